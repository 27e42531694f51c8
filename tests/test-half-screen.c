/* test-half-screen.c — the window on half a laptop's screen (683 px wide)
 * in the language of LANGUAGE (the suite runs it in English, Nynorsk and
 * Bokmål, whose labels are longer): each view, the agenda with its side
 * list shown and an item open, asks for no more than 683 px.
 *
 * A window whose page asks for more is made wider than the screen's half
 * by GTK; the test measures what the window asks for and fails naming
 * the widest widgets down the way to the one that sets the width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>

#include "sk-agenda-item.h"
#include "sk-agenda-view.h"
#include "sk-doc-language.h"
#include "sk-view.h"
#include "test-util.h"
#include "ui-util.h"

#define HALF 683

static SkApplication *app;
static char *example;

/* The widget's type and, for a label, its text. */
static char *
describe (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return g_strdup_printf ("%s “%s”", G_OBJECT_TYPE_NAME (widget), gtk_label_get_text (GTK_LABEL (widget)));
  return g_strdup (G_OBJECT_TYPE_NAME (widget));
}

/* Down from `widget`, each time to the shown child asking for the most
 * width, while that is most of what its parent asks for. */
static char *
widest_path (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  while (widget != NULL)
    {
      GtkWidget *widest = NULL;
      int min, most = -1;
      g_autofree char *what = describe (widget);

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_string_append_printf (path, "\n  %s: %d px", what, min);
      for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
        {
          int m;

          if (!gtk_widget_get_visible (c))
            continue;
          gtk_widget_measure (c, GTK_ORIENTATION_HORIZONTAL, -1, &m, NULL, NULL, NULL);
          if (m > most)
            {
              most = m;
              widest = c;
            }
        }
      widget = most >= min / 3 ? widest : NULL;
    }
  return g_string_free (path, FALSE);
}

static void
assert_fits (SkWindow   *window,
             const char *state)
{
  int min;

  drain ();
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min > HALF)
    {
      g_autofree char *path = widest_path (GTK_WIDGET (window));

      g_error ("%s [%s]: the window asks for %d px, more than half a laptop's screen (%d px):%s",
               state, g_getenv ("LANGUAGE"), min, HALF, path);
    }
  g_test_message ("%s: %d px", state, min);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, HALF);
}

static SkView *
view_of_type (SkWindow *window,
              GType     type)
{
  GtkWidget *view = find_type (GTK_WIDGET (window), type);

  g_assert_nonnull (view);
  return SK_VIEW (view);
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text) &&
         gtk_widget_get_ancestor (widget, SK_TYPE_AGENDA_ITEM_ROW) != NULL;
}

/* Whether the widget shows a tooltip where the pointer rests on it, as
 * GTK asks it. */
static gboolean
asks_tooltip (GtkWidget *widget)
{
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  if (!gtk_widget_get_has_tooltip (widget))
    return FALSE;
  g_signal_emit_by_name (widget, "query-tooltip", 4, 4, FALSE, tooltip, &shown);
  return shown;
}

/* Each view; the agenda with its side list shown (the header's button),
 * each item of the meeting opened and closed again, then all open. */
static void
test_views_fit (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-half-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "halv.sakskart", NULL);
  g_autofree char *text = NULL;
  const char *views[] = { "matrix", "timeline", "costs", "agenda" };
  SkWindow *window;
  SkView *agenda;
  GtkWidget *list_button, *row;
  gsize length;

  g_assert_true (g_file_get_contents (example, &text, &length, NULL));
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  window = ui_window_open_loaded (app, path, HALF, 740);
  assert_fits (window, "The agenda");
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *state = g_strdup_printf ("The view “%s”", views[i]);

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]);
      assert_fits (window, state);
    }

  /* Each view with its side list shown by the header's button. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      g_autofree char *state = g_strdup_printf ("The view “%s” with its side list", views[i]);
      SkView *view;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]);
      drain ();
      view = SK_VIEW (gtk_widget_get_ancestor (GTK_WIDGET (find_widget (GTK_WIDGET (window), is_shown_of_type,
                                                                            GSIZE_TO_POINTER (GTK_TYPE_PANED))),
                                               SK_TYPE_VIEW));
      g_assert_true (sk_view_get_folded (view));
      g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (sk_view_get_sidebar (view))));
      list_button = find_widget (GTK_WIDGET (window), is_shown_of_type, GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON));
      g_assert_nonnull (list_button);
      /* A button activated is clicked a moment later (shown pressed). */
      gtk_widget_activate (list_button);
      for (gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;
           !gtk_widget_get_mapped (GTK_WIDGET (sk_view_get_sidebar (view))) && g_get_monotonic_time () < deadline;)
        g_main_context_iteration (NULL, TRUE);
      drain ();
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sk_view_get_sidebar (view))));
      assert_fits (window, state);
    }
  agenda = view_of_type (window, SK_TYPE_AGENDA_VIEW);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (sk_view_get_sidebar (agenda))));

  row = find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (SK_TYPE_AGENDA_ITEM_ROW));
  g_assert_nonnull (row);

  /* Beside the list, a long title is cut short, and whole in its
   * tooltip; a short one has no tooltip. */
  {
    GtkWidget *cut = find_widget (GTK_WIDGET (window), is_label_starting, "5. ");
    GtkWidget *whole = find_widget (GTK_WIDGET (window), is_label_starting, "1. ");

    g_assert_nonnull (cut);
    g_assert_nonnull (whole);
    g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (cut))));
    g_assert_true (asks_tooltip (cut));
    g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (whole))));
    g_assert_false (asks_tooltip (whole));
  }
  {
    GtkListBox *list = GTK_LIST_BOX (gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX));
    GtkListBoxRow *r;

    for (int i = 0; (r = gtk_list_box_get_row_at_index (list, i)) != NULL; i++)
      {
        g_autofree char *state = NULL;

        if (!SK_IS_AGENDA_ITEM_ROW (r))
          continue;
        g_signal_emit_by_name (list, "row-activated", r);
        drain ();
        g_assert_true (sk_agenda_item_row_is_open (SK_AGENDA_ITEM_ROW (r)));
        state = g_strdup_printf ("The agenda with its side list and item %d open", i + 1);
        assert_fits (window, state);
      }
  }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/half-screen/views-fit", test_views_fit);
}

int
main (int    argc,
      char **argv)
{
  if (g_getenv ("LANGUAGE") == NULL)
    g_setenv ("LANGUAGE", "en", TRUE);
  example = ui_test_init (&argc, &argv, "test");
  setlocale (LC_ALL, "");
  sk_i18n_init ();
  textdomain (GETTEXT_PACKAGE);
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
