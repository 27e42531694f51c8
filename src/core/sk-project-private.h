/* sk-project-private.h — the fields of SkProject, for the core's reader,
 * writer and checks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

struct _SkProject
{
  GObject     parent_instance;

  char       *title;
  char       *organisation;
  GPtrArray  *municipalities;  /* of SkMunicipality */
  GPtrArray  *meetings;        /* of SkMeeting */
  GPtrArray  *plan;            /* of SkPlanEntry */
  GPtrArray  *matrices;        /* of SkMatrix */
  GPtrArray  *timelines;       /* of SkTimeline */
  GPtrArray  *cost_models;     /* of SkCostModel */
  JsonObject *extra;

  /* Which optional arrays the file had, so that a round trip writes the
   * same members back. */
  guint       has_meetings : 1;
  guint       has_plan : 1;
  guint       has_matrices : 1;
  guint       has_timelines : 1;
  guint       has_cost_models : 1;
};

gboolean _sk_id_is_valid (const char *id);
/* The fields of docs/format-extensions.md, kept in `extra`. */
void     _sk_project_check_extensions (SkProject *self,
                                       GPtrArray *problems);
gboolean _sk_set_str     (char **ptr,
                          const char *value);

G_END_DECLS
