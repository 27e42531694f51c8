/* bench-gantt.c — one full-viewport draw (1200 × 800) of a timeline, as the
 * chart's snapshot does it, scrolled to the middle; the baseline, in the
 * same run, is a plain cairo paint of the same surface.  Prints median
 * milliseconds of each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "sk-gantt.h"
#include "sk-project.h"
#include "bench-util.h"

int
main (int    argc,
      char **argv)
{
  const int runs = 201;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) rows = NULL;
  double draw[201], paint[201];
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  SkGanttStyle style;
  SkTimescale ts;
  SkTimeline *t;
  guint32 first, last;

  if (argc < 2)
    return 2;
  file = g_file_new_for_commandline_arg (argv[1]);
  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  t = g_ptr_array_index (sk_project_get_timelines (project), 0);
  rows = sk_gantt_rows (t, NULL);
  sk_gantt_span (t, &first, &last);
  sk_gantt_style_init_light (&style);
  ts.origin = first;
  ts.px_per_day = 6;
  ts.label_width = SK_GANTT_LABEL_WIDTH;

  for (int r = 0; r < runs; r++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 t0 = g_get_monotonic_time ();
      double y = (rows->len / 2.0 + (r % 20)) * SK_GANTT_ROW_HEIGHT;
      double x = sk_timescale_x (&ts, first + (last - first) / 2.0);

      sk_gantt_draw (cr, t, rows, &ts, &style, x, y, 1200, 800, rows->len / 2, first + 30);
      cairo_surface_flush (surface);
      draw[r] = (g_get_monotonic_time () - t0) / 1000.0;
      cairo_destroy (cr);

      cr = cairo_create (surface);
      t0 = g_get_monotonic_time ();
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      cairo_surface_flush (surface);
      paint[r] = (g_get_monotonic_time () - t0) / 1000.0;
      cairo_destroy (cr);
    }
  g_print ("%.2f %.3f\n", bench_median (draw, runs), bench_median (paint, runs));
  cairo_surface_destroy (surface);
  return 0;
}
