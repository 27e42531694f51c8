/* sk-undo-menu.c — Undo and Redo named by the history, enabled when
 * there is something to undo or redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-undo-menu"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-problem.h"
#include "sk-undo-menu.h"

/* The longest a quoted name stays in the menu, in characters. */
#define NAME_CHARS 40

/* A step's label as a menu item shows it: a long title cut short inside
 * its quotes, so that the menu does not grow as wide as the screen (and
 * past a window on half of it), and the title's underscores doubled, so
 * that "budsjett_2026" is not read as an access key. */
static char *
menu_text (const char *label)
{
  g_autofree char *shorter = sk_elide_quoted (label, NAME_CHARS);
  g_auto(GStrv) parts = g_strsplit (shorter, "_", -1);

  return g_strjoinv ("__", parts);
}

static char *
undo_text (const char *label)
{
  g_autofree char *text = label ? menu_text (label) : NULL;

  /* Translators: in the main menu; %s is what is undone, as "Change Weight «Nærleik»" */
  return text ? g_strdup_printf (_("_Undo %s"), text) : NULL;
}

static char *
redo_text (const char *label)
{
  g_autofree char *text = label ? menu_text (label) : NULL;

  /* Translators: in the main menu; %s is what is redone, as "Change Weight «Nærleik»" */
  return text ? g_strdup_printf (_("_Redo %s"), text) : NULL;
}

void
sk_undo_menu_update (GtkWidget  *widget,
                     const char *prefix,
                     GMenu      *section,
                     SkHistory  *history)
{
  g_autofree char *undo_item = undo_text (sk_history_get_undo_label (history));
  g_autofree char *redo_item = redo_text (sk_history_get_redo_label (history));
  g_autofree char *undo = g_strconcat (prefix, ".undo", NULL);
  g_autofree char *redo = g_strconcat (prefix, ".redo", NULL);

  gtk_widget_action_set_enabled (widget, undo, sk_history_get_can_undo (history));
  gtk_widget_action_set_enabled (widget, redo, sk_history_get_can_redo (history));
  g_menu_remove_all (section);
  g_menu_append (section, undo_item ? undo_item : _("_Undo"), undo);
  g_menu_append (section, redo_item ? redo_item : _("_Redo"), redo);
}
