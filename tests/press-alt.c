/* press-alt.c — Alt+Up and Alt+Down on an agenda row, for the tests of
 * the window and the benchmarks (which do not link the tests' helpers)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "press-alt.h"

/* Alt+Up or Alt+Down (`keyval`) on the agenda row that has the focus,
 * through the shortcut of its list. */
void
press_alt (GtkWidget *focus,
           guint      keyval)
{
  GtkWidget *list = gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX);
  GListModel *controllers = gtk_widget_observe_controllers (list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (c)); k++)
        {
          g_autoptr(GtkShortcut) sc = g_list_model_get_item (G_LIST_MODEL (c), k);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (sc);

          if (GTK_IS_KEYVAL_TRIGGER (trigger) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == GDK_ALT_MASK)
            gtk_shortcut_action_activate (gtk_shortcut_get_action (sc), 0, list, gtk_shortcut_get_arguments (sc));
        }
    }
  g_object_unref (controllers);
}
