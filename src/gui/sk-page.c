/* sk-page.c — a view's page: a vertical box whose children scrolled out
 * of sight are left out of its drawing
 *
 * GTK 4.8's cairo renderer goes through every node of the window at each
 * frame, in sight or not, and clips what it draws: the parts of a page
 * below the fold (a table of figures, a comparison, their icons and
 * labels) cost a slider step at the top of the page as much as the parts
 * that changed.  The page leaves out of its drawing the children wholly
 * outside the scrolled window it is in, and draws itself anew when,
 * after a layout (a scroll, a resize, a part growing), another set of
 * children is in sight.  Laid out, measured and told to screen readers
 * as a GtkBox is.  The parts below the fold can be made once the first
 * frame is drawn (sk_page_after_first_frame ()).
 *
 * A new page is not measured before its style is known.  On X11, GTK
 * 4.8 works out the window's size in an idle of its own as soon as a
 * widget asks for a new size, before the frame in which the new
 * widgets get their style from the theme; when they then do, each of
 * them that the theme gives a margin, a padding or a font asks for a
 * new size again, and the frame measures them all anew: a view's first
 * page was measured twice, its text laid out twice (a tenth of the
 * matrix's first switch).  Until the page's own style is given to it
 * (sk_page_css_changed (), in the frame, before that frame lays out
 * the window), a mapped page measures as empty, which the window's
 * size does not depend on: it is in a scrolled window whose size
 * does not follow it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-page.h"
#include "sk-view-util.h"

/* Shadows and focus rings reach outside a child's bounds. */
#define SK_PAGE_SLACK 16

#define SK_PAGE_SPACING 12

struct _SkPage
{
  GtkBox         parent_instance;

  /* The GtkBoxLayout the page is laid out with (below) */
  GtkLayoutManager *box_layout;
  gboolean       styled;     /* its style given in a frame */

  guint64        drawn;      /* bit i: child i was drawn, as of the last snapshot */
  gboolean       all_drawn;  /* no scrolled window, or more than 64 children */
  /* sk_page_after_first_frame () */
  SkPageFunc     later;
  gpointer       later_data;
  GdkFrameClock *later_clock;
  gulong         painted_id;
  guint          later_id;
};

G_DEFINE_FINAL_TYPE (SkPage, sk_page, GTK_TYPE_BOX)

/* Which children are in sight (bit i for child i), or `all` set. */
static guint64
in_sight (SkPage   *self,
          gboolean *all)
{
  graphene_rect_t sight, bounds;
  guint64 set = 0;
  guint i = 0;

  *all = !sk_widget_get_sight (GTK_WIDGET (self), SK_PAGE_SLACK, &sight);
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
sk_page_snapshot (GtkWidget   *widget,
                  GtkSnapshot *snapshot)
{
  SkPage *self = SK_PAGE (widget);
  guint i = 0;

  self->drawn = in_sight (self, &self->all_drawn);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c), i++)
    if (self->all_drawn || (self->drawn & (G_GUINT64_CONSTANT (1) << i)))
      gtk_widget_snapshot_child (widget, c, snapshot);
}

/* After each layout of the window: drawn anew if other children came
 * into sight. */
static void
layout_cb (GtkWidget *widget)
{
  SkPage *self = SK_PAGE (widget);
  gboolean all;
  guint64 now = in_sight (self, &all);

  if (all != self->all_drawn || (!all && now != self->drawn))
    gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
cancel_later (SkPage *self)
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
  SkPage *self = data;
  SkPageFunc func = self->later;

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
            SkPage        *self)
{
  g_signal_handler_disconnect (clock, self->painted_id);
  self->painted_id = 0;
  if (self->later_id == 0)
    self->later_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, later_idle, self, NULL);
}

void
sk_page_after_first_frame (SkPage     *self,
                           SkPageFunc  func,
                           gpointer    data)
{
  GdkFrameClock *clock;

  g_return_if_fail (SK_IS_PAGE (self));
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

/* The page's layout: its GtkBoxLayout's, through a GtkCustomLayout that
 * measures it as empty while the page is mapped but not styled yet; its
 * height for its width, as a vertical box of wrapping text is. */
static GtkSizeRequestMode
page_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
page_measure (GtkWidget      *widget,
              GtkOrientation  orientation,
              int             for_size,
              int            *minimum,
              int            *natural,
              int            *minimum_baseline,
              int            *natural_baseline)
{
  SkPage *self = SK_PAGE (widget);

  if (!self->styled && gtk_widget_get_mapped (widget))
    {
      *minimum = *natural = 0;
      return;
    }
  gtk_layout_manager_measure (self->box_layout, widget, orientation, for_size,
                              minimum, natural, minimum_baseline, natural_baseline);
}

static void
styled (SkPage *self)
{
  if (self->styled)
    return;
  self->styled = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

static void
page_allocate (GtkWidget *widget,
               int        width,
               int        height,
               int        baseline)
{
  SkPage *self = SK_PAGE (widget);

  /* Not to stay empty should the theme give it the style a widget
   * starts with (its style then does not change): measured anew at the
   * next frame. */
  if (!self->styled)
    styled (self);
  gtk_layout_manager_allocate (self->box_layout, widget, width, height, baseline);
}

static void
sk_page_css_changed (GtkWidget         *widget,
                     GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (sk_page_parent_class)->css_changed (widget, change);
  styled (SK_PAGE (widget));
}

static void
sk_page_dispose (GObject *object)
{
  cancel_later (SK_PAGE (object));
  SK_PAGE (object)->later = NULL;
  G_OBJECT_CLASS (sk_page_parent_class)->dispose (object);
}

static void
sk_page_finalize (GObject *object)
{
  g_clear_object (&SK_PAGE (object)->box_layout);
  G_OBJECT_CLASS (sk_page_parent_class)->finalize (object);
}

static void
sk_page_class_init (SkPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_page_dispose;
  object_class->finalize = sk_page_finalize;
  widget_class->snapshot = sk_page_snapshot;
  widget_class->css_changed = sk_page_css_changed;
}

static void
sk_page_init (SkPage *self)
{
  self->all_drawn = TRUE;
  sk_widget_watch_layout (GTK_WIDGET (self), layout_cb);
  /* Set through GtkBox before its layout is wrapped (GtkBox sets them on
   * its GtkBoxLayout): a page is vertical, and its spacing is given
   * to sk_page_new () or is SK_PAGE_SPACING. */
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (GTK_BOX (self), SK_PAGE_SPACING);
  self->box_layout = g_object_ref (gtk_widget_get_layout_manager (GTK_WIDGET (self)));
  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 gtk_custom_layout_new (page_request_mode, page_measure, page_allocate));
}

GtkWidget *
sk_page_new (int spacing)
{
  SkPage *self = g_object_new (SK_TYPE_PAGE, NULL);

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (self->box_layout), spacing);
  return GTK_WIDGET (self);
}
