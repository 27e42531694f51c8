/* bench-util.h — what the benchmark programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdlib.h>

static int
bench_compare_double (gconstpointer a,
                      gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/* The median of `n` timings (sorts them). */
G_GNUC_UNUSED static double
bench_median (double *v,
              int     n)
{
  qsort (v, n, sizeof (double), bench_compare_double);
  return v[n / 2];
}
