/* sk-meeting-console.c — the chair's window in meeting mode
 *
 * With a projector the item goes full screen there (SkPresenter), and the
 * laptop shows this: the agenda to jump in, the item on the screen with
 * its timer, proposal and decision, its matrices and cost models to put
 * on the screen, the next item, and the controls.  Its buttons and keys
 * are the presentation's actions.  It shows where the meeting stands by
 * watching the same SkMeetingState as the presentation (the item, its
 * timer, the what-if on the screen), and the papers through it (an edit,
 * an undo): with the case number and whether the board can decide.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-meeting-console"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-meeting-console.h"
#include "sk-presenter-impl.h"
#include "sk-presenter-private.h"
#include "sk-record.h"
#include "sk-presenter-record.h"
#include "sk-view-util.h"

struct _SkMeetingConsole
{
  AdwWindow        parent_instance;

  SkPresenter     *presenter;   /* weak: it owns this window */
  SkMeetingState  *state;       /* watched, as the presentation does */
  GSimpleActionGroup *actions;  /* "mm" */
  GSimpleActionGroup *record_actions; /* "mr" */
  AdwToastOverlay *toasts;
  GtkLabel        *clock;
  GtkLabel        *case_number;
  GtkLabel        *now;
  GtkLabel        *quorum;
  GtkLabel        *timer;
  GtkLabel        *schedule;
  GtkLabel        *decision;
  GtkLabel        *proposal;
  GtkWidget       *links;
  GtkLabel        *linked;
  GtkWidget       *back;
  GtkLabel        *next;
  GtkLabel        *next_meta;
  GtkListBox      *list;
  GtkWidget       *previous;
  GtkWidget       *next_button;
  GtkWidget       *record;
  GtkWidget       *edit;
};

G_DEFINE_FINAL_TYPE (SkMeetingConsole, sk_meeting_console, ADW_TYPE_WINDOW)

/* The console's buttons and keys do what the presentation's do. */
static void
action_cb (GSimpleAction    *action,
           GVariant         *param,
           SkMeetingConsole *self)
{
  g_autofree char *name = g_strconcat ("mm.", g_action_get_name (G_ACTION (action)), NULL);

  if (self->presenter != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->presenter), name, NULL);
}

/* And the record's (sk-presenter-record.c). */
static void
record_action_cb (GSimpleAction    *action,
                  GVariant         *param,
                  SkMeetingConsole *self)
{
  g_autofree char *name = g_strconcat ("mr.", g_action_get_name (G_ACTION (action)), NULL);

  if (self->presenter != NULL)
    gtk_widget_activate_action_variant (GTK_WIDGET (self->presenter), name, param);
}

static void show_item (SkMeetingConsole *self);

void
sk_meeting_console_set_moving (SkMeetingConsole *self,
                               gboolean          enabled)
{
  static const char * const moves[] = { "next", "previous", "first", "last" };
  static const char * const cases[] = { "disqualify", "proposal", "vote", "remark" };

  g_return_if_fail (SK_IS_MEETING_CONSOLE (self));
  for (guint i = 0; self->actions && i < G_N_ELEMENTS (moves); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), moves[i])),
                                 enabled);
  for (guint i = 0; self->record_actions && i < G_N_ELEMENTS (cases); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->record_actions),
                                                                              cases[i])),
                                 enabled);
  /* The buttons followed their actions: as far as there are items
   * ("Previous" on the first one was clickable and did nothing). */
  if (enabled)
    show_item (self);
}

/* The attendance page's keys, typed on the console. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkMeetingConsole      *self)
{
  return self->presenter != NULL && self->presenter->handle_record_key != NULL
         && self->presenter->handle_record_key (self->presenter, keyval, state);
}

static gboolean
sk_meeting_console_close_request (GtkWindow *window)
{
  SkMeetingConsole *self = SK_MEETING_CONSOLE (window);

  if (self->presenter != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->presenter), "mm.leave", NULL);
  return TRUE;   /* the presentation closes this window when it goes */
}

static void
row_activated_cb (SkMeetingConsole *self,
                  GtkListBoxRow    *row)
{
  if (self->presenter != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->presenter), "mm.go-to", "u",
                                (guint) gtk_list_box_row_get_index (row));
}

static void
back_clicked_cb (SkMeetingConsole *self)
{
  if (self->presenter != NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->presenter), "mm.close-link", NULL);
}

static GtkWidget *
pill_button (const char *mnemonic,
             const char *action,
             const char *css_class)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "pill");
  if (css_class)
    gtk_widget_add_css_class (button, css_class);
  return button;
}

static void
build (SkMeetingConsole *self)
{
  SkMeeting *meeting = sk_meeting_state_get_meeting (self->state);
  static const char * const actions[] = { "next", "previous", "first", "last", "overview",
                                          "style", "leave", "record", "edit-decision", "undo", "redo",
                                          "restart" };
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  GtkWidget *root = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *paned = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *list_scroller = gtk_scrolled_window_new ();
  GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *head, *frame, *button, *proposal_scroller;

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    {
      g_autoptr(GSimpleAction) action = g_simple_action_new (actions[i], NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (action_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "mm", G_ACTION_GROUP (group));
  self->actions = group;   /* kept by the window */
  {
    GtkEventController *keys = gtk_event_controller_key_new ();

    gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
    g_signal_connect_object (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self, 0);
    gtk_widget_add_controller (GTK_WIDGET (self), keys);
  }
  {
    static const char * const record_actions[] = { "attendance", "disqualify", "proposal", "vote", "remark" };
    g_autoptr(GSimpleActionGroup) record = g_simple_action_group_new ();

    for (guint i = 0; i < G_N_ELEMENTS (record_actions); i++)
      {
        g_autoptr(GSimpleAction) action = g_simple_action_new (record_actions[i], NULL);

        g_signal_connect_object (action, "activate", G_CALLBACK (record_action_cb), self, 0);
        g_action_map_add_action (G_ACTION_MAP (record), G_ACTION (action));
      }
    gtk_widget_insert_action_group (GTK_WIDGET (self), "mr", G_ACTION_GROUP (record));
    self->record_actions = record;   /* kept by the window */
  }
  sk_presenter_add_shortcuts (GTK_WIDGET (self), TRUE);

  gtk_widget_add_css_class (GTK_WIDGET (self), "meeting-mode");
  gtk_widget_add_css_class (GTK_WIDGET (self), "mm-console");
  /* Translators: the title of the chair's window in meeting mode */
  gtk_window_set_title (GTK_WINDOW (self), _("Meeting Console"));
  gtk_window_set_default_size (GTK_WINDOW (self), 1200, 760);

  /* Header: the clock, the style, leave. */
  self->clock = GTK_LABEL (sk_presenter_label_new ("numeric", FALSE));
  gtk_widget_add_css_class (GTK_WIDGET (self->clock), "mm-meta");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), GTK_WIDGET (self->clock));
  button = gtk_button_new_with_mnemonic (_("_Leave Meeting Mode"));
  sk_widget_set_tooltip (button, _("Leave Meeting Mode (Esc)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "mm.leave");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  button = gtk_button_new_from_icon_name ("weather-clear-night-symbolic");
  sk_widget_set_tip_and_name (button, _("Dark or Light Style (S)"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "mm.style");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), button);
  gtk_box_append (GTK_BOX (root), header);

  /* The agenda, to jump to any item. */
  self->list = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->list), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("All Items"), -1);
  sk_presenter_fill_item_list (self->list, meeting);
  g_signal_connect_object (self->list, "row-activated", G_CALLBACK (row_activated_cb), self, G_CONNECT_SWAPPED);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (list_scroller), GTK_WIDGET (self->list));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (list_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_size_request (list_scroller, 360, -1);
  gtk_box_append (GTK_BOX (paned), list_scroller);
  gtk_box_append (GTK_BOX (paned), gtk_separator_new (GTK_ORIENTATION_VERTICAL));

  /* Now: the item on the screen, its timer, its proposal to read out. */
  gtk_widget_set_margin_top (side, 18);
  gtk_widget_set_margin_bottom (side, 18);
  gtk_widget_set_margin_start (side, 24);
  gtk_widget_set_margin_end (side, 24);
  gtk_widget_set_hexpand (side, TRUE);
  head = sk_presenter_label_new ("mm-heading", FALSE);
  /* Translators: over the item shown on the projector, in the chair's console */
  gtk_label_set_text (GTK_LABEL (head), _("On the Screen"));
  {
    /* "Sak 47/25" over the title, as on the screen; on the heading's
     * line, which leaves the proposal room on a laptop's screen. */
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    gtk_widget_set_hexpand (head, TRUE);
    gtk_box_append (GTK_BOX (line), head);
    self->case_number = GTK_LABEL (sk_presenter_label_new ("mm-console-case", FALSE));
    gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->case_number));
    gtk_box_append (GTK_BOX (side), line);
  }
  self->now = GTK_LABEL (sk_presenter_label_new ("mm-now", TRUE));
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->now));
  /* Whether the board can decide this case. */
  self->quorum = GTK_LABEL (sk_presenter_label_new ("mm-console-quorum", TRUE));
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->quorum));
  self->timer = GTK_LABEL (sk_presenter_label_new ("mm-timer", FALSE));
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->timer));
  self->schedule = GTK_LABEL (sk_presenter_label_new ("dim-label", FALSE));
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->schedule));
  self->decision = GTK_LABEL (sk_presenter_label_new ("success", TRUE));
  /* A long decision must not push the controls off the laptop's screen:
   * two lines here, the whole text on the projector and as a tooltip. */
  gtk_label_set_lines (self->decision, 2);
  gtk_label_set_ellipsize (self->decision, PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (side), GTK_WIDGET (self->decision));
  /* The item's matrices and cost models, to put on the screen from here. */
  self->links = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (self->links), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (self->links), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (self->links), 12);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (self->links), 6);
  gtk_box_append (GTK_BOX (side), self->links);
  {
    GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

    self->back = gtk_button_new_with_mnemonic (_("_Back to the Item"));
    gtk_widget_add_css_class (self->back, "pill");
    g_signal_connect_object (self->back, "clicked", G_CALLBACK (back_clicked_cb), self, G_CONNECT_SWAPPED);
    gtk_box_append (GTK_BOX (line), self->back);
    self->linked = GTK_LABEL (sk_presenter_label_new ("dim-label", TRUE));
    gtk_widget_set_valign (GTK_WIDGET (self->linked), GTK_ALIGN_CENTER);
    gtk_box_append (GTK_BOX (line), GTK_WIDGET (self->linked));
    gtk_box_append (GTK_BOX (side), line);
  }
  frame = sk_presenter_framed (_("Proposal"), &self->proposal);
  gtk_widget_remove_css_class (GTK_WIDGET (self->proposal), "mm-text");
  gtk_label_set_selectable (self->proposal, TRUE);
  proposal_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (proposal_scroller), frame);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (proposal_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (proposal_scroller, TRUE);
  gtk_box_append (GTK_BOX (side), proposal_scroller);

  /* Next: what the chair announces after this one. */
  {
    GtkWidget *next = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

    head = sk_presenter_label_new ("mm-heading", FALSE);
    /* Translators: over the next item in the chair's console */
    gtk_label_set_text (GTK_LABEL (head), _("Next"));
    gtk_box_append (GTK_BOX (next), head);
    self->next = GTK_LABEL (sk_presenter_label_new ("mm-next", TRUE));
    gtk_box_append (GTK_BOX (next), GTK_WIDGET (self->next));
    self->next_meta = GTK_LABEL (sk_presenter_label_new ("dim-label", TRUE));
    gtk_box_append (GTK_BOX (next), GTK_WIDGET (self->next_meta));
    gtk_widget_add_css_class (next, "mm-frame");
    gtk_box_append (GTK_BOX (side), next);
  }

  self->record = pill_button (_("_Adopt the Proposal"), "mm.record", "suggested-action");
  sk_widget_set_tooltip (self->record, _("Record the proposal as the board’s decision (Ctrl+D)"));
  gtk_box_append (GTK_BOX (buttons), self->record);
  self->edit = pill_button (_("_Write the Decision…"), "mm.edit-decision", NULL);
  sk_widget_set_tooltip (self->edit, _("Write what the board decided (Ctrl+E)"));
  gtk_box_append (GTK_BOX (buttons), self->edit);
  {
    GtkWidget *spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    gtk_widget_set_hexpand (spacer, TRUE);
    gtk_box_append (GTK_BOX (buttons), spacer);
  }
  self->previous = pill_button (_("_Previous"), "mm.previous", NULL);
  gtk_box_append (GTK_BOX (buttons), self->previous);
  self->next_button = pill_button (_("_Next"), "mm.next", NULL);
  gtk_box_append (GTK_BOX (buttons), self->next_button);
  gtk_box_append (GTK_BOX (side), buttons);

  gtk_box_append (GTK_BOX (paned), side);
  gtk_widget_set_vexpand (paned, TRUE);
  gtk_box_append (GTK_BOX (root), paned);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, root);
  adw_window_set_content (ADW_WINDOW (self), GTK_WIDGET (self->toasts));
}

static void
sk_meeting_console_dispose (GObject *object)
{
  SkMeetingConsole *self = SK_MEETING_CONSOLE (object);

  g_clear_weak_pointer (&self->presenter);
  if (self->state != NULL)
    g_signal_handlers_disconnect_by_data (self->state, self);
  g_clear_object (&self->state);
  G_OBJECT_CLASS (sk_meeting_console_parent_class)->dispose (object);
}

static void
sk_meeting_console_class_init (SkMeetingConsoleClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = sk_meeting_console_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = sk_meeting_console_close_request;
}

static void
sk_meeting_console_init (SkMeetingConsole *self)
{
}

/* The time on the screen, every second: the clock, the item's timer, the
 * schedule. */
static void
show_time (SkMeetingConsole *self)
{
  g_autofree char *clock = NULL;
  g_autofree char *timer = NULL;
  g_autofree char *schedule = NULL;
  gboolean over = FALSE;

  sk_meeting_state_describe_time (self->state, &clock, &timer, &over, &schedule);
  gtk_label_set_text (self->clock, clock);
  if (timer == NULL)
    return;
  gtk_label_set_text (self->timer, timer);
  if (over)
    gtk_widget_add_css_class (GTK_WIDGET (self->timer), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->timer), "error");
  gtk_label_set_text (self->schedule, schedule ? schedule : "");
  /* Only on the meeting's day: no empty line on the other days. */
  gtk_widget_set_visible (GTK_WIDGET (self->schedule), schedule != NULL);
}

/* The title of the matrix or cost model on the screen; none: the item. */
static void
show_linked (SkMeetingConsole *self)
{
  const char *title = sk_meeting_state_get_linked (self->state);
  g_autofree char *text = NULL;

  if (title != NULL)
    /* Translators: in the chair's console, while a matrix or cost model is on the projector */
    text = g_strdup_printf (_("What-if on the screen: %s"), title);
  gtk_label_set_text (self->linked, text ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->linked), text != NULL);
  gtk_widget_set_visible (self->back, text != NULL);
  gtk_widget_set_visible (gtk_widget_get_parent (self->back), text != NULL);
}

/* The case number and whether the board can decide, as the presentation
 * shows them (sk-presenter-record.c). */
static void
show_record (SkMeetingConsole *self,
             SkMeeting        *m,
             SkItem           *item,
             guint             position)
{
  SkProject *project = sk_meeting_state_get_project (self->state);
  g_autofree char *number = sk_item_case_number (project, m, item);
  g_autoptr(SkBody) body = sk_project_get_body (project, m->body);

  gtk_label_set_text (self->case_number, number ? number : "");
  gtk_widget_set_visible (GTK_WIDGET (self->case_number), number != NULL);
  if (body != NULL && body->members->len > 0)
    {
      gboolean quorate = FALSE;
      g_autofree char *text = sk_presenter_record_quorum_text (project, m, position, &quorate);

      gtk_label_set_text (self->quorum, text);
      if (quorate)
        gtk_widget_remove_css_class (GTK_WIDGET (self->quorum), "warning");
      else
        gtk_widget_add_css_class (GTK_WIDGET (self->quorum), "warning");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->quorum), body != NULL && body->members->len > 0);
}

/* The item on the screen, the next, and the controls that apply. */
static void
show_item (SkMeetingConsole *self)
{
  SkMeeting *m = sk_meeting_state_get_meeting (self->state);
  SkItem *item = sk_meeting_state_get_item (self->state);
  guint position = sk_meeting_state_get_position (self->state);
  SkItem *next;
  g_autofree char *heading = NULL;
  const char *decision;

  if (item == NULL)
    return;
  heading = sk_presenter_item_heading (m, position);
  gtk_label_set_text (self->now, heading);
  decision = item->decision;
  if (decision && decision[0])
    {
      /* Its first paragraph: Pango keeps to two lines a paragraph, not all. */
      g_autofree char *first = g_strndup (decision, strcspn (decision, "\n"));
      /* Translators: the decision recorded for the item, in the chair's console */
      g_autofree char *decided = g_strdup_printf (_("Decided: %s"), first);

      gtk_label_set_text (self->decision, decided);
      sk_widget_set_tooltip (GTK_WIDGET (self->decision), decision);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->decision), decision && decision[0]);
  gtk_label_set_text (self->proposal, item->proposal ? item->proposal : "");
  gtk_widget_set_visible (gtk_widget_get_parent (GTK_WIDGET (self->proposal)), item->proposal && item->proposal[0]);
  gtk_list_box_select_row (self->list, gtk_list_box_get_row_at_index (self->list, (int) position));
  show_record (self, m, item, position);
  if (self->presenter != NULL && self->presenter->fill_link_buttons != NULL)
    self->presenter->fill_link_buttons (GTK_FLOW_BOX (self->links), self->presenter,
                                        sk_meeting_state_get_project (self->state), item);

  /* What the chair announces after this one. */
  next = position + 1 < m->items->len ? g_ptr_array_index (m->items, position + 1) : NULL;
  if (next != NULL)
    {
      g_autofree char *next_heading = sk_presenter_item_heading (m, position + 1);
      g_autofree char *meta = sk_presenter_item_meta (next);
      g_autofree char *planned = sk_presenter_planned_text (m, position + 1);
      g_autofree char *line = planned ? g_strdup_printf ("%s · %s", meta, planned) : g_steal_pointer (&meta);

      gtk_label_set_text (self->next, next_heading);
      gtk_label_set_text (self->next_meta, line);
    }
  else
    {
      gtk_label_set_text (self->next, _("The end of the agenda"));
      gtk_label_set_text (self->next_meta, "");
    }

  gtk_widget_set_visible (self->record, item->kind == SK_ITEM_DECISION && item->proposal && item->proposal[0] &&
                                        !(item->decision && item->decision[0]));
  gtk_widget_set_visible (self->edit, item->kind == SK_ITEM_DECISION);
  gtk_widget_set_sensitive (self->previous, position > 0);
  gtk_widget_set_sensitive (self->next_button, next != NULL);
  show_time (self);
}

SkMeetingConsole *
sk_meeting_console_new (SkPresenter    *presenter,
                        SkMeetingState *state)
{
  SkMeetingConsole *self = g_object_new (SK_TYPE_MEETING_CONSOLE, NULL);

  g_set_weak_pointer (&self->presenter, presenter);
  self->state = g_object_ref (state);
  build (self);
  g_signal_connect_object (state, "notify::position", G_CALLBACK (show_item), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "items-changed", G_CALLBACK (show_item), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "tick", G_CALLBACK (show_time), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (state, "notify::linked", G_CALLBACK (show_linked), self, G_CONNECT_SWAPPED);
  show_item (self);
  show_linked (self);
  return self;
}

void
sk_meeting_console_add_toast (SkMeetingConsole *self,
                              AdwToast         *toast)
{
  g_return_if_fail (SK_IS_MEETING_CONSOLE (self));

  adw_toast_overlay_add_toast (self->toasts, toast);
}

void
sk_meeting_console_focus_agenda (SkMeetingConsole *self,
                                 guint             position)
{
  GtkListBoxRow *row;

  g_return_if_fail (SK_IS_MEETING_CONSOLE (self));

  row = gtk_list_box_get_row_at_index (self->list, (int) position);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}
