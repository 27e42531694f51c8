/* sk-cli-output.h — where sakskart-cli writes: the terminal or a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <json-glib/json-glib.h>

#include "sk-project.h"

G_BEGIN_DECLS

/* The exit statuses are sakskart-cli's: 0 all well, 1 a file invalid, a
 * computation failed or a file refused, 2 bad usage. */
int      cli_usage_error   (const char  *message);

/* Says `error`, after the name of the file it is about if `file` is not
 * NULL, on standard error; returns the status of a failure (1). */
int      cli_error         (const char   *file,
                            const GError *error);

/* Whether `name` may be read as a file: not empty.  Else a usage error. */
gboolean cli_check_input   (const char  *name,
                            int         *status);

/* Whether the command may write `output`, before anything is computed:
 * the name is not empty; its extension, if it has one, is one of
 * `extensions` (NULL for any; else a usage error); it is not the file
 * `input` (may be NULL) nor a Sakskart project file; and with
 * `must_be_new`, nothing by that name exists yet. */
gboolean cli_check_output  (const char         *output,
                            const char         *input,
                            const char * const *extensions,
                            gboolean            must_be_new,
                            int                *status);

/* `text` to standard output, or to the file `output` if not NULL
 * (atomically, as an export).  Returns the exit status. */
int      cli_emit          (const char  *output,
                            const char  *text,
                            gsize        length);

/* Appends `root` as JSON text and a newline: laid out as json-glib
 * writes it pretty (two spaces a level, "name" : value), but valid RFC
 * 8259 throughout (every control character escaped, no "1e+40.0"), and
 * each node that `numbers` (may be NULL) maps to a text written as that
 * text, a JSON number given exactly ("2.2500", where json-glib would write
 * a double's 17 digits). */
void     cli_append_json   (GString         *out,
                            JsonNode        *root,
                            GHashTable      *numbers);

/* Adds to `b` the number `ascii` ("3.333333": digits, at most one point,
 * a leading "-") as a JSON number written exactly so by
 * cli_append_json (), its node kept in `numbers` (made with
 * cli_json_numbers_new ()). */
GHashTable *cli_json_numbers_new (void);
void     cli_json_add_exact (JsonBuilder     *b,
                            GHashTable      *numbers,
                            const char      *ascii);

/* One option of a command: "--name VALUE" sets *value, "--name" alone
 * sets *flag. */
typedef struct
{
  const char  *name;
  const char **value;
  gboolean    *flag;
} CliOption;

/* Reads "FILE [OPTION]…" against `options` (ended by a NULL name).  An
 * option that wants a value and has none is unknown, as is anything else
 * starting with "-" (but a lone "-" when `dash_is_file`). */
gboolean cli_scan_args     (int              argc,
                            char           **argv,
                            const CliOption *options,
                            gboolean         dash_is_file,
                            const char     **file,
                            int             *status);

/* Takes "--language nn|nb|en" out of the arguments, wherever it stands,
 * and makes it the language of every document the command writes
 * (sk_doc_language_set_override ()).  Another value is a usage error. */
gboolean cli_take_language (int             *argc,
                            char           **argv,
                            int             *status);

/* A project read from `path`, or NULL with the reason printed. */
SkProject *sk_cli_load     (const char      *path);

/* The export-pdf command (sk-cli-pdf.c). */
int      cli_export_pdf    (int              argc,
                            char           **argv);

G_END_DECLS
