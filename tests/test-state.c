/* test-state.c — the snapshot command that the edits not yet on sk-edit.h
 * still run before them, in an SkHistory with its mark of the contents as
 * saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-command.h"
#include "sk-history.h"
#include "sk-project.h"

static char *example;

static SkProject *
load_example (void)
{
  g_autofree char *text = NULL;
  gsize length;
  g_autoptr(GError) error = NULL;
  SkProject *project;

  g_assert_true (g_file_get_contents (example, &text, &length, NULL));
  project = sk_project_new_from_data (text, length, NULL, &error);
  g_assert_no_error (error);
  return project;
}

/* An edit made by hand after a snapshot, as the costs view still does. */
static void
edit_title (SkHistory  *history,
            SkProject  *project,
            const char *title)
{
  sk_history_run (history, sk_project_snapshot_command_new (project));
  sk_project_set_title (project, title);
  sk_project_changed (project);
}

/* Undoing and redoing come back to the same contents, to the byte, and to
 * the saved mark; any other edit, even one back to the same text, is a
 * new one. */
static void
test_state_follows_undo (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *opened = sk_project_to_data (project, NULL);
  g_autofree char *edited = NULL;
  g_autofree char *now = NULL;

  sk_history_set_saved (history);
  edit_title (history, project, "Endra");
  edited = sk_project_to_data (project, NULL);
  g_assert_false (sk_history_get_saved (history));
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Change");
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_get_saved (history));
  now = sk_project_to_data (project, NULL);
  g_assert_cmpstr (now, ==, opened);
  g_assert_true (sk_history_redo (history));
  g_assert_false (sk_history_get_saved (history));
  g_clear_pointer (&now, g_free);
  now = sk_project_to_data (project, NULL);
  g_assert_cmpstr (now, ==, edited);
  g_assert_true (sk_history_undo (history));
  edit_title (history, project, "Styremøte 3. november 2025");
  g_assert_false (sk_history_get_saved (history));
  /* Nothing to redo after a new edit. */
  g_assert_false (sk_history_get_can_redo (history));
  g_assert_false (sk_history_redo (history));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  example = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_test_add_func ("/state/state-follows-undo", test_state_follows_undo);
  return g_test_run ();
}
