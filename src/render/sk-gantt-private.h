/* sk-gantt-private.h — what the chart's drawing and its exports share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "sk-gantt.h"

G_BEGIN_DECLS

#define SK_GANTT_MILESTONE_RADIUS 7.0
/* A milestone's name stands beside it, at most this wide. */
#define SK_GANTT_MILESTONE_LABEL  260.0
/* Pixels a month needs for its label in the header's upper row ("Sep
 * 2025") and in the lower ("Sep"); with less, years and quarters. */
#define SK_GANTT_UPPER_LABEL_ROOM 72
#define SK_GANTT_LOWER_LABEL_ROOM 40

/* The largest PNG the export draws: cairo's limit on a side, and 64
 * million pixels (256 MB of image) in all.  Wider timelines are drawn
 * with fewer pixels a day; taller ones are refused before any drawing. */
#define SK_GANTT_PNG_MAX_SIDE     32767
#define SK_GANTT_PNG_MAX_PIXELS   (64.0 * 1024 * 1024)

/* How far right of `ts->origin`, in pixels, a drawing of the days up to
 * `end` (a julian day, not included) reaches: the days, the names of the
 * milestones beside them and the header's label of the last month or
 * year.  `layout` measures the names. */
double   sk_gantt_extent        (const SkTimeline   *timeline,
                                 const SkTimescale  *ts,
                                 guint32             end,
                                 PangoLayout        *layout);

/* The pixels a day for an export `width` wide (the names column left
 * out) of the days from `ts->origin` to `end`, less than width / days
 * where the milestones' names and the header need room at the right. */
double   sk_gantt_fit_days      (const SkTimeline   *timeline,
                                 const SkTimescale  *ts,
                                 guint32             end,
                                 double              width,
                                 PangoLayout        *layout);

/* Whether a PNG of `rows` rows, `width` pixels wide, is within the limits
 * above; if not, an error that says how many rows one can hold. */
gboolean sk_gantt_png_fits      (const char         *path,
                                 guint               rows,
                                 double              width,
                                 GError            **error);

G_END_DECLS
