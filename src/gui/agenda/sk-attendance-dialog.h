/* sk-attendance-dialog.h — a meeting's attendance set ahead of it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-project.h"
#include "sk-view.h"

G_BEGIN_DECLS

/* A window over `parent` with the attendance of `meeting_id`: notices of
 * absence and deputies, each change one step of undo; Enter, Esc or
 * "Done" closes it. */
GtkWidget *sk_attendance_dialog_new (GtkWindow  *parent,
                                     SkProject  *project,
                                     const char *meeting_id);
/* "Attendance…" in `section` of the meeting menu of the agenda view
 * `view`, for the meeting it shows when its body has members. */
void       sk_attendance_dialog_add_menu (GMenu     *section,
                                          SkView    *view);

G_END_DECLS
