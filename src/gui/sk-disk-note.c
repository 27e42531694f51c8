/* sk-disk-note.c — the window's note that the open file changed on disk
 *
 * A toast that stays until it is answered (sk-document-watch.c tells the
 * change), kept on the window so that a save of ours, or another project
 * in the window, takes it away: left, its Reload would read our own save
 * back, or another file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-dialog-util.h"
#include "sk-disk-note.h"

#define NOTE "sk-disk-note"

static void
dismissed_cb (AdwToast  *toast,
              GtkWidget *window)
{
  if (g_object_get_data (G_OBJECT (window), NOTE) == toast)
    g_object_set_data (G_OBJECT (window), NOTE, NULL);
}

void
sk_disk_note_show (GtkWidget       *window,
                   AdwToastOverlay *overlay,
                   GFile           *file,
                   gboolean         gone)
{
  g_autofree char *name = NULL;
  g_autofree char *msg = NULL;
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (window));
  g_return_if_fail (ADW_IS_TOAST_OVERLAY (overlay));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  msg = !gone ? g_strdup_printf (_("“%s” was changed by someone else"), name)
              : g_strdup_printf (_("“%s” was moved or deleted"), name);
  sk_disk_note_forget (window);
  toast = sk_toast_new (msg);
  if (!gone)
    {
      adw_toast_set_button_label (toast, _("_Reload"));
      adw_toast_set_action_name (toast, "win.reload");
    }
  adw_toast_set_timeout (toast, 0);
  g_object_set_data_full (G_OBJECT (window), NOTE, g_object_ref (toast), g_object_unref);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (dismissed_cb), window, 0);
  adw_toast_overlay_add_toast (overlay, toast);
}

void
sk_disk_note_forget (GtkWidget *window)
{
  AdwToast *toast;

  g_return_if_fail (GTK_IS_WIDGET (window));

  toast = g_object_get_data (G_OBJECT (window), NOTE);
  if (toast != NULL)
    adw_toast_dismiss (toast);
  g_object_set_data (G_OBJECT (window), NOTE, NULL);
}
