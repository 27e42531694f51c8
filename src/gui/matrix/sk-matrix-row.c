/* sk-matrix-row.c — a factor of the matrix view: its name, its weight as
 * a slider and a spin button, how far the weight can move, and its menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-matrix-row.h"
#include "sk-view-util.h"

struct _SkMatrixRow
{
  AdwActionRow   parent_instance;

  GtkScale      *scale;
  GtkSpinButton *spin;
  GtkMenuButton *menu_button;
  GtkAdjustment *adjustment;
  char          *factor_id;
  guint          setting;   /* inside sk_matrix_row_set_weight () */
  /* Out of sight, the row's controls are not drawn (below). */
  gboolean       hidden;    /* as of the last snapshot */
};

G_DEFINE_FINAL_TYPE (SkMatrixRow, sk_matrix_row, ADW_TYPE_ACTION_ROW)

enum { WEIGHT_CHANGED, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
value_changed_cb (SkMatrixRow   *self,
                  GtkAdjustment *adjustment)
{
  if (self->setting > 0)
    return;
  g_signal_emit (self, signals[WEIGHT_CHANGED], 0,
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

/* Made when opened, for the place the row has then. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  SkMatrixRow *self = user_data;
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *row = GTK_WIDGET (self);
  int at = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  menu_add (menu, _("Edit Name and Note…"), "matrix.edit-factor", self->factor_id);
  if (at > 0)
    menu_add (menu, _("Move Up"), "matrix.factor-up", self->factor_id);
  if (gtk_widget_get_next_sibling (row) != NULL)
    menu_add (menu, _("Move Down"), "matrix.factor-down", self->factor_id);
  menu_add (menu, _("Remove"), "matrix.remove-factor", self->factor_id);
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
}

/* The rows scrolled out of sight: their controls not drawn.
 *
 * GTK's cairo renderer goes through every node of the window at each
 * frame, in sight or not, a slider's and two buttons' icons in each row:
 * in a window that shows five of seven weights, a weight's step cost a
 * sixth more for the two rows below.  A row leaves out its children when
 * it is wholly outside the scrolled window (as SkPage does its
 * parts), and draws itself anew when, after a layout (a scroll, a
 * resize), it came into sight or went out of it. */
#define SK_ROW_SLACK 4

static gboolean
in_sight (GtkWidget *row)
{
  graphene_rect_t sight;

  /* A focused control's ring reaches a little outside the row. */
  return !sk_widget_get_sight (row, SK_ROW_SLACK, &sight) ||
         graphene_rect_intersection (&sight, &GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (row),
                                                                  gtk_widget_get_height (row)), NULL);
}

static void
sk_matrix_row_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  SkMatrixRow *self = SK_MATRIX_ROW (widget);

  self->hidden = !in_sight (widget);
  if (!self->hidden)
    GTK_WIDGET_CLASS (sk_matrix_row_parent_class)->snapshot (widget, snapshot);
}

static void
layout_cb (GtkWidget *widget)
{
  SkMatrixRow *self = SK_MATRIX_ROW (widget);

  if (self->hidden == in_sight (GTK_WIDGET (self)))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
sk_matrix_row_finalize (GObject *object)
{
  SkMatrixRow *self = SK_MATRIX_ROW (object);

  g_free (self->factor_id);
  G_OBJECT_CLASS (sk_matrix_row_parent_class)->finalize (object);
}

static void
sk_matrix_row_class_init (SkMatrixRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_matrix_row_finalize;
  widget_class->snapshot = sk_matrix_row_snapshot;
  signals[WEIGHT_CHANGED] = g_signal_new ("weight-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                          0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_DOUBLE);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-matrix-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkMatrixRow, scale);
  gtk_widget_class_bind_template_child (widget_class, SkMatrixRow, spin);
  gtk_widget_class_bind_template_child (widget_class, SkMatrixRow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SkMatrixRow, adjustment);
  gtk_widget_class_bind_template_callback (widget_class, value_changed_cb);
}

static void
sk_matrix_row_init (SkMatrixRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  sk_row_title_keeps_words (GTK_WIDGET (self));
  /* The row's header box asks its title and subtitle their width for its
   * height at each layout (sk-view-util.c). */
  sk_labels_width_for_any_height (GTK_WIDGET (self), "title");
  sk_spin_button_show_short (GTK_WIDGET (self->spin));
  sk_scale_guard_scroll (GTK_WIDGET (self->scale));
  sk_widget_watch_layout (GTK_WIDGET (self), layout_cb);
  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
}

/* The row's title and subtitle wrap, at least sixteen characters wide
 * rather than a word a line: they still fit beside the slider in the
 * row's least width (400 px), so nothing moves on screen, and a label's
 * search for its width (sk_labels_width_for_any_height ()) starts
 * nearer its end where GTK still makes one. */
static void
labels_least_width (GtkWidget *widget,
                    int        chars)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LABEL (child) && (gtk_widget_has_css_class (child, "title") ||
                                 gtk_widget_has_css_class (child, "subtitle")))
      gtk_label_set_width_chars (GTK_LABEL (child), chars);
    else
      labels_least_width (child, chars);
}

GtkWidget *
sk_matrix_row_new (const SkFactor *factor,
                   double          weight_max,
                   gboolean        presenting)
{
  SkMatrixRow *self = g_object_new (SK_TYPE_MATRIX_ROW, NULL);

  self->factor_id = g_strdup (factor->id);
  /* On the projector the chair drags it with the mouse: longer there. */
  if (presenting)
    gtk_widget_set_size_request (GTK_WIDGET (self->scale), 240, -1);
  else
    labels_least_width (GTK_WIDGET (self), 16);
  self->setting++;
  gtk_adjustment_configure (self->adjustment, factor->weight, 0, weight_max, 0.5, 1, 0);
  self->setting--;
  sk_matrix_row_set_factor (self, factor);
  return GTK_WIDGET (self);
}

const char *
sk_matrix_row_get_factor_id (SkMatrixRow *self)
{
  g_return_val_if_fail (SK_IS_MATRIX_ROW (self), NULL);
  return self->factor_id;
}

void
sk_matrix_row_set_factor (SkMatrixRow    *self,
                          const SkFactor *factor)
{
  const char *title = factor->name ? factor->name : "";
  g_autofree char *name = g_strdup_printf (_("Weight of %s"), factor->name ? factor->name : "");

  g_return_if_fail (SK_IS_MATRIX_ROW (self));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), title);
  sk_widget_set_tooltip (GTK_WIDGET (self), factor->note);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->scale), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  sk_widget_set_tooltip (GTK_WIDGET (self->scale), name);
}

void
sk_matrix_row_set_weight (SkMatrixRow *self,
                          double       weight)
{
  g_return_if_fail (SK_IS_MATRIX_ROW (self));
  self->setting++;
  gtk_adjustment_set_value (self->adjustment, weight);
  self->setting--;
}

void
sk_matrix_row_set_prepared (SkMatrixRow *self,
                            gboolean     has_prepared,
                            double       prepared)
{
  g_return_if_fail (SK_IS_MATRIX_ROW (self));
  gtk_scale_clear_marks (self->scale);
  if (has_prepared)
    gtk_scale_add_mark (self->scale, prepared, GTK_POS_BOTTOM, NULL);
}

GtkWidget *
sk_matrix_row_get_spin (SkMatrixRow *self)
{
  g_return_val_if_fail (SK_IS_MATRIX_ROW (self), NULL);
  return GTK_WIDGET (self->spin);
}

void
sk_matrix_row_set_range_text (SkMatrixRow *self,
                              const char  *text)
{
  g_return_if_fail (SK_IS_MATRIX_ROW (self));
  if (g_strcmp0 (adw_action_row_get_subtitle (ADW_ACTION_ROW (self)), text ? text : "") != 0)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self), text ? text : "");
}
