/* press-shortcut.c — keys pressed through a widget's shortcut controllers,
 * for the tests of the window and the benchmarks (which do not link the
 * tests' helpers)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "press-shortcut.h"

gboolean
press_shortcut (GtkWidget  *widget,
                const char *keys)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (keys);

  g_return_val_if_fail (wanted != NULL, FALSE);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (controller)); k++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), k);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            return gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                 gtk_shortcut_get_arguments (shortcut));
        }
    }
  return FALSE;
}

void
press_alt (GtkWidget *focus,
           guint      keyval)
{
  g_autofree char *keys = g_strdup_printf ("<Alt>%s", gdk_keyval_name (keyval));

  press_shortcut (gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX), keys);
}
