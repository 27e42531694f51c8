/* sk-presenter-private.h — what meeting mode's two windows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-presenter.h"

G_BEGIN_DECLS

/* Labels and framed texts in meeting mode's style. */
GtkWidget *sk_presenter_label_new      (const char  *css_class,
                                        gboolean     wrap);
GtkWidget *sk_presenter_framed         (const char  *heading,
                                        GtkLabel   **text_out);
/* The meeting's items, "7. Felles barnevern i Sogn", as rows. */
void       sk_presenter_fill_item_list (GtkListBox  *list,
                                        SkMeeting   *meeting);
/* An item's matrices, cost models and timelines (as found in `project`)
 * as buttons in `box` that put them on the presentation's screen
 * (sk_presenter_open_link ()); on the presentation and the console. */
void       sk_presenter_fill_link_buttons (GtkFlowBox  *box,
                                           SkPresenter *presenter,
                                           SkProject   *project,
                                           SkItem      *item);
/* "7. Felles barnevern i Sogn", the item at `position`. */
char      *sk_presenter_item_heading   (SkMeeting   *meeting,
                                        guint        position);
/* "Decision · Kari Nordmann" */
char      *sk_presenter_item_meta      (SkItem      *item);
/* "10:15–11:00", or NULL when the meeting has no times. */
char      *sk_presenter_planned_text   (SkMeeting   *meeting,
                                        guint        position);
/* Meeting mode's keys (a presenter's clicker, Esc, Ctrl+D…) on a window
 * with the "mm" actions (sk-presenter-keys.c): the clicker's ahead of its
 * focused widget, the others too when `all_first`. */
void       sk_presenter_add_shortcuts  (GtkWidget   *window,
                                        gboolean     all_first);

/* sk-presenter-dialogs.c: a dialog in meeting mode's large type. */
GtkWidget *sk_presenter_dialog_new     (GtkWindow   *parent,
                                        const char  *heading,
                                        const char  *body);
/* The chair writes the decision, starting from `text`; its text view is
 * the dialog's data "text-view"; the response "save" records it. */
GtkWidget *sk_presenter_decision_dialog_new (GtkWindow  *parent,
                                             const char *text);
/* "Leave meeting mode?", about `item` (its heading); `leave` (`owner`)
 * when the answer is to leave. */
typedef void (*SkPresenterLeaveFunc) (GObject *owner);
void       sk_presenter_ask_leave      (GtkWindow            *parent,
                                        const char           *item,
                                        SkPresenterLeaveFunc  leave,
                                        GObject              *owner);

G_END_DECLS
