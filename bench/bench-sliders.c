/* bench-sliders.c — the chair moves a slider in the example project, under
 * Xvfb: a factor's weight in the matrix view and the equal share in the
 * costs view, each the work of its handlers and of the frames that show
 * the new ranking or split (bench-frames.h).  Baseline in the same run:
 * the window's title set and drawn.  Prints median milliseconds: matrix,
 * costs, title.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sk-application.h"
#include "sk-window.h"
#include "bench-util.h"
#include "bench-frames.h"

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

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  SkApplication *app;
  SkWindow *window;
  double matrix, costs, title[RUNS];

  if (argc != 2)
    {
      g_printerr ("usage: %s EXAMPLE.sakskart\n", argv[0]);
      return 2;
    }
  gtk_init ();
  file = g_file_new_for_commandline_arg (argv[1]);
  app = sk_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_hold (G_APPLICATION (app));
  window = sk_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  gtk_window_present (GTK_WINDOW (window));
  sk_window_open_file (window, file, FALSE);
  for (int i = 0; i < 400 && sk_project_find_matrix (sk_window_get_project (window), "nav-vertskommune") == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());

  matrix = slide (window, "matrix", "Weight of Nærleik til brukarane", 3, 4);
  costs = slide (window, "costs", NULL, 25, 30);
  for (int r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      gtk_window_set_title (GTK_WINDOW (window), r % 2 ? "Sakskart 1" : "Sakskart 2");
      title[r] = work_until_drawn (GTK_WIDGET (window), t0);
    }
  g_print ("%.2f %.2f %.2f\n", matrix, costs, bench_median (title, RUNS));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
