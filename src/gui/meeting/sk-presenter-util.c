/* sk-presenter-util.c — meeting mode's small parts: labels and framed
 * texts in its style, an item's heading, kind and planned time, whether
 * the board can decide
 *
 * Below the presentation, the console and their parts, which all use it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-format.h"
#include "sk-presenter-private.h"
#include "sk-presenter-record.h"
#include "sk-record.h"

/* "Decision · Kari Nordmann" */
char *
sk_presenter_item_meta (SkItem *item)
{
  GString *meta = g_string_new (sk_item_kind_label (item->kind));

  if (item->presenter && item->presenter[0])
    g_string_append_printf (meta, " · %s", item->presenter);
  return g_string_free (meta, FALSE);
}

/* "10:15–11:00", or NULL when the meeting has no times. */
char *
sk_presenter_planned_text (SkMeeting *m,
                           guint      position)
{
  g_autofree int *starts = g_new0 (int, m->items->len + 1);
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;
  int end = 0;

  if (!sk_meeting_item_times (m, starts, &end))
    return NULL;
  from = sk_format_time (starts[position]);
  to = sk_format_time (position + 1 < m->items->len ? starts[position + 1] : end);
  return g_strdup_printf ("%s–%s", from, to);
}

/* "7. Felles barnevern i Sogn" */
char *
sk_presenter_item_heading (SkMeeting *m,
                           guint      position)
{
  SkItem *item = g_ptr_array_index (m->items, position);
  g_autofree char *number = sk_meeting_item_number (m, position);

  return g_strdup_printf ("%s. %s", number, item->title);
}

GtkWidget *
sk_presenter_label_new (const char *css_class,
                        gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (wrap)
    gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (css_class)
    gtk_widget_add_css_class (label, css_class);
  return label;
}

GtkWidget *
sk_presenter_framed (const char *heading,
                     GtkLabel  **text_out)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *head = sk_presenter_label_new ("mm-heading", FALSE);
  GtkWidget *text = sk_presenter_label_new ("mm-text", TRUE);

  gtk_label_set_text (GTK_LABEL (head), heading);
  gtk_label_set_selectable (GTK_LABEL (text), FALSE);
  gtk_box_append (GTK_BOX (box), head);
  gtk_box_append (GTK_BOX (box), text);
  gtk_widget_add_css_class (box, "mm-frame");
  *text_out = GTK_LABEL (text);
  return box;
}

void
sk_presenter_fill_item_list (GtkListBox *list,
                             SkMeeting  *meeting)
{
  for (guint i = 0; meeting != NULL && i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      g_autofree char *number = sk_meeting_item_number (meeting, i);
      g_autofree char *text = g_strdup_printf ("%s. %s", number, item->title);
      GtkWidget *label = sk_presenter_label_new (NULL, TRUE);

      gtk_label_set_text (GTK_LABEL (label), text);
      gtk_list_box_append (list, label);
      /* The row the focus is on, named for a screen reader. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (label)),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
    }
}

char *
sk_presenter_record_quorum_text (SkProject *project,
                                 SkMeeting *meeting,
                                 guint      position,
                                 gboolean  *quorate_out)
{
  int present = 0, members = 0;
  gboolean quorate = FALSE;
  char *text;

  if (sk_record_quorum (project, meeting, position, &present, &members, &quorate))
    text = quorate
           /* Translators: before a vote in meeting mode, "7 of 7 present — the board can decide" */
           ? g_strdup_printf (_("%d of %d present — the board can decide"), present, members)
           /* Translators: kommunelova § 11-9: fewer than half the members are there */
           : g_strdup_printf (_("%d of %d present — the board cannot decide this case"), present, members);
  else
    text = g_strdup (_("Attendance not taken yet (A)"));
  *quorate_out = quorate;
  return text;
}
