/* sk-document.h — one open project: its records, its history of edits,
 * whether it is as saved, its values "as prepared", and its file: loading,
 * saving, the draft of unsaved work, the lock and the watch on the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sk-history.h"
#include "sk-drafts.h"
#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_DOCUMENT (sk_document_get_type ())

G_DECLARE_FINAL_TYPE (SkDocument, sk_document, SK, DOCUMENT, GObject)

/* A document of `project` alone, of no file, that keeps no drafts (a
 * sandbox, a copy); a window's is sk_document_new_for_file (). */
SkDocument *sk_document_new                 (SkProject   *project);
/* The document that holds `project`, or NULL (a sandbox, a copy). */
SkDocument *sk_document_from_project        (SkProject   *project);
SkProject  *sk_document_get_project         (SkDocument  *self);
SkHistory  *sk_document_get_history         (SkDocument  *self);

/* Whether the project differs from the file: the history's saved mark,
 * or a change made outside the history (a recovered draft), which no
 * undo leads back from.  Property "modified". */
gboolean    sk_document_get_modified        (SkDocument  *self);
/* Saved (or loaded) now: the history's position is as saved, and the
 * values "as prepared" are these ("prepared-changed"). */
void        sk_document_set_saved           (SkDocument  *self);
/* Not what is on disk, and no undo leads back to that. */
void        sk_document_set_unsaved         (SkDocument  *self);

/* The matrix of that id as loaded or last saved, or NULL (a new one). */
SkMatrix   *sk_document_get_prepared_matrix (SkDocument  *self,
                                             const char  *id);

/* The steps of a slider drag or of typing into one field come in a
 * burst: each step opens (or keeps open) a group of the history that
 * closes a second after the last, so that undo takes them back as one. */
void        sk_document_begin_burst         (SkDocument  *self);
/* Undo and redo, bringing every view up to date. */
gboolean    sk_document_undo                (SkDocument  *self);
gboolean    sk_document_redo                (SkDocument  *self);

/* The file (sk-document-io.c) */

/* A document of `project` as read from `file` (its `etag`), or of the
 * example (`is_example`), or of nothing yet (both NULL, FALSE).  It
 * keeps a draft of its unsaved changes and watches the file for someone
 * else's edits ("changed-on-disk"), but does not lock it. */
SkDocument *sk_document_new_for_file        (SkProject   *project,
                                             GFile       *file,
                                             const char  *etag,
                                             gboolean     is_example);
/* A draft left by a window that is gone, as unsaved changes to the file
 * it belonged to; the draft goes on being kept (the same id) until
 * saved. */
SkDocument *sk_document_new_from_draft      (const SkDraft *draft,
                                             GError     **error);
/* Properties "file" (NULL for a new project or the example), "etag" (as
 * loaded or saved), "is-example", "read-only" (opened while someone else
 * had it open: a save over it is refused until saved elsewhere). */
GFile      *sk_document_get_file            (SkDocument  *self);
const char *sk_document_get_etag            (SkDocument  *self);
gboolean    sk_document_get_is_example      (SkDocument  *self);
gboolean    sk_document_get_read_only       (SkDocument  *self);
/* Whether a save is being written. */
gboolean    sk_document_get_saving          (SkDocument  *self);
/* Whether `file` is the document's file, by its name or another way to
 * it (a symbolic link, a hard link; asked of the disk only where it
 * answers at once); never for the example. */
gboolean    sk_document_has_file            (SkDocument  *self,
                                             GFile       *file);

/* The draft: while modified, the project is written to the drafts'
 * folder (sk-drafts.h) two seconds after a change; saved, or undone back
 * to the saved state, the draft goes. */
const char *sk_document_get_draft_id        (SkDocument  *self);
/* Writes a draft that is due now (the application is stopped). */
void        sk_document_flush_draft         (SkDocument  *self);
/* The app quits at once (a logout, SIGTERM): the lock beside every file
 * a document of this process has open is taken away now, waiting at most
 * `timeout_usec` for the file system. */
void        sk_document_release_locks_now   (gint64       timeout_usec);
/* The last draft could not be written: the unsaved changes are not kept
 * on disk (::draft-failed told why). */
gboolean    sk_document_get_draft_failed    (SkDocument  *self);
/* The changes are given up (the window closes without saving, or shows
 * another document): the draft goes and no other is written. */
void        sk_document_discard             (SkDocument  *self);
/* Done with, as on dispose: the watch stops, the lock is released; a
 * draft not discarded stays on disk for recovery. */
void        sk_document_close               (SkDocument  *self);
/* A full check of the file for someone else's save (the window gained
 * the focus: a share has no file monitor). */
void        sk_document_check_on_disk       (SkDocument  *self);
/* The lock beside the file (sk-lock.h) says this process has it open: a
 * document takes it when loaded for editing or saved, renews it every
 * SK_LOCK_RENEW_SECONDS and releases it when closed or disposed. */
gboolean    sk_document_get_locked          (SkDocument  *self);
/* Opened read-only because someone else had it open: when the lock
 * beside the file (read again, in a thread) is no longer in the way, the
 * document is ours to edit, save and lock; else G_IO_ERROR_BUSY, whose
 * message names who has it open. */
void        sk_document_take_over_async     (SkDocument          *self,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    sk_document_take_over_finish    (SkDocument          *self,
                                             GAsyncResult        *result,
                                             GError             **error);

typedef enum
{
  SK_DOCUMENT_LOAD_NONE      = 0,
  SK_DOCUMENT_LOAD_READ_ONLY = 1 << 0,  /* someone else has it open */
} SkDocumentLoadFlags;

/* Reads `file` in a thread, with the fraction done given to `progress`
 * (sk_project_load_file_with_progress_async ()).  The document that
 * _finish () gives holds the lock on the file unless read-only. */
void        sk_document_load_async          (GFile               *file,
                                             SkDocumentLoadFlags  flags,
                                             GCancellable        *cancellable,
                                             SkLoadProgressFunc   progress,
                                             GObject             *progress_target,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
/* A new document, or NULL with `error`; `problems` are the file's (with
 * a document, only those a cost model cannot use yet; without, all). */
SkDocument *sk_document_load_finish         (GAsyncResult        *result,
                                             GPtrArray          **problems,
                                             GError             **error);
/* Starts reading `file` in a thread, with the lock beside it, for a
 * window that will open it (a start-up's file): one file a process. */
void        sk_document_prefetch            (GFile               *file);
/* Also makes ready, in that thread, what the window will show first of
 * the project read: `prepare` is called there with the project before a
 * window has it (NULL: nothing). */
void        sk_document_prefetch_set_prepare (void (*prepare) (SkProject *project));
/* Whether that read of `file` is still under way. */
gboolean    sk_document_prefetch_pending    (GFile               *file);
/* The read of `file`, when it is done and no one else has the file open
 * (then it is dropped): TRUE with a document (holding the lock) or with
 * `error`, and the file's `problems` as sk_document_load_finish () gives
 * them.  FALSE when there is none to take: open it as without. */
gboolean    sk_document_take_prefetch       (GFile               *file,
                                             SkDocument         **document,
                                             GPtrArray          **problems,
                                             GError             **error);
/* Done when the read of `file` is (at once if there is none); then
 * sk_document_take_prefetch (). */
void        sk_document_prefetch_wait_async (GFile               *file,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    sk_document_prefetch_wait_finish (GAsyncResult       *result,
                                              GError            **error);
/* A read no window took is let go of. */
void        sk_document_drop_prefetch       (void);
/* Writes the project to `file` (a temporary file renamed over it, with a
 * backup).  Onto the document's own file and without `force_overwrite`,
 * a file someone else saved since it was loaded or saved is not replaced:
 * the error is G_IO_ERROR_WRONG_ETAG.  On success the document's file is
 * `file`, it is as saved (unless edited while written), its draft goes,
 * the watch and the lock move to `file`.  A save asked while another is
 * written waits for it, and writes the project as it is then. */
void        sk_document_save_async          (SkDocument          *self,
                                             GFile               *file,
                                             gboolean             force_overwrite,
                                             GCancellable        *cancellable,
                                             GAsyncReadyCallback  callback,
                                             gpointer             user_data);
gboolean    sk_document_save_finish         (SkDocument          *self,
                                             GAsyncResult        *result,
                                             GError             **error);

G_END_DECLS
