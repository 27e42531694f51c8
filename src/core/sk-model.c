/* sk-model.c — constructors, destructors and small helpers of the records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-model"

#include "config.h"

#include <string.h>
#include "sk-i18n.h"

#include "sk-error.h"
#include "sk-model.h"
#include "sk-problem.h"

G_DEFINE_QUARK (sk-project-error-quark, sk_project_error)

SkProblem *
sk_problem_new (const char *path,
                const char *message)
{
  SkProblem *p = g_new0 (SkProblem, 1);

  p->path = g_strdup (path);
  p->message = sk_elide_quoted (message, 60);
  return p;
}

/* Adds a problem at `path` to `problems`, its message from `format`;
 * returns it, the array's. */
SkProblem *
sk_problems_add_valist (GPtrArray  *problems,
                        const char *path,
                        const char *format,
                        va_list     args)
{
  g_autofree char *message = g_strdup_vprintf (format, args);
  SkProblem *problem = sk_problem_new (path, message);

  g_ptr_array_add (problems, problem);
  return problem;
}

SkProblem *
sk_problems_add (GPtrArray  *problems,
                 const char *path,
                 const char *format,
                 ...)
{
  SkProblem *problem;
  va_list args;

  va_start (args, format);
  problem = sk_problems_add_valist (problems, path, format, args);
  va_end (args);
  return problem;
}

/* An error about a file quotes the file, and through json-glib or
 * GMarkup may quote bytes that are not UTF-8 or a string of any length.
 * Makes the message valid UTF-8, elides long quoted values and cuts what
 * is still too long for a dialog. */
void
sk_error_make_readable (GError *error)
{
  g_autofree char *valid = NULL;
  char *elided;

  if (error == NULL || error->message == NULL)
    return;
  valid = g_utf8_make_valid (error->message, -1);
  elided = sk_elide_quoted (valid, 60);
  if (g_utf8_strlen (elided, -1) > 500)
    {
      char *cut = g_utf8_offset_to_pointer (elided, 499);
      char *shorter = g_strdup_printf ("%.*s…", (int) (cut - elided), elided);
      g_free (elided);
      elided = shorter;
    }
  g_free (error->message);
  error->message = elided;
}

/* Messages quote what the file says: “…” (« » in Norwegian).  A value of 100,000 characters
 * would make the message unreadable (and slow to lay out), so a quoted
 * value longer than `max_chars` keeps its beginning and an ellipsis. */
char *
sk_elide_quoted (const char *message,
                 guint       max_chars)
{
  GString *out = g_string_new (NULL);
  const char *p = message;

  for (;;)
    {
      /* English quotes, and the Norwegian « » of the translations. */
      const char *curly = strstr (p, "“");
      const char *angle = strstr (p, "«");
      const char *open, *inner, *close;

      if (curly == NULL && angle == NULL)
        break;
      if (angle == NULL || (curly != NULL && curly < angle))
        {
          open = curly;
          inner = open + strlen ("“");
          close = strstr (inner, "”");
        }
      else
        {
          open = angle;
          inner = open + strlen ("«");
          close = strstr (inner, "»");
        }
      if (close == NULL)
        break;
      g_string_append_len (out, p, inner - p);
      if ((guint) g_utf8_strlen (inner, close - inner) > max_chars)
        {
          const char *cut = g_utf8_offset_to_pointer (inner, max_chars - 1);

          g_string_append_len (out, inner, cut - inner);
          g_string_append (out, "…");
        }
      else
        g_string_append_len (out, inner, close - inner);
      p = close;
    }
  g_string_append (out, p);
  return g_string_free (out, FALSE);
}

void
sk_problem_free (SkProblem *problem)
{
  if (problem == NULL)
    return;
  g_free (problem->path);
  g_free (problem->message);
  g_free (problem);
}

char *
sk_problem_to_string (const SkProblem *problem)
{
  return g_strdup_printf ("%s: %s", problem->path, problem->message);
}

const char *
sk_item_kind_to_string (SkItemKind kind)
{
  static const char *names[] = { "formal", "orientation", "decision", "discussion" };

  g_return_val_if_fail (kind <= SK_ITEM_DISCUSSION, "formal");
  return names[kind];
}

const char *
sk_item_kind_label (SkItemKind kind)
{
  switch (kind)
    {
    case SK_ITEM_FORMAL:      return C_("item kind", "Formal");
    case SK_ITEM_ORIENTATION: return C_("item kind", "Orientation");
    case SK_ITEM_DECISION:    return C_("item kind", "Decision");
    case SK_ITEM_DISCUSSION:  return C_("item kind", "Discussion");
    default:                  g_return_val_if_reached ("");
    }
}

const char *
sk_item_kind_icon_name (SkItemKind kind)
{
  switch (kind)
    {
    case SK_ITEM_FORMAL:      return "document-properties-symbolic";
    case SK_ITEM_ORIENTATION: return "dialog-information-symbolic";
    case SK_ITEM_DECISION:    return "emblem-ok-symbolic";
    case SK_ITEM_DISCUSSION:  return "user-available-symbolic";
    default:                  g_return_val_if_reached (NULL);
    }
}

const char *
sk_meeting_mode_to_string (SkMeetingMode mode)
{
  switch (mode)
    {
    case SK_MODE_PHYSICAL: return "physical";
    case SK_MODE_DIGITAL:  return "digital";
    case SK_MODE_HYBRID:   return "hybrid";
    case SK_MODE_UNSET:
    default:               return NULL;
    }
}

const char *
sk_meeting_mode_label (SkMeetingMode mode)
{
  switch (mode)
    {
    case SK_MODE_PHYSICAL: return _("In person");
    case SK_MODE_DIGITAL:  return _("Digital");
    case SK_MODE_HYBRID:   return _("Hybrid");
    case SK_MODE_UNSET:
    default:               return "";
    }
}

const char *
sk_link_kind_to_string (SkLinkKind kind)
{
  switch (kind)
    {
    case SK_LINK_MATRIX:     return "matrix";
    case SK_LINK_COST_MODEL: return "cost_model";
    case SK_LINK_TIMELINE:   return "timeline";
    default:                 g_return_val_if_reached ("matrix");
    }
}

/* That the project has no matrix, cost model or timeline of the id, in
 * the user's language: the kind is named in words, not by the file's
 * "cost_model", so that a translation can agree with it. */
char *
sk_link_missing_message (SkLinkKind  kind,
                         const char *id)
{
  if (id == NULL)
    id = "";
  switch (kind)
    {
    case SK_LINK_MATRIX:     return g_strdup_printf (_("No matrix has the id “%s”"), id);
    case SK_LINK_COST_MODEL: return g_strdup_printf (_("No cost model has the id “%s”"), id);
    case SK_LINK_TIMELINE:   return g_strdup_printf (_("No timeline has the id “%s”"), id);
    default:                 g_return_val_if_reached (g_strdup (id));
    }
}

/* The figures the app knows by name: on their own ("Children 0–17", a
 * column or a field) and inside a sentence ("75 % by children 0–17"). */
static const struct
{
  const char *key;
  const char *label;
  const char *phrase;
} figure_names[] = {
  /* Translators: each figure twice: on its own, and inside a sentence,
   * "75 % by children 0–17" (lower case where your language writes it so) */
  { "population",            N_("Population"),                  N_("population") },
  { "age_0_17",              N_("Children 0–17"),               N_("children 0–17") },
  { "age_0_24",              N_("Residents 0–24"),              N_("residents 0–24") },
  { "forest_productive_daa", N_("Productive forest (decares)"), N_("productive forest (decares)") },
  { "forest_planted_daa",    N_("Planted forest (decares)"),    N_("planted forest (decares)") },
  { "forest_holdings",       N_("Forest holdings"),             N_("forest holdings") },
  { "caseload",              N_("Caseload"),                    N_("caseload") },
};

/* A figure's name on its own; an unknown figure goes by its key. */
const char *
sk_figure_label (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (figure_names); i++)
    if (g_strcmp0 (key, figure_names[i].key) == 0)
      return _(figure_names[i].label);
  return key;
}

/* A figure's name inside a sentence or after "by": "by children 0–17". */
const char *
sk_figure_phrase (const char *key)
{
  for (guint i = 0; i < G_N_ELEMENTS (figure_names); i++)
    if (g_strcmp0 (key, figure_names[i].key) == 0)
      return _(figure_names[i].phrase);
  return key;
}

const SkFigure *
sk_municipality_get_figure (const SkMunicipality *m,
                            const char           *key)
{
  g_return_val_if_fail (m != NULL, NULL);

  for (guint i = 0; i < m->figures->len; i++)
    {
      const SkFigure *f = &g_array_index (m->figures, SkFigure, i);

      if (g_strcmp0 (f->key, key) == 0)
        return f;
    }
  return NULL;
}

void
sk_municipality_set_figure (SkMunicipality *m,
                            const char     *key,
                            double          value,
                            gboolean        integral)
{
  SkFigure f;

  for (guint i = 0; i < m->figures->len; i++)
    {
      SkFigure *g = &g_array_index (m->figures, SkFigure, i);

      if (g_strcmp0 (g->key, key) == 0)
        {
          g->value = value;
          g->integral = integral;
          g->whole = 0;
          return;
        }
    }
  f.key = g_strdup (key);
  f.value = value;
  f.integral = integral;
  f.whole = 0;
  g_array_append_val (m->figures, f);
}

double
sk_candidate_get_score (const SkCandidate *c,
                        const char        *factor_id)
{
  const double *v = g_hash_table_lookup (c->scores, factor_id);

  return v ? *v : 0.0;
}

void
sk_candidate_set_score (SkCandidate *c,
                        const char  *factor_id,
                        double       score)
{
  double *v = g_hash_table_lookup (c->scores, factor_id);

  if (v == NULL)
    {
      char *key = g_strdup (factor_id);

      v = g_new (double, 1);
      g_hash_table_insert (c->scores, key, v);
      g_ptr_array_add (c->score_keys, g_strdup (factor_id));
    }
  *v = score;
}

double
sk_matrix_get_scale_max (const SkMatrix *matrix)
{
  return matrix->has_scale_max ? matrix->scale_max : 5.0;
}

double
sk_matrix_get_weight_max (const SkMatrix *matrix)
{
  return matrix->has_weight_max ? matrix->weight_max : 5.0;
}

static void
figure_clear (gpointer data)
{
  SkFigure *f = data;

  g_free (f->key);
}

SkMunicipality *
sk_municipality_new (void)
{
  SkMunicipality *m = g_new0 (SkMunicipality, 1);

  m->figures = g_array_new (FALSE, TRUE, sizeof (SkFigure));
  g_array_set_clear_func (m->figures, figure_clear);
  return m;
}

void
sk_municipality_free (SkMunicipality *m)
{
  if (m == NULL)
    return;
  g_free (m->id);
  g_free (m->name);
  g_free (m->number);
  g_array_unref (m->figures);
  g_clear_pointer (&m->extra, json_object_unref);
  g_free (m);
}

SkMeeting *
sk_meeting_new (void)
{
  SkMeeting *m = g_new0 (SkMeeting, 1);

  m->items = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_item_free);
  return m;
}

void
sk_meeting_free (SkMeeting *m)
{
  if (m == NULL)
    return;
  g_free (m->id);
  g_free (m->body);
  g_free (m->title);
  g_free (m->date);
  g_free (m->start_time);
  g_free (m->location);
  g_ptr_array_unref (m->items);
  g_clear_pointer (&m->extra, json_object_unref);
  g_free (m);
}

SkItem *
sk_item_new (void)
{
  SkItem *i = g_new0 (SkItem, 1);

  i->duration_min = -1;
  i->attachments = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_attachment_free);
  i->links = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_link_free);
  return i;
}

void
sk_item_free (SkItem *i)
{
  if (i == NULL)
    return;
  g_free (i->id);
  g_free (i->number);
  g_free (i->title);
  g_free (i->presenter);
  g_free (i->body);
  g_free (i->proposal);
  g_free (i->decision);
  g_ptr_array_unref (i->attachments);
  g_ptr_array_unref (i->links);
  g_clear_pointer (&i->extra, json_object_unref);
  g_free (i);
}

SkAttachment *
sk_attachment_new (void)
{
  return g_new0 (SkAttachment, 1);
}

void
sk_attachment_free (SkAttachment *a)
{
  if (a == NULL)
    return;
  g_free (a->title);
  g_free (a->uri);
  g_clear_pointer (&a->extra, json_object_unref);
  g_free (a);
}

SkLink *
sk_link_new (void)
{
  return g_new0 (SkLink, 1);
}

void
sk_link_free (SkLink *l)
{
  if (l == NULL)
    return;
  g_free (l->id);
  g_clear_pointer (&l->extra, json_object_unref);
  g_free (l);
}

SkPlanEntry *
sk_plan_entry_new (void)
{
  return g_new0 (SkPlanEntry, 1);
}

void
sk_plan_entry_free (SkPlanEntry *p)
{
  if (p == NULL)
    return;
  g_free (p->id);
  g_free (p->title);
  g_free (p->meeting);
  g_free (p->due);
  g_free (p->note);
  g_clear_pointer (&p->extra, json_object_unref);
  g_free (p);
}

SkMatrix *
sk_matrix_new (void)
{
  SkMatrix *m = g_new0 (SkMatrix, 1);

  m->scale_max = 5;
  m->weight_max = 5;
  m->factors = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_factor_free);
  m->candidates = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_candidate_free);
  return m;
}

void
sk_matrix_free (SkMatrix *m)
{
  if (m == NULL)
    return;
  g_free (m->id);
  g_free (m->title);
  g_ptr_array_unref (m->factors);
  g_ptr_array_unref (m->candidates);
  g_clear_pointer (&m->extra, json_object_unref);
  g_free (m);
}

/* A copy that later edits of `m` leave alone.  Unknown fields (`extra`)
 * are shared, as nothing changes them after reading. */
SkMatrix *
sk_matrix_copy (const SkMatrix *m)
{
  SkMatrix *copy = sk_matrix_new ();

  copy->id = g_strdup (m->id);
  copy->title = g_strdup (m->title);
  copy->scale_max = m->scale_max;
  copy->weight_max = m->weight_max;
  copy->has_scale_max = m->has_scale_max;
  copy->has_weight_max = m->has_weight_max;
  copy->extra = m->extra ? json_object_ref (m->extra) : NULL;
  for (guint i = 0; i < m->factors->len; i++)
    {
      const SkFactor *f = g_ptr_array_index (m->factors, i);
      SkFactor *g = sk_factor_new ();

      g->id = g_strdup (f->id);
      g->name = g_strdup (f->name);
      g->weight = f->weight;
      g->note = g_strdup (f->note);
      g->extra = f->extra ? json_object_ref (f->extra) : NULL;
      g_ptr_array_add (copy->factors, g);
    }
  for (guint i = 0; i < m->candidates->len; i++)
    {
      const SkCandidate *c = g_ptr_array_index (m->candidates, i);
      SkCandidate *d = sk_candidate_new ();
      GHashTableIter iter;
      gpointer key, value;

      d->municipality = g_strdup (c->municipality);
      g_hash_table_iter_init (&iter, c->scores);
      while (g_hash_table_iter_next (&iter, &key, &value))
        g_hash_table_insert (d->scores, g_strdup (key), g_memdup2 (value, sizeof (double)));
      for (guint k = 0; k < c->score_keys->len; k++)
        g_ptr_array_add (d->score_keys, g_strdup (g_ptr_array_index (c->score_keys, k)));
      d->note = g_strdup (c->note);
      d->extra = c->extra ? json_object_ref (c->extra) : NULL;
      g_ptr_array_add (copy->candidates, d);
    }
  return copy;
}

SkFactor *
sk_factor_new (void)
{
  return g_new0 (SkFactor, 1);
}

void
sk_factor_free (SkFactor *f)
{
  if (f == NULL)
    return;
  g_free (f->id);
  g_free (f->name);
  g_free (f->note);
  g_clear_pointer (&f->extra, json_object_unref);
  g_free (f);
}

SkCandidate *
sk_candidate_new (void)
{
  SkCandidate *c = g_new0 (SkCandidate, 1);

  c->scores = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  c->score_keys = g_ptr_array_new_with_free_func (g_free);
  return c;
}

void
sk_candidate_free (SkCandidate *c)
{
  if (c == NULL)
    return;
  g_free (c->municipality);
  g_hash_table_unref (c->scores);
  g_ptr_array_unref (c->score_keys);
  g_free (c->note);
  g_clear_pointer (&c->extra, json_object_unref);
  g_free (c);
}

SkTimeline *
sk_timeline_new (void)
{
  SkTimeline *t = g_new0 (SkTimeline, 1);

  t->tasks = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_task_free);
  return t;
}

void
sk_timeline_free (SkTimeline *t)
{
  if (t == NULL)
    return;
  g_free (t->id);
  g_free (t->title);
  g_ptr_array_unref (t->tasks);
  g_clear_pointer (&t->extra, json_object_unref);
  g_free (t);
}

SkTask *
sk_task_new (void)
{
  SkTask *t = g_new0 (SkTask, 1);

  t->progress = -1;
  t->depends_on = g_ptr_array_new_with_free_func (g_free);
  return t;
}

void
sk_task_free (SkTask *t)
{
  if (t == NULL)
    return;
  g_free (t->id);
  g_free (t->name);
  g_free (t->start);
  g_free (t->end);
  g_free (t->parent);
  g_ptr_array_unref (t->depends_on);
  g_free (t->note);
  g_clear_pointer (&t->extra, json_object_unref);
  g_free (t);
}

SkCostModel *
sk_cost_model_new (void)
{
  SkCostModel *c = g_new0 (SkCostModel, 1);

  c->participants = g_ptr_array_new_with_free_func (g_free);
  c->criteria = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);
  c->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_scenario_free);
  return c;
}

void
sk_cost_model_free (SkCostModel *c)
{
  if (c == NULL)
    return;
  g_free (c->id);
  g_free (c->title);
  g_ptr_array_unref (c->participants);
  g_ptr_array_unref (c->criteria);
  g_ptr_array_unref (c->scenarios);
  g_clear_pointer (&c->extra, json_object_unref);
  g_free (c);
}

SkCriterion *
sk_criterion_new (void)
{
  return g_new0 (SkCriterion, 1);
}

void
sk_criterion_free (SkCriterion *c)
{
  if (c == NULL)
    return;
  g_free (c->figure);
  g_clear_pointer (&c->extra, json_object_unref);
  g_free (c);
}

SkScenario *
sk_scenario_new (void)
{
  return g_new0 (SkScenario, 1);
}

void
sk_scenario_free (SkScenario *s)
{
  if (s == NULL)
    return;
  g_free (s->id);
  g_free (s->title);
  g_clear_pointer (&s->criteria, g_ptr_array_unref);
  g_clear_pointer (&s->participants, g_ptr_array_unref);
  g_clear_pointer (&s->extra, json_object_unref);
  g_free (s);
}
