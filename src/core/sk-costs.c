/* sk-costs.c — the exact split of a cost model
 *
 * Shares are rationals (GMP's mpq_t): fixed_percent and the weights carry at
 * most four decimals and are scaled to integers, figures are integers, and
 * the common denominator of several criteria soon outgrows 128 bits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs"

#include "config.h"

#include "sk-i18n.h"
#include <gmp.h>
#include <math.h>

#include "sk-costs.h"
#include "sk-format.h"

void
sk_cost_result_free (SkCostResult *result)
{
  if (result == NULL)
    return;
  g_clear_pointer (&result->rows, g_array_unref);
  g_free (result);
}

typedef struct
{
  guint index;
  mpq_t remainder;
} Remainder;

static int
compare_remainders (gconstpointer a,
                    gconstpointer b)
{
  const Remainder *ra = a;
  const Remainder *rb = b;
  int c = mpq_cmp (rb->remainder, ra->remainder);

  if (c != 0)
    return c;
  return (ra->index > rb->index) - (ra->index < rb->index);
}

SkCostResult *
sk_cost_model_compute (SkProject         *project,
                       const SkCostModel *model,
                       const SkScenario  *scenario,
                       GError           **error)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(SkCostResult) result = NULL;
  g_autoptr(SkIndex) index = NULL;
  g_autofree SkMunicipality **members = NULL;
  g_autoptr(GHashTable) by_figure = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) figures = g_ptr_array_new ();
  g_autoptr(GArray) figure_weights = g_array_new (FALSE, TRUE, sizeof (gint64));
  SkCostParams p;
  gint64 fixed = 0;
  mpz_t weight_sum;
  guint n;
  mpq_t *shares;
  mpq_t t, u;
  mpz_t z, total, given;
  Remainder *rem;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (model != NULL, NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_problem_free);
  index = _sk_index_new (project);
  _sk_costs_check (project, index, model, NULL, "$", "$", problems);
  if (scenario != NULL)
    _sk_costs_check (project, index, model, scenario, "$", "$", problems);
  if (problems->len > 0)
    {
      const SkProblem *first = g_ptr_array_index (problems, 0);

      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_COSTS, first->message);
      return NULL;
    }

  sk_cost_params_init (&p, model, scenario);
  sk_decimal4_to_int (p.fixed_percent, &fixed);
  if (fixed >= 1000000)
    fixed = 1000000;
  n = p.participants->len;

  result = g_new0 (SkCostResult, 1);
  result->total_kr = p.total_kr;
  result->fixed_percent = p.fixed_percent;
  result->rows = g_array_sized_new (FALSE, TRUE, sizeof (SkCostRow), n);
  g_array_set_size (result->rows, n);

  shares = g_new (mpq_t, n);
  for (guint i = 0; i < n; i++)
    {
      mpq_init (shares[i]);
      /* fixed / 10⁶ × 1/n */
      mpq_set_ui (shares[i], (unsigned long) fixed, 1000000UL * n);
      mpq_canonicalize (shares[i]);
    }

  mpq_init (t);
  mpq_init (u);
  mpz_init (z);
  mpz_init (total);
  mpz_init (given);
  /* The weights × 10⁴ of up to SK_COST_MAX_CRITERIA criteria: their sum
   * is beyond 64 bits when each is near SK_DECIMAL4_MAX. */
  mpz_init (weight_sum);

  members = g_new0 (SkMunicipality *, n + 1);
  for (guint i = 0; i < n; i++)
    members[i] = _sk_index_municipality (index, g_ptr_array_index (p.participants, i));

  /* Criteria of one figure share its part: their weights are added, so
   * that the work is once per figure, however many criteria name it. */
  if (fixed < 1000000)
    for (guint k = 0; k < p.criteria->len; k++)
      {
        const SkCriterion *c = g_ptr_array_index (p.criteria, k);
        guint at = GPOINTER_TO_UINT (g_hash_table_lookup (by_figure, c->figure));
        gint64 w = 0;

        sk_decimal4_to_int (c->weight, &w);
        mpz_add_ui (weight_sum, weight_sum, (unsigned long) w);
        if (at == 0)
          {
            g_ptr_array_add (figures, c->figure);
            g_array_append_val (figure_weights, w);
            g_hash_table_insert (by_figure, c->figure, GUINT_TO_POINTER (figures->len));
          }
        else
          /* At most SK_COST_MAX_CRITERIA weights of at most 2⁵³: no overflow. */
          g_array_index (figure_weights, gint64, at - 1) += w;
      }

  for (guint k = 0; k < figures->len; k++)
    {
      const char *figure = g_ptr_array_index (figures, k);
      gint64 w = g_array_index (figure_weights, gint64, k);
      mpz_t sum;

      mpz_init_set_ui (sum, 0);
      for (guint i = 0; i < n; i++)
        {
          mpz_set_d (z, _sk_index_figure (index, members[i], figure)->value);
          mpz_add (sum, sum, z);
        }
      for (guint i = 0; i < n; i++)
        {
          /* (10⁶ − fixed)/10⁶ × w/W × f/S */
          mpz_set_d (z, _sk_index_figure (index, members[i], figure)->value);
          mpz_mul_ui (z, z, (unsigned long) (1000000 - fixed));
          mpz_mul_ui (z, z, (unsigned long) w);
          mpq_set_num (t, z);
          mpz_mul_ui (z, sum, 1000000UL);
          mpz_mul (z, z, weight_sum);
          mpq_set_den (t, z);
          mpq_canonicalize (t);
          mpq_add (shares[i], shares[i], t);
        }
      mpz_clear (sum);
    }

  /* floor (total × share), then the kroner left over by largest remainder. */
  mpz_set_si (total, p.total_kr);
  rem = g_new0 (Remainder, n);
  for (guint i = 0; i < n; i++)
    {
      SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);

      row->municipality = g_ptr_array_index (p.participants, i);
      row->share = mpq_get_d (shares[i]);

      mpq_set_z (t, total);
      mpq_mul (t, t, shares[i]);
      mpz_fdiv_q (z, mpq_numref (t), mpq_denref (t));
      row->amount_kr = mpz_get_si (z);
      mpz_add (given, given, z);

      rem[i].index = i;
      mpq_init (rem[i].remainder);
      mpq_set_z (u, z);
      mpq_sub (rem[i].remainder, t, u);

      /* share × 100 with four decimals, rounded half up: floor (share × 10⁶ + ½) */
      mpq_set_ui (u, 1000000, 1);
      mpq_mul (u, u, shares[i]);
      mpq_set_ui (t, 1, 2);
      mpq_add (u, u, t);
      mpz_fdiv_q (z, mpq_numref (u), mpq_denref (u));
      {
        guint64 v = mpz_get_ui (z);

        g_snprintf (row->share_percent, sizeof row->share_percent,
                    "%" G_GUINT64_FORMAT ".%04" G_GUINT64_FORMAT, v / 10000, v % 10000);
      }

      /* The equal part: total × fixed / (10⁶ n), rounded half up. */
      mpq_set_ui (u, (unsigned long) fixed, 1000000UL * n);
      mpq_canonicalize (u);
      mpq_set_z (t, total);
      mpq_mul (t, t, u);
      mpq_set_ui (u, 1, 2);
      mpq_add (t, t, u);
      mpz_fdiv_q (z, mpq_numref (t), mpq_denref (t));
      row->equal_kr = mpz_get_si (z);
    }

  qsort (rem, n, sizeof (Remainder), compare_remainders);
  mpz_sub (z, total, given);
  {
    gint64 left = mpz_get_si (z);

    g_assert (left >= 0 && left <= (gint64) n);
    for (gint64 j = 0; j < left; j++)
      g_array_index (result->rows, SkCostRow, rem[j].index).amount_kr += 1;
  }

  for (guint i = 0; i < n; i++)
    {
      SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);

      row->equal_kr = MIN (row->equal_kr, row->amount_kr);
      row->variable_kr = row->amount_kr - row->equal_kr;
      mpq_clear (rem[i].remainder);
      mpq_clear (shares[i]);
    }

  g_free (rem);
  g_free (shares);
  mpq_clear (t);
  mpq_clear (u);
  mpz_clear (z);
  mpz_clear (total);
  mpz_clear (given);
  mpz_clear (weight_sum);

  return g_steal_pointer (&result);
}

SkCostResult *
sk_cost_model_compute_variant (SkProject         *project,
                               const SkCostModel *model,
                               const SkScenario  *scenario,
                               GPtrArray         *criteria,
                               GPtrArray         *participants,
                               GError           **error)
{
  SkScenario variant = { 0 };
  SkCostParams p;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (model != NULL, NULL);

  sk_cost_params_init (&p, model, scenario);
  variant.id = (char *) "variant";
  variant.title = scenario ? scenario->title : model->title;
  variant.has_total = TRUE;
  variant.total_kr = p.total_kr;
  variant.has_fixed = TRUE;
  variant.fixed_percent = p.fixed_percent;
  variant.criteria = criteria ? criteria : p.criteria;
  variant.participants = participants ? participants : p.participants;
  return sk_cost_model_compute (project, model, &variant, error);
}

/* The sum of each criterion's figure over the participants, once for
 * all rows (as doubles: for the explanation only). */
static double *
criterion_sums (SkIndex            *index,
                const SkCostParams *p)
{
  double *sums = g_new0 (double, p->criteria->len + 1);

  for (guint k = 0; k < p->criteria->len; k++)
    {
      const SkCriterion *c = g_ptr_array_index (p->criteria, k);

      for (guint i = 0; i < p->participants->len; i++)
        {
          SkMunicipality *m = _sk_index_municipality (index, g_ptr_array_index (p->participants, i));
          const SkFigure *f = _sk_index_figure (index, m, c->figure);

          sums[k] += f ? f->value : 0;
        }
    }
  return sums;
}

static char *
explain_row (SkIndex            *index,
             const SkCostParams *p,
             const SkCostResult *result,
             const double       *sums,
             guint               i)
{
  GString *text = g_string_new (NULL);
  const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);
  SkMunicipality *m = _sk_index_municipality (index, row->municipality);
  double weight_sum = 0;
  guint n = p->participants->len;

  if (p->fixed_percent > 0)
    {
      g_autofree char *fixed = sk_format_percent (p->fixed_percent,
                                                  p->fixed_percent == (int) p->fixed_percent ? 0 : 2);

      g_string_append_printf (text, "%s × 1/%u", fixed, n);
    }
  for (guint k = 0; k < p->criteria->len && p->fixed_percent < 100; k++)
    weight_sum += ((SkCriterion *) g_ptr_array_index (p->criteria, k))->weight;
  for (guint k = 0; k < p->criteria->len && p->fixed_percent < 100; k++)
    {
      const SkCriterion *c = g_ptr_array_index (p->criteria, k);
      double part = (100 - p->fixed_percent) * c->weight / weight_sum;
      g_autofree char *pct = sk_format_percent (part, part == (int) part ? 0 : 2);
      const SkFigure *f = _sk_index_figure (index, m, c->figure);
      /* Figures may be beyond 64 bits: formatted as doubles, never cast. */
      g_autofree char *fig = sk_format_decimal (f ? f->value : 0, 0);
      g_autofree char *total = sk_format_decimal (sums[k], 0);

      g_string_append_printf (text, "%s%s × %s/%s (%s)", text->len ? " + " : "", pct, fig, total,
                              sk_figure_phrase (c->figure));
    }
  {
    g_autofree char *share = sk_format_percent (row->share * 100, 4);
    g_autofree char *total = sk_format_kr (p->total_kr);
    g_autofree char *amount = sk_format_kr (row->amount_kr);

    /* Translators: the end of an explanation of one municipality's share:
     * "= 15,8053 %; × 29 215 093 kr = 4 617 519 kr" */
    g_string_append_printf (text, _(" = %s; × %s = %s"), share, total, amount);
  }
  return g_string_free (text, FALSE);
}

char *
sk_cost_explain (SkProject         *project,
                 const SkCostModel *model,
                 const SkScenario  *scenario,
                 guint              index)
{
  g_autoptr(SkCostResult) result = sk_cost_model_compute (project, model, scenario, NULL);
  g_autoptr(SkIndex) lookups = NULL;
  g_autofree double *sums = NULL;
  SkCostParams p;

  sk_cost_params_init (&p, model, scenario);
  if (result == NULL || index >= p.participants->len)
    return g_strdup ("");
  lookups = _sk_index_new (project);
  sums = criterion_sums (lookups, &p);
  return explain_row (lookups, &p, result, sums, index);
}

GPtrArray *
sk_cost_explain_all (SkProject         *project,
                     const SkCostModel *model,
                     const SkScenario  *scenario)
{
  g_autoptr(SkCostResult) result = sk_cost_model_compute (project, model, scenario, NULL);
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SkIndex) lookups = NULL;
  g_autofree double *sums = NULL;
  SkCostParams p;

  if (result == NULL)
    return lines;
  sk_cost_params_init (&p, model, scenario);
  lookups = _sk_index_new (project);
  sums = criterion_sums (lookups, &p);
  for (guint i = 0; i < result->rows->len; i++)
    g_ptr_array_add (lines, explain_row (lookups, &p, result, sums, i));
  return lines;
}
