/* sk-date.h — calendar dates and clock times of the project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_DATE_MIN_YEAR 1900
#define SK_DATE_MAX_YEAR 2200

gboolean sk_date_parse      (const char *text,
                             GDate      *date);
guint32  sk_date_julian     (const char *text);
gboolean sk_time_parse      (const char *text,
                             int        *minutes);
gboolean sk_due_is_valid    (const char *text);
char    *sk_time_format_hm  (int         minutes);
char    *sk_date_from_input (const char *text);
const char *sk_date_input_problem (const char *text);
char    *sk_time_from_input (const char *text);
char    *sk_due_from_input  (const char *text);

G_END_DECLS
