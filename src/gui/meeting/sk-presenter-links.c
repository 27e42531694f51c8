/* sk-presenter-links.c — an item's matrices, cost models and timelines
 * in meeting mode, and the what-if on them
 *
 * The item's links are buttons, on the presentation and on the chair's
 * console, that put the linked view on the screen, live on a copy of the
 * project (the meeting state's sandbox).  Leaving an item whose what-if
 * changed something asks: adopt it into the papers, keep it beside them
 * as a variant, or discard it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-costs-view.h"
#include "sk-matrix-view.h"
#include "sk-presenter-impl.h"
#include "sk-presenter-private.h"
#include "sk-timeline-view.h"
#include "sk-view-util.h"
#include "sk-what-if.h"

static SkProject *
sandbox (SkPresenter *self)
{
  return sk_meeting_state_get_sandbox (self->state);
}

/* The main window's: what is kept or adopted is one step of its undo. */
static SkHistory *
history (SkPresenter *self)
{
  SkDocument *document = sk_document_from_project (self->project);

  return document ? sk_document_get_history (document) : NULL;
}

/* Back at the item, a what-if with changes says so: they are not in the
 * papers until the chair adopts them on leaving the item. */
void
_sk_presenter_update_pending (SkPresenter *self)
{
  gboolean pending = sandbox (self) != NULL && self->linked_view == NULL &&
                     sk_project_what_if_changed (self->project, sandbox (self));

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

void
_sk_presenter_close_linked (SkPresenter *self)
{
  gtk_stack_set_visible_child_name (self->stack, "item");
  if (self->linked_view != NULL)
    {
      gtk_box_remove (GTK_BOX (self->linked_holder), self->linked_view);
      self->linked_view = NULL;
    }
  sk_meeting_state_set_linked (self->state, NULL);
  _sk_presenter_update_pending (self);
}

void
_sk_presenter_drop_sandbox (SkPresenter *self)
{
  _sk_presenter_close_linked (self);
  g_clear_object (&self->sandbox_document);
  sk_meeting_state_set_sandbox (self->state, NULL);
}

/* Keeps the what-if beside the papers, as a variant named by the chair. */
static gboolean
keep_what_if (SkPresenter *self)
{
  SkMeeting *m = _sk_presenter_meeting (self);
  guint position = sk_meeting_state_get_position (self->state);
  g_autofree char *number = sk_meeting_item_number (m, position);
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
  if (!sk_edit_keep_what_if (history (self), self->project, sandbox (self), name,
                             self->meeting_id, position, &kept, &error))
    {
      /* Translators: %s is why, with the JSON path */
      message = g_strdup_printf (_("The what-if could not be kept: %s"), error->message);
      _sk_presenter_toast (self, message);
      return FALSE;
    }
  if (kept.not_kept)
    /* Translators: %s is the name the chair gave the what-if */
    message = g_strdup_printf (_("Kept as “%s”; changes outside matrices, timelines and cost models "
                                 "have no variant form and were left out"), name);
  else
    message = g_strdup_printf (_("Kept beside the papers as “%s”"), name);
  _sk_presenter_toast (self, message);
  return TRUE;
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
  if (g_str_equal (response, "adopt") && sandbox (self) != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* One step of undo in the main window. */
      leave = sk_edit_adopt_what_if (history (self), self->project, sandbox (self), &error);
      if (!leave)
        {
          /* Translators: %s is why, with the JSON path */
          g_autofree char *message = g_strdup_printf (_("The what-if could not be adopted: %s"), error->message);

          _sk_presenter_toast (self, message);
        }
    }
  else if (g_str_equal (response, "keep") && sandbox (self) != NULL)
    leave = keep_what_if (self);
  else if (g_str_equal (response, "discard"))
    leave = TRUE;
  self->keep_entry = NULL;
  self->leaving = self->leaving && leave;
  if (leave)
    {
      _sk_presenter_drop_sandbox (self);
      if (self->pending_position == G_MAXUINT)
        /* Once the dialog, which is this window's, is gone. */
        g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, _sk_presenter_close_idle_cb, g_object_ref (self), g_object_unref);
      else
        sk_meeting_state_set_position (self->state, self->pending_position);
    }
}

static void
keep_entry_activate_cb (GtkEntry         *entry,
                        AdwMessageDialog *dialog)
{
  adw_message_dialog_response (dialog, "keep");
}

gboolean
_sk_presenter_confirm_leave_item (SkPresenter *self,
                                  guint        position)
{
  GtkWidget *dialog, *box, *label;
  g_autofree char *number = NULL;
  g_autofree char *suggestion = NULL;

  if (sandbox (self) == NULL || !sk_project_what_if_changed (self->project, sandbox (self)))
    {
      _sk_presenter_drop_sandbox (self);
      return TRUE;
    }
  self->pending_position = position;
  dialog = sk_presenter_dialog_new (_sk_presenter_dialog_parent (self), _("Keep the What-If?"),
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
  number = sk_meeting_item_number (_sk_presenter_meeting (self), sk_meeting_state_get_position (self->state));
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

  if (sandbox (self) == NULL)
    {
      g_autoptr(SkProject) copy = sk_project_copy (self->project);

      sk_meeting_state_set_sandbox (self->state, copy);
    }
  if (sandbox (self) == NULL)
    return;
  if (self->sandbox_document == NULL)
    self->sandbox_document = sk_document_new (sandbox (self));
  _sk_presenter_close_linked (self);
  title = describe_link (sandbox (self), link, &icon);
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
  sk_meeting_state_set_linked (self->state, title);
}

static void
link_clicked_cb (GtkButton   *button,
                 SkPresenter *presenter)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "link-index"));

  sk_presenter_open_link (presenter, index);
}

void
sk_presenter_fill_link_buttons (GtkFlowBox  *box,
                                SkPresenter *presenter,
                                SkProject   *project,
                                SkItem      *item)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_flow_box_remove (box, child);
  for (guint i = 0; item != NULL && item->links && i < item->links->len; i++)
    {
      SkLink *link = g_ptr_array_index (item->links, i);
      const char *title = NULL, *icon = NULL;
      GtkWidget *button, *content;

      title = describe_link (project, link, &icon);
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
      g_signal_connect_object (button, "clicked", G_CALLBACK (link_clicked_cb), presenter, 0);
      gtk_flow_box_append (box, button);
      /* One Tab stop per link, on its button, not also on the flow
       * box's child around it. */
      gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (box), gtk_widget_get_first_child (GTK_WIDGET (box)) != NULL);
}

void
_sk_presenter_fill_links (SkPresenter *self,
                          SkItem      *item)
{
  sk_presenter_fill_link_buttons (GTK_FLOW_BOX (self->links_box), self, self->project, item);
}

SkProject *
sk_presenter_get_sandbox (SkPresenter *self)
{
  g_return_val_if_fail (GTK_IS_WINDOW (self), NULL);
  return sandbox (self);
}

void
sk_presenter_close_link (SkPresenter *self)
{
  g_return_if_fail (GTK_IS_WINDOW (self));
  _sk_presenter_close_linked (self);
}

gboolean
sk_presenter_open_link (SkPresenter *self,
                        guint        index)
{
  SkItem *item;

  g_return_val_if_fail (GTK_IS_WINDOW (self), FALSE);
  item = _sk_presenter_current_item (self);
  if (item == NULL || index >= item->links->len)
    return FALSE;
  open_link (self, g_ptr_array_index (item->links, index));
  return self->linked_view != NULL;
}
