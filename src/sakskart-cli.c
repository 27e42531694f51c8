/* sakskart-cli.c — the command-line face of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sakskart-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sk-cli-output.h"
#include "sk-board.h"
#include "sk-costs.h"
#include "sk-doc-language.h"
#include "sk-ical.h"
#include "sk-matrix.h"
#include "sk-planner.h"
#include "sk-gantt.h"
#include "sk-export.h"
#include "sk-file.h"
#include "sk-format.h"
#include "sk-project.h"
#include "sk-render.h"
#include "sk-ssb-report.h"

enum {
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
};

static int
usage_error (const char *message)
{
  return cli_usage_error (message);
}

/* The synopsis is translated too: its placeholders in the language of
 * the messages that name them ("-o UT.pdf"). */
static const struct
{
  const char *synopsis;
  const char *summary;
} commands[] = {
  /* Translators: a command's synopsis: translate only the placeholders in
   * capitals (FILE, OUT, IN, YYYY) as the messages name them */
  { N_("validate FILE…"), N_("Check files against the project format") },
  /* Translators: a command's synopsis: translate only the placeholders */
  { N_("costs FILE [--model ID] [--scenario ID] [--format csv|csv-no|json|pdf] [-o FILE]"),
    N_("Print the split of a cost model") },
  /* Translators: a command's synopsis: translate only the placeholders */
  { N_("matrix FILE [--matrix ID] [--format csv|csv-no|json] [--sensitivity] [-o FILE]"),
    N_("Print the ranking of a scoring matrix, or how far each weight can move") },
  /* Translators: a command's synopsis: translate only the placeholders */
  { N_("export-pdf FILE [--meeting ID] [--minutes | --extract ITEM | --public] [--language nn|nb|en] -o OUT.pdf"),
    N_("Export a meeting's board pack, its public version, its minutes or the extract of one item, as PDF") },
  /* Translators: a command's synopsis: translate only the placeholders */
  { N_("export-ical FILE [--year YYYY] [-o OUT.ics]"), N_("Export the meeting plan as iCalendar") },
  /* Translators: a command's synopsis: translate only the placeholders */
  { N_("import-planner IN.planner (-o OUT.sakskart | --into FILE)"),
    N_("Import a GNOME Planner project as a timeline") },
  /* Translators: a command's synopsis: translate only the placeholders */
  { N_("import-ssb IN.csv --into FILE"),
    N_("Update the members' population figures from SSB's table 07459") },
  /* Translators: a command's synopsis: translate only the placeholders */
  { N_("render-timeline FILE [--timeline ID] [--paper a4|a3] -o OUT.png|.svg|.pdf"),
    N_("Draw a timeline as a Gantt chart") },
};

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: sakskart-cli COMMAND [OPTION…] FILE…"));
  g_print ("%s\n\n", _("Check and compute Sakskart project files without a display."));
  g_print ("%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      const char *synopsis = _(commands[i].synopsis);
      glong width = g_utf8_strlen (synopsis, -1);

      /* The summary beside a short synopsis, under a long one */
      if (width < 24)
        g_print ("  %s%*s%s\n", synopsis, (int) (24 - width), "", _(commands[i].summary));
      else
        g_print ("  %s\n%26s%s\n", synopsis, "", _(commands[i].summary));
    }
  g_print ("\n%s\n", _("Options:"));
  g_print ("  -h, --help              %s\n", _("Show this help"));
  g_print ("  -v, --version           %s\n", _("Show the version"));
  g_print ("\n%s\n", _("Exit status: 0 when all is well, 1 when a file is invalid, a computation fails or a file cannot be written or is refused, 2 on bad usage."));
}

static int
cmd_validate (int    argc,
              char **argv)
{
  int status = EXIT_OK;

  if (argc < 1)
    return usage_error (_("validate needs at least one file"));
  for (int i = 0; i < argc; i++)
    if (!cli_check_input (argv[i], &status))
      return status;

  for (int i = 0; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(SkProject) project = NULL;

      project = sk_project_new_from_file (file, NULL, NULL, &problems, &error);
      if (project != NULL && (problems == NULL || problems->len == 0))
        {
          g_print (_("%s: ok\n"), argv[i]);
          continue;
        }
      status = EXIT_INVALID;
      if (problems != NULL && problems->len > 0)
        {
          for (guint p = 0; p < problems->len; p++)
            {
              const SkProblem *problem = g_ptr_array_index (problems, p);

              g_print ("%s: %s: %s\n", argv[i], problem->path, problem->message);
            }
        }
      else
        {
          /* I/O, encoding and syntax errors carry the file name already. */
          g_autofree char *name = g_file_get_parse_name (file);
          const char *msg = error->message;

          if (g_str_has_prefix (msg, name) && msg[strlen (name)] == ':')
            msg += strlen (name) + 2;
          g_print ("%s: %s\n", argv[i], msg);
        }
    }
  return status;
}

typedef struct
{
  const char *file;
  const char *id;
  const char *scenario;
  const char *format;
  const char *output;
  gboolean    sensitivity;
} Args;

/* Parses "FILE [--opt VALUE]…" for the commands that read one file: the
 * costs (`with_scenario`) or a matrix (with --sensitivity). */
static gboolean
parse_args (int          argc,
            char       **argv,
            const char  *id_option,
            gboolean     with_scenario,
            Args        *args,
            int         *status)
{
  CliOption options[6] = { { 0 } };
  guint n = 0;

  memset (args, 0, sizeof *args);
  args->format = "csv";
  options[n++] = (CliOption) { id_option, &args->id, NULL };
  if (with_scenario)
    options[n++] = (CliOption) { "--scenario", &args->scenario, NULL };
  else
    options[n++] = (CliOption) { "--sensitivity", NULL, &args->sensitivity };
  options[n++] = (CliOption) { "--format", &args->format, NULL };
  options[n++] = (CliOption) { "-o", &args->output, NULL };
  if (!cli_scan_args (argc, argv, options, TRUE, &args->file, status))
    return FALSE;
  if (args->file == NULL)
    {
      *status = usage_error (_("a file is required"));
      return FALSE;
    }
  if (!g_str_equal (args->format, "csv") && !g_str_equal (args->format, "csv-no") &&
      !g_str_equal (args->format, "json") &&
      !(with_scenario && g_str_equal (args->format, "pdf")))
    {
      *status = usage_error (with_scenario ? _("--format takes csv, csv-no, json or pdf")
                                           : _("--format takes csv, csv-no or json"));
      return FALSE;
    }
  if (g_str_equal (args->format, "pdf") && args->output == NULL)
    {
      *status = usage_error (_("--format pdf needs -o FILE.pdf"));
      return FALSE;
    }
  return TRUE;
}

/* With `fingerprint`, what a save checks the file against (sk-fingerprint.h). */
static SkProject *
load_or_report (const char  *path,
                char       **fingerprint)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  SkProject *project;

  project = sk_project_new_from_file (file, NULL, fingerprint, NULL, &error);
  if (project == NULL)
    cli_error (NULL, error);
  return project;
}

/* An import's input: a file or a pipe ("<(…)", read as its writer
 * writes), not a folder or a device, and no larger than a project may
 * be. */
static char *
read_input (const char  *path,
            gsize       *length,
            GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return sk_file_read_all (file, SK_PROJECT_MAX_FILE_SIZE, TRUE, NULL, length, error);
}

/* Saves `project` to `path`, atomically: the file stays as it was when
 * anything fails, and a save over what someone saved since `fingerprint`
 * (may be NULL) was taken is refused.  A failure is reported. */
static gboolean
save_or_report (SkProject  *project,
                const char *path,
                const char *fingerprint)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;

  if (sk_project_save_file (project, file, fingerprint, NULL, NULL, &error))
    return TRUE;
  cli_error (NULL, error);
  return FALSE;
}

/* A project for the commands in other files (sk-cli-output.h). */
SkProject *
sk_cli_load (const char *path)
{
  return load_or_report (path, NULL);
}

static void
append_table (GString        *out,
              SkExportTable  *table,
              SkExportFormat  format)
{
  gsize length;
  g_autofree char *text = sk_export_table_to_string (table, format, &length);

  g_string_append_len (out, text, length);
}

/* The extensions a text output may have, by --format. */
static const char * const *
text_extensions (const char *format)
{
  static const char * const csv[] = { ".csv", ".txt", NULL };
  static const char * const json[] = { ".json", ".txt", NULL };
  static const char * const pdf[] = { ".pdf", NULL };

  return g_str_equal (format, "json") ? json : g_str_equal (format, "pdf") ? pdf : csv;
}

/* The arguments of the costs (`with_scenario`) or a matrix, checked,
 * and the project of their file; NULL, with the exit status in
 * `status`, when they are wrong or it does not load. */
static SkProject *
open_for_text (int          argc,
               char       **argv,
               const char  *id_option,
               gboolean     with_scenario,
               Args        *args,
               int         *status)
{
  SkProject *project;

  if (!parse_args (argc, argv, id_option, with_scenario, args, status))
    return NULL;
  if (args->output != NULL &&
      !cli_check_output (args->output, args->file, text_extensions (args->format), FALSE, status))
    return NULL;
  if ((project = load_or_report (args->file, NULL)) == NULL)
    *status = EXIT_INVALID;
  return project;
}

/* The record of the id asked for (`found`, for `id`), or without an id
 * the first of `records`; NULL when there is none, said with `no_such`
 * (a format of the file and the id) or `none` (of the file). */
static gpointer
record_asked (const char *file,
              const char *id,
              gpointer    found,
              GPtrArray  *records,
              const char *no_such,
              const char *none)
{
  gpointer record = id != NULL ? found : records->len > 0 ? g_ptr_array_index (records, 0) : NULL;

  if (record == NULL && id != NULL)
    g_printerr (no_such, file, id);
  else if (record == NULL)
    g_printerr (none, file);
  return record;
}

static int
cmd_costs (int    argc,
           char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkCostResult) result = NULL;
  g_autoptr(GError) error = NULL;
  SkCostModel *model = NULL;
  SkScenario *scenario = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  SkExportFormat format;
  Args args;
  int status = EXIT_OK;

  if ((project = open_for_text (argc, argv, "--model", TRUE, &args, &status)) == NULL)
    return status;
  model = record_asked (args.file, args.id, args.id ? sk_project_find_cost_model (project, args.id) : NULL,
                        sk_project_get_cost_models (project),
                        _("sakskart-cli: %s: no cost model has the id “%s”\n"),
                        _("sakskart-cli: %s: the project has no cost models\n"));
  if (model == NULL)
    return EXIT_INVALID;
  if (args.scenario != NULL &&
      (scenario = sk_cost_model_find_scenario (model, args.scenario)) == NULL)
    {
      g_printerr (_("sakskart-cli: %s: cost model “%s” has no scenario “%s”\n"),
                  args.file, model->id, args.scenario);
      return EXIT_INVALID;
    }

  result = sk_cost_model_compute (project, model, scenario, &error);
  if (result == NULL)
    return cli_error (args.file, error);
  if (g_str_equal (args.format, "pdf"))
    {
      if (!sk_render_cost_pdf (project, model, scenario, args.output, &error))
        return cli_error (NULL, error);
      return EXIT_OK;
    }

  if (sk_export_format_parse (args.format, &format))
    {
      g_autoptr(SkExportTable) table = NULL;

      /* For a spreadsheet on a Norwegian desktop the note's numbers are
       * Norwegian too, whatever the locale: "29 215 093 kr" */
      sk_format_norwegian_push (format == SK_EXPORT_CSV_NO);
      table = sk_export_cost_table (project, model, scenario, result, format == SK_EXPORT_CSV_NO);
      sk_format_norwegian_pop ();
      append_table (out, table, format);
    }
  else
    {
      g_autoptr(SkExportTable) table = sk_export_table_new ();
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

      sk_export_table_add_column (table, "municipality", _("Municipality"), SK_EXPORT_TEXT, 0);
      sk_export_table_add_column (table, "name", _("Name"), SK_EXPORT_TEXT, 0);
      sk_export_table_add_column (table, "amount_kr", _("Total"), SK_EXPORT_KR, 0);
      sk_export_table_add_column (table, "share_percent", C_("column", "Share"), SK_EXPORT_PERCENT, 4);
      for (guint i = 0; i < result->rows->len; i++)
        {
          const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);
          SkMunicipality *m = sk_project_find_municipality (project, row->municipality);

          sk_export_table_add_row (table, FALSE);
          sk_export_table_add_text (table, m->id);
          sk_export_table_add_text (table, m->name);
          sk_export_table_add_integer (table, row->amount_kr);
          sk_export_table_add_number (table, row->share_percent);
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "model");
      json_builder_add_string_value (b, model->id);
      if (scenario)
        {
          json_builder_set_member_name (b, "scenario");
          json_builder_add_string_value (b, scenario->id);
        }
      json_builder_set_member_name (b, "total_kr");
      json_builder_add_int_value (b, result->total_kr);
      json_builder_set_member_name (b, "rows");
      json_builder_add_value (b, sk_export_table_to_json (table));
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      cli_append_json (out, root, NULL);
    }
  return cli_emit (args.output, out->str, out->len);
}

/* A candidate's name for the sensitivity, NULL for none (-1). */
static const char *
candidate_name (SkProject      *project,
                const SkMatrix *matrix,
                int             c)
{
  if (c < 0)
    return NULL;
  return sk_project_municipality_name (project,
                                       ((SkCandidate *) g_ptr_array_index (matrix->candidates, c))->municipality);
}

/* Per factor: the range of its weight over which the candidate first now
 * stays first, and who is first outside it; the numbers exact, with at
 * least 4 decimals.  As a JSON array in `b`, the numbers JSON numbers
 * written exactly (their nodes kept in `numbers`, for cli_append_json ()),
 * or as CSV appended to `out` when `b` is NULL: for programs, or
 * (`format` SK_EXPORT_CSV_NO) for a spreadsheet, with the headings
 * translated, the factors by name and a decimal comma. */
static void
append_sensitivity (GString        *out,
                    SkProject      *project,
                    const SkMatrix *matrix,
                    SkExportFormat  format,
                    JsonBuilder    *b,
                    GHashTable     *numbers)
{
  g_autoptr(GArray) sens = sk_matrix_sensitivity (matrix);
  g_autoptr(SkExportTable) table = sk_export_table_new ();
  static const char * const keys[] = { "factor", "weight", "low", "high", "below", "above" };
  const char *headings[] = {
    _("Factor"), _("Weight now"),
    /* Translators: the columns of the sensitivity for a spreadsheet: the
     * lowest and highest weight at which the candidate first now stays
     * first, and who is first below and above them */
    _("Lowest weight"), _("Highest weight"), _("First below"), _("First above"),
  };
  gboolean norwegian = format == SK_EXPORT_CSV_NO;

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    sk_export_table_add_column (table, keys[k], headings[k],
                                norwegian && k >= 1 && k <= 3 ? SK_EXPORT_DECIMAL : SK_EXPORT_TEXT, 0);
  if (norwegian)
    sk_export_table_add_note (table, matrix->title);
  if (b != NULL)
    {
      json_builder_set_member_name (b, "sensitivity");
      json_builder_begin_array (b);
    }
  for (guint f = 0; f < sens->len; f++)
    {
      const SkSensitivity *s = &g_array_index (sens, SkSensitivity, f);
      const SkFactor *factor = g_ptr_array_index (matrix->factors, s->factor);
      const char *below = candidate_name (project, matrix, s->below);
      const char *above = candidate_name (project, matrix, s->above);

      if (b == NULL)
        {
          const char *cells[] = { norwegian ? factor->name : factor->id,
                                  s->weight_text, s->low_text, s->high_text,
                                  below ? below : "", above ? above : "" };

          sk_export_table_add_row (table, FALSE);
          for (guint k = 0; k < G_N_ELEMENTS (cells); k++)
            sk_export_table_add_text (table, cells[k]);
          continue;
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "factor");
      json_builder_add_string_value (b, factor->id);
      json_builder_set_member_name (b, "name");
      json_builder_add_string_value (b, factor->name);
      json_builder_set_member_name (b, "weight");
      cli_json_add_exact (b, numbers, s->weight_text);
      json_builder_set_member_name (b, "low");
      cli_json_add_exact (b, numbers, s->low_text);
      json_builder_set_member_name (b, "high");
      cli_json_add_exact (b, numbers, s->high_text);
      json_builder_set_member_name (b, "below");
      if (below)
        json_builder_add_string_value (b, below);
      else
        json_builder_add_null_value (b);
      json_builder_set_member_name (b, "above");
      if (above)
        json_builder_add_string_value (b, above);
      else
        json_builder_add_null_value (b);
      json_builder_end_object (b);
    }
  if (b != NULL)
    json_builder_end_array (b);
  else
    append_table (out, table, format);
}

static int
cmd_matrix (int    argc,
            char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GArray) results = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  SkMatrix *matrix = NULL;
  SkExportFormat format;
  Args args;
  int status = EXIT_OK;

  if ((project = open_for_text (argc, argv, "--matrix", FALSE, &args, &status)) == NULL)
    return status;
  matrix = record_asked (args.file, args.id, args.id ? sk_project_find_matrix (project, args.id) : NULL,
                         sk_project_get_matrices (project),
                         _("sakskart-cli: %s: no matrix has the id “%s”\n"),
                         _("sakskart-cli: %s: the project has no matrices\n"));
  if (matrix == NULL)
    return EXIT_INVALID;

  if (args.sensitivity && sk_export_format_parse (args.format, &format))
    {
      sk_format_norwegian_push (format == SK_EXPORT_CSV_NO);
      append_sensitivity (out, project, matrix, format, NULL, NULL);
      sk_format_norwegian_pop ();
      return cli_emit (args.output, out->str, out->len);
    }
  results = sk_matrix_compute (matrix);
  sk_matrix_results_by_rank (results);

  if (sk_export_format_parse (args.format, &format))
    {
      g_autoptr(SkExportTable) table = NULL;

      sk_format_norwegian_push (format == SK_EXPORT_CSV_NO);
      table = sk_export_matrix_table (project, matrix, results, format == SK_EXPORT_CSV_NO);
      sk_format_norwegian_pop ();
      append_table (out, table, format);
    }
  else
    {
      g_autoptr(SkExportTable) table = sk_export_table_new ();
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;
      g_autoptr(GHashTable) numbers = cli_json_numbers_new ();

      sk_export_table_add_column (table, "candidate", _("Candidate"), SK_EXPORT_TEXT, 0);
      sk_export_table_add_column (table, "municipality", _("Municipality"), SK_EXPORT_TEXT, 0);
      sk_export_table_add_column (table, "score", _("Score"), SK_EXPORT_DECIMAL, -1);
      sk_export_table_add_column (table, "percent", _("Percent"), SK_EXPORT_PERCENT, -1);
      sk_export_table_add_column (table, "rank", _("Rank"), SK_EXPORT_INTEGER, 0);
      for (guint i = 0; i < results->len; i++)
        {
          const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
          const SkCandidate *c = g_ptr_array_index (matrix->candidates, r->candidate);
          SkMunicipality *m = sk_project_find_municipality (project, c->municipality);

          sk_export_table_add_row (table, FALSE);
          sk_export_table_add_text (table, m->name);
          sk_export_table_add_text (table, m->id);
          sk_export_table_add_double (table, r->score);
          sk_export_table_add_double (table, r->percent);
          sk_export_table_add_integer (table, r->rank);
        }
      json_builder_begin_object (b);
      json_builder_set_member_name (b, "matrix");
      json_builder_add_string_value (b, matrix->id);
      json_builder_set_member_name (b, "rows");
      json_builder_add_value (b, sk_export_table_to_json (table));
      append_sensitivity (out, project, matrix, SK_EXPORT_CSV, b, numbers);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      cli_append_json (out, root, numbers);
    }
  return cli_emit (args.output, out->str, out->len);
}

static int
cmd_export_ical (int    argc,
                 char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autofree char *text = NULL;
  const char *file = NULL, *output = NULL;
  int year = 0;
  static const char * const ical_extensions[] = { ".ics", ".ical", NULL };

  const char *year_text = NULL;
  const CliOption options[] = {
    { "--year", &year_text, NULL },
    { "-o", &output, NULL },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!cli_scan_args (argc, argv, options, FALSE, &file, &status))
    return status;
  if (year_text != NULL)
    {
      guint64 y = 0;

      if (!g_ascii_string_to_unsigned (year_text, 10, 1, 9999, &y, NULL))
        return usage_error (_("--year takes a year, such as 2026"));
      year = (int) y;
    }
  if (file == NULL)
    return usage_error (_("a file is required"));
  if (output != NULL && !cli_check_output (output, file, ical_extensions, FALSE, &status))
    return status;
  if ((project = load_or_report (file, NULL)) == NULL)
    return EXIT_INVALID;
  text = sk_ical_from_project (project, year);
  return cli_emit (output, text, strlen (text));
}

static int
cmd_import_planner (int    argc,
                    char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *in = NULL, *output = NULL, *into = NULL;
  g_autofree char *fingerprint = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  SkTimeline *timeline;
  gsize length = 0;

  const CliOption options[] = {
    { "-o", &output, NULL },
    { "--into", &into, NULL },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!cli_scan_args (argc, argv, options, FALSE, &in, &status))
    return status;
  if (in == NULL || (output == NULL) == (into == NULL))
    return usage_error (_("import-planner needs a .planner file and either -o OUT.sakskart or --into FILE"));
  /* -o makes a new project; --into adds to one. */
  if (output != NULL && !cli_check_output (output, in, NULL, TRUE, &status))
    return status;
  if (into != NULL && !cli_check_input (into, &status))
    return status;
  /* The project first: a save over what someone saved meanwhile is refused. */
  if (into != NULL && (project = load_or_report (into, &fingerprint)) == NULL)
    return EXIT_INVALID;
  if ((data = read_input (in, &length, &error)) == NULL)
    return cli_error (NULL, error);
  timeline = sk_planner_import (data, length, "planner", &notes, &error);
  if (timeline == NULL)
    return cli_error (in, error);
  if (into != NULL)
    output = into;
  else
    {
      project = sk_project_new ();
      sk_project_set_title (project, timeline->title);
    }
  sk_project_add_timeline (project, timeline);
  if (!save_or_report (project, output, fingerprint))
    return EXIT_INVALID;
  g_print (ngettext ("%s: %u task imported as timeline “%s”\n",
                     "%s: %u tasks imported as timeline “%s”\n", timeline->tasks->len),
           output, timeline->tasks->len, timeline->id);
  for (guint i = 0; i < notes->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (notes, i));
  return EXIT_OK;
}

static int
cmd_import_ssb (int    argc,
                char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkSsbTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) before = NULL;
  g_autoptr(GPtrArray) report = NULL;
  g_autofree char *data = NULL;
  const char *in = NULL, *into = NULL;
  g_autofree char *fingerprint = NULL;
  gsize length = 0;

  const CliOption options[] = {
    { "--into", &into, NULL },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!cli_scan_args (argc, argv, options, FALSE, &in, &status))
    return status;
  if (in == NULL || into == NULL)
    return usage_error (_("import-ssb needs a CSV file and --into FILE"));
  if ((project = load_or_report (into, &fingerprint)) == NULL)
    return EXIT_INVALID;
  if ((data = read_input (in, &length, &error)) == NULL)
    return cli_error (NULL, error);
  /* The same reader and the same rules as the costs view's import. */
  if ((table = sk_ssb_table_parse (data, length, &error)) == NULL)
    return cli_error (in, error);
  before = sk_ssb_figures_before (project);
  if (sk_edit_import_ssb_figures (NULL, project, table, NULL, &error) < 0)
    return cli_error (in, error);
  if (!save_or_report (project, into, fingerprint))
    return EXIT_INVALID;
  report = sk_ssb_report (table, project, before);
  for (guint i = 0; i < report->len; i++)
    g_print ("%s\n", (const char *) g_ptr_array_index (report, i));
  return EXIT_OK;
}

static int
cmd_render_timeline (int    argc,
                     char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL, *id = NULL, *output = NULL, *paper = "a4";
  SkTimeline *timeline = NULL;
  gboolean ok;
  static const char * const timeline_extensions[] = { ".png", ".svg", ".pdf", NULL };

  const CliOption options[] = {
    { "--timeline", &id, NULL },
    { "-o", &output, NULL },
    { "--paper", &paper, NULL },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!cli_scan_args (argc, argv, options, FALSE, &file, &status))
    return status;
  if (file == NULL || output == NULL)
    return usage_error (_("render-timeline needs a file and -o OUT.png|.svg|.pdf"));
  if (!g_str_equal (paper, "a4") && !g_str_equal (paper, "a3"))
    return usage_error (_("--paper takes a4 or a3"));
  if (!cli_check_output (output, file, timeline_extensions, FALSE, &status))
    return status;
  if ((project = load_or_report (file, NULL)) == NULL)
    return EXIT_INVALID;
  timeline = record_asked (file, id, id ? sk_project_find_timeline (project, id) : NULL,
                           sk_project_get_timelines (project),
                           _("sakskart-cli: %s: no timeline has the id “%s”\n"),
                           _("sakskart-cli: %s: the project has no timelines\n"));
  if (timeline == NULL)
    return EXIT_INVALID;
  /* The timeline's headings in the board's written language */
  ok = sk_gantt_export_document (project, timeline, output, paper, 0, 0, &error);
  if (!ok)
    return cli_error (NULL, error);
  return EXIT_OK;
}

int
main (int    argc,
      char **argv)
{
  const char *command;

  int status = EXIT_OK;

  /* A write beyond the limit of a file's size (ulimit -f) fails with
   * EFBIG, is reported and leaves the file as it was, as on a full disk;
   * the signal would kill the program with its work unsaved. */
  signal (SIGXFSZ, SIG_IGN);
  setlocale (LC_ALL, "");
  /* The build tree's translations when run from it */
  sk_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return usage_error (_("a command is required"));

  command = argv[1];
  /* The documents' language, for every command that writes one */
  if (!cli_take_language (&argc, argv, &status))
    return status;
  if (g_str_equal (command, "--help") || g_str_equal (command, "-h") || g_str_equal (command, "help"))
    {
      print_help ();
      return EXIT_OK;
    }
  if (g_str_equal (command, "--version") || g_str_equal (command, "-v"))
    {
      g_print (_("sakskart-cli %s\n"), PACKAGE_VERSION);
      return EXIT_OK;
    }
  if (g_str_equal (command, "validate"))
    return cmd_validate (argc - 2, argv + 2);
  if (g_str_equal (command, "costs"))
    return cmd_costs (argc - 2, argv + 2);
  if (g_str_equal (command, "matrix"))
    return cmd_matrix (argc - 2, argv + 2);
  if (g_str_equal (command, "export-pdf"))
    return cli_export_pdf (argc - 2, argv + 2);
  if (g_str_equal (command, "export-ical"))
    return cmd_export_ical (argc - 2, argv + 2);
  if (g_str_equal (command, "import-planner"))
    return cmd_import_planner (argc - 2, argv + 2);
  if (g_str_equal (command, "import-ssb"))
    return cmd_import_ssb (argc - 2, argv + 2);
  if (g_str_equal (command, "render-timeline"))
    return cmd_render_timeline (argc - 2, argv + 2);

  {
    g_autofree char *msg = g_strdup_printf (_("unknown command “%s”"), command);

    return usage_error (msg);
  }
}
