/* sk-project-read.c — from a JSON tree to the records, checking JSON types
 *
 * The reader checks what JSON itself can get wrong: the types of values,
 * required members and the words of enumerations.  Everything about the
 * values themselves (ranges, ids, dates, references, cycles) is checked by
 * sk_project_check(), which also serves the model after it was edited.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-read"

#include "config.h"

#include "sk-i18n.h"
#include <math.h>

#include "sk-format.h"
#include "sk-json.h"
#include "sk-project-private.h"
#include "sk-rules.h"

typedef struct
{
  GPtrArray  *problems;
  GString    *path;
  GHashTable *numbers;  /* JsonNode → its text, for numbers not in 64 bits */
} Reader;

static gsize
push_key (Reader     *r,
          const char *key)
{
  gsize mark = r->path->len;

  _sk_json_path_append_key (r->path, key);
  return mark;
}

static gsize
push_index (Reader *r,
            guint   index)
{
  gsize mark = r->path->len;

  g_string_append_printf (r->path, "[%u]", index);
  return mark;
}

static void
pop (Reader *r,
     gsize   mark)
{
  g_string_truncate (r->path, mark);
}

static void G_GNUC_PRINTF (3, 4)
problem (Reader     *r,
         const char *key,
         const char *format,
         ...)
{
  gsize mark = r->path->len;
  va_list args;

  if (key != NULL)
    push_key (r, key);
  va_start (args, format);
  sk_problems_add_valist (r->problems, r->path->str, format, args);
  va_end (args);
  pop (r, mark);
}

static JsonNode *
get (Reader     *r,
     JsonObject *o,
     const char *key,
     gboolean    required)
{
  JsonNode *node = json_object_get_member (o, key);

  if (node != NULL && JSON_NODE_HOLDS_NULL (node))
    node = NULL;
  if (node == NULL && required)
    problem (r, key, _("This member is required"));
  return node;
}

static gboolean
read_str (Reader      *r,
          JsonObject  *o,
          const char  *key,
          gboolean     required,
          char       **out)
{
  JsonNode *node = get (r, o, key, required);

  *out = NULL;
  if (node == NULL)
    return !required;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      problem (r, key, _("Expected a string"));
      return FALSE;
    }
  *out = g_strdup (json_node_get_string (node));
  return TRUE;
}

static gboolean
node_is_number (JsonNode *node)
{
  GType t;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return FALSE;
  t = json_node_get_value_type (node);
  return t == G_TYPE_INT64 || t == G_TYPE_DOUBLE;
}

/* A number that is not an integer in 64 bits: whether it can be kept as
 * it was written.  Reports a problem at `key` when it cannot. */
static gboolean
check_number_text (Reader     *r,
                   JsonNode   *node,
                   const char *key)
{
  switch (_sk_json_check_number (node, r->numbers))
    {
    case SK_NUMBER_BEYOND_64_BITS:
      {
        g_autofree char *min = sk_format_integer (G_MININT64);
        g_autofree char *max = sk_format_integer (G_MAXINT64);

        problem (r, key, _("The number is out of range: a whole number lies between %s and %s"),
                 min, max);
        return FALSE;
      }
    case SK_NUMBER_NOT_FINITE:
      problem (r, key, _("The number is out of range"));
      return FALSE;
    case SK_NUMBER_INEXACT:
      problem (r, key,
               _("The number has more digits than can be kept (at most 17 significant digits)"));
      return FALSE;
    case SK_NUMBER_OK:
    default:
      return TRUE;
    }
}

/* Returns FALSE after reporting a problem. */
static gboolean
read_number_node (Reader     *r,
                  JsonNode   *node,
                  const char *key,
                  double     *out,
                  gboolean   *integral)
{
  if (!node_is_number (node))
    {
      problem (r, key, _("Expected a number"));
      return FALSE;
    }
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 v = json_node_get_int (node);

      *out = (double) v;
      if (integral)
        *integral = TRUE;
      return TRUE;
    }
  if (!check_number_text (r, node, key))
    return FALSE;
  *out = json_node_get_double (node);
  if (integral)
    *integral = FALSE;
  return TRUE;
}

static gboolean
read_num (Reader     *r,
          JsonObject *o,
          const char *key,
          gboolean    required,
          double     *out,
          gboolean   *present)
{
  JsonNode *node = get (r, o, key, required);

  if (present)
    *present = node != NULL;
  if (node == NULL)
    return !required;
  return read_number_node (r, node, key, out, NULL);
}

static gboolean
read_int (Reader     *r,
          JsonObject *o,
          const char *key,
          gboolean    required,
          gint64     *out,
          gboolean   *present)
{
  JsonNode *node = get (r, o, key, required);
  double d;

  if (present)
    *present = node != NULL;
  if (node == NULL)
    return !required;
  if (!node_is_number (node))
    {
      problem (r, key, _("Expected a whole number"));
      return FALSE;
    }
  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      *out = json_node_get_int (node);
      return TRUE;
    }
  if (!check_number_text (r, node, key))
    return FALSE;
  d = json_node_get_double (node);
  if (d != floor (d) || fabs (d) > 9007199254740992.0)
    {
      problem (r, key, d != floor (d) ? _("Expected a whole number") : _("The number is out of range"));
      return FALSE;
    }
  *out = (gint64) d;
  return TRUE;
}

/* A number of at most four decimals (FORMAT.md: fixed_percent and the
 * weights of criteria), read exactly from its text, not through a double:
 * 99.99995 is not 100. */
static gboolean
read_decimal4 (Reader     *r,
               JsonObject *o,
               const char *key,
               gboolean    required,
               double     *out,
               gboolean   *present)
{
  JsonNode *node = get (r, o, key, required);
  gint64 scaled = 0;
  SkDecimalResult result;

  if (present)
    *present = node != NULL;
  if (node == NULL)
    return !required;
  if (!node_is_number (node))
    {
      problem (r, key, _("Expected a number"));
      return FALSE;
    }
  result = _sk_json_node_decimal4 (node, r->numbers, &scaled);
  if (result == SK_DECIMAL_TOO_PRECISE)
    {
      problem (r, key, _("The number may have at most 4 decimals"));
      return FALSE;
    }
  if (result == SK_DECIMAL_OUT_OF_RANGE)
    {
      g_autofree char *max = sk_format_integer (SK_DECIMAL4_MAX);

      problem (r, key, _("The number is out of range: at most %s"), max);
      return FALSE;
    }
  *out = (double) scaled / 10000.0;
  return TRUE;
}

static gboolean
read_bool (Reader     *r,
           JsonObject *o,
           const char *key,
           gboolean   *out,
           gboolean   *present)
{
  JsonNode *node = get (r, o, key, FALSE);

  *present = node != NULL;
  if (node == NULL)
    return TRUE;
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
    {
      problem (r, key, _("Expected true or false"));
      return FALSE;
    }
  *out = json_node_get_boolean (node);
  return TRUE;
}

static JsonArray *
read_arr (Reader     *r,
          JsonObject *o,
          const char *key,
          gboolean    required,
          gboolean   *present)
{
  JsonNode *node = get (r, o, key, required);

  if (present)
    *present = node != NULL;
  if (node == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_ARRAY (node))
    {
      problem (r, key, _("Expected a list"));
      return NULL;
    }
  return json_node_get_array (node);
}

static JsonObject *
as_object (Reader   *r,
           JsonNode *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      problem (r, NULL, _("Expected an object"));
      return NULL;
    }
  return json_node_get_object (node);
}

/* A member we only keep is written back as it was read: a number that
 * could not be (beyond 64 bits, or with more digits than a double holds)
 * is refused.  (Nesting is at most SK_JSON_MAX_DEPTH deep: the parser
 * refused deeper.) */
static void
check_numbers (Reader   *r,
               JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;

      json_object_iter_init (&iter, json_node_get_object (node));
      while (json_object_iter_next (&iter, &name, &member))
        {
          gsize mark = push_key (r, name);

          check_numbers (r, member);
          pop (r, mark);
        }
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          gsize mark = push_index (r, i);

          check_numbers (r, json_array_get_element (array, i));
          pop (r, mark);
        }
    }
  else if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_DOUBLE)
    check_number_text (r, node, NULL);
}

/* The members of `o` that are not in `known`, for writing back. */
static JsonObject *
collect_extra (Reader             *r,
               JsonObject         *o,
               const char * const *known)
{
  JsonObject *extra = NULL;
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, o);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    {
      gsize mark;

      if (g_strv_contains (known, name))
        continue;
      mark = push_key (r, name);
      check_numbers (r, node);
      pop (r, mark);
      if (extra == NULL)
        extra = json_object_new ();
      json_object_set_member (extra, name, json_node_copy (node));
    }
  return extra;
}

/* Reads an array of strings, such as `participants` or `depends_on`. */
static GPtrArray *
read_str_list (Reader     *r,
               JsonObject *o,
               const char *key,
               gboolean    required)
{
  JsonArray *array = read_arr (r, o, key, required, NULL);
  GPtrArray *list;
  gsize mark;

  if (array == NULL)
    return NULL;
  list = g_ptr_array_new_with_free_func (g_free);
  mark = push_key (r, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      JsonNode *node = json_array_get_element (array, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        {
          gsize m = push_index (r, i);
          problem (r, NULL, _("Expected a string"));
          pop (r, m);
          continue;
        }
      g_ptr_array_add (list, g_strdup (json_node_get_string (node)));
    }
  pop (r, mark);
  return list;
}

typedef gpointer (*ReadFunc) (Reader *r, JsonObject *o);

/* Reads each object of the array `key` with `func` into `out`. */
static void
read_list (Reader     *r,
           JsonObject *o,
           const char *key,
           gboolean    required,
           ReadFunc    func,
           GPtrArray  *out,
           gboolean   *present)
{
  JsonArray *array = read_arr (r, o, key, required, present);
  gsize mark;

  if (array == NULL)
    return;
  mark = push_key (r, key);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize m = push_index (r, i);
      JsonObject *element = as_object (r, json_array_get_element (array, i));

      if (element != NULL)
        {
          gpointer record = func (r, element);

          if (record != NULL)
            g_ptr_array_add (out, record);
        }
      pop (r, m);
    }
  pop (r, mark);
}

static int
read_enum (Reader            *r,
           JsonObject        *o,
           const char        *key,
           gboolean           required,
           const char * const *words,
           const char        *hint)
{
  g_autofree char *word = NULL;

  if (!read_str (r, o, key, required, &word) || word == NULL)
    return -1;
  for (int i = 0; words[i]; i++)
    if (g_str_equal (words[i], word))
      return i;
  /* Translators: the first %s is the word found, the second the words allowed */
  problem (r, key, _("Unknown value “%s”; expected one of %s"), word, hint);
  return -2;
}

static gpointer
read_municipality (Reader     *r,
                   JsonObject *o)
{
  static const char * const known[] = { "id", "name", "number", "figures", NULL };
  SkMunicipality *m = sk_municipality_new ();
  JsonNode *figures;

  read_str (r, o, "id", TRUE, &m->id);
  read_str (r, o, "name", TRUE, &m->name);
  read_str (r, o, "number", FALSE, &m->number);

  figures = get (r, o, "figures", FALSE);
  if (figures != NULL && !JSON_NODE_HOLDS_OBJECT (figures))
    problem (r, "figures", _("Expected an object"));
  else if (figures != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;
      gsize mark = push_key (r, "figures");

      json_object_iter_init_ordered (&iter, json_node_get_object (figures));
      while (json_object_iter_next_ordered (&iter, &name, &node))
        {
          double value = 0;
          gboolean integral = FALSE;

          /* The parser refused a key named twice: append, do not look
           * up (a municipality may have many figures). */
          if (read_number_node (r, node, name, &value, &integral))
            {
              /* beyond 2^53 the file's whole number is kept too, to be written back */
              SkFigure f = { g_strdup (name), value, integral || value == floor (value),
                             integral && fabs (value) >= 9007199254740992.0 ? json_node_get_int (node) : 0 };

              g_array_append_val (m->figures, f);
            }
        }
      pop (r, mark);
    }
  m->extra = collect_extra (r, o, known);
  return m;
}

static gpointer
read_attachment (Reader     *r,
                 JsonObject *o)
{
  static const char * const known[] = { "title", "uri", NULL };
  SkAttachment *a = sk_attachment_new ();

  read_str (r, o, "title", TRUE, &a->title);
  read_str (r, o, "uri", FALSE, &a->uri);
  a->extra = collect_extra (r, o, known);
  return a;
}

static gpointer
read_link (Reader     *r,
           JsonObject *o)
{
  static const char * const known[] = { "kind", "id", NULL };
  static const char * const kinds[] = { "matrix", "cost_model", "timeline", NULL };
  SkLink *l = sk_link_new ();
  int kind;

  kind = read_enum (r, o, "kind", TRUE, kinds, "matrix, cost_model, timeline");
  l->kind = kind >= 0 ? kind : SK_LINK_MATRIX;
  read_str (r, o, "id", TRUE, &l->id);
  l->extra = collect_extra (r, o, known);
  return l;
}

static gpointer
read_item (Reader     *r,
           JsonObject *o)
{
  static const char * const known[] = {
    "id", "number", "title", "kind", "presenter", "duration_min", "body",
    "proposal", "decision", "attachments", "links", NULL
  };
  static const char * const kinds[] = { "formal", "orientation", "decision", "discussion", NULL };
  SkItem *item = sk_item_new ();
  gint64 duration = -1;
  gboolean has_duration = FALSE;
  int kind;

  read_str (r, o, "id", TRUE, &item->id);
  read_str (r, o, "number", FALSE, &item->number);
  read_str (r, o, "title", TRUE, &item->title);
  kind = read_enum (r, o, "kind", TRUE, kinds, "formal, orientation, decision, discussion");
  item->kind = kind >= 0 ? kind : SK_ITEM_FORMAL;
  read_str (r, o, "presenter", FALSE, &item->presenter);
  if (read_int (r, o, "duration_min", FALSE, &duration, &has_duration) && has_duration)
    {
      if (!sk_rule_duration_valid (duration))
        problem (r, "duration_min", _("The planned minutes must be between 0 and 1440"));
      else
        item->duration_min = (int) duration;
    }
  read_str (r, o, "body", FALSE, &item->body);
  read_str (r, o, "proposal", FALSE, &item->proposal);
  read_str (r, o, "decision", FALSE, &item->decision);
  read_list (r, o, "attachments", FALSE, read_attachment, item->attachments, NULL);
  read_list (r, o, "links", FALSE, read_link, item->links, NULL);
  item->extra = collect_extra (r, o, known);
  return item;
}

static gpointer
read_meeting (Reader     *r,
              JsonObject *o)
{
  static const char * const known[] = {
    "id", "body", "title", "date", "start_time", "location", "mode", "items", NULL
  };
  static const char * const modes[] = { "", "physical", "digital", "hybrid", NULL };
  SkMeeting *m = sk_meeting_new ();
  int mode;

  read_str (r, o, "id", TRUE, &m->id);
  read_str (r, o, "body", TRUE, &m->body);
  read_str (r, o, "title", FALSE, &m->title);
  read_str (r, o, "date", TRUE, &m->date);
  read_str (r, o, "start_time", FALSE, &m->start_time);
  read_str (r, o, "location", FALSE, &m->location);
  mode = read_enum (r, o, "mode", FALSE, modes, "physical, digital, hybrid");
  m->mode = mode > 0 ? mode : SK_MODE_UNSET;
  if (mode == 0)
    problem (r, "mode", _("Unknown value “%s”; expected one of %s"), "", "physical, digital, hybrid");
  read_list (r, o, "items", FALSE, read_item, m->items, NULL);
  m->extra = collect_extra (r, o, known);
  return m;
}

static gpointer
read_plan_entry (Reader     *r,
                 JsonObject *o)
{
  static const char * const known[] = { "id", "title", "meeting", "due", "note", NULL };
  SkPlanEntry *p = sk_plan_entry_new ();

  read_str (r, o, "id", TRUE, &p->id);
  read_str (r, o, "title", TRUE, &p->title);
  read_str (r, o, "meeting", FALSE, &p->meeting);
  read_str (r, o, "due", FALSE, &p->due);
  read_str (r, o, "note", FALSE, &p->note);
  p->extra = collect_extra (r, o, known);
  return p;
}

static gpointer
read_factor (Reader     *r,
             JsonObject *o)
{
  static const char * const known[] = { "id", "name", "weight", "note", NULL };
  SkFactor *f = sk_factor_new ();

  read_str (r, o, "id", TRUE, &f->id);
  read_str (r, o, "name", TRUE, &f->name);
  read_num (r, o, "weight", TRUE, &f->weight, NULL);
  read_str (r, o, "note", FALSE, &f->note);
  f->extra = collect_extra (r, o, known);
  return f;
}

static gpointer
read_candidate (Reader     *r,
                JsonObject *o)
{
  static const char * const known[] = { "municipality", "scores", "note", NULL };
  SkCandidate *c = sk_candidate_new ();
  JsonNode *scores;

  read_str (r, o, "municipality", TRUE, &c->municipality);
  scores = get (r, o, "scores", TRUE);
  if (scores != NULL && !JSON_NODE_HOLDS_OBJECT (scores))
    problem (r, "scores", _("Expected an object"));
  else if (scores != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;
      gsize mark = push_key (r, "scores");

      json_object_iter_init_ordered (&iter, json_node_get_object (scores));
      while (json_object_iter_next_ordered (&iter, &name, &node))
        {
          double value = 0;

          if (read_number_node (r, node, name, &value, NULL))
            sk_candidate_set_score (c, name, value);
        }
      pop (r, mark);
    }
  read_str (r, o, "note", FALSE, &c->note);
  c->extra = collect_extra (r, o, known);
  return c;
}

static gpointer
read_matrix (Reader     *r,
             JsonObject *o)
{
  static const char * const known[] = {
    "id", "title", "scale_max", "weight_max", "factors", "candidates", NULL
  };
  SkMatrix *m = sk_matrix_new ();

  read_str (r, o, "id", TRUE, &m->id);
  read_str (r, o, "title", TRUE, &m->title);
  read_num (r, o, "scale_max", FALSE, &m->scale_max, &m->has_scale_max);
  read_num (r, o, "weight_max", FALSE, &m->weight_max, &m->has_weight_max);
  read_list (r, o, "factors", TRUE, read_factor, m->factors, NULL);
  read_list (r, o, "candidates", TRUE, read_candidate, m->candidates, NULL);
  m->extra = collect_extra (r, o, known);
  return m;
}

static gpointer
read_task (Reader     *r,
           JsonObject *o)
{
  static const char * const known[] = {
    "id", "name", "start", "end", "milestone", "parent", "depends_on", "progress", "note", NULL
  };
  SkTask *t = sk_task_new ();
  g_autoptr(GPtrArray) deps = NULL;
  gboolean has_progress = FALSE;

  read_str (r, o, "id", TRUE, &t->id);
  read_str (r, o, "name", TRUE, &t->name);
  read_str (r, o, "start", TRUE, &t->start);
  read_str (r, o, "end", TRUE, &t->end);
  read_bool (r, o, "milestone", &t->milestone, &t->has_milestone);
  read_str (r, o, "parent", FALSE, &t->parent);
  deps = read_str_list (r, o, "depends_on", FALSE);
  if (deps != NULL)
    {
      g_ptr_array_unref (t->depends_on);
      t->depends_on = g_steal_pointer (&deps);
    }
  if (!read_num (r, o, "progress", FALSE, &t->progress, &has_progress) || !has_progress)
    t->progress = -1;
  else if (t->progress == -1)  /* how "no progress" is held: it would be dropped */
    problem (r, "progress", _("Progress must be between 0 and 100"));
  read_str (r, o, "note", FALSE, &t->note);
  t->extra = collect_extra (r, o, known);
  return t;
}

static gpointer
read_timeline (Reader     *r,
               JsonObject *o)
{
  static const char * const known[] = { "id", "title", "tasks", NULL };
  SkTimeline *t = sk_timeline_new ();

  read_str (r, o, "id", TRUE, &t->id);
  read_str (r, o, "title", TRUE, &t->title);
  read_list (r, o, "tasks", TRUE, read_task, t->tasks, NULL);
  t->extra = collect_extra (r, o, known);
  return t;
}

static gpointer
read_criterion (Reader     *r,
                JsonObject *o)
{
  static const char * const known[] = { "figure", "weight", NULL };
  SkCriterion *c = sk_criterion_new ();

  read_str (r, o, "figure", TRUE, &c->figure);
  read_decimal4 (r, o, "weight", TRUE, &c->weight, NULL);
  c->extra = collect_extra (r, o, known);
  return c;
}

static gpointer
read_scenario (Reader     *r,
               JsonObject *o)
{
  static const char * const known[] = {
    "id", "title", "total_kr", "fixed_percent", "criteria", "participants", NULL
  };
  SkScenario *s = sk_scenario_new ();
  gboolean has_criteria = FALSE;
  g_autoptr(GPtrArray) criteria = NULL;

  read_str (r, o, "id", TRUE, &s->id);
  read_str (r, o, "title", TRUE, &s->title);
  read_int (r, o, "total_kr", FALSE, &s->total_kr, &s->has_total);
  read_decimal4 (r, o, "fixed_percent", FALSE, &s->fixed_percent, &s->has_fixed);
  criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);
  read_list (r, o, "criteria", FALSE, read_criterion, criteria, &has_criteria);
  if (has_criteria)
    s->criteria = g_steal_pointer (&criteria);
  s->participants = read_str_list (r, o, "participants", FALSE);
  s->extra = collect_extra (r, o, known);
  return s;
}

static gpointer
read_cost_model (Reader     *r,
                 JsonObject *o)
{
  static const char * const known[] = {
    "id", "title", "total_kr", "participants", "fixed_percent", "criteria", "scenarios", NULL
  };
  SkCostModel *c = sk_cost_model_new ();
  g_autoptr(GPtrArray) participants = NULL;

  read_str (r, o, "id", TRUE, &c->id);
  read_str (r, o, "title", TRUE, &c->title);
  read_int (r, o, "total_kr", TRUE, &c->total_kr, NULL);
  participants = read_str_list (r, o, "participants", TRUE);
  if (participants != NULL)
    {
      g_ptr_array_unref (c->participants);
      c->participants = g_steal_pointer (&participants);
    }
  read_decimal4 (r, o, "fixed_percent", TRUE, &c->fixed_percent, NULL);
  /* Whether `criteria` may be absent depends on fixed_percent: the checks
   * decide that, so here it is optional. */
  read_list (r, o, "criteria", FALSE, read_criterion, c->criteria, &c->has_criteria);
  read_list (r, o, "scenarios", FALSE, read_scenario, c->scenarios, NULL);
  c->extra = collect_extra (r, o, known);
  return c;
}

SkProject *
_sk_project_read (JsonNode   *root,
                  GHashTable *numbers,
                  GPtrArray  *problems)
{
  static const char * const known[] = {
    "format", "version", "title", "organisation", "municipalities", "meetings",
    "plan", "matrices", "timelines", "cost_models", NULL
  };
  g_autoptr(SkProject) self = NULL;
  g_autoptr(GString) path = g_string_new ("$");
  Reader r = { problems, path, numbers };
  g_autofree char *format = NULL;
  JsonObject *o;
  JsonNode *version;
  gboolean present;

  if (!JSON_NODE_HOLDS_OBJECT (root))
    {
      problem (&r, NULL, _("A project file holds one JSON object; this file holds something else"));
      return NULL;
    }
  o = json_node_get_object (root);

  /* First the two members that say whether we can read this at all. */
  if (!read_str (&r, o, "format", TRUE, &format) || format == NULL)
    return NULL;
  if (!g_str_equal (format, "sakskart"))
    {
      problem (&r, "format", _("This is not a Sakskart project (format “%s”)"), format);
      return NULL;
    }
  version = get (&r, o, "version", TRUE);
  if (version == NULL)
    return NULL;
  if (!JSON_NODE_HOLDS_VALUE (version) || json_node_get_value_type (version) != G_TYPE_INT64)
    {
      problem (&r, "version", _("Expected a whole number"));
      return NULL;
    }
  if (json_node_get_int (version) != 1)
    {
      g_autofree char *number = g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (version));

      if (json_node_get_int (version) > 1)
        problem (&r, "version",
                 _("The file is version %s, written by a newer Sakskart; this one reads version 1"),
                 number);
      else
        problem (&r, "version", _("Unknown version %s; expected 1"), number);
      return NULL;
    }

  self = sk_project_new ();
  g_clear_pointer (&self->title, g_free);
  /* may be empty: a window whose file could not be opened saves one so */
  read_str (&r, o, "title", TRUE, &self->title);
  if (self->title == NULL)
    self->title = g_strdup ("");
  read_str (&r, o, "organisation", FALSE, &self->organisation);
  read_list (&r, o, "municipalities", TRUE, read_municipality, self->municipalities, NULL);
  read_list (&r, o, "meetings", FALSE, read_meeting, self->meetings, &present);
  self->has_meetings = present;
  read_list (&r, o, "plan", FALSE, read_plan_entry, self->plan, &present);
  self->has_plan = present;
  read_list (&r, o, "matrices", FALSE, read_matrix, self->matrices, &present);
  self->has_matrices = present;
  read_list (&r, o, "timelines", FALSE, read_timeline, self->timelines, &present);
  self->has_timelines = present;
  read_list (&r, o, "cost_models", FALSE, read_cost_model, self->cost_models, &present);
  self->has_cost_models = present;
  self->extra = collect_extra (&r, o, known);

  return g_steal_pointer (&self);
}
