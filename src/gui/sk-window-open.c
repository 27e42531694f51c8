/* sk-window-open.c — what a window shows: a file opened (after asking
 * whether someone else has it open), the example, a new project, a
 * recovered draft; the actions that open them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-app-settings.h"
#include "sk-dialog-util.h"
#include "sk-document-share.h"
#include "sk-file-chooser.h"
#include "sk-recent-menu.h"
#include "sk-window-private.h"

#define EXAMPLE_RESOURCE "/io/github/sakskart/Sakskart/example.sakskart"

typedef struct
{
  SkWindow     *self;
  GFile        *file;
  GCancellable *cancellable;
  gboolean      example_on_failure;
  GError       *error;      /* a read ahead that failed, said once the window is up */
  GPtrArray    *problems;
} OpenData;

static void
open_data_free (OpenData *od)
{
  g_object_unref (od->file);
  g_clear_object (&od->cancellable);
  g_clear_error (&od->error);
  g_clear_pointer (&od->problems, g_ptr_array_unref);
  g_object_unref (od->self);
  g_free (od);
}

typedef struct
{
  SkWindow *window;
  SkDraft  *draft;
} LastDraft;

static void
last_draft_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        LastDraft        *ld)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "draft") && !sk_window_recover (ld->window, ld->draft, &error))
    sk_dialog_tell (GTK_WIDGET (ld->window), _("Could Not Recover the Changes"), error->message);
  sk_draft_free (ld->draft);
  g_object_unref (ld->window);
  g_free (ld);
}

/* An open of `file` failed because its folder cannot be reached: says so
 * over `window`, and offers the last draft of the file that a window
 * which is gone kept (sk_window_recover ()). */
static void
offer_last_draft (SkWindow     *window,
                  GFile        *file,
                  const char   *heading,
                  const GError *error)
{
  g_autofree char *body = NULL;
  SkDraft *draft;
  GtkWidget *dialog;
  LastDraft *ld;

  g_return_if_fail (SK_IS_WINDOW (window));
  g_return_if_fail (G_IS_FILE (file));

  draft = sk_share_last_draft (file);
  body = sk_share_open_failed_text (file, error, draft);
  dialog = adw_message_dialog_new (GTK_WINDOW (window), heading, body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (draft != NULL)
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "draft",
                                       _("Open the _Last Draft"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "draft",
                                                  ADW_RESPONSE_SUGGESTED);
      adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "draft");
    }
  ld = g_new0 (LastDraft, 1);
  ld->window = g_object_ref (window);
  ld->draft = draft;
  g_signal_connect (dialog, "response", G_CALLBACK (last_draft_response_cb), ld);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A load is done: `document` shown, or the failure said. */
static void
loaded (OpenData   *od,
        SkDocument *document,
        GPtrArray  *problems,
        GError     *error)
{
  SkWindow *self = od->self;

  _sk_window_set_busy (self, FALSE);
  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (od->file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      /* The current document stays as it was, and its changes with it
       * (a reload gave them up for a file it could not read). */
      _sk_window_set_discarded (self, FALSE);
      _sk_window_emit_loaded (self, error->message);
      if (sk_share_unreachable (error))
        offer_last_draft (self, od->file, heading, error);
      else if (od->example_on_failure)
        {
          sk_window_open_example (self);
          _sk_window_toast (self, heading);
        }
      else
        _sk_window_show_error (self, heading, error->message, problems);
      return;
    }

  _sk_window_set_document (self, document);
  sk_recent_menu_remember (GTK_WINDOW (self), od->file);
  /* Someone else has it open, ours to read, not to save over: the
   * window's bar says so (sk-read-only-bar.c). */
  if (problems != NULL && problems->len > 0)
    {
      const SkProblem *first = g_ptr_array_index (problems, 0);

      /* Only figures a cost model cannot use yet: the view shows them. */
      _sk_window_toast (self, first->message);
    }
  _sk_window_emit_loaded (self, NULL);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  OpenData *od = user_data;
  SkDocument *document;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  document = sk_document_load_finish (result, &problems, &error);
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    loaded (od, document, problems, error);
  open_data_free (od);
}

static gboolean
prefetch_failed_cb (gpointer data)
{
  OpenData *od = data;

  if (!g_cancellable_is_cancelled (od->cancellable))
    loaded (od, NULL, od->problems, od->error);
  open_data_free (od);
  return G_SOURCE_REMOVE;
}

/* The file as read while the application started (sk_document_prefetch
 * ()), if it was: FALSE when it is to be opened as without. */
static gboolean
take_prefetch (OpenData *od)
{
  SkDocument *document = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  if (!sk_document_take_prefetch (od->file, &document, &problems, &error))
    return FALSE;
  if (document == NULL)
    {
      /* Said over the window once it is up (its dialog is the window's),
       * as a load that fails is. */
      od->error = g_steal_pointer (&error);
      od->problems = g_steal_pointer (&problems);
      _sk_window_set_busy (od->self, TRUE);
      g_idle_add (prefetch_failed_cb, od);
      return TRUE;
    }
  loaded (od, document, problems, NULL);
  open_data_free (od);
  return TRUE;
}

static void
share_answer_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  OpenData *od = user_data;
  SkWindow *self = od->self;
  SkShareOpen answer = sk_share_ask_finish (result);

  if (answer == SK_SHARE_CANCELLED)
    {
      _sk_window_set_busy (self, FALSE);
      open_data_free (od);
      return;
    }
  sk_document_load_async (od->file,
                          answer == SK_SHARE_OPEN_READ_ONLY ? SK_DOCUMENT_LOAD_READ_ONLY : SK_DOCUMENT_LOAD_NONE,
                          od->cancellable, _sk_window_load_progress, G_OBJECT (self), load_cb, od);
}

static void
prefetch_done_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  OpenData *od = user_data;

  if (!sk_document_prefetch_wait_finish (result, NULL))
    {
      /* Another load took the window's place. */
      sk_document_drop_prefetch ();
      open_data_free (od);
      return;
    }
  if (take_prefetch (od))
    return;
  /* Someone else has it open: asked as without. */
  sk_share_ask_async (GTK_WINDOW (od->self), od->file, od->cancellable, share_answer_cb, od);
}

static void
open_file_now (SkWindow *self,
               gpointer  data)
{
  OpenData *od = data;

  od->cancellable = g_object_ref (_sk_window_restart_load (self, TRUE));
  /* Read while the application started: shown at once, before the
   * window's first frame. */
  if (take_prefetch (od))
    return;
  _sk_window_set_busy (self, TRUE);
  if (sk_document_prefetch_pending (od->file))
    sk_document_prefetch_wait_async (od->file, od->cancellable, prefetch_done_cb, od);
  else
    /* Whether someone else has it open (a lock beside it) is asked first. */
    sk_share_ask_async (GTK_WINDOW (self), od->file, od->cancellable, share_answer_cb, od);
}

SkWindow *
sk_window_showing_file (GtkApplication *app,
                        GFile          *file)
{
  g_return_val_if_fail (GTK_IS_APPLICATION (app), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* By another name too (a link, a hard link) */
  for (GList *l = gtk_application_get_windows (app); l; l = l->next)
    if (SK_IS_WINDOW (l->data) && sk_document_has_file (sk_window_get_document (l->data), file))
      return l->data;
  return NULL;
}

void
sk_window_open_file (SkWindow *self,
                     GFile    *file,
                     gboolean  example_on_failure)
{
  GtkApplication *app;
  SkWindow *shown;
  OpenData *od;

  g_return_if_fail (SK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  /* Open in another window already: that window, not a second document
   * of the file whose saves would meet. */
  app = gtk_window_get_application (GTK_WINDOW (self));
  if (app != NULL && (shown = sk_window_showing_file (app, file)) != NULL && shown != self)
    {
      gtk_window_present (GTK_WINDOW (shown));
      return;
    }

  od = g_new0 (OpenData, 1);
  od->self = g_object_ref (self);
  od->file = g_object_ref (file);
  od->example_on_failure = example_on_failure;
  /* Open replaces this window's project, after asking about changes. */
  _sk_window_confirm_discard (self, open_file_now, od, (GDestroyNotify) open_data_free);
}

/* The example, parsed from the resource (it needs nothing of GTK). */
static SkProject *
parse_example (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (EXAMPLE_RESOURCE, 0, error);
  gsize size;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &size);
  return sk_project_new_from_data (text, size, NULL, error);
}

static gpointer
parse_example_thread (gpointer data)
{
  return parse_example (NULL);
}

static GThread *example_thread;

/* Starts parsing the example in a thread, for a start-up that will show
 * it: it is ready by the time GTK has started and the window is built,
 * instead of being parsed between the two (~3 ms in the start-up
 * benchmark). The first window to open the example takes it. */
void
sk_window_prefetch_example (void)
{
  if (example_thread == NULL)
    example_thread = g_thread_new ("sk-example", parse_example_thread, NULL);
}

/* For a start-up that opened files instead. */
void
sk_window_discard_example_prefetch (void)
{
  SkProject *project;

  if (example_thread == NULL)
    return;
  project = g_thread_join (g_steal_pointer (&example_thread));
  g_clear_object (&project);
}

static void
open_example_now (SkWindow *self,
                  gpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;

  if (example_thread != NULL)
    project = g_thread_join (g_steal_pointer (&example_thread));
  /* Parsed here when there was no prefetch, and again if it failed, for
   * the message. */
  if (project == NULL)
    project = parse_example (&error);
  if (project == NULL)
    {
      /* The tests make sure this cannot happen; say so if it does. */
      _sk_window_show_error (self, _("Could Not Open the Example"), error->message, NULL);
      return;
    }
  _sk_window_set_document (self, sk_document_new_for_file (project, NULL, NULL, TRUE));
  _sk_window_emit_loaded (self, NULL);
}

void
sk_window_open_example (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  _sk_window_confirm_discard (self, open_example_now, NULL, NULL);
}

static void
new_project_now (SkWindow *self,
                 gpointer  data)
{
  g_autoptr(SkProject) project = sk_project_new ();

  sk_project_set_title (project, _("Untitled Project"));
  _sk_window_set_document (self, sk_document_new_for_file (project, NULL, NULL, FALSE));
}

void
sk_window_new_project (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  _sk_window_confirm_discard (self, new_project_now, NULL, NULL);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  SkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      sk_window_open_file (self, file, FALSE);
    }
  _sk_window_set_chooser (self, NULL);
}

void
_sk_window_open_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = _sk_window_project_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  chooser = sk_file_chooser_new (GTK_WINDOW (self), _("Open Project"),
                                 GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  _sk_window_set_chooser (self, chooser);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_sk_window_open_uri_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  sk_window_open_file (SK_WINDOW (widget), file, FALSE);
}

void
_sk_window_open_example_action (GtkWidget  *widget,
                                const char *action_name,
                                GVariant   *param)
{
  sk_window_open_example (SK_WINDOW (widget));
}

void
_sk_window_new_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  sk_window_new_project (SK_WINDOW (widget));
}

static void
reload_now (SkWindow *self,
            gpointer  data)
{
  g_autoptr(GFile) file = sk_window_get_file (self) ? g_object_ref (sk_window_get_file (self)) : NULL;

  if (file == NULL)
    return;
  _sk_window_set_discarded (self, TRUE);
  sk_window_open_file (self, file, FALSE);
}

void
_sk_window_reload_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  _sk_window_confirm_discard (SK_WINDOW (widget), reload_now, NULL, NULL);
}

gboolean
_sk_window_drop_cb (GtkDropTarget *target,
                    const GValue  *value,
                    double         x,
                    double         y,
                    SkWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  sk_window_open_file (self, files->data, FALSE);
  g_slist_free (files);
  return TRUE;
}

SkWindow *
_sk_window_showing_draft (SkWindow   *self,
                          const char *id)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (app == NULL || id == NULL)
    return NULL;
  for (GList *l = gtk_application_get_windows (app); l; l = l->next)
    if (SK_IS_WINDOW (l->data) &&
        g_strcmp0 (sk_document_get_draft_id (sk_window_get_document (l->data)), id) == 0)
      return l->data;
  return NULL;
}

/* Opens a draft left by a window that is gone, as unsaved changes to the
 * file it belonged to; the draft goes on being kept until saved.  A draft
 * a window shows already (offered twice: at start-up, and as the last
 * draft of a file on a share that cannot be reached) is not opened again. */
gboolean
sk_window_recover (SkWindow       *self,
                   const SkDraft  *draft,
                   GError        **error)
{
  SkDocument *document;
  SkWindow *shown;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  if ((shown = _sk_window_showing_draft (self, draft->id)) != NULL)
    {
      gtk_window_present (GTK_WINDOW (shown));
      return TRUE;
    }

  document = sk_document_new_from_draft (draft, error);
  if (document == NULL)
    return FALSE;
  /* The file on disk, still loading, is not put over the draft. */
  _sk_window_restart_load (self, FALSE);
  _sk_window_set_busy (self, FALSE);
  _sk_window_set_document (self, document);
  _sk_window_emit_loaded (self, NULL);
  return TRUE;
}

/* A new window */

static const SkWindowPartAction part_actions[] = {
  { "win.new", _sk_window_new_action },
  { "win.open", _sk_window_open_action },
  { "win.open-uri", _sk_window_open_uri_action },
  { "win.open-example", _sk_window_open_example_action },
  { "win.reload", _sk_window_reload_action },
  { "win.save", _sk_window_save_action },
  { "win.save-as", _sk_window_save_as_action },
  { NULL, NULL }
};

static const SkWindowParts parts = {
  part_actions,
  _sk_window_drop_cb,
  _sk_window_confirm_discard,
  _sk_window_document_shown,
};

SkWindow *
sk_window_new (SkApplication *application)
{
  SkWindow *self;
  GSettings *settings;
  int width = 0, height = 0;

  /* What the window's actions, drops and closing do (SkWindowParts) */
  _sk_window_parts = &parts;
  self = g_object_new (SK_TYPE_WINDOW, "application", application, NULL);
  settings = sk_app_settings (G_APPLICATION (application));
  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  return self;
}
