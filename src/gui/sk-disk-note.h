/* sk-disk-note.h — "“styret.sakskart” was changed by someone else": the
 * window's note that the open file changed on disk
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Says in `overlay`, until it is answered or forgotten, that `file` was
 * changed by someone else (with Reload, the action "win.reload") or,
 * `gone`, moved or deleted; one note at a time for `window`. */
void sk_disk_note_show   (GtkWidget       *window,
                          AdwToastOverlay *overlay,
                          GFile           *file,
                          gboolean         gone);
/* Takes the note away: what is on disk is the window's again (its save),
 * or the window shows another project. */
void sk_disk_note_forget (GtkWidget       *window);

G_END_DECLS
