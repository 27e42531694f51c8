/* sk-scenario.h — the rules of a cost model's scenarios
 *
 * A scenario (FORMAT.md, "Cost model") overrides some of its model's
 * parameters and takes the rest from the model.  The scenarios made here
 * hold their own equal part and criteria, and an edit of the model's
 * equal part or criteria first writes the value it replaces into the
 * scenarios that took it from the model: a scenario named "75 % by
 * population" stays what its name says.  Total and participants still
 * follow the model where a scenario does not set them (a new budget is
 * every scenario's budget).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

/* A new scenario titled `title` at the end of `model`'s list, with an id
 * unique among them.  With `from` NULL it starts as the model as
 * prepared, with its own copy of the model's equal part and criteria;
 * otherwise as a copy of `from` (a scenario of `model`), with the equal
 * part and criteria it shows.  Owned by the model. */
SkScenario *sk_cost_model_add_scenario    (SkCostModel      *model,
                                           const char       *title,
                                           const SkScenario *from);

/* Before the model's own equal part (`fixed`) or criteria (`criteria`)
 * change: every scenario that takes that value from the model gets its
 * present value as its own.  Returns how many scenarios it changed. */
guint       sk_cost_model_pin_scenarios   (SkCostModel      *model,
                                           gboolean          fixed,
                                           gboolean          criteria);

/* Renames the scenario `id`; FALSE when there is none or `title` is
 * empty. */
gboolean    sk_cost_model_rename_scenario (SkCostModel      *model,
                                           const char       *id,
                                           const char       *title);

/* Removes the scenario `id`; FALSE when there is none. */
gboolean    sk_cost_model_remove_scenario (SkCostModel      *model,
                                           const char       *id);

/* A copy of criteria (of SkCriterion), with their own memory. */
GPtrArray  *sk_criteria_copy              (GPtrArray        *criteria);

G_END_DECLS
