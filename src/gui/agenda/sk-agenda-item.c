/* sk-agenda-item.c — an agenda item's row: its line, opening and closing
 * its editor (a click on the line, Enter or space), and dragging it to
 * another place
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <stdlib.h>

#include "sk-agenda-item.h"
#include "sk-agenda-record.h"
#include "sk-agenda-view-private.h"

struct _SkAgendaItemRow
{
  GtkListBoxRow  parent_instance;

  SkAgendaView  *view;
  SkItem        *item;

  /* From the template */
  GtkWidget     *box;
  GtkWidget     *line;
  GtkWidget     *icon;
  GtkWidget     *title_label;
  GtkWidget     *sub_label;
  GtkWidget     *arrow;

  GtkWidget     *editor;   /* made when first opened */
  guint          index, n;
  /* Scrolled out of sight (sk_agenda_item_rows_watch ()): drawn without
   * its content; whether its last drawing had it. */
  gboolean       out_of_sight;
  gboolean       content_drawn;
};

G_DEFINE_FINAL_TYPE (SkAgendaItemRow, sk_agenda_item_row, GTK_TYPE_LIST_BOX_ROW)

SkItem *
sk_agenda_item_row_get_item (SkAgendaItemRow *self)
{
  return self->item;
}

gboolean
sk_agenda_item_row_is_open (SkAgendaItemRow *self)
{
  return self->editor != NULL && gtk_widget_get_visible (self->editor);
}

void
sk_agenda_item_row_set_item (SkAgendaItemRow *self,
                             SkItem          *item)
{
  if (self->item == item)
    return;
  /* A closed editor shows its old item: made again when opened. */
  if (self->editor != NULL)
    {
      gtk_box_remove (GTK_BOX (self->box), self->editor);
      self->editor = NULL;
    }
  self->item = item;
}

void
sk_agenda_item_row_toggle (SkAgendaItemRow *self)
{
  gboolean open;

  if (self->editor == NULL)
    {
      self->editor = _sk_agenda_item_editor_new (GTK_WIDGET (self), self->view, self->item);
      gtk_widget_set_visible (self->editor, FALSE);
      gtk_box_append (GTK_BOX (self->box), self->editor);
      _sk_agenda_item_editor_set_position (self->editor, self->index, self->n);
    }
  open = !gtk_widget_get_visible (self->editor);
  gtk_widget_set_visible (self->editor, open);
  gtk_image_set_from_icon_name (GTK_IMAGE (self->arrow), open ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
}

void
sk_agenda_item_row_show_line (SkAgendaItemRow *self,
                              const char      *title,
                              const char      *sub,
                              gboolean         untitled)
{
  /* Only what changed: a move touches two rows, not two hundred. */
  if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->title_label)), title) == 0 &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (self->sub_label)), sub) == 0)
    return;
  gtk_label_set_text (GTK_LABEL (self->title_label), title);
  gtk_label_set_text (GTK_LABEL (self->sub_label), sub);
  if (untitled)
    gtk_widget_add_css_class (self->title_label, "error");
  else
    gtk_widget_remove_css_class (self->title_label, "error");
  gtk_image_set_from_icon_name (GTK_IMAGE (self->icon), sk_item_kind_icon_name (self->item->kind));
  sk_widget_set_tooltip (self->icon, sk_item_kind_label (self->item->kind));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
}

void
sk_agenda_item_row_set_position (SkAgendaItemRow *self,
                                 guint            index,
                                 guint            n)
{
  self->index = index;
  self->n = n;
  if (self->editor != NULL)
    _sk_agenda_item_editor_set_position (self->editor, index, n);
}

GtkWidget *
sk_agenda_item_row_get_title_entry (SkAgendaItemRow *self)
{
  return self->editor ? _sk_agenda_item_editor_get_title (self->editor) : NULL;
}

void
sk_agenda_item_row_update_field (SkAgendaItemRow *self,
                                 const char      *field)
{
  if (self->editor != NULL)
    _sk_agenda_item_editor_update_field (self->editor, field);
}

void
sk_agenda_item_row_update_parts (SkAgendaItemRow *self,
                                 SkRecordKind     kind)
{
  if (self->editor != NULL)
    _sk_agenda_item_editor_update_parts (self->editor, kind);
}

/* A click on the item's line: the row takes the focus (for Alt+Up and
 * Alt+Down) and opens or closes.  Only the line does: the list box
 * activates a row (and takes the focus to it) on a click anywhere in it,
 * and a text view does not claim a plain click: a click into the case
 * text folded the item and what was typed next was lost. */
static void
line_released_cb (GtkGestureClick *click,
                  int              n_press,
                  double           x,
                  double           y,
                  SkAgendaItemRow *self)
{
  if (n_press != 1)
    return;
  gtk_widget_grab_focus (GTK_WIDGET (self));
  sk_agenda_item_row_toggle (self);
}

/* Enter or space on the row itself, not on a field of its editor. */
static gboolean
toggle_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  SkAgendaItemRow *self = user_data;

  if (gtk_root_get_focus (gtk_widget_get_root (widget)) != widget)
    return FALSE;
  sk_agenda_item_row_toggle (self);
  return TRUE;
}

/* A title or a line under it cut short (half a laptop's screen, the side
 * list shown) is shown whole in its tooltip; a whole one has none. */
static gboolean
cut_label_tooltip_cb (GtkLabel   *label,
                      int         x,
                      int         y,
                      gboolean    keyboard_mode,
                      GtkTooltip *tooltip)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
}

/* Drag and drop: a row carries its index as a string */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource   *source,
                 double           x,
                 double           y,
                 SkAgendaItemRow *self)
{
  g_autofree char *index = g_strdup_printf ("%d", gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self)));

  return gdk_content_provider_new_typed (G_TYPE_STRING, index);
}

static gboolean
drop_cb (GtkDropTarget   *target,
         const GValue    *value,
         double           x,
         double           y,
         SkAgendaItemRow *self)
{
  int from = atoi (g_value_get_string (value));
  int to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (self));

  if (from >= 0 && to >= 0)
    gtk_widget_activate_action (GTK_WIDGET (self->view), "agenda.move-item-to", "(uu)",
                                (guint) from, (guint) to);
  return TRUE;
}

/* GTK's cairo renderer goes through every node of the window at each
 * frame: a row out of sight leaves out its line (the row's own box stays,
 * and its size). */
static void
sk_agenda_item_row_snapshot (GtkWidget   *widget,
                             GtkSnapshot *snapshot)
{
  SkAgendaItemRow *self = SK_AGENDA_ITEM_ROW (widget);

  self->content_drawn = !self->out_of_sight;
  if (self->content_drawn)
    GTK_WIDGET_CLASS (sk_agenda_item_row_parent_class)->snapshot (widget, snapshot);
}

static void
sk_agenda_item_row_class_init (SkAgendaItemRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->snapshot = sk_agenda_item_row_snapshot;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-agenda-item-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkAgendaItemRow, box);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaItemRow, line);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaItemRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaItemRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaItemRow, sub_label);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaItemRow, arrow);
  gtk_widget_class_bind_template_callback (widget_class, cut_label_tooltip_cb);
}

static void
sk_agenda_item_row_init (SkAgendaItemRow *self)
{
  const guint toggle_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space };
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_shortcut_controller_new ();

  gtk_widget_init_template (GTK_WIDGET (self));
  /* The record's marks at the end of the line, before the arrow. */
  gtk_box_insert_child_after (GTK_BOX (self->line), sk_item_marks_new (GTK_WIDGET (self)),
                              gtk_widget_get_prev_sibling (self->arrow));
  /* The tests and the view know an item's row by this. */
  g_object_set_data (G_OBJECT (self), "sk-item-row", self);

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (line_released_cb), self);
  gtk_widget_add_controller (self->line, GTK_EVENT_CONTROLLER (click));
  for (guint k = 0; k < G_N_ELEMENTS (toggle_keys); k++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (toggle_keys[k], 0),
                                                            gtk_callback_action_new (toggle_key_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), self);
  gtk_widget_add_controller (self->line, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));
}

GtkWidget *
sk_agenda_item_row_new (SkAgendaView *view,
                        SkItem       *item)
{
  SkAgendaItemRow *self = g_object_new (SK_TYPE_AGENDA_ITEM_ROW, NULL);

  self->view = view;
  self->item = item;
  return GTK_WIDGET (self);
}

/* Once the row has its place, the page shows it from its header (a few
 * frames at most). */
static gboolean
show_new_row_cb (GtkWidget     *row,
                 GdkFrameClock *clock,
                 gpointer       data)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (row, GTK_TYPE_SCROLLED_WINDOW);
  guint frames = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "sk-frames")) + 1;
  graphene_point_t at;

  g_object_set_data (G_OBJECT (row), "sk-frames", GUINT_TO_POINTER (frames));
  if (scroller == NULL || frames > 10)
    return G_SOURCE_REMOVE;
  if (gtk_widget_get_height (row) == 0 ||
      !gtk_widget_compute_point (row, scroller, &GRAPHENE_POINT_INIT (0, 0), &at))
    return G_SOURCE_CONTINUE;
  if (at.y < 0 || at.y > gtk_widget_get_height (scroller) / 2.0)
    {
      GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

      gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + at.y);
    }
  return G_SOURCE_REMOVE;
}

/* A new row, its title given the focus: the scroller's own move to the
 * focus ran before the row had a place, and went up to where the list
 * begins; once it has one, the page shows it. */
void
sk_agenda_item_row_show_when_placed (SkAgendaItemRow *self)
{
  g_return_if_fail (SK_IS_AGENDA_ITEM_ROW (self));
  g_object_set_data (G_OBJECT (self), "sk-frames", NULL);
  gtk_widget_add_tick_callback (GTK_WIDGET (self), show_new_row_cb, NULL, NULL);
}

/* Moving a row */

/* The rows' order for the list box: their places. */
static int
compare_positions (GtkListBoxRow *a,
                   GtkListBoxRow *b,
                   gpointer       user_data)
{
  guint i = SK_AGENDA_ITEM_ROW (a)->index, j = SK_AGENDA_ITEM_ROW (b)->index;

  return (i > j) - (i < j);
}

void
sk_agenda_item_rows_keep_order (GtkListBox *list)
{
  gtk_list_box_set_sort_func (list, compare_positions, NULL, NULL);
}

/* The list box keeps its rows in an order of its own, the order of its
 * children aside.  gtk_list_box_invalidate_sort () sorts every row again
 * (0.6 M instructions for 200): gtk_list_box_row_changed () moves one.
 * A row moved among its siblings still costs GTK 4.8 ~6 M instructions
 * of restyling, wherever it goes; a focus moved from row to row, 37 M. */
void
sk_agenda_item_rows_move (GtkListBox *list,
                          guint       from,
                          guint       to,
                          guint       n)
{
  GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (list, from));
  GtkListBoxRow *next;

  g_return_if_fail (SK_IS_AGENDA_ITEM_ROW (row));
  for (guint i = MIN (from, to); i <= MAX (from, to); i++)
    sk_agenda_item_row_set_position (SK_AGENDA_ITEM_ROW (gtk_list_box_get_row_at_index (list, i)),
                                     i == from ? to : from < to ? i - 1 : i + 1, n);
  gtk_list_box_row_changed (GTK_LIST_BOX_ROW (row));
  next = gtk_list_box_get_row_at_index (list, to + 1);
  gtk_widget_insert_before (row, GTK_WIDGET (list), next ? GTK_WIDGET (next) : NULL);
  /* GTK 4.8 restyles the row that takes the first or last place, not the
   * one moved out of it: a boxed list's first row kept its round corners
   * further down.  A class changed makes it look at its place again. */
  if (from == 0 || from == n - 1)
    {
      gtk_widget_add_css_class (row, "sk-moved");
      gtk_widget_remove_css_class (row, "sk-moved");
    }
}

/* The rows of a list in sight or not */

#define SK_ROWS_SLACK 16

/* After each layout of the window (a scroll, a resize, a row opened): a
 * row that came into sight is drawn whole, one that went out of it
 * without its line. */
static void
rows_layout_cb (GtkWidget *list)
{
  graphene_rect_t sight;
  gboolean known = sk_widget_get_sight (list, SK_ROWS_SLACK, &sight);

  for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c))
    {
      SkAgendaItemRow *row;
      GtkAllocation a;
      gboolean out;

      if (!SK_IS_AGENDA_ITEM_ROW (c))
        continue;
      row = SK_AGENDA_ITEM_ROW (c);
      gtk_widget_get_allocation (c, &a);
      out = known && (a.y + a.height < sight.origin.y || a.y > sight.origin.y + sight.size.height);
      row->out_of_sight = out;
      if (row->content_drawn == out)
        gtk_widget_queue_draw (c);
    }
}

void
sk_agenda_item_rows_watch (GtkWidget *list)
{
  sk_widget_watch_layout (list, rows_layout_cb);
}
