/* sk-costs-view.c — cost models: edit, compare and export the exact split
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sk-clipboard.h"
#include "sk-costs.h"
#include "sk-costs-view.h"
#include "sk-export.h"
#include "sk-costs-view-private.h"
#include "sk-format.h"
#include "sk-file.h"
#include "sk-render.h"
#include "sk-ssb.h"
#include "sk-agenda.h"
#include "sk-scenario.h"
#include "sk-view-util.h"

struct _SkCostsView
{
  SkView          parent_instance;

  /* The view's own, from SkView. */
  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  GtkBox         *content;


  SkCostModel    *model;
  guint           scenario;  /* 0: as prepared; i: scenarios[i - 1] */
  char           *what_if;   /* a municipality to leave out or take in */
  GtkMenuButton  *what_if_button;

  GtkBox         *results_box;
  GtkBox         *compare_names;  /* the side-by-side table's first column, */
  GtkBox         *compare_box;    /* and the rest, which scrolls sideways */
  GtkWidget      *total_row;
  GtkWidget      *input_error;
  GtkAdjustment  *fixed_adjustment;
  SkExportTable  *compare_table;  /* the side-by-side table, for copying */
};

G_DEFINE_FINAL_TYPE (SkCostsView, sk_costs_view, SK_TYPE_VIEW)

static void rebuild (SkCostsView *self);
static void show_model (SkCostsView *self, SkCostModel *model);

typedef enum { EXPORT_CSV, EXPORT_CSV_NO, EXPORT_PDF } ExportKind;

static SkScenario *
current_scenario (SkCostsView *self)
{
  if (self->model == NULL || self->scenario == 0 || self->scenario > self->model->scenarios->len)
    return NULL;
  return g_ptr_array_index (self->model->scenarios, self->scenario - 1);
}

static const char *
municipality_name (SkCostsView *self,
                   const char  *id)
{
  SkMunicipality *m = sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), id);

  return m && m->name ? m->name : id;
}

/* Editing: a snapshot for undo, the change, then the results. */

static void update_results (SkCostsView *self);

static void
begin_edit (SkCostsView *self,
            const char  *what)
{
  g_autofree char *key = what ? g_strdup_printf ("costs:%s:%u:%s", self->model->id, self->scenario, what) : NULL;

  sk_view_checkpoint (SK_VIEW (self), key);
}

static void
end_edit (SkCostsView *self)
{
  g_autofree char *total = sk_format_kr (self->model->total_kr);

  sk_view_changed (SK_VIEW (self));
  /* The side list shows the title and the total. */
  sk_sidebar_update_record (self->sidebar, self->model, self->model->title, total);
  update_results (self);
}

/* An edit of the model as prepared: the scenarios that take the equal
 * part or the criteria from it keep the values they show. */
static void
pin_scenarios (SkCostsView *self,
               gboolean     fixed,
               gboolean     criteria)
{
  /* In meeting mode, on the what-if's copy, adopting does it. */
  if (current_scenario (self) == NULL && !sk_view_get_presenting (SK_VIEW (self)))
    sk_cost_model_pin_scenarios (self->model, fixed, criteria);
}

static GPtrArray *
criterion_list_copy (GPtrArray *from)
{
  GPtrArray *to = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);

  for (guint k = 0; k < from->len; k++)
    {
      SkCriterion *c = g_ptr_array_index (from, k);
      SkCriterion *d = sk_criterion_new ();

      d->figure = g_strdup (c->figure);
      d->weight = c->weight;
      g_ptr_array_add (to, d);
    }
  return to;
}

/* The criteria an edit changes: the scenario's own (copied from the model
 * on its first edit) or the model's. */
static GPtrArray *
editable_criteria (SkCostsView *self)
{
  SkScenario *s = current_scenario (self);

  if (s == NULL)
    {
      self->model->has_criteria = TRUE;
      return self->model->criteria;
    }
  if (s->criteria == NULL)
    s->criteria = criterion_list_copy (self->model->criteria);
  return s->criteria;
}

static GPtrArray *
editable_participants (SkCostsView *self)
{
  SkScenario *s = current_scenario (self);

  if (s == NULL)
    return self->model->participants;
  if (s->participants == NULL)
    {
      s->participants = g_ptr_array_new_with_free_func (g_free);
      for (guint i = 0; i < self->model->participants->len; i++)
        g_ptr_array_add (s->participants, g_strdup (g_ptr_array_index (self->model->participants, i)));
    }
  return s->participants;
}

/* Results */

static void
cell (GtkGrid    *grid,
      const char *text,
      int         column,
      int         row,
      const char *css)
{
  GtkWidget *label = sk_label_new (text, css);

  if (column > 0)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

/* The rows of the split's two grids as high as the explanation's button
 * (a flat icon button, 34 px): the names and totals beside the parts. */
static void
split_rows_alike (GtkWidget *grid)
{
  for (GtkWidget *child = gtk_widget_get_first_child (grid); child; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_SEPARATOR (child))
      {
        gtk_widget_set_size_request (child, -1, 34);
        gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
      }
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
      /* As many decimals as the equal share: 37,17 % and 62,83 % add up. */
      g_autofree char *part = sk_format_percent (value, value == (int) value ? 0 : 2);
      /* Translators: a share of the cost and what it follows, "75 % by children 0–17" */
      g_autofree char *one = g_strdup_printf (_("%s by %s"), part, sk_figure_phrase (c->figure));

      g_string_append_printf (text, "%s%s", k ? ", " : "", one);
    }
  return g_string_free (text, FALSE);
}

typedef struct
{
  SkCostsView *self;
  guint        index;
} ExplainData;

/* The popover gives its text the focus, and GTK selects all of a
 * selectable label that gets the focus: the explanation opened all
 * highlighted.  It can still be selected and copied.  GTK selects after
 * the focus moved, so "has-focus" comes before the selection when the
 * window was already active and after it when the window becomes
 * active later: the selection is taken away once GTK is done. */
static gboolean
unselect_idle_cb (gpointer data)
{
  GtkLabel *label = data;

  if (gtk_widget_get_root (GTK_WIDGET (label)) != NULL)
    gtk_label_select_region (label, 0, 0);
  return G_SOURCE_REMOVE;
}

static void
explanation_focus_cb (GtkLabel   *label,
                      GParamSpec *pspec,
                      gpointer    user_data)
{
  if (gtk_widget_has_focus (GTK_WIDGET (label)))
    {
      gtk_label_select_region (label, 0, 0);
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, unselect_idle_cb, g_object_ref (label), g_object_unref);
    }
}

static GtkWidget *
explain_popover_new (SkCostsView *self,
                     guint        index)
{
  g_autofree char *text = sk_cost_explain (sk_view_get_project (SK_VIEW (self)), self->model, current_scenario (self), index);
  GtkWidget *label = sk_sentence_new (text, NULL);
  GtkWidget *popover = gtk_popover_new ();

  gtk_label_set_max_width_chars (GTK_LABEL (label), 44);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  g_signal_connect_after (label, "notify::has-focus", G_CALLBACK (explanation_focus_cb), NULL);
  gtk_widget_set_margin_top (label, 6);
  gtk_widget_set_margin_bottom (label, 6);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_popover_set_child (GTK_POPOVER (popover), label);
  return popover;
}

static void
explain_create_popup (GtkMenuButton *button,
                      gpointer       user_data)
{
  SkCostsView *self = g_object_get_data (G_OBJECT (button), "sk-view");
  guint index = GPOINTER_TO_UINT (user_data);

  gtk_menu_button_set_popover (button, explain_popover_new (self, index));
}

static void
chart_draw (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SkCostsView *self = user_data;
  g_autoptr(SkCostResult) result = NULL;
  SkPalette palette;
  GdkRGBA fg;
  g_autofree char *font = NULL;
  PangoFontDescription *desc;

  if (self->model == NULL)
    return;
  result = sk_cost_model_compute (sk_view_get_project (SK_VIEW (self)), self->model, current_scenario (self), NULL);
  if (result == NULL)
    return;
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (area)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sk_palette_init_light (&palette);
  palette.text = (SkRgb) { fg.red, fg.green, fg.blue };
  desc = pango_context_get_font_description (gtk_widget_get_pango_context (GTK_WIDGET (area)));
  font = pango_font_description_to_string (desc);
  sk_render_cost_chart (cr, sk_view_get_project (SK_VIEW (self)), result, &palette, font, width, height);
}

/* The results built anew in `fresh` into `box`: only their texts when
 * they are built as those shown. */
static void
put_results (GtkBox *box,
             GtkBox *fresh)
{
  GtkWidget *child;

  if (sk_widget_update_from (GTK_WIDGET (box), GTK_WIDGET (fresh)))
    return;
  sk_box_clear (box);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (fresh))) != NULL)
    {
      g_object_ref (child);
      gtk_box_remove (fresh, child);
      gtk_box_append (box, child);
      g_object_unref (child);
    }
}

/* The side-by-side table's two grids, built anew, in place of those shown
 * when built alike: TRUE when their texts were taken. */
static gboolean
same_grids (GtkBox    *names_box,
            GtkWidget *names,
            GtkBox    *values_box,
            GtkWidget *values)
{
  GtkWidget *old_names = gtk_widget_get_first_child (GTK_WIDGET (names_box));
  GtkWidget *old_values = gtk_widget_get_first_child (GTK_WIDGET (values_box));

  if (old_names == NULL || old_values == NULL ||
      !sk_widget_same_shape (old_names, names) || !sk_widget_same_shape (old_values, values))
    return FALSE;
  sk_widget_take_texts (old_names, names);
  sk_widget_take_texts (old_values, values);
  return TRUE;
}

static void
update_results (SkCostsView *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCostResult) result = NULL;
  SkScenario *scenario = current_scenario (self);
  g_autofree char *total = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *criteria = NULL;
  g_autofree char *summary = NULL;
  SkCostParams p;
  GtkWidget *grid, *chart, *pinned, *table;
  g_autoptr(GtkBox) out = NULL;
  gint64 sums[3] = { 0, 0, 0 };
  guint r;

  if (self->results_box == NULL)
    return;
  /* Built anew, then put in place of the old, or only its texts taken
   * when it is built alike (a slider step): see sk_widget_update_from (). */
  out = GTK_BOX (g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0)));
  sk_cost_params_init (&p, self->model, scenario);

  total = sk_format_kr (p.total_kr);
  fixed = sk_format_percent (p.fixed_percent, p.fixed_percent == (int) p.fixed_percent ? 0 : 2);
  criteria = criteria_text (&p);
  summary = p.criteria->len > 0 && p.fixed_percent < 100
            /* Translators: "29 215 093 kr: 25 % shared equally, 75 % Children 0–17" */
            ? g_strdup_printf (_("%s: %s shared equally, %s"), total, fixed, criteria)
            : g_strdup_printf (_("%s: %s shared equally"), total, fixed);
  gtk_box_append (out, sk_sentence_new (summary, "title-4"));

  result = sk_cost_model_compute (sk_view_get_project (SK_VIEW (self)), self->model, scenario, &error);
  if (result == NULL)
    {
      /* The problem instead of a wrong number. */
      gtk_box_append (out, sk_sentence_new (error->message, "error"));
      put_results (self->results_box, out);
      sk_box_clear (self->compare_names);
      sk_box_clear (self->compare_box);
      return;
    }

  /* The municipality and its total stay in view (half a laptop's screen);
   * the parts beside them scroll sideways.  Both grids have the same rows,
   * each as high as the explanation's button (split_rows_alike ()). */
  pinned = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (pinned), 24);
  gtk_grid_set_row_spacing (GTK_GRID (pinned), 6);
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_widget_set_margin_start (grid, 24);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cost split"), -1);
  cell (GTK_GRID (pinned), _("Municipality"), 0, 0, "heading");
  cell (GTK_GRID (grid), _("Equal part"), 1, 0, "heading");
  cell (GTK_GRID (grid), _("Variable part"), 2, 0, "heading");
  cell (GTK_GRID (pinned), _("Total"), 3, 0, "heading");
  cell (GTK_GRID (grid), C_("column", "Share"), 4, 0, "heading");
  cell (GTK_GRID (grid), _("Per inhabitant"), 5, 0, "heading");

  for (r = 0; r < result->rows->len; r++)
    {
      const SkCostRow *row = &g_array_index (result->rows, SkCostRow, r);
      SkMunicipality *m = sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), row->municipality);
      const SkFigure *pop = m ? sk_municipality_get_figure (m, "population") : NULL;
      g_autofree char *equal = sk_format_kr (row->equal_kr);
      g_autofree char *variable = sk_format_kr (row->variable_kr);
      g_autofree char *amount = sk_format_kr (row->amount_kr);
      g_autofree char *share = sk_format_percent (row->share * 100, 2);
      g_autofree char *per = pop && pop->value > 0 ? sk_format_kr ((gint64) llround (row->amount_kr / pop->value)) : g_strdup ("—");
      GtkWidget *why = gtk_menu_button_new ();
      g_autofree char *why_label = g_strdup_printf (_("How the share of %s is computed"),
                                                    municipality_name (self, row->municipality));

      cell (GTK_GRID (pinned), municipality_name (self, row->municipality), 0, r + 1, NULL);
      cell (GTK_GRID (grid), equal, 1, r + 1, NULL);
      cell (GTK_GRID (grid), variable, 2, r + 1, NULL);
      cell (GTK_GRID (pinned), amount, 3, r + 1, NULL);
      cell (GTK_GRID (grid), share, 4, r + 1, NULL);
      cell (GTK_GRID (grid), per, 5, r + 1, NULL);
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (why), "dialog-information-symbolic");
      gtk_widget_add_css_class (why, "flat");
      sk_widget_set_tip_and_name (why, why_label);
      g_object_set_data (G_OBJECT (why), "sk-view", self);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (why), explain_create_popup,
                                             GUINT_TO_POINTER (r), NULL);
      gtk_grid_attach (GTK_GRID (pinned), why, 6, r + 1, 1, 1);
      sums[0] += row->equal_kr;
      sums[1] += row->variable_kr;
      sums[2] += row->amount_kr;
    }
  gtk_grid_attach (GTK_GRID (pinned), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, r + 1, 7, 1);
  gtk_grid_attach (GTK_GRID (grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 1, r + 1, 5, 1);
  {
    g_autofree char *e = sk_format_kr (sums[0]);
    g_autofree char *v = sk_format_kr (sums[1]);
    g_autofree char *t = sk_format_kr (sums[2]);
    g_autofree char *s = sk_format_percent (100, 2);

    cell (GTK_GRID (pinned), _("Total"), 0, r + 2, "heading");
    cell (GTK_GRID (grid), e, 1, r + 2, "heading");
    cell (GTK_GRID (grid), v, 2, r + 2, "heading");
    cell (GTK_GRID (pinned), t, 3, r + 2, "heading");
    cell (GTK_GRID (grid), s, 4, r + 2, "heading");
  }
  split_rows_alike (pinned);
  split_rows_alike (grid);
  table = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_margin_top (table, 6);
  gtk_box_append (GTK_BOX (table), pinned);
  {
    GtkWidget *scroller = sk_sideways_scroller_new (grid, _("Cost split"));

    /* Nothing in it takes the focus now: the table itself does, for the
     * arrow keys to scroll it. */
    gtk_widget_set_can_focus (scroller, TRUE);
    gtk_widget_set_focusable (scroller, TRUE);
    gtk_widget_set_hexpand (scroller, TRUE);
    gtk_box_append (GTK_BOX (table), scroller);
  }
  gtk_box_append (out, table);
  {
    g_autofree char *note = sk_cost_rounding_note (result);

    if (note != NULL)
      gtk_box_append (out, sk_sentence_new (note, "caption"));
  }

  chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (chart), 30 * result->rows->len);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (chart), chart_draw, self, NULL);
  gtk_widget_set_margin_top (chart, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of each municipality's equal and variable part"), -1);
  gtk_box_append (out, chart);
  {
    SkPalette palette;
    g_autofree char *markup = NULL;

    sk_palette_init_light (&palette);
    /* Translators: the legend of the cost chart */
    markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">■</span> %s    <span foreground=\"#%02x%02x%02x\">■</span> %s",
                              (int) (palette.equal.red * 255), (int) (palette.equal.green * 255), (int) (palette.equal.blue * 255),
                              _("Equal part"),
                              (int) (palette.variable.red * 255), (int) (palette.variable.green * 255), (int) (palette.variable.blue * 255),
                              _("Variable part"));
    {
      GtkWidget *legend = gtk_label_new (NULL);

      gtk_label_set_markup (GTK_LABEL (legend), markup);
      gtk_label_set_xalign (GTK_LABEL (legend), 0);
      gtk_widget_add_css_class (legend, "caption");
      gtk_box_append (out, legend);
    }
  }

  put_results (self->results_box, out);

  /* Side by side: the same model by each figure, the scenarios, what if. */
  {
    static const char *figures[] = { "population", "age_0_17", "age_0_24" };
    g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_cost_result_free);
    g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
    g_autoptr(GPtrArray) ids = g_ptr_array_new ();
    GtkWidget *names = gtk_grid_new ();
    GtkWidget *cmp = gtk_grid_new ();
    guint row_count;

    for (guint f = 0; f < G_N_ELEMENTS (figures); f++)
      {
        g_autoptr(GPtrArray) crit = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);
        SkCriterion *c = sk_criterion_new ();
        g_autoptr(GError) e = NULL;
        SkCostResult *v;

        if (p.fixed_percent >= 100)
          break;
        if (p.criteria->len == 1 &&
            g_strcmp0 (((SkCriterion *) g_ptr_array_index (p.criteria, 0))->figure, figures[f]) == 0)
          continue;
        c->figure = g_strdup (figures[f]);
        c->weight = 1;
        g_ptr_array_add (crit, c);
        v = sk_cost_model_compute_variant (sk_view_get_project (SK_VIEW (self)), self->model, scenario, crit, NULL, &e);
        /* Translators: a column of the comparison, "By population" */
        g_ptr_array_add (titles, g_strdup_printf (_("By %s"), sk_figure_phrase (figures[f])));
        g_ptr_array_add (results, v);
        g_ptr_array_add (errors, e ? g_strdup (e->message) : NULL);
      }
    for (guint s = 0; s <= self->model->scenarios->len; s++)
      {
        SkScenario *other = s ? g_ptr_array_index (self->model->scenarios, s - 1) : NULL;
        g_autoptr(GError) e = NULL;

        if (s == self->scenario)
          continue;
        g_ptr_array_add (titles, g_strdup (other ? other->title : _("As prepared")));
        g_ptr_array_add (results, sk_cost_model_compute (sk_view_get_project (SK_VIEW (self)), self->model, other, &e));
        g_ptr_array_add (errors, e ? g_strdup (e->message) : NULL);
      }
    if (self->what_if != NULL)
      {
        g_autoptr(GPtrArray) who = g_ptr_array_new ();
        gboolean inside = FALSE;
        g_autoptr(GError) e = NULL;
        GPtrArray *municipalities = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));

        for (guint i = 0; i < p.participants->len; i++)
          inside |= g_strcmp0 (g_ptr_array_index (p.participants, i), self->what_if) == 0;
        for (guint i = 0; i < municipalities->len; i++)
          {
            SkMunicipality *m = g_ptr_array_index (municipalities, i);
            gboolean in = FALSE;

            for (guint j = 0; j < p.participants->len; j++)
              in |= g_strcmp0 (g_ptr_array_index (p.participants, j), m->id) == 0;
            if (g_strcmp0 (m->id, self->what_if) == 0)
              in = !inside;
            if (in)
              g_ptr_array_add (who, m->id);
          }
        g_ptr_array_add (titles, g_strdup_printf (inside ? _("Without %s") : _("With %s"),
                                                  municipality_name (self, self->what_if)));
        g_ptr_array_add (results, who->len ? sk_cost_model_compute_variant (sk_view_get_project (SK_VIEW (self)), self->model, scenario,
                                                                            NULL, who, &e) : NULL);
        g_ptr_array_add (errors, e ? g_strdup (e->message) : who->len ? NULL : g_strdup (_("No participants left")));
      }

    /* Rows: the participants shown, and anyone a what-if takes in. */
    g_ptr_array_extend (ids, p.participants, NULL, NULL);
    if (self->what_if != NULL && !g_ptr_array_find_with_equal_func (ids, self->what_if, g_str_equal, NULL))
      g_ptr_array_add (ids, self->what_if);
    row_count = ids->len;

    /* The names stay in view when the amounts scroll sideways; both
     * grids have the same rows, one line of the same font each. */
    gtk_grid_set_row_spacing (GTK_GRID (names), 4);
    gtk_grid_set_column_spacing (GTK_GRID (cmp), 18);
    gtk_grid_set_row_spacing (GTK_GRID (cmp), 4);
    cell (GTK_GRID (names), _("Municipality"), 0, 0, "heading");
    cell (GTK_GRID (cmp), _("Shown above"), 1, 0, "heading");
    for (guint c = 0; c < titles->len; c++)
      {
        cell (GTK_GRID (cmp), g_ptr_array_index (titles, c), 2 + c, 0, "heading");
        if (g_ptr_array_index (errors, c) != NULL)
          {
            GtkWidget *l = sk_label_new ("—", "error");

            sk_widget_set_tooltip (l, g_ptr_array_index (errors, c));
            gtk_label_set_xalign (GTK_LABEL (l), 1);
            gtk_grid_attach (GTK_GRID (cmp), l, 2 + c, 1, 1, 1);
          }
      }
    for (guint i = 0; i < row_count; i++)
      {
        const char *id = g_ptr_array_index (ids, i);
        gint64 shown = -1;

        for (guint j = 0; j < result->rows->len; j++)
          if (g_str_equal (g_array_index (result->rows, SkCostRow, j).municipality, id))
            shown = g_array_index (result->rows, SkCostRow, j).amount_kr;
        cell (GTK_GRID (names), municipality_name (self, id), 0, i + 1, NULL);
        {
          g_autofree char *a = shown >= 0 ? sk_format_kr (shown) : g_strdup ("—");

          cell (GTK_GRID (cmp), a, 1, i + 1, NULL);
        }
        for (guint c = 0; c < titles->len; c++)
          {
            SkCostResult *v = g_ptr_array_index (results, c);
            gint64 amount = -1;
            g_autofree char *text = NULL;

            if (v == NULL)
              continue;
            for (guint j = 0; j < v->rows->len; j++)
              if (g_str_equal (g_array_index (v->rows, SkCostRow, j).municipality, id))
                amount = g_array_index (v->rows, SkCostRow, j).amount_kr;
            if (amount < 0)
              text = g_strdup ("—");
            else if (shown >= 0)
              {
                g_autofree char *a = sk_format_kr (amount);
                g_autofree char *d = sk_format_integer (amount - shown);

                text = g_strdup_printf ("%s (%s%s)", a, amount - shown > 0 ? "+" : "", d);
              }
            else
              text = sk_format_kr (amount);
            cell (GTK_GRID (cmp), text, 2 + c, i + 1, NULL);
          }
      }
    /* The same table for the clipboard */
    {
      SkExportTable *ct = sk_export_table_new ();
      g_autofree char *which = g_strdup_printf (_("%s · %s"), self->model->title,
                                                scenario ? scenario->title : _("As prepared"));

      sk_export_table_add_note (ct, which);
      sk_export_table_add_column (ct, "municipality", _("Municipality"), SK_EXPORT_TEXT, 0);
      sk_export_table_add_column (ct, "shown_kr", _("Shown above"), SK_EXPORT_KR, 0);
      for (guint c = 0; c < titles->len; c++)
        sk_export_table_add_column (ct, g_ptr_array_index (titles, c), g_ptr_array_index (titles, c), SK_EXPORT_KR, 0);
      for (guint i = 0; i < row_count; i++)
        {
          const char *id = g_ptr_array_index (ids, i);

          sk_export_table_add_row (ct, FALSE);
          sk_export_table_add_text (ct, municipality_name (self, id));
          for (guint c = 0; c <= titles->len; c++)
            {
              SkCostResult *v = c == 0 ? result : g_ptr_array_index (results, c - 1);
              gint64 amount = -1;

              for (guint j = 0; v != NULL && j < v->rows->len; j++)
                if (g_str_equal (g_array_index (v->rows, SkCostRow, j).municipality, id))
                  amount = g_array_index (v->rows, SkCostRow, j).amount_kr;
              if (amount < 0)
                sk_export_table_add_empty (ct);
              else
                sk_export_table_add_integer (ct, amount);
            }
        }
      g_clear_pointer (&self->compare_table, sk_export_table_free);
      self->compare_table = ct;
    }
    g_object_ref_sink (names);
    g_object_ref_sink (cmp);
    if (!same_grids (self->compare_names, names, self->compare_box, cmp))
      {
        sk_box_clear (self->compare_names);
        sk_box_clear (self->compare_box);
        gtk_box_append (self->compare_names, names);
        gtk_box_append (self->compare_box, cmp);
      }
    g_object_unref (names);
    g_object_unref (cmp);
  }
}

/* Controls */

static void
title_apply_cb (SkCostsView *self,
                AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (text[0] == '\0' || g_strcmp0 (text, self->model->title) == 0)
    return;
  begin_edit (self, NULL);
  g_free (self->model->title);
  self->model->title = g_strdup (text);
  end_edit (self);
}

/* Whole kroner as Norwegians write them: "29 215 093", "29.215.093",
 * "29215093 kr".  Anything else is refused. */
static gboolean
parse_kroner (const char *text,
              gint64     *out)
{
  g_autofree char *number = g_strdup (text);

  if (g_str_has_suffix (number, "kr"))
    number[strlen (number) - 2] = '\0';
  return sk_parse_grouped_integer (number, TRUE, out);
}
static void
total_apply_cb (SkCostsView *self,
                AdwEntryRow *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  SkScenario *s = current_scenario (self);
  gint64 value = 0;

  if (!parse_kroner (text, &value))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a whole number of kroner"), text);

      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_label_set_text (GTK_LABEL (self->input_error), msg);
      gtk_widget_set_visible (self->input_error, TRUE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_visible (self->input_error, FALSE);
  begin_edit (self, NULL);
  if (s != NULL)
    {
      s->has_total = TRUE;
      s->total_kr = value;
    }
  else
    self->model->total_kr = value;
  end_edit (self);
  {
    g_autofree char *shown = sk_format_integer (value);

    gtk_editable_set_text (GTK_EDITABLE (row), shown);
  }
}

static void
fixed_changed_cb (SkCostsView   *self,
                  GtkAdjustment *adjustment)
{
  SkScenario *s = current_scenario (self);
  double value = round (gtk_adjustment_get_value (adjustment) * 10000) / 10000;

  if (self->model == NULL || !sk_view_is_current (SK_VIEW (self), adjustment))
    return;
  begin_edit (self, "fixed");
  pin_scenarios (self, TRUE, FALSE);
  if (s != NULL)
    {
      s->has_fixed = TRUE;
      s->fixed_percent = value;
    }
  else
    self->model->fixed_percent = value;
  end_edit (self);
}

static void
participant_toggled_cb (SkCostsView    *self,
                        GtkCheckButton *check)
{
  const char *id = g_object_get_data (G_OBJECT (check), "sk-id");
  GPtrArray *municipalities = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));
  gboolean active = gtk_check_button_get_active (check);
  GPtrArray *participants;
  g_autoptr(GPtrArray) next = g_ptr_array_new_with_free_func (g_free);

  participants = editable_participants (self);
  if (!active && participants->len == 1)
    {
      /* A model needs someone to pay. */
      gtk_check_button_set_active (check, TRUE);
      sk_view_toast (SK_VIEW (self), _("A cost model needs at least one participant"), FALSE);
      return;
    }
  begin_edit (self, NULL);
  /* Keep the project's order of municipalities. */
  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      gboolean in = g_ptr_array_find_with_equal_func (participants, m->id, g_str_equal, NULL);

      if (g_str_equal (m->id, id))
        in = active;
      if (in)
        g_ptr_array_add (next, g_strdup (m->id));
    }
  g_ptr_array_set_size (participants, 0);
  g_ptr_array_extend_and_steal (participants, g_steal_pointer (&next));
  end_edit (self);
}

static GPtrArray *
figure_keys (SkCostsView *self)
{
  static const char *builtin[] = {
    "population", "age_0_17", "age_0_24", "forest_productive_daa", "forest_planted_daa",
    "forest_holdings", "caseload",
  };
  GPtrArray *keys = g_ptr_array_new ();
  GPtrArray *municipalities = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));

  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    g_ptr_array_add (keys, (gpointer) builtin[i]);
  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);

      for (guint f = 0; f < m->figures->len; f++)
        {
          const char *key = g_array_index (m->figures, SkFigure, f).key;

          if (!g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
            g_ptr_array_add (keys, (gpointer) key);
        }
    }
  return keys;
}

static void
criterion_figure_cb (SkCostsView *self,
                     GParamSpec  *pspec,
                     GtkDropDown *dropdown)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "sk-index"));
  g_autoptr(GPtrArray) keys = figure_keys (self);
  guint selected = gtk_drop_down_get_selected (dropdown);
  GPtrArray *criteria;
  SkCriterion *c;

  if (selected >= keys->len)
    return;
  criteria = editable_criteria (self);
  c = g_ptr_array_index (criteria, k);
  if (g_strcmp0 (c->figure, g_ptr_array_index (keys, selected)) == 0)
    return;
  begin_edit (self, NULL);
  pin_scenarios (self, FALSE, TRUE);
  g_free (c->figure);
  c->figure = g_strdup (g_ptr_array_index (keys, selected));
  end_edit (self);
}

static void
criterion_weight_cb (SkCostsView   *self,
                     GtkSpinButton *spin)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "sk-index"));
  GPtrArray *criteria;
  SkCriterion *c;
  double value = round (gtk_spin_button_get_value (spin) * 10000) / 10000;
  g_autofree char *key = g_strdup_printf ("weight%u", k);

  if (self->model == NULL || !sk_view_is_current (SK_VIEW (self), spin))
    return;
  criteria = editable_criteria (self);
  c = g_ptr_array_index (criteria, k);
  if (value == c->weight || value <= 0)
    return;
  begin_edit (self, key);
  pin_scenarios (self, FALSE, TRUE);
  c->weight = value;
  end_edit (self);
}

static void
criterion_remove_cb (SkCostsView *self,
                     GtkButton   *button)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sk-index"));
  GPtrArray *criteria = editable_criteria (self);
  SkCostModel *model = self->model;

  begin_edit (self, NULL);
  pin_scenarios (self, FALSE, TRUE);
  g_ptr_array_remove_index (criteria, k);
  end_edit (self);
  sk_view_toast (SK_VIEW (self), _("Criterion removed; Ctrl+Z brings it back"), FALSE);
  show_model (self, model);
}

static void
criterion_add_cb (SkCostsView *self)
{
  GPtrArray *criteria = editable_criteria (self);
  SkCriterion *c = sk_criterion_new ();
  SkCostModel *model = self->model;

  begin_edit (self, NULL);
  pin_scenarios (self, FALSE, TRUE);
  c->figure = g_strdup ("population");
  c->weight = 1;
  g_ptr_array_add (criteria, c);
  end_edit (self);
  show_model (self, model);
}

static void
scenario_selected_cb (SkCostsView *self,
                      GParamSpec  *pspec,
                      GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (selected == GTK_INVALID_LIST_POSITION || selected == self->scenario)
    return;
  self->scenario = selected;
  show_model (self, self->model);
}

/* "What if …": a menu of the members (HIG: a menu button for a choice
 * that is made, not a drop-down with a placeholder), the target the
 * municipality's id, "" for none. */
static char *
what_if_label (SkCostsView *self,
               const char  *id)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  SkCostParams p;
  SkMunicipality *m = id ? sk_project_find_municipality (project, id) : NULL;

  if (m == NULL)
    return g_strdup (_("What if…"));
  sk_cost_params_init (&p, self->model, current_scenario (self));
  if (g_ptr_array_find_with_equal_func (p.participants, m->id, g_str_equal, NULL))
    return g_strdup_printf (_("%s stays out"), m->name);
  return g_strdup_printf (_("%s joins"), m->name);
}

static void
what_if_action (GtkWidget  *widget,
                const char *name,
                GVariant   *parameter)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  g_clear_pointer (&self->what_if, g_free);
  if (id[0] != '\0' && sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), id) != NULL)
    self->what_if = g_strdup (id);
  if (self->what_if_button != NULL)
    {
      g_autofree char *label = what_if_label (self, self->what_if);

      gtk_menu_button_set_label (self->what_if_button, label);
    }
  update_results (self);
}

/* Copy and export */

static void
copy_cb (SkCostsView *self)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  g_autoptr(SkCostResult) result = sk_cost_model_compute (project, self->model, current_scenario (self), NULL);
  g_autoptr(SkExportTable) table = NULL;

  if (result == NULL)
    return;
  table = sk_export_cost_table (project, self->model, current_scenario (self), result, TRUE);
  sk_clipboard_set_table (GTK_WIDGET (self), table);
  sk_view_toast (SK_VIEW (self), _("The table was copied"), FALSE);
}

static void
copy_comparison_cb (SkCostsView *self)
{
  if (self->compare_table == NULL)
    return;
  sk_clipboard_set_table (GTK_WIDGET (self), self->compare_table);
  sk_view_toast (SK_VIEW (self), _("The table was copied"), FALSE);
}

/* CSV for programs, or (`norwegian`) for a spreadsheet on a Norwegian desktop */
static char *
csv_text (SkCostsView *self,
          gboolean     norwegian,
          gsize       *length,
          GError     **error)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  g_autoptr(SkCostResult) result = sk_cost_model_compute (project, self->model, current_scenario (self), error);
  g_autoptr(SkExportTable) table = NULL;

  if (result == NULL)
    return NULL;
  table = sk_export_cost_table (project, self->model, current_scenario (self), result, norwegian);
  return sk_export_table_to_string (table, norwegian ? SK_EXPORT_CSV_NO : SK_EXPORT_CSV, length);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkCostsView     *self)
{
  ExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "sk-export-kind"));
  gboolean pdf = kind == EXPORT_PDF;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->model == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (pdf)
    {
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL || !sk_render_cost_pdf (sk_view_get_project (SK_VIEW (self)), self->model, current_scenario (self), path, &error))
        goto failed;
    }
  else
    {
      gsize length = 0;
      g_autofree char *text = csv_text (self, kind == EXPORT_CSV_NO, &length, &error);

      if (text == NULL ||
          !sk_file_write (file, text, length, NULL, SK_FILE_WRITE_EXPORT, NULL, NULL, &error))
        goto failed;
    }
  {
    g_autofree char *name = g_file_get_basename (file);

    sk_view_toast_exported (SK_VIEW (self), name);
  }
  return;

failed:
  {
    GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                _("Could Not Export"), error ? error->message : NULL);

    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
    gtk_window_present (GTK_WINDOW (dialog));
  }
}

static void
export (SkCostsView *self,
        ExportKind   kind)
{
  gboolean pdf = kind == EXPORT_PDF;
  g_autofree char *name = g_strdup_printf ("%s.%s", self->model->id, pdf ? "pdf" : "csv");

  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (self), pdf ? _("Export PDF") : _("Export CSV"),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                                                      G_CALLBACK (export_response_cb), self);

  g_object_set_data (G_OBJECT (chooser), "sk-export-kind", GINT_TO_POINTER (kind));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
export_csv_cb (SkCostsView *self)
{
  export (self, EXPORT_CSV);
}

static void
export_pdf_cb (SkCostsView *self)
{
  export (self, EXPORT_PDF);
}

/* Figures */

static void
figure_apply (SkCostsView *self,
              GtkEntry    *entry)
{
  const char *id = g_object_get_data (G_OBJECT (entry), "sk-municipality");
  const char *key = g_object_get_data (G_OBJECT (entry), "sk-key");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  SkMunicipality *m;
  const SkFigure *f;
  g_autofree char *clean = NULL;
  char *end = NULL;
  double value;

  /* An entry going with the table (an undo rebuilds it) applies nothing:
   * its text is from before, and the records it was made for are gone. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (entry)) || self->input_error == NULL)
    return;
  m = sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), id);
  if (m == NULL)
    return;
  f = sk_municipality_get_figure (m, key);
  clean = g_strdup (text);
  g_strstrip (clean);
  if (clean[0] == '\0' && f == NULL)
    return;
  g_strdelimit (clean, ",", '.');
  {
    /* Grouping spaces as the user may type them. */
    GString *s = g_string_new (NULL);

    for (const char *p = clean; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c != ' ' && c != 0xA0 && c != 0x202F)
          g_string_append_unichar (s, c);
      }
    g_free (clean);
    clean = g_string_free (s, FALSE);
  }
  value = g_ascii_strtod (clean, &end);
  if (clean[0] == '\0' || *end != '\0' || !isfinite (value) || value < 0 || value > 1e15)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a figure: use a number of 0 or more"), text);

      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      gtk_label_set_text (GTK_LABEL (self->input_error), msg);
      gtk_widget_set_visible (self->input_error, TRUE);
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  gtk_widget_set_visible (self->input_error, FALSE);
  if (f != NULL && f->value == value)
    return;
  begin_edit (self, NULL);
  sk_municipality_set_figure (m, key, value, value == floor (value));
  sk_municipality_set_figure_source (m, key, _("Entered by hand"), NULL);
  end_edit (self);
}

static void
figure_activate_cb (SkCostsView *self,
                    GtkEntry    *entry)
{
  figure_apply (self, entry);
}

static void
figure_focus_leave_cb (GtkEventControllerFocus *controller,
                       SkCostsView             *self)
{
  figure_apply (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkCostsView     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) table = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  SkCostModel *model = self->model;
  gsize length = 0;
  int updated;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  if (g_file_load_contents (file, NULL, &contents, &length, NULL, &error) &&
      (table = sk_ssb_table_parse (contents, length, &error)) != NULL)
    sk_view_checkpoint (SK_VIEW (self), NULL);
  if (table == NULL ||
      (updated = sk_ssb_table_apply (table, sk_view_get_project (SK_VIEW (self)), &notes, &error)) < 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  heading, error->message);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  {
    g_autofree char *msg = g_strdup_printf (ngettext ("Figures for %d municipality imported from SSB (%s)",
                                                      "Figures for %d municipalities imported from SSB (%s)", updated),
                                            updated, table->year ? table->year : "");

    sk_view_toast (SK_VIEW (self), msg, FALSE);
    for (guint i = 0; i < notes->len; i++)
      sk_view_toast (SK_VIEW (self), g_ptr_array_index (notes, i), FALSE);
  }
  show_model (self, model);
}

static void
import_cb (SkCostsView *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  chooser = sk_view_file_chooser_new (SK_VIEW (self), _("Import Figures from SSB Table 07459"),
                                      GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL,
                                      G_CALLBACK (import_response_cb), self);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
figures_group (SkCostsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import from SSB…"));
  GPtrArray *municipalities = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));
  g_autoptr(GPtrArray) keys = figure_keys (self);
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Municipal Figures"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Press Enter to apply a figure. Hover over one to see its source."));
  gtk_widget_add_css_class (import, "flat");
  g_signal_connect_object (import, "clicked", G_CALLBACK (import_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), import);

  /* The keys any municipality has, or the model uses. */
  for (guint k = 0; k < keys->len; k++)
    {
      const char *key = g_ptr_array_index (keys, k);
      gboolean used = FALSE;

      for (guint i = 0; i < municipalities->len && !used; i++)
        used = sk_municipality_get_figure (g_ptr_array_index (municipalities, i), key) != NULL;
      if (used || k < 3)
        g_ptr_array_add (shown, (gpointer) key);
    }

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  cell (GTK_GRID (grid), _("Municipality"), 0, 0, "heading");
  for (guint k = 0; k < shown->len; k++)
    {
      GtkWidget *head = sk_label_new (sk_figure_label (g_ptr_array_index (shown, k)), "caption-heading");

      sk_label_set_wraps (head);
      /* Between words only: the column widens for a long word
       * ("skogeiendommer") instead of breaking it; the table scrolls. */
      gtk_label_set_wrap_mode (GTK_LABEL (head), PANGO_WRAP_WORD);
      gtk_label_set_max_width_chars (GTK_LABEL (head), 12);
      gtk_grid_attach (GTK_GRID (grid), head, 1 + k, 0, 1, 1);
    }
  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);

      cell (GTK_GRID (grid), m->name, 0, i + 1, NULL);
      for (guint k = 0; k < shown->len; k++)
        {
          const char *key = g_ptr_array_index (shown, k);
          const SkFigure *f = sk_municipality_get_figure (m, key);
          GtkWidget *entry = gtk_entry_new ();
          GtkEventController *focus = gtk_event_controller_focus_new ();
          const char *source = NULL, *date = NULL;
          gboolean example = FALSE;
          g_autofree char *label = g_strdup_printf ("%s, %s", sk_figure_label (key), m->name);

          if (f != NULL)
            {
              char buf[G_ASCII_DTOSTR_BUF_SIZE];

              if (f->integral)
                g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, (gint64) f->value);
              else
                g_ascii_formatd (buf, sizeof buf, "%g", f->value);
              gtk_editable_set_text (GTK_EDITABLE (entry), buf);
            }
          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
          gtk_entry_set_alignment (GTK_ENTRY (entry), 1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          if (sk_municipality_get_figure_source (m, key, &source, &date, &example))
            {
              g_autofree char *when = date ? sk_format_date (date) : NULL;
              g_autofree char *tip = when ? g_strdup_printf ("%s, %s", source ? source : "", when)
                                          : g_strdup (source ? source : "");

              if (example)
                {
                  g_autofree char *ex = g_strdup_printf ("%s (%s)", tip, _("example value"));

                  sk_widget_set_tooltip (entry, ex);
                  gtk_widget_add_css_class (entry, "warning");
                }
              else
                sk_widget_set_tooltip (entry, tip);
            }
          g_object_set_data_full (G_OBJECT (entry), "sk-municipality", g_strdup (m->id), g_free);
          g_object_set_data_full (G_OBJECT (entry), "sk-key", g_strdup (key), g_free);
          g_signal_connect_object (entry, "activate", G_CALLBACK (figure_activate_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (focus, "leave", G_CALLBACK (figure_focus_leave_cb), self, 0);
          gtk_widget_add_controller (entry, focus);
          gtk_grid_attach (GTK_GRID (grid), entry, 1 + k, i + 1, 1, 1);
        }
    }
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sk_sideways_scroller_new (grid, _("Municipal Figures")));
  return group;
}

static void
show_model (SkCostsView *self,
            SkCostModel *model)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) keys = NULL;
  GPtrArray *municipalities = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));
  SkScenario *scenario;
  SkCostParams p;
  GtkWidget *bar, *dropdown, *group, *row, *scale, *spin, *add, *criteria_group, *what_if;
  g_autofree char *total = NULL;

  sk_box_clear (self->content);
  if (self->model != model)
    {
      self->scenario = 0;
      g_clear_pointer (&self->what_if, g_free);
    }
  self->model = model;
  scenario = current_scenario (self);
  sk_cost_params_init (&p, model, scenario);
  keys = figure_keys (self);

  gtk_box_append (self->content, sk_heading_new (model->title));

  /* Scenario, and what can be done with the table */
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_string_list_append (names, _("As prepared"));
  for (guint i = 0; i < model->scenarios->len; i++)
    gtk_string_list_append (names, ((SkScenario *) g_ptr_array_index (model->scenarios, i))->title);
  {
    GtkWidget *label = sk_label_new (_("Scenario"), NULL);

    gtk_box_append (GTK_BOX (bar), label);
  }
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), self->scenario);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scenario"), -1);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (scenario_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), dropdown);
  {
    GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    gtk_widget_set_hexpand (spacer, TRUE);
    gtk_box_append (GTK_BOX (bar), spacer);
  }
  gtk_box_append (GTK_BOX (bar), sk_icon_button_new ("edit-copy-symbolic", _("Copy the Table"), G_CALLBACK (copy_cb), self));
  if (!sk_view_get_presenting (SK_VIEW (self)))
    {
      g_autoptr(GMenu) menu = g_menu_new ();

      g_autoptr(GMenu) exports = g_menu_new ();

      /* One icon each looked alike: the exports are named in the menu */
      g_menu_append (exports, _("Export PDF…"), "costs.export-pdf");
      g_menu_append (exports, _("Export CSV…"), "costs.export-csv");
      g_menu_append (exports, _("Export CSV for Spreadsheets…"), "costs.export-csv-no");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (exports));
      g_autoptr(GMenu) models = g_menu_new ();

      g_menu_append (models, _("New Cost Model…"), "costs.new");
      g_menu_append (models, _("Delete the Cost Model"), "costs.delete");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (models));
      sk_costs_scenarios_add_menu (self, menu);
      gtk_box_append (GTK_BOX (bar), sk_more_button_new (_("Cost Model Menu"), G_MENU_MODEL (menu)));
    }
  gtk_box_append (self->content, bar);
  if (scenario == NULL && !sk_view_get_presenting (SK_VIEW (self)))
    gtk_box_append (self->content, sk_costs_scenarios_note_new (self));

  /* The model */
  group = adw_preferences_group_new ();
  if (scenario != NULL)
    adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                           _("Changes here belong to the scenario; the model as prepared stays as it is."));
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Title"));
  gtk_editable_set_text (GTK_EDITABLE (row), model->title);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_object (row, "apply", G_CALLBACK (title_apply_cb), self, G_CONNECT_SWAPPED);
  /* In meeting mode the title is over the view, and text is typed in
   * dialogs only (space is a clicker's key there). */
  gtk_widget_set_visible (row, !sk_view_get_presenting (SK_VIEW (self)));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = adw_entry_row_new ();
  self->total_row = row;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Total in kroner"));
  total = sk_format_integer (p.total_kr);
  gtk_editable_set_text (GTK_EDITABLE (row), total);
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_signal_connect_object (row, "apply", G_CALLBACK (total_apply_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);

  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Shared equally (%)"));
  self->fixed_adjustment = gtk_adjustment_new (p.fixed_percent, 0, 100, 1, 5, 0);
  sk_view_mark_current (SK_VIEW (self), self->fixed_adjustment);
  scale = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, self->fixed_adjustment);
  /* Grows with the row; narrow, the row's title keeps its line. */
  gtk_widget_set_size_request (scale, 100, -1);
  gtk_widget_set_hexpand (scale, TRUE);
  gtk_scale_set_draw_value (GTK_SCALE (scale), FALSE);
  gtk_scale_add_mark (GTK_SCALE (scale), 25, GTK_POS_BOTTOM, NULL);
  sk_scale_guard_scroll (scale);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Part shared equally"), -1);
  spin = gtk_spin_button_new (self->fixed_adjustment, 1, 2);
  sk_spin_button_show_short (spin);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Part shared equally, in percent"), -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), scale);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  g_signal_connect_object (self->fixed_adjustment, "value-changed", G_CALLBACK (fixed_changed_cb),
                           self, G_CONNECT_SWAPPED);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
  gtk_box_append (self->content, group);

  self->input_error = sk_sentence_new ("", "error");
  gtk_widget_set_visible (self->input_error, FALSE);
  gtk_box_append (self->content, self->input_error);

  /* Criteria */
  criteria_group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (criteria_group), _("Variable Part Shared By"));
  add = sk_icon_button_new ("list-add-symbolic", _("Add a Criterion"), G_CALLBACK (criterion_add_cb), self);
  gtk_widget_add_css_class (add, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (criteria_group), add);
  for (guint k = 0; k < p.criteria->len; k++)
    {
      SkCriterion *c = g_ptr_array_index (p.criteria, k);
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      GtkWidget *figure, *weight, *remove;
      g_autofree char *weight_label = g_strdup_printf (_("Weight of %s"), sk_figure_phrase (c->figure));
      guint selected = 0;

      for (guint i = 0; i < keys->len; i++)
        {
          gtk_string_list_append (labels, sk_figure_label (g_ptr_array_index (keys, i)));
          if (g_strcmp0 (g_ptr_array_index (keys, i), c->figure) == 0)
            selected = i;
        }
      row = adw_action_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), sk_figure_label (c->figure));
      /* One line: in a narrow window the figure's name (also shown in
       * the drop-down) is cut short, not stood on end. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      figure = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (figure), selected);
      gtk_widget_set_valign (figure, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (figure), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Figure"), -1);
      g_object_set_data (G_OBJECT (figure), "sk-index", GUINT_TO_POINTER (k));
      g_signal_connect_object (figure, "notify::selected", G_CALLBACK (criterion_figure_cb), self, G_CONNECT_SWAPPED);
      weight = gtk_spin_button_new_with_range (0.0001, 1000, 0.5);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (weight), 2);
      sk_spin_button_show_short (weight);
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (weight), c->weight);
      gtk_widget_set_valign (weight, GTK_ALIGN_CENTER);
      sk_widget_set_tooltip (weight, _("Weight"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (weight), GTK_ACCESSIBLE_PROPERTY_LABEL, weight_label, -1);
      g_object_set_data (G_OBJECT (weight), "sk-index", GUINT_TO_POINTER (k));
      sk_view_mark_current (SK_VIEW (self), weight);
      g_signal_connect_object (weight, "value-changed", G_CALLBACK (criterion_weight_cb), self, G_CONNECT_SWAPPED);
      remove = sk_icon_button_new ("user-trash-symbolic", _("Remove the Criterion"), G_CALLBACK (criterion_remove_cb), self);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (remove), "sk-index", GUINT_TO_POINTER (k));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), figure);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), weight);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (criteria_group), row);
    }
  gtk_box_append (self->content, criteria_group);

  /* Participants */
  group = adw_expander_row_new ();
  {
    GtkWidget *list = gtk_list_box_new ();
    g_autofree char *sub = g_strdup_printf (ngettext ("%u municipality", "%u municipalities", p.participants->len),
                                            p.participants->len);

    gtk_widget_add_css_class (list, "boxed-list");
    gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
    adw_preferences_row_set_title (ADW_PREFERENCES_ROW (group), _("Participants"));
    /* libadwaita 1.2 names the row's header, not the row the focus is on. */
    gtk_accessible_update_property (GTK_ACCESSIBLE (group), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Participants"), -1);
    adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (group), sub);
    for (guint i = 0; i < municipalities->len; i++)
      {
        SkMunicipality *m = g_ptr_array_index (municipalities, i);
        GtkWidget *check = gtk_check_button_new ();
        GtkWidget *r = adw_action_row_new ();

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), m->name);
        gtk_check_button_set_active (GTK_CHECK_BUTTON (check),
                                     g_ptr_array_find_with_equal_func (p.participants, m->id, g_str_equal, NULL));
        g_object_set_data_full (G_OBJECT (check), "sk-id", g_strdup (m->id), g_free);
        g_signal_connect_object (check, "toggled", G_CALLBACK (participant_toggled_cb), self, G_CONNECT_SWAPPED);
        adw_action_row_add_prefix (ADW_ACTION_ROW (r), check);
        adw_action_row_set_activatable_widget (ADW_ACTION_ROW (r), check);
        adw_expander_row_add_row (ADW_EXPANDER_ROW (group), r);
      }
    gtk_list_box_append (GTK_LIST_BOX (list), group);
    gtk_box_append (self->content, list);
  }

  /* Results */
  self->results_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_margin_top (GTK_WIDGET (self->results_box), 12);
  if (sk_view_get_presenting (SK_VIEW (self)))
    /* In the meeting: the kroner right under the equal part's slider. */
    gtk_box_insert_child_after (self->content, GTK_WIDGET (self->results_box), self->input_error);
  else
    gtk_box_append (self->content, GTK_WIDGET (self->results_box));

  /* Comparison */
  {
    GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    gtk_widget_set_margin_top (head, 18);
    gtk_box_append (GTK_BOX (head), sk_label_new (_("Side by Side"), "title-4"));
    {
      g_autoptr(GMenu) menu = g_menu_new ();
      g_autoptr(GMenu) members = g_menu_new ();
      g_autofree char *label = what_if_label (self, self->what_if);

      g_menu_append (menu, _("No What-If"), "costs.what-if::");
      for (guint i = 0; i < municipalities->len; i++)
        {
          SkMunicipality *m = g_ptr_array_index (municipalities, i);
          g_autofree char *text = what_if_label (self, m->id);
          g_autoptr(GMenuItem) item = g_menu_item_new (text, NULL);

          g_menu_item_set_action_and_target_value (item, "costs.what-if", g_variant_new_string (m->id));
          g_menu_append_item (members, item);
        }
      g_menu_append_section (menu, NULL, G_MENU_MODEL (members));
      what_if = gtk_menu_button_new ();
      gtk_menu_button_set_label (GTK_MENU_BUTTON (what_if), label);
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (what_if), G_MENU_MODEL (menu));
      gtk_accessible_update_property (GTK_ACCESSIBLE (what_if), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What if"), -1);
      self->what_if_button = GTK_MENU_BUTTON (what_if);
      g_object_add_weak_pointer (G_OBJECT (what_if), (gpointer *) &self->what_if_button);
    }
    gtk_box_append (GTK_BOX (head), what_if);
    gtk_box_append (GTK_BOX (head), sk_icon_button_new ("edit-copy-symbolic", _("Copy the Comparison"),
                                                        G_CALLBACK (copy_comparison_cb), self));
    gtk_box_append (self->content, head);
    self->compare_names = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
    self->compare_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
    {
      GtkWidget *table = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
      GtkWidget *scroller = sk_sideways_scroller_new (GTK_WIDGET (self->compare_box), _("Side by Side"));

      gtk_widget_set_hexpand (scroller, TRUE);
      gtk_box_append (GTK_BOX (table), GTK_WIDGET (self->compare_names));
      gtk_box_append (GTK_BOX (table), scroller);
      gtk_box_append (self->content, table);
    }
  }

  {
    GtkWidget *figures = figures_group (self);

    gtk_widget_set_margin_top (figures, 18);
    gtk_box_append (self->content, figures);
  }
  update_results (self);
}

static void
row_selected_cb (SkCostsView   *self,
                 GtkListBoxRow *row)
{
  SkCostModel *model = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;

  sk_view_new_page (SK_VIEW (self));
  sk_box_clear (self->content);
  self->results_box = NULL;
  self->compare_names = NULL;
  self->compare_box = NULL;
  self->input_error = NULL;
  self->total_row = NULL;
  if (model == NULL)
    {
      self->model = NULL;
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  show_model (self, model);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkCostsView *self)
{
  GPtrArray *models;
  g_autofree char *keep = sk_view_take_shown_id (SK_VIEW (self));
  guint keep_scenario = self->scenario;

  self->model = NULL;
  self->results_box = NULL;
  self->compare_names = NULL;
  self->compare_box = NULL;
  sk_list_box_clear (self->sidebar);
  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return;
  models = sk_project_get_cost_models (sk_view_get_project (SK_VIEW (self)));
  for (guint i = 0; i < models->len; i++)
    {
      SkCostModel *m = g_ptr_array_index (models, i);
      g_autofree char *total = sk_format_kr (m->total_kr);

      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (m->title, total, m));
    }
  if (models->len == 0)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  /* After an undo, stay on the model (and scenario) the user was on. */
  for (guint i = 0; keep && i < models->len; i++)
    if (g_strcmp0 (((SkCostModel *) g_ptr_array_index (models, i))->id, keep) == 0)
      {
        SkCostModel *m = g_ptr_array_index (models, i);

        self->model = m;
        self->scenario = keep_scenario <= m->scenarios->len ? keep_scenario : 0;
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i));
        return;
      }
  sk_select_first_row (self->sidebar);
}

/* SkView */

static void
rebuild_vfunc (SkView *view)
{
  rebuild (SK_COSTS_VIEW (view));
}

static const char *
shown_id_vfunc (SkView *view)
{
  SkCostsView *self = SK_COSTS_VIEW (view);

  return self->model ? self->model->id : NULL;
}

static void
forget_vfunc (SkView *view)
{
  SkCostsView *self = SK_COSTS_VIEW (view);

  self->model = NULL;
  self->results_box = NULL;
  self->compare_names = NULL;
  self->compare_box = NULL;
  self->input_error = NULL;
  self->total_row = NULL;
}

static void
row_selected_vfunc (SkView        *view,
                    GtkListBoxRow *row)
{
  row_selected_cb (SK_COSTS_VIEW (view), row);
}

static void
sk_costs_view_dispose (GObject *object)
{
  SkCostsView *self = SK_COSTS_VIEW (object);

  self->results_box = NULL;
  self->compare_names = NULL;
  self->compare_box = NULL;
  /* The rows go with SkView's dispose: nothing of ours to show them in. */
  self->content = NULL;
  g_clear_pointer (&self->what_if, g_free);
  g_clear_pointer (&self->compare_table, sk_export_table_free);
  G_OBJECT_CLASS (sk_costs_view_parent_class)->dispose (object);
}

static void
new_model_done (SkView     *view,
                const char *title)
{
  SkCostsView *self = SK_COSTS_VIEW (view);
  SkProject *project = sk_view_get_project (view);
  GPtrArray *municipalities = sk_project_get_municipalities (project);
  GPtrArray *models = sk_project_get_cost_models (project);
  SkCostModel *model = sk_cost_model_new ();

  /* Every member takes part, split equally until criteria are added: a
   * model that computes from the start. */
  model->id = sk_unique_id (models, "cost-model");
  model->title = g_strdup (title);
  model->fixed_percent = 100;
  model->has_criteria = TRUE;
  for (guint i = 0; i < municipalities->len; i++)
    g_ptr_array_add (model->participants, g_strdup (((SkMunicipality *) g_ptr_array_index (municipalities, i))->id));
  sk_view_add_record (view, models, model, (gpointer *) &self->model);
}

static void
costs_action (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);
  SkProject *project = sk_view_get_project (SK_VIEW (self));

  if (project == NULL)
    return;
  if (g_str_equal (name, "costs.new"))
    {
      if (sk_project_get_municipalities (project)->len == 0)
        {
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                      _("No Member Municipalities"),
                                                      _("A cost model splits a budget between the project's member municipalities, and this project has none yet."));

          adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
      sk_view_ask_title (SK_VIEW (self), _("New Cost Model"),
                         _("Every member municipality takes part and the budget is split equally until you change it."),
                         _("Title, such as “Joint child welfare service 2026”"), NULL, _("_Add"), new_model_done);
    }
  else if (g_str_equal (name, "costs.export-csv-no") && self->model != NULL)
    export (self, EXPORT_CSV_NO);
  else if (g_str_equal (name, "costs.export-csv") && self->model != NULL)
    export_csv_cb (self);
  else if (g_str_equal (name, "costs.export-pdf") && self->model != NULL)
    export_pdf_cb (self);
  else if (self->model != NULL)
    sk_view_delete_record (SK_VIEW (self), SK_LINK_COST_MODEL, (gpointer *) &self->model);
}

static void
sk_costs_view_class_init (SkCostsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkViewClass *view_class = SK_VIEW_CLASS (klass);

  object_class->dispose = sk_costs_view_dispose;
  view_class->rebuild = rebuild_vfunc;
  view_class->shown_id = shown_id_vfunc;
  view_class->forget = forget_vfunc;
  view_class->row_selected = row_selected_vfunc;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.new", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.export-csv-no", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.export-csv", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.export-pdf", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.what-if", "s", what_if_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.delete", NULL, costs_action);
  sk_costs_scenarios_install (GTK_WIDGET_CLASS (klass));
}

static void
sk_costs_view_init (SkCostsView *self)
{
  SkView *view = SK_VIEW (self);

  self->sidebar = sk_view_get_sidebar (view);
  self->content_stack = sk_view_get_content_stack (view);
  self->content = sk_view_get_content (view);
  sk_view_setup (view, "accessories-calculator-symbolic", _("No Cost Models"),
                 _("Cost models split a budget between the member municipalities."),
                 _("Cost models"), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC, 1000);
  sk_view_add_empty_action (view, _("_New Cost Model…"), "costs.new");
}

void
sk_costs_view_set_document (SkCostsView *self,
                           SkDocument   *document)
{
  g_return_if_fail (SK_IS_COSTS_VIEW (self));
  sk_view_set_document (SK_VIEW (self), document);
}

void
sk_costs_view_select (SkCostsView *self,
                      const char  *id)
{
  g_return_if_fail (SK_IS_COSTS_VIEW (self));
  sk_view_select (SK_VIEW (self), id, NULL);
}

SkCostModel *
sk_costs_view_get_model (SkCostsView *self)
{
  g_return_val_if_fail (SK_IS_COSTS_VIEW (self), NULL);
  return self->model;
}

SkScenario *
sk_costs_view_get_scenario (SkCostsView *self)
{
  g_return_val_if_fail (SK_IS_COSTS_VIEW (self), NULL);
  return current_scenario (self);
}

void
sk_costs_view_show_scenario (SkCostsView *self,
                             SkScenario  *scenario)
{
  guint index = 0;

  g_return_if_fail (SK_IS_COSTS_VIEW (self));
  if (self->model == NULL)
    return;
  if (scenario != NULL && g_ptr_array_find (self->model->scenarios, scenario, &index))
    index++;
  else
    index = 0;
  self->scenario = index;
  show_model (self, self->model);
}
