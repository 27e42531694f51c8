/* sk-matrix-scores.h — the matrix view's scores: a slider per candidate
 * and factor, the candidates' menus and "Add a Candidate…"
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_MATRIX_SCORES (sk_matrix_scores_get_type ())

G_DECLARE_FINAL_TYPE (SkMatrixScores, sk_matrix_scores, SK, MATRIX_SCORES, GtkGrid)

/* ::score-changed (municipality, factor id, score) when the user moves a
 * slider, not when sk_matrix_scores_set_score () does.  `prepared` is the
 * matrix as prepared, or NULL. */
GtkWidget *sk_matrix_scores_new          (SkProject       *project,
                                          const SkMatrix  *matrix,
                                          const SkMatrix  *prepared);
void       sk_matrix_scores_set_score    (SkMatrixScores  *self,
                                          const char      *municipality,
                                          const char      *factor_id,
                                          double           score);
/* The marks under the sliders: the scores as prepared. */
void       sk_matrix_scores_set_prepared (SkMatrixScores  *self,
                                          const SkMatrix  *prepared);
/* A factor's name or a candidate's note as they are now. */
void       sk_matrix_scores_set_names    (SkMatrixScores  *self,
                                          SkProject       *project,
                                          const SkMatrix  *matrix);

G_END_DECLS
