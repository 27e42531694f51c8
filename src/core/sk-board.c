/* sk-board.c — the board's written language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-board"

#include "config.h"

#include "sk-board.h"
#include "sk-doc-language.h"
#include "sk-project-private.h"

static const char *
language_of (JsonObject *object)
{
  JsonNode *node;

  if (object == NULL || (node = json_object_get_member (object, "language")) == NULL ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return sk_doc_language_normalize (json_node_get_string (node));
}

const char *
sk_project_document_language (SkProject  *project,
                              const char *body)
{
  JsonNode *bodies;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);

  if (body != NULL && project->extra != NULL &&
      (bodies = json_object_get_member (project->extra, "bodies")) != NULL &&
      JSON_NODE_HOLDS_ARRAY (bodies))
    {
      JsonArray *array = json_node_get_array (bodies);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          JsonNode *node = json_array_get_element (array, i);
          JsonObject *b = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;

          if (b != NULL && g_strcmp0 (json_object_get_string_member_with_default (b, "name", NULL), body) == 0 &&
              language_of (b) != NULL)
            return language_of (b);
        }
    }
  return language_of (project->extra);
}
