/* test-meeting-record.c — the board's record kept in meeting mode by keys:
 * the attendance at the start, a disqualification, a vote typed as
 * "5-2", saved, and the minutes the command line makes from it; a vote
 * with more votes than members present refused; undo takes a vote back.
 *
 * The keys go the way GTK sends a key press: through the key and
 * shortcut controllers of the focused widget and the widgets around it,
 * capture phase from the window down, then bubble up.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "sk-attendance-page.h"
#include "sk-document.h"
#include "sk-presenter.h"
#include "sk-record.h"
#include "ui-util.h"

#define MEETING "styret-2025-11-03"

static SkApplication *app;
static char *example;

static void
flush_events (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
settle (void)
{
  for (int i = 0; i < 20; i++)
    {
      g_usleep (10000);
      flush_events ();
    }
}

static void
iterate_until (gboolean *flag)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (*flag);
}

/* The example with the board meeting's record cleared: no attendance,
 * no chair, no disqualifications, proposals, votes or remarks. */
static char *
cleared_example (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sakskart-record-XXXXXX", &error);
  g_autoptr(GFile) source = g_file_new_for_path (example);
  g_autoptr(SkProject) project = NULL;
  g_autofree char *data = NULL;
  SkMeeting *m;
  char *path;

  g_assert_no_error (error);
  project = sk_project_new_from_file (source, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  m = sk_project_find_meeting (project, MEETING);
  g_assert_nonnull (m);
  json_object_remove_member (m->extra, "attendance");
  json_object_remove_member (m->extra, "chair");
  for (guint k = 0; k < m->items->len; k++)
    {
      SkItem *item = g_ptr_array_index (m->items, k);

      json_object_remove_member (item->extra, "votes");
      json_object_remove_member (item->extra, "proposals");
      json_object_remove_member (item->extra, "disqualifications");
      json_object_remove_member (item->extra, "remarks");
    }
  path = g_build_filename (dir, "record.sakskart", NULL);
  data = sk_project_to_data (project, NULL);
  g_assert_true (g_file_set_contents (path, data, -1, NULL));
  return path;
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
  settle ();
  return window;
}

/* One controller's go at the key: a key controller's handler, or the
 * shortcut for it. */
static gboolean
controller_takes (GtkEventController *controller,
                  guint               keyval,
                  GdkModifierType     modifiers)
{
  if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
    {
      gboolean handled = FALSE;

      g_signal_emit_by_name (controller, "key-pressed", keyval, 0, modifiers, &handled);
      return handled;
    }
  if (GTK_IS_SHORTCUT_CONTROLLER (controller) && G_IS_LIST_MODEL (controller))
    {
      GListModel *shortcuts = G_LIST_MODEL (controller);

      for (guint i = 0; i < g_list_model_get_n_items (shortcuts); i++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (shortcuts, i);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);

          /* (A widget's own bindings, which want their arguments, are
           * not what is tested here.) */
          if (GTK_IS_KEYVAL_TRIGGER (trigger) && GTK_IS_NAMED_ACTION (gtk_shortcut_get_action (shortcut)) &&
              gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval &&
              gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers &&
              gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), GTK_SHORTCUT_ACTION_EXCLUSIVE,
                                            gtk_event_controller_get_widget (controller), NULL))
            return TRUE;
        }
    }
  return FALSE;
}

static gboolean
widget_takes (GtkWidget          *widget,
              GtkPropagationPhase phase,
              guint               keyval,
              GdkModifierType     modifiers)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (gtk_event_controller_get_propagation_phase (controller) == phase &&
          controller_takes (controller, keyval, modifiers))
        return TRUE;
    }
  return FALSE;
}

/* A key pressed in `window`, at its focused widget. */
static gboolean
press (GtkWindow       *window,
       guint            keyval,
       GdkModifierType  modifiers)
{
  GtkWidget *focus = gtk_window_get_focus (window);
  g_autoptr(GPtrArray) path = g_ptr_array_new ();
  gboolean taken = FALSE;

  for (GtkWidget *w = focus ? focus : GTK_WIDGET (window); w != NULL; w = gtk_widget_get_parent (w))
    g_ptr_array_insert (path, 0, w);
  for (guint i = 0; i < path->len && !taken; i++)
    taken = widget_takes (path->pdata[i], GTK_PHASE_CAPTURE, keyval, modifiers);
  for (guint i = path->len; i > 0 && !taken; i--)
    taken = widget_takes (path->pdata[i - 1], GTK_PHASE_TARGET, keyval, modifiers) ||
            widget_takes (path->pdata[i - 1], GTK_PHASE_BUBBLE, keyval, modifiers);
  settle ();
  return taken;
}

/* The shown dialog with that heading, or NULL. */
static AdwMessageDialog *
dialog_headed (const char *heading)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l && found == NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data) &&
        g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static AdwMessageDialog *
any_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l && found == NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* Typed into the dialog's field, then Enter. */
static void
type_and_enter (AdwMessageDialog *dialog,
                const char       *text)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (dialog), "sk-entry");

  g_assert_nonnull (entry);
  gtk_editable_set_text (entry, "");
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      char c[8] = { 0 };
      int position = -1;

      g_unichar_to_utf8 (g_utf8_get_char (p), c);
      position = gtk_editable_get_position (entry);
      gtk_editable_insert_text (entry, c, -1, &position);
      gtk_editable_set_position (entry, position);
    }
  g_signal_emit_by_name (entry, "activate");
  settle ();
}

static SkItem *
item_at (SkProject *project,
         guint      index)
{
  return g_ptr_array_index (sk_project_find_meeting (project, MEETING)->items, index);
}

static const SkAttendance *
attendance_of (GPtrArray  *attendance,
               const char *member)
{
  for (guint i = 0; i < attendance->len; i++)
    if (g_strcmp0 (((SkAttendance *) attendance->pdata[i])->member, member) == 0)
      return attendance->pdata[i];
  return NULL;
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static char *
minutes_text (const char *path)
{
  g_autofree char *cli = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "..", "src", "sakskart-cli", NULL);
  g_autofree char *pdf = g_strconcat (path, ".pdf", NULL);
  const char *export[] = { cli, "export-pdf", path, "--meeting", MEETING, "--minutes", "-o", pdf, NULL };
  const char *totext[] = { "pdftotext", "-layout", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int status = 0;

  g_assert_true (g_spawn_sync (NULL, (char **) export, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("sakskart-cli export-pdf failed: %s", err);
  g_assert_true (g_spawn_sync (NULL, (char **) totext, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  return out;
}

static void
test_record_by_keys (void)
{
  g_autofree char *path = cleared_example ();
  g_autofree char *minutes = NULL;
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  GtkWindow *w = GTK_WINDOW (mode);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(SkItemRecord) record = NULL;
  GtkWidget *page;
  AdwMessageDialog *dialog;
  GtkWidget *error;
  gboolean saved = FALSE;
  const SkAttendance *a;
  const SkVote *vote;
  int present, members;
  gboolean quorate;

  gtk_window_present (w);
  settle ();
  /* No attendance yet: meeting mode starts on it, and the clicker's
   * keys are the page's. */
  page = find_type (GTK_WIDGET (mode), SK_TYPE_ATTENDANCE_PAGE);
  g_assert_nonnull (page);
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (GTK_IS_LIST_BOX_ROW (gtk_window_get_focus (w)));
  press (w, GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 0);
  /* The case's record waits for the meeting to start. */
  g_assert_false (press (w, GDK_KEY_v, 0));
  g_assert_null (dialog_headed ("Vote"));

  /* Vik (the fifth) and Lærdal (the third) absent, their personal
   * deputies came. */
  for (int i = 0; i < 4; i++)
    g_assert_true (press (w, GDK_KEY_Down, 0));
  g_assert_true (press (w, GDK_KEY_space, 0));
  g_assert_true (press (w, GDK_KEY_d, 0));
  g_assert_true (press (w, GDK_KEY_Up, 0));
  g_assert_true (press (w, GDK_KEY_Up, 0));
  g_assert_true (press (w, GDK_KEY_space, 0));
  g_assert_true (press (w, GDK_KEY_d, 0));
  g_assert_true (press (w, GDK_KEY_Return, 0));
  g_assert_false (gtk_widget_get_mapped (page));

  attendance = sk_meeting_get_attendance (sk_project_find_meeting (project, MEETING));
  g_assert_cmpuint (attendance->len, ==, 7);
  a = attendance_of (attendance, "vik");
  g_assert_false (a->present);
  g_assert_cmpstr (a->deputy, ==, "vara-vik");
  a = attendance_of (attendance, "laerdal");
  g_assert_false (a->present);
  g_assert_cmpstr (a->deputy, ==, "vara-laerdal");
  g_assert_true (attendance_of (attendance, "aurland")->present);
  g_assert_cmpstr (sk_meeting_get_chair (sk_project_find_meeting (project, MEETING)), ==, "ardal");

  /* The clicker moves again: to "Felles barnevern i Sogn", case 47. */
  for (int i = 0; i < 6; i++)
    press (w, GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_saying, "Sak 47/25"));
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_saying, "7 of 7 present — the board can decide"));

  /* I: Luster disqualified, the personal deputy stepped in. */
  g_assert_true (press (w, GDK_KEY_i, 0));
  dialog = dialog_headed ("Disqualification");
  g_assert_nonnull (dialog);
  {
    GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *who = find_type (box, GTK_TYPE_DROP_DOWN);

    /* Aurland, Luster…: who attends; ↓ on the member picks the next. */
    g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (dialog)), who));
    g_assert_true (press (GTK_WINDOW (dialog), GDK_KEY_Down, 0));
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (who)), ==, 1);
  }
  type_and_enter (dialog, "fvl. § 6 andre ledd");
  g_assert_null (dialog_headed ("Disqualification"));
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->disqualifications->len, ==, 1);
  g_assert_cmpstr (((SkDisqualification *) record->disqualifications->pdata[0])->member, ==, "luster");
  g_assert_cmpstr (((SkDisqualification *) record->disqualifications->pdata[0])->deputy, ==, "vara-luster");
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_containing, "fvl. § 6 andre ledd"));
  g_assert_true (sk_record_quorum (project, sk_project_find_meeting (project, MEETING), 6,
                                   &present, &members, &quorate));
  g_assert_cmpint (present, ==, 7);

  /* V: 9-0 with 7 present is refused, with the core's reason, and
   * nothing is recorded; 5-2 is. */
  g_assert_true (press (w, GDK_KEY_v, 0));
  dialog = dialog_headed ("Vote");
  g_assert_nonnull (dialog);
  type_and_enter (dialog, "9-0");
  g_assert_true (dialog_headed ("Vote") == dialog);
  error = g_object_get_data (G_OBJECT (dialog), "sk-error");
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "more than the 7 present"));
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->votes->len, ==, 0);
  type_and_enter (dialog, "5-2");
  g_assert_null (dialog_headed ("Vote"));
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->votes->len, ==, 1);
  vote = record->votes->pdata[0];
  g_assert_cmpstr (vote->proposal, ==, SK_PROPOSAL_PREPARED);
  g_assert_cmpint (vote->votes_for, ==, 5);
  g_assert_cmpint (vote->votes_against, ==, 2);
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_containing, "5"));

  /* Ctrl+Z takes the vote back, Ctrl+Shift+Z brings it again. */
  g_assert_true (press (w, GDK_KEY_z, GDK_CONTROL_MASK));
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->votes->len, ==, 0);
  g_assert_cmpuint (record->disqualifications->len, ==, 1);
  g_assert_true (press (w, GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK));
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->votes->len, ==, 1);

  /* P: a proposal, voted on 2-5. */
  g_assert_true (press (w, GDK_KEY_p, 0));
  dialog = dialog_headed ("New Proposal");
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sk-entry"), "Vik v/Vara Vik");
  {
    GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *text = gtk_widget_get_prev_sibling (gtk_widget_get_last_child (box));

    gtk_editable_set_text (GTK_EDITABLE (text), "Saka vert utsett.");
    g_signal_emit_by_name (text, "activate");
    settle ();
  }
  g_assert_null (dialog_headed ("New Proposal"));
  g_assert_true (press (w, GDK_KEY_v, 0));
  dialog = dialog_headed ("Vote");
  type_and_enter (dialog, "2-5");
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->proposals->len, ==, 1);
  g_assert_cmpuint (record->votes->len, ==, 2);
  g_assert_cmpstr (((SkVote *) record->votes->pdata[1])->proposal, ==,
                   ((SkProposal *) record->proposals->pdata[0])->id);

  /* R: a remark in the record. */
  g_assert_true (press (w, GDK_KEY_r, 0));
  dialog = dialog_headed ("Remark in the Record");
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sk-entry"), "Vara Vik");
  {
    GtkWidget *box = adw_message_dialog_get_extra_child (dialog);
    GtkWidget *text = gtk_widget_get_prev_sibling (gtk_widget_get_last_child (box));

    gtk_editable_set_text (GTK_EDITABLE (text), "Vik vil vurdere saka på nytt.");
    g_signal_emit_by_name (text, "activate");
    settle ();
  }
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->remarks->len, ==, 1);
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_containing, "Vik vil vurdere saka på nytt."));

  /* The disqualification's button takes it away; Ctrl+Z brings it back. */
  gtk_widget_activate_action (GTK_WIDGET (mode), "mr.remove-disqualification", "s", "luster");
  settle ();
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->disqualifications->len, ==, 0);
  g_assert_null (find_widget (GTK_WIDGET (mode), is_label_containing, "fvl. § 6 andre ledd"));
  g_assert_true (press (w, GDK_KEY_z, GDK_CONTROL_MASK));
  g_clear_pointer (&record, sk_item_record_free);
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->disqualifications->len, ==, 1);
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_containing, "fvl. § 6 andre ledd"));

  /* On the next case, A: Aurland left before it (the votes recorded in
   * this one stay right); back with Enter. */
  press (w, GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 7);
  g_assert_true (press (w, GDK_KEY_a, 0));
  g_assert_true (gtk_widget_get_mapped (page));
  g_assert_true (press (w, GDK_KEY_Home, 0));
  g_assert_true (press (w, GDK_KEY_l, 0));
  g_assert_true (press (w, GDK_KEY_Return, 0));
  g_clear_pointer (&attendance, g_ptr_array_unref);
  attendance = sk_meeting_get_attendance (sk_project_find_meeting (project, MEETING));
  g_assert_cmpstr (attendance_of (attendance, "aurland")->left_from, ==, item_at (project, 7)->id);
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_saying, "6 of 7 present — the board can decide"));

  /* Saved, and the minutes (in the board's Nynorsk) say it. */
  g_signal_connect (window, "saved", G_CALLBACK (set_flag_cb), &saved);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  iterate_until (&saved);
  minutes = minutes_text (path);
  g_assert_nonnull (strstr (minutes, "Styremedlem Lærdal"));
  g_assert_nonnull (strstr (minutes, "fvl. § 6 andre ledd"));
  g_assert_nonnull (strstr (minutes, "5 mot 2"));
  g_assert_nonnull (strstr (minutes, "Vik vil vurdere saka på nytt."));

  gtk_window_destroy (w);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

/* A meeting whose attendance is taken starts on its first item. */
static void
test_attendance_taken_starts_on_item (void)
{
  SkWindow *window = open_window (example);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), sk_window_get_project (window), MEETING, FALSE);
  GtkWidget *page;

  gtk_window_present (GTK_WINDOW (mode));
  settle ();
  page = find_type (GTK_WIDGET (mode), SK_TYPE_ATTENDANCE_PAGE);
  g_assert_true (page == NULL || !gtk_widget_get_mapped (page));
  press (GTK_WINDOW (mode), GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 1);
  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* "Previous" on the first item stays insensitive after the attendance
 * page (opened and left with the mouse), as before it; "Next" goes on. */
static void
test_previous_at_first_after_attendance (void)
{
  SkWindow *window = open_window (example);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), sk_window_get_project (window), MEETING, FALSE);
  GtkWidget *previous, *next, *page;

  gtk_window_present (GTK_WINDOW (mode));
  settle ();
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 0);
  previous = find_widget (GTK_WIDGET (mode), is_button_labelled, "_Previous");
  next = find_widget (GTK_WIDGET (mode), is_button_labelled, "_Next");
  g_assert_nonnull (previous);
  g_assert_nonnull (next);
  g_assert_false (gtk_widget_get_sensitive (previous));
  g_assert_true (gtk_widget_get_sensitive (next));

  g_signal_emit_by_name (find_widget (GTK_WIDGET (mode), is_button_labelled, "Attendance"), "clicked");
  settle ();
  page = find_type (GTK_WIDGET (mode), SK_TYPE_ATTENDANCE_PAGE);
  g_assert_true (page != NULL && gtk_widget_get_mapped (page));
  g_signal_emit_by_name (find_widget (GTK_WIDGET (mode), is_button_labelled, "_Back to the Case"), "clicked");
  settle ();
  g_assert_false (gtk_widget_get_mapped (page));
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (previous));
  g_assert_true (gtk_widget_get_sensitive (next));
  g_signal_emit_by_name (next, "clicked");
  settle ();
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 1);
  g_assert_true (gtk_widget_get_sensitive (previous));

  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

static void
save_png (GtkWidget  *window,
          const char *name)
{
  g_autofree char *dir = g_build_filename (g_getenv ("G_TEST_BUILDDIR"), "artifacts", NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);

  g_mkdir_with_parents (dir, 0755);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The attendance and a case with its record, at 1366 × 768, in each
 * language (build/tests/artifacts/meeting-record-*.png). */
static void
test_screenshots (void)
{
  const struct { const char *language, *locale, *quorum; } langs[] = {
    { "en", "en_US.UTF-8", "present" },
    { "nn", "nn_NO.UTF-8", "til stades" },
    { "nb", "nb_NO.UTF-8", "til stede" },
  };

  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *path = cleared_example ();
      g_autofree char *start_png = g_strdup_printf ("meeting-record-attendance-%s.png", langs[l].language);
      g_autofree char *case_png = g_strdup_printf ("meeting-record-case-%s.png", langs[l].language);
      g_autofree char *during_png = g_strdup_printf ("meeting-record-during-%s.png", langs[l].language);
      g_autofree char *vote_png = g_strdup_printf ("meeting-record-vote-%s.png", langs[l].language);
      SkWindow *window;
      SkPresenter *mode;
      AdwMessageDialog *dialog;

      g_setenv ("LANGUAGE", langs[l].language, TRUE);
      if (setlocale (LC_ALL, langs[l].locale) == NULL)
        {
          g_test_message ("no locale %s", langs[l].locale);
          continue;
        }
      window = open_window (path);
      mode = sk_presenter_new (GTK_WINDOW (window), sk_window_get_project (window), MEETING, FALSE);
      gtk_window_set_default_size (GTK_WINDOW (mode), 1366, 768);
      gtk_window_present (GTK_WINDOW (mode));
      settle ();
      press (GTK_WINDOW (mode), GDK_KEY_Down, 0);
      press (GTK_WINDOW (mode), GDK_KEY_space, 0);
      press (GTK_WINDOW (mode), GDK_KEY_d, 0);
      press (GTK_WINDOW (mode), GDK_KEY_Down, 0);
      press (GTK_WINDOW (mode), GDK_KEY_space, 0);
      settle ();
      save_png (GTK_WIDGET (mode), start_png);
      press (GTK_WINDOW (mode), GDK_KEY_Return, 0);
      sk_presenter_go_to (mode, 8);
      press (GTK_WINDOW (mode), GDK_KEY_i, 0);
      dialog = any_dialog ();
      g_assert_nonnull (dialog);
      type_and_enter (dialog, "fvl. § 6 første ledd bokstav a");
      press (GTK_WINDOW (mode), GDK_KEY_v, 0);
      dialog = any_dialog ();
      g_assert_nonnull (dialog);
      type_and_enter (dialog, "3-3");
      settle ();
      save_png (GTK_WIDGET (dialog), vote_png);
      type_and_enter (dialog, "3-3");
      settle ();
      g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_containing, langs[l].quorum));
      save_png (GTK_WIDGET (mode), case_png);
      press (GTK_WINDOW (mode), GDK_KEY_a, 0);
      settle ();
      save_png (GTK_WIDGET (mode), during_png);
      press (GTK_WINDOW (mode), GDK_KEY_Return, 0);
      gtk_window_destroy (GTK_WINDOW (mode));
      gtk_window_destroy (GTK_WINDOW (window));
      settle ();
      remove_copy (path);
    }
  g_setenv ("LANGUAGE", "en", TRUE);
  setlocale (LC_ALL, "C.UTF-8");
}

/* The response button of `dialog` labelled `label`, clicked as the mouse
 * clicks it. */
static void
click_response (AdwMessageDialog *dialog,
                const char       *label)
{
  GtkWidget *button = find_widget (GTK_WIDGET (dialog), is_button_labelled, label);

  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  settle ();
}

/* The record made with the mouse: "Vote…" on an item without a proposal
 * says so and opens nothing to type into; on one with a proposal, a tie
 * typed and "Record" clicked keeps the dialog, with what was typed and
 * the chair's casting vote to choose; "Record" again records it. */
static void
test_vote_by_mouse (void)
{
  g_autofree char *path = cleared_example ();
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  GtkWindow *w = GTK_WINDOW (mode);
  g_autoptr(SkItemRecord) record = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *vote_button, *error, *casting;
  const SkVote *vote;

  gtk_window_present (w);
  settle ();
  /* From the attendance to the first item, "Opening", which has no
   * proposal in the papers. */
  g_assert_true (press (w, GDK_KEY_Return, 0));
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 0);
  g_assert_null (item_at (project, 0)->proposal);
  vote_button = find_widget (GTK_WIDGET (mode), is_button_labelled, "Vote…");
  g_assert_nonnull (vote_button);
  g_signal_emit_by_name (vote_button, "clicked");
  settle ();
  g_assert_null (dialog_headed ("Vote"));
  g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_saying,
                                 "The item has no proposal to vote on: record a proposal first"));

  for (int i = 0; i < 6; i++)
    press (w, GDK_KEY_Page_Down, 0);
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 6);
  vote_button = find_widget (GTK_WIDGET (mode), is_button_labelled, "Vote…");
  g_signal_emit_by_name (vote_button, "clicked");
  settle ();
  dialog = dialog_headed ("Vote");
  g_assert_nonnull (dialog);
  gtk_editable_set_text (g_object_get_data (G_OBJECT (dialog), "sk-entry"), "3-3");
  click_response (dialog, "_Record");
  g_assert_true (dialog_headed ("Vote") == dialog);
  g_assert_cmpstr (gtk_editable_get_text (g_object_get_data (G_OBJECT (dialog), "sk-entry")), ==, "3-3");
  error = g_object_get_data (G_OBJECT (dialog), "sk-error");
  g_assert_true (gtk_widget_get_visible (error));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (error)), "A tie"));
  casting = g_object_get_data (G_OBJECT (dialog), "sk-casting");
  g_assert_true (gtk_widget_is_visible (casting));
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->votes->len, ==, 0);
  g_clear_pointer (&record, sk_item_record_free);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (casting), 1);
  click_response (dialog, "_Record");
  g_assert_null (dialog_headed ("Vote"));
  record = sk_item_get_record (item_at (project, 6));
  g_assert_cmpuint (record->votes->len, ==, 1);
  vote = record->votes->pdata[0];
  g_assert_cmpstr (vote->proposal, ==, SK_PROPOSAL_PREPARED);
  g_assert_cmpint (vote->votes_for, ==, 3);
  g_assert_cmpint (vote->casting, ==, SK_CASTING_AGAINST);

  gtk_window_destroy (w);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

/* The drop-downs of `widget`, in order. */
static void
collect_dropdowns (GtkWidget *widget,
                   GPtrArray *found)
{
  if (GTK_IS_DROP_DOWN (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_dropdowns (c, found);
}

/* The disqualification dialog of the current case: its members to pick
 * (the first drop-down) and the deputies who can step in (the last). */
static AdwMessageDialog *
open_disqualification (SkPresenter  *mode,
                       GtkDropDown **who,
                       GtkDropDown **deputy)
{
  g_autoptr(GPtrArray) dropdowns = g_ptr_array_new ();
  AdwMessageDialog *dialog;

  g_assert_true (press (GTK_WINDOW (mode), GDK_KEY_i, 0));
  dialog = dialog_headed ("Disqualification");
  g_assert_nonnull (dialog);
  collect_dropdowns (adw_message_dialog_get_extra_child (dialog), dropdowns);
  g_assert_cmpuint (dropdowns->len, ==, 3);
  *who = dropdowns->pdata[0];
  *deputy = dropdowns->pdata[2];
  return dialog;
}

/* The example's attendance: the employees' deputy came at case 43 and
 * Lærdal left before case 53; the deputy attends for the employees and
 * Vara Vik for Vik.  The disqualification dialog offers only who takes
 * part in the case, and as who steps in only a deputy who holds no seat
 * in it: the one disqualified is not offered in their own place (it
 * was, and chosen first: Enter was refused). */
static void
test_disqualify_offers_seats (void)
{
  g_autofree char *path = copy_example (example);
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  g_autoptr(SkItemRecord) record = NULL;
  AdwMessageDialog *dialog;
  GtkDropDown *who, *deputy;
  GListModel *deputies;

  gtk_window_present (GTK_WINDOW (mode));
  settle ();
  /* Case 42: the employees' deputy has not come yet */
  sk_presenter_go_to (mode, 1);
  settle ();
  dialog = open_disqualification (mode, &who, &deputy);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (who)), ==, 6);
  adw_message_dialog_response (dialog, "cancel");
  settle ();
  /* Case 53: Lærdal has left */
  sk_presenter_go_to (mode, 12);
  settle ();
  dialog = open_disqualification (mode, &who, &deputy);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (who)), ==, 6);
  for (guint i = 0; i < 6; i++)
    {
      g_autoptr(GtkStringObject) name = g_list_model_get_item (gtk_drop_down_get_model (who), i);

      g_assert_null (strstr (gtk_string_object_get_string (name), "Lærdal"));
    }
  adw_message_dialog_response (dialog, "cancel");
  settle ();

  /* Case 49: the employees' deputy (the seventh) disqualified: the one
   * numbered deputy is that one, so no deputy is offered */
  sk_presenter_go_to (mode, 8);
  settle ();
  dialog = open_disqualification (mode, &who, &deputy);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (who)), ==, 7);
  gtk_drop_down_set_selected (who, 6);
  settle ();
  deputies = gtk_drop_down_get_model (deputy);
  g_assert_cmpuint (g_list_model_get_n_items (deputies), ==, 1);
  g_assert_cmpuint (gtk_drop_down_get_selected (deputy), ==, 0);
  /* Vara Vik (the fifth) attends for Vik: not her own deputy, nor the
   * employees' one, who holds a seat */
  gtk_drop_down_set_selected (who, 4);
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (deputy)), ==, 1);
  /* Luster, disqualified already, keeps his deputy in the list */
  gtk_drop_down_set_selected (who, 1);
  settle ();
  g_assert_cmpuint (g_list_model_get_n_items (gtk_drop_down_get_model (deputy)), ==, 2);
  adw_message_dialog_response (dialog, "cancel");
  settle ();
  /* Case 51, which has no vote: Enter records the employees' deputy
   * disqualified as the dialog offers it, no one stepping in */
  sk_presenter_go_to (mode, 10);
  settle ();
  dialog = open_disqualification (mode, &who, &deputy);
  gtk_drop_down_set_selected (who, 6);
  settle ();
  type_and_enter (dialog, "fvl. § 6 første ledd bokstav b");
  g_assert_null (dialog_headed ("Disqualification"));
  record = sk_item_get_record (item_at (project, 10));
  g_assert_cmpuint (record->disqualifications->len, ==, 1);
  g_assert_cmpstr (((SkDisqualification *) record->disqualifications->pdata[0])->member, ==, "vara-tilsette-1");
  g_assert_null (((SkDisqualification *) record->disqualifications->pdata[0])->deputy);

  gtk_window_destroy (GTK_WINDOW (mode));
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

static gboolean
is_chair_list (GtkWidget     *widget,
               gconstpointer  data)
{
  GListModel *model;
  g_autoptr(GObject) first = NULL;

  if (!GTK_IS_DROP_DOWN (widget) || (model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget))) == NULL ||
      g_list_model_get_n_items (model) == 0)
    return FALSE;
  first = g_list_model_get_item (model, 0);
  return GTK_IS_STRING_OBJECT (first) && g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (first)), "Not recorded") == 0;
}

/* On the attendance page, a member absent with notice chosen as chair:
 * refused with the reason, and the list shows again who chairs as
 * recorded, not the one refused. */
static void
test_chair_refused_shows_recorded (void)
{
  g_autofree char *path = cleared_example ();
  SkWindow *window = open_window (path);
  SkProject *project = sk_window_get_project (window);
  SkPresenter *mode = sk_presenter_new (GTK_WINDOW (window), project, MEETING, FALSE);
  GtkWindow *w = GTK_WINDOW (mode);
  GtkWidget *page, *chair;

  gtk_window_present (w);
  settle ();
  page = find_type (GTK_WIDGET (mode), SK_TYPE_ATTENDANCE_PAGE);
  g_assert_nonnull (page);
  /* Vik, the fifth, sent notice */
  for (int i = 0; i < 4; i++)
    g_assert_true (press (w, GDK_KEY_Down, 0));
  g_assert_true (press (w, GDK_KEY_space, 0));
  chair = find_widget (page, is_chair_list, NULL);
  g_assert_nonnull (chair);
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (chair)), ==, 0);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (chair), 5);
  settle ();
  g_assert_null (sk_meeting_get_chair (sk_project_find_meeting (project, MEETING)));
  g_assert_nonnull (find_widget (page, is_label_containing, "Styremedlem Vik was not at the meeting"));
  g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (chair)), ==, 0);
  /* Årdal, the sixth, can */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (chair), 6);
  settle ();
  g_assert_cmpstr (sk_meeting_get_chair (sk_project_find_meeting (project, MEETING)), ==, "ardal");

  gtk_window_destroy (w);
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  remove_copy (path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/meeting-record/by-keys", test_record_by_keys);
  g_test_add_func ("/meeting-record/attendance-taken", test_attendance_taken_starts_on_item);
  g_test_add_func ("/meeting-record/vote-by-mouse", test_vote_by_mouse);
  g_test_add_func ("/meeting-record/previous-at-first-after-attendance", test_previous_at_first_after_attendance);
  g_test_add_func ("/meeting-record/screenshots", test_screenshots);
  g_test_add_func ("/meeting-record/disqualify-offers-seats", test_disqualify_offers_seats);
  g_test_add_func ("/meeting-record/chair-refused-shows-recorded", test_chair_refused_shows_recorded);
}

int
main (int    argc,
      char **argv)
{
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
