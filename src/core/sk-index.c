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
#include "sk-project-private.h"

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

  index->municipalities = _sk_index_by_id (project->municipalities);
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

/* Shorter lists are walked: as fast, and nothing to keep. */
#define LIST_WALKED 16
#define N_LISTS 8

typedef struct
{
  GPtrArray  *array;  /* the list the table was made of, or NULL */
  GHashTable *ids;    /* id (a copy) → position + 1 */
} IdCache;

static void
id_caches_free (gpointer data)
{
  IdCache *caches = data;

  for (guint i = 0; i < N_LISTS; i++)
    g_clear_pointer (&caches[i].ids, g_hash_table_unref);
  g_free (caches);
}

static gpointer
walk (GPtrArray  *array,
      const char *id,
      guint      *at)
{
  for (guint i = 0; i < array->len; i++)
    {
      char **record = g_ptr_array_index (array, i);

      if (g_strcmp0 (*record, id) == 0)
        {
          *at = i;
          return record;
        }
    }
  return NULL;
}

gpointer
_sk_index_find_cached (GObject    *owner,
                       guint       list,
                       GPtrArray  *array,
                       const char *id)
{
  static GQuark quark;
  IdCache *caches;
  IdCache *cache;
  gpointer record;
  guint at = 0;

  g_assert (list < N_LISTS);

  if (id == NULL)
    return NULL;
  if (array->len < LIST_WALKED)
    return walk (array, id, &at);

  if (quark == 0)
    quark = g_quark_from_static_string ("sk-index-id-caches");
  caches = g_object_get_qdata (owner, quark);
  if (caches == NULL)
    {
      caches = g_new0 (IdCache, N_LISTS);
      g_object_set_qdata_full (owner, quark, caches, id_caches_free);
    }
  cache = &caches[list];
  if (cache->array == array && cache->ids != NULL)
    {
      at = GPOINTER_TO_UINT (g_hash_table_lookup (cache->ids, id));
      if (at > 0 && at <= array->len)
        {
          char **hit = g_ptr_array_index (array, at - 1);

          if (g_strcmp0 (*hit, id) == 0)
            return hit;
        }
    }

  /* Not in the table, or the table is older than an edit: walk, and when
   * the id is there after all, make the table anew. */
  record = walk (array, id, &at);
  if (record != NULL)
    {
      g_clear_pointer (&cache->ids, g_hash_table_unref);
      cache->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      cache->array = array;
      for (guint i = 0; i < array->len; i++)
        {
          const char *key = *(char **) g_ptr_array_index (array, i);

          if (key != NULL && !g_hash_table_contains (cache->ids, key))
            g_hash_table_insert (cache->ids, g_strdup (key), GUINT_TO_POINTER (i + 1));
        }
    }
  return record;
}
