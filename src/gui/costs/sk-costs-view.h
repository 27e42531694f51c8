/* sk-costs-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"
#include "sk-view.h"

G_BEGIN_DECLS

#define SK_TYPE_COSTS_VIEW (sk_costs_view_get_type ())

G_DECLARE_FINAL_TYPE (SkCostsView, sk_costs_view, SK, COSTS_VIEW, SkView)

void sk_costs_view_set_document (SkCostsView *self,
                               SkDocument *document);

void sk_costs_view_select (SkCostsView *self,
                         const char *id);

G_END_DECLS
