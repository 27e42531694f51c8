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
  g_main_context_invoke (NULL, lock_job_done, job);
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
