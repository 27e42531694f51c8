/* sk-presenter-impl.h — the presentation window's parts, for its files
 *
 * SkPresenter is split by concern: sk-presenter.c (the item, the moves,
 * the decision, the window's life), sk-presenter-links.c (the item's
 * matrices, cost models and timelines, and the what-if on them),
 * sk-presenter-screens.c (one monitor or two: the chair's console).
 * Where the meeting stands is an SkMeetingState (sk-meeting-state.c),
 * which this window and the console both observe.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-document.h"
#include "sk-meeting-console.h"
#include "sk-meeting-state.h"
#include "sk-presenter.h"
#include "sk-presenter-record.h"

G_BEGIN_DECLS

struct _SkPresenter
{
  AdwWindow   parent_instance;

  SkProject  *project;
  char       *meeting_id;
  SkMeetingState *state;      /* where the meeting stands; the console watches it too */
  gboolean    leaving;        /* asked, and the answer was to leave */
  AdwToast   *last_toast;     /* weak: the latest news goes first */
  char       *heading;
  char       *shown_item;     /* the item's id last shown: another starts at its top */

  /* From the template (ui/sk-presenter.ui). */
  GtkLabel   *meeting_label;
  GtkLabel   *counter_label;
  GtkLabel   *clock_label;
  GtkLabel   *title_label;
  GtkLabel   *meta_label;
  GtkLabel   *planned_label;
  GtkWidget  *pending_label;  /* a what-if with changes not yet adopted */
  GtkWidget  *proposal_box;
  GtkLabel   *proposal_label;
  GtkWidget  *decision_box;
  GtkLabel   *decision_label;
  GtkLabel   *timer_label;
  GtkLabel   *schedule_label;
  GtkWidget  *record_button;
  GtkWidget  *edit_decision_button;
  GtkWidget  *previous_button;
  GtkWidget  *next_button;
  GtkRevealer *overview;
  GtkListBox *overview_list;
  AdwToastOverlay *toasts;
  GtkWidget  *top_buttons;
  GtkWidget  *bottom_bar;
  GtkLabel   *next_label;

  /* What-if: the item's matrix, cost model or timeline, live, on a copy
   * of the project (the state's sandbox); on leaving it the chair adopts
   * or discards. */
  GtkStack   *stack;
  GtkWidget  *links_box;
  GtkWidget  *linked_holder;
  GtkLabel   *linked_title;
  GtkWidget  *linked_view;
  SkDocument *sandbox_document;   /* for the views of the sandbox */
  guint       pending_position;
  GtkWidget  *keep_entry;      /* the name of a what-if kept as a variant */

  /* With a second monitor: the presentation goes there, and the chair's
   * console (controls, the next item, the agenda) stays on the laptop. */
  GtkWindow  *parent;          /* weak */
  gboolean    fullscreen;
  GdkMonitor *shown_on;        /* weak: the presentation's monitor */
  guint       arrange_id;
  SkMeetingConsole *console;
  SkPresenterRecord *record;  /* the board's formal record (sk-presenter-record.c) */
  /* What the console (sk-meeting-console.c, below this window's parts)
   * asks of them, set by sk-presenter.c: the item's link buttons
   * (sk_presenter_fill_link_buttons ()), the attendance page's keys. */
  void         (*fill_link_buttons) (GtkFlowBox      *box,
                                     SkPresenter     *presenter,
                                     SkProject       *project,
                                     SkItem          *item);
  gboolean     (*handle_record_key) (SkPresenter     *presenter,
                                     guint            keyval,
                                     GdkModifierType  state);
};

/* sk-presenter.c */
void       _sk_presenter_show_item     (SkPresenter *self);
/* sk-presenter-base.c: what the parts use of the presentation */
void       _sk_presenter_update_move_buttons (SkPresenter *self);
SkMeeting *_sk_presenter_meeting       (SkPresenter *self);
SkItem    *_sk_presenter_current_item  (SkPresenter *self);
/* A toast for the chair, with a button for `action` when given. */
void       _sk_presenter_toast_full    (SkPresenter *self,
                                        const char  *text,
                                        const char  *button,
                                        const char  *action);
void       _sk_presenter_toast         (SkPresenter *self,
                                        const char  *text);
GtkWindow *_sk_presenter_dialog_parent (SkPresenter *self);
gboolean   _sk_presenter_close_idle_cb (gpointer     data);

/* sk-presenter-links.c */
void       _sk_presenter_fill_links    (SkPresenter *self,
                                        SkItem      *item);
void       _sk_presenter_update_pending (SkPresenter *self);
void       _sk_presenter_close_linked  (SkPresenter *self);
void       _sk_presenter_drop_sandbox  (SkPresenter *self);
/* Before leaving the item for `position` (G_MAXUINT: meeting mode):
 * TRUE to go on now; FALSE when the chair is asked, whose answer goes. */
gboolean   _sk_presenter_confirm_leave_item (SkPresenter *self,
                                             guint        position);

/* sk-presenter-screens.c */
void       _sk_presenter_arrange       (SkPresenter *self);
void       _sk_presenter_drop_console  (SkPresenter *self);
void       _sk_presenter_watch_monitors (SkPresenter *self);

G_END_DECLS
