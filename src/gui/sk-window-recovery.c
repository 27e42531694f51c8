/* sk-window-recovery.c — offering the drafts of windows that are gone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>

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

void
sk_window_offer_recovery_for (SkWindow *self,
                              GFile    *opening)
{
  g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();
  GString *list;
  GtkWidget *dialog;
  Recovery *r;

  if (drafts->len == 0)
    return;
  list = g_string_new (NULL);
  for (guint i = 0; i < drafts->len; i++)
    {
      SkDraft *d = g_ptr_array_index (drafts, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (d->time);
      g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");
      g_autofree char *clock = g_date_time_format (when, "%H:%M");
      /* As dates and times read elsewhere in the app: "28. november 2026, kl. 04.05". */
      g_autofree char *time = sk_format_date_time (day, clock);
      g_autoptr(GFile) file = d->uri ? g_file_new_for_uri (d->uri) : NULL;
      g_autofree char *name = file ? g_file_get_parse_name (file) : g_strdup (_("not saved yet"));

      g_string_append_printf (list, "%s• %s (%s), %s", i ? "\n" : "", d->title, name, time);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Recover Unsaved Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Sakskart was stopped before these changes were saved:\n\n%s"), list->str);
  g_string_free (list, TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"), "recover", _("_Recover"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  r = g_new0 (Recovery, 1);
  r->self = g_object_ref (self);
  r->opening = opening ? g_object_ref (opening) : NULL;
  r->drafts = g_steal_pointer (&drafts);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), r);
  gtk_window_present (GTK_WINDOW (dialog));
}
