/* sk-timeline-view.c — project timelines as a Gantt chart drawn with cairo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-date.h"
#include "sk-format.h"
#include "sk-timeline-view.h"
#include "sk-view-util.h"

#define LABEL_WIDTH 300
#define HEADER_HEIGHT 32
#define ROW_HEIGHT 28
#define DAY_WIDTH 3.0

struct _SkTimelineView
{
  GtkWidget       parent_instance;

  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  AdwStatusPage  *empty_page;
  GtkBox         *content;

  SkProject      *project;
  gboolean        stale;     /* rebuild when next shown */
  SkTimeline     *timeline;
  guint32         first_day;  /* julian day of the chart's left edge */
  guint32         last_day;
};

G_DEFINE_FINAL_TYPE (SkTimelineView, sk_timeline_view, GTK_TYPE_WIDGET)

/* The icon is set when the empty page is shown: a stack measures all its
 * pages, and loading a large icon costs start-up time for a page that is
 * rarely seen. */
static void
show_empty (SkTimelineView *self)
{
  adw_status_page_set_icon_name (self->empty_page, "x-office-calendar-symbolic");
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

static guint32
julian (const char *iso)
{
  GDate d;

  return sk_date_parse (iso, &d) ? g_date_get_julian (&d) : 0;
}

static int
task_depth (SkTimeline *t,
            SkTask     *task)
{
  int depth = 0;

  while (task && task->parent && depth < 8)
    {
      SkTask *parent = NULL;

      for (guint i = 0; i < t->tasks->len && !parent; i++)
        if (g_strcmp0 (((SkTask *) g_ptr_array_index (t->tasks, i))->id, task->parent) == 0)
          parent = g_ptr_array_index (t->tasks, i);
      task = parent;
      depth++;
    }
  return depth;
}

static gboolean
is_phase (SkTimeline *t,
          SkTask     *task)
{
  for (guint i = 0; i < t->tasks->len; i++)
    if (g_strcmp0 (((SkTask *) g_ptr_array_index (t->tasks, i))->parent, task->id) == 0)
      return TRUE;
  return FALSE;
}

static void
draw_text (cairo_t    *cr,
           GtkWidget  *widget,
           const char *text,
           double      x,
           double      y,
           int         max_width,
           gboolean    bold)
{
  PangoLayout *layout = gtk_widget_create_pango_layout (widget, text);

  if (bold)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
    }
  if (max_width > 0)
    {
      pango_layout_set_width (layout, max_width * PANGO_SCALE);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  g_object_unref (layout);
}

static void
draw_chart (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SkTimelineView *self = user_data;
  GtkWidget *widget = GTK_WIDGET (area);
  SkTimeline *t = self->timeline;
  GdkRGBA fg;
  GDate day;
  double x0 = LABEL_WIDTH;

  if (t == NULL)
    return;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* Months: alternate shading and a label in the header. */
  g_date_set_julian (&day, self->first_day);
  g_date_set_day (&day, 1);
  for (int m = 0; g_date_get_julian (&day) <= self->last_day; m++)
    {
      GDate next = day;
      double xa, xb;
      char buf[64];

      g_date_add_months (&next, 1);
      xa = x0 + ((double) g_date_get_julian (&day) - self->first_day) * DAY_WIDTH;
      xb = x0 + ((double) g_date_get_julian (&next) - self->first_day) * DAY_WIDTH;
      xa = MAX (xa, x0);
      if (m % 2 == 0)
        {
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.05);
          cairo_rectangle (cr, xa, 0, xb - xa, height);
          cairo_fill (cr);
        }
      /* Translators: a month in the timeline header, as strftime() writes it */
      g_date_strftime (buf, sizeof buf, _("%b %Y"), &day);
      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.7);
      cairo_save (cr);
      cairo_rectangle (cr, xa, 0, xb - xa, HEADER_HEIGHT);
      cairo_clip (cr);
      draw_text (cr, widget, buf, xa + 4, 8, 0, FALSE);
      cairo_restore (cr);
      day = next;
    }

  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);
      double y = HEADER_HEIGHT + i * ROW_HEIGHT;
      double xs = x0 + ((double) julian (task->start) - self->first_day) * DAY_WIDTH;
      double xe = x0 + ((double) julian (task->end) + 1 - self->first_day) * DAY_WIDTH;
      gboolean phase = is_phase (t, task);
      int depth = task_depth (t, task);

      cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 1);
      draw_text (cr, widget, task->name, 8 + depth * 16, y + 5, LABEL_WIDTH - 16 - depth * 16, phase);

      if (task->milestone)
        {
          double cx = xs + DAY_WIDTH / 2, cy = y + ROW_HEIGHT / 2.0, r = 7;

          cairo_set_source_rgb (cr, 0.88, 0.36, 0.0);
          cairo_move_to (cr, cx, cy - r);
          cairo_line_to (cr, cx + r, cy);
          cairo_line_to (cr, cx, cy + r);
          cairo_line_to (cr, cx - r, cy);
          cairo_close_path (cr);
          cairo_fill (cr);
        }
      else if (phase)
        {
          cairo_set_source_rgba (cr, fg.red, fg.green, fg.blue, 0.75);
          cairo_rectangle (cr, xs, y + 10, xe - xs, 8);
          cairo_fill (cr);
        }
      else
        {
          cairo_set_source_rgb (cr, 0.21, 0.52, 0.89);
          cairo_rectangle (cr, xs, y + 6, MAX (xe - xs, 2), ROW_HEIGHT - 12);
          cairo_fill (cr);
          if (task->progress > 0)
            {
              cairo_set_source_rgb (cr, 0.10, 0.37, 0.71);
              cairo_rectangle (cr, xs, y + 6, (xe - xs) * task->progress / 100.0, ROW_HEIGHT - 12);
              cairo_fill (cr);
            }
        }
    }

  /* Today */
  {
    GDateTime *now = g_date_time_new_now_local ();
    GDate today;
    double x;

    g_date_set_dmy (&today, g_date_time_get_day_of_month (now), g_date_time_get_month (now),
                    g_date_time_get_year (now));
    g_date_time_unref (now);
    x = x0 + ((double) g_date_get_julian (&today) - self->first_day + 0.5) * DAY_WIDTH;
    if (x > x0 && x < width)
      {
        cairo_set_source_rgb (cr, 0.88, 0.11, 0.14);
        cairo_rectangle (cr, x, 0, 2, height);
        cairo_fill (cr);
      }
  }
}

static void
show_timeline (SkTimelineView *self,
               SkTimeline     *t)
{
  GtkWidget *area;
  guint32 first = G_MAXUINT32, last = 0;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  g_autofree char *range = NULL;

  self->timeline = t;
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);
      guint32 s = julian (task->start), e = julian (task->end);

      if (s)
        first = MIN (first, s);
      if (e)
        last = MAX (last, e);
    }
  gtk_box_append (self->content, sk_heading_new (t->title));
  if (last == 0)
    {
      gtk_box_append (self->content, sk_label_new (_("This timeline has no tasks yet."), NULL));
      return;
    }
  {
    GDate d;

    g_date_set_julian (&d, first);
    from = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
    g_date_set_julian (&d, last);
    to = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
  }
  {
    g_autofree char *a = sk_format_date (from);
    g_autofree char *b = sk_format_date (to);

    range = g_strdup_printf ("%s – %s", a, b);
  }
  gtk_box_append (self->content, sk_label_new (range, "dim-label"));

  self->first_day = first > 14 ? first - 14 : first;
  self->last_day = last + 31;
  area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area),
                                      LABEL_WIDTH + (int) ((self->last_day - self->first_day) * DAY_WIDTH));
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area),
                                       HEADER_HEIGHT + t->tasks->len * ROW_HEIGHT + 8);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart, self, NULL);
  gtk_widget_set_halign (area, GTK_ALIGN_START);
  gtk_accessible_update_property (GTK_ACCESSIBLE (area), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timeline chart"), -1);
  gtk_box_append (self->content, area);
}

static void
row_selected_cb (SkTimelineView *self,
                 GtkListBoxRow  *row)
{
  SkTimeline *t = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;

  sk_box_clear (self->content);
  self->timeline = NULL;
  if (t == NULL)
    {
      show_empty (self);
      return;
    }
  show_timeline (self, t);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkTimelineView *self)
{
  GPtrArray *timelines;

  sk_list_box_clear (self->sidebar);
  if (self->project == NULL)
    return;
  timelines = sk_project_get_timelines (self->project);
  for (guint i = 0; i < timelines->len; i++)
    {
      SkTimeline *t = g_ptr_array_index (timelines, i);
      g_autofree char *sub = g_strdup_printf (ngettext ("%u task", "%u tasks", t->tasks->len),
                                              t->tasks->len);

      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (t->title, sub, t));
    }
  if (timelines->len == 0)
    show_empty (self);
  sk_select_first_row (self->sidebar);
}

/* Views that are not shown are rebuilt when they are: start-up and edits
 * only pay for what the user sees. */
static void
queue_rebuild (SkTimelineView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_timeline_view_map (GtkWidget *widget)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (widget);

  GTK_WIDGET_CLASS (sk_timeline_view_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_timeline_view_dispose (GObject *object)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (object);

  /* The rows point into the project: remove them while it lives. */
  if (self->sidebar != NULL)
    gtk_list_box_set_header_func (self->sidebar, NULL, NULL, NULL);
  sk_widget_unparent_children (GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_TIMELINE_VIEW);
  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_timeline_view_parent_class)->dispose (object);
}

static void
sk_timeline_view_class_init (SkTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_timeline_view_dispose;
  widget_class->map = sk_timeline_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-timeline-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkTimelineView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkTimelineView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SkTimelineView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SkTimelineView, content);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
}

static void
sk_timeline_view_init (SkTimelineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_status_page_set_title (self->empty_page, _("No Timelines"));
  adw_status_page_set_description (self->empty_page,
                                   _("Timelines show the phases, tasks and milestones of joint projects."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Timelines"), -1);
}

void
sk_timeline_view_set_project (SkTimelineView *self,
                              SkProject      *project)
{
  g_return_if_fail (SK_IS_TIMELINE_VIEW (self));

  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_set_object (&self->project, project);
  if (project)
    g_signal_connect_object (project, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  sk_list_box_clear (self->sidebar);
  queue_rebuild (self);
}

void
sk_timeline_view_select (SkTimelineView *self,
                   const char *id)
{
  GtkListBoxRow *row;

  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sidebar, i)) != NULL; i++)
    {
      char **record = sk_sidebar_row_get_record (row);

      if (record != NULL && g_strcmp0 (*record, id) == 0)
        {
          gtk_list_box_select_row (self->sidebar, row);
          return;
        }
    }
}
