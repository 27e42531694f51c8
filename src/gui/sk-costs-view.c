/* sk-costs-view.c — cost models, their scenarios and the exact split
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-costs.h"
#include "sk-costs-view.h"
#include "sk-format.h"
#include "sk-view-util.h"

struct _SkCostsView
{
  GtkWidget       parent_instance;

  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  AdwStatusPage  *empty_page;
  GtkBox         *content;
  GtkBox         *table_box;   /* inside content, rebuilt per scenario */

  SkProject      *project;
  gboolean        stale;     /* rebuild when next shown */
  SkCostModel    *model;
};

G_DEFINE_FINAL_TYPE (SkCostsView, sk_costs_view, GTK_TYPE_WIDGET)

/* The icon is set when the empty page is shown: a stack measures all its
 * pages, and loading a large icon costs start-up time for a page that is
 * rarely seen. */
static void
show_empty (SkCostsView *self)
{
  adw_status_page_set_icon_name (self->empty_page, "accessories-calculator-symbolic");
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static void
cell (GtkGrid    *grid,
      const char *text,
      int         column,
      int         row,
      gboolean    heading)
{
  GtkWidget *label = sk_label_new (text, heading ? "heading" : NULL);

  if (column > 0)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static char *
criteria_text (const SkCostParams *p)
{
  GString *text = g_string_new (NULL);
  double sum = 0;

  for (guint k = 0; k < p->criteria->len; k++)
    sum += ((SkCriterion *) g_ptr_array_index (p->criteria, k))->weight;
  for (guint k = 0; k < p->criteria->len; k++)
    {
      SkCriterion *c = g_ptr_array_index (p->criteria, k);
      double value = (100 - p->fixed_percent) * c->weight / sum;
      g_autofree char *part = sk_format_percent (value, value == (int) value ? 0 : 1);

      g_string_append_printf (text, "%s%s %s", k ? ", " : "", part, sk_figure_label (c->figure));
    }
  return g_string_free (text, FALSE);
}

static void
show_result (SkCostsView *self,
             SkScenario  *scenario)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCostResult) result = NULL;
  g_autofree char *total = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *criteria = NULL;
  g_autofree char *summary = NULL;
  SkCostParams p;
  GtkWidget *grid;
  gint64 sums[3] = { 0, 0, 0 };
  guint r;

  sk_box_clear (self->table_box);
  sk_cost_params_init (&p, self->model, scenario);

  total = sk_format_kr (p.total_kr);
  fixed = sk_format_percent (p.fixed_percent, p.fixed_percent == (int) p.fixed_percent ? 0 : 1);
  criteria = criteria_text (&p);
  summary = p.criteria->len > 0 && p.fixed_percent < 100
            /* Translators: "29 215 093 kr: 25 % equally, 75,0 % Children 0–17" */
            ? g_strdup_printf (_("%s: %s shared equally, %s"), total, fixed, criteria)
            : g_strdup_printf (_("%s: %s shared equally"), total, fixed);
  gtk_box_append (self->table_box, sk_sentence_new (summary, "title-4"));

  result = sk_cost_model_compute (self->project, self->model, scenario, &error);
  if (result == NULL)
    {
      /* The problem instead of a wrong number. */
      GtkWidget *label = sk_sentence_new (error->message, "error");

      gtk_box_append (self->table_box, label);
      return;
    }

  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  cell (GTK_GRID (grid), _("Municipality"), 0, 0, TRUE);
  cell (GTK_GRID (grid), _("Equal part"), 1, 0, TRUE);
  cell (GTK_GRID (grid), _("Variable part"), 2, 0, TRUE);
  cell (GTK_GRID (grid), _("Total"), 3, 0, TRUE);
  cell (GTK_GRID (grid), _("Share"), 4, 0, TRUE);

  for (r = 0; r < result->rows->len; r++)
    {
      const SkCostRow *row = &g_array_index (result->rows, SkCostRow, r);
      SkMunicipality *m = sk_project_find_municipality (self->project, row->municipality);
      g_autofree char *equal = sk_format_kr (row->equal_kr);
      g_autofree char *variable = sk_format_kr (row->variable_kr);
      g_autofree char *amount = sk_format_kr (row->amount_kr);
      g_autofree char *share = sk_format_percent (row->share * 100, 2);

      cell (GTK_GRID (grid), m ? m->name : row->municipality, 0, r + 1, FALSE);
      cell (GTK_GRID (grid), equal, 1, r + 1, FALSE);
      cell (GTK_GRID (grid), variable, 2, r + 1, FALSE);
      cell (GTK_GRID (grid), amount, 3, r + 1, FALSE);
      cell (GTK_GRID (grid), share, 4, r + 1, FALSE);
      sums[0] += row->equal_kr;
      sums[1] += row->variable_kr;
      sums[2] += row->amount_kr;
    }
  gtk_grid_attach (GTK_GRID (grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, r + 1, 5, 1);
  {
    g_autofree char *e = sk_format_kr (sums[0]);
    g_autofree char *v = sk_format_kr (sums[1]);
    g_autofree char *t = sk_format_kr (sums[2]);
    g_autofree char *s = sk_format_percent (100, 2);

    cell (GTK_GRID (grid), _("Total"), 0, r + 2, TRUE);
    cell (GTK_GRID (grid), e, 1, r + 2, TRUE);
    cell (GTK_GRID (grid), v, 2, r + 2, TRUE);
    cell (GTK_GRID (grid), t, 3, r + 2, TRUE);
    cell (GTK_GRID (grid), s, 4, r + 2, TRUE);
  }
  gtk_widget_set_margin_top (grid, 12);
  gtk_box_append (self->table_box, grid);
}

static void
scenario_selected_cb (SkCostsView *self,
                      GParamSpec  *pspec,
                      GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  SkScenario *scenario = NULL;

  if (self->model == NULL)
    return;
  if (selected != GTK_INVALID_LIST_POSITION && selected > 0 && selected <= self->model->scenarios->len)
    scenario = g_ptr_array_index (self->model->scenarios, selected - 1);
  show_result (self, scenario);
}

static void
show_model (SkCostsView *self,
            SkCostModel *model)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *dropdown;
  GtkWidget *row;

  self->model = model;
  gtk_box_append (self->content, sk_heading_new (model->title));

  gtk_string_list_append (names, _("As prepared"));
  for (guint i = 0; i < model->scenarios->len; i++)
    gtk_string_list_append (names, ((SkScenario *) g_ptr_array_index (model->scenarios, i))->title);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  {
    GtkWidget *label = sk_label_new (_("Scenario"), NULL);

    gtk_label_set_wrap (GTK_LABEL (label), FALSE);
    gtk_box_append (GTK_BOX (row), label);
  }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Scenario"), -1);
  gtk_box_append (GTK_BOX (row), dropdown);
  gtk_box_append (self->content, row);

  self->table_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_box_append (self->content, GTK_WIDGET (self->table_box));
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (scenario_selected_cb),
                           self, G_CONNECT_SWAPPED);
  show_result (self, NULL);
}

static void
row_selected_cb (SkCostsView   *self,
                 GtkListBoxRow *row)
{
  SkCostModel *model = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;

  sk_box_clear (self->content);
  self->model = NULL;
  self->table_box = NULL;
  if (model == NULL)
    {
      show_empty (self);
      return;
    }
  show_model (self, model);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkCostsView *self)
{
  GPtrArray *models;

  sk_list_box_clear (self->sidebar);
  if (self->project == NULL)
    return;
  models = sk_project_get_cost_models (self->project);
  for (guint i = 0; i < models->len; i++)
    {
      SkCostModel *m = g_ptr_array_index (models, i);
      g_autofree char *total = sk_format_kr (m->total_kr);

      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (m->title, total, m));
    }
  if (models->len == 0)
    show_empty (self);
  sk_select_first_row (self->sidebar);
}

/* Views that are not shown are rebuilt when they are: start-up and edits
 * only pay for what the user sees. */
static void
queue_rebuild (SkCostsView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_costs_view_map (GtkWidget *widget)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);

  GTK_WIDGET_CLASS (sk_costs_view_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_costs_view_dispose (GObject *object)
{
  SkCostsView *self = SK_COSTS_VIEW (object);

  /* The rows point into the project: remove them while it lives. */
  if (self->sidebar != NULL)
    gtk_list_box_set_header_func (self->sidebar, NULL, NULL, NULL);
  sk_widget_unparent_children (GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_COSTS_VIEW);
  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_costs_view_parent_class)->dispose (object);
}

static void
sk_costs_view_class_init (SkCostsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_costs_view_dispose;
  widget_class->map = sk_costs_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-costs-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkCostsView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkCostsView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SkCostsView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SkCostsView, content);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
}

static void
sk_costs_view_init (SkCostsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_status_page_set_title (self->empty_page, _("No Cost Models"));
  adw_status_page_set_description (self->empty_page,
                                   _("Cost models split a budget between the member municipalities."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cost models"), -1);
}

void
sk_costs_view_set_project (SkCostsView *self,
                           SkProject   *project)
{
  g_return_if_fail (SK_IS_COSTS_VIEW (self));

  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_set_object (&self->project, project);
  if (project)
    g_signal_connect_object (project, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  sk_list_box_clear (self->sidebar);
  queue_rebuild (self);
}
