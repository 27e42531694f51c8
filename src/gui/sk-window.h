/* sk-window.h — a window showing one project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-application.h"
#include "sk-document.h"
#include "sk-project.h"
#include "sk-drafts.h"

G_BEGIN_DECLS

#define SK_TYPE_WINDOW (sk_window_get_type ())

G_DECLARE_FINAL_TYPE (SkWindow, sk_window, SK, WINDOW, AdwApplicationWindow)

SkWindow   *sk_window_new           (SkApplication *application);
/* Opens `file` in this window, after asking about unsaved changes; a
 * file another window of the application shows (by any name of it) is
 * shown there instead. */
void        sk_window_open_file     (SkWindow      *self,
                                     GFile         *file,
                                     gboolean       example_on_failure);
/* The window of `app` showing `file` (by this name or another: a link, a
 * hard link), or NULL. */
SkWindow   *sk_window_showing_file  (GtkApplication *app,
                                     GFile          *file);
void        sk_window_open_example  (SkWindow      *self);
void        sk_window_prefetch_example (void);
void        sk_window_discard_example_prefetch (void);
void        sk_window_new_project   (SkWindow      *self);
SkProject  *sk_window_get_project   (SkWindow      *self);
SkDocument *sk_window_get_document  (SkWindow      *self);
GFile      *sk_window_get_file      (SkWindow      *self);
GFile      *sk_window_get_folder    (SkWindow      *self);
gboolean    sk_window_get_modified  (SkWindow      *self);
gboolean    sk_window_get_read_only (SkWindow      *self);
const char *sk_window_get_visible_view (SkWindow   *self);
/* While a file opens: the fraction done; otherwise -1. */
double      sk_window_get_load_progress (SkWindow  *self);

/* Unsaved work left by a crash: offered in a dialog once the drafts,
 * and whether their files were saved since, are read (in a thread). */
void        sk_window_flush_draft    (SkWindow      *self);
void        sk_window_offer_recovery (SkWindow      *self);
/* The same for a window opening `opening` (a file named on the command
 * line): a draft of that file is recovered in its place. */
void        sk_window_offer_recovery_for (SkWindow  *self,
                                          GFile     *opening);
gboolean    sk_window_recover        (SkWindow      *self,
                                      const SkDraft *draft,
                                      GError       **error);

G_END_DECLS
