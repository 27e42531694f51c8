/* sk-agenda-export.c — a meeting's documents from the agenda view
 *
 * The same documents as `sakskart-cli export-pdf`, made by the same
 * function (sk_render_meeting_document ()), in the board's written
 * language whatever the desktop speaks: the board pack for the members,
 * the public one (closed cases by title and legal basis only), the
 * minutes, and the extract of one case.  The file is chosen in a file
 * chooser, under a name in the document's language, and written through a
 * temporary file and a rename; a toast names it, or a dialog says why it
 * could not be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-export"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda-export.h"
#include "sk-agenda-view-private.h"
#include "sk-agenda.h"
#include "sk-approval-dialog.h"
#include "sk-attendance-dialog.h"
#include "sk-dialog-util.h"
#include "sk-record.h"
#include "sk-render.h"

static void
error_dialog (SkAgendaView *self,
              const char   *path,
              const char   *message)
{
  g_autofree char *name = g_path_get_basename (path ? path : "");
  /* Translators: the heading of a dialog; %s is a file's name */
  g_autofree char *heading = g_strdup_printf (_("Could Not Export “%s”"), name);

  sk_dialog_tell (GTK_WIDGET (self), heading, message);
}

static void
response_cb (GtkNativeDialog *chooser,
             int              response,
             SkAgendaView    *self)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  const char *meeting_id = g_object_get_data (G_OBJECT (chooser), "sk-meeting");
  const char *item_id = g_object_get_data (G_OBJECT (chooser), "sk-item");
  SkMeetingDoc kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "sk-kind"));
  SkMeeting *meeting = project ? sk_project_find_meeting (project, meeting_id) : NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = file ? g_file_get_path (file) : NULL;
  if (path != NULL && !g_str_has_suffix (path, ".pdf"))
    {
      char *with = g_strconcat (path, ".pdf", NULL);

      g_free (path);
      path = with;
    }
  if (path == NULL)
    error_dialog (self, file ? g_file_peek_path (file) : NULL,
                  _("Sakskart writes documents to local folders only."));
  else if (meeting == NULL)
    /* Undone while the chooser was open */
    error_dialog (self, path, _("The meeting is no longer in the project."));
  else if (!sk_render_meeting_document (project, meeting, kind, item_id, path, &error))
    error_dialog (self, path, error->message);
  else
    sk_view_toast_exported (SK_VIEW (self), path);
}

static void
export (SkAgendaView *self,
        SkMeetingDoc  kind,
        const char   *item_id)
{
  SkMeeting *meeting = self->meeting;
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  g_autofree char *name = NULL;
  GtkFileChooser *chooser;
  const char *title;

  if (meeting == NULL || project == NULL)
    return;
  switch (kind)
    {
    case SK_MEETING_DOC_PUBLIC_PACK:
      title = _("Export the Public Board Pack");
      break;
    case SK_MEETING_DOC_MINUTES:
      title = _("Export the Minutes");
      break;
    case SK_MEETING_DOC_EXTRACT:
      title = _("Export the Extract of the Minutes");
      break;
    case SK_MEETING_DOC_PACK:
    default:
      title = _("Export the Board Pack");
      break;
    }
  name = sk_render_meeting_document_name (project, meeting, kind, item_id);
  chooser = sk_view_file_chooser_new (SK_VIEW (self), title, GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                                      G_CALLBACK (response_cb), self);
  g_object_set_data_full (G_OBJECT (chooser), "sk-meeting", g_strdup (meeting->id), g_free);
  g_object_set_data_full (G_OBJECT (chooser), "sk-item", g_strdup (item_id), g_free);
  g_object_set_data (G_OBJECT (chooser), "sk-kind", GINT_TO_POINTER (kind));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
sk_agenda_export_pack (SkAgendaView *self)
{
  export (self, SK_MEETING_DOC_PACK, NULL);
}

void
sk_agenda_export_public (SkAgendaView *self)
{
  export (self, SK_MEETING_DOC_PUBLIC_PACK, NULL);
}

void
sk_agenda_export_minutes (SkAgendaView *self)
{
  export (self, SK_MEETING_DOC_MINUTES, NULL);
}

/* The cases of the meeting shown, as they are now, in `menu`. */
static void
fill_extract_menu (GMenu  *menu,
                   SkView *view)
{
  SkMeeting *meeting = ((SkAgendaView *) view)->meeting;
  SkProject *project = sk_view_get_project (view);

  g_menu_remove_all (menu);
  for (guint i = 0; meeting != NULL && i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      g_autofree char *number = sk_item_case_number (project, meeting, item);
      g_autofree char *position = sk_meeting_item_number (meeting, i);
      g_autofree char *label = NULL;
      g_auto(GStrv) parts = NULL;
      g_autoptr(GMenuItem) entry = NULL;

      /* Translators: a case in a menu, "Sak 47/25: Felles barnevern i Sogn" */
      label = number ? g_strdup_printf (_("%s: %s"), number, item->title ? item->title : "")
                     : g_strdup_printf ("%s. %s", position, item->title ? item->title : "");
      /* A title's underscores are not access keys */
      parts = g_strsplit (label, "_", -1);
      g_free (label);
      label = g_strjoinv ("__", parts);
      entry = g_menu_item_new (label, NULL);
      g_menu_item_set_action_and_target (entry, "meeting.export-extract", "s", item->id);
      g_menu_append_item (menu, entry);
    }
}

void
sk_agenda_export_add_extract_menu (GMenu  *papers,
                                   SkView *view)
{
  SkMeeting *meeting = ((SkAgendaView *) view)->meeting;
  g_autoptr(GMenu) menu = g_menu_new ();

  /* The attendance set ahead, the minutes' approval, after their export */
  sk_attendance_dialog_add_menu (papers, view);
  sk_approval_dialog_add_menu (papers, view);
  g_object_set_data (G_OBJECT (view), "sk-extract-menu", NULL);
  if (meeting == NULL || meeting->items->len == 0)
    return;
  g_menu_append_submenu (papers, _("Export an Extract as PDF"), G_MENU_MODEL (menu));
  /* Its cases are filled in as the menu opens (sk_agenda_export_watch_menu
   * ()), not with every page: a case's number reads its body. */
  g_object_set_data_full (G_OBJECT (view), "sk-extract-menu", g_steal_pointer (&menu), g_object_unref);
}

static void
refresh_extract_menu (GtkMenuButton *button,
                      gpointer       view)
{
  GMenu *menu = g_object_get_data (G_OBJECT (view), "sk-extract-menu");

  if (menu != NULL)
    fill_extract_menu (menu, view);
  /* What sk_more_button_new ()'s own function does, which this one
   * replaces: the menu is made when first opened. */
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, g_object_get_data (G_OBJECT (button), "sk-menu"));
}

void
sk_agenda_export_watch_menu (GtkWidget *button,
                             SkView    *view)
{
  /* A title edited or an item moved since the page was made: the menu
   * names the cases as they are when it opens, not on every key. */
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), refresh_extract_menu, view, NULL);
}

void
sk_agenda_export_extract (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  export ((SkAgendaView *) widget, SK_MEETING_DOC_EXTRACT, g_variant_get_string (parameter, NULL));
}
