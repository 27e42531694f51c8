/* sk-matrix-results.c — the matrix view's results: the verdict, the chart
 * of the scores by factor, its legend, the ranking and the sensitivity
 * (tornado) chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-format.h"
#include "sk-matrix.h"
#include "sk-matrix-chart.h"
#include "sk-matrix-results.h"
#include "sk-render.h"
#include "sk-view-util.h"

struct _SkMatrixResults
{
  GtkBox      parent_instance;

  SkDocument *document;      /* weak pointer: the view's */
  char       *matrix_id;
  GtkWidget  *verdict;
  GtkWidget  *chart;
  GtkWidget  *legend;
  GtkWidget  *ranking;       /* the scroller of `grid` */
  GtkGrid    *grid;
  GtkWidget  *tornado;
  GArray     *sensitivity;   /* as last shown, of `shown_factors` factors */
  guint       shown_factors;
  /* The charts changed while scrolled out of sight: drawn when they come
   * into it (checked after each layout of the frame clock `clock`). */
  gboolean       chart_stale;
  gboolean       tornado_stale;
  GdkFrameClock *clock;
  gulong         layout_id;
};

G_DEFINE_FINAL_TYPE (SkMatrixResults, sk_matrix_results, GTK_TYPE_BOX)

static SkProject *
project_of (SkMatrixResults *self)
{
  return self->document ? sk_document_get_project (self->document) : NULL;
}

static SkMatrix *
matrix_of (SkMatrixResults *self)
{
  SkProject *project = project_of (self);

  return project ? sk_project_find_matrix (project, self->matrix_id) : NULL;
}

/* As the view shows it (sk_name_shown ()). */
static char *
candidate_name (SkMatrixResults *self,
                SkCandidate     *c)
{
  return sk_name_shown (sk_project_municipality_name (project_of (self), c->municipality));
}

static void
palette_for (GtkWidget *widget,
             SkPalette *palette,
             char     **font)
{
  GdkRGBA fg;
  PangoFontDescription *desc;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sk_palette_init_light (palette);
  palette->text = (SkRgb) { fg.red, fg.green, fg.blue };
  palette->grid = (SkRgb) { fg.red * 0.3 + 0.7 * 0.5, fg.green * 0.3 + 0.7 * 0.5, fg.blue * 0.3 + 0.7 * 0.5 };
  desc = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  *font = pango_font_description_to_string (desc);
}

static void
tornado_draw (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SkMatrixResults *self = user_data;
  SkMatrix *matrix = matrix_of (self);
  g_autofree char *font = NULL;
  SkPalette palette;

  if (matrix == NULL)
    return;
  palette_for (GTK_WIDGET (area), &palette, &font);
  /* The sensitivity of the results shown, when it is this matrix's as it is. */
  sk_render_matrix_tornado (cr, project_of (self), matrix,
                            self->shown_factors == matrix->factors->len ? self->sensitivity : NULL,
                            &palette, font, width, height);
}

/* A cell of the ranking, made once and then given its text and weight
 * in place: a slider step changes the numbers, not the widgets.  The
 * numbers below the headings are inscriptions, not labels: a label's new
 * text lays the whole window out again (a third of a step's handlers and
 * layout), an inscription's only draws it, its width set by its heading
 * (wider) and at least its characters and one. */
static void
result_cell (GtkGrid    *grid,
             const char *text,
             int         column,
             int         row,
             gboolean    heading,
             gboolean    numeric)
{
  GtkWidget *cell = gtk_grid_get_child_at (grid, column, row);
  gboolean inscription = numeric && row > 0;

  if (cell == NULL)
    {
      if (inscription)
        {
          cell = gtk_inscription_new (NULL);
          gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1);
          gtk_inscription_set_min_lines (GTK_INSCRIPTION (cell), 1);
        }
      else
        cell = sk_label_new (text, NULL);
      if (numeric)
        {
          if (!inscription)
            gtk_label_set_xalign (GTK_LABEL (cell), 1);
          gtk_widget_add_css_class (cell, "numeric");
        }
      gtk_grid_attach (grid, cell, column, row, 1, 1);
    }
  else if (!inscription)
    gtk_label_set_text (GTK_LABEL (cell), text);
  if (inscription)
    {
      /* A character to spare: digits may be wider than the average. */
      guint chars = g_utf8_strlen (text, -1) + 1;

      gtk_inscription_set_text (GTK_INSCRIPTION (cell), text);
      if (chars > gtk_inscription_get_min_chars (GTK_INSCRIPTION (cell)))
        gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), chars);
    }
  if (heading != gtk_widget_has_css_class (cell, "heading"))
    {
      if (heading)
        gtk_widget_add_css_class (cell, "heading");
      else
        gtk_widget_remove_css_class (cell, "heading");
    }
}

/* Whether any of `widget` is inside the scrolled window it is in (its
 * last allocation).  A widget not shown counts as in sight: GTK draws it
 * anew when it is shown. */
static gboolean
in_sight (GtkWidget *widget)
{
  GtkWidget *scroller;
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (widget))
    return TRUE;
  scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller == NULL || !gtk_widget_compute_bounds (widget, scroller, &bounds))
    return TRUE;
  return bounds.origin.y < gtk_widget_get_height (scroller) && bounds.origin.y + bounds.size.height > 0 &&
         bounds.origin.x < gtk_widget_get_width (scroller) && bounds.origin.x + bounds.size.width > 0;
}

static void
stop_watching (SkMatrixResults *self)
{
  /* A clock disposed with its window has lost its handlers already. */
  if (self->clock != NULL && self->layout_id != 0 && g_signal_handler_is_connected (self->clock, self->layout_id))
    g_signal_handler_disconnect (self->clock, self->layout_id);
  self->layout_id = 0;
  g_clear_object (&self->clock);
}

/* After a layout (a scroll, a resize, the page moving): a stale chart
 * that came into sight is drawn in the same frame. */
static void
layout_cb (GdkFrameClock   *clock,
           SkMatrixResults *self)
{
  if (self->chart_stale && in_sight (self->chart))
    {
      self->chart_stale = FALSE;
      gtk_widget_queue_draw (self->chart);
    }
  if (self->tornado_stale && in_sight (self->tornado))
    {
      self->tornado_stale = FALSE;
      gtk_widget_queue_draw (self->tornado);
    }
  if (!self->chart_stale && !self->tornado_stale)
    stop_watching (self);
}

/* A chart shows other figures: drawn now if it is in sight, else once it
 * comes into it (a slider step far down the page draws no chart above). */
static void
queue_draw_in_sight (SkMatrixResults *self,
                     GtkWidget       *chart,
                     gboolean        *stale)
{
  GdkFrameClock *clock;

  if (in_sight (chart) || (clock = gtk_widget_get_frame_clock (chart)) == NULL)
    {
      *stale = FALSE;
      gtk_widget_queue_draw (chart);
      return;
    }
  *stale = TRUE;
  if (self->clock != clock)
    {
      stop_watching (self);
      self->clock = g_object_ref (clock);
      self->layout_id = g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), self);
    }
}

static void
sk_matrix_results_dispose (GObject *object)
{
  SkMatrixResults *self = SK_MATRIX_RESULTS (object);

  stop_watching (self);
  g_clear_weak_pointer (&self->document);
  g_clear_object (&self->tornado);
  g_clear_pointer (&self->sensitivity, g_array_unref);
  G_OBJECT_CLASS (sk_matrix_results_parent_class)->dispose (object);
}

static void
sk_matrix_results_finalize (GObject *object)
{
  SkMatrixResults *self = SK_MATRIX_RESULTS (object);

  g_free (self->matrix_id);
  G_OBJECT_CLASS (sk_matrix_results_parent_class)->finalize (object);
}

static void
sk_matrix_results_class_init (SkMatrixResultsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_matrix_results_dispose;
  object_class->finalize = sk_matrix_results_finalize;
}

static void
sk_matrix_results_init (SkMatrixResults *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  /* The page's spacing, as when these were its own children. */
  gtk_box_set_spacing (GTK_BOX (self), 12);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sk-matrix-results");

  self->verdict = sk_sentence_new ("", "title-4");
  gtk_label_set_width_chars (GTK_LABEL (self->verdict), SK_MATRIX_LEAST_CHARS);
  gtk_box_append (GTK_BOX (self), self->verdict);
  self->chart = sk_matrix_chart_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of each candidate's score by factor; dashed: as prepared"), -1);
  gtk_box_append (GTK_BOX (self), self->chart);

  self->legend = gtk_flow_box_new ();
  /* Words beside colours, nothing to act on: no Tab stop (a flow box's
   * children take the focus, and Tab went round them for good). */
  gtk_widget_set_can_focus (self->legend, FALSE);
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->legend), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->legend), 4);
  gtk_box_append (GTK_BOX (self), self->legend);

  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->grid, 24);
  gtk_grid_set_row_spacing (self->grid, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Ranking"), -1);
  self->ranking = sk_sideways_scroller_new (GTK_WIDGET (self->grid), _("Ranking"));
  gtk_box_append (GTK_BOX (self), self->ranking);

  self->tornado = g_object_ref_sink (gtk_drawing_area_new ());
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->tornado), tornado_draw, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tornado), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sensitivity chart: the range of each weight over which the leader holds"), -1);
}

GtkWidget *
sk_matrix_results_new (SkDocument *document,
                       const char *matrix_id)
{
  SkMatrixResults *self = g_object_new (SK_TYPE_MATRIX_RESULTS, NULL);

  g_set_weak_pointer (&self->document, document);
  self->matrix_id = g_strdup (matrix_id);
  sk_matrix_chart_set_matrix (SK_MATRIX_CHART (self->chart), document, matrix_id);
  sk_matrix_results_refill (self);
  return GTK_WIDGET (self);
}

GtkWidget *
sk_matrix_results_get_tornado (SkMatrixResults *self)
{
  g_return_val_if_fail (SK_IS_MATRIX_RESULTS (self), NULL);
  return self->tornado;
}

void
sk_matrix_results_refill (SkMatrixResults *self)
{
  SkMatrix *matrix = matrix_of (self);
  GtkWidget *child;
  gboolean any;

  g_return_if_fail (SK_IS_MATRIX_RESULTS (self));
  if (matrix == NULL)
    return;
  /* Chart, legend and ranking once there is a candidate to score (the
   * verdict says to add one); the tornado once there are two for the lead. */
  any = matrix->candidates->len > 0;
  gtk_widget_set_visible (self->chart, any);
  gtk_widget_set_visible (self->legend, any);
  gtk_widget_set_visible (self->ranking, any);
  sk_matrix_chart_set_height (SK_MATRIX_CHART (self->chart), 44 * MAX (matrix->candidates->len, 1));
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->tornado),
                                       28 * MAX (matrix->factors->len, 1) + SK_TORNADO_FOOT);
  while ((child = gtk_widget_get_first_child (self->legend)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (self->legend), child);
  for (guint f = 0; f < matrix->factors->len; f++)
    {
      SkFactor *factor = g_ptr_array_index (matrix->factors, f);
      g_autofree char *esc = g_markup_escape_text (factor->name ? factor->name : "", -1);
      g_autofree char *markup = NULL;
      GtkWidget *item = gtk_label_new (NULL);
      SkRgb c;

      sk_factor_colour (f, &c);
      markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">■</span> %s",
                                (int) (c.red * 255), (int) (c.green * 255), (int) (c.blue * 255), esc);
      gtk_label_set_markup (GTK_LABEL (item), markup);
      gtk_label_set_xalign (GTK_LABEL (item), 0);
      gtk_widget_add_css_class (item, "caption");
      gtk_flow_box_append (GTK_FLOW_BOX (self->legend), item);
    }
}

GArray *
sk_matrix_results_update (SkMatrixResults *self)
{
  SkMatrix *matrix = matrix_of (self);
  SkProject *project = project_of (self);
  g_autoptr(GArray) results = NULL;
  GArray *sens;
  GtkWidget *child;
  int leaders = 0, leader;

  g_return_val_if_fail (SK_IS_MATRIX_RESULTS (self), NULL);
  if (matrix == NULL)
    return NULL;
  results = sk_matrix_compute (matrix);
  sens = sk_matrix_sensitivity (matrix);
  leader = sk_matrix_leader (results);

  /* Rows of candidates no longer there go. */
  for (int row = results->len + 1; gtk_grid_get_child_at (self->grid, 0, row) != NULL; row++)
    for (int column = 0; column < 4; column++)
      if ((child = gtk_grid_get_child_at (self->grid, column, row)) != NULL)
        gtk_grid_remove (self->grid, child);
  result_cell (self->grid, _("Candidate"), 0, 0, TRUE, FALSE);
  result_cell (self->grid, _("Total score"), 1, 0, TRUE, TRUE);
  result_cell (self->grid, _("Percent of maximum"), 2, 0, TRUE, TRUE);
  result_cell (self->grid, _("Rank"), 3, 0, TRUE, TRUE);
  sk_matrix_results_by_rank (results);
  for (guint i = 0; i < results->len; i++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
      g_autofree char *score = sk_format_score (r->score);
      g_autofree char *percent = sk_format_percent (r->percent, 1);
      g_autofree char *rank = g_strdup_printf ("%d", r->rank);
      gboolean first = r->rank == 1;
      g_autofree char *name = candidate_name (self, g_ptr_array_index (matrix->candidates, r->candidate));

      result_cell (self->grid, name, 0, i + 1, first, FALSE);
      result_cell (self->grid, score, 1, i + 1, first, TRUE);
      result_cell (self->grid, percent, 2, i + 1, first, TRUE);
      result_cell (self->grid, rank, 3, i + 1, first, TRUE);
      leaders += r->rank == 1;
    }

  if (results->len == 0)
    gtk_label_set_text (GTK_LABEL (self->verdict), _("Add candidates to score them."));
  else
    {
      g_autofree char *text = NULL;

      if (leaders > 1)
        {
          g_autoptr(GArray) tied = sk_matrix_tied_first (matrix);
          g_autofree char *names = sk_sensitivity_names (project, matrix, tied);

          /* Translators: "Sogndal and Årdal are tied for first place: no clear winner." */
          text = g_strdup_printf (_("%s are tied for first place: no clear winner."), names);
        }
      else
        {
          g_autofree char *name = candidate_name (self, g_ptr_array_index (matrix->candidates, leader));

          if (sk_matrix_no_clear_winner (results))
            text = g_strdup_printf (_("%s leads by less than 10 %%: no clear winner."), name);
          else
            text = g_strdup_printf (_("%s has the highest score."), name);
        }
      gtk_label_set_text (GTK_LABEL (self->verdict), text);
      if (leaders > 1 || sk_matrix_no_clear_winner (results))
        gtk_widget_add_css_class (self->verdict, "warning");
      else
        gtk_widget_remove_css_class (self->verdict, "warning");
    }

  /* The tornado chart draws the same. */
  g_clear_pointer (&self->sensitivity, g_array_unref);
  self->sensitivity = g_array_ref (sens);
  self->shown_factors = matrix->factors->len;
  queue_draw_in_sight (self, self->chart, &self->chart_stale);
  queue_draw_in_sight (self, self->tornado, &self->tornado_stale);
  return sens;
}
