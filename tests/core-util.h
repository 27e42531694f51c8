/* core-util.h — helpers the tests of the core share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <string.h>

#include "sk-project.h"

/* The project in the file at `path`, which loads without an error. */
static inline SkProject *
test_load_project (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SkProject *project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return project;
}

/* The project in `text`, which loads without an error. */
static inline SkProject *
test_load_project_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  SkProject *project = sk_project_new_from_data (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  return project;
}
