/* press-shortcut.h — keys pressed through a widget's shortcut controllers
 * (the tests of the window and the benchmarks)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs the shortcut of `widget`'s shortcut controllers whose trigger is
 * `keys` (as gtk_shortcut_trigger_parse_string () reads it, "<Control>z").
 * FALSE when none has it. */
gboolean press_shortcut (GtkWidget  *widget,
                         const char *keys);
/* Alt+Up or Alt+Down (`keyval`) on the agenda row that has the focus,
 * through the shortcut of its list. */
void     press_alt      (GtkWidget  *focus,
                         guint       keyval);

G_END_DECLS
