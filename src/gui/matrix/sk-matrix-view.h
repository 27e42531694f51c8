/* sk-matrix-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"
#include "sk-view.h"

G_BEGIN_DECLS

#define SK_TYPE_MATRIX_VIEW (sk_matrix_view_get_type ())

G_DECLARE_FINAL_TYPE (SkMatrixView, sk_matrix_view, SK, MATRIX_VIEW, SkView)

/* The values as prepared are the document's (sk_document_set_saved ()). */
void sk_matrix_view_set_document  (SkMatrixView *self,
                                   SkDocument   *document);

void sk_matrix_view_select (SkMatrixView *self,
                         const char *id);

G_END_DECLS
