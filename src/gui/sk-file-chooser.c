/* sk-file-chooser.c — the file chooser every window of a project opens
 *
 * A project's window tells where its choosers start (its folder) by a
 * function it sets on itself; a chooser over that window, or over a
 * window that belongs to it (meeting mode), starts there.  This unit
 * knows no window type, so the project's window and the views both use
 * it from above.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-file-chooser.h"

#define FOLDER_FUNC_KEY "sk-file-chooser-folder-func"

/* `window` tells through `func` where choosers over it (or over windows
 * transient for it) start. */
void
sk_file_chooser_set_folder_func (GtkWindow    *window,
                                 SkFolderFunc  func)
{
  g_return_if_fail (GTK_IS_WINDOW (window));

  g_object_set_data (G_OBJECT (window), FOLDER_FUNC_KEY, (gpointer) func);
}

/* A modal file chooser over `parent`, starting in the folder of the first
 * window from `parent` up its transient-for chain that has set a folder
 * function (a project's window); with none (meeting mode alone on a
 * projector) GTK chooses where it starts. */
GtkFileChooserNative *
sk_file_chooser_new (GtkWindow            *parent,
                     const char           *title,
                     GtkFileChooserAction  action,
                     const char           *accept_label)
{
  GtkFileChooserNative *chooser;
  GtkWindow *window = parent;
  SkFolderFunc func = NULL;

  while (window != NULL
         && (func = (SkFolderFunc) g_object_get_data (G_OBJECT (window), FOLDER_FUNC_KEY)) == NULL)
    window = gtk_window_get_transient_for (window);

  chooser = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (func != NULL)
    {
      g_autoptr(GFile) folder = func (window);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  return chooser;
}
