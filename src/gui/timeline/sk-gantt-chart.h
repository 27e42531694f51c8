/* sk-gantt-chart.h — a timeline as an editable Gantt chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_GANTT_CHART (sk_gantt_chart_get_type ())

G_DECLARE_FINAL_TYPE (SkGanttChart, sk_gantt_chart, SK, GANTT_CHART, GtkWidget)

GtkWidget  *sk_gantt_chart_new           (void);
/* `project` receives the edits (with undo) and the chart follows its
 * change signals for `timeline` (an edit, an undo, a redo); a read-only
 * chart (the combined view) has editable FALSE.  A NULL timeline shows
 * nothing (its records are going). */
void        sk_gantt_chart_set_timeline  (SkGanttChart *self,
                                          SkProject    *project,
                                          SkTimeline   *timeline,
                                          gboolean      editable);
SkTask     *sk_gantt_chart_get_selected  (SkGanttChart *self);
void        sk_gantt_chart_select_task   (SkGanttChart *self,
                                          SkTask       *task);
void        sk_gantt_chart_zoom          (SkGanttChart *self,
                                          double        factor);
void        sk_gantt_chart_fit           (SkGanttChart *self);
void        sk_gantt_chart_scroll_to_today (SkGanttChart *self);
double      sk_gantt_chart_get_px_per_day (SkGanttChart *self);
/* Moving a task also moves the tasks that depend on it. */
void        sk_gantt_chart_set_shift_successors (SkGanttChart *self,
                                                 gboolean      shift);
/* The records changed without a change signal: lay out again. */
void        sk_gantt_chart_refresh       (SkGanttChart *self);
/* Makes ready, in any thread before the project is shown, what a chart
 * of the project's first timeline needs first (its rows, days and
 * index), for the chart that shows it. */
void        sk_gantt_chart_prepare       (SkProject    *project);
/* The first and last day of the timeline shown (julian days), as
 * sk_gantt_span () finds them: FALSE when no task has dates. */
gboolean    sk_gantt_chart_get_span      (SkGanttChart *self,
                                          guint32      *first,
                                          guint32      *last);
/* Shifts the selected task by `days`, as Alt+Left/Right do. */
void        sk_gantt_chart_shift_selected (SkGanttChart *self,
                                           int           days);

/* The first and last day in view (julian days). */
void        sk_gantt_chart_visible_days  (SkGanttChart *self,
                                          guint32      *first,
                                          guint32      *last);
/* Where a task's bar is drawn now, in widget coordinates. */
gboolean    sk_gantt_chart_bar_position  (SkGanttChart *self,
                                          SkTask       *task,
                                          double       *x,
                                          double       *y,
                                          double       *width);

G_END_DECLS
