/* sk-item-head.h — the head of an agenda item's editor: its case
 * number, who can vote in it, and its extract
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_ITEM_HEAD (sk_item_head_get_type ())

G_DECLARE_FINAL_TYPE (SkItemHead, sk_item_head, SK, ITEM_HEAD, GtkBox)

GtkWidget  *sk_item_head_new         (const char    *item_id);
const char *sk_item_head_get_item_id (SkItemHead  *self);
/* Shows the record of item `index` of `meeting`. */
void        sk_item_head_update      (SkItemHead  *self,
                                        SkProject     *project,
                                        SkMeeting     *meeting,
                                        guint          index);

G_END_DECLS
