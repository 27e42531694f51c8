/* sk-ssb-report.h — what an import of SSB's figures changed, one line per
 * member municipality
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-ssb.h"

G_BEGIN_DECLS

/* The figures an import may change, of every municipality of the
 * project, to compare with afterwards. */
GArray    *sk_ssb_figures_before (SkProject  *project);

/* One sentence per municipality of the project, in its order: "Sogndal:
 * population 12 496 → 12 580, children 0–17 2 673 → 2 690", "Vik: not in
 * the file, unchanged", or that a figure is not in the file's age
 * groups. */
GPtrArray *sk_ssb_report         (SkSsbTable *table,
                                  SkProject  *project,
                                  GArray     *before);

G_END_DECLS
