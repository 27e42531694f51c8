/* test-costs.c — the cost split against exact rationals, comparisons,
 * explanations, SSB import and undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <gmp.h>
#include <locale.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-ssb.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

static SkProject *
load_text (const char *text)
{
  return test_load_project_text (text);
}

/* An independent exact computation: FORMAT.md's formula term by term in
 * GMP rationals from the decimal strings, then floor and largest remainder. */
static void
check_exact (SkProject *project,
             SkCostModel *model,
             SkCostResult *result)
{
  guint n = model->participants->len;
  mpq_t fixed, share, term, wsum, w, fsum, f, total, exact, rem_i, rem_j;
  g_autofree gint64 *expected = g_new0 (gint64, n);
  mpq_t *rems = g_new (mpq_t, n);
  gint64 given = 0;
  char buf[64];

  mpq_inits (fixed, share, term, wsum, w, fsum, f, total, exact, rem_i, rem_j, NULL);
  g_snprintf (buf, sizeof buf, "%.0f/1000000", model->fixed_percent * 10000);
  mpq_set_str (fixed, buf, 10);
  mpq_canonicalize (fixed);
  mpq_set_ui (wsum, 0, 1);
  for (guint k = 0; k < model->criteria->len; k++)
    {
      g_snprintf (buf, sizeof buf, "%.0f/10000", ((SkCriterion *) g_ptr_array_index (model->criteria, k))->weight * 10000);
      mpq_set_str (w, buf, 10);
      mpq_canonicalize (w);
      mpq_add (wsum, wsum, w);
    }
  mpq_set_si (total, model->total_kr, 1);

  for (guint i = 0; i < n; i++)
    {
      SkMunicipality *m = sk_project_find_municipality (project, g_ptr_array_index (model->participants, i));

      /* fixed/100 × 1/n, with fixed already divided by 100 above */
      mpq_set_ui (term, 1, n);
      mpq_mul (share, fixed, term);
      for (guint k = 0; k < model->criteria->len; k++)
        {
          SkCriterion *c = g_ptr_array_index (model->criteria, k);

          mpq_set_ui (fsum, 0, 1);
          for (guint j = 0; j < n; j++)
            {
              SkMunicipality *mj = sk_project_find_municipality (project, g_ptr_array_index (model->participants, j));

              mpq_set_d (f, sk_municipality_get_figure (mj, c->figure)->value);
              mpq_add (fsum, fsum, f);
            }
          g_snprintf (buf, sizeof buf, "%.0f/10000", c->weight * 10000);
          mpq_set_str (w, buf, 10);
          mpq_canonicalize (w);
          mpq_set_ui (term, 1, 1);
          mpq_sub (term, term, fixed);
          mpq_mul (term, term, w);
          mpq_div (term, term, wsum);
          mpq_set_d (f, sk_municipality_get_figure (m, c->figure)->value);
          mpq_mul (term, term, f);
          mpq_div (term, term, fsum);
          mpq_add (share, share, term);
        }
      mpq_mul (exact, share, total);
      {
        mpz_t q;

        mpz_init (q);
        mpz_fdiv_q (q, mpq_numref (exact), mpq_denref (exact));
        expected[i] = mpz_get_si (q);
        mpq_init (rems[i]);
        mpq_set_z (rem_i, q);
        mpq_sub (rems[i], exact, rem_i);
        mpz_clear (q);
      }
      given += expected[i];
    }
  /* The kroner left over: one each to the largest remainders, ties to the
   * first listed. */
  for (gint64 left = model->total_kr - given; left > 0; left--)
    {
      gint best = -1;

      for (guint i = 0; i < n; i++)
        if (mpq_sgn (rems[i]) >= 0 && (best < 0 || mpq_cmp (rems[i], rems[best]) > 0))
          best = i;
      g_assert_cmpint (best, >=, 0);
      expected[best]++;
      mpq_set_si (rems[best], -1, 1);
    }
  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpint (g_array_index (result->rows, SkCostRow, i).amount_kr, ==, expected[i]);
      mpq_clear (rems[i]);
    }
  g_free (rems);
  mpq_clears (fixed, share, term, wsum, w, fsum, f, total, exact, rem_i, rem_j, NULL);
}

static void
test_random_exact (void)
{
  GRand *rand = g_rand_new_with_seed (4643);

  for (int round = 0; round < 400; round++)
    {
      guint n = g_rand_int_range (rand, 1, 12);
      guint k = g_rand_int_range (rand, 1, 6);
      GString *json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[");
      g_autoptr(SkProject) p = NULL;
      g_autoptr(SkCostResult) r = NULL;
      g_autoptr(GError) error = NULL;
      gboolean ties = g_rand_boolean (rand);

      for (guint i = 0; i < n; i++)
        {
          g_string_append_printf (json, "%s{\"id\":\"m%u\",\"name\":\"M%u\",\"figures\":{", i ? "," : "", i, i);
          for (guint c = 0; c < k; c++)
            /* Equal figures now and then, so that remainders tie. */
            g_string_append_printf (json, "%s\"f%u\":%d", c ? "," : "", c,
                                    ties ? 7 : g_rand_int_range (rand, 0, 2000000) + (c == 0));
          g_string_append (json, "}}");
        }
      g_string_append_printf (json, "],\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":%d,\"participants\":[",
                              g_rand_int_range (rand, 0, 2000000000));
      for (guint i = 0; i < n; i++)
        g_string_append_printf (json, "%s\"m%u\"", i ? "," : "", i);
      g_string_append_printf (json, "],\"fixed_percent\":%d.%04d,\"criteria\":[",
                              g_rand_int_range (rand, 0, 100), g_rand_int_range (rand, 0, 10000));
      for (guint c = 0; c < k; c++)
        g_string_append_printf (json, "%s{\"figure\":\"f%u\",\"weight\":%d.%04d}", c ? "," : "", c,
                                g_rand_int_range (rand, 0, 20), g_rand_int_range (rand, 1, 10000));
      g_string_append (json, "]}]}");

      p = load_text (json->str);
      r = sk_cost_model_compute (p, sk_project_find_cost_model (p, "c"), NULL, &error);
      g_assert_no_error (error);
      check_exact (p, sk_project_find_cost_model (p, "c"), r);
      g_string_free (json, TRUE);
    }
  g_rand_free (rand);
}

static void
test_variant_and_scenarios (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkCostModel *m = sk_project_find_cost_model (p, "barnevern");
  SkScenario *pop = sk_cost_model_find_scenario (m, "folketal");
  g_autoptr(GPtrArray) crit = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_criterion_free);
  g_autoptr(GPtrArray) without = g_ptr_array_new ();
  g_autoptr(SkCostResult) a = NULL;
  g_autoptr(SkCostResult) b = NULL;
  g_autoptr(SkCostResult) c = NULL;
  SkCriterion *cr = sk_criterion_new ();
  gint64 sum = 0;

  cr->figure = g_strdup ("population");
  cr->weight = 1;
  g_ptr_array_add (crit, cr);
  /* "By population" as a variant equals the scenario that says so. */
  a = sk_cost_model_compute_variant (p, m, NULL, crit, NULL, NULL);
  b = sk_cost_model_compute (p, m, pop, NULL);
  for (guint i = 0; i < a->rows->len; i++)
    g_assert_cmpint (g_array_index (a->rows, SkCostRow, i).amount_kr, ==,
                     g_array_index (b->rows, SkCostRow, i).amount_kr);

  /* Without Vik: five pay the whole total. */
  for (guint i = 0; i < m->participants->len; i++)
    if (!g_str_equal (g_ptr_array_index (m->participants, i), "vik"))
      g_ptr_array_add (without, g_ptr_array_index (m->participants, i));
  c = sk_cost_model_compute_variant (p, m, NULL, NULL, without, NULL);
  g_assert_cmpuint (c->rows->len, ==, 5);
  for (guint i = 0; i < c->rows->len; i++)
    {
      g_assert_cmpstr (g_array_index (c->rows, SkCostRow, i).municipality, !=, "vik");
      sum += g_array_index (c->rows, SkCostRow, i).amount_kr;
    }
  g_assert_cmpint (sum, ==, 29215093);

  /* The 27-FTE scenario: a smaller total, the same rule. */
  {
    g_autoptr(SkCostResult) d = sk_cost_model_compute (p, m, sk_cost_model_find_scenario (m, "27-arsverk"), NULL);

    sum = 0;
    for (guint i = 0; i < d->rows->len; i++)
      sum += g_array_index (d->rows, SkCostRow, i).amount_kr;
    g_assert_cmpint (sum, ==, 27406093);
  }
}

static void
test_explain (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkCostModel *m = sk_project_find_cost_model (p, "barnevern");
  g_autofree char *text = sk_cost_explain (p, m, NULL, 5);

  /* Årdal, in C locale: 25% × 1/6 + 75% × 921/5,935 (children 0–17) = …; × 29,215,093 kr = 4,617,519 kr */
  g_assert_nonnull (strstr (text, "× 1/6"));
  /* The criterion mid-sentence in lower case */
  g_assert_nonnull (strstr (text, "(children 0–17"));
  g_assert_nonnull (strstr (text, "921/5"));
  g_assert_nonnull (strstr (text, "935"));
  g_assert_true (g_str_has_suffix (text, "519 kr"));
}

static void
test_ssb_long (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) t = test_parse_ssb_file ("07459-long.csv", &error);
  g_autoptr(SkProject) p = load_example ();
  g_autoptr(GPtrArray) notes = NULL;
  SkMunicipality *sogndal = sk_project_find_municipality (p, "sogndal");
  SkMunicipality *vik = sk_project_find_municipality (p, "vik");
  const char *source, *date;
  gboolean example;
  g_autofree char *before = sk_project_to_data (p, NULL);
  g_autofree char *after_import = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *after_redo = NULL;
  g_autoptr(SkHistory) history = sk_history_new (p);

  g_assert_no_error (error);
  g_assert_cmpstr (t->year, ==, "2025");
  g_assert_cmpint (test_ssb_region (t, "4640")->population, ==, 151 + 2523 + 1170 + 8650 + 3);
  g_assert_cmpint (test_ssb_region (t, "4640")->age_0_17, ==, 151 + 2523);
  g_assert_cmpint (test_ssb_region (t, "4640")->age_0_24, ==, 151 + 2523 + 1170);
  g_assert_cmpint (test_ssb_region (t, "4643")->age_0_17, ==, 921);

  g_assert_cmpint (sk_edit_import_ssb_figures (history, p, t, &notes, &error), ==, 2);
  after_import = sk_project_to_data (p, NULL);
  g_assert_true (g_strcmp0 (before, after_import) != 0);
  g_assert_cmpfloat (sk_municipality_get_figure (sogndal, "population")->value, ==, 12497);
  g_assert_cmpfloat (sk_municipality_get_figure (vik, "population")->value, ==, 2550);  /* untouched */
  g_assert_true (sk_municipality_get_figure_source (sogndal, "age_0_17", &source, &date, &example));
  g_assert_cmpstr (source, ==, "SSB, tabell 07459");
  g_assert_cmpstr (date, ==, "2025-01-01");
  g_assert_cmpuint (notes->len, ==, 1);   /* the four not in the file */
  g_assert_nonnull (strstr (g_ptr_array_index (notes, 0), "Vik"));
  /* One named step takes the whole import back, to the byte; redo puts it again. */
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Import Figures from SSB");
  g_assert_true (sk_history_undo (history));
  g_assert_false (sk_history_get_can_undo (history));
  after_undo = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after_undo);
  g_assert_true (sk_history_redo (history));
  after_redo = sk_project_to_data (p, NULL);
  g_assert_cmpstr (after_import, ==, after_redo);
}

static void
test_ssb_wide_and_groups (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) wide = test_parse_ssb_file ("07459-wide.csv", &error);
  g_autoptr(SkSsbTable) groups = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (wide->year, ==, "2025");
  g_assert_cmpint (test_ssb_region (wide, "4640")->population, ==, 12496);   /* the "all ages" row */
  g_assert_cmpint (test_ssb_region (wide, "4640")->age_0_17, ==, 2673);
  g_assert_cmpint (test_ssb_region (wide, "4640")->age_0_24, ==, 3843);

  /* Five-year groups: 0–24 adds up, 0–17 cannot be told. */
  groups = test_parse_ssb_file ("07459-groups.csv", &error);
  g_assert_no_error (error);
  g_assert_cmpint (test_ssb_region (groups, "4640")->age_0_24, ==, 600 + 650 + 700 + 720 + 700);
  g_assert_cmpint (test_ssb_region (groups, "4640")->age_0_17, ==, -1);
  {
    g_autoptr(SkProject) p = load_example ();
    g_autoptr(GPtrArray) notes = NULL;

    g_assert_cmpint (sk_edit_import_ssb_figures (NULL, p, groups, &notes, NULL), ==, 1);
    /* 0–17 keeps the value it had, and the user is told why. */
    g_assert_cmpfloat (sk_municipality_get_figure (sk_project_find_municipality (p, "sogndal"), "age_0_17")->value, ==, 2673);
    g_assert_cmpuint (notes->len, ==, 2);
  }
}

static void
test_ssb_bad_files (void)
{
  const char *files[] = { "not-ssb.csv" };

  for (guint i = 0; i < G_N_ELEMENTS (files); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkSsbTable) t = test_parse_ssb_file (files[i], &error);

      g_assert_null (t);
      g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
    }
  /* ".." (SSB: the figure is missing) for a member: refused with its
   * line when applied, the project as it was. */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkSsbTable) t = test_parse_ssb_file ("07459-bad-number.csv", &error);
    g_autoptr(SkProject) p = load_example ();
    g_autofree char *before = sk_project_to_data (p, NULL);
    g_autofree char *after = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (sk_edit_import_ssb_figures (NULL, p, t, NULL, &error), ==, -1);
    g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
    g_assert_nonnull (strstr (error->message, "Line 2: "));
    g_assert_nonnull (strstr (error->message, "“..”"));
    after = sk_project_to_data (p, NULL);
    g_assert_cmpstr (before, ==, after);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(SkSsbTable) t = test_parse_ssb_file ("07459-other-region.csv", &error);
    g_autoptr(SkProject) p = load_example ();
    g_autofree char *before = sk_project_to_data (p, NULL);
    g_autofree char *after = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (sk_edit_import_ssb_figures (NULL, p, t, NULL, &error), ==, -1);
    g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND);
    after = sk_project_to_data (p, NULL);
    g_assert_cmpstr (before, ==, after);
  }
  {
    g_autoptr(GError) error = NULL;
    /* Windows-1252 and Latin-1 are read (tests/test-import.c); UTF-16
     * that ends inside a character is not text. */
    const char invalid[] = "\xff\xfe\"\0r\0e";

    g_assert_null (sk_ssb_table_parse (invalid, sizeof invalid - 1, &error));
    g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING);
  }
}

/* A project of three (or six) members with population figures and one
 * cost model of `total` kr, `fixed` % shared equally. */
static SkProject *
small_model (gint64 total,
             int    fixed,
             guint  members)
{
  g_autoptr(GString) text = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[");
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < members; i++)
    {
      g_string_append_printf (text, "%s{\"id\":\"m%u\",\"name\":\"M%u\",\"figures\":{\"population\":%u}}",
                              i ? "," : "", i, i, 100 + 37 * i);
      g_string_append_printf (ids, "%s\"m%u\"", i ? "," : "", i);
    }
  g_string_append_printf (text, "],\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":%" G_GINT64_FORMAT
                          ",\"participants\":[%s],\"fixed_percent\":%d,"
                          "\"criteria\":[{\"figure\":\"population\",\"weight\":1}]}]}",
                          total, ids->str, fixed);
  return load_text (text->str);
}

/* The equal parts are rounded each to whole kroner; where their sum is not
 * fixed_percent of the total, a note gives both and the difference. */
static void
test_rounding_note (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkCostModel *m = sk_project_find_cost_model (p, "barnevern");
  g_autoptr(SkCostResult) r = sk_cost_model_compute (p, m, NULL, NULL);
  g_autofree char *note = sk_cost_rounding_note (r);
  gint64 sum = 0, exact_cents = r->total_kr * (gint64) r->fixed_percent;
  gint64 diff_cents;
  g_autofree char *sum_text = NULL, *exact_text = NULL, *diff_text = NULL;

  g_assert_cmpfloat (r->fixed_percent, ==, 25);
  for (guint i = 0; i < r->rows->len; i++)
    sum += g_array_index (r->rows, SkCostRow, i).equal_kr;
  diff_cents = sum * 100 - exact_cents;
  g_assert_cmpint (diff_cents, !=, 0);
  sum_text = g_strdup_printf ("add up to %" G_GINT64_FORMAT " kr", sum);
  exact_text = g_strdup_printf ("that is %" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT " kr",
                                exact_cents / 100, exact_cents % 100);
  diff_text = g_strdup_printf ("%" G_GINT64_FORMAT ".%02" G_GINT64_FORMAT " kr less",
                               diff_cents / 100, diff_cents % 100);
  g_test_message ("%s", note);
  g_assert_nonnull (note);
  g_assert_nonnull (strstr (note, sum_text));
  g_assert_nonnull (strstr (note, exact_text));
  g_assert_nonnull (strstr (note, diff_text));
  g_assert_nonnull (strstr (note, "1/6"));

  /* 40 % of 100 kr in three: 13 kr each, 1 kr short, which the variable
   * parts carry. */
  {
    g_autoptr(SkProject) q = small_model (100, 40, 3);
    g_autoptr(SkCostResult) rq = sk_cost_model_compute (q, sk_project_find_cost_model (q, "c"), NULL, NULL);
    g_autofree char *nq = sk_cost_rounding_note (rq);

    g_assert_nonnull (nq);
    g_assert_nonnull (strstr (nq, "that is 40.00 kr"));
    g_assert_nonnull (strstr (nq, "add up to 39 kr"));
    g_assert_nonnull (strstr (nq, "1.00 kr more than their exact 60.00 kr"));
  }
  /* 25 % of 600 kr in six is 25 kr each: nothing to say. */
  {
    g_autoptr(SkProject) q = small_model (600, 25, 6);
    g_autoptr(SkCostResult) rq = sk_cost_model_compute (q, sk_project_find_cost_model (q, "c"), NULL, NULL);

    g_assert_null (sk_cost_rounding_note (rq));
  }
}

int
main (int    argc,
      char **argv)
{
  example_path = test_core_init (&argc, &argv);

  g_test_add_func ("/costs/random-against-exact-rationals", test_random_exact);
  g_test_add_func ("/costs/variants-and-scenarios", test_variant_and_scenarios);
  g_test_add_func ("/costs/explain", test_explain);
  g_test_add_func ("/costs/rounding-note", test_rounding_note);
  g_test_add_func ("/ssb/long-form", test_ssb_long);
  g_test_add_func ("/ssb/wide-form-and-groups", test_ssb_wide_and_groups);
  g_test_add_func ("/ssb/bad-files", test_ssb_bad_files);
  return g_test_run ();
}
