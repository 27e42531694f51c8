/* sk-render-minutes.c — the minutes (møtebok) of a meeting and the
 * extract (særutskrift) of one case: who attended and who was absent,
 * deputies, who chaired, and per case the number, title, proposals, votes,
 * decision, remarks, disqualifications and a closed meeting's legal basis
 * (kommunelova § 11-4)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-render"

#include "config.h"

#include <string.h>

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-format.h"
#include "sk-i18n.h"
#include "sk-record.h"
#include "sk-render-meeting.h"

/* "Decision, recorded at 10.42" from the item's decided_at
 * (docs/format-extensions.md); the date too when it is not the
 * meeting's; "Decision" without it. */
static char *
decision_heading (const SkMeeting *meeting,
                  const SkItem    *item)
{
  const char *when = item->extra && json_object_has_member (item->extra, "decided_at")
                     ? json_object_get_string_member_with_default (item->extra, "decided_at", NULL) : NULL;
  g_autofree char *date = NULL;
  int minutes;

  if (when == NULL || strlen (when) != 16 || when[10] != 'T' || !sk_time_parse (when + 11, &minutes))
    return g_strdup (C_("heading", "Decision"));
  date = g_strndup (when, 10);
  if (g_strcmp0 (date, meeting->date) == 0)
    {
      g_autofree char *time = sk_format_time (minutes);

      /* Translators: the heading of a decision in the minutes, "Decision, recorded at 10.42" */
      return g_strdup_printf (_("Decision, recorded at %s"), time);
    }
  else
    {
      g_autofree char *date_time = sk_format_date_time (date, when + 11);

      /* Translators: the heading of a decision in the minutes, "Decision, recorded 4 November 2025, 09.10" */
      return g_strdup_printf (_("Decision, recorded %s"), date_time);
    }
}

/* "Medlem Årdal, leiar (Årdal)" */
static char *
person_line (SkProject  *project,
             const char *name,
             SkRole      role,
             gboolean    with_role,
             const char *municipality)
{
  SkMunicipality *m = municipality ? sk_project_find_municipality (project, municipality) : NULL;
  GString *line = g_string_new (name);

  if (with_role && role != SK_ROLE_MEMBER)
    {
      g_autofree char *lower = g_utf8_strdown (sk_role_label (role), -1);

      g_string_append_printf (line, ", %s", lower);
    }
  if (m != NULL)
    g_string_append_printf (line, " (%s)", m->name);
  return g_string_free (line, FALSE);
}

static int
item_position (SkMeeting  *meeting,
               const char *id)
{
  for (guint i = 0; id != NULL && i < meeting->items->len; i++)
    if (g_strcmp0 (((SkItem *) g_ptr_array_index (meeting->items, i))->id, id) == 0)
      return (int) i;
  return -1;
}

/* "Sak 44/25", or "Sak 7", for where someone came or left */
static char *
item_name (SkProject  *project,
           SkMeeting  *meeting,
           const char *id)
{
  int i = item_position (meeting, id);
  g_autofree char *number = NULL;
  char *case_number;

  if (i < 0)
    return g_strdup (id);
  case_number = sk_item_case_number (project, meeting, g_ptr_array_index (meeting->items, i));
  if (case_number != NULL)
    return case_number;
  number = sk_meeting_item_number (meeting, i);
  /* Translators: an item by its number, where someone came or left, "sak 7" */
  return g_strdup_printf (_("item %s"), number);
}

/* Who attended, who was absent with notice, and who did not come */
static void
flow_attendance (SkFlow    *f,
                 SkProject *project,
                 SkMeeting *meeting,
                 SkBody    *body)
{
  g_autoptr(GPtrArray) attendance = sk_meeting_get_attendance (meeting);
  GString *present = g_string_new (NULL), *absent = g_string_new (NULL), *missing = g_string_new (NULL);

  for (guint i = 0; i < body->members->len; i++)
    {
      SkMember *m = g_ptr_array_index (body->members, i);
      g_autofree char *who = person_line (project, m->name, m->role, TRUE, m->municipality);
      SkAttendance *a = NULL;

      for (guint k = 0; k < attendance->len && a == NULL; k++)
        if (g_strcmp0 (((SkAttendance *) g_ptr_array_index (attendance, k))->member, m->id) == 0)
          a = g_ptr_array_index (attendance, k);
      if (a == NULL)
        {
          g_string_append_printf (missing, "• %s\n", who);
          continue;
        }
      if (!a->present)
        g_string_append_printf (absent, "• %s\n", who);
      if (a->present || a->deputy)
        {
          g_autofree char *line = NULL;

          if (a->present)
            line = g_strdup (who);
          else
            /* Translators: a deputy who attended for a member, "Vara Vik for Medlem Vik (Vik)" */
            line = g_strdup_printf (_("%s for %s"), sk_body_person_name (body, a->deputy), who);
          g_string_append_printf (present, "• %s", line);
          if (a->arrived_from)
            {
              g_autofree char *at = item_name (project, meeting, a->arrived_from);

              /* Translators: someone who came during the meeting, "kom til sak 44/25" */
              g_string_append_printf (present, _(", came at %s"), at);
            }
          if (a->left_from)
            {
              g_autofree char *at = item_name (project, meeting, a->left_from);

              /* Translators: someone who left during the meeting, "gjekk før sak 53/25" */
              g_string_append_printf (present, _(", left before %s"), at);
            }
          g_string_append_c (present, '\n');
        }
    }
  sk_flow_heading (f, FONT_H3, _("Present"), 4, 40);
  sk_flow_body (f, present->len ? present->str : _("No one"));
  if (absent->len)
    {
      sk_flow_heading (f, FONT_H3, _("Absent, excused"), 6, 40);
      sk_flow_body (f, absent->str);
    }
  if (missing->len)
    {
      sk_flow_heading (f, FONT_H3, _("Absent"), 6, 40);
      sk_flow_body (f, missing->str);
    }
  g_string_free (present, TRUE);
  g_string_free (absent, TRUE);
  g_string_free (missing, TRUE);
}

static const char *
proposal_by (SkItemRecord *record,
             const char   *id)
{
  for (guint i = 0; i < record->proposals->len; i++)
    {
      SkProposal *p = g_ptr_array_index (record->proposals, i);

      if (g_strcmp0 (p->id, id) == 0)
        return p->by ? p->by : "";
    }
  return NULL;
}

/* "Proposal by Vik v/Vara Vik", or "Proposal made in the meeting" */
static char *
proposal_name (SkItemRecord *record,
               const char   *id)
{
  const char *by = proposal_by (record, id);

  if (g_strcmp0 (id, SK_PROPOSAL_PREPARED) == 0)
    return g_strdup (_("Proposal"));
  if (by != NULL && *by != '\0')
    /* Translators: a proposal made in the meeting, "Framlegg frå Vik v/Kari Nordmann" */
    return g_strdup_printf (_("Proposal by %s"), by);
  return g_strdup (_("Proposal made in the meeting"));
}

/* Who led the meeting in case `index` when the one who chaired it did
 * not take part (disqualified, not yet come, or gone): the leader or
 * the deputy leader who did, as kommunelova has them take over; when
 * neither did, that the chair was not there. */
static void
flow_case_chair (SkFlow          *f,
                 SkProject       *project,
                 const SkMeeting *meeting,
                 const SkBody    *body,
                 guint            index)
{
  const char *chair = sk_meeting_get_chair (meeting);
  const SkRole order[] = { SK_ROLE_CHAIR, SK_ROLE_DEPUTY_CHAIR };
  g_autofree char *line = NULL;

  if (body == NULL || chair == NULL || sk_body_person_name (body, chair) == NULL ||
      sk_record_takes_part (project, meeting, index, chair))
    return;
  for (guint r = 0; r < G_N_ELEMENTS (order) && line == NULL; r++)
    for (guint i = 0; i < body->members->len && line == NULL; i++)
      {
        const SkMember *m = g_ptr_array_index (body->members, i);

        if (m->role == order[r] && g_strcmp0 (m->id, chair) != 0 &&
            sk_record_takes_part (project, meeting, index, m->id))
          /* Translators: in the minutes, when the chair did not take
           * part in a case: "Styremedlem Sogndal leia møtet i denne saka." */
          line = g_strdup_printf (_("%s chaired the meeting in this case."), m->name);
      }
  if (line == NULL)
    /* Translators: in the minutes: the one who chaired the meeting did
     * not take part in this case */
    line = g_strdup_printf (_("The chair of the meeting, %s, did not take part in this case."),
                            sk_body_person_name (body, chair));
  sk_flow_paragraph (f, FONT_BODY, line, 0, 4);
}

static void
flow_case (SkFlow    *f,
           SkProject *project,
           SkMeeting *meeting,
           SkBody    *body,
           guint      index,
           gboolean   first)
{
  SkItem *item = g_ptr_array_index (meeting->items, index);
  g_autoptr(SkItemRecord) record = sk_item_get_record (item);
  g_autofree char *heading = sk_render_item_heading (project, meeting, index);
  int present, members;
  gboolean quorate;

  sk_flow_heading (f, FONT_H2, heading, first ? 24 : 18, 80);
  sk_flow_paragraph (f, FONT_SMALL, sk_item_kind_label (item->kind), 0, 6);
  if (record->closed_basis != NULL)
    {
      g_autofree char *line = g_strdup_printf (_("Handled in a closed meeting, see %s"), record->closed_basis);

      sk_flow_paragraph (f, FONT_H3, line, 0, 6);
    }
  for (guint k = 0; k < record->disqualifications->len; k++)
    {
      SkDisqualification *d = g_ptr_array_index (record->disqualifications, k);
      const char *who = sk_body_person_name (body, d->member);
      const char *deputy = d->deputy ? sk_body_person_name (body, d->deputy) : NULL;
      g_autofree char *line = NULL;

      if (deputy != NULL)
        /* Translators: in the minutes: who, the ground, the deputy */
        line = g_strdup_printf (_("%s was declared disqualified (%s) and left the meeting during the case; %s took the seat."),
                                who ? who : d->member, d->ground, deputy);
      else
        line = g_strdup_printf (_("%s was declared disqualified (%s) and left the meeting during the case."),
                                who ? who : d->member, d->ground);
      sk_flow_paragraph (f, FONT_BODY, line, 0, 4);
    }
  if (sk_record_quorum (project, meeting, index, &present, &members, &quorate) &&
      (item->kind == SK_ITEM_DECISION || record->votes->len > 0))
    {
      flow_case_chair (f, project, meeting, body, index);
      g_autofree char *line = g_strdup_printf (_("Present in this case: %d of %d members."), present, members);

      sk_flow_paragraph (f, FONT_BODY, line, 0, 4);
      if (!quorate)
        sk_flow_paragraph (f, FONT_H3, _("The body did not have a quorum in this case (kommunelova § 11-9)."), 0, 4);
    }
  if (item->proposal && item->proposal[0])
    sk_flow_framed (f, _("Proposal"), item->proposal);
  for (guint k = 0; k < record->proposals->len; k++)
    {
      SkProposal *p = g_ptr_array_index (record->proposals, k);
      g_autofree char *name = proposal_name (record, p->id);

      sk_flow_heading (f, FONT_H3, name, 6, 40);
      sk_flow_body (f, p->text);
    }
  if (record->votes->len > 0)
    {
      GString *votes = g_string_new (NULL);

      sk_flow_heading (f, FONT_H3, _("Vote"), 6, 40);
      for (guint k = 0; k < record->votes->len; k++)
        {
          SkVote *v = g_ptr_array_index (record->votes, k);
          g_autofree char *name = proposal_name (record, v->proposal);
          g_autofree char *words = sk_vote_describe (v);

          g_string_append_printf (votes, "%s%s: %s", k ? "\n" : "", name, words);
        }
      sk_flow_paragraph (f, FONT_BODY, votes->str, 0, 6);
      g_string_free (votes, TRUE);
      /* The body decides only when at least half of its members voted
       * (kommunelova § 11-9): a count below it is said, whoever was there */
      for (guint k = 0; body != NULL && k < record->votes->len; k++)
        {
          SkVote *v = g_ptr_array_index (record->votes, k);
          int voted = v->votes_for + v->votes_against;

          if (!v->unanimous && v->votes_for >= 0 && v->votes_against >= 0 &&
              2 * voted < (int) body->members->len)
            {
              g_autofree char *name = proposal_name (record, v->proposal);
              /* Translators: in the minutes, "Framlegg til vedtak: 2 av 7
               * medlemer røysta, …" */
              g_autofree char *line = g_strdup_printf (_("%s: %d of %d members voted, fewer than half: the body could not decide (kommunelova § 11-9)."),
                                                       name, voted, (int) body->members->len);

              sk_flow_paragraph (f, FONT_H3, line, 0, 4);
            }
        }
    }
  if (item->decision && item->decision[0])
    {
      g_autofree char *decided = decision_heading (meeting, item);

      sk_flow_framed (f, decided, item->decision);
    }
  else if (item->kind == SK_ITEM_DECISION)
    sk_flow_paragraph (f, FONT_BODY, _("No decision recorded."), 0, 6);
  if (record->remarks->len > 0)
    {
      sk_flow_heading (f, FONT_H3, _("Remarks entered in the record"), 6, 40);
      for (guint k = 0; k < record->remarks->len; k++)
        {
          SkRemark *r = g_ptr_array_index (record->remarks, k);
          g_autofree char *line = r->by ? g_strdup_printf ("%s: %s", r->by, r->text) : g_strdup (r->text);

          sk_flow_paragraph (f, FONT_BODY, line, 0, 4);
        }
    }
}

/* How the minutes are approved: in the next meeting, or a line to sign
 * over each signer's name. */
static void
flow_approval (SkFlow          *f,
               SkProject       *project,
               const SkMeeting *meeting,
               const SkBody    *body)
{
  g_auto(GStrv) signers = NULL;
  SkApproval approval = sk_meeting_get_approval (meeting, &signers);

  if (approval == SK_APPROVAL_NONE)
    return;
  sk_flow_heading (f, FONT_H2, _("Approval of the minutes"), 18, 60);
  if (approval == SK_APPROVAL_NEXT_MEETING)
    {
      sk_flow_paragraph (f, FONT_BODY, _("The minutes are presented for approval at the next meeting."), 0, 6);
      return;
    }
  sk_flow_paragraph (f, FONT_BODY, _("The minutes are approved by the signatures of:"), 0, 30);
  for (guint i = 0; signers != NULL && signers[i] != NULL; i++)
    {
      const SkMember *m = sk_body_find_member (body, signers[i]);
      g_autofree char *who = m ? person_line (project, m->name, m->role, TRUE, m->municipality)
                               : g_strdup (sk_body_person_name (body, signers[i]));
      g_autofree char *line = g_strdup_printf ("______________________________\n%s", who ? who : signers[i]);

      sk_flow_paragraph (f, FONT_BODY, line, 0, 24);
    }
}

void
sk_render_minutes (SkFlow    *f,
                   SkProject *project,
                   SkMeeting *meeting,
                   SkItem    *only)
{
  g_autoptr(SkBody) body = sk_project_get_body (project, meeting->body);
  g_autoptr(GPtrArray) attendance = sk_meeting_get_attendance (meeting);
  g_autofree char *when = sk_format_date_time (meeting->date, meeting->start_time);
  g_autofree char *chaired = NULL;
  const char *chair = sk_meeting_get_chair (meeting);

  if (chair != NULL && sk_body_person_name (body, chair) != NULL)
    chaired = g_strdup_printf (_("Chaired by: %s"), sk_body_person_name (body, chair));
  sk_render_meeting_cover (f, project, meeting, only ? _("Extract of the minutes") : _("Minutes"), chaired);
  /* The extract of a closed case is a paper exempt from public access,
   * marked as such at its head for those who receive it */
  if (only != NULL && sk_item_closed_basis (only) != NULL)
    {
      g_autofree char *exempt = g_strdup_printf (_("Exempt from public access, see %s"), sk_item_closed_basis (only));

      sk_flow_paragraph (f, FONT_H3, exempt, 0, 12);
    }
  if (body != NULL && attendance->len > 0)
    flow_attendance (f, project, meeting, body);
  f->header = g_strdup_printf ("%s – %s", meeting->body, when);
  for (guint i = 0; i < meeting->items->len; i++)
    if (only == NULL || g_ptr_array_index (meeting->items, i) == only)
      flow_case (f, project, meeting, body, i, only != NULL || i == 0);
  if (only == NULL)
    flow_approval (f, project, meeting, body);
  g_free ((char *) f->header);
  f->header = NULL;
  sk_flow_finish_page (f);
}
