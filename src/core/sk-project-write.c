/* sk-project-write.c — from the records back to a JSON tree
 *
 * Known members are written in the order of FORMAT.md, then the members
 * this version did not know, as they were read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-write"

#include "config.h"

#include <math.h>

#include "sk-project-private.h"

static void
set_str (JsonObject *o,
         const char *key,
         const char *value)
{
  if (value != NULL)
    json_object_set_string_member (o, key, value);
}

static void
set_number (JsonObject *o,
            const char *key,
            double      value)
{
  /* Whole numbers are written as JSON integers ("weight": 3, not 3.0). */
  if (value == floor (value) && fabs (value) < 9007199254740992.0)
    json_object_set_int_member (o, key, (gint64) value);
  else
    json_object_set_double_member (o, key, value);
}

static JsonObject *
finish (JsonObject *o,
        JsonObject *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra == NULL)
    return o;
  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    if (!json_object_has_member (o, name))
      json_object_set_member (o, name, json_node_copy (node));
  return o;
}

static JsonArray *
str_list (GPtrArray *list)
{
  JsonArray *a = json_array_new ();

  for (guint i = 0; i < list->len; i++)
    json_array_add_string_element (a, g_ptr_array_index (list, i));
  return a;
}

typedef JsonObject *(*WriteFunc) (gconstpointer record);

static JsonArray *
obj_list (GPtrArray *list,
          WriteFunc  func)
{
  JsonArray *a = json_array_new ();

  for (guint i = 0; i < list->len; i++)
    json_array_add_object_element (a, func (g_ptr_array_index (list, i)));
  return a;
}

static JsonObject *
write_municipality (gconstpointer record)
{
  const SkMunicipality *m = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", m->id);
  set_str (o, "name", m->name);
  set_str (o, "number", m->number);
  if (m->figures->len > 0)
    {
      JsonObject *figures = json_object_new ();

      for (guint i = 0; i < m->figures->len; i++)
        {
          const SkFigure *f = &g_array_index (m->figures, SkFigure, i);

          /* A whole number beyond 2^53 is no longer exact as a double,
           * and beyond 2^63 cannot be a gint64: written as a double. */
          if (f->integral && fabs (f->value) < 9007199254740992.0)
            json_object_set_int_member (figures, f->key, (gint64) f->value);
          /* unless the file gave it, and it was not changed since */
          else if (f->integral && f->whole != 0 && f->value == (double) f->whole)
            json_object_set_int_member (figures, f->key, f->whole);
          else
            json_object_set_double_member (figures, f->key, f->value);
        }
      json_object_set_object_member (o, "figures", figures);
    }
  return finish (o, m->extra);
}

static JsonObject *
write_attachment (gconstpointer record)
{
  const SkAttachment *a = record;
  JsonObject *o = json_object_new ();

  set_str (o, "title", a->title);
  set_str (o, "uri", a->uri);
  return finish (o, a->extra);
}

static JsonObject *
write_link (gconstpointer record)
{
  const SkLink *l = record;
  JsonObject *o = json_object_new ();

  set_str (o, "kind", sk_link_kind_to_string (l->kind));
  set_str (o, "id", l->id);
  return finish (o, l->extra);
}

static JsonObject *
write_item (gconstpointer record)
{
  const SkItem *item = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", item->id);
  set_str (o, "number", item->number);
  set_str (o, "title", item->title);
  set_str (o, "kind", sk_item_kind_to_string (item->kind));
  set_str (o, "presenter", item->presenter);
  if (item->duration_min >= 0)
    json_object_set_int_member (o, "duration_min", item->duration_min);
  set_str (o, "body", item->body);
  set_str (o, "proposal", item->proposal);
  set_str (o, "decision", item->decision);
  if (item->attachments->len > 0)
    json_object_set_array_member (o, "attachments", obj_list (item->attachments, write_attachment));
  if (item->links->len > 0)
    json_object_set_array_member (o, "links", obj_list (item->links, write_link));
  return finish (o, item->extra);
}

static JsonObject *
write_meeting (gconstpointer record)
{
  const SkMeeting *m = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", m->id);
  set_str (o, "body", m->body);
  set_str (o, "title", m->title);
  set_str (o, "date", m->date);
  set_str (o, "start_time", m->start_time);
  set_str (o, "location", m->location);
  set_str (o, "mode", sk_meeting_mode_to_string (m->mode));
  json_object_set_array_member (o, "items", obj_list (m->items, write_item));
  return finish (o, m->extra);
}

static JsonObject *
write_plan_entry (gconstpointer record)
{
  const SkPlanEntry *p = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", p->id);
  set_str (o, "title", p->title);
  set_str (o, "meeting", p->meeting);
  set_str (o, "due", p->due);
  set_str (o, "note", p->note);
  return finish (o, p->extra);
}

static JsonObject *
write_factor (gconstpointer record)
{
  const SkFactor *f = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", f->id);
  set_str (o, "name", f->name);
  set_number (o, "weight", f->weight);
  set_str (o, "note", f->note);
  return finish (o, f->extra);
}

static JsonObject *
write_candidate (gconstpointer record)
{
  const SkCandidate *c = record;
  JsonObject *o = json_object_new ();
  JsonObject *scores = json_object_new ();

  set_str (o, "municipality", c->municipality);
  for (guint i = 0; i < c->score_keys->len; i++)
    {
      const char *key = g_ptr_array_index (c->score_keys, i);

      set_number (scores, key, sk_candidate_get_score (c, key));
    }
  json_object_set_object_member (o, "scores", scores);
  set_str (o, "note", c->note);
  return finish (o, c->extra);
}

static JsonObject *
write_matrix (gconstpointer record)
{
  const SkMatrix *m = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", m->id);
  set_str (o, "title", m->title);
  if (m->has_scale_max)
    set_number (o, "scale_max", m->scale_max);
  if (m->has_weight_max)
    set_number (o, "weight_max", m->weight_max);
  json_object_set_array_member (o, "factors", obj_list (m->factors, write_factor));
  json_object_set_array_member (o, "candidates", obj_list (m->candidates, write_candidate));
  return finish (o, m->extra);
}

static JsonObject *
write_task (gconstpointer record)
{
  const SkTask *t = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", t->id);
  set_str (o, "name", t->name);
  set_str (o, "start", t->start);
  set_str (o, "end", t->end);
  if (t->has_milestone || t->milestone)
    json_object_set_boolean_member (o, "milestone", t->milestone);
  set_str (o, "parent", t->parent);
  if (t->depends_on->len > 0)
    json_object_set_array_member (o, "depends_on", str_list (t->depends_on));
  if (t->progress >= 0)
    set_number (o, "progress", t->progress);
  set_str (o, "note", t->note);
  return finish (o, t->extra);
}

static JsonObject *
write_timeline (gconstpointer record)
{
  const SkTimeline *t = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", t->id);
  set_str (o, "title", t->title);
  json_object_set_array_member (o, "tasks", obj_list (t->tasks, write_task));
  return finish (o, t->extra);
}

static JsonObject *
write_criterion (gconstpointer record)
{
  const SkCriterion *c = record;
  JsonObject *o = json_object_new ();

  set_str (o, "figure", c->figure);
  set_number (o, "weight", c->weight);
  return finish (o, c->extra);
}

static JsonObject *
write_scenario (gconstpointer record)
{
  const SkScenario *s = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", s->id);
  set_str (o, "title", s->title);
  if (s->has_total)
    json_object_set_int_member (o, "total_kr", s->total_kr);
  if (s->has_fixed)
    set_number (o, "fixed_percent", s->fixed_percent);
  if (s->criteria != NULL)
    json_object_set_array_member (o, "criteria", obj_list (s->criteria, write_criterion));
  if (s->participants != NULL)
    json_object_set_array_member (o, "participants", str_list (s->participants));
  return finish (o, s->extra);
}

static JsonObject *
write_cost_model (gconstpointer record)
{
  const SkCostModel *c = record;
  JsonObject *o = json_object_new ();

  set_str (o, "id", c->id);
  set_str (o, "title", c->title);
  json_object_set_int_member (o, "total_kr", c->total_kr);
  json_object_set_array_member (o, "participants", str_list (c->participants));
  set_number (o, "fixed_percent", c->fixed_percent);
  if (c->has_criteria || c->criteria->len > 0)
    json_object_set_array_member (o, "criteria", obj_list (c->criteria, write_criterion));
  if (c->scenarios->len > 0)
    json_object_set_array_member (o, "scenarios", obj_list (c->scenarios, write_scenario));
  return finish (o, c->extra);
}

JsonNode *
_sk_project_write (SkProject *self)
{
  JsonObject *o = json_object_new ();
  JsonNode *root = json_node_new (JSON_NODE_OBJECT);

  json_object_set_string_member (o, "format", "sakskart");
  json_object_set_int_member (o, "version", 1);
  set_str (o, "title", self->title);
  set_str (o, "organisation", self->organisation);
  json_object_set_array_member (o, "municipalities",
                                obj_list (self->municipalities, write_municipality));
  if (self->has_meetings || self->meetings->len > 0)
    json_object_set_array_member (o, "meetings", obj_list (self->meetings, write_meeting));
  if (self->has_plan || self->plan->len > 0)
    json_object_set_array_member (o, "plan", obj_list (self->plan, write_plan_entry));
  if (self->has_matrices || self->matrices->len > 0)
    json_object_set_array_member (o, "matrices", obj_list (self->matrices, write_matrix));
  if (self->has_timelines || self->timelines->len > 0)
    json_object_set_array_member (o, "timelines", obj_list (self->timelines, write_timeline));
  if (self->has_cost_models || self->cost_models->len > 0)
    json_object_set_array_member (o, "cost_models", obj_list (self->cost_models, write_cost_model));
  finish (o, self->extra);

  json_node_take_object (root, o);
  return root;
}
