/* sk-agenda-view.c — meetings, their agendas and the rolling plan
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-agenda-view.h"
#include "sk-date.h"
#include "sk-format.h"
#include "sk-view-util.h"

struct _SkAgendaView
{
  GtkWidget       parent_instance;

  GtkListBox     *sidebar;
  GtkStack       *content_stack;
  AdwStatusPage  *empty_page;
  GtkBox         *content;

  SkProject      *project;
  gboolean        stale;     /* rebuild when next shown */
};

G_DEFINE_FINAL_TYPE (SkAgendaView, sk_agenda_view, GTK_TYPE_WIDGET)

/* The icon is set when the empty page is shown: a stack measures all its
 * pages, and loading a large icon costs start-up time for a page that is
 * rarely seen. */
static void
show_empty (SkAgendaView *self)
{
  adw_status_page_set_icon_name (self->empty_page, "x-office-document-symbolic");
  gtk_stack_set_visible_child_name (self->content_stack, "empty");
}

/* The sidebar row of the rolling plan carries this as its record. */
static char plan_marker;

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

  gtk_widget_set_margin_top (label, 6);
  return label;
}

static void
show_plan (SkAgendaView *self)
{
  GPtrArray *plan = sk_project_get_plan (self->project);
  GtkWidget *list;

  gtk_box_append (self->content, sk_heading_new (_("Rolling Plan")));
  gtk_box_append (self->content,
                  sk_sentence_new (_("Matters planned for later meetings of the board."), "dim-label"));
  if (plan->len == 0)
    {
      gtk_box_append (self->content, sk_label_new (_("Nothing is planned yet."), NULL));
      return;
    }
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < plan->len; i++)
    {
      SkPlanEntry *entry = g_ptr_array_index (plan, i);
      SkMeeting *meeting = sk_project_find_meeting (self->project, entry->meeting);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *title = g_markup_escape_text (entry->title, -1);
      g_autofree char *when = NULL;
      g_autofree char *subtitle = NULL;

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
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      {
        g_autofree char *escaped = g_markup_escape_text (subtitle, -1);

        adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
      }
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (self->content, list);
}

static GtkWidget *
proposal_frame (const char *heading,
                const char *text)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  gtk_box_append (GTK_BOX (box), sk_label_new (heading, "heading"));
  gtk_box_append (GTK_BOX (box), sk_text_block_new (text));
  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_frame_set_child (GTK_FRAME (frame), box);
  return frame;
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

static GtkWidget *
item_details (SkAgendaView *self,
              SkItem       *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_margin_top (box, 12);
  gtk_widget_set_margin_bottom (box, 12);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);

  if (item->body != NULL && item->body[0] != '\0')
    gtk_box_append (GTK_BOX (box), sk_text_block_new (item->body));
  if (item->proposal != NULL && item->proposal[0] != '\0')
    gtk_box_append (GTK_BOX (box), proposal_frame (_("Proposal"), item->proposal));
  if (item->decision != NULL && item->decision[0] != '\0')
    gtk_box_append (GTK_BOX (box), proposal_frame (_("Decision"), item->decision));

  if (item->attachments->len > 0)
    {
      GString *text = g_string_new (NULL);

      gtk_box_append (GTK_BOX (box), section_title (_("Attachments")));
      for (guint i = 0; i < item->attachments->len; i++)
        {
          SkAttachment *a = g_ptr_array_index (item->attachments, i);

          g_string_append_printf (text, "%s%u. %s", i ? "\n" : "", i + 1, a->title);
        }
      gtk_box_append (GTK_BOX (box), sk_text_block_new (text->str));
      g_string_free (text, TRUE);
    }

  if (item->links->len > 0)
    {
      GString *text = g_string_new (NULL);

      gtk_box_append (GTK_BOX (box), section_title (_("Linked")));
      for (guint i = 0; i < item->links->len; i++)
        {
          SkLink *l = g_ptr_array_index (item->links, i);
          const char *kind = l->kind == SK_LINK_MATRIX ? _("Matrix")
                           : l->kind == SK_LINK_COST_MODEL ? _("Cost model")
                           : _("Timeline");

          g_string_append_printf (text, "%s%s: %s", i ? "\n" : "", kind, link_title (self->project, l));
        }
      gtk_box_append (GTK_BOX (box), sk_text_block_new (text->str));
      g_string_free (text, TRUE);
    }

  if (gtk_widget_get_first_child (box) == NULL)
    gtk_box_append (GTK_BOX (box), sk_label_new (_("No case text yet."), "dim-label"));
  return box;
}

static void
item_activated_cb (SkAgendaView  *self,
                   GtkListBoxRow *row)
{
  SkItem *item = g_object_get_data (G_OBJECT (row), "sk-item");
  GtkWidget *box = gtk_list_box_row_get_child (row);
  GtkWidget *details = g_object_get_data (G_OBJECT (row), "sk-details");
  GtkWidget *arrow = g_object_get_data (G_OBJECT (row), "sk-arrow");
  gboolean open;

  if (item == NULL)
    return;
  if (details == NULL)
    {
      details = item_details (self, item);
      gtk_widget_set_visible (details, FALSE);
      gtk_box_append (GTK_BOX (box), details);
      g_object_set_data (G_OBJECT (row), "sk-details", details);
    }
  open = !gtk_widget_get_visible (details);
  gtk_widget_set_visible (details, open);
  gtk_image_set_from_icon_name (GTK_IMAGE (arrow), open ? "pan-up-symbolic" : "pan-down-symbolic");
  gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED, open, -1);
}

static void
show_meeting (SkAgendaView *self,
              SkMeeting    *meeting)
{
  g_autofree int *starts = g_new0 (int, meeting->items->len + 1);
  g_autofree char *date = sk_format_date_time (meeting->date, meeting->start_time);
  GString *info = g_string_new (date);
  gboolean timed;
  int end = 0;
  GtkWidget *list;

  timed = sk_meeting_item_times (meeting, starts, &end);

  gtk_box_append (self->content,
                  sk_heading_new (meeting->title ? meeting->title : meeting->body));
  if (meeting->title)
    gtk_box_append (self->content, sk_label_new (meeting->body, "title-4"));

  if (meeting->start_time != NULL && !timed)
    g_string_append_printf (info, " (%s)", _("the start time is not a clock time"));
  if (meeting->location)
    g_string_append_printf (info, " · %s", meeting->location);
  if (meeting->mode != SK_MODE_UNSET)
    g_string_append_printf (info, " · %s", sk_meeting_mode_label (meeting->mode));
  gtk_box_append (self->content, sk_sentence_new (info->str, "dim-label"));
  g_string_free (info, TRUE);

  if (meeting->items->len == 0)
    {
      gtk_box_append (self->content, sk_label_new (_("This meeting has no agenda items yet."), NULL));
      return;
    }

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Agenda"), -1);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (item_activated_cb),
                           self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      GtkWidget *row = gtk_list_box_row_new ();
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      GtkWidget *icon = gtk_image_new_from_icon_name (sk_item_kind_icon_name (item->kind));
      GtkWidget *arrow = gtk_image_new_from_icon_name ("pan-down-symbolic");
      GtkWidget *title_label, *sub_label;
      g_autofree char *number = sk_meeting_item_number (meeting, i);
      gboolean untitled = item->title == NULL || item->title[0] == '\0';
      g_autofree char *title = g_strdup_printf ("%s. %s", number,
                                                untitled ? _("(no title)") : item->title);
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
      if (item->presenter)
        g_string_append_printf (sub, " · %s", item->presenter);

      /* A light row of its own: a title, a subtitle, and the case text laid
       * out when the row is first opened (Enter, Space or a click). */
      title_label = sk_label_new (title, NULL);
      sub_label = sk_label_new (sub->str, "dim-label");
      gtk_widget_add_css_class (sub_label, "caption");
      /* One line each: wrapped labels cost a height-for-width layout. */
      gtk_label_set_ellipsize (GTK_LABEL (title_label), PANGO_ELLIPSIZE_END);
      gtk_label_set_ellipsize (GTK_LABEL (sub_label), PANGO_ELLIPSIZE_END);
      gtk_box_append (GTK_BOX (texts), title_label);
      gtk_box_append (GTK_BOX (texts), sub_label);
      gtk_widget_set_hexpand (texts, TRUE);
      gtk_widget_set_tooltip_text (icon, sk_item_kind_label (item->kind));
      gtk_box_append (GTK_BOX (line), icon);
      gtk_box_append (GTK_BOX (line), texts);
      gtk_box_append (GTK_BOX (line), arrow);
      gtk_widget_set_margin_top (line, 10);
      gtk_widget_set_margin_bottom (line, 10);
      gtk_widget_set_margin_start (line, 12);
      gtk_widget_set_margin_end (line, 12);
      gtk_box_append (GTK_BOX (box), line);
      gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, sub->str, -1);
      gtk_accessible_update_state (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_STATE_EXPANDED, FALSE, -1);
      if (untitled)
        gtk_widget_add_css_class (title_label, "error");
      g_object_set_data (G_OBJECT (row), "sk-item", item);
      g_object_set_data (G_OBJECT (row), "sk-arrow", arrow);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
      g_string_free (sub, TRUE);
    }
  gtk_box_append (self->content, list);

  if (timed)
    {
      g_autofree char *at = sk_format_time (end);
      g_autofree char *text = g_strdup_printf (_("The meeting ends at %s."), at);

      gtk_box_append (self->content, sk_label_new (text, "dim-label"));
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
  if (record == NULL)
    {
      show_empty (self);
      return;
    }
  if (record == &plan_marker)
    show_plan (self);
  else
    show_meeting (self, record);
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

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  gpointer record = sk_sidebar_row_get_record (row);
  gpointer previous = sk_sidebar_row_get_record (before);
  g_autofree char *group = NULL;
  g_autofree char *previous_group = NULL;

  if (record == NULL || record == &plan_marker)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  group = group_of (record);
  if (previous != NULL && previous != &plan_marker)
    previous_group = group_of (previous);
  if (g_strcmp0 (group, previous_group) == 0)
    gtk_list_box_row_set_header (row, NULL);
  else
    {
      GtkWidget *label = sk_label_new (group, "heading");

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

  sk_list_box_clear (self->sidebar);
  if (self->project == NULL)
    return;

  meetings = sk_project_get_meetings (self->project);
  gtk_list_box_append (self->sidebar,
                       sk_sidebar_row_new (_("Rolling Plan"), _("Matters for later meetings"),
                                           &plan_marker));

  sorted = g_ptr_array_copy (meetings, NULL, NULL);
  g_ptr_array_set_free_func (sorted, NULL);  /* the copy inherits it */
  g_ptr_array_sort_with_data (sorted, compare_meetings, meetings);
  for (guint i = 0; i < sorted->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (sorted, i);
      g_autofree char *date = sk_format_date (m->date);
      g_autofree char *sub = NULL;
      guint n = m->items->len;

      sub = g_strdup_printf (ngettext ("%s, %u item", "%s, %u items", n),
                             m->title ? m->title : m->body, n);
      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (date, sub, m));
    }

  if (meetings->len == 0)
    {
      show_empty (self);
      return;
    }
  /* Show the first meeting with an agenda: the one being prepared. */
  for (guint i = 0; i < sorted->len; i++)
    if (((SkMeeting *) g_ptr_array_index (sorted, i))->items->len > 0)
      {
        GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->sidebar, i + 1);

        gtk_list_box_select_row (self->sidebar, row);
        return;
      }
  sk_select_first_row (self->sidebar);
}

/* Views that are not shown are rebuilt when they are: start-up and edits
 * only pay for what the user sees. */
static void
queue_rebuild (SkAgendaView *self)
{
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_agenda_view_map (GtkWidget *widget)
{
  SkAgendaView *self = SK_AGENDA_VIEW (widget);

  GTK_WIDGET_CLASS (sk_agenda_view_parent_class)->map (widget);
  if (self->stale)
    {
      self->stale = FALSE;
      rebuild (self);
    }
}

static void
sk_agenda_view_dispose (GObject *object)
{
  SkAgendaView *self = SK_AGENDA_VIEW (object);

  /* The rows point into the project: remove them while it lives. */
  if (self->sidebar != NULL)
    gtk_list_box_set_header_func (self->sidebar, NULL, NULL, NULL);
  sk_widget_unparent_children (GTK_WIDGET (self));
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_AGENDA_VIEW);
  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_agenda_view_parent_class)->dispose (object);
}

static void
sk_agenda_view_class_init (SkAgendaViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_agenda_view_dispose;
  widget_class->map = sk_agenda_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-agenda-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SkAgendaView, sidebar);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaView, content_stack);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaView, empty_page);
  gtk_widget_class_bind_template_child (widget_class, SkAgendaView, content);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
sk_agenda_view_init (SkAgendaView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_list_box_set_header_func (self->sidebar, header_func, NULL, NULL);
  adw_status_page_set_title (self->empty_page, _("No Meetings"));
  adw_status_page_set_description (self->empty_page,
                                   _("The meetings of the project and their agendas are shown here."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->sidebar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Meetings"), -1);
}

void
sk_agenda_view_set_project (SkAgendaView *self,
                            SkProject    *project)
{
  g_return_if_fail (SK_IS_AGENDA_VIEW (self));

  if (self->project)
    g_signal_handlers_disconnect_by_func (self->project, queue_rebuild, self);
  g_set_object (&self->project, project);
  if (project)
    g_signal_connect_object (project, "changed", G_CALLBACK (queue_rebuild), self, G_CONNECT_SWAPPED);
  sk_list_box_clear (self->sidebar);
  queue_rebuild (self);
}
