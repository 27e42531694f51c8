/* sk-ical.h — meetings as iCalendar (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

/* Every meeting (of `year`, or all when year is 0) as a VEVENT in
 * Europe/Oslo time with a VTIMEZONE; all-day when a meeting has no start
 * time.  CRLF line ends, lines folded at 75 octets.  A meeting's UID is
 * its id and a digest of the organisation (or, without one, the
 * project's title), so it stays when the meeting moves and differs
 * between boards; its SEQUENCE is the meeting's `ical_sequence`
 * (docs/format-extensions.md). */
char *sk_ical_from_project     (SkProject *project,
                                int        year);

/* The meeting's UID, as above. */
char *sk_ical_meeting_uid      (SkProject       *project,
                                const SkMeeting *meeting);

/* How often the meeting's date, time, place or title was changed:
 * `ical_sequence`, 0 when absent. */
gint64 sk_ical_meeting_sequence (const SkMeeting *meeting);

/* Records such a change: `ical_sequence` goes up by one, so calendars
 * that have the meeting take the new version. */
void  sk_ical_meeting_revised  (SkMeeting *meeting);

G_END_DECLS
