/* sk-json.c — strict RFC 8259 JSON for the project file
 *
 * json-glib's parser takes comments, hexadecimal, leading zeros, "5.",
 * unknown escapes, text after the document and lone surrogates, and wraps
 * integers beyond 64 bits.  This reader takes RFC 8259 only, builds the
 * json-glib tree itself in one pass over the bytes (with a stack of its
 * own, not recursion) and reports where it stopped: line, column and the
 * JSON path of the value it was reading.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-json"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "sk-error.h"
#include "sk-json.h"

typedef struct
{
  JsonNode *node;       /* the object or array being filled */
  gsize     path_mark;  /* the length of the path of the container */
  guint     index;      /* arrays: the index of the next element */
  char     *key;        /* objects: the name of the member being read */
} Frame;

typedef struct
{
  const char  *data;
  gsize        length;
  gsize        pos;
  GString     *path;
  GHashTable  *numbers;
  GError     **error;
  guint64      memory;   /* what the tree built so far takes, roughly */
  guint64      budget;   /* the most it may take (tree_budget ()) */
} Parser;

/* What json-glib's tree takes of memory, roughly, for each thing read
 * (measured: 8 MB of "[{},{},…]" took 840 MB, some 310 bytes an empty
 * object; the example and the dense 2,000-task project take 4.5 and 8
 * times their size). */
#define COST_OBJECT 320
#define COST_ARRAY  160
#define COST_VALUE   96
#define COST_MEMBER  64

/* A project's tree takes 4–8 times its size; a file made of nothing but
 * empty objects or tiny values takes a hundred times, and within the
 * size limit (64 MB) gigabytes, which would take the whole application
 * down with the windows of other projects.  A text may take 24 times
 * its size, and 1 GiB at most (plus a little for a small one). */
static guint64
tree_budget (gsize length)
{
  return MIN ((guint64) length * 24, G_GUINT64_CONSTANT (1) << 30) + 32 * 1024 * 1024;
}

static void G_GNUC_PRINTF (3, 4)
fail (Parser     *p,
      gsize       at,
      const char *format,
      ...)
{
  g_autofree char *what = NULL;
  g_autofree char *where = NULL;
  guint line = 1;
  gsize line_start = 0;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);

  at = MIN (at, p->length);
  for (gsize i = 0; i < at; i++)
    if (p->data[i] == '\n')
      {
        line++;
        line_start = i + 1;
      }
  /* A path hundreds of levels deep: its start and its end. */
  if (p->path->len > 120)
    {
      const char *tail = g_utf8_find_prev_char (p->path->str, p->path->str + p->path->len - 60);
      const char *head_end = g_utf8_find_prev_char (p->path->str, p->path->str + 50);

      where = g_strdup_printf ("%.*s…%s", (int) (head_end - p->path->str), p->path->str, tail);
    }
  else
    where = g_strdup (p->path->str);
  /* Translators: a JSON syntax error: line, column (in characters), the
   * JSON path of the value being read ("$.municipalities[0].figures"),
   * and what is wrong */
  g_set_error (p->error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
               _("Line %u, column %ld, at %s: %s"), line,
               g_utf8_strlen (p->data + line_start, (gssize) (at - line_start)) + 1,
               where, what);
}

/* Adds `cost` to what the tree takes; FALSE (the error set) past the
 * budget. */
static gboolean
spend (Parser  *p,
       guint64  cost)
{
  p->memory += cost;
  if (p->memory <= p->budget)
    return TRUE;
  /* Translators: the figure is in megabytes */
  fail (p, p->pos, _("the file holds too many values for its size: reading it would take more than %u MB "
                     "of memory"), (guint) (p->budget / (1024 * 1024)));
  return FALSE;
}

/* What the character at `at` is, for a message: the character itself
 * when it prints, else its code point. */
static char *
describe_char (Parser *p,
               gsize   at)
{
  gunichar c = g_utf8_get_char_validated (p->data + at, (gssize) (p->length - at));

  if (c == (gunichar) -1 || c == (gunichar) -2)
    return g_strdup_printf ("\\x%02X", (guchar) p->data[at]);
  if (g_unichar_isgraph (c))
    {
      char buf[8] = { 0 };

      g_unichar_to_utf8 (c, buf);
      return g_strdup (buf);
    }
  return g_strdup_printf ("U+%04X", c);
}

static void
unexpected (Parser     *p,
            const char *expected)
{
  char c;
  g_autofree char *found = NULL;

  if (p->pos >= p->length)
    {
      fail (p, p->pos, _("the text ends before the JSON does"));
      return;
    }
  c = p->data[p->pos];
  if (c == '/' || c == '#')
    fail (p, p->pos, _("comments are not JSON"));
  else if (c == '\'')
    fail (p, p->pos, _("strings must be in double quotes"));
  else if (expected == NULL)
    {
      found = describe_char (p, p->pos);
      /* Translators: %s is the character found */
      fail (p, p->pos, _("“%s” cannot start a JSON value"), found);
    }
  else
    {
      found = describe_char (p, p->pos);
      /* Translators: the first %s is what was expected ("“,” or “}”"), the
       * second the character found */
      fail (p, p->pos, _("expected %s, found “%s”"), expected, found);
    }
}

static void
skip_space (Parser *p)
{
  while (p->pos < p->length)
    {
      char c = p->data[p->pos];

      if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
        break;
      p->pos++;
    }
}

static int
hex_digit (char c)
{
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

/* Four hex digits after "\u" at `at`; -1 when they are not. */
static int
read_hex4 (Parser *p,
           gsize   at)
{
  int v = 0;

  if (at + 4 > p->length)
    return -1;
  for (gsize i = at; i < at + 4; i++)
    {
      int d = hex_digit (p->data[i]);

      if (d < 0)
        return -1;
      v = v * 16 + d;
    }
  return v;
}

/* A string at p->pos (on its opening quote), decoded; NULL after fail(). */
static char *
parse_string (Parser *p)
{
  const char *d = p->data;
  g_autoptr(GString) out = g_string_new (NULL);
  gsize i = p->pos + 1;

  for (;;)
    {
      gsize run = i;

      while (i < p->length && d[i] != '"' && d[i] != '\\' && (guchar) d[i] >= 0x20)
        i++;
      g_string_append_len (out, d + run, (gssize) (i - run));
      if (i >= p->length)
        {
          fail (p, i, _("the text ends inside a string"));
          return NULL;
        }
      if (d[i] == '"')
        break;
      if ((guchar) d[i] < 0x20)
        {
          fail (p, i, _("a string holds a control character that must be escaped"));
          return NULL;
        }
      /* A backslash. */
      if (i + 1 >= p->length)
        {
          fail (p, i, _("the text ends inside a string"));
          return NULL;
        }
      switch (d[i + 1])
        {
        case '"':  g_string_append_c (out, '"'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '/':  g_string_append_c (out, '/'); break;
        case 'b':  g_string_append_c (out, '\b'); break;
        case 'f':  g_string_append_c (out, '\f'); break;
        case 'n':  g_string_append_c (out, '\n'); break;
        case 'r':  g_string_append_c (out, '\r'); break;
        case 't':  g_string_append_c (out, '\t'); break;
        case 'u':
          {
            int u = read_hex4 (p, i + 2);

            if (u < 0)
              {
                fail (p, i, _("“\\u” must be followed by four hexadecimal digits"));
                return NULL;
              }
            if (u == 0)
              {
                fail (p, i, _("“\\u0000” cannot be kept in a string"));
                return NULL;
              }
            if (u >= 0xDC00 && u <= 0xDFFF)
              {
                fail (p, i, _("“\\u%04x” is half of a character (a lone surrogate)"), (guint) u);
                return NULL;
              }
            if (u >= 0xD800 && u <= 0xDBFF)
              {
                int low = -1;

                if (i + 8 <= p->length && d[i + 6] == '\\' && d[i + 7] == 'u')
                  low = read_hex4 (p, i + 8);
                if (low < 0xDC00 || low > 0xDFFF)
                  {
                    fail (p, i, _("“\\u%04x” is half of a character (a lone surrogate)"),
                          (guint) u);
                    return NULL;
                  }
                g_string_append_unichar (out, 0x10000 + (((gunichar) u - 0xD800) << 10) +
                                              ((gunichar) low - 0xDC00));
                i += 6;
              }
            else
              g_string_append_unichar (out, (gunichar) u);
            i += 4;
          }
          break;
        default:
          {
            g_autofree char *found = describe_char (p, i + 1);

            fail (p, i, _("“\\%s” is not an escape JSON knows"), found);
            return NULL;
          }
        }
      i += 2;
    }
  p->pos = i + 1;
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* A number at p->pos; NULL after fail(). */
static JsonNode *
parse_number (Parser *p)
{
  const char *d = p->data;
  gsize start = p->pos;
  gsize i = start;
  gboolean integer = TRUE;
  JsonNode *node;
  char *text;

  if (d[i] == '-')
    i++;
  if (i >= p->length || !g_ascii_isdigit (d[i]))
    {
      if (i < p->length && (d[i] == 'I' || d[i] == 'N'))
        fail (p, start, _("Infinity and NaN are not JSON numbers"));
      else if (i < p->length && d[i] == '.')
        fail (p, start, _("a number needs a digit before its decimal point"));
      else
        fail (p, start, _("a minus sign must be followed by digits"));
      return NULL;
    }
  if (d[i] == '0')
    {
      i++;
      if (i < p->length && (d[i] == 'x' || d[i] == 'X'))
        {
          fail (p, start, _("hexadecimal numbers are not JSON"));
          return NULL;
        }
      if (i < p->length && g_ascii_isdigit (d[i]))
        {
          fail (p, start, _("a number must not start with the digit 0 (such as 0100)"));
          return NULL;
        }
    }
  else
    while (i < p->length && g_ascii_isdigit (d[i]))
      i++;
  if (i < p->length && d[i] == '.')
    {
      integer = FALSE;
      i++;
      if (i >= p->length || !g_ascii_isdigit (d[i]))
        {
          fail (p, start, _("a number needs a digit after its decimal point"));
          return NULL;
        }
      while (i < p->length && g_ascii_isdigit (d[i]))
        i++;
    }
  if (i < p->length && (d[i] == 'e' || d[i] == 'E'))
    {
      integer = FALSE;
      i++;
      if (i < p->length && (d[i] == '+' || d[i] == '-'))
        i++;
      if (i >= p->length || !g_ascii_isdigit (d[i]))
        {
          fail (p, start, _("the exponent of a number needs digits"));
          return NULL;
        }
      while (i < p->length && g_ascii_isdigit (d[i]))
        i++;
    }
  p->pos = i;

  if (integer)
    {
      gboolean negative = d[start] == '-';
      guint64 v = 0;
      gboolean fits = TRUE;

      for (gsize k = start + (negative ? 1 : 0); k < i && fits; k++)
        {
          guint digit = (guint) (d[k] - '0');

          if (v > (G_MAXUINT64 - digit) / 10)
            fits = FALSE;
          else
            v = v * 10 + digit;
        }
      if (fits && (negative ? v <= (guint64) G_MAXINT64 + 1 : v <= (guint64) G_MAXINT64))
        {
          node = json_node_new (JSON_NODE_VALUE);
          json_node_set_int (node, negative ? (gint64) (0 - v) : (gint64) v);
          return node;
        }
    }

  text = g_strndup (d + start, i - start);
  node = json_node_new (JSON_NODE_VALUE);
  json_node_set_double (node, g_ascii_strtod (text, NULL));
  if (p->numbers != NULL)
    g_hash_table_insert (p->numbers, node, text);
  else
    g_free (text);
  return node;
}

static gboolean
match_word (Parser     *p,
            const char *word)
{
  gsize n = strlen (word);

  if (p->length - p->pos < n || memcmp (p->data + p->pos, word, n) != 0)
    return FALSE;
  /* "trueish" is not "true" followed by garbage we would report oddly. */
  if (p->pos + n < p->length && g_ascii_isalnum (p->data[p->pos + n]))
    return FALSE;
  p->pos += n;
  return TRUE;
}

/* A value that holds no other: string, number, true, false, null. */
static JsonNode *
parse_scalar (Parser *p)
{
  char c = p->data[p->pos];
  JsonNode *node;

  if (c == '"')
    {
      char *s = parse_string (p);

      if (s == NULL)
        return NULL;
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_string (node, s);
      g_free (s);
      return node;
    }
  if (c == '-' || g_ascii_isdigit (c))
    return parse_number (p);
  if (c == '+')
    {
      fail (p, p->pos, _("a number must not start with “+”"));
      return NULL;
    }
  if (c == '.')
    {
      fail (p, p->pos, _("a number needs a digit before its decimal point"));
      return NULL;
    }
  if (match_word (p, "true") || match_word (p, "false"))
    {
      node = json_node_new (JSON_NODE_VALUE);
      json_node_set_boolean (node, c == 't');
      return node;
    }
  if (match_word (p, "null"))
    return json_node_new (JSON_NODE_NULL);
  /* The text need not end with a NUL: compare within its length. */
  if ((p->length - p->pos >= 3 && memcmp (p->data + p->pos, "NaN", 3) == 0) ||
      (p->length - p->pos >= 8 && memcmp (p->data + p->pos, "Infinity", 8) == 0))
    {
      fail (p, p->pos, _("Infinity and NaN are not JSON numbers"));
      return NULL;
    }
  unexpected (p, NULL);
  return NULL;
}

/* At a member's name, in the object of `frame`: reads it, the colon, and
 * points the path at the member. */
static gboolean
parse_member_name (Parser *p,
                   Frame  *frame)
{
  gsize start = p->pos;
  char *key;

  if (p->pos >= p->length || p->data[p->pos] != '"')
    {
      unexpected (p, _("a member name in double quotes"));
      return FALSE;
    }
  key = parse_string (p);
  if (key == NULL)
    return FALSE;
  if (!spend (p, COST_MEMBER + strlen (key)))
    {
      g_free (key);
      return FALSE;
    }
  g_string_truncate (p->path, frame->path_mark);
  _sk_json_path_append_key (p->path, key);
  if (json_object_has_member (json_node_get_object (frame->node), key))
    {
      fail (p, start, _("the member “%s” appears twice in one object"), key);
      g_free (key);
      return FALSE;
    }
  g_free (frame->key);
  frame->key = key;
  skip_space (p);
  if (p->pos >= p->length || p->data[p->pos] != ':')
    {
      unexpected (p, "“:”");
      return FALSE;
    }
  p->pos++;
  return TRUE;
}

static void
frames_clear (GArray *frames)
{
  for (guint i = 0; i < frames->len; i++)
    {
      Frame *f = &g_array_index (frames, Frame, i);

      json_node_unref (f->node);
      g_free (f->key);
    }
  g_array_set_size (frames, 0);
}

JsonNode *
_sk_json_parse (const char  *data,
                gsize        length,
                GHashTable **numbers,
                GError     **error)
{
  g_autoptr(GString) path = g_string_new ("$");
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (Frame));
  g_autoptr(GHashTable) table = NULL;
  Parser p = { data, length, 0, path, NULL, error, 0, tree_budget (length) };
  JsonNode *node = NULL;

  if (numbers != NULL)
    table = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  p.numbers = table;

  skip_space (&p);
  if (p.pos >= length)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                           _("The file is empty"));
      return NULL;
    }

  for (;;)
    {
      /* A value starts at p.pos. */
      skip_space (&p);
      if (p.pos >= length)
        {
          unexpected (&p, NULL);
          goto failed;
        }
      if (p.data[p.pos] == '{' || p.data[p.pos] == '[')
        {
          gboolean object = p.data[p.pos] == '{';
          Frame frame = { NULL, path->len, 0, NULL };

          if (frames->len >= SK_JSON_MAX_DEPTH)
            {
              fail (&p, p.pos, _("the JSON is nested more than %d levels deep"), SK_JSON_MAX_DEPTH);
              goto failed;
            }
          if (!spend (&p, object ? COST_OBJECT : COST_ARRAY))
            goto failed;
          if (object)
            {
              frame.node = json_node_new (JSON_NODE_OBJECT);
              json_node_take_object (frame.node, json_object_new ());
            }
          else
            {
              frame.node = json_node_new (JSON_NODE_ARRAY);
              json_node_take_array (frame.node, json_array_new ());
            }
          g_array_append_val (frames, frame);
          p.pos++;
          skip_space (&p);
          if (p.pos < length && p.data[p.pos] == (object ? '}' : ']'))
            {
              p.pos++;
              node = frame.node;
              g_array_set_size (frames, frames->len - 1);
            }
          else if (object)
            {
              if (!parse_member_name (&p, &g_array_index (frames, Frame, frames->len - 1)))
                goto failed;
              continue;
            }
          else
            {
              g_string_append (path, "[0]");
              continue;
            }
        }
      else
        {
          node = parse_scalar (&p);
          if (node == NULL)
            goto failed;
          if (!spend (&p, COST_VALUE + (JSON_NODE_HOLDS_VALUE (node) &&
                                        json_node_get_value_type (node) == G_TYPE_STRING ?
                                        strlen (json_node_get_string (node)) : 0)))
            goto failed;
        }

      /* `node` is complete: give it to its container, and close those that
       * end here. */
      for (;;)
        {
          Frame *top;

          if (frames->len == 0)
            goto done;
          top = &g_array_index (frames, Frame, frames->len - 1);
          if (JSON_NODE_HOLDS_OBJECT (top->node))
            {
              json_object_set_member (json_node_get_object (top->node), top->key, node);
              g_clear_pointer (&top->key, g_free);
            }
          else
            {
              json_array_add_element (json_node_get_array (top->node), node);
              top->index++;
            }
          node = NULL;
          g_string_truncate (path, top->path_mark);
          skip_space (&p);
          if (p.pos < length && p.data[p.pos] == ',')
            {
              p.pos++;
              skip_space (&p);
              if (JSON_NODE_HOLDS_OBJECT (top->node))
                {
                  if (!parse_member_name (&p, top))
                    goto failed;
                }
              else
                {
                  if (p.pos < length && p.data[p.pos] == ']')
                    {
                      fail (&p, p.pos, _("a comma must be followed by another value"));
                      goto failed;
                    }
                  g_string_append_printf (path, "[%u]", top->index);
                }
              break;
            }
          if (p.pos < length && p.data[p.pos] == (JSON_NODE_HOLDS_OBJECT (top->node) ? '}' : ']'))
            {
              p.pos++;
              node = top->node;
              g_array_set_size (frames, frames->len - 1);
              continue;
            }
          unexpected (&p, JSON_NODE_HOLDS_OBJECT (top->node) ? _("“,” or “}”") : _("“,” or “]”"));
          goto failed;
        }
    }

done:
  skip_space (&p);
  if (p.pos < length)
    {
      if (p.data[p.pos] == '/' || p.data[p.pos] == '#')
        fail (&p, p.pos, _("comments are not JSON"));
      else
        fail (&p, p.pos, _("more text follows the end of the JSON document"));
      json_node_unref (node);
      return NULL;
    }
  if (numbers != NULL)
    *numbers = g_steal_pointer (&table);
  return node;

failed:
  if (node != NULL)
    json_node_unref (node);
  frames_clear (frames);
  return NULL;
}

void
_sk_json_path_append_key (GString    *path,
                          const char *key)
{
  /* A name as it stands after a dot: not empty, not starting with a
   * digit or "-" (".2025" would read as an index). */
  gboolean plain = key[0] != '\0' && !g_ascii_isdigit (key[0]) && key[0] != '-';

  for (const char *c = key; *c && plain; c++)
    plain = g_ascii_isalnum (*c) || *c == '_' || *c == '-';
  if (plain)
    {
      g_string_append_c (path, '.');
      g_string_append (path, key);
      return;
    }
  g_string_append (path, "['");
  for (const char *c = key; *c; c++)
    {
      if (*c == '\'' || *c == '\\')
        {
          g_string_append_c (path, '\\');
          g_string_append_c (path, *c);
        }
      else if ((guchar) *c < 0x20 || *c == 0x7f)
        g_string_append_printf (path, "\\u%04x", (guchar) *c);
      else
        g_string_append_c (path, *c);
    }
  g_string_append (path, "']");
}

char *
_sk_json_path_with_key (const char *path,
                        const char *key)
{
  GString *s = g_string_new (path);

  _sk_json_path_append_key (s, key);
  return g_string_free (s, FALSE);
}
