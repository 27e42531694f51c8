/* sk-gantt-chart-input.c — the chart's drags, keys and tooltips (and the
 * chart itself, sk_gantt_chart_new (), made with them): moving,
 * resizing and linking tasks through the core (sk-edit.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-gantt-chart"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-calendar.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-gantt-chart-private.h"
#include "sk-view.h"

/* Edits */

/* An edit through sk-edit.h on the document's history (none for a chart
 * of a project without a document).  The chart shows it from the
 * project's change signals, as it shows an undo (sk-gantt-chart.c). */
typedef struct
{
  SkTask *task;
  SkTask *target;   /* of a link: it depends on the task */
  int     days;
  char   *start;
  char   *end;
} Edit;

typedef gboolean (*EditFunc) (SkGanttChart  *self,
                              const Edit    *edit,
                              SkHistory     *history,
                              GError       **error);

static gboolean
run_edit (SkGanttChart *self,
          gboolean      burst,
          EditFunc      func,
          const Edit   *edit)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), SK_TYPE_VIEW);
  SkDocument *document = view ? sk_view_get_document (SK_VIEW (view)) : sk_document_from_project (self->project);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (burst && document != NULL)
    sk_document_begin_burst (document);
  done = func (self, edit, document ? sk_document_get_history (document) : NULL, &error);
  if (!done)
    {
      g_debug ("%s", error->message);
      gtk_widget_error_bell (GTK_WIDGET (self));
      gtk_widget_queue_draw (GTK_WIDGET (self));
    }
  return done;
}

/* Moves the task, and, when asked, every task after it in the chain of
 * finish-to-start links (the core's sk_edit_shift_task ()). */
static gboolean
shift_edit (SkGanttChart  *self,
            const Edit    *edit,
            SkHistory     *history,
            GError       **error)
{
  return sk_edit_shift_task (history, self->project, self->timeline->id, edit->task->id, edit->days,
                             self->shift_successors, error);
}

/* The target depends on the task: refused twice or in a loop. */
static gboolean
link_edit (SkGanttChart  *self,
           const Edit    *edit,
           SkHistory     *history,
           GError       **error)
{
  return sk_edit_add_dependency (history, self->project, self->timeline->id, edit->target->id, edit->task->id,
                                 error);
}

static gboolean
dates_edit (SkGanttChart  *self,
            const Edit    *edit,
            SkHistory     *history,
            GError       **error)
{
  return sk_edit_set_task_dates (history, self->project, self->timeline->id, edit->task->id, edit->start, edit->end,
                                 error);
}

void
sk_gantt_chart_shift_selected (SkGanttChart *self,
                               int           days)
{
  SkTask *task = sk_gantt_chart_get_selected (self);
  Edit edit = { .task = task, .days = days };

  if (task == NULL || !self->editable || days == 0)
    return;
  /* Steps by key in a row are one step of undo. */
  run_edit (self, TRUE, shift_edit, &edit);
}

/* Gestures */

static void
drag_begin_cb (GtkGestureDrag *gesture,
               double          x,
               double          y,
               SkGanttChart   *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (gesture));
  SkGanttHit hit;
  guint row = 0;

  gtk_widget_grab_focus (GTK_WIDGET (self));
  self->drag = DRAG_NONE;
  if (self->timeline == NULL || self->rows == NULL)
    return;
  /* The header stays put: only what is below it is rows. */
  if (y < SK_GANTT_HEADER_HEIGHT)
    return;
  hit = sk_gantt_hit (self->timeline, self->rows, &self->ts, x + _sk_gantt_chart_view_x (self),
                      y + _sk_gantt_chart_view_y (self), _sk_gantt_chart_view_x (self), &row);
  switch (hit)
    {
    case SK_GANTT_HIT_EXPANDER:
      {
        SkTask *task = _sk_gantt_chart_row_task (self, row);

        if (!g_hash_table_remove (self->collapsed, task->id))
          g_hash_table_add (self->collapsed, g_strdup (task->id));
        _sk_gantt_chart_relayout (self);
        gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
        return;
      }
    case SK_GANTT_HIT_LABEL:
    case SK_GANTT_HIT_ROW:
      _sk_gantt_chart_select_row (self, row);
      return;
    case SK_GANTT_HIT_BAR:
    case SK_GANTT_HIT_START:
    case SK_GANTT_HIT_END:
      _sk_gantt_chart_select_row (self, row);
      if (!self->editable)
        return;
      self->drag_row = row;
      self->drag_x = x;
      self->drag_y = y;
      self->drag_days = 0;
      self->link_row = -1;
      if (mods & GDK_CONTROL_MASK)
        self->drag = DRAG_LINK;
      else if (hit == SK_GANTT_HIT_START)
        self->drag = DRAG_START;
      else if (hit == SK_GANTT_HIT_END)
        self->drag = DRAG_END;
      else if (!g_array_index (self->rows, SkGanttRow, row).phase)
        self->drag = DRAG_MOVE;
      return;
    case SK_GANTT_HIT_NONE:
      /* Below the last row: nothing chosen. */
      _sk_gantt_chart_select_row (self, -1);
      return;
    default:
      return;
    }
}

static void
drag_update_cb (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                SkGanttChart   *self)
{
  if (self->drag == DRAG_NONE)
    return;
  if (self->drag == DRAG_LINK)
    {
      double y = self->drag_y + dy + _sk_gantt_chart_view_y (self) - SK_GANTT_HEADER_HEIGHT;

      self->link_row = y >= 0 ? (int) (y / SK_GANTT_ROW_HEIGHT) : -1;
      g_object_set_data (G_OBJECT (self), "sk-link-end", GINT_TO_POINTER ((int) (self->drag_x + dx)));
      g_object_set_data (G_OBJECT (self), "sk-link-y", GINT_TO_POINTER ((int) (self->drag_y + dy)));
    }
  else
    self->drag_days = (int) lround (dx / self->ts.px_per_day);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_end_cb (GtkGestureDrag *gesture,
             double          dx,
             double          dy,
             SkGanttChart   *self)
{
  DragKind kind = self->drag;
  SkTask *task;
  gboolean done;

  self->drag = DRAG_NONE;
  if (kind == DRAG_NONE || self->rows == NULL || self->drag_row >= self->rows->len)
    return;
  task = _sk_gantt_chart_row_task (self, self->drag_row);

  if (kind == DRAG_LINK)
    {
      SkTask *target;

      if (self->link_row < 0 || self->link_row >= (int) self->rows->len || self->link_row == (int) self->drag_row)
        {
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return;
        }
      target = _sk_gantt_chart_row_task (self, self->link_row);
      /* From task to target: target depends on task.  Not twice, not in
       * a loop. */
      Edit edit = { .task = task, .target = target };

      run_edit (self, FALSE, link_edit, &edit);
      return;
    }

  self->drag_days = (int) lround (dx / self->ts.px_per_day);
  if (self->drag_days == 0)
    {
      gtk_widget_queue_draw (GTK_WIDGET (self));
      return;
    }
  if (kind == DRAG_MOVE)
    {
      Edit edit = { .task = task, .days = self->drag_days };

      done = run_edit (self, FALSE, shift_edit, &edit);
    }
  else
    {
      guint32 s = _sk_gantt_chart_julian_of (task->start), e = _sk_gantt_chart_julian_of (task->end);

      /* A drag cannot make a task end before it starts. */
      if (kind == DRAG_START)
        s = MIN ((gint64) s + self->drag_days, e);
      else
        e = MAX ((gint64) e + self->drag_days, s);
      g_autofree char *start = _sk_gantt_chart_iso_of (s);
      g_autofree char *end = _sk_gantt_chart_iso_of (e);
      Edit edit = { .task = task, .start = start, .end = end };

      done = run_edit (self, FALSE, dates_edit, &edit);
    }
  self->drag_days = 0;
  if (!done)
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           SkGanttChart             *self)
{
  GdkModifierType mods = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (!(mods & GDK_CONTROL_MASK))
    return FALSE;
  sk_gantt_chart_zoom (self, dy < 0 ? 1.25 : 0.8);
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkGanttChart          *self)
{
  gboolean alt = (state & GDK_ALT_MASK) != 0;
  int step = (state & GDK_SHIFT_MASK) ? 7 : 1;

  if (self->rows == NULL)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
      if (alt)
        return FALSE;
      _sk_gantt_chart_select_row (self, MAX (0, self->selected - 1));
      return TRUE;
    case GDK_KEY_Down:
      if (alt)
        return FALSE;
      _sk_gantt_chart_select_row (self, MIN ((int) self->rows->len - 1, self->selected + 1));
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_Right:
      if (alt)
        {
          sk_gantt_chart_shift_selected (self, keyval == GDK_KEY_Left ? -step : step);
          return TRUE;
        }
      if (self->hadjustment)
        gtk_adjustment_set_value (self->hadjustment, gtk_adjustment_get_value (self->hadjustment) +
                                  (keyval == GDK_KEY_Left ? -1 : 1) * gtk_adjustment_get_step_increment (self->hadjustment));
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      sk_gantt_chart_zoom (self, 1.25);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      sk_gantt_chart_zoom (self, 0.8);
      return TRUE;
    case GDK_KEY_Home:
      sk_gantt_chart_scroll_to_today (self);
      return TRUE;
    case GDK_KEY_Escape:
      /* Nothing chosen: the view's panel closes. */
      if (self->selected < 0)
        return FALSE;
      _sk_gantt_chart_select_row (self, -1);
      return TRUE;
    case GDK_KEY_space:
    case GDK_KEY_Return:
      if (self->selected >= 0 && g_array_index (self->rows, SkGanttRow, self->selected).phase)
        {
          SkTask *task = _sk_gantt_chart_row_task (self, self->selected);

          if (!g_hash_table_remove (self->collapsed, task->id))
            g_hash_table_add (self->collapsed, g_strdup (task->id));
          _sk_gantt_chart_relayout (self);
          return TRUE;
        }
      return FALSE;
    default:
      return FALSE;
    }
}

static gboolean
query_tooltip_cb (GtkWidget    *widget,
                  int           x,
                  int           y,
                  gboolean      keyboard,
                  GtkTooltip   *tooltip,
                  SkGanttChart *self)
{
  double day;
  const char *holiday;
  guint row = 0;
  SkGanttHit hit;

  if (self->timeline == NULL || x < self->ts.label_width)
    return FALSE;
  day = sk_timescale_day (&self->ts, x - self->ts.label_width + _sk_gantt_chart_view_x (self));
  hit = sk_gantt_hit (self->timeline, self->rows, &self->ts, x + _sk_gantt_chart_view_x (self), y + _sk_gantt_chart_view_y (self), _sk_gantt_chart_view_x (self), &row);
  if (y >= SK_GANTT_HEADER_HEIGHT && (hit == SK_GANTT_HIT_BAR || hit == SK_GANTT_HIT_START || hit == SK_GANTT_HIT_END))
    {
      SkTask *task = _sk_gantt_chart_row_task (self, row);
      g_autofree char *from = sk_format_date (task->start);
      g_autofree char *to = sk_format_date (task->end);
      g_autofree char *tip = task->milestone ? g_strdup_printf ("%s\n%s", task->name, from)
                                             : g_strdup_printf ("%s\n%s – %s", task->name, from, to);

      if (sk_gantt_task_violates (self->timeline, task))
        {
          g_autofree char *warn = g_strdup_printf ("%s\n%s", tip, _("Starts before a task it depends on ends"));

          gtk_tooltip_set_text (tooltip, warn);
        }
      else
        gtk_tooltip_set_text (tooltip, tip);
      return TRUE;
    }
  /* The holiday's name on hover */
  holiday = sk_holiday_name ((guint32) floor (day));
  if (holiday != NULL)
    {
      g_autofree char *iso = _sk_gantt_chart_iso_of ((guint32) floor (day));
      g_autofree char *date = sk_format_date (iso);
      g_autofree char *tip = g_strdup_printf ("%s, %s", holiday, date);

      gtk_tooltip_set_text (tooltip, tip);
      return TRUE;
    }
  return FALSE;
}

/* What a drag will do, over the chart. */
static void
draw_drag (SkGanttChart *self,
           cairo_t      *cr,
           SkGanttStyle *style)
{
  if (self->drag == DRAG_MOVE || self->drag == DRAG_START || self->drag == DRAG_END)
    {
      SkTask *task = _sk_gantt_chart_row_task (self, self->drag_row);
      guint32 s = _sk_gantt_chart_julian_of (task->start), e = _sk_gantt_chart_julian_of (task->end);
      double y = SK_GANTT_HEADER_HEIGHT + self->drag_row * SK_GANTT_ROW_HEIGHT - _sk_gantt_chart_view_y (self);
      double x0, x1;

      if (self->drag == DRAG_MOVE)
        s += self->drag_days, e += self->drag_days;
      else if (self->drag == DRAG_START)
        s = MIN ((gint64) s + self->drag_days, e);
      else
        e = MAX ((gint64) e + self->drag_days, s);
      x0 = self->ts.label_width + sk_timescale_x (&self->ts, s) - _sk_gantt_chart_view_x (self);
      x1 = self->ts.label_width + sk_timescale_x (&self->ts, e + 1) - _sk_gantt_chart_view_x (self);
      cairo_set_source_rgba (cr, style->selection.r, style->selection.g, style->selection.b, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_rectangle (cr, x0, y + 3, MAX (x1 - x0, 4), SK_GANTT_ROW_HEIGHT - 6);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      {
        g_autofree char *a = _sk_gantt_chart_iso_of (s);
        g_autofree char *b = _sk_gantt_chart_iso_of (e);
        g_autofree char *from = sk_format_date (a);
        g_autofree char *to = sk_format_date (b);
        g_autofree char *label = g_strdup_printf ("%s – %s", from, to);
        PangoLayout *layout = gtk_widget_create_pango_layout (GTK_WIDGET (self), label);

        cairo_move_to (cr, x1 + 8, y + 4);
        pango_cairo_show_layout (cr, layout);
        g_object_unref (layout);
      }
    }
  else if (self->drag == DRAG_LINK)
    {
      double y0 = SK_GANTT_HEADER_HEIGHT + (self->drag_row + 0.5) * SK_GANTT_ROW_HEIGHT - _sk_gantt_chart_view_y (self);

      cairo_set_source_rgba (cr, style->selection.r, style->selection.g, style->selection.b, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, self->drag_x, y0);
      cairo_line_to (cr, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "sk-link-end")),
                     GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "sk-link-y")));
      cairo_stroke (cr);
    }
}

static void
add_controllers (SkGanttChart *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *key = gtk_event_controller_key_new ();

  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
  g_signal_connect (key, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), key);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);
}

/* The chart with its drags, keys and edits. */
GtkWidget *
sk_gantt_chart_new (void)
{
  SkGanttChart *self = g_object_new (SK_TYPE_GANTT_CHART, NULL);

  add_controllers (self);
  self->draw_drag = draw_drag;
  return GTK_WIDGET (self);
}
