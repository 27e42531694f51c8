/* sk-edit-timeline.c — editing timelines: tasks, phases, links, and
 * moving a task with the tasks that follow it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-edit-private.h"

#define TASK_FIELD(name, vtype, member) SK_FIELD (SK_RECORD_TASK, SkTask, name, vtype, member)

static const SkField timeline_title = SK_FIELD (SK_RECORD_TIMELINE, SkTimeline, "title", SK_VALUE_STRING, title);
static const SkField task_name = TASK_FIELD ("name", SK_VALUE_STRING, name);
static const SkField task_start = TASK_FIELD ("start", SK_VALUE_STRING, start);
static const SkField task_end = TASK_FIELD ("end", SK_VALUE_STRING, end);
static const SkField task_parent = TASK_FIELD ("parent", SK_VALUE_STRING, parent);
static const SkField task_progress = TASK_FIELD ("progress", SK_VALUE_DOUBLE, progress);
static const SkField task_note = TASK_FIELD ("note", SK_VALUE_STRING, note);
static const SkField task_milestone =
  SK_FIELD_HAS (SK_RECORD_TASK, SkTask, "milestone", SK_VALUE_BOOLEAN, milestone, has_milestone);

static SkTimeline *
find_timeline (SkProject   *project,
               const char  *id,
               guint       *position,
               GError     **error)
{
  SkTimeline *t = sk_project_find_timeline (project, id);

  if (t == NULL)
    _sk_edit_link_not_found (error, SK_LINK_TIMELINE, id);
  else if (position != NULL)
    g_ptr_array_find (project->timelines, t, position);
  return t;
}

static SkTask *
find_task (SkProject   *project,
           const char  *timeline_id,
           const char  *id,
           guint       *position,
           GError     **error)
{
  SkTimeline *t = find_timeline (project, timeline_id, NULL, error);
  SkIds ids = { timeline_id, id };
  SkTask *task;

  if (t == NULL)
    return NULL;
  if ((task = _sk_edit_locate (project, SK_RECORD_TASK, ids)) == NULL)
    g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
                 _("No task of this timeline has the id “%s”"), id ? id : "");
  else if (position != NULL)
    g_ptr_array_find (t->tasks, task, position);
  return task;
}

/* The dates rules of a task, in the order the checks of a file ask them. */
static gboolean
check_span (const char  *name,
            const char  *start,
            const char  *end,
            gboolean     milestone,
            GError     **error)
{
  GDate s, e;

  if (!sk_date_parse (start, &s) || !sk_date_parse (end, &e))
    return _sk_edit_refuse (error, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                            sk_date_parse (start, NULL) ? end : start, SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
  if (!sk_rule_task_span_valid (&s, &e))
    return _sk_edit_refuse (error, _("“%s” ends (%s) before it starts (%s)"), name, end, start);
  if (!sk_rule_milestone_span_valid (milestone, &s, &e))
    return _sk_edit_refuse (error, _("“%s” is a milestone, so it starts and ends on the same day"), name);
  return TRUE;
}

/* Timelines */

gboolean
sk_edit_add_timeline (SkHistory   *history,
                      SkProject   *project,
                      const char  *title,
                      char       **id_out,
                      GError     **error)
{
  SkTimeline *t;
  SkIds parent = { NULL };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A timeline needs a title"));
  t = sk_timeline_new ();
  t->id = sk_unique_id (project->timelines, "timeline");
  t->title = g_strdup (title);
  return _sk_edit_run_insert (history, project, SK_RECORD_TIMELINE, parent, project->timelines->len, t, t->id,
                              id_out, g_strdup_printf (_("Add «%s»"), title));
}

gboolean
sk_edit_remove_timeline (SkHistory   *history,
                         SkProject   *project,
                         const char  *id,
                         GError     **error)
{
  SkTimeline *t;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((t = find_timeline (project, id, &at, error)) == NULL)
    return FALSE;
  return _sk_edit_remove_linked (history, project, SK_RECORD_TIMELINE, SK_LINK_TIMELINE, id, at, t->title);
}

gboolean
sk_edit_set_timeline_title (SkHistory   *history,
                            SkProject   *project,
                            const char  *id,
                            const char  *title,
                            GError     **error)
{
  SkTimeline *t;
  SkIds ids = { id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((t = find_timeline (project, id, NULL, error)) == NULL)
    return FALSE;
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A timeline needs a title"));
  return _sk_edit_set_string (history, project, &timeline_title, ids, title,
                              g_strdup_printf (_("Rename «%s»"), t->title));
}

/* Tasks */

gboolean
sk_edit_add_task (SkHistory   *history,
                  SkProject   *project,
                  const char  *timeline_id,
                  const char  *name,
                  const char  *start,
                  const char  *end,
                  gboolean     milestone,
                  char       **id_out,
                  GError     **error)
{
  return sk_edit_add_task_in (history, project, timeline_id, name, start, end, milestone, NULL, id_out, error);
}

/* As sk_edit_add_task (), in the phase `parent` (NULL for none): one
 * step. */
gboolean
sk_edit_add_task_in (SkHistory   *history,
                     SkProject   *project,
                     const char  *timeline_id,
                     const char  *name,
                     const char  *start,
                     const char  *end,
                     gboolean     milestone,
                     const char  *parent_id,
                     char       **id_out,
                     GError     **error)
{
  SkTimeline *t;
  SkTask *task;
  SkIds parent = { timeline_id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((t = find_timeline (project, timeline_id, NULL, error)) == NULL)
    return FALSE;
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A task needs a name"));
  if (!check_span (name, start, end, milestone, error))
    return FALSE;
  if (parent_id != NULL)
    {
      SkIds pids = { timeline_id, parent_id };
      SkTask *phase = _sk_edit_locate (project, SK_RECORD_TASK, pids);

      if (phase == NULL)
        return _sk_edit_refuse (error, _("No task of this timeline has the id “%s”"), parent_id);
      if (phase->milestone)
        return _sk_edit_refuse (error, _("“%s” is a milestone and cannot be a phase"), parent_id);
    }
  task = sk_task_new ();
  task->id = sk_unique_id (t->tasks, milestone ? "milestone" : "task");
  task->name = g_strdup (name);
  task->start = g_strdup (start);
  task->end = g_strdup (end);
  task->milestone = milestone;
  task->has_milestone = milestone;
  task->parent = g_strdup (parent_id);
  return _sk_edit_run_insert (history, project, SK_RECORD_TASK, parent, t->tasks->len, task, task->id, id_out,
                              g_strdup_printf (_("Add «%s»"), name));
}

/* The task goes; the tasks that followed it no longer wait for it, and
 * its own tasks move up to its phase. */
gboolean
sk_edit_remove_task (SkHistory   *history,
                     SkProject   *project,
                     const char  *timeline_id,
                     const char  *id,
                     GError     **error)
{
  GPtrArray *commands;
  SkTimeline *t;
  SkTask *task;
  SkIds parent = { timeline_id };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, &at, error)) == NULL)
    return FALSE;
  t = sk_project_find_timeline (project, timeline_id);
  commands = _sk_edit_commands_new ();
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *other = g_ptr_array_index (t->tasks, i);
      SkIds ids = { timeline_id, other->id };
      SkValue up = { TRUE, { .s = task->parent } };

      for (guint k = other->depends_on->len; k > 0; k--)
        if (g_strcmp0 (g_ptr_array_index (other->depends_on, k - 1), id) == 0)
          _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_DEPENDENCY, ids, k - 1, NULL));
      if (other != task && g_strcmp0 (other->parent, id) == 0)
        _sk_edit_add (commands, _sk_edit_field_command (project, &task_parent, ids, &up, NULL));
    }
  _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_TASK, parent, at, NULL));
  return _sk_edit_run (history, project, _sk_edit_group (commands, g_strdup_printf (_("Remove «%s»"), task->name)));
}

gboolean
sk_edit_move_task_in_list (SkHistory   *history,
                           SkProject   *project,
                           const char  *timeline_id,
                           const char  *id,
                           guint        to,
                           GError     **error)
{
  SkTask *task;
  SkIds parent = { timeline_id };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, &at, error)) == NULL)
    return FALSE;
  to = MIN (to, sk_project_find_timeline (project, timeline_id)->tasks->len - 1);
  return _sk_edit_run (history, project,
                       _sk_edit_move_command (SK_RECORD_TASK, parent, at, to,
                                              g_strdup_printf (_("Move «%s»"), task->name)));
}

gboolean
sk_edit_set_task_name (SkHistory   *history,
                       SkProject   *project,
                       const char  *timeline_id,
                       const char  *id,
                       const char  *name,
                       GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkTask *task;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A task needs a name"));
  return _sk_edit_set_string (history, project, &task_name, ids, name,
                              g_strdup_printf (_("Rename «%s»"), task->name));
}

gboolean
sk_edit_set_task_note (SkHistory   *history,
                       SkProject   *project,
                       const char  *timeline_id,
                       const char  *id,
                       const char  *note,
                       GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkTask *task;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  return _sk_edit_set_string (history, project, &task_note, ids, note && *note ? note : NULL,
                              g_strdup_printf (_("Edit the Note on «%s»"), task->name));
}

/* `progress` -1 takes it away. */
gboolean
sk_edit_set_task_progress (SkHistory   *history,
                           SkProject   *project,
                           const char  *timeline_id,
                           const char  *id,
                           double       progress,
                           GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkTask *task;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  if (!sk_rule_progress_valid (progress))
    return _sk_edit_refuse (error, _("Progress must be between 0 and 100"));
  return _sk_edit_set_double (history, project, &task_progress, ids, progress,
                              g_strdup_printf (_("Change the Progress of «%s»"), task->name));
}

gboolean
sk_edit_set_task_dates (SkHistory   *history,
                        SkProject   *project,
                        const char  *timeline_id,
                        const char  *id,
                        const char  *start,
                        const char  *end,
                        GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkValue s = { TRUE, { .s = (char *) start } };
  SkValue e = { TRUE, { .s = (char *) end } };
  GPtrArray *commands;
  SkTask *task;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  if (!check_span (task->name, start, end, task->milestone, error))
    return FALSE;
  commands = _sk_edit_commands_new ();
  _sk_edit_add (commands, _sk_edit_field_command (project, &task_start, ids, &s, NULL));
  _sk_edit_add (commands, _sk_edit_field_command (project, &task_end, ids, &e, NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Change the Dates of «%s»"), task->name)));
}

/* A milestone is one day, and is no phase: making a task one sets its
 * end to its start. */
gboolean
sk_edit_set_task_milestone (SkHistory   *history,
                            SkProject   *project,
                            const char  *timeline_id,
                            const char  *id,
                            gboolean     milestone,
                            GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkValue m = { TRUE, { .b = !!milestone } };
  SkValue e;
  GPtrArray *commands;
  SkTimeline *t;
  SkTask *task;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  t = sk_project_find_timeline (project, timeline_id);
  for (guint i = 0; i < t->tasks->len && milestone; i++)
    if (g_strcmp0 (((SkTask *) g_ptr_array_index (t->tasks, i))->parent, id) == 0)
      return _sk_edit_refuse (error, _("“%s” is a milestone and cannot be a phase"), id);
  commands = _sk_edit_commands_new ();
  /* "milestone": false is written only where the file had it. */
  m.has = milestone || task->has_milestone;
  if (milestone)
    {
      e.has = TRUE;
      e.u.s = task->start;
      _sk_edit_add (commands, _sk_edit_field_command (project, &task_end, ids, &e, NULL));
    }
  _sk_edit_add (commands, _sk_edit_field_command (project, &task_milestone, ids, &m, NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (milestone ? _("Make «%s» a Milestone")
                                                                             : _("Make «%s» a Task"),
                                                                  task->name)));
}

/* The phase a task belongs to, or NULL for none: a task of this
 * timeline, no milestone, and no cycle. */
gboolean
sk_edit_set_task_parent (SkHistory   *history,
                         SkProject   *project,
                         const char  *timeline_id,
                         const char  *id,
                         const char  *parent,
                         GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkTimeline *t;
  SkTask *task, *phase = NULL;
  char *was;
  gboolean cycle;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  t = sk_project_find_timeline (project, timeline_id);
  if (parent != NULL)
    {
      SkIds pids = { timeline_id, parent };

      if ((phase = _sk_edit_locate (project, SK_RECORD_TASK, pids)) == NULL)
        return _sk_edit_refuse (error, _("No task of this timeline has the id “%s”"), parent);
      if (phase->milestone)
        return _sk_edit_refuse (error, _("“%s” is a milestone and cannot be a phase"), parent);
    }
  /* The rule the checks of a file ask, on the timeline as it would be. */
  was = task->parent;
  task->parent = (char *) parent;
  cycle = sk_timeline_has_cycle (t);
  task->parent = was;
  if (cycle)
    return _sk_edit_refuse (error, _("The phases of “%s” form a cycle"), task->name);
  return _sk_edit_set_string (history, project, &task_parent, ids, parent,
                              g_strdup_printf (_("Change the Phase of «%s»"), task->name));
}

/* Links: `id` starts after `predecessor` finishes. */
gboolean
sk_edit_add_dependency (SkHistory   *history,
                        SkProject   *project,
                        const char  *timeline_id,
                        const char  *id,
                        const char  *predecessor,
                        GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkIds pids = { timeline_id, predecessor };
  SkTimeline *t;
  SkTask *task;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  if (_sk_edit_locate (project, SK_RECORD_TASK, pids) == NULL)
    return _sk_edit_refuse (error, _("No task of this timeline has the id “%s”"), predecessor ? predecessor : "");
  if (g_strcmp0 (predecessor, id) == 0)
    return _sk_edit_refuse (error, _("“%s” cannot depend on itself"), task->name);
  if (g_ptr_array_find_with_equal_func (task->depends_on, predecessor, g_str_equal, NULL))
    return TRUE;
  t = sk_project_find_timeline (project, timeline_id);
  if (sk_timeline_link_would_cycle (t, task, predecessor))
    return _sk_edit_refuse (error, _("The dependencies of “%s” form a cycle"), task->name);
  return _sk_edit_run (history, project,
                       _sk_edit_insert_command (SK_RECORD_DEPENDENCY, ids, task->depends_on->len,
                                                g_strdup (predecessor),
                                                g_strdup_printf (C_("undo: a task’s dependency", "Link «%s»"),
                                                                 task->name)));
}

gboolean
sk_edit_remove_dependency (SkHistory   *history,
                           SkProject   *project,
                           const char  *timeline_id,
                           const char  *id,
                           const char  *predecessor,
                           GError     **error)
{
  SkIds ids = { timeline_id, id };
  SkTask *task;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  if (!g_ptr_array_find_with_equal_func (task->depends_on, predecessor, g_str_equal, &at))
    return _sk_edit_refuse (error, _("No task of this timeline has the id “%s”"), predecessor ? predecessor : "");
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_DEPENDENCY, ids, at,
                                                g_strdup_printf (C_("undo: a task’s dependency", "Unlink «%s»"),
                                                                 task->name)));
}

static char *
shifted (const char *date,
         int         days)
{
  GDate d;

  if (!sk_date_parse (date, &d))
    return NULL;
  if (days > 0)
    g_date_add_days (&d, days);
  else
    g_date_subtract_days (&d, -days);
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&d), g_date_get_month (&d), g_date_get_day (&d));
}

/* Moves the task by `days`, and with `successors` every task after it in
 * the chain of finish-to-start links (each once), as one step; the steps
 * of one drag merge inside a history group. */
gboolean
sk_edit_shift_task (SkHistory   *history,
                    SkProject   *project,
                    const char  *timeline_id,
                    const char  *id,
                    int          days,
                    gboolean     successors,
                    GError     **error)
{
  g_autoptr(GPtrArray) queue = NULL;
  g_autoptr(GHashTable) done = NULL;
  g_autoptr(GPtrArray) commands = NULL;
  SkTimeline *t;
  SkTask *task;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((task = find_task (project, timeline_id, id, NULL, error)) == NULL)
    return FALSE;
  if (days == 0)
    return TRUE;
  t = sk_project_find_timeline (project, timeline_id);
  queue = g_ptr_array_new ();
  done = g_hash_table_new (NULL, NULL);
  commands = _sk_edit_commands_new ();
  g_ptr_array_add (queue, task);
  g_hash_table_add (done, task);
  for (guint q = 0; q < queue->len; q++)
    {
      SkTask *next = g_ptr_array_index (queue, q);
      SkIds ids = { timeline_id, next->id };
      g_autofree char *start = shifted (next->start, days);
      g_autofree char *end = shifted (next->end, days);
      SkValue s = { TRUE, { .s = start } };
      SkValue e = { TRUE, { .s = end } };

      if (!sk_rule_date_valid (start) || !sk_rule_date_valid (end))
        return _sk_edit_refuse (error, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                                start ? start : next->start, SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
      _sk_edit_add (commands, _sk_edit_field_command (project, &task_start, ids, &s, NULL));
      _sk_edit_add (commands, _sk_edit_field_command (project, &task_end, ids, &e, NULL));
      for (guint i = 0; i < t->tasks->len && successors; i++)
        {
          SkTask *other = g_ptr_array_index (t->tasks, i);

          if (!g_hash_table_contains (done, other) &&
              g_ptr_array_find_with_equal_func (other->depends_on, next->id, g_str_equal, NULL))
            {
              g_hash_table_add (done, other);
              g_ptr_array_add (queue, other);
            }
        }
    }
  return _sk_edit_run (history, project,
                       _sk_edit_group (g_steal_pointer (&commands), g_strdup_printf (_("Move «%s»"), task->name)));
}

/* Imports */

/* The imported timeline (taken) as a new timeline of the project, or its
 * tasks added to the timeline `into_id` under ids of their own there, with
 * their phases and links following them: one step either way. */
gboolean
sk_edit_import_timeline (SkHistory   *history,
                         SkProject   *project,
                         const char  *into_id,
                         SkTimeline  *imported,
                         char       **id_out,
                         GError     **error)
{
  g_autoptr(GHashTable) renamed = NULL;
  g_autoptr(GPtrArray) taken = NULL;
  GPtrArray *commands;
  SkTimeline *t;
  SkIds parent = { into_id };
  g_autofree char *label = NULL;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (imported != NULL, FALSE);
  if (into_id == NULL)
    {
      SkIds top = { NULL };

      if (imported->title == NULL || *imported->title == '\0')
        {
          sk_timeline_free (imported);
          return _sk_edit_refuse (error, _("A timeline needs a title"));
        }
      if (imported->id == NULL || sk_project_find_timeline (project, imported->id) != NULL)
        {
          g_free (imported->id);
          imported->id = sk_unique_id (project->timelines, "timeline");
        }
      label = g_strdup_printf (_("Import «%s»"), imported->title);
      return _sk_edit_run_insert (history, project, SK_RECORD_TIMELINE, top, project->timelines->len, imported,
                                  imported->id, id_out, g_steal_pointer (&label));
    }
  if ((t = find_timeline (project, into_id, NULL, error)) == NULL || imported->tasks->len == 0)
    {
      if (t != NULL)
        _sk_edit_refuse (error, _("“%s” has no tasks to import"), imported->title ? imported->title : "");
      sk_timeline_free (imported);
      return FALSE;
    }
  /* New ids where the timeline has them already, and what points at them
   * follows. */
  renamed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  /* Borrowed: a copy would take the list's free function. */
  taken = g_ptr_array_sized_new (t->tasks->len + imported->tasks->len);
  for (guint i = 0; i < t->tasks->len; i++)
    g_ptr_array_add (taken, g_ptr_array_index (t->tasks, i));
  for (guint i = 0; i < imported->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (imported->tasks, i);
      gboolean clash = task->id == NULL;

      for (guint k = 0; k < taken->len && !clash; k++)
        clash = g_strcmp0 (((SkTask *) g_ptr_array_index (taken, k))->id, task->id) == 0;
      if (clash)
        {
          char *id = sk_unique_id (taken, task->milestone ? "milestone" : "task");

          g_hash_table_insert (renamed, g_strdup (task->id ? task->id : ""), g_strdup (id));
          g_free (task->id);
          task->id = id;
        }
      g_ptr_array_add (taken, task);
    }
  for (guint i = 0; i < imported->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (imported->tasks, i);
      const char *to;

      if (task->parent != NULL && (to = g_hash_table_lookup (renamed, task->parent)) != NULL)
        {
          g_free (task->parent);
          task->parent = g_strdup (to);
        }
      for (guint k = 0; k < task->depends_on->len; k++)
        if ((to = g_hash_table_lookup (renamed, g_ptr_array_index (task->depends_on, k))) != NULL)
          {
            g_free (g_ptr_array_index (task->depends_on, k));
            g_ptr_array_index (task->depends_on, k) = g_strdup (to);
          }
    }
  commands = _sk_edit_commands_new ();
  for (guint i = 0; i < imported->tasks->len; i++)
    _sk_edit_add (commands, _sk_edit_insert_command (SK_RECORD_TASK, parent, t->tasks->len + i,
                                                     g_ptr_array_index (imported->tasks, i), NULL));
  /* The tasks are the commands' now. */
  g_ptr_array_set_free_func (imported->tasks, NULL);
  label = g_strdup_printf (_("Import «%s» into «%s»"), imported->title ? imported->title : "", t->title);
  sk_timeline_free (imported);
  if (id_out != NULL)
    *id_out = g_strdup (into_id);
  return _sk_edit_run (history, project, _sk_edit_group (commands, g_steal_pointer (&label)));
}
