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

#include "bench-agenda.h"
#include "bench-profile.h"
#include "sk-agenda-item.h"

#define RUNS 4

/* The first label under `w` whose text starts with `prefix`, or NULL. */
static GtkWidget *
find_label (GtkWidget  *w,
            const char *prefix)
{
  if (GTK_IS_LABEL (w) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (w)), prefix))
    return w;
  for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_label (c, prefix);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows of the agenda `list` in the order of the items, as the
 * list's children too. */
static void
check_order (SkWindow  *window,
             GtkWidget *list)
{
  SkMeeting *meeting = sk_project_find_meeting (sk_window_get_project (window), "m");
  GtkWidget *child = gtk_widget_get_first_child (list);

  for (guint i = 0; i < meeting->items->len; i++, child = gtk_widget_get_next_sibling (child))
    {
      GtkListBoxRow *r = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      g_assert_true (GTK_WIDGET (r) == child);
      g_assert_true (sk_agenda_item_row_get_item (SK_AGENDA_ITEM_ROW (r)) == g_ptr_array_index (meeting->items, i));
    }
  g_assert_null (child);
}

/* What the reorder of the row at `was` left: the focus where it was, on
 * the row pressed, now one place down and numbered so, and the rows in
 * the order of the items, as the list's children too. */
static void
check_moved (SkWindow  *window,
             GtkWidget *row,
             int        was)
{
  g_autofree char *number = g_strdup_printf ("%d. ", was + 2);

  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == row);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, was + 1);
  g_assert_nonnull (find_label (row, number));
  check_order (window, gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX));
}

/* As bench-agenda: the focus on the row at `index` (not counted), then
 * Alt+Down on it, up to the last frame it asked for; RUNS times, dumped
 * as `name`. */
static void
reorders (SkWindow   *window,
          int         index,
          const char *name)
{
  GtkWidget *w = GTK_WIDGET (window);

  for (int r = 0; r < RUNS; r++)
    {
      GtkWidget *list = gtk_widget_get_ancestor (find_row (w), GTK_TYPE_LIST_BOX);
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), index));

      gtk_widget_grab_focus (row);
      work_until_drawn (w, g_get_monotonic_time ());
      profile_run_begin (r);
      press_alt (row, GDK_KEY_Down);
      profile_run_end (w);
      check_moved (window, row, index);
    }
  CALLGRIND_DUMP_STATS_AT (name);
}

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

  /* As bench-agenda: the first row (the first shown), then the 101st,
   * scrolled to when given the focus. */
  reorders (window, 0, "reorder");
  reorders (window, N_ITEMS / 2, "reorder-middle");

  profile_start ();
  for (int r = 0; r < RUNS; r++)
    {
      gtk_window_set_title (GTK_WINDOW (window), r % 2 ? "Sakskart 1" : "Sakskart 2");
      work_until_drawn (w, g_get_monotonic_time ());
    }
  CALLGRIND_TOGGLE_COLLECT;
  CALLGRIND_DUMP_STATS_AT ("title");
  /* Not counted: an item removed from the middle and put back by undo,
   * and one added at the end, find their places among the moved rows. */
  {
    GtkWidget *list = gtk_widget_get_ancestor (find_row (w), GTK_TYPE_LIST_BOX);
    GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), N_ITEMS / 2 - 1));
    SkItem *item = sk_agenda_item_row_get_item (SK_AGENDA_ITEM_ROW (row));
    /* "Add Item", after the list */
    GtkWidget *add = gtk_widget_get_next_sibling (list);

    gtk_widget_activate_action (row, "agenda.remove-item", "s", item->id);
    drain ();
    check_order (window, list);
    gtk_widget_activate_action (w, "win.undo", NULL);
    drain ();
    check_order (window, list);
    g_assert_true (sk_agenda_item_row_get_item (SK_AGENDA_ITEM_ROW (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), N_ITEMS / 2 - 1))) == item);
    g_assert_true (GTK_IS_BUTTON (add));
    g_signal_emit_by_name (add, "clicked");
    drain ();
    check_order (window, list);
    g_assert_cmpuint (sk_project_find_meeting (sk_window_get_project (window), "m")->items->len, ==, N_ITEMS + 1);
  }
  g_print ("%d runs each\n", RUNS);
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
  return 0;
}
