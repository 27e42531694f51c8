/* sk-meeting-console.h — the chair's window in meeting mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-presenter.h"

G_BEGIN_DECLS

#define SK_TYPE_MEETING_CONSOLE (sk_meeting_console_get_type ())

G_DECLARE_FINAL_TYPE (SkMeetingConsole, sk_meeting_console, SK, MEETING_CONSOLE, AdwWindow)

/* The console of `presenter`, with `meeting`'s items to jump to. */
SkMeetingConsole *sk_meeting_console_new          (SkPresenter      *presenter,
                                                   SkMeeting        *meeting);
void              sk_meeting_console_show_item    (SkMeetingConsole *self,
                                                   guint             position,
                                                   const char       *heading,
                                                   const char       *proposal,
                                                   const char       *decision);
/* The item after it; a NULL heading: the end of the agenda. */
void              sk_meeting_console_show_next    (SkMeetingConsole *self,
                                                   const char       *heading,
                                                   const char       *meta);
void              sk_meeting_console_set_controls (SkMeetingConsole *self,
                                                   gboolean          can_record,
                                                   gboolean          can_edit,
                                                   gboolean          has_previous,
                                                   gboolean          has_next);
void              sk_meeting_console_set_time     (SkMeetingConsole *self,
                                                   const char       *clock,
                                                   const char       *timer,
                                                   gboolean          over,
                                                   const char       *schedule);
/* The title of the matrix or cost model on the screen; NULL: the item. */
void              sk_meeting_console_set_linked   (SkMeetingConsole *self,
                                                   const char       *title);
/* Where the presentation puts the item's link buttons. */
GtkFlowBox       *sk_meeting_console_get_links    (SkMeetingConsole *self);
/* A toast for the chair; its button's "mm." action is the presentation's. */
void              sk_meeting_console_add_toast    (SkMeetingConsole *self,
                                                   AdwToast         *toast);
/* The agenda list focused on the item shown: "All items" (O). */
void              sk_meeting_console_focus_agenda (SkMeetingConsole *self,
                                                   guint             position);

/* Off while the attendance is taken: the clicker's keys are then the
 * attendance page's (sk-presenter-record.c). */
void              sk_meeting_console_set_moving   (SkMeetingConsole *self,
                                                   gboolean          enabled);

G_END_DECLS
