/* test-ui.c — the real window under Xvfb: open, switch views, bad files, save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <unistd.h>

#include "sk-application.h"
#include "sk-agenda-view.h"
#include "sk-costs-view.h"
#include "sk-matrix-view.h"
#include "sk-timeline-view.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-view.h"
#include "sk-properties.h"
#include "sk-window.h"
#include "sk-gantt-chart.h"
#include "sk-gantt.h"
#include "sk-format.h"
#include "sk-meeting-console.h"
#include "sk-presenter.h"
#include "sk-render.h"
#include "test-util.h"
#include "ui-util.h"

static SkApplication *app;
static char *example;

static void       collect_unnamed (GtkWidget  *root,
                                   GString    *missing,
                                   const char *where);
static GPtrArray *tab_round       (GtkWindow  *window);

static void
iterate_until (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

static char *last_error;

static void
load_failed_cb (SkWindow   *window,
                const char *message,
                gboolean   *flag)
{
  g_free (last_error);
  last_error = g_strdup (message);
  *flag = TRUE;
}

static SkWindow *
open_window (const char *path)
{
  SkWindow *window = sk_window_new (app);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean loaded = FALSE;
  gulong id;

  gtk_window_present (GTK_WINDOW (window));
  id = g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  iterate_until (&loaded);
  g_signal_handler_disconnect (window, id);
  drain ();
  return window;
}

/* The example written to `path`, opened in a window of its own. */
static SkWindow *
open_example_copy (const char *path)
{
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return open_window (path);
}

/* Opens or closes an agenda row's editor, as a click on it does. */
static void
toggle_item_row (GtkWidget *row)
{
  g_signal_emit_by_name (gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX), "row-activated", row);
  drain ();
}

static void
test_open_example_and_switch_views (void)
{
  SkWindow *window = open_window (example);
  const char *views[] = { "matrix", "timeline", "costs", "agenda" };

  g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Styremøte 3. november 2025");
  g_assert_false (sk_window_get_modified (window));
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "example.sakskart"));
  /* The board meeting is shown in the agenda. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Styremøte"));

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]);
      drain ();
      g_assert_cmpstr (sk_window_get_visible_view (window), ==, views[i]);
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  /* The child-welfare split as the board reads it. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "2,350,703 kr"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Vertskommune for Nav region Sogn"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_bad_file (void)
{
  SkWindow *window = open_window (example);
  SkProject *before = sk_window_get_project (window);
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "broken-kind.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gboolean failed = FALSE;
  GList *toplevels;
  gboolean dialog_shown = FALSE;

  g_assert_true (g_file_set_contents (path,
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[],"
    "\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"vote\"}]}]}",
    -1, NULL));
  g_signal_connect (window, "load-failed", G_CALLBACK (load_failed_cb), &failed);
  sk_window_open_file (window, file, FALSE);
  iterate_until (&failed);
  drain ();

  /* The message names the file and the JSON path; the project stays. */
  g_assert_nonnull (strstr (last_error, "broken-kind.sakskart"));
  g_assert_nonnull (strstr (last_error, "$.meetings[0].items[0].kind"));
  g_assert_true (sk_window_get_project (window) == before);

  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      {
        const char *heading = adw_message_dialog_get_heading (l->data);

        g_assert_nonnull (strstr (heading, "broken-kind.sakskart"));
        dialog_shown = TRUE;
        gtk_window_destroy (l->data);
      }
  g_list_free (toplevels);
  g_assert_true (dialog_shown);

  /* The bad file itself is untouched. */
  {
    g_autofree char *contents = NULL;

    g_file_get_contents (path, &contents, NULL, NULL);
    g_assert_nonnull (strstr (contents, "\"vote\""));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_edit_marks_unsaved_and_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *saved = NULL;
  SkWindow *window;
  gboolean done = FALSE;

  window = open_example_copy (path);

  sk_project_set_title (sk_window_get_project (window), "Endra tittel");
  drain ();
  g_assert_true (sk_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "• styret.sakskart"));

  g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), &done);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  iterate_until (&done);
  g_assert_false (sk_window_get_modified (window));
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "styret.sakskart"));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"title\" : \"Endra tittel\""));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The first widget of a type below root, shown or not. */
static GtkWidget *
find_any_of_type (GtkWidget *root,
                  GType      type)
{
  return find_widget (root, is_of_type, GSIZE_TO_POINTER (type));
}

static void
count_cb (gpointer  instance,
          int      *count)
{
  (*count)++;
}

/* Saved twice in a row (the second waits for the first): the spinner
 * turns until the second is done, not only the first. */
static void
test_two_saves_one_spinner (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *saved = NULL;
  SkWindow *window = open_example_copy (path);
  GtkSpinner *spinner = GTK_SPINNER (find_any_of_type (GTK_WIDGET (window), GTK_TYPE_SPINNER));
  int saves = 0;

  g_assert_nonnull (spinner);
  g_signal_connect (window, "saved", G_CALLBACK (count_cb), &saves);
  sk_project_set_title (sk_window_get_project (window), "Fyrste lagring");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  sk_project_set_title (sk_window_get_project (window), "Andre lagring");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_true (gtk_spinner_get_spinning (spinner));
  while (saves < 1)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (saves, ==, 1);
  g_assert_true (gtk_spinner_get_spinning (spinner));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  while (saves < 2)
    g_main_context_iteration (NULL, TRUE);
  g_assert_false (gtk_spinner_get_spinning (spinner));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (spinner)));
  g_assert_false (sk_window_get_modified (window));
  g_assert_true (g_file_get_contents (path, &saved, NULL, NULL));
  g_assert_nonnull (strstr (saved, "\"title\" : \"Andre lagring\""));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static gboolean
is_entry_row_titled (GtkWidget     *widget,
                     gconstpointer  title)
{
  return ADW_IS_ENTRY_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
find_entry_row (GtkWidget  *root,
                const char *title)
{
  return find_widget (root, is_entry_row_titled, title);
}

static void
test_costs_slider_and_undo (void)
{
  SkWindow *window = open_window (example);
  GtkWidget *scale, *total, *error_label = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "2,350,703 kr"));
  /* Under the table, where the equal parts' whole kroner come from: the
   * same sentence as the PDF's. */
  {
    SkProject *project = sk_window_get_project (window);
    g_autoptr(SkCostResult) r = sk_cost_model_compute (project, sk_project_find_cost_model (project, "barnevern"),
                                                       NULL, NULL);
    g_autofree char *note = sk_cost_rounding_note (r);

    g_assert_nonnull (note);
    g_assert_nonnull (strstr (note, "7,303,773.25 kr"));
    g_assert_nonnull (find_label (GTK_WIDGET (window), note));
  }

  /* Five steps to the right with the keyboard's binding: 25 % → 30 %. */
  scale = find_type (GTK_WIDGET (window), GTK_TYPE_SCALE);
  g_assert_nonnull (scale);
  gtk_widget_grab_focus (scale);
  for (int i = 0; i < 5; i++)
    g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_RIGHT);
  drain ();
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 30);
  /* Aurland at 30 % equal, 70 % by children 0–17. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "2,518,602 kr"));
  g_assert_null (find_label (GTK_WIDGET (window), "2,350,703 kr"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "29,215,093 kr"));   /* the total still adds up */
  g_assert_true (sk_window_get_modified (window));

  /* The drag was one edit: one undo takes it back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "2,350,703 kr"));

  /* A total that is not whole kroner is refused with a message. */
  total = find_entry_row (GTK_WIDGET (window), "Total in kroner");
  g_assert_nonnull (total);
  gtk_editable_set_text (GTK_EDITABLE (total), "29 215 093,50");
  g_signal_emit_by_name (total, "apply");
  drain ();
  error_label = find_label (GTK_WIDGET (window), "“29 215 093,50” is not a whole number of kroner");
  g_assert_nonnull (error_label);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "2,350,703 kr"));
  gtk_editable_set_text (GTK_EDITABLE (total), "30 000 000");
  g_signal_emit_by_name (total, "apply");
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "30,000,000 kr"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

struct Tip
{
  GType       type;
  const char *tooltip;
};

static gboolean
has_tooltip (GtkWidget     *widget,
             gconstpointer  data)
{
  const struct Tip *tip = data;
  const char *text = gtk_widget_get_tooltip_text (widget);

  return G_TYPE_CHECK_INSTANCE_TYPE (widget, tip->type) && text != NULL && g_str_equal (text, tip->tooltip);
}

static GtkWidget *
find_tooltip (GtkWidget  *root,
              GType       type,
              const char *tooltip)
{
  const struct Tip tip = { type, tooltip };

  return find_widget (root, has_tooltip, &tip);
}

static guint
count_labels_starting (GtkWidget  *root,
                       const char *prefix)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      if (label_text (c) != NULL && gtk_widget_get_mapped (c) && g_str_has_prefix (label_text (c), prefix))
        n++;
      n += count_labels_starting (c, prefix);
    }
  return n;
}

/* The explanation a "How the share of … is computed" button shows. */
static char *
explanation_of (GtkWidget *why)
{
  GtkPopover *popover;
  GtkWidget *label;
  char *text;

  gtk_menu_button_popup (GTK_MENU_BUTTON (why));
  drain ();
  popover = gtk_menu_button_get_popover (GTK_MENU_BUTTON (why));
  g_assert_nonnull (popover);
  label = gtk_popover_get_child (popover);
  g_assert_true (GTK_IS_LABEL (label));
  text = g_strdup (gtk_label_get_text (GTK_LABEL (label)));
  /* Opened with nothing highlighted (a selectable label that gets the
   * focus is all selected by GTK). */
  g_assert_false (gtk_label_get_selection_bounds (GTK_LABEL (label), NULL, NULL));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (why));
  drain ();
  return text;
}

/* A step of the equal-share slider changes the figures in the tables the
 * user is looking at: the labels stay (nothing laid out anew that did not
 * change, the focus and scrolling kept), their texts and the explanations
 * follow.  A change of shape (another criterion) builds the table anew. */
static void
test_costs_slider_keeps_tables (void)
{
  SkWindow *window = open_window (example);
  GtkWidget *scale, *aurland, *why;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  aurland = find_label (GTK_WIDGET (window), "2,350,703 kr");
  g_assert_nonnull (aurland);
  g_object_add_weak_pointer (G_OBJECT (aurland), (gpointer *) &aurland);
  why = find_tooltip (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON, "How the share of Aurland is computed");
  g_assert_nonnull (why);
  g_object_add_weak_pointer (G_OBJECT (why), (gpointer *) &why);
  before = explanation_of (why);

  scale = find_type (GTK_WIDGET (window), GTK_TYPE_SCALE);
  gtk_range_set_value (GTK_RANGE (scale), 30);
  drain ();
  /* The same label, with Aurland's share at 30 % equal. */
  g_assert_nonnull (aurland);
  g_assert_cmpstr (label_text (aurland), ==, "2,518,602 kr");
  g_assert_null (find_label (GTK_WIDGET (window), "2,350,703 kr"));
  g_assert_nonnull (why);
  after = explanation_of (why);
  /* The summary's parts add up to 100 % as written. */
  gtk_range_set_value (GTK_RANGE (scale), 37.17);
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "29,215,093 kr: 37.17% shared equally, 62.83% by children 0–17"));
  gtk_range_set_value (GTK_RANGE (scale), 30);
  drain ();
  g_assert_cmpstr (before, !=, after);
  g_assert_nonnull (strstr (after, "30"));

  /* Another criterion: the side-by-side table gets a column (by the
   * figure that was the only one), built anew. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  {
    GtkWidget *add = find_tooltip (GTK_WIDGET (window), GTK_TYPE_BUTTON, "Add a Criterion");
    guint columns = count_labels_starting (GTK_WIDGET (window), "By ");

    g_assert_nonnull (add);
    g_signal_emit_by_name (add, "clicked");
    drain ();
    g_assert_cmpuint (count_labels_starting (GTK_WIDGET (window), "By "), ==, columns + 1);
  }
  g_clear_weak_pointer (&aurland);
  g_clear_weak_pointer (&why);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_css_named (GtkWidget     *widget,
              gconstpointer  css_name)
{
  return g_str_equal (gtk_widget_get_css_name (widget), css_name);
}

static GtkWidget *find_button (GtkWidget  *root,
                               const char *label);

static void
test_matrix_slider_by_keyboard (void)
{
  SkWindow *window = open_window (example);
  GtkWidget *sidebar_row, *scale, *restore, *undo;
  GtkListBox *sidebar;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  /* The value as prepared is marked under each slider from the first
   * page on (the view, made as it is first shown, takes the prepared
   * values before it builds). */
  scale = find_tooltip (GTK_WIDGET (window), GTK_TYPE_SCALE, "Weight of Nærleik til brukarane");
  g_assert_nonnull (scale);
  g_assert_nonnull (find_widget (scale, is_css_named, "marks"));
  /* NAV, where Sogndal and Årdal tie: the texts name both, and under
   * each weight who stays first and who comes first past it. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Sogndal and Årdal are tied for first place: no clear winner."));
  g_assert_nonnull (find_label (GTK_WIDGET (window),
                                "Sogndal (tied with Årdal) stays first down to 4; below it Årdal comes first"));
  g_assert_nonnull (find_label (GTK_WIDGET (window),
                                "Sogndal (tied with Årdal) stays first up to 3; above it Årdal comes first"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Sogndal (tied with Årdal) stays first over the whole range"));
  /* The child-welfare office: Årdal leads with transition risk weighed in. */
  sidebar_row = GTK_WIDGET (find_label (GTK_WIDGET (window), "Oppmøtestad for felles barnevern (Årdal eller Lærdal)"));
  g_assert_nonnull (sidebar_row);
  sidebar = GTK_LIST_BOX (gtk_widget_get_ancestor (sidebar_row, GTK_TYPE_LIST_BOX));
  gtk_list_box_select_row (sidebar, GTK_LIST_BOX_ROW (gtk_widget_get_ancestor (sidebar_row, GTK_TYPE_LIST_BOX_ROW)));
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Årdal leads by less than 10 %: no clear winner."));
  /* Nothing to restore yet. */
  restore = gtk_widget_get_ancestor (find_label (GTK_WIDGET (window), "Restore as Prepared"), GTK_TYPE_BUTTON);
  g_assert_nonnull (restore);
  g_assert_false (gtk_widget_get_sensitive (restore));

  /* Take the weight of transition risk from 5 to 0 with the keyboard. */
  scale = find_tooltip (GTK_WIDGET (window), GTK_TYPE_SCALE, "Weight of Overgangsrisiko");
  g_assert_nonnull (scale);
  gtk_widget_grab_focus (scale);
  for (int i = 0; i < 10; i++)
    g_signal_emit_by_name (scale, "move-slider", GTK_SCROLL_STEP_LEFT);
  drain ();
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, 0);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Lærdal has the highest score."));
  /* A whole-number score without decimals */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "85"));
  /* Transition risk at 0: Lærdal first by 85 to 71; Årdal gains 4 a
   * point of its weight (5 against 1) and is first above 3,5. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Lærdal stays first up to 3.5; above it Årdal comes first"));

  /* As prepared, with one action. */
  restore = gtk_widget_get_ancestor (find_label (GTK_WIDGET (window), "Restore as Prepared"), GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_get_sensitive (restore));
  g_signal_emit_by_name (restore, "clicked");
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Årdal leads by less than 10 %: no clear winner."));
  restore = gtk_widget_get_ancestor (find_label (GTK_WIDGET (window), "Restore as Prepared"), GTK_TYPE_BUTTON);
  g_assert_false (gtk_widget_get_sensitive (restore));
  /* Undone with the toast's button, there is something to restore again. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "The values as prepared are back"));
  undo = find_button (GTK_WIDGET (window), "Undo");
  g_assert_nonnull (undo);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (undo)), ==, "win.undo");
  g_signal_emit_by_name (undo, "clicked");
  drain ();
  restore = gtk_widget_get_ancestor (find_label (GTK_WIDGET (window), "Restore as Prepared"), GTK_TYPE_BUTTON);
  g_assert_true (gtk_widget_get_sensitive (restore));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  GtkWidget *l = find_label (root, label);

  return l ? gtk_widget_get_ancestor (l, GTK_TYPE_BUTTON) : NULL;
}

static SkItem *
item_at (SkWindow *window,
         guint     i)
{
  SkMeeting *m = sk_project_find_meeting (sk_window_get_project (window), "styret-2025-11-03");

  return g_ptr_array_index (m->items, i);
}

static void
test_agenda_reorder_edit_undo (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "agenda.sakskart", NULL);
  SkWindow *window;
  GtkWidget *row, *entry = NULL, *remove;
  SkMeeting *m;

  window = open_example_copy (path);
  g_assert_cmpstr (item_at (window, 0)->id, ==, "opning");

  /* Alt+Down on the first item moves it below the second. */
  row = item_row_titled (window, "1. Opning v/styreleiar");
  g_assert_nonnull (row);
  gtk_widget_grab_focus (row);
  press_alt (row, GDK_KEY_Down);
  drain ();
  g_assert_cmpstr (item_at (window, 0)->id, ==, "godkjenning");
  g_assert_cmpstr (item_at (window, 1)->id, ==, "opning");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "1. Godkjenning av innkalling og sakliste"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "2. Opning v/styreleiar"));
  g_assert_true (sk_window_get_modified (window));
  /* The row moved with its item, and the focus with it: it never left
   * the row (GTK 4.8 restyles the whole list when the focus moves). */
  g_assert_true (item_row_titled (window, "2. Opning v/styreleiar") == row);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == row);
  g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, 1);

  /* Undo puts it back. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (item_at (window, 0)->id, ==, "opning");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "1. Opning v/styreleiar"));

  /* Open item 7 and change its title in place. */
  row = item_row_titled (window, "7. Felles barnevern i Sogn");
  toggle_item_row (row);
  {
    /* The first entry of the editor is the title. */
    GtkWidget *found = NULL;
    GtkWidget *stack[64];
    int top = 0;

    stack[top++] = row;
    while (top > 0 && found == NULL)
      {
        GtkWidget *w = stack[--top];

        if (GTK_IS_ENTRY (w) && gtk_widget_get_mapped (w) &&
            g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (w)), "Felles barnevern i Sogn") == 0)
          found = w;
        for (GtkWidget *c = gtk_widget_get_last_child (w); c && top < 63; c = gtk_widget_get_prev_sibling (c))
          stack[top++] = c;
      }
    entry = found;
  }
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Felles barnevern i Sogn – vedtak");
  drain ();
  g_assert_cmpstr (item_at (window, 6)->title, ==, "Felles barnevern i Sogn – vedtak");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "7. Felles barnevern i Sogn – vedtak"));

  /* Remove it: a toast offers undo, and undo brings it back. */
  remove = find_button (GTK_WIDGET (window), "Remove Item");
  g_assert_nonnull (remove);
  g_signal_emit_by_name (remove, "clicked");
  drain ();
  m = sk_project_find_meeting (sk_window_get_project (window), "styret-2025-11-03");
  g_assert_cmpuint (m->items->len, ==, 14);
  /* The side list counts the items too. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Styremøte, 14 items"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  m = sk_project_find_meeting (sk_window_get_project (window), "styret-2025-11-03");
  g_assert_cmpuint (m->items->len, ==, 15);
  g_assert_cmpstr (((SkItem *) g_ptr_array_index (m->items, 6))->title, ==, "Felles barnevern i Sogn – vedtak");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Styremøte, 15 items"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The file chooser GtkFileChooserNative shows without a portal. */
static gboolean
is_shown_file_chooser (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_FILE_CHOOSER_DIALOG (widget) && gtk_widget_get_visible (widget);
}

static GtkFileChooser *
find_file_chooser (void)
{
  return GTK_FILE_CHOOSER (find_toplevel (is_shown_file_chooser, NULL));
}

static gboolean
is_shown_error_dialog (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_MESSAGE_DIALOG (widget) && gtk_widget_get_visible (widget);
}

/* Save As on a project saved before: the chooser starts in its folder
 * with its name proposed, and lists the folder (GTK 4.8 said "The folder
 * contents could not be shown" over "/" and proposed no name when the
 * file was set as well as its folder). */
static void
test_save_as_saved_project (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret-nov.sakskart", NULL);
  g_autoptr(GFile) expected = g_file_new_for_path (dir);
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;
  SkWindow *window = open_example_copy (path);
  GtkFileChooser *chooser;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  drain ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  for (gint64 d = g_get_monotonic_time () + G_USEC_PER_SEC; g_get_monotonic_time () < d;)
    g_main_context_iteration (NULL, FALSE);
  drain ();
  g_assert_null (find_toplevel (is_shown_error_dialog, NULL));
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "styret-nov.sakskart");
  folder = gtk_file_chooser_get_current_folder (chooser);
  g_assert_nonnull (folder);
  g_assert_true (g_file_equal (folder, expected));

  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  drain ();
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Save As "kopi", where "kopi.sakskart" is a colleague's project: the
 * chooser asked about "kopi", which is not there, and the name the file
 * gets is asked about before it is replaced, where it was replaced
 * without a word. */
static void
test_save_as_name_without_extension (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *theirs_path = g_build_filename (dir, "kopi.sakskart", NULL);
  g_autoptr(GFile) own = g_file_new_for_path (path);
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  g_autofree char *heading = NULL;
  SkWindow *window = open_example_copy (path);
  GtkFileChooser *chooser;
  AdwMessageDialog *dialog;

  g_assert_true (g_file_get_contents (path, &theirs, NULL, NULL));
  theirs = g_strconcat (theirs, "\n", NULL);
  g_assert_true (g_file_set_contents (theirs_path, theirs, -1, NULL));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  drain ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (chooser, "kopi");
  drain ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  dialog = wait_for_dialog ("Replace “kopi.sakskart”?");
  g_assert_true (g_file_get_contents (theirs_path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  drain ();
  adw_message_dialog_response (dialog, "cancel");
  drain ();
  g_clear_pointer (&now, g_free);
  g_assert_true (g_file_get_contents (theirs_path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (g_file_equal (sk_window_get_file (window), own));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (theirs_path);
  test_remove_saved (dir, path);
}

/* Save As onto the file another window has open: refused, where it was
 * written over, and the other window, its edits unsaved, then told that
 * "someone else" had changed its file. */
static void
test_save_as_onto_other_window (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *a_path = g_build_filename (dir, "a.sakskart", NULL);
  g_autofree char *b_path = g_build_filename (dir, "b.sakskart", NULL);
  g_autoptr(GFile) a_file = g_file_new_for_path (a_path);
  g_autoptr(GFile) b_file = g_file_new_for_path (b_path);
  g_autofree char *a_before = NULL;
  g_autofree char *a_after = NULL;
  SkWindow *a = open_example_copy (a_path);
  SkWindow *b = open_example_copy (b_path);
  GtkFileChooser *chooser;

  g_assert_true (sk_edit_set_project_title (sk_document_get_history (sk_window_get_document (b)),
                                            sk_window_get_project (b), "B si utgåve", NULL));
  drain ();
  g_assert_true (g_file_get_contents (a_path, &a_before, NULL, NULL));
  gtk_widget_activate_action (GTK_WIDGET (b), "win.save-as", NULL);
  drain ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  gtk_file_chooser_set_current_name (chooser, "a.sakskart");
  drain ();
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  drain ();
  /* The chooser asks whether to replace a.sakskart: yes, as one would
   * who took it for an old copy */
  {
    GtkWidget *confirm = find_toplevel (is_shown_error_dialog, NULL);

    g_assert_nonnull (confirm);
    gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
  }
  for (int i = 0; i < 50; i++)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  drain ();
  g_assert_true (g_file_get_contents (a_path, &a_after, NULL, NULL));
  g_assert_true (g_str_equal (a_after, a_before));
  g_assert_true (g_file_equal (sk_window_get_file (b), b_file));
  g_assert_true (sk_window_get_modified (b));
  g_assert_true (g_file_equal (sk_window_get_file (a), a_file));
  sk_document_discard (sk_window_get_document (b));
  gtk_window_destroy (GTK_WINDOW (b));
  gtk_window_destroy (GTK_WINDOW (a));
  drain ();
  g_unlink (b_path);
  test_remove_saved (dir, a_path);
}

/* Add an attachment through the file chooser.  The chooser is modal over
 * the window; the rows made anew while it is open (an undo) do not lose
 * the answer: it goes to the item by id. */
static void
test_attach_through_chooser (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vedlegg.sakskart", NULL);
  g_autofree char *paper = g_build_filename (dir, "saksframlegg.pdf", NULL);
  g_autoptr(GFile) paper_file = g_file_new_for_path (paper);
  SkWindow *window;
  GtkWidget *row, *add;
  GtkFileChooser *chooser;
  SkItem *item;
  guint before;

  g_assert_true (g_file_set_contents (paper, "%PDF-1.4\n", -1, NULL));
  window = open_example_copy (path);
  before = item_at (window, 6)->attachments->len;

  /* An edit to undo later: move the first item down. */
  row = item_row_titled (window, "1. Opning v/styreleiar");
  gtk_widget_grab_focus (row);
  press_alt (row, GDK_KEY_Down);
  drain ();
  g_assert_cmpstr (item_at (window, 0)->id, ==, "godkjenning");

  row = item_row_titled (window, "7. Felles barnevern i Sogn");
  toggle_item_row (row);
  add = find_button (row, "Add Attachment…");
  g_assert_nonnull (add);
  g_signal_emit_by_name (add, "clicked");
  drain ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (chooser)));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (chooser)) == GTK_WINDOW (window));
  /* It starts in the project's folder. */
  {
    g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (chooser);
    g_autoptr(GFile) expected = g_file_new_for_path (dir);

    g_assert_nonnull (folder);
    g_assert_true (g_file_equal (folder, expected));
  }

  /* The rows are made anew while the chooser is open. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (item_at (window, 0)->id, ==, "opning");

  g_assert_true (gtk_file_chooser_set_file (chooser, paper_file, NULL));
  /* The chooser selects the file once it has listed its folder. */
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    GFile *chosen = NULL;

    while ((chosen = gtk_file_chooser_get_file (chooser)) == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (chosen);
    g_assert_true (g_file_equal (chosen, paper_file));
    g_object_unref (chosen);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  drain ();
  item = item_at (window, 6);
  g_assert_cmpuint (item->attachments->len, ==, before + 1);
  g_assert_cmpstr (((SkAttachment *) g_ptr_array_index (item->attachments, before))->title, ==, "saksframlegg.pdf");
  g_assert_null (find_file_chooser ());
  /* One edit, undone as one. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpuint (item_at (window, 6)->attachments->len, ==, before);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The side-by-side table: the names and the amounts shown above stay in
 * view while the other amounts scroll sideways, each name on its amounts'
 * line; the wheel over the table scrolls the page, a sideways gesture the
 * table. */
static void
test_side_by_side_table (void)
{
  SkWindow *window = open_window (example);
  GtkWidget *title, *table, *names, *scroller, *aurland, *amount, *page;
  GtkEventController *wheel = NULL;
  GtkAdjustment *vadj, *hadj;
  graphene_rect_t a, b;
  gboolean handled = FALSE;
  GListModel *controllers;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  title = find_label (GTK_WIDGET (window), "Side by Side");
  g_assert_nonnull (title);
  table = gtk_widget_get_next_sibling (gtk_widget_get_parent (title));
  names = gtk_widget_get_first_child (table);
  scroller = gtk_widget_get_next_sibling (names);
  g_assert_true (GTK_IS_SCROLLED_WINDOW (scroller));
  aurland = find_label (names, "Aurland");
  g_assert_nonnull (aurland);
  g_assert_null (find_label (scroller, "Aurland"));
  g_assert_nonnull (find_label (names, "2,350,703 kr"));   /* Aurland, as shown above */
  g_assert_null (find_label (scroller, "2,350,703 kr"));
  /* Aurland by population, the first column that scrolls */
  amount = gtk_grid_get_child_at (GTK_GRID (find_type (scroller, GTK_TYPE_GRID)), 2, 1);
  g_assert_nonnull (amount);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (GTK_LABEL (amount)), "2,571,130 kr"));
  g_assert_true (gtk_widget_compute_bounds (aurland, GTK_WIDGET (window), &a));
  g_assert_true (gtk_widget_compute_bounds (amount, GTK_WIDGET (window), &b));
  g_assert_cmpfloat_with_epsilon (a.origin.y, b.origin.y, 0.5);
  g_assert_cmpfloat_with_epsilon (a.size.height, b.size.height, 0.5);

  controllers = gtk_widget_observe_controllers (scroller);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && wheel == NULL; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_SCROLL (c) &&
          gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (c)) == GTK_PHASE_CAPTURE)
        wheel = GTK_EVENT_CONTROLLER (c);
    }
  g_object_unref (controllers);
  g_assert_nonnull (wheel);
  page = gtk_widget_get_ancestor (table, GTK_TYPE_SCROLLED_WINDOW);
  vadj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  hadj = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (vadj, 0);
  gtk_adjustment_set_value (hadj, 0);
  g_signal_emit_by_name (wheel, "scroll", 0.0, 1.0, &handled);
  g_assert_true (handled);
  g_assert_cmpfloat (gtk_adjustment_get_value (vadj), >, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (hadj), ==, 0);
  handled = TRUE;
  g_signal_emit_by_name (wheel, "scroll", 1.0, 0.0, &handled);
  g_assert_false (handled);

  /* The keyboard: the table is a Tab stop while it does not fit, and
   * Right, End and Home move it. */
  {
    GtkEventController *keys = NULL;

    controllers = gtk_widget_observe_controllers (scroller);
    for (guint i = 0; i < g_list_model_get_n_items (controllers) && keys == NULL; i++)
      {
        g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

        if (GTK_IS_EVENT_CONTROLLER_KEY (c))
          keys = GTK_EVENT_CONTROLLER (c);
      }
    g_object_unref (controllers);
    g_assert_nonnull (keys);
    g_assert_cmpfloat (gtk_adjustment_get_upper (hadj), >, gtk_adjustment_get_page_size (hadj));
    g_assert_true (gtk_widget_get_focusable (scroller));
    g_assert_true (gtk_widget_grab_focus (scroller));
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Right, 0, 0, &handled);
    g_assert_true (handled);
    g_assert_cmpfloat (gtk_adjustment_get_value (hadj), >, 0);
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_End, 0, 0, &handled);
    g_assert_cmpfloat (gtk_adjustment_get_value (hadj), ==,
                       gtk_adjustment_get_upper (hadj) - gtk_adjustment_get_page_size (hadj));
    g_signal_emit_by_name (keys, "key-pressed", GDK_KEY_Home, 0, 0, &handled);
    g_assert_cmpfloat (gtk_adjustment_get_value (hadj), ==, 0);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The timeline's panel shows with a chosen task only, and the chart keeps
 * that task in sight as it narrows for the panel; Escape closes it. */
/* Iterates until `widget` has a width (two seconds at most). */
static void
wait_for_layout (GtkWidget *widget)
{
  gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (gtk_widget_get_width (widget) == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
}

/* Until the flap has slid fully open or shut. */
static void
wait_for_flap (AdwFlap *flap)
{
  double target = adw_flap_get_reveal_flap (flap) ? 1 : 0;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (adw_flap_get_reveal_progress (flap) != target && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpfloat (adw_flap_get_reveal_progress (flap), ==, target);
  drain ();
}

/* A button with this tooltip. */
static gboolean
is_button_named (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static void
test_timeline_panel_with_selection (void)
{
  SkWindow *window = open_window (example);
  SkTimeline *t = sk_project_find_timeline (sk_window_get_project (window), "ppt");
  SkTask *last = NULL;
  GtkWidget *chart, *panel;
  AdwFlap *flap;
  double x, y, w;

  /* The task that ends last: at the right edge of the fitted chart. */
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);

      if (last == NULL || g_strcmp0 (task->end, last->end) > 0)
        last = task;
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.jump", "(ss)", "timeline", "ppt");
  drain ();
  chart = find_type (GTK_WIDGET (window), SK_TYPE_GANTT_CHART);
  flap = ADW_FLAP (gtk_widget_get_ancestor (chart, ADW_TYPE_FLAP));
  /* The panel's side of the flap comes with the first task chosen. */
  g_assert_null (adw_flap_get_flap (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_nonnull (find_button (GTK_WIDGET (window), "Add Task"));
  /* Laid out (and fitted) at the full width first. */
  wait_for_layout (chart);

  sk_gantt_chart_select_task (SK_GANTT_CHART (chart), last);
  drain ();
  panel = adw_flap_get_flap (flap);
  g_assert_nonnull (panel);
  g_assert_true (adw_flap_get_reveal_flap (flap));
  wait_for_flap (flap);
  wait_for_layout (panel);
  g_assert_false (adw_flap_get_folded (flap));
  g_assert_true (sk_gantt_chart_bar_position (SK_GANTT_CHART (chart), last, &x, &y, &w));
  g_assert_cmpfloat (x, >=, SK_GANTT_LABEL_WIDTH);
  g_assert_cmpfloat (x + w, <=, gtk_widget_get_width (chart));

  /* Its start typed as Norwegians write a date. */
  {
    /* The field after its caption. */
    GtkWidget *start = gtk_widget_get_next_sibling (find_label (panel, "Start (YYYY-MM-DD)"));

    g_assert_true (GTK_IS_ENTRY (start));
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (start)), ==, last->start);
    gtk_editable_set_text (GTK_EDITABLE (start), "9.3.2026");
    g_signal_emit_by_name (start, "activate");
    drain ();
    g_assert_cmpstr (last->start, ==, "2026-03-09");
    g_assert_true (gtk_widget_get_visible (find_any_of_type (panel, GTK_TYPE_SPIN_BUTTON)));
  }
  /* A milestone has no progress to set. */
  for (guint i = 0; i < t->tasks->len; i++)
    if (((SkTask *) g_ptr_array_index (t->tasks, i))->milestone)
      {
        sk_gantt_chart_select_task (SK_GANTT_CHART (chart), g_ptr_array_index (t->tasks, i));
        drain ();
        g_assert_false (gtk_widget_get_visible (find_any_of_type (panel, GTK_TYPE_SPIN_BUTTON)));
        break;
      }

  sk_gantt_chart_select_task (SK_GANTT_CHART (chart), NULL);
  drain ();
  g_assert_false (adw_flap_get_reveal_flap (flap));

  /* On half a laptop's screen, with the side list shown (folded away
   * there is room for both), the panel goes over the chart, which keeps
   * its width; the panel's close button closes it. */
  gtk_window_set_default_size (GTK_WINDOW (window), 683, 760);
  drain ();
  drain ();
  sk_view_set_sidebar_shown (SK_VIEW (gtk_widget_get_ancestor (chart, SK_TYPE_VIEW)), TRUE);
  sk_gantt_chart_select_task (SK_GANTT_CHART (chart), last);
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (!adw_flap_get_folded (flap) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  wait_for_flap (flap);
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_true (adw_flap_get_reveal_flap (flap));
  {
    /* Folding slides too: the chart has its width when it is done. */
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while (gtk_widget_get_width (chart) < SK_GANTT_LABEL_MIN_WIDTH + 100 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_cmpint (gtk_widget_get_width (chart), >=, SK_GANTT_LABEL_MIN_WIDTH + 100);
  g_signal_emit_by_name (find_widget (panel, is_button_named, "Close the Panel (Escape)"), "clicked");
  drain ();
  g_assert_false (adw_flap_get_reveal_flap (flap));
  g_assert_null (sk_gantt_chart_get_selected (SK_GANTT_CHART (chart)));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static void
test_timeline_drag_and_undo (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  SkTimeline *t;
  SkTask *politisk, *signering;
  GtkWidget *chart;
  GtkGesture *drag = NULL;
  double x, y, w, ppd;
  GListModel *controllers;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.jump", "(ss)", "timeline", "barnevern");
  drain ();
  chart = find_type (GTK_WIDGET (window), SK_TYPE_GANTT_CHART);
  g_assert_nonnull (chart);
  t = sk_project_find_timeline (project, "barnevern");
  politisk = NULL;
  signering = NULL;
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);

      if (g_str_equal (task->id, "politisk"))
        politisk = task;
      if (g_str_equal (task->id, "signering"))
        signering = task;
    }
  g_assert_cmpstr (politisk->start, ==, "2025-11-04");
  g_assert_true (sk_gantt_chart_bar_position (SK_GANTT_CHART (chart), politisk, &x, &y, &w));
  ppd = sk_gantt_chart_get_px_per_day (SK_GANTT_CHART (chart));

  /* Drag the bar a week to the right, as the mouse would. */
  controllers = gtk_widget_observe_controllers (chart);
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && drag == NULL; i++)
    {
      g_autoptr(GObject) c = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_DRAG (c))
        drag = GTK_GESTURE (c);
    }
  g_object_unref (controllers);
  g_assert_nonnull (drag);
  g_signal_emit_by_name (drag, "drag-begin", x + w / 2, y);
  g_signal_emit_by_name (drag, "drag-update", 7 * ppd, 0.0);
  g_signal_emit_by_name (drag, "drag-end", 7 * ppd, 0.0);
  drain ();
  g_assert_cmpstr (politisk->start, ==, "2025-11-11");
  g_assert_cmpstr (politisk->end, ==, "2026-03-07");
  /* What depends on it moved along */
  g_assert_cmpstr (signering->start, ==, "2026-03-09");
  g_assert_true (sk_window_get_modified (window));

  /* The keyboard: Alt+Right one day */
  sk_gantt_chart_shift_selected (SK_GANTT_CHART (chart), 1);
  drain ();
  g_assert_cmpstr (politisk->start, ==, "2025-11-12");

  /* Undo twice: as it was */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  t = sk_project_find_timeline (project, "barnevern");
  for (guint i = 0; i < t->tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (t->tasks, i);

      if (g_str_equal (task->id, "politisk"))
        g_assert_cmpstr (task->start, ==, "2025-11-04");
      if (g_str_equal (task->id, "signering"))
        g_assert_cmpstr (task->start, ==, "2026-03-02");
    }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static void
close_message_dialogs (void)
{
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data))
      gtk_window_destroy (l->data);
  g_list_free (toplevels);
}

/* Every file of the bad corpus, opened in a window that holds a project:
 * the open fails, the project stays, and saving writes the project's own
 * file — the bad file keeps every byte.  A window that opened nothing
 * else does not take the bad file as its file either. */
static void
test_bad_corpus_then_save (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *manifest = g_test_build_filename (G_TEST_DIST, "files", "bad", "expected.tsv", NULL);
  g_autofree char *listing = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GFile) own = g_file_new_for_path (path);
  SkWindow *window;
  guint tried = 0;

  window = open_example_copy (path);

  g_assert_true (g_file_get_contents (manifest, &listing, NULL, NULL));
  lines = g_strsplit (listing, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], "\t", -1);
      g_autofree char *bad = NULL;
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      g_autofree char *title = NULL;
      g_autoptr(GFile) file = NULL;
      gboolean failed = FALSE, saved = FALSE;
      gulong failed_id, saved_id;
      SkWindow *fresh;

      /* Files whose cost models cannot be computed do open; skip them. */
      if (lines[i][0] == '#' || g_strv_length (fields) != 3 || g_str_equal (fields[1], "COSTS"))
        continue;
      bad = g_test_build_filename (G_TEST_DIST, "files", "bad", fields[0], NULL);
      before = test_file_digest (bad);
      file = g_file_new_for_path (bad);

      failed_id = g_signal_connect (window, "load-failed", G_CALLBACK (load_failed_cb), &failed);
      sk_window_open_file (window, file, FALSE);
      iterate_until (&failed);
      g_signal_handler_disconnect (window, failed_id);
      close_message_dialogs ();
      g_assert_nonnull (strstr (last_error, fields[0]));
      g_assert_true (g_file_equal (sk_window_get_file (window), own));

      title = g_strdup_printf ("After %s", fields[0]);
      sk_project_set_title (sk_window_get_project (window), title);
      saved_id = g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), &saved);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
      iterate_until (&saved);
      g_signal_handler_disconnect (window, saved_id);

      after = test_file_digest (bad);
      g_assert_cmpstr (before, ==, after);

      /* A window with nothing open yet. */
      fresh = sk_window_new (app);
      gtk_window_present (GTK_WINDOW (fresh));
      failed = FALSE;
      g_signal_connect (fresh, "load-failed", G_CALLBACK (load_failed_cb), &failed);
      sk_window_open_file (fresh, file, FALSE);
      iterate_until (&failed);
      close_message_dialogs ();
      g_assert_true (sk_window_get_file (fresh) == NULL ||
                     !g_file_equal (sk_window_get_file (fresh), file));
      gtk_window_destroy (GTK_WINDOW (fresh));
      drain ();
      tried++;
    }
  g_assert_cmpuint (tried, >=, 50);

  /* The last save went to the project's own file. */
  {
    g_autofree char *saved_text = NULL;

    g_assert_true (g_file_get_contents (path, &saved_text, NULL, NULL));
    g_assert_nonnull (strstr (saved_text, "\"title\" : \"After "));
  }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

typedef struct
{
  SkWindow *window;
  gint64    last;
  gint64    max_gap;
  gint64    max_gap_any;
  guint     ticks;
  double    max_progress;
  gboolean  bar_seen;
} Watch;

static gboolean
watch_tick_cb (gpointer data)
{
  Watch *w = data;
  gint64 now = g_get_monotonic_time ();
  double progress = sk_window_get_load_progress (w->window);

  if (progress >= 0)
    {
      GtkWidget *bar = find_type (GTK_WIDGET (w->window), GTK_TYPE_PROGRESS_BAR);

      w->max_gap = MAX (w->max_gap, now - w->last);
      w->ticks++;
      w->max_progress = MAX (w->max_progress, progress);
      w->bar_seen |= bar != NULL && gtk_widget_get_visible (bar);
    }
  w->max_gap_any = MAX (w->max_gap_any, now - w->last);
  w->last = now;
  return G_SOURCE_CONTINUE;
}

/* A 50 MB project opens in a thread: the window keeps drawing and
 * answering (the main loop never stalls), and a bar shows the progress. */
static void
test_large_file_stays_responsive (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "stor.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"Stort\","
                                          "\"municipalities\":[],\"meetings\":[");
  g_autofree char *body = g_strnfill (1000, 'x');
  SkWindow *window;
  Watch w = { 0 };
  gboolean loaded = FALSE;
  guint tick;
  gint64 start;

  for (guint m = 0; json->len < 50 * 1024 * 1024; m++)
    {
      g_string_append_printf (json, "%s{\"id\":\"m%u\",\"body\":\"Styret\",\"date\":\"2026-%02u-%02u\",\"items\":[",
                              m ? "," : "", m, m % 12 + 1, m % 28 + 1);
      for (guint i = 0; i < 40; i++)
        g_string_append_printf (json, "%s{\"id\":\"i%u\",\"title\":\"Sak %u\",\"kind\":\"decision\",\"body\":\"%s\"}",
                                i ? "," : "", i, i, body);
      g_string_append (json, "]}");
    }
  g_string_append (json, "]}");
  g_assert_true (g_file_set_contents (path, json->str, json->len, NULL));

  window = open_window (example);
  w.window = window;
  w.last = g_get_monotonic_time ();
  tick = g_timeout_add (10, watch_tick_cb, &w);
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  start = g_get_monotonic_time ();
  sk_window_open_file (window, file, FALSE);
  {
    gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

    while (!loaded && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }
  g_assert_true (loaded);
  g_source_remove (tick);
  g_test_message ("50 MB: opened in %.0f ms; while loading %u ticks, longest gap %.0f ms; "
                  "longest gap with showing the project %.0f ms",
                  (g_get_monotonic_time () - start) / 1000.0, w.ticks, w.max_gap / 1000.0,
                  w.max_gap_any / 1000.0);
  g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Stort");
  /* The window answered all along: no gap of a quarter second. */
  g_assert_cmpuint (w.ticks, >, 10);
  g_assert_cmpint (w.max_gap, <, 250 * 1000);
  /* The bar showed, and moved. */
  g_assert_true (w.bar_seen);
  g_assert_cmpfloat (w.max_progress, >, 0.1);
  g_assert_cmpfloat (sk_window_get_load_progress (window), ==, -1);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (path);
  g_rmdir (dir);
}

/* A start's file, read while the application started
 * (sk_document_prefetch ()): the window shows it at once, before its
 * first frame, with no load under way; a read not done yet is waited for
 * and shown when it is. */
static void
test_prefetched_file_shown_at_once (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SkWindow *window;
  gboolean loaded = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));

  sk_document_prefetch (file);
  while (sk_document_prefetch_pending (file) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (sk_document_prefetch_pending (file));
  window = sk_window_new (app);
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  /* No turn of the main loop: shown before the window is. */
  g_assert_true (loaded);
  g_assert_true (g_file_equal (sk_window_get_file (window), file));
  g_assert_cmpfloat (sk_window_get_load_progress (window), ==, -1);
  g_assert_nonnull (strstr (gtk_window_get_title (GTK_WINDOW (window)), "styret.sakskart"));
  gtk_window_present (GTK_WINDOW (window));
  drain ();
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();

  /* Opened while the read is under way (or just done). */
  loaded = FALSE;
  sk_document_prefetch (file);
  window = sk_window_new (app);
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  gtk_window_present (GTK_WINDOW (window));
  sk_window_open_file (window, file, FALSE);
  iterate_until (&loaded);
  g_assert_true (g_file_equal (sk_window_get_file (window), file));
  g_assert_false (sk_document_prefetch_pending (file));
  g_assert_cmpfloat (sk_window_get_load_progress (window), ==, -1);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();

  /* A file that cannot be read: said over the window once it is up (a
   * dialog shown before its window went under it). */
  {
    g_autofree char *missing_path = g_build_filename (dir, "borte.sakskart", NULL);
    g_autoptr(GFile) missing = g_file_new_for_path (missing_path);
    gboolean failed = FALSE, dialog_shown = FALSE;
    GList *toplevels;

    sk_document_prefetch (missing);
    deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    while (sk_document_prefetch_pending (missing) && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    window = sk_window_new (app);
    g_signal_connect (window, "load-failed", G_CALLBACK (load_failed_cb), &failed);
    sk_window_open_file (window, missing, FALSE);
    g_assert_false (failed);
    gtk_window_present (GTK_WINDOW (window));
    iterate_until (&failed);
    g_assert_nonnull (strstr (last_error, "borte.sakskart"));
    toplevels = gtk_window_list_toplevels ();
    for (GList *l = toplevels; l; l = l->next)
      if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
        {
          g_assert_true (gtk_window_get_transient_for (l->data) == GTK_WINDOW (window));
          dialog_shown = TRUE;
          gtk_window_destroy (l->data);
        }
    g_list_free (toplevels);
    g_assert_true (dialog_shown);
    gtk_window_destroy (GTK_WINDOW (window));
    drain ();
  }
  g_unlink (path);
  g_rmdir (dir);
}

/* As a user would: press the dialog's button with this label. */
static void
press_button (GtkWidget  *root,
              const char *label)
{
  /* The dialog keeps a row and a column of its buttons; one shows. */
  GtkWidget *found = find_widget (root, is_button_labelled, label);

  g_assert_nonnull (found);
  /* A button that is not realized yet ignores activation. */
  g_assert_true (gtk_widget_get_realized (found));
  gtk_widget_activate (found);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

/* The meeting's dialog answered with the mouse ("Apply" clicked) with a
 * body the core refuses (its attendance names the board's members): the
 * dialog stays, with the reason and what was typed; nothing changed. */
static void
test_meeting_refusal_keeps_dialog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "organ.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkView *agenda = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW));
  SkMeeting *meeting = sk_project_find_meeting (sk_window_get_project (window), "styret-2025-11-03");
  AdwMessageDialog *dialog;
  GtkWidget *body, *apply;

  g_assert_nonnull (meeting);
  press_button (GTK_WIDGET (sk_view_get_content (agenda)), "_Edit…");
  /* Held: a dialog that went is still there to compare. */
  dialog = g_object_ref (wait_for_dialog ("Edit Meeting"));
  drain ();
  body = find_type (adw_message_dialog_get_extra_child (dialog), GTK_TYPE_ENTRY);
  g_assert_nonnull (body);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (body)), ==, meeting->body);
  gtk_editable_set_text (GTK_EDITABLE (body), "Arbeidsutvalet");
  apply = find_widget (GTK_WIDGET (dialog), is_button_labelled, "_Apply");
  g_assert_nonnull (apply);
  g_signal_emit_by_name (apply, "clicked");
  drain ();
  g_assert_true (find_toplevel (is_dialog_headed, "Edit Meeting") == GTK_WIDGET (dialog));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (body)), ==, "Arbeidsutvalet");
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), is_label_containing, "Arbeidsutvalet"));
  /* The reason in the user's words: no JSON path, no file key */
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), is_label_containing, "No body of the project is called"));
  g_assert_null (find_widget (GTK_WIDGET (dialog), is_label_containing, "$."));
  g_assert_null (find_widget (GTK_WIDGET (dialog), is_label_containing, "bodies"));
  g_assert_cmpstr (meeting->body, ==, "Styret i Sogn KO");

  g_signal_emit_by_name (find_widget (GTK_WIDGET (dialog), is_button_labelled, "_Cancel"), "clicked");
  drain ();
  g_assert_null (find_toplevel (is_dialog_headed, "Edit Meeting"));
  g_assert_cmpstr (meeting->body, ==, "Styret i Sogn KO");
  g_object_unref (dialog);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Someone else saves the file while it is open: the window says so, and
 * a save asks before replacing their version. */
static void
test_someone_else_saves (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  g_autoptr(GRegex) re = g_regex_new ("\"title\": \"[^\"]*\"", 0, 0, NULL);
  AdwMessageDialog *dialog;
  SkWindow *window;
  gboolean saved = FALSE;
  gint64 deadline;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = open_window (path);

  /* A colleague's save on the shared drive. */
  theirs = g_regex_replace_literal (re, contents, -1, 0, "\"title\": \"Kollegaen si utgåve\"", G_REGEX_MATCH_DEFAULT, NULL);
  g_assert_nonnull (strstr (theirs, "Kollegaen si utgåve"));
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (find_label (GTK_WIDGET (window), "“styret.sakskart” was changed by someone else") == NULL &&
         g_get_monotonic_time () < deadline)
    {
      g_usleep (10000);
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_nonnull (find_label (GTK_WIDGET (window), "“styret.sakskart” was changed by someone else"));

  /* Our edit, saved: asked, and cancelled — their version stays. */
  sk_project_set_title (sk_window_get_project (window), "Mi utgåve");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Changed on Disk");
  {
    gboolean gone = FALSE;

    g_signal_connect (dialog, "destroy", G_CALLBACK (set_flag_cb), &gone);
    press_button (GTK_WIDGET (dialog), "_Cancel");
    iterate_until (&gone);
  }
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (sk_window_get_modified (window));

  /* Asked again, and replaced on purpose. */
  g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), &saved);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Changed on Disk");
  press_button (GTK_WIDGET (dialog), "_Replace");
  iterate_until (&saved);
  g_clear_pointer (&now, g_free);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_nonnull (strstr (now, "Mi utgåve"));
  g_assert_false (sk_window_get_modified (window));
  /* What is on disk is ours now: the window no longer says otherwise
   * (its Reload would read our own save back). */
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (find_label (GTK_WIDGET (window), "“styret.sakskart” was changed by someone else") != NULL &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (find_label (GTK_WIDGET (window), "“styret.sakskart” was changed by someone else"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Waits up to 10 s for a label saying `text` (a toast) in `root`. */
static gboolean
wait_for_label (GtkWidget  *root,
                const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (find_label (root, text) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  return find_label (root, text) != NULL;
}

/* The chooser of a Save As answered with `file` (`set`: chosen there,
 * else as it proposes it), once it shows it. */
static void
choose_in_chooser (GFile    *file,
                   gboolean  set)
{
  GtkFileChooser *chooser = NULL;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while ((chooser = find_file_chooser ()) == NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_nonnull (chooser);
  /* The folder it shows is listed first: a file set meanwhile is lost. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  if (!set)
    {
      /* Proposed under that name, in that folder. */
      g_autofree char *name = g_file_get_basename (file);
      g_autofree char *proposed = gtk_file_chooser_get_current_name (chooser);

      g_assert_cmpstr (proposed, ==, name);
    }
  else
    g_assert_true (gtk_file_chooser_set_file (chooser, file, NULL));
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  for (;;)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (chooser);

      if ((chosen != NULL && g_file_equal (chosen, file)) || g_get_monotonic_time () > deadline)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  /* The name's entry takes the folder a moment later. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser asks before it replaces a file (as a click would). */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      GList *toplevels = gtk_window_list_toplevels ();
      GtkWidget *confirm = NULL;

      for (GList *l = toplevels; l; l = l->next)
        if (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
          {
            g_autofree char *text = NULL;
            g_autofree char *more = NULL;

            g_object_get (l->data, "text", &text, "secondary-text", &more, NULL);
            if (strstr (text, "already exists") != NULL)
              confirm = l->data;
          }
      g_list_free (toplevels);
      if (confirm != NULL)
        {
          gtk_dialog_response (GTK_DIALOG (confirm), GTK_RESPONSE_ACCEPT);
          break;
        }
      g_main_context_iteration (NULL, FALSE);
    }
}

/* A colleague's save of the file at `path` while it is open: the title
 * changed to theirs.  Returns their text. */
static char *
colleague_saves (const char *path,
                 const char *title)
{
  g_autoptr(GRegex) re = g_regex_new ("\"title\": \"[^\"]*\"", 0, 0, NULL);
  g_autofree char *contents = NULL;
  g_autofree char *with = g_strdup_printf ("\"title\": \"%s\"", title);
  char *theirs;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  theirs = g_regex_replace_literal (re, contents, -1, 0, with, G_REGEX_MATCH_DEFAULT, NULL);
  g_assert_true (g_file_set_contents (path, theirs, -1, NULL));
  return theirs;
}

/* Both saved: a colleague's save, then ours.  Asked, ours is kept as a
 * copy beside theirs, which stays as they saved it. */
static void
test_conflict_keeps_both (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *copy_path = g_build_filename (dir, "styret (copy).sakskart", NULL);
  g_autoptr(GFile) copy = g_file_new_for_path (copy_path);
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  g_autofree char *ours = NULL;
  AdwMessageDialog *dialog;
  SkWindow *window;
  gboolean saved = FALSE;

  window = open_example_copy (path);
  theirs = colleague_saves (path, "Kollegaen si utgåve");
  sk_project_set_title (sk_window_get_project (window), "Mi utgåve");
  g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), &saved);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Changed on Disk");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "To keep both"));
  press_button (GTK_WIDGET (dialog), "_Keep Both…");
  /* Proposed beside it, under a name of its own. */
  choose_in_chooser (copy, FALSE);
  iterate_until (&saved);

  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);
  g_assert_true (g_file_get_contents (copy_path, &ours, NULL, NULL));
  g_assert_nonnull (strstr (ours, "\"Mi utgåve\""));
  g_assert_true (g_file_equal (sk_window_get_file (window), copy));
  g_assert_false (sk_window_get_modified (window));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, copy_path);
  test_remove_saved (dir, path);
}

/* Nothing changed of ours, and a colleague saved: Save offers their
 * version, not to replace it with the older one we opened. */
static void
test_unchanged_save_over_newer (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  AdwMessageDialog *dialog;
  SkWindow *window;
  gboolean loaded = FALSE;

  window = open_example_copy (path);
  theirs = colleague_saves (path, "Kollegaen si utgåve");
  g_assert_false (sk_window_get_modified (window));
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Changed on Disk");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "changed nothing since"));
  g_assert_null (find_widget (GTK_WIDGET (dialog), is_button_labelled, "_Replace"));
  press_button (GTK_WIDGET (dialog), "_Reload");
  iterate_until (&loaded);

  g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Kollegaen si utgåve");
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, theirs);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Save As starts in the project's folder with its name, and shows no
 * error over the chooser: a click on Save saves there, not in the folder
 * above it. */
static void
test_save_as_proposes_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  GtkFileChooser *chooser = NULL;
  SkWindow *window = open_example_copy (path);
  gint64 deadline;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  /* The chooser lists its folder, and says so if it could not. */
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  {
    g_autoptr(GFile) shown = gtk_file_chooser_get_current_folder (chooser);
    g_autofree char *name = gtk_file_chooser_get_current_name (chooser);
    GList *toplevels = gtk_window_list_toplevels ();

    g_assert_nonnull (shown);
    g_assert_true (g_file_equal (shown, folder));
    g_assert_cmpstr (name, ==, "styret.sakskart");
    for (GList *l = toplevels; l; l = l->next)
      g_assert_false (GTK_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data));
    g_list_free (toplevels);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  drain ();
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Save As onto the file itself (the chooser offers it) after a
 * colleague saved it: asked as Save asks, not replaced silently. */
static void
test_save_as_own_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *link = g_build_filename (dir, "lenkje.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) through_link = g_file_new_for_path (link);
  g_autofree char *theirs = NULL;
  g_autofree char *now = NULL;
  AdwMessageDialog *dialog;
  SkWindow *window;

  window = open_example_copy (path);
  g_assert_cmpint (symlink ("styret.sakskart", link), ==, 0);
  theirs = colleague_saves (path, "Kollegaen si utgåve");
  sk_project_set_title (sk_window_get_project (window), "Mi utgåve");

  /* The file as the chooser offers it, and through a link to it. */
  for (int way = 0; way < 2; way++)
    {
      gboolean gone = FALSE;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
      choose_in_chooser (way == 0 ? file : through_link, TRUE);
      dialog = wait_for_dialog ("The File Changed on Disk");
      g_signal_connect (dialog, "destroy", G_CALLBACK (set_flag_cb), &gone);
      press_button (GTK_WIDGET (dialog), "_Cancel");
      iterate_until (&gone);
      g_clear_pointer (&now, g_free);
      g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
      g_assert_cmpstr (now, ==, theirs);
      g_assert_true (sk_window_get_modified (window));
    }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (link);
  test_remove_saved (dir, path);
}

/* Opened read-only, as someone else has it open: Save As offers a copy,
 * and the file itself chosen there is not saved over. */
static void
test_save_as_read_only (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *now = NULL;
  g_autofree char *lock_path = g_build_filename (dir, ".~lock.styret.sakskart#", NULL);
  g_autoptr(GDateTime) since = g_date_time_new_now_utc ();
  g_autofree char *iso = g_date_time_format_iso8601 (since);
  g_autofree char *lock = g_strdup_printf ("[Sakskart Lock]\nName=Kari Nordmann\nUser=kari\nHost=kari-laptop\n"
                                           "Pid=4242\nSince=%s\nRenewed=%s\n", iso, iso);
  g_autofree char *name = NULL;
  AdwMessageDialog *dialog;
  GtkFileChooser *chooser;
  SkWindow *window = sk_window_new (app);
  gboolean loaded = FALSE;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  g_assert_true (g_file_set_contents (lock_path, lock, -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  dialog = wait_for_dialog ("Someone Else Has This Project Open");
  press_button (GTK_WIDGET (dialog), "Open _Read-Only");
  iterate_until (&loaded);
  drain ();
  g_assert_true (sk_document_get_read_only (sk_window_get_document (window)));
  sk_project_set_title (sk_window_get_project (window), "Mi utgåve");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  drain ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_cmpstr (name, ==, "styret (copy).sakskart");
  choose_in_chooser (file, TRUE);
  g_assert_true (wait_for_label (GTK_WIDGET (window),
                                 "Someone else has “styret.sakskart” open: save your copy under another name"));
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_cmpstr (now, ==, contents);
  g_assert_true (sk_window_get_modified (window));
  g_assert_true (sk_document_get_read_only (sk_window_get_document (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (lock_path);
  test_remove_saved (dir, path);
}

/* Someone else's lock beside the file: told, and told too when it has
 * not been renewed for a while (their computer crashed or left), which
 * an open window does every ten minutes. */
static void
test_lock_not_renewed (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *lock_path = g_build_filename (dir, ".~lock.styret.sakskart#", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  SkWindow *window = sk_window_new (app);

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  for (int quiet = 0; quiet < 2; quiet++)
    {
      g_autoptr(GDateTime) since = g_date_time_new_from_unix_utc (now - 90 * 60);
      g_autoptr(GDateTime) renewed = g_date_time_new_from_unix_utc (quiet ? now - 45 * 60 - 5 : now - 60);
      g_autofree char *since_text = g_date_time_format_iso8601 (since);
      g_autofree char *renewed_text = g_date_time_format_iso8601 (renewed);
      g_autofree char *lock = g_strdup_printf ("[Sakskart Lock]\nName=Kari Nordmann\nUser=kari\nHost=kari-laptop\n"
                                               "Pid=4242\nSince=%s\nRenewed=%s\n", since_text, renewed_text);
      AdwMessageDialog *dialog;
      const char *body;
      gboolean gone = FALSE;

      g_assert_true (g_file_set_contents (lock_path, lock, -1, NULL));
      sk_window_open_file (window, file, FALSE);
      dialog = wait_for_dialog ("Someone Else Has This Project Open");
      body = adw_message_dialog_get_body (dialog);
      g_assert_nonnull (strstr (body, "Kari Nordmann has “styret.sakskart” open on kari-laptop"));
      if (quiet)
        g_assert_nonnull (strstr (body, "has not said it still has it open for 45 minutes"));
      else
        g_assert_null (strstr (body, "has not said"));
      g_signal_connect (dialog, "destroy", G_CALLBACK (set_flag_cb), &gone);
      press_button (GTK_WIDGET (dialog), "_Cancel");
      iterate_until (&gone);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (lock_path);
  test_remove_saved (dir, path);
}

/* The file moved away while open and edited: Save asks before it makes
 * it again at its old name. */
static void
test_save_after_moved (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *moved = g_build_filename (dir, "styret-2026.sakskart", NULL);
  g_autofree char *now = NULL;
  AdwMessageDialog *dialog;
  SkWindow *window;
  gboolean saved = FALSE, gone = FALSE;

  window = open_example_copy (path);
  g_assert_cmpint (g_rename (path, moved), ==, 0);
  sk_project_set_title (sk_window_get_project (window), "Mi utgåve");
  g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), &saved);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Was Moved or Deleted");
  g_signal_connect (dialog, "destroy", G_CALLBACK (set_flag_cb), &gone);
  press_button (GTK_WIDGET (dialog), "_Cancel");
  iterate_until (&gone);
  g_assert_false (saved);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (sk_window_get_modified (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Was Moved or Deleted");
  press_button (GTK_WIDGET (dialog), "_Save There");
  iterate_until (&saved);
  g_assert_true (g_file_get_contents (path, &now, NULL, NULL));
  g_assert_nonnull (strstr (now, "\"Mi utgåve\""));
  g_assert_false (sk_window_get_modified (window));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (moved);
  test_remove_saved (dir, path);
}

/* A file open in one window, opened again by another name of it (a
 * link in another folder) or its own: that window is shown, and no
 * second document of the file is made, whose saves would meet the
 * first's as a stranger's. */
static void
test_open_twice_by_link (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *link_dir = g_dir_make_tmp ("sakskart-ui-link-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *link = g_build_filename (link_dir, "snarveg.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) through_link = g_file_new_for_path (link);
  SkWindow *window, *other;
  guint windows;

  window = open_example_copy (path);
  g_assert_cmpint (symlink (path, link), ==, 0);
  windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (app)));
  g_assert_true (sk_window_showing_file (GTK_APPLICATION (app), through_link) == window);
  g_assert_true (sk_window_showing_file (GTK_APPLICATION (app), file) == window);

  /* As a second double-click in the file manager: no new window.  (The
   * tests' application does not handle opens itself; its handler is
   * called as GLib would.) */
  G_APPLICATION_GET_CLASS (app)->open (G_APPLICATION (app), &through_link, 1, "");
  drain ();
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, windows);

  /* Opened from another window: that one keeps what it shows. */
  other = open_example_copy (g_build_filename (dir, "anna.sakskart", NULL));
  sk_window_open_file (other, through_link, FALSE);
  drain ();
  g_assert_false (g_file_equal (sk_window_get_file (other), file));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (app))), ==, windows + 1);

  {
    g_autofree char *other_path = g_file_get_path (sk_window_get_file (other));

    gtk_window_destroy (GTK_WINDOW (other));
    gtk_window_destroy (GTK_WINDOW (window));
    drain ();
    g_unlink (link);
    g_rmdir (link_dir);
    g_unlink (other_path);
  }
  test_remove_saved (dir, path);
}

/* Meeting mode: step through the board meeting with the presenter keys'
 * actions, jump to the ends, adopt a proposal as the decision, undo it. */
static void
test_meeting_mode (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, meeting->id, FALSE);
  guint prepared_scenarios;
  SkItem *item;

  gtk_window_present (GTK_WINDOW (mode));
  drain ();
  g_assert_cmpstr (sk_presenter_get_heading (mode), ==, "1. Opning v/styreleiar");
  g_assert_nonnull (find_label (GTK_WIDGET (mode), "Item 1 of 15"));
  g_usleep (20000);
  for (int i = 0; i < 6; i++)
    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.next", NULL);
  drain ();
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);
  g_assert_cmpstr (sk_presenter_get_heading (mode), ==, "7. Felles barnevern i Sogn");
  {
    g_autofree char *from = sk_format_time (10 * 60 + 15);
    g_autofree char *to = sk_format_time (11 * 60);
    g_autofree char *planned = g_strdup_printf ("%s–%s", from, to);

    g_assert_nonnull (find_label (GTK_WIDGET (mode), planned));
  }
  /* The first item's timer kept the time it was shown. */
  g_assert_cmpint (sk_presenter_get_elapsed_us (mode, 0), >=, 20000);

  /* Dark for a dim room, and back. */
  {
    AdwStyleManager *styles = adw_style_manager_get_default ();
    gboolean was_dark = adw_style_manager_get_dark (styles);

    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.style", NULL);
    drain ();
    g_assert_true (adw_style_manager_get_dark (styles) != was_dark);
    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.style", NULL);
    drain ();
    g_assert_true (adw_style_manager_get_dark (styles) == was_dark);
  }

  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.last", NULL);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 14);
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.next", NULL);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 14);
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.first", NULL);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.previous", NULL);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 0);

  /* The decision, as proposed, with its time; undo takes it back. */
  sk_presenter_go_to (mode, 6);
  item = g_ptr_array_index (meeting->items, 6);
  g_assert_null (item->decision);
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.record", NULL);
  drain ();
  item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items, 6);
  g_assert_cmpstr (item->decision, ==, item->proposal);
  g_assert_nonnull (item->extra);
  g_assert_true (json_object_has_member (item->extra, "decided_at"));
  g_assert_true (sk_window_get_modified (window));
  g_assert_null (find_label (GTK_WIDGET (mode), "Adopt the Proposal"));
  /* Undone in meeting mode (Ctrl+Z): the screen offers to adopt it again. */
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.undo", NULL);
  drain ();
  item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items, 6);
  g_assert_null (item->decision);
  g_assert_nonnull (find_label (GTK_WIDGET (mode), "Adopt the Proposal"));
  gtk_widget_activate_action (GTK_WIDGET (mode), "mm.redo", NULL);
  drain ();
  item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items, 6);
  g_assert_cmpstr (item->decision, ==, item->proposal);
  g_assert_true (sk_document_undo (sk_document_from_project (project)));
  item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items, 6);
  g_assert_null (item->decision);

  /* The board decided otherwise: the chair writes it. */
  {
    AdwMessageDialog *dialog;
    GtkTextView *view;
    gint64 deadline;

    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.edit-decision", NULL);
    dialog = wait_for_dialog ("The Board’s Decision");
    view = g_object_get_data (G_OBJECT (dialog), "text-view");
    gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), "  Saka vert utsett til neste møte.\n", -1);
    press_button (GTK_WIDGET (dialog), "_Record");
    deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items, 6);
    while (item->decision == NULL && g_get_monotonic_time () < deadline)
      {
        g_usleep (10000);
        g_main_context_iteration (NULL, FALSE);
      }
    g_assert_cmpstr (item->decision, ==, "Saka vert utsett til neste møte.");
    g_assert_true (json_object_has_member (item->extra, "decided_at"));
    /* The minutes carry it. */
    {
      g_autofree char *dir = g_dir_make_tmp ("sakskart-minutes-XXXXXX", NULL);
      g_autofree char *pdf = g_build_filename (dir, "protokoll.pdf", NULL);
      g_autofree char *text = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (sk_render_meeting_pdf (project, g_ptr_array_index (sk_project_get_meetings (project), 0),
                                            TRUE, pdf, &error));
      g_assert_no_error (error);
      text = test_pdf_text (pdf);
      g_assert_nonnull (strstr (text, "Saka vert utsett til neste møte."));
      g_unlink (pdf);
      g_rmdir (dir);
    }
    g_assert_true (sk_document_undo (sk_document_from_project (project)));
  }

  /* What-if on the item's cost model: a copy, asked about on leaving. */
  sk_presenter_go_to (mode, 6);
  prepared_scenarios = sk_project_find_cost_model (project, "barnevern")->scenarios->len;
  for (int round = 0; round < 3; round++)
    {
      const char *answers[] = { "_Discard", "_Keep as Variant", "_Adopt" };
      const char *answer = answers[round];
      guint scenarios = sk_project_find_cost_model (project, "barnevern")->scenarios->len;
      double before = sk_project_find_cost_model (project, "barnevern")->fixed_percent;
      AdwMessageDialog *dialog;
      SkProject *sandbox;
      GtkWidget *slider;

      g_assert_true (sk_presenter_open_link (mode, 0));
      drain ();
      sandbox = sk_presenter_get_sandbox (mode);
      g_assert_nonnull (sandbox);
      g_assert_true (sandbox != project);
      /* The chair moves the equal-part slider of the live cost model. */
      slider = find_type (GTK_WIDGET (mode), GTK_TYPE_SCALE);
      g_assert_nonnull (slider);
      gtk_range_set_value (GTK_RANGE (slider), 40);
      drain ();
      g_assert_cmpfloat (sk_project_find_cost_model (sandbox, "barnevern")->fixed_percent, ==, 40);
      /* The papers are as prepared while the board looks at the what-if. */
      g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, before);

      gtk_widget_activate_action (GTK_WIDGET (mode), "mm.next", NULL);
      dialog = wait_for_dialog ("Keep the What-If?");
      g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);
      if (round == 1)
        {
          GtkWidget *entry = find_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);

          /* A name is offered; the chair gives a better one. */
          g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "What-if, item 7");
          gtk_editable_set_text (GTK_EDITABLE (entry), "  40 % likt  ");
          /* Enter in the name keeps it. */
          g_signal_emit_by_name (entry, "activate");
        }
      else
        press_button (GTK_WIDGET (dialog), answer);
      {
        /* A pressed button clicks a moment later. */
        gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

        while (sk_presenter_get_position (mode) != 7 && g_get_monotonic_time () < deadline)
          {
            g_usleep (10000);
            g_main_context_iteration (NULL, FALSE);
          }
      }
      g_assert_cmpuint (sk_presenter_get_position (mode), ==, 7);
      g_assert_null (sk_presenter_get_sandbox (mode));
      g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==,
                         round < 2 ? before : 40);
      if (round == 1)
        {
          /* Kept beside the papers: a scenario with the what-if's equal part. */
          SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
          SkScenario *kept;

          g_assert_cmpuint (model->scenarios->len, ==, scenarios + 1);
          kept = g_ptr_array_index (model->scenarios, scenarios);
          g_assert_cmpstr (kept->title, ==, "40 % likt");
          g_assert_true (kept->has_fixed);
          g_assert_cmpfloat (kept->fixed_percent, ==, 40);
          g_assert_nonnull (find_label (GTK_WIDGET (mode), "Kept beside the papers as “40 % likt”"));
        }
      else
        g_assert_cmpuint (sk_project_find_cost_model (project, "barnevern")->scenarios->len, ==, scenarios);
      sk_presenter_go_to (mode, 6);
    }
  /* Adopting is one edit: undo takes it back; so is keeping. */
  g_assert_true (sk_document_undo (sk_document_from_project (project)));
  g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 25);
  g_assert_cmpuint (sk_project_find_cost_model (project, "barnevern")->scenarios->len, ==, prepared_scenarios + 1);
  g_assert_true (sk_document_undo (sk_document_from_project (project)));
  g_assert_cmpuint (sk_project_find_cost_model (project, "barnevern")->scenarios->len, ==, prepared_scenarios);

  /* Closed by the window manager with a what-if changed: asked too. */
  {
    AdwMessageDialog *dialog;
    gboolean gone = FALSE;

    g_assert_true (sk_presenter_open_link (mode, 0));
    drain ();
    gtk_range_set_value (GTK_RANGE (find_type (GTK_WIDGET (mode), GTK_TYPE_SCALE)), 60);
    drain ();
    g_signal_connect (mode, "destroy", G_CALLBACK (set_flag_cb), &gone);
    gtk_window_close (GTK_WINDOW (mode));
    dialog = wait_for_dialog ("Keep the What-If?");
    g_assert_false (gone);
    press_button (GTK_WIDGET (dialog), "_Discard");
    iterate_until (&gone);
    g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 25);
  }
  /* Kept on leaving meeting mode: the main window says so, with Undo. */
  {
    AdwMessageDialog *dialog;
    gboolean gone = FALSE;
    guint scenarios = sk_project_find_cost_model (project, "barnevern")->scenarios->len;

    /* (The records are new since the undos: the meeting by id.) */
    mode = sk_presenter_new (GTK_WINDOW (window), project, "styret-2025-11-03", FALSE);
    gtk_window_present (GTK_WINDOW (mode));
    sk_presenter_go_to (mode, 6);
    g_assert_true (sk_presenter_open_link (mode, 0));
    drain ();
    gtk_range_set_value (GTK_RANGE (find_type (GTK_WIDGET (mode), GTK_TYPE_SCALE)), 50);
    drain ();
    g_signal_connect (mode, "destroy", G_CALLBACK (set_flag_cb), &gone);
    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.leave", NULL);
    dialog = wait_for_dialog ("Keep the What-If?");
    press_button (GTK_WIDGET (dialog), "_Keep as Variant");
    iterate_until (&gone);
    drain ();
    g_assert_cmpuint (sk_project_find_cost_model (project, "barnevern")->scenarios->len, ==, scenarios + 1);
    g_assert_nonnull (find_label (GTK_WIDGET (window), "Kept beside the papers as “What-if, item 7”"));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    drain ();
    g_assert_cmpuint (sk_project_find_cost_model (project, "barnevern")->scenarios->len, ==, scenarios);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A PNG of a window as it is drawn, into build/tests/artifacts/ (looked
 * at by people, not compared). */
static void
save_window_png (GtkWidget  *window,
                 const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                           "artifacts", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GStatBuf st;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  g_mkdir_with_parents (dir, 0755);
  /* On a loaded machine the window may not be mapped and laid out yet
   * (a resize just asked for): nothing to draw until it is. */
  for (;;)
    {
      width = gtk_widget_get_width (window);
      height = gtk_widget_get_height (window);
      if (gtk_widget_get_mapped (window) && width > 0 && height > 0)
        {
          gdk_paintable_snapshot (paintable, snapshot, width, height);
          node = gtk_snapshot_free_to_node (snapshot);
          if (node != NULL || g_get_monotonic_time () > deadline)
            break;
          snapshot = gtk_snapshot_new ();
        }
      else if (g_get_monotonic_time () > deadline)
        {
          g_object_unref (snapshot);
          break;
        }
      g_main_context_iteration (NULL, FALSE);
      g_usleep (10000);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 10000);
}

static void
settle (void)
{
  for (int i = 0; i < 30; i++)
    {
      g_usleep (10000);
      g_main_context_iteration (NULL, FALSE);
    }
  drain ();
}

/* The example, in a language, and meeting mode on its board meeting. */
static SkPresenter *
meeting_mode_in (const char  *language,
                 const char  *locale,
                 gboolean     fullscreen,
                 SkWindow   **window_out)
{
  SkWindow *window;
  SkProject *project;
  SkMeeting *meeting;

  g_setenv ("LANGUAGE", language, TRUE);
  g_assert_nonnull (setlocale (LC_ALL, locale));
  window = open_window (example);
  project = sk_window_get_project (window);
  meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
  *window_out = window;
  return sk_presenter_new (GTK_WINDOW (window), project, meeting->id, fullscreen);
}

/* Meeting mode in English, Nynorsk and Bokmål at 1920 × 1080 and
 * 1280 × 720: the item, and its cost model live; the words translated. */
static void
test_meeting_mode_screenshots (void)
{
  const struct { const char *language, *locale, *item_word; } langs[] = {
    { "en", "en_US.UTF-8", "Item 7 of 15" },
    { "nn", "nn_NO.UTF-8", "Sak 7 av 15" },
    { "nb", "nb_NO.UTF-8", "Sak 7 av 15" },
  };
  const int sizes[][2] = { { 1920, 1080 }, { 1280, 720 } };

  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    for (guint z = 0; z < G_N_ELEMENTS (sizes); z++)
      {
        SkWindow *window;
        SkPresenter *mode;
        g_autofree char *item_png = g_strdup_printf ("meeting-mode-item-%s-%dx%d.png", langs[l].language, sizes[z][0], sizes[z][1]);
        g_autofree char *linked_png = g_strdup_printf ("meeting-mode-costs-%s-%dx%d.png", langs[l].language, sizes[z][0], sizes[z][1]);

        mode = meeting_mode_in (langs[l].language, langs[l].locale, FALSE, &window);
        gtk_window_set_default_size (GTK_WINDOW (mode), sizes[z][0], sizes[z][1]);
        gtk_window_present (GTK_WINDOW (mode));
        sk_presenter_go_to (mode, 6);
        settle ();
        g_assert_nonnull (find_label (GTK_WIDGET (mode), langs[l].item_word));
        save_window_png (GTK_WIDGET (mode), item_png);
        if (z == 0)
          {
            g_autofree char *dark_png = g_strdup_printf ("meeting-mode-item-%s-%dx%d-other-style.png",
                                                         langs[l].language, sizes[z][0], sizes[z][1]);

            gtk_widget_activate_action (GTK_WIDGET (mode), "mm.style", NULL);
            settle ();
            save_window_png (GTK_WIDGET (mode), dark_png);
            gtk_widget_activate_action (GTK_WIDGET (mode), "mm.style", NULL);
            settle ();
          }
        g_assert_true (sk_presenter_open_link (mode, 0));
        settle ();
        save_window_png (GTK_WIDGET (mode), linked_png);
        /* Leaving the item after a what-if: the question, with its name. */
        {
          g_autofree char *ask_png = g_strdup_printf ("meeting-mode-keep-%s-%dx%d.png", langs[l].language, sizes[z][0], sizes[z][1]);
          g_autofree char *moved_png = g_strdup_printf ("meeting-mode-costs-40-%s-%dx%d.png", langs[l].language, sizes[z][0], sizes[z][1]);
          AdwMessageDialog *dialog;

          gtk_range_set_value (GTK_RANGE (find_type (GTK_WIDGET (mode), GTK_TYPE_SCALE)), 40);
          settle ();
          save_window_png (GTK_WIDGET (mode), moved_png);
          gtk_widget_activate_action (GTK_WIDGET (mode), "mm.next", NULL);
          dialog = wait_for_dialog (g_dgettext (GETTEXT_PACKAGE, "Keep the What-If?"));
          settle ();
          save_window_png (GTK_WIDGET (dialog), ask_png);
          press_button (GTK_WIDGET (dialog), g_dgettext (GETTEXT_PACKAGE, "_Discard"));
          {
            gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

            while (sk_presenter_get_position (mode) != 7 && g_get_monotonic_time () < deadline)
              settle ();
            g_assert_cmpuint (sk_presenter_get_position (mode), ==, 7);
          }
        }
        /* Back at the item, the proposal adopted: the decision, and the minutes. */
        if (z == 0)
          {
            g_autofree char *decided_png = g_strdup_printf ("meeting-mode-decision-%s.png", langs[l].language);
            g_autofree char *minutes = g_strdup_printf ("meeting-minutes-%s.pdf", langs[l].language);
            g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR") : ".",
                                                     "artifacts", NULL);
            g_autofree char *path = g_build_filename (dir, minutes, NULL);
            SkProject *project = sk_window_get_project (window);
            SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
            g_autoptr(GError) error = NULL;
            g_autofree char *text = NULL;

            sk_presenter_go_to (mode, 6);
            gtk_widget_activate_action (GTK_WIDGET (mode), "mm.record", NULL);
            settle ();
            save_window_png (GTK_WIDGET (mode), decided_png);
            g_assert_true (sk_render_meeting_pdf (project, meeting, TRUE, path, &error));
            g_assert_no_error (error);
            text = test_pdf_text (path);
            /* The proposal, and the same words again as the decision. */
            {
              const char *first = strstr (text, "Sogn KO rår kommunane Aurland");

              g_assert_nonnull (first);
              g_assert_nonnull (strstr (first + 1, "Sogn KO rår kommunane Aurland"));
            }
          }
        gtk_window_destroy (GTK_WINDOW (mode));
        gtk_window_destroy (GTK_WINDOW (window));
        drain ();
      }
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "en_US.UTF-8");
}

/* Waits (up to 10 s) for `cond`, turning the main loop, then asserts it. */
#define WAIT_UNTIL(cond) G_STMT_START {                                   \
    gint64 wait_deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < wait_deadline)            \
      {                                                                   \
        g_usleep (10000);                                                 \
        while (g_main_context_iteration (NULL, FALSE));                   \
      }                                                                   \
    g_assert_true (cond);                                                 \
  } G_STMT_END

static GdkMonitor *
monitor_of (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return NULL;
  return gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface);
}

/* Full screen on that monitor: on it, and as large as it. */
static gboolean
fills (GtkWindow  *window,
       GdkMonitor *monitor)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  GdkRectangle geometry;

  if (monitor == NULL || monitor_of (window) != monitor)
    return FALSE;
  gdk_monitor_get_geometry (monitor, &geometry);
  return gdk_surface_get_width (surface) == geometry.width && gdk_surface_get_height (surface) == geometry.height;
}

static void
run_command (const char *variable)
{
  const char *command = g_getenv (variable);
  g_autoptr(GError) error = NULL;
  int wait_status = -1;

  g_assert_nonnull (command);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
}

/* A laptop and a projector (tests/two-monitors.sh: an X server with two
 * monitors and a window manager): the presentation full screen on the
 * projector, the chair's console full screen on the laptop, where the
 * main window is; the console drives the presentation and gets the
 * dialogs.  The projector unplugged: one window with both; plugged in
 * again: two.  Screenshots in English, Nynorsk and Bokmål. */
static void
test_meeting_mode_two_monitors (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  const struct { const char *language, *locale, *heading; } langs[] = {
    { "en", "en_US.UTF-8", "On the Screen" },
    { "nn", "nn_NO.UTF-8", "På skjermen" },
    { "nb", "nb_NO.UTF-8", "På skjermen" },
  };
  SkWindow *window;
  SkProject *project;
  SkMeeting *meeting;
  SkPresenter *mode;
  GtkWindow *console;
  GdkMonitor *laptop, *projector;
  gboolean gone = FALSE;

  WAIT_UNTIL (g_list_model_get_n_items (monitors) == 2);
  window = open_window (example);
  WAIT_UNTIL (monitor_of (GTK_WINDOW (window)) != NULL);
  laptop = monitor_of (GTK_WINDOW (window));
  projector = sk_presenter_choose_monitor (monitors, laptop);
  g_assert_nonnull (projector);
  g_assert_true (projector != laptop);

  project = sk_window_get_project (window);
  meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
  mode = sk_presenter_new (GTK_WINDOW (window), project, meeting->id, TRUE);
  gtk_window_present (GTK_WINDOW (mode));
  console = sk_presenter_get_console (mode);
  g_assert_nonnull (console);
  g_assert_true (sk_presenter_get_monitor (mode) == projector);
  WAIT_UNTIL (fills (GTK_WINDOW (mode), projector) && fills (console, laptop));
  /* The chair's console: every control named, and Tab goes round it. */
  {
    g_autoptr(GString) missing = g_string_new (NULL);
    g_autoptr(GPtrArray) seen = NULL;

    collect_unnamed (GTK_WIDGET (console), missing, "console");
    g_assert_cmpstr (missing->str, ==, "");
    seen = tab_round (console);
    g_assert_cmpuint (seen->len, >, 3);
  }
  /* The papers cannot change under the meeting. */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (window)));

  /* The console shows the item on the screen and the next; its buttons
   * (and keys) move the presentation. */
  g_assert_nonnull (find_label (GTK_WIDGET (console), "1. Opning v/styreleiar"));
  g_assert_nonnull (find_label (GTK_WIDGET (console), "2. Godkjenning av innkalling og sakliste"));
  /* The audience sees the item, not the controls. */
  g_assert_null (find_label (GTK_WIDGET (mode), "Next: 2. Godkjenning av innkalling og sakliste"));
  gtk_widget_activate_action (GTK_WIDGET (console), "mm.next", NULL);
  drain ();
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 1);
  g_assert_cmpstr (sk_presenter_get_heading (mode), ==, "2. Godkjenning av innkalling og sakliste");
  g_assert_nonnull (find_label (GTK_WIDGET (console), "3. Orientering frå Sognarådet IPR"));
  /* A clicker's key, as the X server delivers it to the chair's console
   * (once the window manager has made it the active window: the test has
   * no key press before to carry a user time, as F5 has). */
  run_command ("SAKSKART_TEST_ACTIVATE_CONSOLE");
  WAIT_UNTIL (gtk_window_is_active (console));
  run_command ("SAKSKART_TEST_KEY_NEXT");
  WAIT_UNTIL (sk_presenter_get_position (mode) == 2);
  run_command ("SAKSKART_TEST_KEY_PREVIOUS");
  WAIT_UNTIL (sk_presenter_get_position (mode) == 1);
  /* "All items" (O) focuses the console's agenda; the clicker still goes
   * on from there, and the console keeps the keyboard. */
  gtk_widget_activate_action (GTK_WIDGET (console), "mm.overview", NULL);
  drain ();
  g_assert_true (gtk_widget_has_focus (gtk_window_get_focus (console)) &&
                 GTK_IS_LIST_BOX_ROW (gtk_window_get_focus (console)));
  run_command ("SAKSKART_TEST_KEY_NEXT");
  WAIT_UNTIL (sk_presenter_get_position (mode) == 2);
  g_assert_true (gtk_window_is_active (console));
  run_command ("SAKSKART_TEST_KEY_PREVIOUS");
  WAIT_UNTIL (sk_presenter_get_position (mode) == 1);

  /* A decision is written where the chair sits. */
  {
    AdwMessageDialog *dialog;

    gtk_widget_activate_action (GTK_WIDGET (console), "mm.edit-decision", NULL);
    dialog = wait_for_dialog ("The Board’s Decision");
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == console);
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    press_button (GTK_WIDGET (dialog), "_Cancel");
    WAIT_UNTIL (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
    if (dialog != NULL)
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  }

  /* The item's cost model, put on the screen from the console, and back. */
  sk_presenter_go_to (mode, 6);
  drain ();
  {
    SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
    g_autofree char *on_screen = g_strdup_printf ("What-if on the screen: %s", model->title);
    GtkWidget *label = find_label (GTK_WIDGET (console), model->title);
    SkItem *item;
    g_autofree char *decided = NULL;

    g_assert_nonnull (label);
    g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
    drain ();
    g_assert_nonnull (sk_presenter_get_sandbox (mode));
    g_assert_nonnull (find_type (GTK_WIDGET (mode), SK_TYPE_COSTS_VIEW));
    g_assert_nonnull (find_label (GTK_WIDGET (console), on_screen));
    label = find_label (GTK_WIDGET (console), "Back to the Item");
    g_assert_nonnull (label);
    g_signal_emit_by_name (gtk_widget_get_ancestor (label, GTK_TYPE_BUTTON), "clicked");
    drain ();
    g_assert_null (find_type (GTK_WIDGET (mode), SK_TYPE_COSTS_VIEW));
    g_assert_null (find_label (GTK_WIDGET (console), on_screen));

    /* The decision, recorded from the console, shows there. */
    gtk_widget_activate_action (GTK_WIDGET (console), "mm.record", NULL);
    drain ();
    item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items, 6);
    /* Its first paragraph: the console keeps to two lines. */
    decided = g_strdup_printf ("Decided: %.*s", (int) strcspn (item->proposal, "\n"), item->proposal);
    g_assert_nonnull (find_label (GTK_WIDGET (console), decided));
    g_assert_true (sk_document_undo (sk_document_from_project (project)));
  }
  sk_presenter_go_to (mode, 1);
  drain ();

  /* The projector is unplugged: one window, with the controls and the
   * next item — even with a dialog open on the console that goes. */
  {
    AdwMessageDialog *dialog;

    gtk_widget_activate_action (GTK_WIDGET (console), "mm.edit-decision", NULL);
    dialog = wait_for_dialog ("The Board’s Decision");
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    run_command ("SAKSKART_TEST_PROJECTOR_OFF");
    WAIT_UNTIL (g_list_model_get_n_items (monitors) == 1 && sk_presenter_get_console (mode) == NULL);
    /* What the chair was writing is still there, over the one window. */
    g_assert_nonnull (dialog);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (mode));
    press_button (GTK_WIDGET (dialog), "_Cancel");
    WAIT_UNTIL (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
    if (dialog != NULL)
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  }
  WAIT_UNTIL (fills (GTK_WINDOW (mode), laptop));
  g_assert_null (sk_presenter_get_monitor (mode));
  WAIT_UNTIL (find_label (GTK_WIDGET (mode), "Next: 3. Orientering frå Sognarådet IPR") != NULL);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));

  /* And plugged in again, a decision being written: the dialog goes to
   * the console, where the chair sits. */
  {
    AdwMessageDialog *dialog;

    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.edit-decision", NULL);
    dialog = wait_for_dialog ("The Board’s Decision");
    g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
    run_command ("SAKSKART_TEST_PROJECTOR_ON");
    WAIT_UNTIL (g_list_model_get_n_items (monitors) == 2 && sk_presenter_get_console (mode) != NULL);
    g_assert_nonnull (dialog);
    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == sk_presenter_get_console (mode));
    press_button (GTK_WIDGET (dialog), "_Cancel");
    WAIT_UNTIL (dialog == NULL || !gtk_widget_get_visible (GTK_WIDGET (dialog)));
    if (dialog != NULL)
      g_object_remove_weak_pointer (G_OBJECT (dialog), (gpointer *) &dialog);
  }
  projector = sk_presenter_choose_monitor (monitors, laptop);
  console = sk_presenter_get_console (mode);
  WAIT_UNTIL (fills (GTK_WINDOW (mode), projector) && fills (console, laptop));
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 1);

  /* Leaving from the console asks there first, then closes both. */
  g_signal_connect (mode, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_widget_activate_action (GTK_WIDGET (console), "mm.leave", NULL);
  {
    AdwMessageDialog *dialog = wait_for_dialog ("Leave Meeting Mode?");

    g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == console);
    g_assert_false (gone);
    press_button (GTK_WIDGET (dialog), "_Leave");
  }
  iterate_until (&gone);
  g_assert_true (gtk_widget_is_sensitive (GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();

  /* How it looks, in each language. */
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *console_png = g_strdup_printf ("meeting-mode-console-%s.png", langs[l].language);
      g_autofree char *screen_png = g_strdup_printf ("meeting-mode-projector-%s.png", langs[l].language);

      mode = meeting_mode_in (langs[l].language, langs[l].locale, TRUE, &window);
      gtk_window_present (GTK_WINDOW (mode));
      sk_presenter_go_to (mode, 6);
      console = sk_presenter_get_console (mode);
      g_assert_nonnull (console);
      WAIT_UNTIL (fills (GTK_WINDOW (mode), projector) && fills (console, laptop));
      settle ();
      g_assert_nonnull (find_label (GTK_WIDGET (console), langs[l].heading));
      save_window_png (GTK_WIDGET (console), console_png);
      save_window_png (GTK_WIDGET (mode), screen_png);
      gtk_window_destroy (GTK_WINDOW (mode));
      gtk_window_destroy (GTK_WINDOW (window));
      drain ();
    }
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "en_US.UTF-8");
}

/* F5 with no agenda to present says so, and opens nothing. */
static void
test_meeting_mode_nothing_to_present (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tomt.sakskart", NULL);
  SkWindow *window;

  g_assert_true (g_file_set_contents (path,
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"Tomt\",\"municipalities\":[],"
    "\"meetings\":[{\"id\":\"m\",\"body\":\"Styret\",\"date\":\"2026-02-10\",\"items\":[]}]}", -1, NULL));
  window = open_window (path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting-mode", NULL);
  drain ();
  g_assert_null (find_toplevel (is_of_type, GSIZE_TO_POINTER (SK_TYPE_PRESENTER)));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "No meeting has an agenda to present yet"));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Meeting mode after the program ended (or crashed) in the middle of a
 * meeting: started again on the same file, it resumes at the item where
 * it stood and says so. */
static void
test_meeting_mode_resumes_after_restart (void)
{
  g_autofree char *path = copy_example (example);
  SkWindow *window = open_window (path);
  SkPresenter *mode;
  gboolean gone = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting-mode", NULL);
  drain ();
  mode = SK_PRESENTER (find_toplevel (is_of_type, GSIZE_TO_POINTER (SK_TYPE_PRESENTER)));
  g_assert_nonnull (mode);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 0);
  sk_presenter_go_to (mode, 5);
  drain ();
  gtk_window_destroy (GTK_WINDOW (mode));
  g_signal_connect (window, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate_until (&gone);
  drain ();

  window = open_window (path);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.meeting-mode", NULL);
  drain ();
  mode = SK_PRESENTER (find_toplevel (is_of_type, GSIZE_TO_POINTER (SK_TYPE_PRESENTER)));
  g_assert_nonnull (mode);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 5);
  g_assert_nonnull (find_label (GTK_WIDGET (mode), "Resumed at item 6, with the time spent on each item"));
  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  remove_copy (path);
}

/* Closing a window with unsaved changes asks; Discard closes it, and
 * nothing of it is left behind (the dialog goes with it). */
static void
test_close_discards (void)
{
  SkWindow *window = open_window (example);
  AdwMessageDialog *dialog;
  gboolean gone = FALSE;

  g_assert_true (sk_edit_set_project_title (sk_document_get_history (sk_document_from_project (sk_window_get_project (window))),
                                            sk_window_get_project (window), "Endra", NULL));
  drain ();
  g_assert_true (sk_window_get_modified (window));
  g_signal_connect (window, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ("Save Changes?");
  g_assert_false (gone);
  press_button (GTK_WIDGET (dialog), "_Discard");
  iterate_until (&gone);
  drain ();
  for (int i = 0; i < 20; i++)
    {
      g_usleep (10000);
      g_main_context_iteration (NULL, FALSE);
    }
}

/* A copy of the example with 40 MB of white space after the project,
 * opened: a save reads it again to see that no one else saved it, long
 * enough for a window to be closed while the save is written (as on a
 * slow share). */
static SkWindow *
open_slow_copy (char **path_out)
{
  g_autofree char *path = copy_example (example);
  g_autofree char *contents = NULL;
  g_autoptr(GString) padded = NULL;
  SkWindow *window;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  padded = g_string_new (contents);
  for (int i = 0; i < 40 * 1024; i++)
    g_string_append_printf (padded, "%1023s\n", "");
  g_assert_true (g_file_set_contents (path, padded->str, padded->len, NULL));
  window = open_window (path);
  g_assert_true (sk_edit_set_project_title (sk_document_get_history (sk_window_get_document (window)),
                                            sk_window_get_project (window), "Lagra medan vindauget lukkast",
                                            NULL));
  drain ();
  *path_out = g_steal_pointer (&path);
  return window;
}

/* Closes the window while its save is written; TRUE if it asked "Save
 * Changes?" then (answered Discard, as one would whose save is on its
 * way), which it must not. Until the window is gone, or `dialog` is
 * shown over it. */
static gboolean
close_while_saving (SkWindow   *window,
                    gboolean   *gone,
                    const char *dialog_heading)
{
  gboolean asked = FALSE;
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  g_assert_true (sk_document_get_saving (sk_window_get_document (window)));
  gtk_window_close (GTK_WINDOW (window));
  g_assert_false (*gone);
  while (!*gone && g_get_monotonic_time () < deadline)
    {
      GtkWidget *dialog = find_toplevel (is_dialog_headed, "Save Changes?");

      if (dialog != NULL && gtk_widget_get_realized (dialog) && !asked)
        {
          asked = TRUE;
          press_button (dialog, "_Discard");
        }
      if (dialog_heading != NULL && find_toplevel (is_dialog_headed, dialog_heading) != NULL)
        break;
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
  return asked;
}

/* Closed while its save is written: the window waits for the save and
 * then closes, the edit on disk.  It asked "Save Changes?" about changes
 * on their way to the disk, and a Discard took it away before the save
 * told how it went. */
static void
test_close_while_saving (void)
{
  g_autofree char *path = NULL;
  g_autofree char *written = NULL;
  g_autoptr(SkProject) saved = NULL;
  g_autoptr(GError) error = NULL;
  SkWindow *window = open_slow_copy (&path);
  gboolean gone = FALSE;
  gsize length;

  g_signal_connect (window, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_false (close_while_saving (window, &gone, NULL));
  g_assert_true (gone);
  drain ();
  g_assert_true (g_file_get_contents (path, &written, &length, NULL));
  saved = sk_project_new_from_data (written, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_project_get_title (saved), ==, "Lagra medan vindauget lukkast");
  remove_copy (path);
}

/* Closed while a save is written that then fails (the folder moved away
 * meanwhile): the window stays and says why, and the draft keeps the
 * edit.  Asked "Save Changes?" and answered Discard, the edit was gone
 * with the window and its draft, and the failure told to no one. */
static void
test_close_while_saving_fails (void)
{
  g_autofree char *path = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *moved = NULL;
  g_autofree char *drafts = NULL;
  g_autofree char *draft = NULL;
  g_autofree char *draft_name = NULL;
  SkWindow *window = open_slow_copy (&path);
  SkDocument *document = sk_window_get_document (window);
  GtkWidget *dialog;
  gboolean gone = FALSE;

  dir = g_path_get_dirname (path);
  moved = g_strconcat (dir, "-flytta", NULL);
  drafts = g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
  draft_name = g_strconcat (sk_document_get_draft_id (document), ".sakskart", NULL);
  draft = g_build_filename (drafts, draft_name, NULL);
  sk_window_flush_draft (window);
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));
  g_signal_connect (window, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  g_assert_cmpint (g_rename (dir, moved), ==, 0);
  g_assert_false (close_while_saving (window, &gone, "The File Was Moved or Deleted"));
  g_assert_false (gone);
  dialog = find_toplevel (is_dialog_headed, "The File Was Moved or Deleted");
  if (dialog == NULL)
    dialog = find_toplevel (is_dialog_headed, "Could Not Save “example.sakskart”");
  g_assert_nonnull (dialog);
  g_assert_true (sk_window_get_modified (window));
  g_assert_true (g_file_test (draft, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (dialog));
  sk_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_assert_cmpint (g_rename (moved, dir), ==, 0);
  remove_copy (path);
}

/* The drafts cannot be written (the data folder full, read-only, or a
 * file in the way): the window says so at once, naming the project, where
 * only a warning on the terminal told that a crash would lose the work. */
static void
test_draft_not_kept (void)
{
  g_autofree char *path = copy_example (example);
  g_autofree char *drafts = g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
  g_autofree char *aside = g_strconcat (drafts, "-aside", NULL);
  SkWindow *window = open_window (path);
  SkDocument *document = sk_window_get_document (window);
  AdwMessageDialog *dialog;

  g_mkdir_with_parents (drafts, 0700);
  g_assert_cmpint (g_rename (drafts, aside), ==, 0);
  g_assert_true (g_file_set_contents (drafts, "", 0, NULL));
  g_assert_true (sk_edit_set_project_title (sk_document_get_history (document), sk_window_get_project (window),
                                            "Ikkje teke vare på", NULL));
  drain ();
  sk_window_flush_draft (window);
  dialog = wait_for_dialog ("Unsaved Changes Are Not Kept");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "example.sakskart"));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), drafts));
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_cmpint (g_unlink (drafts), ==, 0);
  g_assert_cmpint (g_rename (aside, drafts), ==, 0);
  sk_document_discard (document);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  remove_copy (path);
}

/* The file replaced by a folder while open (the note says it changed):
 * Reload, with the edits given up, cannot read it; the window keeps the
 * project it shows, edits and all, as unsaved as they are, where it took
 * them for saved, and closed without asking. */
static void
test_reload_fails_keeps_edits (void)
{
  g_autofree char *path = copy_example (example);
  g_autofree char *aside = g_strconcat (path, ".flytta", NULL);
  SkWindow *window = open_window (path);
  SkDocument *document = sk_window_get_document (window);
  AdwMessageDialog *dialog;
  gboolean failed = FALSE;

  g_assert_true (sk_edit_set_project_title (sk_document_get_history (document), sk_window_get_project (window),
                                            "Endra før mappa kom", NULL));
  drain ();
  g_assert_cmpint (g_rename (path, aside), ==, 0);
  g_assert_cmpint (g_mkdir (path, 0700), ==, 0);
  g_signal_connect (window, "load-failed", G_CALLBACK (load_failed_cb), &failed);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  dialog = wait_for_dialog ("Save Changes?");
  drain ();
  press_button (GTK_WIDGET (dialog), "_Discard");
  iterate_until (&failed);
  dialog = wait_for_dialog ("Could Not Open “example.sakskart”");
  gtk_window_destroy (GTK_WINDOW (dialog));
  g_assert_true (sk_window_get_document (window) == document);
  g_assert_cmpstr (sk_project_get_title (sk_window_get_project (window)), ==, "Endra før mappa kom");
  g_assert_true (sk_window_get_modified (window));
  gtk_window_close (GTK_WINDOW (window));
  dialog = wait_for_dialog ("Save Changes?");
  press_button (GTK_WIDGET (dialog), "_Discard");
  drain ();
  g_rmdir (path);
  g_assert_cmpint (g_rename (aside, path), ==, 0);
  remove_copy (path);
}

/* An undo while a view is hidden: the records it showed are gone; shown
 * again it shows the same object, refreshed (ASan would see a read of
 * the old ones).  Each of the four views. */
static void
test_undo_while_hidden (void)
{
  const struct { const char *view, *pick, *shown; } views[] = {
    { "costs", "Skog i Sogn – vertskommunesamarbeid", "Skog i Sogn – vertskommunesamarbeid" },
    { "matrix", "Vertskommune for skogsamarbeidet", "Vertskommune for skogsamarbeidet" },
    { "timeline", "Nav region Sogn – vertskommunesamarbeid", "Nav region Sogn – vertskommunesamarbeid" },
    { "agenda", "10 February 2026", "This meeting has no agenda items yet." },
  };
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      GtkWidget *label, *row;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[v].view);
      drain ();
      label = find_label (GTK_WIDGET (window), views[v].pick);
      g_assert_nonnull (label);
      row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
      g_assert_nonnull (row);
      gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (row)), GTK_LIST_BOX_ROW (row));
      drain ();

      /* Elsewhere, an edit and its undo: every record is new. */
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", v == 0 ? "matrix" : "costs");
      drain ();
      g_assert_true (sk_edit_set_project_title (sk_document_get_history (sk_document_from_project (project)),
                                                project, "Endra", NULL));
      g_assert_true (sk_document_undo (sk_document_from_project (project)));
      drain ();

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[v].view);
      drain ();
      g_assert_nonnull (find_label (GTK_WIDGET (window), views[v].shown));

      /* And while shown: the side list's rows carry the new records
       * (choosing another row reads its record). */
      g_assert_true (sk_edit_set_project_title (sk_document_get_history (sk_document_from_project (project)),
                                                project, "Endra", NULL));
      g_assert_true (sk_document_undo (sk_document_from_project (project)));
      drain ();
      label = find_label (GTK_WIDGET (window), views[v].pick);
      g_assert_nonnull (label);
      row = gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
      gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (row)),
                               gtk_list_box_get_row_at_index (GTK_LIST_BOX (gtk_widget_get_parent (row)), 0));
      drain ();
      gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (row)), GTK_LIST_BOX_ROW (row));
      drain ();
      g_assert_nonnull (find_label (GTK_WIDGET (window), views[v].shown));
    }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_entry_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_ENTRY (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0;
}

static GtkWidget *
find_entry_with_text (GtkWidget  *root,
                      const char *text)
{
  return find_widget (root, is_entry_saying, text);
}

/* Reordering keeps each item's editor with its item: a closed editor is
 * not left showing the item that was in its row before, and an open one
 * moves with its item and still edits it. */
static void
test_agenda_reorder_keeps_editors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "agenda.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  GtkWidget *row, *entry;

  /* Skog i Sogn opened and closed, then moved down past Plan i Sogn. */
  row = item_row_titled (window, "8. Skog i Sogn");
  toggle_item_row (row);
  g_assert_nonnull (find_entry_with_text (row, "Skog i Sogn"));
  toggle_item_row (row);
  gtk_widget_grab_focus (row);
  press_alt (row, GDK_KEY_Down);
  drain ();
  g_assert_cmpstr (item_at (window, 7)->id, ==, "kart-gis");
  g_assert_cmpstr (item_at (window, 8)->id, ==, "skog");
  row = item_row_titled (window, "8. Plan i Sogn – Kart, oppmåling og GIS");
  toggle_item_row (row);
  g_assert_null (find_entry_with_text (row, "Skog i Sogn"));
  entry = find_entry_with_text (row, "Plan i Sogn – Kart, oppmåling og GIS");
  g_assert_nonnull (entry);
  toggle_item_row (row);

  /* Skog i Sogn open, and moved back up: its editor goes with it. */
  row = item_row_titled (window, "9. Skog i Sogn");
  toggle_item_row (row);
  gtk_widget_grab_focus (row);
  press_alt (row, GDK_KEY_Up);
  drain ();
  g_assert_cmpstr (item_at (window, 7)->id, ==, "skog");
  row = item_row_titled (window, "8. Skog i Sogn");
  entry = find_entry_with_text (row, "Skog i Sogn");
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_get_mapped (entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "Skog i Sogn – vertskommune");
  drain ();
  g_assert_cmpstr (item_at (window, 7)->title, ==, "Skog i Sogn – vertskommune");
  g_assert_cmpstr (item_at (window, 8)->title, ==, "Plan i Sogn – Kart, oppmåling og GIS");
  /* The focus follows the moved item. */
  g_assert_true (gtk_widget_has_focus (row) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), row) ||
                 gtk_root_get_focus (GTK_ROOT (window)) == entry);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (path);
  g_rmdir (dir);
}

/* A figure being typed when an undo of another figure comes: the undo is
 * shown in place, the text typed stays where it is, unapplied, and redo
 * stays possible. */
/* The costs view, with an edit to undo: Aurland's population typed from
 * 1836 to 1900 and applied.  Returns that figure's entry. */
static GtkWidget *
costs_with_figure_edited (SkWindow *window)
{
  SkProject *project = sk_window_get_project (window);
  GtkWidget *entry;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  entry = find_entry_with_text (GTK_WIDGET (window), "1836");
  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "1900");
  g_signal_emit_by_name (entry, "activate");
  drain ();
  g_assert_cmpfloat (sk_municipality_get_figure (sk_project_find_municipality (project, "aurland"), "population")->value, ==, 1900);
  return entry;
}

static void
test_costs_figure_then_undo (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  GtkWidget *entry;

  costs_with_figure_edited (window);
  /* Typing in another figure, and undo meanwhile. */
  entry = find_entry_with_text (GTK_WIDGET (window), "307");
  g_assert_nonnull (entry);
  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "abc");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpfloat (sk_municipality_get_figure (sk_project_find_municipality (project, "aurland"), "population")->value, ==, 1836);
  g_assert_true (sk_history_get_can_redo (sk_document_get_history (sk_document_from_project (project))));
  g_assert_true (entry == find_entry_with_text (GTK_WIDGET (window), "abc"));
  g_assert_nonnull (find_entry_with_text (GTK_WIDGET (window), "1836"));
  g_assert_cmpfloat (sk_municipality_get_figure (sk_project_find_municipality (project, "aurland"), "age_0_17")->value, ==, 307);

  /* And the equal part being typed. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  drain ();
  {
    GtkWidget *spin = find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);

    g_assert_nonnull (spin);
    gtk_widget_grab_focus (spin);
    gtk_editable_set_text (GTK_EDITABLE (spin), "60");
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    drain ();
    g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 25);
    g_assert_true (sk_history_get_can_redo (sk_document_get_history (sk_document_from_project (project))));
  }

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A figure being typed when an undo of that same figure comes: the text
 * typed stays, unapplied (the focus is in the entry's text, not in the
 * entry), while the figure is undone; redo follows in the model too. */
static void
test_costs_figure_typed_then_undone (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  GtkWidget *entry = costs_with_figure_edited (window);

  gtk_widget_grab_focus (entry);
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), "2 000");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpfloat (sk_municipality_get_figure (sk_project_find_municipality (project, "aurland"), "population")->value, ==, 1836);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2 000");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL);
  drain ();
  g_assert_cmpfloat (sk_municipality_get_figure (sk_project_find_municipality (project, "aurland"), "population")->value, ==, 1900);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "2 000");

  /* Typed back to what it showed: it follows the figure again. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "1900");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "1836");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The main menu's first section: Undo and Redo, named by the history. */
static GMenuModel *
undo_section (GtkWidget *root)
{
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GMenuModel *found;

      if (GTK_IS_MENU_BUTTON (c))
        {
          GMenuModel *menu;

          /* The main menu is made when first opened. */
          if (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (c)) == NULL)
            {
              gtk_menu_button_popup (GTK_MENU_BUTTON (c));
              gtk_menu_button_popdown (GTK_MENU_BUTTON (c));
            }
          menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (c));
          GMenuModel *section = menu ? g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION) : NULL;
          g_autofree char *action = NULL;

          if (section != NULL && g_menu_model_get_n_items (section) == 2 &&
              g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
              g_str_equal (action, "win.undo"))
            return section;
          g_clear_object (&section);
        }
      if ((found = undo_section (c)) != NULL)
        return found;
    }
  return NULL;
}

static char *
menu_label (GMenuModel *section,
            int         i)
{
  char *label = NULL;

  g_assert_true (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  return label;
}

/* Undo and Redo follow the history: disabled with nothing to undo, named
 * by the step they take back, and undoing back to the file clears "•". */
static void
test_undo_menu (void)
{
  SkWindow *window = open_window (example);
  SkHistory *history = sk_document_get_history (sk_window_get_document (window));
  g_autoptr(GMenuModel) section = NULL;
  g_autofree char *label = NULL;
  g_autofree char *redo = NULL;
  GtkWidget *spin;
  double weight;

  section = undo_section (GTK_WIDGET (window));
  g_assert_nonnull (section);
  g_assert_false (sk_history_get_can_undo (history));
  label = menu_label (section, 0);
  g_assert_cmpstr (label, ==, "_Undo");
  g_clear_pointer (&label, g_free);
  g_assert_false (sk_window_get_modified (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  spin = find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  weight = gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), weight - 1);
  drain ();
  g_assert_true (sk_history_get_can_undo (history));
  g_assert_true (sk_window_get_modified (window));
  label = menu_label (section, 0);
  g_assert_true (g_str_has_prefix (label, "_Undo "));
  g_assert_cmpstr (label + strlen ("_Undo "), ==, sk_history_get_undo_label (history));
  g_assert_true (g_str_has_prefix (sk_history_get_undo_label (history), "Change Weight «"));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_false (sk_history_get_can_undo (history));
  g_assert_true (sk_history_get_can_redo (history));
  g_assert_false (sk_window_get_modified (window));
  redo = menu_label (section, 1);
  g_assert_true (g_str_has_prefix (redo, "_Redo "));
  spin = find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, weight);

  /* A long title is cut short in the menu, which stays as wide as a
   * window on half a laptop's screen; its underscore is no access key. */
  g_assert_true (sk_edit_set_item_field (history, sk_window_get_project (window), "styret-2025-11-03", "opning",
                                         SK_ITEM_FIELD_TITLE,
                                         "Plan_2026 for felles barnevern, PPT, Nav, skog og kart i alle seks kommunane",
                                         NULL));
  g_assert_true (sk_edit_set_item_field (history, sk_window_get_project (window), "styret-2025-11-03", "opning",
                                         SK_ITEM_FIELD_TITLE, "Opning", NULL));
  drain ();
  g_clear_pointer (&label, g_free);
  label = menu_label (section, 0);
  g_assert_cmpstr (label, ==, "_Undo Rename «Plan__2026 for felles barnevern, PPT, Na…»");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The same with a weight being typed in the matrix (a spin button takes
 * its text on leaving). */
static void
test_matrix_weight_then_undo (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  GtkWidget *spin, *second = NULL;
  double weight;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  spin = find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  weight = gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), weight - 1);
  drain ();
  g_assert_true (sk_history_get_can_undo (sk_document_get_history (sk_document_from_project (project))));

  /* Another weight being typed, and undo meanwhile. */
  for (GtkWidget *w = gtk_widget_get_ancestor (spin, ADW_TYPE_ACTION_ROW); w && second == NULL; w = gtk_widget_get_next_sibling (w))
    if (w != gtk_widget_get_ancestor (spin, ADW_TYPE_ACTION_ROW))
      second = find_type (w, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (second);
  gtk_widget_grab_focus (second);
  gtk_editable_set_text (GTK_EDITABLE (second), "1");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  spin = find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, weight);
  g_assert_true (sk_history_get_can_redo (sk_document_get_history (sk_document_from_project (project))));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* And a task's progress being typed in the timeline's panel. */
static void
test_timeline_progress_then_undo (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  SkGanttChart *chart;
  GtkWidget *spin;
  SkTimeline *t;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  drain ();
  chart = SK_GANTT_CHART (find_type (GTK_WIDGET (window), SK_TYPE_GANTT_CHART));
  g_assert_nonnull (chart);
  t = g_ptr_array_index (sk_project_get_timelines (project), 0);
  sk_gantt_chart_select_task (chart, g_ptr_array_index (t->tasks, 1));
  drain ();
  spin = find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 30);
  drain ();
  g_assert_true (sk_history_get_can_undo (sk_document_get_history (sk_document_from_project (project))));

  spin = find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
  gtk_widget_grab_focus (spin);
  gtk_editable_set_text (GTK_EDITABLE (spin), "55");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  t = g_ptr_array_index (sk_project_get_timelines (project), 0);
  g_assert_cmpfloat (((SkTask *) g_ptr_array_index (t->tasks, 1))->progress, !=, 55);
  g_assert_true (sk_history_get_can_redo (sk_document_get_history (sk_document_from_project (project))));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Whether a menu, or one of its sections and submenus, has an item with
 * this label. */
static gboolean
menu_has_label (GMenuModel *model,
                const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (model, i);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_strcmp0 (text, label) == 0)
        return TRUE;
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) linked = g_menu_link_iter_get_value (links);

          if (menu_has_label (linked, label))
            return TRUE;
        }
    }
  return FALSE;
}

/* The main menu is made when first opened; it then lists the files just
 * opened and saved, and follows files saved while it exists. */
static void
test_main_menu_recent (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  /* Unique names: the recent files outlive the test. */
  g_autofree char *tag = g_path_get_basename (dir);
  g_autofree char *name = g_strdup_printf ("meny-fyrst-%s.sakskart", tag);
  g_autofree char *name2 = g_strdup_printf ("meny-andre-%s.sakskart", tag);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *path2 = g_build_filename (dir, name2, NULL);
  g_autofree char *contents = NULL;
  SkWindow *window, *other;
  GtkMenuButton *button;
  GtkPopover *popover;
  gint64 deadline;

  /* More projects opened before than the menu lists: it shows the newest. */
  for (int i = 0; i < 12; i++)
    {
      g_autofree char *older = g_strdup_printf ("file:///tmp/eldre-%d.sakskart", i);

      g_assert_true (gtk_recent_manager_add_item (gtk_recent_manager_get_default (), older));
    }
  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = open_window (path);
  button = GTK_MENU_BUTTON (find_type (GTK_WIDGET (window), GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (button);
  g_assert_null (gtk_menu_button_get_popover (button));

  gtk_menu_button_popup (button);
  drain ();
  popover = gtk_menu_button_get_popover (button);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (menu_has_label (gtk_menu_button_get_menu_model (button), _("Open _Recent")));
  g_assert_true (menu_has_label (gtk_menu_button_get_menu_model (button), name));
  g_assert_false (menu_has_label (gtk_menu_button_get_menu_model (button), name2));
  gtk_menu_button_popdown (button);
  drain ();

  /* Another file opened (in another window) while the menu exists: the
   * menu follows. */
  g_assert_true (g_file_set_contents (path2, contents, -1, NULL));
  other = open_window (path2);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  while (!menu_has_label (gtk_menu_button_get_menu_model (button), name2) &&
         g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (menu_has_label (gtk_menu_button_get_menu_model (button), name2));
  /* Opening it again makes no second popover. */
  gtk_menu_button_popup (button);
  drain ();
  g_assert_true (gtk_menu_button_get_popover (button) == popover);
  gtk_menu_button_popdown (button);

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A new meeting with its date and time typed as Norwegians write them
 * ("3.12.2026", "10.30"): the file gets them its own way; a time that is
 * none keeps the dialog from adding it. */
static void
test_new_meeting_typed_dates (void)
{
  SkWindow *window = open_window (example);
  GtkWidget *plan, *grid, *entries[5] = { NULL };
  AdwMessageDialog *dialog;
  SkMeeting *added = NULL;
  GPtrArray *meetings;
  guint n = 0, before;

  plan = gtk_widget_get_ancestor (find_label (GTK_WIDGET (window), "Meeting Plan"), GTK_TYPE_LIST_BOX_ROW);
  gtk_list_box_select_row (GTK_LIST_BOX (gtk_widget_get_parent (plan)), GTK_LIST_BOX_ROW (plan));
  drain ();
  meetings = sk_project_get_meetings (sk_window_get_project (window));
  before = meetings->len;
  g_signal_emit_by_name (find_button (GTK_WIDGET (window), "New Meeting…"), "clicked");
  dialog = wait_for_dialog ("New Meeting");
  /* Body, title, date, start, place: the grid's entries in order. */
  grid = GTK_WIDGET (find_type (GTK_WIDGET (dialog), GTK_TYPE_GRID));
  for (int row = 0; row < 5; row++)
    {
      entries[row] = gtk_grid_get_child_at (GTK_GRID (grid), 1, row);
      /* The date's entry has its calendar beside it. */
      if (GTK_IS_BOX (entries[row]))
        entries[row] = gtk_widget_get_first_child (entries[row]);
      g_assert_true (GTK_IS_ENTRY (entries[row]));
      n++;
    }
  g_assert_cmpuint (n, ==, 5);
  gtk_editable_set_text (GTK_EDITABLE (entries[2]), "3.12.2026");
  gtk_editable_set_text (GTK_EDITABLE (entries[3]), "25.00");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (entries[3]), "10.30");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (entries[2]), "31.2.2026");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (entries[2]), "3.12.2026");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  press_button (GTK_WIDGET (dialog), "_Add");
  /* A button answers its activation after showing itself pressed. */
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    while (meetings->len == before && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
  }

  g_assert_cmpuint (meetings->len, ==, before + 1);
  for (guint i = 0; i < meetings->len; i++)
    if (g_strcmp0 (((SkMeeting *) g_ptr_array_index (meetings, i))->date, "2026-12-03") == 0 &&
        g_strcmp0 (((SkMeeting *) g_ptr_array_index (meetings, i))->start_time, "10:30") == 0)
      added = g_ptr_array_index (meetings, i);
  g_assert_nonnull (added);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A timeline on the screen in meeting mode: the chart, without the
 * editing buttons and help of the view. */
static void
test_meeting_mode_timeline (void)
{
  SkWindow *window = open_window (example);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), sk_window_get_project (window),
                                        "styret-2025-11-03", FALSE);

  gtk_window_present (GTK_WINDOW (mode));
  drain ();
  sk_presenter_go_to (mode, 6);
  g_assert_true (sk_presenter_open_link (mode, 2));   /* item 7: cost model, matrix, timeline */
  drain ();
  g_assert_nonnull (find_type (GTK_WIDGET (mode), SK_TYPE_GANTT_CHART));
  g_assert_null (find_button (GTK_WIDGET (mode), "Add Task"));
  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_shortcut_titled (GtkWidget     *widget,
                    gconstpointer  title)
{
  g_autofree char *text = NULL;

  if (!GTK_IS_SHORTCUTS_SHORTCUT (widget))
    return FALSE;
  g_object_get (widget, "title", &text, NULL);
  return g_strcmp0 (text, title) == 0;
}

/* The shortcuts window lists the keys of the views too. */
/* Narrow, the header shows the file name and the project's title instead
 * of the view switcher, and the switcher moves to a bar at the bottom,
 * made then; wide, the title is not set at all (it would only be laid
 * out, hidden) and no bar is made. */
static void
wait_for_title_visible (AdwSqueezer *squeezer,
                        gboolean     visible)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (ADW_IS_WINDOW_TITLE (adw_squeezer_get_visible_child (squeezer)) != visible
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (ADW_IS_WINDOW_TITLE (adw_squeezer_get_visible_child (squeezer)), ==, visible);
  drain ();
}

static void
test_narrow_window_title (void)
{
  SkWindow *window = open_window (example);
  AdwSqueezer *squeezer = ADW_SQUEEZER (find_any_of_type (GTK_WIDGET (window), ADW_TYPE_SQUEEZER));
  AdwWindowTitle *title = ADW_WINDOW_TITLE (find_any_of_type (GTK_WIDGET (squeezer), ADW_TYPE_WINDOW_TITLE));
  AdwViewSwitcherBar *bar;

  wait_for_title_visible (squeezer, FALSE);
  g_assert_true (ADW_IS_VIEW_SWITCHER (adw_squeezer_get_visible_child (squeezer)));
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "");
  g_assert_null (find_any_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));

  gtk_window_set_default_size (GTK_WINDOW (window), 400, 700);
  wait_for_title_visible (squeezer, TRUE);
  g_assert_cmpstr (adw_window_title_get_title (title), ==, "example.sakskart");
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "Sogn Kommunalt Oppgåvefellesskap");
  bar = ADW_VIEW_SWITCHER_BAR (find_any_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR));
  g_assert_nonnull (bar);
  g_assert_true (adw_view_switcher_bar_get_reveal (bar));
  /* The bar switches views. */
  {
    AdwViewSwitcher *switcher = ADW_VIEW_SWITCHER (find_any_of_type (GTK_WIDGET (bar), ADW_TYPE_VIEW_SWITCHER));
    AdwViewStack *stack = ADW_VIEW_STACK (find_any_of_type (GTK_WIDGET (window), ADW_TYPE_VIEW_STACK));

    g_assert_true (adw_view_switcher_get_stack (switcher) == stack);
  }

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  wait_for_title_visible (squeezer, FALSE);
  g_assert_cmpstr (adw_window_title_get_subtitle (title), ==, "");
  g_assert_false (adw_view_switcher_bar_get_reveal (bar));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The matrix, timeline and costs views are made when first shown, or
 * when a link from the agenda asks for them, with the window's project
 * of then. */
static void
test_views_made_when_shown (void)
{
  SkWindow *window = open_window (example);
  SkView *view;
  g_autofree char *shown = NULL;

  g_assert_null (find_any_of_type (GTK_WIDGET (window), SK_TYPE_MATRIX_VIEW));
  g_assert_null (find_any_of_type (GTK_WIDGET (window), SK_TYPE_TIMELINE_VIEW));
  g_assert_null (find_any_of_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.jump", "(ss)", "matrix", "skog-vertskommune");
  settle ();
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "matrix");
  view = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_MATRIX_VIEW));
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_true (sk_view_get_project (view) == sk_window_get_project (window));
  shown = sk_view_take_shown_id (view);
  g_assert_cmpstr (shown, ==, "skog-vertskommune");
  g_assert_null (find_any_of_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW));

  /* A view made, then a new document: it shows that one; one made after
   * it takes it too. */
  sk_window_new_project (window);
  settle ();
  g_assert_true (sk_view_get_project (view) == sk_window_get_project (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  settle ();
  view = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW));
  g_assert_nonnull (view);
  g_assert_true (sk_view_get_project (view) == sk_window_get_project (window));
  g_assert_null (find_any_of_type (GTK_WIDGET (window), SK_TYPE_TIMELINE_VIEW));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each of its records' ids, in order, joined by spaces. */
static char *
record_ids (GPtrArray *records)
{
  GString *ids = g_string_new (NULL);

  for (guint i = 0; i < records->len; i++)
    g_string_append_printf (ids, "%s%s", i ? " " : "", *(char **) g_ptr_array_index (records, i));
  return g_string_free (ids, FALSE);
}

/* The matrix page's "Add a Candidate…" menu. */
static gboolean
is_add_candidate (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) &&
         g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), "Add a Candidate…") == 0;
}

/* The links of the example's item 7, the joint child-welfare service. */
static guint
item_7_links (SkProject *project)
{
  SkMeeting *meeting = sk_project_find_meeting (project, "styret-2025-11-03");

  return ((SkItem *) g_ptr_array_index (meeting->items, 6))->links->len;
}

/* A new matrix, timeline or cost model: asked for its title, added, shown;
 * deleted with the agenda's links to it, and back with Undo. */
static void
test_new_and_delete_records (void)
{
  const struct { const char *view; GType type; const char *prefix; const char *heading; const char *deleted; } kinds[] = {
    { "matrix", SK_TYPE_MATRIX_VIEW, "matrix", "New Scoring Matrix", "barnevern-oppmotestad" },
    { "timeline", SK_TYPE_TIMELINE_VIEW, "timeline", "New Timeline", "barnevern" },
    { "costs", SK_TYPE_COSTS_VIEW, "costs", "New Cost Model", "barnevern" },
  };
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      GPtrArray *records = k == 0 ? sk_project_get_matrices (project)
                           : k == 1 ? sk_project_get_timelines (project) : sk_project_get_cost_models (project);
      g_autofree char *before = record_ids (records);
      g_autofree char *action = g_strconcat (kinds[k].prefix, ".new", NULL);
      g_autofree char *delete = g_strconcat (kinds[k].prefix, ".delete", NULL);
      g_autofree char *shown = NULL;
      g_autofree char *after_undo = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      AdwMessageDialog *dialog;
      GtkWidget *entry;
      SkView *view;
      char *id;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", kinds[k].view);
      settle ();
      view = SK_VIEW (find_any_of_type (GTK_WIDGET (window), kinds[k].type));
      records = k == 0 ? sk_project_get_matrices (project)
                : k == 1 ? sk_project_get_timelines (project) : sk_project_get_cost_models (project);

      /* Asked for a title; Add waits for one. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), action, NULL));
      dialog = wait_for_dialog (kinds[k].heading);
      g_assert_false (adw_message_dialog_get_response_enabled (dialog, "accept"));
      entry = find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
      gtk_editable_set_text (GTK_EDITABLE (entry), "  Vertskommune 2027  ");
      g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
      press_button (GTK_WIDGET (dialog), "_Add");
      settle ();
      records = k == 0 ? sk_project_get_matrices (project)
                : k == 1 ? sk_project_get_timelines (project) : sk_project_get_cost_models (project);
      /* Records start with their id and title. */
      id = *(char **) g_ptr_array_index (records, records->len - 1);
      g_assert_cmpstr (((char **) g_ptr_array_index (records, records->len - 1))[1], ==, "Vertskommune 2027");
      shown = sk_view_take_shown_id (view);
      g_assert_cmpstr (shown, ==, id);
      g_assert_nonnull (find_label (GTK_WIDGET (view), "Vertskommune 2027"));
      /* Renamed (the matrix and the timeline; a cost model's title is a
       * field of its page), and back with Undo. */
      if (k < 2)
        {
          g_autofree char *rename = g_strconcat (kinds[k].prefix, ".rename", NULL);
          char **record = g_ptr_array_index (records, records->len - 1);

          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), rename, NULL));
          dialog = wait_for_dialog (k == 0 ? "Rename the Matrix" : "Rename the Timeline");
          entry = find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
          g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Vertskommune 2027");
          g_assert_true (adw_message_dialog_get_response_enabled (dialog, "accept"));
          gtk_editable_set_text (GTK_EDITABLE (entry), "Vertskommune 2028");
          press_button (GTK_WIDGET (dialog), "_Rename");
          settle ();
          g_assert_cmpstr (record[1], ==, "Vertskommune 2028");
          g_assert_nonnull (find_label (GTK_WIDGET (view), "Vertskommune 2028"));
          gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
          settle ();
          records = k == 0 ? sk_project_get_matrices (project) : sk_project_get_timelines (project);
          g_assert_cmpstr (((char **) g_ptr_array_index (records, records->len - 1))[1], ==, "Vertskommune 2027");
        }
      /* A new matrix shows no chart, ranking or sensitivity until it has
       * candidates to compare; the side list counts them as they come. */
      if (k == 0)
        {
          const char *tornado = "How far each weight can move before the leader changes";
          GtkWidget *heading;

          g_assert_nonnull (find_label (GTK_WIDGET (view), "Add candidates to score them."));
          g_assert_null (find_label (GTK_WIDGET (view), tornado));
          g_assert_null (find_label (GTK_WIDGET (view), "Lærdal stays first over the whole range"));
          for (guint c = 0; c < 2; c++)
            {
              GtkWidget *add = find_widget (GTK_WIDGET (view), is_add_candidate, NULL);

              GMenuModel *menu;
              g_autoptr(GVariant) target = NULL;

              g_assert_nonnull (add);
              /* Its first entry, as a click on it does. */
              menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (add));
              target = g_menu_model_get_item_attribute_value (menu, 0, G_MENU_ATTRIBUTE_TARGET, G_VARIANT_TYPE_STRING);
              g_assert_nonnull (target);
              g_assert_true (gtk_widget_activate_action_variant (add, "matrix.add-candidate", target));
              settle ();
            }
          g_assert_nonnull (find_label (GTK_WIDGET (view), "2 candidates"));
          heading = find_label (GTK_WIDGET (view), tornado);
          g_assert_nonnull (heading);
          gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
          settle ();
          gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
          settle ();
        }
      /* A new total for the cost model: the side list shows it. */
      if (k == 2)
        {
          GtkWidget *total = gtk_widget_get_ancestor (find_label (GTK_WIDGET (view), "Total in kroner"), ADW_TYPE_ENTRY_ROW);
          g_autofree char *shown_total = sk_format_kr (1250000);

          g_assert_nonnull (total);
          gtk_editable_set_text (GTK_EDITABLE (total), "1250000");
          g_signal_emit_by_name (total, "apply");
          settle ();
          g_assert_nonnull (find_label (GTK_WIDGET (sk_view_get_sidebar (view)), shown_total));
          gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
          settle ();
        }
      /* A task added to the new timeline: the page's dates and the side
       * list's count follow. */
      if (k == 1)
        {
          g_assert_nonnull (find_label (GTK_WIDGET (view), "This timeline has no tasks yet."));
          g_assert_nonnull (find_label (GTK_WIDGET (view), "0 tasks"));
          g_signal_emit_by_name (find_button (GTK_WIDGET (view), "Add Task"), "clicked");
          settle ();
          g_assert_null (find_label (GTK_WIDGET (view), "This timeline has no tasks yet."));
          g_assert_nonnull (find_label (GTK_WIDGET (view), "1 task"));
          gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
          settle ();
        }
      problems = sk_project_check (project);
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *text = sk_problem_to_string (g_ptr_array_index (problems, i));

          g_test_message ("%s", text);
        }
      g_assert_cmpuint (problems->len, ==, 0);

      /* The new one deleted, then one the agenda links to. */
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), delete, NULL));
      settle ();
      {
        g_autofree char *after = record_ids (k == 0 ? sk_project_get_matrices (project)
                                             : k == 1 ? sk_project_get_timelines (project) : sk_project_get_cost_models (project));

        g_assert_cmpstr (after, ==, before);
      }
      g_assert_null (find_label (GTK_WIDGET (view), "Vertskommune 2027"));
      sk_view_select (view, kinds[k].deleted, NULL);
      settle ();
      g_assert_cmpuint (item_7_links (project), ==, 3);
      {
        char **record = (char **) (k == 0 ? (gpointer) sk_project_find_matrix (project, kinds[k].deleted)
                                   : k == 1 ? (gpointer) sk_project_find_timeline (project, kinds[k].deleted)
                                   : (gpointer) sk_project_find_cost_model (project, kinds[k].deleted));
        /* Records start with their id and title. */
        g_autofree char *toast = g_strdup_printf ("“%s” was deleted", record[1]);

        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), delete, NULL));
        settle ();
        g_assert_nonnull (find_label (GTK_WIDGET (window), toast));
      }
      g_assert_cmpuint (item_7_links (project), ==, 2);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
      settle ();
      project = sk_window_get_project (window);
      g_assert_cmpuint (item_7_links (project), ==, 3);
      after_undo = record_ids (k == 0 ? sk_project_get_matrices (project)
                               : k == 1 ? sk_project_get_timelines (project) : sk_project_get_cost_models (project));
      g_assert_cmpstr (after_undo, ==, before);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}


/* A member's remove button in the project's properties. */
static gboolean
is_remove_button_of (GtkWidget     *widget,
                     gconstpointer  id)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "sk-id"), id) == 0;
}

/* A new project gets its title, organisation and members in the project's
 * properties: a member's number is four digits of its own, a member that
 * a cost model names stays, the others go, with Undo. */
static void
test_project_properties (void)
{
  SkWindow *window = open_window (example);
  SkProject *project;
  GtkWindow *properties;
  AdwMessageDialog *dialog;
  GtkWidget *entries[2];
  AdwEntryRow *title;

  sk_window_new_project (window);
  settle ();
  project = sk_window_get_project (window);
  g_assert_cmpuint (sk_project_get_municipalities (project)->len, ==, 0);
  /* Alt+Return, as for properties elsewhere in GNOME. */
  {
    g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.properties");

    g_assert_nonnull (accels);
    g_assert_cmpstr (accels[0], ==, "<Alt>Return");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  settle ();
  properties = GTK_WINDOW (find_toplevel (is_of_type, GSIZE_TO_POINTER (SK_TYPE_PROPERTIES)));
  g_assert_nonnull (properties);
  g_assert_true (gtk_window_get_modal (properties));
  g_assert_nonnull (find_label (GTK_WIDGET (properties), "No member municipalities yet"));

  title = ADW_ENTRY_ROW (find_any_of_type (GTK_WIDGET (properties), ADW_TYPE_ENTRY_ROW));
  gtk_editable_set_text (GTK_EDITABLE (title), "Styret i Nordfjord");
  g_signal_emit_by_name (title, "apply");
  drain ();
  g_assert_cmpstr (sk_project_get_title (project), ==, "Styret i Nordfjord");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (title)), ==, "Styret i Nordfjord");
  gtk_editable_set_text (GTK_EDITABLE (title), "   ");
  g_signal_emit_by_name (title, "apply");
  g_assert_cmpstr (sk_project_get_title (project), ==, "Styret i Nordfjord");

  /* The organisation being typed stays through another edit. */
  {
    GtkWidget *organisation = gtk_widget_get_next_sibling (GTK_WIDGET (title));

    g_assert_true (ADW_IS_ENTRY_ROW (organisation));
    gtk_editable_set_text (GTK_EDITABLE (organisation), "Nordfjord-rådet");
    entries[0] = organisation;
  }

  /* Two members; the number is checked as it is typed. */
  for (guint i = 0; i < 2; i++)
    {
      gtk_widget_activate (find_widget (GTK_WIDGET (properties), is_button_named, "Add a Member Municipality…"));
      dialog = wait_for_dialog ("Add a Member Municipality");
      entries[0] = find_widget (GTK_WIDGET (dialog), is_of_type, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
      entries[1] = gtk_widget_get_next_sibling (entries[0]);
      g_assert_true (GTK_IS_ENTRY (entries[1]));
      g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
      gtk_editable_set_text (GTK_EDITABLE (entries[0]), i == 0 ? "Stad" : "Bremanger");
      g_assert_true (adw_message_dialog_get_response_enabled (dialog, "add"));
      gtk_editable_set_text (GTK_EDITABLE (entries[1]), "46x9");
      g_assert_false (adw_message_dialog_get_response_enabled (dialog, "add"));
      gtk_editable_set_text (GTK_EDITABLE (entries[1]), "4649");
      /* The second one may not take Stad's number. */
      g_assert_cmpint (adw_message_dialog_get_response_enabled (dialog, "add"), ==, i == 0);
      if (i == 1)
        gtk_editable_set_text (GTK_EDITABLE (entries[1]), "4648");
      press_button (GTK_WIDGET (dialog), "_Add");
      settle ();
    }
  g_assert_cmpuint (sk_project_get_municipalities (project)->len, ==, 2);
  g_assert_cmpstr (sk_project_find_municipality (project, "stad")->number, ==, "4649");
  g_assert_cmpstr (sk_project_find_municipality (project, "bremanger")->name, ==, "Bremanger");
  g_assert_nonnull (find_label (GTK_WIDGET (properties), "Municipality number 4648"));
  {
    GtkWidget *organisation = gtk_widget_get_next_sibling (GTK_WIDGET (title));

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (organisation)), ==, "Nordfjord-rådet");
    g_assert_null (sk_project_get_organisation (project));
    g_signal_emit_by_name (organisation, "apply");
    g_assert_cmpstr (sk_project_get_organisation (project), ==, "Nordfjord-rådet");
  }
  gtk_window_close (properties);
  settle ();

  /* A cost model now has its members; one that it names stays. */
  {
    SkView *costs;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
    settle ();
    costs = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (costs), "costs.new", NULL));
    dialog = wait_for_dialog ("New Cost Model");
    gtk_editable_set_text (GTK_EDITABLE (find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)), "Felles PPT");
    press_button (GTK_WIDGET (dialog), "_Add");
    settle ();
    g_assert_cmpuint (((SkCostModel *) g_ptr_array_index (sk_project_get_cost_models (project), 0))->participants->len, ==, 2);
    /* Bremanger is taken out of it again. */
    g_ptr_array_remove_index (((SkCostModel *) g_ptr_array_index (sk_project_get_cost_models (project), 0))->participants, 1);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  settle ();
  properties = GTK_WINDOW (find_toplevel (is_of_type, GSIZE_TO_POINTER (SK_TYPE_PROPERTIES)));
  {
    GtkWidget *stad = find_widget (GTK_WIDGET (properties), is_remove_button_of, "stad");

    g_assert_nonnull (stad);
    g_assert_false (gtk_widget_get_sensitive (stad));
    g_assert_cmpstr (gtk_widget_get_tooltip_text (gtk_widget_get_ancestor (stad, ADW_TYPE_ACTION_ROW)), ==, "Used by:\nFelles PPT");
  }
  gtk_widget_activate (find_widget (GTK_WIDGET (properties), is_remove_button_of, "bremanger"));
  settle ();
  g_assert_null (sk_project_find_municipality (project, "bremanger"));
  g_assert_nonnull (find_label (GTK_WIDGET (properties), "“Bremanger” was removed"));
  gtk_window_close (properties);
  settle ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  settle ();
  g_assert_nonnull (sk_project_find_municipality (sk_window_get_project (window), "bremanger"));

  /* What was made here is written and read back as it was. */
  {
    g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
    g_autofree char *path = g_build_filename (dir, "nordfjord.sakskart", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) problems = NULL;
    g_autoptr(SkProject) back = NULL;
    SkCostModel *model;

    g_assert_true (sk_project_save_file (sk_window_get_project (window), file, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
    back = sk_project_new_from_file (file, NULL, NULL, &problems, &error);
    g_assert_no_error (error);
    g_assert_nonnull (back);
    g_assert_true (problems == NULL || problems->len == 0);
    g_assert_cmpstr (sk_project_get_title (back), ==, "Styret i Nordfjord");
    g_assert_cmpstr (sk_project_get_organisation (back), ==, "Nordfjord-rådet");
    g_assert_cmpstr (sk_project_find_municipality (back, "stad")->number, ==, "4649");
    model = g_ptr_array_index (sk_project_get_cost_models (back), 0);
    g_assert_cmpstr (model->title, ==, "Felles PPT");
    g_assert_cmpuint (model->participants->len, ==, 1);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The plan entry whose remove button this is. */
static gboolean
is_plan_remove_button (GtkWidget     *widget,
                       gconstpointer  entry)
{
  return GTK_IS_BUTTON (widget) && g_object_get_data (G_OBJECT (widget), "sk-plan-entry") == entry;
}

/* The rolling plan is edited where it is shown: a matter added (its due
 * date checked as it is typed, "Q3 2026" taken as 2026-Q3), edited from its
 * row, removed with Undo; the page stays in front. */
static void
test_rolling_plan_edit (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  SkView *agenda = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW));
  GtkListBox *sidebar = sk_view_get_sidebar (agenda);
  GPtrArray *plan = sk_project_get_plan (project);
  guint n = plan->len;
  AdwMessageDialog *dialog;
  GtkWidget *entries[3];
  SkPlanEntry *added;
  g_autoptr(GPtrArray) problems = NULL;

  gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, 1));
  settle ();
  press_button (GTK_WIDGET (sk_view_get_content (agenda)), "_Add a Planned Matter…");
  dialog = wait_for_dialog ("New Planned Matter");
  entries[0] = find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (entries[0]), "Velferdsteknologi – status");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  /* The dialog's entries in order: the matter, when it is due, a note. */
  {
    guint k = 0;

    for (GtkWidget *w = entries[0]; w != NULL && k < 3; w = gtk_widget_get_next_sibling (w))
      if (GTK_IS_ENTRY (w))
        entries[k++] = w;
    g_assert_cmpuint (k, ==, 3);
  }
  gtk_editable_set_text (GTK_EDITABLE (entries[1]), "2026-13");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "apply"));
  gtk_editable_set_text (GTK_EDITABLE (entries[1]), "Q3 2026");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "apply"));
  press_button (GTK_WIDGET (dialog), "_Add");
  settle ();
  g_assert_cmpuint (plan->len, ==, n + 1);
  added = g_ptr_array_index (plan, n);
  g_assert_cmpstr (added->title, ==, "Velferdsteknologi – status");
  g_assert_cmpstr (added->due, ==, "2026-Q3");
  g_assert_null (added->meeting);
  problems = sk_project_check (project);
  g_assert_cmpuint (problems->len, ==, 0);
  /* Still on the plan, the new matter in it. */
  g_assert_true (gtk_list_box_get_selected_row (sidebar) == gtk_list_box_get_row_at_index (sidebar, 1));
  g_assert_nonnull (find_label (GTK_WIDGET (sk_view_get_content (agenda)), "Velferdsteknologi – status"));

  /* Edited from its row. */
  {
    GtkWidget *remove = find_widget (GTK_WIDGET (sk_view_get_content (agenda)), is_plan_remove_button, added);
    GtkWidget *row = gtk_widget_get_ancestor (remove, GTK_TYPE_LIST_BOX_ROW);
    GtkWidget *note;

    g_signal_emit_by_name (row, "activated");
    dialog = wait_for_dialog ("Edit the Planned Matter");
    entries[0] = find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries[0])), ==, "Velferdsteknologi – status");
    note = entries[0];
    for (guint k = 0; k < 2; k++)
      do
        note = gtk_widget_get_next_sibling (note);
      while (!GTK_IS_ENTRY (note));
    gtk_editable_set_text (GTK_EDITABLE (note), "Frå prosjektleiar");
    press_button (GTK_WIDGET (dialog), "_Apply");
    settle ();
    g_assert_cmpstr (added->note, ==, "Frå prosjektleiar");
  }

  /* Removed, and back. */
  gtk_widget_activate (find_widget (GTK_WIDGET (sk_view_get_content (agenda)), is_plan_remove_button, added));
  settle ();
  g_assert_cmpuint (plan->len, ==, n);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "“Velferdsteknologi – status” was removed"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  settle ();
  g_assert_cmpuint (sk_project_get_plan (sk_window_get_project (window))->len, ==, n + 1);

  /* A meeting with planned matters deleted: they stay, not scheduled, the
   * project valid; Undo ties them again. */
  {
    g_autoptr(GPtrArray) after = NULL;
    SkPlanEntry *rekneskap = NULL;

    project = sk_window_get_project (window);
    sk_view_select (agenda, "styret-2026-02-10", NULL);
    settle ();
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (agenda), "meeting.delete", NULL));
    settle ();
    g_assert_nonnull (find_label (GTK_WIDGET (window),
                                  "The meeting of 10 February 2026 was deleted; its 2 planned matters are not scheduled now"));
    after = sk_project_check (project);
    g_assert_cmpuint (after->len, ==, 0);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    settle ();
    project = sk_window_get_project (window);
    for (guint i = 0; i < sk_project_get_plan (project)->len; i++)
      if (g_str_equal (((SkPlanEntry *) g_ptr_array_index (sk_project_get_plan (project), i))->id, "rekneskap"))
        rekneskap = g_ptr_array_index (sk_project_get_plan (project), i);
    g_assert_nonnull (rekneskap);
    g_assert_cmpstr (rekneskap->meeting, ==, "styret-2026-02-10");
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Saving a project with a problem the reader refuses (here a planned
 * matter tied to no meeting) asks first: cancelled, the file is as it
 * was; saved anyway, it is written. */
static void
test_save_refused_problem (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  SkWindow *window = open_example_copy (path);
  SkPlanEntry *entry = g_ptr_array_index (sk_project_get_plan (sk_window_get_project (window)), 0);
  AdwMessageDialog *dialog;
  gboolean done = FALSE;

  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  g_free (entry->meeting);
  entry->meeting = g_strdup ("no-such-meeting");
  sk_project_changed (sk_window_get_project (window));
  drain ();

  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Would Not Open Again");
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), "$.plan[0].meeting"));
  press_button (GTK_WIDGET (dialog), "_Cancel");
  settle ();
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (sk_window_get_modified (window));

  g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), &done);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  dialog = wait_for_dialog ("The File Would Not Open Again");
  press_button (GTK_WIDGET (dialog), "Save _Anyway");
  iterate_until (&done);
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_nonnull (strstr (after, "no-such-meeting"));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A view with nothing to show shows its empty page, made then, with a
 * button that makes the first record: the example's views have none.
 * (A new project's agenda shows its meeting plan, so it is not among
 * them.) */
static void
test_empty_views (void)
{
  const struct { const char *name; GType type; const char *title; const char *button; const char *dialog; } views[] = {
    { "matrix", SK_TYPE_MATRIX_VIEW, "No Scoring Matrices", "_New Scoring Matrix…", "New Scoring Matrix" },
    { "timeline", SK_TYPE_TIMELINE_VIEW, "No Timelines", "_New Timeline…", "New Timeline" },
    { "costs", SK_TYPE_COSTS_VIEW, "No Cost Models", "_New Cost Model…", "No Member Municipalities" },
  };
  SkWindow *window = open_window (example);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i].name);
      settle ();
      g_assert_null (gtk_stack_get_child_by_name (sk_view_get_content_stack (SK_VIEW (find_any_of_type (GTK_WIDGET (window), views[i].type))), "empty"));
    }
  sk_window_new_project (window);
  settle ();
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkStack *stack;
      GtkWidget *page;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i].name);
      settle ();
      stack = sk_view_get_content_stack (SK_VIEW (find_any_of_type (GTK_WIDGET (window), views[i].type)));
      page = gtk_stack_get_visible_child (stack);
      g_assert_true (ADW_IS_STATUS_PAGE (page));
      g_assert_true (gtk_widget_get_mapped (page));
      g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (page)), ==, views[i].title);
      g_assert_nonnull (adw_status_page_get_icon_name (ADW_STATUS_PAGE (page)));
      /* Its button makes the first one; a cost model needs members,
       * which a new project does not have yet. */
      {
        AdwMessageDialog *dialog;

        press_button (page, views[i].button);
        dialog = wait_for_dialog (views[i].dialog);
        press_button (GTK_WIDGET (dialog), i == 2 ? "_Close" : "_Cancel");
        drain ();
      }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A window on half a laptop's screen (683 px of 1366): every view fits,
 * its page is not cut off on the right (wide tables scroll sideways on
 * their own), and the meeting's other actions are in its menu. */
static void
test_half_laptop_screen (void)
{
  const struct { const char *name; GType type; } views[] = {
    { "agenda", SK_TYPE_AGENDA_VIEW },
    { "matrix", SK_TYPE_MATRIX_VIEW },
    { "timeline", SK_TYPE_TIMELINE_VIEW },
    { "costs", SK_TYPE_COSTS_VIEW },
  };
  SkWindow *window = open_window (example);
  GtkWidget *menu;

  gtk_window_set_default_size (GTK_WINDOW (window), 683, 740);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      GtkWidget *view, *page;
      int min;

      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i].name);
      settle ();
      gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_cmpint (min, <=, 683);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 683);
      view = find_any_of_type (GTK_WIDGET (window), views[i].type);
      page = GTK_WIDGET (sk_view_get_content_stack (SK_VIEW (view)));
      gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      g_assert_cmpint (gtk_widget_get_width (page), >=, min);
      /* Nor does the page scroll sideways as a whole. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (sk_view_get_content (SK_VIEW (view)))), <, gtk_widget_get_width (page));
    }

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "agenda");
  settle ();
  /* The meeting plan's table (four columns) scrolls on its own. */
  {
    SkView *agenda = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW));
    GtkListBox *sidebar = sk_view_get_sidebar (agenda);

    gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, 0));
    settle ();
    g_assert_nonnull (find_label (GTK_WIDGET (window), "Meeting Plan"));
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 683);
    g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (sk_view_get_content (agenda))), <,
                     gtk_widget_get_width (GTK_WIDGET (sk_view_get_content_stack (agenda))));
    gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, 2));
    settle ();
  }
  /* The header's main menu comes first; the meeting's is in the page. */
  menu = find_widget (GTK_WIDGET (sk_view_get_content_stack (SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW)))),
                      is_of_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (menu), ==, "Meeting Menu");
  /* Its popover is made when it first opens, with the meeting's items. */
  g_assert_null (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)));
  gtk_menu_button_popup (GTK_MENU_BUTTON (menu));
  settle ();
  g_assert_nonnull (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)))));
  g_assert_true (menu_has_label (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu)), "Copy the Agenda as a Table"));
  gtk_menu_button_popdown (GTK_MENU_BUTTON (menu));
  settle ();
  g_assert_true (gtk_widget_activate_action (menu, "meeting.copy", NULL));
  g_assert_nonnull (gdk_clipboard_get_content (gtk_widget_get_clipboard (menu)));

  /* Narrow, the matrix's side list is folded away; wide again, it is as
   * wide as before. */
  {
    GtkPaned *paned = GTK_PANED (gtk_widget_get_first_child (find_any_of_type (GTK_WIDGET (window), SK_TYPE_MATRIX_VIEW)));

    g_assert_false (gtk_widget_get_visible (gtk_paned_get_start_child (paned)));
    gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
    settle ();
    g_assert_true (gtk_widget_get_visible (gtk_paned_get_start_child (paned)));
    g_assert_cmpint (gtk_paned_get_position (paned), ==, 300);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_shortcuts_window (void)
{
  SkWindow *window = open_window (example);
  GtkWindow *shortcuts;
  const char *titles[] = { "Move the item up or down", "Move the chosen task by a day", "Close the task panel", NULL };

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  drain ();
  shortcuts = GTK_WINDOW (find_toplevel (is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SHORTCUTS_WINDOW)));
  g_assert_nonnull (shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));
  for (int i = 0; titles[i]; i++)
    g_assert_nonnull (find_widget (GTK_WIDGET (shortcuts), is_shortcut_titled, titles[i]));
  /* Its heading is the menu's word, not GTK's own "Shortcuts" (in Bokmål
   * "Snarveier" under a menu item "Hurtigtaster") */
  g_assert_nonnull (find_label (gtk_window_get_titlebar (shortcuts), "Keyboard Shortcuts"));
  g_assert_null (find_label (gtk_window_get_titlebar (shortcuts), "Shortcuts"));
  gtk_window_destroy (shortcuts);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Whether a screen reader has a name to say for `widget` (GTK 4.8 takes
 * it from the label property or the labelled-by relation only; a tooltip
 * is a description, and without a name it says the type, "GtkButton"). */
static gboolean
has_accessible_name (GtkWidget *widget)
{
  if (gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return TRUE;
  /* A button's relation to an image alone names nothing. */
  if (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return !(GTK_IS_BUTTON (widget) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (widget))));
  return FALSE;
}

/* Controls that GTK or libadwaita name themselves, inside widgets made
 * of parts (a spin button's buttons, a drop-down's button, the window's
 * controls, the view switcher). */
static gboolean
is_part_of_composite (GtkWidget *widget)
{
  gboolean in_revealer = FALSE;

  for (GtkWidget *w = gtk_widget_get_parent (widget); w; w = gtk_widget_get_parent (w))
    {
      if (GTK_IS_SPIN_BUTTON (w) || GTK_IS_DROP_DOWN (w) || GTK_IS_WINDOW_CONTROLS (w) ||
          ADW_IS_VIEW_SWITCHER (w) || ADW_IS_VIEW_SWITCHER_BAR (w) || GTK_IS_MENU_BUTTON (w) ||
          ADW_IS_ENTRY_ROW (w) || GTK_IS_SCROLLBAR (w) ||
          ADW_IS_SPLIT_BUTTON (w) || GTK_IS_ENTRY (w) || ADW_IS_TAB_BAR (w) || GTK_IS_CALENDAR (w))
        return TRUE;
      /* An expander row's own header, not the rows it opens onto. */
      if (ADW_IS_EXPANDER_ROW (w) && !in_revealer)
        return TRUE;
      in_revealer |= GTK_IS_REVEALER (w);
    }
  return FALSE;
}

/* Every control shown below `root` without a name, as "Type (tooltip)"
 * lines appended to `missing`. */
static void
collect_unnamed (GtkWidget *root,
                 GString   *missing,
                 const char *where)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      gboolean control;

      if (!gtk_widget_get_mapped (child))
        continue;
      control = GTK_IS_BUTTON (child) || GTK_IS_MENU_BUTTON (child) || GTK_IS_SCALE (child) ||
                GTK_IS_SPIN_BUTTON (child) || GTK_IS_DROP_DOWN (child) || GTK_IS_SWITCH (child) ||
                GTK_IS_ENTRY (child) || GTK_IS_TEXT_VIEW (child) || GTK_IS_CHECK_BUTTON (child) ||
                (GTK_IS_DRAWING_AREA (child) && gtk_widget_get_focusable (child)) ||
                (GTK_IS_LIST_BOX_ROW (child) && gtk_widget_get_focusable (child));
      if (control && !is_part_of_composite (child) && !has_accessible_name (child))
        {
          const char *tip = gtk_widget_get_tooltip_text (child);

          g_string_append_printf (missing, "%s: %s (%s)\n", where, G_OBJECT_TYPE_NAME (child), tip ? tip : "no tooltip");
        }
      collect_unnamed (child, missing, where);
    }
}

static gboolean
is_item_row (GtkWidget     *widget,
             gconstpointer  data)
{
  return GTK_IS_LIST_BOX_ROW (widget) && g_object_get_data (G_OBJECT (widget), "sk-item-row") != NULL;
}

/* Every button, slider, spin button, drop-down, entry and focusable chart
 * that a view shows has a name for a screen reader: icon-only buttons
 * too, which GTK 4.8 would otherwise announce by their type. */
static void
test_controls_have_names (void)
{
  const char *views[] = { "agenda", "matrix", "timeline", "costs" };
  SkWindow *window = open_window (example);
  g_autoptr(GString) missing = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]);
      drain ();
      collect_unnamed (GTK_WIDGET (window), missing, views[i]);
    }
  /* The cost model's participants, opened. */
  {
    GtkWidget *expander = find_type (GTK_WIDGET (window), ADW_TYPE_EXPANDER_ROW);

    g_assert_nonnull (expander);
    adw_expander_row_set_expanded (ADW_EXPANDER_ROW (expander), TRUE);
    settle ();
    collect_unnamed (expander, missing, "participants");
  }
  /* The agenda's meeting plan and rolling plan, and an item opened. */
  {
    GtkWidget *row;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "agenda");
    drain ();
    row = find_widget (GTK_WIDGET (window), is_item_row, NULL);
    g_assert_nonnull (row);
    gtk_widget_activate (row);
    drain ();
    collect_unnamed (GTK_WIDGET (window), missing, "agenda item");
  }
  /* The meeting plan and the rolling plan, with the dialog of a new
   * planned matter. */
  {
    SkView *agenda = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW));
    GtkListBox *sidebar = sk_view_get_sidebar (agenda);
    AdwMessageDialog *dialog;

    for (int i = 0; i < 2; i++)
      {
        gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, i));
        settle ();
        collect_unnamed (GTK_WIDGET (window), missing, i == 0 ? "meeting plan" : "rolling plan");
      }
    press_button (GTK_WIDGET (sk_view_get_content (agenda)), "_Add a Planned Matter…");
    dialog = wait_for_dialog ("New Planned Matter");
    drain ();
    collect_unnamed (GTK_WIDGET (dialog), missing, "planned matter");
    press_button (GTK_WIDGET (dialog), "_Cancel");
    drain ();
    /* The meeting's own dialog. */
    gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, 2));
    settle ();
    press_button (GTK_WIDGET (sk_view_get_content (agenda)), "_Edit…");
    dialog = wait_for_dialog ("Edit Meeting");
    drain ();
    collect_unnamed (GTK_WIDGET (dialog), missing, "edit meeting");
    press_button (GTK_WIDGET (dialog), "_Cancel");
    drain ();
  }
  /* The timeline's task panel, with a task chosen. */
  {
    SkTimeline *t = sk_project_find_timeline (sk_window_get_project (window), "ppt");
    GtkWidget *chart;

    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
    drain ();
    chart = find_type (GTK_WIDGET (window), SK_TYPE_GANTT_CHART);
    g_assert_nonnull (chart);
    sk_gantt_chart_select_task (SK_GANTT_CHART (chart), g_ptr_array_index (t->tasks, 4));
    settle ();
    collect_unnamed (GTK_WIDGET (window), missing, "task panel");
  }
  /* Meeting mode: the shared screen and the chair's console. */
  {
    SkProject *project = sk_window_get_project (window);
    SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
    SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, meeting->id, FALSE);

    gtk_window_present (GTK_WINDOW (mode));
    drain ();
    for (int i = 0; i < 6; i++)
      gtk_widget_activate_action (GTK_WIDGET (mode), "mm.next", NULL);
    settle ();
    collect_unnamed (GTK_WIDGET (mode), missing, "meeting mode");
    /* Its list of every item (O). */
    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.overview", NULL);
    settle ();
    collect_unnamed (GTK_WIDGET (mode), missing, "all items");
    {
      GtkWidget *console = find_toplevel (is_shown_of_type, GSIZE_TO_POINTER (SK_TYPE_MEETING_CONSOLE));

      if (console != NULL)
        collect_unnamed (console, missing, "meeting console");
    }
    gtk_window_destroy (GTK_WINDOW (mode));
    drain ();
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL);
  drain ();
  {
    GtkWidget *properties = find_toplevel (is_shown_of_type, GSIZE_TO_POINTER (ADW_TYPE_PREFERENCES_WINDOW));

    if (properties == NULL)
      properties = find_toplevel (is_shown_of_type, GSIZE_TO_POINTER (ADW_TYPE_WINDOW));
    g_assert_nonnull (properties);
    collect_unnamed (properties, missing, "properties");
    gtk_window_destroy (GTK_WINDOW (properties));
  }
  g_assert_cmpstr (missing->str, ==, "");
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
has_tooltip_prefix (GtkWidget     *widget,
                    gconstpointer  prefix)
{
  const char *tip = gtk_widget_get_tooltip_text (widget);

  return tip != NULL && g_str_has_prefix (tip, prefix);
}

/* Tab (or Shift+Tab) as the window gets it: the key controllers that
 * listen in the capture phase from the window down to the focus, then
 * those in the bubble phase from the focus up; unanswered, the window
 * moves the focus, round from the other end past the last. */
static void
press_tab (GtkWindow *window,
           gboolean   backward)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  g_autoptr(GPtrArray) chain = g_ptr_array_new ();
  GtkDirectionType direction = backward ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;
  guint keyval = backward ? GDK_KEY_ISO_Left_Tab : GDK_KEY_Tab;
  GdkModifierType state = backward ? GDK_SHIFT_MASK : 0;

  for (GtkWidget *w = focus; w; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (chain, 0, w);
  for (int phase = 0; phase < 2; phase++)
    for (guint i = 0; i < chain->len; i++)
      {
        GtkWidget *w = chain->pdata[phase == 0 ? i : chain->len - 1 - i];
        GListModel *controllers = gtk_widget_observe_controllers (w);
        gboolean handled = FALSE;

        for (guint k = 0; k < g_list_model_get_n_items (controllers) && !handled; k++)
          {
            g_autoptr(GObject) c = g_list_model_get_item (controllers, k);

            if (GTK_IS_EVENT_CONTROLLER_KEY (c) &&
                gtk_event_controller_get_propagation_phase (GTK_EVENT_CONTROLLER (c)) ==
                (phase == 0 ? GTK_PHASE_CAPTURE : GTK_PHASE_BUBBLE))
              g_signal_emit_by_name (c, "key-pressed", keyval, 0, state, &handled);
          }
        g_object_unref (controllers);
        if (handled)
          return;
      }
  if (!gtk_widget_child_focus (GTK_WIDGET (window), direction))
    {
      gtk_window_set_focus (window, NULL);
      gtk_widget_child_focus (GTK_WIDGET (window), direction);
    }
}

/* The widgets Tab visits in `window` once round, from its first (a
 * trap, a widget Tab cannot leave or a stop visited twice, fails). */
static GPtrArray *
tab_round (GtkWindow *window)
{
  GPtrArray *seen = g_ptr_array_new ();

  gtk_window_set_focus (window, NULL);
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  for (int i = 0; i < 500; i++)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

      g_assert_nonnull (focus);
      if (seen->len > 0 && focus == seen->pdata[0])
        return seen;
      g_assert_false (g_ptr_array_find (seen, focus, NULL));
      g_ptr_array_add (seen, focus);
      press_tab (window, FALSE);
    }
  g_assert_not_reached ();
}

/* How many of the stops are in `root`. */
static guint
stops_in (GPtrArray *seen,
          GtkWidget *root)
{
  guint n = 0;

  for (guint i = 0; i < seen->len; i++)
    n += gtk_widget_is_ancestor (seen->pdata[i], root);
  return n;
}

/* Tab round the window on a view: its side list is one stop. */
static GPtrArray *
tab_round_view (SkWindow *window,
                GType     view_type)
{
  SkView *view = SK_VIEW (find_any_of_type (GTK_WIDGET (window), view_type));
  GPtrArray *seen = tab_round (GTK_WINDOW (window));

  g_assert_cmpuint (stops_in (seen, GTK_WIDGET (sk_view_get_sidebar (view))), ==, 1);
  return seen;
}

/* A widget Tab visits that passes `test`, or one inside it. */
static gboolean
tab_reaches (GPtrArray     *seen,
             WidgetTest     test,
             gconstpointer  data)
{
  for (guint i = 0; i < seen->len; i++)
    for (GtkWidget *w = seen->pdata[i]; w; w = gtk_widget_get_parent (w))
      if (test (w, data))
        return TRUE;
  return FALSE;
}

/* Each view can be worked from the keyboard alone: Tab goes round it
 * without getting stuck and reaches its lists, its buttons, its sliders
 * and its chart. */
static void
test_keyboard_reaches_controls (void)
{
  SkWindow *window = open_window (example);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "agenda");
  drain ();
  {
    GtkWidget *edit = find_button (GTK_WIDGET (window), "Edit…");
    g_autoptr(GPtrArray) seen = NULL;

    /* The side list's row taking the focus leaves the page as it is (it
     * was made anew: scroll position and focus lost). */
    g_assert_nonnull (edit);
    g_object_add_weak_pointer (G_OBJECT (edit), (gpointer *) &edit);
    seen = tab_round_view (window, SK_TYPE_AGENDA_VIEW);
    g_assert_nonnull (edit);
    g_object_remove_weak_pointer (G_OBJECT (edit), (gpointer *) &edit);

    g_assert_true (tab_reaches (seen, is_button_labelled, "_Edit…"));
    g_assert_true (tab_reaches (seen, is_button_labelled, "_Start Meeting"));
    g_assert_true (tab_reaches (seen, is_item_row, NULL));
    g_assert_true (tab_reaches (seen, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON)));
  }
  /* From the side list, Shift+Tab goes back to the header. */
  {
    SkView *agenda = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW));
    GtkListBox *sidebar = sk_view_get_sidebar (agenda);
    GtkWidget *focus;

    gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_selected_row (sidebar)));
    press_tab (GTK_WINDOW (window), TRUE);
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_assert_nonnull (gtk_widget_get_ancestor (focus, ADW_TYPE_HEADER_BAR));
    press_tab (GTK_WINDOW (window), FALSE);
    g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (sidebar)));
    press_tab (GTK_WINDOW (window), FALSE);
    g_assert_true (is_button_labelled (gtk_root_get_focus (GTK_ROOT (window)), "_Edit…"));
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  {
    g_autoptr(GPtrArray) seen = tab_round_view (window, SK_TYPE_MATRIX_VIEW);

    g_assert_true (tab_reaches (seen, has_tooltip_prefix, "Weight of "));
    g_assert_true (tab_reaches (seen, has_tooltip_prefix, "Score of "));
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  drain ();
  {
    g_autoptr(GPtrArray) seen = tab_round_view (window, SK_TYPE_TIMELINE_VIEW);

    g_assert_true (tab_reaches (seen, is_of_type, GSIZE_TO_POINTER (SK_TYPE_GANTT_CHART)));
    g_assert_true (tab_reaches (seen, is_button_labelled, "Add _Task"));
  }
  /* Meeting mode, on the case with a matrix, a cost model and a
   * timeline to put on the screen. */
  {
    SkProject *project = sk_window_get_project (window);
    SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
    SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, meeting->id, FALSE);
    g_autoptr(GPtrArray) seen = NULL;

    gtk_window_present (GTK_WINDOW (mode));
    drain ();
    for (int i = 0; i < 6; i++)
      gtk_widget_activate_action (GTK_WIDGET (mode), "mm.next", NULL);
    settle ();
    seen = tab_round (GTK_WINDOW (mode));
    /* A stop per link, on its button alone. */
    for (guint i = 0; i < seen->len; i++)
      g_assert_false (GTK_IS_FLOW_BOX_CHILD (seen->pdata[i]));
    g_assert_true (tab_reaches (seen, has_tooltip_prefix, "Leave Meeting Mode"));
    g_assert_true (tab_reaches (seen, has_tooltip_prefix, "Felles barnevern"));
    gtk_window_destroy (GTK_WINDOW (mode));
    drain ();
  }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  {
    g_autoptr(GPtrArray) seen = tab_round_view (window, SK_TYPE_COSTS_VIEW);

    g_assert_true (tab_reaches (seen, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_SCALE)));
    g_assert_true (tab_reaches (seen, is_of_type, GSIZE_TO_POINTER (GTK_TYPE_DROP_DOWN)));
    g_assert_true (tab_reaches (seen, has_tooltip_prefix, "How the share of "));
  }
  /* Project Properties: no trap, its fields and the button to add a
   * member reached. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL);
  drain ();
  {
    GtkWidget *properties = find_toplevel (is_shown_of_type, GSIZE_TO_POINTER (ADW_TYPE_PREFERENCES_WINDOW));
    g_autoptr(GPtrArray) seen = NULL;

    if (properties == NULL)
      properties = find_toplevel (is_shown_of_type, GSIZE_TO_POINTER (ADW_TYPE_WINDOW));
    g_assert_nonnull (properties);
    seen = tab_round (GTK_WINDOW (properties));
    g_assert_true (tab_reaches (seen, is_of_type, GSIZE_TO_POINTER (ADW_TYPE_ENTRY_ROW)));
    g_assert_true (tab_reaches (seen, has_tooltip_prefix, "Add a Member Municipality"));
    gtk_window_destroy (GTK_WINDOW (properties));
    drain ();
  }
  /* A new project: each view's empty page, its button reached and no
   * trap in the whole window. */
  sk_window_new_project (window);
  settle ();
  {
    const char *views[] = { "agenda", "matrix", "timeline", "costs" };
    const char *buttons[] = { "_New Meeting…", "_New Scoring Matrix…", "_New Timeline…", "_New Cost Model…" };

    for (guint k = 0; k < G_N_ELEMENTS (views); k++)
      {
        g_autoptr(GPtrArray) seen = NULL;

        gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[k]);
        settle ();
        seen = tab_round (GTK_WINDOW (window));
        g_assert_true (tab_reaches (seen, is_button_labelled, buttons[k]));
      }
  }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A Planner file with links to mend: imported, and what was changed or
 * left out stays on screen until read. */
static void
test_timeline_import_planner_notes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "planner.sakskart", NULL);
  g_autofree char *planner = g_test_build_filename (G_TEST_DIST, "files", "planner", "links.planner", NULL);
  g_autoptr(GFile) planner_file = g_file_new_for_path (planner);
  SkWindow *window = open_example_copy (path);
  guint before = sk_project_get_timelines (sk_window_get_project (window))->len;
  GtkFileChooser *chooser;
  AdwMessageDialog *dialog;
  GtkWidget *view;
  const char *body;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  drain ();
  view = find_type (GTK_WIDGET (window), SK_TYPE_TIMELINE_VIEW);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_activate_action (view, "timeline.import", NULL));
  drain ();
  chooser = find_file_chooser ();
  g_assert_nonnull (chooser);
  g_assert_true (gtk_file_chooser_set_file (chooser, planner_file, NULL));
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
    GFile *chosen = NULL;

    while ((chosen = gtk_file_chooser_get_file (chooser)) == NULL && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, TRUE);
    g_assert_nonnull (chosen);
    g_object_unref (chosen);
  }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  dialog = wait_for_dialog ("3 tasks imported from Planner");
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (body, "1 link was listed twice and is kept once"));
  g_assert_nonnull (strstr (body, "“C” was to follow task 99"));
  g_assert_nonnull (strstr (body, "1 link has a lag"));
  press_button (GTK_WIDGET (dialog), "_Close");
  drain ();
  g_assert_cmpuint (sk_project_get_timelines (sk_window_get_project (window))->len, ==, before + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (path);
  g_rmdir (dir);
}

/* Scenarios in the costs view: the model as prepared says its changes
 * are the papers'; its edit leaves a scenario's equal part as it was; a
 * new scenario, a copy, a new name and a deletion, each undoable. */
static void
test_costs_scenarios (void)
{
  SkWindow *window = open_window (example);
  SkProject *project = sk_window_get_project (window);
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  guint n = model->scenarios->len;
  GtkWidget *view, *scale, *dropdown;
  AdwMessageDialog *dialog;
  SkScenario *own;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  view = find_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW);
  g_assert_nonnull (find_label (GTK_WIDGET (window), "This is the model in the board papers: a change here changes "
                                                     "the papers (Ctrl+Z takes it back). For a what-if, make a new scenario."));

  /* The papers' equal part to 40 %: "75 % etter folketal" keeps 25 %. */
  scale = find_type (view, GTK_TYPE_SCALE);
  gtk_range_set_value (GTK_RANGE (scale), 40);
  drain ();
  g_assert_cmpfloat (model->fixed_percent, ==, 40);
  g_assert_true (sk_cost_model_find_scenario (model, "folketal")->has_fixed);
  g_assert_cmpfloat (sk_cost_model_find_scenario (model, "folketal")->fixed_percent, ==, 25);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpfloat (model->fixed_percent, ==, 25);
  g_assert_false (sk_cost_model_find_scenario (model, "folketal")->has_fixed);

  /* A new scenario, shown at once, with an equal part of its own. */
  g_assert_true (gtk_widget_activate_action (view, "scenario.new", NULL));
  dialog = wait_for_dialog ("New Scenario");
  gtk_editable_set_text (GTK_EDITABLE (find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)), "Eigen");
  press_button (GTK_WIDGET (dialog), "_Add");
  settle ();
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpuint (model->scenarios->len, ==, n + 1);
  own = g_ptr_array_index (model->scenarios, n);
  g_assert_cmpstr (own->title, ==, "Eigen");
  g_assert_true (own->has_fixed);
  dropdown = find_type (view, GTK_TYPE_DROP_DOWN);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown)), ==, n + 1);
  g_assert_nonnull (find_label (view, "Changes here belong to the scenario; the model as prepared stays as it is."));
  g_assert_null (find_label (view, "This is the model in the board papers: a change here changes "
                                   "the papers (Ctrl+Z takes it back). For a what-if, make a new scenario."));
  /* Its equal part changes; the papers' stays. */
  gtk_range_set_value (GTK_RANGE (find_type (view, GTK_TYPE_SCALE)), 50);
  drain ();
  g_assert_cmpfloat (own->fixed_percent, ==, 50);
  g_assert_cmpfloat (model->fixed_percent, ==, 25);

  /* A copy of it, offered a name. */
  g_assert_true (gtk_widget_activate_action (view, "scenario.copy", NULL));
  dialog = wait_for_dialog ("New Scenario");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY))),
                   ==, "Copy of Eigen");
  press_button (GTK_WIDGET (dialog), "_Add");
  settle ();
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpuint (model->scenarios->len, ==, n + 2);
  g_assert_cmpfloat (((SkScenario *) g_ptr_array_index (model->scenarios, n + 1))->fixed_percent, ==, 50);

  /* Renamed. */
  g_assert_true (gtk_widget_activate_action (view, "scenario.rename", NULL));
  dialog = wait_for_dialog ("Rename the Scenario");
  gtk_editable_set_text (GTK_EDITABLE (find_any_of_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)), "Halvt likt");
  press_button (GTK_WIDGET (dialog), "_Rename");
  settle ();
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpstr (((SkScenario *) g_ptr_array_index (model->scenarios, n + 1))->title, ==, "Halvt likt");

  /* Deleted, and back with undo. */
  g_assert_true (gtk_widget_activate_action (view, "scenario.delete", NULL));
  settle ();
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpuint (model->scenarios->len, ==, n + 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (find_type (view, GTK_TYPE_DROP_DOWN))), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpuint (model->scenarios->len, ==, n + 2);
  g_assert_cmpstr (((SkScenario *) g_ptr_array_index (model->scenarios, n + 1))->title, ==, "Halvt likt");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_menu_button_labelled (GtkWidget     *widget,
                         gconstpointer  label)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0;
}

/* Whether a menu model, or one of its sections, has an item labelled so. */
static gboolean
menu_has_item (GMenuModel *menu,
               const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_strcmp0 (text, label) == 0)
        return TRUE;
      if (section != NULL && menu_has_item (section, label))
        return TRUE;
    }
  return FALSE;
}

/* A menu button's menu: its model, or the one a "⋮" button makes its
 * popover from when first opened (sk_more_button_new ()). */
static GMenuModel *
menu_of (GtkWidget *button)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button));

  return menu ? menu : g_object_get_data (G_OBJECT (button), "sk-menu");
}

static gboolean
is_menu_button_with (GtkWidget     *widget,
                     gconstpointer  label)
{
  return GTK_IS_MENU_BUTTON (widget) && menu_of (widget) != NULL && menu_has_item (menu_of (widget), label);
}

/* The side-by-side table's "What if…" is a menu button, not a drop-down
 * showing its placeholder as a choice; its label says the choice made.
 * The exports are named in the view's menu, not two icons alike. */
static void
test_costs_what_if_menu (void)
{
  SkWindow *window = open_window (example);
  GtkWidget *view, *button, *menu_button = NULL;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  view = find_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW);
  button = find_widget (view, is_menu_button_labelled, "What if…");
  g_assert_nonnull (button);
  g_assert_true (menu_has_item (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "Vik stays out"));
  g_assert_true (menu_has_item (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "No What-If"));

  g_assert_true (gtk_widget_activate_action (view, "costs.what-if", "s", "vik"));
  drain ();
  g_assert_nonnull (find_widget (view, is_menu_button_labelled, "Vik stays out"));
  g_assert_true (gtk_widget_activate_action (view, "costs.what-if", "s", ""));
  drain ();
  g_assert_nonnull (find_widget (view, is_menu_button_labelled, "What if…"));

  g_assert_null (find_tooltip (view, GTK_TYPE_BUTTON, "Export CSV…"));
  g_assert_null (find_tooltip (view, GTK_TYPE_BUTTON, "Export PDF…"));
  /* The view's own menu, with the exports by name. */
  menu_button = find_widget (view, is_menu_button_with, "Export PDF…");
  g_assert_nonnull (menu_button);
  g_assert_true (menu_has_item (menu_of (menu_button), "Export CSV…"));
  g_assert_true (menu_has_item (menu_of (menu_button), "Export CSV for Spreadsheets…"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Weights and the equal part are written as the app writes numbers:
 * "5", not "5.00"; "2.5" with the decimals a value needs. */
static void
test_spin_buttons_short (void)
{
  SkWindow *window = open_window (example);
  GtkWidget *view, *spin;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  view = find_type (GTK_WIDGET (window), SK_TYPE_MATRIX_VIEW);
  spin = find_type (view, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 3);
  drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "3");
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), 2.5);
  drain ();
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "2.5");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "costs");
  drain ();
  view = find_type (GTK_WIDGET (window), SK_TYPE_COSTS_VIEW);
  spin = find_type (view, GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, "25");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

static gboolean
is_meeting_opener (GtkWidget     *widget,
                   gconstpointer  data)
{
  return GTK_IS_BUTTON (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "agenda.select-meeting") == 0 &&
         g_str_equal (g_variant_get_string (gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget)), NULL),
                      (const char *) data);
}

/* A meeting in the meeting plan, clicked, opens its agenda. */
static void
test_meeting_plan_opens_meeting (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkAgendaView *agenda;
  GtkListBox *sidebar;
  GtkWidget *open;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "agenda");
  settle ();
  agenda = SK_AGENDA_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW));
  sidebar = sk_view_get_sidebar (SK_VIEW (agenda));
  gtk_list_box_select_row (sidebar, gtk_list_box_get_row_at_index (sidebar, 0));
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Meeting Plan"));

  open = find_widget (GTK_WIDGET (sk_view_get_content (SK_VIEW (agenda))), is_meeting_opener, "au-2026-01-30");
  g_assert_nonnull (open);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (open), ==, "Open This Meeting");
  g_signal_emit_by_name (open, "clicked");
  settle ();
  g_assert_nonnull (sk_agenda_view_get_meeting (agenda));
  g_assert_cmpstr (sk_agenda_view_get_meeting (agenda)->id, ==, "au-2026-01-30");
  g_assert_null (find_label (GTK_WIDGET (sk_view_get_content (SK_VIEW (agenda))), "Meeting Plan"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Names are shown as they are in every view: a municipality "Vik &
 * Høyanger" or "Årdal <sør>" was read as markup, and the cost model's
 * participant rows and the matrix's weight rows stood blank (GTK's
 * warning, which the test makes fatal). */
static void
test_names_with_markup_characters (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "namn.sakskart", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GString) text = NULL;
  const char *views[] = { "agenda", "matrix", "timeline", "costs" };
  SkWindow *window;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "\"name\": \"Vik\",", "\"name\": \"Vik & Høyanger\",", 0), ==, 1);
  g_assert_cmpuint (g_string_replace (text, "\"name\": \"Årdal\",", "\"name\": \"Årdal <sør>\",", 0), ==, 1);
  /* A case, its presenter, a cost model, a matrix, a timeline and its
   * tasks, a factor */
  g_assert_cmpuint (g_string_replace (text, "Felles barnevern i Sogn", "Felles barnevern & PPT <Sogn>", 0), >=, 3);
  g_assert_cmpuint (g_string_replace (text, "Administrasjonen", "Adm. & stab", 0), >, 3);
  g_assert_cmpuint (g_string_replace (text, "Nærleik til brukarane", "Nærleik & <tilgang>", 0), >, 0);
  g_assert_cmpuint (g_string_replace (text, "Innsiktsarbeid", "Innsikt & arbeid <1>", 0), >, 0);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  window = open_window (path);
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", views[i]);
      settle ();
    }
  /* The participants of the cost model shown, by name. */
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Vik & Høyanger"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Årdal <sør>"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* A toast shows what it says as it is: a file or case named with "&" or
 * "<" was read as Pango markup, and the toast stood blank; and a long one
 * wraps at whole words in a window on half a laptop's screen, where it
 * was cut short. */
static void
test_toast_plain_text (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-ui-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "toast.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkView *agenda = SK_VIEW (find_any_of_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW));
  const char *long_text = "The scenario “40 % equal” was added; changes here leave the board papers as they are, "
                          "and the model as prepared stays what the papers show";
  GtkWidget *label;

  gtk_window_set_default_size (GTK_WINDOW (window), 683, 740);
  settle ();
  sk_view_toast_exported (agenda, "/tmp/Plan & bygg <2026>.pdf");
  settle ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "Exported “Plan & bygg <2026>.pdf”"));

  sk_view_toast (agenda, long_text, TRUE);
  settle ();
  label = find_label (GTK_WIDGET (window), long_text);
  g_assert_nonnull (label);
  g_assert_true (gtk_label_get_wrap (GTK_LABEL (label)));
  g_assert_cmpint (gtk_label_get_ellipsize (GTK_LABEL (label)), ==, PANGO_ELLIPSIZE_NONE);
  g_assert_cmpint (gtk_widget_get_width (label), <=, gtk_widget_get_width (GTK_WIDGET (window)));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/ui/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/ui/controls-have-names", test_controls_have_names);
  g_test_add_func ("/ui/keyboard-reaches-controls", test_keyboard_reaches_controls);
  g_test_add_func ("/ui/narrow-window-title", test_narrow_window_title);
  g_test_add_func ("/ui/save-as-saved-project", test_save_as_saved_project);
  g_test_add_func ("/ui/meeting-refusal-keeps-dialog", test_meeting_refusal_keeps_dialog);
  g_test_add_func ("/ui/empty-views", test_empty_views);
  g_test_add_func ("/ui/views-made-when-shown", test_views_made_when_shown);
  g_test_add_func ("/ui/new-and-delete-records", test_new_and_delete_records);
  g_test_add_func ("/ui/project-properties", test_project_properties);
  g_test_add_func ("/ui/rolling-plan-edit", test_rolling_plan_edit);
  g_test_add_func ("/ui/save-refused-problem", test_save_refused_problem);
  g_test_add_func ("/ui/half-laptop-screen", test_half_laptop_screen);
  g_test_add_func ("/ui/meeting-mode-timeline", test_meeting_mode_timeline);
  g_test_add_func ("/ui/meeting-mode-resumes-after-restart", test_meeting_mode_resumes_after_restart);
  g_test_add_func ("/ui/new-meeting-typed-dates", test_new_meeting_typed_dates);
  g_test_add_func ("/ui/main-menu-recent", test_main_menu_recent);
  g_test_add_func ("/ui/attach-through-chooser", test_attach_through_chooser);
  g_test_add_func ("/ui/side-by-side-table", test_side_by_side_table);
  g_test_add_func ("/ui/timeline-panel-with-selection", test_timeline_panel_with_selection);
  g_test_add_func ("/ui/timeline-drag-and-undo", test_timeline_drag_and_undo);
  g_test_add_func ("/ui/agenda-reorder-edit-undo", test_agenda_reorder_edit_undo);
  g_test_add_func ("/ui/agenda-reorder-keeps-editors", test_agenda_reorder_keeps_editors);
  g_test_add_func ("/ui/matrix-slider-by-keyboard", test_matrix_slider_by_keyboard);
  g_test_add_func ("/ui/costs-slider-and-undo", test_costs_slider_and_undo);
  g_test_add_func ("/ui/costs-slider-keeps-tables", test_costs_slider_keeps_tables);
  g_test_add_func ("/ui/costs-figure-then-undo", test_costs_figure_then_undo);
  g_test_add_func ("/ui/costs-figure-typed-then-undone", test_costs_figure_typed_then_undone);
  g_test_add_func ("/ui/matrix-weight-then-undo", test_matrix_weight_then_undo);
  g_test_add_func ("/ui/undo-menu", test_undo_menu);
  g_test_add_func ("/ui/timeline-progress-then-undo", test_timeline_progress_then_undo);
  g_test_add_func ("/ui/timeline-import-planner-notes", test_timeline_import_planner_notes);
  g_test_add_func ("/ui/open-example-and-switch-views", test_open_example_and_switch_views);
  g_test_add_func ("/ui/open-bad-file", test_open_bad_file);
  g_test_add_func ("/ui/bad-corpus-then-save", test_bad_corpus_then_save);
  g_test_add_func ("/ui/someone-else-saves", test_someone_else_saves);
  g_test_add_func ("/ui/conflict-keeps-both", test_conflict_keeps_both);
  g_test_add_func ("/ui/meeting-plan-opens-meeting", test_meeting_plan_opens_meeting);
  g_test_add_func ("/ui/unchanged-save-over-newer", test_unchanged_save_over_newer);
  g_test_add_func ("/ui/save-as-own-file", test_save_as_own_file);
  g_test_add_func ("/ui/save-as-proposes-file", test_save_as_proposes_file);
  g_test_add_func ("/ui/save-as-read-only", test_save_as_read_only);
  g_test_add_func ("/ui/open-twice-by-link", test_open_twice_by_link);
  g_test_add_func ("/ui/save-after-moved", test_save_after_moved);
  g_test_add_func ("/ui/lock-not-renewed", test_lock_not_renewed);
  g_test_add_func ("/ui/close-discards", test_close_discards);
  g_test_add_func ("/ui/close-while-saving", test_close_while_saving);
  g_test_add_func ("/ui/close-while-saving-fails", test_close_while_saving_fails);
  g_test_add_func ("/ui/draft-not-kept", test_draft_not_kept);
  g_test_add_func ("/ui/reload-fails-keeps-edits", test_reload_fails_keeps_edits);
  g_test_add_func ("/ui/save-as-name-without-extension", test_save_as_name_without_extension);
  g_test_add_func ("/ui/save-as-onto-other-window", test_save_as_onto_other_window);
  g_test_add_func ("/ui/undo-while-hidden", test_undo_while_hidden);
  g_test_add_func ("/ui/meeting-mode", test_meeting_mode);
  g_test_add_func ("/ui/meeting-mode-nothing-to-present", test_meeting_mode_nothing_to_present);
  g_test_add_func ("/ui/meeting-mode-screenshots", test_meeting_mode_screenshots);
  /* Needs two monitors: tests/two-monitors.sh runs it, and fails when it does not run. */
  if (g_getenv ("SAKSKART_TEST_TWO_MONITORS") != NULL)
    g_test_add_func ("/ui/meeting-mode-two-monitors", test_meeting_mode_two_monitors);
  g_test_add_func ("/ui/large-file-stays-responsive", test_large_file_stays_responsive);
  g_test_add_func ("/ui/prefetched-file-shown-at-once", test_prefetched_file_shown_at_once);
  g_test_add_func ("/ui/edit-marks-unsaved-and-save", test_edit_marks_unsaved_and_save);
  g_test_add_func ("/ui/two-saves-one-spinner", test_two_saves_one_spinner);
  g_test_add_func ("/ui/costs-scenarios", test_costs_scenarios);
  g_test_add_func ("/ui/costs-what-if-menu", test_costs_what_if_menu);
  g_test_add_func ("/ui/spin-buttons-short", test_spin_buttons_short);
  g_test_add_func ("/ui/toast-plain-text", test_toast_plain_text);
  g_test_add_func ("/ui/names-with-markup-characters", test_names_with_markup_characters);
}


int
main (int    argc,
      char **argv)
{
  /* The accessible properties kept, without a bus to send them on:
   * /ui/controls-have-names reads them. */
  example = ui_test_init (&argc, &argv, "test");

  /* Without animations, what slides (the timeline's task panel) is
   * where it goes at once. */
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
