/* bench-frames.h — timing a change in a window up to the frames that
 * show it, for the benchmark programs with a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

/* Runs what is ready, without waiting. */
G_GNUC_UNUSED static void
drain (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

typedef struct
{
  gint64 start;
  gint64 work;     /* microseconds inside frames */
  gint64 first_end; /* when the first frame ended */
  guint  frames;
} Frames;

static void
before_paint_cb (GdkFrameClock *clock,
                 Frames        *f)
{
  f->start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                Frames        *f)
{
  gint64 now = g_get_monotonic_time ();

  f->work += now - f->start;
  if (f->frames == 0)
    f->first_end = now;
  f->frames++;
}

/* Milliseconds of work for a change: its handlers and idles, then every
 * frame drawn for it (a frame may ask for another: scrolling to the
 * focus), each timed from its start, not from when the frame clock chose
 * to start it; until no frame has come for 50 ms. */
G_GNUC_UNUSED static double
work_until_drawn (GtkWidget *window,
                  gint64     t0)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frames f = { 0 };
  gint64 handlers, quiet;
  guint seen = 0;
  gulong before, after;

  drain ();
  handlers = g_get_monotonic_time () - t0;
  before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &f);
  after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &f);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  quiet = g_get_monotonic_time () + 50000;
  while (g_get_monotonic_time () < quiet || f.frames == 0)
    {
      g_main_context_iteration (NULL, FALSE);
      if (f.frames != seen)
        {
          seen = f.frames;
          quiet = g_get_monotonic_time () + 50000;
        }
      g_usleep (500);
    }
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);
  return (handlers + f.work) / 1000.0;
}

/* Milliseconds from `t0`, just before a change was made (a click), to the
 * end of the first frame drawn after it: the handlers and idles, any wait
 * for the frame clock, and that frame.  Then waits, as work_until_drawn ()
 * does, until no frame has come for 50 ms, so that the next change starts
 * from a quiet window. */
G_GNUC_UNUSED static double
until_first_frame (GtkWidget *window,
                   gint64     t0)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  Frames f = { 0 };
  gint64 quiet;
  guint seen = 0;
  gulong before, after;

  before = g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), &f);
  after = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &f);
  /* The change has asked for its frame; this asks for one if it did not. */
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
  /* Up to the first frame, block in the main loop: it wakes for the
   * frame as soon as it is due, which is what is timed. */
  while (f.frames == 0)
    g_main_context_iteration (NULL, TRUE);
  seen = f.frames;
  quiet = g_get_monotonic_time () + 50000;
  while (g_get_monotonic_time () < quiet)
    {
      g_main_context_iteration (NULL, FALSE);
      if (f.frames != seen)
        {
          seen = f.frames;
          quiet = g_get_monotonic_time () + 50000;
        }
      g_usleep (500);
    }
  g_signal_handler_disconnect (clock, before);
  g_signal_handler_disconnect (clock, after);
  return (f.first_end - t0) / 1000.0;
}
