/* sk-matrix-page.h — the matrix view's page: its parts one below the
 * other, those scrolled out of sight not drawn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SK_TYPE_MATRIX_PAGE (sk_matrix_page_get_type ())

G_DECLARE_FINAL_TYPE (SkMatrixPage, sk_matrix_page, SK, MATRIX_PAGE, GtkWidget)

/* A vertical box of `spacing` pixels between its children. */
GtkWidget *sk_matrix_page_new    (int           spacing);
void       sk_matrix_page_append (SkMatrixPage *self,
                                  GtkWidget    *child);

typedef void (*SkMatrixPageFunc) (gpointer data);

/* Calls `func` once the page's first frame is drawn (at once if the page
 * is not shown): the parts below the fold made after what is in sight
 * shows.  Not called if the page goes first. */
void       sk_matrix_page_after_first_frame (SkMatrixPage     *self,
                                             SkMatrixPageFunc  func,
                                             gpointer          data);

G_END_DECLS
