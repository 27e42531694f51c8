/* sk-date-picker.c — a date entry with a calendar beside it
 *
 * The date may be typed as people write it ("10.2.2026") or picked from a
 * calendar in a popover: the day clicked is written into the entry as
 * the file writes dates (2026-02-10), and the entry's checks go on as
 * for a typed date.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-date-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-date.h"
#include "sk-date-picker.h"
#include "sk-format.h"
#include "sk-view-util.h"

/* The calendar opens on the date in the entry, if it is one. */
static void
popover_show_cb (GtkWidget   *popover,
                 GtkCalendar *calendar)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (calendar), "sk-entry");
  g_autofree char *iso = sk_date_from_input (gtk_editable_get_text (entry));
  GDate date;

  if (iso != NULL && sk_date_parse (iso, &date))
    {
      g_autoptr(GDateTime) day = g_date_time_new_local (g_date_get_year (&date), g_date_get_month (&date),
                                                        g_date_get_day (&date), 12, 0, 0);

      gtk_calendar_select_day (calendar, day);
    }
}

static void
day_selected_cb (GtkCalendar *calendar,
                 GtkWidget   *popover)
{
  GtkEditable *entry = g_object_get_data (G_OBJECT (calendar), "sk-entry");
  g_autoptr(GDateTime) day = gtk_calendar_get_date (calendar);
  g_autofree char *iso = g_date_time_format (day, "%Y-%m-%d");
  /* Written as the app shows dates; the entry takes this and ISO alike. */
  g_autofree char *text = sk_format_date_short (iso);

  /* Selecting the entry's own date as the popover opens changes nothing. */
  if (g_strcmp0 (text, gtk_editable_get_text (entry)) == 0 || !gtk_widget_get_mapped (popover))
    return;
  gtk_editable_set_text (entry, text);
  gtk_popover_popdown (GTK_POPOVER (popover));
}

/* The entry and, beside it, a button with a calendar; `name` is what
 * the entry asks for (its label), for a screen reader. */
GtkWidget *
sk_date_picker_new (GtkWidget  *entry,
                    const char *name)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *button = gtk_menu_button_new ();
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *calendar = gtk_calendar_new ();

  g_return_val_if_fail (GTK_IS_EDITABLE (entry), NULL);

  gtk_widget_set_hexpand (entry, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  g_object_set_data (G_OBJECT (calendar), "sk-entry", entry);
  gtk_popover_set_child (GTK_POPOVER (popover), calendar);
  g_signal_connect (popover, "show", G_CALLBACK (popover_show_cb), calendar);
  g_signal_connect (calendar, "day-selected", G_CALLBACK (day_selected_cb), popover);
  gtk_menu_button_set_popover (GTK_MENU_BUTTON (button), popover);
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (button), "x-office-calendar-symbolic");
  sk_widget_set_tip_and_name (button, _("Choose the Date"));
  gtk_box_append (GTK_BOX (box), entry);
  gtk_box_append (GTK_BOX (box), button);
  return box;
}
