/* sk-json-number.c — the project file's numbers exactly: whether a
 * number's text is an integer, whether the double read holds it exactly,
 * its value in ten-thousandths, and a double written back as the shortest
 * text that reads as it (sk-json.h)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-json"

#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-json.h"

gboolean
_sk_json_number_is_integer (const char *text)
{
  return strpbrk (text, ".eE") == NULL;
}

/* A JSON number as sign, significant digits (no leading or trailing
 * zeros) and the power of ten of the last one.  FALSE when the exponent
 * is beyond any sense. */
typedef struct
{
  gboolean negative;
  char     digits[800];
  gsize    n_digits;
  gint64   exponent;
} Decimal;

static gboolean
decimal_parse (const char *text,
               Decimal    *dec)
{
  const char *c = text;
  gint64 exp = 0;
  gint64 frac = 0;
  gboolean dot = FALSE;

  memset (dec, 0, sizeof *dec);
  if (*c == '-')
    {
      dec->negative = TRUE;
      c++;
    }
  for (; g_ascii_isdigit (*c) || *c == '.'; c++)
    {
      if (*c == '.')
        {
          dot = TRUE;
          continue;
        }
      if (dot)
        frac++;
      if (dec->n_digits == 0 && *c == '0')
        continue;
      if (dec->n_digits >= sizeof dec->digits)
        return FALSE;
      dec->digits[dec->n_digits++] = *c;
    }
  if (*c == 'e' || *c == 'E')
    {
      gboolean neg = FALSE;

      c++;
      if (*c == '+' || *c == '-')
        neg = *c++ == '-';
      for (; g_ascii_isdigit (*c); c++)
        {
          exp = exp * 10 + (*c - '0');
          if (exp > 100000)
            return FALSE;
        }
      if (neg)
        exp = -exp;
    }
  dec->exponent = exp - frac;
  while (dec->n_digits > 0 && dec->digits[dec->n_digits - 1] == '0')
    {
      dec->n_digits--;
      dec->exponent++;
    }
  if (dec->n_digits == 0)
    {
      dec->negative = FALSE;
      dec->exponent = 0;
    }
  return TRUE;
}

gboolean
_sk_json_number_is_exact (const char *text,
                          double      value)
{
  g_autoptr(GString) shortest = g_string_new (NULL);
  Decimal a, b;

  if (!isfinite (value))
    return FALSE;
  _sk_json_append_double (shortest, value, FALSE);
  if (!decimal_parse (text, &a) || !decimal_parse (shortest->str, &b))
    return FALSE;
  return a.negative == b.negative && a.exponent == b.exponent && a.n_digits == b.n_digits &&
         memcmp (a.digits, b.digits, a.n_digits) == 0;
}

SkDecimalResult
_sk_json_decimal4 (const char *text,
                   gint64     *scaled)
{
  Decimal dec;
  guint64 v = 0;
  gint64 shift;

  if (!decimal_parse (text, &dec))
    return SK_DECIMAL_OUT_OF_RANGE;
  if (dec.n_digits == 0)
    {
      *scaled = 0;
      return SK_DECIMAL_OK;
    }
  shift = dec.exponent + 4;
  if (shift < 0)
    return SK_DECIMAL_TOO_PRECISE;
  if ((gint64) dec.n_digits + shift > 16)
    return SK_DECIMAL_OUT_OF_RANGE;
  for (gsize i = 0; i < dec.n_digits; i++)
    v = v * 10 + (guint64) (dec.digits[i] - '0');
  for (gint64 i = 0; i < shift; i++)
    v *= 10;
  if (v > (guint64) SK_DECIMAL4_MAX * 10000)
    return SK_DECIMAL_OUT_OF_RANGE;
  *scaled = dec.negative ? -(gint64) v : (gint64) v;
  return SK_DECIMAL_OK;
}

void
_sk_json_append_double (GString  *out,
                        double    value,
                        gboolean  keep_point)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (!isfinite (value))
    {
      g_string_append (out, "null");
      return;
    }
  for (int precision = 1; precision <= 17; precision++)
    {
      char format[8];

      g_snprintf (format, sizeof format, "%%.%dg", precision);
      g_ascii_formatd (buf, sizeof buf, format, value);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  g_string_append (out, buf);
  if (keep_point && strpbrk (buf, ".eE") == NULL)
    g_string_append (out, ".0");
}

SkNumberCheck
_sk_json_check_number (JsonNode   *node,
                       GHashTable *numbers)
{
  const char *text;
  double value;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    return SK_NUMBER_OK;
  text = numbers ? g_hash_table_lookup (numbers, node) : NULL;
  value = json_node_get_double (node);
  if (text != NULL && _sk_json_number_is_integer (text))
    return SK_NUMBER_BEYOND_64_BITS;
  if (!isfinite (value))
    return SK_NUMBER_NOT_FINITE;
  if (text != NULL && !_sk_json_number_is_exact (text, value))
    return SK_NUMBER_INEXACT;
  return SK_NUMBER_OK;
}

SkDecimalResult
_sk_json_node_decimal4 (JsonNode   *node,
                        GHashTable *numbers,
                        gint64     *scaled)
{
  const char *text;
  g_autoptr(GString) written = NULL;

  if (json_node_get_value_type (node) == G_TYPE_INT64)
    {
      gint64 v = json_node_get_int (node);

      if (v > SK_DECIMAL4_MAX || v < -SK_DECIMAL4_MAX)
        return SK_DECIMAL_OUT_OF_RANGE;
      *scaled = v * 10000;
      return SK_DECIMAL_OK;
    }
  if (!isfinite (json_node_get_double (node)))
    return SK_DECIMAL_OUT_OF_RANGE;
  text = numbers ? g_hash_table_lookup (numbers, node) : NULL;
  if (text != NULL)
    return _sk_json_decimal4 (text, scaled);
  /* A tree made in memory: the double as it would be written. */
  written = g_string_new (NULL);
  _sk_json_append_double (written, json_node_get_double (node), FALSE);
  return _sk_json_decimal4 (written->str, scaled);
}
