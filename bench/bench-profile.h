/* bench-profile.h — counting a change in a window with callgrind, for
 * the profile-*.c programs: run under
 *
 *   valgrind --tool=callgrind --collect-atstart=no build/bench/profile-NAME …
 *
 * a change is counted from profile_start () (or profile_run_begin () for
 * each of its runs) to its last frame, each change in a dump of its own
 * (callgrind.out.PID.N) named after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <valgrind/callgrind.h>

#include "bench-frames.h"
#include "bench-window.h"

/* The counting of run `run` of a change starts: what is ready is run
 * first, not counted; the first run zeroes the counts, so that the dump
 * after the last holds the sum of the runs. */
G_GNUC_UNUSED static void
profile_run_begin (int run)
{
  drain ();
  if (run == 0)
    {
      CALLGRIND_ZERO_STATS;
      CALLGRIND_START_INSTRUMENTATION;
    }
  CALLGRIND_TOGGLE_COLLECT;
}

/* The run is counted up to the last frame it asked for. */
G_GNUC_UNUSED static void
profile_run_end (GtkWidget *window)
{
  work_until_drawn (window, g_get_monotonic_time ());
  CALLGRIND_TOGGLE_COLLECT;
}

/* A change of a single run (or of runs counted together). */
G_GNUC_UNUSED static void
profile_start (void)
{
  profile_run_begin (0);
}

/* Its end, dumped as `name`. */
G_GNUC_UNUSED static void
profile_stop (GtkWidget  *window,
              const char *name)
{
  profile_run_end (window);
  CALLGRIND_DUMP_STATS_AT (name);
}

static void profile_phase (const char *name);

/* The end of the first frame: counted up to here as "first-frame". */
static void
profile_first_paint_cb (gboolean *painted)
{
  if (*painted)
    return;
  *painted = TRUE;
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT ("first-frame");
}

/* The switches to `view` (as win.show-view names it): the first one up
 * to the end of the first frame after the click (bench-views
 * --first-frame), "first-frame", then the rest of it, up to the last
 * frame it asked for, "after-first-frame"; then, after a switch to the
 * agenda (not counted), a later one, "later-switch".  With --phases, the
 * first switch up to its first frame is split too, as "first-handlers"
 * (the click and the idles before the frame), "first-layout" and
 * "first-paint"; its "first-frame" then holds what is left. */
G_GNUC_UNUSED static void
profile_switches (GtkWidget  *window,
                  const char *view)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (profile_first_paint_cb), &painted);

  profile_start ();
  profile_phase ("first");
  gtk_widget_activate_action (window, "win.show-view", "s", view);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, id);
  profile_phase (NULL);
  CALLGRIND_TOGGLE_COLLECT;
  profile_stop (window, "after-first-frame");

  gtk_widget_activate_action (window, "win.show-view", "s", "agenda");
  work_until_drawn (window, g_get_monotonic_time ());
  profile_start ();
  gtk_widget_activate_action (window, "win.show-view", "s", view);
  profile_stop (window, "later-switch");
}

/* With --phases, a change's counts are split at the phases of each frame
 * while it is named by profile_phase (): "NAME-handlers" (the change and
 * its idles, up to the frame), "NAME-layout" (the frame's update and
 * layout: measuring and allocating), "NAME-paint" (snapshot and render)
 * and "NAME-after" (the rest), one dump of each a frame: add up those of
 * a name. */
static gboolean profile_phases;
static const char *profile_phase_of;

static void
profile_phase_cb (GdkFrameClock *clock,
                  const char    *phase)
{
  g_autofree char *name = NULL;

  if (profile_phase_of == NULL)
    return;
  name = g_strdup_printf ("%s-%s", profile_phase_of, phase);
  CALLGRIND_DUMP_STATS_AT (name);
}

/* The arguments [--phases] FILE: the file, or NULL after a usage
 * message. */
G_GNUC_UNUSED static const char *
profile_args (int    argc,
              char **argv)
{
  profile_phases = argc == 3 && g_str_equal (argv[1], "--phases");
  if (argc != 2 + profile_phases)
    {
      g_printerr ("usage: %s [--phases] EXAMPLE.sakskart\n", argv[0]);
      return NULL;
    }
  return argv[argc - 1];
}

/* With --phases, the frames of `window` split from now on, while a change
 * is named. */
G_GNUC_UNUSED static void
profile_split_phases (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  if (!profile_phases)
    return;
  /* After the window's own handlers of each phase. */
  g_signal_connect (clock, "before-paint", G_CALLBACK (profile_phase_cb), (gpointer) "handlers");
  g_signal_connect (clock, "layout", G_CALLBACK (profile_phase_cb), (gpointer) "layout");
  g_signal_connect (clock, "paint", G_CALLBACK (profile_phase_cb), (gpointer) "paint");
  g_signal_connect (clock, "after-paint", G_CALLBACK (profile_phase_cb), (gpointer) "after");
}

/* The change counted from now on is `name` (NULL: none) in the split. */
G_GNUC_UNUSED static void
profile_phase (const char *name)
{
  profile_phase_of = profile_phases ? name : NULL;
}

typedef GtkRange *(*ProfileFindScale) (GtkWidget *window);

/* `runs` steps of the slider `find` finds (between `low` and `high`),
 * "step"; as many changes of the window's title, the baseline, "title";
 * then, `runs` times, a step after a pause (not counted) and its undo,
 * "undo", which must give the slider its value back.  The slider is
 * looked for outside what is counted: a view that makes its page anew
 * on an undo gives another one. */
G_GNUC_UNUSED static void
profile_slider (SkWindow         *window,
                ProfileFindScale  find,
                double            low,
                double            high,
                int               runs)
{
  GtkWidget *w = GTK_WIDGET (window);
  GtkRange *scale = find (w);

  profile_start ();
  profile_phase ("step");
  for (int r = 0; r < runs; r++)
    {
      gtk_range_set_value (scale, r % 2 ? low : high);
      work_until_drawn (w, g_get_monotonic_time ());
    }
  profile_stop (w, "step");
  profile_phase (NULL);

  profile_start ();
  profile_phase ("title");
  bench_title_change (window, runs);
  profile_stop (w, "title");
  profile_phase (NULL);

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (find (w))));
  for (int r = 0; r < runs; r++)
    {
      double was = gtk_range_get_value (find (w));

      bench_pause_between_drags ();
      gtk_range_set_value (find (w), G_APPROX_VALUE (was, low, 1e-9) ? high : low);
      work_until_drawn (w, g_get_monotonic_time ());
      profile_run_begin (r);
      profile_phase ("undo");
      gtk_widget_activate_action (w, "win.undo", NULL);
      profile_run_end (w);
      profile_phase (NULL);
      scale = find (w);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (scale)));
      g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), was, 1e-9);
    }
  CALLGRIND_DUMP_STATS_AT ("undo");
  g_print ("%d runs each\n", runs);
}
