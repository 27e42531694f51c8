/* sk-cli-output.c — where sakskart-cli writes: the terminal or a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sakskart-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "sk-cli-output.h"
#include "sk-doc-language.h"
#include "sk-file.h"

enum {
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
};

int
cli_usage_error (const char *message)
{
  g_printerr ("sakskart-cli: %s\n", message);
  g_printerr (_("Try “sakskart-cli --help” for more information.\n"));
  return EXIT_USAGE;
}

int
cli_error (const char   *file,
           const GError *error)
{
  if (file != NULL)
    g_printerr ("sakskart-cli: %s: %s\n", file, error->message);
  else
    g_printerr ("sakskart-cli: %s\n", error->message);
  return EXIT_INVALID;
}

gboolean
cli_check_input (const char *name,
                 int        *status)
{
  if (name[0] != '\0')
    return TRUE;
  *status = cli_usage_error (_("a file name is empty"));
  return FALSE;
}

/* The extension of the last part of `name` (".pdf"), or NULL. */
static const char *
extension (const char *name)
{
  const char *base = strrchr (name, '/');
  const char *dot;

  base = base ? base + 1 : name;
  dot = strrchr (base, '.');
  return dot != NULL && dot != base ? dot : NULL;
}

gboolean
cli_check_output (const char         *output,
                  const char         *input,
                  const char * const *extensions,
                  gboolean            must_be_new,
                  int                *status)
{
  g_autoptr(GFile) file = NULL;
  const char *ext;

  if (output[0] == '\0')
    {
      *status = cli_usage_error (_("the name of the file to write (-o) is empty"));
      return FALSE;
    }
  file = g_file_new_for_commandline_arg (output);
  if (input != NULL)
    {
      g_autoptr(GFile) in = g_file_new_for_commandline_arg (input);

      if (sk_file_same (file, in))
        {
          g_printerr (_("sakskart-cli: %s: this is the file read; it is not replaced by what is "
                        "written from it. Choose another file name\n"), output);
          *status = EXIT_INVALID;
          return FALSE;
        }
    }
  if (must_be_new && g_file_query_exists (file, NULL))
    {
      g_printerr (_("sakskart-cli: %s: the file exists already. To add to a project, use "
                    "--into; to replace the file, remove it first\n"), output);
      *status = EXIT_INVALID;
      return FALSE;
    }
  if (sk_file_holds_project (file, NULL))
    {
      g_printerr (_("sakskart-cli: %s: this is a Sakskart project file; an export does not "
                    "replace it. Choose another file name\n"), output);
      *status = EXIT_INVALID;
      return FALSE;
    }
  ext = extension (output);
  if (extensions != NULL && ext != NULL)
    {
      g_autofree char *wanted = g_strjoinv ("/", (char **) extensions);
      g_autofree char *msg = NULL;
      gboolean known = FALSE;

      for (guint i = 0; extensions[i] != NULL; i++)
        known |= g_ascii_strcasecmp (ext, extensions[i]) == 0;
      if (!known)
        {
          /* Translators: "OUT.png: this command writes .pdf files, not .png" */
          msg = g_strdup_printf (_("%s: this command writes %s files, not %s"),
                                 output, wanted, ext);
          *status = cli_usage_error (msg);
          return FALSE;
        }
    }

  return TRUE;
}

int
cli_emit (const char *output,
          const char *text,
          gsize       length)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (output == NULL)
    {
      if (fwrite (text, 1, length, stdout) != length || fflush (stdout) != 0)
        {
          g_printerr (_("sakskart-cli: could not write to standard output\n"));
          return EXIT_INVALID;
        }
      return EXIT_OK;
    }
  file = g_file_new_for_commandline_arg (output);
  if (!sk_file_write (file, text, length, NULL, SK_FILE_WRITE_EXPORT, NULL, NULL, &error))
    return cli_error (NULL, error);
  return EXIT_OK;
}

/* JSON */

/* Whether `text` is a number as RFC 8259 writes one. */
static gboolean
is_json_number (const char *text)
{
  const char *p = text;

  if (*p == '-')
    p++;
  if (*p == '0')
    p++;
  else if (*p >= '1' && *p <= '9')
    p += strspn (p, "0123456789");
  else
    return FALSE;
  if (*p == '.')
    {
      if (!g_ascii_isdigit (p[1]))
        return FALSE;
      p += 1 + strspn (p + 1, "0123456789");
    }
  if (*p == 'e' || *p == 'E')
    {
      p++;
      if (*p == '+' || *p == '-')
        p++;
      if (!g_ascii_isdigit (*p))
        return FALSE;
      p += strspn (p, "0123456789");
    }
  return *p == '\0';
}

GHashTable *
cli_json_numbers_new (void)
{
  return g_hash_table_new_full (NULL, NULL, NULL, g_free);
}

void
cli_json_add_exact (JsonBuilder *b,
                    GHashTable  *numbers,
                    const char  *ascii)
{
  JsonNode *node;

  g_return_if_fail (is_json_number (ascii));
  /* The node holds the nearest double, for a reader of the tree */
  node = json_node_init_double (json_node_alloc (), g_ascii_strtod (ascii, NULL));
  g_hash_table_insert (numbers, node, g_strdup (ascii));
  json_builder_add_value (b, node);
}

static void
append_json_string (GString    *out,
                    const char *text)
{
  g_string_append_c (out, '"');
  for (const char *p = text; *p; p++)
    {
      guchar c = (guchar) *p;

      switch (c)
        {
        case '"':  g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (out, "\\u%04x", c);
          else
            g_string_append_c (out, (char) c);
        }
    }
  g_string_append_c (out, '"');
}

static void
append_json_node (GString    *out,
                  JsonNode   *node,
                  GHashTable *numbers,
                  guint       level)
{
  const char *exact = numbers ? g_hash_table_lookup (numbers, node) : NULL;

  if (exact != NULL)
    g_string_append (out, exact);
  else if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *member;
      gboolean first = TRUE;

      g_string_append_c (out, '{');
      json_object_iter_init_ordered (&iter, json_node_get_object (node));
      while (json_object_iter_next_ordered (&iter, &name, &member))
        {
          g_string_append (out, first ? "\n" : ",\n");
          g_string_append_printf (out, "%*s", 2 * (level + 1), "");
          append_json_string (out, name);
          g_string_append (out, " : ");
          append_json_node (out, member, numbers, level + 1);
          first = FALSE;
        }
      if (!first)
        g_string_append_printf (out, "\n%*s", 2 * level, "");
      g_string_append_c (out, '}');
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);
      guint n = json_array_get_length (array);

      g_string_append_c (out, '[');
      for (guint i = 0; i < n; i++)
        {
          g_string_append (out, i == 0 ? "\n" : ",\n");
          g_string_append_printf (out, "%*s", 2 * (level + 1), "");
          append_json_node (out, json_array_get_element (array, i), numbers, level + 1);
        }
      if (n > 0)
        g_string_append_printf (out, "\n%*s", 2 * level, "");
      g_string_append_c (out, ']');
    }
  else if (JSON_NODE_HOLDS_NULL (node))
    g_string_append (out, "null");
  else
    switch (json_node_get_value_type (node))
      {
      case G_TYPE_INT64:
        g_string_append_printf (out, "%" G_GINT64_FORMAT, json_node_get_int (node));
        break;
      case G_TYPE_BOOLEAN:
        g_string_append (out, json_node_get_boolean (node) ? "true" : "false");
        break;
      case G_TYPE_STRING:
        append_json_string (out, json_node_get_string (node));
        break;
      case G_TYPE_DOUBLE:
        {
          double value = json_node_get_double (node);
          char buf[G_ASCII_DTOSTR_BUF_SIZE];

          /* As json-glib writes it (17 digits, ".0" after a whole
           * number), but never "inf", nor "1e+40.0". */
          if (!isfinite (value))
            {
              g_string_append (out, "null");
              break;
            }
          g_string_append (out, g_ascii_dtostr (buf, sizeof buf, value));
          if (strpbrk (buf, ".eE") == NULL)
            g_string_append (out, ".0");
        }
        break;
      default:
        g_string_append (out, "null");
      }
}

void
cli_append_json (GString    *out,
                 JsonNode   *root,
                 GHashTable *numbers)
{
  append_json_node (out, root, numbers, 0);
  g_string_append_c (out, '\n');
}

/* Reads "FILE [OPTION]…" against `options` (ended by a NULL name).  An
 * option that wants a value and has none is unknown, as is anything else
 * starting with "-" (but a lone "-" when `dash_is_file`). */
gboolean
cli_scan_args (int              argc,
               char           **argv,
               const CliOption *options,
               gboolean         dash_is_file,
               const char     **file,
               int             *status)
{
  for (int i = 0; i < argc; i++)
    {
      const char *a = argv[i];
      const CliOption *o;

      for (o = options; o->name != NULL; o++)
        if (g_str_equal (a, o->name) && (o->flag != NULL || i + 1 < argc))
          break;
      if (o->name != NULL)
        {
          if (o->flag != NULL)
            *o->flag = TRUE;
          else
            *o->value = argv[++i];
        }
      else if (a[0] == '-' && !(dash_is_file && a[1] == '\0'))
        {
          g_autofree char *msg = g_strdup_printf (_("unknown option “%s”"), a);

          *status = cli_usage_error (msg);
          return FALSE;
        }
      else if (*file == NULL)
        {
          if (!cli_check_input (a, status))
            return FALSE;
          *file = a;
        }
      else
        {
          *status = cli_usage_error (_("only one file may be given"));
          return FALSE;
        }
    }
  return TRUE;
}

gboolean
cli_take_language (int    *argc,
                   char  **argv,
                   int    *status)
{
  for (int i = 0; i < *argc; i++)
    if (g_str_equal (argv[i], "--language"))
      {
        if (i + 1 >= *argc || !sk_doc_language_is_valid (argv[i + 1]))
          {
            *status = cli_usage_error (_("--language takes nn, nb or en"));
            return FALSE;
          }
        sk_doc_language_set_override (argv[i + 1]);
        memmove (argv + i, argv + i + 2, (*argc - i - 2) * sizeof (char *));
        *argc -= 2;
        i--;
      }
  return TRUE;
}
