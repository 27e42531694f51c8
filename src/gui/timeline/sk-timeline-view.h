/* sk-timeline-view.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"
#include "sk-view.h"

G_BEGIN_DECLS

#define SK_TYPE_TIMELINE_VIEW (sk_timeline_view_get_type ())

G_DECLARE_FINAL_TYPE (SkTimelineView, sk_timeline_view, SK, TIMELINE_VIEW, SkView)

void sk_timeline_view_set_document (SkTimelineView *self,
                               SkDocument *document);

void sk_timeline_view_select (SkTimelineView *self,
                         const char *id);

#include "sk-gantt-chart.h"

/* For the tests: the chart shown, or NULL. */
SkGanttChart *sk_timeline_view_get_chart (SkTimelineView *self);

G_END_DECLS
