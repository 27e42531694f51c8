/* press-alt.h — Alt+Up and Alt+Down on an agenda row, through the
 * shortcut of its list (the tests of the window and the benchmarks)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void press_alt (GtkWidget *focus,
                guint      keyval);

G_END_DECLS
