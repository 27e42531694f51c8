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

typedef void (*SkPageFunc) (gpointer data);

/* Calls `func` once the page's next frame is drawn (at once if the page
 * is not shown): the parts below the fold made after what is in sight
 * shows.  A later call takes the place of the one before; not called if
 * the page goes first. */
void       sk_page_after_first_frame (SkPage     *self,
                                      SkPageFunc  func,
                                      gpointer    data);

G_END_DECLS
