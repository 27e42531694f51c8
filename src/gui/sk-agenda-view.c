/* sk-agenda-view.c — meetings, their agendas, the meeting plan and the
 * rolling plan: edit, reorder, print and export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-agenda-export.h"
#include "sk-agenda-record.h"
#include "sk-agenda-view.h"
#include "sk-presenter.h"
#include "sk-date.h"
#include "sk-edit.h"
#include "sk-clipboard.h"
#include "sk-export.h"
#include "sk-date-picker.h"
#include "sk-link-menu.h"
#include "sk-format.h"
#include "sk-file.h"
#include "sk-ical.h"
#include "sk-render.h"
#include "sk-view-util.h"

static void start_meeting_cb (SkAgendaView *self);

struct _SkAgendaView
{
  SkView          parent_instance;

  /* The view's own, from SkView. */
  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  GtkBox         *content;


  SkMeeting      *meeting;   /* shown, or NULL */
  gpointer        page;      /* &plan_marker or &schedule_marker when chosen */
  gboolean        defaulting;  /* rebuild picks a page no one chose */
  GtkListBox     *items;     /* the agenda of the meeting shown */
  GtkWidget      *end_label;
};

G_DEFINE_FINAL_TYPE (SkAgendaView, sk_agenda_view, SK_TYPE_VIEW)

/* Sidebar rows that are not meetings carry these as their record: like a
 * record they start with an id, NULL, which no lookup by id matches. */
static const char *plan_marker;
static const char *schedule_marker;

static void rebuild (SkAgendaView *self);
static void show_meeting (SkAgendaView *self, SkMeeting *meeting, int focus);

static GtkWindow *
window_of (SkAgendaView *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
error_dialog (SkAgendaView *self,
              const char   *heading,
              const char   *message)
{
  GtkWidget *dialog = adw_message_dialog_new (window_of (self), heading, message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Editing: a snapshot for undo, the change, then tell the window. */

static void
begin_edit (SkAgendaView *self,
            const char   *merge_key)
{
  sk_view_checkpoint (SK_VIEW (self), merge_key);
}

/* "Styremøte, 15 items" under a meeting's date in the side list. */
static char *
meeting_subtitle (SkMeeting *m)
{
  guint n = m->items->len;

  return g_strdup_printf (ngettext ("%s, %u item", "%s, %u items", n), m->title ? m->title : m->body, n);
}

static void
end_edit (SkAgendaView *self)
{
  sk_view_changed (SK_VIEW (self));
  /* The side list says how many items the meeting has, and when. */
  if (self->meeting != NULL)
    {
      g_autofree char *date = sk_format_date (self->meeting->date);
      g_autofree char *sub = meeting_subtitle (self->meeting);

      sk_sidebar_update_record (self->sidebar, self->meeting, date, sub);
    }
}

/* Edits that change the structure show the meeting again; the focus goes
 * back to the row at `focus`. */
static void
end_structural_edit (SkAgendaView *self,
                     int           focus)
{
  SkMeeting *meeting = self->meeting;

  end_edit (self);
  show_meeting (self, meeting, focus);
}

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

static GtkWidget *
section_title (const char *text)
{
  GtkWidget *label = sk_label_new (text, "heading");

  gtk_widget_set_margin_top (label, 12);
  return label;
}

static GtkWidget *
boxed_list (void)
{
  GtkWidget *list = gtk_list_box_new ();

  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  return list;
}

static GtkWidget *
button_new (const char *mnemonic,
            GCallback   callback,
            gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (mnemonic);

  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  return button;
}

/* The rolling plan */

static GtkWidget *labelled (GtkWidget *grid, int row, const char *label, GtkWidget *widget);
static GtkWidget *entry_with (const char *text);
static int compare_by_date (gconstpointer a, gconstpointer b);

typedef struct
{
  SkAgendaView *self;
  SkPlanEntry  *entry;      /* NULL for a new one */
  GPtrArray    *meetings;   /* the drop-down's, after "none" */
  GtkWidget    *title;
  GtkWidget    *meeting;
  GtkWidget    *due;
  GtkWidget    *note;
  GtkWidget    *error;
} PlanDialog;

/* "2026-Q2", "2026-04", or empty; also as the app shows it, "2. kvartal 2026". */
static char *
due_from_input (const char *text)
{
  return sk_due_from_input (text);
}

static void
plan_validate_cb (PlanDialog *pd)
{
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (pd->title))));
  g_autofree char *due = due_from_input (gtk_editable_get_text (GTK_EDITABLE (pd->due)));
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
  g_free (pd);
}

static void
plan_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  PlanDialog       *pd)
{
  SkAgendaView *self = pd->self;
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  GPtrArray *plan = sk_project_get_plan (project);
  g_autofree char *title = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (pd->title))));
  g_autofree char *due = due_from_input (gtk_editable_get_text (GTK_EDITABLE (pd->due)));
  g_autofree char *note = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (pd->note))));
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (pd->meeting));
  SkMeeting *meeting = chosen > 0 && chosen <= pd->meetings->len ? g_ptr_array_index (pd->meetings, chosen - 1) : NULL;
  SkPlanEntry *entry = pd->entry;

  /* The entry must still be the project's (an undo may have taken it). */
  if (!g_str_equal (response, "apply") || title[0] == '\0' || due == NULL ||
      (entry != NULL && !g_ptr_array_find (plan, entry, NULL)))
    {
      plan_dialog_free (pd);
      return;
    }
  begin_edit (self, NULL);
  if (entry == NULL)
    {
      entry = sk_plan_entry_new ();
      entry->id = sk_unique_id (plan, "plan");
      g_ptr_array_add (plan, entry);
    }
  g_free (entry->title);
  entry->title = g_steal_pointer (&title);
  g_free (entry->meeting);
  entry->meeting = meeting ? g_strdup (meeting->id) : NULL;
  g_free (entry->due);
  entry->due = due[0] ? g_steal_pointer (&due) : NULL;
  g_free (entry->note);
  entry->note = note[0] ? g_steal_pointer (&note) : NULL;
  sk_project_changed (project);
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
  pd->entry = entry;
  pd->meetings = g_ptr_array_copy (meetings, NULL, NULL);
  g_ptr_array_set_free_func (pd->meetings, NULL);
  g_ptr_array_sort (pd->meetings, compare_by_date);
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
  pd->title = labelled (grid, 0, _("Matter"), entry_with (entry ? entry->title : NULL));
  pd->meeting = labelled (grid, 1, _("Meeting"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (pd->meeting), selected);
  {
    g_autofree char *due = entry && entry->due ? format_due (entry->due) : NULL;

    pd->due = labelled (grid, 2, _("Due"), entry_with (due));
  }
  gtk_entry_set_placeholder_text (GTK_ENTRY (pd->due), _("2026-04 or 2026-Q2"));
  pd->note = labelled (grid, 3, _("Note"), entry_with (entry ? entry->note : NULL));
  pd->error = sk_sentence_new ("", "error");
  gtk_widget_set_visible (pd->error, FALSE);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), pd->error);

  dialog = adw_message_dialog_new (window_of (self), entry ? _("Edit the Planned Matter") : _("New Planned Matter"),
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
  GPtrArray *plan = sk_project_get_plan (project);
  g_autofree char *message = NULL;

  /* Translators: a toast, with Undo */
  message = g_strdup_printf (_("“%s” was removed"), entry->title);
  begin_edit (self, NULL);
  g_ptr_array_remove (plan, entry);
  sk_project_changed (project);
  sk_view_toast (SK_VIEW (self), message, TRUE);
}

static void
show_plan (SkAgendaView *self)
{
  GPtrArray *plan = sk_project_get_plan (sk_view_get_project (SK_VIEW (self)));
  GtkWidget *list, *bar;

  self->meeting = NULL;
  gtk_box_append (self->content, sk_heading_new (_("Rolling Plan")));
  gtk_box_append (self->content,
                  sk_sentence_new (_("Matters planned for later meetings of the board. Each shows under its meeting, where one click puts it on the agenda."), "dim-label"));
  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (bar), button_new (_("_Add a Planned Matter…"), G_CALLBACK (add_plan_entry_cb), self));
  gtk_box_append (self->content, bar);
  if (plan->len == 0)
    {
      gtk_box_append (self->content, sk_label_new (_("Nothing is planned yet."), NULL));
      return;
    }
  list = boxed_list ();
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
  gtk_box_append (self->content, list);
}

/* The meeting plan: every meeting of every body by date */

static int
compare_by_date (gconstpointer a,
                 gconstpointer b)
{
  const SkMeeting *ma = *(SkMeeting **) a;
  const SkMeeting *mb = *(SkMeeting **) b;
  int c = g_strcmp0 (ma->date, mb->date);

  return c ? c : g_strcmp0 (ma->start_time, mb->start_time);
}

static void
ical_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  SkAgendaView    *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GError) error = NULL;
      g_autofree char *text = sk_ical_from_project (sk_view_get_project (SK_VIEW (self)), 0);

      if (!sk_file_write (file, text, strlen (text), NULL, SK_FILE_WRITE_EXPORT, NULL, NULL, &error))
        error_dialog (self, _("Could Not Export"), error->message);
      else
        {
          g_autofree char *name = g_file_get_basename (file);

          sk_view_toast_exported (SK_VIEW (self), name);
        }
    }
}

static void
export_ical_cb (SkAgendaView *self)
{
  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (self), _("Export the Meeting Plan"),
                                                      GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"),
                                                      _("meeting-plan.ics"), G_CALLBACK (ical_response_cb), self);

  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void edit_meeting (SkAgendaView *self, SkMeeting *meeting, gboolean is_new);

static void
new_meeting_cb (SkAgendaView *self)
{
  SkMeeting *m = sk_meeting_new ();
  GPtrArray *meetings = sk_project_get_meetings (sk_view_get_project (SK_VIEW (self)));
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stem = NULL;

  m->date = g_date_time_format (now, "%Y-%m-%d");
  m->body = g_strdup (meetings->len ? ((SkMeeting *) g_ptr_array_index (meetings, 0))->body : _("The board"));
  m->title = g_strdup (_("Board meeting"));
  m->start_time = g_strdup ("09:00");
  stem = g_strdup_printf ("meeting-%s", m->date);
  m->id = sk_unique_id (meetings, stem);
  edit_meeting (self, m, TRUE);
}

static void
show_schedule (SkAgendaView *self)
{
  g_autoptr(GPtrArray) sorted = g_ptr_array_copy (sk_project_get_meetings (sk_view_get_project (SK_VIEW (self))), NULL, NULL);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *grid = gtk_grid_new ();
  int row = 0;

  self->meeting = NULL;
  g_ptr_array_set_free_func (sorted, NULL);  /* the copy inherits it */
  g_ptr_array_sort (sorted, compare_by_date);
  gtk_box_append (self->content, sk_heading_new (_("Meeting Plan")));
  /* The sentence above the buttons: beside them, a narrow window stood
   * it on end. */
  gtk_box_append (self->content, sk_sentence_new (_("The meetings of every body, by date."), "dim-label"));
  gtk_box_append (GTK_BOX (bar), button_new (_("_New Meeting…"), G_CALLBACK (new_meeting_cb), self));
  gtk_box_append (GTK_BOX (bar), button_new (_("Export _iCalendar…"), G_CALLBACK (export_ical_cb), self));
  gtk_box_append (self->content, bar);

  gtk_grid_set_column_spacing (GTK_GRID (grid), 24);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (grid), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Meeting Plan"), -1);
  for (guint i = 0; i < sorted->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (sorted, i);
      g_autofree char *date = sk_format_date_time (m->date, m->start_time);
      const char *mode = sk_meeting_mode_label (m->mode);

      gtk_grid_attach (GTK_GRID (grid), sk_label_new (date, NULL), 0, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sk_label_new (m->body, "heading"), 1, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sk_label_new (m->title ? m->title : "", NULL), 2, row, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), sk_label_new (mode, "dim-label"), 3, row, 1, 1);
      row++;
    }
  gtk_widget_set_margin_top (grid, 12);
  /* Wider than a window on half a laptop's screen: the table scrolls
   * sideways on its own. */
  gtk_box_append (self->content, sk_sideways_scroller_new (grid, _("Meeting Plan")));
}

/* The meeting dialog: body, title, date, time, place, mode */

typedef struct
{
  SkAgendaView *self;
  SkMeeting    *meeting;
  gboolean      is_new;
  GtkWidget    *body, *title, *date, *time, *location, *mode, *error;
} MeetingDialog;

static void
meeting_dialog_free (MeetingDialog *md)
{
  if (md->is_new && md->meeting != NULL)
    sk_meeting_free (md->meeting);
  g_object_unref (md->self);
  g_free (md);
}

static void
meeting_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     MeetingDialog    *md)
{
  SkAgendaView *self = md->self;
  SkMeeting *m = md->meeting;
  const char *body = gtk_editable_get_text (GTK_EDITABLE (md->body));
  const char *title = gtk_editable_get_text (GTK_EDITABLE (md->title));
  /* As typed ("3.11.2025", "9.00"), written the file's way. */
  g_autofree char *date = sk_date_from_input (gtk_editable_get_text (GTK_EDITABLE (md->date)));
  g_autofree char *time = sk_time_from_input (gtk_editable_get_text (GTK_EDITABLE (md->time)));
  const char *location = gtk_editable_get_text (GTK_EDITABLE (md->location));
  guint mode = gtk_drop_down_get_selected (GTK_DROP_DOWN (md->mode));

  if (!g_str_equal (response, "apply") || date == NULL)
    {
      meeting_dialog_free (md);
      return;
    }
  begin_edit (self, NULL);
  /* A calendar that has the meeting takes a moved or renamed one as a new
   * version of it. */
  if (!md->is_new &&
      (g_strcmp0 (m->date, date) != 0 || g_strcmp0 (m->start_time, time) != 0 ||
       g_strcmp0 (m->location, location[0] ? location : NULL) != 0 ||
       g_strcmp0 (m->title, title[0] ? title : NULL) != 0 ||
       g_strcmp0 (m->body, body[0] ? body : _("The board")) != 0))
    sk_ical_meeting_revised (m);
  g_free (m->body);
  m->body = g_strdup (body[0] ? body : _("The board"));
  g_free (m->title);
  m->title = title[0] ? g_strdup (title) : NULL;
  g_free (m->date);
  m->date = g_steal_pointer (&date);
  g_free (m->start_time);
  m->start_time = g_steal_pointer (&time);
  g_free (m->location);
  m->location = location[0] ? g_strdup (location) : NULL;
  m->mode = mode <= SK_MODE_HYBRID ? mode : SK_MODE_UNSET;
  if (md->is_new)
    {
      g_ptr_array_add (sk_project_get_meetings (sk_view_get_project (SK_VIEW (self))), m);
      md->meeting = NULL;
    }
  /* The sidebar's groups and dates change: show everything again. */
  sk_project_changed (sk_view_get_project (SK_VIEW (self)));
  self->meeting = m;
  rebuild (self);
  meeting_dialog_free (md);
}

static void
meeting_validate_cb (MeetingDialog *md)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (md->date));
  const char *time = gtk_editable_get_text (GTK_EDITABLE (md->time));
  GtkWidget *dialog = gtk_widget_get_ancestor (md->body, ADW_TYPE_MESSAGE_DIALOG);
  const char *problem = NULL;

  g_autofree char *day = sk_date_from_input (date);
  g_autofree char *clock = sk_time_from_input (time);

  if (day == NULL)
    problem = _("Write the date as 10.2.2026 or 2026-02-10.");
  else if (time[strspn (time, " ")] != '\0' && clock == NULL)
    problem = _("Write the start time as 09.00 or 09:00, or leave it empty.");
  gtk_label_set_text (GTK_LABEL (md->error), problem ? problem : "");
  gtk_widget_set_visible (md->error, problem != NULL);
  if (dialog)
    adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply", problem == NULL);
}

static GtkWidget *
labelled (GtkWidget  *grid,
          int         row,
          const char *label,
          GtkWidget  *widget)
{
  GtkWidget *l = sk_label_new (label, NULL);

  gtk_label_set_mnemonic_widget (GTK_LABEL (l), widget);
  gtk_grid_attach (GTK_GRID (grid), l, 0, row, 1, 1);
  gtk_widget_set_hexpand (widget, TRUE);
  gtk_grid_attach (GTK_GRID (grid), widget, 1, row, 1, 1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return widget;
}

static GtkWidget *
entry_with (const char *text)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), text ? text : "");
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  return entry;
}

static void
edit_meeting (SkAgendaView *self,
              SkMeeting    *meeting,
              gboolean      is_new)
{
  MeetingDialog *md = g_new0 (MeetingDialog, 1);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *dialog;
  g_autoptr(GtkStringList) modes = gtk_string_list_new (NULL);

  md->self = g_object_ref (self);
  md->meeting = meeting;
  md->is_new = is_new;
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);
  md->body = labelled (grid, 0, _("Body"), entry_with (meeting->body));
  md->title = labelled (grid, 1, _("Title"), entry_with (meeting->title));
  {
    /* As the app shows them; the entries take this and the file's form. */
    g_autofree char *date = meeting->date ? sk_format_date_short (meeting->date) : NULL;
    g_autofree char *time = NULL;
    int minutes;

    if (sk_time_parse (meeting->start_time, &minutes))
      time = sk_format_time (minutes);
    md->date = entry_with (date);
    /* Typed, or picked from a calendar beside it. */
    gtk_label_set_mnemonic_widget (GTK_LABEL (gtk_widget_get_prev_sibling (
                                     labelled (grid, 2, _("Date (YYYY-MM-DD)"),
                                               sk_date_picker_new (md->date, _("Date (YYYY-MM-DD)"))))),
                                   md->date);
    md->time = labelled (grid, 3, _("Start (HH:MM)"), entry_with (time ? time : meeting->start_time));
  }
  md->location = labelled (grid, 4, _("Place"), entry_with (meeting->location));
  gtk_string_list_append (modes, _("Not set"));
  gtk_string_list_append (modes, sk_meeting_mode_label (SK_MODE_PHYSICAL));
  gtk_string_list_append (modes, sk_meeting_mode_label (SK_MODE_DIGITAL));
  gtk_string_list_append (modes, sk_meeting_mode_label (SK_MODE_HYBRID));
  md->mode = labelled (grid, 5, _("Form"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (modes)), NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (md->mode), meeting->mode);
  md->error = sk_sentence_new ("", "error");
  gtk_widget_set_visible (md->error, FALSE);
  gtk_box_append (GTK_BOX (box), grid);
  gtk_box_append (GTK_BOX (box), md->error);

  dialog = adw_message_dialog_new (window_of (self), is_new ? _("New Meeting") : _("Edit Meeting"), NULL);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"),
                                    "apply", is_new ? _("_Add") : _("_Apply"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  g_signal_connect_swapped (md->date, "changed", G_CALLBACK (meeting_validate_cb), md);
  g_signal_connect_swapped (md->time, "changed", G_CALLBACK (meeting_validate_cb), md);
  g_signal_connect (dialog, "response", G_CALLBACK (meeting_response_cb), md);
  gtk_window_present (GTK_WINDOW (dialog));
  meeting_validate_cb (md);
}

/* One agenda item: the row and its editor */

typedef struct
{
  SkAgendaView *self;
  SkItem       *item;
  GtkWidget    *row;
  GtkWidget    *title_label;
  GtkWidget    *sub_label;
  GtkWidget    *icon;
  GtkWidget    *arrow;
  GtkWidget    *editor;   /* built when first opened */
  GtkWidget    *title;    /* the editor's parts */
  GtkWidget    *attachments;
  GtkWidget    *links;
  GtkWidget    *up;
  GtkWidget    *down;
} ItemRow;

static guint
item_index (SkAgendaView *self,
            SkItem       *item)
{
  guint i;

  for (i = 0; i < self->meeting->items->len; i++)
    if (g_ptr_array_index (self->meeting->items, i) == item)
      break;
  return i;
}

/* "Move Up" on the first item and "Move Down" on the last do nothing:
 * they are off.  The focus on one of them going off goes to the other. */
static void
update_move_buttons (ItemRow *ir,
                     guint    index,
                     guint    n)
{
  GtkWidget *buttons[] = { ir->up, ir->down };
  gboolean on[] = { index > 0, index + 1 < n };

  if (ir->editor == NULL)
    return;
  for (guint b = 0; b < 2; b++)
    {
      if (!on[b] && gtk_widget_has_focus (buttons[b]) && on[1 - b])
        gtk_widget_grab_focus (buttons[1 - b]);
      gtk_widget_set_sensitive (buttons[b], on[b]);
    }
}

static void
update_times (SkAgendaView *self)
{
  g_autofree int *starts = g_new0 (int, self->meeting->items->len + 1);
  gboolean timed;
  int end = 0;
  GtkListBoxRow *row;

  timed = sk_meeting_item_times (self->meeting, starts, &end);
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->items, i)) != NULL; i++)
    {
      ItemRow *ir = g_object_get_data (G_OBJECT (row), "sk-item-row");
      SkItem *item = ir->item;
      g_autofree char *number = sk_meeting_item_number (self->meeting, i);
      gboolean untitled = item->title == NULL || item->title[0] == '\0';
      g_autofree char *title = g_strdup_printf ("%s. %s", number, untitled ? _("(no title)") : item->title);
      GString *sub = g_string_new (NULL);

      if (timed)
        {
          g_autofree char *from = sk_format_time (starts[i]);

          if (item->duration_min > 0)
            {
              g_autofree char *to = sk_format_time (starts[i] + item->duration_min);

              g_string_append_printf (sub, "%s–%s · ", from, to);
            }
          else
            g_string_append_printf (sub, "%s · ", from);
        }
      g_string_append (sub, sk_item_kind_label (item->kind));
      if (item->presenter && item->presenter[0])
        g_string_append_printf (sub, " · %s", item->presenter);
      if (item->decision && item->decision[0])
        g_string_append_printf (sub, " · %s", _("decided"));
      /* The case number and a closed case, shown and said with the line under the title */
      sk_agenda_record_update_row (GTK_WIDGET (row), sk_view_get_project (SK_VIEW (self)), self->meeting, i, sub->str);
      /* Only what changed: a move touches two rows, not two hundred. */
      if (g_strcmp0 (gtk_label_get_text (GTK_LABEL (ir->title_label)), title) == 0 &&
          g_strcmp0 (gtk_label_get_text (GTK_LABEL (ir->sub_label)), sub->str) == 0)
        {
          g_string_free (sub, TRUE);
          continue;
        }
      gtk_label_set_text (GTK_LABEL (ir->title_label), title);
      gtk_label_set_text (GTK_LABEL (ir->sub_label), sub->str);
      if (untitled)
        gtk_widget_add_css_class (ir->title_label, "error");
      else
        gtk_widget_remove_css_class (ir->title_label, "error");
      gtk_image_set_from_icon_name (GTK_IMAGE (ir->icon), sk_item_kind_icon_name (item->kind));
      sk_widget_set_tooltip (ir->icon, sk_item_kind_label (item->kind));
      gtk_accessible_update_property (GTK_ACCESSIBLE (ir->row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      g_string_free (sub, TRUE);
    }
  if (self->end_label != NULL)
    {
      if (timed && self->meeting->items->len > 0)
        {
          g_autofree char *at = sk_format_time (end);
          g_autofree char *text = g_strdup_printf (_("The meeting ends at %s."), at);

          gtk_label_set_text (GTK_LABEL (self->end_label), text);
        }
      gtk_widget_set_visible (self->end_label, timed && self->meeting->items->len > 0);
    }
  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->items, i)) != NULL; i++)
    update_move_buttons (g_object_get_data (G_OBJECT (row), "sk-item-row"), i, self->meeting->items->len);
}

static void
set_text_field (ItemRow     *ir,
                char       **field,
                const char  *name,
                const char  *value,
                gboolean     empty_is_null)
{
  SkAgendaView *self = ir->self;
  g_autofree char *key = g_strdup_printf ("item:%s:%s:%s", self->meeting->id, ir->item->id, name);

  if (g_strcmp0 (*field, value) == 0 || (empty_is_null && *field == NULL && value[0] == '\0'))
    return;
  begin_edit (self, key);
  g_free (*field);
  *field = empty_is_null && value[0] == '\0' ? NULL : g_strdup (value);
  end_edit (self);
  update_times (self);
}

static void
title_changed_cb (GtkEditable *editable,
                  ItemRow     *ir)
{
  set_text_field (ir, &ir->item->title, "title", gtk_editable_get_text (editable), FALSE);
}

static void
number_changed_cb (GtkEditable *editable,
                   ItemRow     *ir)
{
  set_text_field (ir, &ir->item->number, "number", gtk_editable_get_text (editable), TRUE);
}

static void
presenter_changed_cb (GtkEditable *editable,
                      ItemRow     *ir)
{
  set_text_field (ir, &ir->item->presenter, "presenter", gtk_editable_get_text (editable), TRUE);
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   ItemRow       *ir)
{
  const char *name = g_object_get_data (G_OBJECT (buffer), "sk-field");
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  char **field;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  if (g_str_equal (name, "body"))
    field = &ir->item->body;
  else if (g_str_equal (name, "proposal"))
    field = &ir->item->proposal;
  else
    field = &ir->item->decision;
  set_text_field (ir, field, name, text, TRUE);
}

static void
kind_changed_cb (GtkDropDown *dropdown,
                 GParamSpec  *pspec,
                 ItemRow     *ir)
{
  guint kind = gtk_drop_down_get_selected (dropdown);

  if (kind > SK_ITEM_DISCUSSION || kind == ir->item->kind)
    return;
  begin_edit (ir->self, NULL);
  ir->item->kind = kind;
  end_edit (ir->self);
  update_times (ir->self);
}

static void
minutes_changed_cb (GtkSpinButton *spin,
                    ItemRow       *ir)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autofree char *key = g_strdup_printf ("item:%s:minutes", ir->item->id);

  if (value == ir->item->duration_min || (value == 0 && ir->item->duration_min < 0))
    return;
  begin_edit (ir->self, key);
  ir->item->duration_min = value;
  end_edit (ir->self);
  update_times (ir->self);
}

static void
adopt_proposal_cb (GtkButton *button,
                   ItemRow   *ir)
{
  GtkTextBuffer *decision = g_object_get_data (G_OBJECT (button), "sk-buffer");

  if (ir->item->proposal == NULL)
    return;
  gtk_text_buffer_set_text (decision, ir->item->proposal, -1);
}

static GtkWidget *
text_area (ItemRow    *ir,
           const char *field,
           const char *text,
           const char *label)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_widget_set_size_request (view, -1, 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_object_set_data (G_OBJECT (buffer), "sk-field", (gpointer) field);
  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), ir);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  return frame;
}

/* Attachments and links */

static void item_attachments_refresh (ItemRow *ir);
static void item_links_refresh (ItemRow *ir);

static void
open_attachment_cb (GtkButton *button,
                    ItemRow   *ir)
{
  const char *uri = g_object_get_data (G_OBJECT (button), "sk-uri");

  gtk_show_uri (window_of (ir->self), uri, GDK_CURRENT_TIME);
}

static void
remove_attachment_cb (GtkButton *button,
                      ItemRow   *ir)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sk-index"));

  if (i >= ir->item->attachments->len)
    return;
  begin_edit (ir->self, NULL);
  g_ptr_array_remove_index (ir->item->attachments, i);
  end_edit (ir->self);
  item_attachments_refresh (ir);
  sk_view_toast (SK_VIEW (ir->self), _("Attachment removed"), TRUE);
}

/* The row showing the item with this id, or NULL. */
static ItemRow *
find_item_row (SkAgendaView *self,
               const char   *id)
{
  GtkListBoxRow *row;

  for (int i = 0; self->items != NULL && (row = gtk_list_box_get_row_at_index (self->items, i)) != NULL; i++)
    {
      ItemRow *ir = g_object_get_data (G_OBJECT (row), "sk-item-row");

      if (ir != NULL && g_strcmp0 (ir->item->id, id) == 0)
        return ir;
    }
  return NULL;
}

static void
attach_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkAgendaView    *self)
{
  /* The item by id: its row may have been made anew meanwhile. */
  ItemRow *ir = find_item_row (self, g_object_get_data (G_OBJECT (chooser), "sk-item"));

  if (response == GTK_RESPONSE_ACCEPT && ir != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      SkAttachment *a = sk_attachment_new ();

      a->title = g_file_get_basename (file);
      a->uri = g_file_get_uri (file);
      begin_edit (ir->self, NULL);
      g_ptr_array_add (ir->item->attachments, a);
      end_edit (ir->self);
      item_attachments_refresh (ir);
    }
}

static void
add_attachment_cb (GtkButton *button,
                   ItemRow   *ir)
{
  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (ir->self), _("Add an Attachment"),
                                                      GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), NULL,
                                                      G_CALLBACK (attach_response_cb), ir->self);

  g_object_set_data_full (G_OBJECT (chooser), "sk-item", g_strdup (ir->item->id), g_free);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const char *
link_title (SkProject    *project,
            const SkLink *link)
{
  switch (link->kind)
    {
    case SK_LINK_MATRIX:
      {
        SkMatrix *m = sk_project_find_matrix (project, link->id);
        return m ? m->title : link->id;
      }
    case SK_LINK_COST_MODEL:
      {
        SkCostModel *c = sk_project_find_cost_model (project, link->id);
        return c ? c->title : link->id;
      }
    case SK_LINK_TIMELINE:
      {
        SkTimeline *t = sk_project_find_timeline (project, link->id);
        return t ? t->title : link->id;
      }
    default:
      return link->id;
    }
}

static const char *
link_kind_label (SkLinkKind kind)
{
  return kind == SK_LINK_MATRIX ? _("Matrix") : kind == SK_LINK_COST_MODEL ? _("Cost model") : _("Timeline");
}

static void
jump_cb (GtkButton *button,
         ItemRow   *ir)
{
  SkLink *l = g_object_get_data (G_OBJECT (button), "sk-link");

  gtk_widget_activate_action (GTK_WIDGET (ir->self), "win.jump", "(ss)", sk_link_kind_to_string (l->kind), l->id);
}

static void
remove_link_cb (GtkButton *button,
                ItemRow   *ir)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sk-index"));

  if (i >= ir->item->links->len)
    return;
  begin_edit (ir->self, NULL);
  g_ptr_array_remove_index (ir->item->links, i);
  end_edit (ir->self);
  item_links_refresh (ir);
}

/* "Link to…" chose a matrix, cost model or timeline: (kind, id). */
static void
link_chosen_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  ItemRow *ir = user_data;
  SkLink *l = sk_link_new ();
  guint32 kind;
  const char *id;

  g_variant_get (parameter, "(u&s)", &kind, &id);
  l->kind = kind;
  l->id = g_strdup (id);
  begin_edit (ir->self, NULL);
  g_ptr_array_add (ir->item->links, l);
  end_edit (ir->self);
  item_links_refresh (ir);
}

static GtkWidget *
attachments_box (ItemRow *ir)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *add;

  for (guint i = 0; i < ir->item->attachments->len; i++)
    {
      SkAttachment *a = g_ptr_array_index (ir->item->attachments, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1, a->title);
      GtkWidget *label = sk_label_new (text, NULL);
      GtkWidget *remove = sk_flat_icon_button_new ("user-trash-symbolic", _("Remove the Attachment"), NULL);

      gtk_widget_set_hexpand (label, TRUE);
      gtk_box_append (GTK_BOX (line), label);
      if (a->uri != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_uri (a->uri);

          if (g_file_is_native (file) && !g_file_query_exists (file, NULL))
            {
              /* The file was moved or deleted: say so, do not offer to open it. */
              GtkWidget *missing = sk_label_new (_("missing"), "error");

              sk_widget_set_tooltip (missing, a->uri);
              gtk_box_append (GTK_BOX (line), missing);
            }
          else
            {
              GtkWidget *open = sk_flat_icon_button_new ("document-open-symbolic", _("Open the Attachment"), NULL);

              g_object_set_data_full (G_OBJECT (open), "sk-uri", g_strdup (a->uri), g_free);
              g_signal_connect (open, "clicked", G_CALLBACK (open_attachment_cb), ir);
              gtk_box_append (GTK_BOX (line), open);
            }
        }
      g_object_set_data (G_OBJECT (remove), "sk-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_attachment_cb), ir);
      gtk_box_append (GTK_BOX (line), remove);
      gtk_box_append (GTK_BOX (box), line);
    }
  add = gtk_button_new_with_mnemonic (_("Add _Attachment…"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (add_attachment_cb), ir);
  gtk_box_append (GTK_BOX (box), add);
  return box;
}

static GtkWidget *
links_box (ItemRow *ir)
{
  SkProject *project = sk_view_get_project (SK_VIEW (ir->self));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *add;

  for (guint i = 0; i < ir->item->links->len; i++)
    {
      SkLink *l = g_ptr_array_index (ir->item->links, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *text = g_strdup_printf ("%s: %s", link_kind_label (l->kind), link_title (project, l));
      GtkWidget *label = sk_label_new (text, NULL);
      GtkWidget *go = sk_flat_icon_button_new ("go-next-symbolic", _("Go to It"), NULL);
      GtkWidget *remove = sk_flat_icon_button_new ("user-trash-symbolic", _("Remove the Link"), NULL);

      gtk_widget_set_hexpand (label, TRUE);
      /* A long title does not set the page's width (half a laptop's
       * screen): it is cut, and shown whole in the tooltip. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      sk_widget_set_tooltip (label, text);
      g_object_set_data (G_OBJECT (go), "sk-link", l);
      g_signal_connect (go, "clicked", G_CALLBACK (jump_cb), ir);
      g_object_set_data (G_OBJECT (remove), "sk-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_link_cb), ir);
      gtk_box_append (GTK_BOX (line), label);
      gtk_box_append (GTK_BOX (line), go);
      gtk_box_append (GTK_BOX (line), remove);
      gtk_box_append (GTK_BOX (box), line);
    }
  /* A menu of what to link, not a drop-down. */
  add = sk_link_menu_button_new (SK_VIEW (ir->self), "item.link");
  gtk_box_append (GTK_BOX (box), add);
  return box;
}

static void move_item (SkAgendaView *self, SkItem *item, int delta);
static void remove_item (SkAgendaView *self, SkItem *item);

static void
move_up_cb (GtkButton *button,
            ItemRow   *ir)
{
  move_item (ir->self, ir->item, -1);
}

static void
move_down_cb (GtkButton *button,
              ItemRow   *ir)
{
  move_item (ir->self, ir->item, +1);
}

static void
remove_cb (GtkButton *button,
           ItemRow   *ir)
{
  remove_item (ir->self, ir->item);
}

static GtkWidget *
item_editor_new (ItemRow *ir)
{
  SkItem *item = ir->item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *kind, *minutes, *title, *number, *presenter, *decision, *adopt, *bar;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) link = g_simple_action_new ("link", G_VARIANT_TYPE ("(us)"));

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  g_signal_connect (link, "activate", G_CALLBACK (link_chosen_cb), ir);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (link));
  gtk_widget_insert_action_group (box, "item", G_ACTION_GROUP (actions));
  gtk_box_append (GTK_BOX (box), sk_agenda_record_head_new (ir->row, ir->self, ir->self->meeting, item));
  title = labelled (grid, 0, _("Title"), entry_with (item->title));
  ir->title = title;
  g_signal_connect (title, "changed", G_CALLBACK (title_changed_cb), ir);
  number = labelled (grid, 1, _("Number (empty: by position)"), entry_with (item->number));
  g_signal_connect (number, "changed", G_CALLBACK (number_changed_cb), ir);
  for (guint k = 0; k <= SK_ITEM_DISCUSSION; k++)
    gtk_string_list_append (kinds, sk_item_kind_label (k));
  kind = labelled (grid, 2, _("Kind"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (kind), item->kind);
  g_signal_connect (kind, "notify::selected", G_CALLBACK (kind_changed_cb), ir);
  presenter = labelled (grid, 3, _("Presenter"), entry_with (item->presenter));
  g_signal_connect (presenter, "changed", G_CALLBACK (presenter_changed_cb), ir);
  minutes = labelled (grid, 4, _("Planned minutes"), gtk_spin_button_new_with_range (0, 1440, 5));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (minutes), MAX (item->duration_min, 0));
  gtk_widget_set_hexpand (minutes, FALSE);
  gtk_widget_set_halign (minutes, GTK_ALIGN_START);
  g_signal_connect (minutes, "value-changed", G_CALLBACK (minutes_changed_cb), ir);
  gtk_box_append (GTK_BOX (box), grid);

  gtk_box_append (GTK_BOX (box), section_title (_("Case text")));
  gtk_box_append (GTK_BOX (box), text_area (ir, "body", item->body, _("Case text")));
  gtk_box_append (GTK_BOX (box), section_title (_("Proposal")));
  gtk_box_append (GTK_BOX (box), text_area (ir, "proposal", item->proposal, _("Proposal")));
  gtk_box_append (GTK_BOX (box), section_title (C_("heading", "Decision")));
  decision = text_area (ir, "decision", item->decision, C_("heading", "Decision"));
  gtk_box_append (GTK_BOX (box), decision);
  adopt = gtk_button_new_with_mnemonic (_("Adopted as _Proposed"));
  gtk_widget_set_halign (adopt, GTK_ALIGN_START);
  g_object_set_data (G_OBJECT (adopt), "sk-buffer",
                     gtk_text_view_get_buffer (GTK_TEXT_VIEW (gtk_frame_get_child (GTK_FRAME (decision)))));
  g_signal_connect (adopt, "clicked", G_CALLBACK (adopt_proposal_cb), ir);
  gtk_box_append (GTK_BOX (box), adopt);

  gtk_box_append (GTK_BOX (box), section_title (_("Attachments")));
  ir->attachments = attachments_box (ir);
  gtk_box_append (GTK_BOX (box), ir->attachments);
  gtk_box_append (GTK_BOX (box), sk_agenda_record_public_new (ir->row, ir->self, ir->self->meeting, item));
  gtk_box_append (GTK_BOX (box), section_title (_("Linked")));
  ir->links = links_box (ir);
  gtk_box_append (GTK_BOX (box), ir->links);

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (bar, 8);
  {
    GtkWidget *up = gtk_button_new_with_mnemonic (_("Move _Up"));
    GtkWidget *down = gtk_button_new_with_mnemonic (_("Move _Down"));
    GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Item"));

    sk_widget_set_tooltip (up, _("Alt+Up"));
    sk_widget_set_tooltip (down, _("Alt+Down"));
    gtk_widget_add_css_class (remove, "destructive-action");
    g_signal_connect (up, "clicked", G_CALLBACK (move_up_cb), ir);
    g_signal_connect (down, "clicked", G_CALLBACK (move_down_cb), ir);
    g_signal_connect (remove, "clicked", G_CALLBACK (remove_cb), ir);
    gtk_box_append (GTK_BOX (bar), up);
    gtk_box_append (GTK_BOX (bar), down);
    gtk_box_append (GTK_BOX (bar), remove);
    ir->up = up;
    ir->down = down;
  }
  gtk_box_append (GTK_BOX (box), bar);
  return box;
}

/* Puts `fresh` in the place of the editor's part `*part`.  The rest of
 * the editor stays as it is, and with it the page's scroll position; the
 * focus, if it was in the part, goes to `focus_to`. */
static void
replace_part (ItemRow    *ir,
              GtkWidget **part,
              GtkWidget  *fresh,
              GtkWidget  *focus_to)
{
  GtkRoot *root = gtk_widget_get_root (*part);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;
  gboolean had_focus = focus != NULL && (focus == *part || gtk_widget_is_ancestor (focus, *part));
  GtkWidget *viewport = gtk_widget_get_ancestor (*part, GTK_TYPE_VIEWPORT);

  /* The viewport scrolls to a widget taking the focus, by where it is;
   * one not laid out yet is at the top of its parent: the page jumped to
   * the item's title. */
  if (viewport != NULL)
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), FALSE);
  gtk_box_insert_child_after (GTK_BOX (ir->editor), fresh, *part);
  gtk_box_remove (GTK_BOX (ir->editor), *part);
  *part = fresh;
  if (had_focus)
    gtk_widget_grab_focus (focus_to);
  if (viewport != NULL)
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
}

/* After an attachment or a link was added or removed: the focus, if it
 * was there, goes to the part's last control ("Add Attachment…",
 * "Link to…"). */
static void
item_attachments_refresh (ItemRow *ir)
{
  GtkWidget *fresh;

  if (ir->editor == NULL)
    return;
  fresh = attachments_box (ir);
  replace_part (ir, &ir->attachments, fresh, gtk_widget_get_last_child (fresh));
  sk_agenda_record_update_row (ir->row, sk_view_get_project (SK_VIEW (ir->self)), ir->self->meeting,
                               item_index (ir->self, ir->item), NULL);
}

static void
item_links_refresh (ItemRow *ir)
{
  GtkWidget *fresh;

  if (ir->editor == NULL)
    return;
  fresh = links_box (ir);
  replace_part (ir, &ir->links, fresh, gtk_widget_get_last_child (fresh));
}

static void
toggle_item (ItemRow *ir)
{
  GtkWidget *box = gtk_list_box_row_get_child (GTK_LIST_BOX_ROW (ir->row));
  gboolean open;

  if (ir->editor == NULL)
    {
      ir->editor = item_editor_new (ir);
      gtk_widget_set_visible (ir->editor, FALSE);
      gtk_box_append (GTK_BOX (box), ir->editor);
      update_move_buttons (ir, item_index (ir->self, ir->item), ir->self->meeting->items->len);
    }
  open = !gtk_widget_get_visible (ir->editor);
  gtk_widget_set_visible (ir->editor, open);
  gtk_image_set_from_icon_name (GTK_IMAGE (ir->arrow), open ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (ir->row), GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
}

static void
item_activated_cb (SkAgendaView  *self,
                   GtkListBoxRow *row)
{
  ItemRow *ir = g_object_get_data (G_OBJECT (row), "sk-item-row");

  if (ir != NULL)
    toggle_item (ir);
}

/* A click on the item's header line: the row takes the focus (for
 * Alt+Up and Alt+Down) and opens or closes. */
static void
header_released_cb (GtkGestureClick *click,
                    int              n_press,
                    double           x,
                    double           y,
                    ItemRow         *ir)
{
  if (n_press != 1)
    return;
  gtk_widget_grab_focus (ir->row);
  toggle_item (ir);
}

/* Enter or space on the row itself, not on a field of its editor. */
static gboolean
toggle_key_cb (GtkWidget *widget,
               GVariant  *args,
               gpointer   user_data)
{
  ItemRow *ir = user_data;

  if (gtk_root_get_focus (gtk_widget_get_root (widget)) != ir->row)
    return FALSE;
  toggle_item (ir);
  return TRUE;
}

/* Reordering, adding and removing */

/* Moves the item without building the list again: a long agenda stays
 * responsive while it is reordered.  The rows stay where they are and show
 * the items now in their places: moving a row widget among 200 restyled
 * every row after it (its place among its siblings changed), ~6 ms of
 * layout per Alt+Down.  A row whose editor is open moves with it: by one
 * place, its neighbour changes places instead and the page scrolls by the
 * neighbour's height, so that the item being edited, with the focus,
 * stays where it was on the screen (under the pointer that clicked "Move
 * Up"). */
static void
move_item_to (SkAgendaView *self,
              guint         from,
              guint         to)
{
  GPtrArray *items = self->meeting->items;
  guint lo = MIN (from, to), hi = MAX (from, to);
  gboolean editing = FALSE;
  GtkListBoxRow *row;
  gpointer item;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  g_autoptr(GError) error = NULL;
  gboolean moved;

  if (from >= items->len || to >= items->len || from == to || self->items == NULL)
    return;
  item = g_ptr_array_index (items, from);
  sk_view_set_editing (SK_VIEW (self), TRUE);
  moved = sk_edit_move_item (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                             self->meeting->id, ((SkItem *) item)->id, to, &error);
  sk_view_set_editing (SK_VIEW (self), FALSE);
  if (!moved)
    {
      sk_view_toast (SK_VIEW (self), error->message, FALSE);
      return;
    }
  end_edit (self);

  for (guint i = lo; i <= hi && !editing; i++)
    {
      ItemRow *ir = g_object_get_data (G_OBJECT (gtk_list_box_get_row_at_index (self->items, i)), "sk-item-row");

      editing = ir->editor != NULL && gtk_widget_get_visible (ir->editor);
    }
  row = gtk_list_box_get_row_at_index (self->items, to);
  if (editing && hi - lo == 1 && (focus == NULL || !gtk_widget_is_ancestor (focus, GTK_WIDGET (row))))
    {
      GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->items), GTK_TYPE_SCROLLED_WINDOW);
      GtkListBoxRow *after = gtk_list_box_get_row_at_index (self->items, to + 1);
      graphene_rect_t here, next;
      double height = 0;

      /* The neighbour's place in the list, its borders and spacing with it. */
      if (gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->items), &here))
        {
          if (after != NULL && gtk_widget_compute_bounds (GTK_WIDGET (after), GTK_WIDGET (self->items), &next))
            height = next.origin.y - here.origin.y;
          else
            height = gtk_widget_get_height (GTK_WIDGET (self->items)) - here.origin.y;
        }

      g_object_ref (row);
      gtk_list_box_remove (self->items, GTK_WIDGET (row));
      gtk_list_box_insert (self->items, GTK_WIDGET (row), from);
      g_object_unref (row);
      if (scroller != NULL)
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + (to < from ? -height : height));
        }
      update_times (self);
      return;
    }
  if (editing)
    {
      row = gtk_list_box_get_row_at_index (self->items, from);
      g_object_ref (row);
      gtk_list_box_remove (self->items, GTK_WIDGET (row));
      gtk_list_box_insert (self->items, GTK_WIDGET (row), to);
      g_object_unref (row);
    }
  else
    for (guint i = lo; i <= hi; i++)
      {
        GtkListBoxRow *r = gtk_list_box_get_row_at_index (self->items, i);
        ItemRow *ir = g_object_get_data (G_OBJECT (r), "sk-item-row");

        /* A closed editor shows its old item: made again when opened. */
        if (ir->editor != NULL)
          {
            gtk_box_remove (GTK_BOX (gtk_list_box_row_get_child (r)), ir->editor);
            ir->editor = NULL;
          }
        ir->item = g_ptr_array_index (items, i);
      }
  update_times (self);
  gtk_widget_grab_focus (GTK_WIDGET (gtk_list_box_get_row_at_index (self->items, to)));
}

static void
move_item (SkAgendaView *self,
           SkItem       *item,
           int           delta)
{
  guint i = item_index (self, item);
  int j = (int) i + delta;

  if (i >= self->meeting->items->len || j < 0 || j >= (int) self->meeting->items->len)
    return;
  move_item_to (self, i, j);
}

static void
remove_item (SkAgendaView *self,
             SkItem       *item)
{
  guint i = item_index (self, item);
  g_autofree char *msg = NULL;

  if (i >= self->meeting->items->len)
    return;
  msg = g_strdup_printf (_("“%s” was removed"), item->title);
  begin_edit (self, NULL);
  g_ptr_array_remove_index (self->meeting->items, i);
  end_structural_edit (self, MIN (i, self->meeting->items->len ? self->meeting->items->len - 1 : 0));
  sk_view_toast (SK_VIEW (self), msg, TRUE);
}

static void
add_item_cb (SkAgendaView *self)
{
  SkItem *item = sk_item_new ();
  guint at = self->meeting->items->len;

  item->id = sk_unique_id (self->meeting->items, "item");
  item->title = g_strdup (_("New item"));
  item->kind = SK_ITEM_DECISION;
  begin_edit (self, NULL);
  g_ptr_array_add (self->meeting->items, item);
  end_structural_edit (self, at);
  {
    GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->items, at);
    ItemRow *ir = row ? g_object_get_data (G_OBJECT (row), "sk-item-row") : NULL;

    /* Open, with its title chosen: what is typed replaces "New item". */
    if (ir)
      {
        toggle_item (ir);
        gtk_widget_grab_focus (ir->title);
      }
  }
}

/* Alt+Up / Alt+Down on the focused row */
static gboolean
move_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  SkAgendaView *self = user_data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;
  ItemRow *ir = row ? g_object_get_data (G_OBJECT (row), "sk-item-row") : NULL;

  if (ir == NULL)
    return FALSE;
  move_item (self, ir->item, g_variant_get_int32 (args));
  return TRUE;
}

/* Drag and drop: a row carries its index as a string */
static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 GtkWidget     *row)
{
  g_autofree char *index = g_strdup_printf ("%d", gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));

  return gdk_content_provider_new_typed (G_TYPE_STRING, index);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GtkWidget     *row)
{
  SkAgendaView *self = SK_AGENDA_VIEW (gtk_widget_get_ancestor (row, SK_TYPE_AGENDA_VIEW));
  int from = atoi (g_value_get_string (value));
  int to = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row));

  move_item_to (self, from, to);
  return TRUE;
}

static GtkWidget *
item_row_new (SkAgendaView *self,
              SkItem       *item)
{
  ItemRow *ir = g_new0 (ItemRow, 1);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkDragSource *source = gtk_drag_source_new ();
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  const guint toggle_keys[] = { GDK_KEY_Return, GDK_KEY_KP_Enter, GDK_KEY_ISO_Enter, GDK_KEY_space, GDK_KEY_KP_Space };
  GtkGesture *click;
  GtkEventController *keys;

  ir->self = self;
  ir->item = item;
  ir->row = row;
  ir->icon = gtk_image_new ();
  ir->arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");
  ir->title_label = sk_label_new ("", NULL);
  ir->sub_label = sk_label_new ("", "dim-label");
  /* One line each: wrapped labels cost a height-for-width layout. */
  gtk_label_set_ellipsize (GTK_LABEL (ir->title_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_ellipsize (GTK_LABEL (ir->sub_label), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (ir->sub_label, "caption");
  gtk_box_append (GTK_BOX (texts), ir->title_label);
  gtk_box_append (GTK_BOX (texts), ir->sub_label);
  gtk_widget_set_hexpand (texts, TRUE);
  gtk_box_append (GTK_BOX (line), ir->icon);
  gtk_box_append (GTK_BOX (line), texts);
  gtk_box_append (GTK_BOX (line), sk_item_marks_new (row));
  gtk_box_append (GTK_BOX (line), ir->arrow);
  gtk_widget_set_margin_top (line, 10);
  gtk_widget_set_margin_bottom (line, 10);
  gtk_widget_set_margin_start (line, 12);
  gtk_widget_set_margin_end (line, 12);
  gtk_box_append (GTK_BOX (box), line);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  g_object_set_data_full (G_OBJECT (row), "sk-item-row", ir, g_free);
  /* Only the header line opens and closes the item.  The list box
   * activates a row (and takes the focus to it) on a click anywhere in
   * it, and a text view does not claim a plain click: a click into the
   * case text folded the item and what was typed next was lost. */
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_widget_set_focus_on_click (row, FALSE);
  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "released", G_CALLBACK (header_released_cb), ir);
  gtk_widget_add_controller (line, GTK_EVENT_CONTROLLER (click));
  keys = gtk_shortcut_controller_new ();
  for (guint k = 0; k < G_N_ELEMENTS (toggle_keys); k++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (keys),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (toggle_keys[k], 0),
                                                            gtk_callback_action_new (toggle_key_cb, ir, NULL)));
  gtk_widget_add_controller (row, keys);

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE);
  g_signal_connect (source, "prepare", G_CALLBACK (drag_prepare_cb), row);
  gtk_widget_add_controller (line, GTK_EVENT_CONTROLLER (source));
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), row);
  gtk_widget_add_controller (row, GTK_EVENT_CONTROLLER (target));
  return row;
}

/* Meeting actions */

static void
edit_meeting_cb (SkAgendaView *self)
{
  edit_meeting (self, self->meeting, FALSE);
}

static void
next_meeting_cb (SkAgendaView *self)
{
  SkMeeting *next = sk_meeting_next_from (self->meeting, sk_project_get_meetings (sk_view_get_project (SK_VIEW (self))), 28);

  edit_meeting (self, next, TRUE);
}

static void
delete_meeting_cb (SkAgendaView *self)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  SkMeeting *gone = self->meeting;
  g_autofree char *date = sk_format_date (self->meeting->date);
  g_autofree char *msg = NULL;
  int untied;

  begin_edit (self, NULL);
  untied = sk_project_take_meeting (project, gone);
  if (untied <= 0)
    msg = g_strdup_printf (_("The meeting of %s was deleted"), date);
  else
    /* Translators: "The meeting of 7. april 2026 was deleted; its 2 planned matters are not scheduled now" */
    msg = g_strdup_printf (ngettext ("The meeting of %s was deleted; its %u planned matter is not scheduled now",
                                     "The meeting of %s was deleted; its %u planned matters are not scheduled now", untied),
                           date, untied);
  self->meeting = NULL;
  sk_project_changed (project);
  rebuild (self);
  /* Freed once the side list and the page (whose headers and rows read
   * it) have let go. */
  if (untied >= 0)
    sk_meeting_free (gone);
  sk_view_toast (SK_VIEW (self), msg, TRUE);
}

typedef struct
{
  GPtrArray *pages;
} PrintData;

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintData         *pd)
{
  gtk_print_operation_set_n_pages (operation, pd->pages->len);
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              PrintData         *pd)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  double scale = gtk_print_context_get_width (context) / (210 * 72.0 / 25.4);

  /* The same pages as the PDF, scaled to the paper. */
  cairo_scale (cr, scale, scale);
  cairo_set_source_surface (cr, g_ptr_array_index (pd->pages, page), 0, 0);
  cairo_paint (cr);
}

static void
print_data_free (gpointer data)
{
  PrintData *pd = data;

  g_ptr_array_unref (pd->pages);
  g_free (pd);
}

static void
print_cb (SkAgendaView *self)
{
  g_autoptr(GtkPrintOperation) operation = gtk_print_operation_new ();
  g_autoptr(GError) error = NULL;
  PrintData *pd = g_new0 (PrintData, 1);
  g_autofree char *name = g_strdup_printf ("%s %s", self->meeting->body, self->meeting->date);

  pd->pages = sk_render_meeting_pages (sk_view_get_project (SK_VIEW (self)), self->meeting, FALSE);
  g_object_set_data_full (G_OBJECT (operation), "sk-print", pd, print_data_free);
  gtk_print_operation_set_job_name (operation, name);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (operation, TRUE);
  g_signal_connect (operation, "begin-print", G_CALLBACK (begin_print_cb), pd);
  g_signal_connect (operation, "draw-page", G_CALLBACK (draw_page_cb), pd);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, window_of (self), &error) ==
      GTK_PRINT_OPERATION_RESULT_ERROR)
    error_dialog (self, _("Could Not Print"), error->message);
}

static void
copy_agenda_cb (SkAgendaView *self)
{
  g_autoptr(SkExportTable) table = sk_export_agenda_table (sk_view_get_project (SK_VIEW (self)), self->meeting);

  sk_clipboard_set_table (GTK_WIDGET (self), table);
  sk_view_toast (SK_VIEW (self), _("The agenda was copied as a table"), FALSE);
}

static void
plan_to_agenda_cb (GtkButton    *button,
                   SkAgendaView *self)
{
  SkPlanEntry *entry = g_object_get_data (G_OBJECT (button), "sk-plan");
  SkItem *item = sk_item_new ();
  guint at = self->meeting->items->len;

  item->id = sk_unique_id (self->meeting->items, "item");
  item->title = g_strdup (entry->title);
  item->kind = SK_ITEM_DISCUSSION;
  item->body = g_strdup (entry->note);
  begin_edit (self, NULL);
  g_ptr_array_add (self->meeting->items, item);
  /* The matter is on the agenda now, not in the plan. */
  g_ptr_array_remove (sk_project_get_plan (sk_view_get_project (SK_VIEW (self))), entry);
  end_structural_edit (self, at);
  sk_view_toast (SK_VIEW (self), _("The planned matter is on the agenda"), TRUE);
}

/* The meeting's other actions, in a menu (the page was 590 px wide at
 * least with them as icons); editing and starting the meeting stay
 * buttons. */
static GtkWidget *
meeting_menu_button_new (SkAgendaView *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) plan = g_menu_new ();
  g_autoptr(GMenu) papers = g_menu_new ();
  g_autoptr(GMenu) destructive = g_menu_new ();
  GtkWidget *button;

  g_menu_append (plan, _("Next _Meeting…"), "meeting.next");
  g_menu_append (papers, _("Mark the Papers as _Sent…"), "meeting.mark-papers-sent");
  g_menu_append (papers, _("Copy the Agenda as a Table"), "meeting.copy");
  g_menu_append (papers, _("Print the Board Pack…"), "meeting.print");
  g_menu_append (papers, _("Export the Board Pack as PDF…"), "meeting.export-pack");
  g_menu_append (papers, _("Export the Public Board Pack as PDF…"), "meeting.export-public");
  g_menu_append (papers, _("Export the Minutes as PDF…"), "meeting.export-minutes");
  sk_agenda_export_add_extract_menu (papers, SK_VIEW (self));
  g_menu_append (destructive, _("Delete the Meeting"), "meeting.delete");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (plan));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (papers));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (destructive));
  button = sk_more_button_new (_("Meeting Menu"), G_MENU_MODEL (menu));
  sk_agenda_export_watch_menu (button, SK_VIEW (self));
  /* At the end of the row. */
  gtk_widget_set_hexpand (button, TRUE);
  gtk_widget_set_halign (button, GTK_ALIGN_END);
  return button;
}

/* The actions of the meeting menu (and Ctrl+P). */
static const struct
{
  const char *name;
  void      (*run) (SkAgendaView *self);
} meeting_actions[] = {
  { "meeting.next", next_meeting_cb },
  { "meeting.copy", copy_agenda_cb },
  { "meeting.print", print_cb },
  { "meeting.mark-papers-sent", sk_agenda_mark_papers_sent },
  { "meeting.export-pack", sk_agenda_export_pack },
  { "meeting.export-public", sk_agenda_export_public },
  { "meeting.export-minutes", sk_agenda_export_minutes },
  { "meeting.delete", delete_meeting_cb },
};

static void
meeting_action (GtkWidget  *widget,
                const char *name,
                GVariant   *parameter)
{
  SkAgendaView *self = SK_AGENDA_VIEW (widget);

  if (self->meeting == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (meeting_actions); i++)
    if (g_str_equal (name, meeting_actions[i].name))
      meeting_actions[i].run (self);
}

static void
show_meeting (SkAgendaView *self,
              SkMeeting    *meeting,
              int           focus)
{
  g_autofree char *date = sk_format_date_time (meeting->date, meeting->start_time);
  GString *info = g_string_new (date);
  GPtrArray *plan = sk_project_get_plan (sk_view_get_project (SK_VIEW (self)));
  GtkWidget *bar, *list, *add;
  GtkEventController *shortcuts;
  gboolean any_planned = FALSE;

  sk_box_clear (self->content);
  self->meeting = meeting;
  self->end_label = NULL;

  gtk_box_append (self->content, sk_heading_new (meeting->title ? meeting->title : meeting->body));
  if (meeting->title)
    gtk_box_append (self->content, sk_label_new (meeting->body, "title-4"));
  if (meeting->start_time != NULL && !sk_time_parse (meeting->start_time, NULL))
    g_string_append_printf (info, " (%s)", _("the start time is not a clock time"));
  if (meeting->location)
    g_string_append_printf (info, " · %s", meeting->location);
  if (meeting->mode != SK_MODE_UNSET)
    g_string_append_printf (info, " · %s", sk_meeting_mode_label (meeting->mode));
  sk_agenda_record_meeting_info (meeting, info);
  gtk_box_append (self->content, sk_sentence_new (info->str, "dim-label"));
  g_string_free (info, TRUE);

  bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_append (GTK_BOX (bar), button_new (_("_Edit…"), G_CALLBACK (edit_meeting_cb), self));
  {
    GtkWidget *present = button_new (_("_Start Meeting"), G_CALLBACK (start_meeting_cb), self);

    sk_widget_set_tooltip (present, meeting->items->len > 0
                           ? _("Walk the board through the agenda, full screen (F5)")
                           : _("The agenda has no items yet"));
    gtk_widget_set_sensitive (present, meeting->items->len > 0);
    gtk_widget_add_css_class (present, "suggested-action");
    gtk_box_append (GTK_BOX (bar), present);
  }
  gtk_box_append (GTK_BOX (bar), meeting_menu_button_new (self));
  gtk_box_append (self->content, bar);

  list = gtk_list_box_new ();
  self->items = GTK_LIST_BOX (list);
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Agenda"), -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (item_activated_cb), self, G_CONNECT_SWAPPED);
  shortcuts = gtk_shortcut_controller_new ();
  for (int d = -1; d <= 1; d += 2)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (d < 0 ? GDK_KEY_Up : GDK_KEY_Down, GDK_ALT_MASK),
                                                gtk_callback_action_new (move_shortcut_cb, self, NULL));

      /* The shortcut's argument: up or down. */
      gtk_shortcut_set_arguments (shortcut, g_variant_new_int32 (d));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts), shortcut);
    }
  gtk_widget_add_controller (list, shortcuts);
  for (guint i = 0; i < meeting->items->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), item_row_new (self, g_ptr_array_index (meeting->items, i)));
  if (meeting->items->len == 0)
    gtk_box_append (self->content, sk_label_new (_("This meeting has no agenda items yet."), NULL));
  else
    gtk_box_append (self->content, list);

  add = gtk_button_new_with_mnemonic (_("_Add Item"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_item_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->content, add);

  self->end_label = sk_label_new ("", "dim-label");
  gtk_box_append (self->content, self->end_label);
  update_times (self);

  /* Planned matters for this meeting, from the rolling plan */
  for (guint i = 0; i < plan->len; i++)
    {
      SkPlanEntry *entry = g_ptr_array_index (plan, i);
      GtkWidget *row, *button;

      if (!sk_plan_entry_is_for (entry, meeting))
        continue;
      if (!any_planned)
        {
          gtk_box_append (self->content, section_title (_("Planned for This Meeting")));
          list = boxed_list ();
          gtk_box_append (self->content, list);
          any_planned = TRUE;
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

  if (focus >= 0)
    {
      GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->items, focus);

      if (row != NULL)
        gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

static void
row_selected_cb (SkAgendaView  *self,
                 GtkListBoxRow *row)
{
  gpointer record = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;

  sk_box_clear (self->content);
  self->items = NULL;
  self->end_label = NULL;
  /* A page the user chose is shown again after an edit; the meeting plan
   * shown by default (a project without meetings yet) is not kept. */
  self->page = (record == &plan_marker || record == &schedule_marker) && !self->defaulting ? record : NULL;
  if (record == NULL)
    {
      self->meeting = NULL;
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  if (record == &plan_marker)
    show_plan (self);
  else if (record == &schedule_marker)
    show_schedule (self);
  else
    show_meeting (self, record, -1);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

/* Bodies in the order they first appear in the file (the board first in
 * a board's project), then by date. */
static int
compare_meetings (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  GPtrArray *meetings = user_data;
  const SkMeeting *ma = *(SkMeeting **) a;
  const SkMeeting *mb = *(SkMeeting **) b;
  guint ia = 0, ib = 0;

  while (ia < meetings->len && g_strcmp0 (((SkMeeting *) g_ptr_array_index (meetings, ia))->body, ma->body) != 0)
    ia++;
  while (ib < meetings->len && g_strcmp0 (((SkMeeting *) g_ptr_array_index (meetings, ib))->body, mb->body) != 0)
    ib++;
  if (ia != ib)
    return ia < ib ? -1 : 1;
  return g_strcmp0 (ma->date, mb->date);
}

static char *
group_of (SkMeeting *meeting)
{
  return g_strdup_printf ("%s · %.4s", meeting->body, meeting->date ? meeting->date : "");
}

static gboolean
is_meeting (gpointer record)
{
  return record != NULL && record != &plan_marker && record != &schedule_marker;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  gpointer record = sk_sidebar_row_get_record (row);
  gpointer previous = sk_sidebar_row_get_record (before);
  g_autofree char *group = NULL;
  g_autofree char *previous_group = NULL;

  if (!is_meeting (record))
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  group = group_of (record);
  if (is_meeting (previous))
    previous_group = group_of (previous);
  if (g_strcmp0 (group, previous_group) == 0)
    gtk_list_box_row_set_header (row, NULL);
  else
    {
      GtkWidget *label = sk_label_new (group, "heading");

      /* A long body's name wraps: the sidebar keeps to its narrowest. */
      sk_label_set_wraps (label);
      gtk_widget_set_margin_top (label, 12);
      gtk_widget_set_margin_start (label, 6);
      gtk_list_box_row_set_header (row, label);
    }
}

static void
rebuild (SkAgendaView *self)
{
  g_autoptr(GPtrArray) sorted = NULL;
  GPtrArray *meetings;
  g_autofree char *keep = sk_view_take_shown_id (SK_VIEW (self));
  guint first = 2;

  self->meeting = NULL;
  self->items = NULL;
  sk_list_box_clear (self->sidebar);
  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return;

  meetings = sk_project_get_meetings (sk_view_get_project (SK_VIEW (self)));
  gtk_list_box_append (self->sidebar,
                       sk_sidebar_row_new (_("Meeting Plan"), _("Every meeting by date"), &schedule_marker));
  gtk_list_box_append (self->sidebar,
                       sk_sidebar_row_new (_("Rolling Plan"), _("Matters for later meetings"), &plan_marker));

  sorted = g_ptr_array_copy (meetings, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);  /* the copy inherits it */
  g_ptr_array_sort_with_data (sorted, compare_meetings, meetings);
  for (guint i = 0; i < sorted->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (sorted, i);
      g_autofree char *date = sk_format_date (m->date);
      g_autofree char *sub = NULL;

      sub = meeting_subtitle (m);
      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (date, sub, m));
    }

  /* Stay on the plan's pages after an edit there. */
  if (g_strcmp0 (keep, "#schedule") == 0 || g_strcmp0 (keep, "#plan") == 0)
    {
      gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, keep[1] == 'p' ? 1 : 0));
      return;
    }
  if (meetings->len == 0)
    {
      self->defaulting = TRUE;
      sk_select_first_row (self->sidebar);
      self->defaulting = FALSE;
      return;
    }
  /* Stay on the meeting shown (after an undo, an edit); else show the
   * first meeting with an agenda: the one being prepared. */
  for (guint i = 0; keep && i < sorted->len; i++)
    if (g_strcmp0 (((SkMeeting *) g_ptr_array_index (sorted, i))->id, keep) == 0)
      {
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i + first));
        return;
      }
  for (guint i = 0; i < sorted->len; i++)
    if (((SkMeeting *) g_ptr_array_index (sorted, i))->items->len > 0)
      {
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i + first));
        return;
      }
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, first));
}

/* SkView */

static void
rebuild_vfunc (SkView *view)
{
  rebuild (SK_AGENDA_VIEW (view));
}

static const char *
shown_id_vfunc (SkView *view)
{
  SkAgendaView *self = SK_AGENDA_VIEW (view);

  if (self->meeting != NULL)
    return self->meeting->id;
  /* Ids never have "#": these name the two pages that are not meetings. */
  if (self->page == &plan_marker)
    return "#plan";
  if (self->page == &schedule_marker)
    return "#schedule";
  return NULL;
}

static void
forget_vfunc (SkView *view)
{
  SkAgendaView *self = SK_AGENDA_VIEW (view);

  self->meeting = NULL;
  self->page = NULL;
  self->items = NULL;
  self->end_label = NULL;
}

static void
row_selected_vfunc (SkView        *view,
                    GtkListBoxRow *row)
{
  row_selected_cb (SK_AGENDA_VIEW (view), row);
}

static void
sk_agenda_view_dispose (GObject *object)
{
  SkAgendaView *self = SK_AGENDA_VIEW (object);

  self->items = NULL;
  self->end_label = NULL;
  /* The rows go with SkView's dispose: nothing of ours to show them in. */
  self->content = NULL;
  G_OBJECT_CLASS (sk_agenda_view_parent_class)->dispose (object);
}

static void
start_meeting_cb (SkAgendaView *self)
{
  sk_agenda_view_start_meeting_mode (self);
}

SkMeeting *
sk_agenda_view_get_meeting (SkAgendaView *self)
{
  return self->meeting;
}

/* Meeting mode for the meeting shown, or else the next one from today. */
SkPresenter *
sk_agenda_view_start_meeting_mode (SkAgendaView *self)
{
  SkMeeting *m = self->meeting;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  SkPresenter *mode;

  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return NULL;
  if (m == NULL || m->items->len == 0)
    {
      m = NULL;
      GPtrArray *meetings = sk_project_get_meetings (sk_view_get_project (SK_VIEW (self)));
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");

      for (guint i = 0; i < meetings->len; i++)
        {
          SkMeeting *candidate = g_ptr_array_index (meetings, i);

          if (candidate->items->len == 0)
            continue;
          if (m == NULL || (g_strcmp0 (candidate->date, today) >= 0 &&
                            (g_strcmp0 (m->date, today) < 0 || g_strcmp0 (candidate->date, m->date) < 0)))
            m = candidate;
        }
    }
  if (m == NULL || m->items->len == 0)
    {
      sk_view_toast (SK_VIEW (self), _("No meeting has an agenda to present yet"), FALSE);
      return NULL;
    }
  mode = sk_presenter_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, sk_view_get_project (SK_VIEW (self)), m->id,
                              g_getenv ("SAKSKART_MEETING_MODE_WINDOWED") == NULL);
  gtk_window_present (GTK_WINDOW (mode));
  return mode;
}

static void
sk_agenda_view_class_init (SkAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  SkViewClass *view_class = SK_VIEW_CLASS (klass);

  object_class->dispose = sk_agenda_view_dispose;
  view_class->rebuild = rebuild_vfunc;
  view_class->shown_id = shown_id_vfunc;
  view_class->forget = forget_vfunc;
  view_class->row_selected = row_selected_vfunc;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  for (guint i = 0; i < G_N_ELEMENTS (meeting_actions); i++)
    gtk_widget_class_install_action (widget_class, meeting_actions[i].name, NULL, meeting_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "meeting.print", NULL);
  gtk_widget_class_install_action (widget_class, "meeting.export-extract", "s", sk_agenda_export_extract);
}

static void
sk_agenda_view_init (SkAgendaView *self)
{
  SkView *view = SK_VIEW (self);

  self->sidebar = sk_view_get_sidebar (view);
  self->content_stack = sk_view_get_content_stack (view);
  self->content = sk_view_get_content (view);
  gtk_list_box_set_header_func (self->sidebar, header_func, NULL, NULL);
  sk_view_setup (view, "x-office-document-symbolic", _("No Meetings"),
                 _("The meetings of the project and their agendas are shown here."),
                 _("Meetings"), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC, 960);
}

void
sk_agenda_view_set_document (SkAgendaView *self,
                            SkDocument    *document)
{
  g_return_if_fail (SK_IS_AGENDA_VIEW (self));
  sk_view_set_document (SK_VIEW (self), document);
}
