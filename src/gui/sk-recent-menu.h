/* sk-recent-menu.h — the projects opened lately, in the main menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* `file` was opened or saved in `window`: first among the recent files,
 * and the one the application opens next time. */
void sk_recent_menu_remember (GtkWindow *window,
                              GFile     *file);
/* `menu` lists the newest Sakskart projects ("win.open-uri"). */
void sk_recent_menu_rebuild  (GMenu     *menu);

G_END_DECLS
