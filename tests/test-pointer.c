/* test-pointer.c — the window used with a real pointer: clicks, the wheel
 * and typing go through the X server (xdotool), under a window manager,
 * at the places the widgets are drawn.  tests/pointer.sh runs it on an X
 * server of its own with a laptop's screen (1366 × 768).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "sk-application.h"
#include "sk-closed-row.h"
#include "sk-agenda-view.h"
#include "sk-costs-view.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-matrix-view.h"
#include "sk-presenter.h"
#include "sk-record.h"
#include "sk-timeline-view.h"
#include "sk-view.h"
#include "sk-window.h"
#include "test-util.h"
#include "ui-util.h"

static SkApplication *app;
static char *example;

/* Waiting for what a command of xdotool set off, not for a fixed time
 * (300 ms after each of some 550 waits were nearly three minutes, and
 * only as sure as the machine was quick): each round waits for the
 * window manager to have handled all it was sent before (a click on a
 * window goes to it first, and it hands the click on), then for the X
 * server to have sent us all it has, then for GTK to have handled that
 * and drawn a frame on each window.  Settled is two rounds in a row in
 * which nothing came from the X server, no window laid itself out anew
 * and no button was held down by a key. */

/* X events and layouts seen (what a round compares). */
static guint activity;

/* A connection of its own to the X server, and a window there that the
 * window manager does not manage, for asking it something. */
static Display *wm_display;
static Window wm_window;
static Atom wm_request_extents, wm_extents;

static gboolean
xevent_cb (GdkX11Display *display,
           const XEvent  *xevent,
           gpointer       data)
{
  /* Not the replies to drawing (GraphicsExpose, NoExpose), nor the other
   * extensions' events (XKB's come with key events, which count), nor
   * what asking the window manager makes: the question sent by way of
   * the root window, and the windows it makes and unmakes to answer. */
  if (xevent->type == ClientMessage && xevent->xclient.message_type == wm_request_extents)
    return GDK_EVENT_PROPAGATE;
  if ((xevent->type == CreateNotify || xevent->type == DestroyNotify) &&
      xevent->xany.window == DefaultRootWindow (xevent->xany.display))
    return GDK_EVENT_PROPAGATE;
  if (xevent->type == GenericEvent ||
      (xevent->type >= KeyPress && xevent->type < LASTEvent &&
       xevent->type != GraphicsExpose && xevent->type != NoExpose))
    activity++;
  return GDK_EVENT_PROPAGATE;
}

static void
settle_init (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  wm_display = XOpenDisplay (gdk_display_get_name (display));
  g_assert_nonnull (wm_display);
  wm_window = XCreateSimpleWindow (wm_display, DefaultRootWindow (wm_display), 0, 0, 1, 1, 0, 0, 0);
  XSelectInput (wm_display, wm_window, PropertyChangeMask);
  wm_request_extents = XInternAtom (wm_display, "_NET_REQUEST_FRAME_EXTENTS", False);
  wm_extents = XInternAtom (wm_display, "_NET_FRAME_EXTENTS", False);
  g_signal_connect (display, "xevent", G_CALLBACK (xevent_cb), NULL);
}

/* The window manager has handled what it was sent before (events in
 * order): it answers _NET_REQUEST_FRAME_EXTENTS for a window it does not
 * manage by setting a property on it (EWMH). */
static void
wait_for_window_manager (void)
{
  XEvent request = { 0 }, answer;
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  request.xclient.type = ClientMessage;
  request.xclient.window = wm_window;
  request.xclient.message_type = wm_request_extents;
  request.xclient.format = 32;
  XSendEvent (wm_display, DefaultRootWindow (wm_display), False,
              SubstructureRedirectMask | SubstructureNotifyMask, &request);
  XFlush (wm_display);
  for (;;)
    {
      while (XCheckTypedWindowEvent (wm_display, wm_window, PropertyNotify, &answer))
        if (answer.xproperty.atom == wm_extents)
          return;
      if (g_get_monotonic_time () > deadline)
        g_error ("The window manager did not answer in 30 s");
      g_usleep (500);
      XSync (wm_display, False);
    }
}

static void
frame_cb (GdkFrameClock *clock,
          guint         *count)
{
  (*count)++;
}

static gboolean
wake_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Whether a button is down from a key (Enter, space, its access key):
 * GTK shows it pressed for a quarter of a second (a style class of its
 * own), then it is clicked. */
static gboolean
button_held (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return FALSE;
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "keyboard-activating"))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (button_held (child))
      return TRUE;
  return FALSE;
}

/* Whatever is ready run, then a frame drawn on each window shown. */
static void
run_and_draw (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  g_autoptr(GPtrArray) clocks = g_ptr_array_new_with_free_func (g_object_unref);
  guint painted = 0;
  gint64 deadline;
  guint wake;

  for (GList *l = toplevels; l; l = l->next)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (l->data);
      GdkSurface *surface = gtk_native_get_surface (l->data);

      if (button_held (l->data))
        activity++;
      if (clock != NULL && gtk_widget_get_mapped (l->data) && surface != NULL &&
          gdk_surface_get_mapped (surface) && !g_ptr_array_find (clocks, clock, NULL))
        g_ptr_array_add (clocks, g_object_ref (clock));
    }
  g_list_free (toplevels);
  for (guint i = 0; i < clocks->len; i++)
    {
      g_signal_connect (clocks->pdata[i], "layout", G_CALLBACK (frame_cb), &activity);
      g_signal_connect (clocks->pdata[i], "after-paint", G_CALLBACK (frame_cb), &painted);
    }

  while (g_main_context_iteration (NULL, FALSE))
    ;
  for (guint i = 0; i < clocks->len; i++)
    gdk_frame_clock_request_phase (clocks->pdata[i], GDK_FRAME_CLOCK_PHASE_PAINT);
  /* A frame comes within 17 ms (60 Hz); a window whose clock stopped
   * (one being closed) is not waited for long. */
  wake = g_timeout_add (20, wake_cb, NULL);
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC;
  while (painted < clocks->len && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake);
  while (g_main_context_iteration (NULL, FALSE))
    ;

  for (guint i = 0; i < clocks->len; i++)
    {
      g_signal_handlers_disconnect_by_func (clocks->pdata[i], frame_cb, &activity);
      g_signal_handlers_disconnect_by_func (clocks->pdata[i], frame_cb, &painted);
    }
}

static void
settle (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  int quiet = 0, round;

  if (wm_display == NULL)
    settle_init ();
  for (round = 0; round < 200 && quiet < 2; round++)
    {
      guint before = activity;

      wait_for_window_manager ();
      gdk_display_sync (display);
      run_and_draw ();
      quiet = activity == before ? quiet + 1 : 0;
    }
  if (quiet < 2)
    g_test_message ("Not settled after %d rounds", round);
}

/* Settles until the flag is set, for at most `seconds`. */
static void
settle_until (gboolean *flag,
              int       seconds)
{
  gint64 deadline = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (!*flag && g_get_monotonic_time () < deadline)
    settle ();
}

static void
xdotool (const char *format,
         ...) G_GNUC_PRINTF (1, 2);

/* Runs xdotool with these arguments; a failure fails the test. */
static void
xdotool (const char *format,
         ...)
{
  va_list args;
  g_autofree char *arguments = NULL;
  g_autofree char *command = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = -1;

  va_start (args, format);
  arguments = g_strdup_vprintf (format, args);
  va_end (args);
  command = g_strdup_printf ("xdotool %s", arguments);
  g_assert_true (g_spawn_command_line_sync (command, NULL, &err, &status, &error));
  g_assert_no_error (error);
  if (status != 0)
    g_error ("%s: %s", command, err);
  settle ();
}

static gulong
xid_of (GtkWidget *widget)
{
  return gdk_x11_surface_get_xid (gtk_native_get_surface (gtk_widget_get_native (widget)));
}

/* Where (fx, fy) of the widget (0 to 1 of its width and height) is, in
 * its surface's coordinates. */
static graphene_point_t
surface_point (GtkWidget *widget,
               double     fx,
               double     fy)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t in = GRAPHENE_POINT_INIT (fx * gtk_widget_get_width (widget), fy * gtk_widget_get_height (widget));
  graphene_point_t out;
  double sx, sy;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &in, &out));
  gtk_native_get_surface_transform (native, &sx, &sy);
  out.x += sx;
  out.y += sy;
  return out;
}

static void
pointer_to (GtkWidget *widget,
            double     fx,
            double     fy)
{
  graphene_point_t p = surface_point (widget, fx, fy);

  xdotool ("mousemove --window %lu %d %d", xid_of (widget), (int) p.x, (int) p.y);
}

/* A click of the first button at (fx, fy) of the widget.  Two clicks
 * at one place are two, as a hand's are, not a double click: the second
 * waits for GTK's double-click time to have passed since the first, also
 * with clicks elsewhere in between (each widget counts its own). */
static void
click_at (GtkWidget *widget,
          double     fx,
          double     fy)
{
  static struct { gulong xid; graphene_point_t at; gint64 time; } recent[8];
  static guint next;
  graphene_point_t at = surface_point (widget, fx, fy);
  gulong xid = xid_of (widget);
  int time, distance;

  g_object_get (gtk_widget_get_settings (widget), "gtk-double-click-time", &time,
                "gtk-double-click-distance", &distance, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (recent); i++)
    if (recent[i].xid == xid && fabs (at.x - recent[i].at.x) <= distance + 1 &&
        fabs (at.y - recent[i].at.y) <= distance + 1)
      {
        gint64 wait = recent[i].time + (time + 50) * 1000 - g_get_monotonic_time ();

        if (wait > 0)
          g_usleep (wait);
      }
  pointer_to (widget, fx, fy);
  xdotool ("click 1");
  recent[next].xid = xid;
  recent[next].at = at;
  recent[next].time = g_get_monotonic_time ();
  next = (next + 1) % G_N_ELEMENTS (recent);
}

static void
click (GtkWidget *widget)
{
  click_at (widget, 0.5, 0.5);
}

static void
type_text (const char *text)
{
  xdotool ("type --delay 20 '%s'", text);
}

static SkWindow *
open_window (const char *path)
{
  SkWindow *window = sk_window_new (app);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_present (GTK_WINDOW (window));
  sk_window_open_file (window, file, FALSE);
  while (sk_project_get_meetings (sk_window_get_project (window))->len == 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  settle ();
  xdotool ("windowactivate --sync %lu", xid_of (GTK_WIDGET (window)));
  return window;
}

/* The example copied to a folder of its own and opened, the window as
 * large as the laptop's screen. */
static SkWindow *
open_example_copy (char **dir_out,
                   char **path_out)
{
  g_autofree char *contents = NULL;
  char *dir = g_dir_make_tmp ("sakskart-pointer-XXXXXX", NULL);
  char *path = g_build_filename (dir, "styret.sakskart", NULL);
  SkWindow *window;

  g_assert_true (g_file_get_contents (example, &contents, NULL, NULL));
  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  window = open_window (path);
  xdotool ("windowsize --sync %lu 1366 740", xid_of (GTK_WIDGET (window)));
  *dir_out = dir;
  *path_out = path;
  return window;
}

static void
close_window (SkWindow *window,
              char     *dir,
              char     *path)
{
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  test_remove_saved (dir, path);
  g_free (dir);
  g_free (path);
}

/* A button or menu button showing this label, mnemonic aside. */
static gboolean
is_button_showing (GtkWidget     *widget,
                   gconstpointer  text)
{
  const char *label = NULL;
  g_autoptr(GString) plain = NULL;

  if (GTK_IS_BUTTON (widget))
    label = gtk_button_get_label (GTK_BUTTON (widget));
  else if (GTK_IS_MENU_BUTTON (widget))
    label = gtk_menu_button_get_label (GTK_MENU_BUTTON (widget));
  if (label == NULL || !gtk_widget_get_mapped (widget))
    return FALSE;
  plain = g_string_new (label);
  g_string_replace (plain, "_", "", 0);
  return g_str_equal (plain->str, text);
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  return find_widget (root, is_button_showing, label);
}

static SkItem *
item_at (SkWindow *window,
         guint     index)
{
  SkMeeting *m = sk_project_find_meeting (sk_window_get_project (window), "styret-2025-11-03");

  g_assert_cmpuint (index, <, m->items->len);
  return g_ptr_array_index (m->items, index);
}

static GtkAdjustment *
page_adjustment (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  g_assert_nonnull (scroller);
  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static double
window_y (GtkWidget *widget)
{
  graphene_point_t p = GRAPHENE_POINT_INIT (0, 0), out;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &p, &out));
  return out.y;
}

static double
window_x (GtkWidget *widget)
{
  graphene_point_t p = GRAPHENE_POINT_INIT (0, 0), out;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (gtk_widget_get_root (widget)), &p, &out));
  return out.x;
}

/* Turns the wheel over the page until the widget is in full view. */
/* The page's scroller: the nearest that scrolls up and down. */
static GtkWidget *
page_scroller (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW); w != NULL;
       w = gtk_widget_get_ancestor (gtk_widget_get_parent (w), GTK_TYPE_SCROLLED_WINDOW))
    {
      GtkPolicyType v;

      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (w), NULL, &v);
      if (v != GTK_POLICY_NEVER)
        return w;
    }
  g_assert_not_reached ();
}

static void
scroll_into_view (GtkWidget *widget)
{
  GtkWidget *scroller = page_scroller (widget);
  int window_height = gtk_widget_get_height (GTK_WIDGET (gtk_widget_get_root (widget)));

  for (int i = 0; i < 60 && window_y (widget) + gtk_widget_get_height (widget) > window_height - 40; i++)
    {
      /* In the page's margin: a slider under the pointer takes the wheel. */
      pointer_to (scroller, 0.01, 0.5);
      /* Far away, ten turns at a time. */
      if (window_y (widget) > 3 * window_height)
        xdotool ("click --repeat 10 --delay 5 5");
      else
        xdotool ("click 5");
    }
  for (int i = 0; i < 60 && window_y (widget) < 60; i++)
    {
      pointer_to (scroller, 0.01, 0.5);
      xdotool ("click 4");
    }
  g_assert_cmpfloat (window_y (widget), >=, 60);
  g_assert_cmpfloat (window_y (widget) + gtk_widget_get_height (widget), <=, window_height - 40);
}

/* The n-th (from 0) text view of an open item: case text, proposal,
 * decision. */
static GtkWidget *
text_view_of (GtkWidget *row,
              int        n)
{
  GtkWidget *found = NULL;

  for (GtkWidget *w = find_type (row, GTK_TYPE_TEXT_VIEW); w != NULL && n >= 0; n--)
    {
      found = w;
      /* The next one after this one's frame. */
      for (GtkWidget *frame = gtk_widget_get_next_sibling (gtk_widget_get_parent (w)); frame; frame = gtk_widget_get_next_sibling (frame))
        if ((w = GTK_IS_FRAME (frame) ? gtk_frame_get_child (GTK_FRAME (frame)) : NULL) != NULL)
          break;
    }
  g_assert_true (n < 0);
  return found;
}

/* A click into an open item's text areas edits them; nothing typed is
 * lost, the item stays open (it was folded by the click, and the typing
 * went nowhere). */
static void
test_click_into_case_text (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *row, *body, *proposal, *decision;

  row = item_row_titled (window, "2. Godkjenning av innkalling og sakliste");
  click (find_label (row, "2. Godkjenning av innkalling og sakliste"));
  body = text_view_of (row, 0);
  g_assert_true (gtk_widget_get_mapped (body));

  click (body);
  g_assert_true (gtk_widget_get_mapped (body));
  g_assert_true (gtk_widget_has_focus (body));
  type_text ("Innkallinga er send ut.");
  g_assert_cmpstr (item_at (window, 1)->body, ==, "Innkallinga er send ut.");
  g_assert_true (gtk_widget_get_mapped (body));

  /* The proposal, clicked at its end. */
  proposal = text_view_of (row, 1);
  scroll_into_view (proposal);
  click_at (proposal, 0.95, 0.5);
  g_assert_true (gtk_widget_has_focus (proposal));
  type_text (" Merknad");
  g_assert_cmpstr (item_at (window, 1)->proposal, ==, "Innkalling og sakliste vert godkjend. Merknad");

  /* The decision, clicked at its end, after what the example has. */
  decision = text_view_of (row, 2);
  scroll_into_view (decision);
  {
    const char *before = item_at (window, 1)->decision;
    g_autofree char *expected = g_strconcat (before ? before : "", " Vedteke samrystes", NULL);

    click_at (decision, 0.95, 0.5);
    g_assert_true (gtk_widget_has_focus (decision));
    type_text (" Vedteke samrystes");
    g_assert_cmpstr (item_at (window, 1)->decision, ==, expected);
  }

  /* The title, after its last letter. */
  {
    GtkWidget *title = find_widget (row, is_shown_of_type, GSIZE_TO_POINTER (GTK_TYPE_TEXT));

    scroll_into_view (title);
    click_at (title, 0.99, 0.5);
    xdotool ("key End");
    type_text (" (sak 2)");
    g_assert_cmpstr (item_at (window, 1)->title, ==, "Godkjenning av innkalling og sakliste (sak 2)");
  }

  /* A click on the header closes the item; the text stays. */
  {
    GtkWidget *header = find_label (row, "2. Godkjenning av innkalling og sakliste (sak 2)");

    scroll_into_view (header);
    click (header);
  }
  g_assert_false (gtk_widget_get_mapped (body));
  g_assert_cmpstr (item_at (window, 1)->body, ==, "Innkallinga er send ut.");
  g_assert_true (sk_window_get_modified (window));
  /* The row has the focus: space and Enter open and close it too. */
  g_assert_true (gtk_widget_has_focus (row));
  xdotool ("key space");
  g_assert_true (gtk_widget_get_mapped (body));
  xdotool ("key Return");
  g_assert_false (gtk_widget_get_mapped (body));

  close_window (window, dir, path);
}

/* "Move Up" clicked twice: the item moves, the page does not jump, the
 * button stays under the pointer with the focus; on the first item it is
 * off. */
static void
test_move_up_keeps_place (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *row, *up, *down;
  GtkAdjustment *adjustment;
  double y, value;

  row = item_row_titled (window, "12. Plan for styret sitt arbeid og ønske for neste møte");
  scroll_into_view (find_label (row, "12. Plan for styret sitt arbeid og ønske for neste møte"));
  click (find_label (row, "12. Plan for styret sitt arbeid og ønske for neste møte"));
  up = find_button (row, "Move Up");
  g_assert_nonnull (up);
  scroll_into_view (up);
  adjustment = page_adjustment (up);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (value, >, 0);
  y = window_y (up);

  for (int n = 1; n <= 2; n++)
    {
      g_autofree char *title = g_strdup_printf ("%d. Plan for styret sitt arbeid og ønske for neste møte", 12 - n);

      click (up);
      g_assert_cmpstr (item_at (window, 11 - n)->id, ==, "styreplan");
      g_assert_true (gtk_widget_get_mapped (up));
      g_assert_true (gtk_widget_has_focus (up));
      g_assert_nonnull (find_label (row, title));
      /* The page moved with the item, not to the top: the button is still
       * under the pointer (within a few pixels of the rows' borders). */
      g_assert_cmpfloat (fabs (window_y (up) - y), <=, 8);
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
      g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), <, value);
    }

  /* "Move Down" by its mnemonic (Alt+D here, Alt+N in Nynorsk): the
   * focus stays where it was in the item, not on the header's first
   * button. */
  xdotool ("key alt+d");
  g_assert_cmpstr (item_at (window, 10)->id, ==, "styreplan");
  g_assert_true (gtk_widget_has_focus (up));

  /* The first item cannot go up, the last one not down. */
  row = item_row_titled (window, "1. Opning v/styreleiar");
  scroll_into_view (find_label (row, "1. Opning v/styreleiar"));
  click (find_label (row, "1. Opning v/styreleiar"));
  g_assert_false (gtk_widget_get_sensitive (find_button (row, "Move Up")));
  g_assert_true (gtk_widget_get_sensitive (find_button (row, "Move Down")));
  row = item_row_titled (window, "15. Ymse");
  scroll_into_view (find_label (row, "15. Ymse"));
  click (find_label (row, "15. Ymse"));
  down = find_button (row, "Move Down");
  scroll_into_view (down);
  g_assert_false (gtk_widget_get_sensitive (down));
  click (down);
  g_assert_cmpstr (item_at (window, 14)->id, ==, "ymse");
  /* Moved up, it can go down again. */
  click (find_button (row, "Move Up"));
  g_assert_cmpstr (item_at (window, 13)->id, ==, "ymse");
  g_assert_true (gtk_widget_get_sensitive (down));

  close_window (window, dir, path);
}

static gboolean
is_shown_popover (GtkWidget     *widget,
                  gconstpointer  data)
{
  return GTK_IS_POPOVER (widget) && gtk_widget_get_mapped (widget);
}

/* "Link to…" is a menu: its entry, clicked, links the item; the page
 * stays where it was and the focus on "Link to…". */
static void
test_link_keeps_place (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *row, *button, *popover, *entry;
  GtkAdjustment *adjustment;
  double value;
  SkItem *item;

  row = item_row_titled (window, "9. Plan i Sogn – Kart, oppmåling og GIS");
  scroll_into_view (find_label (row, "9. Plan i Sogn – Kart, oppmåling og GIS"));
  click (find_label (row, "9. Plan i Sogn – Kart, oppmåling og GIS"));
  button = find_button (row, "Link to…");
  g_assert_true (GTK_IS_MENU_BUTTON (button));
  scroll_into_view (button);
  adjustment = page_adjustment (button);
  value = gtk_adjustment_get_value (adjustment);

  click (button);
  popover = find_widget (button, is_shown_popover, NULL);
  g_assert_nonnull (popover);
  /* No choice is shown as chosen: there is none. */
  g_assert_null (find_type (popover, GTK_TYPE_CHECK_BUTTON));
  entry = find_label (popover, "Skog i Sogn – vertskommunesamarbeid");
  g_assert_nonnull (entry);
  /* The pointer over the menu's entries first, as a hand moves it. */
  pointer_to (find_label (popover, "Vertskommune for Nav region Sogn"), 0.5, 0.5);
  pointer_to (entry, 0.5, 0.5);
  click (entry);

  item = item_at (window, 8);
  g_assert_cmpuint (item->links->len, ==, 1);
  g_assert_cmpint (((SkLink *) g_ptr_array_index (item->links, 0))->kind, ==, SK_LINK_COST_MODEL);
  g_assert_cmpstr (((SkLink *) g_ptr_array_index (item->links, 0))->id, ==, "skog");
  g_assert_nonnull (find_label (row, "Cost model: Skog i Sogn – vertskommunesamarbeid"));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, value);
  button = find_button (row, "Link to…");
  g_assert_true (gtk_widget_has_focus (button) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), button));

  close_window (window, dir, path);
}

/* "Add Item": the new item opens with its title chosen, so that what is
 * typed names it. */
static void
test_new_item_focuses_title (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *add = find_button (GTK_WIDGET (window), "Add Item");
  GtkWidget *focus, *row;
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  /* An item open above it: the page is long. */
  row = item_row_titled (window, "2. Godkjenning av innkalling og sakliste");
  click (find_label (row, "2. Godkjenning av innkalling og sakliste"));
  scroll_into_view (add);
  click (add);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (GTK_IS_TEXT (focus));
  /* In view, where the typing can be seen (the page went up to where
   * the list begins, the new item far below). */
  g_assert_cmpfloat (window_y (focus), >=, 0);
  g_assert_cmpfloat (window_y (focus) + gtk_widget_get_height (focus), <=, height);
  type_text ("Val av revisor");
  g_assert_cmpstr (item_at (window, 15)->title, ==, "Val av revisor");
  g_assert_nonnull (find_label (GTK_WIDGET (window), "16. Val av revisor"));

  close_window (window, dir, path);
}

static gboolean
is_label_ending (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_suffix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

static void
saved_cb (SkWindow *window,
          gboolean *done)
{
  *done = TRUE;
}

/* Which file, and whether it is saved, shows beside the view switcher;
 * undoing back to the contents on disk (opened or saved) clears "•". */
static void
test_unsaved_mark_follows_undo (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *header = find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *name = find_widget (header, is_label_ending, "styret.sakskart");
  GtkWidget *row, *label;
  gboolean done = FALSE;

  /* Wide enough for the view switcher, and the file's name beside it. */
  g_assert_nonnull (find_type (header, ADW_TYPE_VIEW_SWITCHER));
  g_assert_nonnull (name);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "styret.sakskart");

  row = item_row_titled (window, "2. Godkjenning av innkalling og sakliste");
  label = find_label (row, "2. Godkjenning av innkalling og sakliste");
  click (label);
  click (text_view_of (row, 0));
  type_text ("Hei");
  g_assert_cmpstr (item_at (window, 1)->body, ==, "Hei");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "• styret.sakskart");
  g_assert_true (sk_window_get_modified (window));

  /* Undone (the focus on the item's header), it is as opened. */
  click (label);
  xdotool ("key ctrl+z");
  g_assert_null (item_at (window, 1)->body);
  g_assert_false (sk_window_get_modified (window));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "styret.sakskart");
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "•"));
  xdotool ("key ctrl+shift+z");
  g_assert_cmpstr (item_at (window, 1)->body, ==, "Hei");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "• styret.sakskart");

  /* Saved, then edited and undone: as saved. */
  g_signal_connect (window, "saved", G_CALLBACK (saved_cb), &done);
  xdotool ("key ctrl+s");
  settle_until (&done, 30);
  g_assert_true (done);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "styret.sakskart");
  row = item_row_titled (window, "2. Godkjenning av innkalling og sakliste");
  label = find_label (row, "2. Godkjenning av innkalling og sakliste");
  /* The click that gave the undo its focus closed the item, and the page
   * kept its place further down: back up to it, and open it again. */
  scroll_into_view (label);
  click (label);
  click (text_view_of (row, 0));
  xdotool ("key End");
  type_text (" og ha det");
  g_assert_cmpstr (item_at (window, 1)->body, ==, "Hei og ha det");
  g_assert_true (sk_window_get_modified (window));
  click (label);
  xdotool ("key ctrl+z");
  g_assert_cmpstr (item_at (window, 1)->body, ==, "Hei");
  g_assert_false (sk_window_get_modified (window));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (name)), ==, "styret.sakskart");
  /* One more undo goes past what is on disk. */
  xdotool ("key ctrl+z");
  g_assert_true (sk_window_get_modified (window));

  close_window (window, dir, path);
}

/* The keys still work after the main menu's "Style" submenu was opened
 * and the menu closed with Esc (they stopped until a restart). */
static void
test_keys_after_style_menu (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *header = find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *menu, *popover;

  menu = find_type (header, GTK_TYPE_MENU_BUTTON);
  g_assert_nonnull (menu);
  g_assert_true (gtk_menu_button_get_primary (GTK_MENU_BUTTON (menu)));
  click (menu);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (menu)));
  g_assert_true (gtk_widget_get_mapped (popover));
  click (find_label (popover, "Style"));
  xdotool ("key Escape");
  g_assert_false (gtk_widget_get_mapped (popover));
  /* The focus is on something shown, in the window. */
  g_assert_true (gtk_widget_get_mapped (gtk_root_get_focus (GTK_ROOT (window))));
  xdotool ("key alt+2");
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "matrix");
  xdotool ("key alt+1");
  g_assert_cmpstr (sk_window_get_visible_view (window), ==, "agenda");

  close_window (window, dir, path);
}

/* "Add a Candidate…" is a menu of the municipalities not yet candidates:
 * one clicked is added, and nothing shows as chosen. */
static void
test_add_candidate_menu (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *header = find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *add, *popover;
  SkMatrix *matrix;

  click (find_label (header, "Matrix"));
  add = find_button (GTK_WIDGET (window), "Add a Candidate…");
  g_assert_true (GTK_IS_MENU_BUTTON (add));
  scroll_into_view (add);
  click (add);
  popover = find_widget (add, is_shown_popover, NULL);
  g_assert_nonnull (popover);
  g_assert_null (find_type (popover, GTK_TYPE_CHECK_BUTTON));
  pointer_to (find_label (popover, "Aurland"), 0.5, 0.5);
  click (find_label (popover, "Aurland"));
  matrix = sk_project_find_matrix (sk_window_get_project (window), "nav-vertskommune");
  g_assert_cmpuint (matrix->candidates->len, ==, 3);
  g_assert_cmpstr (((SkCandidate *) g_ptr_array_index (matrix->candidates, 2))->municipality, ==, "aurland");

  close_window (window, dir, path);
}

static gboolean
is_day_of_month (GtkWidget     *widget,
                 gconstpointer  text)
{
  return is_label_saying (widget, text) && !gtk_widget_has_css_class (widget, "other-month");
}

/* The meeting's date picked from a calendar beside its entry. */
static void
test_date_from_calendar (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *dialog = NULL, *button, *popover, *day;
  GList *toplevels;

  button = find_button (GTK_WIDGET (window), "Edit…");
  g_assert_nonnull (button);
  click (button);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      dialog = l->data;
  g_list_free (toplevels);
  g_assert_nonnull (dialog);
  button = find_widget (dialog, is_shown_of_type, GSIZE_TO_POINTER (GTK_TYPE_MENU_BUTTON));
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Choose the Date");
  click (button);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button)));
  g_assert_true (gtk_widget_get_mapped (popover));
  /* It opens on the meeting's month. */
  g_assert_nonnull (find_widget (popover, is_label_saying, "November"));
  day = find_widget (popover, is_day_of_month, "20");
  g_assert_nonnull (day);
  click (day);
  g_assert_false (gtk_widget_get_mapped (popover));
  button = find_button (dialog, "Apply");
  g_assert_nonnull (button);
  click (button);
  g_assert_cmpstr (sk_project_find_meeting (sk_window_get_project (window), "styret-2025-11-03")->date, ==, "2025-11-20");

  close_window (window, dir, path);
}

static gboolean
is_shown_file_chooser (GtkWidget     *widget,
                       gconstpointer  data)
{
  return GTK_IS_FILE_CHOOSER_DIALOG (widget) && gtk_widget_get_visible (widget);
}

/* Save As proposes a name from the project's title, in its language. */
static void
test_save_as_proposes_title (void)
{
  SkWindow *window = sk_window_new (app);
  GList *toplevels;
  GtkWidget *chooser = NULL;
  g_autofree char *name = NULL;

  gtk_window_present (GTK_WINDOW (window));
  sk_window_open_example (window);
  settle ();
  xdotool ("windowactivate --sync %lu", xid_of (GTK_WIDGET (window)));
  xdotool ("key ctrl+shift+s");
  for (gint64 deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
       chooser == NULL && g_get_monotonic_time () < deadline;)
    {
      toplevels = gtk_window_list_toplevels ();
      for (GList *l = toplevels; l; l = l->next)
        if (is_shown_file_chooser (l->data, NULL))
          chooser = l->data;
      g_list_free (toplevels);
      if (chooser == NULL)
        settle ();
    }
  g_assert_nonnull (chooser);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "Styremøte 3. november 2025.sakskart");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  settle ();
  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
}

/* Whether anything shown in the window reaches past its right edge (or
 * its left).  What a sideways scroller holds may: the scroller is
 * checked instead.  Popovers are windows of their own. */
static void
collect_overflow (GtkWidget *widget,
                  GtkWidget *window,
                  GString   *out)
{
  graphene_rect_t r;
  double sx, sy;

  if (!gtk_widget_get_mapped (widget) || GTK_IS_NATIVE (widget) ||
      !gtk_widget_compute_bounds (widget, window, &r))
    return;

  /* On the screen: in the window's surface (GTK draws its frame in it). */
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  r.origin.x += sx;
  if (r.origin.x < -0.5 || r.origin.x + r.size.width > gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))) + 0.5)
    g_string_append_printf (out, "%s%s (%s) at %.0f, %.0f wide", out->len ? "; " : "", G_OBJECT_TYPE_NAME (widget),
                            GTK_IS_LABEL (widget) ? gtk_label_get_text (GTK_LABEL (widget)) : "",
                            r.origin.x, r.size.width);
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkPolicyType h;

      gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (widget), &h, NULL);
      if (h != GTK_POLICY_NEVER)
        return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_overflow (child, window, out);
}

static void
assert_fits (SkWindow   *window,
             const char *where)
{
  g_autoptr(GString) out = g_string_new (NULL);
  int min;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min > 683)
    g_error ("%s: the window is at least %d px wide", where, min);
  /* The window on the screen (its frame drawn by GTK in it). */
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), ==, 683);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window)); child; child = gtk_widget_get_next_sibling (child))
    collect_overflow (child, GTK_WIDGET (window), out);
  if (out->len > 0)
    g_error ("%s: past the window's edge: %s", where, out->str);
}

/* Whether the widget is wholly within what its sideways scroller shows. */
static gboolean
in_view (GtkWidget *widget)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t r;

  g_assert_true (gtk_widget_compute_bounds (widget, scroller, &r));
  return r.origin.x >= -0.5 && r.origin.x + r.size.width <= gtk_widget_get_width (scroller) + 0.5;
}

/* Half a laptop's screen (683 × 740): each view, chosen with the switcher
 * at the bottom, and an item linked to a cost model open, fit the window;
 * the side lists fold away and the header's button shows them; the cost
 * table keeps the municipality and its total in view when scrolled. */
static void
test_half_laptop_screen (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  const char *views[] = { "Matrix", "Timeline", "Costs", "Agenda" };
  GtkWidget *bar, *row, *list_button, *sidebar;

  xdotool ("windowsize --sync %lu 683 740", xid_of (GTK_WIDGET (window)));
  bar = find_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER_BAR);
  g_assert_nonnull (bar);
  assert_fits (window, "Agenda");

  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    {
      click (find_label (bar, views[i]));
      assert_fits (window, views[i]);
    }

  /* A click on a closed item's header line opens it, and again closes
   * it: also just where the folded side list's handle was, at which GTK
   * 4.8's GtkPaned went on taking presses. */
  row = item_row_titled (window, "6. Oppstart nye prosjekt");
  scroll_into_view (row);
  {
    GtkWidget *paned = gtk_widget_get_ancestor (row, GTK_TYPE_PANED);
    int handle = gtk_paned_get_position (GTK_PANED (paned));

    for (int dx = -2; dx <= 10; dx += 6)
      {
        GtkWidget *title = find_label (row, "6. Oppstart nye prosjekt");
        gboolean was_open = find_type (row, GTK_TYPE_TEXT_VIEW) != NULL;
        graphene_point_t at, y;

        g_assert_true (gtk_widget_compute_point (paned, row, &GRAPHENE_POINT_INIT (handle + dx, 0), &at));
        g_assert_true (gtk_widget_compute_point (title, row, &GRAPHENE_POINT_INIT (0, gtk_widget_get_height (title) / 2.0), &y));
        g_assert_cmpfloat (at.x, >, 0);
        click_at (row, at.x / gtk_widget_get_width (row), y.y / gtk_widget_get_height (row));
        if ((find_type (row, GTK_TYPE_TEXT_VIEW) != NULL) == was_open)
          g_error ("A click %d px from where the side list's handle was did not %s the item",
                   dx, was_open ? "close" : "open");
      }
    if (find_type (row, GTK_TYPE_TEXT_VIEW) != NULL)
      click (find_label (row, "6. Oppstart nye prosjekt"));
  }

  /* The item with the longest link: its title is cut, not the page. */
  row = item_row_titled (window, "7. Felles barnevern i Sogn");
  click (find_label (row, "7. Felles barnevern i Sogn"));
  scroll_into_view (find_button (row, "Link to…"));
  g_assert_nonnull (find_label (row, "Cost model: Felles barnevern i Sogn – budsjett 2026 (29 årsverk)"));
  assert_fits (window, "An item linked to a cost model");

  /* The side list is folded away; the header's button shows it, and a
   * meeting chosen from it is shown with the list away again. */
  sidebar = GTK_WIDGET (sk_view_get_sidebar (SK_VIEW (find_type (GTK_WIDGET (window), SK_TYPE_AGENDA_VIEW))));
  g_assert_false (gtk_widget_get_mapped (sidebar));
  list_button = find_widget (GTK_WIDGET (window), is_shown_of_type, GSIZE_TO_POINTER (GTK_TYPE_TOGGLE_BUTTON));
  g_assert_nonnull (list_button);
  click (list_button);
  g_assert_true (gtk_widget_get_mapped (sidebar));
  assert_fits (window, "The agenda with its list");
  scroll_into_view (find_label (sidebar, "10 February 2026"));
  click (find_label (sidebar, "10 February 2026"));
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_assert_nonnull (find_label (GTK_WIDGET (window), "10 February 2026 · Digital"));

  /* The cost split scrolled sideways to its end: the municipalities and
   * their totals stay in view. */
  click (find_label (bar, "Costs"));
  {
    GtkWidget *share = find_label (GTK_WIDGET (window), "Per inhabitant");
    GtkWidget *scroller = gtk_widget_get_ancestor (share, GTK_TYPE_SCROLLED_WINDOW);
    GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
    GtkWidget *aurland, *total;

    scroll_into_view (share);
    g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h));
    pointer_to (find_label (scroller, "Equal part"), 0.5, 0.5);
    /* Shift with the wheel scrolls sideways. */
    xdotool ("keydown shift click --repeat 20 --delay 10 5 keyup shift");
    g_assert_cmpfloat (gtk_adjustment_get_value (h), >, 0);
    g_assert_true (in_view (share));
    aurland = find_label (GTK_WIDGET (window), "Aurland");
    total = find_label (GTK_WIDGET (window), "29,215,093 kr");
    g_assert_true (gtk_widget_compute_bounds (aurland, GTK_WIDGET (window), &(graphene_rect_t) { 0 }));
    g_assert_cmpfloat (window_x (aurland), >=, 0);
    g_assert_cmpfloat (window_x (total) + gtk_widget_get_width (total), <=, 683);
    g_assert_cmpfloat (window_x (total), <, window_x (scroller));
  }
  assert_fits (window, "Costs scrolled sideways");

  /* The side-by-side table scrolled sideways to its last column: the
   * municipalities and the amounts shown above them stay in view. */
  {
    GtkWidget *last = find_label (GTK_WIDGET (window), "Nedskalert til 27 årsverk");
    GtkWidget *scroller = gtk_widget_get_ancestor (last, GTK_TYPE_SCROLLED_WINDOW);
    GtkWidget *shown = find_label (GTK_WIDGET (window), "Shown above");
    GtkWidget *amount = gtk_grid_get_child_at (GTK_GRID (gtk_widget_get_parent (shown)), 1, 1);

    scroll_into_view (scroller);
    pointer_to (scroller, 0.5, 0.5);
    xdotool ("keydown shift click --repeat 30 --delay 10 5 keyup shift");
    g_assert_true (in_view (last));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (amount)), ==, "2,350,703 kr");
    for (GtkWidget *w = shown; w != NULL; w = w == shown ? amount : NULL)
      {
        g_assert_cmpfloat (window_x (w), >=, 0);
        g_assert_cmpfloat (window_x (w) + gtk_widget_get_width (w), <=, window_x (scroller) + 0.5);
      }
  }
  assert_fits (window, "The side-by-side table scrolled sideways");

  close_window (window, dir, path);
}

/* A field of the timeline's panel: the caption's next sibling. */
static GtkWidget *
panel_field (GtkWidget  *panel,
             const char *caption)
{
  GtkWidget *label = find_label (panel, caption);

  g_assert_nonnull (label);
  return gtk_widget_get_next_sibling (label);
}

static SkTask *
task_of (SkTimeline *t,
         const char *id)
{
  for (guint i = 0; i < t->tasks->len; i++)
    if (g_str_equal (((SkTask *) g_ptr_array_index (t->tasks, i))->id, id))
      return g_ptr_array_index (t->tasks, i);
  g_assert_not_reached ();
}

/* A click on a task's bar in the chart chooses it. */
static void
click_bar (SkGanttChart *chart,
           SkTask       *task)
{
  double x, y, w;

  g_assert_true (sk_gantt_chart_bar_position (chart, task, &x, &y, &w));
  click_at (GTK_WIDGET (chart), (x + w / 2) / gtk_widget_get_width (GTK_WIDGET (chart)),
            y / gtk_widget_get_height (GTK_WIDGET (chart)));
  g_assert_true (sk_gantt_chart_get_selected (chart) == task);
}

/* A date typed into the timeline's panel is applied when the pointer
 * goes on to another field or another task, as the name and the note
 * are: it was kept only until Enter, and lost with the next task. */
static void
test_task_date_kept_on_click_away (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *header = find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  SkGanttChart *chart;
  SkTimeline *t;
  SkTask *interview, *insight;
  GtkWidget *panel, *start, *end, *note;

  click (find_label (header, "Timeline"));
  chart = sk_timeline_view_get_chart (SK_TIMELINE_VIEW (find_type (GTK_WIDGET (window), SK_TYPE_TIMELINE_VIEW)));
  t = sk_project_find_timeline (sk_window_get_project (window), "ppt");
  interview = task_of (t, "intervju");
  insight = task_of (t, "innsikt");
  click_bar (chart, interview);
  panel = adw_flap_get_flap (ADW_FLAP (gtk_widget_get_ancestor (GTK_WIDGET (chart), ADW_TYPE_FLAP)));
  start = panel_field (panel, "Start (YYYY-MM-DD)");
  end = panel_field (panel, "End (YYYY-MM-DD)");
  note = panel_field (panel, "Note");

  /* The start typed, then a click into the note. */
  click (start);
  xdotool ("key ctrl+a");
  type_text ("2025-10-20");
  click (note);
  g_assert_cmpstr (interview->start, ==, "2025-10-20");
  g_assert_true (gtk_widget_has_focus (note) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), note));
  type_text ("Ring alle");
  /* The end typed, then another task's bar clicked: the end is the
   * first task's, the note too. */
  click (end);
  xdotool ("key ctrl+a");
  type_text ("2025-11-12");
  click_bar (chart, insight);
  g_assert_cmpstr (interview->end, ==, "2025-11-12");
  g_assert_cmpstr (interview->note, ==, "Ring alle");
  g_assert_cmpstr (insight->end, ==, "2025-12-09");
  /* A date that cannot be is not applied on leaving: it is marked. */
  click (end);
  xdotool ("key ctrl+a");
  type_text ("2025-02-30");
  click (note);
  g_assert_cmpstr (insight->end, ==, "2025-12-09");
  g_assert_true (gtk_widget_has_css_class (end, "error"));

  close_window (window, dir, path);
}

/* The legal basis of a case closed to the public, typed and not yet
 * applied, stays as typed while the item changes otherwise (a link
 * chosen): it was put back to the basis applied, and the typing lost. */
static void
test_closed_basis_typing_kept (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *row, *closed, *toggle, *basis, *button, *popover, *entry;
  SkItem *item;
  g_autofree char *typed = NULL;

  row = item_row_titled (window, "9. Plan i Sogn – Kart, oppmåling og GIS");
  scroll_into_view (find_label (row, "9. Plan i Sogn – Kart, oppmåling og GIS"));
  click (find_label (row, "9. Plan i Sogn – Kart, oppmåling og GIS"));
  closed = find_type (row, SK_TYPE_CLOSED_ROW);
  toggle = find_widget (closed, is_shown_of_type, GSIZE_TO_POINTER (GTK_TYPE_SWITCH));
  scroll_into_view (toggle);
  click (toggle);
  item = item_at (window, 8);
  g_assert_nonnull (sk_item_closed_basis (item));
  typed = g_strconcat (sk_item_closed_basis (item), " andre ledd", NULL);
  basis = find_type (closed, ADW_TYPE_ENTRY_ROW);
  scroll_into_view (basis);
  click_at (basis, 0.5, 0.7);
  xdotool ("key End");
  type_text (" andre ledd");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (basis)), ==, typed);

  /* The item linked: the typing is still there, to be applied. */
  button = find_button (row, "Link to…");
  scroll_into_view (button);
  click (button);
  popover = find_widget (button, is_shown_popover, NULL);
  g_assert_nonnull (popover);
  entry = find_label (popover, "Skog i Sogn – vertskommunesamarbeid");
  pointer_to (entry, 0.5, 0.5);
  click (entry);
  g_assert_cmpuint (item->links->len, ==, 1);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (basis)), ==, typed);
  g_assert_cmpstr (sk_item_closed_basis (item), !=, typed);
  /* Enter in it applies it. */
  scroll_into_view (basis);
  click_at (basis, 0.5, 0.7);
  xdotool ("key Return");
  g_assert_cmpstr (sk_item_closed_basis (item), ==, typed);
  /* Undone, the row shows the basis as it was. */
  click (find_label (row, "9. Plan i Sogn – Kart, oppmåling og GIS"));
  xdotool ("key ctrl+z");
  g_assert_cmpstr (sk_item_closed_basis (item), !=, typed);
  click (find_label (row, "9. Plan i Sogn – Kart, oppmåling og GIS"));
  basis = find_type (find_type (row, SK_TYPE_CLOSED_ROW), ADW_TYPE_ENTRY_ROW);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (basis)), ==, sk_item_closed_basis (item));

  close_window (window, dir, path);
}

static SkPresenter *
shown_presenter (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  SkPresenter *found = NULL;

  for (GList *l = toplevels; l && found == NULL; l = l->next)
    if (SK_IS_PRESENTER (l->data) && gtk_widget_get_mapped (l->data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

static gboolean
is_label_starting (GtkWidget     *widget,
                   gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), text);
}

/* Meeting mode: an item scrolled down with the wheel, the next one comes
 * with the clicker's key from its top, its title in view (it came
 * scrolled as far as the one before); an item changed where it is
 * (a decision recorded) stays where it was scrolled. */
static void
test_meeting_next_item_from_top (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  SkPresenter *mode;
  GtkWidget *title, *page;
  GtkAdjustment *adjustment;

  click (find_button (GTK_WIDGET (window), "Start Meeting"));
  for (gint64 deadline = g_get_monotonic_time () + 15 * G_USEC_PER_SEC;
       (mode = shown_presenter ()) == NULL && g_get_monotonic_time () < deadline;)
    settle ();
  g_assert_nonnull (mode);
  xdotool ("windowactivate --sync %lu", xid_of (GTK_WIDGET (mode)));
  for (int i = 0; i < 8; i++)
    xdotool ("key Next");
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 8);
  title = find_widget (GTK_WIDGET (mode), is_label_starting, "9. ");
  page = gtk_widget_get_ancestor (title, GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  pointer_to (page, 0.5, 0.5);
  xdotool ("click --repeat 5 --delay 20 5");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);

  xdotool ("key Next");
  g_assert_cmpuint (sk_presenter_get_position (mode), ==, 9);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 0);
  title = find_widget (GTK_WIDGET (mode), is_label_starting, "10. ");
  g_assert_nonnull (title);
  {
    graphene_rect_t r;

    g_assert_true (gtk_widget_compute_bounds (title, page, &r));
    g_assert_cmpfloat (r.origin.y, >=, 0);
  }
  /* Scrolled down, and the item changes in place: it stays scrolled. */
  pointer_to (page, 0.5, 0.5);
  xdotool ("click --repeat 3 --delay 20 5");
  {
    double value = gtk_adjustment_get_value (adjustment);
    g_autofree char *decision = g_strconcat ("Vedteke. ", item_at (window, 9)->decision, NULL);

    g_assert_cmpfloat (value, >, 0);
    g_assert_true (sk_edit_set_item_field (sk_document_get_history (sk_window_get_document (window)),
                                           sk_window_get_project (window), "styret-2025-11-03",
                                           item_at (window, 9)->id, SK_ITEM_FIELD_DECISION, decision, NULL));
    settle ();
    g_assert_nonnull (find_widget (GTK_WIDGET (mode), is_label_starting, "Vedteke. "));
    g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, value);
  }

  gtk_window_destroy (GTK_WINDOW (mode));
  settle ();
  close_window (window, dir, path);
}

static char *
weights_of (SkMatrix *matrix)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < matrix->factors->len; i++)
    g_string_append_printf (out, "%g ", ((SkFactor *) g_ptr_array_index (matrix->factors, i))->weight);
  return g_string_free (out, FALSE);
}

/* The wheel over a spin button or a slider not being edited scrolls the
 * page, as over the rest of it: it changed the number passing under the
 * pointer (the agenda scrolled with the wheel set an item's planned
 * minutes to 0, a matrix's weights moved).  Clicked into, a field takes
 * the wheel. */
static void
test_wheel_scrolls_past_numbers (void)
{
  char *dir, *path;
  SkWindow *window = open_example_copy (&dir, &path);
  GtkWidget *header = find_type (GTK_WIDGET (window), ADW_TYPE_HEADER_BAR);
  GtkWidget *row, *minutes, *scale;
  GtkAdjustment *adjustment;
  SkMatrix *matrix;
  g_autofree char *weights = NULL;
  g_autofree char *weights_after = NULL;
  double value;
  int before;

  row = item_row_titled (window, "2. Godkjenning av innkalling og sakliste");
  click (find_label (row, "2. Godkjenning av innkalling og sakliste"));
  minutes = find_type (row, GTK_TYPE_SPIN_BUTTON);
  scroll_into_view (minutes);
  adjustment = page_adjustment (minutes);
  value = gtk_adjustment_get_value (adjustment);
  before = item_at (window, 1)->duration_min;
  pointer_to (minutes, 0.2, 0.5);
  xdotool ("click --repeat 3 --delay 20 5");
  g_assert_cmpint (item_at (window, 1)->duration_min, ==, before);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, value);
  /* Clicked into, the wheel changes it. */
  scroll_into_view (minutes);
  click_at (minutes, 0.2, 0.5);
  xdotool ("click 4");
  g_assert_cmpint (item_at (window, 1)->duration_min, ==, before + 5);

  /* A weight's slider in the matrix. */
  click (find_label (header, "Matrix"));
  matrix = sk_project_find_matrix (sk_window_get_project (window), "nav-vertskommune");
  weights = weights_of (matrix);
  scale = find_type (GTK_WIDGET (window), GTK_TYPE_SCALE);
  g_assert_nonnull (scale);
  scroll_into_view (scale);
  adjustment = page_adjustment (scale);
  value = gtk_adjustment_get_value (adjustment);
  pointer_to (scale, 0.5, 0.5);
  xdotool ("click --repeat 3 --delay 20 5");
  weights_after = weights_of (matrix);
  g_assert_cmpstr (weights_after, ==, weights);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, value);

  close_window (window, dir, path);
}

static void
startup_cb (GApplication *application)
{
  g_test_add_func ("/pointer/click-into-case-text", test_click_into_case_text);
  g_test_add_func ("/pointer/move-up-keeps-place", test_move_up_keeps_place);
  g_test_add_func ("/pointer/link-keeps-place", test_link_keeps_place);
  g_test_add_func ("/pointer/new-item-focuses-title", test_new_item_focuses_title);
  g_test_add_func ("/pointer/half-laptop-screen", test_half_laptop_screen);
  g_test_add_func ("/pointer/unsaved-mark-follows-undo", test_unsaved_mark_follows_undo);
  g_test_add_func ("/pointer/save-as-proposes-title", test_save_as_proposes_title);
  g_test_add_func ("/pointer/keys-after-style-menu", test_keys_after_style_menu);
  g_test_add_func ("/pointer/date-from-calendar", test_date_from_calendar);
  g_test_add_func ("/pointer/add-candidate-menu", test_add_candidate_menu);
  g_test_add_func ("/pointer/task-date-kept-on-click-away", test_task_date_kept_on_click_away);
  g_test_add_func ("/pointer/closed-basis-typing-kept", test_closed_basis_typing_kept);
  g_test_add_func ("/pointer/meeting-next-item-from-top", test_meeting_next_item_from_top);
  g_test_add_func ("/pointer/wheel-scrolls-past-numbers", test_wheel_scrolls_past_numbers);
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("GDK_BACKEND", "x11", TRUE);
  /* No accessibility bus to look for (there is no session bus). */
  example = ui_test_init (&argc, &argv, "test");

  app = ui_test_app_new (G_CALLBACK (startup_cb));
  return ui_test_run (app);
}
