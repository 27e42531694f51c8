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

/* The console of `presenter`: it shows where the meeting stands by
 * watching `state` (the item, its timer, the what-if on the screen, the
 * papers' changes), with the meeting's items to jump to. */
SkMeetingConsole *sk_meeting_console_new          (SkPresenter      *presenter,
                                                   SkMeetingState   *state);
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
