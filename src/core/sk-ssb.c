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

#include "sk-i18n.h"
#include <string.h>

#include "sk-format.h"
#include "sk-ssb.h"

#define OPEN_END 1000
/* More than any table counts: sums beyond it are not figures. */
#define MOST_PEOPLE G_GINT64_CONSTANT (1000000000000000)

/* One line's fields; `open` is set when a quoted field does not end on
 * the line (a newline inside quotes, which this reader refuses). */
static GPtrArray *
split_line (const char *line,
            char        separator,
            gboolean   *open)
{
  GPtrArray *fields = g_ptr_array_new_with_free_func (g_free);
  GString *field = g_string_new (NULL);
  gboolean quoted = FALSE;

  for (const char *p = line; ; p++)
    {
      if (*p == '\0' || (*p == separator && !quoted))
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
  if (open)
    *open = quoted;
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
  /* (beyond the open end a number would not fit the group's int) */
  if (a < 0 || b < a || a > OPEN_END || b > OPEN_END)
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

/* One age or age group of one region and sex. */
typedef struct
{
  int    from, to;
  gint64 count;
} Group;

/* The figures of one region for one sex, or for both. */
typedef struct
{
  gint64  total;        /* from an "all ages" row, or -1 */
  guint   total_line;
  GArray *groups;       /* of Group */
} Slot;

typedef struct
{
  SkSsbRegion *region;
  GPtrArray   *slots;   /* of Slot, by sex: 0 is both sexes (or a table without sex) */
} Accumulator;

/* A data row of the latest year, kept until the year is known. */
typedef struct
{
  guint   line;
  char   *number;
  char   *region;
  char   *age;
  char   *year;
  guint   slot;
  char   *value;
} Row;

static void
slot_free (Slot *slot)
{
  if (slot != NULL)
    g_array_unref (slot->groups);
  g_free (slot);
}

static void
accumulator_free (Accumulator *acc)
{
  g_ptr_array_unref (acc->slots);
  g_free (acc);
}

static void
row_clear (Row *row)
{
  g_free (row->number);
  g_free (row->region);
  g_free (row->age);
  g_free (row->year);
  g_free (row->value);
}

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

/* The column whose heading starts with one of `words`. */
static int
find_heading (GPtrArray         *header,
              const char *const *words)
{
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *lower = g_utf8_strdown (g_ptr_array_index (header, i), -1);

      for (guint w = 0; words[w]; w++)
        if (g_str_has_prefix (lower, words[w]))
          return (int) i;
    }
  return -1;
}

static gboolean
has_word (const char        *text,
          const char *const *words)
{
  g_autofree char *lower = g_utf8_strdown (text, -1);

  for (guint w = 0; words[w]; w++)
    if (strstr (lower, words[w]))
      return TRUE;
  return FALSE;
}

/* SSB's sign for a figure it does not give, as a static string, or NULL. */
static const char *
no_figure_symbol (const char *value)
{
  static const char *const symbols[] = { ".", "..", "...", ":", NULL };

  for (guint i = 0; symbols[i]; i++)
    if (g_str_equal (value, symbols[i]))
      return symbols[i];
  return NULL;
}

static const char *const both_sexes_words[] = { "begge", "both", "i alt", "total", "alle", NULL };
static const char *const sex_words[] = { "menn", "kvinner", "males", "females", "men", "women",
                                         "mann", "kvinne", NULL };

/* The slot of a sex the column of the sexes names: 1 men, 2 women (as
 * the wide form's columns by sex), 0 neither.  ("females" holds
 * "males", "women" "men".) */
static guint
sex_slot (const char *value)
{
  static const char *const female[] = { "kvinne", "female", "women", NULL };
  static const char *const male[] = { "menn", "mann", "male", "men", NULL };

  if (has_word (value, female))
    return 2;
  if (has_word (value, male))
    return 1;
  return 0;
}

/* A year a column or a row names, "2025"; NULL when there is none.
 * `*near` is set when the text holds something like a year that is not
 * one ("2O25"). */
static char *
year_in (const char *text,
         gboolean   *near)
{
  if (near)
    *near = FALSE;
  for (const char *p = text; *p; p++)
    {
      if (p != text && (g_ascii_isalnum (p[-1])))
        continue;
      if (g_ascii_isdigit (p[0]) && g_ascii_isdigit (p[1]) && g_ascii_isdigit (p[2]) &&
          g_ascii_isdigit (p[3]) && !g_ascii_isalnum (p[4]) && (p[0] == '1' || p[0] == '2'))
        return g_strndup (p, 4);
      /* Four characters starting with a digit, letters among digits. */
      if (near && g_ascii_isdigit (p[0]) && p[1] && p[2] && p[3] && !g_ascii_isalnum (p[4]) &&
          g_ascii_isalnum (p[1]) && g_ascii_isalnum (p[2]) && g_ascii_isalnum (p[3]))
        *near = TRUE;
    }
  return NULL;
}

/* "4640 Sogndal", "K-4640 Sogndal", "4640": 4 (a municipality, its number
 * in `number`); "0 Hele landet", "46 Vestland": 1 or 2 (skipped); 0 when
 * the field is no region code at all; other counts of digits (a city
 * district's "030101") as they are, for the caller to refuse. */
static int
region_digits (const char *region,
               char        number[5])
{
  const char *p = region;
  int n = 0;

  if ((p[0] == 'K' || p[0] == 'F') && p[1] == '-')
    p += 2;
  while (g_ascii_isdigit (p[n]))
    n++;
  if (n == 0 || (p[n] != '\0' && p[n] != ' ' && p[n] != '\t'))
    return 0;
  if (n == 4)
    {
      memcpy (number, p, 4);
      number[4] = '\0';
    }
  return n;
}

static int
compare_groups (gconstpointer a,
                gconstpointer b)
{
  const Group *x = a, *y = b;

  return x->from - y->from;
}

/* Whether the groups (sorted) cover the ages 0 to `limit` exactly, with a
 * group ending at `limit`; `*count` gets their sum. */
static gboolean
covers (GArray *groups,
        int     limit,
        gint64 *count)
{
  int next = 0;

  *count = 0;
  for (guint i = 0; i < groups->len && next <= limit; i++)
    {
      const Group *g = &g_array_index (groups, Group, i);

      if (g->from != next || g->to > limit || g->count > MOST_PEOPLE - *count)
        return FALSE;
      *count += g->count;
      next = g->to + 1;
    }
  return next == limit + 1;
}

static SkSsbTable *
parse_table (const char  *data,
             gsize        length,
             GError     **error)
{
  static const char *const region_words[] = { "region", NULL };
  static const char *const age_words[] = { "alder", "age", NULL };
  static const char *const sex_header_words[] = { "kjønn", "sex", NULL };
  static const char *const variable_words[] = { "statistikkvariabel", "contents", "variable", NULL };
  g_autoptr(SkSsbTable) table = NULL;
  g_autoptr(GHashTable) by_number = NULL;
  g_autoptr(GHashTable) sexes = g_hash_table_new_full (NULL, NULL, NULL, g_free);  /* slot → as written */
  g_autoptr(GPtrArray) header = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (Row));
  g_autoptr(GArray) value_cols = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) value_slots = g_array_new (FALSE, FALSE, sizeof (guint));
  g_auto(GStrv) lines = NULL;
  g_autofree char *text = NULL;
  int region_col, age_col, sex_col, variable_col, year_col = -1;
  guint first_data = 0, header_line = 0, both_sexes_line = 0, one_sex_line = 0;
  char separator = ';';
  g_autofree char *latest = NULL;
  g_autofree char *first_variable = NULL;

  g_array_set_clear_func (rows, (GDestroyNotify) row_clear);
  /* UTF-8 as the statbank writes it; UTF-16 with its mark (spreadsheets'
   * "Unicode text"); else Windows-1252, as Excel re-saves a file, of which
   * Latin-1 is a part. */
  if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    text = g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, NULL, NULL);
  else if (length >= 2 && ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))
    text = g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, NULL, NULL);
  else if (g_utf8_validate_len (data, length, NULL))
    text = g_strndup (data, length);
  else if (memchr (data, '\0', length) == NULL &&
           (text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, NULL, NULL)) == NULL)
    text = g_convert (data, length, "UTF-8", "ISO-8859-1", NULL, NULL, NULL);
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING,
                           _("The file is not UTF-8 text; export the table from the statbank as CSV (UTF-8)"));
      return NULL;
    }
  if (g_str_has_prefix (text, "\xEF\xBB\xBF"))
    memmove (text, text + 3, strlen (text + 3) + 1);
  /* A carriage return alone ends a line too (Excel's "CSV (Macintosh)");
   * before a newline it is dropped with the fields' white space. */
  for (char *p = text; (p = strchr (p, '\r')) != NULL; p++)
    if (p[1] != '\n')
      *p = '\n';
  lines = g_strsplit (text, "\n", -1);

  /* The header: the first line naming both a region and an age column,
   * with semicolons (the statbank), commas (its API) or tabs between. */
  for (guint i = 0; lines[i] && header == NULL; i++)
    {
      static const char separators[] = { ';', ',', '\t' };

      for (guint k = 0; k < G_N_ELEMENTS (separators) && header == NULL; k++)
        {
          g_autoptr(GPtrArray) fields = split_line (lines[i], separators[k], NULL);

          /* Headings, not the words of the table's title: an unquoted
           * title ("07459: Befolkning, etter region, alder, …", as a
           * spreadsheet saves it) splits at its commas */
          if (fields->len >= 3 &&
              find_heading (fields, region_words) >= 0 && find_heading (fields, age_words) >= 0)
            {
              header = g_steal_pointer (&fields);
              separator = separators[k];
              header_line = i + 1;
              first_data = i + 1;
            }
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
  /* The column of the sexes, not a column of figures whose heading
   * names them ("Begge kjønn Personer 2025"). */
  sex_col = -1;
  for (guint i = 0; i < header->len && sex_col < 0; i++)
    {
      g_autofree char *y = year_in (g_ptr_array_index (header, i), NULL);

      if (y == NULL && has_word (g_ptr_array_index (header, i), sex_header_words))
        sex_col = (int) i;
    }
  variable_col = find_column (header, variable_words);
  for (guint i = 0; i < header->len; i++)
    {
      g_autofree char *lower = g_utf8_strdown (g_ptr_array_index (header, i), -1);

      if ((int) i == region_col || (int) i == age_col || (int) i == sex_col)
        continue;
      if (year_col < 0 && (g_str_equal (lower, "år") || g_str_equal (lower, "year") || g_str_equal (lower, "tid")))
        year_col = (int) i;
    }

  /* Long form: the value is the last column.  Wide form: each column after
   * the others whose header holds a year is a year's values; the latest
   * year is used, and its columns by sex ("Menn Personer 2025", "Kvinner
   * Personer 2025") are added up. */
  if (year_col >= 0)
    {
      int col = (int) header->len - 1;
      guint slot = 0;

      g_array_append_val (value_cols, col);
      g_array_append_val (value_slots, slot);
    }
  else
    {
      g_autoptr(GPtrArray) years = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < header->len; i++)
        {
          const char *name = g_ptr_array_index (header, i);
          gboolean near = FALSE;
          char *y;

          if ((int) i == region_col || (int) i == age_col || (int) i == sex_col || (int) i == variable_col)
            {
              g_ptr_array_add (years, NULL);
              continue;
            }
          y = year_in (name, &near);
          if (y == NULL && near)
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: the column “%s” does not name a year"), header_line, name);
              return NULL;
            }
          if (y != NULL && (latest == NULL || strcmp (y, latest) > 0))
            {
              g_free (latest);
              latest = g_strdup (y);
            }
          g_ptr_array_add (years, y);
        }
      for (guint i = 0; i < header->len; i++)
        if (g_strcmp0 (g_ptr_array_index (years, i), latest) == 0 && latest != NULL)
          {
            int col = (int) i;

            g_array_append_val (value_cols, col);
          }
      /* One column of the year, or one for both sexes: that one.  Else
       * each column must be one sex's. */
      for (guint k = 0; k < value_cols->len; k++)
        if (value_cols->len > 1 &&
            has_word (g_ptr_array_index (header, g_array_index (value_cols, int, k)), both_sexes_words))
          {
            int col = g_array_index (value_cols, int, k);

            g_array_set_size (value_cols, 0);
            g_array_append_val (value_cols, col);
          }
      if (value_cols->len == 1 &&
          has_word (g_ptr_array_index (header, g_array_index (value_cols, int, 0)), sex_words) &&
          !has_word (g_ptr_array_index (header, g_array_index (value_cols, int, 0)), both_sexes_words))
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: the file has the figures of one sex only (“%s”); export both sexes, or none"),
                       header_line, (const char *) g_ptr_array_index (header, g_array_index (value_cols, int, 0)));
          return NULL;
        }
      for (guint k = 0; k < value_cols->len; k++)
        {
          const char *name = g_ptr_array_index (header, g_array_index (value_cols, int, k));
          /* by sex, as the column of the sexes: one column of the men
           * beside another (or "MENN") is the men twice */
          guint slot = value_cols->len == 1 ? 0 : sex_slot (name);

          if (value_cols->len > 1 && !has_word (name, sex_words))
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: more than one column holds figures for %s (“%s”); export one figure per year"),
                           header_line, latest, name);
              return NULL;
            }
          g_array_append_val (value_slots, slot);
        }
    }
  if (value_cols->len == 0)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("The file has no column of figures for a year"));
      return NULL;
    }

  /* The rows of municipalities; each has its figures, and a year in the
   * long form. */
  for (guint i = first_data; lines[i]; i++)
    {
      gboolean open = FALSE;
      g_autoptr(GPtrArray) f = split_line (lines[i], separator, &open);
      const char *region;
      char number[5];
      int digits, needed;
      guint slot = 0;

      if (f->len == 1 && ((char *) g_ptr_array_index (f, 0))[0] == '\0')
        continue;
      if (open)
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: a quoted field does not end on its line"), i + 1);
          return NULL;
        }
      if ((int) f->len <= region_col)
        continue;
      region = g_ptr_array_index (f, region_col);
      digits = region_digits (region, number);
      if (digits == 0 || digits < 4)
        continue;  /* "0 Hele landet" and county totals have other codes */
      if (digits != 4)
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: “%s” is not a municipality (a municipality's number has four digits); export the table by municipality"),
                       i + 1, region);
          return NULL;
        }
      needed = MAX (age_col, MAX (year_col, sex_col));
      for (guint k = 0; k < value_cols->len; k++)
        needed = MAX (needed, g_array_index (value_cols, int, k));
      if ((int) f->len <= needed)
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: the row of %s has no figure"), i + 1, region);
          return NULL;
        }
      /* More fields than the header: the columns no longer say what is
       * where ("12,496" unquoted in a file of commas is "12" and "496"). */
      for (guint k = header->len; k < f->len; k++)
        if (((char *) g_ptr_array_index (f, k))[0] != '\0')
          {
            g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                         _("Line %u: the row of %s has %u fields, the header %u; is a figure written with the file's separator between its thousands?"),
                         i + 1, region, f->len, header->len);
            return NULL;
          }
      /* One statistic: the population ("Personer"), not also deaths or
       * moves added up as if they were people living there. */
      if (variable_col >= 0 && (int) f->len > variable_col)
        {
          const char *variable = g_ptr_array_index (f, variable_col);

          if (first_variable == NULL)
            first_variable = g_strdup (variable);
          else if (strcmp (first_variable, variable) != 0)
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: the file holds “%s” beside “%s”; export the population (“Personer”) alone"),
                           i + 1, variable, first_variable);
              return NULL;
            }
        }
      if (year_col >= 0)
        {
          const char *y = g_ptr_array_index (f, year_col);
          g_autofree char *year = year_in (y, NULL);

          if (year == NULL || strlen (y) != 4)
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: “%s” is not a year"), i + 1, y);
              return NULL;
            }
          if (latest == NULL || strcmp (year, latest) > 0)
            {
              g_free (latest);
              latest = g_strdup (year);
            }
        }
      if (sex_col >= 0)
        {
          const char *sex = g_ptr_array_index (f, sex_col);

          if (has_word (sex, both_sexes_words))
            both_sexes_line = both_sexes_line ? both_sexes_line : i + 1;
          else
            {
              if (one_sex_line == 0)
                one_sex_line = i + 1;
              /* Men or women, however written: a slot for each value
               * the file gave ("s1", "s2", …) grew every region's slots
               * by one, 4 GB for a file of 9 MB, and "Menn" beside
               * "MENN" counted the men twice */
              slot = sex_slot (sex);
              if (slot == 0)
                {
                  g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                               _("Line %u: “%s” is neither men nor women; export the sexes as SSB names them, or none"),
                               i + 1, sex);
                  return NULL;
                }
              if (!g_hash_table_contains (sexes, GUINT_TO_POINTER (slot)))
                g_hash_table_insert (sexes, GUINT_TO_POINTER (slot), g_strdup (sex));
            }
        }
      for (guint k = 0; k < value_cols->len; k++)
        {
          Row row = { i + 1, g_strdup (number), g_strdup (region), g_strdup (g_ptr_array_index (f, age_col)),
                      year_col >= 0 ? g_strdup (g_ptr_array_index (f, year_col)) : NULL,
                      slot + g_array_index (value_slots, guint, k),
                      g_strdup (g_ptr_array_index (f, g_array_index (value_cols, int, k))) };

          if (row.value[0] == '\0')
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: the row of %s has no figure"), i + 1, region);
              row_clear (&row);
              return NULL;
            }
          g_array_append_val (rows, row);
        }
    }

  /* Sex as a column with one sex alone: half the people. */
  if (sex_col >= 0 && both_sexes_line == 0 && g_hash_table_size (sexes) == 1)
    {
      g_autoptr(GList) names = g_hash_table_get_values (sexes);

      g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                   _("Line %u: the file has the figures of one sex only (“%s”); export both sexes, or none"),
                   one_sex_line, (const char *) names->data);
      return NULL;
    }

  table = g_new0 (SkSsbTable, 1);
  table->year = g_strdup (latest);
  table->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) region_free);
  by_number = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) accumulator_free);

  for (guint r = 0; r < rows->len; r++)
    {
      const Row *row = &g_array_index (rows, Row, r);
      int from = 0, to = 0;
      gboolean total = FALSE;
      gint64 count = 0;
      Accumulator *acc;
      const char *symbol;
      Slot *slot;

      if (year_col >= 0 && g_strcmp0 (row->year, latest) != 0)
        continue;
      acc = g_hash_table_lookup (by_number, row->number);
      if (acc == NULL)
        {
          acc = g_new0 (Accumulator, 1);
          acc->region = g_new0 (SkSsbRegion, 1);
          acc->region->number = g_strdup (row->number);
          acc->region->region = g_strdup (row->region);
          acc->slots = g_ptr_array_new_with_free_func ((GDestroyNotify) slot_free);
          g_ptr_array_add (table->regions, acc->region);
          g_hash_table_insert (by_number, acc->region->number, acc);
        }
      /* "." is SSB's "category not in use", ".." "missing", "..." "not
       * yet available", ":" "confidential": no figure, which matters only
       * for a municipality of the project (a former one, outside it, has
       * them in the later years). */
      if ((symbol = no_figure_symbol (row->value)) != NULL)
        {
          if (acc->region->missing_line == 0)
            {
              acc->region->missing_line = row->line;
              acc->region->missing_symbol = symbol;
            }
          continue;
        }
      if (!parse_age (row->age, &from, &to, &total))
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: “%s” is not an age or an age group"), row->line, row->age);
          return NULL;
        }
      if (!sk_parse_grouped_integer (row->value, FALSE, &count))
        {
          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                       _("Line %u: “%s” is not a number of people (%s, %s)"), row->line, row->value,
                       row->region, row->age);
          return NULL;
        }
      if (acc->slots->len <= row->slot)
        g_ptr_array_set_size (acc->slots, row->slot + 1);
      slot = g_ptr_array_index (acc->slots, row->slot);
      if (slot == NULL)
        {
          slot = g_new0 (Slot, 1);
          slot->total = -1;
          slot->groups = g_array_new (FALSE, FALSE, sizeof (Group));
          g_ptr_array_index (acc->slots, row->slot) = slot;
        }
      if (total)
        {
          if (slot->total >= 0)
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: a second total for %s; export each municipality once"),
                           row->line, row->region);
              return NULL;
            }
          slot->total = count;
          slot->total_line = row->line;
          continue;
        }
      for (guint c = 0; c < slot->groups->len; c++)
        {
          const Group *g = &g_array_index (slot->groups, Group, c);

          if (from <= g->to && g->from <= to)
            {
              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: the age group “%s” of %s overlaps another; export either single years or groups"),
                           row->line, row->age, row->region);
              return NULL;
            }
        }
      {
        Group g = { from, to, count };

        g_array_append_val (slot->groups, g);
      }
    }

  if (table->regions->len == 0)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("The file has no municipalities (regions written as “4640 Sogndal”)"));
      return NULL;
    }

  /* Each region's figures: from both sexes where the file has them, else
   * the sum of the sexes.  A total must agree with groups that cover every
   * age; a figure the groups cannot give is -1. */
  for (guint r = 0; r < table->regions->len; r++)
    {
      SkSsbRegion *region = g_ptr_array_index (table->regions, r);
      Accumulator *acc = g_hash_table_lookup (by_number, region->number);
      gboolean both = acc->slots->len > 0 && g_ptr_array_index (acc->slots, 0) != NULL;
      guint used = 0;

      region->population = region->age_0_17 = region->age_0_24 = 0;
      for (guint k = both ? 0 : 1; k < (both ? 1 : acc->slots->len); k++)
        {
          Slot *slot = g_ptr_array_index (acc->slots, k);
          gint64 all = 0, to_17 = 0, to_24 = 0;
          gboolean all_ok, ok_17, ok_24;

          if (slot == NULL)
            continue;
          used++;
          g_array_sort (slot->groups, compare_groups);
          all_ok = covers (slot->groups, OPEN_END, &all);
          ok_17 = covers (slot->groups, 17, &to_17);
          ok_24 = covers (slot->groups, 24, &to_24);
          if (slot->total >= 0 && all_ok && all != slot->total)
            {
              g_autofree char *sum = g_strdup_printf ("%" G_GINT64_FORMAT, all);
              g_autofree char *stated = g_strdup_printf ("%" G_GINT64_FORMAT, slot->total);

              g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("Line %u: the total for %s, %s, is not the sum of its age groups, %s"),
                           slot->total_line, region->region, stated, sum);
              return NULL;
            }
          if ((slot->total < 0 && !all_ok) || region->population > MOST_PEOPLE)
            region->population = -1;
          else if (region->population >= 0)
            region->population += slot->total >= 0 ? slot->total : all;
          if (!ok_17)
            region->age_0_17 = -1;
          else if (region->age_0_17 >= 0)
            region->age_0_17 += to_17;
          if (!ok_24)
            region->age_0_24 = -1;
          else if (region->age_0_24 >= 0)
            region->age_0_24 += to_24;
        }
      if (used == 0)
        region->population = region->age_0_17 = region->age_0_24 = -1;
      if (region->population > MOST_PEOPLE)
        region->population = -1;
      if (region->age_0_17 > MOST_PEOPLE)
        region->age_0_17 = -1;
      if (region->age_0_24 > MOST_PEOPLE)
        region->age_0_24 = -1;
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
