/* test-util.h — small helpers the test programs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <stdarg.h>
#include <sys/wait.h>

/* The SHA-256 of a file's bytes, to show a file was left as it was. */
static inline char *
test_file_digest (const char *path)
{
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  return g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) contents, length);
}

/* The text of a PDF, as pdftotext reads it (poppler-utils).  Not inline:
 * inlined, GCC takes pointers into the text for dangling ones. */
G_GNUC_UNUSED static char *
test_pdf_text (const char *pdf)
{
  const char *argv[] = { "pdftotext", pdf, "-", NULL };
  char *text = NULL;
  int status = -1;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &text, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  return text;
}

/* Removes a saved project, the backup a save leaves beside it ("~") and
 * the temporary folder they were in. */
static inline void
test_remove_saved (const char *dir,
                   const char *path)
{
  g_autofree char *backup = g_strconcat (path, "~", NULL);

  g_unlink (path);
  g_unlink (backup);
  g_rmdir (dir);
}

/* Runs `program` with the arguments in `ap` (up to a NULL) in the
 * environment `env`, keeping what it writes in `out` and `err` where they
 * are not NULL; its exit status, or -1 where it did not exit. */
G_GNUC_UNUSED static int
test_run_program_va (const char   *program,
                     char        **env,
                     char        **out,
                     char        **err,
                     va_list       ap)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  int status = -1;

  g_ptr_array_add (args, (gpointer) program);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  g_ptr_array_add (args, NULL);
  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_DEFAULT, NULL, NULL,
                out, err, &status, &error);
  g_assert_no_error (error);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* The start of a test of sakskart-cli: the test framework, the path of
 * the built program and that of the example project. */
static inline void
test_cli_init (int    *argc,
               char ***argv,
               char  **cli,
               char  **example)
{
  g_test_init (argc, argv, NULL);
  *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "sakskart-cli", NULL);
  *example = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
}

/* `env` (taken) for a desktop in `language`, with the build tree's
 * translations: "nn" and "nb" as in Norway, any other language in
 * `other_locale` without LANGUAGE. */
G_GNUC_UNUSED static char **
test_language_environ (char       **env,
                       const char  *language,
                       const char  *other_locale)
{
  env = g_environ_setenv (env, "SAKSKART_LOCALEDIR", BUILD_LOCALEDIR, TRUE);
  if (g_str_equal (language, "nn") || g_str_equal (language, "nb"))
    {
      g_autofree char *locale = g_strdup_printf ("%s_NO.UTF-8", language);

      env = g_environ_setenv (env, "LC_ALL", locale, TRUE);
      env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
    }
  else
    {
      env = g_environ_setenv (env, "LC_ALL", other_locale, TRUE);
      env = g_environ_unsetenv (env, "LANGUAGE");
    }
  return env;
}
