/* test-startup-theme.c — a start reads libadwaita's style sheets and not
 * GTK's own theme, which libadwaita replaces (sk-startup-theme.c)
 *
 * The program stands between GTK and GIO (it exports g_file_new_for_uri,
 * which the dynamic linker then binds GTK's calls to) and keeps the
 * style sheets GTK opens from its resources.  Each test is a process of
 * its own: GTK starts once in a process.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <dlfcn.h>
#include <adwaita.h>

#include "sk-startup-theme.h"

/* GTK's own theme, as GTK 4.8 reads it when its settings are made */
#define GTK_THEME_SHEETS "resource:///org/gtk/libgtk/theme/Default/"
#define ADWAITA_SHEETS "resource:///org/gnome/Adwaita/styles/"

static GMutex opened_lock;
static GPtrArray *opened;

GFile *g_file_new_for_uri (const char *uri);

GFile *
g_file_new_for_uri (const char *uri)
{
  static GFile *(*real) (const char *);

  if (real == NULL)
    real = (GFile *(*) (const char *)) dlsym (RTLD_NEXT, "g_file_new_for_uri");
  g_mutex_lock (&opened_lock);
  if (opened != NULL && g_str_has_prefix (uri, "resource://"))
    g_ptr_array_add (opened, g_strdup (uri));
  g_mutex_unlock (&opened_lock);
  return real (uri);
}

static gboolean
opened_under (const char *prefix)
{
  gboolean found = FALSE;

  g_mutex_lock (&opened_lock);
  for (guint i = 0; i < opened->len && !found; i++)
    found = g_str_has_prefix (g_ptr_array_index (opened, i), prefix);
  g_mutex_unlock (&opened_lock);
  return found;
}

static char *
theme_name (void)
{
  char *name = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &name, NULL);
  return name;
}

/* A label's colour in a window: libadwaita's text colour (black at 80 %)
 * when its style sheets are in use. */
static GdkRGBA
label_color (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *label = gtk_label_new ("Sakskart");
  GdkRGBA color;

  gtk_window_set_child (GTK_WINDOW (window), label);
G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (label), &color);
G_GNUC_END_IGNORE_DEPRECATIONS
  gtk_window_destroy (GTK_WINDOW (window));
  return color;
}

static void
assert_adwaita_text (void)
{
  GdkRGBA color = label_color ();

  g_assert_cmpfloat_with_epsilon (color.red, 0.0, 0.01);
  g_assert_cmpfloat_with_epsilon (color.green, 0.0, 0.01);
  g_assert_cmpfloat_with_epsilon (color.blue, 0.0, 0.01);
  g_assert_cmpfloat_with_epsilon (color.alpha, 0.8, 0.01);
}

static gboolean
run_alone (void)
{
  if (g_test_subprocess ())
    {
      opened = g_ptr_array_new_with_free_func (g_free);
      return TRUE;
    }
  g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  return FALSE;
}

/* A start as GTK and libadwaita make it on their own reads GTK's theme,
 * which the interposed function sees: the check below can fail. */
static void
test_plain_start (void)
{
  g_autofree char *name = NULL;

  if (!run_alone ())
    return;
  gtk_init ();
  adw_init ();
  g_assert_true (opened_under (GTK_THEME_SHEETS));
  g_assert_true (opened_under (ADWAITA_SHEETS));
  name = theme_name ();
  g_assert_cmpstr (name, ==, "Adwaita-empty");
  assert_adwaita_text ();
}

/* The application's start: no GTK theme read, libadwaita's style sheets
 * in use as in a plain start, and nothing left in the environment for
 * the programs the application starts. */
static void
test_application_start (void)
{
  g_autofree char *name = NULL;

  if (!run_alone ())
    return;
  g_assert_null (g_getenv ("GTK_THEME"));
  sk_startup_theme_begin ();
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Adwaita-empty");
  gtk_init ();
  sk_startup_theme_end ();
  g_assert_null (g_getenv ("GTK_THEME"));
  adw_init ();
  g_assert_false (opened_under (GTK_THEME_SHEETS));
  g_assert_true (opened_under (ADWAITA_SHEETS));
  name = theme_name ();
  g_assert_cmpstr (name, ==, "Adwaita-empty");
  assert_adwaita_text ();
  /* Ended twice, begun again after GTK started: nothing more happens. */
  sk_startup_theme_end ();
  g_assert_null (g_getenv ("GTK_THEME"));
}

/* A theme the user names is theirs: kept, and read. */
static void
test_user_theme (void)
{
  if (!run_alone ())
    return;
  g_setenv ("GTK_THEME", "Default", TRUE);
  sk_startup_theme_begin ();
  gtk_init ();
  sk_startup_theme_end ();
  adw_init ();
  g_assert_cmpstr (g_getenv ("GTK_THEME"), ==, "Default");
  g_assert_true (opened_under (GTK_THEME_SHEETS));
}

int
main (int    argc,
      char **argv)
{
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  /* No accessibility bus to look for (there is no session bus). */
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_unsetenv ("GTK_THEME");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/startup-theme/plain-start", test_plain_start);
  g_test_add_func ("/startup-theme/application-start", test_application_start);
  g_test_add_func ("/startup-theme/user-theme", test_user_theme);
  return g_test_run ();
}
