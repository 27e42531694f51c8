/* sk-planner-calendar.h — the working time of a GNOME Planner project:
 * its calendars, day types and working intervals
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _SkPlannerCalendars SkPlannerCalendars;

SkPlannerCalendars *sk_planner_calendars_new      (void);
void                sk_planner_calendars_free     (SkPlannerCalendars  *cals);

/* Fed with the elements inside <calendars> as the parser meets them
 * (<day-type>, <calendar>, <default-week>, <overridden-day-type>,
 * <interval>, <day>); other elements are ignored. */
void                sk_planner_calendars_start    (SkPlannerCalendars  *cals,
                                                   const char          *element,
                                                   const char         **names,
                                                   const char         **values);
void                sk_planner_calendars_end      (SkPlannerCalendars  *cals,
                                                   const char          *element);

/* The project's calendar, by id (the `calendar` attribute of <project>). */
void                sk_planner_calendars_use      (SkPlannerCalendars  *cals,
                                                   const char          *id);

/* The first working moment at or after `*julian` (a GDate julian day)
 * and `*minute` (of that day) in the project's calendar, as Planner
 * places a task's work; a project without calendars works Monday to
 * Friday, 08–12 and 13–17.  FALSE, changing nothing, when no working
 * time follows within two years. */
gboolean            sk_planner_calendars_next_work (SkPlannerCalendars *cals,
                                                    guint32            *julian,
                                                    int                *minute);

/* The value of the attribute `name` of an element the parser meets, or
 * NULL: the planner reader uses it too. */
const char         *_sk_planner_attribute          (const char         **names,
                                                    const char         **values,
                                                    const char          *name);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkPlannerCalendars, sk_planner_calendars_free)

G_END_DECLS
