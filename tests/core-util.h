/* core-util.h — helpers the tests of the core share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sk-project.h"
#include "sk-ssb.h"

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

/* The start of a core test program: the C.UTF-8 locale and the test
 * framework; the path of the example project. */
static inline char *
test_core_init (int    *argc,
                char ***argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  g_test_init (argc, argv, NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
}

/* The messages translated from the build tree's catalogues, in UTF-8. */
static inline void
test_bind_translations (void)
{
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}

/* The SSB table in tests/files/ssb/`name`, as the reader takes it. */
G_GNUC_UNUSED static SkSsbTable *
test_parse_ssb_file (const char  *name,
                     GError     **error)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "ssb", name, NULL);
  g_autofree char *text = NULL;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  return sk_ssb_table_parse (text, length, error);
}

/* The region of the table with that number, or NULL. */
G_GNUC_UNUSED static SkSsbRegion *
test_ssb_region (SkSsbTable *t,
                 const char *number)
{
  for (guint i = 0; i < t->regions->len; i++)
    if (g_str_equal (((SkSsbRegion *) g_ptr_array_index (t->regions, i))->number, number))
      return g_ptr_array_index (t->regions, i);
  return NULL;
}
