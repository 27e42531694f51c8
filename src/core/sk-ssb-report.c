/* sk-ssb-report.c — what an import of SSB's figures changed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-ssb"

#include "config.h"

#include "sk-i18n.h"

#include "sk-format.h"
#include "sk-ssb-report.h"

static const char *const keys[] = { "population", "age_0_17", "age_0_24" };

GArray *
sk_ssb_figures_before (SkProject *project)
{
  GPtrArray *municipalities = sk_project_get_municipalities (project);
  GArray *before = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < municipalities->len; i++)
    for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
      {
        const SkFigure *f = sk_municipality_get_figure (g_ptr_array_index (municipalities, i), keys[k]);
        double value = f ? f->value : -1;

        g_array_append_val (before, value);
      }
  return before;
}

/* "population 12 496 → 12 580", or NULL when the figure stayed. */
static char *
figure_change (const SkMunicipality *m,
               const char           *key,
               double                before)
{
  const SkFigure *f = sk_municipality_get_figure (m, key);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (f == NULL || f->value == before)
    return NULL;
  from = before >= 0 ? sk_format_integer ((gint64) before) : g_strdup ("–");
  to = sk_format_integer ((gint64) f->value);
  /* Translators: a figure that an import changed, "population 12 496 → 12 580" */
  return g_strdup_printf (_("%s %s → %s"), sk_figure_phrase (key), from, to);
}

GPtrArray *
sk_ssb_report (SkSsbTable *table,
               SkProject  *project,
               GArray     *before)
{
  GPtrArray *municipalities = sk_project_get_municipalities (project);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (before->len == municipalities->len * G_N_ELEMENTS (keys), lines);

  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func (g_free);
      SkSsbRegion *listed = NULL;

      for (guint r = 0; r < table->regions->len && listed == NULL; r++)
        if (m->number && g_str_equal (m->number, ((SkSsbRegion *) g_ptr_array_index (table->regions, r))->number))
          listed = g_ptr_array_index (table->regions, r);
      for (guint k = 0; listed && k < G_N_ELEMENTS (keys); k++)
        {
          gint64 value = k == 0 ? listed->population : k == 1 ? listed->age_0_17 : listed->age_0_24;
          char *change = figure_change (m, keys[k], g_array_index (before, double, i * G_N_ELEMENTS (keys) + k));

          if (value < 0)
            /* Translators: a figure the file's age groups cannot give, "children 0–17 not in the file" */
            change = g_strdup_printf (_("%s not in the file"), sk_figure_phrase (keys[k]));
          if (change != NULL)
            g_ptr_array_add (changes, change);
        }
      if (changes->len > 0)
        {
          g_autofree char *joined = NULL;

          g_ptr_array_add (changes, NULL);
          joined = g_strjoinv (", ", (char **) changes->pdata);
          g_ptr_array_add (lines, g_strdup_printf ("%s: %s", m->name, joined));
        }
      else if (listed)
        g_ptr_array_add (lines, g_strdup_printf (_("%s: unchanged"), m->name));
      else
        g_ptr_array_add (lines, g_strdup_printf (_("%s: not in the file, unchanged"), m->name));
    }
  return lines;
}
