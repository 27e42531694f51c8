/* test-record.c — the board's formal record in the core: the quorum with
 * deputies and disqualifications, votes and the chair's casting vote,
 * keyboard entry of a vote, stable case numbers, the rules (refused by
 * the edits as by the file's check), undo, and the document language
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "sk-doc-language.h"
#include "sk-edit.h"
#include "sk-edit-record.h"
#include "sk-format.h"
#include "sk-ical.h"
#include "sk-project.h"
#include "sk-record.h"

/* A board of five: a chair, a deputy chair, three members; personal
 * deputies for two, one numbered deputy; a meeting of three cases. */
static const char board[] =
  "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"language\":\"nn\","
  "\"municipalities\":[{\"id\":\"a\",\"name\":\"Aurland\"},{\"id\":\"v\",\"name\":\"Vik\"}],"
  "\"bodies\":[{\"id\":\"styret\",\"name\":\"Styret\",\"case_number_pattern\":\"PS {n}/{yyyy}\","
  " \"members\":["
  "  {\"id\":\"anne\",\"name\":\"Anne\",\"role\":\"leiar\",\"municipality\":\"a\","
  "   \"deputies\":[{\"id\":\"dag\",\"name\":\"Dag\"}]},"
  "  {\"id\":\"bjorn\",\"name\":\"Bjørn\",\"role\":\"nestleiar\",\"municipality\":\"v\","
  "   \"deputies\":[{\"id\":\"eva\",\"name\":\"Eva\"}]},"
  "  {\"id\":\"cato\",\"name\":\"Cato\",\"role\":\"medlem\"},"
  "  {\"id\":\"dina\",\"name\":\"Dina\",\"role\":\"medlem\"},"
  "  {\"id\":\"erik\",\"name\":\"Erik\",\"role\":\"medlem\"}],"
  " \"deputies\":[{\"id\":\"vara1\",\"name\":\"Fredrik\"}]}],"
  "\"meetings\":[{\"id\":\"m\",\"body\":\"Styret\",\"date\":\"2025-11-03\",%s\"items\":["
  " {\"id\":\"i1\",\"title\":\"Ein\",\"kind\":\"decision\",\"proposal\":\"P1\"%s},"
  " {\"id\":\"i2\",\"title\":\"To\",\"kind\":\"decision\",\"proposal\":\"P2\"%s},"
  " {\"id\":\"i3\",\"title\":\"Tre\",\"kind\":\"decision\",\"proposal\":\"P3\"%s}]},"
  " {\"id\":\"n\",\"body\":\"Styret\",\"date\":\"2025-12-01\",\"items\":["
  " {\"id\":\"j1\",\"title\":\"Fire\",\"kind\":\"decision\"},"
  " {\"id\":\"j2\",\"title\":\"Fem\",\"kind\":\"decision\"}]}]}";

/* Anne and Bjørn there; Cato away, Eva not his deputy but numbered vara1
 * for him; Dina away without a deputy; Erik leaves before case 3. */
static const char attendance[] =
  "\"attendance\":[{\"member\":\"anne\",\"status\":\"present\"},"
  "{\"member\":\"bjorn\",\"status\":\"present\"},"
  "{\"member\":\"cato\",\"status\":\"absent\",\"deputy\":\"vara1\"},"
  "{\"member\":\"dina\",\"status\":\"absent\"},"
  "{\"member\":\"erik\",\"status\":\"present\",\"left_from\":\"i3\"}],";

static SkProject *
project_with (const char  *meeting,
              const char  *i1,
              const char  *i2,
              const char  *i3,
              GPtrArray  **problems)
{
  g_autofree char *text = g_strdup_printf (board, meeting, i1, i2, i3);
  g_autoptr(GError) error = NULL;
  SkProject *project = sk_project_new_from_data (text, strlen (text), problems, &error);

  if (problems == NULL)
    g_assert_no_error (error);
  return project;
}

static void
assert_quorum (SkProject  *project,
               guint       index,
               int         want_present,
               gboolean    want_quorate)
{
  SkMeeting *m = sk_project_find_meeting (project, "m");
  int present = -1, members = -1;
  gboolean quorate = !want_quorate;

  g_assert_true (sk_record_quorum (project, m, index, &present, &members, &quorate));
  g_assert_cmpint (members, ==, 5);
  g_assert_cmpint (present, ==, want_present);
  g_assert_cmpint (quorate, ==, want_quorate);
}

static void
test_quorum (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkProject) none = project_with ("", "", "", "", NULL);
  g_autoptr(GError) error = NULL;
  int present, members;
  gboolean quorate;

  /* Anne, Bjørn, vara1 for Cato, Erik: 4 of 5 */
  assert_quorum (p, 0, 4, TRUE);
  /* Erik has left before case 3 */
  assert_quorum (p, 2, 3, TRUE);
  /* Anne disqualified without a deputy: 3 of 5 */
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i1", "anne", "fvl. § 6 første ledd bokstav a",
                                               NULL, &error));
  g_assert_no_error (error);
  assert_quorum (p, 0, 3, TRUE);
  /* … and in case 3, where Erik has left: 2 of 5, no quorum */
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i3", "anne", "fvl. § 6 andre ledd", NULL, &error));
  assert_quorum (p, 2, 2, FALSE);
  /* Her deputy Dag steps in: he counts */
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i3", "anne", "fvl. § 6 andre ledd", "dag", &error));
  g_assert_no_error (error);
  assert_quorum (p, 2, 3, TRUE);
  /* The deputy who attended for Cato disqualified: he does not count */
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i2", "vara1", "fvl. § 6 første ledd bokstav b",
                                               NULL, &error));
  assert_quorum (p, 1, 3, TRUE);
  /* Case 2 stays as it was */
  assert_quorum (p, 0, 3, TRUE);
  /* Without attendance nothing is known */
  g_assert_false (sk_record_quorum (none, sk_project_find_meeting (none, "m"), 0, &present, &members, &quorate));
}

static void
test_vote_parse (void)
{
  const struct { const char *text; gboolean ok; gboolean unanimous; int f, a; } cases[] = {
    { "5-2", TRUE, FALSE, 5, 2 }, { "5–2", TRUE, FALSE, 5, 2 }, { " 5 - 2 ", TRUE, FALSE, 5, 2 },
    { "5 mot 2", TRUE, FALSE, 5, 2 }, { "12:0", TRUE, FALSE, 12, 0 }, { "3/3", TRUE, FALSE, 3, 3 },
    { "s", TRUE, TRUE, -1, -1 }, { "Samrøystes", TRUE, TRUE, -1, -1 }, { "=", TRUE, TRUE, -1, -1 },
    { "E", TRUE, TRUE, -1, -1 }, { "enstemmig", TRUE, TRUE, -1, -1 },
    { "5-", FALSE }, { "-2", FALSE }, { "x", FALSE }, { "5-2-1", FALSE }, { "", FALSE }, { "52", FALSE },
    { "5000-1", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      SkVote vote = { 0 };

      g_test_message ("%s", cases[i].text);
      g_assert_cmpint (sk_vote_parse (cases[i].text, &vote), ==, cases[i].ok);
      if (!cases[i].ok)
        continue;
      g_assert_cmpint (vote.unanimous, ==, cases[i].unanimous);
      g_assert_cmpint (vote.votes_for, ==, cases[i].f);
      g_assert_cmpint (vote.votes_against, ==, cases[i].a);
    }
}

static void
test_casting_vote (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(GError) error = NULL;
  SkVote tie = { .proposal = (char *) SK_PROPOSAL_PREPARED, .votes_for = 2, .votes_against = 2 };
  SkVote win = { .proposal = (char *) SK_PROPOSAL_PREPARED, .votes_for = 3, .votes_against = 1 };
  SkVote lose = { .proposal = (char *) SK_PROPOSAL_PREPARED, .votes_for = 1, .votes_against = 3 };
  SkVote all = { .proposal = (char *) SK_PROPOSAL_PREPARED, .unanimous = TRUE, .votes_for = -1, .votes_against = -1 };
  g_autofree char *text = NULL;

  /* A tie falls without the chair's casting vote, and goes as it goes */
  g_assert_false (sk_vote_adopted (&tie));
  tie.casting = SK_CASTING_FOR;
  g_assert_true (sk_vote_adopted (&tie));
  tie.casting = SK_CASTING_AGAINST;
  g_assert_false (sk_vote_adopted (&tie));
  g_assert_true (sk_vote_adopted (&win));
  g_assert_false (sk_vote_adopted (&lose));
  g_assert_true (sk_vote_adopted (&all));

  /* The minutes' words, in the board's Nynorsk */
  sk_doc_language_push ("nn");
  text = sk_vote_describe (&win);
  g_assert_cmpstr (text, ==, "Vedteke med 3 mot 1 røyst.");
  g_free (text);
  text = sk_vote_describe (&lose);
  g_assert_cmpstr (text, ==, "Fall med 1 røyst for og 3 imot.");
  g_free (text);
  /* A tie whose casting vote is not in the record is said to be so, not
   * told as a casting vote against */
  text = sk_vote_describe (&tie);
  g_assert_cmpstr (text, ==, "Fall med 2 mot 2 røyster, med møteleiaren si dobbeltrøyst imot.");
  g_free (text);
  tie.casting = SK_CASTING_NONE;
  text = sk_vote_describe (&tie);
  g_assert_cmpstr (text, ==, "Likt røystetal, 2 mot 2; møteleiaren si dobbeltrøyst er ikkje protokollført.");
  g_free (text);
  {
    SkVote five_two = { .votes_for = 5, .votes_against = 2 };
    SkVote two_five = { .votes_for = 2, .votes_against = 5 };

    text = sk_vote_describe (&five_two);
    g_assert_cmpstr (text, ==, "Vedteke med 5 mot 2 røyster.");
    g_free (text);
    text = sk_vote_describe (&two_five);
    g_assert_cmpstr (text, ==, "Fall med 2 røyster for og 5 imot.");
    g_free (text);
    sk_doc_language_push ("nb");
    text = sk_vote_describe (&win);
    g_assert_cmpstr (text, ==, "Vedtatt med 3 mot 1 stemme.");
    g_free (text);
    text = sk_vote_describe (&five_two);
    g_assert_cmpstr (text, ==, "Vedtatt med 5 mot 2 stemmer.");
    g_free (text);
    text = sk_vote_describe (&tie);
    g_assert_cmpstr (text, ==, "Stemmelikhet, 2 mot 2; møtelederens dobbeltstemme er ikke protokollført.");
    g_free (text);
    sk_doc_language_pop ();
  }
  text = sk_vote_describe (&all);
  g_assert_cmpstr (text, ==, "Samrøystes vedteke.");
  g_free (text);
  tie.casting = SK_CASTING_FOR;
  text = sk_vote_describe (&tie);
  g_assert_cmpstr (text, ==, "Vedteke med 2 mot 2 røyster, med møteleiaren si dobbeltrøyst.");
  sk_doc_language_pop ();

  /* Recorded: a casting vote without a tie is refused, with one it is kept */
  win.casting = SK_CASTING_FOR;
  g_assert_false (sk_edit_record_vote (NULL, p, "m", "i1", &win, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (sk_edit_record_vote (NULL, p, "m", "i1", &tie, &error));
  g_assert_no_error (error);
  {
    g_autoptr(SkItemRecord) r = sk_item_get_record (g_ptr_array_index (sk_project_find_meeting (p, "m")->items, 0));
    SkVote *v = g_ptr_array_index (r->votes, 0);

    g_assert_cmpuint (r->votes->len, ==, 1);
    g_assert_cmpint (v->casting, ==, SK_CASTING_FOR);
    g_assert_true (sk_vote_adopted (v));
  }
}

static char *
case_number (SkProject  *p,
             const char *meeting_id,
             guint       index)
{
  SkMeeting *m = sk_project_find_meeting (p, meeting_id);

  return sk_item_case_number (p, m, g_ptr_array_index (m->items, index));
}

static void
test_case_numbers (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL;

  g_assert_null (case_number (p, "m", 0));
  g_assert_true (sk_edit_mark_papers_sent (history, p, "m", "2025-10-24", &error));
  g_assert_no_error (error);
  a = case_number (p, "m", 0);
  g_assert_cmpstr (a, ==, "PS 1/2025");
  /* The next meeting of the body that year goes on from there */
  g_assert_true (sk_edit_mark_papers_sent (history, p, "n", "2025-11-20", &error));
  b = case_number (p, "n", 1);
  g_assert_cmpstr (b, ==, "PS 5/2025");
  /* Moving a case keeps its number; sending again gives no new ones */
  before = sk_project_to_data (p, NULL);
  g_assert_true (sk_edit_move_item (history, p, "m", "i1", 2, &error));
  c = case_number (p, "m", 2);
  g_assert_cmpstr (c, ==, "PS 1/2025");
  d = case_number (p, "m", 0);
  g_assert_cmpstr (d, ==, "PS 2/2025");
  g_assert_true (sk_edit_mark_papers_sent (history, p, "m", "2025-10-24", &error));
  g_clear_pointer (&d, g_free);
  d = case_number (p, "m", 0);
  g_assert_cmpstr (d, ==, "PS 2/2025");
  /* Undone, the file is as before; undone again, no numbers */
  g_assert_true (sk_history_undo (history));
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_undo (history));
  g_clear_pointer (&a, g_free);
  a = case_number (p, "m", 0);
  g_assert_null (a);
}

/* Case numbers run on from the highest of the body and year: a number
 * left free by a case taken away, or below numbers given by hand, is not
 * given again; the next year starts at 1. */
static void
test_case_numbers_run_on (void)
{
  g_autoptr(SkProject) p = project_with (attendance, ",\"case_number\":41", ",\"case_number\":43", "", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  /* Case 3 of the meeting gets 44, not 1 */
  g_assert_true (sk_edit_mark_papers_sent (NULL, p, "m", "2025-10-24", &error));
  g_assert_no_error (error);
  a = case_number (p, "m", 2);
  g_assert_cmpstr (a, ==, "PS 44/2025");
  /* The next meeting goes on from 44, past the gap at 42 */
  g_assert_true (sk_edit_mark_papers_sent (NULL, p, "n", "2025-11-20", &error));
  b = case_number (p, "n", 0);
  c = case_number (p, "n", 1);
  g_assert_cmpstr (b, ==, "PS 45/2025");
  g_assert_cmpstr (c, ==, "PS 46/2025");
  g_assert_true (sk_rule_case_number_free (p, sk_project_find_meeting (p, "m"), NULL, FALSE, 42, NULL));
}

/* The next meeting in January, its papers sent in December: the new
 * year's series starts at 1, whatever the old year reached. */
static void
test_case_numbers_new_year (void)
{
  g_autofree char *text = g_strdup_printf (board, attendance, ",\"case_number\":41", "", "");
  g_auto(GStrv) parts = g_strsplit (text, "2025-12-01", 2);
  g_autofree char *january = g_strjoinv ("2026-01-12", parts);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) p = sk_project_new_from_data (january, strlen (january), NULL, &error);
  g_autofree char *a = NULL, *b = NULL, *c = NULL;

  g_assert_no_error (error);
  g_assert_true (sk_edit_mark_papers_sent (NULL, p, "m", "2025-10-24", &error));
  g_assert_true (sk_edit_mark_papers_sent (NULL, p, "n", "2025-12-20", &error));
  g_assert_no_error (error);
  a = case_number (p, "m", 2);
  b = case_number (p, "n", 0);
  c = case_number (p, "n", 1);
  g_assert_cmpstr (a, ==, "PS 43/2025");
  g_assert_cmpstr (b, ==, "PS 1/2026");
  g_assert_cmpstr (c, ==, "PS 2/2026");
}

/* With an orientation pattern, the body's orientation cases get numbers
 * of their own series, kept apart from the main one in the rule too. */
static void
test_orientation_series (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *text = NULL;
  g_autoptr(SkProject) again = NULL;
  SkMeeting *m = sk_project_find_meeting (p, "m");

  g_assert_false (sk_edit_set_orientation_pattern (history, p, "styret", "OS/{yy}", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_edit_set_orientation_pattern (history, p, "nobody", "OS {n}/{yy}", &error));
  g_clear_error (&error);
  g_assert_true (sk_edit_set_orientation_pattern (history, p, "styret", "OS {n}/{yy}", &error));
  g_assert_no_error (error);
  g_assert_true (sk_edit_set_item_kind (history, p, "m", "i2", SK_ITEM_ORIENTATION, &error));
  g_assert_true (sk_edit_mark_papers_sent (history, p, "m", "2025-10-24", &error));
  g_assert_no_error (error);
  a = case_number (p, "m", 0);
  b = case_number (p, "m", 1);
  c = case_number (p, "m", 2);
  g_assert_cmpstr (a, ==, "PS 1/2025");
  g_assert_cmpstr (b, ==, "OS 1/25");
  g_assert_cmpstr (c, ==, "PS 2/2025");
  /* Number 1 is taken in each series, 3 in neither */
  g_assert_false (sk_rule_case_number_free (p, m, NULL, FALSE, 1, NULL));
  g_assert_false (sk_rule_case_number_free (p, m, NULL, TRUE, 1, NULL));
  g_assert_true (sk_rule_case_number_free (p, m, NULL, TRUE, 2, NULL));
  /* Saved and read again: two items numbered 1 are no problem */
  text = sk_project_to_data (p, NULL);
  again = sk_project_new_from_data (text, strlen (text), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (again);
  /* Undone, no numbers; undone again, one series */
  g_assert_true (sk_history_undo (history));
  g_clear_pointer (&a, g_free);
  a = case_number (p, "m", 1);
  g_assert_null (a);
}

/* The minutes are approved in the next meeting or signed by members of
 * the body; a signer who is not one, or nobody to sign, is refused. */
static void
test_approval (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) signers = NULL;
  const char *two[] = { "anne", "vara1", NULL };
  const char *stranger[] = { "anne", "nobody", NULL };
  const char *twice[] = { "anne", "anne", NULL };
  const char *none[] = { NULL };
  SkMeeting *m = sk_project_find_meeting (p, "m");

  g_assert_cmpint (sk_meeting_get_approval (m, &signers), ==, SK_APPROVAL_NONE);
  g_assert_null (signers);
  g_assert_true (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, two, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sk_meeting_get_approval (m, &signers), ==, SK_APPROVAL_SIGNED);
  g_assert_cmpstrv (signers, two);
  g_clear_pointer (&signers, g_strfreev);
  g_assert_false (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, stranger, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "nobody"));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, twice, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, none, &error));
  g_clear_error (&error);
  /* Refused, nothing changed */
  g_assert_cmpint (sk_meeting_get_approval (m, &signers), ==, SK_APPROVAL_SIGNED);
  g_assert_cmpstrv (signers, two);
  g_clear_pointer (&signers, g_strfreev);
  g_assert_true (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_NEXT_MEETING, NULL, &error));
  g_assert_cmpint (sk_meeting_get_approval (m, &signers), ==, SK_APPROVAL_NEXT_MEETING);
  g_assert_null (signers);
  g_assert_true (sk_history_undo (history));
  g_assert_cmpint (sk_meeting_get_approval (m, NULL), ==, SK_APPROVAL_SIGNED);
  g_assert_true (sk_history_undo (history));
  g_assert_cmpint (sk_meeting_get_approval (m, NULL), ==, SK_APPROVAL_NONE);
  g_assert_true (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_NONE, NULL, &error));
  g_assert_no_error (error);
}

/* Each bad value is a problem of the file at its JSON path, and the edit
 * that would make it is refused and changes nothing. */
static void
test_rules (void)
{
  const struct { const char *meeting, *i1, *i2; const char *path; } files[] = {
    /* 4 present in case 1; 4 + 2 vote */
    { attendance, ",\"votes\":[{\"proposal\":\"prepared\",\"for\":4,\"against\":2}]", "",
      "$.meetings[0].items[0].votes[0].for" },
    /* No attendance recorded: still no more than the body's 5 members */
    { "", ",\"votes\":[{\"proposal\":\"prepared\",\"for\":4,\"against\":2}]", "",
      "$.meetings[0].items[0].votes[0].for" },
    { "\"attendance\":[{\"member\":\"nobody\",\"status\":\"present\"}],", "", "",
      "$.meetings[0].attendance[0].member" },
    { attendance, ",\"disqualifications\":[{\"member\":\"nobody\",\"ground\":\"fvl. § 6\"}]", "",
      "$.meetings[0].items[0].disqualifications[0].member" },
    { attendance, ",\"case_number\":3", ",\"case_number\":3", "$.meetings[0].items[1].case_number" },
    { attendance, ",\"votes\":[{\"proposal\":\"prepared\",\"for\":2,\"against\":1,\"casting\":\"for\"}]", "",
      "$.meetings[0].items[0].votes[0].casting" },
    { attendance, ",\"votes\":[{\"proposal\":\"nope\",\"unanimous\":true}]", "",
      "$.meetings[0].items[0].votes[0].proposal" },
    { "\"attendance\":[{\"member\":\"anne\",\"status\":\"present\",\"deputy\":\"cato\"}],", "", "",
      "$.meetings[0].attendance[0].deputy" },
    /* One person, one seat: vara1 attends for Cato and for Dina … */
    { "\"attendance\":[{\"member\":\"cato\",\"status\":\"absent\",\"deputy\":\"vara1\"},"
      "{\"member\":\"dina\",\"status\":\"absent\",\"deputy\":\"vara1\"}],", "", "",
      "$.meetings[0].attendance[1].deputy" },
    /* … steps in for Anne while attending for Cato … */
    { attendance, ",\"disqualifications\":[{\"member\":\"anne\",\"ground\":\"fvl. § 6\",\"deputy\":\"vara1\"}]", "",
      "$.meetings[0].items[0].disqualifications[0].deputy" },
    /* … or Dag steps in for Anne and for Bjørn in one case */
    { attendance, ",\"disqualifications\":[{\"member\":\"anne\",\"ground\":\"fvl. § 6\",\"deputy\":\"dag\"},"
      "{\"member\":\"bjorn\",\"ground\":\"fvl. § 6\",\"deputy\":\"dag\"}]", "",
      "$.meetings[0].items[0].disqualifications[1].deputy" },
    { attendance, ",\"closed_basis\":\"\"", "", "$.meetings[0].items[0].closed_basis" },
    { attendance, ",\"case_number\":3,\"case_series\":\"info\"", "", "$.meetings[0].items[0].case_series" },
    { "\"minutes_approval\":{\"method\":\"sometime\"},", "", "", "$.meetings[0].minutes_approval.method" },
    { "\"minutes_approval\":\"signed\",", "", "", "$.meetings[0].minutes_approval" },
    { "\"minutes_approval\":{\"method\":\"signed\",\"signers\":[\"anne\",\"nobody\"]},", "", "",
      "$.meetings[0].minutes_approval.signers[1]" },
    { "\"minutes_approval\":{\"method\":\"signed\",\"signers\":[\"anne\",\"anne\"]},", "", "",
      "$.meetings[0].minutes_approval.signers[1]" },
    { "\"minutes_approval\":{\"method\":\"signed\",\"signers\":[]},", "", "",
      "$.meetings[0].minutes_approval.signers" },
    { "\"minutes_approval\":{\"method\":\"next-meeting\",\"signers\":[\"anne\"]},", "", "",
      "$.meetings[0].minutes_approval.signers" },
  };
  g_autoptr(SkProject) p = project_with (attendance, "", ",\"case_number\":3", "", NULL);
  g_autofree char *before = sk_project_to_data (p, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  SkVote too_many = { .proposal = (char *) SK_PROPOSAL_PREPARED, .votes_for = 4, .votes_against = 2 };
  SkVote fits = { .proposal = (char *) SK_PROPOSAL_PREPARED, .votes_for = 3, .votes_against = 1 };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(SkProject) bad = project_with (files[i].meeting, files[i].i1, files[i].i2, "", &problems);

      g_test_message ("%s", files[i].path);
      g_assert_null (bad);
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, >=, 1);
      g_assert_cmpstr (((SkProblem *) g_ptr_array_index (problems, 0))->path, ==, files[i].path);
    }

  g_assert_false (sk_edit_record_vote (NULL, p, "m", "i1", &too_many, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  {
    g_autoptr(SkProject) unknown = project_with ("", "", "", "", NULL);
    SkVote all_five = { .proposal = (char *) SK_PROPOSAL_PREPARED, .votes_for = 3, .votes_against = 2 };

    g_assert_false (sk_edit_record_vote (NULL, unknown, "m", "i1", &too_many, &error));
    g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "more than the 5 members of Styret"));
    g_assert_null (strstr (error->message, "$."));
    g_clear_error (&error);
    g_assert_true (sk_edit_record_vote (NULL, unknown, "m", "i1", &all_five, &error));
    g_assert_no_error (error);
  }
  g_assert_false (sk_edit_set_attendance (NULL, p, "m", "nobody", TRUE, NULL, NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_attendance (NULL, p, "m", "anne", FALSE, "cato", NULL, NULL, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_disqualification (NULL, p, "m", "i1", "nobody", "fvl. § 6", NULL, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_disqualification (NULL, p, "m", "i1", "anne", "", NULL, &error));
  g_clear_error (&error);
  /* vara1 attends for Cato: not also for Dina, nor in Anne's place */
  g_assert_false (sk_edit_set_attendance (NULL, p, "m", "dina", FALSE, "vara1", NULL, NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (sk_edit_set_disqualification (NULL, p, "m", "i1", "anne", "fvl. § 6", "vara1", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  /* The message names the case: the attendance is edited for the whole
   * meeting, with no case in sight. */
  g_assert_nonnull (strstr (error->message, "already holds a seat at “Ein”"));
  g_assert_null (strstr (error->message, "$."));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_document_language (NULL, p, "sv", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_body (NULL, p, "styret", "Styret", "PS/{yyyy}", NULL, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_body_member (NULL, p, "styret", "eva", "Eva", SK_ROLE_MEMBER, NULL, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_remove_body_member (NULL, p, "styret", "anne", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_item_closed (NULL, p, "m", "i1", "", &error));
  g_clear_error (&error);
  /* A second body by the same name */
  g_assert_false (sk_edit_set_body (NULL, p, "au", "Styret", NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Two bodies are called “Styret”"));
  g_assert_null (strstr (error->message, "$."));
  g_clear_error (&error);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
  /* What fits is taken */
  g_assert_true (sk_edit_record_vote (NULL, p, "m", "i1", &fits, &error));
  g_assert_no_error (error);

  /* Other edits that would break the record are refused: the vote of
   * 3-1 needs four present in case 1, the prepared proposal, the item
   * Erik left at, and the members of the body. */
  g_clear_pointer (&before, g_free);
  before = sk_project_to_data (p, NULL);
  g_assert_false (sk_edit_set_attendance (NULL, p, "m", "anne", FALSE, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "more than the 3 present at “Ein”"));
  g_assert_null (strstr (error->message, "$."));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_disqualification (NULL, p, "m", "i1", "bjorn", "fvl. § 6", NULL, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_move_item (NULL, p, "m", "i1", 2, &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_item_field (NULL, p, "m", "i1", SK_ITEM_FIELD_PROPOSAL, "", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_remove_item (NULL, p, "m", "i3", &error));
  g_assert_nonnull (strstr (error->message, "who arrived or left"));
  g_assert_null (strstr (error->message, "$."));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_meeting_field (NULL, p, "m", SK_MEETING_FIELD_BODY, "Arbeidsutvalet", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_remove_municipality (NULL, p, "a", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
  /* With a deputy who steps in, the disqualification keeps four there */
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i1", "bjorn", "fvl. § 6", "eva", &error));
  g_assert_no_error (error);
}

/* Every edit of the record is one step of undo, and undone the file is
 * as it was, to the byte; redone, as it was after. */
static void
test_undo (void)
{
  g_autoptr(SkProject) p = project_with ("", "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *id = NULL;
  SkVote vote = { .proposal = NULL, .votes_for = 4, .votes_against = 0 };
  guint steps;

  g_ptr_array_add (states, sk_project_to_data (p, NULL));
#define STEP(call) G_STMT_START { g_assert_true (call); g_assert_no_error (error); \
                                   g_ptr_array_add (states, sk_project_to_data (p, NULL)); } G_STMT_END
  STEP (sk_edit_set_document_language (history, p, "nb", &error));
  STEP (sk_edit_set_body (history, p, "au", "Arbeidsutvalet", NULL, "nn", &error));
  STEP (sk_edit_set_body_member (history, p, "au", "kari", "Kari", SK_ROLE_CHAIR, "v", &error));
  STEP (sk_edit_set_deputy (history, p, "styret", "cato", "gro", "Gro", NULL, &error));
  STEP (sk_edit_set_attendance (history, p, "m", "anne", TRUE, NULL, NULL, NULL, &error));
  STEP (sk_edit_set_attendance (history, p, "m", "bjorn", TRUE, NULL, "i2", NULL, &error));
  STEP (sk_edit_set_attendance (history, p, "m", "cato", FALSE, "gro", NULL, NULL, &error));
  STEP (sk_edit_set_attendance (history, p, "m", "dina", TRUE, NULL, NULL, NULL, &error));
  STEP (sk_edit_set_chair (history, p, "m", "anne", &error));
  STEP (sk_edit_add_proposal (history, p, "m", "i2", "Vik v/Bjørn", "Saka vert utsett.", &id, &error));
  vote.proposal = id;
  STEP (sk_edit_record_vote (history, p, "m", "i2", &vote, &error));
  STEP (sk_edit_add_remark (history, p, "m", "i2", "Bjørn", "Eg ønskjer protokollført …", &error));
  STEP (sk_edit_set_disqualification (history, p, "m", "i3", "dina", "fvl. § 6 første ledd bokstav a", "vara1", &error));
  STEP (sk_edit_mark_papers_sent (history, p, "m", "2025-10-20", &error));
  STEP (sk_edit_set_item_closed (history, p, "m", "i3", "offl. § 13, jf. fvl. § 13", &error));
  STEP (sk_edit_remove_proposal (history, p, "m", "i2", id, &error));
#undef STEP
  steps = states->len - 1;
  /* Each was a step that changed the file */
  for (guint i = 1; i <= steps; i++)
    g_assert_cmpstr (g_ptr_array_index (states, i - 1), !=, g_ptr_array_index (states, i));
  for (guint i = steps; i > 0; i--)
    {
      g_autofree char *now = NULL;

      g_assert_true (sk_history_undo (history));
      now = sk_project_to_data (p, NULL);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i - 1));
    }
  for (guint i = 1; i <= steps; i++)
    {
      g_autofree char *now = NULL;

      g_assert_true (sk_history_redo (history));
      now = sk_project_to_data (p, NULL);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i));
    }
  /* And the file it wrote reads back without a problem */
  {
    g_autofree char *text = sk_project_to_data (p, NULL);
    g_autoptr(GPtrArray) problems = NULL;
    g_autoptr(SkProject) again = sk_project_new_from_data (text, strlen (text), &problems, &error);

    g_assert_no_error (error);
    g_assert_nonnull (again);
  }
}

/* Numbers, dates and words in the document's language, whatever the
 * process's locale and LANGUAGE say; pushes nest, and a pop gives the
 * interface's language back. */
static void
test_document_language (void)
{
  GDate date;
  g_autofree char *kr_nn = NULL, *kr_en = NULL, *date_nn = NULL, *date_en = NULL, *kr_ui = NULL;
  g_autofree char *number = NULL;

  g_setenv ("LANGUAGE", "en", TRUE);
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_NOVEMBER, 2025);
  sk_doc_language_push ("nn");
  kr_nn = sk_format_kr (1850000);
  date_nn = sk_format_date ("2025-11-03");
  g_assert_cmpstr (sk_doc_language_current (), ==, "nn");
  sk_doc_language_push ("en");
  kr_en = sk_format_kr (1850000);
  date_en = sk_format_date ("2025-11-03");
  sk_doc_language_pop ();
  g_assert_cmpstr (sk_doc_language_current (), ==, "nn");
  number = sk_case_number_format (NULL, 12, 2025);
  g_assert_cmpstr (number, ==, "Sak 12/25");
  sk_doc_language_pop ();
  g_assert_null (sk_doc_language_current ());
  kr_ui = sk_format_kr (1850000);
  g_assert_cmpstr (kr_nn, ==, "1\u00a0850\u00a0000\u00a0kr");
  g_assert_cmpstr (date_nn, ==, "3.\u00a0november 2025");
  g_assert_cmpstr (kr_en, ==, "1,850,000 kr");
  g_assert_cmpstr (date_en, ==, "3 November 2025");
  /* The interface's (C.UTF-8, English) again */
  g_assert_cmpstr (kr_ui, ==, "1850000 kr");
  /* The override outranks what is pushed */
  sk_doc_language_set_override ("nb");
  sk_doc_language_push ("nn");
  g_assert_cmpstr (sk_doc_language_current (), ==, "nb");
  g_assert_cmpstr (sk_pgettext ("board role\004Deputy leader", strlen ("board role") + 1), ==, "Nestleder");
  sk_doc_language_pop ();
  sk_doc_language_set_override (NULL);
  g_unsetenv ("LANGUAGE");
}

/* The bodies as a list, each with its own written language (none: it
 * follows the project's); a second body, and an edit of the language,
 * are in it at once. */
static void
test_bodies_list (void)
{
  g_autoptr(SkProject) project = project_with ("", "", "", "", NULL);
  g_autoptr(GPtrArray) before = sk_project_get_bodies (project);
  g_autoptr(GPtrArray) after = NULL;
  g_autoptr(GError) error = NULL;
  SkBody *body;

  g_assert_cmpuint (before->len, ==, 1);
  body = g_ptr_array_index (before, 0);
  g_assert_cmpstr (body->id, ==, "styret");
  g_assert_cmpstr (body->pattern, ==, "PS {n}/{yyyy}");
  g_assert_null (body->language);
  g_assert_cmpuint (body->members->len, ==, 5);
  g_assert_true (sk_edit_set_body (NULL, project, "styret", "Styret", "PS {n}/{yyyy}", "en", &error));
  g_assert_no_error (error);
  g_assert_true (sk_edit_set_body (NULL, project, "au", "Arbeidsutvalet", NULL, NULL, &error));
  after = sk_project_get_bodies (project);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_cmpstr (((SkBody *) g_ptr_array_index (after, 0))->language, ==, "en");
  body = g_ptr_array_index (after, 1);
  g_assert_cmpstr (body->name, ==, "Arbeidsutvalet");
  g_assert_null (body->language);
  g_assert_null (body->pattern);
  g_assert_cmpuint (body->members->len, ==, 0);
}

/* A deputy, personal or numbered, can go while no meeting's record
 * names them; a body while no meeting is its meeting.  Each is refused
 * with the reason, and one step of undo. */
static void
test_remove_deputy_and_body (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sk_project_to_data (p, NULL);
  g_autofree char *after = NULL;
  g_autoptr(SkBody) body = NULL;
  const char *signers[] = { "anne", "eva", NULL };

  /* vara1 attended for Cato */
  g_assert_false (sk_edit_remove_deputy (history, p, "styret", "vara1", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“m”"));
  g_assert_nonnull (strstr (error->message, "vara1"));
  g_clear_error (&error);
  /* Dag stepped in for Anne, who was disqualified */
  g_assert_true (sk_edit_set_disqualification (history, p, "m", "i1", "anne", "fvl. § 6", "dag", &error));
  g_assert_false (sk_edit_remove_deputy (history, p, "styret", "dag", &error));
  g_assert_nonnull (strstr (error->message, "dag"));
  g_clear_error (&error);
  /* … and Anne's member row cannot go with Dag named either */
  g_assert_false (sk_edit_remove_body_member (history, p, "styret", "anne", &error));
  g_clear_error (&error);
  g_assert_true (sk_history_undo (history));
  /* Eva signs the minutes of the next meeting */
  g_assert_true (sk_edit_set_minutes_approval (history, p, "n", SK_APPROVAL_SIGNED, signers, &error));
  g_assert_false (sk_edit_remove_deputy (history, p, "styret", "eva", &error));
  g_assert_nonnull (strstr (error->message, "eva"));
  g_clear_error (&error);
  g_assert_true (sk_history_undo (history));
  /* Dag chairs the next meeting */
  g_assert_true (sk_edit_set_chair (history, p, "n", "dag", &error));
  g_assert_false (sk_edit_remove_deputy (history, p, "styret", "dag", &error));
  g_assert_nonnull (strstr (error->message, "“n”"));
  g_clear_error (&error);
  g_assert_true (sk_history_undo (history));
  g_clear_pointer (&after, g_free);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
  /* Unknown */
  g_assert_false (sk_edit_remove_deputy (history, p, "styret", "nobody", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* Eva (Bjørn's personal deputy), then Dag: each one step */
  g_assert_true (sk_edit_remove_deputy (history, p, "styret", "eva", &error));
  g_assert_no_error (error);
  body = sk_project_get_body (p, "Styret");
  g_assert_false (sk_body_has_deputy (body, "eva"));
  g_assert_true (sk_body_has_deputy (body, "dag"));
  g_assert_cmpuint (sk_body_find_member (body, "bjorn")->deputies->len, ==, 0);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Remove the Deputy «Eva»");
  g_assert_true (sk_history_undo (history));
  g_clear_pointer (&after, g_free);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);

  /* A numbered deputy no meeting names */
  g_assert_true (sk_edit_set_deputy (history, p, "styret", NULL, "vara2", "Gunn", NULL, &error));
  g_assert_true (sk_edit_remove_deputy (history, p, "styret", "vara2", &error));
  g_assert_no_error (error);
  g_clear_pointer (&body, sk_body_free);
  body = sk_project_get_body (p, "Styret");
  g_assert_cmpuint (body->deputies->len, ==, 1);
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_undo (history));

  /* The body: meetings m and n are its meetings */
  g_assert_false (sk_edit_remove_body (history, p, "styret", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "“m”"));
  g_assert_nonnull (strstr (error->message, "Styret"));
  g_clear_error (&error);
  /* A body without meetings goes; undone it is back in its place */
  g_assert_true (sk_edit_set_body (history, p, "au", "Arbeidsutvalet", NULL, NULL, &error));
  g_assert_true (sk_edit_set_body_member (history, p, "au", "kari", "Kari", SK_ROLE_CHAIR, NULL, &error));
  g_clear_pointer (&before, g_free);
  before = sk_project_to_data (p, NULL);
  g_assert_true (sk_edit_remove_body (history, p, "au", &error));
  g_assert_no_error (error);
  g_assert_null (sk_project_get_body (p, "Arbeidsutvalet"));
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Remove the Body «Arbeidsutvalet»");
  g_assert_true (sk_history_undo (history));
  g_clear_pointer (&after, g_free);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
  /* A meeting that gives the body's id makes it the body's meeting too */
  g_assert_true (sk_edit_set_meeting_field (history, p, "n", SK_MEETING_FIELD_BODY, "au", &error));
  g_assert_no_error (error);
  g_assert_false (sk_edit_remove_body (history, p, "au", &error));
  g_assert_nonnull (strstr (error->message, "“n”"));
  g_clear_error (&error);
}

/* Renaming a body renames its meetings' "body" in the same step, also
 * when their record names its members; a name another body has, or
 * none, is refused. */
static void
test_rename_body (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *renamed = NULL, *now = NULL;
  g_autoptr(SkBody) body = NULL;
  SkMeeting *m = sk_project_find_meeting (p, "m"), *n = sk_project_find_meeting (p, "n");
  guint steps;

  g_assert_true (sk_edit_set_chair (history, p, "m", "anne", &error));
  g_assert_true (sk_edit_set_body (history, p, "au", "Arbeidsutvalet", NULL, NULL, &error));
  g_assert_no_error (error);
  /* Only the name: the meeting field itself is refused, the record names
   * Styret's members */
  g_assert_false (sk_edit_set_meeting_field (history, p, "m", SK_MEETING_FIELD_BODY, "Styret i Sogn KO", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_rename_body (history, p, "styret", "Arbeidsutvalet", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Arbeidsutvalet"));
  g_clear_error (&error);
  g_assert_false (sk_edit_rename_body (history, p, "styret", "au", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_rename_body (history, p, "styret", "", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_rename_body (history, p, "nobody", "X", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND);
  g_clear_error (&error);

  before = sk_project_to_data (p, NULL);
  steps = sk_history_get_n_steps (history);
  g_assert_true (sk_edit_rename_body (history, p, "styret", "Styret i Sogn KO", &error));
  g_assert_no_error (error);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Rename the Body «Styret»");
  g_assert_cmpstr (m->body, ==, "Styret i Sogn KO");
  g_assert_cmpstr (n->body, ==, "Styret i Sogn KO");
  g_assert_null (sk_project_get_body (p, "Styret"));
  body = sk_project_get_body (p, "Styret i Sogn KO");
  g_assert_cmpstr (body->id, ==, "styret");
  g_assert_cmpuint (body->members->len, ==, 5);
  g_assert_cmpstr (sk_meeting_get_chair (m), ==, "anne");
  /* A calendar that has the meetings takes them as new versions */
  g_assert_cmpint (sk_ical_meeting_sequence (m), ==, 1);
  g_assert_cmpint (sk_ical_meeting_sequence (n), ==, 1);
  /* The same name again: nothing to do */
  g_assert_true (sk_edit_rename_body (history, p, "styret", "Styret i Sogn KO", &error));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps + 1);
  renamed = sk_project_to_data (p, NULL);
  /* It reads back without a problem */
  {
    g_autoptr(SkProject) again = sk_project_new_from_data (renamed, strlen (renamed), NULL, &error);

    g_assert_no_error (error);
    g_assert_nonnull (again);
  }
  g_assert_true (sk_history_undo (history));
  now = sk_project_to_data (p, NULL);
  g_assert_cmpstr (now, ==, before);
  g_assert_cmpstr (m->body, ==, "Styret");
  g_assert_true (sk_history_redo (history));
  g_clear_pointer (&now, g_free);
  now = sk_project_to_data (p, NULL);
  g_assert_cmpstr (now, ==, renamed);
}

static void
changed_cb (SkProject    *project,
            SkRecordKind  kind,
            const char   *id,
            const char   *field,
            GPtrArray    *log)
{
  g_autoptr(GEnumClass) kinds = g_type_class_ref (SK_TYPE_RECORD_KIND);

  g_ptr_array_add (log, g_strdup_printf ("%s %s %s", g_enum_get_value (kinds, kind)->value_nick, id, field));
}

/* Each edit tells which record and which member changed; undo the same */
static void
test_signals (void)
{
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GPtrArray) log = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  SkVote vote = { .proposal = (char *) SK_PROPOSAL_PREPARED, .unanimous = TRUE };
  const char *expected[] = {
    "project  language", "project  bodies", "meeting m attendance", "meeting m chair",
    "item m/i1 votes", "item m/i1 disqualifications", "item m/i2 closed_basis",
    "meeting m papers_sent", "item m/i1 case_number", "item m/i2 case_number", "item m/i3 case_number",
  };

  g_signal_connect (p, "record-changed", G_CALLBACK (changed_cb), log);
  g_assert_true (sk_edit_set_document_language (history, p, "en", &error));
  g_assert_true (sk_edit_set_body_member (history, p, "styret", "frida", "Frida", SK_ROLE_MEMBER, NULL, &error));
  g_assert_true (sk_edit_set_attendance (history, p, "m", "dina", TRUE, NULL, NULL, NULL, &error));
  g_assert_true (sk_edit_set_chair (history, p, "m", "bjorn", &error));
  g_assert_true (sk_edit_record_vote (history, p, "m", "i1", &vote, &error));
  g_assert_true (sk_edit_set_disqualification (history, p, "m", "i1", "vara1", "fvl. § 6", NULL, &error));
  g_assert_true (sk_edit_set_item_closed (history, p, "m", "i2", "offl. § 13", &error));
  g_assert_true (sk_edit_mark_papers_sent (history, p, "m", "2025-10-20", &error));
  g_assert_no_error (error);
  /* The same value again: nothing */
  g_assert_true (sk_edit_record_vote (history, p, "m", "i1", &vote, &error));
  g_assert_true (sk_edit_set_chair (history, p, "m", "bjorn", &error));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 8);
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_undo (history));
  /* the papers' group in reverse, then the closed case and the disqualification */
  g_assert_cmpuint (log->len, ==, 8 + 3 + 4 + 3);
  for (guint i = 0; i < 11; i++)
    g_assert_cmpstr (g_ptr_array_index (log, i), ==, expected[i]);
  g_assert_cmpstr (g_ptr_array_index (log, 11), ==, "item m/i3 case_number");
  g_assert_cmpstr (g_ptr_array_index (log, 14), ==, "meeting m papers_sent");
  g_assert_cmpstr (g_ptr_array_index (log, 17), ==, "item m/i1 votes");
}

/* The member who chairs, marked away, chairs no longer: the leader, or
 * else the deputy leader, takes over in the same step; neither there,
 * none is recorded (kommunelova: the deputy leader chairs when the
 * leader cannot). */
static void
test_chair_away (void)
{
  g_autoptr(SkProject) p = project_with ("", "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  SkMeeting *m = sk_project_find_meeting (p, "m");

  g_assert_true (sk_edit_set_attendance (history, p, "m", "anne", TRUE, NULL, NULL, NULL, &error));
  g_assert_true (sk_edit_set_attendance (history, p, "m", "bjorn", TRUE, NULL, NULL, NULL, &error));
  g_assert_true (sk_edit_set_chair (history, p, "m", "anne", &error));
  g_assert_no_error (error);

  g_assert_true (sk_edit_set_attendance (history, p, "m", "anne", FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_meeting_get_chair (m), ==, "bjorn");
  /* One step: undone, Anne is there and chairs */
  g_assert_true (sk_history_undo (history));
  g_assert_cmpstr (sk_meeting_get_chair (m), ==, "anne");
  g_assert_true (sk_history_redo (history));
  g_assert_cmpstr (sk_meeting_get_chair (m), ==, "bjorn");

  /* Another member away leaves the chair as it is */
  g_assert_true (sk_edit_set_attendance (history, p, "m", "cato", FALSE, NULL, NULL, NULL, &error));
  g_assert_cmpstr (sk_meeting_get_chair (m), ==, "bjorn");
  /* The deputy leader away too: no one is recorded as chair */
  g_assert_true (sk_edit_set_attendance (history, p, "m", "bjorn", FALSE, NULL, NULL, NULL, &error));
  g_assert_no_error (error);
  g_assert_null (sk_meeting_get_chair (m));
}

/* The record holds only who was there: the chair and the signers of
 * the minutes attended the meeting, and who came at a case leaves
 * before a later one.  Each is a problem of the file at its path, and
 * the edit that would make it is refused and changes nothing. */
static void
test_who_was_there (void)
{
  const struct { const char *meeting; const char *path; } files[] = {
    /* Dina sent notice of absence */
    { "\"attendance\":[{\"member\":\"dina\",\"status\":\"absent\"}],\"chair\":\"dina\",", "$.meetings[0].chair" },
    { "\"attendance\":[{\"member\":\"dina\",\"status\":\"absent\"}],"
      "\"minutes_approval\":{\"method\":\"signed\",\"signers\":[\"anne\",\"dina\"]},",
      "$.meetings[0].minutes_approval.signers[1]" },
    /* Dag, Anne's deputy, attended for no one */
    { "\"attendance\":[{\"member\":\"anne\",\"status\":\"present\"}],\"chair\":\"dag\",", "$.meetings[0].chair" },
    /* Erik came at case 3 and left before case 2, or before case 3 */
    { "\"attendance\":[{\"member\":\"erik\",\"status\":\"present\",\"arrived_from\":\"i3\",\"left_from\":\"i2\"}],",
      "$.meetings[0].attendance[0].left_from" },
    { "\"attendance\":[{\"member\":\"erik\",\"status\":\"present\",\"arrived_from\":\"i3\",\"left_from\":\"i3\"}],",
      "$.meetings[0].attendance[0].left_from" },
  };
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkHistory) history = sk_history_new (p);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  const char *with_dina[] = { "anne", "dina", NULL };
  const char *with_dag[] = { "anne", "dag", NULL };
  const char *two[] = { "anne", "bjorn", NULL };
  SkMeeting *m = sk_project_find_meeting (p, "m");

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(SkProject) bad = project_with (files[i].meeting, "", "", "", &problems);

      g_test_message ("%s", files[i].path);
      g_assert_null (bad);
      g_assert_nonnull (problems);
      g_assert_cmpstr (((SkProblem *) g_ptr_array_index (problems, 0))->path, ==, files[i].path);
    }

  before = sk_project_to_data (p, NULL);
  g_assert_false (sk_edit_set_chair (history, p, "m", "dina", &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Dina was not at the meeting"));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_chair (history, p, "m", "dag", &error));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, with_dina, &error));
  g_assert_nonnull (strstr (error->message, "Dina was not at the meeting and cannot sign"));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, with_dag, &error));
  g_clear_error (&error);
  /* Erik comes at case 3: he cannot have left before case 3 */
  g_assert_false (sk_edit_set_attendance (history, p, "m", "erik", TRUE, NULL, "i3", "i3", &error));
  g_assert_nonnull (strstr (error->message, "Who came at “Tre” can only leave before a later item"));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_attendance (history, p, "m", "erik", TRUE, NULL, "i2", "i1", &error));
  g_clear_error (&error);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);

  /* vara1 attended for Cato: he may chair; Erik came at case 1 and
   * left before case 3; Dag stepped in for Anne in case 3 and signs */
  g_assert_true (sk_edit_set_chair (history, p, "m", "vara1", &error));
  g_assert_no_error (error);
  g_assert_true (sk_edit_set_attendance (history, p, "m", "erik", TRUE, NULL, "i1", "i3", &error));
  g_assert_no_error (error);
  g_assert_true (sk_edit_set_disqualification (history, p, "m", "i3", "anne", "fvl. § 6", "dag", &error));
  g_assert_true (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, with_dag, &error));
  g_assert_no_error (error);
  /* Who signs, or chairs, is not then recorded away */
  g_assert_true (sk_edit_set_minutes_approval (history, p, "m", SK_APPROVAL_SIGNED, two, &error));
  g_clear_pointer (&before, g_free);
  before = sk_project_to_data (p, NULL);
  g_assert_false (sk_edit_set_attendance (history, p, "m", "bjorn", FALSE, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Bjørn was not at the meeting and cannot sign"));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_attendance (history, p, "m", "cato", TRUE, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "Fredrik was not at the meeting and cannot have chaired it"));
  g_clear_error (&error);
  g_clear_pointer (&after, g_free);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpstr (sk_meeting_get_chair (m), ==, "vara1");

  /* Ahead of the meeting, who chairs and signs may be chosen before the
   * notices of absence come: a member the attendance does not list yet
   * is not away */
  {
    g_autoptr(SkProject) ahead = project_with ("\"chair\":\"anne\",", "", "", "", NULL);

    g_assert_true (sk_edit_set_minutes_approval (NULL, ahead, "m", SK_APPROVAL_SIGNED, two, &error));
    g_assert_true (sk_edit_set_attendance (NULL, ahead, "m", "dina", FALSE, NULL, NULL, NULL, &error));
    g_assert_no_error (error);
  }
}

/* Only who holds a seat in a case can be disqualified in it: not a
 * member absent with notice (their deputy holds the seat), nor one who
 * had left; the deputy who stepped in can be, in turn.  Without the
 * attendance nothing is known, and anyone can be. */
static void
test_disqualified_takes_part (void)
{
  const struct { const char *i1, *i3; const char *path; } files[] = {
    { ",\"disqualifications\":[{\"member\":\"dina\",\"ground\":\"fvl. § 6\"}]", "",
      "$.meetings[0].items[0].disqualifications[0].member" },
    { ",\"disqualifications\":[{\"member\":\"cato\",\"ground\":\"fvl. § 6\"}]", "",
      "$.meetings[0].items[0].disqualifications[0].member" },
    /* Erik left before case 3 */
    { "", ",\"disqualifications\":[{\"member\":\"erik\",\"ground\":\"fvl. § 6\"}]",
      "$.meetings[0].items[2].disqualifications[0].member" },
    /* Anne's seat went to Dag: she is not disqualified twice */
    { ",\"disqualifications\":[{\"member\":\"anne\",\"ground\":\"fvl. § 6\",\"deputy\":\"dag\"},"
      "{\"member\":\"anne\",\"ground\":\"fvl. § 6\"}]", "",
      "$.meetings[0].items[0].disqualifications[1].member" },
  };
  g_autoptr(SkProject) p = project_with (attendance, "", "", "", NULL);
  g_autoptr(SkProject) unknown = project_with ("", "", "", "", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sk_project_to_data (p, NULL);
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(SkProject) bad = project_with (attendance, files[i].i1, "", files[i].i3, &problems);

      g_test_message ("%s", files[i].path);
      g_assert_null (bad);
      g_assert_nonnull (problems);
      g_assert_cmpstr (((SkProblem *) g_ptr_array_index (problems, 0))->path, ==, files[i].path);
    }

  g_assert_false (sk_edit_set_disqualification (NULL, p, "m", "i1", "dina", "fvl. § 6", NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Dina does not take part in this case"));
  g_clear_error (&error);
  g_assert_false (sk_edit_set_disqualification (NULL, p, "m", "i3", "erik", "fvl. § 6", NULL, &error));
  g_clear_error (&error);
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
  /* vara1 holds Cato's seat; Erik is there in case 2; Dag, who stepped
   * in for Anne, in turn, with Bjørn's deputy Eva */
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i1", "vara1", "fvl. § 6", NULL, &error));
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i2", "erik", "fvl. § 6", NULL, &error));
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i3", "anne", "fvl. § 6", "dag", &error));
  g_assert_true (sk_edit_set_disqualification (NULL, p, "m", "i3", "dag", "fvl. § 6", "eva", &error));
  g_assert_no_error (error);
  assert_quorum (p, 2, 3, TRUE);
  /* No attendance: anyone */
  g_assert_true (sk_edit_set_disqualification (NULL, unknown, "m", "i1", "dina", "fvl. § 6", NULL, &error));
  g_assert_no_error (error);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "C.UTF-8");
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/record/quorum", test_quorum);
  g_test_add_func ("/record/vote-parse", test_vote_parse);
  g_test_add_func ("/record/casting-vote", test_casting_vote);
  g_test_add_func ("/record/case-numbers", test_case_numbers);
  g_test_add_func ("/record/case-numbers-run-on", test_case_numbers_run_on);
  g_test_add_func ("/record/case-numbers-new-year", test_case_numbers_new_year);
  g_test_add_func ("/record/rules", test_rules);
  g_test_add_func ("/record/orientation-series", test_orientation_series);
  g_test_add_func ("/record/approval", test_approval);
  g_test_add_func ("/record/undo", test_undo);
  g_test_add_func ("/record/chair-away", test_chair_away);
  g_test_add_func ("/record/who-was-there", test_who_was_there);
  g_test_add_func ("/record/disqualified-takes-part", test_disqualified_takes_part);
  g_test_add_func ("/record/signals", test_signals);
  g_test_add_func ("/record/document-language", test_document_language);
  g_test_add_func ("/record/bodies-list", test_bodies_list);
  g_test_add_func ("/record/remove-deputy-and-body", test_remove_deputy_and_body);
  g_test_add_func ("/record/rename-body", test_rename_body);
  return g_test_run ();
}
