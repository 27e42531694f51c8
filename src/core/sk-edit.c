/* sk-edit.c — the commands the edit functions of every area share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-edit-private.h"

static gpointer
find_id (GPtrArray  *list,
         const char *id)
{
  if (list == NULL || id == NULL)
    return NULL;
  for (guint i = 0; i < list->len; i++)
    {
      char **record = g_ptr_array_index (list, i);

      if (g_strcmp0 (*record, id) == 0)
        return record;
    }
  return NULL;
}

static gpointer
find_index (GPtrArray  *list,
            const char *index)
{
  char *end = NULL;
  guint64 i;

  if (list == NULL || index == NULL)
    return NULL;
  i = g_ascii_strtoull (index, &end, 10);
  return end != index && *end == '\0' && i < list->len ? g_ptr_array_index (list, i) : NULL;
}

static SkItem *
find_item (SkProject  *project,
           const char *meeting,
           const char *item)
{
  SkMeeting *m = find_id (project->meetings, meeting);

  return m ? find_id (m->items, item) : NULL;
}

static SkTask *
find_task (SkProject  *project,
           const char *timeline,
           const char *task)
{
  SkTimeline *t = find_id (project->timelines, timeline);

  return t ? find_id (t->tasks, task) : NULL;
}

GPtrArray *
_sk_edit_locate_list (SkProject    *project,
                      SkRecordKind  kind,
                      const SkIds   parent)
{
  SkMatrix *matrix;
  SkCostModel *model;
  SkScenario *scenario = NULL;
  SkItem *item;
  SkTask *task;
  SkMeeting *meeting;
  SkTimeline *timeline;

  switch (kind)
    {
    case SK_RECORD_MUNICIPALITY: return project->municipalities;
    case SK_RECORD_MEETING:      return project->meetings;
    case SK_RECORD_PLAN_ENTRY:   return project->plan;
    case SK_RECORD_MATRIX:       return project->matrices;
    case SK_RECORD_TIMELINE:     return project->timelines;
    case SK_RECORD_COST_MODEL:   return project->cost_models;
    case SK_RECORD_ITEM:
      meeting = find_id (project->meetings, parent[0]);
      return meeting ? meeting->items : NULL;
    case SK_RECORD_FACTOR:
    case SK_RECORD_CANDIDATE:
      matrix = find_id (project->matrices, parent[0]);
      if (matrix == NULL)
        return NULL;
      return kind == SK_RECORD_FACTOR ? matrix->factors : matrix->candidates;
    case SK_RECORD_TASK:
      timeline = find_id (project->timelines, parent[0]);
      return timeline ? timeline->tasks : NULL;
    case SK_RECORD_SCENARIO:
    case SK_RECORD_CRITERION:
    case SK_RECORD_PARTICIPANT:
      model = find_id (project->cost_models, parent[0]);
      if (model == NULL)
        return NULL;
      if (kind == SK_RECORD_SCENARIO)
        return model->scenarios;
      if (parent[1] != NULL && (scenario = find_id (model->scenarios, parent[1])) == NULL)
        return NULL;
      if (kind == SK_RECORD_CRITERION)
        return scenario ? scenario->criteria : model->criteria;
      return scenario ? scenario->participants : model->participants;
    case SK_RECORD_LINK:
    case SK_RECORD_ATTACHMENT:
      item = find_item (project, parent[0], parent[1]);
      if (item == NULL)
        return NULL;
      return kind == SK_RECORD_LINK ? item->links : item->attachments;
    case SK_RECORD_DEPENDENCY:
      task = find_task (project, parent[0], parent[1]);
      return task ? task->depends_on : NULL;
    case SK_RECORD_PROJECT:
    default:
      return NULL;
    }
}

/* How many of the ids name the list a record of `kind` is in. */
static guint
parent_depth (SkRecordKind kind)
{
  switch (kind)
    {
    case SK_RECORD_PROJECT:
      return 0;
    case SK_RECORD_MUNICIPALITY: case SK_RECORD_MEETING: case SK_RECORD_PLAN_ENTRY:
    case SK_RECORD_MATRIX: case SK_RECORD_TIMELINE: case SK_RECORD_COST_MODEL:
      return 0;
    case SK_RECORD_ITEM: case SK_RECORD_FACTOR: case SK_RECORD_CANDIDATE:
    case SK_RECORD_TASK: case SK_RECORD_SCENARIO:
      return 1;
    case SK_RECORD_CRITERION: case SK_RECORD_PARTICIPANT: case SK_RECORD_LINK:
    case SK_RECORD_DEPENDENCY: case SK_RECORD_ATTACHMENT:
    default:
      return 2;
    }
}

gpointer
_sk_edit_locate (SkProject    *project,
                 SkRecordKind  kind,
                 const SkIds   ids)
{
  GPtrArray *list;
  const char *own;

  if (kind == SK_RECORD_PROJECT)
    return project;
  list = _sk_edit_locate_list (project, kind, ids);
  own = ids[parent_depth (kind)];
  if (kind == SK_RECORD_CRITERION || kind == SK_RECORD_ATTACHMENT)
    return find_index (list, own);
  return find_id (list, own);
}

char *
_sk_edit_path (const SkIds ids)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < 3; i++)
    if (ids[i] != NULL)
      g_string_append_printf (path, "%s%s", path->len ? "/" : "", ids[i]);
  return g_string_free (path, FALSE);
}

/* The path of the record at `position` of its list. */
static char *
element_path (SkRecordKind  kind,
              const SkIds   parent,
              gpointer      element,
              guint         position)
{
  SkIds ids = { parent[0], parent[1], parent[2] };
  g_autofree char *index = NULL;
  guint depth = parent_depth (kind);

  if (kind == SK_RECORD_CRITERION || kind == SK_RECORD_ATTACHMENT)
    ids[depth] = index = g_strdup_printf ("%u", position);
  else if (kind == SK_RECORD_PARTICIPANT || kind == SK_RECORD_DEPENDENCY)
    ids[depth] = element;
  else if (kind == SK_RECORD_LINK)
    ids[depth] = ((SkLink *) element)->id;
  else
    ids[depth] = *(char **) element;
  return _sk_edit_path (ids);
}

static GDestroyNotify
element_free_func (SkRecordKind kind)
{
  switch (kind)
    {
    case SK_RECORD_MUNICIPALITY: return (GDestroyNotify) sk_municipality_free;
    case SK_RECORD_MEETING:      return (GDestroyNotify) sk_meeting_free;
    case SK_RECORD_ITEM:         return (GDestroyNotify) sk_item_free;
    case SK_RECORD_PLAN_ENTRY:   return (GDestroyNotify) sk_plan_entry_free;
    case SK_RECORD_MATRIX:       return (GDestroyNotify) sk_matrix_free;
    case SK_RECORD_FACTOR:       return (GDestroyNotify) sk_factor_free;
    case SK_RECORD_CANDIDATE:    return (GDestroyNotify) sk_candidate_free;
    case SK_RECORD_TIMELINE:     return (GDestroyNotify) sk_timeline_free;
    case SK_RECORD_TASK:         return (GDestroyNotify) sk_task_free;
    case SK_RECORD_COST_MODEL:   return (GDestroyNotify) sk_cost_model_free;
    case SK_RECORD_SCENARIO:     return (GDestroyNotify) sk_scenario_free;
    case SK_RECORD_CRITERION:    return (GDestroyNotify) sk_criterion_free;
    case SK_RECORD_LINK:         return (GDestroyNotify) sk_link_free;
    case SK_RECORD_ATTACHMENT:   return (GDestroyNotify) sk_attachment_free;
    case SK_RECORD_PARTICIPANT:
    case SK_RECORD_DEPENDENCY:   return g_free;
    case SK_RECORD_PROJECT:
    default:                     g_assert_not_reached ();
    }
}

/* Setting a field */

typedef struct
{
  const SkField *field;
  char          *ids[3];
  SkValue        old;
  SkValue        new;
} FieldData;

static void
value_clear (const SkField *field,
             SkValue       *v)
{
  if (field->type == SK_VALUE_STRING)
    g_clear_pointer (&v->u.s, g_free);
  else if (field->type == SK_VALUE_OBJECT)
    g_clear_pointer (&v->u.o, json_object_unref);
}

/* A value of the command's own: strings copied, objects referenced. */
static void
value_own (const SkField *field,
           SkValue       *v)
{
  if (field->type == SK_VALUE_STRING)
    v->u.s = g_strdup (v->u.s);
  else if (field->type == SK_VALUE_OBJECT && v->u.o != NULL)
    json_object_ref (v->u.o);
}

static void
value_read (const SkField *field,
            gpointer       record,
            SkValue       *v)
{
  guint8 *base = record;

  v->has = field->has_offset < 0 || G_STRUCT_MEMBER (gboolean, base, field->has_offset);
  switch (field->type)
    {
    case SK_VALUE_STRING:  v->u.s = G_STRUCT_MEMBER (char *, base, field->offset); break;
    case SK_VALUE_DOUBLE:  v->u.d = G_STRUCT_MEMBER (double, base, field->offset); break;
    case SK_VALUE_INT:     v->u.i = G_STRUCT_MEMBER (int, base, field->offset); break;
    case SK_VALUE_INT64:   v->u.l = G_STRUCT_MEMBER (gint64, base, field->offset); break;
    case SK_VALUE_BOOLEAN: v->u.b = G_STRUCT_MEMBER (gboolean, base, field->offset); break;
    case SK_VALUE_OBJECT:  v->u.o = G_STRUCT_MEMBER (JsonObject *, base, field->offset); break;
    default: g_assert_not_reached ();
    }
  value_own (field, v);
}

static void
value_write (const SkField *field,
             gpointer       record,
             const SkValue *v)
{
  guint8 *base = record;

  if (field->has_offset >= 0)
    G_STRUCT_MEMBER (gboolean, base, field->has_offset) = v->has;
  switch (field->type)
    {
    case SK_VALUE_STRING:
      _sk_set_str (&G_STRUCT_MEMBER (char *, base, field->offset), v->u.s);
      break;
    case SK_VALUE_DOUBLE:  G_STRUCT_MEMBER (double, base, field->offset) = v->u.d; break;
    case SK_VALUE_INT:     G_STRUCT_MEMBER (int, base, field->offset) = v->u.i; break;
    case SK_VALUE_INT64:   G_STRUCT_MEMBER (gint64, base, field->offset) = v->u.l; break;
    case SK_VALUE_BOOLEAN: G_STRUCT_MEMBER (gboolean, base, field->offset) = v->u.b; break;
    case SK_VALUE_OBJECT:
      g_clear_pointer (&G_STRUCT_MEMBER (JsonObject *, base, field->offset), json_object_unref);
      G_STRUCT_MEMBER (JsonObject *, base, field->offset) = v->u.o ? json_object_ref (v->u.o) : NULL;
      break;
    default: g_assert_not_reached ();
    }
}

static gboolean
value_equal (const SkField *field,
             const SkValue *a,
             const SkValue *b)
{
  if (a->has != b->has)
    return FALSE;
  switch (field->type)
    {
    case SK_VALUE_STRING:  return g_strcmp0 (a->u.s, b->u.s) == 0;
    case SK_VALUE_DOUBLE:  return memcmp (&a->u.d, &b->u.d, sizeof (double)) == 0;
    case SK_VALUE_INT:     return a->u.i == b->u.i;
    case SK_VALUE_INT64:   return a->u.l == b->u.l;
    case SK_VALUE_BOOLEAN: return !a->u.b == !b->u.b;
    case SK_VALUE_OBJECT:  return a->u.o == b->u.o || (a->u.o && b->u.o && json_object_equal (a->u.o, b->u.o));
    default: g_assert_not_reached ();
    }
}

static void
field_apply (gpointer   data,
             SkProject *project,
             gboolean   undo)
{
  FieldData *d = data;
  gpointer record = _sk_edit_locate (project, d->field->kind, (const char **) d->ids);
  g_autofree char *path = NULL;

  g_assert (record != NULL);
  value_write (d->field, record, undo ? &d->old : &d->new);
  path = _sk_edit_path ((const char **) d->ids);
  sk_project_emit_record_changed (project, d->field->kind, path, d->field->name);
}

static gboolean
field_merge (gpointer data,
             gpointer next,
             gboolean dry_run)
{
  FieldData *d = data, *n = next;

  if (d->field != n->field)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (g_strcmp0 (d->ids[i], n->ids[i]) != 0)
      return FALSE;
  if (!dry_run)
    {
      value_clear (d->field, &d->new);
      d->new = n->new;
      n->new.u.s = NULL;   /* now ours (a string or an object) */
      n->new.u.o = NULL;
    }
  return TRUE;
}

static void
field_free (gpointer data)
{
  FieldData *d = data;

  value_clear (d->field, &d->old);
  value_clear (d->field, &d->new);
  for (guint i = 0; i < 3; i++)
    g_free (d->ids[i]);
  g_free (d);
}

static gsize
field_size (gpointer data)
{
  FieldData *d = data;
  gsize size = sizeof *d;

  for (guint i = 0; i < 3; i++)
    size += d->ids[i] ? strlen (d->ids[i]) + 1 : 0;
  if (d->field->type == SK_VALUE_STRING)
    size += (d->old.u.s ? strlen (d->old.u.s) + 1 : 0) + (d->new.u.s ? strlen (d->new.u.s) + 1 : 0);
  return size;
}

static const SkCommandOps field_ops = { "set-field", field_apply, field_merge, field_free, field_size };

SkCommand *
_sk_edit_field_command (SkProject     *project,
                        const SkField *field,
                        const SkIds    ids,
                        const SkValue *value,
                        char          *label)
{
  gpointer record = _sk_edit_locate (project, field->kind, ids);

  g_return_val_if_fail (record != NULL, NULL);
  return _sk_edit_field_command_for (record, field, ids, value, label);
}

SkCommand *
_sk_edit_field_command_for (gpointer       record,
                            const SkField *field,
                            const SkIds    ids,
                            const SkValue *value,
                            char          *label)
{
  FieldData *d;

  d = g_new0 (FieldData, 1);
  d->field = field;
  for (guint i = 0; i < 3; i++)
    d->ids[i] = g_strdup (ids[i]);
  value_read (field, record, &d->old);
  d->new = *value;
  value_own (field, &d->new);
  if (value_equal (field, &d->old, &d->new))
    {
      field_free (d);
      g_free (label);
      return NULL;
    }
  return sk_command_new (&field_ops, d, label);
}

gboolean
_sk_edit_set_string (SkHistory     *history,
                     SkProject     *project,
                     const SkField *field,
                     const SkIds    ids,
                     const char    *value,
                     char          *label)
{
  SkValue v = { TRUE, { .s = (char *) value } };

  return _sk_edit_run (history, project, _sk_edit_field_command (project, field, ids, &v, label));
}

gboolean
_sk_edit_set_double (SkHistory     *history,
                     SkProject     *project,
                     const SkField *field,
                     const SkIds    ids,
                     double         value,
                     char          *label)
{
  SkValue v = { TRUE, { .d = value } };

  return _sk_edit_run (history, project, _sk_edit_field_command (project, field, ids, &v, label));
}

/* Inserting, removing and moving a record in its list */

typedef enum { LIST_INSERT, LIST_REMOVE, LIST_MOVE } ListOp;

typedef struct
{
  SkRecordKind  kind;
  ListOp        op;
  char         *parent[3];
  guint         from;      /* REMOVE, MOVE */
  guint         to;        /* INSERT, MOVE */
  gpointer      element;   /* INSERT, REMOVE: the record, ours while out of the list */
  gboolean      owned;
} ListData;

static void
list_put (SkProject *project,
          ListData  *d,
          guint      position)
{
  GPtrArray *list = _sk_edit_locate_list (project, d->kind, (const char **) d->parent);
  g_autofree char *path = NULL;

  g_assert (list != NULL && d->owned && position <= list->len);
  g_ptr_array_insert (list, position, d->element);
  d->owned = FALSE;
  path = element_path (d->kind, (const char **) d->parent, d->element, position);
  sk_project_emit_record_inserted (project, d->kind, path, position);
}

static void
list_take (SkProject *project,
           ListData  *d,
           guint      position)
{
  GPtrArray *list = _sk_edit_locate_list (project, d->kind, (const char **) d->parent);
  g_autofree char *path = NULL;

  g_assert (list != NULL && !d->owned && position < list->len);
  g_assert (d->element == NULL || g_ptr_array_index (list, position) == d->element);
  d->element = g_ptr_array_steal_index (list, position);
  d->owned = TRUE;
  path = element_path (d->kind, (const char **) d->parent, d->element, position);
  sk_project_emit_record_removed (project, d->kind, path, position);
}

static void
list_apply (gpointer   data,
            SkProject *project,
            gboolean   undo)
{
  ListData *d = data;
  GPtrArray *list;
  guint from, to;
  gpointer element;
  g_autofree char *path = NULL;

  switch (d->op)
    {
    case LIST_INSERT:
      if (undo)
        list_take (project, d, d->to);
      else
        list_put (project, d, d->to);
      break;
    case LIST_REMOVE:
      if (undo)
        list_put (project, d, d->from);
      else
        list_take (project, d, d->from);
      break;
    case LIST_MOVE:
      list = _sk_edit_locate_list (project, d->kind, (const char **) d->parent);
      from = undo ? d->to : d->from;
      to = undo ? d->from : d->to;
      g_assert (list != NULL && from < list->len && to < list->len);
      element = g_ptr_array_steal_index (list, from);
      g_ptr_array_insert (list, to, element);
      path = element_path (d->kind, (const char **) d->parent, element, to);
      sk_project_emit_record_moved (project, d->kind, path, from, to);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Moves of one record, step after step (dragging a row), become one. */
static gboolean
list_merge (gpointer data,
            gpointer next,
            gboolean dry_run)
{
  ListData *d = data, *n = next;

  if (d->op != LIST_MOVE || n->op != LIST_MOVE || d->kind != n->kind || n->from != d->to)
    return FALSE;
  for (guint i = 0; i < 3; i++)
    if (g_strcmp0 (d->parent[i], n->parent[i]) != 0)
      return FALSE;
  if (!dry_run)
    d->to = n->to;
  return TRUE;
}

static void
list_free (gpointer data)
{
  ListData *d = data;

  if (d->owned && d->element != NULL)
    element_free_func (d->kind) (d->element);
  for (guint i = 0; i < 3; i++)
    g_free (d->parent[i]);
  g_free (d);
}

static gsize
list_size (gpointer data)
{
  ListData *d = data;
  gsize size = sizeof *d;

  for (guint i = 0; i < 3; i++)
    size += d->parent[i] ? strlen (d->parent[i]) + 1 : 0;
  return size;
}

static const SkCommandOps list_ops = { "list", list_apply, list_merge, list_free, list_size };

static ListData *
list_data_new (SkRecordKind kind,
               ListOp       op,
               const SkIds  parent)
{
  ListData *d = g_new0 (ListData, 1);

  d->kind = kind;
  d->op = op;
  for (guint i = 0; i < 3; i++)
    d->parent[i] = g_strdup (parent[i]);
  return d;
}

SkCommand *
_sk_edit_insert_command (SkRecordKind  kind,
                         const SkIds   parent,
                         guint         position,
                         gpointer      record,
                         char         *label)
{
  ListData *d = list_data_new (kind, LIST_INSERT, parent);

  d->to = position;
  d->element = record;
  d->owned = TRUE;
  return sk_command_new (&list_ops, d, label);
}

SkCommand *
_sk_edit_remove_command (SkProject    *project,
                         SkRecordKind  kind,
                         const SkIds   parent,
                         guint         position,
                         char         *label)
{
  GPtrArray *list = _sk_edit_locate_list (project, kind, parent);
  ListData *d;

  /* No list yet: a scenario's own copy that the group puts in first. */
  g_return_val_if_fail (list == NULL || position < list->len, NULL);
  d = list_data_new (kind, LIST_REMOVE, parent);
  d->from = position;
  return sk_command_new (&list_ops, d, label);
}

SkCommand *
_sk_edit_move_command (SkRecordKind  kind,
                       const SkIds   parent,
                       guint         from,
                       guint         to,
                       char         *label)
{
  ListData *d;

  if (from == to)
    {
      g_free (label);
      return NULL;
    }
  d = list_data_new (kind, LIST_MOVE, parent);
  d->from = from;
  d->to = to;
  return sk_command_new (&list_ops, d, label);
}

gboolean
_sk_edit_run (SkHistory *history,
              SkProject *project,
              SkCommand *command)
{
  if (command == NULL)
    return TRUE;
  if (history != NULL && sk_history_get_project (history) != project)
    {
      g_object_unref (command);
      g_return_val_if_fail (sk_history_get_project (history) == project, FALSE);
    }
  if (history != NULL)
    sk_history_run (history, command);
  else
    {
      sk_command_do (command, project);
      g_object_unref (command);
    }
  return TRUE;
}

gboolean
_sk_edit_run_insert (SkHistory     *history,
                     SkProject     *project,
                     SkRecordKind   kind,
                     const SkIds    parent,
                     guint          position,
                     gpointer       record,
                     const char    *id,
                     char         **id_out,
                     char          *label)
{
  if (id_out != NULL)
    *id_out = g_strdup (id);
  return _sk_edit_run (history, project, _sk_edit_insert_command (kind, parent, position, record, label));
}

GPtrArray *
_sk_edit_commands_new (void)
{
  return g_ptr_array_new_with_free_func (g_object_unref);
}

void
_sk_edit_add (GPtrArray *commands,
              SkCommand *command)
{
  if (command != NULL)
    g_ptr_array_add (commands, command);
}

SkCommand *
_sk_edit_group (GPtrArray *commands,
                char      *label)
{
  if (commands->len == 0)
    {
      g_ptr_array_unref (commands);
      g_free (label);
      return NULL;
    }
  return sk_command_new_group (commands, label);
}

gboolean
_sk_edit_refuse (GError     **error,
                 const char  *format,
                 ...)
{
  va_list args;

  va_start (args, format);
  if (error != NULL)
    *error = g_error_new_valist (SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID, format, args);
  va_end (args);
  return FALSE;
}

gboolean
_sk_edit_not_found (GError     **error,
                    const char  *id)
{
  g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
               _("Nothing in the project has the id “%s”"), id ? id : "");
  return FALSE;
}

gboolean
_sk_edit_link_not_found (GError     **error,
                         SkLinkKind   kind,
                         const char  *id)
{
  if (error != NULL)
    {
      g_autofree char *message = sk_link_missing_message (kind, id);

      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND, message);
    }
  return FALSE;
}

guint
_sk_edit_clamp (GPtrArray *list,
                int        position)
{
  return position >= 0 && (guint) position <= list->len ? (guint) position : list->len;
}
