/* sk-lock.h — "Kari has this file open": a lock file beside a project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A lock not renewed for this long is left by a session that is gone
 * (a laptop that crashed or left the network); an open window renews its
 * lock every SK_LOCK_RENEW_SECONDS. */
#define SK_LOCK_STALE_SECONDS (2 * 60 * 60)
#define SK_LOCK_RENEW_SECONDS (10 * 60)

typedef struct
{
  char   *name;     /* the user's real name, else the login */
  char   *user;     /* the login */
  char   *host;     /* the machine */
  gint64  pid;      /* the process there */
  gint64  since;    /* unix seconds: opened */
  gint64  renewed;  /* unix seconds: last renewed */
} SkLock;

/* ".~lock.NAME#" beside `file` (or beside what its symbolic links lead
 * to; this looks), as LibreOffice names its own. */
GFile   *sk_lock_file_for   (GFile         *file);
/* The lock on `file`, or NULL, without an error, when there is none. */
SkLock  *sk_lock_read       (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error);
/* Taken by this process (another window of it). */
gboolean sk_lock_is_ours    (const SkLock  *lock);
/* Left by a session that is gone: on this machine by this user with a
 * process that no longer runs (or runs another program than Sakskart, the
 * number given to it since), or not renewed for SK_LOCK_STALE_SECONDS. */
gboolean sk_lock_is_stale   (const SkLock  *lock,
                             gint64         now);
/* Whether someone else has the file open: a lock that is not stale,
 * taken by another user or on another machine. */
gboolean sk_lock_in_the_way (const SkLock  *lock);
/* Writes (or renews) this process's lock on `file`, keeping when it was
 * first taken. */
gboolean sk_lock_take       (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error);
/* Removes the lock on `file` if it is this process's; where ours replaced
 * someone else's (the file opened anyway), theirs is put back instead,
 * unless it has gone stale since. */
gboolean sk_lock_release    (GFile         *file,
                             GCancellable  *cancellable,
                             GError       **error);
void     sk_lock_free       (SkLock        *lock);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkLock, sk_lock_free)

G_END_DECLS
