/* test-import.c — SSB's table 07459 as users get it (from the statbank,
 * its API, a spreadsheet), and the iCalendar export of the meeting plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "sk-ical.h"
#include "sk-project.h"
#include "sk-ssb.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

static double
figure (SkProject  *p,
        const char *id,
        const char *key)
{
  return sk_municipality_get_figure (sk_project_find_municipality (p, id), key)->value;
}

typedef struct
{
  const char *file;
  const char *number;
  const char *id;
  gint64      population, age_0_17, age_0_24;
  int         updated;
} Readable;

/* Files as users have them, each read to the right figures and applied. */
static const Readable readable[] = {
  /* Sex in the column headings: the sexes summed, not the men alone. */
  { "07459-sex-columns.csv", "4640", "sogndal", 1380 + 1310 + 600 + 580 + 4350 + 4360, 1380 + 1310,
    1380 + 1310 + 600 + 580, 1 },
  /* Sex as a column of its own: summed, not "age groups overlap". */
  { "07459-sex-rows.csv", "4643", "ardal", 470 + 445 + 200 + 180 + 1960 + 1940, 915, 915 + 380, 1 },
  /* "K-4641 Aurland" */
  { "07459-k-codes.csv", "4641", "aurland", 310 + 140 + 1400, 310, 450, 1 },
  /* Commas, as the API writes them, and a heading with commas in quotes */
  { "07459-api-commas.csv", "4642", "laerdal", 425 + 170 + 1600, 425, 595, 1 },
  /* Windows-1252, as Excel saves it again */
  { "07459-windows-1252.csv", "4643", "ardal", 915 + 380 + 3900, 915, 1295, 2 },
  /* "." for a former municipality that is no member */
  { "07459-dot-outside.csv", "4640", "sogndal", 2690 + 1180 + 8710, 2690, 3870, 1 },
  /* A column of both sexes beside the men's and the women's, its heading
   * naming "kjønn": that column, not taken for the column of the sexes. */
  { "07459-sex-columns-both.csv", "4641", "aurland", 310 + 140 + 1400, 310, 450, 1 },
  /* "..", ":" and "..." (SSB's signs for no figure) in 2026 for Sogndal
   * as it was before 2020, outside the project. */
  { "07459-missing-outside.csv", "4640", "sogndal", 2690 + 1180 + 8710, 2690, 3870, 1 },
  /* Lines ended by a carriage return alone, as Excel's "CSV (Macintosh)"
   * writes them: lines, not one line. */
  { "07459-mac-line-ends.csv", "4640", "sogndal", 1380 + 1310 + 600 + 580 + 4350 + 4360, 1380 + 1310,
    1380 + 1310 + 600 + 580, 1 },
  /* As a Norwegian spreadsheet saves it again: no quotes, so the title
   * "07459: Befolkning, etter region, alder, …" splits at its commas into
   * what looked like the header */
  { "07459-excel-unquoted.csv", "4643", "ardal", 915 + 380 + 3900, 915, 1295, 1 },
};

static void
test_ssb_readable (gconstpointer data)
{
  const Readable *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) t = test_parse_ssb_file (c->file, &error);
  g_autoptr(SkProject) p = load_example ();
  g_autoptr(GPtrArray) notes = NULL;
  SkSsbRegion *r;

  g_assert_no_error (error);
  g_assert_cmpstr (t->year, ==, "2026");
  r = test_ssb_region (t, c->number);
  g_assert_nonnull (r);
  g_assert_cmpint (r->population, ==, c->population);
  g_assert_cmpint (r->age_0_17, ==, c->age_0_17);
  g_assert_cmpint (r->age_0_24, ==, c->age_0_24);
  g_assert_cmpint (sk_edit_import_ssb_figures (NULL, p, t, &notes, &error), ==, c->updated);
  g_assert_no_error (error);
  g_assert_cmpfloat (figure (p, c->id, "population"), ==, c->population);
  g_assert_cmpfloat (figure (p, c->id, "age_0_17"), ==, c->age_0_17);
  g_assert_cmpfloat (figure (p, c->id, "age_0_24"), ==, c->age_0_24);
  g_assert_cmpfloat (figure (p, "vik", "population"), ==, 2550);   /* not in the file */
}

typedef struct
{
  const char *file;
  const char *line;     /* how the message starts */
  const char *says;
} Refused;

/* Files that would give a wrong figure: refused with the line. */
static const Refused refused[] = {
  { "07459-no-value.csv", "Line 3: ", "has no figure" },
  { "07459-quoted-newline.csv", "Line 2: ", "quoted field" },
  /* A city district's "Alle aldre" once replaced Sogndal's population. */
  { "07459-district.csv", "Line 5: ", "“464001 Sogndal sentrum” is not a municipality" },
  { "07459-total-mismatch.csv", "Line 2: ", "12600, is not the sum of its age groups, 12580" },
  { "07459-year-typo.csv", "Line 3: ", "“2O25” is not a year" },
  { "07459-year-typo-wide.csv", "Line 1: ", "“Personer 2O25” does not name a year" },
  /* One sex alone, as a column of figures or a column of the sexes: half
   * the people, never the municipality's figure. */
  { "07459-one-sex-column.csv", "Line 3: ", "one sex only (“Menn Personer 2026”)" },
  { "07459-one-sex-rows.csv", "Line 2: ", "one sex only (“Kvinner”)" },
  /* Deaths beside the population: not people to add, not "age groups
   * overlap". */
  { "07459-two-statistics.csv", "Line 6: ", "holds “Døde” beside “Personer”" },
  /* The API's commas, and a figure's thousands apart by a comma not in
   * quotes: "2,650" is two fields, and the figure read was 2. */
  { "07459-api-comma-thousands.csv", "Line 2: ", "has 6 fields, the header 5" },
  /* Groups of three only: "11 70" is no figure people write. */
  { "07459-bad-grouping.csv", "Line 3: ", "“11 70” is not a number of people" },
  /* A column of the sexes that names none: a slot for each value grew
   * every region's figures (4 GB for a file of 9 MB) */
  { "07459-sex-not-a-sex.csv", "Line 2: ", "“s0” is neither men nor women" },
  /* "MENN" beside "Menn": the men once, not twice */
  { "07459-sex-twice-written.csv", "Line 4: ", "the age group “0-17 år” of 4642 Lærdal overlaps another" },
  /* The men's column twice: the men once, not twice */
  { "07459-sex-column-twice.csv", "Line 2: ", "the age group “0-17 år” of 4640 Sogndal overlaps another" },
  /* An age beyond any int, which wrapped to the group 0–17. */
  { "07459-age-beyond-int.csv", "Line 2: ", "“0-4294967313 år” is not an age" },
};

static void
test_ssb_refused (gconstpointer data)
{
  const Refused *c = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) t = test_parse_ssb_file (c->file, &error);

  g_assert_null (t);
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
  if (!g_str_has_prefix (error->message, c->line) || strstr (error->message, c->says) == NULL)
    g_error ("%s: “%s” should start “%s” and say “%s”", c->file, error->message, c->line, c->says);
}

/* "." (category not in use) for a member: nothing is changed, and the
 * message names the line. */
static void
test_ssb_dot_for_member (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) t = test_parse_ssb_file ("07459-dot-member.csv", &error);
  g_autoptr(SkProject) p = load_example ();
  g_autofree char *before = sk_project_to_data (p, NULL);
  g_autofree char *after = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (sk_edit_import_ssb_figures (NULL, p, t, NULL, &error), ==, -1);
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "Line 2: "));
  after = sk_project_to_data (p, NULL);
  g_assert_cmpstr (before, ==, after);
}

/* Age groups that leave ages out and no total: no population, rather than
 * the sum of the groups there are. */
static void
test_ssb_partial_groups (void)
{
  const char text[] = "\"region\";\"alder\";\"år\";\"Personer\"\n"
                      "\"4640 Sogndal\";\"0-17 år\";\"2026\";2690\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) t = sk_ssb_table_parse (text, sizeof text - 1, &error);
  g_autoptr(SkProject) p = load_example ();
  g_autoptr(GPtrArray) notes = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (test_ssb_region (t, "4640")->population, ==, -1);
  g_assert_cmpint (test_ssb_region (t, "4640")->age_0_17, ==, 2690);
  g_assert_cmpint (sk_edit_import_ssb_figures (NULL, p, t, &notes, &error), ==, 1);
  g_assert_cmpfloat (figure (p, "sogndal", "population"), ==, 12496);
  g_assert_cmpfloat (figure (p, "sogndal", "age_0_17"), ==, 2690);
}

/* A moved meeting keeps its UID; the revision counter is its SEQUENCE,
 * and it survives a save. */
static void
test_ical_uid_and_sequence (void)
{
  g_autoptr(SkProject) p = load_example ();
  g_autoptr(SkProject) again = NULL;
  g_autoptr(GError) error = NULL;
  SkMeeting *m = sk_project_find_meeting (p, "styret-2025-11-03");
  g_autofree char *uid = sk_ical_meeting_uid (p, m);
  g_autofree char *moved_uid = NULL;
  g_autofree char *text = NULL;
  g_autofree char *ics = NULL;
  g_autofree char *line = NULL;
  gsize length;

  g_assert_true (g_str_has_suffix (uid, "@sakskart"));
  g_assert_cmpint (sk_ical_meeting_sequence (m), ==, 0);
  g_free (m->date);
  m->date = g_strdup ("2025-11-05");
  sk_ical_meeting_revised (m);
  sk_ical_meeting_revised (m);
  moved_uid = sk_ical_meeting_uid (p, m);
  g_assert_cmpstr (uid, ==, moved_uid);
  ics = sk_ical_from_project (p, 2025);
  line = g_strdup_printf ("UID:%s\r\nDTSTAMP:", uid);
  g_assert_nonnull (strstr (ics, line));
  g_assert_nonnull (strstr (ics, "SEQUENCE:2\r\n"));
  g_assert_nonnull (strstr (ics, "DTSTART;TZID=Europe/Oslo:20251105T"));

  text = sk_project_to_data (p, &length);
  again = sk_project_new_from_data (text, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sk_ical_meeting_sequence (sk_project_find_meeting (again, "styret-2025-11-03")), ==, 2);

  /* Another organisation, the same meeting ids: other UIDs. */
  sk_project_set_organisation (p, "Nordfjord KO");
  {
    g_autofree char *other = sk_ical_meeting_uid (p, m);

    g_assert_cmpstr (other, !=, uid);
  }
}

/* Two members with one municipality number (a mistake, or a copy) would
 * both get that municipality's figures: refused, both named, nothing
 * changed. */
static void
test_ssb_number_twice (void)
{
  g_autoptr(SkProject) p = load_example ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) t = test_parse_ssb_file ("07459-sex-columns.csv", &error);
  SkMunicipality *luster = sk_project_find_municipality (p, "luster");
  double before = figure (p, "luster", "population");

  g_assert_no_error (error);
  g_free (luster->number);
  luster->number = g_strdup ("4640");
  g_assert_cmpint (sk_edit_import_ssb_figures (NULL, p, t, NULL, &error), ==, -1);
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Luster and Sogndal both have the municipality number 4640"));
  g_assert_cmpfloat (figure (p, "luster", "population"), ==, before);
  g_assert_cmpfloat (figure (p, "sogndal", "population"), ==, 12496);
}

/* Control characters a project's texts may hold (JSON writes them as
 * \u0001) are not written into the calendar, where RFC 5545 does not
 * allow them: only CRLF ends its lines, and a tab stays. */
static void
test_ical_control_characters (void)
{
  g_autoptr(SkProject) p = test_load_project_text (
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\\u0007\",\"municipalities\":[],"
    "\"meetings\":[{\"id\":\"m\",\"body\":\"Styret\\u001b[31m\",\"date\":\"2025-11-03\","
    "\"location\":\"Sogndal\\u0001\\u007f\\tkulturhus\\rX\\r\\nY\\nZ\","
    "\"items\":[{\"id\":\"i\",\"title\":\"Sak\\u0008\",\"kind\":\"decision\"}]}]}");
  g_autofree char *ics = NULL;

  ics = sk_ical_from_project (p, 2025);
  for (const char *c = ics; *c; c++)
    {
      if (*c == '\r')
        g_assert_cmpint (c[1], ==, '\n');
      else if (*c == '\n')
        g_assert_cmpint (c[-1], ==, '\r');
      else
        g_assert_true (*c == '\t' || ((guchar) *c >= 0x20 && *c != 0x7f));
    }
  /* Each line end of the text, a lone CR as well, is one line break. */
  g_assert_nonnull (strstr (ics, "LOCATION:Sogndal  \tkulturhus\\nX\\nY\\nZ\r\n"));
  g_assert_nonnull (strstr (ics, "SUMMARY:Styret [31m\r\n"));
}

int
main (int    argc,
      char **argv)
{
  example_path = test_core_init (&argc, &argv);

  for (guint i = 0; i < G_N_ELEMENTS (readable); i++)
    {
      g_autofree char *name = g_strdup_printf ("/ssb/reads/%s", readable[i].file);

      g_test_add_data_func (name, &readable[i], test_ssb_readable);
    }
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *name = g_strdup_printf ("/ssb/refuses/%s", refused[i].file);

      g_test_add_data_func (name, &refused[i], test_ssb_refused);
    }
  g_test_add_func ("/ssb/dot-for-a-member", test_ssb_dot_for_member);
  g_test_add_func ("/ssb/partial-groups", test_ssb_partial_groups);
  g_test_add_func ("/ssb/number-twice", test_ssb_number_twice);
  g_test_add_func ("/ical/uid-and-sequence", test_ical_uid_and_sequence);
  g_test_add_func ("/ical/control-characters", test_ical_control_characters);
  return g_test_run ();
}
