/* sk-item-public.h — whether an agenda item and each of its attachments
 * are open to the public
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-view.h"

G_BEGIN_DECLS

#define SK_TYPE_ITEM_PUBLIC (sk_item_public_get_type ())

G_DECLARE_FINAL_TYPE (SkItemPublic, sk_item_public, SK, ITEM_PUBLIC, GtkBox)

/* For the item `item_id` of the meeting `meeting_id` shown in `view`,
 * whose history its edits go to. */
GtkWidget  *sk_item_public_new         (SkView        *view,
                                        const char    *meeting_id,
                                        const char    *item_id);
const char *sk_item_public_get_item_id (SkItemPublic  *self);
/* Shows what is closed now of `item`. */
void        sk_item_public_update      (SkItemPublic  *self,
                                        SkItem        *item);

G_END_DECLS
