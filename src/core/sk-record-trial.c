/* sk-record-trial.c — whether an edit keeps the board's record's rules:
 * the edit made in place, the record checked before and after, and the
 * edit taken back; refused with the first problem it would bring
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-check"

#include "config.h"

#include "sk-project-private.h"
#include "sk-record-private.h"

/* A problem of `after` that `before` does not have, or NULL. */
static const SkProblem *
new_problem (GPtrArray *before,
             GPtrArray *after)
{
  for (guint i = 0; i < after->len; i++)
    {
      const SkProblem *a = g_ptr_array_index (after, i);
      gboolean known = FALSE;

      for (guint k = 0; k < before->len && !known; k++)
        {
          const SkProblem *b = g_ptr_array_index (before, k);

          known = g_str_equal (a->path, b->path) && g_str_equal (a->message, b->message);
        }
      if (!known)
        return a;
    }
  return NULL;
}

gboolean
_sk_record_trial (SkProject      *project,
                  SkRecordTrial   trial,
                  gpointer        data,
                  GError        **error)
{
  g_autoptr(GPtrArray) before = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_problem_free);
  g_autoptr(GPtrArray) after = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_problem_free);
  const SkProblem *problem;

  _sk_record_check (project, before);
  trial (data, TRUE);
  _sk_record_check (project, after);
  trial (data, FALSE);
  if ((problem = new_problem (before, after)) == NULL)
    return TRUE;
  /* An edit's refusal speaks to the user, who has no JSON path in sight
   * (a file's problem gives its path beside it: sk_project_check ()). */
  g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID, problem->message);
  return FALSE;
}

static void
swap_pointer (gpointer data,
              gboolean apply)
{
  gpointer *pair = data;
  gpointer held = *(gpointer *) pair[0];

  /* pair: { slot, other }; applying and undoing are the same swap */
  (void) apply;
  *(gpointer *) pair[0] = pair[1];
  pair[1] = held;
}

gboolean
_sk_record_trial_pointer (SkProject  *project,
                          gpointer   *slot,
                          gpointer    candidate,
                          GError    **error)
{
  gpointer pair[2] = { slot, candidate };

  return _sk_record_trial (project, swap_pointer, pair, error);
}

typedef struct
{
  GPtrArray *list;
  guint      at;
  gpointer   element;
} Taken;

static void
take_out (gpointer data,
          gboolean apply)
{
  Taken *taken = data;

  if (apply)
    g_ptr_array_steal_index (taken->list, taken->at);
  else
    g_ptr_array_insert (taken->list, taken->at, taken->element);
}

gboolean
_sk_record_trial_remove (SkProject  *project,
                         GPtrArray  *list,
                         guint       at,
                         GError    **error)
{
  Taken taken = { list, at, g_ptr_array_index (list, at) };

  return _sk_record_trial (project, take_out, &taken, error);
}

typedef struct
{
  GPtrArray *list;
  guint      from;
  guint      to;
} Moved;

static void
move (gpointer data,
      gboolean apply)
{
  Moved *moved = data;
  guint from = apply ? moved->from : moved->to, to = apply ? moved->to : moved->from;
  gpointer element = g_ptr_array_steal_index (moved->list, from);

  g_ptr_array_insert (moved->list, to, element);
}

gboolean
_sk_record_trial_move (SkProject  *project,
                       GPtrArray  *list,
                       guint       from,
                       guint       to,
                       GError    **error)
{
  Moved moved = { list, from, to };

  if (from == to)
    return TRUE;
  return _sk_record_trial (project, move, &moved, error);
}
