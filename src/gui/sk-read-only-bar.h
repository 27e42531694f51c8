/* sk-read-only-bar.h — the bar over a project opened read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_READ_ONLY_BAR (sk_read_only_bar_get_type ())
G_DECLARE_FINAL_TYPE (SkReadOnlyBar, sk_read_only_bar, SK, READ_ONLY_BAR, GtkWidget)

/* Says, for as long as `document` is read-only (someone else had it
 * open), that it is, and offers "Open for Editing": the document takes
 * over the file if their lock is gone, else the bar says who has it. */
GtkWidget *sk_read_only_bar_new          (void);
void       sk_read_only_bar_set_document (SkReadOnlyBar *self,
                                          SkDocument    *document);

G_END_DECLS
