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

#include "sk-calendar.h"
#include "sk-date.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-gantt.h"
#include "sk-gantt-chart.h"
#include "sk-view.h"

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
  SkTimescale    ts;
  guint32        first, last;
  int            selected;    /* row, or -1 */

  DragKind       drag;
  guint          drag_row;
  double         drag_x, drag_y;
  int            drag_days;   /* shown while dragging */
  int            link_row;    /* the row under the pointer in a link drag */
  gboolean       pending_fit; /* fit once the width is known */
  int            last_width;  /* to keep the selected task in view when it changes */
};

enum {
  PROP_0,
  PROP_HADJUSTMENT,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  SELECTION_CHANGED,
  EDITED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (SkGanttChart, sk_gantt_chart, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static guint32
julian_of (const char *iso)
{
  GDate d;

  return sk_date_parse (iso, &d) ? g_date_get_julian (&d) : 0;
}

static char *
iso_of (guint32 julian)
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

static double
view_x (SkGanttChart *self)
{
  return self->hadjustment ? gtk_adjustment_get_value (self->hadjustment) : 0;
}

static double
view_y (SkGanttChart *self)
{
  return self->vadjustment ? gtk_adjustment_get_value (self->vadjustment) : 0;
}

static void
relayout (SkGanttChart *self)
{
  g_clear_pointer (&self->rows, g_array_unref);
  if (self->timeline == NULL)
    return;
  self->rows = sk_gantt_rows (self->timeline, self->collapsed);
  if (!sk_gantt_span (self->timeline, &self->first, &self->last))
    self->first = self->last = today ();
  if (self->selected >= (int) self->rows->len)
    self->selected = -1;
  configure_adjustments (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static SkTask *
row_task (SkGanttChart *self,
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

static void
select_row (SkGanttChart *self,
            int           row)
{
  if (row == self->selected)
    return;
  self->selected = row;
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
  g_signal_emit (self, signals [SELECTION_CHANGED], 0);
}

/* Edits */

/* An edit through sk-edit.h on the chart's history (none for a chart of
 * a project without a document); the view around the chart shows it when
 * told (edited ()), not from the change signals as well. */
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
  SkDocument *document = sk_document_from_project (self->project);
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), SK_TYPE_VIEW);
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (burst && document != NULL)
    sk_document_begin_burst (document);
  if (view != NULL)
    sk_view_set_editing (SK_VIEW (view), TRUE);
  done = func (self, edit, document ? sk_document_get_history (document) : NULL, &error);
  if (view != NULL)
    sk_view_set_editing (SK_VIEW (view), FALSE);
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

static void
edited (SkGanttChart *self)
{
  sk_project_changed (self->project);
  relayout (self);
  update_accessible (self);
  g_signal_emit (self, signals [EDITED], 0);
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
  if (run_edit (self, TRUE, shift_edit, &edit))
    edited (self);
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
  hit = sk_gantt_hit (self->timeline, self->rows, &self->ts, x + view_x (self),
                      y + view_y (self), view_x (self), &row);
  switch (hit)
    {
    case SK_GANTT_HIT_EXPANDER:
      {
        SkTask *task = row_task (self, row);

        if (!g_hash_table_remove (self->collapsed, task->id))
          g_hash_table_add (self->collapsed, g_strdup (task->id));
        relayout (self);
        gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
        return;
      }
    case SK_GANTT_HIT_LABEL:
    case SK_GANTT_HIT_ROW:
      select_row (self, row);
      return;
    case SK_GANTT_HIT_BAR:
    case SK_GANTT_HIT_START:
    case SK_GANTT_HIT_END:
      select_row (self, row);
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
      select_row (self, -1);
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
      double y = self->drag_y + dy + view_y (self) - SK_GANTT_HEADER_HEIGHT;

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
  task = row_task (self, self->drag_row);

  if (kind == DRAG_LINK)
    {
      SkTask *target;

      if (self->link_row < 0 || self->link_row >= (int) self->rows->len || self->link_row == (int) self->drag_row)
        {
          gtk_widget_queue_draw (GTK_WIDGET (self));
          return;
        }
      target = row_task (self, self->link_row);
      /* From task to target: target depends on task.  Not twice, not in
       * a loop. */
      Edit edit = { .task = task, .target = target };

      if (run_edit (self, FALSE, link_edit, &edit))
        edited (self);
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
      guint32 s = julian_of (task->start), e = julian_of (task->end);

      /* A drag cannot make a task end before it starts. */
      if (kind == DRAG_START)
        s = MIN ((gint64) s + self->drag_days, e);
      else
        e = MAX ((gint64) e + self->drag_days, s);
      g_autofree char *start = iso_of (s);
      g_autofree char *end = iso_of (e);
      Edit edit = { .task = task, .start = start, .end = end };

      done = run_edit (self, FALSE, dates_edit, &edit);
    }
  self->drag_days = 0;
  if (done)
    edited (self);
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
      select_row (self, MAX (0, self->selected - 1));
      return TRUE;
    case GDK_KEY_Down:
      if (alt)
        return FALSE;
      select_row (self, MIN ((int) self->rows->len - 1, self->selected + 1));
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
      select_row (self, -1);
      return TRUE;
    case GDK_KEY_space:
    case GDK_KEY_Return:
      if (self->selected >= 0 && g_array_index (self->rows, SkGanttRow, self->selected).phase)
        {
          SkTask *task = row_task (self, self->selected);

          if (!g_hash_table_remove (self->collapsed, task->id))
            g_hash_table_add (self->collapsed, g_strdup (task->id));
          relayout (self);
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
  day = sk_timescale_day (&self->ts, x - self->ts.label_width + view_x (self));
  hit = sk_gantt_hit (self->timeline, self->rows, &self->ts, x + view_x (self), y + view_y (self), view_x (self), &row);
  if (y >= SK_GANTT_HEADER_HEIGHT && (hit == SK_GANTT_HIT_BAR || hit == SK_GANTT_HIT_START || hit == SK_GANTT_HIT_END))
    {
      SkTask *task = row_task (self, row);
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
      g_autofree char *iso = iso_of ((guint32) floor (day));
      g_autofree char *date = sk_format_date (iso);
      g_autofree char *tip = g_strdup_printf ("%s, %s", holiday, date);

      gtk_tooltip_set_text (tooltip, tip);
      return TRUE;
    }
  return FALSE;
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
  sk_gantt_draw (cr, self->timeline, self->rows, &self->ts, &style, view_x (self), view_y (self), w, h,
                 self->selected, today ());

  /* What a drag will do */
  if (self->drag == DRAG_MOVE || self->drag == DRAG_START || self->drag == DRAG_END)
    {
      SkTask *task = row_task (self, self->drag_row);
      guint32 s = julian_of (task->start), e = julian_of (task->end);
      double y = SK_GANTT_HEADER_HEIGHT + self->drag_row * SK_GANTT_ROW_HEIGHT - view_y (self);
      double x0, x1;

      if (self->drag == DRAG_MOVE)
        s += self->drag_days, e += self->drag_days;
      else if (self->drag == DRAG_START)
        s = MIN ((gint64) s + self->drag_days, e);
      else
        e = MAX ((gint64) e + self->drag_days, s);
      x0 = self->ts.label_width + sk_timescale_x (&self->ts, s) - view_x (self);
      x1 = self->ts.label_width + sk_timescale_x (&self->ts, e + 1) - view_x (self);
      cairo_set_source_rgba (cr, style.selection.r, style.selection.g, style.selection.b, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
      cairo_rectangle (cr, x0, y + 3, MAX (x1 - x0, 4), SK_GANTT_ROW_HEIGHT - 6);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      {
        g_autofree char *a = iso_of (s);
        g_autofree char *b = iso_of (e);
        g_autofree char *from = sk_format_date (a);
        g_autofree char *to = sk_format_date (b);
        g_autofree char *label = g_strdup_printf ("%s – %s", from, to);
        PangoLayout *layout = gtk_widget_create_pango_layout (widget, label);

        cairo_move_to (cr, x1 + 8, y + 4);
        pango_cairo_show_layout (cr, layout);
        g_object_unref (layout);
      }
    }
  else if (self->drag == DRAG_LINK)
    {
      double y0 = SK_GANTT_HEADER_HEIGHT + (self->drag_row + 0.5) * SK_GANTT_ROW_HEIGHT - view_y (self);

      cairo_set_source_rgba (cr, style.selection.r, style.selection.g, style.selection.b, 0.9);
      cairo_set_line_width (cr, 2);
      cairo_move_to (cr, self->drag_x, y0);
      cairo_line_to (cr, GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "sk-link-end")),
                     GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "sk-link-y")));
      cairo_stroke (cr);
    }
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
  xs = sk_timescale_x (&self->ts, julian_of (task->start));
  xe = sk_timescale_x (&self->ts, julian_of (task->end ? task->end : task->start) + 1);
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
      *natural = MIN ((int) content_width (self), 1400);
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
  g_clear_object (&self->project);
  g_clear_pointer (&self->rows, g_array_unref);
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
  signals [SELECTION_CHANGED] = g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                              0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SkGanttChart::edited: a task was moved, resized or linked
   */
  signals [EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
sk_gantt_chart_init (SkGanttChart *self)
{
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *key = gtk_event_controller_key_new ();

  self->collapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->selected = -1;
  self->shift_successors = TRUE;
  self->ts.px_per_day = 4;
  self->ts.label_width = SK_GANTT_LABEL_WIDTH;
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);

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
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Timeline chart"), -1);
}

GtkWidget *
sk_gantt_chart_new (void)
{
  return g_object_new (SK_TYPE_GANTT_CHART, NULL);
}

void
sk_gantt_chart_set_timeline (SkGanttChart *self,
                             SkProject    *project,
                             SkTimeline   *timeline,
                             gboolean      editable)
{
  gboolean same = self->timeline == timeline;

  g_return_if_fail (SK_IS_GANTT_CHART (self));

  g_set_object (&self->project, project);
  self->timeline = timeline;
  self->editable = editable;
  if (!same)
    {
      self->selected = -1;
      g_hash_table_remove_all (self->collapsed);
    }
  relayout (self);
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
  relayout (self);
}

SkTask *
sk_gantt_chart_get_selected (SkGanttChart *self)
{
  g_return_val_if_fail (SK_IS_GANTT_CHART (self), NULL);
  if (self->rows == NULL || self->selected < 0 || self->selected >= (int) self->rows->len)
    return NULL;
  return row_task (self, self->selected);
}

void
sk_gantt_chart_select_task (SkGanttChart *self,
                            SkTask       *task)
{
  g_return_if_fail (SK_IS_GANTT_CHART (self));
  if (task == NULL)
    {
      select_row (self, -1);
      return;
    }
  for (guint i = 0; self->rows && i < self->rows->len; i++)
    if (row_task (self, i) == task)
      {
        select_row (self, i);
        return;
      }
}

void
sk_gantt_chart_zoom (SkGanttChart *self,
                     double        factor)
{
  double w = dates_width (self);
  double centre = sk_timescale_day (&self->ts, view_x (self) + w / 2);

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
    if (row_task (self, i) == task)
      {
        double xs = self->ts.label_width + sk_timescale_x (&self->ts, julian_of (task->start)) - view_x (self);
        double xe = self->ts.label_width + sk_timescale_x (&self->ts, julian_of (task->end) + 1) - view_x (self);

        *x = xs;
        *width = xe - xs;
        *y = SK_GANTT_HEADER_HEIGHT + (i + 0.5) * SK_GANTT_ROW_HEIGHT - view_y (self);
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

  *first = (guint32) MAX (1, floor (sk_timescale_day (&self->ts, view_x (self))));
  *last = (guint32) ceil (sk_timescale_day (&self->ts, view_x (self) + MAX (w, 1)));
}
