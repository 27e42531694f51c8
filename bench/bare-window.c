/* bare-window.c — the baseline of the start-up benchmark: an empty
 * AdwApplicationWindow that prints the time of its first frame and
 * quits, as the app does with SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME;
 * without it, it stays (as the app does), for a timing from outside
 * that waits for the window to be up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <adwaita.h>

static void
after_paint_cb (GdkFrameClock *clock,
                GApplication  *app)
{
  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, app);
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (app);
}

static void
realize_cb (GtkWidget    *window,
            GApplication *app)
{
  if (g_getenv ("SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME") == NULL)
    return;
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (after_paint_cb), app);
}

static void
activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  /* A name to find it by when timed from outside (bench/run.py, xdotool). */
  gtk_window_set_title (GTK_WINDOW (window), "Bare window");
  g_signal_connect (window, "realize", G_CALLBACK (realize_cb), app);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(AdwApplication) app = adw_application_new ("io.github.sakskart.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate_cb), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
