/* test-scaling.c — a project file loads in time proportional to its size
 *
 * For each kind of list that a file may make long, a file of that kind
 * of a quarter of the 64 MB limit (16 MB) and one some 60 times smaller
 * are made in memory and loaded (parsed, read and checked).  The large
 * file's time per byte must stay within a few times the small one's: a
 * loop that walks a list for each of its elements makes the large file
 * some 60 times slower per byte.  (Files close to the limit took four
 * times as long to say the same, three minutes of the test command.)
 * No absolute time is asserted: the machine may be slow or busy.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "sk-project.h"

#define HEAD "{\"format\":\"sakskart\",\"version\":1,\"title\":\"Scaling\""

/* The large file's time per byte may be this many times the small one's. */
#define MAX_RATIO 5.0

typedef void (*MakeFunc) (GString *s,
                          guint    n);

static void
municipalities (GString *s,
                guint    n)
{
  g_string_append (s, ",\"municipalities\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"m%u\",\"name\":\"M%u\",\"figures\":{\"population\":%u}}",
                            i ? "," : "", i, i, i + 1);
  g_string_append_c (s, ']');
}

static void
make_figures (GString *s,
              guint    n)
{
  g_string_append (s, ",\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"k%u\":%u", i ? "," : "", i, i);
  g_string_append (s, "}}]");
}

static void
make_candidates (GString *s,
                 guint    n)
{
  municipalities (s, n);
  g_string_append (s, ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":1}],"
                      "\"candidates\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"municipality\":\"m%u\",\"scores\":{\"f\":%u}}", i ? "," : "", i, i % 6);
  g_string_append (s, "]}]");
}

static void
make_scores (GString *s,
             guint    n)
{
  municipalities (s, 1);
  g_string_append (s, ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"f%u\",\"name\":\"F\",\"weight\":1}", i ? "," : "", i);
  g_string_append (s, "],\"candidates\":[{\"municipality\":\"m0\",\"scores\":{");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"f%u\":%u", i ? "," : "", i, i % 6);
  g_string_append (s, "}}]}]");
}

static void
make_participants (GString *s,
                   guint    n)
{
  municipalities (s, n);
  g_string_append (s, ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1000000,\"participants\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"m%u\"", i ? "," : "", i);
  g_string_append (s, "],\"fixed_percent\":25,\"criteria\":[{\"figure\":\"population\",\"weight\":1}]}]");
}

static void
make_plan (GString *s,
           guint    n)
{
  municipalities (s, 1);
  g_string_append (s, ",\"meetings\":[");
  for (guint i = 0; i < n / 2 + 1; i++)
    g_string_append_printf (s, "%s{\"id\":\"t%u\",\"body\":\"B\",\"date\":\"2026-01-01\"}", i ? "," : "", i);
  g_string_append (s, "],\"plan\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"p%u\",\"title\":\"P\",\"meeting\":\"t%u\"}", i ? "," : "", i, i / 2);
  g_string_append_c (s, ']');
}

static void
make_items (GString *s,
            guint    n)
{
  municipalities (s, 1);
  g_string_append (s, ",\"meetings\":[{\"id\":\"t\",\"body\":\"B\",\"date\":\"2026-01-01\",\"items\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"i%u\",\"title\":\"I\",\"kind\":\"decision\","
                               "\"links\":[{\"kind\":\"timeline\",\"id\":\"l%u\"}]}", i ? "," : "", i, i);
  g_string_append (s, "]}],\"timelines\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"l%u\",\"title\":\"L\",\"tasks\":[]}", i ? "," : "", i);
  g_string_append_c (s, ']');
}

static void
make_tasks (GString *s,
            guint    n)
{
  municipalities (s, 1);
  g_string_append (s, ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[");
  for (guint i = 0; i < n; i++)
    {
      g_string_append_printf (s, "%s{\"id\":\"a%u\",\"name\":\"A\",\"start\":\"2026-01-01\",\"end\":\"2026-01-02\"",
                              i ? "," : "", i);
      if (i > 0)
        g_string_append_printf (s, ",\"parent\":\"a%u\",\"depends_on\":[\"a%u\"]", i / 2, i - 1);
      g_string_append_c (s, '}');
    }
  g_string_append (s, "]}]");
}

static void
make_scenarios (GString *s,
                guint    n)
{
  municipalities (s, 2);
  g_string_append (s, ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1000000,"
                      "\"participants\":[\"m0\",\"m1\"],\"fixed_percent\":25,"
                      "\"criteria\":[{\"figure\":\"population\",\"weight\":1}],\"scenarios\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"s%u\",\"title\":\"S\",\"fixed_percent\":%u.5,"
                               "\"participants\":[\"m%u\"]}", i ? "," : "", i, i % 100, i % 2);
  g_string_append (s, "]}]");
}

static void
make_extra (GString *s,
            guint    n)
{
  /* Members this version does not know, with numbers it must keep. */
  municipalities (s, 1);
  g_string_append (s, ",\"future\":{");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"x%u\":[%u.25,\"\\u00e6\\ud83d\\ude00\"]", i ? "," : "", i, i);
  g_string_append_c (s, '}');
}

/* A body of n members, each with a personal deputy. */
static void
body_of (GString *s,
         guint    n)
{
  g_string_append (s, ",\"bodies\":[{\"id\":\"b\",\"name\":\"B\",\"members\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"p%u\",\"name\":\"P\",\"deputies\":[{\"id\":\"d%u\",\"name\":\"D\"}]}",
                            i ? "," : "", i, i);
  g_string_append (s, "]}]");
}

static void
make_attendance (GString *s,
                 guint    n)
{
  municipalities (s, 1);
  body_of (s, n);
  g_string_append (s, ",\"meetings\":[{\"id\":\"t\",\"body\":\"b\",\"date\":\"2026-01-01\",\"chair\":\"p1\","
                      "\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"decision\",\"proposal\":\"P\","
                      "\"votes\":[{\"proposal\":\"prepared\",\"for\":1,\"against\":0}]}],\"attendance\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"member\":\"p%u\",\"status\":\"%s\",\"deputy\":\"d%u\",\"arrived_from\":\"i\"}",
                            i ? "," : "", i, i % 2 ? "present" : "absent", i);
  g_string_append (s, "],\"minutes_approval\":{\"method\":\"signed\",\"signers\":[");
  /* Each who was there signs: the member, or the deputy for one away */
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s\"%c%u\"", i ? "," : "", i % 2 ? 'p' : 'd', i);
  g_string_append (s, "]}}]");
}

static void
make_disqualifications (GString *s,
                        guint    n)
{
  municipalities (s, 1);
  body_of (s, n);
  g_string_append (s, ",\"meetings\":[{\"id\":\"t\",\"body\":\"b\",\"date\":\"2026-01-01\",\"attendance\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"member\":\"p%u\",\"status\":\"present\"}", i ? "," : "", i);
  g_string_append (s, "],\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"decision\",\"proposal\":\"P\","
                      "\"votes\":[{\"proposal\":\"prepared\",\"for\":1,\"against\":0}],\"disqualifications\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"member\":\"p%u\",\"ground\":\"G\",\"deputy\":\"d%u\"}", i ? "," : "", i, i);
  g_string_append (s, "]}]}]");
}

static void
make_votes (GString *s,
            guint    n)
{
  municipalities (s, 1);
  body_of (s, 3);
  g_string_append (s, ",\"meetings\":[{\"id\":\"t\",\"body\":\"b\",\"date\":\"2026-01-01\",\"attendance\":["
                      "{\"member\":\"p0\",\"status\":\"present\"},{\"member\":\"p1\",\"status\":\"present\"}],"
                      "\"items\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"i%u\",\"title\":\"I\",\"kind\":\"decision\",\"proposal\":\"P\","
                               "\"proposals\":[{\"id\":\"x\",\"text\":\"X\"}],"
                               "\"votes\":[{\"proposal\":\"x\",\"for\":1,\"against\":1,\"casting\":\"for\"}]}",
                            i ? "," : "", i);
  g_string_append (s, "]}]");
}

static void
make_proposals (GString *s,
                guint    n)
{
  municipalities (s, 1);
  g_string_append (s, ",\"meetings\":[{\"id\":\"t\",\"body\":\"B\",\"date\":\"2026-01-01\",\"items\":["
                      "{\"id\":\"i\",\"title\":\"I\",\"kind\":\"decision\",\"proposals\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"id\":\"x%u\",\"text\":\"X\"}", i ? "," : "", i);
  g_string_append (s, "],\"votes\":[");
  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%s{\"proposal\":\"x%u\",\"unanimous\":true}", i ? "," : "", i);
  g_string_append (s, "]}]}]");
}

static void
make_meetings (GString *s,
               guint    n)
{
  municipalities (s, 1);
  body_of (s, n / 2 + 1);
  g_string_append (s, ",\"meetings\":[");
  for (guint i = 0; i < n / 2 + 1; i++)
    g_string_append_printf (s, "%s{\"id\":\"t%u\",\"body\":\"B\",\"date\":\"2026-01-01\",\"chair\":\"p%u\"}",
                            i ? "," : "", i, i);
  g_string_append_c (s, ']');
}

typedef struct
{
  const char *name;
  MakeFunc    make;
} Kind;

static char *
make_file (const Kind *kind,
           guint       n,
           gsize      *length)
{
  GString *s = g_string_new (HEAD);

  kind->make (s, n);
  g_string_append_c (s, '}');
  *length = s->len;
  return g_string_free (s, FALSE);
}

/* The shortest of `repeats` loads, in seconds. */
static double
load_time (const char *text,
           gsize       length,
           guint       repeats)
{
  double best = G_MAXDOUBLE;

  for (guint r = 0; r < repeats; r++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      SkProject *project;
      gint64 start = g_get_monotonic_time ();

      project = sk_project_new_from_data (text, length, &problems, &error);
      best = MIN (best, (g_get_monotonic_time () - start) / 1e6);
      g_assert_no_error (error);
      g_assert_nonnull (project);
      g_assert_true (problems == NULL || problems->len == 0);
      g_object_unref (project);
    }
  return best;
}

static void
test_scaling (gconstpointer data)
{
  const Kind *kind = data;
  /* A quarter of the limit, leaving room for the aim being rough. */
  const gsize large_target = SK_PROJECT_MAX_FILE_SIZE / 4 - 256 * 1024;
  gsize probe_length, small_length, large_length;
  g_autofree char *probe = make_file (kind, 1000, &probe_length);
  /* A quarter of a MB: large enough to time, some 60 times smaller. */
  guint n_small = (guint) (1000 * (256.0 * 1024.0) / probe_length);
  guint n_large;
  g_autofree char *small = make_file (kind, n_small, &small_length);
  g_autofree char *large = NULL;
  double small_time, large_time, ratio;

  /* Aim from the small file's bytes per element, then come down (the
   * numbers in it are longer) until the file is within the target. */
  n_large = (guint) (large_target / ((double) small_length / n_small));
  for (;;)
    {
      large = make_file (kind, n_large, &large_length);
      if (large_length <= large_target)
        break;
      g_clear_pointer (&large, g_free);
      n_large = (guint) (n_large * ((double) large_target / large_length) * 0.99);
    }
  g_assert_cmpuint (large_length, >, SK_PROJECT_MAX_FILE_SIZE / 8);
  g_assert_cmpuint (large_length, >, 30 * small_length);

  small_time = load_time (small, small_length, 7);
  large_time = load_time (large, large_length, 1);
  ratio = (large_time / large_length) / (MAX (small_time, 1e-6) / small_length);
  g_test_message ("%s: %u elements, %.1f MB in %.2f s; %u elements, %.2f MB in %.3f s: "
                  "%.2f times the time per byte",
                  kind->name, n_large, large_length / 1048576.0, large_time,
                  n_small, small_length / 1048576.0, small_time, ratio);
  g_assert_cmpfloat (ratio, <=, MAX_RATIO);
}

int
main (int   argc,
      char *argv[])
{
  static const Kind kinds[] = {
    { "figures", make_figures },
    { "candidates", make_candidates },
    { "scores", make_scores },
    { "participants", make_participants },
    { "plan", make_plan },
    { "items", make_items },
    { "tasks", make_tasks },
    { "scenarios", make_scenarios },
    { "extra", make_extra },
    { "attendance", make_attendance },
    { "disqualifications", make_disqualifications },
    { "votes", make_votes },
    { "proposals", make_proposals },
    { "meetings", make_meetings },
  };

  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_strdup_printf ("/scaling/%s", kinds[i].name);

      g_test_add_data_func (path, &kinds[i], test_scaling);
    }
  return g_test_run ();
}
