/* sk-matrix-dialogs.c — the matrix view's dialogs: a factor's name and
 * note, a candidate's note, keeping a variant, exporting the chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-dialog-util.h"
#include "sk-edit.h"
#include "sk-matrix-dialogs.h"
#include "sk-render.h"
#include "sk-view-util.h"

typedef struct
{
  SkView    *view;
  char      *matrix_id;
  char      *id;           /* the factor's, or the candidate's municipality */
  gboolean   is_factor;
  GtkWidget *name_entry;
  GtkWidget *note_entry;
} EditData;

static void
edit_data_free (EditData *ed)
{
  g_object_unref (ed->view);
  g_free (ed->matrix_id);
  g_free (ed->id);
  g_free (ed);
}

static void
edit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  EditData         *ed)
{
  SkProject *project = sk_view_get_project (ed->view);
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "apply") && project != NULL)
    {
      const char *note = gtk_editable_get_text (GTK_EDITABLE (ed->note_entry));
      gboolean done;

      if (ed->is_factor)
        done = sk_edit_set_factor_text (sk_view_get_history (ed->view), project, ed->matrix_id, ed->id,
                                        gtk_editable_get_text (GTK_EDITABLE (ed->name_entry)), note, &error);
      else
        done = sk_edit_set_candidate_note (sk_view_get_history (ed->view), project, ed->matrix_id, ed->id,
                                           note, &error);
      if (!done)
        sk_view_toast (ed->view, error->message, FALSE);
    }
  edit_data_free (ed);
}

static GtkWidget *
entry_new (GtkWidget  *box,
           const char *label,
           const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_box_append (GTK_BOX (box), sk_label_new (label, "caption-heading"));
  gtk_box_append (GTK_BOX (box), entry);
  return entry;
}

static void
edit_record (SkView      *view,
             const char  *matrix_id,
             const char  *id,
             SkFactor    *factor,
             SkCandidate *candidate)
{
  EditData *ed = g_new0 (EditData, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *dialog;

  ed->view = g_object_ref (view);
  ed->matrix_id = g_strdup (matrix_id);
  ed->id = g_strdup (id);
  ed->is_factor = factor != NULL;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))),
                                   factor ? _("Edit Factor") : _("Edit Candidate Note"), NULL);
  gtk_widget_add_css_class (dialog, "sk-matrix-edit");
  if (factor != NULL)
    ed->name_entry = entry_new (box, _("Name"), factor->name);
  ed->note_entry = entry_new (box, _("Note"), factor ? factor->note : candidate->note);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect (dialog, "response", G_CALLBACK (edit_response_cb), ed);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_matrix_edit_factor (SkView     *view,
                       const char *matrix_id,
                       const char *factor_id)
{
  SkMatrix *m = sk_project_find_matrix (sk_view_get_project (view), matrix_id);

  for (guint f = 0; m && f < m->factors->len; f++)
    if (g_strcmp0 (((SkFactor *) g_ptr_array_index (m->factors, f))->id, factor_id) == 0)
      edit_record (view, matrix_id, factor_id, g_ptr_array_index (m->factors, f), NULL);
}

void
sk_matrix_edit_candidate (SkView     *view,
                          const char *matrix_id,
                          const char *municipality)
{
  SkMatrix *m = sk_project_find_matrix (sk_view_get_project (view), matrix_id);

  for (guint c = 0; m && c < m->candidates->len; c++)
    if (g_strcmp0 (((SkCandidate *) g_ptr_array_index (m->candidates, c))->municipality, municipality) == 0)
      edit_record (view, matrix_id, municipality, NULL, g_ptr_array_index (m->candidates, c));
}

/* Keep as variant */

typedef struct
{
  SkView    *view;
  char      *matrix_id;
  GtkWidget *entry;
} VariantData;

static void
variant_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VariantData      *vd)
{
  SkProject *project = sk_view_get_project (vd->view);
  SkMatrix *m = project ? sk_project_find_matrix (project, vd->matrix_id) : NULL;

  if (g_str_equal (response, "keep") && m != NULL)
    {
      const char *name = gtk_editable_get_text (GTK_EDITABLE (vd->entry));
      /* Translators: the title of a kept variant, "Oppmøtestad — med høgare vekt på avstand" */
      g_autofree char *title = g_strdup_printf (_("%s — %s"), m->title, name[0] ? name : _("variant"));
      g_autoptr(GError) error = NULL;

      if (sk_edit_copy_matrix (sk_view_get_history (vd->view), project, vd->matrix_id, title, NULL, &error))
        sk_view_toast (vd->view, _("The variant was kept as a matrix of its own"), TRUE);
      else
        sk_view_toast (vd->view, error->message, FALSE);
    }
  g_object_unref (vd->view);
  g_free (vd->matrix_id);
  g_free (vd);
}

void
sk_matrix_keep_variant (SkView     *view,
                        const char *matrix_id)
{
  VariantData *vd = g_new0 (VariantData, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))),
                                              _("Keep as Variant"),
                                              _("The weights and scores as they are now are kept as a new matrix beside this one."));

  vd->view = g_object_ref (view);
  vd->matrix_id = g_strdup (matrix_id);
  vd->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (vd->entry), _("Name of the variant"));
  gtk_entry_set_activates_default (GTK_ENTRY (vd->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (vd->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the variant"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), vd->entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "keep", _("_Keep"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (variant_response_cb), vd);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Export */

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkView          *view)
{
  const char *matrix_id = g_object_get_data (G_OBJECT (chooser), "sk-matrix");
  SkProject *project = sk_view_get_project (view);
  SkMatrix *m = project && matrix_id ? sk_project_find_matrix (project, matrix_id) : NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT || m == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  path = g_file_get_path (file);
  if (path != NULL && !g_str_has_suffix (path, ".png") && !g_str_has_suffix (path, ".svg") &&
      !g_str_has_suffix (path, ".pdf"))
    {
      char *with = g_strconcat (path, ".png", NULL);

      g_free (path);
      path = with;
    }
  if (path == NULL || !sk_render_matrix_file (project, m, path, &error))
    sk_dialog_tell (GTK_WIDGET (view), _("Could Not Export"), error ? error->message : NULL);
  else
    sk_view_toast_exported (view, path);
}

void
sk_matrix_export_chart (SkView     *view,
                        const char *matrix_id)
{
  g_autofree char *name = g_strdup_printf ("%s.png", matrix_id);
  GtkFileChooser *chooser = sk_view_file_chooser_new (view, _("Export Chart (PNG, SVG or PDF)"),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                                                      G_CALLBACK (export_response_cb), view);

  g_object_set_data_full (G_OBJECT (chooser), "sk-matrix", g_strdup (matrix_id), g_free);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
