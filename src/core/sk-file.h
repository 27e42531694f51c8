/* sk-file.h — writing a file so that a failure leaves the old one as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  SK_FILE_WRITE_NONE   = 0,
  /* Keep the version replaced as "NAME~" (a project save). */
  SK_FILE_WRITE_BACKUP = 1 << 0,
  /* An export: refuse to replace a Sakskart project file
   * (G_IO_ERROR_EXISTS), and write a device or a pipe (/dev/stdout, a FIFO)
   * in place rather than refuse it. */
  SK_FILE_WRITE_EXPORT = 1 << 1,
} SkFileWriteFlags;

/* Writes `data` to a temporary file in the same folder, flushes it to the
 * disk and only then renames it over `file` (a symbolic link is followed
 * and stays).  With SK_FILE_WRITE_BACKUP the old version becomes "NAME~",
 * and an older backup is replaced only when the new file is in place.
 * On any failure (a full disk, a folder that cannot be written) the file
 * and its backup stay exactly as they were, no temporary file is left,
 * and the error names the file.  With `etag` (a fingerprint,
 * sk-fingerprint.h, or a bare etag), a file changed since is not replaced
 * (G_IO_ERROR_WRONG_ETAG) and one that is gone is not made again
 * (G_IO_ERROR_NOT_FOUND); `new_etag` is the fingerprint of what was
 * written. */
gboolean sk_file_write        (GFile             *file,
                               const void        *data,
                               gsize              length,
                               const char        *etag,
                               SkFileWriteFlags   flags,
                               char             **new_etag,
                               GCancellable      *cancellable,
                               GError           **error);
/* The same in a worker thread. */
void     sk_file_write_async  (GFile              *file,
                               GBytes             *bytes,
                               const char         *etag,
                               SkFileWriteFlags    flags,
                               GCancellable       *cancellable,
                               GAsyncReadyCallback callback,
                               gpointer            user_data);
gboolean sk_file_write_finish (GFile             *file,
                               GAsyncResult      *result,
                               char             **new_etag,
                               GError           **error);

/* Whether `file` is a regular file holding a Sakskart project (by its
 * content: a JSON object with "format": "sakskart", readable or not). */
gboolean sk_file_holds_project (GFile        *file,
                                GCancellable *cancellable);

/* Whether `error` says the file's server cannot be reached (and not that
 * the file is missing or refused): a share that is gone. */
gboolean sk_file_error_unreachable (const GError *error);

/* Whether `error` says the connection to the file's server was dropped:
 * the server went away and came back, or the network changed.  GVfs's SMB
 * backend says so once, on the first request after, and connects anew
 * for the next one, so such a request is worth one more try. */
gboolean sk_file_error_dropped     (const GError *error);

/* The file that `file`'s symbolic links lead to (a link's target, which
 * a save replaces), or `file` itself: not a link, or not looked up. */
GFile   *sk_file_resolve      (GFile        *file,
                               GCancellable *cancellable);

/* Whether `a` and `b` are the same file on the disk (by name, link or
 * hard link); FALSE when either does not exist. */
gboolean sk_file_same         (GFile        *a,
                               GFile        *b);

/* FALSE, with a translated error that does not name the file, for a
 * type of file that is not read: a folder (G_IO_ERROR_IS_DIRECTORY), a
 * FIFO (opening it waits for a writer for ever), a socket or a device
 * (G_IO_ERROR_NOT_REGULAR_FILE). */
gboolean sk_file_type_readable  (GFileType      type,
                                 GError       **error);
/* Puts GIO's message for a missing file, a folder, a file that may not
 * be read or a loop of links in the user's language. */
void     sk_file_error_in_words (GError       **error);
/* All of `file` (an import's input), refused as sk_file_type_readable ()
 * says, but for a FIFO with `pipe_ok` (a command's input may be a pipe,
 * read as its writer writes); a file larger than `limit` bytes is refused
 * as soon as it is seen to be (G_IO_ERROR_MESSAGE_TOO_LARGE).  The
 * contents end with a NUL not counted in `length`.  The error names the
 * file. */
char    *sk_file_read_all       (GFile         *file,
                                 gsize          limit,
                                 gboolean       pipe_ok,
                                 GCancellable  *cancellable,
                                 gsize         *length,
                                 GError       **error);

G_END_DECLS
