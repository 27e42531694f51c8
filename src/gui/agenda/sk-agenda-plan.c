/* sk-agenda-plan.c — the rolling plan: its page, the planned matter's
 * dialog, and the matters planned for a meeting under its agenda
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-agenda-view-private.h"
#include "sk-date.h"
#include "sk-edit.h"
#include "sk-format.h"

static char *
format_due (const char *due)
{
  GDate date;
  char buf[64];
  g_autofree char *iso = NULL;

  if (!sk_due_is_valid (due))
    return g_strdup (due ? due : "");
  if (due[5] == 'Q')
    /* Translators: a quarter of a year, "2. kvartal 2026" */
    return g_strdup_printf (_("Q%c %.4s"), due[6], due);
  iso = g_strdup_printf ("%s-01", due);
  sk_date_parse (iso, &date);
  /* Translators: a month and year as strftime() writes it, "april 2026" */
  g_date_strftime (buf, sizeof buf, _("%B %Y"), &date);
  return g_strdup (buf);
}

typedef struct
{
  SkAgendaView *self;
  char         *id;         /* NULL for a new one */
  GPtrArray    *meetings;   /* the drop-down's, after "none" */
  GtkWidget    *title;
  GtkWidget    *meeting;
  GtkWidget    *due;
  GtkWidget    *note;
  GtkWidget    *error;
} PlanDialog;

static void
plan_validate_cb (PlanDialog *pd)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (pd->title))));
  g_autofree char *due = sk_due_from_input (gtk_editable_get_text (GTK_EDITABLE (pd->due)));
  GtkWidget *dialog = gtk_widget_get_ancestor (pd->title, ADW_TYPE_MESSAGE_DIALOG);
  const char *problem = NULL;

  if (due == NULL)
    problem = _("Write when it is due as 2026-04 or 2026-Q2, or leave it empty.");
  gtk_label_set_text (GTK_LABEL (pd->error), problem ? problem : "");
  gtk_widget_set_visible (pd->error, problem != NULL);
  if (dialog)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply", problem == NULL && title[0] != '\0');
}

static void
plan_dialog_free (PlanDialog *pd)
{
  g_object_unref (pd->self);
  g_ptr_array_unref (pd->meetings);
  g_free (pd->id);
  g_free (pd);
}

static void
plan_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  PlanDialog       *pd)
{
  SkAgendaView *self = pd->self;
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (pd->title))));
  g_autofree char *due = sk_due_from_input (gtk_editable_get_text (GTK_EDITABLE (pd->due)));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (pd->note))));
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (pd->meeting));
  SkMeeting *meeting = chosen > 0 && chosen <= pd->meetings->len ? g_ptr_array_index (pd->meetings, chosen - 1) : NULL;
  g_autoptr(GError) error = NULL;

  /* The meeting chosen must still be the project's (an undo may have
   * taken it); the entry is found by id. */
  if (g_str_equal (response, "apply") && title[0] != '\0' && due != NULL &&
      (meeting == NULL || g_ptr_array_find (sk_project_get_meetings (project), meeting, NULL)) &&
      !sk_edit_set_plan_entry (sk_view_get_history (SK_VIEW (self)), project, pd->id, title,
                               meeting ? meeting->id : NULL, due, note, NULL, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
  plan_dialog_free (pd);
}

static void
edit_plan_entry (SkAgendaView *self,
                 SkPlanEntry  *entry)
{
  PlanDialog *pd = g_new0 (PlanDialog, 1);
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  GPtrArray *meetings = sk_project_get_meetings (project);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *dialog;
  guint selected = 0;

  pd->self = g_object_ref (self);
  pd->id = entry ? g_strdup (entry->id) : NULL;
  pd->meetings = g_ptr_array_copy (meetings, NULL, NULL);
  g_ptr_array_set_free_func (pd->meetings, NULL);
  g_ptr_array_sort (pd->meetings, _sk_agenda_compare_by_date);
  gtk_string_list_append (names, _("Not yet scheduled"));
  for (guint i = 0; i < pd->meetings->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (pd->meetings, i);
      g_autofree char *date = sk_format_date (m->date);
      /* Translators: a planned matter's meeting, "Styret i Sogn KO, 7. april 2026" */
      g_autofree char *name = g_strdup_printf (_("%s, %s"), m->body, date);

      gtk_string_list_append (names, name);
      if (entry != NULL && g_strcmp0 (entry->meeting, m->id) == 0)
        selected = i + 1;
    }
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  pd->title = _sk_agenda_labelled (grid, 0, _("Matter"), _sk_agenda_entry_with (entry ? entry->title : NULL));
  pd->meeting = _sk_agenda_labelled (grid, 1, _("Meeting"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (pd->meeting), selected);
  {
    g_autofree char *due = entry && entry->due ? format_due (entry->due) : NULL;

    pd->due = _sk_agenda_labelled (grid, 2, _("Due"), _sk_agenda_entry_with (due));
  }
  gtk_entry_set_placeholder_text (GTK_ENTRY (pd->due), _("2026-04 or 2026-Q2"));
  pd->note = _sk_agenda_labelled (grid, 3, _("Note"), _sk_agenda_entry_with (entry ? entry->note : NULL));
  pd->error = sk_sentence_new ("", "error");
  gtk_widget_set_visible (pd->error, FALSE);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), pd->error);

  dialog = adw_message_dialog_new (_sk_agenda_window_of (self),
                                   entry ? _("Edit the Planned Matter") : _("New Planned Matter"),
                                   _("A matter tied to a meeting shows under it, where one click puts it on the agenda."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "apply", entry ? _("_Apply") : _("_Add"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_swapped (pd->title, "changed", G_CALLBACK (plan_validate_cb), pd);
  g_signal_connect_swapped (pd->due, "changed", G_CALLBACK (plan_validate_cb), pd);
  g_signal_connect (dialog, "response", G_CALLBACK (plan_response_cb), pd);
  gtk_window_present (GTK_WINDOW (dialog));
  plan_validate_cb (pd);
}

static void
add_plan_entry_cb (SkAgendaView *self)
{
  edit_plan_entry (self, NULL);
}

static void
plan_row_activated_cb (AdwActionRow *row,
                       SkAgendaView *self)
{
  edit_plan_entry (self, g_object_get_data (G_OBJECT (row), "sk-plan-entry"));
}

static void
remove_plan_entry_cb (GtkButton    *button,
                      SkAgendaView *self)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  SkPlanEntry *entry = g_object_get_data (G_OBJECT (button), "sk-plan-entry");
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  /* Translators: a toast, with Undo */
  message = g_strdup_printf (_("“%s” was removed"), entry->title);
  if (!sk_edit_remove_plan_entry (sk_view_get_history (SK_VIEW (self)), project, entry->id, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
  else
    sk_view_toast (SK_VIEW (self), message, TRUE);
}

void
_sk_agenda_show_plan (SkAgendaView *self,
                      GtkBox       *content)
{
  GPtrArray *plan = sk_project_get_plan (sk_view_get_project (SK_VIEW (self)));
  GtkWidget *list, *bar;

  gtk_box_append (content, sk_heading_new (_("Rolling Plan")));
  gtk_box_append (content,
                  sk_sentence_new (_("Matters planned for later meetings of the board. Each shows under its meeting, where one click puts it on the agenda."), "dim-label"));
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (bar), _sk_agenda_button_new (_("_Add a Planned Matter…"), G_CALLBACK (add_plan_entry_cb), self));
  gtk_box_append (content, bar);
  if (plan->len == 0)
    {
      gtk_box_append (content, sk_label_new (_("Nothing is planned yet."), NULL));
      return;
    }
  list = _sk_agenda_boxed_list ();
  for (guint i = 0; i < plan->len; i++)
    {
      SkPlanEntry *entry = g_ptr_array_index (plan, i);
      SkMeeting *meeting = sk_project_find_meeting (sk_view_get_project (SK_VIEW (self)), entry->meeting);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (entry->title, -1);
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;
      g_autofree char *escaped = NULL;

      if (meeting != NULL)
        {
          g_autofree char *date = sk_format_date (meeting->date);

          /* Translators: a planned matter's meeting, "Styret i Sogn KO, 7. april 2026" */
          when = g_strdup_printf (_("%s, %s"), meeting->body, date);
        }
      else if (entry->due != NULL)
        when = format_due (entry->due);
      else
        when = g_strdup (_("Not yet scheduled"));
      subtitle = entry->note ? g_strdup_printf ("%s — %s", when, entry->note) : g_strdup (when);
      escaped = g_markup_escape_text (subtitle, -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      /* Narrow, a long matter's name wraps between words. */
      sk_row_title_keeps_words (row);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      /* Activated (a click, Enter) it is edited. */
      g_object_set_data (G_OBJECT (row), "sk-plan-entry", entry);
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      g_signal_connect_object (row, "activated", G_CALLBACK (plan_row_activated_cb), self, 0);
      {
        GtkWidget *remove = gtk_button_new_from_icon_name ("user-trash-symbolic");
        g_autofree char *label = g_strdup_printf (_("Remove %s"), entry->title);

        gtk_widget_add_css_class (remove, "flat");
        gtk_widget_set_valign (remove, GTK_ALIGN_CENTER);
        sk_widget_set_tooltip (remove, _("Remove the Planned Matter"));
        gtk_accessible_update_property (GTK_ACCESSIBLE (remove), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
        g_object_set_data (G_OBJECT (remove), "sk-plan-entry", entry);
        g_signal_connect_object (remove, "clicked", G_CALLBACK (remove_plan_entry_cb), self, 0);
        adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
      }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (content, list);
}

/* "Put on the Agenda": the item added and the matter gone from the plan,
 * one step. */
static void
plan_to_agenda_cb (GtkButton    *button,
                   SkAgendaView *self)
{
  SkPlanEntry *entry = g_object_get_data (G_OBJECT (button), "sk-plan");
  SkMeeting *meeting = self->meeting;
  g_autoptr(GError) error = NULL;

  if (meeting == NULL)
    return;
  if (!sk_edit_put_plan_on_agenda (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                                   entry->id, meeting->id, NULL, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
  else
    sk_view_toast (SK_VIEW (self), _("The planned matter is on the agenda"), TRUE);
}

void
_sk_agenda_show_planned_for (SkAgendaView *self,
                             GtkBox       *content,
                             SkMeeting    *meeting)
{
  GPtrArray *plan = sk_project_get_plan (sk_view_get_project (SK_VIEW (self)));
  GtkWidget *list = NULL;

  for (guint i = 0; i < plan->len; i++)
    {
      SkPlanEntry *entry = g_ptr_array_index (plan, i);
      GtkWidget *row, *button;

      if (!sk_plan_entry_is_for (entry, meeting))
        continue;
      if (list == NULL)
        {
          gtk_box_append (content, _sk_agenda_section_title (_("Planned for This Meeting")));
          list = _sk_agenda_boxed_list ();
          gtk_box_append (content, list);
        }
      row = adw_action_row_new ();
      sk_row_title_keeps_words (row);
      {
        g_autofree char *title = g_markup_escape_text (entry->title, -1);

        adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      }
      if (entry->note)
        {
          g_autofree char *note = g_markup_escape_text (entry->note, -1);

          adw_action_row_set_subtitle (ADW_ACTION_ROW (row), note);
        }
      button = gtk_button_new_with_mnemonic (_("_Put on the Agenda"));
      gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
      g_object_set_data (G_OBJECT (button), "sk-plan", entry);
      g_signal_connect_object (button, "clicked", G_CALLBACK (plan_to_agenda_cb), self, 0);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
}
