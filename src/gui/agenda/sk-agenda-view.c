/* sk-agenda-view.c — meetings, their agendas, the meeting plan and the
 * rolling plan: the side list, a meeting's page, and keeping both up to
 * date from the project's change signals
 *
 * Every change goes through the core's edit functions (sk-edit.h) with
 * the document's history.  The view shows a change when the project
 * signals it, the view's own edits, undo and redo alike: a changed field
 * of an item in its row and open editor, an item added, removed or moved
 * as its row.  Other changes (a meeting's own fields, the plan) show
 * the page again.
 *
 * The item's row and editor are in sk-agenda-item.c and
 * sk-agenda-item-editor.c, the rows' lines and their making in
 * sk-agenda-rows.c, the meeting's dialog and the meeting plan in
 * sk-agenda-meeting.c, the rolling plan in sk-agenda-plan.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-agenda-export.h"
#include "sk-agenda-item.h"
#include "sk-agenda-record.h"
#include "sk-agenda-view-private.h"
#include "sk-date.h"
#include "sk-edit.h"
#include "sk-clipboard.h"
#include "sk-export.h"
#include "sk-format.h"

G_DEFINE_FINAL_TYPE (SkAgendaView, sk_agenda_view, SK_TYPE_VIEW)

/* Sidebar rows that are not meetings carry these as their record: like a
 * record they start with an id, NULL, which no lookup by id matches. */
static const char *plan_marker;
static const char *schedule_marker;

static void rebuild (SkAgendaView *self);
static void show_meeting (SkAgendaView *self, SkMeeting *meeting, int focus);

/* The side list says how many items a meeting has, and when. */
static void
update_sidebar_row (SkAgendaView *self,
                    SkMeeting    *meeting)
{
  g_autofree char *date = sk_format_date (meeting->date);
  g_autofree char *sub = _sk_agenda_meeting_subtitle (meeting);

  sk_sidebar_update_record (self->sidebar, meeting, date, sub);
}

static guint
item_index (SkAgendaView *self,
            SkItem       *item)
{
  guint i = 0;

  if (!g_ptr_array_find (self->meeting->items, item, &i))
    return self->meeting->items->len;
  return i;
}

static void
update_times (SkAgendaView *self)
{
  _sk_agenda_update_rows (self, 0, G_MAXUINT);
}

/* Reordering, adding and removing: each an edit of the core; the rows
 * follow from the project's signals (below). */

static void
move_item_to (SkAgendaView *self,
              guint         from,
              guint         to)
{
  GPtrArray *items;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;
  items = self->meeting->items;
  if (from >= items->len || to >= items->len || from == to)
    return;
  if (!sk_edit_move_item (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                          self->meeting->id, ((SkItem *) g_ptr_array_index (items, from))->id, to, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
}

static void
move_item (SkAgendaView *self,
           SkItem       *item,
           int           delta)
{
  guint i;
  int j;

  if (self->meeting == NULL)
    return;
  i = item_index (self, item);
  j = (int) i + delta;
  if (i >= self->meeting->items->len || j < 0 || j >= (int) self->meeting->items->len)
    return;
  move_item_to (self, i, j);
}

static void
remove_item (SkAgendaView *self,
             SkItem       *item)
{
  g_autofree char *msg = NULL;
  g_autoptr(GError) error = NULL;

  if (self->meeting == NULL)
    return;
  /* Translators: a toast, with Undo */
  msg = g_strdup_printf (_("“%s” was removed"), item->title);
  if (!sk_edit_remove_item (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                            self->meeting->id, item->id, &error))
    sk_view_toast (SK_VIEW (self), error->message, FALSE);
  else
    sk_view_toast (SK_VIEW (self), msg, TRUE);
}

static void
add_item_cb (SkAgendaView *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;
  SkAgendaItemRow *ir;

  if (!sk_edit_add_item (sk_view_get_history (SK_VIEW (self)), sk_view_get_project (SK_VIEW (self)),
                         self->meeting->id, _("New item"), SK_ITEM_DECISION, -1, &id, &error))
    {
      sk_view_toast (SK_VIEW (self), error->message, FALSE);
      return;
    }
  /* Open, with its title chosen: what is typed replaces "New item". */
  if ((ir = _sk_agenda_row_at (self, self->meeting->items->len - 1)) != NULL)
    {
      sk_agenda_item_row_toggle (ir);
      gtk_widget_grab_focus (sk_agenda_item_row_get_title_entry (ir));
      sk_agenda_item_row_show_when_placed (ir);
    }
}

static void
item_activated_cb (SkAgendaView  *self,
                   GtkListBoxRow *row)
{
  if (SK_IS_AGENDA_ITEM_ROW (row))
    sk_agenda_item_row_toggle (SK_AGENDA_ITEM_ROW (row));
}

/* Alt+Up / Alt+Down on the focused row */
static gboolean
move_shortcut_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  SkAgendaView *self = user_data;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  GtkWidget *row = focus ? gtk_widget_get_ancestor (focus, SK_TYPE_AGENDA_ITEM_ROW) : NULL;

  if (row == NULL)
    return FALSE;
  move_item (self, sk_agenda_item_row_get_item (SK_AGENDA_ITEM_ROW (row)), g_variant_get_int32 (args));
  return TRUE;
}

/* The project's change signals */

/* Records the agenda does not show. */
static gboolean
not_shown_kind (SkRecordKind kind)
{
  switch (kind)
    {
    case SK_RECORD_MUNICIPALITY:
    case SK_RECORD_FACTOR:
    case SK_RECORD_CANDIDATE:
    case SK_RECORD_TASK:
    case SK_RECORD_SCENARIO:
    case SK_RECORD_CRITERION:
    case SK_RECORD_PARTICIPANT:
    case SK_RECORD_DEPENDENCY:
      return TRUE;
    default:
      return FALSE;
    }
}

/* The row of the item with this id in the meeting shown, or NULL. */
static SkAgendaItemRow *
find_item_row (SkAgendaView *self,
               const char   *id)
{
  SkAgendaItemRow *ir;

  for (guint i = 0; (ir = _sk_agenda_row_at (self, i)) != NULL; i++)
    if (g_strcmp0 (sk_agenda_item_row_get_item (ir)->id, id) == 0)
      return ir;
  return NULL;
}

/* "meeting/item[/part]": whether it is in the meeting shown, and the
 * item's id. */
static gboolean
split_item_path (SkAgendaView  *self,
                 const char    *path,
                 char         **meeting_id,
                 char         **item_id)
{
  g_auto(GStrv) parts = g_strsplit (path, "/", 3);

  if (parts[0] == NULL || parts[1] == NULL)
    return FALSE;
  *meeting_id = g_strdup (parts[0]);
  *item_id = g_strdup (parts[1]);
  return self->meeting != NULL && g_strcmp0 (self->meeting->id, parts[0]) == 0;
}

static gboolean
record_changed_vfunc (SkView       *view,
                      SkRecordKind  kind,
                      const char   *id,
                      const char   *field)
{
  SkAgendaView *self = SK_AGENDA_VIEW (view);
  g_autofree char *meeting_id = NULL;
  g_autofree char *item_id = NULL;
  SkAgendaItemRow *ir;
  guint index;

  if (not_shown_kind (kind))
    return TRUE;
  _sk_agenda_ensure_rows (self);
  if (kind == SK_RECORD_MATRIX || kind == SK_RECORD_TIMELINE || kind == SK_RECORD_COST_MODEL)
    {
      /* Their titles show in the items' links. */
      for (guint i = 0; (ir = _sk_agenda_row_at (self, i)) != NULL; i++)
        if (g_str_equal (field, "title"))
          sk_agenda_item_row_update_parts (ir, SK_RECORD_LINK);
      return TRUE;
    }
  if (kind != SK_RECORD_ITEM && kind != SK_RECORD_ATTACHMENT)
    return FALSE;
  if (!split_item_path (self, id, &meeting_id, &item_id))
    return TRUE;
  if ((ir = find_item_row (self, item_id)) == NULL)
    return FALSE;
  index = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (ir));
  /* An attachment closed or opened to the public: its item's record
   * (the public rows, the lock) is read again, and the item being edited
   * stays open where it is. */
  if (kind == SK_RECORD_ATTACHMENT)
    {
      sk_agenda_record_update_row (GTK_WIDGET (ir), sk_view_get_project (view), self->meeting, index, NULL);
      return TRUE;
    }
  sk_agenda_item_row_update_field (ir, field);
  /* The minutes move the times of the rows after it, a number theirs. */
  if (g_str_equal (field, "duration_min") || g_str_equal (field, "number"))
    _sk_agenda_update_rows (self, index, G_MAXUINT);
  else
    _sk_agenda_update_rows (self, index, index);
  /* Its record (case number, closed) is read again. */
  sk_agenda_record_update_row (GTK_WIDGET (ir), sk_view_get_project (view), self->meeting, index, NULL);
  return TRUE;
}

/* Moves the rows without building the list again: a long agenda stays
 * responsive while it is reordered.  The row with the focus moves with
 * its item (Alt+Down on it), and the focus stays on it
 * (sk_agenda_item_rows_move ()).  Other rows stay where they are and show
 * the items now in their places: moving a row widget among 200 restyles
 * the list (~6 M instructions).  A row whose editor is open moves with
 * it: by one place, its neighbour changes places instead and the page
 * scrolls by the neighbour's height, so that the item being edited, with
 * the focus, stays where it was on the screen (under the pointer that
 * clicked "Move Up"). */
static void
move_rows (SkAgendaView *self,
           guint         from,
           guint         to)
{
  GPtrArray *items = self->meeting->items;
  guint lo = MIN (from, to), hi = MAX (from, to);
  gboolean editing = FALSE, focused = FALSE;
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
  GtkListBoxRow *row;

  for (guint i = lo; i <= hi; i++)
    {
      SkAgendaItemRow *ir = _sk_agenda_row_at (self, i);

      editing |= sk_agenda_item_row_is_open (ir);
      focused |= sk_focus_is_within (focus, GTK_WIDGET (ir));
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

      sk_agenda_item_rows_move (self->items, to, from, self->meeting->items->len);
      if (scroller != NULL)
        {
          GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));

          gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + (to < from ? -height : height));
        }
      _sk_agenda_update_rows (self, lo, hi);
      return;
    }
  row = gtk_list_box_get_row_at_index (self->items, from);
  if (editing || sk_focus_is_within (focus, GTK_WIDGET (row)))
    sk_agenda_item_rows_move (self->items, from, to, items->len);
  else
    {
      for (guint i = lo; i <= hi; i++)
        sk_agenda_item_row_set_item (_sk_agenda_row_at (self, i), g_ptr_array_index (items, i));
      /* The focus goes with the item moved. */
      if (focused)
        gtk_widget_grab_focus (GTK_WIDGET (_sk_agenda_row_at (self, to)));
    }
  _sk_agenda_update_rows (self, lo, hi);
}

static gboolean
record_moved_vfunc (SkView       *view,
                    SkRecordKind  kind,
                    const char   *id,
                    guint         from,
                    guint         to)
{
  SkAgendaView *self = SK_AGENDA_VIEW (view);
  g_autofree char *meeting_id = NULL;
  g_autofree char *item_id = NULL;
  SkAgendaItemRow *ir;

  if (not_shown_kind (kind))
    return TRUE;
  _sk_agenda_ensure_rows (self);
  if (kind != SK_RECORD_ITEM)
    return FALSE;
  if (!split_item_path (self, id, &meeting_id, &item_id))
    return TRUE;
  if ((ir = _sk_agenda_row_at (self, from)) == NULL || _sk_agenda_row_at (self, to) == NULL ||
      g_ptr_array_index (self->meeting->items, to) != sk_agenda_item_row_get_item (ir))
    return FALSE;
  move_rows (self, from, to);
  return TRUE;
}

/* An item added or removed in the meeting shown: its row. */
static gboolean
item_listed (SkAgendaView *self,
             const char   *item_id,
             guint         position,
             gboolean      inserted)
{
  GPtrArray *items = self->meeting->items;
  SkAgendaItemRow *ir;

  /* The first item, or the last gone: the page changes more than a row. */
  if (self->items == NULL || items->len == 0 || (inserted && items->len == 1))
    {
      show_meeting (self, self->meeting, -1);
      return TRUE;
    }
  if (inserted)
    {
      SkItem *item = g_ptr_array_index (items, position);

      if (g_strcmp0 (item->id, item_id) != 0)
        return FALSE;
      for (guint i = items->len - 1; i > position; i--)
        sk_agenda_item_row_set_position (_sk_agenda_row_at (self, i - 1), i, items->len);
      ir = SK_AGENDA_ITEM_ROW (sk_agenda_item_row_new (self, item));
      sk_agenda_item_row_set_position (ir, position, items->len);
      gtk_list_box_insert (self->items, GTK_WIDGET (ir), position);
    }
  else
    {
      GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));
      gboolean focused;

      if ((ir = _sk_agenda_row_at (self, position)) == NULL || g_strcmp0 (sk_agenda_item_row_get_item (ir)->id, item_id) != 0)
        return FALSE;
      focused = sk_focus_is_within (focus, GTK_WIDGET (ir));
      gtk_list_box_remove (self->items, GTK_WIDGET (ir));
      /* The focus goes to the row now in its place. */
      if (focused)
        gtk_widget_grab_focus (GTK_WIDGET (_sk_agenda_row_at (self, MIN (position, items->len - 1))));
    }
  update_times (self);
  return TRUE;
}

static gboolean
record_listed_vfunc (SkView       *view,
                     SkRecordKind  kind,
                     const char   *id,
                     guint         position,
                     gboolean      inserted)
{
  SkAgendaView *self = SK_AGENDA_VIEW (view);
  g_autofree char *meeting_id = NULL;
  g_autofree char *item_id = NULL;
  SkAgendaItemRow *ir;
  SkMeeting *meeting;
  gboolean shown;

  if (not_shown_kind (kind))
    return TRUE;
  _sk_agenda_ensure_rows (self);
  if (kind != SK_RECORD_ITEM && kind != SK_RECORD_ATTACHMENT && kind != SK_RECORD_LINK)
    return FALSE;
  shown = split_item_path (self, id, &meeting_id, &item_id);
  if ((meeting = sk_project_find_meeting (sk_view_get_project (view), meeting_id)) == NULL)
    return FALSE;
  if (kind == SK_RECORD_ITEM)
    update_sidebar_row (self, meeting);
  if (!shown)
    return TRUE;
  if (kind == SK_RECORD_ITEM)
    return item_listed (self, item_id, position, inserted);
  if ((ir = find_item_row (self, item_id)) == NULL)
    return FALSE;
  sk_agenda_item_row_update_parts (ir, kind);
  update_times (self);
  sk_agenda_record_update_row (GTK_WIDGET (ir), sk_view_get_project (view), self->meeting,
                               gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (ir)), NULL);
  return TRUE;
}

static void
show_meeting (SkAgendaView *self,
              SkMeeting    *meeting,
              int           focus)
{
  GtkWidget *list, *add;
  GtkEventController *shortcuts;
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  sk_box_clear (self->content);
  self->meeting = meeting;
  self->items = NULL;
  self->end_label = NULL;
  self->rows_later = FALSE;
  _sk_agenda_show_meeting_header (self, self->content, meeting);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_widget_add_css_class (list, "sk-agenda");
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
  sk_agenda_item_rows_watch (list);
  sk_agenda_item_rows_keep_order (GTK_LIST_BOX (list));
  self->items = GTK_LIST_BOX (list);
  self->rows_made = 0;
  /* Before the window's first frame, the first row; the others as far as
   * the window shows them once it is laid out (_sk_agenda_rows_later ()),
   * the rest after the frame. */
  _sk_agenda_make_rows (self, GTK_IS_WINDOW (root) && !gtk_widget_get_mapped (GTK_WIDGET (root)) ? 1 : G_MAXUINT);
  if (meeting->items->len == 0)
    {
      gtk_box_append (self->content, sk_label_new (_("This meeting has no agenda items yet."), NULL));
      self->items = NULL;
      g_object_ref_sink (list);
      g_object_unref (list);
    }
  else
    gtk_box_append (self->content, list);

  add = gtk_button_new_with_mnemonic (_("_Add Item"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect_object (add, "clicked", G_CALLBACK (add_item_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (self->content, add);
  if (self->rows_later)
    _sk_agenda_rows_later (self, add);

  self->end_label = sk_label_new ("", "dim-label");
  gtk_box_append (self->content, self->end_label);
  if (self->items != NULL)
    update_times (self);
  else
    gtk_widget_set_visible (self->end_label, FALSE);

  _sk_agenda_show_planned_for (self, self->content, meeting);

  if (focus >= 0)
    _sk_agenda_ensure_rows (self);
  if (focus >= 0 && _sk_agenda_row_at (self, focus) != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (_sk_agenda_row_at (self, focus)));
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
  self->meeting = NULL;
  self->items = NULL;
  self->rows_later = FALSE;
  self->end_label = NULL;
  /* A page the user chose is shown again after an edit; the meeting plan
   * shown by default (a project without meetings yet) is not kept. */
  self->page = (record == &plan_marker || record == &schedule_marker) && !self->defaulting ? record : NULL;
  if (record == NULL)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  if (record == &plan_marker)
    _sk_agenda_show_plan (self, self->content);
  else if (record == &schedule_marker)
    _sk_agenda_show_schedule (self, self->content);
  else
    show_meeting (self, record, -1);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
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
  group = _sk_agenda_group_of (record);
  if (is_meeting (previous))
    previous_group = _sk_agenda_group_of (previous);
  if (g_strcmp0 (group, previous_group) == 0)
    gtk_list_box_row_set_header (row, NULL);
  else
    {
      GtkWidget *label = sk_label_new (group, "heading");

      /* A long body's name wraps: the sidebar keeps to its narrowest.
       * Its narrowest is measured from 12 characters, well inside the
       * sidebar's own (220 px): from none, every name was laid out a
       * character a line at start-up (~1 M instructions a heading). */
      sk_label_set_wraps (label);
      gtk_label_set_width_chars (GTK_LABEL (label), 12);
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
  g_ptr_array_sort_with_data (sorted, _sk_agenda_compare_meetings, meetings);
  for (guint i = 0; i < sorted->len; i++)
    {
      SkMeeting *m = g_ptr_array_index (sorted, i);
      g_autofree char *date = sk_format_date (m->date);
      g_autofree char *sub = NULL;

      sub = _sk_agenda_meeting_subtitle (m);
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
  if (keep != NULL && sk_sidebar_select_id (self->sidebar, keep, NULL))
    return;
  for (guint i = 0; i < sorted->len; i++)
    if (((SkMeeting *) g_ptr_array_index (sorted, i))->items->len > 0)
      {
        gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, i + first));
        return;
      }
  gtk_list_box_select_row (self->sidebar, gtk_list_box_get_row_at_index (self->sidebar, first));
}

/* Shows the meeting with this id, just added or edited: its group and
 * place in the side list may have changed. */
static void
select_meeting (SkAgendaView *self,
                const char   *id)
{
  GtkListBoxRow *row;

  for (int i = 0; (row = gtk_list_box_get_row_at_index (self->sidebar, i)) != NULL; i++)
    {
      gpointer record = sk_sidebar_row_get_record (row);

      if (is_meeting (record) && g_strcmp0 (((SkMeeting *) record)->id, id) == 0)
        {
          gtk_list_box_select_row (self->sidebar, row);
          return;
        }
    }
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

SkMeeting *
sk_agenda_view_get_meeting (SkAgendaView *self)
{
  return self->meeting;
}

/* The parts' requests (sk-agenda-view-private.h) */

static SkItem *
item_with_id (SkAgendaView *self,
              const char   *id)
{
  for (guint i = 0; self->meeting != NULL && i < self->meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (self->meeting->items, i);

      if (g_strcmp0 (item->id, id) == 0)
        return item;
    }
  return NULL;
}

static void
move_item_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  SkAgendaView *self = SK_AGENDA_VIEW (widget);
  const char *id;
  int delta;
  SkItem *item;

  g_variant_get (parameter, "(&si)", &id, &delta);
  if ((item = item_with_id (self, id)) != NULL)
    move_item (self, item, delta);
}

static void
move_item_to_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  guint from, to;

  g_variant_get (parameter, "(uu)", &from, &to);
  move_item_to (SK_AGENDA_VIEW (widget), from, to);
}

static void
remove_item_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  SkAgendaView *self = SK_AGENDA_VIEW (widget);
  SkItem *item = item_with_id (self, g_variant_get_string (parameter, NULL));

  if (item != NULL)
    remove_item (self, item);
}

static void
select_meeting_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  select_meeting (SK_AGENDA_VIEW (widget), g_variant_get_string (parameter, NULL));
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
  view_class->record_changed = record_changed_vfunc;
  view_class->record_listed = record_listed_vfunc;
  view_class->record_moved = record_moved_vfunc;
  view_class->row_selected = row_selected_vfunc;
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  _sk_agenda_install_meeting_actions (widget_class);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "meeting.print", NULL);
  gtk_widget_class_install_action (widget_class, "meeting.export-extract", "s", sk_agenda_export_extract);
  gtk_widget_class_install_action (widget_class, "agenda.move-item", "(si)", move_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.move-item-to", "(uu)", move_item_to_action);
  gtk_widget_class_install_action (widget_class, "agenda.remove-item", "s", remove_item_action);
  gtk_widget_class_install_action (widget_class, "agenda.select-meeting", "s", select_meeting_action);
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
