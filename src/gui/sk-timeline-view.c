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
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-gantt.h"
#include "sk-gantt-chart.h"
#include "sk-planner.h"
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
  SkTimeline     *combined;
  SkGanttChart   *chart;
  GtkWidget      *panel;      /* the side panel, rebuilt on selection */
  GtkWidget      *zoom_label;
  GtkWidget      *range_label;  /* the timeline's first and last day */
  gboolean        shift_successors;
};

G_DEFINE_FINAL_TYPE (SkTimelineView, sk_timeline_view, SK_TYPE_VIEW)

static char combined_marker;

static void rebuild (SkTimelineView *self);
static void update_panel (SkTimelineView *self);

static GtkWindow *
window_of (SkTimelineView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
error_dialog (SkTimelineView *self,
              const char     *heading,
              const char     *message)
{
  GtkWidget *dialog = adw_message_dialog_new (window_of (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
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

/* "3. september 2025 – 31. mars 2026", or NULL with no tasks. */
static char *
range_text (SkTimeline *t)
{
  guint32 first, last;
  char iso[2][16];
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (!sk_gantt_span (t, &first, &last))
    return NULL;
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
 * its task count in the side list. An edit here does not rebuild the
 * page (sk_view_changed), so it is brought up to date by hand. */
static void
update_summary (SkTimelineView *self)
{
  g_autofree char *range = NULL;

  if (self->timeline == NULL || is_combined (self))
    return;
  range = range_text (self->timeline);
  if (self->range_label != NULL)
    gtk_label_set_text (GTK_LABEL (self->range_label), range ? range : _("This timeline has no tasks yet."));
  {
    g_autofree char *sub = tasks_subtitle (self->timeline);

    sk_sidebar_update_record (self->sidebar, self->timeline, self->timeline->title, sub);
  }
}

static void
panel_edited (SkTimelineView *self)
{
  sk_view_changed (SK_VIEW (self));
  sk_gantt_chart_refresh (self->chart);
  update_summary (self);
}

/* After an edit of the selected task through sk-edit.h (bracketed so
 * that the change signals do not rebuild the page): the chart and the
 * summary, or the core's reason for refusing it. */
static gboolean
task_edited (SkTimelineView  *self,
             gboolean         done,
             GError         **error)
{
  sk_view_set_editing (SK_VIEW (self), FALSE);
  if (!done)
    {
      sk_view_toast (SK_VIEW (self), (*error)->message, FALSE);
      return FALSE;
    }
  panel_edited (self);
  return TRUE;
}

static void
name_changed_cb (GtkEditable    *editable,
                 SkTimelineView *self)
{
  SkTask *task = selected (self);
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GError) error = NULL;

  if (task == NULL || text[0] == '\0' || g_strcmp0 (text, task->name) == 0)
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self)));
  sk_view_set_editing (SK_VIEW (self), TRUE);
  task_edited (self, sk_edit_set_task_name (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                                            self->timeline->id, task->id, text, &error), &error);
}

static void
note_changed_cb (GtkEditable    *editable,
                 SkTimelineView *self)
{
  SkTask *task = selected (self);
  const char *text = gtk_editable_get_text (editable);
  g_autoptr(GError) error = NULL;

  if (task == NULL || g_strcmp0 (text, task->note ? task->note : "") == 0)
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self)));
  sk_view_set_editing (SK_VIEW (self), TRUE);
  task_edited (self, sk_edit_set_task_note (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                                            self->timeline->id, task->id, text[0] ? text : NULL, &error), &error);
}

/* Dates are typed as YYYY-MM-DD and applied with Enter; a date that would
 * end a task before it starts is refused with a message. */
static void
date_activate_cb (GtkEntry       *entry,
                  SkTimelineView *self)
{
  SkTask *task = selected (self);
  gboolean is_end = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "sk-end"));
  /* As typed ("3.11.2025"), written the file's way. */
  g_autofree char *text = sk_date_from_input (gtk_editable_get_text (GTK_EDITABLE (entry)));
  GtkWidget *message = g_object_get_data (G_OBJECT (entry), "sk-message");
  const char *problem = NULL;
  g_autoptr(GError) error = NULL;

  if (task == NULL)
    return;
  if (text == NULL)
    problem = _("Write the date as 10.2.2026 or 2026-02-10.");
  else if (task->milestone)
    ;
  else if (is_end ? strcmp (text, task->start) < 0 : strcmp (text, task->end) > 0)
    problem = _("A task cannot end before it starts.");
  gtk_label_set_text (GTK_LABEL (message), problem ? problem : "");
  gtk_widget_set_visible (message, problem != NULL);
  if (problem)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  sk_view_set_editing (SK_VIEW (self), TRUE);
  task_edited (self, sk_edit_set_task_dates (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                                             self->timeline->id, task->id,
                                             task->milestone || !is_end ? text : task->start,
                                             task->milestone || is_end ? text : task->end, &error),
               &error);
}

static void
progress_changed_cb (GtkSpinButton  *spin,
                     SkTimelineView *self)
{
  SkTask *task = selected (self);
  double value = gtk_spin_button_get_value (spin);
  g_autoptr(GError) error = NULL;

  if (!sk_view_is_current (SK_VIEW (self), spin))
    return;
  if (task == NULL || value == task->progress || (value == 0 && task->progress < 0))
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self)));
  sk_view_set_editing (SK_VIEW (self), TRUE);
  task_edited (self, sk_edit_set_task_progress (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                                                self->timeline->id, task->id, value, &error), &error);
}

static void
milestone_cb (GtkSwitch      *sw,
              GParamSpec     *pspec,
              SkTimelineView *self)
{
  SkTask *task = selected (self);
  gboolean on = gtk_switch_get_active (sw);
  g_autoptr(GError) error = NULL;

  if (task == NULL || on == task->milestone)
    return;
  /* A phase holds tasks and cannot be a milestone: the core says so. */
  sk_view_set_editing (SK_VIEW (self), TRUE);
  if (!task_edited (self, sk_edit_set_task_milestone (sk_view_get_history (SK_VIEW (self)),
                                                      sk_view_get_project (SK_VIEW (self)),
                                                      self->timeline->id, task->id, on, &error), &error))
    {
      gtk_switch_set_active (sw, task->milestone);
      return;
    }
  update_panel (self);
}

static gboolean
is_under (SkTimeline *t,
          SkTask     *task,
          SkTask     *maybe_parent)
{
  SkTask *up = task;

  for (guint steps = 0; up && steps <= t->tasks->len; steps++)
    {
      SkTask *next = NULL;

      if (up == maybe_parent)
        return TRUE;
      for (guint i = 0; up->parent && i < t->tasks->len && !next; i++)
        if (g_strcmp0 (((SkTask *) g_ptr_array_index (t->tasks, i))->id, up->parent) == 0)
          next = g_ptr_array_index (t->tasks, i);
      up = next;
    }
  return FALSE;
}

/* The phases a task may be put in: not milestones, not itself or what it holds. */
static GPtrArray *
possible_parents (SkTimelineView *self,
                  SkTask         *task)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < self->timeline->tasks->len; i++)
    {
      SkTask *p = g_ptr_array_index (self->timeline->tasks, i);

      if (!p->milestone && !is_under (self->timeline, p, task))
        g_ptr_array_add (out, p);
    }
  return out;
}

static void
parent_changed_cb (GtkDropDown    *dropdown,
                   GParamSpec     *pspec,
                   SkTimelineView *self)
{
  SkTask *task = selected (self);
  g_autoptr(GPtrArray) parents = NULL;
  guint i = gtk_drop_down_get_selected (dropdown);
  const char *id;

  if (task == NULL)
    return;
  parents = possible_parents (self, task);
  id = i == 0 || i > parents->len ? NULL : ((SkTask *) g_ptr_array_index (parents, i - 1))->id;
  if (g_strcmp0 (id, task->parent) == 0)
    return;
  sk_view_checkpoint (SK_VIEW (self), NULL);
  g_free (task->parent);
  task->parent = g_strdup (id);
  panel_edited (self);
}

static void
shift_cb (GtkSwitch      *sw,
          GParamSpec     *pspec,
          SkTimelineView *self)
{
  self->shift_successors = gtk_switch_get_active (sw);
  sk_gantt_chart_set_shift_successors (self->chart, self->shift_successors);
}

static void
add_task (SkTimelineView *self,
          gboolean        milestone)
{
  SkTask *near = selected (self);
  SkTask *task = sk_task_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  task->id = sk_unique_id (self->timeline->tasks, milestone ? "milestone" : "task");
  task->name = g_strdup (milestone ? _("New milestone") : _("New task"));
  task->start = near ? g_strdup (near->end) : g_date_time_format (now, "%Y-%m-%d");
  task->end = g_strdup (task->start);
  task->milestone = milestone;
  task->has_milestone = milestone;
  if (near && near->parent)
    task->parent = g_strdup (near->parent);
  sk_view_checkpoint (SK_VIEW (self), NULL);
  g_ptr_array_add (self->timeline->tasks, task);
  panel_edited (self);
  sk_gantt_chart_select_task (self->chart, task);
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

static void
remove_task_cb (SkTimelineView *self)
{
  SkTask *task = selected (self);
  g_autofree char *msg = NULL;

  if (task == NULL)
    return;
  msg = g_strdup_printf (_("“%s” was removed"), task->name);
  sk_view_checkpoint (SK_VIEW (self), NULL);
  /* What pointed at it no longer does. */
  for (guint i = 0; i < self->timeline->tasks->len; i++)
    {
      SkTask *other = g_ptr_array_index (self->timeline->tasks, i);

      if (g_strcmp0 (other->parent, task->id) == 0)
        g_clear_pointer (&other->parent, g_free);
      for (guint k = other->depends_on->len; k > 0; k--)
        if (g_strcmp0 (g_ptr_array_index (other->depends_on, k - 1), task->id) == 0)
          g_ptr_array_remove_index (other->depends_on, k - 1);
    }
  g_ptr_array_remove (self->timeline->tasks, task);
  panel_edited (self);
  update_panel (self);
  {
    GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);

    if (overlay)
      {
        AdwToast *t = adw_toast_new (msg);

        adw_toast_set_button_label (t, _("_Undo"));
        adw_toast_set_action_name (t, "win.undo");
        adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), t);
      }
  }
}

static GtkWidget *
field (GtkWidget  *box,
       const char *label,
       GtkWidget  *widget)
{
  GtkWidget *l = sk_label_new (label, "caption-heading");

  gtk_label_set_mnemonic_widget (GTK_LABEL (l), widget);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (box), l);
  gtk_box_append (GTK_BOX (box), widget);
  return widget;
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
update_panel (SkTimelineView *self)
{
  SkTask *task = selected (self);
  GtkWidget *box = self->panel;
  GtkWidget *child, *name, *start, *end, *progress, *milestone, *note, *parent, *message, *row, *sw;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) parents = NULL;
  gboolean editable = !is_combined (self);

  if (box == NULL)
    return;
  /* The panel is the page whose controls edit a task. */
  sk_view_new_page (SK_VIEW (self));
  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
  /* Shown with a task only: the chart has the width otherwise. */
  adw_flap_set_reveal_flap (ADW_FLAP (gtk_widget_get_ancestor (box, ADW_TYPE_FLAP)), task != NULL);
  if (task == NULL)
    return;

  {
    GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *kind = sk_label_new (task->milestone ? _("Milestone") : _("Task"), "heading");
    GtkWidget *close = sk_icon_button_new ("window-close-symbolic", _("Close the Panel (Escape)"),
                                           G_CALLBACK (close_panel_cb), self);

    /* Over the chart on a narrow window: closed here as well as with
     * Escape in the chart. */
    gtk_widget_set_hexpand (kind, TRUE);
    gtk_widget_add_css_class (close, "flat");
    gtk_widget_set_valign (close, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (head), kind);
    gtk_box_append (GTK_BOX (head), close);
    gtk_box_append (GTK_BOX (box), head);
  }
  name = field (box, _("Name"), gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (name), task->name);
  start = field (box, task->milestone ? _("Date") : _("Start (YYYY-MM-DD)"), gtk_entry_new ());
  {
    g_autofree char *shown = sk_format_date_short (task->start);

    gtk_editable_set_text (GTK_EDITABLE (start), shown);
  }
  end = NULL;
  if (!task->milestone)
    {
      end = field (box, _("End (YYYY-MM-DD)"), gtk_entry_new ());
      g_autofree char *shown = sk_format_date_short (task->end);

      gtk_editable_set_text (GTK_EDITABLE (end), shown);
    }
  message = sk_sentence_new ("", "error");
  gtk_widget_set_visible (message, FALSE);
  gtk_box_append (GTK_BOX (box), message);
  progress = field (box, _("Progress (%)"), gtk_spin_button_new_with_range (0, 100, 5));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (progress), MAX (task->progress, 0));
  /* A milestone is a point in time: nothing to be partly done. */
  gtk_widget_set_visible (gtk_widget_get_prev_sibling (progress), !task->milestone);
  gtk_widget_set_visible (progress, !task->milestone);

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  milestone = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (milestone), task->milestone);
  gtk_accessible_update_property (GTK_ACCESSIBLE (milestone), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Milestone"), -1);
  gtk_box_append (GTK_BOX (row), sk_label_new (_("Milestone"), NULL));
  gtk_box_append (GTK_BOX (row), milestone);
  gtk_box_append (GTK_BOX (box), row);

  gtk_string_list_append (names, _("No phase"));
  parents = possible_parents (self, task);
  {
    guint current = 0;

    for (guint i = 0; i < parents->len; i++)
      {
        SkTask *p = g_ptr_array_index (parents, i);

        gtk_string_list_append (names, p->name);
        if (g_strcmp0 (p->id, task->parent) == 0)
          current = i + 1;
      }
    parent = field (box, _("Phase"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
    gtk_drop_down_set_selected (GTK_DROP_DOWN (parent), current);
  }
  note = field (box, _("Note"), gtk_entry_new ());
  gtk_editable_set_text (GTK_EDITABLE (note), task->note ? task->note : "");

  if (sk_gantt_task_violates (self->timeline, task))
    gtk_box_append (GTK_BOX (box), sk_sentence_new (_("This task starts before a task it depends on ends."), "error"));

  if (editable)
    {
      GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove"));

      gtk_widget_add_css_class (remove, "destructive-action");
      gtk_widget_set_margin_top (remove, 12);
      g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_task_cb), self, G_CONNECT_SWAPPED);
      gtk_box_append (GTK_BOX (box), remove);
      g_signal_connect_object (name, "changed", G_CALLBACK (name_changed_cb), self, 0);
      g_signal_connect_object (note, "changed", G_CALLBACK (note_changed_cb), self, 0);
      g_object_set_data (G_OBJECT (start), "sk-message", message);
      g_signal_connect_object (start, "activate", G_CALLBACK (date_activate_cb), self, 0);
      if (end)
        {
          g_object_set_data (G_OBJECT (end), "sk-end", GINT_TO_POINTER (TRUE));
          g_object_set_data (G_OBJECT (end), "sk-message", message);
          g_signal_connect_object (end, "activate", G_CALLBACK (date_activate_cb), self, 0);
        }
      sk_view_mark_current (SK_VIEW (self), progress);
      g_signal_connect_object (progress, "value-changed", G_CALLBACK (progress_changed_cb), self, 0);
      g_signal_connect_object (milestone, "notify::active", G_CALLBACK (milestone_cb), self, 0);
      g_signal_connect_object (parent, "notify::selected", G_CALLBACK (parent_changed_cb), self, 0);
    }
  else
    for (GtkWidget *w = gtk_widget_get_first_child (box); w; w = gtk_widget_get_next_sibling (w))
      gtk_widget_set_sensitive (w, GTK_IS_LABEL (w));

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_top (row, 12);
  sw = gtk_switch_new ();
  gtk_switch_set_active (GTK_SWITCH (sw), self->shift_successors);
  gtk_accessible_update_property (GTK_ACCESSIBLE (sw), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Moving a task moves the tasks after it"), -1);
  g_signal_connect_object (sw, "notify::active", G_CALLBACK (shift_cb), self, 0);
  {
    GtkWidget *l = sk_sentence_new (_("Moving a task moves the tasks after it"), NULL);

    gtk_widget_set_hexpand (l, TRUE);
    gtk_box_append (GTK_BOX (row), l);
  }
  gtk_box_append (GTK_BOX (row), sw);
  if (editable)
    gtk_box_append (GTK_BOX (box), row);
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

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkTimelineView  *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *data = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) notes = NULL;
      SkTimeline *timeline = NULL;
      gsize length = 0;

      if (!g_file_load_contents (file, NULL, &data, &length, NULL, &error) ||
          (timeline = sk_planner_import (data, length, "planner", &notes, &error)) == NULL)
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

          error_dialog (self, heading, error->message);
        }
      else
        {
          g_autofree char *msg = g_strdup_printf (ngettext ("%u task imported from Planner", "%u tasks imported from Planner",
                                                            timeline->tasks->len), timeline->tasks->len);

          sk_view_checkpoint (SK_VIEW (self), NULL);
          sk_project_add_timeline (sk_view_get_project (SK_VIEW (self)), timeline);
          self->timeline = timeline;
          sk_project_changed (sk_view_get_project (SK_VIEW (self)));
          /* What was changed or left out on the way is said where it
           * stays until read; a toast for a plain import. */
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
    }
}

static void
import_cb (SkTimelineView *self)
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
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
chart_selection_cb (SkTimelineView *self)
{
  update_panel (self);
}

static void
chart_edited_cb (SkTimelineView *self)
{
  update_panel (self);
  update_summary (self);
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
  hint = sk_sentence_new (_("Select a task to edit it. Drag a bar to move it, an end to resize it, and Ctrl+drag from one bar to another to link them. Alt+Left and Alt+Right move the selected task by a day, with Shift by a week."), "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (bar), hint);
  return bar;
}

static void
show_timeline (SkTimelineView *self,
               SkTimeline     *t)
{
  GtkWidget *bar, *flap, *scroller, *panel_scroller, *chart;
  g_autofree char *range = range_text (t);

  sk_box_clear (self->content);
  self->timeline = t;
  gtk_box_append (self->content, sk_heading_new (t->title));
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  {
    GtkWidget *l = sk_label_new (range ? range : _("This timeline has no tasks yet."), "dim-label");

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
                    ? sk_sentence_new (_("The phases and milestones of every timeline. Choose a timeline to edit it."), "dim-label")
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
  self->panel = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (self->panel, 12);
  gtk_widget_set_margin_end (self->panel, 12);
  gtk_widget_set_margin_top (self->panel, 6);
  gtk_widget_set_margin_bottom (self->panel, 6);
  gtk_widget_set_size_request (self->panel, 260, -1);
  panel_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (panel_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (panel_scroller), self->panel);
  /* Opaque over the chart. */
  gtk_widget_add_css_class (panel_scroller, "background");
  adw_flap_set_flap (ADW_FLAP (flap), panel_scroller);
  adw_flap_set_separator (ADW_FLAP (flap), gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_flap_set_flap_position (ADW_FLAP (flap), GTK_PACK_END);
  /* Shown with a selected task (update_panel), however wide the window;
   * the chart stays usable under it: a click there picks another task. */
  adw_flap_set_locked (ADW_FLAP (flap), TRUE);
  adw_flap_set_modal (ADW_FLAP (flap), FALSE);
  adw_flap_set_swipe_to_open (ADW_FLAP (flap), FALSE);
  adw_flap_set_reveal_flap (ADW_FLAP (flap), FALSE);
  gtk_box_append (self->content, flap);

  g_signal_connect_object (chart, "selection-changed", G_CALLBACK (chart_selection_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (chart, "edited", G_CALLBACK (chart_edited_cb), self, G_CONNECT_SWAPPED);
  sk_gantt_chart_set_timeline (self->chart, sk_view_get_project (SK_VIEW (self)), t, !is_combined (self));
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

  sk_box_clear (self->content);
  self->chart = NULL;
  self->panel = NULL;
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
  for (guint i = 0; keep && i < timelines->len; i++)
    if (g_strcmp0 (((SkTimeline *) g_ptr_array_index (timelines, i))->id, keep) == 0)
      {
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i));
        return;
      }
  sk_select_first_row (self->sidebar);
}

/* SkView */

static void
rebuild_vfunc (SkView *view)
{
  rebuild (SK_TIMELINE_VIEW (view));
}

/* After an undo the same timeline, refreshed in place, keeps the chart's
 * zoom and scroll; otherwise build again. */
static gboolean
refresh_vfunc (SkView *view)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (view);
  SkProject *project = sk_view_get_project (view);
  SkTimeline *now;
  guint rows = 0;

  if (self->chart == NULL || self->timeline == NULL || is_combined (self))
    return FALSE;
  now = sk_project_find_timeline (project, self->timeline->id);
  /* The list of timelines is the same as the sidebar shows. */
  while (gtk_list_box_get_row_at_index (self->sidebar, rows) != NULL)
    rows++;
  if (now == NULL || rows != sk_project_get_timelines (project)->len +
                             (sk_project_get_timelines (project)->len > 1 ? 1 : 0))
    return FALSE;
  /* The rows carry the records, which are all new. */
  for (guint i = 0; i < sk_project_get_timelines (project)->len; i++)
    {
      SkTimeline *t = g_ptr_array_index (sk_project_get_timelines (project), i);
      g_autofree char *sub = tasks_subtitle (t);

      sk_sidebar_row_update (gtk_list_box_get_row_at_index (self->sidebar, i), t->title, sub, t);
    }
  self->timeline = now;
  sk_gantt_chart_set_timeline (self->chart, project, now, TRUE);
  update_panel (self);
  return TRUE;
}

static const char *
shown_id_vfunc (SkView *view)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (view);

  return self->timeline && !is_combined (self) ? self->timeline->id : NULL;
}

static void
forget_vfunc (SkView *view)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (view);

  self->timeline = NULL;
  self->chart = NULL;
  self->panel = NULL;
  self->range_label = NULL;
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
  G_OBJECT_CLASS (sk_timeline_view_parent_class)->finalize (object);
}

static void
new_timeline_done (SkView     *view,
                   const char *title)
{
  SkTimelineView *self = SK_TIMELINE_VIEW (view);
  GPtrArray *timelines = sk_project_get_timelines (sk_view_get_project (view));
  SkTimeline *timeline = sk_timeline_new ();

  timeline->id = sk_unique_id (timelines, "timeline");
  timeline->title = g_strdup (title);
  sk_view_add_record (view, timelines, timeline, (gpointer *) &self->timeline);
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
    import_cb (self);
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
  view_class->shown_id = shown_id_vfunc;
  view_class->forget = forget_vfunc;
  view_class->row_selected = row_selected_vfunc;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.export", NULL, timeline_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "timeline.import", NULL, timeline_action);
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
