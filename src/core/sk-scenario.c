/* sk-scenario.c — the rules of a cost model's scenarios
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-scenario"

#include "config.h"

#include <string.h>

#include "sk-agenda.h"
#include "sk-costs.h"
#include "sk-scenario.h"

GPtrArray *
sk_criteria_copy (GPtrArray *criteria)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);

  for (guint k = 0; criteria != NULL && k < criteria->len; k++)
    {
      SkCriterion *c = g_ptr_array_index (criteria, k);
      SkCriterion *d = sk_criterion_new ();

      d->figure = g_strdup (c->figure);
      d->weight = c->weight;
      d->extra = c->extra ? json_object_ref (c->extra) : NULL;
      g_ptr_array_add (copy, d);
    }
  return copy;
}

static GPtrArray *
strings_copy (GPtrArray *strings)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < strings->len; i++)
    g_ptr_array_add (copy, g_strdup (g_ptr_array_index (strings, i)));
  return copy;
}

/* "75 % etter folketal" → "75-etter-folketal": ids are [a-z0-9_-]. */
static char *
id_stem (const char *title)
{
  g_autofree char *ascii = g_str_to_ascii (title, "C");
  GString *stem = g_string_new (NULL);

  for (const char *p = ascii; *p && stem->len < 40; p++)
    {
      char c = g_ascii_tolower (*p);

      if (g_ascii_isalnum (c))
        g_string_append_c (stem, c);
      else if (stem->len > 0 && stem->str[stem->len - 1] != '-')
        g_string_append_c (stem, '-');
    }
  while (stem->len > 0 && stem->str[stem->len - 1] == '-')
    g_string_truncate (stem, stem->len - 1);
  if (stem->len == 0)
    g_string_append (stem, "scenario");
  return g_string_free (stem, FALSE);
}

static char *
unique_scenario_id (SkCostModel *model,
                    const char  *title)
{
  g_autofree char *stem = id_stem (title);

  if (sk_cost_model_find_scenario (model, stem) == NULL)
    return g_steal_pointer (&stem);
  return sk_unique_id (model->scenarios, stem);
}

SkScenario *
sk_cost_model_add_scenario (SkCostModel      *model,
                            const char       *title,
                            const SkScenario *from)
{
  SkScenario *s;
  SkCostParams p;

  g_return_val_if_fail (model != NULL, NULL);
  g_return_val_if_fail (title != NULL && title[0] != '\0', NULL);

  sk_cost_params_init (&p, model, from);
  s = sk_scenario_new ();
  s->id = unique_scenario_id (model, title);
  s->title = g_strdup (title);
  s->has_fixed = TRUE;
  s->fixed_percent = p.fixed_percent;
  s->criteria = sk_criteria_copy (p.criteria);
  if (from != NULL)
    {
      s->has_total = from->has_total;
      s->total_kr = from->total_kr;
      if (from->participants != NULL)
        s->participants = strings_copy (from->participants);
    }
  g_ptr_array_add (model->scenarios, s);
  return s;
}

guint
sk_cost_model_pin_scenarios (SkCostModel *model,
                             gboolean     fixed,
                             gboolean     criteria)
{
  guint changed = 0;

  g_return_val_if_fail (model != NULL, 0);

  for (guint i = 0; i < model->scenarios->len; i++)
    {
      SkScenario *s = g_ptr_array_index (model->scenarios, i);
      gboolean pinned = FALSE;

      if (fixed && !s->has_fixed)
        {
          s->has_fixed = TRUE;
          s->fixed_percent = model->fixed_percent;
          pinned = TRUE;
        }
      if (criteria && s->criteria == NULL)
        {
          s->criteria = sk_criteria_copy (model->criteria);
          pinned = TRUE;
        }
      changed += pinned;
    }
  return changed;
}

gboolean
sk_cost_model_rename_scenario (SkCostModel *model,
                               const char  *id,
                               const char  *title)
{
  SkScenario *s;

  g_return_val_if_fail (model != NULL, FALSE);

  s = sk_cost_model_find_scenario (model, id);
  if (s == NULL || title == NULL || title[0] == '\0')
    return FALSE;
  g_free (s->title);
  s->title = g_strdup (title);
  return TRUE;
}

gboolean
sk_cost_model_remove_scenario (SkCostModel *model,
                               const char  *id)
{
  SkScenario *s;

  g_return_val_if_fail (model != NULL, FALSE);

  s = sk_cost_model_find_scenario (model, id);
  if (s == NULL)
    return FALSE;
  return g_ptr_array_remove (model->scenarios, s);
}
