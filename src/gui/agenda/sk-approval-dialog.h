/* sk-approval-dialog.h — "Approval of the Minutes": how a meeting's
 * minutes are approved, at the next meeting or signed by members or
 * deputies of its body, chosen from the agenda's meeting menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-view.h"

G_BEGIN_DECLS

#define SK_TYPE_APPROVAL_DIALOG (sk_approval_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SkApprovalDialog, sk_approval_dialog, SK, APPROVAL_DIALOG, AdwMessageDialog)

/* The dialog for the meeting `meeting_id` of `view`'s project, modal over
 * its window.  Saved, the choice is one step of undo in the view's
 * history; a refused one is told in a toast of the view. */
GtkWidget *sk_approval_dialog_new      (SkView     *view,
                                        const char *meeting_id);
/* "Approval of the Minutes…" in `papers`, a section of the meeting menu
 * of the agenda view `view`, for the meeting it shows. */
void       sk_approval_dialog_add_menu (GMenu      *papers,
                                        SkView     *view);

G_END_DECLS
