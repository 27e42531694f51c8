/* sk-record-check.c — the rules of the board's record in a file: bodies,
 * members and deputies, attendance, disqualifications, proposals, votes,
 * case numbers and closed cases, each problem with its JSON path
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-check"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sk-date.h"
#include "sk-doc-language.h"
#include "sk-i18n.h"
#include "sk-project-private.h"
#include "sk-record-private.h"
#include "sk-rules.h"

/* A member that is there but is not a string, or is an empty one. */
static gboolean
bad_text (JsonObject *o,
          const char *name,
          gboolean    required)
{
  const char *s;

  if (o == NULL || !json_object_has_member (o, name))
    return required;
  s = _sk_json_string (o, name);
  return s == NULL || *s == '\0';
}

/* A list of the record that is there but is not a list: the record's
 * edits would put an empty one in its place. */
static void
check_list (GPtrArray  *problems,
            JsonObject *o,
            const char *name,
            const char *path)
{
  JsonNode *node = o != NULL ? json_object_get_member (o, name) : NULL;

  if (node != NULL && !JSON_NODE_HOLDS_ARRAY (node) && !JSON_NODE_HOLDS_NULL (node))
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, name);

      sk_problems_add (problems, p, _("Expected a list"));
    }
}

/* Who made a proposal or a remark, when given, is a text. */
static void
check_by (GPtrArray  *problems,
          JsonObject *o,
          const char *path)
{
  if (o != NULL && json_object_has_member (o, "by") && _sk_json_string (o, "by") == NULL)
    {
      g_autofree char *p = g_strdup_printf ("%s.by", path);

      sk_problems_add (problems, p, _("Expected a string"));
    }
}

static void
check_language (GPtrArray  *problems,
                JsonObject *o,
                const char *path)
{
  if (o != NULL && json_object_has_member (o, "language") &&
      !sk_doc_language_is_valid (_sk_json_string (o, "language")))
    {
      g_autofree char *p = g_strdup_printf ("%s.language", path);

      sk_problems_add (problems, p, _("The written language is “nn”, “nb” or “en”"));
    }
}

/* Members or deputies of a body: ids (unique in the whole body, in
 * `seen`), names and municipalities. */
static void
check_people (SkProject  *project,
              GPtrArray  *problems,
              JsonArray  *people,
              const char *path,
              GHashTable *seen,
              gboolean    members)
{
  for (guint i = 0; people != NULL && i < json_array_get_length (people); i++)
    {
      JsonObject *o = _sk_json_element (people, i);
      const char *id = _sk_json_string (o, "id");
      const char *municipality = _sk_json_string (o, "municipality");
      SkRole role;

      if (o == NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s[%u]", path, i);

          sk_problems_add (problems, p, _("Expected an object"));
          continue;
        }
      if (!sk_rule_id_valid (id) || g_hash_table_contains (seen, id))
        {
          g_autofree char *p = g_strdup_printf ("%s[%u].id", path, i);

          if (!sk_rule_id_valid (id))
            sk_problems_add (problems, p, _("“%s” is not a valid id: use 1–64 characters a–z, 0–9, “_” or “-”"),
                             id ? id : "");
          else
            sk_problems_add (problems, p, _("The id “%s” is used twice among the members and deputies of this body"), id);
        }
      else
        g_hash_table_add (seen, (gpointer) id);
      if (bad_text (o, "name", TRUE))
        {
          g_autofree char *p = g_strdup_printf ("%s[%u].name", path, i);

          sk_problems_add (problems, p, _("A member or deputy needs a name"));
        }
      if (json_object_has_member (o, "municipality") &&
          (municipality == NULL || sk_project_find_municipality (project, municipality) == NULL))
        {
          g_autofree char *p = g_strdup_printf ("%s[%u].municipality", path, i);

          sk_problems_add (problems, p, _("No municipality has the id “%s”"), municipality ? municipality : "");
        }
      if (members && json_object_has_member (o, "role") && !sk_role_from_string (_sk_json_string (o, "role"), &role))
        {
          g_autofree char *p = g_strdup_printf ("%s[%u].role", path, i);

          sk_problems_add (problems, p, _("Unknown value “%s”; expected one of %s"),
                           _sk_json_string (o, "role") ? _sk_json_string (o, "role") : "", "leiar, nestleiar, medlem");
        }
      if (members)
        {
          g_autofree char *p = g_strdup_printf ("%s[%u].deputies", path, i);
          g_autofree char *member = g_strdup_printf ("%s[%u]", path, i);

          check_list (problems, o, "deputies", member);

          check_people (project, problems, _sk_json_array (o, "deputies"), p, seen, FALSE);
        }
    }
}

static void
check_bodies (SkProject *project,
              GPtrArray *problems)
{
  JsonArray *bodies = _sk_json_array (project->extra, "bodies");
  g_autoptr(GHashTable) ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);

  check_language (problems, project->extra, "$");
  if (project->extra != NULL && json_object_has_member (project->extra, "bodies") && bodies == NULL)
    sk_problems_add (problems, "$.bodies", _("Expected an array"));
  for (guint b = 0; bodies != NULL && b < json_array_get_length (bodies); b++)
    {
      JsonObject *o = _sk_json_element (bodies, b);
      g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
      g_autofree char *path = g_strdup_printf ("$.bodies[%u]", b);
      g_autofree char *members = g_strdup_printf ("%s.members", path);
      g_autofree char *deputies = g_strdup_printf ("%s.deputies", path);
      const char *id = _sk_json_string (o, "id");

      if (o == NULL)
        {
          sk_problems_add (problems, path, _("Expected an object"));
          continue;
        }
      if (!sk_rule_id_valid (id) || g_hash_table_contains (ids, id))
        {
          g_autofree char *p = g_strdup_printf ("%s.id", path);

          sk_problems_add (problems, p, _("“%s” is not a valid id, or is used twice in this list"), id ? id : "");
        }
      else
        g_hash_table_add (ids, (gpointer) id);
      if (bad_text (o, "name", TRUE))
        {
          g_autofree char *p = g_strdup_printf ("%s.name", path);

          sk_problems_add (problems, p, _("A body needs the name its meetings give as “body”"));
        }
      else if (g_hash_table_contains (names, _sk_json_string (o, "name")))
        {
          g_autofree char *p = g_strdup_printf ("%s.name", path);

          sk_problems_add (problems, p, _("Two bodies are called “%s”"), _sk_json_string (o, "name"));
        }
      else
        g_hash_table_add (names, (gpointer) _sk_json_string (o, "name"));
      check_language (problems, o, path);
      if (json_object_has_member (o, "case_number_pattern") &&
          !sk_rule_case_pattern_valid (_sk_json_string (o, "case_number_pattern")))
        {
          g_autofree char *p = g_strdup_printf ("%s.case_number_pattern", path);

          sk_problems_add (problems, p, _("A case number pattern holds {n}, the number, such as “PS {n}/{yyyy}”"));
        }
      if (json_object_has_member (o, "orientation_pattern") &&
          !sk_rule_case_pattern_valid (_sk_json_string (o, "orientation_pattern")))
        {
          g_autofree char *p = g_strdup_printf ("%s.orientation_pattern", path);

          sk_problems_add (problems, p, _("A case number pattern holds {n}, the number, such as “PS {n}/{yyyy}”"));
        }
      check_list (problems, o, "members", path);
      check_list (problems, o, "deputies", path);
      check_people (project, problems, _sk_json_array (o, "members"), members, seen, TRUE);
      check_people (project, problems, _sk_json_array (o, "deputies"), deputies, seen, FALSE);
    }
}

/* The ids of the meeting's items → the position + 1 of the first of
 * each, as the quorum reads them. */
static GHashTable *
item_ids (const SkMeeting *meeting)
{
  GHashTable *ids = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < meeting->items->len; i++)
    {
      const char *id = ((SkItem *) g_ptr_array_index (meeting->items, i))->id;

      if (id != NULL && !g_hash_table_contains (ids, id))
        g_hash_table_insert (ids, (gpointer) id, GUINT_TO_POINTER (i + 1));
    }
  return ids;
}

/* The title of the item of the meeting at position + 1 `at`. */
static const char *
item_title_at (const SkMeeting *meeting,
               gpointer         at)
{
  return ((SkItem *) g_ptr_array_index (meeting->items, GPOINTER_TO_UINT (at) - 1))->title;
}

/* A member or deputy id at `path`: unknown is a problem. */
static void
check_person (GPtrArray    *problems,
              const SkBody *body,
              const char   *meeting_body,
              JsonObject   *o,
              const char   *name,
              gboolean      deputy_only,
              const char   *path)
{
  const char *id = _sk_json_string (o, name);
  gboolean known;

  if (!json_object_has_member (o, name))
    return;
  known = id != NULL && (sk_body_has_deputy (body, id) || (!deputy_only && sk_body_find_member (body, id)));
  if (!known)
    {
      g_autofree char *p = g_strdup_printf ("%s.%s", path, name);

      if (deputy_only)
        sk_problems_add (problems, p, _("“%s” is not a deputy of %s"), id ? id : "", meeting_body);
      else
        sk_problems_add (problems, p, _("“%s” is not a member or deputy of %s"), id ? id : "", meeting_body);
    }
}

static void
check_attendance (GPtrArray       *problems,
                  const SkBody    *body,
                  const SkMeeting *meeting,
                  const char      *path)
{
  JsonArray *a = _sk_json_array (meeting->extra, "attendance");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) seated = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) items_of_meeting = a != NULL ? item_ids (meeting) : NULL;

  for (guint k = 0; a != NULL && k < json_array_get_length (a); k++)
    {
      JsonObject *o = _sk_json_element (a, k);
      g_autofree char *p = g_strdup_printf ("%s.attendance[%u]", path, k);
      const char *member = _sk_json_string (o, "member");
      const char *status = _sk_json_string (o, "status");
      const char *items[] = { "arrived_from", "left_from" };

      if (o == NULL)
        {
          sk_problems_add (problems, p, _("Expected an object"));
          continue;
        }
      if (member == NULL || sk_body_find_member (body, member) == NULL || g_hash_table_contains (seen, member))
        {
          g_autofree char *pm = g_strdup_printf ("%s.member", p);

          if (member != NULL && g_hash_table_contains (seen, member))
            sk_problems_add (problems, pm, _("“%s” is in the attendance twice"), member);
          else
            sk_problems_add (problems, pm, _("“%s” is not a member of %s"), member ? member : "", meeting->body);
        }
      else
        g_hash_table_add (seen, (gpointer) member);
      if (g_strcmp0 (status, "present") != 0 && g_strcmp0 (status, "absent") != 0)
        {
          g_autofree char *ps = g_strdup_printf ("%s.status", p);

          sk_problems_add (problems, ps, _("Unknown value “%s”; expected one of %s"), status ? status : "",
                           "present, absent");
        }
      check_person (problems, body, meeting->body, o, "deputy", TRUE, p);
      /* One person, one seat: a deputy attends for one member */
      if (_sk_json_string (o, "deputy") != NULL && !g_hash_table_add (seated, (gpointer) _sk_json_string (o, "deputy")))
        {
          g_autofree char *pd = g_strdup_printf ("%s.deputy", p);

          sk_problems_add (problems, pd, _("“%s” attends for two members; a deputy holds one seat"),
                           _sk_json_string (o, "deputy"));
        }
      for (guint i = 0; i < G_N_ELEMENTS (items); i++)
        if (json_object_has_member (o, items[i]) &&
            (_sk_json_string (o, items[i]) == NULL ||
             !g_hash_table_contains (items_of_meeting, _sk_json_string (o, items[i]))))
          {
            g_autofree char *pi = g_strdup_printf ("%s.%s", p, items[i]);

            sk_problems_add (problems, pi, _("The attendance names the item “%s”, which the meeting does not have: change first who arrived or left at it"),
                             _sk_json_string (o, items[i]) ? _sk_json_string (o, items[i]) : "");
          }
      /* Who came at a case leaves before a later one, or is never there */
      {
        gpointer came = _sk_json_string (o, "arrived_from") != NULL
                        ? g_hash_table_lookup (items_of_meeting, _sk_json_string (o, "arrived_from")) : NULL;
        gpointer left = _sk_json_string (o, "left_from") != NULL
                        ? g_hash_table_lookup (items_of_meeting, _sk_json_string (o, "left_from")) : NULL;

        if (came != NULL && left != NULL && GPOINTER_TO_UINT (left) <= GPOINTER_TO_UINT (came))
          {
            g_autofree char *pl = g_strdup_printf ("%s.left_from", p);
            const SkMember *m = sk_body_find_member (body, member);

            sk_problems_add (problems, pl, _("Who came at “%s” can only leave before a later item, not before “%s” (%s)"),
                             item_title_at (meeting, came), item_title_at (meeting, left),
                             m ? m->name : member ? member : "");
          }
      }
    }
}

/* The deputies who attend the meeting for a member (as a set), or NULL
 * without attendance. */
static GHashTable *
deputies_attending (const SkMeeting *meeting)
{
  JsonArray *a = _sk_json_array (meeting->extra, "attendance");
  GHashTable *set;

  if (a == NULL)
    return NULL;
  set = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < json_array_get_length (a); k++)
    {
      const char *deputy = _sk_json_string (_sk_json_element (a, k), "deputy");

      if (deputy != NULL)
        g_hash_table_add (set, (gpointer) deputy);
    }
  return set;
}

static void
check_votes (SkProject       *project,
             GPtrArray       *problems,
             const SkBody    *body,
             const SkMeeting *meeting,
             guint            index,
             const char      *path,
             SkQuorumTables **tables)
{
  SkItem *item = g_ptr_array_index (meeting->items, index);
  g_autoptr(SkItemRecord) record = NULL;
  JsonArray *a = _sk_json_array (item->extra, "votes");
  g_autoptr(GHashTable) proposals = NULL;
  int present = -1, members = 0, seats;
  gboolean quorate;

  /* Most items have no vote: nothing to read */
  if (a == NULL)
    return;
  record = sk_item_get_record (item);
  proposals = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < record->proposals->len; i++)
    {
      const char *id = ((SkProposal *) g_ptr_array_index (record->proposals, i))->id;

      if (id != NULL)
        g_hash_table_add (proposals, (gpointer) id);
    }
  if (*tables == NULL)
    *tables = _sk_quorum_tables_new (project, meeting, body);
  if (!_sk_quorum_count (*tables, meeting, index, &present, &members, &quorate))
    present = -1;
  /* Without the attendance, no more can vote than the body has members */
  seats = present < 0 && body != NULL && body->members->len > 0 ? (int) body->members->len : -1;
  for (guint k = 0; a != NULL && k < json_array_get_length (a); k++)
    {
      JsonObject *o = _sk_json_element (a, k);
      g_autofree char *p = g_strdup_printf ("%s.votes[%u]", path, k);
      SkVote vote = { 0 };
      gboolean known = FALSE;

      if (o == NULL)
        {
          sk_problems_add (problems, p, _("Expected an object"));
          continue;
        }
      _sk_vote_read (o, &vote);
      /* A word the reader does not know is no casting vote, and counts
       * beside "unanimous" are not shown: neither is taken silently */
      if (json_object_has_member (o, "casting") && vote.casting == SK_CASTING_NONE)
        {
          g_autofree char *pc = g_strdup_printf ("%s.casting", p);
          const char *word = _sk_json_string (o, "casting");

          sk_problems_add (problems, pc, _("Unknown value “%s”; expected one of %s"), word ? word : "",
                           "for, against");
        }
      if (vote.unanimous && (json_object_has_member (o, "for") || json_object_has_member (o, "against")))
        {
          g_autofree char *pf = g_strdup_printf ("%s.%s", p, json_object_has_member (o, "for") ? "for" : "against");

          sk_problems_add (problems, pf, _("A vote is unanimous or has whole numbers for and against"));
        }
      known = g_strcmp0 (vote.proposal, SK_PROPOSAL_PREPARED) == 0 && item->proposal != NULL;
      known = known || (vote.proposal != NULL && g_hash_table_contains (proposals, vote.proposal));
      if (!known)
        {
          g_autofree char *pp = g_strdup_printf ("%s.proposal", p);

          sk_problems_add (problems, pp, _("The item has no proposal “%s”"), vote.proposal ? vote.proposal : "");
        }
      if (!sk_rule_vote_counts_valid (&vote, -1))
        {
          g_autofree char *pf = g_strdup_printf ("%s.for", p);

          sk_problems_add (problems, pf, _("A vote is unanimous or has whole numbers for and against"));
        }
      else if (!sk_rule_vote_counts_valid (&vote, present))
        {
          g_autofree char *pf = g_strdup_printf ("%s.for", p);

          /* Named: an attendance edit, refused for this, is made for
           * the whole meeting, with no item in sight. */
          sk_problems_add (problems, pf, _("%d votes for and %d against are more than the %d present at “%s”"),
                           vote.votes_for, vote.votes_against, present, item->title ? item->title : "");
        }
      else if (!sk_rule_vote_counts_valid (&vote, seats))
        {
          g_autofree char *pf = g_strdup_printf ("%s.for", p);

          sk_problems_add (problems, pf, _("%d votes for and %d against are more than the %d members of %s"),
                           vote.votes_for, vote.votes_against, seats, meeting->body);
        }
      if (!sk_rule_casting_valid (&vote))
        {
          g_autofree char *pc = g_strdup_printf ("%s.casting", p);

          sk_problems_add (problems, pc, _("The chair's casting vote decides a tie only"));
        }
      sk_vote_clear (&vote);
    }
}

/* "minutes_approval": { "method": "next-meeting" } or { "method":
 * "signed", "signers": [ member or deputy ids, at least one, each once ] } */
static void
check_approval (GPtrArray       *problems,
                const SkBody    *body,
                const SkMeeting *meeting,
                const char      *path)
{
  JsonNode *node = meeting->extra ? json_object_get_member (meeting->extra, "minutes_approval") : NULL;
  g_autofree char *p = g_strdup_printf ("%s.minutes_approval", path);
  g_autoptr(GHashTable) seen = NULL;
  g_autoptr(GHashTable) away = NULL;
  SkApproval approval;
  JsonObject *o;
  JsonArray *a;

  if (node == NULL)
    return;
  o = JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
  if (o == NULL || !sk_approval_from_string (_sk_json_string (o, "method"), &approval))
    {
      g_autofree char *pm = g_strdup_printf ("%s.method", p);

      sk_problems_add (problems, o ? pm : p, _("The minutes are approved “next-meeting” or “signed”"));
      return;
    }
  a = _sk_json_array (o, "signers");
  if (approval == SK_APPROVAL_NEXT_MEETING)
    {
      if (json_object_has_member (o, "signers"))
        {
          g_autofree char *ps = g_strdup_printf ("%s.signers", p);

          sk_problems_add (problems, ps, _("Only minutes approved by signature name who signs"));
        }
      return;
    }
  if (a == NULL || json_array_get_length (a) == 0)
    {
      g_autofree char *ps = g_strdup_printf ("%s.signers", p);

      sk_problems_add (problems, ps, _("Minutes approved by signature name at least one who signs"));
      return;
    }
  seen = g_hash_table_new (g_str_hash, g_str_equal);
  away = sk_meeting_away (body, meeting);
  for (guint i = 0; i < json_array_get_length (a); i++)
    {
      JsonNode *n = json_array_get_element (a, i);
      const char *id = JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING
                       ? json_node_get_string (n) : NULL;
      g_autofree char *pi = g_strdup_printf ("%s.signers[%u]", p, i);

      if (id == NULL || sk_body_person_name (body, id) == NULL)
        sk_problems_add (problems, pi, _("“%s” is not a member or deputy of %s"), id ? id : "", meeting->body);
      else if (!g_hash_table_add (seen, (gpointer) id))
        sk_problems_add (problems, pi, _("“%s” signs twice"), id);
      else if (away != NULL && g_hash_table_contains (away, id))
        sk_problems_add (problems, pi, _("%s was not at the meeting and cannot sign its minutes"),
                         sk_body_person_name (body, id));
    }
}

static void
check_item (SkProject       *project,
            GPtrArray       *problems,
            const SkBody    *body,
            const SkMeeting *meeting,
            guint            index,
            const char      *path,
            GHashTable      *numbers,
            GHashTable      *attending,
            SkQuorumTables **tables)
{
  SkItem *item = g_ptr_array_index (meeting->items, index);
  JsonObject *extra = item->extra;
  g_autoptr(GHashTable) stepped_in = NULL;
  g_autoptr(GPtrArray) seated_list = NULL;
  g_autoptr(GHashTable) seated = NULL;
  g_autoptr(GHashTable) proposal_ids = NULL;
  JsonArray *a;
  gint64 n;

  if (extra == NULL)
    return;
  if (json_object_has_member (extra, "case_number"))
    {
      g_autofree char *p = g_strdup_printf ("%s.case_number", path);

      if (!_sk_json_int (extra, "case_number", &n) || n < 1 || n > 99999)
        sk_problems_add (problems, p, _("A case number is a whole number from 1"));
      else
        {
          /* body, year, series and number */
          gboolean apart = g_strcmp0 (_sk_json_string (extra, "case_series"), "orientation") == 0;
          g_autofree char *key = g_strdup_printf ("%s\n%.4s\n%s%" G_GINT64_FORMAT, meeting->body, meeting->date,
                                                  apart ? "OS" : "", n);
          const char *first = g_hash_table_lookup (numbers, key);

          if (first != NULL)
            sk_problems_add (problems, p, _("Case number %d is used twice by %s in %.4s (first at %s)"),
                             (int) n, meeting->body, meeting->date, first);
          else
            g_hash_table_insert (numbers, g_steal_pointer (&key), g_strdup (path));
        }
    }
  if (json_object_has_member (extra, "case_series") &&
      g_strcmp0 (_sk_json_string (extra, "case_series"), "orientation") != 0)
    {
      g_autofree char *p = g_strdup_printf ("%s.case_series", path);

      sk_problems_add (problems, p, _("The only case series of its own is “orientation”"));
    }
  if (bad_text (extra, "closed_basis", FALSE))
    {
      g_autofree char *p = g_strdup_printf ("%s.closed_basis", path);

      sk_problems_add (problems, p, _("A closed case names its legal basis"));
    }
  for (guint k = 0; k < item->attachments->len; k++)
    if (bad_text (((SkAttachment *) g_ptr_array_index (item->attachments, k))->extra, "closed_basis", FALSE))
      {
        g_autofree char *p = g_strdup_printf ("%s.attachments[%u].closed_basis", path, k);

        sk_problems_add (problems, p, _("A closed case names its legal basis"));
      }
  check_list (problems, extra, "disqualifications", path);
  check_list (problems, extra, "proposals", path);
  check_list (problems, extra, "votes", path);
  check_list (problems, extra, "remarks", path);
  a = _sk_json_array (extra, "disqualifications");
  stepped_in = a != NULL ? g_hash_table_new (g_str_hash, g_str_equal) : NULL;
  /* Who holds a seat in the case, as the attendance has it: the one
   * disqualified is one of them, and the deputy who steps in takes it */
  if (a != NULL && json_array_get_length (a) > 0)
    {
      if (*tables == NULL)
        *tables = _sk_quorum_tables_new (project, meeting, body);
      if ((seated_list = _sk_quorum_seated (*tables, meeting, index)) != NULL)
        {
          seated = g_hash_table_new (g_str_hash, g_str_equal);
          for (guint k = 0; k < seated_list->len; k++)
            g_hash_table_add (seated, seated_list->pdata[k]);
        }
    }
  for (guint k = 0; a != NULL && k < json_array_get_length (a); k++)
    {
      JsonObject *o = _sk_json_element (a, k);
      g_autofree char *p = g_strdup_printf ("%s.disqualifications[%u]", path, k);
      const char *deputy = _sk_json_string (o, "deputy");
      const char *member = _sk_json_string (o, "member");

      if (o == NULL || !json_object_has_member (o, "member"))
        {
          g_autofree char *pm = g_strdup_printf ("%s.member", p);

          sk_problems_add (problems, pm, _("A disqualification names the member"));
          continue;
        }
      check_person (problems, body, meeting->body, o, "member", FALSE, p);
      check_person (problems, body, meeting->body, o, "deputy", TRUE, p);
      if (seated != NULL && member != NULL && sk_body_person_name (body, member) != NULL)
        {
          if (!g_hash_table_remove (seated, member))
            {
              g_autofree char *pm = g_strdup_printf ("%s.member", p);

              sk_problems_add (problems, pm, _("%s does not take part in this case and cannot be disqualified in it"),
                               sk_body_person_name (body, member));
            }
          else if (deputy != NULL)
            g_hash_table_add (seated, (gpointer) deputy);
        }
      /* One person, one seat: the deputy who steps in neither attends
       * for a member nor stepped in for another one in this case */
      if (deputy != NULL && ((attending != NULL && g_hash_table_contains (attending, deputy)) ||
                             !g_hash_table_add (stepped_in, (gpointer) deputy)))
        {
          g_autofree char *pd = g_strdup_printf ("%s.deputy", p);

          sk_problems_add (problems, pd, _("“%s” already holds a seat at “%s” and cannot step in for another"),
                           deputy, item->title ? item->title : "");
        }
      if (bad_text (o, "ground", TRUE))
        {
          g_autofree char *pg = g_strdup_printf ("%s.ground", p);

          sk_problems_add (problems, pg, _("A disqualification names its ground, such as “fvl. § 6 første ledd bokstav a”"));
        }
    }
  a = _sk_json_array (extra, "proposals");
  proposal_ids = a != NULL ? g_hash_table_new (g_str_hash, g_str_equal) : NULL;
  for (guint k = 0; a != NULL && k < json_array_get_length (a); k++)
    {
      JsonObject *o = _sk_json_element (a, k);
      const char *id = _sk_json_string (o, "id");
      gpointer first;

      g_autofree char *at = g_strdup_printf ("%s.proposals[%u]", path, k);

      if (!sk_rule_id_valid (id) || g_strcmp0 (id, SK_PROPOSAL_PREPARED) == 0 || bad_text (o, "text", TRUE))
        {
          g_autofree char *p = g_strdup_printf ("%s%s", at, sk_rule_id_valid (id) ? ".text" : ".id");

          sk_problems_add (problems, p, _("A proposal has an id of its own (not “prepared”) and a text"));
        }
      /* A vote names its proposal by id: two of one id, and the vote
       * would count for either */
      else if (g_hash_table_lookup_extended (proposal_ids, id, NULL, &first))
        {
          g_autofree char *p = g_strdup_printf ("%s.id", at);

          sk_problems_add (problems, p, _("The id “%s” is used twice in this list (first at index %u)"),
                           id, GPOINTER_TO_UINT (first));
        }
      else
        g_hash_table_insert (proposal_ids, (gpointer) id, GUINT_TO_POINTER (k));
      check_by (problems, o, at);
    }
  check_votes (project, problems, body, meeting, index, path, tables);
  a = _sk_json_array (extra, "remarks");
  for (guint k = 0; a != NULL && k < json_array_get_length (a); k++)
    {
      g_autofree char *at = g_strdup_printf ("%s.remarks[%u]", path, k);

      if (bad_text (_sk_json_element (a, k), "text", TRUE))
        {
          g_autofree char *p = g_strdup_printf ("%s.text", at);

          sk_problems_add (problems, p, _("A remark in the record needs its text"));
        }
      check_by (problems, _sk_json_element (a, k), at);
    }
}

void
_sk_record_check (SkProject *project,
                  GPtrArray *problems)
{
  g_autoptr(GHashTable) numbers = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GPtrArray) bodies = sk_project_get_bodies (project);
  g_autoptr(GHashTable) body_named = g_hash_table_new (g_str_hash, g_str_equal);

  check_bodies (project, problems);
  /* Each body read once: as sk_project_get_body () finds it, the first
   * whose name or id is the meeting's "body". */
  for (guint b = 0; b < bodies->len; b++)
    {
      SkBody *body = g_ptr_array_index (bodies, b);

      if (body->name != NULL && !g_hash_table_contains (body_named, body->name))
        g_hash_table_insert (body_named, body->name, body);
      if (body->id != NULL && !g_hash_table_contains (body_named, body->id))
        g_hash_table_insert (body_named, body->id, body);
    }
  for (guint m = 0; m < project->meetings->len; m++)
    {
      SkMeeting *meeting = g_ptr_array_index (project->meetings, m);
      const SkBody *body = meeting->body != NULL ? g_hash_table_lookup (body_named, meeting->body) : NULL;
      SkQuorumTables *tables = NULL;
      g_autoptr(GHashTable) attending = deputies_attending (meeting);
      g_autofree char *path = g_strdup_printf ("$.meetings[%u]", m);
      const char *sent = _sk_json_string (meeting->extra, "papers_sent");

      if (meeting->extra != NULL && json_object_has_member (meeting->extra, "papers_sent") && !sk_rule_date_valid (sent))
        {
          g_autofree char *p = g_strdup_printf ("%s.papers_sent", path);

          sk_problems_add (problems, p, _("“%s” is not a date: expected YYYY-MM-DD between %d and %d"),
                           sent ? sent : "", SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
        }
      check_list (problems, meeting->extra, "attendance", path);
      if (meeting->extra != NULL && json_object_has_member (meeting->extra, "attendance") && body == NULL)
        {
          g_autofree char *p = g_strdup_printf ("%s.attendance", path);

          sk_problems_add (problems, p, _("No body of the project is called “%s”"), meeting->body);
        }
      else
        check_attendance (problems, body, meeting, path);
      if (meeting->extra != NULL)
        check_person (problems, body, meeting->body, meeting->extra, "chair", FALSE, path);
      /* Who chaired was there */
      if (_sk_json_string (meeting->extra, "chair") != NULL && sk_body_person_name (body, _sk_json_string (meeting->extra, "chair")))
        {
          g_autoptr(GHashTable) away = sk_meeting_away (body, meeting);
          const char *chair = _sk_json_string (meeting->extra, "chair");

          if (away != NULL && g_hash_table_contains (away, chair))
            {
              g_autofree char *p = g_strdup_printf ("%s.chair", path);

              sk_problems_add (problems, p, _("%s was not at the meeting and cannot have chaired it"),
                               sk_body_person_name (body, chair));
            }
        }
      check_approval (problems, body, meeting, path);
      for (guint i = 0; i < meeting->items->len; i++)
        {
          g_autofree char *p = g_strdup_printf ("%s.items[%u]", path, i);

          check_item (project, problems, body, meeting, i, p, numbers, attending, &tables);
        }
      _sk_quorum_tables_free (tables);
    }
}
