/* sk-record.h — the board's formal record: its bodies' members and
 * deputies, a meeting's attendance, and per case the disqualifications,
 * the proposals and votes, the remarks, the case number and whether the
 * case is closed to the public (docs/format-extensions.md)
 *
 * The record lives in the members the file format adds ("bodies" at the
 * top, "attendance" on a meeting, "votes" … on an item); these functions
 * read it as plain structs, compute the quorum and the words of a vote,
 * and hold the rules that the file's check (sk_project_check ()) and the
 * edit functions (sk-edit-record.c) both ask.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-project.h"

G_BEGIN_DECLS

typedef enum
{
  SK_ROLE_CHAIR,       /* leiar */
  SK_ROLE_DEPUTY_CHAIR,/* nestleiar */
  SK_ROLE_MEMBER,      /* medlem */
} SkRole;

typedef struct
{
  char      *id;
  char      *name;
  char      *municipality;  /* municipality id, or NULL */
} SkDeputy;

typedef struct
{
  char      *id;
  char      *name;
  SkRole     role;
  char      *municipality;  /* municipality id, or NULL */
  GPtrArray *deputies;      /* of SkDeputy: personal deputies, in order */
} SkMember;

typedef struct
{
  char      *id;
  char      *name;          /* the meetings' "body" */
  char      *pattern;       /* case numbers, "PS {n}/{yyyy}", or NULL */
  char      *orientation_pattern; /* the orientation cases' own series, "OS {n}/{yy}", or NULL */
  GPtrArray *members;       /* of SkMember */
  GPtrArray *deputies;      /* of SkDeputy: numbered deputies, in order */
  char      *language;      /* its own written language ("nn", "nb", "en"), or NULL */
  /* private: id → SkMember, and id → SkDeputy (numbered first, then the
   * personal ones in order; the first of an id), as read */
  GHashTable *member_index;
  GHashTable *deputy_index;
} SkBody;

typedef struct
{
  char     *member;         /* a member's id */
  gboolean  present;        /* FALSE: absent with notice (forfall) */
  char     *deputy;         /* the deputy who attended for the member, or NULL */
  char     *arrived_from;   /* item id: who attended came at this case */
  char     *left_from;      /* item id: who attended had left before this case */
} SkAttendance;

typedef struct
{
  char *member;             /* the member (or deputy) disqualified */
  char *ground;             /* "fvl. § 6 første ledd bokstav a" */
  char *deputy;             /* the deputy who stepped in, or NULL */
} SkDisqualification;

typedef struct
{
  char *id;
  char *by;                 /* "Vik v/Kari Nordmann" */
  char *text;
} SkProposal;

typedef enum
{
  SK_CASTING_NONE,
  SK_CASTING_FOR,
  SK_CASTING_AGAINST,
} SkCasting;

typedef struct
{
  char      *proposal;      /* "prepared" (the item's proposal) or a proposal's id */
  gboolean   unanimous;
  int        votes_for;     /* -1 when unanimous */
  int        votes_against;
  SkCasting  casting;       /* the chair's casting vote on a tie */
} SkVote;

typedef struct
{
  char *by;
  char *text;
} SkRemark;

/* An item's record, read from its members. */
typedef struct
{
  int        case_number;   /* 0 when none */
  gboolean   orientation_series; /* numbered in the body's orientation series */
  char      *closed_basis;  /* legal basis of a case closed to the public, or NULL */
  GPtrArray *disqualifications; /* of SkDisqualification */
  GPtrArray *proposals;     /* of SkProposal */
  GPtrArray *votes;         /* of SkVote */
  GPtrArray *remarks;       /* of SkRemark */
} SkItemRecord;

#define SK_PROPOSAL_PREPARED "prepared"

/* How a meeting's minutes are approved. */
typedef enum
{
  SK_APPROVAL_NONE,           /* not said */
  SK_APPROVAL_NEXT_MEETING,   /* "godkjent i neste møte" */
  SK_APPROVAL_SIGNED,         /* signed by the members named */
} SkApproval;

void          sk_body_free          (SkBody        *body);
void          sk_vote_clear         (SkVote        *vote);
void          sk_item_record_free   (SkItemRecord  *record);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkBody, sk_body_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkItemRecord, sk_item_record_free)

const char   *sk_role_to_string     (SkRole         role);
gboolean      sk_role_from_string   (const char    *text,
                                     SkRole        *role);
const char   *sk_role_label         (SkRole         role);

/* The bodies (of SkBody*), in the file's order; free with
 * g_ptr_array_unref (). */
GPtrArray    *sk_project_get_bodies (SkProject     *project);
/* The body whose name (or id) is `name`, or NULL. */
SkBody       *sk_project_get_body   (SkProject     *project,
                                     const char    *name);
/* A member's or a deputy's name in `body`, or NULL. */
const char   *sk_body_person_name   (const SkBody  *body,
                                     const char    *id);
const SkMember *sk_body_find_member (const SkBody  *body,
                                     const char    *id);
/* Whether `id` is a deputy of `body`: a personal deputy of any member or
 * a numbered one. */
gboolean      sk_body_has_deputy    (const SkBody  *body,
                                     const char    *id);

/* A meeting's attendance (of SkAttendance*), empty when not recorded. */
GPtrArray    *sk_meeting_get_attendance (const SkMeeting *meeting);
void          sk_attendance_free    (SkAttendance  *a);
/* The member who chaired, or NULL. */
const char   *sk_meeting_get_chair  (const SkMeeting *meeting);
/* Who chairs when the chair is not there: the body's leader, or else its
 * deputy leader, whom `attendance` (SkAttendance) has present; NULL
 * when neither is. */
const char   *sk_body_present_leader (const SkBody *body,
                                      GPtrArray    *attendance);
/* Who the record says was not at the meeting, a set of ids (free with
 * g_hash_table_unref ()), or NULL without attendance: the members absent
 * with notice, and, as the attendance is recorded, the deputies who
 * neither attended for a member nor stepped in for one disqualified in
 * a case.  Such a one neither chaired nor signs the minutes. */
GHashTable   *sk_meeting_away       (const SkBody    *body,
                                     const SkMeeting *meeting);
const char   *sk_meeting_get_papers_sent (const SkMeeting *meeting);
/* How the meeting's minutes are approved; with SK_APPROVAL_SIGNED,
 * `signers` (may be NULL) receives the ids of who signs, in order. */
SkApproval    sk_meeting_get_approval (const SkMeeting *meeting,
                                       GStrv           *signers);
const char   *sk_approval_to_string (SkApproval     approval);
gboolean      sk_approval_from_string (const char  *text,
                                       SkApproval    *approval);

SkItemRecord *sk_item_get_record    (const SkItem  *item);
/* The legal basis that closes the item, or attachment `a`, to the
 * public, or NULL. */
const char   *sk_item_closed_basis  (const SkItem  *item);
const char   *sk_attachment_closed_basis (const SkAttachment *a);

/* Who counts in case `index` of `meeting`: present (or a deputy for
 * them) during the case and not disqualified, or the deputy who stepped
 * in for one disqualified (kommunelova § 11-9).  FALSE when the body has
 * no members or the meeting no attendance; else `present` and `members`
 * are set and `quorate` says whether at least half are there. */
gboolean      sk_record_quorum      (SkProject     *project,
                                     const SkMeeting *meeting,
                                     guint          index,
                                     int           *present,
                                     int           *members,
                                     gboolean      *quorate);

/* Whether `id` (a member, or a deputy) takes part in case `index`: is
 * counted in its quorum as sk_record_quorum () counts.  FALSE too when
 * the meeting has no attendance. */
gboolean      sk_record_takes_part  (SkProject     *project,
                                     const SkMeeting *meeting,
                                     guint          index,
                                     const char    *id);

/* Whether the vote adopts its proposal: unanimous, more for than
 * against, or a tie that the chair's casting vote decides for. */
gboolean      sk_vote_adopted       (const SkVote  *vote);
/* The vote in the record's words: "Samrøystes vedteke.", "Vedteke med 5
 * mot 2 røyster.", with the chair's casting vote on a tie. */
char         *sk_vote_describe      (const SkVote  *vote);
/* Reads a vote as it is typed in a meeting: "5-2", "5–2", "5 mot 2",
 * "5:2", or "s", "u", "=" for unanimous.  FALSE for anything else. */
gboolean      sk_vote_parse         (const char    *text,
                                     SkVote        *vote);

/* "Sak 12/25" by the body's pattern ("{n}", "{yy}", "{yyyy}"), or the
 * default "Sak {n}/{yy}" in the document's language. */
char         *sk_case_number_format (const char    *pattern,
                                     int            number,
                                     int            year);
/* Whether `item` is numbered in the orientation series of `body`: an
 * orientation case of a body with an orientation_pattern. */
gboolean      sk_body_numbers_apart (const SkBody  *body,
                                     const SkItem  *item);
/* The item's case number as the papers write it, or NULL without one. */
char         *sk_item_case_number   (SkProject     *project,
                                     const SkMeeting *meeting,
                                     const SkItem  *item);

/* The rules, asked by the file's check and by the edits. */
gboolean      sk_rule_case_pattern_valid (const char *pattern);
gboolean      sk_rule_vote_counts_valid  (const SkVote *vote,
                                          int           present);
gboolean      sk_rule_casting_valid      (const SkVote *vote);
/* Whether case number `number` is free in the body, year and series
 * (the orientation series or the main one) of `meeting`, but for the
 * item `except` (may be NULL); `where` receives "meeting/item" of the
 * one that has it. */
gboolean      sk_rule_case_number_free   (SkProject       *project,
                                          const SkMeeting *meeting,
                                          const SkItem    *except,
                                          gboolean         orientation,
                                          int              number,
                                          char           **where);

/* The checks of the record, for sk_project_check (). */
void          _sk_record_check      (SkProject     *project,
                                     GPtrArray     *problems);

G_END_DECLS
