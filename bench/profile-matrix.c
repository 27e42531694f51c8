/* profile-matrix.c — the matrix view's changes for callgrind: the first
 * switch to the view, a later one, a step of a weight's slider and its
 * undo, each between CALLGRIND_ZERO_STATS and a dump of its own (the
 * instruction counts do not depend on the machine's load).  Run:
 *
 *   valgrind --tool=callgrind --collect-atstart=no \
 *     build/bench/profile-matrix data/example.sakskart
 *
 * with the environment of bench/run.py; then callgrind_annotate each
 * callgrind.out.PID.N ("first-frame", the first switch up to the end of
 * its first frame; "after-first-frame", the rest of it, up to the last
 * frame it asked for; "later-switch", "step", "undo", "title", each the
 * sum of its runs; the runs are printed).
 *
 * With --phases, the steps', titles' and undos' counts are split at the
 * phases of the frame clock, as bench-profile.h says.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-profile.h"
#include "bench-window.h"

#define RUNS 4
#define TOOLTIP "Weight of Nærleik til brukarane"

static GtkRange *
weight_scale (GtkWidget *window)
{
  GtkWidget *scale = bench_find_scale (window, TOOLTIP);

  g_assert_nonnull (scale);
  return GTK_RANGE (scale);
}

int
main (int    argc,
      char **argv)
{
  SkWindow *window;
  GtkWidget *w;
  GtkRange *scale;
  const char *file;

  if ((file = profile_args (argc, argv)) == NULL)
    return 2;
  window = bench_example_window (file);
  w = GTK_WIDGET (window);
  profile_split_phases (w);

  profile_switches (w, "matrix");

  /* The first step after the other views were shown: not counted, as
   * the median of bench-sliders does not count it. */
  gtk_range_set_value (weight_scale (w), 3.5);
  work_until_drawn (w, g_get_monotonic_time ());
  /* A step changes the page in place: the slider is found once, not in
   * what is counted. */
  scale = weight_scale (w);
  profile_start ();
  profile_phase ("step");
  for (int r = 0; r < RUNS; r++)
    {
      gtk_range_set_value (scale, r % 2 ? 3 : 4);
      work_until_drawn (w, g_get_monotonic_time ());
    }
  profile_stop (w, "step");
  profile_phase (NULL);

  profile_start ();
  profile_phase ("title");
  bench_title_change (window, RUNS);
  profile_stop (w, "title");
  profile_phase (NULL);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (scale)));
  for (int r = 0; r < RUNS; r++)
    {
      double was = gtk_range_get_value (scale);

      bench_pause_between_drags ();
      gtk_range_set_value (scale, G_APPROX_VALUE (was, 3, 1e-9) ? 4 : 3);
      work_until_drawn (w, g_get_monotonic_time ());
      profile_run_begin (r);
      profile_phase ("undo");
      gtk_widget_activate_action (w, "win.undo", NULL);
      profile_run_end (w);
      profile_phase (NULL);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (scale)));
      g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), was, 1e-9);
    }
  CALLGRIND_DUMP_STATS_AT ("undo");
  g_print ("%d runs each\n", RUNS);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
