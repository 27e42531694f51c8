/* sk-matrix-page.c — the matrix view's page: its parts one below the
 * other, those scrolled out of sight not drawn
 *
 * GTK's cairo renderer goes through every node of the window at each
 * frame, in sight or not: the scores' sliders below the fold (a blurred
 * shadow each) and their labels cost a slider step at the top of the page
 * as much as the parts that changed.  The page leaves out of its drawing
 * the children wholly outside the scrolled window, and draws itself anew
 * when, after a layout (a scroll, a resize, a part growing), another set
 * of children is in sight.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "sk-matrix-page.h"

/* Shadows and focus rings reach outside a child's bounds. */
#define SK_PAGE_SLACK 16

struct _SkMatrixPage
{
  GtkWidget      parent_instance;

  guint64        drawn;      /* bit i: child i was drawn, as of the last snapshot */
  gboolean       all_drawn;  /* no scrolled window, or more than 64 children */
  GdkFrameClock *clock;
  gulong         layout_id;
  /* sk_matrix_page_after_first_frame () */
  SkMatrixPageFunc later;
  gpointer         later_data;
  GdkFrameClock   *later_clock;
  gulong           painted_id;
  guint            later_id;
};

G_DEFINE_FINAL_TYPE (SkMatrixPage, sk_matrix_page, GTK_TYPE_WIDGET)

/* The part of the page in sight, in its coordinates; FALSE when not known
 * (then everything is drawn). */
static gboolean
sight_of (SkMatrixPage    *self,
          graphene_rect_t *sight)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self), GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds;

  if (scroller == NULL || !gtk_widget_compute_bounds (scroller, GTK_WIDGET (self), &bounds))
    return FALSE;
  graphene_rect_inset (&bounds, -SK_PAGE_SLACK, -SK_PAGE_SLACK);
  *sight = bounds;
  return TRUE;
}

/* Which children are in sight (bit i for child i), or `all` set. */
static guint64
in_sight (SkMatrixPage *self,
          gboolean     *all)
{
  graphene_rect_t sight, bounds;
  guint64 set = 0;
  guint i = 0;

  *all = !sight_of (self, &sight);
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self)); c && !*all; c = gtk_widget_get_next_sibling (c), i++)
    {
      if (i >= 64)
        *all = TRUE;
      else if (!gtk_widget_compute_bounds (c, GTK_WIDGET (self), &bounds) ||
               graphene_rect_intersection (&bounds, &sight, NULL))
        set |= G_GUINT64_CONSTANT (1) << i;
    }
  return set;
}

static void
sk_matrix_page_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  SkMatrixPage *self = SK_MATRIX_PAGE (widget);
  guint i = 0;

  self->drawn = in_sight (self, &self->all_drawn);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c), i++)
    if (self->all_drawn || (self->drawn & (G_GUINT64_CONSTANT (1) << i)))
      gtk_widget_snapshot_child (widget, c, snapshot);
}

/* After each layout of the window: drawn anew if other children came
 * into sight. */
static void
layout_cb (GdkFrameClock *clock,
           SkMatrixPage  *self)
{
  gboolean all;
  guint64 now = in_sight (self, &all);

  if (all != self->all_drawn || (!all && now != self->drawn))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
stop_watching (SkMatrixPage *self)
{
  /* A clock disposed with its window has lost its handlers already. */
  if (self->clock != NULL && self->layout_id != 0 && g_signal_handler_is_connected (self->clock, self->layout_id))
    g_signal_handler_disconnect (self->clock, self->layout_id);
  self->layout_id = 0;
  g_clear_object (&self->clock);
}

static void
sk_matrix_page_map (GtkWidget *widget)
{
  SkMatrixPage *self = SK_MATRIX_PAGE (widget);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  GTK_WIDGET_CLASS (sk_matrix_page_parent_class)->map (widget);
  stop_watching (self);
  if (clock != NULL)
    {
      self->clock = g_object_ref (clock);
      self->layout_id = g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), self);
    }
}

static void
sk_matrix_page_unmap (GtkWidget *widget)
{
  stop_watching (SK_MATRIX_PAGE (widget));
  GTK_WIDGET_CLASS (sk_matrix_page_parent_class)->unmap (widget);
}

static void
cancel_later (SkMatrixPage *self)
{
  if (self->later_clock != NULL && self->painted_id != 0 &&
      g_signal_handler_is_connected (self->later_clock, self->painted_id))
    g_signal_handler_disconnect (self->later_clock, self->painted_id);
  self->painted_id = 0;
  g_clear_object (&self->later_clock);
  g_clear_handle_id (&self->later_id, g_source_remove);
}

static gboolean
later_idle (gpointer data)
{
  SkMatrixPage *self = data;
  SkMatrixPageFunc func = self->later;

  self->later_id = 0;
  cancel_later (self);
  self->later = NULL;
  if (func != NULL)
    func (self->later_data);
  return G_SOURCE_REMOVE;
}

/* The first frame drawn: what comes later, right after it (the next
 * frame lays it out). */
static void
painted_cb (GdkFrameClock *clock,
            SkMatrixPage  *self)
{
  g_signal_handler_disconnect (clock, self->painted_id);
  self->painted_id = 0;
  if (self->later_id == 0)
    self->later_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, later_idle, self, NULL);
}

void
sk_matrix_page_after_first_frame (SkMatrixPage     *self,
                                  SkMatrixPageFunc  func,
                                  gpointer          data)
{
  GdkFrameClock *clock;

  g_return_if_fail (SK_IS_MATRIX_PAGE (self));
  cancel_later (self);
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || (clock = gtk_widget_get_frame_clock (GTK_WIDGET (self))) == NULL)
    {
      self->later = NULL;
      func (data);
      return;
    }
  self->later = func;
  self->later_data = data;
  self->later_clock = g_object_ref (clock);
  self->painted_id = g_signal_connect (clock, "after-paint", G_CALLBACK (painted_cb), self);
}

static void
sk_matrix_page_dispose (GObject *object)
{
  GtkWidget *child;

  cancel_later (SK_MATRIX_PAGE (object));
  SK_MATRIX_PAGE (object)->later = NULL;
  stop_watching (SK_MATRIX_PAGE (object));
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (sk_matrix_page_parent_class)->dispose (object);
}

static void
sk_matrix_page_class_init (SkMatrixPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_matrix_page_dispose;
  widget_class->snapshot = sk_matrix_page_snapshot;
  widget_class->map = sk_matrix_page_map;
  widget_class->unmap = sk_matrix_page_unmap;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
sk_matrix_page_init (SkMatrixPage *self)
{
  self->all_drawn = TRUE;
  gtk_widget_add_css_class (GTK_WIDGET (self), "sk-matrix-page");
}

GtkWidget *
sk_matrix_page_new (int spacing)
{
  SkMatrixPage *self = g_object_new (SK_TYPE_MATRIX_PAGE, NULL);
  GtkLayoutManager *layout = gtk_widget_get_layout_manager (GTK_WIDGET (self));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (layout), GTK_ORIENTATION_VERTICAL);
  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (layout), spacing);
  return GTK_WIDGET (self);
}

void
sk_matrix_page_append (SkMatrixPage *self,
                       GtkWidget    *child)
{
  g_return_if_fail (SK_IS_MATRIX_PAGE (self));
  gtk_widget_set_parent (child, GTK_WIDGET (self));
}
