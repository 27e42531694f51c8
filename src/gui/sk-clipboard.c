/* sk-clipboard.c — a table on the clipboard, as HTML and as plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-clipboard"

#include "config.h"

#include "sk-clipboard.h"

void
sk_clipboard_set_table (GtkWidget     *widget,
                        SkExportTable *table)
{
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;
  gsize html_len, plain_len;
  char *html, *plain;

  g_return_if_fail (GTK_IS_WIDGET (widget) && table != NULL);
  html = sk_export_table_to_string (table, SK_EXPORT_HTML, &html_len);
  plain = sk_export_table_to_string (table, SK_EXPORT_TSV, &plain_len);
  providers[0] = gdk_content_provider_new_for_bytes ("text/html", g_bytes_new_take (html, html_len));
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", g_bytes_new_take (plain, plain_len));
  provider = gdk_content_provider_new_union (providers, 2);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), provider);
}
