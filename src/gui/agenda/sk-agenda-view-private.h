/* sk-agenda-view-private.h — what the agenda view's files share: the
 * view and its pages (sk-agenda-view.c), an item's row and editor
 * (sk-agenda-item.c, sk-agenda-item-editor.c), the meeting's dialog and
 * the meeting plan (sk-agenda-meeting.c) and the rolling plan
 * (sk-agenda-plan.c)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-agenda-item.h"
#include "sk-agenda-view.h"
#include "sk-view-util.h"

G_BEGIN_DECLS

/* The view (sk-agenda-view.c).  Its parts read its fields and call none
 * of its functions: they ask it through its actions,
 *   agenda.move-item (si)       an item's id, up (-1) or down (+1)
 *   agenda.move-item-to (uu)    from the agenda's place, to another
 *   agenda.remove-item (s)      an item's id
 *   agenda.select-meeting (s)   shows the meeting with this id (a new one)
 */
struct _SkAgendaView
{
  SkView          parent_instance;

  /* The view's own, from SkView. */
  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  GtkBox         *content;


  SkMeeting      *meeting;   /* shown, or NULL */
  gpointer        page;      /* &plan_marker or &schedule_marker when chosen */
  gboolean        defaulting;  /* rebuild picks a page no one chose */
  GtkListBox     *items;     /* the agenda of the meeting shown */
  GtkWidget      *end_label;
  /* A page shown before the window's first frame has the rows below the
   * fold made after it (rows_made < the items then). */
  guint           rows_made;
  gboolean        rows_later;
};


/* The agenda's rows (sk-agenda-rows.c).  A page shown before the
 * window's first frame has its rows made as far as the window shows them
 * (`rows_later` while some wait): every row is made right after the
 * frame, or at once by _sk_agenda_ensure_rows (), which what looks for a
 * row or changes the agenda calls first. */
SkAgendaItemRow *_sk_agenda_row_at      (SkAgendaView *self,
                                         guint         index);
/* The lines of rows `first` to `last`, their record's marks, and when
 * the meeting ends. */
void       _sk_agenda_update_rows         (SkAgendaView *self,
                                           guint         first,
                                           guint         last);
/* The rows of the meeting's items up to `upto`, those made kept. */
void       _sk_agenda_make_rows           (SkAgendaView *self,
                                           guint         upto);
void       _sk_agenda_ensure_rows         (SkAgendaView *self);
/* The rows still to make, as `below` (the widget under the list) comes
 * into sight, and after the first frame. */
void       _sk_agenda_rows_later          (SkAgendaView *self,
                                           GtkWidget    *below);

/* Small parts of the pages and dialogs (sk-agenda-meeting.c) */
GtkWindow *_sk_agenda_window_of           (SkAgendaView *self);
void       _sk_agenda_error_dialog        (SkAgendaView *self,
                                           const char   *heading,
                                           const char   *message);
GtkWidget *_sk_agenda_section_title       (const char   *text);
GtkWidget *_sk_agenda_boxed_list          (void);
GtkWidget *_sk_agenda_button_new          (const char   *mnemonic,
                                           GCallback     callback,
                                           gpointer      self);
GtkWidget *_sk_agenda_labelled            (GtkWidget    *grid,
                                           int           row,
                                           const char   *label,
                                           GtkWidget    *widget);
GtkWidget *_sk_agenda_entry_with          (const char   *text);
int        _sk_agenda_compare_by_date     (gconstpointer a,
                                           gconstpointer b);

/* The meeting's dialog, the meeting plan and printing (sk-agenda-meeting.c) */
/* `meeting` is edited; a new one (`is_new`, owned by the dialog) is added. */
void       _sk_agenda_edit_meeting        (SkAgendaView *self,
                                           SkMeeting    *meeting,
                                           gboolean      is_new);
void       _sk_agenda_new_meeting         (SkAgendaView *self);
void       _sk_agenda_show_schedule       (SkAgendaView *self,
                                           GtkBox       *content);
void       _sk_agenda_print               (SkAgendaView *self,
                                           SkMeeting    *meeting);

/* The head of a meeting's page and its actions (sk-agenda-header.c) */
void       _sk_agenda_show_meeting_header (SkAgendaView *self,
                                           GtkBox       *content,
                                           SkMeeting    *meeting);
void       _sk_agenda_install_meeting_actions (GtkWidgetClass *widget_class);
/* The side list's words for a meeting (sk-agenda-meeting.c): "Styremøte,
 * 15 items", the order of meetings, their group "Styret · 2025". */
char      *_sk_agenda_meeting_subtitle    (SkMeeting    *m);
int        _sk_agenda_compare_meetings    (gconstpointer a,
                                           gconstpointer b,
                                           gpointer      user_data);
char      *_sk_agenda_group_of            (SkMeeting    *meeting);

/* The rolling plan (sk-agenda-plan.c) */
void       _sk_agenda_show_plan           (SkAgendaView *self,
                                           GtkBox       *content);
/* "Planned for This Meeting", under its agenda. */
void       _sk_agenda_show_planned_for    (SkAgendaView *self,
                                           GtkBox       *content,
                                           SkMeeting    *meeting);

G_END_DECLS
