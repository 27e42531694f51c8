/* test-cli-record.c — the board's formal record through sakskart-cli: the
 * documents in the board's written language, their PDF metadata and
 * structure, the minutes, the extract and the public pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "test-util.h"

static char *cli;
static char *example;

/* Runs sakskart-cli on a desktop that speaks `language` (LANGUAGE and
 * LC_ALL), from the build tree without SAKSKART_LOCALEDIR: the program
 * finds the build tree's translations itself. */
static int
run (const char  *language,
     char       **err,
     ...)
{
  g_auto(GStrv) env = g_get_environ ();
  g_autofree char *out = NULL;
  va_list ap;
  int status;

  env = g_environ_unsetenv (env, "SAKSKART_LOCALEDIR");
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  env = g_environ_setenv (env, "LC_ALL", g_str_equal (language, "en") ? "en_US.UTF-8" : "nb_NO.UTF-8", TRUE);
  va_start (ap, err);
  status = test_run_program_va (cli, env, &out, err, ap);
  va_end (ap);
  return status;
}

/* The text of a document of the example's meeting of 3 November 2025,
 * exported with `option` (may be NULL) on a desktop in `language`, and
 * `--language` if not NULL. */
static char *
export_text (const char *language,
             const char *option,
             const char *option_value,
             const char *doc_language)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-record-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *err = NULL;
  const char *argv[12] = { NULL };
  guint n = 0;
  char *text;
  int status;

  argv[n++] = "export-pdf";
  argv[n++] = example;
  argv[n++] = "--meeting";
  argv[n++] = "styret-2025-11-03";
  if (option)
    argv[n++] = option;
  if (option_value)
    argv[n++] = option_value;
  if (doc_language)
    {
      argv[n++] = "--language";
      argv[n++] = doc_language;
    }
  argv[n++] = "-o";
  argv[n++] = pdf;
  argv[n] = NULL;
  status = run (language, &err, argv[0], argv[1], argv[2], argv[3], argv[4], argv[5], argv[6],
                argv[7], argv[8], argv[9], argv[10], NULL);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  text = test_pdf_text (pdf);
  g_unlink (pdf);
  g_rmdir (dir);
  return text;
}

static const char * const english_words[] = {
  "Notice and agenda", "Minutes", "Item 1", "Proposal", "page 1 of", "Time:", "Place:",
  "Decision", "November", "Attachments", "Kind", "Presenter", "Present", "Absent",
  "unanimously", "votes", NULL,
};

/* An English desktop exports the board's papers in its Nynorsk. */
static void
test_language_of_board (void)
{
  const char *options[] = { NULL, "--minutes" };

  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    {
      g_autofree char *text = export_text ("en", options[i], NULL, NULL);

      for (guint w = 0; english_words[w]; w++)
        if (strstr (text, english_words[w]) != NULL)
          g_error ("“%s” in the %s exported on an English desktop", english_words[w],
                   options[i] ? "minutes" : "board pack");
      g_assert_nonnull (strstr (text, "3. november 2025, kl. 09.00"));
      g_assert_nonnull (strstr (text, "side 1 av "));
      g_assert_nonnull (strstr (text, options[i] ? "Møtebok" : "Innkalling og sakliste"));
    }
}

/* --language outranks the board's language, and the desktop's. */
static void
test_language_option (void)
{
  g_autofree char *en = export_text ("nn", NULL, NULL, "en");
  g_autofree char *en_minutes = export_text ("nn", "--minutes", NULL, "en");
  g_autofree char *nb = export_text ("en", "--minutes", NULL, "nb");

  g_assert_nonnull (strstr (en, "Notice and agenda"));
  g_assert_nonnull (strstr (en, "3 November 2025, at 09:00"));
  g_assert_nonnull (strstr (en, "page 1 of "));
  g_assert_nonnull (strstr (en, "Proposal"));
  g_assert_nonnull (strstr (en, "2,350,703 kr"));
  g_assert_null (strstr (en, "Framlegg til vedtak"));
  g_assert_nonnull (strstr (en_minutes, "Minutes"));
  g_assert_null (strstr (en_minutes, "Møtebok"));
  g_assert_nonnull (strstr (nb, "Sted:"));
  g_assert_null (strstr (nb, "Stad:"));
}

static void
test_language_refused (void)
{
  g_autofree char *err = NULL;

  g_assert_cmpint (run ("en", &err, "export-pdf", example, "--language", "de", "-o", "/tmp/never.pdf", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--language takes nn, nb or en"));
  g_assert_false (g_file_test ("/tmp/never.pdf", G_FILE_TEST_EXISTS));
  /* In the interface's language, found in the build tree without
   * SAKSKART_LOCALEDIR */
  g_clear_pointer (&err, g_free);
  g_assert_cmpint (run ("nb", &err, "export-pdf", example, "--language", "de", "-o", "/tmp/never.pdf", NULL), ==, 2);
  g_assert_nonnull (strstr (err, "--language tar nn, nb eller en"));
}

/* The output of pdfinfo with `option` (may be NULL) on the document
 * exported with `doc_option`. */
static char *
pdfinfo (const char *doc_option,
         const char *option)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-record-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "out.pdf", NULL);
  g_autofree char *err = NULL;
  const char *argv[] = { "pdfinfo", "-enc", "UTF-8", pdf, option, NULL };
  char *out = NULL;
  int status = -1;

  /* --language nn: the board's own language, said again */
  g_assert_cmpint (run ("en", &err, "export-pdf", example, "--meeting", "styret-2025-11-03",
                        "--language", "nn", "-o", pdf, doc_option, NULL), ==, 0);
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, NULL));
  g_assert_cmpint (status, ==, 0);
  g_unlink (pdf);
  g_rmdir (dir);
  return out;
}

/* Title, author and subject, and a title that tells the documents apart */
static void
test_pdf_metadata (void)
{
  g_autofree char *pack = pdfinfo (NULL, NULL);
  g_autofree char *minutes = pdfinfo ("--minutes", NULL);

  g_assert_nonnull (strstr (pack, "Title:           Innkalling og sakliste – Styret i Sogn KO – 3. november 2025\n"));
  g_assert_nonnull (strstr (pack, "Author:          Sogn Kommunalt Oppgåvefellesskap\n"));
  g_assert_nonnull (strstr (pack, "Subject:         Styremøte\n"));
  g_assert_nonnull (strstr (minutes, "Title:           Møtebok – Styret i Sogn KO – 3. november 2025\n"));
  g_assert_nonnull (strstr (minutes, "Author:          Sogn Kommunalt Oppgåvefellesskap\n"));
  g_assert_nonnull (strstr (pack, "Tagged:          yes"));
  {
    g_autofree char *extract = pdfinfo ("--public", NULL);

    g_assert_nonnull (strstr (extract, "Title:           Innkalling og sakliste, offentleg utgåve – Styret i Sogn KO"));
  }
}

/* The structure a screen reader reads: headings, paragraphs, lists and
 * tables, with their text. */
static void
test_pdf_structure (void)
{
  g_autofree char *tree = pdfinfo (NULL, "-struct-text");
  const char *expected[] = {
    "Document\n", "  H1 (block)\n    \"Styret i Sogn KO\"", "  H2 (block)\n    \"Innkalling og sakliste\"",
    "  Table (block)\n    TR\n      TH\n        \"Nr.\"", "      TD\n", "  P (block)\n",
    "  L (block)\n    LI (block)\n", "LBody (block)\n", "\"Sak 47/25: Felles barnevern i Sogn\"",
    /* Past the no-break spaces of "3. november" and "kl. 09.00" */
    "\"Tid: 3. november 2025, kl. 09.00",
    /* Past the "fl" of "offl." */
    "\"Unnateke offentlegheit, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1\"",
    /* A paragraph whole, past the spaces where its lines wrap */
    "\"Vertskommunesamarbeid er regulert i kommunelova § 20. Barnevernslova og oppvekstreforma stiller krav til "
    "kvalitet, dokumentasjon og tverrfagleg samarbeid. Små kommunar har utfordringar med å møte desse krava aleine.\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (tree, expected[i]) == NULL)
      g_error ("no “%s” in the structure:\n%.2000s", expected[i], tree);
}

/* The minutes of the example's meeting hold every part of the record */
static void
test_minutes (void)
{
  g_autofree char *text = export_text ("en", "--minutes", NULL, NULL);
  const char *expected[] = {
    "Møtebok", "Møteleiar: Styremedlem Årdal",
    /* who attended, deputies, who was absent, arrivals and departures */
    "Til stades", "Vara Vik for Styremedlem Vik (Vik)", "Forfall",
    "Styremedlem Lærdal (Lærdal), gjekk før Sak 53/25", "kom til Sak 43/25",
    /* case numbers, the disqualification with its ground and deputy */
    "Sak 49/25: Plan i Sogn – Kart, oppmåling og GIS",
    ("Styremedlem Luster vart kjend ugild (fvl. § 6 andre ledd) og gjekk frå møtet under handsaminga av saka; "
     "Vara Luster tok sete."),
    "Til stades i saka: 7 av 7 medlemer.",
    /* the proposals and the 5–2 vote */
    "Framlegg frå Vik v/Vara Vik", "Framlegg til vedtak: Vedteke med 5 mot 2 røyster.",
    "Framlegg frå Vik v/Vara Vik: Fall med 2 røyster for og 5 imot.",
    "Framlegg til vedtak: Samrøystes vedteke.",
    /* the decision, the remark, the closed case's legal basis */
    "Vedtak", "Protokolltilføring", "Vara Vik: Vik ønskjer protokollført",
    "Handsama i lukka møte, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1",
    /* who signs the minutes, after the last case */
    "Godkjenning av møteboka", "Møteboka er godkjend ved underskrift av:",
    "Styremedlem Aurland (Aurland)", "Styremedlem Sogndal, nestleiar (Sogndal)",
  };

  g_strdelimit (text, "\n", ' ');
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    if (strstr (text, expected[i]) == NULL)
      g_error ("no “%s” in the minutes", expected[i]);
  g_assert_true (strstr (text, "Godkjenning av møteboka") > strstr (text, "Sak 55/25: Ymse"));
  /* The case texts are the board pack's, not the minutes' */
  g_assert_null (strstr (text, "Styringsgruppa i prosjektet vurderte"));
}

/* The extract holds the one case, with the meeting's attendance */
static void
test_extract (void)
{
  g_autofree char *text = export_text ("nb", "--extract", "kart-gis", NULL);
  g_autofree char *err = NULL;

  g_strdelimit (text, "\n", ' ');
  g_assert_nonnull (strstr (text, "Særutskrift frå møteboka"));
  g_assert_nonnull (strstr (text, "Sak 49/25: Plan i Sogn – Kart, oppmåling og GIS"));
  g_assert_nonnull (strstr (text, "Vedteke med 5 mot 2 røyster."));
  g_assert_nonnull (strstr (text, "Til stades"));
  g_assert_null (strstr (text, "Sak 48/25"));
  g_assert_null (strstr (text, "Sak 50/25"));
  g_assert_null (strstr (text, "Sak 42/25"));
  /* An open case's extract is not marked exempt; a closed one's is, at
   * its head, before who attended */
  g_assert_null (strstr (text, "Unnateke offentlegheit"));
  {
    g_autofree char *closed = export_text ("nb", "--extract", "organisering", NULL);
    const char *mark, *present;

    g_strdelimit (closed, "\n", ' ');
    mark = strstr (closed, "Unnateke offentlegheit, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1");
    present = strstr (closed, "Til stades");
    g_assert_nonnull (mark);
    g_assert_nonnull (present);
    g_assert_true (mark < present);
  }
  /* An item the meeting does not have */
  g_assert_cmpint (run ("en", &err, "export-pdf", example, "--extract", "nope", "-o", "/tmp/never.pdf", NULL), ==, 1);
  g_assert_nonnull (strstr (err, "nope"));
  g_clear_pointer (&err, g_free);
  /* One document at a time */
  g_assert_cmpint (run ("en", &err, "export-pdf", example, "--minutes", "--public", "-o", "/tmp/never.pdf", NULL), ==, 2);
  g_assert_false (g_file_test ("/tmp/never.pdf", G_FILE_TEST_EXISTS));
}

/* The public pack keeps a closed case's title and legal basis, not its
 * text; the members' pack has it. */
static void
test_public_pack (void)
{
  g_autofree char *public = export_text ("en", "--public", NULL, NULL);
  g_autofree char *members = export_text ("en", NULL, NULL, NULL);
  const char *closed_text[] = {
    "Sogn KO er framleis ein ung organisasjon",
    "Administrasjon og styreleiar vil innleie til ei drøfting",
  };

  g_strdelimit (public, "\n", ' ');
  g_strdelimit (members, "\n", ' ');
  g_assert_nonnull (strstr (public, "Innkalling og sakliste, offentleg utgåve"));
  g_assert_nonnull (strstr (public, "Sak 53/25: Organisering av arbeidet"));
  g_assert_nonnull (strstr (public, "Unnateke offentlegheit, jf. offl. § 13, jf. fvl. § 13 første ledd nr. 1"));
  for (guint i = 0; i < G_N_ELEMENTS (closed_text); i++)
    {
      g_assert_null (strstr (public, closed_text[i]));
      g_assert_nonnull (strstr (members, closed_text[i]));
    }
  /* The open cases are there in both */
  g_assert_nonnull (strstr (public, "Styringsgruppa i prosjektet vurderte"));

  /* A closed attachment of an open case: named by its basis only */
  {
    g_autofree char *dir = g_dir_make_tmp ("sakskart-record-XXXXXX", NULL);
    g_autofree char *file = g_build_filename (dir, "closed.sakskart", NULL);
    g_autofree char *pdf = g_build_filename (dir, "public.pdf", NULL);
    g_autofree char *err = NULL, *text = NULL, *all = NULL;

    g_assert_true (g_file_set_contents (file,
      "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"language\":\"en\",\"municipalities\":[],"
      "\"meetings\":[{\"id\":\"m\",\"body\":\"Board\",\"date\":\"2026-02-10\",\"items\":["
      "{\"id\":\"a\",\"title\":\"Open case\",\"kind\":\"decision\",\"body\":\"Open words.\","
      " \"attachments\":[{\"title\":\"Public report\"},"
      "  {\"title\":\"Salary of Jane Doe\",\"closed_basis\":\"offl. § 25\"}]},"
      "{\"id\":\"b\",\"title\":\"Staff matter\",\"kind\":\"decision\",\"body\":\"Secret words.\","
      " \"proposal\":\"Secret proposal.\",\"closed_basis\":\"offl. § 13\","
      " \"attachments\":[{\"title\":\"Secret attachment\"}]}]}]}", -1, NULL));
    g_assert_cmpint (run ("en", &err, "export-pdf", file, "--public", "-o", pdf, NULL), ==, 0);
    text = test_pdf_text (pdf);
    g_strdelimit (text, "\n", ' ');
    g_assert_nonnull (strstr (text, "Open words."));
    g_assert_nonnull (strstr (text, "Public report"));
    g_assert_nonnull (strstr (text, "2. Exempt from public access, see offl. § 25"));
    g_assert_nonnull (strstr (text, "Staff matter"));
    g_assert_nonnull (strstr (text, "Exempt from public access, see offl. § 13"));
    g_assert_null (strstr (text, "Salary of Jane Doe"));
    g_assert_null (strstr (text, "Secret"));
    g_assert_cmpint (run ("en", &err, "export-pdf", file, "-o", pdf, NULL), ==, 0);
    all = test_pdf_text (pdf);
    g_assert_nonnull (strstr (all, "Salary of Jane Doe"));
    g_assert_nonnull (strstr (all, "Secret words."));
    g_unlink (pdf);
    g_unlink (file);
    g_rmdir (dir);
  }
}

/* How often `needle` is in `text`. */
static guint
count (const char *text,
       const char *needle)
{
  guint n = 0;

  for (const char *at = strstr (text, needle); at != NULL; at = strstr (at + 1, needle))
    n++;
  return n;
}

/* The minutes of meeting "m" of the project `json`, exported on a
 * desktop in `language`, one line. */
static char *
minutes_of (const char *json,
            const char *language)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-record-XXXXXX", NULL);
  g_autofree char *file = g_build_filename (dir, "p.sakskart", NULL);
  g_autofree char *pdf = g_build_filename (dir, "minutes.pdf", NULL);
  g_autofree char *err = NULL;
  char *text;

  g_assert_true (g_file_set_contents (file, json, -1, NULL));
  g_assert_cmpint (run (language, &err, "export-pdf", file, "--meeting", "m", "--minutes", "-o", pdf, NULL), ==, 0);
  g_assert_cmpstr (err, ==, "");
  text = test_pdf_text (pdf);
  g_strdelimit (text, "\n", ' ');
  g_unlink (pdf);
  g_unlink (file);
  g_rmdir (dir);
  return text;
}

/* A body decides only when at least half of its members voted
 * (kommunelova § 11-9): a vote of fewer is said so in the minutes, in
 * the board's language; a vote of exactly half is not. */
static void
test_minutes_too_few_voted (void)
{
  g_autofree char *text = minutes_of (
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"language\":\"nb\",\"municipalities\":[],"
    "\"bodies\":[{\"id\":\"styret\",\"name\":\"Styret\",\"members\":["
    " {\"id\":\"anne\",\"name\":\"Anne Ås\",\"role\":\"leiar\"},"
    " {\"id\":\"bjorn\",\"name\":\"Bjørn Bø\",\"role\":\"nestleiar\"},"
    " {\"id\":\"cato\",\"name\":\"Cato Ek\",\"role\":\"medlem\"},"
    " {\"id\":\"dina\",\"name\":\"Dina Li\",\"role\":\"medlem\"}]}],"
    "\"meetings\":[{\"id\":\"m\",\"body\":\"Styret\",\"date\":\"2026-02-10\",\"chair\":\"anne\","
    " \"attendance\":[{\"member\":\"anne\",\"status\":\"present\"},{\"member\":\"bjorn\",\"status\":\"present\"},"
    "  {\"member\":\"cato\",\"status\":\"present\"},{\"member\":\"dina\",\"status\":\"present\"}],"
    " \"items\":["
    " {\"id\":\"i1\",\"title\":\"Éi røyst\",\"kind\":\"decision\",\"proposal\":\"P1\","
    "  \"votes\":[{\"proposal\":\"prepared\",\"for\":1,\"against\":0}]},"
    " {\"id\":\"i2\",\"title\":\"Halvparten røystar\",\"kind\":\"decision\",\"proposal\":\"P2\","
    "  \"votes\":[{\"proposal\":\"prepared\",\"for\":2,\"against\":0}]}]}]}", "nn");
  const char *line = strstr (text, "Forslag til vedtak: 1 av 4 medlemmer stemte, færre enn halvparten: "
                                   "organet var ikke vedtaksført (kommuneloven § 11-9).");

  g_assert_nonnull (line);
  g_assert_true (line < strstr (text, "Halvparten røystar"));
  g_assert_cmpuint (count (text, "færre enn halvparten"), ==, 1);
}

/* When the leader who chairs the meeting is disqualified in a case, the
 * deputy leader leads it and has the casting vote: the minutes say so,
 * and say when neither took part; not in a case the chair took part in. */
static void
test_minutes_chair_not_in_case (void)
{
  g_autofree char *text = minutes_of (
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"language\":\"nn\",\"municipalities\":[],"
    "\"bodies\":[{\"id\":\"styret\",\"name\":\"Styret\",\"members\":["
    " {\"id\":\"anne\",\"name\":\"Anne Ås\",\"role\":\"leiar\",\"deputies\":[{\"id\":\"dag\",\"name\":\"Dag Dal\"}]},"
    " {\"id\":\"bjorn\",\"name\":\"Bjørn Bø\",\"role\":\"nestleiar\"},"
    " {\"id\":\"cato\",\"name\":\"Cato Ek\",\"role\":\"medlem\"},"
    " {\"id\":\"dina\",\"name\":\"Dina Li\",\"role\":\"medlem\"}]}],"
    "\"meetings\":[{\"id\":\"m\",\"body\":\"Styret\",\"date\":\"2026-02-10\",\"chair\":\"anne\","
    " \"attendance\":[{\"member\":\"anne\",\"status\":\"present\"},{\"member\":\"bjorn\",\"status\":\"present\"},"
    "  {\"member\":\"cato\",\"status\":\"present\"},{\"member\":\"dina\",\"status\":\"present\"}],"
    " \"items\":["
    " {\"id\":\"i1\",\"title\":\"Ugild leiar\",\"kind\":\"decision\",\"proposal\":\"P1\","
    "  \"disqualifications\":[{\"member\":\"anne\",\"ground\":\"fvl. § 6 første ledd bokstav a\",\"deputy\":\"dag\"}],"
    "  \"votes\":[{\"proposal\":\"prepared\",\"for\":2,\"against\":2,\"casting\":\"for\"}]},"
    " {\"id\":\"i2\",\"title\":\"Vanleg sak\",\"kind\":\"decision\",\"proposal\":\"P2\"},"
    " {\"id\":\"i3\",\"title\":\"Begge ugilde\",\"kind\":\"decision\",\"proposal\":\"P3\","
    "  \"disqualifications\":[{\"member\":\"anne\",\"ground\":\"fvl. § 6 andre ledd\"},"
    "   {\"member\":\"bjorn\",\"ground\":\"fvl. § 6 andre ledd\"}]}]}]}", "en");
  const char *first = strstr (text, "Ugild leiar");
  const char *second = strstr (text, "Vanleg sak");
  const char *third = strstr (text, "Begge ugilde");
  const char *led = strstr (text, "Bjørn Bø leia møtet i denne saka.");
  const char *away = strstr (text, "Møteleiaren, Anne Ås, var ikkje med på handsaminga av denne saka.");

  g_assert_nonnull (first);
  g_assert_nonnull (second);
  g_assert_nonnull (third);
  g_assert_nonnull (led);
  g_assert_nonnull (away);
  g_assert_true (first < led && led < second);
  g_assert_true (third < away);
  g_assert_cmpuint (count (text, "leia møtet i denne saka"), ==, 1);
  g_assert_nonnull (strstr (text, "Vedteke med 2 mot 2 røyster, med møteleiaren si dobbeltrøyst."));
}


/* The agenda table at the start of both packs marks the closed case with
 * its legal basis, in the document's language; the case's own heading
 * says it again. */
static void
test_agenda_table_closed (void)
{
  const struct { const char *option, *doc_language, *mark; } packs[] = {
    { "--public", NULL, "Unnateke offentlegheit, jf." },
    { NULL, NULL, "Unnateke offentlegheit, jf." },
    { "--public", "nb", "Unntatt offentlighet, jf." },
    { "--public", "en", "Exempt from public" },
  };
  const char *basis = "offl. § 13, jf. fvl. § 13 første ledd nr. 1";

  for (guint i = 0; i < G_N_ELEMENTS (packs); i++)
    {
      g_autofree char *text = export_text ("en", packs[i].option, NULL, packs[i].doc_language);
      const char *first_case;
      g_autofree char *table = NULL;

      g_test_message ("%s %s", packs[i].option ? packs[i].option : "members", packs[i].doc_language);
      g_strdelimit (text, "\n", ' ');
      /* The table ends where the first case's heading starts */
      first_case = strstr (text, "41/25: Opning");
      g_assert_nonnull (first_case);
      table = g_strndup (text, first_case - text);
      /* Only the closed case, with its basis: once in the table, once
       * at its heading */
      g_assert_cmpuint (count (table, packs[i].mark), ==, 1);
      g_assert_cmpuint (count (table, basis), ==, 1);
      g_assert_cmpuint (count (text, packs[i].mark), ==, 2);
      g_assert_cmpuint (count (text, basis), ==, 2);
      /* After the case's title */
      g_assert_true (strstr (table, "Organisering av") < strstr (table, packs[i].mark));
    }
}

/* The costs PDF and the timeline's PDF in the board's language too */
static void
test_other_documents (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-record-XXXXXX", NULL);
  g_autofree char *costs = g_build_filename (dir, "costs.pdf", NULL);
  g_autofree char *timeline = g_build_filename (dir, "timeline.pdf", NULL);
  g_autofree char *err = NULL, *text = NULL, *months = NULL, *english = NULL;

  g_assert_cmpint (run ("en", &err, "costs", example, "--format", "pdf", "-o", costs, NULL), ==, 0);
  text = test_pdf_text (costs);
  g_assert_nonnull (strstr (text, "2 350 703 kr"));
  g_assert_nonnull (strstr (text, "Korleis delane er rekna ut"));
  g_assert_nonnull (strstr (text, "7 303 773,25"));
  g_assert_null (strstr (text, "Total"));
  g_assert_cmpint (run ("en", &err, "render-timeline", example, "-o", timeline, NULL), ==, 0);
  months = test_pdf_text (timeline);
  g_assert_nonnull (strstr (months, "\nokt\n"));
  g_assert_null (strstr (months, "\nOct\n"));
  g_assert_cmpint (run ("nn", &err, "render-timeline", example, "--language", "en", "-o", timeline, NULL), ==, 0);
  english = test_pdf_text (timeline);
  g_assert_nonnull (strstr (english, "\nOct\n"));
  g_unlink (costs);
  g_unlink (timeline);
  g_rmdir (dir);
}

int
main (int    argc,
      char **argv)
{
  test_cli_init (&argc, &argv, &cli, &example);

  g_test_add_func ("/cli-record/language-of-board", test_language_of_board);
  g_test_add_func ("/cli-record/language-option", test_language_option);
  g_test_add_func ("/cli-record/language-refused", test_language_refused);
  g_test_add_func ("/cli-record/pdf-metadata", test_pdf_metadata);
  g_test_add_func ("/cli-record/other-documents", test_other_documents);
  g_test_add_func ("/cli-record/minutes", test_minutes);
  g_test_add_func ("/cli-record/minutes-chair-not-in-case", test_minutes_chair_not_in_case);
  g_test_add_func ("/cli-record/minutes-too-few-voted", test_minutes_too_few_voted);
  g_test_add_func ("/cli-record/extract", test_extract);
  g_test_add_func ("/cli-record/public-pack", test_public_pack);
  g_test_add_func ("/cli-record/agenda-table-closed", test_agenda_table_closed);
  g_test_add_func ("/cli-record/pdf-structure", test_pdf_structure);
  return g_test_run ();
}
