/* sk-ical.h — meetings as iCalendar (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

/* Every meeting (of `year`, or all when year is 0) as a VEVENT in
 * Europe/Oslo time with a VTIMEZONE; all-day when a meeting has no start
 * time.  CRLF line ends, lines folded at 75 octets. */
char *sk_ical_from_project (SkProject *project,
                            int        year);

G_END_DECLS
