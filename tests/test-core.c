/* test-core.c — the project file, its checks, and the arithmetic of FORMAT.md
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "sk-scenario.h"
#include "sk-agenda.h"
#include "sk-costs.h"
#include "sk-date.h"
#include "sk-file.h"
#include "sk-fingerprint.h"
#include "sk-format.h"
#include "sk-matrix.h"
#include "sk-project.h"
#include "sk-sensitivity.h"
#include "sk-edit.h"
#include "sk-what-if.h"
#include "core-util.h"

static char *example_path;

static char *
read_example (gsize *length)
{
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (example_path, &text, length, &error);
  g_assert_no_error (error);
  return text;
}

static SkProject *
load_text (const char *text)
{
  SkProject *p = test_load_project_text (text);

  g_assert_nonnull (p);
  return p;
}

/* The example project, loaded. */
static SkProject *
example_project (void)
{
  g_autofree char *text = read_example (NULL);

  return load_text (text);
}

static void
test_example_loads (void)
{
  g_autofree char *text = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  SkMeeting *meeting;
  gsize length;

  text = read_example (&length);
  project = sk_project_new_from_data (text, length, &problems, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);

  g_assert_cmpuint (sk_project_get_municipalities (project)->len, ==, 6);
  meeting = sk_project_find_meeting (project, "styret-2025-11-03");
  g_assert_nonnull (meeting);
  g_assert_cmpuint (meeting->items->len, ==, 15);
  g_assert_cmpstr (((SkItem *) g_ptr_array_index (meeting->items, 6))->title, ==, "Felles barnevern i Sogn");
  g_assert_cmpint (((SkItem *) g_ptr_array_index (meeting->items, 6))->kind, ==, SK_ITEM_DECISION);
  g_assert_cmpuint (sk_project_get_matrices (project)->len, ==, 3);
  g_assert_cmpuint (sk_project_get_timelines (project)->len, ==, 3);
  g_assert_cmpuint (sk_project_get_cost_models (project)->len, ==, 2);
  /* Four bodies meet in 2026: six board meetings among fifteen. */
  g_assert_cmpuint (sk_project_get_meetings (project)->len, ==, 16);
}

static void
test_round_trip_unknown_fields (void)
{
  const char *text =
    "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"future_top\":{\"a\":[1,2]},"
    "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":10,\"x\":1.5},\"colour\":\"red\"}],"
    "\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"zoom\":true,"
    "\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"decision\",\"tally\":{\"yes\":5},"
    "\"attachments\":[{\"title\":\"V\",\"size\":12}],\"links\":[{\"kind\":\"matrix\",\"id\":\"mx\",\"pin\":1}]}]}],"
    "\"plan\":[{\"id\":\"p\",\"title\":\"P\",\"due\":\"2026-Q2\",\"owner\":\"X\"}],"
    "\"matrices\":[{\"id\":\"mx\",\"title\":\"M\",\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":2,\"colour\":1}],"
    "\"candidates\":[{\"municipality\":\"a\",\"scores\":{\"f\":3},\"hidden\":false}],\"kind\":\"host\"}],"
    "\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"x\",\"name\":\"X\",\"start\":\"2025-01-01\","
    "\"end\":\"2025-01-02\",\"colour\":\"blue\"}],\"zoom\":3}],"
    "\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":100,\"participants\":[\"a\"],\"fixed_percent\":100,"
    "\"currency\":\"NOK\",\"scenarios\":[{\"id\":\"s\",\"title\":\"S\",\"total_kr\":50,\"why\":\"w\"}]}]}";
  g_autoptr(SkProject) first = load_text (text);
  g_autofree char *saved = sk_project_to_data (first, NULL);
  g_autoptr(SkProject) second = load_text (saved);
  g_autofree char *saved_again = sk_project_to_data (second, NULL);
  const char *unknown[] = {
    "\"future_top\"", "\"colour\" : \"red\"", "\"x\" : 1.5", "\"zoom\" : true", "\"tally\"",
    "\"size\" : 12", "\"pin\" : 1", "\"owner\" : \"X\"", "\"colour\" : 1", "\"hidden\" : false",
    "\"kind\" : \"host\"", "\"colour\" : \"blue\"", "\"zoom\" : 3", "\"currency\" : \"NOK\"", "\"why\" : \"w\"",
  };

  for (guint i = 0; i < G_N_ELEMENTS (unknown); i++)
    if (strstr (saved, unknown[i]) == NULL)
      g_error ("unknown member %s was lost:\n%s", unknown[i], saved);
  g_assert_cmpstr (saved, ==, saved_again);
}

static void
test_example_round_trip (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) first = load_text (text);
  g_autofree char *saved = sk_project_to_data (first, NULL);
  g_autoptr(SkProject) second = load_text (saved);
  g_autofree char *again = sk_project_to_data (second, NULL);

  g_assert_cmpstr (saved, ==, again);
  /* The markers of example values and the figure sources survive. */
  g_assert_nonnull (strstr (saved, "\"figure_sources\""));
  g_assert_nonnull (strstr (saved, "\"example_value\""));
}

/* A valid project into which each bad case splices one fault. */
#define BASE_HEAD "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\","
#define MUNIS "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":10,\"kids\":4}}," \
              "{\"id\":\"b\",\"name\":\"B\",\"figures\":{\"population\":30,\"kids\":0}}]"

typedef struct
{
  const char *name;
  const char *json;
  const char *path;   /* the JSON path the first problem must name */
  int         code;
} BadCase;

static const BadCase bad_cases[] = {
  { "root-array", "[1,2]", "$", SK_PROJECT_ERROR_NOT_SAKSKART },
  { "format-missing", "{\"version\":1}", "$.format", SK_PROJECT_ERROR_NOT_SAKSKART },
  { "format-wrong", "{\"format\":\"other\",\"version\":1}", "$.format", SK_PROJECT_ERROR_NOT_SAKSKART },
  { "version-newer", "{\"format\":\"sakskart\",\"version\":2}", "$.version", SK_PROJECT_ERROR_VERSION },
  { "version-string", "{\"format\":\"sakskart\",\"version\":\"1\"}", "$.version", SK_PROJECT_ERROR_VERSION },
  { "title-missing", "{\"format\":\"sakskart\",\"version\":1," MUNIS "}", "$.title", SK_PROJECT_ERROR_INVALID },
  { "title-number", "{\"format\":\"sakskart\",\"version\":1,\"title\":5," MUNIS "}", "$.title", SK_PROJECT_ERROR_INVALID },
  { "municipalities-missing", BASE_HEAD "\"x\":1}", "$.municipalities", SK_PROJECT_ERROR_INVALID },
  { "municipalities-object", BASE_HEAD "\"municipalities\":{}}", "$.municipalities", SK_PROJECT_ERROR_INVALID },
  { "municipality-not-object", BASE_HEAD "\"municipalities\":[3]}", "$.municipalities[0]", SK_PROJECT_ERROR_INVALID },
  { "municipality-id-syntax", BASE_HEAD "\"municipalities\":[{\"id\":\"Bad Id\",\"name\":\"A\"}]}", "$.municipalities[0].id", SK_PROJECT_ERROR_INVALID },
  { "municipality-id-long", BASE_HEAD "\"municipalities\":[{\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\",\"name\":\"A\"}]}", "$.municipalities[0].id", SK_PROJECT_ERROR_INVALID },
  { "municipality-id-duplicate", BASE_HEAD "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"a\",\"name\":\"B\"}]}", "$.municipalities[1].id", SK_PROJECT_ERROR_INVALID },
  { "municipality-name-missing", BASE_HEAD "\"municipalities\":[{\"id\":\"a\"}]}", "$.municipalities[0].name", SK_PROJECT_ERROR_INVALID },
  { "municipality-number", BASE_HEAD "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"number\":\"46x\"}]}", "$.municipalities[0].number", SK_PROJECT_ERROR_INVALID },
  { "figure-negative", BASE_HEAD "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":-1}}]}", "$.municipalities[0].figures.population", SK_PROJECT_ERROR_INVALID },
  { "figure-string", BASE_HEAD "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":\"5\"}}]}", "$.municipalities[0].figures.population", SK_PROJECT_ERROR_INVALID },
  { "figure-huge", BASE_HEAD "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":1e999}}]}", "$.municipalities[0].figures.population", SK_PROJECT_ERROR_INVALID },
  { "meeting-body-missing", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"date\":\"2025-11-03\"}]}", "$.meetings[0].body", SK_PROJECT_ERROR_INVALID },
  { "meeting-date-bad", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-02-30\"}]}", "$.meetings[0].date", SK_PROJECT_ERROR_INVALID },
  { "meeting-date-format", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"03.11.2025\"}]}", "$.meetings[0].date", SK_PROJECT_ERROR_INVALID },
  { "meeting-time-bad", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"start_time\":\"25:00\"}]}", "$.meetings[0].start_time", SK_PROJECT_ERROR_INVALID },
  { "meeting-mode-bad", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"mode\":\"zoom\"}]}", "$.meetings[0].mode", SK_PROJECT_ERROR_INVALID },
  { "item-kind-bad", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"formal\"},{\"id\":\"j\",\"title\":\"J\",\"kind\":\"vote\"}]}]}", "$.meetings[0].items[1].kind", SK_PROJECT_ERROR_INVALID },
  { "item-title-missing", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"kind\":\"formal\"}]}]}", "$.meetings[0].items[0].title", SK_PROJECT_ERROR_INVALID },
  { "item-id-duplicate", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"formal\"},{\"id\":\"i\",\"title\":\"J\",\"kind\":\"formal\"}]}]}", "$.meetings[0].items[1].id", SK_PROJECT_ERROR_INVALID },
  { "item-duration-negative", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"formal\",\"duration_min\":-5}]}]}", "$.meetings[0].items[0].duration_min", SK_PROJECT_ERROR_INVALID },
  { "item-duration-fraction", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"formal\",\"duration_min\":2.5}]}]}", "$.meetings[0].items[0].duration_min", SK_PROJECT_ERROR_INVALID },
  { "attachment-title-missing", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"formal\",\"attachments\":[{\"uri\":\"file:///x\"}]}]}]}", "$.meetings[0].items[0].attachments[0].title", SK_PROJECT_ERROR_INVALID },
  { "link-dangling", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"formal\",\"links\":[{\"kind\":\"matrix\",\"id\":\"nope\"}]}]}]}", "$.meetings[0].items[0].links[0].id", SK_PROJECT_ERROR_INVALID },
  { "link-kind-bad", BASE_HEAD MUNIS ",\"meetings\":[{\"id\":\"m\",\"body\":\"B\",\"date\":\"2025-11-03\",\"items\":[{\"id\":\"i\",\"title\":\"I\",\"kind\":\"formal\",\"links\":[{\"kind\":\"chart\",\"id\":\"x\"}]}]}]}", "$.meetings[0].items[0].links[0].kind", SK_PROJECT_ERROR_INVALID },
  { "plan-meeting-dangling", BASE_HEAD MUNIS ",\"plan\":[{\"id\":\"p\",\"title\":\"P\",\"meeting\":\"nope\"}]}", "$.plan[0].meeting", SK_PROJECT_ERROR_INVALID },
  { "plan-due-bad", BASE_HEAD MUNIS ",\"plan\":[{\"id\":\"p\",\"title\":\"P\",\"due\":\"2026-Q5\"}]}", "$.plan[0].due", SK_PROJECT_ERROR_INVALID },
  { "matrix-no-factors", BASE_HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[],\"candidates\":[]}]}", "$.matrices[0].factors", SK_PROJECT_ERROR_INVALID },
  { "matrix-factors-missing", BASE_HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"candidates\":[]}]}", "$.matrices[0].factors", SK_PROJECT_ERROR_INVALID },
  { "matrix-weight-range", BASE_HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":6}],\"candidates\":[]}]}", "$.matrices[0].factors[0].weight", SK_PROJECT_ERROR_INVALID },
  { "matrix-score-range", BASE_HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"scale_max\":10,\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":1}],\"candidates\":[{\"municipality\":\"a\",\"scores\":{\"f\":11}}]}]}", "$.matrices[0].candidates[0].scores.f", SK_PROJECT_ERROR_INVALID },
  { "matrix-score-unknown-factor", BASE_HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":1}],\"candidates\":[{\"municipality\":\"a\",\"scores\":{\"g\":1}}]}]}", "$.matrices[0].candidates[0].scores.g", SK_PROJECT_ERROR_INVALID },
  { "matrix-candidate-dangling", BASE_HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":1}],\"candidates\":[{\"municipality\":\"zz\",\"scores\":{}}]}]}", "$.matrices[0].candidates[0].municipality", SK_PROJECT_ERROR_INVALID },
  { "matrix-scale-zero", BASE_HEAD MUNIS ",\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"scale_max\":0,\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":1}],\"candidates\":[]}]}", "$.matrices[0].scale_max", SK_PROJECT_ERROR_INVALID },
  { "task-end-before-start", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-02-01\",\"end\":\"2025-01-01\"}]}]}", "$.timelines[0].tasks[0].end", SK_PROJECT_ERROR_INVALID },
  { "task-milestone-two-dates", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-01-01\",\"end\":\"2025-01-02\",\"milestone\":true}]}]}", "$.timelines[0].tasks[0].end", SK_PROJECT_ERROR_INVALID },
  { "task-date-out-of-range", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"1066-10-14\",\"end\":\"1066-10-14\"}]}]}", "$.timelines[0].tasks[0].start", SK_PROJECT_ERROR_INVALID },
  { "task-parent-dangling", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"parent\":\"zz\"}]}]}", "$.timelines[0].tasks[0].parent", SK_PROJECT_ERROR_INVALID },
  { "task-parent-milestone", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"m\",\"name\":\"M\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"milestone\":true},{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"parent\":\"m\"}]}]}", "$.timelines[0].tasks[1].parent", SK_PROJECT_ERROR_INVALID },
  { "task-parent-cycle", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"parent\":\"b\"},{\"id\":\"b\",\"name\":\"B\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"parent\":\"a\"}]}]}", "$.timelines[0].tasks[0].parent", SK_PROJECT_ERROR_INVALID },
  { "task-depends-dangling", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"depends_on\":[\"zz\"]}]}]}", "$.timelines[0].tasks[0].depends_on[0]", SK_PROJECT_ERROR_INVALID },
  { "task-depends-cycle", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"depends_on\":[\"c\"]},{\"id\":\"b\",\"name\":\"B\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"depends_on\":[\"a\"]},{\"id\":\"c\",\"name\":\"C\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"depends_on\":[\"b\"]}]}]}", "$.timelines[0].tasks[1].depends_on", SK_PROJECT_ERROR_INVALID },
  { "task-progress-range", BASE_HEAD MUNIS ",\"timelines\":[{\"id\":\"t\",\"title\":\"T\",\"tasks\":[{\"id\":\"a\",\"name\":\"A\",\"start\":\"2025-01-01\",\"end\":\"2025-01-01\",\"progress\":120}]}]}", "$.timelines[0].tasks[0].progress", SK_PROJECT_ERROR_INVALID },
  { "cost-total-fraction", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":10.5,\"participants\":[\"a\"],\"fixed_percent\":100}]}", "$.cost_models[0].total_kr", SK_PROJECT_ERROR_INVALID },
  { "cost-total-negative", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":-1,\"participants\":[\"a\"],\"fixed_percent\":100}]}", "$.cost_models[0].total_kr", SK_PROJECT_ERROR_INVALID },
  { "cost-no-participants", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[],\"fixed_percent\":100}]}", "$.cost_models[0].participants", SK_PROJECT_ERROR_INVALID },
  { "cost-participant-dangling", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\",\"zz\"],\"fixed_percent\":100}]}", "$.cost_models[0].participants[1]", SK_PROJECT_ERROR_INVALID },
  { "cost-fixed-range", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":101}]}", "$.cost_models[0].fixed_percent", SK_PROJECT_ERROR_INVALID },
  { "cost-fixed-decimals", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":25.12345,\"criteria\":[{\"figure\":\"population\",\"weight\":1}]}]}", "$.cost_models[0].fixed_percent", SK_PROJECT_ERROR_INVALID },
  { "cost-criteria-missing", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":25}]}", "$.cost_models[0].criteria", SK_PROJECT_ERROR_INVALID },
  { "cost-weight-zero", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":25,\"criteria\":[{\"figure\":\"population\",\"weight\":0}]}]}", "$.cost_models[0].criteria[0].weight", SK_PROJECT_ERROR_INVALID },
  { "cost-figure-missing", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":25,\"criteria\":[{\"figure\":\"age_0_17\",\"weight\":1}]}]}", "$.cost_models[0].criteria[0].figure", SK_PROJECT_ERROR_COSTS },
  { "cost-figure-sum-zero", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"b\"],\"fixed_percent\":25,\"criteria\":[{\"figure\":\"kids\",\"weight\":1}]}]}", "$.cost_models[0].criteria[0].figure", SK_PROJECT_ERROR_COSTS },
  { "cost-figure-fraction", BASE_HEAD "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":10.5}}],\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":25,\"criteria\":[{\"figure\":\"population\",\"weight\":1}]}]}", "$.cost_models[0].criteria[0].figure", SK_PROJECT_ERROR_COSTS },
  { "scenario-figure-missing", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":25,\"criteria\":[{\"figure\":\"population\",\"weight\":1}],\"scenarios\":[{\"id\":\"s\",\"title\":\"S\",\"criteria\":[{\"figure\":\"age_0_24\",\"weight\":1}]}]}]}", "$.cost_models[0].scenarios[0].criteria[0].figure", SK_PROJECT_ERROR_COSTS },
  { "scenario-id-duplicate", BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":100,\"scenarios\":[{\"id\":\"s\",\"title\":\"S\"},{\"id\":\"s\",\"title\":\"T\"}]}]}", "$.cost_models[0].scenarios[1].id", SK_PROJECT_ERROR_INVALID },
};

static void
test_bad_case (gconstpointer data)
{
  const BadCase *bc = data;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;
  const SkProblem *first;

  project = sk_project_new_from_data (bc->json, strlen (bc->json), &problems, &error);
  if (bc->code == SK_PROJECT_ERROR_COSTS)
    {
      /* Figures that do not fit a cost model: the file opens so that they
       * can be mended, and the problem is reported all the same. */
      g_assert_no_error (error);
      g_assert_nonnull (project);
      g_assert_cmpuint (problems->len, >, 0);
      first = g_ptr_array_index (problems, 0);
      g_assert_true (first->soft);
      if (g_strcmp0 (first->path, bc->path) != 0)
        g_error ("%s: expected the path %s, got %s: %s", bc->name, bc->path, first->path, first->message);
      return;
    }
  g_assert_null (project);
  g_assert_error (error, SK_PROJECT_ERROR, bc->code);
  g_assert_nonnull (problems);
  g_assert_cmpuint (problems->len, >, 0);
  first = g_ptr_array_index (problems, 0);
  g_assert_false (first->soft);
  if (g_strcmp0 (first->path, bc->path) != 0)
    g_error ("%s: expected the path %s, got %s: %s", bc->name, bc->path, first->path, first->message);
  /* The error's text names the path too, for the one-line message. */
  g_assert_nonnull (strstr (error->message, bc->path));
  g_assert_cmpstr (first->message, !=, "");
}

static void
test_not_json (void)
{
  const char *cases[] = { "", "{", "{\"format\":\"sakskart\",}", "nonsense", "{\"a\":NaN}" };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SkProject) p = sk_project_new_from_data (cases[i], strlen (cases[i]), NULL, &error);

      g_assert_null (p);
      g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX);
    }
}

static void
test_bad_encoding (void)
{
  const char invalid[] = "{\"format\":\"sakskart\",\"title\":\"\xff\xfe\"}";
  const char bom[] = "\xEF\xBB\xBF{\"format\":\"sakskart\",\"version\":1}";
  g_autoptr(GError) e1 = NULL;
  g_autoptr(GError) e2 = NULL;

  g_assert_null (sk_project_new_from_data (invalid, sizeof invalid - 1, NULL, &e1));
  g_assert_error (e1, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING);
  g_assert_null (sk_project_new_from_data (bom, sizeof bom - 1, NULL, &e2));
  g_assert_error (e2, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING);
}

static void
test_too_large (void)
{
  gsize size = SK_PROJECT_MAX_FILE_SIZE + 1;
  g_autofree char *big = g_malloc (size);
  g_autoptr(GError) error = NULL;

  memset (big, ' ', size);
  g_assert_null (sk_project_new_from_data (big, size, NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_TOO_LARGE);
}

static void
test_file_errors_name_the_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "styret.sakskart", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) missing = NULL;
  g_autoptr(GFile) nofile = g_file_new_for_path ("/nonexistent/dir/x.sakskart");

  g_assert_true (g_file_set_contents (path, "{\"format\":\"sakskart\",\"version\":1,\"title\":3}", -1, NULL));
  g_assert_null (sk_project_new_from_file (file, NULL, NULL, NULL, &error));
  g_assert_nonnull (strstr (error->message, "styret.sakskart"));
  g_assert_nonnull (strstr (error->message, "$.title"));
  g_assert_null (sk_project_new_from_file (nofile, NULL, NULL, NULL, &missing));
  g_assert_error (missing, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (missing->message, "x.sakskart"));
  g_unlink (path);
  g_rmdir (dir);
}

/* A folder where the backup goes ("p.sakskart~", made by someone or by
 * another program) would leave the save without a backup, the old
 * version gone: the save is refused, naming it, and the file is left as
 * it was. */
static void
test_save_backup_is_folder (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sakskart", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *inside = g_build_filename (backup, "x", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *text = read_example (&length);

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  g_assert_cmpint (g_mkdir (backup, 0700), ==, 0);
  g_assert_true (g_file_set_contents (inside, "x", -1, NULL));
  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &before, NULL, NULL));
  sk_project_set_title (project, "Endra");
  g_assert_false (sk_project_save_file (project, file, NULL, NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, path));
  g_assert_nonnull (strstr (error->message, "p.sakskart~"));
  g_assert_true (g_file_get_contents (path, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, before);
  g_assert_true (g_file_test (inside, G_FILE_TEST_IS_REGULAR));

  g_unlink (inside);
  g_rmdir (backup);
  g_unlink (path);
  g_rmdir (dir);
}

typedef struct
{
  GFile    *file;
  char     *fingerprint;
  gboolean  ok;
  GError   *error;
  gint      done;
} SlowWrite;

static gpointer
slow_write_thread (gpointer data)
{
  SlowWrite *w = data;

  w->ok = sk_file_write (w->file, "{\"ours\": true}", strlen ("{\"ours\": true}"), w->fingerprint,
                         SK_FILE_WRITE_BACKUP, NULL, NULL, &w->error);
  g_atomic_int_set (&w->done, 1);
  return NULL;
}

/* Whether this process has `path` open (the save reading it again). */
static gboolean
have_open (const char *path)
{
  g_autoptr(GDir) fds = g_dir_open ("/proc/self/fd", 0, NULL);
  const char *name;

  while (fds != NULL && (name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *link = g_build_filename ("/proc/self/fd", name, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);

      if (g_strcmp0 (target, path) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A colleague saves while our save reads the file again to check that
 * no one did (40 MB, as a slow share takes its time with a small one):
 * their version stays, and ours is refused.  The check came before our
 * new version was written and renamed over theirs, which it replaced. */
static void
test_save_colleague_meanwhile (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sakskart", NULL);
  g_autofree char *theirs = NULL;
  g_autoptr(GString) padded = g_string_new ("{\"format\": \"sakskart\"}");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileInfo) info = NULL;
  SlowWrite w = { file, NULL, FALSE, NULL, 0 };
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  gboolean seen = FALSE;
  GThread *thread;

  for (int i = 0; i < 40 * 1024; i++)
    g_string_append_printf (padded, "%1023s\n", "");
  g_assert_true (g_file_set_contents (path, padded->str, padded->len, NULL));
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_ETAG_VALUE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  w.fingerprint = sk_fingerprint_new (g_file_info_get_etag (info), padded->str, padded->len);
  thread = g_thread_new ("slow-write", slow_write_thread, &w);
  while (!g_atomic_int_get (&w.done) && !(seen = have_open (path)) && g_get_monotonic_time () < deadline)
    g_usleep (100);
  g_assert_true (seen);
  /* Theirs, written as editors and Sakskart write: a new file renamed
   * over the old one */
  g_assert_true (g_file_set_contents (path, "{\"theirs\": true}", -1, NULL));
  g_thread_join (thread);
  g_assert_false (w.ok);
  g_assert_error (w.error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_true (g_file_get_contents (path, &theirs, NULL, NULL));
  g_assert_cmpstr (theirs, ==, "{\"theirs\": true}");
  g_clear_error (&w.error);
  g_free (w.fingerprint);
  g_unlink (path);
  g_rmdir (dir);
}

static void
test_save_atomic (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "p.sakskart", NULL);
  g_autofree char *backup = g_strconcat (path, "~", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *etag = NULL;
  g_autofree char *new_etag = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  g_autofree char *text = read_example (&length);

  g_assert_true (g_file_set_contents (path, text, length, NULL));
  project = sk_project_new_from_file (file, NULL, &etag, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (etag);

  /* Someone else writes the file: a save with our etag must fail and
   * leave their version as it is. */
  g_usleep (G_USEC_PER_SEC / 50);
  g_assert_true (g_file_set_contents (path, "{\"someone\":\"else\", \"padding\": \"....\"}", -1, NULL));
  sk_project_set_title (project, "Endra");
  g_assert_false (sk_project_save_file (project, file, "1:1", NULL, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&error);
  g_file_get_contents (path, &before, NULL, NULL);
  g_assert_cmpstr (before, ==, "{\"someone\":\"else\", \"padding\": \"....\"}");

  /* A save that cannot write (the target is a folder) leaves no partial file. */
  {
    g_autofree char *sub = g_build_filename (dir, "folder.sakskart", NULL);
    g_autoptr(GFile) subfile = g_file_new_for_path (sub);

    g_mkdir (sub, 0700);
    g_assert_false (sk_project_save_file (project, subfile, NULL, NULL, NULL, &error));
    g_assert_nonnull (error);
    g_assert_true (g_file_test (sub, G_FILE_TEST_IS_DIR));
    g_clear_error (&error);
    g_rmdir (sub);
  }

  /* A good save replaces the file and keeps a backup of the old one. */
  g_assert_true (sk_project_save_file (project, file, NULL, &new_etag, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (path, &after, NULL, NULL);
  g_assert_nonnull (strstr (after, "\"title\" : \"Endra\""));
  g_assert_true (g_file_test (backup, G_FILE_TEST_EXISTS));

  g_unlink (backup);
  g_unlink (path);
  g_rmdir (dir);
}

/* A project reached through a symbolic link: the link stays a link, the
 * file it names is replaced and its backup kept beside it, and nothing
 * else is left in the folder. */
static void
test_save_through_link (void)
{
  g_autofree char *dir = g_dir_make_tmp ("sakskart-XXXXXX", NULL);
  g_autofree char *real = g_build_filename (dir, "real.sakskart", NULL);
  g_autofree char *link = g_build_filename (dir, "link.sakskart", NULL);
  g_autofree char *backup = g_strconcat (real, "~", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *kept = NULL, *text = NULL;
  g_autoptr(GDir) d = NULL;
  gsize length;
  g_autofree char *example = read_example (&length);
  guint names = 0;

  g_assert_true (g_file_set_contents (real, example, length, NULL));
  g_assert_cmpint (symlink ("real.sakskart", link), ==, 0);
  before = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) example, length);
  project = sk_project_new_from_file (file, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  sk_project_set_title (project, "Gjennom lenkja");
  g_assert_true (sk_project_save_file (project, file, NULL, NULL, NULL, &error));
  g_assert_no_error (error);

  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (real, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "Gjennom lenkja"));
  g_assert_true (g_file_get_contents (backup, &kept, &length, NULL));
  g_free (text);
  text = g_compute_checksum_for_data (G_CHECKSUM_SHA256, (const guchar *) kept, length);
  g_assert_cmpstr (text, ==, before);
  d = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (d) != NULL)
    names++;
  g_assert_cmpuint (names, ==, 3);
  g_unlink (link);
  g_unlink (backup);
  g_unlink (real);
  g_rmdir (dir);
}

/* A project file is known by its content, whatever its name. */
static void
test_file_holds_project (void)
{
  const struct { const char *name; gboolean project; } cases[] = {
    { "project-named.pdf", TRUE },
    { "project-damaged.ics", TRUE },
    { "other-json.json", FALSE },
    { "project-escaped.json", TRUE },
    { "other-json-format-value.json", FALSE },
    { "README.md", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_test_build_filename (G_TEST_DIST, "files", "output", cases[i].name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);

      g_assert_cmpint (sk_file_holds_project (file, NULL), ==, cases[i].project);
    }
  {
    g_autoptr(GFile) example = g_file_new_for_path (example_path);
    g_autoptr(GFile) folder = g_file_get_parent (example);

    g_assert_true (sk_file_holds_project (example, NULL));
    g_assert_false (sk_file_holds_project (folder, NULL));
  }
}

static SkCostResult *
compute (SkProject  *p,
         const char *model,
         const char *scenario)
{
  g_autoptr(GError) error = NULL;
  SkCostModel *m = sk_project_find_cost_model (p, model);
  SkCostResult *r;

  g_assert_nonnull (m);
  r = sk_cost_model_compute (p, m, scenario ? sk_cost_model_find_scenario (m, scenario) : NULL, &error);
  g_assert_no_error (error);
  return r;
}

static gint64
row_amount (SkCostResult *r,
            guint         i)
{
  return g_array_index (r->rows, SkCostRow, i).amount_kr;
}

static void
test_costs_child_welfare (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  g_autoptr(SkCostResult) r = compute (p, "barnevern", NULL);
  gint64 sum = 0;

  /* 25 % of 29 215 093 equally over six, 75 % by children 0–17 (SSB
   * 1.1.2025: 307, 1150, 421, 2673, 463, 921; 5935 in all).  Aurland:
   * 29215093 × (0.25/6 + 0.75 × 307/5935) = 2 350 702.8… → 2 350 703. */
  g_assert_cmpint (row_amount (r, 0), ==, 2350703);
  g_assert_cmpint (row_amount (r, 3), ==, 11085696);
  for (guint i = 0; i < r->rows->len; i++)
    sum += row_amount (r, i);
  g_assert_cmpint (sum, ==, 29215093);
  g_assert_cmpstr (g_array_index (r->rows, SkCostRow, 0).share_percent, ==, "8.0462");
}

static void
test_costs_largest_remainder_ties (void)
{
  g_autoptr(SkProject) p = load_text (BASE_HEAD
    "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"},{\"id\":\"c\",\"name\":\"C\"}],"
    "\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":10,\"participants\":[\"b\",\"a\",\"c\"],\"fixed_percent\":100}]}");
  g_autoptr(SkCostResult) r = compute (p, "c", NULL);

  /* 10/3 each: the one kr left over goes to the first listed. */
  g_assert_cmpint (row_amount (r, 0), ==, 4);
  g_assert_cmpint (row_amount (r, 1), ==, 3);
  g_assert_cmpint (row_amount (r, 2), ==, 3);
  g_assert_cmpstr (g_array_index (r->rows, SkCostRow, 0).share_percent, ==, "33.3333");
}

static void
test_costs_random (void)
{
  GRand *rand = g_rand_new_with_seed (20251103);

  for (int round = 0; round < 300; round++)
    {
      guint n = g_rand_int_range (rand, 1, 9);
      guint k = g_rand_int_range (rand, 1, 4);
      gint64 total = g_rand_int_range (rand, 0, 50000000);
      double fixed = g_rand_int_range (rand, 0, 1000001) / 10000.0;
      GString *json = g_string_new (BASE_HEAD "\"municipalities\":[");
      g_autoptr(SkProject) p = NULL;
      g_autoptr(SkCostResult) r = NULL;
      double figs[9][3], sums[3] = { 0 }, weights[3], wsum = 0;
      gint64 sum = 0;

      for (guint i = 0; i < n; i++)
        {
          g_string_append_printf (json, "%s{\"id\":\"m%u\",\"name\":\"M%u\",\"figures\":{", i ? "," : "", i, i);
          for (guint c = 0; c < k; c++)
            {
              figs[i][c] = g_rand_int_range (rand, 1, 100000);
              sums[c] += figs[i][c];
              g_string_append_printf (json, "%s\"f%u\":%.0f", c ? "," : "", c, figs[i][c]);
            }
          g_string_append (json, "}}");
        }
      g_string_append_printf (json, "],\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":%" G_GINT64_FORMAT ",\"participants\":[", total);
      for (guint i = 0; i < n; i++)
        g_string_append_printf (json, "%s\"m%u\"", i ? "," : "", i);
      g_string_append_printf (json, "],\"fixed_percent\":%.4f,\"criteria\":[", fixed);
      for (guint c = 0; c < k; c++)
        {
          weights[c] = g_rand_int_range (rand, 1, 50000) / 10000.0;
          wsum += weights[c];
          g_string_append_printf (json, "%s{\"figure\":\"f%u\",\"weight\":%.4f}", c ? "," : "", c, weights[c]);
        }
      g_string_append (json, "]}]}");

      p = load_text (json->str);
      r = compute (p, "c", NULL);
      for (guint i = 0; i < n; i++)
        {
          double share = fixed / 100.0 / n;
          gint64 amount = row_amount (r, i);

          for (guint c = 0; c < k; c++)
            share += (100 - fixed) / 100.0 * weights[c] / wsum * figs[i][c] / sums[c];
          /* Within a krone of the exact share (the double only for the check). */
          g_assert_cmpfloat (fabs ((double) amount - total * share), <, 1.0 + 1e-6);
          sum += amount;
        }
      g_assert_cmpint (sum, ==, total);
      g_string_free (json, TRUE);
    }
  g_rand_free (rand);
}

static void
test_costs_error_names_all (void)
{
  g_autoptr(SkProject) p = load_text (BASE_HEAD MUNIS ",\"cost_models\":[{\"id\":\"c\",\"title\":\"Barnevern\",\"total_kr\":1,\"participants\":[\"a\"],\"fixed_percent\":100}]}");
  SkCostModel *m = sk_project_find_cost_model (p, "c");
  g_autoptr(GError) error = NULL;
  SkCriterion *c = sk_criterion_new ();

  /* Edit the model in memory into one that cannot be computed. */
  m->fixed_percent = 25;
  c->figure = g_strdup ("age_0_17");
  c->weight = 1;
  g_ptr_array_add (m->criteria, c);
  g_assert_null (sk_cost_model_compute (p, m, NULL, &error));
  g_assert_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_COSTS);
  g_assert_nonnull (strstr (error->message, "Barnevern"));
  g_assert_nonnull (strstr (error->message, "A"));
  g_assert_nonnull (strstr (error->message, "0–17"));
}

static void
test_matrix_ranking (void)
{
  g_autoptr(SkProject) p = load_text (BASE_HEAD
    "\"municipalities\":[{\"id\":\"a\",\"name\":\"A\"},{\"id\":\"b\",\"name\":\"B\"},{\"id\":\"c\",\"name\":\"C\"}],"
    "\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[{\"id\":\"f\",\"name\":\"F\",\"weight\":2},{\"id\":\"g\",\"name\":\"G\",\"weight\":3}],"
    "\"candidates\":[{\"municipality\":\"a\",\"scores\":{\"f\":5,\"g\":0}},{\"municipality\":\"b\",\"scores\":{\"f\":2,\"g\":2}},"
    "{\"municipality\":\"c\",\"scores\":{\"f\":1}}]}]}");
  SkMatrix *m = sk_project_find_matrix (p, "x");
  g_autoptr(GArray) r = sk_matrix_compute (m);

  /* a: 10, b: 4 + 6 = 10, c: 2 (g missing = 0); max = 5 × 5 = 25 */
  g_assert_cmpfloat (g_array_index (r, SkMatrixResult, 0).score, ==, 10);
  g_assert_cmpfloat (g_array_index (r, SkMatrixResult, 1).score, ==, 10);
  g_assert_cmpfloat (g_array_index (r, SkMatrixResult, 2).score, ==, 2);
  g_assert_cmpfloat_with_epsilon (g_array_index (r, SkMatrixResult, 0).percent, 40.0, 1e-9);
  g_assert_cmpint (g_array_index (r, SkMatrixResult, 0).rank, ==, 1);
  g_assert_cmpint (g_array_index (r, SkMatrixResult, 1).rank, ==, 1);
  g_assert_cmpint (g_array_index (r, SkMatrixResult, 2).rank, ==, 3);
}

static void
test_matrix_example_child_welfare (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  SkMatrix *m = sk_project_find_matrix (p, "barnevern-oppmotestad");
  g_autoptr(GArray) r = sk_matrix_compute (m);
  SkFactor *risk = g_ptr_array_index (m->factors, m->factors->len - 1);

  /* With transition risk Årdal leads; without it, Lærdal (item 7). */
  g_assert_cmpstr (((SkCandidate *) g_ptr_array_index (m->candidates, 0))->municipality, ==, "ardal");
  g_assert_cmpint (g_array_index (r, SkMatrixResult, 0).rank, ==, 1);
  g_assert_cmpstr (risk->id, ==, "overgangsrisiko");
  risk->weight = 0;
  g_array_unref (r);
  r = sk_matrix_compute (m);
  g_assert_cmpint (g_array_index (r, SkMatrixResult, 1).rank, ==, 1);
}

/* A copied matrix (the matrix view's values as prepared) has the same
 * factors, scores and results, and keeps them when the original changes. */
static void
test_matrix_copy (void)
{
  g_autoptr(SkProject) p = example_project ();
  SkMatrix *m = sk_project_find_matrix (p, "barnevern-oppmotestad");
  SkMatrix *copy = sk_matrix_copy (m);
  g_autoptr(GArray) before = sk_matrix_compute (m);
  g_autoptr(GArray) after = NULL;
  SkCandidate *c = g_ptr_array_index (m->candidates, 0);
  SkCandidate *d;
  double *score;

  g_assert_cmpstr (copy->id, ==, m->id);
  g_assert_cmpstr (copy->title, ==, m->title);
  g_assert_cmpfloat (copy->scale_max, ==, m->scale_max);
  g_assert_cmpuint (copy->factors->len, ==, m->factors->len);
  g_assert_cmpuint (copy->candidates->len, ==, m->candidates->len);
  for (guint i = 0; i < m->factors->len; i++)
    {
      SkFactor *f = g_ptr_array_index (m->factors, i), *g = g_ptr_array_index (copy->factors, i);

      g_assert_cmpstr (g->id, ==, f->id);
      g_assert_cmpstr (g->name, ==, f->name);
      g_assert_cmpfloat (g->weight, ==, f->weight);
    }
  d = g_ptr_array_index (copy->candidates, 0);
  g_assert_cmpstr (d->municipality, ==, c->municipality);
  g_assert_cmpuint (d->score_keys->len, ==, c->score_keys->len);
  g_assert_cmpuint (g_hash_table_size (d->scores), ==, g_hash_table_size (c->scores));

  /* Change the original: its weights and a score. */
  ((SkFactor *) g_ptr_array_index (m->factors, m->factors->len - 1))->weight = 0;
  score = g_hash_table_lookup (c->scores, g_ptr_array_index (c->score_keys, 0));
  g_assert_nonnull (score);
  *score = 0;
  after = sk_matrix_compute (copy);
  for (guint i = 0; i < before->len; i++)
    {
      g_assert_cmpfloat (g_array_index (after, SkMatrixResult, i).score, ==, g_array_index (before, SkMatrixResult, i).score);
      g_assert_cmpint (g_array_index (after, SkMatrixResult, i).rank, ==, g_array_index (before, SkMatrixResult, i).rank);
    }
  sk_matrix_free (copy);
}

/* The leader at weight w of factor f, the others as they are: the first
 * candidate with the highest score. */
static int
leader_at (SkMatrix *m,
           guint     f,
           double    w)
{
  SkFactor *factor = g_ptr_array_index (m->factors, f);
  double saved = factor->weight;
  g_autoptr(GArray) r = NULL;
  int leader;

  factor->weight = w;
  r = sk_matrix_compute (m);
  leader = sk_matrix_leader (r);
  factor->weight = saved;
  return leader;
}

static void
test_matrix_sensitivity_brute_force (void)
{
  GRand *rand = g_rand_new_with_seed (4640);

  for (int round = 0; round < 300; round++)
    {
      guint nf = g_rand_int_range (rand, 1, 8), nc = g_rand_int_range (rand, 1, 6);
      GString *json = g_string_new (BASE_HEAD "\"municipalities\":[");
      g_autoptr(SkProject) p = NULL;
      g_autoptr(GArray) sens = NULL;
      g_autoptr(GArray) now = NULL;
      SkMatrix *m;
      int leader;

      for (guint c = 0; c < nc; c++)
        g_string_append_printf (json, "%s{\"id\":\"m%u\",\"name\":\"M%u\"}", c ? "," : "", c, c);
      g_string_append (json, "],\"matrices\":[{\"id\":\"x\",\"title\":\"X\",\"factors\":[");
      for (guint f = 0; f < nf; f++)
        g_string_append_printf (json, "%s{\"id\":\"f%u\",\"name\":\"F%u\",\"weight\":%.1f}", f ? "," : "", f, f,
                                g_rand_int_range (rand, 0, 11) / 2.0);
      g_string_append (json, "],\"candidates\":[");
      for (guint c = 0; c < nc; c++)
        {
          g_string_append_printf (json, "%s{\"municipality\":\"m%u\",\"scores\":{", c ? "," : "", c);
          for (guint f = 0; f < nf; f++)
            g_string_append_printf (json, "%s\"f%u\":%d", f ? "," : "", f, g_rand_int_range (rand, 0, 6));
          g_string_append (json, "}}");
        }
      g_string_append (json, "]}]}");
      p = load_text (json->str);
      m = sk_project_find_matrix (p, "x");
      sens = sk_matrix_sensitivity (m);
      now = sk_matrix_compute (m);
      leader = sk_matrix_leader (now);
      g_assert_cmpuint (sens->len, ==, nf);

      for (guint f = 0; f < nf; f++)
        {
          const SkSensitivity *s = &g_array_index (sens, SkSensitivity, f);

          g_assert_cmpfloat (s->low, <=, s->weight + 1e-9);
          g_assert_cmpfloat (s->high, >=, s->weight - 1e-9);
          g_assert_cmpfloat (s->low, >=, 0);
          g_assert_cmpfloat (s->high, <=, 5);
          /* Inside the range the leader holds (at the ends it may tie). */
          for (int step = 1; step < 200; step++)
            {
              double w = s->low + (s->high - s->low) * step / 200.0;
              g_autoptr(GArray) r = NULL;
              SkFactor *factor = g_ptr_array_index (m->factors, f);
              double saved = factor->weight;

              factor->weight = w;
              r = sk_matrix_compute (m);
              factor->weight = saved;
              g_assert_cmpint (g_array_index (r, SkMatrixResult, leader).rank, ==, 1);
            }
          /* Just outside, the one named leads instead. */
          if (s->above >= 0)
            {
              g_assert_cmpfloat (s->high, <, 5);
              g_assert_cmpint (leader_at (m, f, s->high + 1e-6), ==, s->above);
            }
          else
            g_assert_cmpfloat (s->high, ==, 5);
          if (s->below >= 0)
            {
              g_assert_cmpfloat (s->low, >, 0);
              g_assert_cmpint (leader_at (m, f, s->low - 1e-6), ==, s->below);
            }
          else
            g_assert_cmpfloat (s->low, ==, 0);
        }
      g_string_free (json, TRUE);
    }
  g_rand_free (rand);
}

/* The exact sensitivity against brute force.  Weights are quarters and
 * scores halves, so that every weight where two candidates are equal is a
 * multiple of 1/10080 (= 1/(4 · lcm (1 … 10))): a sweep over the grid of
 * 1/20160 meets each such weight and a point strictly between any two. */
#define GRID 20160

/* 8 · GRID × the score of candidate c at weight g / GRID of factor f,
 * from the quarters W and halves S, in integers. */
static gint64
grid_score (const int *W,
            const int *S,
            guint      nf,
            guint      c,
            guint      f,
            gint64     g)
{
  gint64 total = 4 * g * S[c * nf + f];

  for (guint k = 0; k < nf; k++)
    if (k != f)
      total += (gint64) GRID * W[k] * S[c * nf + k];
  return total;
}

/* The first at grid point g: the highest score, the earlier on a tie. */
static int
grid_first (const int *W,
            const int *S,
            guint      nf,
            guint      nc,
            guint      f,
            gint64     g)
{
  int best = -1;
  gint64 top = 0;

  for (guint c = 0; c < nc; c++)
    {
      gint64 v = grid_score (W, S, nf, c, f, g);

      if (best < 0 || v > top)
        {
          best = (int) c;
          top = v;
        }
    }
  return best;
}

/* An exact value as a whole number of grid steps (it must be one). */
static gint64
on_grid (const mpq_t q)
{
  mpq_t t;
  gint64 g;

  mpq_init (t);
  mpq_set_ui (t, GRID, 1);
  mpq_mul (t, t, q);
  g_assert_cmpint (mpz_cmp_ui (mpq_denref (t), 1), ==, 0);
  g = mpz_get_si (mpq_numref (t));
  mpq_clear (t);
  return g;
}

static void
test_matrix_sensitivity_exact (void)
{
  GRand *rand = g_rand_new_with_seed (22);
  guint ties_at_top = 0, ranges_inside = 0, ends_at_tie = 0;

  for (int round = 0; round < 400; round++)
    {
      guint nf = g_rand_int_range (rand, 1, 5), nc = g_rand_int_range (rand, 1, 6);
      int wmax = round % 4 == 3 ? 10 : 5;   /* the scale of the weights */
      g_autofree int *W = g_new0 (int, nf);
      g_autofree int *S = g_new0 (int, nf * nc);
      SkMatrix *m = sk_matrix_new ();
      g_autoptr(GArray) sens = NULL;
      g_autoptr(GArray) tied = NULL;
      g_autoptr(GArray) ranks = NULL;
      int first;

      m->id = g_strdup ("x");
      m->has_weight_max = TRUE;
      m->weight_max = wmax;
      for (guint f = 0; f < nf; f++)
        {
          SkFactor *factor = sk_factor_new ();

          factor->id = g_strdup_printf ("f%u", f);
          factor->name = g_strdup (factor->id);
          W[f] = g_rand_int_range (rand, 0, 4 * wmax + 1);
          factor->weight = W[f] / 4.0;
          g_ptr_array_add (m->factors, factor);
        }
      for (guint c = 0; c < nc; c++)
        {
          SkCandidate *cand = sk_candidate_new ();
          /* Ties: a copy of an earlier candidate, or scores from {0, 5}. */
          int kind = g_rand_int_range (rand, 0, 4);
          guint twin = c > 0 ? (guint) g_rand_int_range (rand, 0, (int) c) : 0;

          cand->municipality = g_strdup_printf ("m%u", c);
          for (guint f = 0; f < nf; f++)
            {
              if (kind == 0 && c > 0)
                S[c * nf + f] = S[twin * nf + f];
              else if (kind == 1)
                S[c * nf + f] = 10 * g_rand_int_range (rand, 0, 2);
              else
                S[c * nf + f] = g_rand_int_range (rand, 0, 11);
              sk_candidate_set_score (cand, ((SkFactor *) g_ptr_array_index (m->factors, f))->id,
                                      S[c * nf + f] / 2.0);
            }
          g_ptr_array_add (m->candidates, cand);
        }

      /* First now: the same by brute force and by the ranking's rule. */
      first = sk_matrix_first (m);
      g_assert_cmpint (first, ==, grid_first (W, S, nf, nc, 0, (gint64) W[0] * GRID / 4));
      ranks = sk_matrix_compute (m);
      g_assert_cmpint (first, ==, sk_matrix_leader (ranks));
      tied = sk_matrix_tied_first (m);
      g_assert_cmpuint (tied->len, >=, 1);
      g_assert_cmpint (g_array_index (tied, guint, 0), ==, first);
      for (guint i = 0; i < tied->len; i++)
        g_assert_cmpint (g_array_index (ranks, SkMatrixResult, g_array_index (tied, guint, i)).rank, ==, 1);
      ties_at_top += tied->len > 1;

      sens = sk_matrix_sensitivity (m);
      g_assert_cmpuint (sens->len, ==, nf);
      for (guint f = 0; f < nf; f++)
        {
          const SkSensitivity *s = &g_array_index (sens, SkSensitivity, f);
          gint64 lo = -1, hi = -1, end = (gint64) wmax * GRID;
          mpq_t low, high;
          int below, above;

          mpq_init (low);
          mpq_init (high);
          sk_matrix_weight_range (m, f, first, low, high, &below, &above);
          /* Where `first` has a score at least every other's. */
          for (gint64 g = 0; g <= end; g++)
            {
              gint64 mine = grid_score (W, S, nf, first, f, g);
              gboolean holds = TRUE;

              for (guint c = 0; c < nc && holds; c++)
                holds = grid_score (W, S, nf, c, f, g) <= mine;
              if (holds && lo < 0)
                lo = g;
              if (holds)
                {
                  /* One piece: no gap since the last point that held. */
                  g_assert_true (hi < 0 || hi == g - 1);
                  hi = g;
                }
            }
          g_assert_cmpint (lo, >=, 0);
          g_assert_cmpint (on_grid (low), ==, lo);
          g_assert_cmpint (on_grid (high), ==, hi);
          g_assert_cmpint (lo, <=, (gint64) W[f] * GRID / 4);
          g_assert_cmpint (hi, >=, (gint64) W[f] * GRID / 4);
          /* Who is first just outside: a point between two of the
           * weights where scores meet. */
          g_assert_cmpint (below, ==, lo == 0 ? -1 : grid_first (W, S, nf, nc, f, lo - 1));
          g_assert_cmpint (above, ==, hi == end ? -1 : grid_first (W, S, nf, nc, f, hi + 1));
          g_assert_true (below != first && above != first);
          ranges_inside += lo > 0 || hi < end;
          /* At an end a tie: someone equal there. */
          if (lo > 0 && grid_score (W, S, nf, below, f, lo) == grid_score (W, S, nf, first, f, lo))
            ends_at_tie++;
          /* The array's doubles and texts say the same. */
          g_assert_cmpint (s->first, ==, first);
          g_assert_cmpint (s->below, ==, below);
          g_assert_cmpint (s->above, ==, above);
          g_assert_cmpfloat (s->low, ==, mpq_get_d (low));
          g_assert_cmpfloat (s->high, ==, mpq_get_d (high));
          g_assert_cmpfloat (s->weight, ==, W[f] / 4.0);
          {
            /* All the decimals when they end within twelve, else six. */
            mpz_t t;
            g_autofree char *text = NULL;

            mpz_init (t);
            mpz_ui_pow_ui (t, 10, 12);
            text = sk_rational_to_string (low, 4, mpz_divisible_p (t, mpq_denref (low)) ? 12 : 6);
            g_assert_cmpstr (s->low_text, ==, text);
            mpz_clear (t);
          }
          mpq_clear (low);
          mpq_clear (high);
        }
      sk_matrix_free (m);
    }
  /* The draw made the cases that matter. */
  g_assert_cmpuint (ties_at_top, >, 40);
  g_assert_cmpuint (ranges_inside, >, 100);
  g_assert_cmpuint (ends_at_tie, >, 100);
  g_rand_free (rand);
}

/* A weight with more decimals than the common ones (1e-7): the range
 * ends exactly there, not at a binary neighbour of it. */
static void
test_matrix_sensitivity_long_decimals (void)
{
  SkMatrix *m = sk_matrix_new ();
  const char *ids[] = { "f0", "f1" };
  g_autoptr(GArray) sens = NULL;
  mpq_t low, high, expected;
  int below, above;

  for (guint f = 0; f < 2; f++)
    {
      SkFactor *factor = sk_factor_new ();

      factor->id = g_strdup (ids[f]);
      factor->name = g_strdup (ids[f]);
      factor->weight = f == 0 ? 1e-7 : 0;
      g_ptr_array_add (m->factors, factor);
    }
  for (guint c = 0; c < 2; c++)
    {
      SkCandidate *cand = sk_candidate_new ();

      cand->municipality = g_strdup (c == 0 ? "a" : "b");
      sk_candidate_set_score (cand, "f0", c == 0 ? 1 : 0);
      sk_candidate_set_score (cand, "f1", c == 0 ? 0 : 1);
      g_ptr_array_add (m->candidates, cand);
    }
  /* a: 1e-7, b: 0.  b passes a when the weight of f1 goes over 1e-7. */
  g_assert_cmpint (sk_matrix_first (m), ==, 0);
  mpq_inits (low, high, expected, NULL);
  sk_matrix_weight_range (m, 1, 0, low, high, &below, &above);
  mpq_set_ui (expected, 1, 10000000);
  g_assert_true (mpq_equal (high, expected));
  g_assert_cmpint (mpq_sgn (low), ==, 0);
  g_assert_cmpint (below, ==, -1);
  g_assert_cmpint (above, ==, 1);
  sens = sk_matrix_sensitivity (m);
  g_assert_cmpstr (g_array_index (sens, SkSensitivity, 1).high_text, ==, "0.0000001");
  g_assert_cmpstr (g_array_index (sens, SkSensitivity, 0).weight_text, ==, "0.0000001");
  mpq_clears (low, high, expected, NULL);
  sk_matrix_free (m);
}

/* Numbers as the file writes them, and exact decimals for printing. */
static void
test_rational_text (void)
{
  struct { double value; const char *text; } cases[] = {
    { 0.1, "0.1000" }, { 2.25, "2.2500" }, { 5, "5.0000" }, { 0, "0.0000" },
    { 1.0 / 3, "0.333333" }, { 1e-7, "0.0000" }, { 12345.678901, "12345.678901" },
    { -0.5, "-0.5000" }, { 0.0000005, "0.000001" }, { NAN, "0.0000" },
  };
  mpq_t q;

  mpq_init (q);
  sk_rational_set_double (q, 0.1);
  g_assert_cmpint (mpz_cmp_ui (mpq_numref (q), 1), ==, 0);
  g_assert_cmpint (mpz_cmp_ui (mpq_denref (q), 10), ==, 0);
  sk_rational_set_double (q, 4.35);
  g_assert_cmpint (mpz_cmp_ui (mpq_numref (q), 87), ==, 0);
  g_assert_cmpint (mpz_cmp_ui (mpq_denref (q), 20), ==, 0);
  sk_rational_set_double (q, 1e20);
  g_assert_cmpfloat (mpq_get_d (q), ==, 1e20);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = NULL;

      sk_rational_set_double (q, cases[i].value);
      text = sk_rational_to_string (q, 4, 6);
      g_assert_cmpstr (text, ==, cases[i].text);
    }
  mpq_set_ui (q, 7, 3);
  {
    g_autofree char *two = sk_rational_to_string (q, 0, 2);

    g_assert_cmpstr (two, ==, "2.33");
  }
  mpq_clear (q);
}

static void
test_matrix_no_clear_winner (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  g_autoptr(GArray) nav = sk_matrix_compute (sk_project_find_matrix (p, "nav-vertskommune"));
  g_autoptr(GArray) child = sk_matrix_compute (sk_project_find_matrix (p, "barnevern-oppmotestad"));

  /* NAV: Sogndal and Årdal come out nearly equal (item 11): a tie here. */
  g_assert_true (sk_matrix_no_clear_winner (nav));
  /* 96 against 90: 6,25 % apart, under the 10 % the board asks for. */
  g_assert_true (sk_matrix_no_clear_winner (child));
}

/* Removing a matrix, cost model or timeline removes the agenda's links
 * to it, so that the project stays valid; an unknown id changes nothing. */
static void
test_remove_record (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  const struct { SkLinkKind kind; const char *id; } records[] = {
    { SK_LINK_MATRIX, "barnevern-oppmotestad" },
    { SK_LINK_COST_MODEL, "barnevern" },
    { SK_LINK_TIMELINE, "barnevern" },
  };
  guint matrices = sk_project_get_matrices (p)->len;
  guint links = 99;

  g_assert_false (sk_project_remove_record (p, SK_LINK_MATRIX, "no-such-matrix", &links));
  g_assert_cmpuint (links, ==, 99);
  g_assert_cmpuint (sk_project_get_matrices (p)->len, ==, matrices);
  for (guint r = 0; r < G_N_ELEMENTS (records); r++)
    {
      g_autoptr(GPtrArray) problems = NULL;

      g_assert_true (sk_project_remove_record (p, records[r].kind, records[r].id, &links));
      /* Item 7, the joint child-welfare service, links all three. */
      g_assert_cmpuint (links, >=, 1);
      for (guint m = 0; m < sk_project_get_meetings (p)->len; m++)
        {
          SkMeeting *meeting = g_ptr_array_index (sk_project_get_meetings (p), m);

          for (guint i = 0; i < meeting->items->len; i++)
            {
              SkItem *item = g_ptr_array_index (meeting->items, i);

              for (guint l = 0; l < item->links->len; l++)
                {
                  SkLink *link = g_ptr_array_index (item->links, l);

                  g_assert_false (link->kind == records[r].kind && g_str_equal (link->id, records[r].id));
                }
            }
        }
      problems = sk_project_check (p);
      g_assert_cmpuint (problems->len, ==, 0);
    }
  g_assert_null (sk_project_find_matrix (p, "barnevern-oppmotestad"));
  g_assert_null (sk_project_find_cost_model (p, "barnevern"));
  g_assert_null (sk_project_find_timeline (p, "barnevern"));
  g_assert_nonnull (sk_project_find_cost_model (p, "skog"));
  g_assert_cmpuint (sk_project_get_matrices (p)->len, ==, matrices - 1);
}

/* A meeting taken out takes the rolling plan's ties to it along: its
 * planned matters stay, not scheduled, and the project stays valid. */
static void
test_remove_meeting (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  g_autoptr(GPtrArray) problems = NULL;
  GPtrArray *plan = sk_project_get_plan (p);
  guint meetings = sk_project_get_meetings (p)->len;
  guint entries = plan->len;

  SkMeeting *taken = sk_project_find_meeting (p, "styret-2026-02-10");

  g_assert_cmpint (sk_project_take_meeting (p, taken), ==, 2);
  sk_meeting_free (taken);
  g_assert_null (sk_project_find_meeting (p, "styret-2026-02-10"));
  g_assert_cmpuint (sk_project_get_meetings (p)->len, ==, meetings - 1);
  g_assert_cmpuint (plan->len, ==, entries);
  for (guint i = 0; i < plan->len; i++)
    {
      SkPlanEntry *entry = g_ptr_array_index (plan, i);

      g_assert_cmpstr (entry->meeting, !=, "styret-2026-02-10");
      if (g_str_equal (entry->id, "rekneskap"))
        {
          g_assert_null (entry->meeting);
          g_assert_cmpstr (entry->due, ==, "2026-02");
        }
    }
  problems = sk_project_check (p);
  g_assert_cmpuint (problems->len, ==, 0);
  /* One without planned matters; one that is not the project's. */
  taken = sk_project_find_meeting (p, "styret-2026-06-01");
  g_assert_cmpint (sk_project_take_meeting (p, taken), ==, 0);
  g_assert_cmpint (sk_project_take_meeting (p, taken), ==, -1);
  sk_meeting_free (taken);
  g_assert_cmpint (sk_project_take_meeting (p, NULL), ==, -1);
  g_assert_cmpuint (sk_project_get_meetings (p)->len, ==, meetings - 2);
}

/* A new member's id comes from its name; what names a member is known
 * before it is removed. */
static void
test_municipality_ids_and_uses (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  GPtrArray *members = sk_project_get_municipalities (p);
  const struct { const char *name, *id; } names[] = {
    { "Høyanger", "hoyanger" },
    { "Årdal", "ardal-2" },          /* the example has "ardal" */
    { "Bø i Telemark", "bo-i-telemark" },
    { "Kåfjord – Gáivuotna", "kafjord-gaivuotna" },
    { "  ", "municipality" },
  };
  g_autofree char *uses = NULL;
  g_autofree char *none = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *id = sk_municipality_id_for_name (members, names[i].name);

      g_assert_cmpstr (id, ==, names[i].id);
    }
  uses = sk_project_municipality_uses (p, "sogndal");
  g_assert_nonnull (uses);
  g_assert_nonnull (strstr (uses, sk_project_find_matrix (p, "nav-vertskommune")->title));
  g_assert_nonnull (strstr (uses, sk_project_find_cost_model (p, "barnevern")->title));
  none = sk_project_municipality_uses (p, "no-such-place");
  g_assert_null (none);
}

static void
test_agenda_next_meeting_and_plan (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  SkMeeting *m = sk_project_find_meeting (p, "styret-2025-11-03");
  GPtrArray *meetings = sk_project_get_meetings (p);
  SkMeeting *next = sk_meeting_next_from (m, meetings, 28);
  g_autofree char *id = sk_unique_id (m->items, "item");
  SkPlanEntry *q2 = NULL, *april = NULL;

  /* Four weeks on, with the formal items only (opening, approval, any other business). */
  g_assert_cmpstr (next->date, ==, "2025-12-01");
  g_assert_cmpstr (next->body, ==, m->body);
  g_assert_cmpuint (next->items->len, ==, 3);
  for (guint i = 0; i < next->items->len; i++)
    g_assert_cmpint (((SkItem *) g_ptr_array_index (next->items, i))->kind, ==, SK_ITEM_FORMAL);
  g_assert_null (sk_project_find_meeting (p, next->id));
  sk_meeting_free (next);

  g_assert_cmpstr (id, ==, "item-16");

  for (guint i = 0; i < sk_project_get_plan (p)->len; i++)
    {
      SkPlanEntry *e = g_ptr_array_index (sk_project_get_plan (p), i);

      if (g_str_equal (e->id, "velferdsteknologi"))
        q2 = e;
      if (g_str_equal (e->id, "oppfolging-samarbeid"))
        april = e;
    }
  /* Q2 2026 belongs to the board's June meeting, not to February's;
   * an entry that names its meeting belongs to that one only. */
  g_assert_true (sk_plan_entry_is_for (q2, sk_project_find_meeting (p, "styret-2026-06-01")));
  g_assert_false (sk_plan_entry_is_for (q2, sk_project_find_meeting (p, "styret-2026-02-10")));
  g_assert_true (sk_plan_entry_is_for (april, sk_project_find_meeting (p, "styret-2026-04-07")));
  g_assert_false (sk_plan_entry_is_for (april, sk_project_find_meeting (p, "sognatinget-2026-04-13")));
}

static void
test_agenda_times (void)
{
  gsize length;
  g_autofree char *text = read_example (&length);
  g_autoptr(SkProject) p = load_text (text);
  SkMeeting *m = sk_project_find_meeting (p, "styret-2025-11-03");
  g_autofree int *starts = g_new0 (int, m->items->len);
  g_autofree char *n7 = sk_meeting_item_number (m, 6);
  int end = 0;

  g_assert_true (sk_meeting_item_times (m, starts, &end));
  g_assert_cmpint (starts[0], ==, 9 * 60);
  g_assert_cmpint (starts[1], ==, 9 * 60 + 5);
  g_assert_cmpstr (n7, ==, "7");
  g_assert_cmpint (end, >, starts[14]);
}

/* GLib decides once per process whether to translate (g_dgettext), so
 * each language runs in a subprocess of its own that sets it first. */
static void
check_format (const char *locale,
              const char *language,
              const char *kr_expected,
              const char *percent_expected,
              const char *date_expected)
{
  if (g_test_subprocess ())
    {
      g_autofree char *kr = NULL;
      g_autofree char *pct = NULL;
      g_autofree char *date = NULL;

      g_setenv ("LANGUAGE", language, TRUE);
      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The locale %s is missing; the set-up command generates it (locale-gen)", locale);
      kr = sk_format_kr (29215093);
      pct = sk_format_percent (25.5, 1);
      date = sk_format_date ("2025-11-03");
      g_assert_cmpstr (kr, ==, kr_expected);
      g_assert_cmpstr (pct, ==, percent_expected);
      g_assert_cmpstr (date, ==, date_expected);
      if (g_str_equal (language, "en"))
        return;
      /* No line break inside "kl. 09.00" or "2. kvartal" either */
      {
        g_autofree char *when = sk_format_date_time ("2025-11-03", "09:00");
        g_autofree char *score = sk_format_score (96);

        g_autofree char *moment = NULL;
        g_autoptr(GDateTime) local = g_date_time_new_local (2025, 11, 3, 9, 0, 0);

        g_assert_cmpstr (when, ==, "3.\u00a0november 2025, kl.\u00a009.00");
        g_assert_cmpstr (score, ==, "96");
        /* A moment in unix seconds, as the same words in the local time */
        moment = sk_format_unix_time (g_date_time_to_unix (local));
        g_assert_cmpstr (moment, ==, when);
      }
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_format_bokmal (void)
{
  check_format ("nb_NO.UTF-8", "nb", "29\u00a0215\u00a0093\u00a0kr", "25,5\u00a0%", "3.\u00a0november 2025");
}

static void
test_format_nynorsk (void)
{
  check_format ("nn_NO.UTF-8", "nn", "29\u00a0215\u00a0093\u00a0kr", "25,5\u00a0%", "3.\u00a0november 2025");
}

static void
test_format_english (void)
{
  check_format ("en_US.UTF-8", "en", "29,215,093 kr", "25.5%", "3 November 2025");
}

/* Numbers in the language of the words, not of LC_NUMERIC: `language`
 * (LANGUAGE, "" for none) on a desktop in `locale`; and within
 * sk_format_norwegian_push (), Norwegian whatever both say. */
static void
check_numbers (const char *locale,
               const char *language,
               const char *kr_expected,
               const char *percent_expected,
               const char *norwegian_percent)
{
  if (g_test_subprocess ())
    {
      g_autofree char *kr = NULL, *pct = NULL, *no_kr = NULL, *no_pct = NULL;

      g_setenv ("LANGUAGE", language, TRUE);
      if (setlocale (LC_ALL, locale) == NULL)
        g_error ("The locale %s is missing; the set-up command generates it (locale-gen)", locale);
      kr = sk_format_kr (29215093);
      pct = sk_format_percent (75.8, 1);
      g_assert_cmpstr (kr, ==, kr_expected);
      g_assert_cmpstr (pct, ==, percent_expected);
      sk_format_norwegian_push (FALSE);
      g_free (pct);
      pct = sk_format_percent (75.8, 1);
      g_assert_cmpstr (pct, ==, percent_expected);
      sk_format_norwegian_push (TRUE);
      no_kr = sk_format_integer (29215093);
      no_pct = sk_format_percent (75.8, 1);
      sk_format_norwegian_pop ();
      sk_format_norwegian_pop ();
      g_assert_cmpstr (no_kr, ==, "29\u00a0215\u00a0093");
      g_assert_cmpstr (no_pct, ==, norwegian_percent);
      g_assert_cmpstr (sk_format_decimal_sign (), ==, strchr (percent_expected, ',') ? "," : ".");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static void
test_format_english_on_norwegian_desktop (void)
{
  check_numbers ("nn_NO.UTF-8", "en", "29,215,093 kr", "75.8%", "75,8%");
}

static void
test_format_nynorsk_on_english_desktop (void)
{
  check_numbers ("en_US.UTF-8", "nn", "29\u00a0215\u00a0093\u00a0kr", "75,8\u00a0%", "75,8\u00a0%");
}

static void
test_format_c_locale (void)
{
  /* For programs: no grouping, a decimal point; LANGUAGE has no say */
  check_numbers ("C", "nn", "29215093 kr", "75.8%", "75,8%");
}

static void
test_format_score (void)
{
  static const struct { double in; const char *out; } cases[] = {
    { 96, "96" }, { 96.0000001, "96" }, { 95.999, "96" }, { 96.5, "96.50" }, { 0, "0" },
    { 90.25, "90.25" }, { -3, "−3" }, { 1234, "1234" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = sk_format_score (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
}

static void
test_keep_together (void)
{
  static const struct { const char *in, *out; } cases[] = {
    { "jf. aml. § 16-5 og HA del C § 3-1", "jf. aml. §\u00a016-5 og HA del C §\u00a03-1" },
    { "i møte 20. oktober og 3. November", "i møte 20.\u00a0oktober og 3.\u00a0November" },
    { "klokka 12.00, kl. 09.00", "klokka 12.00, kl.\u00a009.00" },
    { "25 % fordelt likt, 75 %", "25\u00a0% fordelt likt, 75\u00a0%" },
    { "totalkostnad på 29 215 093 kr", "totalkostnad på 29\u00a0215\u00a0093\u00a0kr" },
    { "inntil 500 000 kroner", "inntil 500\u00a0000\u00a0kroner" },
    { "offl. § 13, jf. fvl. § 13 første ledd nr. 1", "offl. §\u00a013, jf. fvl. §\u00a013 første ledd nr.\u00a01" },
    { "sjå s. 12, pkt. 3 og kap. 5", "sjå s.\u00a012, pkt.\u00a03 og kap.\u00a05" },
    { "frå 2. kvartal 2026", "frå 2.\u00a0kvartal 2026" },
    { "inntil kr 500 000", "inntil kr\u00a0500\u00a0000" },
    { "Sak 53/25, PS 12/2025 og OS 3/25", "Sak\u00a053/25, PS\u00a012/2025 og OS\u00a03/25" },
    { "gjekk før sak 53/25.", "gjekk før sak\u00a053/25." },
    /* left alone: no number after, two-digit groups, a sentence end */
    { "Sak 2. Godkjenning", "Sak 2. Godkjenning" }, { "§ a", "§ a" }, { "57 65 50 00", "57 65 50 00" },
    { "I 2026 og 2027", "I 2026 og 2027" }, { "Sak 12/3 og 5 12/253", "Sak 12/3 og 5 12/253" }, { "Han las. 5 av dei", "Han las. 5 av dei" }, { "krona 5 krus", "krona 5 krus" }, { "", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = sk_format_keep_together (cases[i].in);

      g_assert_cmpstr (got, ==, cases[i].out);
    }
  {
    g_autofree char *none = sk_format_keep_together (NULL);

    g_assert_cmpstr (none, ==, "");
  }
}

static void
test_elide_quoted (void)
{
  g_autofree char *long_value = g_strnfill (1000, 'a');
  g_autofree char *message = g_strdup_printf ("“%s” is not a valid id; “short” stays", long_value);
  g_autofree char *elided = sk_elide_quoted (message, 60);
  g_autofree char *same = sk_elide_quoted ("“æøå” and “x”", 60);
  g_autofree char *unclosed = sk_elide_quoted ("a “b", 1);

  g_assert_cmpuint (g_utf8_strlen (elided, -1), <, 120);
  g_assert_true (g_str_has_prefix (elided, "“aaaa"));
  g_assert_nonnull (strstr (elided, "a…” is not a valid id; “short” stays"));
  g_assert_cmpint (g_utf8_strlen (strchr (elided, 'a'), strstr (elided, "”") - strchr (elided, 'a')), ==, 60);
  g_assert_cmpstr (same, ==, "“æøå” and “x”");
  {
    g_autofree char *nn = g_strdup_printf ("«%s» er ikkje ein gyldig id; «kort» står", long_value);
    g_autofree char *nn_elided = sk_elide_quoted (nn, 60);

    g_assert_cmpuint (g_utf8_strlen (nn_elided, -1), <, 120);
    g_assert_nonnull (strstr (nn_elided, "a…» er ikkje ein gyldig id; «kort» står"));
  }
  g_assert_cmpstr (unclosed, ==, "a “b");
}

static void
test_control_characters_round_trip (void)
{
  g_autoptr(SkProject) project = sk_project_new ();
  g_autoptr(SkProject) again = NULL;
  g_autoptr(GError) error = NULL;
  const char *title = "A\x01" "B\x1f" " C\tD\nE\rF\"G\\H";
  g_autofree char *text = NULL;
  gsize length;

  sk_project_set_title (project, title);
  text = sk_project_to_data (project, &length);
  g_assert_nonnull (strstr (text, "A\\u0001B\\u001f C\\tD\\nE\\rF\\\"G\\\\H"));
  again = sk_project_new_from_data (text, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_project_get_title (again), ==, title);
}

/* Found by fuzz-project: a whole figure too large for a gint64 was cast
 * to one on saving (undefined behaviour).  Such figures are kept as
 * numbers and survive a round trip. */
static void
test_huge_figures_round_trip (void)
{
  const char *text = "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":["
                     "{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"population\":1e156,"
                     "\"forest\":9223372036854775807,\"small\":12,\"round\":1e40},"
                     "\"notes_extra\":{\"n\":1e040,\"text\":\"1e+40.0 stays as written\"}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = sk_project_new_from_data (text, strlen (text), NULL, &error);
  g_autoptr(SkProject) again = NULL;
  g_autofree char *saved = NULL;
  SkMunicipality *m;
  gsize length;

  g_assert_no_error (error);
  saved = sk_project_to_data (project, &length);
  g_assert_nonnull (strstr (saved, "\"small\" : 12"));
  /* json-glib alone would write "1e+40.0"; text in strings is left alone. */
  g_assert_null (strstr (saved, "1e+40.0,"));
  g_assert_null (strstr (saved, "1e+40.0\n"));
  g_assert_nonnull (strstr (saved, "\"1e+40.0 stays as written\""));
  again = sk_project_new_from_data (saved, length, NULL, &error);
  g_assert_no_error (error);
  m = g_ptr_array_index (sk_project_get_municipalities (again), 0);
  g_assert_cmpfloat (sk_municipality_get_figure (m, "population")->value, ==, 1e156);
  g_assert_cmpfloat (sk_municipality_get_figure (m, "forest")->value, ==, 9223372036854775807.0);
  g_assert_cmpfloat (sk_municipality_get_figure (m, "round")->value, ==, 1e40);
}

/* A whole figure beyond 2^53, which a double holds only roughly, is
 * written back as the file wrote it, not as the nearest double
 * (123456789012345678 is not 1.2345678901234568e+17); an edit and its
 * undo keep that too, and an edited figure is written as edited. */
static void
test_whole_figures_kept_as_written (void)
{
  const char *text = "{\"format\":\"sakskart\",\"version\":1,\"title\":\"T\",\"municipalities\":["
                     "{\"id\":\"a\",\"name\":\"A\",\"figures\":{\"forest\":123456789012345678,"
                     "\"max\":9223372036854775807,\"odd\":9007199254740993,\"small\":12}}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = sk_project_new_from_data (text, strlen (text), NULL, &error);
  g_autoptr(SkHistory) history = NULL;
  g_autofree char *saved = NULL, *edited = NULL, *undone = NULL;

  g_assert_no_error (error);
  history = sk_history_new (project);
  saved = sk_project_to_data (project, NULL);
  g_assert_nonnull (strstr (saved, "\"forest\" : 123456789012345678,"));
  g_assert_nonnull (strstr (saved, "\"max\" : 9223372036854775807,"));
  g_assert_nonnull (strstr (saved, "\"odd\" : 9007199254740993,"));
  g_assert_nonnull (strstr (saved, "\"small\" : 12"));

  g_assert_true (sk_edit_set_municipality_figure (history, project, "a", "forest", 5, NULL, &error));
  g_assert_no_error (error);
  edited = sk_project_to_data (project, NULL);
  g_assert_nonnull (strstr (edited, "\"forest\" : 5,"));
  g_assert_true (sk_history_undo (history));
  undone = sk_project_to_data (project, NULL);
  g_assert_cmpstr (undone, ==, saved);
}

/* A project without a title (the window's, when its file could not be
 * opened) is saved and opens again; so do records with empty names, which
 * FORMAT.md allows (a string), older files may hold and no edit makes: a
 * file that opened before is not refused now. */
static void
test_untitled_project_reopens (void)
{
  g_autoptr(SkProject) project = sk_project_new ();
  g_autoptr(SkProject) again = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  const char *nameless = "{\"format\":\"sakskart\",\"version\":1,\"title\":\"\","
                         "\"municipalities\":[{\"id\":\"a\",\"name\":\"\"}]}";
  g_autoptr(SkProject) named = NULL;
  g_autofree char *back = NULL;
  gsize length;

  g_assert_cmpstr (sk_project_get_title (project), ==, "");
  saved = sk_project_to_data (project, &length);
  again = sk_project_new_from_data (saved, length, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (sk_project_get_title (again), ==, "");
  named = sk_project_new_from_data (nameless, strlen (nameless), NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (named);
  g_assert_cmpstr (((SkMunicipality *) g_ptr_array_index (sk_project_get_municipalities (named), 0))->name, ==, "");
  back = sk_project_to_data (named, &length);
  g_clear_object (&named);
  named = sk_project_new_from_data (back, length, NULL, &error);
  g_assert_no_error (error);
}

/* Dates and times as people type them, written the file's way. */
static void
test_date_time_from_input (void)
{
  static const struct { const char *in, *out; } dates[] = {
    { "2026-02-10", "2026-02-10" }, { " 2026-02-10 ", "2026-02-10" },
    { "10.2.2026", "2026-02-10" }, { "10.02.2026", "2026-02-10" }, { "3.11.25", "2025-11-03" },
    { "3/11/2025", "2025-11-03" }, { "29.2.2028", "2028-02-29" },
    { "29.2.2026", NULL }, { "31.4.2026", NULL }, { "10.13.2026", NULL }, { "10.2", NULL },
    { "10.2.202", NULL }, { "10.2/2026", NULL }, { "2026-2-10", NULL }, { "", NULL }, { "i morgon", NULL },
    { "123.1.2026", NULL }, { "1.1.1800", NULL },
    /* as the app shows them */
    { "3. november 2025", "2025-11-03" }, { "3.\u00a0november 2025", "2025-11-03" },
    { "20. oktober 2025", "2025-10-20" }, { "3. nov. 2025", "2025-11-03" }, { "3 November 2025", "2025-11-03" },
    { "31. april 2026", NULL }, { "3. novembar 2025", NULL }, { "3. november", NULL }, { "3. no 2025", NULL },
  };
  static const struct { const char *in, *out; } times[] = {
    { "09:00", "09:00" }, { "9:00", "09:00" }, { "9.30", "09:30" }, { "10.30", "10:30" },
    { "0930", "09:30" }, { "930", "09:30" }, { "9", "09:00" }, { "23.59", "23:59" }, { " 12:15 ", "12:15" },
    { "24:00", NULL }, { "9.60", NULL }, { "9.5", NULL }, { "12345", NULL }, { "123:00", NULL },
    { "", NULL }, { "9:00:00", NULL },
    /* as the app shows it */
    { "kl. 09.00", "09:00" }, { "kl.\u00a009.00", "09:00" }, { "Kl 9", "09:00" }, { "kl.", NULL }, { "klokka 9", NULL },
  };
  static const struct { const char *in, *out; } dues[] = {
    { "2026-Q2", "2026-Q2" }, { "2026-04", "2026-04" }, { "", "" }, { "  ", "" },
    { "K2 2026", "2026-Q2" }, { "k4 2027", "2027-Q4" }, { "Q1 2026", "2026-Q1" },
    { "2. kvartal 2026", "2026-Q2" }, { "2.\u00a0kvartal 2026", "2026-Q2" }, { "3 kvartal 2026", "2026-Q3" },
    { "2. kv. 2026", "2026-Q2" }, { "april 2026", "2026-04" }, { "Desember 2026", "2026-12" },
    { "apr. 2026", "2026-04" }, { "4.2026", "2026-04" }, { "04/2026", "2026-04" },
    { "K5 2026", NULL }, { "5. kvartal 2026", NULL }, { "K2 26", NULL }, { "aprul 2026", NULL },
    { "13.2026", NULL }, { "4.26", NULL }, { "2026", NULL }, { "2. kvartal", NULL }, { "K2 1800", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *got = sk_date_from_input (dates[i].in);

      g_assert_cmpstr (got, ==, dates[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      g_autofree char *got = sk_time_from_input (times[i].in);

      g_assert_cmpstr (got, ==, times[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (dues); i++)
    {
      g_autofree char *got = sk_due_from_input (dues[i].in);

      g_assert_cmpstr (got, ==, dues[i].out);
    }
  g_assert_null (sk_date_from_input (NULL));
  g_assert_null (sk_time_from_input (NULL));
  /* Why a date is refused: a form not understood, or a day the calendar
   * does not have (in the right form, which the first reason would ask
   * for again) */
  {
    const char *form = "Write the date as 10.2.2026 or 2026-02-10.";
    const char *no_day = "That day is not in the calendar.";

    g_assert_null (sk_date_input_problem ("10.2.2026"));
    g_assert_cmpstr (sk_date_input_problem ("10/2 2026"), ==, form);
    g_assert_cmpstr (sk_date_input_problem ("32.01.2026"), ==, form);
    g_assert_cmpstr (sk_date_input_problem ("1.13.2026"), ==, form);
    g_assert_cmpstr (sk_date_input_problem ("30.02.2026"), ==, no_day);
    g_assert_cmpstr (sk_date_input_problem ("29.2.27"), ==, no_day);
    g_assert_cmpstr (sk_date_input_problem ("31. april 2026"), ==, no_day);
    g_assert_cmpstr (sk_date_input_problem ("2026-04-31"), ==, no_day);
    g_assert_null (sk_date_input_problem ("29.02.2028"));
  }
  {
    g_autofree char *none = sk_due_from_input (NULL);

    g_assert_cmpstr (none, ==, "");
  }
}

static void
test_parse_grouped_integer (void)
{
  gint64 v = -1;

  g_assert_true (sk_parse_grouped_integer ("29 215 093", FALSE, &v));
  g_assert_cmpint (v, ==, 29215093);
  g_assert_true (sk_parse_grouped_integer ("12\u00a0496", FALSE, &v));
  g_assert_cmpint (v, ==, 12496);
  g_assert_true (sk_parse_grouped_integer ("1\u202f836", FALSE, &v));
  g_assert_cmpint (v, ==, 1836);
  g_assert_false (sk_parse_grouped_integer ("29.215.093", FALSE, &v));
  g_assert_true (sk_parse_grouped_integer ("29.215.093", TRUE, &v));
  g_assert_cmpint (v, ==, 29215093);
  g_assert_true (sk_parse_grouped_integer ("999999999999999", FALSE, &v));
  g_assert_false (sk_parse_grouped_integer ("1000000000000000", FALSE, &v));
  g_assert_false (sk_parse_grouped_integer ("", FALSE, &v));
  g_assert_false (sk_parse_grouped_integer ("   ", TRUE, &v));
  g_assert_false (sk_parse_grouped_integer ("-5", FALSE, &v));
  g_assert_false (sk_parse_grouped_integer ("12,5", TRUE, &v));
  g_assert_false (sk_parse_grouped_integer ("..", TRUE, &v));
  /* Groups of three after the first: two figures run together, or a
   * decimal point, are no whole number */
  g_assert_false (sk_parse_grouped_integer ("26 50", FALSE, &v));
  g_assert_false (sk_parse_grouped_integer ("1 2 3", FALSE, &v));
  g_assert_false (sk_parse_grouped_integer ("12.5", TRUE, &v));
  g_assert_false (sk_parse_grouped_integer ("1234 567", FALSE, &v));
  g_assert_false (sk_parse_grouped_integer ("1  380", FALSE, &v));
  g_assert_true (sk_parse_grouped_integer (" 29 215 093 ", FALSE, &v));
  g_assert_cmpint (v, ==, 29215093);
}

/* What-if kept beside the papers: a changed cost model becomes a scenario
 * with the changed parameters only, giving the same kroner as the what-if;
 * undo takes it back. */
static void
test_what_if_keeps_scenario (void)
{
  g_autoptr(SkProject) project = example_project ();
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autofree char *before = sk_project_to_data (project, NULL);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autoptr(SkProject) reread = NULL;
  SkCostModel *model;
  SkScenario *kept;
  SkCostResult *a, *b;
  SkWhatIfKept counts;
  guint scenarios;

  model = sk_project_find_cost_model (project, "barnevern");
  scenarios = model->scenarios->len;
  sk_project_find_cost_model (sandbox, "barnevern")->fixed_percent = 40;
  g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "Kva om 40 % likt", "styret-2025-11-03", 6, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.scenarios, ==, 1);
  g_assert_cmpuint (counts.matrices + counts.timelines + counts.models, ==, 0);
  g_assert_false (counts.not_kept);

  model = sk_project_find_cost_model (project, "barnevern");
  g_assert_cmpfloat (model->fixed_percent, ==, 25);     /* the papers as prepared */
  g_assert_cmpuint (model->scenarios->len, ==, scenarios + 1);
  kept = g_ptr_array_index (model->scenarios, scenarios);
  g_assert_cmpstr (kept->id, ==, "what-if-variant-2");
  g_assert_cmpstr (kept->title, ==, "Kva om 40 % likt");
  g_assert_true (kept->has_fixed);
  g_assert_cmpfloat (kept->fixed_percent, ==, 40);
  g_assert_false (kept->has_total);                     /* only what changed */
  g_assert_null (kept->criteria);
  g_assert_null (kept->participants);

  a = sk_cost_model_compute (project, model, kept, &error);
  g_assert_no_error (error);
  b = sk_cost_model_compute (sandbox, sk_project_find_cost_model (sandbox, "barnevern"), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (a->rows->len, ==, b->rows->len);
  for (guint i = 0; i < a->rows->len; i++)
    g_assert_cmpint (g_array_index (a->rows, SkCostRow, i).amount_kr, ==, g_array_index (b->rows, SkCostRow, i).amount_kr);
  sk_cost_result_free (a);
  sk_cost_result_free (b);

  /* It saves and reads back like any scenario. */
  saved = sk_project_to_data (project, NULL);
  reread = load_text (saved);
  g_assert_cmpuint (sk_project_find_cost_model (reread, "barnevern")->scenarios->len, ==, scenarios + 1);

  /* One named step, undone to the byte and redone. */
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, "Keep the What-If «Kva om 40 % likt»");
  g_assert_true (sk_history_undo (history));
  g_assert_false (sk_history_get_can_undo (history));
  g_assert_cmpuint (sk_project_find_cost_model (project, "barnevern")->scenarios->len, ==, scenarios);
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_true (sk_history_redo (history));
  g_clear_pointer (&after, g_free);
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (saved, ==, after);
}

/* A changed matrix is kept as a new matrix beside the prepared one,
 * linked from the item; a second keep gets another id. */
static void
test_what_if_keeps_matrix (void)
{
  g_autoptr(SkProject) project = example_project ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(GError) error = NULL;
  SkMeeting *meeting = sk_project_find_meeting (project, "styret-2025-11-03");
  SkMatrix *prepared = sk_project_find_matrix (project, "barnevern-oppmotestad");
  SkFactor *factor = g_ptr_array_index (prepared->factors, 0);
  double weight = factor->weight;
  guint matrices = sk_project_get_matrices (project)->len;
  guint links = ((SkItem *) g_ptr_array_index (meeting->items, 6))->links->len;
  g_autofree char *title = g_strdup (prepared->title);
  g_autofree char *expected = g_strdup_printf ("%s — %s", title, "Lågare vekt");
  SkWhatIfKept counts;
  SkMatrix *variant;
  SkItem *item;
  SkLink *link;

  ((SkFactor *) g_ptr_array_index (sk_project_find_matrix (sandbox, "barnevern-oppmotestad")->factors, 0))->weight = 1;
  g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "Lågare vekt", "styret-2025-11-03", 6, &counts, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (counts.matrices, ==, 1);
  g_assert_cmpuint (counts.scenarios, ==, 0);
  g_assert_cmpuint (sk_project_get_matrices (project)->len, ==, matrices + 1);
  prepared = sk_project_find_matrix (project, "barnevern-oppmotestad");
  g_assert_cmpfloat (((SkFactor *) g_ptr_array_index (prepared->factors, 0))->weight, ==, weight);
  variant = sk_project_find_matrix (project, "barnevern-oppmotestad-variant-2");
  g_assert_nonnull (variant);
  g_assert_cmpstr (variant->title, ==, expected);
  g_assert_cmpfloat (((SkFactor *) g_ptr_array_index (variant->factors, 0))->weight, ==, 1);

  meeting = sk_project_find_meeting (project, "styret-2025-11-03");
  item = g_ptr_array_index (meeting->items, 6);
  g_assert_cmpuint (item->links->len, ==, links + 1);
  link = g_ptr_array_index (item->links, links);
  g_assert_cmpint (link->kind, ==, SK_LINK_MATRIX);
  g_assert_cmpstr (link->id, ==, "barnevern-oppmotestad-variant-2");

  /* A matrix made in the what-if keeps its id, and gets the name. */
  {
    g_autoptr(SkProject) other = sk_project_copy (project);
    g_autoptr(SkProject) made = sk_project_copy (project);
    SkMatrix *copy = g_ptr_array_steal_index (sk_project_get_matrices (made), 0);
    g_autofree char *made_title = g_strdup_printf ("%s — %s", copy->title, "Ny");

    g_free (copy->id);
    copy->id = g_strdup ("ny-matrise");
    g_ptr_array_add (sk_project_get_matrices (other), copy);
    g_assert_true (sk_edit_keep_what_if (history, project, other, "Ny", NULL, 0, &counts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.matrices, ==, 1);
    g_assert_false (counts.not_kept);
    g_assert_nonnull (sk_project_find_matrix (project, "ny-matrise"));
    g_assert_cmpstr (sk_project_find_matrix (project, "ny-matrise")->title, ==, made_title);
  }

  /* The same what-if again is another variant, with an id of its own. */
  g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "Lågare vekt", NULL, 0, &counts, &error));
  g_assert_no_error (error);
  g_assert_nonnull (sk_project_find_matrix (project, "barnevern-oppmotestad-variant-3"));
}

/* What has no variant form is reported, and nothing is kept when
 * nothing that can be kept changed. */
static void
test_what_if_not_kept (void)
{
  g_autoptr(SkProject) project = example_project ();
  g_autoptr(SkHistory) history = sk_history_new (project);
  g_autoptr(SkProject) sandbox = sk_project_copy (project);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = sk_project_to_data (project, NULL);

  /* The agenda is not the what-if's: a title there is no change to ask about. */
  sk_project_set_title (sandbox, "Anna tittel");
  g_assert_false (sk_project_what_if_changed (project, sandbox));
  sk_project_set_title (sandbox, sk_project_get_title (project));
  g_autofree char *after = NULL;
  SkWhatIfKept counts;

  /* Unchanged: nothing to keep, nothing lost. */
  g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "x", NULL, 0, &counts, &error));
  g_assert_cmpuint (counts.matrices + counts.timelines + counts.models + counts.scenarios, ==, 0);
  g_assert_false (counts.not_kept);

  /* A municipality's figure (the cost model's figures table): no variant holds it. */
  sk_municipality_set_figure (g_ptr_array_index (sk_project_get_municipalities (sandbox), 0), "population", 1234, TRUE);
  g_assert_true (sk_project_what_if_changed (project, sandbox));
  g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "x", NULL, 0, &counts, &error));
  g_assert_no_error (error);
  g_assert_true (counts.not_kept);
  g_assert_cmpuint (counts.matrices + counts.timelines + counts.models + counts.scenarios, ==, 0);
  after = sk_project_to_data (project, NULL);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (sk_history_get_can_undo (history));

  /* A deleted matrix cannot be kept as a variant either. */
  g_clear_object (&sandbox);
  sandbox = sk_project_copy (project);
  g_ptr_array_remove_index (sk_project_get_matrices (sandbox), 0);
  g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "x", NULL, 0, &counts, &error));
  g_assert_true (counts.not_kept);

  /* A changed scenario is kept as a new one; the old stays. */
  {
    g_autoptr(SkProject) other = sk_project_copy (project);
    SkCostModel *model = sk_project_find_cost_model (other, "barnevern");
    SkScenario *s = g_ptr_array_index (model->scenarios, 0);
    g_autofree char *old_title = g_strdup (s->title);
    g_autofree char *expected = g_strdup_printf ("%s — %s", old_title, "Kva om");
    guint n = model->scenarios->len;
    SkScenario *kept;

    s->has_total = TRUE;
    s->total_kr = 27000000;
    g_assert_true (sk_edit_keep_what_if (history, project, other, "Kva om", NULL, 0, &counts, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (counts.scenarios, ==, 1);
    model = sk_project_find_cost_model (project, "barnevern");
    g_assert_cmpuint (model->scenarios->len, ==, n + 1);
    g_assert_false (((SkScenario *) g_ptr_array_index (model->scenarios, 0))->has_total);
    kept = g_ptr_array_index (model->scenarios, n);
    g_assert_cmpstr (kept->title, ==, expected);
    g_assert_cmpint (kept->total_kr, ==, 27000000);
  }
}

/* A decision recorded while a what-if is open is the meeting's: adopting
 * or keeping the what-if does not take it back; only what the what-if
 * changed is taken over. */
static void
test_what_if_keeps_decisions (void)
{
  g_autoptr(SkProject) project = example_project ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SkHistory) history = sk_history_new (project);

  for (int keep = 0; keep < 2; keep++)
    {
      g_autoptr(SkProject) sandbox = sk_project_copy (project);
      SkMeeting *meeting = sk_project_find_meeting (project, "styret-2025-11-03");
      SkItem *item = g_ptr_array_index (meeting->items, 6);

      sk_project_find_cost_model (sandbox, "barnevern")->fixed_percent = keep ? 50 : 40;
      g_assert_true (sk_project_what_if_changed (project, sandbox));
      /* Meanwhile, in the meeting: */
      g_assert_true (sk_edit_set_item_field (history, project, meeting->id, item->id, SK_ITEM_FIELD_DECISION,
                                             keep ? "Utsett." : "Vedteke som framlegg.", &error));

      if (keep)
        g_assert_true (sk_edit_keep_what_if (history, project, sandbox, "40 %", "styret-2025-11-03", 6, NULL, &error));
      else
        g_assert_true (sk_edit_adopt_what_if (history, project, sandbox, &error));
      g_assert_no_error (error);
      meeting = sk_project_find_meeting (project, "styret-2025-11-03");
      item = g_ptr_array_index (meeting->items, 6);
      g_assert_cmpstr (item->decision, ==, keep ? "Utsett." : "Vedteke som framlegg.");
      /* Adopted into the model, or kept beside it as a scenario. */
      g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 40);
      if (!keep)
        {
          SkCostModel *m = sk_project_find_cost_model (sandbox, "barnevern");

          /* Taken over as it was, but for the scenarios that took the
           * equal part from the model: they keep the 25 % they showed. */
          m->fixed_percent = 25;
          g_assert_cmpuint (sk_cost_model_pin_scenarios (m, TRUE, FALSE), ==, 3);
          m->fixed_percent = 40;
          g_assert_false (sk_project_what_if_changed (project, sandbox));
        }
    }
  /* Adopting is one edit: undo takes the what-if back, not the decision. */
  g_assert_true (sk_history_undo (history));
  g_assert_true (sk_history_undo (history));
  g_assert_cmpstr (((SkItem *) g_ptr_array_index (sk_project_find_meeting (project, "styret-2025-11-03")->items, 6))->decision,
                   ==, "Vedteke som framlegg.");
  g_assert_true (sk_history_undo (history));
  g_assert_cmpfloat (sk_project_find_cost_model (project, "barnevern")->fixed_percent, ==, 25);
}

/* What a share that is gone says, through GVfs: which errors mean the
 * server cannot be reached, and which a dropped connection that is worth
 * one more try (GVfs's SMB backend says "Software caused connection
 * abort" once after the server came back). */
static void
test_file_share_errors (void)
{
  struct { GIOErrorEnum code; const char *message; gboolean unreachable, dropped; } cases[] = {
    { G_IO_ERROR_FAILED, NULL /* ECONNABORTED */, TRUE, TRUE },
    { G_IO_ERROR_FAILED, NULL /* ECONNREFUSED */, TRUE, FALSE },
    { G_IO_ERROR_CONNECTION_CLOSED, "Connection closed", TRUE, TRUE },
    { G_IO_ERROR_TIMED_OUT, "Timed out", TRUE, FALSE },
    { G_IO_ERROR_NOT_MOUNTED, "Not mounted", TRUE, FALSE },
    { G_IO_ERROR_NOT_FOUND, "No such file or directory", FALSE, FALSE },
    { G_IO_ERROR_PERMISSION_DENIED, "Permission denied", FALSE, FALSE },
    { G_IO_ERROR_FAILED, "Something else", FALSE, FALSE },
  };

  cases[0].message = g_strerror (ECONNABORTED);
  cases[1].message = g_strerror (ECONNREFUSED);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = g_error_new (G_IO_ERROR, cases[i].code, "smb://server/felles/x.sakskart: %s",
                                             cases[i].message);

      g_test_message ("%s", error->message);
      g_assert_cmpint (sk_file_error_unreachable (error), ==, cases[i].unreachable);
      g_assert_cmpint (sk_file_error_dropped (error), ==, cases[i].dropped);
    }
  g_assert_false (sk_file_error_unreachable (NULL));
  g_assert_false (sk_file_error_dropped (NULL));
}

/* The window in Bokmål, whose C library says "Programvare forårsaket
 * forbindelsesbrudd", and GVfs's daemon in English: still told apart. */
static void
test_file_share_errors_other_language (void)
{
  if (g_test_subprocess ())
    {
      g_autoptr(GError) aborted = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                       "smb://server/felles/x.sakskart: Software caused connection abort");
      g_autoptr(GError) refused = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED,
                                                       "smb://server/felles/x.sakskart: Connection refused");

      g_setenv ("LANGUAGE", "nb", TRUE);
      if (setlocale (LC_ALL, "nb_NO.UTF-8") == NULL)
        g_error ("The locale nb_NO.UTF-8 is missing");
      /* Before any g_strerror () of this process: GLib keeps the first. */
      g_assert_cmpstr (g_strerror (ECONNABORTED), !=, "Software caused connection abort");
      g_assert_true (sk_file_error_dropped (aborted));
      g_assert_true (sk_file_error_unreachable (aborted));
      g_assert_true (sk_file_error_unreachable (refused));
      g_assert_false (sk_file_error_dropped (refused));
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
}

/* A load's progress is told in the thread that started it, from its main
 * loop only: not in the loading thread while that thread's main context
 * is free (a loop run by hand, between two iterations). */
typedef struct
{
  GThread  *started_in;
  guint     calls;
  guint     elsewhere;
  double    last;
  gboolean  done;
} ProgressSeen;

static void
progress_seen_cb (GObject *target,
                  double   fraction)
{
  ProgressSeen *seen = g_object_get_data (target, "seen");

  seen->calls++;
  if (g_thread_self () != seen->started_in)
    seen->elsewhere++;
  seen->last = fraction;
}

static void
progress_loaded_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  ProgressSeen *seen = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = sk_project_load_file_finish (result, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (project);
  seen->done = TRUE;
}

static void
test_load_progress_in_starting_thread (void)
{
  g_autoptr(GFile) file = g_file_new_for_path (example_path);
  g_autoptr(GObject) target = g_object_new (G_TYPE_OBJECT, NULL);
  ProgressSeen seen = { g_thread_self (), 0, 0, 0, FALSE };

  g_object_set_data (target, "seen", &seen);
  sk_project_load_file_with_progress_async (file, NULL, progress_seen_cb, target, progress_loaded_cb, &seen);
  /* The load is done meanwhile; the main context is nobody's. */
  g_usleep (500 * 1000);
  g_assert_cmpuint (seen.calls, ==, 0);
  while (!seen.done)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (seen.calls, >=, 2);
  g_assert_cmpuint (seen.elsewhere, ==, 0);
  g_assert_cmpfloat (seen.last, ==, 1.0);
  /* The target is let go in this thread too: ours is the last reference
   * once the idle that lets the loader's go has run. */
  for (int i = 0; i < 500 && g_atomic_int_get (&target->ref_count) > 1; i++)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (10 * 1000);
    }
  g_assert_cmpint (target->ref_count, ==, 1);
}

int
main (int    argc,
      char **argv)
{
  example_path = test_core_init (&argc, &argv);
  test_bind_translations ();

  g_test_add_func ("/project/example-loads", test_example_loads);
  g_test_add_func ("/problem/elide-quoted", test_elide_quoted);
  g_test_add_func ("/format/parse-grouped-integer", test_parse_grouped_integer);
  g_test_add_func ("/format/date-time-from-input", test_date_time_from_input);
  g_test_add_func ("/format/score", test_format_score);
  g_test_add_func ("/format/keep-together", test_keep_together);
  g_test_add_func ("/project/control-characters-round-trip", test_control_characters_round_trip);
  g_test_add_func ("/project/huge-figures-round-trip", test_huge_figures_round_trip);
  g_test_add_func ("/project/whole-figures-kept-as-written", test_whole_figures_kept_as_written);
  g_test_add_func ("/project/untitled-project-reopens", test_untitled_project_reopens);
  g_test_add_func ("/project/round-trip-unknown-fields", test_round_trip_unknown_fields);
  g_test_add_func ("/project/example-round-trip", test_example_round_trip);
  for (guint i = 0; i < G_N_ELEMENTS (bad_cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/validation/%s", bad_cases[i].name);

      g_test_add_data_func (name, &bad_cases[i], test_bad_case);
    }
  g_test_add_func ("/validation/not-json", test_not_json);
  g_test_add_func ("/validation/bad-encoding", test_bad_encoding);
  g_test_add_func ("/validation/too-large", test_too_large);
  g_test_add_func ("/file/errors-name-the-file", test_file_errors_name_the_file);
  g_test_add_func ("/file/save-atomic", test_save_atomic);
  g_test_add_func ("/file/save-colleague-meanwhile", test_save_colleague_meanwhile);
  g_test_add_func ("/file/save-backup-is-folder", test_save_backup_is_folder);
  g_test_add_func ("/file/save-through-link", test_save_through_link);
  g_test_add_func ("/file/holds-project", test_file_holds_project);
  g_test_add_func ("/costs/child-welfare", test_costs_child_welfare);
  g_test_add_func ("/costs/largest-remainder-ties", test_costs_largest_remainder_ties);
  g_test_add_func ("/costs/random-sum-and-bounds", test_costs_random);
  g_test_add_func ("/costs/error-names-model-criterion-municipality", test_costs_error_names_all);
  g_test_add_func ("/what-if/keeps-scenario", test_what_if_keeps_scenario);
  g_test_add_func ("/what-if/keeps-matrix", test_what_if_keeps_matrix);
  g_test_add_func ("/what-if/not-kept", test_what_if_not_kept);
  g_test_add_func ("/what-if/keeps-decisions", test_what_if_keeps_decisions);
  g_test_add_func ("/matrix/ranking-with-ties", test_matrix_ranking);
  g_test_add_func ("/matrix/copy", test_matrix_copy);
  g_test_add_func ("/matrix/example-child-welfare", test_matrix_example_child_welfare);
  g_test_add_func ("/matrix/sensitivity-brute-force", test_matrix_sensitivity_brute_force);
  g_test_add_func ("/matrix/sensitivity-exact", test_matrix_sensitivity_exact);
  g_test_add_func ("/matrix/rational-text", test_rational_text);
  g_test_add_func ("/matrix/sensitivity-long-decimals", test_matrix_sensitivity_long_decimals);
  g_test_add_func ("/matrix/no-clear-winner", test_matrix_no_clear_winner);
  g_test_add_func ("/agenda/clock-times", test_agenda_times);
  g_test_add_func ("/agenda/next-meeting-and-plan", test_agenda_next_meeting_and_plan);
  g_test_add_func ("/project/remove-record", test_remove_record);
  g_test_add_func ("/project/remove-meeting", test_remove_meeting);
  g_test_add_func ("/project/municipality-ids-and-uses", test_municipality_ids_and_uses);
  g_test_add_func ("/format/bokmal", test_format_bokmal);
  g_test_add_func ("/format/nynorsk", test_format_nynorsk);
  g_test_add_func ("/format/english", test_format_english);
  g_test_add_func ("/file/share-errors", test_file_share_errors);
  g_test_add_func ("/file/share-errors-other-language", test_file_share_errors_other_language);
  g_test_add_func ("/format/english-on-norwegian-desktop", test_format_english_on_norwegian_desktop);
  g_test_add_func ("/format/nynorsk-on-english-desktop", test_format_nynorsk_on_english_desktop);
  g_test_add_func ("/format/c-locale", test_format_c_locale);
  g_test_add_func ("/files/load-progress-in-starting-thread", test_load_progress_in_starting_thread);

  return g_test_run ();
}
