/* sk-board-page.c — the Board page of the project's properties: the
 * written language of documents, and the bodies with their name, case
 * number patterns (the orientation cases' own series too), language,
 * members and deputies
 *
 * The page follows the project: after every change (an undo, too) each
 * body's group is brought up to date, and text being typed in a row stays
 * unless that very value changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-board-dialogs.h"
#include "sk-board-page.h"
#include "sk-board.h"
#include "sk-combo-whole.h"
#include "sk-dialog-util.h"
#include "sk-doc-language.h"
#include "sk-edit-record.h"
#include "sk-record.h"
#include "sk-view-util.h"

/* The choices of the language rows, in their order; NULL follows the
 * interface (the project's row) or the project (a body's). */
static const char *const languages[] = { NULL, "nn", "nb", "en" };

typedef struct _BodyGroup BodyGroup;

struct _SkBoardPage
{
  AdwPreferencesPage   parent_instance;

  SkProject           *project;
  GtkWindow           *parent;
  AdwComboRow         *language_row;
  AdwPreferencesGroup *bodies_group;
  GtkWidget           *no_bodies_row;
  GtkWidget           *add_body_button;
  GPtrArray           *bodies;       /* of BodyGroup, in the file's order */
  gboolean             updating;     /* rows set from the project, not by the user */
};

struct _BodyGroup
{
  SkBoardPage         *page;
  char                *id;
  AdwPreferencesGroup *group;
  AdwEntryRow         *name_row;
  char                *name_shown;
  AdwEntryRow         *pattern_row;
  char                *pattern_shown;
  AdwActionRow        *example_row;
  AdwEntryRow         *orientation_row;
  char                *orientation_shown;
  AdwActionRow        *orientation_example_row;
  AdwComboRow         *language_row;
  AdwExpanderRow      *members_row;
  GPtrArray           *member_rows;
  AdwExpanderRow      *deputies_row;
  GPtrArray           *deputy_rows;
};

G_DEFINE_FINAL_TYPE (SkBoardPage, sk_board_page, ADW_TYPE_PREFERENCES_PAGE)

static guint
language_index (const char *language)
{
  for (guint i = 1; i < G_N_ELEMENTS (languages); i++)
    if (g_strcmp0 (languages[i], language) == 0)
      return i;
  return 0;
}

/* Puts `value` in the row if it changed since the row was last given one
 * (an undo): text being typed there stays through other edits. */
static void
show_value (AdwEntryRow  *row,
            char        **shown,
            const char   *value)
{
  if (g_strcmp0 (*shown, value ? value : "") == 0)
    return;
  g_free (*shown);
  *shown = g_strdup (value ? value : "");
  /* Set again, the same text would offer to apply it again */
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (row)), *shown) != 0)
    gtk_editable_set_text (GTK_EDITABLE (row), *shown);
}

static void
body_group_free (BodyGroup *bg)
{
  g_free (bg->id);
  g_free (bg->name_shown);
  g_free (bg->pattern_shown);
  g_free (bg->orientation_shown);
  g_ptr_array_unref (bg->member_rows);
  g_ptr_array_unref (bg->deputy_rows);
  g_free (bg);
}

/* The language chosen in a language row; FALSE while none is. */
static gboolean
chosen_language (AdwComboRow  *row,
                 const char  **language)
{
  guint i = adw_combo_row_get_selected (row);

  if (i >= G_N_ELEMENTS (languages))
    return FALSE;
  *language = languages[i];
  return TRUE;
}

static void
language_selected_cb (SkBoardPage *self)
{
  const char *language = NULL;
  g_autoptr(GError) error = NULL;

  if (self->updating || !chosen_language (self->language_row, &language) || g_strcmp0 (language, sk_project_document_language (self->project, NULL)) == 0)
    return;
  if (!sk_edit_set_document_language (sk_board_history (self->project), self->project, language, &error))
    sk_board_toast (GTK_WIDGET (self), error->message);
}

/* Sets the body's name, pattern and language; a refusal is a toast. */
static void
apply_body (BodyGroup  *bg,
            const char *name,
            const char *pattern,
            const char *language)
{
  SkBoardPage *self = bg->page;
  g_autoptr(GError) error = NULL;

  if (!sk_edit_set_body (sk_board_history (self->project), self->project, bg->id, name,
                         pattern && pattern[0] ? pattern : NULL, language, &error))
    sk_board_toast (GTK_WIDGET (self), error->message);
}

/* How many meetings give `body`'s name (or id) as their body. */
static guint
meetings_of (SkProject    *project,
             const SkBody *body)
{
  GPtrArray *meetings = sk_project_get_meetings (project);
  guint n = 0;

  for (guint i = 0; i < meetings->len; i++)
    {
      const char *name = ((SkMeeting *) g_ptr_array_index (meetings, i))->body;

      if (g_strcmp0 (name, body->name) == 0 || g_strcmp0 (name, body->id) == 0)
        n++;
    }
  return n;
}

/* Renames the body, and its meetings with it. */
static void
name_apply_cb (BodyGroup *bg)
{
  g_autoptr(SkBody) body = sk_project_get_body (bg->page->project, bg->id);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (bg->name_row))));
  g_autoptr(GError) error = NULL;

  if (body == NULL)
    return;
  /* A body always has a name: its meetings give it. */
  if (text[0] == '\0' || g_strcmp0 (text, body->name) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (bg->name_row), body->name);
      return;
    }
  g_free (bg->name_shown);
  bg->name_shown = g_strdup (text);
  if (!sk_edit_rename_body (sk_board_history (bg->page->project), bg->page->project, bg->id, text, &error))
    {
      /* Refused: the row shows the name the body keeps. */
      sk_board_toast (GTK_WIDGET (bg->page), error->message);
      g_clear_pointer (&bg->name_shown, g_free);
      show_value (bg->name_row, &bg->name_shown, body->name);
    }
}

/* The example of a pattern being typed in `row`, in the body's written
 * language, in `example`; or why it is refused, in the error style; or
 * with the row empty, `empty`. */
static void
show_example (BodyGroup    *bg,
              AdwEntryRow  *row,
              AdwActionRow *example_row,
              const char   *empty)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autoptr(SkBody) body = sk_project_get_body (bg->page->project, bg->id);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *example = NULL;
  g_autofree char *title = NULL;

  /* No apply button that would offer what is refused: Enter tells why. */
  adw_entry_row_set_show_apply_button (row, text[0] == '\0' || sk_rule_case_pattern_valid (text));
  if (text[0] != '\0' && !sk_rule_case_pattern_valid (text))
    {
      gtk_widget_add_css_class (GTK_WIDGET (row), "error");
      gtk_widget_add_css_class (GTK_WIDGET (example_row), "error");
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (example_row),
                                     _("The pattern needs {n}, the case’s number, such as “PS {n}/{yyyy}”"));
      return;
    }
  gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (example_row), "error");
  if (text[0] == '\0' && empty != NULL)
    {
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (example_row), empty);
      return;
    }
  sk_doc_language_push (sk_project_document_language (bg->page->project, body ? body->name : NULL));
  example = sk_case_number_format (text, 12, g_date_time_get_year (now));
  sk_doc_language_pop ();
  /* Translators: %s is a case number made by the pattern, "Sak 12/26" */
  title = g_strdup_printf (_("Example: %s"), example);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (example_row), title);
}

static void
orientation_changed_cb (BodyGroup *bg)
{
  show_example (bg, bg->orientation_row, bg->orientation_example_row,
                _("Orientation cases are numbered with the other cases"));
}

static void
orientation_apply_cb (BodyGroup *bg)
{
  g_autoptr(SkBody) body = sk_project_get_body (bg->page->project, bg->id);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (bg->orientation_row))));
  g_autoptr(GError) error = NULL;

  if (body == NULL || g_strcmp0 (text, body->orientation_pattern ? body->orientation_pattern : "") == 0)
    return;
  /* The row says why a pattern without {n} is refused. */
  if (text[0] != '\0' && !sk_rule_case_pattern_valid (text))
    {
      gtk_widget_error_bell (GTK_WIDGET (bg->orientation_row));
      return;
    }
  g_free (bg->orientation_shown);
  bg->orientation_shown = g_strdup (text);
  if (!sk_edit_set_orientation_pattern (sk_board_history (bg->page->project), bg->page->project, bg->id,
                                        text[0] ? text : NULL, &error))
    sk_board_toast (GTK_WIDGET (bg->page), error->message);
}

static void
pattern_changed_cb (BodyGroup *bg)
{
  show_example (bg, bg->pattern_row, bg->example_row, NULL);
}

static void
pattern_apply_cb (BodyGroup *bg)
{
  g_autoptr(SkBody) body = sk_project_get_body (bg->page->project, bg->id);
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (bg->pattern_row))));

  if (body == NULL || g_strcmp0 (text, body->pattern ? body->pattern : "") == 0)
    return;
  /* The row says why a pattern without {n} is refused. */
  if (text[0] != '\0' && !sk_rule_case_pattern_valid (text))
    {
      gtk_widget_error_bell (GTK_WIDGET (bg->pattern_row));
      return;
    }
  g_free (bg->pattern_shown);
  bg->pattern_shown = g_strdup (text);
  apply_body (bg, body->name, text, body->language);
}

static void
body_language_selected_cb (BodyGroup *bg)
{
  g_autoptr(SkBody) body = NULL;
  const char *language = NULL;

  if (bg->page->updating || !chosen_language (bg->language_row, &language))
    return;
  body = sk_project_get_body (bg->page->project, bg->id);
  if (body == NULL || g_strcmp0 (language, body->language) == 0)
    return;
  apply_body (bg, body->name, body->pattern, language);
}

static void
undo_cb (SkBoardPage *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.undo", NULL);
}

/* "“name” was removed", with Undo. */
static void
removed_toast (SkBoardPage *self,
               const char  *name)
{
  g_autofree char *message = NULL;
  AdwToast *toast;

  /* Translators: a toast, with Undo */
  message = g_strdup_printf (_("“%s” was removed"), name);
  toast = sk_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_PREFERENCES_WINDOW)),
                                    toast);
}

/* Removes the member or numbered deputy of the button; a refusal is a
 * toast with the reason. */
static void
remove_person_cb (GtkWidget *button,
                  BodyGroup *bg)
{
  SkBoardPage *self = bg->page;
  const char *id = g_object_get_data (G_OBJECT (button), "sk-id");
  g_autoptr(SkBody) body = sk_project_get_body (self->project, bg->id);
  g_autofree char *name = g_strdup (sk_body_person_name (body, id));
  SkHistory *history = sk_board_history (self->project);
  g_autoptr(GError) error = NULL;
  gboolean removed;

  if (sk_body_find_member (body, id) != NULL)
    removed = sk_edit_remove_body_member (history, self->project, bg->id, id, &error);
  else
    removed = sk_edit_remove_deputy (history, self->project, bg->id, id, &error);
  if (!removed)
    sk_board_toast (GTK_WIDGET (self), error->message);
  else
    removed_toast (self, name ? name : id);
}

static void
remove_body_cb (BodyGroup *bg)
{
  SkBoardPage *self = bg->page;
  g_autoptr(SkBody) body = sk_project_get_body (self->project, bg->id);
  g_autofree char *name = g_strdup (body ? body->name : bg->id);
  g_autoptr(GError) error = NULL;

  /* The group goes with it: nothing of it is used after this. */
  if (!sk_edit_remove_body (sk_board_history (self->project), self->project, bg->id, &error))
    sk_board_toast (GTK_WIDGET (self), error->message);
  else
    removed_toast (self, name);
}

static void
edit_member_cb (GtkWidget *button,
                BodyGroup *bg)
{
  sk_board_member_dialog (GTK_WIDGET (bg->page), bg->page->project, bg->id,
                          g_object_get_data (G_OBJECT (button), "sk-id"));
}

static void
edit_deputy_cb (GtkWidget *button,
                BodyGroup *bg)
{
  sk_board_deputy_dialog (GTK_WIDGET (bg->page), bg->page->project, bg->id,
                          g_object_get_data (G_OBJECT (button), "sk-id"));
}

static void
add_member_cb (BodyGroup *bg)
{
  sk_board_member_dialog (GTK_WIDGET (bg->page), bg->page->project, bg->id, NULL);
}

static void
add_deputy_cb (BodyGroup *bg)
{
  sk_board_deputy_dialog (GTK_WIDGET (bg->page), bg->page->project, bg->id, NULL);
}

/* A flat icon button on a row, for the person `id`. */
static GtkWidget *
row_button (GtkWidget  *row,
            const char *icon,
            const char *tooltip,
            const char *id,
            GCallback   callback,
            BodyGroup  *bg)
{
  GtkWidget *button = sk_flat_icon_button_new (icon, tooltip, NULL);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_object_set_data_full (G_OBJECT (button), "sk-id", g_strdup (id), g_free);
  g_signal_connect (button, "clicked", callback, bg);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  return button;
}

/* The row that adds, at the end of an expander. */
static GtkWidget *
add_row_new (const char *title,
             GCallback   callback,
             BodyGroup  *bg)
{
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("list-add-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_signal_connect_swapped (row, "activated", callback, bg);
  return row;
}

static void
clear_rows (AdwExpanderRow *expander,
            GPtrArray      *rows)
{
  for (guint i = 0; i < rows->len; i++)
    adw_expander_row_remove (expander, g_ptr_array_index (rows, i));
  g_ptr_array_set_size (rows, 0);
}

static void
fill_members (BodyGroup    *bg,
              const SkBody *body)
{
  SkProject *project = bg->page->project;
  g_autofree char *count = g_strdup_printf (ngettext ("%u member", "%u members", body->members->len),
                                            body->members->len);

  clear_rows (bg->members_row, bg->member_rows);
  adw_expander_row_set_subtitle (bg->members_row, count);
  for (guint i = 0; i < body->members->len; i++)
    {
      SkMember *m = g_ptr_array_index (body->members, i);
      g_autoptr(GString) sub = g_string_new (sk_role_label (m->role));
      g_autofree char *edit = g_strdup_printf (_("Edit %s"), m->name);
      g_autofree char *remove = g_strdup_printf (_("Remove %s"), m->name);
      GtkWidget *row = adw_action_row_new ();

      if (m->municipality != NULL)
        g_string_append_printf (sub, " · %s", sk_project_municipality_name (project, m->municipality));
      for (guint k = 0; k < m->deputies->len; k++)
        /* Translators: after a member's role and municipality, its personal deputy */
        g_string_append_printf (sub, k == 0 ? _(" · Deputy: %s") : ", %s",
                                ((SkDeputy *) g_ptr_array_index (m->deputies, k))->name);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub->str);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row),
                                             row_button (row, "document-edit-symbolic", edit, m->id,
                                                         G_CALLBACK (edit_member_cb), bg));
      row_button (row, "user-trash-symbolic", remove, m->id, G_CALLBACK (remove_person_cb), bg);
      adw_expander_row_add_row (bg->members_row, row);
      g_ptr_array_add (bg->member_rows, row);
    }
  {
    GtkWidget *add = add_row_new (_("Add _Member…"), G_CALLBACK (add_member_cb), bg);

    adw_expander_row_add_row (bg->members_row, add);
    g_ptr_array_add (bg->member_rows, add);
  }
}

static void
fill_deputies (BodyGroup    *bg,
               const SkBody *body)
{
  SkProject *project = bg->page->project;
  g_autofree char *count = g_strdup_printf (ngettext ("%u numbered deputy", "%u numbered deputies", body->deputies->len),
                                            body->deputies->len);

  clear_rows (bg->deputies_row, bg->deputy_rows);
  adw_expander_row_set_subtitle (bg->deputies_row, count);
  for (guint i = 0; i < body->deputies->len; i++)
    {
      SkDeputy *d = g_ptr_array_index (body->deputies, i);
      g_autofree char *edit = g_strdup_printf (_("Edit %s"), d->name);
      g_autofree char *remove = g_strdup_printf (_("Remove %s"), d->name);
      /* Translators: a numbered deputy, "1. Kari Nes" */
      g_autofree char *title = g_strdup_printf (_("%u. %s"), i + 1, d->name);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (d->municipality != NULL)
        adw_action_row_set_subtitle (ADW_ACTION_ROW (row),
                                     sk_project_municipality_name (project, d->municipality));
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row),
                                             row_button (row, "document-edit-symbolic", edit, d->id,
                                                         G_CALLBACK (edit_deputy_cb), bg));
      row_button (row, "user-trash-symbolic", remove, d->id, G_CALLBACK (remove_person_cb), bg);
      adw_expander_row_add_row (bg->deputies_row, row);
      g_ptr_array_add (bg->deputy_rows, row);
    }
  {
    GtkWidget *add = add_row_new (_("Add Numbered _Deputy…"), G_CALLBACK (add_deputy_cb), bg);

    adw_expander_row_add_row (bg->deputies_row, add);
    g_ptr_array_add (bg->deputy_rows, add);
  }
}

static GtkWidget *
language_combo_new (void)
{
  const char *names[] = { _("As the project"), _("Nynorsk"), _("Bokmål"), _("English"), NULL };
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (names);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Written _language"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (row), TRUE);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  /* "As the project (Nynorsk)" whole */
  sk_combo_row_show_whole (ADW_COMBO_ROW (row));
  return row;
}

static BodyGroup *
body_group_new (SkBoardPage *self,
                const char  *id)
{
  BodyGroup *bg = g_new0 (BodyGroup, 1);

  bg->page = self;
  bg->id = g_strdup (id);
  bg->member_rows = g_ptr_array_new ();
  bg->deputy_rows = g_ptr_array_new ();
  bg->group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  {
    GtkWidget *remove = sk_flat_icon_button_new ("user-trash-symbolic", _("Remove the Body"), NULL);

    gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
    g_signal_connect_swapped (remove, "clicked", G_CALLBACK (remove_body_cb), bg);
    adw_preferences_group_set_header_suffix (bg->group, remove);
  }

  bg->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bg->name_row), _("Name"));
  adw_entry_row_set_show_apply_button (bg->name_row, TRUE);
  g_signal_connect_swapped (bg->name_row, "apply", G_CALLBACK (name_apply_cb), bg);
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->name_row));

  bg->pattern_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bg->pattern_row), _("Case number pattern"));
  adw_entry_row_set_show_apply_button (bg->pattern_row, TRUE);
  g_signal_connect_swapped (bg->pattern_row, "apply", G_CALLBACK (pattern_apply_cb), bg);
  g_signal_connect_swapped (bg->pattern_row, "entry-activated", G_CALLBACK (pattern_apply_cb), bg);
  g_signal_connect_swapped (bg->pattern_row, "changed", G_CALLBACK (pattern_changed_cb), bg);
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->pattern_row));
  bg->example_row = ADW_ACTION_ROW (adw_action_row_new ());
  /* The example as the pattern typed makes it: "PS {n} & {yy}" is no
   * markup, which left the row blank */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (bg->example_row), FALSE);
  adw_action_row_set_subtitle (bg->example_row,
                               _("{n} is the case’s number, {yy} or {yyyy} the year; empty for the default"));
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->example_row));

  bg->orientation_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bg->orientation_row), _("_Orientation cases numbered apart"));
  adw_preferences_row_set_use_underline (ADW_PREFERENCES_ROW (bg->orientation_row), TRUE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (bg->orientation_row),
                               _("The pattern of the orientation cases’ own series, such as “OS {n}/{yy}”"));
  adw_entry_row_set_show_apply_button (bg->orientation_row, TRUE);
  g_signal_connect_swapped (bg->orientation_row, "apply", G_CALLBACK (orientation_apply_cb), bg);
  g_signal_connect_swapped (bg->orientation_row, "entry-activated", G_CALLBACK (orientation_apply_cb), bg);
  g_signal_connect_swapped (bg->orientation_row, "changed", G_CALLBACK (orientation_changed_cb), bg);
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->orientation_row));
  bg->orientation_example_row = ADW_ACTION_ROW (adw_action_row_new ());
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (bg->orientation_example_row), FALSE);
  adw_action_row_set_subtitle (bg->orientation_example_row,
                               _("A series of their own, such as “OS {n}/{yy}”; empty for the same series"));
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->orientation_example_row));

  bg->language_row = ADW_COMBO_ROW (language_combo_new ());
  g_signal_connect_swapped (bg->language_row, "notify::selected", G_CALLBACK (body_language_selected_cb), bg);
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->language_row));

  bg->members_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bg->members_row), _("Members"));
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->members_row));
  bg->deputies_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (bg->deputies_row), _("Numbered deputies"));
  adw_preferences_group_add (bg->group, GTK_WIDGET (bg->deputies_row));
  return bg;
}

/* The name of the written language `language` ("nn", "nb", "en"). */
static const char *
language_name (const char *language)
{
  if (g_strcmp0 (language, "nb") == 0)
    return _("Bokmål");
  if (g_strcmp0 (language, "en") == 0)
    return _("English");
  return _("Nynorsk");
}

/* The language the interface speaks, as documents that follow it are
 * written: the first of the user's languages that Sakskart writes, else
 * English, its messages untranslated. */
static const char *
interface_language (void)
{
  const char *const *names = g_get_language_names ();

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *code = g_strndup (names[i], strcspn (names[i], "_.@"));

      if (sk_doc_language_is_valid (code))
        return sk_doc_language_normalize (code);
      if (g_str_equal (code, "C") || g_str_equal (code, "POSIX"))
        break;
    }
  return "en";
}

/* "As the project (Nynorsk)": what the body's first choice means now. */
static void
show_project_language (BodyGroup *bg)
{
  GtkStringList *model = GTK_STRING_LIST (adw_combo_row_get_model (bg->language_row));
  const char *language = sk_project_document_language (bg->page->project, NULL);
  /* Translators: a body's written language, the project's, "As the project (Nynorsk)" */
  g_autofree char *label = g_strdup_printf (_("As the project (%s)"),
                                            language_name (language ? language : interface_language ()));
  const char *now = gtk_string_list_get_string (model, 0);
  const char *replace[] = { label, NULL };

  if (g_strcmp0 (now, label) != 0)
    gtk_string_list_splice (model, 0, 1, replace);
}

static void
body_group_update (BodyGroup    *bg,
                   const SkBody *body)
{
  guint meetings = meetings_of (bg->page->project, body);

  adw_preferences_group_set_title (bg->group, body->name);
  show_value (bg->name_row, &bg->name_shown, body->name);
  if (meetings > 0)
    {
      g_autofree char *why = g_strdup_printf (ngettext ("%u meeting gives this name as its body; renamed, it follows.",
                                                        "%u meetings give this name as their body; renamed, they follow.",
                                                        meetings),
                                              meetings);

      adw_preferences_group_set_description (bg->group, why);
    }
  else
    adw_preferences_group_set_description (bg->group, NULL);
  show_value (bg->pattern_row, &bg->pattern_shown, body->pattern);
  pattern_changed_cb (bg);
  show_value (bg->orientation_row, &bg->orientation_shown, body->orientation_pattern);
  orientation_changed_cb (bg);
  show_project_language (bg);
  adw_combo_row_set_selected (bg->language_row, language_index (body->language));
  fill_members (bg, body);
  fill_deputies (bg, body);
}

static BodyGroup *
find_group (SkBoardPage *self,
            const char  *id)
{
  for (guint i = 0; i < self->bodies->len; i++)
    if (g_strcmp0 (((BodyGroup *) g_ptr_array_index (self->bodies, i))->id, id) == 0)
      return g_ptr_array_index (self->bodies, i);
  return NULL;
}

static void
project_changed_cb (SkBoardPage *self)
{
  g_autoptr(GPtrArray) bodies = sk_project_get_bodies (self->project);

  self->updating = TRUE;
  adw_combo_row_set_selected (self->language_row,
                              language_index (sk_project_document_language (self->project, NULL)));
  /* The groups of bodies that are gone (an undo of their adding). */
  for (guint i = self->bodies->len; i-- > 0;)
    {
      BodyGroup *bg = g_ptr_array_index (self->bodies, i);
      g_autoptr(SkBody) body = sk_project_get_body (self->project, bg->id);

      if (body != NULL && g_strcmp0 (body->id, bg->id) == 0)
        continue;
      adw_preferences_page_remove (ADW_PREFERENCES_PAGE (self), bg->group);
      g_ptr_array_remove_index (self->bodies, i);
    }
  for (guint i = 0; i < bodies->len; i++)
    {
      SkBody *body = g_ptr_array_index (bodies, i);
      BodyGroup *bg = find_group (self, body->id);

      if (bg == NULL)
        {
          bg = body_group_new (self, body->id);
          adw_preferences_page_add (ADW_PREFERENCES_PAGE (self), bg->group);
          g_ptr_array_add (self->bodies, bg);
        }
      body_group_update (bg, body);
    }
  /* A hidden row would leave an empty list under the heading. */
  if (bodies->len == 0 && gtk_widget_get_parent (self->no_bodies_row) == NULL)
    adw_preferences_group_add (self->bodies_group, self->no_bodies_row);
  else if (bodies->len > 0 && gtk_widget_get_parent (self->no_bodies_row) != NULL)
    adw_preferences_group_remove (self->bodies_group, self->no_bodies_row);
  self->updating = FALSE;
}

static void
add_body_cb (SkBoardPage *self)
{
  sk_board_body_dialog (GTK_WIDGET (self), self->project);
}

static void
sk_board_page_dispose (GObject *object)
{
  SkBoardPage *self = SK_BOARD_PAGE (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_data (self->project, self);
  g_clear_object (&self->project);
  g_clear_object (&self->no_bodies_row);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_BOARD_PAGE);
  G_OBJECT_CLASS (sk_board_page_parent_class)->dispose (object);
}

static void
sk_board_page_finalize (GObject *object)
{
  SkBoardPage *self = SK_BOARD_PAGE (object);

  g_ptr_array_unref (self->bodies);
  G_OBJECT_CLASS (sk_board_page_parent_class)->finalize (object);
}

static void
sk_board_page_class_init (SkBoardPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_board_page_dispose;
  object_class->finalize = sk_board_page_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-board-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkBoardPage, language_row);
  gtk_widget_class_bind_template_child (widget_class, SkBoardPage, bodies_group);
  gtk_widget_class_bind_template_child (widget_class, SkBoardPage, add_body_button);
}

static void
sk_board_page_init (SkBoardPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->bodies = g_ptr_array_new_with_free_func ((GDestroyNotify) body_group_free);
  self->no_bodies_row = g_object_ref_sink (adw_action_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->no_bodies_row), _("No bodies yet"));
  gtk_widget_add_css_class (self->no_bodies_row, "dim-label");
}

GtkWidget *
sk_board_page_new (GtkWindow *parent,
                   SkProject *project)
{
  SkBoardPage *self;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);

  self = g_object_new (SK_TYPE_BOARD_PAGE, NULL);
  self->project = g_object_ref (project);
  self->parent = parent;
  project_changed_cb (self);
  g_signal_connect_swapped (self->language_row, "notify::selected", G_CALLBACK (language_selected_cb), self);
  g_signal_connect_swapped (self->add_body_button, "clicked", G_CALLBACK (add_body_cb), self);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WIDGET (self);
}
