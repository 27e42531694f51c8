/* sk-agenda-export.h — a meeting's documents from the agenda view: the
 * board pack for the members and for the public, the minutes, and the
 * extract of one case, as PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-agenda-view.h"

G_BEGIN_DECLS

void sk_agenda_export_pack    (SkAgendaView *self);
void sk_agenda_export_public  (SkAgendaView *self);
void sk_agenda_export_minutes (SkAgendaView *self);
/* "Approval of the Minutes…" (sk-approval-dialog.c), then "Export an
 * Extract as PDF": a submenu of `menu` with the meeting's cases, "Sak
 * 47/25: Felles barnevern i Sogn", each exporting its extract. */
void sk_agenda_export_add_extract_menu (GMenu        *menu,
                                        SkView       *view);
/* Names the cases of that submenu anew each time `button` opens it. */
void sk_agenda_export_watch_menu       (GtkWidget    *button,
                                        SkView       *view);
/* The action "meeting.export-extract" ("s": the item's id). */
void sk_agenda_export_extract (GtkWidget    *widget,
                               const char   *action_name,
                               GVariant     *parameter);

G_END_DECLS
