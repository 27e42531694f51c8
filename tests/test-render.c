/* test-render.c — the charts and papers drawn without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "sk-gantt.h"
#include "sk-render.h"
#include "test-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (example_path);
  g_autoptr(GError) error = NULL;
  SkProject *p = sk_project_new_from_file (file, NULL, NULL, NULL, &error);

  g_assert_no_error (error);
  return p;
}

static void
test_matrix_files (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMatrix *m = sk_project_find_matrix (p, "barnevern-oppmotestad");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  const char *names[] = { "chart.png", "chart.svg", "chart.pdf" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *data = NULL;
      gsize length = 0;

      g_assert_true (sk_render_matrix_file (p, m, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      if (i == 0)
        g_assert_true (memcmp (data, "\x89PNG", 4) == 0);
      else if (i == 1)
        g_assert_nonnull (strstr (data, "<svg"));
      else
        {
          g_autofree char *text = test_pdf_text (path);

          g_assert_nonnull (strstr (text, "Oppmøtestad for felles barnevern"));
          g_assert_nonnull (strstr (text, "Årdal"));
          g_assert_nonnull (strstr (text, "Overgangsrisiko"));
        }
      g_unlink (path);
    }
  /* A name the renderer cannot write says so. */
  {
    g_autofree char *bad = g_build_filename (dir, "chart.bmp", NULL);

    g_assert_false (sk_render_matrix_file (p, m, bad, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  }
  g_rmdir (dir);
}

static void
test_cost_pdf (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkCostModel *model = sk_project_find_cost_model (p, "skog");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "skog.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_render_cost_pdf (p, model, sk_cost_model_find_scenario (model, "hovudregel"), path, &error));
  g_assert_no_error (error);
  text = test_pdf_text (path);
  g_assert_nonnull (strstr (text, "Skog i Sogn"));
  g_assert_nonnull (strstr (text, "Hovudregelen"));
  g_assert_nonnull (strstr (text, "1,850,000 kr"));
  g_unlink (path);
  g_rmdir (dir);
}

/* The board pack's agenda table: a kind, a presenter and a time each on
 * one line, not broken inside a word. */
static void
test_board_pack_table (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (meeting);
  g_assert_true (sk_render_meeting_pdf (p, meeting, FALSE, path, &error));
  g_assert_no_error (error);
  text = test_pdf_text (path);
  /* What a cell broken inside a word or a time looks like in the text. */
  g_assert_null (strstr (text, "Orientati\n"));
  g_assert_null (strstr (text, "Administrasj\n"));
  g_assert_null (strstr (text, "Administrasj-"));
  g_assert_null (strstr (text, "09:00–\n"));
  g_assert_nonnull (strstr (text, "Orientation"));
  g_assert_nonnull (strstr (text, "Administrasjonen"));
  g_unlink (path);
  g_rmdir (dir);
}

/* The exports the window makes, drawn here: never over a project file
 * (whatever its name), the project as it was, and the reason named. */
static void
test_exports_spare_projects (void)
{
  g_autoptr(SkProject) p = load_example ();
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *text = NULL;
  const char *names[] = { "pack.pdf", "chart.png", "chart.svg", "costs.pdf", "timeline.pdf" };
  gsize length;

  g_assert_true (g_file_get_contents (example_path, &text, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *before = NULL, *after = NULL;
      g_autoptr(GError) error = NULL;
      SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
      gboolean ok;

      g_assert_true (g_file_set_contents (path, text, length, NULL));
      before = test_file_digest (path);
      if (i == 0)
        ok = sk_render_meeting_pdf (p, meeting, FALSE, path, &error);
      else if (i < 3)
        ok = sk_render_matrix_file (p, sk_project_find_matrix (p, "barnevern-oppmotestad"), path, &error);
      else if (i == 3)
        ok = sk_render_cost_pdf (p, sk_project_find_cost_model (p, "barnevern"), NULL, path, &error);
      else
        ok = sk_gantt_export (g_ptr_array_index (sk_project_get_timelines (p), 0), path, "a4", &error);
      g_assert_false (ok);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_nonnull (strstr (error->message, path));
      after = test_file_digest (path);
      g_assert_cmpstr (after, ==, before);
      g_unlink (path);
    }
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "en_US.UTF-8");
  g_test_init (&argc, &argv, NULL);
  example_path = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_test_add_func ("/render/matrix-png-svg-pdf", test_matrix_files);
  g_test_add_func ("/render/cost-pdf", test_cost_pdf);
  g_test_add_func ("/render/board-pack-table", test_board_pack_table);
  g_test_add_func ("/render/exports-spare-projects", test_exports_spare_projects);
  return g_test_run ();
}
