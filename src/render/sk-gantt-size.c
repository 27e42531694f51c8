/* sk-gantt-size.c — how wide and how tall an exported Gantt chart is:
 * room at the right for what is drawn beside the last days, and the
 * largest PNG drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-gantt"

#include "config.h"

#include <gio/gio.h>
#include "sk-i18n.h"
#include <math.h>

#include "sk-date.h"
#include "sk-gantt-private.h"
#include "sk-render.h"

double
sk_gantt_extent (const SkTimeline  *t,
                 const SkTimescale *ts,
                 guint32            end,
                 PangoLayout       *layout)
{
  double ppd = ts->px_per_day;
  double right = ((double) end - ts->origin) * ppd;
  guint32 last = end > ts->origin ? end - 1 : ts->origin;
  guint32 start;
  GDate date;

  /* The header's label of the last month (or year) starts on its first
   * day and needs its room, however few of its days are shown. */
  g_date_clear (&date, 1);
  g_date_set_julian (&date, last);
  if (ppd * 30 < SK_GANTT_UPPER_LABEL_ROOM)
    g_date_set_dmy (&date, 1, 1, g_date_get_year (&date));
  else
    g_date_set_day (&date, 1);
  start = g_date_get_julian (&date);
  if (start > ts->origin)
    right = MAX (right, (start - ts->origin) * ppd + SK_GANTT_UPPER_LABEL_ROOM);
  /* The last week's number ("veke 53" when days are wide enough). */
  if (ppd >= 3 && ppd < 18)
    {
      g_date_set_julian (&date, last);
      start = last - (g_date_get_weekday (&date) - G_DATE_MONDAY);
      if (start >= ts->origin)
        right = MAX (right, (start - ts->origin) * ppd + 3 + (ppd >= 8 ? 64 : 20));
    }

  /* Milestones carry their names beside them. */
  for (guint i = 0; i < t->tasks->len; i++)
    {
      const SkTask *task = g_ptr_array_index (t->tasks, i);
      guint32 day;
      double x;
      int w = 0, h = 0;

      if (!task->milestone || !sk_date_parse (task->start, &date))
        continue;
      day = g_date_get_julian (&date);
      if (day < ts->origin || day >= end)
        continue;
      x = (day + 0.5 - ts->origin) * ppd + SK_GANTT_MILESTONE_RADIUS + 4;
      if (x + SK_GANTT_MILESTONE_LABEL + 2 <= right)
        continue;
      sk_render_set_text (layout, task->name);
      pango_layout_set_width (layout, (int) (SK_GANTT_MILESTONE_LABEL * PANGO_SCALE));
      pango_layout_get_pixel_size (layout, &w, &h);
      right = MAX (right, x + MIN (w, SK_GANTT_MILESTONE_LABEL) + 2);
    }
  /* A margin, then whole days: the header's last day number is not cut
   * at the edge. */
  return ceil ((right + 4) / ppd - 1e-6) * ppd;
}

double
sk_gantt_fit_days (const SkTimeline  *t,
                   const SkTimescale *ts,
                   guint32            end,
                   double             width,
                   PangoLayout       *layout)
{
  SkTimescale probe = *ts;

  probe.px_per_day = width / MAX (1.0, (double) end - ts->origin);
  /* What stands beside the last days keeps its pixels while the days
   * shrink: a few rounds come within a pixel. */
  for (int round = 0; round < 12; round++)
    {
      double right = sk_gantt_extent (t, &probe, end, layout);

      if (right <= width + 0.5)
        break;
      probe.px_per_day *= width / right;
    }
  return probe.px_per_day;
}

gboolean
sk_gantt_png_fits (const char  *path,
                   guint        rows,
                   double       width,
                   GError     **error)
{
  double side = MIN ((double) SK_GANTT_PNG_MAX_SIDE, SK_GANTT_PNG_MAX_PIXELS / MAX (1.0, ceil (width)));
  guint most = side > SK_GANTT_HEADER_HEIGHT ? (guint) ((side - SK_GANTT_HEADER_HEIGHT) / SK_GANTT_ROW_HEIGHT) : 0;

  if (rows <= most && width <= SK_GANTT_PNG_MAX_SIDE)
    return TRUE;
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
               g_dngettext (GETTEXT_PACKAGE,
                            "%s: a PNG of this timeline holds at most %u row of tasks, and it has %u; export it as PDF or SVG",
                            "%s: a PNG of this timeline holds at most %u rows of tasks, and it has %u; export it as PDF or SVG",
                            most),
               path, most, rows);
  return FALSE;
}
