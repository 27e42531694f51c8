/* sk-properties.c — the project's own properties: its title, its
 * organisation and its member municipalities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-board-page.h"
#include "sk-dialog-util.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-project.h"
#include "sk-properties.h"
#include "sk-view-util.h"

struct _SkProperties
{
  AdwPreferencesWindow  parent_instance;

  SkProject            *project;
  GtkWindow            *parent;     /* whose win.undo undoes */
  AdwEntryRow          *title_row;
  AdwEntryRow          *organisation_row;
  char                 *title_shown;   /* what the rows were last given */
  char                 *organisation_shown;
  AdwPreferencesGroup  *members;
  GPtrArray            *member_rows;
};

G_DEFINE_FINAL_TYPE (SkProperties, sk_properties, ADW_TYPE_PREFERENCES_WINDOW)

/* The project's history, where the title and organisation are edited
 * (sk-edit.h); none for a project without a document. */
static SkHistory *
history_of (SkProject *project)
{
  SkDocument *document = sk_document_from_project (project);

  return document != NULL ? sk_document_get_history (document) : NULL;
}

static void
title_apply_cb (SkProperties *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_row))));
  g_autoptr(GError) error = NULL;

  /* A project always has a title. */
  if (text[0] == '\0')
    {
      gtk_editable_set_text (GTK_EDITABLE (self->title_row), sk_project_get_title (self->project));
      return;
    }
  if (g_strcmp0 (text, sk_project_get_title (self->project)) == 0)
    return;
  /* The row shows it already: given again, it would offer to apply it. */
  g_free (self->title_shown);
  self->title_shown = g_strdup (text);
  if (!sk_edit_set_project_title (history_of (self->project), self->project, text, &error))
    gtk_editable_set_text (GTK_EDITABLE (self->title_row), sk_project_get_title (self->project));
}

static void
organisation_apply_cb (SkProperties *self)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->organisation_row))));
  const char *now = sk_project_get_organisation (self->project);

  if (g_strcmp0 (text, now ? now : "") == 0)
    return;
  g_free (self->organisation_shown);
  self->organisation_shown = g_strdup (text);
  sk_edit_set_project_organisation (history_of (self->project), self->project, text[0] ? text : NULL, NULL);
}

static void
undo_cb (SkProperties *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self->parent), "win.undo", NULL);
}

/* Ctrl+Z and Shift+Ctrl+Z here undo and redo in the project, as in its
 * window (text being typed undoes its typing first). */
static gboolean
history_shortcut_cb (GtkWidget *widget,
                     GVariant  *args,
                     gpointer   user_data)
{
  SkProperties *self = SK_PROPERTIES (widget);

  return gtk_widget_activate_action (GTK_WIDGET (self->parent), g_variant_get_string (args, NULL), NULL);
}

static void
add_history_shortcuts (SkProperties *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const char *keys[][2] = { { "<Control>z", "win.undo" }, { "<Control><Shift>z", "win.redo" } };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i][0]),
                                                gtk_callback_action_new (history_shortcut_cb, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (keys[i][1]));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
remove_member_cb (GtkButton    *button,
                  SkProperties *self)
{
  const char *id = g_object_get_data (G_OBJECT (button), "sk-id");
  SkMunicipality *m = sk_project_find_municipality (self->project, id);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  AdwToast *toast;

  if (m == NULL)
    return;
  /* Translators: a toast, with Undo */
  message = g_strdup_printf (_("“%s” was removed"), m->name);
  if (!sk_edit_remove_municipality (history_of (self->project), self->project, id, &error))
    {
      adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), sk_toast_new (error->message));
      return;
    }
  toast = sk_toast_new (message);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  g_signal_connect_object (toast, "button-clicked", G_CALLBACK (undo_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), toast);
}

/* The member list, made anew after every change (an undo, too). */
static void
fill_members (SkProperties *self)
{
  GPtrArray *members = sk_project_get_municipalities (self->project);

  for (guint i = 0; i < self->member_rows->len; i++)
    adw_preferences_group_remove (self->members, g_ptr_array_index (self->member_rows, i));
  g_ptr_array_set_size (self->member_rows, 0);

  for (guint i = 0; i < members->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (members, i);
      g_autofree char *uses = sk_project_municipality_uses (self->project, m->id);
      g_autofree char *label = g_strdup_printf (_("Remove %s"), m->name);
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), m->name);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      if (m->number != NULL)
        {
          /* Translators: the subtitle of a member, its kommunenummer */
          g_autofree char *sub = g_strdup_printf (_("Municipality number %s"), m->number);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), sub);
        }
      gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
      gtk_widget_add_css_class (remove, "flat");
      gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      g_object_set_data_full (G_OBJECT (remove), "sk-id", g_strdup (m->id), g_free);
      /* A member that a matrix or a cost model names stays until it is
       * taken out of them: removing it would leave them naming nobody. */
      if (uses != NULL)
        {
          g_autofree char *why = g_strdup_printf (_("Used by:\n%s"), uses);

          gtk_widget_set_sensitive (remove, FALSE);
          sk_widget_set_tooltip (row, why);
        }
      else
        sk_widget_set_tooltip (remove, label);
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_member_cb), self);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      adw_preferences_group_add (self->members, row);
      g_ptr_array_add (self->member_rows, row);
    }
  if (members->len == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("No member municipalities yet"));
      gtk_widget_add_css_class (row, "dim-label");
      adw_preferences_group_add (self->members, row);
      g_ptr_array_add (self->member_rows, row);
    }
}

typedef struct
{
  SkProperties *self;
  GtkWidget    *name;
  GtkWidget    *number;
  GtkWidget    *dialog;
} AddMember;

/* Empty, or four digits that no other member has. */
static gboolean
number_is_valid (SkProject  *project,
                 const char *number)
{
  GPtrArray *members = sk_project_get_municipalities (project);

  if (number[0] == '\0')
    return TRUE;
  if (strlen (number) != 4)
    return FALSE;
  for (const char *c = number; *c; c++)
    if (!g_ascii_isdigit (*c))
      return FALSE;
  for (guint i = 0; i < members->len; i++)
    if (g_strcmp0 (((SkMunicipality *) g_ptr_array_index (members, i))->number, number) == 0)
      return FALSE;
  return TRUE;
}

static void
add_member_changed_cb (AddMember *am)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (am->name))));
  g_autofree char *number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (am->number))));
  gboolean valid = number_is_valid (am->self->project, number);

  if (valid)
    gtk_widget_remove_css_class (am->number, "error");
  else
    gtk_widget_add_css_class (am->number, "error");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (am->dialog), "add", name[0] != '\0' && valid);
}

static void
add_member_response_cb (AdwMessageDialog *dialog,
                        const char       *response,
                        AddMember        *am)
{
  SkProperties *self = am->self;

  if (g_str_equal (response, "add"))
    {
      g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (am->name))));
      g_autofree char *number = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (am->number))));
      g_autoptr(GError) error = NULL;

      if (name[0] != '\0' && number_is_valid (self->project, number) &&
          !sk_edit_add_municipality (history_of (self->project), self->project, name,
                                     number[0] ? number : NULL, -1, NULL, &error))
        adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), sk_toast_new (error->message));
    }
  g_object_unref (am->self);
  g_free (am);
}

static void
add_member_cb (SkProperties *self)
{
  AddMember *am = g_new0 (AddMember, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *hint;

  am->self = g_object_ref (self);
  am->dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Add a Member Municipality"),
                                       _("Its figures (population, children …) can be entered or imported from SSB with a cost model."));
  am->name = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (am->name), _("Name, such as “Sogndal”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (am->name), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
  gtk_entry_set_activates_default (GTK_ENTRY (am->name), TRUE);
  am->number = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (am->number), _("Municipality number, such as “4640”"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (am->number), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Municipality number"), -1);
  gtk_entry_set_input_purpose (GTK_ENTRY (am->number), GTK_INPUT_PURPOSE_DIGITS);
  gtk_entry_set_max_length (GTK_ENTRY (am->number), 4);
  gtk_entry_set_activates_default (GTK_ENTRY (am->number), TRUE);
  hint = gtk_label_new (_("Four digits, or empty; each member has its own."));
  gtk_label_set_wrap (GTK_LABEL (hint), TRUE);
  gtk_widget_add_css_class (hint, "dim-label");
  gtk_widget_add_css_class (hint, "caption");
  gtk_box_append (GTK_BOX (box), am->name);
  gtk_box_append (GTK_BOX (box), am->number);
  gtk_box_append (GTK_BOX (box), hint);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (am->dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (am->dialog), "cancel", _("_Cancel"), "add", _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (am->dialog), "add", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (am->dialog), "add");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (am->dialog), "cancel");
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (am->dialog), "add", FALSE);
  g_signal_connect_swapped (am->name, "changed", G_CALLBACK (add_member_changed_cb), am);
  g_signal_connect_swapped (am->number, "changed", G_CALLBACK (add_member_changed_cb), am);
  g_signal_connect (am->dialog, "response", G_CALLBACK (add_member_response_cb), am);
  gtk_window_present (GTK_WINDOW (am->dialog));
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
  gtk_editable_set_text (GTK_EDITABLE (row), *shown);
}

static void
project_changed_cb (SkProperties *self)
{
  show_value (self->title_row, &self->title_shown, sk_project_get_title (self->project));
  show_value (self->organisation_row, &self->organisation_shown, sk_project_get_organisation (self->project));
  fill_members (self);
}

static void
sk_properties_dispose (GObject *object)
{
  SkProperties *self = SK_PROPERTIES (object);

  if (self->project != NULL)
    g_signal_handlers_disconnect_by_func (self->project, project_changed_cb, self);
  g_clear_object (&self->project);
  g_clear_pointer (&self->member_rows, g_ptr_array_unref);
  g_clear_pointer (&self->title_shown, g_free);
  g_clear_pointer (&self->organisation_shown, g_free);
  G_OBJECT_CLASS (sk_properties_parent_class)->dispose (object);
}

static void
sk_properties_class_init (SkPropertiesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_properties_dispose;
}

static void
sk_properties_init (SkProperties *self)
{
  self->member_rows = g_ptr_array_new ();
}

/* A modal window over `parent` that edits `project`; its edits can be
 * undone like any other (the undo toast asks the parent's win.undo). */
GtkWindow *
sk_properties_new (GtkWindow *parent,
                   SkProject *project)
{
  SkProperties *self = g_object_new (SK_TYPE_PROPERTIES,
                                     "transient-for", parent,
                                     "modal", TRUE,
                                     "title", _("Project Properties"),
                                     "search-enabled", FALSE,
                                     "default-width", 640,
                                     "default-height", 640,
                                     NULL);
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *group = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GtkWidget *add;

  self->project = g_object_ref (project);
  self->parent = parent;

  self->title_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->title_row), _("Title"));
  adw_entry_row_set_show_apply_button (self->title_row, TRUE);
  g_signal_connect_swapped (self->title_row, "apply", G_CALLBACK (title_apply_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->title_row));
  self->organisation_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->organisation_row), _("Organisation"));
  adw_entry_row_set_show_apply_button (self->organisation_row, TRUE);
  g_signal_connect_swapped (self->organisation_row, "apply", G_CALLBACK (organisation_apply_cb), self);
  adw_preferences_group_add (group, GTK_WIDGET (self->organisation_row));
  adw_preferences_page_add (page, group);

  self->members = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (self->members, _("Member Municipalities"));
  adw_preferences_group_set_description (self->members,
                                         _("The municipalities of the cooperation, in the order the tables show them."));
  add = sk_flat_icon_button_new ("list-add-symbolic", _("Add a Member Municipality…"), NULL);
  gtk_widget_set_valign (add, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (add, "clicked", G_CALLBACK (add_member_cb), self);
  adw_preferences_group_set_header_suffix (self->members, add);
  adw_preferences_page_add (page, self->members);
  adw_preferences_page_set_title (page, C_("properties page", "General"));
  adw_preferences_page_set_icon_name (page, "document-properties-symbolic");
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
  /* The bodies, their members and the documents' written language. */
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self),
                              ADW_PREFERENCES_PAGE (sk_board_page_new (parent, project)));

  add_history_shortcuts (self);
  project_changed_cb (self);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-inserted", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-removed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  return GTK_WINDOW (self);
}
