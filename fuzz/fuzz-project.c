/* fuzz-project.c — libFuzzer target: the project loader and validator
 *
 * Any input may be refused, but never crash, and a file that opens must
 * save to a text that opens again.  Meeting mode's what-if on it (a copy
 * with every matrix weight and equal part changed) can be kept beside the
 * papers and adopted, and the project still opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"

#include "sk-project.h"
#include "sk-costs.h"
#include "sk-what-if.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkProject) again = NULL;
  g_autoptr(GPtrArray) checked = NULL;
  g_autofree char *text = NULL;
  gsize length;

  project = sk_project_new_from_data ((const char *) data, size, &problems, &error);
  if (project == NULL)
    {
      /* Refused: with a reason. */
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  checked = sk_project_check (project);
  text = sk_project_to_data (project, &length);
  g_clear_error (&error);
  again = sk_project_new_from_data (text, length, NULL, &error);
  if (again == NULL)
    fail ("A file that opened saves to one that does not: %s", error->message);

  /* A what-if on it: kept, then adopted. */
  {
    g_autoptr(SkProject) what_if = sk_project_copy (project);
    g_autofree char *kept = NULL;
    g_autoptr(SkProject) reopened = NULL;
    GPtrArray *matrices, *models;

    if (what_if == NULL)
      fail ("A project that opened cannot be copied");
    matrices = sk_project_get_matrices (what_if);
    for (guint i = 0; i < matrices->len; i++)
      {
        SkMatrix *m = g_ptr_array_index (matrices, i);

        for (guint f = 0; f < m->factors->len; f++)
          ((SkFactor *) g_ptr_array_index (m->factors, f))->weight = 0;
      }
    models = sk_project_get_cost_models (what_if);
    for (guint i = 0; i < models->len; i++)
      ((SkCostModel *) g_ptr_array_index (models, i))->fixed_percent = 100;
    g_clear_error (&error);
    if (!sk_edit_keep_what_if (NULL, project, what_if, "Kva om", NULL, 0, NULL, &error))
      fail ("A what-if could not be kept: %s", error->message);
    if (!sk_edit_adopt_what_if (NULL, project, what_if, &error))
      fail ("A what-if could not be adopted: %s", error->message);
    kept = sk_project_to_data (project, &length);
    reopened = sk_project_new_from_data (kept, length, NULL, &error);
    if (reopened == NULL)
      fail ("A project with a what-if kept and adopted does not open: %s", error->message);
  }
  return 0;
}
