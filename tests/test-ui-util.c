/* test-ui-util.c — the window tests' own start: every warning stays
 * fatal but GTK 4.8's "Trying to snapshot … without a current
 * allocation", also when it comes through the structured log API that
 * GTK uses (where the test framework's fatal handler is never asked)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "ui-util.h"

static void
log_as_gtk (const char *message)
{
  g_log_structured ("Gtk", G_LOG_LEVEL_WARNING, "MESSAGE", "%s", message);
}

static void
test_snapshot_warning_not_fatal (void)
{
  if (g_test_subprocess ())
    {
      log_as_gtk ("Trying to snapshot GtkGizmo 0x55d0c0ffee00 without a current allocation");
      g_print ("went on\n");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_test_trap_assert_stdout ("*went on*");
  g_test_trap_assert_stderr ("*Trying to snapshot GtkGizmo*");
}

static void
test_other_warnings_fatal (gconstpointer data)
{
  if (g_test_subprocess ())
    {
      log_as_gtk (data);
      g_print ("went on\n");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
  g_test_trap_assert_stdout_unmatched ("*went on*");
}

static void
test_critical_fatal (void)
{
  if (g_test_subprocess ())
    {
      g_log_structured ("Gtk", G_LOG_LEVEL_CRITICAL, "MESSAGE",
                        "Trying to snapshot GtkGizmo 0x1 without a current allocation");
      g_print ("went on\n");
      return;
    }
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_failed ();
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *example = ui_test_init (&argc, &argv, "test");

  g_test_add_func ("/ui-util/snapshot-warning-not-fatal", test_snapshot_warning_not_fatal);
  g_test_add_data_func ("/ui-util/other-warning-fatal",
                        "gtk_widget_measure: assertion 'for_size >= -1' failed",
                        test_other_warnings_fatal);
  g_test_add_data_func ("/ui-util/similar-warning-fatal",
                        "Trying to snapshot GtkGizmo 0x1 with a current allocation, and more",
                        test_other_warnings_fatal);
  g_test_add_func ("/ui-util/critical-fatal", test_critical_fatal);
  return g_test_run ();
}
