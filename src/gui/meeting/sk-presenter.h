/* sk-presenter.h — the chair's full-screen walk through a meeting
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-meeting-state.h"
#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_PRESENTER (sk_presenter_get_type ())

G_DECLARE_FINAL_TYPE (SkPresenter, sk_presenter, SK, PRESENTER, AdwWindow)

/* A window over `parent` that shows the meeting one item at a time, in
 * large type; full screen unless `fullscreen` is FALSE (tests). */
SkPresenter *sk_presenter_new          (GtkWindow     *parent,
                                             SkProject     *project,
                                             const char    *meeting_id,
                                             gboolean       fullscreen);
guint          sk_presenter_get_position (SkPresenter *self);
/* Keeps where the meeting stands outside the project, in the user's
 * state folder under a name made from `project_file`
 * (sk_meeting_state_store_for ()), and resumes from there if meeting
 * mode had not been in this meeting while the project was open: after
 * the program ended or crashed. */
void           sk_presenter_keep_state   (SkPresenter   *self,
                                          GFile         *project_file);
void           sk_presenter_go_to        (SkPresenter *self,
                                             guint          position);
/* Text shown for the current item, for tests: "7. Felles barnevern i Sogn" */
const char    *sk_presenter_get_heading  (SkPresenter *self);
/* Minutes spent on each item so far; the timer runs on the shown item. */
gint64         sk_presenter_get_elapsed_us (SkPresenter *self,
                                               guint          position);

/* Where the meeting stands: what the presentation and the console show,
 * and what their keys move. */
SkMeetingState *sk_presenter_get_state   (SkPresenter   *self);

/* The item's n-th linked matrix, cost model or timeline, live on a copy
 * of the project (the sandbox, NULL until one is opened). */
gboolean       sk_presenter_open_link     (SkPresenter   *self,
                                           guint          index);
SkProject     *sk_presenter_get_sandbox   (SkPresenter   *self);
/* Back from the linked object to the item. */
void           sk_presenter_close_link    (SkPresenter   *self);

/* With two monitors or more (and full screen): the monitor the
 * presentation is on, and the chair's console on the main window's
 * monitor; NULL and NULL with one. */
GdkMonitor    *sk_presenter_get_monitor   (SkPresenter   *self);
GtkWindow     *sk_presenter_get_console   (SkPresenter   *self);
/* The presentation's monitor: the largest that `laptop` is not. */
GdkMonitor    *sk_presenter_choose_monitor (GListModel   *monitors,
                                            GdkMonitor   *laptop);

G_END_DECLS
