/* sk-what-if.c — keeping a meeting's what-if beside the prepared papers
 *
 * The two projects are compared as the JSON they would be saved as, list
 * by list, so that whatever a view can change is seen, and the result is
 * read back through the same checks as a file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-what-if"

#include "config.h"

#include "sk-i18n.h"
#include <string.h>

#include "sk-problem.h"
#include "sk-edit-private.h"
#include "sk-project-private.h"
#include "sk-what-if.h"

/* Lists that hold objects a what-if can be kept as. */
static const char * const kept_lists[] = { "matrices", "timelines", "cost_models" };

/* What the views opened in meeting mode can change: those, and the
 * municipalities' figures (the cost model's figures table).  The agenda
 * is not among them: a decision recorded while a what-if is open is the
 * meeting's, and stays. */
static const char * const what_if_parts[] = { "matrices", "timelines", "cost_models", "municipalities" };

/* The fields of a cost model that a scenario can override (FORMAT.md). */
static const char * const scenario_fields[] = { "total_kr", "fixed_percent", "criteria", "participants" };

/* Those and the scenarios: what keeping a cost model's what-if keeps. */
static const char * const model_parts[] = { "total_kr", "fixed_percent", "criteria", "participants", "scenarios" };

static JsonArray *
array_member (JsonObject *object,
              const char *name,
              gboolean    create)
{
  JsonNode *node = json_object_get_member (object, name);

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    return json_node_get_array (node);
  if (!create)
    return NULL;
  json_object_set_array_member (object, name, json_array_new ());
  return json_object_get_array_member (object, name);
}

static JsonObject *
find_by_id (JsonArray  *list,
            const char *id)
{
  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonObject *o = json_array_get_object_element (list, i);

      if (o != NULL && g_strcmp0 (json_object_get_string_member_with_default (o, "id", NULL), id) == 0)
        return o;
    }
  return NULL;
}

static gboolean
same_member (JsonObject *a,
             JsonObject *b,
             const char *name)
{
  JsonNode *x = json_object_get_member (a, name);
  JsonNode *y = json_object_get_member (b, name);

  if (x == NULL || y == NULL)
    return x == y;
  return json_node_equal (x, y);
}

/* A copy that shares nothing with `node` (json_node_copy shares the
 * objects and arrays inside). */
static JsonNode *
deep_copy (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *from = json_node_get_object (node);
      g_autoptr(JsonObject) to = json_object_new ();
      g_autoptr(GList) names = json_object_get_members (from);

      for (GList *l = names; l != NULL; l = l->next)
        json_object_set_member (to, l->data, deep_copy (json_object_get_member (from, l->data)));
      return json_node_init_object (json_node_alloc (), to);
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *from = json_node_get_array (node);
      g_autoptr(JsonArray) to = json_array_sized_new (json_array_get_length (from));

      for (guint i = 0; i < json_array_get_length (from); i++)
        json_array_add_element (to, deep_copy (json_array_get_element (from, i)));
      return json_node_init_array (json_node_alloc (), to);
    }
  return json_node_copy (node);
}

/* Whether the two are equal but for the members named in `skip`. */
static gboolean
equal_except (JsonObject         *a,
              JsonObject         *b,
              const char * const *skip,
              guint               n_skip)
{
  g_autoptr(JsonNode) na = json_node_init_object (json_node_alloc (), a);
  g_autoptr(JsonNode) nb = json_node_init_object (json_node_alloc (), b);
  g_autoptr(JsonNode) x = NULL;
  g_autoptr(JsonNode) y = NULL;

  x = deep_copy (na);
  y = deep_copy (nb);
  for (guint i = 0; i < n_skip; i++)
    {
      json_object_remove_member (json_node_get_object (x), skip[i]);
      json_object_remove_member (json_node_get_object (y), skip[i]);
    }
  return json_node_equal (x, y);
}

/* An id for a copy of `base` that no object of `list` has (ids are at
 * most 64 characters). */
static char *
unique_id (JsonArray  *list,
           const char *base)
{
  for (guint n = 2;; n++)
    {
      g_autofree char *id = g_strdup_printf ("%.50s-variant-%u", base, n);

      if (find_by_id (list, id) == NULL)
        return g_steal_pointer (&id);
    }
}

/* Appends a copy of `object` to `list` under a new id and the title
 * "Title — name"; returns the copy (owned by the list). */
static JsonObject *
append_variant (JsonArray  *list,
                JsonObject *object,
                const char *name)
{
  g_autoptr(JsonNode) wrapper = json_node_init_object (json_node_alloc (), object);
  JsonNode *copy = deep_copy (wrapper);
  JsonObject *o = json_node_get_object (copy);
  const char *old_id = json_object_get_string_member_with_default (object, "id", "what-if");
  /* A changed object needs an id of its own; one made in the what-if
   * keeps its id unless that is taken meanwhile. */
  g_autofree char *id = find_by_id (list, old_id) ? unique_id (list, old_id) : g_strdup (old_id);
  g_autofree char *title = NULL;

  /* Translators: the title of what a what-if was kept as: the prepared
   * title, and the name the chair gave it ("NAV-vertskommune — Kva om, sak 4") */
  title = g_strdup_printf (_("%s — %s"), json_object_get_string_member_with_default (object, "title", ""), name);
  json_object_set_string_member (o, "id", id);
  json_object_set_string_member (o, "title", title);
  json_array_add_element (list, copy);
  return o;
}

/* The links of an item of the prepared project, made if missing; NULL if
 * there is no such item. */
static JsonArray *
item_links (JsonObject *root,
            const char *meeting_id,
            guint       position)
{
  JsonObject *meeting = meeting_id ? find_by_id (array_member (root, "meetings", FALSE), meeting_id) : NULL;
  JsonArray *items = meeting ? array_member (meeting, "items", FALSE) : NULL;
  JsonObject *item;

  if (items == NULL || position >= json_array_get_length (items))
    return NULL;
  item = json_array_get_object_element (items, position);
  return item ? array_member (item, "links", TRUE) : NULL;
}

static void
add_link (JsonArray  *links,
          const char *kind,
          const char *id)
{
  JsonObject *link;

  if (links == NULL)
    return;
  link = json_object_new ();
  json_object_set_string_member (link, "kind", kind);
  json_object_set_string_member (link, "id", id);
  json_array_add_object_element (links, link);
}

/* Matrices and timelines: whatever the what-if changed or made becomes
 * a new one beside the prepared. */
static guint
keep_list (JsonObject   *root,
           JsonObject   *what_if,
           const char   *list_name,
           const char   *link_kind,
           const char   *name,
           JsonArray    *links)
{
  JsonArray *theirs = array_member (what_if, list_name, FALSE);
  JsonArray *ours = array_member (root, list_name, FALSE);
  guint kept = 0;

  for (guint i = 0; theirs != NULL && i < json_array_get_length (theirs); i++)
    {
      JsonNode *node = json_array_get_element (theirs, i);
      JsonObject *object = json_node_get_object (node);
      JsonObject *prepared = find_by_id (ours, json_object_get_string_member_with_default (object, "id", NULL));
      JsonObject *copy;

      if (prepared != NULL && json_object_equal (prepared, object))
        continue;
      ours = array_member (root, list_name, TRUE);
      copy = append_variant (ours, object, name);
      add_link (links, link_kind, json_object_get_string_member (copy, "id"));
      kept++;
    }
  return kept;
}

/* Whether the scenario `s` of the what-if is `was` of the papers but for
 * the equal part or criteria the edit of the model wrote into it
 * (sk-edit-costs.c pins a scenario to what it showed): values the model
 * as prepared has. */
static gboolean
only_pinned (JsonObject *prepared,
             JsonObject *was,
             JsonObject *s)
{
  static const char * const pinned[] = { "fixed_percent", "criteria" };

  if (!equal_except (was, s, pinned, G_N_ELEMENTS (pinned)))
    return FALSE;
  for (guint f = 0; f < G_N_ELEMENTS (pinned); f++)
    if (!same_member (was, s, pinned[f]) &&
        (json_object_has_member (was, pinned[f]) || !same_member (prepared, s, pinned[f])))
      return FALSE;
  return TRUE;
}

/* A cost model the what-if changed gains scenarios: one with the model's
 * parameters that differ, one for each scenario that changed. */
static guint
keep_cost_model (JsonObject *prepared,
                 JsonObject *object,
                 const char *name,
                 gboolean   *not_kept)
{
  JsonArray *scenarios = array_member (prepared, "scenarios", FALSE);
  JsonArray *their_scenarios = array_member (object, "scenarios", FALSE);
  JsonObject *scenario = NULL;
  guint kept = 0;

  for (guint f = 0; f < G_N_ELEMENTS (scenario_fields); f++)
    if (!same_member (prepared, object, scenario_fields[f]) &&
        json_object_get_member (object, scenario_fields[f]) != NULL)
      {
        if (scenario == NULL)
          {
            g_autofree char *id = NULL;

            scenarios = array_member (prepared, "scenarios", TRUE);
            id = unique_id (scenarios, "what-if");
            scenario = json_object_new ();
            json_object_set_string_member (scenario, "id", id);
            json_object_set_string_member (scenario, "title", name);
            json_array_add_object_element (scenarios, scenario);
            kept++;
          }
        json_object_set_member (scenario, scenario_fields[f],
                                deep_copy (json_object_get_member (object, scenario_fields[f])));
      }

  for (guint i = 0; their_scenarios != NULL && i < json_array_get_length (their_scenarios); i++)
    {
      JsonObject *s = json_array_get_object_element (their_scenarios, i);
      JsonObject *was = find_by_id (scenarios, json_object_get_string_member_with_default (s, "id", NULL));

      if (was != NULL && (json_object_equal (was, s) || only_pinned (prepared, was, s)))
        continue;
      scenarios = array_member (prepared, "scenarios", TRUE);
      append_variant (scenarios, s, name);
      kept++;
    }

  /* Anything else of the model (its title, a note): no scenario holds it. */
  if (!equal_except (prepared, object, model_parts, G_N_ELEMENTS (model_parts)))
    *not_kept = TRUE;
  return kept;
}

static guint
keep_cost_models (JsonObject *root,
                  JsonObject *what_if,
                  const char *name,
                  JsonArray  *links,
                  guint      *scenarios,
                  gboolean   *not_kept)
{
  JsonArray *theirs = array_member (what_if, "cost_models", FALSE);
  JsonArray *ours = array_member (root, "cost_models", FALSE);
  guint models = 0;
  guint n = ours ? json_array_get_length (ours) : 0;

  for (guint i = 0; theirs != NULL && i < json_array_get_length (theirs); i++)
    {
      JsonObject *object = json_array_get_object_element (theirs, i);
      JsonObject *prepared = NULL;

      /* Only among the prepared models, not the ones added just now. */
      for (guint k = 0; k < n && prepared == NULL; k++)
        if (g_strcmp0 (json_object_get_string_member_with_default (json_array_get_object_element (ours, k), "id", NULL),
                       json_object_get_string_member_with_default (object, "id", NULL)) == 0)
          prepared = json_array_get_object_element (ours, k);

      if (prepared != NULL && json_object_equal (prepared, object))
        continue;
      if (prepared != NULL)
        *scenarios += keep_cost_model (prepared, object, name, not_kept);
      else
        {
          JsonObject *copy;

          ours = array_member (root, "cost_models", TRUE);
          copy = append_variant (ours, object, name);
          add_link (links, "cost_model", json_object_get_string_member (copy, "id"));
          models++;
        }
    }
  return models;
}

/* Whether the what-if lost an object of those lists, or changed a
 * municipality's figures: what no variant can hold. */
static gboolean
changed_elsewhere (JsonObject *root,
                   JsonObject *what_if)
{
  for (guint l = 0; l < G_N_ELEMENTS (kept_lists); l++)
    {
      JsonArray *ours = array_member (root, kept_lists[l], FALSE);
      JsonArray *theirs = array_member (what_if, kept_lists[l], FALSE);

      for (guint i = 0; ours != NULL && i < json_array_get_length (ours); i++)
        {
          const char *id = json_object_get_string_member_with_default (json_array_get_object_element (ours, i), "id", NULL);

          if (find_by_id (theirs, id) == NULL)
            return TRUE;   /* deleted in the what-if */
        }
    }
  return !same_member (root, what_if, "municipalities");
}

/* Makes `root` a project again, through the same reader and checks as a
 * file, and takes it over as one step of `history` named `label` (taken). */
static gboolean
adopt_json (SkHistory  *history,
            SkProject  *self,
            JsonNode   *root,
            char       *label,
            GError    **error)
{
  g_autofree char *name = label;
  g_autoptr(GPtrArray) problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_problem_free);
  g_autoptr(SkProject) read = _sk_project_read (root, NULL, problems);
  const SkProblem *first = NULL;

  if (read != NULL && problems->len == 0)
    {
      g_autoptr(GPtrArray) checks = sk_project_check (read);

      /* Figures that do not fit a cost model are allowed, as in a file. */
      for (guint i = 0; i < checks->len && first == NULL; i++)
        if (!((SkProblem *) g_ptr_array_index (checks, i))->soft)
          first = g_ptr_array_index (checks, i);
      if (first == NULL)
        {
          return _sk_edit_take (history, self, read, g_steal_pointer (&name));
        }
      g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID, "%s: %s", first->path, first->message);
      return FALSE;
    }
  first = problems->len ? g_ptr_array_index (problems, 0) : NULL;
  g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID, "%s: %s",
               first ? first->path : "$", first ? first->message : "");
  return FALSE;
}

gboolean
sk_project_what_if_changed (SkProject *self,
                            SkProject *sandbox)
{
  g_autoptr(JsonNode) ours = NULL;
  g_autoptr(JsonNode) theirs = NULL;

  g_return_val_if_fail (SK_IS_PROJECT (self) && SK_IS_PROJECT (sandbox), FALSE);

  ours = _sk_project_write (self);
  theirs = _sk_project_write (sandbox);
  for (guint i = 0; i < G_N_ELEMENTS (what_if_parts); i++)
    if (!same_member (json_node_get_object (ours), json_node_get_object (theirs), what_if_parts[i]))
      return TRUE;
  return FALSE;
}

/* A cost model's equal part or criteria adopted from a what-if: its
 * scenarios that took them from the model keep the values they showed
 * (sk-scenario.h), as after an edit of the model in the costs view. */
static void
pin_adopted_scenarios (JsonArray *prepared,
                       JsonArray *adopted)
{
  static const char * const pinned[] = { "fixed_percent", "criteria" };

  for (guint i = 0; adopted != NULL && i < json_array_get_length (adopted); i++)
    {
      JsonObject *model = json_array_get_object_element (adopted, i);
      JsonObject *before = model ? find_by_id (prepared, json_object_get_string_member_with_default (model, "id", NULL)) : NULL;
      JsonArray *scenarios = model ? array_member (model, "scenarios", FALSE) : NULL;

      if (before == NULL || scenarios == NULL)
        continue;
      for (guint f = 0; f < G_N_ELEMENTS (pinned); f++)
        {
          JsonNode *value = json_object_get_member (before, pinned[f]);

          if (value == NULL || same_member (before, model, pinned[f]))
            continue;
          for (guint k = 0; k < json_array_get_length (scenarios); k++)
            {
              JsonObject *scenario = json_array_get_object_element (scenarios, k);

              if (scenario != NULL && !json_object_has_member (scenario, pinned[f]))
                json_object_set_member (scenario, pinned[f], deep_copy (value));
            }
        }
    }
}

gboolean
sk_edit_adopt_what_if (SkHistory  *history,
                       SkProject  *self,
                       SkProject  *sandbox,
                       GError    **error)
{
  g_autoptr(JsonNode) ours = NULL;
  g_autoptr(JsonNode) theirs = NULL;
  g_autoptr(JsonNode) prepared = NULL;
  JsonObject *root, *what_if;

  g_return_val_if_fail (SK_IS_PROJECT (self) && SK_IS_PROJECT (sandbox), FALSE);

  if (!sk_project_what_if_changed (self, sandbox))
    return TRUE;
  ours = _sk_project_write (self);
  theirs = _sk_project_write (sandbox);
  root = json_node_get_object (ours);
  what_if = json_node_get_object (theirs);
  prepared = json_object_get_member (root, "cost_models");
  if (prepared != NULL)
    prepared = json_node_ref (prepared);
  for (guint i = 0; i < G_N_ELEMENTS (what_if_parts); i++)
    {
      JsonNode *part = json_object_get_member (what_if, what_if_parts[i]);

      if (part != NULL)
        json_object_set_member (root, what_if_parts[i], deep_copy (part));
      else
        json_object_remove_member (root, what_if_parts[i]);
    }
  if (prepared != NULL && JSON_NODE_HOLDS_ARRAY (prepared))
    pin_adopted_scenarios (json_node_get_array (prepared), array_member (root, "cost_models", FALSE));
  return adopt_json (history, self, ours, g_strdup (_("Adopt the What-If")), error);
}

gboolean
sk_edit_keep_what_if (SkHistory     *history,
                      SkProject     *self,
                         SkProject     *sandbox,
                         const char    *name,
                         const char    *meeting_id,
                         guint          item_position,
                         SkWhatIfKept  *kept,
                         GError       **error)
{
  g_autoptr(JsonNode) ours = NULL;
  g_autoptr(JsonNode) theirs = NULL;
  SkWhatIfKept counts = { 0, };
  JsonObject *root, *what_if;
  JsonArray *links;

  g_return_val_if_fail (SK_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (SK_IS_PROJECT (sandbox), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  ours = _sk_project_write (self);
  theirs = _sk_project_write (sandbox);
  root = json_node_get_object (ours);
  what_if = json_node_get_object (theirs);

  counts.not_kept = changed_elsewhere (root, what_if);
  links = item_links (root, meeting_id, item_position);
  counts.matrices = keep_list (root, what_if, "matrices", "matrix", name, links);
  counts.timelines = keep_list (root, what_if, "timelines", "timeline", name, links);
  counts.models = keep_cost_models (root, what_if, name, links, &counts.scenarios, &counts.not_kept);
  if (kept != NULL)
    *kept = counts;
  if (counts.matrices + counts.timelines + counts.models + counts.scenarios == 0)
    return TRUE;

  return adopt_json (history, self, ours, g_strdup_printf (_("Keep the What-If «%s»"), name), error);
}
