/* sk-sensitivity.h — how far a matrix's weights can move before another
 * candidate comes first, in exact rationals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gmp.h>

#include "sk-matrix.h"

G_BEGIN_DECLS

/* The number a double stands for as the file writes it: the shortest
 * decimal that reads back as the same double ("0.1" is 1/10, not the
 * binary fraction nearest to it).  A non-finite value gives 0. */
void  sk_rational_set_double  (mpq_t        q,
                               double       value);

/* q rounded half away from zero to `max_decimals` decimals, written with
 * a "." and trailing zeros left off down to `min_decimals`:
 * 9/4 with 4 and 6 is "2.2500", 7/3 is "2.333333". */
char *sk_rational_to_string   (const mpq_t  q,
                               guint        min_decimals,
                               guint        max_decimals);

/* For factor `factor`, the other weights held: [low, high], within
 * 0 … weight_max, is the set of its weights at which candidate `first`
 * (sk_matrix_first (), sk-matrix.h) has a score at least every other candidate's.  It
 * holds the weight now.  `below` is who is first just under `low`, -1
 * when low is 0; `above` who is first just over `high`, -1 when high is
 * weight_max.  "First" there is again the highest score, a tie going to
 * the earlier candidate.  Without candidates the range is the whole
 * scale. */
void  sk_matrix_weight_range  (const SkMatrix *matrix,
                               guint           factor,
                               int             first,
                               mpq_t           low,
                               mpq_t           high,
                               int            *below,
                               int            *above);

G_END_DECLS
