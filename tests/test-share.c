/* test-share.c — a project on a share, against a real server
 *
 * Run by smb-share.sh (Samba) or dav-share.sh (Apache's mod_dav), which
 * serve a folder of their own (SK_SHARE_DIR) on 127.0.0.1 and mount it
 * through GVfs as SK_SHARE_URI.  A colleague's save is written through the
 * share too; "in the same second" is made sure of by giving the file back
 * its modification time in the served folder, so that the etag (SMB's:
 * whole seconds; Apache's: size and time) stays as it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sk-application.h"
#include "sk-document-watch.h"
#include "sk-drafts.h"
#include "sk-edit.h"
#include "sk-lock.h"
#include "sk-project.h"
#include "sk-window.h"
#include "test-util.h"

static const char *share_uri;
static const char *share_dir;
static const char *control;
static char *cli;
static char *example;
static SkApplication *app;

static GFile *
on_share (const char *name)
{
  g_autofree char *uri = g_strconcat (share_uri, name, NULL);

  return g_file_new_for_uri (uri);
}

static char *
local_path (const char *name)
{
  return g_build_filename (share_dir, name, NULL);
}

static char *
example_text (void)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (example, &text, NULL, NULL));
  return text;
}

/* Writes `text` to the share through GVfs, as a colleague's program would. */
static void
write_through_share (const char *name,
                     const char *text)
{
  g_autoptr(GFile) file = on_share (name);
  g_autoptr(GError) error = NULL;

  g_assert_true (g_file_replace_contents (file, text, strlen (text), NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, &error));
  g_assert_no_error (error);
}

static char *
etag_of (const char *name)
{
  g_autoptr(GFile) file = on_share (name);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, &error);

  g_assert_no_error (error);
  return g_strdup (g_file_info_get_etag (info));
}

static struct timespec
mtime_of (const char *name)
{
  g_autofree char *path = local_path (name);
  struct stat st;

  g_assert_cmpint (stat (path, &st), ==, 0);
  return st.st_mtim;
}

/* A colleague saves `text` at the time `when` (as the server counts it:
 * the same second for SMB): through the share, with the modification
 * time put back. */
static void
colleague_saves_same_second (const char      *name,
                             const char      *text,
                             struct timespec  when)
{
  g_autofree char *path = local_path (name);
  g_autofree char *etag_before = etag_of (name);
  g_autofree char *etag_after = NULL;
  struct timespec times[2] = { when, when };

  write_through_share (name, text);
  g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
  etag_after = etag_of (name);
  /* What makes the etag blind to it. */
  g_assert_cmpstr (etag_after, ==, etag_before);
}

/* The title of the example changed to one as long, so the size stays too. */
static char *
retitled (const char *text,
          const char *title)
{
  g_autoptr(GRegex) re = g_regex_new ("\"title\": \"Styremøte 3. november 2025\"", 0, 0, NULL);
  g_autofree char *with = g_strdup_printf ("\"title\": \"%s\"", title);
  char *out = g_regex_replace_literal (re, text, -1, 0, with, 0, NULL);

  g_assert_true (strstr (out, title) != NULL);
  return out;
}

static void
remove_from_share (const char *name)
{
  g_autofree char *path = local_path (name);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *lock_name = g_strdup_printf (".~lock.%s#", name);
  g_autofree char *lock = local_path (lock_name);

  g_unlink (path);
  g_unlink (backup);
  g_unlink (lock);
}

/* Core: a save over a colleague's save in the same second is refused. */
static void
test_core_same_second (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;
  const char *at;
  g_autofree char *fingerprint = NULL;
  g_autofree char *next = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GFile) file = on_share ("core.sakskart");
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = local_path ("core.sakskart");

  g_assert_nonnull (strstr (text, "\"title\": \"Styremøte 3. november 2025\""));
  write_through_share ("core.sakskart", text);
  project = sk_project_new_from_file (file, NULL, &fingerprint, NULL, &error);
  g_assert_no_error (error);

  /* Nobody else: our saves go through, one after the other. */
  sk_project_set_title (project, "Vår første endring");
  g_assert_true (sk_project_save_file (project, file, fingerprint, &next, NULL, &error));
  g_assert_no_error (error);
  sk_project_set_title (project, "Vår andre endring");
  g_clear_pointer (&fingerprint, g_free);
  g_assert_true (sk_project_save_file (project, file, next, &fingerprint, NULL, &error));
  g_assert_no_error (error);

  /* A colleague saves in the same second, a change of one figure: the
   * etag is as it was. */
  g_assert_true (g_file_get_contents (path, &ours, NULL, NULL));
  g_assert_nonnull ((at = strstr (ours, "2025")));
  theirs = g_strdup (ours);
  theirs[at - ours + 3] = '6';
  colleague_saves_same_second ("core.sakskart", theirs, mtime_of ("core.sakskart"));
  sk_project_set_title (project, "Vår tredje endring");
  g_assert_false (sk_project_save_file (project, file, fingerprint, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  remove_from_share ("core.sakskart");
}

/* The CLI's --into: a colleague saves while the input is still read (a
 * pipe), in the same second as the CLI read the project.  `input` is the
 * file in tests/files the command reads, `command` the CLI's command. */
static void
cli_same_second (const char *command,
                 const char *input,
                 const char *name)
{
  g_autofree char *text = example_text ();
  g_autofree char *theirs = retitled (text, "Styremøte 3. november 2026");
  g_autofree char *in_path = g_test_build_filename (G_TEST_DIST, "files", input, NULL);
  g_autofree char *in_text = NULL;
  g_autofree char *in_base = g_path_get_basename (input);
  g_autofree char *tmp = g_dir_make_tmp ("sakskart-share-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (tmp, in_base, NULL);
  g_autofree char *uri = g_strconcat (share_uri, name, NULL);
  g_autofree char *path = local_path (name);
  g_autofree char *now = NULL, *err = NULL;
  g_autofree char *expected = g_strdup_printf ("%s: The file was changed by someone else", name);
  const char *argv[] = { cli, command, fifo, "--into", uri, NULL };
  g_autoptr(GError) error = NULL;
  GPid pid;
  int err_fd, fd, status;
  struct timespec loaded;
  gsize in_length;

  g_assert_true (g_file_get_contents (in_path, &in_text, &in_length, NULL));
  write_through_share (name, text);
  loaded = mtime_of (name);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_spawn_async_with_pipes (NULL, (char **) argv, NULL, G_SPAWN_DO_NOT_REAP_CHILD,
                                           NULL, NULL, &pid, NULL, NULL, &err_fd, &error));
  g_assert_no_error (error);
  /* Opened for reading once the project is read. */
  fd = open (fifo, O_WRONLY);
  g_assert_cmpint (fd, >=, 0);
  colleague_saves_same_second (name, theirs, loaded);
  g_assert_cmpint (write (fd, in_text, in_length), ==, (gssize) in_length);
  close (fd);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_spawn_close_pid (pid);
  {
    GIOChannel *channel = g_io_channel_unix_new (err_fd);

    g_io_channel_read_to_end (channel, &err, NULL, NULL);
    g_io_channel_shutdown (channel, TRUE, NULL);
    g_io_channel_unref (channel);
  }
  g_test_message ("sakskart-cli %s: %s", command, err);
  g_assert_true (WIFEXITED (status));
  g_assert_cmpint (WEXITSTATUS (status), ==, 1);
  g_assert_nonnull (strstr (err, expected));
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  g_unlink (fifo);
  g_rmdir (tmp);
  remove_from_share (name);
}

static void
test_cli_same_second_ssb (void)
{
  cli_same_second ("import-ssb", "ssb/07459-sex-columns.csv", "cli-ssb.sakskart");
}

static void
test_cli_same_second_planner (void)
{
  cli_same_second ("import-planner", "planner/links.planner", "cli-planner.sakskart");
}

/* The window */

static void
set_flag_cb (gpointer  instance,
             gboolean *flag)
{
  *flag = TRUE;
}

static void
iterate_for (int ms)
{
  gint64 until = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
}

static gboolean
iterate_until (gboolean *flag,
               int       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  return *flag;
}

static GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_get_mapped (child) &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (child)), text) == 0)
        return child;
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
wait_for_label (GtkWidget  *root,
                const char *text,
                int         seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (find_label (root, text) == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return find_label (root, text) != NULL;
}

static AdwMessageDialog *
find_dialog (GtkWindow *parent)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == parent &&
        gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

static AdwMessageDialog *
wait_for_dialog (GtkWindow *parent,
                 int        seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  AdwMessageDialog *dialog = NULL;

  while ((dialog = find_dialog (parent)) == NULL && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  return dialog;
}

/* The dialog over `parent` headed `heading`, where there are several. */
static AdwMessageDialog *
wait_for_dialog_headed (GtkWindow  *parent,
                        const char *heading,
                        int         seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  do
    {
      GList *toplevels = gtk_window_list_toplevels ();
      AdwMessageDialog *dialog = NULL;

      for (GList *l = toplevels; l; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == parent &&
            gtk_widget_get_visible (l->data) &&
            g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
          dialog = l->data;
      g_list_free (toplevels);
      if (dialog != NULL)
        return dialog;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (5000);
    }
  while (g_get_monotonic_time () < deadline);
  return NULL;
}

/* Answers `dialog` as a click on its button does: the response, then
 * the dialog goes (adw_message_dialog_response () alone leaves it shown,
 * to be found again by the next wait_for_dialog ()). */
static void
respond (AdwMessageDialog *dialog,
         const char       *response)
{
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static SkWindow *
new_window (gboolean *loaded,
            gboolean *saved)
{
  SkWindow *window;

  if (app == NULL)
    g_error ("The window tests need a display (DISPLAY)");
  window = sk_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), loaded);
  g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), saved);
  return window;
}

static void
write_lock (const char *name,
            const char *who,
            const char *user,
            const char *host,
            gint64      pid,
            gint64      since)
{
  g_autofree char *lock_name = g_strdup_printf (".~lock.%s#", name);
  g_autofree char *path = local_path (lock_name);
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (since);
  g_autofree char *iso = g_date_time_format_iso8601 (when);
  g_autofree char *text = g_strdup_printf ("[Sakskart Lock]\nName=%s\nUser=%s\nHost=%s\nPid=%"
                                           G_GINT64_FORMAT "\nSince=%s\nRenewed=%s\n",
                                           who, user, host, pid, iso, iso);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  g_chmod (path, 0666);
}

static SkLock *
lock_on (const char *name)
{
  g_autoptr(GFile) file = on_share (name);

  return sk_lock_read (file, NULL, NULL);
}

/* An edit as the window makes it: through the core, into the history. */
static void
edit_title (SkWindow   *window,
            const char *title)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_edit_set_project_title (sk_document_get_history (sk_window_get_document (window)),
                                            sk_window_get_project (window), title, &error));
  g_assert_no_error (error);
}

/* Waits until the lock beside `name` is this process's (`ours`) or gone
 * (written through GVfs: up to 20 s on a loaded machine). */
static gboolean
wait_for_lock (const char *name,
               gboolean    ours)
{
  for (int i = 0; i < 800; i++)
    {
      g_autoptr(SkLock) lock = lock_on (name);

      if (ours ? (lock != NULL && sk_lock_is_ours (lock)) : lock == NULL)
        return TRUE;
      iterate_for (25);
    }
  return FALSE;
}

static void
saved_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  gboolean *done = user_data;
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_document_save_finish (SK_DOCUMENT (source), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

/* Kari has it open: asked; read-only really does not save. */
static void
test_ui_someone_has_it_open (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *path = local_path ("kari.sakskart");
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GFile) file = on_share ("kari.sakskart");
  g_autoptr(SkLock) lock = NULL;
  gboolean loaded = FALSE, saved = FALSE;
  SkWindow *window;
  AdwMessageDialog *dialog;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  write_through_share ("kari.sakskart", text);
  write_lock ("kari.sakskart", "Kari Nordmann", "kari", "kari-laptop", 4242, now - 600);
  before = test_file_digest (path);

  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  dialog = wait_for_dialog (GTK_WINDOW (window), 10);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Someone Else Has This Project Open");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Kari Nordmann has “kari.sakskart” open on kari-laptop since "));
  g_assert_false (loaded);
  respond (dialog, "read-only");
  g_assert_true (iterate_until (&loaded, 10));
  g_assert_true (sk_window_get_read_only (window));

  /* An edit, and Ctrl+S: nothing is written, and the lock stays Kari's. */
  sk_project_set_title (sk_window_get_project (window), "Endra utan lov");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  iterate_for (1500);
  g_assert_false (saved);
  g_assert_true (sk_window_get_modified (window));
  after = test_file_digest (path);
  g_assert_cmpstr (after, ==, before);
  lock = lock_on ("kari.sakskart");
  g_assert_nonnull (lock);
  g_assert_cmpstr (lock->name, ==, "Kari Nordmann");

  sk_document_undo (sk_document_from_project (sk_window_get_project (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (300);

  /* Cancel leaves the window as it was (another window: one that shows
   * the file already is shown instead of asking again). */
  {
    gboolean loaded2 = FALSE, saved2 = FALSE;
    SkWindow *second = new_window (&loaded2, &saved2);

    sk_window_open_file (second, file, FALSE);
    dialog = wait_for_dialog (GTK_WINDOW (second), 10);
    g_assert_nonnull (dialog);
    respond (dialog, "cancel");
    iterate_for (500);
    g_assert_false (loaded2);
    gtk_window_destroy (GTK_WINDOW (second));
  }

  /* Open Anyway: ours to edit and save; the lock says so now, and with
   * the window Kari's comes back: she may still have it open. */
  {
    gboolean loaded3 = FALSE, saved3 = FALSE;
    SkWindow *third = new_window (&loaded3, &saved3);

    sk_window_open_file (third, file, FALSE);
    dialog = wait_for_dialog (GTK_WINDOW (third), 10);
    g_assert_nonnull (dialog);
    respond (dialog, "anyway");
    g_assert_true (iterate_until (&loaded3, 10));
    g_assert_false (sk_window_get_read_only (third));
    g_assert_true (wait_for_lock ("kari.sakskart", TRUE));
    edit_title (third, "Endra likevel");
    gtk_widget_activate_action (GTK_WIDGET (third), "win.save", NULL);
    g_assert_true (iterate_until (&saved3, 20));
    gtk_window_destroy (GTK_WINDOW (third));
    g_clear_pointer (&lock, sk_lock_free);
    for (int i = 0; i < 400 && (lock == NULL || g_strcmp0 (lock->name, "Kari Nordmann") != 0); i++)
      {
        g_clear_pointer (&lock, sk_lock_free);
        iterate_for (25);
        lock = lock_on ("kari.sakskart");
      }
    g_assert_nonnull (lock);
    g_assert_cmpstr (lock->name, ==, "Kari Nordmann");
    g_assert_cmpstr (lock->host, ==, "kari-laptop");
  }
  remove_from_share ("kari.sakskart");
}

/* A button of `root` for `action` ("win.save"), or labelled `label`. */
static GtkWidget *
find_button (GtkWidget  *root,
             const char *action,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) &&
          ((action != NULL && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (child)), action) == 0) ||
           (label != NULL && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)))
        return child;
      if ((found = find_button (child, action, label)) != NULL)
        return found;
    }
  return NULL;
}

static gboolean
iterate_until_editable (SkWindow *window,
                        int       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (sk_window_get_read_only (window) && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return !sk_window_get_read_only (window);
}

#define READ_ONLY_TEXT "Read-only: someone else had this project open. Save a copy with Save As, " \
                       "or open it for editing when they have closed it."

/* Opened read-only: a bar says so as long as it is, Save is off; "Open
 * for Editing" is refused while Kari's lock is there, and takes the file
 * over once it is gone.  Saved as another file, the window is ours. */
static void
test_ui_read_only_bar (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *kari_lock = local_path (".~lock.bar.sakskart#");
  g_autoptr(GFile) file = on_share ("bar.sakskart");
  g_autoptr(GFile) copy = on_share ("bar-kopi.sakskart");
  gboolean loaded = FALSE, saved = FALSE, done = FALSE;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  GtkWidget *save_button, *edit_button;
  AdwMessageDialog *dialog;
  SkWindow *window;

  write_through_share ("bar.sakskart", text);
  write_lock ("bar.sakskart", "Kari Nordmann", "kari", "kari-laptop", 4242, now - 600);

  /* Saved as another file: editable, the bar gone, Save on. */
  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  dialog = wait_for_dialog (GTK_WINDOW (window), 10);
  g_assert_nonnull (dialog);
  respond (dialog, "read-only");
  g_assert_true (iterate_until (&loaded, 10));
  g_assert_true (sk_window_get_read_only (window));
  g_assert_true (wait_for_label (GTK_WIDGET (window), READ_ONLY_TEXT, 5));
  save_button = find_button (GTK_WIDGET (window), "win.save", NULL);
  g_assert_nonnull (save_button);
  g_assert_false (gtk_widget_is_sensitive (save_button));
  g_assert_true (gtk_widget_is_sensitive (find_button (GTK_WIDGET (window), NULL, "Open for _Editing")));
  sk_document_save_async (sk_window_get_document (window), copy, FALSE, NULL, saved_cb, &done);
  g_assert_true (iterate_until (&done, 20));
  g_assert_false (sk_window_get_read_only (window));
  g_assert_true (gtk_widget_is_sensitive (save_button));
  iterate_for (300);
  g_assert_null (find_label (GTK_WIDGET (window), READ_ONLY_TEXT));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (wait_for_lock ("bar-kopi.sakskart", FALSE));

  /* Open for Editing while Kari has it: refused, and the bar says who. */
  loaded = FALSE;
  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  dialog = wait_for_dialog (GTK_WINDOW (window), 10);
  g_assert_nonnull (dialog);
  respond (dialog, "read-only");
  g_assert_true (iterate_until (&loaded, 10));
  g_assert_true (wait_for_label (GTK_WIDGET (window), READ_ONLY_TEXT, 5));
  edit_button = find_button (GTK_WIDGET (window), NULL, "Open for _Editing");
  g_assert_nonnull (edit_button);
  g_signal_emit_by_name (edit_button, "clicked");
  g_assert_true (wait_for_label (GTK_WIDGET (window),
                                 "Read-only: Kari Nordmann still has this project open on kari-laptop. "
                                 "Try again when they have closed it, or save a copy with Save As.", 20));
  g_assert_true (sk_window_get_read_only (window));
  save_button = find_button (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (gtk_widget_is_sensitive (save_button));

  /* Kari has closed it: ours, locked, and Save saves. */
  g_assert_cmpint (g_unlink (kari_lock), ==, 0);
  g_assert_true (gtk_widget_is_sensitive (edit_button));
  g_signal_emit_by_name (edit_button, "clicked");
  g_assert_true (iterate_until_editable (window, 20));
  g_assert_true (gtk_widget_is_sensitive (save_button));
  g_assert_true (wait_for_lock ("bar.sakskart", TRUE));
  edit_title (window, "Teke over");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until (&saved, 20));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (wait_for_lock ("bar.sakskart", FALSE));
  remove_from_share ("bar.sakskart");
  remove_from_share ("bar-kopi.sakskart");
}

/* A lock left by a crashed session of ours is not in the way; our own
 * lock is written and goes when the window closes. */
static void
test_ui_stale_lock (void)
{
  g_autofree char *text = example_text ();
  g_autoptr(GFile) file = on_share ("stale.sakskart");
  g_autoptr(SkLock) ours = NULL;
  g_autoptr(SkLock) gone = NULL;
  g_autofree char *lock_path = local_path (".~lock.stale.sakskart#");
  gboolean loaded = FALSE, saved = FALSE;
  const char *argv[] = { "true", NULL };
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  SkWindow *window;
  GPid dead;
  int status;

  /* A process id that no longer runs. */
  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                G_SPAWN_SEARCH_PATH | G_SPAWN_DO_NOT_REAP_CHILD, NULL, NULL, &dead, NULL));
  waitpid (dead, &status, 0);
  write_through_share ("stale.sakskart", text);
  write_lock ("stale.sakskart", "Meg sjølv", g_get_user_name (), g_get_host_name (), dead, now - 60);

  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  g_assert_true (iterate_until (&loaded, 10));
  g_assert_null (find_dialog (GTK_WINDOW (window)));
  g_assert_false (sk_window_get_read_only (window));
  /* Our lock replaces it (written through GVfs: up to 20 s on a loaded
   * machine). */
  for (int i = 0; i < 800; i++)
    {
      g_clear_pointer (&ours, sk_lock_free);
      ours = lock_on ("stale.sakskart");
      if (ours != NULL && ours->pid == getpid ())
        break;
      iterate_for (25);
    }
  g_assert_nonnull (ours);
  g_assert_cmpint (ours->pid, ==, getpid ());
  g_assert_true (sk_lock_is_ours (ours));

  /* Older than the set time: stale whoever left it. */
  write_lock ("other.sakskart", "Kari Nordmann", "kari", "kari-laptop", 4242,
              now - SK_LOCK_STALE_SECONDS - 60);
  gone = lock_on ("other.sakskart");
  g_assert_nonnull (gone);
  g_assert_true (sk_lock_is_stale (gone, now));
  g_assert_false (sk_lock_in_the_way (gone));
  remove_from_share ("other.sakskart");

  gtk_window_destroy (GTK_WINDOW (window));
  for (int i = 0; i < 200 && g_file_test (lock_path, G_FILE_TEST_EXISTS); i++)
    iterate_for (25);
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  remove_from_share ("stale.sakskart");
}

/* The server went away and came back: the first request after says the
 * connection was dropped (GVfs's SMB backend), and is tried again.  Kari's
 * lock is not missed, the project opens, and a save goes through. */
static void
server_restarts (void)
{
  const char *stop[] = { control, "stop", NULL };
  const char *start[] = { control, "start", NULL };
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) stop, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) start, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
}

static void
test_core_after_return (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *fingerprint = NULL;
  g_autoptr(GFile) file = on_share ("back.sakskart");
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkLock) lock = NULL;
  g_autoptr(GError) error = NULL;

  write_through_share ("back.sakskart", text);
  write_lock ("back.sakskart", "Kari Nordmann", "kari", "kari-laptop", 4242, g_get_real_time () / G_USEC_PER_SEC);

  server_restarts ();
  lock = sk_lock_read (file, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (lock);
  g_assert_cmpstr (lock->name, ==, "Kari Nordmann");
  g_assert_true (sk_lock_in_the_way (lock));

  server_restarts ();
  project = sk_project_new_from_file (file, NULL, &fingerprint, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  server_restarts ();
  sk_project_set_title (project, "Lagra etter at tenaren kom att");
  g_assert_true (sk_project_save_file (project, file, fingerprint, NULL, NULL, &error));
  g_assert_no_error (error);
  remove_from_share ("back.sakskart");
}

static gpointer
release_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;
  gboolean released = sk_lock_release (G_FILE (data), NULL, &error);

  if (error != NULL)
    g_test_message ("sk_lock_release (): %s", error->message);
  return GINT_TO_POINTER (released);
}

/* Our lock is removed while someone else is reading it (SMB refuses to
 * delete a file open elsewhere: "Device or resource busy"): it goes once
 * they are done, not left behind to tell others we still have it open. */
static void
test_core_release_while_read (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *lock_path = local_path (".~lock.busy.sakskart#");
  g_autoptr(GFile) file = on_share ("busy.sakskart");
  g_autoptr(GFile) lock_file = sk_lock_file_for (file);
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GError) error = NULL;
  GThread *thread;

  write_through_share ("busy.sakskart", text);
  g_assert_true (sk_lock_take (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (lock_path, G_FILE_TEST_EXISTS));

  /* Someone reads it: open while we remove it. */
  in = g_file_read (lock_file, NULL, &error);
  g_assert_no_error (error);
  thread = g_thread_new ("release", release_thread, file);
  g_usleep (400000);
  g_assert_true (g_input_stream_close (G_INPUT_STREAM (in), NULL, &error));
  g_assert_no_error (error);
  g_assert_true (GPOINTER_TO_INT (g_thread_join (thread)));
  g_assert_false (g_file_test (lock_path, G_FILE_TEST_EXISTS));
  remove_from_share ("busy.sakskart");
}

/* A colleague's save in the same second is announced: the share has no
 * file monitor, and the window reads the file again when it gains the
 * focus; one that changes the size is seen by polling alone. */
static void
test_ui_announced (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *theirs = retitled (text, "Styremøte 3. november 2026");
  g_autofree char *longer = retitled (text, "Styremøte 3. november 2025 (utsett)");
  g_autoptr(GFile) file = on_share ("watch.sakskart");
  gboolean loaded = FALSE, saved = FALSE;
  SkWindow *window;

  write_through_share ("watch.sakskart", text);
  /* What GIO gives for a file on the share: no monitor of GVfs's own. */
  {
    g_autoptr(GFileMonitor) monitor = g_file_monitor_file (file, G_FILE_MONITOR_NONE, NULL, NULL);
    g_autoptr(SkDocumentWatch) watch = sk_document_watch_new (file, NULL);

    g_test_message ("g_file_monitor_file () on the share: %s",
                    monitor ? G_OBJECT_TYPE_NAME (monitor) : "none");
    /* The watch begins when the main loop has nothing more urgent. */
    g_assert_false (sk_document_watch_get_polling (watch));
    while (g_main_context_iteration (NULL, FALSE))
      ;
    g_assert_true (sk_document_watch_get_polling (watch));
    if (monitor != NULL)
      g_file_monitor_cancel (monitor);
  }
  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  g_assert_true (iterate_until (&loaded, 10));
  /* The window has the focus (and has looked at the file once). */
  iterate_for (1000);

  colleague_saves_same_second ("watch.sakskart", theirs, mtime_of ("watch.sakskart"));
  /* Polling sees nothing: etag and size are as they were. */
  g_assert_false (wait_for_label (GTK_WIDGET (window), "“watch.sakskart” was changed by someone else", 4));
  /* The focus comes back to the window. */
  g_object_notify (G_OBJECT (window), "is-active");
  g_assert_true (wait_for_label (GTK_WIDGET (window), "“watch.sakskart” was changed by someone else", 10));

  gtk_window_destroy (GTK_WINDOW (window));

  /* Opened again, then a save of another size: polling alone sees it. */
  loaded = FALSE;
  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  g_assert_true (iterate_until (&loaded, 10));
  g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Styremøte 3. november 2026");
  write_through_share ("watch.sakskart", longer);
  g_assert_true (wait_for_label (GTK_WIDGET (window), "“watch.sakskart” was changed by someone else",
                                 SK_DOCUMENT_WATCH_POLL_SECONDS + 5));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (300);
  remove_from_share ("watch.sakskart");
}

/* The window's save over a colleague's save in the same second, of the
 * same size: asked, not replaced; replaced only when told to. */
static void
test_ui_save_same_second (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *theirs = retitled (text, "Styremøte 3. november 2026");
  g_autofree char *path = local_path ("save.sakskart");
  g_autofree char *now = NULL;
  g_autoptr(GFile) file = on_share ("save.sakskart");
  gboolean loaded = FALSE, saved = FALSE;
  AdwMessageDialog *dialog;
  SkWindow *window;

  write_through_share ("save.sakskart", text);
  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  g_assert_true (iterate_until (&loaded, 10));
  edit_title (window, "Vår endring");
  colleague_saves_same_second ("save.sakskart", theirs, mtime_of ("save.sakskart"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog (GTK_WINDOW (window), 20);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Changed on Disk");
  respond (dialog, "cancel");
  iterate_for (300);
  g_assert_false (saved);
  g_assert_true (sk_window_get_modified (window));
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);

  /* Told to replace it: ours goes in. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog (GTK_WINDOW (window), 20);
  g_assert_nonnull (dialog);
  respond (dialog, "overwrite");
  g_assert_true (iterate_until (&saved, 20));
  g_clear_pointer (&now, g_free);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_nonnull (strstr (now, "\"Vår endring\""));
  g_assert_false (sk_window_get_modified (window));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (300);
  remove_from_share ("save.sakskart");
}

/* Saved as another file on the share: the lock goes with it. */
static void
test_ui_save_as_moves_lock (void)
{
  g_autofree char *text = example_text ();
  g_autoptr(GFile) file = on_share ("first.sakskart");
  g_autoptr(GFile) copy = on_share ("second.sakskart");
  gboolean loaded = FALSE, saved = FALSE, done = FALSE;
  SkWindow *window;

  write_through_share ("first.sakskart", text);
  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  g_assert_true (iterate_until (&loaded, 10));
  g_assert_true (wait_for_lock ("first.sakskart", TRUE));

  sk_document_save_async (sk_window_get_document (window), copy, FALSE, NULL, saved_cb, &done);
  g_assert_true (iterate_until (&done, 20));
  g_assert_true (wait_for_lock ("second.sakskart", TRUE));
  g_assert_true (wait_for_lock ("first.sakskart", FALSE));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_true (wait_for_lock ("second.sakskart", FALSE));
  remove_from_share ("first.sakskart");
  remove_from_share ("second.sakskart");
}

/* The share goes away while a project from it is open and edited. */
static void
test_ui_share_gone (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *path = local_path ("gone.sakskart");
  g_autofree char *now = NULL;
  g_autoptr(GFile) file = on_share ("gone.sakskart");
  gboolean loaded = FALSE, saved = FALSE;
  AdwMessageDialog *dialog;
  SkWindow *window;
  const char *stop[] = { control, "stop", NULL };
  const char *start[] = { control, "start", NULL };
  int status;

  write_through_share ("gone.sakskart", text);
  window = new_window (&loaded, &saved);
  sk_window_open_file (window, file, FALSE);
  g_assert_true (iterate_until (&loaded, 10));

  g_assert_true (g_spawn_sync (NULL, (char **) stop, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  edit_title (window, "Endra utan nett");
  sk_window_flush_draft (window);
  /* The draft on this computer has the edit. */
  {
    g_autofree char *drafts_dir = sk_drafts_dir ();
    g_autofree char *draft_name = g_strconcat (sk_document_get_draft_id (sk_window_get_document (window)),
                                               ".sakskart", NULL);
    g_autofree char *draft_path = g_build_filename (drafts_dir, draft_name, NULL);
    g_autofree char *draft = NULL;

    g_assert_true (g_file_get_contents (draft_path, &draft, NULL, NULL));
    g_assert_nonnull (strstr (draft, "\"Endra utan nett\""));
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog (GTK_WINDOW (window), 20);
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Save “gone.sakskart”");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be reached"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Your changes are not lost"));
  /* The system's words (often English) last, not in the middle of ours. */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Save As.\n\nThe system said: "));
  respond (dialog, "close");
  g_assert_false (saved);
  g_assert_true (sk_window_get_modified (window));

  /* The share is back: the save goes through, with its check. */
  g_assert_true (g_spawn_sync (NULL, (char **) start, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (iterate_until (&saved, 20));
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_nonnull (strstr (now, "Endra utan nett"));

  /* Gone again, and a colleague saves meanwhile (on the server, in the
   * second of our save, of the same size): back, the save asks. */
  edit_title (window, "Endra att utan nett");
  g_assert_true (g_spawn_sync (NULL, (char **) stop, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  {
    g_autoptr(GRegex) re = g_regex_new ("Endra utan nett", 0, 0, NULL);
    g_autofree char *theirs = g_regex_replace_literal (re, now, -1, 0, "ENDRA UTAN NETT", 0, NULL);
    struct timespec when = mtime_of ("gone.sakskart");
    struct timespec times[2] = { when, when };

    g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
    g_assert_cmpint (utimensat (AT_FDCWD, path, times, 0), ==, 0);
    g_assert_true (g_spawn_sync (NULL, (char **) start, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
    g_assert_cmpint (status, ==, 0);
    saved = FALSE;
    gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
    dialog = wait_for_dialog (GTK_WINDOW (window), 20);
    g_assert_nonnull (dialog);
    g_test_message ("%s: %s", adw_message_dialog_get_heading (dialog), adw_message_dialog_get_body (dialog));
    g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "The File Changed on Disk");
    respond (dialog, "cancel");
    iterate_for (300);
    g_assert_false (saved);
    g_assert_true (sk_window_get_modified (window));
    g_clear_pointer (&now, g_free);
    g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
    g_assert_cmpstr (now, ==, theirs);
  }
  sk_document_discard (sk_window_get_document (window));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (500);
  remove_from_share ("gone.sakskart");
}

/* Opened from the recent list while the share is gone: said so, and the
 * last draft (of a session that ended) is offered. */
static void
test_ui_open_while_gone (void)
{
  g_autofree char *text = example_text ();
  g_autofree char *uri = g_strconcat (share_uri, "recent.sakskart", NULL);
  g_autofree char *drafts_dir = sk_drafts_dir ();
  g_autofree char *draft_path = g_build_filename (drafts_dir, "share-test.sakskart", NULL);
  g_autofree char *meta_path = g_build_filename (drafts_dir, "share-test.json", NULL);
  g_autofree char *draft_text = retitled (text, "Utkast frå i går");
  g_autofree char *meta = NULL;
  gboolean loaded = FALSE, saved = FALSE;
  AdwMessageDialog *dialog, *recovery;
  SkWindow *window;
  const char *stop[] = { control, "stop", NULL };
  const char *start[] = { control, "start", NULL };
  int status;

  write_through_share ("recent.sakskart", text);
  g_assert_cmpint (g_mkdir_with_parents (drafts_dir, 0700), ==, 0);
  g_assert_true (g_file_set_contents (draft_path, draft_text, -1, NULL));
  meta = g_strdup_printf ("{\"pid\": 0, \"time\": %" G_GINT64_FORMAT ", \"title\": \"Utkast frå i går\", "
                          "\"uri\": \"%s\"}", g_get_real_time () / G_USEC_PER_SEC - 3600, uri);
  g_assert_true (g_file_set_contents (meta_path, meta, -1, NULL));

  g_assert_true (g_spawn_sync (NULL, (char **) stop, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
  window = new_window (&loaded, &saved);
  /* Started with the file: its draft is offered at start-up too. */
  {
    g_autoptr(GFile) file = g_file_new_for_uri (uri);

    sk_window_offer_recovery_for (window, file);
    recovery = wait_for_dialog_headed (GTK_WINDOW (window), "Recover Unsaved Changes?", 10);
    g_assert_nonnull (recovery);
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-uri", "s", uri);
  dialog = wait_for_dialog_headed (GTK_WINDOW (window), "Could Not Open “recent.sakskart”", 20);
  g_assert_nonnull (dialog);
  g_test_message ("%s", adw_message_dialog_get_body (dialog));
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Open “recent.sakskart”");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "cannot be reached"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Your unsaved changes to it from"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "can be reached.\n\nThe system said: "));
  respond (dialog, "draft");
  g_assert_true (iterate_until (&loaded, 10));
  g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Utkast frå i går");
  g_assert_true (sk_window_get_modified (window));
  /* The start-up's offer, answered after: the draft the window shows now
   * is not removed under it (nor opened twice). */
  respond (recovery, "discard");
  iterate_for (300);
  g_assert_true (g_file_test (draft_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (meta_path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

  g_assert_true (g_spawn_sync (NULL, (char **) start, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  sk_document_undo (sk_document_from_project (sk_window_get_project (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_for (300);
  g_unlink (draft_path);
  g_unlink (meta_path);
  remove_from_share ("recent.sakskart");
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_test_init (&argc, &argv, NULL);
  share_uri = g_getenv ("SK_SHARE_URI");
  share_dir = g_getenv ("SK_SHARE_DIR");
  control = g_getenv ("SK_SHARE_CONTROL");
  if (share_uri == NULL || share_dir == NULL || control == NULL)
    {
      g_printerr ("Bail out! test-share runs under smb-share.sh or dav-share.sh (SK_SHARE_URI, SK_SHARE_DIR, SK_SHARE_CONTROL)\n");
      return 1;
    }
  example = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "sakskart-cli", NULL);

  g_test_add_func ("/share/core/same-second", test_core_same_second);
  g_test_add_func ("/share/core/after-return", test_core_after_return);
  g_test_add_func ("/share/core/release-while-read", test_core_release_while_read);
  g_test_add_func ("/share/cli/same-second-import-ssb", test_cli_same_second_ssb);
  g_test_add_func ("/share/cli/same-second-import-planner", test_cli_same_second_planner);
  g_test_add_func ("/share/ui/someone-has-it-open", test_ui_someone_has_it_open);
  g_test_add_func ("/share/ui/read-only-bar", test_ui_read_only_bar);
  g_test_add_func ("/share/ui/stale-lock", test_ui_stale_lock);
  g_test_add_func ("/share/ui/announced", test_ui_announced);
  g_test_add_func ("/share/ui/save-same-second", test_ui_save_same_second);
  g_test_add_func ("/share/ui/save-as-moves-lock", test_ui_save_as_moves_lock);
  g_test_add_func ("/share/ui/share-gone", test_ui_share_gone);
  g_test_add_func ("/share/ui/open-while-gone", test_ui_open_while_gone);

  if (g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL)
    {
      gtk_init ();
      app = sk_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
      g_application_hold (G_APPLICATION (app));
    }
  status = g_test_run ();
  if (app != NULL)
    {
      g_application_release (G_APPLICATION (app));
      g_object_unref (app);
    }
  return status;
}
