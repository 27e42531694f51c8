/* test-state.c — the undo history's marker of the contents as saved
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

static void
edit_title (SkProject  *project,
            const char *title,
            const char *merge_key)
{
  sk_project_checkpoint (project, merge_key);
  sk_project_set_title (project, title);
  sk_project_changed (project);
}

/* Undoing and redoing come back to the same state; any other edit, even
 * one back to the same text, is a new one. */
static void
test_state_follows_undo (void)
{
  g_autoptr(SkProject) project = load_example ();
  guint64 opened = sk_project_mark_state (project);
  guint64 edited;

  edit_title (project, "Endra", NULL);
  edited = sk_project_get_state (project);
  g_assert_cmpuint (edited, !=, opened);
  g_assert_true (sk_project_undo (project));
  g_assert_cmpuint (sk_project_get_state (project), ==, opened);
  g_assert_true (sk_project_redo (project));
  g_assert_cmpuint (sk_project_get_state (project), ==, edited);
  g_assert_true (sk_project_undo (project));
  edit_title (project, "Styremøte 3. november 2025", NULL);
  g_assert_cmpuint (sk_project_get_state (project), !=, opened);
  g_assert_cmpuint (sk_project_get_state (project), !=, edited);
  /* Nothing to redo after a new edit: the state stays. */
  {
    guint64 now = sk_project_get_state (project);

    g_assert_false (sk_project_redo (project));
    g_assert_cmpuint (sk_project_get_state (project), ==, now);
  }
}

/* A change announced without a snapshot before it is a new state too:
 * the window never takes it for the saved one. */
static void
test_state_without_checkpoint (void)
{
  g_autoptr(SkProject) project = load_example ();
  guint64 opened = sk_project_mark_state (project);

  sk_project_set_title (project, "Endra");
  sk_project_changed (project);
  g_assert_cmpuint (sk_project_get_state (project), !=, opened);
  g_assert_false (sk_project_undo (project));
}

/* Edits merged by their key (a slider dragged) are one step, but not
 * across a save: undo comes back to what was saved. */
static void
test_mark_ends_merge (void)
{
  g_autoptr(SkProject) project = load_example ();
  guint64 saved;

  edit_title (project, "A", "title");
  edit_title (project, "AB", "title");
  saved = sk_project_mark_state (project);
  edit_title (project, "ABC", "title");
  g_assert_cmpuint (sk_project_get_state (project), !=, saved);
  g_assert_true (sk_project_undo (project));
  g_assert_cmpstr (sk_project_get_title (project), ==, "AB");
  g_assert_cmpuint (sk_project_get_state (project), ==, saved);
  g_assert_true (sk_project_undo (project));
  g_assert_cmpstr (sk_project_get_title (project), ==, "Styremøte 3. november 2025");
  g_assert_false (sk_project_undo (project));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  example = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_test_add_func ("/state/state-follows-undo", test_state_follows_undo);
  g_test_add_func ("/state/state-without-checkpoint", test_state_without_checkpoint);
  g_test_add_func ("/state/mark-ends-merge", test_mark_ends_merge);
  return g_test_run ();
}
