/* bench-window.h — the example project in a window, and the baseline of
 * the benchmarks that time a change in it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-application.h"
#include "sk-window.h"
#include "bench-util.h"
#include "bench-frames.h"

/* A 1200 × 800 window with the project at `path` (the example), shown and
 * drawn. */
static SkWindow *
bench_example_window (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  SkApplication *app;
  SkWindow *window;

  gtk_init ();
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
  return window;
}

/* The baseline: the window's title set and drawn, median milliseconds
 * of `runs` (at most 64). */
static double
bench_title_change (SkWindow *window,
                    int       runs)
{
  double t[64];

  runs = MIN (runs, 64);
  for (int r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      gtk_window_set_title (GTK_WINDOW (window), r % 2 ? "Sakskart 1" : "Sakskart 2");
      t[r] = work_until_drawn (GTK_WIDGET (window), t0);
    }
  return bench_median (t, runs);
}
