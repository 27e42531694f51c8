/* sk-presenter-dialogs.c — meeting mode's questions, in its large type
 *
 * A dialog over meeting mode is read from across the table, as the item
 * is: its text is larger than in the main window ("mm-dialog"); the
 * decision is written in one, where the keys are the text's.  Leaving
 * meeting mode asks first, with staying as the default (Enter and Esc):
 * a clicker's Esc, pressed by mistake, ends nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-presenter-private.h"

GtkWidget *
sk_presenter_dialog_new (GtkWindow  *parent,
                         const char *heading,
                         const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (parent, heading, body);

  gtk_widget_add_css_class (dialog, "mm-dialog");
  /* Wide enough for the larger type to keep its words whole and the
   * answers side by side. */
  gtk_widget_set_size_request (dialog, 640, -1);
  return dialog;
}

static void
leave_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   GObject          *owner)
{
  SkPresenterLeaveFunc leave = (SkPresenterLeaveFunc) g_object_get_data (G_OBJECT (dialog), "sk-leave");

  if (g_str_equal (response, "leave"))
    leave (owner);
}

void
sk_presenter_ask_leave (GtkWindow            *parent,
                        const char           *item,
                        SkPresenterLeaveFunc  leave,
                        GObject              *owner)
{
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  /* Translators: %s is the agenda item shown, "7. Felles barnevern i Sogn" */
  body = g_strdup_printf (_("The meeting stops at “%s”. F5 or Start Meeting resumes it there, "
                            "with the time spent on each item."), item);
  dialog = sk_presenter_dialog_new (parent, _("Leave Meeting Mode?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "stay", _("_Stay in the Meeting"),
                                    "leave", _("_Leave"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "stay", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "stay");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_object_set_data (G_OBJECT (dialog), "sk-leave", (gpointer) leave);
  g_signal_connect_object (dialog, "response", G_CALLBACK (leave_response_cb), owner, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

GtkWidget *
sk_presenter_decision_dialog_new (GtkWindow  *parent,
                                  const char *text)
{
  GtkWidget *dialog = sk_presenter_dialog_new (parent, _("The Board’s Decision"), NULL);
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)), text, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, C_("heading", "Decision"), -1);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), view);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_min_content_width (GTK_SCROLLED_WINDOW (scroller), 560);
  gtk_widget_add_css_class (scroller, "card");
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  g_object_set_data (G_OBJECT (dialog), "text-view", view);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"), "save", _("_Record"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  return dialog;
}
