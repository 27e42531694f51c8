/* sk-ssb-import.c — a table of SSB's figures applied to the project's
 * members, matched by municipality number, as one step of undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-ssb"

#include "config.h"

#include "sk-i18n.h"

#include "sk-edit-private.h"
#include "sk-ssb.h"

int
sk_edit_import_ssb_figures (SkHistory   *history,
                            SkProject   *project,
                            SkSsbTable  *table,
                            GPtrArray  **notes,
                            GError     **error)
{
  g_autoptr(GPtrArray) commands = _sk_edit_commands_new ();
  GPtrArray *municipalities = sk_project_get_municipalities (project);
  g_autoptr(GPtrArray) matches = g_ptr_array_new ();
  g_autoptr(GPtrArray) missing = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *date = table->year ? g_strdup_printf ("%s-01-01", table->year) : NULL;
  g_autofree char *source = g_strdup ("SSB, tabell 07459");
  int updated = 0;
  gboolean no_total = FALSE, no_17 = FALSE, no_24 = FALSE;

  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      SkSsbRegion *found = NULL;

      for (guint r = 0; r < table->regions->len && !found; r++)
        {
          SkSsbRegion *region = g_ptr_array_index (table->regions, r);

          if (m->number && g_str_equal (m->number, region->number))
            found = region;
        }
      g_ptr_array_add (matches, found);
      if (found == NULL)
        g_ptr_array_add (missing, g_strdup (m->name));
    }

  if (missing->len == municipalities->len)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_FOUND,
                           _("None of the project's municipalities is in the file (they are matched by municipality number)"));
      return -1;
    }
  /* Two members of one number would both get that municipality's
   * figures: nothing is changed. */
  for (guint i = 0; i < matches->len; i++)
    for (guint k = i + 1; g_ptr_array_index (matches, i) != NULL && k < matches->len; k++)
      if (g_ptr_array_index (matches, k) == g_ptr_array_index (matches, i))
        {
          SkMunicipality *a = g_ptr_array_index (municipalities, i);
          SkMunicipality *b = g_ptr_array_index (municipalities, k);

          g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID,
                       _("%s and %s both have the municipality number %s, so the file cannot say whose "
                         "figures are whose; give each its own number"),
                       a->name, b->name, a->number);
          return -1;
        }
  for (guint i = 0; i < matches->len; i++)
    {
      SkSsbRegion *r = g_ptr_array_index (matches, i);

      if (r != NULL && r->missing_line > 0)
        {
          if (g_strcmp0 (r->missing_symbol, ".") == 0)
            g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                         _("Line %u: the file has no figure for %s (“.”, the category is not in use)"),
                         r->missing_line, r->region);
          else
            g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                         _("Line %u: the file has no figure for %s (“%s”, SSB's sign for a figure it does not give)"),
                         r->missing_line, r->region, r->missing_symbol);
          return -1;
        }
    }

  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      SkSsbRegion *r = g_ptr_array_index (matches, i);
      const char *keys[3];
      double values[3];
      guint n = 0;

      if (r == NULL)
        continue;
      if (r->population >= 0)
        keys[n] = "population", values[n++] = r->population;
      no_total |= r->population < 0;
      no_17 |= r->age_0_17 < 0;
      no_24 |= r->age_0_24 < 0;
      if (r->age_0_17 >= 0)
        keys[n] = "age_0_17", values[n++] = r->age_0_17;
      if (r->age_0_24 >= 0)
        keys[n] = "age_0_24", values[n++] = r->age_0_24;
      if (!_sk_edit_add_figures (commands, project, m->id, keys, values, n, source, date, error))
        return -1;
      updated++;
    }
  _sk_edit_run (history, project,
                _sk_edit_group (g_steal_pointer (&commands), g_strdup (_("Import Figures from SSB"))));
  if (notes)
    {
      *notes = g_ptr_array_new_with_free_func (g_free);
      if (missing->len > 0)
        {
          g_autofree char *names = NULL;

          g_ptr_array_add (missing, NULL);
          names = g_strjoinv (", ", (char **) missing->pdata);
          g_ptr_array_add (*notes, g_strdup_printf (_("Not in the file, so not updated: %s"), names));
        }
      if (no_total)
        g_ptr_array_add (*notes, g_strdup (_("The file has no total for all ages, and its age groups leave ages out; the population was not updated")));
      if (no_17)
        g_ptr_array_add (*notes, g_strdup (_("The age groups in the file do not separate 17 and 18 years; children 0–17 were not updated")));
      if (no_24)
        g_ptr_array_add (*notes, g_strdup (_("The age groups in the file do not separate 24 and 25 years; residents 0–24 were not updated")));
    }
  return updated;
}
