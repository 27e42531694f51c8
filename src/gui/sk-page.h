/* sk-page.h — a view's page: a vertical box whose children scrolled out
 * of sight are left out of its drawing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SK_TYPE_PAGE (sk_page_get_type ())

G_DECLARE_FINAL_TYPE (SkPage, sk_page, SK, PAGE, GtkBox)

GtkWidget *sk_page_new (int spacing);

G_END_DECLS
