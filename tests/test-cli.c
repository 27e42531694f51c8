/* test-cli.c — sakskart-cli as a script would use it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "test-util.h"

static char *cli;
static char *example;

static int
run (const char  *language,
     char       **out,
     char       **err,
     ...)
{
  g_auto(GStrv) env = g_get_environ ();
  va_list ap;
  int status;

  env = test_language_environ (env, language, "en_US.UTF-8");
  va_start (ap, err);
  status = test_run_program_va (cli, env, out, err, ap);
  va_end (ap);
  return status;
}

/* Runs sakskart-cli in the C locale, as a script would: LC_ALL=C, LANG
 * unset, LANGUAGE empty. */
static int
run_c_locale (char **out,
              char **err,
              ...)
{
  g_auto(GStrv) env = g_get_environ ();
  va_list ap;
  int status;

  env = g_environ_setenv (env, "SAKSKART_LOCALEDIR", BUILD_LOCALEDIR, TRUE);
  env = g_environ_setenv (env, "LC_ALL", "C", TRUE);
  env = g_environ_unsetenv (env, "LANG");
  env = g_environ_setenv (env, "LANGUAGE", "", TRUE);
  va_start (ap, err);
  status = test_run_program_va (cli, env, out, err, ap);
  va_end (ap);
  return status;
}

static char *
write_temp (const char *name,
            const char *contents)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
test_validate_ok (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: ok\n", example);

  g_assert_cmpint (run ("en", &out, &err, "validate", example, NULL), ==, 0);
  g_assert_cmpstr (out, ==, expected);
}

static void
test_validate_invalid (void)
{
  g_autofree char *bad = write_temp ("bad.sakskart",
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[],"
    "\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":["
    "{\"id\":\"a\",\"title\":\"A\",\"kind\":\"formal\"},{\"id\":\"b\",\"title\":\"B\",\"kind\":\"x\"},"
    "{\"id\":\"c\",\"title\":\"C\",\"kind\":\"formal\"},{\"id\":\"d\",\"title\":\"D\",\"kind\":\"vote\"}]}]}");
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *line1 = g_strdup_printf ("%s: $.meetings[0].items[1].kind: ", bad);
  g_autofree char *line2 = g_strdup_printf ("%s: $.meetings[0].items[3].kind: ", bad);
  g_autofree char *ok = g_strdup_printf ("%s: ok\n", example);

  /* One invalid file among valid ones: exit 1, a line per problem. */
  g_assert_cmpint (run ("en", &out, &err, "validate", example, bad, NULL), ==, 1);
  g_assert_true (g_str_has_prefix (out, ok));
  g_assert_nonnull (strstr (out, line1));
  g_assert_nonnull (strstr (out, line2));
}

static void
test_validate_not_json (void)
{
  g_autofree char *bad = write_temp ("broken.sakskart", "{\"format\": ");
  g_autofree char *missing = g_strdup ("/nonexistent/none.sakskart");
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ("en", &out, &err, "validate", bad, missing, NULL), ==, 1);
  g_assert_nonnull (strstr (out, "broken.sakskart: "));
  g_assert_nonnull (strstr (out, "none.sakskart: "));
}

static void
test_validate_cost_figures (void)
{
  g_autofree char *bad = write_temp ("figures.sakskart",
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":["
    "{\"id\":\"a\",\"name\":\"Aurland\",\"figures\":{\"population\":10}}],"
    "\"cost_models\":[{\"id\":\"c\",\"title\":\"Barnevern\",\"total_kr\":100,\"participants\":[\"a\"],"
    "\"fixed_percent\":25,\"criteria\":[{\"figure\":\"age_0_17\",\"weight\":1}]}]}");
  g_autofree char *out = NULL, *err = NULL, *cout = NULL, *cerr = NULL;
  g_autofree char *line = g_strdup_printf ("%s: $.cost_models[0].criteria[0].figure: ", bad);

  /* The file opens in the app, but it is not valid: exit 1, with the path. */
  g_assert_cmpint (run ("en", &out, &err, "validate", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (out, line));
  g_assert_nonnull (strstr (out, "Barnevern"));
  g_assert_nonnull (strstr (out, "Aurland"));
  /* And the split says why it cannot be computed. */
  g_assert_cmpint (run ("en", &cout, &cerr, "costs", bad, NULL), ==, 1);
  g_assert_nonnull (strstr (cerr, "Children 0–17"));
  g_assert_nonnull (strstr (cerr, "Aurland"));
}

static void
test_usage (void)
{
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;

  g_assert_cmpint (run ("en", &o1, &e1, NULL), ==, 2);
  g_assert_cmpint (run ("en", &o2, &e2, "validate", NULL), ==, 2);
  g_assert_cmpint (run ("en", &o3, &e3, "frobnicate", NULL), ==, 2);
  g_assert_nonnull (strstr (e3, "frobnicate"));
}

static void
test_help_version (void)
{
  g_autofree char *out = NULL, *err = NULL, *vout = NULL, *verr = NULL, *nb = NULL, *nberr = NULL;

  g_assert_cmpint (run ("en", &out, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "validate"));
  g_assert_nonnull (strstr (out, "Usage:"));
  g_assert_cmpint (run ("en", &vout, &verr, "--version", NULL), ==, 0);
  g_assert_nonnull (strstr (vout, PACKAGE_VERSION));
  /* Translated */
  g_assert_cmpint (run ("nb", &nb, &nberr, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (nb, "Bruk:"));
}

static void
test_costs_csv (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ("en", &out, &err, "costs", example, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "municipality,amount_kr,share_percent\nAurland,2350703,8.0462\n"));
}

static void
test_costs_csv_norwegian (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *mout = NULL, *merr = NULL;
  g_autofree char *bout = NULL, *berr = NULL;

  /* For a spreadsheet: BOM, what it shows, translated headings, ";", the
   * decimal comma, plain whole kroner, a sum row. */
  g_assert_cmpint (run ("nb", &out, &err, "costs", example, "--format", "csv-no", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "\xEF\xBB\xBF"));
  g_assert_nonnull (strstr (out, "Slik det foreligger\r\n"));
  g_assert_nonnull (strstr (out, "\r\nKommune;Lik del;Variabel del;Sum;Prosentdel\r\nAurland;1217296;1133407;2350703;8,0462\r\n"));
  g_assert_nonnull (strstr (out, "\r\nSum;7303776;21911317;29215093;100,0000\r\n"));
  g_assert_cmpint (run ("nn", &mout, &merr, "matrix", example, "--matrix", "barnevern-oppmotestad",
                        "--format", "csv-no", NULL), ==, 0);
  g_assert_nonnull (strstr (mout, "Kandidat;Samla skår;Prosent av maksimum;Plass\r\nÅrdal;96;68,6;1\r\n"));
  g_assert_cmpint (run ("en", &bout, &berr, "matrix", example, "--format", "xlsx", NULL), ==, 2);
  g_assert_nonnull (strstr (berr, "csv-no"));
}

/* For a spreadsheet on a Norwegian desktop whatever the locale the
 * command runs in: the note's kroner grouped by no-break spaces as the
 * window writes them, decimal commas. */
static void
test_csv_norwegian_any_locale (void)
{
  static const char * const languages[] = { "C", "en" };

  for (guint l = 0; l < G_N_ELEMENTS (languages); l++)
    {
      g_autofree char *out = NULL, *err = NULL;
      g_autofree char *mout = NULL, *merr = NULL;
      g_autofree char *sout = NULL, *serr = NULL;
      gboolean c = g_str_equal (languages[l], "C");

      g_assert_cmpint (c ? run_c_locale (&out, &err, "costs", example, "--format", "csv-no", NULL)
                         : run (languages[l], &out, &err, "costs", example, "--format", "csv-no", NULL), ==, 0);
      g_assert_true (g_str_has_prefix (out, "\xEF\xBB\xBF"));
      g_assert_nonnull (strstr (out, "\r\n29\u00a0215\u00a0093 kr: 25% shared equally, "));
      g_assert_null (strstr (out, "29215093 kr"));
      g_assert_null (strstr (out, "29,215,093"));
      g_assert_nonnull (strstr (out, "\r\nAurland;1217296;1133407;2350703;8,0462\r\n"));

      g_assert_cmpint (c ? run_c_locale (&mout, &merr, "matrix", example, "--format", "csv-no", NULL)
                         : run (languages[l], &mout, &merr, "matrix", example, "--format", "csv-no", NULL), ==, 0);
      g_assert_nonnull (strstr (mout, "\r\nSogndal;91;75,8;1\r\n"));

      g_assert_cmpint (c ? run_c_locale (&sout, &serr, "matrix", example, "--matrix", "skog-vertskommune",
                                         "--format", "csv-no", "--sensitivity", NULL)
                         : run (languages[l], &sout, &serr, "matrix", example, "--matrix", "skog-vertskommune",
                                "--format", "csv-no", "--sensitivity", NULL), ==, 0);
      g_assert_nonnull (strstr (sout, "\r\nFordeling av vertskommuneansvar;4,0000;3,333333;5,0000;Sogndal;\r\n"));
    }
}

static void
test_help_language (void)
{
  g_autofree char *out = NULL, *err = NULL;

  /* The synopsis names its placeholders as the messages do: "-o UT.pdf" */
  g_assert_cmpint (run ("nn", &out, &err, "--help", NULL), ==, 0);
  g_assert_nonnull (strstr (out, "  validate FIL…  "));
  g_assert_nonnull (strstr (out, "export-pdf FIL [--meeting ID] [--minutes | --extract SAK | --public] "
                                 "[--language nn|nb|en] -o UT.pdf\n"));
  g_assert_nonnull (strstr (out, "[--year ÅÅÅÅ]"));
  g_assert_null (strstr (out, "FILE"));
  g_assert_null (strstr (out, "OUT."));
}

static void
test_costs_unknown_model (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ("en", &out, &err, "costs", example, "--model", "nope", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "nope"));
}

/* A matrix or a timeline that is not there: said, and nothing written. */
static void
test_unknown_matrix_and_timeline (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "plan.png", NULL);
  g_autofree char *out = NULL, *err = NULL, *tout = NULL, *terr = NULL;

  g_assert_cmpint (run ("en", &out, &err, "matrix", example, "--matrix", "nope", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "no matrix has the id “nope”"));
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpint (run ("en", &tout, &terr, "render-timeline", example, "--timeline", "nope", "-o", png, NULL), ==, 1);
  g_assert_nonnull (strstr (terr, "no timeline has the id “nope”"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_rmdir (dir);
}

static void
test_costs_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "barnevern.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *text = NULL;

  /* In English: the board's own language is Nynorsk */
  g_assert_cmpint (run ("en", &out, &err, "costs", example, "--format", "pdf", "--language", "en", "-o", pdf, NULL), ==, 0);
  text = test_pdf_text (pdf);
  /* Real text, the same numbers as the view and the CSV. */
  g_assert_nonnull (strstr (text, "Felles barnevern i Sogn"));
  g_assert_nonnull (strstr (text, "2,350,703 kr"));
  g_assert_nonnull (strstr (text, "29,215,093 kr"));
  g_assert_nonnull (strstr (text, "921/5,935"));
  /* The equal column's whole kroner, and where they come from. */
  g_assert_nonnull (strstr (text, "7,303,776 kr"));
  g_assert_nonnull (strstr (text, "7,303,773.25 kr"));
  g_unlink (pdf);
  g_rmdir (dir);
}

static void
test_export_pdf (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *minutes = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *text = NULL, *mtext = NULL;
  g_autofree char *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;
  const char *titles[] = { "Opning v/styreleiar", "Felles barnevern i Sogn", "Skog i Sogn",
                           "Vertskommunesamarbeid om NAV", "Ymse" };
  const char *last = NULL;

  g_assert_cmpint (run ("nn", &out, &err, "export-pdf", example, "--meeting", "styret-2025-11-03", "-o", pdf, NULL), ==, 0);
  text = test_pdf_text (pdf);
  /* Norwegian dates and times, and the papers' own words */
  g_assert_nonnull (strstr (text, "3. november 2025, kl. 09.00"));
  g_assert_nonnull (strstr (text, "Framlegg til vedtak"));
  g_assert_nonnull (strstr (text, "side 1 av "));
  /* Each item's heading in order, after the agenda table */
  /* by the case numbers given when the papers were sent */
  last = strstr (text, "Sak 41/25:");
  g_assert_nonnull (last);
  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      const char *at = strstr (last, titles[i]);

      g_assert_nonnull (at);
      last = at;
    }
  /* The proposal of item 7, and the cost table that comes from the model */
  g_assert_nonnull (strstr (text, "Sogn KO rår kommunane Aurland, Luster, Lærdal, Sogndal, Vik og Årdal"));
  g_assert_nonnull (strstr (text, "2 350 703 kr"));

  /* On a Bokmål desktop, the minutes in the board's Nynorsk */
  g_assert_cmpint (run ("nb", &o2, &e2, "export-pdf", example, "--minutes", "-o", minutes, NULL), ==, 0);
  mtext = test_pdf_text (minutes);
  g_assert_nonnull (strstr (mtext, "Møtebok"));
  g_assert_nonnull (strstr (mtext, "Ikkje noko vedtak er protokollført."));
  g_assert_null (strstr (mtext, "Ingen vedtak er protokollført."));

  g_assert_cmpint (run ("en", &o3, &e3, "export-pdf", example, "--meeting", "nope", "-o", pdf, NULL), ==, 1);
  g_assert_nonnull (strstr (e3, "nope"));
  g_unlink (pdf);
  g_unlink (minutes);
  g_rmdir (dir);
}

static void
test_matrix_csv (void)
{
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ("en", &out, &err, "matrix", example, "--matrix", "barnevern-oppmotestad", NULL), ==, 0);
  g_assert_cmpstr (out, ==, "candidate,score,percent,rank\nÅrdal,96.00,68.6,1\nLærdal,90.00,64.3,2\n");
}

/* A copy of `source` in a new temporary folder. */
static char *
copy_to_temp (const char *source,
              const char *name)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (source, &contents, &length, NULL));
  return write_temp (name, contents);
}

static char *
output_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "files", "output", name, NULL);
}

/* Every export pointed at its own input: refused, exit 1, the project as
 * it was. */
static void
test_export_over_input (void)
{
  g_autofree char *project = copy_to_temp (example, "styret.sakskart");
  g_autofree char *before = test_file_digest (project);
  g_autofree char *dir = g_path_get_dirname (project);
  g_autofree char *link = g_build_filename (dir, "link.pdf", NULL);
  const char *cases[][4] = {
    { "export-pdf", "-o", NULL, NULL },
    { "costs", "--format", "pdf", "-o" },
    { "costs", "-o", NULL, NULL },
    { "matrix", "--format", "json", "-o" },
    { "export-ical", "-o", NULL, NULL },
    { "render-timeline", "-o", NULL, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL, *after = NULL;
      const char *a[4] = { NULL };
      guint n = 0;
      int status;

      for (guint k = 0; k < 4 && cases[i][k]; k++)
        a[n++] = cases[i][k];
      if (n == 2)
        status = run ("en", &out, &err, a[0], project, a[1], project, NULL);
      else
        status = run ("en", &out, &err, a[0], project, a[1], a[2], a[3], project, NULL);
      g_test_message ("%s: %d %s", a[0], status, err);
      g_assert_cmpint (status, ==, 1);
      g_assert_nonnull (strstr (err, project));
      g_assert_nonnull (strstr (err, "this is the file read"));
      after = test_file_digest (project);
      g_assert_cmpstr (after, ==, before);
    }

  /* The input under another name (a symbolic link): the same file. */
  g_assert_cmpint (symlink (project, link), ==, 0);
  {
    g_autofree char *out = NULL, *err = NULL, *after = NULL;

    g_assert_cmpint (run ("en", &out, &err, "export-pdf", project, "-o", link, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "this is the file read"));
    after = test_file_digest (project);
    g_assert_cmpstr (after, ==, before);
    g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  }
  g_unlink (link);
  g_unlink (project);
  g_rmdir (dir);
}

/* An export onto another project, known by its content whatever its
 * name: refused.  Onto another program's JSON: written. */
static void
test_export_over_project (void)
{
  g_autofree char *source = output_file ("project-named.pdf");
  g_autofree char *damaged_source = output_file ("project-damaged.ics");
  g_autofree char *json_source = output_file ("other-json.json");
  g_autofree char *named = copy_to_temp (source, "project-named.pdf");
  g_autofree char *damaged = copy_to_temp (damaged_source, "project-damaged.ics");
  g_autofree char *json = copy_to_temp (json_source, "other-json.json");
  g_autofree char *named_before = test_file_digest (named);
  g_autofree char *damaged_before = test_file_digest (damaged);
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;
  g_autofree char *o4 = NULL, *e4 = NULL, *o5 = NULL, *e5 = NULL, *o6 = NULL, *e6 = NULL;
  g_autofree char *named_after = NULL, *damaged_after = NULL, *written = NULL;

  g_assert_cmpint (run ("en", &o1, &e1, "export-pdf", example, "-o", named, NULL), ==, 1);
  g_assert_nonnull (strstr (e1, "is a Sakskart project file"));
  g_assert_cmpint (run ("en", &o2, &e2, "costs", example, "--format", "pdf", "-o", named, NULL), ==, 1);
  g_assert_cmpint (run ("en", &o3, &e3, "render-timeline", example, "-o", named, NULL), ==, 1);
  g_assert_cmpint (run ("en", &o4, &e4, "export-ical", example, "-o", damaged, NULL), ==, 1);
  g_assert_nonnull (strstr (e4, damaged));
  g_assert_cmpint (run ("nn", &o5, &e5, "export-ical", example, "-o", damaged, NULL), ==, 1);
  g_assert_nonnull (strstr (e5, "sakskartfil"));
  named_after = test_file_digest (named);
  damaged_after = test_file_digest (damaged);
  g_assert_cmpstr (named_after, ==, named_before);
  g_assert_cmpstr (damaged_after, ==, damaged_before);

  g_assert_cmpint (run ("en", &o6, &e6, "costs", example, "--format", "json", "-o", json, NULL), ==, 0);
  g_assert_true (g_file_get_contents (json, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "\"total_kr\""));

  /* "form\u0061t": "sak\u0073kart" is the same JSON as the plain words. */
  {
    g_autofree char *escaped_source = output_file ("project-escaped.json");
    g_autofree char *escaped = copy_to_temp (escaped_source, "project-escaped.json");
    g_autofree char *escaped_before = test_file_digest (escaped);
    g_autofree char *escaped_after = NULL;
    g_autofree char *o7 = NULL, *e7 = NULL, *o8 = NULL, *e8 = NULL;

    g_assert_cmpint (run ("en", &o7, &e7, "validate", escaped, NULL), ==, 0);
    g_assert_cmpint (run ("en", &o8, &e8, "matrix", example, "--format", "json", "-o", escaped, NULL), ==, 1);
    g_assert_nonnull (strstr (e8, "is a Sakskart project file"));
    escaped_after = test_file_digest (escaped);
    g_assert_cmpstr (escaped_after, ==, escaped_before);
  }
}

/* An export is written in the board's language (the example's is
 * Nynorsk), but why it could not be written is told in the user's. */
static void
test_export_error_language (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;
  g_autofree char *o4 = NULL, *e4 = NULL;

  g_assert_cmpint (run ("en", &o1, &e1, "costs", example, "--format", "pdf", "-o", dir, NULL), ==, 1);
  g_assert_nonnull (strstr (e1, "This is a folder"));
  g_assert_cmpint (run ("en", &o2, &e2, "export-pdf", example, "-o", dir, NULL), ==, 1);
  g_assert_nonnull (strstr (e2, "This is a folder"));
  g_assert_cmpint (run ("en", &o3, &e3, "render-timeline", example, "-o", "/dev/null", NULL), ==, 1);
  g_assert_nonnull (strstr (e3, "must end in .png"));
  g_assert_cmpint (run ("nb", &o4, &e4, "costs", example, "--format", "pdf", "-o", dir, NULL), ==, 1);
  g_assert_nonnull (strstr (e4, "Dette er en mappe"));
  g_rmdir (dir);
}

/* import-planner -o makes a new project; onto an existing file it is
 * refused and points to --into. */
static void
test_import_planner_existing (void)
{
  g_autofree char *planner = g_test_build_filename (G_TEST_DIST, "files", "planner",
                                                    "bench-300-saved-by-planner.planner", NULL);
  g_autofree char *project = copy_to_temp (example, "styret.sakskart");
  g_autofree char *before = test_file_digest (project);
  g_autofree char *dir = g_path_get_dirname (project);
  g_autofree char *fresh = g_build_filename (dir, "new.sakskart", NULL);
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;
  g_autofree char *after = NULL;

  g_assert_cmpint (run ("en", &o1, &e1, "import-planner", planner, "-o", project, NULL), ==, 1);
  g_assert_nonnull (strstr (e1, "--into"));
  g_assert_nonnull (strstr (e1, project));
  after = test_file_digest (project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (run ("nb", &o2, &e2, "import-planner", planner, "-o", project, NULL), ==, 1);
  g_assert_nonnull (strstr (e2, "--into"));
  g_assert_null (strstr (e2, "already"));

  g_assert_cmpint (run ("en", &o3, &e3, "import-planner", planner, "-o", fresh, NULL), ==, 0);
  g_assert_true (g_file_test (fresh, G_FILE_TEST_IS_REGULAR));
  g_unlink (fresh);
  g_unlink (project);
  g_rmdir (dir);
}

/* Runs sakskart-cli as the user "nobody" when we are root (who may
 * write anything), else as ourselves. */
static int
run_unprivileged (const char  *language,
                  char       **err,
                  ...)
{
  g_auto(GStrv) env = test_language_environ (g_get_environ (), language, "en_US.UTF-8");
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int status = -1;

  if (getuid () == 0)
    {
      g_ptr_array_add (args, (gpointer) "setpriv");
      g_ptr_array_add (args, (gpointer) "--reuid=65534");
      g_ptr_array_add (args, (gpointer) "--regid=65534");
      g_ptr_array_add (args, (gpointer) "--clear-groups");
    }
  g_ptr_array_add (args, cli);
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                NULL, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* A project or an export the user made write-protected (chmod a-w) in a
 * folder they may write is not replaced by a save through the folder:
 * exit 1, the file named, the file and its mode as they were.  As root,
 * who may write anything, the program runs as "nobody". */
static void
test_write_protected (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *ics = g_build_filename (dir, "styret.ics", NULL);
  g_autofree char *planner = g_test_build_filename (G_TEST_DIST, "files", "planner", "links.planner", NULL);
  g_autofree char *text = NULL, *before = NULL, *after = NULL, *ics_after = NULL;
  g_autofree char *backup = g_strconcat (project, "~", NULL);
  g_autofree char *err = NULL, *err2 = NULL;
  gboolean as_root = getuid () == 0;
  GStatBuf st;
  gsize length;

  g_assert_true (g_file_get_contents (example, &text, &length, NULL));
  g_assert_true (g_file_set_contents (project, text, length, NULL));
  g_assert_true (g_file_set_contents (ics, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n", -1, NULL));
  g_assert_cmpint (g_chmod (project, 0444), ==, 0);
  g_assert_cmpint (g_chmod (ics, 0444), ==, 0);
  if (as_root)
    {
      g_assert_cmpint (chown (dir, 65534, 65534), ==, 0);
      g_assert_cmpint (chmod (dir, 0755), ==, 0);
      g_assert_cmpint (chown (project, 65534, 65534), ==, 0);
      g_assert_cmpint (chown (ics, 65534, 65534), ==, 0);
    }
  before = test_file_digest (project);

  g_assert_cmpint (run_unprivileged ("nn", &err, "import-planner", planner, "--into", project, NULL), ==, 1);
  g_test_message ("%s", err);
  g_assert_nonnull (strstr (err, project));
  g_assert_nonnull (strstr (err, "skriveverna"));
  after = test_file_digest (project);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (g_stat (project, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0444);

  g_assert_cmpint (run_unprivileged ("en", &err2, "export-ical", project, "-o", ics, NULL), ==, 1);
  g_assert_nonnull (strstr (err2, "write-protected"));
  g_assert_true (g_file_get_contents (ics, &ics_after, NULL, NULL));
  g_assert_cmpstr (ics_after, ==, "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_unlink (project);
  g_unlink (ics);
  g_rmdir (dir);
}

/* costs and matrix write CSV and JSON to -o, the same as they print. */
static void
test_text_to_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  const char *cases[][3] = {
    { "costs", "csv", "costs.csv" },
    { "costs", "json", "costs.json" },
    { "matrix", "csv", "matrix.csv" },
    { "matrix", "json", "matrix.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i][2], NULL);
      g_autofree char *printed = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *written = NULL;

      g_assert_cmpint (run ("en", &printed, &e1, cases[i][0], example, "--format", cases[i][1], NULL), ==, 0);
      g_assert_cmpint (run ("en", &o2, &e2, cases[i][0], example, "--format", cases[i][1], "-o", path, NULL), ==, 0);
      g_assert_cmpstr (o2, ==, "");
      g_assert_true (g_file_get_contents (path, &written, NULL, NULL));
      g_assert_cmpstr (written, ==, printed);
      g_assert_cmpuint (strlen (written), >, 20);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_bad_arguments (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "pack.png", NULL);
  g_autofree char *csv = g_build_filename (dir, "costs.csv", NULL);
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL, *o3 = NULL, *e3 = NULL;
  g_autofree char *o4 = NULL, *e4 = NULL, *o5 = NULL, *e5 = NULL, *o6 = NULL, *e6 = NULL;
  g_autofree char *o7 = NULL, *e7 = NULL;

  /* A year that is not a year is not "every year". */
  g_assert_cmpint (run ("en", &o1, &e1, "export-ical", example, "--year", "abc", NULL), ==, 2);
  g_assert_cmpstr (o1, ==, "");
  g_assert_nonnull (strstr (e1, "--year"));
  g_assert_cmpint (run ("en", &o2, &e2, "export-ical", example, "--year", "2025x", NULL), ==, 2);

  /* A PDF is not written under another format's name. */
  g_assert_cmpint (run ("en", &o3, &e3, "export-pdf", example, "-o", png, NULL), ==, 2);
  g_assert_nonnull (strstr (e3, ".png"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run ("en", &o4, &e4, "costs", example, "--format", "pdf", "-o", csv, NULL), ==, 2);
  g_assert_false (g_file_test (csv, G_FILE_TEST_EXISTS));

  /* An empty name is no file, not the current folder. */
  g_assert_cmpint (run ("en", &o5, &e5, "validate", "", NULL), ==, 2);
  g_assert_cmpstr (o5, ==, "");
  g_assert_nonnull (strstr (e5, "empty"));
  g_assert_cmpint (run ("en", &o6, &e6, "costs", "", NULL), ==, 2);
  g_assert_cmpint (run ("en", &o7, &e7, "export-ical", example, "-o", "", NULL), ==, 2);
  g_rmdir (dir);
}

typedef struct
{
  char *path;
  char *contents;
} FifoRead;

static gpointer
read_fifo (gpointer data)
{
  FifoRead *r = data;

  g_file_get_contents (r->path, &r->contents, NULL, NULL);
  return NULL;
}

/* A device or a pipe is written in place, never replaced by a file. */
static void
test_export_to_pipe (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "plan.ics", NULL);
  g_autofree char *stdout_link = g_build_filename (dir, "stdout", NULL);
  g_autofree char *o1 = NULL, *e1 = NULL, *o2 = NULL, *e2 = NULL;
  FifoRead r = { fifo, NULL };
  GThread *reader;

  /* What /dev/stdout is, made here: a broken writer replaces this link,
   * not the system's. */
  g_assert_cmpint (symlink ("/proc/self/fd/1", stdout_link), ==, 0);
  g_assert_cmpint (run ("en", &o1, &e1, "export-ical", example, "-o", stdout_link, NULL), ==, 0);
  g_assert_true (g_str_has_prefix (o1, "BEGIN:VCALENDAR"));
  g_assert_true (g_file_test (stdout_link, G_FILE_TEST_IS_SYMLINK));
  g_unlink (stdout_link);

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  reader = g_thread_new ("fifo", read_fifo, &r);
  g_assert_cmpint (run ("en", &o2, &e2, "export-ical", example, "-o", fifo, NULL), ==, 0);
  g_thread_join (reader);
  g_assert_nonnull (r.contents);
  g_assert_true (g_str_has_prefix (r.contents, "BEGIN:VCALENDAR"));
  g_assert_false (g_file_test (fifo, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_test (fifo, G_FILE_TEST_EXISTS));
  g_free (r.contents);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* How far each weight can move: exact, with at least four decimals; who
 * is first outside the range, nothing at the ends of the scale. */
static void
test_matrix_sensitivity (void)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autofree char *json = NULL, *json_err = NULL;
  g_autofree char *bad = NULL, *bad_err = NULL;
  g_autofree char *no = NULL, *no_err = NULL;
  g_auto(GStrv) lines = NULL;

  /* Forest: Vik 74, Sogndal 72.  Vik scores 5 on "ansvarsfordeling",
   * Sogndal 2: the gap of 2 closes at 4 − 2/3. */
  g_assert_cmpint (run ("en", &out, &err, "matrix", example, "--matrix", "skog-vertskommune",
                        "--sensitivity", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (out, "factor,weight,low,high,below,above\n"));
  g_assert_nonnull (strstr (out, "\nansvarsfordeling,4.0000,3.333333,5.0000,Sogndal,\n"));
  g_assert_nonnull (strstr (out, "\nbefolkning,1.0000,0.0000,2.0000,,Sogndal\n"));
  g_assert_nonnull (strstr (out, "\nbrukarnaerleik,3.0000,0.0000,5.0000,,\n"));
  lines = g_strsplit (out, "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 7 + 1);   /* a header, seven factors, the last newline */

  /* NAV: Sogndal and Årdal tie at 91; Sogndal, first in the file, holds
   * "tilgjenge" (4 against 3) from its weight now up, Årdal below. */
  g_assert_cmpint (run ("en", &json, &json_err, "matrix", example, "--matrix", "nav-vertskommune",
                        "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (json, "\"rows\" : ["));
  g_assert_nonnull (strstr (json, "\"factor\" : \"tilgjenge\",\n"
                                  "      \"name\" : \"Tilgjengelegheit og transport\",\n"
                                  "      \"weight\" : 4.0000,\n"
                                  "      \"low\" : 4.0000,\n"
                                  "      \"high\" : 5.0000,\n"
                                  "      \"below\" : \"Årdal\",\n"
                                  "      \"above\" : null"));

  /* For a spreadsheet: the same numbers with a decimal comma, the factors
   * by name, the headings in the messages' language; not the ranking. */
  g_assert_cmpint (run ("nn", &no, &no_err, "matrix", example, "--matrix", "skog-vertskommune",
                        "--format", "csv-no", "--sensitivity", NULL), ==, 0);
  g_assert_true (g_str_has_prefix (no, "\xEF\xBB\xBFVertskommune for skogsamarbeidet\r\n"
                                       "Faktor;Vekt no;Lågaste vekt;Høgaste vekt;Først under;Først over\r\n"));
  g_assert_nonnull (strstr (no, "\r\nFordeling av vertskommuneansvar;4,0000;3,333333;5,0000;Sogndal;\r\n"));
  g_assert_nonnull (strstr (no, "\r\nBefolkningsutvikling;1,0000;0,0000;2,0000;;Sogndal\r\n"));
  g_assert_null (strstr (no, "Samla skår"));

  /* Only the matrix command knows the option. */
  g_assert_cmpint (run ("en", &bad, &bad_err, "costs", example, "--sensitivity", NULL), ==, 2);
  g_assert_nonnull (strstr (bad_err, "--sensitivity"));
}

/* `text` is one JSON text as RFC 8259 has it: Python's strict reader
 * takes it too. */
static void
assert_json_valid (const char *text)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "out.json", NULL);
  const char *argv[] = { "python3", "-m", "json.tool", path, NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status = -1;

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, &err, &status, NULL));
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("not JSON: %s\n%s", err, text);
  g_unlink (path);
  g_rmdir (dir);
}

/* The sensitivity's entry for `factor` in the matrix command's JSON. */
static JsonObject *
sensitivity_entry (JsonNode   *root,
                   const char *factor)
{
  JsonArray *sens = json_object_get_array_member (json_node_get_object (root), "sensitivity");

  for (guint i = 0; i < json_array_get_length (sens); i++)
    {
      JsonObject *o = json_array_get_object_element (sens, i);

      if (g_str_equal (json_object_get_string_member (o, "factor"), factor))
        return o;
    }
  g_error ("no sensitivity for %s", factor);
}

/* The sensitivity's weight and range are JSON numbers written exactly,
 * with at least four decimals, not strings nor a double's 17 digits; who
 * is first outside, null at the ends of the scale.  The text is JSON for
 * json-glib and for Python, a control character in a name too. */
static void
test_matrix_sensitivity_json (void)
{
  g_autofree char *json = NULL, *err = NULL;
  g_autofree char *odd = NULL, *odd_err = NULL;
  g_autofree char *source = NULL, *odd_project = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *o;

  g_assert_cmpint (run ("en", &json, &err, "matrix", example, "--matrix", "skog-vertskommune",
                        "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (json, "\"factor\" : \"ansvarsfordeling\",\n"
                                  "      \"name\" : \"Fordeling av vertskommuneansvar\",\n"
                                  "      \"weight\" : 4.0000,\n"
                                  "      \"low\" : 3.333333,\n"
                                  "      \"high\" : 5.0000,\n"
                                  "      \"below\" : \"Sogndal\",\n"
                                  "      \"above\" : null\n"));
  g_assert_nonnull (strstr (json, "\"factor\" : \"befolkning\",\n"
                                  "      \"name\" : \"Befolkningsutvikling\",\n"
                                  "      \"weight\" : 1.0000,\n"
                                  "      \"low\" : 0.0000,\n"
                                  "      \"high\" : 2.0000,\n"
                                  "      \"below\" : null,\n"
                                  "      \"above\" : \"Sogndal\"\n"));
  /* The costs' share_percent stays a string. */
  g_assert_null (strstr (json, "\"weight\" : \""));
  g_assert_null (strstr (json, "\"low\" : \""));
  g_assert_null (strstr (json, "\"high\" : \""));
  assert_json_valid (json);

  g_assert_true (json_parser_load_from_data (parser, json, -1, &error));
  g_assert_no_error (error);
  o = sensitivity_entry (json_parser_get_root (parser), "ansvarsfordeling");
  g_assert_cmpint (json_node_get_value_type (json_object_get_member (o, "low")), ==, G_TYPE_DOUBLE);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "weight"), 4, 1e-12);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "low"), 3.333333, 1e-12);
  g_assert_cmpfloat_with_epsilon (json_object_get_double_member (o, "high"), 5, 1e-12);
  g_assert_cmpstr (json_object_get_string_member (o, "below"), ==, "Sogndal");
  g_assert_true (json_object_get_null_member (o, "above"));
  o = sensitivity_entry (json_parser_get_root (parser), "brukarnaerleik");
  g_assert_true (json_object_get_null_member (o, "below"));
  g_assert_true (json_object_get_null_member (o, "above"));

  /* A factor named with control characters, quotes and a backslash:
   * each escaped as JSON has it. */
  g_assert_true (g_file_get_contents (example, &source, NULL, NULL));
  {
    g_autoptr(GString) text = g_string_new (source);

    g_assert_cmpuint (g_string_replace (text, "\"Befolkningsutvikling\"",
                                        "\"Befolknings\\u0001utvikling \\\"ny\\\" \\\\ \\u007f\"", 0), >=, 1);
    odd_project = write_temp ("odd.sakskart", text->str);
  }
  g_assert_cmpint (run ("en", &odd, &odd_err, "matrix", odd_project, "--matrix", "skog-vertskommune",
                        "--format", "json", NULL), ==, 0);
  g_assert_nonnull (strstr (odd, "\"name\" : \"Befolknings\\u0001utvikling \\\"ny\\\" \\\\ \\u007f\""));
  assert_json_valid (odd);
}

/* The board pack's sensitivity tables and cost lines in Nynorsk and
 * Bokmål, with Norwegian numbers: "mellom 3,33 og 5". */
static void
test_board_pack_norwegian (void)
{
  const struct
  {
    const char *language;
    const char *tie;
    const char *holds;
    const char *heading;
  } cases[] = {
    { "nn", "Sogndal og Årdal står likt på førsteplassen med ein samla skår på 91. "
            "Tabellen følgjer Sogndal, som står først av dei i matrisa.",
      "Vik held seg først så lenge", "Kor langt kvar vekt kan flyttast før ein annan kandidat kjem først" },
    { "nb", "Sogndal og Årdal står likt på førsteplassen med en samlet skår på 91. "
            "Tabellen følger Sogndal, som står først av dem i matrisen.",
      "Vik holder seg først så lenge", "Hvor langt hver vekt kan flyttes før en annen kandidat kommer først" },
  };
  g_autofree char *dir = g_dir_make_tmp ("sakskart-cli-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *out = NULL, *err = NULL, *text = NULL;

      /* The board writes Nynorsk; --language gives the other */
      g_assert_cmpint (run (cases[i].language, &out, &err, "export-pdf", example, "--meeting", "styret-2025-11-03",
                            "--language", cases[i].language, "-o", pdf, NULL), ==, 0);
      text = test_pdf_text (pdf);
      g_strdelimit (text, "\n", ' ');
      g_assert_nonnull (strstr (text, cases[i].tie));
      g_assert_nonnull (strstr (text, cases[i].holds));
      g_assert_nonnull (strstr (text, cases[i].heading));
      g_assert_nonnull (strstr (text, "mellom 3,33 og 5"));
      g_assert_nonnull (strstr (text, "under 3,33: Sogndal"));
      g_assert_nonnull (strstr (text, "under 3,5: Lærdal"));
      g_assert_nonnull (strstr (text, "% likt, 75"));
      g_assert_nonnull (strstr (text, "etter barn 0–17 år"));
    }
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  test_cli_init (&argc, &argv, &cli, &example);

  g_test_add_func ("/cli/validate-ok", test_validate_ok);
  g_test_add_func ("/cli/validate-invalid", test_validate_invalid);
  g_test_add_func ("/cli/validate-not-json", test_validate_not_json);
  g_test_add_func ("/cli/validate-cost-figures", test_validate_cost_figures);
  g_test_add_func ("/cli/usage", test_usage);
  g_test_add_func ("/cli/help-version", test_help_version);
  g_test_add_func ("/cli/costs-csv", test_costs_csv);
  g_test_add_func ("/cli/help-language", test_help_language);
  g_test_add_func ("/cli/costs-csv-norwegian", test_costs_csv_norwegian);
  g_test_add_func ("/cli/csv-norwegian-any-locale", test_csv_norwegian_any_locale);
  g_test_add_func ("/cli/costs-unknown-model", test_costs_unknown_model);
  g_test_add_func ("/cli/unknown-matrix-and-timeline", test_unknown_matrix_and_timeline);
  g_test_add_func ("/cli/costs-pdf", test_costs_pdf);
  g_test_add_func ("/cli/matrix-csv", test_matrix_csv);
  g_test_add_func ("/cli/matrix-sensitivity", test_matrix_sensitivity);
  g_test_add_func ("/cli/matrix-sensitivity-json", test_matrix_sensitivity_json);
  g_test_add_func ("/cli/export-pdf", test_export_pdf);
  g_test_add_func ("/cli/export-over-input", test_export_over_input);
  g_test_add_func ("/cli/export-over-project", test_export_over_project);
  g_test_add_func ("/cli/export-error-language", test_export_error_language);
  g_test_add_func ("/cli/import-planner-existing", test_import_planner_existing);
  g_test_add_func ("/cli/write-protected", test_write_protected);
  g_test_add_func ("/cli/text-to-file", test_text_to_file);
  g_test_add_func ("/cli/bad-arguments", test_bad_arguments);
  g_test_add_func ("/cli/export-to-pipe", test_export_to_pipe);
  g_test_add_func ("/cli/board-pack-norwegian", test_board_pack_norwegian);
  return g_test_run ();
}
