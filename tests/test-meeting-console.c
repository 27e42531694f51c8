/* test-meeting-console.c — the chair's console and the presentation
 * watch one SkMeetingState: a move made on the state, on the console's
 * keys or in the papers shows on both, with the case number and whether
 * the board can decide on the console.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>

#include "sk-document.h"
#include "sk-edit.h"
#include "sk-meeting-console.h"
#include "sk-presenter.h"
#include "sk-presenter-impl.h"
#include "sk-presenter-record.h"
#include "sk-record.h"
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

static SkWindow *
open_window (const char *path)
{
  SkWindow *window = sk_window_new (app);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gboolean loaded = FALSE;
  gulong id;

  gtk_window_present (GTK_WINDOW (window));
  id = g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  while (!loaded && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (loaded);
  g_signal_handler_disconnect (window, id);
  settle ();
  return window;
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_is_drawable (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The case number and the quorum line of the item at `position`, as the
 * console should show them. */
static void
assert_case_shown (GtkWidget *console,
                   SkProject *project,
                   guint      position)
{
  SkMeeting *m = sk_project_find_meeting (project, MEETING);
  SkItem *item = g_ptr_array_index (m->items, position);
  g_autofree char *number = sk_item_case_number (project, m, item);
  gboolean quorate = FALSE;
  g_autofree char *quorum = sk_presenter_record_quorum_text (project, m, position, &quorate);

  g_assert_nonnull (number);
  g_assert_nonnull (find_label (console, number));
  g_assert_nonnull (find_label (console, quorum));
}

static void
test_console_observes (void)
{
  g_autofree char *path = copy_example (example);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  SkMeetingState *state = sk_presenter_get_state (mode);
  SkMeetingConsole *console = sk_meeting_console_new (mode, state);
  SkMeeting *m = sk_project_find_meeting (project, MEETING);
  SkDocument *document = sk_document_from_project (project);
  g_autoptr(GError) error = NULL;
  SkItem *item;

  gtk_window_present (GTK_WINDOW (mode));
  gtk_window_present (GTK_WINDOW (console));
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (console), "1. Opning v/styreleiar"));
  assert_case_shown (GTK_WIDGET (console), project, 0);

  /* Moved on the state: both windows show it. */
  sk_meeting_state_set_position (state, 6);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);
  g_assert_cmpstr (sk_presenter_get_heading (mode), ==, "7. Felles barnevern i Sogn");
  g_assert_nonnull (find_label (GTK_WIDGET (console), "7. Felles barnevern i Sogn"));
  g_assert_nonnull (find_label (GTK_WIDGET (console), "8. Skog i Sogn"));
  assert_case_shown (GTK_WIDGET (console), project, 6);

  /* Moved by the console's key: the presentation follows. */
  gtk_widget_activate_action (GTK_WIDGET (console), "mm.next", NULL);
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 7);
  g_assert_cmpstr (sk_presenter_get_heading (mode), ==, "8. Skog i Sogn");
  g_assert_nonnull (find_label (GTK_WIDGET (console), "8. Skog i Sogn"));
  assert_case_shown (GTK_WIDGET (console), project, 7);
  gtk_widget_activate_action (GTK_WIDGET (console), "mm.previous", NULL);
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 6);

  /* A decision made in the papers (not by the console): it shows there. */
  item = g_ptr_array_index (m->items, 6);
  g_assert_true (sk_edit_record_decision (sk_document_get_history (document), project, MEETING, item->id,
                                          "Vedteke som framlagt.", NULL, &error));
  g_assert_no_error (error);
  g_assert_nonnull (find_widget (GTK_WIDGET (console), is_label_containing, "Vedteke som framlagt."));
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_containing, "framlagt."));
  /* And undone, on the presentation's key. */
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.undo", NULL);
  g_assert_null (find_widget (GTK_WIDGET (console), is_label_containing, "Vedteke som framlagt."));
  g_assert_null (find_widget (GTK_WIDGET (mode), is_label_containing, "framlagt."));

  /* A what-if on the screen: the console says which, and the way back. */
  g_assert_true (sk_presenter_open_link (mode, 0));
  g_assert_nonnull (sk_meeting_state_get_sandbox (state));
  g_assert_nonnull (sk_meeting_state_get_linked (state));
  settle ();
  g_assert_nonnull (find_widget (GTK_WIDGET (console), is_label_containing, sk_meeting_state_get_linked (state)));
  g_assert_nonnull (find_label (GTK_WIDGET (console), "Back to the Item"));
  sk_presenter_close_link (mode);
  g_assert_null (sk_meeting_state_get_linked (state));
  settle ();
  g_assert_null (find_label (GTK_WIDGET (console), "Back to the Item"));

  gtk_window_destroy (GTK_WINDOW (console));
  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

/* The console's "Previous" on the first item stays insensitive after the
 * attendance page was opened and left, as its "Next" goes on. */
static void
test_console_previous_at_first (void)
{
  g_autofree char *path = copy_example (example);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  SkMeetingState *state = sk_presenter_get_state (mode);
  SkMeetingConsole *console = sk_meeting_console_new (mode, state);
  GtkWidget *previous, *next, *back;

  /* Meeting mode's console, as with a projector beside the laptop
   * (one screen here): the attendance page stops and starts its moves. */
  mode->console = console;
  gtk_window_present (GTK_WINDOW (mode));
  gtk_window_present (GTK_WINDOW (console));
  settle ();
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 0);
  previous = find_widget (GTK_WIDGET (console), is_button_labelled, "_Previous");
  next = find_widget (GTK_WIDGET (console), is_button_labelled, "_Next");
  g_assert_nonnull (previous);
  g_assert_nonnull (next);
  g_assert_false (gtk_widget_get_sensitive (previous));
  g_assert_true (gtk_widget_get_sensitive (next));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (mode), "mr.attendance", NULL));
  settle ();
  back = find_widget (GTK_WIDGET (mode), is_button_labelled, "_Back to the Case");
  g_assert_nonnull (back);
  g_signal_emit_by_name (back, "clicked");
  settle ();
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (previous));
  g_assert_true (gtk_widget_get_sensitive (next));

  mode->console = NULL;
  gtk_window_destroy (GTK_WINDOW (console));
  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/meeting-console/observes", test_console_observes);
  g_test_add_func ("/meeting-console/previous-at-first", test_console_previous_at_first);
}

int
main (int    argc,
      char **argv)
{
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
