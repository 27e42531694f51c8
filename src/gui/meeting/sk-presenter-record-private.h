/* sk-presenter-record-private.h — what the record in meeting mode and
 * its dialogs share (sk-presenter-record.c, sk-presenter-record-dialogs.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-edit-record.h"
#include "sk-presenter-record.h"

G_BEGIN_DECLS

SkMeeting    *_sk_pr_meeting       (SkPresenterRecord *self);
SkItem       *_sk_pr_current_item  (SkPresenterRecord *self);
SkHistory    *_sk_pr_history       (SkPresenterRecord *self);
SkBody       *_sk_pr_get_body      (SkPresenterRecord *self);
GtkWindow    *_sk_pr_dialog_parent (SkPresenterRecord *self);
SkProject    *_sk_pr_project       (SkPresenterRecord *self);
const char   *_sk_pr_meeting_id    (SkPresenterRecord *self);
/* A refused edit, said on the case (NULL: none). */
void          _sk_pr_show_error    (SkPresenterRecord *self,
                                    const char        *message);
/* A member's or deputy's name, or the id. */
const char   *_sk_pr_person        (SkBody            *body,
                                    const char        *id);
const SkVote *_sk_pr_find_vote     (SkItemRecord      *record,
                                    const char        *proposal);

/* The dialogs (sk-presenter-record-dialogs.c), as the "mr" actions. */
void _sk_pr_disqualify_action (GSimpleAction *action, GVariant *param, SkPresenterRecord *self);
void _sk_pr_proposal_action   (GSimpleAction *action, GVariant *param, SkPresenterRecord *self);
void _sk_pr_remark_action     (GSimpleAction *action, GVariant *param, SkPresenterRecord *self);
void _sk_pr_vote_action       (GSimpleAction *action, GVariant *param, SkPresenterRecord *self);
/* The four as "mr." actions (disqualify, proposal, vote, remark): the
 * presentation hands them to sk_presenter_record_attach (), so the
 * record calls nothing of its dialogs. */
extern const GActionEntry _sk_pr_case_entries[];
extern const guint        _sk_pr_n_case_entries;

G_END_DECLS
