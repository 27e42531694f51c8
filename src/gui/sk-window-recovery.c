/* sk-window-recovery.c — offering the drafts of windows that are gone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-fingerprint.h"
#include "sk-format.h"
#include "sk-window-private.h"

typedef struct
{
  SkWindow  *self;
  GFile     *opening;
  GPtrArray *drafts;
} Recovery;

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Recovery         *r)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (r->self));
  gboolean self_taken = FALSE;

  for (guint i = 0; i < r->drafts->len; i++)
    {
      SkDraft *draft = g_ptr_array_index (r->drafts, i);

      /* Recovered meanwhile from another offer of it (a file on a share
       * that could not be reached): neither opened again nor removed. */
      if (_sk_window_showing_draft (r->self, draft->id) != NULL)
        continue;
      if (g_str_equal (response, "recover"))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GFile) of = draft->uri ? g_file_new_for_uri (draft->uri) : NULL;
          /* The draft of the file being opened takes its place; any other
           * gets a window of its own. */
          gboolean here = !self_taken && (r->opening == NULL || (of && g_file_equal (of, r->opening)));
          SkWindow *window = here ? r->self : sk_window_new ((SkApplication *) app);

          self_taken |= here;
          if (!here)
            gtk_window_present (GTK_WINDOW (window));
          if (!sk_window_recover (window, draft, &error))
            _sk_window_show_error (window, _("Could Not Recover the Changes"), error->message, NULL);
        }
      else
        sk_draft_remove (draft->id);
    }
  g_ptr_array_unref (r->drafts);
  g_object_unref (r->self);
  g_clear_object (&r->opening);
  g_free (r);
}

void
sk_window_offer_recovery (SkWindow *self)
{
  sk_window_offer_recovery_for (self, NULL);
}

/* A file_saved_since () of a file that is gone. */
#define FILE_GONE (-1)

/* When the file a draft belongs to was saved after the draft's version
 * of it was read (by someone else, or a session of one's own): its time;
 * FILE_GONE when it was moved or deleted since; else 0. */
static gint64
file_saved_since (const SkDraft *draft,
                  GCancellable  *cancellable)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) error = NULL;

  if (draft->uri == NULL || draft->etag == NULL)
    return 0;
  file = g_file_new_for_uri (draft->uri);
  if (!sk_fingerprint_check (file, draft->etag, cancellable, &error) &&
      g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return FILE_GONE;
  if (error == NULL || !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    return 0;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  return info ? (gint64) g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_MODIFIED) : 0;
}

typedef struct
{
  GPtrArray *drafts;
  GArray    *saved;   /* gint64 per draft: file_saved_since () */
} Found;

static void
found_free (Found *found)
{
  g_ptr_array_unref (found->drafts);
  g_array_unref (found->saved);
  g_free (found);
}

/* The drafts, and whether their files were saved since: read in a
 * thread, as a file on a share may take its time to answer. */
static void
find_drafts_thread (GTask        *task,
                    gpointer      source,
                    gpointer      task_data,
                    GCancellable *cancellable)
{
  Found *found = g_new0 (Found, 1);

  found->drafts = sk_drafts_recoverable ();
  found->saved = g_array_sized_new (FALSE, TRUE, sizeof (gint64), found->drafts->len);
  for (guint i = 0; i < found->drafts->len; i++)
    {
      gint64 when = file_saved_since (g_ptr_array_index (found->drafts, i), cancellable);

      g_array_append_val (found->saved, when);
    }
  g_task_return_pointer (task, found, (GDestroyNotify) found_free);
}

/* The window asking and the file it opens, held for the thread's answer
 * and let go in the main thread: a task run in a thread may be finalized
 * in that thread, and with it what it holds (a window closed meanwhile,
 * its last reference the task's: the window finalized outside GTK's
 * thread). */
typedef struct
{
  SkWindow *self;
  GFile    *opening;
} Offer;

static void
offer_free (Offer *offer)
{
  g_object_unref (offer->self);
  g_clear_object (&offer->opening);
  g_free (offer);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Offer, offer_free)

static void
drafts_found_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(Offer) offer = user_data;
  SkWindow *self = offer->self;
  Found *found = g_task_propagate_pointer (G_TASK (result), NULL);
  gboolean any_newer = FALSE;
  GString *list;
  GtkWidget *dialog;
  Recovery *r;

  /* Nothing to offer, or no window to offer it over (closed meanwhile:
   * the drafts stay for the next offer). */
  if (found == NULL || found->drafts->len == 0 || gtk_window_get_application (GTK_WINDOW (self)) == NULL)
    {
      g_clear_pointer (&found, found_free);
      return;
    }
  list = g_string_new (NULL);
  for (guint i = 0; i < found->drafts->len; i++)
    {
      SkDraft *d = g_ptr_array_index (found->drafts, i);
      gint64 saved = g_array_index (found->saved, gint64, i);
      g_autofree char *time = sk_format_unix_time (d->time);
      g_autoptr(GFile) file = d->uri ? g_file_new_for_uri (d->uri) : NULL;
      g_autofree char *name = file ? g_file_get_parse_name (file) : g_strdup (_("not saved yet"));

      g_string_append_printf (list, "%s• %s (%s), %s", i ? "\n" : "", d->title, name, time);
      if (saved == FILE_GONE)
        {
          g_string_append (list, " — ");
          /* Translators: after a draft's file, which is no longer there */
          g_string_append (list, _("the file itself was moved or deleted since"));
        }
      else if (saved != 0)
        {
          g_autofree char *saved_time = sk_format_unix_time (saved);

          g_string_append (list, " — ");
          /* Translators: when the file a draft belongs to was saved
           * ("6. desember 2026, kl. 10.02"), after the draft's changes
           * began, and after or before they were last kept */
          g_string_append_printf (list, saved > d->time ? _("the file itself is newer: saved %s")
                                                        : _("the file itself was changed too: saved %s"),
                                  saved_time);
          any_newer = TRUE;
        }
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Recover Unsaved Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Sakskart was stopped before these changes were saved:\n\n%s"), list->str);
  if (any_newer)
    {
      g_autofree char *body = g_strconcat (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)), "\n\n",
                                           _("Recovered changes do not replace a file that was saved since "
                                             "without asking: a save then offers to keep both."),
                                           NULL);

      adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
    }
  g_string_free (list, TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"), "recover", _("_Recover"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  r = g_new0 (Recovery, 1);
  r->self = g_object_ref (self);
  r->opening = g_steal_pointer (&offer->opening);
  r->drafts = g_ptr_array_ref (found->drafts);
  found_free (found);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), r);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_window_offer_recovery_for (SkWindow *self,
                              GFile    *opening)
{
  g_autoptr(GTask) task = NULL;
  Offer *offer;

  g_return_if_fail (SK_IS_WINDOW (self));

  offer = g_new0 (Offer, 1);
  offer->self = g_object_ref (self);
  offer->opening = opening ? g_object_ref (opening) : NULL;
  task = g_task_new (NULL, NULL, drafts_found_cb, offer);
  g_task_set_source_tag (task, sk_window_offer_recovery_for);
  g_task_run_in_thread (task, find_drafts_thread);
}
