/* sk-fingerprint.h — which version of a file was read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* A file server's etag can miss a change: SMB's is the modification time
 * in whole seconds, so a colleague's save in the same second as our load
 * leaves it as it was.  A fingerprint is the etag together with the size
 * and the SHA-256 of the bytes read, in one string that goes where an etag
 * went (the window, a draft, sk_file_write ()). */
char     *sk_fingerprint_new          (const char    *etag,
                                       const void    *data,
                                       gsize          length);

/* Whether `file` still is the version `fingerprint` was taken of: its
 * etag and size are compared, and when both are alike the file is read
 * again and its hash compared.  A bare etag (a draft of an older Sakskart)
 * is compared as an etag.  FALSE with G_IO_ERROR_WRONG_ETAG when the file
 * changed, or with the error that kept it from being read. */
gboolean  sk_fingerprint_check        (GFile         *file,
                                       const char    *fingerprint,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* The check without reading the file: FALSE with G_IO_ERROR_WRONG_ETAG
 * when `file`'s etag or size differ from the fingerprint's, or with the
 * error that kept it from being looked up. */
gboolean  sk_fingerprint_check_quick  (GFile         *file,
                                       const char    *fingerprint,
                                       GCancellable  *cancellable,
                                       GError       **error);

/* The quick part of the check, without reading the file: whether the etag
 * and size in `info` (G_FILE_ATTRIBUTE_ETAG_VALUE, _STANDARD_SIZE) differ
 * from the fingerprint's. */
gboolean  sk_fingerprint_differs_info (const char    *fingerprint,
                                       GFileInfo     *info);

G_END_DECLS
