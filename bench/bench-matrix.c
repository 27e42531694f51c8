/* bench-matrix.c — one slider step in a matrix of 20 candidates and 30
 * factors: set a weight, recompute scores, ranks and the sensitivity of
 * every weight, and draw the stacked chart and the tornado chart (1000 ×
 * 1500 pixels).  The baseline, in the same run, fills the same number of
 * bar segments with cairo and draws no text.  Prints median microseconds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <pango/pangocairo.h>

#include "sk-render.h"
#include "bench-util.h"

#define NC 20
#define NF 30

int
main (int    argc,
      char **argv)
{
  int runs = argc > 1 ? atoi (argv[1]) : 301;
  GString *json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"B\",\"municipalities\":[");
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *step = g_new (double, runs);
  g_autofree double *base = g_new (double, runs);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1000, 1500);
  GRand *rand = g_rand_new_with_seed (2030);
  SkPalette palette;
  SkMatrix *matrix;

  for (int c = 0; c < NC; c++)
    g_string_append_printf (json, "%s{\"id\":\"m%d\",\"name\":\"Kommune %d\"}", c ? "," : "", c, c);
  g_string_append (json, "],\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[");
  for (int f = 0; f < NF; f++)
    g_string_append_printf (json, "%s{\"id\":\"f%d\",\"name\":\"Faktor %d\",\"weight\":%d}", f ? "," : "", f, f,
                            g_rand_int_range (rand, 0, 6));
  g_string_append (json, "],\"candidates\":[");
  for (int c = 0; c < NC; c++)
    {
      g_string_append_printf (json, "%s{\"municipality\":\"m%d\",\"scores\":{", c ? "," : "", c);
      for (int f = 0; f < NF; f++)
        g_string_append_printf (json, "%s\"f%d\":%d", f ? "," : "", f, g_rand_int_range (rand, 0, 6));
      g_string_append (json, "}}");
    }
  g_string_append (json, "]}]}");
  project = sk_project_new_from_data (json->str, json->len, NULL, &error);
  g_assert_no_error (error);
  matrix = sk_project_find_matrix (project, "x");
  sk_palette_init_light (&palette);

  for (int r = 0; r < runs + 5; r++)
    {
      SkFactor *factor = g_ptr_array_index (matrix->factors, r % NF);
      cairo_t *cr = cairo_create (surface);
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(GArray) results = NULL;
      g_autoptr(GArray) sens = NULL;

      factor->weight = (r % 11) / 2.0;
      results = sk_matrix_compute (matrix);
      sens = sk_matrix_sensitivity (matrix);
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      sk_render_matrix_chart (cr, project, matrix, NULL, &palette, "Cantarell 10", 1000, 44 * NC);
      cairo_translate (cr, 0, 44 * NC);
      sk_render_matrix_tornado (cr, project, matrix, sens, &palette, "Cantarell 9", 1000, 20 * NF + SK_TORNADO_FOOT);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      if (r >= 5)
        step[r - 5] = g_get_monotonic_time () - t0;

      cr = cairo_create (surface);
      t0 = g_get_monotonic_time ();
      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      for (int c = 0; c < NC; c++)
        for (int f = 0; f < NF; f++)
          {
            cairo_set_source_rgb (cr, f / (double) NF, 0.5, 0.8);
            cairo_rectangle (cr, 180 + f * 25, c * 44 + 8, 25, 28);
            cairo_fill (cr);
          }
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      if (r >= 5)
        base[r - 5] = g_get_monotonic_time () - t0;
    }
  g_print ("%.0f %.0f\n", bench_median (step, runs), bench_median (base, runs));
  cairo_surface_destroy (surface);
  g_rand_free (rand);
  g_string_free (json, TRUE);
  return 0;
}
