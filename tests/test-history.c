/* test-history.c — undo and redo through commands: the history's
 * properties, merging a drag into one step, the saved state, and a
 * thousand random edits undone and redone to the byte.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sk-edit.h"
#include "sk-edit-record.h"
#include "sk-project.h"
#include "sk-ssb.h"
#include "sk-what-if.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

static char *
text_of (SkProject *project)
{
  return sk_project_to_data (project, NULL);
}

typedef struct
{
  GPtrArray *names;
} Notes;

static void
notify_cb (GObject    *object,
           GParamSpec *pspec,
           Notes      *notes)
{
  g_ptr_array_add (notes->names, g_strdup (pspec->name));
}

static gboolean
noted (Notes      *notes,
       const char *name)
{
  return g_ptr_array_find_with_equal_func (notes->names, name, g_str_equal, NULL);
}

static void
test_properties (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = text_of (project);
  g_autofree char *after = NULL;
  g_autofree char *undo_label = NULL;
  Notes notes = { g_ptr_array_new_with_free_func (g_free) };
  gboolean can_undo = TRUE;

  g_object_get (history, "can-undo", &can_undo, NULL);
  g_assert_false (can_undo);
  g_assert_null (sk_history_get_undo_label (history));
  g_assert_true (sk_history_get_saved (history));
  g_assert_false (sk_history_undo (history));

  g_signal_connect (history, "notify", G_CALLBACK (notify_cb), &notes);
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "reiseveg", 2, &error));
  g_assert_no_error (error);
  g_assert_true (noted (&notes, "can-undo"));
  g_assert_true (noted (&notes, "undo-label"));
  g_assert_true (noted (&notes, "saved"));
  g_assert_false (noted (&notes, "can-redo"));
  g_object_get (history, "undo-label", &undo_label, NULL);
  g_assert_cmpstr (undo_label, ==, sk_history_get_undo_label (history));
  g_assert_true (g_str_has_prefix (undo_label, "Change Weight «"));
  g_assert_false (sk_history_get_saved (history));

  /* The same value again records nothing and notifies nothing. */
  g_ptr_array_set_size (notes.names, 0);
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "reiseveg", 2, &error));
  g_assert_cmpuint (notes.names->len, ==, 0);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);

  after = text_of (project);
  g_assert_cmpstr (after, !=, before);
  g_assert_true (sk_history_undo (history));
  {
    g_autofree char *now = text_of (project);

    g_assert_cmpstr (now, ==, before);
  }
  g_assert_true (sk_history_get_saved (history));
  g_assert_true (sk_history_get_can_redo (history));
  g_assert_cmpstr (sk_history_get_redo_label (history), ==, undo_label);
  g_assert_true (sk_history_redo (history));
  {
    g_autofree char *now = text_of (project);

    g_assert_cmpstr (now, ==, after);
  }
  g_signal_handlers_disconnect_by_func (history, notify_cb, &notes);
  g_ptr_array_unref (notes.names);
}

/* The steps of one drag are one step of undo; outside a group, or for
 * another target, they are not. */
static void
test_merge (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = text_of (project);

  sk_history_begin_group (history);
  for (int i = 1; i <= 20; i++)
    g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "reiseveg", i * 0.25, NULL));
  sk_history_end_group (history);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 1);
  g_assert_cmpfloat (((SkFactor *) g_ptr_array_index (sk_project_find_matrix (project, "nav-vertskommune")->factors,
                                                      2))->weight, ==, 5);

  /* A new group: a new step, even on the same factor. */
  sk_history_begin_group (history);
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "reiseveg", 1, NULL));
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "tilgjenge", 1, NULL));
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "tilgjenge", 2, NULL));
  sk_history_end_group (history);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 3);

  /* Outside a group, each edit is a step. */
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "tilgjenge", 3, NULL));
  g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "tilgjenge", 4, NULL));
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 5);

  /* A scenario's first own criteria and then the weight, dragged: one. */
  sk_history_begin_group (history);
  for (int i = 1; i <= 5; i++)
    g_assert_true (sk_edit_set_criterion_weight (history, project, "barnevern", "27-arsverk", 0, i, NULL));
  sk_history_end_group (history);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 6);

  /* A figure typed in, its source with it. */
  sk_history_begin_group (history);
  g_assert_true (sk_edit_set_municipality_figure (history, project, "vik", "caseload", 1, "Entered by hand", NULL));
  g_assert_true (sk_edit_set_municipality_figure (history, project, "vik", "caseload", 12, "Entered by hand", NULL));
  g_assert_true (sk_edit_set_municipality_figure (history, project, "vik", "caseload", 120, "Entered by hand", NULL));
  sk_history_end_group (history);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 7);

  /* A task dragged with its successors. */
  sk_history_begin_group (history);
  for (int i = 0; i < 4; i++)
    g_assert_true (sk_edit_shift_task (history, project, "nav", "rapport", 1, TRUE, NULL));
  sk_history_end_group (history);
  g_assert_cmpuint (sk_history_get_n_steps (history), ==, 8);

  while (sk_history_undo (history))
    ;
  {
    g_autofree char *now = text_of (project);

    g_assert_cmpstr (now, ==, before);
  }
}

static void
test_saved (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);

  g_assert_true (sk_edit_set_project_title (history, project, "A", NULL));
  g_assert_true (sk_edit_set_project_title (history, project, "B", NULL));
  sk_history_set_saved (history);
  g_assert_true (sk_history_get_saved (history));

  /* Inside a group, an edit after the save does not merge into the
   * step the save ended with. */
  sk_history_begin_group (history);
  g_assert_true (sk_edit_set_project_title (history, project, "C", NULL));
  sk_history_end_group (history);
  g_assert_false (sk_history_get_saved (history));
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_get_saved (history));
  g_assert_cmpstr (sk_project_get_title (project), ==, "B");
  g_assert_true (sk_history_undo (history));
  g_assert_false (sk_history_get_saved (history));
  g_assert_true (sk_history_redo (history));
  g_assert_true (sk_history_get_saved (history));

  /* Undone past, then a new edit: the saved state is out of reach. */
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_edit_set_project_title (history, project, "D", NULL));
  g_assert_false (sk_history_get_saved (history));
  g_assert_false (sk_history_get_can_redo (history));
  while (sk_history_undo (history))
    g_assert_false (sk_history_get_saved (history));
}

/* The labels name the step in the user's language. */
static void
check_label (const char *locale,
             const char *language,
             const char *expected,
             const char *dependency,
             const char *link)
{
  if (g_test_subprocess ())
    {
      g_autoptr(SkProject) project = NULL;
      g_autoptr(SkHistory) history = NULL;

      /* Before any message is looked up: GLib decides once whether to
       * translate. */
      g_setenv ("LANGUAGE", language, TRUE);
      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The locale %s is missing; the set-up command generates it (locale-gen)", locale);
      project = load_example ();
      history = sk_history_new (project);
      g_assert_true (sk_edit_set_weight (history, project, "nav-vertskommune", "brukarnaerleik", 3, NULL));
      g_assert_cmpstr (sk_history_get_undo_label (history), ==, expected);
      /* "Link" is two things: a task's dependency, an item's link */
      g_assert_true (sk_edit_add_dependency (history, project, "ppt", "intervju", "oppstart", NULL));
      g_assert_cmpstr (sk_history_get_undo_label (history), ==, dependency);
      g_assert_true (sk_edit_add_item_link (history, project, "styret-2025-11-03", "skog",
                                            SK_LINK_TIMELINE, "ppt", NULL));
      g_assert_cmpstr (sk_history_get_undo_label (history), ==, link);
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_label_nynorsk (void)
{
  check_label ("nn_NO.UTF-8", "nn", "Endre vekt «Nærleik til brukarane»",
               "Ny avhengnad for «Oppfølgingsintervju (digitalt) med kvar av PPT-samarbeida, veke 44 og 45»", "Ny kopling for «Skog i Sogn»");
}

static void
test_label_bokmal (void)
{
  check_label ("nb_NO.UTF-8", "nb", "Endre vekt «Nærleik til brukarane»",
               "Ny avhengighet for «Oppfølgingsintervju (digitalt) med kvar av PPT-samarbeida, veke 44 og 45»", "Ny kobling for «Skog i Sogn»");
}

/* Random edits */

static const char *
pick_id (GRand     *rand,
         GPtrArray *list)
{
  if (list == NULL || list->len == 0 || g_rand_int_range (rand, 0, 30) == 0)
    return "no-such-id";
  return *(char **) g_ptr_array_index (list, g_rand_int_range (rand, 0, list->len));
}

static double
pick_number (GRand *rand,
             double lo,
             double hi)
{
  switch (g_rand_int_range (rand, 0, 16))
    {
    case 0: return lo - 1;          /* out of range */
    case 1: return hi + 1;
    case 2: return lo;
    case 3: return hi;
    default: return lo + g_rand_int_range (rand, 0, (int) (hi - lo) * 4 + 1) / 4.0;
    }
}

static char *
pick_date (GRand *rand)
{
  if (g_rand_int_range (rand, 0, 15) == 0)
    return g_strdup ("2026-02-30");
  return g_strdup_printf ("%04d-%02d-%02d", g_rand_int_range (rand, 2025, 2028),
                          g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
}

/* One random edit of the project: a random area, a random target and a
 * random value, valid or not.  Returns what the edit function returned. */
static gboolean
random_edit (SkHistory  *h,
             SkProject  *p,
             GRand      *r,
             GError    **error)
{
  GPtrArray *matrices = sk_project_get_matrices (p);
  GPtrArray *timelines = sk_project_get_timelines (p);
  GPtrArray *models = sk_project_get_cost_models (p);
  GPtrArray *meetings = sk_project_get_meetings (p);
  SkMeeting *with_items = meetings->len ? g_ptr_array_index (meetings, 0) : NULL;
  GPtrArray *members = sk_project_get_municipalities (p);
  SkMatrix *mx = matrices->len ? g_ptr_array_index (matrices, g_rand_int_range (r, 0, matrices->len)) : NULL;
  SkTimeline *tl = timelines->len ? g_ptr_array_index (timelines, g_rand_int_range (r, 0, timelines->len)) : NULL;
  SkCostModel *cm = models->len ? g_ptr_array_index (models, g_rand_int_range (r, 0, models->len)) : NULL;
  /* The first meeting has the items: pick it half the time. */
  SkMeeting *mt = g_rand_boolean (r) ? with_items
                  : meetings->len ? g_ptr_array_index (meetings, g_rand_int_range (r, 0, meetings->len)) : NULL;
  const char *mxid = mx ? mx->id : "none", *tlid = tl ? tl->id : "none";
  const char *cmid = cm ? cm->id : "none", *mtid = mt ? mt->id : "none";
  const char *scenario = cm && cm->scenarios->len && g_rand_boolean (r) ? pick_id (r, cm->scenarios) : NULL;
  g_autofree char *d1 = pick_date (r);
  g_autofree char *d2 = pick_date (r);
  g_autofree char *text = g_strdup_printf ("Tekst %u «æøå»", g_rand_int (r));

  /* Mostly in order: a start before its end. */
  if (strcmp (d1, d2) > 0 && g_rand_int_range (r, 0, 10) > 0)
    {
      char *swap = d1;

      d1 = d2;
      d2 = swap;
    }

  switch (g_rand_int_range (r, 0, 37))
    {
    case 0: return sk_edit_set_weight (h, p, mxid, pick_id (r, mx ? mx->factors : NULL), pick_number (r, 0, 5), error);
    case 1: return sk_edit_set_score (h, p, mxid, pick_id (r, mx ? mx->candidates : NULL),
                                      pick_id (r, mx ? mx->factors : NULL), pick_number (r, 0, 5), error);
    case 2: return sk_edit_add_factor (h, p, mxid, text, pick_number (r, 0, 5), NULL, error);
    case 3: return sk_edit_remove_factor (h, p, mxid, pick_id (r, mx ? mx->factors : NULL), error);
    case 4: return sk_edit_add_candidate (h, p, mxid, pick_id (r, members), error);
    case 5: return sk_edit_remove_candidate (h, p, mxid, pick_id (r, mx ? mx->candidates : NULL), error);
    case 6: return sk_edit_set_matrix_scale_max (h, p, mxid, pick_number (r, 0, 10), error);
    case 7: return sk_edit_move_factor (h, p, mxid, pick_id (r, mx ? mx->factors : NULL), g_rand_int_range (r, 0, 8), error);
    case 8: return sk_edit_set_task_dates (h, p, tlid, pick_id (r, tl ? tl->tasks : NULL), d1, d2, error);
    case 9: return sk_edit_shift_task (h, p, tlid, pick_id (r, tl ? tl->tasks : NULL), g_rand_int_range (r, -30, 30),
                                       g_rand_boolean (r), error);
    case 10: return sk_edit_add_dependency (h, p, tlid, pick_id (r, tl ? tl->tasks : NULL),
                                            pick_id (r, tl ? tl->tasks : NULL), error);
    case 11:
      {
        SkTask *t = tl && tl->tasks->len ? g_ptr_array_index (tl->tasks, g_rand_int_range (r, 0, tl->tasks->len)) : NULL;
        const char *dep = t && t->depends_on->len ? g_ptr_array_index (t->depends_on, 0) : "none";

        return sk_edit_remove_dependency (h, p, tlid, t ? t->id : "none", dep, error);
      }
    case 12: return sk_edit_set_task_parent (h, p, tlid, pick_id (r, tl ? tl->tasks : NULL),
                                             g_rand_boolean (r) ? pick_id (r, tl ? tl->tasks : NULL) : NULL, error);
    case 13: return sk_edit_add_task (h, p, tlid, text, d1, g_rand_boolean (r) ? d1 : d2, g_rand_boolean (r), NULL, error);
    case 14: return sk_edit_remove_task (h, p, tlid, pick_id (r, tl ? tl->tasks : NULL), error);
    case 15: return sk_edit_set_task_milestone (h, p, tlid, pick_id (r, tl ? tl->tasks : NULL), g_rand_boolean (r), error);
    case 16: return sk_edit_set_task_progress (h, p, tlid, pick_id (r, tl ? tl->tasks : NULL), pick_number (r, 0, 100),
                                               error);
    case 17: return sk_edit_set_total (h, p, cmid, scenario, (gint64) pick_number (r, 0, 1000) * 1000, error);
    case 18: return sk_edit_set_fixed_percent (h, p, cmid, scenario, pick_number (r, 0, 100), error);
    case 19: return sk_edit_add_criterion (h, p, cmid, scenario, g_rand_boolean (r) ? "population" : "age_0_17",
                                           pick_number (r, 0, 3), error);
    case 20: return sk_edit_remove_criterion (h, p, cmid, scenario, g_rand_int_range (r, 0, 3), error);
    case 21: return sk_edit_set_criterion_weight (h, p, cmid, scenario, g_rand_int_range (r, 0, 3),
                                                  pick_number (r, 0, 3) + (g_rand_boolean (r) ? 0 : 0.00001), error);
    case 22: return sk_edit_add_participant (h, p, cmid, scenario, pick_id (r, members), error);
    case 23: return sk_edit_remove_participant (h, p, cmid, scenario, pick_id (r, members), error);
    case 24: return sk_edit_add_scenario (h, p, cmid, text, NULL, error);
    case 25: return sk_edit_remove_scenario (h, p, cmid, scenario ? scenario : "none", error);
    case 26: return sk_edit_set_item_field (h, p, mtid, pick_id (r, mt ? mt->items : NULL),
                                            g_rand_int_range (r, 0, SK_ITEM_FIELD_DECISION + 1),
                                            g_rand_int_range (r, 0, 5) ? text : "", error);
    case 27: return sk_edit_move_item (h, p, mtid, pick_id (r, mt ? mt->items : NULL), g_rand_int_range (r, 0, 20), error);
    case 28: return sk_edit_add_item (h, p, mtid, text, g_rand_int_range (r, 0, 4), g_rand_int_range (r, -1, 20), NULL,
                                      error);
    case 29: return sk_edit_remove_item (h, p, mtid, pick_id (r, mt ? mt->items : NULL), error);
    case 30: return sk_edit_set_meeting_field (h, p, mtid, g_rand_int_range (r, 0, SK_MEETING_FIELD_LOCATION + 1),
                                               g_rand_boolean (r) ? d1 : (g_rand_boolean (r) ? "09:30" : text), error);
    case 31: return sk_edit_set_plan_field (h, p, pick_id (r, sk_project_get_plan (p)), g_rand_int_range (r, 0, 4),
                                            g_rand_boolean (r) ? pick_id (r, meetings) : (g_rand_boolean (r) ? "2026-Q3" : text),
                                            error);
    case 32:
      if (g_rand_boolean (r))
        return sk_edit_remove_meeting (h, p, mtid, error);
      return sk_edit_add_meeting (h, p, text, d1, g_rand_int_range (r, -1, 5), NULL, error);
    case 33: return sk_edit_set_municipality_figure (h, p, pick_id (r, members), g_rand_boolean (r) ? "population" : "caseload",
                                                     pick_number (r, 0, 5000),
                                                     g_rand_boolean (r) ? "Entered by hand" : NULL, error);
    case 34: return sk_edit_set_municipality_number (h, p, pick_id (r, members), g_rand_boolean (r) ? "4640" : "46x0", error);
    case 35:
      switch (g_rand_int_range (r, 0, 17))
        {
        case 0: return sk_edit_remove_matrix (h, p, mxid, error);
        case 1: return sk_edit_remove_timeline (h, p, tlid, error);
        case 2: return sk_edit_remove_cost_model (h, p, cmid, error);
        case 3: return sk_edit_add_matrix (h, p, text, "Nærleik", NULL, error);
        case 4: return sk_edit_add_timeline (h, p, text, NULL, error);
        case 5: return sk_edit_add_cost_model (h, p, text, NULL, error);
        case 6: return sk_edit_add_item_link (h, p, mtid, pick_id (r, mt ? mt->items : NULL), SK_LINK_MATRIX, mxid, error);
        case 7:
      return sk_edit_record_decision (h, p, mtid, pick_id (r, mt ? mt->items : NULL), g_rand_boolean (r) ? text : "",
                                      g_rand_boolean (r) ? "2025-11-03T11:40" : NULL, error);
        case 8: return sk_edit_add_plan_entry (h, p, text, g_rand_int_range (r, -1, 12), NULL, error);
        case 9:
          if (g_rand_boolean (r))
            return sk_edit_add_attachment (h, p, mtid, pick_id (r, mt ? mt->items : NULL), text,
                                           g_rand_boolean (r) ? "file:///tmp/vedlegg.pdf" : NULL, error);
          return sk_edit_remove_attachment (h, p, mtid, pick_id (r, mt ? mt->items : NULL), 0, error);
        case 10: return sk_edit_copy_matrix (h, p, mxid, g_rand_boolean (r) ? text : "", NULL, error);
        case 11:
          {
            /* "As prepared": the matrix with a weight and a score of
             * another value, in range or not. */
            SkMatrix *prepared = mx ? sk_matrix_copy (mx) : NULL;
            gboolean ok;

            if (prepared != NULL && prepared->factors->len > 0)
              {
                SkFactor *f = g_ptr_array_index (prepared->factors, 0);

                f->weight = pick_number (r, 0, 5);
                if (prepared->candidates->len > 0)
                  sk_candidate_set_score (g_ptr_array_index (prepared->candidates, 0), f->id, pick_number (r, 0, 5));
              }
            ok = sk_edit_restore_matrix (h, p, mxid, prepared, error);
            g_clear_pointer (&prepared, sk_matrix_free);
            return ok;
          }
        case 12: return sk_edit_set_factor_text (h, p, mxid, pick_id (r, mx ? mx->factors : NULL),
                                                 g_rand_boolean (r) ? text : "", g_rand_boolean (r) ? text : "", error);
        case 13: return sk_edit_copy_scenario (h, p, cmid, scenario ? scenario : "none", g_rand_boolean (r) ? text : "",
                                               NULL, error);
        case 14: return sk_edit_set_participant (h, p, cmid, scenario, pick_id (r, members), g_rand_boolean (r), error);
        case 15: return sk_edit_set_municipality_figure (h, p, pick_id (r, members),
                                                         g_rand_boolean (r) ? "population" : "age_0_17",
                                                         (double) g_rand_int_range (r, 0, 5000),
                                                         g_rand_boolean (r) ? "SSB 07459" : NULL, error);
        default: return sk_edit_add_municipality (h, p, text, NULL, -1, NULL, error);
        }
    case 36:
      {
        /* The board's record (sk-edit-record.h), on the example's board */
        const char *people[] = { "aurland", "luster", "vik", "tilsette", "vara-vik", "vara-luster", "nobody" };
        const char *person = people[g_rand_int_range (r, 0, G_N_ELEMENTS (people))];
        const char *item = pick_id (r, mt ? mt->items : NULL);
        SkVote vote = { .proposal = (char *) (g_rand_boolean (r) ? SK_PROPOSAL_PREPARED : "vik"),
                        .unanimous = g_rand_int_range (r, 0, 4) == 0,
                        .votes_for = g_rand_int_range (r, 0, 6), .votes_against = g_rand_int_range (r, 0, 6) };

        switch (g_rand_int_range (r, 0, 8))
          {
          case 0: return sk_edit_set_attendance (h, p, mtid, person, g_rand_boolean (r),
                                                 g_rand_boolean (r) ? "vara-vik" : NULL,
                                                 g_rand_boolean (r) ? item : NULL, NULL, error);
          case 1: return sk_edit_set_disqualification (h, p, mtid, item, person, g_rand_boolean (r) ? "fvl. § 6" : "",
                                                       g_rand_boolean (r) ? "vara-luster" : NULL, error);
          case 2: return sk_edit_record_vote (h, p, mtid, item, &vote, error);
          case 3: return sk_edit_add_proposal (h, p, mtid, item, "Vik v/Vara Vik", g_rand_boolean (r) ? text : "", NULL, error);
          case 4: return sk_edit_mark_papers_sent (h, p, mtid, d1, error);
          case 5: return sk_edit_set_item_closed (h, p, mtid, item, g_rand_boolean (r) ? "offl. § 13" : NULL, error);
          case 6: return sk_edit_set_body_member (h, p, "styret", person, text, SK_ROLE_MEMBER,
                                                  g_rand_boolean (r) ? "vik" : NULL, error);
          default: return sk_edit_remove_body_member (h, p, "styret", person, error);
          }
      }
    default:
      g_assert_not_reached ();
    }
}

static void
test_random_edits (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autofree char *original = text_of (project);
  g_autofree char *edited = NULL;
  guint done = 0, refused = 0, merged = 0;

  for (guint i = 0; i < 1000; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *before = text_of (project);
      guint steps = sk_history_get_n_steps (history);
      gboolean group = g_rand_int_range (rand, 0, 10) == 0;
      gboolean ok;

      if (group)
        sk_history_begin_group (history);
      ok = random_edit (history, project, rand, &error);
      if (group)
        sk_history_end_group (history);
      if (!ok)
        {
          g_autofree char *after = text_of (project);

          /* Refused: said why, and changed nothing. */
          g_assert_nonnull (error);
          g_assert_true (error->domain == SK_PROJECT_ERROR);
          g_assert_cmpstr (after, ==, before);
          g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps);
          refused++;
          continue;
        }
      g_assert_no_error (error);
      g_assert_cmpuint (sk_history_get_n_steps (history), <=, steps + 1);
      done += sk_history_get_n_steps (history) - steps;
      merged += sk_history_get_n_steps (history) == steps;
      /* Every edit keeps the rules: the file reads back. */
      if (i % 50 == 0)
        {
          g_autofree char *text = text_of (project);
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(SkProject) again = sk_project_new_from_data (text, strlen (text), &problems, &error);

          for (guint k = 0; error && problems && k < problems->len; k++)
            g_printerr ("PROBLEM %s: %s\n", ((SkProblem *) g_ptr_array_index (problems, k))->path,
                        ((SkProblem *) g_ptr_array_index (problems, k))->message);
          g_assert_no_error (error);
          g_assert_nonnull (again);
        }
    }
  g_test_message ("%u steps, %u refused, %u no change", done, refused, merged);
  g_assert_cmpuint (done, >, 300);
  g_assert_cmpuint (refused, >, 100);

  edited = text_of (project);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) problems = NULL;
    g_autoptr(SkProject) again = sk_project_new_from_data (edited, strlen (edited), &problems, &error);

    for (guint k = 0; error && problems && k < problems->len; k++)
      g_printerr ("PROBLEM %s: %s\n", ((SkProblem *) g_ptr_array_index (problems, k))->path,
                  ((SkProblem *) g_ptr_array_index (problems, k))->message);
    g_assert_no_error (error);
  }
  for (guint i = 0; i < done; i++)
    g_assert_true (sk_history_undo (history));
  g_assert_false (sk_history_get_can_undo (history));
  {
    g_autofree char *now = text_of (project);

    g_assert_cmpstr (now, ==, original);
  }
  g_assert_true (sk_history_get_saved (history));
  for (guint i = 0; i < done; i++)
    g_assert_true (sk_history_redo (history));
  g_assert_false (sk_history_get_can_redo (history));
  {
    g_autofree char *now = text_of (project);

    g_assert_cmpstr (now, ==, edited);
  }
}

/* A what-if kept from meeting mode is one named step of commands on the
 * records that change: the meeting shown stays the same record, undo puts
 * back the project to the byte and redo does it again. */
static void
test_keep_what_if (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = text_of (project);
  g_autofree char *kept_text = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  SkMeeting *meeting = sk_project_find_meeting (project, "styret-2025-11-03");
  SkItem *item = g_ptr_array_index (meeting->items, 6);
  SkMatrix *matrix = g_ptr_array_index (sk_project_get_matrices (project), 0);
  guint matrices = sk_project_get_matrices (project)->len;
  guint links = item->links->len;
  SkWhatIfKept counts;

  g_assert_true (sk_edit_set_matrix_title (NULL, sandbox, matrix->id, "Anna tittel", &error));
  g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "Ny", "styret-2025-11-03", 6, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.matrices, ==, 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Keep the What-If «Ny»");
  g_assert_cmpuint (sk_project_get_matrices (project)->len, ==, matrices + 1);
  /* The records kept are the same: meeting mode keeps showing them. */
  g_assert_true (sk_project_find_meeting (project, "styret-2025-11-03") == meeting);
  g_assert_true (g_ptr_array_index (meeting->items, 6) == item);
  g_assert_true (g_ptr_array_index (sk_project_get_matrices (project), 0) == matrix);
  g_assert_cmpuint (item->links->len, ==, links + 1);
  kept_text = text_of (project);

  g_assert_true (sk_history_undo (history));
  g_assert_false (sk_history_get_can_undo (history));
  undone = text_of (project);
  g_assert_cmpstr (before, ==, undone);
  g_assert_true (sk_history_redo (history));
  redone = text_of (project);
  g_assert_cmpstr (kept_text, ==, redone);
}

/* Adopting is one named step too; a what-if whose result breaks a rule is
 * refused, changing nothing and recording nothing. */
static void
test_adopt_what_if (void)
{
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = text_of (project);
  g_autofree char *adopted = NULL;
  g_autofree char *after = NULL;
  SkMeeting *meeting = sk_project_find_meeting (project, "styret-2025-11-03");
  SkMatrix *matrix = g_ptr_array_index (sk_project_get_matrices (project), 0);

  sk_project_find_cost_model (sandbox, "barnevern")->fixed_percent = 150;
  g_assert_false (sk_edit_adopt_what_if (history, project, sandbox, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_clear_error (&error);
  after = text_of (project);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (sk_history_get_can_undo (history));

  sk_project_find_cost_model (sandbox, "barnevern")->fixed_percent = 40;
  g_assert_true (sk_edit_adopt_what_if (history, project, sandbox, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Adopt the What-If");
  g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 40);
  g_assert_true (sk_project_find_meeting (project, "styret-2025-11-03") == meeting);
  g_assert_true (g_ptr_array_index (sk_project_get_matrices (project), 0) == matrix);
  adopted = text_of (project);

  g_assert_true (sk_history_undo (history));
  g_assert_false (sk_history_get_can_undo (history));
  g_clear_pointer (&after, g_free);
  after = text_of (project);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (sk_history_redo (history));
  g_clear_pointer (&after, g_free);
  after = text_of (project);
  g_assert_cmpstr (adopted, ==, after);
}

/* An SSB table the import refuses records no step. */
static void
test_import_ssb_refused (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) t = test_parse_ssb_file ("07459-dot-member.csv", &error);
  g_autoptr(SkProject) project = load_example ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = text_of (project);
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sk_edit_import_ssb_figures (history, project, t, NULL, &error), ==, -1);
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
  after = text_of (project);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (sk_history_get_can_undo (history));
}

int
main (int    argc,
      char **argv)
{
  example_path = test_core_init (&argc, &argv);
  test_bind_translations ();

  g_test_add_func ("/history/properties", test_properties);
  g_test_add_func ("/history/merge", test_merge);
  g_test_add_func ("/history/saved", test_saved);
  g_test_add_func ("/history/label-nynorsk", test_label_nynorsk);
  g_test_add_func ("/history/label-bokmal", test_label_bokmal);
  g_test_add_func ("/history/random-edits", test_random_edits);
  g_test_add_func ("/history/keep-what-if", test_keep_what_if);
  g_test_add_func ("/history/adopt-what-if", test_adopt_what_if);
  g_test_add_func ("/history/import-ssb-refused", test_import_ssb_refused);
  return g_test_run ();
}
