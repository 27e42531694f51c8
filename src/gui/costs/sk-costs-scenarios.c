/* sk-costs-scenarios.c — making, naming and removing a cost model's
 * scenarios in the costs view
 *
 * A new scenario starts as the model as prepared or as a copy of the
 * scenario shown, with its own equal part and criteria (sk-scenario.h);
 * each change is one edit of sk-edit.h that undo takes back, shown when
 * the project's signals come.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-costs-view-private.h"
#include "sk-edit.h"
#include "sk-view-util.h"

static void
added_done (SkView     *view,
            const char *title)
{
  SkCostsView *self = (SkCostsView *) view;
  SkCostModel *model = sk_costs_view_get_model (self);
  SkScenario *from = sk_costs_view_get_scenario (self);
  gboolean copy = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (view), "sk-scenario-copy"));
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  g_autofree char *message = NULL;
  gboolean done;

  if (model == NULL)
    return;
  if (copy && from != NULL)
    done = sk_edit_copy_scenario (sk_view_get_history (view), sk_view_get_project (view), model->id, from->id, title,
                                  &id, &error);
  else
    done = sk_edit_add_scenario (sk_view_get_history (view), sk_view_get_project (view), model->id, title, &id,
                                 &error);
  if (!done)
    {
      sk_costs_view_refused (self, error);
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "costs.show-scenario", "s", id ? id : "");
  /* Translators: %s is the scenario's name */
  message = g_strdup_printf (_("Scenario “%s” added; changes here leave the papers as they are"), title);
  sk_view_toast (view, message, TRUE);
}

static void
renamed_done (SkView     *view,
              const char *title)
{
  SkCostsView *self = (SkCostsView *) view;
  SkScenario *s = sk_costs_view_get_scenario (self);
  g_autoptr(GError) error = NULL;

  if (s == NULL)
    return;
  if (!sk_edit_set_cost_title (sk_view_get_history (view), sk_view_get_project (view),
                               sk_costs_view_get_model (self)->id, s->id, title, &error))
    sk_costs_view_refused (self, error);
}

static void
scenario_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *parameter)
{
  SkCostsView *self = (SkCostsView *) widget;
  SkView *view = SK_VIEW (widget);
  SkCostModel *model = sk_costs_view_get_model (self);
  SkScenario *s = sk_costs_view_get_scenario (self);

  if (model == NULL || sk_view_get_project (view) == NULL)
    return;
  if (g_str_equal (name, "scenario.new") || g_str_equal (name, "scenario.copy"))
    {
      gboolean copy = g_str_equal (name, "scenario.copy") && s != NULL;
      g_autofree char *initial = copy ? g_strdup_printf (_("Copy of %s"), s->title) : NULL;

      g_object_set_data (G_OBJECT (widget), "sk-scenario-copy", GINT_TO_POINTER (copy));
      sk_view_ask_title (view, _("New Scenario"),
                         copy ? _("The new scenario starts as a copy of the one shown. Its changes leave "
                                  "the papers and the other scenarios as they are.")
                              : _("The new scenario starts as the model as prepared, with an equal part "
                                  "and criteria of its own. Its changes leave the papers as they are."),
                         _("Name, such as “75 % by population”"), initial, _("_Add"), added_done);
    }
  else if (g_str_equal (name, "scenario.rename") && s != NULL)
    sk_view_ask_title (view, _("Rename the Scenario"), NULL, _("Name"), s->title, _("_Rename"), renamed_done);
  else if (g_str_equal (name, "scenario.delete") && s != NULL)
    {
      /* Translators: %s is the scenario's name */
      g_autofree char *message = g_strdup_printf (_("Scenario “%s” deleted"), s->title);
      g_autoptr(GError) error = NULL;

      if (!sk_edit_remove_scenario (sk_view_get_history (view), sk_view_get_project (view), model->id, s->id,
                                    &error))
        {
          sk_costs_view_refused (self, error);
          return;
        }
      gtk_widget_activate_action (GTK_WIDGET (self), "costs.show-scenario", "s", "");
      sk_view_toast (view, message, TRUE);
    }
}

void
sk_costs_scenarios_install (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "scenario.new", NULL, scenario_action);
  gtk_widget_class_install_action (widget_class, "scenario.copy", NULL, scenario_action);
  gtk_widget_class_install_action (widget_class, "scenario.rename", NULL, scenario_action);
  gtk_widget_class_install_action (widget_class, "scenario.delete", NULL, scenario_action);
}

void
sk_costs_scenarios_add_menu (SkCostsView *self,
                             GMenu       *menu)
{
  g_autoptr(GMenu) section = g_menu_new ();

  g_menu_append (section, _("New Scenario…"), "scenario.new");
  if (sk_costs_view_get_scenario (self) != NULL)
    {
      g_menu_append (section, _("Copy This Scenario…"), "scenario.copy");
      g_menu_append (section, _("Rename the Scenario…"), "scenario.rename");
      g_menu_append (section, _("Delete the Scenario"), "scenario.delete");
    }
  g_menu_prepend_section (menu, NULL, G_MENU_MODEL (section));
}

GtkWidget *
sk_costs_scenarios_note_new (SkCostsView *self)
{
  /* A grid, not a box: a horizontal box asks a wrapping label for its
   * width at the height it is given, on every allocation, and the label
   * answers with a search over widths, each a layout of the sentence. */
  GtkWidget *box = gtk_grid_new ();
  GtkWidget *text = sk_sentence_new (_("This is the model in the board papers: a change here changes "
                                       "the papers (Ctrl+Z takes it back). For a what-if, make a new scenario."),
                                     "dim-label");
  GtkWidget *button = gtk_button_new_with_mnemonic (_("New _Scenario…"));

  /* Between words only (none is long): at any character its narrowest
   * width is laid out a character a line. */
  gtk_label_set_wrap_mode (GTK_LABEL (text), PANGO_WRAP_WORD);

  gtk_widget_set_hexpand (text, TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "scenario.new");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_grid_set_column_spacing (GTK_GRID (box), 12);
  gtk_grid_attach (GTK_GRID (box), text, 0, 0, 1, 1);
  gtk_grid_attach (GTK_GRID (box), button, 1, 0, 1, 1);
  gtk_widget_add_css_class (box, "sk-papers-note");
  return box;
}
