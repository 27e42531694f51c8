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
  profile_slider (window, weight_scale, 3, 4, RUNS);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
