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

#include "sk-application.h"
#include "sk-render.h"
#include "sk-window.h"
#include "bench-util.h"
#include "bench-frames.h"

#define N_ITEMS 200

static char *
make_project (void)
{
  GString *json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"Bench\",\"municipalities\":[],"
                                "\"meetings\":[{\"id\":\"m\",\"body\":\"Styret\",\"date\":\"2026-02-10\","
                                "\"start_time\":\"09:00\",\"items\":[");

  for (int i = 0; i < N_ITEMS; i++)
    g_string_append_printf (json, "%s{\"id\":\"i%d\",\"title\":\"Sak %d om felles tenester i regionen\","
                            "\"kind\":\"decision\",\"duration_min\":5,\"presenter\":\"Administrasjonen\","
                            "\"body\":\"Saksframstilling for sak %d. Styret har tidlegare drøfta saka.\\n\\n"
                            "• Første punkt i saka\\n• Andre punkt i saka\\n\\nAdministrasjonen tilrår at styret "
                            "gjer vedtak i samsvar med framlegget.\","
                            "\"proposal\":\"Styret sluttar seg til tilrådinga i sak %d.\"}",
                            i ? "," : "", i, i + 1, i + 1, i + 1);
  g_string_append (json, "]}]}");
  return g_string_free (json, FALSE);
}

static GtkWidget *
find_row (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found;

      if (GTK_IS_LIST_BOX_ROW (c) && g_object_get_data (G_OBJECT (c), "sk-item-row") && gtk_widget_get_mapped (c))
        return c;
      if ((found = find_row (c)) != NULL)
        return found;
    }
  return NULL;
}

static void
press_alt_down (GtkWidget *row)
{
  GtkWidget *list = gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX);
  GListModel *controllers = gtk_widget_observe_controllers (list);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (c))
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (c)); k++)
        {
          g_autoptr(GtkShortcut) sc = g_list_model_get_item (G_LIST_MODEL (c), k);
          GtkShortcutTrigger *t = gtk_shortcut_get_trigger (sc);

          /* Alt+Down only, as the key does: not the list's own Down
           * bindings (the cursor moved on by more rows). */
          if (GTK_IS_KEYVAL_TRIGGER (t) && gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (t)) == GDK_KEY_Down &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (t)) == GDK_ALT_MASK)
            gtk_shortcut_action_activate (gtk_shortcut_get_action (sc), 0, list, gtk_shortcut_get_arguments (sc));
        }
    }
  g_object_unref (controllers);
}

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
  SkApplication *app;
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
  app = sk_application_new ();
  g_application_register (G_APPLICATION (app), NULL, NULL);
  g_application_hold (G_APPLICATION (app));
  window = sk_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  sk_window_open_file (window, file, FALSE);
  for (int i = 0; i < 400 && sk_project_find_meeting (sk_window_get_project (window), "m") == NULL; i++)
    g_main_context_iteration (NULL, TRUE);
  drain ();
  for (int r = 0; r < moves; r++)
    {
      GtkWidget *row = find_row (GTK_WIDGET (window));
      gint64 t0;

      gtk_widget_grab_focus (row);
      work_until_drawn (GTK_WIDGET (window), g_get_monotonic_time ());
      t0 = g_get_monotonic_time ();
      press_alt_down (row);
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
