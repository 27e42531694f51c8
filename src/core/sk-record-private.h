/* sk-record-private.h — reading the record's members, for sk-record*.c
 * and sk-edit-record.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-record.h"

G_BEGIN_DECLS

/* A member of `o` (may be NULL) of the type asked, or NULL / FALSE. */
const char *_sk_json_string  (JsonObject *o,
                              const char *name);
gboolean    _sk_json_int     (JsonObject *o,
                              const char *name,
                              gint64     *value);
JsonArray  *_sk_json_array   (JsonObject *o,
                              const char *name);
/* Element `i` of `a` if it is an object, else NULL. */
JsonObject *_sk_json_element (JsonArray  *a,
                              guint       i);

SkBody     *_sk_body_read    (JsonObject *o);
void        _sk_vote_read    (JsonObject *o,
                              SkVote     *vote);

G_END_DECLS
