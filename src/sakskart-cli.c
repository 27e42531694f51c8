/* sakskart-cli.c — the command-line face of the core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sakskart-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-ical.h"
#include "sk-matrix.h"
#include "sk-planner.h"
#include "sk-gantt.h"
#include "sk-project.h"
#include "sk-render.h"

enum {
  EXIT_OK = 0,
  EXIT_INVALID = 1,
  EXIT_USAGE = 2,
};

static int
usage_error (const char *message)
{
  g_printerr ("sakskart-cli: %s\n", message);
  g_printerr (_("Try “sakskart-cli --help” for more information.\n"));
  return EXIT_USAGE;
}

static void
print_help (void)
{
  g_print ("%s\n\n", _("Usage: sakskart-cli COMMAND [OPTION…] FILE…"));
  g_print ("%s\n\n", _("Check and compute Sakskart project files without a display."));
  g_print ("%s\n", _("Commands:"));
  g_print ("  validate FILE…          %s\n", _("Check files against the project format"));
  g_print ("  costs FILE [--model ID] [--scenario ID] [--format csv|json|pdf] [-o FILE]\n"
           "                          %s\n", _("Print the split of a cost model"));
  g_print ("  matrix FILE [--matrix ID] [--format csv|json]\n"
           "                          %s\n", _("Print the ranking of a scoring matrix"));
  g_print ("  export-pdf FILE [--meeting ID] [--minutes] -o OUT.pdf\n"
           "                          %s\n", _("Export a meeting's board pack, or its minutes, as PDF"));
  g_print ("  export-ical FILE [--year YYYY] [-o OUT.ics]\n"
           "                          %s\n", _("Export the meeting plan as iCalendar"));
  g_print ("  import-planner IN.planner (-o OUT.sakskart | --into FILE)\n"
           "                          %s\n", _("Import a GNOME Planner project as a timeline"));
  g_print ("  render-timeline FILE [--timeline ID] [--paper a4|a3] -o OUT.png|.svg|.pdf\n"
           "                          %s\n", _("Draw a timeline as a Gantt chart"));
  g_print ("\n%s\n", _("Options:"));
  g_print ("  -h, --help              %s\n", _("Show this help"));
  g_print ("  -v, --version           %s\n", _("Show the version"));
  g_print ("\n%s\n", _("Exit status: 0 when all is well, 1 when a file is invalid or a computation fails, 2 on bad usage."));
}

static int
cmd_validate (int    argc,
              char **argv)
{
  int status = EXIT_OK;

  if (argc < 1)
    return usage_error (_("validate needs at least one file"));

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
static gboolean
scan_args (int              argc,
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

          *status = usage_error (msg);
          return FALSE;
        }
      else if (*file == NULL)
        *file = a;
      else
        {
          *status = usage_error (_("only one file may be given"));
          return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  const char *file;
  const char *id;
  const char *scenario;
  const char *format;
  const char *output;
} Args;

/* Parses "FILE [--opt VALUE]…" for the commands that read one file. */
static gboolean
parse_args (int          argc,
            char       **argv,
            const char  *id_option,
            gboolean     with_scenario,
            Args        *args,
            int         *status)
{
  CliOption options[5] = { { 0 } };
  guint n = 0;

  memset (args, 0, sizeof *args);
  args->format = "csv";
  options[n++] = (CliOption) { id_option, &args->id, NULL };
  if (with_scenario)
    options[n++] = (CliOption) { "--scenario", &args->scenario, NULL };
  options[n++] = (CliOption) { "--format", &args->format, NULL };
  options[n++] = (CliOption) { "-o", &args->output, NULL };
  if (!scan_args (argc, argv, options, TRUE, &args->file, status))
    return FALSE;
  if (args->file == NULL)
    {
      *status = usage_error (_("a file is required"));
      return FALSE;
    }
  if (!g_str_equal (args->format, "csv") && !g_str_equal (args->format, "json") &&
      !(with_scenario && g_str_equal (args->format, "pdf")))
    {
      *status = usage_error (with_scenario ? _("--format takes csv, json or pdf") : _("--format takes csv or json"));
      return FALSE;
    }
  if (g_str_equal (args->format, "pdf") && args->output == NULL)
    {
      *status = usage_error (_("--format pdf needs -o FILE.pdf"));
      return FALSE;
    }
  return TRUE;
}

static SkProject *
load_or_report (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  SkProject *project;

  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  if (project == NULL)
    g_printerr ("sakskart-cli: %s\n", error->message);
  return project;
}

static char *
csv_field (const char *text)
{
  GString *out;

  if (strpbrk (text, ",\"\n\r") == NULL)
    return g_strdup (text);
  out = g_string_new ("\"");
  for (const char *p = text; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
  return g_string_free (out, FALSE);
}

static void
print_json (JsonNode *root)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);
  g_print ("%s\n", text);
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
  GPtrArray *models;
  Args args;
  int status = EXIT_OK;

  if (!parse_args (argc, argv, "--model", TRUE, &args, &status))
    return status;
  if ((project = load_or_report (args.file)) == NULL)
    return EXIT_INVALID;

  models = sk_project_get_cost_models (project);
  if (args.id != NULL)
    model = sk_project_find_cost_model (project, args.id);
  else if (models->len > 0)
    model = g_ptr_array_index (models, 0);
  if (model == NULL)
    {
      if (args.id)
        g_printerr (_("sakskart-cli: %s: no cost model has the id “%s”\n"), args.file, args.id);
      else
        g_printerr (_("sakskart-cli: %s: the project has no cost models\n"), args.file);
      return EXIT_INVALID;
    }
  if (args.scenario != NULL &&
      (scenario = sk_cost_model_find_scenario (model, args.scenario)) == NULL)
    {
      g_printerr (_("sakskart-cli: %s: cost model “%s” has no scenario “%s”\n"),
                  args.file, model->id, args.scenario);
      return EXIT_INVALID;
    }

  result = sk_cost_model_compute (project, model, scenario, &error);
  if (result == NULL)
    {
      g_printerr ("sakskart-cli: %s: %s\n", args.file, error->message);
      return EXIT_INVALID;
    }
  if (g_str_equal (args.format, "pdf"))
    {
      if (!sk_render_cost_pdf (project, model, scenario, args.output, &error))
        {
          g_printerr ("sakskart-cli: %s\n", error->message);
          return EXIT_INVALID;
        }
      return EXIT_OK;
    }

  if (g_str_equal (args.format, "csv"))
    {
      g_print ("municipality,amount_kr,share_percent\n");
      for (guint i = 0; i < result->rows->len; i++)
        {
          const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);
          SkMunicipality *m = sk_project_find_municipality (project, row->municipality);
          g_autofree char *name = csv_field (m->name);

          g_print ("%s,%" G_GINT64_FORMAT ",%s\n", name, row->amount_kr, row->share_percent);
        }
    }
  else
    {
      g_autoptr(JsonBuilder) b = json_builder_new ();
      g_autoptr(JsonNode) root = NULL;

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
      json_builder_begin_array (b);
      for (guint i = 0; i < result->rows->len; i++)
        {
          const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);
          SkMunicipality *m = sk_project_find_municipality (project, row->municipality);

          json_builder_begin_object (b);
          json_builder_set_member_name (b, "municipality");
          json_builder_add_string_value (b, m->id);
          json_builder_set_member_name (b, "name");
          json_builder_add_string_value (b, m->name);
          json_builder_set_member_name (b, "amount_kr");
          json_builder_add_int_value (b, row->amount_kr);
          json_builder_set_member_name (b, "share_percent");
          json_builder_add_string_value (b, row->share_percent);
          json_builder_end_object (b);
        }
      json_builder_end_array (b);
      json_builder_end_object (b);
      root = json_builder_get_root (b);
      print_json (root);
    }
  return EXIT_OK;
}

static int
cmd_matrix (int    argc,
            char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GArray) results = NULL;
  SkMatrix *matrix = NULL;
  GPtrArray *matrices;
  Args args;
  int status = EXIT_OK;

  if (!parse_args (argc, argv, "--matrix", FALSE, &args, &status))
    return status;
  if ((project = load_or_report (args.file)) == NULL)
    return EXIT_INVALID;

  matrices = sk_project_get_matrices (project);
  if (args.id != NULL)
    matrix = sk_project_find_matrix (project, args.id);
  else if (matrices->len > 0)
    matrix = g_ptr_array_index (matrices, 0);
  if (matrix == NULL)
    {
      if (args.id)
        g_printerr (_("sakskart-cli: %s: no matrix has the id “%s”\n"), args.file, args.id);
      else
        g_printerr (_("sakskart-cli: %s: the project has no matrices\n"), args.file);
      return EXIT_INVALID;
    }

  results = sk_matrix_compute (matrix);
  sk_matrix_results_by_rank (results);

  if (g_str_equal (args.format, "csv"))
    g_print ("candidate,score,percent,rank\n");
  {
    g_autoptr(JsonBuilder) b = json_builder_new ();
    g_autoptr(JsonNode) root = NULL;

    json_builder_begin_object (b);
    json_builder_set_member_name (b, "matrix");
    json_builder_add_string_value (b, matrix->id);
    json_builder_set_member_name (b, "rows");
    json_builder_begin_array (b);
    for (guint i = 0; i < results->len; i++)
      {
        const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
        const SkCandidate *c = g_ptr_array_index (matrix->candidates, r->candidate);
        SkMunicipality *m = sk_project_find_municipality (project, c->municipality);
        char score[G_ASCII_DTOSTR_BUF_SIZE], percent[G_ASCII_DTOSTR_BUF_SIZE];

        g_ascii_formatd (score, sizeof score, "%.2f", r->score);
        g_ascii_formatd (percent, sizeof percent, "%.1f", r->percent);
        if (g_str_equal (args.format, "csv"))
          {
            g_autofree char *name = csv_field (m->name);

            g_print ("%s,%s,%s,%d\n", name, score, percent, r->rank);
            continue;
          }
        json_builder_begin_object (b);
        json_builder_set_member_name (b, "candidate");
        json_builder_add_string_value (b, m->name);
        json_builder_set_member_name (b, "municipality");
        json_builder_add_string_value (b, m->id);
        /* No "inf" or "nan", which are not JSON: null (the checks keep
         * the values finite; this is the last guard). */
        json_builder_set_member_name (b, "score");
        if (isfinite (r->score))
          json_builder_add_double_value (b, r->score);
        else
          json_builder_add_null_value (b);
        json_builder_set_member_name (b, "percent");
        if (isfinite (r->percent))
          json_builder_add_double_value (b, r->percent);
        else
          json_builder_add_null_value (b);
        json_builder_set_member_name (b, "rank");
        json_builder_add_int_value (b, r->rank);
        json_builder_end_object (b);
      }
    json_builder_end_array (b);
    json_builder_end_object (b);
    if (g_str_equal (args.format, "json"))
      {
        root = json_builder_get_root (b);
        print_json (root);
      }
  }
  return EXIT_OK;
}

static int
cmd_export_pdf (int    argc,
                char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL, *meeting_id = NULL, *output = NULL;
  gboolean minutes = FALSE;
  SkMeeting *meeting = NULL;

  const CliOption options[] = {
    { "--meeting", &meeting_id, NULL },
    { "-o", &output, NULL },
    { "--minutes", NULL, &minutes },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!scan_args (argc, argv, options, FALSE, &file, &status))
    return status;
  if (file == NULL || output == NULL)
    return usage_error (_("export-pdf needs a file and -o OUT.pdf"));
  if ((project = load_or_report (file)) == NULL)
    return EXIT_INVALID;
  if (meeting_id != NULL)
    meeting = sk_project_find_meeting (project, meeting_id);
  else
    {
      /* The meeting with an agenda that comes first by date. */
      GPtrArray *meetings = sk_project_get_meetings (project);

      for (guint i = 0; i < meetings->len; i++)
        {
          SkMeeting *m = g_ptr_array_index (meetings, i);

          if (m->items->len > 0 && (meeting == NULL || g_strcmp0 (m->date, meeting->date) < 0))
            meeting = m;
        }
    }
  if (meeting == NULL)
    {
      if (meeting_id)
        g_printerr (_("sakskart-cli: %s: no meeting has the id “%s”\n"), file, meeting_id);
      else
        g_printerr (_("sakskart-cli: %s: the project has no meeting with an agenda\n"), file);
      return EXIT_INVALID;
    }
  if (!sk_render_meeting_pdf (project, meeting, minutes, output, &error))
    {
      g_printerr ("sakskart-cli: %s\n", error->message);
      return EXIT_INVALID;
    }
  return EXIT_OK;
}

static int
cmd_export_ical (int    argc,
                 char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  const char *file = NULL, *output = NULL;
  int year = 0;

  const char *year_text = NULL;
  const CliOption options[] = {
    { "--year", &year_text, NULL },
    { "-o", &output, NULL },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!scan_args (argc, argv, options, FALSE, &file, &status))
    return status;
  if (year_text != NULL)
    year = atoi (year_text);
  if (file == NULL)
    return usage_error (_("a file is required"));
  if ((project = load_or_report (file)) == NULL)
    return EXIT_INVALID;
  text = sk_ical_from_project (project, year);
  if (output == NULL)
    {
      g_print ("%s", text);
      return EXIT_OK;
    }
  if (!g_file_set_contents (output, text, -1, &error))
    {
      g_printerr ("sakskart-cli: %s\n", error->message);
      return EXIT_INVALID;
    }
  return EXIT_OK;
}

static int
cmd_import_planner (int    argc,
                    char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  const char *in = NULL, *output = NULL, *into = NULL;
  SkTimeline *timeline;
  gsize length = 0;
  guint skipped = 0;

  const CliOption options[] = {
    { "-o", &output, NULL },
    { "--into", &into, NULL },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!scan_args (argc, argv, options, FALSE, &in, &status))
    return status;
  if (in == NULL || (output == NULL) == (into == NULL))
    return usage_error (_("import-planner needs a .planner file and either -o OUT.sakskart or --into FILE"));
  if (!g_file_get_contents (in, &data, &length, &error))
    {
      g_printerr ("sakskart-cli: %s\n", error->message);
      return EXIT_INVALID;
    }
  timeline = sk_planner_import (data, length, "planner", &skipped, &error);
  if (timeline == NULL)
    {
      g_printerr ("sakskart-cli: %s: %s\n", in, error->message);
      return EXIT_INVALID;
    }
  if (into != NULL)
    {
      if ((project = load_or_report (into)) == NULL)
        {
          sk_timeline_free (timeline);
          return EXIT_INVALID;
        }
      output = into;
    }
  else
    {
      project = sk_project_new ();
      sk_project_set_title (project, timeline->title);
    }
  sk_project_add_timeline (project, timeline);
  {
    g_autoptr(GFile) file = g_file_new_for_commandline_arg (output);

    /* Written atomically; the file of --into stays as it was on failure. */
    if (!sk_project_save_file (project, file, NULL, NULL, NULL, &error))
      {
        g_printerr ("sakskart-cli: %s\n", error->message);
        return EXIT_INVALID;
      }
  }
  g_print (ngettext ("%s: %u task imported as timeline “%s”\n",
                     "%s: %u tasks imported as timeline “%s”\n", timeline->tasks->len),
           output, timeline->tasks->len, timeline->id);
  if (skipped > 0)
    g_print (ngettext ("%u link that is not finish-to-start was left out\n",
                       "%u links that are not finish-to-start were left out\n", skipped), skipped);
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

  const CliOption options[] = {
    { "--timeline", &id, NULL },
    { "-o", &output, NULL },
    { "--paper", &paper, NULL },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!scan_args (argc, argv, options, FALSE, &file, &status))
    return status;
  if (file == NULL || output == NULL)
    return usage_error (_("render-timeline needs a file and -o OUT.png|.svg|.pdf"));
  if (!g_str_equal (paper, "a4") && !g_str_equal (paper, "a3"))
    return usage_error (_("--paper takes a4 or a3"));
  if ((project = load_or_report (file)) == NULL)
    return EXIT_INVALID;
  if (id != NULL)
    timeline = sk_project_find_timeline (project, id);
  else if (sk_project_get_timelines (project)->len > 0)
    timeline = g_ptr_array_index (sk_project_get_timelines (project), 0);
  if (timeline == NULL)
    {
      if (id)
        g_printerr (_("sakskart-cli: %s: no timeline has the id “%s”\n"), file, id);
      else
        g_printerr (_("sakskart-cli: %s: the project has no timelines\n"), file);
      return EXIT_INVALID;
    }
  if (!sk_gantt_export (timeline, output, paper, &error))
    {
      g_printerr ("sakskart-cli: %s\n", error->message);
      return EXIT_INVALID;
    }
  return EXIT_OK;
}

int
main (int    argc,
      char **argv)
{
  const char *command;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, g_getenv ("SAKSKART_LOCALEDIR") ? g_getenv ("SAKSKART_LOCALEDIR") : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  if (argc < 2)
    return usage_error (_("a command is required"));

  command = argv[1];
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
    return cmd_export_pdf (argc - 2, argv + 2);
  if (g_str_equal (command, "export-ical"))
    return cmd_export_ical (argc - 2, argv + 2);
  if (g_str_equal (command, "import-planner"))
    return cmd_import_planner (argc - 2, argv + 2);
  if (g_str_equal (command, "render-timeline"))
    return cmd_render_timeline (argc - 2, argv + 2);

  {
    g_autofree char *msg = g_strdup_printf (_("unknown command “%s”"), command);

    return usage_error (msg);
  }
}
