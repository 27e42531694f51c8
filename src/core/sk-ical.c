/* sk-ical.c — meetings as iCalendar (RFC 5545)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-ical"

#include "config.h"

#include <string.h>

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-ical.h"
#include "sk-record.h"

#define DEFAULT_MINUTES 120

/* Appends "NAME:VALUE" folded at 75 octets, never inside a UTF-8
 * character, with CRLF. */
static void
append_line (GString    *out,
             const char *name,
             const char *value)
{
  g_autofree char *line = g_strconcat (name, ":", value, NULL);
  const char *p = line;
  gsize limit = 75;

  while (strlen (p) > limit)
    {
      const char *cut = p + limit;

      while (cut > p && (*cut & 0xC0) == 0x80)
        cut--;
      g_string_append_len (out, p, cut - p);
      g_string_append (out, "\r\n ");
      p = cut;
      limit = 74;   /* the leading space counts */
    }
  g_string_append (out, p);
  g_string_append (out, "\r\n");
}

/* TEXT values escape backslash, semicolon, comma and line ends (a line
 * ended by CR LF, LF or a lone CR, as older Mac programs wrote, is one
 * line break); other control characters, which RFC 5545 does not allow
 * in them (a project's text may hold them, as "\u0001"), become spaces,
 * tabs excepted. */
static char *
escape_text (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text ? text : ""; *p; p++)
    switch (*p)
      {
      case '\\': g_string_append (out, "\\\\"); break;
      case ';': g_string_append (out, "\\;"); break;
      case ',': g_string_append (out, "\\,"); break;
      case '\n': g_string_append (out, "\\n"); break;
      case '\r':
        g_string_append (out, "\\n");
        if (p[1] == '\n')
          p++;
        break;
      case '\t': g_string_append_c (out, '\t'); break;
      default:
        if ((guchar) *p < 0x20 || *p == 0x7f)
          g_string_append_c (out, ' ');
        else
          g_string_append_c (out, *p);
      }
  return g_string_free (out, FALSE);
}

static void
append_timezone (GString *out)
{
  /* Norway's rule since 1996: summer time from the last Sunday of March
   * at 02:00 to the last Sunday of October at 03:00. */
  append_line (out, "BEGIN", "VTIMEZONE");
  append_line (out, "TZID", "Europe/Oslo");
  append_line (out, "BEGIN", "DAYLIGHT");
  append_line (out, "TZOFFSETFROM", "+0100");
  append_line (out, "TZOFFSETTO", "+0200");
  append_line (out, "TZNAME", "CEST");
  append_line (out, "DTSTART", "19700329T020000");
  append_line (out, "RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
  append_line (out, "END", "DAYLIGHT");
  append_line (out, "BEGIN", "STANDARD");
  append_line (out, "TZOFFSETFROM", "+0200");
  append_line (out, "TZOFFSETTO", "+0100");
  append_line (out, "TZNAME", "CET");
  append_line (out, "DTSTART", "19701025T030000");
  append_line (out, "RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
  append_line (out, "END", "STANDARD");
  append_line (out, "END", "VTIMEZONE");
}

char *
sk_ical_meeting_uid (SkProject       *project,
                     const SkMeeting *meeting)
{
  const char *organisation = sk_project_get_organisation (project);
  const char *owner = organisation && organisation[0] ? organisation : sk_project_get_title (project);
  g_autofree char *digest = g_compute_checksum_for_string (G_CHECKSUM_SHA256, owner ? owner : "", -1);

  /* 64 bits of the digest tell boards apart; the id is the meeting's for
   * good (FORMAT.md), whatever its date. */
  digest[16] = '\0';
  return g_strdup_printf ("%s-%s@sakskart", meeting->id, digest);
}

#define SEQUENCE_FIELD "ical_sequence"

gint64
sk_ical_meeting_sequence (const SkMeeting *meeting)
{
  JsonNode *node;

  if (meeting->extra == NULL || (node = json_object_get_member (meeting->extra, SEQUENCE_FIELD)) == NULL ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return 0;
  /* iCalendar's INTEGER has 32 bits. */
  return CLAMP (json_node_get_int (node), 0, G_MAXINT32);
}

void
sk_ical_meeting_revised (SkMeeting *meeting)
{
  gint64 next = sk_ical_meeting_sequence (meeting);

  if (next < G_MAXINT32)
    next++;
  if (meeting->extra == NULL)
    meeting->extra = json_object_new ();
  json_object_set_int_member (meeting->extra, SEQUENCE_FIELD, next);
}

char *
sk_ical_from_project (SkProject *project,
                      int        year)
{
  GString *out = g_string_new (NULL);
  GPtrArray *meetings = sk_project_get_meetings (project);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%dT%H%M%SZ");

  append_line (out, "BEGIN", "VCALENDAR");
  append_line (out, "VERSION", "2.0");
  append_line (out, "PRODID", "-//Sakskart//Sakskart " PACKAGE_VERSION "//NO");
  append_line (out, "CALSCALE", "GREGORIAN");
  append_line (out, "METHOD", "PUBLISH");
  {
    g_autofree char *name = escape_text (sk_project_get_title (project));

    append_line (out, "X-WR-CALNAME", name);
  }
  append_timezone (out);

  for (guint i = 0; i < meetings->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (meetings, i);
      g_autofree char *uid = NULL;
      g_autofree char *summary = NULL;
      GString *description = g_string_new (NULL);
      GDate date;
      int start = 0, end = 0;

      if (!sk_date_parse (m->date, &date) || (year != 0 && g_date_get_year (&date) != year))
        {
          g_string_free (description, TRUE);
          continue;
        }
      append_line (out, "BEGIN", "VEVENT");
      uid = sk_ical_meeting_uid (project, m);
      append_line (out, "UID", uid);
      append_line (out, "DTSTAMP", stamp);
      {
        g_autofree char *sequence = g_strdup_printf ("%" G_GINT64_FORMAT, sk_ical_meeting_sequence (m));

        append_line (out, "SEQUENCE", sequence);
      }
      if (sk_meeting_item_times (m, NULL, &end) && sk_time_parse (m->start_time, &start))
        {
          g_autofree char *from = NULL;
          g_autofree char *to = NULL;
          GDate end_date = date;
          int stop = end > start ? end : start + DEFAULT_MINUTES;

          if (stop >= 24 * 60)
            {
              g_date_add_days (&end_date, stop / (24 * 60));
              stop %= 24 * 60;
            }
          from = g_strdup_printf ("%04d%02d%02dT%02d%02d00", g_date_get_year (&date), g_date_get_month (&date),
                                  g_date_get_day (&date), start / 60, start % 60);
          to = g_strdup_printf ("%04d%02d%02dT%02d%02d00", g_date_get_year (&end_date), g_date_get_month (&end_date),
                                g_date_get_day (&end_date), stop / 60, stop % 60);
          append_line (out, "DTSTART;TZID=Europe/Oslo", from);
          append_line (out, "DTEND;TZID=Europe/Oslo", to);
        }
      else
        {
          GDate next = date;
          g_autofree char *from = NULL;
          g_autofree char *to = NULL;

          g_date_add_days (&next, 1);
          from = g_strdup_printf ("%04d%02d%02d", g_date_get_year (&date), g_date_get_month (&date), g_date_get_day (&date));
          to = g_strdup_printf ("%04d%02d%02d", g_date_get_year (&next), g_date_get_month (&next), g_date_get_day (&next));
          append_line (out, "DTSTART;VALUE=DATE", from);
          append_line (out, "DTEND;VALUE=DATE", to);
        }
      {
        g_autofree char *raw = m->title && g_strcmp0 (m->title, m->body) != 0
                               ? g_strdup_printf ("%s – %s", m->body, m->title) : g_strdup (m->body);

        summary = escape_text (raw);
      }
      append_line (out, "SUMMARY", summary);
      if (m->location != NULL)
        {
          g_autofree char *loc = escape_text (m->location);

          append_line (out, "LOCATION", loc);
        }
      for (guint k = 0; k < m->items->len; k++)
        {
          SkItem *item = g_ptr_array_index (m->items, k);
          g_autofree char *number = sk_meeting_item_number (m, k);
          g_autofree char *case_number = sk_item_case_number (project, m, item);

          /* As the papers head it: "Sak 41/25: …" once the case has its
           * number, else its place, "3. …" */
          if (case_number != NULL)
            g_string_append_printf (description, "%s%s: %s", k ? "\n" : "", case_number, item->title);
          else
            g_string_append_printf (description, "%s%s. %s", k ? "\n" : "", number, item->title);
        }
      if (description->len > 0)
        {
          g_autofree char *desc = escape_text (description->str);

          append_line (out, "DESCRIPTION", desc);
        }
      append_line (out, "END", "VEVENT");
      g_string_free (description, TRUE);
    }
  append_line (out, "END", "VCALENDAR");
  return g_string_free (out, FALSE);
}
