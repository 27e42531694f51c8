/* sk-link-menu.c — "Link to…": a menu of the project's matrices, cost
 * models and timelines
 *
 * A menu, not a drop-down: choosing links, and selects nothing.  The menu
 * is made each time it opens, from the project as it is then; an entry
 * activates `action` with (kind, id) as "(us)".
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-link-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-link-menu.h"
#include "sk-view-util.h"

static void
link_menu_cb (GtkMenuButton *button,
              gpointer       user_data)
{
  SkView *view = SK_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (button), SK_TYPE_VIEW));
  const char *action = g_object_get_data (G_OBJECT (button), "sk-action");
  SkProject *project = view ? sk_view_get_project (view) : NULL;
  const char *headings[] = { _("Matrices"), _("Cost Models"), _("Timelines") };
  SkLinkKind kinds[] = { SK_LINK_MATRIX, SK_LINK_COST_MODEL, SK_LINK_TIMELINE };
  g_autoptr(GMenu) menu = g_menu_new ();

  if (project == NULL)
    return;
  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GPtrArray *records = k == 0 ? sk_project_get_matrices (project)
                         : k == 1 ? sk_project_get_cost_models (project)
                                  : sk_project_get_timelines (project);
      g_autoptr(GMenu) section = g_menu_new ();

      for (guint i = 0; i < records->len; i++)
        {
          /* Matrices, cost models and timelines start with their id and title. */
          char **record = g_ptr_array_index (records, i);
          g_autoptr(GMenuItem) entry = g_menu_item_new (record[1], NULL);

          g_menu_item_set_action_and_target_value (entry, action, g_variant_new ("(us)", kinds[k], record[0]));
          g_menu_append_item (section, entry);
        }
      if (records->len > 0)
        g_menu_append_section (menu, headings[k], G_MENU_MODEL (section));
    }
  gtk_menu_button_set_menu_model (button, G_MENU_MODEL (menu));
  sk_popover_keeps_page (gtk_menu_button_get_popover (button));
}

/* The button, for a widget inside `view` that has `action`. */
GtkWidget *
sk_link_menu_button_new (SkView     *view,
                         const char *action)
{
  GtkWidget *button = gtk_menu_button_new ();

  g_return_val_if_fail (SK_IS_VIEW (view), NULL);

  gtk_menu_button_set_label (GTK_MENU_BUTTON (button), _("_Link to…"));
  gtk_menu_button_set_use_underline (GTK_MENU_BUTTON (button), TRUE);
  g_object_set_data_full (G_OBJECT (button), "sk-action", g_strdup (action), g_free);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), link_menu_cb, NULL, NULL);
  gtk_widget_set_halign (button, GTK_ALIGN_START);
  return button;
}
