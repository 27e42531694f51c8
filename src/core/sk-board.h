/* sk-board.h — the board's formal side: its written language (and, in
 * sk-record.h, its members, attendance, votes and case numbers)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

/* The language the documents of `body` (a meeting's "body", may be NULL)
 * are written in: the body's "language" in "bodies", else the
 * project's "language" (docs/format-extensions.md); NULL when neither is
 * set: then documents speak the interface's language. */
const char *sk_project_document_language (SkProject  *project,
                                          const char *body);

G_END_DECLS
