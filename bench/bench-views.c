/* bench-views.c — the chair switches views in the example project, under
 * Xvfb: the first switch to the matrix, timeline and costs views (each
 * made when first shown), then switches back and forth between the agenda
 * and each, each the work of its handlers and of the frames that show the
 * view (bench-frames.h).  Baseline in the same run: the window's title
 * set and drawn.  Prints milliseconds: the three first switches, the
 * medians of the three later ones, the title's median.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sk-application.h"
#include "sk-window.h"
#include "bench-util.h"
#include "bench-frames.h"

#define RUNS 9

static const char *views[] = { "matrix", "timeline", "costs" };

static double
show (SkWindow   *window,
      const char *view)
{
  gint64 t0 = g_get_monotonic_time ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", view);
  return work_until_drawn (GTK_WIDGET (window), t0);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  SkApplication *app;
  SkWindow *window;
  double first[G_N_ELEMENTS (views)], again[G_N_ELEMENTS (views)], title[RUNS];

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
  for (int r = 0; r < RUNS; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      gtk_window_set_title (GTK_WINDOW (window), r % 2 ? "Sakskart 1" : "Sakskart 2");
      title[r] = work_until_drawn (GTK_WIDGET (window), t0);
    }
  g_print ("%.2f %.2f %.2f %.2f %.2f %.2f %.2f\n", first[0], first[1], first[2],
           again[0], again[1], again[2], bench_median (title, RUNS));
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
