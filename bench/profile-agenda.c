/* profile-agenda.c — a reorder (Alt+Down) in the agenda of a meeting of
 * 200 items (bench-agenda.h) for callgrind: the reorders, their handlers
 * and the frames that show them, between CALLGRIND_ZERO_STATS and a dump
 * of their own (the instruction counts do not depend on the machine's
 * load).  Run:
 *
 *   valgrind --tool=callgrind --collect-atstart=no build/bench/profile-agenda
 *
 * with the environment of bench/run.py; then callgrind_annotate each
 * callgrind.out.PID.N ("reorder", the runs of bench-agenda's reorder:
 * the first row shown given the focus, then Alt+Down; "reorder-middle",
 * the same on the 101st row; "title", the window's title set and drawn
 * as often; each the sum of its runs; the runs are printed).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <valgrind/callgrind.h>

#include "bench-agenda.h"

#define RUNS 4

int
main (int    argc,
      char **argv)
{
  g_autofree char *text = make_project ();
  g_autofree char *dir = g_dir_make_tmp ("sakskart-profile-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "profile.sakskart", NULL);
  g_autoptr(GFile) file = NULL;
  SkWindow *window;
  GtkWidget *w;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_assert_true (g_file_set_contents (path, text, -1, NULL));
  file = g_file_new_for_path (path);
  window = bench_agenda_window (file);
  w = GTK_WIDGET (window);
  work_until_drawn (w, g_get_monotonic_time ());

  /* As bench-agenda: the focus on the first row shown (not counted),
   * then Alt+Down on it, up to the last frame it asked for. */
  for (int r = 0; r < RUNS; r++)
    {
      GtkWidget *row = find_row (w);

      gtk_widget_grab_focus (row);
      work_until_drawn (w, g_get_monotonic_time ());
      drain ();
      if (r == 0)
        CALLGRIND_ZERO_STATS;
      CALLGRIND_TOGGLE_COLLECT;
      press_alt_down (row);
      work_until_drawn (w, g_get_monotonic_time ());
      CALLGRIND_TOGGLE_COLLECT;
    }
  CALLGRIND_DUMP_STATS_AT ("reorder");

  /* The same in the middle of the agenda: its 101st row, scrolled to
   * when given the focus. */
  for (int r = 0; r < RUNS; r++)
    {
      GtkWidget *list = gtk_widget_get_ancestor (find_row (w), GTK_TYPE_LIST_BOX);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), N_ITEMS / 2));

      gtk_widget_grab_focus (row);
      work_until_drawn (w, g_get_monotonic_time ());
      drain ();
      if (r == 0)
        CALLGRIND_ZERO_STATS;
      CALLGRIND_TOGGLE_COLLECT;
      press_alt_down (row);
      work_until_drawn (w, g_get_monotonic_time ());
      CALLGRIND_TOGGLE_COLLECT;
    }
  CALLGRIND_DUMP_STATS_AT ("reorder-middle");

  drain ();
  CALLGRIND_ZERO_STATS;
  CALLGRIND_TOGGLE_COLLECT;
  for (int r = 0; r < RUNS; r++)
    {
      gtk_window_set_title (GTK_WINDOW (window), r % 2 ? "Sakskart 1" : "Sakskart 2");
      work_until_drawn (w, g_get_monotonic_time ());
    }
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT ("title");
  g_print ("%d runs each\n", RUNS);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
