/* sk-planner.h — GNOME Planner files (.planner, the mrproject XML) as a
 * timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

/* Summary tasks become phases, tasks tasks, milestones milestones, and
 * finish-to-start links `depends_on`; dates are the days work starts and
 * ends (without "work-start", the next working time of the project's
 * calendar after "start", as Planner schedules it).  The file may start
 * with a byte order mark or be in another encoding its XML declaration
 * names.  `notes` (if not NULL) receives, on success, sentences for the
 * user on what was changed or left out: links of another type than
 * finish-to-start, links listed twice, to missing tasks or with a lag, a
 * milestone holding tasks (imported as a phase).  Malformed XML, or XML
 * that is not a Planner project, fails with the line and column. */
SkTimeline *sk_planner_import      (const char  *data,
                                    gsize        length,
                                    const char  *id,
                                    GPtrArray  **notes,
                                    GError     **error);

/* Adds the timeline to the project under an id of its own. */
void        sk_project_add_timeline (SkProject  *project,
                                     SkTimeline *timeline);

G_END_DECLS
