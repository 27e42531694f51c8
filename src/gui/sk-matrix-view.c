/* sk-matrix-view.c — host-municipality scoring matrices and their results
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-format.h"
#include "sk-matrix.h"
#include "sk-matrix-view.h"
#include "sk-view-util.h"

struct _SkMatrixView
{
  GtkWidget       parent_instance;

  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  AdwStatusPage  *empty_page;
  GtkBox         *content;

  SkProject      *project;
  gboolean        stale;     /* rebuild when next shown */
};

G_DEFINE_FINAL_TYPE (SkMatrixView, sk_matrix_view, GTK_TYPE_WIDGET)

/* The icon is set when the empty page is shown: a stack measures all its
 * pages, and loading a large icon costs start-up time for a page that is
 * rarely seen. */
static void
show_empty (SkMatrixView *self)
{
  adw_status_page_set_icon_name (self->empty_page, "view-grid-symbolic");
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static const char *
candidate_name (SkMatrixView *self,
                SkCandidate  *c)
{
  SkMunicipality *m = sk_project_find_municipality (self->project, c->municipality);

  return m ? m->name : c->municipality;
}

static void
attach (GtkGrid    *grid,
        const char *text,
        int         column,
        int         row,
        const char *css_class,
        gboolean    numeric)
{
  GtkWidget *label = sk_label_new (text, css_class);

  if (numeric)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
show_matrix (SkMatrixView *self,
             SkMatrix     *matrix)
{
  g_autoptr(GArray) results = sk_matrix_compute (matrix);
  GtkWidget *grid = gtk_grid_new ();
  guint n = matrix->candidates->len;
  int row = 0;
  int leaders = 0;
  g_autofree char *scale = NULL;

  gtk_box_append (self->content, sk_heading_new (matrix->title));
  scale = g_strdup_printf (_("Weights from 0 to %g, scores from 0 to %g"),
                           sk_matrix_get_weight_max (matrix), sk_matrix_get_scale_max (matrix));
  gtk_box_append (self->content, sk_label_new (scale, "dim-label"));

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_top (grid, 12);

  attach (GTK_GRID (grid), _("Factor"), 0, row, "heading", FALSE);
  attach (GTK_GRID (grid), _("Weight"), 1, row, "heading", TRUE);
  for (guint c = 0; c < n; c++)
    attach (GTK_GRID (grid), candidate_name (self, g_ptr_array_index (matrix->candidates, c)),
            2 + c, row, "heading", TRUE);
  row++;

  for (guint f = 0; f < matrix->factors->len; f++, row++)
    {
      SkFactor *factor = g_ptr_array_index (matrix->factors, f);
      g_autofree char *weight = sk_format_decimal (factor->weight, factor->weight == (int) factor->weight ? 0 : 1);

      attach (GTK_GRID (grid), factor->name, 0, row, NULL, FALSE);
      attach (GTK_GRID (grid), weight, 1, row, NULL, TRUE);
      for (guint c = 0; c < n; c++)
        {
          double s = sk_candidate_get_score (g_ptr_array_index (matrix->candidates, c), factor->id);
          g_autofree char *score = sk_format_decimal (s, s == (int) s ? 0 : 1);

          attach (GTK_GRID (grid), score, 2 + c, row, NULL, TRUE);
        }
    }

  gtk_grid_attach (GTK_GRID (grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, row++, 2 + n, 1);
  attach (GTK_GRID (grid), _("Total score"), 0, row, "heading", FALSE);
  attach (GTK_GRID (grid), _("Percent of maximum"), 0, row + 1, "heading", FALSE);
  attach (GTK_GRID (grid), _("Rank"), 0, row + 2, "heading", FALSE);
  for (guint c = 0; c < n; c++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, c);
      g_autofree char *score = sk_format_decimal (r->score, 2);
      g_autofree char *percent = sk_format_percent (r->percent, 1);
      g_autofree char *rank = g_strdup_printf ("%d", r->rank);
      const char *css = r->rank == 1 ? "accent" : NULL;

      attach (GTK_GRID (grid), score, 2 + c, row, css, TRUE);
      attach (GTK_GRID (grid), percent, 2 + c, row + 1, css, TRUE);
      attach (GTK_GRID (grid), rank, 2 + c, row + 2, css, TRUE);
      if (r->rank == 1)
        leaders++;
    }
  gtk_box_append (self->content, grid);

  if (n > 0)
    {
      g_autofree char *text = NULL;

      if (leaders > 1)
        text = g_strdup (_("The leading candidates are tied."));
      else
        for (guint c = 0; c < n; c++)
          if (g_array_index (results, SkMatrixResult, c).rank == 1)
            text = g_strdup_printf (_("%s has the highest score."),
                                    candidate_name (self, g_ptr_array_index (matrix->candidates, c)));
      gtk_box_append (self->content, sk_sentence_new (text, "title-4"));
    }
}

static void
row_selected_cb (SkMatrixView  *self,
                 GtkListBoxRow *row)
{
  SkMatrix *matrix = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;

  sk_box_clear (self->content);
  if (matrix == NULL)
    {
      show_empty (self);
      return;
    }
  show_matrix (self, matrix);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkMatrixView *self)
{
  GPtrArray *matrices;

  sk_list_box_clear (self->sidebar);
  if (self->project == NULL)
    return;
  matrices = sk_project_get_matrices (self->project);
  for (guint i = 0; i < matrices->len; i++)
    {
      SkMatrix *m = g_ptr_array_index (matrices, i);
      g_autofree char *sub = g_strdup_printf (ngettext ("%u candidate", "%u candidates", m->candidates->len),
                                              m->candidates->len);

      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (m->title, sub, m));
    }
  if (matrices->len == 0)
    show_empty (self);
  sk_select_first_row (self->sidebar);
}

/* Views that are not shown are rebuilt when they are: start-up and edits
 * only pay for what the user sees. */
static void
queue_rebuild (SkMatrixView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_matrix_view_map (GtkWidget *widget)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);

  GTK_WIDGET_CLASS (sk_matrix_view_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_matrix_view_dispose (GObject *object)
{
  SkMatrixView *self = SK_MATRIX_VIEW (object);

  /* The rows point into the project: remove them while it lives. */
  if (self->sidebar != NULL)
    gtk_list_box_set_header_func (self->sidebar, NULL, NULL, NULL);
  sk_widget_unparent_children (GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_MATRIX_VIEW);
  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_matrix_view_parent_class)->dispose (object);
}

static void
sk_matrix_view_class_init (SkMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_matrix_view_dispose;
  widget_class->map = sk_matrix_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-matrix-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkMatrixView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkMatrixView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SkMatrixView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SkMatrixView, content);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
}

static void
sk_matrix_view_init (SkMatrixView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_status_page_set_title (self->empty_page, _("No Scoring Matrices"));
  adw_status_page_set_description (self->empty_page,
                                   _("Matrices score candidate host municipalities by weighted factors."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Matrices"), -1);
}

void
sk_matrix_view_set_project (SkMatrixView *self,
                            SkProject    *project)
{
  g_return_if_fail (SK_IS_MATRIX_VIEW (self));

  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_set_object (&self->project, project);
  if (project)
    g_signal_connect_object (project, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  sk_list_box_clear (self->sidebar);
  queue_rebuild (self);
}
