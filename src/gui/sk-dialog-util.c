/* sk-dialog-util.c — what the app's message dialogs share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-dialog"

#include "config.h"

#include "sk-dialog-util.h"

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
