/* sk-edit-project.c — editing the project's properties and its members
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-edit-private.h"
#include "sk-record-private.h"

static const SkField project_title =
  { SK_RECORD_PROJECT, "title", SK_VALUE_STRING, G_STRUCT_OFFSET (SkProject, title), -1 };
static const SkField project_organisation =
  { SK_RECORD_PROJECT, "organisation", SK_VALUE_STRING, G_STRUCT_OFFSET (SkProject, organisation), -1 };
static const SkField municipality_name =
  SK_FIELD (SK_RECORD_MUNICIPALITY, SkMunicipality, "name", SK_VALUE_STRING, name);
static const SkField municipality_number =
  SK_FIELD (SK_RECORD_MUNICIPALITY, SkMunicipality, "number", SK_VALUE_STRING, number);
/* The members this version does not know, with "figure_sources"
 * (docs/format-extensions.md): replaced whole by the edit. */
static const SkField municipality_extra =
  SK_FIELD (SK_RECORD_MUNICIPALITY, SkMunicipality, "figure_sources", SK_VALUE_OBJECT, extra);

gboolean
sk_edit_set_project_title (SkHistory   *history,
                           SkProject   *project,
                           const char  *title,
                           GError     **error)
{
  SkIds ids = { NULL };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (title == NULL)
    return _sk_edit_refuse (error, _("The project needs a title"));
  return _sk_edit_set_string (history, project, &project_title, ids, title,
                              g_strdup (_("Change the Project’s Title")));
}

gboolean
sk_edit_set_project_organisation (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *organisation,
                                  GError     **error)
{
  SkIds ids = { NULL };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  return _sk_edit_set_string (history, project, &project_organisation, ids,
                              organisation && *organisation ? organisation : NULL,
                              g_strdup (_("Change the Organisation")));
}

static SkMunicipality *
find_municipality (SkProject   *project,
                   const char  *id,
                   GError     **error)
{
  SkMunicipality *m = sk_project_find_municipality (project, id);

  if (m == NULL)
    g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
                 _("No municipality has the id “%s”"), id ? id : "");
  return m;
}

gboolean
sk_edit_add_municipality (SkHistory   *history,
                          SkProject   *project,
                          const char  *name,
                          const char  *number,
                          int          position,
                          char       **id_out,
                          GError     **error)
{
  SkMunicipality *m;
  SkIds parent = { NULL };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A municipality needs a name"));
  if (!sk_rule_municipality_number_valid (number))
    return _sk_edit_refuse (error, _("A municipality number has four digits, not “%s”"), number);

  m = sk_municipality_new ();
  m->id = sk_municipality_id_for_name (project->municipalities, name);
  m->name = g_strdup (name);
  m->number = g_strdup (number);
  at = _sk_edit_clamp (project->municipalities, position);
  return _sk_edit_run_insert (history, project, SK_RECORD_MUNICIPALITY, parent, at, m, m->id, id_out,
                              g_strdup_printf (_("Add «%s»"), name));
}

/* A member that a matrix or cost model names stays until it is taken out
 * of them: a reference to nothing would make the file invalid. */
gboolean
sk_edit_remove_municipality (SkHistory   *history,
                             SkProject   *project,
                             const char  *id,
                             GError     **error)
{
  SkMunicipality *m;
  g_autofree char *uses = NULL;
  SkIds parent = { NULL };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_municipality (project, id, error)) == NULL)
    return FALSE;
  if ((uses = sk_project_municipality_uses (project, id)) != NULL)
    return _sk_edit_refuse (error, _("%s is still named in:\n%s"), m->name, uses);
  g_ptr_array_find (project->municipalities, m, &at);
  /* Nor while a body's member or deputy is from it */
  if (!_sk_record_trial_remove (project, project->municipalities, at, error))
    return FALSE;
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_MUNICIPALITY, parent, at,
                                                g_strdup_printf (_("Remove «%s»"), m->name)));
}

gboolean
sk_edit_move_municipality (SkHistory   *history,
                           SkProject   *project,
                           const char  *id,
                           guint        to,
                           GError     **error)
{
  SkMunicipality *m;
  SkIds parent = { NULL };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_municipality (project, id, error)) == NULL)
    return FALSE;
  g_ptr_array_find (project->municipalities, m, &at);
  return _sk_edit_run (history, project,
                       _sk_edit_move_command (SK_RECORD_MUNICIPALITY, parent, at,
                                              MIN (to, project->municipalities->len - 1),
                                              g_strdup_printf (_("Move «%s»"), m->name)));
}

gboolean
sk_edit_set_municipality_name (SkHistory   *history,
                               SkProject   *project,
                               const char  *id,
                               const char  *name,
                               GError     **error)
{
  SkMunicipality *m;
  SkIds ids = { id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_municipality (project, id, error)) == NULL)
    return FALSE;
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A municipality needs a name"));
  return _sk_edit_set_string (history, project, &municipality_name, ids, name,
                              g_strdup_printf (_("Rename «%s»"), m->name));
}

gboolean
sk_edit_set_municipality_number (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *id,
                                 const char  *number,
                                 GError     **error)
{
  SkMunicipality *m;
  SkIds ids = { id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_municipality (project, id, error)) == NULL)
    return FALSE;
  if (number != NULL && *number == '\0')
    number = NULL;
  if (!sk_rule_municipality_number_valid (number))
    return _sk_edit_refuse (error, _("A municipality number has four digits, not “%s”"), number);
  return _sk_edit_set_string (history, project, &municipality_number, ids, number,
                              g_strdup_printf (_("Change the Number of «%s»"), m->name));
}

/* A figure of a municipality: set, or put in at the end. */

typedef struct
{
  char     *municipality;
  char     *key;
  gboolean  had;       /* the figure was there before */
  double    old;
  gboolean  old_integral;
  gint64    old_whole;
  double    new;
  gboolean  new_integral;
} FigureData;

static void
figure_apply (gpointer   data,
              SkProject *project,
              gboolean   undo)
{
  FigureData *d = data;
  SkMunicipality *m = sk_project_find_municipality (project, d->municipality);
  g_autofree char *field = g_strdup_printf ("figures.%s", d->key);

  g_assert (m != NULL);
  if (undo && !d->had)
    {
      /* It was put in at the end; the array frees the key. */
      SkFigure *last = &g_array_index (m->figures, SkFigure, m->figures->len - 1);

      g_assert (g_str_equal (last->key, d->key));
      g_array_set_size (m->figures, m->figures->len - 1);
    }
  else if (undo)
    {
      sk_municipality_set_figure (m, d->key, d->old, d->old_integral);
      /* the whole number as the file wrote it, back with it */
      for (guint i = 0; i < m->figures->len; i++)
        if (g_str_equal (g_array_index (m->figures, SkFigure, i).key, d->key))
          g_array_index (m->figures, SkFigure, i).whole = d->old_whole;
    }
  else
    sk_municipality_set_figure (m, d->key, d->new, d->new_integral);
  sk_project_emit_record_changed (project, SK_RECORD_MUNICIPALITY, d->municipality, field);
}

static gboolean
figure_merge (gpointer data,
              gpointer next,
              gboolean dry_run)
{
  FigureData *d = data, *n = next;

  if (g_strcmp0 (d->municipality, n->municipality) != 0 || g_strcmp0 (d->key, n->key) != 0)
    return FALSE;
  if (!dry_run)
    {
      d->new = n->new;
      d->new_integral = n->new_integral;
    }
  return TRUE;
}

static void
figure_free (gpointer data)
{
  FigureData *d = data;

  g_free (d->municipality);
  g_free (d->key);
  g_free (d);
}

static gsize
figure_size (gpointer data)
{
  FigureData *d = data;

  return sizeof *d + strlen (d->municipality) + strlen (d->key) + 2;
}

static const SkCommandOps figure_ops = { "set-figure", figure_apply, figure_merge, figure_free, figure_size };

/* A new `extra` for the municipality, in the same order, where the
 * figures `keys` have only `source` (and `date`, if not NULL) as their
 * source: the command keeps the old object as it was. */
static JsonObject *
extra_with_sources (JsonObject         *extra,
                    const char * const *keys,
                    guint               n_keys,
                    const char         *source,
                    const char         *date)
{
  JsonObject *copy = json_object_new ();
  JsonObject *sources = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (extra != NULL)
    {
      json_object_iter_init_ordered (&iter, extra);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        json_object_set_member (copy, name, json_node_copy (node));
      node = json_object_get_member (extra, "figure_sources");
      if (node != NULL && JSON_NODE_HOLDS_OBJECT (node))
        {
          json_object_iter_init_ordered (&iter, json_node_get_object (node));
          while (json_object_iter_next_ordered (&iter, &name, &node))
            json_object_set_member (sources, name, json_node_copy (node));
        }
    }
  for (guint k = 0; k < n_keys; k++)
    {
      JsonObject *entry = json_object_new ();

      json_object_set_string_member (entry, "source", source);
      if (date != NULL)
        json_object_set_string_member (entry, "date", date);
      json_object_set_object_member (sources, keys[k], entry);
    }
  json_object_set_object_member (copy, "figure_sources", sources);
  return copy;
}

static SkCommand *
figure_command (SkMunicipality *m,
                const char     *key,
                double          value)
{
  const SkFigure *f = sk_municipality_get_figure (m, key);
  FigureData *d;

  if (f != NULL && f->value == value && f->integral == (value == floor (value)))
    return NULL;
  d = g_new0 (FigureData, 1);
  d->municipality = g_strdup (m->id);
  d->key = g_strdup (key);
  d->had = f != NULL;
  d->old = f ? f->value : 0;
  d->old_integral = f ? f->integral : FALSE;
  d->old_whole = f ? f->whole : 0;
  d->new = value;
  d->new_integral = value == floor (value) && fabs (value) < 9007199254740992.0;
  return sk_command_new (&figure_ops, d, NULL);
}

gboolean
_sk_edit_add_figures (GPtrArray          *commands,
                      SkProject          *project,
                      const char         *id,
                      const char * const *keys,
                      const double       *values,
                      guint               n_keys,
                      const char         *source,
                      const char         *date,
                      GError            **error)
{
  SkMunicipality *m;

  if ((m = find_municipality (project, id, error)) == NULL)
    return FALSE;
  for (guint k = 0; k < n_keys; k++)
    if (!sk_rule_figure_valid (values[k]))
      return _sk_edit_refuse (error, _("Figures must not be negative (%s, %s)"),
                              m->name ? m->name : m->id, sk_figure_label (keys[k]));
  for (guint k = 0; k < n_keys; k++)
    _sk_edit_add (commands, figure_command (m, keys[k], values[k]));
  if (source != NULL && n_keys > 0)
    {
      SkIds ids = { id };
      g_autoptr(JsonObject) extra = extra_with_sources (m->extra, keys, n_keys, source, date);
      SkValue v = { TRUE, { .o = extra } };

      _sk_edit_add (commands, _sk_edit_field_command (project, &municipality_extra, ids, &v, NULL));
    }
  return TRUE;
}

/* The figure `key` of a municipality, and with `source` where it comes
 * from ("Entered by hand"), as one step. */
gboolean
sk_edit_set_municipality_figure (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *id,
                                 const char  *key,
                                 double       value,
                                 const char  *source,
                                 GError     **error)
{
  g_autoptr(GPtrArray) commands = _sk_edit_commands_new ();
  SkMunicipality *m;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);
  if ((m = find_municipality (project, id, error)) == NULL ||
      !_sk_edit_add_figures (commands, project, id, &key, &value, 1, source, NULL, error))
    return FALSE;
  return _sk_edit_run (history, project,
                       _sk_edit_group (g_steal_pointer (&commands),
                                       g_strdup_printf (_("Change %s of «%s»"), sk_figure_label (key), m->name)));
}

