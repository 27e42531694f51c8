/* sk-share-lock.c — this process's lock beside a project's file, taken and
 * released in a thread (sk-lock.h)
 *
 * No GTK: the document (sk-document-io.c) uses it from above.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-document-share"

#include "config.h"

#include "sk-lock.h"
#include "sk-share-lock.h"

/* Taking and releasing locks run one after the other, in the order asked,
 * in a thread of their own: a release asked after a take (closing a file
 * just opened, or while the lock is being renewed) must not run first or
 * beside it, or the lock would outlive the document. */
typedef struct
{
  GFile        *file;
  gboolean      take;
  GApplication *app;   /* held until the job is done */
} LockJob;

static gboolean
lock_job_done (gpointer data)
{
  LockJob *job = data;

  if (job->app != NULL)
    {
      g_application_release (job->app);
      g_object_unref (job->app);
    }
  g_object_unref (job->file);
  g_free (job);
  return G_SOURCE_REMOVE;
}

static void
lock_job_run (gpointer data,
              gpointer user_data)
{
  LockJob *job = data;
  g_autoptr(GError) error = NULL;

  if (!(job->take ? sk_lock_take : sk_lock_release) (job->file, NULL, &error))
    {
      g_autofree char *name = g_file_get_parse_name (job->file);

      g_debug ("Lock beside %s: %s", name, error->message);
    }
  /* In the main thread, from its loop (g_main_context_invoke () would
   * call it here whenever the main context is free). */
  g_idle_add_full (G_PRIORITY_DEFAULT, lock_job_done, job, NULL);
}

static void
run_lock (GFile    *file,
          gboolean  take)
{
  static GThreadPool *pool;
  LockJob *job = g_new0 (LockJob, 1);

  if (g_once_init_enter (&pool))
    g_once_init_leave (&pool, g_thread_pool_new (lock_job_run, NULL, 1, FALSE, NULL));
  job->file = g_object_ref (file);
  job->take = take;
  job->app = g_application_get_default ();
  if (job->app != NULL)
    g_application_hold (g_object_ref (job->app));
  g_thread_pool_push (pool, job, NULL);
}

void
sk_share_take_lock (GFile *file)
{
  g_return_if_fail (G_IS_FILE (file));
  run_lock (file, TRUE);
}

void
sk_share_release_lock (GFile *file)
{
  g_return_if_fail (G_IS_FILE (file));
  run_lock (file, FALSE);
}

/* The app quits at once (a logout): the locks are taken away in a thread
 * of their own, waited for a while, where the thread of run_lock () would
 * not run again. */
typedef struct
{
  GPtrArray    *files;
  GCancellable *cancellable;
  GMutex        mutex;
  GCond         cond;
  gboolean      done;
} Release;

static void
release_clear (Release *r)
{
  g_ptr_array_unref (r->files);
  g_object_unref (r->cancellable);
  g_mutex_clear (&r->mutex);
  g_cond_clear (&r->cond);
}

static gpointer
release_thread (gpointer data)
{
  Release *r = data;

  for (guint i = 0; i < r->files->len; i++)
    sk_lock_release (g_ptr_array_index (r->files, i), r->cancellable, NULL);
  g_mutex_lock (&r->mutex);
  r->done = TRUE;
  g_cond_signal (&r->cond);
  g_mutex_unlock (&r->mutex);
  g_atomic_rc_box_release_full (r, (GDestroyNotify) release_clear);
  return NULL;
}

void
sk_share_release_locks_now (GPtrArray *files,
                            gint64     timeout_usec)
{
  Release *r;
  gint64 until = g_get_monotonic_time () + timeout_usec;

  g_return_if_fail (files != NULL);

  if (files->len == 0)
    return;
  r = g_atomic_rc_box_new0 (Release);
  r->files = g_ptr_array_ref (files);
  r->cancellable = g_cancellable_new ();
  g_mutex_init (&r->mutex);
  g_cond_init (&r->cond);
  g_thread_unref (g_thread_new ("sk-release-locks", release_thread, g_atomic_rc_box_acquire (r)));
  g_mutex_lock (&r->mutex);
  while (!r->done)
    if (!g_cond_wait_until (&r->cond, &r->mutex, until))
      break;
  g_mutex_unlock (&r->mutex);
  /* A share that does not answer keeps its locks, which go stale. */
  g_cancellable_cancel (r->cancellable);
  g_atomic_rc_box_release_full (r, (GDestroyNotify) release_clear);
}
