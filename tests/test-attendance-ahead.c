/* test-attendance-ahead.c — a meeting's attendance set ahead of it from
 * the agenda's meeting menu: a notice of absence and the deputy called
 * in are recorded, one step of undo each; "Done" records nobody else
 * (who is there is taken when the meeting starts) and closes the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "sk-agenda-view.h"
#include "sk-attendance-page.h"
#include "sk-document.h"
#include "sk-record.h"
#include "test-util.h"
#include "ui-util.h"

#define MEETING "styret-2026-02-10"

static SkApplication *app;
static char *example;

static void
settle (void)
{
  gint64 until = g_get_monotonic_time () + G_USEC_PER_SEC / 5;

  while (g_get_monotonic_time () < until)
    while (g_main_context_iteration (NULL, FALSE))
      ;
}

/* The window that is not `main`, or NULL. */
static GtkWidget *
other_window (GtkWidget *main)
{
  GList *toplevels = gtk_window_list_toplevels ();
  GtkWidget *found = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (l->data != main && gtk_widget_get_visible (l->data) && find_type (l->data, SK_TYPE_ATTENDANCE_PAGE))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static guint
n_recorded (SkProject *project)
{
  g_autoptr(GPtrArray) attendance = sk_meeting_get_attendance (sk_project_find_meeting (project, MEETING));

  return attendance->len;
}

static void
test_attendance_ahead (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-attendance-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) attendance = NULL;
  SkWindow *window;
  GtkWidget *view, *dialog;
  SkAttendancePage *page;
  SkProject *project;
  SkAttendance *first;
  gboolean loaded = FALSE, closed = FALSE;
  gint64 deadline;

  g_assert_true (g_file_get_contents (example, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  window = sk_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!loaded && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (loaded);
  project = sk_window_get_project (window);
  settle ();

  view = find_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (view, "agenda.select-meeting", "s", MEETING));
  settle ();
  g_assert_cmpuint (n_recorded (project), ==, 0);
  /* The meeting menu's entry (made with the menu) */
  g_assert_true (gtk_widget_activate_action (view, "attendance.attendance", NULL));
  settle ();
  dialog = other_window (GTK_WIDGET (window));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  page = SK_ATTENDANCE_PAGE (find_type (dialog, SK_TYPE_ATTENDANCE_PAGE));
  g_assert_nonnull (find_label (dialog, "Done"));

  /* The first member sends notice of absence; the deputy is called in */
  g_assert_true (sk_attendance_page_handle_key (page, GDK_KEY_space, 0));
  settle ();
  g_assert_cmpuint (n_recorded (project), ==, 1);
  g_assert_true (sk_attendance_page_handle_key (page, GDK_KEY_d, 0));
  settle ();
  attendance = sk_meeting_get_attendance (sk_project_find_meeting (project, MEETING));
  g_assert_cmpuint (attendance->len, ==, 1);
  first = g_ptr_array_index (attendance, 0);
  g_assert_false (first->present);
  g_assert_nonnull (first->deputy);
  g_assert_true (sk_window_get_modified (window));

  /* Done: nobody else recorded as there, and the window closes */
  g_signal_connect (dialog, "destroy", G_CALLBACK (set_flag_cb), &closed);
  g_assert_true (sk_attendance_page_handle_key (page, GDK_KEY_Return, 0));
  settle ();
  g_assert_true (closed);
  g_assert_cmpuint (n_recorded (project), ==, 1);

  /* Each change one step of undo in the main window */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle ();
  g_clear_pointer (&attendance, g_ptr_array_unref);
  attendance = sk_meeting_get_attendance (sk_project_find_meeting (project, MEETING));
  g_assert_cmpuint (attendance->len, ==, 1);
  g_assert_null (((SkAttendance *) g_ptr_array_index (attendance, 0))->deputy);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle ();
  g_assert_cmpuint (n_recorded (project), ==, 0);
  g_assert_false (sk_window_get_modified (window));

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_unlink (path);
  g_rmdir (dir);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/attendance-ahead/from-the-agenda", test_attendance_ahead);
}

int
main (int    argc,
      char **argv)
{
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
