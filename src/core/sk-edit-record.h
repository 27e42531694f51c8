/* sk-edit-record.h — editing the board's formal record: the written
 * language, bodies with their members and deputies, attendance, the
 * chair, disqualifications, proposals, votes, remarks, case numbers and
 * closed cases
 *
 * Like every edit (sk-edit.h): the rule the file's check asks is asked
 * first (sk-record.h), a refused edit changes nothing, and each edit is
 * one step of undo in `history` (may be NULL).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-history.h"
#include "sk-record.h"

G_BEGIN_DECLS

/* "nn", "nb", "en", or NULL to follow the interface. */
gboolean sk_edit_set_document_language (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *language,
                                        GError     **error);
/* Makes the body `id` or changes its name, case number pattern (may be
 * NULL) and written language (may be NULL). */
gboolean sk_edit_set_body              (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *id,
                                        const char  *name,
                                        const char  *pattern,
                                        const char  *language,
                                        GError     **error);
/* The pattern of the numbers of the body's orientation cases, a series
 * of their own ("OS {n}/{yy}"); NULL: they share the main series. */
gboolean sk_edit_set_orientation_pattern (SkHistory   *history,
                                          SkProject   *project,
                                          const char  *body_id,
                                          const char  *pattern,
                                          GError     **error);
/* Adds the member `member_id` to the body, or changes it. */
gboolean sk_edit_set_body_member       (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *body_id,
                                        const char  *member_id,
                                        const char  *name,
                                        SkRole       role,
                                        const char  *municipality,
                                        GError     **error);
/* Refused while a meeting's record names the member. */
gboolean sk_edit_remove_body_member    (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *body_id,
                                        const char  *member_id,
                                        GError     **error);
/* Adds or changes a deputy: a personal one of `member_id`, or with
 * `member_id` NULL, the next numbered deputy of the body. */
gboolean sk_edit_set_deputy            (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *body_id,
                                        const char  *member_id,
                                        const char  *deputy_id,
                                        const char  *name,
                                        const char  *municipality,
                                        GError     **error);
/* Takes the deputy `deputy_id` away, a personal or a numbered one;
 * refused while a meeting's record names them (attendance,
 * disqualification, chair, signing the minutes). */
gboolean sk_edit_remove_deputy         (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *body_id,
                                        const char  *deputy_id,
                                        GError     **error);
/* Takes the body away; refused while a meeting gives its name. */
gboolean sk_edit_remove_body           (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *body_id,
                                        GError     **error);
/* Renames the body and, in the same step, every meeting that gave its
 * old name as "body"; refused when another body has the name. */
gboolean sk_edit_rename_body           (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *body_id,
                                        const char  *name,
                                        GError     **error);

/* A member's attendance: present, or absent with notice and the deputy
 * who attended (may be NULL); who attended came at `arrived_from` and
 * left before `left_from` (item ids, may be NULL). */
gboolean sk_edit_set_attendance        (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *member_id,
                                        gboolean     present,
                                        const char  *deputy_id,
                                        const char  *arrived_from,
                                        const char  *left_from,
                                        GError     **error);
gboolean sk_edit_set_chair             (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *member_id,
                                        GError     **error);

/* The member (or deputy) disqualified in the item, on `ground`, and the
 * deputy who stepped in (may be NULL); again for the same member changes
 * it.  Removing takes it away. */
gboolean sk_edit_set_disqualification  (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *item_id,
                                        const char  *member_id,
                                        const char  *ground,
                                        const char  *deputy_id,
                                        GError     **error);
gboolean sk_edit_remove_disqualification (SkHistory   *history,
                                          SkProject   *project,
                                          const char  *meeting_id,
                                          const char  *item_id,
                                          const char  *member_id,
                                          GError     **error);

/* A proposal made in the meeting, by `by` ("Vik v/Kari Nordmann"); its
 * new id in `id_out` (may be NULL). */
gboolean sk_edit_add_proposal          (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *item_id,
                                        const char  *by,
                                        const char  *text,
                                        char       **id_out,
                                        GError     **error);
/* Takes the proposal and its vote away. */
gboolean sk_edit_remove_proposal       (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *item_id,
                                        const char  *proposal_id,
                                        GError     **error);
/* The vote on `vote->proposal` (SK_PROPOSAL_PREPARED or a proposal's
 * id), replacing one recorded before; refused when more vote than are
 * present in the case, or with a casting vote without a tie. */
gboolean sk_edit_record_vote           (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *item_id,
                                        const SkVote *vote,
                                        GError     **error);
/* A remark entered in the record (protokolltilførsel). */
gboolean sk_edit_add_remark            (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *item_id,
                                        const char  *by,
                                        const char  *text,
                                        GError     **error);

/* The papers are sent on `date`: each item without a case number gets
 * the next free one of the body and year, in agenda order.  Numbers
 * stay when the order changes. */
gboolean sk_edit_mark_papers_sent      (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *date,
                                        GError     **error);
/* How the minutes are approved: in the next meeting, or signed by
 * `signers` (ids of the body's members or deputies, at least one). */
gboolean sk_edit_set_minutes_approval  (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        SkApproval   approval,
                                        const char * const *signers,
                                        GError     **error);
/* The case closed to the public on `basis` (NULL: open). */
gboolean sk_edit_set_item_closed       (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *item_id,
                                        const char  *basis,
                                        GError     **error);
gboolean sk_edit_set_attachment_closed (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *meeting_id,
                                        const char  *item_id,
                                        guint        index,
                                        const char  *basis,
                                        GError     **error);

G_END_DECLS
