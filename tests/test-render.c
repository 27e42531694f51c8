/* test-render.c — the charts and papers drawn without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "sk-gantt.h"
#include "sk-render.h"
#include "sk-doc-language.h"
#include "test-util.h"
#include "core-util.h"

static char *example_path;

static SkProject *
load_example (void)
{
  return test_load_project (example_path);
}

static void
test_matrix_files (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMatrix *m = sk_project_find_matrix (p, "barnevern-oppmotestad");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  const char *names[] = { "chart.png", "chart.svg", "chart.pdf" };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *data = NULL;
      gsize length = 0;

      g_assert_true (sk_render_matrix_file (p, m, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &data, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      if (i == 0)
        g_assert_true (memcmp (data, "\x89PNG", 4) == 0);
      else if (i == 1)
        g_assert_nonnull (strstr (data, "<svg"));
      else
        {
          g_autofree char *text = test_pdf_text (path);

          g_assert_nonnull (strstr (text, "Oppmøtestad for felles barnevern"));
          g_assert_nonnull (strstr (text, "Årdal"));
          g_assert_nonnull (strstr (text, "Overgangsrisiko"));
          /* The sensitivity: its chart's axis and legend, and its table. */
          g_assert_nonnull (strstr (text, "Range where Årdal stays first"));
          g_assert_nonnull (strstr (text, "Weight now"));
          g_assert_nonnull (strstr (text, "Årdal stays first while its"));
          g_assert_nonnull (strstr (text, "between 3.5 and 5"));
          g_assert_nonnull (strstr (text, "below 3.5: Lærdal"));
          /* The chart's percentages English too */
          g_assert_nonnull (strstr (text, "68.6%"));
          g_assert_null (strstr (text, "68,6"));
        }
      g_unlink (path);
    }
  /* A name the renderer cannot write says so. */
  {
    g_autofree char *bad = g_build_filename (dir, "chart.bmp", NULL);

    g_assert_false (sk_render_matrix_file (p, m, bad, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  }
  g_rmdir (dir);
}

/* The matrix's PDF speaks the board's language whatever the interface
 * speaks, and says a tie plainly, naming both. */
static void
test_matrix_pdf_board_language (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMatrix *m = sk_project_find_matrix (p, "nav-vertskommune");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "nav.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  sk_doc_language_set_override (NULL);
  g_assert_true (sk_render_matrix_file (p, m, path, &error));
  sk_doc_language_set_override ("en");
  g_assert_no_error (error);
  text = test_pdf_text (path);
  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "Kor langt kvar vekt kan flyttast før ein annan kandidat kjem først"));
  g_assert_nonnull (strstr (text, "Sogndal og Årdal står likt på førsteplassen med ein samla skår på 91."));
  g_assert_nonnull (strstr (text, "under 4: Årdal"));
  g_assert_null (strstr (text, "stays first"));
  /* The chart's percentages Norwegian, with a (no-break) space */
  g_assert_nonnull (strstr (text, "75,8 %"));
  g_assert_null (strstr (text, "75.8"));
  g_unlink (path);
  g_rmdir (dir);
}

/* The text of the matrix chart as the window draws it (in the language
 * of the interface, no document's in force), from a PDF. */
static char *
window_chart_text (const char *matrix_id)
{
  g_autoptr(SkProject) p = load_example ();
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "chart.pdf", NULL);
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 600, 200);
  cairo_t *cr = cairo_create (surface);
  SkPalette palette;
  char *text;

  sk_palette_init_light (&palette);
  sk_render_matrix_chart (cr, p, sk_project_find_matrix (p, matrix_id), NULL, &palette,
                          "Cantarell 10", 600, 200);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  text = test_pdf_text (path);
  g_unlink (path);
  g_rmdir (dir);
  return text;
}

/* The chart's percentages in the interface's language whatever the
 * desktop's locale: "75.8%" in English on a Norwegian desktop, "75,8 %"
 * (a no-break space) in Nynorsk on an English one. */
static void
test_matrix_chart_interface_language (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *english = NULL, *nynorsk = NULL;

      g_assert_nonnull (setlocale (LC_NUMERIC, "nn_NO.UTF-8"));
      english = window_chart_text ("nav-vertskommune");
      g_assert_nonnull (strstr (english, "Sogndal (tie)"));
      g_assert_nonnull (strstr (english, "75.8%"));
      g_assert_null (strstr (english, "75,8"));

      g_setenv ("LANGUAGE", "nn", TRUE);
      g_assert_nonnull (setlocale (LC_ALL, "nn_NO.UTF-8"));
      g_assert_nonnull (setlocale (LC_NUMERIC, "en_US.UTF-8"));
      nynorsk = window_chart_text ("nav-vertskommune");
      g_assert_null (strstr (nynorsk, "(tie)"));
      g_assert_nonnull (strstr (nynorsk, "75,8 %"));
      g_assert_null (strstr (nynorsk, "75.8"));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_cost_pdf (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkCostModel *model = sk_project_find_cost_model (p, "skog");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "skog.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (sk_render_cost_pdf (p, model, sk_cost_model_find_scenario (model, "hovudregel"), path, &error));
  g_assert_no_error (error);
  text = test_pdf_text (path);
  g_assert_nonnull (strstr (text, "Skog i Sogn"));
  g_assert_nonnull (strstr (text, "Hovudregelen"));
  g_assert_nonnull (strstr (text, "1,850,000 kr"));
  g_unlink (path);
  g_rmdir (dir);
}

/* The board pack's agenda table: a kind, a presenter and a time each on
 * one line, not broken inside a word. */
static void
test_board_pack_table (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (meeting);
  g_assert_true (sk_render_meeting_pdf (p, meeting, FALSE, path, &error));
  g_assert_no_error (error);
  text = test_pdf_text (path);
  /* What a cell broken inside a word or a time looks like in the text. */
  g_assert_null (strstr (text, "Orientati\n"));
  g_assert_null (strstr (text, "Administrasj\n"));
  g_assert_null (strstr (text, "Administrasj-"));
  g_assert_null (strstr (text, "09:00–\n"));
  g_assert_nonnull (strstr (text, "Orientation"));
  g_assert_nonnull (strstr (text, "Administrasjonen"));
  g_unlink (path);
  g_rmdir (dir);
}

/* The exports the window makes, drawn here: never over a project file
 * (whatever its name), the project as it was, and the reason named. */
static void
test_exports_spare_projects (void)
{
  g_autoptr(SkProject) p = load_example ();
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *text = NULL;
  const char *names[] = { "pack.pdf", "chart.png", "chart.svg", "costs.pdf", "timeline.pdf" };
  gsize length;

  g_assert_true (g_file_get_contents (example_path, &text, &length, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *before = NULL, *after = NULL;
      g_autoptr(GError) error = NULL;
      SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
      gboolean ok;

      g_assert_true (g_file_set_contents (path, text, length, NULL));
      before = test_file_digest (path);
      if (i == 0)
        ok = sk_render_meeting_pdf (p, meeting, FALSE, path, &error);
      else if (i < 3)
        ok = sk_render_matrix_file (p, sk_project_find_matrix (p, "barnevern-oppmotestad"), path, &error);
      else if (i == 3)
        ok = sk_render_cost_pdf (p, sk_project_find_cost_model (p, "barnevern"), NULL, path, &error);
      else
        ok = sk_gantt_export (g_ptr_array_index (sk_project_get_timelines (p), 0), path, "a4", &error);
      g_assert_false (ok);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_EXISTS);
      g_assert_nonnull (strstr (error->message, path));
      after = test_file_digest (path);
      g_assert_cmpstr (after, ==, before);
      g_unlink (path);
    }
  g_rmdir (dir);
}


static char *
board_pack_text (SkProject *p,
                 gboolean   minutes)
{
  SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autoptr(GError) error = NULL;
  char *text;

  g_assert_nonnull (meeting);
  g_assert_true (sk_render_meeting_pdf (p, meeting, minutes, path, &error));
  g_assert_no_error (error);
  text = test_pdf_text (path);
  g_unlink (path);
  g_rmdir (dir);
  return text;
}

/* From `from` on in `text`, the text up to the first `to`. */
static char *
span (const char *text,
      const char *from,
      const char *to)
{
  const char *a = strstr (text, from);
  const char *b = a ? strstr (a, to) : NULL;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  return g_strndup (a, b - a);
}

/* The board pack's cost tables: each on one page (the first ran over a
 * page break), with a line that says how the cost is split and one on
 * how it is rounded (largest remainders). */
static void
test_board_pack_cost_table (void)
{
  g_autoptr(SkProject) p = load_example ();
  g_autofree char *text = board_pack_text (p, FALSE);
  g_autofree char *child_welfare = span (text, "Felles barnevern i Sogn – budsjett 2026 (29 årsverk)\nMunicipality", "100.00%");
  g_autofree char *forest = span (text, "Skog i Sogn – vertskommunesamarbeid\nMunicipality", "100.00%");
  g_autofree char *with_rounding = span (text, "Felles barnevern i Sogn – budsjett 2026 (29 årsverk)\nMunicipality",
                                         "Whole kroner: each municipality first gets");

  g_assert_null (strchr (child_welfare, '\f'));
  g_assert_null (strchr (forest, '\f'));
  g_assert_null (strchr (with_rounding, '\f'));
  g_assert_nonnull (strstr (text, "100.00%\n\n25% equally, 75% by children 0–17\nWhole kroner: each municipality first gets"));
  g_assert_nonnull (strstr (text, "100.00%\n\n33.33% by productive forest (decares), 33.33% by planted forest (decares), "
                                  "33.33% by forest holdings\n"));
}

/* Wherever a matrix is linked to an item, a sensitivity table follows its
 * ranking; a tie is said in words and names both. */
static void
test_board_pack_sensitivity (void)
{
  g_autoptr(SkProject) p = load_example ();
  g_autofree char *text = board_pack_text (p, FALSE);
  const char *heading = "How far each weight can move before the leader changes";
  g_autofree char *flat = g_strdup (text);
  const char *at = text;
  guint tables = 0;

  while ((at = strstr (at, heading)) != NULL)
    {
      tables++;
      at += strlen (heading);
    }
  g_assert_cmpuint (tables, ==, 3);   /* items 7, 8 and 11 */
  /* Item 11: Sogndal and Årdal tie at 91 (the sentence over two lines). */
  g_strdelimit (flat, "\n", ' ');
  g_assert_nonnull (strstr (flat, "Sogndal and Årdal are tied for first place with a total score of 91. "
                                  "The table follows Sogndal, the first of them in the matrix."));
  g_assert_nonnull (strstr (flat, "Sogndal stays first while its"));
  g_assert_nonnull (strstr (flat, "below 4: Årdal"));
  g_assert_nonnull (strstr (flat, "above 3: Årdal"));
  /* Item 8: Vik first; "ansvarsfordeling" from 4 − 2/3 up. */
  g_assert_nonnull (strstr (flat, "Vik stays first while its"));
  g_assert_nonnull (strstr (flat, "between 3.33 and 5"));
  g_assert_nonnull (strstr (flat, "below 3.33: Sogndal"));
  /* Item 7: Årdal holds unless transition risk weighs under 3,5. */
  g_assert_nonnull (strstr (flat, "between 3.5 and 5"));
  g_assert_nonnull (strstr (flat, "below 3.5: Lærdal"));
  g_assert_nonnull (strstr (flat, "between 0 and 5 (the whole scale)"));
}

/* Tables longer than a page: the heading row again at the top of each
 * page the table runs onto. */
static void
test_board_pack_long_tables (void)
{
  GString *json = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":[");
  g_autoptr(SkProject) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *text = NULL;
  g_auto(GStrv) pages = NULL;
  guint cost_heads = 0, matrix_heads = 0, cost_pages = 0, matrix_pages = 0;
  const guint n = 90;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"k%u\",\"name\":\"Kommune %u\",\"figures\":{\"population\":%u}}",
                            i ? "," : "", i, i, 1000 + i);
  g_string_append (json, "],\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2026-02-10\",\"items\":["
                         "{\"id\":\"i\",\"title\":\"I\",\"kind\":\"decision\",\"links\":"
                         "[{\"kind\":\"cost_model\",\"id\":\"c\"},{\"kind\":\"matrix\",\"id\":\"x\"}]}");
  for (guint i = 0; i < 60; i++)
    g_string_append_printf (json, ",{\"id\":\"i%u\",\"title\":\"Agendapunkt %u\",\"kind\":\"formal\"}", i, i);
  g_string_append (json, "]}],"
                         "\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1000000,\"fixed_percent\":25,"
                         "\"criteria\":[{\"figure\":\"population\",\"weight\":1}],\"participants\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s\"k%u\"", i ? "," : "", i);
  g_string_append (json, "]}],\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (json, "%s{\"id\":\"f%u\",\"name\":\"Faktor %u\",\"weight\":%u}", i ? "," : "", i, i, i % 6);
  g_string_append (json, "],\"candidates\":[{\"municipality\":\"k0\",\"scores\":{\"f0\":5}},"
                         "{\"municipality\":\"k1\",\"scores\":{\"f1\":4}}]}]}");
  p = sk_project_new_from_data (json->str, json->len, NULL, &error);
  g_assert_no_error (error);
  g_string_free (json, TRUE);
  g_assert_true (sk_render_meeting_pdf (p, sk_project_find_meeting (p, "m"), FALSE, path, &error));
  g_assert_no_error (error);
  text = test_pdf_text (path);
  pages = g_strsplit (text, "\f", -1);
  for (guint i = 0; pages[i]; i++)
    {
      /* Amounts are the cost table's; factors the sensitivity table's. */
      gboolean cost_rows = strstr (pages[i], " kr\n") != NULL;
      gboolean matrix_rows = strstr (pages[i], "Faktor ") != NULL;

      cost_pages += cost_rows;
      matrix_pages += matrix_rows;
      /* A page with rows of a table has its heading row. */
      if (cost_rows)
        g_assert_nonnull (strstr (pages[i], "Municipality"));
      if (matrix_rows)
        g_assert_nonnull (strstr (pages[i], "Otherwise first"));
      cost_heads += strstr (pages[i], "Municipality") != NULL;
      matrix_heads += strstr (pages[i], "Otherwise first") != NULL;
    }
  /* The agenda table, before the first item's papers. */
  {
    guint agenda_pages = 0;

    for (guint i = 0; pages[i]; i++)
      {
        const char *papers = strstr (pages[i], "Item 1: ");
        g_autofree char *table = papers ? g_strndup (pages[i], papers - pages[i]) : g_strdup (pages[i]);

        if (strstr (table, "Agendapunkt"))
          {
            agenda_pages++;
            g_assert_nonnull (strstr (table, "Kind"));
          }
        if (papers)
          break;
      }
    g_assert_cmpuint (agenda_pages, >=, 2);
  }
  g_assert_cmpuint (cost_pages, >=, 2);
  g_assert_cmpuint (matrix_pages, >=, 2);
  g_assert_cmpuint (cost_heads, ==, cost_pages);
  g_assert_cmpuint (matrix_heads, ==, matrix_pages);
  g_unlink (path);
  g_rmdir (dir);
}

/* Titles that move `tail` along the line word by word: the i-th item's
 * is `head` and i words (`odd` and `even` in turn), then `tail`. */
static void
walk_titles (SkMeeting  *meeting,
             const char *head,
             const char *odd,
             const char *even,
             const char *tail)
{
  for (guint i = 0; i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      GString *title = g_string_new (head);

      for (guint k = 0; k < i; k++)
        g_string_append (title, k % 2 ? odd : even);
      g_string_append (title, tail);
      g_free (item->title);
      item->title = g_string_free (title, FALSE);
    }
}

/* A number range stays on one line wherever it falls: the titles move
 * "2026–2028" along the line word by word. */
static void
test_board_pack_ranges (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
  g_autofree char *text = NULL;

  walk_titles (meeting, "Økonomiplan", " for", " og", " 2026–2028");
  text = board_pack_text (p, FALSE);
  g_assert_nonnull (strstr (text, "2026–2028"));
  g_assert_null (strstr (text, "2026–\n"));
}

/* The agenda table breaks no word of a title in the middle: with the
 * number, kind, presenter and time beside it, "Vertskommunesamarbeid"
 * did not fit its column at the body's size. */
static void
test_board_pack_agenda_words (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
  g_autofree char *text = board_pack_text (p, FALSE);
  g_autofree char *first = g_strndup (text, strchr (text, '\f') - text);

  for (guint i = 0; i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      g_auto(GStrv) words = g_strsplit (item->title, " ", -1);

      for (guint w = 0; words[w] != NULL; w++)
        if (g_utf8_strlen (words[w], -1) >= 6 && strstr (first, words[w]) == NULL)
          g_error ("the agenda table breaks “%s”", words[w]);
    }
  g_assert_nonnull (strstr (first, "Vertskommunesamarbeid"));
}

/* What Norwegian typography keeps on one line stays so in the agenda's
 * table as in the headings: the titles move each pair along the line word
 * by word. */
static void
test_board_pack_keeps_together (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
  static const char * const broken[] = { "§\n1", "20.\nok", "kl.\n0", "nr.\n1", "25\n%", "093\nkr", "29\n215", "215\n093" };
  g_autofree char *text = NULL;

  walk_titles (meeting, "Drøfting", " i", " av",
               " etter § 16-5 nr. 1 den 20. oktober kl. 09.00: 25 % av 29 215 093 kr");
  text = board_pack_text (p, FALSE);
  g_assert_nonnull (strstr (text, "§ 16-5"));
  for (guint b = 0; b < G_N_ELEMENTS (broken); b++)
    if (strstr (text, broken[b]) != NULL)
      g_error ("the board pack breaks a line in “%s”", broken[b]);
}

/* The minutes print when a decision was recorded: the time on the
 * meeting's day, the date too on another. */
static void
test_minutes_decision_time (void)
{
  g_autoptr(SkProject) p = load_example ();
  SkMeeting *meeting = sk_project_find_meeting (p, "styret-2025-11-03");
  SkItem *seven = g_ptr_array_index (meeting->items, 6);
  SkItem *eight = g_ptr_array_index (meeting->items, 7);
  SkItem *nine = g_ptr_array_index (meeting->items, 8);
  g_autofree char *text = NULL;

  seven->decision = g_strdup ("Adopted.");
  seven->extra = seven->extra ? seven->extra : json_object_new ();
  json_object_set_string_member (seven->extra, "decided_at", "2025-11-03T10:42");
  eight->decision = g_strdup ("Postponed.");
  eight->extra = eight->extra ? eight->extra : json_object_new ();
  json_object_set_string_member (eight->extra, "decided_at", "2025-11-04T09:10");
  /* A decision without a time, and a time that is not one. */
  nine->decision = g_strdup ("Noted.");
  nine->extra = nine->extra ? nine->extra : json_object_new ();
  json_object_set_string_member (nine->extra, "decided_at", "soon");
  text = board_pack_text (p, TRUE);
  g_assert_nonnull (strstr (text, "Decision, recorded at 10:42\nAdopted."));
  g_assert_nonnull (strstr (text, "Decision, recorded 4 November 2025"));
  g_assert_nonnull (strstr (text, "Decision\nNoted."));
}

/* Seconds to write the board pack of a meeting whose case text is one
 * word of `n` letters, and the cost PDF of a model whose first member's
 * name is one (the best of `tries`). */
static double
long_word_seconds (guint n,
                   guint tries)
{
  g_autoptr(GString) word = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autoptr(SkProject) p = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sakskart-render-XXXXXX", NULL);
  g_autofree char *pack = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *costs = g_build_filename (dir, "costs.pdf", NULL);
  double best = G_MAXDOUBLE;

  for (guint i = 0; i < n; i++)
    g_string_append_c (word, 'a' + i % 26);
  json = g_strdup_printf ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":["
                          "{\"id\":\"a\",\"name\":\"%s\",\"figures\":{\"population\":10}},"
                          "{\"id\":\"b\",\"name\":\"B\",\"figures\":{\"population\":30}}],"
                          "\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2026-02-10\",\"items\":["
                          "{\"id\":\"i\",\"title\":\"I\",\"kind\":\"decision\",\"body\":\"%s\"}]}],"
                          "\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1000,\"fixed_percent\":25,"
                          "\"criteria\":[{\"figure\":\"population\",\"weight\":1}],\"participants\":[\"a\",\"b\"]}]}",
                          word->str, word->str);
  p = sk_project_new_from_data (json, strlen (json), NULL, &error);
  g_assert_no_error (error);
  for (guint t = 0; t < tries; t++)
    {
      gint64 start = g_get_monotonic_time ();

      g_assert_true (sk_render_meeting_pdf (p, sk_project_find_meeting (p, "m"), FALSE, pack, &error));
      g_assert_no_error (error);
      g_assert_true (sk_render_cost_pdf (p, sk_project_find_cost_model (p, "c"), NULL, costs, &error));
      g_assert_no_error (error);
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
    }
  g_unlink (pack);
  g_unlink (costs);
  g_rmdir (dir);
  return best;
}

/* A word longer than any (a pasted blob, a hostile file) is laid out in
 * time proportional to its length: Pango shapes the rest of a run that
 * has no place to break again for each line it breaks into, and a word of
 * 200 000 letters took a minute.  Eight times the letters may take some
 * eight times as long, not 64.  No absolute time is asserted. */
static void
test_long_word_time (void)
{
  double small = long_word_seconds (4000, 3);
  double large = long_word_seconds (32000, 1);

  g_test_message ("4000 letters: %.3f s, 32000 letters: %.3f s", small, large);
  g_assert_cmpfloat (large, <, 24 * MAX (small, 0.01));
}

/* Where the breaks go: only into runs longer than any word, and the text
 * is the same without them. */
static void
test_breakable (void)
{
  g_autoptr(GString) run = g_string_new ("Sjå ");
  g_autofree char *shorter = NULL;
  g_autofree char *broken = NULL;
  g_autoptr(GString) back = g_string_new (NULL);
  guint longest = 0, current = 0;

  shorter = sk_render_breakable ("Eit heilt vanleg avsnitt med ord av vanleg lengd, https://www.ssb.no/statbank/table/07459/");
  g_assert_cmpstr (shorter, ==, "Eit heilt vanleg avsnitt med ord av vanleg lengd, https://www.ssb.no/statbank/table/07459/");
  for (guint i = 0; i < 1000; i++)
    g_string_append (run, "ø");
  g_string_append (run, " slutt");
  broken = sk_render_breakable (run->str);
  for (const char *c = broken; *c; c = g_utf8_next_char (c))
    {
      if (g_utf8_get_char (c) == 0x200B || *c == ' ')
        current = 0;
      else
        {
          current++;
          longest = MAX (longest, current);
        }
      if (g_utf8_get_char (c) != 0x200B)
        g_string_append_unichar (back, g_utf8_get_char (c));
    }
  g_assert_cmpuint (longest, <=, 128);
  g_assert_cmpstr (back->str, ==, run->str);
}

int
main (int    argc,
      char **argv)
{
  setlocale (LC_ALL, "en_US.UTF-8");
  /* The build tree's catalogues, for the board's language */
  sk_i18n_init ();
  /* These tests read the documents in English; the example's board
   * writes Nynorsk (test-record.c reads that) */
  sk_doc_language_set_override ("en");
  g_test_init (&argc, &argv, NULL);
  example_path = g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
  g_test_add_func ("/render/matrix-png-svg-pdf", test_matrix_files);
  g_test_add_func ("/render/matrix-pdf-board-language", test_matrix_pdf_board_language);
  g_test_add_func ("/render/matrix-chart-interface-language", test_matrix_chart_interface_language);
  g_test_add_func ("/render/cost-pdf", test_cost_pdf);
  g_test_add_func ("/render/board-pack-table", test_board_pack_table);
  g_test_add_func ("/render/exports-spare-projects", test_exports_spare_projects);
  g_test_add_func ("/render/board-pack-cost-table", test_board_pack_cost_table);
  g_test_add_func ("/render/board-pack-sensitivity", test_board_pack_sensitivity);
  g_test_add_func ("/render/board-pack-ranges", test_board_pack_ranges);
  g_test_add_func ("/render/board-pack-keeps-together", test_board_pack_keeps_together);
  g_test_add_func ("/render/board-pack-agenda-words", test_board_pack_agenda_words);
  g_test_add_func ("/render/board-pack-long-tables", test_board_pack_long_tables);
  g_test_add_func ("/render/minutes-decision-time", test_minutes_decision_time);
  g_test_add_func ("/render/long-word-time", test_long_word_time);
  g_test_add_func ("/render/breakable", test_breakable);
  return g_test_run ();
}
