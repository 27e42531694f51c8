/* fuzz-planner.c — libFuzzer target: the GNOME Planner importer
 *
 * Any input may be refused, but never crash, and an imported timeline
 * must make a project that passes our own checks and saves and opens.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"

#include "sk-planner.h"
#include "sk-project.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkProject) again = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;
  SkTimeline *timeline;
  g_autoptr(GPtrArray) notes = NULL;
  gsize length;

  timeline = sk_planner_import ((const char *) data, size, "imported", &notes, &error);
  if (timeline == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  project = sk_project_new ();
  sk_project_set_title (project, "Fuzz");
  sk_project_add_timeline (project, timeline);
  problems = sk_project_check (project);
  for (guint i = 0; problems && i < problems->len; i++)
    {
      SkProblem *p = g_ptr_array_index (problems, i);

      fail ("An imported timeline breaks a rule: %s: %s", p->path, p->message);
    }
  text = sk_project_to_data (project, &length);
  again = sk_project_new_from_data (text, length, NULL, &error);
  if (again == NULL)
    fail ("An imported timeline does not open again: %s", error->message);
  return 0;
}
