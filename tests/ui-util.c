/* ui-util.c — what the tests of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui-util.h"

#include <glib/gstdio.h>

#include "sk-document.h"

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

/* The text of a label or an inscription (a text that changes often,
 * drawn in a fixed place: the matrix's ranking, the costs' amounts);
 * NULL for another widget. */
const char *
label_text (GtkWidget *widget)
{
  if (GTK_IS_INSCRIPTION (widget))
    return gtk_inscription_get_text (GTK_INSCRIPTION (widget));
  if (GTK_IS_LABEL (widget))
    return gtk_label_get_text (GTK_LABEL (widget));
  return NULL;
}

/* A label or an inscription shown with exactly this text. */
gboolean
is_label_starting_with (GtkWidget     *widget,
                   gconstpointer  start)
{
  return GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), start);
}

gboolean
is_label_saying (GtkWidget     *widget,
                 gconstpointer  text)
{
  const char *shown = label_text (widget);

  return shown != NULL && gtk_widget_get_mapped (widget) && g_strcmp0 (shown, text) == 0;
}

/* The first shown label (or inscription) below root with exactly this
 * text. */
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

/* A widget of a type (a GType in a pointer), shown or not. */
gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

gboolean
is_button_labelled (GtkWidget     *widget,
                    gconstpointer  label)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

gboolean
is_dialog_headed (GtkWidget     *widget,
                  gconstpointer  heading)
{
  return ADW_IS_MESSAGE_DIALOG (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (widget)), heading) == 0;
}

/* The first window that passes the test. */
GtkWidget *
find_toplevel (WidgetTest     test,
               gconstpointer  data)
{
  GtkWidget *found = NULL;
  GList *toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l && found == NULL; l = l->next)
    if (test (l->data, data))
      found = l->data;
  g_list_free (toplevels);
  return found;
}

AdwMessageDialog *
wait_for_dialog (const char *heading)
{
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < deadline)
    {
      GtkWidget *found = find_toplevel (is_dialog_headed, heading);

      if (found)
        return ADW_MESSAGE_DIALOG (found);
      g_main_context_iteration (NULL, TRUE);
    }
  g_assert_not_reached ();
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
/* Every warning and critical stays fatal but one: GTK 4.8's "Trying to
 * snapshot … without a current allocation", which it prints when a
 * widget is queued for drawing between a frame's layout and its drawing
 * (on a busy machine: a toast's button shown as an export ends, a
 * spin button's gizmo in meeting mode); the widget is drawn in the next
 * frame and nothing is lost.  The test says it saw it.
 *
 * GTK logs through the structured API, where the test framework's fatal
 * handler is not asked: the writer decides, writing that one message
 * without its fatal flag and every other through GLib's default writer
 * (which aborts on a fatal one, as before). */
static gboolean
is_snapshot_warning (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields)
{
  const char *domain = NULL, *message = NULL;

  if (!(level & G_LOG_LEVEL_WARNING))
    return FALSE;
  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
      domain = fields[i].value;
    else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      message = fields[i].value;
  return g_strcmp0 (domain, "Gtk") == 0 && message != NULL &&
         g_str_has_prefix (message, "Trying to snapshot ") &&
         g_str_has_suffix (message, " without a current allocation");
}

static void (*snapshot_warning_hook) (const char *message);

void
ui_test_on_snapshot_warning (void (*hook) (const char *message))
{
  snapshot_warning_hook = hook;
}

static GLogWriterOutput
test_writer (GLogLevelFlags   level,
             const GLogField *fields,
             gsize            n_fields,
             gpointer         user_data)
{
  if (is_snapshot_warning (level, fields, n_fields))
    {
      g_test_message ("not fatal: a GTK warning of a widget drawn before its allocation");
      if (snapshot_warning_hook != NULL)
        snapshot_warning_hook (NULL);
      return g_log_writer_standard_streams (level & ~G_LOG_FLAG_FATAL, fields, n_fields, user_data);
    }
  return g_log_writer_default (level, fields, n_fields, user_data);
}

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
  g_log_set_writer_func (test_writer, NULL, NULL);
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

/* A signal handler that sets the gboolean `flag` points to. */
void
set_flag_cb (gpointer instance,
             gpointer flag)
{
  *(gboolean *) flag = TRUE;
}

static void
frame_painted_cb (GdkFrameClock *clock,
                  guint         *pending)
{
  g_signal_handlers_disconnect_by_func (clock, frame_painted_cb, pending);
  (*pending)--;
}

/* Everything ready has run, and every shown window has drawn a frame:
 * events alone can be handled before a change is allocated (on a fast
 * machine, always), so this waits for the next frame's paint too. */
void
drain (void)
{
  g_autoptr(GPtrArray) clocks = g_ptr_array_new_with_free_func (g_object_unref);
  GList *toplevels;
  guint pending = 0;
  gint64 deadline;

  while (g_main_context_iteration (NULL, FALSE))
    ;
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l; l = l->next)
    {
      GdkFrameClock *clock;

      if (!gtk_widget_get_mapped (l->data) || (clock = gtk_widget_get_frame_clock (l->data)) == NULL)
        continue;
      g_ptr_array_add (clocks, g_object_ref (clock));
      g_signal_connect (clock, "after-paint", G_CALLBACK (frame_painted_cb), &pending);
      gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_LAYOUT | GDK_FRAME_CLOCK_PHASE_PAINT);
      pending++;
    }
  g_list_free (toplevels);
  deadline = g_get_monotonic_time () + G_USEC_PER_SEC / 2;
  while (pending > 0 && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  /* A window that did not draw in time (one closing, say): let go. */
  for (guint i = 0; i < clocks->len; i++)
    g_signal_handlers_disconnect_by_func (clocks->pdata[i], frame_painted_cb, &pending);
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The history of the document shown in `window`. */
SkHistory *
history_of (SkWindow *window)
{
  return sk_document_get_history (sk_document_from_project (sk_window_get_project (window)));
}

/* What Ctrl+Z does: the window's undo, which has that shortcut. */
void
press_ctrl_z (SkWindow *window)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (window));
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (app, "win.undo");

  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>z"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  drain ();
}

/* A copy of the file `example` in a folder of its own: the window's lock
 * goes there, not beside the example. */
char *
copy_example (const char *example)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("sakskart-test-XXXXXX", &error);
  g_autofree char *data = NULL;
  gsize length;
  char *path;

  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (example, &data, &length, NULL));
  path = g_build_filename (dir, "example.sakskart", NULL);
  g_assert_true (g_file_set_contents (path, data, length, NULL));
  return path;
}

/* A copy of the example (copy_example ()) in which the member named
 * `name` is named `new_name`. */
char *
copy_example_renaming (const char *example,
                       const char *name,
                       const char *new_name)
{
  char *path = copy_example (example);
  g_autofree char *data = NULL;
  g_autofree char *from = g_strdup_printf ("\"name\": \"%s\"", name);
  g_autofree char *to = g_strdup_printf ("\"name\": \"%s\"", new_name);
  g_autofree char *changed = NULL;
  g_autofree char *pattern = g_regex_escape_string (from, -1);
  g_autoptr(GRegex) re = g_regex_new (pattern, 0, 0, NULL);

  g_assert_true (g_file_get_contents (path, &data, NULL, NULL));
  changed = g_regex_replace_literal (re, data, -1, 0, to, 0, NULL);
  g_assert_cmpstr (changed, !=, data);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));
  return path;
}

/* Removes the copy at `path` and its folder, with whatever the window
 * left there (a lock, a backup, a PDF). */
void
remove_copy (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  const char *name;

  while (listing != NULL && (name = g_dir_read_name (listing)) != NULL)
    {
      g_autofree char *file = g_build_filename (dir, name, NULL);

      g_remove (file);
    }
  g_rmdir (dir);
}

SkWindow *
ui_window_open_loaded (SkApplication *app,
                       const char    *path,
                       int            width,
                       int            height)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SkWindow *window = sk_window_new (app);
  gboolean loaded = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (window, "loaded", G_CALLBACK (set_flag_cb), &loaded);
  sk_window_open_file (window, file, FALSE);
  while (!loaded && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (loaded);
  g_signal_handlers_disconnect_by_func (window, set_flag_cb, &loaded);
  return window;
}
