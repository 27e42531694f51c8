/* sk-board-dialogs.h — the dialogs of the Board page: adding a body,
 * adding or editing a member with its personal deputies, and a numbered
 * deputy
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-history.h"
#include "sk-project.h"

G_BEGIN_DECLS

/* The history that the page's edits go to (NULL without a document). */
SkHistory *sk_board_history        (SkProject  *project);
/* Shows `message` as a toast in the preferences window of `widget`. */
void       sk_board_toast          (GtkWidget  *widget,
                                    const char *message);

/* Each is modal over the window of `page`, and edits the project with
 * one step of undo when its main response is chosen. */
void       sk_board_body_dialog    (GtkWidget  *page,
                                    SkProject  *project);
/* `member_id` NULL adds a member. */
void       sk_board_member_dialog  (GtkWidget  *page,
                                    SkProject  *project,
                                    const char *body_id,
                                    const char *member_id);
/* `deputy_id` NULL adds the next numbered deputy. */
void       sk_board_deputy_dialog  (GtkWidget  *page,
                                    SkProject  *project,
                                    const char *body_id,
                                    const char *deputy_id);

G_END_DECLS
