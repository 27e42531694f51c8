/* test-document.c — a document's file without a window: load, edit
 * through the core, save; someone else's save; the draft; the lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include "sk-document.h"
#include "sk-document-share.h"
#include "sk-document-watch.h"
#include "sk-drafts.h"
#include "sk-fingerprint.h"
#include "sk-edit.h"
#include "sk-lock.h"
#include "sk-share-lock.h"

static char *example;

typedef struct
{
  GAsyncResult *result;
} Wait;

static void
done_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  Wait *w = user_data;

  w->result = g_object_ref (result);
}

static GAsyncResult *
wait_for (Wait *w)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (w->result == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (w->result);
  return w->result;
}

/* Spins the main loop until `path` exists (or not), for up to 10 s: the
 * lock and the draft are written a moment after they are due. */
static gboolean
wait_for_path (const char *path,
               gboolean    exists)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_file_test (path, G_FILE_TEST_EXISTS) != exists && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  return g_file_test (path, G_FILE_TEST_EXISTS) == exists;
}

/* A copy of the example in a folder of its own. */
static char *
copy_example (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-document-XXXXXX", NULL);
  g_autofree char *contents = NULL;
  char *path = g_build_filename (dir, "styret.sakskart", NULL);

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static SkDocument *
load (GFile               *file,
      SkDocumentLoadFlags  flags)
{
  Wait w = { NULL };
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  SkDocument *document;

  sk_document_load_async (file, flags, NULL, NULL, NULL, done_cb, &w);
  document = sk_document_load_finish (wait_for (&w), &problems, &error);
  g_object_unref (w.result);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static gboolean
save (SkDocument  *document,
      GFile       *file,
      gboolean     force,
      GError     **error)
{
  Wait w = { NULL };
  gboolean ok;

  sk_document_save_async (document, file, force, NULL, done_cb, &w);
  g_assert_true (sk_document_get_saving (document));
  ok = sk_document_save_finish (document, wait_for (&w), error);
  g_object_unref (w.result);
  g_assert_false (sk_document_get_saving (document));
  return ok;
}

static char *
draft_path (SkDocument *document)
{
  g_autofree char *dir = sk_drafts_dir ();
  g_autofree char *name = g_strconcat (sk_document_get_draft_id (document), ".sakskart", NULL);

  return g_build_filename (dir, name, NULL);
}

static char *
lock_path (GFile *file)
{
  g_autoptr(GFile) lock = sk_lock_file_for (file);

  return g_file_get_path (lock);
}

static void
set_title (SkDocument *document,
           const char *title)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_edit_set_project_title (sk_document_get_history (document),
                                            sk_document_get_project (document), title, &error));
  g_assert_no_error (error);
}

static char *
title_on_disk (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autofree char *contents = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  project = sk_project_new_from_data (contents, length, NULL, &error);
  g_assert_no_error (error);
  return g_strdup (sk_project_get_title (project));
}

/* Loaded, edited through the core, saved: the draft is there while the
 * edit is unsaved and goes with the save; the lock is there while the
 * document is open and goes when it is disposed. */
static void
test_load_edit_save (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = lock_path (file);
  g_autofree char *draft = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *title = NULL;
  g_autoptr(GError) error = NULL;
  SkDocument *document = load (file, SK_DOCUMENT_LOAD_NONE);
  gboolean notified = FALSE;

  g_assert_true (g_file_equal (sk_document_get_file (document), file));
  g_assert_nonnull (sk_document_get_etag (document));
  g_assert_false (sk_document_get_is_example (document));
  g_assert_false (sk_document_get_read_only (document));
  g_assert_false (sk_document_get_modified (document));
  g_assert_true (sk_document_get_locked (document));
  g_assert_true (wait_for_path (lock, TRUE));
  draft = draft_path (document);
  etag = g_strdup (sk_document_get_etag (document));

  set_title (document, "Styremøte i desember");
  g_assert_true (sk_document_get_modified (document));
  g_assert_true (wait_for_path (draft, TRUE));

  g_signal_connect_swapped (document, "notify::etag", G_CALLBACK (g_nullify_pointer), &notified);
  notified = TRUE;
  g_assert_true (save (document, file, FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (notified);  /* nulled: the etag was notified */
  g_assert_false (sk_document_get_modified (document));
  g_assert_cmpstr (sk_document_get_etag (document), !=, etag);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  title = title_on_disk (path);
  g_assert_cmpstr (title, ==, "Styremøte i desember");

  /* Undone after the save: modified again, and a draft again; redone,
   * back at the save, and the draft goes. */
  g_assert_true (sk_document_undo (document));
  g_assert_true (sk_document_get_modified (document));
  g_assert_true (wait_for_path (draft, TRUE));
  g_assert_true (sk_document_redo (document));
  g_assert_false (sk_document_get_modified (document));
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));

  g_object_unref (document);
  g_assert_true (wait_for_path (lock, FALSE));
}

/* Someone else saved after we loaded: our save is refused and their file
 * stays; forced, ours replaces it. */
static void
test_someone_else_saves (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkDocument) document = load (file, SK_DOCUMENT_LOAD_NONE);
  g_autoptr(GRegex) re = g_regex_new ("\"title\": \"[^\"]*\"", 0, 0, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  g_autofree char *title = NULL;
  gboolean changed = FALSE;

  g_signal_connect_swapped (document, "changed-on-disk", G_CALLBACK (g_nullify_pointer), &changed);
  changed = TRUE;
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  theirs = g_regex_replace_literal (re, contents, -1, 0, "\"title\": \"Kollegaen si utgåve\"", G_REGEX_MATCH_DEFAULT, NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  /* The watch sees it (a file monitor, or a poll every few seconds). */
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (changed && g_get_monotonic_time () < deadline)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (10000);
      }
    g_assert_false (changed);
  }

  set_title (document, "Mi utgåve");
  g_assert_false (save (document, file, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (sk_document_get_modified (document));

  g_assert_true (save (document, file, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (sk_document_get_modified (document));
  title = title_on_disk (path);
  g_assert_cmpstr (title, ==, "Mi utgåve");
}

static void
changed_cb (SkDocumentWatch *watch,
            gboolean         gone,
            gboolean        *changed)
{
  *changed = TRUE;
}

/* A watch begins when the main loop has nothing more urgent (after a
 * window's first frame); a colleague's save before it begins is still
 * announced. */
static void
test_watch_begins_late (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(SkDocumentWatch) watch = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *fingerprint = NULL;
  g_autofree char *theirs = NULL;
  gboolean changed = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  gsize length;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_assert_nonnull (info);
  fingerprint = sk_fingerprint_new (g_file_info_get_etag (info), contents, length);
  watch = sk_document_watch_new (file, fingerprint);
  g_signal_connect (watch, "changed", G_CALLBACK (changed_cb), &changed);
  theirs = g_strconcat (contents, "\n", NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  while (!changed && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_true (changed);
}

/* An edit made while the save is written is not in the file: the
 * document stays modified, and its draft stays. */
static void
test_edit_while_saving (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkDocument) document = load (file, SK_DOCUMENT_LOAD_NONE);
  g_autoptr(GError) error = NULL;
  g_autofree char *title = NULL;
  Wait w = { NULL };

  set_title (document, "Fyrst");
  sk_document_save_async (document, file, FALSE, NULL, done_cb, &w);
  set_title (document, "Så");
  g_assert_true (sk_document_save_finish (document, wait_for (&w), &error));
  g_object_unref (w.result);
  g_assert_no_error (error);
  g_assert_true (sk_document_get_modified (document));
  title = title_on_disk (path);
  g_assert_cmpstr (title, ==, "Fyrst");
}

/* Saved again before the first save is written (Save pressed twice on a
 * slow share, or "Save Changes?" answered while a save runs): the second
 * waits for the first and is checked against what the first wrote, not
 * refused as someone else's save; the file ends with the later edit. */
static void
test_save_while_saving (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkDocument) document = load (file, SK_DOCUMENT_LOAD_NONE);

  /* On a local disk the first save is often done before the second
   * starts: tried a few times, for the times it is not. */
  for (int round = 0; round < 10; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *first_title = g_strdup_printf ("Fyrst %d", round);
      g_autofree char *second_title = g_strdup_printf ("Så %d", round);
      g_autofree char *title = NULL;
      Wait first = { NULL };
      Wait second = { NULL };

      set_title (document, first_title);
      sk_document_save_async (document, file, FALSE, NULL, done_cb, &first);
      set_title (document, second_title);
      sk_document_save_async (document, file, FALSE, NULL, done_cb, &second);
      g_assert_true (sk_document_save_finish (document, wait_for (&first), &error));
      g_assert_no_error (error);
      g_assert_true (sk_document_save_finish (document, wait_for (&second), &error));
      g_assert_no_error (error);
      g_object_unref (first.result);
      g_object_unref (second.result);
      g_assert_false (sk_document_get_saving (document));
      g_assert_false (sk_document_get_modified (document));
      title = title_on_disk (path);
      g_assert_cmpstr (title, ==, second_title);
      /* What the document holds is the fingerprint of the last save */
      g_assert_true (sk_fingerprint_check (file, sk_document_get_etag (document), NULL, &error));
      g_assert_no_error (error);
    }
}

static void
draft_failed_cb (SkDocument *document,
                 const char *message,
                 char      **out)
{
  g_free (*out);
  *out = g_strdup (message);
}

/* The drafts cannot be written (the data folder is full, read-only, or
 * in the way): the document says so, once, with the reason and the
 * folder, and says it no more once a draft is written again.  It wrote a
 * warning no one saw, and a save that failed on an unreachable share
 * then told the user that the changes were kept on this computer. */
static void
test_draft_cannot_be_written (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkDocument) document = load (file, SK_DOCUMENT_LOAD_NONE);
  g_autofree char *drafts = sk_drafts_dir ();
  g_autofree char *aside = g_strconcat (drafts, "-aside", NULL);
  g_autofree char *message = NULL;
  g_autofree char *draft = draft_path (document);

  g_mkdir_with_parents (drafts, 0700);
  g_assert_cmpint (g_rename (drafts, aside), ==, 0);
  /* A file where the folder should be: no draft can be written there */
  g_assert_true (g_file_set_contents (drafts, "", 0, NULL));
  g_signal_connect (document, "draft-failed", G_CALLBACK (draft_failed_cb), &message);

  set_title (document, "Ikkje teke vare på");
  sk_document_flush_draft (document);
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (message, drafts));
  g_assert_true (sk_document_get_draft_failed (document));
  /* A save to a share that cannot be reached does not say they are kept */
  {
    g_autoptr(GError) gone = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_HOST_UNREACHABLE, "No route to host");
    g_autofree char *kept = sk_share_save_failed_text (file, gone, TRUE);
    g_autofree char *not_kept = sk_share_save_failed_text (file, gone, FALSE);

    g_assert_nonnull (strstr (kept, "they are kept on this computer"));
    g_assert_null (strstr (not_kept, "they are kept on this computer"));
    g_assert_nonnull (strstr (not_kept, "could not be kept on this computer"));
    g_assert_nonnull (strstr (not_kept, "styret.sakskart"));
  }
  /* Told once, not at every edit */
  g_clear_pointer (&message, g_free);
  set_title (document, "Framleis ikkje");
  sk_document_flush_draft (document);
  g_assert_null (message);
  g_assert_true (sk_document_get_draft_failed (document));

  /* Room again: written, and no longer failing */
  g_assert_cmpint (g_unlink (drafts), ==, 0);
  g_assert_cmpint (g_rename (aside, drafts), ==, 0);
  set_title (document, "No teke vare på");
  sk_document_flush_draft (document);
  g_assert_null (message);
  g_assert_false (sk_document_get_draft_failed (document));
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  sk_document_discard (document);
}

/* Read-only (someone else has it open): no lock of ours; saved
 * elsewhere, the copy is ours to edit and lock. */
static void
test_read_only (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *copy_path = g_strconcat (path, "-kopi.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autofree char *lock = lock_path (file);
  g_autofree char *copy_lock = lock_path (copy);
  g_autoptr(GError) error = NULL;
  SkDocument *document = load (file, SK_DOCUMENT_LOAD_READ_ONLY);

  g_assert_true (sk_document_get_read_only (document));
  g_assert_false (sk_document_get_locked (document));
  g_assert_true (save (document, copy, TRUE, &error));
  g_assert_no_error (error);
  g_assert_false (sk_document_get_read_only (document));
  g_assert_true (g_file_equal (sk_document_get_file (document), copy));
  g_assert_true (wait_for_path (copy_lock, TRUE));
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  sk_document_close (document);
  g_assert_true (wait_for_path (copy_lock, FALSE));
  g_object_unref (document);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

static gboolean
take_over (SkDocument  *document,
           GError     **error)
{
  Wait w = { NULL };
  gboolean ok;

  sk_document_take_over_async (document, NULL, done_cb, &w);
  ok = sk_document_take_over_finish (document, wait_for (&w), error);
  g_object_unref (w.result);
  return ok;
}

/* Read-only, then "Open for Editing": refused, naming who, while their
 * lock is there; taken over (editable, our lock) once it is gone. */
static void
test_take_over (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = lock_path (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *iso = g_date_time_format_iso8601 (now);
  g_autofree char *text = g_strdup_printf ("[Sakskart Lock]\nName=Kari Nordmann\nUser=kari\nHost=kari-laptop\n"
                                           "Pid=4242\nSince=%s\nRenewed=%s\n", iso, iso);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkLock) ours = NULL;
  SkDocument *document;
  guint notified = 0;

  g_assert_true (g_file_set_contents (lock, text, -1, NULL));
  document = load (file, SK_DOCUMENT_LOAD_READ_ONLY);
  g_signal_connect (document, "notify::read-only", G_CALLBACK (count_cb), &notified);

  g_assert_false (take_over (document, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_BUSY);
  g_assert_nonnull (strstr (error->message, "Kari Nordmann"));
  g_assert_nonnull (strstr (error->message, "kari-laptop"));
  g_clear_error (&error);
  g_assert_true (sk_document_get_read_only (document));
  g_assert_false (sk_document_get_locked (document));
  g_assert_cmpuint (notified, ==, 0);

  /* Kari closes it; a take-over given up takes nothing. */
  g_assert_cmpint (g_unlink (lock), ==, 0);
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    Wait w = { NULL };

    sk_document_take_over_async (document, cancellable, done_cb, &w);
    g_cancellable_cancel (cancellable);
    g_assert_false (sk_document_take_over_finish (document, wait_for (&w), &error));
    g_object_unref (w.result);
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
    g_clear_error (&error);
    g_assert_true (sk_document_get_read_only (document));
    g_assert_false (sk_document_get_locked (document));
  }
  g_assert_true (take_over (document, &error));
  g_assert_no_error (error);
  g_assert_false (sk_document_get_read_only (document));
  g_assert_true (sk_document_get_locked (document));
  g_assert_cmpuint (notified, ==, 1);
  /* Written in a thread: read it once it is whole. */
  for (int i = 0; i < 1000 && (ours == NULL || !sk_lock_is_ours (ours)); i++)
    {
      g_clear_pointer (&ours, sk_lock_free);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
      ours = sk_lock_read (file, NULL, NULL);
    }
  g_assert_nonnull (ours);
  g_assert_true (sk_lock_is_ours (ours));
  sk_document_close (document);
  g_assert_true (wait_for_path (lock, FALSE));
  g_object_unref (document);
}

/* A document of a sandbox (sk_document_new ()) keeps no draft: meeting
 * mode's what-if copy is not work to recover. */
static void
test_sandbox_keeps_no_draft (void)
{
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkDocument) document = NULL;
  g_autofree char *draft = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (example, &contents, &length, NULL));
  project = sk_project_new_from_data (contents, length, NULL, &error);
  g_assert_no_error (error);
  document = sk_document_new (project);
  draft = draft_path (document);
  set_title (document, "Kva om");
  g_assert_true (sk_document_get_modified (document));
  g_assert_false (wait_for_path (draft, TRUE));
  sk_document_flush_draft (document);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
}

/* A failed load gives the reason, and no document. */
static void
test_load_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/styret.sakskart");
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(SkDocument) document = NULL;
  Wait w = { NULL };

  sk_document_load_async (file, SK_DOCUMENT_LOAD_NONE, NULL, NULL, NULL, done_cb, &w);
  document = sk_document_load_finish (wait_for (&w), &problems, &error);
  g_object_unref (w.result);
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Waits for the read ahead of `file` (sk_document_prefetch ()). */
static void
wait_for_prefetch (GFile *file)
{
  Wait w = { NULL };
  g_autoptr(GError) error = NULL;

  sk_document_prefetch_wait_async (file, NULL, done_cb, &w);
  g_assert_true (sk_document_prefetch_wait_finish (wait_for (&w), &error));
  g_assert_no_error (error);
  g_object_unref (w.result);
  g_assert_false (sk_document_prefetch_pending (file));
}

/* The file read ahead in a thread is taken once, by the window that
 * opens that file, as a document that holds the lock, as loaded. */
static void
test_prefetch (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *lock = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) other = g_file_new_for_path ("/nonexistent/annan.sakskart");
  g_autoptr(SkDocument) document = NULL;
  g_autoptr(SkDocument) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = title_on_disk (path);

  sk_document_prefetch (file);
  /* Another file is not it. */
  g_assert_false (sk_document_prefetch_pending (other));
  g_assert_false (sk_document_take_prefetch (other, &document, &problems, &error));
  g_assert_null (document);
  wait_for_prefetch (file);
  g_assert_true (sk_document_take_prefetch (file, &document, &problems, &error));
  g_assert_no_error (error);
  g_assert_nonnull (document);
  g_assert_true (g_file_equal (sk_document_get_file (document), file));
  g_assert_nonnull (sk_document_get_etag (document));
  g_assert_false (sk_document_get_modified (document));
  g_assert_false (sk_document_get_read_only (document));
  g_assert_cmpstr (sk_project_get_title (sk_document_get_project (document)), ==, expected);
  g_assert_true (sk_document_get_locked (document));
  lock = lock_path (file);
  g_assert_true (wait_for_path (lock, TRUE));
  /* Taken once. */
  g_assert_false (sk_document_take_prefetch (file, &again, NULL, NULL));
  g_assert_null (again);
  g_clear_object (&document);
  g_assert_true (wait_for_path (lock, FALSE));
}

/* A file that cannot be read gives the reason, as a load does. */
static void
test_prefetch_missing (void)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/nonexistent/styret.sakskart");
  g_autoptr(SkDocument) document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  sk_document_prefetch (file);
  wait_for_prefetch (file);
  g_assert_true (sk_document_take_prefetch (file, &document, &problems, &error));
  g_assert_null (document);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
}

/* Someone else has it open: nothing to take, the window asks as
 * without; the read is let go of. */
static void
test_prefetch_someone_else (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = lock_path (file);
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *iso = g_date_time_format_iso8601 (now);
  g_autofree char *text = g_strdup_printf ("[Sakskart Lock]\nName=Kari Nordmann\nUser=kari\nHost=kontoret-2\n"
                                           "Pid=4242\nSince=%s\nRenewed=%s\n", iso, iso);
  g_autoptr(SkDocument) document = NULL;

  g_assert_true (g_file_set_contents (lock, text, -1, NULL));
  sk_document_prefetch (file);
  wait_for_prefetch (file);
  g_assert_false (sk_document_take_prefetch (file, &document, NULL, NULL));
  g_assert_null (document);
  /* Let go of: a new read can start. */
  g_assert_false (sk_document_take_prefetch (file, &document, NULL, NULL));
  g_unlink (lock);
  sk_document_prefetch (file);
  wait_for_prefetch (file);
  sk_document_drop_prefetch ();
  g_assert_false (sk_document_take_prefetch (file, &document, NULL, NULL));
  g_assert_null (document);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

/* The file moved away (a colleague put it elsewhere on the share) while
 * it was open and edited: a save does not make it again at its old name
 * unless told to, and the moved file is left as it was. */
static void
test_moved_while_open (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *moved = g_strconcat (path, "-flytta.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *title = NULL;
  SkDocument *document = load (file, SK_DOCUMENT_LOAD_NONE);

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  set_title (document, "Mi utgåve");
  g_assert_false (save (document, file, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (sk_document_get_modified (document));
  g_assert_true (g_file_get_contents (moved, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);

  /* Told to: made again where it was. */
  g_assert_true (save (document, file, TRUE, &error));
  g_assert_no_error (error);
  title = title_on_disk (path);
  g_assert_cmpstr (title, ==, "Mi utgåve");
  g_assert_false (sk_document_get_modified (document));
  sk_document_close (document);
  g_object_unref (document);
  g_unlink (moved);
}

/* Edited while a save was written, the draft kept meanwhile: after the
 * save, the draft says it is of the version saved, so that recovered it
 * is not taken for changes to a file someone else saved since. */
static void
test_draft_after_save_while_edited (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkDocument) document = load (file, SK_DOCUMENT_LOAD_NONE);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *dir = sk_drafts_dir ();
  g_autofree char *name = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *etag;
  Wait w = { NULL };

  set_title (document, "Fyrst");
  sk_document_save_async (document, file, FALSE, NULL, done_cb, &w);
  set_title (document, "Så");
  /* The draft of the edit is written while the save is under way. */
  sk_document_flush_draft (document);
  g_assert_true (sk_document_save_finish (document, wait_for (&w), &error));
  g_object_unref (w.result);
  g_assert_no_error (error);
  g_assert_true (sk_document_get_modified (document));

  sk_document_flush_draft (document);
  name = g_strconcat (sk_document_get_draft_id (document), ".json", NULL);
  meta = g_build_filename (dir, name, NULL);
  g_assert_true (json_parser_load_from_file (parser, meta, &error));
  g_assert_no_error (error);
  etag = json_object_get_string_member_with_default (json_node_get_object (json_parser_get_root (parser)),
                                                     "etag", NULL);
  g_assert_cmpstr (etag, ==, sk_document_get_etag (document));
  /* Its file is as the draft says. */
  g_assert_true (sk_fingerprint_check (file, etag, NULL, &error));
  g_assert_no_error (error);
  sk_document_discard (document);
}

static void
changed_on_disk_cb (SkDocument *document,
                    gboolean    gone,
                    gboolean   *flag)
{
  *flag = TRUE;
}

/* Opened through a symbolic link in another folder (a shortcut on the
 * desktop to the file on the share): the lock is beside the file itself,
 * where a colleague who opens it by its own name looks, and a
 * colleague's save of the file itself is announced. */
static void
test_through_link (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *link_dir = g_dir_make_tmp ("sakskart-document-link-XXXXXX", NULL);
  g_autofree char *link = g_build_filename (link_dir, "snarveg.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) through_link = g_file_new_for_path (link);
  g_autofree char *lock = lock_path (file);
  g_autofree char *link_lock = g_build_filename (link_dir, ".~lock.snarveg.sakskart#", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GRegex) re = g_regex_new ("\"title\": \"[^\"]*\"", 0, 0, NULL);
  g_autofree char *theirs = NULL;
  SkDocument *document;
  gboolean changed = FALSE;

  g_assert_cmpint (symlink (path, link), ==, 0);
  document = load (through_link, SK_DOCUMENT_LOAD_NONE);
  g_assert_true (wait_for_path (lock, TRUE));
  g_assert_false (g_file_test (link_lock, G_FILE_TEST_EXISTS));
  {
    g_autoptr(SkLock) found = sk_lock_read (file, NULL, NULL);

    g_assert_nonnull (found);
    g_assert_true (sk_lock_is_ours (found));
  }

  /* Past the idle that starts the watch. */
  for (int i = 0; i < 20; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_signal_connect (document, "changed-on-disk", G_CALLBACK (changed_on_disk_cb), &changed);
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  theirs = g_regex_replace_literal (re, contents, -1, 0, "\"title\": \"Kollegaen si utgåve\"", G_REGEX_MATCH_DEFAULT, NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (!changed && g_get_monotonic_time () < deadline)
      {
        g_main_context_iteration (NULL, FALSE);
        g_usleep (10000);
      }
    g_assert_true (changed);
  }

  sk_document_close (document);
  g_assert_true (wait_for_path (lock, FALSE));
  g_object_unref (document);
  g_unlink (link);
  g_rmdir (link_dir);
}

/* A colleague's lock, written as their Sakskart writes it, renewed at
 * `renewed` (unix seconds); its text. */
static char *
write_colleague_lock (const char *path,
                      gint64      renewed)
{
  g_autoptr(GDateTime) when = g_date_time_new_from_unix_utc (renewed);
  g_autofree char *iso = g_date_time_format_iso8601 (when);
  char *text = g_strdup_printf ("[Sakskart Lock]\nName=Kari Nordmann\nUser=kari\nHost=kontor-pc-7\n"
                                "Pid=4242\nSince=%s\nRenewed=%s\n", iso, iso);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return text;
}

/* A process that runs as long as the test needs it, by the name
 * `name`; its number. */
static GPid
spawn_sleeper (const char *name)
{
  const char *argv[] = { "/bin/sleep", name, "60", NULL };
  GPid pid = 0;

  g_assert_true (g_spawn_async (NULL, (char **) argv, NULL, G_SPAWN_FILE_AND_ARGV_ZERO | G_SPAWN_DO_NOT_REAP_CHILD |
                                G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, &pid, NULL));
  return pid;
}

static void
stop_sleeper (GPid pid)
{
  kill (pid, SIGKILL);
  waitpid (pid, NULL, 0);
}

/* A lock of this user on this machine: `pid`'s; its text. */
static char *
write_own_lock (const char *path,
                GPid        pid)
{
  g_autoptr(GDateTime) when = g_date_time_new_now_utc ();
  g_autofree char *iso = g_date_time_format_iso8601 (when);
  char *text = g_strdup_printf ("[Sakskart Lock]\nName=Meg\nUser=%s\nHost=%s\nPid=%d\nSince=%s\nRenewed=%s\n",
                                g_get_user_name (), g_get_host_name (), (int) pid, iso, iso);

  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  return text;
}

/* Another Sakskart of the same user on this machine that has the file
 * open (started without the session bus that makes one process of
 * them): its lock is put back when ours goes, as a colleague's is, where
 * it was deleted and the file left with no lock while it was open. */
static void
test_lock_own_other_process (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = lock_path (file);
  g_autoptr(GError) error = NULL;
  GPid other = spawn_sleeper ("sakskart");
  g_autofree char *theirs = write_own_lock (lock, other);
  g_autofree char *back = NULL;

  g_assert_true (sk_lock_take (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (sk_lock_release (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (lock, &back, NULL, NULL));
  g_assert_cmpstr (back, ==, theirs);

  /* The other has gone meanwhile (its own release left ours): its lock
   * is not put back, to be told to colleagues as open for hours */
  g_assert_true (sk_lock_take (file, NULL, &error));
  g_assert_no_error (error);
  stop_sleeper (other);
  g_assert_true (sk_lock_release (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

/* A lock left on this machine by a Sakskart that crashed, whose process
 * number another program has since: stale, as one whose number no one
 * has.  Taken for a live session, it was put back over ours (and on a
 * share told to colleagues as ours) for two hours. */
static void
test_lock_pid_reused (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = lock_path (file);
  g_autoptr(GError) error = NULL;
  GPid other = spawn_sleeper ("sleep");
  g_autofree char *left = write_own_lock (lock, other);
  g_autoptr(SkLock) read = sk_lock_read (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (read);
  g_assert_true (sk_lock_is_stale (read, g_get_real_time () / G_USEC_PER_SEC));
  g_assert_true (sk_lock_take (file, NULL, &error));
  g_assert_true (sk_lock_release (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
  stop_sleeper (other);
}

static int taken;

static gpointer
take_thread (gpointer data)
{
  g_autoptr(GError) error = NULL;

  g_assert_false (sk_lock_take (G_FILE (data), NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_atomic_int_set (&taken, 1);
  return NULL;
}

/* Opened anyway over a colleague's lock: ours replaces it while we have
 * the file, and theirs is back when we close it (they may still have it
 * open, and would say so again only at their next renewal); with no one
 * else's, ours goes; one gone stale meanwhile is not put back. */
static void
test_lock_put_back (void)
{
  g_autofree char *path = copy_example ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = lock_path (file);
  g_autoptr(GError) error = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  g_autofree char *theirs = write_colleague_lock (lock, now - 60);
  g_autofree char *stale = NULL;
  g_autofree char *back = NULL;

  g_assert_true (sk_lock_take (file, NULL, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SkLock) held = sk_lock_read (file, NULL, &error);

    g_assert_nonnull (held);
    g_assert_true (sk_lock_is_ours (held));
  }
  g_assert_true (sk_lock_release (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (lock, &back, NULL, NULL));
  g_assert_cmpstr (back, ==, theirs);

  /* Ours alone: gone when released */
  g_assert_cmpint (g_unlink (lock), ==, 0);
  g_assert_true (sk_lock_take (file, NULL, &error));
  g_assert_true (sk_lock_release (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));

  /* A lock that is no file (a FIFO, just made) is not written over,
   * which would wait on it for ever; ours goes with nothing to put back */
  g_assert_cmpint (mkfifo (lock, 0644), ==, 0);
  {
    GThread *taking = g_thread_new ("take", take_thread, file);
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (!g_atomic_int_get (&taken) && g_get_monotonic_time () < deadline)
      g_usleep (10000);
    g_assert_true (g_atomic_int_get (&taken));
    g_thread_join (taking);
  }
  g_assert_true (sk_lock_release (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (lock), ==, 0);

  /* A colleague's that had gone stale is not theirs to keep */
  stale = write_colleague_lock (lock, now - SK_LOCK_STALE_SECONDS - 60);
  g_assert_true (sk_lock_take (file, NULL, &error));
  g_assert_true (sk_lock_release (file, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (lock, G_FILE_TEST_EXISTS));
}

/* The lock's thread lets go of what it held (the file, the application's
 * hold) in the main thread, from its loop: not in the lock's thread
 * whenever the main context is free (a loop run by hand, between two
 * iterations). */
static void
test_lock_let_go_in_main_thread (void)
{
  g_autofree char *path = copy_example ();
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *lock = lock_path (file);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  sk_share_take_lock (file);
  g_assert_cmpint (g_atomic_int_get (&G_OBJECT (file)->ref_count), ==, 2);
  /* Taken meanwhile, the main context nobody's. */
  while (!g_file_test (lock, G_FILE_TEST_EXISTS) && g_get_monotonic_time () < deadline)
    g_usleep (10 * 1000);
  g_assert_true (g_file_test (lock, G_FILE_TEST_EXISTS));
  g_usleep (300 * 1000);
  g_assert_cmpint (g_atomic_int_get (&G_OBJECT (file)->ref_count), ==, 2);
  while (g_atomic_int_get (&G_OBJECT (file)->ref_count) > 1 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_atomic_int_get (&G_OBJECT (file)->ref_count), ==, 1);

  sk_share_release_lock (file);
  g_assert_true (wait_for_path (lock, FALSE));
  while (g_atomic_int_get (&G_OBJECT (file)->ref_count) > 1 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (g_atomic_int_get (&G_OBJECT (file)->ref_count), ==, 1);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = NULL;

  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_test_init (&argc, &argv, NULL);

  /* A folder of its own for the drafts. */
  home = g_dir_make_tmp ("sakskart-document-home-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  example = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);

  g_test_add_func ("/document/load-edit-save", test_load_edit_save);
  g_test_add_func ("/document/someone-else-saves", test_someone_else_saves);
  g_test_add_func ("/document/watch-begins-late", test_watch_begins_late);
  g_test_add_func ("/document/edit-while-saving", test_edit_while_saving);
  g_test_add_func ("/document/save-while-saving", test_save_while_saving);
  g_test_add_func ("/document/draft-cannot-be-written", test_draft_cannot_be_written);
  g_test_add_func ("/document/read-only", test_read_only);
  g_test_add_func ("/document/take-over", test_take_over);
  g_test_add_func ("/document/sandbox-keeps-no-draft", test_sandbox_keeps_no_draft);
  g_test_add_func ("/document/load-missing", test_load_missing);
  g_test_add_func ("/document/prefetch", test_prefetch);
  g_test_add_func ("/document/prefetch-missing", test_prefetch_missing);
  g_test_add_func ("/document/prefetch-someone-else", test_prefetch_someone_else);
  g_test_add_func ("/document/through-link", test_through_link);
  g_test_add_func ("/document/moved-while-open", test_moved_while_open);
  g_test_add_func ("/document/draft-after-save-while-edited", test_draft_after_save_while_edited);
  g_test_add_func ("/document/lock-put-back", test_lock_put_back);
  g_test_add_func ("/document/lock-own-other-process", test_lock_own_other_process);
  g_test_add_func ("/document/lock-pid-reused", test_lock_pid_reused);
  g_test_add_func ("/document/lock-let-go-in-main-thread", test_lock_let_go_in_main_thread);
  return g_test_run ();
}
