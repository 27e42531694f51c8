/* sk-calendar.h — ISO weeks and Norwegian public holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Easter Sunday of `year` (Gregorian), as a julian day of GDate. */
guint32      sk_easter_sunday      (int       year);

/* The translated name of the public holiday on `julian`, or NULL.
 * Norway: 1 January, Maundy Thursday, Good Friday, Easter Sunday and
 * Monday, 1 May, 17 May, Ascension Day, Whit Sunday and Monday, and
 * 25 and 26 December. */
const char  *sk_holiday_name       (guint32   julian);

/* Saturday or Sunday */
gboolean     sk_is_weekend         (guint32   julian);

/* ISO 8601 week number (1–53) and its year, which differs from the
 * calendar year around New Year. */
guint        sk_iso_week           (guint32   julian,
                                    int      *iso_year);

/* "week 44", "veke 44", "uke 44" */
char        *sk_format_week        (guint     week);

G_END_DECLS
