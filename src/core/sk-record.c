/* sk-record.c — the board's formal record read from the file's members,
 * the quorum, the words of a vote and case numbers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-record"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "sk-i18n.h"
#include "sk-project-private.h"
#include "sk-record.h"
#include "sk-record-private.h"

const char *
_sk_json_string (JsonObject *o,
                 const char *name)
{
  JsonNode *node;

  if (o == NULL || (node = json_object_get_member (o, name)) == NULL ||
      json_node_get_value_type (node) != G_TYPE_STRING)
    return NULL;
  return json_node_get_string (node);
}

gboolean
_sk_json_int (JsonObject *o,
              const char *name,
              gint64     *value)
{
  JsonNode *node;

  if (o == NULL || (node = json_object_get_member (o, name)) == NULL ||
      json_node_get_value_type (node) != G_TYPE_INT64)
    return FALSE;
  *value = json_node_get_int (node);
  return TRUE;
}

JsonArray *
_sk_json_array (JsonObject *o,
                const char *name)
{
  JsonNode *node;

  if (o == NULL || (node = json_object_get_member (o, name)) == NULL || !JSON_NODE_HOLDS_ARRAY (node))
    return NULL;
  return json_node_get_array (node);
}

JsonObject *
_sk_json_object (JsonObject *o,
                 const char *name)
{
  JsonNode *node;

  if (o == NULL || (node = json_object_get_member (o, name)) == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return NULL;
  return json_node_get_object (node);
}

JsonObject *
_sk_json_element (JsonArray *a,
                  guint      i)
{
  JsonNode *node = json_array_get_element (a, i);

  return JSON_NODE_HOLDS_OBJECT (node) ? json_node_get_object (node) : NULL;
}

static const char * const roles[] = { "leiar", "nestleiar", "medlem" };

const char *
sk_role_to_string (SkRole role)
{
  g_return_val_if_fail (role <= SK_ROLE_MEMBER, "medlem");
  return roles[role];
}

gboolean
sk_role_from_string (const char *text,
                     SkRole     *role)
{
  for (guint i = 0; text != NULL && i < G_N_ELEMENTS (roles); i++)
    if (g_str_equal (text, roles[i]))
      {
        *role = (SkRole) i;
        return TRUE;
      }
  return FALSE;
}

const char *
sk_role_label (SkRole role)
{
  switch (role)
    {
    case SK_ROLE_CHAIR:
      return C_("board role", "Leader");
    case SK_ROLE_DEPUTY_CHAIR:
      return C_("board role", "Deputy leader");
    case SK_ROLE_MEMBER:
    default:
      return C_("board role", "Member");
    }
}

static void
deputy_free (SkDeputy *d)
{
  g_free (d->id);
  g_free (d->name);
  g_free (d->municipality);
  g_free (d);
}

static void
member_free (SkMember *m)
{
  g_free (m->id);
  g_free (m->name);
  g_free (m->municipality);
  g_ptr_array_unref (m->deputies);
  g_free (m);
}

void
sk_body_free (SkBody *body)
{
  if (body == NULL)
    return;
  g_free (body->id);
  g_free (body->name);
  g_free (body->pattern);
  g_free (body->orientation_pattern);
  g_free (body->language);
  g_clear_pointer (&body->member_index, g_hash_table_unref);
  g_clear_pointer (&body->deputy_index, g_hash_table_unref);
  g_ptr_array_unref (body->members);
  g_ptr_array_unref (body->deputies);
  g_free (body);
}

static void
index_deputies (GHashTable *index,
                GPtrArray  *deputies)
{
  for (guint i = 0; i < deputies->len; i++)
    {
      SkDeputy *d = g_ptr_array_index (deputies, i);

      if (d->id != NULL && !g_hash_table_contains (index, d->id))
        g_hash_table_insert (index, d->id, d);
    }
}

static GPtrArray *
read_deputies (JsonArray *array)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) deputy_free);

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = _sk_json_element (array, i);
      SkDeputy *d;

      if (o == NULL)
        continue;
      d = g_new0 (SkDeputy, 1);
      d->id = g_strdup (_sk_json_string (o, "id"));
      d->name = g_strdup (_sk_json_string (o, "name"));
      d->municipality = g_strdup (_sk_json_string (o, "municipality"));
      g_ptr_array_add (list, d);
    }
  return list;
}

SkBody *
_sk_body_read (JsonObject *o)
{
  SkBody *body = g_new0 (SkBody, 1);
  JsonArray *members = _sk_json_array (o, "members");

  body->id = g_strdup (_sk_json_string (o, "id"));
  body->name = g_strdup (_sk_json_string (o, "name"));
  body->pattern = g_strdup (_sk_json_string (o, "case_number_pattern"));
  body->orientation_pattern = g_strdup (_sk_json_string (o, "orientation_pattern"));
  body->language = g_strdup (sk_doc_language_normalize (_sk_json_string (o, "language")));
  body->members = g_ptr_array_new_with_free_func ((GDestroyNotify) member_free);
  body->deputies = read_deputies (_sk_json_array (o, "deputies"));
  for (guint i = 0; members != NULL && i < json_array_get_length (members); i++)
    {
      JsonObject *mo = _sk_json_element (members, i);
      SkMember *m;

      if (mo == NULL)
        continue;
      m = g_new0 (SkMember, 1);
      m->id = g_strdup (_sk_json_string (mo, "id"));
      m->name = g_strdup (_sk_json_string (mo, "name"));
      if (!sk_role_from_string (_sk_json_string (mo, "role"), &m->role))
        m->role = SK_ROLE_MEMBER;
      m->municipality = g_strdup (_sk_json_string (mo, "municipality"));
      m->deputies = read_deputies (_sk_json_array (mo, "deputies"));
      g_ptr_array_add (body->members, m);
    }
  /* Found by id in constant time: a meeting's record names people of a
   * body that may be long, many times over. */
  body->member_index = g_hash_table_new (g_str_hash, g_str_equal);
  body->deputy_index = g_hash_table_new (g_str_hash, g_str_equal);
  index_deputies (body->deputy_index, body->deputies);
  for (guint i = 0; i < body->members->len; i++)
    {
      SkMember *m = g_ptr_array_index (body->members, i);

      if (m->id != NULL && !g_hash_table_contains (body->member_index, m->id))
        g_hash_table_insert (body->member_index, m->id, m);
      index_deputies (body->deputy_index, m->deputies);
    }
  return body;
}

GPtrArray *
sk_project_get_bodies (SkProject *project)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_body_free);
  JsonArray *bodies;

  g_return_val_if_fail (SK_IS_PROJECT (project), list);

  bodies = _sk_json_array (project->extra, "bodies");
  for (guint i = 0; bodies != NULL && i < json_array_get_length (bodies); i++)
    {
      JsonObject *o = _sk_json_element (bodies, i);

      if (o != NULL)
        g_ptr_array_add (list, _sk_body_read (o));
    }
  return list;
}

/* The file's object of the body with this name or id, or NULL. */
static JsonObject *
body_object (SkProject  *project,
             const char *name)
{
  JsonArray *bodies = _sk_json_array (project->extra, "bodies");

  for (guint i = 0; name != NULL && bodies != NULL && i < json_array_get_length (bodies); i++)
    {
      JsonObject *o = _sk_json_element (bodies, i);

      if (o != NULL && (g_strcmp0 (_sk_json_string (o, "name"), name) == 0 ||
                        g_strcmp0 (_sk_json_string (o, "id"), name) == 0))
        return o;
    }
  return NULL;
}

SkBody *
sk_project_get_body (SkProject  *project,
                     const char *name)
{
  JsonObject *o;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);

  o = body_object (project, name);
  return o != NULL ? _sk_body_read (o) : NULL;
}

const SkMember *
sk_body_find_member (const SkBody *body,
                     const char   *id)
{
  if (body == NULL || id == NULL)
    return NULL;
  return g_hash_table_lookup (body->member_index, id);
}

static const SkDeputy *
find_deputy (const SkBody *body,
             const char   *id)
{
  if (body == NULL || id == NULL)
    return NULL;
  return g_hash_table_lookup (body->deputy_index, id);
}

gboolean
sk_body_has_deputy (const SkBody *body,
                    const char   *id)
{
  return find_deputy (body, id) != NULL;
}

const char *
sk_body_person_name (const SkBody *body,
                     const char   *id)
{
  const SkMember *m = sk_body_find_member (body, id);
  const SkDeputy *d = m ? NULL : find_deputy (body, id);

  return m ? m->name : d ? d->name : NULL;
}

void
sk_attendance_free (SkAttendance *a)
{
  g_free (a->member);
  g_free (a->deputy);
  g_free (a->arrived_from);
  g_free (a->left_from);
  g_free (a);
}

GPtrArray *
sk_meeting_get_attendance (const SkMeeting *meeting)
{
  return _sk_attendance_read (meeting->extra);
}

GPtrArray *
_sk_attendance_read (JsonObject *extra)
{
  GPtrArray *list = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_attendance_free);
  JsonArray *array = _sk_json_array (extra, "attendance");

  for (guint i = 0; array != NULL && i < json_array_get_length (array); i++)
    {
      JsonObject *o = _sk_json_element (array, i);
      SkAttendance *a;

      if (o == NULL)
        continue;
      a = g_new0 (SkAttendance, 1);
      a->member = g_strdup (_sk_json_string (o, "member"));
      a->present = g_strcmp0 (_sk_json_string (o, "status"), "present") == 0;
      a->deputy = g_strdup (_sk_json_string (o, "deputy"));
      a->arrived_from = g_strdup (_sk_json_string (o, "arrived_from"));
      a->left_from = g_strdup (_sk_json_string (o, "left_from"));
      g_ptr_array_add (list, a);
    }
  return list;
}

const char *
sk_body_present_leader (const SkBody *body,
                        GPtrArray    *attendance)
{
  const SkRole roles[] = { SK_ROLE_CHAIR, SK_ROLE_DEPUTY_CHAIR };

  g_return_val_if_fail (body != NULL, NULL);
  g_return_val_if_fail (attendance != NULL, NULL);

  for (guint r = 0; r < G_N_ELEMENTS (roles); r++)
    for (guint i = 0; i < body->members->len; i++)
      {
        const SkMember *member = g_ptr_array_index (body->members, i);

        if (member->role != roles[r])
          continue;
        for (guint k = 0; k < attendance->len; k++)
          {
            const SkAttendance *a = g_ptr_array_index (attendance, k);

            if (a->present && g_strcmp0 (a->member, member->id) == 0)
              return member->id;
          }
      }
  return NULL;
}

GHashTable *
sk_meeting_away (const SkBody    *body,
                 const SkMeeting *meeting)
{
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GHashTable) there = NULL;
  GHashTable *away;
  GHashTableIter iter;
  gpointer id;

  if (body == NULL || _sk_json_array (meeting->extra, "attendance") == NULL)
    return NULL;
  attendance = _sk_attendance_read (meeting->extra);
  away = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  there = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint k = 0; k < attendance->len; k++)
    {
      const SkAttendance *a = g_ptr_array_index (attendance, k);

      if (a->member != NULL && !a->present)
        g_hash_table_add (away, g_strdup (a->member));
      if (a->deputy != NULL && !a->present)
        g_hash_table_add (there, a->deputy);
    }
  for (guint i = 0; i < meeting->items->len; i++)
    {
      JsonArray *d = _sk_json_array (((SkItem *) g_ptr_array_index (meeting->items, i))->extra, "disqualifications");

      for (guint k = 0; d != NULL && k < json_array_get_length (d); k++)
        if (_sk_json_string (_sk_json_element (d, k), "deputy") != NULL)
          g_hash_table_add (there, (gpointer) _sk_json_string (_sk_json_element (d, k), "deputy"));
    }
  g_hash_table_iter_init (&iter, body->deputy_index);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    if (!g_hash_table_contains (there, id))
      g_hash_table_add (away, g_strdup (id));
  return away;
}

const char *
sk_meeting_get_chair (const SkMeeting *meeting)
{
  return _sk_json_string (meeting->extra, "chair");
}

const char *
sk_meeting_get_papers_sent (const SkMeeting *meeting)
{
  return _sk_json_string (meeting->extra, "papers_sent");
}

static const char *const approvals[] = { "", "next-meeting", "signed" };

const char *
sk_approval_to_string (SkApproval approval)
{
  g_return_val_if_fail (approval <= SK_APPROVAL_SIGNED, NULL);
  return approval == SK_APPROVAL_NONE ? NULL : approvals[approval];
}

gboolean
sk_approval_from_string (const char *text,
                         SkApproval *approval)
{
  for (guint i = SK_APPROVAL_NEXT_MEETING; text != NULL && i < G_N_ELEMENTS (approvals); i++)
    if (g_str_equal (text, approvals[i]))
      {
        *approval = i;
        return TRUE;
      }
  return FALSE;
}

SkApproval
sk_meeting_get_approval (const SkMeeting *meeting,
                         GStrv           *signers)
{
  JsonObject *o = _sk_json_object (meeting->extra, "minutes_approval");
  JsonArray *a = _sk_json_array (o, "signers");
  SkApproval approval = SK_APPROVAL_NONE;

  if (signers != NULL)
    *signers = NULL;
  if (o == NULL || !sk_approval_from_string (_sk_json_string (o, "method"), &approval))
    return SK_APPROVAL_NONE;
  if (approval == SK_APPROVAL_SIGNED && signers != NULL)
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

      for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
        {
          JsonNode *n = json_array_get_element (a, i);

          if (JSON_NODE_HOLDS_VALUE (n) && json_node_get_value_type (n) == G_TYPE_STRING)
            g_strv_builder_add (builder, json_node_get_string (n));
        }
      *signers = g_strv_builder_end (builder);
    }
  return approval;
}

static void
disqualification_free (SkDisqualification *d)
{
  g_free (d->member);
  g_free (d->ground);
  g_free (d->deputy);
  g_free (d);
}

static void
proposal_free (SkProposal *p)
{
  g_free (p->id);
  g_free (p->by);
  g_free (p->text);
  g_free (p);
}

void
sk_vote_clear (SkVote *vote)
{
  g_clear_pointer (&vote->proposal, g_free);
}

static void
vote_free (SkVote *v)
{
  sk_vote_clear (v);
  g_free (v);
}

static void
remark_free (SkRemark *r)
{
  g_free (r->by);
  g_free (r->text);
  g_free (r);
}

void
sk_item_record_free (SkItemRecord *record)
{
  if (record == NULL)
    return;
  g_free (record->closed_basis);
  g_ptr_array_unref (record->disqualifications);
  g_ptr_array_unref (record->proposals);
  g_ptr_array_unref (record->votes);
  g_ptr_array_unref (record->remarks);
  g_free (record);
}

void
_sk_vote_read (JsonObject *o,
               SkVote     *v)
{
  gint64 n;
  const char *casting = _sk_json_string (o, "casting");

  v->proposal = g_strdup (_sk_json_string (o, "proposal"));
  v->unanimous = json_object_has_member (o, "unanimous") &&
                 json_node_get_value_type (json_object_get_member (o, "unanimous")) == G_TYPE_BOOLEAN &&
                 json_object_get_boolean_member (o, "unanimous");
  v->votes_for = _sk_json_int (o, "for", &n) && n >= 0 && n < G_MAXINT ? (int) n : -1;
  v->votes_against = _sk_json_int (o, "against", &n) && n >= 0 && n < G_MAXINT ? (int) n : -1;
  v->casting = g_strcmp0 (casting, "for") == 0 ? SK_CASTING_FOR
             : g_strcmp0 (casting, "against") == 0 ? SK_CASTING_AGAINST : SK_CASTING_NONE;
}

static gpointer
read_disqualification (JsonObject *o)
{
  SkDisqualification *d = g_new0 (SkDisqualification, 1);

  d->member = g_strdup (_sk_json_string (o, "member"));
  d->ground = g_strdup (_sk_json_string (o, "ground"));
  d->deputy = g_strdup (_sk_json_string (o, "deputy"));
  return d;
}

static gpointer
read_proposal (JsonObject *o)
{
  SkProposal *p = g_new0 (SkProposal, 1);

  p->id = g_strdup (_sk_json_string (o, "id"));
  p->by = g_strdup (_sk_json_string (o, "by"));
  p->text = g_strdup (_sk_json_string (o, "text"));
  return p;
}

static gpointer
read_vote (JsonObject *o)
{
  SkVote *v = g_new0 (SkVote, 1);

  _sk_vote_read (o, v);
  return v;
}

static gpointer
read_remark (JsonObject *o)
{
  SkRemark *m = g_new0 (SkRemark, 1);

  m->by = g_strdup (_sk_json_string (o, "by"));
  m->text = g_strdup (_sk_json_string (o, "text"));
  return m;
}

/* The objects of the array `name` of `extra`, each read with `read`, in a
 * new array freed with `free_func`; what is not an object is passed over. */
static GPtrArray *
read_objects (JsonObject     *extra,
              const char     *name,
              gpointer      (*read) (JsonObject *o),
              GDestroyNotify  free_func)
{
  GPtrArray *list = g_ptr_array_new_with_free_func (free_func);
  JsonArray *a = _sk_json_array (extra, name);

  for (guint i = 0; a != NULL && i < json_array_get_length (a); i++)
    {
      JsonObject *o = _sk_json_element (a, i);

      if (o != NULL)
        g_ptr_array_add (list, read (o));
    }
  return list;
}

SkItemRecord *
sk_item_get_record (const SkItem *item)
{
  SkItemRecord *r = g_new0 (SkItemRecord, 1);
  JsonObject *extra = item->extra;
  gint64 n;

  r->case_number = _sk_json_int (extra, "case_number", &n) && n > 0 && n < G_MAXINT ? (int) n : 0;
  r->orientation_series = g_strcmp0 (_sk_json_string (extra, "case_series"), "orientation") == 0;
  r->closed_basis = g_strdup (_sk_json_string (extra, "closed_basis"));
  r->disqualifications = read_objects (extra, "disqualifications", read_disqualification,
                                       (GDestroyNotify) disqualification_free);
  r->proposals = read_objects (extra, "proposals", read_proposal, (GDestroyNotify) proposal_free);
  r->votes = read_objects (extra, "votes", read_vote, (GDestroyNotify) vote_free);
  r->remarks = read_objects (extra, "remarks", read_remark, (GDestroyNotify) remark_free);
  return r;
}

const char *
sk_item_closed_basis (const SkItem *item)
{
  return _sk_json_string (item->extra, "closed_basis");
}

const char *
sk_attachment_closed_basis (const SkAttachment *a)
{
  return _sk_json_string (a->extra, "closed_basis");
}

gboolean
sk_vote_adopted (const SkVote *vote)
{
  if (vote->unanimous)
    return TRUE;
  if (vote->votes_for != vote->votes_against)
    return vote->votes_for > vote->votes_against;
  return vote->casting == SK_CASTING_FOR;
}

char *
sk_vote_describe (const SkVote *vote)
{
  gboolean adopted = sk_vote_adopted (vote);
  int winning = MAX (vote->votes_for, vote->votes_against);
  int losing = MIN (vote->votes_for, vote->votes_against);

  /* The noun goes with the number next to it: "5 mot 1 røyst", "1 røyst
   * for og 5 imot" (the plural chosen by the number it stands after) */
  if (vote->unanimous)
    return g_strdup (_("Adopted unanimously."));
  if (vote->votes_for == vote->votes_against && vote->casting == SK_CASTING_NONE)
    /* Translators: a tie in the minutes whose casting vote the record
     * does not give: "Likt røystetal, 3 mot 3; møteleiaren si
     * dobbeltrøyst er ikkje protokollført." */
    return g_strdup_printf (_("A tie, %d to %d; the chair's casting vote is not recorded."),
                            vote->votes_for, vote->votes_against);
  if (vote->votes_for == vote->votes_against)
    /* Translators: a tie in the minutes: "Vedteke med 3 mot 3 røyster, med møteleiaren si dobbeltrøyst." */
    return g_strdup_printf (adopted ? ngettext ("Adopted by %d votes to %d, with the chair's casting vote.",
                                                "Adopted by %d votes to %d, with the chair's casting vote.",
                                                vote->votes_against)
                                    : ngettext ("Rejected by %d votes to %d, with the chair's casting vote against.",
                                                "Rejected by %d votes to %d, with the chair's casting vote against.",
                                                vote->votes_against),
                            vote->votes_for, vote->votes_against);
  if (adopted)
    /* Translators: a vote in the minutes, "Vedteke med 5 mot 2 røyster.",
     * "Vedteke med 5 mot 1 røyst." (the number is the second one) */
    return g_strdup_printf (ngettext ("Adopted by %d votes to %d.", "Adopted by %d votes to %d.", losing),
                            winning, losing);
  /* Translators: a vote in the minutes: the votes for, then the votes
   * against, "Fall med 2 røyster for og 5 imot.", "Fall med 1 røyst for
   * og 5 imot." (the number is the first one) */
  return g_strdup_printf (ngettext ("Rejected: %d vote for, %d against.", "Rejected: %d votes for, %d against.",
                                    vote->votes_for),
                          vote->votes_for, vote->votes_against);
}

gboolean
sk_vote_parse (const char *text,
               SkVote     *vote)
{
  g_autofree char *t = g_utf8_casefold (text ? text : "", -1);
  g_autofree char *rest = NULL;
  char *end = NULL;
  guint64 a, b;

  g_strstrip (t);
  vote->unanimous = FALSE;
  vote->casting = SK_CASTING_NONE;
  /* "s" samrøystes (nn), "e" enstemmig (nb), "u" unanimous. */
  if (g_str_equal (t, "s") || g_str_equal (t, "e") || g_str_equal (t, "u") || g_str_equal (t, "=") ||
      g_str_has_prefix (t, "samr") || g_str_has_prefix (t, "enst") || g_str_has_prefix (t, "unan"))
    {
      vote->unanimous = TRUE;
      vote->votes_for = vote->votes_against = -1;
      return TRUE;
    }
  if (!g_ascii_isdigit (t[0]))
    return FALSE;
  a = g_ascii_strtoull (t, &end, 10);
  while (*end == ' ')
    end++;
  if (g_str_has_prefix (end, "–"))
    end += strlen ("–");
  else if (g_str_has_prefix (end, "mot"))
    end += 3;
  else if (*end == '-' || *end == ':' || *end == '/')
    end++;
  else
    return FALSE;
  while (*end == ' ')
    end++;
  if (!g_ascii_isdigit (*end))
    return FALSE;
  b = g_ascii_strtoull (end, &end, 10);
  if (*end != '\0' || a > 999 || b > 999)
    return FALSE;
  vote->votes_for = (int) a;
  vote->votes_against = (int) b;
  return TRUE;
}

char *
sk_case_number_format (const char *pattern,
                       int         number,
                       int         year)
{
  GString *out = g_string_new (NULL);

  /* Translators: the default pattern of a case number; keep {n} (the
   * number) and {yy} (the year's last two digits) or {yyyy} */
  if (pattern == NULL || *pattern == '\0')
    pattern = _("Item {n}/{yy}");
  for (const char *p = pattern; *p; p++)
    {
      if (g_str_has_prefix (p, "{n}"))
        {
          g_string_append_printf (out, "%d", number);
          p += 2;
        }
      else if (g_str_has_prefix (p, "{yyyy}"))
        {
          g_string_append_printf (out, "%04d", year);
          p += 5;
        }
      else if (g_str_has_prefix (p, "{yy}"))
        {
          g_string_append_printf (out, "%02d", year % 100);
          p += 3;
        }
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

char *
sk_item_case_number (SkProject       *project,
                     const SkMeeting *meeting,
                     const SkItem    *item)
{
  g_autoptr(SkItemRecord) record = sk_item_get_record (item);
  JsonObject *body;

  if (record->case_number == 0 || meeting->date == NULL || strlen (meeting->date) < 4)
    return NULL;
  /* Only the body's patterns, as _sk_body_read () reads them: a page
   * asks for the number of each of its cases. */
  body = body_object (project, meeting->body);
  if (record->orientation_series)
    {
      /* Translators: the default pattern of an orientation case's number
       * (orienteringssak), a series of its own; keep {n} and {yy} */
      const char *pattern = _sk_json_string (body, "orientation_pattern");

      return sk_case_number_format (pattern ? pattern : _("OS {n}/{yy}"), record->case_number, atoi (meeting->date));
    }
  return sk_case_number_format (_sk_json_string (body, "case_number_pattern"), record->case_number, atoi (meeting->date));
}

gboolean
sk_body_numbers_apart (const SkBody *body,
                       const SkItem *item)
{
  return body != NULL && body->orientation_pattern != NULL && item->kind == SK_ITEM_ORIENTATION;
}

gboolean
sk_rule_case_pattern_valid (const char *pattern)
{
  return pattern != NULL && strstr (pattern, "{n}") != NULL;
}

gboolean
sk_rule_vote_counts_valid (const SkVote *vote,
                           int           present)
{
  if (vote->unanimous)
    return TRUE;
  if (vote->votes_for < 0 || vote->votes_against < 0)
    return FALSE;
  return present < 0 || vote->votes_for + vote->votes_against <= present;
}

gboolean
sk_rule_casting_valid (const SkVote *vote)
{
  return vote->casting == SK_CASTING_NONE ||
         (!vote->unanimous && vote->votes_for == vote->votes_against);
}

gboolean
_sk_record_foreach_case (SkProject       *project,
                         const SkMeeting *meeting,
                         gboolean         orientation,
                         SkCaseFunc       func,
                         gpointer         data)
{
  GPtrArray *meetings = sk_project_get_meetings (project);

  for (guint i = 0; i < meetings->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (meetings, i);

      if (g_strcmp0 (m->body, meeting->body) != 0 || m->date == NULL || meeting->date == NULL ||
          strncmp (m->date, meeting->date, 4) != 0)
        continue;
      for (guint k = 0; k < m->items->len; k++)
        {
          SkItem *item = g_ptr_array_index (m->items, k);
          gboolean apart = g_strcmp0 (_sk_json_string (item->extra, "case_series"), "orientation") == 0;
          gint64 n;

          if (apart == orientation && _sk_json_int (item->extra, "case_number", &n) && !func (m, item, n, data))
            return FALSE;
        }
    }
  return TRUE;
}

typedef struct
{
  const SkItem *except;
  int           number;
  char         *where;
} Taken;

static gboolean
number_free_cb (const SkMeeting *m,
                const SkItem    *item,
                gint64           number,
                gpointer         data)
{
  Taken *taken = data;

  if (item == taken->except || number != taken->number)
    return TRUE;
  taken->where = g_strdup_printf ("%s/%s", m->id, item->id);
  return FALSE;
}

gboolean
sk_rule_case_number_free (SkProject        *project,
                          const SkMeeting  *meeting,
                          const SkItem     *except,
                          gboolean          orientation,
                          int               number,
                          char            **where)
{
  Taken taken = { except, number, NULL };

  if (_sk_record_foreach_case (project, meeting, orientation, number_free_cb, &taken))
    return TRUE;
  if (where)
    *where = g_steal_pointer (&taken.where);
  g_free (taken.where);
  return FALSE;
}
