/* sk-render-matrix.c — the scoring matrix drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-render"

#include "config.h"

#include "sk-i18n.h"
#include <math.h>
#include <pango/pangocairo.h>

#include "sk-board.h"
#include "sk-doc-language.h"
#include "sk-format.h"
#include "sk-render.h"

/* GNOME's palette, in an order where neighbours differ. */
static const SkRgb factor_colours[] = {
  { 0.21, 0.52, 0.89 }, { 0.18, 0.76, 0.49 }, { 0.96, 0.83, 0.18 }, { 0.90, 0.38, 0.00 },
  { 0.57, 0.25, 0.67 }, { 0.88, 0.11, 0.14 }, { 0.53, 0.38, 0.25 }, { 0.38, 0.38, 0.40 },
  { 0.60, 0.76, 0.95 }, { 0.56, 0.94, 0.64 }, { 0.98, 0.94, 0.42 }, { 1.00, 0.64, 0.28 },
};

void
sk_factor_colour (guint  i,
                  SkRgb *rgb)
{
  *rgb = factor_colours[i % G_N_ELEMENTS (factor_colours)];
}

static double
text_at (cairo_t        *cr,
         const char     *font,
         const char     *text,
         double          x,
         double          y,
         double          width,
         PangoAlignment  align,
         gboolean        bold)
{
  PangoLayout *layout = sk_render_layout_fit_new (cr, font, text, bold, width, align);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  cairo_move_to (cr, x, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
  return w;
}

static const char *
candidate_name (SkProject      *project,
                const SkMatrix *matrix,
                guint           c)
{
  const SkCandidate *cand = g_ptr_array_index (matrix->candidates, c);
  SkMunicipality *m = sk_project_find_municipality (project, cand->municipality);

  return m ? m->name : cand->municipality;
}

static void
row_clear (gpointer data)
{
  SkScoreChartRow *row = data;

  g_free (row->label);
  g_free (row->value);
}

SkScoreChartLayout *
sk_score_chart_layout_new (SkProject      *project,
                           const SkMatrix *matrix,
                           GArray         *prepared,
                           double          width,
                           double          height)
{
  g_autoptr(GArray) results = sk_matrix_compute (matrix);
  SkScoreChartLayout *layout = g_new0 (SkScoreChartLayout, 1);
  double max = sk_matrix_max_score (matrix);
  double label_w = MIN (width * 0.25, 180), value_w = 120;
  double bar_w = width - label_w - value_w;
  guint n = results->len;
  guint leaders = 0;
  double row_h;

  layout->label_width = label_w - 8;
  layout->value_width = value_w - 8;
  layout->rows = g_array_new (FALSE, TRUE, sizeof (SkScoreChartRow));
  g_array_set_clear_func (layout->rows, row_clear);
  layout->segments = g_array_new (FALSE, TRUE, sizeof (SkScoreChartSegment));
  if (n == 0 || bar_w <= 0)
    return layout;
  sk_matrix_results_by_rank (results);
  for (guint i = 0; i < n; i++)
    leaders += g_array_index (results, SkMatrixResult, i).rank == 1;
  row_h = height / n;

  for (guint i = 0; i < n; i++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
      const SkCandidate *cand = g_ptr_array_index (matrix->candidates, r->candidate);
      double y = i * row_h, bh = MIN (row_h * 0.6, 30), by = y + (row_h - bh) / 2;
      double x = label_w;
      SkScoreChartRow row = {
        .candidate = r->candidate,
        .leader = r->rank == 1,
        .value = sk_format_percent (r->percent, 1),
        .text_y = y + row_h / 2,
        .bar_y = by,
        .bar_height = bh,
        .first_segment = layout->segments->len,
      };

      if (r->rank == 1 && leaders > 1)
        /* Translators: a candidate tied for first place in the chart */
        row.label = g_strdup_printf (_("%s (tie)"), candidate_name (project, matrix, r->candidate));
      else
        row.label = g_strdup (candidate_name (project, matrix, r->candidate));

      /* The prepared score as an outline behind the bar. */
      if (prepared != NULL && r->candidate < prepared->len && max > 0)
        {
          double ghost = g_array_index (prepared, double, r->candidate);

          row.outlined = TRUE;
          row.outline_x = label_w + 0.75;
          row.outline_y = by - 3;
          row.outline_width = bar_w * ghost / max - 1.5;
          row.outline_height = bh + 6;
        }

      for (guint f = 0; f < matrix->factors->len && max > 0; f++)
        {
          const SkFactor *factor = g_ptr_array_index (matrix->factors, f);
          double part = factor->weight * sk_candidate_get_score (cand, factor->id);
          SkScoreChartSegment segment = { f, x, bar_w * part / max };

          g_array_append_val (layout->segments, segment);
          x += segment.width;
        }
      row.n_segments = layout->segments->len - row.first_segment;
      /* The percentage after the bar and after its outline as prepared. */
      if (prepared != NULL && r->candidate < prepared->len && max > 0)
        x = MAX (x, label_w + bar_w * g_array_index (prepared, double, r->candidate) / max + 1.5);
      row.value_x = x + 6;
      g_array_append_val (layout->rows, row);
    }
  return layout;
}

void
sk_score_chart_layout_free (SkScoreChartLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->rows);
  g_array_unref (layout->segments);
  g_free (layout);
}

void
sk_render_matrix_chart (cairo_t         *cr,
                        SkProject       *project,
                        const SkMatrix  *matrix,
                        GArray          *prepared,
                        const SkPalette *palette,
                        const char      *font,
                        double           width,
                        double           height)
{
  g_autoptr(SkScoreChartLayout) layout = sk_score_chart_layout_new (project, matrix, prepared, width, height);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      const SkScoreChartRow *row = &g_array_index (layout->rows, SkScoreChartRow, i);

      cairo_set_source_rgb (cr, palette->text.red, palette->text.green, palette->text.blue);
      text_at (cr, font, row->label, 0, row->text_y, layout->label_width, PANGO_ALIGN_LEFT, row->leader);
      if (row->outlined)
        {
          cairo_set_source_rgba (cr, palette->text.red, palette->text.green, palette->text.blue, 0.55);
          cairo_set_line_width (cr, 1.5);
          cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
          cairo_rectangle (cr, row->outline_x, row->outline_y, row->outline_width, row->outline_height);
          cairo_stroke (cr);
          cairo_set_dash (cr, NULL, 0, 0);
        }
      for (guint s = row->first_segment; s < row->first_segment + row->n_segments; s++)
        {
          const SkScoreChartSegment *segment = &g_array_index (layout->segments, SkScoreChartSegment, s);
          SkRgb c;

          sk_factor_colour (segment->factor, &c);
          cairo_set_source_rgb (cr, c.red, c.green, c.blue);
          cairo_rectangle (cr, segment->x, row->bar_y, segment->width, row->bar_height);
          cairo_fill (cr);
        }
      cairo_set_source_rgb (cr, palette->text.red, palette->text.green, palette->text.blue);
      text_at (cr, font, row->value, row->value_x, row->text_y, layout->value_width, PANGO_ALIGN_LEFT, row->leader);
    }
}

/* A step for the axis's ticks: 1, 2 or 5 × a power of ten, six ticks or
 * fewer over the scale. */
static double
tick_step (double wmax)
{
  double step = pow (10, floor (log10 (wmax / 10)));

  for (int i = 0; wmax / step > 5 && i < 3; i++)
    step *= (const double[]) { 2, 2.5, 2 }[i];
  return step;
}

/* One item of a legend at (*x, *y), on the next line when it does not
 * fit in `width`. */
static void
legend_item (cairo_t         *cr,
             const char      *font,
             const SkPalette *palette,
             const SkRgb     *swatch,
             gboolean         mark,
             const char      *text,
             double           width,
             double          *x,
             double          *y)
{
  PangoLayout *layout = sk_render_layout_new (cr, font, text, FALSE);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  g_object_unref (layout);
  if (*x > 0 && *x + 18 + w > width)
    {
      *x = 0;
      *y += 18;
    }
  cairo_set_source_rgb (cr, swatch->red, swatch->green, swatch->blue);
  if (mark)
    cairo_rectangle (cr, *x + 4.5, *y - 7, 3, 14);
  else
    cairo_rectangle (cr, *x, *y - 5, 12, 10);
  cairo_fill (cr);
  cairo_set_source_rgb (cr, palette->text.red, palette->text.green, palette->text.blue);
  text_at (cr, font, text, *x + 18, *y, 0, PANGO_ALIGN_LEFT, FALSE);
  *x += 18 + w + 18;
}

void
sk_render_matrix_tornado (cairo_t         *cr,
                          SkProject       *project,
                          const SkMatrix  *matrix,
                          GArray          *sensitivity,
                          const SkPalette *palette,
                          const char      *font,
                          double           width,
                          double           height)
{
  g_autoptr(GArray) sens = sensitivity ? g_array_ref (sensitivity) : sk_matrix_sensitivity (matrix);
  double wmax = sk_matrix_get_weight_max (matrix);
  double label_w = MIN (width * 0.35, 260), axis_w = width - label_w - 10;
  double rows_h = height - SK_TORNADO_FOOT, step;
  guint n = sens->len;
  double row_h;

  if (n == 0 || axis_w <= 0 || wmax <= 0 || rows_h <= 0)
    return;
  row_h = rows_h / n;
  for (guint i = 0; i < n; i++)
    {
      const SkSensitivity *s = &g_array_index (sens, SkSensitivity, i);
      const SkFactor *factor = g_ptr_array_index (matrix->factors, s->factor);
      double y = i * row_h, bh = MIN (row_h * 0.5, 18), by = y + (row_h - bh) / 2;
      double x0 = label_w + axis_w * s->low / wmax, x1 = label_w + axis_w * s->high / wmax;
      double xw = label_w + axis_w * s->weight / wmax;
      gboolean whole = s->below < 0 && s->above < 0;

      cairo_set_source_rgb (cr, palette->text.red, palette->text.green, palette->text.blue);
      text_at (cr, font, factor->name, 0, y + row_h / 2, label_w - 8, PANGO_ALIGN_LEFT, FALSE);
      /* The whole scale, faint; the range that keeps the first, strong. */
      cairo_set_source_rgb (cr, palette->grid.red, palette->grid.green, palette->grid.blue);
      cairo_rectangle (cr, label_w, by + bh / 2 - 1, axis_w, 2);
      cairo_fill (cr);
      if (whole)
        cairo_set_source_rgb (cr, palette->equal.red, palette->equal.green, palette->equal.blue);
      else
        cairo_set_source_rgb (cr, palette->variable.red, palette->variable.green, palette->variable.blue);
      cairo_rectangle (cr, x0, by, MAX (x1 - x0, 2), bh);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, palette->text.red, palette->text.green, palette->text.blue);
      cairo_rectangle (cr, xw - 1.5, by - 3, 3, bh + 6);
      cairo_fill (cr);
    }

  /* The axis: the weight from 0 to weight_max. */
  cairo_set_source_rgb (cr, palette->text.red, palette->text.green, palette->text.blue);
  cairo_rectangle (cr, label_w, rows_h + 2, axis_w, 1);
  cairo_fill (cr);
  step = tick_step (wmax);
  for (double t = 0; t <= wmax + step * 1e-9; t += step)
    {
      double x = label_w + axis_w * MIN (t, wmax) / wmax;
      g_autofree char *tick = sk_sensitivity_number (t);

      cairo_rectangle (cr, x - 0.5, rows_h + 2, 1, 4);
      cairo_fill (cr);
      text_at (cr, font, tick, x - 30, rows_h + 14, 60, PANGO_ALIGN_CENTER, FALSE);
    }
  text_at (cr, font, _("Weight"), 0, rows_h + 14, label_w - 16, PANGO_ALIGN_RIGHT, FALSE);

  /* The legend. */
  {
    g_autofree char *first = sk_sensitivity_first_name (project, matrix);
    /* Translators: the legend of the sensitivity chart, "Range where Sogndal stays first" */
    g_autofree char *range = g_strdup_printf (_("Range where %s stays first"), first);
    double x = 0, y = rows_h + 36;

    legend_item (cr, font, palette, &palette->variable, FALSE, range, width, &x, &y);
    legend_item (cr, font, palette, &palette->equal, FALSE, _("The whole scale"), width, &x, &y);
    legend_item (cr, font, palette, &palette->text, TRUE, _("Weight now"), width, &x, &y);
  }
}

/* A paragraph wrapped to `width` at (x, y), drawn unless `measure`; its
 * height. */
static double
paragraph_at (cairo_t    *cr,
              const char *font,
              const char *text,
              double      x,
              double      y,
              double      width,
              gboolean    bold,
              gboolean    measure)
{
  PangoLayout *layout = sk_render_layout_new (cr, font, text, bold);
  int w, h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_get_pixel_size (layout, &w, &h);
  if (!measure)
    {
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
    }
  g_object_unref (layout);
  return h;
}

/* The sensitivity table under the charts: a tie said in words, a heading
 * row and a row per factor.  Its height; drawn unless `measure`. */
static double
sensitivity_table_at (cairo_t        *cr,
                      SkProject      *project,
                      const SkMatrix *matrix,
                      double          x,
                      double          y,
                      double          width,
                      gboolean        measure)
{
  static const double stops[] = { 0, 0.3, 0.4, 0.7, 1.0 };
  g_autoptr(GPtrArray) rows = sk_sensitivity_table (project, matrix);
  g_autofree char *tie = sk_sensitivity_tie_note (project, matrix);
  double top = y;

  if (rows == NULL)
    return 0;
  if (tie != NULL)
    y += paragraph_at (cr, "Cantarell 10", tie, x, y, width, FALSE, measure) + 8;
  for (guint r = 0; r < rows->len; r++)
    {
      char **cells = g_ptr_array_index (rows, r);
      double h = 0;

      for (guint c = 0; c < 4; c++)
        h = MAX (h, paragraph_at (cr, r == 0 ? "Cantarell Bold 9" : "Cantarell 9", cells[c], x + width * stops[c], y,
                                  width * (stops[c + 1] - stops[c]) - 8, r == 0, measure));
      y += h + 4;
      if (r == 0 && !measure)
        {
          cairo_rectangle (cr, x, y - 2, width, 0.6);
          cairo_fill (cr);
        }
    }
  y += 4;
  y += paragraph_at (cr, "Cantarell 8", _("Each weight moved on its own, the others as they are."),
                     x, y, width, FALSE, measure);
  return y - top;
}

static gboolean
matrix_file (SkProject      *project,
             const SkMatrix *matrix,
             const char     *path,
             GError        **error)
{
  const double width = 900, chart_h = 48.0 * MAX (matrix->candidates->len, 1);
  const double legend_h = 22.0 * ((matrix->factors->len + 2) / 3);
  const double tornado_h = 30.0 * MAX (matrix->factors->len, 1) + SK_TORNADO_FOOT;
  double table_h, height;
  cairo_surface_t *surface;
  SkPalette palette;
  cairo_t *cr;
  double y;

  /* The table's height, measured on a surface of its own. */
  surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cr = cairo_create (surface);
  table_h = sensitivity_table_at (cr, project, matrix, 20, 0, width - 40, TRUE);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  height = 60 + chart_h + 20 + legend_h + 30 + tornado_h + (table_h > 0 ? 20 + table_h : 0) + 20;

  if ((surface = sk_render_surface_new (path, width, height, 2, error)) == NULL)
    return FALSE;
  cr = cairo_create (surface);
  if (g_str_has_suffix (path, ".png"))
    cairo_scale (cr, 2, 2);
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  sk_palette_init_light (&palette);

  cairo_set_source_rgb (cr, palette.text.red, palette.text.green, palette.text.blue);
  text_at (cr, "Cantarell Bold 15", matrix->title, 20, 28, width - 40, PANGO_ALIGN_LEFT, TRUE);
  cairo_save (cr);
  cairo_translate (cr, 20, 60);
  sk_render_matrix_chart (cr, project, matrix, NULL, &palette, "Cantarell 10", width - 40, chart_h);
  cairo_restore (cr);
  /* The legend of the chart: the colour of each factor. */
  y = 60 + chart_h + 20;
  for (guint f = 0; f < matrix->factors->len; f++)
    {
      const SkFactor *factor = g_ptr_array_index (matrix->factors, f);
      double x = 20 + (f % 3) * ((width - 40) / 3);
      double yy = y + (f / 3) * 22;
      SkRgb c;

      sk_factor_colour (f, &c);
      cairo_set_source_rgb (cr, c.red, c.green, c.blue);
      cairo_rectangle (cr, x, yy - 6, 12, 12);
      cairo_fill (cr);
      cairo_set_source_rgb (cr, palette.text.red, palette.text.green, palette.text.blue);
      text_at (cr, "Cantarell 9", factor->name, x + 18, yy, (width - 40) / 3 - 24, PANGO_ALIGN_LEFT, FALSE);
    }
  y += legend_h + 10;
  text_at (cr, "Cantarell Bold 11",
           _("How far each weight can move before the leader changes"), 20, y, width - 40, PANGO_ALIGN_LEFT, TRUE);
  cairo_save (cr);
  cairo_translate (cr, 20, y + 20);
  sk_render_matrix_tornado (cr, project, matrix, NULL, &palette, "Cantarell 9", width - 40, tornado_h);
  cairo_restore (cr);
  y += 20 + tornado_h + 20;
  cairo_set_source_rgb (cr, palette.text.red, palette.text.green, palette.text.blue);
  sensitivity_table_at (cr, project, matrix, 20, y, width - 40, FALSE);

  cairo_destroy (cr);
  return sk_render_surface_write (surface, path, error);
}

gboolean
sk_render_matrix_file (SkProject      *project,
                       const SkMatrix *matrix,
                       const char     *path,
                       GError        **error)
{
  gboolean ok;

  /* The board's written language, as its papers, whatever the interface
   * speaks */
  sk_doc_language_push (sk_project_document_language (project, NULL));
  ok = matrix_file (project, matrix, path, error);
  sk_doc_language_pop ();
  return ok;
}
