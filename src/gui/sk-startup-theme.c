/* sk-startup-theme.c — a start that does not read GTK's own theme
 *
 * GTK 4.8 reads the style sheet of its theme ("Default", GTK's Adwaita)
 * when its settings are made, at the first widget styled; libadwaita's
 * start then puts its own style sheets in its place and names GTK's
 * theme "Adwaita-empty", which holds nothing.  The first read, a sixth of
 * the main thread's work before the first window (80 M instructions,
 * bench/), was thrown away at every start.
 *
 * GTK takes the theme's name from GTK_THEME before its settings: set to
 * "Adwaita-empty" while GTK makes its settings, GTK reads the empty theme
 * only.  It is taken away again before libadwaita starts, which leaves
 * a theme named in GTK_THEME alone and then goes without its own style
 * sheets.  The window looks the same, pixel for pixel
 * (tests/test-startup-theme.c); a GTK_THEME the user set stays as it is,
 * and what GTK and libadwaita do with it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-startup-theme"

#include "config.h"

#include <gtk/gtk.h>

#include "sk-startup-theme.h"

/* libadwaita's name for GTK's theme while its own style sheets are in use */
#define EMPTY_THEME "Adwaita-empty"

static gboolean theme_set;

/**
 * sk_startup_theme_begin:
 *
 * Names GTK's theme for the start, unless the user named one.  Call it
 * first in main (), before any thread is started: it sets a variable
 * of the environment.
 */
void
sk_startup_theme_begin (void)
{
  if (theme_set || g_getenv ("GTK_THEME") != NULL)
    return;
  theme_set = g_setenv ("GTK_THEME", EMPTY_THEME, FALSE);
}

/**
 * sk_startup_theme_end:
 *
 * Makes GTK's settings (which read the theme) and takes the name away
 * again, for libadwaita's start and for the programs the application
 * starts.  Call it after gtk_init () and before libadwaita starts.
 *
 * The name is the last variable of the environment (g_setenv () adds a
 * new one at the end), so that taking it away moves no other: a thread
 * that reads the environment meanwhile finds each of the others.
 */
void
sk_startup_theme_end (void)
{
  if (!theme_set)
    return;
  gtk_settings_get_default ();
  g_unsetenv ("GTK_THEME");
  theme_set = FALSE;
}
