/* bench-views.c — the chair switches views in the example project, under
 * Xvfb: the first switch to the matrix, timeline and costs views (each
 * made when first shown), then switches back and forth between the agenda
 * and each, each the work of its handlers and of the frames that show the
 * view (bench-frames.h).  Baseline in the same run: the window's title
 * set and drawn.  Prints milliseconds: the three first switches, the
 * medians of the three later ones, the title's median.
 *
 * With --first-frame, each switch is timed from the click to the end of
 * the first frame drawn after it (bench-frames.h's until_first_frame ():
 * the wait for the frame clock included), not to the last frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-window.h"

#define RUNS 9

static const char *views[] = { "matrix", "timeline", "costs" };
static gboolean first_frame;

static double
show (SkWindow   *window,
      const char *view)
{
  gint64 t0 = g_get_monotonic_time ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view);
  if (first_frame)
    return until_first_frame (GTK_WIDGET (window), t0);
  return work_until_drawn (GTK_WIDGET (window), t0);
}

/* The baseline, timed as the switches are. */
static double
title_change (SkWindow *window)
{
  double t[RUNS];

  if (!first_frame)
    return bench_title_change (window, RUNS);
  for (int r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      gtk_window_set_title (GTK_WINDOW (window), r % 2 ? "Sakskart 1" : "Sakskart 2");
      t[r] = until_first_frame (GTK_WIDGET (window), t0);
    }
  return bench_median (t, RUNS);
}

int
main (int    argc,
      char **argv)
{
  SkWindow *window;
  double first[G_N_ELEMENTS (views)], again[G_N_ELEMENTS (views)];

  first_frame = argc == 3 && g_str_equal (argv[1], "--first-frame");
  if (argc != 2 + first_frame)
    {
      g_printerr ("usage: %s [--first-frame] EXAMPLE.sakskart\n", argv[0]);
      return 2;
    }
  window = bench_example_window (argv[argc - 1]);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      first[v] = show (window, views[v]);
      show (window, "agenda");
    }
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      double t[RUNS];

      for (int r = 0; r < RUNS; r++)
        {
          t[r] = show (window, views[v]);
          show (window, "agenda");
        }
      again[v] = bench_median (t, RUNS);
    }
  g_print ("%.2f %.2f %.2f %.2f %.2f %.2f %.2f\n", first[0], first[1], first[2],
           again[0], again[1], again[2], title_change (window));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
