/* ui-util.c — what the tests of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui-util.h"

/* The first widget below root, depth first, that passes the test. */
GtkWidget *
find_widget (GtkWidget     *root,
             WidgetTest     test,
             gconstpointer  data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (test (child, data))
        return child;
      if ((found = find_widget (child, test, data)) != NULL)
        return found;
    }
  return NULL;
}

gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The first shown label below root with exactly this text. */
GtkWidget *
find_label (GtkWidget  *root,
            const char *text)
{
  return find_widget (root, is_label_saying, text);
}

gboolean
is_shown_of_type (GtkWidget     *widget,
                  gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type)) && gtk_widget_get_mapped (widget);
}

/* The first shown widget of a type below root. */
GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  return find_widget (root, is_shown_of_type, GSIZE_TO_POINTER (type));
}

/* The agenda row of the item whose title (with its number) is shown. */
GtkWidget *
item_row_titled (SkWindow   *window,
                 const char *title)
{
  GtkWidget *label = find_label (GTK_WIDGET (window), title);

  g_assert_nonnull (label);
  return gtk_widget_get_ancestor (label, GTK_TYPE_LIST_BOX_ROW);
}

/* The start of a window test program: settings in memory, English
 * (en_US.UTF-8), the cairo renderer unless asked otherwise, GTK_A11Y set
 * to `a11y`, and the test framework; the path of the example project. */
char *
ui_test_init (int         *argc,
              char      ***argv,
              const char  *a11y)
{
  g_setenv ("GSETTINGS_BACKEND", "memory", TRUE);
  g_setenv ("LC_ALL", "en_US.UTF-8", TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GTK_A11Y", a11y, TRUE);
  g_test_init (argc, argv, NULL);
  return g_test_build_filename (G_TEST_DIST, "..", "data", "example.sakskart", NULL);
}

/* The application the tests open their windows in: not unique,
 * registered and held, and without animations (a test looks at the end
 * state, not at a frame of the way there).  `startup` (may be NULL) is
 * connected to "startup" before it registers. */
SkApplication *
ui_test_app_new (GCallback startup)
{
  SkApplication *app = sk_application_new ();

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  if (startup != NULL)
    g_signal_connect (app, "startup", startup, NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  g_application_hold (G_APPLICATION (app));
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  return app;
}

/* Runs the tests, then lets the application go; what g_test_run returns. */
int
ui_test_run (SkApplication *app)
{
  int status = g_test_run ();

  g_application_release (G_APPLICATION (app));
  g_object_unref (app);
  return status;
}
