/* sk-font-warmup.h — the first window's fonts, made ready in a thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void sk_font_warmup_begin  (const char *chart_font);
void sk_font_warmup_start  (void);
void sk_font_warmup_finish (void);

G_END_DECLS
