/* sk-project.c — the project object: loading, saving and lookup
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-project"

#include "config.h"

#include "sk-i18n.h"
#include <string.h>

#include "sk-index.h"
#include "sk-json.h"
#include "sk-project-private.h"

G_DEFINE_FINAL_TYPE (SkProject, sk_project, G_TYPE_OBJECT)

gboolean
_sk_set_str (char       **ptr,
             const char  *value)
{
  if (g_strcmp0 (*ptr, value) == 0)
    return FALSE;
  g_free (*ptr);
  *ptr = g_strdup (value);
  return TRUE;
}

enum {
  CHANGED,
  RECORD_CHANGED,
  RECORD_INSERTED,
  RECORD_REMOVED,
  RECORD_MOVED,
  N_SIGNALS
};

GType
sk_record_kind_get_type (void)
{
  static gsize type = 0;
  static const GEnumValue values[] = {
    { SK_RECORD_PROJECT, "SK_RECORD_PROJECT", "project" },
    { SK_RECORD_MUNICIPALITY, "SK_RECORD_MUNICIPALITY", "municipality" },
    { SK_RECORD_MEETING, "SK_RECORD_MEETING", "meeting" },
    { SK_RECORD_ITEM, "SK_RECORD_ITEM", "item" },
    { SK_RECORD_PLAN_ENTRY, "SK_RECORD_PLAN_ENTRY", "plan-entry" },
    { SK_RECORD_MATRIX, "SK_RECORD_MATRIX", "matrix" },
    { SK_RECORD_FACTOR, "SK_RECORD_FACTOR", "factor" },
    { SK_RECORD_CANDIDATE, "SK_RECORD_CANDIDATE", "candidate" },
    { SK_RECORD_TIMELINE, "SK_RECORD_TIMELINE", "timeline" },
    { SK_RECORD_TASK, "SK_RECORD_TASK", "task" },
    { SK_RECORD_COST_MODEL, "SK_RECORD_COST_MODEL", "cost-model" },
    { SK_RECORD_SCENARIO, "SK_RECORD_SCENARIO", "scenario" },
    { SK_RECORD_CRITERION, "SK_RECORD_CRITERION", "criterion" },
    { SK_RECORD_PARTICIPANT, "SK_RECORD_PARTICIPANT", "participant" },
    { SK_RECORD_LINK, "SK_RECORD_LINK", "link" },
    { SK_RECORD_DEPENDENCY, "SK_RECORD_DEPENDENCY", "dependency" },
    { SK_RECORD_ATTACHMENT, "SK_RECORD_ATTACHMENT", "attachment" },
    { 0, NULL, NULL }
  };

  if (g_once_init_enter (&type))
    g_once_init_leave (&type, g_enum_register_static ("SkRecordKind", values));
  return type;
}

static guint signals [N_SIGNALS];

static void
sk_project_finalize (GObject *object)
{
  SkProject *self = (SkProject *)object;

  g_free (self->title);
  g_free (self->organisation);
  g_ptr_array_unref (self->municipalities);
  g_ptr_array_unref (self->meetings);
  g_ptr_array_unref (self->plan);
  g_ptr_array_unref (self->matrices);
  g_ptr_array_unref (self->timelines);
  g_ptr_array_unref (self->cost_models);
  g_clear_pointer (&self->extra, json_object_unref);

  G_OBJECT_CLASS (sk_project_parent_class)->finalize (object);
}

static void
sk_project_class_init (SkProjectClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = sk_project_finalize;

  /**
   * SkProject::changed:
   *
   * Emitted after the model was edited.
   */
  signals [CHANGED] =
    g_signal_new ("changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * SkProject::record-changed:
   * @kind: the kind of record
   * @id: its path of ids, "matrix-id/factor-id"
   * @field: the member that changed, as the file names it
   *
   * Emitted after an edit function, undo or redo changed one field.
   */
  signals [RECORD_CHANGED] =
    g_signal_new ("record-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, SK_TYPE_RECORD_KIND, G_TYPE_STRING, G_TYPE_STRING);
  /**
   * SkProject::record-inserted:
   *
   * A record was put into its list at the position.
   */
  signals [RECORD_INSERTED] =
    g_signal_new ("record-inserted",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, SK_TYPE_RECORD_KIND, G_TYPE_STRING, G_TYPE_UINT);
  /**
   * SkProject::record-removed:
   *
   * A record was taken out of its list from the position.
   */
  signals [RECORD_REMOVED] =
    g_signal_new ("record-removed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, SK_TYPE_RECORD_KIND, G_TYPE_STRING, G_TYPE_UINT);
  /**
   * SkProject::record-moved:
   *
   * A record moved within its list.
   */
  signals [RECORD_MOVED] =
    g_signal_new ("record-moved",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 4, SK_TYPE_RECORD_KIND, G_TYPE_STRING, G_TYPE_UINT, G_TYPE_UINT);
}

static void
sk_project_init (SkProject *self)
{
  self->title = g_strdup ("");
  self->municipalities = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_municipality_free);
  self->meetings = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_meeting_free);
  self->plan = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_plan_entry_free);
  self->matrices = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_matrix_free);
  self->timelines = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_timeline_free);
  self->cost_models = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_cost_model_free);
}

SkProject *
sk_project_new (void)
{
  return g_object_new (SK_TYPE_PROJECT, NULL);
}

const char *
sk_project_get_title (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->title;
}

void
sk_project_set_title (SkProject  *self,
                      const char *title)
{
  g_return_if_fail (SK_IS_PROJECT (self));
  g_return_if_fail (title != NULL);

  if (_sk_set_str (&self->title, title))
    sk_project_changed (self);
}

const char *
sk_project_get_organisation (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->organisation;
}

void
sk_project_set_organisation (SkProject  *self,
                             const char *organisation)
{
  g_return_if_fail (SK_IS_PROJECT (self));

  if (_sk_set_str (&self->organisation, organisation))
    sk_project_changed (self);
}

GPtrArray *
sk_project_get_municipalities (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->municipalities;
}

GPtrArray *
sk_project_get_meetings (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->meetings;
}

GPtrArray *
sk_project_get_plan (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->plan;
}

GPtrArray *
sk_project_get_matrices (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->matrices;
}

GPtrArray *
sk_project_get_timelines (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->timelines;
}

GPtrArray *
sk_project_get_cost_models (SkProject *self)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return self->cost_models;
}

/* Every record type starts with its `char *id`, except municipalities,
 * which do too: so one lookup serves all lists. */
static gpointer
find_by_id (GPtrArray  *array,
            const char *id)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < array->len; i++)
    {
      char **record = g_ptr_array_index (array, i);

      if (g_strcmp0 (*record, id) == 0)
        return record;
    }
  return NULL;
}

SkMunicipality *
sk_project_find_municipality (SkProject  *self,
                              const char *id)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return _sk_index_find_cached (G_OBJECT (self), 0, self->municipalities, id);
}

const char *
sk_project_municipality_name (SkProject  *self,
                              const char *id)
{
  SkMunicipality *m;

  g_return_val_if_fail (SK_IS_PROJECT (self), id);
  m = id != NULL ? sk_project_find_municipality (self, id) : NULL;
  return m != NULL && m->name != NULL ? m->name : id;
}

SkMeeting *
sk_project_find_meeting (SkProject  *self,
                         const char *id)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return _sk_index_find_cached (G_OBJECT (self), 1, self->meetings, id);
}

SkMatrix *
sk_project_find_matrix (SkProject  *self,
                        const char *id)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return _sk_index_find_cached (G_OBJECT (self), 2, self->matrices, id);
}

SkTimeline *
sk_project_find_timeline (SkProject  *self,
                          const char *id)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return _sk_index_find_cached (G_OBJECT (self), 3, self->timelines, id);
}

SkCostModel *
sk_project_find_cost_model (SkProject  *self,
                            const char *id)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);
  return _sk_index_find_cached (G_OBJECT (self), 4, self->cost_models, id);
}

/* Takes `meeting` (one of the project's) out of it, and the rolling
 * plan's ties to it: its planned matters stay, no longer scheduled (they
 * keep when they are due); a tie to no meeting would make the file
 * invalid. The caller frees the meeting, once whatever shows it has let
 * go (after sk_project_changed ()). Returns how many planned matters it
 * had, or -1 when it is not the project's. */
int
sk_project_take_meeting (SkProject *self,
                         SkMeeting *meeting)
{
  guint index;
  int untied = 0;

  g_return_val_if_fail (SK_IS_PROJECT (self), -1);
  if (meeting == NULL || !g_ptr_array_find (self->meetings, meeting, &index))
    return -1;
  g_ptr_array_steal_index (self->meetings, index);
  /* Another meeting may have the same id in a file that has problems. */
  if (meeting->id == NULL || sk_project_find_meeting (self, meeting->id) != NULL)
    return 0;
  for (guint i = 0; i < self->plan->len; i++)
    {
      SkPlanEntry *entry = g_ptr_array_index (self->plan, i);

      if (g_strcmp0 (entry->meeting, meeting->id) == 0)
        {
          g_clear_pointer (&entry->meeting, g_free);
          untied++;
        }
    }
  return untied;
}

/* An id for a new municipality from its name ("Årdal" → "ardal"),
 * not taken by another one. */
char *
sk_municipality_id_for_name (GPtrArray  *municipalities,
                             const char *name)
{
  static const struct { const char *from, *to; } letters[] = {
    { "æ", "ae" }, { "ø", "o" }, { "å", "a" }, { "Æ", "ae" }, { "Ø", "o" }, { "Å", "a" },
  };
  g_autoptr(GString) stem = g_string_new (NULL);
  g_autofree char *folded = g_strdup (name);

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      g_auto(GStrv) parts = g_strsplit (folded, letters[i].from, -1);

      g_free (folded);
      folded = g_strjoinv (letters[i].to, parts);
    }
  {
    /* Other accents go (é → e); what is left is [a-z0-9] and dashes. */
    g_autofree char *ascii = g_str_to_ascii (folded, "C");

    for (const char *c = ascii; *c; c++)
      {
        char l = g_ascii_tolower (*c);

        if (g_ascii_isalnum (l))
          g_string_append_c (stem, l);
        else if (stem->len > 0 && stem->str[stem->len - 1] != '-')
          g_string_append_c (stem, '-');
      }
  }
  while (stem->len > 0 && stem->str[stem->len - 1] == '-')
    g_string_truncate (stem, stem->len - 1);
  if (stem->len == 0)
    g_string_assign (stem, "municipality");
  g_string_truncate (stem, 50);
  if (find_by_id (municipalities, stem->str) == NULL)
    return g_strdup (stem->str);
  for (guint n = 2; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%s-%u", stem->str, n);

      if (find_by_id (municipalities, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* The titles of the matrices and cost models that name the municipality
 * `id` (as a candidate, a participant, or in a scenario), one a line, or
 * NULL when none does. */
char *
sk_project_municipality_uses (SkProject  *self,
                              const char *id)
{
  g_autoptr(GString) uses = g_string_new (NULL);

  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);

  for (guint i = 0; i < self->matrices->len; i++)
    {
      SkMatrix *m = g_ptr_array_index (self->matrices, i);

      for (guint c = 0; c < m->candidates->len; c++)
        if (g_strcmp0 (((SkCandidate *) g_ptr_array_index (m->candidates, c))->municipality, id) == 0)
          {
            g_string_append_printf (uses, "%s%s", uses->len ? "\n" : "", m->title);
            break;
          }
    }
  for (guint i = 0; i < self->cost_models->len; i++)
    {
      SkCostModel *model = g_ptr_array_index (self->cost_models, i);
      gboolean used = g_ptr_array_find_with_equal_func (model->participants, id, g_str_equal, NULL);

      for (guint s = 0; s < model->scenarios->len && !used; s++)
        {
          SkScenario *scenario = g_ptr_array_index (model->scenarios, s);

          used = scenario->participants != NULL &&
                 g_ptr_array_find_with_equal_func (scenario->participants, id, g_str_equal, NULL);
        }
      if (used)
        g_string_append_printf (uses, "%s%s", uses->len ? "\n" : "", model->title);
    }
  return uses->len ? g_strdup (uses->str) : NULL;
}

/* Removes the matrix, cost model or timeline `id`, and every agenda
 * item's link to it: a link to nothing would make the file invalid.
 * Returns FALSE, changing nothing, when there is no such record; the
 * number of links removed goes to `links_removed` if not NULL. */
gboolean
sk_project_remove_record (SkProject  *self,
                          SkLinkKind  kind,
                          const char *id,
                          guint      *links_removed)
{
  GPtrArray *records;
  g_autofree char *gone = NULL;
  guint removed = 0;
  char **record;

  g_return_val_if_fail (SK_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (id != NULL, FALSE);

  records = kind == SK_LINK_MATRIX ? self->matrices
            : kind == SK_LINK_COST_MODEL ? self->cost_models
            : self->timelines;
  record = find_by_id (records, id);
  if (record == NULL)
    return FALSE;
  gone = g_strdup (id);
  g_ptr_array_remove (records, record);
  for (guint m = 0; m < self->meetings->len; m++)
    {
      SkMeeting *meeting = g_ptr_array_index (self->meetings, m);

      for (guint i = 0; i < meeting->items->len; i++)
        {
          SkItem *item = g_ptr_array_index (meeting->items, i);

          for (guint l = item->links->len; l > 0; l--)
            {
              SkLink *link = g_ptr_array_index (item->links, l - 1);

              if (link->kind == kind && g_strcmp0 (link->id, gone) == 0)
                {
                  g_ptr_array_remove_index (item->links, l - 1);
                  removed++;
                }
            }
        }
    }
  if (links_removed != NULL)
    *links_removed = removed;
  return TRUE;
}

void
sk_project_changed (SkProject *self)
{
  g_return_if_fail (SK_IS_PROJECT (self));
  g_signal_emit (self, signals [CHANGED], 0);
}

void
sk_project_emit_record_changed (SkProject    *self,
                                SkRecordKind  kind,
                                const char   *id,
                                const char   *field)
{
  g_return_if_fail (SK_IS_PROJECT (self));
  g_signal_emit (self, signals [RECORD_CHANGED], 0, kind, id, field);
}

void
sk_project_emit_record_inserted (SkProject    *self,
                                 SkRecordKind  kind,
                                 const char   *id,
                                 guint         position)
{
  g_return_if_fail (SK_IS_PROJECT (self));
  g_signal_emit (self, signals [RECORD_INSERTED], 0, kind, id, position);
}

void
sk_project_emit_record_removed (SkProject    *self,
                                SkRecordKind  kind,
                                const char   *id,
                                guint         position)
{
  g_return_if_fail (SK_IS_PROJECT (self));
  g_signal_emit (self, signals [RECORD_REMOVED], 0, kind, id, position);
}

void
sk_project_emit_record_moved (SkProject    *self,
                              SkRecordKind  kind,
                              const char   *id,
                              guint         from,
                              guint         to)
{
  g_return_if_fail (SK_IS_PROJECT (self));
  g_signal_emit (self, signals [RECORD_MOVED], 0, kind, id, from, to);
}

void
sk_municipality_set_figure_source (SkMunicipality *m,
                                   const char     *key,
                                   const char     *source,
                                   const char     *date)
{
  JsonObject *sources;
  JsonObject *entry = json_object_new ();

  if (m->extra == NULL)
    m->extra = json_object_new ();
  if (!json_object_has_member (m->extra, "figure_sources") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (m->extra, "figure_sources")))
    json_object_set_object_member (m->extra, "figure_sources", json_object_new ());
  sources = json_object_get_object_member (m->extra, "figure_sources");
  if (source != NULL)
    json_object_set_string_member (entry, "source", source);
  if (date != NULL)
    json_object_set_string_member (entry, "date", date);
  json_object_set_object_member (sources, key, entry);
}

gboolean
sk_municipality_get_figure_source (SkMunicipality  *m,
                                   const char      *key,
                                   const char     **source,
                                   const char     **date,
                                   gboolean        *example)
{
  JsonNode *node;
  JsonObject *entry;

  *source = *date = NULL;
  *example = FALSE;
  if (m->extra == NULL || (node = json_object_get_member (m->extra, "figure_sources")) == NULL ||
      !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  node = json_object_get_member (json_node_get_object (node), key);
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return FALSE;
  entry = json_node_get_object (node);
  if (json_object_has_member (entry, "source"))
    *source = json_object_get_string_member_with_default (entry, "source", NULL);
  if (json_object_has_member (entry, "date"))
    *date = json_object_get_string_member_with_default (entry, "date", NULL);
  *example = json_object_get_boolean_member_with_default (entry, "example_value", FALSE);
  return TRUE;
}
