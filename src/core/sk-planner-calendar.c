/* sk-planner-calendar.c — the working time of a GNOME Planner project
 *
 * Planner stores calendars as
 *
 *   <calendars>
 *     <day-types><day-type id="0" name="Working"/>…</day-types>
 *     <calendar id="1" name="Default">
 *       <default-week mon="0" … sat="1" sun="1"/>
 *       <overridden-day-types>
 *         <overridden-day-type id="0">
 *           <interval start="0800" end="1200"/>…
 *         </overridden-day-type>
 *       </overridden-day-types>
 *       <days><day date="20251225" type="day-type" id="1"/></days>
 *       <calendar id="2" …>…</calendar>   (derived from its parent)
 *     </calendar>
 *   </calendars>
 *
 * Day type 0 is "working", 1 "non-working" and 2 "use base" (the day as the
 * parent calendar has it); a day type's hours come from the calendar or
 * its ancestors, and the working day is 08–12 and 13–17 where none says
 * otherwise.  Times are the project's wall-clock times (Planner writes
 * them with a "Z" but means local time).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-planner"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include "sk-planner-calendar.h"

#define TYPE_WORKING    "0"
#define TYPE_NONWORKING "1"
#define TYPE_USE_BASE   "2"
#define MAX_DEPTH       32
#define LOOK_AHEAD_DAYS 731

typedef struct
{
  char       *id;
  int         parent;     /* index, or -1 */
  char       *week[7];    /* day type of Monday … Sunday; NULL: as the parent */
  GHashTable *days;       /* "YYYYMMDD" → day type */
  GHashTable *hours;      /* day type → GArray of int pairs, minutes of the day */
} Calendar;

struct _SkPlannerCalendars
{
  GPtrArray *calendars;   /* of Calendar */
  GArray    *open;        /* of int: the <calendar> elements around the parser */
  GArray    *hours;       /* the <overridden-day-type> being read, or NULL */
  char      *project;     /* the project's calendar id */
  GArray    *standard;    /* 08–12, 13–17 */
};

static void
calendar_free (Calendar *c)
{
  g_free (c->id);
  for (guint i = 0; i < 7; i++)
    g_free (c->week[i]);
  g_hash_table_unref (c->days);
  g_hash_table_unref (c->hours);
  g_free (c);
}

SkPlannerCalendars *
sk_planner_calendars_new (void)
{
  SkPlannerCalendars *cals = g_new0 (SkPlannerCalendars, 1);
  const int standard[] = { 8 * 60, 12 * 60, 13 * 60, 17 * 60 };

  cals->calendars = g_ptr_array_new_with_free_func ((GDestroyNotify) calendar_free);
  cals->open = g_array_new (FALSE, FALSE, sizeof (int));
  cals->standard = g_array_new (FALSE, FALSE, sizeof (int));
  g_array_append_vals (cals->standard, standard, G_N_ELEMENTS (standard));
  return cals;
}

void
sk_planner_calendars_free (SkPlannerCalendars *cals)
{
  if (cals == NULL)
    return;
  g_ptr_array_unref (cals->calendars);
  g_array_unref (cals->open);
  g_clear_pointer (&cals->hours, g_array_unref);
  g_array_unref (cals->standard);
  g_free (cals->project);
  g_free (cals);
}

const char *
_sk_planner_attribute (const char **names,
                       const char **values,
                       const char  *name)
{
  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
}

/* "0800" → 480; -1 for anything else. */
static int
clock_minutes (const char *text)
{
  int hh, mm;
  char rest;

  if (text == NULL || strlen (text) != 4 || sscanf (text, "%2d%2d%c", &hh, &mm, &rest) != 2 ||
      hh < 0 || hh > 24 || mm < 0 || mm > 59 || (hh == 24 && mm != 0))
    return -1;
  return hh * 60 + mm;
}

static int
compare_intervals (gconstpointer a,
                   gconstpointer b,
                   gpointer      user_data)
{
  return *(const int *) a - *(const int *) b;
}

static Calendar *
innermost (SkPlannerCalendars *cals)
{
  if (cals->open->len == 0)
    return NULL;
  return g_ptr_array_index (cals->calendars, g_array_index (cals->open, int, cals->open->len - 1));
}

void
sk_planner_calendars_start (SkPlannerCalendars  *cals,
                            const char          *element,
                            const char         **names,
                            const char         **values)
{
  Calendar *c = innermost (cals);

  if (g_str_equal (element, "calendar"))
    {
      Calendar *n = g_new0 (Calendar, 1);
      const char *id = _sk_planner_attribute (names, values, "id");
      int index = (int) cals->calendars->len;

      n->id = g_strdup (id ? id : "");
      n->parent = cals->open->len > 0 ? g_array_index (cals->open, int, cals->open->len - 1) : -1;
      n->days = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      n->hours = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_array_unref);
      g_ptr_array_add (cals->calendars, n);
      g_array_append_val (cals->open, index);
    }
  else if (c == NULL)
    return;
  else if (g_str_equal (element, "default-week"))
    {
      static const char *const days[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };

      for (guint i = 0; i < 7; i++)
        {
          const char *type = _sk_planner_attribute (names, values, days[i]);

          g_free (c->week[i]);
          c->week[i] = g_strdup (type);
        }
    }
  else if (g_str_equal (element, "overridden-day-type"))
    {
      const char *id = _sk_planner_attribute (names, values, "id");

      g_clear_pointer (&cals->hours, g_array_unref);
      if (id != NULL)
        {
          cals->hours = g_array_new (FALSE, FALSE, sizeof (int));
          g_hash_table_replace (c->hours, g_strdup (id), g_array_ref (cals->hours));
        }
    }
  else if (g_str_equal (element, "interval") && cals->hours != NULL)
    {
      int range[2] = { clock_minutes (_sk_planner_attribute (names, values, "start")),
                       clock_minutes (_sk_planner_attribute (names, values, "end")) };

      if (range[0] >= 0 && range[1] > range[0])
        g_array_append_vals (cals->hours, range, G_N_ELEMENTS (range));
    }
  else if (g_str_equal (element, "day"))
    {
      const char *date = _sk_planner_attribute (names, values, "date");
      const char *type = _sk_planner_attribute (names, values, "type");
      const char *id = _sk_planner_attribute (names, values, "id");
      const char *day_type = NULL;

      if (g_strcmp0 (type, "day-type") == 0)
        day_type = id;
      else if (g_strcmp0 (type, "nonworking") == 0)
        day_type = TYPE_NONWORKING;
      else if (g_strcmp0 (type, "working") == 0)
        day_type = TYPE_WORKING;
      else if (g_strcmp0 (type, "use-base") == 0)
        day_type = TYPE_USE_BASE;
      if (date != NULL && strlen (date) >= 8 && day_type != NULL)
        g_hash_table_replace (c->days, g_strndup (date, 8), g_strdup (day_type));
    }
}

void
sk_planner_calendars_end (SkPlannerCalendars *cals,
                          const char         *element)
{
  if (g_str_equal (element, "calendar") && cals->open->len > 0)
    g_array_set_size (cals->open, cals->open->len - 1);
  else if (g_str_equal (element, "overridden-day-type") && cals->hours != NULL)
    {
      /* Pairs of ints sorted by their start. */
      g_qsort_with_data (cals->hours->data, cals->hours->len / 2, 2 * sizeof (int),
                         compare_intervals, NULL);
      g_clear_pointer (&cals->hours, g_array_unref);
    }
}

void
sk_planner_calendars_use (SkPlannerCalendars *cals,
                          const char         *id)
{
  g_free (cals->project);
  cals->project = g_strdup (id);
}

/* The day type of `date` in calendar `index`; "use base" goes to the
 * parent, and a calendar without a parent works Monday to Friday. */
static const char *
day_type (SkPlannerCalendars *cals,
          int                 index,
          const GDate        *date,
          const char         *key)
{
  int weekday = g_date_get_weekday (date) - 1;   /* Monday is 0 */

  for (int depth = 0; index >= 0 && depth < MAX_DEPTH; depth++)
    {
      Calendar *c = g_ptr_array_index (cals->calendars, index);
      const char *type = g_hash_table_lookup (c->days, key);

      if (type == NULL)
        type = c->week[weekday];
      if (type != NULL && !g_str_equal (type, TYPE_USE_BASE))
        return type;
      index = c->parent;
    }
  return weekday < 5 ? TYPE_WORKING : TYPE_NONWORKING;
}

/* The working intervals of a day type, as calendar `index` or its
 * ancestors define them. */
static GArray *
day_hours (SkPlannerCalendars *cals,
           int                 index,
           const char         *type)
{
  if (g_str_equal (type, TYPE_NONWORKING))
    return NULL;
  for (int depth = 0; index >= 0 && depth < MAX_DEPTH; depth++)
    {
      Calendar *c = g_ptr_array_index (cals->calendars, index);
      GArray *hours = g_hash_table_lookup (c->hours, type);

      if (hours != NULL)
        return hours;
      index = c->parent;
    }
  return g_str_equal (type, TYPE_WORKING) ? cals->standard : NULL;
}

gboolean
sk_planner_calendars_next_work (SkPlannerCalendars *cals,
                                guint32            *julian,
                                int                *minute)
{
  int index = -1;
  int from = *minute;
  GDate date;

  g_return_val_if_fail (cals != NULL, FALSE);

  for (guint i = 0; i < cals->calendars->len; i++)
    if (cals->project && g_str_equal (((Calendar *) g_ptr_array_index (cals->calendars, i))->id, cals->project))
      index = (int) i;
  if (index < 0 && cals->calendars->len > 0)
    index = 0;
  if (!g_date_valid_julian (*julian))
    return FALSE;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, *julian);
  for (guint n = 0; n < LOOK_AHEAD_DAYS; n++)
    {
      char key[16];
      GArray *hours;

      g_snprintf (key, sizeof key, "%04d%02d%02d", g_date_get_year (&date), g_date_get_month (&date),
                  g_date_get_day (&date));
      hours = day_hours (cals, index, day_type (cals, index, &date, key));
      for (guint k = 0; hours != NULL && k + 1 < hours->len; k += 2)
        {
          int start = g_array_index (hours, int, k), end = g_array_index (hours, int, k + 1);

          if (from < end)
            {
              *julian = g_date_get_julian (&date);
              *minute = MAX (from, start);
              return TRUE;
            }
        }
      if (g_date_get_julian (&date) >= G_MAXUINT32 - 1 || g_date_get_year (&date) >= 9999)
        break;
      g_date_add_days (&date, 1);
      from = 0;
    }
  return FALSE;
}
