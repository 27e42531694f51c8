/* sk-format.h — numbers, money, percentages and dates in the interface's (or a document's) language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Numbers are written as the language of the words around them: the
 * document's while one is in force (sk-doc-language.h), else that of the
 * interface's messages ("75.8%" in English, "75,8 %" in Norwegian,
 * whatever the locale).  Between sk_format_norwegian_push (TRUE) and its
 * pop they are Norwegian whatever the words, for a spreadsheet on a
 * Norwegian desktop; a push of FALSE changes nothing.  Pushes nest, per
 * thread. */
void        sk_format_norwegian_push (gboolean norwegian);
void        sk_format_norwegian_pop  (void);
/* The decimal sign numbers are now written with: "," or ".". */
const char *sk_format_decimal_sign   (void);


char *sk_format_integer  (gint64      value);
char *sk_format_kr       (gint64      value);
/* "—" for a value that is not finite. */
char *sk_format_decimal  (double      value,
                          int         decimals);
char *sk_format_percent  (double      value,
                          int         decimals);
char *sk_format_date     (const char *iso_date);
/* g_date_strftime () in UTF-8, with the month's name in the document's
 * language while one is in force (sk-doc-language.h); NULL on failure. */
char *sk_format_strftime (const char  *format,
                          const GDate *date);
char *sk_format_date_short (const char *iso_date);
/* A clock time as the locale writes it: "09:00", "09.00" in Norwegian. */
char *sk_format_time     (int         minutes);
/* "3. november 2025, kl. 09.00" (or the date alone without a time). */
char *sk_format_date_time (const char *iso_date,
                           const char *hh_mm);
/* A moment in unix seconds, in the local time zone, as
 * sk_format_date_time () writes it. */
char *sk_format_unix_time (gint64 unix_time);

/* A score or weight: whole numbers without decimals ("96"), others
 * with two ("96,50"). */
char *sk_format_score    (double      value);
/* Free text with no-break spaces where Norwegian typography keeps words
 * together: "§ 16-5", "20. oktober", "kl. 09.00", "25 %", "29 215 093 kr". */
char *sk_format_keep_together (const char *text);

/* A whole number of at most 15 digits as people write it, grouped in
 * threes by spaces (also no-break and narrow no-break spaces) and, when
 * `dot_groups`, by dots: "29 215 093", "29.215.093"; white space around
 * it is passed over.  FALSE for anything else ("26 50", "12.5"). */
gboolean sk_parse_grouped_integer (const char *text,
                                   gboolean    dot_groups,
                                   gint64     *out);

/* A name from the file as the views and sentences show it: at most
 * SK_NAME_SHOWN_CHARS characters, then "…" (newly allocated). */
#define SK_NAME_SHOWN_CHARS 48
char *sk_name_shown (const char *name);

G_END_DECLS
