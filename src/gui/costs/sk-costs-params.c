/* sk-costs-params.c — a cost model's parameters in the costs view: its
 * title, total, equal part, criteria and participants (or those of the
 * scenario shown)
 *
 * Each change is a call of sk-edit.h with the document's history; a
 * slider's drag or a burst of steps is one step of undo.  What it changed
 * comes back through the project's signals to the view, which asks
 * sk_costs_params_sync (): a control is set only when the value it showed
 * changed, so that text typed in another stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-costs-params.h"
#include "sk-costs-view-private.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-view-util.h"

struct _SkCostsParams
{
  GtkWidget        parent_instance;

  SkCostsView     *view;   /* not owned: it holds us */

  AdwPreferencesGroup *group;
  AdwEntryRow     *title_row;
  AdwEntryRow     *total_row;
  AdwActionRow    *fixed_row;
  GtkScale        *scale;
  GtkSpinButton   *spin;
  GtkAdjustment   *adjustment;
  GtkLabel        *input_error;
  GtkBox          *slot;
  AdwPreferencesGroup *criteria_group;
  GtkButton       *add_button;
  GtkListBox      *participants_list;
  AdwExpanderRow  *participants_row;

  GPtrArray       *weights;   /* GtkSpinButton, by criterion */
  GPtrArray       *figures;   /* GtkDropDown, by criterion */
  GPtrArray       *checks;    /* GtkCheckButton, by member */

  /* What the controls show, as last set from the model. */
  char            *shown_title;
  gint64           shown_total;
  double           shown_fixed;
  gboolean         syncing;
};

G_DEFINE_FINAL_TYPE (SkCostsParams, sk_costs_params, GTK_TYPE_WIDGET)

static SkProject *
project (SkCostsParams *self)
{
  return sk_view_get_project (SK_VIEW (self->view));
}

static SkHistory *
history (SkCostsParams *self)
{
  return sk_view_get_history (SK_VIEW (self->view));
}

static const char *
model_id (SkCostsParams *self)
{
  SkCostModel *m = sk_costs_view_get_model (self->view);

  return m ? m->id : NULL;
}

static const char *
scenario_id (SkCostsParams *self)
{
  SkScenario *s = sk_costs_view_get_scenario (self->view);

  return s ? s->id : NULL;
}

/* A change from a control of ours, not one we are setting, nor one of a
 * page going (a spin button taking its text as it goes). */
static gboolean
editing (SkCostsParams *self)
{
  return !self->syncing && model_id (self) != NULL && gtk_widget_get_mapped (GTK_WIDGET (self));
}

static void
show_error (SkCostsParams *self,
            GtkWidget     *row,
            const char    *message)
{
  if (row != NULL && message != NULL)
    gtk_widget_add_css_class (row, "error");
  else if (row != NULL)
    gtk_widget_remove_css_class (row, "error");
  gtk_label_set_text (self->input_error, message ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->input_error), message != NULL);
}

static void
title_apply_cb (SkCostsParams *self,
                AdwEntryRow   *row)
{
  g_autoptr(GError) error = NULL;

  if (!editing (self))
    return;
  if (!sk_edit_set_cost_title (history (self), project (self), model_id (self), NULL,
                               gtk_editable_get_text (GTK_EDITABLE (row)), &error))
    show_error (self, GTK_WIDGET (row), error->message);
  else
    show_error (self, GTK_WIDGET (row), NULL);
}

/* Whole kroner as Norwegians write them: "29 215 093", "29.215.093",
 * "29215093 kr", or as the window shows them ("29,215,093" in English).
 * Anything else is refused ("29215093,50" too). */
static gboolean
parse_kroner (const char *text,
              gint64     *out)
{
  g_autofree char *number = g_strdup (text);
  g_autoptr(GString) digits = NULL;
  g_autofree char *shown = NULL;
  gint64 value;

  if (g_str_has_suffix (number, "kr"))
    number[strlen (number) - 2] = '\0';
  if (sk_parse_grouped_integer (number, TRUE, out))
    return TRUE;
  digits = g_string_new (g_strstrip (number));
  g_string_replace (digits, ",", "", 0);
  if (!sk_parse_grouped_integer (digits->str, FALSE, &value))
    return FALSE;
  shown = sk_format_integer (value);
  if (!g_str_equal (shown, number))
    return FALSE;
  *out = value;
  return TRUE;
}

static void
total_apply_cb (SkCostsParams *self,
                AdwEntryRow   *row)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(GError) error = NULL;
  gint64 value = 0;

  if (!editing (self))
    return;
  if (!parse_kroner (text, &value))
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a whole number of kroner"), text);

      show_error (self, GTK_WIDGET (row), msg);
      return;
    }
  if (!sk_edit_set_total (history (self), project (self), model_id (self), scenario_id (self), value, &error))
    {
      show_error (self, GTK_WIDGET (row), error->message);
      return;
    }
  show_error (self, GTK_WIDGET (row), NULL);
  {
    g_autofree char *shown = sk_format_integer (value);

    self->syncing = TRUE;
    gtk_editable_set_text (GTK_EDITABLE (row), shown);
    self->syncing = FALSE;
  }
}

static void
fixed_changed_cb (SkCostsParams *self,
                  GtkAdjustment *adjustment)
{
  double value = round (gtk_adjustment_get_value (adjustment) * 10000) / 10000;
  g_autoptr(GError) error = NULL;

  if (!editing (self))
    return;
  /* A drag is one step of undo. */
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self->view)));
  if (!sk_edit_set_fixed_percent (history (self), project (self), model_id (self), scenario_id (self), value,
                                  &error))
    {
      sk_costs_view_refused (self->view, error);
      sk_costs_params_sync (self);
    }
}

static void
criterion_figure_cb (SkCostsParams *self,
                     GParamSpec    *pspec,
                     GtkDropDown   *dropdown)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (dropdown), "sk-index"));
  g_autoptr(GPtrArray) keys = NULL;
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (!editing (self))
    return;
  keys = sk_costs_figure_keys (project (self));
  if (selected >= keys->len)
    return;
  if (!sk_edit_set_criterion_figure (history (self), project (self), model_id (self), scenario_id (self), k,
                                     g_ptr_array_index (keys, selected), &error))
    sk_costs_view_refused (self->view, error);
}

static void
criterion_weight_cb (SkCostsParams *self,
                     GtkSpinButton *spin)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (spin), "sk-index"));
  double value = round (gtk_spin_button_get_value (spin) * 10000) / 10000;
  g_autoptr(GError) error = NULL;

  if (!editing (self))
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self->view)));
  if (!sk_edit_set_criterion_weight (history (self), project (self), model_id (self), scenario_id (self), k, value,
                                     &error))
    sk_costs_view_refused (self->view, error);
}

static void
criterion_remove_cb (SkCostsParams *self,
                     GtkButton     *button)
{
  guint k = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sk-index"));
  g_autoptr(GError) error = NULL;

  if (!editing (self))
    return;
  if (!sk_edit_remove_criterion (history (self), project (self), model_id (self), scenario_id (self), k, &error))
    sk_costs_view_refused (self->view, error);
  else
    sk_view_toast (SK_VIEW (self->view), _("Criterion removed"), TRUE);
}

static void
criterion_add_cb (SkCostsParams *self)
{
  g_autoptr(GError) error = NULL;

  if (editing (self) &&
      !sk_edit_add_criterion (history (self), project (self), model_id (self), scenario_id (self), "population", 1,
                              &error))
    sk_costs_view_refused (self->view, error);
}

static void
participant_toggled_cb (SkCostsParams  *self,
                        GtkCheckButton *check)
{
  const char *id = g_object_get_data (G_OBJECT (check), "sk-id");
  g_autoptr(GError) error = NULL;

  if (!editing (self))
    return;
  if (!sk_edit_set_participant (history (self), project (self), model_id (self), scenario_id (self), id,
                                gtk_check_button_get_active (check), &error))
    {
      /* A model needs someone to pay. */
      sk_costs_view_refused (self->view, error);
      sk_costs_params_sync (self);
    }
}

/* The rows of the criteria and the participants, for the model shown. */
static void
fill (SkCostsParams *self)
{
  SkCostModel *model = sk_costs_view_get_model (self->view);
  GPtrArray *municipalities = sk_project_get_municipalities (project (self));
  g_autoptr(GPtrArray) keys = sk_costs_figure_keys (project (self));
  SkCostParams p;

  sk_cost_params_init (&p, model, sk_costs_view_get_scenario (self->view));
  for (guint k = 0; k < p.criteria->len; k++)
    {
      SkCriterion *c = g_ptr_array_index (p.criteria, k);
      g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
      GtkWidget *row, *figure, *weight, *remove;
      g_autofree char *weight_label = g_strdup_printf (_("Weight of %s"), sk_figure_phrase (c->figure));

      for (guint i = 0; i < keys->len; i++)
        gtk_string_list_append (labels, sk_figure_label (g_ptr_array_index (keys, i)));
      row = adw_action_row_new ();
      /* The figure's name as it is, as the participants' below */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      /* One line: in a narrow window the figure's name (also shown in
       * the drop-down) is cut short, not stood on end. */
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 1);
      sk_labels_width_for_any_height (row, "title");
      figure = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (labels)), NULL);
      gtk_widget_set_valign (figure, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (figure), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Figure"), -1);
      g_object_set_data (G_OBJECT (figure), "sk-index", GUINT_TO_POINTER (k));
      g_object_set_data (G_OBJECT (figure), "sk-row", row);
      weight = gtk_spin_button_new_with_range (0.0001, 1000, 0.5);
      gtk_spin_button_set_digits (GTK_SPIN_BUTTON (weight), 2);
      sk_spin_button_show_short (weight);
      gtk_widget_set_valign (weight, GTK_ALIGN_CENTER);
      sk_widget_set_tooltip (weight, _("Weight"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (weight), GTK_ACCESSIBLE_PROPERTY_LABEL, weight_label, -1);
      g_object_set_data (G_OBJECT (weight), "sk-index", GUINT_TO_POINTER (k));
      remove = sk_icon_button_new ("user-trash-symbolic", _("Remove the Criterion"), G_CALLBACK (criterion_remove_cb),
                                   self);
      gtk_widget_add_css_class (remove, "flat");
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (remove), "sk-index", GUINT_TO_POINTER (k));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), figure);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), weight);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->criteria_group, row);
      g_ptr_array_add (self->figures, figure);
      g_ptr_array_add (self->weights, weight);
    }

  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *r = adw_action_row_new ();
      g_autofree char *name = sk_name_shown (m->name);

      /* "Vik & Høyanger" as it is: read as markup, the row stood blank */
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (r), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (r), name);
      g_object_set_data_full (G_OBJECT (check), "sk-id", g_strdup (m->id), g_free);
      adw_action_row_add_prefix (ADW_ACTION_ROW (r), check);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (r), check);
      sk_labels_width_for_any_height (r, "title");
      adw_expander_row_add_row (self->participants_row, r);
      g_ptr_array_add (self->checks, check);
    }

  /* The values, then the handlers: setting them is not an edit. */
  self->shown_total = -1;
  self->shown_fixed = -1;
  sk_costs_params_sync (self);
  for (guint k = 0; k < self->figures->len; k++)
    {
      g_signal_connect_object (g_ptr_array_index (self->figures, k), "notify::selected",
                               G_CALLBACK (criterion_figure_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (g_ptr_array_index (self->weights, k), "value-changed",
                               G_CALLBACK (criterion_weight_cb), self, G_CONNECT_SWAPPED);
    }
  for (guint i = 0; i < self->checks->len; i++)
    g_signal_connect_object (g_ptr_array_index (self->checks, i), "toggled", G_CALLBACK (participant_toggled_cb),
                             self, G_CONNECT_SWAPPED);
}

void
sk_costs_params_sync (SkCostsParams *self)
{
  SkCostModel *model;
  SkCostParams p;
  g_autoptr(GPtrArray) keys = NULL;

  g_return_if_fail (SK_IS_COSTS_PARAMS (self));
  if ((model = sk_costs_view_get_model (self->view)) == NULL)
    return;
  sk_cost_params_init (&p, model, sk_costs_view_get_scenario (self->view));
  keys = sk_costs_figure_keys (project (self));
  self->syncing = TRUE;
  if (g_strcmp0 (self->shown_title, model->title) != 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), model->title);
      g_free (self->shown_title);
      self->shown_title = g_strdup (model->title);
    }
  if (self->shown_total != p.total_kr)
    {
      g_autofree char *total = sk_format_integer (p.total_kr);

      gtk_editable_set_text (GTK_EDITABLE (self->total_row), total);
      self->shown_total = p.total_kr;
    }
  if (self->shown_fixed != p.fixed_percent)
    {
      gtk_adjustment_set_value (self->adjustment, p.fixed_percent);
      self->shown_fixed = p.fixed_percent;
    }
  for (guint k = 0; k < p.criteria->len && k < self->weights->len; k++)
    {
      SkCriterion *c = g_ptr_array_index (p.criteria, k);
      GtkSpinButton *spin = g_ptr_array_index (self->weights, k);
      GtkDropDown *dropdown = g_ptr_array_index (self->figures, k);
      double *shown = g_object_get_data (G_OBJECT (spin), "sk-shown");
      guint selected = GTK_INVALID_LIST_POSITION;

      if (shown == NULL || *shown != c->weight)
        {
          double *value = g_new (double, 1);

          *value = c->weight;
          gtk_spin_button_set_value (spin, c->weight);
          g_object_set_data_full (G_OBJECT (spin), "sk-shown", value, g_free);
        }
      if (g_strcmp0 (g_object_get_data (G_OBJECT (dropdown), "sk-shown"), c->figure) != 0)
        {
          g_autofree char *weight_label = g_strdup_printf (_("Weight of %s"), sk_figure_phrase (c->figure));

          g_ptr_array_find_with_equal_func (keys, c->figure, g_str_equal, &selected);
          if (gtk_drop_down_get_selected (dropdown) != selected)
            gtk_drop_down_set_selected (dropdown, selected);
          adw_preferences_row_set_title (g_object_get_data (G_OBJECT (dropdown), "sk-row"),
                                         sk_figure_label (c->figure));
          gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, weight_label, -1);
          g_object_set_data_full (G_OBJECT (dropdown), "sk-shown", g_strdup (c->figure), g_free);
        }
    }
  for (guint i = 0; i < self->checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->checks, i);
      gboolean in = g_ptr_array_find_with_equal_func (p.participants, g_object_get_data (G_OBJECT (check), "sk-id"),
                                                      g_str_equal, NULL);

      if (gtk_check_button_get_active (check) != in)
        gtk_check_button_set_active (check, in);
    }
  {
    g_autofree char *sub = g_strdup_printf (ngettext ("%u municipality", "%u municipalities", p.participants->len),
                                            p.participants->len);

    adw_expander_row_set_subtitle (self->participants_row, sub);
  }
  self->syncing = FALSE;
}

GtkBox *
sk_costs_params_get_slot (SkCostsParams *self)
{
  g_return_val_if_fail (SK_IS_COSTS_PARAMS (self), NULL);
  return self->slot;
}

static void
sk_costs_params_dispose (GObject *object)
{
  SkCostsParams *self = SK_COSTS_PARAMS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_COSTS_PARAMS);
  G_OBJECT_CLASS (sk_costs_params_parent_class)->dispose (object);
}

static void
sk_costs_params_finalize (GObject *object)
{
  SkCostsParams *self = SK_COSTS_PARAMS (object);

  g_ptr_array_unref (self->weights);
  g_ptr_array_unref (self->figures);
  g_ptr_array_unref (self->checks);
  g_free (self->shown_title);
  G_OBJECT_CLASS (sk_costs_params_parent_class)->finalize (object);
}

static void
sk_costs_params_class_init (SkCostsParamsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_costs_params_dispose;
  object_class->finalize = sk_costs_params_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-costs-params.ui");
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, group);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, title_row);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, total_row);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, fixed_row);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, scale);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, spin);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, adjustment);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, input_error);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, slot);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, criteria_group);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, add_button);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, participants_list);
  gtk_widget_class_bind_template_child (widget_class, SkCostsParams, participants_row);
  gtk_widget_class_bind_template_callback (widget_class, title_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, total_apply_cb);
  gtk_widget_class_bind_template_callback (widget_class, fixed_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, criterion_add_cb);
}

static void
sk_costs_params_init (SkCostsParams *self)
{
  self->weights = g_ptr_array_new ();
  self->figures = g_ptr_array_new ();
  self->checks = g_ptr_array_new ();
  self->syncing = TRUE;   /* until filled */
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Its header asks its title's width for a height at each layout
   * (sk-view-util.c).  Not the slider's row: its slider grows with it
   * and shares the room by the title's width so found. */
  sk_labels_width_for_any_height (GTK_WIDGET (self->participants_row), "title");
  sk_scale_guard_scroll (GTK_WIDGET (self->scale));
  sk_spin_button_show_short (GTK_WIDGET (self->spin));
}

GtkWidget *
sk_costs_params_new (SkCostsView *view)
{
  SkCostsParams *self = g_object_new (SK_TYPE_COSTS_PARAMS, NULL);
  gboolean presenting = sk_view_get_presenting (SK_VIEW (view));

  self->view = view;
  if (sk_costs_view_get_scenario (view) != NULL)
    adw_preferences_group_set_description (self->group, _("Changes here belong to the scenario; the model as "
                                                          "prepared stays as it is."));
  /* In meeting mode the title is over the view, and text is typed in
   * dialogs only (space is a clicker's key there). */
  gtk_widget_set_visible (GTK_WIDGET (self->title_row), !presenting);
  gtk_widget_set_visible (GTK_WIDGET (self->slot), presenting);
  fill (self);
  return GTK_WIDGET (self);
}
