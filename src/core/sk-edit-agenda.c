/* sk-edit-agenda.c — editing meetings, their items and the rolling plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-edit-private.h"
#include "sk-record-private.h"

#define MEETING_FIELD(name, vtype, member) SK_FIELD (SK_RECORD_MEETING, SkMeeting, name, vtype, member)
#define ITEM_FIELD(name, vtype, member) SK_FIELD (SK_RECORD_ITEM, SkItem, name, vtype, member)
#define PLAN_FIELD(name, vtype, member) SK_FIELD (SK_RECORD_PLAN_ENTRY, SkPlanEntry, name, vtype, member)

static const SkField meeting_fields[] = {
  [SK_MEETING_FIELD_BODY] = MEETING_FIELD ("body", SK_VALUE_STRING, body),
  [SK_MEETING_FIELD_TITLE] = MEETING_FIELD ("title", SK_VALUE_STRING, title),
  [SK_MEETING_FIELD_DATE] = MEETING_FIELD ("date", SK_VALUE_STRING, date),
  [SK_MEETING_FIELD_START_TIME] = MEETING_FIELD ("start_time", SK_VALUE_STRING, start_time),
  [SK_MEETING_FIELD_LOCATION] = MEETING_FIELD ("location", SK_VALUE_STRING, location),
};
static const SkField meeting_mode = MEETING_FIELD ("mode", SK_VALUE_INT, mode);

static const SkField item_fields[] = {
  [SK_ITEM_FIELD_NUMBER] = ITEM_FIELD ("number", SK_VALUE_STRING, number),
  [SK_ITEM_FIELD_TITLE] = ITEM_FIELD ("title", SK_VALUE_STRING, title),
  [SK_ITEM_FIELD_PRESENTER] = ITEM_FIELD ("presenter", SK_VALUE_STRING, presenter),
  [SK_ITEM_FIELD_BODY] = ITEM_FIELD ("body", SK_VALUE_STRING, body),
  [SK_ITEM_FIELD_PROPOSAL] = ITEM_FIELD ("proposal", SK_VALUE_STRING, proposal),
  [SK_ITEM_FIELD_DECISION] = ITEM_FIELD ("decision", SK_VALUE_STRING, decision),
};
static const SkField item_kind = ITEM_FIELD ("kind", SK_VALUE_INT, kind);
static const SkField item_duration = ITEM_FIELD ("duration_min", SK_VALUE_INT, duration_min);
/* The members this version does not know, with "decided_at"
 * (docs/format-extensions.md): replaced whole by the edit. */
static const SkField item_extra = ITEM_FIELD ("decided_at", SK_VALUE_OBJECT, extra);

static const SkField plan_fields[] = {
  [SK_PLAN_FIELD_TITLE] = PLAN_FIELD ("title", SK_VALUE_STRING, title),
  [SK_PLAN_FIELD_MEETING] = PLAN_FIELD ("meeting", SK_VALUE_STRING, meeting),
  [SK_PLAN_FIELD_DUE] = PLAN_FIELD ("due", SK_VALUE_STRING, due),
  [SK_PLAN_FIELD_NOTE] = PLAN_FIELD ("note", SK_VALUE_STRING, note),
};

static SkMeeting *
find_meeting (SkProject   *project,
              const char  *id,
              guint       *position,
              GError     **error)
{
  SkMeeting *m = sk_project_find_meeting (project, id);

  if (m == NULL)
    g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
                 _("No meeting has the id “%s”"), id ? id : "");
  else if (position != NULL)
    g_ptr_array_find (project->meetings, m, position);
  return m;
}

static SkItem *
find_item (SkProject   *project,
           const char  *meeting_id,
           const char  *id,
           guint       *position,
           GError     **error)
{
  SkMeeting *m = find_meeting (project, meeting_id, NULL, error);
  SkIds ids = { meeting_id, id };
  SkItem *item;

  if (m == NULL)
    return NULL;
  item = _sk_edit_locate (project, SK_RECORD_ITEM, ids);
  if (item == NULL)
    _sk_edit_not_found (error, id);
  else if (position != NULL)
    g_ptr_array_find (m->items, item, position);
  return item;
}

static SkPlanEntry *
find_plan_entry (SkProject   *project,
                 const char  *id,
                 guint       *position,
                 GError     **error)
{
  SkIds ids = { id };
  SkPlanEntry *p = _sk_edit_locate (project, SK_RECORD_PLAN_ENTRY, ids);

  if (p == NULL)
    _sk_edit_not_found (error, id);
  else if (position != NULL)
    g_ptr_array_find (project->plan, p, position);
  return p;
}

/* Meetings */

gboolean
sk_edit_add_meeting (SkHistory   *history,
                     SkProject   *project,
                     const char  *body,
                     const char  *date,
                     int          position,
                     char       **id_out,
                     GError     **error)
{
  g_autofree char *stem = NULL;
  SkMeeting *m;
  SkIds parent = { NULL };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (body == NULL || *body == '\0')
    return _sk_edit_refuse (error, _("A meeting needs the body that meets"));
  if (!sk_rule_date_valid (date))
    return _sk_edit_refuse (error, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                            date ? date : "", SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
  m = sk_meeting_new ();
  stem = g_strdup_printf ("meeting-%s", date);
  m->id = sk_unique_id (project->meetings, stem);
  m->body = g_strdup (body);
  m->date = g_strdup (date);
  return _sk_edit_run_insert (history, project, SK_RECORD_MEETING, parent,
                              _sk_edit_clamp (project->meetings, position), m, m->id, id_out,
                              g_strdup (_("Add a Meeting")));
}

/* The meeting goes, and with it the rolling plan's ties to it: its planned
 * matters stay, no longer scheduled. */
gboolean
sk_edit_remove_meeting (SkHistory   *history,
                        SkProject   *project,
                        const char  *id,
                        GError     **error)
{
  GPtrArray *commands;
  SkMeeting *m;
  SkIds parent = { NULL };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_meeting (project, id, &at, error)) == NULL)
    return FALSE;
  commands = _sk_edit_commands_new ();
  for (guint i = 0; i < project->plan->len; i++)
    {
      SkPlanEntry *p = g_ptr_array_index (project->plan, i);
      SkIds ids = { p->id };
      SkValue none = { TRUE, { .s = NULL } };

      if (g_strcmp0 (p->meeting, id) == 0)
        _sk_edit_add (commands, _sk_edit_field_command (project, &plan_fields[SK_PLAN_FIELD_MEETING], ids, &none, NULL));
    }
  _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_MEETING, parent, at, NULL));
  return _sk_edit_run (history, project, _sk_edit_group (commands, g_strdup (_("Remove the Meeting"))));
}

gboolean
sk_edit_set_meeting_field (SkHistory       *history,
                           SkProject       *project,
                           const char      *id,
                           SkMeetingField   field,
                           const char      *value,
                           GError         **error)
{
  static const char *labels[] = {
    [SK_MEETING_FIELD_BODY] = N_("Change Who Meets"),
    [SK_MEETING_FIELD_TITLE] = N_("Change the Meeting’s Title"),
    [SK_MEETING_FIELD_DATE] = N_("Change the Meeting’s Date"),
    [SK_MEETING_FIELD_START_TIME] = N_("Change the Meeting’s Start"),
    [SK_MEETING_FIELD_LOCATION] = N_("Change the Meeting’s Place"),
  };
  SkIds ids = { id };
  SkMeeting *meeting;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (field < G_N_ELEMENTS (meeting_fields), FALSE);
  if ((meeting = find_meeting (project, id, NULL, error)) == NULL)
    return FALSE;
  if (value != NULL && *value == '\0' && field != SK_MEETING_FIELD_BODY)
    value = NULL;
  if (field == SK_MEETING_FIELD_BODY && (value == NULL || *value == '\0'))
    return _sk_edit_refuse (error, _("A meeting needs the body that meets"));
  if (field == SK_MEETING_FIELD_DATE && !sk_rule_date_valid (value))
    return _sk_edit_refuse (error, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                            value ? value : "", SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
  if (field == SK_MEETING_FIELD_START_TIME && !sk_rule_time_valid (value))
    return _sk_edit_refuse (error, _("“%s” is not a clock time: expected HH:MM"), value);
  /* The record names the body's members; case numbers are per body and year */
  if ((field == SK_MEETING_FIELD_BODY || field == SK_MEETING_FIELD_DATE) &&
      !_sk_record_trial_pointer (project, (gpointer *) (field == SK_MEETING_FIELD_BODY ? &meeting->body : &meeting->date),
                                 (gpointer) value, error))
    return FALSE;
  return _sk_edit_set_string (history, project, &meeting_fields[field], ids, value,
                              g_strdup (_(labels[field])));
}

gboolean
sk_edit_set_meeting_mode (SkHistory      *history,
                          SkProject      *project,
                          const char     *id,
                          SkMeetingMode   mode,
                          GError        **error)
{
  SkIds ids = { id };
  SkValue v = { TRUE, { .i = mode } };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (find_meeting (project, id, NULL, error) == NULL)
    return FALSE;
  if ((guint) mode > SK_MODE_HYBRID)
    return _sk_edit_refuse (error, _("A meeting is physical, digital or hybrid"));
  return _sk_edit_run (history, project,
                       _sk_edit_field_command (project, &meeting_mode, ids, &v,
                                               g_strdup (_("Change How the Board Meets"))));
}

/* Items */

gboolean
sk_edit_add_item (SkHistory   *history,
                  SkProject   *project,
                  const char  *meeting_id,
                  const char  *title,
                  SkItemKind   kind,
                  int          position,
                  char       **id_out,
                  GError     **error)
{
  SkMeeting *m;
  SkItem *item;
  SkIds parent = { meeting_id };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_meeting (project, meeting_id, NULL, error)) == NULL)
    return FALSE;
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("An item needs a title"));
  if ((guint) kind > SK_ITEM_DISCUSSION)
    return _sk_edit_refuse (error, _("An item is formal, an orientation, a decision or a discussion"));
  item = sk_item_new ();
  item->id = sk_unique_id (m->items, "item");
  item->title = g_strdup (title);
  item->kind = kind;
  return _sk_edit_run_insert (history, project, SK_RECORD_ITEM, parent, _sk_edit_clamp (m->items, position),
                              item, item->id, id_out, g_strdup_printf (_("Add «%s»"), title));
}

gboolean
sk_edit_remove_item (SkHistory   *history,
                     SkProject   *project,
                     const char  *meeting_id,
                     const char  *id,
                     GError     **error)
{
  SkItem *item;
  SkIds parent = { meeting_id };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, &at, error)) == NULL)
    return FALSE;
  /* Not while the attendance says who came or left at it */
  if (!_sk_record_trial_remove (project, sk_project_find_meeting (project, meeting_id)->items, at, error))
    return FALSE;
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_ITEM, parent, at,
                                                g_strdup_printf (_("Remove «%s»"), item->title)));
}

/* The agenda's order: the item goes to position `to`. */
gboolean
sk_edit_move_item (SkHistory   *history,
                   SkProject   *project,
                   const char  *meeting_id,
                   const char  *id,
                   guint        to,
                   GError     **error)
{
  SkItem *item;
  SkIds parent = { meeting_id };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, &at, error)) == NULL)
    return FALSE;
  to = MIN (to, sk_project_find_meeting (project, meeting_id)->items->len - 1);
  /* Who came or left at which case, and so who votes, follows the order */
  if (!_sk_record_trial_move (project, sk_project_find_meeting (project, meeting_id)->items, at, to, error))
    return FALSE;
  return _sk_edit_run (history, project,
                       _sk_edit_move_command (SK_RECORD_ITEM, parent, at, to,
                                              g_strdup_printf (_("Move «%s»"), item->title)));
}

gboolean
sk_edit_set_item_field (SkHistory    *history,
                        SkProject    *project,
                        const char   *meeting_id,
                        const char   *id,
                        SkItemField   field,
                        const char   *value,
                        GError      **error)
{
  static const char *labels[] = {
    [SK_ITEM_FIELD_NUMBER] = N_("Change the Number of «%s»"),
    [SK_ITEM_FIELD_TITLE] = N_("Rename «%s»"),
    [SK_ITEM_FIELD_PRESENTER] = N_("Change Who Presents «%s»"),
    [SK_ITEM_FIELD_BODY] = N_("Edit the Case Text of «%s»"),
    [SK_ITEM_FIELD_PROPOSAL] = N_("Edit the Proposal of «%s»"),
    [SK_ITEM_FIELD_DECISION] = N_("Record the Decision on «%s»"),
  };
  SkIds ids = { meeting_id, id };
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (field < G_N_ELEMENTS (item_fields), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  if (field == SK_ITEM_FIELD_TITLE && (value == NULL || *value == '\0'))
    return _sk_edit_refuse (error, _("An item needs a title"));
  if (value != NULL && *value == '\0')
    value = NULL;
  /* A vote on the prepared proposal needs it */
  if (field == SK_ITEM_FIELD_PROPOSAL && value == NULL &&
      !_sk_record_trial_pointer (project, (gpointer *) &item->proposal, (gpointer) value, error))
    return FALSE;
  return _sk_edit_set_string (history, project, &item_fields[field], ids, value,
                              g_strdup_printf (_(labels[field]), item->title));
}

gboolean
sk_edit_set_item_kind (SkHistory   *history,
                       SkProject   *project,
                       const char  *meeting_id,
                       const char  *id,
                       SkItemKind   kind,
                       GError     **error)
{
  SkIds ids = { meeting_id, id };
  SkValue v = { TRUE, { .i = kind } };
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  if ((guint) kind > SK_ITEM_DISCUSSION)
    return _sk_edit_refuse (error, _("An item is formal, an orientation, a decision or a discussion"));
  return _sk_edit_run (history, project,
                       _sk_edit_field_command (project, &item_kind, ids, &v,
                                               g_strdup_printf (_("Change the Kind of «%s»"), item->title)));
}

/* `minutes` -1 takes the planned time away. */
gboolean
sk_edit_set_item_duration (SkHistory   *history,
                           SkProject   *project,
                           const char  *meeting_id,
                           const char  *id,
                           int          minutes,
                           GError     **error)
{
  SkIds ids = { meeting_id, id };
  SkValue v = { TRUE, { .i = minutes } };
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  if (minutes != -1 && !sk_rule_duration_valid (minutes))
    return _sk_edit_refuse (error, _("The planned minutes must be between 0 and 1440"));
  return _sk_edit_run (history, project,
                       _sk_edit_field_command (project, &item_duration, ids, &v,
                                               g_strdup_printf (_("Change the Time for «%s»"), item->title)));
}

/* The decision as the board made it, with its time (`when`, as
 * "YYYY-MM-DDTHH:MM", or NULL for now) in "decided_at"; an empty text
 * takes the decision and its time away.  One step of undo. */
gboolean
sk_edit_record_decision (SkHistory   *history,
                         SkProject   *project,
                         const char  *meeting_id,
                         const char  *id,
                         const char  *text,
                         const char  *when,
                         GError     **error)
{
  SkIds ids = { meeting_id, id };
  g_autoptr(JsonObject) extra = json_object_new ();
  g_autoptr(GDateTime) now = NULL;
  g_autofree char *stamp = NULL;
  SkValue decision = { TRUE, { .s = (char *) (text && *text ? text : NULL) } };
  SkValue members = { TRUE, { .o = extra } };
  GPtrArray *commands;
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  if (when == NULL)
    {
      now = g_date_time_new_now_local ();
      when = stamp = g_date_time_format (now, "%Y-%m-%dT%H:%M");
    }
  /* A new object, in the same order: the command keeps the old one. */
  if (item->extra != NULL)
    {
      JsonObjectIter iter;
      const char *name;
      JsonNode *node;

      json_object_iter_init_ordered (&iter, item->extra);
      while (json_object_iter_next_ordered (&iter, &name, &node))
        json_object_set_member (extra, name, json_node_copy (node));
    }
  if (decision.u.s != NULL)
    json_object_set_string_member (extra, "decided_at", when);
  else if (json_object_has_member (extra, "decided_at"))
    json_object_remove_member (extra, "decided_at");
  if (json_object_get_size (extra) == 0 && item->extra == NULL)
    members.u.o = NULL;
  commands = _sk_edit_commands_new ();
  _sk_edit_add (commands, _sk_edit_field_command (project, &item_fields[SK_ITEM_FIELD_DECISION], ids, &decision, NULL));
  _sk_edit_add (commands, _sk_edit_field_command (project, &item_extra, ids, &members, NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Record the Decision on «%s»"), item->title)));
}

/* Links from an item to a matrix, cost model or timeline. */
gboolean
sk_edit_add_item_link (SkHistory   *history,
                       SkProject   *project,
                       const char  *meeting_id,
                       const char  *id,
                       SkLinkKind   kind,
                       const char  *target,
                       GError     **error)
{
  SkIds parent = { meeting_id, id };
  gboolean found;
  SkLink *link;
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  found = kind == SK_LINK_MATRIX ? sk_project_find_matrix (project, target) != NULL
          : kind == SK_LINK_COST_MODEL ? sk_project_find_cost_model (project, target) != NULL
          : kind == SK_LINK_TIMELINE ? sk_project_find_timeline (project, target) != NULL
          : FALSE;
  if (!found)
    {
      g_autofree char *message = sk_link_missing_message (kind, target);

      return _sk_edit_refuse (error, "%s", message);
    }
  link = sk_link_new ();
  link->kind = kind;
  link->id = g_strdup (target);
  return _sk_edit_run (history, project,
                       _sk_edit_insert_command (SK_RECORD_LINK, parent, item->links->len, link,
                                                g_strdup_printf (C_("undo: an item’s link", "Link «%s»"),
                                                                 item->title)));
}

gboolean
sk_edit_remove_item_link (SkHistory   *history,
                          SkProject   *project,
                          const char  *meeting_id,
                          const char  *id,
                          guint        position,
                          GError     **error)
{
  SkIds parent = { meeting_id, id };
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  if (position >= item->links->len)
    return _sk_edit_not_found (error, id);
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_LINK, parent, position,
                                                g_strdup_printf (C_("undo: an item’s link", "Unlink «%s»"),
                                                                 item->title)));
}

/* Attachments (vedlegg) of an item, by position. */
gboolean
sk_edit_add_attachment (SkHistory   *history,
                        SkProject   *project,
                        const char  *meeting_id,
                        const char  *id,
                        const char  *title,
                        const char  *uri,
                        GError     **error)
{
  SkIds parent = { meeting_id, id };
  SkAttachment *a;
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("An attachment needs a title"));
  a = sk_attachment_new ();
  a->title = g_strdup (title);
  a->uri = uri && *uri ? g_strdup (uri) : NULL;
  return _sk_edit_run (history, project,
                       _sk_edit_insert_command (SK_RECORD_ATTACHMENT, parent, item->attachments->len, a,
                                                g_strdup_printf (_("Attach «%s»"), title)));
}

gboolean
sk_edit_remove_attachment (SkHistory   *history,
                           SkProject   *project,
                           const char  *meeting_id,
                           const char  *id,
                           guint        position,
                           GError     **error)
{
  SkIds parent = { meeting_id, id };
  SkAttachment *a;
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = find_item (project, meeting_id, id, NULL, error)) == NULL)
    return FALSE;
  if (position >= item->attachments->len)
    return _sk_edit_not_found (error, id);
  a = g_ptr_array_index (item->attachments, position);
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_ATTACHMENT, parent, position,
                                                g_strdup_printf (_("Remove «%s»"), a->title)));
}

/* The rolling plan */

gboolean
sk_edit_add_plan_entry (SkHistory   *history,
                        SkProject   *project,
                        const char  *title,
                        int          position,
                        char       **id_out,
                        GError     **error)
{
  SkPlanEntry *entry;
  SkIds parent = { NULL };

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A planned matter needs a title"));
  entry = sk_plan_entry_new ();
  entry->id = sk_unique_id (project->plan, "plan");
  entry->title = g_strdup (title);
  return _sk_edit_run_insert (history, project, SK_RECORD_PLAN_ENTRY, parent,
                              _sk_edit_clamp (project->plan, position), entry, entry->id, id_out,
                              g_strdup_printf (_("Plan «%s»"), title));
}

gboolean
sk_edit_remove_plan_entry (SkHistory   *history,
                           SkProject   *project,
                           const char  *id,
                           GError     **error)
{
  SkPlanEntry *entry;
  SkIds parent = { NULL };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((entry = find_plan_entry (project, id, &at, error)) == NULL)
    return FALSE;
  return _sk_edit_run (history, project,
                       _sk_edit_remove_command (project, SK_RECORD_PLAN_ENTRY, parent, at,
                                                g_strdup_printf (_("Remove «%s»"), entry->title)));
}

gboolean
sk_edit_move_plan_entry (SkHistory   *history,
                         SkProject   *project,
                         const char  *id,
                         guint        to,
                         GError     **error)
{
  SkPlanEntry *entry;
  SkIds parent = { NULL };
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((entry = find_plan_entry (project, id, &at, error)) == NULL)
    return FALSE;
  return _sk_edit_run (history, project,
                       _sk_edit_move_command (SK_RECORD_PLAN_ENTRY, parent, at, MIN (to, project->plan->len - 1),
                                              g_strdup_printf (_("Move «%s»"), entry->title)));
}

gboolean
sk_edit_set_plan_field (SkHistory    *history,
                        SkProject    *project,
                        const char   *id,
                        SkPlanField   field,
                        const char   *value,
                        GError      **error)
{
  static const char *labels[] = {
    [SK_PLAN_FIELD_TITLE] = N_("Rename «%s»"),
    [SK_PLAN_FIELD_MEETING] = N_("Schedule «%s»"),
    [SK_PLAN_FIELD_DUE] = N_("Change When «%s» Is Due"),
    [SK_PLAN_FIELD_NOTE] = N_("Edit the Note on «%s»"),
  };
  SkIds ids = { id };
  SkPlanEntry *entry;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (field < G_N_ELEMENTS (plan_fields), FALSE);
  if ((entry = find_plan_entry (project, id, NULL, error)) == NULL)
    return FALSE;
  if (field == SK_PLAN_FIELD_TITLE && (value == NULL || *value == '\0'))
    return _sk_edit_refuse (error, _("A planned matter needs a title"));
  if (value != NULL && *value == '\0')
    value = NULL;
  if (field == SK_PLAN_FIELD_MEETING && value != NULL && sk_project_find_meeting (project, value) == NULL)
    return _sk_edit_refuse (error, _("No meeting has the id “%s”"), value);
  if (field == SK_PLAN_FIELD_DUE && !sk_rule_due_valid (value))
    return _sk_edit_refuse (error, _("“%s” is not a month or quarter: expected YYYY-MM or YYYY-Qn"), value);
  return _sk_edit_set_string (history, project, &plan_fields[field], ids, value,
                              g_strdup_printf (_(labels[field]), entry->title));
}

/* The meeting dialog and the planned matter's dialog: every field at once */

static const SkField meeting_extra = MEETING_FIELD ("ical_sequence", SK_VALUE_OBJECT, extra);

static gboolean
meeting_values_valid (const SkMeetingValues  *values,
                      GError                **error)
{
  if (values->body == NULL || *values->body == '\0')
    return _sk_edit_refuse (error, _("A meeting needs the body that meets"));
  if (!sk_rule_date_valid (values->date))
    return _sk_edit_refuse (error, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                            values->date ? values->date : "", SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
  if (values->start_time != NULL && *values->start_time != '\0' && !sk_rule_time_valid (values->start_time))
    return _sk_edit_refuse (error, _("“%s” is not a clock time: expected HH:MM"), values->start_time);
  if ((guint) values->mode > SK_MODE_HYBRID)
    return _sk_edit_refuse (error, _("A meeting is physical, digital or hybrid"));
  return TRUE;
}

static const char *
or_null (const char *s)
{
  return s != NULL && *s != '\0' ? s : NULL;
}

gboolean
sk_edit_add_meeting_with (SkHistory              *history,
                          SkProject              *project,
                          const SkMeetingValues  *values,
                          char                  **id_out,
                          GError                **error)
{
  SkIds parent = { NULL };
  g_autofree char *stem = NULL;
  SkMeeting *m;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (values != NULL, FALSE);
  if (!meeting_values_valid (values, error))
    return FALSE;
  m = sk_meeting_new ();
  stem = g_strdup_printf ("meeting-%s", values->date);
  m->id = sk_unique_id (project->meetings, stem);
  m->body = g_strdup (values->body);
  m->title = g_strdup (or_null (values->title));
  m->date = g_strdup (values->date);
  m->start_time = g_strdup (or_null (values->start_time));
  m->location = g_strdup (or_null (values->location));
  m->mode = values->mode;
  return _sk_edit_run_insert (history, project, SK_RECORD_MEETING, parent, project->meetings->len, m, m->id,
                              id_out, g_strdup (_("Add a Meeting")));
}

gboolean
sk_edit_set_meeting (SkHistory              *history,
                     SkProject              *project,
                     const char             *id,
                     const SkMeetingValues  *values,
                     GError                **error)
{
  const char *fields[] = {
    [SK_MEETING_FIELD_BODY] = values->body,
    [SK_MEETING_FIELD_TITLE] = or_null (values->title),
    [SK_MEETING_FIELD_DATE] = values->date,
    [SK_MEETING_FIELD_START_TIME] = or_null (values->start_time),
    [SK_MEETING_FIELD_LOCATION] = or_null (values->location),
  };
  SkIds ids = { id };
  SkValue mode = { TRUE, { .i = values->mode } };
  GPtrArray *commands;
  SkMeeting *m;
  guint before;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((m = find_meeting (project, id, NULL, error)) == NULL)
    return FALSE;
  if (!meeting_values_valid (values, error))
    return FALSE;
  /* The record names the body's members; case numbers are per body and year */
  if (g_strcmp0 (m->body, values->body) != 0 &&
      !_sk_record_trial_pointer (project, (gpointer *) &m->body, (gpointer) values->body, error))
    return FALSE;
  if (g_strcmp0 (m->date, values->date) != 0 &&
      !_sk_record_trial_pointer (project, (gpointer *) &m->date, (gpointer) values->date, error))
    return FALSE;
  commands = _sk_edit_commands_new ();
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      SkValue v = { TRUE, { .s = (char *) fields[f] } };

      _sk_edit_add (commands, _sk_edit_field_command (project, &meeting_fields[f], ids, &v, NULL));
    }
  _sk_edit_add (commands, _sk_edit_field_command (project, &meeting_mode, ids, &mode, NULL));
  before = commands->len;
  /* A calendar that has the meeting takes a moved or renamed one as a new
   * version of it (iCalendar's SEQUENCE, in the meeting's extra). */
  if (before > 0)
    {
      g_autoptr(JsonObject) extra = json_object_new ();
      SkValue members = { TRUE, { .o = extra } };
      gint64 sequence = 0;

      if (m->extra != NULL)
        {
          JsonObjectIter iter;
          const char *name;
          JsonNode *node;

          json_object_iter_init_ordered (&iter, m->extra);
          while (json_object_iter_next_ordered (&iter, &name, &node))
            json_object_set_member (extra, name, json_node_copy (node));
          if (json_object_has_member (m->extra, "ical_sequence"))
            sequence = json_object_get_int_member (m->extra, "ical_sequence");
        }
      json_object_set_int_member (extra, "ical_sequence", sequence < G_MAXINT32 ? sequence + 1 : sequence);
      _sk_edit_add (commands, _sk_edit_field_command (project, &meeting_extra, ids, &members, NULL));
    }
  return _sk_edit_run (history, project, _sk_edit_group (commands, g_strdup (_("Edit the Meeting"))));
}

static gboolean
plan_values_valid (SkProject   *project,
                   const char  *title,
                   const char  *meeting_id,
                   const char  *due,
                   GError     **error)
{
  if (title == NULL || *title == '\0')
    return _sk_edit_refuse (error, _("A planned matter needs a title"));
  if (meeting_id != NULL && sk_project_find_meeting (project, meeting_id) == NULL)
    return _sk_edit_refuse (error, _("No meeting has the id “%s”"), meeting_id);
  if (!sk_rule_due_valid (due))
    return _sk_edit_refuse (error, _("“%s” is not a month or quarter: expected YYYY-MM or YYYY-Qn"), due);
  return TRUE;
}

gboolean
sk_edit_set_plan_entry (SkHistory   *history,
                        SkProject   *project,
                        const char  *id,
                        const char  *title,
                        const char  *meeting_id,
                        const char  *due,
                        const char  *note,
                        char       **id_out,
                        GError     **error)
{
  const char *values[] = {
    [SK_PLAN_FIELD_TITLE] = title,
    [SK_PLAN_FIELD_MEETING] = or_null (meeting_id),
    [SK_PLAN_FIELD_DUE] = or_null (due),
    [SK_PLAN_FIELD_NOTE] = or_null (note),
  };
  SkIds ids = { id };
  SkPlanEntry *entry;
  GPtrArray *commands;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if (id != NULL && find_plan_entry (project, id, NULL, error) == NULL)
    return FALSE;
  if (!plan_values_valid (project, title, values[SK_PLAN_FIELD_MEETING], values[SK_PLAN_FIELD_DUE], error))
    return FALSE;
  if (id == NULL)
    {
      SkIds parent = { NULL };

      entry = sk_plan_entry_new ();
      entry->id = sk_unique_id (project->plan, "plan");
      entry->title = g_strdup (title);
      entry->meeting = g_strdup (values[SK_PLAN_FIELD_MEETING]);
      entry->due = g_strdup (values[SK_PLAN_FIELD_DUE]);
      entry->note = g_strdup (values[SK_PLAN_FIELD_NOTE]);
      return _sk_edit_run_insert (history, project, SK_RECORD_PLAN_ENTRY, parent, project->plan->len, entry,
                                  entry->id, id_out, g_strdup_printf (_("Plan «%s»"), title));
    }
  if (id_out != NULL)
    *id_out = g_strdup (id);
  commands = _sk_edit_commands_new ();
  for (guint f = 0; f < G_N_ELEMENTS (values); f++)
    {
      SkValue v = { TRUE, { .s = (char *) values[f] } };

      _sk_edit_add (commands, _sk_edit_field_command (project, &plan_fields[f], ids, &v, NULL));
    }
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Edit the Planned Matter «%s»"), title)));
}

gboolean
sk_edit_put_plan_on_agenda (SkHistory   *history,
                            SkProject   *project,
                            const char  *plan_id,
                            const char  *meeting_id,
                            char       **id_out,
                            GError     **error)
{
  SkIds plan_parent = { NULL };
  SkIds item_parent = { meeting_id };
  SkPlanEntry *entry;
  SkMeeting *m;
  SkItem *item;
  GPtrArray *commands;
  guint at;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((entry = find_plan_entry (project, plan_id, &at, error)) == NULL)
    return FALSE;
  if ((m = find_meeting (project, meeting_id, NULL, error)) == NULL)
    return FALSE;
  item = sk_item_new ();
  item->id = sk_unique_id (m->items, "item");
  item->title = g_strdup (entry->title);
  item->kind = SK_ITEM_DISCUSSION;
  item->body = g_strdup (entry->note);
  if (id_out != NULL)
    *id_out = g_strdup (item->id);
  commands = _sk_edit_commands_new ();
  _sk_edit_add (commands, _sk_edit_insert_command (SK_RECORD_ITEM, item_parent, m->items->len, item, NULL));
  /* The matter is on the agenda now, not in the plan. */
  _sk_edit_add (commands, _sk_edit_remove_command (project, SK_RECORD_PLAN_ENTRY, plan_parent, at, NULL));
  return _sk_edit_run (history, project,
                       _sk_edit_group (commands, g_strdup_printf (_("Put «%s» on the Agenda"), entry->title)));
}
