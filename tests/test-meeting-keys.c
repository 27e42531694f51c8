/* test-meeting-keys.c — meeting mode under pressure, with real key
 * presses: a clicker's keys move between the items whatever has the
 * focus, leaving asks first and starting again resumes, and a recorded
 * decision has its Undo on the screen.
 *
 * Run by tests/window-manager.sh: an X server with a window manager, and
 * xdotool for key presses that come from the X server as a clicker's do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <locale.h>
#include <string.h>

#include "sk-application.h"
#include "sk-presenter.h"
#include "sk-window.h"
#include "ui-util.h"

static SkApplication *app;
static char *example;

#define WAIT_UNTIL(cond) G_STMT_START {                                   \
    gint64 wait_deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < wait_deadline)            \
      {                                                                   \
        g_usleep (10000);                                                 \
        while (g_main_context_iteration (NULL, FALSE));                   \
      }                                                                   \
    g_assert_true (cond);                                                 \
  } G_STMT_END

static void
settle (void)
{
  for (int i = 0; i < 20; i++)
    {
      g_usleep (10000);
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  return find_widget (root, is_button_labelled, label);
}

/* The shown dialog with that heading, or NULL. */
static AdwMessageDialog *
dialog_headed (const char *heading)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l && found == NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_mapped (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static SkPresenter *
shown_presenter (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  SkPresenter *found = NULL;

  for (GList *l = toplevels; l && found == NULL; l = l->next)
    if (SK_IS_PRESENTER (l->data) && gtk_widget_get_mapped (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static void
run (const char *command)
{
  g_autoptr(GError) error = NULL;
  int wait_status = -1;

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &wait_status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (wait_status, NULL));
}

/* The window manager makes `window` the active one, as a click would. */
static void
activate (GtkWindow *window)
{
  GdkSurface *surface;
  g_autofree char *command = NULL;

  WAIT_UNTIL (gtk_widget_get_mapped (GTK_WIDGET (window)));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  command = g_strdup_printf ("xdotool windowactivate --sync %lu", (gulong) gdk_x11_surface_get_xid (surface));
  run (command);
  WAIT_UNTIL (gtk_window_is_active (window));
}

/* A key pressed on the keyboard (or a clicker): through the X server. */
static void
press (const char *key)
{
  g_autofree char *command = g_strdup_printf ("xdotool key --clearmodifiers %s", key);

  run (command);
}

static SkWindow *
open_window (void)
{
  SkWindow *window = sk_window_new (app);
  g_autoptr(GFile) file = g_file_new_for_path (example);
  gboolean loaded = FALSE;

  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  WAIT_UNTIL (loaded);
  settle ();
  return window;
}

static SkPresenter *
start (SkWindow *window)
{
  SkProject *project = sk_window_get_project (window);
  SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (project), 0);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, meeting->id, TRUE);

  gtk_window_present (GTK_WINDOW (mode));
  activate (GTK_WINDOW (mode));
  settle ();
  return mode;
}

/* Closes meeting mode, waiting until it is gone, and then the window. */
static void
close_both (SkWindow    *window,
            SkPresenter *mode)
{
  gboolean gone = FALSE;

  g_signal_connect (mode, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_window_destroy (GTK_WINDOW (mode));
  WAIT_UNTIL (gone);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* Item 7's cost model, live, with `type`'s first field focused. */
static GtkWidget *
focus_in_cost_model (SkPresenter *mode,
                     GType        type)
{
  GtkWidget *field;

  sk_presenter_go_to (mode, 6);
  g_assert_true (sk_presenter_open_link (mode, 0));
  settle ();
  field = find_type (GTK_WIDGET (mode), type);
  g_assert_nonnull (field);
  gtk_widget_grab_focus (field);
  settle ();
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (mode)), field));
  return field;
}

/* A clicker's keys with the equal-part field of a live cost model
 * focused, or its total: each moves to the next or previous item, and
 * the number stays as it was (no what-if to ask about). */
static void
test_clicker_whatever_has_focus (void)
{
  const struct { const char *key; guint to; GType field; } presses[] = {
    { "Page_Down", 7, GTK_TYPE_SPIN_BUTTON },
    { "Page_Up", 5, GTK_TYPE_SPIN_BUTTON },
    { "Right", 7, GTK_TYPE_SPIN_BUTTON },
    { "Left", 5, GTK_TYPE_SPIN_BUTTON },
    { "space", 7, GTK_TYPE_SPIN_BUTTON },
    { "space", 7, ADW_TYPE_ENTRY_ROW },
    { "Page_Down", 7, ADW_TYPE_ENTRY_ROW },
    { "Left", 5, ADW_TYPE_ENTRY_ROW },
  };
  SkWindow *window = open_window ();
  SkProject *project = sk_window_get_project (window);
  SkCostModel *model = sk_project_find_cost_model (project, "barnevern");
  SkPresenter *mode = start (window);

  for (guint i = 0; i < G_N_ELEMENTS (presses); i++)
    {
      GtkWidget *field = focus_in_cost_model (mode, presses[i].field);
      SkProject *sandbox = sk_presenter_get_sandbox (mode);

      g_test_message ("%s in a %s", presses[i].key, g_type_name (presses[i].field));
      if (presses[i].field == GTK_TYPE_SPIN_BUTTON)
        g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (field)), ==, 25);
      g_assert_nonnull (sandbox);
      press (presses[i].key);
      WAIT_UNTIL (sk_presenter_get_position (mode) == presses[i].to);
      /* Nothing changed in the what-if: it went without a question. */
      g_assert_null (dialog_headed ("Keep the What-If?"));
      g_assert_null (sk_presenter_get_sandbox (mode));
      g_assert_cmpfloat (model->fixed_percent, ==, 25);
      g_assert_cmpint (model->total_kr, ==, 29215093);
    }

  /* A decision is typed in a dialog of its own: there, space is a space
   * and the arrows move in the text. */
  {
    AdwMessageDialog *dialog;
    GtkTextView *view;
    GtkTextBuffer *buffer;
    GtkTextIter start_iter, end_iter;
    g_autofree char *text = NULL;

    sk_presenter_go_to (mode, 6);
    gtk_widget_activate_action (GTK_WIDGET (mode), "mm.edit-decision", NULL);
    WAIT_UNTIL ((dialog = dialog_headed ("The Board’s Decision")) != NULL);
    activate (GTK_WINDOW (dialog));
    view = g_object_get_data (G_OBJECT (dialog), "text-view");
    buffer = gtk_text_view_get_buffer (view);
    gtk_text_buffer_set_text (buffer, "", -1);
    gtk_widget_grab_focus (GTK_WIDGET (view));
    run ("xdotool type --delay 40 'Saka utsett'");
    press ("Left");
    press ("space");
    WAIT_UNTIL (gtk_text_buffer_get_char_count (buffer) == 12);
    gtk_text_buffer_get_bounds (buffer, &start_iter, &end_iter);
    text = gtk_text_buffer_get_text (buffer, &start_iter, &end_iter, FALSE);
    g_assert_cmpstr (text, ==, "Saka utset t");
    g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);
    press ("Escape");
    WAIT_UNTIL (dialog_headed ("The Board’s Decision") == NULL);
  }

  close_both (window, mode);
}

/* Esc asks; Esc again (or Enter) stays.  Leaving and pressing F5 again
 * resumes at the item, with the time spent on each; "Start from the
 * beginning" starts over. */
static void
test_leave_asks_and_resumes (void)
{
  SkWindow *window = open_window ();
  SkPresenter *mode = start (window);
  AdwMessageDialog *dialog;
  gint64 first_before, seventh_before;
  gboolean gone = FALSE;

  g_usleep (200000);
  sk_presenter_go_to (mode, 6);
  g_usleep (300000);
  settle ();

  press ("Escape");
  WAIT_UNTIL ((dialog = dialog_headed ("Leave Meeting Mode?")) != NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mode)));
  /* Staying is the default: a second Esc (a clicker's) and Enter stay. */
  activate (GTK_WINDOW (dialog));
  press ("Escape");
  WAIT_UNTIL (dialog_headed ("Leave Meeting Mode?") == NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mode)));
  activate (GTK_WINDOW (mode));
  press ("Escape");
  WAIT_UNTIL ((dialog = dialog_headed ("Leave Meeting Mode?")) != NULL);
  activate (GTK_WINDOW (dialog));
  press ("Return");
  WAIT_UNTIL (dialog_headed ("Leave Meeting Mode?") == NULL);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (mode)));
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);

  /* Left on purpose. */
  activate (GTK_WINDOW (mode));
  press ("Escape");
  WAIT_UNTIL ((dialog = dialog_headed ("Leave Meeting Mode?")) != NULL);
  first_before = sk_presenter_get_elapsed_us (mode, 0);
  g_assert_cmpint (first_before, >=, 200000);
  g_signal_connect (mode, "destroy", G_CALLBACK (set_flag_cb), &gone);
  gtk_widget_activate (find_button (GTK_WIDGET (dialog), "_Leave"));
  WAIT_UNTIL (gone);
  g_assert_null (shown_presenter ());

  /* F5 in the main window: at item 7 again, its timer going on from
   * where it stopped, the first item's time kept. */
  activate (GTK_WINDOW (window));
  press ("F5");
  WAIT_UNTIL ((mode = shown_presenter ()) != NULL);
  settle ();
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);
  g_assert_cmpstr (sk_presenter_get_heading (mode), ==, "7. Felles barnevern i Sogn");
  g_assert_cmpint (sk_presenter_get_elapsed_us (mode, 0), ==, first_before);
  seventh_before = sk_presenter_get_elapsed_us (mode, 6);
  g_assert_cmpint (seventh_before, >=, 300000);
  g_assert_cmpint (sk_presenter_get_elapsed_us (mode, 3), ==, 0);

  /* From the beginning, if the chair wants it: the toast's button. */
  {
    GtkWidget *button;

    WAIT_UNTIL ((button = find_button (GTK_WIDGET (mode), "Start from the _Beginning")) != NULL);
    gtk_widget_activate (button);
    WAIT_UNTIL (sk_presenter_get_position (mode) == 0);
    g_assert_cmpint (sk_presenter_get_elapsed_us (mode, 6), ==, 0);
    g_assert_cmpint (sk_presenter_get_elapsed_us (mode, 0), <, first_before);
  }

  close_both (window, mode);
}

/* The proposal adopted as the decision: a toast says so, and its Undo
 * takes it back. */
static void
test_adopt_toast_undo (void)
{
  SkWindow *window = open_window ();
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = start (window);
  SkItem *item;
  GtkWidget *undo;

  sk_presenter_go_to (mode, 6);
  settle ();
  /* The chair had tried to leave with a what-if changed, and stayed:
   * meeting mode goes on, its news on its own screen. */
  {
    AdwMessageDialog *dialog;

    g_assert_true (sk_presenter_open_link (mode, 0));
    settle ();
    gtk_range_set_value (GTK_RANGE (find_type (GTK_WIDGET (mode), GTK_TYPE_SCALE)), 60);
    settle ();
    press ("Escape");
    WAIT_UNTIL ((dialog = dialog_headed ("Keep the What-If?")) != NULL);
    gtk_widget_activate (find_button (GTK_WIDGET (dialog), "_Stay"));
    WAIT_UNTIL (dialog_headed ("Keep the What-If?") == NULL);
    sk_presenter_close_link (mode);
    activate (GTK_WINDOW (mode));
  }
  press ("ctrl+d");
  item = g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items, 6);
  WAIT_UNTIL (item->decision != NULL);
  g_assert_cmpstr (item->decision, ==, item->proposal);
  WAIT_UNTIL ((undo = find_button (GTK_WIDGET (mode), "_Undo")) != NULL);
  g_test_message ("undo: %s in %s", G_OBJECT_TYPE_NAME (undo), G_OBJECT_TYPE_NAME (gtk_widget_get_parent (undo)));
  gtk_widget_activate (undo);
  WAIT_UNTIL (((SkItem *) g_ptr_array_index (((SkMeeting *) g_ptr_array_index (sk_project_get_meetings (project), 0))->items,
                                             6))->decision == NULL);

  close_both (window, mode);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "en", TRUE);
  g_unsetenv ("SAKSKART_MEETING_MODE_WINDOWED");
  example = ui_test_init (&argc, &argv, "none");
  setlocale (LC_ALL, "");

  app = ui_test_app_new (NULL);

  g_test_add_func ("/meeting-keys/clicker-whatever-has-focus", test_clicker_whatever_has_focus);
  g_test_add_func ("/meeting-keys/leave-asks-and-resumes", test_leave_asks_and_resumes);
  g_test_add_func ("/meeting-keys/adopt-toast-undo", test_adopt_toast_undo);
  return ui_test_run (app);
}
