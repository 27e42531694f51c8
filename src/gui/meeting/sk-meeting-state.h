/* sk-meeting-state.h — where a meeting in meeting mode stands, observed
 *
 * The item on the screen, the time spent on each item and its tick, and
 * the what-if being tried: one object that the presentation and the
 * chair's console both watch (notify::position, ::tick, ::items-changed,
 * notify::sandbox, notify::linked) and both act on.  It starts from the
 * project's SkMeetingSession (sk-meeting-session.h) and writes back to it
 * (sk_meeting_state_save (), and when it goes), so meeting mode left by
 * mistake resumes where it stopped.  No widgets: tested without a window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_MEETING_STATE (sk_meeting_state_get_type ())

G_DECLARE_FINAL_TYPE (SkMeetingState, sk_meeting_state, SK, MEETING_STATE, GObject)

/* The state of `meeting_id` in `project`, resumed from its session.  The
 * timer of the item shown runs from now; ::tick comes every second. */
SkMeetingState *sk_meeting_state_new          (SkProject      *project,
                                               const char     *meeting_id);
SkProject      *sk_meeting_state_get_project  (SkMeetingState *self);
const char     *sk_meeting_state_get_meeting_id (SkMeetingState *self);
SkMeeting      *sk_meeting_state_get_meeting  (SkMeetingState *self);
/* Where the session of `meeting_id` of the project in `project_file` is
 * kept outside the project (the user's state folder), so that meeting
 * mode resumes after the program ended or crashed. */
GFile          *sk_meeting_state_store_for    (GFile          *project_file,
                                               const char     *meeting_id);
/* How long a kept session is taken back: a meeting's day. */
#define SK_MEETING_STATE_KEPT (12 * G_TIME_SPAN_HOUR)
/* Keeps the session in `store` from now on (written when the item shown
 * changes, every half minute, and at the end); and, if meeting mode had
 * not been in this meeting while the project was open, resumes from what
 * `store` kept, if saved within SK_MEETING_STATE_KEPT.  TRUE if it
 * resumed (notify::position and ::tick were emitted). */
gboolean        sk_meeting_state_keep_in      (SkMeetingState *self,
                                               GFile          *store);
/* Whether the session had been started before this state was made. */
gboolean        sk_meeting_state_get_resumed  (SkMeetingState *self);

/* The position of the item shown ("position"), and that item (NULL in a
 * meeting without items).  Setting it clamps to the meeting's items;
 * notifies once when it changes. */
guint           sk_meeting_state_get_position (SkMeetingState *self);
void            sk_meeting_state_set_position (SkMeetingState *self,
                                               guint           position);
SkItem         *sk_meeting_state_get_item     (SkMeetingState *self);
/* Microseconds spent on the item at `position`; the shown one's grows. */
gint64          sk_meeting_state_get_elapsed  (SkMeetingState *self,
                                               guint           position);
/* From the first item, every timer at 0, the session forgotten. */
void            sk_meeting_state_restart      (SkMeetingState *self);
/* Into the project's session, for the next time. */
void            sk_meeting_state_save         (SkMeetingState *self);

/* The what-if copy of the project ("sandbox"), NULL when none is tried;
 * and the title of the matrix, cost model or timeline of it that is on
 * the screen ("linked"), NULL while the item is. */
SkProject      *sk_meeting_state_get_sandbox  (SkMeetingState *self);
void            sk_meeting_state_set_sandbox  (SkMeetingState *self,
                                               SkProject      *sandbox);
const char     *sk_meeting_state_get_linked   (SkMeetingState *self);
void            sk_meeting_state_set_linked   (SkMeetingState *self,
                                               const char     *title);

/* The texts of the time, for both windows: the clock ("10:42"), the
 * timer ("3:05 of 10 minutes"; NULL with no item), whether the item is
 * over its time, and where the meeting stands against its plan (only on
 * the meeting's day; else NULL). */
void            sk_meeting_state_describe_time (SkMeetingState *self,
                                                char          **clock,
                                                char          **timer,
                                                gboolean       *over,
                                                char          **schedule);

G_END_DECLS
