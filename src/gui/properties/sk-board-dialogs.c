/* sk-board-dialogs.c — the dialogs of the Board page: adding a body,
 * adding or editing a member with its personal deputies (a deputy's name
 * emptied removes them), and a numbered deputy
 *
 * Each is an AdwMessageDialog with its fields as the extra child, like
 * the one that adds a member municipality (sk-properties.c); Enter in a
 * field chooses the main response, which stays off without a name.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "sk-board-dialogs.h"
#include "sk-dialog-util.h"
#include "sk-document.h"
#include "sk-edit-record.h"
#include "sk-record.h"

SkHistory *
sk_board_history (SkProject *project)
{
  SkDocument *document = sk_document_from_project (project);

  return document != NULL ? sk_document_get_history (document) : NULL;
}

void
sk_board_toast (GtkWidget  *widget,
                const char *message)
{
  GtkWidget *window = gtk_widget_get_ancestor (widget, ADW_TYPE_PREFERENCES_WINDOW);
  AdwToast *toast;

  if (window == NULL)
    return;
  /* The window is narrow and a refusal's reason long: it wraps, whole */
  toast = sk_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 8);
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (window), toast);
}

typedef struct
{
  GtkWidget  *page;
  SkProject  *project;
  char       *body_id;
  char       *person_id;      /* the member or deputy edited; NULL: a new one */
  GtkWidget  *dialog;
  GtkWidget  *grid;
  int         rows;
  GtkWidget  *name;
  GtkWidget  *role;           /* members only */
  GtkWidget  *municipality;
  GStrv       municipality_ids; /* of the drop-down's entries after "None" */
  GPtrArray  *deputy_entries; /* the member's personal deputies, then a new one */
  GPtrArray  *deputy_ids;     /* the same, NULL for the new one */
} BoardDialog;

static void
board_dialog_free (BoardDialog *bd)
{
  g_object_unref (bd->page);
  g_object_unref (bd->project);
  g_free (bd->body_id);
  g_free (bd->person_id);
  g_strfreev (bd->municipality_ids);
  g_clear_pointer (&bd->deputy_entries, g_ptr_array_unref);
  g_clear_pointer (&bd->deputy_ids, g_ptr_array_unref);
  g_free (bd);
}

/* The text of an entry without spaces at its ends. */
static char *
entry_text (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

/* An id for a new person of `body` from their name ("Kari Nes" →
 * "kari-nes"), not taken by a member or deputy there nor by `also`. */
static char *
new_person_id (const SkBody *body,
               const char   *name,
               const char   *also)
{
  g_autoptr(GPtrArray) taken = g_ptr_array_new ();

  /* sk_municipality_id_for_name () reads each element as a pointer to
   * the id, as the records hold it first. */
  for (guint i = 0; i < body->members->len; i++)
    {
      SkMember *m = g_ptr_array_index (body->members, i);

      g_ptr_array_add (taken, &m->id);
      for (guint k = 0; k < m->deputies->len; k++)
        g_ptr_array_add (taken, &((SkDeputy *) g_ptr_array_index (m->deputies, k))->id);
    }
  for (guint i = 0; i < body->deputies->len; i++)
    g_ptr_array_add (taken, &((SkDeputy *) g_ptr_array_index (body->deputies, i))->id);
  if (also != NULL)
    g_ptr_array_add (taken, (gpointer) &also);
  return sk_municipality_id_for_name (taken, name);
}

/* A labelled field in the dialog's grid; the label's mnemonic focuses it. */
static void
add_field (BoardDialog *bd,
           const char  *label,
           GtkWidget   *field)
{
  GtkWidget *l = gtk_label_new_with_mnemonic (label);

  gtk_label_set_xalign (GTK_LABEL (l), 1.0);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), field);
  gtk_widget_set_hexpand (field, TRUE);
  gtk_grid_attach (GTK_GRID (bd->grid), l, 0, bd->rows, 1, 1);
  gtk_grid_attach (GTK_GRID (bd->grid), field, 1, bd->rows, 1, 1);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (field), GTK_ACCESSIBLE_RELATION_LABELLED_BY, l, NULL, -1);
  bd->rows++;
}

static GtkWidget *
add_entry (BoardDialog *bd,
           const char  *label,
           const char  *text,
           const char  *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  if (placeholder != NULL)
    gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  add_field (bd, label, entry);
  return entry;
}

/* The drop-down of the project's member municipalities, `selected` (an
 * id, may be NULL) chosen. */
static void
add_municipality_field (BoardDialog *bd,
                        const char  *selected)
{
  GPtrArray *list = sk_project_get_municipalities (bd->project);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  guint chosen = 0;

  gtk_string_list_append (names, C_("municipality", "None"));
  bd->municipality_ids = g_new0 (char *, list->len + 1);
  for (guint i = 0; i < list->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (list, i);

      gtk_string_list_append (names, m->name);
      bd->municipality_ids[i] = g_strdup (m->id);
      if (g_strcmp0 (m->id, selected) == 0)
        chosen = i + 1;
    }
  bd->municipality = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bd->municipality), chosen);
  add_field (bd, _("_Municipality"), bd->municipality);
}

static const char *
chosen_municipality (BoardDialog *bd)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (bd->municipality));

  return i == 0 || i == GTK_INVALID_LIST_POSITION ? NULL : bd->municipality_ids[i - 1];
}

static void
name_changed_cb (BoardDialog *bd)
{
  g_autofree char *name = entry_text (bd->name);
  gboolean ok = name[0] != '\0';

  /* Two bodies of one name would leave a meeting between them. */
  if (ok && bd->person_id == NULL && bd->body_id == NULL)
    {
      g_autoptr(SkBody) same = sk_project_get_body (bd->project, name);

      ok = same == NULL;
    }
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (bd->dialog), "save", ok);
}

static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  BoardDialog      *bd);

/* The dialog, its fields to be added to bd->grid. */
static BoardDialog *
board_dialog_new (GtkWidget  *page,
                  SkProject  *project,
                  const char *heading,
                  const char *body,
                  const char *save_label)
{
  BoardDialog *bd = g_new0 (BoardDialog, 1);

  bd->page = g_object_ref (page);
  bd->project = g_object_ref (project);
  bd->dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (page)), heading, body);
  bd->grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (bd->grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (bd->grid), 12);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (bd->dialog), bd->grid);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (bd->dialog), "cancel", _("_Cancel"), "save", save_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (bd->dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (bd->dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (bd->dialog), "cancel");
  g_signal_connect (bd->dialog, "response", G_CALLBACK (save_response_cb), bd);
  return bd;
}

static void
board_dialog_present (BoardDialog *bd)
{
  g_signal_connect_swapped (bd->name, "changed", G_CALLBACK (name_changed_cb), bd);
  name_changed_cb (bd);
  gtk_window_present (GTK_WINDOW (bd->dialog));
  gtk_widget_grab_focus (bd->name);
}

/* Adds the body, or saves the member and its deputies, or the deputy. */
static gboolean
save (BoardDialog  *bd,
      GError      **error)
{
  SkHistory *history = sk_board_history (bd->project);
  g_autofree char *name = entry_text (bd->name);
  g_autoptr(SkBody) body = NULL;
  g_autofree char *member_id = NULL;
  gboolean ok = TRUE;

  if (bd->body_id == NULL)
    {
      g_autoptr(GPtrArray) bodies = sk_project_get_bodies (bd->project);
      g_autofree char *id = sk_municipality_id_for_name (bodies, name);

      return sk_edit_set_body (history, bd->project, id, name, NULL, NULL, error);
    }
  body = sk_project_get_body (bd->project, bd->body_id);
  if (body == NULL)
    {
      /* Undone while the dialog was open. */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("The body “%s” is no longer in the project"), bd->body_id);
      return FALSE;
    }
  if (bd->role == NULL)
    {
      g_autofree char *id = bd->person_id ? g_strdup (bd->person_id) : new_person_id (body, name, NULL);

      for (guint i = 0; bd->person_id != NULL && i < body->deputies->len; i++)
        {
          SkDeputy *d = g_ptr_array_index (body->deputies, i);

          if (g_strcmp0 (d->id, id) == 0 && g_strcmp0 (d->name, name) == 0 &&
              g_strcmp0 (d->municipality, chosen_municipality (bd)) == 0)
            return TRUE;
        }
      return sk_edit_set_deputy (history, bd->project, bd->body_id, NULL, id, name, chosen_municipality (bd), error);
    }

  member_id = bd->person_id ? g_strdup (bd->person_id) : new_person_id (body, name, NULL);
  /* The member and its deputies are one step of undo. */
  if (history != NULL)
    sk_history_begin_group (history);
  {
    const SkMember *old = sk_body_find_member (body, member_id);
    SkRole role = gtk_drop_down_get_selected (GTK_DROP_DOWN (bd->role));

    /* Saved as it was, it is no step of undo. */
    if (old == NULL || g_strcmp0 (old->name, name) != 0 || old->role != role ||
        g_strcmp0 (old->municipality, chosen_municipality (bd)) != 0)
      ok = sk_edit_set_body_member (history, bd->project, bd->body_id, member_id, name, role,
                                    chosen_municipality (bd), error);
  }
  for (guint i = 0; ok && i < bd->deputy_entries->len; i++)
    {
      const char *deputy_id = g_ptr_array_index (bd->deputy_ids, i);
      g_autofree char *deputy = entry_text (g_ptr_array_index (bd->deputy_entries, i));
      const char *old = deputy_id ? sk_body_person_name (body, deputy_id) : NULL;
      g_autofree char *id = NULL;
      const char *municipality = chosen_municipality (bd);

      /* A deputy's name emptied takes the deputy away, unless the
       * record of a meeting names them (the reason is the toast). */
      if (deputy[0] == '\0' && deputy_id != NULL)
        {
          ok = sk_edit_remove_deputy (history, bd->project, bd->body_id, deputy_id, error);
          continue;
        }
      if (deputy[0] == '\0' || g_strcmp0 (deputy, old) == 0)
        continue;
      if (deputy_id == NULL)
        id = new_person_id (body, deputy, member_id);
      else
        {
          const SkMember *m = sk_body_find_member (body, member_id);

          id = g_strdup (deputy_id);
          /* An existing deputy keeps its own municipality. */
          for (guint k = 0; m != NULL && k < m->deputies->len; k++)
            {
              SkDeputy *d = g_ptr_array_index (m->deputies, k);

              if (g_strcmp0 (d->id, deputy_id) == 0)
                municipality = d->municipality;
            }
        }
      ok = sk_edit_set_deputy (history, bd->project, bd->body_id, member_id, id, deputy, municipality, error);
    }
  if (history != NULL)
    sk_history_end_group (history);
  return ok;
}

static void
save_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  BoardDialog      *bd)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "save") && !save (bd, &error))
    sk_board_toast (bd->page, error->message);
  board_dialog_free (bd);
}

void
sk_board_body_dialog (GtkWidget *page,
                      SkProject *project)
{
  BoardDialog *bd = board_dialog_new (page, project, _("Add a Body"),
                                      _("A body that meets, such as the board or the council of representatives. "
                                        "Its meetings give its name as their body."),
                                      _("_Add"));
  GPtrArray *meetings = sk_project_get_meetings (project);
  const char *suggested = NULL;

  /* The first body that meetings name and that is not here yet. */
  for (guint i = 0; i < meetings->len && suggested == NULL; i++)
    {
      SkMeeting *m = g_ptr_array_index (meetings, i);
      g_autoptr(SkBody) known = m->body ? sk_project_get_body (project, m->body) : NULL;

      if (m->body != NULL && m->body[0] != '\0' && known == NULL)
        suggested = m->body;
    }
  bd->name = add_entry (bd, _("_Name"), suggested, _("Such as “Representantskapet”"));
  board_dialog_present (bd);
  gtk_editable_select_region (GTK_EDITABLE (bd->name), 0, -1);
}

void
sk_board_member_dialog (GtkWidget  *page,
                        SkProject  *project,
                        const char *body_id,
                        const char *member_id)
{
  g_autoptr(SkBody) body = sk_project_get_body (project, body_id);
  const SkMember *member = sk_body_find_member (body, member_id);
  g_autofree char *text = g_strdup_printf (_("A member of %s, with the personal deputies who meet in their place."),
                                           body ? body->name : body_id);
  BoardDialog *bd = board_dialog_new (page, project,
                                      member ? _("Edit the Member") : _("Add a Member"), text,
                                      member ? _("_Save") : _("_Add"));
  const char *roles[] = { sk_role_label (SK_ROLE_CHAIR), sk_role_label (SK_ROLE_DEPUTY_CHAIR),
                          sk_role_label (SK_ROLE_MEMBER), NULL };
  guint n = member ? member->deputies->len : 0;

  bd->body_id = g_strdup (body_id);
  bd->person_id = member ? g_strdup (member->id) : NULL;
  bd->name = add_entry (bd, _("_Name"), member ? member->name : NULL, _("First and last name"));
  bd->role = gtk_drop_down_new_from_strings (roles);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (bd->role), member ? member->role : SK_ROLE_MEMBER);
  add_field (bd, _("_Role"), bd->role);
  add_municipality_field (bd, member ? member->municipality : NULL);
  bd->deputy_entries = g_ptr_array_new ();
  bd->deputy_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i <= n; i++)
    {
      SkDeputy *d = i < n ? g_ptr_array_index (member->deputies, i) : NULL;
      g_autofree char *label = i == 0 ? g_strdup (_("Personal _deputy"))
                                      : g_strdup_printf (_("Personal deputy %u"), i + 1);

      g_ptr_array_add (bd->deputy_entries,
                       add_entry (bd, label, d ? d->name : NULL,
                                  d ? _("Empty: the deputy is removed") : _("Name, or empty")));
      g_ptr_array_add (bd->deputy_ids, d ? g_strdup (d->id) : NULL);
    }
  board_dialog_present (bd);
}

void
sk_board_deputy_dialog (GtkWidget  *page,
                        SkProject  *project,
                        const char *body_id,
                        const char *deputy_id)
{
  g_autoptr(SkBody) body = sk_project_get_body (project, body_id);
  SkDeputy *deputy = NULL;
  BoardDialog *bd;

  for (guint i = 0; body != NULL && deputy_id != NULL && i < body->deputies->len; i++)
    if (g_strcmp0 (((SkDeputy *) g_ptr_array_index (body->deputies, i))->id, deputy_id) == 0)
      deputy = g_ptr_array_index (body->deputies, i);
  bd = board_dialog_new (page, project,
                         deputy ? _("Edit the Numbered Deputy") : _("Add a Numbered Deputy"),
                         _("Numbered deputies are called in their order when a member cannot attend and has no personal deputy there."),
                         deputy ? _("_Save") : _("_Add"));
  bd->body_id = g_strdup (body_id);
  bd->person_id = deputy ? g_strdup (deputy->id) : NULL;
  bd->name = add_entry (bd, _("_Name"), deputy ? deputy->name : NULL, _("First and last name"));
  add_municipality_field (bd, deputy ? deputy->municipality : NULL);
  board_dialog_present (bd);
}
