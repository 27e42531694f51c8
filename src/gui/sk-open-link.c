/* sk-open-link.c — opening an attachment's link, asking first where it
 * would start a program
 *
 * An attachment's link comes from the project file, which may come from
 * anyone (a shared drive, an e-mail): a friendly title ("Budsjett 2026")
 * can lead to a program on this computer or on a share, or to a kind of
 * link that another program takes and acts on ("steam:", "ms-excel:").
 * Open hands a link to the desktop's default program for it, and for a
 * Windows program or a Java archive that program runs it.  A document, a
 * web page and an e-mail address open at once, as before; a program, a
 * launcher and a link of another kind are opened only after the user,
 * told what it is and where it leads, chose to; a link that cannot be
 * opened is told in a dialog (GTK printed a warning only).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-open-link"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "sk-dialog-util.h"
#include "sk-open-link.h"

/* Kinds of link the desktop opens in a browser, a mail program or a
 * file manager, and file systems (GVfs) whose files are documents as
 * local files are. */
static const char * const plain_schemes[] = {
  "http", "https", "mailto", "file", "smb", "sftp", "dav", "davs", "ftp", "ftps", NULL
};

/* Files whose default program runs them (a Windows program under Wine, a
 * Java archive), or that launch one (a .desktop file), and scripts. */
static const char * const program_types[] = {
  "application/x-executable",
  "application/x-sharedlib",
  "application/x-desktop",
  "application/x-shellscript",
  "application/x-ms-dos-executable",
  "application/x-msdownload",
  "application/x-msi",
  "application/java-archive",
  "application/x-java-archive",
  "application/x-java-jnlp-file",
  "application/x-perl",
  "application/x-python-bytecode",
  "text/x-python",
  "text/x-python3",
  "application/x-ruby",
  "application/vnd.appimage",
  "application/x-flatpak-ref",
  "application/vnd.flatpak.ref",
  "application/x-deb",
  "application/vnd.debian.binary-package",
  "application/x-rpm",
  NULL
};

static SkLinkLauncher test_launcher;

static gboolean
is_program_type (const char *type)
{
  for (guint i = 0; program_types[i] != NULL; i++)
    if (g_content_type_is_a (type, program_types[i]))
      return TRUE;
  return FALSE;
}

#define QUERY G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_CONTENT_TYPE "," \
              G_FILE_ATTRIBUTE_ACCESS_CAN_EXECUTE

/* The risk the link itself tells, and whether it is a file, whose kind
 * tells the rest (risk_of_file ()).  A link without a scheme is opened:
 * the desktop then says it cannot. */
static SkLinkRisk
risk_of_link (const char *uri,
              gboolean   *is_file)
{
  g_autofree char *scheme = g_uri_parse_scheme (uri);
  g_autofree char *lower = NULL;

  *is_file = FALSE;
  if (scheme == NULL)
    return SK_LINK_OPEN;
  lower = g_ascii_strdown (scheme, -1);
  if (!g_strv_contains (plain_schemes, lower))
    return SK_LINK_HANDLER;
  *is_file = !g_str_equal (lower, "http") && !g_str_equal (lower, "https") && !g_str_equal (lower, "mailto");
  return SK_LINK_OPEN;
}

/* A file that is a program by its kind or its permission to run, or a
 * launcher.  A file whose kind cannot be told (not there, not readable:
 * `info` NULL) is a document: the desktop then says it cannot open it. */
static SkLinkRisk
risk_of_file (GFileInfo *info)
{
  const char *type;

  if (info == NULL || g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    return SK_LINK_OPEN;
  type = g_file_info_get_content_type (info);
  if (type != NULL && is_program_type (type))
    return SK_LINK_PROGRAM;
  if (g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR &&
      g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_ACCESS_CAN_EXECUTE) &&
      g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_EXECUTE))
    return SK_LINK_PROGRAM;
  return SK_LINK_OPEN;
}

/**
 * sk_link_risk:
 * @uri: an attachment's link
 * @cancellable: (nullable): for the file's query
 *
 * What opening @uri would do: open a document, a folder, a web page or
 * a message, start a program (a file that is one, by its kind or its
 * permission to run, or a launcher), or hand it to a program of its own
 * kind.  It may block on a file system; sk_open_link () asks the file
 * system in the background.
 *
 * Returns: the risk
 */
SkLinkRisk
sk_link_risk (const char   *uri,
              GCancellable *cancellable)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  gboolean is_file;
  SkLinkRisk risk;

  g_return_val_if_fail (uri != NULL, SK_LINK_HANDLER);

  risk = risk_of_link (uri, &is_file);
  if (!is_file)
    return risk;
  file = g_file_new_for_uri (uri);
  info = g_file_query_info (file, QUERY, G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  return risk_of_file (info);
}

typedef struct
{
  GtkWindow *parent;
  char      *title;
  char      *uri;
} Opening;

static Opening *
opening_new (GtkWindow  *parent,
             const char *title,
             const char *uri)
{
  Opening *o = g_new0 (Opening, 1);

  o->parent = g_object_ref (parent);
  o->title = g_strdup (title);
  o->uri = g_strdup (uri);
  return o;
}

static void
opening_free (Opening *o)
{
  g_clear_object (&o->parent);
  g_free (o->title);
  g_free (o->uri);
  g_free (o);
}

static void
shown_cb (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  Opening *o = data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      /* Translators: %s is the attachment's title ("Budsjett 2026") */
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), o->title);

      sk_dialog_tell (GTK_WIDGET (o->parent), heading, error->message);
    }
  opening_free (o);
}

static void
launch (GtkWindow  *parent,
        const char *title,
        const char *uri)
{
  Opening *o;

  if (test_launcher != NULL)
    {
      test_launcher (parent, uri);
      return;
    }
  o = opening_new (parent, title, uri);
  gtk_show_uri_full (parent, uri, GDK_CURRENT_TIME, NULL, shown_cb, o);
}

static void
answered_cb (AdwMessageDialog *dialog,
             const char       *response,
             gpointer          data)
{
  if (g_str_equal (response, "open"))
    launch (gtk_window_get_transient_for (GTK_WINDOW (dialog)),
            g_object_get_data (G_OBJECT (dialog), "sk-title"),
            g_object_get_data (G_OBJECT (dialog), "sk-uri"));
}

static void
ask (GtkWindow  *parent,
     const char *title,
     const char *uri,
     SkLinkRisk  risk)
{
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (risk == SK_LINK_PROGRAM)
    {
      g_autoptr(GFile) file = g_file_new_for_uri (uri);
      g_autofree char *where = g_file_get_parse_name (file);

      /* Translators: %s is the attachment's title ("Budsjett 2026") */
      heading = g_strdup_printf (_("Start the Program “%s”?"), title);
      /* Translators: %s is where the file is ("/home/kari/Nedlastingar/budsjett.jar") */
      body = g_strdup_printf (_("This attachment is not a document but a program, or starts one: %s\n\n"
                                "A program from a project file can do anything you can on this computer. "
                                "Start it only if you know where it comes from."), where);
    }
  else
    {
      /* Translators: %s is the attachment's title ("Budsjett 2026") */
      heading = g_strdup_printf (_("Open “%s” in Another Program?"), title);
      /* Translators: %s is the link ("steam://run/123") */
      body = g_strdup_printf (_("This attachment is not a document or a web page but a link that is handed "
                                "to another program on this computer: %s\n\n"
                                "Open it only if you know where it comes from."), uri);
    }
  dialog = adw_message_dialog_new (parent, NULL, NULL);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), heading);
  adw_message_dialog_set_body (ADW_MESSAGE_DIALOG (dialog), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "open", _("_Open Anyway"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "open", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "sk-title", g_strdup (title), g_free);
  g_object_set_data_full (G_OBJECT (dialog), "sk-uri", g_strdup (uri), g_free);
  g_signal_connect (dialog, "response", G_CALLBACK (answered_cb), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_or_ask (GtkWindow  *parent,
             const char *title,
             const char *uri,
             SkLinkRisk  risk)
{
  if (risk == SK_LINK_OPEN)
    launch (parent, title, uri);
  else
    ask (parent, title, uri, risk);
}

static void
queried_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      data)
{
  Opening *o = data;
  g_autoptr(GFileInfo) info = g_file_query_info_finish (G_FILE (source), result, NULL);
  SkLinkRisk risk = risk_of_file (info);

  /* The window closed meanwhile: nothing to open it from. */
  if (gtk_widget_get_visible (GTK_WIDGET (o->parent)))
    open_or_ask (o->parent, o->title, o->uri, risk);
  opening_free (o);
}

/**
 * sk_open_link:
 * @parent: the window the link is opened from
 * @title: (nullable): the attachment's title, as the user sees it
 * @uri: its link
 *
 * Opens @uri with the desktop's default program for it, after asking
 * where that would start a program or hand the link to one
 * (sk_link_risk (); a file's kind is asked in the background); tells it
 * in a dialog when it cannot be opened.
 */
void
sk_open_link (GtkWindow  *parent,
              const char *title,
              const char *uri)
{
  g_autoptr(GFile) file = NULL;
  gboolean is_file;
  SkLinkRisk risk;
  Opening *o;

  g_return_if_fail (GTK_IS_WINDOW (parent));
  g_return_if_fail (uri != NULL);

  if (title == NULL)
    title = uri;
  risk = risk_of_link (uri, &is_file);
  if (!is_file)
    {
      open_or_ask (parent, title, uri, risk);
      return;
    }
  o = opening_new (parent, title, uri);
  file = g_file_new_for_uri (uri);
  g_file_query_info_async (file, QUERY, G_FILE_QUERY_INFO_NONE, G_PRIORITY_DEFAULT, NULL, queried_cb, o);
}

void
_sk_open_link_set_launcher (SkLinkLauncher launcher)
{
  test_launcher = launcher;
}
