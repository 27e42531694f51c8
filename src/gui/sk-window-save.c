/* sk-window-save.c — a window's Save and Save As, and "Save Changes?":
 * the checks and questions around sk_document_save_async ()
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-document-share.h"
#include "sk-file-chooser.h"
#include "sk-read-only-bar.h"
#include "sk-window-private.h"

#define MIME_TYPE "application/x-sakskart+json"

/* The window's saves not yet done (a second one waits for the first):
 * the spinner turns until the last is. */
#define SAVES_UNDER_WAY "sk-saves-under-way"

static void
saves_under_way_add (SkWindow *self,
                     int       n)
{
  int count = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), SAVES_UNDER_WAY)) + n;

  g_object_set_data (G_OBJECT (self), SAVES_UNDER_WAY, GINT_TO_POINTER (MAX (count, 0)));
  if (n > 0)
    _sk_window_set_busy (self, TRUE);
  else if (count <= 0)
    _sk_window_set_busy (self, FALSE);
}

static void write_to (SkWindow *self, GFile *file, gboolean force,
                      SkWindowThenFunc then, gpointer data, GDestroyNotify destroy);
static void save_as (SkWindow *self, gboolean copy, SkWindowThenFunc then, gpointer data,
                     GDestroyNotify destroy);

typedef struct
{
  SkWindow         *self;
  GFile            *file;
  gboolean          force;   /* over what is there, asked already */
  SkWindowThenFunc  then;
  gpointer          data;
  GDestroyNotify    destroy;
} SaveData;

/* Frees what a save that did not go through still holds. */
static void
save_data_free (SaveData *sd)
{
  if (sd->destroy != NULL && sd->data != NULL)
    sd->destroy (sd->data);
  g_object_unref (sd->self);
  g_object_unref (sd->file);
  g_free (sd);
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SaveData         *sd)
{
  if (g_str_equal (response, "overwrite"))
    {
      _sk_window_save_to (sd->self, sd->file, TRUE, sd->then, sd->data, sd->destroy);
      sd->data = NULL;
    }
  else if (g_str_equal (response, "copy"))
    {
      /* Both kept: theirs stays, ours goes to a file of its own. */
      save_as (sd->self, TRUE, sd->then, sd->data, sd->destroy);
      sd->data = NULL;
    }
  save_data_free (sd);
}

static void
reload_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    SkWindow         *self)
{
  if (g_str_equal (response, "reload"))
    gtk_widget_activate_action (GTK_WIDGET (self), "win.reload", NULL);
}

static void
replace_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  SaveData *sd = user_data;
  SkWindow *self = sd->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (sd->file);

  gboolean close = GPOINTER_TO_INT (g_object_steal_data (G_OBJECT (self), SK_WINDOW_CLOSE_WHEN_SAVED));

  saves_under_way_add (self, -1);
  if (!sk_document_save_finish (SK_DOCUMENT (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG) && !_sk_window_get_modified (self))
        {
          /* Nothing of ours to keep: theirs is not to be replaced by the
           * older version we opened. */
          g_autofree char *body = g_strdup_printf (_("Someone else saved “%s” after you opened it, and you "
                                                     "have changed nothing since: their version is the newer "
                                                     "one."), name);
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"), body);

          adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                            "cancel", _("_Cancel"),
                                            "reload", _("_Reload"),
                                            NULL);
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload",
                                                      ADW_RESPONSE_SUGGESTED);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "reload");
          adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
          g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
          gtk_window_present (GTK_WINDOW (dialog));
          save_data_free (sd);
          return;
        }
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          GtkWidget *dialog;

          g_autofree char *theirs = g_strdup_printf (_("Someone else saved “%s” after you opened it. "
                                                       "Saving now replaces their version."), name);
          g_autofree char *body = g_strconcat (theirs, "\n\n", _("To keep both, save your version as a copy."),
                                               NULL);

          dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"), body);
          adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                            "cancel", _("_Cancel"),
                                            "copy", _("_Keep Both…"),
                                            "overwrite", _("_Replace"),
                                            NULL);
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                                      ADW_RESPONSE_DESTRUCTIVE);
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "copy",
                                                      ADW_RESPONSE_SUGGESTED);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
          adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
          g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), sd);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
      else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND) && !sd->force)
        {
          g_autofree char *body = g_strdup_printf (_("“%s” was moved or deleted after you opened it. "
                                                     "Saving it there makes it again: if someone moved "
                                                     "it, there are then two versions of it."), name);
          GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Was Moved or Deleted"),
                                                      body);

          adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                            "cancel", _("_Cancel"),
                                            "copy", _("Save _As…"),
                                            "overwrite", _("_Save There"),
                                            NULL);
          adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "copy");
          adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
          g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), sd);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
      else
        {
          SkDocument *document = SK_DOCUMENT (source);
          g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
          g_autofree char *text = NULL;

          /* The changes to the disk now, if they can be: the message
           * says whether they are kept. */
          sk_document_flush_draft (document);
          if (sk_share_unreachable (error))
            text = sk_share_save_failed_text (sd->file, error, !sk_document_get_draft_failed (document));

          /* The message names the file; the draft keeps the changes. */
          _sk_window_show_error (self, heading, text ? text : error->message, NULL);
        }
      save_data_free (sd);
      return;
    }

  /* Edited while it was being written: still unsaved. */
  _sk_window_saved (self, sd->file);
  if (sd->then)
    {
      sd->then (self, sd->data);
      sd->data = NULL;
    }
  /* Closed while it was written: now it goes (or asks, edited since),
   * unless what the save was for (closing, opening another) goes on. */
  else if (close)
    gtk_window_close (GTK_WINDOW (self));
  save_data_free (sd);
}

static void
write_to (SkWindow         *self,
          GFile            *file,
          gboolean          force,
          SkWindowThenFunc  then,
          gpointer          data,
          GDestroyNotify    destroy)
{
  SaveData *sd = g_new0 (SaveData, 1);

  sd->self = g_object_ref (self);
  sd->file = g_object_ref (file);
  sd->force = force;
  sd->then = then;
  sd->data = data;
  sd->destroy = destroy;
  saves_under_way_add (self, 1);
  /* Someone else's newer version is not replaced unless `force`. */
  sk_document_save_async (sk_window_get_document (self), file, force, NULL, replace_cb, sd);
}

typedef struct
{
  SkWindow         *self;
  GFile            *file;
  gboolean          force;
  SkWindowThenFunc  then;
  gpointer          data;
  GDestroyNotify    destroy;
} SaveCheck;

static void
save_anyway_cb (AdwMessageDialog *dialog,
                const char       *response,
                SaveCheck        *sc)
{
  if (g_str_equal (response, "save"))
    write_to (sc->self, sc->file, sc->force, sc->then, sc->data, sc->destroy);
  else if (sc->destroy != NULL && sc->data != NULL)
    sc->destroy (sc->data);
  g_object_unref (sc->self);
  g_object_unref (sc->file);
  g_free (sc);
}

/* Saving checks the project first: a file with a problem the reader
 * refuses (all but a cost model's figures) would not open again, which is
 * as good as lost. The edits keep the project valid; this is the net
 * under them. The user may still save, to mend the file by hand. */
void
_sk_window_save_to (SkWindow         *self,
                    GFile            *file,
                    gboolean          force,
                    SkWindowThenFunc  then,
                    gpointer          data,
                    GDestroyNotify    destroy)
{
  g_autoptr(GPtrArray) problems = sk_project_check (sk_window_get_project (self));
  const SkProblem *hard = NULL;
  g_autofree char *body = NULL;
  SaveCheck *sc;
  GtkWidget *dialog;

  for (guint i = 0; i < problems->len && hard == NULL; i++)
    if (!((SkProblem *) g_ptr_array_index (problems, i))->soft)
      hard = g_ptr_array_index (problems, i);
  if (hard == NULL)
    {
      write_to (self, file, force, then, data, destroy);
      return;
    }
  sc = g_new0 (SaveCheck, 1);
  sc->self = g_object_ref (self);
  sc->file = g_object_ref (file);
  sc->force = force;
  sc->then = then;
  sc->data = data;
  sc->destroy = destroy;
  /* Translators: the problem's JSON path and what is wrong, then why it matters */
  body = g_strdup_printf (_("%s: %s\n\nSakskart does not open a file with this problem. Save it anyway only to mend it by hand."),
                          hard->path, hard->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Would Not Open Again"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("Save _Anyway"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (save_anyway_cb), sc);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  SkWindow         *self;
  SkWindowThenFunc  then;
  gpointer          data;
  GDestroyNotify    destroy;
} SaveAsData;

static void
replace_named_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  SaveCheck        *sc)
{
  if (g_str_equal (response, "replace"))
    _sk_window_save_to (sc->self, sc->file, TRUE, sc->then, sc->data, sc->destroy);
  else if (sc->destroy != NULL && sc->data != NULL)
    sc->destroy (sc->data);
  g_object_unref (sc->self);
  g_object_unref (sc->file);
  g_free (sc);
}

/* The window of this application other than `self` that has `file` open,
 * or NULL. */
static SkWindow *
other_window_with (SkWindow *self,
                   GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  for (GList *l = app ? gtk_application_get_windows (app) : NULL; l; l = l->next)
    if (SK_IS_WINDOW (l->data) && l->data != self &&
        sk_document_has_file (sk_window_get_document (l->data), file))
      return l->data;
  return NULL;
}

/* The name chosen, with ".sakskart" added, is that of a file the chooser
 * did not ask about: asked here before it is replaced. */
static void
ask_replace_named (SkWindow         *self,
                   GFile            *file,
                   SkWindowThenFunc  then,
                   gpointer          data,
                   GDestroyNotify    destroy)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  g_autofree char *heading = g_strdup_printf (_("Replace “%s”?"), name);
  g_autofree char *body = g_strdup_printf (_("A file named “%s” already exists in %s. Replacing it "
                                             "overwrites its contents."), name, folder);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  SaveCheck *sc = g_new0 (SaveCheck, 1);

  sc->self = g_object_ref (self);
  sc->file = g_object_ref (file);
  sc->then = then;
  sc->data = data;
  sc->destroy = destroy;
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "replace", _("_Replace"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "replace", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (replace_named_cb), sc);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SaveAsData      *sa)
{
  SkWindow *self = sa->self;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (chosen);
      g_autoptr(GFile) file = NULL;
      gboolean named = FALSE;

      /* Give the file its extension, so that it opens with Sakskart. */
      if (path != NULL && !g_str_has_suffix (path, ".sakskart"))
        {
          g_autofree char *with = g_strconcat (path, ".sakskart", NULL);

          file = g_file_new_for_path (with);
          named = TRUE;
        }
      else
        file = g_object_ref (chosen);
      if (sk_document_has_file (sk_window_get_document (self), file))
        {
          SkDocument *document = sk_window_get_document (self);

          /* The file itself, chosen again: a save like Save's, which
           * does not replace someone else's newer version without asking,
           * and is refused while they have it open. */
          if (sk_document_get_read_only (document))
            {
              g_autofree char *name = g_file_get_basename (file);
              g_autofree char *text = g_strdup_printf (_("Someone else has “%s” open: save your copy under another name"),
                                                       name);

              _sk_window_toast (self, text);
              if (sa->destroy != NULL)
                sa->destroy (sa->data);
            }
          else
            _sk_window_save_to (self, sk_document_get_file (document), FALSE, sa->then, sa->data, sa->destroy);
        }
      else if (other_window_with (self, file) != NULL)
        {
          g_autofree char *name = g_file_get_basename (file);
          g_autofree char *text = g_strdup_printf (_("“%s” is open in another window: save under another "
                                                     "name, or close that window first"), name);

          /* Its edits there would be written over, and the file's
           * change told to it as someone else's. */
          _sk_window_toast (self, text);
          if (sa->destroy != NULL)
            sa->destroy (sa->data);
        }
      else if (named && g_file_query_exists (file, NULL))
        ask_replace_named (self, file, sa->then, sa->data, sa->destroy);
      else
        /* The chooser asked whether to replace a file there. */
        _sk_window_save_to (self, file, TRUE, sa->then, sa->data, sa->destroy);
    }
  else if (sa->destroy != NULL)
    sa->destroy (sa->data);
  _sk_window_set_chooser (self, NULL);
  g_object_unref (self);
  g_free (sa);
}

GtkFileFilter *
_sk_window_project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Sakskart Projects"));
  gtk_file_filter_add_mime_type (filter, MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "sakskart");
  return filter;
}

/* A new file's name, from the project's title as the user wrote it
 * ("Styremøte 3. november 2025.sakskart"), without what a file name
 * cannot hold; "project.sakskart" in the user's language without one. */
static char *
proposed_file_name (SkProject *project)
{
  const char *title = sk_project_get_title (project);
  GString *name = g_string_new (NULL);

  for (const char *p = title ? title : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || c < 0x20)
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));
  /* Not hidden, and not too long for the file system. */
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
  if (name->len > 200)
    {
      const char *end = g_utf8_find_prev_char (name->str, name->str + 200);

      g_string_truncate (name, end ? (gsize) (end - name->str) : 0);
    }
  if (name->len == 0)
    {
      g_string_free (name, TRUE);
      return g_strdup (_("project.sakskart"));
    }
  g_string_append (name, ".sakskart");
  return g_string_free (name, FALSE);
}

/* "styret (copy).sakskart", beside the window's file `own`: the chooser
 * starts in its folder (sk_file_chooser_new ()).  The folder is not given
 * again: a second folder given before the chooser shows cancels the
 * listing of the first, which GTK then shows as an error over the
 * chooser. */
static void
propose_copy (GtkFileChooser *chooser,
              GFile          *own)
{
  g_autofree char *base = g_file_get_basename (own);
  g_autofree char *stem = g_str_has_suffix (base, ".sakskart")
                          ? g_strndup (base, strlen (base) - strlen (".sakskart")) : g_strdup (base);
  /* Translators: the name of a copy of a project's file, without ".sakskart" */
  g_autofree char *copy = g_strdup_printf (_("%s (copy)"), stem);
  g_autofree char *name = g_strconcat (copy, ".sakskart", NULL);

  gtk_file_chooser_set_current_name (chooser, name);
}

void
_sk_window_save_as (SkWindow         *self,
                    SkWindowThenFunc  then,
                    gpointer          data,
                    GDestroyNotify    destroy)
{
  save_as (self, FALSE, then, data, destroy);
}

/* Save As; `copy`: of a version that is not to replace the file (someone
 * else saved it), under a name of its own beside it. */
static void
save_as (SkWindow         *self,
         gboolean          copy,
         SkWindowThenFunc  then,
         gpointer          data,
         GDestroyNotify    destroy)
{
  g_autoptr(GtkFileFilter) filter = _sk_window_project_filter ();
  SaveAsData *sa = g_new0 (SaveAsData, 1);
  GtkFileChooserNative *chooser;

  sa->self = g_object_ref (self);
  sa->then = then;
  sa->data = data;
  sa->destroy = destroy;
  chooser = sk_file_chooser_new (GTK_WINDOW (self), _("Save Project"),
                                 GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  _sk_window_set_chooser (self, chooser);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  /* Read-only, the file itself is not ours to save over: a copy. */
  if (sk_window_get_file (self) != NULL &&
      (copy || sk_document_get_read_only (sk_window_get_document (self))))
    propose_copy (GTK_FILE_CHOOSER (chooser), sk_window_get_file (self));
  else if (sk_window_get_file (self) != NULL)
    {
      /* Its name, in its folder, where the chooser starts: a file given
       * (gtk_file_chooser_set_file ()) gives the folder a second time,
       * and GTK then shows an error and the folder above it, where a
       * click on Save put the copy. */
      g_autofree char *name = g_file_get_basename (sk_window_get_file (self));

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  else
    {
      g_autofree char *name = proposed_file_name (sk_window_get_project (self));

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (save_as_response_cb), sa);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
read_only_cb (SkWindow *self)
{
  SkDocument *document = sk_window_get_document (self);
  gboolean read_only = sk_document_get_read_only (document);
  SkReadOnlyBar *bar = g_object_get_data (G_OBJECT (self), "sk-read-only-bar");

  /* Save As is not: a copy elsewhere is ours to edit. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", !read_only);
  if (read_only && bar == NULL)
    {
      /* Under the header bar, the first of the window's main box. */
      GtkWidget *overlay = adw_application_window_get_content (ADW_APPLICATION_WINDOW (self));
      GtkWidget *box = adw_toast_overlay_get_child (ADW_TOAST_OVERLAY (overlay));

      bar = SK_READ_ONLY_BAR (sk_read_only_bar_new ());
      gtk_box_insert_child_after (GTK_BOX (box), GTK_WIDGET (bar), gtk_widget_get_first_child (box));
      g_object_set_data (G_OBJECT (self), "sk-read-only-bar", bar);
    }
  if (bar != NULL)
    sk_read_only_bar_set_document (bar, document);
}

/* The unsaved changes cannot be kept on disk (a full or read-only data
 * folder): said at once, as a crash or a failed save would lose them. */
static void
draft_failed_cb (SkWindow   *self,
                 const char *message)
{
  g_autofree char *name = _sk_window_display_name (self);
  g_autofree char *folder = sk_drafts_dir ();
  g_autofree char *body = NULL;

  /* Translators: the folder, why (the system's words, which name a file
   * there), the project's file name */
  body = g_strdup_printf (_("Sakskart keeps unsaved changes in %s, so that they are not lost if it stops, "
                            "but it cannot do so now: %s\n\nSave “%s” to keep your changes, or make room "
                            "on the disk."),
                          folder, message, name);
  _sk_window_show_error (self, _("Unsaved Changes Are Not Kept"), body, NULL);
}

void
_sk_window_document_shown (SkWindow   *self,
                           SkDocument *document)
{
  g_signal_connect_swapped (document, "notify::read-only", G_CALLBACK (read_only_cb), self);
  g_signal_connect_swapped (document, "draft-failed", G_CALLBACK (draft_failed_cb), self);
  read_only_cb (self);
}

void
_sk_window_save_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);

  if (sk_document_get_read_only (sk_window_get_document (self)))
    _sk_window_toast (self, _("Opened read-only: save a copy with Save As"));
  else if (sk_window_get_file (self) != NULL && !sk_document_get_is_example (sk_window_get_document (self)))
    _sk_window_save_to (self, sk_window_get_file (self), FALSE, NULL, NULL, NULL);
  else
    _sk_window_save_as (self, NULL, NULL, NULL);
}

void
_sk_window_save_as_action (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  _sk_window_save_as (SK_WINDOW (widget), NULL, NULL, NULL);
}

/* Unsaved changes: ask, then run `then` unless the user cancels. */
typedef struct
{
  SkWindow         *self;
  SkWindowThenFunc  then;
  gpointer          data;
  GDestroyNotify    destroy;
} Pending;

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Pending          *p)
{
  if (g_str_equal (response, "discard"))
    p->then (p->self, p->data);
  else if (g_str_equal (response, "save"))
    {
      SkDocument *document = sk_window_get_document (p->self);

      if (sk_document_get_file (document) != NULL && !sk_document_get_is_example (document) &&
          !sk_document_get_read_only (document))
        _sk_window_save_to (p->self, sk_document_get_file (document), FALSE, p->then, p->data, p->destroy);
      else
        _sk_window_save_as (p->self, p->then, p->data, p->destroy);
    }
  else if (p->destroy != NULL)
    p->destroy (p->data);
  g_free (p);
}

/* `then` takes over `data`; when the user cancels, `destroy` frees it. */
void
_sk_window_confirm_discard (SkWindow         *self,
                            SkWindowThenFunc  then,
                            gpointer          data,
                            GDestroyNotify    destroy)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  Pending *p;

  if (!_sk_window_get_modified (self))
    {
      then (self, data);
      return;
    }

  name = _sk_window_display_name (self);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes which are not saved will be lost."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  p = g_new0 (Pending, 1);
  p->self = self;
  p->then = then;
  p->data = data;
  p->destroy = destroy;
  g_signal_connect (dialog, "response", G_CALLBACK (discard_response_cb), p);
  gtk_window_present (GTK_WINDOW (dialog));
}
