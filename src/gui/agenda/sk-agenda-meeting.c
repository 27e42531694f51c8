/* sk-agenda-meeting.c — a meeting's dialog (new, next, edited), the
 * meeting plan with its iCalendar export, printing the board pack, and
 * the small parts the agenda's pages share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-agenda-view-private.h"
#include "sk-date.h"
#include "sk-date-picker.h"
#include "sk-dialog-util.h"
#include "sk-edit.h"
#include "sk-file.h"
#include "sk-format.h"
#include "sk-ical.h"
#include "sk-render.h"

GtkWindow *
_sk_agenda_window_of (SkAgendaView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

void
_sk_agenda_error_dialog (SkAgendaView *self,
                         const char   *heading,
                         const char   *message)
{
  sk_dialog_tell (GTK_WIDGET (self), heading, message);
}

GtkWidget *
_sk_agenda_section_title (const char *text)
{
  GtkWidget *label = sk_label_new (text, "heading");

  gtk_widget_set_margin_top (label, 12);
  return label;
}

GtkWidget *
_sk_agenda_boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

GtkWidget *
_sk_agenda_button_new (const char *mnemonic,
                       GCallback   callback,
                       gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  return button;
}

GtkWidget *
_sk_agenda_labelled (GtkWidget  *grid,
                     int         row,
                     const char *label,
                     GtkWidget  *widget)
{
  GtkWidget *l = sk_label_new (label, NULL);

  /* Between words on a narrow page: the longest label ("Saksnummer
   * (tomt: etter rekkjefølgja)") widened the window past half a laptop's
   * screen when the side list was shown beside an open item. */
  gtk_label_set_wrap (GTK_LABEL (l), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (l), PANGO_WRAP_WORD);
  gtk_label_set_mnemonic_widget (GTK_LABEL (l), widget);
  gtk_grid_attach (GTK_GRID (grid), l, 0, row, 1, 1);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (GTK_GRID (grid), widget, 1, row, 1, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return widget;
}

GtkWidget *
_sk_agenda_entry_with (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return entry;
}

int
_sk_agenda_compare_by_date (gconstpointer a,
                            gconstpointer b)
{
  const SkMeeting *ma = *(SkMeeting **) a;
  const SkMeeting *mb = *(SkMeeting **) b;
  int c = g_strcmp0 (ma->date, mb->date);

  return c ? c : g_strcmp0 (ma->start_time, mb->start_time);
}

/* The meeting plan: every meeting of every body by date */

static void
ical_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  SkAgendaView    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autofree char *text = sk_ical_from_project (sk_view_get_project (SK_VIEW (self)), 0);

      if (!sk_file_write (file, text, strlen (text), NULL, SK_FILE_WRITE_EXPORT, NULL, NULL, &error))
        _sk_agenda_error_dialog (self, _("Could Not Export"), error->message);
      else
        {
          g_autofree char *name = g_file_get_basename (file);

          sk_view_toast_exported (SK_VIEW (self), name);
        }
    }
}

static void
export_ical_cb (SkAgendaView *self)
{
  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (self), _("Export the Meeting Plan"),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                                      _("meeting-plan.ics"), G_CALLBACK (ical_response_cb), self);

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

void
_sk_agenda_new_meeting (SkAgendaView *self)
{
  SkMeeting *m = sk_meeting_new ();
  GPtrArray *meetings = sk_project_get_meetings (sk_view_get_project (SK_VIEW (self)));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  m->date = g_date_time_format (now, "%Y-%m-%d");
  m->body = g_strdup (meetings->len ? ((SkMeeting *) g_ptr_array_index (meetings, 0))->body : _("The board"));
  m->title = g_strdup (_("Board meeting"));
  m->start_time = g_strdup ("09:00");
  _sk_agenda_edit_meeting (self, m, TRUE);
}

void
_sk_agenda_show_schedule (SkAgendaView *self,
                          GtkBox       *content)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (sk_project_get_meetings (sk_view_get_project (SK_VIEW (self))), NULL, NULL);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  g_ptr_array_set_free_func (sorted, NULL);  /* the copy inherits it */
  g_ptr_array_sort (sorted, _sk_agenda_compare_by_date);
  gtk_box_append (content, sk_heading_new (_("Meeting Plan")));
  /* The sentence above the buttons: beside them, a narrow window stood
   * it on end. */
  gtk_box_append (content, sk_sentence_new (_("The meetings of every body, by date."), "dim-label"));
  gtk_box_append (GTK_BOX (bar), _sk_agenda_button_new (_("_New Meeting…"), G_CALLBACK (_sk_agenda_new_meeting), self));
  gtk_box_append (GTK_BOX (bar), _sk_agenda_button_new (_("Export _iCalendar…"), G_CALLBACK (export_ical_cb), self));
  gtk_box_append (content, bar);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meeting Plan"), -1);
  for (guint i = 0; i < sorted->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (sorted, i);
      g_autofree char *date = sk_format_date_time (m->date, m->start_time);
      const char *mode = sk_meeting_mode_label (m->mode);
      GtkWidget *open = gtk_button_new_with_label (date);

      /* A click on the meeting's date opens its agenda. */
      gtk_widget_add_css_class (open, "flat");
      gtk_widget_set_halign (open, GTK_ALIGN_START);
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (open))), 0);
      gtk_widget_set_tooltip_text (open, _("Open This Meeting"));
      gtk_actionable_set_action_name (GTK_ACTIONABLE (open), "agenda.select-meeting");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (open), "s", m->id);
      gtk_grid_attach (GTK_GRID (grid), open, 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sk_label_new (m->body, "heading"), 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sk_label_new (m->title ? m->title : "", NULL), 2, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sk_label_new (mode, "dim-label"), 3, row, 1, 1);
      row++;
    }
  gtk_widget_set_margin_top (grid, 12);
  /* Wider than a window on half a laptop's screen: the table scrolls
   * sideways on its own. */
  gtk_box_append (content, sk_sideways_scroller_new (grid, _("Meeting Plan")));
}

/* The meeting dialog: body, title, date, time, place, mode */

typedef struct
{
  SkAgendaView *self;
  char         *id;        /* of the meeting edited, or NULL */
  SkMeeting    *fresh;     /* a new one's values, owned */
  GtkWidget    *body, *title, *date, *time, *location, *mode, *error;
} MeetingDialog;

static void
meeting_dialog_free (MeetingDialog *md)
{
  g_clear_pointer (&md->fresh, sk_meeting_free);
  g_free (md->id);
  g_object_unref (md->self);
  g_free (md);
}

/* A response hides the dialog (hide-on-close); it goes once answered. */
static void
meeting_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     MeetingDialog    *md)
{
  SkAgendaView *self = md->self;
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  const char *body = gtk_editable_get_text (GTK_EDITABLE (md->body));
  /* As typed ("3.11.2025", "9.00"), written the file's way. */
  g_autofree char *date = sk_date_from_input (gtk_editable_get_text (GTK_EDITABLE (md->date)));
  g_autofree char *time = sk_time_from_input (gtk_editable_get_text (GTK_EDITABLE (md->time)));
  guint mode = gtk_drop_down_get_selected (GTK_DROP_DOWN (md->mode));
  SkMeetingValues values = {
    body[0] ? body : _("The board"),
    gtk_editable_get_text (GTK_EDITABLE (md->title)),
    date, time,
    gtk_editable_get_text (GTK_EDITABLE (md->location)),
    mode <= SK_MODE_HYBRID ? mode : SK_MODE_UNSET,
  };
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  gboolean done;

  if (!g_str_equal (response, "apply") || date == NULL ||
      (md->id != NULL && sk_project_find_meeting (project, md->id) == NULL))
    {
      meeting_dialog_free (md);
      sk_dialog_destroy_later (dialog);
      return;
    }
  if (md->id == NULL)
    done = sk_edit_add_meeting_with (sk_view_get_history (SK_VIEW (self)), project, &values, &id, &error);
  else
    done = sk_edit_set_meeting (sk_view_get_history (SK_VIEW (self)), project, md->id, &values, &error);
  if (!done)
    {
      /* Refused: the dialog again (it was only hidden), with the reason
       * and all that was typed, for a correction. */
      gtk_label_set_text (GTK_LABEL (md->error), error->message);
      gtk_widget_set_visible (md->error, TRUE);
      gtk_window_present (GTK_WINDOW (dialog));
      return;
    }
  gtk_widget_activate_action (GTK_WIDGET (self), "agenda.select-meeting", "s", id ? id : md->id);
  meeting_dialog_free (md);
  sk_dialog_destroy_later (dialog);
}

static void
meeting_validate_cb (MeetingDialog *md)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (md->date));
  const char *time = gtk_editable_get_text (GTK_EDITABLE (md->time));
  GtkWidget *dialog = gtk_widget_get_ancestor (md->body, ADW_TYPE_MESSAGE_DIALOG);
  const char *problem = NULL;

  g_autofree char *day = sk_date_from_input (date);
  g_autofree char *clock = sk_time_from_input (time);

  if (day == NULL)
    problem = sk_date_input_problem (date);
  else if (time[strspn (time, " ")] != '\0' && clock == NULL)
    problem = _("Write the start time as 09.00 or 09:00, or leave it empty.");
  gtk_label_set_text (GTK_LABEL (md->error), problem ? problem : "");
  gtk_widget_set_visible (md->error, problem != NULL);
  if (dialog)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply", problem == NULL);
}

void
_sk_agenda_edit_meeting (SkAgendaView *self,
                         SkMeeting    *meeting,
                         gboolean      is_new)
{
  MeetingDialog *md = g_new0 (MeetingDialog, 1);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *dialog;
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);

  md->self = g_object_ref (self);
  if (is_new)
    md->fresh = meeting;
  else
    md->id = g_strdup (meeting->id);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  md->body = _sk_agenda_labelled (grid, 0, _("Body"), _sk_agenda_entry_with (meeting->body));
  md->title = _sk_agenda_labelled (grid, 1, _("Title"), _sk_agenda_entry_with (meeting->title));
  {
    /* As the app shows them; the entries take this and the file's form. */
    g_autofree char *date = meeting->date ? sk_format_date_short (meeting->date) : NULL;
    g_autofree char *time = NULL;
    int minutes;

    if (sk_time_parse (meeting->start_time, &minutes))
      time = sk_format_time (minutes);
    md->date = _sk_agenda_entry_with (date);
    /* Typed, or picked from a calendar beside it. */
    gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_widget_get_prev_sibling (
                                     _sk_agenda_labelled (grid, 2, _("Date (YYYY-MM-DD)"),
                                                          sk_date_picker_new (md->date, _("Date (YYYY-MM-DD)"))))),
                                   md->date);
    md->time = _sk_agenda_labelled (grid, 3, _("Start (HH:MM)"),
                                    _sk_agenda_entry_with (time ? time : meeting->start_time));
  }
  md->location = _sk_agenda_labelled (grid, 4, _("Place"), _sk_agenda_entry_with (meeting->location));
  gtk_string_list_append (modes, _("Not set"));
  gtk_string_list_append (modes, sk_meeting_mode_label (SK_MODE_PHYSICAL));
  gtk_string_list_append (modes, sk_meeting_mode_label (SK_MODE_DIGITAL));
  gtk_string_list_append (modes, sk_meeting_mode_label (SK_MODE_HYBRID));
  md->mode = _sk_agenda_labelled (grid, 5, _("Form"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (modes)), NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (md->mode), meeting->mode);
  md->error = sk_sentence_new ("", "error");
  gtk_widget_set_visible (md->error, FALSE);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), md->error);

  dialog = adw_message_dialog_new (_sk_agenda_window_of (self), is_new ? _("New Meeting") : _("Edit Meeting"), NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "apply", is_new ? _("_Add") : _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect_swapped (md->date, "changed", G_CALLBACK (meeting_validate_cb), md);
  g_signal_connect_swapped (md->time, "changed", G_CALLBACK (meeting_validate_cb), md);
  gtk_window_set_hide_on_close (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  g_signal_connect (dialog, "response", G_CALLBACK (meeting_response_cb), md);
  gtk_window_present (GTK_WINDOW (dialog));
  meeting_validate_cb (md);
}

/* Printing: the same pages as the PDF, scaled to the paper */

typedef struct
{
  GPtrArray *pages;
} PrintData;

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintData         *pd)
{
  gtk_print_operation_set_n_pages (operation, pd->pages->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintData         *pd)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = gtk_print_context_get_width (context) / (210 * 72.0 / 25.4);

  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, g_ptr_array_index (pd->pages, page), 0, 0);
  cairo_paint (cr);
}

static void
print_data_free (gpointer data)
{
  PrintData *pd = data;

  g_ptr_array_unref (pd->pages);
  g_free (pd);
}

void
_sk_agenda_print (SkAgendaView *self,
                  SkMeeting    *meeting)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  PrintData *pd = g_new0 (PrintData, 1);
  g_autofree char *name = g_strdup_printf ("%s %s", meeting->body, meeting->date);

  pd->pages = sk_render_meeting_pages (sk_view_get_project (SK_VIEW (self)), meeting, FALSE);
  g_object_set_data_full (G_OBJECT (operation), "sk-print", pd, print_data_free);
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), pd);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), pd);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, _sk_agenda_window_of (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    _sk_agenda_error_dialog (self, _("Could Not Print"), error->message);
}

/* "Styremøte, 15 items" under a meeting's date in the side list. */
char *
_sk_agenda_meeting_subtitle (SkMeeting *m)
{
  guint n = m->items->len;

  return g_strdup_printf (ngettext ("%s, %u item", "%s, %u items", n), m->title ? m->title : m->body, n);
}

/* Bodies in the order they first appear in the file (the board first in
 * a board's project), then by date. */
int
_sk_agenda_compare_meetings (gconstpointer a,
                             gconstpointer b,
                             gpointer      user_data)
{
  GPtrArray *meetings = user_data;
  const SkMeeting *ma = *(SkMeeting **) a;
  const SkMeeting *mb = *(SkMeeting **) b;
  guint ia = 0, ib = 0;

  while (ia < meetings->len && g_strcmp0 (((SkMeeting *) g_ptr_array_index (meetings, ia))->body, ma->body) != 0)
    ia++;
  while (ib < meetings->len && g_strcmp0 (((SkMeeting *) g_ptr_array_index (meetings, ib))->body, mb->body) != 0)
    ib++;
  if (ia != ib)
    return ia < ib ? -1 : 1;
  return g_strcmp0 (ma->date, mb->date);
}

/* The side list's group of a meeting: its body and year. */
char *
_sk_agenda_group_of (SkMeeting *meeting)
{
  return g_strdup_printf ("%s · %.4s", meeting->body, meeting->date ? meeting->date : "");
}
