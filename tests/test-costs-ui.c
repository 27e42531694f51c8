/* test-costs-ui.c — the costs view on the core's edit functions: each
 * edit one named step of the document's history, undone in place; what
 * is being typed kept while another change arrives; a scenario's edit
 * leaving the model as prepared as it is; and the view's kroner those of
 * sakskart-cli on the saved file; what waited out of sight drawn when it
 * comes into it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-costs-view-private.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-window.h"
#include "ui-util.h"

static SkApplication *app;
static char *example;

static SkWindow *
open_costs_view (const char   *path,
                 GtkWidget   **view)
{
  SkWindow *window = ui_window_open_loaded (app, path, 0, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  *view = find_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW);
  g_assert_nonnull (*view);
  return window;
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_figure_entry (GtkWidget     *widget,
                 gconstpointer  label)
{
  const char *name = NULL;

  if (!GTK_IS_ENTRY (widget) || !gtk_widget_get_mapped (widget))
    return FALSE;
  name = g_object_get_data (G_OBJECT (widget), "sk-key");
  return name != NULL && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "sk-municipality"), "aurland") == 0 &&
         g_str_equal (name, label);
}

static gboolean
is_weight_spin (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_SPIN_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Weight") == 0;
}

static void
apply_total (GtkWidget  *view,
             const char *text)
{
  GtkWidget *total = find_widget (view, is_entry_row_titled, "Total in kroner");

  g_assert_nonnull (total);
  gtk_editable_set_text (GTK_EDITABLE (total), text);
  g_signal_emit_by_name (total, "apply");
  drain ();
}

/* A new total: one step named after the model; Ctrl+Z puts it back, in
 * the same row and the same table (not a page made anew). */
static void
test_total_named_and_undone (void)
{
  GtkWidget *view, *total, *aurland;
  SkWindow *window = open_costs_view (example, &view);
  SkCostModel *model = sk_project_find_cost_model (sk_window_get_project (window), "barnevern");
  guint steps = sk_history_get_n_steps (history_of (window));
  gint64 was = model->total_kr;
  g_autofree char *label = g_strdup_printf ("Change the Total of «%s»", model->title);
  g_autofree char *shown = sk_format_integer (was);

  total = find_widget (view, is_entry_row_titled, "Total in kroner");
  g_object_add_weak_pointer (G_OBJECT (total), (gpointer *) &total);
  aurland = find_label (view, "2,350,703 kr");
  g_assert_nonnull (aurland);
  g_object_add_weak_pointer (G_OBJECT (aurland), (gpointer *) &aurland);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (total)), ==, shown);

  apply_total (view, "30 000 000");
  g_assert_cmpint (model->total_kr, ==, 30000000);
  g_assert_cmpuint (sk_history_get_n_steps (history_of (window)), ==, steps + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history_of (window)), ==, label);
  g_assert_nonnull (find_label (view, "30,000,000 kr"));
  g_assert_nonnull (aurland);
  g_assert_cmpstr (label_text (aurland), !=, "2,350,703 kr");

  press_ctrl_z (window);
  g_assert_cmpint (model->total_kr, ==, was);
  g_assert_cmpuint (sk_history_get_n_steps (history_of (window)), ==, steps);
  /* The same row and label, showing the total as it was. */
  g_assert_nonnull (total);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (total)), ==, shown);
  g_assert_nonnull (aurland);
  g_assert_cmpstr (label_text (aurland), ==, "2,350,703 kr");

  /* The total as an English window shows it is read back; a decimal
   * comma is not a group. */
  apply_total (view, "31,000,000");
  g_assert_cmpint (model->total_kr, ==, 31000000);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (total)), ==, "31,000,000");
  apply_total (view, "31000000,50");
  g_assert_cmpint (model->total_kr, ==, 31000000);
  apply_total (view, "3,10,00,000");
  g_assert_cmpint (model->total_kr, ==, 31000000);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A figure being typed in stays while another edit is made and undone:
 * its text, and its entry. */
static void
test_typing_survives_undo (void)
{
  GtkWidget *view, *entry, *scale;
  SkWindow *window = open_costs_view (example, &view);
  SkProject *project = sk_window_get_project (window);
  SkMunicipality *aurland = sk_project_find_municipality (project, "aurland");

  entry = find_widget (view, is_figure_entry, "age_0_17");
  g_assert_nonnull (entry);
  g_object_add_weak_pointer (G_OBJECT (entry), (gpointer *) &entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "307");
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "31");

  /* Another edit, and its undo, while the figure is typed. */
  scale = find_type (view, GTK_TYPE_SCALE);
  gtk_range_set_value (GTK_RANGE (scale), 40);
  drain ();
  g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 40);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "31");
  press_ctrl_z (window);
  g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 25);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 25);
  g_assert_nonnull (entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "31");
  g_assert_cmpfloat (sk_municipality_get_figure (aurland, "age_0_17")->value, ==, 307);

  /* A figure of another member changed and undone: this one stays too. */
  {
    g_autoptr(GError) error = NULL;

    g_assert_true (sk_edit_set_municipality_figure (history_of (window), project, "aurland", "population", 1900,
                                                    "Entered by hand", &error));
    drain ();
    g_assert_nonnull (find_widget (view, is_figure_entry, "population"));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (view, is_figure_entry, "population"))), ==,
                     "1900");
    press_ctrl_z (window);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_widget (view, is_figure_entry, "population"))), ==,
                     "1836");
    g_assert_nonnull (entry);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "31");
  }

  /* Applied, it is one step of its own. */
  g_signal_emit_by_name (entry, "activate");
  drain ();
  g_assert_cmpfloat (sk_municipality_get_figure (aurland, "age_0_17")->value, ==, 31);
  g_assert_cmpstr (sk_history_get_undo_label (history_of (window)), ==, "Change Children 0–17 of «Aurland»");
  press_ctrl_z (window);
  g_assert_cmpfloat (sk_municipality_get_figure (aurland, "age_0_17")->value, ==, 307);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "307");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A scenario's equal part, total and weight are the scenario's: the
 * model as prepared keeps its own; undo takes each back. */
static void
test_scenario_keeps_prepared (void)
{
  GtkWidget *view, *dropdown;
  SkWindow *window = open_costs_view (example, &view);
  SkProject *project = sk_window_get_project (window);
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  SkScenario *s = sk_cost_model_find_scenario (model, "folketal");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 total = model->total_kr;
  guint at;

  g_assert_nonnull (s);
  before = sk_project_to_data (project, NULL);
  g_assert_true (g_ptr_array_find (model->scenarios, s, &at));
  dropdown = find_type (view, GTK_TYPE_DROP_DOWN);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), at + 1);
  drain ();
  g_assert_true (sk_costs_view_get_scenario (SK_COSTS_VIEW (view)) == s);

  gtk_range_set_value (GTK_RANGE (find_type (view, GTK_TYPE_SCALE)), 60);
  drain ();
  g_assert_cmpfloat (s->fixed_percent, ==, 60);
  g_assert_cmpfloat (model->fixed_percent, ==, 25);
  apply_total (view, "1 000 000");
  g_assert_true (s->has_total);
  g_assert_cmpint (s->total_kr, ==, 1000000);
  g_assert_cmpint (model->total_kr, ==, total);
  g_assert_nonnull (find_label (view, "1,000,000 kr"));
  /* A weight of its criteria: the model's stay. */
  {
    GtkWidget *spin = find_widget (view, is_weight_spin, NULL);
    SkCriterion *ours = g_ptr_array_index (model->criteria, 0);
    double weight = ours->weight;

    g_assert_nonnull (spin);
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 7);
    drain ();
    g_assert_nonnull (s->criteria);
    g_assert_cmpfloat (((SkCriterion *) g_ptr_array_index (s->criteria, 0))->weight, ==, 7);
    g_assert_true (g_ptr_array_index (model->criteria, 0) == ours);
    g_assert_cmpfloat (ours->weight, ==, weight);
  }

  press_ctrl_z (window);
  press_ctrl_z (window);
  press_ctrl_z (window);
  g_assert_false (s->has_total);
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (before, ==, after);
  /* Still on the scenario, at its equal part. */
  g_assert_true (sk_costs_view_get_scenario (SK_COSTS_VIEW (view)) == s);
  {
    SkCostParams p;

    sk_cost_params_init (&p, model, s);
    g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (find_type (view, GTK_TYPE_SCALE))), ==, p.fixed_percent);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_figure_dropdown (GtkWidget     *widget,
                    gconstpointer  data)
{
  return GTK_IS_DROP_DOWN (widget) && gtk_widget_get_mapped (widget) &&
         gtk_widget_get_ancestor (widget, ADW_TYPE_ACTION_ROW) != NULL;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_ACTION_ROW (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

/* The figure a criterion follows, chosen in its drop-down: one step, the
 * row named after it and the summary saying it; undone in place. */
static void
test_criterion_figure (void)
{
  GtkWidget *view, *dropdown, *row;
  SkWindow *window = open_costs_view (example, &view);
  SkCostModel *model = sk_project_find_cost_model (sk_window_get_project (window), "barnevern");
  guint steps = sk_history_get_n_steps (history_of (window));

  dropdown = find_widget (view, is_figure_dropdown, NULL);
  g_assert_nonnull (dropdown);
  row = find_widget (view, is_row_titled, "Children 0–17");
  g_assert_nonnull (row);
  g_object_add_weak_pointer (G_OBJECT (row), (gpointer *) &row);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), 0);   /* population */
  drain ();
  g_assert_cmpstr (((SkCriterion *) g_ptr_array_index (model->criteria, 0))->figure, ==, "population");
  g_assert_cmpuint (sk_history_get_n_steps (history_of (window)), ==, steps + 1);
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Population");
  g_assert_nonnull (find_label (view, "29,215,093 kr: 25% shared equally, 75% by population"));

  press_ctrl_z (window);
  g_assert_cmpstr (((SkCriterion *) g_ptr_array_index (model->criteria, 0))->figure, ==, "age_0_17");
  g_assert_nonnull (row);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Children 0–17");
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, 1);
  g_assert_nonnull (find_label (view, "29,215,093 kr: 25% shared equally, 75% by children 0–17"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_button_with_tooltip (GtkWidget     *widget,
                        gconstpointer  tooltip)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

static gboolean
is_undo_button (GtkWidget     *widget,
                gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.undo") == 0;
}

/* A criterion removed: the toast says so and has an Undo button (not
 * words about Ctrl+Z), which brings it back. */
static void
test_criterion_removed_undo (void)
{
  GtkWidget *view, *remove, *undo;
  SkWindow *window = open_costs_view (example, &view);
  SkCostModel *model = sk_project_find_cost_model (sk_window_get_project (window), "barnevern");
  g_autoptr(GError) error = NULL;
  guint criteria;

  /* A second criterion: the only one is not to be removed. */
  g_assert_true (sk_edit_add_criterion (history_of (window), sk_window_get_project (window), "barnevern", NULL,
                                        "population", 1, &error));
  g_assert_no_error (error);
  drain ();
  criteria = model->criteria->len;
  g_assert_cmpuint (criteria, ==, 2);
  remove = find_widget (view, is_button_with_tooltip, "Remove the Criterion");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  drain ();
  g_assert_cmpuint (model->criteria->len, ==, criteria - 1);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Criterion removed"));
  undo = find_widget (GTK_WIDGET (window), is_undo_button, NULL);
  g_assert_nonnull (undo);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (undo)), ==, "_Undo");
  g_signal_emit_by_name (undo, "clicked");
  drain ();
  g_assert_cmpuint (model->criteria->len, ==, criteria);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The view's kroner are sakskart-cli's on the file saved after edits. */
static void
test_numbers_as_cli (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-costs-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "costs.sakskart", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *cli = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "sakskart-cli", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  GtkWidget *view;
  SkWindow *window;
  SkProject *project;
  int status = -1;
  guint checked = 0;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = open_costs_view (path, &view);
  project = sk_window_get_project (window);
  gtk_range_set_value (GTK_RANGE (find_type (view, GTK_TYPE_SCALE)), 33.3);
  drain ();
  apply_total (view, "31 234 567");
  {
    GtkWidget *entry = find_widget (view, is_figure_entry, "age_0_17");

    gtk_editable_set_text (GTK_EDITABLE (entry), "412");
    g_signal_emit_by_name (entry, "activate");
    drain ();
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (sk_window_get_modified (window) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_false (sk_window_get_modified (window));
  }
  drain ();

  {
    const char *argv[] = { cli, "costs", path, "--model", "barnevern", "--format", "csv", NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
  }
  g_assert_cmpint (status, ==, 0);
  lines = g_strsplit (out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "municipality,amount_kr"));
  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);
      SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
      g_autoptr(SkCostResult) result = sk_cost_model_compute (project, model, NULL, NULL);
      g_autofree char *kr = sk_format_kr (g_ascii_strtoll (fields[1], NULL, 10));

      g_assert_nonnull (result);
      /* In the view, in the row of that municipality. */
      g_assert_nonnull (find_label (view, fields[0]));
      g_assert_nonnull (find_label (view, kr));
      for (guint r = 0; r < result->rows->len; r++)
        {
          const SkCostRow *row = &g_array_index (result->rows, SkCostRow, r);
          SkMunicipality *m = sk_project_find_municipality (project, row->municipality);

          if (g_str_equal (m->name, fields[0]))
            g_assert_cmpint (row->amount_kr, ==, g_ascii_strtoll (fields[1], NULL, 10));
        }
      checked++;
    }
  g_assert_cmpuint (checked, ==, 6);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (path);
  g_rmdir (dir);
}

static gboolean
is_shown_file_chooser (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_FILE_CHOOSER_DIALOG (widget) && gtk_widget_get_visible (widget);
}

/* The CSV for a spreadsheet on a Norwegian desktop, from an English
 * window: its numbers Norwegian, the note's kroner grouped by no-break
 * spaces, not by commas as the window shows them. */
static void
test_export_csv_for_spreadsheets (void)
{
  g_autofree char *path = copy_example (example);
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *csv = g_build_filename (dir, "barnevern.csv", NULL);
  g_autofree char *contents = NULL;
  GtkWidget *view, *chooser = NULL;
  SkWindow *window = open_costs_view (path, &view);
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  g_assert_nonnull (find_label (view, "29,215,093 kr: 25% shared equally, 75% by children 0–17"));
  g_assert_true (gtk_widget_activate_action (view, "costs.export-csv-no", NULL));
  while (chooser == NULL && g_get_monotonic_time () < deadline)
    {
      GList *toplevels = gtk_window_list_toplevels ();

      for (GList *l = toplevels; l && chooser == NULL; l = l->next)
        if (is_shown_file_chooser (l->data, NULL))
          chooser = l->data;
      g_list_free (toplevels);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_nonnull (chooser);
  /* Beside the project, named after the model. */
  {
    g_autoptr(GFile) expected = g_file_new_for_path (csv);
    GFile *chosen = NULL;

    while (((chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL ||
            !g_file_equal (chosen, expected)) && g_get_monotonic_time () < deadline)
      {
        g_clear_object (&chosen);
        g_main_context_iteration (NULL, TRUE);
      }
    g_assert_nonnull (chosen);
    g_assert_true (g_file_equal (chosen, expected));
    g_object_unref (chosen);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!g_file_test (csv, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  drain ();

  g_assert_true (g_file_get_contents (csv, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (contents, "\r\n29\u00a0215\u00a0093 kr: 25% shared equally, 75% by children 0–17\r\n"));
  g_assert_null (strstr (contents, "29,215,093"));
  g_assert_nonnull (strstr (contents, "\r\nAurland;1217296;1133407;2350703;8,0462\r\n"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  remove_copy (path);
}

static gboolean
is_named (GtkWidget     *widget,
          gconstpointer  name)
{
  return g_strcmp0 (gtk_widget_get_name (widget), name) == 0;
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* A frame laid out and drawn, and what it set going. */
static void
wait_for_frame (GtkWidget *widget)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);
  gboolean painted = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gulong id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), &painted);

  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  g_assert_true (painted);
  drain ();
}

/* A member named with 100,000 letters (a hostile file): the view shows
 * its name to 48 characters, lays out at once and fits a laptop's
 * screen, where GTK took minutes to wrap the whole name in its row and
 * the table widened the window past the screen; the exports keep it. */
static void
test_long_name_shown_short (void)
{
  g_autofree char *name = g_strnfill (100000, 'A');
  g_autofree char *path = copy_example_renaming (example, "Aurland", name);
  g_autofree char *head = g_utf8_substring (name, 0, 47);
  g_autofree char *shown = g_strconcat (head, "…", NULL);
  GtkWidget *view, *label;
  SkWindow *window;
  int min = 0;

  window = open_costs_view (path, &view);
  wait_for_frame (view);

  label = find_widget (view, is_label_starting_with, "AAAA");
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (label)), ==, shown);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 1366);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 1366);
  /* The name itself is as the file has it. */
  g_assert_cmpstr (sk_project_find_municipality (sk_window_get_project (window), "aurland")->name, ==, name);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  remove_copy (path);
}

/* The costs view in a window low enough that the page scrolls a long way. */
static SkCostsView *
low_costs_view (SkWindow **window)
{
  SkCostsView *view;

  *window = ui_window_open_loaded (app, example, 1000, 600);
  gtk_widget_activate_action (GTK_WIDGET (*window), "win.show-view", "s", "costs");
  drain ();
  view = SK_COSTS_VIEW (find_type (GTK_WIDGET (*window), SK_TYPE_COSTS_VIEW));
  g_assert_nonnull (view);
  return view;
}

/* A step of the equal share to 30 %, and what it gives: Aurland's amount
 * and the rounding note. */
static void
step_equal_share (SkCostsView  *view,
                  SkProject    *project,
                  char        **aurland,
                  char        **rounding)
{
  g_autoptr(SkCostResult) result = NULL;

  gtk_range_set_value (GTK_RANGE (find_type (GTK_WIDGET (view), GTK_TYPE_SCALE)), 30);
  drain ();
  result = sk_cost_model_compute (project, sk_project_find_cost_model (project, "barnevern"), NULL, NULL);
  *aurland = sk_format_kr (g_array_index (result->rows, SkCostRow, 0).amount_kr);
  *rounding = sk_cost_rounding_note (result);
}

/* Out of sight, the side-by-side table and the rounding note wait for a
 * step of the equal share, not shown (their old figures nowhere to be
 * read); scrolled into sight, they show the new split. */
static void
test_out_of_sight_waits (void)
{
  SkWindow *window;
  SkCostsView *view = low_costs_view (&window);
  SkProject *project = sk_window_get_project (window);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkAdjustment *adjustment;
  GtkWidget *table, *shown, *note;
  g_autofree char *aurland = NULL;
  g_autofree char *rounding = NULL;

  table = gtk_widget_get_parent (GTK_WIDGET (view->compare_names));
  /* Laid out: the table has its place under the split. */
  while (gtk_widget_get_height (table) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (sk_costs_view_in_sight (view, table));
  /* The amount shown above, beside the names. */
  shown = gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_first_child (GTK_WIDGET (view->compare_names))), 1, 1);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, "2,350,703 kr");
  g_assert_true (gtk_widget_get_mapped (shown));
  note = find_widget (GTK_WIDGET (view), is_named, "rounding-note");
  g_assert_nonnull (note);
  g_assert_true (gtk_widget_get_mapped (note));

  step_equal_share (view, project, &aurland, &rounding);
  g_assert_cmpstr (aurland, ==, "2,518,602 kr");
  g_assert_nonnull (find_label (GTK_WIDGET (view), aurland));   /* the split, in sight */
  g_assert_null (find_label (GTK_WIDGET (view), "2,350,703 kr"));
  g_assert_false (gtk_widget_get_mapped (shown));
  g_assert_false (gtk_widget_get_mapped (note));
  /* Out of sight, the side by side is not computed at each step. */
  g_assert_true (view->compare_stale);

  /* Scrolled to the note, then to the table: each in sight, up to date. */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (view->scroller));
  {
    graphene_rect_t bounds;

    g_assert_true (gtk_widget_compute_bounds (note, gtk_widget_get_parent (GTK_WIDGET (view->content)), &bounds));
    gtk_adjustment_set_value (adjustment, bounds.origin.y - 10);
  }
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (sk_costs_view_in_sight (view, note));
  g_assert_true (gtk_widget_get_mapped (note));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, rounding);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (sk_costs_view_in_sight (view, table));
  g_assert_true (gtk_widget_get_mapped (shown));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, aurland);

  /* In sight, the next step shows at once. */
  press_ctrl_z (window);
  g_assert_true (gtk_widget_get_mapped (shown));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, "2,350,703 kr");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The bottom of what `widget` drew, in the page's coordinates; 0 when it
 * drew nothing. */
static float
drawn_bottom (GtkWidget *page)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  graphene_rect_t bounds;
  float bottom = 0;

  GTK_WIDGET_GET_CLASS (page)->snapshot (page, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      gsk_render_node_get_bounds (node, &bounds);
      bottom = bounds.origin.y + bounds.size.height;
      gsk_render_node_unref (node);
    }
  return bottom;
}

/* The page leaves out of its drawing what is scrolled out of sight (GTK's
 * cairo renderer would go through it at every frame), and draws it when
 * it comes into sight. */
static void
test_page_draws_what_is_in_sight (void)
{
  SkWindow *window;
  SkCostsView *view = low_costs_view (&window);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *page = GTK_WIDGET (view->content), *figures;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;

  while ((view->figures == NULL || gtk_widget_get_height (view->figures) == 0) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  wait_for_frame (GTK_WIDGET (window));
  figures = view->figures;
  g_assert_true (gtk_widget_compute_bounds (figures, page, &bounds));
  /* At the top: drawn down to the fold, not the figures far below it. */
  g_assert_cmpfloat (drawn_bottom (page), >, 300);
  g_assert_cmpfloat (drawn_bottom (page), <, bounds.origin.y);

  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (view->scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_cmpfloat (drawn_bottom (page), >, bounds.origin.y + bounds.size.height / 2);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* How many of the things drawn under `node` (text, a chart's drawing),
 * in `transform`'s coordinates, fall inside `area`. */
static guint
count_drawn (GskRenderNode         *node,
             GskTransform          *transform,
             const graphene_rect_t *area)
{
  graphene_rect_t bounds;
  guint count = 0;

  switch (gsk_render_node_get_node_type (node))
    {
    case GSK_CONTAINER_NODE:
      for (guint i = 0; i < gsk_container_node_get_n_children (node); i++)
        count += count_drawn (gsk_container_node_get_child (node, i), transform, area);
      return count;
    case GSK_TRANSFORM_NODE:
      {
        GskTransform *inner = gsk_transform_transform (gsk_transform_ref (transform),
                                                       gsk_transform_node_get_transform (node));

        count = count_drawn (gsk_transform_node_get_child (node), inner, area);
        gsk_transform_unref (inner);
        return count;
      }
    case GSK_CLIP_NODE:
      return count_drawn (gsk_clip_node_get_child (node), transform, area);
    case GSK_ROUNDED_CLIP_NODE:
      return count_drawn (gsk_rounded_clip_node_get_child (node), transform, area);
    case GSK_OPACITY_NODE:
      return count_drawn (gsk_opacity_node_get_child (node), transform, area);
    case GSK_COLOR_MATRIX_NODE:
      return count_drawn (gsk_color_matrix_node_get_child (node), transform, area);
    case GSK_SHADOW_NODE:
      return count_drawn (gsk_shadow_node_get_child (node), transform, area);
    case GSK_DEBUG_NODE:
      return count_drawn (gsk_debug_node_get_child (node), transform, area);
    case GSK_TEXT_NODE:
    case GSK_CAIRO_NODE:
      gsk_render_node_get_bounds (node, &bounds);
      gsk_transform_transform_bounds (transform, &bounds, &bounds);
      return graphene_rect_intersection (&bounds, area, NULL) ? 1 : 0;
    default:
      return 0;
    }
}

/* Whether the page, as it was last drawn (its parts' drawings are kept
 * from the frame), shows anything of `widget`. */
static gboolean
page_shows (GtkWidget *page,
            GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  graphene_rect_t area;
  guint count = 0;

  g_assert_true (gtk_widget_compute_bounds (widget, page, &area));
  GTK_WIDGET_GET_CLASS (page)->snapshot (page, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node != NULL)
    {
      count = count_drawn (node, NULL, &area);
      gsk_render_node_unref (node);
    }
  return count > 0;
}

/* Parts that wait out of sight, whose parent is drawn meanwhile (the
 * split's table at the top, the side by side's heading scrolled into
 * sight): brought into sight by the focus taken far down (the viewport
 * scrolls to it) or by the page scrolled back, each is drawn with the
 * step's figures, the side by side, the rounding note and the chart. */
static void
test_scrolled_into_sight_drawn (void)
{
  SkWindow *window;
  SkCostsView *view = low_costs_view (&window);
  SkProject *project = sk_window_get_project (window);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  GtkWidget *page = GTK_WIDGET (view->content), *shown, *note, *chart, *entry;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  g_autofree char *aurland = NULL;
  g_autofree char *rounding = NULL;

  while ((view->figures == NULL || gtk_widget_get_height (view->figures) == 0) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  wait_for_frame (GTK_WIDGET (window));
  note = find_widget (GTK_WIDGET (view), is_named, "rounding-note");
  chart = find_type (GTK_WIDGET (view->results_box), GTK_TYPE_DRAWING_AREA);
  shown = gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_first_child (GTK_WIDGET (view->compare_names))), 1, 1);
  g_assert_nonnull (note);
  g_assert_nonnull (chart);
  g_assert_false (sk_costs_view_in_sight (view, chart));

  /* A step at the top: the split's table drawn anew, the rest waiting. */
  step_equal_share (view, project, &aurland, &rounding);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (page_shows (page, GTK_WIDGET (view->results_box)));
  g_assert_false (gtk_widget_get_mapped (chart));
  g_assert_false (gtk_widget_get_mapped (shown));

  /* Scrolled on until the side by side's heading shows, its table not
   * yet (as a scroll to the focus goes, a frame at a time). */
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (view->scroller));
  g_assert_true (gtk_widget_compute_bounds (gtk_widget_get_parent (GTK_WIDGET (view->compare_names)),
                                            gtk_widget_get_parent (page), &bounds));
  gtk_adjustment_set_value (adjustment, bounds.origin.y - gtk_adjustment_get_page_size (adjustment));
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (page_shows (page, GTK_WIDGET (view->lower)));
  g_assert_false (gtk_widget_get_mapped (shown));

  /* The focus on a figure far down: the page scrolls to it. */
  entry = find_widget (GTK_WIDGET (view), is_figure_entry, "population");
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (sk_costs_view_in_sight (view, shown));
  g_assert_true (gtk_widget_get_mapped (shown));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (shown)), ==, aurland);
  g_assert_true (page_shows (page, shown));

  /* Scrolled back up to the note and the chart. */
  g_assert_true (gtk_widget_compute_bounds (note, gtk_widget_get_parent (page), &bounds));
  gtk_adjustment_set_value (adjustment, bounds.origin.y - 10);
  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (sk_costs_view_in_sight (view, note));
  g_assert_true (sk_costs_view_in_sight (view, chart));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (note)), ==, rounding);
  g_assert_true (page_shows (page, note));
  g_assert_true (page_shows (page, chart));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Each amount shown in full: its cell (drawn, not laid out anew at each
 * step) is as wide as its text, tabular figures and the sums' bold. */
static gboolean
amounts_fit (GtkWidget *root,
             guint     *count)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_INSCRIPTION (c) && gtk_widget_get_mapped (c))
        {
          const char *text = gtk_inscription_get_text (GTK_INSCRIPTION (c));
          PangoLayout *layout = gtk_widget_create_pango_layout (c, text);
          PangoAttrList *attributes = pango_attr_list_new ();
          int width;

          pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
          pango_layout_set_attributes (layout, attributes);
          pango_attr_list_unref (attributes);
          pango_layout_get_pixel_size (layout, &width, NULL);
          g_object_unref (layout);
          if (width > gtk_widget_get_width (c))
            {
              g_test_message ("«%s» is %d px wide in a cell of %d", text, width, gtk_widget_get_width (c));
              return FALSE;
            }
          (*count)++;
        }
      if (!amounts_fit (c, count))
        return FALSE;
    }
  return TRUE;
}

static void
test_amounts_fit (void)
{
  GtkWidget *view;
  SkWindow *window = open_costs_view (example, &view);
  guint count = 0;

  wait_for_frame (GTK_WIDGET (window));
  g_assert_true (amounts_fit (view, &count));
  /* Six municipalities' five amounts and four sums, at the least. */
  g_assert_cmpuint (count, >=, 6 * 5 + 4);

  /* More figures: the columns grow with them; and back. */
  apply_total (view, "3 000 000 000");
  wait_for_frame (GTK_WIDGET (window));
  g_assert_nonnull (find_label (view, "3,000,000,000 kr"));
  count = 0;
  g_assert_true (amounts_fit (view, &count));
  press_ctrl_z (window);
  wait_for_frame (GTK_WIDGET (window));
  count = 0;
  g_assert_true (amounts_fit (view, &count));
  g_assert_nonnull (find_label (view, "2,350,703 kr"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

int
main (int    argc,
      char **argv)
{
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (NULL);
  g_test_add_func ("/costs-ui/total-named-and-undone", test_total_named_and_undone);
  g_test_add_func ("/costs-ui/typing-survives-undo", test_typing_survives_undo);
  g_test_add_func ("/costs-ui/scenario-keeps-prepared", test_scenario_keeps_prepared);
  g_test_add_func ("/costs-ui/criterion-figure", test_criterion_figure);
  g_test_add_func ("/costs-ui/criterion-removed-undo", test_criterion_removed_undo);
  g_test_add_func ("/costs-ui/numbers-as-cli", test_numbers_as_cli);
  g_test_add_func ("/costs-ui/export-csv-for-spreadsheets", test_export_csv_for_spreadsheets);
  g_test_add_func ("/costs-ui/out-of-sight-waits", test_out_of_sight_waits);
  g_test_add_func ("/costs-ui/page-draws-what-is-in-sight", test_page_draws_what_is_in_sight);
  g_test_add_func ("/costs-ui/amounts-fit", test_amounts_fit);
  g_test_add_func ("/costs-ui/scrolled-into-sight-drawn", test_scrolled_into_sight_drawn);
  g_test_add_func ("/costs-ui/long-name-shown-short", test_long_name_shown_short);
  return ui_test_run (app);
}
