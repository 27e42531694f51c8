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
