/* test-agenda-record.c — the board's formal record in the agenda view:
 * marking the papers as sent gives case numbers that stay through a
 * reorder and go with an undo; a case closed to the public shows a lock
 * and is left out of the public board pack; the documents exported from
 * the window are the board's, in its written language (Nynorsk) on an
 * English desktop; the minutes' approval chosen in its dialog is at
 * their end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "sk-agenda-view.h"
#include "sk-approval-dialog.h"
#include "sk-closed-row.h"
#include "sk-doc-language.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-edit-record.h"
#include "sk-format.h"
#include "sk-record.h"
#include "sk-timeline-view.h"
#include "test-util.h"
#include "ui-util.h"

#define MEETING "styret-2025-11-03"

static SkApplication *app;
static char *example;

static void
load_failed_cb (SkWindow   *window,
                const char *message,
                gpointer    user_data)
{
  g_error ("The example could not be opened: %s", message);
}

/* The example without its papers sent and case numbers, at `path`, open
 * in a window. */
static SkWindow *
open_unsent_example (const char *path)
{
  /* The members as the file writes them, one to a line */
  const char *patterns[][2] = {
    { "\"papers_sent\": \"[0-9-]+\",\\s*", "" },
    { "\"case_number\": [0-9]+,\\s*", "" },
    { ",\\s*\"case_number\": [0-9]+", "" },
    { ",\\s*\"closed_basis\": \"[^\"]*\"", "" },
  };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  SkWindow *window;
  gboolean loaded = FALSE;
  gint64 deadline;
  gulong id;

  g_assert_true (g_file_get_contents (example, &text, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    {
      g_autoptr(GRegex) regex = g_regex_new (patterns[i][0], 0, 0, NULL);
      char *changed = g_regex_replace (regex, text, -1, 0, patterns[i][1], 0, NULL);

      g_assert_nonnull (changed);
      g_assert_cmpstr (changed, !=, text);
      g_free (text);
      text = changed;
    }
  g_assert_null (strstr (text, "\"case_number\""));
  g_assert_true (g_file_set_contents (path, text, -1, NULL));

  window = sk_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 1366, 768);
  gtk_window_present (GTK_WINDOW (window));
  id = g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  g_signal_connect (window, "load-failed", G_CALLBACK (load_failed_cb), NULL);
  sk_window_open_file (window, file, FALSE);
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!loaded && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (loaded);
  g_signal_handler_disconnect (window, id);
  drain ();
  return window;
}

static SkMeeting *
meeting_of (SkWindow *window)
{
  return sk_project_find_meeting (sk_window_get_project (window), MEETING);
}

static SkItem *
item_at (SkWindow *window,
         guint     i)
{
  return g_ptr_array_index (meeting_of (window)->items, i);
}

static GtkWidget *
agenda_view (SkWindow *window)
{
  GtkWidget *view = find_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW);

  g_assert_nonnull (view);
  return view;
}

static gboolean
is_shown_of (GtkWidget     *widget,
             gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type)) && gtk_widget_get_visible (widget);
}

static gboolean
is_label_containing (GtkWidget     *widget,
                     gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL;
}

static gboolean
is_lock (GtkWidget     *widget,
         gconstpointer  data)
{
  return GTK_IS_IMAGE (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_image_get_icon_name (GTK_IMAGE (widget)), "changes-prevent-symbolic") == 0;
}

/* The header line of an agenda row: its title, marks and arrow. */
static GtkWidget *
row_line (GtkWidget *row)
{
  return gtk_widget_get_first_child (gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (row)));
}

/* "Mark the Papers as Sent…" from the meeting's menu, answered with
 * `date` as typed; the date it offered is returned. */
static char *
mark_papers_sent (SkWindow   *window,
                  const char *date)
{
  GtkWidget *dialog, *entry;
  char *offered;

  gtk_widget_activate_action (agenda_view (window), "meeting.mark-papers-sent", NULL);
  drain ();
  dialog = find_toplevel (is_shown_of, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  entry = find_widget (dialog, is_shown_of, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
  g_assert_nonnull (entry);
  offered = g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry)));
  gtk_editable_set_text (GTK_EDITABLE (entry), date);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "mark");
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();
  return offered;
}

/* The case number label in the header of the row titled `title`. */
static const char *
row_case_number (SkWindow   *window,
                 const char *title)
{
  GtkWidget *line = row_line (item_row_titled (window, title));
  GtkWidget *label = find_widget (line, is_label_containing, "Sak ");

  return label ? gtk_label_get_text (GTK_LABEL (label)) : NULL;
}

/* Papers sent: every item gets its number, in agenda order; a reorder
 * keeps them; undo takes the move and then the numbers back. */
static void
test_papers_sent_numbers (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "papirer.sakskart", NULL);
  SkWindow *window = open_unsent_example (path);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *today_shown = sk_format_date_short (today);
  g_autofree char *offered = NULL;
  GtkWidget *row;

  g_assert_null (row_case_number (window, "1. Opning v/styreleiar"));
  g_assert_null (find_widget (GTK_WIDGET (window), is_label_containing, "Papers sent"));

  offered = mark_papers_sent (window, "27.10.2025");
  /* It offered today */
  g_assert_cmpstr (offered, ==, today_shown);
  g_assert_cmpstr (sk_meeting_get_papers_sent (meeting_of (window)), ==, "2025-10-27");
  g_assert_cmpstr (row_case_number (window, "1. Opning v/styreleiar"), ==, "Sak 1/25");
  g_assert_cmpstr (row_case_number (window, "7. Felles barnevern i Sogn"), ==, "Sak 7/25");
  g_assert_cmpstr (row_case_number (window, "15. Ymse"), ==, "Sak 15/25");
  /* The meeting says when */
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_label_containing, "Papers sent 27 October 2025"));

  /* Moved down, the first item keeps its number. */
  row = item_row_titled (window, "1. Opning v/styreleiar");
  gtk_widget_grab_focus (row);
  press_alt (row, GDK_KEY_Down);
  drain ();
  g_assert_cmpstr (item_at (window, 1)->id, ==, "opning");
  g_assert_cmpstr (row_case_number (window, "2. Opning v/styreleiar"), ==, "Sak 1/25");
  g_assert_cmpstr (row_case_number (window, "1. Godkjenning av innkalling og sakliste"), ==, "Sak 2/25");

  /* Undo the move, then the papers. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (item_at (window, 0)->id, ==, "opning");
  g_assert_cmpstr (row_case_number (window, "1. Opning v/styreleiar"), ==, "Sak 1/25");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_null (sk_meeting_get_papers_sent (meeting_of (window)));
  g_assert_null (row_case_number (window, "1. Opning v/styreleiar"));
  g_assert_null (row_case_number (window, "7. Felles barnevern i Sogn"));
  g_assert_null (find_widget (GTK_WIDGET (window), is_label_containing, "Sak 1/25"));
  g_assert_null (find_widget (GTK_WIDGET (window), is_label_containing, "Papers sent"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* The file chooser GtkFileChooserNative shows without a portal. */
static gboolean
is_shown_file_chooser (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_FILE_CHOOSER_DIALOG (widget) && gtk_widget_get_visible (widget);
}

/* Runs the action, saves where the chooser asks to `dir`, under the name
 * it offers (returned in `name`), and returns the document's text. */
static char *
export_text (SkWindow    *window,
             GtkWidget   *view,
             const char  *action,
             GVariant    *parameter,
             const char  *dir,
             gboolean     check_toast,
             char       **name)
{
  GtkFileChooser *chooser;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autofree char *toast = NULL;
  gint64 deadline;
  char *text;

  gtk_widget_activate_action_variant (view ? view : agenda_view (window), action, parameter);
  drain ();
  chooser = GTK_FILE_CHOOSER (find_toplevel (is_shown_file_chooser, NULL));
  g_assert_nonnull (chooser);
  *name = gtk_file_chooser_get_current_name (chooser);
  g_assert_true (g_str_has_suffix (*name, ".pdf"));
  path = g_build_filename (dir, *name, NULL);
  file = g_file_new_for_path (path);
  {
    g_autoptr(GFile) folder = g_file_new_for_path (dir);

    g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  }
  gtk_file_chooser_set_current_name (chooser, *name);
  deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  for (;;)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (chooser);

      if ((chosen != NULL && g_file_equal (chosen, file)) || g_get_monotonic_time () > deadline)
        break;
      g_main_context_iteration (NULL, TRUE);
    }
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  /* The chooser looks at the folder before it answers. */
  deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
  while (!g_file_test (path, G_FILE_TEST_IS_REGULAR) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, FALSE);
  drain ();
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  /* The toast names the file, once the toasts before it have gone */
  toast = g_strdup_printf ("Exported “%s”", *name);
  if (check_toast)
    g_assert_nonnull (find_widget (GTK_WIDGET (window), is_label_containing, toast));
  text = test_pdf_text (path);
  g_unlink (path);
  return text;
}

static const char *const english_words[] = {
  "Notice and agenda", "Minutes", "Extract of the minutes", "Proposal", "page 1 of",
  "Attachments", "Exempt from public access", "Decision", "November", NULL,
};

static void
assert_no_english (const char *text,
                   const char *what)
{
  for (guint w = 0; english_words[w]; w++)
    if (strstr (text, english_words[w]) != NULL)
      g_error ("“%s” in the %s exported from an English window", english_words[w], what);
}

static guint count_unnamed_icon_buttons (GtkWidget *root);

/* In an entry row, the menu buttons we put there (its own apply button
 * is libadwaita's). */
static guint
count_unnamed_suffixes (GtkWidget *row)
{
  GtkWidget *button = find_widget (row, is_shown_of, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));

  return button != NULL && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL);
}

/* Icon-only buttons below `root` (shown) without a name for a screen
 * reader, counted. */
static guint
count_unnamed_icon_buttons (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      gboolean icon_only = (GTK_IS_BUTTON (child) && GTK_IS_IMAGE (gtk_button_get_child (GTK_BUTTON (child)))) ||
                           (GTK_IS_MENU_BUTTON (child) && gtk_menu_button_get_label (GTK_MENU_BUTTON (child)) == NULL);

      if (!gtk_widget_get_mapped (child))
        continue;
      if (icon_only && !gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL))
        {
          g_printerr ("# unnamed: %s (%s)\n", G_OBJECT_TYPE_NAME (child), gtk_widget_get_tooltip_text (child));
          n++;
        }
      /* Not into what GTK and libadwaita name themselves */
      if (!GTK_IS_MENU_BUTTON (child) && !ADW_IS_ENTRY_ROW (child) && !GTK_IS_SPIN_BUTTON (child) &&
          !GTK_IS_DROP_DOWN (child))
        n += count_unnamed_icon_buttons (child);
      else if (ADW_IS_ENTRY_ROW (child))
        n += count_unnamed_suffixes (child);
    }
  return n;
}

/* The target of the entry labelled `label` in `model` or its sections
 * and submenus, or NULL. */
static char *
menu_target (GMenuModel *model,
             const char *label)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *text = NULL;
      g_autoptr(GMenuLinkIter) links = NULL;

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_LABEL, "s", &text) &&
          g_strcmp0 (text, label) == 0)
        {
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (model, i, G_MENU_ATTRIBUTE_TARGET,
                                                                              G_VARIANT_TYPE_STRING);

          return target ? g_variant_dup_string (target, NULL) : g_strdup ("");
        }
      links = g_menu_model_iterate_item_links (model, i);
      while (g_menu_link_iter_next (links))
        {
          g_autoptr(GMenuModel) link = g_menu_link_iter_get_value (links);
          char *found = menu_target (link, label);

          if (found)
            return found;
        }
    }
  return NULL;
}

static gboolean
is_meeting_menu (GtkWidget     *widget,
                 gconstpointer  data)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), "Meeting Menu") == 0;
}

/* A case closed on a basis shows a lock in its row, and the public pack
 * exported from the window has its title and basis but not its text; the
 * minutes and the extract have the case number; all in Nynorsk. */
static void
test_closed_case_and_exports (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "papirer.sakskart", NULL);
  SkWindow *window = open_unsent_example (path);
  g_autofree char *pack = NULL, *public = NULL, *minutes = NULL, *extract = NULL;
  g_autofree char *pack_name = NULL, *public_name = NULL, *minutes_name = NULL, *extract_name = NULL;
  g_autofree char *offered = NULL;
  GtkWidget *row, *closed, *lock;
  SkItem *item;

  offered = mark_papers_sent (window, "2025-10-27");
  /* The meeting's menu offers the extract of each case by its number,
   * named as the case is when the menu opens. */
  {
    GtkWidget *button = find_widget (GTK_WIDGET (window), is_meeting_menu, NULL);
    g_autofree char *target = NULL;
    g_autofree char *renamed = NULL;

    GtkWidget *skog = item_row_titled (window, "8. Skog i Sogn");
    GtkWidget *title;

    g_assert_nonnull (button);
    /* Renamed in its editor: the page stays as it is */
    g_signal_emit_by_name (gtk_widget_get_ancestor (skog, GTK_TYPE_LIST_BOX), "row-activated", skog);
    drain ();
    title = find_widget (skog, is_shown_of, GSIZE_TO_POINTER (GTK_TYPE_ENTRY));
    g_assert_nonnull (title);
    gtk_editable_set_text (GTK_EDITABLE (title), "Skog i Sogn – vedtak");
    drain ();
    g_assert_true (find_widget (GTK_WIDGET (window), is_meeting_menu, NULL) == button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    drain ();
    target = menu_target (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)),
                          "Sak 7/25: Felles barnevern i Sogn");
    g_assert_cmpstr (target, ==, "barnevern");
    renamed = menu_target (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)),
                           "Sak 8/25: Skog i Sogn – vedtak");
    g_assert_cmpstr (renamed, ==, "skog");
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
    drain ();
    g_assert_cmpstr (item_at (window, 7)->title, ==, "Skog i Sogn");
  }
  item = item_at (window, 6);
  g_assert_cmpstr (item->id, ==, "barnevern");
  row = item_row_titled (window, "7. Felles barnevern i Sogn");
  g_assert_null (find_widget (row_line (row), is_lock, NULL));

  /* Open the item: its head has the case number, and "Public access" */
  g_signal_emit_by_name (gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX), "row-activated", row);
  drain ();
  g_assert_nonnull (find_label (row, "Sak 7/25"));
  g_assert_nonnull (find_widget (row, is_label_containing, "can vote: there is a quorum"));
  closed = find_type (row, SK_TYPE_CLOSED_ROW);
  g_assert_nonnull (closed);
  /* The switch closes it on the basis most used … */
  adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (closed), TRUE);
  drain ();
  g_assert_cmpstr (sk_item_closed_basis (item_at (window, 6)), ==, SK_CLOSED_BASIS_DEFAULT);
  /* … and another is chosen from the common ones. */
  gtk_widget_activate_action (closed, "closed.choose", "s", "offl. § 14");
  drain ();
  g_assert_cmpstr (sk_item_closed_basis (item_at (window, 6)), ==, "offl. § 14");
  g_assert_true (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (closed)));
  /* Open, with its common bases: every icon has a name */
  adw_expander_row_set_expanded (ADW_EXPANDER_ROW (closed), TRUE);
  drain ();
  g_assert_nonnull (find_widget (closed, is_shown_of, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON)));
  g_assert_cmpuint (count_unnamed_icon_buttons (row), ==, 0);
  lock = find_widget (row_line (row), is_lock, NULL);
  g_assert_nonnull (lock);
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (lock), "offl. § 14"));
  /* A screen reader hears the number and that it is closed with the row */
  {
    GtkWidget *sub = find_widget (row_line (row), is_label_containing, "Decision");
    g_autofree char *expected = NULL;
    g_autofree char *wrong = NULL;

    g_assert_nonnull (sub);
    expected = g_strdup_printf ("%s · Sak 7/25 · Closed to the public", gtk_label_get_text (GTK_LABEL (sub)));
    wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, expected);
    g_assert_null (wrong);
  }
  /* The rest of the list has no lock */
  g_assert_null (find_widget (row_line (item_row_titled (window, "8. Skog i Sogn")), is_lock, NULL));
  /* The interface speaks English */
  g_assert_nonnull (find_label (row, "Public access"));

  pack = export_text (window, NULL, "meeting.export-pack", NULL, dir, FALSE, &pack_name);
  public = export_text (window, NULL, "meeting.export-public", NULL, dir, FALSE, &public_name);
  minutes = export_text (window, NULL, "meeting.export-minutes", NULL, dir, FALSE, &minutes_name);
  extract = export_text (window, NULL, "meeting.export-extract", g_variant_new_string ("barnevern"), dir, FALSE, &extract_name);

  /* Named in the board's language */
  g_assert_cmpstr (pack_name, ==, "sakspapir-2025-11-03.pdf");
  g_assert_cmpstr (public_name, ==, "sakspapir-offentleg-2025-11-03.pdf");
  g_assert_cmpstr (minutes_name, ==, "møtebok-2025-11-03.pdf");
  g_assert_cmpstr (extract_name, ==, "særutskrift-sak-7-25-2025-11-03.pdf");

  /* The members' pack has the case's text; the public one its title and
   * basis only. */
  g_assert_nonnull (strstr (pack, "Kartleggje og analysere"));
  g_assert_nonnull (strstr (public, "Felles barnevern i Sogn"));
  g_assert_nonnull (strstr (public, "offl. § 14"));
  g_assert_null (strstr (public, "Kartleggje og analysere"));
  g_assert_null (strstr (public, "Rapport frå KS Konsulent"));

  /* The case number in the minutes and the extract */
  g_assert_nonnull (strstr (minutes, "Sak 7/25"));
  g_assert_nonnull (strstr (extract, "Sak 7/25"));
  g_assert_nonnull (strstr (extract, "Felles barnevern i Sogn"));
  g_assert_null (strstr (extract, "Skog i Sogn"));

  /* Nynorsk in an English window */
  g_assert_nonnull (strstr (pack, "Innkalling og sakliste"));
  g_assert_nonnull (strstr (public, "Innkalling og sakliste, offentleg utgåve"));
  g_assert_nonnull (strstr (minutes, "Møtebok"));
  g_assert_nonnull (strstr (extract, "Særutskrift frå møteboka"));
  assert_no_english (pack, "board pack");
  assert_no_english (public, "public board pack");
  assert_no_english (minutes, "minutes");
  assert_no_english (extract, "extract");

  /* Opened again, the case is open to the public: undo. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpstr (sk_item_closed_basis (item_at (window, 6)), ==, SK_CLOSED_BASIS_DEFAULT);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_null (sk_item_closed_basis (item_at (window, 6)));
  g_assert_null (find_widget (row_line (item_row_titled (window, "7. Felles barnevern i Sogn")), is_lock, NULL));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static gboolean
is_check_labelled (GtkWidget     *widget,
                   gconstpointer  label)
{
  return GTK_IS_CHECK_BUTTON (widget) &&
         g_strcmp0 (gtk_check_button_get_label (GTK_CHECK_BUTTON (widget)), label) == 0;
}

static GtkCheckButton *
check_labelled (GtkWidget  *root,
                const char *label)
{
  GtkWidget *check = find_widget (root, is_check_labelled, label);

  g_assert_nonnull (check);
  return GTK_CHECK_BUTTON (check);
}

/* "Approval of the Minutes…" from the meeting's menu: its dialog, shown
 * and made to choose. */
static AdwMessageDialog *
open_approval (SkWindow *window)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (agenda_view (window), "record.approve-minutes", NULL));
  drain ();
  dialog = find_toplevel (is_shown_of, GSIZE_TO_POINTER (SK_TYPE_APPROVAL_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return ADW_MESSAGE_DIALOG (dialog);
}

static void
answer (AdwMessageDialog *dialog,
        const char       *response)
{
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, response));
  adw_message_dialog_response (dialog, response);
  gtk_window_destroy (GTK_WINDOW (dialog));
  drain ();
}

/* The minutes signed by two members chosen in the dialog: one step of
 * undo, and their names after "Godkjenning av møteboka" in the minutes
 * exported from the window; a signer the body no longer has is refused
 * with the reason; "the next meeting" and "not said" too.  Only who was
 * at the meeting is offered. */
static void
test_approval_dialog (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "papirer.sakskart", NULL);
  SkWindow *window = open_unsent_example (path);
  SkProject *project = sk_window_get_project (window);
  SkHistory *history = sk_document_get_history (sk_document_from_project (project));
  g_autofree char *minutes = NULL, *name = NULL;
  g_auto(GStrv) signers = NULL;
  g_autoptr(GError) error = NULL;
  const char *chosen[] = { "luster", "ardal", NULL };
  const char *before[] = { "aurland", "sogndal", NULL };
  AdwMessageDialog *dialog;
  const char *approval;
  guint steps;

  /* In the meeting's menu */
  {
    GtkWidget *button = find_widget (GTK_WIDGET (window), is_meeting_menu, NULL);
    g_autofree char *target = NULL;

    g_assert_nonnull (button);
    gtk_menu_button_popup (GTK_MENU_BUTTON (button));
    drain ();
    target = menu_target (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)), "_Approval of the Minutes…");
    g_assert_nonnull (target);
    gtk_menu_button_popdown (GTK_MENU_BUTTON (button));
    drain ();
  }

  /* As the file has it: signed by Aurland and Sogndal */
  dialog = open_approval (window);
  g_assert_true (gtk_check_button_get_active (check_labelled (GTK_WIDGET (dialog), "Signed _by")));
  g_assert_true (gtk_check_button_get_active (check_labelled (GTK_WIDGET (dialog), "Styremedlem Aurland")));
  g_assert_true (gtk_check_button_get_active (check_labelled (GTK_WIDGET (dialog), "Styremedlem Sogndal")));
  g_assert_false (gtk_check_button_get_active (check_labelled (GTK_WIDGET (dialog), "Styremedlem Luster")));
  /* The deputies who attended can sign too */
  g_assert_nonnull (check_labelled (GTK_WIDGET (dialog), "Vara Vik"));
  g_assert_nonnull (check_labelled (GTK_WIDGET (dialog), "1. vara for dei tilsette"));
  /* … and Vara Luster, who stepped in for Luster in case 49; not who
   * was away (Vik sent notice, Vara Aurland did not come) */
  g_assert_nonnull (check_labelled (GTK_WIDGET (dialog), "Vara Luster"));
  g_assert_null (find_widget (GTK_WIDGET (dialog), is_check_labelled, "Styremedlem Vik"));
  g_assert_null (find_widget (GTK_WIDGET (dialog), is_check_labelled, "Vara Aurland"));
  /* Nobody chosen to sign: not saved */
  gtk_check_button_set_active (check_labelled (GTK_WIDGET (dialog), "Styremedlem Aurland"), FALSE);
  gtk_check_button_set_active (check_labelled (GTK_WIDGET (dialog), "Styremedlem Sogndal"), FALSE);
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "save"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), is_label_containing, "Choose at least one who signs."));
  gtk_check_button_set_active (check_labelled (GTK_WIDGET (dialog), "Styremedlem Luster"), TRUE);
  gtk_check_button_set_active (check_labelled (GTK_WIDGET (dialog), "Styremedlem Årdal"), TRUE);
  steps = sk_history_get_n_steps (history);
  answer (dialog, "save");
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpint (sk_meeting_get_approval (meeting_of (window), &signers), ==, SK_APPROVAL_SIGNED);
  g_assert_cmpstrv (signers, chosen);
  g_clear_pointer (&signers, g_strfreev);

  /* Their names after the heading, in the minutes from the window */
  minutes = export_text (window, NULL, "meeting.export-minutes", NULL, dir, FALSE, &name);
  approval = strstr (minutes, "Godkjenning av møteboka");
  g_assert_nonnull (approval);
  g_assert_nonnull (strstr (approval, "Styremedlem Luster"));
  g_assert_nonnull (strstr (approval, "Styremedlem Årdal"));
  g_assert_null (strstr (approval, "Styremedlem Aurland"));
  g_assert_null (strstr (approval, "Styremedlem Sogndal"));

  /* Saved as it is: no step */
  dialog = open_approval (window);
  answer (dialog, "save");
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);

  /* A signer who is gone from the body by the time it is saved: refused,
   * and the toast says why */
  g_assert_true (sk_edit_set_body_member (history, project, "styret", "kari", "Kari Nes", SK_ROLE_MEMBER, NULL, &error));
  g_assert_no_error (error);
  dialog = open_approval (window);
  gtk_check_button_set_active (check_labelled (GTK_WIDGET (dialog), "Kari Nes"), TRUE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  answer (dialog, "save");
  g_assert_nonnull (find_widget (GTK_WIDGET (window), is_label_containing, "“kari” is not a member or deputy of"));
  g_assert_cmpint (sk_meeting_get_approval (meeting_of (window), &signers), ==, SK_APPROVAL_SIGNED);
  g_assert_cmpstrv (signers, chosen);
  g_clear_pointer (&signers, g_strfreev);

  /* At the next meeting; then not said */
  dialog = open_approval (window);
  gtk_check_button_set_active (check_labelled (GTK_WIDGET (dialog), "Approved at the next _meeting"), TRUE);
  /* The people are for "Signed by" only */
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (check_labelled (GTK_WIDGET (dialog), "Styremedlem Luster"))));
  answer (dialog, "save");
  g_assert_cmpint (sk_meeting_get_approval (meeting_of (window), NULL), ==, SK_APPROVAL_NEXT_MEETING);
  dialog = open_approval (window);
  g_assert_true (gtk_check_button_get_active (check_labelled (GTK_WIDGET (dialog), "Approved at the next _meeting")));
  gtk_check_button_set_active (check_labelled (GTK_WIDGET (dialog), "_Not said"), TRUE);
  answer (dialog, "save");
  g_assert_cmpint (sk_meeting_get_approval (meeting_of (window), NULL), ==, SK_APPROVAL_NONE);

  /* Each was one step of undo */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpint (sk_meeting_get_approval (meeting_of (window), &signers), ==, SK_APPROVAL_SIGNED);
  g_assert_cmpstrv (signers, chosen);
  g_clear_pointer (&signers, g_strfreev);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL);
  drain ();
  g_assert_cmpint (sk_meeting_get_approval (meeting_of (window), &signers), ==, SK_APPROVAL_SIGNED);
  g_assert_cmpstrv (signers, before);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* Exported, a toast names the file; not, a dialog names it. */
static void
test_export_error_names_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "papirer.sakskart", NULL);
  SkWindow *window = open_unsent_example (path);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkFileChooser *chooser;
  GtkWidget *dialog;

  /* Exported: a toast names the file. */
  text = export_text (window, NULL, "meeting.export-minutes", NULL, dir, TRUE, &name);
  g_assert_nonnull (strstr (text, "Møtebok"));

  /* A folder no file can be made in, not even by root */
  gtk_widget_activate_action (agenda_view (window), "meeting.export-minutes", NULL);
  drain ();
  chooser = GTK_FILE_CHOOSER (find_toplevel (is_shown_file_chooser, NULL));
  g_assert_nonnull (chooser);
  {
    g_autoptr(GFile) folder = g_file_new_for_path ("/proc");

    g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  }
  gtk_file_chooser_set_current_name (chooser, "møtebok.pdf");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  {
    gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

    while ((dialog = find_toplevel (is_shown_of, GSIZE_TO_POINTER (ADW_TYPE_MESSAGE_DIALOG))) == NULL &&
           g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
  }
  drain ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (dialog)), ==, "Could Not Export “møtebok.pdf”");
  g_assert_nonnull (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (dialog)));
  g_assert_false (g_file_test ("/proc/møtebok.pdf", G_FILE_TEST_EXISTS));
  gtk_window_destroy (GTK_WINDOW (dialog));
  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* The quorum line of the item titled `title`, opened; NULL without one. */
static GtkWidget *
quorum_label (SkWindow   *window,
              const char *title)
{
  GtkWidget *row = item_row_titled (window, title);

  g_signal_emit_by_name (gtk_widget_get_ancestor (row, GTK_TYPE_LIST_BOX), "row-activated", row);
  drain ();
  return find_widget (row, is_label_containing, "can vote");
}

/* With three of seven present, the case page says the body cannot
 * decide, in the warning's colour; without attendance it says nothing. */
static void
test_quorum_warning (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "papirer.sakskart", NULL);
  SkWindow *window = open_unsent_example (path);
  SkProject *project = sk_window_get_project (window);
  SkHistory *history = sk_document_get_history (sk_window_get_document (window));
  const char *members[] = { "aurland", "luster", "laerdal", "sogndal", "vik", "ardal", "tilsette" };
  const char *later = "styret-2026-02-10";
  GtkWidget *quorum;

  quorum = quorum_label (window, "8. Skog i Sogn");
  g_assert_nonnull (quorum);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (quorum)), ==, "7 of 7 members can vote: there is a quorum");
  g_assert_false (gtk_widget_has_css_class (quorum, "warning"));

  /* A later meeting: an item, no attendance yet */
  g_assert_true (sk_edit_add_item (history, project, later, "Budsjett 2027", SK_ITEM_DECISION, -1, NULL, NULL));
  sk_view_select (SK_VIEW (agenda_view (window)), later, NULL);
  drain ();
  g_assert_null (quorum_label (window, "1. Budsjett 2027"));
  for (guint i = 0; i < G_N_ELEMENTS (members); i++)
    {
      g_autoptr(GError) error = NULL;

      sk_edit_set_attendance (history, project, later, members[i], i < 3, NULL, NULL, NULL, &error);
      g_assert_no_error (error);
    }
  drain ();
  quorum = quorum_label (window, "1. Budsjett 2027");
  g_assert_nonnull (quorum);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (quorum)), ==,
                   "3 of 7 members can vote: no quorum, the case cannot be decided");
  g_assert_true (gtk_widget_has_css_class (quorum, "warning"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

/* The timeline exported from the window speaks the board's language too:
 * Nynorsk months on an English desktop. */
static void
test_timeline_export_language (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-agenda-record-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "papirer.sakskart", NULL);
  SkWindow *window = open_unsent_example (path);
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  GtkWidget *view;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "timeline");
  drain ();
  view = find_type (GTK_WIDGET (window), SK_TYPE_TIMELINE_VIEW);
  g_assert_nonnull (view);
  text = export_text (window, view, "timeline.export", NULL, dir, FALSE, &name);
  g_assert_nonnull (strstr (text, "okt"));
  g_assert_nonnull (strstr (text, "des"));
  g_assert_null (strstr (text, "Oct"));
  g_assert_null (strstr (text, "Dec"));
  g_assert_null (strstr (text, "May"));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  test_remove_saved (dir, path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/agenda-record/papers-sent-numbers", test_papers_sent_numbers);
  g_test_add_func ("/agenda-record/closed-case-and-exports", test_closed_case_and_exports);
  g_test_add_func ("/agenda-record/export-error-names-file", test_export_error_names_file);
  g_test_add_func ("/agenda-record/timeline-export-language", test_timeline_export_language);
  g_test_add_func ("/agenda-record/quorum-warning", test_quorum_warning);
  g_test_add_func ("/agenda-record/approval-dialog", test_approval_dialog);
}

int
main (int    argc,
      char **argv)
{
  /* An English desktop: the board's papers are still in Nynorsk. */
  g_setenv ("LANGUAGE", "en", TRUE);
  /* The build tree's catalogues, as the program's main () finds them */
  sk_i18n_init ();
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
