/* sk-attendance-page.c — who is at the meeting, taken at its start
 *
 * The secretary goes down the members as the chair calls the roll: ↑
 * and ↓ move between them, space says present or absent, D picks the
 * deputy who came instead (the member's personal deputies first, then
 * the numbered ones), Enter starts the meeting.  Everyone not touched
 * is present.  Opened again during the meeting (A), a member can also
 * have come at the case on the screen (R) or have left before it (L).
 * Every change is an edit of the record, one step of undo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-attendance"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-attendance-page.h"
#include "sk-document.h"
#include "sk-edit-record.h"
#include "sk-view-util.h"

typedef struct
{
  char      *member;
  GPtrArray *deputies;   /* ids, the first NULL: "no deputy" */
  GtkWidget *row;
  GtkWidget *present;
  GtkWidget *deputy;
  GtkWidget *status;
  GtkWidget *arrived;
  GtkWidget *left;
} Row;

struct _SkAttendancePage
{
  GtkBox      parent_instance;

  SkProject  *project;
  char       *meeting_id;
  char       *item_id;       /* during the meeting: the case shown */
  GPtrArray  *rows;          /* of Row */
  GPtrArray  *chairs;        /* member ids, the first NULL */
  gboolean    loading;
  gboolean    ahead;         /* before the meeting: absences notified */

  GtkWidget  *subtitle;
  GtkWidget  *hint;
  GtkListBox *list;
  GtkWidget  *chair;
  GtkWidget  *error;
  GtkWidget  *start;
};

G_DEFINE_FINAL_TYPE (SkAttendancePage, sk_attendance_page, GTK_TYPE_BOX)

enum { DONE, N_SIGNALS };
static guint signals[N_SIGNALS];

static void
row_free (gpointer data)
{
  Row *row = data;

  g_free (row->member);
  g_ptr_array_unref (row->deputies);
  g_free (row);
}

static SkMeeting *
meeting (SkAttendancePage *self)
{
  return sk_project_find_meeting (self->project, self->meeting_id);
}

static SkHistory *
history (SkAttendancePage *self)
{
  SkDocument *document = sk_document_from_project (self->project);

  return document ? sk_document_get_history (document) : NULL;
}

static void
show_error (SkAttendancePage *self,
            const GError     *error)
{
  gtk_label_set_text (GTK_LABEL (self->error), error ? error->message : "");
  gtk_widget_set_visible (self->error, error != NULL);
}

/* The member's attendance as recorded, or NULL when not yet. */
static SkAttendance *
find_attendance (GPtrArray  *attendance,
                 const char *member)
{
  for (guint i = 0; i < attendance->len; i++)
    {
      SkAttendance *a = g_ptr_array_index (attendance, i);

      if (g_strcmp0 (a->member, member) == 0)
        return a;
    }
  return NULL;
}

static guint
deputy_index (Row        *row,
              const char *deputy)
{
  for (guint i = 1; deputy != NULL && i < row->deputies->len; i++)
    if (g_strcmp0 (g_ptr_array_index (row->deputies, i), deputy) == 0)
      return i;
  return 0;
}

void
sk_attendance_page_reload (SkAttendancePage *self)
{
  SkMeeting *m = meeting (self);
  g_autoptr(GPtrArray) attendance = NULL;
  const char *chair;

  g_return_if_fail (SK_IS_ATTENDANCE_PAGE (self));
  if (m == NULL)
    return;
  attendance = sk_meeting_get_attendance (m);
  self->loading = TRUE;
  for (guint i = 0; i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);
      SkAttendance *a = find_attendance (attendance, row->member);
      gboolean present = a == NULL || a->present;

      gtk_check_button_set_active (GTK_CHECK_BUTTON (row->present), present);
      gtk_drop_down_set_selected (GTK_DROP_DOWN (row->deputy), a ? deputy_index (row, a->deputy) : 0);
      gtk_widget_set_sensitive (row->deputy, !present);
      gtk_label_set_text (GTK_LABEL (row->status),
                          a == NULL ? _("Present (not recorded yet)")
                          : present ? _("Present") : _("Absent, excused"));
      if (present)
        gtk_widget_remove_css_class (row->row, "mm-absent");
      else
        gtk_widget_add_css_class (row->row, "mm-absent");
      gtk_widget_set_visible (row->arrived, self->item_id != NULL);
      gtk_widget_set_visible (row->left, self->item_id != NULL);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (row->arrived),
                                   a && self->item_id && g_strcmp0 (a->arrived_from, self->item_id) == 0);
      gtk_check_button_set_active (GTK_CHECK_BUTTON (row->left),
                                   a && self->item_id && g_strcmp0 (a->left_from, self->item_id) == 0);
    }
  chair = sk_meeting_get_chair (m);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->chair), 0);
  for (guint i = 1; i < self->chairs->len; i++)
    if (g_strcmp0 (g_ptr_array_index (self->chairs, i), chair) == 0)
      gtk_drop_down_set_selected (GTK_DROP_DOWN (self->chair), i);
  self->loading = FALSE;
}

/* Records the row's attendance; `present`, `deputy`, `arrived` and `left`
 * as they are to be.  The arrival and leaving at other cases stay. */
static void
record (SkAttendancePage *self,
        Row              *row,
        gboolean          present,
        const char       *deputy,
        int               arrived,
        int               left)
{
  SkMeeting *m = meeting (self);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(GError) error = NULL;
  SkAttendance *a;
  const char *arrived_from, *left_from;

  if (m == NULL)
    return;
  attendance = sk_meeting_get_attendance (m);
  a = find_attendance (attendance, row->member);
  arrived_from = a ? a->arrived_from : NULL;
  left_from = a ? a->left_from : NULL;
  if (arrived >= 0)
    arrived_from = arrived ? self->item_id : NULL;
  if (left >= 0)
    left_from = left ? self->item_id : NULL;
  if (present)
    deputy = NULL;
  if (!sk_edit_set_attendance (history (self), self->project, self->meeting_id, row->member,
                               present, deputy, arrived_from, left_from, &error))
    show_error (self, error);
  else
    show_error (self, NULL);
  sk_attendance_page_reload (self);
}

static const char *
row_deputy (Row *row)
{
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (row->deputy));

  return selected < row->deputies->len ? g_ptr_array_index (row->deputies, selected) : NULL;
}

static void
present_toggled_cb (GtkCheckButton   *button,
                    SkAttendancePage *self)
{
  Row *row = g_object_get_data (G_OBJECT (button), "sk-row");

  if (!self->loading)
    record (self, row, gtk_check_button_get_active (button), row_deputy (row), -1, -1);
}

static void
deputy_selected_cb (GtkDropDown      *dropdown,
                    GParamSpec       *pspec,
                    SkAttendancePage *self)
{
  Row *row = g_object_get_data (G_OBJECT (dropdown), "sk-row");

  if (!self->loading)
    record (self, row, FALSE, row_deputy (row), -1, -1);
}

static void
arrived_toggled_cb (GtkCheckButton   *button,
                    SkAttendancePage *self)
{
  Row *row = g_object_get_data (G_OBJECT (button), "sk-row");

  if (!self->loading)
    record (self, row, gtk_check_button_get_active (GTK_CHECK_BUTTON (row->present)), row_deputy (row),
            button == GTK_CHECK_BUTTON (row->arrived) ? gtk_check_button_get_active (button) : -1,
            button == GTK_CHECK_BUTTON (row->left) ? gtk_check_button_get_active (button) : -1);
}

static void
chair_selected_cb (GtkDropDown      *dropdown,
                   GParamSpec       *pspec,
                   SkAttendancePage *self)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (self->loading || selected == 0 || selected >= self->chairs->len)
    return;
  if (!sk_edit_set_chair (history (self), self->project, self->meeting_id,
                          g_ptr_array_index (self->chairs, selected), &error))
    {
      /* The list shows who chairs as recorded, with why not the one chosen */
      show_error (self, error);
      sk_attendance_page_reload (self);
    }
}

static Row *
selected_row (SkAttendancePage *self)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->list);

  return row ? g_object_get_data (G_OBJECT (row), "sk-row") : NULL;
}

static void
select_index (SkAttendancePage *self,
              int               index)
{
  GtkListBoxRow *row;

  index = CLAMP (index, 0, (int) self->rows->len - 1);
  row = gtk_list_box_get_row_at_index (self->list, index);
  if (row == NULL)
    return;
  gtk_list_box_select_row (self->list, row);
  gtk_widget_grab_focus (GTK_WIDGET (row));
}

void
sk_attendance_page_start (SkAttendancePage *self)
{
  SkMeeting *m = meeting (self);
  SkHistory *h = history (self);
  g_autoptr(GPtrArray) attendance = NULL;
  g_autoptr(SkBody) body = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok = TRUE;

  g_return_if_fail (SK_IS_ATTENDANCE_PAGE (self));
  if (m == NULL)
    return;
  /* Ahead of the meeting only what was set is recorded: who is there is
   * taken when it starts. */
  if (self->ahead)
    {
      g_signal_emit (self, signals[DONE], 0);
      return;
    }
  attendance = sk_meeting_get_attendance (m);
  body = sk_project_get_body (self->project, m->body);
  if (h)
    sk_history_begin_group (h);
  for (guint i = 0; ok && i < self->rows->len; i++)
    {
      Row *row = g_ptr_array_index (self->rows, i);

      if (find_attendance (attendance, row->member) == NULL)
        ok = sk_edit_set_attendance (h, self->project, self->meeting_id, row->member, TRUE, NULL,
                                     NULL, NULL, &error);
    }
  if (ok && body != NULL && sk_meeting_get_chair (meeting (self)) == NULL)
    {
      /* None recorded: the leader, or else the deputy leader, there */
      g_autoptr(GPtrArray) now = sk_meeting_get_attendance (meeting (self));
      const char *chair = sk_body_present_leader (body, now);

      if (chair != NULL)
        ok = sk_edit_set_chair (h, self->project, self->meeting_id, chair, &error);
    }
  if (h)
    sk_history_end_group (h);
  sk_attendance_page_reload (self);
  show_error (self, ok ? NULL : error);
  if (ok)
    g_signal_emit (self, signals[DONE], 0);
}

gboolean
sk_attendance_page_handle_key (SkAttendancePage *self,
                               guint             keyval,
                               GdkModifierType   state)
{
  Row *row = selected_row (self);
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (self->list);
  int index = selected ? gtk_list_box_row_get_index (selected) : -1;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK))
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      select_index (self, index - 1);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      select_index (self, index + 1);
      return TRUE;
    case GDK_KEY_Home:
      select_index (self, 0);
      return TRUE;
    case GDK_KEY_End:
      select_index (self, (int) self->rows->len - 1);
      return TRUE;
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      if (row != NULL)
        record (self, row, !gtk_check_button_get_active (GTK_CHECK_BUTTON (row->present)),
                row_deputy (row), -1, -1);
      return TRUE;
    case GDK_KEY_d:
    case GDK_KEY_D:
      if (row != NULL)
        {
          guint n = row->deputies->len;
          guint at = gtk_check_button_get_active (GTK_CHECK_BUTTON (row->present)) ? 0
                     : gtk_drop_down_get_selected (GTK_DROP_DOWN (row->deputy));

          at = (keyval == GDK_KEY_D || (state & GDK_SHIFT_MASK)) ? (at + n - 1) % n : (at + 1) % n;
          record (self, row, FALSE, g_ptr_array_index (row->deputies, at), -1, -1);
        }
      return TRUE;
    case GDK_KEY_r:
    case GDK_KEY_l:
      if (row != NULL && self->item_id != NULL)
        {
          GtkWidget *check = keyval == GDK_KEY_r ? row->arrived : row->left;
          gboolean on = !gtk_check_button_get_active (GTK_CHECK_BUTTON (check));

          record (self, row, gtk_check_button_get_active (GTK_CHECK_BUTTON (row->present)), row_deputy (row),
                  keyval == GDK_KEY_r ? on : -1, keyval == GDK_KEY_l ? on : -1);
          return TRUE;
        }
      return FALSE;
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      sk_attendance_page_start (self);
      return TRUE;
    case GDK_KEY_Escape:
      if (self->item_id == NULL && !self->ahead)
        return FALSE;   /* at the start: leaving meeting mode asks */
      sk_attendance_page_start (self);
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                SkAttendancePage      *self)
{
  return sk_attendance_page_handle_key (self, keyval, state);
}

static GtkWidget *
check_new (const char       *label,
           Row              *row,
           SkAttendancePage *self,
           GCallback         callback)
{
  GtkWidget *check = gtk_check_button_new_with_label (label);

  g_object_set_data (G_OBJECT (check), "sk-row", row);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  g_signal_connect_object (check, "toggled", callback, self, 0);
  return check;
}

static void
add_row (SkAttendancePage *self,
         SkBody           *body,
         SkMember         *member)
{
  Row *row = g_new0 (Row, 1);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  GtkWidget *who = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *name = gtk_label_new (member->name);
  const char *role;

  row->member = g_strdup (member->id);
  row->deputies = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (row->deputies, NULL);
  gtk_string_list_append (names, _("No deputy"));
  /* The member's personal deputies first, then the numbered ones. */
  for (guint i = 0; member->deputies && i < member->deputies->len; i++)
    {
      SkDeputy *d = g_ptr_array_index (member->deputies, i);

      g_ptr_array_add (row->deputies, g_strdup (d->id));
      gtk_string_list_append (names, d->name);
    }
  for (guint i = 0; body->deputies && i < body->deputies->len; i++)
    {
      SkDeputy *d = g_ptr_array_index (body->deputies, i);

      g_ptr_array_add (row->deputies, g_strdup (d->id));
      gtk_string_list_append (names, d->name);
    }

  gtk_label_set_xalign (GTK_LABEL (name), 0);
  gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (name, "mm-member");
  gtk_box_append (GTK_BOX (who), name);
  row->status = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (row->status), 0);
  gtk_widget_add_css_class (row->status, "dim-label");
  role = member->role != SK_ROLE_MEMBER ? sk_role_label (member->role) : NULL;
  gtk_box_append (GTK_BOX (who), row->status);
  gtk_widget_set_hexpand (who, TRUE);
  gtk_box_append (GTK_BOX (box), who);
  if (role != NULL)
    {
      GtkWidget *role_label = gtk_label_new (role);

      gtk_widget_add_css_class (role_label, "dim-label");
      gtk_box_append (GTK_BOX (box), role_label);
    }

  row->present = check_new (_("Present"), row, self, G_CALLBACK (present_toggled_cb));
  sk_widget_set_tooltip (row->present, _("Present, or absent, excused (space)"));
  gtk_box_append (GTK_BOX (box), row->present);
  row->deputy = gtk_drop_down_new (G_LIST_MODEL (g_steal_pointer (&names)), NULL);
  g_object_set_data (G_OBJECT (row->deputy), "sk-row", row);
  gtk_widget_set_valign (row->deputy, GTK_ALIGN_CENTER);
  gtk_widget_set_size_request (row->deputy, 260, -1);
  sk_widget_set_tooltip (row->deputy, _("The deputy who attended instead (D)"));
  {
    g_autofree char *label = g_strdup_printf (_("Deputy for %s"), member->name);

    gtk_accessible_update_property (GTK_ACCESSIBLE (row->deputy), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  }
  g_signal_connect_object (row->deputy, "notify::selected", G_CALLBACK (deputy_selected_cb), self, 0);
  gtk_box_append (GTK_BOX (box), row->deputy);
  row->arrived = check_new (_("Came at this case"), row, self, G_CALLBACK (arrived_toggled_cb));
  sk_widget_set_tooltip (row->arrived, _("Who attended came at the case on the screen (R)"));
  gtk_box_append (GTK_BOX (box), row->arrived);
  row->left = check_new (_("Left before this case"), row, self, G_CALLBACK (arrived_toggled_cb));
  sk_widget_set_tooltip (row->left, _("Who attended had left before the case on the screen (L)"));
  gtk_box_append (GTK_BOX (box), row->left);

  gtk_list_box_append (self->list, box);
  row->row = gtk_widget_get_parent (box);
  gtk_widget_add_css_class (row->row, "mm-attendance-row");
  g_object_set_data (G_OBJECT (row->row), "sk-row", row);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row->row), GTK_ACCESSIBLE_PROPERTY_LABEL, member->name, -1);
  g_ptr_array_add (self->rows, row);
}

void
sk_attendance_page_set_item (SkAttendancePage *self,
                             const char       *item_id)
{
  SkMeeting *m;
  SkItem *item = NULL;

  g_return_if_fail (SK_IS_ATTENDANCE_PAGE (self));
  g_free (self->item_id);
  self->item_id = g_strdup (item_id);
  m = meeting (self);
  for (guint i = 0; m && item_id && i < m->items->len; i++)
    if (g_strcmp0 (((SkItem *) g_ptr_array_index (m->items, i))->id, item_id) == 0)
      item = g_ptr_array_index (m->items, i);
  if (item != NULL)
    {
      /* Translators: over the attendance opened during the meeting; %s is the case's title */
      g_autofree char *text = g_strdup_printf (_("During “%s”"), item->title);

      gtk_label_set_text (GTK_LABEL (self->subtitle), text);
    }
  else
    gtk_label_set_text (GTK_LABEL (self->subtitle), m ? m->body : "");
  gtk_label_set_text (GTK_LABEL (self->hint),
                      self->ahead ? _("↑ ↓ member · Space present or absent · D deputy · Enter done")
                      : item_id ? _("↑ ↓ member · Space present or absent · D deputy · R came at this case · "
                                  "L left before this case · Enter back to the case")
                              : _("↑ ↓ member · Space present or absent · D deputy · Enter start the meeting"));
  gtk_button_set_label (GTK_BUTTON (self->start), self->ahead ? _("_Done")
                                                  : item_id ? _("_Back to the Case") : _("_Start the Meeting"));
  sk_attendance_page_reload (self);
}

void
sk_attendance_page_focus (SkAttendancePage *self)
{
  GtkListBoxRow *row;

  g_return_if_fail (SK_IS_ATTENDANCE_PAGE (self));
  row = gtk_list_box_get_selected_row (self->list);
  if (row == NULL)
    row = gtk_list_box_get_row_at_index (self->list, 0);
  if (row != NULL)
    {
      gtk_list_box_select_row (self->list, row);
      gtk_widget_grab_focus (GTK_WIDGET (row));
    }
}

SkAttendancePage *
sk_attendance_page_new (SkProject  *project,
                        const char *meeting_id)
{
  SkAttendancePage *self = g_object_new (SK_TYPE_ATTENDANCE_PAGE, NULL);
  SkMeeting *m = sk_project_find_meeting (project, meeting_id);
  g_autoptr(SkBody) body = m ? sk_project_get_body (project, m->body) : NULL;
  g_autoptr(GtkStringList) chairs = gtk_string_list_new (NULL);

  self->project = g_object_ref (project);
  self->meeting_id = g_strdup (meeting_id);
  g_ptr_array_add (self->chairs, NULL);
  gtk_string_list_append (chairs, _("Not recorded"));
  for (guint i = 0; body && i < body->members->len; i++)
    {
      SkMember *member = g_ptr_array_index (body->members, i);

      add_row (self, body, member);
      g_ptr_array_add (self->chairs, g_strdup (member->id));
      gtk_string_list_append (chairs, member->name);
    }
  gtk_drop_down_set_model (GTK_DROP_DOWN (self->chair), G_LIST_MODEL (chairs));
  sk_attendance_page_set_item (self, NULL);
  return self;
}

static void
start_clicked_cb (SkAttendancePage *self)
{
  sk_attendance_page_start (self);
}

static void
sk_attendance_page_dispose (GObject *object)
{
  SkAttendancePage *self = SK_ATTENDANCE_PAGE (object);

  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_attendance_page_parent_class)->dispose (object);
}

static void
sk_attendance_page_finalize (GObject *object)
{
  SkAttendancePage *self = SK_ATTENDANCE_PAGE (object);

  g_free (self->meeting_id);
  g_free (self->item_id);
  g_ptr_array_unref (self->rows);
  g_ptr_array_unref (self->chairs);
  G_OBJECT_CLASS (sk_attendance_page_parent_class)->finalize (object);
}

static void
sk_attendance_page_class_init (SkAttendancePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_attendance_page_dispose;
  object_class->finalize = sk_attendance_page_finalize;
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-attendance-page.ui");
  gtk_widget_class_bind_template_child (widget_class, SkAttendancePage, subtitle);
  gtk_widget_class_bind_template_child (widget_class, SkAttendancePage, hint);
  gtk_widget_class_bind_template_child (widget_class, SkAttendancePage, list);
  gtk_widget_class_bind_template_child (widget_class, SkAttendancePage, chair);
  gtk_widget_class_bind_template_child (widget_class, SkAttendancePage, error);
  gtk_widget_class_bind_template_child (widget_class, SkAttendancePage, start);
  gtk_widget_class_bind_template_callback (widget_class, start_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, key_pressed_cb);
}

static void
sk_attendance_page_init (SkAttendancePage *self)
{
  self->rows = g_ptr_array_new_with_free_func (row_free);
  self->chairs = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->chair, "notify::selected", G_CALLBACK (chair_selected_cb), self, 0);
}

void
sk_attendance_page_set_ahead (SkAttendancePage *self,
                              gboolean          ahead)
{
  g_return_if_fail (SK_IS_ATTENDANCE_PAGE (self));

  self->ahead = ahead;
  sk_attendance_page_set_item (self, NULL);
}
