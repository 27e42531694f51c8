/* sk-problem.h — one thing wrong in a project file, with its JSON path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *path;     /* "$.meetings[0].items[3].kind" */
  char *message;  /* translated sentence */
  /* A cost model that cannot be computed from the figures as they are (a
   * missing figure, decimals, a sum of 0).  The file is still opened, so
   * that the figures can be mended; the views show the problem. */
  gboolean soft;
} SkProblem;

SkProblem *sk_problem_new   (const char *path,
                             const char *message);
SkProblem *sk_problems_add  (GPtrArray  *problems,
                             const char *path,
                             const char *format,
                             ...) G_GNUC_PRINTF (3, 4);
SkProblem *sk_problems_add_valist (GPtrArray  *problems,
                                   const char *path,
                                   const char *format,
                                   va_list     args) G_GNUC_PRINTF (3, 0);
void       sk_problem_free  (SkProblem  *problem);
char      *sk_problem_to_string (const SkProblem *problem);
char      *sk_elide_quoted      (const char      *message,
                                 guint            max_chars);
void       sk_error_make_readable (GError        *error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkProblem, sk_problem_free)

G_END_DECLS
