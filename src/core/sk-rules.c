/* sk-rules.c — the rules of FORMAT.md, one predicate each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-rules"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-date.h"
#include "sk-matrix.h"
#include "sk-rules.h"

gboolean
sk_rule_id_valid (const char *id)
{
  gsize n;

  if (id == NULL)
    return FALSE;
  n = strlen (id);
  if (n < 1 || n > 64)
    return FALSE;
  for (gsize i = 0; i < n; i++)
    if (!((id[i] >= 'a' && id[i] <= 'z') || g_ascii_isdigit (id[i]) || id[i] == '_' || id[i] == '-'))
      return FALSE;
  return TRUE;
}

/* The reader's name for the rule. */
gboolean
_sk_id_is_valid (const char *id)
{
  return sk_rule_id_valid (id);
}

gboolean
sk_rule_id_taken (GPtrArray     *list,
                  const char    *id,
                  gconstpointer  except)
{
  for (guint i = 0; i < list->len; i++)
    {
      char **record = g_ptr_array_index (list, i);

      if (record != except && g_strcmp0 (*record, id) == 0)
        return TRUE;
    }
  return FALSE;
}

gboolean
sk_rule_municipality_number_valid (const char *number)
{
  return number == NULL ||
         (strlen (number) == 4 && g_ascii_isdigit (number[0]) && g_ascii_isdigit (number[1]) &&
          g_ascii_isdigit (number[2]) && g_ascii_isdigit (number[3]));
}

gboolean
sk_rule_figure_valid (double value)
{
  return value >= 0 && isfinite (value);
}

gboolean
sk_rule_date_valid (const char *date)
{
  return sk_date_parse (date, NULL);
}

gboolean
sk_rule_time_valid (const char *time)
{
  return time == NULL || sk_time_parse (time, NULL);
}

gboolean
sk_rule_duration_valid (gint64 minutes)
{
  return minutes >= 0 && minutes <= 24 * 60;
}

gboolean
sk_rule_due_valid (const char *due)
{
  return due == NULL || sk_due_is_valid (due);
}

gboolean
sk_rule_matrix_max_valid (double max)
{
  return max > 0 && max <= SK_MATRIX_MAX_SCALE;
}

gboolean
sk_rule_factor_weight_valid (double weight,
                             double weight_max)
{
  return weight >= 0 && weight <= weight_max;
}

gboolean
sk_rule_score_valid (double score,
                     double scale_max)
{
  return score >= 0 && score <= scale_max;
}

gboolean
sk_rule_progress_valid (double progress)
{
  return progress == -1 || (progress >= 0 && progress <= 100);
}

gboolean
sk_rule_task_span_valid (const GDate *start,
                         const GDate *end)
{
  return g_date_compare (end, start) >= 0;
}

gboolean
sk_rule_milestone_span_valid (gboolean     milestone,
                              const GDate *start,
                              const GDate *end)
{
  return !milestone || g_date_compare (end, start) == 0;
}

gboolean
sk_rule_total_kr_valid (gint64 total_kr)
{
  return total_kr >= 0;
}

gboolean
sk_rule_fixed_percent_in_range (double fixed_percent)
{
  return fixed_percent >= 0 && fixed_percent <= 100;
}

gboolean
sk_decimal4_to_int (double  value,
                    gint64 *out)
{
  double scaled = value * 10000.0;
  double rounded = round (scaled);

  if (!isfinite (scaled) || fabs (rounded) > 9007199254740992.0)
    return FALSE;
  /* 25.1234 is not exact in binary, but it is the double nearest to
   * 251234 / 10⁴, and so is that quotient (both are correctly rounded);
   * 25.12345 and 99.99995 are not. */
  if ((double) (gint64) rounded / 10000.0 != value)
    return FALSE;
  if (out)
    *out = (gint64) rounded;
  return TRUE;
}

gboolean
sk_rule_decimal4 (double value)
{
  return sk_decimal4_to_int (value, NULL);
}

gboolean
sk_rule_criterion_weight_positive (double weight)
{
  return weight > 0;
}

gboolean
sk_rule_criteria_missing (gint64 fixed_e4,
                          guint  n_criteria)
{
  return fixed_e4 < 1000000 && n_criteria == 0;
}

/* Task lookups go through an index of the timeline (id → position + 1),
 * so that checking thousands of tasks stays linear. */
GHashTable *
sk_task_index_new (SkTimeline *t)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < t->tasks->len; i++)
    {
      const char *id = ((SkTask *) g_ptr_array_index (t->tasks, i))->id;

      if (id != NULL && !g_hash_table_contains (index, id))
        g_hash_table_insert (index, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
  return index;
}

gint
sk_task_index_lookup (GHashTable *index,
                      const char *id)
{
  return id ? (gint) GPOINTER_TO_UINT (g_hash_table_lookup (index, id)) - 1 : -1;
}

/* Depth-first search for a cycle through depends_on; colour: 0 new,
 * 1 on the stack, 2 done.  Returns the index of a task on a cycle, or -1.
 * Iterative: a file may chain hundreds of thousands of tasks. */
gint
sk_timeline_find_dependency_cycle (SkTimeline *t,
                                   GHashTable *index,
                                   guint       root,
                                   guint8     *colour)
{
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (guint) * 2);  /* task, next edge */
  guint frame[2] = { root, 0 };

  colour[root] = 1;
  g_array_append_vals (stack, frame, 1);
  while (stack->len > 0)
    {
      guint *top = &g_array_index (stack, guint, (stack->len - 1) * 2);
      SkTask *task = g_ptr_array_index (t->tasks, top[0]);

      if (top[1] < task->depends_on->len)
        {
          gint j = sk_task_index_lookup (index, g_ptr_array_index (task->depends_on, top[1]));

          top[1]++;
          if (j < 0)
            continue;
          if (colour[j] == 1)
            return (gint) top[0];
          if (colour[j] == 0)
            {
              guint next[2] = { (guint) j, 0 };

              colour[j] = 1;
              g_array_append_vals (stack, next, 1);
            }
        }
      else
        {
          colour[top[0]] = 2;
          g_array_set_size (stack, stack->len - 1);
        }
    }
  return -1;
}

/* For each task, whether walking up its phases runs into a cycle; in one
 * pass over all tasks.  state: 0 new, 1 on this walk, 2 fine, 3 cycle. */
guint8 *
sk_timeline_find_parent_cycles (SkTimeline *t,
                                GHashTable *index)
{
  guint8 *state = g_new0 (guint8, t->tasks->len + 1);
  g_autoptr(GArray) walk = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint i = 0; i < t->tasks->len; i++)
    {
      gint k = (gint) i;
      guint8 result = 2;

      if (state[i] != 0)
        continue;
      g_array_set_size (walk, 0);
      while (k >= 0)
        {
          if (state[k] == 1)
            {
              result = 3;
              break;
            }
          if (state[k] >= 2)
            {
              result = state[k];
              break;
            }
          state[k] = 1;
          g_array_append_val (walk, k);
          k = sk_task_index_lookup (index, ((SkTask *) g_ptr_array_index (t->tasks, k))->parent);
        }
      for (guint w = 0; w < walk->len; w++)
        state[g_array_index (walk, guint, w)] = result;
    }
  return state;
}

gboolean
sk_timeline_has_cycle (SkTimeline *t)
{
  g_autoptr(GHashTable) index = sk_task_index_new (t);
  g_autofree guint8 *colour = g_new0 (guint8, t->tasks->len + 1);
  g_autofree guint8 *parents = sk_timeline_find_parent_cycles (t, index);

  for (guint j = 0; j < t->tasks->len; j++)
    {
      if (parents[j] == 3)
        return TRUE;
      if (colour[j] == 0 && sk_timeline_find_dependency_cycle (t, index, j, colour) >= 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether making `task` depend on `predecessor` would close a loop: the
 * same search the checks of a file make, on the timeline as it would be. */
gboolean
sk_timeline_link_would_cycle (SkTimeline *t,
                              SkTask     *task,
                              const char *predecessor)
{
  gboolean cycle;

  g_ptr_array_add (task->depends_on, (char *) predecessor);
  cycle = sk_timeline_has_cycle (t);
  g_ptr_array_steal_index (task->depends_on, task->depends_on->len - 1);
  return cycle;
}
