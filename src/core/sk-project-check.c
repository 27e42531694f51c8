/* sk-project-check.c — the rules of FORMAT.md that go beyond JSON types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-check"

#include "config.h"

#include "sk-i18n.h"
#include <math.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-date.h"
#include "sk-format.h"
#include "sk-index.h"
#include "sk-json.h"
#include "sk-matrix.h"
#include "sk-project-private.h"
#include "sk-record.h"
#include "sk-rules.h"

/* The records by id, made once for a whole check. */
typedef struct
{
  SkIndex    *index;
  GHashTable *meetings;
  GHashTable *matrices;
  GHashTable *timelines;
  GHashTable *cost_models;
} Lookups;

/* Ids: syntax and uniqueness within one list.  Every record type keeps its
 * id as the first member, so one function serves all lists. */
static void
check_ids (GPtrArray  *problems,
           GPtrArray  *list,
           const char *path)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < list->len; i++)
    {
      const char *id = *(char **) g_ptr_array_index (list, i);
      gpointer first;

      /* The path is written only for a problem: most files have none,
       * and a list may have thousands of records. */
      if (!sk_rule_id_valid (id))
        {
          g_autofree char *p = g_strdup_printf ("%s[%u].id", path, i);

          sk_problems_add (problems, p, _("“%s” is not a valid id: use 1–64 characters a–z, 0–9, “_” or “-”"),
                           id ? id : "");
          continue;
        }
      if (g_hash_table_lookup_extended (seen, id, NULL, &first))
        {
          g_autofree char *p = g_strdup_printf ("%s[%u].id", path, i);

          sk_problems_add (problems, p, _("The id “%s” is used twice in this list (first at index %u)"),
                           id, GPOINTER_TO_UINT (first));
        }
      else
        g_hash_table_insert (seen, (gpointer) id, GUINT_TO_POINTER (i));
    }
}

static void
check_date (GPtrArray  *problems,
            const char *path,
            const char *value)
{
  if (!sk_rule_date_valid (value))
    sk_problems_add (problems, path, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                     value ? value : "", SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
}

/* The path of member `member` of task `j` of the list at `tasks`. */
static char *
task_path (const char *tasks,
           guint       j,
           const char *member)
{
  return g_strdup_printf ("%s[%u].%s", tasks, j, member);
}

/* A problem of that member.  The path is written only for a problem: a
 * timeline may have thousands of tasks, most files none. */
static void G_GNUC_PRINTF (5, 6)
task_problem (GPtrArray  *problems,
              const char *tasks,
              guint       j,
              const char *member,
              const char *format,
              ...)
{
  g_autofree char *path = task_path (tasks, j, member);
  va_list args;

  va_start (args, format);
  sk_problems_add_valist (problems, path, format, args);
  va_end (args);
}

static void
check_municipalities (SkProject *self,
                      Lookups   *lookups,
                      GPtrArray *problems)
{
  check_ids (problems, self->municipalities, "$.municipalities");
  for (guint i = 0; i < self->municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (self->municipalities, i);

      if (!sk_rule_municipality_number_valid (m->number))
        {
          g_autofree char *p = g_strdup_printf ("$.municipalities[%u].number", i);

          sk_problems_add (problems, p, _("A municipality number has four digits, not “%s”"), m->number);
        }
      for (guint f = 0; f < m->figures->len; f++)
        {
          const SkFigure *fig = &g_array_index (m->figures, SkFigure, f);

          if (!sk_rule_figure_valid (fig->value))
            {
              g_autofree char *base = g_strdup_printf ("$.municipalities[%u].figures", i);
              g_autofree char *p = _sk_json_path_with_key (base, fig->key);

              sk_problems_add (problems, p, _("Figures must not be negative (%s, %s)"),
                               m->name ? m->name : m->id, sk_figure_label (fig->key));
            }
        }
    }
}

static void
check_meetings (SkProject *self,
                Lookups   *lookups,
                GPtrArray *problems)
{
  check_ids (problems, self->meetings, "$.meetings");
  for (guint i = 0; i < self->meetings->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (self->meetings, i);
      g_autofree char *base = g_strdup_printf ("$.meetings[%u]", i);
      g_autofree char *items = g_strdup_printf ("%s.items", base);
      g_autofree char *date = g_strdup_printf ("%s.date", base);

      check_date (problems, date, m->date);
      if (!sk_rule_time_valid (m->start_time))
        {
          g_autofree char *p = g_strdup_printf ("%s.start_time", base);

          sk_problems_add (problems, p, _("“%s” is not a clock time: expected HH:MM"), m->start_time);
        }
      check_ids (problems, m->items, items);

      for (guint j = 0; j < m->items->len; j++)
        {
          SkItem *item = g_ptr_array_index (m->items, j);

          for (guint k = 0; k < item->links->len; k++)
            {
              SkLink *l = g_ptr_array_index (item->links, k);
              gboolean found = FALSE;

              switch (l->id != NULL ? (int) l->kind : -1)
                {
                case SK_LINK_MATRIX:     found = g_hash_table_contains (lookups->matrices, l->id); break;
                case SK_LINK_COST_MODEL: found = g_hash_table_contains (lookups->cost_models, l->id); break;
                case SK_LINK_TIMELINE:   found = g_hash_table_contains (lookups->timelines, l->id); break;
                default: break;
                }
              if (!found)
                {
                  g_autofree char *p = g_strdup_printf ("%s[%u].links[%u].id", items, j, k);
                  g_autofree char *message = sk_link_missing_message (l->kind, l->id);

                  sk_problems_add (problems, p, "%s", message);
                }
            }
        }
    }
}

static void
check_plan (SkProject *self,
            Lookups   *lookups,
            GPtrArray *problems)
{
  check_ids (problems, self->plan, "$.plan");
  for (guint i = 0; i < self->plan->len; i++)
    {
      SkPlanEntry *p = g_ptr_array_index (self->plan, i);

      if (p->meeting != NULL && !g_hash_table_contains (lookups->meetings, p->meeting))
        {
          g_autofree char *path = g_strdup_printf ("$.plan[%u].meeting", i);

          sk_problems_add (problems, path, _("No meeting has the id “%s”"), p->meeting);
        }
      if (!sk_rule_due_valid (p->due))
        {
          g_autofree char *path = g_strdup_printf ("$.plan[%u].due", i);

          sk_problems_add (problems, path, _("“%s” is not a month or quarter: expected YYYY-MM or YYYY-Qn"), p->due);
        }
    }
}

static void
check_matrices (SkProject *self,
                Lookups   *lookups,
                GPtrArray *problems)
{
  check_ids (problems, self->matrices, "$.matrices");
  for (guint i = 0; i < self->matrices->len; i++)
    {
      SkMatrix *m = g_ptr_array_index (self->matrices, i);
      g_autofree char *base = g_strdup_printf ("$.matrices[%u]", i);
      g_autofree char *factors = g_strdup_printf ("%s.factors", base);
      g_autofree char *max = sk_format_integer (SK_MATRIX_MAX_SCALE);
      g_autoptr(GHashTable) factor_ids = _sk_index_by_id (m->factors);
      g_autoptr(GHashTable) candidates = g_hash_table_new (g_str_hash, g_str_equal);
      double smax = sk_matrix_get_scale_max (m);
      double wmax = sk_matrix_get_weight_max (m);
      /* A scale that is wrong is reported once, not with every score. */
      gboolean scale_ok = sk_rule_matrix_max_valid (smax);
      gboolean weights_ok = sk_rule_matrix_max_valid (wmax);

      if (!scale_ok)
        {
          g_autofree char *p = g_strdup_printf ("%s.scale_max", base);

          sk_problems_add (problems, p, _("The highest score must be greater than 0 and at most %s"),
                           max);
        }
      if (!weights_ok)
        {
          g_autofree char *p = g_strdup_printf ("%s.weight_max", base);

          sk_problems_add (problems, p, _("The highest weight must be greater than 0 and at most %s"),
                           max);
        }
      if (m->factors->len == 0)
        sk_problems_add (problems, factors, _("A matrix needs at least one factor"));
      check_ids (problems, m->factors, factors);

      for (guint f = 0; f < m->factors->len && weights_ok; f++)
        {
          SkFactor *factor = g_ptr_array_index (m->factors, f);

          if (!sk_rule_factor_weight_valid (factor->weight, wmax))
            {
              g_autofree char *p = g_strdup_printf ("%s[%u].weight", factors, f);

              sk_problems_add (problems, p, _("The weight of “%s” must be between 0 and %g"),
                               factor->name ? factor->name : "", wmax);
            }
        }

      for (guint c = 0; c < m->candidates->len; c++)
        {
          SkCandidate *cand = g_ptr_array_index (m->candidates, c);
          g_autofree char *cbase = g_strdup_printf ("%s.candidates[%u]", base, c);
          g_autofree char *scores = g_strdup_printf ("%s.scores", cbase);

          if (_sk_index_municipality (lookups->index, cand->municipality) == NULL)
            {
              g_autofree char *p = g_strdup_printf ("%s.municipality", cbase);

              sk_problems_add (problems, p, _("No municipality has the id “%s”"),
                               cand->municipality ? cand->municipality : "");
            }
          else if (g_hash_table_contains (candidates, cand->municipality))
            {
              g_autofree char *p = g_strdup_printf ("%s.municipality", cbase);

              sk_problems_add (problems, p, _("“%s” is a candidate twice"), cand->municipality);
            }
          else
            g_hash_table_add (candidates, cand->municipality);
          for (guint k = 0; k < cand->score_keys->len; k++)
            {
              const char *key = g_ptr_array_index (cand->score_keys, k);
              double score = sk_candidate_get_score (cand, key);
              g_autofree char *p = _sk_json_path_with_key (scores, key);

              if (!g_hash_table_contains (factor_ids, key))
                sk_problems_add (problems, p, _("No factor of this matrix has the id “%s”"), key);
              else if (scale_ok && !sk_rule_score_valid (score, smax))
                sk_problems_add (problems, p, _("A score must be between 0 and %g"), smax);
            }
        }
    }
}

static void
check_timelines (SkProject *self,
                 GPtrArray *problems)
{
  check_ids (problems, self->timelines, "$.timelines");
  for (guint i = 0; i < self->timelines->len; i++)
    {
      SkTimeline *t = g_ptr_array_index (self->timelines, i);
      g_autofree char *tasks = g_strdup_printf ("$.timelines[%u].tasks", i);
      g_autofree guint8 *colour = g_new0 (guint8, t->tasks->len + 1);
      g_autoptr(GHashTable) index = sk_task_index_new (t);
      g_autofree guint8 *parent_state = sk_timeline_find_parent_cycles (t, index);

      check_ids (problems, t->tasks, tasks);
      for (guint j = 0; j < t->tasks->len; j++)
        {
          SkTask *task = g_ptr_array_index (t->tasks, j);
          GDate start, end;
          gboolean dates_ok = TRUE;

          if (!sk_date_parse (task->start, &start))
            {
              g_autofree char *p = task_path (tasks, j, "start");

              check_date (problems, p, task->start);
              dates_ok = FALSE;
            }
          if (!sk_date_parse (task->end, &end))
            {
              g_autofree char *p = task_path (tasks, j, "end");

              check_date (problems, p, task->end);
              dates_ok = FALSE;
            }
          if (dates_ok && !sk_rule_task_span_valid (&start, &end))
            task_problem (problems, tasks, j, "end", _("“%s” ends (%s) before it starts (%s)"),
                          task->name, task->end, task->start);
          else if (dates_ok && !sk_rule_milestone_span_valid (task->milestone, &start, &end))
            task_problem (problems, tasks, j, "end", _("“%s” is a milestone, so it starts and ends on the same day"),
                          task->name);

          if (!sk_rule_progress_valid (task->progress))
            task_problem (problems, tasks, j, "progress", _("Progress must be between 0 and 100"));

          if (task->parent != NULL)
            {
              gint parent = sk_task_index_lookup (index, task->parent);

              if (parent < 0)
                task_problem (problems, tasks, j, "parent", _("No task of this timeline has the id “%s”"),
                              task->parent);
              else if (((SkTask *) g_ptr_array_index (t->tasks, parent))->milestone)
                task_problem (problems, tasks, j, "parent", _("“%s” is a milestone and cannot be a phase"),
                              task->parent);
              else if (parent_state[j] == 3)
                task_problem (problems, tasks, j, "parent", _("The phases of “%s” form a cycle"), task->name);
            }

          {
            /* (a set only for a task of several: most have one or none) */
            g_autoptr(GHashTable) named = task->depends_on->len > 1 ? g_hash_table_new (g_str_hash, g_str_equal) : NULL;

            for (guint k = 0; k < task->depends_on->len; k++)
              {
                const char *dep = g_ptr_array_index (task->depends_on, k);
                gboolean missing = sk_task_index_lookup (index, dep) < 0;
                gboolean twice = named != NULL && !g_hash_table_add (named, (gpointer) dep);

                if (missing || twice || g_strcmp0 (dep, task->id) == 0)
                  {
                    g_autofree char *p = g_strdup_printf ("%s[%u].depends_on[%u]", tasks, j, k);

                    if (missing)
                      sk_problems_add (problems, p, _("No task of this timeline has the id “%s”"), dep);
                    else if (twice)
                      /* an edit adds a link once, and removes it once */
                      sk_problems_add (problems, p, _("“%s” depends on “%s” twice"), task->name, dep);
                    else
                      sk_problems_add (problems, p, _("“%s” cannot depend on itself"), task->name);
                  }
              }
          }
        }

      for (guint j = 0; j < t->tasks->len; j++)
        if (colour[j] == 0)
          {
            gint on_cycle = sk_timeline_find_dependency_cycle (t, index, j, colour);

            if (on_cycle >= 0)
              {
                SkTask *task = g_ptr_array_index (t->tasks, on_cycle);
                g_autofree char *p = g_strdup_printf ("%s[%d].depends_on", tasks, on_cycle);

                sk_problems_add (problems, p, _("The dependencies of “%s” form a cycle"), task->name);
                break;
              }
          }
    }
}

static void
check_cost_models (SkProject *self,
                   Lookups   *lookups,
                   GPtrArray *problems)
{
  check_ids (problems, self->cost_models, "$.cost_models");
  for (guint i = 0; i < self->cost_models->len; i++)
    {
      SkCostModel *c = g_ptr_array_index (self->cost_models, i);
      g_autofree char *base = g_strdup_printf ("$.cost_models[%u]", i);
      g_autofree char *scenarios = g_strdup_printf ("%s.scenarios", base);

      _sk_costs_check (self, lookups->index, c, NULL, base, base, problems);
      check_ids (problems, c->scenarios, scenarios);
      for (guint s = 0; s < c->scenarios->len; s++)
        {
          g_autofree char *sbase = g_strdup_printf ("%s[%u]", scenarios, s);

          _sk_costs_check (self, lookups->index, c, g_ptr_array_index (c->scenarios, s),
                           base, sbase, problems);
        }
    }
}

GPtrArray *
sk_project_check (SkProject *self)
{
  GPtrArray *problems;
  Lookups lookups;

  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);

  lookups.index = _sk_index_new (self);
  lookups.meetings = _sk_index_by_id (self->meetings);
  lookups.matrices = _sk_index_by_id (self->matrices);
  lookups.timelines = _sk_index_by_id (self->timelines);
  lookups.cost_models = _sk_index_by_id (self->cost_models);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_problem_free);
  check_municipalities (self, &lookups, problems);
  check_meetings (self, &lookups, problems);
  check_plan (self, &lookups, problems);
  check_matrices (self, &lookups, problems);
  check_timelines (self, problems);
  check_cost_models (self, &lookups, problems);
  _sk_project_check_extensions (self, problems);
  /* The board's record: members, attendance, votes, case numbers */
  _sk_record_check (self, problems);

  _sk_index_free (lookups.index);
  g_hash_table_unref (lookups.meetings);
  g_hash_table_unref (lookups.matrices);
  g_hash_table_unref (lookups.timelines);
  g_hash_table_unref (lookups.cost_models);
  return problems;
}
