/* sk-presenter-private.h — what meeting mode's two windows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-presenter.h"

G_BEGIN_DECLS

/* Labels and framed texts in meeting mode's style. */
GtkWidget *sk_presenter_label_new      (const char  *css_class,
                                        gboolean     wrap);
GtkWidget *sk_presenter_framed         (const char  *heading,
                                        GtkLabel   **text_out);
/* The meeting's items, "7. Felles barnevern i Sogn", as rows. */
void       sk_presenter_fill_item_list (GtkListBox  *list,
                                        SkMeeting   *meeting);
/* Meeting mode's keys (a presenter's clicker, Esc, Ctrl+D…) on a window
 * with the "mm" actions, ahead of its focused widget. */
void       sk_presenter_add_shortcuts  (GtkWidget   *window);

G_END_DECLS
