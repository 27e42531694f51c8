/* sk-calendar.c — ISO weeks and Norwegian public holidays
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-calendar"

#include "config.h"

#include "sk-i18n.h"

#include "sk-calendar.h"

guint32
sk_easter_sunday (int year)
{
  /* The anonymous Gregorian algorithm (Meeus/Jones/Butcher). */
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = ((h + l - 7 * m + 114) % 31) + 1;
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return g_date_get_julian (&date);
}

const char *
sk_holiday_name (guint32 julian)
{
  GDate date;
  guint32 easter;
  int day, month;

  if (!g_date_valid_julian (julian))
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  day = g_date_get_day (&date);
  month = g_date_get_month (&date);
  if (month == 1 && day == 1)
    return _("New Year's Day");
  if (month == 5 && day == 1)
    return _("Labour Day");
  if (month == 5 && day == 17)
    return _("Constitution Day");
  if (month == 12 && day == 25)
    return _("Christmas Day");
  if (month == 12 && day == 26)
    return _("Boxing Day");
  if (month < 3 || month > 6)
    return NULL;
  easter = sk_easter_sunday (g_date_get_year (&date));
  switch ((int) julian - (int) easter)
    {
    case -3: return _("Maundy Thursday");
    case -2: return _("Good Friday");
    case 0:  return _("Easter Sunday");
    case 1:  return _("Easter Monday");
    case 39: return _("Ascension Day");
    case 49: return _("Whit Sunday");
    case 50: return _("Whit Monday");
    default: return NULL;
    }
}

gboolean
sk_is_weekend (guint32 julian)
{
  GDate date;
  GDateWeekday wd;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  wd = g_date_get_weekday (&date);
  return wd == G_DATE_SATURDAY || wd == G_DATE_SUNDAY;
}

guint
sk_iso_week (guint32  julian,
             int     *iso_year)
{
  GDate date;
  guint week;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, julian);
  week = g_date_get_iso8601_week_of_year (&date);
  if (iso_year)
    {
      int year = g_date_get_year (&date);

      if (week >= 52 && g_date_get_month (&date) == 1)
        year--;
      else if (week == 1 && g_date_get_month (&date) == 12)
        year++;
      *iso_year = year;
    }
  return week;
}

char *
sk_format_week (guint week)
{
  /* Translators: an ISO week number in the timeline, "veke 44" in Nynorsk,
   * "uke 44" in Bokmål */
  return g_strdup_printf (_("week %u"), week);
}
