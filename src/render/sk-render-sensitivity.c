/* sk-render-sensitivity.c — the sensitivity of a matrix's first place in
 * words: the matrix view's line under each weight, and the table of the
 * board pack and the matrix's PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-render"

#include "config.h"

#include "sk-i18n.h"
#include <math.h>
#include <string.h>

#include "sk-format.h"
#include "sk-render.h"

/* A candidate's name as the sentences show it (sk_name_shown ()), kept
 * in `keep` until the caller is done with it. */
static const char *
name_of (GPtrArray      *keep,
         SkProject      *project,
         const SkMatrix *matrix,
         int             c)
{
  const SkCandidate *cand = g_ptr_array_index (matrix->candidates, c);
  char *shown = sk_name_shown (project ? sk_project_municipality_name (project, cand->municipality)
                                       : cand->municipality);

  g_ptr_array_add (keep, shown);
  return shown;
}

char *
sk_sensitivity_number (double value)
{
  /* As few decimals as the value needs, up to two: "2,25", "5". */
  g_autofree char *text = sk_format_decimal (value, 2);
  char *end = text + strlen (text);

  if (strpbrk (text, ",.") == NULL)
    return g_steal_pointer (&text);
  while (end > text && end[-1] == '0')
    *--end = '\0';
  if (end > text && (end[-1] == ',' || end[-1] == '.'))
    *--end = '\0';
  return g_steal_pointer (&text);
}

/* The ends of a range; with more decimals when two would make them look
 * the same ("between 3 and 3"). */
static void
range_numbers (const SkSensitivity *s,
               char               **low,
               char               **high)
{
  *low = sk_sensitivity_number (s->low);
  *high = sk_sensitivity_number (s->high);
  if (g_str_equal (*low, *high) && s->low != s->high)
    {
      g_free (*low);
      g_free (*high);
      *low = sk_format_decimal (s->low, 4);
      *high = sk_format_decimal (s->high, 4);
    }
}

char *
sk_sensitivity_names (SkProject      *project,
                      const SkMatrix *matrix,
                      GArray         *candidates)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  char *text = NULL;

  for (guint i = 0; i < candidates->len; i++)
    {
      const char *name = name_of (keep, project, matrix, (int) g_array_index (candidates, guint, i));
      char *next;

      if (i == 0)
        next = g_strdup (name);
      else if (i + 1 == candidates->len)
        /* Translators: the last of a list of names, "Sogndal, Vik and Årdal" */
        next = g_strdup_printf (_("%s and %s"), text, name);
      else
        next = g_strdup_printf ("%s, %s", text, name);
      g_free (text);
      text = next;
    }
  return text ? text : g_strdup ("");
}

char *
sk_sensitivity_first_name (SkProject      *project,
                           const SkMatrix *matrix)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) tied = sk_matrix_tied_first (matrix);
  g_autofree char *others = NULL;
  int first;

  if (tied->len == 0)
    return g_strdup ("");
  if (tied->len == 1)
    return g_strdup (name_of (keep, project, matrix, (int) g_array_index (tied, guint, 0)));
  first = (int) g_array_index (tied, guint, 0);
  g_array_remove_index (tied, 0);
  others = sk_sensitivity_names (project, matrix, tied);
  /* Translators: the candidate first in the matrix's order of several
   * with the same score, "Sogndal (tied with Årdal)" */
  return g_strdup_printf (_("%s (tied with %s)"), name_of (keep, project, matrix, first), others);
}

char *
sk_sensitivity_text (SkProject           *project,
                     const SkMatrix      *matrix,
                     const SkSensitivity *s,
                     const char          *first)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *low = NULL;
  g_autofree char *high = NULL;

  if (s->first < 0)
    return g_strdup ("");
  range_numbers (s, &low, &high);
  if (s->below < 0 && s->above < 0)
    /* Translators: "Sogndal stays first over the whole range" (of this weight) */
    return g_strdup_printf (_("%s stays first over the whole range"), first);
  if (s->below >= 0 && s->above >= 0)
    /* Translators: "Sogndal stays first from 2,5 to 4; below: Lærdal, above: Vik" */
    return g_strdup_printf (_("%s stays first from %s to %s; below: %s, above: %s"), first, low, high,
                            name_of (keep, project, matrix, s->below), name_of (keep, project, matrix, s->above));
  if (s->above >= 0)
    /* Translators: "Sogndal stays first up to 4; above it Vik comes first" */
    return g_strdup_printf (_("%s stays first up to %s; above it %s comes first"), first, high,
                            name_of (keep, project, matrix, s->above));
  /* Translators: "Sogndal stays first down to 2,5; below it Lærdal comes first" */
  return g_strdup_printf (_("%s stays first down to %s; below it %s comes first"), first, low,
                          name_of (keep, project, matrix, s->below));
}

char *
sk_sensitivity_tie_note (SkProject      *project,
                         const SkMatrix *matrix)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) tied = sk_matrix_tied_first (matrix);
  g_autoptr(GArray) results = NULL;
  g_autofree char *names = NULL;
  g_autofree char *score = NULL;

  if (tied->len < 2)
    return NULL;
  results = sk_matrix_compute (matrix);
  names = sk_sensitivity_names (project, matrix, tied);
  score = sk_sensitivity_number (g_array_index (results, SkMatrixResult, g_array_index (tied, guint, 0)).score);
  /* Translators: "Sogndal and Årdal are tied for first place with a total
   * score of 91. The table follows Sogndal, the first of them in the matrix." */
  return g_strdup_printf (_("%s are tied for first place with a total score of %s. "
                            "The table follows %s, the first of them in the matrix."),
                          names, score, name_of (keep, project, matrix, (int) g_array_index (tied, guint, 0)));
}

GPtrArray *
sk_sensitivity_table (SkProject      *project,
                      const SkMatrix *matrix)
{
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GArray) sens = NULL;
  GPtrArray *rows;
  int first;
  char **head;

  /* One candidate or none: no weight changes who is first. */
  if (matrix->candidates->len < 2)
    return NULL;
  sens = sk_matrix_sensitivity (matrix);
  if (sens->len == 0)
    return NULL;
  first = g_array_index (sens, SkSensitivity, 0).first;
  rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  head = g_new0 (char *, 5);
  head[0] = g_strdup (_("Factor"));
  head[1] = g_strdup (_("Weight now"));
  /* Translators: a column heading; its cells go on "between 2,25 and 5":
   * "Sogndal stays first while its weight is between 2,25 and 5" */
  head[2] = g_strdup_printf (_("%s stays first while its weight is"), name_of (keep, project, matrix, first));
  head[3] = g_strdup (_("Otherwise first"));
  g_ptr_array_add (rows, head);
  for (guint f = 0; f < sens->len; f++)
    {
      const SkSensitivity *s = &g_array_index (sens, SkSensitivity, f);
      char **cells = g_new0 (char *, 5);
      g_autofree char *low = NULL;
      g_autofree char *high = NULL;
      GString *outside = g_string_new (NULL);

      range_numbers (s, &low, &high);
      cells[0] = g_strdup (((SkFactor *) g_ptr_array_index (matrix->factors, s->factor))->name);
      cells[1] = sk_sensitivity_number (s->weight);
      if (s->below < 0 && s->above < 0)
        /* Translators: a weight's range in the sensitivity table, "between 0 and 5 (the whole scale)" */
        cells[2] = g_strdup_printf (_("between %s and %s (the whole scale)"), low, high);
      else
        /* Translators: a weight's range in the sensitivity table, "between 2,25 and 5" */
        cells[2] = g_strdup_printf (_("between %s and %s"), low, high);
      if (s->below >= 0)
        /* Translators: who is first below the range, "below 2,25: Årdal" */
        g_string_append_printf (outside, _("below %s: %s"), low, name_of (keep, project, matrix, s->below));
      if (s->above >= 0)
        {
          if (outside->len)
            g_string_append (outside, "; ");
          /* Translators: who is first above the range, "above 4,5: Vik" */
          g_string_append_printf (outside, _("above %s: %s"), high, name_of (keep, project, matrix, s->above));
        }
      cells[3] = outside->len ? g_string_free (outside, FALSE) : (g_string_free (outside, TRUE), g_strdup ("–"));
      g_ptr_array_add (rows, cells);
    }
  return rows;
}
