/* sk-record-quorum.c — who is there for each case of a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-record"

#include "config.h"

#include "sk-project-private.h"
#include "sk-record-private.h"

/* The meeting's lists, each read once into a table: a long attendance or
 * agenda costs its length, not its length times another's, and a check
 * of every case of a meeting reads them once. */
struct _SkQuorumTables
{
  SkBody       *own_body;
  const SkBody *body;
  GPtrArray  *attendance;
  GHashTable *attending;   /* member id → its first SkAttendance */
  GHashTable *positions;   /* item id → index + 1 of its first item */
};

void
_sk_quorum_tables_free (SkQuorumTables *t)
{
  if (t == NULL)
    return;
  sk_body_free (t->own_body);
  g_ptr_array_unref (t->attendance);
  g_hash_table_unref (t->attending);
  g_hash_table_unref (t->positions);
  g_free (t);
}

SkQuorumTables *
_sk_quorum_tables_new (SkProject       *project,
                       const SkMeeting *meeting,
                       const SkBody    *body)
{
  SkQuorumTables *t = g_new0 (SkQuorumTables, 1);

  if (body == NULL)
    body = t->own_body = sk_project_get_body (project, meeting->body);
  t->body = body;
  t->attendance = sk_meeting_get_attendance (meeting);
  t->attending = g_hash_table_new (g_str_hash, g_str_equal);
  t->positions = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < t->attendance->len; k++)
    {
      SkAttendance *a = g_ptr_array_index (t->attendance, k);

      if (a->member != NULL && !g_hash_table_contains (t->attending, a->member))
        g_hash_table_insert (t->attending, a->member, a);
    }
  for (guint i = 0; i < meeting->items->len; i++)
    {
      const char *id = ((SkItem *) g_ptr_array_index (meeting->items, i))->id;

      if (id != NULL && !g_hash_table_contains (t->positions, id))
        g_hash_table_insert (t->positions, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
  return t;
}

/* The position of item `id` in the meeting, or `fallback`. */
static guint
item_index (const SkQuorumTables *t,
            const char           *id,
            guint                 fallback)
{
  guint at = id != NULL ? GPOINTER_TO_UINT (g_hash_table_lookup (t->positions, id)) : 0;

  return at > 0 ? at - 1 : fallback;
}

/* Who stands for `who` in this case: the disqualifications in their
 * order, each after the one that named `who` (`stepped_in`: who → the
 * positions, ascending, of the disqualifications naming them). */
static const char *
after_disqualifications (const SkItemRecord *record,
                         GHashTable         *stepped_in,
                         const char         *who)
{
  gint64 after = -1;

  while (who != NULL)
    {
      GArray *at = g_hash_table_lookup (stepped_in, who);
      guint lo = 0, hi = at != NULL ? at->len : 0;

      /* the first of its positions after `after` */
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;

          if ((gint64) g_array_index (at, guint, mid) > after)
            hi = mid;
          else
            lo = mid + 1;
        }
      if (at == NULL || lo >= at->len)
        break;
      after = g_array_index (at, guint, lo);
      who = ((const SkDisqualification *) g_ptr_array_index (record->disqualifications, (guint) after))->deputy;
    }
  return who;
}

/* Counts who is there for case `index`; with `who` set, adds to it the
 * id of each (the member, the deputy who attended for one, or the deputy
 * who stepped in for one disqualified).  With `seated`, as they were
 * before any was disqualified. */
static gboolean
count_case (const SkQuorumTables *t,
            const SkMeeting      *meeting,
            guint                 index,
            int                  *present,
            int                  *members,
            gboolean             *quorate,
            GPtrArray            *who_list,
            gboolean              seated)
{
  g_autoptr(SkItemRecord) record = NULL;
  g_autoptr(GHashTable) stepped_in = NULL;
  int count = 0;

  if (t->body == NULL || t->body->members->len == 0 || t->attendance->len == 0)
    return FALSE;
  record = sk_item_get_record (g_ptr_array_index (meeting->items, index));
  if (seated)
    g_ptr_array_set_size (record->disqualifications, 0);
  stepped_in = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
  for (guint k = 0; k < record->disqualifications->len; k++)
    {
      const SkDisqualification *d = g_ptr_array_index (record->disqualifications, k);
      GArray *at;

      if (d->member == NULL)
        continue;
      if ((at = g_hash_table_lookup (stepped_in, d->member)) == NULL)
        {
          at = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (stepped_in, d->member, at);
        }
      g_array_append_val (at, k);
    }

  for (guint i = 0; i < t->body->members->len; i++)
    {
      const SkMember *m = g_ptr_array_index (t->body->members, i);
      const SkAttendance *a = m->id != NULL ? g_hash_table_lookup (t->attending, m->id) : NULL;
      const char *who;

      /* Not in the list: not there */
      if (a == NULL)
        continue;
      who = a->present ? a->member : a->deputy;
      if (who == NULL || item_index (t, a->arrived_from, 0) > index ||
          item_index (t, a->left_from, G_MAXUINT) <= index)
        continue;
      /* A disqualified member counts only through the deputy who
       * stepped in (who is there for this case alone). */
      if ((who = after_disqualifications (record, stepped_in, who)) != NULL)
        {
          count++;
          if (who_list != NULL)
            g_ptr_array_add (who_list, g_strdup (who));
        }
    }
  *present = count;
  *members = t->body->members->len;
  *quorate = 2 * count >= (int) t->body->members->len;
  return TRUE;
}

gboolean
_sk_quorum_count (const SkQuorumTables *t,
                  const SkMeeting      *meeting,
                  guint                 index,
                  int                  *present,
                  int                  *members,
                  gboolean             *quorate)
{
  return count_case (t, meeting, index, present, members, quorate, NULL, FALSE);
}

GPtrArray *
_sk_quorum_seated (const SkQuorumTables *t,
                   const SkMeeting      *meeting,
                   guint                 index)
{
  GPtrArray *who = g_ptr_array_new_with_free_func (g_free);
  int present, members;
  gboolean quorate;

  if (!count_case (t, meeting, index, &present, &members, &quorate, who, TRUE))
    g_clear_pointer (&who, g_ptr_array_unref);
  return who;
}

gboolean
sk_record_takes_part (SkProject       *project,
                      const SkMeeting *meeting,
                      guint            index,
                      const char      *id)
{
  g_autoptr(GPtrArray) who = g_ptr_array_new_with_free_func (g_free);
  SkQuorumTables *t;
  int present, members;
  gboolean quorate, known;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (meeting != NULL && index < meeting->items->len, FALSE);

  t = _sk_quorum_tables_new (project, meeting, NULL);
  known = count_case (t, meeting, index, &present, &members, &quorate, who, FALSE);
  _sk_quorum_tables_free (t);
  return known && id != NULL && g_ptr_array_find_with_equal_func (who, id, g_str_equal, NULL);
}

gboolean
sk_record_quorum (SkProject       *project,
                  const SkMeeting *meeting,
                  guint            index,
                  int             *present,
                  int             *members,
                  gboolean        *quorate)
{
  SkQuorumTables *t;
  gboolean ok;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (meeting != NULL && index < meeting->items->len, FALSE);

  t = _sk_quorum_tables_new (project, meeting, NULL);
  ok = _sk_quorum_count (t, meeting, index, present, members, quorate);
  _sk_quorum_tables_free (t);
  return ok;
}
