/* sk-presenter-base.c — what the presentation's parts read of it: the
 * meeting, the item shown, where dialogs and toasts go
 *
 * Below the parts (sk-presenter-links.c, sk-presenter-record.c,
 * sk-presenter-screens.c) and sk-presenter.c, which all use it: no part
 * calls sk-presenter.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-dialog-util.h"
#include "sk-presenter-impl.h"

SkMeeting *
_sk_presenter_meeting (SkPresenter *self)
{
  return sk_project_find_meeting (self->project, self->meeting_id);
}

SkItem *
_sk_presenter_current_item (SkPresenter *self)
{
  return sk_meeting_state_get_item (self->state);
}

/* A toast for the chair, with a button for `action` when given. */
void
_sk_presenter_toast_full (SkPresenter *self,
                          const char  *text,
                          const char  *button,
                          const char  *action)
{
  AdwToast *t;

  /* Leaving meeting mode: in the main window, which stays, with the way back. */
  if (self->leaving && ADW_IS_APPLICATION_WINDOW (self->parent) &&
      ADW_IS_TOAST_OVERLAY (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self->parent))))
    {
      t = sk_toast_new (text);
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "win.undo");
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self->parent))), t);
      return;
    }
  t = sk_toast_new (text);
  adw_toast_set_timeout (t, 6);
  if (button != NULL)
    {
      adw_toast_set_button_label (t, button);
      adw_toast_set_action_name (t, action);
      adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
    }
  /* Only the latest news: what it replaces is out of date. */
  if (self->last_toast != NULL)
    adw_toast_dismiss (self->last_toast);
  g_set_weak_pointer (&self->last_toast, t);
  /* For the chair: on the console when there is one. */
  if (self->console != NULL)
    sk_meeting_console_add_toast (self->console, t);
  else
    adw_toast_overlay_add_toast (self->toasts, t);
}

void
_sk_presenter_toast (SkPresenter *self,
                     const char  *text)
{
  _sk_presenter_toast_full (self, text, NULL, NULL);
}

gboolean
_sk_presenter_close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

/* Dialogs go where the chair is. */
GtkWindow *
_sk_presenter_dialog_parent (SkPresenter *self)
{
  return self->console ? GTK_WINDOW (self->console) : GTK_WINDOW (self);
}

/* "Previous" and "Next" as far as there is an item to go to.  Their
 * actions stay enabled at the ends (a clicker's key there must not reach
 * a field); enabled again after the attendance page, they made the
 * buttons sensitive: "Previous" on the first item did nothing. */
void
_sk_presenter_update_move_buttons (SkPresenter *self)
{
  SkMeeting *m = _sk_presenter_meeting (self);
  guint position = sk_meeting_state_get_position (self->state);

  if (m == NULL)
    return;
  gtk_widget_set_sensitive (self->previous_button, position > 0);
  gtk_widget_set_sensitive (self->next_button, position + 1 < m->items->len);
}
