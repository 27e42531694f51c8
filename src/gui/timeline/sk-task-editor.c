/* sk-task-editor.c — the timeline's side panel: the selected task's name,
 * dates, progress, milestone, phase and note, each edited through the
 * core (sk-edit.h) as one step of the document's history
 *
 * The panel shows the task by its id.  A change from anywhere (its own
 * edit, an undo, the chart) comes back through the project's change
 * signals; the view then calls sk_task_editor_update (), which gives each
 * control the value it should show only where that differs, and leaves
 * an entry alone while text is being typed in it (until Enter or the
 * focus leaving it applies the text: the name, the note and the dates).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-task-editor"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-date.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-gantt.h"
#include "sk-task-editor.h"

struct _SkTaskEditor
{
  GtkBox      parent_instance;

  GtkWidget  *kind;
  GtkWidget  *name;
  GtkWidget  *start_caption;
  GtkWidget  *start;
  GtkWidget  *end_caption;
  GtkWidget  *end;
  GtkWidget  *message;
  GtkWidget  *progress_caption;
  GtkWidget  *progress;
  GtkWidget  *milestone;
  GtkWidget  *phase;
  GtkWidget  *note;
  GtkWidget  *violates;
  GtkWidget  *remove;
  GtkWidget  *shift_row;
  GtkWidget  *shift;

  SkView     *view;          /* not a reference: it holds us */
  char       *timeline_id;
  char       *task_id;
  GPtrArray  *phase_ids;     /* of the drop-down's items after "No phase" */
  gboolean    editable;
  gboolean    updating;      /* setting the controls: not an edit */
};

G_DEFINE_FINAL_TYPE (SkTaskEditor, sk_task_editor, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_SHIFT_SUCCESSORS,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

enum {
  CLOSE,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static SkTimeline *
timeline_of (SkTaskEditor *self)
{
  SkProject *project = sk_view_get_project (self->view);

  return project && self->timeline_id ? sk_project_find_timeline (project, self->timeline_id) : NULL;
}

static SkTask *
find_task (SkTimeline *t,
           const char *id)
{
  for (guint i = 0; t && id && i < t->tasks->len; i++)
    if (g_strcmp0 (((SkTask *) g_ptr_array_index (t->tasks, i))->id, id) == 0)
      return g_ptr_array_index (t->tasks, i);
  return NULL;
}

static SkTask *
task_of (SkTaskEditor *self)
{
  return self->editable ? find_task (timeline_of (self), self->task_id) : NULL;
}

/* Entries: text typed and not yet applied ("dirty") stays. */

static gboolean
is_dirty (GtkWidget *entry)
{
  return GPOINTER_TO_INT (g_object_get_data (G_OBJECT (entry), "sk-dirty"));
}

static void
set_dirty (GtkWidget *entry,
           gboolean   dirty)
{
  g_object_set_data (G_OBJECT (entry), "sk-dirty", GINT_TO_POINTER (dirty));
}

static void
entry_changed_cb (GtkEditable  *editable,
                  SkTaskEditor *self)
{
  if (!self->updating)
    set_dirty (GTK_WIDGET (editable), TRUE);
}

/* Shows `text` unless the user is typing another. */
static void
show_text (SkTaskEditor *self,
           GtkWidget    *entry,
           const char   *text,
           gboolean      force)
{
  if ((is_dirty (entry) && !force) || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), text) == 0)
    return;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  set_dirty (entry, FALSE);
}

/* The core's answer: TRUE when done, else its reason as a toast. */
static gboolean
edited (SkTaskEditor  *self,
        gboolean       done,
        GError       **error)
{
  if (!done)
    sk_view_toast (self->view, (*error)->message, FALSE);
  return done;
}

static void
apply_name (SkTaskEditor *self)
{
  SkTask *task = task_of (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->name));
  g_autoptr(GError) error = NULL;

  if (task == NULL || !is_dirty (self->name))
    return;
  set_dirty (self->name, FALSE);
  if (g_strcmp0 (text, task->name) == 0)
    return;
  if (!edited (self, sk_edit_set_task_name (sk_view_get_history (self->view), sk_view_get_project (self->view),
                                            self->timeline_id, task->id, text, &error), &error))
    set_dirty (self->name, TRUE);
}

static void
apply_note (SkTaskEditor *self)
{
  SkTask *task = task_of (self);
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->note));
  g_autoptr(GError) error = NULL;

  if (task == NULL || !is_dirty (self->note))
    return;
  set_dirty (self->note, FALSE);
  if (g_strcmp0 (text, task->note ? task->note : "") == 0)
    return;
  if (!edited (self, sk_edit_set_task_note (sk_view_get_history (self->view), sk_view_get_project (self->view),
                                            self->timeline_id, task->id, text[0] ? text : NULL, &error), &error))
    set_dirty (self->note, TRUE);
}

/* A name left empty goes back to the task's name. */
static void
name_leave_cb (SkTaskEditor *self)
{
  SkTask *task = task_of (self);

  if (self->updating || task == NULL)
    return;
  if (gtk_editable_get_text (GTK_EDITABLE (self->name))[0] == '\0')
    show_text (self, self->name, task->name, TRUE);
  apply_name (self);
}

static void
note_leave_cb (SkTaskEditor *self)
{
  if (!self->updating)
    apply_note (self);
}

/* Dates are typed as 10.2.2026 or 2026-02-10 and applied with Enter or
 * on leaving the field; a date that would end a task before it starts is
 * refused with a message. */
static void
date_activate_cb (GtkEntry     *entry,
                  SkTaskEditor *self)
{
  SkTask *task = task_of (self);
  gboolean is_end = GTK_WIDGET (entry) == self->end;
  g_autofree char *text = sk_date_from_input (gtk_editable_get_text (GTK_EDITABLE (entry)));
  const char *problem = NULL;
  g_autoptr(GError) error = NULL;

  if (task == NULL)
    return;
  if (text == NULL)
    problem = sk_date_input_problem (gtk_editable_get_text (GTK_EDITABLE (entry)));
  else if (task->milestone)
    ;
  else if (is_end ? strcmp (text, task->start) < 0 : strcmp (text, task->end) > 0)
    problem = _("A task cannot end before it starts.");
  gtk_label_set_text (GTK_LABEL (self->message), problem ? problem : "");
  gtk_widget_set_visible (self->message, problem != NULL);
  if (problem)
    {
      gtk_widget_add_css_class (GTK_WIDGET (entry), "error");
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (entry), "error");
  set_dirty (GTK_WIDGET (entry), FALSE);
  if (!edited (self, sk_edit_set_task_dates (sk_view_get_history (self->view), sk_view_get_project (self->view),
                                             self->timeline_id, task->id,
                                             task->milestone || !is_end ? text : task->start,
                                             task->milestone || is_end ? text : task->end, &error),
               &error))
    set_dirty (GTK_WIDGET (entry), TRUE);
}

/* A date typed is applied when the focus leaves it too (a click into
 * another field or on another task), as the name and the note are. */
static void
date_leave_cb (SkTaskEditor            *self,
               GtkEventControllerFocus *focus)
{
  GtkWidget *entry = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (focus));

  if (!self->updating && is_dirty (entry))
    date_activate_cb (GTK_ENTRY (entry), self);
}

static void
progress_changed_cb (GtkSpinButton *spin,
                     SkTaskEditor  *self)
{
  SkTask *task = task_of (self);
  double value = gtk_spin_button_get_value (spin);
  g_autoptr(GError) error = NULL;

  if (self->updating || task == NULL || value == task->progress || (value == 0 && task->progress < 0))
    return;
  /* Steps of the arrows in a row are one step of undo. */
  sk_document_begin_burst (sk_view_get_document (self->view));
  edited (self, sk_edit_set_task_progress (sk_view_get_history (self->view), sk_view_get_project (self->view),
                                           self->timeline_id, task->id, value, &error), &error);
}

static void
milestone_cb (SkTaskEditor *self)
{
  SkTask *task = task_of (self);
  gboolean on = gtk_switch_get_active (GTK_SWITCH (self->milestone));
  g_autoptr(GError) error = NULL;

  if (self->updating || task == NULL || on == task->milestone)
    return;
  /* A phase holds tasks and cannot be a milestone: the core says so. */
  if (!edited (self, sk_edit_set_task_milestone (sk_view_get_history (self->view), sk_view_get_project (self->view),
                                                 self->timeline_id, task->id, on, &error), &error))
    {
      self->updating = TRUE;
      gtk_switch_set_active (GTK_SWITCH (self->milestone), task->milestone);
      self->updating = FALSE;
    }
}

static void
phase_cb (SkTaskEditor *self)
{
  SkTask *task = task_of (self);
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->phase));
  const char *id;
  g_autoptr(GError) error = NULL;

  if (self->updating || task == NULL)
    return;
  id = i == 0 || i > self->phase_ids->len ? NULL : g_ptr_array_index (self->phase_ids, i - 1);
  if (g_strcmp0 (id, task->parent) == 0)
    return;
  if (!edited (self, sk_edit_set_task_parent (sk_view_get_history (self->view), sk_view_get_project (self->view),
                                              self->timeline_id, task->id, id, &error), &error))
    sk_task_editor_update (self, timeline_of (self));
}

static void
remove_clicked_cb (SkTaskEditor *self)
{
  SkTask *task = task_of (self);
  g_autofree char *msg = NULL;
  g_autoptr(GError) error = NULL;

  if (task == NULL)
    return;
  msg = g_strdup_printf (_("“%s” was removed"), task->name);
  if (edited (self, sk_edit_remove_task (sk_view_get_history (self->view), sk_view_get_project (self->view),
                                         self->timeline_id, task->id, &error), &error))
    sk_view_toast (self->view, msg, TRUE);
}

static void
close_clicked_cb (SkTaskEditor *self)
{
  g_signal_emit (self, signals [CLOSE], 0);
}

static void
shift_cb (SkTaskEditor *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SHIFT_SUCCESSORS]);
}

static gboolean
is_under (SkTimeline *t,
          SkTask     *task,
          SkTask     *maybe_parent)
{
  SkTask *up = task;

  for (guint steps = 0; up && steps <= t->tasks->len; steps++)
    {
      if (up == maybe_parent)
        return TRUE;
      up = up->parent ? find_task (t, up->parent) : NULL;
    }
  return FALSE;
}

/* The phases a task may be put in: not milestones, not itself or what
 * it holds.  The drop-down is given them only when they changed. */
static void
update_phases (SkTaskEditor *self,
               SkTimeline   *t,
               SkTask       *task)
{
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (self->phase));
  gboolean same;
  guint current = 0;

  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *p = g_ptr_array_index (t->tasks, i);

      if (p->milestone || is_under (t, p, task))
        continue;
      g_ptr_array_add (ids, g_strdup (p->id));
      g_ptr_array_add (names, p->name);
      if (g_strcmp0 (p->id, task->parent) == 0)
        current = ids->len;
    }
  same = model != NULL && g_list_model_get_n_items (model) == names->len + 1 && self->phase_ids->len == ids->len;
  for (guint i = 0; same && i < names->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i + 1), g_ptr_array_index (names, i)) == 0 &&
           g_strcmp0 (g_ptr_array_index (self->phase_ids, i), g_ptr_array_index (ids, i)) == 0;
  if (!same)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new (NULL);

      gtk_string_list_append (list, _("No phase"));
      for (guint i = 0; i < names->len; i++)
        gtk_string_list_append (list, g_ptr_array_index (names, i));
      gtk_drop_down_set_model (GTK_DROP_DOWN (self->phase), G_LIST_MODEL (list));
      g_ptr_array_unref (self->phase_ids);
      self->phase_ids = g_steal_pointer (&ids);
    }
  if (gtk_drop_down_get_selected (GTK_DROP_DOWN (self->phase)) != current)
    gtk_drop_down_set_selected (GTK_DROP_DOWN (self->phase), current);
}

static void
show_task (SkTaskEditor *self,
           SkTimeline   *t,
           SkTask       *task,
           gboolean      force)
{
  g_autofree char *start = sk_format_date_short (task->start);
  g_autofree char *end = sk_format_date_short (task->end);
  const char *start_text = task->milestone ? _("Date") : _("Start (YYYY-MM-DD)");

  self->updating = TRUE;
  gtk_label_set_text (GTK_LABEL (self->kind), task->milestone ? _("Milestone") : _("Task"));
  show_text (self, self->name, task->name, force);
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->start_caption)), start_text) != 0)
    {
      gtk_label_set_text (GTK_LABEL (self->start_caption), start_text);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->start), GTK_ACCESSIBLE_PROPERTY_LABEL, start_text, -1);
    }
  show_text (self, self->start, start, force);
  show_text (self, self->end, end, force);
  gtk_widget_set_visible (self->end_caption, !task->milestone);
  gtk_widget_set_visible (self->end, !task->milestone);
  if (gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->progress)) != MAX (task->progress, 0))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->progress), MAX (task->progress, 0));
  /* A milestone is a point in time: nothing to be partly done. */
  gtk_widget_set_visible (self->progress_caption, !task->milestone);
  gtk_widget_set_visible (self->progress, !task->milestone);
  if (gtk_switch_get_active (GTK_SWITCH (self->milestone)) != task->milestone)
    gtk_switch_set_active (GTK_SWITCH (self->milestone), task->milestone);
  update_phases (self, t, task);
  show_text (self, self->note, task->note ? task->note : "", force);
  gtk_widget_set_visible (self->violates, sk_gantt_task_violates (t, task));
  self->updating = FALSE;
}

void
sk_task_editor_set_task (SkTaskEditor *self,
                         SkTimeline   *timeline,
                         const char   *task_id,
                         gboolean      editable)
{
  SkTask *task;

  g_return_if_fail (SK_IS_TASK_EDITOR (self));
  g_free (self->timeline_id);
  self->timeline_id = timeline ? g_strdup (timeline->id) : NULL;
  g_free (self->task_id);
  self->task_id = g_strdup (task_id);
  self->editable = editable;
  gtk_label_set_text (GTK_LABEL (self->message), "");
  gtk_widget_set_visible (self->message, FALSE);
  gtk_widget_remove_css_class (self->start, "error");
  gtk_widget_remove_css_class (self->end, "error");
  if ((task = find_task (timeline, task_id)) == NULL)
    return;
  show_task (self, timeline, task, TRUE);
  /* The combined timeline is read only: its labels stay readable. */
  for (GtkWidget *w = gtk_widget_get_first_child (GTK_WIDGET (self)); w; w = gtk_widget_get_next_sibling (w))
    if (!GTK_IS_LABEL (w))
      gtk_widget_set_sensitive (w, editable || w == gtk_widget_get_first_child (GTK_WIDGET (self)));
  gtk_widget_set_visible (self->remove, editable);
  gtk_widget_set_visible (self->shift_row, editable);
}

const char *
sk_task_editor_get_task_id (SkTaskEditor *self)
{
  g_return_val_if_fail (SK_IS_TASK_EDITOR (self), NULL);
  return self->task_id;
}

void
sk_task_editor_update (SkTaskEditor *self,
                       SkTimeline   *timeline)
{
  SkTask *task;

  g_return_if_fail (SK_IS_TASK_EDITOR (self));
  if (timeline == NULL || g_strcmp0 (timeline->id, self->timeline_id) != 0 ||
      (task = find_task (timeline, self->task_id)) == NULL)
    return;
  show_task (self, timeline, task, FALSE);
}

gboolean
sk_task_editor_get_shift_successors (SkTaskEditor *self)
{
  return gtk_switch_get_active (GTK_SWITCH (self->shift));
}

void
sk_task_editor_set_shift_successors (SkTaskEditor *self,
                                     gboolean      shift)
{
  gtk_switch_set_active (GTK_SWITCH (self->shift), shift);
}

static void
sk_task_editor_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkTaskEditor *self = SK_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SHIFT_SUCCESSORS:
      g_value_set_boolean (value, sk_task_editor_get_shift_successors (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_task_editor_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SkTaskEditor *self = SK_TASK_EDITOR (object);

  switch (prop_id)
    {
    case PROP_SHIFT_SUCCESSORS:
      sk_task_editor_set_shift_successors (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_task_editor_finalize (GObject *object)
{
  SkTaskEditor *self = SK_TASK_EDITOR (object);

  g_free (self->timeline_id);
  g_free (self->task_id);
  g_ptr_array_unref (self->phase_ids);
  G_OBJECT_CLASS (sk_task_editor_parent_class)->finalize (object);
}

static void
sk_task_editor_class_init (SkTaskEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_task_editor_finalize;
  object_class->get_property = sk_task_editor_get_property;
  object_class->set_property = sk_task_editor_set_property;
  properties [PROP_SHIFT_SUCCESSORS] =
    g_param_spec_boolean ("shift-successors", NULL, NULL, TRUE, G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  /**
   * SkTaskEditor::close: the panel's close button was pressed
   */
  signals [CLOSE] = g_signal_new ("close", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-task-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, kind);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, name);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, start_caption);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, start);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, end_caption);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, end);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, message);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, progress_caption);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, progress);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, milestone);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, phase);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, note);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, violates);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, remove);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, shift_row);
  gtk_widget_class_bind_template_child (widget_class, SkTaskEditor, shift);
  gtk_widget_class_bind_template_callback (widget_class, remove_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
}

static void
watch_entry (SkTaskEditor *self,
             GtkWidget    *entry,
             GCallback     activate,
             GCallback     leave)
{
  g_signal_connect_object (entry, "changed", G_CALLBACK (entry_changed_cb), self, 0);
  g_signal_connect_object (entry, "activate", activate, self, activate == G_CALLBACK (date_activate_cb) ? 0 : G_CONNECT_SWAPPED);
  if (leave != NULL)
    {
      GtkEventController *focus = gtk_event_controller_focus_new ();

      g_signal_connect_object (focus, "leave", leave, self, G_CONNECT_SWAPPED);
      gtk_widget_add_controller (entry, focus);
    }
}

static void
sk_task_editor_init (SkTaskEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->phase_ids = g_ptr_array_new_with_free_func (g_free);
  watch_entry (self, self->name, G_CALLBACK (apply_name), G_CALLBACK (name_leave_cb));
  watch_entry (self, self->note, G_CALLBACK (apply_note), G_CALLBACK (note_leave_cb));
  watch_entry (self, self->start, G_CALLBACK (date_activate_cb), G_CALLBACK (date_leave_cb));
  watch_entry (self, self->end, G_CALLBACK (date_activate_cb), G_CALLBACK (date_leave_cb));
  g_signal_connect_object (self->progress, "value-changed", G_CALLBACK (progress_changed_cb), self, 0);
  g_signal_connect_object (self->milestone, "notify::active", G_CALLBACK (milestone_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->phase, "notify::selected", G_CALLBACK (phase_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->shift, "notify::active", G_CALLBACK (shift_cb), self, G_CONNECT_SWAPPED);
}

GtkWidget *
sk_task_editor_new (SkView *view)
{
  SkTaskEditor *self = g_object_new (SK_TYPE_TASK_EDITOR, NULL);

  self->view = view;
  return GTK_WIDGET (self);
}
