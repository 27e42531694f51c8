/* sk-history.h — undo and redo of a project's edits, as commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-command.h"

G_BEGIN_DECLS

#define SK_TYPE_HISTORY (sk_history_get_type ())

G_DECLARE_FINAL_TYPE (SkHistory, sk_history, SK, HISTORY, GObject)

SkHistory  *sk_history_new            (SkProject  *project);
SkProject  *sk_history_get_project    (SkHistory  *self);

/* Does `command` on the project and keeps it for undo; takes it.  Inside
 * a group (a slider drag, a burst of typing) a command that changes the
 * same thing as the one before is merged into it. */
void        sk_history_run            (SkHistory  *self,
                                       SkCommand  *command);
void        sk_history_begin_group    (SkHistory  *self);
void        sk_history_end_group      (SkHistory  *self);

gboolean    sk_history_undo           (SkHistory  *self);
gboolean    sk_history_redo           (SkHistory  *self);
gboolean    sk_history_get_can_undo   (SkHistory  *self);
gboolean    sk_history_get_can_redo   (SkHistory  *self);
/* The label of the step that undo (redo) would take back, or NULL. */
const char *sk_history_get_undo_label (SkHistory  *self);
const char *sk_history_get_redo_label (SkHistory  *self);

/* The saved state: mark the position after a save; whether the project
 * is as saved (undoing back to it clears "modified"). */
void        sk_history_set_saved      (SkHistory  *self);
gboolean    sk_history_get_saved      (SkHistory  *self);

guint       sk_history_get_n_steps    (SkHistory  *self);
/* The bytes the kept commands hold, roughly. */
gsize       sk_history_get_size       (SkHistory  *self);

G_END_DECLS
