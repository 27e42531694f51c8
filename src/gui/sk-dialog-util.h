/* sk-dialog-util.h — what the app's message dialogs and toasts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* Destroys `dialog` once AdwMessageDialog is done with its response (in
 * an idle), unless its window took it along first (destroy-with-parent).
 * For a dialog kept hidden after an answer (hide-on-close) so that a
 * refusal can show it again with what was typed. */
void sk_dialog_destroy_later (AdwMessageDialog *dialog);

/* Tells `message` under `heading` in a dialog over the window of `over`,
 * with a Close button: a failure, or why something cannot be done. */
void sk_dialog_tell (GtkWidget  *over,
                     const char *heading,
                     const char *message);

/* A toast that shows `text` as it is, every toast of the app: not read
 * as Pango markup, as AdwToast's title is (a case "Plan & bygg" or a file
 * "a<b>.pdf" left the toast blank), and wrapped at whole words where the
 * window is narrow, rather than cut short ("… endringer her lar sakspa…"
 * on half a laptop's screen). */
AdwToast *sk_toast_new (const char *text);

/* The shortcuts window (help-overlay.ui) of `parent`, its heading, which
 * GTK writes itself ("Shortcuts", in Bokmål "Snarveier"), given the
 * window's own title: the app's word, as its menu has it ("Hurtigtaster"). */
GtkWindow *sk_shortcuts_window_new (GtkWindow *parent);

G_END_DECLS
