/* sk-cost-rules.c — the rules of a cost model and its scenarios
 *
 * Below both the checks of a file (sk-project-check.c) and the split
 * (sk-costs.c), which ask the same questions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs"

#include "config.h"

#include "sk-i18n.h"
#include <math.h>

#include "sk-costs.h"
#include "sk-format.h"
#include "sk-rules.h"

void
sk_cost_params_init (SkCostParams      *params,
                     const SkCostModel *model,
                     const SkScenario  *scenario)
{
  params->total_kr = model->total_kr;
  params->fixed_percent = model->fixed_percent;
  params->criteria = model->criteria;
  params->participants = model->participants;
  if (scenario == NULL)
    return;
  if (scenario->has_total)
    params->total_kr = scenario->total_kr;
  if (scenario->has_fixed)
    params->fixed_percent = scenario->fixed_percent;
  if (scenario->criteria != NULL)
    params->criteria = scenario->criteria;
  if (scenario->participants != NULL)
    params->participants = scenario->participants;
}

SkScenario *
sk_cost_model_find_scenario (const SkCostModel *model,
                             const char        *id)
{
  for (guint i = 0; i < model->scenarios->len; i++)
    {
      SkScenario *s = g_ptr_array_index (model->scenarios, i);

      if (g_strcmp0 (s->id, id) == 0)
        return s;
    }
  return NULL;
}

static void G_GNUC_PRINTF (3, 4)
add_soft (GPtrArray  *problems,
          const char *path,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  sk_problems_add_valist (problems, path, format, args)->soft = TRUE;
  va_end (args);
}

static const char *
municipality_name (SkIndex    *index,
                   const char *id)
{
  SkMunicipality *m = _sk_index_municipality (index, id);

  return m && m->name ? m->name : id;
}

void
_sk_costs_check (SkProject         *project,
                 SkIndex           *index_or_null,
                 const SkCostModel *model,
                 const SkScenario  *scenario,
                 const char        *model_path,
                 const char        *scenario_path,
                 GPtrArray         *problems)
{
  g_autoptr(SkIndex) own_index = index_or_null ? NULL : _sk_index_new (project);
  SkIndex *index = index_or_null ? index_or_null : own_index;
  SkCostParams p;
  const char *title = model->title ? model->title : model->id;
  const char *base;
  gint64 fixed = 0;

  sk_cost_params_init (&p, model, scenario);

  /* The members a scenario overrides are checked at the scenario's path,
   * the rest only once, with the model itself. */
  base = scenario && scenario->has_total ? scenario_path : model_path;
  if ((scenario == NULL || scenario->has_total) && !sk_rule_total_kr_valid (p.total_kr))
    {
      g_autofree char *path = g_strdup_printf ("%s.total_kr", base);

      sk_problems_add (problems, path, _("Cost model “%s”: the total must not be negative"), title);
    }

  if (scenario == NULL || scenario->participants != NULL)
    {
      const char *pbase = scenario && scenario->participants ? scenario_path : model_path;
      g_autofree char *path = g_strdup_printf ("%s.participants", pbase);

      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

      if (p.participants->len == 0)
        sk_problems_add (problems, path, _("Cost model “%s”: there must be at least one participant"), title);
      for (guint i = 0; i < p.participants->len; i++)
        {
          const char *id = g_ptr_array_index (p.participants, i);

          if (_sk_index_municipality (index, id) == NULL)
            {
              g_autofree char *ipath = g_strdup_printf ("%s[%u]", path, i);

              sk_problems_add (problems, ipath, _("Cost model “%s”: no municipality has the id “%s”"),
                               title, id);
            }
          else if (!g_hash_table_add (seen, (gpointer) id))
            {
              g_autofree char *ipath = g_strdup_printf ("%s[%u]", path, i);

              sk_problems_add (problems, ipath, _("Cost model “%s”: “%s” takes part twice"),
                               title, id);
            }
        }
    }

  if (scenario == NULL || scenario->has_fixed)
    {
      const char *fbase = scenario && scenario->has_fixed ? scenario_path : model_path;
      g_autofree char *path = g_strdup_printf ("%s.fixed_percent", fbase);

      if (!sk_rule_fixed_percent_in_range (p.fixed_percent))
        sk_problems_add (problems, path, _("Cost model “%s”: the equal part must be between 0 and 100 %%"), title);
      else if (!sk_decimal4_to_int (p.fixed_percent, &fixed))
        sk_problems_add (problems, path, _("Cost model “%s”: the equal part may have at most 4 decimals"), title);
    }
  else
    sk_decimal4_to_int (p.fixed_percent, &fixed);

  /* The criteria, and whether every participant's figures can be used. */
  {
    const char *cbase = scenario && scenario->criteria ? scenario_path : model_path;
    gboolean own_criteria = scenario == NULL || scenario->criteria != NULL;
    gboolean own_participants = scenario == NULL || scenario->participants != NULL;
    gboolean check_figures = own_criteria || own_participants;

    g_autoptr(GHashTable) figures_seen = g_hash_table_new (g_str_hash, g_str_equal);

    if (sk_rule_criteria_missing (fixed, p.criteria->len) && (own_criteria || scenario->has_fixed))
      {
        g_autofree char *path = g_strdup_printf ("%s.criteria", cbase);

        sk_problems_add (problems, path,
                         _("Cost model “%s”: criteria are required unless the equal part is 100 %%"), title);
      }
    if (own_criteria && p.criteria->len > SK_COST_MAX_CRITERIA)
      {
        g_autofree char *path = g_strdup_printf ("%s.criteria", cbase);

        sk_problems_add (problems, path, _("Cost model “%s”: there may be at most %d criteria"),
                         title, SK_COST_MAX_CRITERIA);
        return;
      }

    for (guint k = 0; k < p.criteria->len; k++)
      {
        const SkCriterion *c = g_ptr_array_index (p.criteria, k);
        g_autofree char *cpath = g_strdup_printf ("%s.criteria[%u]", cbase, k);
        g_autofree char *fpath = g_strdup_printf ("%s.figure", cpath);
        const char *label = sk_figure_label (c->figure);
        gboolean any_positive = FALSE;
        gboolean all_present = TRUE;

        if (own_criteria)
          {
            g_autofree char *wpath = g_strdup_printf ("%s.weight", cpath);

            if (!sk_rule_criterion_weight_positive (c->weight))
              sk_problems_add (problems, wpath,
                               _("Cost model “%s”: the weight of criterion “%s” must be greater than 0"),
                               title, label);
            else if (!sk_rule_decimal4 (c->weight))
              sk_problems_add (problems, wpath,
                               _("Cost model “%s”: the weight of criterion “%s” may have at most 4 decimals"),
                               title, label);
          }

        /* Each figure once, and up to the first participant that cannot
         * give it: the work stays within the figures the file holds. */
        if (!check_figures || fixed >= 1000000 ||
            (c->figure != NULL && !g_hash_table_add (figures_seen, c->figure)))
          continue;

        for (guint i = 0; i < p.participants->len && all_present; i++)
          {
            const char *id = g_ptr_array_index (p.participants, i);
            SkMunicipality *m = _sk_index_municipality (index, id);
            const SkFigure *f;

            if (m == NULL)
              {
                all_present = FALSE;
                continue;
              }
            f = _sk_index_figure (index, m, c->figure);
            if (f == NULL)
              {
                all_present = FALSE;
                add_soft (problems, fpath,
                     _("Cost model “%s”, criterion “%s”: %s has no such figure"),
                     title, label, municipality_name (index, id));
              }
            else if (!f->integral || f->value != floor (f->value))
              {
                all_present = FALSE;
                add_soft (problems, fpath,
                     _("Cost model “%s”, criterion “%s”: the figure of %s has decimals; a cost model needs whole numbers"),
                     title, label, municipality_name (index, id));
              }
            else if (f->value > SK_COST_FIGURE_MAX)
              {
                g_autofree char *most = sk_format_integer ((gint64) SK_COST_FIGURE_MAX);

                /* Held as a double: beyond 2⁵³ two figures may read the
                 * same, and the split would not be exact. */
                all_present = FALSE;
                add_soft (problems, fpath,
                     _("Cost model “%s”, criterion “%s”: the figure of %s is larger than %s, the most a cost model splits by exactly"),
                     title, label, municipality_name (index, id), most);
              }
            else if (f->value < 0)
              all_present = FALSE; /* reported with the municipality */
            else if (f->value > 0)
              any_positive = TRUE;
          }
        if (all_present && !any_positive && p.participants->len > 0)
          add_soft (problems, fpath,
               _("Cost model “%s”, criterion “%s”: the figures of the participants add up to 0"),
               title, label);
      }
  }
}
