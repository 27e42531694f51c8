/* sk-agenda-item.h — one item of a meeting's agenda: its row
 * (sk-agenda-item.c, ui/sk-agenda-item-row.ui) and its editor
 * (sk-agenda-item-editor.c), brought up to date from the project's
 * change signals by the agenda view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "sk-agenda-view.h"
#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_AGENDA_ITEM_ROW (sk_agenda_item_row_get_type ())

G_DECLARE_FINAL_TYPE (SkAgendaItemRow, sk_agenda_item_row, SK, AGENDA_ITEM_ROW, GtkListBoxRow)

GtkWidget *sk_agenda_item_row_new            (SkAgendaView    *view,
                                              SkItem          *item);
SkItem    *sk_agenda_item_row_get_item       (SkAgendaItemRow *self);
/* Shows another item (rows stay where they are when items move): a
 * closed editor goes, made again when opened. */
void       sk_agenda_item_row_set_item       (SkAgendaItemRow *self,
                                              SkItem          *item);
gboolean   sk_agenda_item_row_is_open        (SkAgendaItemRow *self);
void       sk_agenda_item_row_toggle         (SkAgendaItemRow *self);
/* The line: "7. Title", and times · kind · presenter under it. */
void       sk_agenda_item_row_show_line      (SkAgendaItemRow *self,
                                              const char      *title,
                                              const char      *sub,
                                              gboolean         untitled);
/* Its place among `n`: "Move Up" and "Move Down" on or off. */
void       sk_agenda_item_row_set_position   (SkAgendaItemRow *self,
                                              guint            index,
                                              guint            n);
GtkWidget *sk_agenda_item_row_get_title_entry (SkAgendaItemRow *self);
void       sk_agenda_item_row_show_when_placed (SkAgendaItemRow *self);
/* A field of the item changed (an undo, an edit elsewhere): the editor
 * shows it, leaving a field that has it already (the one typed into)
 * as it is. */
void       sk_agenda_item_row_update_field   (SkAgendaItemRow *self,
                                              const char      *field);
/* An attachment or link was added or removed. */
/* The rows of `list` scrolled out of sight drawn without their line
 * (GTK's cairo renderer goes through every node at each frame). */
void       sk_agenda_item_rows_watch         (GtkWidget       *list);
void       sk_agenda_item_row_update_parts   (SkAgendaItemRow *self,
                                              SkRecordKind     kind);
/* The rows of `list` in the order of their places
 * (sk_agenda_item_row_set_position ()): set a new row's before adding
 * it, and move the rows after it first. */
void       sk_agenda_item_rows_keep_order    (GtkListBox      *list);
/* Moves the row at `from` of the rows of `list` (`n` of them) to `to`,
 * without taking it out of the list: a row taken out and put back loses
 * the focus, and the focus leaving one row for another restyles the
 * whole list (GTK 4.8 takes :focus-within off every widget up to the
 * window, then sets it again: ~1,300 CSS nodes of 200 rows, 37 M
 * instructions of the 47 M of an Alt+Down). */
void       sk_agenda_item_rows_move          (GtkListBox      *list,
                                              guint            from,
                                              guint            to,
                                              guint            n);

/* The editor (sk-agenda-item-editor.c) */
GtkWidget *_sk_agenda_item_editor_new          (GtkWidget    *row,
                                                SkAgendaView *view,
                                                SkItem       *item);
GtkWidget *_sk_agenda_item_editor_get_title    (GtkWidget    *editor);
void       _sk_agenda_item_editor_set_position (GtkWidget    *editor,
                                                guint         index,
                                                guint         n);
void       _sk_agenda_item_editor_update_field (GtkWidget    *editor,
                                                const char   *field);
void       _sk_agenda_item_editor_update_parts (GtkWidget    *editor,
                                                SkRecordKind  kind);

G_END_DECLS
