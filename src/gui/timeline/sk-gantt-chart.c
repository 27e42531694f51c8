/* sk-gantt-chart.c — a timeline as an editable Gantt chart
 *
 * Scrollable in both directions; only the rows and days in view are drawn
 * (sk_gantt_draw), so thousands of tasks stay smooth.  Drag a bar to move
 * it, an end to resize it, Ctrl+drag from one bar to another to link them;
 * Ctrl+scroll zooms around the pointer.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-gantt-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sk-date.h"
#include "sk-format.h"
#include "sk-gantt.h"
#include "sk-gantt-chart-private.h"

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

static guint signals [SK_GANTT_CHART_N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (SkGanttChart, sk_gantt_chart, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

guint32
_sk_gantt_chart_julian_of (const char *iso)
{
  return sk_date_julian (iso);
}

char *
_sk_gantt_chart_iso_of (guint32 julian)
{
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_julian (&d, julian);
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
}

static guint32
today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  GDate d;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, g_date_time_get_day_of_month (now), g_date_time_get_month (now), g_date_time_get_year (now));
  return g_date_get_julian (&d);
}

static double
content_width (SkGanttChart *self)
{
  return self->ts.label_width + ((double) self->last + 60 - self->ts.origin) * self->ts.px_per_day;
}

/* The width the dates have in view, right of the names. */
static double
dates_width (SkGanttChart *self)
{
  return gtk_widget_get_width (GTK_WIDGET (self)) - self->ts.label_width;
}

static double
content_height (SkGanttChart *self)
{
  return SK_GANTT_HEADER_HEIGHT + (self->rows ? self->rows->len : 0) * SK_GANTT_ROW_HEIGHT;
}

static void
configure_adjustments (SkGanttChart *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));
  double h = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->hadjustment)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (0, content_width (self) - w)),
                              0, MAX (content_width (self) - self->ts.label_width, w - self->ts.label_width),
                              self->ts.px_per_day * 7, MAX (1, w - self->ts.label_width) * 0.9,
                              MAX (1, w - self->ts.label_width));
  if (self->vadjustment)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0,
                                     MAX (0, content_height (self) - h)),
                              0, MAX (content_height (self) - SK_GANTT_HEADER_HEIGHT, h - SK_GANTT_HEADER_HEIGHT),
                              SK_GANTT_ROW_HEIGHT, MAX (1, h - SK_GANTT_HEADER_HEIGHT) * 0.9,
                              MAX (1, h - SK_GANTT_HEADER_HEIGHT));
}

double
_sk_gantt_chart_view_x (SkGanttChart *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

double
_sk_gantt_chart_view_y (SkGanttChart *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void update_accessible (SkGanttChart *self);

/* The first and last day, after a task's dates changed. */
static void
update_span (SkGanttChart *self)
{
  self->has_span = sk_gantt_span (self->timeline, &self->first, &self->last);
  if (!self->has_span)
    self->first = self->last = today ();
}

/* What the chart shows first of a start on the timeline view: the rows,
 * days and index of the project's first timeline, made in the thread
 * that reads the file (sk_gantt_chart_prepare ()) and kept on the project
 * until a chart takes them, or until the project's first change. */
typedef struct
{
  SkTimeline  *timeline;
  GArray      *rows;
  guint32      first, last;
  gboolean     span;
  SkGanttIndex index;
} Prepared;

#define PREPARED_KEY "sk-gantt-chart-prepared"

static void
prepared_free (Prepared *p)
{
  g_clear_pointer (&p->rows, g_array_unref);
  sk_gantt_index_clear (&p->index);
  g_free (p);
}

static void
drop_prepared (SkProject *project)
{
  g_signal_handlers_disconnect_by_func (project, drop_prepared, project);
  g_object_set_data (G_OBJECT (project), PREPARED_KEY, NULL);
}

void
sk_gantt_chart_prepare (SkProject *project)
{
  static const char *changes[] = { "changed", "record-changed", "record-inserted", "record-removed", "record-moved" };
  GPtrArray *timelines;
  Prepared *p;

  g_return_if_fail (SK_IS_PROJECT (project));

  timelines = sk_project_get_timelines (project);
  if (timelines->len == 0)
    return;
  p = g_new0 (Prepared, 1);
  p->timeline = g_ptr_array_index (timelines, 0);
  p->rows = sk_gantt_rows (p->timeline, NULL);
  p->span = sk_gantt_span (p->timeline, &p->first, &p->last);
  sk_gantt_index_init (&p->index, p->timeline, p->rows);
  g_object_set_data_full (G_OBJECT (project), PREPARED_KEY, p, (GDestroyNotify) prepared_free);
  for (guint i = 0; i < G_N_ELEMENTS (changes); i++)
    g_signal_connect_swapped (project, changes[i], G_CALLBACK (drop_prepared), project);
}

/* The prepared rows, if they are of the timeline shown with no phase
 * folded; dropped either way, as the chart has its own from now on. */
static gboolean
take_prepared (SkGanttChart *self)
{
  Prepared *p = self->project ? g_object_get_data (G_OBJECT (self->project), PREPARED_KEY) : NULL;
  gboolean taken;

  if (p == NULL)
    return FALSE;
  taken = p->timeline == self->timeline && g_hash_table_size (self->collapsed) == 0;
  if (taken)
    {
      self->rows = g_steal_pointer (&p->rows);
      self->index = p->index;
      p->index = (SkGanttIndex) { NULL, NULL };
      self->has_span = p->span;
      if (p->span)
        {
          self->first = p->first;
          self->last = p->last;
        }
      else
        self->first = self->last = today ();
    }
  drop_prepared (self->project);
  return taken;
}

/* The rows anew (tasks came, went or changed phase); the selected task
 * stays selected by its id, or the selection is gone with it. */
void
_sk_gantt_chart_relayout (SkGanttChart *self)
{
  int was = self->selected;

  g_clear_pointer (&self->rows, g_array_unref);
  sk_gantt_index_clear (&self->index);
  if (self->timeline == NULL)
    return;
  if (!take_prepared (self))
    {
      self->rows = sk_gantt_rows (self->timeline, self->collapsed);
      update_span (self);
    }
  self->selected = -1;
  for (guint i = 0; self->selected_id != NULL && i < self->rows->len; i++)
    if (g_strcmp0 (_sk_gantt_chart_row_task (self, i)->id, self->selected_id) == 0)
      self->selected = i;
  configure_adjustments (self);
  /* Its natural height follows the rows. */
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->selected < 0 && self->selected_id != NULL)
    {
      g_clear_pointer (&self->selected_id, g_free);
      g_signal_emit (self, signals [SK_GANTT_CHART_SELECTION_CHANGED], 0);
    }
  else if (self->selected != was)
    update_accessible (self);
}

SkTask *
_sk_gantt_chart_row_task (SkGanttChart *self,
          guint         row)
{
  return g_ptr_array_index (self->timeline->tasks, g_array_index (self->rows, SkGanttRow, row).task);
}

static void
update_accessible (SkGanttChart *self)
{
  SkTask *task = sk_gantt_chart_get_selected (self);
  g_autofree char *text = NULL;

  if (task == NULL)
    return;
  {
    g_autofree char *from = sk_format_date (task->start);
    g_autofree char *to = sk_format_date (task->end);
    const char *kind = task->milestone ? _("milestone")
                     : self->selected >= 0 && g_array_index (self->rows, SkGanttRow, self->selected).phase ? _("phase")
                     : _("task");

    /* Translators: what a screen reader says of the selected task:
     * "Innsiktsøkt 1, milestone, 24. oktober 2025 to 24. oktober 2025" */
    text = g_strdup_printf (_("%s, %s, %s to %s"), task->name, kind, from, to);
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text, -1);
}

void
_sk_gantt_chart_select_row (SkGanttChart *self,
            int           row)
{
  if (row == self->selected)
    return;
  self->selected = row;
  g_free (self->selected_id);
  self->selected_id = row >= 0 ? g_strdup (_sk_gantt_chart_row_task (self, row)->id) : NULL;
  /* Keep the selection in view. */
  if (row >= 0 && self->vadjustment)
    {
      double y = row * SK_GANTT_ROW_HEIGHT;
      double v = gtk_adjustment_get_value (self->vadjustment);
      double page = gtk_adjustment_get_page_size (self->vadjustment);

      if (y < v)
        gtk_adjustment_set_value (self->vadjustment, y);
      else if (y + SK_GANTT_ROW_HEIGHT > v + page)
        gtk_adjustment_set_value (self->vadjustment, y + SK_GANTT_ROW_HEIGHT - page);
    }
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_signal_emit (self, signals [SK_GANTT_CHART_SELECTION_CHANGED], 0);
}

/* Drawing */

static void
style_from_widget (SkGanttChart *self,
                   SkGanttStyle *s)
{
  GdkRGBA fg;
  gboolean dark;

  sk_gantt_style_init_light (s);
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dark = fg.red > 0.6;
  s->text = (SkGanttRgb) { fg.red, fg.green, fg.blue };
  if (dark)
    {
      s->background = (SkGanttRgb) { 0.14, 0.14, 0.15 };
      s->label_bg = (SkGanttRgb) { 0.17, 0.17, 0.18 };
      s->grid = (SkGanttRgb) { 0.30, 0.30, 0.32 };
      s->weekend = (SkGanttRgb) { 0.18, 0.18, 0.19 };
      s->holiday = (SkGanttRgb) { 0.26, 0.19, 0.16 };
      s->phase = (SkGanttRgb) { 0.85, 0.85, 0.87 };
      s->dim = (SkGanttRgb) { 0.65, 0.65, 0.68 };
    }
}

static void
sk_gantt_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SkGanttChart *self = SK_GANTT_CHART (widget);
  double w = gtk_widget_get_width (widget), h = gtk_widget_get_height (widget);
  SkGanttStyle style;
  cairo_t *cr;

  if (self->timeline == NULL || self->rows == NULL || w <= 0 || h <= 0)
    return;
  style_from_widget (self, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, w, h));
  /* The index is kept from page to page while the rows stay. */
  if (self->index.row_of == NULL)
    sk_gantt_index_init (&self->index, self->timeline, self->rows);
  sk_gantt_draw_indexed (cr, self->timeline, self->rows, &self->ts, &style, _sk_gantt_chart_view_x (self),
                         _sk_gantt_chart_view_y (self), w, h, self->selected, today (), &self->index);

  /* What a drag will do */
  if (self->draw_drag != NULL)
    self->draw_drag (self, cr, &style);
  cairo_destroy (cr);
}

/* Scrolls the selected task's bar into view (its start first, when it is
 * wider than the view): when the chart narrows as the panel opens, the
 * task just chosen stays in sight. */
static void
keep_selected_in_view (SkGanttChart *self)
{
  SkTask *task = sk_gantt_chart_get_selected (self);
  double w = dates_width (self);
  double margin = w / 10, xs, xe, v;

  if (task == NULL || self->hadjustment == NULL || w <= 0)
    return;
  xs = sk_timescale_x (&self->ts, _sk_gantt_chart_julian_of (task->start));
  xe = sk_timescale_x (&self->ts, _sk_gantt_chart_julian_of (task->end ? task->end : task->start) + 1);
  v = gtk_adjustment_get_value (self->hadjustment);
  if (xs >= v && xe <= v + w)
    return;
  if (xs < v || xe - xs > w - 2 * margin)
    gtk_adjustment_set_value (self->hadjustment, xs - margin);
  else
    gtk_adjustment_set_value (self->hadjustment, xe - w + margin);
}

static void
sk_gantt_chart_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  SkGanttChart *self = SK_GANTT_CHART (widget);

  self->ts.label_width = sk_gantt_label_width_for (width);
  if (self->pending_fit && width > self->ts.label_width + 50)
    {
      self->pending_fit = FALSE;
      sk_gantt_chart_fit (self);
    }
  configure_adjustments (self);
  if (width != self->last_width)
    {
      self->last_width = width;
      keep_selected_in_view (self);
    }
}

static void
sk_gantt_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  SkGanttChart *self = SK_GANTT_CHART (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = (int) SK_GANTT_LABEL_MIN_WIDTH + 100;
      /* Not under the least width its scroller is given (the timeline
       * view's), which the scroller's natural width, the chart's, would
       * otherwise be under. */
      *natural = MAX (MIN ((int) content_width (self), 1400), (int) SK_GANTT_LABEL_MIN_WIDTH + 160);
    }
  else
    {
      *minimum = (int) SK_GANTT_HEADER_HEIGHT + 3 * (int) SK_GANTT_ROW_HEIGHT;
      *natural = MIN ((int) content_height (self), 900);
    }
  /* A timeline with no tasks yet is smaller than the least the chart
   * takes. */
  *natural = MAX (*natural, *minimum);
}

static void
adjustment_changed_cb (SkGanttChart *self)
{
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (SkGanttChart   *self,
                GtkAdjustment **slot,
                GtkAdjustment  *adjustment)
{
  if (*slot == adjustment)
    return;
  if (*slot)
    g_signal_handlers_disconnect_by_func (*slot, adjustment_changed_cb, self);
  g_set_object (slot, adjustment);
  if (adjustment)
    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
  configure_adjustments (self);
}

static void
sk_gantt_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkGanttChart *self = SK_GANTT_CHART (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT: g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT: g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_gantt_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkGanttChart *self = SK_GANTT_CHART (object);

  switch (prop_id)
    {
    case PROP_HADJUSTMENT: set_adjustment (self, &self->hadjustment, g_value_get_object (value)); break;
    case PROP_VADJUSTMENT: set_adjustment (self, &self->vadjustment, g_value_get_object (value)); break;
    case PROP_HSCROLL_POLICY: self->hscroll_policy = g_value_get_enum (value); break;
    case PROP_VSCROLL_POLICY: self->vscroll_policy = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_gantt_chart_dispose (GObject *object)
{
  SkGanttChart *self = SK_GANTT_CHART (object);

  set_adjustment (self, &self->hadjustment, NULL);
  set_adjustment (self, &self->vadjustment, NULL);
  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_pointer (&self->rows, g_array_unref);
  sk_gantt_index_clear (&self->index);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->timeline_id, g_free);
  g_clear_pointer (&self->collapsed, g_hash_table_unref);
  G_OBJECT_CLASS (sk_gantt_chart_parent_class)->dispose (object);
}

static void
sk_gantt_chart_class_init (SkGanttChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_gantt_chart_dispose;
  object_class->get_property = sk_gantt_chart_get_property;
  object_class->set_property = sk_gantt_chart_set_property;
  widget_class->snapshot = sk_gantt_chart_snapshot;
  widget_class->size_allocate = sk_gantt_chart_size_allocate;
  widget_class->measure = sk_gantt_chart_measure;

  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  /**
   * SkGanttChart::selection-changed:
   */
  signals [SK_GANTT_CHART_SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sk_gantt_chart_init (SkGanttChart *self)
{
  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->selected = -1;
  self->shift_successors = TRUE;
  self->ts.px_per_day = 4;
  self->ts.label_width = SK_GANTT_LABEL_WIDTH;
  /* Its scroller decides on the sideways scrollbar from the natural width,
   * the width of the days, as the adjustment set in size_allocate does:
   * from the minimum, the two disagreed while the task panel slid away,
   * the scrollbar came and went in each frame, and GTK left the window's
   * content undrawn (blank while the toast of a removal was shown). */
  self->hscroll_policy = GTK_SCROLL_NATURAL;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline chart"), -1);
}

/* The project's change signals: the chart shows an edit, its undo and
 * redo from here, whoever made it. */

/* Whether `id` ("timeline/task…") is in the timeline shown, which is
 * still the project's. */
static gboolean
is_ours (SkGanttChart *self,
         const char   *id)
{
  gsize n = self->timeline_id ? strlen (self->timeline_id) : 0;

  return self->timeline != NULL && n > 0 && strncmp (id, self->timeline_id, n) == 0 && id[n] == '/' &&
         sk_project_find_timeline (self->project, self->timeline_id) == self->timeline;
}

static void
record_changed_cb (SkProject    *project,
                   SkRecordKind  kind,
                   const char   *id,
                   const char   *field,
                   SkGanttChart *self)
{
  /* A task's id or links may be what changed. */
  sk_gantt_index_clear (&self->index);
  if (kind != SK_RECORD_TASK || !is_ours (self, id))
    return;
  /* Which row a task is in follows its phase; the rest is drawn. */
  if (g_strcmp0 (field, "parent") == 0 || g_strcmp0 (field, "milestone") == 0)
    {
      _sk_gantt_chart_relayout (self);
      return;
    }
  update_span (self);
  configure_adjustments (self);
  update_accessible (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
record_listed_cb (SkProject    *project,
                  SkRecordKind  kind,
                  const char   *id,
                  guint         position,
                  SkGanttChart *self)
{
  sk_gantt_index_clear (&self->index);
  if (!is_ours (self, id))
    return;
  if (kind == SK_RECORD_TASK)
    _sk_gantt_chart_relayout (self);
  else if (kind == SK_RECORD_DEPENDENCY)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
record_moved_cb (SkProject    *project,
                 SkRecordKind  kind,
                 const char   *id,
                 guint         from,
                 guint         to,
                 SkGanttChart *self)
{
  record_listed_cb (project, kind, id, to, self);
}

void
sk_gantt_chart_set_timeline (SkGanttChart *self,
                             SkProject    *project,
                             SkTimeline   *timeline,
                             gboolean      editable)
{
  gboolean same = timeline != NULL && g_strcmp0 (self->timeline_id, timeline->id) == 0;

  g_return_if_fail (SK_IS_GANTT_CHART (self));

  if (project != self->project)
    {
      if (self->project != NULL)
        g_signal_handlers_disconnect_by_data (self->project, self);
      g_set_object (&self->project, project);
      if (project != NULL)
        {
          g_signal_connect_object (project, "record-changed", G_CALLBACK (record_changed_cb), self, 0);
          g_signal_connect_object (project, "record-inserted", G_CALLBACK (record_listed_cb), self, 0);
          g_signal_connect_object (project, "record-removed", G_CALLBACK (record_listed_cb), self, 0);
          g_signal_connect_object (project, "record-moved", G_CALLBACK (record_moved_cb), self, 0);
        }
    }
  self->timeline = timeline;
  g_free (self->timeline_id);
  self->timeline_id = timeline ? g_strdup (timeline->id) : NULL;
  self->editable = editable;
  if (!same)
    {
      self->selected = -1;
      g_clear_pointer (&self->selected_id, g_free);
      g_hash_table_remove_all (self->collapsed);
    }
  if (timeline == NULL)
    {
      g_clear_pointer (&self->rows, g_array_unref);
      sk_gantt_index_clear (&self->index);
      return;
    }
  _sk_gantt_chart_relayout (self);
  if (!same)
    {
      sk_gantt_chart_fit (self);
      /* Again when the chart has its real width. */
      self->pending_fit = gtk_widget_get_width (GTK_WIDGET (self)) <= self->ts.label_width + 50;
    }
}

void
sk_gantt_chart_refresh (SkGanttChart *self)
{
  g_return_if_fail (SK_IS_GANTT_CHART (self));
  _sk_gantt_chart_relayout (self);
}

gboolean
sk_gantt_chart_get_span (SkGanttChart *self,
                         guint32      *first,
                         guint32      *last)
{
  g_return_val_if_fail (SK_IS_GANTT_CHART (self), FALSE);

  *first = self->first;
  *last = self->last;
  return self->timeline != NULL && self->has_span;
}

SkTask *
sk_gantt_chart_get_selected (SkGanttChart *self)
{
  g_return_val_if_fail (SK_IS_GANTT_CHART (self), NULL);
  if (self->rows == NULL || self->selected < 0 || self->selected >= (int) self->rows->len)
    return NULL;
  return _sk_gantt_chart_row_task (self, self->selected);
}

void
sk_gantt_chart_select_task (SkGanttChart *self,
                            SkTask       *task)
{
  g_return_if_fail (SK_IS_GANTT_CHART (self));
  if (task == NULL)
    {
      _sk_gantt_chart_select_row (self, -1);
      return;
    }
  for (guint i = 0; self->rows && i < self->rows->len; i++)
    if (_sk_gantt_chart_row_task (self, i) == task)
      {
        _sk_gantt_chart_select_row (self, i);
        return;
      }
}

void
sk_gantt_chart_zoom (SkGanttChart *self,
                     double        factor)
{
  double w = dates_width (self);
  double centre = sk_timescale_day (&self->ts, _sk_gantt_chart_view_x (self) + w / 2);

  g_return_if_fail (SK_IS_GANTT_CHART (self));
  /* From whole days as wide as a word to years on one screen */
  self->ts.px_per_day = CLAMP (self->ts.px_per_day * factor, 0.15, 60);
  configure_adjustments (self);
  if (self->hadjustment)
    gtk_adjustment_set_value (self->hadjustment, sk_timescale_x (&self->ts, centre) - w / 2);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sk_gantt_chart_fit (SkGanttChart *self)
{
  double w = gtk_widget_get_width (GTK_WIDGET (self));

  g_return_if_fail (SK_IS_GANTT_CHART (self));
  if (w <= self->ts.label_width + 50)
    w = 1000;
  self->ts.origin = self->first > 10 ? self->first - 10 : self->first;
  self->ts.px_per_day = CLAMP ((w - self->ts.label_width - 20) / ((double) self->last + 20 - self->ts.origin), 0.15, 60);
  configure_adjustments (self);
  if (self->hadjustment)
    gtk_adjustment_set_value (self->hadjustment, 0);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

void
sk_gantt_chart_scroll_to_today (SkGanttChart *self)
{
  double w = dates_width (self);
  guint32 t = today ();

  if (t < self->ts.origin)
    {
      self->ts.origin = t - 30;
      configure_adjustments (self);
    }
  if (self->hadjustment)
    gtk_adjustment_set_value (self->hadjustment, sk_timescale_x (&self->ts, t) - w / 3);
}

double
sk_gantt_chart_get_px_per_day (SkGanttChart *self)
{
  return self->ts.px_per_day;
}

void
sk_gantt_chart_set_shift_successors (SkGanttChart *self,
                                     gboolean      shift)
{
  self->shift_successors = shift;
}

gboolean
sk_gantt_chart_bar_position (SkGanttChart *self,
                             SkTask       *task,
                             double       *x,
                             double       *y,
                             double       *width)
{
  for (guint i = 0; self->rows && i < self->rows->len; i++)
    if (_sk_gantt_chart_row_task (self, i) == task)
      {
        double xs = self->ts.label_width + sk_timescale_x (&self->ts, _sk_gantt_chart_julian_of (task->start)) - _sk_gantt_chart_view_x (self);
        double xe = self->ts.label_width + sk_timescale_x (&self->ts, _sk_gantt_chart_julian_of (task->end) + 1) - _sk_gantt_chart_view_x (self);

        *x = xs;
        *width = xe - xs;
        *y = SK_GANTT_HEADER_HEIGHT + (i + 0.5) * SK_GANTT_ROW_HEIGHT - _sk_gantt_chart_view_y (self);
        return TRUE;
      }
  return FALSE;
}

void
sk_gantt_chart_visible_days (SkGanttChart *self,
                             guint32      *first,
                             guint32      *last)
{
  double w = dates_width (self);

  *first = (guint32) MAX (1, floor (sk_timescale_day (&self->ts, _sk_gantt_chart_view_x (self))));
  *last = (guint32) ceil (sk_timescale_day (&self->ts, _sk_gantt_chart_view_x (self) + MAX (w, 1)));
}
