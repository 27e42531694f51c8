/* main.c — start Sakskart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <signal.h>

#include "sk-application.h"
#include "sk-doc-language.h"
#include "sk-startup-theme.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SkApplication) app = NULL;

  /* Before any thread: it sets a variable of the environment. */
  sk_startup_theme_begin ();
  /* A write beyond the limit of a file's size (ulimit -f) fails with
   * EFBIG, is reported and leaves the file as it was, as on a full disk;
   * the signal would kill the program with its work unsaved. */
  signal (SIGXFSZ, SIG_IGN);
  setlocale (LC_ALL, "");
  /* SAKSKART_LOCALEDIR, the build tree's when run from it, or installed */
  sk_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  app = sk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
