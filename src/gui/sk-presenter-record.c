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
#include "sk-edit-record.h"
#include "sk-presenter-private.h"
#include "sk-presenter-record.h"
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
  gboolean     during;         /* the attendance opened during the meeting */
};

G_DEFINE_FINAL_TYPE (SkPresenterRecord, sk_presenter_record, G_TYPE_OBJECT)

/* The grounds most often given; any other can be typed. */
static const char * const grounds[] = {
  "fvl. § 6 første ledd bokstav a",
  "fvl. § 6 første ledd bokstav b",
  "fvl. § 6 andre ledd",
  "kommunelova § 11-10",
};

static SkMeeting *
meeting (SkPresenterRecord *self)
{
  return sk_project_find_meeting (self->project, self->meeting_id);
}

static SkItem *
current_item (SkPresenterRecord *self)
{
  SkMeeting *m = meeting (self);
  guint position = self->presenter ? sk_presenter_get_position (self->presenter) : 0;

  return m && position < m->items->len ? g_ptr_array_index (m->items, position) : NULL;
}

static SkHistory *
history (SkPresenterRecord *self)
{
  SkDocument *document = sk_document_from_project (self->project);

  return document ? sk_document_get_history (document) : NULL;
}

static SkBody *
get_body (SkPresenterRecord *self)
{
  SkMeeting *m = meeting (self);

  return m ? sk_project_get_body (self->project, m->body) : NULL;
}

static GtkWindow *
dialog_parent (SkPresenterRecord *self)
{
  GtkWindow *console = sk_presenter_get_console (self->presenter);

  return console ? console : GTK_WINDOW (self->presenter);
}

static void
show_error (SkPresenterRecord *self,
            const char        *message)
{
  gtk_label_set_text (GTK_LABEL (self->error_label), message ? message : "");
  gtk_widget_set_visible (self->error_label, message != NULL);
}

static const char *
person (SkBody     *body,
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

static const SkVote *
find_vote (SkItemRecord *record,
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
  int present = 0, members = 0;
  gboolean quorate = FALSE;
  g_autofree char *text = NULL;

  if (sk_record_quorum (self->project, m, sk_presenter_get_position (self->presenter), &present, &members, &quorate))
    text = quorate
           /* Translators: before a vote in meeting mode, "7 of 7 present — the board can decide" */
           ? g_strdup_printf (_("%d of %d present — the board can decide"), present, members)
           /* Translators: kommunelova § 11-9: fewer than half the members are there */
           : g_strdup_printf (_("%d of %d present — the board cannot decide this case"), present, members);
  else
    text = g_strdup (_("Attendance not taken yet (A)"));
  gtk_label_set_text (GTK_LABEL (self->quorum_label), text);
  if (!quorate)
    gtk_widget_add_css_class (self->quorum_label, "warning");
  else
    gtk_widget_remove_css_class (self->quorum_label, "warning");
}

void
sk_presenter_record_show (SkPresenterRecord *self)
{
  SkMeeting *m = meeting (self);
  SkItem *item = current_item (self);
  g_autoptr(SkBody) body = get_body (self);
  g_autoptr(SkItemRecord) record = NULL;
  g_autofree char *number = NULL;
  GtkWidget *child;
  const SkVote *vote;

  g_return_if_fail (SK_IS_PRESENTER_RECORD (self));
  if (item == NULL)
    return;
  number = sk_item_case_number (self->project, m, item);
  gtk_label_set_text (GTK_LABEL (self->case_label), number ? number : "");
  gtk_widget_set_visible (self->case_label, number != NULL);
  gtk_widget_set_visible (self->box, body != NULL && body->members->len > 0);
  if (self->during && g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") == 0)
    sk_attendance_page_set_item (self->attendance, item->id);
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
        ? g_strdup_printf (_("Disqualified: %s (%s); %s stepped in"), person (body, d->member), d->ground,
                           person (body, d->deputy))
        : g_strdup_printf (_("Disqualified: %s (%s)"), person (body, d->member), d->ground);

      add_entry (self, text, "mm-disqualified", "mr.remove-disqualification", d->member,
                 _("Remove the disqualification"));
    }
  vote = find_vote (record, SK_PROPOSAL_PREPARED);
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
      vote = find_vote (record, p->id);
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

/* The dialogs. */

typedef enum { FORM_DISQUALIFY, FORM_PROPOSAL, FORM_REMARK, FORM_VOTE } FormKind;

typedef struct
{
  SkPresenterRecord *self;
  FormKind   kind;
  GtkWidget *dialog;
  GtkWidget *who;          /* dropdown: the member disqualified, or the proposal voted on */
  GPtrArray *who_ids;
  GtkWidget *deputy;       /* dropdown */
  GPtrArray *deputy_ids;
  GtkWidget *entry;        /* the ground, who proposes or remarks, the votes */
  GtkWidget *text;         /* the proposal's or remark's text */
  GtkWidget *casting_box;
  GtkWidget *casting;
  GtkWidget *error;
} Form;

static void
form_free (gpointer data)
{
  Form *form = data;

  g_object_unref (form->self);
  g_clear_pointer (&form->who_ids, g_ptr_array_unref);
  g_clear_pointer (&form->deputy_ids, g_ptr_array_unref);
  g_free (form);
}

static void
form_error (Form       *form,
            const char *message)
{
  gtk_label_set_text (GTK_LABEL (form->error), message ? message : "");
  gtk_widget_set_visible (form->error, message != NULL);
}

static const char *
selected_id (GtkWidget *dropdown,
             GPtrArray *ids)
{
  guint i = gtk_drop_down_get_selected (GTK_DROP_DOWN (dropdown));

  return i < ids->len ? g_ptr_array_index (ids, i) : NULL;
}

static char *
entry_text (GtkWidget *entry)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));
}

static gboolean
submit_vote (Form    *form,
             GError **error)
{
  SkPresenterRecord *self = form->self;
  SkItem *item = current_item (self);
  g_autofree char *text = entry_text (form->entry);
  SkVote vote = { 0 };
  gboolean ok;

  if (!sk_vote_parse (text, &vote))
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                           _("Type the votes as “5-2”, or “s” when the vote is unanimous"));
      return FALSE;
    }
  if (!vote.unanimous && vote.votes_for == vote.votes_against)
    {
      if (!gtk_widget_get_visible (form->casting_box))
        {
          gtk_widget_set_visible (form->casting_box, TRUE);
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               _("A tie: choose the chair’s casting vote, then press Enter again"));
          return FALSE;
        }
      vote.casting = gtk_drop_down_get_selected (GTK_DROP_DOWN (form->casting)) == 0 ? SK_CASTING_FOR
                                                                                       : SK_CASTING_AGAINST;
    }
  vote.proposal = g_strdup (selected_id (form->who, form->who_ids));
  ok = sk_edit_record_vote (history (self), self->project, self->meeting_id, item->id, &vote, error);
  sk_vote_clear (&vote);
  return ok;
}

static gboolean
submit (Form    *form,
        GError **error)
{
  SkPresenterRecord *self = form->self;
  SkItem *item = current_item (self);
  g_autofree char *entry = entry_text (form->entry);
  g_autofree char *text = form->text ? entry_text (form->text) : NULL;

  if (item == NULL)
    return TRUE;
  switch (form->kind)
    {
    case FORM_DISQUALIFY:
      return sk_edit_set_disqualification (history (self), self->project, self->meeting_id, item->id,
                                           selected_id (form->who, form->who_ids), entry,
                                           selected_id (form->deputy, form->deputy_ids), error);
    case FORM_PROPOSAL:
    case FORM_REMARK:
      if (entry[0] == '\0' || text[0] == '\0')
        {
          g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                               form->kind == FORM_PROPOSAL ? _("A proposal has the one who makes it and its text")
                                                           : _("A remark has the one who makes it and its text"));
          return FALSE;
        }
      if (form->kind == FORM_PROPOSAL)
        return sk_edit_add_proposal (history (self), self->project, self->meeting_id, item->id,
                                     entry, text, NULL, error);
      return sk_edit_add_remark (history (self), self->project, self->meeting_id, item->id, entry, text, error);
    case FORM_VOTE:
    default:
      return submit_vote (form, error);
    }
}

/* Enter in the dialog: recorded and closed, or the reason shown and the
 * dialog kept for a correction. */
static void
form_activate_cb (GtkWidget *widget,
                  Form      *form)
{
  g_autoptr(GError) error = NULL;

  if (!submit (form, &error))
    {
      form_error (form, error->message);
      return;
    }
  sk_presenter_record_show (form->self);
  show_error (form->self, NULL);
  g_object_set_data (G_OBJECT (form->dialog), "sk-done", GINT_TO_POINTER (1));
  gtk_window_close (GTK_WINDOW (form->dialog));
}

static void
form_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Form             *form)
{
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "record") || g_object_get_data (G_OBJECT (dialog), "sk-done"))
    return;
  /* The dialog is gone: a refusal is said on the case. */
  if (!submit (form, &error))
    show_error (form->self, error->message);
  else
    show_error (form->self, NULL);
  sk_presenter_record_show (form->self);
}

static GtkWidget *
form_field (GtkWidget  *box,
            const char *mnemonic,
            GtkWidget  *widget)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (mnemonic);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  return widget;
}

static GtkWidget *
form_entry (Form       *form,
            GtkWidget  *box,
            const char *mnemonic,
            const char *placeholder)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), placeholder);
  g_signal_connect (entry, "activate", G_CALLBACK (form_activate_cb), form);
  return form_field (box, mnemonic, entry);
}

static Form *
form_new (SkPresenterRecord *self,
          FormKind           kind,
          const char        *heading,
          const char        *body,
          GtkWidget        **box_out)
{
  Form *form = g_new0 (Form, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  form->self = g_object_ref (self);
  form->kind = kind;
  form->dialog = sk_presenter_dialog_new (dialog_parent (self), heading, body);
  gtk_widget_add_css_class (form->dialog, "mm-record-dialog");
  g_object_set_data_full (G_OBJECT (form->dialog), "sk-form", form, form_free);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (form->dialog),
                                    "cancel", _("_Cancel"), "record", _("_Record"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (form->dialog), "record",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (form->dialog), "cancel");
  gtk_window_set_destroy_with_parent (GTK_WINDOW (form->dialog), TRUE);
  g_signal_connect (form->dialog, "response", G_CALLBACK (form_response_cb), form);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (form->dialog), box);
  *box_out = box;
  return form;
}

static void
form_present (Form      *form,
              GtkWidget *box,
              GtkWidget *focus)
{
  form->error = gtk_label_new (NULL);
  gtk_label_set_wrap (GTK_LABEL (form->error), TRUE);
  gtk_label_set_xalign (GTK_LABEL (form->error), 0);
  gtk_widget_add_css_class (form->error, "error");
  gtk_widget_set_visible (form->error, FALSE);
  gtk_box_append (GTK_BOX (box), form->error);
  g_object_set_data (G_OBJECT (form->dialog), "sk-entry", form->entry);
  g_object_set_data (G_OBJECT (form->dialog), "sk-error", form->error);
  gtk_window_present (GTK_WINDOW (form->dialog));
  gtk_widget_grab_focus (focus);
}

static GtkWidget *
dropdown_new (GtkStringList *names,
              GCallback      changed,
              Form          *form)
{
  GtkWidget *dropdown = gtk_drop_down_new (names ? G_LIST_MODEL (g_object_ref (names)) : NULL, NULL);

  if (changed)
    g_signal_connect (dropdown, "notify::selected", changed, form);
  return dropdown;
}

/* The deputies who can step in for the one disqualified: that member's
 * personal deputies first, then the numbered ones. */
static void
fill_deputies (Form *form)
{
  g_autoptr(SkBody) body = get_body (form->self);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  const char *who = selected_id (form->who, form->who_ids);

  g_ptr_array_set_size (form->deputy_ids, 0);
  g_ptr_array_add (form->deputy_ids, NULL);
  gtk_string_list_append (names, _("No deputy"));
  for (guint i = 0; body && i < body->members->len; i++)
    {
      SkMember *member = g_ptr_array_index (body->members, i);
      gboolean theirs = g_strcmp0 (member->id, who) == 0;

      for (guint k = 0; member->deputies && k < member->deputies->len && !theirs; k++)
        theirs = g_strcmp0 (((SkDeputy *) g_ptr_array_index (member->deputies, k))->id, who) == 0;
      for (guint k = 0; theirs && member->deputies && k < member->deputies->len; k++)
        {
          SkDeputy *d = g_ptr_array_index (member->deputies, k);

          if (g_strcmp0 (d->id, who) == 0)
            continue;
          g_ptr_array_add (form->deputy_ids, g_strdup (d->id));
          gtk_string_list_append (names, d->name);
        }
    }
  for (guint i = 0; body && body->deputies && i < body->deputies->len; i++)
    {
      SkDeputy *d = g_ptr_array_index (body->deputies, i);

      g_ptr_array_add (form->deputy_ids, g_strdup (d->id));
      gtk_string_list_append (names, d->name);
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (form->deputy), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (form->deputy), form->deputy_ids->len > 1 ? 1 : 0);
}

static void
who_changed_cb (GtkDropDown *dropdown,
                GParamSpec  *pspec,
                Form        *form)
{
  fill_deputies (form);
}

static void
ground_chosen_cb (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  Form        *form)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i > 0 && i <= G_N_ELEMENTS (grounds))
    gtk_editable_set_text (GTK_EDITABLE (form->entry), grounds[i - 1]);
}

static void
disqualify_action (GSimpleAction     *action,
                   GVariant          *param,
                   SkPresenterRecord *self)
{
  SkMeeting *m = meeting (self);
  g_autoptr(SkBody) body = get_body (self);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) common = gtk_string_list_new (NULL);
  GtkWidget *box;
  Form *form;

  if (m == NULL || body == NULL || body->members->len == 0 || current_item (self) == NULL)
    return;
  form = form_new (self, FORM_DISQUALIFY, _("Disqualification"),
                   _("The member who may not take part in this case, why, and the deputy who stepped in."), &box);
  form->who_ids = g_ptr_array_new_with_free_func (g_free);
  form->deputy_ids = g_ptr_array_new_with_free_func (g_free);
  /* Who attends: the member, or the deputy who came instead. */
  attendance = sk_meeting_get_attendance (m);
  for (guint i = 0; i < body->members->len; i++)
    {
      SkMember *member = g_ptr_array_index (body->members, i);
      const char *who = member->id;

      for (guint k = 0; k < attendance->len; k++)
        {
          SkAttendance *a = g_ptr_array_index (attendance, k);

          if (g_strcmp0 (a->member, member->id) == 0)
            who = a->present ? a->member : a->deputy;
        }
      if (who == NULL)
        continue;
      g_ptr_array_add (form->who_ids, g_strdup (who));
      gtk_string_list_append (names, person (body, who));
    }
  form->who = form_field (box, _("_Member"), dropdown_new (names, G_CALLBACK (who_changed_cb), form));
  form->entry = form_entry (form, box, _("_Ground"), grounds[0]);
  gtk_string_list_append (common, _("Common grounds…"));
  for (guint i = 0; i < G_N_ELEMENTS (grounds); i++)
    gtk_string_list_append (common, grounds[i]);
  {
    GtkWidget *choice = dropdown_new (common, G_CALLBACK (ground_chosen_cb), form);

    sk_widget_set_tooltip (choice, _("Put a common ground in the field"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Common grounds"), -1);
    gtk_box_append (GTK_BOX (box), choice);
  }
  form->deputy = form_field (box, _("_Deputy who stepped in"), dropdown_new (NULL, NULL, form));
  fill_deputies (form);
  form_present (form, box, form->entry);
}

static void
text_form (SkPresenterRecord *self,
           FormKind           kind)
{
  GtkWidget *box;
  Form *form;

  if (current_item (self) == NULL)
    return;
  if (kind == FORM_PROPOSAL)
    form = form_new (self, kind, _("New Proposal"), _("A proposal made in the meeting, to be voted on."), &box);
  else
    form = form_new (self, kind, _("Remark in the Record"),
                     _("A remark a member asks to have entered in the record (protokolltilførsel)."), &box);
  /* Translators: placeholder: who makes a proposal or a remark */
  form->entry = form_entry (form, box, _("_By"), _("Vik v/Kari Nordmann"));
  form->text = form_entry (form, box, _("_Text"), NULL);
  gtk_widget_set_size_request (form->text, 560, -1);
  form_present (form, box, form->entry);
}

static void
proposal_action (GSimpleAction     *action,
                 GVariant          *param,
                 SkPresenterRecord *self)
{
  text_form (self, FORM_PROPOSAL);
}

static void
remark_action (GSimpleAction     *action,
               GVariant          *param,
               SkPresenterRecord *self)
{
  text_form (self, FORM_REMARK);
}

static void
vote_action (GSimpleAction     *action,
             GVariant          *param,
             SkPresenterRecord *self)
{
  SkItem *item = current_item (self);
  g_autoptr(SkItemRecord) record = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) casting = gtk_string_list_new (NULL);
  guint first_open = G_MAXUINT;
  GtkWidget *box, *label;
  Form *form;

  if (item == NULL)
    return;
  record = sk_item_get_record (item);
  form = form_new (self, FORM_VOTE, _("Vote"), NULL, &box);
  form->who_ids = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (form->who_ids, g_strdup (SK_PROPOSAL_PREPARED));
  gtk_string_list_append (names, _("The proposal in the papers"));
  if (find_vote (record, SK_PROPOSAL_PREPARED) == NULL)
    first_open = 0;
  for (guint i = 0; i < record->proposals->len; i++)
    {
      const SkProposal *p = g_ptr_array_index (record->proposals, i);
      /* Translators: a proposal to vote on, by who made it */
      g_autofree char *name = g_strdup_printf (_("The proposal from %s"), p->by);

      g_ptr_array_add (form->who_ids, g_strdup (p->id));
      gtk_string_list_append (names, name);
      if (first_open == G_MAXUINT && find_vote (record, p->id) == NULL)
        first_open = i + 1;
    }
  form->who = form_field (box, _("_Proposal"), dropdown_new (names, NULL, form));
  /* The one not yet voted on. */
  gtk_drop_down_set_selected (GTK_DROP_DOWN (form->who), first_open == G_MAXUINT ? 0 : first_open);
  form->entry = form_entry (form, box, _("_Votes for and against"), "5-2");
  gtk_widget_add_css_class (form->entry, "mm-vote-entry");
  label = sk_presenter_label_new ("dim-label", TRUE);
  gtk_label_set_text (GTK_LABEL (label), _("“5-2”: 5 for, 2 against; “s”: unanimous"));
  gtk_box_append (GTK_BOX (box), label);
  form->casting_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_string_list_append (casting, _("For the proposal"));
  gtk_string_list_append (casting, _("Against the proposal"));
  form->casting = form_field (form->casting_box, _("The chair’s _casting vote"), dropdown_new (casting, NULL, form));
  gtk_widget_set_visible (form->casting_box, FALSE);
  gtk_box_append (GTK_BOX (box), form->casting_box);
  g_object_set_data (G_OBJECT (form->dialog), "sk-casting", form->casting);
  form_present (form, box, form->entry);
}

static void
remove_action (GSimpleAction     *action,
               GVariant          *param,
               SkPresenterRecord *self)
{
  SkItem *item = current_item (self);
  g_autoptr(GError) error = NULL;
  const char *id = g_variant_get_string (param, NULL);
  gboolean ok;

  if (item == NULL)
    return;
  if (g_str_equal (g_action_get_name (G_ACTION (action)), "remove-proposal"))
    ok = sk_edit_remove_proposal (history (self), self->project, self->meeting_id, item->id, id, &error);
  else
    ok = sk_edit_remove_disqualification (history (self), self->project, self->meeting_id, item->id, id, &error);
  show_error (self, ok ? NULL : error->message);
  sk_presenter_record_show (self);
}

/* The attendance page: while it is up, the clicker's keys are its own
 * (space marks present, ↑ and ↓ move between the members). */
static void
set_moving (SkPresenterRecord *self,
            gboolean           enabled)
{
  static const char * const actions[] = { "mm.next", "mm.previous", "mm.first", "mm.last" };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self->presenter), actions[i], enabled);
}

static void
show_attendance (SkPresenterRecord *self,
                 gboolean           show)
{
  SkItem *item = current_item (self);
  gboolean shown = g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") == 0;

  if (show)
    {
      g_autoptr(GPtrArray) attendance = sk_meeting_get_attendance (meeting (self));

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
  g_autoptr(SkBody) body = get_body (self);

  if (body == NULL || body->members->len == 0)
    return;
  show_attendance (self, g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "attendance") != 0);
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
sk_presenter_record_attach (SkPresenter *presenter,
                            SkProject   *project,
                            const char  *meeting_id,
                            GtkStack    *stack,
                            GtkWidget   *title)
{
  static const GActionEntry entries[] = {
    { "attendance", (gpointer) attendance_action, NULL, NULL, NULL, { 0 } },
    { "disqualify", (gpointer) disqualify_action, NULL, NULL, NULL, { 0 } },
    { "proposal", (gpointer) proposal_action, NULL, NULL, NULL, { 0 } },
    { "vote", (gpointer) vote_action, NULL, NULL, NULL, { 0 } },
    { "remark", (gpointer) remark_action, NULL, NULL, NULL, { 0 } },
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
  gtk_widget_insert_action_group (GTK_WIDGET (presenter), "mr", G_ACTION_GROUP (group));

  m = meeting (self);
  body = get_body (self);
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
