/* sk-drafts.h — unsaved work kept on disk, and recovered after a crash
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

typedef struct
{
  char   *id;
  char   *path;      /* the project as it was */
  char   *uri;       /* the file it belongs to, or NULL */
  char   *etag;      /* of that file when it was opened, or NULL */
  char   *title;
  gboolean is_example;
  gint64  time;      /* unix seconds of the last write */
} SkDraft;

char      *sk_drafts_dir          (void);
gboolean   sk_draft_write         (const char  *id,
                                   SkProject   *project,
                                   GFile       *file,
                                   const char  *etag,
                                   gboolean     is_example,
                                   GError     **error);
void       sk_draft_remove        (const char  *id);
/* Drafts of windows that are gone: a crash, a kill, a flat battery. */
GPtrArray *sk_drafts_recoverable  (void);
SkProject *sk_draft_load          (const SkDraft *draft,
                                   GError       **error);
void       sk_draft_free          (SkDraft     *draft);

G_END_DECLS
