/* sk-agenda-record.h — the board's formal record in the agenda view: the
 * case numbers and closed cases on the item rows, the record's parts of
 * an item's editor, and marking a meeting's papers as sent
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-agenda-view.h"
#include "sk-project.h"

G_BEGIN_DECLS

/* What an item's row shows at its end: the case number and, for a case
 * closed to the public, a lock.  Kept with `row`, which
 * sk_agenda_record_update_row () brings up to date. */
GtkWidget *sk_item_marks_new              (GtkWidget    *row);
/* The head (case number, quorum, extract) and the public access of an
 * item's editor, in the editor of `row`. */
GtkWidget *sk_agenda_record_head_new      (GtkWidget    *row,
                                           SkAgendaView *view,
                                           SkMeeting    *meeting,
                                           SkItem       *item);
GtkWidget *sk_agenda_record_public_new    (GtkWidget    *row,
                                           SkAgendaView *view,
                                           SkMeeting    *meeting,
                                           SkItem       *item);
/* Shows the record of item `index` of `meeting` in `row`: its marks, and
 * its editor's parts when made.  The row's description for a screen
 * reader is `sub` (the line under its title; NULL: as before) with the
 * marks. */
void       sk_agenda_record_update_row    (GtkWidget    *row,
                                           SkProject    *project,
                                           SkMeeting    *meeting,
                                           guint         index,
                                           const char   *sub);
/* The same, after an edit of the item by id, from a widget in its row. */
void       sk_agenda_record_row_changed   (GtkWidget    *inside,
                                           SkProject    *project,
                                           const char   *meeting_id,
                                           const char   *item_id);

/* " · Papers sent 27 October 2025" after the meeting's date and place. */
void       sk_agenda_record_meeting_info  (SkMeeting    *meeting,
                                           GString      *info);
/* "Mark the Papers as Sent…": asks for the date (today), then gives the
 * items their case numbers, one step of undo. */
void       sk_agenda_mark_papers_sent     (SkAgendaView *self);

G_END_DECLS
