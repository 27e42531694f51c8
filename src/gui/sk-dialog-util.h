/* sk-dialog-util.h — what the app's message dialogs share
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

G_END_DECLS
