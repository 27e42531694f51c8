/* sk-document-private.h — what sk-document.c and sk-document-io.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-document.h"
#include "sk-document-watch.h"

G_BEGIN_DECLS

/* What the file's part (sk-document-io.c) does when the document changes
 * or closes.  It hands them over (SkDocument.file_hooks) once it keeps a
 * draft, a watch or a lock for the document: sk-document.c is below it
 * and calls none of its functions. */
typedef struct
{
  /* An edit, undo or redo, or "modified" changed: the draft follows. */
  void (*changed) (SkDocument *self);
  /* Stops the watch and the timers and lets go of the lock. */
  void (*close)   (SkDocument *self);
} SkDocumentFileHooks;

struct _SkDocument
{
  GObject     parent_instance;

  SkProject  *project;
  SkHistory  *history;
  GHashTable *prepared;     /* matrix id → SkMatrix as loaded or last saved */
  gboolean    modified;
  gboolean    outside;      /* changed outside the history since saved */
  /* A command ran in this turn of the main loop: a "changed" then is
   * the announcement of its edit, not a change of its own. */
  gboolean    covered;
  guint       uncover_id;
  gboolean    stepping;     /* in an undo or redo */
  /* Merging checkpoints (a slider dragged through the old undo) */
  guint       burst_id;     /* closes the history's group of a burst */

  /* The file (sk-document-io.c) */
  GFile      *file;         /* NULL for a new project or the example */
  char       *etag;         /* as loaded or saved, for conflict checks */
  gboolean    is_example;
  gboolean    read_only;    /* someone else had it open */
  guint64     edits;        /* changes so far, to know one made while saving */
  gboolean    saving;
  GQueue      waiting_saves; /* GTasks of saves asked while one is written */
  gboolean    discarded;    /* the changes are given up: no more drafts */
  /* Unsaved work on disk (sk-drafts.c), for a document of a window (not
   * of a sandbox: sk_document_new ()) */
  gboolean    keeps_drafts;
  char       *draft_id;
  guint       draft_timeout;
  gboolean    draft_failed; /* the last draft could not be written */
  /* Someone else's edits (sk-document-watch.c) */
  SkDocumentWatch *watch;
  /* The lock beside the file that says we have it open (sk-lock.h) */
  GFile      *locked;
  guint       lock_renew_id;
  const SkDocumentFileHooks *file_hooks;   /* NULL until the file's part has any */
};

enum {
  SK_DOCUMENT_PROP_0,
  SK_DOCUMENT_PROP_PROJECT,
  SK_DOCUMENT_PROP_HISTORY,
  SK_DOCUMENT_PROP_MODIFIED,
  SK_DOCUMENT_PROP_FILE,
  SK_DOCUMENT_PROP_ETAG,
  SK_DOCUMENT_PROP_IS_EXAMPLE,
  SK_DOCUMENT_PROP_READ_ONLY,
  SK_DOCUMENT_N_PROPS
};

extern GParamSpec *_sk_document_properties [SK_DOCUMENT_N_PROPS];

enum {
  SK_DOCUMENT_CHANGED,
  SK_DOCUMENT_PREPARED_CHANGED,
  SK_DOCUMENT_CHANGED_ON_DISK,
  SK_DOCUMENT_DRAFT_FAILED,
  SK_DOCUMENT_N_SIGNALS
};

extern guint _sk_document_signals [SK_DOCUMENT_N_SIGNALS];

G_END_DECLS
