/* sk-view-util.h — small helpers the four views share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *sk_sidebar_row_new        (const char *title,
                                      const char *subtitle,
                                      gpointer    record);
void       sk_sidebar_row_update     (GtkListBoxRow *row,
                                      const char    *title,
                                      const char    *subtitle,
                                      gpointer       record);
gpointer   sk_sidebar_row_get_record (GtkListBoxRow *row);
void       sk_sidebar_update_record  (GtkListBox    *box,
                                      gpointer       record,
                                      const char    *title,
                                      const char    *subtitle);
gboolean   sk_sidebar_select_id      (GtkListBox    *box,
                                      const char    *id,
                                      gconstpointer  skip);
void       sk_list_box_clear         (GtkListBox *box);
void       sk_box_clear              (GtkBox     *box);
GtkWidget *sk_sideways_scroller_new (GtkWidget  *child,
                                     const char *name);
/* The wheel over a spin button or a slider not being edited scrolls the
 * page instead of changing it. */
void       sk_page_wheel_passes_controls (GtkWidget *page);
GtkWidget *sk_label_new              (const char *text,
                                      const char *css_class);
GtkWidget *sk_text_block_new         (const char *text);
void       sk_label_set_wraps        (GtkWidget  *label);
GtkWidget *sk_heading_new            (const char *text);
GtkWidget *sk_sentence_new           (const char *text,
                                      const char *css_class);
void       sk_select_first_row       (GtkListBox *box);
void       sk_widget_unparent_children (GtkWidget *widget);
void       sk_scale_guard_scroll     (GtkWidget  *scale);
void       sk_widget_unblur_shadows  (GtkWidget  *widget);
gboolean   sk_widget_get_sight       (GtkWidget       *widget,
                                      float            slack,
                                      graphene_rect_t *sight);
typedef void (*SkWidgetLayoutFunc) (GtkWidget *widget);
void       sk_widget_watch_layout    (GtkWidget          *widget,
                                      SkWidgetLayoutFunc  func);
/* `content`, a child of `window`, hidden until the window's first layout
 * (which GTK does again with it before the first frame), then shown and
 * the focus given as GtkWindow gives it when shown: GTK 4.8 measured what
 * was shown before the window was as it showed the window and again in
 * its first layout. */
void       sk_window_show_in_first_layout (GtkWidget *window,
                                           GtkWidget *content);
/* Whether `focus` (a root's focus, or NULL) is `widget` or inside it: an
 * entry's or a spin button's text has the focus, never the entry. */
gboolean   sk_focus_is_within        (GtkWidget  *focus,
                                      GtkWidget  *widget);
/* The same of the focus of `widget`'s window. */
gboolean   sk_widget_has_focus_within (GtkWidget *widget);
void       sk_widget_set_tooltip     (GtkWidget  *widget,
                                      const char *text);
void       sk_widget_set_tip_and_name (GtkWidget *widget,
                                       const char *text);
GtkWidget *sk_flat_icon_button_new   (const char *icon,
                                      const char *tooltip,
                                      const char *action);
GtkWidget *sk_icon_button_new        (const char *icon,
                                      const char *tooltip,
                                      GCallback   callback,
                                      gpointer    data);
void       sk_spin_button_show_short (GtkWidget  *spin);
GtkWidget *sk_more_button_new        (const char *tooltip,
                                      GMenuModel *menu);
void       sk_popover_keeps_page     (GtkPopover *popover);
void       sk_row_title_keeps_words  (GtkWidget  *row);
void       sk_labels_width_for_any_height (GtkWidget  *widget,
                                           const char *label_class);
void       sk_labels_least_chars     (GtkWidget  *widget,
                                      const char *label_class,
                                      int         chars);

G_END_DECLS
