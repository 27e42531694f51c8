/* sk-costs-note.c — where the whole kroner of the equal part are rounded
 *
 * Each participant's equal part is its 1/n of fixed_percent of the total,
 * rounded to whole kroner, so the equal parts need not add up to exactly
 * fixed_percent of the total (25 % of 29 215 093 kr is 7 303 773,25 kr;
 * six equal parts of 1 217 296 kr are 7 303 776 kr).  The totals are not
 * affected: each is rounded once from its exact share (FORMAT.md).  The
 * note says so wherever the two columns are shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs"

#include "config.h"

#include "sk-i18n.h"
#include <gmp.h>

#include "sk-costs.h"
#include "sk-format.h"

/* A non-negative amount given in millionths of a krone, exactly, with two
 * to six decimals: "7 303 773,25 kr". */
static char *
format_micro_kr (const mpz_t micro)
{
  g_autofree char *whole = NULL;
  g_autofree char *number = NULL;
  const char *dp = sk_format_decimal_sign ();
  char frac[8];
  mpz_t q, r;
  int len = 6;

  mpz_inits (q, r, NULL);
  mpz_fdiv_qr_ui (q, r, micro, 1000000);
  whole = sk_format_integer (mpz_get_si (q));
  g_snprintf (frac, sizeof frac, "%06lu", mpz_get_ui (r));
  while (len > 2 && frac[len - 1] == '0')
    frac[--len] = '\0';
  number = g_strdup_printf ("%s%s%s", whole, dp, frac);
  mpz_clears (q, r, NULL);
  /* Translators: an amount of Norwegian kroner; use a no-break space */
  return g_strdup_printf (_("%s kr"), number);
}

char *
sk_cost_rounding_note (const SkCostResult *result)
{
  g_autofree char *percent = NULL, *total = NULL, *exact = NULL, *each = NULL;
  g_autofree char *sum = NULL, *diff = NULL, *variable = NULL;
  gint64 fixed4 = 0, equal_sum = 0;
  guint n;
  mpz_t e, s, d, v, t;
  char *note;

  g_return_val_if_fail (result != NULL, NULL);

  n = result->rows->len;
  if (n == 0 || !sk_decimal4_to_int (result->fixed_percent, &fixed4) || fixed4 <= 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    equal_sum += g_array_index (result->rows, SkCostRow, i).equal_kr;

  /* In millionths of a krone everything here is a whole number:
   * fixed_percent has at most four decimals. */
  mpz_inits (e, s, d, v, t, NULL);
  mpz_set_si (e, result->total_kr);
  mpz_mul_si (e, e, fixed4);                    /* the equal part × 10⁶ */
  mpz_set_si (s, equal_sum);
  mpz_mul_ui (s, s, 1000000);
  if (mpz_cmp (e, s) == 0)
    {
      mpz_clears (e, s, d, v, t, NULL);
      return NULL;
    }
  mpz_sub (d, s, e);
  mpz_abs (d, d);
  mpz_set_si (v, result->total_kr);
  mpz_mul_ui (v, v, 1000000);
  mpz_sub (v, v, e);                            /* the variable part × 10⁶, exact */
  /* One participant's equal part, rounded half up as the rows are. */
  mpz_mul_ui (t, e, 2);
  mpz_add_ui (t, t, 1000000UL * n);
  mpz_fdiv_q_ui (t, t, 2000000UL * n);

  percent = sk_format_percent (result->fixed_percent, fixed4 % 10000 == 0 ? 0 : 4);
  total = sk_format_kr (result->total_kr);
  exact = format_micro_kr (e);
  each = sk_format_kr (mpz_get_si (t));
  sum = sk_format_kr (equal_sum);
  diff = format_micro_kr (d);
  variable = format_micro_kr (v);
  if (mpz_cmp (s, e) > 0)
    /* Translators: "Rounding: the equal part is 25 % of 29 215 093 kr, that is
     * 7 303 773,25 kr. Each municipality's 1/6 of it is rounded to whole kroner,
     * 1 217 296 kr, so the equal parts add up to 7 303 776 kr and the variable
     * parts to 2,75 kr less than their exact 21 911 319,75 kr. …" */
    note = g_strdup_printf (_("Rounding: the equal part is %s of %s, that is %s. Each "
                              "municipality’s 1/%u of it is rounded to whole kroner, %s, so the "
                              "equal parts add up to %s and the variable parts to %s less than "
                              "their exact %s. Each municipality’s total is rounded only once, "
                              "from its exact share."),
                            percent, total, exact, n, each, sum, diff, variable);
  else
    note = g_strdup_printf (_("Rounding: the equal part is %s of %s, that is %s. Each "
                              "municipality’s 1/%u of it is rounded to whole kroner, %s, so the "
                              "equal parts add up to %s and the variable parts to %s more than "
                              "their exact %s. Each municipality’s total is rounded only once, "
                              "from its exact share."),
                            percent, total, exact, n, each, sum, diff, variable);
  mpz_clears (e, s, d, v, t, NULL);
  return note;
}
