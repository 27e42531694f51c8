/* sk-document.h — one open project: its records, its history of edits,
 * whether it is as saved, and its values "as prepared"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "sk-history.h"
#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_DOCUMENT (sk_document_get_type ())

G_DECLARE_FINAL_TYPE (SkDocument, sk_document, SK, DOCUMENT, GObject)

SkDocument *sk_document_new                 (SkProject   *project);
/* The document that holds `project`, or NULL (a sandbox, a copy). */
SkDocument *sk_document_from_project        (SkProject   *project);
SkProject  *sk_document_get_project         (SkDocument  *self);
SkHistory  *sk_document_get_history         (SkDocument  *self);

/* Whether the project differs from the file: the history's saved mark,
 * or a change made outside the history (a recovered draft), which no
 * undo leads back from.  Property "modified". */
gboolean    sk_document_get_modified        (SkDocument  *self);
/* Saved (or loaded) now: the history's position is as saved, and the
 * values "as prepared" are these ("prepared-changed"). */
void        sk_document_set_saved           (SkDocument  *self);
/* Not what is on disk, and no undo leads back to that. */
void        sk_document_set_unsaved         (SkDocument  *self);

/* The matrix of that id as loaded or last saved, or NULL (a new one). */
SkMatrix   *sk_document_get_prepared_matrix (SkDocument  *self,
                                             const char  *id);

/* Before an edit that does not go through sk-edit.h: keeps the whole
 * project for undo.  Edits with the same non-NULL `merge_key` within a
 * second of each other, and nothing else between, are one step. */
void        sk_document_checkpoint          (SkDocument  *self,
                                             const char  *merge_key);
/* The same for the document of `project`, if it has one (a sandbox has
 * none: its edits are not kept). */
void        sk_document_checkpoint_project  (SkProject   *project,
                                             const char  *merge_key);
/* The steps of a slider drag or of typing into one field come in a
 * burst: each step opens (or keeps open) a group of the history that
 * closes a second after the last, so that undo takes them back as one. */
void        sk_document_begin_burst         (SkDocument  *self);
/* Undo and redo, bringing every view up to date. */
gboolean    sk_document_undo                (SkDocument  *self);
gboolean    sk_document_redo                (SkDocument  *self);

G_END_DECLS
