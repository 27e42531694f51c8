/* sk-meeting-session.c — where meeting mode stands in a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-meeting-session"

#include "config.h"

#include <json-glib/json-glib.h>

#include "sk-meeting-session.h"

struct _SkMeetingSession
{
  char       *item_id;      /* the item shown, or NULL */
  GHashTable *elapsed;      /* item id → gint64 µs, boxed */
};

static void
session_free (SkMeetingSession *self)
{
  g_free (self->item_id);
  g_hash_table_unref (self->elapsed);
  g_free (self);
}

SkMeetingSession *
sk_meeting_session_get (SkProject  *project,
                        const char *meeting_id)
{
  g_autofree char *key = NULL;
  SkMeetingSession *self;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  key = g_strconcat ("sk-meeting-session:", meeting_id, NULL);
  self = g_object_get_data (G_OBJECT (project), key);
  if (self == NULL)
    {
      self = g_new0 (SkMeetingSession, 1);
      self->elapsed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      g_object_set_data_full (G_OBJECT (project), key, self, (GDestroyNotify) session_free);
    }
  return self;
}

gboolean
sk_meeting_session_is_started (SkMeetingSession *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->item_id != NULL || g_hash_table_size (self->elapsed) > 0;
}

guint
sk_meeting_session_get_position (SkMeetingSession *self,
                                 SkMeeting        *meeting)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (meeting != NULL, 0);

  for (guint i = 0; self->item_id != NULL && i < meeting->items->len; i++)
    if (g_strcmp0 (((SkItem *) g_ptr_array_index (meeting->items, i))->id, self->item_id) == 0)
      return i;
  return 0;
}

void
sk_meeting_session_set_item (SkMeetingSession *self,
                             const char       *item_id)
{
  g_return_if_fail (self != NULL);
  g_free (self->item_id);
  self->item_id = g_strdup (item_id);
}

gint64
sk_meeting_session_get_elapsed (SkMeetingSession *self,
                                const char       *item_id)
{
  gint64 *us;

  g_return_val_if_fail (self != NULL, 0);
  us = item_id ? g_hash_table_lookup (self->elapsed, item_id) : NULL;
  return us ? *us : 0;
}

void
sk_meeting_session_set_elapsed (SkMeetingSession *self,
                                const char       *item_id,
                                gint64            us)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (item_id != NULL);

  if (us <= 0)
    g_hash_table_remove (self->elapsed, item_id);
  else
    g_hash_table_insert (self->elapsed, g_strdup (item_id), g_memdup2 (&us, sizeof us));
}

void
sk_meeting_session_reset (SkMeetingSession *self)
{
  g_return_if_fail (self != NULL);
  g_clear_pointer (&self->item_id, g_free);
  g_hash_table_remove_all (self->elapsed);
}

char *
sk_meeting_session_to_data (SkMeetingSession *self,
                            const char       *meeting_id,
                            GDateTime        *now)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GList) ids = NULL;
  g_autofree char *saved = NULL;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  g_return_val_if_fail (now != NULL, NULL);

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "meeting");
  json_builder_add_string_value (b, meeting_id);
  json_builder_set_member_name (b, "item");
  if (self->item_id != NULL)
    json_builder_add_string_value (b, self->item_id);
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "elapsed_ms");
  json_builder_begin_object (b);
  /* In a fixed order: the same session gives the same text. */
  ids = g_list_sort (g_hash_table_get_keys (self->elapsed), (GCompareFunc) g_strcmp0);
  for (GList *l = ids; l != NULL; l = l->next)
    {
      json_builder_set_member_name (b, l->data);
      json_builder_add_int_value (b, *(gint64 *) g_hash_table_lookup (self->elapsed, l->data) / 1000);
    }
  json_builder_end_object (b);
  saved = g_date_time_format_iso8601 (now);
  json_builder_set_member_name (b, "saved");
  json_builder_add_string_value (b, saved);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

gboolean
sk_meeting_session_take_data (SkMeetingSession *self,
                              const char       *meeting_id,
                              const char       *data,
                              gssize            length,
                              GDateTime        *now,
                              GTimeSpan         max_age)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GDateTime) saved = NULL;
  JsonObject *object, *elapsed;
  JsonNode *root, *item;
  GList *members;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (meeting_id != NULL, FALSE);
  g_return_val_if_fail (now != NULL, FALSE);

  if (sk_meeting_session_is_started (self) || data == NULL ||
      !json_parser_load_from_data (parser, data, length, NULL) ||
      (root = json_parser_get_root (parser)) == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    return FALSE;
  object = json_node_get_object (root);
  if (g_strcmp0 (json_object_get_string_member_with_default (object, "meeting", NULL), meeting_id) != 0)
    return FALSE;
  saved = g_date_time_new_from_iso8601 (json_object_get_string_member_with_default (object, "saved", ""), NULL);
  if (saved == NULL || g_date_time_difference (now, saved) > max_age || g_date_time_difference (now, saved) < 0)
    return FALSE;
  item = json_object_get_member (object, "item");
  if (item == NULL || !(JSON_NODE_HOLDS_NULL (item) ||
                        (JSON_NODE_HOLDS_VALUE (item) && json_node_get_value_type (item) == G_TYPE_STRING)))
    return FALSE;
  if (!json_object_has_member (object, "elapsed_ms") ||
      !JSON_NODE_HOLDS_OBJECT (json_object_get_member (object, "elapsed_ms")))
    return FALSE;
  elapsed = json_object_get_object_member (object, "elapsed_ms");
  members = json_object_get_members (elapsed);
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *ms = json_object_get_member (elapsed, l->data);

      if (JSON_NODE_HOLDS_VALUE (ms) && json_node_get_value_type (ms) == G_TYPE_INT64 &&
          json_node_get_int (ms) > 0 && json_node_get_int (ms) < G_MAXINT64 / 1000)
        sk_meeting_session_set_elapsed (self, l->data, json_node_get_int (ms) * 1000);
    }
  g_list_free (members);
  sk_meeting_session_set_item (self, JSON_NODE_HOLDS_NULL (item) ? NULL : json_node_get_string (item));
  return TRUE;
}
