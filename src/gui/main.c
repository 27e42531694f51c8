/* main.c — start Sakskart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "sk-application.h"
#include "sk-doc-language.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SkApplication) app = NULL;

  setlocale (LC_ALL, "");
  /* SAKSKART_LOCALEDIR, the build tree's when run from it, or installed */
  sk_i18n_init ();
  textdomain (GETTEXT_PACKAGE);

  app = sk_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
