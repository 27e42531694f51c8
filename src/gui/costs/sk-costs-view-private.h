/* sk-costs-view-private.h — what the costs view's parts reach
 *
 * The view (sk-costs-view.c) shows one cost model: its parameters
 * (SkCostsParams, sk-costs-params.c), the split (sk-costs-results.c),
 * the side-by-side table (sk-costs-compare.c), the municipal figures
 * (sk-costs-figures.c) and the exports (sk-costs-export.c).  Every edit
 * is a call of sk-edit.h with the document's history; what it changed
 * comes back through the project's change signals.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-costs-params.h"
#include "sk-costs-view.h"
#include "sk-scenario.h"
#include "sk-export.h"
#include "sk-project.h"

G_BEGIN_DECLS

/* The view's fields, read by its parts; the parts call none of the
 * view's functions (they sit below it), but ask it through its actions:
 * "costs.show-scenario" ("s", an id, or "" for the model as prepared). */
struct _SkCostsView
{
  SkView          parent_instance;

  /* The view's own, from SkView. */
  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  GtkBox         *content;

  SkCostModel    *model;
  char           *scenario_id;  /* NULL: as prepared */
  char           *what_if;      /* a municipality to leave out or take in */
  GtkMenuButton  *what_if_button;

  /* The page shown, or NULL. */
  GtkWidget      *heading;
  SkCostsParams  *params;
  GtkBox         *results_box;
  GtkBox         *compare_names;  /* the side-by-side table's first column, */
  GtkBox         *compare_box;    /* and the rest, which scrolls sideways */
  GtkBox         *lower;          /* what is under the split: */
  GtkWidget      *figures;        /* the side by side and the figures, */
  guint           lower_id;       /* made once the page is drawn */
  SkExportTable  *compare_table;  /* the side-by-side table, for copying */
  gboolean        compare_stale;  /* out of sight when the model last changed */

  GtkWidget      *scroller;       /* the page's, up and down */
  GdkFrameClock  *clock;          /* mapped: what is in sight looked at */
  gulong          layout_id;      /* in its layout phase, */
  gboolean        look_pending;   /* after the page scrolled or grew */
  guint           update_id;      /* the tables recomputed */
  guint           reshow_id;      /* the page made anew */
};

/* Whether the page's scroller shows any of `widget`, as laid out: the
 * parts out of sight (the side-by-side table, the rounding note and the
 * chart under the split) are brought up to date when they come into it,
 * not on every step of a slider, and are not shown (nor told to screen
 * readers) until then: sk_costs_view_set_waiting ().  Not laid out yet,
 * or the page not shown: in sight. */
static inline gboolean
sk_costs_view_in_sight (SkCostsView *self,
                        GtkWidget   *widget)
{
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top;

  /* Where it is on the page (what scrolls), against the part shown: the
   * scroller's adjustment is up to date before the page is laid out
   * again where it scrolled to. */
  if (self->scroller == NULL || !gtk_widget_get_mapped (self->scroller) ||
      !gtk_widget_compute_bounds (widget, gtk_widget_get_parent (GTK_WIDGET (self->content)), &bounds) ||
      bounds.size.height <= 0)
    return TRUE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  top = gtk_adjustment_get_value (adjustment);
  return bounds.origin.y < top + gtk_adjustment_get_page_size (adjustment) &&
         bounds.origin.y + bounds.size.height > top;
}

/* A part out of sight that waits for the model's last change: kept in its
 * place and size, not mapped (its old figures are nowhere to be read).
 *
 * Shown again, its parent is drawn anew: in GTK 4.8 an unmapped widget
 * stays marked to be drawn (it is not drawn while unmapped); mapped
 * again, it asks to be drawn, which stops at its own mark and never
 * reaches the parent, whose drawing made while the part waited (the
 * split's table at the top of the page drawn at a step, the side by
 * side's heading scrolled into sight) is kept without it: the part
 * stayed blank in sight until something else drew its parent. */
static inline void
sk_costs_view_set_waiting (GtkWidget *widget,
                           gboolean   waiting)
{
  if (gtk_widget_get_child_visible (widget) == !waiting)
    return;
  gtk_widget_set_child_visible (widget, !waiting);
  if (!waiting && gtk_widget_get_parent (widget) != NULL)
    gtk_widget_queue_draw (gtk_widget_get_parent (widget));
}

static inline SkCostModel *
sk_costs_view_get_model (SkCostsView *self)
{
  return self->model;
}

/* The scenario shown; NULL: the model as prepared. */
static inline SkScenario *
sk_costs_view_get_scenario (SkCostsView *self)
{
  if (self->model == NULL || self->scenario_id == NULL)
    return NULL;
  return sk_cost_model_find_scenario (self->model, self->scenario_id);
}

/* A refused edit's reason, for the user. */
static inline void
sk_costs_view_refused (SkCostsView *self,
                       GError      *error)
{
  sk_view_toast ((SkView *) self, error->message, FALSE);
}

/* sk-costs-scenarios.c: new, copy, rename and delete a scenario. */
void         sk_costs_scenarios_install  (GtkWidgetClass *widget_class);
/* The scenario's part of the view's menu, first in it. */
void         sk_costs_scenarios_add_menu (SkCostsView *self,
                                          GMenu       *menu);
/* Over the model as prepared: that its changes are the papers', and a
 * way to a what-if of its own instead. */
GtkWidget   *sk_costs_scenarios_note_new (SkCostsView *self);

/* sk-costs-results.c: a cell of the view's tables (numbers right-aligned
 * after the first column). */
void         sk_costs_cell               (GtkGrid     *grid,
                                          const char  *text,
                                          int          column,
                                          int          row,
                                          const char  *css);
/* The split of the model shown into `box`, built
 * anew, or only its texts changed when it is built alike; with `all`
 * FALSE, what is out of sight under the table (the rounding note, the
 * chart) waits until it comes into sight. */
void         sk_costs_results_update     (SkCostsView *self,
                                          GtkBox      *box,
                                          gboolean     all);
/* What of the split waited, shown if it has come into sight. */
void         sk_costs_results_catch_up   (SkCostsView *self,
                                          GtkBox      *box);

/* sk-costs-compare.c: the side-by-side table (the model by each figure,
 * the other scenarios, the what-if) into its two boxes; returns the
 * same table for the clipboard, or NULL when the model does not compute. */
SkExportTable *sk_costs_compare_update   (SkCostsView *self,
                                          GtkBox      *names,
                                          GtkBox      *values,
                                          const char  *what_if);
/* Out of sight when the model changed: its amounts wait, not mapped,
 * nothing computed until it is brought up to date. */
void         sk_costs_compare_wait       (GtkBox      *names,
                                          GtkBox      *values);
/* The what-if's words: "Vik stays out", "Vik joins", "What if…". */
char        *sk_costs_what_if_label      (SkCostsView *self,
                                          const char  *id);

/* sk-costs-figures.c: the municipal figures, typed in or imported. */
GtkWidget   *sk_costs_figures_new        (SkCostsView *self);
/* A figure changed: its entry shows it, unless it is being typed in. */
void         sk_costs_figures_update     (GtkWidget   *group,
                                          SkProject   *project,
                                          const char  *municipality,
                                          const char  *key);
/* The keys of the figures a criterion may follow. */
GPtrArray   *sk_costs_figure_keys        (SkProject   *project);

/* sk-costs-export.c */
typedef enum { SK_COSTS_EXPORT_CSV, SK_COSTS_EXPORT_CSV_NO, SK_COSTS_EXPORT_PDF } SkCostsExportKind;
void         sk_costs_export             (SkCostsView       *self,
                                          SkCostsExportKind  kind);
void         sk_costs_copy_table         (SkCostsView       *self);

G_END_DECLS
