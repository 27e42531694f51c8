/* test-cli-import.c — sakskart-cli's imports (SSB figures, Planner
 * projects) and the timeline export's limits, as a script would use them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <fcntl.h>
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

  env = test_language_environ (env, language, "C.UTF-8");
  va_start (ap, err);
  status = test_run_program_va (cli, env, out, err, ap);
  va_end (ap);
  return status;
}

/* A copy of the example project in a folder of its own. */
static char *
copy_example (char **dir)
{
  g_autofree char *contents = NULL;
  gsize length;
  char *path;

  *dir = g_dir_make_tmp ("sakskart-import-XXXXXX", NULL);
  path = g_build_filename (*dir, "sogn.sakskart", NULL);
  g_assert_true (g_file_get_contents (example, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (path, contents, length, NULL));
  return path;
}

static char *
ssb_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "files", "ssb", name, NULL);
}

/* One line per member with what changed, and the file saved with it. */
static void
test_import_ssb (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *project = copy_example (&dir);
  g_autofree char *csv = ssb_file ("07459-sex-columns.csv");
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *check = NULL;

  g_assert_cmpint (run ("en", &out, &err, "import-ssb", csv, "--into", project, NULL), ==, 0);
  g_assert_cmpstr (out, ==,
                   "Aurland: not in the file, unchanged\n"
                   "Luster: not in the file, unchanged\n"
                   "Lærdal: not in the file, unchanged\n"
                   "Sogndal: population 12496 → 12580, children 0–17 2673 → 2690, residents 0–24 3843 → 3870\n"
                   "Vik: not in the file, unchanged\n"
                   "Årdal: not in the file, unchanged\n");
  /* Saved, and a valid project. */
  g_assert_cmpint (run ("en", &check, &err2, "validate", project, NULL), ==, 0);
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (project, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "12580"));
  }
  /* Again: nothing changes. */
  g_assert_cmpint (run ("nn", &out2, &err2, "import-ssb", csv, "--into", project, NULL), ==, 0);
  g_assert_nonnull (strstr (out2, "Sogndal: uendra\n"));
  g_assert_nonnull (strstr (out2, "Vik: ikkje i fila, uendra\n"));
  test_remove_saved (dir, project);
}

/* A refused file leaves the project as it was, with exit status 1 and the
 * line in the message; bad usage is 2. */
static void
test_import_ssb_refused (void)
{
  const char *files[] = { "07459-district.csv", "07459-dot-member.csv", "not-ssb.csv" };
  g_autofree char *dir = NULL;
  g_autofree char *project = copy_example (&dir);
  g_autofree char *digest = test_file_digest (project);

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *csv = ssb_file (files[i]);
      g_autofree char *out = NULL, *err = NULL, *after = NULL;

      g_assert_cmpint (run ("en", &out, &err, "import-ssb", csv, "--into", project, NULL), ==, 1);
      g_assert_cmpstr (out, ==, "");
      g_assert_true (g_str_has_prefix (err, "sakskart-cli: "));
      if (i < 2)
        g_assert_nonnull (strstr (err, ": Line "));
      after = test_file_digest (project);
      g_assert_cmpstr (after, ==, digest);
    }
  {
    g_autofree char *csv = ssb_file ("07459-long.csv");
    g_autofree char *out = NULL, *err = NULL;

    g_assert_cmpint (run ("en", &out, &err, "import-ssb", csv, NULL), ==, 2);
    g_assert_cmpint (run ("en", &out, &err, "import-ssb", "--into", project, NULL), ==, 2);
  }
  test_remove_saved (dir, project);
}

/* What the Planner importer changed or left out is printed. */
static void
test_import_planner_notes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-import-XXXXXX", NULL);
  g_autofree char *out_file = g_build_filename (dir, "links.sakskart", NULL);
  g_autofree char *planner = g_test_build_filename (G_TEST_DIST, "files", "planner", "links.planner", NULL);
  g_autofree char *out = NULL, *err = NULL;

  g_assert_cmpint (run ("nb", &out, &err, "import-planner", planner, "-o", out_file, NULL), ==, 0);
  g_assert_nonnull (strstr (out, "1 kobling sto oppført to ganger og er tatt med én gang\n"));
  g_assert_nonnull (strstr (out, "«C» skulle komme etter oppgave 99"));
  test_remove_saved (dir, out_file);
}

/* A project that is a FIFO, a device or a folder, and an import's input
 * that is a device or a folder, is refused at once (opening a FIFO
 * waits for a writer for ever; /dev/zero never ends), with exit status 1,
 * the file's name and a sentence in the user's language; the project is
 * left as it was and no project is made.  An input that is a pipe with a
 * writer ("<(…)") is read. */
static void
test_import_not_regular (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *project = copy_example (&dir);
  g_autofree char *digest = test_file_digest (project);
  g_autofree char *fifo = g_build_filename (dir, "fifo.sakskart", NULL);
  g_autofree char *made = g_build_filename (dir, "made.sakskart", NULL);
  g_autofree char *planner = g_test_build_filename (G_TEST_DIST, "files", "planner", "links.planner", NULL);
  const char *inputs[] = { "/dev/zero", dir };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  alarm (60);
  for (guint i = 0; i < G_N_ELEMENTS (inputs); i++)
    {
      g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL, *after = NULL;
      g_autofree char *named = g_strdup_printf ("%s: ", inputs[i]);

      g_assert_cmpint (run ("nn", &out, &err, "import-planner", inputs[i], "-o", made, NULL), ==, 1);
      g_assert_nonnull (strstr (err, named));
      g_assert_nonnull (strstr (err, i == 0 ? "ikkje ei vanleg fil" : "mappe"));
      g_assert_false (g_file_test (made, G_FILE_TEST_EXISTS));
      g_assert_cmpint (run ("nb", &out2, &err2, "import-ssb", inputs[i], "--into", project, NULL), ==, 1);
      g_assert_nonnull (strstr (err2, named));
      g_assert_nonnull (strstr (err2, i == 0 ? "ikke en vanlig fil" : "mappe"));
      after = test_file_digest (project);
      g_assert_cmpstr (after, ==, digest);
    }
  {
    g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;

    g_assert_cmpint (run ("en", &out, &err, "import-planner", planner, "--into", fifo, NULL), ==, 1);
    g_assert_nonnull (strstr (err, "not a regular file"));
    g_assert_cmpint (run ("nn", &out2, &err2, "validate", fifo, NULL), ==, 1);
    g_assert_nonnull (strstr (out2, "ikkje ei vanleg fil"));
  }
  {
    g_autofree char *text = NULL;
    const char *argv[] = { cli, "import-planner", fifo, "-o", made, NULL };
    g_autoptr(GError) error = NULL;
    gsize length;
    GPid pid;
    int fd, status;

    g_assert_true (g_file_get_contents (planner, &text, &length, NULL));
    g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL,
                                  NULL, NULL, &pid, &error));
    g_assert_no_error (error);
    fd = open (fifo, O_WRONLY);
    g_assert_cmpint (fd, >=, 0);
    g_assert_cmpint (write (fd, text, length), ==, (gssize) length);
    close (fd);
    g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
    g_spawn_close_pid (pid);
    g_assert_true (WIFEXITED (status));
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
    g_assert_true (g_file_test (made, G_FILE_TEST_IS_REGULAR));
    g_unlink (made);
  }
  alarm (0);
  g_unlink (fifo);
  test_remove_saved (dir, project);
}

/* A timeline too tall for a PNG is refused at once, before any drawing,
 * with what fits; the same timeline exports as PDF. */
static void
test_render_timeline_png_limit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-import-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "big.sakskart", NULL);
  g_autofree char *png = g_build_filename (dir, "big.png", NULL);
  g_autofree char *pdf = g_build_filename (dir, "big.pdf", NULL);
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autoptr(GString) json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"Big\","
                                          "\"municipalities\":[],\"timelines\":[{\"id\":\"big\",\"title\":\"Big\",\"tasks\":[");
  g_autoptr(GTimer) timer = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (json, "%s{\"id\":\"t%u\",\"name\":\"Task %u\",\"start\":\"2026-01-%02u\","
                            "\"end\":\"2026-01-%02u\"}", i ? "," : "", i, i, 1 + i % 28, 1 + i % 28);
  g_string_append (json, "]}]}");
  g_assert_true (g_file_set_contents (project, json->str, json->len, NULL));

  timer = g_timer_new ();
  g_assert_cmpint (run ("en", &out, &err, "render-timeline", project, "-o", png, NULL), ==, 1);
  g_test_message ("refused in %.2f s", g_timer_elapsed (timer, NULL));
  g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 5);
  g_assert_nonnull (strstr (err, "at most 1258 rows of tasks, and it has 5000"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
  g_assert_cmpint (run ("en", &out2, &err2, "render-timeline", project, "-o", pdf, NULL), ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_unlink (pdf);
  g_unlink (project);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  test_cli_init (&argc, &argv, &cli, &example);

  g_test_add_func ("/cli/import-ssb", test_import_ssb);
  g_test_add_func ("/cli/import-ssb-refused", test_import_ssb_refused);
  g_test_add_func ("/cli/import-planner-notes", test_import_planner_notes);
  g_test_add_func ("/cli/import-not-regular", test_import_not_regular);
  g_test_add_func ("/cli/render-timeline-png-limit", test_render_timeline_png_limit);
  return g_test_run ();
}
