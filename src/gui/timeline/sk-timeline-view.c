/* sk-timeline-view.c — project timelines: the Gantt chart, a side panel to
 * edit the selected task, the combined view of all timelines, Planner
 * import and PNG/SVG/PDF export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-timeline-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-dialog-util.h"
#include "sk-edit.h"
#include "sk-file.h"
#include "sk-format.h"
#include "sk-gantt.h"
#include "sk-gantt-chart.h"
#include "sk-planner.h"
#include "sk-task-editor.h"
#include "sk-timeline-view.h"
#include "sk-view-util.h"

struct _SkTimelineView
{
  SkView          parent_instance;

  /* The view's own, from SkView. */
  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  GtkBox         *content;


  SkTimeline     *timeline;   /* shown; the combined one is ours */
  char           *timeline_id;  /* its id, to find it again after a change */
  SkTimeline     *combined;
  SkGanttChart   *chart;
  GtkWidget      *panel_scroller;  /* the side panel, in the flap (with a first task) */
  GtkWidget      *panel;      /* its SkTaskEditor, made with a first task */
  GtkWidget      *zoom_label;
  GtkWidget      *range_label;  /* the timeline's first and last day */
  gboolean        shift_successors;
};

G_DEFINE_FINAL_TYPE (SkTimelineView, sk_timeline_view, SK_TYPE_VIEW)

static char combined_marker;

static void rebuild (SkTimelineView *self);
static void update_panel (SkTimelineView *self);

static void
error_dialog (SkTimelineView *self,
              const char     *heading,
              const char     *message)
{
  sk_dialog_tell (GTK_WIDGET (self), heading, message);
}

static gboolean
is_combined (SkTimelineView *self)
{
  return self->timeline != NULL && self->timeline == self->combined;
}

/* Every timeline's phases and milestones, each timeline a phase of its own:
 * the board's overview.  Read-only. */
static SkTimeline *
build_combined (SkProject *project)
{
  SkTimeline *all = sk_timeline_new ();
  GPtrArray *timelines = sk_project_get_timelines (project);

  all->id = g_strdup ("all");
  all->title = g_strdup (_("All Timelines"));
  for (guint i = 0; i < timelines->len; i++)
    {
      SkTimeline *t = g_ptr_array_index (timelines, i);
      guint32 first, last;
      SkTask *head;
      g_autoptr(GHashTable) parents = g_hash_table_new (g_str_hash, g_str_equal);

      if (!sk_gantt_span (t, &first, &last))
        continue;
      head = sk_task_new ();
      head->id = g_strdup_printf ("%s", t->id);
      head->name = g_strdup (t->title);
      {
        GDate a, b;

        g_date_clear (&a, 1);
        g_date_clear (&b, 1);
        g_date_set_julian (&a, first);
        g_date_set_julian (&b, last);
        head->start = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&a), g_date_get_month (&a), g_date_get_day (&a));
        head->end = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&b), g_date_get_month (&b), g_date_get_day (&b));
      }
      g_ptr_array_add (all->tasks, head);
      for (guint k = 0; k < t->tasks->len; k++)
        {
          SkTask *task = g_ptr_array_index (t->tasks, k);

          if (task->parent)
            g_hash_table_add (parents, task->parent);
        }
      for (guint k = 0; k < t->tasks->len; k++)
        {
          SkTask *task = g_ptr_array_index (t->tasks, k);
          SkTask *copy;

          /* Phases (tasks that hold others) and milestones */
          if (!task->milestone && !g_hash_table_contains (parents, task->id))
            continue;
          copy = sk_task_new ();
          copy->id = g_strdup_printf ("%s/%s", t->id, task->id);
          copy->name = g_strdup (task->name);
          copy->start = g_strdup (task->start);
          copy->end = g_strdup (task->end);
          copy->milestone = task->milestone;
          copy->progress = task->progress;
          copy->parent = g_strdup (head->id);
          g_ptr_array_add (all->tasks, copy);
        }
    }
  return all;
}

/* The side panel: the selected task's fields */

static SkTask *
selected (SkTimelineView *self)
{
  return self->chart ? sk_gantt_chart_get_selected (self->chart) : NULL;
}

/* The side list's subtitle of a timeline: "11 tasks". */
static char *
tasks_subtitle (SkTimeline *t)
{
  return g_strdup_printf (ngettext ("%u task", "%u tasks", t->tasks->len), t->tasks->len);
}

/* The dates shown over the chart: "3. september 2025 – 31. mars 2026"
 * from the first and last day `found` (sk_gantt_span ()). */
static char *
range_text (gboolean found,
            guint32  first,
            guint32  last)
{
  char iso[2][16];
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!found)
    return g_strdup (_("This timeline has no tasks yet."));
  for (int i = 0; i < 2; i++)
    {
      GDate d;

      g_date_clear (&d, 1);
      g_date_set_julian (&d, i == 0 ? first : last);
      g_snprintf (iso[i], sizeof iso[i], "%04d-%02d-%02d", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
    }
  from = sk_format_date (iso[0]);
  to = sk_format_date (iso[1]);
  return g_strdup_printf ("%s – %s", from, to);
}

/* What the page says of the timeline outside the chart: its dates, and
 * its task count in the side list, after a change of its tasks. */
static void
update_summary (SkTimelineView *self)
{
  g_autofree char *range = NULL;
  guint32 first, last;
  gboolean found;

  if (self->timeline == NULL || is_combined (self))
    return;
  /* Before the chart follows the change (sk-gantt-chart.c): found here. */
  found = sk_gantt_span (self->timeline, &first, &last);
  range = range_text (found, first, last);
  if (self->range_label != NULL)
    gtk_label_set_text (GTK_LABEL (self->range_label), range);
  {
    g_autofree char *sub = tasks_subtitle (self->timeline);

    sk_sidebar_update_record (self->sidebar, self->timeline, self->timeline->title, sub);
  }
}

static void
close_panel_cb (SkTimelineView *self)
{
  if (self->chart == NULL)
    return;
  sk_gantt_chart_select_task (self->chart, NULL);
  gtk_widget_grab_focus (GTK_WIDGET (self->chart));
}

static void
shift_cb (SkTimelineView *self)
{
  self->shift_successors = sk_task_editor_get_shift_successors (SK_TASK_EDITOR (self->panel));
  sk_gantt_chart_set_shift_successors (self->chart, self->shift_successors);
}

/* The side panel (SkTaskEditor, sk-task-editor.c) shows the task chosen
 * in the chart; anew when another is chosen, in place when the project
 * changes. */
static void
update_panel (SkTimelineView *self)
{
  SkTask *task = selected (self);
  AdwFlap *flap;

  if (self->chart == NULL)
    return;
  flap = ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (self->chart), ADW_TYPE_FLAP));
  /* The flap's side comes with the first task chosen: most starts show
   * the chart alone. */
  if (task != NULL && self->panel_scroller == NULL)
    {
      self->panel_scroller = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->panel_scroller), GTK_POLICY_NEVER,
                                      GTK_POLICY_AUTOMATIC);
      sk_page_wheel_passes_controls (self->panel_scroller);
      /* Opaque over the chart. */
      gtk_widget_add_css_class (self->panel_scroller, "background");
      adw_flap_set_flap (flap, self->panel_scroller);
      adw_flap_set_separator (flap, gtk_separator_new (GTK_ORIENTATION_VERTICAL));
    }
  /* Shown with a task only: the chart has the width otherwise. */
  adw_flap_set_reveal_flap (flap, task != NULL);
  if (task != NULL && self->panel == NULL)
    {
      self->panel = sk_task_editor_new (SK_VIEW (self));
      sk_task_editor_set_shift_successors (SK_TASK_EDITOR (self->panel), self->shift_successors);
      g_signal_connect_object (self->panel, "close", G_CALLBACK (close_panel_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (self->panel, "notify::shift-successors", G_CALLBACK (shift_cb), self,
                               G_CONNECT_SWAPPED);
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->panel_scroller), self->panel);
    }
  if (task != NULL)
    sk_task_editor_set_task (SK_TASK_EDITOR (self->panel), self->timeline, task->id, !is_combined (self));
}

static SkTask *
find_task (SkTimeline *t,
           const char *id)
{
  for (guint i = 0; t && i < t->tasks->len; i++)
    if (g_strcmp0 (((SkTask *) g_ptr_array_index (t->tasks, i))->id, id) == 0)
      return g_ptr_array_index (t->tasks, i);
  return NULL;
}

/* A new task after the one chosen (in its phase), or today: one step of
 * undo, shown by the change signals, then chosen. */
static void
add_task (SkTimelineView *self,
          gboolean        milestone)
{
  SkTask *near = selected (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *start = near ? g_strdup (near->end) : g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (self->timeline == NULL || is_combined (self))
    return;
  if (!sk_edit_add_task_in (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                            self->timeline->id, milestone ? _("New milestone") : _("New task"), start, start,
                            milestone, near ? near->parent : NULL, &id, &error))
    {
      sk_view_toast (SK_VIEW (self), error->message, FALSE);
      return;
    }
  if (self->chart != NULL)
    sk_gantt_chart_select_task (self->chart, find_task (self->timeline, id));
}

static void
add_task_cb (SkTimelineView *self)
{
  add_task (self, FALSE);
}

static void
add_milestone_cb (SkTimelineView *self)
{
  add_task (self, TRUE);
}

/* Toolbar */

static void
update_zoom_label (SkTimelineView *self)
{
  double ppd = sk_gantt_chart_get_px_per_day (self->chart);
  const char *scale = ppd >= 18 ? _("Days") : ppd >= 3 ? _("Weeks") : ppd >= 0.6 ? _("Months") : _("Years");

  gtk_label_set_text (GTK_LABEL (self->zoom_label), scale);
}

static void
zoom_in_cb (SkTimelineView *self)
{
  sk_gantt_chart_zoom (self->chart, 1.5);
  update_zoom_label (self);
}

static void
zoom_out_cb (SkTimelineView *self)
{
  sk_gantt_chart_zoom (self->chart, 1 / 1.5);
  update_zoom_label (self);
}

static void
fit_cb (SkTimelineView *self)
{
  sk_gantt_chart_fit (self->chart);
  update_zoom_label (self);
}

static void
today_cb (SkTimelineView *self)
{
  sk_gantt_chart_scroll_to_today (self->chart);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkTimelineView  *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->timeline != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (file);
      g_autoptr(GError) error = NULL;
      const char *paper = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "paper");
      const char *range = gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (chooser), "range");
      guint32 first = 0, last = 0;

      if (path != NULL && !g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg") &&
          !g_str_has_suffix (path, ".pdf"))
        {
          char *with = g_strconcat (path, ".pdf", NULL);

          g_free (path);
          path = with;
        }
      if (g_strcmp0 (range, "visible") == 0 && self->chart != NULL)
        sk_gantt_chart_visible_days (self->chart, &first, &last);
      if (path == NULL || !sk_gantt_export_document (sk_view_get_project (SK_VIEW (self)), self->timeline, path, paper ? paper : "a4", first, last, &error))
        error_dialog (self, _("Could Not Export"), error ? error->message : NULL);
      else
        sk_view_toast_exported (SK_VIEW (self), path);
    }
}

static void
export_cb (SkTimelineView *self)
{
  g_autofree char *name = g_strdup_printf ("%s.pdf", self->timeline->id);
  const char *ids[] = { "a4", "a3", NULL };
  const char *labels[] = { _("A4 landscape"), _("A3 landscape"), NULL };
  const char *range_ids[] = { "whole", "visible", NULL };
  const char *range_labels[] = { _("The whole timeline"), _("The dates in view"), NULL };
  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (self), _("Export the Timeline (PDF, PNG or SVG)"),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                                                      G_CALLBACK (export_response_cb), self);

  gtk_file_chooser_add_choice (chooser, "paper", _("Paper for PDF"), ids, labels);
  gtk_file_chooser_set_choice (chooser, "paper", "a4");
  gtk_file_chooser_add_choice (chooser, "range", _("Dates"), range_ids, range_labels);
  gtk_file_chooser_set_choice (chooser, "range", "whole");
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* The Planner project read: a new timeline, or its tasks added to the
 * timeline shown ("sk-into"), one step of undo either way. */
static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkTimelineView  *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *name = NULL;
  g_autofree char *data = NULL;
  g_autofree char *msg = NULL;
  g_autofree char *id = NULL;
  g_autofree char *into = g_strdup (g_object_get_data (G_OBJECT (chooser), "sk-into"));
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  SkTimeline *timeline = NULL;
  gsize length = 0;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  if ((data = sk_file_read_all (file, SK_PROJECT_MAX_FILE_SIZE, FALSE, NULL, &length, &error)) != NULL &&
      (timeline = sk_planner_import (data, length, "planner", &notes, &error)) != NULL)
    msg = g_strdup_printf (ngettext ("%u task imported from Planner", "%u tasks imported from Planner",
                                     timeline->tasks->len), timeline->tasks->len);
  /* The timeline is the edit's, taken or not. */
  if (timeline == NULL ||
      !sk_edit_import_timeline (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                                into, timeline, &id, &error))
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      error_dialog (self, heading, error->message);
      return;
    }
  sk_view_select (SK_VIEW (self), id, &combined_marker);
  /* What was changed or left out on the way is said where it stays until
   * read; a toast for a plain import. */
  if (notes->len > 0)
    {
      g_autofree char *body = NULL;

      g_ptr_array_add (notes, NULL);
      body = g_strjoinv ("\n", (char **) notes->pdata);
      error_dialog (self, msg, body);
    }
  else
    sk_view_toast (SK_VIEW (self), msg, FALSE);
}

static void
import_cb (SkTimelineView *self,
           gboolean        into)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  gtk_file_filter_set_name (filter, _("GNOME Planner projects"));
  gtk_file_filter_add_suffix (filter, "planner");
  gtk_file_filter_add_suffix (filter, "mrproject");
  chooser = sk_view_file_chooser_new (SK_VIEW (self), _("Import a Planner Project"),
                                      GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL,
                                      G_CALLBACK (import_response_cb), self);
  gtk_file_chooser_add_filter (chooser, filter);
  if (into && self->timeline != NULL && !is_combined (self))
    g_object_set_data_full (G_OBJECT (chooser), "sk-into", g_strdup (self->timeline->id), g_free);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
chart_selection_cb (SkTimelineView *self)
{
  update_panel (self);
}

/* The sentences over the chart wrap.  GTK 4.8 finds a wrapping label's
 * least width by laying its text out a word a line, shaping the rest of
 * the text again at every break: for the editing hint, a sixtieth of the
 * main thread's work before the first frame of a timeline.  They stand
 * in a column at least as wide as the chart's least width
 * (SK_GANTT_LABEL_MIN_WIDTH + 160 px), so a least width of twenty
 * characters (the caption's about 130 px) changes nothing on screen, and
 * is found from four or five lines. */
static GtkWidget *
chart_sentence_new (const char *text,
                    const char *css_class)
{
  GtkWidget *label = sk_sentence_new (text, css_class);

  gtk_label_set_width_chars (GTK_LABEL (label), 20);
  return label;
}

/* Above the chart of a timeline that can be edited: the buttons that add
 * to it and how to edit in the chart. */
static GtkWidget *
edit_bar_new (SkTimelineView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *b, *hint;

  b = gtk_button_new_with_mnemonic (_("Add _Task"));
  g_signal_connect_object (b, "clicked", G_CALLBACK (add_task_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), b);
  b = gtk_button_new_with_mnemonic (_("Add _Milestone"));
  g_signal_connect_object (b, "clicked", G_CALLBACK (add_milestone_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (buttons), b);
  gtk_box_append (GTK_BOX (bar), buttons);
  /* Under the buttons, not beside them: in a narrow window the text
   * beside them was squeezed to a letter a line. */
  hint = chart_sentence_new (_("Select a task to edit it. Drag a bar to move it, an end to resize it, and Ctrl+drag from one bar to another to link them. Alt+Left and Alt+Right move the selected task by a day, with Shift by a week."), "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (bar), hint);
  return bar;
}

static void
show_timeline (SkTimelineView *self,
               SkTimeline     *t)
{
  GtkWidget *bar, *flap, *scroller, *chart;

  sk_box_clear (self->content);
  self->timeline = t;
  g_free (self->timeline_id);
  self->timeline_id = g_strdup (t->id);
  gtk_box_append (self->content, sk_heading_new (t->title));
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  {
    /* Its dates once the chart has found them (below). */
    GtkWidget *l = sk_label_new ("", "dim-label");

    self->range_label = l;
    /* Between words: a narrow window shows the dates on two lines. */
    gtk_label_set_wrap (GTK_LABEL (l), TRUE);
    gtk_widget_set_hexpand (l, TRUE);
    gtk_box_append (GTK_BOX (bar), l);
  }
  self->zoom_label = sk_label_new ("", "dim-label");
  gtk_box_append (GTK_BOX (bar), self->zoom_label);
  gtk_box_append (GTK_BOX (bar), sk_icon_button_new ("zoom-out-symbolic", _("Zoom Out (−)"), G_CALLBACK (zoom_out_cb), self));
  gtk_box_append (GTK_BOX (bar), sk_icon_button_new ("zoom-in-symbolic", _("Zoom In (+)"), G_CALLBACK (zoom_in_cb), self));
  gtk_box_append (GTK_BOX (bar), sk_icon_button_new ("zoom-fit-best-symbolic", _("Fit the Project"), G_CALLBACK (fit_cb), self));
  gtk_box_append (GTK_BOX (bar), sk_icon_button_new ("x-office-calendar-symbolic", _("Go to Today (Home)"), G_CALLBACK (today_cb), self));
  {
    g_autoptr(GMenu) menu = g_menu_new ();

    g_menu_append (menu, _("Export the Timeline…"), "timeline.export");
    if (!sk_view_get_presenting (SK_VIEW (self)))
      {
        g_autoptr(GMenu) records = g_menu_new ();

        g_menu_append (records, _("New Timeline…"), "timeline.new");
        g_menu_append (records, _("Import a Planner Project…"), "timeline.import");
        /* The overview of all timelines is not one to delete. */
        if (!is_combined (self))
          {
            g_menu_append (records, _("Import Planner Tasks into This Timeline…"), "timeline.import-into");
            g_menu_append (records, _("Rename…"), "timeline.rename");
            g_menu_append (records, _("Delete the Timeline"), "timeline.delete");
          }
        g_menu_append_section (menu, NULL, G_MENU_MODEL (records));
      }
    gtk_box_append (GTK_BOX (bar), sk_more_button_new (_("Timeline Menu"), G_MENU_MODEL (menu)));
  }
  /* The buttons keep their height when the dates wrap. */
  for (GtkWidget *child = gtk_widget_get_first_child (bar); child; child = gtk_widget_get_next_sibling (child))
    if (!GTK_IS_LABEL (child))
      gtk_widget_set_valign (child, GTK_ALIGN_CENTER);
  gtk_box_append (self->content, bar);
  /* On the projector in meeting mode the chart speaks for itself. */
  if (!sk_view_get_presenting (SK_VIEW (self)))
    gtk_box_append (self->content, is_combined (self)
                    ? chart_sentence_new (_("The phases and milestones of every timeline. Choose a timeline to edit it."), "dim-label")
                    : edit_bar_new (self));

  /* The task's panel beside the chart; on a window too narrow for both
   * (half a laptop's screen), over the chart's right part, which keeps
   * its width. */
  flap = adw_flap_new ();
  gtk_widget_set_vexpand (flap, TRUE);
  chart = sk_gantt_chart_new ();
  self->chart = SK_GANTT_CHART (chart);
  sk_gantt_chart_set_shift_successors (self->chart, self->shift_successors);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), chart);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_size_request (scroller, SK_GANTT_LABEL_MIN_WIDTH + 160, -1);
  adw_flap_set_content (ADW_FLAP (flap), scroller);
  /* The task panel and its side of the flap come with the first task
   * chosen (update_panel). */
  self->panel = NULL;
  self->panel_scroller = NULL;
  adw_flap_set_flap_position (ADW_FLAP (flap), GTK_PACK_END);
  /* Shown with a selected task (update_panel), however wide the window;
   * the chart stays usable under it: a click there picks another task. */
  adw_flap_set_locked (ADW_FLAP (flap), TRUE);
  adw_flap_set_modal (ADW_FLAP (flap), FALSE);
  adw_flap_set_swipe_to_open (ADW_FLAP (flap), FALSE);
  adw_flap_set_reveal_flap (ADW_FLAP (flap), FALSE);
  gtk_box_append (self->content, flap);

  g_signal_connect_object (chart, "selection-changed", G_CALLBACK (chart_selection_cb), self, G_CONNECT_SWAPPED);
  sk_gantt_chart_set_timeline (self->chart, sk_view_get_project (SK_VIEW (self)), t, !is_combined (self));
  {
    guint32 first, last;
    gboolean found = sk_gantt_chart_get_span (self->chart, &first, &last);
    g_autofree char *range = range_text (found, first, last);

    gtk_label_set_text (GTK_LABEL (self->range_label), range);
  }
  update_zoom_label (self);
  update_panel (self);
}

static void
row_selected_cb (SkTimelineView *self,
                 GtkListBoxRow  *row)
{
  gpointer record = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;

  /* The chart no longer follows records that may be going (the project
   * replaced comes this way too). */
  if (self->chart != NULL)
    sk_gantt_chart_set_timeline (self->chart, NULL, NULL, FALSE);
  sk_box_clear (self->content);
  self->chart = NULL;
  self->panel = NULL;
  self->panel_scroller = NULL;
  self->range_label = NULL;
  self->timeline = NULL;
  if (record == NULL)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  if (record == &combined_marker)
    {
      g_clear_pointer (&self->combined, sk_timeline_free);
      self->combined = build_combined (sk_view_get_project (SK_VIEW (self)));
      self->timeline = self->combined;
      show_timeline (self, self->combined);
    }
  else
    show_timeline (self, record);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkTimelineView *self)
{
  GPtrArray *timelines;
  g_autofree char *keep = sk_view_take_shown_id (SK_VIEW (self));

  self->chart = NULL;
  self->panel = NULL;
  self->panel_scroller = NULL;
  self->range_label = NULL;
  self->timeline = NULL;
  sk_list_box_clear (self->sidebar);
  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return;
  timelines = sk_project_get_timelines (sk_view_get_project (SK_VIEW (self)));
  for (guint i = 0; i < timelines->len; i++)
    {
      SkTimeline *t = g_ptr_array_index (timelines, i);
      g_autofree char *sub = tasks_subtitle (t);

      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (t->title, sub, t));
    }
  if (timelines->len > 1)
    gtk_list_box_append (self->sidebar, sk_sidebar_row_new (_("All Timelines"), _("Phases and milestones"),
                                                            &combined_marker));
  if (timelines->len == 0)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  if (!sk_sidebar_select_id (self->sidebar, keep, &combined_marker))
    sk_select_first_row (self->sidebar);
}

/* SkView */

static void
rebuild_vfunc (SkView *view)
{
  rebuild (SK_TIMELINE_VIEW (view));
}

/* Tasks came, went or moved (an edit, its undo or redo), or the whole
 * project was put back: the same timeline is brought up to date in
 * place, keeping the chart's zoom, scroll and selected task; otherwise
 * built again.  The chart follows the change signals itself
 * (sk-gantt-chart.c), after this: the panel is found by the task's id
 * here, never through the chart's rows. */
static gboolean
refresh_vfunc (SkView *view)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (view);
  SkProject *project = sk_view_get_project (view);
  GPtrArray *timelines = sk_project_get_timelines (project);
  SkTimeline *now;
  guint rows = 0;

  if (self->chart == NULL || self->timeline == NULL || is_combined (self))
    return FALSE;
  now = sk_project_find_timeline (project, self->timeline_id);
  /* The list of timelines is the same as the sidebar shows. */
  while (gtk_list_box_get_row_at_index (self->sidebar, rows) != NULL)
    rows++;
  if (now == NULL || rows != timelines->len + (timelines->len > 1 ? 1 : 0))
    return FALSE;
  for (guint i = 0; i < timelines->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, i);
      SkTimeline *t = g_ptr_array_index (timelines, i);
      g_autofree char *sub = tasks_subtitle (t);

      sk_sidebar_row_update (row, t->title, sub, t);
    }
  if (now != self->timeline)
    {
      /* Records put back whole: the chart is given the new ones. */
      self->timeline = now;
      sk_gantt_chart_set_timeline (self->chart, project, now, TRUE);
      update_panel (self);
    }
  else if (self->panel != NULL)
    sk_task_editor_update (SK_TASK_EDITOR (self->panel), now);
  update_summary (self);
  return TRUE;
}

/* A task's field changed: its bar is drawn again by the chart, and the
 * panel and the page's dates follow here, in place. */
static gboolean
record_changed_vfunc (SkView       *view,
                      SkRecordKind  kind,
                      const char   *id,
                      const char   *field)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (view);
  gsize n;

  if (self->chart == NULL || self->timeline == NULL || is_combined (self) || kind != SK_RECORD_TASK)
    return FALSE;
  n = strlen (self->timeline_id);
  /* Another timeline's task: not on this page, and its count is the same. */
  if (strncmp (id, self->timeline_id, n) != 0 || id[n] != '/')
    return TRUE;
  if (sk_project_find_timeline (sk_view_get_project (view), self->timeline_id) != self->timeline)
    return FALSE;
  if (self->panel != NULL)
    sk_task_editor_update (SK_TASK_EDITOR (self->panel), self->timeline);
  update_summary (self);
  return TRUE;
}

static const char *
shown_id_vfunc (SkView *view)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (view);

  return self->timeline && !is_combined (self) ? self->timeline_id : NULL;
}

static void
row_selected_vfunc (SkView        *view,
                    GtkListBoxRow *row)
{
  row_selected_cb (SK_TIMELINE_VIEW (view), row);
}

static void
sk_timeline_view_dispose (GObject *object)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (object);

  self->chart = NULL;
  self->panel = NULL;
  self->panel_scroller = NULL;
  self->range_label = NULL;
  /* The rows go with SkView's dispose: nothing of ours to show them in. */
  self->content = NULL;
  G_OBJECT_CLASS (sk_timeline_view_parent_class)->dispose (object);
}

static void
sk_timeline_view_finalize (GObject *object)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (object);

  /* Last: the chart and the panel may show it until they are gone. */
  g_clear_pointer (&self->combined, sk_timeline_free);
  g_free (self->timeline_id);
  G_OBJECT_CLASS (sk_timeline_view_parent_class)->finalize (object);
}

static void
new_timeline_done (SkView     *view,
                   const char *title)
{
  g_autofree char *id = NULL;
  g_autoptr(GError) error = NULL;

  if (!sk_edit_add_timeline (sk_view_get_history (view), sk_view_get_project (view), title, &id, &error))
    sk_view_toast (view, error->message, FALSE);
  else
    sk_view_select (view, id, &combined_marker);
}

static void
timeline_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *parameter)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (widget);

  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return;
  if (g_str_equal (name, "timeline.export"))
    export_cb (self);
  else if (g_str_equal (name, "timeline.new"))
    sk_view_ask_title (SK_VIEW (self), _("New Timeline"),
                       _("Add its phases, tasks and milestones next."),
                       _("Title, such as “Joint child welfare service”"), NULL, _("_Add"), new_timeline_done);
  else if (g_str_equal (name, "timeline.rename"))
    {
      if (self->timeline != NULL && !is_combined (self))
        sk_view_rename_record (SK_VIEW (self), SK_LINK_TIMELINE, _("Rename the Timeline"), (gpointer *) &self->timeline);
    }
  else if (g_str_equal (name, "timeline.delete"))
    {
      if (self->timeline != NULL && !is_combined (self))
        sk_view_delete_record (SK_VIEW (self), SK_LINK_TIMELINE, (gpointer *) &self->timeline);
    }
  else
    import_cb (self, g_str_equal (name, "timeline.import-into"));
}

static void
sk_timeline_view_class_init (SkTimelineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkViewClass *view_class = SK_VIEW_CLASS (klass);

  object_class->dispose = sk_timeline_view_dispose;
  object_class->finalize = sk_timeline_view_finalize;
  view_class->rebuild = rebuild_vfunc;
  view_class->refresh = refresh_vfunc;
  view_class->record_changed = record_changed_vfunc;
  view_class->shown_id = shown_id_vfunc;
  view_class->row_selected = row_selected_vfunc;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.export", NULL, timeline_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.import", NULL, timeline_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.import-into", NULL, timeline_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.new", NULL, timeline_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.delete", NULL, timeline_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.rename", NULL, timeline_action);
}

static void
sk_timeline_view_init (SkTimelineView *self)
{
  SkView *view = SK_VIEW (self);

  self->sidebar = sk_view_get_sidebar (view);
  self->content_stack = sk_view_get_content_stack (view);
  self->content = sk_view_get_content (view);
  self->shift_successors = TRUE;
  gtk_widget_set_vexpand (GTK_WIDGET (self->content), TRUE);
  sk_view_setup (view, "x-office-calendar-symbolic", _("No Timelines"),
                 _("Timelines show the phases, tasks and milestones of joint projects."),
                 _("Timelines"), GTK_POLICY_NEVER, GTK_POLICY_NEVER, 100000);
  sk_view_add_empty_action (view, _("_New Timeline…"), "timeline.new");
  sk_view_add_empty_action (view, _("_Import a Planner Project…"), "timeline.import");
}

void
sk_timeline_view_set_document (SkTimelineView *self,
                              SkDocument      *document)
{
  g_return_if_fail (SK_IS_TIMELINE_VIEW (self));
  sk_view_set_document (SK_VIEW (self), document);
}

void
sk_timeline_view_select (SkTimelineView *self,
                         const char     *id)
{
  g_return_if_fail (SK_IS_TIMELINE_VIEW (self));
  sk_view_select (SK_VIEW (self), id, &combined_marker);
}

SkGanttChart *
sk_timeline_view_get_chart (SkTimelineView *self)
{
  return self->chart;
}
