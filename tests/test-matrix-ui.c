/* test-matrix-ui.c — the matrix view on the core's edit functions: each
 * edit one named step of the document's history, undone in place, and
 * what is being typed kept while another change arrives
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "sk-document.h"
#include "sk-matrix.h"
#include "sk-matrix-chart.h"
#include "sk-page.h"
#include "sk-matrix-row.h"
#include "sk-matrix-view.h"
#include "sk-render.h"
#include "sk-window.h"
#include "ui-util.h"

static SkApplication *app;
static char *example;

static SkWindow *
open_matrix_view (SkMatrixView **view)
{
  SkWindow *window = ui_window_open_loaded (app, example, 0, 0);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  *view = SK_MATRIX_VIEW (find_type (GTK_WIDGET (window), SK_TYPE_MATRIX_VIEW));
  g_assert_nonnull (*view);
  return window;
}

/* The shown matrix: the first. */
static SkMatrix *
shown_matrix (SkWindow *window)
{
  return g_ptr_array_index (sk_project_get_matrices (sk_window_get_project (window)), 0);
}

/* The rows of the weights, in order. */
static GPtrArray *
matrix_rows (GtkWidget *view)
{
  GPtrArray *rows = g_ptr_array_new ();
  GtkWidget *first = find_type (view, SK_TYPE_MATRIX_ROW);

  for (GtkWidget *w = first; w; w = gtk_widget_get_next_sibling (w))
    if (SK_IS_MATRIX_ROW (w))
      g_ptr_array_add (rows, w);
  return rows;
}

static AdwMessageDialog *
find_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  AdwMessageDialog *found = NULL;

  for (GList *l = toplevels; l && found == NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

/* A weight moved in the view: one step named after the factor; Ctrl+Z
 * puts it back, in the same row (not a page made anew). */
static void
test_weight_named_and_undone (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  SkMatrix *m = shown_matrix (window);
  SkFactor *factor = g_ptr_array_index (m->factors, 0);
  g_autoptr(GPtrArray) rows = matrix_rows (GTK_WIDGET (view));
  GtkWidget *spin = find_type (g_ptr_array_index (rows, 0), GTK_TYPE_SPIN_BUTTON);
  g_autofree char *label = g_strdup_printf ("Change Weight «%s»", factor->name);
  double weight = factor->weight;
  g_autoptr(GPtrArray) after = NULL;

  g_assert_cmpuint (rows->len, ==, m->factors->len);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), weight - 1);
  drain ();
  g_assert_cmpfloat (factor->weight, ==, weight - 1);
  g_assert_cmpstr (sk_history_get_undo_label (history_of (window)), ==, label);
  g_assert_cmpuint (sk_history_get_n_steps (history_of (window)), ==, 1);

  press_ctrl_z (window);
  g_assert_cmpfloat (factor->weight, ==, weight);
  g_assert_false (sk_history_get_can_undo (history_of (window)));
  after = matrix_rows (GTK_WIDGET (view));
  g_assert_true (g_ptr_array_index (after, 0) == g_ptr_array_index (rows, 0));
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, weight);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Text typed in the factor dialog's note, and a weight being typed in
 * another row, stay when a weight change is undone; the note applied is
 * one step, and undone too. */
static void
test_typing_survives_undo (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  SkMatrix *m = shown_matrix (window);
  SkFactor *first = g_ptr_array_index (m->factors, 0), *second = g_ptr_array_index (m->factors, 1);
  SkFactor *third = g_ptr_array_index (m->factors, 2);
  double third_weight = third->weight;
  g_autoptr(GPtrArray) rows = matrix_rows (GTK_WIDGET (view));
  GtkWidget *spin = find_type (g_ptr_array_index (rows, 0), GTK_TYPE_SPIN_BUTTON);
  GtkWidget *typing = find_type (g_ptr_array_index (rows, 2), GTK_TYPE_SPIN_BUTTON);
  g_autofree char *note = g_strdup (second->note);
  g_autofree char *label = g_strdup_printf ("Edit «%s»", second->name);
  double weight = first->weight;
  AdwMessageDialog *dialog;
  GtkWidget *name_entry, *note_entry;

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), weight - 1);
  drain ();
  g_assert_cmpfloat (first->weight, ==, weight - 1);

  /* Typing, not yet taken, while the weight's change is undone. */
  gtk_widget_grab_focus (typing);
  gtk_editable_set_text (GTK_EDITABLE (typing), "1.5");
  g_assert_true (sk_document_undo (sk_document_from_project (sk_window_get_project (window))));
  drain ();
  g_assert_cmpfloat (first->weight, ==, weight);
  g_assert_cmpfloat (gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), ==, weight);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (typing)), ==, "1.5");

  /* The dialog takes the focus: the weight typed is taken, an edit. */
  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.edit-factor", "s", second->id);
  drain ();
  g_assert_cmpfloat (third->weight, ==, 1.5);
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  name_entry = find_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY);
  note_entry = NULL;
  for (GtkWidget *w = gtk_widget_get_next_sibling (name_entry); w && note_entry == NULL; w = gtk_widget_get_next_sibling (w))
    if (GTK_IS_ENTRY (w))
      note_entry = w;
  g_assert_nonnull (note_entry);
  gtk_editable_set_text (GTK_EDITABLE (note_entry), "Skrive inn no");

  /* That weight undone while the note is being typed. */
  g_assert_true (sk_document_undo (sk_document_from_project (sk_window_get_project (window))));
  drain ();
  g_assert_cmpfloat (third->weight, ==, third_weight);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (note_entry)), ==, "Skrive inn no");

  adw_message_dialog_response (dialog, "apply");
  drain ();
  g_assert_cmpstr (second->note, ==, "Skrive inn no");
  g_assert_cmpstr (sk_history_get_undo_label (history_of (window)), ==, label);
  press_ctrl_z (window);
  g_assert_cmpstr (second->note, ==, note);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Removing and moving a factor, removing a candidate, restoring the
 * values as prepared and keeping a variant: each a named step that
 * Ctrl+Z takes back. */
static void
test_structure_through_history (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  SkHistory *history = history_of (window);
  GPtrArray *matrices = sk_project_get_matrices (sk_window_get_project (window));
  SkMatrix *m = shown_matrix (window);
  SkFactor *first = g_ptr_array_index (m->factors, 0);
  SkCandidate *cand = g_ptr_array_index (m->candidates, 0);
  g_autofree char *first_id = g_strdup (first->id);
  g_autofree char *removed = g_strdup_printf ("Remove «%s»", first->name);
  g_autofree char *moved = g_strdup_printf ("Move «%s»", first->name);
  g_autofree char *restored = g_strdup_printf ("Restore «%s» as Prepared", m->title);
  guint n_factors = m->factors->len, n_candidates = m->candidates->len, n_matrices = matrices->len;
  double weight = first->weight;
  g_autoptr(GPtrArray) rows = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *restore;

  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.remove-factor", "s", first_id);
  drain ();
  g_assert_cmpuint (m->factors->len, ==, n_factors - 1);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, removed);
  rows = matrix_rows (GTK_WIDGET (view));
  g_assert_cmpuint (rows->len, ==, n_factors - 1);
  g_clear_pointer (&rows, g_ptr_array_unref);
  press_ctrl_z (window);
  g_assert_cmpuint (m->factors->len, ==, n_factors);
  g_assert_cmpstr (((SkFactor *) g_ptr_array_index (m->factors, 0))->id, ==, first_id);
  rows = matrix_rows (GTK_WIDGET (view));
  g_assert_cmpuint (rows->len, ==, n_factors);
  g_assert_cmpstr (sk_matrix_row_get_factor_id (g_ptr_array_index (rows, 0)), ==, first_id);
  g_clear_pointer (&rows, g_ptr_array_unref);

  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.factor-down", "s", first_id);
  drain ();
  g_assert_cmpstr (((SkFactor *) g_ptr_array_index (m->factors, 1))->id, ==, first_id);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, moved);
  rows = matrix_rows (GTK_WIDGET (view));
  g_assert_cmpstr (sk_matrix_row_get_factor_id (g_ptr_array_index (rows, 1)), ==, first_id);
  g_clear_pointer (&rows, g_ptr_array_unref);
  press_ctrl_z (window);
  g_assert_cmpstr (((SkFactor *) g_ptr_array_index (m->factors, 0))->id, ==, first_id);

  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.remove-candidate", "s", cand->municipality);
  drain ();
  g_assert_cmpuint (m->candidates->len, ==, n_candidates - 1);
  press_ctrl_z (window);
  g_assert_cmpuint (m->candidates->len, ==, n_candidates);

  /* A candidate moves right and back left; the first factor goes no
   * higher, and that is no step. */
  {
    g_autofree char *municipality = g_strdup (((SkCandidate *) g_ptr_array_index (m->candidates, 0))->municipality);
    guint steps;

    gtk_widget_activate_action (GTK_WIDGET (view), "matrix.candidate-right", "s", municipality);
    drain ();
    g_assert_cmpstr (((SkCandidate *) g_ptr_array_index (m->candidates, 1))->municipality, ==, municipality);
    gtk_widget_activate_action (GTK_WIDGET (view), "matrix.candidate-left", "s", municipality);
    drain ();
    g_assert_cmpstr (((SkCandidate *) g_ptr_array_index (m->candidates, 0))->municipality, ==, municipality);
    steps = sk_history_get_n_steps (history);
    gtk_widget_activate_action (GTK_WIDGET (view), "matrix.factor-up", "s", first_id);
    drain ();
    g_assert_cmpuint (sk_history_get_n_steps (history), ==, steps);
    g_assert_cmpstr (((SkFactor *) g_ptr_array_index (m->factors, 0))->id, ==, first_id);
    press_ctrl_z (window);
    press_ctrl_z (window);
  }

  /* Restore as prepared, after a weight moved. */
  rows = matrix_rows (GTK_WIDGET (view));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (find_type (g_ptr_array_index (rows, 0), GTK_TYPE_SPIN_BUTTON)),
                             weight - 1);
  drain ();
  first = g_ptr_array_index (m->factors, 0);
  g_assert_cmpfloat (first->weight, ==, weight - 1);
  restore = find_label (GTK_WIDGET (view), "Restore as Prepared");
  g_assert_nonnull (restore);
  restore = gtk_widget_get_parent (restore);
  g_assert_true (gtk_widget_get_sensitive (restore));
  g_signal_emit_by_name (restore, "clicked");
  drain ();
  g_assert_cmpfloat (first->weight, ==, weight);
  g_assert_cmpstr (sk_history_get_undo_label (history), ==, restored);
  press_ctrl_z (window);
  g_assert_cmpfloat (first->weight, ==, weight - 1);

  /* Keep as variant: a matrix more, one step. */
  gtk_widget_activate_action (GTK_WIDGET (view), "matrix.rename", NULL);
  drain ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  adw_message_dialog_response (dialog, "cancel");
  drain ();
  g_signal_emit_by_name (gtk_widget_get_parent (find_label (GTK_WIDGET (view), "Keep as Variant…")), "clicked");
  drain ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_editable_set_text (GTK_EDITABLE (find_type (GTK_WIDGET (dialog), GTK_TYPE_ENTRY)), "lågare vekt");
  adw_message_dialog_response (dialog, "keep");
  drain ();
  g_assert_cmpuint (matrices->len, ==, n_matrices + 1);
  g_assert_true (g_str_has_suffix (((SkMatrix *) g_ptr_array_index (matrices, 1))->title, " — lågare vekt"));
  press_ctrl_z (window);
  g_assert_cmpuint (matrices->len, ==, n_matrices);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A factor removed (and its removal undone) makes the page anew: a
 * weight being typed in another row stays, in that factor's new row, and
 * is not taken as an edit on the way. */
static void
test_typing_survives_page_anew (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  SkMatrix *m = shown_matrix (window);
  SkFactor *third = g_ptr_array_index (m->factors, 2);
  g_autofree char *first_id = g_strdup (((SkFactor *) g_ptr_array_index (m->factors, 0))->id);
  g_autofree char *third_id = g_strdup (third->id);
  double third_weight = third->weight;
  g_autoptr(GPtrArray) rows = matrix_rows (GTK_WIDGET (view));
  GtkWidget *typing = sk_matrix_row_get_spin (g_ptr_array_index (rows, 2));

  gtk_widget_grab_focus (typing);
  gtk_editable_set_text (GTK_EDITABLE (typing), "1.5");
  for (int step = 0; step < 2; step++)
    {
      if (step == 0)
        gtk_widget_activate_action (GTK_WIDGET (view), "matrix.remove-factor", "s", first_id);
      else
        press_ctrl_z (window);
      drain ();
      g_clear_pointer (&rows, g_ptr_array_unref);
      rows = matrix_rows (GTK_WIDGET (view));
      g_assert_cmpuint (rows->len, ==, m->factors->len);
      typing = NULL;
      for (guint f = 0; f < rows->len; f++)
        if (g_strcmp0 (sk_matrix_row_get_factor_id (g_ptr_array_index (rows, f)), third_id) == 0)
          typing = sk_matrix_row_get_spin (g_ptr_array_index (rows, f));
      g_assert_nonnull (typing);
      g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (typing)), ==, "1.5");
      g_assert_true (gtk_widget_has_focus (typing) ||
                     gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), typing));
      g_assert_cmpfloat (third->weight, ==, third_weight);
    }
  g_assert_cmpuint (sk_history_get_n_steps (history_of (window)), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A score moved: one step, named after the factor; undone in place. */
static void
test_score_named_and_undone (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  SkProject *project = sk_window_get_project (window);
  SkMatrix *m = shown_matrix (window);
  SkFactor *factor = g_ptr_array_index (m->factors, 1);
  SkCandidate *cand = g_ptr_array_index (m->candidates, 0);
  SkMunicipality *mun = sk_project_find_municipality (project, cand->municipality);
  g_autofree char *tip = g_strdup_printf ("Score of %s for %s", mun->name, factor->name);
  g_autofree char *label = g_strdup_printf ("Change Score «%s»", factor->name);
  double score = sk_candidate_get_score (cand, factor->id);
  GtkWidget *scale = NULL;

  {
    g_autoptr(GPtrArray) stack = g_ptr_array_new ();

    g_ptr_array_add (stack, view);
    while (stack->len > 0 && scale == NULL)
      {
        GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

        if (GTK_IS_SCALE (w) && g_strcmp0 (gtk_widget_get_tooltip_text (w), tip) == 0)
          scale = w;
        for (GtkWidget *c = gtk_widget_get_first_child (w); c; c = gtk_widget_get_next_sibling (c))
          g_ptr_array_add (stack, c);
      }
  }
  g_assert_nonnull (scale);
  gtk_range_set_value (GTK_RANGE (scale), score > 1 ? score - 1 : score + 1);
  drain ();
  g_assert_cmpfloat (sk_candidate_get_score (cand, factor->id), ==, score > 1 ? score - 1 : score + 1);
  g_assert_cmpstr (sk_history_get_undo_label (history_of (window)), ==, label);
  press_ctrl_z (window);
  g_assert_cmpfloat (sk_candidate_get_score (cand, factor->id), ==, score);
  g_assert_cmpfloat (gtk_range_get_value (GTK_RANGE (scale)), ==, score);
  g_assert_true (gtk_widget_get_root (scale) == GTK_ROOT (window));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Whether the page, drawn, has a part that reaches into `area` (in the
 * page's coordinates): its drawing made by hand, each part in a node of
 * its own under the page's. */
static gboolean
page_draws_in (GtkWidget             *page,
               const graphene_rect_t *area)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  gboolean found = FALSE;

  GTK_WIDGET_GET_CLASS (page)->snapshot (page, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return FALSE;
  if (gsk_render_node_get_node_type (node) == GSK_CONTAINER_NODE)
    {
      for (guint i = 0; i < gsk_container_node_get_n_children (node) && !found; i++)
        {
          graphene_rect_t bounds;

          gsk_render_node_get_bounds (gsk_container_node_get_child (node, i), &bounds);
          found = graphene_rect_intersection (&bounds, area, NULL);
        }
    }
  else
    {
      graphene_rect_t bounds;

      gsk_render_node_get_bounds (node, &bounds);
      found = graphene_rect_intersection (&bounds, area, NULL);
    }
  gsk_render_node_unref (node);
  return found;
}

/* The parts of the page scrolled out of sight are not drawn (GTK's cairo
 * renderer would go through them at every frame); scrolled into sight,
 * they are; the sensitivity chart changed out of sight shows the change
 * when it comes into sight. */
static void
test_out_of_sight_not_drawn (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  GtkWidget *page = find_type (GTK_WIDGET (view), SK_TYPE_PAGE);
  GtkWidget *tornado, *scroller;
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  g_autoptr(GPtrArray) rows = matrix_rows (GTK_WIDGET (view));
  GtkWidget *spin = find_type (g_ptr_array_index (rows, 0), GTK_TYPE_SPIN_BUTTON);

  g_assert_nonnull (page);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  drain ();
  tornado = gtk_widget_get_last_child (page);
  g_assert_true (GTK_IS_DRAWING_AREA (tornado));
  scroller = gtk_widget_get_ancestor (page, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, 0);
  drain ();
  g_assert_true (gtk_widget_compute_bounds (tornado, page, &bounds));
  /* The page is longer than the window: the chart at its foot is out of sight. */
  g_assert_cmpfloat (bounds.origin.y, >, gtk_widget_get_height (scroller) + 16);
  g_assert_false (page_draws_in (page, &bounds));
  g_assert_true (page_draws_in (page, &GRAPHENE_RECT_INIT (0, 0, 10, 10)));

  /* A weight changed, then the foot scrolled into sight: drawn, and the
   * heading at the top no longer. */
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)) - 1);
  drain ();
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  drain ();
  g_assert_true (gtk_widget_compute_bounds (tornado, page, &bounds));
  g_assert_true (page_draws_in (page, &bounds));
  g_assert_false (page_draws_in (page, &GRAPHENE_RECT_INIT (0, 0, 10, 10)));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* Whether a widget's own drawing (its children's) has anything. */
static gboolean
draws_children (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  GskRenderNode *node;
  gboolean any;

  GTK_WIDGET_GET_CLASS (widget)->snapshot (widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  any = node != NULL;
  g_clear_pointer (&node, gsk_render_node_unref);
  return any;
}

/* The rows drawing their controls are those in sight (a row a few pixels
 * from the edge may draw them: a focus ring reaches out of a row);
 * returns how many are out of sight. */
static guint
assert_rows_drawn_in_sight (GPtrArray *rows,
                            GtkWidget *scroller)
{
  guint hidden = 0;

  for (guint i = 0; i < rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i);
      graphene_rect_t bounds;
      gboolean seen, near;

      g_assert_true (gtk_widget_compute_bounds (row, scroller, &bounds));
      seen = bounds.origin.y < gtk_widget_get_height (scroller) && bounds.origin.y + bounds.size.height > 0;
      near = bounds.origin.y < gtk_widget_get_height (scroller) + 8 && bounds.origin.y + bounds.size.height > -8;
      if (seen || !near)
        g_assert_cmpint (draws_children (row), ==, seen);
      hidden += !seen;
    }
  return hidden;
}

/* A weight's row scrolled out of sight leaves out its controls (GTK's
 * cairo renderer would go through them at every frame); in sight, it
 * draws them. */
static void
test_rows_out_of_sight (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  g_autoptr(GPtrArray) rows = matrix_rows (GTK_WIDGET (view));
  GtkWidget *last = g_ptr_array_index (rows, rows->len - 1);
  GtkWidget *scroller = gtk_widget_get_ancestor (last, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_rect_t bounds;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 600);
  drain ();
  gtk_adjustment_set_value (adjustment, 0);
  drain ();
  /* The last weight is below the window's foot. */
  g_assert_cmpuint (assert_rows_drawn_in_sight (rows, scroller), >, 0);
  g_assert_false (draws_children (last));

  /* Scrolled down to it: drawn. */
  g_assert_true (gtk_widget_compute_bounds (last, scroller, &bounds));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + bounds.origin.y);
  drain ();
  assert_rows_drawn_in_sight (rows, scroller);
  g_assert_true (draws_children (last));

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* The chart as the page draws it (render nodes) against the chart of
 * sk_render_matrix_chart () as the page drew it before, in a drawing
 * area (recorded, then painted): the same, but for a few levels where two
 * bars meet.  Returns a checksum of the picture; `painted`, the number
 * of pixels drawn. */
static char *
assert_chart_as_rendered (SkWindow  *window,
                          GtkWidget *chart,
                          guint     *painted)
{
  int width = gtk_widget_get_width (chart), height = gtk_widget_get_height (chart);
  SkMatrix *matrix = shown_matrix (window);
  SkMatrix *p = sk_document_get_prepared_matrix (sk_window_get_document (window), matrix->id);
  g_autoptr(GArray) prepared = g_array_new (FALSE, TRUE, sizeof (double));
  g_autofree char *font = pango_font_description_to_string (
    pango_context_get_font_description (gtk_widget_get_pango_context (chart)));
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  cairo_surface_t *nodes, *drawn, *recording;
  GskRenderNode *node;
  SkPalette palette;
  GdkRGBA fg;
  cairo_t *cr;
  char *checksum;

  *painted = 0;
  g_assert_cmpint (width, >, 100);
  g_assert_cmpint (height, >, 40);
  g_assert_nonnull (p);
  for (guint c = 0; c < matrix->candidates->len; c++)
    {
      SkCandidate *cand = g_ptr_array_index (matrix->candidates, c);
      double total = 0;

      for (guint k = 0; k < p->candidates->len; k++)
        {
          SkCandidate *then = g_ptr_array_index (p->candidates, k);

          for (guint f = 0; g_strcmp0 (then->municipality, cand->municipality) == 0 && f < p->factors->len; f++)
            {
              SkFactor *factor = g_ptr_array_index (p->factors, f);

              total += factor->weight * sk_candidate_get_score (then, factor->id);
            }
        }
      g_array_append_val (prepared, total);
    }

  GTK_WIDGET_GET_CLASS (chart)->snapshot (chart, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  nodes = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (nodes);
  gsk_render_node_draw (node, cr);
  cairo_destroy (cr);
  gsk_render_node_unref (node);

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (chart), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  sk_palette_init_light (&palette);
  palette.text = (SkRgb) { fg.red, fg.green, fg.blue };
  recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &(cairo_rectangle_t) { 0, 0, width, height });
  cr = cairo_create (recording);
  sk_render_matrix_chart (cr, sk_window_get_project (window), matrix, prepared, &palette, font, width, height);
  cairo_destroy (cr);
  drawn = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (drawn);
  cairo_set_source_surface (cr, recording, 0, 0);
  cairo_paint (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);

  cairo_surface_flush (nodes);
  cairo_surface_flush (drawn);
  for (int y = 0; y < height; y++)
    {
      const guint8 *a = cairo_image_surface_get_data (nodes) + y * cairo_image_surface_get_stride (nodes);
      const guint8 *b = cairo_image_surface_get_data (drawn) + y * cairo_image_surface_get_stride (drawn);

      for (int i = 0; i < width * 4; i++)
        {
          if (ABS (a[i] - b[i]) > 8)
            g_error ("the chart differs at (%d, %d): %d against %d", i / 4, y, a[i], b[i]);
          *painted += i % 4 == 3 && a[i] > 0;
        }
    }
  checksum = g_compute_checksum_for_data (G_CHECKSUM_SHA1, cairo_image_surface_get_data (nodes),
                                          cairo_image_surface_get_stride (nodes) * height);
  cairo_surface_destroy (nodes);
  cairo_surface_destroy (drawn);
  return checksum;
}

/* The chart of the scores by factor, drawn in render nodes so that a step
 * draws again only what changed, draws what the export draws: names,
 * bars, outlines as prepared, percentages; and after a weight's step. */
static void
test_chart_as_rendered (void)
{
  SkMatrixView *view;
  SkWindow *window = open_matrix_view (&view);
  GtkWidget *chart = find_type (GTK_WIDGET (view), SK_TYPE_MATRIX_CHART);
  g_autoptr(GPtrArray) rows = matrix_rows (GTK_WIDGET (view));
  GtkWidget *spin = find_type (g_ptr_array_index (rows, 0), GTK_TYPE_SPIN_BUTTON);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint painted;

  g_assert_nonnull (chart);
  before = assert_chart_as_rendered (window, chart, &painted);
  /* Bars and texts: a good part of the chart. */
  g_assert_cmpuint (painted, >, (guint) (gtk_widget_get_width (chart) * gtk_widget_get_height (chart) / 10));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)) - 2);
  drain ();
  after = assert_chart_as_rendered (window, chart, &painted);
  g_assert_cmpuint (painted, >, (guint) (gtk_widget_get_width (chart) * gtk_widget_get_height (chart) / 10));
  /* Other bars. */
  g_assert_cmpstr (after, !=, before);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
}

/* A candidate named with 100,000 letters (a hostile file): the view and
 * the sentences under the weights show the name to 48 characters, lay
 * out at once (wrapped whole, the name froze the window for minutes)
 * and fit a laptop's screen; the project keeps the name. */
static void
test_long_name_shown_short (void)
{
  g_autofree char *name = g_strnfill (100000, 'S');
  g_autofree char *path = copy_example_renaming (example, "Sogndal", name);
  g_autofree char *head = g_utf8_substring (name, 0, 47);
  g_autofree char *shown = g_strconcat (head, "…", NULL);
  SkWindow *window;
  GtkWidget *view, *label;
  int min = 0;

  window = ui_window_open_loaded (app, path, 0, 0);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", "matrix");
  drain ();
  view = find_type (GTK_WIDGET (window), SK_TYPE_MATRIX_VIEW);
  g_assert_nonnull (view);

  /* The results table's cell, and a weight's sentence. */
  label = find_widget (view, is_label_saying, shown);
  g_assert_nonnull (label);
  label = find_widget (view, is_label_starting_with, shown);
  g_assert_nonnull (label);
  g_assert_cmpuint (g_utf8_strlen (gtk_label_get_text (GTK_LABEL (label)), -1), <, 200);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  g_assert_cmpint (min, <=, 1366);
  g_assert_cmpstr (sk_project_find_municipality (sk_window_get_project (window), "sogndal")->name, ==, name);

  gtk_window_destroy (GTK_WINDOW (window));
  drain ();
  remove_copy (path);
}

int
main (int    argc,
      char **argv)
{
  example = ui_test_init (&argc, &argv, "test");
  app = ui_test_app_new (NULL);
  g_test_add_func ("/matrix-ui/weight-named-and-undone", test_weight_named_and_undone);
  g_test_add_func ("/matrix-ui/typing-survives-undo", test_typing_survives_undo);
  g_test_add_func ("/matrix-ui/structure-through-history", test_structure_through_history);
  g_test_add_func ("/matrix-ui/typing-survives-page-anew", test_typing_survives_page_anew);
  g_test_add_func ("/matrix-ui/score-named-and-undone", test_score_named_and_undone);
  g_test_add_func ("/matrix-ui/out-of-sight-not-drawn", test_out_of_sight_not_drawn);
  g_test_add_func ("/matrix-ui/chart-as-rendered", test_chart_as_rendered);
  g_test_add_func ("/matrix-ui/rows-out-of-sight", test_rows_out_of_sight);
  g_test_add_func ("/matrix-ui/long-name-shown-short", test_long_name_shown_short);
  return ui_test_run (app);
}
