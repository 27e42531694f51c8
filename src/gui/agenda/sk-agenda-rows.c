/* sk-agenda-rows.c — the rows of a meeting's agenda: their lines, and
 * making them, before the window's first frame only those in sight
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-agenda-item.h"
#include "sk-agenda-record.h"
#include "sk-agenda-view-private.h"
#include "sk-format.h"
#include "sk-page.h"

/* Shadows and focus rings reach outside a row's bounds. */
#define SK_ROWS_SLACK 16

SkAgendaItemRow *
_sk_agenda_row_at (SkAgendaView *self,
                   guint         index)
{
  GtkListBoxRow *row = self->items ? gtk_list_box_get_row_at_index (self->items, index) : NULL;

  return row && SK_IS_AGENDA_ITEM_ROW (row) ? SK_AGENDA_ITEM_ROW (row) : NULL;
}

/* The lines of rows `first` to `last`, their record's marks, and when
 * the meeting ends.  A move changes the numbers and times of the rows
 * between its places only. */
void
_sk_agenda_update_rows (SkAgendaView *self,
                        guint         first,
                        guint         last)
{
  g_autofree int *starts = g_new0 (int, self->meeting->items->len + 1);
  SkAgendaItemRow *ir;
  gboolean timed;
  int end = 0;

  timed = sk_meeting_item_times (self->meeting, starts, &end);
  for (guint i = first; i <= last && (ir = _sk_agenda_row_at (self, i)) != NULL; i++)
    {
      SkItem *item = sk_agenda_item_row_get_item (ir);
      g_autofree char *number = sk_meeting_item_number (self->meeting, i);
      gboolean untitled = item->title == NULL || item->title[0] == '\0';
      g_autofree char *title = g_strdup_printf ("%s. %s", number, untitled ? _("(no title)") : item->title);
      g_autoptr(GString) sub = g_string_new (NULL);

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
      sk_agenda_record_update_row (GTK_WIDGET (ir), sk_view_get_project (SK_VIEW (self)), self->meeting, i, sub->str);
      sk_agenda_item_row_show_line (ir, title, sub->str, untitled);
      sk_agenda_item_row_set_position (ir, i, self->meeting->items->len);
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
}

void
_sk_agenda_make_rows (SkAgendaView *self,
                      guint         upto)
{
  guint from = self->rows_made, n = self->meeting->items->len;
  SkAgendaItemRow *last;

  upto = MIN (upto, n);
  /* GTK 4.8 restyles a row that becomes the last, not the one that was:
   * the last row made kept the look of a boxed list's last row (no line
   * under it, round corners).  A class changed makes it look at its
   * place again, and it is measured again for the line's pixel. */
  if (from > 0 && from < upto && (last = _sk_agenda_row_at (self, from - 1)) != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (last), "sk-moved");
      gtk_widget_remove_css_class (GTK_WIDGET (last), "sk-moved");
      gtk_widget_queue_resize (GTK_WIDGET (last));
    }
  for (guint i = from; i < upto; i++)
    {
      GtkWidget *row = sk_agenda_item_row_new (self, g_ptr_array_index (self->meeting->items, i));

      sk_agenda_item_row_set_position (SK_AGENDA_ITEM_ROW (row), i, n);
      gtk_list_box_append (self->items, row);
    }
  self->rows_made = MAX (from, upto);
  self->rows_later = self->rows_made < n;
  /* Rows made later: their lines, as the first ones had theirs. */
  if (from < upto && from > 0)
    _sk_agenda_update_rows (self, from, G_MAXUINT);
}

void
_sk_agenda_ensure_rows (SkAgendaView *self)
{
  if (self->rows_later && self->items != NULL)
    _sk_agenda_make_rows (self, G_MAXUINT);
  self->rows_later = FALSE;
}

static void
rows_later_cb (gpointer data)
{
  _sk_agenda_ensure_rows (data);
}

/* After each layout while rows wait: those the page shows are made at
 * once, in the frame's layout phase (the window lays itself out again
 * before it draws), as many as fit in the sight below the last one made,
 * by the first row's height; the others right after the frame.  A second
 * guess in one page makes every row. */
static void
rows_layout_cb (GtkWidget *below)
{
  SkAgendaView *self = g_object_get_data (G_OBJECT (below), "sk-agenda-view");
  GtkListBoxRow *first;
  graphene_rect_t sight;
  float gap;
  int height;

  if (self == NULL || !self->rows_later || self->items == NULL)
    return;
  first = gtk_list_box_get_row_at_index (self->items, 0);
  height = first ? gtk_widget_get_height (GTK_WIDGET (first)) : 0;
  if (!sk_widget_get_sight (below, SK_ROWS_SLACK, &sight) || height <= 0)
    _sk_agenda_ensure_rows (self);
  else if ((gap = sight.origin.y + sight.size.height) > 0)
    {
      if (g_object_get_data (G_OBJECT (below), "sk-rows-guessed"))
        _sk_agenda_ensure_rows (self);
      else
        _sk_agenda_make_rows (self, self->rows_made + (guint) (gap / height) + 1);
      g_object_set_data (G_OBJECT (below), "sk-rows-guessed", GINT_TO_POINTER (1));
    }
  if (self->rows_later)
    sk_page_after_first_frame (SK_PAGE (self->content), rows_later_cb, self);
}

void
_sk_agenda_rows_later (SkAgendaView *self,
                       GtkWidget    *below)
{
  g_object_set_data (G_OBJECT (below), "sk-agenda-view", self);
  sk_widget_watch_layout (below, rows_layout_cb);
}
