/* sk-matrix.c — scores, percentages and ranks of a matrix
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix"

#include "config.h"

#include <math.h>
#include <stdlib.h>

#include "sk-matrix.h"

double
sk_matrix_max_score (const SkMatrix *matrix)
{
  double weights = 0;

  for (guint f = 0; f < matrix->factors->len; f++)
    weights += ((SkFactor *) g_ptr_array_index (matrix->factors, f))->weight;
  return weights * sk_matrix_get_scale_max (matrix);
}

static int
compare_descending (const void *a,
                    const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x < y) - (x > y);
}

GArray *
sk_matrix_compute (const SkMatrix *matrix)
{
  GArray *results;
  double max;

  g_return_val_if_fail (matrix != NULL, NULL);

  results = g_array_sized_new (FALSE, TRUE, sizeof (SkMatrixResult), matrix->candidates->len);
  max = sk_matrix_max_score (matrix);

  for (guint c = 0; c < matrix->candidates->len; c++)
    {
      const SkCandidate *candidate = g_ptr_array_index (matrix->candidates, c);
      SkMatrixResult r = { c, 0, 0, 1 };

      for (guint f = 0; f < matrix->factors->len; f++)
        {
          const SkFactor *factor = g_ptr_array_index (matrix->factors, f);

          r.score += factor->weight * sk_candidate_get_score (candidate, factor->id);
        }
      r.percent = max > 0 ? 100.0 * r.score / max : 0.0;
      g_array_append_val (results, r);
    }

  /* rank = 1 + how many score more than this one (beyond the tie): found
   * in the scores sorted highest first, not by comparing every pair. */
  {
    g_autofree double *sorted = g_new (double, results->len + 1);

    for (guint i = 0; i < results->len; i++)
      sorted[i] = g_array_index (results, SkMatrixResult, i).score;
    qsort (sorted, results->len, sizeof (double), compare_descending);
    for (guint i = 0; i < results->len; i++)
      {
        SkMatrixResult *a = &g_array_index (results, SkMatrixResult, i);
        double above = a->score + SK_MATRIX_TIE_EPSILON;
        guint low = 0, high = results->len;

        /* The first position whose score is not above. */
        while (low < high)
          {
            guint mid = low + (high - low) / 2;

            if (sorted[mid] > above)
              low = mid + 1;
            else
              high = mid;
          }
        a->rank = (int) low + 1;
      }
  }
  return results;
}

static int
compare_rank (gconstpointer a,
              gconstpointer b)
{
  const SkMatrixResult *ra = a;
  const SkMatrixResult *rb = b;

  if (ra->rank != rb->rank)
    return ra->rank - rb->rank;
  return (ra->candidate > rb->candidate) - (ra->candidate < rb->candidate);
}

void
sk_matrix_results_by_rank (GArray *results)
{
  g_array_sort (results, compare_rank);
}

int
sk_matrix_leader (GArray *results)
{
  for (guint i = 0; i < results->len; i++)
    if (g_array_index (results, SkMatrixResult, i).rank == 1)
      return (int) g_array_index (results, SkMatrixResult, i).candidate;
  return -1;
}

gboolean
sk_matrix_no_clear_winner (GArray *results)
{
  double first = -G_MAXDOUBLE, second = -G_MAXDOUBLE;

  if (results->len < 2)
    return FALSE;
  for (guint i = 0; i < results->len; i++)
    {
      double s = g_array_index (results, SkMatrixResult, i).score;

      if (s > first)
        {
          second = first;
          first = s;
        }
      else if (s > second)
        second = s;
    }
  if (first <= 0)
    return TRUE;
  return (first - second) < SK_MATRIX_CLEAR_MARGIN * first;
}
