/* sk-attendance-page.h — who is at the meeting, taken at its start
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_ATTENDANCE_PAGE (sk_attendance_page_get_type ())

G_DECLARE_FINAL_TYPE (SkAttendancePage, sk_attendance_page, SK, ATTENDANCE_PAGE, GtkBox)

/* One row per member of the meeting's body: present, or absent with
 * notice and the deputy who attended; the chair.  Each change is an
 * edit (one step of undo).  "done" when the meeting starts (Enter). */
SkAttendancePage *sk_attendance_page_new      (SkProject        *project,
                                               const char       *meeting_id);
/* During the meeting: "came at" and "left before" the case `item_id`
 * can be set too; NULL at the start. */
void              sk_attendance_page_set_item (SkAttendancePage *self,
                                               const char       *item_id);
/* Again from the record (after an undo). */
void              sk_attendance_page_reload   (SkAttendancePage *self);
/* Before the meeting (absences notified, deputies called in): Enter and
 * the button say "Done" and record nothing more than what was set. */
void              sk_attendance_page_set_ahead (SkAttendancePage *self,
                                                gboolean          ahead);
/* The keyboard on the first (or the selected) row. */
void              sk_attendance_page_focus    (SkAttendancePage *self);
/* Records who is not yet recorded as present and the chair when none
 * is, then "done". */
void              sk_attendance_page_start    (SkAttendancePage *self);
/* The page's keys (↑ ↓, space, D, R, L, Enter, Esc), also when they are
 * pressed on the chair's console; TRUE when taken. */
gboolean          sk_attendance_page_handle_key (SkAttendancePage *self,
                                                 guint             keyval,
                                                 GdkModifierType   state);

G_END_DECLS
