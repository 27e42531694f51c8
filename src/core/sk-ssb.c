/* sk-ssb.c — population figures from Statistics Norway's table 07459
 *
 * The statbank's CSV export is semicolon-separated with quoted fields; a
 * title line and blank lines may come first.  It is either "long" (columns
 * region; alder; [statistikkvariabel;] år; value) or "wide" (region; alder;
 * then one column per year, such as "Personer 2025").  Regions are written
 * "4640 Sogndal", ages "0 år", "105 år eller eldre" or as groups "0-4 år".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-ssb"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-format.h"
#include "sk-ssb.h"

#define OPEN_END 1000

static GPtrArray *
split_line (const char *line)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (*p == '\0' || (*p == ';' && !quoted))
        {
          g_ptr_array_add (fields, g_strstrip (g_string_free (field, FALSE)));
          if (*p == '\0')
            break;
          field = g_string_new (NULL);
        }
      else if (*p == '"')
        {
          if (quoted && p[1] == '"')
            {
              g_string_append_c (field, '"');
              p++;
            }
          else
            quoted = !quoted;
        }
      else if (*p != '\r')
        g_string_append_c (field, *p);
    }
  return fields;
}

/* "0 år" → [0, 0]; "0-4 år" → [0, 4]; "105 år eller eldre" → [105, ∞];
 * "Alle aldre" / "I alt" / "Total" → total. */
static gboolean
parse_age (const char *text,
           int        *from,
           int        *to,
           gboolean   *total)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);
  const char *p = lower;
  char *end;
  gint64 a, b;

  *total = FALSE;
  if (strstr (lower, "alle aldre") || strstr (lower, "i alt") || strstr (lower, "total") ||
      strstr (lower, "all ages"))
    {
      *total = TRUE;
      return TRUE;
    }
  while (*p && !g_ascii_isdigit (*p))
    p++;
  if (!*p)
    return FALSE;
  a = g_ascii_strtoll (p, &end, 10);
  p = end;
  while (*p == ' ')
    p++;
  if (*p == '-' || g_str_has_prefix (p, "–"))
    {
      p += *p == '-' ? 1 : strlen ("–");
      while (*p == ' ')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      b = g_ascii_strtoll (p, &end, 10);
    }
  else if (strstr (p, "eldre") || strstr (p, "older") || strstr (p, "+") || strstr (p, "over"))
    b = OPEN_END;
  else
    b = a;
  if (a < 0 || b < a || a > OPEN_END)
    return FALSE;
  *from = (int) a;
  *to = (int) b;
  return TRUE;
}

static void
region_free (SkSsbRegion *r)
{
  g_free (r->number);
  g_free (r->region);
  g_free (r);
}

void
sk_ssb_table_free (SkSsbTable *table)
{
  if (table == NULL)
    return;
  g_free (table->year);
  g_ptr_array_unref (table->regions);
  g_free (table);
}

typedef struct
{
  SkSsbRegion *region;
  gint64       total;        /* from an "all ages" row, or -1 */
  gint64       sum;          /* of the single ages and groups */
  gint64       to_17, to_24;
  gboolean     split_17, split_24; /* a group straddles the boundary */
  GArray      *covered;      /* of int pairs, to spot overlapping groups */
} Accumulator;

static int
find_column (GPtrArray  *header,
             const char *const *words)
{
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *lower = g_utf8_strdown (g_ptr_array_index (header, i), -1);

      for (guint w = 0; words[w]; w++)
        if (strstr (lower, words[w]))
          return (int) i;
    }
  return -1;
}

static char *
year_in (const char *text)
{
  for (const char *p = text; *p; p++)
    if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
        g_ascii_isdigit (p[3]) && !g_ascii_isdigit (p[4]) && (p == text || !g_ascii_isdigit (p[-1])) &&
        (p[0] == '1' || p[0] == '2'))
      return g_strndup (p, 4);
  return NULL;
}

static SkSsbTable *
parse_table (const char  *data,
             gsize        length,
             GError     **error)
{
  static const char *const region_words[] = { "region", NULL };
  static const char *const age_words[] = { "alder", "age", NULL };
  static const char *const year_words[] = { "år", "year", "tid", NULL };
  g_autoptr(SkSsbTable) table = NULL;
  g_autoptr(GHashTable) by_number = NULL;
  g_autoptr(GPtrArray) header = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  int region_col, age_col, year_col = -1, value_col = -1;
  guint first_data = 0;
  g_autofree char *latest = NULL;

  if (!g_utf8_validate_len (data, length, NULL))
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING,
                           _("The file is not UTF-8 text; export the table from the statbank as CSV (UTF-8)"));
      return NULL;
    }
  text = g_strndup (data, length);
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);
  lines = g_strsplit (text, "\n", -1);

  /* The header: the first line naming both a region and an age column. */
  for (guint i = 0; lines[i]; i++)
    {
      g_autoptr(GPtrArray) fields = split_line (lines[i]);

      if (fields->len >= 3 &&
          find_column (fields, region_words) >= 0 && find_column (fields, age_words) >= 0)
        {
          header = g_steal_pointer (&fields);
          first_data = i + 1;
          break;
        }
    }
  if (header == NULL)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("This is not a CSV file from SSB's table 07459: no header with the columns “region” and “alder”"));
      return NULL;
    }
  region_col = find_column (header, region_words);
  age_col = find_column (header, age_words);
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *lower = g_utf8_strdown (g_ptr_array_index (header, i), -1);

      if ((int) i == region_col || (int) i == age_col)
        continue;
      if (year_col < 0 && (g_str_equal (lower, "år") || g_str_equal (lower, "year") || g_str_equal (lower, "tid")))
        year_col = (int) i;
    }

  /* Long form: the value is the last column.  Wide form: each column after
   * region and age whose header holds a year is a year's values; the
   * latest year is used. */
  if (year_col >= 0)
    value_col = (int) header->len - 1;
  else
    for (guint i = 0; i < header->len; i++)
      {
        g_autofree char *y = year_in (g_ptr_array_index (header, i));

        if ((int) i == region_col || (int) i == age_col || y == NULL)
          continue;
        if (latest == NULL || strcmp (y, latest) > 0)
          {
            g_free (latest);
            latest = g_steal_pointer (&y);
            value_col = (int) i;
          }
      }
  (void) year_words;
  if (value_col < 0)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("The file has no column of figures for a year"));
      return NULL;
    }

  /* In the long form, find the latest year first. */
  if (year_col >= 0)
    for (guint i = first_data; lines[i]; i++)
      {
        g_autoptr(GPtrArray) f = split_line (lines[i]);
        const char *y;

        if ((int) f->len <= year_col)
          continue;
        y = g_ptr_array_index (f, year_col);
        if (strlen (y) == 4 && g_ascii_isdigit (y[0]) && g_ascii_isdigit (y[1]) &&
            g_ascii_isdigit (y[2]) && g_ascii_isdigit (y[3]) && (latest == NULL || strcmp (y, latest) > 0))
          {
            g_free (latest);
            latest = g_strdup (y);
          }
      }

  table = g_new0 (SkSsbTable, 1);
  table->year = g_strdup (latest);
  table->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) region_free);
  by_number = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

  for (guint i = first_data; lines[i]; i++)
    {
      g_autoptr(GPtrArray) f = split_line (lines[i]);
      const char *region, *age, *value;
      char number[5];
      int from = 0, to = 0;
      gboolean total = FALSE;
      gint64 count = 0;
      Accumulator *acc;

      if (f->len == 1 && ((char *) g_ptr_array_index (f, 0))[0] == '\0')
        continue;
      if ((int) f->len <= MAX (value_col, MAX (region_col, age_col)))
        continue;
      if (year_col >= 0 && g_strcmp0 (g_ptr_array_index (f, year_col), latest) != 0)
        continue;
      region = g_ptr_array_index (f, region_col);
      age = g_ptr_array_index (f, age_col);
      value = g_ptr_array_index (f, value_col);
      if (strlen (region) < 4 || !g_ascii_isdigit (region[0]) || !g_ascii_isdigit (region[1]) ||
          !g_ascii_isdigit (region[2]) || !g_ascii_isdigit (region[3]))
        continue;  /* "0 Hele landet" and county totals have other codes */
      memcpy (number, region, 4);
      number[4] = '\0';
      if (!parse_age (age, &from, &to, &total))
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: “%s” is not an age or an age group"), i + 1, age);
          return NULL;
        }
      if (!sk_parse_grouped_integer (value, FALSE, &count))
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: “%s” is not a number of people (%s, %s)"), i + 1, value, region, age);
          return NULL;
        }

      acc = g_hash_table_lookup (by_number, number);
      if (acc == NULL)
        {
          acc = g_new0 (Accumulator, 1);
          acc->region = g_new0 (SkSsbRegion, 1);
          acc->region->number = g_strdup (number);
          acc->region->region = g_strdup (region);
          acc->total = -1;
          acc->covered = g_array_new (FALSE, FALSE, sizeof (int) * 2);
          g_ptr_array_add (table->regions, acc->region);
          g_hash_table_insert (by_number, acc->region->number, acc);
        }
      if (total)
        {
          acc->total = count;
          continue;
        }
      for (guint c = 0; c < acc->covered->len; c++)
        {
          int *range = &g_array_index (acc->covered, int, c * 2);

          if (from <= range[1] && range[0] <= to)
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: the age group “%s” of %s overlaps another; export either single years or groups"),
                           i + 1, age, region);
              return NULL;
            }
        }
      {
        int range[2] = { from, to };

        g_array_append_vals (acc->covered, range, 1);
      }
      acc->sum += count;
      if (to <= 17)
        acc->to_17 += count;
      else if (from <= 17)
        acc->split_17 = TRUE;
      if (to <= 24)
        acc->to_24 += count;
      else if (from <= 24)
        acc->split_24 = TRUE;
    }

  if (table->regions->len == 0)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("The file has no municipalities (regions written as “4640 Sogndal”)"));
      return NULL;
    }

  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, by_number);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      {
        Accumulator *acc = value;

        acc->region->population = acc->total >= 0 ? acc->total : acc->sum;
        acc->region->age_0_17 = acc->split_17 || acc->covered->len == 0 ? -1 : acc->to_17;
        acc->region->age_0_24 = acc->split_24 || acc->covered->len == 0 ? -1 : acc->to_24;
        g_array_unref (acc->covered);
      }
  }
  return g_steal_pointer (&table);
}

SkSsbTable *
sk_ssb_table_parse (const char  *data,
                    gsize        length,
                    GError     **error)
{
  g_autoptr(GError) local = NULL;
  SkSsbTable *table = parse_table (data, length, &local);

  /* Messages quote the table; keep them short enough to read. */
  sk_error_make_readable (local);
  if (local)
    g_propagate_error (error, g_steal_pointer (&local));
  return table;
}

int
sk_ssb_table_apply (SkSsbTable  *table,
                    SkProject   *project,
                    GPtrArray  **notes,
                    GError     **error)
{
  GPtrArray *municipalities = sk_project_get_municipalities (project);
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = table->year ? g_strdup_printf ("%s-01-01", table->year) : NULL;
  g_autofree char *source = g_strdup ("SSB, tabell 07459");
  int updated = 0;
  gboolean no_17 = FALSE, no_24 = FALSE;

  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      SkSsbRegion *found = NULL;

      for (guint r = 0; r < table->regions->len && !found; r++)
        {
          SkSsbRegion *region = g_ptr_array_index (table->regions, r);

          if (m->number && g_str_equal (m->number, region->number))
            found = region;
        }
      g_ptr_array_add (matches, found);
      if (found == NULL)
        g_ptr_array_add (missing, g_strdup (m->name));
    }

  if (missing->len == municipalities->len)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
                           _("None of the project's municipalities is in the file (they are matched by municipality number)"));
      return -1;
    }

  sk_project_checkpoint (project, NULL);
  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      SkSsbRegion *r = g_ptr_array_index (matches, i);

      if (r == NULL)
        continue;
      sk_municipality_set_figure (m, "population", r->population, TRUE);
      sk_municipality_set_figure_source (m, "population", source, date);
      no_17 |= r->age_0_17 < 0;
      no_24 |= r->age_0_24 < 0;
      if (r->age_0_17 >= 0)
        {
          sk_municipality_set_figure (m, "age_0_17", r->age_0_17, TRUE);
          sk_municipality_set_figure_source (m, "age_0_17", source, date);
        }
      if (r->age_0_24 >= 0)
        {
          sk_municipality_set_figure (m, "age_0_24", r->age_0_24, TRUE);
          sk_municipality_set_figure_source (m, "age_0_24", source, date);
        }
      updated++;
    }
  sk_project_changed (project);
  if (notes)
    {
      *notes = g_ptr_array_new_with_free_func (g_free);
      if (missing->len > 0)
        {
          g_autofree char *names = NULL;

          g_ptr_array_add (missing, NULL);
          names = g_strjoinv (", ", (char **) missing->pdata);
          g_ptr_array_add (*notes, g_strdup_printf (_("Not in the file, so not updated: %s"), names));
        }
      if (no_17)
        g_ptr_array_add (*notes, g_strdup (_("The age groups in the file do not separate 17 and 18 years; children 0–17 were not updated")));
      if (no_24)
        g_ptr_array_add (*notes, g_strdup (_("The age groups in the file do not separate 24 and 25 years; residents 0–24 were not updated")));
    }
  return updated;
}
