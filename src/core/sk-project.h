/* sk-project.h — one board's working material: the whole project file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "sk-error.h"
#include "sk-model.h"
#include "sk-problem.h"

G_BEGIN_DECLS

/* A file larger than this is refused before it is parsed. */
#define SK_PROJECT_MAX_FILE_SIZE (64 * 1024 * 1024)

/* The kinds of record that an edit changes, for the change signals. */
typedef enum
{
  SK_RECORD_PROJECT,
  SK_RECORD_MUNICIPALITY,
  SK_RECORD_MEETING,
  SK_RECORD_ITEM,
  SK_RECORD_PLAN_ENTRY,
  SK_RECORD_MATRIX,
  SK_RECORD_FACTOR,
  SK_RECORD_CANDIDATE,
  SK_RECORD_TIMELINE,
  SK_RECORD_TASK,
  SK_RECORD_COST_MODEL,
  SK_RECORD_SCENARIO,
  SK_RECORD_CRITERION,
  SK_RECORD_PARTICIPANT,
  SK_RECORD_LINK,
  SK_RECORD_DEPENDENCY,
  SK_RECORD_ATTACHMENT,
} SkRecordKind;

#define SK_TYPE_RECORD_KIND (sk_record_kind_get_type ())
GType sk_record_kind_get_type (void);

#define SK_TYPE_PROJECT (sk_project_get_type ())

G_DECLARE_FINAL_TYPE (SkProject, sk_project, SK, PROJECT, GObject)

SkProject   *sk_project_new                (void);

/* Parsing and validation.  On failure NULL is returned, `error` says why in
 * one sentence that names the first problem's JSON path, and `problems` (if
 * not NULL) receives every problem found (a GPtrArray of SkProblem).  A
 * file whose only problems are "soft" (a cost model that its figures
 * cannot yet compute) is opened, and its problems are still returned. */
SkProject   *sk_project_new_from_data      (const char     *data,
                                            gsize           length,
                                            GPtrArray     **problems,
                                            GError        **error);
SkProject   *sk_project_new_from_file      (GFile          *file,
                                            GCancellable   *cancellable,
                                            char          **etag_out,
                                            GPtrArray     **problems,
                                            GError        **error);
void         sk_project_load_file_async    (GFile          *file,
                                            GCancellable   *cancellable,
                                            GAsyncReadyCallback callback,
                                            gpointer        user_data);
/* Called in the context that started the load, with the fraction done
 * (reading is the first 70 %, checking the rest). */
typedef void (*SkLoadProgressFunc) (GObject *target,
                                    double   fraction);
void         sk_project_load_file_with_progress_async (GFile               *file,
                                                       GCancellable        *cancellable,
                                                       SkLoadProgressFunc   progress_func,
                                                       GObject             *progress_target,
                                                       GAsyncReadyCallback  callback,
                                                       gpointer             user_data);
SkProject   *sk_project_load_file_finish   (GAsyncResult   *result,
                                            char          **etag_out,
                                            GPtrArray     **problems,
                                            GError        **error);

/* Serialising and saving. */
char        *sk_project_to_data            (SkProject      *self,
                                            gsize          *length);
gboolean     sk_project_save_file          (SkProject      *self,
                                            GFile          *file,
                                            const char     *etag,
                                            char          **new_etag,
                                            GCancellable   *cancellable,
                                            GError        **error);

/* Checks of the model as it is in memory: references, uniqueness, cycles,
 * ranges and the computability of every cost model. */
GPtrArray   *sk_project_check              (SkProject      *self);

const char  *sk_project_get_title          (SkProject      *self);
void         sk_project_set_title          (SkProject      *self,
                                            const char     *title);
const char  *sk_project_get_organisation   (SkProject      *self);
void         sk_project_set_organisation   (SkProject      *self,
                                            const char     *organisation);

GPtrArray   *sk_project_get_municipalities (SkProject      *self);
GPtrArray   *sk_project_get_meetings       (SkProject      *self);
GPtrArray   *sk_project_get_plan           (SkProject      *self);
GPtrArray   *sk_project_get_matrices       (SkProject      *self);
GPtrArray   *sk_project_get_timelines      (SkProject      *self);
GPtrArray   *sk_project_get_cost_models    (SkProject      *self);

SkMunicipality *sk_project_find_municipality (SkProject  *self,
                                              const char *id);
/* The name of the member `id`, or `id` itself where the project has no
 * such member (a reference the checks report, shown, not hidden). */
const char     *sk_project_municipality_name (SkProject  *self,
                                              const char *id);
SkMeeting      *sk_project_find_meeting      (SkProject  *self,
                                              const char *id);
SkMatrix       *sk_project_find_matrix       (SkProject  *self,
                                              const char *id);
SkTimeline     *sk_project_find_timeline     (SkProject  *self,
                                              const char *id);
SkCostModel    *sk_project_find_cost_model   (SkProject  *self,
                                              const char *id);

int             sk_project_take_meeting      (SkProject  *self,
                                              SkMeeting  *meeting);
char           *sk_municipality_id_for_name  (GPtrArray  *municipalities,
                                              const char *name);
char           *sk_project_municipality_uses (SkProject  *self,
                                              const char *id);
gboolean        sk_project_remove_record     (SkProject  *self,
                                              SkLinkKind  kind,
                                              const char *id,
                                              guint      *links_removed);

/* Tell listeners that the model was edited. */
void         sk_project_changed            (SkProject      *self);

/* The detailed change signals, emitted by the edit functions (sk-edit.h)
 * and by undo and redo of their commands:
 *   ::record-changed  (kind, id, field)
 *   ::record-inserted (kind, id, position)
 *   ::record-removed  (kind, id, position)
 *   ::record-moved    (kind, id, from, to)
 * `id` is the record's path of ids from the top, joined by "/": a factor
 * is "matrix-id/factor-id", a task "timeline-id/task-id", a scenario's
 * criterion "model-id/scenario-id/2" and an item's attachment
 * "meeting-id/item-id/0" (by position).  `field` is the
 * member's name in the file ("weight", "scores.factor-id"). */
void         sk_project_emit_record_changed  (SkProject    *self,
                                              SkRecordKind  kind,
                                              const char   *id,
                                              const char   *field);
void         sk_project_emit_record_inserted (SkProject    *self,
                                              SkRecordKind  kind,
                                              const char   *id,
                                              guint         position);
void         sk_project_emit_record_removed  (SkProject    *self,
                                              SkRecordKind  kind,
                                              const char   *id,
                                              guint         position);
void         sk_project_emit_record_moved    (SkProject    *self,
                                              SkRecordKind  kind,
                                              const char   *id,
                                              guint         from,
                                              guint         to);

/* A separate project with the same contents (undo is SkHistory's:
 * sk-history.h, sk-edit.h). */
SkProject   *sk_project_copy               (SkProject      *self);

/* Figure sources (an extension of FORMAT.md, see docs/format-extensions.md). */
void         sk_municipality_set_figure_source (SkMunicipality *m,
                                                const char     *key,
                                                const char     *source,
                                                const char     *date);
gboolean     sk_municipality_get_figure_source (SkMunicipality *m,
                                                const char     *key,
                                                const char    **source,
                                                const char    **date,
                                                gboolean       *example);

/* Private to the core: the reader and writer. */
SkProject   *_sk_project_read              (JsonNode       *root,
                                            GHashTable     *numbers,
                                            GPtrArray      *problems);
JsonNode    *_sk_project_write             (SkProject      *self);

G_END_DECLS
