/* sk-document-io.c — a document's file: loading, saving, the draft of
 * unsaved work, the lock beside the file and the watch for someone
 * else's edits
 *
 * The window shows what happens here (a progress bar, a question, a
 * toast) and decides nothing of it: the document keeps its file and
 * fingerprint, writes a draft two seconds after a change while modified,
 * holds the lock while it is open for editing, and tells when the file
 * changed on disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-document"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-document-private.h"
#include "sk-share-lock.h"
#include "sk-startup-thread.h"
#include "sk-file.h"
#include "sk-lock.h"

#define properties _sk_document_properties
#define signals _sk_document_signals

/* Drafts */

static gboolean
write_draft_cb (gpointer data)
{
  SkDocument *self = data;
  g_autoptr(GError) error = NULL;

  self->draft_timeout = 0;
  if (!self->modified || self->discarded || !self->keeps_drafts)
    return G_SOURCE_REMOVE;
  if (sk_draft_write (self->draft_id, self->project, self->file, self->etag, self->is_example, &error))
    self->draft_failed = FALSE;
  else if (!self->draft_failed)
    {
      /* Told, once: a save that fails must not say the changes are kept. */
      self->draft_failed = TRUE;
      g_signal_emit (self, signals [SK_DOCUMENT_DRAFT_FAILED], 0, error->message);
    }
  else
    g_debug ("Could not keep a draft: %s", error->message);
  return G_SOURCE_REMOVE;
}

/* The draft follows the changes a couple of seconds behind. */
static void
schedule_draft (SkDocument *self)
{
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  self->draft_timeout = g_timeout_add_seconds (2, write_draft_cb, self);
}

static void
drop_draft (SkDocument *self)
{
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  sk_draft_remove (self->draft_id);
}

static void
file_changed (SkDocument *self)
{
  if (self->project == NULL || !self->keeps_drafts)
    return;
  if (self->modified && !self->discarded)
    schedule_draft (self);
  else
    drop_draft (self);
}

const char *
sk_document_get_draft_id (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);

  return self->draft_id;
}

void
sk_document_flush_draft (SkDocument *self)
{
  g_return_if_fail (SK_IS_DOCUMENT (self));

  if (self->draft_timeout != 0)
    {
      g_clear_handle_id (&self->draft_timeout, g_source_remove);
      write_draft_cb (self);
    }
}

gboolean
sk_document_get_draft_failed (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return self->draft_failed;
}

void
sk_document_discard (SkDocument *self)
{
  g_return_if_fail (SK_IS_DOCUMENT (self));

  self->discarded = TRUE;
  drop_draft (self);
}

/* The lock.  Two documents of this process may hold the same file (a
 * reload makes the new one before the old goes): the lock beside it is
 * written by the first and removed by the last. */

static void attach (SkDocument *self);

static GHashTable *lock_holders;  /* GFile → number of documents holding it */

static gboolean
renew_lock_cb (gpointer data)
{
  SkDocument *self = data;

  sk_share_take_lock (self->locked);
  return G_SOURCE_CONTINUE;
}

/* The lock beside the file we have open for editing: `file`, or none. */
static void
hold_lock (SkDocument *self,
           GFile      *file)
{
  guint holders;

  if (self->locked != NULL && file != NULL && g_file_equal (self->locked, file))
    return;
  if (lock_holders == NULL)
    lock_holders = g_hash_table_new_full (g_file_hash, (GEqualFunc) g_file_equal, g_object_unref, NULL);
  g_clear_handle_id (&self->lock_renew_id, g_source_remove);
  if (self->locked != NULL)
    {
      holders = GPOINTER_TO_UINT (g_hash_table_lookup (lock_holders, self->locked));
      if (holders > 1)
        g_hash_table_insert (lock_holders, g_object_ref (self->locked), GUINT_TO_POINTER (holders - 1));
      else
        {
          g_hash_table_remove (lock_holders, self->locked);
          sk_share_release_lock (self->locked);
        }
    }
  g_set_object (&self->locked, file);
  if (file == NULL)
    return;
  attach (self);
  holders = GPOINTER_TO_UINT (g_hash_table_lookup (lock_holders, file));
  g_hash_table_insert (lock_holders, g_object_ref (file), GUINT_TO_POINTER (holders + 1));
  sk_share_take_lock (file);
  self->lock_renew_id = g_timeout_add_seconds (SK_LOCK_RENEW_SECONDS, renew_lock_cb, self);
}

void
sk_document_release_locks_now (gint64 timeout_usec)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  GHashTableIter iter;
  gpointer file;

  if (lock_holders == NULL)
    return;
  g_hash_table_iter_init (&iter, lock_holders);
  while (g_hash_table_iter_next (&iter, &file, NULL))
    g_ptr_array_add (files, g_object_ref (file));
  sk_share_release_locks_now (files, timeout_usec);
}

gboolean
sk_document_get_locked (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return self->locked != NULL;
}

/* The watch */

/* Someone else saved, moved or deleted the open file (sk-document-watch.c). */
static void
watch_changed_cb (SkDocument *self,
                  gboolean    gone)
{
  if (self->saving || self->file == NULL)
    return;
  g_signal_emit (self, signals [SK_DOCUMENT_CHANGED_ON_DISK], 0, gone);
}

/* Watches the file for edits made elsewhere (another user on the shared
 * drive); a save is refused anyway if its fingerprint no longer matches. */
static void
watch_file (SkDocument *self)
{
  g_clear_object (&self->watch);
  if (self->file == NULL)
    return;
  attach (self);
  self->watch = sk_document_watch_new (self->file, self->etag);
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (watch_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

void
sk_document_check_on_disk (SkDocument *self)
{
  g_return_if_fail (SK_IS_DOCUMENT (self));

  if (self->watch != NULL)
    sk_document_watch_check (self->watch);
}

/* Life */

static void
file_close (SkDocument *self)
{
  g_clear_handle_id (&self->draft_timeout, g_source_remove);
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_clear_object (&self->watch);
  hold_lock (self, NULL);
}

static const SkDocumentFileHooks file_hooks = { file_changed, file_close };

/* From now on the document tells this part when it changes or closes. */
static void
attach (SkDocument *self)
{
  self->file_hooks = &file_hooks;
}

void
sk_document_close (SkDocument *self)
{
  g_return_if_fail (SK_IS_DOCUMENT (self));

  file_close (self);
}

SkDocument *
sk_document_new_for_file (SkProject  *project,
                          GFile      *file,
                          const char *etag,
                          gboolean    is_example)
{
  SkDocument *self;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = sk_document_new (project);
  g_set_object (&self->file, file);
  self->etag = g_strdup (etag);
  self->is_example = is_example;
  self->keeps_drafts = TRUE;
  attach (self);
  watch_file (self);
  return self;
}

SkDocument *
sk_document_new_from_draft (const SkDraft  *draft,
                            GError        **error)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  SkDocument *self;

  g_return_val_if_fail (draft != NULL, NULL);

  project = sk_draft_load (draft, error);
  if (project == NULL)
    return NULL;
  if (draft->uri != NULL)
    file = g_file_new_for_uri (draft->uri);
  self = sk_document_new_for_file (project, file, draft->etag, draft->is_example);
  g_free (self->draft_id);
  self->draft_id = g_strdup (draft->id);
  /* Not what is on disk; no undo leads back to that.  The draft is
   * written again, under its own id. */
  sk_document_set_unsaved (self);
  schedule_draft (self);
  return self;
}

GFile *
sk_document_get_file (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);

  return self->file;
}

const char *
sk_document_get_etag (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);

  return self->etag;
}

gboolean
sk_document_get_is_example (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return self->is_example;
}

gboolean
sk_document_has_file (SkDocument *self,
                      GFile      *file)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->file == NULL || self->is_example)
    return FALSE;
  return g_file_equal (self->file, file) ||
         (g_file_is_native (self->file) && g_file_is_native (file) && sk_file_same (self->file, file));
}

gboolean
sk_document_get_read_only (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return self->read_only;
}

gboolean
sk_document_get_saving (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return self->saving;
}

/* Loading */

typedef struct
{
  GFile     *file;
  gboolean   read_only;
  GPtrArray *problems;
} LoadData;

static void
load_data_free (LoadData *ld)
{
  g_object_unref (ld->file);
  g_clear_pointer (&ld->problems, g_ptr_array_unref);
  g_free (ld);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  LoadData *ld = g_task_get_task_data (task);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  SkDocument *self;

  project = sk_project_load_file_finish (result, &etag, &ld->problems, &error);
  if (project == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  self = sk_document_new_for_file (project, ld->file, etag, FALSE);
  /* Someone else has it open: ours to read, not to save over. */
  self->read_only = ld->read_only;
  if (!self->read_only)
    hold_lock (self, ld->file);
  g_task_return_pointer (task, self, g_object_unref);
}

void
sk_document_load_async (GFile               *file,
                        SkDocumentLoadFlags  flags,
                        GCancellable        *cancellable,
                        SkLoadProgressFunc   progress,
                        GObject             *progress_target,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  LoadData *ld;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_document_load_async);
  ld = g_new0 (LoadData, 1);
  ld->file = g_object_ref (file);
  ld->read_only = (flags & SK_DOCUMENT_LOAD_READ_ONLY) != 0;
  g_task_set_task_data (task, ld, (GDestroyNotify) load_data_free);
  /* Cancelled, the load's own error comes back (G_IO_ERROR_CANCELLED). */
  g_task_set_check_cancellable (task, FALSE);
  sk_project_load_file_with_progress_async (file, cancellable, progress, progress_target, load_cb, task);
}

SkDocument *
sk_document_load_finish (GAsyncResult  *result,
                         GPtrArray    **problems,
                         GError       **error)
{
  LoadData *ld;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  ld = g_task_get_task_data (G_TASK (result));
  if (problems != NULL)
    *problems = ld->problems ? g_ptr_array_ref (ld->problems) : NULL;
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* Reading ahead: the file a start-up will show is read, parsed and
 * checked in a thread from the moment the command line is known, while
 * GTK and libadwaita start (on two cores, the load costs the first frame
 * nothing).  One file a process.  The lock beside it is read first, as a
 * window's open does: when someone else has the file open, the window
 * asks as without this and reads the file after the answer. */

typedef struct
{
  GFile     *file;
  GThread   *thread;
  GMutex     mutex;
  gboolean   done;         /* under the mutex */
  gboolean   in_the_way;   /* someone else has it open */
  SkProject *project;
  char      *etag;
  GPtrArray *problems;
  GError    *error;
  GTask     *waiter;       /* sk_document_prefetch_wait_async (); main thread */
  void     (*prepare) (SkProject *project);
} Prefetch;

static Prefetch *prefetch;
static void (*prefetch_prepare) (SkProject *project);

void
sk_document_prefetch_set_prepare (void (*prepare) (SkProject *project))
{
  prefetch_prepare = prepare;
}

static void
prefetch_free (Prefetch *p)
{
  g_object_unref (p->file);
  g_clear_object (&p->project);
  g_free (p->etag);
  g_clear_pointer (&p->problems, g_ptr_array_unref);
  g_clear_error (&p->error);
  g_mutex_clear (&p->mutex);
  g_free (p);
}

static gboolean
prefetch_done_cb (gpointer data)
{
  GTask *waiter;

  if (prefetch == NULL || prefetch->waiter == NULL)
    return G_SOURCE_REMOVE;
  g_mutex_lock (&prefetch->mutex);
  if (!prefetch->done)
    {
      g_mutex_unlock (&prefetch->mutex);
      return G_SOURCE_REMOVE;
    }
  g_mutex_unlock (&prefetch->mutex);
  waiter = g_steal_pointer (&prefetch->waiter);
  g_task_return_boolean (waiter, TRUE);
  g_object_unref (waiter);
  return G_SOURCE_REMOVE;
}

static gpointer
prefetch_thread (gpointer data)
{
  Prefetch *p = data;
  g_autoptr(SkLock) lock = sk_lock_read (p->file, NULL, NULL);

  p->in_the_way = sk_lock_in_the_way (lock);
  if (!p->in_the_way)
    p->project = sk_project_new_from_file (p->file, NULL, &p->etag, &p->problems, &p->error);
  if (p->project != NULL && p->prepare != NULL)
    p->prepare (p->project);
  g_mutex_lock (&p->mutex);
  p->done = TRUE;
  g_mutex_unlock (&p->mutex);
  /* For a window that waits (the main loop runs by then). */
  g_idle_add (prefetch_done_cb, NULL);
  return NULL;
}

void
sk_document_prefetch (GFile *file)
{
  g_return_if_fail (G_IS_FILE (file));

  if (prefetch != NULL)
    return;
  prefetch = g_new0 (Prefetch, 1);
  prefetch->file = g_object_ref (file);
  prefetch->prepare = prefetch_prepare;
  g_mutex_init (&prefetch->mutex);
  prefetch->thread = sk_startup_thread_new ("sk-prefetch", prefetch_thread, prefetch);
}

static gboolean
prefetch_done (void)
{
  gboolean done;

  g_mutex_lock (&prefetch->mutex);
  done = prefetch->done;
  g_mutex_unlock (&prefetch->mutex);
  return done;
}

gboolean
sk_document_prefetch_pending (GFile *file)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return prefetch != NULL && g_file_equal (prefetch->file, file) && !prefetch_done ();
}

gboolean
sk_document_take_prefetch (GFile       *file,
                           SkDocument **document,
                           GPtrArray  **problems,
                           GError     **error)
{
  Prefetch *p;
  gboolean taken;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (document != NULL, FALSE);

  *document = NULL;
  if (prefetch == NULL || !g_file_equal (prefetch->file, file) || !prefetch_done () || prefetch->waiter != NULL)
    return FALSE;
  p = g_steal_pointer (&prefetch);
  g_thread_join (p->thread);
  taken = !p->in_the_way;
  if (taken && p->project != NULL)
    {
      *document = sk_document_new_for_file (p->project, p->file, p->etag, FALSE);
      hold_lock (*document, p->file);
    }
  else if (taken)
    g_propagate_error (error, g_steal_pointer (&p->error));
  if (taken && problems != NULL)
    *problems = g_steal_pointer (&p->problems);
  prefetch_free (p);
  return taken;
}

void
sk_document_prefetch_wait_async (GFile               *file,
                                 GCancellable        *cancellable,
                                 GAsyncReadyCallback  callback,
                                 gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_document_prefetch_wait_async);
  if (prefetch == NULL || !g_file_equal (prefetch->file, file) || prefetch->waiter != NULL)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  prefetch->waiter = task;
  /* Done in the meantime: its idle may have run before there was a waiter. */
  if (prefetch_done ())
    g_idle_add (prefetch_done_cb, NULL);
}

gboolean
sk_document_prefetch_wait_finish (GAsyncResult  *result,
                                  GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

void
sk_document_drop_prefetch (void)
{
  Prefetch *p;

  if (prefetch == NULL || prefetch->waiter != NULL)
    return;
  p = g_steal_pointer (&prefetch);
  g_thread_join (p->thread);
  prefetch_free (p);
}

/* Taking over from someone who had it open */

static void
take_over_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  GError *error = NULL;
  SkLock *lock = sk_lock_read (G_FILE (task_data), cancellable, &error);

  if (error != NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, lock, (GDestroyNotify) sk_lock_free);
}

static void
take_over_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SkDocument *self = g_task_get_source_object (task);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkLock) lock = g_task_propagate_pointer (G_TASK (result), &error);

  if (error != NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* Given up (the window closed or shows another document): no lock is
   * taken for a document that is done with. */
  if (g_task_return_error_if_cancelled (task))
    return;
  if (sk_lock_in_the_way (lock))
    {
      const char *who = lock->name ? lock->name : (lock->user ? lock->user : _("Someone"));

      /* Translators: who (a name), which machine */
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_BUSY, _("%s still has this project open on %s."),
                               who, lock->host ? lock->host : _("another computer"));
      return;
    }
  if (self->read_only)
    {
      self->read_only = FALSE;
      hold_lock (self, self->file);
      g_object_notify_by_pspec (G_OBJECT (self), properties [SK_DOCUMENT_PROP_READ_ONLY]);
    }
  g_task_return_boolean (task, TRUE);
}

void
sk_document_take_over_async (SkDocument          *self,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  GTask *task;
  g_autoptr(GTask) read = NULL;

  g_return_if_fail (SK_IS_DOCUMENT (self));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_document_take_over_async);
  if (!self->read_only || self->file == NULL)
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }
  read = g_task_new (NULL, cancellable, take_over_cb, task);
  g_task_set_task_data (read, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (read, take_over_thread);
}

gboolean
sk_document_take_over_finish (SkDocument    *self,
                              GAsyncResult  *result,
                              GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

/* Saving */

typedef struct
{
  GFile    *file;
  gboolean  force;
  GBytes   *bytes;
  guint64   edits;   /* the document's count when written */
} SaveData;

static void
save_data_free (SaveData *sd)
{
  g_object_unref (sd->file);
  g_clear_pointer (&sd->bytes, g_bytes_unref);
  g_free (sd);
}

static void start_save (SkDocument *self, GTask *task);

/* The next save asked while one was written, now that it is done. */
static void
next_save (SkDocument *self)
{
  GTask *task = g_queue_pop_head (&self->waiting_saves);

  if (task != NULL)
    start_save (self, task);
}

static void
replace_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  SkDocument *self = g_task_get_source_object (task);
  SaveData *sd = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;
  g_autofree char *etag = NULL;
  gboolean was_example = self->is_example, was_read_only = self->read_only;
  gboolean same_file = self->file != NULL && g_file_equal (self->file, sd->file);

  /* Held until the saves waiting for this one have started. */
  g_object_ref (self);
  if (self->watch != NULL)
    sk_document_watch_set_paused (self->watch, FALSE);
  self->saving = FALSE;
  if (!sk_file_write_finish (G_FILE (source), result, &etag, &error))
    {
      /* The draft keeps the changes. */
      g_task_return_error (task, g_steal_pointer (&error));
      next_save (self);
      g_object_unref (self);
      return;
    }

  g_object_freeze_notify (G_OBJECT (self));
  g_set_object (&self->file, sd->file);
  g_free (self->etag);
  self->etag = g_steal_pointer (&etag);
  self->is_example = FALSE;
  self->read_only = FALSE;
  /* Edited while it was being written: still unsaved. */
  if (self->edits == sd->edits)
    sk_document_set_saved (self);
  if (!self->modified)
    drop_draft (self);
  else if (self->keeps_drafts && !self->discarded)
    /* The draft kept while it was written is of the version before:
     * written again, of the one saved, or recovered it would be taken
     * for changes to a file someone else saved since. */
    schedule_draft (self);
  watch_file (self);
  hold_lock (self, sd->file);
  if (!same_file)
    g_object_notify_by_pspec (G_OBJECT (self), properties [SK_DOCUMENT_PROP_FILE]);
  g_object_notify_by_pspec (G_OBJECT (self), properties [SK_DOCUMENT_PROP_ETAG]);
  if (was_example)
    g_object_notify_by_pspec (G_OBJECT (self), properties [SK_DOCUMENT_PROP_IS_EXAMPLE]);
  if (was_read_only)
    g_object_notify_by_pspec (G_OBJECT (self), properties [SK_DOCUMENT_PROP_READ_ONLY]);
  g_object_thaw_notify (G_OBJECT (self));
  g_task_return_boolean (task, TRUE);
  next_save (self);
  g_object_unref (self);
}

/* Writes the project as it is now, checked against the version on disk
 * as it is now: a save that waited for another is checked against what
 * that one wrote. */
static void
start_save (SkDocument *self,
            GTask      *task)
{
  SaveData *sd = g_task_get_task_data (task);
  gsize length = 0;
  char *text;
  const char *etag = NULL;

  text = sk_project_to_data (self->project, &length);
  sd->bytes = g_bytes_new_take (text, length);
  sd->edits = self->edits;
  self->saving = TRUE;
  if (self->watch != NULL)
    sk_document_watch_set_paused (self->watch, TRUE);
  /* With the etag of the version we have, someone else's newer one is
   * not replaced. */
  if (!sd->force && self->file != NULL && g_file_equal (sd->file, self->file))
    etag = self->etag;
  /* Written to a temporary file and renamed over the old one, keeping a
   * backup; a failed write leaves both as they were. */
  sk_file_write_async (sd->file, sd->bytes, etag, SK_FILE_WRITE_BACKUP, g_task_get_cancellable (task),
                       replace_cb, task);
}

void
sk_document_save_async (SkDocument          *self,
                        GFile               *file,
                        gboolean             force_overwrite,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  SaveData *sd;

  g_return_if_fail (SK_IS_DOCUMENT (self));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_document_save_async);
  sd = g_new0 (SaveData, 1);
  sd->file = g_object_ref (file);
  sd->force = force_overwrite;
  g_task_set_task_data (task, sd, (GDestroyNotify) save_data_free);
  g_task_set_check_cancellable (task, FALSE);
  /* One save at a time: a second one beside the first would be checked
   * against the version before the first, and refused as someone
   * else's save when the first is done before it. */
  if (self->saving)
    g_queue_push_tail (&self->waiting_saves, task);
  else
    start_save (self, task);
}

gboolean
sk_document_save_finish (SkDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
