/* sk-project-check-extensions.c — the fields Sakskart adds to the file
 *
 * docs/format-extensions.md lists them; the reader keeps them in the
 * records' `extra` like any member it does not know, and the views read
 * them from there.  Here they are held to their types, with their JSON
 * paths, so that a file with a wrong one is refused rather than half
 * shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sk-date.h"
#include "sk-json.h"
#include "sk-project-private.h"

static JsonNode *
member (JsonObject *extra,
        const char *key)
{
  return extra ? json_object_get_member (extra, key) : NULL;
}

static gboolean
is_type (JsonNode *node,
         GType     type)
{
  return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == type;
}

static void
add_at (GPtrArray  *problems,
        const char *path,
        const char *key,
        const char *message)
{
  g_autofree char *p = key ? _sk_json_path_with_key (path, key) : g_strdup (path);

  sk_problems_add (problems, p, "%s", message);
}

static void
check_string (GPtrArray  *problems,
              const char *path,
              JsonObject *extra,
              const char *key)
{
  JsonNode *node = member (extra, key);

  if (node != NULL && !is_type (node, G_TYPE_STRING))
    add_at (problems, path, key, _("Expected a string"));
}

/* A calendar date YYYY-MM-DD of any year: the date of a source may be
 * older than the dates of the project's meetings and tasks. */
static gboolean
is_calendar_date (const char *text)
{
  int y = 0, m = 0, d = 0;

  if (strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;
  for (int i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (text[i]))
      return FALSE;
  y = atoi (text);
  m = atoi (text + 5);
  d = atoi (text + 8);
  return y >= 1 && g_date_valid_dmy ((GDateDay) d, (GDateMonth) m, (GDateYear) y);
}

static void
check_date_string (GPtrArray  *problems,
                   const char *path,
                   JsonNode   *node)
{
  if (!is_type (node, G_TYPE_STRING))
    sk_problems_add (problems, path, "%s", _("Expected a string"));
  else if (!is_calendar_date (json_node_get_string (node)))
    sk_problems_add (problems, path, _("“%s” is not a date: expected YYYY-MM-DD"),
                     json_node_get_string (node));
}

/* `example_value` and `note`, which any record may have. */
static void
check_record (GPtrArray  *problems,
              const char *path,
              JsonObject *extra)
{
  JsonNode *node = member (extra, "example_value");

  check_string (problems, path, extra, "note");
  if (node == NULL || is_type (node, G_TYPE_BOOLEAN))
    return;
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *names = json_node_get_array (node);
      gboolean all_strings = TRUE;

      for (guint i = 0; i < json_array_get_length (names) && all_strings; i++)
        all_strings = is_type (json_array_get_element (names, i), G_TYPE_STRING);
      if (all_strings)
        return;
    }
  add_at (problems, path, "example_value", _("Expected true, false or a list of names"));
}

static void
check_figure_sources (GPtrArray  *problems,
                      const char *path,
                      JsonObject *extra)
{
  JsonNode *node = member (extra, "figure_sources");
  g_autofree char *base = NULL;
  JsonObjectIter iter;
  const char *key;
  JsonNode *entry;

  if (node == NULL)
    return;
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      add_at (problems, path, "figure_sources", _("Expected an object"));
      return;
    }
  base = _sk_json_path_with_key (path, "figure_sources");
  json_object_iter_init_ordered (&iter, json_node_get_object (node));
  while (json_object_iter_next_ordered (&iter, &key, &entry))
    {
      g_autofree char *epath = _sk_json_path_with_key (base, key);
      JsonObject *o;
      JsonNode *example;

      if (!JSON_NODE_HOLDS_OBJECT (entry))
        {
          sk_problems_add (problems, epath, "%s", _("Expected an object"));
          continue;
        }
      o = json_node_get_object (entry);
      check_string (problems, epath, o, "source");
      if (member (o, "date") != NULL)
        {
          g_autofree char *dpath = _sk_json_path_with_key (epath, "date");

          check_date_string (problems, dpath, member (o, "date"));
        }
      example = member (o, "example_value");
      if (example != NULL && !is_type (example, G_TYPE_BOOLEAN))
        add_at (problems, epath, "example_value", _("Expected true or false"));
    }
}

static void
check_municipality (GPtrArray      *problems,
                    const char     *path,
                    SkMunicipality *m)
{
  JsonNode *area = member (m->extra, "area_km2");

  check_record (problems, path, m->extra);
  check_string (problems, path, m->extra, "centre");
  check_figure_sources (problems, path, m->extra);
  if (area != NULL &&
      (!(is_type (area, G_TYPE_DOUBLE) || is_type (area, G_TYPE_INT64)) ||
       !(json_node_get_double (area) >= 0) || !isfinite (json_node_get_double (area))))
    add_at (problems, path, "area_km2", _("The area must be a number, not negative"));
}

/* "YYYY-MM-DDTHH:MM", local time. */
static void
check_decided_at (GPtrArray  *problems,
                  const char *path,
                  JsonObject *extra)
{
  JsonNode *node = member (extra, "decided_at");
  const char *text;
  g_autofree char *date = NULL;

  if (node == NULL)
    return;
  if (!is_type (node, G_TYPE_STRING))
    {
      add_at (problems, path, "decided_at", _("Expected a string"));
      return;
    }
  text = json_node_get_string (node);
  if (strlen (text) == 16 && text[10] == 'T')
    date = g_strndup (text, 10);
  if (date == NULL || !sk_date_parse (date, NULL) || !sk_time_parse (text + 11, NULL))
    {
      g_autofree char *p = _sk_json_path_with_key (path, "decided_at");

      sk_problems_add (problems, p, _("“%s” is not a date and time: expected YYYY-MM-DDTHH:MM"),
                       text);
    }
}

typedef void (*CheckFunc) (GPtrArray  *problems,
                           const char *path,
                           gpointer    record);

/* Calls `func` on each record of `list`, the member `key` of the record
 * at `path`, with its path; `extra_offset` gives the record's extra
 * members for the common checks. */
static void
each (GPtrArray   *problems,
      const char  *path,
      const char  *key,
      GPtrArray   *list,
      gsize        extra_offset,
      CheckFunc    func)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    {
      gpointer record = g_ptr_array_index (list, i);
      g_autofree char *p = g_strdup_printf ("%s.%s[%u]", path, key, i);

      check_record (problems, p, G_STRUCT_MEMBER (JsonObject *, record, extra_offset));
      if (func)
        func (problems, p, record);
    }
}

#define EACH(problems, path, key, list, Type, func) \
  each (problems, path, key, list, G_STRUCT_OFFSET (Type, extra), (CheckFunc) (func))

static void
check_item (GPtrArray  *problems,
            const char *path,
            SkItem     *item)
{
  check_decided_at (problems, path, item->extra);
  EACH (problems, path, "attachments", item->attachments, SkAttachment, NULL);
  EACH (problems, path, "links", item->links, SkLink, NULL);
}

static void
check_meeting (GPtrArray  *problems,
               const char *path,
               SkMeeting  *meeting)
{
  JsonNode *sequence = member (meeting->extra, "ical_sequence");

  if (sequence != NULL && (!is_type (sequence, G_TYPE_INT64) || json_node_get_int (sequence) < 0))
    add_at (problems, path, "ical_sequence", _("Expected a whole number, not negative"));
  EACH (problems, path, "items", meeting->items, SkItem, check_item);
}

/* `example_value` and `note` on the records of a JSON array of objects
 * (bodies, their members and deputies); what else they hold the record
 * rules check. */
static void
check_json_records (GPtrArray  *problems,
                    const char *path,
                    JsonObject *parent,
                    const char *key)
{
  JsonNode *node = member (parent, key);
  JsonArray *list = node != NULL && JSON_NODE_HOLDS_ARRAY (node) ? json_node_get_array (node) : NULL;

  for (guint i = 0; list != NULL && i < json_array_get_length (list); i++)
    {
      JsonNode *element = json_array_get_element (list, i);
      JsonObject *o = JSON_NODE_HOLDS_OBJECT (element) ? json_node_get_object (element) : NULL;
      g_autofree char *base = _sk_json_path_with_key (path, key);
      g_autofree char *p = g_strdup_printf ("%s[%u]", base, i);

      if (o == NULL)
        continue;
      check_record (problems, p, o);
      if (g_str_equal (key, "bodies") || g_str_equal (key, "members"))
        {
          check_json_records (problems, p, o, g_str_equal (key, "bodies") ? "members" : "deputies");
          if (g_str_equal (key, "bodies"))
            check_json_records (problems, p, o, "deputies");
        }
    }
}

static void
check_matrix (GPtrArray  *problems,
              const char *path,
              SkMatrix   *matrix)
{
  EACH (problems, path, "factors", matrix->factors, SkFactor, NULL);
  EACH (problems, path, "candidates", matrix->candidates, SkCandidate, NULL);
}

static void
check_timeline (GPtrArray  *problems,
                const char *path,
                SkTimeline *timeline)
{
  EACH (problems, path, "tasks", timeline->tasks, SkTask, NULL);
}

static void
check_scenario (GPtrArray  *problems,
                const char *path,
                SkScenario *scenario)
{
  EACH (problems, path, "criteria", scenario->criteria, SkCriterion, NULL);
}

static void
check_cost_model (GPtrArray   *problems,
                  const char  *path,
                  SkCostModel *model)
{
  EACH (problems, path, "criteria", model->criteria, SkCriterion, NULL);
  EACH (problems, path, "scenarios", model->scenarios, SkScenario, check_scenario);
}

void
_sk_project_check_extensions (SkProject *self,
                              GPtrArray *problems)
{
  check_record (problems, "$", self->extra);
  check_string (problems, "$", self->extra, "about_example");
  check_json_records (problems, "$", self->extra, "bodies");
  EACH (problems, "$", "municipalities", self->municipalities, SkMunicipality, check_municipality);
  EACH (problems, "$", "meetings", self->meetings, SkMeeting, check_meeting);
  EACH (problems, "$", "plan", self->plan, SkPlanEntry, NULL);
  EACH (problems, "$", "matrices", self->matrices, SkMatrix, check_matrix);
  EACH (problems, "$", "timelines", self->timelines, SkTimeline, check_timeline);
  EACH (problems, "$", "cost_models", self->cost_models, SkCostModel, check_cost_model);
}
