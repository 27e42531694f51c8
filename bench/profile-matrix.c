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
 * With --phases, the steps', titles' and undos' counts are split at the phases of
 * the frame clock: "NAME-handlers" (the change and its idles, up to the
 * frame), "NAME-layout" (the frame's update and layout: measuring and
 * allocating), "NAME-paint" (snapshot and render) and "NAME-after" (the
 * rest), one dump of each a frame: add up those of a name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <valgrind/callgrind.h>

#include "bench-window.h"

#define RUNS 4
#define TOOLTIP "Weight of Nærleik til brukarane"

static gboolean phases;
static const char *phase_of;  /* the change being counted, in phases */

static void
phase_cb (GdkFrameClock *clock,
          const char    *phase)
{
  g_autofree char *name = NULL;

  if (phase_of == NULL)
    return;
  name = g_strdup_printf ("%s-%s", phase_of, phase);
  CALLGRIND_DUMP_STATS_AT (name);
}

static GtkWidget *
find_scale (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_SCALE (c) && gtk_widget_get_mapped (c) &&
          g_strcmp0 (gtk_widget_get_tooltip_text (c), TOOLTIP) == 0)
        return c;
      if ((found = find_scale (c)) != NULL)
        return found;
    }
  return NULL;
}

static GtkRange *
weight_scale (GtkWidget *window)
{
  GtkWidget *scale = find_scale (window);

  g_assert_nonnull (scale);
  return GTK_RANGE (scale);
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
  GtkRange *scale;

  phases = argc == 3 && g_str_equal (argv[1], "--phases");
  if (argc != 2 + phases)
    {
      g_printerr ("usage: %s [--phases] EXAMPLE.sakskart\n", argv[0]);
      return 2;
    }
  window = bench_example_window (argv[argc - 1]);
  w = GTK_WIDGET (window);
  if (phases)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (w);

      /* After the window's own handlers of each phase. */
      g_signal_connect (clock, "before-paint", G_CALLBACK (phase_cb), (gpointer) "handlers");
      g_signal_connect (clock, "layout", G_CALLBACK (phase_cb), (gpointer) "layout");
      g_signal_connect (clock, "paint", G_CALLBACK (phase_cb), (gpointer) "paint");
      g_signal_connect (clock, "after-paint", G_CALLBACK (phase_cb), (gpointer) "after");
    }

  /* The first switch: up to the end of the first frame after the click
   * (bench-views --first-frame), then the rest of it. */
  {
    GdkFrameClock *clock = gtk_widget_get_frame_clock (w);
    gboolean painted = FALSE;
    gulong id = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (first_paint_cb), &painted);

    start ();
    gtk_widget_activate_action (w, "win.show-view", "s", "matrix");
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
  gtk_widget_activate_action (w, "win.show-view", "s", "matrix");
  stop (w, "later-switch");

  /* The first step after the other views were shown: not counted, as
   * the median of bench-sliders does not count it. */
  gtk_range_set_value (weight_scale (w), 3.5);
  work_until_drawn (w, g_get_monotonic_time ());
  /* A step changes the page in place: the slider is found once, not in
   * what is counted. */
  scale = weight_scale (w);
  start ();
  phase_of = phases ? "step" : NULL;
  for (int r = 0; r < RUNS; r++)
    {
      gtk_range_set_value (scale, r % 2 ? 3 : 4);
      work_until_drawn (w, g_get_monotonic_time ());
    }
  stop (w, "step");
  phase_of = NULL;

  start ();
  phase_of = phases ? "title" : NULL;
  bench_title_change (window, RUNS);
  stop (w, "title");
  phase_of = NULL;

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (scale)));
  for (int r = 0; r < RUNS; r++)
    {
      double was = gtk_range_get_value (scale);

      pause_between_drags ();
      gtk_range_set_value (scale, G_APPROX_VALUE (was, 3, 1e-9) ? 4 : 3);
      work_until_drawn (w, g_get_monotonic_time ());
      if (r == 0)
        start ();
      else
        {
          drain ();
          CALLGRIND_TOGGLE_COLLECT;
        }
      phase_of = phases ? "undo" : NULL;
      gtk_widget_activate_action (w, "win.undo", NULL);
      work_until_drawn (w, g_get_monotonic_time ());
      phase_of = NULL;
      CALLGRIND_TOGGLE_COLLECT;
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (scale)));
      g_assert_cmpfloat_with_epsilon (gtk_range_get_value (scale), was, 1e-9);
    }
  CALLGRIND_DUMP_STATS_AT ("undo");
  g_print ("%d runs each\n", RUNS);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
