/* sk-view-util.c — small helpers the four views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-view-util"

#include "config.h"

#include <math.h>

#include <string.h>

#include "sk-view-util.h"

/* Sets a widget's tooltip.  GTK 4.8 asks where the pointer is each time a
 * tooltip is set on a visible widget, shown or not, in case the tooltip
 * under it must change; on X11 that is three round trips to the display
 * server (measured: 114 of a start-up's 260, ~9 ms before the first
 * frame).  A widget in no window, or in a window not shown yet, has no
 * tooltip showing, so its tooltip is set while it is hidden for a moment,
 * which GTK does not query for.  Not in a shown window, where a container
 * may answer a child hidden and shown while it lays out (a list box makes
 * its headers anew). */
void
sk_widget_set_tooltip (GtkWidget  *widget,
                       const char *text)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if ((root == NULL || !gtk_widget_get_mapped (GTK_WIDGET (root))) && gtk_widget_get_visible (widget))
    {
      gtk_widget_set_visible (widget, FALSE);
      gtk_widget_set_tooltip_text (widget, text);
      gtk_widget_set_visible (widget, TRUE);
    }
  else
    gtk_widget_set_tooltip_text (widget, text);
}

gboolean
sk_focus_is_within (GtkWidget *focus,
                    GtkWidget *widget)
{
  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

gboolean
sk_widget_has_focus_within (GtkWidget *widget)
{
  GtkRoot *root;

  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  root = gtk_widget_get_root (widget);
  return root != NULL && sk_focus_is_within (gtk_root_get_focus (root), widget);
}

GtkWidget *
sk_sidebar_row_new (const char *title,
                    const char *subtitle,
                    gpointer    record)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *label = sk_label_new (title, NULL);

  /* Two lines, between words, then cut at the end: cut in the middle, a
   * wide window still showed "S…tt 2026".  A variant's name at the end
   * ("Title — name") is on the second line. */
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
  gtk_label_set_lines (GTK_LABEL (label), 2);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  sk_widget_set_tooltip (row, title);
  gtk_box_append (GTK_BOX (box), label);
  if (subtitle != NULL && subtitle[0] != '\0')
    {
      GtkWidget *sub = sk_label_new (subtitle, "dim-label");

      gtk_label_set_ellipsize (GTK_LABEL (sub), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (sub, "caption");
      gtk_box_append (GTK_BOX (box), sub);
    }
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (row), "sk-record", record);
  return row;
}

/* The side list's row of `record`, given what an edit in the page made
 * of its title and subtitle (the page is not rebuilt for its own edits). */
void
sk_sidebar_update_record (GtkListBox *box,
                          gpointer    record,
                          const char *title,
                          const char *subtitle)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (box, i)) != NULL; i++)
    if (sk_sidebar_row_get_record (row) == record)
      sk_sidebar_row_update (row, title, subtitle, record);
}

/* A row made by sk_sidebar_row_new () showing another record (the same
 * object after an undo, which makes every record anew). */
void
sk_sidebar_row_update (GtkListBoxRow *row,
                       const char    *title,
                       const char    *subtitle,
                       gpointer       record)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
  GtkWidget *sub = gtk_widget_get_next_sibling (label);

  gtk_label_set_text (GTK_LABEL (label), title);
  sk_widget_set_tooltip (GTK_WIDGET (row), title);
  if (sub != NULL && subtitle != NULL)
    gtk_label_set_text (GTK_LABEL (sub), subtitle);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (row), "sk-record", record);
}

gpointer
sk_sidebar_row_get_record (GtkListBoxRow *row)
{
  return row ? g_object_get_data (G_OBJECT (row), "sk-record") : NULL;
}

/* Selects the row whose record has this id (the records are model structs
 * whose first member is the id); `skip` is a record that is not one (a
 * marker row), or NULL.  FALSE when no row has it. */
gboolean
sk_sidebar_select_id (GtkListBox    *box,
                      const char    *id,
                      gconstpointer  skip)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (box, i)) != NULL; i++)
    {
      gpointer record = sk_sidebar_row_get_record (row);

      if (record != NULL && record != skip && g_strcmp0 (*(char **) record, id) == 0)
        {
          gtk_list_box_select_row (box, row);
          return TRUE;
        }
    }
  return FALSE;
}

void
sk_list_box_clear (GtkListBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_list_box_remove (box, child);
}

void
sk_box_clear (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

/* Wrapping costs a height-for-width layout: only labels of running text
 * and long titles wrap. */
void
sk_label_set_wraps (GtkWidget *label)
{
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
}

GtkWidget *
sk_label_new (const char *text,
              const char *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

/* A case text: paragraphs separated by blank lines; selectable. */
GtkWidget *
sk_text_block_new (const char *text)
{
  GtkWidget *label = sk_label_new (text ? text : "", NULL);

  sk_label_set_wraps (label);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  return label;
}

void
sk_select_first_row (GtkListBox *box)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (box, i)) != NULL; i++)
    if (gtk_list_box_row_get_selectable (row))
      {
        gtk_list_box_select_row (box, row);
        return;
      }
}

/* Unparents what a template put into a widget with a layout manager. */
void
sk_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

/* The title of what a view shows: large, and wrapping when long. */
GtkWidget *
sk_heading_new (const char *text)
{
  GtkWidget *label = sk_label_new (text, "title-1");

  sk_label_set_wraps (label);
  return label;
}

/* A sentence that may be long: an error, a summary. */
GtkWidget *
sk_sentence_new (const char *text,
                 const char *css_class)
{
  GtkWidget *label = sk_label_new (text, css_class);

  sk_label_set_wraps (label);
  return label;
}

static gboolean
scale_scroll_cb (GtkEventControllerScroll *controller,
                 double                    dx,
                 double                    dy,
                 gpointer                  user_data)
{
  GtkWidget *scale = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *ancestor;

  /* A focused slider takes the wheel, as the user chose it. */
  if (gtk_widget_has_focus (scale))
    return FALSE;
  /* Otherwise the page scrolls on, and no value changes by accident. */
  for (ancestor = gtk_widget_get_parent (scale); ancestor; ancestor = gtk_widget_get_parent (ancestor))
    if (GTK_IS_SCROLLED_WINDOW (ancestor))
      {
        GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (ancestor));

        if (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_lower (adj) >
            gtk_adjustment_get_page_size (adj))
          {
            gtk_adjustment_set_value (adj, gtk_adjustment_get_value (adj) +
                                      dy * gtk_adjustment_get_step_increment (adj) * 2);
            break;
          }
      }
  return TRUE;
}

/* Sliders in a scrolling page: the mouse wheel scrolls the page unless
 * the slider has the keyboard focus, so that reading the papers never
 * moves a weight. */
void
sk_scale_guard_scroll (GtkWidget *scale)
{
  GtkEventController *controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "scroll", G_CALLBACK (scale_scroll_cb), NULL);
  gtk_widget_add_controller (scale, controller);
}

/* The part of the scrolled window `widget` is in that shows, in the
 * widget's coordinates, widened by `slack` on every side (shadows and
 * focus rings reach outside a widget); FALSE when not known (not in a
 * scrolled window, not laid out): then take all of it as in sight. */
gboolean
sk_widget_get_sight (GtkWidget       *widget,
                     float            slack,
                     graphene_rect_t *sight)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  if (scroller == NULL || !gtk_widget_compute_bounds (scroller, widget, sight))
    return FALSE;
  graphene_rect_inset (sight, -slack, -slack);
  return TRUE;
}

/* sk_widget_watch_layout (): the frame clock's layout phase followed
 * while the widget is mapped. */
typedef struct
{
  GtkWidget          *widget;
  SkWidgetLayoutFunc  func;
  GdkFrameClock      *clock;
  gulong              layout_id;
} LayoutWatch;

static void
watch_layout_cb (GdkFrameClock *clock,
                 LayoutWatch   *watch)
{
  watch->func (watch->widget);
}

static void
layout_unwatch (LayoutWatch *watch)
{
  /* A clock disposed with its window has lost its handlers already. */
  if (watch->clock != NULL && watch->layout_id != 0 && g_signal_handler_is_connected (watch->clock, watch->layout_id))
    g_signal_handler_disconnect (watch->clock, watch->layout_id);
  watch->layout_id = 0;
  g_clear_object (&watch->clock);
}

static void
layout_map_cb (GtkWidget   *widget,
               LayoutWatch *watch)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  layout_unwatch (watch);
  if (clock != NULL)
    {
      watch->clock = g_object_ref (clock);
      /* After the window's own handler, which lays it out. */
      watch->layout_id = g_signal_connect_after (clock, "layout", G_CALLBACK (watch_layout_cb), watch);
    }
}

static void
layout_watch_free (gpointer data)
{
  layout_unwatch (data);
  g_free (data);
}

/* Calls `func (widget)` after each layout of the window while `widget` is
 * mapped (a scroll, a resize, a part grown): for the widgets that leave
 * out of their drawing what is scrolled out of sight and draw again when
 * that changed. */
void
sk_widget_watch_layout (GtkWidget          *widget,
                        SkWidgetLayoutFunc  func)
{
  LayoutWatch *watch = g_new0 (LayoutWatch, 1);

  watch->widget = widget;
  watch->func = func;
  g_object_set_data_full (G_OBJECT (widget), "sk-layout-watch", watch, layout_watch_free);
  g_signal_connect (widget, "map", G_CALLBACK (layout_map_cb), watch);
  g_signal_connect_swapped (widget, "unmap", G_CALLBACK (layout_unwatch), watch);
  if (gtk_widget_get_mapped (widget))
    layout_map_cb (widget, watch);
}

static void
first_layout_show_cb (GtkWidget *window)
{
  GtkWidget *content = g_object_get_data (G_OBJECT (window), "sk-first-layout-content");

  if (content == NULL)
    return;
  g_object_set_data (G_OBJECT (window), "sk-first-layout-content", NULL);
  gtk_widget_set_visible (content, TRUE);
  /* GtkWindow found nothing to focus when it was shown. */
  if (gtk_root_get_focus (GTK_ROOT (window)) == NULL)
    gtk_widget_child_focus (window, GTK_DIR_TAB_FORWARD);
}

void
sk_window_show_in_first_layout (GtkWidget *window,
                                GtkWidget *content)
{
  g_return_if_fail (GTK_IS_WINDOW (window));
  gtk_widget_set_visible (content, FALSE);
  g_object_set_data (G_OBJECT (window), "sk-first-layout-content", content);
  sk_widget_watch_layout (window, first_layout_show_cb);
}

/* The slider knobs and the cards under `widget` with the theme's soft
 * shadows drawn in steps that need no blur (style.css), but in high
 * contrast, whose knobs and cards have outlines of their own.  GTK 4.8's
 * cairo renderer blurs a shadow at every frame that draws over it: a
 * quarter of the drawing of a slider step went to its knob, a twentieth
 * to the cards around the rows that changed. */
static void
shadows_high_contrast_cb (GtkWidget *widget)
{
  if (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()))
    gtk_widget_remove_css_class (widget, "sk-unblurred-shadows");
  else
    gtk_widget_add_css_class (widget, "sk-unblurred-shadows");
}

void
sk_widget_unblur_shadows (GtkWidget *widget)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (shadows_high_contrast_cb), widget, G_CONNECT_SWAPPED);
  shadows_high_contrast_cb (widget);
}

/* An icon-only control's tooltip is also its name for a screen reader:
 * GTK 4.8 takes the name from the label property only (a tooltip is a
 * description), and reads out the type of a control without one. */
void
sk_widget_set_tip_and_name (GtkWidget  *widget,
                            const char *text)
{
  sk_widget_set_tooltip (widget, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

/* A flat button with an icon, named by its tooltip; for an action, or
 * (NULL) to connect to. */
GtkWidget *
sk_flat_icon_button_new (const char *icon,
                         const char *tooltip,
                         const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  sk_widget_set_tip_and_name (button, tooltip);
  if (action != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

/* A button with an icon whose tooltip is also its accessible name; the
 * callback gets `data` as its first argument. */
GtkWidget *
sk_icon_button_new (const char *icon,
                    const char *tooltip,
                    GCallback   callback,
                    gpointer    data)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  sk_widget_set_tip_and_name (button, tooltip);
  g_signal_connect_object (button, "clicked", callback, data, G_CONNECT_SWAPPED);
  return button;
}

static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  if (gtk_menu_button_get_menu_model (button) == NULL)
    gtk_menu_button_set_menu_model (button, g_object_get_data (G_OBJECT (button), "sk-menu"));
}

/* A view's secondary actions, behind one button: a row of icon buttons
 * made the pages too wide for a window on half a laptop's screen. */
GtkWidget *
sk_more_button_new (const char *tooltip,
                    GMenuModel *menu)
{
  GtkWidget *button = gtk_menu_button_new ();

  /* The menu's popover is made when it is first opened: a page can have
   * many of these (one a matrix row), most never opened. */
  g_object_set_data_full (G_OBJECT (button), "sk-menu", g_object_ref (menu), g_object_unref);
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (button), create_menu_cb, NULL, NULL);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "view-more-symbolic");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  sk_widget_set_tip_and_name (button, tooltip);
  return button;
}


/* Scrolls `page` (a GtkScrolledWindow) by a scroll event's `dy`: a
 * wheel's notch as far as GtkScrolledWindow moves it. */
static void
scroll_page (GtkEventControllerScroll *controller,
             GtkWidget                *page,
             double                    dy)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  double step = 1;

  if (gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL)
    step = pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + dy * step);
}

/* Scrolling the page with the wheel goes on over a table that scrolls
 * sideways: GtkScrolledWindow would otherwise take the vertical wheel for
 * itself and move the table sideways, and the page would stop.  A
 * sideways gesture (a touchpad, Shift with the wheel) still scrolls the
 * table. */
static gboolean
sideways_scroll_cb (GtkEventControllerScroll *controller,
                    double                    dx,
                    double                    dy,
                    gpointer                  user_data)
{
  GtkWidget *scroller = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *parent = gtk_widget_get_parent (scroller);
  GtkWidget *page = parent ? gtk_widget_get_ancestor (parent, GTK_TYPE_SCROLLED_WINDOW) : NULL;
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));

  if (dx != 0 || dy == 0 || (state & GDK_SHIFT_MASK) || page == NULL)
    return FALSE;
  scroll_page (controller, page, dy);
  return TRUE;
}

/* The wheel over a spin button or a slider of the page that is not
 * being edited (the focus elsewhere) scrolls the page, as over the rest
 * of it: it changed the number passing under the pointer.  Focused, the
 * control takes the wheel. */
static gboolean
page_wheel_cb (GtkEventControllerScroll *controller,
               double                    dx,
               double                    dy,
               gpointer                  user_data)
{
  GtkWidget *page = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GdkSeat *seat = gdk_display_get_default_seat (gtk_widget_get_display (page));
  GdkDevice *pointer = seat ? gdk_seat_get_pointer (seat) : NULL;
  GtkNative *native = gtk_widget_get_native (page);
  GtkWidget *control = NULL, *focus;
  GtkPolicyType vertical;
  double x, y, sx, sy;

  gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (page), NULL, &vertical);
  /* Where the pointer is (a scroll event of GTK 4.8 has no position). */
  if (dy == 0 || vertical == GTK_POLICY_NEVER || pointer == NULL || native == NULL ||
      !gdk_surface_get_device_position (gtk_native_get_surface (native), pointer, &x, &y, NULL))
    return FALSE;
  gtk_native_get_surface_transform (native, &sx, &sy);
  for (GtkWidget *w = gtk_widget_pick (GTK_WIDGET (native), x - sx, y - sy, GTK_PICK_DEFAULT);
       w != NULL && w != page; w = gtk_widget_get_parent (w))
    if (GTK_IS_SPIN_BUTTON (w) || GTK_IS_RANGE (w))
      control = w;
  focus = gtk_root_get_focus (gtk_widget_get_root (page));
  if (control == NULL || sk_focus_is_within (focus, control))
    return FALSE;
  scroll_page (controller, page, dy);
  return TRUE;
}

void
sk_page_wheel_passes_controls (GtkWidget *page)
{
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);

  g_return_if_fail (GTK_IS_SCROLLED_WINDOW (page));
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (page_wheel_cb), NULL);
  gtk_widget_add_controller (page, scroll);
}

static gboolean
has_focusable (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_get_focusable (child) || has_focusable (child))
      return TRUE;
  return FALSE;
}

/* In meeting mode (a view marked "mm-linked") a table wider than the
 * screen shows its scrollbar, below its last row, without a pointer on
 * it: the columns to the right are not hidden.  GTK counts a scrollbar's
 * height only when it is always shown. */
static gboolean
sideways_policy_idle_cb (gpointer data)
{
  GtkScrolledWindow *scroller = data;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (scroller);
  gboolean overflows = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment) >
                       gtk_adjustment_get_page_size (adjustment) + 1;
  GtkPolicyType policy = overflows ? GTK_POLICY_ALWAYS : GTK_POLICY_EXTERNAL;
  GtkPolicyType now;

  g_object_set_data (G_OBJECT (scroller), "sk-policy-idle", NULL);
  gtk_scrolled_window_get_policy (scroller, &now, NULL);
  if (now != policy)
    gtk_scrolled_window_set_policy (scroller, policy, GTK_POLICY_NEVER);
  return G_SOURCE_REMOVE;
}

/* Not while GTK lays the table out (the extent changes then): a
 * scrollbar shown in the middle of it has no place yet when drawn. */
static void
sideways_scrollbar (GtkWidget *scroller)
{
  if (gtk_scrolled_window_get_overlay_scrolling (GTK_SCROLLED_WINDOW (scroller)) ||
      g_object_get_data (G_OBJECT (scroller), "sk-policy-idle") != NULL)
    return;
  g_object_set_data (G_OBJECT (scroller), "sk-policy-idle", GINT_TO_POINTER (TRUE));
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, sideways_policy_idle_cb, g_object_ref (scroller), g_object_unref);
}

/* The keyboard: a table that does not fit can be given focus (it is a
 * stop in the Tab order only then), and Left, Right, Home and End move it
 * sideways. */
static void
sideways_extent_cb (GtkAdjustment *adjustment,
                    GtkWidget     *scroller)
{
  gboolean overflows = gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_lower (adjustment) >
                       gtk_adjustment_get_page_size (adjustment) + 1;

  gtk_widget_set_focusable (scroller, overflows);
  sideways_scrollbar (scroller);
  /* A scrolled window that may hold the focus but cannot take it itself
   * and has nothing inside to take it claims Tab and keeps it where it
   * was (GTK 4.8): a table of words that fits is no stop at all. */
  gtk_widget_set_can_focus (scroller, overflows || has_focusable (scroller));
}

static gboolean
sideways_key_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 gpointer               user_data)
{
  GtkWidget *scroller = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  double value = gtk_adjustment_get_value (adjustment);

  /* Only when the table itself has the focus: an entry in it keeps its keys. */
  if (!gtk_widget_is_focus (scroller) || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SHIFT_MASK)))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      value -= gtk_adjustment_get_page_size (adjustment) / 4;
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      value += gtk_adjustment_get_page_size (adjustment) / 4;
      break;
    case GDK_KEY_Home:
      value = gtk_adjustment_get_lower (adjustment);
      break;
    case GDK_KEY_End:
      value = gtk_adjustment_get_upper (adjustment);
      break;
    default:
      return FALSE;
    }
  gtk_adjustment_set_value (adjustment, value);
  return TRUE;
}

/* A table wider than the page, in a scroller of its own that scrolls
 * sideways only; `name` is what a screen reader calls it. */
static void
sideways_map_cb (GtkWidget *scroller)
{
  for (GtkWidget *w = scroller; w != NULL; w = gtk_widget_get_parent (w))
    if (gtk_widget_has_css_class (w, "mm-linked"))
      {
        gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (scroller), FALSE);
        sideways_scrollbar (scroller);
        return;
      }
}

GtkWidget *
sk_sideways_scroller_new (GtkWidget  *child,
                          const char *name)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkAdjustment *adjustment = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);
  /* Room for the overlay scrollbar under the last row. */
  gtk_widget_set_margin_bottom (child, 12);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (sideways_scroll_cb), NULL);
  gtk_widget_add_controller (scroller, scroll);
  gtk_widget_set_focusable (scroller, FALSE);
  gtk_widget_set_can_focus (scroller, gtk_widget_get_focusable (child) || has_focusable (child));
  gtk_widget_add_css_class (scroller, "sideways");
  g_signal_connect (scroller, "map", G_CALLBACK (sideways_map_cb), NULL);
  g_signal_connect_object (adjustment, "changed", G_CALLBACK (sideways_extent_cb), scroller, 0);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (sideways_key_cb), NULL);
  gtk_widget_add_controller (scroller, keys);
  gtk_accessible_update_property (GTK_ACCESSIBLE (scroller), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return scroller;
}

static void
popover_shown_cb (GtkWidget *popover,
                  gpointer   shown)
{
  GtkWidget *viewport = gtk_widget_get_ancestor (gtk_widget_get_parent (popover), GTK_TYPE_VIEWPORT);

  if (viewport != NULL)
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), !GPOINTER_TO_INT (shown));
}

/* A popover on a scrolling page leaves the page where it is.  The page's
 * viewport scrolls to the widget with the focus, and the focus follows
 * the pointer over a menu's entries: placed as if the popover were in the
 * page below its button, they scrolled the page (and the menu with it)
 * while the pointer moved over them. */
void
sk_popover_keeps_page (GtkPopover *popover)
{
  g_return_if_fail (GTK_IS_POPOVER (popover));

  g_signal_connect (popover, "show", G_CALLBACK (popover_shown_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (popover, "hide", G_CALLBACK (popover_shown_cb), GINT_TO_POINTER (FALSE));
}

static gboolean
title_label_words (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, "title"))
        {
          gtk_label_set_wrap_mode (GTK_LABEL (child), PANGO_WRAP_WORD);
          return TRUE;
        }
      if (title_label_words (child))
        return TRUE;
    }
  return FALSE;
}

/* An AdwActionRow's title wraps between words only: narrow, libadwaita's
 * wrapping broke a word in the middle ("Befolknin-gsutviklin-g"). The row
 * is then at least as wide as the longest word. */
void
sk_row_title_keeps_words (GtkWidget *row)
{
  g_return_if_fail (ADW_IS_ACTION_ROW (row));
  title_label_words (row);
}

/* The vertical box of labels in a libadwaita row's or group's header:
 * laid out by its own GtkBoxLayout (kept as "sk-box-layout"), but its
 * width does not depend on its height.
 *
 * The header's horizontal box asks it, at each layout, its width for
 * the height it has, and a box asks its labels the same.  GTK 4.8's
 * wrapping label answers that by a search: the least width that fits
 * the height, found by halving from its least width up to the whole
 * line, a layout at each step; some 380 layouts of each matrix row's
 * labels for the matrix's first frame, 30 of the weights' description.
 * A page gives its parts a width first and then the height for it, so
 * the width for a height is the width: the box is asked that, its
 * labels laid out once for it, and the header lays out as before (the
 * matrix's first frame 35% fewer instructions for its rows). */
static GtkSizeRequestMode
labels_request_mode (GtkWidget *box)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
labels_measure (GtkWidget      *box,
                GtkOrientation  orientation,
                int             for_size,
                int            *minimum,
                int            *natural,
                int            *minimum_baseline,
                int            *natural_baseline)
{
  gtk_layout_manager_measure (g_object_get_data (G_OBJECT (box), "sk-box-layout"), box, orientation,
                              orientation == GTK_ORIENTATION_HORIZONTAL ? -1 : for_size,
                              minimum, natural, minimum_baseline, natural_baseline);
}

static void
labels_allocate (GtkWidget *box,
                 int        width,
                 int        height,
                 int        baseline)
{
  gtk_layout_manager_allocate (g_object_get_data (G_OBJECT (box), "sk-box-layout"), box, width, height, baseline);
}

/* The widget whose child is a label of CSS class `label_class`. */
static GtkWidget *
find_labels_box (GtkWidget  *widget,
                 const char *label_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_LABEL (child) && gtk_widget_has_css_class (child, label_class))
        return widget;
      if ((found = find_labels_box (child, label_class)) != NULL)
        return found;
    }
  return NULL;
}

/* The first label of CSS class `label_class` in `widget` (a libadwaita
 * row: "title"; a preferences group: "heading") is in a vertical box of
 * labels: that box's width is asked for no height (above).  Where
 * libadwaita's widget is not as expected, it keeps its own layout, only
 * slower. */
void
sk_labels_width_for_any_height (GtkWidget  *widget,
                                const char *label_class)
{
  GtkWidget *box;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  box = find_labels_box (widget, label_class);
  if (box == NULL || !GTK_IS_BOX (box) || !GTK_IS_BOX_LAYOUT (gtk_widget_get_layout_manager (box)) ||
      gtk_orientable_get_orientation (GTK_ORIENTABLE (box)) != GTK_ORIENTATION_VERTICAL)
    return;
  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    if (!GTK_IS_LABEL (c))
      return;
  g_object_set_data_full (G_OBJECT (box), "sk-box-layout",
                          g_object_ref (gtk_widget_get_layout_manager (box)), g_object_unref);
  gtk_widget_set_layout_manager (box, gtk_custom_layout_new (labels_request_mode, labels_measure, labels_allocate));
}

/* The wrapping labels of the box of labels that holds one of CSS class
 * `label_class` (as sk_labels_width_for_any_height () finds it) are at
 * least `chars` characters wide: a label that may break a word laid
 * out at no width at all, a character a line, for its least width,
 * which costs Pango more than showing the label (in a row or group
 * already wider than that, nothing moves). */
void
sk_labels_least_chars (GtkWidget  *widget,
                       const char *label_class,
                       int         chars)
{
  GtkWidget *box;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  if ((box = find_labels_box (widget, label_class)) == NULL)
    return;
  for (GtkWidget *c = gtk_widget_get_first_child (box); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_LABEL (c) && gtk_label_get_wrap (GTK_LABEL (c)) && gtk_label_get_width_chars (GTK_LABEL (c)) < chars)
      gtk_label_set_width_chars (GTK_LABEL (c), chars);
}

/* A spin button writes its value as the app writes numbers: "5" rather
 * than "5,00", "2,5" with the decimals it needs, up to its digits (in the
 * locale's decimal sign, which its input reads back). */
static gboolean
short_output_cb (GtkSpinButton *spin,
                 gpointer       user_data)
{
  guint digits = gtk_spin_button_get_digits (spin);
  double value = gtk_adjustment_get_value (gtk_spin_button_get_adjustment (spin));
  g_autofree char *text = g_strdup_printf ("%.*f", (int) digits, value);
  gsize n = strlen (text);

  if (digits > 0)
    {
      while (n > 0 && text[n - 1] == '0')
        n--;
      if (n > 0 && !g_ascii_isdigit (text[n - 1]))
        n--;
      text[n] = '\0';
    }
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (spin)), text) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

void
sk_spin_button_show_short (GtkWidget *spin)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));
  g_signal_connect (spin, "output", G_CALLBACK (short_output_cb), NULL);
  short_output_cb (GTK_SPIN_BUTTON (spin), NULL);
}
