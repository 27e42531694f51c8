/* sk-file-chooser.h — the file chooser every window of a project opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Where a file chooser over `window` starts (a new reference). */
typedef GFile *(*SkFolderFunc) (GtkWindow *window);

void                  sk_file_chooser_set_folder_func (GtkWindow            *window,
                                                       SkFolderFunc          func);
GtkFileChooserNative *sk_file_chooser_new             (GtkWindow            *parent,
                                                       const char           *title,
                                                       GtkFileChooserAction  action,
                                                       const char           *accept_label);

G_END_DECLS
