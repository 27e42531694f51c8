/* sk-costs-params.h — a cost model's parameters in the costs view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-costs-view.h"

G_BEGIN_DECLS

#define SK_TYPE_COSTS_PARAMS (sk_costs_params_get_type ())

G_DECLARE_FINAL_TYPE (SkCostsParams, sk_costs_params, SK, COSTS_PARAMS, GtkWidget)

/* The parameters of the model (and scenario) `view` shows, editing them
 * through sk-edit.h with the view's history. */
GtkWidget *sk_costs_params_new       (SkCostsView   *view);
/* The model changed: each control whose value changed shows the new one;
 * text being typed in the others stays. */
void       sk_costs_params_sync      (SkCostsParams *self);
/* Where meeting mode puts the kroner: under the equal part. */
GtkBox    *sk_costs_params_get_slot  (SkCostsParams *self);

G_END_DECLS
