/* bench-agenda.h — a meeting of 200 items in a project, and Alt+Down
 * on a row of its agenda, for bench-agenda.c and profile-agenda.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-application.h"
#include "sk-window.h"
#include "bench-frames.h"
#include "press-shortcut.h"

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
