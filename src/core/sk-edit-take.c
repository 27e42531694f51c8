/* sk-edit-take.c — taking over the contents of another project (a what-if
 * kept or adopted) as commands on the records that differ
 *
 * The records of `other` that are not in `project` as they are (by their
 * JSON) go in, those of `project` not in `other` go out; a meeting or an
 * agenda item that differs only in its items or links, and a cost model
 * that differs only in its scenarios, keeps its place and has those
 * changed, so meeting mode and the views keep showing it.  One group of
 * commands: one step of undo that puts back the same records.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include "sk-edit-private.h"
#include "sk-model.h"

typedef struct
{
  GPtrArray *commands;
  /* The records of `other` put in: taken out of it at the end. */
  GPtrArray *taken_from;   /* of GPtrArray (not owned) */
  GArray    *taken_at;     /* of guint */
  SkProject *project;
} Taking;

static const char *
id_of (JsonArray *array,
       guint      i)
{
  return json_object_get_string_member_with_default (json_array_get_object_element (array, i), "id", NULL);
}

/* Whether the two objects are the same but for `member`. */
static gboolean
same_but (JsonObject *a,
          JsonObject *b,
          const char *member)
{
  g_autoptr(GList) names = json_object_get_members (a);
  guint n = 0;

  for (GList *l = names; l != NULL; l = l->next)
    {
      JsonNode *theirs;

      if (g_str_equal (l->data, member))
        continue;
      theirs = json_object_get_member (b, l->data);
      if (theirs == NULL || !json_node_equal (json_object_get_member (a, l->data), theirs))
        return FALSE;
      n++;
    }
  return n + json_object_has_member (b, member) == json_object_get_size (b);
}

static JsonArray *
array_of (JsonObject *object,
          const char *member)
{
  JsonNode *node = object ? json_object_get_member (object, member) : NULL;

  return node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;
}

static void diff_list (Taking       *t,
                       SkRecordKind  kind,
                       const SkIds   parent,
                       GPtrArray    *ours,
                       JsonArray    *ours_json,
                       GPtrArray    *theirs,
                       JsonArray    *theirs_json);

/* A meeting or an item found on both sides with the same id but not the
 * same: its items or links changed alone, or it is replaced. */
static gboolean
diff_inside (Taking       *t,
             SkRecordKind  kind,
             const SkIds   parent,
             gpointer      ours,
             JsonObject   *ours_json,
             gpointer      theirs,
             JsonObject   *theirs_json)
{
  const char *id = json_object_get_string_member_with_default (ours_json, "id", NULL);

  if (kind == SK_RECORD_MEETING && same_but (ours_json, theirs_json, "items"))
    {
      SkIds inner = { id };

      diff_list (t, SK_RECORD_ITEM, inner, ((SkMeeting *) ours)->items, array_of (ours_json, "items"),
                 ((SkMeeting *) theirs)->items, array_of (theirs_json, "items"));
      return TRUE;
    }
  if (kind == SK_RECORD_COST_MODEL && same_but (ours_json, theirs_json, "scenarios") &&
      ((SkCostModel *) ours)->scenarios != NULL && ((SkCostModel *) theirs)->scenarios != NULL)
    {
      SkIds inner = { id };

      diff_list (t, SK_RECORD_SCENARIO, inner, ((SkCostModel *) ours)->scenarios, array_of (ours_json, "scenarios"),
                 ((SkCostModel *) theirs)->scenarios, array_of (theirs_json, "scenarios"));
      return TRUE;
    }
  if (kind == SK_RECORD_ITEM && same_but (ours_json, theirs_json, "links"))
    {
      SkIds inner = { parent[0], id };

      diff_list (t, SK_RECORD_LINK, inner, ((SkItem *) ours)->links, array_of (ours_json, "links"),
                 ((SkItem *) theirs)->links, array_of (theirs_json, "links"));
      return TRUE;
    }
  return FALSE;
}

static void
diff_list (Taking       *t,
           SkRecordKind  kind,
           const SkIds   parent,
           GPtrArray    *ours,
           JsonArray    *ours_json,
           GPtrArray    *theirs,
           JsonArray    *theirs_json)
{
  guint n_ours = ours ? ours->len : 0, n_theirs = theirs ? theirs->len : 0;
  g_autofree gboolean *kept = g_new0 (gboolean, n_ours + 1);
  g_autofree gboolean *matched = g_new0 (gboolean, n_theirs + 1);
  guint next = 0;

  g_return_if_fail (n_ours == (ours_json ? json_array_get_length (ours_json) : 0));
  g_return_if_fail (n_theirs == (theirs_json ? json_array_get_length (theirs_json) : 0));

  /* In order: a record of theirs the same as the next of ours (or with
   * the same id, changed inside) stays; the others go. */
  for (guint j = 0; j < n_theirs; j++)
    for (guint i = next; i < n_ours; i++)
      {
        JsonNode *a = json_array_get_element (ours_json, i);
        JsonNode *b = json_array_get_element (theirs_json, j);
        const char *id = id_of (ours_json, i);

        if (json_node_equal (a, b) ||
            (kind != SK_RECORD_LINK && id != NULL && g_strcmp0 (id, id_of (theirs_json, j)) == 0 &&
             diff_inside (t, kind, parent, g_ptr_array_index (ours, i), json_node_get_object (a),
                          g_ptr_array_index (theirs, j), json_node_get_object (b))))
          {
            kept[i] = matched[j] = TRUE;
            next = i + 1;
            break;
          }
      }
  for (guint i = n_ours; i-- > 0;)
    if (!kept[i])
      _sk_edit_add (t->commands, _sk_edit_remove_command (t->project, kind, parent, i, NULL));
  for (guint j = 0; j < n_theirs; j++)
    if (!matched[j])
      {
        _sk_edit_add (t->commands,
                      _sk_edit_insert_command (kind, parent, j, g_ptr_array_index (theirs, j), NULL));
        g_ptr_array_add (t->taken_from, theirs);
        g_array_append_val (t->taken_at, j);
      }
}

gboolean
_sk_edit_take (SkHistory *history,
               SkProject *project,
               SkProject *other,
               char      *label)
{
  static const struct { SkRecordKind kind; const char *member; gsize offset; } lists[] = {
    { SK_RECORD_MUNICIPALITY, "municipalities", G_STRUCT_OFFSET (SkProject, municipalities) },
    { SK_RECORD_MEETING, "meetings", G_STRUCT_OFFSET (SkProject, meetings) },
    { SK_RECORD_PLAN_ENTRY, "plan", G_STRUCT_OFFSET (SkProject, plan) },
    { SK_RECORD_MATRIX, "matrices", G_STRUCT_OFFSET (SkProject, matrices) },
    { SK_RECORD_TIMELINE, "timelines", G_STRUCT_OFFSET (SkProject, timelines) },
    { SK_RECORD_COST_MODEL, "cost_models", G_STRUCT_OFFSET (SkProject, cost_models) },
  };
  g_autoptr(JsonNode) ours = _sk_project_write (project);
  g_autoptr(JsonNode) theirs = _sk_project_write (other);
  g_autoptr(JsonNode) after = NULL;
  g_autoptr(GPtrArray) taken_from = g_ptr_array_new ();
  g_autoptr(GArray) taken_at = g_array_new (FALSE, FALSE, sizeof (guint));
  Taking t = { _sk_edit_commands_new (), taken_from, taken_at, project };
  SkIds top = { NULL };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    diff_list (&t, lists[l].kind, top,
               G_STRUCT_MEMBER (GPtrArray *, project, lists[l].offset),
               array_of (json_node_get_object (ours), lists[l].member),
               G_STRUCT_MEMBER (GPtrArray *, other, lists[l].offset),
               array_of (json_node_get_object (theirs), lists[l].member));
  /* The commands own the records put in now. */
  for (guint k = taken_at->len; k-- > 0;)
    g_ptr_array_steal_index (g_ptr_array_index (taken_from, k), g_array_index (taken_at, guint, k));

  _sk_edit_run (history, project, _sk_edit_group (t.commands, label));
  /* The rest (the title, the organisation) is not what a what-if changes. */
  after = _sk_project_write (project);
  if (!json_node_equal (after, theirs))
    g_critical ("The project taken over differs from what was asked");
  return TRUE;
}
