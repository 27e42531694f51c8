/* sk-date.c — calendar dates and clock times
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-date"

#include "config.h"

#include <string.h>

#include "sk-date.h"

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

/* A date as a person types it, written the file's way ("YYYY-MM-DD"): the
 * file's own form, or day, month and year as Norwegians write them
 * ("3.11.2025", "03.11.25", also with "/"); NULL when it is no date. */
char *
sk_date_from_input (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  const char *p = s;
  int d, m, y;
  guint ylen;
  char sep;
  g_autofree char *iso = NULL;

  if (sk_date_parse (s, NULL))
    return g_steal_pointer (&s);
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
  return sk_date_parse (iso, NULL) ? g_steal_pointer (&iso) : NULL;
}

/* A clock time as a person types it, written the file's way ("HH:MM"):
 * "09:00", "9:00", "9.00" as Norwegians write it, "0900", "900" or just
 * "9"; NULL when it is no time. */
char *
sk_time_from_input (const char *text)
{
  g_autofree char *s = g_strstrip (g_strdup (text ? text : ""));
  const char *p = s;
  int h, m = 0;
  guint len;

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
