/* sk-matrix.h — results of a host-municipality scoring matrix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-model.h"

G_BEGIN_DECLS

/* The largest scale_max and weight_max (docs/format-extensions.md): with
 * them no sum of a matrix comes near the limits of a double. */
#define SK_MATRIX_MAX_SCALE 10000

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

/* The leader: the candidate with rank 1, the first in candidate order when
 * several tie; -1 for a matrix without candidates. */
int      sk_matrix_leader          (GArray         *results);

/* Under 10 % between the top two scores, relative to the leader's score
 * (a tie included): the board should not read the ranking as a choice. */
#define SK_MATRIX_CLEAR_MARGIN 0.10
gboolean sk_matrix_no_clear_winner (GArray         *results);

/* How far one factor's weight can move, the others held, before another
 * candidate is first (FORMAT.md's scores are linear in each weight).
 * Computed in exact rationals (sk-sensitivity.h); the doubles are for
 * drawing, the texts for printing. */
typedef struct
{
  guint    factor;        /* index into matrix->factors */
  int      first;         /* who is first now (sk_matrix_first ()), -1 without candidates */
  double   weight;        /* the weight now */
  double   low;           /* `first` stays first from here … */
  double   high;          /* … to here, within 0 … weight_max */
  int      below;         /* who is first below `low`, or -1 if low is 0 */
  int      above;         /* who is first above `high`, or -1 if high is weight_max */
  char    *weight_text;   /* the three for printing, with a ".": at least 4 decimals, */
                          /* all when they end within 12, else 6: "2.2500", "3.333333" */
  char    *low_text;
  char    *high_text;
} SkSensitivity;

/* The candidate first now, in exact arithmetic (sk-sensitivity.h): the
 * highest score, a tie going to the earlier candidate in the file, as
 * the ranking orders them; -1 without candidates. */
int      sk_matrix_first           (const SkMatrix *matrix);

/* One entry per factor, in factor order; the array frees the texts. */
GArray  *sk_matrix_sensitivity     (const SkMatrix *matrix);

/* The candidates with the highest score now, exactly, in candidate order
 * (of guint): two or more are tied for first place. */
GArray  *sk_matrix_tied_first      (const SkMatrix *matrix);

G_END_DECLS
