/* sk-attendance-dialog.c — a meeting's attendance set ahead of it, from
 * the agenda: who has sent notice of absence (forfall) and which deputy
 * is called in.  The same page meeting mode opens at the start, in a
 * window of its own; each change is one step of undo in the main window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-attendance"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda-view-private.h"
#include "sk-attendance-dialog.h"
#include "sk-attendance-page.h"
#include "sk-format.h"
#include "sk-record.h"

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkAttendancePage      *page)
{
  GtkWidget *window = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));

  /* A drop-down's own list takes its keys. */
  if (gtk_root_get_focus (GTK_ROOT (window)) != NULL &&
      gtk_widget_get_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  return sk_attendance_page_handle_key (page, keyval, state);
}

GtkWidget *
sk_attendance_dialog_new (GtkWindow  *parent,
                          SkProject  *project,
                          const char *meeting_id)
{
  SkMeeting *meeting = sk_project_find_meeting (project, meeting_id);
  g_autofree char *date = meeting ? sk_format_date (meeting->date) : NULL;
  GtkWidget *window, *box, *header, *scroller;
  SkAttendancePage *page;
  GtkEventController *keys;

  g_return_val_if_fail (meeting != NULL, NULL);

  window = adw_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (window), parent);
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (window), 760, 620);
  gtk_window_set_title (GTK_WINDOW (window), _("Attendance"));
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  header = adw_header_bar_new ();
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header),
                                   adw_window_title_new (_("Attendance"), date ? date : ""));
  gtk_box_append (GTK_BOX (box), header);

  page = sk_attendance_page_new (project, meeting_id);
  sk_attendance_page_set_ahead (page, TRUE);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (page));
  gtk_box_append (GTK_BOX (box), scroller);
  adw_window_set_content (ADW_WINDOW (window), box);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), page, 0);
  gtk_widget_add_controller (window, keys);
  g_signal_connect_object (page, "done", G_CALLBACK (gtk_window_close), window, G_CONNECT_SWAPPED);
  sk_attendance_page_focus (page);
  return window;
}

static void
attendance_cb (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       view)
{
  SkMeeting *meeting = ((SkAgendaView *) view)->meeting;
  GtkWidget *dialog;

  if (meeting == NULL)
    return;
  dialog = sk_attendance_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (view))),
                                     sk_view_get_project (SK_VIEW (view)), meeting->id);
  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_attendance_dialog_add_menu (GMenu  *section,
                               SkView *view)
{
  SkMeeting *meeting = ((SkAgendaView *) view)->meeting;
  g_autoptr(SkBody) body = NULL;

  g_return_if_fail (SK_IS_VIEW (view));

  /* Only for a body with members to take attendance of */
  body = meeting ? sk_project_get_body (sk_view_get_project (view), meeting->body) : NULL;
  if (body == NULL || body->members->len == 0)
    return;
  if (g_object_get_data (G_OBJECT (view), "sk-attendance-actions") == NULL)
    {
      GSimpleActionGroup *group = g_simple_action_group_new ();
      g_autoptr(GSimpleAction) action = g_simple_action_new ("attendance", NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (attendance_cb), view, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
      gtk_widget_insert_action_group (GTK_WIDGET (view), "attendance", G_ACTION_GROUP (group));
      g_object_set_data_full (G_OBJECT (view), "sk-attendance-actions", group, g_object_unref);
    }
  g_menu_append (section, _("_Attendance…"), "attendance.attendance");
}
