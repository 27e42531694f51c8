/* sk-edit-matrix.c — editing the scoring matrices: factors, candidates,
 * weights and scores
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include <string.h>

#include "sk-agenda.h"
#include "sk-edit-private.h"

static const SkField matrix_title = SK_FIELD (SK_RECORD_MATRIX, SkMatrix, "title", SK_VALUE_STRING, title);
static const SkField matrix_scale_max =
  SK_FIELD_HAS (SK_RECORD_MATRIX, SkMatrix, "scale_max", SK_VALUE_DOUBLE, scale_max, has_scale_max);
static const SkField matrix_weight_max =
  SK_FIELD_HAS (SK_RECORD_MATRIX, SkMatrix, "weight_max", SK_VALUE_DOUBLE, weight_max, has_weight_max);
static const SkField factor_name = SK_FIELD (SK_RECORD_FACTOR, SkFactor, "name", SK_VALUE_STRING, name);
static const SkField factor_weight = SK_FIELD (SK_RECORD_FACTOR, SkFactor, "weight", SK_VALUE_DOUBLE, weight);
static const SkField factor_note = SK_FIELD (SK_RECORD_FACTOR, SkFactor, "note", SK_VALUE_STRING, note);
static const SkField candidate_note = SK_FIELD (SK_RECORD_CANDIDATE, SkCandidate, "note", SK_VALUE_STRING, note);

static SkMatrix *
find_matrix (SkProject   *project,
             const char  *id,
             guint       *position,
             GError     **error)
{
  SkMatrix *m = sk_project_find_matrix (project, id);

  if (m == NULL)
    _sk_edit_link_not_found (error, SK_LINK_MATRIX, id);
  else if (position != NULL)
    g_ptr_array_find (project->matrices, m, position);
  return m;
}

static SkFactor *
find_factor (SkProject   *project,
             const char  *matrix_id,
             const char  *id,
             guint       *position,
             GError     **error)
{
  SkMatrix *m = find_matrix (project, matrix_id, NULL, error);
  SkIds ids = { matrix_id, id };
  SkFactor *f;

  if (m == NULL)
    return NULL;
  if ((f = _sk_edit_locate (project, SK_RECORD_FACTOR, ids)) == NULL)
    g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
                 _("No factor of this matrix has the id “%s”"), id ? id : "");
  else if (position != NULL)
    g_ptr_array_find (m->factors, f, position);
  return f;
}

static SkCandidate *
find_candidate (SkProject   *project,
                const char  *matrix_id,
                const char  *municipality,
                guint       *position,
                GError     **error)
{
  SkMatrix *m = find_matrix (project, matrix_id, NULL, error);
  SkIds ids = { matrix_id, municipality };
  SkCandidate *c;

  if (m == NULL)
    return NULL;
  if ((c = _sk_edit_locate (project, SK_RECORD_CANDIDATE, ids)) == NULL)
    _sk_edit_not_found (error, municipality);
  else if (position != NULL)
    g_ptr_array_find (m->candidates, c, position);
  return c;
}

/* Matrices */

gboolean
sk_edit_add_matrix (SkHistory   *history,
                    SkProject   *project,
                    const char  *title,
                    const char  *factor_name,
                    char       **id_out,
                    GError     **error)
{
  SkMatrix *m;
  SkFactor *f;
  SkIds parent = { NULL };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A matrix needs a title"));
  if (factor_name == NULL || *factor_name == '\0')
    return _sk_edit_refuse (error, _("A matrix needs at least one factor"));
  m = sk_matrix_new ();
  m->id = sk_unique_id (project->matrices, "matrix");
  m->title = g_strdup (title);
  f = sk_factor_new ();
  f->id = g_strdup ("factor-1");
  f->name = g_strdup (factor_name);
  f->weight = 1;
  g_ptr_array_add (m->factors, f);
  return _sk_edit_run_insert (history, project, SK_RECORD_MATRIX, parent, project->matrices->len, m, m->id,
                              id_out, g_strdup_printf (_("Add «%s»"), title));
}

/* Removes the matrix, timeline or cost model at `position`, and every
 * agenda item's link to it. */
gboolean
_sk_edit_remove_linked (SkHistory    *history,
                        SkProject    *project,
                        SkRecordKind  kind,
                        SkLinkKind    link_kind,
                        const char   *id,
                        guint         position,
                        const char   *title)
{
  GPtrArray *commands = _sk_edit_commands_new ();
  SkIds top = { NULL };

  for (guint m = 0; m < project->meetings->len; m++)
    {
      SkMeeting *meeting = g_ptr_array_index (project->meetings, m);

      for (guint i = 0; i < meeting->items->len; i++)
        {
          SkItem *item = g_ptr_array_index (meeting->items, i);
          SkIds parent = { meeting->id, item->id };

          /* From the end, so that each position holds when it is done. */
          for (guint l = item->links->len; l > 0; l--)
            {
              SkLink *link = g_ptr_array_index (item->links, l - 1);

              if (link->kind == link_kind && g_strcmp0 (link->id, id) == 0)
                _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_LINK, parent, l - 1, NULL));
            }
        }
    }
  _sk_edit_add (commands, _sk_edit_remove_command (project, kind, top, position, NULL));
  return _sk_edit_run (history, project, _sk_edit_group (commands, g_strdup_printf (_("Remove «%s»"), title)));
}

gboolean
sk_edit_remove_matrix (SkHistory   *history,
                       SkProject   *project,
                       const char  *id,
                       GError     **error)
{
  SkMatrix *m;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, id, &at, error)) == NULL)
    return FALSE;
  return _sk_edit_remove_linked (history, project, SK_RECORD_MATRIX, SK_LINK_MATRIX, id, at, m->title);
}

gboolean
sk_edit_set_matrix_title (SkHistory   *history,
                          SkProject   *project,
                          const char  *id,
                          const char  *title,
                          GError     **error)
{
  SkMatrix *m;
  SkIds ids = { id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, id, NULL, error)) == NULL)
    return FALSE;
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A matrix needs a title"));
  return _sk_edit_set_string (history, project, &matrix_title, ids, title,
                              g_strdup_printf (_("Rename «%s»"), m->title));
}

/* The highest score: every score given must stay within it. */
gboolean
sk_edit_set_matrix_scale_max (SkHistory   *history,
                              SkProject   *project,
                              const char  *id,
                              double       scale_max,
                              GError     **error)
{
  SkMatrix *m;
  SkIds ids = { id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, id, NULL, error)) == NULL)
    return FALSE;
  if (!sk_rule_matrix_max_valid (scale_max))
    return _sk_edit_refuse (error, _("The highest score must be greater than 0"));
  for (guint c = 0; c < m->candidates->len; c++)
    {
      SkCandidate *cand = g_ptr_array_index (m->candidates, c);

      for (guint k = 0; k < cand->score_keys->len; k++)
        if (!sk_rule_score_valid (sk_candidate_get_score (cand, g_ptr_array_index (cand->score_keys, k)), scale_max))
          return _sk_edit_refuse (error, _("A score must be between 0 and %g"), scale_max);
    }
  return _sk_edit_set_double (history, project, &matrix_scale_max, ids, scale_max,
                              g_strdup_printf (_("Change the Highest Score of «%s»"), m->title));
}

/* The highest weight: every factor's weight must stay within it. */
gboolean
sk_edit_set_matrix_weight_max (SkHistory   *history,
                               SkProject   *project,
                               const char  *id,
                               double       weight_max,
                               GError     **error)
{
  SkMatrix *m;
  SkIds ids = { id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, id, NULL, error)) == NULL)
    return FALSE;
  if (!sk_rule_matrix_max_valid (weight_max))
    return _sk_edit_refuse (error, _("The highest weight must be greater than 0"));
  for (guint f = 0; f < m->factors->len; f++)
    {
      SkFactor *factor = g_ptr_array_index (m->factors, f);

      if (!sk_rule_factor_weight_valid (factor->weight, weight_max))
        return _sk_edit_refuse (error, _("The weight of “%s” must be between 0 and %g"),
                                factor->name ? factor->name : "", weight_max);
    }
  return _sk_edit_set_double (history, project, &matrix_weight_max, ids, weight_max,
                              g_strdup_printf (_("Change the Highest Weight of «%s»"), m->title));
}

/* Factors */

gboolean
sk_edit_add_factor (SkHistory   *history,
                    SkProject   *project,
                    const char  *matrix_id,
                    const char  *name,
                    double       weight,
                    char       **id_out,
                    GError     **error)
{
  SkMatrix *m;
  SkFactor *f;
  SkIds parent = { matrix_id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, matrix_id, NULL, error)) == NULL)
    return FALSE;
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A factor needs a name"));
  if (!sk_rule_factor_weight_valid (weight, sk_matrix_get_weight_max (m)))
    return _sk_edit_refuse (error, _("The weight of “%s” must be between 0 and %g"),
                            name, sk_matrix_get_weight_max (m));
  f = sk_factor_new ();
  f->id = sk_unique_id (m->factors, "factor");
  f->name = g_strdup (name);
  f->weight = weight;
  return _sk_edit_run_insert (history, project, SK_RECORD_FACTOR, parent, m->factors->len, f, f->id, id_out,
                              g_strdup_printf (_("Add «%s»"), name));
}

/* A score given or taken away: put back where it was in the file. */

typedef struct
{
  char     *ids[3];    /* matrix, municipality, factor */
  gboolean  had;
  guint     key_index; /* of the factor in score_keys, when had */
  double    old;
  gboolean  has_new;
  double    new;
} ScoreData;

static void
score_put (SkCandidate *c,
           const char  *factor,
           gboolean     present,
           double       value,
           guint        index)
{
  guint at;

  if (present)
    {
      gboolean existed = g_hash_table_contains (c->scores, factor);

      sk_candidate_set_score (c, factor, value);
      if (!existed && index < c->score_keys->len - 1)
        g_ptr_array_insert (c->score_keys, index, g_ptr_array_steal_index (c->score_keys, c->score_keys->len - 1));
    }
  else if (g_ptr_array_find_with_equal_func (c->score_keys, factor, g_str_equal, &at))
    {
      g_ptr_array_remove_index (c->score_keys, at);
      g_hash_table_remove (c->scores, factor);
    }
}

static void
score_apply (gpointer   data,
             SkProject *project,
             gboolean   undo)
{
  ScoreData *d = data;
  SkIds ids = { d->ids[0], d->ids[1] };
  SkCandidate *c = _sk_edit_locate (project, SK_RECORD_CANDIDATE, ids);
  g_autofree char *path = _sk_edit_path (ids);
  g_autofree char *field = g_strdup_printf ("scores.%s", d->ids[2]);

  g_assert (c != NULL);
  if (undo)
    score_put (c, d->ids[2], d->had, d->old, d->key_index);
  else
    score_put (c, d->ids[2], d->has_new, d->new, c->score_keys->len);
  sk_project_emit_record_changed (project, SK_RECORD_CANDIDATE, path, field);
}

static gboolean
score_merge (gpointer data,
             gpointer next,
             gboolean dry_run)
{
  ScoreData *d = data, *n = next;

  for (guint i = 0; i < 3; i++)
    if (g_strcmp0 (d->ids[i], n->ids[i]) != 0)
      return FALSE;
  if (!dry_run)
    {
      d->has_new = n->has_new;
      d->new = n->new;
    }
  return TRUE;
}

static void
score_free (gpointer data)
{
  ScoreData *d = data;

  for (guint i = 0; i < 3; i++)
    g_free (d->ids[i]);
  g_free (d);
}

static gsize
score_size (gpointer data)
{
  ScoreData *d = data;

  return sizeof *d + strlen (d->ids[0]) + strlen (d->ids[1]) + strlen (d->ids[2]) + 3;
}

static const SkCommandOps score_ops = { "set-score", score_apply, score_merge, score_free, score_size };

static SkCommand *
score_command (SkCandidate *c,
               const char  *matrix_id,
               const char  *factor_id,
               gboolean     present,
               double       value,
               char        *label)
{
  ScoreData *d;
  guint at = 0;
  gboolean had = g_ptr_array_find_with_equal_func (c->score_keys, factor_id, g_str_equal, &at);

  if (had == present && (!present || sk_candidate_get_score (c, factor_id) == value))
    {
      g_free (label);
      return NULL;
    }
  d = g_new0 (ScoreData, 1);
  d->ids[0] = g_strdup (matrix_id);
  d->ids[1] = g_strdup (c->municipality);
  d->ids[2] = g_strdup (factor_id);
  d->had = had;
  d->key_index = at;
  d->old = sk_candidate_get_score (c, factor_id);
  d->has_new = present;
  d->new = value;
  return sk_command_new (&score_ops, d, label);
}

/* The factor goes, and every candidate's score for it. */
gboolean
sk_edit_remove_factor (SkHistory   *history,
                       SkProject   *project,
                       const char  *matrix_id,
                       const char  *id,
                       GError     **error)
{
  GPtrArray *commands;
  SkMatrix *m;
  SkFactor *f;
  SkIds parent = { matrix_id };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((f = find_factor (project, matrix_id, id, &at, error)) == NULL)
    return FALSE;
  m = sk_project_find_matrix (project, matrix_id);
  if (m->factors->len <= 1)
    return _sk_edit_refuse (error, _("A matrix needs at least one factor"));
  commands = _sk_edit_commands_new ();
  for (guint c = 0; c < m->candidates->len; c++)
    _sk_edit_add (commands, score_command (g_ptr_array_index (m->candidates, c), matrix_id, id, FALSE, 0, NULL));
  _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_FACTOR, parent, at, NULL));
  return _sk_edit_run (history, project, _sk_edit_group (commands, g_strdup_printf (_("Remove «%s»"), f->name)));
}

gboolean
sk_edit_move_factor (SkHistory   *history,
                     SkProject   *project,
                     const char  *matrix_id,
                     const char  *id,
                     guint        to,
                     GError     **error)
{
  SkFactor *f;
  SkIds parent = { matrix_id };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((f = find_factor (project, matrix_id, id, &at, error)) == NULL)
    return FALSE;
  to = MIN (to, sk_project_find_matrix (project, matrix_id)->factors->len - 1);
  return _sk_edit_run (history, project,
                       _sk_edit_move_command (SK_RECORD_FACTOR, parent, at, to,
                                              g_strdup_printf (_("Move «%s»"), f->name)));
}

gboolean
sk_edit_set_factor_name (SkHistory   *history,
                         SkProject   *project,
                         const char  *matrix_id,
                         const char  *id,
                         const char  *name,
                         GError     **error)
{
  SkIds ids = { matrix_id, id };
  SkFactor *f;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((f = find_factor (project, matrix_id, id, NULL, error)) == NULL)
    return FALSE;
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A factor needs a name"));
  return _sk_edit_set_string (history, project, &factor_name, ids, name,
                              g_strdup_printf (_("Rename «%s»"), f->name));
}

gboolean
sk_edit_set_factor_note (SkHistory   *history,
                         SkProject   *project,
                         const char  *matrix_id,
                         const char  *id,
                         const char  *note,
                         GError     **error)
{
  SkIds ids = { matrix_id, id };
  SkFactor *f;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((f = find_factor (project, matrix_id, id, NULL, error)) == NULL)
    return FALSE;
  return _sk_edit_set_string (history, project, &factor_note, ids, note && *note ? note : NULL,
                              g_strdup_printf (_("Edit the Note on «%s»"), f->name));
}

gboolean
sk_edit_set_weight (SkHistory   *history,
                    SkProject   *project,
                    const char  *matrix_id,
                    const char  *id,
                    double       weight,
                    GError     **error)
{
  SkIds ids = { matrix_id, id };
  SkFactor *f;
  double wmax;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((f = find_factor (project, matrix_id, id, NULL, error)) == NULL)
    return FALSE;
  wmax = sk_matrix_get_weight_max (sk_project_find_matrix (project, matrix_id));
  if (!sk_rule_factor_weight_valid (weight, wmax))
    return _sk_edit_refuse (error, _("The weight of “%s” must be between 0 and %g"),
                            f->name ? f->name : "", wmax);
  return _sk_edit_set_double (history, project, &factor_weight, ids, weight,
                              g_strdup_printf (_("Change Weight «%s»"), f->name));
}

/* Candidates */

gboolean
sk_edit_add_candidate (SkHistory   *history,
                       SkProject   *project,
                       const char  *matrix_id,
                       const char  *municipality,
                       GError     **error)
{
  SkMunicipality *mun;
  SkCandidate *c;
  SkMatrix *m;
  SkIds parent = { matrix_id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, matrix_id, NULL, error)) == NULL)
    return FALSE;
  if ((mun = sk_project_find_municipality (project, municipality)) == NULL)
    return _sk_edit_refuse (error, _("No municipality has the id “%s”"), municipality ? municipality : "");
  if (sk_rule_id_taken (m->candidates, municipality, NULL))
    return _sk_edit_refuse (error, _("“%s” is a candidate twice"), municipality);
  c = sk_candidate_new ();
  c->municipality = g_strdup (municipality);
  return _sk_edit_run (history, project,
                       _sk_edit_insert_command (SK_RECORD_CANDIDATE, parent, m->candidates->len, c,
                                                g_strdup_printf (_("Add «%s»"), mun->name)));
}

gboolean
sk_edit_remove_candidate (SkHistory   *history,
                          SkProject   *project,
                          const char  *matrix_id,
                          const char  *municipality,
                          GError     **error)
{
  SkIds parent = { matrix_id };
  SkMunicipality *mun;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (find_candidate (project, matrix_id, municipality, &at, error) == NULL)
    return FALSE;
  mun = sk_project_find_municipality (project, municipality);
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_CANDIDATE, parent, at,
                                                g_strdup_printf (_("Remove «%s»"), mun ? mun->name : municipality)));
}

gboolean
sk_edit_move_candidate (SkHistory   *history,
                        SkProject   *project,
                        const char  *matrix_id,
                        const char  *municipality,
                        guint        to,
                        GError     **error)
{
  SkIds parent = { matrix_id };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (find_candidate (project, matrix_id, municipality, &at, error) == NULL)
    return FALSE;
  to = MIN (to, sk_project_find_matrix (project, matrix_id)->candidates->len - 1);
  return _sk_edit_run (history, project,
                       _sk_edit_move_command (SK_RECORD_CANDIDATE, parent, at, to,
                                              g_strdup (_("Change the Order of the Candidates"))));
}

gboolean
sk_edit_set_candidate_note (SkHistory   *history,
                            SkProject   *project,
                            const char  *matrix_id,
                            const char  *municipality,
                            const char  *note,
                            GError     **error)
{
  SkIds ids = { matrix_id, municipality };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (find_candidate (project, matrix_id, municipality, NULL, error) == NULL)
    return FALSE;
  return _sk_edit_set_string (history, project, &candidate_note, ids, note && *note ? note : NULL,
                              g_strdup (_("Edit the Note on a Candidate")));
}

gboolean
sk_edit_set_score (SkHistory   *history,
                   SkProject   *project,
                   const char  *matrix_id,
                   const char  *municipality,
                   const char  *factor_id,
                   double       score,
                   GError     **error)
{
  SkCandidate *c;
  SkFactor *f;
  double smax;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((c = find_candidate (project, matrix_id, municipality, NULL, error)) == NULL ||
      (f = find_factor (project, matrix_id, factor_id, NULL, error)) == NULL)
    return FALSE;
  smax = sk_matrix_get_scale_max (sk_project_find_matrix (project, matrix_id));
  if (!sk_rule_score_valid (score, smax))
    return _sk_edit_refuse (error, _("A score must be between 0 and %g"), smax);
  return _sk_edit_run (history, project,
                       score_command (c, matrix_id, factor_id, TRUE, score,
                                      g_strdup_printf (_("Change Score «%s»"), f->name)));
}

/* Variants and the values as prepared */

gboolean
sk_edit_copy_matrix (SkHistory   *history,
                     SkProject   *project,
                     const char  *id,
                     const char  *title,
                     char       **id_out,
                     GError     **error)
{
  SkIds parent = { NULL };
  SkMatrix *m, *copy;
  guint at, n = 2;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, id, &at, error)) == NULL)
    return FALSE;
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A matrix needs a title"));
  copy = sk_matrix_copy (m);
  do
    {
      g_free (copy->id);
      copy->id = g_strdup_printf ("%.50s-variant-%u", m->id, n++);
    }
  while (sk_project_find_matrix (project, copy->id) != NULL);
  g_free (copy->title);
  copy->title = g_strdup (title);
  /* Right after the matrix it copies. */
  return _sk_edit_run_insert (history, project, SK_RECORD_MATRIX, parent, at + 1, copy, copy->id, id_out,
                              g_strdup_printf (_("Add «%s»"), title));
}

static SkCandidate *
candidate_of (const SkMatrix *m,
              const char     *municipality)
{
  for (guint c = 0; m && c < m->candidates->len; c++)
    if (g_strcmp0 (((SkCandidate *) g_ptr_array_index (m->candidates, c))->municipality, municipality) == 0)
      return g_ptr_array_index (m->candidates, c);
  return NULL;
}

gboolean
sk_edit_restore_matrix (SkHistory       *history,
                        SkProject       *project,
                        const char      *id,
                        const SkMatrix  *prepared,
                        GError         **error)
{
  g_autoptr(GPtrArray) commands = NULL;
  double wmax, smax;
  SkMatrix *m;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_matrix (project, id, &at, error)) == NULL)
    return FALSE;
  if (prepared == NULL || g_strcmp0 (prepared->id, m->id) != 0)
    return _sk_edit_refuse (error, _("This matrix is new since the file was saved"));
  wmax = sk_matrix_get_weight_max (m);
  smax = sk_matrix_get_scale_max (m);
  commands = _sk_edit_commands_new ();
  for (guint f = 0; f < m->factors->len; f++)
    {
      SkFactor *factor = g_ptr_array_index (m->factors, f);
      SkIds ids = { id, factor->id };

      for (guint p = 0; p < prepared->factors->len; p++)
        {
          SkFactor *then = g_ptr_array_index (prepared->factors, p);
          SkValue value = { TRUE, { .d = then->weight } };

          if (g_strcmp0 (then->id, factor->id) != 0)
            continue;
          /* The highest weight may have come down since. */
          if (!sk_rule_factor_weight_valid (then->weight, wmax))
            return _sk_edit_refuse (error, _("The weight of “%s” as prepared is above the highest weight now"),
                                    factor->name);
          _sk_edit_add (commands, _sk_edit_field_command (project, &factor_weight, ids, &value, NULL));
        }
      for (guint c = 0; c < m->candidates->len; c++)
        {
          SkCandidate *cand = g_ptr_array_index (m->candidates, c);
          SkCandidate *then = candidate_of (prepared, cand->municipality);
          gboolean present;
          double score;

          if (then == NULL)
            continue;
          present = g_hash_table_contains (then->scores, factor->id);
          score = sk_candidate_get_score (then, factor->id);
          if (present && !sk_rule_score_valid (score, smax))
            return _sk_edit_refuse (error, "$.matrices[%u].candidates[%u].scores.%s: %s", at, c, factor->id,
                                    _("The score as prepared is above the highest score now"));
          _sk_edit_add (commands, score_command (cand, id, factor->id, present, score, NULL));
        }
    }
  return _sk_edit_run (history, project,
                       _sk_edit_group (g_steal_pointer (&commands),
                                       g_strdup_printf (_("Restore «%s» as Prepared"), m->title)));
}

gboolean
sk_edit_set_factor_text (SkHistory   *history,
                         SkProject   *project,
                         const char  *matrix_id,
                         const char  *id,
                         const char  *name,
                         const char  *note,
                         GError     **error)
{
  SkIds ids = { matrix_id, id };
  SkValue name_value = { TRUE, { .s = (char *) name } };
  SkValue note_value = { TRUE, { .s = (char *) (note && *note ? note : NULL) } };
  GPtrArray *commands;
  SkFactor *f;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((f = find_factor (project, matrix_id, id, NULL, error)) == NULL)
    return FALSE;
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A factor needs a name"));
  commands = _sk_edit_commands_new ();
  _sk_edit_add (commands, _sk_edit_field_command (project, &factor_name, ids, &name_value, NULL));
  _sk_edit_add (commands, _sk_edit_field_command (project, &factor_note, ids, &note_value, NULL));
  return _sk_edit_run (history, project, _sk_edit_group (commands, g_strdup_printf (_("Edit «%s»"), f->name)));
}
