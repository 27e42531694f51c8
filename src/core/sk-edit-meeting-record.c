/* sk-edit-meeting-record.c — editing a meeting's record: attendance, the
 * chair, per case disqualifications, proposals, votes and remarks, the
 * papers sent with their case numbers, closed cases and attachments, and
 * how the minutes are approved
 *
 * As the other edits of the record (sk-edit-record.c): a new `extra`
 * with the change, checked by the file's rules, as one step.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-edit"

#include "config.h"

#include "sk-date.h"
#include "sk-edit-record.h"
#include "sk-edit-record-private.h"

static const SkField meeting_attendance = EXTRA (SK_RECORD_MEETING, SkMeeting, "attendance");
static const SkField meeting_chair = EXTRA (SK_RECORD_MEETING, SkMeeting, "chair");
static const SkField meeting_sent = EXTRA (SK_RECORD_MEETING, SkMeeting, "papers_sent");
static const SkField meeting_approval = EXTRA (SK_RECORD_MEETING, SkMeeting, "minutes_approval");
static const SkField item_disqualifications = EXTRA (SK_RECORD_ITEM, SkItem, "disqualifications");
static const SkField item_proposals = EXTRA (SK_RECORD_ITEM, SkItem, "proposals");
static const SkField item_votes = EXTRA (SK_RECORD_ITEM, SkItem, "votes");
static const SkField item_remarks = EXTRA (SK_RECORD_ITEM, SkItem, "remarks");
static const SkField item_case_number = EXTRA (SK_RECORD_ITEM, SkItem, "case_number");
static const SkField item_closed = EXTRA (SK_RECORD_ITEM, SkItem, "closed_basis");
static const SkField attachment_closed = EXTRA (SK_RECORD_ATTACHMENT, SkAttachment, "closed_basis");

static gboolean
has_item (const SkMeeting *meeting,
          const char      *id)
{
  for (guint i = 0; i < meeting->items->len; i++)
    if (g_strcmp0 (((SkItem *) g_ptr_array_index (meeting->items, i))->id, id) == 0)
      return TRUE;
  return FALSE;
}

gboolean
sk_edit_set_attendance (SkHistory   *history,
                        SkProject   *project,
                        const char  *meeting_id,
                        const char  *member_id,
                        gboolean     present,
                        const char  *deputy_id,
                        const char  *arrived_from,
                        const char  *left_from,
                        GError     **error)
{
  SkIds ids = { meeting_id };
  g_autoptr(SkBody) body = NULL;
  g_autoptr(JsonObject) extra = NULL;
  const SkMember *member;
  SkMeeting *meeting;
  JsonObject *entry;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((meeting = _sk_edit_record_find_meeting (project, meeting_id, error)) == NULL)
    return FALSE;
  body = sk_project_get_body (project, meeting->body);
  if ((member = sk_body_find_member (body, member_id)) == NULL)
    return _sk_edit_refuse (error, _("“%s” is not a member of %s"), member_id ? member_id : "", meeting->body);
  if (deputy_id != NULL && !sk_body_has_deputy (body, deputy_id))
    return _sk_edit_refuse (error, _("“%s” is not a deputy of %s"), deputy_id, meeting->body);
  if ((arrived_from && !has_item (meeting, arrived_from)) || (left_from && !has_item (meeting, left_from)))
    return _sk_edit_refuse (error, _("The meeting has no item with the id “%s”"),
                            arrived_from && !has_item (meeting, arrived_from) ? arrived_from : left_from);
  extra = _sk_edit_record_copy_object (meeting->extra);
  entry = _sk_edit_record_find_or_add (extra, "attendance", "member", member_id);
  json_object_set_string_member (entry, "status", present ? "present" : "absent");
  _sk_edit_record_set_or_remove (entry, "deputy", present ? NULL : deputy_id);
  _sk_edit_record_set_or_remove (entry, "arrived_from", arrived_from);
  _sk_edit_record_set_or_remove (entry, "left_from", left_from);
  /* Who chairs is not away: the leader, or else the deputy leader, takes
   * over, in the same step (none recorded when neither is there). */
  if (!present && g_strcmp0 (_sk_json_string (extra, "chair"), member_id) == 0)
    {
      g_autoptr(GPtrArray) attendance = _sk_attendance_read (extra);

      _sk_edit_record_set_or_remove (extra, "chair", sk_body_present_leader (body, attendance));
    }
  return _sk_edit_record_run_extra (history, project, error, &meeting_attendance, ids, meeting->extra, g_steal_pointer (&extra),
                                    g_strdup_printf (_("Change the Attendance of «%s»"), member->name));
}

gboolean
sk_edit_set_chair (SkHistory   *history,
                   SkProject   *project,
                   const char  *meeting_id,
                   const char  *member_id,
                   GError     **error)
{
  SkIds ids = { meeting_id };
  g_autoptr(SkBody) body = NULL;
  JsonObject *extra;
  SkMeeting *meeting;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((meeting = _sk_edit_record_find_meeting (project, meeting_id, error)) == NULL)
    return FALSE;
  body = sk_project_get_body (project, meeting->body);
  if (member_id != NULL && sk_body_person_name (body, member_id) == NULL)
    return _sk_edit_refuse (error, _("“%s” is not a member or deputy of %s"), member_id, meeting->body);
  extra = _sk_edit_record_copy_object (meeting->extra);
  _sk_edit_record_set_or_remove (extra, "chair", member_id);
  return _sk_edit_record_run_extra (history, project, error, &meeting_chair, ids, meeting->extra, extra,
                                    g_strdup (_("Change Who Chaired")));
}

/* An edit of an item's record: the item, its meeting, a fresh copy of
 * its extra to change and the edit's arguments */
typedef struct
{
  SkProject *project;
  SkMeeting *meeting;
  SkItem *item;
  JsonObject *extra;
  gconstpointer data;
} ItemEdit;

/* Changes `edit->extra`; FALSE (with `error` set) refuses the edit. */
typedef gboolean (*ItemChange) (const ItemEdit  *edit,
                                GError         **error);

/* Finds the item `item_id` of meeting `meeting_id`, lets `change` (with
 * `data`) change a copy of its extra and runs that as one step of the
 * field `field`, called `label` (a format of the item's title). */
static gboolean
edit_item (SkHistory      *history,
           SkProject      *project,
           const char     *meeting_id,
           const char     *item_id,
           const SkField  *field,
           ItemChange      change,
           gconstpointer   data,
           const char     *label,
           GError        **error)
{
  SkIds ids = { meeting_id, item_id };
  ItemEdit edit = { project, NULL, NULL, NULL, data };
  g_autoptr(JsonObject) extra = NULL;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((edit.item = _sk_edit_record_find_item (project, meeting_id, item_id, &edit.meeting, error)) == NULL)
    return FALSE;
  edit.extra = extra = _sk_edit_record_copy_object (edit.item->extra);
  if (!change (&edit, error))
    return FALSE;
  return _sk_edit_record_run_extra (history, project, error, field, ids, edit.item->extra, g_steal_pointer (&extra),
                                    g_strdup_printf (label, edit.item->title));
}

/* Appends `entry` (taken), with who (`by`) said what (`text`), to the
 * array `name` of `extra`: a proposal or a remark. */
static gboolean
append_entry (JsonObject *extra,
              const char *name,
              JsonObject *entry,
              const char *by,
              const char *text)
{
  _sk_edit_record_set_or_remove (entry, "by", by);
  json_object_set_string_member (entry, "text", text);
  json_array_add_object_element (_sk_edit_record_array_of (extra, name), entry);
  return TRUE;
}

typedef struct
{
  const char *member_id;
  const char *ground;
  const char *deputy_id;
} Disqualification;

static gboolean
set_disqualification (const ItemEdit  *edit,
                      GError         **error)
{
  const Disqualification *d = edit->data;
  const char *body_id = edit->meeting->body;
  g_autoptr(SkBody) body = sk_project_get_body (edit->project, body_id);
  JsonObject *entry;

  if (d->member_id == NULL || sk_body_person_name (body, d->member_id) == NULL)
    return _sk_edit_refuse (error, _("“%s” is not a member or deputy of %s"), d->member_id ? d->member_id : "", body_id);
  if (d->deputy_id != NULL && !sk_body_has_deputy (body, d->deputy_id))
    return _sk_edit_refuse (error, _("“%s” is not a deputy of %s"), d->deputy_id, body_id);
  if (d->ground == NULL || *d->ground == '\0')
    return _sk_edit_refuse (error, _("A disqualification names its ground, such as “fvl. § 6 første ledd bokstav a”"));
  entry = _sk_edit_record_find_or_add (edit->extra, "disqualifications", "member", d->member_id);
  json_object_set_string_member (entry, "ground", d->ground);
  _sk_edit_record_set_or_remove (entry, "deputy", d->deputy_id);
  return TRUE;
}

gboolean
sk_edit_set_disqualification (SkHistory   *history,
                              SkProject   *project,
                              const char  *meeting_id,
                              const char  *item_id,
                              const char  *member_id,
                              const char  *ground,
                              const char  *deputy_id,
                              GError     **error)
{
  Disqualification d = { member_id, ground, deputy_id };

  return edit_item (history, project, meeting_id, item_id, &item_disqualifications, set_disqualification, &d,
                    _("Record a Disqualification in «%s»"), error);
}

static gboolean
remove_disqualification (const ItemEdit  *edit,
                         GError         **error)
{
  return _sk_edit_record_remove_entry (edit->extra, "disqualifications", "member", edit->data, error);
}

gboolean
sk_edit_remove_disqualification (SkHistory   *history,
                                 SkProject   *project,
                                 const char  *meeting_id,
                                 const char  *item_id,
                                 const char  *member_id,
                                 GError     **error)
{
  return edit_item (history, project, meeting_id, item_id, &item_disqualifications, remove_disqualification,
                    member_id, _("Remove a Disqualification in «%s»"), error);
}

/* A proposal or a remark: who, what, and (for a new proposal) where its
 * id goes */
typedef struct
{
  const char  *by;
  const char  *text;
  char       **id_out;
} Entry;

static gboolean
add_proposal (const ItemEdit  *edit,
              GError         **error)
{
  const Entry *e = edit->data;
  g_autofree char *id = NULL;
  JsonObject *entry;
  guint n = 1;

  if (e->text == NULL || *e->text == '\0')
    return _sk_edit_refuse (error, _("A proposal has an id of its own (not “prepared”) and a text"));
  do
    {
      g_free (id);
      id = g_strdup_printf ("proposal-%u", n++);
    }
  while (_sk_edit_record_find_in (_sk_json_array (edit->extra, "proposals"), "id", id, NULL) != NULL);
  entry = json_object_new ();
  json_object_set_string_member (entry, "id", id);
  if (e->id_out != NULL)
    *e->id_out = g_strdup (id);
  return append_entry (edit->extra, "proposals", entry, e->by, e->text);
}

gboolean
sk_edit_add_proposal (SkHistory   *history,
                      SkProject   *project,
                      const char  *meeting_id,
                      const char  *item_id,
                      const char  *by,
                      const char  *text,
                      char       **id_out,
                      GError     **error)
{
  Entry e = { by, text, id_out };

  return edit_item (history, project, meeting_id, item_id, &item_proposals, add_proposal, &e,
                    _("Add a Proposal to «%s»"), error);
}

static gboolean
remove_proposal (const ItemEdit  *edit,
                 GError         **error)
{
  if (!_sk_edit_record_remove_entry (edit->extra, "proposals", "id", edit->data, error))
    return FALSE;
  /* Its vote goes with it, if it had one. */
  _sk_edit_record_remove_entry (edit->extra, "votes", "proposal", edit->data, NULL);
  return TRUE;
}

gboolean
sk_edit_remove_proposal (SkHistory   *history,
                         SkProject   *project,
                         const char  *meeting_id,
                         const char  *item_id,
                         const char  *proposal_id,
                         GError     **error)
{
  return edit_item (history, project, meeting_id, item_id, &item_proposals, remove_proposal,
                    proposal_id, _("Remove a Proposal from «%s»"), error);
}

static gboolean
record_vote (const ItemEdit  *edit,
             GError         **error)
{
  const SkVote *vote = edit->data;
  JsonObject *extra = edit->extra, *entry;
  int present = -1, members;
  gboolean quorate;
  guint index = 0, position;

  if (!(g_strcmp0 (vote->proposal, SK_PROPOSAL_PREPARED) == 0 && edit->item->proposal != NULL) &&
      _sk_edit_record_find_in (_sk_json_array (extra, "proposals"), "id", vote->proposal, NULL) == NULL)
    return _sk_edit_refuse (error, _("The item has no proposal “%s”"), vote->proposal ? vote->proposal : "");
  g_ptr_array_find (edit->meeting->items, edit->item, &index);
  if (!sk_record_quorum (edit->project, edit->meeting, index, &present, &members, &quorate))
    present = -1;
  if (!sk_rule_vote_counts_valid (vote, -1))
    return _sk_edit_refuse (error, _("A vote is unanimous or has whole numbers for and against"));
  if (!sk_rule_vote_counts_valid (vote, present))
    return _sk_edit_refuse (error, _("%d votes for and %d against are more than the %d present at “%s”"),
                            vote->votes_for, vote->votes_against, present,
                            edit->item->title ? edit->item->title : "");
  if (present < 0)
    {
      /* Without the attendance, no more than the body's members */
      g_autoptr(SkBody) body = sk_project_get_body (edit->project, edit->meeting->body);

      if (body != NULL && body->members->len > 0 && !sk_rule_vote_counts_valid (vote, (int) body->members->len))
        return _sk_edit_refuse (error, _("%d votes for and %d against are more than the %d members of %s"),
                                vote->votes_for, vote->votes_against, (int) body->members->len, edit->meeting->body);
    }
  if (!sk_rule_casting_valid (vote))
    return _sk_edit_refuse (error, _("The chair's casting vote decides a tie only"));
  if (_sk_edit_record_find_in (_sk_json_array (extra, "votes"), "proposal", vote->proposal, &position) != NULL)
    json_array_remove_element (_sk_json_array (extra, "votes"), position);
  else
    position = json_array_get_length (_sk_edit_record_array_of (extra, "votes"));
  entry = json_object_new ();
  json_object_set_string_member (entry, "proposal", vote->proposal);
  if (vote->unanimous)
    json_object_set_boolean_member (entry, "unanimous", TRUE);
  else
    {
      json_object_set_int_member (entry, "for", vote->votes_for);
      json_object_set_int_member (entry, "against", vote->votes_against);
      if (vote->casting != SK_CASTING_NONE)
        json_object_set_string_member (entry, "casting", vote->casting == SK_CASTING_FOR ? "for" : "against");
    }
  /* In its old place, so that undo and redo write the same file */
  {
    JsonArray *votes = _sk_edit_record_array_of (extra, "votes");
    JsonArray *ordered = json_array_new ();

    for (guint i = 0; i <= json_array_get_length (votes); i++)
      {
        if (i == position)
          json_array_add_object_element (ordered, json_object_ref (entry));
        if (i < json_array_get_length (votes))
          json_array_add_element (ordered, _sk_edit_record_deep_copy (json_array_get_element (votes, i)));
      }
    json_object_set_array_member (extra, "votes", ordered);
    json_object_unref (entry);
  }
  return TRUE;
}

gboolean
sk_edit_record_vote (SkHistory     *history,
                     SkProject     *project,
                     const char    *meeting_id,
                     const char    *item_id,
                     const SkVote  *vote,
                     GError       **error)
{
  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (vote != NULL, FALSE);
  return edit_item (history, project, meeting_id, item_id, &item_votes, record_vote, vote,
                    _("Record the Vote on «%s»"), error);
}

static gboolean
add_remark (const ItemEdit  *edit,
            GError         **error)
{
  const Entry *e = edit->data;

  if (e->text == NULL || *e->text == '\0')
    return _sk_edit_refuse (error, _("A remark in the record needs its text"));
  return append_entry (edit->extra, "remarks", json_object_new (), e->by, e->text);
}

gboolean
sk_edit_add_remark (SkHistory   *history,
                    SkProject   *project,
                    const char  *meeting_id,
                    const char  *item_id,
                    const char  *by,
                    const char  *text,
                    GError     **error)
{
  Entry e = { by, text, NULL };

  return edit_item (history, project, meeting_id, item_id, &item_remarks, add_remark, &e,
                    _("Enter a Remark in the Record of «%s»"), error);
}

static gboolean
highest_cb (const SkMeeting *m,
            const SkItem    *item,
            gint64           number,
            gpointer         data)
{
  gint64 *last = data;

  *last = MAX (*last, number);
  return TRUE;
}

/* The highest case number of the body and year of `meeting`, in the
 * orientation series or the main one; 0 when none is given yet. */
static int
last_case_number (SkProject       *project,
                  const SkMeeting *meeting,
                  gboolean         orientation)
{
  gint64 last = 0;

  _sk_record_foreach_case (project, meeting, orientation, highest_cb, &last);
  return (int) MIN (last, G_MAXINT - 1);
}

gboolean
sk_edit_mark_papers_sent (SkHistory   *history,
                          SkProject   *project,
                          const char  *meeting_id,
                          const char  *date,
                          GError     **error)
{
  SkIds ids = { meeting_id };
  g_autoptr(GPtrArray) commands = NULL;
  SkMeeting *meeting;
  g_autoptr(SkBody) body = NULL;
  JsonObject *extra;
  int next[2];   /* the main series, the orientation series */

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((meeting = _sk_edit_record_find_meeting (project, meeting_id, error)) == NULL)
    return FALSE;
  if (!sk_rule_date_valid (date))
    return _sk_edit_refuse (error, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                            date ? date : "", SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
  body = sk_project_get_body (project, meeting->body);
  /* A running number: after the highest given in the body and year,
   * never a gap left by a case taken away or numbered by hand */
  next[0] = last_case_number (project, meeting, FALSE) + 1;
  next[1] = last_case_number (project, meeting, TRUE) + 1;
  commands = _sk_edit_commands_new ();
  extra = _sk_edit_record_copy_object (meeting->extra);
  json_object_set_string_member (extra, "papers_sent", date);
  _sk_edit_record_add_extra (commands, project, &meeting_sent, ids, extra);
  /* The next numbers of the body and year, in agenda order */
  for (guint i = 0; i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      SkIds item_ids = { meeting_id, item->id };
      gboolean apart = sk_body_numbers_apart (body, item);
      gint64 n;

      if (_sk_json_int (item->extra, "case_number", &n))
        continue;
      extra = _sk_edit_record_copy_object (item->extra);
      json_object_set_int_member (extra, "case_number", next[apart]);
      if (apart)
        json_object_set_string_member (extra, "case_series", "orientation");
      _sk_edit_record_add_extra (commands, project, &item_case_number, item_ids, extra);
      next[apart]++;
    }
  return _sk_edit_run (history, project,
                       _sk_edit_group (g_steal_pointer (&commands), g_strdup (_("Mark the Papers as Sent"))));
}

gboolean
sk_edit_set_minutes_approval (SkHistory          *history,
                              SkProject          *project,
                              const char         *meeting_id,
                              SkApproval          approval,
                              const char * const *signers,
                              GError            **error)
{
  SkIds ids = { meeting_id };
  SkMeeting *meeting;
  JsonObject *extra;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (approval <= SK_APPROVAL_SIGNED, FALSE);
  if ((meeting = _sk_edit_record_find_meeting (project, meeting_id, error)) == NULL)
    return FALSE;
  extra = _sk_edit_record_copy_object (meeting->extra);
  if (approval == SK_APPROVAL_NONE)
    {
      if (json_object_has_member (extra, "minutes_approval"))
        json_object_remove_member (extra, "minutes_approval");
    }
  else
    {
      JsonObject *o = json_object_new ();

      json_object_set_string_member (o, "method", sk_approval_to_string (approval));
      if (approval == SK_APPROVAL_SIGNED)
        {
          JsonArray *a = json_array_new ();

          for (guint i = 0; signers != NULL && signers[i] != NULL; i++)
            json_array_add_string_element (a, signers[i]);
          json_object_set_array_member (o, "signers", a);
        }
      json_object_set_object_member (extra, "minutes_approval", o);
    }
  /* The file's check says what is wrong: nobody to sign, a signer who is
   * not of the body, one who signs twice */
  return _sk_edit_record_run_extra (history, project, error, &meeting_approval, ids, meeting->extra, extra,
                                    g_strdup (_("Change How the Minutes Are Approved")));
}

/* Sets or clears `closed_basis` (the field `field`) of the record whose
 * extra is `old`, titled `title`, as one step. */
static gboolean
run_closed (SkHistory      *history,
            SkProject      *project,
            const SkField  *field,
            const SkIds     ids,
            JsonObject     *old,
            const char     *title,
            const char     *basis,
            GError        **error)
{
  JsonObject *extra;

  if (basis != NULL && *basis == '\0')
    return _sk_edit_refuse (error, _("A closed case names its legal basis"));
  extra = _sk_edit_record_copy_object (old);
  _sk_edit_record_set_or_remove (extra, "closed_basis", basis);
  return _sk_edit_record_run_extra (history, project, error, field, ids, old, extra,
                                    g_strdup_printf (basis ? _("Close «%s» to the Public") : _("Open «%s» to the Public"),
                                                     title));
}

gboolean
sk_edit_set_item_closed (SkHistory   *history,
                         SkProject   *project,
                         const char  *meeting_id,
                         const char  *item_id,
                         const char  *basis,
                         GError     **error)
{
  SkIds ids = { meeting_id, item_id };
  SkMeeting *meeting;
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = _sk_edit_record_find_item (project, meeting_id, item_id, &meeting, error)) == NULL)
    return FALSE;
  return run_closed (history, project, &item_closed, ids, item->extra, item->title, basis, error);
}

gboolean
sk_edit_set_attachment_closed (SkHistory   *history,
                               SkProject   *project,
                               const char  *meeting_id,
                               const char  *item_id,
                               guint        index,
                               const char  *basis,
                               GError     **error)
{
  g_autofree char *position = g_strdup_printf ("%u", index);
  SkIds ids = { meeting_id, item_id, position };
  SkAttachment *attachment;
  SkMeeting *meeting;
  SkItem *item;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  if ((item = _sk_edit_record_find_item (project, meeting_id, item_id, &meeting, error)) == NULL)
    return FALSE;
  if (index >= item->attachments->len)
    return _sk_edit_not_found (error, position);
  attachment = g_ptr_array_index (item->attachments, index);
  return run_closed (history, project, &attachment_closed, ids, attachment->extra, attachment->title, basis, error);
}
