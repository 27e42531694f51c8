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

/* An id of the form "<stem>-N" that no record of `list` has yet; every
 * record type starts with its id. */
char      *sk_unique_id            (GPtrArray       *list,
                                    const char      *stem);
SkItem    *sk_item_copy            (const SkItem    *item);

/* The next meeting of the same body: the date `days` later, with copies
 * of the formal items (opening, approval of the notice …). */
SkMeeting *sk_meeting_next_from    (const SkMeeting *meeting,
                                    GPtrArray       *meetings,
                                    int              days);

/* Whether a plan entry belongs to a meeting: named by it, or due in the
 * meeting's month or quarter. */
gboolean   sk_plan_entry_is_for    (const SkPlanEntry *entry,
                                    const SkMeeting   *meeting);

G_END_DECLS
