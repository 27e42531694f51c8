/* bench-sliders.c — the chair moves a slider in the example project, under
 * Xvfb: a factor's weight in the matrix view and the equal share in the
 * costs view, each the work of its handlers and of the frames that show
 * the new ranking or split (bench-frames.h).  Baseline in the same run:
 * the window's title set and drawn.  Then the undo of a matrix step
 * (win.undo), drawn.  Prints median milliseconds: matrix, costs, title,
 * matrix undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-window.h"

#define RUNS 9

static GtkWidget *
find_scale (GtkWidget  *root,
            const char *tooltip)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_SCALE (c) && gtk_widget_get_mapped (c) &&
          (tooltip == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (c), tooltip) == 0))
        return c;
      if ((found = find_scale (c, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

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
      scale = find_scale (GTK_WIDGET (window), tooltip);
      g_assert_nonnull (scale);
      t0 = g_get_monotonic_time ();
      gtk_range_set_value (GTK_RANGE (scale), r % 2 ? a : b);
      t[r] = work_until_drawn (GTK_WIDGET (window), t0);
    }
  return bench_median (t, RUNS);
}

/* A step of the slider, then its undo: the undo timed. */
static double
slide_undo (SkWindow   *window,
            const char *view,
            const char *tooltip,
            double      a,
            double      b)
{
  double t[RUNS];

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view);
  work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());
  for (int r = 0; r < RUNS; r++)
    {
      GtkWidget *scale = find_scale (GTK_WIDGET (window), tooltip);
      gint64 t0;

      g_assert_nonnull (scale);
      gtk_range_set_value (GTK_RANGE (scale), r % 2 ? a : b);
      work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());
      /* A step of its own, not merged into the one before. */
      g_usleep (G_USEC_PER_SEC + 100000);
      t0 = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
      t[r] = work_until_drawn (GTK_WIDGET (window), t0);
      g_usleep (G_USEC_PER_SEC + 100000);
    }
  return bench_median (t, RUNS);
}

int
main (int    argc,
      char **argv)
{
  SkWindow *window;
  double matrix, costs, title, undo;

  if (argc != 2)
    {
      g_printerr ("usage: %s EXAMPLE.sakskart\n", argv[0]);
      return 2;
    }
  window = bench_example_window (argv[1]);

  matrix = slide (window, "matrix", "Weight of Nærleik til brukarane", 3, 4);
  costs = slide (window, "costs", NULL, 25, 30);
  title = bench_title_change (window, RUNS);
  undo = slide_undo (window, "matrix", "Weight of Nærleik til brukarane", 3, 4);
  g_print ("%.2f %.2f %.2f %.2f\n", matrix, costs, title, undo);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
