/* sk-history.c — undo and redo of a project's edits, as commands
 *
 * Two stacks of commands.  `saved` is the number of commands on the undo
 * stack when the project was last saved, or -1 when that state can no
 * longer be reached (it was undone and then a new edit was made).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-history"

#include "config.h"

#include "sk-history.h"

struct _SkHistory
{
  GObject     parent_instance;

  SkProject  *project;
  GPtrArray  *undo;        /* of SkCommand, oldest first */
  GPtrArray  *redo;        /* of SkCommand, the next to redo last */
  gint64      saved;
  guint       group_depth;
  guint       can_merge : 1; /* the top of undo was pushed in this group */
};

G_DEFINE_FINAL_TYPE (SkHistory, sk_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_PROJECT,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_SAVED,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

typedef struct
{
  gboolean    can_undo;
  gboolean    can_redo;
  SkCommand  *undo_top;
  SkCommand  *redo_top;
  gboolean    saved;
} State;

static SkCommand *
top (GPtrArray *stack)
{
  return stack->len ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static void
state_get (SkHistory *self,
           State     *state)
{
  state->can_undo = self->undo->len > 0;
  state->can_redo = self->redo->len > 0;
  state->undo_top = top (self->undo);
  state->redo_top = top (self->redo);
  state->saved = sk_history_get_saved (self);
}

/* Notifies the properties that changed since `before`. */
static void
state_notify (SkHistory   *self,
              const State *before)
{
  State now;

  state_get (self, &now);
  if (now.can_undo != before->can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_UNDO]);
  if (now.can_redo != before->can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_CAN_REDO]);
  if (now.undo_top != before->undo_top)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_UNDO_LABEL]);
  if (now.redo_top != before->redo_top)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_REDO_LABEL]);
  if (now.saved != before->saved)
    g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SAVED]);
}

static void
sk_history_dispose (GObject *object)
{
  SkHistory *self = (SkHistory *) object;

  g_clear_object (&self->project);
  if (self->undo)
    g_ptr_array_set_size (self->undo, 0);
  if (self->redo)
    g_ptr_array_set_size (self->redo, 0);

  G_OBJECT_CLASS (sk_history_parent_class)->dispose (object);
}

static void
sk_history_finalize (GObject *object)
{
  SkHistory *self = (SkHistory *) object;

  g_ptr_array_unref (self->undo);
  g_ptr_array_unref (self->redo);

  G_OBJECT_CLASS (sk_history_parent_class)->finalize (object);
}

static void
sk_history_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SkHistory *self = SK_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, sk_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, sk_history_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, sk_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, sk_history_get_redo_label (self));
      break;
    case PROP_SAVED:
      g_value_set_boolean (value, sk_history_get_saved (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_history_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SkHistory *self = SK_HISTORY (object);

  switch (prop_id)
    {
    case PROP_PROJECT:
      self->project = g_value_dup_object (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_history_class_init (SkHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_history_dispose;
  object_class->finalize = sk_history_finalize;
  object_class->get_property = sk_history_get_property;
  object_class->set_property = sk_history_set_property;

  properties [PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SK_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [PROP_SAVED] =
    g_param_spec_boolean ("saved", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
sk_history_init (SkHistory *self)
{
  self->undo = g_ptr_array_new_with_free_func (g_object_unref);
  self->redo = g_ptr_array_new_with_free_func (g_object_unref);
}

SkHistory *
sk_history_new (SkProject *project)
{
  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  return g_object_new (SK_TYPE_HISTORY, "project", project, NULL);
}

SkProject *
sk_history_get_project (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), NULL);
  return self->project;
}

void
sk_history_run (SkHistory *self,
                SkCommand *command)
{
  g_autoptr(SkCommand) owned = command;
  SkCommand *last;
  State before;

  g_return_if_fail (SK_IS_HISTORY (self));
  g_return_if_fail (SK_IS_COMMAND (command));

  state_get (self, &before);
  sk_command_do (command, self->project);
  if (self->saved > (gint64) self->undo->len)
    self->saved = -1;   /* the saved state was undone, and is now left behind */
  g_ptr_array_set_size (self->redo, 0);

  /* Never into the step the saved state ends with: undo must be able to
   * go back to it. */
  last = top (self->undo);
  if (self->group_depth > 0 && self->can_merge && last != NULL &&
      self->saved != (gint64) self->undo->len && sk_command_merge (last, command))
    {
      state_notify (self, &before);
      return;
    }
  g_ptr_array_add (self->undo, g_steal_pointer (&owned));
  self->can_merge = self->group_depth > 0;
  state_notify (self, &before);
}

/* Opens a group: a burst of changes to one thing (the steps of a slider
 * drag, the keys typed into one field) that undo takes back as one. */
void
sk_history_begin_group (SkHistory *self)
{
  g_return_if_fail (SK_IS_HISTORY (self));
  if (self->group_depth++ == 0)
    self->can_merge = FALSE;
}

void
sk_history_end_group (SkHistory *self)
{
  g_return_if_fail (SK_IS_HISTORY (self));
  g_return_if_fail (self->group_depth > 0);
  if (--self->group_depth == 0)
    self->can_merge = FALSE;
}

static gboolean
step (SkHistory *self,
      GPtrArray *from,
      GPtrArray *to,
      gboolean   undo)
{
  SkCommand *command;
  State before;

  if (from->len == 0)
    return FALSE;
  state_get (self, &before);
  command = g_ptr_array_steal_index (from, from->len - 1);
  if (undo)
    sk_command_undo (command, self->project);
  else
    sk_command_do (command, self->project);
  g_ptr_array_add (to, command);
  self->can_merge = FALSE;
  state_notify (self, &before);
  return TRUE;
}

gboolean
sk_history_undo (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), FALSE);
  return step (self, self->undo, self->redo, TRUE);
}

gboolean
sk_history_redo (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), FALSE);
  return step (self, self->redo, self->undo, FALSE);
}

gboolean
sk_history_get_can_undo (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), FALSE);
  return self->undo->len > 0;
}

gboolean
sk_history_get_can_redo (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), FALSE);
  return self->redo->len > 0;
}

const char *
sk_history_get_undo_label (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), NULL);
  return self->undo->len ? sk_command_get_label (top (self->undo)) : NULL;
}

const char *
sk_history_get_redo_label (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), NULL);
  return self->redo->len ? sk_command_get_label (top (self->redo)) : NULL;
}

void
sk_history_set_saved (SkHistory *self)
{
  State before;

  g_return_if_fail (SK_IS_HISTORY (self));
  state_get (self, &before);
  self->saved = self->undo->len;
  self->can_merge = FALSE;
  state_notify (self, &before);
}

gboolean
sk_history_get_saved (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), FALSE);
  return self->saved == (gint64) self->undo->len;
}

guint
sk_history_get_n_steps (SkHistory *self)
{
  g_return_val_if_fail (SK_IS_HISTORY (self), 0);
  return self->undo->len;
}

gsize
sk_history_get_size (SkHistory *self)
{
  gsize size = sizeof (SkHistory);

  g_return_val_if_fail (SK_IS_HISTORY (self), 0);
  for (guint i = 0; i < self->undo->len; i++)
    size += sizeof (gpointer) + sk_command_get_size (g_ptr_array_index (self->undo, i));
  for (guint i = 0; i < self->redo->len; i++)
    size += sizeof (gpointer) + sk_command_get_size (g_ptr_array_index (self->redo, i));
  return size;
}
