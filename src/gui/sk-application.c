/* sk-application.c — the application: windows, app-wide actions, settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-application"

#include "config.h"

#include <glib/gi18n.h>
#include <glib-unix.h>
#include <signal.h>

#include "sk-application.h"
#include "sk-font-warmup.h"
#include "sk-gantt.h"
#include "sk-gantt-chart.h"
#include "sk-startup-theme.h"
#include "sk-startup-thread.h"
#include "sk-window.h"

struct _SkApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  gboolean        open_example;
  char           *view;          /* --view: the view to show first */
  char         ***arguments;     /* in local_command_line (): the files left after the options */
};

G_DEFINE_FINAL_TYPE (SkApplication, sk_application, ADW_TYPE_APPLICATION)

static void
apply_style (SkApplication *self)
{
  g_autofree char *style = g_settings_get_string (self->settings, "style");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (style, "light"))
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (style, "dark"))
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
style_changed_cb (SkApplication *self)
{
  apply_style (self);
}

static SkWindow *
new_window (SkApplication *self)
{
  SkWindow *window = sk_window_new (self);

  gtk_window_present (GTK_WINDOW (window));
  return window;
}

/* For bench/run.py: quit once the first frame with the project is drawn. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      GtkWidget     *window)
{
  /* The first frame that shows the project, not an empty window. */
  if (!g_object_get_data (G_OBJECT (window), "sk-bench-loaded"))
    return;
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, window);
  /* The moment of the frame, on the clock bench/run.py started us by, so
   * that tearing the window down on quit is not counted as start-up. */
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_application_quit (G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window))));
}

static void
bench_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (bench_after_paint_cb), window);
}

static void
bench_loaded_cb (GtkWidget *window)
{
  g_object_set_data (G_OBJECT (window), "sk-bench-loaded", GINT_TO_POINTER (1));
  gtk_widget_queue_draw (window);
}

static void
prepare_window (SkApplication *self,
                SkWindow      *window)
{
  if (g_getenv ("SAKSKART_BENCH_QUIT_AFTER_FIRST_FRAME") != NULL)
    {
      g_signal_connect (window, "realize", G_CALLBACK (bench_realize_cb), NULL);
      g_signal_connect (window, "loaded", G_CALLBACK (bench_loaded_cb), NULL);
    }
  if (self->view != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-view", "s", self->view);
}

/* The file a start reopens, or NULL when it shows the example project:
 * the first launch, and --example, show the example; later launches
 * reopen the last file. */
static char *
file_to_reopen (SkApplication *self)
{
  g_autofree char *last = g_settings_get_string (self->settings, "last-file");

  if (self->open_example || last == NULL || last[0] == '\0')
    return NULL;
  return g_steal_pointer (&last);
}

static void
sk_application_activate (GApplication *app)
{
  SkApplication *self = SK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  g_autofree char *last = NULL;

  if (window != NULL && !self->open_example)
    {
      gtk_window_present (window);
      return;
    }

  window = GTK_WINDOW (sk_window_new (self));
  prepare_window (self, SK_WINDOW (window));
  last = file_to_reopen (self);
  if (last == NULL)
    sk_window_open_example (SK_WINDOW (window));
  else
    {
      g_autoptr(GFile) file = g_file_new_for_uri (last);

      sk_window_open_file (SK_WINDOW (window), file, TRUE);
    }
  self->open_example = FALSE;
  gtk_window_present (window);
  /* Work a crash left behind is offered first. */
  sk_window_offer_recovery (SK_WINDOW (window));
}

static void
sk_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  SkApplication *self = SK_APPLICATION (app);
  SkWindow *first = NULL;
  GFile *first_file = NULL;

  for (int i = 0; i < n_files; i++)
    {
      SkWindow *window = sk_window_showing_file (GTK_APPLICATION (app), files[i]);

      /* Open already (a second double-click, or by a link to it): shown. */
      if (window != NULL)
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }
      window = sk_window_new (self);

      prepare_window (self, window);
      /* The file loads in a thread while the window is shown. */
      sk_window_open_file (window, files[i], FALSE);
      gtk_window_present (GTK_WINDOW (window));
      if (first == NULL)
        {
          first = window;
          first_file = files[i];
        }
    }
  sk_window_discard_example_prefetch ();
  sk_document_drop_prefetch ();
  /* As a start without a file: work a crash left behind is offered, a
   * newer draft of the file opened first in that file's window. */
  if (first != NULL)
    sk_window_offer_recovery_for (first, first_file);
}

/* What the start will show is read in a thread while GTK starts: the
 * first file of the command line, else the file reopened, else the
 * example.  The window that opens it takes it (sk-window-open.c). */
static void
start_reading (SkApplication *self)
{
  g_autofree char *last = NULL;

  if (self->arguments != NULL && (*self->arguments)[0] != NULL && (*self->arguments)[1] != NULL)
    {
      /* As GApplication makes the files it opens. */
      g_autoptr(GFile) file = g_file_new_for_commandline_arg ((*self->arguments)[1]);

      sk_document_prefetch (file);
      return;
    }
  last = file_to_reopen (self);
  if (last == NULL)
    sk_window_prefetch_example ();
  else
    {
      g_autoptr(GFile) file = g_file_new_for_uri (last);

      sk_document_prefetch (file);
    }
}

/* The timeline chart's font, made ready with the others when the start
 * shows the timeline first (--view). */
static const char *
first_chart_font (SkApplication *self)
{
  SkGanttStyle style;

  if (self->view == NULL || !g_str_equal (self->view, "timeline"))
    return NULL;
  sk_gantt_style_init_light (&style);
  return style.font;
}

static int
sk_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  SkApplication *self = SK_APPLICATION (app);

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("sakskart %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_contains (options, "example"))
    self->open_example = TRUE;
  if (g_variant_dict_lookup (options, "view", "s", &self->view) &&
      !g_strv_contains ((const char *[]) { "agenda", "matrix", "timeline", "costs", NULL }, self->view))
    {
      g_printerr (_("Unknown view “%s”; use agenda, matrix, timeline or costs\n"), self->view);
      return 2;
    }
  /* A start on the timeline view has its chart's rows made while the
   * file is read. */
  if (self->view != NULL && g_str_equal (self->view, "timeline"))
    sk_document_prefetch_set_prepare (sk_gantt_chart_prepare);
  start_reading (self);
  /* The chart's font, while GTK starts (it needs nothing of GTK's). */
  sk_font_warmup_begin (first_chart_font (self));
  return -1;
}

/* GApplication takes out the options it knows, then opens the files left
 * (or activates): handle_local_options () sees them here. */
static gboolean
sk_application_local_command_line (GApplication   *app,
                                   char         ***arguments,
                                   int            *exit_status)
{
  SkApplication *self = SK_APPLICATION (app);
  gboolean done;

  self->arguments = arguments;
  done = G_APPLICATION_CLASS (sk_application_parent_class)->local_command_line (app, arguments, exit_status);
  self->arguments = NULL;
  return done;
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  static const char *developers[] = { "The Sakskart developers", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Sakskart"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Sakskart developers"),
                         "version", PACKAGE_VERSION,
                         "comments", _("Agendas, host-municipality scoring, timelines and cost splits for the boards of intermunicipal cooperations"),
                         "website", "https://github.com/sakskart/sakskart",
                         "developers", developers,
                         /* Translators: put your names here */
                         "translator-credits", _("translator-credits"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         NULL);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Each window asks about its unsaved changes before it closes. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (GTK_WINDOW (l->data));
  g_list_free (windows);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  SkWindow *window = new_window (SK_APPLICATION (user_data));

  sk_window_new_project (window);
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "quit", quit_action },
  { "new-window", new_window_action },
};

/* A logout, a shutdown or Ctrl+C in a terminal: unsaved work goes to its
 * draft at once (not a couple of seconds later), the locks beside the
 * files go, then the app quits; the next start offers to recover the
 * work. */
static gboolean
quit_signal_cb (gpointer data)
{
  GApplication *app = data;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l; l = l->next)
    if (SK_IS_WINDOW (l->data))
      sk_window_flush_draft (l->data);
  /* Left, a lock would tell colleagues for hours that the file is open. */
  sk_document_release_locks_now (3 * G_USEC_PER_SEC);
  g_application_quit (app);
  return G_SOURCE_CONTINUE;
}

static gpointer
load_icon_theme_thread (gpointer data)
{
  g_autoptr(GtkIconTheme) theme = data;

  /* Any lookup makes the theme read its folders and caches, under its
   * own lock: as GTK does in a thread of its own when the theme is made. */
  gtk_icon_theme_has_icon (theme, "open-menu-symbolic");
  return NULL;
}

static void
sk_application_startup (GApplication *app)
{
  SkApplication *self = SK_APPLICATION (app);
  static const struct { const char *action; const char *accels[3]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "app.new-window", { "<Control><Shift>n", NULL } },
    { "win.new", { "<Control>n", NULL } },
    { "win.open", { "<Control>o", NULL } },
    { "win.save", { "<Control>s", NULL } },
    { "win.save-as", { "<Control><Shift>s", NULL } },
    { "win.properties", { "<Alt>Return", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.show-view::agenda", { "<Alt>1", NULL } },
    { "win.show-view::matrix", { "<Alt>2", NULL } },
    { "win.show-view::timeline", { "<Alt>3", NULL } },
    { "win.show-view::costs", { "<Alt>4", NULL } },
    { "win.meeting-mode", { "F5", NULL } },
  };
  g_autoptr(GAction) style = NULL;

  /* GtkApplication's start-up would do this; the fonts are then made
   * while libadwaita starts and the window is built (a window takes them
   * when it is realized). */
  gtk_init ();
  sk_startup_theme_end ();
  sk_font_warmup_start ();
  G_APPLICATION_CLASS (sk_application_parent_class)->startup (app);

  /* The icon theme is read in a thread while the first window is built.
   * GTK starts such a read when it makes the theme, but in start-up it
   * does not last (adding the application's icon folder to the theme
   * starts it over): measured, the window's first icon lookup read the
   * theme again in the main thread, ~8 ms before the first frame. */
  g_thread_unref (sk_startup_thread_new ("sk-icons", load_icon_theme_thread,
                                         g_object_ref (gtk_icon_theme_get_for_display (gdk_display_get_default ()))));

  g_unix_signal_add (SIGTERM, quit_signal_cb, app);
  g_unix_signal_add (SIGHUP, quit_signal_cb, app);
  g_unix_signal_add (SIGINT, quit_signal_cb, app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);
  style = g_settings_create_action (self->settings, "style");
  g_action_map_add_action (G_ACTION_MAP (app), style);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action, accels[i].accels);

  g_signal_connect_object (self->settings, "changed::style",
                           G_CALLBACK (style_changed_cb), self, G_CONNECT_SWAPPED);
  apply_style (self);
}

static void
sk_application_dispose (GObject *object)
{
  SkApplication *self = SK_APPLICATION (object);

  g_clear_object (&self->settings);
  g_clear_pointer (&self->view, g_free);
  G_OBJECT_CLASS (sk_application_parent_class)->dispose (object);
}

enum {
  PROP_0,
  PROP_SETTINGS,
  N_PROPS
};

static void
sk_application_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SkApplication *self = SK_APPLICATION (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_application_class_init (SkApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = sk_application_dispose;
  object_class->get_property = sk_application_get_property;
  /* The windows read it (sk_app_settings ()): they are below the
   * application and call none of its functions. */
  g_object_class_install_property (object_class, PROP_SETTINGS,
                                   g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                                                        G_PARAM_READABLE | G_PARAM_STATIC_STRINGS));
  app_class->activate = sk_application_activate;
  app_class->open = sk_application_open;
  app_class->startup = sk_application_startup;
  app_class->handle_local_options = sk_application_handle_local_options;
  app_class->local_command_line = sk_application_local_command_line;
}

static void
sk_application_init (SkApplication *self)
{
  static const GOptionEntry entries[] = {
    { "example", 'e', 0, G_OPTION_ARG_NONE, NULL, N_("Open the example project"), NULL },
    { "version", 'v', 0, G_OPTION_ARG_NONE, NULL, N_("Show the version"), NULL },
    { "view", 0, 0, G_OPTION_ARG_STRING, NULL, N_("Show this view first: agenda, matrix, timeline or costs"), N_("VIEW") },
    { NULL }
  };

  self->settings = g_settings_new (APP_ID);
  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
}

SkApplication *
sk_application_new (void)
{
  /* NON_UNIQUE: the app must run without a session bus (on a laptop in a
   * ferry queue as much as in CI), and each start is its own process. */
  return g_object_new (SK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE,
                       "resource-base-path", "/io/github/sakskart/Sakskart",
                       NULL);
}

GSettings *
sk_application_get_settings (SkApplication *self)
{
  g_return_val_if_fail (SK_IS_APPLICATION (self), NULL);
  return self->settings;
}
