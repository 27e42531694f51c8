/* sk-meeting-session.c — where meeting mode stands in a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-meeting-session"

#include "config.h"

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
