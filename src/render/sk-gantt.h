/* sk-gantt.h — the layout of a Gantt chart: rows, the time scale,
 * hit-testing, and the drawing shared by the widget and the exports
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "sk-model.h"
#include "sk-project.h"

G_BEGIN_DECLS

#define SK_GANTT_LABEL_WIDTH   280.0
#define SK_GANTT_LABEL_MIN_WIDTH 140.0
#define SK_GANTT_HEADER_HEIGHT 44.0
#define SK_GANTT_ROW_HEIGHT    26.0
#define SK_GANTT_EDGE          5.0   /* pixels of a bar's end that resize it */

typedef struct
{
  guint    task;       /* index into timeline->tasks */
  int      depth;
  gboolean phase;      /* has tasks under it */
  gboolean collapsed;
} SkGanttRow;

typedef struct
{
  guint32  origin;     /* julian day at the left edge of the chart area */
  double   px_per_day;
  double   label_width; /* the names column: SK_GANTT_LABEL_WIDTH, less in a
                         * narrow window (sk_gantt_label_width_for ()) */
} SkTimescale;

typedef enum
{
  SK_GANTT_HIT_NONE,
  SK_GANTT_HIT_HEADER,
  SK_GANTT_HIT_LABEL,
  SK_GANTT_HIT_EXPANDER,
  SK_GANTT_HIT_BAR,
  SK_GANTT_HIT_START,
  SK_GANTT_HIT_END,
  SK_GANTT_HIT_ROW,    /* the row, beside the bar */
} SkGanttHit;

typedef struct
{
  double r, g, b;
} SkGanttRgb;

typedef struct
{
  SkGanttRgb background, text, dim, grid, weekend, holiday, bar, progress, phase,
             milestone, today, violation, selection, label_bg;
  const char *font;
} SkGanttStyle;

void     sk_gantt_style_init_light (SkGanttStyle *style);

/* The rows to show, phases first then what they hold, in file order;
 * `collapsed` holds the ids of closed phases (may be NULL). */
GArray  *sk_gantt_rows          (const SkTimeline *timeline,
                                 GHashTable       *collapsed);

/* First and last day of all tasks; FALSE for a timeline without dated tasks. */
gboolean sk_gantt_span          (const SkTimeline *timeline,
                                 guint32          *first,
                                 guint32          *last);

double   sk_gantt_label_width_for (double          width);
double   sk_timescale_x         (const SkTimescale *ts,
                                 double             julian);
double   sk_timescale_day       (const SkTimescale *ts,
                                 double             x);

/* What is at (x, y) in chart coordinates (scrolled: x and y include the
 * scroll offsets; the label column is pinned at the left of the view and
 * `view_x` is where the view starts). */
SkGanttHit sk_gantt_hit         (const SkTimeline  *timeline,
                                 GArray            *rows,
                                 const SkTimescale *ts,
                                 double             x,
                                 double             y,
                                 double             view_x,
                                 guint             *row);

/* Whether a task starts before one of its predecessors ends. */
gboolean sk_gantt_task_violates (const SkTimeline *timeline,
                                 const SkTask     *task);

/* Draws the part of the chart in view: `view_x`, `view_y` are the scroll
 * offsets, `width` × `height` the view.  Only the rows and days in view are
 * drawn.  `selected` is a row index or -1; `today` a julian day or 0. */
void     sk_gantt_draw          (cairo_t            *cr,
                                 const SkTimeline   *timeline,
                                 GArray             *rows,
                                 const SkTimescale  *ts,
                                 const SkGanttStyle *style,
                                 double              view_x,
                                 double              view_y,
                                 double              width,
                                 double              height,
                                 int                 selected,
                                 guint32             today);

/* Rows by task id and tasks by id: made once for every page drawn, or
 * kept by a view for as long as the timeline and its rows stay as they
 * were (sk-gantt-chart.c). */
typedef struct
{
  GHashTable *row_of;   /* id → row index + 1 */
  GHashTable *by_id;    /* id → SkTask */
} SkGanttIndex;

void     sk_gantt_index_init    (SkGanttIndex       *ix,
                                 const SkTimeline   *timeline,
                                 GArray             *rows);
void     sk_gantt_index_clear   (SkGanttIndex       *ix);
/* sk_gantt_draw () with the index of `rows` made already. */
void     sk_gantt_draw_indexed  (cairo_t            *cr,
                                 const SkTimeline   *timeline,
                                 GArray             *rows,
                                 const SkTimescale  *ts,
                                 const SkGanttStyle *style,
                                 double              view_x,
                                 double              view_y,
                                 double              width,
                                 double              height,
                                 int                 selected,
                                 guint32             today,
                                 const SkGanttIndex *ix);

/* The whole timeline to .png, .svg or .pdf; a PDF is cut into landscape
 * pages of `paper` ("a4" or "a3") by rows, the dates fitted to the width. */
gboolean sk_gantt_export        (const SkTimeline  *timeline,
                                 const char        *path,
                                 const char        *paper,
                                 GError           **error);
/* The same for the days from `first` to `last` (julian days) only. */
gboolean sk_gantt_export_range  (const SkTimeline  *timeline,
                                 const char        *path,
                                 const char        *paper,
                                 guint32            first,
                                 guint32            last,
                                 GError           **error);
/* sk_gantt_export_range () in the project's written language
 * (sk_project_document_language ()), as every document of the project. */
gboolean sk_gantt_export_document (SkProject        *project,
                                   const SkTimeline *timeline,
                                   const char       *path,
                                   const char       *paper,
                                   guint32           first,
                                   guint32           last,
                                   GError          **error);

G_END_DECLS
