/* sk-agenda.h — numbering and clock times of a meeting's agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-model.h"

G_BEGIN_DECLS

/* The number shown for item `index`: its own number, or its position. */
char    *sk_meeting_item_number (const SkMeeting *meeting,
                                 guint            index);

/* Start of each item in minutes after midnight, and the end of the meeting,
 * from start_time and the planned minutes.  Returns FALSE when the meeting
 * has no (valid) start time.  `starts` receives meeting->items->len values;
 * an item after one without planned minutes still gets the time that
 * follows from the others. */
gboolean sk_meeting_item_times  (const SkMeeting *meeting,
                                 int             *starts,
                                 int             *end);

G_END_DECLS
