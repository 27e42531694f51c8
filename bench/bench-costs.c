/* bench-costs.c — one recompute of a cost model with 50 municipalities and
 * 5 criteria, exact (GMP rationals, as the view and the CLI do it) against
 * the same formula in doubles (the baseline, not exact; timed over 100
 * repetitions).  Prints the median microseconds of each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "sk-costs.h"
#include "bench-util.h"

#define N 50
#define K 5

int
main (int    argc,
      char **argv)
{
  int runs = argc > 1 ? atoi (argv[1]) : 501;
  GString *json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"B\",\"municipalities\":[");
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree double *exact = g_new (double, runs);
  g_autofree double *naive = g_new (double, runs);
  double figures[N][K], weights[K] = { 1, 2.5, 0.75, 1.25, 3 };
  volatile double sink = 0;
  SkCostModel *model;
  GRand *rand = g_rand_new_with_seed (50);

  for (int i = 0; i < N; i++)
    {
      g_string_append_printf (json, "%s{\"id\":\"m%d\",\"name\":\"M%d\",\"figures\":{", i ? "," : "", i, i);
      for (int k = 0; k < K; k++)
        {
          figures[i][k] = g_rand_int_range (rand, 100, 500000);
          g_string_append_printf (json, "%s\"f%d\":%.0f", k ? "," : "", k, figures[i][k]);
        }
      g_string_append (json, "}}");
    }
  g_string_append (json, "],\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":987654321,\"participants\":[");
  for (int i = 0; i < N; i++)
    g_string_append_printf (json, "%s\"m%d\"", i ? "," : "", i);
  g_string_append (json, "],\"fixed_percent\":25.5,\"criteria\":[");
  for (int k = 0; k < K; k++)
    g_string_append_printf (json, "%s{\"figure\":\"f%d\",\"weight\":%g}", k ? "," : "", k, weights[k]);
  g_string_append (json, "]}]}");
  project = sk_project_new_from_data (json->str, json->len, NULL, &error);
  g_assert_no_error (error);
  model = sk_project_find_cost_model (project, "c");

  for (int r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      SkCostResult *result = sk_cost_model_compute (project, model, NULL, NULL);

      exact[r] = g_get_monotonic_time () - t0;
      sk_cost_result_free (result);

      t0 = g_get_monotonic_time ();
      for (int rep = 0; rep < 100; rep++)
      {
        double sums[K] = { 0 }, wsum = 0, amounts[N];

        for (int k = 0; k < K; k++)
          {
            wsum += weights[k];
            for (int i = 0; i < N; i++)
              sums[k] += figures[i][k];
          }
        for (int i = 0; i < N; i++)
          {
            double share = 0.255 / N;

            for (int k = 0; k < K; k++)
              share += 0.745 * weights[k] / wsum * figures[i][k] / sums[k];
            amounts[i] = floor (987654321.0 * share);
            sink += amounts[i];
          }
      }
      naive[r] = (g_get_monotonic_time () - t0) / 100.0;
    }
  /* The sum keeps the compiler from dropping the naive loop. */
  if (sink < 0)
    g_printerr ("impossible sum %g\n", sink);
  g_print ("%.1f %.2f\n", bench_median (exact, runs), bench_median (naive, runs));
  g_rand_free (rand);
  g_string_free (json, TRUE);
  return 0;
}
