/* test-board-props.c — the Board page of the project's properties, driven
 * as a user would: the written language, a body's name (renamed with its
 * meetings), case number patterns and language, members with personal
 * deputies, numbered deputies, a new body, and removing them or being
 * told why not; each change one step of undo, and in the saved file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "sk-board-page.h"
#include "sk-board.h"
#include "sk-document.h"
#include "sk-properties.h"
#include "sk-record.h"
#include "ui-util.h"

static SkApplication *app;
static char *example;

static void
settle (void)
{
  for (int i = 0; i < 20; i++)
    {
      g_usleep (10000);
      g_main_context_iteration (NULL, FALSE);
    }
  drain ();
}

/* The example, copied to `path`, in a window of its own. */
static SkWindow *
open_example_copy (const char *path)
{
  g_autofree char *contents = NULL;
  SkWindow *window;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = ui_window_open_loaded (app, path, 0, 0);
  drain ();
  return window;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static GtkWidget *
row_titled (GtkWidget  *root,
            const char *title)
{
  GtkWidget *row = find_widget (root, is_row_titled, title);

  g_assert_nonnull (row);
  return row;
}

static gboolean
is_group_titled (GtkWidget     *widget,
                 gconstpointer  title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

/* A button with this tooltip (its accessible name, too). */
static gboolean
is_button_named (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) == 0;
}

static GtkWidget *
button_named (GtkWidget  *root,
              const char *text)
{
  GtkWidget *button = find_widget (root, is_button_named, text);

  g_assert_nonnull (button);
  return button;
}

static void
press_button (GtkWidget  *root,
              const char *label)
{
  GtkWidget *found = find_widget (root, is_button_labelled, label);

  g_assert_nonnull (found);
  g_assert_true (gtk_widget_get_realized (found));
  gtk_widget_activate (found);
}

/* The dialog, with what it does as it is shown done. */
static AdwMessageDialog *
wait_for_dialog_drained (const char *heading)
{
  AdwMessageDialog *dialog = wait_for_dialog (heading);

  drain ();
  return dialog;
}

/* The entries of a dialog, in their order. */
static GPtrArray *
entries_of (GtkWidget *root,
            GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_ENTRY (child))
      g_ptr_array_add (found, child);
    else
      entries_of (child, found);
  return found;
}

/* A pressed button is clicked once it has shown itself pressed (a
 * quarter of a second): the dialog goes then. */
static void
wait_until_gone (AdwMessageDialog *dialog)
{
  const char *heading = adw_message_dialog_get_heading (dialog);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (find_toplevel (is_dialog_headed, heading) != NULL && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_null (find_toplevel (is_dialog_headed, heading));
  settle ();
}

static SkBody *
styret (SkWindow *window)
{
  return sk_project_get_body (sk_window_get_project (window), "styret");
}

static void
undo (SkWindow *window)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  settle ();
}

/* Project Properties on the example: the Board page edits the board's
 * record, each change one step of undo, and what it made is saved. */
static void
test_board_page (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-board-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  SkWindow *window = open_example_copy (path);
  SkProject *project = sk_window_get_project (window);
  GtkWidget *properties, *page, *row, *pattern, *name;
  AdwMessageDialog *dialog;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *example_title = g_strdup_printf ("Example: PS 12/%d", g_date_time_get_year (now));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.properties", NULL));
  settle ();
  properties = find_toplevel (is_of_type, GSIZE_TO_POINTER (SK_TYPE_PROPERTIES));
  g_assert_nonnull (properties);
  page = find_widget (properties, is_of_type, GSIZE_TO_POINTER (SK_TYPE_BOARD_PAGE));
  g_assert_nonnull (page);
  adw_preferences_window_set_visible_page (ADW_PREFERENCES_WINDOW (properties), ADW_PREFERENCES_PAGE (page));
  settle ();

  /* The written language of documents; the body keeps its own. */
  g_assert_cmpstr (sk_project_document_language (project, NULL), ==, "nn");
  row = row_titled (page, "_Written language of documents");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 3);
  g_assert_cmpstr (sk_project_document_language (project, NULL), ==, "en");
  g_assert_cmpstr (sk_project_document_language (project, "Styret i Sogn KO"), ==, "nn");
  /* Ctrl+Z in the properties undoes in the project, as in its window. */
  g_assert_true (press_shortcut (properties, "<Control>z"));
  settle ();
  g_assert_cmpstr (sk_project_document_language (project, NULL), ==, "nn");
  g_assert_true (press_shortcut (properties, "<Control><Shift>z"));
  settle ();
  g_assert_cmpstr (sk_project_document_language (project, NULL), ==, "en");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 3);
  undo (window);
  g_assert_cmpstr (sk_project_document_language (project, NULL), ==, "nn");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 2);
  g_assert_cmpstr (sk_project_document_language (project, NULL), ==, "nb");

  /* The body's language: as the project. */
  row = row_titled (page, "Written _language");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 1);
  adw_combo_row_set_selected (ADW_COMBO_ROW (row), 0);
  g_assert_cmpstr (sk_project_document_language (project, "Styret i Sogn KO"), ==, "nb");

  /* "As the project" says which language that is now. */
  {
    GListModel *choices = adw_combo_row_get_model (ADW_COMBO_ROW (row));

    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "As the project (Bokmål)");
    adw_combo_row_set_selected (ADW_COMBO_ROW (row_titled (page, "_Written language of documents")), 3);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "As the project (English)");
    g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (row)), ==, 0);
    undo (window);
    g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (choices), 0), ==, "As the project (Bokmål)");
  }

  /* The name, renamed with its meetings in one step, although their
   * record names its members. */
  name = row_titled (page, "Name");
  g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (name)));
  g_assert_nonnull (find_label (page, "7 meetings give this name as their body; renamed, they follow."));
  gtk_editable_set_text (GTK_EDITABLE (name), "Styret");
  g_signal_emit_by_name (name, "apply");
  settle ();
  g_assert_cmpstr (sk_project_find_meeting (project, "styret-2025-11-03")->body, ==, "Styret");
  g_assert_cmpstr (sk_project_find_meeting (project, "styret-2026-11-24")->body, ==, "Styret");
  g_assert_nonnull (find_widget (page, is_group_titled, "Styret"));
  /* Not to the name of another body */
  g_signal_emit_by_name (button_named (page, "Add a Body…"), "clicked");
  dialog = wait_for_dialog_drained ("Add a Body");
  press_button (GTK_WIDGET (dialog), "_Add");
  wait_until_gone (dialog);
  gtk_editable_set_text (GTK_EDITABLE (name), "Sognatinget");
  g_signal_emit_by_name (name, "apply");
  settle ();
  g_assert_nonnull (find_label (properties, "Two bodies are called “Sognatinget”"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Styret");
  g_assert_cmpstr (sk_project_find_meeting (project, "styret-2025-11-03")->body, ==, "Styret");
  undo (window);
  undo (window);
  g_assert_cmpstr (sk_project_find_meeting (project, "styret-2025-11-03")->body, ==, "Styret i Sogn KO");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), ==, "Styret i Sogn KO");
  g_assert_nonnull (find_widget (page, is_group_titled, "Styret i Sogn KO"));
  /* A body its meetings give cannot go; the reason is told. */
  g_signal_emit_by_name (button_named (find_widget (page, is_group_titled, "Styret i Sogn KO"), "Remove the Body"),
                         "clicked");
  settle ();
  g_assert_nonnull (find_label (properties, "The meeting “styret-2025-11-03” is a meeting of “Styret i Sogn KO”"));
  g_assert_nonnull (find_widget (page, is_group_titled, "Styret i Sogn KO"));

  /* The case number pattern: its example as it is typed; one without
   * {n} is refused with the reason, in the error style. */
  pattern = row_titled (page, "Case number pattern");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pattern)), ==, "Sak {n}/{yy}");
  gtk_editable_set_text (GTK_EDITABLE (pattern), "PS {n}/{yyyy}");
  g_assert_nonnull (find_widget (page, is_row_titled, example_title));
  g_assert_false (gtk_widget_has_css_class (pattern, "error"));
  g_signal_emit_by_name (pattern, "apply");
  settle ();
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_cmpstr (body->pattern, ==, "PS {n}/{yyyy}");
  }
  gtk_editable_set_text (GTK_EDITABLE (pattern), "Sak 12");
  g_assert_true (gtk_widget_has_css_class (pattern, "error"));
  g_assert_nonnull (find_widget (page, is_row_titled, "The pattern needs {n}, the case’s number, such as “PS {n}/{yyyy}”"));
  /* No apply button offers it; Enter says why it is refused. */
  g_assert_false (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (pattern)));
  g_signal_emit_by_name (pattern, "entry-activated");
  settle ();
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_cmpstr (body->pattern, ==, "PS {n}/{yyyy}");
  }
  gtk_editable_set_text (GTK_EDITABLE (pattern), "PS {n}/{yyyy}");
  g_assert_false (gtk_widget_has_css_class (pattern, "error"));
  g_assert_true (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (pattern)));
  /* Its example as it is, "&" and "<" too (read as markup, the row was
   * blank, with GTK's warning) */
  {
    g_autofree char *amp = g_strdup_printf ("Example: PS & <12>/%d", g_date_time_get_year (now));

    gtk_editable_set_text (GTK_EDITABLE (pattern), "PS & <{n}>/{yyyy}");
    g_assert_false (gtk_widget_has_css_class (pattern, "error"));
    g_assert_nonnull (find_widget (page, is_row_titled, amp));
    g_assert_nonnull (find_label (page, amp));
    gtk_editable_set_text (GTK_EDITABLE (pattern), "PS {n}/{yyyy}");
  }

  /* The orientation cases' own series: the same checks and example;
   * empty, the same series. */
  {
    GtkWidget *orientation = row_titled (page, "_Orientation cases numbered apart");
    g_autofree char *os_example = g_strdup_printf ("Example: OS 12/%02d", g_date_time_get_year (now) % 100);

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (orientation)), ==, "");
    g_assert_nonnull (find_widget (page, is_row_titled, "Orientation cases are numbered with the other cases"));
    gtk_editable_set_text (GTK_EDITABLE (orientation), "OS/{yy}");
    g_assert_true (gtk_widget_has_css_class (orientation, "error"));
    g_assert_false (adw_entry_row_get_show_apply_button (ADW_ENTRY_ROW (orientation)));
    g_signal_emit_by_name (orientation, "entry-activated");
    settle ();
    {
      g_autoptr(SkBody) body = styret (window);

      g_assert_null (body->orientation_pattern);
    }
    gtk_editable_set_text (GTK_EDITABLE (orientation), "OS {n}/{yy}");
    g_assert_false (gtk_widget_has_css_class (orientation, "error"));
    g_assert_nonnull (find_widget (page, is_row_titled, os_example));
    g_signal_emit_by_name (orientation, "apply");
    settle ();
    {
      g_autoptr(SkBody) body = styret (window);

      g_assert_cmpstr (body->orientation_pattern, ==, "OS {n}/{yy}");
      g_assert_cmpstr (body->pattern, ==, "PS {n}/{yyyy}");
    }
    /* Emptied: one series again; undone, its own */
    gtk_editable_set_text (GTK_EDITABLE (orientation), "");
    g_signal_emit_by_name (orientation, "apply");
    settle ();
    {
      g_autoptr(SkBody) body = styret (window);

      g_assert_null (body->orientation_pattern);
    }
    undo (window);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (orientation)), ==, "OS {n}/{yy}");
  }

  /* A pattern being typed stays through the other changes. */
  gtk_editable_set_text (GTK_EDITABLE (pattern), "PS {n}-{yy}");

  /* A member with a personal deputy, in one step; Enter adds. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_titled (page, "Members")), TRUE);
  settle ();
  gtk_widget_activate (row_titled (page, "Add _Member…"));
  dialog = wait_for_dialog_drained ("Add a Member");
  {
    g_autoptr(GPtrArray) entries = entries_of (GTK_WIDGET (dialog), g_ptr_array_new ());
    GtkWidget *grid = gtk_widget_get_parent (entries->pdata[0]);
    GtkWidget *role = gtk_grid_get_child_at (GTK_GRID (grid), 1, 1);
    GtkWidget *municipality = gtk_grid_get_child_at (GTK_GRID (grid), 1, 2);

    g_assert_cmpuint (entries->len, ==, 2);
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "Kari Nes");
    g_assert_true (adw_message_dialog_get_response_enabled (dialog, "save"));
    /* A member by default; the municipality: Vik. */
    g_assert_true (GTK_IS_DROP_DOWN (role));
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (role)), ==, SK_ROLE_MEMBER);
    g_assert_true (GTK_IS_DROP_DOWN (municipality));
    g_assert_cmpuint (gtk_drop_down_get_selected (GTK_DROP_DOWN (municipality)), ==, 0);
    gtk_drop_down_set_selected (GTK_DROP_DOWN (municipality), 5);
    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "Ola Vik");
    /* Enter in the text, as its key binding does. */
    g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (entries->pdata[1])), "activate");
  }
  wait_until_gone (dialog);
  {
    g_autoptr(SkBody) body = styret (window);
    const SkMember *kari = sk_body_find_member (body, "kari-nes");
    SkDeputy *deputy;

    g_assert_nonnull (kari);
    g_assert_cmpstr (kari->name, ==, "Kari Nes");
    g_assert_cmpint (kari->role, ==, SK_ROLE_MEMBER);
    g_assert_cmpstr (kari->municipality, ==, "vik");
    g_assert_cmpuint (kari->deputies->len, ==, 1);
    deputy = g_ptr_array_index (kari->deputies, 0);
    g_assert_cmpstr (deputy->name, ==, "Ola Vik");
    g_assert_cmpstr (deputy->municipality, ==, "vik");
  }
  g_assert_nonnull (find_widget (page, is_row_titled, "Kari Nes"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row_titled (page, "Kari Nes"))), ==,
                   "Member · Vik · Deputy: Ola Vik");
  /* The member and the deputy went as one step. */
  undo (window);
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_null (sk_body_find_member (body, "kari-nes"));
    g_assert_false (sk_body_has_deputy (body, "ola-vik"));
    g_assert_cmpstr (body->pattern, ==, "PS {n}/{yyyy}");
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  settle ();
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_nonnull (sk_body_find_member (body, "kari-nes"));
    g_assert_true (sk_body_has_deputy (body, "ola-vik"));
  }
  /* What was being typed in the pattern is still there. */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (pattern)), ==, "PS {n}-{yy}");
  gtk_editable_set_text (GTK_EDITABLE (pattern), "PS {n}/{yyyy}");

  /* Editing the member: a second personal deputy. */
  g_signal_emit_by_name (button_named (page, "Edit Kari Nes"), "clicked");
  dialog = wait_for_dialog_drained ("Edit the Member");
  {
    g_autoptr(GPtrArray) entries = entries_of (GTK_WIDGET (dialog), g_ptr_array_new ());

    g_assert_cmpuint (entries->len, ==, 3);
    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries->pdata[1])), ==, "Ola Vik");
    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[2]), "Siri Vik");
    press_button (GTK_WIDGET (dialog), "_Save");
  }
  wait_until_gone (dialog);
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_cmpuint (sk_body_find_member (body, "kari-nes")->deputies->len, ==, 2);
    g_assert_cmpstr (sk_body_person_name (body, "siri-vik"), ==, "Siri Vik");
  }
  /* The member as it was is no step: one undo takes the deputy only. */
  undo (window);
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_cmpuint (sk_body_find_member (body, "kari-nes")->deputies->len, ==, 1);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  settle ();
  /* A personal deputy's name emptied removes the deputy, in one step. */
  g_signal_emit_by_name (button_named (page, "Edit Kari Nes"), "clicked");
  dialog = wait_for_dialog_drained ("Edit the Member");
  {
    g_autoptr(GPtrArray) entries = entries_of (GTK_WIDGET (dialog), g_ptr_array_new ());

    g_assert_cmpuint (entries->len, ==, 4);
    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[2]), "");
    press_button (GTK_WIDGET (dialog), "_Save");
  }
  wait_until_gone (dialog);
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_cmpuint (sk_body_find_member (body, "kari-nes")->deputies->len, ==, 1);
    g_assert_false (sk_body_has_deputy (body, "siri-vik"));
  }
  undo (window);
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_true (sk_body_has_deputy (body, "siri-vik"));
  }
  /* Not one the record names: Vara Vik attended for Vik. */
  g_signal_emit_by_name (button_named (page, "Edit Styremedlem Vik"), "clicked");
  dialog = wait_for_dialog_drained ("Edit the Member");
  {
    g_autoptr(GPtrArray) entries = entries_of (GTK_WIDGET (dialog), g_ptr_array_new ());

    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[1]), "");
    press_button (GTK_WIDGET (dialog), "_Save");
  }
  wait_until_gone (dialog);
  g_assert_nonnull (find_label (properties, "The record of the meeting “styret-2025-11-03” names “vara-vik”"));
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_true (sk_body_has_deputy (body, "vara-vik"));
  }

  /* Saved unchanged, it is no step at all. */
  {
    SkHistory *history = sk_document_get_history (sk_document_from_project (project));
    guint steps = sk_history_get_n_steps (history);

    g_signal_emit_by_name (button_named (page, "Edit Kari Nes"), "clicked");
    dialog = wait_for_dialog_drained ("Edit the Member");
    press_button (GTK_WIDGET (dialog), "_Save");
    wait_until_gone (dialog);
    g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps);
  }

  /* A member the record of a meeting names stays, with the reason. */
  g_signal_emit_by_name (button_named (page, "Remove Styremedlem Aurland"), "clicked");
  settle ();
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_nonnull (sk_body_find_member (body, "aurland"));
  }
  g_assert_nonnull (find_label (properties, "The record of the meeting “styret-2025-11-03” names “aurland”"));
  /* One it does not name goes, with Undo. */
  g_signal_emit_by_name (button_named (page, "Remove Kari Nes"), "clicked");
  settle ();
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_null (sk_body_find_member (body, "kari-nes"));
  }
  g_assert_nonnull (find_label (properties, "“Kari Nes” was removed"));
  g_assert_null (find_widget (page, is_row_titled, "Kari Nes"));
  undo (window);
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_nonnull (sk_body_find_member (body, "kari-nes"));
  }
  g_assert_nonnull (find_widget (page, is_row_titled, "Kari Nes"));

  /* A numbered deputy after the one there is. */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (row_titled (page, "Numbered deputies")), TRUE);
  settle ();
  gtk_widget_activate (row_titled (page, "Add Numbered _Deputy…"));
  dialog = wait_for_dialog_drained ("Add a Numbered Deputy");
  {
    g_autoptr(GPtrArray) entries = entries_of (GTK_WIDGET (dialog), g_ptr_array_new ());

    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "Per Li");
    press_button (GTK_WIDGET (dialog), "_Add");
  }
  wait_until_gone (dialog);
  {
    g_autoptr(SkBody) body = styret (window);

    g_assert_cmpuint (body->deputies->len, ==, 2);
    g_assert_cmpstr (((SkDeputy *) g_ptr_array_index (body->deputies, 1))->name, ==, "Per Li");
  }
  g_assert_nonnull (find_widget (page, is_row_titled, "2. Per Li"));
  /* A numbered deputy goes, with Undo; one the record names stays. */
  g_signal_emit_by_name (button_named (page, "Remove Per Li"), "clicked");
  settle ();
  g_assert_null (find_widget (page, is_row_titled, "2. Per Li"));
  g_assert_nonnull (find_label (properties, "“Per Li” was removed"));
  undo (window);
  g_assert_nonnull (find_widget (page, is_row_titled, "2. Per Li"));
  g_signal_emit_by_name (button_named (page, "Remove 1. vara for dei tilsette"), "clicked");
  settle ();
  g_assert_nonnull (find_label (properties, "The record of the meeting “styret-2025-11-03” names “vara-tilsette-1”"));
  g_assert_nonnull (find_widget (page, is_row_titled, "1. 1. vara for dei tilsette"));

  /* A body its meetings name, offered by the dialog; gone again by undo. */
  g_signal_emit_by_name (button_named (page, "Add a Body…"), "clicked");
  dialog = wait_for_dialog_drained ("Add a Body");
  {
    g_autoptr(GPtrArray) entries = entries_of (GTK_WIDGET (dialog), g_ptr_array_new ());

    g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entries->pdata[0])), ==, "Sognatinget");
    /* Not a second body of the same name. */
    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "Styret i Sogn KO");
    g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "Sognatinget");
    press_button (GTK_WIDGET (dialog), "_Add");
  }
  wait_until_gone (dialog);
  {
    g_autoptr(SkBody) body = sk_project_get_body (project, "Sognatinget");

    g_assert_nonnull (body);
    g_assert_cmpstr (body->id, ==, "sognatinget");
  }
  undo (window);
  {
    g_autoptr(SkBody) body = sk_project_get_body (project, "Sognatinget");

    g_assert_null (body);
  }
  /* A body that no meeting names yet can be renamed. */
  g_signal_emit_by_name (button_named (page, "Add a Body…"), "clicked");
  dialog = wait_for_dialog_drained ("Add a Body");
  {
    g_autoptr(GPtrArray) entries = entries_of (GTK_WIDGET (dialog), g_ptr_array_new ());

    gtk_editable_set_text (GTK_EDITABLE (entries->pdata[0]), "Kontrollutvalet");
    press_button (GTK_WIDGET (dialog), "_Add");
  }
  wait_until_gone (dialog);
  {
    GtkWidget *group = find_widget (page, is_group_titled, "Kontrollutvalet");
    g_autoptr(SkBody) body = NULL;

    g_assert_nonnull (group);
    name = row_titled (group, "Name");
    g_assert_true (gtk_editable_get_editable (GTK_EDITABLE (name)));
    gtk_editable_set_text (GTK_EDITABLE (name), "Kontrollutvalet i Sogn");
    g_signal_emit_by_name (name, "apply");
    settle ();
    body = sk_project_get_body (project, "kontrollutvalet");
    g_assert_cmpstr (body->name, ==, "Kontrollutvalet i Sogn");
    g_assert_true (group == find_widget (page, is_group_titled, "Kontrollutvalet i Sogn"));
    /* No meeting gives it: it goes, with Undo */
    g_signal_emit_by_name (button_named (group, "Remove the Body"), "clicked");
    settle ();
    g_assert_null (find_widget (page, is_group_titled, "Kontrollutvalet i Sogn"));
    g_assert_nonnull (find_label (properties, "“Kontrollutvalet i Sogn” was removed"));
    g_clear_pointer (&body, sk_body_free);
    body = sk_project_get_body (project, "kontrollutvalet");
    g_assert_null (body);
  }
  undo (window);
  g_assert_nonnull (find_widget (page, is_group_titled, "Kontrollutvalet i Sogn"));
  undo (window);
  undo (window);
  g_assert_null (find_widget (page, is_group_titled, "Kontrollutvalet"));
  {
    g_autoptr(SkBody) body = sk_project_get_body (project, "kontrollutvalet");

    g_assert_null (body);
  }
  gtk_window_close (GTK_WINDOW (properties));
  settle ();

  /* What the page made is in the saved file. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  /* The save runs in a thread: until the file has it. */
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
    gboolean saved = FALSE;

    while (!saved && g_get_monotonic_time () < deadline)
      {
        g_autofree char *text = NULL;

        g_main_context_iteration (NULL, FALSE);
        g_usleep (10000);
        saved = g_file_get_contents (path, &text, NULL, NULL) && strstr (text, "\"kari-nes\"") != NULL;
      }
    g_assert_true (saved);
  }
  settle ();
  {
    g_autoptr(JsonParser) parser = json_parser_new ();
    g_autoptr(GError) error = NULL;
    JsonObject *root, *body, *kari = NULL;
    JsonArray *members;

    g_assert_true (json_parser_load_from_file (parser, path, &error));
    g_assert_no_error (error);
    root = json_node_get_object (json_parser_get_root (parser));
    g_assert_cmpstr (json_object_get_string_member (root, "language"), ==, "nb");
    body = json_array_get_object_element (json_object_get_array_member (root, "bodies"), 0);
    g_assert_cmpstr (json_object_get_string_member (body, "case_number_pattern"), ==, "PS {n}/{yyyy}");
    g_assert_cmpstr (json_object_get_string_member (body, "orientation_pattern"), ==, "OS {n}/{yy}");
    g_assert_false (json_object_has_member (body, "language"));
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "bodies")), ==, 1);
    members = json_object_get_array_member (body, "members");
    for (guint i = 0; i < json_array_get_length (members); i++)
      if (g_strcmp0 (json_object_get_string_member (json_array_get_object_element (members, i), "id"), "kari-nes") == 0)
        kari = json_array_get_object_element (members, i);
    g_assert_nonnull (kari);
    g_assert_cmpstr (json_object_get_string_member (kari, "municipality"), ==, "vik");
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (kari, "deputies")), ==, 2);
    g_assert_cmpuint (json_array_get_length (json_object_get_array_member (body, "deputies")), ==, 2);
  }
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  g_unlink (path);
  g_rmdir (dir);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/board-props/board-page", test_board_page);
}

int
main (int    argc,
      char **argv)
{
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
