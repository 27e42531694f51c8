/* sk-read-only-bar.c — the bar over a project opened read-only
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-read-only-bar"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-read-only-bar.h"

struct _SkReadOnlyBar
{
  GtkWidget     parent_instance;

  GtkInfoBar   *info_bar;
  GtkLabel     *label;
  GtkWidget    *button;
  SkDocument   *document;
  GCancellable *cancellable;
};

G_DEFINE_FINAL_TYPE (SkReadOnlyBar, sk_read_only_bar, GTK_TYPE_WIDGET)

static const char *
plain_text (void)
{
  return _("Read-only: someone else had this project open. Save a copy with Save As, "
           "or open it for editing when they have closed it.");
}

static void
sync_bar (SkReadOnlyBar *self)
{
  gboolean read_only = self->document != NULL && sk_document_get_read_only (self->document);

  gtk_info_bar_set_revealed (self->info_bar, read_only);
  /* Not in the way of the window's layout or focus while hidden. */
  gtk_widget_set_visible (GTK_WIDGET (self->info_bar), read_only);
  if (!read_only)
    {
      gtk_label_set_text (self->label, plain_text ());
      gtk_widget_set_sensitive (self->button, TRUE);
    }
}

static void
take_over_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(SkReadOnlyBar) self = user_data;
  g_autoptr(GError) error = NULL;

  if (sk_document_take_over_finish (SK_DOCUMENT (source), result, &error))
    return;   /* ::notify::read-only hides the bar */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  gtk_widget_set_sensitive (self->button, TRUE);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_BUSY))
    {
      /* Translators: "Kari Nordmann still has this project open on kari-laptop." */
      g_autofree char *text = g_strdup_printf (_("Read-only: %s Try again when they have closed it, "
                                                 "or save a copy with Save As."), error->message);

      gtk_label_set_text (self->label, text);
    }
  else
    gtk_label_set_text (self->label, error->message);
}

static void
clicked_cb (SkReadOnlyBar *self)
{
  if (self->document == NULL)
    return;
  gtk_widget_set_sensitive (self->button, FALSE);
  sk_document_take_over_async (self->document, self->cancellable, take_over_cb, g_object_ref (self));
}

void
sk_read_only_bar_set_document (SkReadOnlyBar *self,
                               SkDocument    *document)
{
  g_return_if_fail (SK_IS_READ_ONLY_BAR (self));
  g_return_if_fail (document == NULL || SK_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  /* A take-over under way was for the document before. */
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_swapped (document, "notify::read-only", G_CALLBACK (sync_bar), self);
  sync_bar (self);
}

GtkWidget *
sk_read_only_bar_new (void)
{
  return g_object_new (SK_TYPE_READ_ONLY_BAR, NULL);
}

static void
sk_read_only_bar_dispose (GObject *object)
{
  SkReadOnlyBar *self = SK_READ_ONLY_BAR (object);

  sk_read_only_bar_set_document (self, NULL);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (self->info_bar != NULL)
    gtk_widget_unparent (GTK_WIDGET (self->info_bar));
  self->info_bar = NULL;
  G_OBJECT_CLASS (sk_read_only_bar_parent_class)->dispose (object);
}

static void
sk_read_only_bar_class_init (SkReadOnlyBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_read_only_bar_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
sk_read_only_bar_init (SkReadOnlyBar *self)
{
  self->info_bar = GTK_INFO_BAR (gtk_info_bar_new ());
  gtk_info_bar_set_message_type (self->info_bar, GTK_MESSAGE_INFO);
  self->label = GTK_LABEL (gtk_label_new (plain_text ()));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_xalign (self->label, 0);
  gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
  gtk_info_bar_add_child (self->info_bar, GTK_WIDGET (self->label));
  self->button = gtk_info_bar_add_button (self->info_bar, _("Open for _Editing"), GTK_RESPONSE_ACCEPT);
  gtk_widget_set_tooltip_text (self->button, _("Edit and save this project if no one else has it open any more"));
  g_signal_connect_swapped (self->button, "clicked", G_CALLBACK (clicked_cb), self);
  gtk_widget_set_parent (GTK_WIDGET (self->info_bar), GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  sync_bar (self);
}
