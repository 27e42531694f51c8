/* sk-document-share.h — a project on a share: who has it open, a share
 * that cannot be reached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-drafts.h"

G_BEGIN_DECLS

typedef enum
{
  SK_SHARE_OPEN,            /* nobody else has it open, or open anyway */
  SK_SHARE_OPEN_READ_ONLY,  /* someone has: look without saving over it */
  SK_SHARE_CANCELLED,
} SkShareOpen;

/* Reads the lock beside `file` (sk-lock.h) in a thread and, when someone
 * else has the file open, asks over `parent` whether to open it read-only,
 * anyway, or not. */
void         sk_share_ask_async          (GtkWindow           *parent,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
SkShareOpen  sk_share_ask_finish         (GAsyncResult        *result);

/* Whether `error` says the file's share or server cannot be reached (and
 * not that the file is missing or refused). */
gboolean     sk_share_unreachable        (const GError        *error);
/* The message of a save that failed so, in plain words; `kept`: the
 * changes are kept on this computer (the draft was written). */
char        *sk_share_save_failed_text   (GFile               *file,
                                          const GError        *error,
                                          gboolean             kept);
/* The message of an open that failed so; with the offer of `draft` (may
 * be NULL) to open it instead. */
char        *sk_share_open_failed_text   (GFile               *file,
                                          const GError        *error,
                                          const SkDraft       *draft);
/* The newest draft of `file` left by a window that is gone, or NULL. */
SkDraft     *sk_share_last_draft         (GFile               *file);

G_END_DECLS
