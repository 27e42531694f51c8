/* test-mnemonics-window.c — no two controls shown together in a window
 * share an access key
 *
 * An access key (Alt and the underlined letter) acts on the whole window:
 * the header bar's buttons, the page of the view and everything on it.
 * check-mnemonics.py reads the labels a function builds; this test reads
 * the window itself, each view and page as the user sees it, in the
 * language of LANGUAGE (the suite runs it in English, Nynorsk and Bokmål).
 * Fails when two drawable labels of one window with different texts have
 * the same access key, naming the window's state and both labels.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <locale.h>

#include "sk-agenda-item.h"
#include "sk-agenda-view.h"
#include "sk-costs-view.h"
#include "sk-doc-language.h"
#include "sk-matrix-view.h"
#include "sk-meeting-console.h"
#include "sk-meeting-state.h"
#include "sk-presenter.h"
#include "sk-timeline-view.h"
#include "sk-view.h"
#include "ui-util.h"

#define MEETING "styret-2025-11-03"

static SkApplication *app;
static char *example;

/* The labels with an access key that the user sees in `root`, by key. */
static void
collect (GtkWidget  *widget,
         GHashTable *by_key,
         GPtrArray  *clashes,
         const char *where)
{
  if (!gtk_widget_is_drawable (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_use_underline (GTK_LABEL (widget)))
    {
      guint key = gtk_label_get_mnemonic_keyval (GTK_LABEL (widget));
      const char *text = gtk_label_get_label (GTK_LABEL (widget));

      if (key != GDK_KEY_VoidSymbol)
        {
          gpointer k = GUINT_TO_POINTER (gdk_keyval_to_lower (key));
          const char *other = g_hash_table_lookup (by_key, k);

          /* The same label twice (one button a row) is no clash. */
          if (other != NULL && g_strcmp0 (other, text) != 0)
            g_ptr_array_add (clashes, g_strdup_printf ("%s [%s]: “%s” and “%s” share the access key %s",
                                                       where, g_getenv ("LANGUAGE"), other, text,
                                                       gdk_keyval_name (gdk_keyval_to_upper (key))));
          else if (other == NULL)
            g_hash_table_insert (by_key, k, (gpointer) text);
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect (c, by_key, clashes, where);
}

/* Adds the clashes of `window` as it is now, and how many keys it has. */
static guint
check_window (GtkWidget  *window,
              const char *where,
              GPtrArray  *clashes)
{
  g_autoptr(GHashTable) by_key = g_hash_table_new (NULL, NULL);

  drain ();
  collect (window, by_key, clashes, where);
  g_test_message ("%s: %u access keys", where, g_hash_table_size (by_key));
  return g_hash_table_size (by_key);
}

static SkWindow *
open_window (const char *path)
{
  return ui_window_open_loaded (app, path, 1366, 768);
}

static SkView *
show_view (SkWindow   *window,
           const char *name,
           GType       type)
{
  GtkWidget *view;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", name);
  drain ();
  view = find_type (GTK_WIDGET (window), type);
  g_assert_nonnull (view);
  return SK_VIEW (view);
}

/* Activates the side list's row whose title is `title`. */
static void
activate_side_row (SkWindow   *window,
                   const char *title)
{
  GtkWidget *label = find_label (GTK_WIDGET (window), title);
  GtkWidget *row = label ? gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW) : NULL;
  GtkWidget *list = row ? gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX) : NULL;

  g_assert_nonnull (list);
  gtk_list_box_select_row (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (row));
  g_signal_emit_by_name (list, "row-activated", row);
  drain ();
}

/* Opens every item of the meeting shown: each editor's buttons with the
 * header's. */
static guint
open_items (SkWindow *window)
{
  GtkWidget *first = find_type (GTK_WIDGET (window), SK_TYPE_AGENDA_ITEM_ROW);
  guint n = 0;

  g_assert_nonnull (first);
  for (GtkWidget *w = first; w; w = gtk_widget_get_next_sibling (w))
    if (SK_IS_AGENDA_ITEM_ROW (w) && !sk_agenda_item_row_is_open (SK_AGENDA_ITEM_ROW (w)))
      {
        g_signal_emit_by_name (gtk_widget_get_ancestor (w, GTK_TYPE_LIST_BOX), "row-activated", w);
        n++;
      }
  drain ();
  return n;
}

/* The first view stack in `widget`: a preferences window's pages. */
static AdwViewStack *
find_stack (GtkWidget *widget)
{
  if (ADW_IS_VIEW_STACK (widget))
    return ADW_VIEW_STACK (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      AdwViewStack *found = find_stack (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
report (GPtrArray *clashes)
{
  for (guint i = 0; i < clashes->len; i++)
    g_printerr ("%s\n", (char *) g_ptr_array_index (clashes, i));
  g_assert_cmpuint (clashes->len, ==, 0);
}

/* Each view, with its record shown; the agenda with its items open. */
static void
test_views (void)
{
  g_autofree char *path = copy_example (example);
  g_autoptr(GPtrArray) clashes = g_ptr_array_new_with_free_func (g_free);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkView *view;
  SkMatrix *matrix = g_ptr_array_index (sk_project_get_matrices (project), 0);
  SkTimeline *timeline = g_ptr_array_index (sk_project_get_timelines (project), 0);
  SkCostModel *model = g_ptr_array_index (sk_project_get_cost_models (project), 0);

  view = show_view (window, "agenda", SK_TYPE_AGENDA_VIEW);
  sk_view_select (view, MEETING, NULL);
  drain ();
  g_assert_cmpuint (check_window (GTK_WIDGET (window), "agenda, meeting", clashes), >, 2);
  g_assert_cmpuint (open_items (window), >, 3);
  check_window (GTK_WIDGET (window), "agenda, meeting with its items open", clashes);
  activate_side_row (window, _("Meeting Plan"));
  check_window (GTK_WIDGET (window), "agenda, meeting plan", clashes);
  activate_side_row (window, _("Rolling Plan"));
  check_window (GTK_WIDGET (window), "agenda, rolling plan", clashes);

  view = show_view (window, "matrix", SK_TYPE_MATRIX_VIEW);
  sk_view_select (view, matrix->id, NULL);
  check_window (GTK_WIDGET (window), "matrix", clashes);

  view = show_view (window, "timeline", SK_TYPE_TIMELINE_VIEW);
  sk_view_select (view, timeline->id, NULL);
  check_window (GTK_WIDGET (window), "timeline", clashes);
  activate_side_row (window, _("All Timelines"));
  check_window (GTK_WIDGET (window), "all timelines", clashes);

  view = show_view (window, "costs", SK_TYPE_COSTS_VIEW);
  sk_view_select (view, model->id, NULL);
  check_window (GTK_WIDGET (window), "costs", clashes);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL);
  drain ();
  for (GList *l = gtk_window_list_toplevels (); l; l = g_list_delete_link (l, l))
    if (l->data != window && gtk_widget_get_visible (l->data) && ADW_IS_PREFERENCES_WINDOW (l->data))
      {
        AdwViewStack *stack = find_stack (l->data);
        g_autoptr(GListModel) pages = G_LIST_MODEL (adw_view_stack_get_pages (stack));
        guint keys = 0;

        g_assert_cmpuint (g_list_model_get_n_items (pages), >, 1);
        for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
          {
            g_autoptr(AdwViewStackPage) page = g_list_model_get_item (pages, i);
            g_autofree char *where = g_strdup_printf ("project properties, page “%s”",
                                                      adw_view_stack_page_get_title (page));

            adw_view_stack_set_visible_child (stack, adw_view_stack_page_get_child (page));
            keys += check_window (l->data, where, clashes);
          }
        g_assert_cmpuint (keys, >, 0);
        gtk_window_destroy (l->data);
      }

  report (clashes);
  gtk_window_destroy (GTK_WINDOW (window));
  remove_copy (path);
}

/* Meeting mode: the presentation and the chair's console, at the
 * attendance and on an item for decision. */
static void
test_meeting_mode (void)
{
  g_autofree char *path = copy_example (example);
  g_autoptr(GPtrArray) clashes = g_ptr_array_new_with_free_func (g_free);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  SkMeetingState *state = sk_presenter_get_state (mode);
  SkMeetingConsole *console = sk_meeting_console_new (mode, state);

  gtk_window_present (GTK_WINDOW (mode));
  gtk_window_present (GTK_WINDOW (console));
  check_window (GTK_WIDGET (mode), "meeting mode, start", clashes);
  check_window (GTK_WIDGET (console), "chair's console, start", clashes);
  for (guint position = 0; position < 8; position++)
    {
      g_autofree char *where = g_strdup_printf ("meeting mode, item %u", position + 1);
      g_autofree char *console_where = g_strdup_printf ("chair's console, item %u", position + 1);

      sk_meeting_state_set_position (state, position);
      check_window (GTK_WIDGET (mode), where, clashes);
      check_window (GTK_WIDGET (console), console_where, clashes);
    }
  report (clashes);
  gtk_window_destroy (GTK_WINDOW (console));
  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  remove_copy (path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/mnemonics-window/views", test_views);
  g_test_add_func ("/mnemonics-window/meeting-mode", test_meeting_mode);
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
