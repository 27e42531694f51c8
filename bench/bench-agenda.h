/* bench-agenda.h — a meeting of 200 items in a project, and Alt+Down
 * on a row of its agenda, for bench-agenda.c and profile-agenda.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-application.h"
#include "sk-window.h"
#include "bench-frames.h"

#define N_ITEMS 200

/* The project: meeting "m" with N_ITEMS items, each with its case text. */
G_GNUC_UNUSED static char *
make_project (void)
{
  GString *json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"Bench\",\"municipalities\":[],"
                                "\"meetings\":[{\"id\":\"m\",\"body\":\"Styret\",\"date\":\"2026-02-10\","
                                "\"start_time\":\"09:00\",\"items\":[");

  for (int i = 0; i < N_ITEMS; i++)
    g_string_append_printf (json, "%s{\"id\":\"i%d\",\"title\":\"Sak %d om felles tenester i regionen\","
                            "\"kind\":\"decision\",\"duration_min\":5,\"presenter\":\"Administrasjonen\","
                            "\"body\":\"Saksframstilling for sak %d. Styret har tidlegare drøfta saka.\\n\\n"
                            "• Første punkt i saka\\n• Andre punkt i saka\\n\\nAdministrasjonen tilrår at styret "
                            "gjer vedtak i samsvar med framlegget.\","
                            "\"proposal\":\"Styret sluttar seg til tilrådinga i sak %d.\"}",
                            i ? "," : "", i, i + 1, i + 1, i + 1);
  g_string_append (json, "]}]}");
  return g_string_free (json, FALSE);
}

/* The first item row shown. */
G_GNUC_UNUSED static GtkWidget *
find_row (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX_ROW (c) && g_object_get_data (G_OBJECT (c), "sk-item-row") && gtk_widget_get_mapped (c))
        return c;
      if ((found = find_row (c)) != NULL)
        return found;
    }
  return NULL;
}

/* Alt+Down on the row, through the list's shortcut. */
G_GNUC_UNUSED static void
press_alt_down (GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  GListModel *controllers = gtk_widget_observe_controllers (list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (c)); k++)
        {
          g_autoptr(GtkShortcut) sc = g_list_model_get_item (G_LIST_MODEL (c), k);
          GtkShortcutTrigger *t = gtk_shortcut_get_trigger (sc);

          /* Alt+Down only, as the key does: not the list's own Down
           * bindings (the cursor moved on by more rows). */
          if (GTK_IS_KEYVAL_TRIGGER (t) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (t)) == GDK_KEY_Down &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (t)) == GDK_ALT_MASK)
            gtk_shortcut_action_activate (gtk_shortcut_get_action (sc), 0, list, gtk_shortcut_get_arguments (sc));
        }
    }
  g_object_unref (controllers);
}

/* A window with the project of make_project () saved in `file`, shown
 * with its agenda. */
G_GNUC_UNUSED static SkWindow *
bench_agenda_window (GFile *file)
{
  SkApplication *app = sk_application_new ();
  SkWindow *window;

  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_hold (G_APPLICATION (app));
  window = sk_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  sk_window_open_file (window, file, FALSE);
  for (int i = 0; i < 400 && sk_project_find_meeting (sk_window_get_project (window), "m") == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  drain ();
  return window;
}
