/* sk-render-meeting.h — what the board pack (sk-render-agenda.c) and the
 * minutes and extract (sk-render-minutes.c) share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"
#include "sk-render-flow.h"

G_BEGIN_DECLS

/* The first page's head: the organisation, the body, the document's
 * `title`, time, place and form, and `more` lines (may be NULL). */
void  sk_render_meeting_cover (SkFlow     *f,
                               SkProject  *project,
                               SkMeeting  *meeting,
                               const char *title,
                               const char *more);
/* "Sak 41/25: Felles barnevern i Sogn" with a case number, else
 * "Sak 7: …" by the item's number. */
char *sk_render_item_heading  (SkProject  *project,
                               SkMeeting  *meeting,
                               guint       index);
/* The minutes, or with `only` the extract of that item. */
void  sk_render_minutes       (SkFlow     *f,
                               SkProject  *project,
                               SkMeeting  *meeting,
                               SkItem     *only);

G_END_DECLS
