/* sk-agenda-header.c — the head of a meeting's page: its title, when
 * and where it meets, and its actions (the buttons and the meeting menu:
 * next meeting, the papers, delete)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-agenda-export.h"
#include "sk-agenda-record.h"
#include "sk-agenda-view-private.h"
#include "sk-clipboard.h"
#include "sk-date.h"
#include "sk-edit.h"
#include "sk-export.h"
#include "sk-format.h"
#include "sk-presenter.h"

/* Meeting actions */

static void
edit_meeting_cb (SkAgendaView *self)
{
  _sk_agenda_edit_meeting (self, self->meeting, FALSE);
}

static void
next_meeting_cb (SkAgendaView *self)
{
  SkMeeting *next = sk_meeting_next_from (self->meeting, sk_project_get_meetings (sk_view_get_project (SK_VIEW (self))), 28);

  _sk_agenda_edit_meeting (self, next, TRUE);
}

static void
delete_meeting_cb (SkAgendaView *self)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  GPtrArray *plan = sk_project_get_plan (project);
  g_autofree char *date = sk_format_date (self->meeting->date);
  g_autofree char *id = g_strdup (self->meeting->id);
  g_autofree char *msg = NULL;
  g_autoptr(GError) error = NULL;
  guint untied = 0;

  /* The planned matters for it are not scheduled any more. */
  for (guint i = 0; i < plan->len; i++)
    if (g_strcmp0 (((SkPlanEntry *) g_ptr_array_index (plan, i))->meeting, id) == 0)
      untied++;
  if (!sk_edit_remove_meeting (sk_view_get_history (SK_VIEW (self)), project, id, &error))
    {
      sk_view_toast (SK_VIEW (self), error->message, FALSE);
      return;
    }
  if (untied == 0)
    msg = g_strdup_printf (_("The meeting of %s was deleted"), date);
  else
    /* Translators: "The meeting of 7. april 2026 was deleted; its 2 planned matters are not scheduled now" */
    msg = g_strdup_printf (ngettext ("The meeting of %s was deleted; its %u planned matter is not scheduled now",
                                     "The meeting of %s was deleted; its %u planned matters are not scheduled now", untied),
                           date, untied);
  sk_view_toast (SK_VIEW (self), msg, TRUE);
}

static void
print_cb (SkAgendaView *self)
{
  _sk_agenda_print (self, self->meeting);
}

static void
copy_agenda_cb (SkAgendaView *self)
{
  g_autoptr(SkExportTable) table = sk_export_agenda_table (sk_view_get_project (SK_VIEW (self)), self->meeting);

  sk_clipboard_set_table (GTK_WIDGET (self), table);
  sk_view_toast (SK_VIEW (self), _("The agenda was copied as a table"), FALSE);
}

/* The meeting's other actions, in a menu (the page was 590 px wide at
 * least with them as icons); editing and starting the meeting stay
 * buttons. */
static GtkWidget *
meeting_menu_button_new (SkAgendaView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) plan = g_menu_new ();
  g_autoptr(GMenu) papers = g_menu_new ();
  g_autoptr(GMenu) destructive = g_menu_new ();
  GtkWidget *button;

  g_menu_append (plan, _("Next _Meeting…"), "meeting.next");
  g_menu_append (papers, _("Mark the Papers as _Sent…"), "meeting.mark-papers-sent");
  g_menu_append (papers, _("Copy the Agenda as a Table"), "meeting.copy");
  g_menu_append (papers, _("Print the Board Pack…"), "meeting.print");
  g_menu_append (papers, _("Export the Board Pack as PDF…"), "meeting.export-pack");
  g_menu_append (papers, _("Export the Public Board Pack as PDF…"), "meeting.export-public");
  g_menu_append (papers, _("Export the Minutes as PDF…"), "meeting.export-minutes");
  sk_agenda_export_add_extract_menu (papers, SK_VIEW (self));
  g_menu_append (destructive, _("Delete the Meeting"), "meeting.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (plan));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (papers));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (destructive));
  button = sk_more_button_new (_("Meeting Menu"), G_MENU_MODEL (menu));
  sk_agenda_export_watch_menu (button, SK_VIEW (self));
  /* At the end of the row. */
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  return button;
}

/* The actions of the meeting menu (and Ctrl+P). */
static const struct
{
  const char *name;
  void      (*run) (SkAgendaView *self);
} meeting_actions[] = {
  { "meeting.next", next_meeting_cb },
  { "meeting.copy", copy_agenda_cb },
  { "meeting.print", print_cb },
  { "meeting.mark-papers-sent", sk_agenda_mark_papers_sent },
  { "meeting.export-pack", sk_agenda_export_pack },
  { "meeting.export-public", sk_agenda_export_public },
  { "meeting.export-minutes", sk_agenda_export_minutes },
  { "meeting.delete", delete_meeting_cb },
};

static void
meeting_action_cb (GtkWidget  *widget,
                   const char *name,
                   GVariant   *parameter)
{
  SkAgendaView *self = (SkAgendaView *) widget;

  if (self->meeting == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (meeting_actions); i++)
    if (g_str_equal (name, meeting_actions[i].name))
      meeting_actions[i].run (self);
}

static void
start_meeting_cb (SkAgendaView *self)
{
  sk_agenda_view_start_meeting_mode (self);
}

/* The head of a meeting's page */

/* The title and the line under it wrap.  GTK 4.8 finds a wrapping
 * label's least width by laying its text out a word a line, shaping the
 * rest again at every break.  A least width of about 340 px (twenty
 * characters of the title's size, forty of the line's) is found from a
 * line or two, and is less than the page has in the narrowest window
 * (683 px), so nothing moves on screen. */
static GtkWidget *
least_width (GtkWidget *label,
             int        chars)
{
  gtk_label_set_width_chars (GTK_LABEL (label), chars);
  return label;
}

void
_sk_agenda_show_meeting_header (SkAgendaView *self,
                                GtkBox       *content,
                                SkMeeting    *meeting)
{
  g_autofree char *date = sk_format_date_time (meeting->date, meeting->start_time);
  g_autoptr(GString) info = g_string_new (date);
  GtkWidget *bar, *present;

  gtk_box_append (content, least_width (sk_heading_new (meeting->title ? meeting->title : meeting->body), 20));
  if (meeting->title)
    gtk_box_append (content, sk_label_new (meeting->body, "title-4"));
  if (meeting->start_time != NULL && !sk_time_parse (meeting->start_time, NULL))
    g_string_append_printf (info, " (%s)", _("the start time is not a clock time"));
  if (meeting->location)
    g_string_append_printf (info, " · %s", meeting->location);
  if (meeting->mode != SK_MODE_UNSET)
    g_string_append_printf (info, " · %s", sk_meeting_mode_label (meeting->mode));
  sk_agenda_record_meeting_info (meeting, info);
  gtk_box_append (content, least_width (sk_sentence_new (info->str, "dim-label"), 40));

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (bar), _sk_agenda_button_new (_("_Edit…"), G_CALLBACK (edit_meeting_cb), self));
  present = _sk_agenda_button_new (_("_Start Meeting"), G_CALLBACK (start_meeting_cb), self);
  sk_widget_set_tooltip (present, meeting->items->len > 0
                         ? _("Walk the board through the agenda, full screen (F5)")
                         : _("The agenda has no items yet"));
  gtk_widget_set_sensitive (present, meeting->items->len > 0);
  gtk_widget_add_css_class (present, "suggested-action");
  gtk_box_append (GTK_BOX (bar), present);
  gtk_box_append (GTK_BOX (bar), meeting_menu_button_new (self));
  gtk_box_append (content, bar);
}


void
_sk_agenda_install_meeting_actions (GtkWidgetClass *widget_class)
{
  for (guint i = 0; i < G_N_ELEMENTS (meeting_actions); i++)
    gtk_widget_class_install_action (widget_class, meeting_actions[i].name, NULL, meeting_action_cb);
}

/* Meeting mode for the meeting shown, or else the next one from today. */
SkPresenter *
sk_agenda_view_start_meeting_mode (SkAgendaView *self)
{
  SkMeeting *m = self->meeting;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SkPresenter *mode;

  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return NULL;
  if (m == NULL || m->items->len == 0)
    {
      m = NULL;
      GPtrArray *meetings = sk_project_get_meetings (sk_view_get_project (SK_VIEW (self)));
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      for (guint i = 0; i < meetings->len; i++)
        {
          SkMeeting *candidate = g_ptr_array_index (meetings, i);

          if (candidate->items->len == 0)
            continue;
          if (m == NULL || (g_strcmp0 (candidate->date, today) >= 0 &&
                            (g_strcmp0 (m->date, today) < 0 || g_strcmp0 (candidate->date, m->date) < 0)))
            m = candidate;
        }
    }
  if (m == NULL || m->items->len == 0)
    {
      sk_view_toast (SK_VIEW (self), _("No meeting has an agenda to present yet"), FALSE);
      return NULL;
    }
  mode = sk_presenter_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, sk_view_get_project (SK_VIEW (self)), m->id,
                              g_getenv ("SAKSKART_MEETING_MODE_WINDOWED") == NULL);
  if (sk_document_get_file (sk_view_get_document (SK_VIEW (self))) != NULL)
    sk_presenter_keep_state (mode, sk_document_get_file (sk_view_get_document (SK_VIEW (self))));
  gtk_window_present (GTK_WINDOW (mode));
  return mode;
}
