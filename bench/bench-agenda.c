/* bench-agenda.c — a meeting of 200 items: the board pack exported to PDF,
 * and one reorder (Alt+Down) in the agenda view, under Xvfb: the work of
 * its handlers and of the frames that show it (bench-frames.h).  Baselines
 * in the same run:
 * a PDF of the 200 titles alone, and the window's title set and drawn.
 * Prints median milliseconds: pack, titles-only, reorder, label.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>

#include "sk-render.h"
#include "bench-util.h"
#include "bench-agenda.h"

int
main (int    argc,
      char **argv)
{
  const int runs = 5, moves = 9;
  g_autofree char *text = make_project ();
  g_autofree char *dir = g_dir_make_tmp ("sakskart-bench-XXXXXX", NULL);
  g_autofree char *file_path = g_build_filename (dir, "bench.sakskart", NULL);
  g_autofree char *pdf = g_build_filename (dir, "pack.pdf", NULL);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GFile) file = NULL;
  double pack[5], titles[5], move[9], label[9];
  SkWindow *window;
  SkMeeting *meeting;

  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  project = sk_project_new_from_data (text, strlen (text), NULL, NULL);
  meeting = sk_project_find_meeting (project, "m");

  for (int r = 0; r < runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      cairo_surface_t *s;
      cairo_t *cr;

      g_assert_true (sk_render_meeting_pdf (project, meeting, FALSE, pdf, NULL));
      pack[r] = (g_get_monotonic_time () - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      s = cairo_pdf_surface_create (pdf, 595, 842);
      cr = cairo_create (s);
      for (int i = 0; i < N_ITEMS; i++)
        {
          PangoLayout *layout = pango_cairo_create_layout (cr);

          pango_layout_set_text (layout, ((SkItem *) g_ptr_array_index (meeting->items, i))->title, -1);
          cairo_move_to (cr, 50, 50 + (i % 50) * 14);
          pango_cairo_show_layout (cr, layout);
          g_object_unref (layout);
          if (i % 50 == 49)
            cairo_show_page (cr);
        }
      cairo_destroy (cr);
      cairo_surface_finish (s);
      cairo_surface_destroy (s);
      titles[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }

  /* The view */
  g_assert_true (g_file_set_contents (file_path, text, -1, NULL));
  file = g_file_new_for_path (file_path);
  window = bench_agenda_window (file);
  for (int r = 0; r < moves; r++)
    {
      GtkWidget *row = find_row (GTK_WIDGET (window));
      gint64 t0;

      gtk_widget_grab_focus (row);
      work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());
      t0 = g_get_monotonic_time ();
      press_alt (row, GDK_KEY_Down);
      move[r] = work_until_drawn (GTK_WIDGET (window), t0);

      t0 = g_get_monotonic_time ();
      gtk_window_set_title (GTK_WINDOW (window), r % 2 ? "Sakskart 1" : "Sakskart 2");
      label[r] = work_until_drawn (GTK_WIDGET (window), t0);
    }
  g_print ("%.0f %.0f %.1f %.2f\n", bench_median (pack, runs), bench_median (titles, runs), bench_median (move, moves),
           bench_median (label, moves));
  g_unlink (pdf);
  g_unlink (file_path);
  g_rmdir (dir);
  return 0;
}
