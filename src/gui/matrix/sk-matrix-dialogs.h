/* sk-matrix-dialogs.h — the matrix view's dialogs: a factor's name and
 * note, a candidate's note, keeping a variant, exporting the chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-view.h"

G_BEGIN_DECLS

/* Each names its records by id and finds them again when the user
 * answers; the edit goes through sk-edit.h with the view's history. */
void sk_matrix_edit_factor    (SkView     *view,
                               const char *matrix_id,
                               const char *factor_id);
void sk_matrix_edit_candidate (SkView     *view,
                               const char *matrix_id,
                               const char *municipality);
void sk_matrix_keep_variant   (SkView     *view,
                               const char *matrix_id);
void sk_matrix_export_chart   (SkView     *view,
                               const char *matrix_id);

G_END_DECLS
