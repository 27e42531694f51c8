/* sk-sensitivity.c — the range of each weight over which the candidate
 * first now stays first
 *
 * A candidate's score is a + w·s in the weight w of one factor (a: the
 * rest of its score, s: its score on that factor), so "first stays at
 * least every other" is one linear inequality in w per other candidate.
 * The weights and scores are taken as the decimals the file writes and
 * everything is computed in GMP rationals; the doubles and texts of
 * SkSensitivity are made from the exact values at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sk-sensitivity.h"

void
sk_rational_set_double (mpq_t  q,
                        double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p;
  gboolean negative = FALSE;
  long exponent = 0;
  mpz_t digits, power;

  mpq_set_ui (q, 0, 1);
  if (!isfinite (value))
    return;
  /* The shortest of %.0e … %.16e that reads back as the same double. */
  for (int precision = 0; precision <= 16; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%de", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  /* "-d.ddde±x": the digits as an integer, and a power of ten lowered by
   * the digits after the point. */
  mpz_init (digits);
  mpz_init (power);
  p = buf;
  if (*p == '-')
    {
      negative = TRUE;
      p++;
    }
  for (; *p && *p != 'e'; p++)
    if (g_ascii_isdigit (*p))
      {
        mpz_mul_ui (digits, digits, 10);
        mpz_add_ui (digits, digits, (unsigned long) (*p - '0'));
      }
  {
    const char *dot = strchr (buf, '.');
    const char *e = strchr (buf, 'e');

    exponent = (e ? strtol (e + 1, NULL, 10) : 0) - (dot && e ? (long) (e - dot - 1) : 0);
  }
  mpz_ui_pow_ui (power, 10, (unsigned long) labs (exponent));
  if (exponent >= 0)
    {
      mpz_mul (digits, digits, power);
      mpq_set_z (q, digits);
    }
  else
    {
      mpq_set_num (q, digits);
      mpq_set_den (q, power);
      mpq_canonicalize (q);
    }
  if (negative)
    mpq_neg (q, q);
  mpz_clear (digits);
  mpz_clear (power);
}

char *
sk_rational_to_string (const mpq_t q,
                       guint       min_decimals,
                       guint       max_decimals)
{
  mpz_t scaled, power, rem;
  GString *out;
  g_autofree char *digits = NULL;
  gsize len;
  guint decimals = max_decimals;

  g_return_val_if_fail (min_decimals <= max_decimals, NULL);

  mpz_init (scaled);
  mpz_init (power);
  mpz_init (rem);
  /* |q| × 10^max, rounded half up: floor ((2 |num| 10^max + den) / (2 den)). */
  mpz_ui_pow_ui (power, 10, max_decimals);
  mpz_abs (scaled, mpq_numref (q));
  mpz_mul (scaled, scaled, power);
  mpz_mul_ui (scaled, scaled, 2);
  mpz_add (scaled, scaled, mpq_denref (q));
  mpz_mul_ui (rem, mpq_denref (q), 2);
  mpz_fdiv_q (scaled, scaled, rem);
  /* Trailing zeros off, down to min_decimals. */
  while (decimals > min_decimals && mpz_divisible_ui_p (scaled, 10))
    {
      mpz_divexact_ui (scaled, scaled, 10);
      decimals--;
    }
  digits = mpz_get_str (NULL, 10, scaled);
  len = strlen (digits);
  out = g_string_new (mpq_sgn (q) < 0 && mpz_sgn (scaled) != 0 ? "-" : "");
  if (len <= decimals)
    {
      g_string_append (out, "0");
      if (decimals > 0)
        {
          g_string_append_c (out, '.');
          for (gsize i = len; i < decimals; i++)
            g_string_append_c (out, '0');
          g_string_append (out, digits);
        }
    }
  else
    {
      g_string_append_len (out, digits, (gssize) (len - decimals));
      if (decimals > 0)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + len - decimals);
        }
    }
  mpz_clear (scaled);
  mpz_clear (power);
  mpz_clear (rem);
  return g_string_free (out, FALSE);
}

/* The matrix in rationals: weights w[f], scores s[c][f] (row-major). */
typedef struct
{
  guint  nf, nc;
  mpq_t *w;
  mpq_t *s;
  mpq_t  wmax;
} Exact;

static void
exact_init (Exact          *x,
            const SkMatrix *matrix)
{
  x->nf = matrix->factors->len;
  x->nc = matrix->candidates->len;
  x->w = g_new (mpq_t, x->nf);
  x->s = g_new (mpq_t, (gsize) x->nf * x->nc);
  mpq_init (x->wmax);
  sk_rational_set_double (x->wmax, sk_matrix_get_weight_max (matrix));
  for (guint f = 0; f < x->nf; f++)
    {
      const SkFactor *factor = g_ptr_array_index (matrix->factors, f);

      mpq_init (x->w[f]);
      sk_rational_set_double (x->w[f], factor->weight);
      for (guint c = 0; c < x->nc; c++)
        {
          const SkCandidate *cand = g_ptr_array_index (matrix->candidates, c);

          mpq_init (x->s[c * x->nf + f]);
          sk_rational_set_double (x->s[c * x->nf + f], sk_candidate_get_score (cand, factor->id));
        }
    }
}

static void
exact_clear (Exact *x)
{
  for (guint i = 0; i < x->nf; i++)
    mpq_clear (x->w[i]);
  for (guint i = 0; i < x->nf * x->nc; i++)
    mpq_clear (x->s[i]);
  mpq_clear (x->wmax);
  g_free (x->w);
  g_free (x->s);
}

#define SCORE(x, c, f) ((x)->s[(c) * (x)->nf + (f)])

/* The scores now, one per candidate (to clear with clear_scores ()). */
static mpq_t *
exact_scores (const Exact *x)
{
  mpq_t *total = g_new (mpq_t, MAX (x->nc, 1));
  mpq_t t;

  mpq_init (t);
  for (guint c = 0; c < x->nc; c++)
    {
      mpq_init (total[c]);
      for (guint f = 0; f < x->nf; f++)
        {
          mpq_mul (t, x->w[f], SCORE (x, c, f));
          mpq_add (total[c], total[c], t);
        }
    }
  mpq_clear (t);
  return total;
}

static void
clear_scores (mpq_t *total,
              guint  n)
{
  for (guint c = 0; c < n; c++)
    mpq_clear (total[c]);
  g_free (total);
}

static int
first_of (mpq_t *total,
          guint  n)
{
  int best = -1;

  for (guint c = 0; c < n; c++)
    if (best < 0 || mpq_cmp (total[c], total[best]) > 0)
      best = (int) c;
  return best;
}

int
sk_matrix_first (const SkMatrix *matrix)
{
  Exact x;
  mpq_t *total;
  int first;

  g_return_val_if_fail (matrix != NULL, -1);

  exact_init (&x, matrix);
  total = exact_scores (&x);
  first = first_of (total, x.nc);
  clear_scores (total, x.nc);
  exact_clear (&x);
  return first;
}

GArray *
sk_matrix_tied_first (const SkMatrix *matrix)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  Exact x;
  mpq_t *total;
  int first;

  g_return_val_if_fail (matrix != NULL, out);

  exact_init (&x, matrix);
  total = exact_scores (&x);
  first = first_of (total, x.nc);
  for (guint c = 0; first >= 0 && c < x.nc; c++)
    if (mpq_equal (total[c], total[first]))
      g_array_append_val (out, c);
  clear_scores (total, x.nc);
  exact_clear (&x);
  return out;
}

/* Who is first just beside `at` (score a + at·s, the same at `at` for the
 * candidates that matter): the highest score at `at`, then, going down
 * (`up` FALSE), the lowest s, going up the highest; then the earlier. */
static int
first_beside (const Exact *x,
              mpq_t       *rest,
              guint        f,
              const mpq_t  at,
              gboolean     up)
{
  mpq_t best, v;
  int who = -1;

  mpq_init (best);
  mpq_init (v);
  for (guint c = 0; c < x->nc; c++)
    {
      int cmp;

      mpq_mul (v, at, SCORE (x, c, f));
      mpq_add (v, v, rest[c]);
      if (who >= 0)
        {
          cmp = mpq_cmp (v, best);
          if (cmp == 0)
            cmp = mpq_cmp (SCORE (x, c, f), SCORE (x, who, f)) * (up ? 1 : -1);
        }
      if (who < 0 || cmp > 0)
        {
          who = (int) c;
          mpq_set (best, v);
        }
    }
  mpq_clear (best);
  mpq_clear (v);
  return who;
}

static void
weight_range (const Exact *x,
              mpq_t       *total,
              guint        f,
              int          first,
              mpq_t        low,
              mpq_t        high,
              int         *below,
              int         *above)
{
  mpq_t *rest;
  mpq_t ds, da, r;

  mpq_set_ui (low, 0, 1);
  mpq_set (high, x->wmax);
  *below = *above = -1;
  if (first < 0 || x->nc == 0)
    return;

  /* The rest of each score: total − w·s. */
  rest = g_new (mpq_t, x->nc);
  mpq_init (ds);
  mpq_init (da);
  mpq_init (r);
  for (guint c = 0; c < x->nc; c++)
    {
      mpq_init (rest[c]);
      mpq_mul (rest[c], x->w[f], SCORE (x, c, f));
      mpq_sub (rest[c], total[c], rest[c]);
    }
  /* first − c = da + w·ds ≥ 0, for every other c. */
  for (guint c = 0; c < x->nc; c++)
    {
      if ((int) c == first)
        continue;
      mpq_sub (ds, SCORE (x, first, f), SCORE (x, c, f));
      if (mpq_sgn (ds) == 0)
        continue;   /* a constant, ≥ 0 since `first` is first now */
      mpq_sub (da, rest[first], rest[c]);
      mpq_div (r, da, ds);
      mpq_neg (r, r);   /* the weight where the two are equal */
      if (mpq_sgn (ds) > 0 && mpq_cmp (r, low) > 0)
        mpq_set (low, r);   /* w ≥ r */
      else if (mpq_sgn (ds) < 0 && mpq_cmp (r, high) < 0)
        mpq_set (high, r);  /* w ≤ r */
    }
  if (mpq_sgn (low) > 0)
    *below = first_beside (x, rest, f, low, FALSE);
  if (mpq_cmp (high, x->wmax) < 0)
    *above = first_beside (x, rest, f, high, TRUE);
  for (guint c = 0; c < x->nc; c++)
    mpq_clear (rest[c]);
  g_free (rest);
  mpq_clear (ds);
  mpq_clear (da);
  mpq_clear (r);
}

void
sk_matrix_weight_range (const SkMatrix *matrix,
                        guint           factor,
                        int             first,
                        mpq_t           low,
                        mpq_t           high,
                        int            *below,
                        int            *above)
{
  Exact x;
  mpq_t *total;

  g_return_if_fail (matrix != NULL && factor < matrix->factors->len);
  g_return_if_fail (first < (int) matrix->candidates->len);

  exact_init (&x, matrix);
  total = exact_scores (&x);
  weight_range (&x, total, factor, first, low, high, below, above);
  clear_scores (total, x.nc);
  exact_clear (&x);
}

static void
sensitivity_clear (gpointer data)
{
  SkSensitivity *s = data;

  g_free (s->weight_text);
  g_free (s->low_text);
  g_free (s->high_text);
}

GArray *
sk_matrix_sensitivity (const SkMatrix *matrix)
{
  GArray *out;
  Exact x;
  mpq_t *total;
  mpq_t low, high;
  int first;

  g_return_val_if_fail (matrix != NULL, NULL);

  out = g_array_sized_new (FALSE, TRUE, sizeof (SkSensitivity), matrix->factors->len);
  g_array_set_clear_func (out, sensitivity_clear);
  exact_init (&x, matrix);
  total = exact_scores (&x);
  first = first_of (total, x.nc);
  mpq_init (low);
  mpq_init (high);
  for (guint f = 0; f < x.nf; f++)
    {
      SkSensitivity s = { f, first, 0, 0, 0, -1, -1, NULL, NULL, NULL };

      weight_range (&x, total, f, first, low, high, &s.below, &s.above);
      s.weight = mpq_get_d (x.w[f]);
      s.low = mpq_get_d (low);
      s.high = mpq_get_d (high);
      s.weight_text = sk_rational_to_string (x.w[f], 4, 6);
      s.low_text = sk_rational_to_string (low, 4, 6);
      s.high_text = sk_rational_to_string (high, 4, 6);
      g_array_append_val (out, s);
    }
  mpq_clear (low);
  mpq_clear (high);
  clear_scores (total, x.nc);
  exact_clear (&x);
  return out;
}
