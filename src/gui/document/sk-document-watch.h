/* sk-document-watch.h — noticing that someone else saved the open file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How often a file without a file monitor (an SMB share through GVfs) is
 * looked at while it is open. */
#define SK_DOCUMENT_WATCH_POLL_SECONDS 3

#define SK_TYPE_DOCUMENT_WATCH (sk_document_watch_get_type ())

G_DECLARE_FINAL_TYPE (SkDocumentWatch, sk_document_watch, SK, DOCUMENT_WATCH, GObject)

/* Watches `file`, as it was when `fingerprint` (sk-fingerprint.h) was
 * taken, and emits ::changed (gboolean gone) once when someone else saved,
 * moved or deleted it: on a file monitor's event where the file system
 * has one, else every SK_DOCUMENT_WATCH_POLL_SECONDS. */
SkDocumentWatch *sk_document_watch_new             (GFile           *file,
                                                    const char      *fingerprint);
/* After our own save or a reload: the version that is ours now. */
void             sk_document_watch_set_fingerprint (SkDocumentWatch *self,
                                                    const char      *fingerprint);
/* While our own save runs, its writes are not someone else's. */
void             sk_document_watch_set_paused      (SkDocumentWatch *self,
                                                    gboolean         paused);
/* A full check (the file read again and its hash compared), for when the
 * window gains the focus: a save in the same second as ours is seen too. */
void             sk_document_watch_check           (SkDocumentWatch *self);
/* Whether the file is polled (no file monitor for it), once the watch
 * has begun: in an idle of low priority after sk_document_watch_new (). */
gboolean         sk_document_watch_get_polling     (SkDocumentWatch *self);

G_END_DECLS
