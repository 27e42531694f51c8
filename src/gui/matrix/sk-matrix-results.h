/* sk-matrix-results.h — the matrix view's results: the verdict, the chart
 * of the scores by factor, its legend, the ranking and the sensitivity
 * (tornado) chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_MATRIX_RESULTS (sk_matrix_results_get_type ())

/* The matrix page's sentences and headings wrap at least this many
 * characters wide, not a character a line: laid out at no width for its
 * least width, a sentence cost Pango more than showing it did (the
 * weights' rows want more width than that anyway, so nothing moves). */
#define SK_MATRIX_LEAST_CHARS 15

G_DECLARE_FINAL_TYPE (SkMatrixResults, sk_matrix_results, SK, MATRIX_RESULTS, GtkBox)

/* The results of the matrix `matrix_id` of the document's project, found
 * by its id each time (a record may be put back anew by an undo). */
GtkWidget *sk_matrix_results_new         (SkDocument      *document,
                                          const char      *matrix_id);
/* The sensitivity chart, to be placed below the weights and scores. */
GtkWidget *sk_matrix_results_get_tornado (SkMatrixResults *self);
/* The factors' names or the candidates changed: the legend anew. */
void       sk_matrix_results_refill      (SkMatrixResults *self);
/* A weight or score changed: computes the results and shows them;
 * returns the sensitivity (of SkSensitivity, one a factor). */
GArray    *sk_matrix_results_update      (SkMatrixResults *self);

G_END_DECLS
