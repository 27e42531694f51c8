/* bench-sliders.c — the chair moves a slider in the example project, under
 * Xvfb: a factor's weight in the matrix view and the equal share in the
 * costs view, each the work of its handlers and of the frames that show
 * the new ranking or split (bench-frames.h); then the undo of one step
 * (win.undo, Ctrl+Z), drawn.  Baseline in the same run: the window's
 * title set and drawn.  Prints median milliseconds: matrix, costs, title,
 * matrix undo, costs undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-window.h"

#define RUNS 9
#define UNDO_RUNS 5

/* Moves the slider between two values and back, RUNS times. */
static double
slide (SkWindow   *window,
       const char *view,
       const char *tooltip,
       double      a,
       double      b)
{
  double t[RUNS];
  GtkWidget *scale;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view);
  work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());
  for (int r = 0; r < RUNS; r++)
    {
      gint64 t0;

      /* The page may be made anew after a change: find it each time. */
      scale = bench_find_scale (GTK_WIDGET (window), tooltip);
      g_assert_nonnull (scale);
      t0 = g_get_monotonic_time ();
      gtk_range_set_value (GTK_RANGE (scale), r % 2 ? a : b);
      t[r] = work_until_drawn (GTK_WIDGET (window), t0);
    }
  return bench_median (t, RUNS);
}

/* Moves the slider one step, then undoes it (win.undo, as Ctrl+Z does),
 * UNDO_RUNS times: the undo's milliseconds, drawn.  Checks that the undo
 * brought the slider back. */
static double
slide_and_undo (SkWindow   *window,
                const char *view,
                const char *tooltip,
                double      a,
                double      b)
{
  double t[UNDO_RUNS];

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view);
  work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());
  for (int r = 0; r < UNDO_RUNS; r++)
    {
      GtkWidget *scale = bench_find_scale (GTK_WIDGET (window), tooltip);
      double was;
      gint64 t0;

      g_assert_nonnull (scale);
      was = gtk_range_get_value (GTK_RANGE (scale));
      bench_pause_between_drags ();
      gtk_range_set_value (GTK_RANGE (scale), G_APPROX_VALUE (was, a, 1e-9) ? b : a);
      work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());
      t0 = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
      t[r] = work_until_drawn (GTK_WIDGET (window), t0);
      scale = bench_find_scale (GTK_WIDGET (window), tooltip);
      g_assert_nonnull (scale);
      g_assert_cmpfloat_with_epsilon (gtk_range_get_value (GTK_RANGE (scale)), was, 1e-9);
    }
  return bench_median (t, UNDO_RUNS);
}

int
main (int    argc,
      char **argv)
{
  SkWindow *window;
  double matrix, costs, title, matrix_undo, costs_undo;

  if (argc != 2)
    {
      g_printerr ("usage: %s EXAMPLE.sakskart\n", argv[0]);
      return 2;
    }
  window = bench_example_window (argv[1]);

  matrix = slide (window, "matrix", "Weight of Nærleik til brukarane", 3, 4);
  costs = slide (window, "costs", NULL, 25, 30);
  title = bench_title_change (window, RUNS);
  matrix_undo = slide_and_undo (window, "matrix", "Weight of Nærleik til brukarane", 3, 4);
  costs_undo = slide_and_undo (window, "costs", NULL, 25, 30);
  g_print ("%.2f %.2f %.2f %.2f %.2f\n", matrix, costs, title, matrix_undo, costs_undo);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
