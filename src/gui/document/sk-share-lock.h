/* sk-share-lock.h — this process's lock beside a project's file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Take, renew or release this process's lock on `file` in a thread; a
 * lock that cannot be written (a folder we may only read) is left out.
 * The application stays until a release is done. */
void         sk_share_take_lock          (GFile               *file);
void         sk_share_release_lock       (GFile               *file);
/* Releases the locks on `files` (GFiles) now, for an app that quits at
 * once, waiting at most `timeout_usec` for the file system. */
void         sk_share_release_locks_now  (GPtrArray           *files,
                                          gint64               timeout_usec);

G_END_DECLS
