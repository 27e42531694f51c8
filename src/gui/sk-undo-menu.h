/* sk-undo-menu.h — Undo and Redo named by the history, enabled when
 * there is something to undo or redo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-history.h"

G_BEGIN_DECLS

/* Enables `prefix`.undo and `prefix`.redo of `widget` from the history's
 * can-undo and can-redo, and fills `section` with the two items, named
 * from its labels: "Undo Change Weight «Nærleik til brukarane»". */
void sk_undo_menu_update (GtkWidget  *widget,
                          const char *prefix,
                          GMenu      *section,
                          SkHistory  *history);

G_END_DECLS
