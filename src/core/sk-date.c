/* sk-date.c — calendar dates and clock times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-date"

#include "config.h"

#include <string.h>

#include "sk-date.h"
#include "sk-i18n.h"

static gboolean
digits (const char *s,
        guint       n,
        int        *out)
{
  int v = 0;

  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (s[i]))
        return FALSE;
      v = v * 10 + (s[i] - '0');
    }
  *out = v;
  return TRUE;
}

gboolean
sk_date_parse (const char *text,
               GDate      *date)
{
  int y, m, d;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  if (!digits (text, 4, &y) || !digits (text + 5, 2, &m) || !digits (text + 8, 2, &d))
    return FALSE;
  if (y < SK_DATE_MIN_YEAR || y > SK_DATE_MAX_YEAR)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  if (date)
    g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/* The day number of a date of the file, as g_date_get_julian () gives
 * it (1 January of year 1 is day 1), or 0 when sk_date_parse () would
 * refuse it: reckoned, not through a GDate (the timeline asks for the
 * dates of thousands of tasks at a time). */
guint32
sk_date_julian (const char *text)
{
  static const int before_month[2][13] = {
    { 0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334 },
    { 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335 },
  };
  int y, m, d, leap, years;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return 0;
  if (!digits (text, 4, &y) || !digits (text + 5, 2, &m) || !digits (text + 8, 2, &d))
    return 0;
  if (y < SK_DATE_MIN_YEAR || y > SK_DATE_MAX_YEAR || m < 1 || m > 12 || d < 1)
    return 0;
  leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (d > (m == 12 ? 31 : before_month[leap][m + 1] - before_month[leap][m]))
    return 0;
  years = y - 1;
  return years * 365 + years / 4 - years / 100 + years / 400 + before_month[leap][m] + d;
}

gboolean
sk_time_parse (const char *text,
               int        *minutes)
{
  int h, m;

  if (text == NULL || strlen (text) != 5 || text[2] != ':')
    return FALSE;
  if (!digits (text, 2, &h) || !digits (text + 3, 2, &m) || h > 23 || m > 59)
    return FALSE;
  if (minutes)
    *minutes = h * 60 + m;
  return TRUE;
}

gboolean
sk_due_is_valid (const char *text)
{
  int y, v;

  if (text == NULL || strlen (text) != 7 || text[4] != '-')
    return FALSE;
  if (!digits (text, 4, &y) || y < SK_DATE_MIN_YEAR || y > SK_DATE_MAX_YEAR)
    return FALSE;
  if (text[5] == 'Q')
    return text[6] >= '1' && text[6] <= '4';
  return digits (text + 5, 2, &v) && v >= 1 && v <= 12;
}

char *
sk_time_format_hm (int minutes)
{
  minutes = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
  return g_strdup_printf ("%02d:%02d", minutes / 60, minutes % 60);
}

/* A run of 1 to `max` digits at *s, which moves past it. */
static gboolean
number (const char **s,
        guint        max,
        int         *out,
        guint       *len)
{
  guint n = 0;

  while (g_ascii_isdigit ((*s)[n]) && n <= max)
    n++;
  if (n == 0 || n > max || !digits (*s, n, out))
    return FALSE;
  *s += n;
  if (len)
    *len = n;
  return TRUE;
}

static const char *const month_names[][12] = {
  { "januar", "februar", "mars", "april", "mai", "juni",
    "juli", "august", "september", "oktober", "november", "desember" },
  { "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december" },
};

/* The number of the month `word` names (Norwegian or English, any case,
 * also the first three letters), or 0. */
static int
month_from_name (const char *word)
{
  g_autofree char *w = g_utf8_strdown (word, -1);
  gsize len = strlen (w);

  if (len > 0 && w[len - 1] == '.')
    w[--len] = '\0';
  if (len < 3)
    return 0;
  for (guint l = 0; l < G_N_ELEMENTS (month_names); l++)
    for (int m = 0; m < 12; m++)
      if (strncmp (month_names[l][m], w, len) == 0 && (len == 3 || len == strlen (month_names[l][m])))
        return m + 1;
  return 0;
}

/* Day, month and year in the form of a date, but no day of the calendar
 * ("30.02.2026", "2026-04-31"). */
static gboolean
no_such_day (int d,
             int m,
             int y)
{
  return y >= SK_DATE_MIN_YEAR && y <= SK_DATE_MAX_YEAR && m >= 1 && m <= 12 && d >= 1 && d <= 31 &&
         !g_date_valid_dmy (d, m, y);
}

/* sk_date_from_input (), and whether `text` is written as a date but names
 * no day of the calendar. */
static char *
date_from_input (const char *text,
                 gboolean   *no_day)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  const char *p = s;
  int d, m, y;
  guint ylen;
  char sep;
  g_autofree char *iso = NULL;

  *no_day = FALSE;
  if (sk_date_parse (s, NULL))
    return g_steal_pointer (&s);
  /* The file's form, a day that is not there: "2026-02-30" */
  if (strlen (s) == 10 && s[4] == '-' && s[7] == '-' && digits (s, 4, &y) && digits (s + 5, 2, &m) &&
      digits (s + 8, 2, &d))
    {
      *no_day = no_such_day (d, m, y);
      return NULL;
    }
  if (number (&p, 2, &d, NULL) && (p[0] == ' ' || (p[0] == '.' && !g_ascii_isdigit (p[1]))))
    {
      /* "3. november 2025", with any kind of space */
      g_autofree char *spaced = g_strdelimit (g_strdup (p), ".", ' ');
      g_autoptr(GString) flat = g_string_new (NULL);
      g_auto(GStrv) words = NULL;
      guint n = 0;

      for (const char *c = spaced; *c; c = g_utf8_next_char (c))
        {
          gunichar ch = g_utf8_get_char (c);

          g_string_append_unichar (flat, ch == 0xA0 || ch == 0x202F ? ' ' : ch);
        }
      words = g_strsplit (flat->str, " ", -1);
      for (guint i = 0; words[i] != NULL; i++)
        if (words[i][0] != '\0')
          {
            char *w = words[i];

            words[i] = NULL;
            words[n++] = w;
          }
        else
          g_clear_pointer (&words[i], g_free);
      words[n] = NULL;
      if (n != 2 || (m = month_from_name (words[0])) == 0 || strlen (words[1]) != 4)
        return NULL;
      p = words[1];
      if (!number (&p, 4, &y, NULL) || *p != '\0')
        return NULL;
      iso = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
      *no_day = no_such_day (d, m, y);
      return sk_date_parse (iso, NULL) ? g_steal_pointer (&iso) : NULL;
    }
  p = s;
  if (!number (&p, 2, &d, NULL) || (*p != '.' && *p != '/'))
    return NULL;
  sep = *p++;
  if (!number (&p, 2, &m, NULL) || *p++ != sep || !number (&p, 4, &y, &ylen) || *p != '\0')
    return NULL;
  if (ylen == 2)
    y += 2000;
  else if (ylen != 4)
    return NULL;
  iso = g_strdup_printf ("%04d-%02d-%02d", y, m, d);
  *no_day = no_such_day (d, m, y);
  return sk_date_parse (iso, NULL) ? g_steal_pointer (&iso) : NULL;
}

/* A date as a person types it, written the file's way ("YYYY-MM-DD"): the
 * file's own form, or day, month and year as Norwegians write them
 * ("3.11.2025", "03.11.25", also with "/"), or as the app shows them
 * ("3. november 2025", "3. nov. 2025"); NULL when it is no date. */
char *
sk_date_from_input (const char *text)
{
  gboolean no_day;

  return date_from_input (text, &no_day);
}

/* Why a typed date is refused, for the line under its field: NULL when
 * sk_date_from_input () takes it; a date that is no day of the calendar
 * ("30.02.2026") is told so, rather than to be written in a form it
 * already has. */
const char *
sk_date_input_problem (const char *text)
{
  gboolean no_day;
  g_autofree char *iso = date_from_input (text, &no_day);

  if (iso != NULL)
    return NULL;
  return no_day ? _("That day is not in the calendar.") : _("Write the date as 10.2.2026 or 2026-02-10.");
}

/* A clock time as a person types it, written the file's way ("HH:MM"):
 * "09:00", "9:00", "9.00" as Norwegians write it, "kl. 09.00" as the app
 * shows it, "0900", "900" or just "9"; NULL when it is no time. */
char *
sk_time_from_input (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  const char *p = s;
  int h, m = 0;
  guint len;

  /* "kl. 09.00" as the app shows it */
  if (g_ascii_strncasecmp (p, "kl", 2) == 0)
    {
      p += 2;
      if (*p == '.')
        p++;
      while (*p == ' ' || g_str_has_prefix (p, "\u00a0"))
        p += *p == ' ' ? 1 : 2;
    }
  if (!number (&p, 4, &h, &len))
    return NULL;
  if (*p == ':' || *p == '.')
    {
      if (len > 2)
        return NULL;
      p++;
      if (!number (&p, 2, &m, &len) || len != 2)
        return NULL;
    }
  else if (len >= 3)
    {
      /* "0930", "930" */
      m = h % 100;
      h /= 100;
    }
  if (*p != '\0' || h > 23 || m > 59)
    return NULL;
  return g_strdup_printf ("%02d:%02d", h, m);
}

/* A due month or quarter as a person types it, written the file's way
 * ("2026-04", "2026-Q2"): the file's own form, the quarter as the app
 * shows it ("2. kvartal 2026", "K2 2026", "Q2 2026", "2. kv. 2026"), the
 * month as "april 2026", "apr. 2026", "4.2026" or "04/2026".  "" for an
 * empty text, NULL for anything else. */
char *
sk_due_from_input (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  GString *spaced = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  g_autofree char *due = NULL;
  guint n = 0;
  int q = 0, m = 0, y = 0;
  const char *p;

  if (s[0] == '\0' || sk_due_is_valid (s))
    return g_steal_pointer (&s);
  /* Words between spaces, no-break ones too */
  for (const char *c = s; *c; c = g_utf8_next_char (c))
    {
      gunichar ch = g_utf8_get_char (c);

      g_string_append_unichar (spaced, ch == 0xA0 || ch == 0x202F ? ' ' : ch);
    }
  words = g_strsplit (spaced->str, " ", -1);
  g_string_free (spaced, TRUE);
  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      {
        char *w = words[i];

        words[i] = NULL;
        words[n++] = w;
      }
    else
      g_clear_pointer (&words[i], g_free);
  words[n] = NULL;

  if (n == 1)
    {
      /* "4.2026", "04/2026" */
      p = words[0];
      if (number (&p, 2, &m, NULL) && (*p == '.' || *p == '/') &&
          strlen (p + 1) == 4 && (p++, number (&p, 4, &y, NULL)) && *p == '\0')
        due = g_strdup_printf ("%04d-%02d", y, m);
      return due && sk_due_is_valid (due) ? g_steal_pointer (&due) : NULL;
    }
  p = n > 0 ? words[n - 1] : "";
  if (n == 0 || strlen (p) != 4 || !number (&p, 4, &y, NULL) || *p != '\0')
    return NULL;
  if (n == 2 && strchr ("KkQq", words[0][0]) != NULL &&
      g_ascii_isdigit (words[0][1]) && words[0][2] == '\0')
    q = words[0][1] - '0';                                      /* "K2 2026" */
  else if (n == 3 && g_ascii_isdigit (words[0][0]) &&
           (words[0][1] == '\0' || (words[0][1] == '.' && words[0][2] == '\0')) &&
           (g_ascii_strcasecmp (words[1], "kvartal") == 0 || g_ascii_strcasecmp (words[1], "kv.") == 0 ||
            g_ascii_strcasecmp (words[1], "kv") == 0))
    q = words[0][0] - '0';                                      /* "2. kvartal 2026" */
  else if (n == 2)
    m = month_from_name (words[0]);                             /* "april 2026" */
  if (q >= 1 && q <= 4)
    due = g_strdup_printf ("%04d-Q%d", y, q);
  else if (m >= 1)
    due = g_strdup_printf ("%04d-%02d", y, m);
  return due && sk_due_is_valid (due) ? g_steal_pointer (&due) : NULL;
}
