/* sk-date-picker.h — a date entry with a calendar beside it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *sk_date_picker_new (GtkWidget  *entry,
                               const char *name);

G_END_DECLS
