/* test-recovery.c — edit, kill -9, start again, recover, compare
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sk-application.h"
#include "sk-drafts.h"
#include "sk-format.h"
#include "sk-lock.h"
#include "sk-window.h"

static char *project_path;

static void
flag_cb (gpointer instance,
         gboolean *flag)
{
  *flag = TRUE;
}

static void
iterate_until (gboolean *flag,
               int       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

static SkWindow *
new_window (void)
{
  SkApplication *app = sk_application_new ();
  SkWindow *window;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));
  window = sk_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* The user's session: open, edit, and then the battery runs out. */
static void
edit_then_die (const char *title,
               const char *organisation)
{
  SkWindow *window = new_window ();
  g_autoptr(GFile) file = g_file_new_for_path (project_path);
  g_autofree char *dir = sk_drafts_dir ();
  gboolean loaded = FALSE;

  g_signal_connect (window, "loaded", G_CALLBACK (flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  iterate_until (&loaded, 10);
  g_assert_true (loaded);
  sk_project_set_title (sk_window_get_project (window), title);
  sk_project_set_organisation (sk_window_get_project (window), organisation);
  /* The draft is written a few seconds after the change. */
  for (int i = 0; i < 500; i++)
    {
      g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
      const char *name;
      gboolean found = FALSE;

      while (d && (name = g_dir_read_name (d)) != NULL)
        found |= g_str_has_suffix (name, ".sakskart");
      if (found)
        break;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  kill (getpid (), SIGKILL);
  g_assert_not_reached ();
}

static void
test_kill_and_recover (void)
{
  if (g_test_subprocess ())
    edit_then_die ("Endra før straumbrotet", "Sogn KO – draft");

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();

  {
    g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();
    g_autoptr(GError) error = NULL;
    g_autofree char *uri = g_filename_to_uri (project_path, NULL, NULL);
    g_autofree char *on_disk = NULL;
    g_autofree char *saved = NULL;
    SkWindow *window;
    SkDraft *draft;
    gboolean done = FALSE;

    /* The file itself is as it was; the changes are in the draft. */
    g_assert_true (g_file_get_contents (project_path, &on_disk, NULL, NULL));
    g_assert_null (strstr (on_disk, "Endra før straumbrotet"));
    g_assert_cmpuint (drafts->len, ==, 1);
    draft = g_ptr_array_index (drafts, 0);
    g_assert_cmpstr (draft->uri, ==, uri);
    g_assert_cmpstr (draft->title, ==, "Endra før straumbrotet");

    /* The question names the draft and when it was written, as the app
     * writes dates. */
    {
      SkWindow *asking = new_window ();
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (draft->time);
      g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");
      g_autofree char *clock = g_date_time_format (when, "%H:%M");
      g_autofree char *expected = sk_format_date_time (day, clock);
      GtkWidget *dialog = NULL;
      GList *toplevels;

      gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

      sk_window_offer_recovery (asking);
      /* Offered once the drafts are read. */
      while (dialog == NULL && g_get_monotonic_time () < deadline)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (5000);
          toplevels = gtk_window_list_toplevels ();
          for (GList *l = toplevels; l; l = l->next)
            if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (asking))
              dialog = l->data;
          g_list_free (toplevels);
        }
      g_assert_nonnull (dialog);
      g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "Endra før straumbrotet"));
      g_assert_nonnull (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), expected));
      /* The file is as the draft found it. */
      g_assert_null (strstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "the file itself"));
      /* Answered below, by sk_window_recover (). */
      g_signal_handlers_disconnect_matched (dialog, G_SIGNAL_MATCH_ID, g_signal_lookup ("response", ADW_TYPE_MESSAGE_DIALOG),
                                            0, NULL, NULL, NULL);
      gtk_window_destroy (GTK_WINDOW (dialog));
      gtk_window_destroy (GTK_WINDOW (asking));
    }

    window = new_window ();
    g_assert_true (sk_window_recover (window, draft, &error));
    g_assert_no_error (error);
    g_assert_true (sk_window_get_modified (window));
    g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Endra før straumbrotet");
    g_assert_cmpstr (sk_project_get_organisation (sk_window_get_project (window)), ==, "Sogn KO – draft");
    /* Everything else as in the file */
    g_assert_cmpuint (sk_project_get_meetings (sk_window_get_project (window))->len, ==, 16);

    /* A clean save writes the file and removes the draft. */
    g_signal_connect (window, "saved", G_CALLBACK (flag_cb), &done);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
    iterate_until (&done, 10);
    g_assert_true (done);
    g_assert_true (g_file_get_contents (project_path, &saved, NULL, NULL));
    g_assert_nonnull (strstr (saved, "Endra før straumbrotet"));
    {
      g_autoptr(GPtrArray) after = sk_drafts_recoverable ();
      g_autofree char *dir = sk_drafts_dir ();
      g_autofree char *left = g_build_filename (dir, draft->id, NULL);

      g_assert_cmpuint (after->len, ==, 0);
      (void) left;
    }
    gtk_window_destroy (GTK_WINDOW (window));
  }
}

/* A logout sends SIGTERM: the change made a moment ago, before the draft
 * was due, is on disk before the app quits. */
static void
test_sigterm_writes_draft (void)
{
  if (g_test_subprocess ())
    {
      SkWindow *window = new_window ();
      g_autoptr(GFile) file = g_file_new_for_path (project_path);
      gboolean loaded = FALSE;
      gint64 until;

      g_signal_connect (window, "loaded", G_CALLBACK (flag_cb), &loaded);
      sk_window_open_file (window, file, FALSE);
      iterate_until (&loaded, 10);
      g_assert_true (loaded);
      sk_project_set_title (sk_window_get_project (window), "Endra før avlogging");
      /* Well inside the two seconds the draft waits for; the draft must
       * be there before the child leaves, half a second later. */
      raise (SIGTERM);
      until = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
      while (g_get_monotonic_time () < until)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (5000);
        }
      /* Gone at once, as the session would take it down. */
      _exit (0);
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  {
    g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();

    g_assert_cmpuint (drafts->len, ==, 1);
    g_assert_cmpstr (((SkDraft *) g_ptr_array_index (drafts, 0))->title, ==, "Endra før avlogging");
    sk_draft_remove (((SkDraft *) g_ptr_array_index (drafts, 0))->id);
  }
}

/* A logout (SIGTERM) takes the lock beside the file away before the app
 * quits, as closing the window does: left, it told colleagues on other
 * machines for two hours that the file was open. */
static void
test_sigterm_releases_lock (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (project_path);
  g_autoptr(GFile) lock = sk_lock_file_for (file);

  if (g_test_subprocess ())
    {
      SkWindow *window = new_window ();
      g_autofree char *drafts = sk_drafts_dir ();
      g_autofree char *draft_name = NULL;
      g_autofree char *draft = NULL;
      gboolean loaded = FALSE;
      gint64 until;

      g_signal_connect (window, "loaded", G_CALLBACK (flag_cb), &loaded);
      sk_window_open_file (window, file, FALSE);
      iterate_until (&loaded, 10);
      g_assert_true (loaded);
      until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      while (!g_file_query_exists (lock, NULL) && g_get_monotonic_time () < until)
        {
          g_main_context_iteration (NULL, FALSE);
          g_usleep (5000);
        }
      g_assert_true (g_file_query_exists (lock, NULL));
      sk_project_set_title (sk_window_get_project (window), "Endra før avlogging");
      raise (SIGTERM);
      /* The signal's handler runs (it writes the draft at once), and the
       * app is gone right after it, as g_application_run () returns then. */
      draft_name = g_strconcat (sk_document_get_draft_id (sk_window_get_document (window)), ".sakskart", NULL);
      draft = g_build_filename (drafts, draft_name, NULL);
      until = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
      while (!g_file_test (draft, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < until)
        g_main_context_iteration (NULL, FALSE);
      g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
      _exit (0);
    }

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_assert_false (g_file_query_exists (lock, NULL));
  {
    g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();

    for (guint i = 0; i < drafts->len; i++)
      sk_draft_remove (((SkDraft *) g_ptr_array_index (drafts, i))->id);
  }
}

/* The message dialog over `window`, if one is shown. */
static AdwMessageDialog *
dialog_over (GtkWindow *window)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *dialog = NULL;

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == window)
      dialog = l->data;
  g_list_free (toplevels);
  return dialog;
}

/* After a kill, the file opened as a file manager opens it ("sakskart
 * FILE") comes with the offer of its newer draft, as a start without a
 * file does; recovered, the draft takes the place of the disk version. */
static void
test_kill_then_open_file (void)
{
  if (g_test_subprocess ())
    edit_then_die ("Endra før krasjet", "Sogn KO – utkast");

  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();

  {
    SkApplication *app = sk_application_new ();
    g_autoptr(GFile) file = g_file_new_for_path (project_path);
    AdwMessageDialog *dialog;
    SkWindow *window = NULL;
    GList *windows;
    gint64 deadline;

    g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE | G_APPLICATION_HANDLES_OPEN);
    g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
    g_application_hold (G_APPLICATION (app));
    g_application_open (G_APPLICATION (app), &file, 1, "");
    windows = gtk_application_get_windows (GTK_APPLICATION (app));
    g_assert_cmpuint (g_list_length (windows), ==, 1);
    window = SK_WINDOW (windows->data);

    /* The file on disk loads behind the question. */
    deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while (sk_window_get_file (window) == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (sk_window_get_file (window));
    g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), !=, "Endra før krasjet");
    while ((dialog = dialog_over (GTK_WINDOW (window))) == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (dialog);
    g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "Endra før krasjet"));

    adw_message_dialog_response (dialog, "recover");
    g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Endra før krasjet");
    g_assert_cmpstr (sk_project_get_organisation (sk_window_get_project (window)), ==, "Sogn KO – utkast");
    g_assert_true (sk_window_get_modified (window));
    g_assert_true (g_file_equal (sk_window_get_file (window), file));
    /* In this window, no other. */
    g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, 1);

    {
      g_autoptr(GPtrArray) drafts = NULL;

      /* Still kept as a draft until saved, now this window's. */
      sk_window_flush_draft (window);
      drafts = sk_drafts_recoverable ();
      g_assert_cmpuint (drafts->len, ==, 0);
    }
    gtk_window_destroy (GTK_WINDOW (window));
    g_application_release (G_APPLICATION (app));
  }
}

/* A draft of a file that was saved after it (by a colleague, or in a
 * session on another computer): the offer says that the file is newer,
 * and when it was saved, beside when the changes were kept. */
static void
test_draft_older_than_file (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SK_TEST_HOME"), "nyare.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *dir = sk_drafts_dir ();
  g_autofree char *meta = g_build_filename (dir, "eldre-utkast.json", NULL);
  g_autofree char *meta_text = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *draft_time = NULL;
  g_autofree char *file_time = NULL;
  g_autoptr(GRegex) title = g_regex_new ("\"title\": \"[^\"]*\"", 0, 0, NULL);
  g_autoptr(GRegex) time_pid = g_regex_new ("\"pid\" *: *[0-9]+", 0, 0, NULL);
  g_autoptr(GRegex) time_re = g_regex_new ("\"time\" *: *[0-9]+", 0, 0, NULL);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  gint64 kept = now - 3 * 3600;
  AdwMessageDialog *dialog = NULL;
  SkWindow *window;
  gint64 deadline;
  const char *body;

  g_assert_true (g_file_get_contents (project_path, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  project = sk_project_new_from_file (file, NULL, &etag, NULL, &error);
  g_assert_no_error (error);
  sk_project_set_title (project, "Utkastet frå i morgon tidleg");
  g_assert_true (sk_draft_write ("eldre-utkast", project, file, etag, FALSE, &error));
  g_assert_no_error (error);
  /* Kept three hours ago by a process that is gone. */
  g_assert_true (g_file_get_contents (meta, &meta_text, NULL, NULL));
  {
    g_autofree char *no_pid = g_regex_replace_literal (time_pid, meta_text, -1, 0, "\"pid\": 0", 0, NULL);
    g_autofree char *with = g_strdup_printf ("\"time\": %" G_GINT64_FORMAT, kept);
    g_autofree char *older = g_regex_replace_literal (time_re, no_pid, -1, 0, with, 0, NULL);

    g_assert_true (g_file_set_contents (meta, older, -1, NULL));
  }
  /* A colleague saved the file since. */
  theirs = g_regex_replace_literal (title, contents, -1, 0, "\"title\": \"Kollegaen si utgåve\"", 0, NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));

  window = new_window ();
  sk_window_offer_recovery (window);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((dialog = dialog_over (GTK_WINDOW (window))) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  {
    g_autoptr(GDateTime) d = g_date_time_new_from_unix_local (kept);
    g_autofree char *day = g_date_time_format (d, "%Y-%m-%d");
    g_autofree char *clock = g_date_time_format (d, "%H:%M");
    g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, 0, NULL, NULL);
    g_autoptr(GDateTime) f = g_date_time_new_from_unix_local ((gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED));
    g_autofree char *f_day = g_date_time_format (f, "%Y-%m-%d");
    g_autofree char *f_clock = g_date_time_format (f, "%H:%M");

    draft_time = sk_format_date_time (day, clock);
    file_time = sk_format_date_time (f_day, f_clock);
  }
  g_assert_nonnull (strstr (body, "Utkastet frå i morgon tidleg"));
  g_assert_nonnull (strstr (body, draft_time));
  {
    g_autofree char *newer = g_strdup_printf ("the file itself is newer: saved %s", file_time);

    g_assert_nonnull (strstr (body, newer));
  }
  g_assert_nonnull (strstr (body, "keep both"));

  adw_message_dialog_response (dialog, "discard");
  {
    g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();

    g_assert_cmpuint (drafts->len, ==, 0);
  }
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
}

/* A draft whose file was moved or deleted since (by a colleague, on the
 * share): the offer says so, where it named the file as if recovering
 * went back into it. */
static void
test_draft_of_file_gone (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("SK_TEST_HOME"), "borte.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *dir = sk_drafts_dir ();
  g_autofree char *meta = g_build_filename (dir, "utkast-borte.json", NULL);
  g_autofree char *meta_text = NULL;
  g_autoptr(GRegex) pid = g_regex_new ("\"pid\" *: *[0-9]+", 0, 0, NULL);
  g_autofree char *no_pid = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog = NULL;
  SkWindow *window;
  gint64 deadline;
  const char *body;

  g_assert_true (g_file_get_contents (project_path, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  project = sk_project_new_from_file (file, NULL, &etag, NULL, &error);
  g_assert_no_error (error);
  sk_project_set_title (project, "Utkast til ei fil som er borte");
  g_assert_true (sk_draft_write ("utkast-borte", project, file, etag, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (meta, &meta_text, NULL, NULL));
  no_pid = g_regex_replace_literal (pid, meta_text, -1, 0, "\"pid\": 0", 0, NULL);
  g_assert_true (g_file_set_contents (meta, no_pid, -1, NULL));
  g_assert_cmpint (g_unlink (path), ==, 0);

  window = new_window ();
  sk_window_offer_recovery (window);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while ((dialog = dialog_over (GTK_WINDOW (window))) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "Utkast til ei fil som er borte"));
  g_assert_nonnull (strstr (body, "borte.sakskart"));
  g_assert_nonnull (strstr (body, "the file itself was moved or deleted"));
  adw_message_dialog_response (dialog, "discard");
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A draft of a run that is gone, whose process number this run has been
 * given (after a restart; in a Flatpak sandbox every run has the same
 * small number): offered, where the draft of this run is not. */
static void
test_same_number_other_run (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (project_path);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = sk_drafts_dir ();
  g_autofree char *meta = g_build_filename (dir, "same-number.json", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GRegex) started = g_regex_new ("\"started\" *: *\"[^\"]*\"", 0, 0, NULL);
  gboolean found = FALSE;

  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  sk_project_set_title (project, "Frå førre køyring");
  g_assert_true (sk_draft_write ("same-number", project, file, NULL, FALSE, &error));
  g_assert_no_error (error);
  {
    g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();

    /* This run's own: not offered. */
    for (guint i = 0; i < drafts->len; i++)
      g_assert_cmpstr (((SkDraft *) g_ptr_array_index (drafts, i))->id, !=, "same-number");
  }

  /* As written by an earlier run that had this run's number. */
  g_assert_true (g_file_get_contents (meta, &text, NULL, NULL));
  g_assert_true (g_regex_match (started, text, 0, NULL));
  {
    g_autofree char *earlier = g_regex_replace_literal (started, text, -1, 0,
                                                        "\"started\": \"00000000-0000-0000-0000-000000000000/1\"",
                                                        0, NULL);

    g_assert_true (g_file_set_contents (meta, earlier, -1, NULL));
  }
  {
    g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();

    for (guint i = 0; i < drafts->len; i++)
      if (g_str_equal (((SkDraft *) g_ptr_array_index (drafts, i))->id, "same-number"))
        {
          g_assert_cmpstr (((SkDraft *) g_ptr_array_index (drafts, i))->title, ==, "Frå førre køyring");
          found = TRUE;
        }
  }
  g_assert_true (found);
  sk_draft_remove ("same-number");
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *example = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *home = NULL;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  g_test_init (&argc, &argv, NULL);

  /* A home of its own for the drafts, the same for the killed child. */
  if (g_getenv ("SK_TEST_HOME") == NULL)
    {
      home = g_dir_make_tmp ("sakskart-recovery-XXXXXX", NULL);
      g_setenv ("SK_TEST_HOME", home, TRUE);
    }
  g_setenv ("XDG_DATA_HOME", g_getenv ("SK_TEST_HOME"), TRUE);
  project_path = g_build_filename (g_getenv ("SK_TEST_HOME"), "styret.sakskart", NULL);
  if (!g_test_subprocess ())
    {
      example = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
      g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
      g_assert_true (g_file_set_contents (project_path, contents, -1, NULL));
    }
  g_test_add_func ("/recovery/kill-and-recover", test_kill_and_recover);
  g_test_add_func ("/recovery/sigterm-writes-draft", test_sigterm_writes_draft);
  g_test_add_func ("/recovery/sigterm-releases-lock", test_sigterm_releases_lock);
  g_test_add_func ("/recovery/kill-then-open-file", test_kill_then_open_file);
  g_test_add_func ("/recovery/draft-older-than-file", test_draft_older_than_file);
  g_test_add_func ("/recovery/draft-of-file-gone", test_draft_of_file_gone);
  g_test_add_func ("/recovery/same-number-other-run", test_same_number_other_run);
  return g_test_run ();
}
