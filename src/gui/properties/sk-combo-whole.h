/* sk-combo-whole.h — a combo row of strings that shows each choice whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* libadwaita's combo row cuts a choice longer than 20 characters ("Som
 * prosjektet (Nynor…"), in the row and in its list.  This gives `row`
 * (of a GtkStringList) labels that take the room the choice needs: in
 * the row, cut only where the row has no more; in the list, whole, the
 * chosen one with a check mark. */
void sk_combo_row_show_whole (AdwComboRow *row);

G_END_DECLS
