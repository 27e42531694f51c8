/* test-full-disk.c — saves and exports onto a file system that is full
 *
 * Run by full-disk.sh, which mounts a small tmpfs of this program's own
 * and names it in SK_FULL_DISK_DIR.  A failed write must leave the file
 * and its backup exactly as they were, leave nothing behind, and say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sk-application.h"
#include "sk-file.h"
#include "sk-project.h"
#include "sk-window.h"
#include "test-util.h"

static const char *disk;
static char *cli;
static char *example;
static char *planner;

/* A fresh folder on the small file system, which is emptied first. */
static char *
fresh_dir (const char *name)
{
  char *dir = g_build_filename (disk, name, NULL);

  g_assert_cmpint (g_mkdir (dir, 0755), ==, 0);
  return dir;
}

/* Fills the file system up, then frees `leave` bytes again. */
static char *
fill_disk (gsize leave)
{
  char *filler = g_build_filename (disk, "filler", NULL);
  static char block[65536];
  off_t size = 0;
  int fd;

  memset (block, 'x', sizeof block);
  fd = g_open (filler, O_WRONLY | O_CREAT | O_TRUNC, 0644);
  g_assert_cmpint (fd, >=, 0);
  for (gsize chunk = sizeof block; chunk >= 512; chunk /= 2)
    for (;;)
      {
        ssize_t n = write (fd, block, chunk);

        if (n <= 0)
          {
            g_assert_cmpint (errno, ==, ENOSPC);
            break;
          }
        size += n;
      }
  g_assert_cmpint (size, >, (off_t) leave);
  g_assert_cmpint (ftruncate (fd, size - (off_t) leave), ==, 0);
  close (fd);
  return filler;
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char **) a, *(const char **) b);
}

/* The names in `dir`, sorted and joined by spaces. */
static char *
listing (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static int
run_cli (char **err,
         ...)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  va_list ap;
  int status;

  env = g_environ_setenv (env, "SAKSKART_LOCALEDIR", BUILD_LOCALEDIR, TRUE);
  env = g_environ_setenv (env, "LC_ALL", "en_US.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");
  va_start (ap, err);
  status = test_run_program_va (cli, env, &out, err, ap);
  va_end (ap);
  return status;
}

/* sakskart-cli in Norwegian (nn or nb), with the build tree's translations. */
static int
run_cli_in (const char  *language,
            char       **err,
            ...)
{
  g_auto(GStrv) env = test_language_environ (g_get_environ (), language, "en_US.UTF-8");
  g_autofree char *out = NULL;
  va_list ap;
  int status;

  va_start (ap, err);
  status = test_run_program_va (cli, env, &out, err, ap);
  va_end (ap);
  return status;
}

/* A project file and an older backup beside it, both good and different. */
static void
write_project_and_backup (const char *path)
{
  g_autofree char *text = NULL;
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GString) older = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (example, &text, &length, NULL));
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  older = g_string_new_len (text, length);
  g_string_replace (older, "\"Sogn KO", "\"Sogn KO (eldre)", 1);
  g_assert_true (g_file_set_contents (backup, older->str, older->len, NULL));
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} AsyncResult;

static void
written_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  AsyncResult *r = user_data;

  r->ok = sk_file_write_finish (G_FILE (source), result, NULL, &r->error);
  r->done = TRUE;
}

/* Saves `project` to `file` as the core does (sync) or as the window does
 * (the same write in a thread). */
static gboolean
save (SkProject  *project,
      GFile      *file,
      gboolean    in_thread,
      GError    **error)
{
  g_autofree char *data = NULL;
  g_autoptr(GBytes) bytes = NULL;
  AsyncResult r = { 0 };
  gsize length;

  if (!in_thread)
    return sk_project_save_file (project, file, NULL, NULL, NULL, error);
  data = sk_project_to_data (project, &length);
  bytes = g_bytes_new (data, length);
  sk_file_write_async (file, bytes, NULL, SK_FILE_WRITE_BACKUP, NULL, written_cb, &r);
  while (!r.done)
    g_main_context_iteration (NULL, TRUE);
  if (r.error)
    g_propagate_error (error, r.error);
  return r.ok;
}

static void
check_failed_saves (gconstpointer in_thread)
{
  g_autofree char *dir = fresh_dir (in_thread ? "save-async" : "save");
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *file_before = NULL, *backup_before = NULL, *names = NULL;
  g_autofree char *filler = NULL, *text = NULL, *kept = NULL;

  write_project_and_backup (path);
  file_before = test_file_digest (path);
  backup_before = test_file_digest (backup);
  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  sk_project_set_title (project, "Endra på full disk");

  /* Room for part of the file: the write fails halfway, twice. */
  filler = fill_disk (8192);
  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autofree char *file_after = NULL, *backup_after = NULL;

      g_assert_false (save (project, file, GPOINTER_TO_INT (in_thread), &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
      g_assert_nonnull (strstr (error->message, path));
      g_assert_nonnull (strstr (error->message, "No space left on device"));
      g_clear_error (&error);
      file_after = test_file_digest (path);
      backup_after = test_file_digest (backup);
      g_assert_cmpstr (file_after, ==, file_before);
      g_assert_cmpstr (backup_after, ==, backup_before);
      names = (g_free (names), listing (dir));
      g_assert_cmpstr (names, ==, "styret.sakskart styret.sakskart~");
    }

  /* With room again, the save goes through and the old file becomes the
   * backup. */
  g_unlink (filler);
  g_assert_true (save (project, file, GPOINTER_TO_INT (in_thread), &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Endra på full disk"));
  kept = test_file_digest (backup);
  g_assert_cmpstr (kept, ==, file_before);
  names = (g_free (names), listing (dir));
  g_assert_cmpstr (names, ==, "styret.sakskart styret.sakskart~");
}

static void
test_import_planner (void)
{
  g_autofree char *dir = fresh_dir ("planner");
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *fresh = g_build_filename (dir, "ny.sakskart", NULL);
  g_autofree char *file_before = NULL, *backup_before = NULL, *file_after = NULL;
  g_autofree char *backup_after = NULL, *names = NULL, *filler = NULL;
  g_autofree char *err = NULL, *err2 = NULL;

  write_project_and_backup (path);
  file_before = test_file_digest (path);
  backup_before = test_file_digest (backup);
  filler = fill_disk (8192);

  g_assert_cmpint (run_cli (&err, "import-planner", planner, "--into", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, path));
  g_assert_nonnull (strstr (err, "No space left on device"));
  file_after = test_file_digest (path);
  backup_after = test_file_digest (backup);
  g_assert_cmpstr (file_after, ==, file_before);
  g_assert_cmpstr (backup_after, ==, backup_before);

  g_assert_cmpint (run_cli (&err2, "import-planner", planner, "-o", fresh, NULL), ==, 1);
  g_assert_nonnull (strstr (err2, fresh));
  g_assert_nonnull (strstr (err2, "No space left on device"));
  /* In the user's language, the reason too (the C library has no
   * Nynorsk for it) */
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *err3 = NULL;

      g_assert_cmpint (run_cli_in (i ? "nb" : "nn", &err3, "import-planner", planner, "--into", path, NULL), ==, 1);
      g_test_message ("%s", err3);
      g_assert_nonnull (strstr (err3, path));
      g_assert_nonnull (strstr (err3, i ? "Ikke mer plass på disken" : "Ikkje meir plass på disken"));
    }
  g_free (file_after);
  file_after = test_file_digest (path);
  g_assert_cmpstr (file_after, ==, file_before);
  names = listing (dir);
  g_assert_cmpstr (names, ==, "styret.sakskart styret.sakskart~");
  g_unlink (filler);
}

/* Each export onto a full disk: exit 1, a message with the file's name
 * and the reason, and the previous export as it was. */
static void
test_exports (void)
{
  const char *cases[][6] = {
    { "costs.pdf", "costs", "--format", "pdf", "-o", NULL },
    { "costs.csv", "costs", "-o", NULL, NULL, NULL },
    { "matrix.csv", "matrix", "-o", NULL, NULL, NULL },
    { "pack.pdf", "export-pdf", "-o", NULL, NULL, NULL },
    { "plan.ics", "export-ical", "-o", NULL, NULL, NULL },
    { "timeline.png", "render-timeline", "-o", NULL, NULL, NULL },
    { "timeline.svg", "render-timeline", "-o", NULL, NULL, NULL },
    { "timeline.pdf", "render-timeline", "-o", NULL, NULL, NULL },
  };
  g_autofree char *dir = fresh_dir ("exports");
  g_autofree char *filler = NULL;
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i][0], NULL);

      g_assert_true (g_file_set_contents (path, "the previous export\n", -1, NULL));
      g_ptr_array_add (expected, (gpointer) cases[i][0]);
    }
  g_ptr_array_sort (expected, compare_names);
  g_ptr_array_add (expected, NULL);
  filler = fill_disk (0);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i][0], NULL);
      g_autofree char *err = NULL, *contents = NULL;
      const char *a[5] = { NULL };
      guint n = 0;

      for (guint k = 1; k < 6 && cases[i][k] != NULL; k++)
        a[n++] = cases[i][k];
      /* The command, the project, its options, and the file to write last. */
      if (n == 2)
        g_assert_cmpint (run_cli (&err, a[0], example, a[1], path, NULL), ==, 1);
      else
        g_assert_cmpint (run_cli (&err, a[0], example, a[1], a[2], a[3], path, NULL), ==, 1);
      g_test_message ("%s: %s", cases[i][0], err);
      g_assert_nonnull (strstr (err, path));
      g_assert_nonnull (strstr (err, "No space left on device"));
      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      g_assert_cmpstr (contents, ==, "the previous export\n");
    }
  {
    g_autofree char *names = listing (dir);
    g_autofree char *all = g_strjoinv (" ", (char **) expected->pdata);

    g_assert_cmpstr (names, ==, all);
  }
  g_unlink (filler);
}

static void
flag_cb (gpointer  instance,
         gboolean *flag)
{
  *flag = TRUE;
}

/* The message dialog over `window`, once one is shown. */
static AdwMessageDialog *
wait_for_dialog (GtkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      GList *toplevels = gtk_window_list_toplevels ();
      AdwMessageDialog *dialog = NULL;

      for (GList *l = toplevels; l; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == window)
          dialog = l->data;
      g_list_free (toplevels);
      if (dialog != NULL)
        return dialog;
      g_main_context_iteration (NULL, TRUE);
    }
  return NULL;
}

/* Ctrl+S in the window, twice on a full disk and once with room. */
static void
test_window_save (void)
{
  g_autofree char *dir = fresh_dir ("window");
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *lock = g_build_filename (dir, ".~lock.styret.sakskart#", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *file_before = NULL, *backup_before = NULL, *filler = NULL;
  g_autofree char *text = NULL, *kept = NULL, *names = NULL;
  SkApplication *app = sk_application_new ();
  gboolean loaded = FALSE, saved = FALSE;
  SkWindow *window;

  write_project_and_backup (path);
  file_before = test_file_digest (path);
  backup_before = test_file_digest (backup);

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));
  window = sk_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "loaded", G_CALLBACK (flag_cb), &loaded);
  g_signal_connect (window, "saved", G_CALLBACK (flag_cb), &saved);
  sk_window_open_file (window, file, FALSE);
  while (!loaded)
    g_main_context_iteration (NULL, TRUE);
  /* The lock that says the file is open (sk-lock.h), written beside it. */
  for (int i = 0; i < 500 && !g_file_test (lock, G_FILE_TEST_EXISTS); i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  sk_project_set_title (sk_window_get_project (window), "Endra på full disk");

  filler = fill_disk (8192);
  for (int attempt = 0; attempt < 2; attempt++)
    {
      g_autofree char *file_after = NULL, *backup_after = NULL;
      AdwMessageDialog *dialog;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
      dialog = wait_for_dialog (GTK_WINDOW (window));
      g_assert_nonnull (dialog);
      file_after = test_file_digest (path);
      backup_after = test_file_digest (backup);
      g_assert_cmpstr (file_after, ==, file_before);
      g_assert_cmpstr (backup_after, ==, backup_before);
      g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog), "Could Not Save"));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), path));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "No space left on device"));
      gtk_window_destroy (GTK_WINDOW (dialog));
      g_assert_false (saved);
      g_assert_true (sk_window_get_modified (window));
      names = (g_free (names), listing (dir));
      g_assert_cmpstr (names, ==, ".~lock.styret.sakskart# styret.sakskart styret.sakskart~");
    }

  g_unlink (filler);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  while (!saved)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (sk_window_get_modified (window));
  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Endra på full disk"));
  kept = test_file_digest (backup);
  g_assert_cmpstr (kept, ==, file_before);
  gtk_window_destroy (GTK_WINDOW (window));
  g_application_release (G_APPLICATION (app));
}

static void
limit_file_size (gpointer data)
{
  struct rlimit limit = { 16384, 16384 };

  setrlimit (RLIMIT_FSIZE, &limit);
}

/* sakskart-cli where a file may be at most 16 KiB (ulimit -f): a write
 * beyond it fails as on a full disk, and is said so, rather than the
 * signal the kernel sends killing the program with its temporary file
 * left behind. */
static int
run_cli_limited (char **err,
                 ...)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list ap;
  int status = -1;

  env = g_environ_setenv (env, "SAKSKART_LOCALEDIR", BUILD_LOCALEDIR, TRUE);
  env = g_environ_setenv (env, "LC_ALL", "en_US.UTF-8", TRUE);
  env = g_environ_unsetenv (env, "LANGUAGE");
  g_ptr_array_add (args, cli);
  va_start (ap, err);
  while ((arg = va_arg (ap, const char *)) != NULL)
    g_ptr_array_add (args, (gpointer) arg);
  va_end (ap);
  g_ptr_array_add (args, NULL);
  g_spawn_sync (NULL, (char **) args->pdata, env, G_SPAWN_STDOUT_TO_DEV_NULL, limit_file_size, NULL,
                NULL, err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", *err);
  g_assert_true (WIFEXITED (status));
  return WEXITSTATUS (status);
}

static void
test_file_size_limit (void)
{
  g_autofree char *dir = fresh_dir ("limit");
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *pdf = g_build_filename (dir, "styret.pdf", NULL);
  g_autofree char *file_before = NULL, *backup_before = NULL, *file_after = NULL;
  g_autofree char *backup_after = NULL, *names = NULL;
  g_autofree char *err = NULL, *err2 = NULL;

  write_project_and_backup (path);
  file_before = test_file_digest (path);
  backup_before = test_file_digest (backup);

  g_assert_cmpint (run_cli_limited (&err, "import-planner", planner, "--into", path, NULL), ==, 1);
  g_assert_nonnull (strstr (err, path));
  g_assert_nonnull (strstr (err, "File too large"));
  file_after = test_file_digest (path);
  backup_after = test_file_digest (backup);
  g_assert_cmpstr (file_after, ==, file_before);
  g_assert_cmpstr (backup_after, ==, backup_before);

  g_assert_cmpint (run_cli_limited (&err2, "export-pdf", path, "-o", pdf, NULL), ==, 1);
  g_assert_nonnull (strstr (err2, pdf));
  names = listing (dir);
  g_assert_cmpstr (names, ==, "styret.sakskart styret.sakskart~");
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_test_init (&argc, &argv, NULL);

  disk = g_getenv ("SK_FULL_DISK_DIR");
  if (disk == NULL)
    g_error ("test-full-disk runs under tests/full-disk.sh, which gives it a small file system");
  cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "sakskart-cli", NULL);
  example = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  planner = g_test_build_filename (G_TEST_DIST, "files", "planner",
                                   "bench-300-saved-by-planner.planner", NULL);

  /* Two groups: the files and the command line (suite cli), and the
   * window, which needs a display (suite ui). */
  g_test_add_data_func ("/full-disk/files/save", GINT_TO_POINTER (FALSE), check_failed_saves);
  g_test_add_data_func ("/full-disk/files/save-in-thread", GINT_TO_POINTER (TRUE),
                        check_failed_saves);
  g_test_add_func ("/full-disk/files/import-planner", test_import_planner);
  g_test_add_func ("/full-disk/files/exports", test_exports);
  g_test_add_func ("/full-disk/files/size-limit", test_file_size_limit);
  g_test_add_func ("/full-disk/window/save", test_window_save);
  return g_test_run ();
}
