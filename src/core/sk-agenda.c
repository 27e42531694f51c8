/* sk-agenda.c — numbering and clock times of a meeting's agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda"

#include "config.h"

#include "sk-agenda.h"
#include "sk-date.h"

#include <stdlib.h>
#include <string.h>

char *
sk_meeting_item_number (const SkMeeting *meeting,
                        guint            index)
{
  const SkItem *item;

  g_return_val_if_fail (meeting != NULL, NULL);
  g_return_val_if_fail (index < meeting->items->len, NULL);

  item = g_ptr_array_index (meeting->items, index);
  if (item->number != NULL && item->number[0] != '\0')
    return g_strdup (item->number);
  return g_strdup_printf ("%u", index + 1);
}

gboolean
sk_meeting_item_times (const SkMeeting *meeting,
                       int             *starts,
                       int             *end)
{
  int clock;

  g_return_val_if_fail (meeting != NULL, FALSE);

  if (!sk_time_parse (meeting->start_time, &clock))
    return FALSE;
  for (guint i = 0; i < meeting->items->len; i++)
    {
      const SkItem *item = g_ptr_array_index (meeting->items, i);

      if (starts)
        starts[i] = clock;
      if (item->duration_min > 0)
        clock += item->duration_min;
    }
  if (end)
    *end = clock;
  return TRUE;
}

char *
sk_unique_id (GPtrArray  *list,
              const char *stem)
{
  for (guint n = list->len + 1; ; n++)
    {
      g_autofree char *id = g_strdup_printf ("%.50s-%u", stem, n);
      gboolean taken = FALSE;

      for (guint i = 0; i < list->len && !taken; i++)
        taken = g_strcmp0 (*(char **) g_ptr_array_index (list, i), id) == 0;
      if (!taken)
        return g_steal_pointer (&id);
    }
}

SkItem *
sk_item_copy (const SkItem *item)
{
  SkItem *copy = sk_item_new ();

  copy->id = g_strdup (item->id);
  copy->number = g_strdup (item->number);
  copy->title = g_strdup (item->title);
  copy->kind = item->kind;
  copy->presenter = g_strdup (item->presenter);
  copy->duration_min = item->duration_min;
  copy->body = g_strdup (item->body);
  copy->proposal = g_strdup (item->proposal);
  copy->decision = g_strdup (item->decision);
  for (guint i = 0; i < item->attachments->len; i++)
    {
      SkAttachment *a = g_ptr_array_index (item->attachments, i);
      SkAttachment *b = sk_attachment_new ();

      b->title = g_strdup (a->title);
      b->uri = g_strdup (a->uri);
      b->extra = a->extra ? json_object_ref (a->extra) : NULL;
      g_ptr_array_add (copy->attachments, b);
    }
  for (guint i = 0; i < item->links->len; i++)
    {
      SkLink *a = g_ptr_array_index (item->links, i);
      SkLink *b = sk_link_new ();

      b->kind = a->kind;
      b->id = g_strdup (a->id);
      g_ptr_array_add (copy->links, b);
    }
  return copy;
}

SkMeeting *
sk_meeting_next_from (const SkMeeting *meeting,
                      GPtrArray       *meetings,
                      int              days)
{
  SkMeeting *next = sk_meeting_new ();
  GDate date;

  next->body = g_strdup (meeting->body);
  next->title = g_strdup (meeting->title);
  next->start_time = g_strdup (meeting->start_time);
  next->location = g_strdup (meeting->location);
  next->mode = meeting->mode;
  if (sk_date_parse (meeting->date, &date))
    {
      g_date_add_days (&date, days);
      next->date = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                                    g_date_get_day (&date));
    }
  else
    next->date = g_strdup (meeting->date);
  {
    g_autofree char *stem = g_strdup_printf ("meeting-%s", next->date);

    next->id = sk_unique_id (meetings, stem);
  }
  for (guint i = 0; i < meeting->items->len; i++)
    {
      const SkItem *item = g_ptr_array_index (meeting->items, i);

      if (item->kind == SK_ITEM_FORMAL)
        {
          SkItem *copy = sk_item_copy (item);

          /* A formal item keeps its wording, not what was decided. */
          g_clear_pointer (&copy->decision, g_free);
          g_clear_pointer (&copy->number, g_free);
          g_ptr_array_add (next->items, copy);
        }
    }
  return next;
}

gboolean
sk_plan_entry_is_for (const SkPlanEntry *entry,
                      const SkMeeting   *meeting)
{
  if (entry->meeting != NULL)
    return g_strcmp0 (entry->meeting, meeting->id) == 0;
  if (entry->due == NULL || meeting->date == NULL || strlen (meeting->date) < 7)
    return FALSE;
  if (entry->due[5] == 'Q')
    {
      int month = atoi (meeting->date + 5);

      return strncmp (entry->due, meeting->date, 4) == 0 && entry->due[6] - '0' == (month - 1) / 3 + 1;
    }
  return strncmp (entry->due, meeting->date, 7) == 0;
}
