/* sk-app-settings.c — the application's settings, for the windows
 *
 * The application (sk-application.c) makes the windows; they read its
 * settings through its "settings" property, so that nothing below it
 * calls it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-app-settings.h"

/* The settings of `app` (SkApplication:settings), or NULL when `app` is
 * NULL or has none (another application). */
GSettings *
sk_app_settings (GApplication *app)
{
  GParamSpec *pspec;
  GSettings *settings = NULL;

  if (app == NULL)
    return NULL;
  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (app), "settings");
  if (pspec == NULL || pspec->value_type != G_TYPE_SETTINGS)
    return NULL;
  g_object_get (app, "settings", &settings, NULL);
  /* The application keeps it. */
  g_object_unref (settings);
  return settings;
}
