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

int
main (int    argc,
      char **argv)
{
  SkWindow *window;
  GtkWidget *w;
  const char *file;

  if ((file = profile_args (argc, argv)) == NULL)
    return 2;
  window = bench_example_window (file);
  w = GTK_WIDGET (window);
  profile_split_phases (w);

  profile_switches (w, "costs");

  /* The first step after the other views were shown drops their pages
   * (they are made anew when shown again): not counted, as the median of
   * bench-sliders does not count it. */
  gtk_range_set_value (GTK_RANGE (bench_find_scale (w, NULL)), 26);
  work_until_drawn (w, g_get_monotonic_time ());
  {
    GtkWidget *scale = bench_find_scale (w, NULL);

    profile_start ();
    profile_phase ("step");
    for (int r = 0; r < RUNS; r++)
      {
        gtk_range_set_value (GTK_RANGE (scale), r % 2 ? 25 : 30);
        work_until_drawn (w, g_get_monotonic_time ());
      }
    profile_stop (w, "step");
    profile_phase (NULL);
  }

  profile_start ();
  profile_phase ("title");
  bench_title_change (window, RUNS);
  profile_stop (w, "title");
  profile_phase (NULL);

  for (int r = 0; r < RUNS; r++)
    {
      double was = gtk_range_get_value (GTK_RANGE (bench_find_scale (w, NULL)));

      bench_pause_between_drags ();
      gtk_range_set_value (GTK_RANGE (bench_find_scale (w, NULL)), G_APPROX_VALUE (was, 25, 1e-9) ? 30 : 25);
      work_until_drawn (w, g_get_monotonic_time ());
      profile_run_begin (r);
      profile_phase ("undo");
      gtk_widget_activate_action (w, "win.undo", NULL);
      profile_run_end (w);
      profile_phase (NULL);
      g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (bench_find_scale (w, NULL))), was, 1e-9);
    }
  CALLGRIND_DUMP_STATS_AT ("undo");
  g_print ("%d runs each\n", RUNS);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
