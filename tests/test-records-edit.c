/* test-records-edit.c — the edits that took a snapshot of the whole
 * project go through the core's edit functions now: a new matrix,
 * timeline or meeting from the side list, a member added or removed in
 * Properties, a what-if kept on leaving meeting mode.  Each is one named
 * step of the main window's history, which undo takes back to the byte.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>

#include "sk-document.h"
#include "sk-matrix-view.h"
#include "sk-presenter.h"
#include "sk-properties.h"
#include "sk-timeline-view.h"
#include "ui-util.h"

#define MEETING "styret-2025-11-03"

static SkApplication *app;
static char *example;

static void
settle (void)
{
  for (int i = 0; i < 20; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static void
iterate_until (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

static SkWindow *
open_window (const char *path)
{
  SkWindow *window = sk_window_new (app);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean loaded = FALSE;
  gulong id;

  gtk_window_present (GTK_WINDOW (window));
  id = g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  iterate_until (&loaded);
  g_signal_handler_disconnect (window, id);
  settle ();
  return window;
}

static gboolean
is_button_named (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

/* As a user would: press the dialog's button with this label. */
static void
press_button (GtkWidget  *root,
              const char *label)
{
  GtkWidget *found = find_widget (root, is_button_labelled, label);

  g_assert_nonnull (found);
  g_assert_true (gtk_widget_get_realized (found));
  gtk_widget_activate (found);
}

/* Waits until the history has `n` steps (a dialog's button answers after
 * showing itself pressed). */
static void
wait_for_steps (SkHistory *history,
                guint      n)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (sk_history_get_n_steps (history) != n && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  settle ();
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, n);
}

/* Ctrl+Z in the main window takes the step back, to the byte. */
static void
undo_to (SkWindow   *window,
         SkProject  *project,
         const char *before)
{
  g_autofree char *after = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle ();
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (after, ==, before);
}

/* A new matrix or timeline from its view, and a new meeting from the
 * agenda's side list: one step named for what was added. */
static void
test_new_records (void)
{
  const struct { const char *view; GType type; const char *action; const char *heading; } kinds[] = {
    { "matrix", SK_TYPE_MATRIX_VIEW, "matrix.new", "New Scoring Matrix" },
    { "timeline", SK_TYPE_TIMELINE_VIEW, "timeline.new", "New Timeline" },
  };
  g_autofree char *path = copy_example (example);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkHistory *history = sk_document_get_history (sk_document_from_project (project));

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autofree char *before = sk_project_to_data (project, NULL);
      guint steps = sk_history_get_n_steps (history);
      GPtrArray *records = k == 0 ? sk_project_get_matrices (project) : sk_project_get_timelines (project);
      guint n = records->len;
      AdwMessageDialog *dialog;
      GtkWidget *view;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", kinds[k].view);
      settle ();
      view = find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (kinds[k].type));
      g_assert_true (gtk_widget_activate_action (view, kinds[k].action, NULL));
      dialog = wait_for_dialog (kinds[k].heading);
      gtk_editable_set_text (GTK_EDITABLE (find_widget (GTK_WIDGET (dialog), is_of_type,
                                                        GSIZE_TO_POINTER (GTK_TYPE_ENTRY))),
                             "Vertskommune 2027");
      press_button (GTK_WIDGET (dialog), "_Add");
      wait_for_steps (history, steps + 1);
      g_assert_cmpuint (records->len, ==, n + 1);
      g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Add «Vertskommune 2027»");
      undo_to (window, project, before);
      g_assert_cmpuint (records->len, ==, n);
    }

  /* A meeting, from the agenda's list. */
  {
    g_autofree char *before = sk_project_to_data (project, NULL);
    guint steps = sk_history_get_n_steps (history);
    GPtrArray *meetings = sk_project_get_meetings (project);
    guint n = meetings->len;
    AdwMessageDialog *dialog;
    GtkWidget *plan, *grid, *date;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "agenda");
    settle ();
    plan = gtk_widget_get_ancestor (find_label (GTK_WIDGET (window), "Meeting Plan"), GTK_TYPE_LIST_BOX_ROW);
    gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (plan)), GTK_LIST_BOX_ROW (plan));
    settle ();
    g_signal_emit_by_name (gtk_widget_get_ancestor (find_label (GTK_WIDGET (window), "New Meeting…"), GTK_TYPE_BUTTON),
                           "clicked");
    dialog = wait_for_dialog ("New Meeting");
    grid = find_widget (GTK_WIDGET (dialog), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_GRID));
    date = gtk_grid_get_child_at (GTK_GRID (grid), 1, 2);
    if (GTK_IS_BOX (date))
      date = gtk_widget_get_first_child (date);
    gtk_editable_set_text (GTK_EDITABLE (date), "3.12.2026");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
    press_button (GTK_WIDGET (dialog), "_Add");
    wait_for_steps (history, steps + 1);
    g_assert_cmpuint (meetings->len, ==, n + 1);
    g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Add a Meeting");
    undo_to (window, project, before);
    g_assert_cmpuint (meetings->len, ==, n);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

/* A member added in Properties, and removed there: a step each, and the
 * list follows the undo. */
static void
test_members (void)
{
  g_autofree char *path = copy_example (example);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkHistory *history = sk_document_get_history (sk_document_from_project (project));
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *added = NULL;
  guint steps = sk_history_get_n_steps (history);
  guint n = sk_project_get_municipalities (project)->len;
  AdwMessageDialog *dialog;
  GtkWidget *properties, *entry;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  settle ();
  properties = find_toplevel (is_of_type, GSIZE_TO_POINTER (SK_TYPE_PROPERTIES));
  g_assert_nonnull (properties);

  gtk_widget_activate (find_widget (properties, is_button_named, "Add a Member Municipality…"));
  dialog = wait_for_dialog ("Add a Member Municipality");
  entry = find_widget (GTK_WIDGET (dialog), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Stad");
  gtk_editable_set_text (GTK_EDITABLE (gtk_widget_get_next_sibling (entry)), "4649");
  press_button (GTK_WIDGET (dialog), "_Add");
  wait_for_steps (history, steps + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Add «Stad»");
  g_assert_cmpuint (sk_project_get_municipalities (project)->len, ==, n + 1);
  g_assert_cmpstr (sk_project_find_municipality (project, "stad")->number, ==, "4649");
  g_assert_nonnull (find_label (properties, "Municipality number 4649"));
  added = sk_project_to_data (project, NULL);

  /* Removed with its trash button: a step of its own. */
  gtk_widget_activate (find_widget (properties, is_button_named, "Remove Stad"));
  wait_for_steps (history, steps + 2);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Remove «Stad»");
  g_assert_null (sk_project_find_municipality (project, "stad"));
  g_assert_null (find_label (properties, "Municipality number 4649"));

  /* Back one step at a time, in the main window; the list follows. */
  undo_to (window, project, added);
  g_assert_nonnull (find_label (properties, "Municipality number 4649"));
  undo_to (window, project, before);
  g_assert_null (find_label (properties, "Municipality number 4649"));

  gtk_window_destroy (GTK_WINDOW (properties));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

/* A what-if kept on leaving meeting mode: one step named for it, which
 * Ctrl+Z in the main window takes back to the byte. */
static void
test_keep_what_if (void)
{
  g_autofree char *path = copy_example (example);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkHistory *history = sk_document_get_history (sk_document_from_project (project));
  g_autofree char *before = sk_project_to_data (project, NULL);
  guint steps = sk_history_get_n_steps (history);
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  SkMeeting *meeting = sk_project_find_meeting (project, MEETING);
  guint scenarios = model->scenarios->len;
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  AdwMessageDialog *dialog;
  gboolean gone = FALSE;

  gtk_window_present (GTK_WINDOW (mode));
  sk_presenter_go_to (mode, 6);
  g_assert_true (sk_presenter_open_link (mode, 0));
  settle ();
  gtk_range_set_value (GTK_RANGE (find_type (GTK_WIDGET (mode), GTK_TYPE_SCALE)), 50);
  settle ();
  g_signal_connect (mode, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.leave", NULL);
  dialog = wait_for_dialog ("Keep the What-If?");
  press_button (GTK_WIDGET (dialog), "_Keep as Variant");
  iterate_until (&gone);
  settle ();

  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Keep the What-If «What-if, item 7»");
  /* The same records, one scenario more. */
  g_assert_true (sk_project_find_cost_model (project, "barnevern") == model);
  g_assert_true (sk_project_find_meeting (project, MEETING) == meeting);
  g_assert_cmpuint (model->scenarios->len, ==, scenarios + 1);

  undo_to (window, project, before);
  g_assert_cmpuint (model->scenarios->len, ==, scenarios);

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/records-edit/new-records", test_new_records);
  g_test_add_func ("/records-edit/members", test_members);
  g_test_add_func ("/records-edit/keep-what-if", test_keep_what_if);
}

int
main (int    argc,
      char **argv)
{
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
