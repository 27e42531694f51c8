/* sk-file.c — writing a file so that a failure leaves the old one as it was
 *
 * GIO's g_file_replace () is not used: when a write fails (a full disk) and
 * the stream is then closed, it renames the partial temporary file over the
 * original; for a linked file it writes in place after copying the old
 * backup away.  Here the new content goes to a temporary file of our own,
 * which replaces the file only when all of it is written and on the disk.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-file"

#include "config.h"

#include <errno.h>
#include <locale.h>
#include <gio/gfiledescriptorbased.h>
#include "sk-i18n.h"
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sk-file.h"
#include "sk-fingerprint.h"
#include "sk-project.h"

#define QUERY_ATTRIBUTES \
  G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SYMLINK_TARGET "," \
  G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_UNIX_MODE

/* How many symbolic links are followed before giving up. */
#define MAX_LINKS 40

static void
prefix_with_file (GError **error,
                  GFile   *file)
{
  g_autofree char *name = NULL;

  if (error == NULL || *error == NULL)
    return;
  name = g_file_get_parse_name (file);
  g_prefix_error (error, "%s: ", name);
}

/* The file that a save replaces: `file`, or what its symbolic links lead
 * to.  `info` is NULL when there is none yet.  `descriptor` tells whether
 * the name is that of an open file descriptor (/dev/stdout is a link to
 * /proc/self/fd/1), which is written through, not replaced. */
static GFile *
resolve_links (GFile         *file,
               GFileInfo    **info_out,
               gboolean      *descriptor,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFile) at = g_object_ref (file);

  *descriptor = FALSE;
  for (guint hop = 0; hop < MAX_LINKS; hop++)
    {
      g_autoptr(GError) local = NULL;
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GFile) parent = NULL;
      GFile *next;

      if (g_file_peek_path (at) != NULL && g_str_has_prefix (g_file_peek_path (at), "/proc/"))
        *descriptor = TRUE;
      info = g_file_query_info (at, QUERY_ATTRIBUTES, G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS,
                                cancellable, &local);
      if (info == NULL)
        {
          if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
            {
              g_propagate_error (error, g_steal_pointer (&local));
              return NULL;
            }
          *info_out = NULL;
          return g_steal_pointer (&at);
        }
      if (g_file_info_get_file_type (info) != G_FILE_TYPE_SYMBOLIC_LINK)
        {
          *info_out = g_steal_pointer (&info);
          return g_steal_pointer (&at);
        }
      parent = g_file_get_parent (at);
      next = g_file_resolve_relative_path (parent, g_file_info_get_symlink_target (info));
      g_set_object (&at, next);
      g_object_unref (next);
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS,
                       _("Too many levels of symbolic links"));
  return NULL;
}

/* A name beside `file` that nothing has: ".NAME.XXXXXX" + suffix. */
static GFile *
sibling (GFile      *file,
         const char *suffix)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = g_strdup_printf (".%s%s.%06X", base, suffix,
                                           (guint) g_random_int_range (0, 0x1000000));

  return g_file_get_child (parent, name);
}

/* Flushes what was written to the disk: on some file systems a full disk
 * shows only here. */
static gboolean
sync_stream (GOutputStream  *out,
             GError        **error)
{
  int fd;

  if (!G_IS_FILE_DESCRIPTOR_BASED (out))
    return TRUE;
  fd = g_file_descriptor_based_get_fd (G_FILE_DESCRIPTOR_BASED (out));
  if (fsync (fd) == 0 || errno == EINVAL || errno == EROFS)
    return TRUE;
  {
    int errsv = errno;

    g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
                 _("Could not write the file to the disk: %s"), g_strerror (errsv));
  }
  return FALSE;
}

static void write_error_in_words (GError **error);

/* Writes all of `data` to a new temporary file beside `target`, on the
 * disk and closed; on failure nothing is left. */
static GFile *
write_temporary (GFile         *target,
                 GFileInfo     *info,
                 const void    *data,
                 gsize          length,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GError) local = NULL;
  GOutputStream *stream;

  for (guint tries = 0; out == NULL; tries++)
    {
      g_clear_error (&local);
      g_set_object (&temp, NULL);
      temp = sibling (target, "");
      out = g_file_create (temp, G_FILE_CREATE_NONE, cancellable, &local);
      if (out == NULL && (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS) || tries > 20))
        {
          g_autoptr(GFile) parent = g_file_get_parent (target);
          g_autofree char *folder = g_file_get_parse_name (parent);

          if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
              g_error_matches (local, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
            g_set_error (error, G_IO_ERROR, local->code,
                         _("The folder %s cannot be written to"), folder);
          else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) ||
                   g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_DIRECTORY))
            g_set_error (error, G_IO_ERROR, local->code,
                         _("There is no folder %s"), folder);
          else if (g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
            g_set_error_literal (error, G_IO_ERROR, local->code, _("No space left on device"));
          else
            g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
    }

  /* The new file keeps the old one's permissions. */
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE))
    g_file_set_attribute_uint32 (temp, G_FILE_ATTRIBUTE_UNIX_MODE,
                                 g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE)
                                 & 07777,
                                 G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);

  stream = G_OUTPUT_STREAM (out);
  if (!g_output_stream_write_all (stream, data, length, NULL, cancellable, error) ||
      !sync_stream (stream, error) ||
      !g_output_stream_close (stream, cancellable, error))
    {
      g_output_stream_close (stream, NULL, NULL);
      g_file_delete (temp, NULL, NULL);
      write_error_in_words (error);
      return NULL;
    }
  return g_steal_pointer (&temp);
}

/* A second name for the version about to be replaced (a hard link, or a
 * copy where links are not possible), to become the backup. */
static GFile *
keep_old_version (GFile         *target,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFile) parent = g_file_get_parent (target);
  g_autofree char *base = g_file_get_basename (target);
  g_autofree char *backup_name = g_strconcat (base, "~", NULL);
  g_autoptr(GFile) backup = g_file_get_child (parent, backup_name);
  g_autoptr(GFileInfo) in_the_way = g_file_query_info (backup, G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                                       G_FILE_QUERY_INFO_NOFOLLOW_SYMLINKS, cancellable, NULL);

  /* A folder of the backup's name would take no backup, and the old
   * version would be gone once the new one is in place. */
  if (in_the_way != NULL && g_file_info_get_file_type (in_the_way) == G_FILE_TYPE_DIRECTORY)
    {
      g_autofree char *why = g_strdup_printf ("%s: %s", backup_name, _("This is a folder"));

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("Could not keep the old version as a backup: %s"), why);
      return NULL;
    }
  for (guint tries = 0; tries < 20; tries++)
    {
      g_autoptr(GFile) keep = sibling (target, "~");
      const char *from = g_file_peek_path (target);
      const char *to = g_file_peek_path (keep);
      g_autoptr(GError) local = NULL;

      if (from != NULL && to != NULL)
        {
          if (link (from, to) == 0)
            return g_steal_pointer (&keep);
          if (errno == EEXIST)
            continue;
        }
      if (g_file_copy (target, keep, G_FILE_COPY_ALL_METADATA, cancellable, NULL, NULL, &local))
        return g_steal_pointer (&keep);
      g_file_delete (keep, NULL, NULL);
      if (!g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
        {
          g_set_error (error, G_IO_ERROR, local->code,
                       _("Could not keep the old version as a backup: %s"), local->message);
          return NULL;
        }
    }
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED,
                       _("Could not keep the old version as a backup"));
  return NULL;
}

/* A rename on a local disk; a remote location (smb://, davs://) that
 * cannot rename over a file may copy and delete instead. */
static GFileCopyFlags
rename_flags (GFile *target)
{
  if (g_file_is_native (target))
    return G_FILE_COPY_OVERWRITE | G_FILE_COPY_NO_FALLBACK_FOR_MOVE;
  return G_FILE_COPY_OVERWRITE;
}

/* A device or a pipe is written as it is: there is nothing to replace. */
static gboolean
write_in_place (GFile         *file,
                const void    *data,
                gsize          length,
                GCancellable  *cancellable,
                GError       **error)
{
  g_autoptr(GFileOutputStream) out = NULL;

  out = g_file_append_to (file, G_FILE_CREATE_NONE, cancellable, error);
  if (out == NULL)
    return FALSE;
  if (!g_output_stream_write_all (G_OUTPUT_STREAM (out), data, length, NULL, cancellable, error) ||
      !g_output_stream_close (G_OUTPUT_STREAM (out), cancellable, error))
    {
      g_output_stream_close (G_OUTPUT_STREAM (out), NULL, NULL);
      write_error_in_words (error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
write_file (GFile             *file,
            const void        *data,
            gsize              length,
            const char        *etag,
            SkFileWriteFlags   flags,
            char             **new_etag,
            GCancellable      *cancellable,
            GError           **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GFileInfo) followed = NULL;
  g_autoptr(GFile) target = NULL;
  g_autoptr(GFile) temp = NULL;
  g_autoptr(GFile) old = NULL;
  g_autoptr(GError) local = NULL;
  gboolean descriptor = FALSE;

  /* What the name leads to, following links as opening it would (this is
   * how /dev/stdout is seen as the pipe or terminal it is). */
  followed = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                                cancellable, &local);
  if (followed == NULL && !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (followed != NULL)
    switch (g_file_info_get_file_type (followed))
      {
      case G_FILE_TYPE_REGULAR:
        break;
      case G_FILE_TYPE_DIRECTORY:
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("This is a folder"));
        return FALSE;
      default:
        if (flags & SK_FILE_WRITE_EXPORT)
          return write_in_place (file, data, length, cancellable, error);
        g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                             _("This is not a regular file; a project is saved only to a "
                               "regular file"));
        return FALSE;
      }

  if ((target = resolve_links (file, &info, &descriptor, cancellable, error)) == NULL)
    return FALSE;
  if (descriptor && (flags & SK_FILE_WRITE_EXPORT))
    return write_in_place (file, data, length, cancellable, error);
  /* A file its owner made write-protected is not replaced through its
   * folder, which the rename would do (as cp and GIO's replace refuse). */
  if (info != NULL && g_file_peek_path (target) != NULL &&
      access (g_file_peek_path (target), W_OK) != 0 && errno == EACCES)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                           _("The file is write-protected; Sakskart does not replace it"));
      return FALSE;
    }
  /* The version read is gone: moved (by a colleague who put it elsewhere
   * on the share) or deleted.  Made again here only when asked, or there
   * would be two versions of it without anyone knowing. */
  if (info == NULL && etag != NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                           _("The file was moved or deleted after it was opened"));
      return FALSE;
    }
  if (info != NULL && (flags & SK_FILE_WRITE_EXPORT) && sk_file_holds_project (target, cancellable))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_EXISTS,
                           _("This is a Sakskart project file; an export does not replace it. "
                             "Choose another file name"));
      return FALSE;
    }

  if ((temp = write_temporary (target, info, data, length, cancellable, error)) == NULL)
    return FALSE;
  /* Checked once ours is written, which on a share takes its time: a
   * colleague's save meanwhile is found, where a check before it let
   * ours replace theirs.  The etag alone misses a change in the same
   * second on a share: the fingerprint reads the file again. */
  if (info != NULL && etag != NULL && !sk_fingerprint_check (target, etag, cancellable, error))
    {
      g_file_delete (temp, NULL, NULL);
      return FALSE;
    }
  if (info != NULL && (flags & SK_FILE_WRITE_BACKUP) &&
      (old = keep_old_version (target, cancellable, error)) == NULL)
    {
      g_file_delete (temp, NULL, NULL);
      return FALSE;
    }
  /* And once more, by its etag and size, as the rename comes: a save of
   * theirs while the check read the file (a new file renamed over it)
   * has a name of its own by now. */
  if (info != NULL && etag != NULL && !sk_fingerprint_check_quick (target, etag, cancellable, error))
    {
      g_file_delete (temp, NULL, NULL);
      if (old != NULL)
        g_file_delete (old, NULL, NULL);
      return FALSE;
    }
  if (!g_file_move (temp, target, rename_flags (target), cancellable, NULL, NULL, error))
    {
      g_file_delete (temp, NULL, NULL);
      if (old != NULL)
        g_file_delete (old, NULL, NULL);
      return FALSE;
    }
  /* Only now, with the new version in place, is the old backup replaced. */
  if (old != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (target);
      g_autofree char *base = g_file_get_basename (target);
      g_autofree char *backup_name = g_strconcat (base, "~", NULL);
      g_autoptr(GFile) backup = g_file_get_child (parent, backup_name);

      g_clear_error (&local);
      if (!g_file_move (old, backup, rename_flags (target), NULL, NULL, NULL, &local))
        {
          g_warning ("The backup %s~ was not updated: %s", base, local->message);
          g_file_delete (old, NULL, NULL);
        }
    }
  if (new_etag != NULL)
    {
      g_autoptr(GFileInfo) now = g_file_query_info (target, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                     G_FILE_QUERY_INFO_NONE, NULL, NULL);

      *new_etag = now ? sk_fingerprint_new (g_file_info_get_etag (now), data, length) : NULL;
    }
  return TRUE;
}

/* The C library's English words for an errno, whatever our language. */
static const char *
untranslated_strerror (int errnum)
{
  static gsize c_locale = 0;

  if (g_once_init_enter (&c_locale))
    g_once_init_leave (&c_locale, (gsize) newlocale (LC_ALL_MASK, "C", (locale_t) 0));
  return c_locale != 0 ? strerror_l (errnum, (locale_t) c_locale) : "";
}

/* The system's words for an errno, as GVfs passes on what the SMB client
 * said (G_IO_ERROR_FAILED, "Connection refused").  GVfs's daemon speaks
 * the language it was started in, often not ours (English in a session
 * whose window is in Bokmål, which the C library speaks too): both are
 * looked for. */
static gboolean
says_errno (const GError *error,
            const int    *errnos,
            guint         n)
{
  for (guint i = 0; i < n; i++)
    if (strstr (error->message, g_strerror (errnos[i])) != NULL ||
        strstr (error->message, untranslated_strerror (errnos[i])) != NULL)
      return TRUE;
  return FALSE;
}

/* A write's failure in the user's language: GLib's "Error writing to
 * file: %s" has the C library's words, which have no Nynorsk. */
static void
write_error_in_words (GError **error)
{
  static const int no_space[] = { ENOSPC };
  static const int too_large[] = { EFBIG };
  const char *why = NULL;

  if (error == NULL || *error == NULL || (*error)->domain != G_IO_ERROR)
    return;
  if ((*error)->code == G_IO_ERROR_NO_SPACE || says_errno (*error, no_space, 1))
    why = _("No space left on device");
  else if (says_errno (*error, too_large, 1))
    why = _("File too large");
  if (why != NULL)
    {
      g_free ((*error)->message);
      (*error)->message = g_strdup (why);
    }
}

gboolean
sk_file_error_unreachable (const GError *error)
{
  static const int errnos[] = { ECONNABORTED, ECONNRESET, ECONNREFUSED, EHOSTDOWN, EHOSTUNREACH,
                                ENETDOWN, ENETUNREACH, ETIMEDOUT, ENOTCONN, EPIPE };

  if (error == NULL || error->domain != G_IO_ERROR)
    return FALSE;
  switch (error->code)
    {
    case G_IO_ERROR_CONNECTION_REFUSED:
    case G_IO_ERROR_HOST_NOT_FOUND:
    case G_IO_ERROR_HOST_UNREACHABLE:
    case G_IO_ERROR_NETWORK_UNREACHABLE:
    case G_IO_ERROR_TIMED_OUT:
    case G_IO_ERROR_NOT_MOUNTED:
    case G_IO_ERROR_CONNECTION_CLOSED:
      return TRUE;
    case G_IO_ERROR_FAILED:
      return says_errno (error, errnos, G_N_ELEMENTS (errnos));
    default:
      return FALSE;
    }
}

gboolean
sk_file_error_dropped (const GError *error)
{
  static const int errnos[] = { ECONNABORTED, ECONNRESET, ENOTCONN, EPIPE };

  if (error == NULL || error->domain != G_IO_ERROR)
    return FALSE;
  if (error->code == G_IO_ERROR_CONNECTION_CLOSED || error->code == G_IO_ERROR_BROKEN_PIPE)
    return TRUE;
  return error->code == G_IO_ERROR_FAILED && says_errno (error, errnos, G_N_ELEMENTS (errnos));
}

gboolean
sk_file_write (GFile             *file,
               const void        *data,
               gsize              length,
               const char        *etag,
               SkFileWriteFlags   flags,
               char             **new_etag,
               GCancellable      *cancellable,
               GError           **error)
{
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (data != NULL || length == 0, FALSE);

  if (new_etag != NULL)
    *new_etag = NULL;
  /* What went wrong is told in the user's language, also when an export
   * is written in the board's. */
  sk_doc_language_push (NULL);
  for (int attempt = 1; ; attempt++)
    {
      g_autoptr(GError) local = NULL;

      if ((ok = write_file (file, data ? data : "", length, etag, flags, new_etag, cancellable, &local)))
        break;
      /* A share that came back after a dropped connection says so once
       * (sk_file_error_dropped ()): the write is tried on the new one. */
      if (attempt == 1 && sk_file_error_dropped (local))
        {
          g_autofree char *name = g_file_get_parse_name (file);

          g_debug ("%s: %s; tried again", name, local->message);
          continue;
        }
      g_propagate_error (error, g_steal_pointer (&local));
      prefix_with_file (error, file);
      break;
    }
  sk_doc_language_pop ();
  return ok;
}

typedef struct
{
  GBytes           *bytes;
  char             *etag;
  SkFileWriteFlags  flags;
} WriteData;

static void
write_data_free (WriteData *wd)
{
  g_bytes_unref (wd->bytes);
  g_free (wd->etag);
  g_free (wd);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *wd = task_data;
  GError *error = NULL;
  char *etag = NULL;
  gsize length = 0;
  const void *data = g_bytes_get_data (wd->bytes, &length);

  if (sk_file_write (G_FILE (source), data, length, wd->etag, wd->flags, &etag, cancellable,
                     &error))
    g_task_return_pointer (task, etag, g_free);
  else
    g_task_return_error (task, error);
}

void
sk_file_write_async (GFile              *file,
                     GBytes             *bytes,
                     const char         *etag,
                     SkFileWriteFlags    flags,
                     GCancellable       *cancellable,
                     GAsyncReadyCallback callback,
                     gpointer            user_data)
{
  g_autoptr(GTask) task = NULL;
  WriteData *wd;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (bytes != NULL);

  wd = g_new0 (WriteData, 1);
  wd->bytes = g_bytes_ref (bytes);
  wd->etag = g_strdup (etag);
  wd->flags = flags;
  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_file_write_async);
  g_task_set_task_data (task, wd, (GDestroyNotify) write_data_free);
  g_task_run_in_thread (task, write_thread);
}

gboolean
sk_file_write_finish (GFile         *file,
                      GAsyncResult  *result,
                      char         **new_etag,
                      GError       **error)
{
  char *etag;

  g_return_val_if_fail (g_task_is_valid (result, file), FALSE);

  etag = g_task_propagate_pointer (G_TASK (result), error);
  if (etag == NULL && g_task_had_error (G_TASK (result)))
    return FALSE;
  if (new_etag != NULL)
    *new_etag = etag;
  else
    g_free (etag);
  return TRUE;
}

/* The JSON string that starts at data[*at] (a '"'), its escapes decoded as
 * far as telling names apart needs (a \\u escape of ASCII as the
 * character, any other as a mark no name holds); *at ends after it. */
static void
read_json_string (const char *data,
                  gsize       length,
                  gsize      *at,
                  GString    *out)
{
  gsize i = *at + 1;

  g_string_truncate (out, 0);
  while (i < length && data[i] != '"')
    {
      if (data[i] != '\\' || i + 1 >= length)
        {
          g_string_append_c (out, data[i++]);
          continue;
        }
      if (data[i + 1] == 'u' && i + 5 < length &&
          g_ascii_isxdigit (data[i + 2]) && g_ascii_isxdigit (data[i + 3]) &&
          g_ascii_isxdigit (data[i + 4]) && g_ascii_isxdigit (data[i + 5]))
        {
          guint c = (guint) (g_ascii_xdigit_value (data[i + 2]) << 12 |
                             g_ascii_xdigit_value (data[i + 3]) << 8 |
                             g_ascii_xdigit_value (data[i + 4]) << 4 |
                             g_ascii_xdigit_value (data[i + 5]));

          g_string_append_c (out, c > 0 && c < 0x80 ? (char) c : '\\');
          i += 6;
          continue;
        }
      g_string_append_c (out, data[i + 1] == '/' ? '/' : '\\');
      i += 2;
    }
  *at = i + 1;
}

/* Whether the text holds a member "format": "sakskart" anywhere, however
 * its name and value are written (escapes such as "form\\u0061t" are
 * the same JSON); damaged text after it does not matter. */
static gboolean
says_format_sakskart (const char *data,
                      gsize       length)
{
  g_autoptr(GString) name = g_string_new (NULL);
  g_autoptr(GString) value = g_string_new (NULL);
  gsize i = 0;

  while (i < length)
    {
      gboolean is_format;

      if (data[i] != '"')
        {
          i++;
          continue;
        }
      read_json_string (data, length, &i, name);
      is_format = strcmp (name->str, "format") == 0 && strlen (name->str) == name->len;
      while (i < length && strchr (" \t\r\n", data[i]) != NULL && data[i] != 0)
        i++;
      if (!is_format || i >= length || data[i] != ':')
        continue;
      i++;
      while (i < length && strchr (" \t\r\n", data[i]) != NULL && data[i] != 0)
        i++;
      if (i >= length || data[i] != '"')
        continue;
      read_json_string (data, length, &i, value);
      if (strcmp (value->str, "sakskart") == 0 && value->len == strlen ("sakskart"))
        return TRUE;
    }
  return FALSE;
}

gboolean
sk_file_holds_project (GFile        *file,
                       GCancellable *cancellable)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) text = NULL;
  gsize start = 0;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    return FALSE;
  if ((in = g_file_read (file, cancellable, NULL)) == NULL)
    return FALSE;

  /* A JSON object (after a byte order mark and white space) that says
   * it is a project, whether or not the rest of it can be read. */
  text = g_byte_array_new ();
  while (text->len < SK_PROJECT_MAX_FILE_SIZE)
    {
      guint at = text->len;
      gssize n;

      g_byte_array_set_size (text, at + 65536);
      n = g_input_stream_read (G_INPUT_STREAM (in), text->data + at, 65536, cancellable, NULL);
      g_byte_array_set_size (text, at + MAX (n, 0));
      if (n <= 0)
        break;
      if (at == 0)
        {
          if (text->len >= 3 && memcmp (text->data, "\xef\xbb\xbf", 3) == 0)
            start = 3;
          while (start < text->len && text->data[start] != 0 &&
                 strchr (" \t\r\n", text->data[start]) != NULL)
            start++;
          if (start >= text->len || text->data[start] != '{')
            return FALSE;
        }
    }
  return says_format_sakskart ((const char *) text->data, text->len);
}

GFile *
sk_file_resolve (GFile        *file,
                 GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  gboolean descriptor = FALSE;
  GFile *target;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  target = resolve_links (file, &info, &descriptor, cancellable, NULL);
  return target != NULL ? target : g_object_ref (file);
}

gboolean
sk_file_same (GFile *a,
              GFile *b)
{
  g_autoptr(GFileInfo) ia = NULL;
  g_autoptr(GFileInfo) ib = NULL;
  const char *id_a, *id_b;

  g_return_val_if_fail (G_IS_FILE (a) && G_IS_FILE (b), FALSE);

  if (g_file_equal (a, b))
    return g_file_query_exists (a, NULL);
  ia = g_file_query_info (a, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  ib = g_file_query_info (b, G_FILE_ATTRIBUTE_ID_FILE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (ia == NULL || ib == NULL)
    return FALSE;
  id_a = g_file_info_get_attribute_string (ia, G_FILE_ATTRIBUTE_ID_FILE);
  id_b = g_file_info_get_attribute_string (ib, G_FILE_ATTRIBUTE_ID_FILE);
  return id_a != NULL && g_strcmp0 (id_a, id_b) == 0;
}

/* GIO's sentence for the errors a user meets most, in the user's
 * language: GLib has no Nynorsk for them. */
void
sk_file_error_in_words (GError **error)
{
  const char *why = NULL;

  if (error == NULL || *error == NULL || (*error)->domain != G_IO_ERROR)
    return;
  switch ((*error)->code)
    {
    case G_IO_ERROR_NOT_FOUND:
      why = _("There is no such file");
      break;
    case G_IO_ERROR_IS_DIRECTORY:
      why = _("This is a folder");
      break;
    case G_IO_ERROR_PERMISSION_DENIED:
      why = _("You are not allowed to read this file");
      break;
    case G_IO_ERROR_TOO_MANY_LINKS:
      why = _("This is a symbolic link that leads round in a circle");
      break;
    default:
      return;
    }
  g_free ((*error)->message);
  (*error)->message = g_strdup (why);
}

gboolean
sk_file_type_readable (GFileType   type,
                       GError    **error)
{
  switch (type)
    {
    case G_FILE_TYPE_DIRECTORY:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, _("This is a folder"));
      return FALSE;
    case G_FILE_TYPE_SPECIAL:
      /* A FIFO would wait for a writer for ever; a device may never end. */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                           _("This is not a regular file but a device, a pipe or a socket; "
                             "Sakskart reads only regular files"));
      return FALSE;
    default:
      return TRUE;
    }
}

char *
sk_file_read_all (GFile         *file,
                  gsize          limit,
                  gboolean       pipe_ok,
                  GCancellable  *cancellable,
                  gsize         *length,
                  GError       **error)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) local = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Following links, as opening it would; a location that cannot say
   * what it is (some GVfs backends) is tried by opening it. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_UNIX_MODE,
                            G_FILE_QUERY_INFO_NONE, cancellable, &local);
  if (info == NULL && !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED))
    {
      sk_file_error_in_words (&local);
      g_propagate_error (error, g_steal_pointer (&local));
      prefix_with_file (error, file);
      return NULL;
    }
  g_clear_error (&local);
  /* A pipe, where the caller may wait for its writer (a command line's
   * "<(…)"), is read as it comes. */
  if (info != NULL && pipe_ok && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_UNIX_MODE) &&
      S_ISFIFO (g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_UNIX_MODE)))
    g_clear_object (&info);
  if ((info != NULL && !sk_file_type_readable (g_file_info_get_file_type (info), &local)) ||
      (in = g_file_read (file, cancellable, &local)) == NULL)
    {
      sk_file_error_in_words (&local);
      g_propagate_error (error, g_steal_pointer (&local));
      prefix_with_file (error, file);
      return NULL;
    }
  bytes = g_byte_array_new ();
  for (;;)
    {
      guint at = bytes->len;
      gssize n;

      if (bytes->len > limit)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                       _("The file is larger than %d MB, the most Sakskart opens"),
                       (int) (limit / (1024 * 1024)));
          prefix_with_file (error, file);
          return NULL;
        }
      g_byte_array_set_size (bytes, at + 65536);
      n = g_input_stream_read (G_INPUT_STREAM (in), bytes->data + at, 65536, cancellable, error);
      if (n < 0)
        {
          prefix_with_file (error, file);
          return NULL;
        }
      g_byte_array_set_size (bytes, at + n);
      if (n == 0)
        break;
    }
  *length = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}
