/* sk-costs-export.c — the cost split copied, or exported as PDF or CSV
 * (for programs, or for a spreadsheet on a Norwegian desktop)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-clipboard.h"
#include "sk-costs.h"
#include "sk-costs-view-private.h"
#include "sk-dialog-util.h"
#include "sk-export.h"
#include "sk-file.h"
#include "sk-format.h"
#include "sk-render.h"
#include "sk-view-util.h"

void
sk_costs_copy_table (SkCostsView *self)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  SkCostModel *model = sk_costs_view_get_model (self);
  SkScenario *scenario = sk_costs_view_get_scenario (self);
  g_autoptr(SkCostResult) result = model ? sk_cost_model_compute (project, model, scenario, NULL) : NULL;
  g_autoptr(SkExportTable) table = NULL;

  if (result == NULL)
    return;
  table = sk_export_cost_table (project, model, scenario, result, TRUE);
  sk_clipboard_set_table (GTK_WIDGET (self), table);
  sk_view_toast (SK_VIEW (self), _("The table was copied"), FALSE);
}

/* CSV for programs, or (`norwegian`) for a spreadsheet on a Norwegian desktop */
static char *
csv_text (SkCostsView *self,
          gboolean     norwegian,
          gsize       *length,
          GError     **error)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  SkCostModel *model = sk_costs_view_get_model (self);
  SkScenario *scenario = sk_costs_view_get_scenario (self);
  g_autoptr(SkCostResult) result = sk_cost_model_compute (project, model, scenario, error);
  g_autoptr(SkExportTable) table = NULL;

  if (result == NULL)
    return NULL;
  /* For a spreadsheet on a Norwegian desktop the note's numbers are
   * Norwegian too, whatever the interface speaks: "29 215 093 kr" */
  sk_format_norwegian_push (norwegian);
  table = sk_export_cost_table (project, model, scenario, result, norwegian);
  sk_format_norwegian_pop ();
  return sk_export_table_to_string (table, norwegian ? SK_EXPORT_CSV_NO : SK_EXPORT_CSV, length);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkCostsView     *self)
{
  SkCostsExportKind kind = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "sk-export-kind"));
  gboolean pdf = kind == SK_COSTS_EXPORT_PDF;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || sk_costs_view_get_model (self) == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (pdf)
    {
      g_autofree char *path = g_file_get_path (file);

      if (path == NULL ||
          !sk_render_cost_pdf (sk_view_get_project (SK_VIEW (self)), sk_costs_view_get_model (self),
                               sk_costs_view_get_scenario (self), path, &error))
        goto failed;
    }
  else
    {
      gsize length = 0;
      g_autofree char *text = csv_text (self, kind == SK_COSTS_EXPORT_CSV_NO, &length, &error);

      if (text == NULL ||
          !sk_file_write (file, text, length, NULL, SK_FILE_WRITE_EXPORT, NULL, NULL, &error))
        goto failed;
    }
  {
    g_autofree char *name = g_file_get_basename (file);

    sk_view_toast_exported (SK_VIEW (self), name);
  }
  return;

failed:
  sk_dialog_tell (GTK_WIDGET (self), _("Could Not Export"), error ? error->message : NULL);
}

void
sk_costs_export (SkCostsView       *self,
                 SkCostsExportKind  kind)
{
  gboolean pdf = kind == SK_COSTS_EXPORT_PDF;
  g_autofree char *name = g_strdup_printf ("%s.%s", sk_costs_view_get_model (self)->id, pdf ? "pdf" : "csv");

  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (self), pdf ? _("Export PDF") : _("Export CSV"),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                                                      G_CALLBACK (export_response_cb), self);

  g_object_set_data (G_OBJECT (chooser), "sk-export-kind", GINT_TO_POINTER (kind));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
