/* sk-costs-results.c — the split of the cost model shown: the summary,
 * each municipality's equal and variable part with how it is computed,
 * the rounding note and the chart
 *
 * Built anew on each change and put in place of what is shown, or only
 * the texts taken when it is built alike (a slider step): the labels the
 * user looks at stay, with the focus and the scrolling.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-costs-view-private.h"
#include "sk-format.h"
#include "sk-render.h"
#include "sk-view-util.h"

static const char *
municipality_name (SkCostsView *self,
                   const char  *id)
{
  SkMunicipality *m = sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), id);

  return m && m->name ? m->name : id;
}

void
sk_costs_cell (GtkGrid    *grid,
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
  g_autofree char *text = sk_cost_explain (sk_view_get_project (SK_VIEW (self)), sk_costs_view_get_model (self),
                                           sk_costs_view_get_scenario (self), index);
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

  if (sk_costs_view_get_model (self) == NULL)
    return;
  result = sk_cost_model_compute (sk_view_get_project (SK_VIEW (self)), sk_costs_view_get_model (self),
                                  sk_costs_view_get_scenario (self), NULL);
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

void
sk_costs_results_update (SkCostsView *self,
                         GtkBox      *box)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCostResult) result = NULL;
  SkScenario *scenario = sk_costs_view_get_scenario (self);
  g_autofree char *total = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *criteria = NULL;
  g_autofree char *summary = NULL;
  SkCostParams p;
  GtkWidget *grid, *chart, *pinned, *table;
  g_autoptr(GtkBox) out = NULL;
  gint64 sums[3] = { 0, 0, 0 };
  guint r;

  if (box == NULL || sk_costs_view_get_model (self) == NULL)
    return;
  /* Built anew, then put in place of the old, or only its texts taken
   * when it is built alike (a slider step): see sk_widget_update_from (). */
  out = GTK_BOX (g_object_ref_sink (gtk_box_new (GTK_ORIENTATION_VERTICAL, 0)));
  sk_cost_params_init (&p, sk_costs_view_get_model (self), scenario);

  total = sk_format_kr (p.total_kr);
  fixed = sk_format_percent (p.fixed_percent, p.fixed_percent == (int) p.fixed_percent ? 0 : 2);
  criteria = criteria_text (&p);
  summary = p.criteria->len > 0 && p.fixed_percent < 100
            /* Translators: "29 215 093 kr: 25 % shared equally, 75 % Children 0–17" */
            ? g_strdup_printf (_("%s: %s shared equally, %s"), total, fixed, criteria)
            : g_strdup_printf (_("%s: %s shared equally"), total, fixed);
  gtk_box_append (out, sk_sentence_new (summary, "title-4"));

  result = sk_cost_model_compute (sk_view_get_project (SK_VIEW (self)), sk_costs_view_get_model (self), scenario,
                                  &error);
  if (result == NULL)
    {
      /* The problem instead of a wrong number. */
      gtk_box_append (out, sk_sentence_new (error->message, "error"));
      put_results (box, out);
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
  sk_costs_cell (GTK_GRID (pinned), _("Municipality"), 0, 0, "heading");
  sk_costs_cell (GTK_GRID (grid), _("Equal part"), 1, 0, "heading");
  sk_costs_cell (GTK_GRID (grid), _("Variable part"), 2, 0, "heading");
  sk_costs_cell (GTK_GRID (pinned), _("Total"), 3, 0, "heading");
  sk_costs_cell (GTK_GRID (grid), C_("column", "Share"), 4, 0, "heading");
  sk_costs_cell (GTK_GRID (grid), _("Per inhabitant"), 5, 0, "heading");

  for (r = 0; r < result->rows->len; r++)
    {
      const SkCostRow *row = &g_array_index (result->rows, SkCostRow, r);
      SkMunicipality *m = sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), row->municipality);
      const SkFigure *pop = m ? sk_municipality_get_figure (m, "population") : NULL;
      g_autofree char *equal = sk_format_kr (row->equal_kr);
      g_autofree char *variable = sk_format_kr (row->variable_kr);
      g_autofree char *amount = sk_format_kr (row->amount_kr);
      g_autofree char *share = sk_format_percent (row->share * 100, 2);
      g_autofree char *per = pop && pop->value > 0 ? sk_format_kr ((gint64) llround (row->amount_kr / pop->value))
                                                   : g_strdup ("—");
      GtkWidget *why = gtk_menu_button_new ();
      g_autofree char *why_label = g_strdup_printf (_("How the share of %s is computed"),
                                                    municipality_name (self, row->municipality));

      sk_costs_cell (GTK_GRID (pinned), municipality_name (self, row->municipality), 0, r + 1, NULL);
      sk_costs_cell (GTK_GRID (grid), equal, 1, r + 1, NULL);
      sk_costs_cell (GTK_GRID (grid), variable, 2, r + 1, NULL);
      sk_costs_cell (GTK_GRID (pinned), amount, 3, r + 1, NULL);
      sk_costs_cell (GTK_GRID (grid), share, 4, r + 1, NULL);
      sk_costs_cell (GTK_GRID (grid), per, 5, r + 1, NULL);
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

    sk_costs_cell (GTK_GRID (pinned), _("Total"), 0, r + 2, "heading");
    sk_costs_cell (GTK_GRID (grid), e, 1, r + 2, "heading");
    sk_costs_cell (GTK_GRID (grid), v, 2, r + 2, "heading");
    sk_costs_cell (GTK_GRID (pinned), t, 3, r + 2, "heading");
    sk_costs_cell (GTK_GRID (grid), s, 4, r + 2, "heading");
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
    /* Always there, hidden when empty: the table keeps its shape when a
     * total comes to need the note or not. */
    g_autofree char *note = sk_cost_rounding_note (result);
    GtkWidget *label = sk_sentence_new (note ? note : "", "caption");

    gtk_widget_set_name (label, "rounding-note");
    gtk_box_append (out, label);
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

  put_results (box, out);
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (box)); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c) && g_str_equal (gtk_widget_get_name (c), "rounding-note"))
      gtk_widget_set_visible (c, gtk_label_get_text (GTK_LABEL (c))[0] != '\0');
}
