/* sk-rules.h — the rules of FORMAT.md, one predicate each
 *
 * The loader's checks (sk-project-check.c, sk-cost-rules.c) and the edit
 * functions (sk-edit-*.c) ask the same predicates, so a value that an edit
 * accepts is a value that the file reads back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-model.h"

G_BEGIN_DECLS

/* Ids: 1–64 characters [a-z0-9_-]. */
gboolean sk_rule_id_valid                (const char       *id);
/* Whether `id` is taken in `list` (of records whose first member is their
 * id), other than by `except`. */
gboolean sk_rule_id_taken                (GPtrArray        *list,
                                          const char       *id,
                                          gconstpointer     except);
gboolean sk_rule_municipality_number_valid (const char     *number);
gboolean sk_rule_figure_valid            (double            value);
gboolean sk_rule_date_valid              (const char       *date);
gboolean sk_rule_time_valid              (const char       *time);
/* An item's planned minutes: 0–1440. */
gboolean sk_rule_duration_valid          (gint64            minutes);
gboolean sk_rule_due_valid               (const char       *due);
/* scale_max and weight_max */
gboolean sk_rule_matrix_max_valid        (double            max);
gboolean sk_rule_factor_weight_valid     (double            weight,
                                          double            weight_max);
gboolean sk_rule_score_valid             (double            score,
                                          double            scale_max);
gboolean sk_rule_progress_valid          (double            progress);
/* end ≥ start; both must be dates */
gboolean sk_rule_task_span_valid         (const GDate      *start,
                                          const GDate      *end);
gboolean sk_rule_milestone_span_valid    (gboolean          milestone,
                                          const GDate      *start,
                                          const GDate      *end);
gboolean sk_rule_total_kr_valid          (gint64            total_kr);
gboolean sk_rule_fixed_percent_in_range  (double            fixed_percent);
/* At most four decimals (FORMAT.md, "Cost model"). */
gboolean sk_rule_decimal4                (double            value);
gboolean sk_rule_criterion_weight_positive (double          weight);
/* Criteria are required unless the equal part is 100 %: the equal part
 * in units of 10⁻⁴ % (sk_decimal4_to_int ()), 0 when it has too many
 * decimals. */
gboolean sk_rule_criteria_missing        (gint64            fixed_e4,
                                          guint             n_criteria);

/* Timelines: lookups by id, and the two "no cycles" rules. */
GHashTable *sk_task_index_new            (SkTimeline       *timeline);
gint        sk_task_index_lookup         (GHashTable       *index,
                                          const char       *id);
/* Depth-first from `root`; returns a task on a cycle or -1.  `colour` has
 * a byte per task, zero at first, and carries over between calls. */
gint        sk_timeline_find_dependency_cycle (SkTimeline  *timeline,
                                               GHashTable  *index,
                                               guint        root,
                                               guint8      *colour);
/* Per task: 3 when walking up its phases runs into a cycle. */
guint8     *sk_timeline_find_parent_cycles    (SkTimeline  *timeline,
                                               GHashTable  *index);
/* Whether the timeline as it is has a cycle of either kind. */
gboolean    sk_timeline_has_cycle             (SkTimeline  *timeline);
/* Whether `task` (of the timeline) depending on `predecessor` as well
 * would make a cycle: for the timeline's link gesture and the edit. */
gboolean    sk_timeline_link_would_cycle      (SkTimeline  *timeline,
                                               SkTask      *task,
                                               const char  *predecessor);

G_END_DECLS
