/* sk-open-link.h — opening an attachment's link, asking first where it
 * would start a program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef enum
{
  SK_LINK_OPEN,     /* a document, a web page, an e-mail address */
  SK_LINK_PROGRAM,  /* a file that is a program, or a launcher of one */
  SK_LINK_HANDLER,  /* a link of a kind another program takes ("steam:") */
} SkLinkRisk;

SkLinkRisk sk_link_risk   (const char   *uri,
                           GCancellable *cancellable);

void       sk_open_link   (GtkWindow    *parent,
                           const char   *title,
                           const char   *uri);

/* For the tests: what opens a link, instead of gtk_show_uri_full ()
 * (NULL puts it back). */
typedef void (*SkLinkLauncher) (GtkWindow  *parent,
                                const char *uri);
void      _sk_open_link_set_launcher (SkLinkLauncher launcher);

G_END_DECLS
