/* sk-index.h — lookups by id and by figure key in time independent of the
 * size of the lists, for the checks and computations over a whole project
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

typedef struct _SkIndex SkIndex;

/* An index of the project as it is now; it must not outlive an edit. */
SkIndex        *_sk_index_new          (SkProject      *project);
void            _sk_index_free         (SkIndex        *index);

SkMunicipality *_sk_index_municipality (SkIndex        *index,
                                        const char     *id);
/* The figure `key` of `m`, or NULL. */
const SkFigure *_sk_index_figure       (SkIndex        *index,
                                        SkMunicipality *m,
                                        const char     *key);

/* id → record (the first with that id) of a list whose records start with
 * their `char *id`. */
GHashTable     *_sk_index_by_id        (GPtrArray      *list);

/* The record of `array` (list number `list`, 0–7, of `owner`) with `id`:
 * the first, as a walk through the list finds it, but through a table
 * kept on `owner` for long lists.  Every hit is checked against the list,
 * so an edit never makes it answer wrongly. */
gpointer        _sk_index_find_cached  (GObject        *owner,
                                        guint           list,
                                        GPtrArray      *array,
                                        const char     *id);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkIndex, _sk_index_free)

G_END_DECLS
