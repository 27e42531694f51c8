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

/* Kept outside the project, so that meeting mode resumes after the
 * program was ended or crashed: taken back only into a session not
 * started, of the same meeting, saved not long ago; anything else in the
 * text leaves the session as it was. */
static void
test_session_stored (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) again = load_example ();
  SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
  SkItem *seventh = g_ptr_array_index (meeting->items, 6);
  SkItem *first = g_ptr_array_index (meeting->items, 0);
  SkMeetingSession *session = sk_meeting_session_get (project, meeting->id);
  SkMeetingSession *fresh = sk_meeting_session_get (again, meeting->id);
  g_autoptr(GDateTime) now = g_date_time_new_utc (2025, 11, 3, 10, 15, 0);
  g_autoptr(GDateTime) later = g_date_time_add_hours (now, 2);
  g_autoptr(GDateTime) next_day = g_date_time_add_hours (now, 30);
  g_autoptr(GDateTime) before = g_date_time_add_minutes (now, -5);
  g_autofree char *data = NULL;
  const char * const bad[] = {
    "", "not json", "[]", "{}",
    "{\"meeting\": \"%s\", \"item\": 7, \"elapsed_ms\": {}, \"saved\": \"2025-11-03T10:15:00Z\"}",
    "{\"meeting\": \"%s\", \"item\": null, \"elapsed_ms\": [], \"saved\": \"2025-11-03T10:15:00Z\"}",
    "{\"meeting\": \"%s\", \"item\": null, \"elapsed_ms\": {}, \"saved\": \"yesterday\"}",
    "{\"meeting\": \"%s\", \"elapsed_ms\": {}, \"saved\": \"2025-11-03T10:15:00Z\"}",
  };

  sk_meeting_session_set_elapsed (session, first->id, 90 * G_USEC_PER_SEC + 400);
  sk_meeting_session_set_elapsed (session, seventh->id, 7 * G_USEC_PER_SEC);
  sk_meeting_session_set_item (session, seventh->id);
  data = sk_meeting_session_to_data (session, meeting->id, now);

  /* Not of another meeting, nor a day old, nor saved in the future. */
  g_assert_false (sk_meeting_session_take_data (fresh, "another-meeting", data, -1, later, G_TIME_SPAN_HOUR * 12));
  g_assert_false (sk_meeting_session_take_data (fresh, meeting->id, data, -1, next_day, G_TIME_SPAN_HOUR * 12));
  g_assert_false (sk_meeting_session_take_data (fresh, meeting->id, data, -1, before, G_TIME_SPAN_HOUR * 12));
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *text = g_strdup_printf (bad[i], meeting->id);

      g_assert_false (sk_meeting_session_take_data (fresh, meeting->id, text, -1, now, G_TIME_SPAN_HOUR * 12));
    }
  g_assert_false (sk_meeting_session_is_started (fresh));

  /* Taken: the item and the times, to the millisecond. */
  g_assert_true (sk_meeting_session_take_data (fresh, meeting->id, data, -1, later, G_TIME_SPAN_HOUR * 12));
  g_assert_cmpuint (sk_meeting_session_get_position (fresh, meeting), ==, 6);
  g_assert_cmpint (sk_meeting_session_get_elapsed (fresh, first->id), ==, 90 * G_USEC_PER_SEC);
  g_assert_cmpint (sk_meeting_session_get_elapsed (fresh, seventh->id), ==, 7 * G_USEC_PER_SEC);

  /* A session already started keeps its own. */
  sk_meeting_session_set_item (fresh, first->id);
  g_assert_false (sk_meeting_session_take_data (fresh, meeting->id, data, -1, later, G_TIME_SPAN_HOUR * 12));
  g_assert_cmpuint (sk_meeting_session_get_position (fresh, meeting), ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  example_path = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_test_add_func ("/meeting-session/kept", test_session_kept);
  g_test_add_func ("/meeting-session/stored", test_session_stored);
  return g_test_run ();
}
