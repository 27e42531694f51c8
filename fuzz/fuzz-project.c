/* fuzz-project.c — libFuzzer target: the project loader and validator
 *
 * Any input may be refused, but never crash, and a file that opens must
 * save to a text that opens again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"

#include "sk-project.h"
#include "sk-costs.h"

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
  return 0;
}
