/* sk-presenter-screens.c — meeting mode on one monitor or two
 *
 * With one monitor the presentation is one window with the item and the
 * controls.  With two or more (and full screen) the item goes on the
 * projector, the largest monitor the main window is not on, and the
 * chair's console (sk-meeting-console.c) on the laptop; again whenever a
 * monitor comes or goes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include "sk-presenter-impl.h"

/* Dialogs over `from` go over `to`: they stay where the chair is. */
static void
move_dialogs (GtkWindow *from,
              GtkWindow *to)
{
  GList *windows = gtk_window_list_toplevels ();

  for (GList *l = windows; l != NULL; l = l->next)
    if (l->data != to && gtk_window_get_transient_for (l->data) == from)
      gtk_window_set_transient_for (l->data, to);
  g_list_free (windows);
}

void
_sk_presenter_drop_console (SkPresenter *self)
{
  if (self->console == NULL)
    return;
  /* A question open on the console (a decision being written) stays,
   * over the presentation. */
  move_dialogs (GTK_WINDOW (self->console), GTK_WINDOW (self));
  gtk_window_destroy (GTK_WINDOW (self->console));
  self->console = NULL;
}

/* Where the presentation goes: the largest monitor that is not the one
 * the main window is on (the laptop's own screen); NULL with one monitor. */
GdkMonitor *
sk_presenter_choose_monitor (GListModel *monitors,
                             GdkMonitor *laptop)
{
  GdkMonitor *best = NULL;
  gint64 best_area = -1;

  if (g_list_model_get_n_items (monitors) < 2)
    return NULL;
  /* Not known yet: the first is the laptop's own. */
  for (guint i = laptop == NULL ? 1 : 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      GdkRectangle geometry;
      gint64 area;

      if (monitor == laptop)
        continue;
      gdk_monitor_get_geometry (monitor, &geometry);
      area = (gint64) geometry.width * geometry.height;
      if (area > best_area)
        {
          best = monitor;
          best_area = area;
        }
    }
  return best;
}

static GdkMonitor *
laptop_monitor (SkPresenter *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GdkSurface *surface;

  if (self->parent == NULL || !gtk_widget_get_realized (GTK_WIDGET (self->parent)))
    return NULL;
  surface = gtk_native_get_surface (GTK_NATIVE (self->parent));
  return surface ? gdk_display_get_monitor_at_surface (display, surface) : NULL;
}

/* Full screen on `monitor`.  A window that is already up is taken down
 * and put up again there: window managers leave a full-screen window
 * where it is when asked to be full screen somewhere else. */
static void
fullscreen_on (GtkWindow  *window,
               GdkMonitor *monitor)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  gboolean moving = gtk_widget_get_mapped (GTK_WIDGET (window)) && surface != NULL &&
                    gdk_display_get_monitor_at_surface (gdk_surface_get_display (surface), surface) != monitor;

  if (moving)
    gtk_widget_set_visible (GTK_WIDGET (window), FALSE);
  if (monitor != NULL)
    gtk_window_fullscreen_on_monitor (window, monitor);
  else
    gtk_window_fullscreen (window);
  if (moving)
    gtk_window_present (window);
}

/* One monitor: one window with the item and the controls.  Two or more:
 * the item on the projector, the chair's console on the laptop.  Again
 * whenever a monitor comes or goes. */
void
_sk_presenter_arrange (SkPresenter *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  GdkMonitor *laptop = laptop_monitor (self);
  GdkMonitor *projector = self->fullscreen ? sk_presenter_choose_monitor (monitors, laptop) : NULL;

  if (projector != NULL)
    {
      if (self->console == NULL)
        {
          /* It watches where the meeting stands, as this window does. */
          self->console = sk_meeting_console_new (self, self->state);
          move_dialogs (GTK_WINDOW (self), GTK_WINDOW (self->console));
          if (self->parent)
            {
              gtk_window_set_application (GTK_WINDOW (self->console), gtk_window_get_application (self->parent));
              gtk_window_set_transient_for (GTK_WINDOW (self->console), self->parent);
              /* The papers may not change under a what-if being adopted. */
              gtk_widget_set_sensitive (GTK_WIDGET (self->parent), FALSE);
            }
        }
      /* Two windows that both take input: neither may hold the other. */
      gtk_window_set_modal (GTK_WINDOW (self), FALSE);
      gtk_window_set_transient_for (GTK_WINDOW (self), NULL);
      gtk_widget_set_visible (self->top_buttons, FALSE);
      gtk_widget_set_visible (self->bottom_bar, FALSE);
      self->shown_on = projector;
      fullscreen_on (GTK_WINDOW (self), projector);
      fullscreen_on (GTK_WINDOW (self->console), laptop);
      if (gtk_widget_get_mapped (GTK_WIDGET (self)))
        gtk_window_present (GTK_WINDOW (self->console));
      return;
    }

  if (self->console != NULL)
    {
      _sk_presenter_drop_console (self);
      if (self->parent)
        gtk_widget_set_sensitive (GTK_WIDGET (self->parent), TRUE);
      if (self->parent)
        gtk_window_set_transient_for (GTK_WINDOW (self), self->parent);
      gtk_window_set_modal (GTK_WINDOW (self), self->parent != NULL);
    }
  gtk_widget_set_visible (self->top_buttons, TRUE);
  gtk_widget_set_visible (self->bottom_bar, TRUE);
  self->shown_on = NULL;
  if (self->fullscreen)
    fullscreen_on (GTK_WINDOW (self), laptop);
}

static gboolean
arrange_idle_cb (gpointer data)
{
  SkPresenter *self = data;

  self->arrange_id = 0;
  _sk_presenter_arrange (self);
  return G_SOURCE_REMOVE;
}

/* GDK lists a new monitor before it knows where it is: arrange once
 * it does. */
static void
monitors_changed_cb (SkPresenter *self)
{
  if (self->arrange_id == 0)
    self->arrange_id = g_idle_add (arrange_idle_cb, self);
}

static void
map_cb (SkPresenter *self)
{
  if (self->console != NULL)
    gtk_window_present (GTK_WINDOW (self->console));
}

GtkWindow *
sk_presenter_get_console (SkPresenter *self)
{
  g_return_val_if_fail (GTK_IS_WINDOW (self), NULL);
  return self->console ? GTK_WINDOW (self->console) : NULL;
}

GdkMonitor *
sk_presenter_get_monitor (SkPresenter *self)
{
  g_return_val_if_fail (GTK_IS_WINDOW (self), NULL);
  return self->shown_on;
}

void
_sk_presenter_watch_monitors (SkPresenter *self)
{
  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))), "items-changed",
                           G_CALLBACK (monitors_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
}
