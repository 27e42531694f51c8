/* test-strict.c — what the strict reader takes, how it says where a file
 * goes wrong, and that what it takes is written back as it was read
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "sk-costs.h"
#include "sk-format.h"
#include "sk-matrix.h"
#include "sk-project.h"

#define HEAD "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\""
#define MUNIS ",\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":10,\"kids\":3}}," \
              "{\"id\":\"b\",\"name\":\"B\",\"figures\":{\"population\":30,\"kids\":1}}]"

static SkProject *
load (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  SkProject *project = sk_project_new_from_data (text, strlen (text), &problems, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  g_assert_true (problems == NULL || problems->len == 0);
  return project;
}

static char *
refusal (const char *text)
{
  g_autoptr(GError) error = NULL;
  SkProject *project = sk_project_new_from_data (text, strlen (text), NULL, &error);

  g_assert_null (project);
  g_assert_nonnull (error);
  return g_strdup (error->message);
}

/* All that RFC 8259 allows is taken. */
static void
test_valid_json (void)
{
  const char *text =
    " \t\r\n{ \"format\" : \"sakskart\" , \"version\" : 1 , \"title\" : \"a\\/b \\u00e6\\ud83d\\ude00\\\"\\\\\\b\\f\\n\\r\\t\" ,\n"
    "\"municipalities\" : [ ] , \"x\" : [ -0 , 0 , -0.0 , 1E+2 , 1e-2 , 2.5E3 , -9223372036854775808 ,"
    " 9223372036854775807 , true , false , null , { } , [ [ ] ] , \"\" ] } \n\n";
  g_autoptr(SkProject) project = load (text);

  g_assert_cmpstr (sk_project_get_title (project), ==, "a/b æ😀\"\\\b\f\n\r\t");
}

/* Where a file goes wrong: line, column (in characters) and JSON path. */
static void
test_error_position (void)
{
  g_autofree char *number = refusal (HEAD ",\n\"municipalities\":[{\"id\":\"a\",\n\"name\":\"Å\",\"figures\":{\"population\":0100}}]}");
  g_autofree char *key = refusal (HEAD ",\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"a b\":1,\"a\\u0020b\":2}}]}");
  g_autofree char *after = refusal (HEAD ",\"municipalities\":[]}\n{}");

  g_assert_true (g_str_has_prefix (number, "Line 3, column 36, at $.municipalities[0].figures.population: "));
  g_assert_true (g_str_has_prefix (key, "Line 1, column "));
  g_assert_nonnull (strstr (key, ", at $.municipalities[0].figures['a b']: "));
  g_assert_nonnull (strstr (key, "twice"));
  g_assert_true (g_str_has_prefix (after, "Line 2, column 1, at $: "));
}

/* Numbers and strings that the reader takes are written back with the
 * values they were read with, and the text opens again. */
static void
test_round_trip_exact (void)
{
  const char *text = HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1000,"
                     "\"participants\":[\"a\",\"b\"],\"fixed_percent\":33.3333,"
                     "\"criteria\":[{\"figure\":\"population\",\"weight\":0.1},{\"figure\":\"kids\",\"weight\":123456.7891}]}],"
                     "\"later\":{\"a\":0.1,\"b\":1e-7,\"c\":-9223372036854775808,\"d\":9223372036854775807,"
                     "\"e\":0.30000000000000004,\"f\":2.5e+300,\"g\":\"\\ud83d\\ude00\\u001f\"}}";
  g_autoptr(SkProject) project = load (text);
  g_autoptr(SkProject) again = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *saved_again = NULL;
  SkCostModel *model;
  gsize length;

  saved = sk_project_to_data (project, &length);
  g_assert_null (strstr (saved, "0.1000000"));
  g_assert_null (strstr (saved, "33.33330000"));
  g_assert_nonnull (strstr (saved, "\"a\" : 0.1,"));
  g_assert_nonnull (strstr (saved, "\"b\" : 1e-07,"));
  g_assert_nonnull (strstr (saved, "-9223372036854775808"));
  g_assert_nonnull (strstr (saved, "9223372036854775807"));
  g_assert_nonnull (strstr (saved, "0.30000000000000004"));
  g_assert_nonnull (strstr (saved, "2.5e+300"));
  g_assert_nonnull (strstr (saved, "\\u001f"));
  again = load (saved);
  model = g_ptr_array_index (sk_project_get_cost_models (again), 0);
  g_assert_cmpfloat (model->fixed_percent, ==, 33.3333);
  g_assert_cmpfloat (((SkCriterion *) g_ptr_array_index (model->criteria, 0))->weight, ==, 0.1);
  g_assert_cmpfloat (((SkCriterion *) g_ptr_array_index (model->criteria, 1))->weight, ==, 123456.7891);
  saved_again = sk_project_to_data (again, NULL);
  g_assert_cmpstr (saved, ==, saved_again);
}

/* A member this version does not know, holding a number beyond 64 bits,
 * is refused rather than written back as something else. */
static void
test_unknown_member_out_of_range (void)
{
  g_autofree char *message = refusal (HEAD ",\"municipalities\":[],\"later\":{\"n\":[18446744073709551616]}}");

  g_assert_true (g_str_has_prefix (message, "$.later.n[0]: "));
  g_assert_nonnull (strstr (message, "out of range"));
}

/* Whole numbers beyond 64 bits are out of range, never wrapped: not
 * "must not be negative" for a figure of 2⁶³, not a positive total for
 * one below −2⁶³. */
static void
test_integers_out_of_range (void)
{
  g_autofree char *figure = refusal (HEAD ",\"municipalities\":[{\"id\":\"a\",\"name\":\"A\","
                                     "\"figures\":{\"population\":9223372036854775808}}]}");
  g_autofree char *total = refusal (HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\","
                                    "\"total_kr\":-9223372036854775809,\"participants\":[\"a\"],"
                                    "\"fixed_percent\":100}]}");

  g_assert_true (g_str_has_prefix (figure, "$.municipalities[0].figures.population: "));
  g_assert_nonnull (strstr (figure, "out of range"));
  g_assert_null (strstr (figure, "negative"));
  g_assert_true (g_str_has_prefix (total, "$.cost_models[0].total_kr: "));
  g_assert_nonnull (strstr (total, "out of range"));
}

/* A scale below 0 is reported as such, once, and the scores are not
 * held to it ("between 0 and -5"). */
static void
test_negative_scale (void)
{
  const char *text = HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"scale_max\":-5,"
                     "\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":1}],"
                     "\"candidates\":[{\"municipality\":\"a\",\"scores\":{\"f\":3}}]}]}";
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = sk_project_new_from_data (text, strlen (text), &problems, &error);

  g_assert_null (project);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, ==, 1);
  g_assert_cmpstr (((SkProblem *) g_ptr_array_index (problems, 0))->path, ==, "$.matrices[0].scale_max");
  g_assert_null (strstr (error->message, "-5"));
}

/* The most criteria, each with the largest weight, and a total near the
 * limit of 64 bits: computed exactly, no overflow, no abort. */
static void
test_costs_large_weights (void)
{
  g_autoptr(GString) text = g_string_new (HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\","
                                          "\"total_kr\":9000000000000000000,\"participants\":[\"a\",\"b\"],"
                                          "\"fixed_percent\":0.0001,\"criteria\":[");
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkCostResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 sum = 0;

  for (guint k = 0; k < SK_COST_MAX_CRITERIA; k++)
    g_string_append_printf (text, "%s{\"figure\":\"%s\",\"weight\":900719925474}",
                            k ? "," : "", k % 2 ? "kids" : "population");
  g_string_append (text, "]}]}");
  project = load (text->str);
  result = sk_cost_model_compute (project, g_ptr_array_index (sk_project_get_cost_models (project), 0),
                                  NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < result->rows->len; i++)
    sum += g_array_index (result->rows, SkCostRow, i).amount_kr;
  g_assert_cmpint (sum, ==, G_GINT64_CONSTANT (9000000000000000000));
  /* Half by population (10 of 40), half by kids (3 of 4), a hair equal. */
  g_assert_cmpstr (g_array_index (result->rows, SkCostRow, 0).share_percent, ==, "50.0000");
}

/* The largest matrix values give finite results, and a tie only where
 * there is one. */
static void
test_matrix_largest (void)
{
  g_autoptr(SkProject) project = load (HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\","
                                       "\"scale_max\":10000,\"weight_max\":10000,"
                                       "\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":10000},"
                                       "{\"id\":\"g\",\"name\":\"G\",\"weight\":10000}],"
                                       "\"candidates\":[{\"municipality\":\"a\",\"scores\":{\"f\":10000,\"g\":10000}},"
                                       "{\"municipality\":\"b\",\"scores\":{\"f\":10000,\"g\":9999.5}}]}]}");
  g_autoptr(GArray) results = sk_matrix_compute (g_ptr_array_index (sk_project_get_matrices (project), 0));
  const SkMatrixResult *a = &g_array_index (results, SkMatrixResult, 0);
  const SkMatrixResult *b = &g_array_index (results, SkMatrixResult, 1);

  g_assert_true (isfinite (a->score) && isfinite (a->percent));
  g_assert_cmpfloat (a->percent, ==, 100.0);
  g_assert_cmpint (a->rank, ==, 1);
  g_assert_cmpint (b->rank, ==, 2);
}

/* No number that is not finite is ever written for a person to read. */
static void
test_format_not_finite (void)
{
  const double values[] = { INFINITY, -INFINITY, NAN, 1e300, -1e300, 9.3e18 };

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *decimal = sk_format_decimal (values[i], 2);
      g_autofree char *percent = sk_format_percent (values[i], 1);

      g_assert_null (strstr (decimal, "inf"));
      g_assert_null (strstr (decimal, "nan"));
      g_assert_null (strstr (decimal, "9 223 372"));
      g_assert_null (strstr (percent, "9 223 372"));
      g_assert_null (strstr (percent, "inf"));
    }
}

/* Lookups by id stay right through edits of a long list: a renamed,
 * removed or added record is found, or not, as a walk would find it. */
static void
test_find_after_edits (void)
{
  g_autoptr(GString) text = g_string_new (HEAD ",\"municipalities\":[");
  g_autoptr(SkProject) project = NULL;
  GPtrArray *list;
  SkMunicipality *m;

  for (guint i = 0; i < 100; i++)
    g_string_append_printf (text, "%s{\"id\":\"m%u\",\"name\":\"M%u\"}", i ? "," : "", i, i);
  g_string_append (text, "]}");
  project = load (text->str);
  list = sk_project_get_municipalities (project);

  m = sk_project_find_municipality (project, "m50");
  g_assert_true (m == g_ptr_array_index (list, 50));
  g_assert_null (sk_project_find_municipality (project, "zz"));

  g_free (m->id);
  m->id = g_strdup ("renamed");
  g_assert_null (sk_project_find_municipality (project, "m50"));
  g_assert_true (sk_project_find_municipality (project, "renamed") == m);

  sk_municipality_free (g_ptr_array_steal_index (list, 10));
  g_assert_null (sk_project_find_municipality (project, "m10"));
  g_assert_true (sk_project_find_municipality (project, "m11") == g_ptr_array_index (list, 10));
  g_assert_true (sk_project_find_municipality (project, "renamed") == m);

  m = sk_municipality_new ();
  m->id = g_strdup ("m10");
  g_ptr_array_insert (list, 0, m);
  g_assert_true (sk_project_find_municipality (project, "m10") == m);
  g_assert_true (sk_project_find_municipality (project, "m99") == g_ptr_array_index (list, 99));
}

/* The explanations of all rows, made at once, are those of each row. */
static void
test_explain_all (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  GPtrArray *models;
  guint compared = 0;

  g_assert_no_error (error);
  models = sk_project_get_cost_models (project);
  for (guint k = 0; k < models->len; k++)
    {
      SkCostModel *model = g_ptr_array_index (models, k);

      for (gint s = -1; s < (gint) model->scenarios->len; s++)
        {
          SkScenario *scenario = s < 0 ? NULL : g_ptr_array_index (model->scenarios, s);
          g_autoptr(GPtrArray) all = sk_cost_explain_all (project, model, scenario);

          g_assert_cmpuint (all->len, >, 0);
          for (guint i = 0; i < all->len; i++)
            {
              g_autofree char *one = sk_cost_explain (project, model, scenario, i);

              g_assert_cmpstr (g_ptr_array_index (all, i), ==, one);
              g_assert_nonnull (strstr (one, " kr"));
              compared++;
            }
        }
    }
  g_assert_cmpuint (compared, >=, 6);
}

int
main (int   argc,
      char *argv[])
{
  g_setenv ("LC_ALL", "C", TRUE);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/strict/valid-json", test_valid_json);
  g_test_add_func ("/strict/error-position", test_error_position);
  g_test_add_func ("/strict/round-trip-exact", test_round_trip_exact);
  g_test_add_func ("/strict/unknown-member-out-of-range", test_unknown_member_out_of_range);
  g_test_add_func ("/strict/integers-out-of-range", test_integers_out_of_range);
  g_test_add_func ("/strict/negative-scale", test_negative_scale);
  g_test_add_func ("/strict/costs-large-weights", test_costs_large_weights);
  g_test_add_func ("/strict/matrix-largest", test_matrix_largest);
  g_test_add_func ("/strict/format-not-finite", test_format_not_finite);
  g_test_add_func ("/strict/find-after-edits", test_find_after_edits);
  g_test_add_func ("/strict/explain-all", test_explain_all);
  return g_test_run ();
}
