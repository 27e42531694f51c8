/* test-timeline.c — ISO weeks, Norwegian holidays, the Gantt layout and
 * hit-testing, and the GNOME Planner importer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sk-calendar.h"
#include "sk-date.h"
#include "sk-gantt.h"
#include "sk-planner.h"

static guint32
jd (int y,
    int m,
    int d)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  return g_date_get_julian (&date);
}

static void
test_iso_weeks (void)
{
  int year;

  /* The seed's "veke 44 og 45" of 2025 */
  g_assert_cmpuint (sk_iso_week (jd (2025, 10, 27), &year), ==, 44);
  g_assert_cmpuint (sk_iso_week (jd (2025, 11, 9), &year), ==, 45);
  /* 2026 has 53 weeks: 31 December 2026 is a Thursday */
  g_assert_cmpuint (sk_iso_week (jd (2026, 12, 31), &year), ==, 53);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpuint (sk_iso_week (jd (2027, 1, 3), &year), ==, 53);
  g_assert_cmpint (year, ==, 2026);
  g_assert_cmpuint (sk_iso_week (jd (2027, 1, 4), &year), ==, 1);
  g_assert_cmpint (year, ==, 2027);
  /* 29 December 2025 belongs to week 1 of 2026 */
  g_assert_cmpuint (sk_iso_week (jd (2025, 12, 29), &year), ==, 1);
  g_assert_cmpint (year, ==, 2026);
  /* 2020 also had 53 weeks */
  g_assert_cmpuint (sk_iso_week (jd (2020, 12, 31), NULL), ==, 53);
}

static void
test_holidays (void)
{
  /* Easter Sundays from the almanac */
  static const int easter[][3] = {
    { 2025, 4, 20 }, { 2026, 4, 5 }, { 2027, 3, 28 }, { 2028, 4, 16 }, { 2029, 4, 1 }, { 2030, 4, 21 },
  };
  /* Known holidays of 2025 and 2026, and days that are not */
  static const int days[][3] = {
    { 2025, 1, 1 }, { 2025, 4, 17 }, { 2025, 4, 18 }, { 2025, 4, 20 }, { 2025, 4, 21 }, { 2025, 5, 1 },
    { 2025, 5, 17 }, { 2025, 5, 29 }, { 2025, 6, 8 }, { 2025, 6, 9 }, { 2025, 12, 25 }, { 2025, 12, 26 },
    { 2026, 4, 2 }, { 2026, 4, 3 }, { 2026, 4, 6 }, { 2026, 5, 14 }, { 2026, 5, 24 }, { 2026, 5, 25 },
    { 2030, 5, 30 }, { 2030, 6, 10 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (easter); i++)
    {
      g_assert_cmpuint (sk_easter_sunday (easter[i][0]), ==, jd (easter[i][0], easter[i][1], easter[i][2]));
      g_assert_nonnull (sk_holiday_name (jd (easter[i][0], easter[i][1], easter[i][2])));
    }
  for (guint i = 0; i < G_N_ELEMENTS (days); i++)
    if (sk_holiday_name (jd (days[i][0], days[i][1], days[i][2])) == NULL)
      g_error ("%d-%02d-%02d should be a holiday", days[i][0], days[i][1], days[i][2]);
  g_assert_null (sk_holiday_name (jd (2025, 11, 3)));
  g_assert_null (sk_holiday_name (jd (2025, 12, 24)));
  g_assert_null (sk_holiday_name (jd (2026, 4, 4)));   /* Easter Saturday is not a public holiday */
  g_assert_cmpstr (sk_holiday_name (jd (2026, 5, 17)), ==, "Constitution Day");
  /* Count: twelve days a year, 2025 to 2030, but in 2027 Whit Monday
   * falls on 17 May. */
  for (int y = 2025; y <= 2030; y++)
    {
      int n = 0;

      for (guint32 d = jd (y, 1, 1); d <= jd (y, 12, 31); d++)
        n += sk_holiday_name (d) != NULL;
      g_assert_cmpint (n, ==, y == 2027 ? 11 : 12);
    }
  g_assert_true (sk_is_weekend (jd (2025, 11, 1)));
  g_assert_false (sk_is_weekend (jd (2025, 11, 3)));
}

static SkTimeline *
import_shared (GPtrArray **notes)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "planner",
                                                 "bench-300-saved-by-planner.planner", NULL);
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;
  SkTimeline *t;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  t = sk_planner_import (data, length, "bench", notes, &error);
  g_assert_no_error (error);
  return t;
}

static SkTask *
task (SkTimeline *t,
      const char *id)
{
  for (guint i = 0; i < t->tasks->len; i++)
    if (g_str_equal (((SkTask *) g_ptr_array_index (t->tasks, i))->id, id))
      return g_ptr_array_index (t->tasks, i);
  return NULL;
}

static void
test_planner_import (void)
{
  g_autoptr(GPtrArray) notes = NULL;
  SkTimeline *t = import_shared (&notes);
  guint milestones = 0, links = 0, top = 0;

  /* The file's README: 301 tasks, 30 milestones, 270 links, 15 phases
   * of 19 tasks and one unnamed top-level task. */
  g_assert_cmpstr (t->title, ==, "Bench 300");
  g_assert_cmpuint (t->tasks->len, ==, 301);
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *x = g_ptr_array_index (t->tasks, i);

      milestones += x->milestone;
      links += x->depends_on->len;
      top += x->parent == NULL;
    }
  g_assert_cmpuint (milestones, ==, 30);
  g_assert_cmpuint (links, ==, 270);
  g_assert_cmpuint (top, ==, 16);
  g_assert_cmpuint (notes->len, ==, 0);
  /* Work starts the next working day at 08:00, not at the predecessor's 17:00 */
  g_assert_cmpstr (task (t, "t3")->start, ==, "2025-09-04");
  g_assert_cmpstr (task (t, "t3")->end, ==, "2025-09-05");
  g_assert_cmpstr (task (t, "t3")->parent, ==, "t1");
  g_assert_cmpstr (g_ptr_array_index (task (t, "t3")->depends_on, 0), ==, "t2");
  g_assert_cmpfloat (task (t, "t3")->progress, ==, 5);
  g_assert_true (task (t, "t8")->milestone);
  g_assert_cmpstr (task (t, "t8")->start, ==, task (t, "t8")->end);
  /* The phase spans its tasks */
  g_assert_cmpstr (task (t, "t1")->start, ==, "2025-09-03");
  g_assert_cmpstr (task (t, "t1")->end, ==, "2025-11-10");

  /* It is a valid project */
  {
    g_autoptr(SkProject) p = sk_project_new ();
    g_autoptr(GPtrArray) problems = NULL;
    g_autofree char *text = NULL;
    g_autoptr(SkProject) again = NULL;
    gsize length;

    sk_project_set_title (p, "Bench");
    sk_project_add_timeline (p, t);
    problems = sk_project_check (p);
    g_assert_cmpuint (problems->len, ==, 0);
    text = sk_project_to_data (p, &length);
    again = sk_project_new_from_data (text, length, NULL, NULL);
    g_assert_nonnull (again);
  }
}

static void
test_planner_bad_files (void)
{
  const char *files[] = { "planner-broken.planner", "not-planner.xml",
                          "planner/fuzz-duplicate-id.planner", "planner/fuzz-bad-id.planner",
                          "planner/fuzz-year-25.planner", "planner/fuzz-cycle.planner" };
  int codes[] = { SK_PROJECT_ERROR_SYNTAX, SK_PROJECT_ERROR_NOT_SAKSKART,
                  SK_PROJECT_ERROR_SYNTAX, SK_PROJECT_ERROR_SYNTAX, SK_PROJECT_ERROR_SYNTAX,
                  SK_PROJECT_ERROR_INVALID };
  const char *says[] = { NULL, NULL, "two tasks have the id “1”", "“1 OR 1” is not a task id",
                         "task “A” lies outside the years 1900–2200", "form a cycle" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", files[i], NULL);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_null (sk_planner_import (data, length, "x", NULL, &error));
      g_assert_error (error, SK_PROJECT_ERROR, codes[i]);
      if (says[i])
        g_assert_nonnull (strstr (error->message, says[i]));
    }
  /* Progress that is not a number is 0, and the timeline saves and opens. */
  {
    g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "planner", "fuzz-nan-progress.planner", NULL);
    g_autofree char *data = NULL;
    g_autofree char *text = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(SkProject) project = sk_project_new ();
    g_autoptr(SkProject) again = NULL;
    SkTimeline *t;
    gsize length;

    g_assert_true (g_file_get_contents (path, &data, &length, NULL));
    t = sk_planner_import (data, length, "x", NULL, &error);
    g_assert_no_error (error);
    g_assert_cmpfloat (((SkTask *) g_ptr_array_index (t->tasks, 0))->progress, ==, 0);
    g_assert_cmpfloat (((SkTask *) g_ptr_array_index (t->tasks, 1))->progress, ==, 0);
    sk_project_set_title (project, "P");
    sk_project_add_timeline (project, t);
    text = sk_project_to_data (project, &length);
    again = sk_project_new_from_data (text, length, NULL, &error);
    g_assert_no_error (error);
  }
  {
    g_autoptr(GError) error = NULL;

    g_assert_null (sk_planner_import ("", 0, "x", NULL, &error));
    g_assert_nonnull (error);
  }
}

static SkTimeline *
import_file (const char  *name,
             GPtrArray  **notes,
             GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "planner", name, NULL);
  g_autofree char *data = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &data, &length, NULL));
  return sk_planner_import (data, length, "x", notes, error);
}

/* Tasks without "work-start" (MrProject, Planner's own examples) begin at
 * the next working time of the project's calendar after "start": not at
 * the predecessor's 17:00, not on a weekend, not on the calendar's day
 * off, not after the end of a short Friday. */
static void
test_planner_no_work_start (void)
{
  g_autoptr(GError) error = NULL;
  SkTimeline *t = import_file ("no-work-start.planner", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (task (t, "t1")->start, ==, "2025-10-06");
  g_assert_cmpstr (task (t, "t2")->start, ==, "2025-10-07");   /* Monday 17:00 → Tuesday */
  g_assert_cmpstr (task (t, "t2")->end, ==, "2025-10-07");
  /* Friday 12:00 is after the office's short Friday (09–12); Monday 13
   * is a day off in its calendar, derived from the default one. */
  g_assert_cmpstr (task (t, "t3")->start, ==, "2025-10-14");
  g_assert_cmpstr (task (t, "t3")->end, ==, "2025-10-14");
  g_assert_cmpstr (task (t, "t4")->start, ==, "2025-10-20");   /* Saturday → Monday */
  g_assert_true (task (t, "t5")->milestone);
  g_assert_cmpstr (task (t, "t5")->start, ==, "2025-10-20");
  sk_timeline_free (t);

  /* No calendars at all: Monday to Friday, 08–12 and 13–17. */
  t = import_file ("no-calendar.planner", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (task (t, "t1")->start, ==, "2025-10-03");
  g_assert_cmpstr (task (t, "t2")->start, ==, "2025-10-06");   /* Friday 17:00 → Monday */
  g_assert_cmpstr (task (t, "t3")->start, ==, "2025-10-08");   /* 12:00 → 13:00 the same day */
  sk_timeline_free (t);

  /* Each interval of a day type whole: 10–18 on one interval, and a day
   * of 07–11 and 15–19. */
  t = import_file ("working-hours.planner", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (task (t, "t2")->start, ==, "2025-10-07");   /* Monday 18:00 → Tuesday 10:00 */
  g_assert_cmpstr (task (t, "t3")->start, ==, "2025-10-07");   /* 15:00 is within 10–18 */
  g_assert_cmpstr (task (t, "t4")->start, ==, "2025-10-08");   /* 12:00 → 15:00 the same day */
  g_assert_cmpstr (task (t, "t5")->start, ==, "2025-10-09");   /* 19:00 → Thursday 10:00 */
  sk_timeline_free (t);
}

/* A byte order mark, and Latin-1 declared in the XML declaration, read as
 * libxml2 (and so Planner) reads them. */
static void
test_planner_encodings (void)
{
  const char *names[] = { "bom.planner", "latin1.planner" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autoptr(GError) error = NULL;
      SkTimeline *t = import_file (names[i], NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpstr (t->title, ==, "Fjordvegen - førebuing");
      g_assert_cmpstr (task (t, "t1")->name, ==, "Kartlegging på Årdal");
      sk_timeline_free (t);
    }
  /* An encoding the bytes do not fit is an error that says so. */
  {
    const char bad[] = "<?xml version=\"1.0\" encoding=\"no-such-encoding\"?>\n<project name=\"P\"/>";
    g_autoptr(GError) error = NULL;

    g_assert_null (sk_planner_import (bad, sizeof bad - 1, "x", NULL, &error));
    g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING);
    g_assert_nonnull (strstr (error->message, "no-such-encoding"));
  }
}

/* Planner lets a milestone hold tasks; it comes in as a phase over them,
 * with a note, and the rest of the file with it. */
static void
test_planner_milestone_with_tasks (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  SkTimeline *t = import_file ("milestone-with-tasks.planner", &notes, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (t->tasks->len, ==, 4);
  g_assert_false (task (t, "t1")->milestone);
  g_assert_cmpstr (task (t, "t1")->start, ==, "2025-10-06");
  g_assert_cmpstr (task (t, "t1")->end, ==, "2025-10-10");
  g_assert_cmpstr (task (t, "t2")->parent, ==, "t1");
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0), "“Contract signed” is a milestone"));
  g_assert_null (strstr (g_ptr_array_index (notes, 0), "t1"));
  sk_timeline_free (t);
}

/* Each link once; what was left out or changed is told. */
static void
test_planner_link_notes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  SkTimeline *t = import_file ("links.planner", &notes, &error);
  g_autofree char *all = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (task (t, "t2")->depends_on->len, ==, 1);
  g_assert_cmpuint (task (t, "t3")->depends_on->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (task (t, "t3")->depends_on, 0), ==, "t2");
  g_ptr_array_add (notes, NULL);
  all = g_strjoinv ("\n", (char **) notes->pdata);
  g_assert_cmpuint (notes->len, ==, 5 + 1);
  g_assert_nonnull (strstr (all, "1 link that is not finish-to-start was left out"));
  g_assert_nonnull (strstr (all, "1 link was listed twice and is kept once"));
  g_assert_nonnull (strstr (all, "“C” was to follow task 99"));
  g_assert_nonnull (strstr (all, "1 link from a task to itself was left out"));
  g_assert_nonnull (strstr (all, "1 link has a lag"));
  sk_timeline_free (t);
}

/* Values Planner does not write (an end before the start, a progress
 * beyond 0–100 or no number) are made good as before, and each kind is
 * told with its first task, as the links are. */
static void
test_planner_odd_values (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  SkTimeline *t = import_file ("odd-values.planner", &notes, &error);
  g_autofree char *all = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (task (t, "t1")->end, ==, "2025-10-08");
  g_assert_cmpfloat (task (t, "t3")->progress, ==, 100);
  g_assert_cmpfloat (task (t, "t4")->progress, ==, 0);
  g_assert_cmpfloat (task (t, "t5")->progress, ==, 0);
  g_assert_cmpfloat (task (t, "t6")->progress, ==, 40);
  g_ptr_array_add (notes, NULL);
  all = g_strjoinv ("\n", (char **) notes->pdata);
  g_test_message ("%s", all);
  g_assert_cmpuint (notes->len, ==, 2 + 1);
  g_assert_nonnull (strstr (all, "2 tasks ended before they started (“Backwards” and more)"));
  g_assert_nonnull (strstr (all, "3 tasks had a progress that is not a number from 0 to 100 (“Overdone”: “250”, imported as 100, and more)"));
  sk_timeline_free (t);
}

/* A progress that is no decimal number, which strtod would take ("0x10"
 * as 16, "1e2" as 100), is none, and told; white space around a number
 * is not. */
static void
test_planner_progress_not_decimal (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  SkTimeline *t = import_file ("progress-not-decimal.planner", &notes, &error);

  g_assert_no_error (error);
  g_assert_cmpfloat (task (t, "t1")->progress, ==, 0);
  g_assert_cmpfloat (task (t, "t2")->progress, ==, 0);
  g_assert_cmpfloat (task (t, "t3")->progress, ==, 0);
  g_assert_cmpfloat (task (t, "t4")->progress, ==, 40);
  g_assert_cmpfloat (task (t, "t5")->progress, ==, 12.5);
  g_assert_cmpuint (notes->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0),
                            "3 tasks had a progress that is not a number from 0 to 100 (“Hexadecimal”: “0x10”, imported as 0, and more)"));
  sk_timeline_free (t);
}

/* Two projects one after the other: one XML document holds one, and
 * Planner (libxml2) refuses the file; the tasks of the second joined the
 * first. */
static void
test_planner_two_roots (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (import_file ("two-projects.planner", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "more follows the end of the document"));
}

/* An end in the year 1 is refused with a message (GDate has no day
 * before it: the tests run with fatal criticals). */
static void
test_planner_year_one (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (import_file ("year-1-end.planner", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "task “A” lies outside the years 1900–2200"));
  g_clear_error (&error);
  /* A real date of a year the file cannot hold is told so, not "no
   * valid start". */
  g_assert_null (import_file ("year-9999.planner", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "task “B” lies outside the years 1900–2200"));
}

static char *
planner_chain (guint n)
{
  GString *s = g_string_new ("<?xml version=\"1.0\"?>\n<project name=\"Chain\"><tasks>\n");

  for (guint i = 1; i <= n; i++)
    {
      g_string_append_printf (s, "<task id=\"%u\" name=\"T%u\" start=\"20250903T000000Z\" end=\"20250905T170000Z\""
                              " type=\"normal\">", i, i);
      if (i > 1)
        g_string_append_printf (s, "<predecessors><predecessor id=\"1\" predecessor-id=\"%u\" type=\"FS\"/>"
                                "</predecessors>", i - 1);
      g_string_append (s, "</task>\n");
    }
  g_string_append (s, "</tasks></project>\n");
  return g_string_free (s, FALSE);
}

static double
planner_seconds (const char *text)
{
  double best = G_MAXDOUBLE;

  for (int run = 0; run < 3; run++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GTimer) timer = g_timer_new ();
      SkTimeline *t = sk_planner_import (text, strlen (text), "x", NULL, &error);

      g_assert_no_error (error);
      best = MIN (best, g_timer_elapsed (timer, NULL));
      sk_timeline_free (t);
    }
  return best;
}

/* Time grows with the file: 16 times the links take well under 16 × 16
 * times as long (it was quadratic: 100,000 links took over 30 s). */
static void
test_planner_linear (void)
{
  g_autofree char *small = planner_chain (4000);
  g_autofree char *large = planner_chain (64000);
  double a = planner_seconds (small), b = planner_seconds (large);

  g_test_message ("4,000 links %.3f s, 64,000 links %.3f s", a, b);
  g_assert_cmpfloat (b, <, 64 * MAX (a, 0.001));
}

static void
test_gantt_rows_and_hits (void)
{
  SkTimeline *t = import_shared (NULL);
  g_autoptr(GArray) rows = sk_gantt_rows (t, NULL);
  g_autoptr(GHashTable) collapsed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GArray) fewer = NULL;
  SkTimescale ts = { jd (2025, 9, 1), 10, SK_GANTT_LABEL_WIDTH };
  const SkGanttRow *r;
  guint row = 0;
  double y;

  g_assert_cmpuint (rows->len, ==, 301);
  r = &g_array_index (rows, SkGanttRow, 0);
  g_assert_cmpstr (((SkTask *) g_ptr_array_index (t->tasks, r->task))->id, ==, "t1");
  g_assert_true (r->phase);
  g_assert_cmpint (g_array_index (rows, SkGanttRow, 1).depth, ==, 1);

  /* A collapsed phase hides its 19 tasks */
  g_hash_table_add (collapsed, "t1");
  fewer = sk_gantt_rows (t, collapsed);
  g_assert_cmpuint (fewer->len, ==, 301 - 19);
  g_assert_true (g_array_index (fewer, SkGanttRow, 0).collapsed);

  /* Arithmetic: Task 3 (2025-09-04 … 05) in row 2 */
  g_assert_cmpfloat (sk_timescale_x (&ts, jd (2025, 9, 4)), ==, 30);
  g_assert_cmpfloat (sk_timescale_day (&ts, 30), ==, jd (2025, 9, 4));
  y = SK_GANTT_HEADER_HEIGHT + 2.5 * SK_GANTT_ROW_HEIGHT;
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, SK_GANTT_LABEL_WIDTH + 40, y, 0, &row), ==, SK_GANTT_HIT_BAR);
  g_assert_cmpuint (row, ==, 2);
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, SK_GANTT_LABEL_WIDTH + 31, y, 0, &row), ==, SK_GANTT_HIT_START);
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, SK_GANTT_LABEL_WIDTH + 49, y, 0, &row), ==, SK_GANTT_HIT_END);
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, SK_GANTT_LABEL_WIDTH + 200, y, 0, &row), ==, SK_GANTT_HIT_ROW);
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, 100, y, 0, &row), ==, SK_GANTT_HIT_LABEL);
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, 10, SK_GANTT_HEADER_HEIGHT + 5, 0, &row), ==, SK_GANTT_HIT_EXPANDER);

  /* A narrow chart (a window on half a laptop's screen) narrows its names
   * column, and the bars move left with it. */
  g_assert_cmpfloat (sk_gantt_label_width_for (1200), ==, SK_GANTT_LABEL_WIDTH);
  g_assert_cmpfloat (sk_gantt_label_width_for (500), ==, 200);
  g_assert_cmpfloat (sk_gantt_label_width_for (200), ==, SK_GANTT_LABEL_MIN_WIDTH);
  ts.label_width = sk_gantt_label_width_for (500);
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, 200 + 40, y, 0, &row), ==, SK_GANTT_HIT_BAR);
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, 190, y, 0, &row), ==, SK_GANTT_HIT_LABEL);
  ts.label_width = SK_GANTT_LABEL_WIDTH;
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, 100, 10, 0, &row), ==, SK_GANTT_HIT_HEADER);
  /* Scrolled right by 500 px: the labels stay, the bars move */
  g_assert_cmpint (sk_gantt_hit (t, rows, &ts, 500 + 100, y, 500, &row), ==, SK_GANTT_HIT_LABEL);
  sk_timeline_free (t);
}

static void
test_gantt_violation (void)
{
  const char *json =
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[],\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":["
    "{\"id\":\"a\",\"name\":\"A\",\"start\":\"2026-01-05\",\"end\":\"2026-01-09\"},"
    "{\"id\":\"b\",\"name\":\"B\",\"start\":\"2026-01-08\",\"end\":\"2026-01-12\",\"depends_on\":[\"a\"]},"
    "{\"id\":\"c\",\"name\":\"C\",\"start\":\"2026-01-13\",\"end\":\"2026-01-14\",\"depends_on\":[\"b\"]},"
    "{\"id\":\"m\",\"name\":\"M\",\"start\":\"2026-01-14\",\"end\":\"2026-01-14\",\"milestone\":true,\"depends_on\":[\"c\"]}]}]}";
  g_autoptr(SkProject) p = sk_project_new_from_data (json, strlen (json), NULL, NULL);
  SkTimeline *t = sk_project_find_timeline (p, "t");

  g_assert_true (sk_gantt_task_violates (t, g_ptr_array_index (t->tasks, 1)));   /* B starts before A ends */
  g_assert_false (sk_gantt_task_violates (t, g_ptr_array_index (t->tasks, 2)));
  g_assert_false (sk_gantt_task_violates (t, g_ptr_array_index (t->tasks, 3)));  /* a milestone on the last day */
}

/* The pixel at (x, y) of an RGB24 image surface. */
static guint32
pixel_at (cairo_surface_t *surface,
          int              x,
          int              y)
{
  const guchar *data = cairo_image_surface_get_data (surface);

  return *(const guint32 *) (data + y * cairo_image_surface_get_stride (surface) + x * 4) & 0xffffff;
}

/* A line from a milestone leaves it from below: along its row it would
 * strike through the milestone's name, which stands beside it. */
static void
test_gantt_milestone_line (void)
{
  const char *json =
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[],\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":["
    "{\"id\":\"m\",\"name\":\"M\",\"start\":\"2026-01-05\",\"end\":\"2026-01-05\",\"milestone\":true},"
    "{\"id\":\"a\",\"name\":\"A\",\"start\":\"2026-03-02\",\"end\":\"2026-03-13\",\"depends_on\":[\"m\"]},"
    "{\"id\":\"n\",\"name\":\"N\",\"start\":\"2026-03-20\",\"end\":\"2026-03-20\",\"milestone\":true,\"depends_on\":[\"a\"]},"
    "{\"id\":\"b\",\"name\":\"B\",\"start\":\"2026-03-20\",\"end\":\"2026-03-27\",\"depends_on\":[\"n\"]}]}]}";
  g_autoptr(SkProject) p = sk_project_new_from_data (json, strlen (json), NULL, NULL);
  SkTimeline *t = sk_project_find_timeline (p, "t");
  g_autoptr(GArray) rows = sk_gantt_rows (t, NULL);
  SkTimescale ts = { jd (2025, 12, 29), 4, SK_GANTT_LABEL_WIDTH };
  SkGanttStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width = (int) SK_GANTT_LABEL_WIDTH + 120 * 4, height = (int) (SK_GANTT_HEADER_HEIGHT + 5 * SK_GANTT_ROW_HEIGHT);
  int mid = (int) (SK_GANTT_HEADER_HEIGHT + SK_GANTT_ROW_HEIGHT / 2);
  int x0 = (int) (SK_GANTT_LABEL_WIDTH + sk_timescale_x (&ts, jd (2026, 1, 5)) + 40);
  int x1 = (int) (SK_GANTT_LABEL_WIDTH + sk_timescale_x (&ts, jd (2026, 3, 2)) - 12);
  guint32 background = 0xffffff, line = 0;
  guint run = 0, longest = 0;

  g_assert_nonnull (t);
  sk_gantt_style_init_light (&style);
  style.weekend = style.holiday = style.grid = style.background;
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  sk_gantt_draw (cr, t, rows, &ts, &style, 0, 0, width, height, -1, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* Beyond the name "M", along the milestone's row: background only. */
  g_assert_cmpint (x1 - x0, >, 100);
  for (int x = x0; x < x1; x++)
    {
      run = pixel_at (surface, x, mid) != background ? run + 1 : 0;
      longest = MAX (longest, run);
    }
  g_assert_cmpuint (longest, ==, 0);
  /* The line goes down from the diamond to A's row, then along it. */
  {
    int xm = (int) (SK_GANTT_LABEL_WIDTH + sk_timescale_x (&ts, jd (2026, 1, 5) + 0.5));
    int ya = (int) (SK_GANTT_HEADER_HEIGHT + 1.5 * SK_GANTT_ROW_HEIGHT);

    line = pixel_at (surface, xm, mid + 10);
    g_assert_cmphex (line, !=, background);
    g_assert_cmphex (pixel_at (surface, xm, ya - 3), ==, line);
    g_assert_cmphex (pixel_at (surface, (xm + x1) / 2, ya), ==, line);
  }
  /* N and B start on the same day: the line runs along the rows' border
   * and into B's start, not through N's name. */
  {
    int yn = (int) (SK_GANTT_HEADER_HEIGHT + 2.5 * SK_GANTT_ROW_HEIGHT);
    int xn = (int) (SK_GANTT_LABEL_WIDTH + sk_timescale_x (&ts, jd (2026, 3, 20) + 0.5));

    run = longest = 0;
    for (int x = xn + 30; x < width; x++)
      {
        run = pixel_at (surface, x, yn) != background ? run + 1 : 0;
        longest = MAX (longest, run);
      }
    g_assert_cmpuint (longest, ==, 0);
  }
  cairo_surface_destroy (surface);
}

static void
test_gantt_export (void)
{
  SkTimeline *t = import_shared (NULL);
  g_autofree char *dir = g_dir_make_tmp ("sakskart-gantt-XXXXXX", NULL);
  const char *names[] = { "t.png", "t.svg", "t.pdf" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      gsize length = 0;
      g_autofree char *data = NULL;

      g_assert_true (sk_gantt_export (t, path, "a3", &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_unlink (path);
    }
  {
    g_autofree char *bad = g_build_filename (dir, "t.gif", NULL);

    g_assert_false (sk_gantt_export (t, bad, "a4", &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  }
  /* A PNG that cannot be written is an error, as a PDF or SVG is. */
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *nowhere = g_build_filename (dir, "missing", names[i], NULL);

      g_clear_error (&error);
      g_assert_false (sk_gantt_export (t, nowhere, "a4", &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
      g_assert_nonnull (strstr (error->message, "There is no folder"));
      g_assert_true (g_str_has_prefix (error->message, nowhere));
    }
  g_rmdir (dir);
  sk_timeline_free (t);
}

/* A timeline of `n` tasks in chains of 30, dated from 5 January 2026;
 * every 10th a milestone, each task after up to ten before it. */
static SkTimeline *
chains (guint n)
{
  SkTimeline *t = sk_timeline_new ();

  t->id = g_strdup ("chains");
  t->title = g_strdup ("Chains");
  for (guint i = 0; i < n; i++)
    {
      SkTask *task = sk_task_new ();
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_julian (&d, jd (2026, 1, 5) + (i % 30) * 4);
      task->id = g_strdup_printf ("t%u", i);
      task->name = g_strdup_printf ("Task %u", i);
      task->milestone = task->has_milestone = i % 10 == 9;
      task->start = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
      if (!task->milestone)
        g_date_add_days (&d, 2);
      task->end = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
      /* Up to ten links back in its chain. */
      for (guint k = 1; k <= MIN (i % 30, 10); k++)
        g_ptr_array_add (task->depends_on, g_strdup_printf ("t%u", i - k));
      g_ptr_array_add (t->tasks, task);
    }
  return t;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkTimeline, sk_timeline_free)

static gboolean
dark (guint32 pixel)
{
  return ((pixel >> 16) & 0xff) < 0xa0 && ((pixel >> 8) & 0xff) < 0xa0 && (pixel & 0xff) < 0xa0;
}

/* The last day's milestone keeps its name and the header its year: the
 * image reaches beyond them ("Etablering …" was cut, the year read "202"). */
static void
test_gantt_export_last_day (void)
{
  const char *json =
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[],\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":["
    "{\"id\":\"a\",\"name\":\"Utgreiing\",\"start\":\"2025-05-06\",\"end\":\"2026-10-30\"},"
    "{\"id\":\"m\",\"name\":\"Etablering av felles barnevernteneste\",\"start\":\"2027-01-01\",\"end\":\"2027-01-01\","
    "\"milestone\":true,\"depends_on\":[\"a\"]}]}]}";
  g_autoptr(SkProject) p = sk_project_new_from_data (json, strlen (json), NULL, NULL);
  g_autofree char *dir = g_dir_make_tmp ("sakskart-gantt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.png", NULL);
  g_autoptr(GError) error = NULL;
  cairo_surface_t *image;
  int width, y0 = (int) (SK_GANTT_HEADER_HEIGHT + SK_GANTT_ROW_HEIGHT), y1 = y0 + (int) SK_GANTT_ROW_HEIGHT;
  int right_name = 0, right_year = 0;

  g_assert_true (sk_gantt_export (sk_project_find_timeline (p, "t"), path, "a4", &error));
  g_assert_no_error (error);
  image = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  width = cairo_image_surface_get_width (image);
  for (int x = 0; x < width; x++)
    {
      for (int y = y0; y < y1; y++)
        if (dark (pixel_at (image, x, y)))
          right_name = x;
      for (int y = 0; y < SK_GANTT_HEADER_HEIGHT / 2; y++)
        if (dark (pixel_at (image, x, y)))
          right_year = x;
    }
  /* The name, ~230 pixels long, ends before the image does; so does the
   * year written at 1 January 2027, the last day. */
  g_test_message ("width %d, name ends at %d, year at %d", width, right_name, right_year);
  g_assert_cmpint (right_name, <, width - 2);
  g_assert_cmpint (right_year, <, width - 2);
  {
    /* 1 January 2027 is where the last year's label starts; the label
     * is whole: more than 25 pixels of it. */
    int day_px = 0;

    for (int x = right_year; x > 0 && day_px == 0; x--)
      {
        gboolean column_dark = FALSE;

        for (int y = 0; y < SK_GANTT_HEADER_HEIGHT / 2; y++)
          column_dark |= dark (pixel_at (image, x, y));
        if (!column_dark && x < right_year - 40)
          day_px = x;
      }
    g_assert_cmpint (right_year - day_px, >, 25);
  }
  cairo_surface_destroy (image);
  g_unlink (path);
  g_rmdir (dir);
}

/* The image ends at the end of a day: the header's last day number is
 * whole, not cut at the edge ("18 1"), whatever the milestone's name
 * beside the last day asks for. */
static void
test_gantt_export_whole_days (void)
{
  const char *names[] = { "Vedtak i alle kommunestyra", "M", "Nyttårsmilepæl med langt namn" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *json = g_strdup_printf (
        "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[],\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":["
        "{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-09-29\",\"end\":\"2025-10-03\"},"
        "{\"id\":\"m\",\"name\":\"%s\",\"start\":\"2025-10-05\",\"end\":\"2025-10-05\",\"milestone\":true}]}]}",
        names[i]);
      g_autoptr(SkProject) p = sk_project_new_from_data (json, strlen (json), NULL, NULL);
      g_autofree char *dir = g_dir_make_tmp ("sakskart-gantt-XXXXXX", NULL);
      g_autofree char *path = g_build_filename (dir, "t.png", NULL);
      g_autoptr(GError) error = NULL;
      cairo_surface_t *image;
      int width;
      double days;

      g_assert_true (sk_gantt_export (sk_project_find_timeline (p, "t"), path, "a4", &error));
      g_assert_no_error (error);
      image = cairo_image_surface_create_from_png (path);
      width = cairo_image_surface_get_width (image);
      /* 24 pixels a day at this span */
      days = (width - SK_GANTT_LABEL_WIDTH) / 24.0;
      g_test_message ("%s: width %d, %.2f days", names[i], width, days);
      g_assert_cmpfloat (fabs (days - round (days)), <, 0.05);
      for (int y = (int) (SK_GANTT_HEADER_HEIGHT / 2); y < SK_GANTT_HEADER_HEIGHT; y++)
        for (int x = width - 3; x < width; x++)
          g_assert_false (dark (pixel_at (image, x, y)));
      cairo_surface_destroy (image);
      g_unlink (path);
      g_rmdir (dir);
    }
}

/* The line of 1 October stops above the week numbers: it struck "40"
 * through. */
static void
test_gantt_month_line_spares_weeks (void)
{
  g_autoptr(SkTimeline) t = chains (3);
  g_autoptr(GArray) rows = sk_gantt_rows (t, NULL);
  SkTimescale ts = { jd (2025, 9, 1), 6, SK_GANTT_LABEL_WIDTH };
  SkGanttStyle style;
  cairo_surface_t *surface;
  cairo_t *cr;
  int width = (int) SK_GANTT_LABEL_WIDTH + 90 * 6, height = (int) (SK_GANTT_HEADER_HEIGHT + 3 * SK_GANTT_ROW_HEIGHT);
  int x = (int) (SK_GANTT_LABEL_WIDTH + sk_timescale_x (&ts, jd (2025, 10, 1)));
  int top = (int) (SK_GANTT_HEADER_HEIGHT / 2);
  guint32 line;
  guint same = 0;

  sk_gantt_style_init_light (&style);
  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  cr = cairo_create (surface);
  sk_gantt_draw (cr, t, rows, &ts, &style, 0, 0, width, height, -1, 0);
  cairo_destroy (cr);
  cairo_surface_flush (surface);

  /* The line in the upper row, then the column below it. */
  line = pixel_at (surface, x, 2);
  g_assert_cmphex (line, !=, pixel_at (surface, x + 30, 2));
  for (int y = top + 2; y < SK_GANTT_HEADER_HEIGHT - 2; y++)
    same += pixel_at (surface, x, y) == line;
  g_assert_cmpuint (same, <, 3);
  cairo_surface_destroy (surface);
}

/* The PNG's limit is known before anything is drawn: a timeline too tall
 * is refused at once, and says how many rows fit. */
static void
test_gantt_png_limit (void)
{
  g_autoptr(SkTimeline) many = chains (20000);
  g_autoptr(SkTimeline) fits = chains (1200);
  g_autofree char *dir = g_dir_make_tmp ("sakskart-gantt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();

  g_assert_false (sk_gantt_export (many, path, "a4", &error));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 0.5);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "at most 1258 rows"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_clear_error (&error);

  g_assert_true (sk_gantt_export (fits, path, "a4", &error));
  g_assert_no_error (error);
  g_unlink (path);
  g_rmdir (dir);
}

static double
pdf_seconds (SkTimeline *t,
             const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  double s;

  g_assert_true (sk_gantt_export (t, path, "a4", &error));
  g_assert_no_error (error);
  s = g_timer_elapsed (timer, NULL);
  g_unlink (path);
  return s;
}

/* A PDF's time grows with its pages: 16 times the tasks take not much
 * more than 16 times as long (it was quadratic: 100,000 tasks took 66 s). */
static void
test_gantt_pdf_linear (void)
{
  g_autoptr(SkTimeline) small = chains (500);
  g_autoptr(SkTimeline) large = chains (8000);
  g_autofree char *dir = g_dir_make_tmp ("sakskart-gantt-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "t.pdf", NULL);
  double a = MIN (pdf_seconds (small, path), pdf_seconds (small, path));
  double b = pdf_seconds (large, path);

  g_test_message ("500 tasks %.3f s, 8,000 tasks %.3f s", a, b);
  g_assert_cmpfloat (b, <, 40 * MAX (a, 0.005));
  g_rmdir (dir);
}

/* A date's day number, reckoned, is GDate's for every day the file may
 * have, and 0 for what sk_date_parse () refuses. */
static void
test_date_julian (void)
{
  static const char *bad[] = {
    NULL, "", "2026-02-29", "2025-13-01", "2025-00-10", "2025-01-00", "2025-04-31",
    "1899-12-31", "2201-01-01", "2025-1-01", "2025/01/01", "2025-01-011", "20a5-01-01", "2100-02-29",
  };
  GDate d;
  guint n = 0;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, 1, SK_DATE_MIN_YEAR);
  while (g_date_get_year (&d) <= SK_DATE_MAX_YEAR)
    {
      char iso[16];

      g_snprintf (iso, sizeof iso, "%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
      g_assert_cmpuint (sk_date_julian (iso), ==, g_date_get_julian (&d));
      g_date_add_days (&d, 1);
      n++;
    }
  g_assert_cmpuint (n, ==, 109938);
  g_assert_cmpuint (sk_date_julian ("2000-02-29"), ==, sk_date_julian ("2000-03-01") - 1);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_assert_cmpuint (sk_date_julian (bad[i]), ==, 0);
      g_assert_false (sk_date_parse (bad[i], NULL));
    }
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "en_US.UTF-8");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/calendar/iso-weeks", test_iso_weeks);
  g_test_add_func ("/calendar/date-julian", test_date_julian);
  g_test_add_func ("/calendar/norwegian-holidays-2025-2030", test_holidays);
  g_test_add_func ("/planner/import", test_planner_import);
  g_test_add_func ("/planner/bad-files", test_planner_bad_files);
  g_test_add_func ("/planner/no-work-start", test_planner_no_work_start);
  g_test_add_func ("/planner/encodings", test_planner_encodings);
  g_test_add_func ("/planner/milestone-with-tasks", test_planner_milestone_with_tasks);
  g_test_add_func ("/planner/link-notes", test_planner_link_notes);
  g_test_add_func ("/planner/odd-values", test_planner_odd_values);
  g_test_add_func ("/planner/progress-not-decimal", test_planner_progress_not_decimal);
  g_test_add_func ("/planner/two-roots", test_planner_two_roots);
  g_test_add_func ("/planner/year-one", test_planner_year_one);
  g_test_add_func ("/planner/linear", test_planner_linear);
  g_test_add_func ("/gantt/rows-and-hits", test_gantt_rows_and_hits);
  g_test_add_func ("/gantt/violation", test_gantt_violation);
  g_test_add_func ("/gantt/milestone-line", test_gantt_milestone_line);
  g_test_add_func ("/gantt/export", test_gantt_export);
  g_test_add_func ("/gantt/export-last-day", test_gantt_export_last_day);
  g_test_add_func ("/gantt/export-whole-days", test_gantt_export_whole_days);
  g_test_add_func ("/gantt/month-line-spares-weeks", test_gantt_month_line_spares_weeks);
  g_test_add_func ("/gantt/png-limit", test_gantt_png_limit);
  g_test_add_func ("/gantt/pdf-linear", test_gantt_pdf_linear);
  return g_test_run ();
}
