/* sk-meeting-session.h — where meeting mode stands in a meeting
 *
 * The item shown and the time spent on each item, kept with the project
 * while it is open (not in the file), so that meeting mode left by
 * mistake resumes where it stopped.  Items are known by their ids: a
 * reordered or an undone agenda keeps its times.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

typedef struct _SkMeetingSession SkMeetingSession;

/* The session of `meeting_id` in `project`, made when first asked for;
 * owned by the project. */
SkMeetingSession *sk_meeting_session_get         (SkProject        *project,
                                                  const char       *meeting_id);
/* Whether meeting mode was in this meeting before: an item shown, or
 * time spent. */
gboolean          sk_meeting_session_is_started  (SkMeetingSession *self);
/* The position of the item shown in `meeting`; 0 when none is, or it
 * is gone. */
guint             sk_meeting_session_get_position (SkMeetingSession *self,
                                                   SkMeeting        *meeting);
void              sk_meeting_session_set_item     (SkMeetingSession *self,
                                                   const char       *item_id);
/* Microseconds spent on an item. */
gint64            sk_meeting_session_get_elapsed  (SkMeetingSession *self,
                                                   const char       *item_id);
void              sk_meeting_session_set_elapsed  (SkMeetingSession *self,
                                                   const char       *item_id,
                                                   gint64            us);
/* From the beginning: no item shown, every timer at 0. */
void              sk_meeting_session_reset        (SkMeetingSession *self);

/* The session as a small JSON text, to be kept outside the project (so
 * that meeting mode resumes after the program was ended or crashed):
 * { "meeting": id, "item": id or null, "elapsed_ms": { item id: ms },
 *   "saved": ISO 8601 time }, `now` as the time saved. */
char             *sk_meeting_session_to_data      (SkMeetingSession *self,
                                                   const char       *meeting_id,
                                                   GDateTime        *now);
/* Takes such a text into a session not started yet, if it is of
 * `meeting_id` and was saved at most `max_age` before `now`; FALSE (the
 * session as it was) for a session already started, another meeting, an
 * older or unreadable text. */
gboolean          sk_meeting_session_take_data    (SkMeetingSession *self,
                                                   const char       *meeting_id,
                                                   const char       *data,
                                                   gssize            length,
                                                   GDateTime        *now,
                                                   GTimeSpan         max_age);

G_END_DECLS
