/* sk-presenter-record.c — the board's formal record, kept in meeting mode
 *
 * On each case: its number ("Sak 47/25") over the title, and under it
 * whether the board can decide (kommunelova § 11-9: at least half of the
 * members there, a disqualified one only through the deputy who stepped
 * in), the disqualifications, the proposals made in the meeting, the
 * votes in words and the remarks entered in the record.  All by keys
 * while the meeting goes on: A the attendance, I a disqualification, P a
 * proposal, V a vote ("5-2", "s" for unanimous, Enter), R a remark; each
 * is one edit of the record, taken back with Ctrl+Z.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-attendance-page.h"
#include "sk-document.h"
#include "sk-meeting-console.h"
#include "sk-edit-record.h"
#include "sk-presenter-impl.h"
#include "sk-presenter-private.h"
#include "sk-presenter-record.h"
#include "sk-presenter-record-private.h"
#include "sk-view-util.h"

struct _SkPresenterRecord
{
  GObject      parent_instance;

  SkPresenter *presenter;      /* weak: it keeps this */
  SkProject   *project;
  char        *meeting_id;
  GtkStack    *stack;
  SkAttendancePage *attendance;
  GtkWidget   *case_label;
  GtkWidget   *box;
  GtkWidget   *quorum_label;
  GtkWidget   *entries;
  GtkWidget   *error_label;
  GSimpleActionGroup *actions; /* "mr" */
  gboolean     during;         /* the attendance opened during the meeting */
};

G_DEFINE_FINAL_TYPE (SkPresenterRecord, sk_presenter_record, G_TYPE_OBJECT)

SkMeeting *
_sk_pr_meeting (SkPresenterRecord *self)
{
  return sk_project_find_meeting (self->project, self->meeting_id);
}

SkItem *
_sk_pr_current_item (SkPresenterRecord *self)
{
  SkMeeting *m = _sk_pr_meeting (self);
  guint position = self->presenter ? sk_meeting_state_get_position (self->presenter->state) : 0;

  return m && position < m->items->len ? g_ptr_array_index (m->items, position) : NULL;
}

SkHistory *
_sk_pr_history (SkPresenterRecord *self)
{
  SkDocument *document = sk_document_from_project (self->project);

  return document ? sk_document_get_history (document) : NULL;
}

SkBody *
_sk_pr_get_body (SkPresenterRecord *self)
{
  SkMeeting *m = _sk_pr_meeting (self);

  return m ? sk_project_get_body (self->project, m->body) : NULL;
}

GtkWindow *
_sk_pr_dialog_parent (SkPresenterRecord *self)
{
  GtkWindow *console = self->presenter->console ? GTK_WINDOW (self->presenter->console) : NULL;

  return console ? console : GTK_WINDOW (self->presenter);
}

void
_sk_pr_show_error (SkPresenterRecord *self,
                   const char        *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

const char *
_sk_pr_person (SkBody     *body,
               const char *id)
{
  const char *name = body && id ? sk_body_person_name (body, id) : NULL;

  return name ? name : id ? id : "";
}

/* A line of the case's record, with a button that takes it away when
 * `action` is given. */
static void
add_entry (SkPresenterRecord *self,
           const char        *text,
           const char        *css_class,
           const char        *action,
           const char        *target,
           const char        *tooltip)
{
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *label = sk_presenter_label_new ("mm-record-text", TRUE);

  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_hexpand (label, TRUE);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (line), label);
  if (action != NULL)
    {
      GtkWidget *button = sk_flat_icon_button_new ("user-trash-symbolic", tooltip, NULL);

      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", target);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      gtk_box_append (GTK_BOX (line), button);
    }
  gtk_box_append (GTK_BOX (self->entries), line);
}

const SkVote *
_sk_pr_find_vote (SkItemRecord *record,
                  const char   *proposal)
{
  for (guint i = 0; i < record->votes->len; i++)
    {
      const SkVote *vote = g_ptr_array_index (record->votes, i);

      if (g_strcmp0 (vote->proposal, proposal) == 0)
        return vote;
    }
  return NULL;
}

static void
show_quorum (SkPresenterRecord *self,
             SkMeeting         *m)
{
  gboolean quorate = FALSE;
  g_autofree char *text = sk_presenter_record_quorum_text (self->project, m,
                                                           sk_meeting_state_get_position (self->presenter->state), &quorate);

  gtk_label_set_text (GTK_LABEL (self->quorum_label), text);
  if (!quorate)
    gtk_widget_add_css_class (self->quorum_label, "warning");
  else
    gtk_widget_remove_css_class (self->quorum_label, "warning");
}

static void set_moving (SkPresenterRecord *self,
                        gboolean           enabled);

void
sk_presenter_record_show (SkPresenterRecord *self)
{
  SkMeeting *m = _sk_pr_meeting (self);
  SkItem *item = _sk_pr_current_item (self);
  g_autoptr(SkBody) body = _sk_pr_get_body (self);
  g_autoptr(SkItemRecord) record = NULL;
  g_autofree char *number = NULL;
  GtkWidget *child;
  const SkVote *vote;

  g_return_if_fail (SK_IS_PRESENTER_RECORD (self));
  if (item == NULL)
    return;
  /* (A console made since the page came up.) */
  set_moving (self, g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") != 0);
  number = sk_item_case_number (self->project, m, item);
  gtk_label_set_text (GTK_LABEL (self->case_label), number ? number : "");
  gtk_widget_set_visible (self->case_label, number != NULL);
  gtk_widget_set_visible (self->box, body != NULL && body->members->len > 0);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") == 0)
    {
      /* (After an undo, say.) */
      if (self->during)
        sk_attendance_page_set_item (self->attendance, item->id);
      else
        sk_attendance_page_reload (self->attendance);
    }
  if (body == NULL || body->members->len == 0)
    return;

  show_quorum (self, m);
  while ((child = gtk_widget_get_first_child (self->entries)) != NULL)
    gtk_box_remove (GTK_BOX (self->entries), child);
  record = sk_item_get_record (item);
  for (guint i = 0; i < record->disqualifications->len; i++)
    {
      const SkDisqualification *d = g_ptr_array_index (record->disqualifications, i);
      g_autofree char *text = d->deputy
        /* Translators: a disqualification in meeting mode: who, the ground, the deputy */
        ? g_strdup_printf (_("Disqualified: %s (%s); %s stepped in"), _sk_pr_person (body, d->member), d->ground,
                           _sk_pr_person (body, d->deputy))
        : g_strdup_printf (_("Disqualified: %s (%s)"), _sk_pr_person (body, d->member), d->ground);

      add_entry (self, text, "mm-disqualified", "mr.remove-disqualification", d->member,
                 _("Remove the disqualification"));
    }
  vote = _sk_pr_find_vote (record, SK_PROPOSAL_PREPARED);
  if (vote != NULL)
    {
      g_autofree char *words = sk_vote_describe (vote);
      /* Translators: the vote on the proposal in the papers, in words */
      g_autofree char *text = g_strdup_printf (_("The proposal: %s"), words);

      add_entry (self, text, "mm-vote", NULL, NULL, NULL);
    }
  for (guint i = 0; i < record->proposals->len; i++)
    {
      const SkProposal *p = g_ptr_array_index (record->proposals, i);
      /* Translators: a proposal made in the meeting: who, and its text */
      g_autofree char *text = g_strdup_printf (_("Proposal from %s: %s"), p->by, p->text);

      add_entry (self, text, NULL, "mr.remove-proposal", p->id, _("Remove the proposal and its vote"));
      vote = _sk_pr_find_vote (record, p->id);
      if (vote != NULL)
        {
          g_autofree char *words = sk_vote_describe (vote);
          /* Translators: the vote on a proposal made in the meeting, in words */
          g_autofree char *line = g_strdup_printf (_("The proposal from %s: %s"), p->by, words);

          add_entry (self, line, "mm-vote", NULL, NULL, NULL);
        }
    }
  for (guint i = 0; i < record->remarks->len; i++)
    {
      const SkRemark *r = g_ptr_array_index (record->remarks, i);
      /* Translators: a remark entered in the record (protokolltilførsel) */
      g_autofree char *text = g_strdup_printf (_("Remark from %s: %s"), r->by, r->text);

      add_entry (self, text, NULL, NULL, NULL, NULL);
    }
  gtk_widget_set_visible (self->entries, gtk_widget_get_first_child (self->entries) != NULL);
}

static void
remove_action (GSimpleAction     *action,
               GVariant          *param,
               SkPresenterRecord *self)
{
  SkItem *item = _sk_pr_current_item (self);
  g_autoptr(GError) error = NULL;
  const char *id = g_variant_get_string (param, NULL);
  gboolean ok;

  if (item == NULL)
    return;
  if (g_str_equal (g_action_get_name (G_ACTION (action)), "remove-proposal"))
    ok = sk_edit_remove_proposal (_sk_pr_history (self), self->project, self->meeting_id, item->id, id, &error);
  else
    ok = sk_edit_remove_disqualification (_sk_pr_history (self), self->project, self->meeting_id, item->id, id, &error);
  _sk_pr_show_error (self, ok ? NULL : error->message);
  sk_presenter_record_show (self);
}

/* The attendance page: while it is up, the clicker's keys are its own
 * (space marks present, ↑ and ↓ move between the members). */
static void
set_moving (SkPresenterRecord *self,
            gboolean           enabled)
{
  static const char * const actions[] = { "mm.next", "mm.previous", "mm.first", "mm.last" };
  /* The case's record waits for the case. */
  static const char * const record[] = { "disqualify", "proposal", "vote", "remark" };

  if (self->presenter == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self->presenter), actions[i], enabled);
  /* The buttons followed their actions: as far as there are items. */
  if (enabled)
    _sk_presenter_update_move_buttons (self->presenter);
  /* The console's too: its keys then reach the page (handle_key). */
  if (self->presenter->console != NULL)
    sk_meeting_console_set_moving (self->presenter->console, enabled);
  for (guint i = 0; self->actions && i < G_N_ELEMENTS (record); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self->actions), record[i])),
                                 enabled);
}

static void
show_attendance (SkPresenterRecord *self,
                 gboolean           show)
{
  SkItem *item = _sk_pr_current_item (self);
  gboolean shown = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") == 0;

  if (show)
    {
      g_autoptr(GPtrArray) attendance = sk_meeting_get_attendance (_sk_pr_meeting (self));

      /* At the start no case is on yet; later the one on the screen. */
      self->during = item && attendance->len > 0;
      sk_attendance_page_set_item (self->attendance, self->during ? item->id : NULL);
      gtk_stack_set_visible_child_name (self->stack, "attendance");
      sk_attendance_page_focus (self->attendance);
    }
  else if (shown)
    {
      gtk_stack_set_visible_child_name (self->stack, "item");
      gtk_window_set_focus (GTK_WINDOW (self->presenter), NULL);
    }
}

static void
attendance_action (GSimpleAction     *action,
                   GVariant          *param,
                   SkPresenterRecord *self)
{
  g_autoptr(SkBody) body = _sk_pr_get_body (self);

  if (body == NULL || body->members->len == 0)
    return;
  /* Again: done, as Enter. */
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") == 0)
    sk_attendance_page_start (self->attendance);
  else
    show_attendance (self, TRUE);
}

static void
attendance_done_cb (SkPresenterRecord *self)
{
  show_attendance (self, FALSE);
  sk_presenter_record_show (self);
}

static void
page_changed_cb (SkPresenterRecord *self)
{
  if (self->presenter == NULL || gtk_widget_in_destruction (GTK_WIDGET (self->presenter)))
    return;
  set_moving (self, g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") != 0);
}

static gboolean
focus_idle_cb (gpointer data)
{
  SkPresenterRecord *self = data;

  if (self->presenter && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") == 0)
    sk_attendance_page_focus (self->attendance);
  return G_SOURCE_REMOVE;
}

static GtkWidget *
tool_button (const char *label,
             const char *tooltip,
             const char *action)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  sk_widget_set_tooltip (button, tooltip);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

static void
build (SkPresenterRecord *self,
       GtkWidget         *title)
{
  GtkWidget *page = gtk_widget_get_parent (title);
  GtkWidget *line = gtk_widget_get_next_sibling (title);
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *tools = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  /* "Sak 47/25" over the title. */
  self->case_label = sk_presenter_label_new ("mm-case-number", FALSE);
  gtk_widget_add_css_class (self->case_label, "mm-meta");
  gtk_box_insert_child_after (GTK_BOX (page), self->case_label, NULL);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->box, "mm-record");
  self->quorum_label = sk_presenter_label_new ("mm-quorum", TRUE);
  gtk_widget_set_hexpand (self->quorum_label, TRUE);
  gtk_box_append (GTK_BOX (head), self->quorum_label);
  gtk_box_append (GTK_BOX (tools), tool_button (_("Attendance"), _("Take or change the attendance (A)"), "mr.attendance"));
  gtk_box_append (GTK_BOX (tools), tool_button (_("Disqualification…"), _("Record a disqualification in this case (I)"),
                                                "mr.disqualify"));
  gtk_box_append (GTK_BOX (tools), tool_button (_("Proposal…"), _("Add a proposal made in the meeting (P)"), "mr.proposal"));
  gtk_box_append (GTK_BOX (tools), tool_button (_("Vote…"), _("Record a vote: “5-2”, or “s” for unanimous (V)"), "mr.vote"));
  gtk_box_append (GTK_BOX (tools), tool_button (_("Remark…"), _("Enter a remark in the record (R)"), "mr.remark"));
  gtk_widget_add_css_class (tools, "mm-record-tools");
  gtk_box_append (GTK_BOX (self->box), head);
  self->entries = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_add_css_class (self->entries, "mm-record-entries");
  gtk_box_append (GTK_BOX (self->box), self->entries);
  self->error_label = sk_presenter_label_new ("error", TRUE);
  gtk_widget_set_visible (self->error_label, FALSE);
  gtk_box_append (GTK_BOX (self->box), self->error_label);
  /* The keys' buttons last, under what they make: the quorum keeps its
   * line whole in a window of 1366 pixels. */
  gtk_box_append (GTK_BOX (self->box), tools);
  gtk_box_insert_child_after (GTK_BOX (page), self->box, line);

  self->attendance = sk_attendance_page_new (self->project, self->meeting_id);
  gtk_stack_add_named (self->stack, GTK_WIDGET (self->attendance), "attendance");
  g_signal_connect_object (self->attendance, "done", G_CALLBACK (attendance_done_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->stack, "notify::visible-child-name", G_CALLBACK (page_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

SkPresenterRecord *
sk_presenter_record_attach (SkPresenter        *presenter,
                            SkProject          *project,
                            const char         *meeting_id,
                            GtkStack           *stack,
                            GtkWidget          *title,
                            const GActionEntry *cases,
                            guint               n_cases)
{
  static const GActionEntry entries[] = {
    { "attendance", (gpointer) attendance_action, NULL, NULL, NULL, { 0 } },
    { "remove-disqualification", (gpointer) remove_action, "s", NULL, NULL, { 0 } },
    { "remove-proposal", (gpointer) remove_action, "s", NULL, NULL, { 0 } },
  };
  SkPresenterRecord *self = g_object_new (SK_TYPE_PRESENTER_RECORD, NULL);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  g_autoptr(SkBody) body = NULL;
  SkMeeting *m;

  g_set_weak_pointer (&self->presenter, presenter);
  self->project = g_object_ref (project);
  self->meeting_id = g_strdup (meeting_id);
  self->stack = stack;
  g_object_set_data_full (G_OBJECT (presenter), "sk-presenter-record", self, g_object_unref);
  build (self, title);
  g_action_map_add_action_entries (G_ACTION_MAP (group), entries, G_N_ELEMENTS (entries), self);
  g_action_map_add_action_entries (G_ACTION_MAP (group), cases, (int) n_cases, self);
  self->actions = g_object_ref (group);
  gtk_widget_insert_action_group (GTK_WIDGET (presenter), "mr", G_ACTION_GROUP (group));

  m = _sk_pr_meeting (self);
  body = _sk_pr_get_body (self);
  if (m != NULL && body != NULL && body->members->len > 0)
    {
      g_autoptr(GPtrArray) attendance = sk_meeting_get_attendance (m);

      if (attendance->len == 0)
        {
          show_attendance (self, TRUE);
          g_idle_add_full (G_PRIORITY_LOW, focus_idle_cb, g_object_ref (self), g_object_unref);
        }
    }
  return self;
}

static void
sk_presenter_record_dispose (GObject *object)
{
  SkPresenterRecord *self = SK_PRESENTER_RECORD (object);

  g_clear_weak_pointer (&self->presenter);
  g_clear_object (&self->actions);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_presenter_record_parent_class)->dispose (object);
}

static void
sk_presenter_record_finalize (GObject *object)
{
  SkPresenterRecord *self = SK_PRESENTER_RECORD (object);

  g_free (self->meeting_id);
  G_OBJECT_CLASS (sk_presenter_record_parent_class)->finalize (object);
}

static void
sk_presenter_record_class_init (SkPresenterRecordClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = sk_presenter_record_dispose;
  object_class->finalize = sk_presenter_record_finalize;
}

static void
sk_presenter_record_init (SkPresenterRecord *self)
{
}

gboolean
sk_presenter_record_handle_key (SkPresenterRecord *self,
                                guint              keyval,
                                GdkModifierType    state)
{
  g_return_val_if_fail (SK_IS_PRESENTER_RECORD (self), FALSE);
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") != 0)
    return FALSE;
  return sk_attendance_page_handle_key (self->attendance, keyval, state);
}

SkProject *
_sk_pr_project (SkPresenterRecord *self)
{
  return self->project;
}

const char *
_sk_pr_meeting_id (SkPresenterRecord *self)
{
  return self->meeting_id;
}
