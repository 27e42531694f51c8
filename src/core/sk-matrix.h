/* sk-matrix.h — results of a host-municipality scoring matrix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-model.h"

G_BEGIN_DECLS

/* Scores equal to within this tie (FORMAT.md). */
#define SK_MATRIX_TIE_EPSILON 1e-9

typedef struct
{
  guint   candidate;  /* index into matrix->candidates */
  double  score;      /* Σ weight × score */
  double  percent;    /* 100 × score / (Σ weight × scale_max) */
  int     rank;       /* competition ranking, 1 = best */
} SkMatrixResult;

/* One result per candidate, in candidate order. */
GArray  *sk_matrix_compute         (const SkMatrix *matrix);
/* Sorts results by rank; equal ranks keep candidate order. */
void     sk_matrix_results_by_rank (GArray         *results);
double   sk_matrix_max_score       (const SkMatrix *matrix);

G_END_DECLS
