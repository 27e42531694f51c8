/* test-agenda-edit.c — the agenda edited through the core: an item's
 * title typed in its editor is one named step of the history that Ctrl+Z
 * takes back; an open editor stays open, with the focus and what was
 * typed, while other items change, are added or moved, and while undo
 * takes back another edit; closing a case leaves its item open; rows out
 * of sight are drawn without their line; a window shown on the agenda
 * has the rows below the fold made after its first frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sk-agenda-item.h"
#include "sk-agenda-view.h"
#include "sk-closed-row.h"
#include "sk-edit.h"
#include "sk-edit-record.h"
#include "sk-open-link.h"
#include "sk-record.h"
#include "test-util.h"
#include "ui-util.h"

#define MEETING "styret-2025-11-03"

static SkApplication *app;
static char *example;

/* A copy of the example at `path`, opened in a new window (shown first
 * when `show`, as a user's window is; else left unshown). */
static SkWindow *
open_copy (const char *path,
           gboolean    show)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  gsize length;
  SkWindow *window;
  gboolean loaded = FALSE;
  gint64 deadline;

  g_assert_true (g_file_get_contents (example, &text, &length, NULL));
  g_assert_true (g_file_set_contents (path, text, length, NULL));
  window = sk_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  if (show)
    gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!loaded && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (loaded);
  return window;
}

/* A copy of the example at `path`, open in a window on the agenda. */
static SkWindow *
open_example_copy (const char *path)
{
  SkWindow *window = open_copy (path, TRUE);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "agenda");
  drain ();
  return window;
}

static SkProject *
project_of (SkWindow *window)
{
  return sk_window_get_project (window);
}

static SkItem *
item_at (SkWindow *window,
         guint     i)
{
  return g_ptr_array_index (sk_project_find_meeting (project_of (window), MEETING)->items, i);
}

/* The row titled `title`, opened. */
static SkAgendaItemRow *
open_row (SkWindow   *window,
          const char *title)
{
  GtkWidget *row = item_row_titled (window, title);

  g_assert_nonnull (row);
  g_assert_true (SK_IS_AGENDA_ITEM_ROW (row));
  g_assert_false (sk_agenda_item_row_is_open (SK_AGENDA_ITEM_ROW (row)));
  g_signal_emit_by_name (gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX), "row-activated", row);
  drain ();
  g_assert_true (sk_agenda_item_row_is_open (SK_AGENDA_ITEM_ROW (row)));
  return SK_AGENDA_ITEM_ROW (row);
}

static const char *
focus_text (SkWindow *window)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *entry = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_ENTRY) : NULL;

  return entry ? gtk_editable_get_text (GTK_EDITABLE (entry)) : NULL;
}

/* The title typed into the editor, key by key, is one step named after
 * the item; Ctrl+Z (win.undo) gives the old title back to the model, the
 * row and the entry, and the editor stays open. */
static void
test_title_one_step (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tittel.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkHistory *history = history_of (window);
  SkAgendaItemRow *row = open_row (window, "7. Felles barnevern i Sogn");
  GtkWidget *entry = sk_agenda_item_row_get_title_entry (row);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.undo");
  guint steps = sk_history_get_n_steps (history);
  const char *typed[] = { "Felles barnevern i Sogn –", "Felles barnevern i Sogn – v", "Felles barnevern i Sogn – vedtak" };

  g_assert_true (accels[0] != NULL && g_strv_contains ((const char * const *) accels, "<Control>z"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Felles barnevern i Sogn");
  gtk_widget_grab_focus (entry);
  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), typed[i]);
      drain ();
    }
  g_assert_cmpstr (item_at (window, 6)->title, ==, "Felles barnevern i Sogn – vedtak");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "7. Felles barnevern i Sogn – vedtak"));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Rename «Felles barnevern i Sogn»");
  g_assert_true (sk_window_get_modified (window));

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (item_at (window, 6)->title, ==, "Felles barnevern i Sogn");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Felles barnevern i Sogn");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "7. Felles barnevern i Sogn"));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps);
  g_assert_false (sk_window_get_modified (window));
  /* The same row, still open */
  g_assert_true (item_row_titled (window, "7. Felles barnevern i Sogn") == GTK_WIDGET (row));
  g_assert_true (sk_agenda_item_row_is_open (row));

  /* An empty title is refused: the model keeps the old one and the
   * entry says why. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  drain ();
  g_assert_cmpstr (item_at (window, 6)->title, ==, "Felles barnevern i Sogn");
  g_assert_true (gtk_widget_has_css_class (entry, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (entry), ==, "An item needs a title");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* An open editor with a title being typed: another item renamed, an item
 * added and one moved, and undo taking those back, leave it open, with
 * its text and the focus in it. */
static void
test_editor_stays_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "ope.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkHistory *history = history_of (window);
  SkProject *project = project_of (window);
  SkAgendaItemRow *row = open_row (window, "7. Felles barnevern i Sogn");
  GtkWidget *entry = sk_agenda_item_row_get_title_entry (row);
  g_autoptr(GError) error = NULL;
  g_autofree char *added = NULL;

  gtk_widget_grab_focus (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "Barnevern under arbeid");
  drain ();
  g_assert_cmpstr (focus_text (window), ==, "Barnevern under arbeid");

  /* Another item renamed */
  g_assert_true (sk_edit_set_item_field (history, project, MEETING, "skog", SK_ITEM_FIELD_TITLE,
                                         "Skog i Sogn – vedtak", &error));
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "8. Skog i Sogn – vedtak"));
  /* An item added at the top, and the last one moved up */
  g_assert_true (sk_edit_add_item (history, project, MEETING, "Ny sak", SK_ITEM_DISCUSSION, 0, &added, &error));
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "1. Ny sak"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "8. Barnevern under arbeid"));
  g_assert_true (sk_edit_move_item (history, project, MEETING, "ymse", 1, &error));
  drain ();
  g_assert_nonnull (find_label (GTK_WIDGET (window), "2. Ymse"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "9. Barnevern under arbeid"));

  g_assert_true (sk_agenda_item_row_is_open (row));
  g_assert_true (sk_agenda_item_row_get_title_entry (row) == entry);
  g_assert_cmpstr (focus_text (window), ==, "Barnevern under arbeid");

  /* Undo takes the others' edits back, one by one */
  for (guint i = 0; i < 3; i++)
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
      drain ();
      g_assert_true (sk_agenda_item_row_is_open (row));
      g_assert_true (sk_agenda_item_row_get_title_entry (row) == entry);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Barnevern under arbeid");
      g_assert_cmpstr (focus_text (window), ==, "Barnevern under arbeid");
    }
  g_assert_null (find_label (GTK_WIDGET (window), "1. Ny sak"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "8. Skog i Sogn"));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "7. Barnevern under arbeid"));
  g_assert_cmpstr (item_at (window, 6)->title, ==, "Barnevern under arbeid");

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Closing the case of an open item (and undoing it) shows the lock on
 * its row and leaves the item open. */
static void
test_close_case_keeps_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lukka.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkAgendaItemRow *row = open_row (window, "7. Felles barnevern i Sogn");
  GtkWidget *closed = find_type (GTK_WIDGET (row), SK_TYPE_CLOSED_ROW);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (closed);
  g_assert_null (sk_item_closed_basis (item_at (window, 6)));
  g_assert_true (sk_edit_set_item_closed (history_of (window), project_of (window), MEETING, "barnevern",
                                          SK_CLOSED_BASIS_DEFAULT, &error));
  drain ();
  g_assert_true (sk_agenda_item_row_is_open (row));
  g_assert_true (item_row_titled (window, "7. Felles barnevern i Sogn") == GTK_WIDGET (row));
  g_assert_cmpstr (sk_closed_row_get_basis (SK_CLOSED_ROW (closed)), ==, SK_CLOSED_BASIS_DEFAULT);
  g_assert_true (find_type (GTK_WIDGET (row), SK_TYPE_CLOSED_ROW) == closed);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_null (sk_item_closed_basis (item_at (window, 6)));
  g_assert_true (sk_agenda_item_row_is_open (row));
  g_assert_null (sk_closed_row_get_basis (SK_CLOSED_ROW (closed)));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static gboolean
is_closed_row_titled (GtkWidget     *widget,
                      gconstpointer  title)
{
  return SK_IS_CLOSED_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_label_with_tooltip (GtkWidget     *widget,
                       gconstpointer  tooltip)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), tooltip) == 0;
}

/* An attachment's title is the file's word for it: its tooltip says where
 * Open leads too (a file named "Budsjett" that is a program elsewhere). */
static void
test_attachment_tooltip_names_target (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "lenkje.sakskart", NULL);
  g_autofree char *target = g_build_filename (dir, "køyr meg.desktop", NULL);
  g_autofree char *uri = g_filename_to_uri (target, NULL, NULL);
  g_autofree char *tooltip = g_strdup_printf ("4. Budsjett 2026\n%s", target);
  SkWindow *window = open_example_copy (path);
  g_autoptr(GError) error = NULL;
  SkAgendaItemRow *row;

  g_assert_true (g_file_set_contents (target, "[Desktop Entry]\n", -1, NULL));
  g_assert_true (sk_edit_add_attachment (history_of (window), project_of (window), MEETING,
                                         item_at (window, 6)->id, "Budsjett 2026", uri, &error));
  g_assert_no_error (error);
  drain ();
  row = open_row (window, "7. Felles barnevern i Sogn");
  g_assert_nonnull (find_widget (GTK_WIDGET (row), is_label_with_tooltip, tooltip));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (target);
}

/* What opening a link would do, by its kind and, for a file, by the
 * file's kind and its permission to run. */
static void
test_link_risk (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-link-XXXXXX", NULL);
  static const struct { const char *name; const char *contents; int mode; SkLinkRisk risk; } files[] = {
    { "budsjett.pdf", "%PDF-1.7\n", 0644, SK_LINK_OPEN },
    { "notat.txt", "Notat\n", 0644, SK_LINK_OPEN },
    { "referat.odt", "PK\003\004", 0644, SK_LINK_OPEN },
    { "køyr meg.desktop", "[Desktop Entry]\nType=Application\nExec=true\n", 0644, SK_LINK_PROGRAM },
    { "budsjett.jar", "PK\003\004", 0644, SK_LINK_PROGRAM },
    { "budsjett.exe", "MZ", 0644, SK_LINK_PROGRAM },
    { "oppdater.sh", "#!/bin/sh\ntrue\n", 0644, SK_LINK_PROGRAM },
    /* A document by its name, a program by its permission to run. */
    { "budsjett.pdf.kjør", "#!/bin/sh\ntrue\n", 0755, SK_LINK_PROGRAM },
  };
  static const struct { const char *uri; SkLinkRisk risk; } links[] = {
    { "https://www.sogn.no/styret", SK_LINK_OPEN },
    { "HTTP://www.sogn.no/", SK_LINK_OPEN },
    { "mailto:post@sogn.no", SK_LINK_OPEN },
    { "steam://run/123", SK_LINK_HANDLER },
    { "ms-excel:ofe|u|https://example.org/a.xlsx", SK_LINK_HANDLER },
    { "javascript:alert(1)", SK_LINK_HANDLER },
    /* Not there: opened, and the desktop says it cannot. */
    { "file:///finst/ikkje/budsjett.pdf", SK_LINK_OPEN },
  };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autofree char *path = g_build_filename (dir, files[i].name, NULL);
      g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);

      g_assert_true (g_file_set_contents (path, files[i].contents, -1, NULL));
      g_assert_cmpint (g_chmod (path, files[i].mode), ==, 0);
      g_test_message ("%s", files[i].name);
      g_assert_cmpint (sk_link_risk (uri, NULL), ==, files[i].risk);
      g_unlink (path);
    }
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_test_message ("%s", links[i].uri);
      g_assert_cmpint (sk_link_risk (links[i].uri, NULL), ==, links[i].risk);
    }
  {
    g_autofree char *uri = g_filename_to_uri (dir, NULL, NULL);

    /* A folder opens in the file manager. */
    g_assert_cmpint (sk_link_risk (uri, NULL), ==, SK_LINK_OPEN);
  }
  g_rmdir (dir);
}

static GPtrArray *launched;

static void
record_launch (GtkWindow  *parent,
               const char *uri)
{
  g_ptr_array_add (launched, g_strdup (uri));
}

/* Waits (at most 5 s) until `count` links were opened. */
static void
wait_launched (guint count)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (launched->len < count && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  drain ();
}

static gboolean
is_open_attachment_button (GtkWidget     *widget,
                           gconstpointer  uri)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (g_object_get_data (G_OBJECT (widget), "sk-uri"), uri) == 0;
}

/* Open on an attachment that is a program (a launcher) asks first, and
 * opens nothing when the answer is Cancel; Open Anyway opens it.  A
 * document's opens at once. */
static void
test_attachment_program_asks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "program.sakskart", NULL);
  g_autofree char *program = g_build_filename (dir, "budsjett.desktop", NULL);
  g_autofree char *document = g_build_filename (dir, "budsjett.pdf", NULL);
  g_autofree char *program_uri = g_filename_to_uri (program, NULL, NULL);
  g_autofree char *document_uri = g_filename_to_uri (document, NULL, NULL);
  const char *heading = "Start the Program “Budsjett 2026”?";
  SkWindow *window = open_example_copy (path);
  g_autoptr(GError) error = NULL;
  SkAgendaItemRow *row;
  AdwMessageDialog *dialog;
  GtkWidget *button;

  launched = g_ptr_array_new_with_free_func (g_free);
  _sk_open_link_set_launcher (record_launch);
  g_assert_true (g_file_set_contents (program, "[Desktop Entry]\nType=Application\nExec=true\n", -1, NULL));
  g_assert_true (g_file_set_contents (document, "%PDF-1.7\n", -1, NULL));
  g_assert_true (sk_edit_add_attachment (history_of (window), project_of (window), MEETING,
                                         item_at (window, 6)->id, "Budsjett 2026", program_uri, &error));
  g_assert_true (sk_edit_add_attachment (history_of (window), project_of (window), MEETING,
                                         item_at (window, 6)->id, "Budsjett (PDF)", document_uri, &error));
  g_assert_no_error (error);
  drain ();
  row = open_row (window, "7. Felles barnevern i Sogn");

  button = find_widget (GTK_WIDGET (row), is_open_attachment_button, program_uri);
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  dialog = wait_for_dialog (heading);
  g_assert_nonnull (dialog);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (dialog), program));
  g_assert_cmpstr (adw_message_dialog_get_default_response (dialog), ==, "cancel");
  adw_message_dialog_response (dialog, "cancel");
  drain ();
  g_assert_cmpuint (launched->len, ==, 0);

  button = find_widget (GTK_WIDGET (row), is_open_attachment_button, program_uri);
  gtk_widget_activate (button);
  dialog = wait_for_dialog (heading);
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "open");
  wait_launched (1);
  g_assert_cmpuint (launched->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (launched, 0), ==, program_uri);

  button = find_widget (GTK_WIDGET (row), is_open_attachment_button, document_uri);
  g_assert_nonnull (button);
  gtk_widget_activate (button);
  wait_launched (2);
  g_assert_cmpuint (launched->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (launched, 1), ==, document_uri);
  g_assert_null (find_toplevel (is_dialog_headed, "Start the Program “Budsjett (PDF)”?"));

  _sk_open_link_set_launcher (NULL);
  g_clear_pointer (&launched, g_ptr_array_unref);
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (program);
  g_unlink (document);
}

/* An attachment closed with its row's switch (a click on it, as on the
 * case's): the item stays open, its rows the same, and the row opens on
 * the basis; undone, the attachment is open again and the item still
 * open. */
static void
test_close_attachment_keeps_open (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "vedlegg.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkAgendaItemRow *row = open_row (window, "7. Felles barnevern i Sogn");
  GtkWidget *closed = find_widget (GTK_WIDGET (row), is_closed_row_titled, "2. Utkast til vertskommuneavtale");
  GtkWidget *toggle;
  SkAttachment *attachment = g_ptr_array_index (item_at (window, 6)->attachments, 1);

  g_assert_nonnull (closed);
  toggle = find_type (closed, GTK_TYPE_SWITCH);
  g_assert_nonnull (toggle);
  g_assert_null (sk_attachment_closed_basis (attachment));
  gtk_widget_activate (toggle);
  drain ();
  g_assert_cmpstr (sk_attachment_closed_basis (attachment), ==, SK_CLOSED_BASIS_DEFAULT);
  g_assert_true (sk_agenda_item_row_is_open (row));
  g_assert_true (item_row_titled (window, "7. Felles barnevern i Sogn") == GTK_WIDGET (row));
  g_assert_true (find_widget (GTK_WIDGET (row), is_closed_row_titled, "2. Utkast til vertskommuneavtale") == closed);
  g_assert_true (gtk_widget_get_mapped (closed));
  g_assert_true (adw_expander_row_get_expanded (ADW_EXPANDER_ROW (closed)));
  g_assert_cmpstr (sk_closed_row_get_basis (SK_CLOSED_ROW (closed)), ==, SK_CLOSED_BASIS_DEFAULT);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_null (sk_attachment_closed_basis (attachment));
  g_assert_true (sk_agenda_item_row_is_open (row));
  g_assert_true (gtk_widget_get_mapped (closed));
  g_assert_null (sk_closed_row_get_basis (SK_CLOSED_ROW (closed)));
  g_assert_false (gtk_switch_get_active (GTK_SWITCH (toggle)));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Whether a row, drawn, shows its line: its drawing made by hand. */
static gboolean
row_draws_line (GtkWidget *row)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;

  GTK_WIDGET_GET_CLASS (row)->snapshot (row, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  gsk_render_node_unref (node);
  return TRUE;
}

/* The rows scrolled out of sight are drawn without their line (GTK's
 * cairo renderer would go through them at every frame); scrolled into
 * sight, with it, and those at the top now out of sight without. */
static void
test_rows_out_of_sight (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "syn.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  GtkWidget *first, *last, *list, *scroller;
  GtkAdjustment *adjustment;

  gtk_window_set_default_size (GTK_WINDOW (window), 900, 420);
  drain ();
  list = gtk_widget_get_ancestor (item_row_titled (window, "7. Felles barnevern i Sogn"), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  first = gtk_widget_get_first_child (list);
  last = gtk_widget_get_last_child (list);
  g_assert_true (SK_IS_AGENDA_ITEM_ROW (first) && SK_IS_AGENDA_ITEM_ROW (last) && last != first);
  scroller = gtk_widget_get_ancestor (list, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, 0);
  drain ();
  /* The agenda is longer than the window. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment), >, gtk_adjustment_get_page_size (adjustment) + 200);
  g_assert_true (row_draws_line (first));
  g_assert_false (row_draws_line (last));

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  drain ();
  g_assert_true (row_draws_line (last));
  g_assert_false (row_draws_line (first));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* A window opened on the agenda before it is first shown (a start) has
 * at its first frame the rows in sight, those below the fold made right
 * after it; an edit then finds every row. */
static guint
count_item_rows (GtkWidget *list)
{
  guint n = 0;

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    n += SK_IS_AGENDA_ITEM_ROW (c);
  return n;
}

typedef struct
{
  SkWindow  *window;
  GtkWidget *list;
  guint      rows;       /* at the first frame */
  gboolean   filled;     /* the rows made reach below the scroller */
  gboolean   focused;    /* something has the focus, as in a window shown whole */
  const char *move;      /* an item moved up at the first frame, or NULL */
} FirstFrame;

/* The agenda's list, shown or not. */
static GtkWidget *
first_list (SkWindow *window)
{
  GtkWidget *row = find_widget (GTK_WIDGET (window), is_of_type, GSIZE_TO_POINTER (SK_TYPE_AGENDA_ITEM_ROW));

  g_assert_nonnull (row);
  return gtk_widget_get_parent (row);
}

static void
first_frame_cb (GdkFrameClock *clock,
                FirstFrame    *ff)
{
  GtkWidget *scroller, *last;
  graphene_point_t end;

  g_signal_handlers_disconnect_by_func (clock, first_frame_cb, ff);
  ff->list = first_list (ff->window);
  scroller = gtk_widget_get_ancestor (ff->list, GTK_TYPE_SCROLLED_WINDOW);
  last = gtk_widget_get_last_child (ff->list);
  ff->rows = count_item_rows (ff->list);
  ff->focused = gtk_root_get_focus (GTK_ROOT (ff->window)) != NULL;
  g_assert_true (gtk_widget_compute_point (last, scroller, &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (last)), &end));
  ff->filled = end.y > gtk_widget_get_height (scroller);
  if (ff->move != NULL)
    gtk_widget_activate_action (gtk_widget_get_ancestor (ff->list, SK_TYPE_AGENDA_VIEW), "agenda.move-item", "(si)",
                                ff->move, -1);
}

static void
first_frame_realize_cb (GtkWidget  *window,
                        FirstFrame *ff)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (first_frame_cb), ff);
}

/* The example at `path`, opened in a window shown after it. */
static SkWindow *
open_then_show (const char *path,
                FirstFrame *ff)
{
  SkWindow *window = open_copy (path, FALSE);

  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (window)));
  /* Before the window is shown, the first row only. */
  g_assert_cmpuint (count_item_rows (first_list (window)), ==, 1);
  ff->window = window;
  g_signal_connect (window, "realize", G_CALLBACK (first_frame_realize_cb), ff);
  gtk_window_present (GTK_WINDOW (window));
  drain ();
  return window;
}

/* Every row in its item's place. */
static void
assert_rows_in_order (GtkWidget *list,
                      SkMeeting *meeting)
{
  g_assert_cmpuint (count_item_rows (list), ==, meeting->items->len);
  for (guint i = 0; i < meeting->items->len; i++)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), i);

      g_assert_true (sk_agenda_item_row_get_item (SK_AGENDA_ITEM_ROW (row)) == g_ptr_array_index (meeting->items, i));
    }
}

static void
test_rows_after_first_frame (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "syn.sakskart", NULL);
  FirstFrame ff = { NULL, NULL, 0, FALSE, FALSE, NULL };
  SkWindow *window = open_then_show (path, &ff);
  SkMeeting *meeting = sk_project_find_meeting (project_of (window), MEETING);
  guint n = meeting->items->len;
  g_autofree char *last_id = g_strdup (((SkItem *) g_ptr_array_index (meeting->items, n - 1))->id);

  /* In sight at the first frame, all of them; not every row. */
  g_assert_cmpuint (n, >, 12);
  g_assert_true (ff.filled);
  g_assert_true (ff.focused);
  g_assert_cmpuint (ff.rows, >, 4);
  g_assert_cmpuint (ff.rows, <, n);
  /* Right after it, every row, in its place, with its line. */
  assert_rows_in_order (first_list (window), meeting);
  g_assert_nonnull (item_row_titled (window, "15. Ymse"));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();

  /* The last item, whose row is not made yet, moved up at the first frame. */
  ff = (FirstFrame) { NULL, NULL, 0, FALSE, FALSE, last_id };
  window = open_then_show (path, &ff);
  meeting = sk_project_find_meeting (project_of (window), MEETING);
  g_assert_cmpuint (ff.rows, <, n);
  g_assert_cmpstr (((SkItem *) g_ptr_array_index (meeting->items, n - 2))->id, ==, last_id);
  assert_rows_in_order (first_list (window), meeting);
  g_assert_nonnull (item_row_titled (window, "14. Ymse"));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* A case text of one word of 200 000 letters (a pasted blob, a hostile
 * file) opens in the editor in a moment: broken into lines within the
 * word, Pango laid it out again for each line, and the window was held
 * for minutes.  (No more is asserted of the time than that.) */
static void
test_long_word_opens (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-edit-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gint64 start;
  double seconds;

  for (guint i = 0; i < 200000; i++)
    g_string_append_c (word, 'a' + i % 26);
  g_assert_true (sk_edit_set_item_field (history_of (window), project_of (window), MEETING, "barnevern",
                                         SK_ITEM_FIELD_BODY, word->str, &error));
  drain ();
  start = g_get_monotonic_time ();
  open_row (window, "7. Felles barnevern i Sogn");
  for (guint i = 0; i < 5; i++)
    drain ();
  seconds = (g_get_monotonic_time () - start) / 1e6;
  g_test_message ("opened in %.2f s", seconds);
  g_assert_cmpfloat (seconds, <, 30);
  g_assert_cmpstr (item_at (window, 6)->body, ==, word->str);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/agenda-edit/title-one-step", test_title_one_step);
  g_test_add_func ("/agenda-edit/editor-stays-open", test_editor_stays_open);
  g_test_add_func ("/agenda-edit/close-case-keeps-open", test_close_case_keeps_open);
  g_test_add_func ("/agenda-edit/close-attachment-keeps-open", test_close_attachment_keeps_open);
  g_test_add_func ("/agenda-edit/attachment-tooltip-names-target", test_attachment_tooltip_names_target);
  g_test_add_func ("/agenda-edit/link-risk", test_link_risk);
  g_test_add_func ("/agenda-edit/attachment-program-asks", test_attachment_program_asks);
  g_test_add_func ("/agenda-edit/rows-out-of-sight", test_rows_out_of_sight);
  g_test_add_func ("/agenda-edit/rows-after-first-frame", test_rows_after_first_frame);
  g_test_add_func ("/agenda-edit/long-word-opens", test_long_word_opens);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("LANGUAGE", "en", TRUE);
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
