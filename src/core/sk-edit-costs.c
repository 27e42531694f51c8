/* sk-edit-costs.c — editing cost models: totals, the equal part,
 * criteria, participants and scenarios
 *
 * One rule for scenarios (as sk-scenario.h tells it): an edit with a
 * scenario changes the scenario's own value, and a scenario that does
 * not yet have its own criteria (or participants) gets a copy of the
 * model's first; an edit of the model's own equal part or criteria first
 * gives the value it replaces to every scenario that took it from the
 * model; a new scenario has its own equal part and criteria.  Each in
 * the same step of undo as the edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include <string.h>

#include "sk-agenda.h"
#include "sk-costs.h"
#include "sk-edit-private.h"
#include "sk-scenario.h"

static const SkField model_title = SK_FIELD (SK_RECORD_COST_MODEL, SkCostModel, "title", SK_VALUE_STRING, title);
static const SkField model_total = SK_FIELD (SK_RECORD_COST_MODEL, SkCostModel, "total_kr", SK_VALUE_INT64, total_kr);
static const SkField model_fixed =
  SK_FIELD (SK_RECORD_COST_MODEL, SkCostModel, "fixed_percent", SK_VALUE_DOUBLE, fixed_percent);
static const SkField scenario_title = SK_FIELD (SK_RECORD_SCENARIO, SkScenario, "title", SK_VALUE_STRING, title);
static const SkField scenario_total =
  SK_FIELD_HAS (SK_RECORD_SCENARIO, SkScenario, "total_kr", SK_VALUE_INT64, total_kr, has_total);
static const SkField scenario_fixed =
  SK_FIELD_HAS (SK_RECORD_SCENARIO, SkScenario, "fixed_percent", SK_VALUE_DOUBLE, fixed_percent, has_fixed);
static const SkField criterion_weight =
  SK_FIELD (SK_RECORD_CRITERION, SkCriterion, "weight", SK_VALUE_DOUBLE, weight);
static const SkField criterion_figure =
  SK_FIELD (SK_RECORD_CRITERION, SkCriterion, "figure", SK_VALUE_STRING, figure);

static SkCostModel *
find_model (SkProject   *project,
            const char  *id,
            const char  *scenario_id,
            SkScenario **scenario,
            GError     **error)
{
  SkCostModel *m = sk_project_find_cost_model (project, id);

  if (m == NULL)
    {
      _sk_edit_link_not_found (error, SK_LINK_COST_MODEL, id);
      return NULL;
    }
  *scenario = NULL;
  if (scenario_id != NULL && (*scenario = sk_cost_model_find_scenario (m, scenario_id)) == NULL)
    {
      _sk_edit_not_found (error, scenario_id);
      return NULL;
    }
  return m;
}

static const char *
title_of (SkCostModel *m,
          SkScenario  *s)
{
  return s ? s->title : m->title;
}

/* A scenario's own copy of the model's criteria or participants. */

typedef struct
{
  char       *model;
  char       *scenario;
  gboolean    criteria;  /* or the participants */
  GPtrArray  *copy;
  gboolean    owned;     /* the copy is ours: not (or no longer) in the scenario */
} OwnData;

static void
own_apply (gpointer   data,
           SkProject *project,
           gboolean   undo)
{
  OwnData *d = data;
  SkIds ids = { d->model, d->scenario };
  SkScenario *s = _sk_edit_locate (project, SK_RECORD_SCENARIO, ids);
  GPtrArray **slot;
  g_autofree char *path = _sk_edit_path (ids);

  g_assert (s != NULL);
  slot = d->criteria ? &s->criteria : &s->participants;
  g_assert (undo ? *slot == d->copy : *slot == NULL);
  *slot = undo ? NULL : d->copy;
  d->owned = undo;
  sk_project_emit_record_changed (project, SK_RECORD_SCENARIO, path, d->criteria ? "criteria" : "participants");
}

static void
own_free (gpointer data)
{
  OwnData *d = data;

  if (d->owned)
    g_ptr_array_unref (d->copy);
  g_free (d->model);
  g_free (d->scenario);
  g_free (d);
}

static gsize
own_size (gpointer data)
{
  OwnData *d = data;

  return sizeof *d + strlen (d->model) + strlen (d->scenario) + 2;
}

static const SkCommandOps own_ops = { "own-list", own_apply, NULL, own_free, own_size };

/* The list an edit of criteria (or participants) changes, and in
 * `commands` the command that gives the scenario its own copy first when
 * it has none.  The list returned is where the records will be. */
static GPtrArray *
editable_list (GPtrArray   *commands,
               SkCostModel *model,
               SkScenario  *scenario,
               gboolean     criteria)
{
  OwnData *d;
  GPtrArray *from = criteria ? model->criteria : model->participants;

  if (scenario == NULL)
    return from;
  if ((criteria ? scenario->criteria : scenario->participants) != NULL)
    return criteria ? scenario->criteria : scenario->participants;
  d = g_new0 (OwnData, 1);
  d->model = g_strdup (model->id);
  d->scenario = g_strdup (scenario->id);
  d->criteria = criteria;
  d->owned = TRUE;
  if (criteria)
    {
      d->copy = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);
      for (guint k = 0; k < from->len; k++)
        {
          SkCriterion *c = g_ptr_array_index (from, k);
          SkCriterion *copy = sk_criterion_new ();

          copy->figure = g_strdup (c->figure);
          copy->weight = c->weight;
          g_ptr_array_add (d->copy, copy);
        }
    }
  else
    {
      d->copy = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < from->len; i++)
        g_ptr_array_add (d->copy, g_strdup (g_ptr_array_index (from, i)));
    }
  _sk_edit_add (commands, sk_command_new (&own_ops, d, NULL));
  return d->copy;
}

/* Before an edit of the model's own equal part (`fixed`) or criteria:
 * the scenarios that take it from the model get its present value as
 * their own, as commands in `commands`. */
static void
pin_scenarios (GPtrArray   *commands,
               SkProject   *project,
               SkCostModel *model,
               gboolean     fixed,
               gboolean     criteria)
{
  for (guint i = 0; i < model->scenarios->len; i++)
    {
      SkScenario *scenario = g_ptr_array_index (model->scenarios, i);

      if (fixed && !scenario->has_fixed)
        {
          SkIds ids = { model->id, scenario->id };
          SkValue v = { TRUE, { .d = model->fixed_percent } };

          _sk_edit_add (commands, _sk_edit_field_command (project, &scenario_fixed, ids, &v, NULL));
        }
      if (criteria && scenario->criteria == NULL)
        editable_list (commands, model, scenario, TRUE);
    }
}

/* The commands of an edit of the criteria of `s`, or of the model's own
 * when `s` is NULL (the scenarios that follow those get them as their
 * own first); in `list`, unless NULL, where the criteria will be. */
static GPtrArray *
criteria_commands (SkProject    *project,
                   SkCostModel  *m,
                   SkScenario   *s,
                   GPtrArray   **list)
{
  GPtrArray *commands = _sk_edit_commands_new ();
  GPtrArray *criteria;

  if (s == NULL)
    pin_scenarios (commands, project, m, FALSE, TRUE);
  criteria = editable_list (commands, m, s, TRUE);
  if (list != NULL)
    *list = criteria;
  return commands;
}

/* Whether the model or one of its scenarios, as it is now, breaks a rule
 * the checks of a file find: a scenario follows the model where it does
 * not override it, so an edit of the model may break a scenario. */
static gboolean
model_breaks_rules (SkProject    *project,
                    SkCostModel  *model,
                    GError      **error)
{
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_problem_free);

  /* Its scenarios keep what they showed (pin_scenarios ()). */
  _sk_costs_check (project, NULL, model, NULL, "$", "$", problems);
  for (guint i = 0; i < problems->len; i++)
    {
      SkProblem *problem = g_ptr_array_index (problems, i);

      if (!problem->soft)
        return !_sk_edit_refuse (error, "%s", problem->message);
    }
  return FALSE;
}

/* Cost models */

gboolean
sk_edit_add_cost_model (SkHistory   *history,
                        SkProject   *project,
                        const char  *title,
                        char       **id_out,
                        GError     **error)
{
  SkCostModel *model;
  SkIds parent = { NULL };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A cost model needs a title"));
  if (project->municipalities->len == 0)
    return _sk_edit_refuse (error, _("Cost model “%s”: there must be at least one participant"), title);
  /* Every member takes part, split equally until criteria are added: a
   * model that computes from the start. */
  model = sk_cost_model_new ();
  model->id = sk_unique_id (project->cost_models, "cost-model");
  model->title = g_strdup (title);
  model->fixed_percent = 100;
  model->has_criteria = TRUE;
  for (guint i = 0; i < project->municipalities->len; i++)
    g_ptr_array_add (model->participants,
                     g_strdup (((SkMunicipality *) g_ptr_array_index (project->municipalities, i))->id));
  return _sk_edit_run_insert (history, project, SK_RECORD_COST_MODEL, parent, project->cost_models->len,
                              model, model->id, id_out, g_strdup_printf (_("Add «%s»"), title));
}

gboolean
sk_edit_remove_cost_model (SkHistory   *history,
                           SkProject   *project,
                           const char  *id,
                           GError     **error)
{
  SkCostModel *m;
  SkScenario *s;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, NULL, &s, error)) == NULL)
    return FALSE;
  g_ptr_array_find (project->cost_models, m, &at);
  return _sk_edit_remove_linked (history, project, SK_RECORD_COST_MODEL, SK_LINK_COST_MODEL, id, at, m->title);
}

/* A scenario's title: not empty, and not that of another scenario of
 * the model (`self`, being renamed, may keep its own).  Spaces around it
 * make no other title. */
static gboolean
scenario_title_refused (SkCostModel  *m,
                        SkScenario   *self,
                        const char   *title,
                        GError      **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (title ? title : ""));

  if (*trimmed == '\0')
    return !_sk_edit_refuse (error, _("A scenario needs a title"));
  for (guint i = 0; i < m->scenarios->len; i++)
    {
      SkScenario *other = g_ptr_array_index (m->scenarios, i);
      g_autofree char *other_trimmed = g_strstrip (g_strdup (other->title ? other->title : ""));

      if (other != self && g_str_equal (other_trimmed, trimmed))
        /* Translators: %s is the name of a cost model's scenario */
        return !_sk_edit_refuse (error, _("There is already a scenario named “%s”"), trimmed);
    }
  return FALSE;
}

/* The title of the model, or with `scenario_id` of that scenario. */
gboolean
sk_edit_set_cost_title (SkHistory   *history,
                        SkProject   *project,
                        const char  *id,
                        const char  *scenario_id,
                        const char  *title,
                        GError     **error)
{
  SkIds ids = { id, scenario_id };
  SkCostModel *m;
  SkScenario *s;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  if (s != NULL && scenario_title_refused (m, s, title, error))
    return FALSE;
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A cost model needs a title"));
  return _sk_edit_set_string (history, project, s ? &scenario_title : &model_title, ids, title,
                              g_strdup_printf (_("Rename «%s»"), title_of (m, s)));
}

gboolean
sk_edit_set_total (SkHistory   *history,
                   SkProject   *project,
                   const char  *id,
                   const char  *scenario_id,
                   gint64       total_kr,
                   GError     **error)
{
  SkIds ids = { id, scenario_id };
  SkValue v = { TRUE, { .l = total_kr } };
  SkCostModel *m;
  SkScenario *s;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  if (!sk_rule_total_kr_valid (total_kr))
    return _sk_edit_refuse (error, _("Cost model “%s”: the total must not be negative"), m->title);
  return _sk_edit_run (history, project,
                       _sk_edit_field_command (project, s ? &scenario_total : &model_total, ids, &v,
                                               g_strdup_printf (_("Change the Total of «%s»"), title_of (m, s))));
}

gboolean
sk_edit_set_fixed_percent (SkHistory   *history,
                           SkProject   *project,
                           const char  *id,
                           const char  *scenario_id,
                           double       fixed_percent,
                           GError     **error)
{
  SkIds ids = { id, scenario_id };
  SkCostModel *m;
  SkScenario *s;
  SkCostParams p;
  gint64 fixed = 0;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  if (!sk_rule_fixed_percent_in_range (fixed_percent))
    return _sk_edit_refuse (error, _("Cost model “%s”: the equal part must be between 0 and 100 %%"), m->title);
  if (!sk_decimal4_to_int (fixed_percent, &fixed))
    return _sk_edit_refuse (error, _("Cost model “%s”: the equal part may have at most 4 decimals"), m->title);
  sk_cost_params_init (&p, m, s);
  if (sk_rule_criteria_missing (fixed, p.criteria->len))
    return _sk_edit_refuse (error, _("Cost model “%s”: criteria are required unless the equal part is 100 %%"),
                            m->title);
  /* The scenarios that follow the model's equal part, as they would be. */
  if (s == NULL)
    {
      double was = m->fixed_percent;
      gboolean broken;

      m->fixed_percent = fixed_percent;
      broken = model_breaks_rules (project, m, error);
      m->fixed_percent = was;
      if (broken)
        return FALSE;
    }
  {
    GPtrArray *commands = _sk_edit_commands_new ();
    SkValue v = { TRUE, { .d = fixed_percent } };

    if (s == NULL && fixed_percent != m->fixed_percent)
      pin_scenarios (commands, project, m, TRUE, FALSE);
    _sk_edit_add (commands, _sk_edit_field_command (project, s ? &scenario_fixed : &model_fixed, ids, &v, NULL));
    return _sk_edit_run (history, project,
                         _sk_edit_group (commands, g_strdup_printf (_("Change the Equal Part of «%s»"),
                                                                    title_of (m, s))));
  }
}

/* Criteria */

static gboolean
check_weight (SkCostModel  *m,
              const char   *figure,
              double        weight,
              GError      **error)
{
  if (!sk_rule_criterion_weight_positive (weight))
    return _sk_edit_refuse (error, _("Cost model “%s”: the weight of criterion “%s” must be greater than 0"),
                            m->title, sk_figure_label (figure));
  if (!sk_rule_decimal4 (weight))
    return _sk_edit_refuse (error, _("Cost model “%s”: the weight of criterion “%s” may have at most 4 decimals"),
                            m->title, sk_figure_label (figure));
  return TRUE;
}

gboolean
sk_edit_add_criterion (SkHistory   *history,
                       SkProject   *project,
                       const char  *id,
                       const char  *scenario_id,
                       const char  *figure,
                       double       weight,
                       GError     **error)
{
  SkIds parent = { id, scenario_id };
  GPtrArray *commands, *list;
  SkCriterion *c;
  SkCostModel *m;
  SkScenario *s;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  if (figure == NULL || *figure == '\0')
    return _sk_edit_refuse (error, _("A criterion needs a figure"));
  if (!check_weight (m, figure, weight, error))
    return FALSE;
  commands = criteria_commands (project, m, s, &list);
  c = sk_criterion_new ();
  c->figure = g_strdup (figure);
  c->weight = weight;
  _sk_edit_add (commands, _sk_edit_insert_command (SK_RECORD_CRITERION, parent, list->len, c, NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Add %s to «%s»"), sk_figure_label (figure),
                                                                  title_of (m, s))));
}

static SkCriterion *
find_criterion (SkCostModel  *m,
                SkScenario   *s,
                guint         index,
                GError      **error)
{
  SkCostParams p;

  sk_cost_params_init (&p, m, s);
  if (index >= p.criteria->len)
    {
      g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
                   _("Cost model “%s” has no criterion %u"), m->title, index + 1);
      return NULL;
    }
  return g_ptr_array_index (p.criteria, index);
}

gboolean
sk_edit_remove_criterion (SkHistory   *history,
                          SkProject   *project,
                          const char  *id,
                          const char  *scenario_id,
                          guint        index,
                          GError     **error)
{
  SkIds parent = { id, scenario_id };
  GPtrArray *commands;
  SkCriterion *c;
  SkCostModel *m;
  SkScenario *s;
  SkCostParams p;
  gint64 fixed = 0;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL ||
      (c = find_criterion (m, s, index, error)) == NULL)
    return FALSE;
  sk_cost_params_init (&p, m, s);
  sk_decimal4_to_int (p.fixed_percent, &fixed);
  if (sk_rule_criteria_missing (fixed, p.criteria->len - 1))
    return _sk_edit_refuse (error, _("Cost model “%s”: criteria are required unless the equal part is 100 %%"),
                            m->title);
  /* The scenarios that follow the model's criteria, as they would be. */
  if (s == NULL)
    {
      GPtrArray *was = m->criteria;
      g_autoptr(GPtrArray) without = g_ptr_array_new ();   /* borrows */
      gboolean broken;

      for (guint k = 0; k < was->len; k++)
        if (k != index)
          g_ptr_array_add (without, g_ptr_array_index (was, k));
      m->criteria = without;
      broken = model_breaks_rules (project, m, error);
      m->criteria = was;
      if (broken)
        return FALSE;
    }
  commands = criteria_commands (project, m, s, NULL);
  _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_CRITERION, parent, index, NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Remove %s from «%s»"),
                                                                  sk_figure_label (c->figure), title_of (m, s))));
}

gboolean
sk_edit_set_criterion_weight (SkHistory   *history,
                              SkProject   *project,
                              const char  *id,
                              const char  *scenario_id,
                              guint        index,
                              double       weight,
                              GError     **error)
{
  g_autofree char *position = g_strdup_printf ("%u", index);
  SkIds ids = { id, scenario_id, position };
  SkValue v = { TRUE, { .d = weight } };
  GPtrArray *commands, *list;
  SkCriterion *c;
  SkCostModel *m;
  SkScenario *s;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL ||
      (c = find_criterion (m, s, index, error)) == NULL)
    return FALSE;
  if (!check_weight (m, c->figure, weight, error))
    return FALSE;
  if (c->weight == weight)
    return TRUE;
  commands = criteria_commands (project, m, s, &list);
  _sk_edit_add (commands, _sk_edit_field_command_for (g_ptr_array_index (list, index), &criterion_weight, ids, &v,
                                                      NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Change Weight «%s»"), sk_figure_label (c->figure))));
}

gboolean
sk_edit_set_criterion_figure (SkHistory   *history,
                              SkProject   *project,
                              const char  *id,
                              const char  *scenario_id,
                              guint        index,
                              const char  *figure,
                              GError     **error)
{
  g_autofree char *position = g_strdup_printf ("%u", index);
  SkIds ids = { id, scenario_id, position };
  SkValue v = { TRUE, { .s = (char *) figure } };
  GPtrArray *commands, *list;
  SkCriterion *c;
  SkCostModel *m;
  SkScenario *s;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL ||
      (c = find_criterion (m, s, index, error)) == NULL)
    return FALSE;
  if (figure == NULL || *figure == '\0')
    return _sk_edit_refuse (error, _("A criterion needs a figure"));
  if (g_strcmp0 (c->figure, figure) == 0)
    return TRUE;
  commands = criteria_commands (project, m, s, &list);
  _sk_edit_add (commands, _sk_edit_field_command_for (g_ptr_array_index (list, index), &criterion_figure, ids, &v,
                                                      NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Split «%s» by %s"), title_of (m, s),
                                                                  sk_figure_label (figure))));
}

/* Participants */

/* Adds `municipality` to the participants of the model `id` (or its
 * scenario `scenario_id`): last, refused when it takes part already; or,
 * `in_member_order`, after every participant that comes before it among
 * the members, nothing to do when it takes part already. */
static gboolean
add_participant (SkHistory   *history,
                 SkProject   *project,
                 const char  *id,
                 const char  *scenario_id,
                 const char  *municipality,
                 gboolean     in_member_order,
                 GError     **error)
{
  SkIds parent = { id, scenario_id };
  GPtrArray *commands, *list;
  SkMunicipality *mun;
  SkCostModel *m;
  SkScenario *s;
  SkCostParams p;
  guint at = 0;

  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  if ((mun = sk_project_find_municipality (project, municipality)) == NULL)
    return _sk_edit_refuse (error, _("Cost model “%s”: no municipality has the id “%s”"), m->title,
                            municipality ? municipality : "");
  sk_cost_params_init (&p, m, s);
  if (g_ptr_array_find_with_equal_func (p.participants, municipality, g_str_equal, NULL))
    return in_member_order ? TRUE : _sk_edit_refuse (error, _("Cost model “%s”: “%s” takes part twice"),
                                                     m->title, municipality);
  for (guint i = 0; in_member_order && i < project->municipalities->len; i++)
    {
      SkMunicipality *other = g_ptr_array_index (project->municipalities, i);
      guint where;

      if (other == mun)
        break;
      if (g_ptr_array_find_with_equal_func (p.participants, other->id, g_str_equal, &where) && where + 1 > at)
        at = where + 1;
    }
  commands = _sk_edit_commands_new ();
  list = editable_list (commands, m, s, FALSE);
  if (!in_member_order)
    at = list->len;
  g_assert (at <= list->len);
  _sk_edit_add (commands, _sk_edit_insert_command (SK_RECORD_PARTICIPANT, parent, at, g_strdup (municipality), NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Add %s to «%s»"), mun->name, title_of (m, s))));
}

gboolean
sk_edit_add_participant (SkHistory   *history,
                         SkProject   *project,
                         const char  *id,
                         const char  *scenario_id,
                         const char  *municipality,
                         GError     **error)
{
  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  return add_participant (history, project, id, scenario_id, municipality, FALSE, error);
}

gboolean
sk_edit_remove_participant (SkHistory   *history,
                            SkProject   *project,
                            const char  *id,
                            const char  *scenario_id,
                            const char  *municipality,
                            GError     **error)
{
  SkIds parent = { id, scenario_id };
  SkMunicipality *mun;
  GPtrArray *commands;
  SkCostModel *m;
  SkScenario *s;
  SkCostParams p;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  sk_cost_params_init (&p, m, s);
  if (!g_ptr_array_find_with_equal_func (p.participants, municipality, g_str_equal, &at))
    return _sk_edit_not_found (error, municipality);
  if (p.participants->len <= 1)
    return _sk_edit_refuse (error, _("Cost model “%s”: there must be at least one participant"), m->title);
  mun = sk_project_find_municipality (project, municipality);
  commands = _sk_edit_commands_new ();
  editable_list (commands, m, s, FALSE);
  _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_PARTICIPANT, parent, at, NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Remove %s from «%s»"),
                                                                  mun ? mun->name : municipality, title_of (m, s))));
}

/* Scenarios */

/* Adds `scenario` (taken) last in the model `m` as one step, giving its
 * id in `id_out`. */
static gboolean
run_add_scenario (SkHistory    *history,
                  SkProject    *project,
                  SkIds         parent,
                  SkCostModel  *m,
                  SkScenario   *scenario,
                  char        **id_out)
{
  return _sk_edit_run_insert (history, project, SK_RECORD_SCENARIO, parent, m->scenarios->len, scenario,
                              scenario->id, id_out, g_strdup_printf (_("Add «%s»"), scenario->title));
}

gboolean
sk_edit_add_scenario (SkHistory   *history,
                      SkProject   *project,
                      const char  *id,
                      const char  *title,
                      char       **id_out,
                      GError     **error)
{
  SkIds parent = { id };
  SkScenario *scenario;
  SkCostModel *m;
  SkScenario *s;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_model (project, id, NULL, &s, error)) == NULL ||
      scenario_title_refused (m, NULL, title, error))
    return FALSE;
  scenario = sk_scenario_new ();
  scenario->id = sk_unique_id (m->scenarios, "scenario");
  scenario->title = g_strdup (title);
  /* Its own equal part and criteria: an edit of the model's later does
   * not change what its title says. */
  scenario->has_fixed = TRUE;
  scenario->fixed_percent = m->fixed_percent;
  scenario->criteria = sk_criteria_copy (m->criteria);
  return run_add_scenario (history, project, parent, m, scenario, id_out);
}

gboolean
sk_edit_remove_scenario (SkHistory   *history,
                         SkProject   *project,
                         const char  *id,
                         const char  *scenario_id,
                         GError     **error)
{
  SkIds parent = { id };
  SkCostModel *m;
  SkScenario *s;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (scenario_id != NULL, FALSE);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  g_ptr_array_find (m->scenarios, s, &at);
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_SCENARIO, parent, at,
                                                g_strdup_printf (_("Remove «%s»"), s->title)));
}

gboolean
sk_edit_copy_scenario (SkHistory   *history,
                       SkProject   *project,
                       const char  *id,
                       const char  *from_id,
                       const char  *title,
                       char       **id_out,
                       GError     **error)
{
  SkIds parent = { id };
  SkScenario *scenario;
  SkCostModel *m;
  SkScenario *from;
  SkCostParams p;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (from_id != NULL, FALSE);
  if ((m = find_model (project, id, from_id, &from, error)) == NULL ||
      scenario_title_refused (m, NULL, title, error))
    return FALSE;
  sk_cost_params_init (&p, m, from);
  scenario = sk_scenario_new ();
  scenario->id = sk_unique_id (m->scenarios, "scenario");
  scenario->title = g_strdup (title);
  scenario->has_fixed = TRUE;
  scenario->fixed_percent = p.fixed_percent;
  scenario->criteria = sk_criteria_copy (p.criteria);
  scenario->has_total = from->has_total;
  scenario->total_kr = from->total_kr;
  if (from->participants != NULL)
    {
      scenario->participants = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < from->participants->len; i++)
        g_ptr_array_add (scenario->participants, g_strdup (g_ptr_array_index (from->participants, i)));
    }
  return run_add_scenario (history, project, parent, m, scenario, id_out);
}

gboolean
sk_edit_set_participant (SkHistory   *history,
                         SkProject   *project,
                         const char  *id,
                         const char  *scenario_id,
                         const char  *municipality,
                         gboolean     takes_part,
                         GError     **error)
{
  SkCostModel *m;
  SkScenario *s;
  SkCostParams p;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (takes_part)
    return add_participant (history, project, id, scenario_id, municipality, TRUE, error);
  if ((m = find_model (project, id, scenario_id, &s, error)) == NULL)
    return FALSE;
  sk_cost_params_init (&p, m, s);
  if (!g_ptr_array_find_with_equal_func (p.participants, municipality, g_str_equal, NULL))
    return TRUE;
  return sk_edit_remove_participant (history, project, id, scenario_id, municipality, error);
}
