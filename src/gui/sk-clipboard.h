/* sk-clipboard.h — a table on the clipboard, as HTML and as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-export.h"

G_BEGIN_DECLS

/* Puts `table` on the widget's clipboard: text/html formatted for reading,
 * and tab-separated text/plain whose numbers a spreadsheet reads. */
void sk_clipboard_set_table (GtkWidget     *widget,
                             SkExportTable *table);

G_END_DECLS
