/* sk-cli-output.c — where sakskart-cli writes: the terminal or a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sakskart-cli"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n.h>
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
