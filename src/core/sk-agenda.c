/* sk-agenda.c — numbering and clock times of a meeting's agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda"

#include "config.h"

#include "sk-agenda.h"
#include "sk-date.h"

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
