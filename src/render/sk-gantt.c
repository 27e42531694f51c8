/* sk-gantt.c — the layout and drawing of a Gantt chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-gantt"

#include "config.h"

#include <cairo-pdf.h>
#include "sk-i18n.h"
#include <math.h>
#include <pango/pangocairo.h>

#include "sk-board.h"
#include "sk-calendar.h"
#include "sk-doc-language.h"
#include "sk-date.h"
#include "sk-format.h"
#include "sk-gantt.h"
#include "sk-gantt-private.h"
#include "sk-render.h"

#define MILESTONE_RADIUS SK_GANTT_MILESTONE_RADIUS

void
sk_gantt_style_init_light (SkGanttStyle *s)
{
  *s = (SkGanttStyle) {
    .background = { 1, 1, 1 },
    .text = { 0.13, 0.13, 0.15 },
    .dim = { 0.45, 0.45, 0.48 },
    .grid = { 0.85, 0.85, 0.87 },
    .weekend = { 0.95, 0.95, 0.96 },
    .holiday = { 0.99, 0.91, 0.86 },
    .bar = { 0.38, 0.63, 0.93 },
    .progress = { 0.11, 0.42, 0.80 },
    .phase = { 0.25, 0.25, 0.28 },
    .milestone = { 0.90, 0.38, 0.00 },
    .today = { 0.88, 0.11, 0.14 },
    .violation = { 0.88, 0.11, 0.14 },
    .selection = { 0.21, 0.52, 0.89 },
    .label_bg = { 0.98, 0.98, 0.98 },
    .font = "Cantarell 10",
  };
}

static guint32
julian_of (const char *iso)
{
  return sk_date_julian (iso);
}

/* Tasks by parent, so that rows come out in one pass however many. */
GArray *
sk_gantt_rows (const SkTimeline *t,
               GHashTable       *collapsed)
{
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) children = g_hash_table_new_full (g_direct_hash, g_direct_equal, NULL,
                                                           (GDestroyNotify) g_array_unref);
  g_autoptr(GArray) roots = g_array_new (FALSE, FALSE, sizeof (guint));
  GArray *rows = g_array_sized_new (FALSE, FALSE, sizeof (SkGanttRow), t->tasks->len);
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (SkGanttRow));

  for (guint i = 0; i < t->tasks->len; i++)
    g_hash_table_insert (index, ((SkTask *) g_ptr_array_index (t->tasks, i))->id, GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);
      guint parent = task->parent ? GPOINTER_TO_UINT (g_hash_table_lookup (index, task->parent)) : 0;

      if (parent == 0 || parent == i + 1)
        g_array_append_val (roots, i);
      else
        {
          GArray *list = g_hash_table_lookup (children, GUINT_TO_POINTER (parent));

          if (list == NULL)
            {
              list = g_array_new (FALSE, FALSE, sizeof (guint));
              g_hash_table_insert (children, GUINT_TO_POINTER (parent), list);
            }
          g_array_append_val (list, i);
        }
    }

  /* Depth first, children after their phase; a stack of rows to visit
   * (pushed in reverse to keep file order).  A cycle cannot loop: each
   * task is visited once. */
  {
    g_autofree gboolean *seen = g_new0 (gboolean, t->tasks->len + 1);

    for (int r = (int) roots->len - 1; r >= 0; r--)
      {
        SkGanttRow row = { g_array_index (roots, guint, r), 0, FALSE, FALSE };

        g_array_append_val (stack, row);
      }
    while (stack->len > 0)
      {
        SkGanttRow row = g_array_index (stack, SkGanttRow, stack->len - 1);
        SkTask *task = g_ptr_array_index (t->tasks, row.task);
        GArray *kids;

        g_array_set_size (stack, stack->len - 1);
        if (seen[row.task])
          continue;
        seen[row.task] = TRUE;
        kids = g_hash_table_lookup (children, GUINT_TO_POINTER (row.task + 1));
        row.phase = kids != NULL;
        row.collapsed = row.phase && collapsed && g_hash_table_contains (collapsed, task->id);
        g_array_append_val (rows, row);
        if (kids != NULL && !row.collapsed)
          for (int k = (int) kids->len - 1; k >= 0; k--)
            {
              SkGanttRow child = { g_array_index (kids, guint, k), row.depth + 1, FALSE, FALSE };

              g_array_append_val (stack, child);
            }
      }
  }
  return rows;
}

gboolean
sk_gantt_span (const SkTimeline *t,
               guint32          *first,
               guint32          *last)
{
  *first = G_MAXUINT32;
  *last = 0;
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);
      guint32 s = julian_of (task->start), e = julian_of (task->end);

      if (s)
        *first = MIN (*first, s);
      if (e)
        *last = MAX (*last, e);
    }
  return *last != 0;
}

double
sk_timescale_x (const SkTimescale *ts,
                double             julian)
{
  return (julian - ts->origin) * ts->px_per_day;
}

/* The names column of a chart `width` wide: SK_GANTT_LABEL_WIDTH, or 40 %
 * of a narrow one (a window on half a laptop's screen), at least
 * SK_GANTT_LABEL_MIN_WIDTH. */
double
sk_gantt_label_width_for (double width)
{
  return CLAMP (width * 0.4, SK_GANTT_LABEL_MIN_WIDTH, SK_GANTT_LABEL_WIDTH);
}

double
sk_timescale_day (const SkTimescale *ts,
                  double             x)
{
  return ts->origin + x / ts->px_per_day;
}

SkGanttHit
sk_gantt_hit (const SkTimeline  *t,
              GArray            *rows,
              const SkTimescale *ts,
              double             x,
              double             y,
              double             view_x,
              guint             *row_out)
{
  guint row;
  const SkGanttRow *r;
  SkTask *task;
  double xs, xe, cx;

  if (y < SK_GANTT_HEADER_HEIGHT)
    return SK_GANTT_HIT_HEADER;
  row = (guint) ((y - SK_GANTT_HEADER_HEIGHT) / SK_GANTT_ROW_HEIGHT);
  if (row >= rows->len)
    return SK_GANTT_HIT_NONE;
  if (row_out)
    *row_out = row;
  r = &g_array_index (rows, SkGanttRow, row);
  if (x - view_x < ts->label_width)
    {
      double ex = 6 + r->depth * 16;

      if (r->phase && x - view_x >= ex && x - view_x < ex + 14)
        return SK_GANTT_HIT_EXPANDER;
      return SK_GANTT_HIT_LABEL;
    }
  task = g_ptr_array_index (t->tasks, r->task);
  cx = x - ts->label_width;
  xs = sk_timescale_x (ts, julian_of (task->start));
  xe = sk_timescale_x (ts, julian_of (task->end) + 1);
  if (task->milestone)
    {
      double mid = (xs + xe) / 2;

      return fabs (cx - mid) <= 8 ? SK_GANTT_HIT_BAR : SK_GANTT_HIT_ROW;
    }
  if (cx < xs - 2 || cx > xe + 2)
    return SK_GANTT_HIT_ROW;
  /* The ends resize, unless the bar is too narrow to tell them apart. */
  if (xe - xs > 3 * SK_GANTT_EDGE && !r->phase)
    {
      if (cx <= xs + SK_GANTT_EDGE)
        return SK_GANTT_HIT_START;
      if (cx >= xe - SK_GANTT_EDGE)
        return SK_GANTT_HIT_END;
    }
  return SK_GANTT_HIT_BAR;
}

gboolean
sk_gantt_task_violates (const SkTimeline *t,
                        const SkTask     *task)
{
  guint32 start = julian_of (task->start);

  for (guint k = 0; k < task->depends_on->len; k++)
    for (guint i = 0; i < t->tasks->len; i++)
      {
        SkTask *pred = g_ptr_array_index (t->tasks, i);

        if (g_strcmp0 (pred->id, g_ptr_array_index (task->depends_on, k)) == 0 &&
            julian_of (pred->end) >= start)
          {
            /* A milestone may fall on the day its predecessor ends. */
            if (!(task->milestone || pred->milestone) || julian_of (pred->end) > start)
              return TRUE;
          }
      }
  return FALSE;
}

/* The same, with the tasks by id: one lookup per predecessor. */
static gboolean
task_violates_indexed (GHashTable   *by_id,
                       const SkTask *task)
{
  guint32 start = julian_of (task->start);

  for (guint k = 0; k < task->depends_on->len; k++)
    {
      const SkTask *pred = g_hash_table_lookup (by_id, g_ptr_array_index (task->depends_on, k));

      if (pred != NULL && julian_of (pred->end) >= start &&
          (!(task->milestone || pred->milestone) || julian_of (pred->end) > start))
        return TRUE;
    }
  return FALSE;
}

void
sk_gantt_index_init (SkGanttIndex     *ix,
                     const SkTimeline *t,
                     GArray           *rows)
{
  ix->row_of = g_hash_table_new (g_str_hash, g_str_equal);
  ix->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < rows->len; i++)
    g_hash_table_insert (ix->row_of, ((SkTask *) g_ptr_array_index (t->tasks, g_array_index (rows, SkGanttRow, i).task))->id,
                         GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < t->tasks->len; i++)
    g_hash_table_insert (ix->by_id, ((SkTask *) g_ptr_array_index (t->tasks, i))->id, g_ptr_array_index (t->tasks, i));
}

void
sk_gantt_index_clear (SkGanttIndex *ix)
{
  g_clear_pointer (&ix->row_of, g_hash_table_unref);
  g_clear_pointer (&ix->by_id, g_hash_table_unref);
}

static void
rgb (cairo_t          *cr,
     const SkGanttRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
set_text (PangoLayout *layout,
          const char  *s,
          double       width,
          gboolean     bold)
{
  PangoFontDescription *desc = pango_font_description_copy (pango_layout_get_font_description (layout));

  pango_font_description_set_weight (desc, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  sk_render_set_text (layout, s);
  pango_layout_set_width (layout, width > 0 ? (int) (width * PANGO_SCALE) : -1);
}

static void
text (cairo_t    *cr,
      PangoLayout *layout,
      const char *s,
      double      x,
      double      y,
      double      width,
      gboolean    bold)
{
  set_text (layout, s, width, bold);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

/* `text`, on a rim of `background` that keeps it readable over lines. */
static void
text_on_background (cairo_t          *cr,
                    PangoLayout      *layout,
                    const char       *s,
                    double            x,
                    double            y,
                    double            width,
                    const SkGanttRgb *foreground,
                    const SkGanttRgb *background)
{
  set_text (layout, s, width, FALSE);
  cairo_save (cr);
  cairo_new_path (cr);
  cairo_move_to (cr, x, y);
  pango_cairo_layout_path (cr, layout);
  rgb (cr, background);
  cairo_set_line_width (cr, 3);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  cairo_stroke (cr);
  cairo_restore (cr);
  rgb (cr, foreground);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

#define UPPER_LABEL_ROOM SK_GANTT_UPPER_LABEL_ROOM
#define LOWER_LABEL_ROOM SK_GANTT_LOWER_LABEL_ROOM

static void
draw_header (cairo_t            *cr,
             PangoLayout        *layout,
             const SkTimescale  *ts,
             const SkGanttStyle *s,
             double              view_x,
             double              width,
             guint32             d0,
             guint32             d1)
{
  double top = SK_GANTT_HEADER_HEIGHT / 2;
  GDate date;
  char buf[64];

  rgb (cr, &s->label_bg);
  cairo_rectangle (cr, 0, 0, width, SK_GANTT_HEADER_HEIGHT);
  cairo_fill (cr);
  rgb (cr, &s->grid);
  cairo_rectangle (cr, 0, SK_GANTT_HEADER_HEIGHT - 1, width, 1);
  cairo_rectangle (cr, ts->label_width, top, width, 1);
  cairo_fill (cr);

  cairo_save (cr);
  cairo_rectangle (cr, ts->label_width, 0, width - ts->label_width, SK_GANTT_HEADER_HEIGHT);
  cairo_clip (cr);
  g_date_clear (&date, 1);
  for (guint32 d = d0; d <= d1; d++)
    {
      double x = ts->label_width + sk_timescale_x (ts, d) - view_x;
      int day, month;

      g_date_set_julian (&date, d);
      day = g_date_get_day (&date);
      month = g_date_get_month (&date);

      /* Upper row: months ("Sep 2025") when a month is wide enough for
       * one, else years.  Each label stays within its month or year; the
       * first day in view is labelled too, if its label has room. */
      if (day == 1 || d == d0)
        {
          gboolean years = ts->px_per_day * 30 < UPPER_LABEL_ROOM;
          GDate next = date;
          double room;

          if (years)
            g_date_set_dmy (&next, 1, 1, g_date_get_year (&date) + 1);
          else
            {
              g_date_set_day (&next, 1);
              g_date_add_months (&next, 1);
            }
          room = (g_date_get_julian (&next) - d) * ts->px_per_day;
          if ((years && month == 1 && day == 1) || (!years && day == 1) || (d == d0 && room >= UPPER_LABEL_ROOM))
            {
              if (years)
                g_snprintf (buf, sizeof buf, "%d", g_date_get_year (&date));
              else
                {
                  /* Translators: a month in the timeline header, as strftime() writes it */
                  g_autofree char *name = sk_format_strftime (_("%b %Y"), &date);

                  g_strlcpy (buf, name ? name : "", sizeof buf);
                }
              rgb (cr, &s->text);
              text (cr, layout, buf, x + 4, 3, room - 8, TRUE);
              /* Down through the lower row only where it shows days: a
               * week's number starts at its Monday, and a month's line
               * days later would strike it through ("40" under 1
               * October). */
              rgb (cr, &s->grid);
              cairo_rectangle (cr, x, 0, 1, ts->px_per_day >= 18 ? SK_GANTT_HEADER_HEIGHT : top);
              cairo_fill (cr);
            }
        }

      /* Lower row: days, ISO weeks or months. */
      rgb (cr, &s->dim);
      if (ts->px_per_day >= 18)
        {
          g_snprintf (buf, sizeof buf, "%d", day);
          text (cr, layout, buf, x + 3, top + 3, -1, FALSE);
        }
      else if (ts->px_per_day >= 3)
        {
          if (g_date_get_weekday (&date) == G_DATE_MONDAY)
            {
              g_autofree char *week = ts->px_per_day >= 8 ? sk_format_week (sk_iso_week (d, NULL))
                                                          : g_strdup_printf ("%u", sk_iso_week (d, NULL));

              text (cr, layout, week, x + 3, top + 3, -1, FALSE);
              rgb (cr, &s->grid);
              cairo_rectangle (cr, x, top, 1, top);
              cairo_fill (cr);
            }
        }
      else if (day == 1 && (ts->px_per_day * 30 >= LOWER_LABEL_ROOM || (month - 1) % 3 == 0))
        {
          gboolean months = ts->px_per_day * 30 >= LOWER_LABEL_ROOM;

          if (months)
            {
              /* Translators: a month, short, in the lower row of the timeline header */
              g_autofree char *name = sk_format_strftime (_("%b"), &date);

              g_strlcpy (buf, name ? name : "", sizeof buf);
            }
          else
            /* Translators: a quarter of the year in the timeline header, "K2" */
            g_snprintf (buf, sizeof buf, _("Q%d"), (month - 1) / 3 + 1);
          text (cr, layout, buf, x + 3, top + 3, (months ? 28 : 89) * ts->px_per_day, FALSE);
        }
    }
  cairo_restore (cr);
}

void
sk_gantt_draw (cairo_t            *cr,
               const SkTimeline   *t,
               GArray             *rows,
               const SkTimescale  *ts,
               const SkGanttStyle *s,
               double              view_x,
               double              view_y,
               double              width,
               double              height,
               int                 selected,
               guint32             today)
{
  SkGanttIndex ix;

  sk_gantt_index_init (&ix, t, rows);
  sk_gantt_draw_indexed (cr, t, rows, ts, s, view_x, view_y, width, height, selected, today, &ix);
  sk_gantt_index_clear (&ix);
}

void
sk_gantt_draw_indexed (cairo_t            *cr,
                       const SkTimeline   *t,
                       GArray             *rows,
                       const SkTimescale  *ts,
                       const SkGanttStyle *s,
                       double              view_x,
                       double              view_y,
                       double              width,
                       double              height,
                       int                 selected,
                       guint32             today,
                       const SkGanttIndex *ix)
{
  GHashTable *row_of = ix->row_of;
  PangoLayout *layout = sk_render_layout_new (cr, s->font, "", FALSE);
  double chart_w = width - ts->label_width;
  guint r0, r1;
  guint32 d0, d1;

  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);

  rgb (cr, &s->background);
  cairo_paint (cr);

  /* Only the rows and days in view. */
  r0 = (guint) MAX (0, floor (view_y / SK_GANTT_ROW_HEIGHT));
  r1 = (guint) MIN ((double) rows->len, ceil ((view_y + height - SK_GANTT_HEADER_HEIGHT) / SK_GANTT_ROW_HEIGHT) + 1);
  d0 = (guint32) MAX (1, floor (sk_timescale_day (ts, view_x)));
  d1 = (guint32) ceil (sk_timescale_day (ts, view_x + chart_w)) + 1;

  cairo_save (cr);
  cairo_rectangle (cr, ts->label_width, SK_GANTT_HEADER_HEIGHT, chart_w, height - SK_GANTT_HEADER_HEIGHT);
  cairo_clip (cr);

  /* Weekends and holidays, when days are wide enough to see. */
  if (ts->px_per_day >= 2)
    for (guint32 d = d0; d <= d1; d++)
      {
        gboolean holiday = sk_holiday_name (d) != NULL;

        if (!holiday && !sk_is_weekend (d))
          continue;
        if (holiday)
          rgb (cr, &s->holiday);
        else
          rgb (cr, &s->weekend);
        cairo_rectangle (cr, ts->label_width + sk_timescale_x (ts, d) - view_x, SK_GANTT_HEADER_HEIGHT,
                         ts->px_per_day, height);
        cairo_fill (cr);
      }

  /* Selection */
  if (selected >= (int) r0 && selected < (int) r1)
    {
      cairo_set_source_rgba (cr, s->selection.r, s->selection.g, s->selection.b, 0.12);
      cairo_rectangle (cr, ts->label_width, SK_GANTT_HEADER_HEIGHT + selected * SK_GANTT_ROW_HEIGHT - view_y,
                       chart_w, SK_GANTT_ROW_HEIGHT);
      cairo_fill (cr);
    }

  /* Finish-to-start arrows into the rows in view. */
  cairo_set_line_width (cr, 1.2);
  for (guint i = r0; i < r1; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, g_array_index (rows, SkGanttRow, i).task);
      double yt = SK_GANTT_HEADER_HEIGHT + (i + 0.5) * SK_GANTT_ROW_HEIGHT - view_y;
      double xt = ts->label_width + sk_timescale_x (ts, julian_of (task->start)) - view_x;

      for (guint k = 0; k < task->depends_on->len; k++)
        {
          guint pr = GPOINTER_TO_UINT (g_hash_table_lookup (row_of, g_ptr_array_index (task->depends_on, k)));
          SkTask *pred;
          double yp, xp;
          gboolean late;

          if (pr == 0)
            continue;
          pred = g_ptr_array_index (t->tasks, g_array_index (rows, SkGanttRow, pr - 1).task);
          yp = SK_GANTT_HEADER_HEIGHT + (pr - 0.5) * SK_GANTT_ROW_HEIGHT - view_y;
          xp = ts->label_width + sk_timescale_x (ts, julian_of (pred->end) + (pred->milestone ? 0.5 : 1)) - view_x;
          late = julian_of (pred->end) >= julian_of (task->start) && !(task->milestone || pred->milestone);
          if (late)
            rgb (cr, &s->violation);
          else
            rgb (cr, &s->dim);
          if (pred->milestone)
            {
              /* From the diamond's point above or below: its name is
               * beside it, and a line along the row would strike it
               * through. */
              double dir = yt > yp ? 1 : -1;

              cairo_move_to (cr, xp, yp + dir * MILESTONE_RADIUS);
              if (xt - 1 - xp >= 8)
                cairo_line_to (cr, xp, yt);
              else
                {
                  /* The next task starts at or before the milestone:
                   * along the rows' border, then into its start. */
                  cairo_line_to (cr, xp, yp + dir * SK_GANTT_ROW_HEIGHT / 2);
                  cairo_line_to (cr, xt - 8, yp + dir * SK_GANTT_ROW_HEIGHT / 2);
                  cairo_line_to (cr, xt - 8, yt);
                }
            }
          else
            {
              cairo_move_to (cr, xp, yp);
              cairo_line_to (cr, MAX (xp + 6, xt - 8), yp);
              cairo_line_to (cr, MAX (xp + 6, xt - 8), yt);
            }
          cairo_line_to (cr, xt - 1, yt);
          cairo_stroke (cr);
          cairo_move_to (cr, xt - 1, yt);
          cairo_line_to (cr, xt - 6, yt - 3.5);
          cairo_line_to (cr, xt - 6, yt + 3.5);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
    }

  /* Bars */
  for (guint i = r0; i < r1; i++)
    {
      const SkGanttRow *row = &g_array_index (rows, SkGanttRow, i);
      SkTask *task = g_ptr_array_index (t->tasks, row->task);
      double y = SK_GANTT_HEADER_HEIGHT + i * SK_GANTT_ROW_HEIGHT - view_y;
      double xs = ts->label_width + sk_timescale_x (ts, julian_of (task->start)) - view_x;
      double xe = ts->label_width + sk_timescale_x (ts, julian_of (task->end) + 1) - view_x;
      gboolean bad = task_violates_indexed (ix->by_id, task);

      if (task->milestone)
        {
          double cx = (xs + xe) / 2, cy = y + SK_GANTT_ROW_HEIGHT / 2, rr = MILESTONE_RADIUS;

          rgb (cr, bad ? &s->violation : &s->milestone);
          cairo_move_to (cr, cx, cy - rr);
          cairo_line_to (cr, cx + rr, cy);
          cairo_line_to (cr, cx, cy + rr);
          cairo_line_to (cr, cx - rr, cy);
          cairo_close_path (cr);
          cairo_fill (cr);
          /* A milestone carries its name beside it, on a rim of the
           * background where another task's line passes under it. */
          text_on_background (cr, layout, task->name, cx + rr + 4, y + 4, SK_GANTT_MILESTONE_LABEL, &s->dim,
                              &s->background);
        }
      else if (row->phase)
        {
          rgb (cr, &s->phase);
          cairo_rectangle (cr, xs, y + 9, xe - xs, 7);
          cairo_fill (cr);
          cairo_move_to (cr, xs, y + 16);
          cairo_line_to (cr, xs + 5, y + 16);
          cairo_line_to (cr, xs, y + 21);
          cairo_close_path (cr);
          cairo_move_to (cr, xe, y + 16);
          cairo_line_to (cr, xe - 5, y + 16);
          cairo_line_to (cr, xe, y + 21);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      else
        {
          double w = MAX (xe - xs, 2);

          rgb (cr, &s->bar);
          cairo_rectangle (cr, xs, y + 5, w, SK_GANTT_ROW_HEIGHT - 10);
          cairo_fill (cr);
          if (task->progress > 0)
            {
              rgb (cr, &s->progress);
              cairo_rectangle (cr, xs, y + 5, w * MIN (task->progress, 100) / 100.0, SK_GANTT_ROW_HEIGHT - 10);
              cairo_fill (cr);
            }
          if (bad)
            {
              rgb (cr, &s->violation);
              cairo_set_line_width (cr, 2);
              cairo_rectangle (cr, xs, y + 5, w, SK_GANTT_ROW_HEIGHT - 10);
              cairo_stroke (cr);
            }
        }
    }

  /* Today */
  if (today != 0 && today >= d0 && today <= d1)
    {
      rgb (cr, &s->today);
      cairo_rectangle (cr, ts->label_width + sk_timescale_x (ts, today + 0.5) - view_x - 1,
                       SK_GANTT_HEADER_HEIGHT, 2, height);
      cairo_fill (cr);
    }
  cairo_restore (cr);

  /* The names, pinned at the left */
  rgb (cr, &s->label_bg);
  cairo_rectangle (cr, 0, SK_GANTT_HEADER_HEIGHT, ts->label_width, height);
  cairo_fill (cr);
  rgb (cr, &s->grid);
  cairo_rectangle (cr, ts->label_width - 1, 0, 1, height);
  cairo_fill (cr);
  cairo_save (cr);
  cairo_rectangle (cr, 0, SK_GANTT_HEADER_HEIGHT, ts->label_width, height - SK_GANTT_HEADER_HEIGHT);
  cairo_clip (cr);
  for (guint i = r0; i < r1; i++)
    {
      const SkGanttRow *row = &g_array_index (rows, SkGanttRow, i);
      SkTask *task = g_ptr_array_index (t->tasks, row->task);
      double y = SK_GANTT_HEADER_HEIGHT + i * SK_GANTT_ROW_HEIGHT - view_y;
      double x = 6 + row->depth * 16;

      if ((int) i == selected)
        {
          cairo_set_source_rgba (cr, s->selection.r, s->selection.g, s->selection.b, 0.18);
          cairo_rectangle (cr, 0, y, ts->label_width - 1, SK_GANTT_ROW_HEIGHT);
          cairo_fill (cr);
        }
      rgb (cr, &s->text);
      if (row->phase)
        {
          /* An expander: ▸ closed, ▾ open */
          double cy = y + SK_GANTT_ROW_HEIGHT / 2;

          if (row->collapsed)
            {
              cairo_move_to (cr, x + 3, cy - 5);
              cairo_line_to (cr, x + 9, cy);
              cairo_line_to (cr, x + 3, cy + 5);
            }
          else
            {
              cairo_move_to (cr, x + 1, cy - 3);
              cairo_line_to (cr, x + 11, cy - 3);
              cairo_line_to (cr, x + 6, cy + 3);
            }
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      text (cr, layout, task->name, x + 16, y + 4, ts->label_width - x - 22, row->phase);
    }
  cairo_restore (cr);

  draw_header (cr, layout, ts, s, view_x, width, d0, d1);
  g_object_unref (layout);
}

gboolean
sk_gantt_export (const SkTimeline  *t,
                 const char        *path,
                 const char        *paper,
                 GError           **error)
{
  return sk_gantt_export_range (t, path, paper, 0, 0, error);
}

gboolean
sk_gantt_export_document (SkProject        *project,
                          const SkTimeline *t,
                          const char       *path,
                          const char       *paper,
                          guint32           first,
                          guint32           last,
                          GError          **error)
{
  gboolean ok;

  sk_doc_language_push (sk_project_document_language (project, NULL));
  ok = sk_gantt_export_range (t, path, paper, first, last, error);
  sk_doc_language_pop ();
  return ok;
}

gboolean
sk_gantt_export_range (const SkTimeline  *t,
                       const char        *path,
                       const char        *paper,
                       guint32            range_first,
                       guint32            range_last,
                       GError           **error)
{
  g_autoptr(GArray) rows = NULL;
  SkGanttIndex ix;
  SkGanttStyle style;
  SkTimescale ts;
  cairo_surface_t *surface;
  cairo_surface_t *scratch;
  cairo_t *cr;
  PangoLayout *measure;
  guint32 first, last, end;
  double width, height, days;
  gboolean pdf = g_str_has_suffix (path, ".pdf");

  sk_gantt_style_init_light (&style);
  if (!sk_gantt_span (t, &first, &last))
    {
      first = last = 2460000;
    }
  ts.label_width = SK_GANTT_LABEL_WIDTH;
  ts.origin = first > 7 ? first - 7 : first;
  days = (last + 14.0) - ts.origin;
  if (range_first != 0 && range_last > range_first)
    {
      ts.origin = range_first;
      days = (double) range_last + 1 - range_first;
    }
  end = ts.origin + (guint32) days;

  /* Names of milestones and the header's last label are measured in the
   * chart's font, to give them room at the right. */
  scratch = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1, 1);
  cr = cairo_create (scratch);
  measure = sk_render_layout_new (cr, style.font, "", FALSE);
  cairo_destroy (cr);

  if (pdf)
    {
      gboolean a3 = g_strcmp0 (paper, "a3") == 0;
      double pw = (a3 ? 420 : 297) * 72 / 25.4, ph = (a3 ? 297 : 210) * 72 / 25.4;
      guint per_page = (guint) ((ph - 40 - SK_GANTT_HEADER_HEIGHT) / SK_GANTT_ROW_HEIGHT);

      ts.px_per_day = sk_gantt_fit_days (t, &ts, end, pw - 40 - SK_GANTT_LABEL_WIDTH, measure);
      rows = sk_gantt_rows (t, NULL);
      surface = sk_render_pdf_surface_new (pw, ph);
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, t->title);
      cr = cairo_create (surface);
      /* One index for all pages: a page's work is its own rows. */
      sk_gantt_index_init (&ix, t, rows);
      for (guint start = 0; start < MAX (rows->len, 1); start += per_page)
        {
          cairo_save (cr);
          cairo_translate (cr, 20, 20);
          cairo_rectangle (cr, 0, 0, pw - 40, ph - 40);
          cairo_clip (cr);
          sk_gantt_draw_indexed (cr, t, rows, &ts, &style, 0, start * SK_GANTT_ROW_HEIGHT, pw - 40,
                                 SK_GANTT_HEADER_HEIGHT + per_page * SK_GANTT_ROW_HEIGHT, -1, 0, &ix);
          cairo_restore (cr);
          cairo_show_page (cr);
        }
      sk_gantt_index_clear (&ix);
      cairo_destroy (cr);
    }
  else
    {
      ts.px_per_day = CLAMP (1400.0 / days, 0.3, 24);
      width = SK_GANTT_LABEL_WIDTH + ceil (sk_gantt_extent (t, &ts, end, measure));
      /* A PNG wider than the limit gets fewer pixels a day. */
      if (g_str_has_suffix (path, ".png") && width > SK_GANTT_PNG_MAX_SIDE)
        {
          ts.px_per_day = sk_gantt_fit_days (t, &ts, end, SK_GANTT_PNG_MAX_SIDE - SK_GANTT_LABEL_WIDTH - 16, measure);
          width = SK_GANTT_LABEL_WIDTH + ceil (sk_gantt_extent (t, &ts, end, measure));
        }
      /* The limit is decided before any drawing: a timeline too tall for
       * a PNG is refused at once. */
      if (g_str_has_suffix (path, ".png") && !sk_gantt_png_fits (path, t->tasks->len, width, error))
        {
          g_object_unref (measure);
          cairo_surface_destroy (scratch);
          return FALSE;
        }
      rows = sk_gantt_rows (t, NULL);
      height = SK_GANTT_HEADER_HEIGHT + rows->len * SK_GANTT_ROW_HEIGHT;
      if ((surface = sk_render_surface_new (path, width, height, 1, error)) == NULL)
        {
          g_object_unref (measure);
          cairo_surface_destroy (scratch);
          return FALSE;
        }
      cr = cairo_create (surface);
      sk_gantt_draw (cr, t, rows, &ts, &style, 0, 0, width, height, -1, 0);
      cairo_destroy (cr);
    }
  g_object_unref (measure);
  cairo_surface_destroy (scratch);
  return sk_render_surface_write (surface, path, error);
}
