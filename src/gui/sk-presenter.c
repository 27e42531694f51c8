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
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-costs-view.h"
#include "sk-document.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-matrix-view.h"
#include "sk-meeting-session.h"
#include "sk-meeting-console.h"
#include "sk-presenter.h"
#include "sk-presenter-private.h"
#include "sk-presenter-record.h"
#include "sk-timeline-view.h"
#include "sk-view-util.h"
#include "sk-what-if.h"

struct _SkPresenter
{
  AdwWindow   parent_instance;

  SkProject  *project;
  char       *meeting_id;
  guint       position;
  GArray     *elapsed;        /* gint64 µs per item, the shown one excluded */
  SkMeetingSession *session;  /* the project's: kept for the next time */
  gboolean    leaving;        /* asked, and the answer was to leave */
  GtkWidget  *pending_label;  /* a what-if with changes not yet adopted */
  AdwToast   *last_toast;     /* weak: the latest news goes first */
  gint64      shown_since;    /* monotonic µs */
  guint       tick_id;
  char       *heading;

  GtkLabel   *meeting_label;
  GtkLabel   *counter_label;
  GtkLabel   *clock_label;
  GtkLabel   *title_label;
  GtkLabel   *meta_label;
  GtkLabel   *planned_label;
  GtkWidget  *proposal_box;
  GtkLabel   *proposal_label;
  GtkWidget  *decision_box;
  GtkLabel   *decision_label;
  GtkLabel   *timer_label;
  GtkLabel   *schedule_label;
  GtkWidget  *record_button;
  GtkWidget  *edit_decision_button;
  GtkWidget  *previous_button;
  GtkWidget  *next_button;
  GtkRevealer *overview;
  GtkListBox *overview_list;

  /* What-if: the item's matrix, cost model or timeline, live, on a copy
   * of the project; on leaving it the chair adopts or discards. */
  GtkStack   *stack;
  GtkWidget  *links_box;
  GtkWidget  *linked_holder;
  GtkLabel   *linked_title;
  GtkWidget  *linked_view;
  SkProject  *sandbox;
  SkDocument *sandbox_document;   /* for the views of the sandbox */
  guint       pending_position;
  GtkWidget  *keep_entry;      /* the name of a what-if kept as a variant */

  AdwToastOverlay *toasts;
  GtkWidget  *top_buttons;
  GtkWidget  *bottom_bar;
  GtkLabel   *next_label;

  /* With a second monitor: the presentation goes there, and the chair's
   * console (controls, the next item, the agenda) stays on the laptop. */
  GtkWindow  *parent;          /* weak */
  gboolean    fullscreen;
  GdkMonitor *shown_on;        /* weak: the presentation's monitor */
  guint       arrange_id;
  SkMeetingConsole *console;
  SkPresenterRecord *record;  /* the board's formal record (sk-presenter-record.c) */
};

G_DEFINE_FINAL_TYPE (SkPresenter, sk_presenter, ADW_TYPE_WINDOW)

static SkMeeting *
meeting (SkPresenter *self)
{
  return sk_project_find_meeting (self->project, self->meeting_id);
}

static SkItem *
current_item (SkPresenter *self)
{
  SkMeeting *m = meeting (self);

  if (m == NULL || self->position >= m->items->len)
    return NULL;
  return g_ptr_array_index (m->items, self->position);
}

static gint64
elapsed_us (SkPresenter *self,
            guint          position)
{
  gint64 us;

  if (position >= self->elapsed->len)
    return 0;
  us = g_array_index (self->elapsed, gint64, position);
  if (position == self->position)
    us += g_get_monotonic_time () - self->shown_since;
  return us;
}

static char *
format_minutes_seconds (gint64 us)
{
  gint64 s = us / G_USEC_PER_SEC;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", s / 60, (int) (s % 60));
}

/* The timer and the clock, every second. */
static void
update_time (SkPresenter *self)
{
  SkMeeting *m = meeting (self);
  SkItem *item = current_item (self);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int now_min = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
  g_autofree char *clock = sk_format_time (now_min);
  g_autofree char *spent = format_minutes_seconds (elapsed_us (self, self->position));
  g_autofree char *timer = NULL;
  g_autofree char *schedule = NULL;
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree int *starts = NULL;
  gboolean over = FALSE;
  int end = 0;

  gtk_label_set_text (self->clock_label, clock);
  if (item == NULL)
    {
      if (self->console != NULL)
        sk_meeting_console_set_time (self->console, clock, NULL, FALSE, NULL);
      return;
    }

  if (item->duration_min > 0)
    {
      over = elapsed_us (self, self->position) > (gint64) item->duration_min * 60 * G_USEC_PER_SEC;
      /* Translators: time spent on an item, and the minutes planned for it */
      timer = g_strdup_printf (ngettext ("%s of %d minute", "%s of %d minutes", item->duration_min),
                               spent, item->duration_min);
    }
  else
    timer = g_strdup (spent);
  gtk_label_set_text (self->timer_label, timer);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer_label), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer_label), "error");

  /* Where the meeting stands against its plan: the item was planned to
   * start at a time; it is later (or earlier) than that now.  Only on the
   * day of the meeting: a rehearsal the day before is not "a thousand
   * minutes ahead". */
  starts = g_new0 (int, m->items->len + 1);
  if (g_strcmp0 (today, m->date) == 0 && sk_meeting_item_times (m, starts, &end))
    {
      int planned_start = starts[self->position];
      int started = now_min - (int) (elapsed_us (self, self->position) / (60 * G_USEC_PER_SEC));
      int behind = started - planned_start;

      if (behind > 0)
        schedule = g_strdup_printf (ngettext ("%d minute behind the plan", "%d minutes behind the plan", behind), behind);
      else if (behind < 0)
        schedule = g_strdup_printf (ngettext ("%d minute ahead of the plan", "%d minutes ahead of the plan", -behind), -behind);
      else
        schedule = g_strdup (_("On time"));
    }
  gtk_label_set_text (self->schedule_label, schedule ? schedule : "");
  if (self->console != NULL)
    sk_meeting_console_set_time (self->console, clock, timer, over, schedule);
}

static gboolean
tick_cb (gpointer data)
{
  update_time (data);
  return G_SOURCE_CONTINUE;
}

static void fill_links (SkPresenter *self, SkItem *item);
static void fill_link_buttons (SkPresenter *self, GtkFlowBox *box, SkItem *item);
static void back_clicked_cb (SkPresenter *self);
static void update_pending (SkPresenter *self);
static GtkWindow *dialog_parent (SkPresenter *self);

/* "Decision · Kari Nordmann" */
static char *
item_meta (SkItem *item)
{
  GString *meta = g_string_new (sk_item_kind_label (item->kind));

  if (item->presenter && item->presenter[0])
    g_string_append_printf (meta, " · %s", item->presenter);
  return g_string_free (meta, FALSE);
}

/* "10:15–11:00", or NULL when the meeting has no times. */
static char *
planned_text (SkMeeting *m,
              guint      position)
{
  g_autofree int *starts = g_new0 (int, m->items->len + 1);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int end = 0;

  if (!sk_meeting_item_times (m, starts, &end))
    return NULL;
  from = sk_format_time (starts[position]);
  to = sk_format_time (position + 1 < m->items->len ? starts[position + 1] : end);
  return g_strdup_printf ("%s–%s", from, to);
}

/* On the console: which what-if is on the screen, and the way back. */
static void
update_console_linked (SkPresenter *self)
{
  if (self->console != NULL)
    sk_meeting_console_set_linked (self->console,
                                   self->linked_view ? gtk_label_get_text (self->linked_title) : NULL);
}

/* The chair's console: where we are, what comes next, the controls. */
static void
update_console (SkPresenter *self,
                SkMeeting   *m,
                SkItem      *item,
                const char  *next_heading)
{
  SkItem *next = self->position + 1 < m->items->len ? g_ptr_array_index (m->items, self->position + 1) : NULL;
  g_autofree char *line = NULL;

  if (self->console == NULL)
    return;
  sk_meeting_console_show_item (self->console, self->position, self->heading, item->proposal, item->decision);
  fill_link_buttons (self, sk_meeting_console_get_links (self->console), item);
  update_console_linked (self);
  if (next != NULL)
    {
      g_autofree char *meta = item_meta (next);
      g_autofree char *planned = planned_text (m, self->position + 1);

      line = planned ? g_strdup_printf ("%s · %s", meta, planned) : g_steal_pointer (&meta);
    }
  sk_meeting_console_show_next (self->console, next ? next_heading : NULL, line);
  sk_meeting_console_set_controls (self->console,
                                   gtk_widget_get_visible (self->record_button),
                                   gtk_widget_get_visible (self->edit_decision_button),
                                   self->position > 0, next != NULL);
}

static void
show_item (SkPresenter *self)
{
  SkMeeting *m = meeting (self);
  SkItem *item = current_item (self);
  SkItem *next;
  g_autofree char *number = NULL;
  g_autofree char *counter = NULL;
  g_autofree char *meta = NULL;
  g_autofree char *planned = NULL;
  g_autofree char *next_heading = NULL;
  g_autofree char *next_text = NULL;

  if (item == NULL)
    return;

  number = sk_meeting_item_number (m, self->position);
  g_free (self->heading);
  self->heading = g_strdup_printf ("%s. %s", number, item->title);
  gtk_label_set_text (self->title_label, self->heading);
  /* Translators: the position in meeting mode, "Item 7 of 15" */
  counter = g_strdup_printf (_("Item %u of %u"), self->position + 1, m->items->len);
  gtk_label_set_text (self->counter_label, counter);

  meta = item_meta (item);
  gtk_label_set_text (self->meta_label, meta);
  planned = planned_text (m, self->position);
  gtk_label_set_text (self->planned_label, planned ? planned : "");

  gtk_widget_set_visible (self->proposal_box, item->proposal && item->proposal[0]);
  {
    /* "§ 16-5", "500 000 kroner" stay on one line on the big screen too */
    g_autofree char *proposal = sk_format_keep_together (item->proposal);
    g_autofree char *decision = sk_format_keep_together (item->decision);

    gtk_label_set_text (self->proposal_label, proposal);
    gtk_label_set_text (self->decision_label, decision);
  }
  fill_links (self, item);
  gtk_widget_set_visible (self->decision_box, item->decision && item->decision[0]);
  gtk_widget_set_visible (self->edit_decision_button, item->kind == SK_ITEM_DECISION);
  gtk_widget_set_visible (self->record_button,
                          item->kind == SK_ITEM_DECISION && item->proposal && item->proposal[0] &&
                          !(item->decision && item->decision[0]));

  gtk_widget_set_sensitive (self->previous_button, self->position > 0);
  gtk_widget_set_sensitive (self->next_button, self->position + 1 < m->items->len);
  gtk_list_box_select_row (self->overview_list, gtk_list_box_get_row_at_index (self->overview_list, (int) self->position));

  /* What comes next, for the chair. */
  next = self->position + 1 < m->items->len ? g_ptr_array_index (m->items, self->position + 1) : NULL;
  if (next != NULL)
    {
      g_autofree char *next_number = sk_meeting_item_number (m, self->position + 1);

      next_heading = g_strdup_printf ("%s. %s", next_number, next->title);
      /* Translators: the item after the one shown in meeting mode, "Neste: 8. Orienteringssaker" */
      next_text = g_strdup_printf (_("Next: %s"), next_heading);
    }
  gtk_label_set_text (self->next_label, next_text ? next_text : _("The end of the agenda"));
  update_console (self, m, item, next_heading);
  sk_presenter_record_show (self->record);
  update_pending (self);
  update_time (self);
}

/* Back at the item, a what-if with changes says so: they are not in the
 * papers until the chair adopts them on leaving the item. */
static void
update_pending (SkPresenter *self)
{
  gboolean pending = self->sandbox != NULL && self->linked_view == NULL &&
                     sk_project_what_if_changed (self->project, self->sandbox);

  if (pending)
    {
      /* Translators: %s is the matrix, cost model or timeline changed in meeting mode */
      g_autofree char *text = g_strdup_printf (_("Changes to “%s” are not in the papers yet: leaving the item "
                                                 "asks whether to adopt, keep or discard them."),
                                               gtk_label_get_text (self->linked_title));

      gtk_label_set_text (GTK_LABEL (self->pending_label), text);
    }
  gtk_widget_set_visible (self->pending_label, pending);
}

static void
close_linked (SkPresenter *self)
{
  gtk_stack_set_visible_child_name (self->stack, "item");
  if (self->linked_view != NULL)
    {
      gtk_box_remove (GTK_BOX (self->linked_holder), self->linked_view);
      self->linked_view = NULL;
    }
  update_console_linked (self);
  update_pending (self);
}

static void
drop_sandbox (SkPresenter *self)
{
  close_linked (self);
  g_clear_object (&self->sandbox_document);
  g_clear_object (&self->sandbox);
}

static void go_to_now (SkPresenter *self, guint position);

/* A toast for the chair, with a button for `action` when given. */
static void
toast_full (SkPresenter *self,
            const char  *text,
            const char  *button,
            const char  *action)
{
  AdwToast *t;

  /* Leaving meeting mode: in the main window, which stays, with the way back. */
  if (self->leaving && ADW_IS_APPLICATION_WINDOW (self->parent) &&
      ADW_IS_TOAST_OVERLAY (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self->parent))))
    {
      t = adw_toast_new (text);
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "win.undo");
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (adw_application_window_get_content (ADW_APPLICATION_WINDOW (self->parent))), t);
      return;
    }
  t = adw_toast_new (text);
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

static void
toast (SkPresenter *self,
       const char  *text)
{
  toast_full (self, text, NULL, NULL);
}

/* Keeps the what-if beside the papers, as a variant named by the chair. */
static gboolean
keep_what_if (SkPresenter *self)
{
  SkMeeting *m = meeting (self);
  g_autofree char *number = sk_meeting_item_number (m, self->position);
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->keep_entry))));
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  SkWhatIfKept kept;

  if (name[0] == '\0')
    {
      g_free (name);
      /* Translators: the name offered for a what-if kept as a variant, "Kva om, sak 7" */
      name = g_strdup_printf (_("What-if, item %s"), number);
    }
  /* One step of undo in the main window. */
  sk_document_checkpoint_project (self->project, NULL);
  if (!sk_project_keep_what_if (self->project, self->sandbox, name, self->meeting_id, self->position, &kept, &error))
    {
      /* Translators: %s is why, with the JSON path */
      message = g_strdup_printf (_("The what-if could not be kept: %s"), error->message);
      toast (self, message);
      return FALSE;
    }
  if (kept.not_kept)
    /* Translators: %s is the name the chair gave the what-if */
    message = g_strdup_printf (_("Kept as “%s”; changes outside matrices, timelines and cost models "
                                 "have no variant form and were left out"), name);
  else
    message = g_strdup_printf (_("Kept beside the papers as “%s”"), name);
  toast (self, message);
  return TRUE;
}

static gboolean
close_idle_cb (gpointer data)
{
  gtk_window_close (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
what_if_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SkPresenter      *self)
{
  gboolean leave = FALSE;

  /* Leaving meeting mode, unless the answer was to stay (or fails):
   * what is said about it is said in the main window. */
  self->leaving = self->pending_position == G_MAXUINT && !g_str_equal (response, "cancel");
  if (g_str_equal (response, "adopt") && self->sandbox != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* One step of undo in the main window. */
      sk_document_checkpoint_project (self->project, NULL);
      leave = sk_project_adopt_what_if (self->project, self->sandbox, &error);
      if (!leave)
        {
          /* Translators: %s is why, with the JSON path */
          g_autofree char *message = g_strdup_printf (_("The what-if could not be adopted: %s"), error->message);

          toast (self, message);
        }
    }
  else if (g_str_equal (response, "keep") && self->sandbox != NULL)
    leave = keep_what_if (self);
  else if (g_str_equal (response, "discard"))
    leave = TRUE;
  self->keep_entry = NULL;
  self->leaving = self->leaving && leave;
  if (leave)
    {
      drop_sandbox (self);
      if (self->pending_position == G_MAXUINT)
        /* Once the dialog, which is this window's, is gone. */
        g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (self), g_object_unref);
      else
        go_to_now (self, self->pending_position);
    }
}

static void
keep_entry_activate_cb (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "keep");
}

/* Before leaving an item whose what-if changed something: ask. */
static gboolean
confirm_leave_item (SkPresenter *self,
                    guint        position)
{
  GtkWidget *dialog, *box, *label;
  g_autofree char *number = NULL;
  g_autofree char *suggestion = NULL;

  if (self->sandbox == NULL || !sk_project_what_if_changed (self->project, self->sandbox))
    {
      drop_sandbox (self);
      return TRUE;
    }
  self->pending_position = position;
  dialog = sk_presenter_dialog_new (dialog_parent (self), _("Keep the What-If?"),
                                   _("The changes made during this item are only in meeting mode. "
                                     "Adopt them into the board papers, keep them beside the papers "
                                     "as a variant, or discard them?"));
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Stay"),
                                    "discard", _("_Discard"),
                                    "keep", _("_Keep as Variant"),
                                    "adopt", _("_Adopt"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "adopt", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  /* The name a kept variant gets: a matrix "Title — name", a scenario "name". */
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  label = gtk_label_new_with_mnemonic (_("_Name of the variant"));
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  self->keep_entry = gtk_entry_new ();
  number = sk_meeting_item_number (meeting (self), self->position);
  suggestion = g_strdup_printf (_("What-if, item %s"), number);
  gtk_editable_set_text (GTK_EDITABLE (self->keep_entry), suggestion);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), self->keep_entry);
  g_signal_connect_object (self->keep_entry, "activate", G_CALLBACK (keep_entry_activate_cb), dialog, 0);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), self->keep_entry);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);

  g_signal_connect_object (dialog, "response", G_CALLBACK (what_if_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return FALSE;
}

/* The title of what a link points at and its icon; NULL if it is gone. */
static const char *
describe_link (SkProject   *project,
               SkLink      *link,
               const char **icon)
{
  switch (link->kind)
    {
    case SK_LINK_MATRIX:
      {
        SkMatrix *m = sk_project_find_matrix (project, link->id);

        *icon = "view-grid-symbolic";
        return m ? m->title : NULL;
      }
    case SK_LINK_COST_MODEL:
      {
        SkCostModel *c = sk_project_find_cost_model (project, link->id);

        *icon = "accessories-calculator-symbolic";
        return c ? c->title : NULL;
      }
    case SK_LINK_TIMELINE:
      {
        SkTimeline *t = sk_project_find_timeline (project, link->id);

        *icon = "x-office-calendar-symbolic";
        return t ? t->title : NULL;
      }
    default:
      return NULL;
    }
}

static void
open_link (SkPresenter *self,
           SkLink      *link)
{
  GtkWidget *view = NULL;
  const char *title, *icon;

  if (self->sandbox == NULL)
    self->sandbox = sk_project_copy (self->project);
  if (self->sandbox == NULL)
    return;
  if (self->sandbox_document == NULL)
    self->sandbox_document = sk_document_new (self->sandbox);
  close_linked (self);
  title = describe_link (self->sandbox, link, &icon);
  if (title == NULL)
    return;
  switch (link->kind)
    {
    case SK_LINK_MATRIX:
      view = g_object_new (SK_TYPE_MATRIX_VIEW, NULL);
      break;
    case SK_LINK_COST_MODEL:
      view = g_object_new (SK_TYPE_COSTS_VIEW, NULL);
      break;
    case SK_LINK_TIMELINE:
      view = g_object_new (SK_TYPE_TIMELINE_VIEW, NULL);
      break;
    default:
      return;
    }
  /* Laid out for the room before it is filled. */
  sk_view_set_presenting (SK_VIEW (view));
  if (SK_IS_MATRIX_VIEW (view))
    sk_matrix_view_set_document (SK_MATRIX_VIEW (view), self->sandbox_document);   /* also the values as prepared */
  else
    sk_view_set_document (SK_VIEW (view), self->sandbox_document);
  sk_view_select (SK_VIEW (view), link->id, NULL);
  gtk_widget_set_vexpand (view, TRUE);
  gtk_widget_add_css_class (view, "mm-linked");
  gtk_box_append (GTK_BOX (self->linked_holder), view);
  self->linked_view = view;
  gtk_label_set_text (self->linked_title, title);
  gtk_stack_set_visible_child_name (self->stack, "linked");
  update_console_linked (self);
}

static void
link_clicked_cb (GtkButton   *button,
                 SkPresenter *self)
{
  SkItem *item = current_item (self);
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "link-index"));

  if (item != NULL && index < item->links->len)
    open_link (self, g_ptr_array_index (item->links, index));
}

/* The item's matrices, cost models and timelines as buttons that put
 * them on the screen: on the presentation, and on the console. */
static void
fill_link_buttons (SkPresenter *self,
                   GtkFlowBox  *box,
                   SkItem      *item)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
  for (guint i = 0; item->links && i < item->links->len; i++)
    {
      SkLink *link = g_ptr_array_index (item->links, i);
      const char *title = NULL, *icon = NULL;
      GtkWidget *button, *content;

      title = describe_link (self->project, link, &icon);
      if (title == NULL)
        continue;
      button = gtk_button_new ();
      content = adw_button_content_new ();
      adw_button_content_set_icon_name (ADW_BUTTON_CONTENT (content), icon);
      adw_button_content_set_label (ADW_BUTTON_CONTENT (content), title);
      sk_widget_set_tooltip (button, title);
      gtk_button_set_child (GTK_BUTTON (button), content);
      gtk_widget_add_css_class (button, "pill");
      gtk_widget_add_css_class (button, "mm-link");
      gtk_widget_set_halign (button, GTK_ALIGN_START);
      g_object_set_data (G_OBJECT (button), "link-index", GUINT_TO_POINTER (i));
      g_signal_connect_object (button, "clicked", G_CALLBACK (link_clicked_cb), self, 0);
      gtk_flow_box_append (box, button);
      /* One Tab stop per link, on its button, not also on the flow
       * box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (box), gtk_widget_get_first_child (GTK_WIDGET (box)) != NULL);
}

static void
fill_links (SkPresenter *self,
            SkItem      *item)
{
  fill_link_buttons (self, GTK_FLOW_BOX (self->links_box), item);
}

static void
back_clicked_cb (SkPresenter *self)
{
  close_linked (self);
}

static void
go_to_now (SkPresenter *self,
           guint        position)
{
  gint64 now = g_get_monotonic_time ();

  /* `position` is an item of the meeting (sk_presenter_go_to checked it). */
  if (self->position < self->elapsed->len)
    g_array_index (self->elapsed, gint64, self->position) += now - self->shown_since;
  self->position = position;
  self->shown_since = now;
  show_item (self);
}

void
sk_presenter_go_to (SkPresenter *self,
                    guint        position)
{
  SkMeeting *m;

  g_return_if_fail (SK_IS_PRESENTER (self));

  m = meeting (self);
  if (m == NULL || m->items->len == 0)
    return;
  position = MIN (position, m->items->len - 1);
  if (position == self->position)
    return;
  if (confirm_leave_item (self, position))
    go_to_now (self, position);
}

guint
sk_presenter_get_position (SkPresenter *self)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), 0);
  return self->position;
}

const char *
sk_presenter_get_heading (SkPresenter *self)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), NULL);
  return self->heading;
}

SkProject *
sk_presenter_get_sandbox (SkPresenter *self)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), NULL);
  return self->sandbox;
}

void
sk_presenter_close_link (SkPresenter *self)
{
  g_return_if_fail (SK_IS_PRESENTER (self));
  close_linked (self);
}

gboolean
sk_presenter_open_link (SkPresenter *self,
                        guint        index)
{
  SkItem *item;

  g_return_val_if_fail (SK_IS_PRESENTER (self), FALSE);
  item = current_item (self);
  if (item == NULL || index >= item->links->len)
    return FALSE;
  open_link (self, g_ptr_array_index (item->links, index));
  return self->linked_view != NULL;
}

gint64
sk_presenter_get_elapsed_us (SkPresenter *self,
                                guint          position)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), 0);
  return elapsed_us (self, position);
}

static void
next_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);

  sk_presenter_go_to (self, self->position + 1);
}

static void
previous_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);

  if (self->position > 0)
    sk_presenter_go_to (self, self->position - 1);
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
      sk_meeting_console_focus_agenda (self->console, self->position);
      return;
    }

  gtk_revealer_set_reveal_child (self->overview, show);
  if (show)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->overview_list, (int) self->position);

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
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_idle_cb, g_object_ref (owner), g_object_unref);
}

/* However meeting mode is left (Esc, the console, the window manager's
 * close), it asks first: about a what-if with changes, or else whether
 * to leave at all. */
static gboolean
sk_presenter_close_request (GtkWindow *window)
{
  SkPresenter *self = SK_PRESENTER (window);

  if (!self->leaving && (self->sandbox == NULL || !sk_project_what_if_changed (self->project, self->sandbox)))
    {
      sk_presenter_ask_leave (dialog_parent (self), self->heading, leave_confirmed, G_OBJECT (self));
      return TRUE;
    }
  if (!confirm_leave_item (self, G_MAXUINT))
    return TRUE;   /* asked: the answer closes */
  return GTK_WINDOW_CLASS (sk_presenter_parent_class)->close_request (window);
}

/* Where the meeting stands, for the next time meeting mode starts. */
static void
save_session (SkPresenter *self)
{
  SkMeeting *m = meeting (self);
  SkItem *item = current_item (self);

  for (guint i = 0; m != NULL && i < m->items->len && i < self->elapsed->len; i++)
    sk_meeting_session_set_elapsed (self->session, ((SkItem *) g_ptr_array_index (m->items, i))->id,
                                    elapsed_us (self, i));
  sk_meeting_session_set_item (self->session, item ? item->id : NULL);
}

/* From the first item, every timer at 0. */
static void
restart_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);

  sk_presenter_go_to (self, 0);
  if (self->position != 0)
    return;   /* a what-if is being asked about */
  for (guint i = 0; i < self->elapsed->len; i++)
    g_array_index (self->elapsed, gint64, i) = 0;
  self->shown_since = g_get_monotonic_time ();
  sk_meeting_session_reset (self->session);
  update_time (self);
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
      toast (self, error->message);
      return;
    }
  show_item (self);
  /* Adopted by mistake: the way back is on the screen. */
  toast_full (self, item->decision ? _("Decision recorded") : _("Decision cleared"), _("_Undo"), "mm.undo");
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
  gboolean done = document != NULL &&
                  (g_str_equal (name, "mm.undo") ? sk_document_undo (document) : sk_document_redo (document));

  if (done)
    show_item (self);
}

/* The proposal becomes the decision, as the board agreed. */
static void
record_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  SkPresenter *self = SK_PRESENTER (widget);
  SkItem *item = current_item (self);

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
  SkItem *item = current_item (self);
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
  SkItem *item = current_item (self);
  GtkWidget *dialog;

  if (item == NULL)
    return;
  dialog = sk_presenter_decision_dialog_new (dialog_parent (self), item->decision && item->decision[0] ? item->decision
                                                                   : item->proposal ? item->proposal : "");
  g_signal_connect_object (dialog, "response", G_CALLBACK (decision_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (g_object_get_data (G_OBJECT (dialog), "text-view"));
}

static void
overview_activated_cb (SkPresenter *self,
                       GtkListBoxRow *row)
{
  sk_presenter_go_to (self, (guint) gtk_list_box_row_get_index (row));
  gtk_revealer_set_reveal_child (self->overview, FALSE);
  gtk_widget_grab_focus (self->next_button);
}

GtkWidget *
sk_presenter_label_new (const char *css_class,
                        gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (wrap)
    gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
sk_presenter_framed (const char *heading,
                     GtkLabel  **text_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *head = sk_presenter_label_new ("mm-heading", FALSE);
  GtkWidget *text = sk_presenter_label_new ("mm-text", TRUE);

  gtk_label_set_text (GTK_LABEL (head), heading);
  gtk_label_set_selectable (GTK_LABEL (text), FALSE);
  gtk_box_append (GTK_BOX (box), head);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "mm-frame");
  *text_out = GTK_LABEL (text);
  return box;
}

static void
load_css (void)
{
  static gboolean loaded;
  GtkCssProvider *provider;

  if (loaded)
    return;
  loaded = TRUE;
  provider = gtk_css_provider_new ();
  gtk_css_provider_load_from_data (provider,
    ".meeting-mode .mm-title { font-size: 250%; font-weight: 800; }\n"
    ".meeting-mode .mm-meta { font-size: 160%; }\n"
    ".meeting-mode .mm-heading { font-size: 130%; font-weight: bold; opacity: 0.7; }\n"
    ".meeting-mode .mm-text { font-size: 175%; }\n"
    ".meeting-mode .mm-bar { font-size: 140%; }\n"
    ".meeting-mode .mm-timer { font-size: 170%; font-weight: bold; font-feature-settings: \"tnum\"; }\n"
    ".meeting-mode .mm-frame { padding: 18px 24px; border-radius: 12px; background: alpha(currentColor, 0.06); }\n"
    ".meeting-mode .mm-frame.mm-decision { background: alpha(@success_color, 0.15); }\n"
    ".meeting-mode .mm-overview row { font-size: 130%; padding: 6px 12px; }\n"
    ".meeting-mode .mm-linked { font-size: 125%; }\n"
    ".mm-console .mm-now { font-size: 200%; font-weight: 800; }\n"
    ".mm-console .mm-next { font-size: 150%; font-weight: bold; }\n", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (provider),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  g_object_unref (provider);
  sk_presenter_load_dialog_css ();
}

static void
build (SkPresenter *self)
{
  GtkWidget *root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *top = gtk_center_box_new ();
  GtkWidget *right = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *body = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 24);
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *bottom = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *overview_scroller = gtk_scrolled_window_new ();
  GtkWidget *spacer, *list;

  load_css ();
  gtk_widget_add_css_class (GTK_WIDGET (self), "meeting-mode");

  /* Top: the meeting, where we are, the clock, the overview, leave. */
  gtk_widget_add_css_class (top, "mm-bar");
  gtk_widget_set_margin_start (top, 24);
  gtk_widget_set_margin_end (top, 12);
  gtk_widget_set_margin_top (top, 12);
  self->meeting_label = GTK_LABEL (sk_presenter_label_new (NULL, FALSE));
  gtk_label_set_ellipsize (self->meeting_label, PANGO_ELLIPSIZE_END);
  gtk_center_box_set_start_widget (GTK_CENTER_BOX (top), GTK_WIDGET (self->meeting_label));
  self->counter_label = GTK_LABEL (sk_presenter_label_new ("dim-label", FALSE));
  gtk_center_box_set_center_widget (GTK_CENTER_BOX (top), GTK_WIDGET (self->counter_label));
  self->clock_label = GTK_LABEL (sk_presenter_label_new ("numeric", FALSE));
  gtk_box_append (GTK_BOX (right), GTK_WIDGET (self->clock_label));
  self->top_buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_box_append (GTK_BOX (right), self->top_buttons);
  gtk_box_append (GTK_BOX (self->top_buttons),
                  sk_flat_icon_button_new ("weather-clear-night-symbolic", _("Dark or Light Style (S)"), "mm.style"));
  gtk_box_append (GTK_BOX (self->top_buttons),
                  sk_flat_icon_button_new ("view-list-symbolic", _("All Items (O)"), "mm.overview"));
  gtk_box_append (GTK_BOX (self->top_buttons),
                  sk_flat_icon_button_new ("window-close-symbolic", _("Leave Meeting Mode (Esc)"), "mm.leave"));
  gtk_center_box_set_end_widget (GTK_CENTER_BOX (top), right);
  gtk_box_append (GTK_BOX (root), top);

  /* The overview, to the left when shown. */
  self->overview = GTK_REVEALER (gtk_revealer_new ());
  gtk_revealer_set_transition_type (self->overview, GTK_REVEALER_TRANSITION_TYPE_SLIDE_RIGHT);
  list = gtk_list_box_new ();
  self->overview_list = GTK_LIST_BOX (list);
  gtk_widget_add_css_class (list, "navigation-sidebar");
  gtk_widget_add_css_class (list, "mm-overview");
  g_signal_connect_object (list, "row-activated", G_CALLBACK (overview_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (overview_scroller), list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (overview_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (overview_scroller, 420, -1);
  gtk_widget_add_css_class (overview_scroller, "mm-fade");
  gtk_revealer_set_child (self->overview, overview_scroller);
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->overview));

  /* The item. */
  gtk_widget_set_margin_top (page, 36);
  gtk_widget_set_margin_bottom (page, 36);
  gtk_widget_set_margin_start (page, 24);
  gtk_widget_set_margin_end (page, 24);
  self->title_label = GTK_LABEL (sk_presenter_label_new ("mm-title", TRUE));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->title_label), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Agenda item"), -1);
  gtk_box_append (GTK_BOX (page), GTK_WIDGET (self->title_label));
  {
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 24);

    self->meta_label = GTK_LABEL (sk_presenter_label_new ("mm-meta", TRUE));
    gtk_widget_set_hexpand (GTK_WIDGET (self->meta_label), TRUE);
    self->planned_label = GTK_LABEL (sk_presenter_label_new ("mm-meta", FALSE));
    gtk_widget_add_css_class (GTK_WIDGET (self->planned_label), "dim-label");
    gtk_widget_add_css_class (GTK_WIDGET (self->planned_label), "numeric");
    gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->meta_label));
    gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->planned_label));
    gtk_box_append (GTK_BOX (page), line);
  }
  /* The item's matrix, cost model and timeline, wrapping on a narrow screen. */
  self->links_box = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->links_box), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->links_box), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->links_box), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->links_box), 12);
  gtk_box_append (GTK_BOX (page), self->links_box);
  self->pending_label = sk_presenter_label_new ("mm-meta", TRUE);
  gtk_widget_add_css_class (self->pending_label, "warning");
  gtk_widget_set_visible (self->pending_label, FALSE);
  gtk_box_append (GTK_BOX (page), self->pending_label);
  /* Once made, the decision comes first: it is what the room looks at. */
  self->decision_box = sk_presenter_framed (C_("heading", "Decision"), &self->decision_label);
  gtk_widget_add_css_class (self->decision_box, "mm-decision");
  gtk_box_append (GTK_BOX (page), self->decision_box);
  /* Translators: the heading over the proposal in meeting mode (framlegg til vedtak) */
  self->proposal_box = sk_presenter_framed (_("Proposal"), &self->proposal_label);
  gtk_box_append (GTK_BOX (page), self->proposal_box);
  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 1400);
  adw_clamp_set_child (ADW_CLAMP (clamp), page);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), clamp);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_add_css_class (scroller, "mm-fade");
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_widget_set_vexpand (scroller, TRUE);
  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_transition_type (self->stack, GTK_STACK_TRANSITION_TYPE_CROSSFADE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scroller, "item");
  {
    GtkWidget *linked = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
    GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
    GtkWidget *back = gtk_button_new_with_mnemonic (_("_Back to the Item"));

    gtk_widget_set_margin_start (head, 24);
    gtk_widget_set_margin_end (head, 24);
    gtk_widget_set_margin_top (head, 12);
    gtk_widget_add_css_class (back, "pill");
    g_signal_connect_object (back, "clicked", G_CALLBACK (back_clicked_cb), self, G_CONNECT_SWAPPED);
    gtk_box_append (GTK_BOX (head), back);
    self->linked_title = GTK_LABEL (sk_presenter_label_new ("mm-meta", FALSE));
    gtk_label_set_ellipsize (self->linked_title, PANGO_ELLIPSIZE_END);
    gtk_box_append (GTK_BOX (head), GTK_WIDGET (self->linked_title));
    {
      GtkWidget *note = sk_presenter_label_new ("dim-label", FALSE);

      /* Translators: shown over a matrix or cost model opened in meeting mode */
      gtk_label_set_text (GTK_LABEL (note), _("What-if: changes stay in meeting mode until adopted"));
      gtk_widget_set_hexpand (note, TRUE);
      gtk_label_set_xalign (GTK_LABEL (note), 1);
      gtk_box_append (GTK_BOX (head), note);
    }
    gtk_box_append (GTK_BOX (linked), head);
    self->linked_holder = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    gtk_widget_set_vexpand (self->linked_holder, TRUE);
    gtk_box_append (GTK_BOX (linked), self->linked_holder);
    gtk_stack_add_named (self->stack, linked, "linked");
  }
  gtk_stack_set_visible_child_name (self->stack, "item");
  gtk_box_append (GTK_BOX (body), GTK_WIDGET (self->stack));
  gtk_box_append (GTK_BOX (root), body);

  /* Bottom: the timer, the schedule, and the way on. */
  gtk_widget_add_css_class (bottom, "mm-bar");
  gtk_widget_add_css_class (bottom, "mm-footer");
  gtk_widget_set_margin_start (bottom, 24);
  gtk_widget_set_margin_end (bottom, 24);
  gtk_widget_set_margin_bottom (bottom, 18);
  {
    GtkWidget *times = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

    self->timer_label = GTK_LABEL (sk_presenter_label_new ("mm-timer", FALSE));
    gtk_box_append (GTK_BOX (times), GTK_WIDGET (self->timer_label));
    self->schedule_label = GTK_LABEL (sk_presenter_label_new ("dim-label", FALSE));
    gtk_box_append (GTK_BOX (times), GTK_WIDGET (self->schedule_label));
    self->next_label = GTK_LABEL (sk_presenter_label_new ("dim-label", FALSE));
    gtk_label_set_ellipsize (self->next_label, PANGO_ELLIPSIZE_END);
    gtk_label_set_max_width_chars (self->next_label, 60);
    gtk_box_append (GTK_BOX (times), GTK_WIDGET (self->next_label));
    gtk_widget_set_valign (times, GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (bottom), times);
  }
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (bottom), spacer);
  self->record_button = gtk_button_new_with_mnemonic (_("_Adopt the Proposal"));
  sk_widget_set_tooltip (self->record_button, _("Record the proposal as the board’s decision (Ctrl+D)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->record_button), "mm.record");
  gtk_widget_add_css_class (self->record_button, "suggested-action");
  gtk_widget_add_css_class (self->record_button, "pill");
  gtk_widget_set_valign (self->record_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bottom), self->record_button);
  self->edit_decision_button = gtk_button_new_with_mnemonic (_("_Write the Decision…"));
  sk_widget_set_tooltip (self->edit_decision_button, _("Write what the board decided (Ctrl+E)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->edit_decision_button), "mm.edit-decision");
  gtk_widget_add_css_class (self->edit_decision_button, "pill");
  gtk_widget_set_valign (self->edit_decision_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bottom), self->edit_decision_button);
  self->previous_button = gtk_button_new_with_mnemonic (_("_Previous"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->previous_button), "mm.previous");
  gtk_widget_add_css_class (self->previous_button, "pill");
  gtk_widget_set_valign (self->previous_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bottom), self->previous_button);
  self->next_button = gtk_button_new_with_mnemonic (_("_Next"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->next_button), "mm.next");
  gtk_widget_add_css_class (self->next_button, "pill");
  gtk_widget_set_valign (self->next_button, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (bottom), self->next_button);
  gtk_box_append (GTK_BOX (root), bottom);
  self->bottom_bar = bottom;

  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, root);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

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

static void
drop_console (SkPresenter *self)
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
static void
arrange (SkPresenter *self)
{
  GListModel *monitors = gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)));
  GdkMonitor *laptop = laptop_monitor (self);
  GdkMonitor *projector = self->fullscreen ? sk_presenter_choose_monitor (monitors, laptop) : NULL;

  if (projector != NULL)
    {
      if (self->console == NULL)
        {
          self->console = sk_meeting_console_new (self, meeting (self));
          show_item (self);
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
      drop_console (self);
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
  arrange (self);
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
  g_return_val_if_fail (SK_IS_PRESENTER (self), NULL);
  return self->console ? GTK_WINDOW (self->console) : NULL;
}

GdkMonitor *
sk_presenter_get_monitor (SkPresenter *self)
{
  g_return_val_if_fail (SK_IS_PRESENTER (self), NULL);
  return self->shown_on;
}

/* Dialogs go where the chair is. */
static GtkWindow *
dialog_parent (SkPresenter *self)
{
  return self->console ? GTK_WINDOW (self->console) : GTK_WINDOW (self);
}

void
sk_presenter_fill_item_list (GtkListBox *list,
                             SkMeeting  *meeting)
{
  for (guint i = 0; meeting != NULL && i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      g_autofree char *number = sk_meeting_item_number (meeting, i);
      g_autofree char *text = g_strdup_printf ("%s. %s", number, item->title);
      GtkWidget *label = sk_presenter_label_new (NULL, TRUE);

      gtk_label_set_text (GTK_LABEL (label), text);
      gtk_list_box_append (list, label);
      /* The row the focus is on, named for a screen reader. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
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
  gboolean resumed;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  m = sk_project_find_meeting (project, meeting_id);
  g_return_val_if_fail (m != NULL, NULL);

  self = g_object_new (SK_TYPE_PRESENTER, NULL);
  self->project = g_object_ref (project);
  self->meeting_id = g_strdup (meeting_id);
  g_array_set_size (self->elapsed, m->items->len);
  /* Left before: where it stopped, with the times spent. */
  self->session = sk_meeting_session_get (project, meeting_id);
  resumed = sk_meeting_session_is_started (self->session);
  for (guint i = 0; i < m->items->len; i++)
    g_array_index (self->elapsed, gint64, i) =
      sk_meeting_session_get_elapsed (self->session, ((SkItem *) g_ptr_array_index (m->items, i))->id);
  self->position = sk_meeting_session_get_position (self->session, m);
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

  gtk_window_set_default_size (GTK_WINDOW (self), 1280, 720);
  self->fullscreen = fullscreen;
  if (parent)
    g_set_weak_pointer (&self->parent, parent);
  self->shown_since = g_get_monotonic_time ();
  self->record = sk_presenter_record_attach (self, project, meeting_id, self->stack, GTK_WIDGET (self->title_label));
  show_item (self);
  arrange (self);
  g_signal_connect_object (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))), "items-changed",
                           G_CALLBACK (monitors_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "map", G_CALLBACK (map_cb), NULL);
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  /* The keyboard starts on the way on, not on a toast's button that
   * Enter would press. */
  gtk_window_set_focus (GTK_WINDOW (self), self->next_button);
  if (resumed)
    {
      g_autofree char *number = sk_meeting_item_number (m, self->position);
      /* Translators: meeting mode started again, at the item where it was left */
      g_autofree char *text = g_strdup_printf (_("Resumed at item %s, with the time spent on each item"), number);

      toast_full (self, text, _("Start from the _Beginning"), "mm.restart");
    }
  return self;
}

static void
sk_presenter_dispose (GObject *object)
{
  SkPresenter *self = SK_PRESENTER (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  g_clear_handle_id (&self->arrange_id, g_source_remove);
  if (self->session != NULL && self->project != NULL)
    save_session (self);
  g_clear_weak_pointer (&self->last_toast);
  drop_console (self);
  if (self->parent != NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->parent), TRUE);
      g_clear_weak_pointer (&self->parent);
    }
  self->linked_view = NULL;
  g_clear_object (&self->sandbox_document);
  g_clear_object (&self->sandbox);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_presenter_parent_class)->dispose (object);
}

static void
sk_presenter_finalize (GObject *object)
{
  SkPresenter *self = SK_PRESENTER (object);

  g_free (self->meeting_id);
  g_free (self->heading);
  g_array_unref (self->elapsed);
  G_OBJECT_CLASS (sk_presenter_parent_class)->finalize (object);
}

static void
sk_presenter_class_init (SkPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_presenter_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = sk_presenter_close_request;
  object_class->finalize = sk_presenter_finalize;

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
}

static void
sk_presenter_init (SkPresenter *self)
{
  self->elapsed = g_array_new (FALSE, TRUE, sizeof (gint64));
  build (self);
  sk_presenter_add_shortcuts (GTK_WIDGET (self), FALSE);
}
