/* sk-index.c — lookups by id and by figure key
 *
 * The project keeps its records in lists, in file order, and finds one by
 * walking its list: fine for one lookup, quadratic for a check that looks
 * up every candidate's or participant's municipality in a file with tens
 * of thousands of them.  An index is made once per check or computation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-index"

#include "config.h"

#include "sk-index.h"

/* A municipality with more figures than this gets a table of them on its
 * first lookup; fewer are found faster by walking them. */
#define FIGURES_WALKED 8

struct _SkIndex
{
  GHashTable *municipalities;  /* id → SkMunicipality */
  GHashTable *figures;         /* SkMunicipality → (key → SkFigure) */
};

GHashTable *
_sk_index_by_id (GPtrArray *list)
{
  GHashTable *index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < list->len; i++)
    {
      char *id = *(char **) g_ptr_array_index (list, i);

      if (id != NULL && !g_hash_table_contains (index, id))
        g_hash_table_insert (index, id, g_ptr_array_index (list, i));
    }
  return index;
}

SkIndex *
_sk_index_new (SkProject *project)
{
  SkIndex *index = g_new0 (SkIndex, 1);

  index->municipalities = _sk_index_by_id (sk_project_get_municipalities (project));
  index->figures = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_hash_table_unref);
  return index;
}

void
_sk_index_free (SkIndex *index)
{
  if (index == NULL)
    return;
  g_hash_table_unref (index->municipalities);
  g_hash_table_unref (index->figures);
  g_free (index);
}

SkMunicipality *
_sk_index_municipality (SkIndex    *index,
                        const char *id)
{
  return id ? g_hash_table_lookup (index->municipalities, id) : NULL;
}

const SkFigure *
_sk_index_figure (SkIndex        *index,
                  SkMunicipality *m,
                  const char     *key)
{
  GHashTable *figures;

  if (m == NULL || key == NULL)
    return NULL;
  if (m->figures->len <= FIGURES_WALKED)
    return sk_municipality_get_figure (m, key);
  figures = g_hash_table_lookup (index->figures, m);
  if (figures == NULL)
    {
      figures = g_hash_table_new (g_str_hash, g_str_equal);
      for (guint i = 0; i < m->figures->len; i++)
        {
          SkFigure *f = &g_array_index (m->figures, SkFigure, i);

          if (!g_hash_table_contains (figures, f->key))
            g_hash_table_insert (figures, f->key, f);
        }
      g_hash_table_insert (index->figures, m, figures);
    }
  return g_hash_table_lookup (figures, key);
}
