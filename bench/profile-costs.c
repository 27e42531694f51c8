/* profile-costs.c — the costs view's changes for callgrind: the first
 * switch to the view, a later one, a step of the equal-share slider and
 * its undo, each between CALLGRIND_ZERO_STATS and a dump of its own
 * (the instruction counts do not depend on the machine's load).  Run:
 *
 *   valgrind --tool=callgrind --collect-atstart=no \
 *     build/bench/profile-costs data/example.sakskart
 *
 * with the environment of bench/run.py; then callgrind_annotate each
 * callgrind.out.PID.N ("first-frame", the first switch up to the end of
 * its first frame; "after-first-frame", the rest of it, up to the last
 * frame it asked for; "later-switch", "step", "undo", "title", each the
 * sum of its runs; the runs are printed).  With PROFILE_PHASES=1 the
 * steps are cut further at the end of each frame's layout and paint
 * ("to-layout-end": the handlers and the layout; "paint": the snapshot
 * and the drawing).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <valgrind/callgrind.h>

#include "bench-window.h"

#define RUNS 4

static GtkWidget *
find_scale (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_SCALE (c) && gtk_widget_get_mapped (c))
        return c;
      if ((found = find_scale (c)) != NULL)
        return found;
    }
  return NULL;
}

static void
start (void)
{
  drain ();
  CALLGRIND_ZERO_STATS;
  CALLGRIND_START_INSTRUMENTATION;
  CALLGRIND_TOGGLE_COLLECT;
}

static void
stop (GtkWidget  *window,
      const char *name)
{
  work_until_drawn (window, g_get_monotonic_time ());
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT (name);
}

/* The end of the first frame: counted up to here as "first-frame". */
static void
first_paint_cb (gboolean *painted)
{
  if (*painted)
    return;
  *painted = TRUE;
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT ("first-frame");
}

/* With PROFILE_PHASES set, the steps' counts are cut at the end of each
 * frame's layout and paint phases. */
static void
phase_cb (GdkFrameClock *clock,
          const char    *name)
{
  CALLGRIND_DUMP_STATS_AT (name);
}

static void
pause_between_drags (void)
{
  gint64 end = g_get_monotonic_time () + 1500000;

  while (g_get_monotonic_time () < end)
    {
      drain ();
      g_usleep (5000);
    }
}

int
main (int    argc,
      char **argv)
{
  SkWindow *window;
  GtkWidget *w;

  if (argc != 2)
    {
      g_printerr ("usage: %s EXAMPLE.sakskart\n", argv[0]);
      return 2;
    }
  window = bench_example_window (argv[1]);
  w = GTK_WIDGET (window);

  /* The first switch: up to the end of the first frame after the click
   * (bench-views --first-frame), then the rest of it. */
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (w);
    gboolean painted = FALSE;
    gulong id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (first_paint_cb), &painted);

    start ();
    gtk_widget_activate_action (w, "win.show-view", "s", "costs");
    gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
    while (!painted)
      g_main_context_iteration (NULL, TRUE);
    g_signal_handler_disconnect (clock, id);
    CALLGRIND_TOGGLE_COLLECT;
    stop (w, "after-first-frame");
  }
  gtk_widget_activate_action (w, "win.show-view", "s", "agenda");
  work_until_drawn (w, g_get_monotonic_time ());
  start ();
  gtk_widget_activate_action (w, "win.show-view", "s", "costs");
  stop (w, "later-switch");

  /* The first step after the other views were shown drops their pages
   * (they are made anew when shown again): not counted, as the median of
   * bench-sliders does not count it. */
  gtk_range_set_value (GTK_RANGE (find_scale (w)), 26);
  work_until_drawn (w, g_get_monotonic_time ());
  {
    GtkWidget *scale = find_scale (w);
    GdkFrameClock *clock = gtk_widget_get_frame_clock (w);
    gulong l = 0, p = 0;

    if (g_getenv ("PROFILE_PHASES"))
      {
        l = g_signal_connect_after (clock, "layout", G_CALLBACK (phase_cb), (gpointer) "to-layout-end");
        p = g_signal_connect_after (clock, "paint", G_CALLBACK (phase_cb), (gpointer) "paint");
      }
    start ();
    for (int r = 0; r < RUNS; r++)
      {
        gtk_range_set_value (GTK_RANGE (scale), r % 2 ? 25 : 30);
        work_until_drawn (w, g_get_monotonic_time ());
      }
    stop (w, "step");
    if (l)
      {
        g_signal_handler_disconnect (clock, l);
        g_signal_handler_disconnect (clock, p);
      }
  }

  start ();
  bench_title_change (window, RUNS);
  stop (w, "title");

  for (int r = 0; r < RUNS; r++)
    {
      double was = gtk_range_get_value (GTK_RANGE (find_scale (w)));

      pause_between_drags ();
      gtk_range_set_value (GTK_RANGE (find_scale (w)), G_APPROX_VALUE (was, 25, 1e-9) ? 30 : 25);
      work_until_drawn (w, g_get_monotonic_time ());
      if (r == 0)
        start ();
      else
        {
          drain ();
          CALLGRIND_TOGGLE_COLLECT;
        }
      gtk_widget_activate_action (w, "win.undo", NULL);
      work_until_drawn (w, g_get_monotonic_time ());
      CALLGRIND_TOGGLE_COLLECT;
      g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (find_scale (w))), was, 1e-9);
    }
  CALLGRIND_DUMP_STATS_AT ("undo");
  g_print ("%d runs each\n", RUNS);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
