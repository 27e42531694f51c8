/* sk-costs-compare.c — the costs view's side-by-side table: the model
 * shown against the same model by each figure, its other scenarios and a
 * what-if (a member left out or taken in), each amount with its
 * difference; the municipalities and the amounts shown stay in view
 * when the others scroll sideways.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sk-costs.h"
#include "sk-costs-view-private.h"
#include "sk-format.h"
#include "sk-view-util.h"

/* As the table shows it (sk_name_shown ()). */
static char *
municipality_shown (SkProject  *project,
                    const char *id)
{
  return sk_name_shown (sk_project_municipality_name (project, id));
}

/* The table's shape: its rows, and per column whether it has amounts
 * ('v'), the mark of a variant that could not be computed ('e') or
 * nothing ('n').  The cells are made when it is new (a criterion,
 * participant or scenario came or went); else their texts are set. */
static char *
shape_of (guint      rows,
          GPtrArray *results,
          GPtrArray *errors)
{
  GString *shape = g_string_new (NULL);

  g_string_append_printf (shape, "%u:", rows);
  for (guint c = 0; c < results->len; c++)
    g_string_append_c (shape, g_ptr_array_index (errors, c) != NULL ? 'e'
                              : g_ptr_array_index (results, c) != NULL ? 'v' : 'n');
  return g_string_free (shape, FALSE);
}

/* The names, and the amounts shown above that the others differ from,
 * stay in view when the other amounts scroll sideways; both grids have
 * the same rows, one line of the same font each. */
static void
make_grids (GtkBox     *names_box,
            GtkBox     *values_box,
            const char *shape)
{
  const char *columns = strchr (shape, ':') + 1;
  guint rows = (guint) g_ascii_strtoull (shape, NULL, 10);
  GtkWidget *names = gtk_grid_new ();
  GtkWidget *cmp = gtk_grid_new ();

  sk_box_clear (names_box);
  sk_box_clear (values_box);
  gtk_grid_set_row_spacing (GTK_GRID (names), 4);
  gtk_grid_set_column_spacing (GTK_GRID (names), 18);
  gtk_grid_set_column_spacing (GTK_GRID (cmp), 18);
  gtk_grid_set_row_spacing (GTK_GRID (cmp), 4);
  sk_costs_cell (GTK_GRID (names), _("Municipality"), 0, 0, "heading");
  sk_costs_cell (GTK_GRID (names), _("Shown above"), 1, 0, "heading");
  for (guint c = 0; columns[c]; c++)
    {
      sk_costs_cell (GTK_GRID (cmp), "", 2 + c, 0, "heading");
      if (columns[c] == 'e')
        {
          GtkWidget *l = sk_label_new ("—", "error");

          gtk_label_set_xalign (GTK_LABEL (l), 1);
          gtk_grid_attach (GTK_GRID (cmp), l, 2 + c, 1, 1, 1);
        }
    }
  for (guint i = 0; i < rows; i++)
    {
      sk_costs_cell (GTK_GRID (names), "", 0, i + 1, NULL);
      sk_costs_cell (GTK_GRID (names), "", 1, i + 1, NULL);
      for (guint c = 0; columns[c]; c++)
        if (columns[c] == 'v')
          sk_costs_cell (GTK_GRID (cmp), "", 2 + c, i + 1, NULL);
    }
  g_object_set_data_full (G_OBJECT (cmp), "sk-shape", g_strdup (shape), g_free);
  gtk_box_append (names_box, names);
  gtk_box_append (values_box, cmp);
}

/* A label's text, set only when it changed (setting it lays out again). */
static void
set_cell (GtkWidget  *grid,
          int         column,
          int         row,
          const char *text)
{
  GtkLabel *label = GTK_LABEL (gtk_grid_get_child_at (GTK_GRID (grid), column, row));

  if (g_strcmp0 (gtk_label_get_label (label), text) != 0)
    gtk_label_set_text (label, text);
}

/* The amounts, under the headers: waiting out of sight or shown. */
static void
set_amounts_waiting (GtkWidget *grid,
                     int        first_column,
                     gboolean   waiting)
{
  for (GtkWidget *c = gtk_widget_get_first_child (grid); c; c = gtk_widget_get_next_sibling (c))
    {
      int column, row;

      gtk_grid_query_child (GTK_GRID (grid), c, &column, &row, NULL, NULL);
      if (row > 0 && column >= first_column)
        sk_costs_view_set_waiting (c, waiting);
    }
}

void
sk_costs_compare_wait (GtkBox *names_box,
                       GtkBox *values_box)
{
  GtkWidget *names = names_box ? gtk_widget_get_first_child (GTK_WIDGET (names_box)) : NULL;
  GtkWidget *cmp = values_box ? gtk_widget_get_first_child (GTK_WIDGET (values_box)) : NULL;

  if (names != NULL && cmp != NULL)
    {
      set_amounts_waiting (names, 1, TRUE);
      set_amounts_waiting (cmp, 0, TRUE);
    }
}

SkExportTable *
sk_costs_compare_update (SkCostsView *self,
                         GtkBox      *names_box,
                         GtkBox      *values_box,
                         const char  *what_if)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  SkCostModel *model = sk_costs_view_get_model (self);
  SkScenario *scenario = sk_costs_view_get_scenario (self);
  g_autoptr(SkCostResult) result = NULL;
  SkExportTable *table = NULL;
  SkCostParams p;
  static const char *figures[] = { "population", "age_0_17", "age_0_24" };
  g_autoptr(GPtrArray) titles = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) results = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_cost_result_free);
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) ids = g_ptr_array_new ();
  g_autofree char *shape = NULL;
  GtkWidget *names, *cmp;
  guint row_count;

  if (names_box == NULL || values_box == NULL)
    return NULL;
  if (model == NULL ||
      (result = sk_cost_model_compute (project, model, scenario, NULL)) == NULL)
    {
      /* The problem is told over the split instead. */
      sk_box_clear (names_box);
      sk_box_clear (values_box);
      return NULL;
    }
  sk_cost_params_init (&p, model, scenario);

  for (guint f = 0; f < G_N_ELEMENTS (figures); f++)
    {
      g_autoptr(GPtrArray) crit = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);
      g_autoptr(GError) e = NULL;
      SkCostResult *v;
      SkCriterion *c;

      if (p.fixed_percent >= 100)
        break;
      if (p.criteria->len == 1 &&
          g_strcmp0 (((SkCriterion *) g_ptr_array_index (p.criteria, 0))->figure, figures[f]) == 0)
        continue;
      c = sk_criterion_new ();
      c->figure = g_strdup (figures[f]);
      c->weight = 1;
      g_ptr_array_add (crit, c);
      v = sk_cost_model_compute_variant (project, model, scenario, crit, NULL, &e);
      /* Translators: a column of the comparison, "By population" */
      g_ptr_array_add (titles, g_strdup_printf (_("By %s"), sk_figure_phrase (figures[f])));
      g_ptr_array_add (results, v);
      g_ptr_array_add (errors, e ? g_strdup (e->message) : NULL);
    }
  for (guint s = 0; s <= model->scenarios->len; s++)
    {
      SkScenario *other = s ? g_ptr_array_index (model->scenarios, s - 1) : NULL;
      g_autoptr(GError) e = NULL;

      if (other == scenario)
        continue;
      g_ptr_array_add (titles, g_strdup (other ? other->title : _("As prepared")));
      g_ptr_array_add (results, sk_cost_model_compute (project, model, other, &e));
      g_ptr_array_add (errors, e ? g_strdup (e->message) : NULL);
    }
  if (what_if != NULL)
    {
      g_autoptr(GPtrArray) who = g_ptr_array_new ();
      gboolean inside = FALSE;
      g_autoptr(GError) e = NULL;
      GPtrArray *municipalities = sk_project_get_municipalities (project);

      for (guint i = 0; i < p.participants->len; i++)
        inside |= g_strcmp0 (g_ptr_array_index (p.participants, i), what_if) == 0;
      for (guint i = 0; i < municipalities->len; i++)
        {
          SkMunicipality *m = g_ptr_array_index (municipalities, i);
          gboolean in = FALSE;

          for (guint j = 0; j < p.participants->len; j++)
            in |= g_strcmp0 (g_ptr_array_index (p.participants, j), m->id) == 0;
          if (g_strcmp0 (m->id, what_if) == 0)
            in = !inside;
          if (in)
            g_ptr_array_add (who, m->id);
        }
      g_autofree char *shown_name = municipality_shown (project, what_if);

      g_ptr_array_add (titles, g_strdup_printf (inside ? _("Without %s") : _("With %s"), shown_name));
      g_ptr_array_add (results, who->len ? sk_cost_model_compute_variant (project, model, scenario,
                                                                          NULL, who, &e) : NULL);
      g_ptr_array_add (errors, e ? g_strdup (e->message) : who->len ? NULL : g_strdup (_("No participants left")));
    }

  /* Rows: the participants shown, and anyone a what-if takes in. */
  g_ptr_array_extend (ids, p.participants, NULL, NULL);
  if (what_if != NULL && !g_ptr_array_find_with_equal_func (ids, what_if, g_str_equal, NULL))
    g_ptr_array_add (ids, (gpointer) what_if);
  row_count = ids->len;

  shape = shape_of (row_count, results, errors);
  names = gtk_widget_get_first_child (GTK_WIDGET (names_box));
  cmp = gtk_widget_get_first_child (GTK_WIDGET (values_box));
  if (names == NULL || cmp == NULL ||
      g_strcmp0 (g_object_get_data (G_OBJECT (cmp), "sk-shape"), shape) != 0)
    {
      make_grids (names_box, values_box, shape);
      names = gtk_widget_get_first_child (GTK_WIDGET (names_box));
      cmp = gtk_widget_get_first_child (GTK_WIDGET (values_box));
    }
  for (guint c = 0; c < titles->len; c++)
    {
      set_cell (cmp, 2 + c, 0, g_ptr_array_index (titles, c));
      if (g_ptr_array_index (errors, c) != NULL)
        {
          GtkWidget *l = gtk_grid_get_child_at (GTK_GRID (cmp), 2 + c, 1);

          if (g_strcmp0 (gtk_widget_get_tooltip_text (l), g_ptr_array_index (errors, c)) != 0)
            sk_widget_set_tooltip (l, g_ptr_array_index (errors, c));
        }
    }
  /* The amounts shown above beside the names, and all the others. */
  set_amounts_waiting (names, 1, FALSE);
  set_amounts_waiting (cmp, 0, FALSE);
  for (guint i = 0; i < row_count; i++)
    {
      const char *id = g_ptr_array_index (ids, i);
      gint64 shown = -1;

      for (guint j = 0; j < result->rows->len; j++)
        if (g_str_equal (g_array_index (result->rows, SkCostRow, j).municipality, id))
          shown = g_array_index (result->rows, SkCostRow, j).amount_kr;
      g_autofree char *name = municipality_shown (project, id);

      set_cell (names, 0, i + 1, name);
      {
        g_autofree char *a = shown >= 0 ? sk_format_kr (shown) : g_strdup ("—");

        set_cell (names, 1, i + 1, a);
      }
      for (guint c = 0; c < titles->len; c++)
        {
          SkCostResult *v = g_ptr_array_index (results, c);
          gint64 amount = -1;
          g_autofree char *text = NULL;

          if (v == NULL || g_ptr_array_index (errors, c) != NULL)
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
          set_cell (cmp, 2 + c, i + 1, text);
        }
    }
  /* The same table for the clipboard */
  {
    SkExportTable *ct = sk_export_table_new ();
    g_autofree char *which = g_strdup_printf (_("%s · %s"), model->title,
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
        sk_export_table_add_text (ct, sk_project_municipality_name (project, id));
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
    table = ct;
  }
  return table;
}

/* "What if …": a menu of the members (HIG: a menu button for a choice
 * that is made, not a drop-down with a placeholder). */
char *
sk_costs_what_if_label (SkCostsView *self,
                        const char  *id)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  SkCostParams p;
  SkMunicipality *m = id ? sk_project_find_municipality (project, id) : NULL;
  g_autofree char *name = NULL;

  if (m == NULL)
    return g_strdup (_("What if…"));
  name = sk_name_shown (m->name);
  sk_cost_params_init (&p, sk_costs_view_get_model (self), sk_costs_view_get_scenario (self));
  if (g_ptr_array_find_with_equal_func (p.participants, m->id, g_str_equal, NULL))
    return g_strdup_printf (_("%s stays out"), name);
  return g_strdup_printf (_("%s joins"), name);
}
