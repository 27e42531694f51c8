/* sk-edit-record.c — editing the board's formal record
 *
 * The record is kept in members of the records' `extra` (the file's
 * "bodies", "attendance", "votes" …).  Each edit makes a new `extra` with
 * the change, deep-copied so that the old one stays as the command's undo,
 * and replaces it with a field command.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sk-date.h"
#include "sk-doc-language.h"
#include "sk-edit-record.h"
#include "sk-edit-record-private.h"

static const SkField project_language = EXTRA (SK_RECORD_PROJECT, SkProject, "language");
static const SkField project_bodies = EXTRA (SK_RECORD_PROJECT, SkProject, "bodies");
static const SkField meeting_sequence = EXTRA (SK_RECORD_MEETING, SkMeeting, "ical_sequence");
static const SkField meeting_body = SK_FIELD (SK_RECORD_MEETING, SkMeeting, "body", SK_VALUE_STRING, body);


JsonObject *
_sk_edit_record_copy_object (JsonObject *o)
{
  JsonObject *copy = json_object_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *node;

  if (o == NULL)
    return copy;
  json_object_iter_init_ordered (&iter, o);
  while (json_object_iter_next_ordered (&iter, &name, &node))
    json_object_set_member (copy, name, _sk_edit_record_deep_copy (node));
  return copy;
}

JsonNode *
_sk_edit_record_deep_copy (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonNode *copy = json_node_new (JSON_NODE_OBJECT);

      json_node_take_object (copy, _sk_edit_record_copy_object (json_node_get_object (node)));
      return copy;
    }
  if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *a = json_node_get_array (node), *b = json_array_sized_new (json_array_get_length (a));
      JsonNode *copy = json_node_new (JSON_NODE_ARRAY);

      for (guint i = 0; i < json_array_get_length (a); i++)
        json_array_add_element (b, _sk_edit_record_deep_copy (json_array_get_element (a, i)));
      json_node_take_array (copy, b);
      return copy;
    }
  return json_node_copy (node);
}

/* The array `name` of `o`, made when missing. */
JsonArray *
_sk_edit_record_array_of (JsonObject *o,
                          const char *name)
{
  if (_sk_json_array (o, name) == NULL)
    json_object_set_array_member (o, name, json_array_new ());
  return json_object_get_array_member (o, name);
}

/* The element of `a` whose `key` is `value`, its position in `position`. */
JsonObject *
_sk_edit_record_find_in (JsonArray  *a,
                         const char *key,
                         const char *value,
                         guint      *position)
{
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *o = _sk_json_element (a, i);

      if (o != NULL && g_strcmp0 (_sk_json_string (o, key), value) == 0)
        {
          if (position)
            *position = i;
          return o;
        }
    }
  return NULL;
}

/* A new element of the array `name` of `o` (made when missing), at its
 * end, with just `key` set to `value`. */
static JsonObject *
add_entry (JsonObject *o,
           const char *name,
           const char *key,
           const char *value)
{
  JsonObject *entry = json_object_new ();

  json_object_set_string_member (entry, key, value);
  json_array_add_object_element (_sk_edit_record_array_of (o, name), entry);
  return entry;
}

/* The element of the array `name` of `o` whose `key` is `value`, added
 * when there is none. */
JsonObject *
_sk_edit_record_find_or_add (JsonObject *o,
                             const char *name,
                             const char *key,
                             const char *value)
{
  JsonObject *entry = _sk_edit_record_find_in (_sk_json_array (o, name), key, value, NULL);

  return entry != NULL ? entry : add_entry (o, name, key, value);
}

/* Takes the element of the array `name` of `o` whose `key` is `value`
 * out; FALSE, with `error` set, when there is none. */
gboolean
_sk_edit_record_remove_entry (JsonObject  *o,
                              const char  *name,
                              const char  *key,
                              const char  *value,
                              GError     **error)
{
  guint position;

  if (_sk_edit_record_find_in (_sk_json_array (o, name), key, value, &position) == NULL)
    return _sk_edit_not_found (error, value);
  json_array_remove_element (_sk_json_array (o, name), position);
  return TRUE;
}

void
_sk_edit_record_set_or_remove (JsonObject *o,
                               const char *name,
                               const char *value)
{
  if (value != NULL && *value != '\0')
    json_object_set_string_member (o, name, value);
  else if (json_object_has_member (o, name))
    json_object_remove_member (o, name);
}

/* Replaces the record's extra with `extra` (taken) as one step; an empty
 * array member is dropped, and an empty object where there was none is
 * none. */
gboolean
_sk_edit_record_run_extra (SkHistory      *history,
                           SkProject      *project,
                           GError        **error,
                           const SkField  *field,
                           const SkIds     ids,
                           JsonObject     *old,
                           JsonObject     *extra,
                           char           *label)
{
  SkValue value = { TRUE, { .o = extra } };
  JsonArray *a = _sk_json_array (extra, field->name);
  gpointer record;
  gboolean ok;

  if (a != NULL && json_array_get_length (a) == 0)
    json_object_remove_member (extra, field->name);
  if (old == NULL && json_object_get_size (extra) == 0)
    value.u.o = NULL;
  /* The whole record's rules as the file's check asks them, with the
   * change in place: an attendance that leaves a vote with more votes
   * than members present is refused like the vote itself */
  record = _sk_edit_locate (project, field->kind, ids);
  if (record == NULL ||
      !_sk_record_trial_pointer (project, (gpointer *) ((char *) record + field->offset), value.u.o, error))
    {
      json_object_unref (extra);
      g_free (label);
      return record == NULL ? _sk_edit_not_found (error, ids[0]) : FALSE;
    }
  ok = _sk_edit_run (history, project, _sk_edit_field_command (project, field, ids, &value, label));
  json_object_unref (extra);
  return ok;
}

SkMeeting *
_sk_edit_record_find_meeting (SkProject   *project,
                              const char  *meeting_id,
                              GError     **error)
{
  SkMeeting *m = sk_project_find_meeting (project, meeting_id);

  if (m == NULL)
    _sk_edit_not_found (error, meeting_id);
  return m;
}

SkItem *
_sk_edit_record_find_item (SkProject   *project,
                           const char  *meeting_id,
                           const char  *item_id,
                           SkMeeting  **meeting,
                           GError     **error)
{
  SkIds ids = { meeting_id, item_id };
  SkItem *item;

  if ((*meeting = _sk_edit_record_find_meeting (project, meeting_id, error)) == NULL)
    return NULL;
  if ((item = _sk_edit_locate (project, SK_RECORD_ITEM, ids)) == NULL)
    _sk_edit_not_found (error, item_id);
  return item;
}

gboolean
sk_edit_set_document_language (SkHistory   *history,
                               SkProject   *project,
                               const char  *language,
                               GError     **error)
{
  SkIds ids = { NULL };
  JsonObject *extra;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (language != NULL && !sk_doc_language_is_valid (language))
    return _sk_edit_refuse (error, _("The written language is “nn”, “nb” or “en”"));
  extra = _sk_edit_record_copy_object (project->extra);
  _sk_edit_record_set_or_remove (extra, "language", language);
  return _sk_edit_record_run_extra (history, project, error, &project_language, ids, project->extra, extra,
                                    g_strdup (_("Change the Written Language")));
}

/* The body `id` in a copy of the project's extra, or NULL. */
static JsonObject *
body_in (JsonObject *extra,
         const char *id)
{
  return _sk_edit_record_find_in (_sk_json_array (extra, "bodies"), "id", id, NULL);
}

/* The body `id` in `*extra`, a fresh copy of the project's extra; NULL
 * (with `error` set) when the project has no such body. */
static JsonObject *
body_in_copy (SkProject   *project,
              const char  *id,
              JsonObject **extra,
              GError     **error)
{
  JsonObject *body;

  *extra = _sk_edit_record_copy_object (project->extra);
  if ((body = body_in (*extra, id)) == NULL)
    _sk_edit_not_found (error, id);
  return body;
}

/* Runs the edit of the bodies: the project's extra replaced by `extra`
 * (taken) as one step called `label` (taken). */
static gboolean
run_bodies (SkHistory   *history,
            SkProject   *project,
            JsonObject  *extra,
            char        *label,
            GError     **error)
{
  SkIds ids = { NULL };

  return _sk_edit_record_run_extra (history, project, error, &project_bodies, ids, project->extra, extra, label);
}

gboolean
sk_edit_set_body (SkHistory   *history,
                  SkProject   *project,
                  const char  *id,
                  const char  *name,
                  const char  *pattern,
                  const char  *language,
                  GError     **error)
{
  JsonObject *extra, *body;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (!sk_rule_id_valid (id))
    return _sk_edit_refuse (error, _("“%s” is not a valid id: use 1–64 characters a–z, 0–9, “_” or “-”"), id ? id : "");
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A body needs the name its meetings give as “body”"));
  if (pattern != NULL && !sk_rule_case_pattern_valid (pattern))
    return _sk_edit_refuse (error, _("A case number pattern holds {n}, the number, such as “PS {n}/{yyyy}”"));
  if (language != NULL && !sk_doc_language_is_valid (language))
    return _sk_edit_refuse (error, _("The written language is “nn”, “nb” or “en”"));
  extra = _sk_edit_record_copy_object (project->extra);
  body = _sk_edit_record_find_or_add (extra, "bodies", "id", id);
  json_object_set_string_member (body, "name", name);
  _sk_edit_record_set_or_remove (body, "case_number_pattern", pattern);
  _sk_edit_record_set_or_remove (body, "language", language);
  return run_bodies (history, project, extra, g_strdup_printf (_("Change the Body «%s»"), name), error);
}

gboolean
sk_edit_set_orientation_pattern (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *body_id,
                                 const char  *pattern,
                                 GError     **error)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *body;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (pattern != NULL && *pattern != '\0' && !sk_rule_case_pattern_valid (pattern))
    return _sk_edit_refuse (error, _("A case number pattern holds {n}, the number, such as “PS {n}/{yyyy}”"));
  if ((body = body_in_copy (project, body_id, &extra, error)) == NULL)
    return FALSE;
  _sk_edit_record_set_or_remove (body, "orientation_pattern", pattern);
  return run_bodies (history, project, g_steal_pointer (&extra),
                     g_strdup_printf (_("Change the Body «%s»"), _sk_json_string (body, "name")), error);
}

/* Whether `id` is taken by another member or deputy of `body`. */
static gboolean
person_id_taken (JsonObject *body,
                 const char *id,
                 JsonObject *except)
{
  g_autoptr(SkBody) b = _sk_body_read (body);
  JsonObject *self = _sk_edit_record_find_in (_sk_json_array (body, "members"), "id", id, NULL);

  if (self != NULL && self == except)
    return FALSE;
  return sk_body_find_member (b, id) != NULL || sk_body_has_deputy (b, id);
}

gboolean
sk_edit_set_body_member (SkHistory   *history,
                         SkProject   *project,
                         const char  *body_id,
                         const char  *member_id,
                         const char  *name,
                         SkRole       role,
                         const char  *municipality,
                         GError     **error)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *body, *member;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((body = body_in_copy (project, body_id, &extra, error)) == NULL)
    return FALSE;
  if (!sk_rule_id_valid (member_id))
    return _sk_edit_refuse (error, _("“%s” is not a valid id: use 1–64 characters a–z, 0–9, “_” or “-”"),
                            member_id ? member_id : "");
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A member or deputy needs a name"));
  if (municipality != NULL && sk_project_find_municipality (project, municipality) == NULL)
    return _sk_edit_refuse (error, _("No municipality has the id “%s”"), municipality);
  member = _sk_edit_record_find_in (_sk_json_array (body, "members"), "id", member_id, NULL);
  if (person_id_taken (body, member_id, member))
    return _sk_edit_refuse (error, _("The id “%s” is used twice among the members and deputies of this body"), member_id);
  if (member == NULL)
    member = add_entry (body, "members", "id", member_id);
  json_object_set_string_member (member, "name", name);
  json_object_set_string_member (member, "role", sk_role_to_string (role));
  _sk_edit_record_set_or_remove (member, "municipality", municipality);
  return run_bodies (history, project, g_steal_pointer (&extra),
                     g_strdup_printf (_("Change the Member «%s»"), name), error);
}

/* Whether the array of strings `a` holds `value`. */
static gboolean
has_string (JsonArray  *a,
            const char *value)
{
  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonNode *node = json_array_get_element (a, i);

      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
          g_strcmp0 (json_node_get_string (node), value) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Whether `m` is a meeting of the body `body` (its name or id). */
static gboolean
meeting_of (const SkMeeting *m,
            JsonObject      *body)
{
  return g_strcmp0 (m->body, _sk_json_string (body, "name")) == 0 ||
         g_strcmp0 (m->body, _sk_json_string (body, "id")) == 0;
}

/* "meeting-id" of a meeting of `body` whose record names `id`: in the
 * attendance, as chair, disqualified or stepping in, or signing the
 * minutes; or NULL. */
static const char *
named_in_record (SkProject  *project,
                 JsonObject *body,
                 const char *id)
{
  GPtrArray *meetings = sk_project_get_meetings (project);

  for (guint i = 0; i < meetings->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (meetings, i);

      if (!meeting_of (m, body))
        continue;
      if (_sk_edit_record_find_in (_sk_json_array (m->extra, "attendance"), "member", id, NULL) ||
          _sk_edit_record_find_in (_sk_json_array (m->extra, "attendance"), "deputy", id, NULL) ||
          g_strcmp0 (_sk_json_string (m->extra, "chair"), id) == 0 ||
          has_string (_sk_json_array (_sk_json_object (m->extra, "minutes_approval"), "signers"), id))
        return m->id;
      for (guint k = 0; k < m->items->len; k++)
        {
          SkItem *item = g_ptr_array_index (m->items, k);
          JsonArray *d = _sk_json_array (item->extra, "disqualifications");

          if (_sk_edit_record_find_in (d, "member", id, NULL) || _sk_edit_record_find_in (d, "deputy", id, NULL))
            return m->id;
        }
    }
  return NULL;
}

/* TRUE when no record of a meeting of `body` names the person `id`;
 * otherwise FALSE with `error` saying which meeting does. */
static gboolean
not_named_in_record (SkProject   *project,
                     JsonObject  *body,
                     const char  *id,
                     GError     **error)
{
  const char *meeting = named_in_record (project, body, id);

  if (meeting != NULL)
    return _sk_edit_refuse (error, _("The record of the meeting “%s” names “%s”"), meeting, id);
  return TRUE;
}

gboolean
sk_edit_remove_body_member (SkHistory   *history,
                            SkProject   *project,
                            const char  *body_id,
                            const char  *member_id,
                            GError     **error)
{
  g_autoptr(JsonObject) extra = NULL;
  g_autofree char *name = NULL;
  JsonObject *body, *member;
  guint position;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((body = body_in_copy (project, body_id, &extra, error)) == NULL)
    return FALSE;
  if ((member = _sk_edit_record_find_in (_sk_json_array (body, "members"), "id", member_id, &position)) == NULL)
    return _sk_edit_not_found (error, member_id);
  if (!not_named_in_record (project, body, member_id, error))
    return FALSE;
  /* Its personal deputies go with it */
  {
    JsonArray *deputies = _sk_json_array (member, "deputies");

    for (guint i = 0; deputies != NULL && i < json_array_get_length (deputies); i++)
      {
        const char *deputy = _sk_json_string (_sk_json_element (deputies, i), "id");

        if (deputy != NULL && !not_named_in_record (project, body, deputy, error))
          return FALSE;
      }
  }
  name = g_strdup (_sk_json_string (member, "name"));
  json_array_remove_element (_sk_json_array (body, "members"), position);
  return run_bodies (history, project, g_steal_pointer (&extra),
                     g_strdup_printf (_("Remove the Member «%s»"), name ? name : member_id), error);
}

gboolean
sk_edit_set_deputy (SkHistory   *history,
                    SkProject   *project,
                    const char  *body_id,
                    const char  *member_id,
                    const char  *deputy_id,
                    const char  *name,
                    const char  *municipality,
                    GError     **error)
{
  g_autoptr(JsonObject) extra = NULL;
  JsonObject *body, *owner, *deputy;
  JsonArray *list;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((body = body_in_copy (project, body_id, &extra, error)) == NULL)
    return FALSE;
  owner = member_id ? _sk_edit_record_find_in (_sk_json_array (body, "members"), "id", member_id, NULL) : body;
  if (owner == NULL)
    return _sk_edit_not_found (error, member_id);
  if (!sk_rule_id_valid (deputy_id))
    return _sk_edit_refuse (error, _("“%s” is not a valid id: use 1–64 characters a–z, 0–9, “_” or “-”"),
                            deputy_id ? deputy_id : "");
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A member or deputy needs a name"));
  if (municipality != NULL && sk_project_find_municipality (project, municipality) == NULL)
    return _sk_edit_refuse (error, _("No municipality has the id “%s”"), municipality);
  list = _sk_edit_record_array_of (owner, "deputies");
  deputy = _sk_edit_record_find_in (list, "id", deputy_id, NULL);
  if (deputy == NULL)
    {
      if (person_id_taken (body, deputy_id, NULL))
        return _sk_edit_refuse (error, _("The id “%s” is used twice among the members and deputies of this body"),
                                deputy_id);
      deputy = add_entry (owner, "deputies", "id", deputy_id);
    }
  json_object_set_string_member (deputy, "name", name);
  _sk_edit_record_set_or_remove (deputy, "municipality", municipality);
  return run_bodies (history, project, g_steal_pointer (&extra),
                     g_strdup_printf (_("Change the Deputy «%s»"), name), error);
}

/* The deputy `id` of `body`: a personal one (its list in `list`, its
 * position in `position`) or a numbered one; NULL when none. */
static JsonObject *
find_deputy (JsonObject  *body,
             const char  *id,
             JsonArray  **list,
             guint       *position)
{
  JsonArray *members = _sk_json_array (body, "members");
  JsonObject *deputy;

  *list = _sk_json_array (body, "deputies");
  if ((deputy = _sk_edit_record_find_in (*list, "id", id, position)) != NULL)
    return deputy;
  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      *list = _sk_json_array (_sk_json_element (members, i), "deputies");
      if ((deputy = _sk_edit_record_find_in (*list, "id", id, position)) != NULL)
        return deputy;
    }
  *list = NULL;
  return NULL;
}

gboolean
sk_edit_remove_deputy (SkHistory   *history,
                       SkProject   *project,
                       const char  *body_id,
                       const char  *deputy_id,
                       GError     **error)
{
  g_autoptr(JsonObject) extra = NULL;
  g_autofree char *name = NULL;
  JsonObject *body, *deputy;
  JsonArray *list;
  guint position;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((body = body_in_copy (project, body_id, &extra, error)) == NULL)
    return FALSE;
  if ((deputy = find_deputy (body, deputy_id, &list, &position)) == NULL)
    return _sk_edit_not_found (error, deputy_id);
  if (!not_named_in_record (project, body, deputy_id, error))
    return FALSE;
  name = g_strdup (_sk_json_string (deputy, "name"));
  json_array_remove_element (list, position);
  return run_bodies (history, project, g_steal_pointer (&extra),
                     g_strdup_printf (_("Remove the Deputy «%s»"), name ? name : deputy_id), error);
}

/* A meeting of the body `body`, or NULL. */
static SkMeeting *
meeting_of_body (SkProject  *project,
                 JsonObject *body)
{
  GPtrArray *meetings = sk_project_get_meetings (project);

  for (guint i = 0; i < meetings->len; i++)
    if (meeting_of (g_ptr_array_index (meetings, i), body))
      return g_ptr_array_index (meetings, i);
  return NULL;
}

gboolean
sk_edit_remove_body (SkHistory   *history,
                     SkProject   *project,
                     const char  *body_id,
                     GError     **error)
{
  g_autoptr(JsonObject) extra = NULL;
  g_autofree char *name = NULL;
  SkMeeting *meeting;
  JsonObject *body;
  guint position;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  extra = _sk_edit_record_copy_object (project->extra);
  if ((body = _sk_edit_record_find_in (_sk_json_array (extra, "bodies"), "id", body_id, &position)) == NULL)
    return _sk_edit_not_found (error, body_id);
  name = g_strdup (_sk_json_string (body, "name"));
  if ((meeting = meeting_of_body (project, body)) != NULL)
    return _sk_edit_refuse (error, _("The meeting “%s” is a meeting of “%s”"), meeting->id, meeting->body);
  json_array_remove_element (_sk_json_array (extra, "bodies"), position);
  return run_bodies (history, project, g_steal_pointer (&extra),
                     g_strdup_printf (_("Remove the Body «%s»"), name ? name : body_id), error);
}

/* The rename tried in place: the project's extra and the meetings'
 * body swapped with the new ones, and back. */
typedef struct
{
  SkProject  *project;
  JsonObject *extra;
  GPtrArray  *meetings;     /* of SkMeeting*, those that give the old name */
  char      **names;        /* the body each of them gives the other way */
} Rename;

static void
rename_trial (gpointer data,
              gboolean apply)
{
  Rename *r = data;
  JsonObject *extra = r->project->extra;

  /* Applying and taking back are the same swap */
  (void) apply;
  r->project->extra = r->extra;
  r->extra = extra;
  for (guint i = 0; i < r->meetings->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (r->meetings, i);
      char *body = m->body;

      m->body = r->names[i];
      r->names[i] = body;
    }
}

gboolean
sk_edit_rename_body (SkHistory   *history,
                     SkProject   *project,
                     const char  *body_id,
                     const char  *name,
                     GError     **error)
{
  SkIds ids = { NULL };
  g_autoptr(JsonObject) extra = NULL;
  g_autoptr(GPtrArray) meetings = g_ptr_array_new ();
  g_autoptr(GPtrArray) commands = NULL;
  g_autofree char *old = NULL;
  JsonArray *bodies;
  JsonObject *body;
  GPtrArray *all = sk_project_get_meetings (project);
  SkValue value = { TRUE, { NULL } };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (name == NULL || *name == '\0')
    return _sk_edit_refuse (error, _("A body needs the name its meetings give as “body”"));
  extra = _sk_edit_record_copy_object (project->extra);
  bodies = _sk_json_array (extra, "bodies");
  if ((body = _sk_edit_record_find_in (bodies, "id", body_id, NULL)) == NULL)
    return _sk_edit_not_found (error, body_id);
  for (guint i = 0; i < json_array_get_length (bodies); i++)
    {
      JsonObject *other = _sk_json_element (bodies, i);

      if (other != NULL && other != body &&
          (g_strcmp0 (_sk_json_string (other, "name"), name) == 0 ||
           g_strcmp0 (_sk_json_string (other, "id"), name) == 0))
        return _sk_edit_refuse (error, _("Two bodies are called “%s”"), name);
    }
  old = g_strdup (_sk_json_string (body, "name"));
  if (g_strcmp0 (old, name) == 0)
    return TRUE;
  json_object_set_string_member (body, "name", name);
  for (guint i = 0; i < all->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (all, i);

      if (old != NULL && g_strcmp0 (m->body, old) == 0)
        g_ptr_array_add (meetings, m);
    }
  /* The record's rules with the new name in place */
  {
    g_autofree char **names = g_new (char *, meetings->len + 1);
    Rename r = { project, extra, meetings, names };

    for (guint i = 0; i < meetings->len; i++)
      names[i] = (char *) name;
    if (!_sk_record_trial (project, rename_trial, &r, error))
      return FALSE;
  }
  commands = _sk_edit_commands_new ();
  value.u.o = extra;
  _sk_edit_add (commands, _sk_edit_field_command (project, &project_bodies, ids, &value, NULL));
  for (guint i = 0; i < meetings->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (meetings, i);
      SkIds meeting_ids = { m->id };
      SkValue body_value = { TRUE, { .s = (char *) name } };
      JsonObject *revised = _sk_edit_record_copy_object (m->extra);
      gint64 sequence = 0;

      _sk_edit_add (commands, _sk_edit_field_command (project, &meeting_body, meeting_ids, &body_value, NULL));
      /* A calendar that has the meeting takes it as a new version of it */
      _sk_json_int (revised, "ical_sequence", &sequence);
      json_object_set_int_member (revised, "ical_sequence", CLAMP (sequence + 1, 1, G_MAXINT32));
      _sk_edit_record_add_extra (commands, project, &meeting_sequence, meeting_ids, revised);
    }
  return _sk_edit_run (history, project,
                       _sk_edit_group (g_steal_pointer (&commands),
                                       g_strdup_printf (_("Rename the Body «%s»"), old ? old : body_id)));
}

/* Adds to `commands` the step that sets `field` of the record `ids` to
 * `extra` (taken). */
void
_sk_edit_record_add_extra (GPtrArray     *commands,
                           SkProject     *project,
                           const SkField *field,
                           const SkIds    ids,
                           JsonObject    *extra)
{
  SkValue value = { TRUE, { .o = extra } };

  _sk_edit_add (commands, _sk_edit_field_command (project, field, ids, &value, NULL));
  json_object_unref (extra);
}
