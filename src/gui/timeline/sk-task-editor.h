/* sk-task-editor.h — the timeline's side panel: the selected task's
 * fields, each edited through the core with the view's history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-view.h"

G_BEGIN_DECLS

#define SK_TYPE_TASK_EDITOR (sk_task_editor_get_type ())

G_DECLARE_FINAL_TYPE (SkTaskEditor, sk_task_editor, SK, TASK_EDITOR, GtkBox)

/* Edits go through `view`'s document; its toasts say a refusal. */
GtkWidget *sk_task_editor_new        (SkView       *view);
/* Shows the task `task_id` of `timeline` (NULL: none); a read-only one
 * (the combined timeline) with editable FALSE.  Everything is shown
 * anew. */
void       sk_task_editor_set_task   (SkTaskEditor *self,
                                      SkTimeline   *timeline,
                                      const char   *task_id,
                                      gboolean      editable);
const char *sk_task_editor_get_task_id (SkTaskEditor *self);
/* The timeline's tasks changed: the controls take the task's values in
 * place where they differ; text being typed in an entry stays. */
void       sk_task_editor_update     (SkTaskEditor *self,
                                      SkTimeline   *timeline);
gboolean   sk_task_editor_get_shift_successors (SkTaskEditor *self);
void       sk_task_editor_set_shift_successors (SkTaskEditor *self,
                                                gboolean      shift);

G_END_DECLS
