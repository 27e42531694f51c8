/* sk-export.c — tables for files and the clipboard
 *
 * One table, several writers: CSV for programs (RFC 4180 quoting), CSV for
 * a Norwegian spreadsheet, tab-separated text and HTML for the clipboard,
 * and JSON.  The cells keep numbers exact, as ASCII text; each writer puts
 * them the way its reader wants them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-export"

#include "config.h"

#include "sk-i18n.h"
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-export.h"
#include "sk-format.h"

typedef struct
{
  char         *key;
  char         *heading;
  SkExportKind  kind;
  int           decimals;
  gboolean      exact;          /* cells given as exact text: JSON strings */
} Column;

typedef struct
{
  gboolean   is_sum;
  GPtrArray *cells;             /* of char*, NULL for an empty cell */
} Row;

struct _SkExportTable
{
  GPtrArray *notes;             /* of char* */
  GArray    *columns;           /* of Column */
  GPtrArray *rows;              /* of Row* */
};

static void
column_clear (gpointer data)
{
  Column *c = data;

  g_free (c->key);
  g_free (c->heading);
}

static void
row_free (gpointer data)
{
  Row *r = data;

  g_ptr_array_unref (r->cells);
  g_free (r);
}

SkExportTable *
sk_export_table_new (void)
{
  SkExportTable *table = g_new0 (SkExportTable, 1);

  table->notes = g_ptr_array_new_with_free_func (g_free);
  table->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (table->columns, column_clear);
  table->rows = g_ptr_array_new_with_free_func (row_free);
  return table;
}

void
sk_export_table_free (SkExportTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->notes);
  g_array_unref (table->columns);
  g_ptr_array_unref (table->rows);
  g_free (table);
}

void
sk_export_table_add_note (SkExportTable *table,
                          const char    *note)
{
  g_return_if_fail (table != NULL && note != NULL);
  g_ptr_array_add (table->notes, g_strdup (note));
}

void
sk_export_table_add_column (SkExportTable *table,
                            const char    *key,
                            const char    *heading,
                            SkExportKind   kind,
                            int            decimals)
{
  Column c = { g_strdup (key), g_strdup (heading), kind, MAX (decimals, -1), FALSE };

  g_return_if_fail (table != NULL && key != NULL && heading != NULL);
  g_return_if_fail (table->rows->len == 0);
  g_array_append_val (table->columns, c);
}

void
sk_export_table_add_row (SkExportTable *table,
                         gboolean       is_sum)
{
  Row *r = g_new0 (Row, 1);

  g_return_if_fail (table != NULL);
  r->is_sum = is_sum;
  r->cells = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (table->rows, r);
}

static void
add_cell (SkExportTable *table,
          char          *cell)
{
  Row *r;

  g_return_if_fail (table->rows->len > 0);
  r = g_ptr_array_index (table->rows, table->rows->len - 1);
  g_return_if_fail (r->cells->len < table->columns->len);
  g_ptr_array_add (r->cells, cell);
}

void
sk_export_table_add_text (SkExportTable *table,
                          const char    *text)
{
  add_cell (table, g_strdup (text ? text : ""));
}

void
sk_export_table_add_integer (SkExportTable *table,
                             gint64         value)
{
  add_cell (table, g_strdup_printf ("%" G_GINT64_FORMAT, value));
}

void
sk_export_table_add_number (SkExportTable *table,
                            const char    *ascii)
{
  Row *r;

  g_return_if_fail (table->rows->len > 0 && ascii != NULL);
  r = g_ptr_array_index (table->rows, table->rows->len - 1);
  g_return_if_fail (r->cells->len < table->columns->len);
  g_array_index (table->columns, Column, r->cells->len).exact = TRUE;
  add_cell (table, g_strdup (ascii));
}

void
sk_export_table_add_double (SkExportTable *table,
                            double         value)
{
  Row *r;
  const Column *c;
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char fmt[16];

  g_return_if_fail (table->rows->len > 0);
  if (!isfinite (value))
    {
      add_cell (table, NULL);
      return;
    }
  r = g_ptr_array_index (table->rows, table->rows->len - 1);
  g_return_if_fail (r->cells->len < table->columns->len);
  c = &g_array_index (table->columns, Column, r->cells->len);
  if (c->decimals < 0)
    {
      add_cell (table, g_strdup (g_ascii_dtostr (buf, sizeof buf, value)));
      return;
    }
  g_snprintf (fmt, sizeof fmt, "%%.%df", c->decimals);
  g_ascii_formatd (buf, sizeof buf, fmt, value);
  if (g_str_equal (buf, "-0") || (buf[0] == '-' && strspn (buf + 1, "0.") == strlen (buf + 1)))
    memmove (buf, buf + 1, strlen (buf));
  add_cell (table, g_strdup (buf));
}

void
sk_export_table_add_empty (SkExportTable *table)
{
  add_cell (table, NULL);
}

/* Writers */

static gboolean
is_number (SkExportKind kind)
{
  return kind != SK_EXPORT_TEXT;
}

/* A text a spreadsheet would take for a formula ("=HYPERLINK(…)", "+1",
 * "-2+3", "@SUM(…)"), as a name in a file from someone else may be: an
 * apostrophe first keeps it a text.  For the formats made for
 * spreadsheets (csv-no, the clipboard); csv is data for scripts. */
static const char *
spreadsheet_text (const char  *text,
                  char       **owned)
{
  *owned = NULL;
  if (text[0] != '=' && text[0] != '+' && text[0] != '-' && text[0] != '@')
    return text;
  *owned = g_strconcat ("'", text, NULL);
  return *owned;
}

static void
append_csv_field (GString    *out,
                  const char *text,
                  char        separator)
{
  /* RFC 4180: a field with the separator, a quote or a line break is
   * quoted, and a quote inside doubled.  Nothing else is escaped. */
  if (strchr (text, separator) == NULL && strpbrk (text, "\"\r\n") == NULL)
    {
      g_string_append (out, text);
      return;
    }
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

/* The number with another decimal sign, no grouping and no unit. */
static char *
plain_number (const char *ascii,
              const char *decimal_sign)
{
  const char *dot = strchr (ascii, '.');

  if (dot == NULL)
    return g_strdup (ascii);
  return g_strdup_printf ("%.*s%s%s", (int) (dot - ascii), ascii, decimal_sign, dot + 1);
}

/* The number as a reader sees it in the window: "29 215 093 kr", "25 %". */
static char *
formatted_number (const Column *c,
                  const char   *ascii)
{
  double value = g_ascii_strtod (ascii, NULL);

  switch (c->kind)
    {
    case SK_EXPORT_INTEGER: return sk_format_integer (g_ascii_strtoll (ascii, NULL, 10));
    case SK_EXPORT_KR:      return sk_format_kr (g_ascii_strtoll (ascii, NULL, 10));
    case SK_EXPORT_PERCENT: return sk_format_percent (value, c->decimals < 0 ? 2 : c->decimals);
    case SK_EXPORT_DECIMAL: return sk_format_decimal (value, c->decimals < 0 ? 2 : c->decimals);
    case SK_EXPORT_TEXT:
    default:                return g_strdup (ascii);
    }
}

/* Plain text for the clipboard: a tab or line break inside a cell would
 * make a new cell or row, and no-break spaces keep a spreadsheet from
 * reading a number. */
static void
append_tsv_text (GString    *out,
                 const char *text)
{
  g_autofree char *owned = NULL;

  text = spreadsheet_text (text, &owned);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (ch == '\t' || ch == '\n' || ch == '\r' || ch == 0xA0 || ch == 0x202F)
        g_string_append_c (out, ' ');
      else
        g_string_append_unichar (out, ch);
    }
}

static void
append_html (GString    *out,
             const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text, -1);

  g_string_append (out, escaped);
}

static char *
to_csv (SkExportTable *table,
        gboolean       norwegian)
{
  GString *out = g_string_new (norwegian ? "\xEF\xBB\xBF" : NULL);
  char sep = norwegian ? ';' : ',';
  const char *eol = norwegian ? "\r\n" : "\n";

  if (norwegian)
    for (guint i = 0; i < table->notes->len; i++)
      {
        g_autofree char *owned = NULL;

        append_csv_field (out, spreadsheet_text (g_ptr_array_index (table->notes, i), &owned), sep);
        g_string_append (out, eol);
      }
  for (guint c = 0; c < table->columns->len; c++)
    {
      const Column *col = &g_array_index (table->columns, Column, c);

      if (c > 0)
        g_string_append_c (out, sep);
      append_csv_field (out, norwegian ? col->heading : col->key, sep);
    }
  g_string_append (out, eol);
  for (guint r = 0; r < table->rows->len; r++)
    {
      const Row *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->columns->len; c++)
        {
          const Column *col = &g_array_index (table->columns, Column, c);
          const char *cell = c < row->cells->len ? g_ptr_array_index (row->cells, c) : NULL;

          if (c > 0)
            g_string_append_c (out, sep);
          if (cell == NULL)
            continue;
          if (norwegian && is_number (col->kind))
            {
              g_autofree char *n = plain_number (cell, ",");

              g_string_append (out, n);
            }
          else if (norwegian)
            {
              g_autofree char *owned = NULL;

              append_csv_field (out, spreadsheet_text (cell, &owned), sep);
            }
          else
            append_csv_field (out, cell, sep);
        }
      g_string_append (out, eol);
    }
  return g_string_free (out, FALSE);
}

static char *
to_tsv (SkExportTable *table)
{
  GString *out = g_string_new (NULL);
  const char *dp = localeconv ()->decimal_point;

  if (dp == NULL || dp[0] == '\0')
    dp = ".";
  for (guint i = 0; i < table->notes->len; i++)
    {
      append_tsv_text (out, g_ptr_array_index (table->notes, i));
      g_string_append_c (out, '\n');
    }
  for (guint c = 0; c < table->columns->len; c++)
    {
      if (c > 0)
        g_string_append_c (out, '\t');
      append_tsv_text (out, g_array_index (table->columns, Column, c).heading);
    }
  g_string_append_c (out, '\n');
  for (guint r = 0; r < table->rows->len; r++)
    {
      const Row *row = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->columns->len; c++)
        {
          const Column *col = &g_array_index (table->columns, Column, c);
          const char *cell = c < row->cells->len ? g_ptr_array_index (row->cells, c) : NULL;

          if (c > 0)
            g_string_append_c (out, '\t');
          if (cell == NULL)
            continue;
          if (is_number (col->kind))
            {
              g_autofree char *n = plain_number (cell, dp);

              g_string_append (out, n);
            }
          else
            append_tsv_text (out, cell);
        }
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static char *
to_html (SkExportTable *table)
{
  GString *out = g_string_new ("<meta charset=\"utf-8\"><table>");

  if (table->notes->len > 0)
    {
      g_string_append (out, "<caption>");
      for (guint i = 0; i < table->notes->len; i++)
        {
          if (i > 0)
            g_string_append (out, "<br>");
          append_html (out, g_ptr_array_index (table->notes, i));
        }
      g_string_append (out, "</caption>");
    }
  g_string_append (out, "<thead><tr>");
  for (guint c = 0; c < table->columns->len; c++)
    {
      const Column *col = &g_array_index (table->columns, Column, c);

      g_string_append (out, is_number (col->kind) ? "<th align=\"right\">" : "<th align=\"left\">");
      append_html (out, col->heading);
      g_string_append (out, "</th>");
    }
  g_string_append (out, "</tr></thead><tbody>");
  for (guint r = 0; r < table->rows->len; r++)
    {
      const Row *row = g_ptr_array_index (table->rows, r);
      const char *tag = row->is_sum ? "th" : "td";

      g_string_append (out, "<tr>");
      for (guint c = 0; c < table->columns->len; c++)
        {
          const Column *col = &g_array_index (table->columns, Column, c);
          const char *cell = c < row->cells->len ? g_ptr_array_index (row->cells, c) : NULL;

          g_string_append_printf (out, "<%s align=\"%s\">", tag, is_number (col->kind) ? "right" : "left");
          if (cell != NULL)
            {
              g_autofree char *text = is_number (col->kind) ? formatted_number (col, cell) : g_strdup (cell);

              append_html (out, text);
            }
          g_string_append_printf (out, "</%s>", tag);
        }
      g_string_append (out, "</tr>");
    }
  g_string_append (out, "</tbody></table>");
  return g_string_free (out, FALSE);
}

char *
sk_export_table_to_string (SkExportTable  *table,
                           SkExportFormat  format,
                           gsize          *length)
{
  char *text = NULL;

  g_return_val_if_fail (table != NULL, NULL);
  switch (format)
    {
    case SK_EXPORT_CSV:    text = to_csv (table, FALSE); break;
    case SK_EXPORT_CSV_NO: text = to_csv (table, TRUE); break;
    case SK_EXPORT_TSV:    text = to_tsv (table); break;
    case SK_EXPORT_HTML:   text = to_html (table); break;
    default:               g_return_val_if_reached (NULL);
    }
  if (length)
    *length = strlen (text);
  return text;
}

JsonNode *
sk_export_table_to_json (SkExportTable *table)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();

  g_return_val_if_fail (table != NULL, NULL);
  json_builder_begin_array (b);
  for (guint r = 0; r < table->rows->len; r++)
    {
      const Row *row = g_ptr_array_index (table->rows, r);

      json_builder_begin_object (b);
      for (guint c = 0; c < table->columns->len && c < row->cells->len; c++)
        {
          const Column *col = &g_array_index (table->columns, Column, c);
          const char *cell = g_ptr_array_index (row->cells, c);

          json_builder_set_member_name (b, col->key);
          if (cell == NULL)
            json_builder_add_null_value (b);
          else if (col->kind == SK_EXPORT_INTEGER || col->kind == SK_EXPORT_KR)
            json_builder_add_int_value (b, g_ascii_strtoll (cell, NULL, 10));
          else if (col->kind == SK_EXPORT_TEXT || col->exact)
            json_builder_add_string_value (b, cell);
          else
            json_builder_add_double_value (b, g_ascii_strtod (cell, NULL));
        }
      json_builder_end_object (b);
    }
  json_builder_end_array (b);
  return json_builder_get_root (b);
}

gboolean
sk_export_format_parse (const char     *name,
                        SkExportFormat *format)
{
  if (g_strcmp0 (name, "csv") == 0)
    *format = SK_EXPORT_CSV;
  else if (g_strcmp0 (name, "csv-no") == 0)
    *format = SK_EXPORT_CSV_NO;
  else
    return FALSE;
  return TRUE;
}

/* The tables of the domain */

static const char *
municipality_name (SkProject  *project,
                   const char *id)
{
  SkMunicipality *m = sk_project_find_municipality (project, id);

  return m ? m->name : id;
}

static char *
split_note (const SkCostParams *p)
{
  g_autofree char *total = sk_format_kr (p->total_kr);
  g_autofree char *fixed = sk_format_percent (p->fixed_percent, p->fixed_percent == (int) p->fixed_percent ? 0 : 2);
  GString *rest = g_string_new (NULL);
  double sum = 0;

  for (guint k = 0; k < p->criteria->len; k++)
    sum += ((SkCriterion *) g_ptr_array_index (p->criteria, k))->weight;
  for (guint k = 0; k < p->criteria->len && p->fixed_percent < 100 && sum > 0; k++)
    {
      SkCriterion *c = g_ptr_array_index (p->criteria, k);
      double value = (100 - p->fixed_percent) * c->weight / sum;
      g_autofree char *part = sk_format_percent (value, value == (int) value ? 0 : 2);
      g_autofree char *one = g_strdup_printf (_("%s by %s"), part, sk_figure_phrase (c->figure));

      g_string_append_printf (rest, "%s%s", k ? ", " : "", one);
    }
  if (rest->len == 0)
    {
      g_string_free (rest, TRUE);
      /* Translators: "29 215 093 kr: 100 % shared equally" */
      return g_strdup_printf (_("%s: %s shared equally"), total, fixed);
    }
  {
    g_autofree char *r = g_string_free (rest, FALSE);

    /* Translators: "29 215 093 kr: 25 % shared equally, 75 % Children 0–17" */
    return g_strdup_printf (_("%s: %s shared equally, %s"), total, fixed, r);
  }
}

SkExportTable *
sk_export_cost_table (SkProject          *project,
                      const SkCostModel  *model,
                      const SkScenario   *scenario,
                      const SkCostResult *result,
                      gboolean            full)
{
  SkExportTable *table = sk_export_table_new ();
  gint64 equal = 0, variable = 0;

  g_return_val_if_fail (model != NULL && result != NULL, table);
  if (full)
    {
      SkCostParams p;
      g_autofree char *which = NULL;
      g_autofree char *split = NULL;

      sk_cost_params_init (&p, model, scenario);
      /* Translators: the cost model and the scenario a copied table shows */
      which = g_strdup_printf (_("%s · %s"), model->title,
                               scenario && scenario->title ? scenario->title : _("As prepared"));
      split = split_note (&p);
      sk_export_table_add_note (table, which);
      sk_export_table_add_note (table, split);
    }
  /* The short table has the municipality, its total and its share; the
   * full one the parts of the total too, and a sum row. */
  sk_export_table_add_column (table, "municipality", _("Municipality"), SK_EXPORT_TEXT, 0);
  if (full)
    {
      sk_export_table_add_column (table, "equal_kr", _("Equal part"), SK_EXPORT_KR, 0);
      sk_export_table_add_column (table, "variable_kr", _("Variable part"), SK_EXPORT_KR, 0);
    }
  sk_export_table_add_column (table, "amount_kr", _("Total"), SK_EXPORT_KR, 0);
  sk_export_table_add_column (table, "share_percent", C_("column", "Share"), SK_EXPORT_PERCENT, 4);
  for (guint i = 0; i < result->rows->len; i++)
    {
      const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);

      sk_export_table_add_row (table, FALSE);
      sk_export_table_add_text (table, municipality_name (project, row->municipality));
      if (full)
        {
          sk_export_table_add_integer (table, row->equal_kr);
          sk_export_table_add_integer (table, row->variable_kr);
        }
      sk_export_table_add_integer (table, row->amount_kr);
      sk_export_table_add_number (table, row->share_percent);
      equal += row->equal_kr;
      variable += row->variable_kr;
    }
  if (!full)
    return table;
  sk_export_table_add_row (table, TRUE);
  /* Translators: the heading of the sum row of a table */
  sk_export_table_add_text (table, C_("row", "Sum"));
  sk_export_table_add_integer (table, equal);
  sk_export_table_add_integer (table, variable);
  sk_export_table_add_integer (table, result->total_kr);
  sk_export_table_add_number (table, result->rows->len > 0 ? "100.0000" : "0.0000");
  return table;
}

SkExportTable *
sk_export_matrix_table (SkProject      *project,
                        const SkMatrix *matrix,
                        GArray         *results,
                        gboolean        full)
{
  SkExportTable *table = sk_export_table_new ();
  gboolean whole = TRUE;

  g_return_val_if_fail (matrix != NULL && results != NULL, table);
  /* Whole-number scores print without decimals: "96", not "96,00". */
  for (guint i = 0; i < results->len; i++)
    {
      double s = g_array_index (results, SkMatrixResult, i).score;

      whole &= fabs (s - round (s)) < 1e-9;
    }
  if (full)
    sk_export_table_add_note (table, matrix->title);
  sk_export_table_add_column (table, "candidate", _("Candidate"), SK_EXPORT_TEXT, 0);
  sk_export_table_add_column (table, "score", _("Total score"), SK_EXPORT_DECIMAL, full && whole ? 0 : 2);
  sk_export_table_add_column (table, "percent", _("Percent of maximum"), SK_EXPORT_PERCENT, 1);
  sk_export_table_add_column (table, "rank", _("Rank"), SK_EXPORT_INTEGER, 0);
  for (guint i = 0; i < results->len; i++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
      const SkCandidate *c = g_ptr_array_index (matrix->candidates, r->candidate);

      sk_export_table_add_row (table, FALSE);
      sk_export_table_add_text (table, municipality_name (project, c->municipality));
      sk_export_table_add_double (table, r->score);
      sk_export_table_add_double (table, r->percent);
      sk_export_table_add_integer (table, r->rank);
    }
  return table;
}

SkExportTable *
sk_export_agenda_table (SkProject       *project,
                        const SkMeeting *meeting)
{
  SkExportTable *table = sk_export_table_new ();
  g_autofree int *starts = NULL;
  g_autofree char *when = NULL;
  g_autofree char *note = NULL;
  gboolean timed;

  g_return_val_if_fail (meeting != NULL, table);
  starts = g_new0 (int, meeting->items->len + 1);
  timed = sk_meeting_item_times (meeting, starts, NULL);
  when = sk_format_date_time (meeting->date, meeting->start_time);
  /* Translators: the meeting a copied agenda belongs to, "Styremøte · 3. november 2025, kl. 09.00" */
  note = g_strdup_printf (_("%s · %s"), meeting->title ? meeting->title : "", when);
  sk_export_table_add_note (table, note);
  sk_export_table_add_column (table, "number", _("No."), SK_EXPORT_TEXT, 0);
  sk_export_table_add_column (table, "title", _("Item"), SK_EXPORT_TEXT, 0);
  sk_export_table_add_column (table, "kind", _("Kind"), SK_EXPORT_TEXT, 0);
  sk_export_table_add_column (table, "presenter", _("Presenter"), SK_EXPORT_TEXT, 0);
  sk_export_table_add_column (table, "time", _("Time"), SK_EXPORT_TEXT, 0);
  for (guint i = 0; i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      g_autofree char *number = sk_meeting_item_number (meeting, i);
      g_autofree char *time = timed ? sk_format_time (starts[i]) : NULL;

      sk_export_table_add_row (table, FALSE);
      sk_export_table_add_text (table, number);
      sk_export_table_add_text (table, item->title);
      sk_export_table_add_text (table, sk_item_kind_label (item->kind));
      sk_export_table_add_text (table, item->presenter);
      sk_export_table_add_text (table, time);
    }
  return table;
}
