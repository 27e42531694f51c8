/* sk-matrix-scores.c — the matrix view's scores: a slider per candidate
 * and factor, the candidates' menus and "Add a Candidate…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-format.h"
#include "sk-matrix-scores.h"
#include "sk-view-util.h"

struct _SkMatrixScores
{
  GtkGrid     parent_instance;

  GHashTable *sliders;     /* "municipality\nfactor" → GtkScale */
  GPtrArray  *heads;       /* a candidate's name label, by column */
  GPtrArray  *names;       /* a factor's name label, by row */
  guint       setting;     /* inside sk_matrix_scores_set_score () */
};

G_DEFINE_FINAL_TYPE (SkMatrixScores, sk_matrix_scores, GTK_TYPE_GRID)

enum { SCORE_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

/* As the view shows it (sk_name_shown ()). */
static char *
candidate_name (SkProject   *project,
                SkCandidate *c)
{
  return sk_name_shown (sk_project_municipality_name (project, c->municipality));
}

static void
value_changed_cb (GtkAdjustment  *adjustment,
                  SkMatrixScores *self)
{
  if (self->setting > 0)
    return;
  g_signal_emit (self, signals[SCORE_CHANGED], 0,
                 g_object_get_data (G_OBJECT (adjustment), "sk-municipality"),
                 g_object_get_data (G_OBJECT (adjustment), "sk-factor"),
                 round (gtk_adjustment_get_value (adjustment) * 10000) / 10000);
}

static void
menu_add (GMenu      *menu,
          const char *label,
          const char *action,
          const char *id)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (id));
  g_menu_append_item (menu, item);
}

/* A candidate's menu, made when opened for the place it has then. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  const char *id = g_object_get_data (G_OBJECT (button), "sk-municipality");
  GtkWidget *head = gtk_widget_get_parent (GTK_WIDGET (button));
  GtkGrid *grid = GTK_GRID (gtk_widget_get_parent (head));
  g_autoptr(GMenu) menu = g_menu_new ();
  int column, last = 0;

  gtk_grid_query_child (grid, head, &column, NULL, NULL, NULL);
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (grid)); w; w = gtk_widget_get_next_sibling (w))
    if (g_object_get_data (G_OBJECT (w), "sk-head") != NULL)
      {
        int c;

        gtk_grid_query_child (grid, w, &c, NULL, NULL, NULL);
        last = MAX (last, c);
      }
  menu_add (menu, _("Edit Note…"), "matrix.edit-candidate", id);
  if (column > 1)
    menu_add (menu, _("Move Left"), "matrix.candidate-left", id);
  if (column < last)
    menu_add (menu, _("Move Right"), "matrix.candidate-right", id);
  menu_add (menu, _("Remove"), "matrix.remove-candidate", id);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

static GtkWidget *
slider_new (SkMatrixScores *self,
            const char     *municipality,
            const char     *factor_id,
            double          value,
            double          smax,
            const char     *accessible_name)
{
  GtkAdjustment *adjustment = gtk_adjustment_new (value, 0, smax, 0.5, 1, 0);
  GtkWidget *scale = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, adjustment);

  g_object_set_data_full (G_OBJECT (adjustment), "sk-municipality", g_strdup (municipality), g_free);
  g_object_set_data_full (G_OBJECT (adjustment), "sk-factor", g_strdup (factor_id), g_free);
  g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (value_changed_cb), self, 0);
  gtk_scale_set_digits (GTK_SCALE (scale), 1);
  gtk_scale_set_draw_value (GTK_SCALE (scale), TRUE);
  gtk_scale_set_value_pos (GTK_SCALE (scale), GTK_POS_RIGHT);
  gtk_range_set_round_digits (GTK_RANGE (scale), 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  sk_widget_set_tooltip (scale, accessible_name);
  sk_scale_guard_scroll (scale);
  gtk_widget_set_size_request (scale, 170, -1);
  g_hash_table_insert (self->sliders, g_strdup_printf ("%s\n%s", municipality, factor_id), scale);
  return scale;
}

static void
sk_matrix_scores_finalize (GObject *object)
{
  SkMatrixScores *self = SK_MATRIX_SCORES (object);

  g_hash_table_unref (self->sliders);
  g_ptr_array_unref (self->heads);
  g_ptr_array_unref (self->names);
  G_OBJECT_CLASS (sk_matrix_scores_parent_class)->finalize (object);
}

static void
sk_matrix_scores_class_init (SkMatrixScoresClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_matrix_scores_finalize;
  signals[SCORE_CHANGED] = g_signal_new ("score-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                                         G_TYPE_STRING, G_TYPE_STRING, G_TYPE_DOUBLE);
}

static void
sk_matrix_scores_init (SkMatrixScores *self)
{
  self->sliders = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->heads = g_ptr_array_new ();
  self->names = g_ptr_array_new ();
  gtk_grid_set_column_spacing (GTK_GRID (self), 12);
  gtk_grid_set_row_spacing (GTK_GRID (self), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "sk-matrix-scores");
}

GtkWidget *
sk_matrix_scores_new (SkProject      *project,
                      const SkMatrix *matrix,
                      const SkMatrix *prepared)
{
  SkMatrixScores *self = g_object_new (SK_TYPE_MATRIX_SCORES, NULL);
  GtkGrid *grid = GTK_GRID (self);
  GPtrArray *all = sk_project_get_municipalities (project);
  g_autoptr(GMenu) free_menu = g_menu_new ();
  double smax = sk_matrix_get_scale_max ((SkMatrix *) matrix);
  guint n_free = 0;

  for (guint c = 0; c < matrix->candidates->len; c++)
    {
      SkCandidate *cand = g_ptr_array_index (matrix->candidates, c);
      GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      g_autofree char *shown = candidate_name (project, cand);
      GtkWidget *name = sk_label_new (shown, "heading");
      GtkWidget *more = gtk_menu_button_new ();

      gtk_widget_set_hexpand (name, TRUE);
      gtk_box_append (GTK_BOX (head), name);
      g_ptr_array_add (self->heads, name);
      g_object_set_data (G_OBJECT (head), "sk-head", GINT_TO_POINTER (1));
      g_object_set_data_full (G_OBJECT (more), "sk-municipality", g_strdup (cand->municipality), g_free);
      gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (more), "view-more-symbolic");
      gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (more), create_menu_cb, NULL, NULL);
      gtk_widget_set_valign (more, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (more, "flat");
      sk_widget_set_tip_and_name (more, _("Candidate Menu"));
      gtk_box_append (GTK_BOX (head), more);
      gtk_grid_attach (grid, head, 1 + c, 0, 1, 1);
      for (guint f = 0; f < matrix->factors->len; f++)
        {
          SkFactor *factor = g_ptr_array_index (matrix->factors, f);
          g_autofree char *label = g_strdup_printf (_("Score of %s for %s"), shown, factor->name);

          gtk_grid_attach (grid, slider_new (self, cand->municipality, factor->id,
                                             sk_candidate_get_score (cand, factor->id), smax, label),
                           1 + c, f + 1, 1, 1);
        }
    }
  for (guint f = 0; f < matrix->factors->len; f++)
    {
      GtkWidget *name = sk_label_new (NULL, NULL);

      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 28);
      gtk_grid_attach (grid, name, 0, f + 1, 1, 1);
      g_ptr_array_add (self->names, name);
    }
  sk_matrix_scores_set_names (self, project, matrix);
  sk_matrix_scores_set_prepared (self, prepared);

  /* A municipality of the project that is not a candidate yet: a menu,
   * not a drop-down, for choosing one adds it and selects nothing. */
  for (guint i = 0; i < all->len; i++)
    {
      SkMunicipality *mu = g_ptr_array_index (all, i);
      gboolean taken = FALSE;

      for (guint k = 0; k < matrix->candidates->len; k++)
        taken |= g_strcmp0 (((SkCandidate *) g_ptr_array_index (matrix->candidates, k))->municipality, mu->id) == 0;
      if (!taken)
        {
          g_autofree char *shown = sk_name_shown (mu->name);
          g_autoptr(GMenuItem) entry = g_menu_item_new (shown, NULL);

          g_menu_item_set_action_and_target_value (entry, "matrix.add-candidate", g_variant_new_string (mu->id));
          g_menu_append_item (free_menu, entry);
          n_free++;
        }
    }
  if (n_free > 0)
    {
      GtkWidget *add = gtk_menu_button_new ();

      gtk_menu_button_set_label (GTK_MENU_BUTTON (add), _("Add a Candidate…"));
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (add), G_MENU_MODEL (free_menu));
      sk_popover_keeps_page (gtk_menu_button_get_popover (GTK_MENU_BUTTON (add)));
      gtk_widget_set_valign (add, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a Candidate"), -1);
      gtk_grid_attach (grid, add, 1 + matrix->candidates->len, 0, 1, 1);
    }
  return GTK_WIDGET (self);
}

void
sk_matrix_scores_set_score (SkMatrixScores *self,
                            const char     *municipality,
                            const char     *factor_id,
                            double          score)
{
  g_autofree char *key = g_strdup_printf ("%s\n%s", municipality, factor_id);
  GtkRange *scale;

  g_return_if_fail (SK_IS_MATRIX_SCORES (self));
  if ((scale = g_hash_table_lookup (self->sliders, key)) == NULL)
    return;
  self->setting++;
  gtk_range_set_value (scale, score);
  self->setting--;
}

void
sk_matrix_scores_set_prepared (SkMatrixScores *self,
                               const SkMatrix *prepared)
{
  GHashTableIter iter;
  gpointer scale;

  g_return_if_fail (SK_IS_MATRIX_SCORES (self));
  g_hash_table_iter_init (&iter, self->sliders);
  while (g_hash_table_iter_next (&iter, NULL, &scale))
    {
      GtkAdjustment *adj = gtk_range_get_adjustment (scale);
      const char *municipality = g_object_get_data (G_OBJECT (adj), "sk-municipality");
      const char *factor = g_object_get_data (G_OBJECT (adj), "sk-factor");

      /* The value as prepared stays visible as a mark under the slider. */
      gtk_scale_clear_marks (scale);
      for (guint c = 0; prepared && c < prepared->candidates->len; c++)
        {
          SkCandidate *then = g_ptr_array_index (prepared->candidates, c);

          if (g_strcmp0 (then->municipality, municipality) == 0)
            gtk_scale_add_mark (scale, sk_candidate_get_score (then, factor), GTK_POS_BOTTOM, NULL);
        }
    }
}

void
sk_matrix_scores_set_names (SkMatrixScores *self,
                            SkProject      *project,
                            const SkMatrix *matrix)
{
  g_return_if_fail (SK_IS_MATRIX_SCORES (self));
  for (guint f = 0; f < matrix->factors->len && f < self->names->len; f++)
    gtk_label_set_text (g_ptr_array_index (self->names, f), ((SkFactor *) g_ptr_array_index (matrix->factors, f))->name);
  for (guint c = 0; c < matrix->candidates->len && c < self->heads->len; c++)
    {
      SkCandidate *cand = g_ptr_array_index (matrix->candidates, c);
      g_autofree char *shown = candidate_name (project, cand);

      sk_widget_set_tooltip (g_ptr_array_index (self->heads, c), cand->note);
      /* Each slider's name says the factor's. */
      for (guint f = 0; f < matrix->factors->len; f++)
        {
          SkFactor *factor = g_ptr_array_index (matrix->factors, f);
          g_autofree char *key = g_strdup_printf ("%s\n%s", cand->municipality, factor->id);
          g_autofree char *label = g_strdup_printf (_("Score of %s for %s"), shown, factor->name);
          GtkWidget *scale = g_hash_table_lookup (self->sliders, key);

          if (scale == NULL || g_strcmp0 (gtk_widget_get_tooltip_text (scale), label) == 0)
            continue;
          gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          sk_widget_set_tooltip (scale, label);
        }
    }
}
