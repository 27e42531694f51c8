/* test-meeting-state.c — where a meeting in meeting mode stands, as an
 * object the presentation and the console observe; without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-edit.h"
#include "sk-meeting-session.h"
#include "sk-meeting-state.h"
#include "core-util.h"

static char *example_path;

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static void
signal_count_cb (SkMeetingState *state,
                 guint          *count)
{
  (*count)++;
}

static SkMeeting *
first_meeting (SkProject *project)
{
  return g_ptr_array_index (sk_project_get_meetings (project), 0);
}

/* Moving the position notifies once; moving to where it is, not at all. */
static void
test_position_notifies (void)
{
  g_autoptr(SkProject) project = test_load_project (example_path);
  SkMeeting *meeting = first_meeting (project);
  g_autoptr(SkMeetingState) state = sk_meeting_state_new (project, meeting->id);
  guint notified = 0;
  guint position = 0;

  g_assert_cmpuint (meeting->items->len, >, 7);
  g_assert_false (sk_meeting_state_get_resumed (state));
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 0);
  g_assert_true (sk_meeting_state_get_item (state) == g_ptr_array_index (meeting->items, 0));
  g_signal_connect (state, "notify::position", G_CALLBACK (count_cb), &notified);

  sk_meeting_state_set_position (state, 6);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 6);
  g_assert_true (sk_meeting_state_get_item (state) == g_ptr_array_index (meeting->items, 6));
  sk_meeting_state_set_position (state, 6);
  g_assert_cmpuint (notified, ==, 1);

  /* As a property, as a binding would. */
  g_object_set (state, "position", 2, NULL);
  g_assert_cmpuint (notified, ==, 2);
  g_object_get (state, "position", &position, NULL);
  g_assert_cmpuint (position, ==, 2);

  /* Past the end: the last item. */
  sk_meeting_state_set_position (state, G_MAXUINT);
  g_assert_cmpuint (notified, ==, 3);
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, meeting->items->len - 1);
}

/* The time runs on the item shown only, and stops when it is left. */
static void
test_elapsed_current_only (void)
{
  g_autoptr(SkProject) project = test_load_project (example_path);
  SkMeeting *meeting = first_meeting (project);
  g_autoptr(SkMeetingState) state = sk_meeting_state_new (project, meeting->id);
  gint64 third, first;

  /* The first item was shown from the start until now. */
  sk_meeting_state_set_position (state, 3);
  first = sk_meeting_state_get_elapsed (state, 0);
  g_usleep (60 * 1000);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 0), ==, first);
  for (guint i = 1; i < meeting->items->len; i++)
    if (i != 3)
      g_assert_cmpint (sk_meeting_state_get_elapsed (state, i), ==, 0);
  third = sk_meeting_state_get_elapsed (state, 3);
  g_assert_cmpint (third, >=, 60 * 1000);

  /* Left: the third's time stands still, the fifth's runs. */
  sk_meeting_state_set_position (state, 5);
  third = sk_meeting_state_get_elapsed (state, 3);
  g_usleep (40 * 1000);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 3), ==, third);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 5), >=, 40 * 1000);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 0), ==, first);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 4), ==, 0);
  /* Out of range: nothing. */
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 1000), ==, 0);
}

/* A state made again (meeting mode left by mistake and started again)
 * resumes where the last one was, with its times; restarting forgets. */
static void
test_resumes (void)
{
  g_autoptr(SkProject) project = test_load_project (example_path);
  SkMeeting *meeting = first_meeting (project);
  SkMeetingState *state = sk_meeting_state_new (project, meeting->id);
  SkItem *seventh = g_ptr_array_index (meeting->items, 6);
  gint64 spent;

  sk_meeting_state_set_position (state, 1);
  g_usleep (30 * 1000);
  sk_meeting_state_set_position (state, 6);
  g_usleep (20 * 1000);
  spent = sk_meeting_state_get_elapsed (state, 1);
  g_object_unref (state);   /* kept in the project's session */

  g_assert_true (sk_meeting_session_is_started (sk_meeting_session_get (project, meeting->id)));
  g_assert_cmpint (sk_meeting_session_get_elapsed (sk_meeting_session_get (project, meeting->id), seventh->id), >=,
                   20 * 1000);

  state = sk_meeting_state_new (project, meeting->id);
  g_assert_true (sk_meeting_state_get_resumed (state));
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 6);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 1), ==, spent);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 6), >=, 20 * 1000);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 2), ==, 0);

  /* From the beginning: the first item, every timer at 0, nothing kept. */
  sk_meeting_state_restart (state);
  g_assert_cmpuint (sk_meeting_state_get_position (state), ==, 0);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 1), ==, 0);
  g_assert_cmpint (sk_meeting_state_get_elapsed (state, 6), ==, 0);
  g_assert_false (sk_meeting_session_is_started (sk_meeting_session_get (project, meeting->id)));
  g_object_unref (state);
}

/* After the program ended or crashed: a new project (as opened again)
 * resumes from the store, at the item and with its times; started from
 * the beginning, nothing is resumed; another meeting, a store of another
 * file or an unreadable one resume nothing; a store that cannot be
 * written costs nothing but the resuming. */
static void
test_resumes_from_store (void)
{
  g_autoptr(SkProject) project = test_load_project (example_path);
  SkMeeting *meeting = first_meeting (project);
  g_autoptr(GFile) file = g_file_new_for_path (example_path);
  g_autoptr(GFile) other_file = g_file_new_for_path ("/elsewhere/other.sakskart");
  g_autoptr(GFile) store = sk_meeting_state_store_for (file, meeting->id);
  g_autoptr(GFile) other_store = sk_meeting_state_store_for (other_file, meeting->id);
  g_autoptr(GFile) folder = g_file_get_parent (store);
  g_autofree char *folder_path = g_file_get_path (folder);
  SkMeetingState *state = sk_meeting_state_new (project, meeting->id);
  gint64 spent;
  guint notified = 0;

  /* In the user's state folder (the test's own), one per file. */
  g_assert_true (g_str_has_prefix (folder_path, g_get_user_state_dir ()));
  g_assert_false (g_file_equal (store, other_store));
  g_file_delete (store, NULL, NULL);
  g_file_delete (other_store, NULL, NULL);

  g_assert_false (sk_meeting_state_keep_in (state, store));
  sk_meeting_state_set_position (state, 3);
  g_usleep (30 * 1000);
  /* Written as the item changes: a crash now loses nothing. */
  sk_meeting_state_set_position (state, 7);
  g_assert_true (g_file_query_exists (store, NULL));
  spent = sk_meeting_state_get_elapsed (state, 3);
  g_assert_cmpint (spent, >=, 30 * 1000);

  /* The program again, the project opened anew. */
  {
    g_autoptr(SkProject) again = test_load_project (example_path);
    g_autoptr(SkMeetingState) resumed = sk_meeting_state_new (again, meeting->id);

    g_assert_false (sk_meeting_state_get_resumed (resumed));
    g_signal_connect (resumed, "notify::position", G_CALLBACK (count_cb), &notified);
    g_assert_true (sk_meeting_state_keep_in (resumed, store));
    g_assert_true (sk_meeting_state_get_resumed (resumed));
    g_assert_cmpuint (notified, ==, 1);
    g_assert_cmpuint (sk_meeting_state_get_position (resumed), ==, 7);
    /* To the millisecond the store keeps. */
    g_assert_cmpint (sk_meeting_state_get_elapsed (resumed, 3) / 1000, ==, spent / 1000);
  }
  /* Of another file, nothing. */
  {
    g_autoptr(SkProject) again = test_load_project (example_path);
    g_autoptr(SkMeetingState) fresh = sk_meeting_state_new (again, meeting->id);

    g_assert_false (sk_meeting_state_keep_in (fresh, other_store));
    g_assert_cmpuint (sk_meeting_state_get_position (fresh), ==, 0);
  }
  /* Started from the beginning: from there, the times spent before gone. */
  sk_meeting_state_restart (state);
  {
    g_autoptr(SkProject) again = test_load_project (example_path);
    g_autoptr(SkMeetingState) fresh = sk_meeting_state_new (again, meeting->id);

    sk_meeting_state_keep_in (fresh, store);
    g_assert_cmpuint (sk_meeting_state_get_position (fresh), ==, 0);
    g_assert_cmpint (sk_meeting_state_get_elapsed (fresh, 3), ==, 0);
    g_assert_cmpint (sk_meeting_state_get_elapsed (fresh, 7), ==, 0);
  }
  g_object_unref (state);
  /* An unreadable store, and one that cannot be written. */
  g_assert_true (g_file_replace_contents (store, "{\"meeting\": 7", 14, NULL, FALSE, 0, NULL, NULL, NULL));
  {
    g_autoptr(SkProject) again = test_load_project (example_path);
    g_autoptr(SkMeetingState) fresh = sk_meeting_state_new (again, meeting->id);
    g_autoptr(GFile) nowhere = g_file_new_for_path ("/proc/sakskart-cannot-write/state.json");

    g_assert_false (sk_meeting_state_keep_in (fresh, store));
    g_assert_false (sk_meeting_state_keep_in (fresh, nowhere));
    sk_meeting_state_set_position (fresh, 2);
    g_assert_cmpuint (sk_meeting_state_get_position (fresh), ==, 2);
  }
  g_file_delete (store, NULL, NULL);
  g_file_delete (other_store, NULL, NULL);
}

/* An edit of the papers is told to the observers; so are the sandbox
 * and the what-if on the screen, and the timer ticks. */
static void
test_observed (void)
{
  g_autoptr(SkProject) project = test_load_project (example_path);
  SkMeeting *meeting = first_meeting (project);
  g_autoptr(SkMeetingState) state = sk_meeting_state_new (project, meeting->id);
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(GError) error = NULL;
  guint changed = 0, sandboxes = 0, linked = 0, ticks = 0;
  gint64 deadline;
  SkItem *item = NULL;

  g_signal_connect (state, "items-changed", G_CALLBACK (signal_count_cb), &changed);
  g_signal_connect (state, "notify::sandbox", G_CALLBACK (count_cb), &sandboxes);
  g_signal_connect (state, "notify::linked", G_CALLBACK (count_cb), &linked);
  g_signal_connect (state, "tick", G_CALLBACK (signal_count_cb), &ticks);

  for (guint i = 0; i < meeting->items->len && item == NULL; i++)
    if (((SkItem *) g_ptr_array_index (meeting->items, i))->kind == SK_ITEM_DECISION)
      item = g_ptr_array_index (meeting->items, i);
  g_assert_nonnull (item);
  g_assert_true (sk_edit_record_decision (NULL, project, meeting->id, item->id, "Vedteke.", NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (changed, >=, 1);

  sk_meeting_state_set_sandbox (state, sandbox);
  sk_meeting_state_set_sandbox (state, sandbox);
  g_assert_cmpuint (sandboxes, ==, 1);
  g_assert_true (sk_meeting_state_get_sandbox (state) == sandbox);
  sk_meeting_state_set_linked (state, "Barnevern");
  sk_meeting_state_set_linked (state, "Barnevern");
  g_assert_cmpuint (linked, ==, 1);
  g_assert_cmpstr (sk_meeting_state_get_linked (state), ==, "Barnevern");
  sk_meeting_state_set_linked (state, NULL);
  sk_meeting_state_set_sandbox (state, NULL);
  g_assert_cmpuint (linked, ==, 2);
  g_assert_cmpuint (sandboxes, ==, 2);
  g_assert_null (sk_meeting_state_get_sandbox (state));

  /* The timer's tick, about every second. */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (ticks == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (ticks, >=, 1);

  /* The time in words: a clock and a timer for the item shown. */
  {
    g_autofree char *clock = NULL;
    g_autofree char *timer = NULL;
    g_autofree char *schedule = NULL;
    gboolean over = TRUE;

    sk_meeting_state_describe_time (state, &clock, &timer, &over, &schedule);
    g_assert_nonnull (clock);
    g_assert_nonnull (timer);
    g_assert_true (g_str_has_prefix (timer, "0:0"));
    g_assert_false (over);
  }
}

int
main (int   argc,
      char *argv[])
{
  example_path = test_core_init (&argc, &argv);
  g_test_add_func ("/meeting-state/position-notifies", test_position_notifies);
  g_test_add_func ("/meeting-state/elapsed-current-only", test_elapsed_current_only);
  g_test_add_func ("/meeting-state/resumes", test_resumes);
  g_test_add_func ("/meeting-state/resumes-from-store", test_resumes_from_store);
  g_test_add_func ("/meeting-state/observed", test_observed);
  return g_test_run ();
}
