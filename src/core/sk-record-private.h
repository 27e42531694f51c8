/* sk-record-private.h — reading the record's members, for sk-record*.c
 * and sk-edit-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-record.h"

G_BEGIN_DECLS

/* A member of `o` (may be NULL) of the type asked, or NULL / FALSE. */
const char *_sk_json_string  (JsonObject *o,
                              const char *name);
gboolean    _sk_json_int     (JsonObject *o,
                              const char *name,
                              gint64     *value);
JsonArray  *_sk_json_array   (JsonObject *o,
                              const char *name);
JsonObject *_sk_json_object  (JsonObject *o,
                              const char *name);
/* Element `i` of `a` if it is an object, else NULL. */
JsonObject *_sk_json_element (JsonArray  *a,
                              guint       i);

SkBody     *_sk_body_read    (JsonObject *o);
/* The attendance in a meeting's `extra` (SkAttendance), as
 * sk_meeting_get_attendance () reads it. */
GPtrArray  *_sk_attendance_read (JsonObject *extra);
void        _sk_vote_read    (JsonObject *o,
                              SkVote     *vote);

/* What sk_record_quorum () reads of a meeting, read once for all its
 * cases; `body` (kept by the caller) is the meeting's, or NULL to read
 * it here. */
typedef struct _SkQuorumTables SkQuorumTables;
SkQuorumTables *_sk_quorum_tables_new  (SkProject            *project,
                                        const SkMeeting      *meeting,
                                        const SkBody         *body);
void            _sk_quorum_tables_free (SkQuorumTables       *t);
gboolean        _sk_quorum_count       (const SkQuorumTables *t,
                                        const SkMeeting      *meeting,
                                        guint                 index,
                                        int                  *present,
                                        int                  *members,
                                        gboolean             *quorate);
/* Who holds a seat in case `index` before any is disqualified in it (ids
 * of members, and of deputies who attend for one), or NULL when
 * _sk_quorum_count () knows nothing. */
GPtrArray      *_sk_quorum_seated      (const SkQuorumTables *t,
                                        const SkMeeting      *meeting,
                                        guint                 index);

/* Whether a change keeps the record's rules: `trial` (data, TRUE) makes
 * it in place, without signals, and (data, FALSE) takes it back; FALSE
 * with the first new problem, path and sentence, in `error`. */
typedef void (*SkRecordTrial) (gpointer data,
                               gboolean apply);
gboolean    _sk_record_trial (SkProject     *project,
                              SkRecordTrial  trial,
                              gpointer       data,
                              GError       **error);
/* The same for a change that puts `candidate` in `slot` (a record's
 * extra, a string field). */
gboolean    _sk_record_trial_pointer (SkProject  *project,
                                      gpointer   *slot,
                                      gpointer    candidate,
                                      GError    **error);
/* The same for taking element `at` out of `list` (an item, a
 * municipality that the record names). */
gboolean    _sk_record_trial_remove  (SkProject  *project,
                                      GPtrArray  *list,
                                      guint       at,
                                      GError    **error);
gboolean    _sk_record_trial_move    (SkProject  *project,
                                      GPtrArray  *list,
                                      guint       from,
                                      guint       to,
                                      GError    **error);

/* Each numbered case of `meeting`'s body and year in one series (the
 * orientation cases' or the others', which are numbered apart): `func`
 * gets its meeting, item and number, and ends the walk with FALSE (then
 * this returns FALSE). */
typedef gboolean (*SkCaseFunc) (const SkMeeting *meeting,
                                const SkItem    *item,
                                gint64           number,
                                gpointer         data);
gboolean    _sk_record_foreach_case  (SkProject       *project,
                                      const SkMeeting *meeting,
                                      gboolean         orientation,
                                      SkCaseFunc       func,
                                      gpointer         data);

G_END_DECLS
