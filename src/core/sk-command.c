/* sk-command.c — one undoable edit of a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-command"

#include "config.h"

#include <string.h>

#include "sk-command.h"

struct _SkCommand
{
  GObject             parent_instance;

  const SkCommandOps *ops;
  gpointer            data;
  char               *label;
};

G_DEFINE_FINAL_TYPE (SkCommand, sk_command, G_TYPE_OBJECT)

static void
sk_command_finalize (GObject *object)
{
  SkCommand *self = (SkCommand *) object;

  if (self->ops->free != NULL)
    self->ops->free (self->data);
  g_free (self->label);

  G_OBJECT_CLASS (sk_command_parent_class)->finalize (object);
}

static void
sk_command_class_init (SkCommandClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = sk_command_finalize;
}

static void
sk_command_init (SkCommand *self)
{
}

SkCommand *
sk_command_new (const SkCommandOps *ops,
                gpointer            data,
                char               *label)
{
  SkCommand *self;

  g_return_val_if_fail (ops != NULL && ops->apply != NULL, NULL);

  self = g_object_new (SK_TYPE_COMMAND, NULL);
  self->ops = ops;
  self->data = data;
  self->label = label;
  return self;
}

/* A group: its commands in order. */

static void
group_apply (gpointer   data,
             SkProject *project,
             gboolean   undo)
{
  GPtrArray *commands = data;

  for (guint i = 0; i < commands->len; i++)
    {
      SkCommand *c = g_ptr_array_index (commands, undo ? commands->len - 1 - i : i);

      c->ops->apply (c->data, project, undo);
    }
}

/* Two groups merge when their commands merge pairwise: moving a task with
 * its successors, step after step of a drag. */
static gboolean
group_merge (gpointer data,
             gpointer next,
             gboolean dry_run)
{
  GPtrArray *a = data, *b = next;

  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    {
      SkCommand *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

      if (x->ops != y->ops || x->ops->merge == NULL || !x->ops->merge (x->data, y->data, TRUE))
        return FALSE;
    }
  if (!dry_run)
    for (guint i = 0; i < a->len; i++)
      {
        SkCommand *x = g_ptr_array_index (a, i), *y = g_ptr_array_index (b, i);

        x->ops->merge (x->data, y->data, FALSE);
      }
  return TRUE;
}

static gsize
group_size (gpointer data)
{
  GPtrArray *commands = data;
  gsize size = sizeof (GPtrArray) + commands->len * sizeof (gpointer);

  for (guint i = 0; i < commands->len; i++)
    size += sk_command_get_size (g_ptr_array_index (commands, i));
  return size;
}

static const SkCommandOps group_ops = {
  "group", group_apply, group_merge, (GDestroyNotify) g_ptr_array_unref, group_size,
};

SkCommand *
sk_command_new_group (GPtrArray *commands,
                      char      *label)
{
  g_return_val_if_fail (commands != NULL, NULL);
  return sk_command_new (&group_ops, commands, label);
}

void
sk_command_do (SkCommand *self,
               SkProject *project)
{
  g_return_if_fail (SK_IS_COMMAND (self));
  g_return_if_fail (SK_IS_PROJECT (project));
  self->ops->apply (self->data, project, FALSE);
}

void
sk_command_undo (SkCommand *self,
                 SkProject *project)
{
  g_return_if_fail (SK_IS_COMMAND (self));
  g_return_if_fail (SK_IS_PROJECT (project));
  self->ops->apply (self->data, project, TRUE);
}

/* Takes `next` into `self` when both are of one kind and change the same
 * thing: `self` then undoes both. */
gboolean
sk_command_merge (SkCommand *self,
                  SkCommand *next)
{
  g_return_val_if_fail (SK_IS_COMMAND (self), FALSE);
  g_return_val_if_fail (SK_IS_COMMAND (next), FALSE);

  /* A group that began a drag (a scenario's first own criteria, then the
   * weight) takes in the drag's further steps through its command on the
   * same target. */
  if (self->ops == &group_ops)
    {
      GPtrArray *commands = self->data;
      GPtrArray *others = next->ops == &group_ops ? next->data : NULL;

      if (others != NULL && others->len == 1)
        next = g_ptr_array_index (others, 0);
      else if (others != NULL)
        return group_merge (self->data, next->data, FALSE);
      /* Into the last command of the group that changes the same thing. */
      for (guint i = commands->len; i > 0; i--)
        {
          SkCommand *c = g_ptr_array_index (commands, i - 1);

          if (c->ops == next->ops && c->ops->merge != NULL && c->ops->merge (c->data, next->data, TRUE))
            return c->ops->merge (c->data, next->data, FALSE);
        }
      return FALSE;
    }
  if (self->ops != next->ops || self->ops->merge == NULL)
    return FALSE;
  return self->ops->merge (self->data, next->data, FALSE);
}

const char *
sk_command_get_label (SkCommand *self)
{
  g_return_val_if_fail (SK_IS_COMMAND (self), NULL);
  return self->label;
}

/* What the command holds in memory, roughly: the object, its label and
 * its data. */
gsize
sk_command_get_size (SkCommand *self)
{
  g_return_val_if_fail (SK_IS_COMMAND (self), 0);
  return sizeof (SkCommand) + (self->label ? strlen (self->label) + 1 : 0) +
         (self->ops->size ? self->ops->size (self->data) : 0);
}
