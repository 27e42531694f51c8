/* sk-combo-whole.c — a combo row of strings that shows each choice whole
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "sk-combo-whole.h"

static void
row_setup_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
row_bind_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item)
{
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      string ? gtk_string_object_get_string (string) : "");
}

/* The check mark follows the item's selection */
static void
selected_cb (GtkListItem *item,
             GParamSpec  *pspec,
             GtkWidget   *check)
{
  gtk_widget_set_opacity (check, gtk_list_item_get_selected (item) ? 1 : 0);
}

static void
list_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (item, box);
  g_signal_connect_object (item, "notify::selected", G_CALLBACK (selected_cb), check, 0);
}

static void
list_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkStringObject *string = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_widget_get_first_child (box)),
                      string ? gtk_string_object_get_string (string) : "");
  selected_cb (item, NULL, gtk_widget_get_last_child (box));
}

void
sk_combo_row_show_whole (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) shown = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_return_if_fail (ADW_IS_COMBO_ROW (row));
  g_signal_connect (shown, "setup", G_CALLBACK (row_setup_cb), NULL);
  g_signal_connect (shown, "bind", G_CALLBACK (row_bind_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (list_setup_cb), NULL);
  g_signal_connect (list, "bind", G_CALLBACK (list_bind_cb), NULL);
  adw_combo_row_set_factory (row, shown);
  adw_combo_row_set_list_factory (row, list);
}
