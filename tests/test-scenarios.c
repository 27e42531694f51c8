/* test-scenarios.c — a cost model's scenarios: made, copied, renamed,
 * removed, and kept as they are when the model is edited
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sk-costs.h"
#include "sk-edit.h"
#include "sk-history.h"
#include "sk-scenario.h"
#include "sk-what-if.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

/* The amounts of a split, "a b c …", to compare two splits whole. */
static char *
amounts (SkProject         *project,
         const SkCostModel *model,
         const SkScenario  *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCostResult) result = sk_cost_model_compute (project, model, scenario, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < result->rows->len; i++)
    g_string_append_printf (out, "%s%" G_GINT64_FORMAT, i ? " " : "",
                            g_array_index (result->rows, SkCostRow, i).amount_kr);
  return g_string_free (out, FALSE);
}

/* Saved and read back: what a file holds is what was computed. */
static SkProject *
round_trip (SkProject *project)
{
  g_autoptr(GError) error = NULL;
  gsize length = 0;
  g_autofree char *data = sk_project_to_data (project, &length);
  SkProject *back;

  back = sk_project_new_from_data (data, length, NULL, &error);
  g_assert_no_error (error);
  return back;
}

/* "75 % etter folketal" takes its equal part from the model (the file
 * gives it criteria only).  The model's equal part changes from 25 % to
 * 40 %: the scenario keeps 25 %, and its amounts stay, also in the file. */
static void
test_model_edit_keeps_scenarios (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) back = NULL;
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  SkScenario *by_population = sk_cost_model_find_scenario (model, "folketal");
  SkScenario *smaller = sk_cost_model_find_scenario (model, "27-arsverk");
  g_autofree char *before = amounts (project, model, by_population);
  g_autofree char *smaller_before = amounts (project, model, smaller);
  g_autofree char *after = NULL;
  g_autofree char *smaller_after = NULL;
  GPtrArray *criteria;

  g_assert_false (by_population->has_fixed);
  g_assert_cmpuint (sk_cost_model_pin_scenarios (model, TRUE, FALSE), ==, 3);
  model->fixed_percent = 40;
  g_assert_true (by_population->has_fixed);
  g_assert_cmpfloat (by_population->fixed_percent, ==, 25);
  after = amounts (project, model, by_population);
  g_assert_cmpstr (after, ==, before);
  /* The smaller budget's scenario sets only its total: its split stays too. */
  smaller_after = amounts (project, model, smaller);
  g_assert_cmpstr (smaller_after, ==, smaller_before);
  /* Pinned once: nothing more to pin. */
  g_assert_cmpuint (sk_cost_model_pin_scenarios (model, TRUE, FALSE), ==, 0);

  /* The model's criterion changes: the scenario without criteria of its
   * own ("27 årsverk") keeps the children 0–17. */
  g_assert_null (smaller->criteria);
  g_assert_cmpuint (sk_cost_model_pin_scenarios (model, FALSE, TRUE), ==, 1);
  criteria = model->criteria;
  g_free (((SkCriterion *) g_ptr_array_index (criteria, 0))->figure);
  ((SkCriterion *) g_ptr_array_index (criteria, 0))->figure = g_strdup ("population");
  g_assert_nonnull (smaller->criteria);
  g_assert_cmpstr (((SkCriterion *) g_ptr_array_index (smaller->criteria, 0))->figure, ==, "age_0_17");
  g_clear_pointer (&smaller_after, g_free);
  smaller_after = amounts (project, model, smaller);
  g_assert_cmpstr (smaller_after, ==, smaller_before);

  /* In the file, through the listed fields, computed as in the window. */
  back = round_trip (project);
  {
    SkCostModel *m = sk_project_find_cost_model (back, "barnevern");
    g_autofree char *read_back = amounts (back, m, sk_cost_model_find_scenario (m, "folketal"));

    g_assert_cmpfloat (m->fixed_percent, ==, 40);
    g_assert_cmpstr (read_back, ==, before);
  }
}

/* Without an edit, nothing is pinned: a file opens and computes as it
 * did, and is written back with the same scenarios. */
static void
test_untouched_file_as_before (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) back = round_trip (project);
  SkCostModel *model = sk_project_find_cost_model (back, "barnevern");
  SkScenario *by_population = sk_cost_model_find_scenario (model, "folketal");
  g_autofree char *shown = NULL;

  g_assert_false (by_population->has_fixed);
  g_assert_null (sk_cost_model_find_scenario (model, "27-arsverk")->criteria);
  /* And it still follows the model, as FORMAT.md says. */
  model->fixed_percent = 40;
  {
    SkCostParams p;

    sk_cost_params_init (&p, model, by_population);
    g_assert_cmpfloat (p.fixed_percent, ==, 40);
  }
  shown = amounts (back, model, by_population);
  g_assert_nonnull (shown);
}

/* A new scenario as prepared: its own equal part and criteria, the
 * model's total and participants; the model's edits leave it alone. */
static void
test_new_scenario (void)
{
  g_autoptr(SkProject) project = load_example ();
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  guint n = model->scenarios->len;
  g_autofree char *prepared = amounts (project, model, NULL);
  g_autofree char *shown = NULL;
  SkScenario *s = sk_cost_model_add_scenario (model, "40 % likt, Årdal først", NULL);
  SkScenario *again;

  g_assert_cmpuint (model->scenarios->len, ==, n + 1);
  g_assert_true (g_ptr_array_index (model->scenarios, n) == s);
  g_assert_cmpstr (s->id, ==, "40-likt-ardal-foerst");
  g_assert_cmpstr (s->title, ==, "40 % likt, Årdal først");
  g_assert_true (s->has_fixed);
  g_assert_cmpfloat (s->fixed_percent, ==, 25);
  g_assert_nonnull (s->criteria);
  g_assert_true (s->criteria != model->criteria);
  g_assert_cmpuint (s->criteria->len, ==, 1);
  g_assert_false (s->has_total);
  g_assert_null (s->participants);
  shown = amounts (project, model, s);
  g_assert_cmpstr (shown, ==, prepared);

  /* The model changes its criterion's weight: the scenario's is its own. */
  ((SkCriterion *) g_ptr_array_index (model->criteria, 0))->weight = 3;
  g_assert_cmpfloat (((SkCriterion *) g_ptr_array_index (s->criteria, 0))->weight, ==, 1);

  /* The same title again: another id. */
  again = sk_cost_model_add_scenario (model, "40 % likt, Årdal først", NULL);
  g_assert_cmpstr (again->id, !=, s->id);
  g_assert_true (g_str_has_prefix (again->id, "40-likt-ardal-foerst-"));
  /* A title with nothing for an id. */
  again = sk_cost_model_add_scenario (model, "…", NULL);
  g_assert_cmpstr (again->id, ==, "scenario");
  {
    g_autoptr(SkProject) back = round_trip (project);

    g_assert_cmpuint (sk_project_find_cost_model (back, "barnevern")->scenarios->len, ==, n + 3);
  }
}

/* A copy of the scenario shown: what it shows, under a new name. */
static void
test_copy_scenario (void)
{
  g_autoptr(SkProject) project = load_example ();
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  SkScenario *smaller = sk_cost_model_find_scenario (model, "27-arsverk");
  g_autofree char *original = amounts (project, model, smaller);
  g_autofree char *copied = NULL;
  SkScenario *copy;

  g_ptr_array_add (smaller->participants = g_ptr_array_new_with_free_func (g_free), g_strdup ("aurland"));
  g_ptr_array_add (smaller->participants, g_strdup ("luster"));
  g_clear_pointer (&original, g_free);
  original = amounts (project, model, smaller);
  copy = sk_cost_model_add_scenario (model, "27 årsverk, to kommunar", smaller);
  g_assert_true (copy != smaller);
  g_assert_true (copy->has_total);
  g_assert_cmpint (copy->total_kr, ==, smaller->total_kr);
  g_assert_cmpuint (copy->participants->len, ==, 2);
  g_assert_true (copy->participants != smaller->participants);
  g_assert_true (copy->has_fixed);
  g_assert_cmpfloat (copy->fixed_percent, ==, 25);
  copied = amounts (project, model, copy);
  g_assert_cmpstr (copied, ==, original);
  /* The copy is its own: the original changes, the copy stays. */
  smaller->total_kr = 1000;
  g_clear_pointer (&copied, g_free);
  copied = amounts (project, model, copy);
  g_assert_cmpstr (copied, ==, original);
}

static void
test_rename_and_remove (void)
{
  g_autoptr(SkProject) project = load_example ();
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  guint n = model->scenarios->len;

  g_assert_true (sk_cost_model_rename_scenario (model, "folketal", "Berre etter folketal"));
  g_assert_cmpstr (sk_cost_model_find_scenario (model, "folketal")->title, ==, "Berre etter folketal");
  g_assert_false (sk_cost_model_rename_scenario (model, "folketal", ""));
  g_assert_false (sk_cost_model_rename_scenario (model, "finst-ikkje", "Tittel"));
  g_assert_cmpstr (sk_cost_model_find_scenario (model, "folketal")->title, ==, "Berre etter folketal");

  g_assert_true (sk_cost_model_remove_scenario (model, "folketal"));
  g_assert_null (sk_cost_model_find_scenario (model, "folketal"));
  g_assert_cmpuint (model->scenarios->len, ==, n - 1);
  g_assert_false (sk_cost_model_remove_scenario (model, "folketal"));
  g_assert_cmpuint (model->scenarios->len, ==, n - 1);
}

/* A what-if of meeting mode adopted with another equal part: the
 * scenarios that took it from the model keep theirs. */
static void
test_adopted_what_if_keeps_scenarios (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(GError) error = NULL;
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  g_autofree char *before = amounts (project, model, sk_cost_model_find_scenario (model, "folketal"));
  g_autofree char *after = NULL;
  SkScenario *own;

  own = sk_cost_model_find_scenario (sk_project_find_cost_model (sandbox, "barnevern"), "folketal");
  own->has_fixed = TRUE;
  own->fixed_percent = 30;
  sk_project_find_cost_model (sandbox, "barnevern")->fixed_percent = 40;
  g_assert_true (sk_edit_adopt_what_if (NULL, project, sandbox, &error));
  g_assert_no_error (error);
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpfloat (model->fixed_percent, ==, 40);
  g_assert_cmpfloat (sk_cost_model_find_scenario (model, "27-arsverk")->fixed_percent, ==, 25);
  g_assert_true (sk_cost_model_find_scenario (model, "alder-0-24")->has_fixed);
  g_assert_cmpfloat (sk_cost_model_find_scenario (model, "alder-0-24")->fixed_percent, ==, 25);
  /* One the what-if gave its own value keeps that. */
  g_assert_cmpfloat (sk_cost_model_find_scenario (model, "folketal")->fixed_percent, ==, 30);
  /* The criteria did not change: nothing pinned there. */
  g_assert_null (sk_cost_model_find_scenario (model, "27-arsverk")->criteria);
  /* The other model, unchanged, is as it was. */
  g_assert_true (sk_cost_model_find_scenario (sk_project_find_cost_model (project, "skog"), "hovudregel")->has_fixed);
  after = amounts (project, model, sk_cost_model_find_scenario (model, "alder-0-24"));
  g_assert_nonnull (after);
  g_assert_cmpstr (before, !=, "");
}

/* A what-if of meeting mode edited through the edit functions (which pin
 * the scenarios that follow the model) and kept beside the papers: one
 * new scenario with the equal part, and no copies of the scenarios that
 * only had the model's value written into them.  A scenario the what-if
 * changed itself is still kept. */
static void
test_kept_what_if_ignores_pins (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(GError) error = NULL;
  SkWhatIfKept kept = { 0 };
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  guint n = model->scenarios->len;

  g_assert_true (sk_edit_set_fixed_percent (NULL, sandbox, "barnevern", NULL, 40, &error));
  g_assert_true (sk_cost_model_find_scenario (sk_project_find_cost_model (sandbox, "barnevern"),
                                              "alder-0-24")->has_fixed);
  g_assert_true (sk_edit_keep_what_if (NULL, project, sandbox, "Kva om", NULL, 0, &kept, &error));
  g_assert_no_error (error);
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpuint (kept.scenarios, ==, 1);
  g_assert_cmpuint (model->scenarios->len, ==, n + 1);
  g_assert_cmpfloat (model->fixed_percent, ==, 25);
  g_assert_cmpfloat (((SkScenario *) g_ptr_array_index (model->scenarios, n))->fixed_percent, ==, 40);

  /* A scenario's own change is kept as a variant of it. */
  g_clear_object (&sandbox);
  sandbox = sk_project_copy (project);
  g_assert_true (sk_edit_set_fixed_percent (NULL, sandbox, "barnevern", "alder-0-24", 10, &error));
  kept = (SkWhatIfKept) { 0 };
  g_assert_true (sk_edit_keep_what_if (NULL, project, sandbox, "Kva om 2", NULL, 0, &kept, &error));
  g_assert_cmpuint (kept.scenarios, ==, 1);
  g_assert_cmpuint (sk_project_find_cost_model (project, "barnevern")->scenarios->len, ==, n + 2);
}

/* The same rule through the edit functions, each edit one step of undo:
 * the model's equal part and criterion change, the scenarios that took
 * them from the model keep their amounts; undone, they take them from
 * the model again.  A new scenario has its own equal part and criteria. */
static void
test_edits_keep_scenarios (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  SkScenario *by_population = sk_cost_model_find_scenario (model, "folketal");
  SkScenario *smaller = sk_cost_model_find_scenario (model, "27-arsverk");
  g_autofree char *before = amounts (project, model, by_population);
  g_autofree char *smaller_before = amounts (project, model, smaller);
  g_autofree char *after = NULL;
  g_autofree char *smaller_after = NULL;
  SkScenario *added;

  g_assert_false (by_population->has_fixed);
  g_assert_true (sk_edit_set_fixed_percent (history, project, "barnevern", NULL, 40, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (model->fixed_percent, ==, 40);
  g_assert_true (by_population->has_fixed);
  g_assert_cmpfloat (by_population->fixed_percent, ==, 25);
  after = amounts (project, model, by_population);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);

  g_assert_null (smaller->criteria);
  g_assert_true (sk_edit_set_criterion_figure (history, project, "barnevern", NULL, 0, "population", &error));
  g_assert_no_error (error);
  g_assert_nonnull (smaller->criteria);
  g_assert_cmpstr (((SkCriterion *) g_ptr_array_index (smaller->criteria, 0))->figure, ==, "age_0_17");
  smaller_after = amounts (project, model, smaller);
  g_assert_cmpstr (smaller_after, ==, smaller_before);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 2);

  /* Undone: the scenarios follow the model again. */
  g_assert_true (sk_history_undo (history));
  g_assert_null (smaller->criteria);
  g_assert_true (sk_history_undo (history));
  g_assert_false (by_population->has_fixed);
  g_assert_cmpfloat (model->fixed_percent, ==, 25);

  /* A new one holds the model's equal part and criteria as its own. */
  g_assert_true (sk_edit_add_scenario (history, project, "barnevern", "Ny", &id, &error));
  g_assert_no_error (error);
  added = sk_cost_model_find_scenario (model, id);
  g_assert_nonnull (added);
  g_assert_true (added->has_fixed);
  g_assert_cmpfloat (added->fixed_percent, ==, 25);
  g_assert_nonnull (added->criteria);
  g_assert_cmpuint (added->criteria->len, ==, model->criteria->len);
}

/* Two scenarios of a model do not share a name (the side-by-side table
 * and the scenario menu would show two alike): a new one, a copy or a
 * rename to a name taken is refused and changes nothing; the model's own
 * name, or another model's scenario's, may be used. */
static void
test_names_not_shared (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  SkScenario *first = g_ptr_array_index (model->scenarios, 0);
  g_autofree char *taken = g_strdup (first->title);
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;
  guint n = model->scenarios->len;

  g_assert_false (sk_edit_add_scenario (history, project, "barnevern", taken, &id, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, taken));
  g_clear_error (&error);
  g_assert_null (id);
  g_assert_false (sk_edit_copy_scenario (history, project, "barnevern", first->id, taken, &id, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  /* Spaces around it make no other name. */
  {
    g_autofree char *spaced = g_strdup_printf (" %s ", taken);

    g_assert_false (sk_edit_add_scenario (history, project, "barnevern", spaced, &id, &error));
    g_clear_error (&error);
  }
  g_assert_cmpuint (model->scenarios->len, ==, n);
  g_assert_false (sk_history_get_can_undo (history));

  g_assert_true (sk_edit_add_scenario (history, project, "barnevern", "Ny", &id, &error));
  g_assert_no_error (error);
  g_assert_false (sk_edit_set_cost_title (history, project, "barnevern", id, taken, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpstr (sk_cost_model_find_scenario (model, id)->title, ==, "Ny");
  /* Its own name again, the model's name, a name in another model. */
  g_assert_true (sk_edit_set_cost_title (history, project, "barnevern", id, "Ny", &error));
  g_assert_true (sk_edit_set_cost_title (history, project, "barnevern", id, model->title, &error));
  g_assert_no_error (error);
  g_assert_true (sk_edit_add_scenario (history, project, "skog", taken, NULL, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  example_path = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_test_add_func ("/scenarios/model-edit-keeps-scenarios", test_model_edit_keeps_scenarios);
  g_test_add_func ("/scenarios/edits-keep-scenarios", test_edits_keep_scenarios);
  g_test_add_func ("/scenarios/untouched-file-as-before", test_untouched_file_as_before);
  g_test_add_func ("/scenarios/new", test_new_scenario);
  g_test_add_func ("/scenarios/copy", test_copy_scenario);
  g_test_add_func ("/scenarios/rename-and-remove", test_rename_and_remove);
  g_test_add_func ("/scenarios/names-not-shared", test_names_not_shared);
  g_test_add_func ("/scenarios/adopted-what-if-keeps-scenarios", test_adopted_what_if_keeps_scenarios);
  g_test_add_func ("/scenarios/kept-what-if-ignores-pins", test_kept_what_if_ignores_pins);
  return g_test_run ();
}
