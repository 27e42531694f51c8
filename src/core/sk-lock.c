/* sk-lock.c — "Kari has this file open": a lock file beside a project
 *
 * A small key file beside the project says who has it open, on which
 * machine, in which process and since when.  It tells; it does not
 * forbid: whoever finds it may still open the file (read-only or not),
 * and a save checks the file's fingerprint anyway (sk-fingerprint.h).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-lock"

#include "config.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

#include "sk-file.h"
#include "sk-lock.h"

#define GROUP "Sakskart Lock"
/* A lock file is a few lines; anything larger is not one of ours. */
#define MAX_LOCK_SIZE 4096

/* Someone else's lock that a take of ours replaced (they had the file
 * open, and it was opened anyway), as it was, by the lock file's URI.
 * It is put back when ours is released: they may still have the file
 * open, and their lock would otherwise be missing until they renew it,
 * up to SK_LOCK_RENEW_SECONDS later, for a colleague to find none. */
typedef struct
{
  GBytes   *bytes;
  gint64    renewed;
  gboolean  here;   /* another process on this machine: its number */
  gint64    pid;
} Replaced;

static GMutex      replaced_mutex;
static GHashTable *replaced;   /* URI → Replaced */

static void
replaced_free (Replaced *r)
{
  g_bytes_unref (r->bytes);
  g_free (r);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Replaced, replaced_free)

static gboolean this_machine (const SkLock *lock);

static void
remember_replaced (GFile        *lock_file,
                   GBytes       *bytes,
                   const SkLock *old)
{
  Replaced *r = g_new0 (Replaced, 1);

  r->bytes = g_bytes_ref (bytes);
  r->renewed = old->renewed;
  r->here = this_machine (old);
  r->pid = old->pid;
  g_mutex_lock (&replaced_mutex);
  if (replaced == NULL)
    replaced = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) replaced_free);
  g_hash_table_insert (replaced, g_file_get_uri (lock_file), r);
  g_mutex_unlock (&replaced_mutex);
}

/* The lock ours replaced on `lock_file`, forgotten here; or NULL. */
static Replaced *
steal_replaced (GFile *lock_file)
{
  g_autofree char *uri = g_file_get_uri (lock_file);
  g_autofree char *key = NULL;
  Replaced *r = NULL;

  g_mutex_lock (&replaced_mutex);
  if (replaced != NULL)
    g_hash_table_steal_extended (replaced, uri, (gpointer *) &key, (gpointer *) &r);
  g_mutex_unlock (&replaced_mutex);
  return r;
}

GFile *
sk_lock_file_for (GFile *file)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) target = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Beside the file itself, not beside a link to it: a colleague who
   * opens it by its own name looks there. */
  target = sk_file_resolve (file, NULL);
  parent = g_file_get_parent (target);
  base = g_file_get_basename (target);
  name = g_strdup_printf (".~lock.%s#", base);
  return g_file_get_child (parent, name);
}

void
sk_lock_free (SkLock *lock)
{
  if (lock == NULL)
    return;
  g_free (lock->name);
  g_free (lock->user);
  g_free (lock->host);
  g_free (lock);
}

static gint64
read_time (GKeyFile   *keys,
           const char *key)
{
  g_autofree char *text = g_key_file_get_string (keys, GROUP, key, NULL);
  g_autoptr(GDateTime) time = text ? g_date_time_new_from_iso8601 (text, NULL) : NULL;

  return time ? g_date_time_to_unix (time) : 0;
}

/* The start of the lock file, at most MAX_LOCK_SIZE + 1 bytes: NULL
 * with no error when it is there but no file to read (a FIFO would wait
 * for a writer for ever, /dev/zero never ends), FALSE with the error
 * when it cannot be had. */
static gboolean
load_lock (GFile         *lock_file,
           GCancellable  *cancellable,
           char         **text,
           gsize         *length,
           GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInputStream) in = NULL;
  char *buffer;
  gsize got = 0;

  *text = NULL;
  *length = 0;
  info = g_file_query_info (lock_file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return TRUE;
  if ((in = g_file_read (lock_file, cancellable, error)) == NULL)
    return FALSE;
  buffer = g_malloc (MAX_LOCK_SIZE + 2);
  if (!g_input_stream_read_all (G_INPUT_STREAM (in), buffer, MAX_LOCK_SIZE + 1, &got, cancellable, error))
    {
      g_free (buffer);
      return FALSE;
    }
  buffer[got] = '\0';
  *text = buffer;
  *length = got;
  return TRUE;
}

/* sk_lock_read (); `raw`, if given, gets the lock file's bytes as read
 * when it is a regular file of a lock's size, else NULL; `no_file`, if
 * given, whether the lock is there but no regular file. */
static SkLock *
read_lock (GFile         *file,
           GCancellable  *cancellable,
           GBytes       **raw,
           gboolean      *no_file,
           GError       **error)
{
  g_autoptr(GFile) lock_file = NULL;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GError) local = NULL;
  g_autofree char *text = NULL;
  gsize length = 0;
  SkLock *lock;

  if (raw != NULL)
    *raw = NULL;
  if (no_file != NULL)
    *no_file = FALSE;
  lock_file = sk_lock_file_for (file);
  /* A share that came back after a dropped connection says so once
   * (sk_file_error_dropped ()): a lock missed so would not be told. */
  if (!load_lock (lock_file, cancellable, &text, &length, &local) && sk_file_error_dropped (local))
    {
      g_clear_error (&local);
      load_lock (lock_file, cancellable, &text, &length, &local);
    }
  if (local != NULL)
    {
      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  lock = g_new0 (SkLock, 1);
  /* A lock we cannot read (another program's, or cut short) still says
   * that someone has the file open; its age is the file's own. */
  if (text == NULL || length > MAX_LOCK_SIZE ||
      !g_key_file_load_from_data (keys, text, length, G_KEY_FILE_NONE, NULL))
    g_key_file_remove_group (keys, GROUP, NULL);
  lock->name = g_key_file_get_string (keys, GROUP, "Name", NULL);
  lock->user = g_key_file_get_string (keys, GROUP, "User", NULL);
  lock->host = g_key_file_get_string (keys, GROUP, "Host", NULL);
  lock->pid = g_key_file_get_int64 (keys, GROUP, "Pid", NULL);
  lock->since = read_time (keys, "Since");
  lock->renewed = read_time (keys, "Renewed");
  if (lock->renewed == 0 || lock->since == 0)
    {
      g_autoptr(GFileInfo) info = g_file_query_info (lock_file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                     G_FILE_QUERY_INFO_NONE, cancellable, NULL);
      gint64 modified = info ? (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED)
                             : 0;

      if (lock->since == 0)
        lock->since = modified;
      if (lock->renewed == 0)
        lock->renewed = MAX (modified, lock->since);
    }
  if (raw != NULL)
    *raw = text != NULL && length <= MAX_LOCK_SIZE ? g_bytes_new (text, length) : NULL;
  if (no_file != NULL)
    *no_file = text == NULL;
  return lock;
}

SkLock *
sk_lock_read (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return read_lock (file, cancellable, NULL, NULL, error);
}

static gboolean
this_machine (const SkLock *lock)
{
  return g_strcmp0 (lock->user, g_get_user_name ()) == 0 &&
         g_strcmp0 (lock->host, g_get_host_name ()) == 0;
}

gboolean
sk_lock_is_ours (const SkLock *lock)
{
  g_return_val_if_fail (lock != NULL, FALSE);

  return this_machine (lock) && lock->pid == (gint64) getpid ();
}

/* Whether the process `pid` of this machine runs a Sakskart: after a
 * crash its number may be another program's since. */
static gboolean
sakskart_runs (gint64 pid)
{
  g_autofree char *path = NULL;
  g_autofree char *cmdline = NULL;
  gsize length = 0;

  if (pid <= 0 || (kill ((pid_t) pid, 0) != 0 && errno == ESRCH))
    return FALSE;
  path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/cmdline", pid);
  if (!g_file_get_contents (path, &cmdline, &length, NULL))
    return TRUE;   /* no /proc: kill () is all there is to go by */
  /* Its words, each ended by a NUL */
  for (gsize i = 0; i < length; i++)
    if (cmdline[i] == '\0')
      cmdline[i] = ' ';
  /* The app, its command line, and the test programs */
  return strstr (cmdline, "sakskart") != NULL || strstr (cmdline, "test-") != NULL;
}

gboolean
sk_lock_is_stale (const SkLock *lock,
                  gint64        now)
{
  g_return_val_if_fail (lock != NULL, TRUE);

  if (this_machine (lock) && !sakskart_runs (lock->pid))
    return TRUE;
  return now - lock->renewed > SK_LOCK_STALE_SECONDS;
}

gboolean
sk_lock_in_the_way (const SkLock *lock)
{
  /* The same user on this machine is no one else: another window, or a
   * session of theirs that is gone. */
  return lock != NULL && !this_machine (lock) &&
         !sk_lock_is_stale (lock, g_get_real_time () / G_USEC_PER_SEC);
}

static char *
format_time (gint64 unix_time)
{
  g_autoptr(GDateTime) time = g_date_time_new_from_unix_utc (unix_time);

  return g_date_time_format_iso8601 (time);
}

gboolean
sk_lock_take (GFile         *file,
              GCancellable  *cancellable,
              GError       **error)
{
  g_autoptr(GFile) lock_file = NULL;
  g_autoptr(SkLock) old = NULL;
  g_autoptr(GBytes) theirs = NULL;
  gboolean no_file = FALSE;
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *since = NULL;
  g_autofree char *renewed = NULL;
  g_autofree char *text = NULL;
  const char *name = g_get_real_name ();
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gsize length = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  lock_file = sk_lock_file_for (file);
  /* Someone else's, as read, to be put back when ours goes */
  old = read_lock (file, cancellable, &theirs, &no_file, NULL);
  /* A lock that is no file (a FIFO, a device) is not written over: the
   * replace would wait on it for ever. */
  if (old != NULL && no_file)
    {
      /* For the debug log only (lock_thread ()) */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           "the lock beside the project is not a regular file");
      return FALSE;
    }
  /* Another Sakskart of the same user on this machine (started without
   * the session bus that makes one process of them) has it open too. */
  if (old != NULL && theirs != NULL && !sk_lock_is_ours (old) && !sk_lock_is_stale (old, now))
    remember_replaced (lock_file, theirs, old);
  since = format_time (old != NULL && sk_lock_is_ours (old) ? old->since : now);
  renewed = format_time (now);
  /* GLib says "Unknown" when the system knows no real name. */
  if (name == NULL || *name == '\0' || g_str_equal (name, "Unknown"))
    name = g_get_user_name ();
  g_key_file_set_string (keys, GROUP, "Name", name);
  g_key_file_set_string (keys, GROUP, "User", g_get_user_name ());
  g_key_file_set_string (keys, GROUP, "Host", g_get_host_name ());
  g_key_file_set_int64 (keys, GROUP, "Pid", getpid ());
  g_key_file_set_string (keys, GROUP, "Since", since);
  g_key_file_set_string (keys, GROUP, "Renewed", renewed);
  text = g_key_file_to_data (keys, &length, NULL);
  /* A share may refuse the replace for a moment (SMB: the lock was just
   * read, and its handle is not closed yet): tried again a few times
   * before the error counts. */
  for (int attempt = 1; ; attempt++)
    {
      g_autoptr(GError) local = NULL;

      if (g_file_replace_contents (lock_file, text, length, NULL, FALSE, G_FILE_CREATE_NONE, NULL,
                                   cancellable, &local))
        {
          g_autoptr(SkLock) written = sk_lock_read (file, cancellable, NULL);

          /* Read back: a share that said yes and kept the old lock is
           * tried again too. */
          if (written != NULL && sk_lock_is_ours (written))
            return TRUE;
          /* For the debug log only (lock_thread ()) */
          g_set_error_literal (&local, G_IO_ERROR, G_IO_ERROR_FAILED, "the lock read back is not ours");
        }
      if (attempt == 5 || g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      g_usleep (200000 * attempt);
    }
}

gboolean
sk_lock_release (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(SkLock) lock = NULL;
  g_autoptr(GFile) lock_file = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(Replaced) theirs = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  lock_file = sk_lock_file_for (file);
  theirs = steal_replaced (lock_file);
  /* Theirs, replaced by ours, goes back unless it has gone stale since,
   * or its process on this machine has gone (and left ours). */
  if (theirs != NULL && (g_get_real_time () / G_USEC_PER_SEC - theirs->renewed > SK_LOCK_STALE_SECONDS ||
                         (theirs->here && !sakskart_runs (theirs->pid))))
    g_clear_pointer (&theirs, replaced_free);
  /* A share may refuse the delete for a moment (SMB: someone else is
   * reading the lock just then, and a file open there cannot be deleted):
   * tried again a few times, as a take is, before the lock is left to go
   * stale. */
  for (int attempt = 1; ; attempt++)
    {
      g_clear_error (&local);
      g_clear_pointer (&lock, sk_lock_free);
      lock = sk_lock_read (file, cancellable, &local);
      if (lock == NULL && local == NULL)
        return TRUE;
      /* Someone who opened it anyway and took the lock over keeps it. */
      if (lock != NULL && !sk_lock_is_ours (lock))
        return TRUE;
      if (lock != NULL && theirs != NULL &&
          g_file_replace_contents (lock_file, g_bytes_get_data (theirs->bytes, NULL), g_bytes_get_size (theirs->bytes),
                                   NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable, &local))
        return TRUE;
      if (lock != NULL && theirs == NULL && g_file_delete (lock_file, cancellable, &local))
        return TRUE;
      if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      if (attempt == 5 || g_error_matches (local, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return FALSE;
        }
      {
        g_autofree char *name = g_file_get_parse_name (file);

        g_debug ("Removing the lock beside %s: %s; tried again", name,
                 local ? local->message : "not read");
      }
      g_usleep (200000 * attempt);
    }
}
