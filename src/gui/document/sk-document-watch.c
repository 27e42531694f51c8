/* sk-document-watch.c — noticing that someone else saved the open file
 *
 * A local disk has a file monitor (inotify).  GVfs's SMB backend has none:
 * g_file_monitor_file () then gives GIO's polling monitor, which compares
 * the etag every five seconds, and SMB's etag is the modification time in
 * whole seconds.  Such a file is polled here instead, comparing etag and
 * size with the fingerprint of the version we have, and read in full when
 * the window gains the focus.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-document-watch"

#include "config.h"

#include "sk-document-watch.h"
#include "sk-file.h"
#include "sk-fingerprint.h"

#define QUICK_ATTRIBUTES G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE

struct _SkDocumentWatch
{
  GObject       parent_instance;

  GFile        *file;
  char         *fingerprint;
  GFileMonitor *monitor;
  guint         start_id;     /* watching waits for the window's drawing */
  guint         poll_id;
  guint         check_id;     /* a full check waiting for the window's drawing */
  GCancellable *cancellable;
  /* Counts our own saves and reloads: a look that started before one
   * does not count after it. */
  guint         generation;
  gboolean      paused;
  gboolean      announced;
  gboolean      looking;
};

G_DEFINE_FINAL_TYPE (SkDocumentWatch, sk_document_watch, G_TYPE_OBJECT)

enum {
  CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

typedef struct
{
  SkDocumentWatch *self;
  guint            generation;
} Look;

static Look *
look_new (SkDocumentWatch *self)
{
  Look *look = g_new0 (Look, 1);

  look->self = g_object_ref (self);
  look->generation = self->generation;
  self->looking = TRUE;
  return look;
}

static void
look_free (Look *look)
{
  g_object_unref (look->self);
  g_free (look);
}

/* Announces a change once for each version of ours. */
static void
announce (SkDocumentWatch *self,
          gboolean         gone)
{
  if (self->announced || self->paused)
    return;
  self->announced = TRUE;
  g_signal_emit (self, signals [CHANGED], 0, gone);
}

static gboolean
look_counts (Look *look)
{
  look->self->looking = FALSE;
  return look->generation == look->self->generation && !look->self->paused;
}

static void
quick_look_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Look *look = user_data;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  info = g_file_query_info_finish (G_FILE (source), result, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) || !look_counts (look))
    goto out;
  /* A share that cannot be reached is not a change: a save says so. */
  if (info == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        announce (look->self, TRUE);
    }
  else if (sk_fingerprint_differs_info (look->self->fingerprint, info))
    announce (look->self, FALSE);
out:
  look_free (look);
}

static void
quick_look (SkDocumentWatch *self)
{
  if (self->paused || self->announced || self->looking || self->fingerprint == NULL)
    return;
  g_file_query_info_async (self->file, QUICK_ATTRIBUTES, G_FILE_QUERY_INFO_NONE,
                           G_PRIORITY_LOW, self->cancellable, quick_look_cb, look_new (self));
}

static gboolean
poll_cb (gpointer data)
{
  quick_look (SK_DOCUMENT_WATCH (data));
  return G_SOURCE_CONTINUE;
}

static void
monitor_changed_cb (SkDocumentWatch   *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event)
{
  /* Editors and Sakskart itself save by writing a new file and renaming
   * it over the old one: a rename onto our file is a change too. */
  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT || event == G_FILE_MONITOR_EVENT_CREATED ||
      event == G_FILE_MONITOR_EVENT_DELETED || event == G_FILE_MONITOR_EVENT_RENAMED ||
      event == G_FILE_MONITOR_EVENT_MOVED_IN || event == G_FILE_MONITOR_EVENT_MOVED_OUT)
    quick_look (self);
}

static void
full_check_thread (GTask        *task,
                   gpointer      source,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  const char *fingerprint = task_data;
  GError *error = NULL;

  if (sk_fingerprint_check (G_FILE (source), fingerprint, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
full_check_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  Look *look = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED) && look_counts (look))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        announce (look->self, FALSE);
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        announce (look->self, TRUE);
    }
  else
    look->self->looking = FALSE;
  look_free (look);
}

static void
sk_document_watch_dispose (GObject *object)
{
  SkDocumentWatch *self = SK_DOCUMENT_WATCH (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->start_id, g_source_remove);
  g_clear_handle_id (&self->poll_id, g_source_remove);
  g_clear_handle_id (&self->check_id, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
    }
  g_clear_object (&self->monitor);
  G_OBJECT_CLASS (sk_document_watch_parent_class)->dispose (object);
}

static void
sk_document_watch_finalize (GObject *object)
{
  SkDocumentWatch *self = SK_DOCUMENT_WATCH (object);

  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_free (self->fingerprint);
  G_OBJECT_CLASS (sk_document_watch_parent_class)->finalize (object);
}

static void
sk_document_watch_class_init (SkDocumentWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_document_watch_dispose;
  object_class->finalize = sk_document_watch_finalize;

  /**
   * SkDocumentWatch::changed:
   * @gone: the file was moved or deleted
   *
   * Someone else changed the file.
   */
  signals [CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
}

static void
sk_document_watch_init (SkDocumentWatch *self)
{
  self->cancellable = g_cancellable_new ();
}

/* The watch begins after what the main loop has to draw: the first
 * inotify watch of a folder costs the kernel time in proportion to what it
 * holds of the folder (12 ms for a folder of many files, measured), which
 * a window's first frame need not wait for.  A save by someone else
 * before that is found by the look it begins with. */
static gboolean
start_idle (gpointer data)
{
  SkDocumentWatch *self = data;
  g_autoptr(GFile) watched = NULL;

  self->start_id = 0;
  /* A link's own folder hears nothing of a save of what it leads to
   * (Sakskart's own save replaces the file a link leads to): the file
   * itself is watched.  Looked up on a local disk only, where it costs
   * no round trip to a server. */
  if (g_file_is_native (self->file))
    watched = sk_file_resolve (self->file, NULL);
  self->monitor = g_file_monitor_file (watched ? watched : self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  /* GIO's fallback polls the etag alone, and only every five seconds. */
  if (self->monitor != NULL && g_str_equal (G_OBJECT_TYPE_NAME (self->monitor), "GPollFileMonitor"))
    {
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self,
                             G_CONNECT_SWAPPED);
  else
    self->poll_id = g_timeout_add_seconds (SK_DOCUMENT_WATCH_POLL_SECONDS, poll_cb, self);
  quick_look (self);
  return G_SOURCE_REMOVE;
}

SkDocumentWatch *
sk_document_watch_new (GFile      *file,
                       const char *fingerprint)
{
  SkDocumentWatch *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  self = g_object_new (SK_TYPE_DOCUMENT_WATCH, NULL);
  self->file = g_object_ref (file);
  self->fingerprint = g_strdup (fingerprint);
  self->start_id = g_idle_add_full (G_PRIORITY_LOW, start_idle, self, NULL);
  return self;
}

void
sk_document_watch_set_fingerprint (SkDocumentWatch *self,
                                   const char      *fingerprint)
{
  g_return_if_fail (SK_IS_DOCUMENT_WATCH (self));

  g_free (self->fingerprint);
  self->fingerprint = g_strdup (fingerprint);
  self->generation++;
  self->announced = FALSE;
}

void
sk_document_watch_set_paused (SkDocumentWatch *self,
                              gboolean         paused)
{
  g_return_if_fail (SK_IS_DOCUMENT_WATCH (self));

  self->paused = paused;
  self->generation++;
}

static gboolean
full_check_idle (gpointer data)
{
  SkDocumentWatch *self = data;
  g_autoptr(GTask) task = NULL;

  self->check_id = 0;
  if (self->paused || self->announced || self->looking || self->fingerprint == NULL)
    return G_SOURCE_REMOVE;
  task = g_task_new (self->file, self->cancellable, full_check_cb, look_new (self));
  g_task_set_task_data (task, g_strdup (self->fingerprint), g_free);
  g_task_run_in_thread (task, full_check_thread);
  return G_SOURCE_REMOVE;
}

void
sk_document_watch_check (SkDocumentWatch *self)
{
  g_return_if_fail (SK_IS_DOCUMENT_WATCH (self));

  if (self->paused || self->announced || self->looking || self->fingerprint == NULL || self->check_id != 0)
    return;
  /* After what the main loop has to draw: a window gains the focus as it
   * first shows, and the file it has just read is read and hashed again
   * beside its first frame no more. */
  self->check_id = g_idle_add_full (G_PRIORITY_LOW, full_check_idle, self, NULL);
}

gboolean
sk_document_watch_get_polling (SkDocumentWatch *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT_WATCH (self), FALSE);

  return self->poll_id != 0;
}
