/* sk-what-if.h — keeping a meeting's what-if beside the prepared papers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-history.h"

G_BEGIN_DECLS

typedef struct
{
  guint    matrices;      /* new matrices, "Title — name" */
  guint    timelines;     /* new timelines, "Title — name" */
  guint    models;        /* new cost models (made in the what-if) */
  guint    scenarios;     /* new scenarios of prepared cost models */
  gboolean not_kept;      /* something changed that has no variant form:
                           * a municipality's figures, a deletion */
} SkWhatIfKept;

/* Keeps what `sandbox` (a copy of `self` changed in meeting mode) changed,
 * beside what was prepared instead of over it: a changed matrix or
 * timeline as a new one titled "Title — name"; a changed cost model as a
 * new scenario `name` of the prepared model, holding the parameters that
 * differ (a changed scenario as a new scenario "Scenario — name").  New
 * matrices and timelines are linked from the item `item_position` of
 * `meeting_id` (when given) so that meeting mode offers them there.
 *
 * One step of `history` (which may be NULL), "Keep the What-If «name»",
 * made of commands on the records that change.  Returns FALSE, with
 * `self` untouched, when the result would not be a valid project. */
gboolean sk_edit_keep_what_if    (SkHistory     *history,
                                  SkProject     *self,
                                  SkProject     *sandbox,
                                  const char    *name,
                                  const char    *meeting_id,
                                  guint          item_position,
                                  SkWhatIfKept  *kept,
                                  GError       **error);

/* Whether the what-if changed what meeting mode lets it change: the
 * matrices, timelines, cost models and the municipalities' figures. */
gboolean sk_project_what_if_changed (SkProject     *self,
                                     SkProject     *sandbox);

/* Takes over those from `sandbox` as one step of `history` (which may be
 * NULL), "Adopt the What-If"; the rest of `self` (the agenda with the
 * decisions recorded meanwhile) stays.  FALSE, with `self` untouched,
 * when the result is not a valid project. */
gboolean sk_edit_adopt_what_if      (SkHistory     *history,
                                     SkProject     *self,
                                     SkProject     *sandbox,
                                     GError       **error);

G_END_DECLS
