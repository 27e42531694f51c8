/* sk-dialog-util.c — what the app's message dialogs and toasts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-dialog-util.h"

void
sk_dialog_tell (GtkWidget  *over,
                const char *heading,
                const char *message)
{
  GtkWidget *dialog;

  g_return_if_fail (GTK_IS_WIDGET (over));

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (over)), heading, message);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
destroy_idle_cb (gpointer data)
{
  GtkWidget **dialog = data;

  if (*dialog != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (*dialog), (gpointer *) dialog);
      gtk_window_destroy (GTK_WINDOW (*dialog));
    }
  g_free (dialog);
}

void
sk_dialog_destroy_later (AdwMessageDialog *dialog)
{
  GtkWidget **slot;

  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (dialog));

  slot = g_new (GtkWidget *, 1);
  *slot = GTK_WIDGET (dialog);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) slot);
  g_idle_add_once (destroy_idle_cb, slot);
}

AdwToast *
sk_toast_new (const char *text)
{
  g_autofree char *escaped = g_markup_escape_text (text ? text : "", -1);
  AdwToast *toast = adw_toast_new (escaped);
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 50);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  adw_toast_set_custom_title (toast, label);
  return toast;
}

static GtkLabel *
label_saying (GtkWidget  *widget,
              const char *text)
{
  if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found = label_saying (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The shortcuts window of `parent`, built when first asked for, not with
 * every window as GtkApplication would for gtk/help-overlay.ui; its
 * heading is its title, the menu's word, not GTK's own. */
GtkWindow *
sk_shortcuts_window_new (GtkWindow *parent)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/sakskart/Sakskart/help-overlay.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
  GtkWidget *titlebar = gtk_window_get_titlebar (shortcuts);
  GtkLabel *heading = titlebar ? label_saying (titlebar, g_dgettext ("gtk40", "Shortcuts")) : NULL;

  if (heading != NULL)
    gtk_label_set_text (heading, gtk_window_get_title (shortcuts));
  /* The application knows the accelerators of the actions listed. */
  gtk_window_set_application (shortcuts, gtk_window_get_application (parent));
  gtk_window_set_transient_for (shortcuts, parent);
  return shortcuts;
}
