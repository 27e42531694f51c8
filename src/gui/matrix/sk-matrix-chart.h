/* sk-matrix-chart.h — the matrix view's chart of each candidate's score
 * by factor, as sk_render_matrix_chart () draws it, in render nodes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_MATRIX_CHART (sk_matrix_chart_get_type ())

G_DECLARE_FINAL_TYPE (SkMatrixChart, sk_matrix_chart, SK, MATRIX_CHART, GtkWidget)

GtkWidget *sk_matrix_chart_new        (void);
/* The matrix `matrix_id` of the document's project, found by its id at
 * each drawing, with the outlines of its values as prepared. */
void       sk_matrix_chart_set_matrix (SkMatrixChart *self,
                                       SkDocument    *document,
                                       const char    *matrix_id);
/* Its height, the width it gets. */
void       sk_matrix_chart_set_height (SkMatrixChart *self,
                                       int            height);

G_END_DECLS
