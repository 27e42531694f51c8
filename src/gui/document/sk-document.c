/* sk-document.c — one open project: its records, its history of edits,
 * whether it is as saved, and its values "as prepared"
 *
 * The window holds a document per project it shows and hands it to the
 * views; they reach the project and its history through it.  Its file,
 * draft, lock and watch, loading and saving are in sk-document-io.c.
 * Every edit is a command on the history (sk-edit.h).
 * "modified" follows the history's saved mark, so undoing back to the
 * state on disk clears the window's "•".  A change the history does not
 * know of (SkProject::changed with no command before it) leaves the
 * document modified until the next save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-document"

#include "config.h"

#include "sk-document-private.h"

G_DEFINE_FINAL_TYPE (SkDocument, sk_document, G_TYPE_OBJECT)

GParamSpec *_sk_document_properties [SK_DOCUMENT_N_PROPS];
guint _sk_document_signals [SK_DOCUMENT_N_SIGNALS];

#define properties _sk_document_properties
#define signals _sk_document_signals

/* The file's part follows the document (SkDocumentFileHooks). */
static void
file_changed (SkDocument *self)
{
  self->edits++;
  if (self->file_hooks != NULL)
    self->file_hooks->changed (self);
}

static void
update_modified (SkDocument *self)
{
  gboolean modified = self->outside || !sk_history_get_saved (self->history);

  if (modified == self->modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties [SK_DOCUMENT_PROP_MODIFIED]);
  file_changed (self);
}

static gboolean
uncover_cb (gpointer data)
{
  SkDocument *self = data;

  self->uncover_id = 0;
  self->covered = FALSE;
  return G_SOURCE_REMOVE;
}

static void
cover (SkDocument *self)
{
  self->covered = TRUE;
  if (self->uncover_id == 0)
    self->uncover_id = g_idle_add_full (G_PRIORITY_HIGH, uncover_cb, self, NULL);
}

static void
project_changed_cb (SkDocument *self)
{
  if (!self->stepping && !self->covered)
    self->outside = TRUE;
  update_modified (self);
  file_changed (self);
  g_signal_emit (self, signals [SK_DOCUMENT_CHANGED], 0);
}

/* record-changed, -inserted, -removed, -moved: a command's edit. */
static void
record_cb (SkDocument *self)
{
  if (!self->stepping)
    cover (self);
  file_changed (self);
  g_signal_emit (self, signals [SK_DOCUMENT_CHANGED], 0);
}

static void
history_notify_cb (SkDocument *self)
{
  update_modified (self);
}

static void
take_prepared (SkDocument *self)
{
  GPtrArray *matrices = sk_project_get_matrices (self->project);

  g_clear_pointer (&self->prepared, g_hash_table_unref);
  self->prepared = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) sk_matrix_free);
  for (guint i = 0; i < matrices->len; i++)
    {
      SkMatrix *copy = sk_matrix_copy (g_ptr_array_index (matrices, i));

      /* Ids are unique in a project that opened; the first one wins otherwise. */
      if (copy->id != NULL && !g_hash_table_contains (self->prepared, copy->id))
        g_hash_table_insert (self->prepared, copy->id, copy);
      else
        sk_matrix_free (copy);
    }
}

static gboolean
end_burst_cb (gpointer data)
{
  SkDocument *self = data;

  self->burst_id = 0;
  sk_history_end_group (self->history);
  return G_SOURCE_REMOVE;
}

static void
sk_document_dispose (GObject *object)
{
  SkDocument *self = (SkDocument *) object;

  if (self->burst_id != 0)
    {
      g_clear_handle_id (&self->burst_id, g_source_remove);
      sk_history_end_group (self->history);
    }
  g_clear_handle_id (&self->uncover_id, g_source_remove);
  if (self->file_hooks != NULL)
    self->file_hooks->close (self);
  if (self->project != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->project, self);
      if (g_object_get_data (G_OBJECT (self->project), "sk-document") == self)
        g_object_set_data (G_OBJECT (self->project), "sk-document", NULL);
    }
  if (self->history != NULL)
    g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->project);
  g_clear_pointer (&self->prepared, g_hash_table_unref);

  G_OBJECT_CLASS (sk_document_parent_class)->dispose (object);
}

static void
sk_document_finalize (GObject *object)
{
  SkDocument *self = (SkDocument *) object;

  g_clear_object (&self->file);
  g_free (self->etag);
  g_free (self->draft_id);

  G_OBJECT_CLASS (sk_document_parent_class)->finalize (object);
}

static void
sk_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SkDocument *self = SK_DOCUMENT (object);

  switch (prop_id)
    {
    case SK_DOCUMENT_PROP_PROJECT:
      g_value_set_object (value, self->project);
      break;
    case SK_DOCUMENT_PROP_HISTORY:
      g_value_set_object (value, self->history);
      break;
    case SK_DOCUMENT_PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    case SK_DOCUMENT_PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case SK_DOCUMENT_PROP_ETAG:
      g_value_set_string (value, self->etag);
      break;
    case SK_DOCUMENT_PROP_IS_EXAMPLE:
      g_value_set_boolean (value, self->is_example);
      break;
    case SK_DOCUMENT_PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_document_class_init (SkDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_document_dispose;
  object_class->finalize = sk_document_finalize;
  object_class->get_property = sk_document_get_property;

  properties [SK_DOCUMENT_PROP_PROJECT] =
    g_param_spec_object ("project", NULL, NULL, SK_TYPE_PROJECT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [SK_DOCUMENT_PROP_HISTORY] =
    g_param_spec_object ("history", NULL, NULL, SK_TYPE_HISTORY,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [SK_DOCUMENT_PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [SK_DOCUMENT_PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [SK_DOCUMENT_PROP_ETAG] =
    g_param_spec_string ("etag", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [SK_DOCUMENT_PROP_IS_EXAMPLE] =
    g_param_spec_boolean ("is-example", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties [SK_DOCUMENT_PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, SK_DOCUMENT_N_PROPS, properties);

  /**
   * SkDocument::changed:
   *
   * Any change of the project: an edit, an undo or redo.
   */
  signals [SK_DOCUMENT_CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SkDocument::prepared-changed:
   *
   * The values "as prepared" are now the project's (it was saved).
   */
  signals [SK_DOCUMENT_PREPARED_CHANGED] =
    g_signal_new ("prepared-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SkDocument::changed-on-disk:
   * @gone: moved or deleted, rather than saved over
   *
   * Someone else saved, moved or deleted the file (not our own save).
   */
  signals [SK_DOCUMENT_CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /**
   * SkDocument::draft-failed:
   * @message: why, naming the file or folder
   *
   * The unsaved changes could not be kept on disk (a full or read-only
   * data folder); told once, until a draft is written again.
   */
  signals [SK_DOCUMENT_DRAFT_FAILED] =
    g_signal_new ("draft-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
sk_document_init (SkDocument *self)
{
  self->draft_id = g_uuid_string_random ();
}

SkDocument *
sk_document_new (SkProject *project)
{
  SkDocument *self;
  const char *record_signals[] = { "record-changed", "record-inserted", "record-removed", "record-moved" };

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);

  self = g_object_new (SK_TYPE_DOCUMENT, NULL);
  self->project = g_object_ref (project);
  self->history = sk_history_new (project);
  g_object_set_data (G_OBJECT (project), "sk-document", self);
  g_signal_connect_swapped (project, "changed", G_CALLBACK (project_changed_cb), self);
  for (guint i = 0; i < G_N_ELEMENTS (record_signals); i++)
    g_signal_connect_swapped (project, record_signals[i], G_CALLBACK (record_cb), self);
  g_signal_connect_swapped (self->history, "notify", G_CALLBACK (history_notify_cb), self);
  take_prepared (self);
  return self;
}

SkDocument *
sk_document_from_project (SkProject *project)
{
  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);

  return g_object_get_data (G_OBJECT (project), "sk-document");
}

SkProject *
sk_document_get_project (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);

  return self->project;
}

SkHistory *
sk_document_get_history (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);

  return self->history;
}

gboolean
sk_document_get_modified (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return self->modified;
}

void
sk_document_set_saved (SkDocument *self)
{
  g_return_if_fail (SK_IS_DOCUMENT (self));

  self->outside = FALSE;
  sk_history_set_saved (self->history);
  update_modified (self);
  take_prepared (self);
  g_signal_emit (self, signals [SK_DOCUMENT_PREPARED_CHANGED], 0);
}

void
sk_document_set_unsaved (SkDocument *self)
{
  g_return_if_fail (SK_IS_DOCUMENT (self));

  self->outside = TRUE;
  update_modified (self);
}

SkMatrix *
sk_document_get_prepared_matrix (SkDocument *self,
                                 const char *id)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), NULL);

  return id != NULL ? g_hash_table_lookup (self->prepared, id) : NULL;
}

void
sk_document_begin_burst (SkDocument *self)
{
  g_return_if_fail (SK_IS_DOCUMENT (self));

  if (self->burst_id != 0)
    g_source_remove (self->burst_id);
  else
    sk_history_begin_group (self->history);
  self->burst_id = g_timeout_add (1000, end_burst_cb, self);
}

static gboolean
step (SkDocument *self,
      gboolean    undo)
{
  gboolean done;

  /* Undo ends a burst of typing: what comes after is a step of its own. */
  if (self->burst_id != 0)
    {
      g_source_remove (self->burst_id);
      end_burst_cb (self);
    }
  self->stepping = TRUE;
  done = undo ? sk_history_undo (self->history) : sk_history_redo (self->history);
  self->stepping = FALSE;
  return done;
}

gboolean
sk_document_undo (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return step (self, TRUE);
}

gboolean
sk_document_redo (SkDocument *self)
{
  g_return_val_if_fail (SK_IS_DOCUMENT (self), FALSE);

  return step (self, FALSE);
}
