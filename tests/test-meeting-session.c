/* test-meeting-session.c — where meeting mode stands, kept with the
 * project between one meeting mode and the next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-meeting-session.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

static void
test_session_kept (void)
{
  g_autoptr(SkProject) project = load_example ();
  SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
  SkItem *seventh = g_ptr_array_index (meeting->items, 6);
  SkItem *first = g_ptr_array_index (meeting->items, 0);
  SkMeetingSession *session = sk_meeting_session_get (project, meeting->id);

  /* Not started: from the first item, every timer at 0. */
  g_assert_false (sk_meeting_session_is_started (session));
  g_assert_cmpuint (sk_meeting_session_get_position (session, meeting), ==, 0);
  g_assert_cmpint (sk_meeting_session_get_elapsed (session, seventh->id), ==, 0);

  sk_meeting_session_set_elapsed (session, first->id, 90 * G_USEC_PER_SEC);
  sk_meeting_session_set_elapsed (session, seventh->id, 5 * G_USEC_PER_SEC);
  sk_meeting_session_set_elapsed (session, seventh->id, 7 * G_USEC_PER_SEC);
  sk_meeting_session_set_item (session, seventh->id);
  g_assert_true (sk_meeting_session_is_started (session));

  /* Asked for again (meeting mode started again): the same. */
  g_assert_true (sk_meeting_session_get (project, meeting->id) == session);
  g_assert_cmpuint (sk_meeting_session_get_position (session, meeting), ==, 6);
  g_assert_cmpint (sk_meeting_session_get_elapsed (session, first->id), ==, 90 * G_USEC_PER_SEC);
  g_assert_cmpint (sk_meeting_session_get_elapsed (session, seventh->id), ==, 7 * G_USEC_PER_SEC);

  /* Another meeting has a session of its own. */
  g_assert_true (sk_meeting_session_get (project, "another-meeting") != session);
  g_assert_false (sk_meeting_session_is_started (sk_meeting_session_get (project, "another-meeting")));

  /* The item moves up: it is found by its id. */
  g_ptr_array_steal_index (meeting->items, 6);
  g_ptr_array_insert (meeting->items, 2, seventh);
  g_assert_cmpuint (sk_meeting_session_get_position (session, meeting), ==, 2);
  /* And removed: the first item. */
  g_ptr_array_remove_index (meeting->items, 2);
  g_assert_cmpuint (sk_meeting_session_get_position (session, meeting), ==, 0);

  /* Not in the file. */
  {
    gsize length;
    g_autofree char *data = sk_project_to_data (project, &length);

    g_assert_null (g_strstr_len (data, length, "session"));
  }

  /* From the beginning. */
  sk_meeting_session_reset (session);
  g_assert_false (sk_meeting_session_is_started (session));
  g_assert_cmpint (sk_meeting_session_get_elapsed (session, first->id), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  example_path = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_test_add_func ("/meeting-session/kept", test_session_kept);
  return g_test_run ();
}
