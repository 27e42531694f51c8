/* sk-format.c — numbers, money, percentages and dates in the interface's (or a document's) language
 *
 * Numbers are written as the language of the words around them writes
 * them, so that one text never mixes two ("75,8%" in English): the
 * document's language while one is in force, else the language of the
 * interface's messages, whatever LC_NUMERIC says; the locale's only for
 * messages in a language Sakskart does not know.  Norwegian groups by
 * no-break spaces and has a decimal comma ("29 215 093", "25,5"); English
 * has a decimal point and groups by commas ("29,215,093", "25.5"), but
 * the interface on an English locale groups as the locale does (the C
 * locale, for programs, not at all).  The order of number and unit
 * ("25,5 %", "29 215 093 kr") comes from the translation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-format"

#include "config.h"

#include "sk-i18n.h"
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sk-date.h"
#include "sk-format.h"

static GPrivate norwegian_key = G_PRIVATE_INIT ((GDestroyNotify) g_array_unref);

void
sk_format_norwegian_push (gboolean norwegian)
{
  GArray *stack = g_private_get (&norwegian_key);

  if (stack == NULL)
    {
      stack = g_array_new (FALSE, FALSE, sizeof (gboolean));
      g_private_set (&norwegian_key, stack);
    }
  g_array_append_val (stack, norwegian);
}

void
sk_format_norwegian_pop (void)
{
  GArray *stack = g_private_get (&norwegian_key);

  g_return_if_fail (stack != NULL && stack->len > 0);
  g_array_set_size (stack, stack->len - 1);
}

static gboolean
norwegian_pushed (void)
{
  GArray *stack = g_private_get (&norwegian_key);

  for (guint i = 0; stack != NULL && i < stack->len; i++)
    if (g_array_index (stack, gboolean, i))
      return TRUE;
  return FALSE;
}

/* The language of the last catalogue header read, per thread: a header
 * stays where it is while its catalogue is loaded, which is for good. */
typedef struct
{
  const char *header;
  const char *language;
} HeaderLanguage;

static GPrivate header_language_key = G_PRIVATE_INIT (g_free);

/* The language the interface's messages are in, by the header of the
 * catalogue gettext reads them from: English without one, NULL for a
 * language other than nn, nb and en. */
static const char *
interface_language (void)
{
  const char *header = g_dgettext (GETTEXT_PACKAGE, "");
  HeaderLanguage *last = g_private_get (&header_language_key);
  const char *line;
  g_autofree char *language = NULL;

  if (header == NULL || header[0] == '\0')
    return "en";
  if (last == NULL)
    {
      last = g_new0 (HeaderLanguage, 1);
      g_private_set (&header_language_key, last);
    }
  if (last->header == header)
    return last->language;
  if ((line = strstr (header, "Language: ")) != NULL)
    {
      line += strlen ("Language: ");
      language = g_strndup (line, strcspn (line, "_.@\r\n"));
    }
  last->header = header;
  last->language = sk_doc_language_normalize (language);
  return last->language;
}

/* "nn", "nb" or "en": the language numbers are now written in, and
 * whether it is the interface's (else a document's); NULL for the
 * locale's way. */
static const char *
number_language (gboolean *interface)
{
  *interface = FALSE;
  if (norwegian_pushed ())
    return "nb";
  if (sk_doc_language_current () != NULL)
    return sk_doc_language_current ();
  *interface = TRUE;
  return interface_language ();
}

/* Whether the locale writes a decimal point, as English does. */
static gboolean
locale_has_point (void)
{
  const char *dp = localeconv ()->decimal_point;

  return dp == NULL || dp[0] == '\0' || g_str_equal (dp, ".");
}

/* The decimal sign and the separator of groups of three digits numbers
 * are now written with. */
static void
number_signs (const char **decimal_sign,
              const char **separator)
{
  gboolean interface;
  const char *language = number_language (&interface);
  const char *dp = localeconv ()->decimal_point;
  const char *sep = localeconv ()->thousands_sep;

  if (language != NULL)
    *decimal_sign = g_str_equal (language, "en") ? "." : ",";
  else
    *decimal_sign = dp && dp[0] ? dp : ".";
  /* Norwegian groups with a space, kept on one line */
  if (language != NULL && !g_str_equal (language, "en"))
    *separator = "\u00a0";
  /* English groups by commas; the interface on an English locale as it
   * does (the C locale, for programs, not at all) */
  else if (language != NULL && (!interface || !locale_has_point ()))
    *separator = ",";
  else if (sep == NULL || sep[0] == '\0')
    *separator = "";
  else if (g_str_equal (sep, " ") || g_str_equal (sep, "\u202f"))
    *separator = "\u00a0";
  else
    *separator = sep;
}

const char *
sk_format_decimal_sign (void)
{
  const char *dp, *sep;

  number_signs (&dp, &sep);
  return dp;
}

static void
append_grouped (GString    *out,
                guint64     value,
                const char *sep)
{
  char digits[32];
  gsize n;

  n = g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
}

char *
sk_format_integer (gint64 value)
{
  GString *out = g_string_new (NULL);
  const char *dp, *sep;

  number_signs (&dp, &sep);
  if (value < 0)
    g_string_append (out, "−");
  append_grouped (out, value < 0 ? (guint64) (-(value + 1)) + 1 : (guint64) value, sep);
  return g_string_free (out, FALSE);
}

char *
sk_format_kr (gint64 value)
{
  g_autofree char *number = sk_format_integer (value);

  /* Translators: an amount of Norwegian kroner; use a no-break space */
  return g_strdup_printf (_("%s kr"), number);
}

char *
sk_format_decimal (double value,
                   int    decimals)
{
  GString *out;
  double scale = pow (10, decimals);
  double rounded = round (fabs (value) * scale);
  guint64 whole;
  guint64 frac;
  const char *dp, *sep;

  /* Never a number that is not one, nor one cast beyond 64 bits (it
   * would read "9 223 372 036 854 775 808"): the checks keep values far
   * below, this is the last guard. */
  if (!isfinite (value))
    return g_strdup ("—");
  if (!(rounded < 9e18))
    return g_strdup_printf ("%.3g", value);

  out = g_string_new (NULL);
  number_signs (&dp, &sep);
  whole = (guint64) (rounded / scale);
  frac = (guint64) (rounded - (double) whole * scale);
  if (value < 0 && rounded > 0)
    g_string_append (out, "−");
  append_grouped (out, whole, sep);
  if (decimals > 0)
    g_string_append_printf (out, "%s%0*" G_GUINT64_FORMAT, dp, decimals, frac);
  return g_string_free (out, FALSE);
}

char *
sk_format_percent (double value,
                   int    decimals)
{
  g_autofree char *number = sk_format_decimal (value, decimals);

  /* Translators: a percentage; Norwegian puts a no-break space before % */
  return g_strdup_printf (_("%s%%"), number);
}

char *
sk_format_strftime (const char  *format,
                    const GDate *date)
{
  g_autofree char *full = sk_doc_month_name (g_date_get_month (date), FALSE);
  g_autofree char *abbreviated = sk_doc_month_name (g_date_get_month (date), TRUE);
  GString *out;
  char buf[256];

  if (full == NULL)
    {
      if (g_date_strftime (buf, sizeof buf, format, date) == 0)
        return NULL;
      return g_locale_to_utf8 (buf, -1, NULL, NULL, NULL);
    }
  /* In a document, the date in the document's language whatever LC_TIME
   * and the locale's character set say: the conversions the
   * translations use, written here. */
  out = g_string_new (NULL);
  for (const char *p = format; *p; p++)
    {
      gboolean bare = p[0] == '%' && p[1] == '-';
      const char *c = bare ? p + 2 : p + 1;

      if (p[0] != '%' || *c == '\0')
        {
          g_string_append_c (out, *p);
          continue;
        }
      switch (*c)
        {
        case 'd':
          g_string_append_printf (out, bare ? "%d" : "%02d", g_date_get_day (date));
          break;
        case 'e':
          g_string_append_printf (out, "%d", g_date_get_day (date));
          break;
        case 'm':
          g_string_append_printf (out, bare ? "%d" : "%02d", g_date_get_month (date));
          break;
        case 'Y':
          g_string_append_printf (out, "%d", g_date_get_year (date));
          break;
        case 'y':
          g_string_append_printf (out, "%02d", g_date_get_year (date) % 100);
          break;
        case 'B':
          g_string_append (out, full);
          break;
        case 'b':
          g_string_append (out, abbreviated);
          break;
        case '%':
          g_string_append_c (out, '%');
          break;
        default:
          g_string_append_len (out, p, c - p + 1);
          break;
        }
      p = c;
    }
  return g_string_free (out, FALSE);
}

char *
sk_format_date (const char *iso_date)
{
  GDate date;
  char *text;

  if (!sk_date_parse (iso_date, &date))
    return g_strdup (iso_date ? iso_date : "");
  /* Translators: a full date as strftime() writes it, "3. november 2025" */
  text = sk_format_strftime (_("%-d %B %Y"), &date);
  return text ? text : g_strdup (iso_date);
}

char *
sk_format_date_short (const char *iso_date)
{
  GDate date;
  char *text;

  if (!sk_date_parse (iso_date, &date))
    return g_strdup (iso_date ? iso_date : "");
  /* Translators: a short date as strftime() writes it, "03.11.2025" */
  text = sk_format_strftime (_("%Y-%m-%d"), &date);
  return text ? text : g_strdup (iso_date);
}

char *
sk_format_time (int minutes)
{
  minutes = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
  /* Translators: a clock time, hours and minutes; Norwegian writes "09.00" */
  return g_strdup_printf (_("%02d:%02d"), minutes / 60, minutes % 60);
}

char *
sk_format_date_time (const char *iso_date,
                     const char *hh_mm)
{
  g_autofree char *date = sk_format_date (iso_date);
  g_autofree char *time = NULL;
  int minutes;

  if (!sk_time_parse (hh_mm, &minutes))
    return g_steal_pointer (&date);
  time = sk_format_time (minutes);
  /* Translators: a date and a clock time, "3. november 2025, kl. 09.00" */
  return g_strdup_printf (_("%s, at %s"), date, time);
}

char *
sk_format_unix_time (gint64 unix_time)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (unix_time);
  g_autofree char *day = NULL;
  g_autofree char *clock = NULL;

  g_return_val_if_fail (when != NULL, g_strdup (""));
  day = g_date_time_format (when, "%Y-%m-%d");
  clock = g_date_time_format (when, "%H:%M");
  return sk_format_date_time (day, clock);
}

static gboolean
is_group_separator (gunichar c,
                    gboolean dot_groups)
{
  return c == ' ' || c == 0xA0 || c == 0x202F || (dot_groups && c == '.');
}

gboolean
sk_parse_grouped_integer (const char *text,
                          gboolean    dot_groups,
                          gint64     *out)
{
  g_autoptr(GString) digits = g_string_new (NULL);
  const char *p = text;
  const char *end = text + strlen (text);
  guint group = 0;    /* digits of the group being read */
  guint groups = 0;   /* groups ended by a separator */

  /* White space around the number does not count. */
  while (*p && is_group_separator (g_utf8_get_char (p), FALSE))
    p = g_utf8_next_char (p);
  while (end > p && is_group_separator (g_utf8_get_char (g_utf8_prev_char (end)), FALSE))
    end = g_utf8_prev_char (end);
  /* Between the digits, one separator after each group of three, the
   * first group of one to three: "1 380" and "29 215 093", not "26 50"
   * or "140 151 3" (two figures run together). */
  for (; p < end; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= '0' && c <= '9')
        {
          g_string_append_c (digits, (char) c);
          group++;
        }
      else if (is_group_separator (c, dot_groups) && group > 0 && (groups == 0 ? group <= 3 : group == 3))
        {
          groups++;
          group = 0;
        }
      else
        return FALSE;
    }
  if (group == 0 || (groups > 0 && group != 3) || digits->len > 15)
    return FALSE;
  *out = g_ascii_strtoll (digits->str, NULL, 10);
  return TRUE;
}

char *
sk_format_score (double value)
{
  double hundredths = round (fabs (value) * 100);

  /* "96", not "96,00"; "96,50" keeps its decimals */
  return sk_format_decimal (value, fmod (hundredths, 100) == 0 ? 0 : 2);
}

/* What must not be split across lines, as Norwegian typography has it:
 * the pattern, and what goes before the no-break space. */
static const struct
{
  const char *pattern;
  const char *replacement;
} keep_together[] = {
  /* "§ 16-5" */
  { "§ (?=\\d)", "§\u00a0" },
  /* "20. oktober" */
  { "(\\d)\\. (?=(januar|februar|mars|april|mai|juni|juli|august|september|oktober|november|desember)\\b)",
    "\\1.\u00a0" },
  /* "kl. 09.00", "nr. 1", "s. 12", "pkt. 3", "kap. 5" */
  { "\\b(kl|nr|s|pkt|kap)\\. (?=\\d)", "\\1.\u00a0" },
  /* "2. kvartal 2026" */
  { "(\\d)\\. (?=kvartal\\b)", "\\1.\u00a0" },
  /* "kr 500" */
  { "\\bkr (?=\\d)", "kr\u00a0" },
  /* "25 %", "500 000 kroner", "29 215 093 kr" */
  { "(\\d) (?=%|kr\\b|kroner\\b)", "\\1\u00a0" },
  /* A case number, "Sak 12/25", "PS 12/2025", also in running text
   * ("gjekk før sak 53/25") */
  { "(?<=\\p{L}) (?=\\d{1,5}/(\\d{2}|\\d{4})(?!\\d))", "\u00a0" },
  /* "29 215 093": groups of three digits */
  { "(?<=\\d) (?=\\d{3}(?!\\d))", "\u00a0" },
};

char *
sk_format_keep_together (const char *text)
{
  static GRegex *regexes[G_N_ELEMENTS (keep_together)];
  static gsize initialized = 0;
  char *out;

  if (text == NULL)
    return g_strdup ("");
  if (g_once_init_enter (&initialized))
    {
      for (guint i = 0; i < G_N_ELEMENTS (keep_together); i++)
        /* Not G_REGEX_OPTIMIZE: the JIT-compiled matcher reads past the
         * end of the subject in 16-byte steps, which valgrind reports. */
        regexes[i] = g_regex_new (keep_together[i].pattern, G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&initialized, 1);
    }
  out = g_strdup (text);
  for (guint i = 0; i < G_N_ELEMENTS (keep_together); i++)
    {
      char *next;

      g_assert (regexes[i] != NULL);
      next = g_regex_replace (regexes[i], out, -1, 0, keep_together[i].replacement, 0, NULL);
      if (next != NULL)
        {
          g_free (out);
          out = next;
        }
    }
  return out;
}

/* A file may give a name of any length.  Laid out whole, one of 100,000
 * letters widened the costs view far past the screen, and without a
 * space to break at GTK took minutes to wrap it (its row's title), the
 * window frozen: a name is shown to SK_NAME_SHOWN_CHARS characters (the
 * longest municipality's is 31), in the views and in the sentences that
 * name candidates; the tables of the exports keep it whole. */
char *
sk_name_shown (const char *name)
{
  const char *end = name;

  if (name == NULL)
    return g_strdup ("");
  for (guint n = 0; *end != '\0'; n++, end = g_utf8_next_char (end))
    if (n == SK_NAME_SHOWN_CHARS - 1)
      {
        g_autofree char *head = g_strndup (name, end - name);

        return *g_utf8_next_char (end) == '\0' ? g_strdup (name) : g_strconcat (head, "…", NULL);
      }
  return g_strdup (name);
}
