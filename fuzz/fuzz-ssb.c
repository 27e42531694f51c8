/* fuzz-ssb.c — libFuzzer target: the SSB table importer (CSV from
 * statistikkbanken, table 07459)
 *
 * Any input may be refused, but never crash; a table that parses is
 * applied to a small project, and the project must still pass its checks
 * and save and open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "fuzz-common.h"

#include "sk-project.h"
#include "sk-ssb.h"

static const char project_text[] =
  "{\"format\":\"sakskart\",\"version\":1,\"title\":\"Fuzz\",\"municipalities\":["
  "{\"id\":\"sogndal\",\"name\":\"Sogndal\",\"number\":\"4640\",\"figures\":{\"population\":12345}},"
  "{\"id\":\"luster\",\"name\":\"Luster\",\"number\":\"4644\",\"figures\":{}},"
  "{\"id\":\"aurland\",\"name\":\"Aurland\",\"number\":\"4641\"}],"
  "\"cost_models\":[{\"id\":\"c\",\"title\":\"C\",\"total_kr\":1000001,\"fixed_percent\":20,"
  "\"participants\":[\"sogndal\",\"luster\",\"aurland\"],"
  "\"criteria\":[{\"figure\":\"population\",\"weight\":1},{\"figure\":\"age_0_17\",\"weight\":1}]}]}";

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) table = NULL;
  g_autoptr(SkProject) project = NULL;
  g_autoptr(SkProject) again = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autofree char *text = NULL;
  gsize length;

  table = sk_ssb_table_parse ((const char *) data, size, &error);
  if (table == NULL)
    {
      g_assert_nonnull (error);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }

  project = sk_project_new_from_data (project_text, sizeof project_text - 1, NULL, &error);
  g_assert_no_error (error);
  if (sk_edit_import_ssb_figures (NULL, project, table, &notes, &error) < 0)
    {
      g_assert_nonnull (error);
      return 0;
    }
  g_clear_error (&error);
  problems = sk_project_check (project);
  for (guint i = 0; problems && i < problems->len; i++)
    {
      SkProblem *p = g_ptr_array_index (problems, i);

      if (!p->soft)
        fail ("Imported figures break a rule: %s: %s", p->path, p->message);
    }
  text = sk_project_to_data (project, &length);
  again = sk_project_new_from_data (text, length, NULL, &error);
  if (again == NULL)
    fail ("A project with imported figures does not open again: %s", error->message);
  return 0;
}
