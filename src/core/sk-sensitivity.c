/* sk-sensitivity.c — the range of each weight over which the candidate
 * first now stays first
 *
 * A candidate's score is a + w·s in the weight w of one factor (a: the
 * rest of its score, s: its score on that factor), so "first stays at
 * least every other" is one linear inequality in w per other candidate.
 * The weights and scores are taken as the decimals the file writes, made
 * whole numbers over one scale (the weights × 10^k, the scores × 10^j),
 * and everything is computed in GMP's integers; the ends of a range are
 * rationals (GMP's mpq_t), and the doubles and texts of SkSensitivity
 * are made from them at the end.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix"

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "sk-sensitivity.h"

/* A value as N / 10^k with k ≤ 6, the fewest k, when that reads back as
 * the value (an IEEE division of two exact numbers rounds as the reader
 * of the file does): most weights and scores. */
static gboolean
short_decimal (double  value,
               double *n,
               int    *k)
{
  static const double tens[] = { 1, 10, 100, 1e3, 1e4, 1e5, 1e6 };

  if (!isfinite (value))
    {
      *n = 0;
      *k = 0;
      return TRUE;
    }
  for (int i = 0; i < (int) G_N_ELEMENTS (tens); i++)
    {
      double m = round (value * tens[i]);

      if (fabs (m) < 9007199254740992.0 && m / tens[i] == value)
        {
          *n = m;
          *k = i;
          return TRUE;
        }
    }
  return FALSE;
}

void
sk_rational_set_double (mpq_t  q,
                        double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  const char *p;
  gboolean negative = FALSE;
  long exponent = 0;
  mpz_t digits, power;
  double n;
  int k;

  mpq_set_ui (q, 0, 1);
  if (short_decimal (value, &n, &k))
    {
      mpz_set_d (mpq_numref (q), n);
      mpz_ui_pow_ui (mpq_denref (q), 10, (unsigned long) k);
      mpq_canonicalize (q);
      return;
    }
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

/* Values as integers over one scale: out[i] = values[i] × scale. */
static void
to_integers (const double *values,
             guint         n,
             mpz_t        *out,
             mpz_t         scale)
{
  g_autofree double *m = g_new (double, MAX (n, 1));
  g_autofree int *k = g_new (int, MAX (n, 1));
  gboolean short_all = TRUE;
  int kmax = 0;

  for (guint i = 0; i < n && short_all; i++)
    {
      short_all = short_decimal (values[i], &m[i], &k[i]);
      kmax = MAX (kmax, k[i]);
    }
  if (short_all)
    {
      mpz_ui_pow_ui (scale, 10, (unsigned long) kmax);
      for (guint i = 0; i < n; i++)
        {
          mpz_set_d (out[i], m[i]);
          for (int j = k[i]; j < kmax; j++)
            mpz_mul_ui (out[i], out[i], 10);
        }
      return;
    }
  /* Any other: the least common multiple of the denominators. */
  {
    mpq_t *q = g_new (mpq_t, n);

    mpz_set_ui (scale, 1);
    for (guint i = 0; i < n; i++)
      {
        mpq_init (q[i]);
        sk_rational_set_double (q[i], values[i]);
        mpz_lcm (scale, scale, mpq_denref (q[i]));
      }
    for (guint i = 0; i < n; i++)
      {
        mpz_divexact (out[i], scale, mpq_denref (q[i]));
        mpz_mul (out[i], out[i], mpq_numref (q[i]));
        mpq_clear (q[i]);
      }
    g_free (q);
  }
}

/* The matrix in integers: weights w[f] = weight × dw, scores s[c][f] =
 * score × ds, and each candidate's total Σ w s (= score × dw ds). */
typedef struct
{
  guint  nf, nc;
  mpz_t *w;
  mpz_t *s;
  mpz_t *total;
  mpz_t  dw, ds;
  mpq_t  wmax;
  mpz_t *rest;            /* room for weight_range () */
  mpz_t  t[8];
} Exact;

#define SCORE(x, c, f) ((x)->s[(c) * (x)->nf + (f)])

static void
exact_init (Exact          *x,
            const SkMatrix *matrix)
{
  g_autofree double *values = NULL;

  x->nf = matrix->factors->len;
  x->nc = matrix->candidates->len;
  x->w = g_new (mpz_t, MAX (x->nf, 1));
  x->s = g_new (mpz_t, MAX (x->nf * x->nc, 1));
  x->total = g_new (mpz_t, MAX (x->nc, 1));
  x->rest = g_new (mpz_t, MAX (x->nc, 1));
  for (guint i = 0; i < G_N_ELEMENTS (x->t); i++)
    mpz_init (x->t[i]);
  mpz_init (x->dw);
  mpz_init (x->ds);
  mpq_init (x->wmax);
  sk_rational_set_double (x->wmax, sk_matrix_get_weight_max (matrix));

  values = g_new (double, MAX (x->nf * x->nc, 1));
  for (guint f = 0; f < x->nf; f++)
    {
      mpz_init (x->w[f]);
      values[f] = ((SkFactor *) g_ptr_array_index (matrix->factors, f))->weight;
    }
  to_integers (values, x->nf, x->w, x->dw);
  for (guint c = 0; c < x->nc; c++)
    for (guint f = 0; f < x->nf; f++)
      {
        mpz_init (SCORE (x, c, f));
        values[c * x->nf + f] = sk_candidate_get_score (g_ptr_array_index (matrix->candidates, c),
                                                        ((SkFactor *) g_ptr_array_index (matrix->factors, f))->id);
      }
  to_integers (values, x->nf * x->nc, x->s, x->ds);
  for (guint c = 0; c < x->nc; c++)
    {
      mpz_init (x->total[c]);
      mpz_init (x->rest[c]);
      for (guint f = 0; f < x->nf; f++)
        mpz_addmul (x->total[c], x->w[f], SCORE (x, c, f));
    }
}

static void
exact_clear (Exact *x)
{
  for (guint i = 0; i < x->nf; i++)
    mpz_clear (x->w[i]);
  for (guint i = 0; i < x->nf * x->nc; i++)
    mpz_clear (x->s[i]);
  for (guint i = 0; i < x->nc; i++)
    {
      mpz_clear (x->total[i]);
      mpz_clear (x->rest[i]);
    }
  for (guint i = 0; i < G_N_ELEMENTS (x->t); i++)
    mpz_clear (x->t[i]);
  mpz_clear (x->dw);
  mpz_clear (x->ds);
  mpq_clear (x->wmax);
  g_free (x->w);
  g_free (x->s);
  g_free (x->total);
  g_free (x->rest);
}

static int
first_of (const Exact *x)
{
  int best = -1;

  for (guint c = 0; c < x->nc; c++)
    if (best < 0 || mpz_cmp (x->total[c], x->total[best]) > 0)
      best = (int) c;
  return best;
}

int
sk_matrix_first (const SkMatrix *matrix)
{
  Exact x;
  int first;

  g_return_val_if_fail (matrix != NULL, -1);

  exact_init (&x, matrix);
  first = first_of (&x);
  exact_clear (&x);
  return first;
}

GArray *
sk_matrix_tied_first (const SkMatrix *matrix)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (guint));
  Exact x;
  int first;

  g_return_val_if_fail (matrix != NULL, out);

  exact_init (&x, matrix);
  first = first_of (&x);
  for (guint c = 0; first >= 0 && c < x.nc; c++)
    if (mpz_cmp (x.total[c], x.total[first]) == 0)
      g_array_append_val (out, c);
  exact_clear (&x);
  return out;
}

/* Who is first just beside the weight num/den (in units of 1/dw) of
 * factor f: the highest score there, then, going down (`up` FALSE), the
 * lowest score on f, going up the highest; then the earlier.  A score
 * there, × den dw ds, is rest × den + num × s. */
static int
first_beside (const Exact *x,
              mpz_t       *rest,
              guint        f,
              mpz_srcptr   num,
              mpz_srcptr   den,
              gboolean     up)
{
  mpz_t best, v;
  int who = -1;

  mpz_init (best);
  mpz_init (v);
  for (guint c = 0; c < x->nc; c++)
    {
      int cmp = 1;

      mpz_mul (v, rest[c], den);
      mpz_addmul (v, num, SCORE (x, c, f));
      if (who >= 0)
        {
          cmp = mpz_cmp (v, best);
          if (cmp == 0)
            cmp = mpz_cmp (SCORE (x, c, f), SCORE (x, who, f)) * (up ? 1 : -1);
        }
      if (cmp > 0)
        {
          who = (int) c;
          mpz_set (best, v);
        }
    }
  mpz_clear (best);
  mpz_clear (v);
  return who;
}

static void
weight_range (Exact *x,
              guint  f,
              int    first,
              mpq_t  low,
              mpq_t  high,
              int   *below,
              int   *above)
{
  mpz_t *rest = x->rest;
  mpz_ptr ds = x->t[0], da = x->t[1], ln = x->t[2], ld = x->t[3];
  mpz_ptr hn = x->t[4], hd = x->t[5], t = x->t[6], u = x->t[7];
  gboolean capped = FALSE;

  mpq_set_ui (low, 0, 1);
  mpq_set (high, x->wmax);
  *below = *above = -1;
  if (first < 0 || x->nc == 0)
    return;

  /* The rest of each score: total − w·s. */
  for (guint c = 0; c < x->nc; c++)
    {
      mpz_set (rest[c], x->total[c]);
      mpz_submul (rest[c], x->w[f], SCORE (x, c, f));
    }
  /* In units of 1/dw of the weight W: first − c = da + W·ds ≥ 0.  The
   * range [ln/ld, hn/hd] starts as [0, weight_max × dw]. */
  mpz_set_ui (ln, 0);
  mpz_set_ui (ld, 1);
  mpz_mul (hn, mpq_numref (x->wmax), x->dw);
  mpz_set (hd, mpq_denref (x->wmax));
  for (guint c = 0; c < x->nc; c++)
    {
      if ((int) c == first)
        continue;
      mpz_sub (ds, SCORE (x, first, f), SCORE (x, c, f));
      if (mpz_sgn (ds) == 0)
        continue;   /* a constant, ≥ 0 since `first` is first now */
      mpz_sub (da, rest[first], rest[c]);
      if (mpz_sgn (ds) > 0)
        {
          /* W ≥ −da/ds: a higher low when −da·ld > ln·ds. */
          mpz_neg (da, da);
          mpz_mul (t, da, ld);
          mpz_mul (u, ln, ds);
          if (mpz_cmp (t, u) > 0)
            {
              mpz_set (ln, da);
              mpz_set (ld, ds);
            }
        }
      else
        {
          /* W ≤ da/−ds: a lower high when da·hd < hn·−ds. */
          mpz_neg (ds, ds);
          mpz_mul (t, da, hd);
          mpz_mul (u, hn, ds);
          if (mpz_cmp (t, u) < 0)
            {
              mpz_set (hn, da);
              mpz_set (hd, ds);
              capped = TRUE;
            }
        }
    }
  if (mpz_sgn (ln) > 0)
    *below = first_beside (x, rest, f, ln, ld, FALSE);
  if (capped)
    *above = first_beside (x, rest, f, hn, hd, TRUE);
  /* Back to weights: ÷ dw. */
  mpz_mul (ld, ld, x->dw);
  mpz_set (mpq_numref (low), ln);
  mpz_set (mpq_denref (low), ld);
  mpq_canonicalize (low);
  if (capped)
    {
      mpz_mul (hd, hd, x->dw);
      mpz_set (mpq_numref (high), hn);
      mpz_set (mpq_denref (high), hd);
      mpq_canonicalize (high);
    }
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

  g_return_if_fail (matrix != NULL && factor < matrix->factors->len);
  g_return_if_fail (first < (int) matrix->candidates->len);

  exact_init (&x, matrix);
  weight_range (&x, factor, first, low, high, below, above);
  exact_clear (&x);
}

/* For printing: at least four decimals; all of them when they end within
 * twelve ("0.0000001"), else six ("3.333333"). */
static char *
exact_text (const mpq_t q)
{
  mpz_t t;
  gboolean ends;

  mpz_init (t);
  mpz_ui_pow_ui (t, 10, 12);
  ends = mpz_divisible_p (t, mpq_denref (q));
  mpz_clear (t);
  return sk_rational_to_string (q, 4, ends ? 12 : 6);
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
  mpq_t low, high, w;
  int first;

  g_return_val_if_fail (matrix != NULL, NULL);

  out = g_array_sized_new (FALSE, TRUE, sizeof (SkSensitivity), matrix->factors->len);
  g_array_set_clear_func (out, sensitivity_clear);
  exact_init (&x, matrix);
  first = first_of (&x);
  mpq_init (low);
  mpq_init (high);
  mpq_init (w);
  for (guint f = 0; f < x.nf; f++)
    {
      SkSensitivity s = { f, first, 0, 0, 0, -1, -1, NULL, NULL, NULL };

      weight_range (&x, f, first, low, high, &s.below, &s.above);
      mpz_set (mpq_numref (w), x.w[f]);
      mpz_set (mpq_denref (w), x.dw);
      mpq_canonicalize (w);
      s.weight = mpq_get_d (w);
      s.low = mpq_get_d (low);
      s.high = mpq_get_d (high);
      s.weight_text = exact_text (w);
      s.low_text = exact_text (low);
      s.high_text = exact_text (high);
      g_array_append_val (out, s);
    }
  mpq_clear (low);
  mpq_clear (high);
  mpq_clear (w);
  exact_clear (&x);
  return out;
}
