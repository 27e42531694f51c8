/* test-edit.c — the edit functions of the core: each rule of FORMAT.md
 * refused by the edit as by the checks of a file, the change signals
 * each edit emits, and the edits that do more than set one value.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-date.h"
#include "sk-edit.h"
#include "sk-planner.h"
#include "sk-rules.h"
#include "sk-project.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

/* The change signals, as lines "changed factor m/f weight". */

static void
changed_cb (SkProject    *project,
            SkRecordKind  kind,
            const char   *id,
            const char   *field,
            GPtrArray    *log)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SK_TYPE_RECORD_KIND);

  g_ptr_array_add (log, g_strdup_printf ("changed %s %s %s", g_enum_get_value (kinds, kind)->value_nick, id, field));
}

static void
inserted_cb (SkProject    *project,
             SkRecordKind  kind,
             const char   *id,
             guint         position,
             GPtrArray    *log)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SK_TYPE_RECORD_KIND);

  g_ptr_array_add (log, g_strdup_printf ("inserted %s %s %u", g_enum_get_value (kinds, kind)->value_nick, id, position));
}

static void
removed_cb (SkProject    *project,
            SkRecordKind  kind,
            const char   *id,
            guint         position,
            GPtrArray    *log)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SK_TYPE_RECORD_KIND);

  g_ptr_array_add (log, g_strdup_printf ("removed %s %s %u", g_enum_get_value (kinds, kind)->value_nick, id, position));
}

static void
moved_cb (SkProject    *project,
          SkRecordKind  kind,
          const char   *id,
          guint         from,
          guint         to,
          GPtrArray    *log)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SK_TYPE_RECORD_KIND);

  g_ptr_array_add (log, g_strdup_printf ("moved %s %s %u %u", g_enum_get_value (kinds, kind)->value_nick, id, from, to));
}

static void
listen (SkProject *project,
        GPtrArray *log)
{
  g_signal_connect (project, "record-changed", G_CALLBACK (changed_cb), log);
  g_signal_connect (project, "record-inserted", G_CALLBACK (inserted_cb), log);
  g_signal_connect (project, "record-removed", G_CALLBACK (removed_cb), log);
  g_signal_connect (project, "record-moved", G_CALLBACK (moved_cb), log);
}

static char *
joined (GPtrArray *log)
{
  g_autoptr(GString) s = g_string_new (NULL);

  for (guint i = 0; i < log->len; i++)
    g_string_append_printf (s, "%s%s", i ? "\n" : "", (char *) g_ptr_array_index (log, i));
  return g_strdup (s->str);
}

/* Rules: the edit refuses the value, changes nothing and emits nothing;
 * the same value written into the records is a problem of the file at
 * `path` (so the loader refuses it too). */

typedef struct
{
  const char *name;
  gboolean  (*edit) (SkHistory *h, SkProject *p, GError **error);
  void      (*poke) (SkProject *p);   /* or NULL: the rule is the reader's */
  void      (*prepare) (SkProject *p);/* edits that lead up to the rule, or NULL */
  const char *path;                   /* a prefix of the problem's path */
} RuleCase;

static SkMatrix *nav (SkProject *p) { return sk_project_find_matrix (p, "nav-vertskommune"); }
static SkTimeline *ppt (SkProject *p) { return sk_project_find_timeline (p, "ppt"); }
static SkCostModel *bv (SkProject *p) { return sk_project_find_cost_model (p, "barnevern"); }
static SkTask *task (SkProject *p, guint i) { return g_ptr_array_index (ppt (p)->tasks, i); }
static void set_str (char **slot, const char *value) { g_free (*slot); *slot = g_strdup (value); }

#define EDIT(name) static gboolean edit_##name (SkHistory *h, SkProject *p, GError **error)
#define POKE(name) static void poke_##name (SkProject *p)

EDIT (number) { return sk_edit_set_municipality_number (h, p, "aurland", "46x1", error); }
POKE (number) { set_str (&((SkMunicipality *) g_ptr_array_index (sk_project_get_municipalities (p), 0))->number, "46x1"); }
EDIT (figure) { return sk_edit_set_municipality_figure (h, p, "aurland", "population", -1, NULL, error); }
POKE (figure) { sk_municipality_set_figure (g_ptr_array_index (sk_project_get_municipalities (p), 0), "population", -1, TRUE); }
EDIT (date) { return sk_edit_set_meeting_field (h, p, "styret-2025-11-03", SK_MEETING_FIELD_DATE, "2026-02-30", error); }
POKE (date) { set_str (&((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (p), 0))->date, "2026-02-30"); }
EDIT (time) { return sk_edit_set_meeting_field (h, p, "styret-2025-11-03", SK_MEETING_FIELD_START_TIME, "25:00", error); }
POKE (time) { set_str (&((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (p), 0))->start_time, "25:00"); }
EDIT (plan_meeting) { return sk_edit_set_plan_field (h, p, "oppfolging-samarbeid", SK_PLAN_FIELD_MEETING, "nope", error); }
POKE (plan_meeting) { set_str (&((SkPlanEntry *) g_ptr_array_index (sk_project_get_plan (p), 0))->meeting, "nope"); }
EDIT (plan_due) { return sk_edit_set_plan_field (h, p, "oppfolging-samarbeid", SK_PLAN_FIELD_DUE, "2026-13", error); }
POKE (plan_due) { set_str (&((SkPlanEntry *) g_ptr_array_index (sk_project_get_plan (p), 0))->due, "2026-13"); }
EDIT (link) { return sk_edit_add_item_link (h, p, "styret-2025-11-03", "opning", SK_LINK_MATRIX, "nope", error); }
POKE (link)
{
  SkItem *item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (p), 0))->items, 0);
  SkLink *link = sk_link_new ();

  link->id = g_strdup ("nope");
  g_ptr_array_add (item->links, link);
}
EDIT (duration) { return sk_edit_set_item_duration (h, p, "styret-2025-11-03", "opning", 1441, error); }
EDIT (scale_max) { return sk_edit_set_matrix_scale_max (h, p, "nav-vertskommune", 0, error); }
POKE (scale_max) { nav (p)->has_scale_max = TRUE; nav (p)->scale_max = 0; }
EDIT (scale_below_scores) { return sk_edit_set_matrix_scale_max (h, p, "nav-vertskommune", 3, error); }
POKE (scale_below_scores) { nav (p)->has_scale_max = TRUE; nav (p)->scale_max = 3; }
EDIT (weight_max) { return sk_edit_set_matrix_weight_max (h, p, "nav-vertskommune", -1, error); }
POKE (weight_max) { nav (p)->has_weight_max = TRUE; nav (p)->weight_max = -1; }
EDIT (weight_max_below) { return sk_edit_set_matrix_weight_max (h, p, "nav-vertskommune", 2, error); }
POKE (weight_max_below) { nav (p)->has_weight_max = TRUE; nav (p)->weight_max = 2; }
EDIT (weight) { return sk_edit_set_weight (h, p, "nav-vertskommune", "brukarnaerleik", 5.5, error); }
POKE (weight) { ((SkFactor *) g_ptr_array_index (nav (p)->factors, 0))->weight = 5.5; }
EDIT (score) { return sk_edit_set_score (h, p, "nav-vertskommune", "sogndal", "reiseveg", -0.5, error); }
POKE (score) { sk_candidate_set_score (g_ptr_array_index (nav (p)->candidates, 0), "reiseveg", -0.5); }
EDIT (score_factor) { return sk_edit_set_score (h, p, "nav-vertskommune", "sogndal", "nope", 1, error); }
POKE (score_factor) { sk_candidate_set_score (g_ptr_array_index (nav (p)->candidates, 0), "nope", 1); }
static void
prepare_last_factor (SkProject *p)
{
  SkMatrix *m = nav (p);

  while (m->factors->len > 1)
    g_assert_true (sk_edit_remove_factor (NULL, p, m->id, ((SkFactor *) g_ptr_array_index (m->factors, 0))->id, NULL));
}
EDIT (last_factor) { return sk_edit_remove_factor (h, p, "nav-vertskommune", ((SkFactor *) g_ptr_array_index (nav (p)->factors, 0))->id, error); }
POKE (last_factor) { g_ptr_array_set_size (nav (p)->factors, 0); }
EDIT (candidate) { return sk_edit_add_candidate (h, p, "nav-vertskommune", "nope", error); }
POKE (candidate) { set_str (&((SkCandidate *) g_ptr_array_index (nav (p)->candidates, 0))->municipality, "nope"); }
EDIT (candidate_twice) { return sk_edit_add_candidate (h, p, "nav-vertskommune", "ardal", error); }
POKE (candidate_twice) { set_str (&((SkCandidate *) g_ptr_array_index (nav (p)->candidates, 0))->municipality, "ardal"); }
EDIT (span) { return sk_edit_set_task_dates (h, p, "ppt", "innsikt", "2025-12-09", "2025-09-03", error); }
POKE (span) { set_str (&task (p, 1)->end, "2025-09-01"); }
EDIT (task_date) { return sk_edit_set_task_dates (h, p, "ppt", "innsikt", "2025-09-03", "2025-09-31", error); }
POKE (task_date) { set_str (&task (p, 1)->end, "2025-09-31"); }
EDIT (milestone) { return sk_edit_set_task_dates (h, p, "ppt", "oppstart", "2025-09-03", "2025-09-04", error); }
POKE (milestone) { set_str (&task (p, 0)->end, "2025-09-04"); }
EDIT (progress) { return sk_edit_set_task_progress (h, p, "ppt", "innsikt", 100.5, error); }
POKE (progress) { task (p, 1)->progress = 100.5; }
EDIT (parent) { return sk_edit_set_task_parent (h, p, "ppt", "oppstart", "nope", error); }
POKE (parent) { set_str (&task (p, 0)->parent, "nope"); }
EDIT (parent_milestone) { return sk_edit_set_task_parent (h, p, "ppt", "innsikt", "oppstart", error); }
POKE (parent_milestone) { set_str (&task (p, 1)->parent, "oppstart"); }
EDIT (phase_milestone) { return sk_edit_set_task_milestone (h, p, "ppt", "innsikt", TRUE, error); }
POKE (phase_milestone) { task (p, 1)->milestone = TRUE; set_str (&task (p, 1)->end, task (p, 1)->start); }
EDIT (parent_cycle) { return sk_edit_set_task_parent (h, p, "ppt", "innsikt", "intervju", error); }
POKE (parent_cycle) { set_str (&task (p, 1)->parent, "intervju"); }
EDIT (parent_self) { return sk_edit_set_task_parent (h, p, "ppt", "innsikt", "innsikt", error); }
POKE (parent_self) { set_str (&task (p, 1)->parent, "innsikt"); }
EDIT (depends_self) { return sk_edit_add_dependency (h, p, "ppt", "innsikt", "innsikt", error); }
POKE (depends_self) { g_ptr_array_add (task (p, 1)->depends_on, g_strdup ("innsikt")); }
EDIT (depends_missing) { return sk_edit_add_dependency (h, p, "ppt", "innsikt", "nope", error); }
POKE (depends_missing) { g_ptr_array_add (task (p, 1)->depends_on, g_strdup ("nope")); }
EDIT (depends_cycle) { return sk_edit_add_dependency (h, p, "ppt", "oppstart", "okt2", error); }
POKE (depends_cycle) { g_ptr_array_add (task (p, 0)->depends_on, g_strdup ("okt2")); }
EDIT (total) { return sk_edit_set_total (h, p, "barnevern", NULL, -1, error); }
POKE (total) { bv (p)->total_kr = -1; }
EDIT (scenario_total) { return sk_edit_set_total (h, p, "barnevern", "folketal", -1, error); }
POKE (scenario_total)
{
  SkScenario *s = g_ptr_array_index (bv (p)->scenarios, 0);

  s->has_total = TRUE;
  s->total_kr = -1;
}
EDIT (fixed) { return sk_edit_set_fixed_percent (h, p, "barnevern", NULL, 100.5, error); }
POKE (fixed) { bv (p)->fixed_percent = 100.5; }
EDIT (fixed_decimals) { return sk_edit_set_fixed_percent (h, p, "barnevern", NULL, 25.12345, error); }
POKE (fixed_decimals) { bv (p)->fixed_percent = 25.12345; }
static void
prepare_criteria_required (SkProject *p)
{
  g_assert_true (sk_edit_set_fixed_percent (NULL, p, "barnevern", NULL, 100, NULL));
  g_assert_true (sk_edit_remove_criterion (NULL, p, "barnevern", NULL, 0, NULL));
}
EDIT (criteria_required) { return sk_edit_set_fixed_percent (h, p, "barnevern", NULL, 50, error); }
POKE (criteria_required) { bv (p)->fixed_percent = 50; }
EDIT (last_criterion) { return sk_edit_remove_criterion (h, p, "barnevern", NULL, 0, error); }
POKE (last_criterion) { g_ptr_array_set_size (bv (p)->criteria, 0); }
EDIT (criterion_weight) { return sk_edit_set_criterion_weight (h, p, "barnevern", NULL, 0, 0, error); }
POKE (criterion_weight) { ((SkCriterion *) g_ptr_array_index (bv (p)->criteria, 0))->weight = 0; }
EDIT (criterion_decimals) { return sk_edit_set_criterion_weight (h, p, "barnevern", "folketal", 0, 1.00001, error); }
POKE (criterion_decimals)
{
  SkScenario *s = g_ptr_array_index (bv (p)->scenarios, 0);

  ((SkCriterion *) g_ptr_array_index (s->criteria, 0))->weight = 1.00001;
}
EDIT (participant) { return sk_edit_add_participant (h, p, "barnevern", NULL, "nope", error); }
POKE (participant) { g_ptr_array_add (bv (p)->participants, g_strdup ("nope")); }
EDIT (participant_twice) { return sk_edit_add_participant (h, p, "barnevern", NULL, "vik", error); }
POKE (participant_twice) { g_ptr_array_add (bv (p)->participants, g_strdup ("vik")); }
static void
prepare_last_participant (SkProject *p)
{
  SkCostModel *m = bv (p);

  while (m->participants->len > 1)
    g_assert_true (sk_edit_remove_participant (NULL, p, m->id, NULL, g_ptr_array_index (m->participants, 0), NULL));
}
EDIT (last_participant) { return sk_edit_remove_participant (h, p, "barnevern", NULL, g_ptr_array_index (bv (p)->participants, 0), error); }
POKE (last_participant) { g_ptr_array_set_size (bv (p)->participants, 0); }
EDIT (member_in_use) { return sk_edit_remove_municipality (h, p, "sogndal", error); }

#define RULE(name, path) { #name, edit_##name, poke_##name, NULL, path }
#define PREPARED_RULE(name, path) { #name, edit_##name, poke_##name, prepare_##name, path }
#define READER_RULE(name) { #name, edit_##name, NULL, NULL, NULL }

static const RuleCase rules[] = {
  RULE (number, "$.municipalities[0].number"),
  RULE (figure, "$.municipalities[0].figures.population"),
  RULE (date, "$.meetings[0].date"),
  RULE (time, "$.meetings[0].start_time"),
  RULE (plan_meeting, "$.plan[0].meeting"),
  RULE (plan_due, "$.plan[0].due"),
  RULE (link, "$.meetings[0].items[0].links[0].id"),
  READER_RULE (duration),
  RULE (scale_max, "$.matrices[0].scale_max"),
  RULE (scale_below_scores, "$.matrices[0].candidates[0].scores."),
  RULE (weight_max, "$.matrices[0].weight_max"),
  RULE (weight_max_below, "$.matrices[0].factors[0].weight"),
  RULE (weight, "$.matrices[0].factors[0].weight"),
  RULE (score, "$.matrices[0].candidates[0].scores.reiseveg"),
  RULE (score_factor, "$.matrices[0].candidates[0].scores.nope"),
  PREPARED_RULE (last_factor, "$.matrices[0].factors"),
  RULE (candidate, "$.matrices[0].candidates[0].municipality"),
  RULE (candidate_twice, "$.matrices[0].candidates[1].municipality"),
  RULE (span, "$.timelines[0].tasks[1].end"),
  RULE (task_date, "$.timelines[0].tasks[1].end"),
  RULE (milestone, "$.timelines[0].tasks[0].end"),
  RULE (progress, "$.timelines[0].tasks[1].progress"),
  RULE (parent, "$.timelines[0].tasks[0].parent"),
  RULE (parent_milestone, "$.timelines[0].tasks[1].parent"),
  RULE (phase_milestone, "$.timelines[0].tasks[2].parent"),
  RULE (parent_cycle, "$.timelines[0].tasks[1].parent"),
  RULE (parent_self, "$.timelines[0].tasks[1].parent"),
  RULE (depends_self, "$.timelines[0].tasks[1].depends_on[0]"),
  RULE (depends_missing, "$.timelines[0].tasks[1].depends_on[0]"),
  RULE (depends_cycle, "$.timelines[0].tasks["),
  RULE (total, "$.cost_models[0].total_kr"),
  RULE (scenario_total, "$.cost_models[0].scenarios[0].total_kr"),
  RULE (fixed, "$.cost_models[0].fixed_percent"),
  RULE (fixed_decimals, "$.cost_models[0].fixed_percent"),
  PREPARED_RULE (criteria_required, "$.cost_models[0].criteria"),
  RULE (last_criterion, "$.cost_models[0].criteria"),
  RULE (criterion_weight, "$.cost_models[0].criteria[0].weight"),
  RULE (criterion_decimals, "$.cost_models[0].scenarios[0].criteria[0].weight"),
  RULE (participant, "$.cost_models[0].participants[6]"),
  RULE (participant_twice, "$.cost_models[0].participants[6]"),
  PREPARED_RULE (last_participant, "$.cost_models[0].participants"),
  READER_RULE (member_in_use),
};

static void
test_rule (gconstpointer data)
{
  const RuleCase *rule = data;
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (rule->prepare != NULL)
    rule->prepare (project);
  before = sk_project_to_data (project, NULL);
  listen (project, log);
  g_assert_false (rule->edit (history, project, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == SK_PROJECT_ERROR);
  g_test_message ("%s", error->message);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 0);
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (log->len, ==, 0);
  g_signal_handlers_disconnect_by_data (project, log);

  if (rule->poke != NULL)
    {
      g_autoptr(SkProject) other = load_example ();
      g_autoptr(GPtrArray) problems = NULL;
      gboolean found = FALSE;

      if (rule->prepare != NULL)
        rule->prepare (other);
      rule->poke (other);
      problems = sk_project_check (other);
      for (guint i = 0; i < problems->len && !found; i++)
        {
          SkProblem *problem = g_ptr_array_index (problems, i);

          found = !problem->soft && g_str_has_prefix (problem->path, rule->path);
        }
      if (!found)
        for (guint i = 0; i < problems->len; i++)
          g_test_message ("%s", ((SkProblem *) g_ptr_array_index (problems, i))->path);
      g_assert_true (found);
    }
}

/* Signals: each edit emits exactly these, and its undo the same records
 * in reverse. */

typedef struct
{
  const char *name;
  gboolean  (*edit) (SkHistory *h, SkProject *p, GError **error);
  const char *expected;
} SignalCase;

EDIT (s_weight) { return sk_edit_set_weight (h, p, "nav-vertskommune", "reiseveg", 4, error); }
EDIT (s_score) { return sk_edit_set_score (h, p, "nav-vertskommune", "ardal", "lokale", 1.5, error); }
EDIT (s_add_factor) { return sk_edit_add_factor (h, p, "nav-vertskommune", "Kostnad", 2, NULL, error); }
EDIT (s_remove_factor) { return sk_edit_remove_factor (h, p, "nav-vertskommune", "lokale", error); }
EDIT (s_candidate) { return sk_edit_add_candidate (h, p, "nav-vertskommune", "vik", error); }
EDIT (s_move_item) { return sk_edit_move_item (h, p, "styret-2025-11-03", "ymse", 0, error); }
EDIT (s_decision)
{
  return sk_edit_set_item_field (h, p, "styret-2025-11-03", "barnevern", SK_ITEM_FIELD_DECISION, "Vedteke.", error);
}
EDIT (s_record_decision)
{
  return sk_edit_record_decision (h, p, "styret-2025-11-03", "nav", "Styret vel Sogndal.", "2025-11-03T11:40", error);
}
EDIT (s_attach) { return sk_edit_add_attachment (h, p, "styret-2025-11-03", "nav", "Rapport", NULL, error); }
EDIT (s_add_item) { return sk_edit_add_item (h, p, "styret-2026-02-10", "Ny sak", SK_ITEM_DECISION, -1, NULL, error); }
EDIT (s_remove_meeting) { return sk_edit_remove_meeting (h, p, "styret-2026-02-10", error); }
EDIT (s_plan) { return sk_edit_set_plan_field (h, p, "velferdsteknologi", SK_PLAN_FIELD_DUE, "2026-Q3", error); }
EDIT (s_dates) { return sk_edit_set_task_dates (h, p, "ppt", "innsikt", "2025-09-04", "2025-12-10", error); }
EDIT (s_shift) { return sk_edit_shift_task (h, p, "nav", "avtale", 7, TRUE, error); }
EDIT (s_shift_alone) { return sk_edit_shift_task (h, p, "nav", "avtale", 7, FALSE, error); }
EDIT (s_dependency) { return sk_edit_add_dependency (h, p, "nav", "tilsette", "rapport", error); }
EDIT (s_parent) { return sk_edit_set_task_parent (h, p, "ppt", "losing", "innsikt", error); }
EDIT (s_remove_task) { return sk_edit_remove_task (h, p, "ppt", "okt1", error); }
EDIT (s_fixed) { return sk_edit_set_fixed_percent (h, p, "barnevern", "folketal", 30, error); }
EDIT (s_own_criteria) { return sk_edit_set_criterion_weight (h, p, "barnevern", "27-arsverk", 0, 2, error); }
EDIT (s_participant) { return sk_edit_remove_participant (h, p, "skog", "hovudregel", "vik", error); }
EDIT (s_total) { return sk_edit_set_total (h, p, "barnevern", NULL, 1000, error); }
EDIT (s_title) { return sk_edit_set_project_title (h, p, "Sogn KO", error); }
EDIT (s_figure) { return sk_edit_set_municipality_figure (h, p, "vik", "population", 2600, "Entered by hand", error); }
EDIT (s_remove_matrix) { return sk_edit_remove_matrix (h, p, "skog-vertskommune", error); }

static const SignalCase signal_cases[] = {
  { "weight", edit_s_weight, "changed factor nav-vertskommune/reiseveg weight" },
  { "score", edit_s_score, "changed candidate nav-vertskommune/ardal scores.lokale" },
  { "add-factor", edit_s_add_factor, "inserted factor nav-vertskommune/factor-8 7" },
  { "remove-factor", edit_s_remove_factor,
    "changed candidate nav-vertskommune/sogndal scores.lokale\n"
    "changed candidate nav-vertskommune/ardal scores.lokale\n"
    "removed factor nav-vertskommune/lokale 4" },
  { "add-candidate", edit_s_candidate, "inserted candidate nav-vertskommune/vik 2" },
  { "move-item", edit_s_move_item, "moved item styret-2025-11-03/ymse 14 0" },
  { "decision", edit_s_decision, "changed item styret-2025-11-03/barnevern decision" },
  { "record-decision", edit_s_record_decision,
    "changed item styret-2025-11-03/nav decision\nchanged item styret-2025-11-03/nav decided_at" },
  { "attach", edit_s_attach, "inserted attachment styret-2025-11-03/nav/0 0" },
  { "add-item", edit_s_add_item, "inserted item styret-2026-02-10/item-1 0" },
  { "remove-meeting", edit_s_remove_meeting,
    "changed plan-entry nav-avtale meeting\n"
    "changed plan-entry rekneskap meeting\n"
    "removed meeting styret-2026-02-10 1" },
  { "plan-due", edit_s_plan, "changed plan-entry velferdsteknologi due" },
  { "task-dates", edit_s_dates, "changed task ppt/innsikt start\nchanged task ppt/innsikt end" },
  { "shift-with-successors", edit_s_shift,
    "changed task nav/avtale start\nchanged task nav/avtale end\n"
    "changed task nav/styret-0210 start\nchanged task nav/styret-0210 end\n"
    "changed task nav/politisk start\nchanged task nav/politisk end" },
  { "shift-alone", edit_s_shift_alone, "changed task nav/avtale start\nchanged task nav/avtale end" },
  { "dependency", edit_s_dependency, "inserted dependency nav/tilsette/rapport 0" },
  { "parent", edit_s_parent, "changed task ppt/losing parent" },
  { "remove-task", edit_s_remove_task,
    "removed dependency ppt/okt2/okt1 0\n"
    "removed task ppt/okt1 2" },
  { "scenario-fixed", edit_s_fixed, "changed scenario barnevern/folketal fixed_percent" },
  { "scenario-own-criteria", edit_s_own_criteria,
    "changed scenario barnevern/27-arsverk criteria\n"
    "changed criterion barnevern/27-arsverk/0 weight" },
  { "scenario-participant", edit_s_participant,
    "changed scenario skog/hovudregel participants\n"
    "removed participant skog/hovudregel/vik 4" },
  { "total", edit_s_total, "changed cost-model barnevern total_kr" },
  { "project-title", edit_s_title, "changed project  title" },
  { "figure", edit_s_figure, "changed municipality vik figures.population\nchanged municipality vik figure_sources" },
  { "remove-matrix", edit_s_remove_matrix,
    "removed link styret-2025-11-03/skog/skog-vertskommune 0\n"
    "removed matrix skog-vertskommune 1" },
};

static void
test_signals (gconstpointer data)
{
  const SignalCase *c = data;
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autofree char *got = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GString) reverse = g_string_new (NULL);

  listen (project, log);
  g_assert_true (c->edit (history, project, &error));
  g_assert_no_error (error);
  got = joined (log);
  g_assert_cmpstr (got, ==, c->expected);

  /* Undo: the same records, last first, each change the other way. */
  g_ptr_array_set_size (log, 0);
  g_assert_true (sk_history_undo (history));
  undone = joined (log);
  lines = g_strsplit (c->expected, "\n", -1);
  for (guint i = g_strv_length (lines); i > 0; i--)
    {
      const char *line = lines[i - 1];
      g_autofree char *turned = NULL;

      if (g_str_has_prefix (line, "inserted "))
        turned = g_strconcat ("removed ", line + 9, NULL);
      else if (g_str_has_prefix (line, "removed "))
        turned = g_strconcat ("inserted ", line + 8, NULL);
      else if (g_str_has_prefix (line, "moved "))
        {
          g_auto(GStrv) w = g_strsplit (line, " ", -1);

          turned = g_strdup_printf ("moved %s %s %s %s", w[1], w[2], w[4], w[3]);
        }
      else
        turned = g_strdup (line);
      g_string_append_printf (reverse, "%s%s", reverse->len ? "\n" : "", turned);
    }
  g_assert_cmpstr (undone, ==, reverse->str);

  g_ptr_array_set_size (log, 0);
  g_assert_true (sk_history_redo (history));
  redone = joined (log);
  g_assert_cmpstr (redone, ==, c->expected);
  g_signal_handlers_disconnect_by_data (project, log);
}

/* Moving a task takes the tasks after it along, each once, and only with
 * `successors`; the others stay. */
static void
test_shift_successors (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(GError) error = NULL;
  SkTimeline *t = sk_project_find_timeline (project, "nav");
  g_autofree char *planning_before = g_strdup (((SkTask *) g_ptr_array_index (t->tasks, 9))->start);

  g_assert_true (sk_edit_shift_task (NULL, project, "nav", "styret-1020", -3, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (((SkTask *) g_ptr_array_index (t->tasks, 9))->start, ==, planning_before);
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);
      GDate s, e;

      g_assert_true (sk_date_parse (task->start, &s));
      g_assert_true (sk_date_parse (task->end, &e));
      g_assert_cmpint (g_date_compare (&s, &e), <=, 0);
    }
  /* A move beyond the years a date may have is refused whole. */
  {
    g_autofree char *before = sk_project_to_data (project, NULL);
    g_autofree char *after = NULL;

    g_assert_false (sk_edit_shift_task (NULL, project, "nav", "rapport", 200 * 366, TRUE, &error));
    g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
    after = sk_project_to_data (project, NULL);
    g_assert_cmpstr (after, ==, before);
  }
}

/* The cycle check of the core finds a loop through several links, and
 * lets a link that closes none through. */
static void
test_cycle (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(GError) error = NULL;

  /* handsaming ← ferdig ← tilbakemelding ← losingsokt: tying losingsokt
   * to handsaming closes a loop of four. */
  {
    SkTimeline *t = sk_project_find_timeline (project, "ppt");
    SkTask *losingsokt = g_ptr_array_index (t->tasks, 7);
    guint links = losingsokt->depends_on->len;

    g_assert_cmpstr (losingsokt->id, ==, "losingsokt");
    g_assert_true (sk_timeline_link_would_cycle (t, losingsokt, "handsaming"));
    g_assert_false (sk_timeline_link_would_cycle (t, losingsokt, "oppstart"));
    g_assert_cmpuint (losingsokt->depends_on->len, ==, links);
  }
  g_assert_false (sk_edit_add_dependency (NULL, project, "ppt", "losingsokt", "handsaming", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sk_edit_add_dependency (NULL, project, "ppt", "handsaming", "oppstart", &error));
  g_assert_no_error (error);
  g_assert_false (sk_timeline_has_cycle (sk_project_find_timeline (project, "ppt")));
}

/* The decision and its time are one step; undone, the item is as it was
 * to the byte, and taking the decision away takes its time too. */
static void
test_record_decision (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *after = NULL;
  SkItem *item = g_ptr_array_index (sk_project_find_meeting (project, "styret-2025-11-03")->items, 5);

  g_assert_true (sk_edit_record_decision (history, project, "styret-2025-11-03", item->id, "Vedteke.",
                                          "2025-11-03T11:40", NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (item->decision, ==, "Vedteke.");
  g_assert_cmpstr (json_object_get_string_member (item->extra, "decided_at"), ==, "2025-11-03T11:40");
  g_assert_true (sk_edit_record_decision (history, project, "styret-2025-11-03", item->id, "", NULL, NULL));
  g_assert_null (item->decision);
  g_assert_false (item->extra != NULL && json_object_has_member (item->extra, "decided_at"));
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_undo (history));
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* Without a history the edit is made all the same, and recorded nowhere;
 * a history of another project is refused. */
static void
test_no_history (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) other = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (other);

  g_assert_true (sk_edit_set_weight (NULL, project, "nav-vertskommune", "reiseveg", 1, NULL));
  g_assert_cmpfloat (((SkFactor *) g_ptr_array_index (sk_project_find_matrix (project, "nav-vertskommune")->factors,
                                                      2))->weight, ==, 1);
  if (g_test_subprocess ())
    {
      sk_edit_set_weight (history, project, "nav-vertskommune", "reiseveg", 2, NULL);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stderr ("*sk_history_get_project*");
}

/* A variant: a copy beside the matrix, one step; refused without a
 * title; undone, the project is as it was to the byte. */
static void
test_copy_matrix (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *after = NULL;
  g_autofree char *id = NULL;
  g_autofree char *got = NULL;
  g_autoptr(GError) error = NULL;
  SkMatrix *copy;

  listen (project, log);
  g_assert_false (sk_edit_copy_matrix (history, project, "nav-vertskommune", "", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_edit_copy_matrix (history, project, "nope", "Variant", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (log->len, ==, 0);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 0);

  g_assert_true (sk_edit_copy_matrix (history, project, "nav-vertskommune", "NAV — variant", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "nav-vertskommune-variant-2");
  got = joined (log);
  g_assert_cmpstr (got, ==, "inserted matrix nav-vertskommune-variant-2 1");
  copy = sk_project_find_matrix (project, id);
  g_assert_nonnull (copy);
  g_assert_cmpstr (copy->title, ==, "NAV — variant");
  g_assert_cmpuint (copy->factors->len, ==, nav (project)->factors->len);
  g_assert_true (copy != nav (project));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);

  g_assert_true (sk_history_undo (history));
  g_assert_null (sk_project_find_matrix (project, id));
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (sk_history_redo (history));
  g_assert_nonnull (sk_project_find_matrix (project, id));
  g_signal_handlers_disconnect_by_data (project, log);
}

/* The values as prepared back in one step, and out of range for the
 * highest weight now refused with the path of the weight. */
static void
test_restore_matrix (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  SkMatrix *prepared = sk_matrix_copy (nav (project));
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *changed = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GError) error = NULL;
  SkFactor *f0 = g_ptr_array_index (nav (project)->factors, 0);
  SkCandidate *c0 = g_ptr_array_index (nav (project)->candidates, 0);
  double w0 = f0->weight;

  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", f0->id, w0 == 1 ? 2 : 1, NULL));
  g_assert_true (sk_edit_set_score (history, project, "nav-vertskommune", c0->municipality, f0->id, 0.5, NULL));
  changed = sk_project_to_data (project, NULL);

  g_assert_true (sk_edit_restore_matrix (history, project, "nav-vertskommune", prepared, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 3);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Restore «Vertskommune for Nav region Sogn» as Prepared");
  now = sk_project_to_data (project, NULL);
  g_assert_cmpstr (now, ==, before);
  g_clear_pointer (&now, g_free);

  /* Nothing differs: nothing recorded. */
  g_assert_true (sk_edit_restore_matrix (history, project, "nav-vertskommune", prepared, NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 3);

  g_assert_true (sk_history_undo (history));
  now = sk_project_to_data (project, NULL);
  g_assert_cmpstr (now, ==, changed);
  g_clear_pointer (&now, g_free);
  g_assert_true (sk_history_redo (history));
  now = sk_project_to_data (project, NULL);
  g_assert_cmpstr (now, ==, before);
  g_clear_pointer (&now, g_free);

  /* A weight as prepared above the highest weight now. */
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", f0->id, 0, NULL));
  ((SkFactor *) g_ptr_array_index (prepared->factors, 0))->weight = 100;
  g_assert_false (sk_edit_restore_matrix (history, project, "nav-vertskommune", prepared, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, f0->name));
  g_assert_null (strstr (error->message, "$."));
  g_assert_cmpfloat (f0->weight, ==, 0);
  g_clear_error (&error);
  /* Another matrix's values are not this one's. */
  g_assert_false (sk_edit_restore_matrix (history, project, "skog-vertskommune", prepared, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  sk_matrix_free (prepared);
}

/* A factor's name and note in one step; a name left empty refused. */
static void
test_factor_text (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  SkFactor *f = g_ptr_array_index (nav (project)->factors, 1);
  g_autofree char *name = g_strdup (f->name);
  g_autofree char *note = g_strdup (f->note);

  g_assert_false (sk_edit_set_factor_text (history, project, "nav-vertskommune", f->id, "", "x", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_cmpstr (f->name, ==, name);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 0);
  g_assert_true (sk_edit_set_factor_text (history, project, "nav-vertskommune", f->id, "Nytt namn", "Ny merknad", NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (f->name, ==, "Nytt namn");
  g_assert_cmpstr (f->note, ==, "Ny merknad");
  g_assert_true (sk_history_undo (history));
  g_assert_cmpstr (f->name, ==, name);
  g_assert_cmpstr (f->note, ==, note);
  g_assert_true (sk_history_redo (history));
  g_assert_cmpstr (f->name, ==, "Nytt namn");
  /* An empty note takes it away. */
  g_assert_true (sk_edit_set_factor_text (history, project, "nav-vertskommune", f->id, "Nytt namn", "", NULL));
  g_assert_null (f->note);
}

/* A Planner project imported into a timeline: its tasks under ids of
 * their own there, their links following them, one step that undo takes
 * back to the byte and redo makes again; an import into no timeline, or
 * of nothing, is refused and changes nothing. */
static const char planner_xml[] =
  "<?xml version=\"1.0\"?>\n"
  "<project name=\"Innkjøp\" mrproject-version=\"2\"><tasks>\n"
  "<task id=\"1\" name=\"A\" start=\"20251006T000000Z\" end=\"20251006T170000Z\" work-start=\"20251006T080000Z\" type=\"normal\"/>\n"
  "<task id=\"2\" name=\"B\" start=\"20251006T170000Z\" end=\"20251007T170000Z\" work-start=\"20251007T080000Z\" type=\"normal\">\n"
  "<predecessors><predecessor id=\"1\" predecessor-id=\"1\" type=\"FS\"/></predecessors></task>\n"
  "</tasks></project>\n";

static SkTimeline *
planner_timeline (void)
{
  g_autoptr(GError) error = NULL;
  SkTimeline *t = sk_planner_import (planner_xml, strlen (planner_xml), "planner", NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (t);
  g_assert_cmpuint (t->tasks->len, ==, 2);
  return t;
}

static void
test_import_timeline (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *once = NULL;
  g_autofree char *after = NULL;
  g_autofree char *id = NULL;
  SkTimeline *t = sk_project_find_timeline (project, "ppt");
  guint n = t->tasks->len, timelines = sk_project_get_timelines (project)->len;
  SkTask *a2, *b2;

  g_assert_true (sk_edit_import_timeline (history, project, "ppt", planner_timeline (), &id, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (id, ==, "ppt");
  g_assert_cmpuint (t->tasks->len, ==, n + 2);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Import «Innkjøp» into «PPT – innsikt og vidare prosess»");
  once = sk_project_to_data (project, NULL);
  /* Again: the same ids are taken now, so the second ones get others,
   * and B's link follows A's new id. */
  g_assert_true (sk_edit_import_timeline (history, project, "ppt", planner_timeline (), NULL, &error));
  g_assert_cmpuint (t->tasks->len, ==, n + 4);
  a2 = g_ptr_array_index (t->tasks, n + 2);
  b2 = g_ptr_array_index (t->tasks, n + 3);
  g_assert_cmpstr (a2->id, !=, ((SkTask *) g_ptr_array_index (t->tasks, n))->id);
  g_assert_cmpstr (b2->id, !=, ((SkTask *) g_ptr_array_index (t->tasks, n + 1))->id);
  g_assert_cmpuint (b2->depends_on->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (b2->depends_on, 0), ==, a2->id);
  {
    g_autoptr(GPtrArray) problems = sk_project_check (project);

    g_assert_cmpuint (problems->len, ==, 0);
  }

  /* Refused: no such timeline; changes nothing. */
  g_assert_false (sk_edit_import_timeline (history, project, "nowhere", planner_timeline (), NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);

  g_assert_true (sk_history_undo (history));
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, once);
  g_clear_pointer (&after, g_free);
  g_assert_true (sk_history_undo (history));
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
  g_clear_pointer (&after, g_free);
  g_assert_true (sk_history_redo (history));
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, once);

  /* As a new timeline of its own. */
  g_clear_pointer (&id, g_free);
  g_assert_true (sk_edit_import_timeline (history, project, NULL, planner_timeline (), &id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_project_get_timelines (project)->len, ==, timelines + 1);
  g_assert_nonnull (sk_project_find_timeline (project, id));
  g_assert_true (sk_history_undo (history));
  g_assert_cmpuint (sk_project_get_timelines (project)->len, ==, timelines);
  g_assert_null (sk_project_find_timeline (project, id));
}

/* A task added in a phase is one step; a milestone is no phase. */
static void
test_add_task_in (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *after = NULL;
  g_autofree char *id = NULL;
  SkTimeline *t = sk_project_find_timeline (project, "ppt");
  const char *phase = NULL, *milestone = NULL;
  SkTask *task;

  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *other = g_ptr_array_index (t->tasks, i);

      if (other->milestone && milestone == NULL)
        milestone = other->id;
      if (!other->milestone && phase == NULL)
        phase = other->id;
    }
  g_assert_nonnull (milestone);
  g_assert_false (sk_edit_add_task_in (history, project, "ppt", "Ny", "2025-10-01", "2025-10-02", FALSE, milestone,
                                       NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 0);
  g_assert_true (sk_edit_add_task_in (history, project, "ppt", "Ny", "2025-10-01", "2025-10-02", FALSE, phase,
                                      &id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Add «Ny»");
  task = g_ptr_array_index (t->tasks, t->tasks->len - 1);
  g_assert_cmpstr (task->id, ==, id);
  g_assert_cmpstr (task->parent, ==, phase);
  g_assert_true (sk_history_undo (history));
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* The meeting dialog's edit: every field as one step, refused whole on a
 * bad value, a changed meeting a new version for calendars; undone to
 * the byte and redone. */
static void
test_set_meeting (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *after = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GError) error = NULL;
  SkMeeting *m = sk_project_find_meeting (project, "styret-2026-02-10");
  SkMeetingValues bad = { m->body, "Budsjettmøte", "2026-02-31", "09:00", "Leikanger", SK_MODE_HYBRID };
  SkMeetingValues good = { m->body, "Budsjettmøte", "2026-02-11", "10:30", "Leikanger", SK_MODE_HYBRID };
  g_autofree char *id = NULL;

  g_assert_false (sk_edit_set_meeting (history, project, m->id, &bad, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 0);
  g_assert_cmpstr (m->date, ==, "2026-02-10");

  g_assert_true (sk_edit_set_meeting (history, project, m->id, &good, NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Edit the Meeting");
  g_assert_cmpstr (m->date, ==, "2026-02-11");
  g_assert_cmpstr (m->start_time, ==, "10:30");
  g_assert_cmpstr (m->location, ==, "Leikanger");
  g_assert_cmpint (m->mode, ==, SK_MODE_HYBRID);
  g_assert_cmpint (json_object_get_int_member (m->extra, "ical_sequence"), ==, 1);
  after = sk_project_to_data (project, NULL);
  /* The same values again: nothing to do. */
  g_assert_true (sk_edit_set_meeting (history, project, m->id, &good, NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);

  g_assert_true (sk_history_undo (history));
  g_assert_false (sk_history_get_can_undo (history));
  {
    g_autofree char *undone = sk_project_to_data (project, NULL);

    g_assert_cmpstr (undone, ==, before);
  }
  g_assert_true (sk_history_redo (history));
  redone = sk_project_to_data (project, NULL);
  g_assert_cmpstr (redone, ==, after);

  /* A new one: one step, its fields all there. */
  g_assert_false (sk_edit_add_meeting_with (history, project, &bad, &id, NULL));
  g_assert_null (id);
  g_assert_true (sk_edit_add_meeting_with (history, project, &good, &id, NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);
  g_assert_cmpstr (sk_project_find_meeting (project, id)->location, ==, "Leikanger");
  g_assert_true (sk_history_undo (history));
  g_assert_null (sk_project_find_meeting (project, id));
}

/* A planned matter's dialog: new and changed, each one step; a bad due
 * date refused. */
static void
test_set_plan_entry (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  guint n = sk_project_get_plan (project)->len;
  SkPlanEntry *entry;

  g_assert_false (sk_edit_set_plan_entry (history, project, NULL, "Ny sak", NULL, "2026-13", NULL, &id, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_cmpuint (sk_project_get_plan (project)->len, ==, n);
  g_assert_true (sk_edit_set_plan_entry (history, project, NULL, "Ny sak", "styret-2026-04-07", "2026-Q2",
                                         "Notat", &id, NULL));
  g_assert_cmpuint (sk_project_get_plan (project)->len, ==, n + 1);
  entry = g_ptr_array_index (sk_project_get_plan (project), n);
  g_assert_cmpstr (entry->id, ==, id);
  g_assert_cmpstr (entry->meeting, ==, "styret-2026-04-07");
  g_assert_true (sk_edit_set_plan_entry (history, project, id, "Ny sak 2", NULL, "", "", NULL, NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);
  g_assert_cmpstr (entry->title, ==, "Ny sak 2");
  g_assert_null (entry->meeting);
  g_assert_null (entry->due);
  g_assert_null (entry->note);
  g_assert_true (sk_history_undo (history));
  g_assert_cmpstr (entry->title, ==, "Ny sak");
  g_assert_cmpstr (entry->note, ==, "Notat");
  g_assert_true (sk_history_undo (history));
  {
    g_autofree char *undone = sk_project_to_data (project, NULL);

    g_assert_cmpstr (undone, ==, before);
  }
  g_assert_true (sk_history_redo (history));
  g_assert_cmpuint (sk_project_get_plan (project)->len, ==, n + 1);
}

/* "Put on the Agenda": the item added and the matter gone from the plan,
 * one step; an unknown matter refused. */
static void
test_put_plan_on_agenda (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  SkMeeting *m = sk_project_find_meeting (project, "styret-2026-02-10");
  SkPlanEntry *entry = g_ptr_array_index (sk_project_get_plan (project), 0);
  g_autofree char *title = g_strdup (entry->title);
  guint n = sk_project_get_plan (project)->len;
  SkItem *item;

  g_assert_false (sk_edit_put_plan_on_agenda (history, project, "no-such-plan", m->id, NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND);
  g_assert_true (sk_edit_put_plan_on_agenda (history, project, entry->id, m->id, &id, NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);
  g_assert_cmpuint (m->items->len, ==, 1);
  item = g_ptr_array_index (m->items, 0);
  g_assert_cmpstr (item->id, ==, id);
  g_assert_cmpstr (item->title, ==, title);
  g_assert_cmpint (item->kind, ==, SK_ITEM_DISCUSSION);
  g_assert_cmpuint (sk_project_get_plan (project)->len, ==, n - 1);
  g_assert_true (sk_history_undo (history));
  {
    g_autofree char *undone = sk_project_to_data (project, NULL);

    g_assert_cmpstr (undone, ==, before);
  }
  g_assert_true (sk_history_redo (history));
  g_assert_cmpuint (m->items->len, ==, 1);
  g_assert_cmpuint (sk_project_get_plan (project)->len, ==, n - 1);
}

/* Added, a participant comes last (where taking it in puts it at its
 * place among the members); added again, it is refused. */
static void
test_add_participant (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  GPtrArray *p = bv (project)->participants;

  g_assert_true (sk_edit_set_participant (history, project, "barnevern", NULL, "luster", FALSE, &error));
  g_assert_cmpuint (p->len, ==, 5);
  g_assert_true (sk_edit_add_participant (history, project, "barnevern", NULL, "luster", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (p, 5), ==, "luster");
  g_assert_cmpstr (sk_history_get_undo_label (history), ==,
                   "Add Luster to «Felles barnevern i Sogn – budsjett 2026 (29 årsverk)»");
  g_assert_false (sk_edit_add_participant (history, project, "barnevern", NULL, "luster", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "takes part twice"));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);
}

/* A participant left out, then taken in again at its place among the
 * members (not at the end); taking in one who takes part, or leaving
 * out one who does not, records nothing; the last one is refused with
 * the reason. Undone, the project is as it was to the byte. */
static void
test_set_participant (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  GPtrArray *p = bv (project)->participants;

  g_assert_true (sk_edit_set_participant (history, project, "barnevern", NULL, "luster", FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (p->len, ==, 5);
  g_assert_true (sk_edit_set_participant (history, project, "barnevern", NULL, "luster", TRUE, &error));
  g_assert_cmpuint (p->len, ==, 6);
  g_assert_cmpstr (g_ptr_array_index (p, 1), ==, "luster");
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);
  g_assert_true (sk_edit_set_participant (history, project, "barnevern", NULL, "luster", TRUE, &error));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==,
                   "Add Luster to «Felles barnevern i Sogn – budsjett 2026 (29 årsverk)»");

  /* A scenario's own list: the model's stays. */
  g_assert_true (sk_edit_set_participant (history, project, "barnevern", "folketal", "aurland", FALSE, &error));
  g_assert_cmpuint (p->len, ==, 6);
  g_assert_cmpuint (sk_cost_model_find_scenario (bv (project), "folketal")->participants->len, ==, 5);

  /* Down to one, then the last refused. */
  for (guint i = 0; i < 5; i++)
    g_assert_true (sk_edit_set_participant (history, project, "barnevern", NULL, g_ptr_array_index (p, 0), FALSE,
                                            &error));
  g_assert_cmpuint (p->len, ==, 1);
  g_assert_false (sk_edit_set_participant (history, project, "barnevern", NULL, g_ptr_array_index (p, 0), FALSE,
                                           &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "there must be at least one participant"));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_participant (history, project, "barnevern", NULL, "nowhere", TRUE, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);

  while (sk_history_undo (history))
    ;
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
  while (sk_history_redo (history))
    ;
  g_assert_cmpuint (bv (project)->participants->len, ==, 1);
}

/* A copy of a scenario: what it shows, its own; one step; refused
 * without a title or a scenario to copy. */
static void
test_copy_scenario (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *after = NULL;
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  SkScenario *from, *copy;
  SkCostParams a, b;

  g_assert_true (sk_edit_set_total (history, project, "barnevern", "folketal", 1000, &error));
  g_assert_false (sk_edit_copy_scenario (history, project, "barnevern", "folketal", "", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "A scenario needs a title");
  g_clear_error (&error);
  g_assert_false (sk_edit_copy_scenario (history, project, "barnevern", "nope", "Copy", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);

  g_assert_true (sk_edit_copy_scenario (history, project, "barnevern", "folketal", "Copy", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Add «Copy»");
  from = sk_cost_model_find_scenario (bv (project), "folketal");
  copy = sk_cost_model_find_scenario (bv (project), id);
  g_assert_nonnull (copy);
  sk_cost_params_init (&a, bv (project), from);
  sk_cost_params_init (&b, bv (project), copy);
  g_assert_true (copy->has_fixed);
  g_assert_cmpfloat (a.fixed_percent, ==, b.fixed_percent);
  g_assert_cmpint (b.total_kr, ==, 1000);
  g_assert_cmpuint (a.criteria->len, ==, b.criteria->len);
  g_assert_true (copy->criteria != from->criteria && copy->criteria != bv (project)->criteria);
  /* An edit of the copy leaves the one it came from. */
  g_assert_true (sk_edit_set_fixed_percent (history, project, "barnevern", id, 60, &error));
  sk_cost_params_init (&a, bv (project), from);
  g_assert_cmpfloat (a.fixed_percent, !=, 60);

  while (sk_history_undo (history))
    ;
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (sk_history_redo (history));
  g_assert_true (sk_history_redo (history));
  g_assert_nonnull (sk_cost_model_find_scenario (bv (project), id));
}

int
main (int    argc,
      char **argv)
{
  example_path = test_core_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      g_autofree char *name = g_strdup_printf ("/edit/rule/%s", rules[i].name);

      g_test_add_data_func (name, &rules[i], test_rule);
    }
  for (guint i = 0; i < G_N_ELEMENTS (signal_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/edit/signals/%s", signal_cases[i].name);

      g_test_add_data_func (name, &signal_cases[i], test_signals);
    }
  g_test_add_func ("/edit/shift-successors", test_shift_successors);
  g_test_add_func ("/edit/cycle", test_cycle);
  g_test_add_func ("/edit/record-decision", test_record_decision);
  g_test_add_func ("/edit/no-history", test_no_history);
  g_test_add_func ("/edit/copy-matrix", test_copy_matrix);
  g_test_add_func ("/edit/restore-matrix", test_restore_matrix);
  g_test_add_func ("/edit/factor-text", test_factor_text);
  g_test_add_func ("/edit/import-timeline", test_import_timeline);
  g_test_add_func ("/edit/add-task-in", test_add_task_in);
  g_test_add_func ("/edit/set-meeting", test_set_meeting);
  g_test_add_func ("/edit/set-plan-entry", test_set_plan_entry);
  g_test_add_func ("/edit/put-plan-on-agenda", test_put_plan_on_agenda);
  g_test_add_func ("/edit/add-participant", test_add_participant);
  g_test_add_func ("/edit/set-participant", test_set_participant);
  g_test_add_func ("/edit/copy-scenario", test_copy_scenario);
  return g_test_run ();
}
