/* sk-model.h — the plain records of a Sakskart project (FORMAT.md, version 1)
 *
 * Every record keeps the members it does not know in `extra`, so that a file
 * written by a newer version survives a round trip through this one.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

typedef struct
{
  char     *key;
  double    value;
  gboolean  integral;   /* written as a JSON integer */
  gint64    whole;      /* the whole number the file gave, where `value` holds
                         * it only roughly (beyond 2^53); else 0 */
} SkFigure;

typedef struct
{
  char       *id;
  char       *name;
  char       *number;   /* kommunenummer, or NULL */
  GArray     *figures;  /* of SkFigure, in file order */
  JsonObject *extra;
} SkMunicipality;

typedef enum
{
  SK_ITEM_FORMAL,
  SK_ITEM_ORIENTATION,
  SK_ITEM_DECISION,
  SK_ITEM_DISCUSSION,
} SkItemKind;

typedef enum
{
  SK_MODE_UNSET,
  SK_MODE_PHYSICAL,
  SK_MODE_DIGITAL,
  SK_MODE_HYBRID,
} SkMeetingMode;

typedef struct
{
  char       *title;
  char       *uri;      /* or NULL */
  JsonObject *extra;
} SkAttachment;

typedef enum
{
  SK_LINK_MATRIX,
  SK_LINK_COST_MODEL,
  SK_LINK_TIMELINE,
} SkLinkKind;

typedef struct
{
  SkLinkKind  kind;
  char       *id;
  JsonObject *extra;
} SkLink;

typedef struct
{
  char       *id;
  char       *number;       /* or NULL: numbered by position */
  char       *title;
  SkItemKind  kind;
  char       *presenter;
  int         duration_min; /* -1 when absent */
  char       *body;
  char       *proposal;
  char       *decision;
  GPtrArray  *attachments;  /* of SkAttachment */
  GPtrArray  *links;        /* of SkLink */
  JsonObject *extra;
} SkItem;

typedef struct
{
  char          *id;
  char          *body;
  char          *title;
  char          *date;        /* YYYY-MM-DD */
  char          *start_time;  /* HH:MM or NULL */
  char          *location;
  SkMeetingMode  mode;
  GPtrArray     *items;       /* of SkItem */
  JsonObject    *extra;
} SkMeeting;

typedef struct
{
  char       *id;
  char       *title;
  char       *meeting;   /* meeting id or NULL */
  char       *due;       /* YYYY-MM or YYYY-Qn or NULL */
  char       *note;
  JsonObject *extra;
} SkPlanEntry;

typedef struct
{
  char       *id;
  char       *name;
  double      weight;
  char       *note;
  JsonObject *extra;
} SkFactor;

typedef struct
{
  char       *municipality;
  GHashTable *scores;    /* factor id → double* ; missing means 0 */
  GPtrArray  *score_keys;/* factor ids in file order, for writing */
  char       *note;
  JsonObject *extra;
} SkCandidate;

typedef struct
{
  char       *id;
  char       *title;
  double      scale_max;   /* default 5 */
  double      weight_max;  /* default 5 */
  gboolean    has_scale_max;
  gboolean    has_weight_max;
  GPtrArray  *factors;     /* of SkFactor */
  GPtrArray  *candidates;  /* of SkCandidate */
  JsonObject *extra;
} SkMatrix;

typedef struct
{
  char       *id;
  char       *name;
  char       *start;      /* YYYY-MM-DD */
  char       *end;
  gboolean    milestone;
  gboolean    has_milestone;
  char       *parent;     /* or NULL */
  GPtrArray  *depends_on; /* of char* */
  double      progress;   /* -1 when absent */
  char       *note;
  JsonObject *extra;
} SkTask;

typedef struct
{
  char       *id;
  char       *title;
  GPtrArray  *tasks;      /* of SkTask */
  JsonObject *extra;
} SkTimeline;

typedef struct
{
  char       *figure;
  double      weight;
  JsonObject *extra;
} SkCriterion;

typedef struct
{
  char       *id;
  char       *title;
  gboolean    has_total;
  gint64      total_kr;
  gboolean    has_fixed;
  double      fixed_percent;
  GPtrArray  *criteria;      /* of SkCriterion, or NULL when not overridden */
  GPtrArray  *participants;  /* of char*, or NULL when not overridden */
  JsonObject *extra;
} SkScenario;

typedef struct
{
  char       *id;
  char       *title;
  gint64      total_kr;
  GPtrArray  *participants;  /* of char* (municipality ids) */
  double      fixed_percent;
  GPtrArray  *criteria;      /* of SkCriterion; may be empty when fixed is 100 */
  gboolean    has_criteria;
  GPtrArray  *scenarios;     /* of SkScenario */
  JsonObject *extra;
} SkCostModel;

const char *sk_item_kind_to_string    (SkItemKind     kind);
const char *sk_item_kind_label        (SkItemKind     kind);
const char *sk_item_kind_icon_name    (SkItemKind     kind);
const char *sk_meeting_mode_to_string (SkMeetingMode  mode);
const char *sk_meeting_mode_label     (SkMeetingMode  mode);
const char *sk_link_kind_to_string    (SkLinkKind     kind);
char       *sk_link_missing_message   (SkLinkKind     kind,
                                       const char    *id);
const char *sk_figure_label           (const char    *key);
const char *sk_figure_phrase          (const char    *key);

const SkFigure *sk_municipality_get_figure (const SkMunicipality *m,
                                            const char           *key);
void            sk_municipality_set_figure (SkMunicipality       *m,
                                            const char           *key,
                                            double                value,
                                            gboolean              integral);
double          sk_candidate_get_score     (const SkCandidate    *c,
                                            const char           *factor_id);
void            sk_candidate_set_score     (SkCandidate          *c,
                                            const char           *factor_id,
                                            double                score);
double          sk_matrix_get_scale_max    (const SkMatrix       *matrix);
double          sk_matrix_get_weight_max   (const SkMatrix       *matrix);

SkMunicipality *sk_municipality_new  (void);
SkMeeting      *sk_meeting_new       (void);
SkItem         *sk_item_new          (void);
SkAttachment   *sk_attachment_new    (void);
SkLink         *sk_link_new          (void);
SkPlanEntry    *sk_plan_entry_new    (void);
SkMatrix       *sk_matrix_new        (void);
SkFactor       *sk_factor_new        (void);
SkCandidate    *sk_candidate_new     (void);
SkTimeline     *sk_timeline_new      (void);
SkTask         *sk_task_new          (void);
SkCostModel    *sk_cost_model_new    (void);
SkCriterion    *sk_criterion_new     (void);
SkScenario     *sk_scenario_new      (void);

void sk_municipality_free (SkMunicipality *m);
void sk_meeting_free      (SkMeeting      *m);
void sk_item_free         (SkItem         *i);
void sk_attachment_free   (SkAttachment   *a);
void sk_link_free         (SkLink         *l);
void sk_plan_entry_free   (SkPlanEntry    *p);
void sk_matrix_free       (SkMatrix       *m);
SkMatrix *sk_matrix_copy  (const SkMatrix *m);
void sk_factor_free       (SkFactor       *f);
void sk_candidate_free    (SkCandidate    *c);
void sk_timeline_free     (SkTimeline     *t);
void sk_task_free         (SkTask         *t);
void sk_cost_model_free   (SkCostModel    *c);
void sk_criterion_free    (SkCriterion    *c);
void sk_scenario_free     (SkScenario     *s);

G_END_DECLS
