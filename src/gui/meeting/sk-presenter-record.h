/* sk-presenter-record.h — the board's formal record, kept in meeting mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-presenter.h"

G_BEGIN_DECLS

#define SK_TYPE_PRESENTER_RECORD (sk_presenter_record_get_type ())

G_DECLARE_FINAL_TYPE (SkPresenterRecord, sk_presenter_record, SK, PRESENTER_RECORD, GObject)

/* Puts the record on `presenter` (which keeps it): the case number over
 * `title`, the quorum and the case's record under the line after it,
 * the attendance as a page of `stack`, and the "mr" actions (attendance,
 * disqualify, proposal, vote, remark).  The attendance page comes first
 * when the meeting's body has members and no attendance is recorded. */
SkPresenterRecord *sk_presenter_record_attach (SkPresenter        *presenter,
                                               SkProject          *project,
                                               const char         *meeting_id,
                                               GtkStack           *stack,
                                               GtkWidget          *title,
                                               const GActionEntry *cases,
                                               guint               n_cases);
/* Again for the item shown (after a move, an edit or an undo). */
void               sk_presenter_record_show   (SkPresenterRecord *self);
/* A key pressed on the chair's console: the attendance page's while it
 * is up; TRUE when taken. */
gboolean           sk_presenter_record_handle_key (SkPresenterRecord *self,
                                                   guint              keyval,
                                                   GdkModifierType    state);

/* Whether the board can decide the case at `position` (kommunelova
 * § 11-9), in words: "7 of 7 present — the board can decide"; on the
 * presentation and the chair's console. */
char              *sk_presenter_record_quorum_text (SkProject *project,
                                                    SkMeeting *meeting,
                                                    guint      position,
                                                    gboolean  *quorate);

G_END_DECLS
