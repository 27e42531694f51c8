/* sk-edit-record-private.h — what the record's edits share: the JSON
 * of the records' extra members, copied and changed, and run as one
 * step (sk-edit-record.c holds them; sk-edit-meeting-record.c uses them)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-edit-private.h"
#include "sk-record-private.h"

G_BEGIN_DECLS

#define EXTRA(kind, type, name) { kind, name, SK_VALUE_OBJECT, G_STRUCT_OFFSET (type, extra), -1 }

JsonObject *_sk_edit_record_copy_object (JsonObject *o);
JsonNode *_sk_edit_record_deep_copy (JsonNode *node);
JsonArray *_sk_edit_record_array_of (JsonObject *o,
                                     const char *name);
JsonObject *_sk_edit_record_find_in (JsonArray  *a,
                                     const char *key,
                                     const char *value,
                                     guint      *position);
JsonObject *_sk_edit_record_find_or_add (JsonObject *o,
                                         const char *name,
                                         const char *key,
                                         const char *value);
gboolean _sk_edit_record_remove_entry (JsonObject  *o,
                                       const char  *name,
                                       const char  *key,
                                       const char  *value,
                                       GError     **error);
void _sk_edit_record_set_or_remove (JsonObject *o,
                                    const char *name,
                                    const char *value);
gboolean _sk_edit_record_run_extra (SkHistory      *history,
                                    SkProject      *project,
                                    GError        **error,
                                    const SkField  *field,
                                    const SkIds     ids,
                                    JsonObject     *old,
                                    JsonObject     *extra,
                                    char           *label);
SkMeeting *_sk_edit_record_find_meeting (SkProject   *project,
                                         const char  *meeting_id,
                                         GError     **error);
SkItem *_sk_edit_record_find_item (SkProject   *project,
                                   const char  *meeting_id,
                                   const char  *item_id,
                                   SkMeeting  **meeting,
                                   GError     **error);
void _sk_edit_record_add_extra (GPtrArray     *commands,
                                SkProject     *project,
                                const SkField *field,
                                const SkIds    ids,
                                JsonObject    *extra);

G_END_DECLS
