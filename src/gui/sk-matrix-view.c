/* sk-matrix-view.c — host-municipality scoring: sliders, live ranking,
 * sensitivity, and the values as prepared beside the values now
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <string.h>

#include "sk-clipboard.h"
#include "sk-edit.h"
#include "sk-export.h"
#include "sk-format.h"
#include "sk-matrix.h"
#include "sk-matrix-view.h"
#include "sk-agenda.h"
#include "sk-render.h"
#include "sk-view-util.h"

struct _SkMatrixView
{
  SkView          parent_instance;

  /* The view's own, from SkView. */
  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  GtkBox         *content;


  SkMatrix       *matrix;
  GtkWidget      *chart;
  GtkWidget      *tornado;
  GtkWidget      *verdict;
  GtkGrid        *results_grid;
  GtkWidget      *restore;       /* "Restore as Prepared", when there is something to restore */
  GPtrArray      *weight_rows;   /* AdwActionRow per factor, for the sensitivity */
  GArray         *sensitivity;   /* of SkSensitivity, of `sensitivity_of` as last shown */
  SkMatrix       *sensitivity_of;
  guint           reshow_id;     /* the page made anew, out of a control's signal */
};

G_DEFINE_FINAL_TYPE (SkMatrixView, sk_matrix_view, SK_TYPE_VIEW)

static void rebuild (SkMatrixView *self);
static void show_matrix (SkMatrixView *self, SkMatrix *matrix);

static const char *
candidate_name (SkMatrixView *self,
                SkCandidate  *c)
{
  SkMunicipality *m = sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), c->municipality);

  return m ? m->name : c->municipality;
}

/* The prepared values: the matrix of the same id in the project as it was
 * loaded or last saved. */

static SkMatrix *
prepared_matrix (SkMatrixView *self)
{
  SkDocument *document = sk_view_get_document (SK_VIEW (self));

  if (document == NULL || self->matrix == NULL)
    return NULL;
  return sk_document_get_prepared_matrix (document, self->matrix->id);
}

static gboolean
prepared_weight (SkMatrixView *self,
                 const char   *factor_id,
                 double       *weight)
{
  SkMatrix *p = prepared_matrix (self);

  for (guint f = 0; p && f < p->factors->len; f++)
    if (g_strcmp0 (((SkFactor *) g_ptr_array_index (p->factors, f))->id, factor_id) == 0)
      {
        *weight = ((SkFactor *) g_ptr_array_index (p->factors, f))->weight;
        return TRUE;
      }
  return FALSE;
}

static SkCandidate *
prepared_candidate (SkMatrixView *self,
                    const char   *municipality)
{
  SkMatrix *p = prepared_matrix (self);

  for (guint c = 0; p && c < p->candidates->len; c++)
    if (g_strcmp0 (((SkCandidate *) g_ptr_array_index (p->candidates, c))->municipality, municipality) == 0)
      return g_ptr_array_index (p->candidates, c);
  return NULL;
}

/* The weights and scores that have a value as prepared: with `restore`
 * each is put back; without, TRUE as soon as one differs from it. */
static gboolean
walk_prepared (SkMatrixView *self,
               gboolean      restore)
{
  SkMatrix *m = self->matrix;

  for (guint f = 0; f < m->factors->len; f++)
    {
      SkFactor *factor = g_ptr_array_index (m->factors, f);
      double w;

      if (prepared_weight (self, factor->id, &w))
        {
          if (restore)
            factor->weight = w;
          else if (w != factor->weight)
            return TRUE;
        }
      for (guint c = 0; c < m->candidates->len; c++)
        {
          SkCandidate *cand = g_ptr_array_index (m->candidates, c);
          SkCandidate *then = prepared_candidate (self, cand->municipality);
          double score;

          if (then == NULL)
            continue;
          score = sk_candidate_get_score (then, factor->id);
          if (restore)
            sk_candidate_set_score (cand, factor->id, score);
          else if (score != sk_candidate_get_score (cand, factor->id))
            return TRUE;
        }
    }
  return FALSE;
}

/* Each candidate's total with the prepared weights and scores, in the
 * candidate order of the matrix now, for the outlines in the chart. */
static GArray *
prepared_scores (SkMatrixView *self)
{
  SkMatrix *p = prepared_matrix (self);
  GArray *out;

  if (p == NULL)
    return NULL;
  out = g_array_new (FALSE, TRUE, sizeof (double));
  for (guint c = 0; c < self->matrix->candidates->len; c++)
    {
      SkCandidate *now = g_ptr_array_index (self->matrix->candidates, c);
      SkCandidate *then = prepared_candidate (self, now->municipality);
      double total = 0;

      for (guint f = 0; then && f < p->factors->len; f++)
        {
          SkFactor *factor = g_ptr_array_index (p->factors, f);

          total += factor->weight * sk_candidate_get_score (then, factor->id);
        }
      g_array_append_val (out, total);
    }
  return out;
}

/* Editing */

static void update_results (SkMatrixView *self);

static void
begin_edit (SkMatrixView *self,
            const char   *what)
{
  g_autofree char *key = what ? g_strdup_printf ("matrix:%s:%s", self->matrix->id, what) : NULL;

  sk_view_checkpoint (SK_VIEW (self), key);
}

/* The side list's subtitle of a matrix: "2 candidates". */
static char *
candidates_subtitle (SkMatrix *m)
{
  return g_strdup_printf (ngettext ("%u candidate", "%u candidates", m->candidates->len), m->candidates->len);
}

static void
end_edit (SkMatrixView *self)
{
  g_autofree char *sub = candidates_subtitle (self->matrix);

  sk_view_changed (SK_VIEW (self));
  /* The side list counts the candidates. */
  sk_sidebar_update_record (self->sidebar, self->matrix, self->matrix->title, sub);
  update_results (self);
}

static void
weight_changed_cb (SkMatrixView  *self,
                   GtkAdjustment *adjustment)
{
  SkFactor *factor = g_object_get_data (G_OBJECT (adjustment), "sk-factor");
  double value = round (gtk_adjustment_get_value (adjustment) * 10000) / 10000;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->matrix == NULL || !sk_view_is_current (SK_VIEW (self), adjustment))
    return;
  if (value == factor->weight)
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self)));
  sk_view_set_editing (SK_VIEW (self), TRUE);
  done = sk_edit_set_weight (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                             self->matrix->id, factor->id, value, &error);
  sk_view_set_editing (SK_VIEW (self), FALSE);
  if (!done)
    {
      sk_view_toast (SK_VIEW (self), error->message, FALSE);
      return;
    }
  end_edit (self);
}

static void
score_changed_cb (SkMatrixView  *self,
                  GtkAdjustment *adjustment)
{
  SkCandidate *cand = g_object_get_data (G_OBJECT (adjustment), "sk-candidate");
  SkFactor *factor = g_object_get_data (G_OBJECT (adjustment), "sk-factor");
  double value = round (gtk_adjustment_get_value (adjustment) * 10000) / 10000;
  g_autoptr(GError) error = NULL;
  gboolean done;

  if (self->matrix == NULL || !sk_view_is_current (SK_VIEW (self), adjustment))
    return;
  if (value == sk_candidate_get_score (cand, factor->id))
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self)));
  sk_view_set_editing (SK_VIEW (self), TRUE);
  done = sk_edit_set_score (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                            self->matrix->id, cand->municipality, factor->id, value, &error);
  sk_view_set_editing (SK_VIEW (self), FALSE);
  if (!done)
    {
      sk_view_toast (SK_VIEW (self), error->message, FALSE);
      return;
    }
  end_edit (self);
}

/* Results */

static void
result_cell (GtkGrid    *grid,
             const char *text,
             int         column,
             int         row,
             const char *css,
             gboolean    numeric)
{
  GtkWidget *label = sk_label_new (text, css);

  if (numeric)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_grid_attach (grid, label, column, row, 1, 1);
}

static void
update_results (SkMatrixView *self)
{
  g_autoptr(GArray) results = NULL;
  g_autoptr(GArray) sens = NULL;
  g_autofree char *first = NULL;
  GtkWidget *child;
  int leaders = 0, leader;

  if (self->results_grid == NULL || self->matrix == NULL)
    return;
  if (self->restore != NULL)
    {
      gboolean is_new = prepared_matrix (self) == NULL;

      gtk_widget_set_sensitive (self->restore, !is_new && walk_prepared (self, FALSE));
      sk_widget_set_tooltip (self->restore, is_new ? _("This matrix is new since the file was saved")
                                                   : _("Put back the weights and scores as they were saved"));
    }
  results = sk_matrix_compute (self->matrix);
  sens = sk_matrix_sensitivity (self->matrix);
  leader = sk_matrix_leader (results);

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->results_grid))) != NULL)
    gtk_grid_remove (self->results_grid, child);
  result_cell (self->results_grid, _("Candidate"), 0, 0, "heading", FALSE);
  result_cell (self->results_grid, _("Total score"), 1, 0, "heading", TRUE);
  result_cell (self->results_grid, _("Percent of maximum"), 2, 0, "heading", TRUE);
  result_cell (self->results_grid, _("Rank"), 3, 0, "heading", TRUE);
  sk_matrix_results_by_rank (results);
  for (guint i = 0; i < results->len; i++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
      g_autofree char *score = sk_format_score (r->score);
      g_autofree char *percent = sk_format_percent (r->percent, 1);
      g_autofree char *rank = g_strdup_printf ("%d", r->rank);
      const char *css = r->rank == 1 ? "heading" : NULL;

      result_cell (self->results_grid, candidate_name (self, g_ptr_array_index (self->matrix->candidates, r->candidate)),
                   0, i + 1, css, FALSE);
      result_cell (self->results_grid, score, 1, i + 1, css, TRUE);
      result_cell (self->results_grid, percent, 2, i + 1, css, TRUE);
      result_cell (self->results_grid, rank, 3, i + 1, css, TRUE);
      leaders += r->rank == 1;
    }

  if (results->len == 0)
    gtk_label_set_text (GTK_LABEL (self->verdict), _("Add candidates to score them."));
  else
    {
      g_autofree char *text = NULL;

      if (leaders > 1)
        {
          g_autoptr(GArray) tied = sk_matrix_tied_first (self->matrix);
          g_autofree char *names = sk_sensitivity_names (sk_view_get_project (SK_VIEW (self)), self->matrix, tied);

          /* Translators: "Sogndal and Årdal are tied for first place: no clear winner." */
          text = g_strdup_printf (_("%s are tied for first place: no clear winner."), names);
        }
      else if (sk_matrix_no_clear_winner (results))
        text = g_strdup_printf (_("%s leads by less than 10 %%: no clear winner."),
                                candidate_name (self, g_ptr_array_index (self->matrix->candidates, leader)));
      else
        text = g_strdup_printf (_("%s has the highest score."),
                                candidate_name (self, g_ptr_array_index (self->matrix->candidates, leader)));
      gtk_label_set_text (GTK_LABEL (self->verdict), text);
      if (leaders > 1 || sk_matrix_no_clear_winner (results))
        gtk_widget_add_css_class (self->verdict, "warning");
      else
        gtk_widget_remove_css_class (self->verdict, "warning");
    }

  /* With fewer than two candidates no weight can change the leader. */
  first = sk_sensitivity_first_name (sk_view_get_project (SK_VIEW (self)), self->matrix);
  for (guint f = 0; f < sens->len && f < self->weight_rows->len; f++)
    {
      g_autofree char *text = self->matrix->candidates->len > 1
                              ? sk_sensitivity_text (sk_view_get_project (SK_VIEW (self)), self->matrix,
                                                     &g_array_index (sens, SkSensitivity, f), first)
                              : NULL;

      adw_action_row_set_subtitle (g_ptr_array_index (self->weight_rows, f), text ? text : "");
    }
  /* The tornado chart draws the same. */
  g_clear_pointer (&self->sensitivity, g_array_unref);
  self->sensitivity = g_array_ref (sens);
  self->sensitivity_of = self->matrix;
  gtk_widget_queue_draw (self->chart);
  gtk_widget_queue_draw (self->tornado);
}

static void
palette_for (GtkWidget *widget,
             SkPalette *palette,
             char     **font)
{
  GdkRGBA fg;
  PangoFontDescription *desc;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (widget), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sk_palette_init_light (palette);
  palette->text = (SkRgb) { fg.red, fg.green, fg.blue };
  palette->grid = (SkRgb) { fg.red * 0.3 + 0.7 * 0.5, fg.green * 0.3 + 0.7 * 0.5, fg.blue * 0.3 + 0.7 * 0.5 };
  desc = pango_context_get_font_description (gtk_widget_get_pango_context (widget));
  *font = pango_font_description_to_string (desc);
}

static void
chart_draw (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  SkMatrixView *self = user_data;
  g_autoptr(GArray) prepared = NULL;
  g_autofree char *font = NULL;
  SkPalette palette;

  if (self->matrix == NULL)
    return;
  prepared = prepared_scores (self);
  palette_for (GTK_WIDGET (area), &palette, &font);
  sk_render_matrix_chart (cr, sk_view_get_project (SK_VIEW (self)), self->matrix, prepared, &palette, font, width, height);
}

static void
tornado_draw (GtkDrawingArea *area,
              cairo_t        *cr,
              int             width,
              int             height,
              gpointer        user_data)
{
  SkMatrixView *self = user_data;
  g_autofree char *font = NULL;
  SkPalette palette;

  if (self->matrix == NULL)
    return;
  palette_for (GTK_WIDGET (area), &palette, &font);
  /* The sensitivity of the results shown, when it is this matrix's as it is. */
  if (self->sensitivity != NULL &&
      (self->sensitivity_of != self->matrix || self->sensitivity->len != self->matrix->factors->len))
    g_clear_pointer (&self->sensitivity, g_array_unref);
  sk_render_matrix_tornado (cr, sk_view_get_project (SK_VIEW (self)), self->matrix, self->sensitivity,
                            &palette, font, width, height);
}

/* Structure: factors and candidates */

static void
add_factor_cb (SkMatrixView *self)
{
  SkFactor *f = sk_factor_new ();
  SkMatrix *m = self->matrix;
  guint n = m->factors->len + 1;

  for (gboolean taken = TRUE; taken; )
    {
      g_free (f->id);
      f->id = g_strdup_printf ("factor-%u", n++);
      taken = FALSE;
      for (guint i = 0; i < m->factors->len; i++)
        taken |= g_str_equal (((SkFactor *) g_ptr_array_index (m->factors, i))->id, f->id);
    }
  f->name = g_strdup (_("New factor"));
  f->weight = 1;
  begin_edit (self, NULL);
  g_ptr_array_add (m->factors, f);
  end_edit (self);
  show_matrix (self, m);
}

typedef struct
{
  SkMatrixView *self;
  gpointer      record;
  gboolean      is_factor;
  GtkWidget    *name_entry;
  GtkWidget    *note_entry;
} EditData;

static void
edit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  EditData         *ed)
{
  SkMatrixView *self = ed->self;

  if (g_str_equal (response, "apply") && self->matrix != NULL)
    {
      const char *note = gtk_editable_get_text (GTK_EDITABLE (ed->note_entry));

      begin_edit (self, NULL);
      if (ed->is_factor)
        {
          SkFactor *f = ed->record;
          const char *name = gtk_editable_get_text (GTK_EDITABLE (ed->name_entry));

          if (name[0] != '\0')
            {
              g_free (f->name);
              f->name = g_strdup (name);
            }
          g_free (f->note);
          f->note = note[0] ? g_strdup (note) : NULL;
        }
      else
        {
          SkCandidate *c = ed->record;

          g_free (c->note);
          c->note = note[0] ? g_strdup (note) : NULL;
        }
      end_edit (self);
      show_matrix (self, self->matrix);
    }
  g_object_unref (ed->self);
  g_free (ed);
}

static void
edit_record (SkMatrixView *self,
             gpointer      record,
             gboolean      is_factor)
{
  EditData *ed = g_new0 (EditData, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *dialog;

  ed->self = g_object_ref (self);
  ed->record = record;
  ed->is_factor = is_factor;
  dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                   is_factor ? _("Edit Factor") : _("Edit Candidate Note"), NULL);
  if (is_factor)
    {
      ed->name_entry = gtk_entry_new ();
      gtk_editable_set_text (GTK_EDITABLE (ed->name_entry), ((SkFactor *) record)->name);
      gtk_accessible_update_property (GTK_ACCESSIBLE (ed->name_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name"), -1);
      gtk_box_append (GTK_BOX (box), sk_label_new (_("Name"), "caption-heading"));
      gtk_box_append (GTK_BOX (box), ed->name_entry);
    }
  ed->note_entry = gtk_entry_new ();
  {
    const char *note = is_factor ? ((SkFactor *) record)->note : ((SkCandidate *) record)->note;

    gtk_editable_set_text (GTK_EDITABLE (ed->note_entry), note ? note : "");
  }
  gtk_accessible_update_property (GTK_ACCESSIBLE (ed->note_entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Note"), -1);
  gtk_box_append (GTK_BOX (box), sk_label_new (_("Note"), "caption-heading"));
  gtk_box_append (GTK_BOX (box), ed->note_entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect (dialog, "response", G_CALLBACK (edit_response_cb), ed);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The matrix menu: copy the table, export the chart. */
static void copy_cb   (SkMatrixView *self);
static void export_cb (SkMatrixView *self);

static void
new_matrix_done (SkView     *view,
                 const char *title)
{
  SkMatrixView *self = SK_MATRIX_VIEW (view);
  GPtrArray *matrices = sk_project_get_matrices (sk_view_get_project (view));
  SkMatrix *matrix = sk_matrix_new ();
  SkFactor *factor = sk_factor_new ();

  matrix->id = sk_unique_id (matrices, "matrix");
  matrix->title = g_strdup (title);
  /* A matrix has at least one factor (to rename); candidates come next. */
  factor->id = g_strdup ("factor-1");
  factor->name = g_strdup (_("New factor"));
  factor->weight = 1;
  g_ptr_array_add (matrix->factors, factor);
  sk_view_add_record (view, matrices, matrix, (gpointer *) &self->matrix);
}

static void
matrix_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);

  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return;
  if (g_str_equal (name, "matrix.new"))
    {
      sk_view_ask_title (SK_VIEW (self), _("New Scoring Matrix"),
                         _("Name its factors and add the candidate municipalities next."),
                         _("Title, such as “Host of the joint service”"), NULL, _("_Add"), new_matrix_done);
      return;
    }
  if (self->matrix == NULL)
    return;
  if (g_str_equal (name, "matrix.copy"))
    copy_cb (self);
  else if (g_str_equal (name, "matrix.rename"))
    sk_view_rename_record (SK_VIEW (self), SK_LINK_MATRIX, _("Rename the Matrix"), (gpointer *) &self->matrix);
  else if (g_str_equal (name, "matrix.delete"))
    sk_view_delete_record (SK_VIEW (self), SK_LINK_MATRIX, (gpointer *) &self->matrix);
  else
    export_cb (self);
}

/* Factor and candidate menus work through actions on the view, with the
 * index as their parameter. */
static void
factor_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);
  guint i = g_variant_get_uint32 (param);
  SkMatrix *m = self->matrix;
  GPtrArray *factors;

  if (m == NULL || i >= m->factors->len)
    return;
  factors = m->factors;
  if (g_str_equal (action_name, "matrix.edit-factor"))
    {
      edit_record (self, g_ptr_array_index (factors, i), TRUE);
      return;
    }
  if (g_str_equal (action_name, "matrix.remove-factor") && factors->len == 1)
    {
      sk_view_toast (SK_VIEW (self), _("A matrix needs at least one factor"), FALSE);
      return;
    }
  begin_edit (self, NULL);
  if (g_str_equal (action_name, "matrix.remove-factor"))
    {
      SkFactor *f = g_ptr_array_index (factors, i);

      /* The candidates' scores for it go with it. */
      for (guint c = 0; c < m->candidates->len; c++)
        {
          SkCandidate *cand = g_ptr_array_index (m->candidates, c);

          g_hash_table_remove (cand->scores, f->id);
          for (guint k = 0; k < cand->score_keys->len; k++)
            if (g_str_equal (g_ptr_array_index (cand->score_keys, k), f->id))
              {
                g_ptr_array_remove_index (cand->score_keys, k);
                break;
              }
        }
      g_ptr_array_remove_index (factors, i);
    }
  else
    {
      guint j = g_str_equal (action_name, "matrix.factor-up") ? i - 1 : i + 1;

      if (j >= factors->len)
        {
          end_edit (self);
          return;
        }
      {
        gpointer tmp = factors->pdata[i];

        factors->pdata[i] = factors->pdata[j];
        factors->pdata[j] = tmp;
      }
    }
  end_edit (self);
  if (g_str_equal (action_name, "matrix.remove-factor"))
    sk_view_toast (SK_VIEW (self), _("Factor removed"), TRUE);
  show_matrix (self, m);
}

static void
candidate_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);
  guint i = g_variant_get_uint32 (param);
  SkMatrix *m = self->matrix;
  GPtrArray *cands;

  if (m == NULL || i >= m->candidates->len)
    return;
  cands = m->candidates;
  if (g_str_equal (action_name, "matrix.edit-candidate"))
    {
      edit_record (self, g_ptr_array_index (cands, i), FALSE);
      return;
    }
  begin_edit (self, NULL);
  if (g_str_equal (action_name, "matrix.remove-candidate"))
    g_ptr_array_remove_index (cands, i);
  else
    {
      guint j = g_str_equal (action_name, "matrix.candidate-left") ? i - 1 : i + 1;

      if (j < cands->len)
        {
          gpointer tmp = cands->pdata[i];

          cands->pdata[i] = cands->pdata[j];
          cands->pdata[j] = tmp;
        }
    }
  end_edit (self);
  if (g_str_equal (action_name, "matrix.remove-candidate"))
    sk_view_toast (SK_VIEW (self), _("Candidate removed"), TRUE);
  show_matrix (self, m);
}

static gboolean
reshow_idle (gpointer data)
{
  SkMatrixView *self = data;

  self->reshow_id = 0;
  if (self->matrix != NULL && self->content != NULL)
    show_matrix (self, self->matrix);
  return G_SOURCE_REMOVE;
}

/* "Add a Candidate…" chose a municipality (its id). */
static void
add_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);
  SkMatrix *m = self->matrix;
  SkCandidate *c;

  if (m == NULL || sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), id) == NULL)
    return;
  for (guint k = 0; k < m->candidates->len; k++)
    if (g_strcmp0 (((SkCandidate *) g_ptr_array_index (m->candidates, k))->municipality, id) == 0)
      return;
  c = sk_candidate_new ();
  c->municipality = g_strdup (id);
  begin_edit (self, NULL);
  g_ptr_array_add (m->candidates, c);
  end_edit (self);
  /* Not now: the page would go with the menu still closing. */
  if (self->reshow_id == 0)
    self->reshow_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reshow_idle, self, NULL);
}

/* As prepared, variants, copy and export */

static void
restore_cb (SkMatrixView *self)
{
  SkMatrix *p = prepared_matrix (self);
  SkMatrix *m = self->matrix;

  if (p == NULL)
    {
      sk_view_toast (SK_VIEW (self), _("This matrix is new since the file was saved"), FALSE);
      return;
    }
  begin_edit (self, NULL);
  walk_prepared (self, TRUE);
  end_edit (self);
  show_matrix (self, m);
  sk_view_toast (SK_VIEW (self), _("The values as prepared are back"), TRUE);
}

typedef struct
{
  SkMatrixView *self;
  GtkWidget    *entry;
} VariantData;

static void
variant_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     VariantData      *vd)
{
  SkMatrixView *self = vd->self;

  if (g_str_equal (response, "keep") && self->matrix != NULL)
    {
      const char *name = gtk_editable_get_text (GTK_EDITABLE (vd->entry));
      SkMatrix *copy = sk_matrix_copy (self->matrix);
      GPtrArray *matrices = sk_project_get_matrices (sk_view_get_project (SK_VIEW (self)));
      guint n = 2;

      do
        {
          g_free (copy->id);
          copy->id = g_strdup_printf ("%.50s-variant-%u", self->matrix->id, n++);
        }
      while (sk_project_find_matrix (sk_view_get_project (SK_VIEW (self)), copy->id) != NULL);
      /* Translators: the title of a kept variant, "Oppmøtestad — med høgare vekt på avstand" */
      g_free (copy->title);
      copy->title = g_strdup_printf (_("%s — %s"), self->matrix->title, name[0] ? name : _("variant"));
      begin_edit (self, NULL);
      g_ptr_array_add (matrices, copy);
      sk_project_changed (sk_view_get_project (SK_VIEW (self)));   /* the sidebar gains a row */
      sk_view_toast (SK_VIEW (self), _("The variant was kept as a matrix of its own"), FALSE);
    }
  g_object_unref (vd->self);
  g_free (vd);
}

static void
keep_variant_cb (SkMatrixView *self)
{
  VariantData *vd = g_new0 (VariantData, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                              _("Keep as Variant"),
                                              _("The weights and scores as they are now are kept as a new matrix beside this one."));

  vd->self = g_object_ref (self);
  vd->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (vd->entry), _("Name of the variant"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (vd->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Name of the variant"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), vd->entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "keep", _("_Keep"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "keep", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "keep");
  g_signal_connect (dialog, "response", G_CALLBACK (variant_response_cb), vd);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
copy_cb (SkMatrixView *self)
{
  g_autoptr(GArray) results = sk_matrix_compute (self->matrix);
  g_autoptr(SkExportTable) table = NULL;

  sk_matrix_results_by_rank (results);
  table = sk_export_matrix_table (sk_view_get_project (SK_VIEW (self)), self->matrix, results, TRUE);
  sk_clipboard_set_table (GTK_WIDGET (self), table);
  sk_view_toast (SK_VIEW (self), _("The table was copied"), FALSE);
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkMatrixView    *self)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;

  if (response != GTK_RESPONSE_ACCEPT || self->matrix == NULL)
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
  if (path == NULL || !sk_render_matrix_file (sk_view_get_project (SK_VIEW (self)), self->matrix, path, &error))
    {
      GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                                  _("Could Not Export"), error ? error->message : NULL);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
  else
    sk_view_toast_exported (SK_VIEW (self), path);
}

static void
export_cb (SkMatrixView *self)
{
  g_autofree char *name = g_strdup_printf ("%s.png", self->matrix->id);
  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (self), _("Export Chart (PNG, SVG or PDF)"),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), name,
                                                      G_CALLBACK (export_response_cb), self);

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static GtkWidget *
slider_new (GtkAdjustment *adjustment,
            double         prepared,
            gboolean       has_prepared,
            gboolean       draws_value,
            const char    *accessible_name)
{
  GtkWidget *scale = gtk_scale_new (GTK_ORIENTATION_HORIZONTAL, adjustment);

  gtk_scale_set_digits (GTK_SCALE (scale), 1);
  /* The value's label, when it has one: GTK measures the widest value
   * when it makes it (~0.5 M instructions a slider). */
  gtk_scale_set_draw_value (GTK_SCALE (scale), draws_value);
  if (draws_value)
    gtk_scale_set_value_pos (GTK_SCALE (scale), GTK_POS_RIGHT);
  gtk_range_set_round_digits (GTK_RANGE (scale), 1);
  /* The value as prepared stays visible as a mark under the slider. */
  if (has_prepared)
    gtk_scale_add_mark (GTK_SCALE (scale), prepared, GTK_POS_BOTTOM, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scale), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_name, -1);
  sk_widget_set_tooltip (scale, accessible_name);
  sk_scale_guard_scroll (scale);
  return scale;
}

/* A button whose label is cut short in a narrow window (the page fits half
 * a laptop's screen in Norwegian too). */
static GtkWidget *
shrinking_button_new (const char *mnemonic)
{
  GtkWidget *button = gtk_button_new ();
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), button);
  return button;
}

static GtkWidget *
menu_button (const char *label,
             GMenu      *menu)
{
  GtkWidget *button = sk_more_button_new (label, G_MENU_MODEL (menu));

  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
menu_add (GMenu      *menu,
          const char *label,
          const char *action,
          guint       index)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_uint32 (index));
  g_menu_append_item (menu, item);
}

static void
show_matrix (SkMatrixView *self,
             SkMatrix     *matrix)
{
  GtkWidget *bar, *group, *grid, *add;
  g_autofree char *scale_text = NULL;
  double wmax = sk_matrix_get_weight_max (matrix), smax = sk_matrix_get_scale_max (matrix);
  GPtrArray *all = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));
  g_autoptr(GMenu) free_menu = g_menu_new ();
  guint n_free = 0;

  sk_view_new_page (SK_VIEW (self));
  sk_box_clear (self->content);
  self->matrix = matrix;
  g_ptr_array_set_size (self->weight_rows, 0);

  gtk_box_append (self->content, sk_heading_new (matrix->title));
  scale_text = g_strdup_printf (_("Weights from 0 to %g, scores from 0 to %g"), wmax, smax);
  gtk_box_append (self->content, sk_sentence_new (scale_text, "dim-label"));
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  {
    GtkWidget *restore = shrinking_button_new (_("_Restore as Prepared"));

    /* Sensitive and explained by update_results (). */
    g_signal_connect_object (restore, "clicked", G_CALLBACK (restore_cb), self, G_CONNECT_SWAPPED);
    gtk_box_append (GTK_BOX (bar), restore);
    self->restore = restore;
  }
  {
    GtkWidget *keep = shrinking_button_new (_("_Keep as Variant…"));

    g_signal_connect_object (keep, "clicked", G_CALLBACK (keep_variant_cb), self, G_CONNECT_SWAPPED);
    gtk_box_append (GTK_BOX (bar), keep);
  }
  {
    g_autoptr(GMenu) menu = g_menu_new ();
    GtkWidget *more;

    g_menu_append (menu, _("Copy the Table"), "matrix.copy");
    g_menu_append (menu, _("Export the Chart…"), "matrix.export");
    if (!sk_view_get_presenting (SK_VIEW (self)))
      {
        g_autoptr(GMenu) records = g_menu_new ();

        g_menu_append (records, _("New Scoring Matrix…"), "matrix.new");
        g_menu_append (records, _("Rename…"), "matrix.rename");
        g_menu_append (records, _("Delete the Matrix"), "matrix.delete");
        g_menu_append_section (menu, NULL, G_MENU_MODEL (records));
      }
    more = sk_more_button_new (_("Matrix Menu"), G_MENU_MODEL (menu));
    gtk_widget_set_halign (more, GTK_ALIGN_END);
    gtk_widget_set_hexpand (more, TRUE);
    gtk_box_append (GTK_BOX (bar), more);
  }
  gtk_box_append (self->content, bar);

  /* The result: chart, verdict, table */
  self->verdict = sk_sentence_new ("", "title-4");
  gtk_box_append (self->content, self->verdict);
  self->chart = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->chart), 44 * MAX (matrix->candidates->len, 1));
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->chart), chart_draw, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->chart), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Chart of each candidate's score by factor; dashed: as prepared"), -1);
  gtk_box_append (self->content, self->chart);
  /* Chart, legend and ranking once there is a candidate to score (the
   * verdict says to add one). */
  gtk_widget_set_visible (self->chart, matrix->candidates->len > 0);
  {
    GtkWidget *legend = gtk_flow_box_new ();

    gtk_widget_set_visible (legend, matrix->candidates->len > 0);
    /* Words beside colours, nothing to act on: no Tab stop (a flow box's
     * children take the focus, and Tab went round them for good). */
    gtk_widget_set_can_focus (legend, FALSE);
    gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (legend), GTK_SELECTION_NONE);
    gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (legend), 4);
    for (guint f = 0; f < matrix->factors->len; f++)
      {
        SkFactor *factor = g_ptr_array_index (matrix->factors, f);
        g_autofree char *esc = g_markup_escape_text (factor->name, -1);
        g_autofree char *markup = NULL;
        GtkWidget *item = gtk_label_new (NULL);
        SkRgb c;

        sk_factor_colour (f, &c);
        markup = g_strdup_printf ("<span foreground=\"#%02x%02x%02x\">■</span> %s",
                                  (int) (c.red * 255), (int) (c.green * 255), (int) (c.blue * 255), esc);
        gtk_label_set_markup (GTK_LABEL (item), markup);
        gtk_label_set_xalign (GTK_LABEL (item), 0);
        gtk_widget_add_css_class (item, "caption");
        gtk_flow_box_append (GTK_FLOW_BOX (legend), item);
      }
    gtk_box_append (self->content, legend);
  }
  self->results_grid = GTK_GRID (gtk_grid_new ());
  gtk_grid_set_column_spacing (self->results_grid, 24);
  gtk_grid_set_row_spacing (self->results_grid, 4);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->results_grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Ranking"), -1);
  {
    GtkWidget *ranking = sk_sideways_scroller_new (GTK_WIDGET (self->results_grid), _("Ranking"));

    gtk_widget_set_visible (ranking, matrix->candidates->len > 0);
    gtk_box_append (self->content, ranking);
  }

  /* Weights, each with how far it can move */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Weights"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("How much each factor matters for this service. The mark under a slider is the value as prepared."));
  add = sk_icon_button_new ("list-add-symbolic", _("Add a Factor"), G_CALLBACK (add_factor_cb), self);
  gtk_widget_add_css_class (add, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  for (guint f = 0; f < matrix->factors->len; f++)
    {
      SkFactor *factor = g_ptr_array_index (matrix->factors, f);
      GtkAdjustment *adj = gtk_adjustment_new (factor->weight, 0, wmax, 0.5, 1, 0);
      g_autofree char *name = g_strdup_printf (_("Weight of %s"), factor->name);
      g_autofree char *title = g_markup_escape_text (factor->name, -1);
      g_autoptr(GMenu) menu = g_menu_new ();
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *scale, *spin;
      double prep = 0;
      gboolean has_prep = prepared_weight (self, factor->id, &prep);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      /* Room for the factor's name beside the slider: narrow, the side
       * list gives way rather than the name standing a letter a line. */
      gtk_widget_set_size_request (row, 400, -1);
      sk_row_title_keeps_words (row);
      if (factor->note)
        sk_widget_set_tooltip (row, factor->note);
      g_object_set_data (G_OBJECT (adj), "sk-factor", factor);
      sk_view_mark_current (SK_VIEW (self), adj);
      /* The spin button beside it shows the value; narrow, the factor's
       * name keeps room for its words. On the projector the chair drags
       * it with the mouse: longer there. */
      scale = slider_new (adj, prep, has_prep, FALSE, name);
      gtk_widget_set_size_request (scale, sk_view_get_presenting (SK_VIEW (self)) ? 240 : 140, -1);
      spin = gtk_spin_button_new (adj, 0.5, 2);
      sk_spin_button_show_short (spin);
      gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      g_signal_connect_object (adj, "value-changed", G_CALLBACK (weight_changed_cb), self, G_CONNECT_SWAPPED);
      menu_add (menu, _("Edit Name and Note…"), "matrix.edit-factor", f);
      if (f > 0)
        menu_add (menu, _("Move Up"), "matrix.factor-up", f);
      if (f + 1 < matrix->factors->len)
        menu_add (menu, _("Move Down"), "matrix.factor-down", f);
      menu_add (menu, _("Remove"), "matrix.remove-factor", f);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), scale);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), menu_button (_("Factor Menu"), menu));
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_object_set_data (G_OBJECT (row), "sk-adjustment", adj);
      g_ptr_array_add (self->weight_rows, row);
    }
  gtk_widget_set_margin_top (group, 12);
  gtk_box_append (self->content, group);

  /* Scores: a slider per candidate and factor */
  gtk_box_append (self->content, sk_label_new (_("Scores"), "heading"));
  grid = gtk_grid_new ();
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 2);
  for (guint c = 0; c < matrix->candidates->len; c++)
    {
      SkCandidate *cand = g_ptr_array_index (matrix->candidates, c);
      SkCandidate *then = prepared_candidate (self, cand->municipality);
      GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
      g_autoptr(GMenu) menu = g_menu_new ();
      GtkWidget *name = sk_label_new (candidate_name (self, cand), "heading");

      gtk_widget_set_hexpand (name, TRUE);
      if (cand->note)
        sk_widget_set_tooltip (name, cand->note);
      gtk_box_append (GTK_BOX (head), name);
      menu_add (menu, _("Edit Note…"), "matrix.edit-candidate", c);
      if (c > 0)
        menu_add (menu, _("Move Left"), "matrix.candidate-left", c);
      if (c + 1 < matrix->candidates->len)
        menu_add (menu, _("Move Right"), "matrix.candidate-right", c);
      menu_add (menu, _("Remove"), "matrix.remove-candidate", c);
      gtk_box_append (GTK_BOX (head), menu_button (_("Candidate Menu"), menu));
      gtk_grid_attach (GTK_GRID (grid), head, 1 + c, 0, 1, 1);
      for (guint f = 0; f < matrix->factors->len; f++)
        {
          SkFactor *factor = g_ptr_array_index (matrix->factors, f);
          GtkAdjustment *adj = gtk_adjustment_new (sk_candidate_get_score (cand, factor->id), 0, smax, 0.5, 1, 0);
          g_autofree char *label_text = g_strdup_printf (_("Score of %s for %s"), candidate_name (self, cand), factor->name);
          GtkWidget *scale;

          g_object_set_data (G_OBJECT (adj), "sk-factor", factor);
          g_object_set_data (G_OBJECT (adj), "sk-candidate", cand);
          sk_view_mark_current (SK_VIEW (self), adj);
          scale = slider_new (adj, then ? sk_candidate_get_score (then, factor->id) : 0, then != NULL, TRUE, label_text);
          gtk_widget_set_size_request (scale, 170, -1);
          g_signal_connect_object (adj, "value-changed", G_CALLBACK (score_changed_cb), self, G_CONNECT_SWAPPED);
          gtk_grid_attach (GTK_GRID (grid), scale, 1 + c, f + 1, 1, 1);
        }
    }
  for (guint f = 0; f < matrix->factors->len; f++)
    {
      GtkWidget *name = sk_label_new (((SkFactor *) g_ptr_array_index (matrix->factors, f))->name, NULL);

      gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (name), 28);
      gtk_grid_attach (GTK_GRID (grid), name, 0, f + 1, 1, 1);
    }
  /* A municipality of the project that is not a candidate yet: a menu,
   * not a drop-down, for choosing one adds it and selects nothing. */
  for (guint i = 0; i < all->len; i++)
    {
      SkMunicipality *mu = g_ptr_array_index (all, i);
      gboolean taken = FALSE;

      for (guint k = 0; k < matrix->candidates->len; k++)
        taken |= g_strcmp0 (((SkCandidate *) g_ptr_array_index (matrix->candidates, k))->municipality, mu->id) == 0;
      if (!taken)
        {
          g_autoptr(GMenuItem) entry = g_menu_item_new (mu->name, NULL);

          g_menu_item_set_action_and_target_value (entry, "matrix.add-candidate", g_variant_new_string (mu->id));
          g_menu_append_item (free_menu, entry);
          n_free++;
        }
    }
  if (n_free > 0)
    {
      GtkWidget *add = gtk_menu_button_new ();

      gtk_menu_button_set_label (GTK_MENU_BUTTON (add), _("Add a Candidate…"));
      gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (add), G_MENU_MODEL (free_menu));
      sk_popover_keeps_page (gtk_menu_button_get_popover (GTK_MENU_BUTTON (add)));
      gtk_widget_set_valign (add, GTK_ALIGN_START);
      gtk_accessible_update_property (GTK_ACCESSIBLE (add), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Add a Candidate"), -1);
      gtk_grid_attach (GTK_GRID (grid), add, 1 + matrix->candidates->len, 0, 1, 1);
    }
  gtk_box_append (self->content, sk_sideways_scroller_new (grid, _("Scores")));

  /* Tornado, once there are two candidates for the lead */
  {
    GtkWidget *heading = sk_sentence_new (_("How far each weight can move before the leader changes"), "heading");

    gtk_widget_set_visible (heading, matrix->candidates->len > 1);
    gtk_box_append (self->content, heading);
  }
  self->tornado = gtk_drawing_area_new ();
  gtk_widget_set_visible (self->tornado, matrix->candidates->len > 1);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->tornado),
                                       28 * MAX (matrix->factors->len, 1) + SK_TORNADO_FOOT);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->tornado), tornado_draw, self, NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->tornado), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Sensitivity chart: the range of each weight over which the leader holds"), -1);
  gtk_box_append (self->content, self->tornado);

  update_results (self);
}

static void
row_selected_cb (SkMatrixView  *self,
                 GtkListBoxRow *row)
{
  SkMatrix *matrix = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;

  sk_box_clear (self->content);
  self->results_grid = NULL;
  self->restore = NULL;
  self->matrix = NULL;
  if (matrix == NULL)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  show_matrix (self, matrix);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkMatrixView *self)
{
  GPtrArray *matrices;
  g_autofree char *keep = sk_view_take_shown_id (SK_VIEW (self));

  self->matrix = NULL;
  self->results_grid = NULL;
  self->restore = NULL;
  sk_list_box_clear (self->sidebar);
  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return;
  matrices = sk_project_get_matrices (sk_view_get_project (SK_VIEW (self)));
  for (guint i = 0; i < matrices->len; i++)
    {
      SkMatrix *m = g_ptr_array_index (matrices, i);
      g_autofree char *sub = candidates_subtitle (m);

      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (m->title, sub, m));
    }
  if (matrices->len == 0)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  for (guint i = 0; keep && i < matrices->len; i++)
    if (g_strcmp0 (((SkMatrix *) g_ptr_array_index (matrices, i))->id, keep) == 0)
      {
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i));
        return;
      }
  sk_select_first_row (self->sidebar);
}

/* SkView */

static void
rebuild_vfunc (SkView *view)
{
  rebuild (SK_MATRIX_VIEW (view));
}

static const char *
shown_id_vfunc (SkView *view)
{
  SkMatrixView *self = SK_MATRIX_VIEW (view);

  return self->matrix ? self->matrix->id : NULL;
}

static void
forget_vfunc (SkView *view)
{
  SkMatrixView *self = SK_MATRIX_VIEW (view);

  self->matrix = NULL;
  self->results_grid = NULL;
  self->restore = NULL;
}

static void
row_selected_vfunc (SkView        *view,
                    GtkListBoxRow *row)
{
  row_selected_cb (SK_MATRIX_VIEW (view), row);
}

static void
sk_matrix_view_dispose (GObject *object)
{
  SkMatrixView *self = SK_MATRIX_VIEW (object);

  g_clear_handle_id (&self->reshow_id, g_source_remove);
  self->results_grid = NULL;
  self->restore = NULL;
  /* The rows go with SkView's dispose: nothing of ours to show them in. */
  self->content = NULL;
  g_clear_pointer (&self->weight_rows, g_ptr_array_unref);
  g_clear_pointer (&self->sensitivity, g_array_unref);
  G_OBJECT_CLASS (sk_matrix_view_parent_class)->dispose (object);
}

/* A weight undone or redone: its slider and the results, not the page. */
static gboolean
record_changed_vfunc (SkView       *view,
                      SkRecordKind  kind,
                      const char   *id,
                      const char   *field)
{
  SkMatrixView *self = SK_MATRIX_VIEW (view);
  gsize n;

  if (self->matrix == NULL || self->matrix->id == NULL || self->results_grid == NULL ||
      kind != SK_RECORD_FACTOR || g_strcmp0 (field, "weight") != 0)
    return FALSE;
  n = strlen (self->matrix->id);
  if (strncmp (id, self->matrix->id, n) != 0 || id[n] != '/')
    return FALSE;
  for (guint f = 0; f < self->weight_rows->len; f++)
    {
      GtkAdjustment *adj = g_object_get_data (g_ptr_array_index (self->weight_rows, f), "sk-adjustment");
      SkFactor *factor = adj ? g_object_get_data (G_OBJECT (adj), "sk-factor") : NULL;

      if (factor == NULL || g_strcmp0 (factor->id, id + n + 1) != 0)
        continue;
      /* The record's value already: not an edit (weight_changed_cb). */
      gtk_adjustment_set_value (adj, factor->weight);
      update_results (self);
      return TRUE;
    }
  return FALSE;
}

static void
sk_matrix_view_class_init (SkMatrixViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SkViewClass *view_class = SK_VIEW_CLASS (klass);

  object_class->dispose = sk_matrix_view_dispose;
  view_class->rebuild = rebuild_vfunc;
  view_class->shown_id = shown_id_vfunc;
  view_class->forget = forget_vfunc;
  view_class->row_selected = row_selected_vfunc;
  view_class->record_changed = record_changed_vfunc;

  gtk_widget_class_install_action (widget_class, "matrix.copy", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.export", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.new", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.delete", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.rename", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.edit-factor", "u", factor_action);
  gtk_widget_class_install_action (widget_class, "matrix.factor-up", "u", factor_action);
  gtk_widget_class_install_action (widget_class, "matrix.factor-down", "u", factor_action);
  gtk_widget_class_install_action (widget_class, "matrix.remove-factor", "u", factor_action);
  gtk_widget_class_install_action (widget_class, "matrix.edit-candidate", "u", candidate_action);
  gtk_widget_class_install_action (widget_class, "matrix.add-candidate", "s", add_candidate_action);
  gtk_widget_class_install_action (widget_class, "matrix.candidate-left", "u", candidate_action);
  gtk_widget_class_install_action (widget_class, "matrix.candidate-right", "u", candidate_action);
  gtk_widget_class_install_action (widget_class, "matrix.remove-candidate", "u", candidate_action);
}

static void
sk_matrix_view_init (SkMatrixView *self)
{
  SkView *view = SK_VIEW (self);

  self->sidebar = sk_view_get_sidebar (view);
  self->content_stack = sk_view_get_content_stack (view);
  self->content = sk_view_get_content (view);
  self->weight_rows = g_ptr_array_new ();
  sk_view_setup (view, "view-grid-symbolic", _("No Scoring Matrices"),
                 _("Matrices score candidate host municipalities by weighted factors."),
                 _("Matrices"), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC, 1200);
  sk_view_add_empty_action (view, _("_New Scoring Matrix…"), "matrix.new");
}

/* Saved: the values now are the values as prepared, the marks under the
 * sliders move. */
static void
prepared_changed_cb (SkMatrixView *self)
{
  if (self->matrix != NULL && self->results_grid != NULL)
    show_matrix (self, self->matrix);
}

void
sk_matrix_view_set_document (SkMatrixView *self,
                             SkDocument   *document)
{
  SkDocument *old;

  g_return_if_fail (SK_IS_MATRIX_VIEW (self));

  old = sk_view_get_document (SK_VIEW (self));
  if (old != NULL)
    g_signal_handlers_disconnect_by_func (old, prepared_changed_cb, self);
  if (document != NULL)
    g_signal_connect_object (document, "prepared-changed", G_CALLBACK (prepared_changed_cb), self,
                             G_CONNECT_SWAPPED);
  sk_view_set_document (SK_VIEW (self), document);
}

void
sk_matrix_view_select (SkMatrixView *self,
                       const char   *id)
{
  g_return_if_fail (SK_IS_MATRIX_VIEW (self));
  sk_view_select (SK_VIEW (self), id, NULL);
}
