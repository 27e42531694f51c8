/* test-export.c — tables as CSV, spreadsheet CSV, clipboard text, HTML
 * and JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-export.h"
#include "sk-format.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

/* Two rows with every kind of cell, names that need quoting. */
static SkExportTable *
sample_table (void)
{
  SkExportTable *t = sk_export_table_new ();

  sk_export_table_add_note (t, "Model · scenario");
  sk_export_table_add_column (t, "municipality", "Kommune", SK_EXPORT_TEXT, 0);
  sk_export_table_add_column (t, "amount_kr", "Sum", SK_EXPORT_KR, 0);
  sk_export_table_add_column (t, "share_percent", "Prosentdel", SK_EXPORT_PERCENT, 4);
  sk_export_table_add_column (t, "score", "Skår", SK_EXPORT_DECIMAL, 2);
  sk_export_table_add_row (t, FALSE);
  sk_export_table_add_text (t, "Lærdal, \"Sogn\"");
  sk_export_table_add_integer (t, 29215093);
  sk_export_table_add_number (t, "15.8053");
  sk_export_table_add_double (t, 96);
  sk_export_table_add_row (t, FALSE);
  sk_export_table_add_text (t, "Vik;\tline\nbreak");
  sk_export_table_add_integer (t, 0);
  sk_export_table_add_number (t, "0.0000");
  sk_export_table_add_empty (t);
  return t;
}

static void
test_csv_rfc4180 (void)
{
  g_autoptr(SkExportTable) t = sample_table ();
  g_autofree char *csv = sk_export_table_to_string (t, SK_EXPORT_CSV, NULL);

  /* Quotes doubled, not C escapes; no notes, keys as the header. */
  g_assert_cmpstr (csv, ==,
                   "municipality,amount_kr,share_percent,score\n"
                   "\"Lærdal, \"\"Sogn\"\"\",29215093,15.8053,96.00\n"
                   "\"Vik;\tline\nbreak\",0,0.0000,\n");
  g_assert_null (strstr (csv, "\\303"));
}

static void
test_csv_norwegian (void)
{
  g_autoptr(SkExportTable) t = sample_table ();
  gsize length = 0;
  g_autofree char *csv = sk_export_table_to_string (t, SK_EXPORT_CSV_NO, &length);

  g_assert_cmpuint (length, ==, strlen (csv));
  g_assert_cmpstr (csv, ==,
                   "\xEF\xBB\xBF" "Model · scenario\r\n"
                   "Kommune;Sum;Prosentdel;Skår\r\n"
                   "\"Lærdal, \"\"Sogn\"\"\";29215093;15,8053;96,00\r\n"
                   "\"Vik;\tline\nbreak\";0;0,0000;\r\n");
}

/* The table as `format` writes it on a Norwegian desktop (LC_NUMERIC
 * nb_NO.UTF-8), in a window whose words are Norwegian (with
 * `norwegian_words`: the app's numbers written the Norwegian way) or
 * English (the messages of this test). */
static char *
to_string_on_norwegian_desktop (SkExportTable  *t,
                                SkExportFormat  format,
                                gboolean        norwegian_words)
{
  char *text;

  g_assert_nonnull (setlocale (LC_NUMERIC, "nb_NO.UTF-8"));
  sk_format_norwegian_push (norwegian_words);
  text = sk_export_table_to_string (t, format, NULL);
  sk_format_norwegian_pop ();
  setlocale (LC_NUMERIC, "C.UTF-8");
  return text;
}

static void
test_tsv_plain_numbers (void)
{
  g_autoptr(SkExportTable) t = sample_table ();
  g_autofree char *tsv = NULL;

  /* The clipboard's numbers follow the locale's decimal sign, without
   * grouping, "kr" or no-break spaces; a tab or line break in a name
   * would make a new cell. */
  tsv = to_string_on_norwegian_desktop (t, SK_EXPORT_TSV, TRUE);
  g_assert_cmpstr (tsv, ==,
                   "Model · scenario\n"
                   "Kommune\tSum\tProsentdel\tSkår\n"
                   "Lærdal, \"Sogn\"\t29215093\t15,8053\t96,00\n"
                   "Vik; line break\t0\t0,0000\t\n");
  g_assert_null (strstr (tsv, "\u00a0"));
  g_assert_null (strstr (tsv, "kr"));
}

static void
test_html_formatted (void)
{
  g_autoptr(SkExportTable) t = sample_table ();
  g_autofree char *html = NULL;

  g_autofree char *english = NULL;

  html = to_string_on_norwegian_desktop (t, SK_EXPORT_HTML, TRUE);
  g_assert_nonnull (strstr (html, "<caption>Model · scenario</caption>"));
  g_assert_nonnull (strstr (html, "<td align=\"left\">Lærdal, &quot;Sogn&quot;</td>"));
  /* Formatted for reading: grouped with no-break spaces, with the unit */
  g_assert_nonnull (strstr (html, "29\u00a0215\u00a0093"));
  g_assert_nonnull (strstr (html, "15,8053"));

  /* As an English window writes numbers, whatever the desktop's locale:
   * the words and the numbers of one text in one language. */
  english = to_string_on_norwegian_desktop (t, SK_EXPORT_HTML, FALSE);
  g_assert_nonnull (strstr (english, "29,215,093"));
  g_assert_nonnull (strstr (english, "15.8053"));
  g_assert_null (strstr (english, "15,8053"));
}

static void
test_json_kinds (void)
{
  g_autoptr(SkExportTable) t = sample_table ();
  g_autoptr(JsonNode) node = sk_export_table_to_json (t);
  JsonArray *rows = json_node_get_array (node);
  JsonObject *first = json_array_get_object_element (rows, 0);
  JsonObject *second = json_array_get_object_element (rows, 1);

  g_assert_cmpuint (json_array_get_length (rows), ==, 2);
  g_assert_cmpstr (json_object_get_string_member (first, "municipality"), ==, "Lærdal, \"Sogn\"");
  g_assert_cmpint (json_object_get_int_member (first, "amount_kr"), ==, 29215093);
  /* An exact number stays text; a double is a JSON number */
  g_assert_cmpstr (json_object_get_string_member (first, "share_percent"), ==, "15.8053");
  g_assert_cmpfloat (json_object_get_double_member (first, "score"), ==, 96.0);
  g_assert_true (json_object_get_null_member (second, "score"));
}

static void
test_format_names (void)
{
  SkExportFormat f;

  g_assert_true (sk_export_format_parse ("csv", &f));
  g_assert_cmpint (f, ==, SK_EXPORT_CSV);
  g_assert_true (sk_export_format_parse ("csv-no", &f));
  g_assert_cmpint (f, ==, SK_EXPORT_CSV_NO);
  g_assert_false (sk_export_format_parse ("CSV", &f));
  g_assert_false (sk_export_format_parse ("xlsx", &f));
  g_assert_false (sk_export_format_parse (NULL, &f));
}

static void
test_cost_table (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkCostModel *model = g_ptr_array_index (sk_project_get_cost_models (p), 0);
  g_autoptr(SkCostResult) result = sk_cost_model_compute (p, model, NULL, NULL);
  g_autoptr(SkExportTable) machine = sk_export_cost_table (p, model, NULL, result, FALSE);
  g_autoptr(SkExportTable) full = sk_export_cost_table (p, model, NULL, result, TRUE);
  g_autofree char *csv = sk_export_table_to_string (machine, SK_EXPORT_CSV, NULL);
  g_autofree char *tsv = sk_export_table_to_string (full, SK_EXPORT_TSV, NULL);
  g_autofree char *sum = NULL;
  gint64 total = 0;

  g_assert_true (g_str_has_prefix (csv, "municipality,amount_kr,share_percent\nAurland,2350703,8.0462\n"));
  for (guint i = 0; i < result->rows->len; i++)
    total += g_array_index (result->rows, SkCostRow, i).amount_kr;
  g_assert_cmpint (total, ==, result->total_kr);
  /* Which model and percentages, the parts, and a sum row that adds up */
  g_assert_true (g_str_has_prefix (tsv, model->title));
  g_assert_nonnull (strstr (tsv, "25% shared equally, 75% by"));
  g_assert_nonnull (strstr (tsv, "Municipality\tEqual part\tVariable part\tTotal\tShare\n"));
  sum = g_strdup_printf ("\nSum\t%d\t%d\t%" G_GINT64_FORMAT "\t100.0000\n", 7303776, 21911317, result->total_kr);
  g_assert_nonnull (strstr (tsv, sum));
  g_assert_null (strstr (tsv, "kr\t"));
}

static void
test_matrix_whole_scores (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMatrix *matrix = sk_project_find_matrix (p, "barnevern-oppmotestad");
  g_autoptr(GArray) results = sk_matrix_compute (matrix);
  g_autoptr(SkExportTable) machine = NULL;
  g_autoptr(SkExportTable) full = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *csv_no = NULL;

  sk_matrix_results_by_rank (results);
  machine = sk_export_matrix_table (p, matrix, results, FALSE);
  full = sk_export_matrix_table (p, matrix, results, TRUE);
  csv = sk_export_table_to_string (machine, SK_EXPORT_CSV, NULL);
  csv_no = sk_export_table_to_string (full, SK_EXPORT_CSV_NO, NULL);
  /* For programs as before; for people, "96", not "96,00" */
  g_assert_cmpstr (csv, ==, "candidate,score,percent,rank\nÅrdal,96.00,68.6,1\nLærdal,90.00,64.3,2\n");
  g_assert_nonnull (strstr (csv_no, "Candidate;Total score;Percent of maximum;Rank\r\nÅrdal;96;68,6;1\r\nLærdal;90;64,3;2\r\n"));
}

static void
test_agenda_table (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (p), 0);
  g_autoptr(SkExportTable) table = sk_export_agenda_table (p, meeting);
  g_autofree char *tsv = sk_export_table_to_string (table, SK_EXPORT_TSV, NULL);
  g_autofree char *html = sk_export_table_to_string (table, SK_EXPORT_HTML, NULL);
  g_auto(GStrv) lines = g_strsplit (tsv, "\n", -1);

  /* Which meeting, the headings, and one line per item with its start */
  g_assert_true (g_str_has_prefix (tsv, "Styremøte · 3 November 2025, at 09:00\nNo.\tItem\tKind\tPresenter\tTime\n"));
  g_assert_nonnull (strstr (tsv, "\n7\tFelles barnevern i Sogn\tDecision\tAdministrasjonen\t10:15\n"));
  g_assert_cmpuint (g_strv_length (lines), ==, 2 + meeting->items->len + 1);
  g_assert_nonnull (strstr (html, "<td align=\"left\">Felles barnevern i Sogn</td>"));
}

/* A name in a file from someone else that a spreadsheet would run as a
 * formula is kept a text where the table is made for a spreadsheet
 * (csv-no, the clipboard): an apostrophe first.  Plain csv, for
 * scripts, keeps the data as it is; numbers are never touched. */
static void
test_spreadsheet_formulas (void)
{
  g_autoptr(SkExportTable) t = sk_export_table_new ();
  g_autofree char *csv = NULL, *csv_no = NULL, *tsv = NULL;

  sk_export_table_add_note (t, "=1+1");
  sk_export_table_add_column (t, "municipality", "Kommune", SK_EXPORT_TEXT, 0);
  sk_export_table_add_column (t, "amount_kr", "Sum", SK_EXPORT_KR, 0);
  sk_export_table_add_row (t, FALSE);
  sk_export_table_add_text (t, "=HYPERLINK(\"http://example.com\",\"Vik\")");
  sk_export_table_add_integer (t, -5);
  sk_export_table_add_row (t, FALSE);
  sk_export_table_add_text (t, "+47 Luster");
  sk_export_table_add_integer (t, 5);
  sk_export_table_add_row (t, FALSE);
  sk_export_table_add_text (t, "@SUM(A1)");
  sk_export_table_add_integer (t, 0);
  sk_export_table_add_row (t, FALSE);
  sk_export_table_add_text (t, "-1-1");
  sk_export_table_add_integer (t, 0);

  csv = sk_export_table_to_string (t, SK_EXPORT_CSV, NULL);
  csv_no = sk_export_table_to_string (t, SK_EXPORT_CSV_NO, NULL);
  tsv = sk_export_table_to_string (t, SK_EXPORT_TSV, NULL);
  g_assert_cmpstr (csv, ==,
                   "municipality,amount_kr\n"
                   "\"=HYPERLINK(\"\"http://example.com\"\",\"\"Vik\"\")\",-5\n"
                   "+47 Luster,5\n@SUM(A1),0\n-1-1,0\n");
  g_assert_cmpstr (csv_no, ==,
                   "\xEF\xBB\xBF'=1+1\r\n"
                   "Kommune;Sum\r\n"
                   "\"'=HYPERLINK(\"\"http://example.com\"\",\"\"Vik\"\")\";-5\r\n"
                   "'+47 Luster;5\r\n'@SUM(A1);0\r\n'-1-1;0\r\n");
  g_assert_nonnull (strstr (tsv, "'=HYPERLINK(\"http://example.com\",\"Vik\")\t-5\n"));
  g_assert_nonnull (strstr (tsv, "'+47 Luster\t5\n'@SUM(A1)\t0\n'-1-1\t0\n"));
  g_assert_true (g_str_has_prefix (tsv, "'=1+1\n"));
}

int
main (int    argc,
      char **argv)
{
  example_path = test_core_init (&argc, &argv);

  g_test_add_func ("/export/csv-rfc4180", test_csv_rfc4180);
  g_test_add_func ("/export/csv-norwegian", test_csv_norwegian);
  g_test_add_func ("/export/spreadsheet-formulas", test_spreadsheet_formulas);
  g_test_add_func ("/export/tsv-plain-numbers", test_tsv_plain_numbers);
  g_test_add_func ("/export/html-formatted", test_html_formatted);
  g_test_add_func ("/export/json-kinds", test_json_kinds);
  g_test_add_func ("/export/format-names", test_format_names);
  g_test_add_func ("/export/cost-table", test_cost_table);
  g_test_add_func ("/export/matrix-whole-scores", test_matrix_whole_scores);
  g_test_add_func ("/export/agenda-table", test_agenda_table);
  return g_test_run ();
}
