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
G_GNUC_UNUSED static SkWindow *
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
G_GNUC_UNUSED static double
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

/* The first slider shown under `root` whose tooltip is `tooltip` (any
 * when NULL), or NULL. */
G_GNUC_UNUSED static GtkWidget *
bench_find_scale (GtkWidget  *root,
                  const char *tooltip)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_SCALE (c) && gtk_widget_get_mapped (c) &&
          (tooltip == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (c), tooltip) == 0))
        return c;
      if ((found = bench_find_scale (c, tooltip)) != NULL)
        return found;
    }
  return NULL;
}

/* A pause of a second and a half, the window running: the next step is
 * a drag of its own, not merged into the step before, so that the undo
 * takes back that step only. */
G_GNUC_UNUSED static void
bench_pause_between_drags (void)
{
  gint64 end = g_get_monotonic_time () + 1500000;

  while (g_get_monotonic_time () < end)
    {
      drain ();
      g_usleep (5000);
    }
}
