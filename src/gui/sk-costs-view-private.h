/* sk-costs-view-private.h — what the costs view's scenario part reaches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-costs-view.h"
#include "sk-project.h"

G_BEGIN_DECLS

SkCostModel *sk_costs_view_get_model     (SkCostsView *self);
/* The scenario shown; NULL: the model as prepared. */
SkScenario  *sk_costs_view_get_scenario  (SkCostsView *self);
/* Shows `scenario` (of the model shown), or the model as prepared. */
void         sk_costs_view_show_scenario (SkCostsView *self,
                                          SkScenario  *scenario);

/* sk-costs-scenarios.c: new, copy, rename and delete a scenario. */
void         sk_costs_scenarios_install  (GtkWidgetClass *widget_class);
/* The scenario's part of the view's menu, first in it. */
void         sk_costs_scenarios_add_menu (SkCostsView *self,
                                          GMenu       *menu);
/* Over the model as prepared: that its changes are the papers', and a
 * way to a what-if of its own instead. */
GtkWidget   *sk_costs_scenarios_note_new (SkCostsView *self);

G_END_DECLS
