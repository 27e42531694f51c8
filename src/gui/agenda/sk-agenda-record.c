/* sk-agenda-record.c — the board's formal record in the agenda view
 *
 * An item's row ends in its case number ("Sak 45/25") and, for a case
 * closed to the public, a lock.  Its editor starts with the case number,
 * how many can vote in the case, and the extract (sk-item-head.c), and
 * has a "Public Access" part (sk-item-public.c).  What of these a row has
 * is kept with the row, and shown again from the project each time the
 * view brings the rows up to date (update_times () in sk-agenda-view.c).
 *
 * "Mark the Papers as Sent…" on a meeting gives its items their case
 * numbers, in agenda order; the numbers stay when the order changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-record"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda-record.h"
#include "sk-agenda-view-private.h"
#include "sk-date.h"
#include "sk-date-picker.h"
#include "sk-edit-record.h"
#include "sk-format.h"
#include "sk-item-public.h"
#include "sk-item-head.h"
#include "sk-record.h"
#include "sk-view-util.h"

#define ROW_RECORD "sk-row-record"

/* The record's widgets of one row, weak: the editor's come and go. */
typedef struct
{
  GtkWidget *marks;
  GtkWidget *case_label;
  GtkWidget *lock;
  GtkWidget *head;
  GtkWidget *public;
  SkItem    *item;         /* whose marks are shown */
  char      *said;         /* "Sak 41/25 · Closed to the public", for a screen reader */
  char      *sub;          /* the line under the row's title */
  char      *description;  /* the row's, as told */
} RowRecord;

static void
row_record_free (gpointer data)
{
  RowRecord *rr = data;

  g_clear_weak_pointer (&rr->marks);
  g_clear_weak_pointer (&rr->case_label);
  g_clear_weak_pointer (&rr->lock);
  g_clear_weak_pointer (&rr->head);
  g_clear_weak_pointer (&rr->public);
  g_free (rr->said);
  g_free (rr->sub);
  g_free (rr->description);
  g_free (rr);
}

static RowRecord *
row_record (GtkWidget *row)
{
  RowRecord *rr = g_object_get_data (G_OBJECT (row), ROW_RECORD);

  if (rr == NULL)
    {
      rr = g_new0 (RowRecord, 1);
      g_object_set_data_full (G_OBJECT (row), ROW_RECORD, rr, row_record_free);
    }
  return rr;
}

GtkWidget *
sk_item_marks_new (GtkWidget *row)
{
  RowRecord *rr = row_record (row);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = sk_label_new ("", "dim-label");

  gtk_widget_add_css_class (label, "numeric");
  gtk_widget_set_visible (label, FALSE);
  /* The lock before the number is made for a case closed to the public
   * (update_marks ()): most rows never show one. */
  gtk_box_append (GTK_BOX (box), label);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  g_set_weak_pointer (&rr->marks, box);
  g_set_weak_pointer (&rr->case_label, label);
  return box;
}

GtkWidget *
sk_agenda_record_head_new (GtkWidget    *row,
                           SkAgendaView *view,
                           SkMeeting    *meeting,
                           SkItem       *item)
{
  SkProject *project = sk_view_get_project (SK_VIEW (view));
  GtkWidget *head = sk_item_head_new (item->id);
  guint index;

  g_set_weak_pointer (&row_record (row)->head, head);
  if (g_ptr_array_find (meeting->items, item, &index))
    sk_item_head_update (SK_ITEM_HEAD (head), project, meeting, index);
  return head;
}

static void
public_edited_cb (GtkWidget  *public,
                  SkProject  *project,
                  const char *meeting_id,
                  const char *item_id)
{
  sk_agenda_record_row_changed (public, project, meeting_id, item_id);
}

GtkWidget *
sk_agenda_record_public_new (GtkWidget    *row,
                             SkAgendaView *view,
                             SkMeeting    *meeting,
                             SkItem       *item)
{
  GtkWidget *public = sk_item_public_new (SK_VIEW (view), meeting->id, item->id);

  g_signal_connect (public, "edited", G_CALLBACK (public_edited_cb), NULL);
  g_set_weak_pointer (&row_record (row)->public, public);
  sk_item_public_update (SK_ITEM_PUBLIC (public), item);
  return public;
}

static void
update_marks (RowRecord *rr,
              SkProject *project,
              SkMeeting *meeting,
              SkItem    *item)
{
  g_autofree char *number = sk_item_case_number (project, meeting, item);
  const char *closed = sk_item_closed_basis (item);

  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (rr->case_label)), number ? number : "") != 0)
    gtk_label_set_text (GTK_LABEL (rr->case_label), number ? number : "");
  gtk_widget_set_visible (rr->case_label, number != NULL);
  if (closed != NULL && rr->lock == NULL && rr->marks != NULL)
    {
      GtkWidget *lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");

      gtk_accessible_update_property (GTK_ACCESSIBLE (lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Closed to the public"), -1);
      gtk_box_prepend (GTK_BOX (rr->marks), lock);
      g_set_weak_pointer (&rr->lock, lock);
    }
  if (rr->lock != NULL)
    gtk_widget_set_visible (rr->lock, closed != NULL);
  if (closed != NULL && rr->lock != NULL)
    {
      g_autofree char *tip = g_strdup_printf (_("Closed to the public, see %s"), closed);
      const char *old = gtk_widget_get_tooltip_text (rr->lock);

      if (g_strcmp0 (old, tip) != 0)
        sk_widget_set_tooltip (rr->lock, tip);
    }
  g_free (rr->said);
  if (number != NULL && closed != NULL)
    rr->said = g_strdup_printf ("%s · %s", number, _("Closed to the public"));
  else
    rr->said = g_strdup (number ? number : closed ? _("Closed to the public") : NULL);
}

/* "09.00–09.05 · Formal · Styreleiar · Sak 41/25": what a screen reader
 * says after the row's title. */
static void
update_description (GtkWidget *row,
                    RowRecord *rr)
{
  g_autofree char *description = NULL;

  if (rr->said != NULL && rr->sub != NULL && rr->sub[0] != '\0')
    description = g_strdup_printf ("%s · %s", rr->sub, rr->said);
  else
    description = g_strdup (rr->said ? rr->said : rr->sub ? rr->sub : "");
  if (g_strcmp0 (rr->description, description) == 0)
    return;
  g_free (rr->description);
  rr->description = g_steal_pointer (&description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, rr->description, -1);
}

void
sk_agenda_record_update_row (GtkWidget  *row,
                             SkProject  *project,
                             SkMeeting  *meeting,
                             guint       index,
                             const char *sub)
{
  RowRecord *rr = g_object_get_data (G_OBJECT (row), ROW_RECORD);
  SkItem *item;

  if (rr == NULL || project == NULL || meeting == NULL || index >= meeting->items->len)
    return;
  item = g_ptr_array_index (meeting->items, index);
  if (sub != NULL && g_strcmp0 (rr->sub, sub) != 0)
    {
      g_free (rr->sub);
      rr->sub = g_strdup (sub);
    }
  /* The view brings every row up to date on each key typed in a title:
   * the marks are read again only for another item, or after an edit of
   * the record (`sub` NULL). */
  if (rr->case_label != NULL && (sub == NULL || rr->item != item))
    {
      rr->item = item;
      update_marks (rr, project, meeting, item);
    }
  update_description (row, rr);
  if (rr->head != NULL && g_strcmp0 (sk_item_head_get_item_id (SK_ITEM_HEAD (rr->head)), item->id) == 0)
    sk_item_head_update (SK_ITEM_HEAD (rr->head), project, meeting, index);
  if (rr->public != NULL && g_strcmp0 (sk_item_public_get_item_id (SK_ITEM_PUBLIC (rr->public)), item->id) == 0)
    sk_item_public_update (SK_ITEM_PUBLIC (rr->public), item);
}

void
sk_agenda_record_row_changed (GtkWidget  *inside,
                              SkProject  *project,
                              const char *meeting_id,
                              const char *item_id)
{
  SkMeeting *meeting = sk_project_find_meeting (project, meeting_id);
  GtkWidget *row = gtk_widget_get_ancestor (inside, GTK_TYPE_LIST_BOX_ROW);

  /* The agenda's row, not a row of a list in its editor */
  while (row != NULL && g_object_get_data (G_OBJECT (row), ROW_RECORD) == NULL)
    {
      GtkWidget *parent = gtk_widget_get_parent (row);

      row = parent ? gtk_widget_get_ancestor (parent, GTK_TYPE_LIST_BOX_ROW) : NULL;
    }
  if (row == NULL || meeting == NULL)
    return;
  for (guint i = 0; i < meeting->items->len; i++)
    if (g_strcmp0 (((SkItem *) g_ptr_array_index (meeting->items, i))->id, item_id) == 0)
      sk_agenda_record_update_row (row, project, meeting, i, NULL);
}

void
sk_agenda_record_meeting_info (SkMeeting *meeting,
                               GString   *info)
{
  const char *sent = sk_meeting_get_papers_sent (meeting);
  g_autofree char *date = NULL;

  if (sent == NULL)
    return;
  date = sk_format_date (sent);
  g_string_append (info, " · ");
  /* Translators: after a meeting's date and place; %s is a date, "27. oktober 2025" */
  g_string_append_printf (info, _("Papers sent %s"), date);
}

/* The dialog */

typedef struct
{
  SkAgendaView *view;
  char         *meeting_id;
  GtkWidget    *date;
  GtkWidget    *error;
} PapersDialog;

static void
papers_dialog_free (PapersDialog *pd)
{
  g_object_unref (pd->view);
  g_free (pd->meeting_id);
  g_free (pd);
}

static void
papers_validate_cb (PapersDialog *pd)
{
  g_autofree char *date = sk_date_from_input (gtk_editable_get_text (GTK_EDITABLE (pd->date)));
  GtkWidget *dialog = gtk_widget_get_ancestor (pd->date, ADW_TYPE_MESSAGE_DIALOG);

  if (date == NULL)
    gtk_label_set_text (GTK_LABEL (pd->error), sk_date_input_problem (gtk_editable_get_text (GTK_EDITABLE (pd->date))));
  gtk_widget_set_visible (pd->error, date == NULL);
  if (dialog != NULL)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "mark", date != NULL);
}

static guint
count_unnumbered (SkProject *project,
                  SkMeeting *meeting)
{
  guint n = 0;

  for (guint i = 0; i < meeting->items->len; i++)
    {
      g_autofree char *number = sk_item_case_number (project, meeting, g_ptr_array_index (meeting->items, i));

      n += number == NULL;
    }
  return n;
}

static void
papers_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    PapersDialog     *pd)
{
  SkView *view = SK_VIEW (pd->view);
  SkProject *project = sk_view_get_project (view);
  SkMeeting *meeting = project ? sk_project_find_meeting (project, pd->meeting_id) : NULL;
  g_autofree char *date = sk_date_from_input (gtk_editable_get_text (GTK_EDITABLE (pd->date)));
  g_autoptr(GError) error = NULL;
  guint before;

  if (!g_str_equal (response, "mark") || meeting == NULL || date == NULL)
    {
      papers_dialog_free (pd);
      return;
    }
  before = count_unnumbered (project, meeting);
  /* The view is made anew from the project: every row has its number. */
  if (!sk_edit_mark_papers_sent (sk_view_get_history (view), project, pd->meeting_id, date, &error))
    sk_view_toast (view, error->message, FALSE);
  else
    {
      g_autofree char *day = sk_format_date (date);
      g_autofree char *message = NULL;

      /* Translators: a toast, with Undo; "The papers were sent 27. oktober 2025; 15 items got a case number" */
      message = g_strdup_printf (ngettext ("The papers were sent %s; %u item got a case number",
                                           "The papers were sent %s; %u items got a case number", before),
                                 day, before);
      sk_view_toast (view, message, TRUE);
    }
  papers_dialog_free (pd);
}

void
sk_agenda_mark_papers_sent (SkAgendaView *self)
{
  SkMeeting *meeting = self->meeting;
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  PapersDialog *pd;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree char *shown = sk_format_date_short (today);
  g_autofree char *body = NULL;
  GtkWidget *box, *line, *label, *dialog;
  const char *sent;

  if (meeting == NULL || project == NULL)
    return;
  pd = g_new0 (PapersDialog, 1);
  pd->view = g_object_ref (self);
  pd->meeting_id = g_strdup (meeting->id);
  sent = sk_meeting_get_papers_sent (meeting);
  if (sent != NULL)
    {
      g_autofree char *day = sk_format_date (sent);

      body = g_strdup_printf (_("The papers were sent %s. Marked again, the items without a case "
                                "number get the next free ones."), day);
    }
  else
    body = g_strdup_printf (_("Each item gets the next free case number of %s for the year, in "
                              "agenda order. The numbers stay when the agenda is reordered."),
                            meeting->body);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  label = gtk_label_new_with_mnemonic (_("Sent _on"));
  pd->date = gtk_entry_new ();
  gtk_editable_set_text (GTK_EDITABLE (pd->date), shown);
  gtk_entry_set_activates_default (GTK_ENTRY (pd->date), TRUE);
  gtk_widget_set_hexpand (pd->date, TRUE);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), pd->date);
  gtk_accessible_update_property (GTK_ACCESSIBLE (pd->date), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Sent on"), -1);
  gtk_box_append (GTK_BOX (line), label);
  gtk_box_append (GTK_BOX (line), sk_date_picker_new (pd->date, _("Sent on")));
  pd->error = sk_sentence_new (_("Write the date as 10.2.2026 or 2026-02-10."), "error");
  gtk_widget_set_visible (pd->error, FALSE);
  gtk_box_append (GTK_BOX (box), line);
  gtk_box_append (GTK_BOX (box), pd->error);

  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   _("Mark the Papers as Sent"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "mark", _("_Mark as Sent"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "mark", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "mark");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_swapped (pd->date, "changed", G_CALLBACK (papers_validate_cb), pd);
  g_signal_connect (dialog, "response", G_CALLBACK (papers_response_cb), pd);
  gtk_window_present (GTK_WINDOW (dialog));
  papers_validate_cb (pd);
}
