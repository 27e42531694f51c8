/* bench-edit.c — one step of a matrix weight slider on a large project,
 * in the core: the edit through sk-edit.h with its undo command, against
 * the way undo worked before the edit functions, measured in the same
 * run: the whole project written to text before each step and read back
 * to undo it.  Prints: milliseconds of a step and bytes of history it
 * adds, then the same for the old way, then milliseconds of undoing one
 * step, new and old (medians).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <malloc.h>
#include <string.h>
#include <time.h>

#include "sk-edit.h"
#include "bench-util.h"

/* Bytes in use on the heap, mapped blocks included. */
static gint64
heap_in_use (void)
{
  struct mallinfo2 info = mallinfo2 ();

  return (gint64) info.uordblks + (gint64) info.hblkhd;
}

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static SkFactor *
first_factor (SkProject *project)
{
  SkMatrix *m = g_ptr_array_index (sk_project_get_matrices (project), 0);

  return g_ptr_array_index (m->factors, 0);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkHistory) history = NULL;
  g_autoptr(GPtrArray) snapshots = NULL;
  int runs = argc > 2 ? atoi (argv[2]) : 7;
  int steps = 200;
  g_autofree double *step = g_new (double, 200);
  g_autofree double *undo = g_new (double, 200);
  g_autofree double *old_step = g_new (double, runs);
  g_autofree double *old_undo = g_new (double, runs);
  const char *matrix, *factor;
  gint64 heap0, new_bytes, old_bytes;
  gsize size0;

  if (argc < 2)
    {
      g_printerr ("usage: bench-edit FILE [RUNS]\n");
      return 2;
    }
  file = g_file_new_for_path (argv[1]);
  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  if (project == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  history = sk_history_new (project);
  matrix = ((SkMatrix *) g_ptr_array_index (sk_project_get_matrices (project), 0))->id;
  factor = first_factor (project)->id;

  /* A step of the slider: an edit of the weight, recorded for undo.
   * Each its own step of undo (no group), so that each keeps a record. */
  sk_edit_set_weight (history, project, matrix, factor, 0, NULL);   /* warm up */
  heap0 = heap_in_use ();
  size0 = sk_history_get_size (history);
  for (int i = 0; i < steps; i++)
    {
      double t0 = now_ms ();

      if (!sk_edit_set_weight (history, project, matrix, factor, (i % 20 + 1) * 0.25, &error))
        g_error ("%s", error->message);
      step[i] = now_ms () - t0;
    }
  new_bytes = (heap_in_use () - heap0) / steps;
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  g_printerr ("history's own account: %.0f bytes a step\n", (double) (sk_history_get_size (history) - size0) / steps);
  for (int i = 0; i < steps; i++)
    {
      double t0 = now_ms ();

      sk_history_undo (history);
      undo[i] = now_ms () - t0;
    }

  /* The old way: the whole project as text before the field is written,
   * read back to undo. */
  snapshots = g_ptr_array_new_with_free_func (g_free);
  heap0 = heap_in_use ();
  for (int i = 0; i < runs; i++)
    {
      gint64 t0 = g_get_monotonic_time ();

      g_ptr_array_add (snapshots, sk_project_to_data (project, NULL));
      first_factor (project)->weight = (i % 20 + 1) * 0.25;
      sk_project_changed (project);
      old_step[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  old_bytes = (heap_in_use () - heap0) / runs;
  for (int i = 0; i < runs; i++)
    {
      const char *text = g_ptr_array_index (snapshots, runs - 1 - i);
      gint64 t0 = g_get_monotonic_time ();
      g_autoptr(SkProject) back = sk_project_new_from_data (text, strlen (text), NULL, NULL);

      old_undo[i] = (g_get_monotonic_time () - t0) / 1000.0;
      g_assert (back != NULL);
    }

  g_print ("%.4f %" G_GINT64_FORMAT " %.1f %" G_GINT64_FORMAT " %.4f %.1f\n",
           bench_median (step, steps), new_bytes, bench_median (old_step, runs), old_bytes,
           bench_median (undo, steps), bench_median (old_undo, runs));
  return 0;
}
