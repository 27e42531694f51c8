/* test-timeline-edit.c — the timeline view on the core's edit functions:
 * adding a task is one named step of undo; a Planner project imported
 * into the open timeline is one step, and undo gives back the tasks it
 * had; a name being typed in the task panel stays through the undo of
 * another task's progress; the chart's rows made ahead while a file is
 * read are used only as they were made
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-date.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-gantt.h"
#include "sk-gantt-chart.h"
#include "sk-timeline-view.h"
#include "test-util.h"
#include "ui-util.h"

static SkApplication *app;
static char *example;

/* The example written to `path` (when not NULL), open in a window of its
 * own, on the timeline `timeline`. */
static SkWindow *
open_on_timeline (const char *path,
                  const char *timeline)
{
  g_autoptr(GFile) file = NULL;
  SkWindow *window;
  gboolean loaded = FALSE;
  gint64 deadline;
  gulong id;

  if (path != NULL)
    {
      g_autofree char *contents = NULL;

      g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
      g_assert_true (g_file_set_contents (path, contents, -1, NULL));
    }
  file = g_file_new_for_path (path ? path : example);
  window = sk_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  id = g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!loaded && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (loaded);
  g_signal_handler_disconnect (window, id);
  drain ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.jump", "(ss)", "timeline", timeline);
  drain ();
  return window;
}

static SkGanttChart *
chart_of (SkWindow *window)
{
  GtkWidget *chart = find_type (GTK_WIDGET (window), SK_TYPE_GANTT_CHART);

  g_assert_nonnull (chart);
  return SK_GANTT_CHART (chart);
}

/* The side panel's control after its caption. */
static GtkWidget *
panel_field (SkWindow   *window,
             const char *caption)
{
  GtkWidget *flap = gtk_widget_get_ancestor (GTK_WIDGET (chart_of (window)), ADW_TYPE_FLAP);
  GtkWidget *label = find_label (adw_flap_get_flap (ADW_FLAP (flap)), caption);

  g_assert_nonnull (label);
  return gtk_widget_get_next_sibling (label);
}

static SkTask *
task_with_parent (SkTimeline *t)
{
  for (guint i = 0; i < t->tasks->len; i++)
    if (((SkTask *) g_ptr_array_index (t->tasks, i))->parent != NULL)
      return g_ptr_array_index (t->tasks, i);
  g_assert_not_reached ();
}

static char *
task_ids (SkTimeline *t)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < t->tasks->len; i++)
    g_string_append_printf (ids, "%s ", ((SkTask *) g_ptr_array_index (t->tasks, i))->id);
  return g_string_free (ids, FALSE);
}

/* "Add Task" beside a task of a phase: a task after it, in its phase,
 * chosen and shown in the panel; one step of undo named for it, which
 * takes it away and closes the panel; redo brings it back. */
static void
test_add_task_one_step (void)
{
  SkWindow *window = open_on_timeline (NULL, "ppt");
  SkHistory *history = history_of (window);
  SkTimeline *t = sk_project_find_timeline (sk_window_get_project (window), "ppt");
  SkGanttChart *chart = chart_of (window);
  SkTask *near = task_with_parent (t), *added;
  g_autofree char *before = task_ids (t);
  g_autofree char *after = NULL;
  guint steps = sk_history_get_n_steps (history);
  guint n = t->tasks->len;
  double x, y, w;

  sk_gantt_chart_select_task (chart, near);
  drain ();
  g_signal_emit_by_name (find_widget (GTK_WIDGET (window), is_button_labelled, "Add _Task"), "clicked");
  drain ();
  g_assert_cmpuint (t->tasks->len, ==, n + 1);
  added = g_ptr_array_index (t->tasks, n);
  g_assert_cmpstr (added->name, ==, "New task");
  g_assert_cmpstr (added->start, ==, near->end);
  g_assert_cmpstr (added->parent, ==, near->parent);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Add «New task»");
  /* Chosen, drawn, and in the panel. */
  g_assert_true (sk_gantt_chart_get_selected (chart) == added);
  g_assert_true (sk_gantt_chart_bar_position (chart, added, &x, &y, &w));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (panel_field (window, "Name"))), ==, "New task");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "12 tasks"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  after = task_ids (t);
  g_assert_cmpstr (after, ==, before);
  g_assert_null (sk_gantt_chart_get_selected (chart));
  g_assert_false (adw_flap_get_reveal_flap (ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (chart), ADW_TYPE_FLAP))));
  /* The same chart, not one made anew. */
  g_assert_true (chart_of (window) == chart);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "11 tasks"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  drain ();
  g_assert_cmpuint (t->tasks->len, ==, n + 1);
  g_assert_true (sk_gantt_chart_bar_position (chart, g_ptr_array_index (t->tasks, n), &x, &y, &w));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_shown_file_chooser (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_FILE_CHOOSER_DIALOG (widget) && gtk_widget_get_visible (widget);
}

/* A Planner project imported into the timeline shown: its three tasks
 * added there, one step of undo; undo (Ctrl+Z) gives back the tasks the
 * timeline had, in the same chart. */
static void
test_import_into_open_timeline (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-tl-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "planner.sakskart", NULL);
  g_autofree char *planner = g_test_build_filename (G_TEST_DIST, "files", "planner", "links.planner", NULL);
  g_autoptr(GFile) planner_file = g_file_new_for_path (planner);
  SkWindow *window = open_on_timeline (path, "ppt");
  SkProject *project = sk_window_get_project (window);
  SkHistory *history = history_of (window);
  SkTimeline *t = sk_project_find_timeline (project, "ppt");
  SkGanttChart *chart = chart_of (window);
  guint timelines = sk_project_get_timelines (project)->len;
  guint steps = sk_history_get_n_steps (history);
  guint n = t->tasks->len;
  g_autofree char *before = task_ids (t);
  g_autofree char *after = NULL;
  GtkFileChooser *chooser;
  GtkWidget *dialog, *view = find_type (GTK_WIDGET (window), SK_TYPE_TIMELINE_VIEW);
  SkTask *imported;
  double x, y, w;

  g_assert_true (gtk_widget_activate_action (view, "timeline.import-into", NULL));
  drain ();
  chooser = GTK_FILE_CHOOSER (find_toplevel (is_shown_file_chooser, NULL));
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_file (chooser, planner_file, NULL));
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    GFile *chosen = NULL;

    while ((chosen = gtk_file_chooser_get_file (chooser)) == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (chosen);
    g_object_unref (chosen);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  dialog = GTK_WIDGET (wait_for_dialog ("3 tasks imported from Planner"));
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();

  g_assert_cmpuint (sk_project_get_timelines (project)->len, ==, timelines);
  g_assert_true (sk_project_find_timeline (project, "ppt") == t);
  g_assert_cmpuint (t->tasks->len, ==, n + 3);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Import «Links» into «PPT – innsikt og vidare prosess»");
  imported = g_ptr_array_index (t->tasks, n + 2);
  g_assert_cmpstr (imported->name, ==, "C");
  g_assert_true (chart_of (window) == chart);
  g_assert_true (sk_gantt_chart_bar_position (chart, imported, &x, &y, &w));

  /* Ctrl+Z, as the window's shortcut runs it */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  after = task_ids (t);
  g_assert_cmpstr (after, ==, before);
  g_assert_false (sk_gantt_chart_bar_position (chart, imported, &x, &y, &w));
  g_assert_true (sk_history_get_can_redo (history));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (path);
  g_rmdir (dir);
}

/* One task's progress changed; another task chosen and its name being
 * typed; undo takes back the progress, and the name typed stays in the
 * panel, not yet the task's, until Enter gives it as one step. */
static void
test_typed_name_survives_undo (void)
{
  SkWindow *window = open_on_timeline (NULL, "ppt");
  SkHistory *history = history_of (window);
  SkTimeline *t = sk_project_find_timeline (sk_window_get_project (window), "ppt");
  SkGanttChart *chart = chart_of (window);
  SkTask *first = g_ptr_array_index (t->tasks, 1), *second = g_ptr_array_index (t->tasks, 2);
  g_autofree char *name = g_strdup (second->name);
  double progress = first->progress;
  GtkWidget *spin, *entry;

  g_assert_false (first->milestone);
  sk_gantt_chart_select_task (chart, first);
  drain ();
  spin = panel_field (window, "Progress (%)");
  g_assert_true (GTK_IS_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), progress == 40 ? 45 : 40);
  drain ();
  g_assert_cmpfloat (first->progress, !=, progress);

  sk_gantt_chart_select_task (chart, second);
  drain ();
  entry = panel_field (window, "Name");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, name);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Innsikt, andre runde");
  drain ();
  g_assert_cmpstr (second->name, ==, name);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpfloat (first->progress, ==, progress);
  g_assert_true (sk_gantt_chart_get_selected (chart) == second);
  g_assert_true (panel_field (window, "Name") == entry);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Innsikt, andre runde");

  g_signal_emit_by_name (entry, "activate");
  drain ();
  g_assert_cmpstr (second->name, ==, "Innsikt, andre runde");
  {
    g_autofree char *label = g_strdup_printf ("Rename «%s»", name);

    g_assert_cmpstr (sk_history_get_undo_label (history), ==, label);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (second->name, ==, name);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, name);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The chart's rows and days made ahead in the thread that reads a file
 * (sk_gantt_chart_prepare ()) are the ones it would make itself, taken
 * once; after a change to the project before a chart took them, they are
 * not used. */
static void
test_prepared_rows (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (example);
  guint32 first, last, want_first, want_last;

  for (int changed = 0; changed < 2; changed++)
    {
      g_autoptr(SkProject) project = sk_project_new_from_file (file, NULL, NULL, NULL, NULL);
      g_autoptr(GError) error = NULL;
      GtkWidget *chart = g_object_ref_sink (sk_gantt_chart_new ());
      SkTimeline *t;

      g_assert_nonnull (project);
      sk_gantt_chart_prepare (project);
      g_assert_nonnull (g_object_get_data (G_OBJECT (project), "sk-gantt-chart-prepared"));
      t = g_ptr_array_index (sk_project_get_timelines (project), 0);
      if (changed)
        {
          g_assert_true (sk_edit_add_task (NULL, project, t->id, "Later", "2030-06-03", "2030-06-28", FALSE,
                                           NULL, &error));
          g_assert_no_error (error);
          /* Dropped at the change. */
          g_assert_null (g_object_get_data (G_OBJECT (project), "sk-gantt-chart-prepared"));
        }
      g_assert_true (sk_gantt_span (t, &want_first, &want_last));
      sk_gantt_chart_set_timeline (SK_GANTT_CHART (chart), project, t, TRUE);
      g_assert_true (sk_gantt_chart_get_span (SK_GANTT_CHART (chart), &first, &last));
      g_assert_cmpuint (first, ==, want_first);
      g_assert_cmpuint (last, ==, want_last);
      if (changed)
        g_assert_cmpuint (last, ==, sk_date_julian ("2030-06-28"));
      /* Taken: the chart's own from now on. */
      g_assert_null (g_object_get_data (G_OBJECT (project), "sk-gantt-chart-prepared"));
      sk_gantt_chart_set_timeline (SK_GANTT_CHART (chart), NULL, NULL, FALSE);
      g_object_unref (chart);
    }
}

static guint snapshot_warnings;

static void
count_snapshot_warning_cb (const char *message)
{
  snapshot_warnings++;
}

/* Whether every widget on the way from the window to `widget` has its
 * allocation: one without is not drawn (nor what is in it). */
static gboolean
allocated_up_to (GtkWidget *widget)
{
  for (GtkWidget *w = widget; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_get_visible (w) && !gtk_widget_get_child_visible (w))
      return FALSE;
  return !gtk_widget_get_visible (widget) || gtk_widget_get_width (widget) > 0;
}

/* A task removed with the panel's button, the panel sliding away and the
 * toast sliding in (animations on, as on a desktop): the window is drawn
 * in every frame, where GTK skipped the window's content, frame after
 * frame, and the window stayed blank while the toast was shown. */
static void
test_remove_task_window_drawn (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-timeline-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "fjern.sakskart", NULL);
  SkWindow *window;
  SkTimeline *t;
  SkGanttChart *chart;
  SkTask *task;
  GtkWidget *remove;
  guint n;

  window = open_on_timeline (path, "ppt");
  t = sk_project_find_timeline (sk_window_get_project (window), "ppt");
  chart = chart_of (window);
  n = t->tasks->len;
  task = g_ptr_array_index (t->tasks, n - 4);
  sk_gantt_chart_select_task (chart, task);
  for (gint64 d = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < d;)
    g_main_context_iteration (NULL, FALSE);
  drain ();
  remove = find_widget (adw_flap_get_flap (ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (chart), ADW_TYPE_FLAP))),
                        is_button_labelled, "_Remove");
  g_assert_nonnull (remove);
  /* Animated from here: libadwaita 1.2's flap, sliding in, may measure
   * its natural width under its minimum (a warning of its own). */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", TRUE, NULL);
  snapshot_warnings = 0;
  ui_test_on_snapshot_warning (count_snapshot_warning_cb);
  g_signal_emit_by_name (remove, "clicked");
  for (gint64 d = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < d;)
    g_main_context_iteration (NULL, FALSE);
  drain ();
  ui_test_on_snapshot_warning (NULL);
  g_assert_cmpuint (t->tasks->len, ==, n - 1);
  g_assert_cmpuint (snapshot_warnings, ==, 0);
  g_assert_true (allocated_up_to (GTK_WIDGET (chart)));

  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/timeline-edit/prepared-rows", test_prepared_rows);
  g_test_add_func ("/timeline-edit/add-task-one-step", test_add_task_one_step);
  g_test_add_func ("/timeline-edit/import-into-open-timeline", test_import_into_open_timeline);
  g_test_add_func ("/timeline-edit/typed-name-survives-undo", test_typed_name_survives_undo);
  g_test_add_func ("/timeline-edit/remove-task-window-drawn", test_remove_task_window_drawn);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "en", TRUE);
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
