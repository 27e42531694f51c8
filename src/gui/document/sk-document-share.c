/* sk-document-share.c — a project on a share: who has it open, a share
 * that cannot be reached
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-document-share"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-document-share.h"
#include "sk-file.h"
#include "sk-format.h"
#include "sk-lock.h"

static void
read_lock_thread (GTask        *task,
                  gpointer      source,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  SkLock *lock = sk_lock_read (G_FILE (source), cancellable, NULL);

  g_task_return_pointer (task, lock, (GDestroyNotify) sk_lock_free);
}

static void
ask_response_cb (AdwMessageDialog *dialog,
                 const char       *response,
                 GTask            *task)
{
  if (g_str_equal (response, "read-only"))
    g_task_return_int (task, SK_SHARE_OPEN_READ_ONLY);
  else if (g_str_equal (response, "anyway"))
    g_task_return_int (task, SK_SHARE_OPEN);
  else
    g_task_return_int (task, SK_SHARE_CANCELLED);
  g_object_unref (task);
}

static void
lock_read_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  GTask *task = user_data;
  GtkWindow *parent = g_task_get_task_data (task);
  g_autoptr(SkLock) lock = g_task_propagate_pointer (G_TASK (result), NULL);
  g_autofree char *name = NULL;
  g_autofree char *since = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  gint64 quiet;

  if (!sk_lock_in_the_way (lock) || g_task_return_error_if_cancelled (task))
    {
      if (!g_task_had_error (task))
        g_task_return_int (task, SK_SHARE_OPEN);
      g_object_unref (task);
      return;
    }
  name = g_file_get_basename (G_FILE (source));
  since = sk_format_unix_time (lock->since);
  /* Translators: who (a name), the file, which machine, since when
   * ("6. desember 2026, kl. 09.15") */
  body = g_strdup_printf (_("%s has “%s” open on %s since %s.\n\nOpen it read-only to read it "
                            "without saving over their work, or open it anyway to edit it "
                            "too: a save then does not replace their changes without asking."),
                          lock->name ? lock->name : (lock->user ? lock->user : _("Someone")),
                          name, lock->host ? lock->host : _("another computer"), since);
  /* A session that is gone leaves its lock until it goes stale: one not
   * renewed for a while (an open window renews it every ten minutes) is
   * told, for the choice between waiting and opening anyway. */
  quiet = g_get_real_time () / G_USEC_PER_SEC - lock->renewed;
  if (quiet > 2 * SK_LOCK_RENEW_SECONDS)
    {
      int minutes = (int) (quiet / 60);
      g_autofree char *more = g_strdup_printf (ngettext ("Their Sakskart has not said it still has it open "
                                                         "for %d minute: their computer may have crashed or "
                                                         "left the network.",
                                                         "Their Sakskart has not said it still has it open "
                                                         "for %d minutes: their computer may have crashed or "
                                                         "left the network.", minutes),
                                               minutes);
      char *with = g_strconcat (body, "\n\n", more, NULL);

      g_free (body);
      body = with;
    }
  dialog = adw_message_dialog_new (parent, _("Someone Else Has This Project Open"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "anyway", _("Open _Anyway"),
                                    "read-only", _("Open _Read-Only"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "read-only",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "read-only");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (ask_response_cb), task);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_share_ask_async (GtkWindow           *parent,
                    GFile               *file,
                    GCancellable        *cancellable,
                    GAsyncReadyCallback  callback,
                    gpointer             user_data)
{
  GTask *task;
  g_autoptr(GTask) read = NULL;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (file, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_share_ask_async);
  g_task_set_task_data (task, g_object_ref (parent), g_object_unref);
  read = g_task_new (file, cancellable, lock_read_cb, task);
  g_task_run_in_thread (read, read_lock_thread);
}

SkShareOpen
sk_share_ask_finish (GAsyncResult *result)
{
  g_autoptr(GError) error = NULL;
  gssize answer;

  g_return_val_if_fail (G_IS_TASK (result), SK_SHARE_CANCELLED);

  answer = g_task_propagate_int (G_TASK (result), &error);
  return error != NULL ? SK_SHARE_CANCELLED : (SkShareOpen) answer;
}

gboolean
sk_share_unreachable (const GError *error)
{
  return sk_file_error_unreachable (error);
}

/* The reason alone, without the location GIO puts before it
 * ("smb://server/share/x.sakskart: Connection refused"): the message
 * names the folder already. */
static const char *
reason_of (const GError *error)
{
  const char *scheme = strstr (error->message, "://");
  const char *colon = strstr (error->message, ": ");

  if (scheme != NULL && colon != NULL && scheme < colon && colon[2] != '\0')
    return colon + 2;
  return error->message;
}

char *
sk_share_save_failed_text (GFile        *file,
                           const GError *error,
                           gboolean      kept)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *where = parent ? g_file_get_parse_name (parent) : g_strdup ("");

  if (!kept)
    /* Translators: the file, the folder on the share, the reason as the
     * system gives it (often in English, at the end for that reason) */
    return g_strdup_printf (_("The shared folder %2$s, where “%1$s” is kept, cannot be reached."
                              "\n\nYour changes could not be kept on this computer either: keep "
                              "this window open, and save a copy elsewhere with Save As.\n\n"
                              "The system said: %3$s"),
                            name, where, reason_of (error));
  /* Translators: the file, the folder on the share, the reason as the
   * system gives it (often in English, at the end for that reason) */
  return g_strdup_printf (_("The shared folder %2$s, where “%1$s” is kept, cannot be reached."
                            "\n\nYour changes are not lost: they are kept on this computer. "
                            "Save again when the folder can be reached, or save a copy elsewhere "
                            "with Save As.\n\nThe system said: %3$s"),
                          name, where, reason_of (error));
}

char *
sk_share_open_failed_text (GFile         *file,
                           const GError  *error,
                           const SkDraft *draft)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *where = parent ? g_file_get_parse_name (parent) : g_strdup ("");
  GString *text = g_string_new (NULL);

  /* Translators: the folder on the share */
  g_string_append_printf (text, _("The shared folder %s cannot be reached. Check the network "
                                  "connection, or open the project again when the folder can be "
                                  "reached."),
                          where);
  if (draft != NULL)
    {
      g_autofree char *when = sk_format_unix_time (draft->time);

      g_string_append (text, "\n\n");
      /* Translators: when the changes were last kept ("6. desember 2026, kl. 09.15") */
      g_string_append_printf (text, _("Your unsaved changes to it from %s are kept on this computer. "
                                      "Open them to go on working, and save them when the folder can be "
                                      "reached."),
                              when);
    }
  g_string_append (text, "\n\n");
  /* Translators: the reason as the system gives it (often in English) */
  g_string_append_printf (text, _("The system said: %s"), reason_of (error));
  return g_string_free (text, FALSE);
}

SkDraft *
sk_share_last_draft (GFile *file)
{
  g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();
  gint64 newest = G_MININT64;
  guint last = G_MAXUINT;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  for (guint i = 0; i < drafts->len; i++)
    {
      SkDraft *draft = g_ptr_array_index (drafts, i);
      g_autoptr(GFile) of = draft->uri ? g_file_new_for_uri (draft->uri) : NULL;

      if (of != NULL && g_file_equal (of, file) && draft->time > newest)
        {
          newest = draft->time;
          last = i;
        }
    }
  return last == G_MAXUINT ? NULL : g_ptr_array_steal_index (drafts, last);
}
