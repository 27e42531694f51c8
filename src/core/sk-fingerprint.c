/* sk-fingerprint.c — which version of a file was read: etag, size, hash
 *
 * The string is "sk1:SIZE:SHA256:ETAG", the etag last since it may hold
 * any character (an empty one when the file system gives none).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-fingerprint"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "sk-fingerprint.h"
#include "sk-project.h"

#define PREFIX "sk1:"
#define READ_CHUNK (256 * 1024)

typedef struct
{
  guint64  size;
  char    *sha256;
  char    *etag;
} Parts;

static void
parts_clear (Parts *parts)
{
  g_clear_pointer (&parts->sha256, g_free);
  g_clear_pointer (&parts->etag, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Parts, parts_clear)

/* FALSE for a bare etag: only `etag` is set then. */
static gboolean
parse (const char *fingerprint,
       Parts      *parts)
{
  g_auto(GStrv) fields = NULL;

  memset (parts, 0, sizeof *parts);
  if (g_str_has_prefix (fingerprint, PREFIX))
    {
      fields = g_strsplit (fingerprint + strlen (PREFIX), ":", 3);
      if (g_strv_length (fields) == 3 &&
          g_ascii_string_to_unsigned (fields[0], 10, 0, G_MAXUINT64, &parts->size, NULL) &&
          strlen (fields[1]) == 64)
        {
          parts->sha256 = g_strdup (fields[1]);
          parts->etag = g_strdup (fields[2]);
          return TRUE;
        }
    }
  parts->etag = g_strdup (fingerprint);
  return FALSE;
}

static void
set_changed (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                       _("The file was changed by someone else"));
}

/* The etag compared as weak (RFC 9110): Apache's WebDAV marks an etag
 * "W/" for the first second after a change, the same version after. */
static const char *
weak (const char *etag)
{
  return g_str_has_prefix (etag, "W/") ? etag + 2 : etag;
}

char *
sk_fingerprint_new (const char *etag,
                    const void *data,
                    gsize       length)
{
  g_autofree char *sha256 = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data ? data : (const guchar *) "",
                                        length);
  return g_strdup_printf (PREFIX "%" G_GSIZE_FORMAT ":%s:%s", length, sha256,
                          etag ? etag : "");
}

gboolean
sk_fingerprint_differs_info (const char *fingerprint,
                             GFileInfo  *info)
{
  g_auto(Parts) parts = { 0 };
  gboolean full;
  const char *etag;

  g_return_val_if_fail (fingerprint != NULL, TRUE);
  g_return_val_if_fail (G_IS_FILE_INFO (info), TRUE);

  full = parse (fingerprint, &parts);
  etag = g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ETAG_VALUE);
  if (g_strcmp0 (weak (etag ? etag : ""), weak (parts.etag)) != 0)
    return TRUE;
  return full && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE) &&
         (guint64) g_file_info_get_size (info) != parts.size;
}

/* The SHA-256 of the file as it is now, read to its end (at most a byte
 * past the largest project, which is then a change anyway). */
static char *
hash_file (GFile         *file,
           GCancellable  *cancellable,
           guint64       *size,
           GError       **error)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  g_autofree guchar *buffer = g_malloc (READ_CHUNK);

  *size = 0;
  if ((in = g_file_read (file, cancellable, error)) == NULL)
    return NULL;
  while (*size <= SK_PROJECT_MAX_FILE_SIZE)
    {
      gssize n = g_input_stream_read (G_INPUT_STREAM (in), buffer, READ_CHUNK, cancellable, error);

      if (n < 0)
        return NULL;
      if (n == 0)
        break;
      g_checksum_update (checksum, buffer, n);
      *size += n;
    }
  g_input_stream_close (G_INPUT_STREAM (in), NULL, NULL);
  return g_strdup (g_checksum_get_string (checksum));
}

gboolean
sk_fingerprint_check (GFile         *file,
                      const char    *fingerprint,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *sha256 = NULL;
  g_auto(Parts) parts = { 0 };
  guint64 size;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (fingerprint != NULL, FALSE);

  if (!sk_fingerprint_check_quick (file, fingerprint, cancellable, error))
    return FALSE;
  if (!parse (fingerprint, &parts))
    return TRUE;
  /* The same etag and size: only the bytes tell a change in the same
   * second from none. */
  if ((sha256 = hash_file (file, cancellable, &size, error)) == NULL)
    return FALSE;
  if (size != parts.size || g_strcmp0 (sha256, parts.sha256) != 0)
    {
      set_changed (error);
      return FALSE;
    }
  return TRUE;
}

gboolean
sk_fingerprint_check_quick (GFile         *file,
                            const char    *fingerprint,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (fingerprint != NULL, FALSE);

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FALSE;
  if (sk_fingerprint_differs_info (fingerprint, info))
    {
      set_changed (error);
      return FALSE;
    }
  return TRUE;
}
