/* sk-edit.h — every change a user can make to a project
 *
 * Each function checks the rule of FORMAT.md that the loader checks (the
 * same predicate, sk-rules.h), applies the change, records a command in
 * `history` (which may be NULL: then nothing is recorded) and emits the
 * project's detailed change signals.  A change that breaks a rule is
 * refused with an error and changes nothing; a change to the value there
 * already records nothing and returns TRUE.
 *
 * Records are named by their ids; criteria by their position.  With a
 * `scenario_id`, a cost model edit changes that scenario.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-history.h"

G_BEGIN_DECLS

typedef enum
{
  SK_MEETING_FIELD_BODY,
  SK_MEETING_FIELD_TITLE,
  SK_MEETING_FIELD_DATE,
  SK_MEETING_FIELD_START_TIME,
  SK_MEETING_FIELD_LOCATION,
} SkMeetingField;

typedef enum
{
  SK_ITEM_FIELD_NUMBER,
  SK_ITEM_FIELD_TITLE,
  SK_ITEM_FIELD_PRESENTER,
  SK_ITEM_FIELD_BODY,
  SK_ITEM_FIELD_PROPOSAL,
  SK_ITEM_FIELD_DECISION,
} SkItemField;

typedef enum
{
  SK_PLAN_FIELD_TITLE,
  SK_PLAN_FIELD_MEETING,
  SK_PLAN_FIELD_DUE,
  SK_PLAN_FIELD_NOTE,
} SkPlanField;

/* The project and its members (sk-edit-project.c) */
gboolean sk_edit_set_project_title (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *title,
                                    GError     **error);
gboolean sk_edit_set_project_organisation (SkHistory   *history,
                                           SkProject   *project,
                                           const char  *organisation,
                                           GError     **error);
gboolean sk_edit_add_municipality (SkHistory   *history,
                                   SkProject   *project,
                                   const char  *name,
                                   const char  *number,
                                   int          position,
                                   char       **id_out,
                                   GError     **error);
gboolean sk_edit_remove_municipality (SkHistory   *history,
                                      SkProject   *project,
                                      const char  *id,
                                      GError     **error);
gboolean sk_edit_move_municipality (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *id,
                                    guint        to,
                                    GError     **error);
gboolean sk_edit_set_municipality_name (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *id,
                                        const char  *name,
                                        GError     **error);
gboolean sk_edit_set_municipality_number (SkHistory   *history,
                                          SkProject   *project,
                                          const char  *id,
                                          const char  *number,
                                          GError     **error);
gboolean sk_edit_set_municipality_figure (SkHistory   *history,
                                          SkProject   *project,
                                          const char  *id,
                                          const char  *key,
                                          double       value,
                                          const char  *source,
                                          GError     **error);

/* Meetings, items and the rolling plan (sk-edit-agenda.c) */
gboolean sk_edit_add_meeting (SkHistory   *history,
                              SkProject   *project,
                              const char  *body,
                              const char  *date,
                              int          position,
                              char       **id_out,
                              GError     **error);
gboolean sk_edit_remove_meeting (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *id,
                                 GError     **error);
gboolean sk_edit_set_meeting_field (SkHistory       *history,
                                    SkProject       *project,
                                    const char      *id,
                                    SkMeetingField   field,
                                    const char      *value,
                                    GError         **error);
gboolean sk_edit_set_meeting_mode (SkHistory      *history,
                                   SkProject      *project,
                                   const char     *id,
                                   SkMeetingMode   mode,
                                   GError        **error);
gboolean sk_edit_add_item (SkHistory   *history,
                           SkProject   *project,
                           const char  *meeting_id,
                           const char  *title,
                           SkItemKind   kind,
                           int          position,
                           char       **id_out,
                           GError     **error);
gboolean sk_edit_remove_item (SkHistory   *history,
                              SkProject   *project,
                              const char  *meeting_id,
                              const char  *id,
                              GError     **error);
gboolean sk_edit_move_item (SkHistory   *history,
                            SkProject   *project,
                            const char  *meeting_id,
                            const char  *id,
                            guint        to,
                            GError     **error);
gboolean sk_edit_set_item_field (SkHistory    *history,
                                 SkProject    *project,
                                 const char   *meeting_id,
                                 const char   *id,
                                 SkItemField   field,
                                 const char   *value,
                                 GError      **error);
gboolean sk_edit_set_item_kind (SkHistory   *history,
                                SkProject   *project,
                                const char  *meeting_id,
                                const char  *id,
                                SkItemKind   kind,
                                GError     **error);
gboolean sk_edit_set_item_duration (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *meeting_id,
                                    const char  *id,
                                    int          minutes,
                                    GError     **error);
gboolean sk_edit_record_decision (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *meeting_id,
                                  const char  *id,
                                  const char  *text,
                                  const char  *when,
                                  GError     **error);
gboolean sk_edit_add_item_link (SkHistory   *history,
                                SkProject   *project,
                                const char  *meeting_id,
                                const char  *id,
                                SkLinkKind   kind,
                                const char  *target,
                                GError     **error);
gboolean sk_edit_remove_item_link (SkHistory   *history,
                                   SkProject   *project,
                                   const char  *meeting_id,
                                   const char  *id,
                                   guint        position,
                                   GError     **error);
gboolean sk_edit_add_attachment (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *meeting_id,
                                 const char  *id,
                                 const char  *title,
                                 const char  *uri,
                                 GError     **error);
gboolean sk_edit_remove_attachment (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *meeting_id,
                                    const char  *id,
                                    guint        position,
                                    GError     **error);
gboolean sk_edit_add_plan_entry (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *title,
                                 int          position,
                                 char       **id_out,
                                 GError     **error);
gboolean sk_edit_remove_plan_entry (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *id,
                                    GError     **error);
gboolean sk_edit_move_plan_entry (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *id,
                                  guint        to,
                                  GError     **error);
gboolean sk_edit_set_plan_field (SkHistory    *history,
                                 SkProject    *project,
                                 const char   *id,
                                 SkPlanField   field,
                                 const char   *value,
                                 GError      **error);

/* The meeting dialog's fields, all at once (empty strings are absent). */
typedef struct
{
  const char    *body;
  const char    *title;
  const char    *date;
  const char    *start_time;
  const char    *location;
  SkMeetingMode  mode;
} SkMeetingValues;

gboolean sk_edit_add_meeting_with (SkHistory              *history,
                                   SkProject              *project,
                                   const SkMeetingValues  *values,
                                   char                  **id_out,
                                   GError                **error);
/* Every field of the meeting as one step; a changed meeting is a new
 * version of it for a calendar (its iCalendar sequence goes up). */
gboolean sk_edit_set_meeting (SkHistory              *history,
                              SkProject              *project,
                              const char             *id,
                              const SkMeetingValues  *values,
                              GError                **error);
/* A planned matter's fields as one step; a new one when `id` is NULL. */
gboolean sk_edit_set_plan_entry (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *id,
                                 const char  *title,
                                 const char  *meeting_id,
                                 const char  *due,
                                 const char  *note,
                                 char       **id_out,
                                 GError     **error);
/* The planned matter becomes the meeting's last item (a discussion, its
 * note the case text) and leaves the plan: one step. */
gboolean sk_edit_put_plan_on_agenda (SkHistory   *history,
                                     SkProject   *project,
                                     const char  *plan_id,
                                     const char  *meeting_id,
                                     char       **id_out,
                                     GError     **error);

/* Matrices: factors, candidates, weights and scores (sk-edit-matrix.c) */
gboolean sk_edit_add_matrix (SkHistory   *history,
                             SkProject   *project,
                             const char  *title,
                             const char  *factor_name,
                             char       **id_out,
                             GError     **error);
gboolean sk_edit_remove_matrix (SkHistory   *history,
                                SkProject   *project,
                                const char  *id,
                                GError     **error);
gboolean sk_edit_set_matrix_title (SkHistory   *history,
                                   SkProject   *project,
                                   const char  *id,
                                   const char  *title,
                                   GError     **error);
/* A copy of the matrix (its weights and scores as they are now) beside
 * it, titled `title`, with an id made from the matrix's. */
gboolean sk_edit_copy_matrix (SkHistory   *history,
                              SkProject   *project,
                              const char  *id,
                              const char  *title,
                              char       **id_out,
                              GError     **error);
/* The weights and scores put back as they are in `prepared` (the same
 * matrix as it was loaded or saved), one step; the factors and
 * candidates it does not have keep theirs. */
gboolean sk_edit_restore_matrix (SkHistory       *history,
                                 SkProject       *project,
                                 const char      *id,
                                 const SkMatrix  *prepared,
                                 GError         **error);
gboolean sk_edit_set_matrix_scale_max (SkHistory   *history,
                                       SkProject   *project,
                                       const char  *id,
                                       double       scale_max,
                                       GError     **error);
gboolean sk_edit_set_matrix_weight_max (SkHistory   *history,
                                        SkProject   *project,
                                        const char  *id,
                                        double       weight_max,
                                        GError     **error);
gboolean sk_edit_add_factor (SkHistory   *history,
                             SkProject   *project,
                             const char  *matrix_id,
                             const char  *name,
                             double       weight,
                             char       **id_out,
                             GError     **error);
gboolean sk_edit_remove_factor (SkHistory   *history,
                                SkProject   *project,
                                const char  *matrix_id,
                                const char  *id,
                                GError     **error);
gboolean sk_edit_move_factor (SkHistory   *history,
                              SkProject   *project,
                              const char  *matrix_id,
                              const char  *id,
                              guint        to,
                              GError     **error);
gboolean sk_edit_set_factor_name (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *matrix_id,
                                  const char  *id,
                                  const char  *name,
                                  GError     **error);
gboolean sk_edit_set_factor_note (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *matrix_id,
                                  const char  *id,
                                  const char  *note,
                                  GError     **error);
/* The name and the note at once, one step. */
gboolean sk_edit_set_factor_text (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *matrix_id,
                                  const char  *id,
                                  const char  *name,
                                  const char  *note,
                                  GError     **error);
gboolean sk_edit_set_weight (SkHistory   *history,
                             SkProject   *project,
                             const char  *matrix_id,
                             const char  *id,
                             double       weight,
                             GError     **error);
gboolean sk_edit_add_candidate (SkHistory   *history,
                                SkProject   *project,
                                const char  *matrix_id,
                                const char  *municipality,
                                GError     **error);
gboolean sk_edit_remove_candidate (SkHistory   *history,
                                   SkProject   *project,
                                   const char  *matrix_id,
                                   const char  *municipality,
                                   GError     **error);
gboolean sk_edit_move_candidate (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *matrix_id,
                                 const char  *municipality,
                                 guint        to,
                                 GError     **error);
gboolean sk_edit_set_candidate_note (SkHistory   *history,
                                     SkProject   *project,
                                     const char  *matrix_id,
                                     const char  *municipality,
                                     const char  *note,
                                     GError     **error);
gboolean sk_edit_set_score (SkHistory   *history,
                            SkProject   *project,
                            const char  *matrix_id,
                            const char  *municipality,
                            const char  *factor_id,
                            double       score,
                            GError     **error);

/* Timelines: tasks, phases and links (sk-edit-timeline.c) */
gboolean sk_edit_add_timeline (SkHistory   *history,
                               SkProject   *project,
                               const char  *title,
                               char       **id_out,
                               GError     **error);
gboolean sk_edit_remove_timeline (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *id,
                                  GError     **error);
gboolean sk_edit_set_timeline_title (SkHistory   *history,
                                     SkProject   *project,
                                     const char  *id,
                                     const char  *title,
                                     GError     **error);
gboolean sk_edit_add_task (SkHistory   *history,
                           SkProject   *project,
                           const char  *timeline_id,
                           const char  *name,
                           const char  *start,
                           const char  *end,
                           gboolean     milestone,
                           char       **id_out,
                           GError     **error);
gboolean sk_edit_add_task_in (SkHistory   *history,
                              SkProject   *project,
                              const char  *timeline_id,
                              const char  *name,
                              const char  *start,
                              const char  *end,
                              gboolean     milestone,
                              const char  *parent,
                              char       **id_out,
                              GError     **error);
gboolean sk_edit_remove_task (SkHistory   *history,
                              SkProject   *project,
                              const char  *timeline_id,
                              const char  *id,
                              GError     **error);
gboolean sk_edit_move_task_in_list (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *timeline_id,
                                    const char  *id,
                                    guint        to,
                                    GError     **error);
gboolean sk_edit_set_task_name (SkHistory   *history,
                                SkProject   *project,
                                const char  *timeline_id,
                                const char  *id,
                                const char  *name,
                                GError     **error);
gboolean sk_edit_set_task_note (SkHistory   *history,
                                SkProject   *project,
                                const char  *timeline_id,
                                const char  *id,
                                const char  *note,
                                GError     **error);
gboolean sk_edit_set_task_progress (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *timeline_id,
                                    const char  *id,
                                    double       progress,
                                    GError     **error);
gboolean sk_edit_set_task_dates (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *timeline_id,
                                 const char  *id,
                                 const char  *start,
                                 const char  *end,
                                 GError     **error);
gboolean sk_edit_set_task_milestone (SkHistory   *history,
                                     SkProject   *project,
                                     const char  *timeline_id,
                                     const char  *id,
                                     gboolean     milestone,
                                     GError     **error);
gboolean sk_edit_set_task_parent (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *timeline_id,
                                  const char  *id,
                                  const char  *parent,
                                  GError     **error);
gboolean sk_edit_add_dependency (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *timeline_id,
                                 const char  *id,
                                 const char  *predecessor,
                                 GError     **error);
gboolean sk_edit_remove_dependency (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *timeline_id,
                                    const char  *id,
                                    const char  *predecessor,
                                    GError     **error);
gboolean sk_edit_shift_task (SkHistory   *history,
                             SkProject   *project,
                             const char  *timeline_id,
                             const char  *id,
                             int          days,
                             gboolean     successors,
                             GError     **error);

/* A timeline read from another program (sk_planner_import ()), taken:
 * added as a new timeline (`into_id` NULL; `id_out` its id), or its tasks
 * added to the timeline `into_id` under ids of their own there.  One step
 * of undo either way. */
gboolean sk_edit_import_timeline (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *into_id,
                                  SkTimeline  *imported,
                                  char       **id_out,
                                  GError     **error);

/* Cost models: totals, the equal part, criteria, participants, scenarios (sk-edit-costs.c) */
gboolean sk_edit_add_cost_model (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *title,
                                 char       **id_out,
                                 GError     **error);
gboolean sk_edit_remove_cost_model (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *id,
                                    GError     **error);
gboolean sk_edit_set_cost_title (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *id,
                                 const char  *scenario_id,
                                 const char  *title,
                                 GError     **error);
gboolean sk_edit_set_total (SkHistory   *history,
                            SkProject   *project,
                            const char  *id,
                            const char  *scenario_id,
                            gint64       total_kr,
                            GError     **error);
gboolean sk_edit_set_fixed_percent (SkHistory   *history,
                                    SkProject   *project,
                                    const char  *id,
                                    const char  *scenario_id,
                                    double       fixed_percent,
                                    GError     **error);
gboolean sk_edit_add_criterion (SkHistory   *history,
                                SkProject   *project,
                                const char  *id,
                                const char  *scenario_id,
                                const char  *figure,
                                double       weight,
                                GError     **error);
gboolean sk_edit_remove_criterion (SkHistory   *history,
                                   SkProject   *project,
                                   const char  *id,
                                   const char  *scenario_id,
                                   guint        index,
                                   GError     **error);
gboolean sk_edit_set_criterion_weight (SkHistory   *history,
                                       SkProject   *project,
                                       const char  *id,
                                       const char  *scenario_id,
                                       guint        index,
                                       double       weight,
                                       GError     **error);
gboolean sk_edit_set_criterion_figure (SkHistory   *history,
                                       SkProject   *project,
                                       const char  *id,
                                       const char  *scenario_id,
                                       guint        index,
                                       const char  *figure,
                                       GError     **error);
gboolean sk_edit_add_participant (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *id,
                                  const char  *scenario_id,
                                  const char  *municipality,
                                  GError     **error);
gboolean sk_edit_remove_participant (SkHistory   *history,
                                     SkProject   *project,
                                     const char  *id,
                                     const char  *scenario_id,
                                     const char  *municipality,
                                     GError     **error);
/* A participant taken in (at its place in the project's order of
 * municipalities) or left out. */
gboolean sk_edit_set_participant (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *id,
                                  const char  *scenario_id,
                                  const char  *municipality,
                                  gboolean     takes_part,
                                  GError     **error);
/* A new scenario, as a copy of the scenario `from_id` (what it shows:
 * its equal part and criteria of its own, its total and participants if
 * it has them), at the end of the model's list. */
gboolean sk_edit_copy_scenario (SkHistory   *history,
                                SkProject   *project,
                                const char  *id,
                                const char  *from_id,
                                const char  *title,
                                char       **id_out,
                                GError     **error);
gboolean sk_edit_add_scenario (SkHistory   *history,
                               SkProject   *project,
                               const char  *id,
                               const char  *title,
                               char       **id_out,
                               GError     **error);
gboolean sk_edit_remove_scenario (SkHistory   *history,
                                  SkProject   *project,
                                  const char  *id,
                                  const char  *scenario_id,
                                  GError     **error);

G_END_DECLS
