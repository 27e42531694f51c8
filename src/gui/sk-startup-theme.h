/* sk-startup-theme.h — a start that does not read GTK's own theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void sk_startup_theme_begin (void);
void sk_startup_theme_end   (void);

G_END_DECLS
