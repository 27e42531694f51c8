/* sk-matrix-view.c — host-municipality scoring: sliders, live ranking,
 * sensitivity, and the values as prepared beside the values now
 *
 * Every edit goes through sk-edit.h with the document's history; the
 * view follows the project's change signals (its own edits, undo and
 * redo alike): a weight or a score moves its slider and the results, a
 * name its labels, and only a factor or candidate added, removed or moved
 * makes the page anew.  The factor rows are SkMatrixRow, the scores
 * SkMatrixScores, the results SkMatrixResults, the dialogs in
 * sk-matrix-dialogs.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-matrix-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-clipboard.h"
#include "sk-edit.h"
#include "sk-export.h"
#include "sk-matrix.h"
#include "sk-matrix-dialogs.h"
#include "sk-page.h"
#include "sk-matrix-results.h"
#include "sk-matrix-row.h"
#include "sk-matrix-scores.h"
#include "sk-matrix-view.h"
#include "sk-render.h"
#include "sk-view-util.h"

struct _SkMatrixView
{
  SkView           parent_instance;

  /* The view's own, from SkView. */
  GtkListBox      *sidebar;
  GtkStack        *content_stack;
  GtkBox          *content;

  SkMatrix        *matrix;        /* shown; NULL when the page is not */
  GtkWidget       *heading;
  GtkWidget       *restore;       /* "Restore as Prepared", when there is something to restore */
  SkMatrixResults *results;
  GtkWidget       *tornado_heading;
  GPtrArray       *rows;          /* SkMatrixRow per factor, in order */
  SkMatrixScores  *scores;
  guint            reshow_id;     /* the page made anew, after a factor or candidate came or went */
};

G_DEFINE_FINAL_TYPE (SkMatrixView, sk_matrix_view, SK_TYPE_VIEW)

static void show_matrix (SkMatrixView *self, SkMatrix *matrix, gboolean lazy);

static SkHistory *
history (SkMatrixView *self)
{
  return sk_view_get_history (SK_VIEW (self));
}

static SkProject *
project (SkMatrixView *self)
{
  return sk_view_get_project (SK_VIEW (self));
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
prepared_weight (SkMatrix   *p,
                 const char *factor_id,
                 double     *weight)
{
  for (guint f = 0; p && f < p->factors->len; f++)
    if (g_strcmp0 (((SkFactor *) g_ptr_array_index (p->factors, f))->id, factor_id) == 0)
      {
        *weight = ((SkFactor *) g_ptr_array_index (p->factors, f))->weight;
        return TRUE;
      }
  return FALSE;
}

/* Whether a weight or score differs from its value as prepared. */
static gboolean
differs_from_prepared (SkMatrixView *self)
{
  SkMatrix *p = prepared_matrix (self), *m = self->matrix;

  for (guint f = 0; p && f < m->factors->len; f++)
    {
      SkFactor *factor = g_ptr_array_index (m->factors, f);
      double w;

      if (prepared_weight (p, factor->id, &w) && w != factor->weight)
        return TRUE;
      for (guint c = 0; c < m->candidates->len; c++)
        {
          SkCandidate *cand = g_ptr_array_index (m->candidates, c);

          for (guint k = 0; k < p->candidates->len; k++)
            {
              SkCandidate *then = g_ptr_array_index (p->candidates, k);

              if (g_strcmp0 (then->municipality, cand->municipality) == 0 &&
                  sk_candidate_get_score (then, factor->id) != sk_candidate_get_score (cand, factor->id))
                return TRUE;
            }
        }
    }
  return FALSE;
}

/* The side list's subtitle of a matrix: "2 candidates". */
static char *
candidates_subtitle (SkMatrix *m)
{
  return g_strdup_printf (ngettext ("%u candidate", "%u candidates", m->candidates->len), m->candidates->len);
}

static void
update_sidebar (SkMatrixView *self,
                SkMatrix     *m)
{
  g_autofree char *sub = candidates_subtitle (m);

  sk_sidebar_update_record (self->sidebar, m, m->title, sub);
}

/* The results, how far each weight can move, and whether there is
 * anything to restore. */
static void
update_results (SkMatrixView *self)
{
  g_autoptr(GArray) sens = NULL;
  g_autofree char *first = NULL;

  if (self->results == NULL || self->matrix == NULL)
    return;
  if (self->restore != NULL)
    {
      gboolean is_new = prepared_matrix (self) == NULL;
      const char *tip = is_new ? _("This matrix is new since the file was saved")
                               : _("Put back the weights and scores as they were saved");

      gtk_widget_set_sensitive (self->restore, !is_new && differs_from_prepared (self));
      if (g_strcmp0 (gtk_widget_get_tooltip_text (self->restore), tip) != 0)
        sk_widget_set_tooltip (self->restore, tip);
    }
  sens = sk_matrix_results_update (self->results);
  /* With fewer than two candidates no weight can change the leader. */
  first = sk_sensitivity_first_name (project (self), self->matrix);
  for (guint f = 0; sens && f < sens->len && f < self->rows->len; f++)
    {
      g_autofree char *text = self->matrix->candidates->len > 1
                              ? sk_sensitivity_text (project (self), self->matrix,
                                                     &g_array_index (sens, SkSensitivity, f), first)
                              : NULL;

      sk_matrix_row_set_range_text (g_ptr_array_index (self->rows, f), text);
    }
}

/* Editing: each a call of sk-edit.h; what it changed comes back through
 * the change signals (record_changed_vfunc ()). */

static void
weight_changed_cb (SkMatrixView *self,
                   double        value,
                   SkMatrixRow  *row)
{
  g_autoptr(GError) error = NULL;

  /* A row of a page gone, or of a window closing, taking its text as it
   * goes: not an edit. */
  if (self->matrix == NULL || !g_ptr_array_find (self->rows, row, NULL) || !gtk_widget_get_mapped (GTK_WIDGET (row)))
    return;
  /* A drag is one step of undo. */
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self)));
  if (!sk_edit_set_weight (history (self), project (self), self->matrix->id, sk_matrix_row_get_factor_id (row),
                           value, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
}

static void
score_changed_cb (SkMatrixView   *self,
                  const char     *municipality,
                  const char     *factor_id,
                  double          value,
                  SkMatrixScores *scores)
{
  g_autoptr(GError) error = NULL;

  if (self->matrix == NULL || scores != self->scores || !gtk_widget_get_mapped (GTK_WIDGET (scores)))
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (self)));
  if (!sk_edit_set_score (history (self), project (self), self->matrix->id, municipality, factor_id, value, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
}

static void
add_factor_cb (SkMatrixView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->matrix != NULL &&
      !sk_edit_add_factor (history (self), project (self), self->matrix->id, _("New factor"), 1, NULL, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
}

static void
restore_cb (SkMatrixView *self)
{
  g_autoptr(GError) error = NULL;

  if (self->matrix == NULL)
    return;
  if (!sk_edit_restore_matrix (history (self), project (self), self->matrix->id, prepared_matrix (self), &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
  else
    sk_view_toast (SK_VIEW (self), _("The values as prepared are back"), TRUE);
}

static void
keep_variant_cb (SkMatrixView *self)
{
  if (self->matrix != NULL)
    sk_matrix_keep_variant (SK_VIEW (self), self->matrix->id);
}

static void
copy_cb (SkMatrixView *self)
{
  g_autoptr(GArray) results = sk_matrix_compute (self->matrix);
  g_autoptr(SkExportTable) table = NULL;

  sk_matrix_results_by_rank (results);
  table = sk_export_matrix_table (project (self), self->matrix, results, TRUE);
  sk_clipboard_set_table (GTK_WIDGET (self), table);
  sk_view_toast (SK_VIEW (self), _("The table was copied"), FALSE);
}

static void
new_matrix_done (SkView     *view,
                 const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  /* A matrix has at least one factor (to rename); candidates come next. */
  if (!sk_edit_add_matrix (sk_view_get_history (view), sk_view_get_project (view), title, _("New factor"), &id,
                           &error))
    {
      sk_view_toast (view, error->message, FALSE);
      return;
    }
  sk_view_select (view, id, NULL);
}

static void
matrix_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);

  if (project (self) == NULL)
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
    sk_matrix_export_chart (SK_VIEW (self), self->matrix->id);
}

static guint
position_of (GPtrArray  *records,
             const char *id)
{
  /* Factors and candidates start with their id (a candidate's is its
   * municipality). */
  for (guint i = 0; i < records->len; i++)
    if (g_strcmp0 (*(char **) g_ptr_array_index (records, i), id) == 0)
      return i;
  return G_MAXUINT;
}

/* The factor and candidate menus: actions on the view, with the factor's
 * id or the candidate's municipality. */
typedef struct
{
  const char *edit, *back, *remove;           /* the actions; any other moves forth */
  gsize records;                              /* the list in SkMatrix */
  void (*edit_cb) (SkView *, const char *, const char *);
  gboolean (*remove_cb) (SkHistory *, SkProject *, const char *, const char *, GError **);
  gboolean (*move_cb) (SkHistory *, SkProject *, const char *, const char *, guint, GError **);
  const char *removed;                        /* said when done */
} RecordMenu;

static const RecordMenu record_menus[] = {
  { "matrix.edit-factor", "matrix.factor-up", "matrix.remove-factor",
    G_STRUCT_OFFSET (SkMatrix, factors), sk_matrix_edit_factor, sk_edit_remove_factor, sk_edit_move_factor,
    N_("Factor removed") },
  { "matrix.edit-candidate", "matrix.candidate-left", "matrix.remove-candidate",
    G_STRUCT_OFFSET (SkMatrix, candidates), sk_matrix_edit_candidate, sk_edit_remove_candidate,
    sk_edit_move_candidate, N_("Candidate removed") },
};

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);
  /* A factor's actions say so in their names, a candidate's do not */
  const RecordMenu *menu = &record_menus[strstr (action_name, "factor") != NULL ? 0 : 1];
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr(GError) error = NULL;
  guint at;
  gboolean done;

  if (self->matrix == NULL ||
      (at = position_of (G_STRUCT_MEMBER (GPtrArray *, self->matrix, menu->records), id)) == G_MAXUINT)
    return;
  if (g_str_equal (action_name, menu->edit))
    {
      menu->edit_cb (SK_VIEW (self), self->matrix->id, id);
      return;
    }
  if (g_str_equal (action_name, menu->remove))
    done = menu->remove_cb (history (self), project (self), self->matrix->id, id, &error);
  else if (g_str_equal (action_name, menu->back))
    done = at == 0 || menu->move_cb (history (self), project (self), self->matrix->id, id, at - 1, &error);
  else
    done = menu->move_cb (history (self), project (self), self->matrix->id, id, at + 1, &error);
  if (!done)
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
  else if (g_str_equal (action_name, menu->remove))
    sk_view_toast (SK_VIEW (self), _(menu->removed), TRUE);
}

/* "Add a Candidate…" chose a municipality (its id). */
static void
add_candidate_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  SkMatrixView *self = SK_MATRIX_VIEW (widget);
  g_autoptr(GError) error = NULL;

  if (self->matrix != NULL &&
      !sk_edit_add_candidate (history (self), project (self), self->matrix->id,
                              g_variant_get_string (parameter, NULL), &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
}

/* The page */

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
action_bar_new (SkMatrixView *self)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *keep = shrinking_button_new (_("_Keep as Variant…"));
  g_autoptr(GMenu) menu = g_menu_new ();
  GtkWidget *more;

  /* Sensitive and explained by update_results (). */
  self->restore = shrinking_button_new (_("_Restore as Prepared"));
  g_signal_connect_object (self->restore, "clicked", G_CALLBACK (restore_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), self->restore);
  g_signal_connect_object (keep, "clicked", G_CALLBACK (keep_variant_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), keep);
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
  return bar;
}

static void
drop_page (SkMatrixView *self)
{
  g_clear_handle_id (&self->reshow_id, g_source_remove);
  self->matrix = NULL;
  self->heading = NULL;
  self->restore = NULL;
  self->results = NULL;
  self->tornado_heading = NULL;
  self->scores = NULL;
  if (self->rows != NULL)
    g_ptr_array_set_size (self->rows, 0);
}

/* Scores: a slider per candidate and factor; the tornado, once there are
 * two candidates for the lead. */
static void
show_below_fold (gpointer data)
{
  SkMatrixView *self = data;
  GtkBox *page = self->results ? GTK_BOX (gtk_widget_get_parent (GTK_WIDGET (self->results))) : NULL;
  gboolean lead = self->matrix != NULL && self->matrix->candidates->len > 1;

  if (page == NULL || self->matrix == NULL || self->scores != NULL)
    return;
  gtk_box_append (page, sk_label_new (_("Scores"), "heading"));
  self->scores = SK_MATRIX_SCORES (sk_matrix_scores_new (project (self), self->matrix, prepared_matrix (self)));
  g_signal_connect_object (self->scores, "score-changed", G_CALLBACK (score_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (page, sk_sideways_scroller_new (GTK_WIDGET (self->scores), _("Scores")));
  self->tornado_heading = sk_sentence_new (_("How far each weight can move before the leader changes"), "heading");
  gtk_label_set_width_chars (GTK_LABEL (self->tornado_heading), SK_MATRIX_LEAST_CHARS);
  gtk_widget_set_visible (self->tornado_heading, lead);
  gtk_box_append (page, self->tornado_heading);
  gtk_widget_set_visible (sk_matrix_results_get_tornado (self->results), lead);
  gtk_box_append (page, sk_matrix_results_get_tornado (self->results));
}

static void
show_matrix (SkMatrixView *self,
             SkMatrix     *matrix,
             gboolean      lazy)
{
  double wmax = sk_matrix_get_weight_max (matrix), smax = sk_matrix_get_scale_max (matrix);
  g_autofree char *scale_text = g_strdup_printf (_("Weights from 0 to %g, scores from 0 to %g"), wmax, smax);
  SkMatrix *prepared;
  GtkWidget *group, *add, *sentence;
  GtkBox *page = self->content;

  drop_page (self);
  sk_box_clear (self->content);
  self->matrix = matrix;
  prepared = prepared_matrix (self);
  /* In the view's page, which leaves out what is out of sight. */
  self->heading = sk_heading_new (matrix->title);
  gtk_label_set_width_chars (GTK_LABEL (self->heading), SK_MATRIX_LEAST_CHARS);
  gtk_box_append (page, self->heading);
  sentence = sk_sentence_new (scale_text, "dim-label");
  gtk_label_set_width_chars (GTK_LABEL (sentence), SK_MATRIX_LEAST_CHARS);
  gtk_box_append (page, sentence);
  gtk_box_append (page, action_bar_new (self));

  /* The result: verdict, chart, legend, table */
  self->results = SK_MATRIX_RESULTS (sk_matrix_results_new (sk_view_get_document (SK_VIEW (self)), matrix->id));
  gtk_box_append (page, GTK_WIDGET (self->results));

  /* Weights, each with how far it can move */
  group = adw_preferences_group_new ();
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Weights"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("How much each factor matters for this service. The mark under a slider is the value as prepared."));
  add = sk_icon_button_new ("list-add-symbolic", _("Add a Factor"), G_CALLBACK (add_factor_cb), self);
  gtk_widget_add_css_class (add, "flat");
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), add);
  /* Beside the button, the description's width is asked for a height. */
  sk_labels_width_for_any_height (group, "heading");
  sk_labels_least_chars (group, "heading", SK_MATRIX_LEAST_CHARS);
  for (guint f = 0; f < matrix->factors->len; f++)
    {
      SkFactor *factor = g_ptr_array_index (matrix->factors, f);
      GtkWidget *row = sk_matrix_row_new (factor, wmax, sk_view_get_presenting (SK_VIEW (self)));

      g_signal_connect_object (row, "weight-changed", G_CALLBACK (weight_changed_cb), self, G_CONNECT_SWAPPED);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), row);
      g_ptr_array_add (self->rows, row);
    }
  gtk_widget_set_margin_top (group, 12);
  gtk_box_append (page, group);
  /* The marks once the rows are in the window: a slider measures itself
   * for a mark, and out of the window it does so for a style it has not
   * got, its text with a Pango context made for none (the first frame
   * 2% fewer instructions). */
  for (guint f = 0; f < self->rows->len; f++)
    {
      SkMatrixRow *row = g_ptr_array_index (self->rows, f);
      double prep = 0;
      gboolean has_prep = prepared_weight (prepared, sk_matrix_row_get_factor_id (row), &prep);

      sk_matrix_row_set_prepared (row, has_prep, prep);
    }

  update_results (self);
  /* The scores and the sensitivity chart, below the fold: after the first
   * frame when the page is new. */
  if (lazy)
    sk_page_after_first_frame (SK_PAGE (page), show_below_fold, self);
  else
    show_below_fold (self);
}

/* The factor whose weight is being typed, and the text so far. */
static char *
typing_in (SkMatrixView  *self,
           char         **text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (guint f = 0; focus != NULL && f < self->rows->len; f++)
    {
      SkMatrixRow *row = g_ptr_array_index (self->rows, f);
      GtkWidget *spin = sk_matrix_row_get_spin (row);

      if (sk_focus_is_within (focus, spin))
        {
          *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (spin)));
          return g_strdup (sk_matrix_row_get_factor_id (row));
        }
    }
  return NULL;
}

static gboolean
reshow_idle (gpointer data)
{
  SkMatrixView *self = data;
  SkMatrix *matrix = self->matrix;
  g_autofree char *text = NULL;
  g_autofree char *factor_id = NULL;

  self->reshow_id = 0;
  if (matrix == NULL || self->content == NULL)
    return G_SOURCE_REMOVE;
  /* What is being typed stays, in the new row of the same factor (the
   * old spin button does not take it as it goes: weight_changed_cb ()). */
  factor_id = typing_in (self, &text);
  show_matrix (self, matrix, FALSE);
  for (guint f = 0; factor_id != NULL && f < self->rows->len; f++)
    {
      SkMatrixRow *row = g_ptr_array_index (self->rows, f);

      if (g_strcmp0 (sk_matrix_row_get_factor_id (row), factor_id) == 0)
        {
          GtkWidget *spin = sk_matrix_row_get_spin (row);

          gtk_widget_grab_focus (spin);
          gtk_editable_set_text (GTK_EDITABLE (spin), text);
          gtk_editable_set_position (GTK_EDITABLE (spin), -1);
        }
    }
  return G_SOURCE_REMOVE;
}

/* Once for all the signals of one edit (a factor goes with its scores),
 * and not while a menu that asked for it is still closing. */
static void
reshow_later (SkMatrixView *self)
{
  if (self->reshow_id == 0)
    self->reshow_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reshow_idle, self, NULL);
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
  drop_page (self);
  if (matrix == NULL)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  show_matrix (self, matrix, TRUE);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkMatrixView *self)
{
  GPtrArray *matrices;
  g_autofree char *keep = sk_view_take_shown_id (SK_VIEW (self));

  drop_page (self);
  sk_list_box_clear (self->sidebar);
  if (project (self) == NULL)
    return;
  matrices = sk_project_get_matrices (project (self));
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
  if (!sk_sidebar_select_id (self->sidebar, keep, NULL))
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
row_selected_vfunc (SkView        *view,
                    GtkListBoxRow *row)
{
  row_selected_cb (SK_MATRIX_VIEW (view), row);
}

/* The matrix of a factor's or candidate's path "matrix/…", and the rest. */
static SkMatrix *
matrix_of_path (SkMatrixView  *self,
                const char    *id,
                const char   **rest)
{
  const char *slash = strchr (id, '/');
  g_autofree char *matrix_id = slash ? g_strndup (id, slash - id) : g_strdup (id);

  *rest = slash ? slash + 1 : NULL;
  return sk_project_find_matrix (project (self), matrix_id);
}

/* A field changed through sk-edit.h: the view's own edit, another's, an
 * undo or a redo.  What shows it is brought up to date; typing in the
 * other controls is left alone. */
static gboolean
record_changed_vfunc (SkView       *view,
                      SkRecordKind  kind,
                      const char   *id,
                      const char   *field)
{
  SkMatrixView *self = SK_MATRIX_VIEW (view);
  SkMatrix *m;
  const char *rest;

  if (kind != SK_RECORD_MATRIX && kind != SK_RECORD_FACTOR && kind != SK_RECORD_CANDIDATE)
    return FALSE;
  if ((m = matrix_of_path (self, id, &rest)) == NULL)
    return FALSE;
  if (m != self->matrix || self->results == NULL)
    {
      /* Another matrix: only its title shows, in the side list. */
      update_sidebar (self, m);
      return TRUE;
    }
  if (kind == SK_RECORD_MATRIX)
    {
      if (g_strcmp0 (field, "title") != 0)
        {
          /* The highest weight or score: the sliders' ranges. */
          reshow_later (self);
          return TRUE;
        }
      gtk_label_set_text (GTK_LABEL (self->heading), m->title);
      update_sidebar (self, m);
      return TRUE;
    }
  if (kind == SK_RECORD_FACTOR)
    {
      guint at = position_of (m->factors, rest);
      SkFactor *factor;
      SkMatrixRow *row;

      if (at == G_MAXUINT || at >= self->rows->len)
        return FALSE;
      factor = g_ptr_array_index (m->factors, at);
      row = g_ptr_array_index (self->rows, at);
      if (g_strcmp0 (sk_matrix_row_get_factor_id (row), factor->id) != 0)
        return FALSE;
      if (g_str_equal (field, "weight"))
        sk_matrix_row_set_weight (row, factor->weight);
      else
        {
          sk_matrix_row_set_factor (row, factor);
          if (self->scores != NULL)
            sk_matrix_scores_set_names (self->scores, project (self), m);
          sk_matrix_results_refill (self->results);
        }
      update_results (self);
      return TRUE;
    }
  /* A candidate's score or note (scores not made yet are made as they are). */
  if (self->scores != NULL && g_str_has_prefix (field, "scores."))
    {
      SkCandidate *cand;
      guint at = position_of (m->candidates, rest);

      if (at == G_MAXUINT)
        return FALSE;
      cand = g_ptr_array_index (m->candidates, at);
      sk_matrix_scores_set_score (self->scores, cand->municipality, field + strlen ("scores."),
                                  sk_candidate_get_score (cand, field + strlen ("scores.")));
    }
  else if (self->scores != NULL)
    sk_matrix_scores_set_names (self->scores, project (self), m);
  update_results (self);
  return TRUE;
}

/* A factor or candidate added, removed or moved: the page anew (the
 * sliders stand in a grid by position), the side list's count. */
static gboolean
record_listed_vfunc (SkView       *view,
                     SkRecordKind  kind,
                     const char   *id,
                     guint         position,
                     gboolean      inserted)
{
  SkMatrixView *self = SK_MATRIX_VIEW (view);
  SkMatrix *m;
  const char *rest;

  if (kind != SK_RECORD_FACTOR && kind != SK_RECORD_CANDIDATE)
    return FALSE;
  if ((m = matrix_of_path (self, id, &rest)) == NULL)
    return FALSE;
  update_sidebar (self, m);
  if (m == self->matrix && self->results != NULL)
    reshow_later (self);
  return TRUE;
}

static void
sk_matrix_view_dispose (GObject *object)
{
  SkMatrixView *self = SK_MATRIX_VIEW (object);

  drop_page (self);
  /* The rows go with SkView's dispose: nothing of ours to show them in. */
  self->content = NULL;
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (sk_matrix_view_parent_class)->dispose (object);
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
  view_class->row_selected = row_selected_vfunc;
  view_class->record_changed = record_changed_vfunc;
  view_class->record_listed = record_listed_vfunc;

  gtk_widget_class_install_action (widget_class, "matrix.copy", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.export", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.new", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.delete", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.rename", NULL, matrix_action);
  gtk_widget_class_install_action (widget_class, "matrix.edit-factor", "s", record_action);
  gtk_widget_class_install_action (widget_class, "matrix.factor-up", "s", record_action);
  gtk_widget_class_install_action (widget_class, "matrix.factor-down", "s", record_action);
  gtk_widget_class_install_action (widget_class, "matrix.remove-factor", "s", record_action);
  gtk_widget_class_install_action (widget_class, "matrix.edit-candidate", "s", record_action);
  gtk_widget_class_install_action (widget_class, "matrix.add-candidate", "s", add_candidate_action);
  gtk_widget_class_install_action (widget_class, "matrix.candidate-left", "s", record_action);
  gtk_widget_class_install_action (widget_class, "matrix.candidate-right", "s", record_action);
  gtk_widget_class_install_action (widget_class, "matrix.remove-candidate", "s", record_action);
}

static void
sk_matrix_view_init (SkMatrixView *self)
{
  SkView *view = SK_VIEW (self);

  self->sidebar = sk_view_get_sidebar (view);
  self->content_stack = sk_view_get_content_stack (view);
  self->content = sk_view_get_content (view);
  self->rows = g_ptr_array_new ();
  sk_view_setup (view, "view-grid-symbolic", _("No Scoring Matrices"),
                 _("Matrices score candidate host municipalities by weighted factors."),
                 _("Matrices"), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC, 1200);
  sk_view_add_empty_action (view, _("_New Scoring Matrix…"), "matrix.new");
}

/* Saved: the values now are the values as prepared, the marks under the
 * sliders move (in place: typing in a control stays). */
static void
prepared_changed_cb (SkMatrixView *self)
{
  SkMatrix *prepared;

  if (self->matrix == NULL || self->results == NULL)
    return;
  prepared = prepared_matrix (self);
  for (guint f = 0; f < self->rows->len; f++)
    {
      SkMatrixRow *row = g_ptr_array_index (self->rows, f);
      double prep = 0;
      gboolean has_prep = prepared_weight (prepared, sk_matrix_row_get_factor_id (row), &prep);

      sk_matrix_row_set_prepared (row, has_prep, prep);
    }
  if (self->scores != NULL)
    sk_matrix_scores_set_prepared (self->scores, prepared);
  update_results (self);
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
