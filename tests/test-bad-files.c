/* test-bad-files.c — every file of tests/files/bad/ is refused with the
 * error its line in expected.tsv names, and is left as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "sk-json.h"
#include "sk-lock.h"
#include "sk-project.h"
#include "test-util.h"

static const char *code_names[] = {
  [SK_PROJECT_ERROR_TOO_LARGE] = "TOO_LARGE",
  [SK_PROJECT_ERROR_ENCODING] = "ENCODING",
  [SK_PROJECT_ERROR_SYNTAX] = "SYNTAX",
  [SK_PROJECT_ERROR_NOT_SAKSKART] = "NOT_SAKSKART",
  [SK_PROJECT_ERROR_VERSION] = "VERSION",
  [SK_PROJECT_ERROR_INVALID] = "INVALID",
  [SK_PROJECT_ERROR_COSTS] = "COSTS",
  [SK_PROJECT_ERROR_NOT_FOUND] = "NOT_FOUND",
};

typedef struct
{
  char *name;
  char *code;
  char *path;   /* NULL for "-" */
} Case;

static void
case_free (Case *c)
{
  g_free (c->name);
  g_free (c->code);
  g_free (c->path);
  g_free (c);
}

static void
test_bad_file (gconstpointer data)
{
  const Case *c = data;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "bad", c->name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *before = test_file_digest (path);
  g_autofree char *after = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;

  project = sk_project_new_from_file (file, NULL, NULL, &problems, &error);

  if (g_strcmp0 (c->code, "COSTS") == 0)
    {
      /* A cost model the figures cannot compute: the file opens so that
       * the figures can be mended, and the problem is reported. */
      const SkProblem *first;

      g_assert_no_error (error);
      g_assert_nonnull (project);
      g_assert_nonnull (problems);
      g_assert_cmpuint (problems->len, >, 0);
      first = g_ptr_array_index (problems, 0);
      g_assert_true (first->soft);
      g_assert_cmpstr (first->path, ==, c->path);
    }
  else
    {
      g_assert_null (project);
      g_assert_nonnull (error);
      g_test_message ("%s: %s", c->name, error->message);
      g_assert_true (error->domain == SK_PROJECT_ERROR);
      g_assert_cmpint (error->code, >=, 0);
      g_assert_cmpint (error->code, <, (int) G_N_ELEMENTS (code_names));
      g_assert_cmpstr (code_names[error->code], ==, c->code);
      /* Every message is a sentence a user can read. */
      g_assert_cmpuint (strlen (error->message), >, 10);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      /* It names the file, then the JSON path of the first problem. */
      if (c->path)
        {
          g_autofree char *prefix = g_strdup_printf ("%s: %s: ", path, c->path);

          g_assert_true (g_str_has_prefix (error->message, prefix));
        }
      else
        {
          g_autofree char *prefix = g_strdup_printf ("%s: ", path);

          g_assert_true (g_str_has_prefix (error->message, prefix));
          g_assert_false (g_str_has_prefix (error->message + strlen (prefix), "$"));
        }
      if (problems && problems->len > 0 && c->path)
        g_assert_cmpstr (((SkProblem *) g_ptr_array_index (problems, 0))->path, ==, c->path);
    }

  /* Reading never writes: the bytes are the same. */
  after = test_file_digest (path);
  g_assert_cmpstr (before, ==, after);
}

/* A file over the size limit is refused before it is read, by the
 * synchronous and the asynchronous loader alike, and left as it was. */
static void
load_async_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  GError **error = user_data;
  g_autoptr(SkProject) project = sk_project_load_file_finish (result, NULL, NULL, error);

  g_assert_null (project);
}

static void
test_hundred_megabytes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-big-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "huge.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) out = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) async_error = NULL;
  g_autofree char *chunk = NULL;
  const gsize chunk_size = 1024 * 1024;
  const char *head = "{\"format\":\"sakskart\",\"version\":1,\"title\":\"";
  GStatBuf st;
  SkProject *project;

  /* A well-formed start and 100 MB of title. */
  out = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (out), head, strlen (head), NULL, NULL, &error));
  chunk = g_malloc (chunk_size);
  memset (chunk, 'x', chunk_size);
  for (guint i = 0; i < 100; i++)
    g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (out), chunk, chunk_size, NULL, NULL, &error));
  g_assert_true (g_output_stream_write_all (G_OUTPUT_STREAM (out), "\"}", 2, NULL, NULL, &error));
  g_assert_true (g_output_stream_close (G_OUTPUT_STREAM (out), NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, >, 100 * 1024 * 1024);

  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  g_assert_null (project);
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "64"));

  sk_project_load_file_async (file, NULL, load_async_cb, &async_error);
  while (async_error == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_error (async_error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_TOO_LARGE);

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, strlen (head) + 100 * chunk_size + 2);

  g_unlink (path);
  g_rmdir (dir);
}

/* A text of nothing but tiny values ("[{},{},…]") would take a hundred
 * times its size of memory: 8 MB took 840 MB, and the 64 MB a file may
 * have, gigabytes.  It is refused early, saying where; a text as large
 * of values of some size is read. */
static void
test_tiny_values (void)
{
  static const char *kinds[] = { "{}", "[]", "0" };
  const gsize size = 4 * 1024 * 1024;

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(GString) text = g_string_new ("{\"format\": \"sakskart\", \"version\": 1, \"x\": [");
      g_autoptr(GError) error = NULL;
      JsonNode *node;
      const char *column;

      while (text->len < size)
        g_string_append_printf (text, "%s,", kinds[k]);
      g_string_append_printf (text, "%s]}", kinds[k]);
      node = _sk_json_parse (text->str, text->len, NULL, &error);
      g_assert_null (node);
      g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
      g_assert_nonnull (strstr (error->message, "too many values for its size"));
      g_assert_nonnull (strstr (error->message, "at $.x["));
      /* Before its end, at 24 times its size and a little more. */
      g_assert_nonnull (strstr (error->message, "more than 128 MB of memory"));
      column = strstr (error->message, "column ");
      g_assert_nonnull (column);
      g_assert_cmpuint (g_ascii_strtoull (column + strlen ("column "), NULL, 10), <, size);
    }

  {
    g_autoptr(GString) text = g_string_new ("[");
    g_autoptr(GError) error = NULL;
    g_autoptr(JsonNode) node = NULL;

    while (text->len < size)
      g_string_append (text, "{\"id\": \"sak-2025-042\", \"title\": \"Budsjett for barnevernet\"},");
    g_string_append (text, "{}]");
    node = _sk_json_parse (text->str, text->len, NULL, &error);
    g_assert_no_error (error);
    g_assert_nonnull (node);
  }
}

/* What is not a regular file is refused before it is opened, with a
 * sentence in the user's language that names the file: a FIFO would wait
 * for a writer for ever, a device (/dev/zero) never ends.  The same for
 * a folder, a loop of links and a file that is not there. */
static void
test_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-special-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.sakskart", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.sakskart", NULL);
  g_autofree char *loop = g_build_filename (dir, "loop.sakskart", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.sakskart", NULL);
  struct
  {
    const char *path;
    int         code;
    const char *nn;
  } cases[] = {
    { fifo, G_IO_ERROR_NOT_REGULAR_FILE, "ikkje ei vanleg fil" },
    { "/dev/zero", G_IO_ERROR_NOT_REGULAR_FILE, "ikkje ei vanleg fil" },
    { folder, G_IO_ERROR_IS_DIRECTORY, "mappe" },
    { loop, G_IO_ERROR_TOO_MANY_LINKS, "lenkje" },
    { missing, G_IO_ERROR_NOT_FOUND, "Fila finst ikkje" },
  };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  g_assert_cmpint (symlink ("loop.sakskart", loop), ==, 0);
  /* A test that hangs fails here rather than at the suite's timeout. */
  alarm (20);

  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  g_setenv ("LANGUAGE", "nn", TRUE);
  if (setlocale (LC_ALL, "nn_NO.UTF-8") == NULL)
    g_error ("The locale nn_NO.UTF-8 is missing: the set-up command generates it");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GFile) file = g_file_new_for_path (cases[i].path);
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) async_error = NULL;
      g_autoptr(SkProject) project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
      g_autofree char *prefix = g_strdup_printf ("%s: ", cases[i].path);

      g_test_message ("%s", error ? error->message : "(opened)");
      g_assert_null (project);
      g_assert_error (error, G_IO_ERROR, cases[i].code);
      g_assert_true (g_str_has_prefix (error->message, prefix));
      g_assert_nonnull (strstr (error->message, cases[i].nn));

      sk_project_load_file_async (file, NULL, load_async_cb, &async_error);
      while (async_error == NULL)
        g_main_context_iteration (NULL, TRUE);
      g_assert_error (async_error, G_IO_ERROR, cases[i].code);
    }
  alarm (0);
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");

  g_unlink (fifo);
  g_rmdir (folder);
  g_unlink (loop);
  g_rmdir (dir);
}

/* A lock file beside a project (in a shared folder, anyone's) that is a
 * FIFO, a device or far too large is taken as a lock that cannot be
 * read (someone may have the project open), at once: the window's
 * opening of the project waited for ever on the FIFO, and read /dev/zero
 * until memory ran out. */
static void
test_lock_not_regular (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-lock-XXXXXX", NULL);
  g_autofree char *project = g_build_filename (dir, "p.sakskart", NULL);
  g_autofree char *lock_path = g_build_filename (dir, ".~lock.p.sakskart#", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (project);
  g_autoptr(GTimer) timer = g_timer_new ();

  alarm (20);
  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(GError) error = NULL;
      SkLock *lock;

      if (i == 0)
        g_assert_cmpint (mkfifo (lock_path, 0600), ==, 0);
      else if (i == 1)
        g_assert_cmpint (symlink ("/dev/zero", lock_path), ==, 0);
      else
        {
          g_autofree char *big = g_strnfill (8 * 1024 * 1024, 'x');

          g_assert_true (g_file_set_contents (lock_path, big, -1, NULL));
        }
      g_timer_start (timer);
      lock = sk_lock_read (file, NULL, &error);
      g_assert_no_error (error);
      g_assert_nonnull (lock);
      g_assert_null (lock->name);
      g_assert_cmpfloat (g_timer_elapsed (timer, NULL), <, 2);
      sk_lock_free (lock);
      g_unlink (lock_path);
    }
  alarm (0);
  g_rmdir (dir);
}

/* Chains as long as a file can hold are checked without recursion: no
 * stack overflow, and in time linear in the tasks. */
static char *
chain_project (guint    n,
               gboolean cycle)
{
  GString *s = g_string_new ("{\"format\":\"sakskart\",\"version\":1,\"title\":\"Chain\","
                             "\"municipalities\":[],\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[");

  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (s, "%s{\"id\":\"a%u\",\"name\":\"A%u\",\"start\":\"2026-01-01\",\"end\":\"2026-01-02\"",
                              i ? "," : "", i, i);
      if (i > 0)
        g_string_append_printf (s, ",\"parent\":\"a%u\",\"depends_on\":[\"a%u\"]", i - 1, i - 1);
      else if (cycle)
        g_string_append_printf (s, ",\"depends_on\":[\"a%u\"]", n - 1);
      g_string_append_c (s, '}');
    }
  g_string_append (s, "]}]}");
  return g_string_free (s, FALSE);
}

static void
test_long_chains (void)
{
  const guint n = 200000;
  g_autofree char *fine = chain_project (n, FALSE);
  g_autofree char *looped = chain_project (n, TRUE);
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;
  SkProject *refused;

  project = sk_project_new_from_data (fine, strlen (fine), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (project);

  refused = sk_project_new_from_data (looped, strlen (looped), NULL, &error);
  g_assert_null (refused);
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "form a cycle"));
}

/* In every language the messages stay short enough for a dialog, however
 * long the values they quote (Norwegian quotes with « »). */
static void
test_messages_short_in_norwegian (gconstpointer data)
{
  GPtrArray *cases = (GPtrArray *) data;
  const char *langs[] = { "nn", "nb" };

  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *locale = g_strdup_printf ("%s_NO.UTF-8", langs[l]);
      g_autofree char *long_path = g_test_build_filename (G_TEST_DIST, "files", "bad", "long-id.sakskart", NULL);
      g_autoptr(GFile) long_file = g_file_new_for_path (long_path);
      g_autoptr(GError) translated = NULL;
      g_autoptr(SkProject) none = NULL;

      g_setenv ("LANGUAGE", langs[l], TRUE);
      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The locale %s is missing: the set-up command generates it", locale);

      /* The messages are translated (the test would prove nothing else). */
      none = sk_project_new_from_file (long_file, NULL, NULL, NULL, &translated);
      g_assert_nonnull (strstr (translated->message, "«"));

      for (guint i = 0; i < cases->len; i++)
        {
          const Case *c = g_ptr_array_index (cases, i);
          g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "bad", c->name, NULL);
          g_autoptr(GFile) file = g_file_new_for_path (path);
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(SkProject) project = sk_project_new_from_file (file, NULL, NULL, &problems, &error);

          /* Every one is refused, or opened with its problems listed. */
          g_assert_true (project == NULL || (problems != NULL && problems->len > 0));
          if (error != NULL)
            g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 700);
          for (guint k = 0; problems && k < problems->len; k++)
            g_assert_cmpuint (g_utf8_strlen (((SkProblem *) g_ptr_array_index (problems, k))->message, -1), <, 400);
        }
    }
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
}

/* A link to what the project does not have names the kind in the
 * user's words, agreeing with the translation: "Inga matrise har id-en
 * «nope»", not the file's "Ingen cost_model har …". */
static void
test_dangling_link_in_norwegian (void)
{
  static const struct {
    const char *kind;
    const char *nn;
    const char *nb;
  } kinds[] = {
    { "matrix", "Inga matrise har id-en «nope»", "Ingen matrise har id-en «nope»" },
    { "cost_model", "Ingen fordelingsmodell har id-en «nope»", "Ingen fordelingsmodell har id-en «nope»" },
    { "timeline", "Inga tidslinje har id-en «nope»", "Ingen tidslinje har id-en «nope»" },
  };
  const char *langs[] = { "nn", "nb" };
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "bad", "link-dangling.sakskart", NULL);
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"kind\":\"matrix\""));
  bindtextdomain (GETTEXT_PACKAGE, BUILD_LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  for (guint l = 0; l < G_N_ELEMENTS (langs); l++)
    {
      g_autofree char *locale = g_strdup_printf ("%s_NO.UTF-8", langs[l]);

      g_setenv ("LANGUAGE", langs[l], TRUE);
      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The locale %s is missing: the set-up command generates it", locale);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autofree char *kind = g_strdup_printf ("\"kind\":\"%s\"", kinds[k].kind);
          g_auto(GStrv) parts = g_strsplit (contents, "\"kind\":\"matrix\"", -1);
          g_autofree char *data = g_strjoinv (kind, parts);
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(SkProject) project = sk_project_new_from_data (data, strlen (data), &problems, &error);
          const SkProblem *first;

          g_assert_null (project);
          g_assert_nonnull (problems);
          g_assert_cmpuint (problems->len, ==, 1);
          first = g_ptr_array_index (problems, 0);
          g_assert_cmpstr (first->path, ==, "$.meetings[0].items[0].links[0].id");
          g_assert_cmpstr (first->message, ==, l == 0 ? kinds[k].nn : kinds[k].nb);
        }
    }
  g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *manifest = NULL;
  g_autofree char *contents = NULL;
  g_auto(GStrv) lines = NULL;
  g_autoptr(GPtrArray) cases = g_ptr_array_new_with_free_func ((GDestroyNotify) case_free);
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = NULL;
  g_autofree char *bad_dir = NULL;
  const char *name;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_setenv ("LC_ALL", "C", TRUE);

  manifest = g_test_build_filename (G_TEST_DIST, "files", "bad", "expected.tsv", NULL);
  if (!g_file_get_contents (manifest, &contents, NULL, NULL))
    g_error ("Cannot read %s", manifest);
  lines = g_strsplit (contents, "\n", -1);
  for (guint i = 0; lines[i]; i++)
    {
      g_auto(GStrv) fields = NULL;
      Case *c;
      g_autofree char *test_path = NULL;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", -1);
      if (g_strv_length (fields) != 3)
        g_error ("%s: line %u does not have three fields", manifest, i + 1);
      c = g_new0 (Case, 1);
      c->name = g_strdup (fields[0]);
      c->code = g_strdup (fields[1]);
      c->path = g_strcmp0 (fields[2], "-") == 0 ? NULL : g_strdup (fields[2]);
      g_ptr_array_add (cases, c);
      g_hash_table_add (listed, c->name);
      test_path = g_strdup_printf ("/bad-files/%s", c->name);
      g_test_add_data_func (test_path, c, test_bad_file);
    }

  /* The corpus is at least 50 files and every file in it is listed. */
  if (cases->len < 50)
    g_error ("%s lists only %u files", manifest, cases->len);
  bad_dir = g_path_get_dirname (manifest);
  dir = g_dir_open (bad_dir, 0, NULL);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_suffix (name, ".sakskart") && !g_hash_table_contains (listed, name))
      g_error ("%s is not listed in %s", name, manifest);

  g_test_add_func ("/bad-files/100-megabytes", test_hundred_megabytes);
  g_test_add_func ("/bad-files/long-chains", test_long_chains);
  g_test_add_func ("/bad-files/tiny-values", test_tiny_values);
  g_test_add_func ("/bad-files/not-regular", test_not_regular);
  g_test_add_func ("/bad-files/lock-not-regular", test_lock_not_regular);
  g_test_add_data_func ("/bad-files/messages-short-in-norwegian", cases, test_messages_short_in_norwegian);
  g_test_add_func ("/bad-files/dangling-link-in-norwegian", test_dangling_link_in_norwegian);

  status = g_test_run ();
  return status;
}
