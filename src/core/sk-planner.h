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
 * ends.  `skipped` (if not NULL) receives how many links of another type
 * (start-to-start …) were left out.  Malformed XML, or XML that is not a
 * Planner project, fails with the line and column. */
SkTimeline *sk_planner_import      (const char  *data,
                                    gsize        length,
                                    const char  *id,
                                    guint       *skipped,
                                    GError     **error);

/* Adds the timeline to the project under an id of its own. */
void        sk_project_add_timeline (SkProject  *project,
                                     SkTimeline *timeline);

G_END_DECLS
