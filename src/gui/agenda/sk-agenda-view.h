/* sk-agenda-view.h — meetings, their agendas and the rolling plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-presenter.h"
#include "sk-document.h"
#include "sk-view.h"

G_BEGIN_DECLS

#define SK_TYPE_AGENDA_VIEW (sk_agenda_view_get_type ())

G_DECLARE_FINAL_TYPE (SkAgendaView, sk_agenda_view, SK, AGENDA_VIEW, SkView)

void sk_agenda_view_set_document (SkAgendaView *self,
                                 SkDocument    *document);
SkPresenter *sk_agenda_view_start_meeting_mode (SkAgendaView *self);
/* The meeting shown, or NULL. */
SkMeeting   *sk_agenda_view_get_meeting (SkAgendaView *self);

G_END_DECLS
