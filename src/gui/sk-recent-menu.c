/* sk-recent-menu.c — the projects opened lately, in the main menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-app-settings.h"
#include "sk-recent-menu.h"

#define MIME_TYPE "application/x-sakskart+json"
#define MAX_RECENT 8

void
sk_recent_menu_remember (GtkWindow *window,
                         GFile     *file)
{
  GtkApplication *app = gtk_window_get_application (window);
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };
  char *groups[] = { (char *) "sakskart", NULL };
  GSettings *settings;

  data.display_name = NULL;
  data.mime_type = (char *) MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "sakskart %u";
  data.groups = groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);

  if ((settings = sk_app_settings (G_APPLICATION (app))) != NULL)
    g_settings_set_string (settings, "last-file", uri);
}

/* Newest first. */
static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  return g_date_time_compare (gtk_recent_info_get_modified ((GtkRecentInfo *) b),
                              gtk_recent_info_get_modified ((GtkRecentInfo *) a));
}

void
sk_recent_menu_rebuild (GMenu *menu)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  /* The manager lists files in the order they were first added. */
  items = g_list_sort (items, compare_recent);

  g_menu_remove_all (menu);
  for (GList *l = items; l && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_group (info, "sakskart") && !g_str_has_suffix (uri, ".sakskart"))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-uri", "s", uri);
      g_menu_append_item (menu, item);
      n++;
    }
  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Projects"), "win.none");

      g_menu_append_item (menu, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}
