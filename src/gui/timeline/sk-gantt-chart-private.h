/* sk-gantt-chart-private.h — what the chart's drawing (sk-gantt-chart.c)
 * and its drags, keys and edits (sk-gantt-chart-input.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-gantt.h"
#include "sk-gantt-chart.h"

G_BEGIN_DECLS

typedef enum
{
  DRAG_NONE,
  DRAG_MOVE,
  DRAG_START,
  DRAG_END,
  DRAG_LINK,
} DragKind;

struct _SkGanttChart
{
  GtkWidget      parent_instance;

  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;

  SkProject     *project;
  SkTimeline    *timeline;
  gboolean       editable;
  gboolean       shift_successors;
  GHashTable    *collapsed;   /* phase ids */
  GArray        *rows;
  SkGanttIndex   index;       /* of the rows, made when first drawn */
  SkTimescale    ts;
  guint32        first, last;
  gboolean       has_span;    /* FALSE: no task has dates, first = last = today */
  int            selected;    /* row, or -1 */
  char          *selected_id; /* its task's, kept across a new layout */
  char          *timeline_id; /* the timeline's, to know it in the signals */

  DragKind       drag;
  guint          drag_row;
  double         drag_x, drag_y;
  int            drag_days;   /* shown while dragging */
  int            link_row;    /* the row under the pointer in a link drag */
  gboolean       pending_fit; /* fit once the width is known */
  int            last_width;  /* to keep the selected task in view when it changes */
  /* What a drag will do, drawn over the chart: set by the input's part
   * (sk-gantt-chart-input.c), which is above the drawing and makes the
   * chart (sk_gantt_chart_new ()). */
  void         (*draw_drag) (SkGanttChart *self,
                             cairo_t      *cr,
                             SkGanttStyle *style);
};

enum {
  SK_GANTT_CHART_SELECTION_CHANGED,
  SK_GANTT_CHART_N_SIGNALS
};

guint32  _sk_gantt_chart_julian_of    (const char   *iso);
char    *_sk_gantt_chart_iso_of       (guint32       julian);
double   _sk_gantt_chart_view_x       (SkGanttChart *self);
double   _sk_gantt_chart_view_y       (SkGanttChart *self);
SkTask  *_sk_gantt_chart_row_task     (SkGanttChart *self,
                                       guint         row);
void     _sk_gantt_chart_select_row   (SkGanttChart *self,
                                       int           row);
void     _sk_gantt_chart_relayout     (SkGanttChart *self);

G_END_DECLS
