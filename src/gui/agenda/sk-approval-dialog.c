/* sk-approval-dialog.c — "Approval of the Minutes": how a meeting's
 * minutes are approved
 *
 * Not said, approved at the next meeting, or signed by members or
 * deputies of the meeting's body who were at it, each a check button.
 * The end of the minutes says it (sk-render-minutes.c).  Saved through
 * sk_edit_set_minutes_approval (), one step of undo; what the core
 * refuses is a toast.  The dialog asks for the meeting the agenda view
 * shows, from its meeting menu ("record.approve-minutes").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-approval-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda-view-private.h"
#include "sk-approval-dialog.h"
#include "sk-dialog-util.h"
#include "sk-edit-record.h"
#include "sk-format.h"
#include "sk-record.h"
#include "sk-view-util.h"

#define PERSON_ID "sk-id"

struct _SkApprovalDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *none_button;
  GtkWidget        *next_button;
  GtkWidget        *signed_button;
  GtkWidget        *people_scroll;
  GtkWidget        *people_box;
  GtkWidget        *hint;

  SkView           *view;
  char             *meeting_id;
  GPtrArray        *checks;     /* of GtkCheckButton, each with its person's id */
  SkApproval        approval;   /* as the meeting had it */
  GStrv             signers;    /* the same */
};

G_DEFINE_FINAL_TYPE (SkApprovalDialog, sk_approval_dialog, ADW_TYPE_MESSAGE_DIALOG)

static SkApproval
chosen_approval (SkApprovalDialog *self)
{
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->signed_button)))
    return SK_APPROVAL_SIGNED;
  if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->next_button)))
    return SK_APPROVAL_NEXT_MEETING;
  return SK_APPROVAL_NONE;
}

/* Who signs, as chosen: those who signed before in their order, then the
 * others in the body's order; NULL-terminated. */
static GPtrArray *
chosen_signers (SkApprovalDialog *self)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; self->signers != NULL && self->signers[i] != NULL; i++)
    for (guint k = 0; k < self->checks->len; k++)
      {
        GtkWidget *check = g_ptr_array_index (self->checks, k);

        if (g_strcmp0 (g_object_get_data (G_OBJECT (check), PERSON_ID), self->signers[i]) == 0 &&
            gtk_check_button_get_active (GTK_CHECK_BUTTON (check)))
          g_ptr_array_add (ids, self->signers[i]);
      }
  for (guint k = 0; k < self->checks->len; k++)
    {
      GtkWidget *check = g_ptr_array_index (self->checks, k);
      const char *id = g_object_get_data (G_OBJECT (check), PERSON_ID);

      if (gtk_check_button_get_active (GTK_CHECK_BUTTON (check)) &&
          (self->signers == NULL || !g_strv_contains ((const char * const *) self->signers, id)))
        g_ptr_array_add (ids, (gpointer) id);
    }
  g_ptr_array_add (ids, NULL);
  return ids;
}

/* The people can be chosen while "Signed by" is; saving needs one. */
static void
validate_cb (SkApprovalDialog *self)
{
  gboolean signed_by = chosen_approval (self) == SK_APPROVAL_SIGNED;
  g_autoptr(GPtrArray) ids = chosen_signers (self);
  gboolean nobody = signed_by && ids->len == 1;

  gtk_widget_set_sensitive (self->people_box, signed_by);
  if (self->checks->len > 0)
    {
      gtk_label_set_text (GTK_LABEL (self->hint), _("Choose at least one who signs."));
      gtk_widget_set_visible (self->hint, nobody);
    }
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "save", !nobody);
}

/* A refusal, shown at once (not after the toasts before it) and long
 * enough to be read. */
static void
refused_toast (SkView     *view,
               const char *message)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;
  toast = sk_toast_new (message);
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

static void
response_cb (SkApprovalDialog *self,
             const char       *response)
{
  SkProject *project = sk_view_get_project (self->view);
  SkApproval approval = chosen_approval (self);
  g_autoptr(GPtrArray) ids = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_str_equal (response, "save") || project == NULL)
    return;
  ids = chosen_signers (self);
  /* As it was: no step of undo */
  if (approval == self->approval &&
      (approval != SK_APPROVAL_SIGNED || g_strv_equal ((const char * const *) ids->pdata,
                                                       (const char * const *) self->signers)))
    return;
  if (!sk_edit_set_minutes_approval (sk_view_get_history (self->view), project, self->meeting_id, approval,
                                     (const char * const *) ids->pdata, &error))
    refused_toast (self->view, error->message);
}

/* A check button for the person `id`, chosen if they sign now; none for
 * one the attendance has away (`away`, may be NULL), who cannot sign,
 * unless they do. */
static void
add_person (SkApprovalDialog *self,
            GHashTable       *away,
            const char       *id,
            const char       *name)
{
  gboolean signs = self->signers != NULL && g_strv_contains ((const char * const *) self->signers, id);
  GtkWidget *check;

  if (away != NULL && g_hash_table_contains (away, id) && !signs)
    return;
  check = gtk_check_button_new_with_label (name);

  g_object_set_data_full (G_OBJECT (check), PERSON_ID, g_strdup (id), g_free);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (check), signs);
  g_signal_connect_swapped (check, "toggled", G_CALLBACK (validate_cb), self);
  gtk_box_append (GTK_BOX (self->people_box), check);
  g_ptr_array_add (self->checks, check);
}

static void
add_heading (SkApprovalDialog *self,
             const char       *text)
{
  GtkWidget *label = sk_label_new (text, "heading");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (gtk_widget_get_first_child (self->people_box) != NULL)
    gtk_widget_set_margin_top (label, 6);
  gtk_box_append (GTK_BOX (self->people_box), label);
}

/* Whether one of `people` (SkDeputy) is not in `away` (may be NULL). */
static gboolean
any_there (GPtrArray  *people,
           GHashTable *away)
{
  for (guint k = 0; k < people->len; k++)
    if (away == NULL || !g_hash_table_contains (away, ((SkDeputy *) g_ptr_array_index (people, k))->id))
      return TRUE;
  return FALSE;
}

/* Who was at the meeting of the body: its members, then its deputies:
 * personal ones in their members' order, then the numbered ones. */
static void
fill_people (SkApprovalDialog *self,
             const SkBody     *body,
             const SkMeeting  *meeting)
{
  g_autoptr(GHashTable) away = sk_meeting_away (body, meeting);
  gboolean deputies = any_there (body->deputies, away);

  if (body->members->len > 0)
    add_heading (self, _("Members"));
  for (guint i = 0; i < body->members->len; i++)
    {
      SkMember *m = g_ptr_array_index (body->members, i);

      add_person (self, away, m->id, m->name);
      deputies = deputies || any_there (m->deputies, away);
    }
  if (deputies)
    add_heading (self, _("Deputies"));
  for (guint i = 0; i < body->members->len; i++)
    {
      SkMember *m = g_ptr_array_index (body->members, i);

      for (guint k = 0; k < m->deputies->len; k++)
        {
          SkDeputy *d = g_ptr_array_index (m->deputies, k);

          add_person (self, away, d->id, d->name);
        }
    }
  for (guint i = 0; i < body->deputies->len; i++)
    {
      SkDeputy *d = g_ptr_array_index (body->deputies, i);

      add_person (self, away, d->id, d->name);
    }
}

static void
sk_approval_dialog_dispose (GObject *object)
{
  SkApprovalDialog *self = SK_APPROVAL_DIALOG (object);

  g_clear_object (&self->view);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_APPROVAL_DIALOG);
  G_OBJECT_CLASS (sk_approval_dialog_parent_class)->dispose (object);
}

static void
sk_approval_dialog_finalize (GObject *object)
{
  SkApprovalDialog *self = SK_APPROVAL_DIALOG (object);

  g_free (self->meeting_id);
  g_strfreev (self->signers);
  g_ptr_array_unref (self->checks);
  G_OBJECT_CLASS (sk_approval_dialog_parent_class)->finalize (object);
}

static void
sk_approval_dialog_class_init (SkApprovalDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_approval_dialog_dispose;
  object_class->finalize = sk_approval_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-approval-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SkApprovalDialog, none_button);
  gtk_widget_class_bind_template_child (widget_class, SkApprovalDialog, next_button);
  gtk_widget_class_bind_template_child (widget_class, SkApprovalDialog, signed_button);
  gtk_widget_class_bind_template_child (widget_class, SkApprovalDialog, people_scroll);
  gtk_widget_class_bind_template_child (widget_class, SkApprovalDialog, people_box);
  gtk_widget_class_bind_template_child (widget_class, SkApprovalDialog, hint);
}

static void
sk_approval_dialog_init (SkApprovalDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->checks = g_ptr_array_new ();
}

GtkWidget *
sk_approval_dialog_new (SkView     *view,
                        const char *meeting_id)
{
  SkProject *project = sk_view_get_project (view);
  SkMeeting *meeting = project ? sk_project_find_meeting (project, meeting_id) : NULL;
  g_autoptr(SkBody) body = NULL;
  g_autofree char *date = NULL;
  g_autofree char *text = NULL;
  SkApprovalDialog *self;

  g_return_val_if_fail (meeting != NULL, NULL);
  self = g_object_new (SK_TYPE_APPROVAL_DIALOG,
                       "transient-for", gtk_widget_get_root (GTK_WIDGET (view)),
                       "modal", TRUE,
                       NULL);
  self->view = g_object_ref (view);
  self->meeting_id = g_strdup (meeting_id);
  self->approval = sk_meeting_get_approval (meeting, &self->signers);
  date = sk_format_date (meeting->date);
  /* Translators: %s is the body that met, "Styret i Sogn KO", %s the meeting's date */
  text = g_strdup_printf (_("How the minutes of %s on %s are approved: the end of the minutes says it."),
                          meeting->body, date ? date : meeting->date);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (self), text);

  body = sk_project_get_body (project, meeting->body);
  if (body != NULL)
    fill_people (self, body, meeting);
  if (self->checks->len == 0)
    {
      g_autofree char *why = g_strdup_printf (_("Add the members of %s on the Board page of Project Properties "
                                                "to choose who signs."),
                                              meeting->body);

      gtk_label_set_text (GTK_LABEL (self->hint), why);
      gtk_widget_set_visible (self->hint, TRUE);
      gtk_widget_set_visible (self->people_scroll, FALSE);
      /* Kept as it was, but not chosen anew */
      gtk_widget_set_sensitive (self->signed_button, self->approval == SK_APPROVAL_SIGNED);
    }
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->approval == SK_APPROVAL_SIGNED ? self->signed_button
                                                 : self->approval == SK_APPROVAL_NEXT_MEETING ? self->next_button
                                                 : self->none_button),
                               TRUE);
  g_signal_connect_swapped (self->none_button, "toggled", G_CALLBACK (validate_cb), self);
  g_signal_connect_swapped (self->next_button, "toggled", G_CALLBACK (validate_cb), self);
  g_signal_connect_swapped (self->signed_button, "toggled", G_CALLBACK (validate_cb), self);
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
  validate_cb (self);
  return GTK_WIDGET (self);
}

/* The menu's entry */

static void
approve_cb (GSimpleAction *action,
            GVariant      *parameter,
            gpointer       view)
{
  SkMeeting *meeting = ((SkAgendaView *) view)->meeting;

  if (meeting != NULL)
    gtk_window_present (GTK_WINDOW (sk_approval_dialog_new (SK_VIEW (view), meeting->id)));
}

void
sk_approval_dialog_add_menu (GMenu  *papers,
                             SkView *view)
{
  g_return_if_fail (SK_IS_VIEW (view));

  /* The action is the view's own, put in when its menu is first made */
  if (g_object_get_data (G_OBJECT (view), "sk-approval-actions") == NULL)
    {
      GSimpleActionGroup *group = g_simple_action_group_new ();
      g_autoptr(GSimpleAction) action = g_simple_action_new ("approve-minutes", NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (approve_cb), view, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
      gtk_widget_insert_action_group (GTK_WIDGET (view), "record", G_ACTION_GROUP (group));
      g_object_set_data_full (G_OBJECT (view), "sk-approval-actions", group, g_object_unref);
    }
  g_menu_append (papers, _("_Approval of the Minutes…"), "record.approve-minutes");
}
