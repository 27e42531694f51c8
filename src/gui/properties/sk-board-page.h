/* sk-board-page.h — the Board page of the project's properties: the
 * written language of documents, and the bodies with their case number
 * pattern, language, members and deputies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_BOARD_PAGE (sk_board_page_get_type ())

G_DECLARE_FINAL_TYPE (SkBoardPage, sk_board_page, SK, BOARD_PAGE, AdwPreferencesPage)

/* The page edits `project` with undo in its document's history; the
 * Undo of its toasts asks `parent`'s win.undo. */
GtkWidget *sk_board_page_new (GtkWindow *parent,
                              SkProject *project);

G_END_DECLS
