/* sk-matrix-row.h — a factor of the matrix view: its name, its weight as
 * a slider and a spin button, how far the weight can move, and its menu
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-model.h"

G_BEGIN_DECLS

#define SK_TYPE_MATRIX_ROW (sk_matrix_row_get_type ())

G_DECLARE_FINAL_TYPE (SkMatrixRow, sk_matrix_row, SK, MATRIX_ROW, AdwActionRow)

/* ::weight-changed (double weight) when the user moves it, not when
 * sk_matrix_row_set_weight () does. */
GtkWidget  *sk_matrix_row_new            (const SkFactor *factor,
                                          double          weight_max,
                                          gboolean        presenting);
const char *sk_matrix_row_get_factor_id  (SkMatrixRow    *self);
/* The factor's name and note as they are now. */
void        sk_matrix_row_set_factor     (SkMatrixRow    *self,
                                          const SkFactor *factor);
void        sk_matrix_row_set_weight     (SkMatrixRow    *self,
                                          double          weight);
/* The mark under the slider: the weight as prepared. */
void        sk_matrix_row_set_prepared   (SkMatrixRow    *self,
                                          gboolean        has_prepared,
                                          double          prepared);
/* The weight's spin button, where a value may be being typed. */
GtkWidget  *sk_matrix_row_get_spin       (SkMatrixRow    *self);
/* How far the weight can move before the leader changes, or NULL. */
void        sk_matrix_row_set_range_text (SkMatrixRow    *self,
                                          const char     *text);

G_END_DECLS
