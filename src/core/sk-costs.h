/* sk-costs.h — the exact split of a cost model (FORMAT.md, "Cost model")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-index.h"
#include "sk-project.h"

G_BEGIN_DECLS

/* The most criteria a cost model or scenario has (docs/format-extensions.md):
 * the exact shares have a common denominator of every criterion's sum. */
#define SK_COST_MAX_CRITERIA 100
/* The largest figure a cost model splits by: 2⁵³, up to which every
 * whole number has a double of its own. */
#define SK_COST_FIGURE_MAX 9007199254740992.0

typedef struct
{
  const char *municipality;     /* id, owned by the project */
  gint64      amount_kr;        /* whole kroner; the rows add up to the total */
  gint64      equal_kr;         /* the equal part of amount_kr, rounded */
  gint64      variable_kr;      /* amount_kr - equal_kr */
  double      share;            /* the exact share, as a double for drawing */
  char        share_percent[24];/* exact share × 100, half up, 4 decimals, "." */
} SkCostRow;

typedef struct
{
  gint64  total_kr;
  double  fixed_percent;
  GArray *rows;                 /* of SkCostRow, in participant order */
} SkCostResult;

/* The parameters of a model with a scenario's overrides applied. */
typedef struct
{
  gint64     total_kr;
  double     fixed_percent;
  GPtrArray *criteria;          /* of SkCriterion, borrowed */
  GPtrArray *participants;      /* of char*, borrowed */
} SkCostParams;

void          sk_cost_params_init    (SkCostParams      *params,
                                      const SkCostModel *model,
                                      const SkScenario  *scenario);

SkCostResult *sk_cost_model_compute  (SkProject         *project,
                                      const SkCostModel *model,
                                      const SkScenario  *scenario,
                                      GError           **error);
void          sk_cost_result_free    (SkCostResult      *result);

SkScenario   *sk_cost_model_find_scenario (const SkCostModel *model,
                                           const char        *id);

/* The split with the model's (or scenario's) criteria or participants
 * replaced, for comparisons: "by population instead", "without Vik". */
SkCostResult *sk_cost_model_compute_variant (SkProject         *project,
                                             const SkCostModel *model,
                                             const SkScenario  *scenario,
                                             GPtrArray         *criteria,
                                             GPtrArray         *participants,
                                             GError           **error);

/* How row `index` of the split comes about, in the user's locale:
 * "25 % × 1/6 + 75 % × 921/5 935 = 15,8053 %". */
char         *sk_cost_explain        (SkProject         *project,
                                      const SkCostModel *model,
                                      const SkScenario  *scenario,
                                      guint              index);

/* Where rounding the equal parts to whole kroner makes their sum differ
 * from fixed_percent of the total: a sentence with the exact figures, or
 * NULL when they add up exactly. */
char         *sk_cost_rounding_note  (const SkCostResult *result);
/* The same for every row, in participant order, computed once: an empty
 * array when the split cannot be computed. */
GPtrArray    *sk_cost_explain_all    (SkProject         *project,
                                      const SkCostModel *model,
                                      const SkScenario  *scenario);

/* Scales a number with at most four decimals to an integer × 10⁴. */
gboolean      sk_decimal4_to_int     (double             value,
                                      gint64            *out);

/* For the checks of the core; `index` may be NULL. */
void          _sk_costs_check        (SkProject         *project,
                                      SkIndex           *index,
                                      const SkCostModel *model,
                                      const SkScenario  *scenario,
                                      const char        *model_path,
                                      const char        *scenario_path,
                                      GPtrArray         *problems);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkCostResult, sk_cost_result_free)

G_END_DECLS
