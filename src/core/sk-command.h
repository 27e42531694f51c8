/* sk-command.h — one undoable edit of a project
 *
 * A command knows how to do and undo itself on a project, carries a
 * translated label for the menu ("Change Weight «Nærleik»") and may take
 * in the next command of the same kind on the same target, so that the
 * steps of one slider drag become one step of undo.  The edit functions
 * (sk-edit.h) make commands; SkHistory keeps them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

/* What a kind of command does with its data. */
typedef struct
{
  const char *name;
  /* Does (undo FALSE) or undoes (undo TRUE) the change, and emits the
   * project's change signals. */
  void     (*apply) (gpointer   data,
                     SkProject *project,
                     gboolean   undo);
  /* Whether `next` (of the same kind, already done) changes the same
   * thing as `data`; unless `dry_run`, takes it into `data` then.  May be
   * NULL: never merges. */
  gboolean (*merge) (gpointer   data,
                     gpointer   next,
                     gboolean   dry_run);
  void     (*free)  (gpointer   data);
  /* The bytes the data holds, for the history's account.  May be NULL. */
  gsize    (*size)  (gpointer   data);
} SkCommandOps;

#define SK_TYPE_COMMAND (sk_command_get_type ())

G_DECLARE_FINAL_TYPE (SkCommand, sk_command, SK, COMMAND, GObject)

/* Takes `data` and `label`. */
SkCommand  *sk_command_new        (const SkCommandOps *ops,
                                   gpointer            data,
                                   char               *label);
/* Several commands as one, done in order and undone in reverse; takes
 * `commands` (a GPtrArray of SkCommand, with g_object_unref). */
SkCommand  *sk_command_new_group  (GPtrArray          *commands,
                                   char               *label);

void        sk_command_do         (SkCommand          *self,
                                   SkProject          *project);
void        sk_command_undo       (SkCommand          *self,
                                   SkProject          *project);
gboolean    sk_command_merge      (SkCommand          *self,
                                   SkCommand          *next);
const char *sk_command_get_label  (SkCommand          *self);
gsize       sk_command_get_size   (SkCommand          *self);

G_END_DECLS
