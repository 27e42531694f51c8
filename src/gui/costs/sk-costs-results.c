/* sk-costs-results.c — the split of the cost model shown: the summary,
 * each municipality's equal and variable part with how it is computed,
 * the rounding note and the chart
 *
 * Its labels are made once and their texts set on each change (a slider
 * step): the labels the user looks at stay, with the focus and the
 * scrolling.  The amounts are inscriptions as wide as their column's
 * widest: a step draws them anew without laying out the window.  Made anew when rows come or go.  The rounding note and the
 * chart under the table, out of sight, wait until they come into it.
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

/* An amount of the split.  A step of the equal part changes every
 * amount: GTK draws a new text in a cell of a fixed size without laying
 * out the table and the page around it again, as it does for a label.
 * Its width is that of the widest amount of its column (fit_column ()). */
static void
amount_cell (GtkGrid    *grid,
             int         column,
             int         row,
             const char *css)
{
  GtkWidget *cell = gtk_inscription_new (NULL);

  gtk_inscription_set_xalign (GTK_INSCRIPTION (cell), 1);
  gtk_widget_add_css_class (cell, "numeric");
  if (css != NULL)
    gtk_widget_add_css_class (cell, css);
  gtk_grid_attach (grid, cell, column, row, 1, 1);
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

/* The columns of the split's two grids, numbered across both. */
#define SPLIT_COLUMNS 7

/* What the split is made of, kept on its box: the widgets whose texts a
 * change sets.  Made anew only when its shape is new (the rows, or the
 * problem told instead). */
typedef struct
{
  guint      rows;      /* G_MAXUINT: the problem instead of the table */
  GtkWidget *summary;
  GtkWidget *error;
  GtkWidget *pinned;    /* the municipality, its total, how it is computed */
  GtkWidget *grid;      /* the parts, which scroll sideways */
  GtkWidget *note;
  GtkWidget *chart;
  /* Out of sight when the model last changed: the note's text (NULL:
   * none) and the chart wait until they come into sight. */
  gboolean   below_stale;
  char      *below_note;
  /* Each cell of both grids by its row and column (SPLIT_COLUMNS a row),
   * found once; and the name each explanation's button is named after. */
  GtkWidget **cells;
  char      **why_names;
  /* Per column, the length of the text its width was measured for (0:
   * none): amounts of as many characters are as wide (figures of one
   * width, grouped alike), so a step measures nothing. */
  gsize      fitted[SPLIT_COLUMNS];
} Split;

static void
split_free (Split *split)
{
  g_free (split->below_note);
  g_free (split->cells);
  g_strfreev (split->why_names);
  g_free (split);
}

static void
split_find_cells (Split     *split,
                  GtkWidget *grid)
{
  for (GtkWidget *c = gtk_widget_get_first_child (grid); c; c = gtk_widget_get_next_sibling (c))
    {
      int column, row, width;

      gtk_grid_query_child (GTK_GRID (grid), c, &column, &row, &width, NULL);
      if (width == 1 && column < SPLIT_COLUMNS && (guint) row <= split->rows + 2)
        split->cells[row * SPLIT_COLUMNS + column] = c;
    }
}

static GtkWidget *
split_cell (Split *split,
            int    column,
            int    row)
{
  return split->cells[row * SPLIT_COLUMNS + column];
}

static GtkWidget *
legend_new (void)
{
  SkPalette palette;
  g_autofree char *markup = NULL;
  GtkWidget *legend = gtk_label_new (NULL);

  sk_palette_init_light (&palette);
  /* Translators: the legend of the cost chart */
  markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">■</span> %s    <span foreground=\"#%02x%02x%02x\">■</span> %s",
                            (int) (palette.equal.red * 255), (int) (palette.equal.green * 255), (int) (palette.equal.blue * 255),
                            _("Equal part"),
                            (int) (palette.variable.red * 255), (int) (palette.variable.green * 255), (int) (palette.variable.blue * 255),
                            _("Variable part"));
  gtk_label_set_markup (GTK_LABEL (legend), markup);
  gtk_label_set_xalign (GTK_LABEL (legend), 0);
  gtk_widget_add_css_class (legend, "caption");
  return legend;
}

static Split *
make_split (SkCostsView *self,
            GtkBox      *box,
            guint        rows)
{
  Split *split = g_new0 (Split, 1);
  GtkWidget *table;
  guint r;

  sk_box_clear (box);
  split->rows = rows;
  split->summary = sk_sentence_new ("", "title-4");
  /* Between words only: wrapping at any character, a label measures its
   * narrowest width with every character on a line of its own, and Pango
   * shapes the rest of the text again for each: on each change of the
   * text (a step of the equal share), most of the step's time.  Beside
   * the tables no word is too wide. */
  gtk_label_set_wrap_mode (GTK_LABEL (split->summary), PANGO_WRAP_WORD);
  gtk_box_append (box, split->summary);
  if (rows == G_MAXUINT)
    {
      /* The problem instead of a wrong number. */
      split->error = sk_sentence_new ("", "error");
      gtk_box_append (box, split->error);
      g_object_set_data_full (G_OBJECT (box), "sk-split", split, (GDestroyNotify) split_free);
      return split;
    }

  /* The municipality and its total stay in view (half a laptop's screen);
   * the parts beside them scroll sideways.  Both grids have the same rows,
   * each as high as the explanation's button (split_rows_alike ()). */
  split->pinned = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (split->pinned), 24);
  gtk_grid_set_row_spacing (GTK_GRID (split->pinned), 6);
  split->grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (split->grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (split->grid), 6);
  gtk_widget_set_margin_start (split->grid, 24);
  gtk_accessible_update_property (GTK_ACCESSIBLE (split->grid), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Cost split"), -1);
  sk_costs_cell (GTK_GRID (split->pinned), _("Municipality"), 0, 0, "heading");
  sk_costs_cell (GTK_GRID (split->grid), _("Equal part"), 1, 0, "heading");
  sk_costs_cell (GTK_GRID (split->grid), _("Variable part"), 2, 0, "heading");
  sk_costs_cell (GTK_GRID (split->pinned), _("Total"), 3, 0, "heading");
  sk_costs_cell (GTK_GRID (split->grid), C_("column", "Share"), 4, 0, "heading");
  sk_costs_cell (GTK_GRID (split->grid), _("Per inhabitant"), 5, 0, "heading");
  for (r = 0; r < rows; r++)
    {
      GtkWidget *why = gtk_menu_button_new ();

      sk_costs_cell (GTK_GRID (split->pinned), "", 0, r + 1, NULL);
      amount_cell (GTK_GRID (split->grid), 1, r + 1, NULL);
      amount_cell (GTK_GRID (split->grid), 2, r + 1, NULL);
      amount_cell (GTK_GRID (split->pinned), 3, r + 1, NULL);
      amount_cell (GTK_GRID (split->grid), 4, r + 1, NULL);
      amount_cell (GTK_GRID (split->grid), 5, r + 1, NULL);
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (why), "dialog-information-symbolic");
      gtk_widget_add_css_class (why, "flat");
      g_object_set_data (G_OBJECT (why), "sk-view", self);
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (why), explain_create_popup,
                                             GUINT_TO_POINTER (r), NULL);
      gtk_grid_attach (GTK_GRID (split->pinned), why, 6, r + 1, 1, 1);
    }
  gtk_grid_attach (GTK_GRID (split->pinned), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 0, r + 1, 7, 1);
  gtk_grid_attach (GTK_GRID (split->grid), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL), 1, r + 1, 5, 1);
  sk_costs_cell (GTK_GRID (split->pinned), _("Total"), 0, r + 2, "heading");
  amount_cell (GTK_GRID (split->grid), 1, r + 2, "heading");
  amount_cell (GTK_GRID (split->grid), 2, r + 2, "heading");
  amount_cell (GTK_GRID (split->pinned), 3, r + 2, "heading");
  amount_cell (GTK_GRID (split->grid), 4, r + 2, "heading");
  split_rows_alike (split->pinned);
  split_rows_alike (split->grid);
  split->cells = g_new0 (GtkWidget *, (rows + 3) * SPLIT_COLUMNS);
  split->why_names = g_new0 (char *, rows + 1);
  split_find_cells (split, split->pinned);
  split_find_cells (split, split->grid);
  table = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_margin_top (table, 6);
  gtk_box_append (GTK_BOX (table), split->pinned);
  {
    GtkWidget *scroller = sk_sideways_scroller_new (split->grid, _("Cost split"));

    /* Nothing in it takes the focus now: the table itself does, for the
     * arrow keys to scroll it. */
    gtk_widget_set_can_focus (scroller, TRUE);
    gtk_widget_set_focusable (scroller, TRUE);
    gtk_widget_set_hexpand (scroller, TRUE);
    gtk_box_append (GTK_BOX (table), scroller);
  }
  gtk_box_append (box, table);
  /* Always there, hidden when empty: the table keeps its shape when a
   * total comes to need the note or not. */
  split->note = sk_sentence_new ("", "caption");
  /* As the summary: between words only. */
  gtk_label_set_wrap_mode (GTK_LABEL (split->note), PANGO_WRAP_WORD);
  gtk_widget_set_name (split->note, "rounding-note");
  gtk_box_append (box, split->note);

  split->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (split->chart), 30 * rows);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (split->chart), chart_draw, self, NULL);
  gtk_widget_set_margin_top (split->chart, 12);
  gtk_accessible_update_property (GTK_ACCESSIBLE (split->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of each municipality's equal and variable part"), -1);
  gtk_box_append (box, split->chart);
  gtk_box_append (box, legend_new ());
  g_object_set_data_full (G_OBJECT (box), "sk-split", split, (GDestroyNotify) split_free);
  return split;
}

/* A label's text, set only when it changed (setting it lays it out again). */
static void
set_text (GtkWidget  *label,
          const char *text)
{
  if (GTK_IS_INSCRIPTION (label))
    {
      if (g_strcmp0 (gtk_inscription_get_text (GTK_INSCRIPTION (label)), text) != 0)
        {
          gtk_inscription_set_text (GTK_INSCRIPTION (label), text);
          gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
        }
    }
  else if (g_strcmp0 (gtk_label_get_label (GTK_LABEL (label)), text) != 0)
    gtk_label_set_text (GTK_LABEL (label), text);
}

/* How wide `text` is in `cell`'s font (with its figures of one width, as
 * the cell draws them), in the cell's characters: the font's wider of an
 * average character and a digit, rounded up. */
static guint
chars_for (GtkWidget  *cell,
           const char *text)
{
  PangoContext *context = gtk_widget_get_pango_context (cell);
  PangoFontMetrics *metrics = pango_context_get_metrics (context, NULL, NULL);
  int per = MAX (pango_font_metrics_get_approximate_char_width (metrics),
                 pango_font_metrics_get_approximate_digit_width (metrics));
  g_autoptr(PangoLayout) layout = pango_layout_new (context);
  PangoAttrList *attributes = pango_attr_list_new ();
  int width;

  pango_font_metrics_unref (metrics);
  pango_attr_list_insert (attributes, pango_attr_font_features_new ("tnum=1"));
  pango_layout_set_attributes (layout, attributes);
  pango_attr_list_unref (attributes);
  pango_layout_set_text (layout, text, -1);
  pango_layout_get_size (layout, &width, NULL);
  return per > 0 ? (guint) ((width + per - 1) / per) : (guint) g_utf8_strlen (text, -1);
}

/* A column of amounts as wide as the widest, measured in the bold of the
 * sums when it has one (`widest` is the sum's text, no part being more). */
static void
fit_column (Split      *split,
            int         column,
            const char *widest,
            gboolean    has_sum)
{
  GtkWidget *measured = split_cell (split, column, has_sum ? split->rows + 2 : 1);
  guint chars;

  if (split->fitted[column] == strlen (widest))
    return;
  split->fitted[column] = strlen (widest);
  chars = chars_for (measured, widest);
  for (guint row = 1; row <= split->rows + (has_sum ? 2 : 0); row++)
    {
      GtkWidget *cell = split_cell (split, column, row);

      if (cell != NULL && GTK_IS_INSCRIPTION (cell))
        {
          gtk_inscription_set_min_chars (GTK_INSCRIPTION (cell), chars);
          gtk_inscription_set_nat_chars (GTK_INSCRIPTION (cell), chars);
        }
    }
}

static void
set_cell (Split      *split,
          int         column,
          int         row,
          const char *text)
{
  set_text (split_cell (split, column, row), text);
}

/* Under the table: the rounding note and the chart, brought up to date. */
static void
show_below (Split *split)
{
  const char *note = split->below_note;

  split->below_stale = FALSE;
  set_text (split->note, note ? note : "");
  gtk_widget_set_visible (split->note, note != NULL && note[0] != '\0');
  sk_costs_view_set_waiting (split->note, FALSE);
  sk_costs_view_set_waiting (split->chart, FALSE);
  gtk_widget_queue_draw (split->chart);
}

void
sk_costs_results_catch_up (SkCostsView *self,
                           GtkBox      *box)
{
  Split *split = box ? g_object_get_data (G_OBJECT (box), "sk-split") : NULL;

  /* The note sits right over the chart: when it is hidden, where it would
   * come is in sight if the chart is. */
  if (split != NULL && split->below_stale &&
      ((gtk_widget_get_visible (split->note) && sk_costs_view_in_sight (self, split->note)) ||
       sk_costs_view_in_sight (self, split->chart)))
    show_below (split);
}

/* The split of the model shown, in `box`: its labels kept and their texts
 * set (a slider step), made anew when the rows came or went. */
void
sk_costs_results_update (SkCostsView *self,
                         GtkBox      *box,
                         gboolean     all)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkCostResult) result = NULL;
  SkScenario *scenario = sk_costs_view_get_scenario (self);
  g_autofree char *total = NULL;
  g_autofree char *fixed = NULL;
  g_autofree char *criteria = NULL;
  g_autofree char *summary = NULL;
  SkCostParams p;
  Split *split;
  guint rows;
  gint64 sums[3] = { 0, 0, 0 };
  g_autofree char *widest_per = NULL;

  if (box == NULL || sk_costs_view_get_model (self) == NULL)
    return;
  sk_cost_params_init (&p, sk_costs_view_get_model (self), scenario);

  total = sk_format_kr (p.total_kr);
  fixed = sk_format_percent (p.fixed_percent, p.fixed_percent == (int) p.fixed_percent ? 0 : 2);
  criteria = criteria_text (&p);
  summary = p.criteria->len > 0 && p.fixed_percent < 100
            /* Translators: "29 215 093 kr: 25 % shared equally, 75 % Children 0–17" */
            ? g_strdup_printf (_("%s: %s shared equally, %s"), total, fixed, criteria)
            : g_strdup_printf (_("%s: %s shared equally"), total, fixed);

  result = sk_cost_model_compute (sk_view_get_project (SK_VIEW (self)), sk_costs_view_get_model (self), scenario,
                                  &error);
  rows = result ? result->rows->len : G_MAXUINT;
  split = g_object_get_data (G_OBJECT (box), "sk-split");
  if (split == NULL || split->rows != rows ||
      gtk_widget_get_first_child (GTK_WIDGET (box)) != split->summary)
    split = make_split (self, box, rows);
  set_text (split->summary, summary);
  if (result == NULL)
    {
      set_text (split->error, error->message);
      return;
    }

  for (guint r = 0; r < rows; r++)
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
      GtkWidget *why = split_cell (split, 6, r + 1);
      g_autofree char *name = sk_name_shown (sk_project_municipality_name (sk_view_get_project (SK_VIEW (self)),
                                                                           row->municipality));

      set_cell (split, 0, r + 1, name);
      set_cell (split, 1, r + 1, equal);
      set_cell (split, 2, r + 1, variable);
      set_cell (split, 3, r + 1, amount);
      set_cell (split, 4, r + 1, share);
      set_cell (split, 5, r + 1, per);
      if (widest_per == NULL || strlen (per) > strlen (widest_per))
        {
          g_free (widest_per);
          widest_per = g_strdup (per);
        }
      /* Icon-only: named by its tooltip. */
      if (g_strcmp0 (split->why_names[r], name) != 0)
        {
          g_autofree char *why_label = g_strdup_printf (_("How the share of %s is computed"), name);

          sk_widget_set_tip_and_name (why, why_label);
          g_free (split->why_names[r]);
          split->why_names[r] = g_strdup (name);
        }
      /* A popover made for the old figures is made again when next opened. */
      if (gtk_menu_button_get_popover (GTK_MENU_BUTTON (why)) != NULL)
        gtk_menu_button_set_popover (GTK_MENU_BUTTON (why), NULL);
      sums[0] += row->equal_kr;
      sums[1] += row->variable_kr;
      sums[2] += row->amount_kr;
    }
  {
    g_autofree char *e = sk_format_kr (sums[0]);
    g_autofree char *v = sk_format_kr (sums[1]);
    g_autofree char *t = sk_format_kr (sums[2]);
    g_autofree char *s = sk_format_percent (100, 2);

    set_cell (split, 1, rows + 2, e);
    set_cell (split, 2, rows + 2, v);
    set_cell (split, 3, rows + 2, t);
    set_cell (split, 4, rows + 2, s);
    fit_column (split, 1, e, TRUE);
    fit_column (split, 2, v, TRUE);
    fit_column (split, 3, t, TRUE);
    fit_column (split, 4, s, TRUE);
    if (widest_per != NULL)
      fit_column (split, 5, widest_per, FALSE);
  }
  g_free (split->below_note);
  split->below_note = sk_cost_rounding_note (result);
  split->below_stale = TRUE;
  if (all)
    show_below (split);
  else
    sk_costs_results_catch_up (self, box);
  if (split->below_stale)
    {
      sk_costs_view_set_waiting (split->note, TRUE);
      sk_costs_view_set_waiting (split->chart, TRUE);
    }
}
