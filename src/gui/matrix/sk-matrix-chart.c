/* sk-matrix-chart.c — the matrix view's chart of each candidate's score
 * by factor, as sk_render_matrix_chart () draws it, in render nodes
 *
 * A weight's step changes the bars and the percentages, not the names nor
 * the outlines of the values as prepared.  Drawn with cairo into one node
 * (a GtkDrawingArea), the whole chart was drawn anew at each step, its
 * recording played back through an image of its size: a third of the
 * step's instructions.  Here the bars are colour nodes, the texts text
 * nodes and each outline a cairo node kept while it stays the same, and
 * GTK draws again only the nodes that differ from the frame before.
 *
 * The figures and their places are sk_score_chart_layout_new ()'s, which
 * sk_render_matrix_chart () draws for export; how each thing is drawn
 * (its colour, the outline's dash, a text's ellipsis) is kept alike by
 * hand (the matrix-ui test compares the two, pixel by pixel).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <math.h>

#include "sk-matrix.h"
#include "sk-matrix-chart.h"
#include "sk-render.h"

/* The outline of a candidate's score as prepared, drawn once. */
typedef struct
{
  double         x, y, width, height;
  GdkRGBA        colour;
  GskRenderNode *node;
} Outline;

struct _SkMatrixChart
{
  GtkWidget   parent_instance;

  SkDocument *document;   /* weak pointer: the view's */
  char       *matrix_id;
  int         height;
  int         drawn_width, drawn_height;  /* the size last allocated */
  GArray     *outlines;   /* of Outline, by the row it was drawn in */
};

G_DEFINE_FINAL_TYPE (SkMatrixChart, sk_matrix_chart, GTK_TYPE_WIDGET)

static SkProject *
project_of (SkMatrixChart *self)
{
  return self->document ? sk_document_get_project (self->document) : NULL;
}

/* Each candidate's total with the prepared weights and scores, in the
 * candidate order of the matrix now, for the outlines. */
static GArray *
prepared_scores (SkMatrixChart *self,
                 SkMatrix      *now)
{
  SkMatrix *p = self->document ? sk_document_get_prepared_matrix (self->document, self->matrix_id) : NULL;
  GArray *out;

  if (p == NULL)
    return NULL;
  out = g_array_new (FALSE, TRUE, sizeof (double));
  for (guint c = 0; c < now->candidates->len; c++)
    {
      SkCandidate *cand = g_ptr_array_index (now->candidates, c);
      SkCandidate *then = NULL;
      double total = 0;

      for (guint k = 0; k < p->candidates->len && then == NULL; k++)
        if (g_strcmp0 (((SkCandidate *) g_ptr_array_index (p->candidates, k))->municipality, cand->municipality) == 0)
          then = g_ptr_array_index (p->candidates, k);
      for (guint f = 0; then && f < p->factors->len; f++)
        {
          SkFactor *factor = g_ptr_array_index (p->factors, f);

          total += factor->weight * sk_candidate_get_score (then, factor->id);
        }
      g_array_append_val (out, total);
    }
  return out;
}

/* A text with its left at `x`, centred on `y`, as sk-render-matrix.c's
 * text_at () places it (laid out on `cr`, a recording surface's, as
 * there). */
static void
text_at (GtkSnapshot   *snapshot,
         cairo_t       *cr,
         const char    *font,
         const char    *text,
         double         x,
         double         y,
         double         width,
         gboolean       bold,
         const GdkRGBA *colour)
{
  PangoLayout *layout = sk_render_layout_fit_new (cr, font, text, bold, width, PANGO_ALIGN_LEFT);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (x, y - h / 2.0));
  gtk_snapshot_append_layout (snapshot, layout, colour);
  gtk_snapshot_restore (snapshot);
  g_object_unref (layout);
}

static void
outline_clear (gpointer data)
{
  g_clear_pointer (&((Outline *) data)->node, gsk_render_node_unref);
}

/* The dashed outline of row `row`, the node drawn before when it is the
 * same. */
static GskRenderNode *
outline_node (SkMatrixChart *self,
              guint          row,
              double         x,
              double         y,
              double         width,
              double         height,
              const GdkRGBA *colour)
{
  Outline *o;
  cairo_t *cr;

  if (self->outlines->len <= row)
    g_array_set_size (self->outlines, row + 1);
  o = &g_array_index (self->outlines, Outline, row);
  if (o->node != NULL && o->x == x && o->y == y && o->width == width && o->height == height &&
      gdk_rgba_equal (&o->colour, colour))
    return o->node;
  outline_clear (o);
  *o = (Outline) { x, y, width, height, *colour, NULL };
  /* The line, 1.5 px wide, stands half outside the rectangle. */
  o->node = gsk_cairo_node_new (&GRAPHENE_RECT_INIT (floor (x - 1), floor (y - 1),
                                                     ceil (x + width + 1) - floor (x - 1),
                                                     ceil (y + height + 1) - floor (y - 1)));
  cr = gsk_cairo_node_get_draw_context (o->node);
  gdk_cairo_set_source_rgba (cr, colour);
  cairo_set_line_width (cr, 1.5);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  cairo_rectangle (cr, x, y, width, height);
  cairo_stroke (cr);
  cairo_destroy (cr);
  return o->node;
}

static void
sk_matrix_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  SkMatrixChart *self = SK_MATRIX_CHART (widget);
  SkProject *project = project_of (self);
  SkMatrix *matrix = project ? sk_project_find_matrix (project, self->matrix_id) : NULL;
  double width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(SkScoreChartLayout) layout = NULL;
  g_autoptr(GArray) prepared = NULL;
  g_autofree char *font = NULL;
  cairo_surface_t *recording;
  cairo_t *cr;
  GdkRGBA text, ghost;

  if (matrix == NULL || height <= 0)
    return;
  prepared = prepared_scores (self, matrix);
  layout = sk_score_chart_layout_new (project, matrix, prepared, width, height);
  if (layout->rows->len == 0)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &text);
  G_GNUC_END_IGNORE_DEPRECATIONS
  text.alpha = 1;
  ghost = text;
  ghost.alpha = 0.55;
  font = pango_font_description_to_string (pango_context_get_font_description (gtk_widget_get_pango_context (widget)));
  /* The texts laid out as the drawing area's recording laid them out. */
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA,
                                              &(cairo_rectangle_t) { 0, 0, width, height });
  cr = cairo_create (recording);

  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const SkScoreChartRow *row = &g_array_index (layout->rows, SkScoreChartRow, i);

      text_at (snapshot, cr, font, row->label, 0, row->text_y, layout->label_width, row->leader, &text);
      if (row->outlined)
        gtk_snapshot_append_node (snapshot,
                                  outline_node (self, i, row->outline_x, row->outline_y,
                                                row->outline_width, row->outline_height, &ghost));
      for (guint s = row->first_segment; s < row->first_segment + row->n_segments; s++)
        {
          const SkScoreChartSegment *segment = &g_array_index (layout->segments, SkScoreChartSegment, s);
          SkRgb c;

          sk_factor_colour (segment->factor, &c);
          if (segment->width > 0)
            gtk_snapshot_append_color (snapshot, &(GdkRGBA) { c.red, c.green, c.blue, 1 },
                                       &GRAPHENE_RECT_INIT (segment->x, row->bar_y, segment->width, row->bar_height));
        }
      text_at (snapshot, cr, font, row->value, row->value_x, row->text_y, layout->value_width, row->leader, &text);
    }
  gtk_snapshot_pop (snapshot);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);
}

static void
sk_matrix_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  /* As a drawing area of no content width. */
  *minimum = *natural = orientation == GTK_ORIENTATION_VERTICAL ? SK_MATRIX_CHART (widget)->height : 0;
}

static void
sk_matrix_chart_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  SkMatrixChart *self = SK_MATRIX_CHART (widget);

  /* The places depend on the size: drawn anew when it changed. */
  if (width != self->drawn_width || height != self->drawn_height)
    {
      self->drawn_width = width;
      self->drawn_height = height;
      gtk_widget_queue_draw (widget);
    }
}

static void
sk_matrix_chart_dispose (GObject *object)
{
  SkMatrixChart *self = SK_MATRIX_CHART (object);

  g_clear_weak_pointer (&self->document);
  g_array_set_size (self->outlines, 0);
  G_OBJECT_CLASS (sk_matrix_chart_parent_class)->dispose (object);
}

static void
sk_matrix_chart_finalize (GObject *object)
{
  SkMatrixChart *self = SK_MATRIX_CHART (object);

  g_free (self->matrix_id);
  g_array_unref (self->outlines);
  G_OBJECT_CLASS (sk_matrix_chart_parent_class)->finalize (object);
}

static void
sk_matrix_chart_class_init (SkMatrixChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_matrix_chart_dispose;
  object_class->finalize = sk_matrix_chart_finalize;
  widget_class->snapshot = sk_matrix_chart_snapshot;
  widget_class->measure = sk_matrix_chart_measure;
  widget_class->size_allocate = sk_matrix_chart_size_allocate;
  /* A GtkDrawingArea's. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sk_matrix_chart_init (SkMatrixChart *self)
{
  self->outlines = g_array_new (FALSE, TRUE, sizeof (Outline));
  g_array_set_clear_func (self->outlines, outline_clear);
}

GtkWidget *
sk_matrix_chart_new (void)
{
  return g_object_new (SK_TYPE_MATRIX_CHART, NULL);
}

void
sk_matrix_chart_set_matrix (SkMatrixChart *self,
                            SkDocument    *document,
                            const char    *matrix_id)
{
  g_return_if_fail (SK_IS_MATRIX_CHART (self));
  g_set_weak_pointer (&self->document, document);
  g_free (self->matrix_id);
  self->matrix_id = g_strdup (matrix_id);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sk_matrix_chart_set_height (SkMatrixChart *self,
                            int            height)
{
  g_return_if_fail (SK_IS_MATRIX_CHART (self));
  if (self->height == height)
    return;
  self->height = height;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
