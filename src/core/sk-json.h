/* sk-json.h — strict RFC 8259 JSON for the project file: the reader that
 * builds the tree, JSON paths and exact numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* The deepest nesting of objects and arrays a project file may have. */
#define SK_JSON_MAX_DEPTH 256

/* The largest number of at most four decimals held exactly: × 10⁴ it is
 * at most 2⁵³. */
#define SK_DECIMAL4_MAX G_GINT64_CONSTANT (900719925474)

typedef enum
{
  SK_DECIMAL_OK,
  SK_DECIMAL_TOO_PRECISE,   /* more than four decimals */
  SK_DECIMAL_OUT_OF_RANGE,  /* × 10⁴ does not fit in 2⁵³ */
} SkDecimalResult;

/* Parses `data` as one JSON text, strictly: anything RFC 8259 does not
 * allow is refused, and so are strings that could not be written back
 * (U+0000, lone surrogates) and a member named twice in one object (the
 * names compared as decoded).  Iterative and linear in the length.
 *
 * `numbers` (may be NULL) gets, for every number node that is not an
 * integer in 64 bits, its text as written: the node then holds the
 * nearest double (or infinity). */
JsonNode        *_sk_json_parse             (const char   *data,
                                             gsize         length,
                                             GHashTable  **numbers,
                                             GError      **error);

/* Appends `.key`, or `['key']` with escapes when the key is not a plain
 * word, to a JSON path. */
void             _sk_json_path_append_key   (GString      *path,
                                             const char   *key);
char            *_sk_json_path_with_key     (const char   *path,
                                             const char   *key);

/* Whether the text of a JSON number is an integer (no fraction, no
 * exponent). */
gboolean         _sk_json_number_is_integer (const char   *text);

/* Whether `value` written back as the shortest text that reads as it has
 * the same value as `text`. */
gboolean         _sk_json_number_is_exact   (const char   *text,
                                             double        value);

typedef enum
{
  SK_NUMBER_OK,
  SK_NUMBER_BEYOND_64_BITS,  /* a whole number outside the 64-bit integers */
  SK_NUMBER_NOT_FINITE,      /* beyond the doubles */
  SK_NUMBER_INEXACT,         /* more digits than its double gives back */
} SkNumberCheck;

/* Whether the number `node` can be kept as it was written; `numbers` is
 * the table of _sk_json_parse (), or NULL for a tree made in memory. */
SkNumberCheck    _sk_json_check_number      (JsonNode     *node,
                                             GHashTable   *numbers);

/* The number `node` × 10⁴, exactly, from its text where it has one. */
SkDecimalResult  _sk_json_node_decimal4     (JsonNode     *node,
                                             GHashTable   *numbers,
                                             gint64       *scaled);

/* The value of the JSON number `text` × 10⁴, exactly. */
SkDecimalResult  _sk_json_decimal4          (const char   *text,
                                             gint64       *scaled);

/* The shortest text that reads back as `value`, appended to `out`;
 * "null" for a value that is not finite, which no reader takes for a
 * number. `keep_point` writes "3.0" rather than "3". */
void             _sk_json_append_double     (GString      *out,
                                             double        value,
                                             gboolean      keep_point);

G_END_DECLS
