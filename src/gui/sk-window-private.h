/* sk-window-private.h — what the window's files share (sk-window.c,
 * sk-window-open.c, sk-window-save.c, sk-window-recovery.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-window.h"

G_BEGIN_DECLS

/* Set on a window closed while its save is written: it closes when the
 * save is done, and stays when the save fails. */
#define SK_WINDOW_CLOSE_WHEN_SAVED "sk-close-when-saved"

/* Run after a question is answered (and a save, if asked for, is done). */
typedef void (*SkWindowThenFunc) (SkWindow *self, gpointer data);

/* sk-window.c */
void           _sk_window_toast          (SkWindow             *self,
                                          const char           *message);
/* A dialog with `message`, and every problem with its JSON path. */
void           _sk_window_show_error     (SkWindow             *self,
                                          const char           *heading,
                                          const char           *message,
                                          GPtrArray            *problems);
/* The spinner, and a progress bar after a blink. */
void           _sk_window_set_busy       (SkWindow             *self,
                                          gboolean              busy);
/* The window's file chooser (NULL: none), let go of with the window. */
void           _sk_window_set_chooser    (SkWindow             *self,
                                          GtkFileChooserNative *chooser);
/* The document was saved to `file`: the title, the recent files, ::saved. */
void           _sk_window_saved          (SkWindow             *self,
                                          GFile                *file);

/* Shows `document` (the window takes it) in place of the one before,
 * whose changes were saved or given up. */
void           _sk_window_set_document   (SkWindow             *self,
                                          SkDocument           *document);
/* Modified, and the changes not given up. */
gboolean       _sk_window_get_modified   (SkWindow             *self);
char          *_sk_window_display_name   (SkWindow             *self);
/* Cancels a load under way; with `start`, gives the cancellable of a
 * new one. */
GCancellable  *_sk_window_restart_load   (SkWindow             *self,
                                          gboolean              start);
/* The progress of a load, shown in the window `target`. */
void           _sk_window_load_progress  (GObject              *target,
                                          double                fraction);
/* ::loaded, or with `failure` ::load-failed. */
void           _sk_window_emit_loaded    (SkWindow             *self,
                                          const char           *failure);
/* The changes are given up: the window is closed or reloaded; or not,
 * after all (the reload failed). */
void           _sk_window_set_discarded  (SkWindow             *self,
                                          gboolean              discarded);
/* The window of `self`'s application that shows the draft `id` already
 * (recovered from another offer of it), or NULL. */
SkWindow      *_sk_window_showing_draft  (SkWindow             *self,
                                          const char           *id);

/* What the window's parts (sk-window-open.c, sk-window-save.c) do for
 * it: its actions (win.new, win.open, win.open-uri, win.open-example,
 * win.reload, win.save, win.save-as), files dropped on it, and the
 * question before unsaved changes are closed.  The parts are above
 * sk-window.c, which calls none of their functions: sk_window_new ()
 * (sk-window-open.c) hands it this table before the first window. */
typedef struct
{
  const char                  *name;
  GtkWidgetActionActivateFunc  activate;
} SkWindowPartAction;

typedef struct
{
  const SkWindowPartAction *actions;   /* ends with a NULL name */
  gboolean (*drop)            (GtkDropTarget    *target,
                               const GValue     *value,
                               double            x,
                               double            y,
                               SkWindow         *self);
  void     (*confirm_discard) (SkWindow         *self,
                               SkWindowThenFunc  then,
                               gpointer          data,
                               GDestroyNotify    destroy);
  /* `document` is shown now (the window's handlers on it go with it). */
  void     (*document_shown)  (SkWindow         *self,
                               SkDocument       *document);
} SkWindowParts;

extern const SkWindowParts *_sk_window_parts;

/* sk-window-open.c: win.new, win.open, win.open-uri, win.open-example,
 * win.reload and files dropped on the window */
void           _sk_window_new_action     (GtkWidget            *widget,
                                          const char           *action_name,
                                          GVariant             *param);
void           _sk_window_open_action    (GtkWidget            *widget,
                                          const char           *action_name,
                                          GVariant             *param);
void           _sk_window_open_uri_action (GtkWidget           *widget,
                                          const char           *action_name,
                                          GVariant             *param);
void           _sk_window_open_example_action (GtkWidget       *widget,
                                          const char           *action_name,
                                          GVariant             *param);
void           _sk_window_reload_action  (GtkWidget            *widget,
                                          const char           *action_name,
                                          GVariant             *param);
gboolean       _sk_window_drop_cb        (GtkDropTarget        *target,
                                          const GValue         *value,
                                          double                x,
                                          double                y,
                                          SkWindow             *self);

/* sk-window-save.c */
/* Opened read-only (someone else had it open): a bar under the header
 * says so for as long as it is (sk-read-only-bar.c), and Save is off. */
void           _sk_window_document_shown (SkWindow            *self,
                                          SkDocument          *document);
/* Unsaved changes: asks whether to save them, then runs `then` (which
 * takes over `data`) unless the user cancels (`destroy` frees it). */
void           _sk_window_confirm_discard (SkWindow            *self,
                                          SkWindowThenFunc      then,
                                          gpointer              data,
                                          GDestroyNotify        destroy);
GtkFileFilter *_sk_window_project_filter (void);
/* Checks the project, then saves it to `file` (`force`: over someone
 * else's newer version), asking what to do when either is in the way;
 * then runs `then`, which takes `data` (freed with `destroy` if not). */
void           _sk_window_save_to        (SkWindow             *self,
                                          GFile                *file,
                                          gboolean              force,
                                          SkWindowThenFunc      then,
                                          gpointer              data,
                                          GDestroyNotify        destroy);
/* The same after asking where. */
void           _sk_window_save_as        (SkWindow             *self,
                                          SkWindowThenFunc      then,
                                          gpointer              data,
                                          GDestroyNotify        destroy);
/* win.save, win.save-as */
void           _sk_window_save_action    (GtkWidget            *widget,
                                          const char           *action_name,
                                          GVariant             *param);
void           _sk_window_save_as_action (GtkWidget            *widget,
                                          const char           *action_name,
                                          GVariant             *param);

G_END_DECLS
