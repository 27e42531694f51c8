/* sk-presenter-record-dialogs.c — meeting mode's record: the dialogs
 *
 * Typed while the meeting goes on, in meeting mode's large type: a
 * disqualification (the member, the ground with the common ones to
 * pick, the deputy who stepped in), a proposal or a remark (who, and the
 * text), a vote ("5-2", "s"; the chair's casting vote asked only on a
 * tie).  Enter records and closes; a refusal stays in the dialog with
 * the core's reason, for a correction.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-dialog-util.h"
#include "sk-presenter-private.h"
#include "sk-presenter-record-private.h"
#include "sk-view-util.h"

#define meeting(s) _sk_pr_meeting (s)
#define current_item(s) _sk_pr_current_item (s)
#define history(s) _sk_pr_history (s)
#define get_body(s) _sk_pr_get_body (s)
#define dialog_parent(s) _sk_pr_dialog_parent (s)
#define show_error(s, m) _sk_pr_show_error (s, m)
#define person(b, i) _sk_pr_person (b, i)
#define find_vote(r, p) _sk_pr_find_vote (r, p)

/* The grounds most often given; any other can be typed. */
static const char * const grounds[] = {
  "fvl. § 6 første ledd bokstav a",
  "fvl. § 6 første ledd bokstav b",
  "fvl. § 6 andre ledd",
  "kommunelova § 11-10",
};

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
  ok = sk_edit_record_vote (history (self), _sk_pr_project (self), _sk_pr_meeting_id (self), item->id, &vote, error);
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
      return sk_edit_set_disqualification (history (self), _sk_pr_project (self), _sk_pr_meeting_id (self), item->id,
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
        return sk_edit_add_proposal (history (self), _sk_pr_project (self), _sk_pr_meeting_id (self), item->id,
                                     entry, text, NULL, error);
      return sk_edit_add_remark (history (self), _sk_pr_project (self), _sk_pr_meeting_id (self), item->id, entry, text, error);
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

/* A response closes the dialog, which only hides it (hide-on-close): the
 * record button clicked on a refusal shows it again with the reason and
 * what was typed, as Enter keeps it; else it goes, once AdwMessageDialog
 * is done with it. */
static void
form_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  Form             *form)
{
  g_autoptr(GError) error = NULL;

  if (g_str_equal (response, "record") && !g_object_get_data (G_OBJECT (dialog), "sk-done"))
    {
      if (!submit (form, &error))
        {
          form_error (form, error->message);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
      show_error (form->self, NULL);
      sk_presenter_record_show (form->self);
    }
  sk_dialog_destroy_later (dialog);
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
  gtk_window_set_hide_on_close (GTK_WINDOW (form->dialog), TRUE);
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
  /* (A drop-down takes the focus on its button inside.) */
  if (!gtk_widget_grab_focus (focus))
    gtk_widget_child_focus (focus, GTK_DIR_TAB_FORWARD);
}

/* ↑ and ↓ on a drop-down pick the one before or after, without opening
 * its list (space opens it). */
static gboolean
dropdown_key_cb (GtkEventControllerKey *controller,
                 guint                  keyval,
                 guint                  keycode,
                 GdkModifierType        state,
                 GtkDropDown           *dropdown)
{
  GListModel *model = gtk_drop_down_get_model (dropdown);
  guint n = model ? g_list_model_get_n_items (model) : 0;
  guint selected = gtk_drop_down_get_selected (dropdown);

  if (n == 0 || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) && selected + 1 < n)
    gtk_drop_down_set_selected (dropdown, selected + 1);
  else if ((keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up) && selected > 0 && selected != GTK_INVALID_LIST_POSITION)
    gtk_drop_down_set_selected (dropdown, selected - 1);
  else
    return keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down || keyval == GDK_KEY_Up || keyval == GDK_KEY_KP_Up;
  return TRUE;
}

static GtkWidget *
dropdown_new (GtkStringList *names,
              GCallback      changed,
              Form          *form)
{
  GtkWidget *dropdown = gtk_drop_down_new (names ? G_LIST_MODEL (g_object_ref (names)) : NULL, NULL);
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (dropdown_key_cb), dropdown, 0);
  gtk_widget_add_controller (dropdown, keys);
  if (changed)
    g_signal_connect (dropdown, "notify::selected", changed, form);
  return dropdown;
}

/* Whether deputy `id` holds a seat in the current case other than the
 * one of `who`: attends for a member, or stepped in for another one
 * disqualified (kommunelova: one person, one seat). */
static gboolean
holds_seat (Form       *form,
            const char *who,
            const char *id)
{
  SkMeeting *m = meeting (form->self);
  SkItem *item = current_item (form->self);
  g_autoptr(GPtrArray) attendance = m ? sk_meeting_get_attendance (m) : NULL;
  g_autoptr(SkItemRecord) record = item ? sk_item_get_record (item) : NULL;

  if (g_strcmp0 (id, who) == 0)
    return TRUE;
  for (guint k = 0; attendance && k < attendance->len; k++)
    {
      SkAttendance *a = g_ptr_array_index (attendance, k);

      if (!a->present && g_strcmp0 (a->deputy, id) == 0)
        return TRUE;
    }
  for (guint k = 0; record && k < record->disqualifications->len; k++)
    {
      SkDisqualification *d = g_ptr_array_index (record->disqualifications, k);

      if (g_strcmp0 (d->deputy, id) == 0 && g_strcmp0 (d->member, who) != 0)
        return TRUE;
    }
  return FALSE;
}

/* The deputies who can step in for the one disqualified: that member's
 * personal deputies first, then the numbered ones; not the one
 * disqualified, nor one who already holds a seat in the case. */
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

          if (holds_seat (form, who, d->id))
            continue;
          g_ptr_array_add (form->deputy_ids, g_strdup (d->id));
          gtk_string_list_append (names, d->name);
        }
    }
  for (guint i = 0; body && body->deputies && i < body->deputies->len; i++)
    {
      SkDeputy *d = g_ptr_array_index (body->deputies, i);

      if (holds_seat (form, who, d->id))
        continue;
      g_ptr_array_add (form->deputy_ids, g_strdup (d->id));
      gtk_string_list_append (names, d->name);
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (form->deputy), G_LIST_MODEL (names));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (form->deputy), form->deputy_ids->len > 1 ? 1 : 0);
}

/* Whether `id` is disqualified in the case `record` is of. */
static gboolean
disqualified_in (SkItemRecord *record,
                 const char   *id)
{
  for (guint k = 0; k < record->disqualifications->len; k++)
    if (g_strcmp0 (((SkDisqualification *) g_ptr_array_index (record->disqualifications, k))->member, id) == 0)
      return TRUE;
  return FALSE;
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

void
_sk_pr_disqualify_action (GSimpleAction     *action,
                          GVariant          *param,
                          SkPresenterRecord *self)
{
  SkMeeting *m = meeting (self);
  g_autoptr(SkBody) body = get_body (self);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(SkItemRecord) record = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) common = gtk_string_list_new (NULL);
  guint index;
  GtkWidget *box;
  Form *form;

  if (m == NULL || body == NULL || body->members->len == 0 || current_item (self) == NULL)
    return;
  form = form_new (self, FORM_DISQUALIFY, _("Disqualification"),
                   _("The member who may not take part in this case, why, and the deputy who stepped in."), &box);
  form->who_ids = g_ptr_array_new_with_free_func (g_free);
  form->deputy_ids = g_ptr_array_new_with_free_func (g_free);
  /* Who attends the case: the member, or the deputy who came instead. */
  attendance = sk_meeting_get_attendance (m);
  record = sk_item_get_record (current_item (self));
  for (index = 0; index < m->items->len && g_ptr_array_index (m->items, index) != current_item (self); index++)
    ;
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
      /* Not one who has left before the case or comes later */
      if (who == NULL || (attendance->len > 0 && !sk_record_takes_part (_sk_pr_project (self), m, index, who) &&
                          !disqualified_in (record, who)))
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
  /* The keyboard starts on who: ↓ or space opens the list. */
  form_present (form, box, form->who);
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

void
_sk_pr_proposal_action (GSimpleAction     *action,
                        GVariant          *param,
                        SkPresenterRecord *self)
{
  text_form (self, FORM_PROPOSAL);
}

void
_sk_pr_remark_action (GSimpleAction     *action,
                      GVariant          *param,
                      SkPresenterRecord *self)
{
  text_form (self, FORM_REMARK);
}

void
_sk_pr_vote_action (GSimpleAction     *action,
                    GVariant          *param,
                    SkPresenterRecord *self)
{
  SkItem *item = current_item (self);
  g_autoptr(SkItemRecord) record = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) casting = gtk_string_list_new (NULL);
  guint first_open = G_MAXUINT;
  gboolean has_prepared;
  GtkWidget *box, *label;
  Form *form;

  if (item == NULL)
    return;
  record = sk_item_get_record (item);
  /* The proposal in the papers only where the item has one (the core
   * refuses a vote on it otherwise, after the votes were typed). */
  has_prepared = item->proposal != NULL && item->proposal[0] != '\0';
  if (!has_prepared && record->proposals->len == 0)
    {
      show_error (self, _("The item has no proposal to vote on: record a proposal first"));
      return;
    }
  form = form_new (self, FORM_VOTE, _("Vote"), NULL, &box);
  form->who_ids = g_ptr_array_new_with_free_func (g_free);
  if (has_prepared)
    {
      g_ptr_array_add (form->who_ids, g_strdup (SK_PROPOSAL_PREPARED));
      gtk_string_list_append (names, _("The proposal in the papers"));
      if (find_vote (record, SK_PROPOSAL_PREPARED) == NULL)
        first_open = 0;
    }
  for (guint i = 0; i < record->proposals->len; i++)
    {
      const SkProposal *p = g_ptr_array_index (record->proposals, i);
      /* Translators: a proposal to vote on, by who made it */
      g_autofree char *name = g_strdup_printf (_("The proposal from %s"), p->by);

      g_ptr_array_add (form->who_ids, g_strdup (p->id));
      gtk_string_list_append (names, name);
      if (first_open == G_MAXUINT && find_vote (record, p->id) == NULL)
        first_open = form->who_ids->len - 1;
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

const GActionEntry _sk_pr_case_entries[] = {
  { "disqualify", (gpointer) _sk_pr_disqualify_action, NULL, NULL, NULL, { 0 } },
  { "proposal", (gpointer) _sk_pr_proposal_action, NULL, NULL, NULL, { 0 } },
  { "vote", (gpointer) _sk_pr_vote_action, NULL, NULL, NULL, { 0 } },
  { "remark", (gpointer) _sk_pr_remark_action, NULL, NULL, NULL, { 0 } },
};
const guint _sk_pr_n_case_entries = G_N_ELEMENTS (_sk_pr_case_entries);
