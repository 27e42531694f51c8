/* sk-edit-private.h — what the edit functions of each area share
 *
 * Two generic commands do most of the work: setting one field of one
 * record (SkField says where the field is), and putting a record into,
 * taking it out of or moving it within its list.  Records are found by
 * their path of ids each time a command is done or undone, and a record
 * taken out is kept by the command, so undo puts back the same record.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-i18n.h"

#include "sk-edit.h"
#include "sk-project-private.h"
#include "sk-rules.h"

G_BEGIN_DECLS

typedef enum
{
  SK_VALUE_STRING,
  SK_VALUE_DOUBLE,
  SK_VALUE_INT,      /* int, and enumerations */
  SK_VALUE_INT64,
  SK_VALUE_BOOLEAN,
  SK_VALUE_OBJECT,   /* a record's `extra`: replaced whole, never changed in place */
} SkValueType;

typedef struct
{
  gboolean has;      /* for fields that may be absent (has_offset) */
  union
  {
    char     *s;
    double    d;
    int       i;
    gint64    l;
    gboolean    b;
    JsonObject *o;
  } u;
} SkValue;

typedef struct
{
  SkRecordKind kind;
  const char  *name;        /* the member in the file */
  SkValueType  type;
  gsize        offset;      /* of the field in the record */
  gssize       has_offset;  /* of its gboolean "present", or -1 */
} SkField;

#define SK_FIELD(kind, type, name, vtype, member) \
  { kind, name, vtype, G_STRUCT_OFFSET (type, member), -1 }
#define SK_FIELD_HAS(kind, type, name, vtype, member, has) \
  { kind, name, vtype, G_STRUCT_OFFSET (type, member), G_STRUCT_OFFSET (type, has) }

/* Up to three ids from the top: { matrix, factor }, { model, scenario or
 * NULL, criterion position }. */
typedef const char *SkIds[3];

gpointer    _sk_edit_locate        (SkProject     *project,
                                    SkRecordKind   kind,
                                    const SkIds    ids);
GPtrArray  *_sk_edit_locate_list   (SkProject     *project,
                                    SkRecordKind   kind,
                                    const SkIds    parent);
char       *_sk_edit_path          (const SkIds    ids);

/* Commands, or NULL when the value is the one there already. */
SkCommand  *_sk_edit_field_command (SkProject     *project,
                                    const SkField *field,
                                    const SkIds    ids,
                                    const SkValue *value,
                                    char          *label);
/* The same for a record not yet in its place (a scenario's copy of the
 * model's criteria, put in by an earlier command of the same group). */
SkCommand  *_sk_edit_field_command_for (gpointer       record,
                                        const SkField *field,
                                        const SkIds    ids,
                                        const SkValue *value,
                                        char          *label);
SkCommand  *_sk_edit_insert_command (SkRecordKind  kind,
                                     const SkIds   parent,
                                     guint         position,
                                     gpointer      record,
                                     char         *label);
SkCommand  *_sk_edit_remove_command (SkProject    *project,
                                     SkRecordKind  kind,
                                     const SkIds   parent,
                                     guint         position,
                                     char         *label);
SkCommand  *_sk_edit_move_command   (SkRecordKind  kind,
                                     const SkIds   parent,
                                     guint         from,
                                     guint         to,
                                     char         *label);

/* Does the command, through the history when there is one; takes it.
 * NULL (nothing to do) is fine.  Returns TRUE. */
gboolean    _sk_edit_run           (SkHistory     *history,
                                    SkProject     *project,
                                    SkCommand     *command);
/* Runs the putting in of `record` (taken), whose id is `id`, at
 * `position` of its list under `parent` as one step called `label`
 * (taken); first gives a copy of `id` in `id_out` unless that is NULL. */
gboolean    _sk_edit_run_insert    (SkHistory     *history,
                                    SkProject     *project,
                                    SkRecordKind   kind,
                                    const SkIds    parent,
                                    guint          position,
                                    gpointer       record,
                                    const char    *id,
                                    char         **id_out,
                                    char          *label);
/* Commands made one by one, then one group of them (takes `commands`),
 * or NULL when none was made. */
GPtrArray  *_sk_edit_commands_new  (void);
void        _sk_edit_add           (GPtrArray     *commands,
                                    SkCommand     *command);
SkCommand  *_sk_edit_group         (GPtrArray     *commands,
                                    char          *label);

gboolean    _sk_edit_set_string    (SkHistory     *history,
                                    SkProject     *project,
                                    const SkField *field,
                                    const SkIds    ids,
                                    const char    *value,
                                    char          *label);
gboolean    _sk_edit_set_double    (SkHistory     *history,
                                    SkProject     *project,
                                    const SkField *field,
                                    const SkIds    ids,
                                    double         value,
                                    char          *label);

/* Removes the matrix, timeline or cost model at `position` of its list,
 * with every agenda item's link to it, as one step. */
gboolean    _sk_edit_remove_linked (SkHistory     *history,
                                    SkProject     *project,
                                    SkRecordKind   kind,
                                    SkLinkKind     link_kind,
                                    const char    *id,
                                    guint          position,
                                    const char    *title);

/* The commands that set the figures `keys` of the municipality `id` to
 * `values`, with `source` (and `date`) as their source when `source` is
 * not NULL (sk-edit-project.c).  FALSE, adding nothing, when a figure
 * breaks a rule or there is no such municipality. */
gboolean    _sk_edit_add_figures   (GPtrArray          *commands,
                                    SkProject          *project,
                                    const char         *id,
                                    const char * const *keys,
                                    const double       *values,
                                    guint               n_keys,
                                    const char         *source,
                                    const char         *date,
                                    GError            **error);

/* Takes over the contents of `other` (a project read from what a what-if
 * made of `project`), as one step named `label` of the commands that put
 * in and take out the records that differ (sk-edit-take.c).  Takes the
 * records put in out of `other`, and `label`. */
gboolean    _sk_edit_take          (SkHistory     *history,
                                    SkProject     *project,
                                    SkProject     *other,
                                    char          *label);

/* Refusals: FALSE with the error set (SK_PROJECT_ERROR_INVALID). */
gboolean    _sk_edit_refuse        (GError       **error,
                                    const char    *format,
                                    ...) G_GNUC_PRINTF (2, 3);
gboolean    _sk_edit_not_found     (GError       **error,
                                    const char    *id);
/* No matrix, cost model or timeline has `id`: FALSE with the error set
 * (SK_PROJECT_ERROR_NOT_FOUND). */
gboolean    _sk_edit_link_not_found (GError      **error,
                                     SkLinkKind    kind,
                                     const char   *id);
/* A position for a new record: `position` if within the list, else its
 * end. */
guint       _sk_edit_clamp         (GPtrArray     *list,
                                    int            position);

G_END_DECLS
