/* sk-closed-row.h — a row that closes a case or an attachment to the
 * public, with the legal basis
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SK_TYPE_CLOSED_ROW (sk_closed_row_get_type ())

G_DECLARE_FINAL_TYPE (SkClosedRow, sk_closed_row, SK, CLOSED_ROW, AdwExpanderRow)

/* The basis offered first, and given when the switch is turned on. */
#define SK_CLOSED_BASIS_DEFAULT "offl. § 13, jf. fvl. § 13 første ledd nr. 1"

/* "basis-chosen" (const char *basis) is emitted when the user closes it
 * (the basis typed, or chosen, or the default), changes the basis, or
 * opens it (NULL).  The row shows what it is told, not what was chosen:
 * the owner makes the edit and tells it. */
/* The case's row (`is_case`, titled "Closed to the public" when `title`
 * is NULL) or an attachment's, titled by it. */
GtkWidget  *sk_closed_row_new       (const char  *title,
                                     gboolean     is_case);
void        sk_closed_row_set_basis (SkClosedRow *self,
                                     const char  *basis);
const char *sk_closed_row_get_basis (SkClosedRow *self);

G_END_DECLS
