/* ui-util.h — what the tests of the window share: finding widgets and
 * the application the windows open in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-application.h"
#include "sk-history.h"
#include "sk-window.h"
#include "press-shortcut.h"

G_BEGIN_DECLS

/* Whether a widget is the one looked for, described by `data`. */
typedef gboolean (*WidgetTest) (GtkWidget     *widget,
                                gconstpointer  data);

GtkWidget     *find_widget      (GtkWidget     *root,
                                 WidgetTest     test,
                                 gconstpointer  data);
const char    *label_text       (GtkWidget     *widget);
gboolean       is_label_saying  (GtkWidget     *widget,
                                 gconstpointer  text);
gboolean       is_label_starting_with (GtkWidget   *widget,
                                       gconstpointer start);
GtkWidget     *find_label       (GtkWidget     *root,
                                 const char    *text);
gboolean       is_shown_of_type (GtkWidget     *widget,
                                 gconstpointer  type);
GtkWidget     *find_type        (GtkWidget     *root,
                                 GType          type);
gboolean       is_of_type       (GtkWidget     *widget,
                                 gconstpointer  type);
/* A shown button with this label, a shown message dialog with this
 * heading. */
gboolean       is_button_labelled (GtkWidget   *widget,
                                   gconstpointer label);
gboolean       is_dialog_headed (GtkWidget     *widget,
                                 gconstpointer  heading);
GtkWidget     *find_toplevel    (WidgetTest     test,
                                 gconstpointer  data);
/* The shown message dialog with this heading, waited for (at most 10 s,
 * then the test fails). */
AdwMessageDialog *wait_for_dialog (const char  *heading);
GtkWidget     *item_row_titled  (SkWindow      *window,
                                 const char    *title);

void           set_flag_cb      (gpointer       instance,
                                 gpointer       flag);
void           drain            (void);
SkHistory     *history_of       (SkWindow      *window);
void           press_ctrl_z     (SkWindow      *window);
char          *copy_example     (const char    *example);
char          *copy_example_renaming (const char *example,
                                      const char *name,
                                      const char *new_name);
void           remove_copy      (const char    *path);

char          *ui_test_init     (int           *argc,
                                 char        ***argv,
                                 const char    *a11y);
SkApplication *ui_test_app_new  (GCallback      startup);
/* A window of `app` shown (`width` × `height`, or its default size for
 * 0) with the project in `path` loaded into it. */
SkWindow      *ui_window_open_loaded (SkApplication *app,
                                      const char    *path,
                                      int            width,
                                      int            height);
int            ui_test_run      (SkApplication *app);
/* `hook` called at each GTK warning of a widget drawn before its
 * allocation (NULL: none). */
void           ui_test_on_snapshot_warning (void (*hook) (const char *message));

G_END_DECLS
