/* sk-presenter.c — the chair's full-screen walk through a meeting
 *
 * One item at a time in type that reads from the back of a room: number,
 * title, kind and presenter, the planned time, the proposal and the
 * decision.  Page Down, →, space and a presenter's clicker go on; Page Up
 * and ← go back; Home and End; O shows every item to jump to; Escape
 * leaves.  A timer per item runs against its planned minutes, and the
 * meeting's schedule against the clock.  At a decision item one action
 * records the proposal as the decision, with the time (undo as usual).
 *
 * Where the meeting stands is an SkMeetingState: this window shows it
 * (notify::position, ::tick) and its keys move it, as the chair's console
 * (sk-meeting-console.c) does.  The page is ui/sk-presenter.ui; the
 * what-if on an item's links is in sk-presenter-links.c, one monitor or
 * two in sk-presenter-screens.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-presenter-impl.h"
#include "sk-presenter-private.h"
#include "sk-presenter-record-private.h"
#include "sk-view-util.h"
#include "sk-what-if.h"

G_DEFINE_FINAL_TYPE (SkPresenter, sk_presenter, ADW_TYPE_WINDOW)

/* The timer and the clock, every second (the state's tick). */
static void
update_time (SkPresenter *self)
{
  g_autofree char *clock = NULL;
  g_autofree char *timer = NULL;
  g_autofree char *schedule = NULL;
  gboolean over = FALSE;

  sk_meeting_state_describe_time (self->state, &clock, &timer, &over, &schedule);
  gtk_label_set_text (self->clock_label, clock);
  if (timer == NULL)
    return;
  gtk_label_set_text (self->timer_label, timer);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "error");
  gtk_label_set_text (self->schedule_label, schedule ? schedule : "");
}

void
_sk_presenter_show_item (SkPresenter *self)
{
  SkMeeting *m = _sk_presenter_meeting (self);
  SkItem *item = _sk_presenter_current_item (self);
  guint position = sk_meeting_state_get_position (self->state);
  g_autofree char *counter = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *next_text = NULL;

  if (item == NULL)
    return;

  /* Another item is shown from its top, not as far down as the one
   * before was scrolled; the same one, changed, stays where it is. */
  if (g_strcmp0 (self->shown_item, item->id) != 0)
    {
      GtkWidget *page = gtk_widget_get_ancestor (GTK_WIDGET (self->title_label), GTK_TYPE_SCROLLED_WINDOW);

      gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page)), 0);
      g_free (self->shown_item);
      self->shown_item = g_strdup (item->id);
    }
  g_free (self->heading);
  self->heading = sk_presenter_item_heading (m, position);
  gtk_label_set_text (self->title_label, self->heading);
  /* Translators: the position in meeting mode, "Item 7 of 15" */
  counter = g_strdup_printf (_("Item %u of %u"), position + 1, m->items->len);
  gtk_label_set_text (self->counter_label, counter);

  meta = sk_presenter_item_meta (item);
  gtk_label_set_text (self->meta_label, meta);
  planned = sk_presenter_planned_text (m, position);
  gtk_label_set_text (self->planned_label, planned ? planned : "");

  gtk_widget_set_visible (self->proposal_box, item->proposal && item->proposal[0]);
  {
    /* "§ 16-5", "500 000 kroner" stay on one line on the big screen too */
    g_autofree char *proposal = sk_format_keep_together (item->proposal);
    g_autofree char *decision = sk_format_keep_together (item->decision);

    gtk_label_set_text (self->proposal_label, proposal);
    gtk_label_set_text (self->decision_label, decision);
  }
  _sk_presenter_fill_links (self, item);
  gtk_widget_set_visible (self->decision_box, item->decision && item->decision[0]);
  gtk_widget_set_visible (self->edit_decision_button, item->kind == SK_ITEM_DECISION);
  gtk_widget_set_visible (self->record_button,
                          item->kind == SK_ITEM_DECISION && item->proposal && item->proposal[0] &&
                          !(item->decision && item->decision[0]));

  _sk_presenter_update_move_buttons (self);
  gtk_list_box_select_row (self->overview_list, gtk_list_box_get_row_at_index (self->overview_list, (int) position));

  /* What comes next, for the chair. */
  if (position + 1 < m->items->len)
    {
      g_autofree char *next_heading = sk_presenter_item_heading (m, position + 1);

      /* Translators: the item after the one shown in meeting mode, "Neste: 8. Orienteringssaker" */
      next_text = g_strdup_printf (_("Next: %s"), next_heading);
    }
  gtk_label_set_text (self->next_label, next_text ? next_text : _("The end of the agenda"));
  sk_presenter_record_show (self->record);
  _sk_presenter_update_pending (self);
  update_time (self);
}

/* The state moved (a key here or on the console, the agenda), or the
 * papers changed under it (a decision, an undo, the record). */
static void
position_changed_cb (SkPresenter *self)
{
  _sk_presenter_show_item (self);
}

static void
back_clicked_cb (SkPresenter *self)
{
  _sk_presenter_close_linked (self);
}

void
sk_presenter_go_to (SkPresenter *self,
                    guint        position)
{
  SkMeeting *m;

  g_return_if_fail (SK_IS_PRESENTER (self));

  m = _sk_presenter_meeting (self);
  if (m == NULL || m->items->len == 0)
    return;
  position = MIN (position, m->items->len - 1);
  if (position == sk_meeting_state_get_position (self->state))
    return;
  if (_sk_presenter_confirm_leave_item (self, position))
    sk_meeting_state_set_position (self->state, position);
}

guint
sk_presenter_get_position (SkPresenter *self)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), 0);
  return sk_meeting_state_get_position (self->state);
}

const char *
sk_presenter_get_heading (SkPresenter *self)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), NULL);
  return self->heading;
}

gint64
sk_presenter_get_elapsed_us (SkPresenter *self,
                             guint        position)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), 0);
  return sk_meeting_state_get_elapsed (self->state, position);
}

SkMeetingState *
sk_presenter_get_state (SkPresenter *self)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), NULL);
  return self->state;
}

static void
next_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);

  sk_presenter_go_to (self, sk_meeting_state_get_position (self->state) + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);

  if (sk_meeting_state_get_position (self->state) > 0)
    sk_presenter_go_to (self, sk_meeting_state_get_position (self->state) - 1);
}

static void
first_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  sk_presenter_go_to (SK_PRESENTER (widget), 0);
}

static void
last_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  sk_presenter_go_to (SK_PRESENTER (widget), G_MAXUINT);
}

static void
overview_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);
  gboolean show = !gtk_revealer_get_reveal_child (self->overview);

  /* With a console the chair has the agenda there; the room's screen and
   * the keyboard's focus stay as they are. */
  if (self->console != NULL)
    {
      sk_meeting_console_focus_agenda (self->console, sk_meeting_state_get_position (self->state));
      return;
    }

  gtk_revealer_set_reveal_child (self->overview, show);
  if (show)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->overview_list,
                                                            (int) sk_meeting_state_get_position (self->state));

      if (row)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
  else
    gtk_widget_grab_focus (self->next_button);
}

/* The room decides: a dark style for a dim room, a light one for a bright
 * projector; the same setting as the main menu's Style. */
static void
style_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  gboolean dark = adw_style_manager_get_dark (adw_style_manager_get_default ());

  gtk_widget_activate_action (widget, "app.style", "s", dark ? "light" : "dark");
}

static void
leave_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
leave_confirmed (GObject *owner)
{
  SK_PRESENTER (owner)->leaving = TRUE;
  /* Once the dialog, which is this window's, is gone. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, _sk_presenter_close_idle_cb, g_object_ref (owner), g_object_unref);
}

/* However meeting mode is left (Esc, the console, the window manager's
 * close), it asks first: about a what-if with changes, or else whether
 * to leave at all. */
static gboolean
sk_presenter_close_request (GtkWindow *window)
{
  SkPresenter *self = SK_PRESENTER (window);

  if (!self->leaving && (sk_meeting_state_get_sandbox (self->state) == NULL ||
                          !sk_project_what_if_changed (self->project, sk_meeting_state_get_sandbox (self->state))))
    {
      sk_presenter_ask_leave (_sk_presenter_dialog_parent (self), self->heading, leave_confirmed, G_OBJECT (self));
      return TRUE;
    }
  if (!_sk_presenter_confirm_leave_item (self, G_MAXUINT))
    return TRUE;   /* asked: the answer closes */
  return GTK_WINDOW_CLASS (sk_presenter_parent_class)->close_request (window);
}

/* From the first item, every timer at 0. */
static void
restart_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);

  sk_presenter_go_to (self, 0);
  if (sk_meeting_state_get_position (self->state) != 0)
    return;   /* a what-if is being asked about */
  sk_meeting_state_restart (self->state);
}

/* Records a decision with its time ("decided_at",
 * docs/format-extensions.md), as one edit for undo; empty clears it. */
static void
set_decision (SkPresenter *self,
              SkItem      *item,
              const char  *text)
{
  SkDocument *document = sk_document_from_project (self->project);
  g_autoptr(GError) error = NULL;

  if (!sk_edit_record_decision (document ? sk_document_get_history (document) : NULL, self->project,
                                self->meeting_id, item->id, text, NULL, &error))
    {
      _sk_presenter_toast (self, error->message);
      return;
    }
  /* (Shown by the state's items-changed.) */
  /* Adopted by mistake: the way back is on the screen. */
  _sk_presenter_toast_full (self, item->decision ? _("Decision recorded") : _("Decision cleared"), _("_Undo"), "mm.undo");
}

/* A decision recorded by mistake: undo and redo as in the main window
 * (a what-if open on the screen is not touched). */
static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);
  SkDocument *document = sk_document_from_project (self->project);

  /* What it takes back shows through the state's items-changed. */
  if (document != NULL)
    {
      if (g_str_equal (name, "mm.undo"))
        sk_document_undo (document);
      else
        sk_document_redo (document);
    }
}

/* The proposal becomes the decision, as the board agreed. */
static void
record_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);
  SkItem *item = _sk_presenter_current_item (self);

  if (item == NULL || item->kind != SK_ITEM_DECISION || item->proposal == NULL || item->proposal[0] == '\0')
    return;
  set_decision (self, item, item->proposal);
}

static void
decision_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      SkPresenter      *self)
{
  GtkTextView *view = g_object_get_data (G_OBJECT (dialog), "text-view");
  SkItem *item = _sk_presenter_current_item (self);
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  if (!g_str_equal (response, "save") || item == NULL)
    return;
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  text = g_strstrip (gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE));
  set_decision (self, item, text);
}

/* The board decided otherwise than proposed: the chair writes what. */
static void
edit_decision_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);
  SkItem *item = _sk_presenter_current_item (self);
  GtkWidget *dialog;

  if (item == NULL)
    return;
  dialog = sk_presenter_decision_dialog_new (_sk_presenter_dialog_parent (self), item->decision && item->decision[0] ? item->decision
                                                                   : item->proposal ? item->proposal : "");
  g_signal_connect_object (dialog, "response", G_CALLBACK (decision_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "text-view"));
}

static void
overview_activated_cb (SkPresenter   *self,
                       GtkListBoxRow *row)
{
  sk_presenter_go_to (self, (guint) gtk_list_box_row_get_index (row));
  gtk_revealer_set_reveal_child (self->overview, FALSE);
  gtk_widget_grab_focus (self->next_button);
}

/* Started again where it was left: says so, with the way back to the
 * first item. */
static void
toast_resumed (SkPresenter *self)
{
  SkMeeting *m = sk_meeting_state_get_meeting (self->state);
  g_autofree char *number = sk_meeting_item_number (m, sk_meeting_state_get_position (self->state));
  /* Translators: meeting mode started again, at the item where it was left */
  g_autofree char *text = g_strdup_printf (_("Resumed at item %s, with the time spent on each item"), number);

  _sk_presenter_toast_full (self, text, _("Start from the _Beginning"), "mm.restart");
}

SkPresenter *
sk_presenter_new (GtkWindow  *parent,
                  SkProject  *project,
                  const char *meeting_id,
                  gboolean    fullscreen)
{
  SkPresenter *self;
  SkMeeting *m;
  g_autofree char *date = NULL;
  g_autofree char *title = NULL;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  m = sk_project_find_meeting (project, meeting_id);
  g_return_val_if_fail (m != NULL, NULL);

  self = g_object_new (SK_TYPE_PRESENTER, NULL);
  self->project = g_object_ref (project);
  self->meeting_id = g_strdup (meeting_id);
  /* Left before: where it stopped, with the times spent. */
  self->state = sk_meeting_state_new (project, meeting_id);
  g_signal_connect_object (self->state, "notify::position", G_CALLBACK (position_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "items-changed", G_CALLBACK (position_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->state, "tick", G_CALLBACK (update_time), self, G_CONNECT_SWAPPED);
  if (parent)
    {
      gtk_window_set_application (GTK_WINDOW (self), gtk_window_get_application (parent));
      gtk_window_set_transient_for (GTK_WINDOW (self), parent);
      gtk_window_set_modal (GTK_WINDOW (self), TRUE);
    }

  date = sk_format_date (m->date);
  title = g_strdup_printf ("%s · %s", m->title && m->title[0] ? m->title : m->body, date);
  gtk_label_set_text (self->meeting_label, title);
  gtk_window_set_title (GTK_WINDOW (self), title);
  sk_presenter_fill_item_list (self->overview_list, m);

  self->fullscreen = fullscreen;
  if (parent)
    g_set_weak_pointer (&self->parent, parent);
  self->record = sk_presenter_record_attach (self, project, meeting_id, self->stack, GTK_WIDGET (self->title_label),
                                             _sk_pr_case_entries, _sk_pr_n_case_entries);
  _sk_presenter_show_item (self);
  _sk_presenter_arrange (self);
  _sk_presenter_watch_monitors (self);
  /* The keyboard starts on the way on, not on a toast's button that
   * Enter would press. */
  gtk_window_set_focus (GTK_WINDOW (self), self->next_button);
  if (sk_meeting_state_get_resumed (self->state))
    toast_resumed (self);
  return self;
}

void
sk_presenter_keep_state (SkPresenter *self,
                         GFile       *project_file)
{
  g_autoptr(GFile) store = NULL;

  g_return_if_fail (SK_IS_PRESENTER (self));
  g_return_if_fail (G_IS_FILE (project_file));

  store = sk_meeting_state_store_for (project_file, self->meeting_id);
  if (sk_meeting_state_keep_in (self->state, store))
    toast_resumed (self);
}

static void
sk_presenter_dispose (GObject *object)
{
  SkPresenter *self = SK_PRESENTER (object);

  g_clear_handle_id (&self->arrange_id, g_source_remove);
  /* Where the meeting stands, for the next time meeting mode starts. */
  if (self->state != NULL)
    {
      sk_meeting_state_save (self->state);
      g_signal_handlers_disconnect_by_data (self->state, self);
    }
  g_clear_weak_pointer (&self->last_toast);
  _sk_presenter_drop_console (self);
  if (self->parent != NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->parent), TRUE);
      g_clear_weak_pointer (&self->parent);
    }
  self->linked_view = NULL;
  g_clear_object (&self->sandbox_document);
  g_clear_object (&self->state);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_presenter_parent_class)->dispose (object);
}

static void
sk_presenter_finalize (GObject *object)
{
  SkPresenter *self = SK_PRESENTER (object);

  g_free (self->meeting_id);
  g_free (self->heading);
  g_free (self->shown_item);
  G_OBJECT_CLASS (sk_presenter_parent_class)->finalize (object);
}

/* The console's requests */
static void
go_to_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  sk_presenter_go_to (SK_PRESENTER (widget), g_variant_get_uint32 (param));
}

static void
close_link_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  sk_presenter_close_link (SK_PRESENTER (widget));
}

static void
sk_presenter_class_init (SkPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_presenter_dispose;
  object_class->finalize = sk_presenter_finalize;
  GTK_WINDOW_CLASS (klass)->close_request = sk_presenter_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-presenter.ui");
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, toasts);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, meeting_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, counter_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, clock_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, top_buttons);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, overview);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, overview_list);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, stack);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, title_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, meta_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, planned_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, links_box);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, pending_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, decision_box);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, decision_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, proposal_box);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, proposal_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, linked_title);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, linked_holder);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, bottom_bar);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, timer_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, schedule_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, next_label);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, record_button);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, edit_decision_button);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, previous_button);
  gtk_widget_class_bind_template_child (widget_class, SkPresenter, next_button);
  gtk_widget_class_bind_template_callback (widget_class, overview_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, back_clicked_cb);

  gtk_widget_class_install_action (widget_class, "mm.next", NULL, next_action);
  gtk_widget_class_install_action (widget_class, "mm.previous", NULL, previous_action);
  gtk_widget_class_install_action (widget_class, "mm.first", NULL, first_action);
  gtk_widget_class_install_action (widget_class, "mm.last", NULL, last_action);
  gtk_widget_class_install_action (widget_class, "mm.overview", NULL, overview_action);
  gtk_widget_class_install_action (widget_class, "mm.leave", NULL, leave_action);
  gtk_widget_class_install_action (widget_class, "mm.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "mm.style", NULL, style_action);
  gtk_widget_class_install_action (widget_class, "mm.record", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "mm.edit-decision", NULL, edit_decision_action);
  gtk_widget_class_install_action (widget_class, "mm.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "mm.redo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "mm.go-to", "u", go_to_action);
  gtk_widget_class_install_action (widget_class, "mm.close-link", NULL, close_link_action);
}

/* The attendance page's keys, typed on the console. */
static gboolean
handle_record_key (SkPresenter     *self,
                   guint            keyval,
                   GdkModifierType  state)
{
  SkPresenterRecord *record = g_object_get_data (G_OBJECT (self), "sk-presenter-record");

  return record != NULL && sk_presenter_record_handle_key (record, keyval, state);
}

static void
sk_presenter_init (SkPresenter *self)
{
  self->fill_link_buttons = sk_presenter_fill_link_buttons;
  self->handle_record_key = handle_record_key;
  gtk_widget_init_template (GTK_WIDGET (self));
  sk_presenter_add_shortcuts (GTK_WIDGET (self), FALSE);
}
