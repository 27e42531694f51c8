/* sk-item-public.c — "Public Access" in an agenda item's editor: a row
 * that closes the case to the public, on a legal basis, and one for each
 * attachment.  The edits go through sk-edit-record.h, one step of undo
 * each; a refused one is told in a toast.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-item-public"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-closed-row.h"
#include "sk-edit-record.h"
#include "sk-item-public.h"

struct _SkItemPublic
{
  GtkBox     parent_instance;

  GtkWidget *list;
  SkView    *view;        /* weak */
  char      *meeting_id;
  char      *item_id;
};

G_DEFINE_FINAL_TYPE (SkItemPublic, sk_item_public, GTK_TYPE_BOX)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

/* A row's place: 0 the case, k + 1 attachment k. */
#define ROW_PLACE "sk-place"

static void
basis_chosen_cb (SkClosedRow  *row,
                 const char   *basis,
                 SkItemPublic *self)
{
  guint place = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), ROW_PLACE));
  g_autoptr(GError) error = NULL;
  SkProject *project;
  gboolean ok;

  if (self->view == NULL || (project = sk_view_get_project (self->view)) == NULL)
    return;
  if (g_strcmp0 (basis, sk_closed_row_get_basis (row)) == 0)
    return;
  /* The view shows it in place from the project's signal: the editor
   * stays open. */
  if (place == 0)
    ok = sk_edit_set_item_closed (sk_view_get_history (self->view), project,
                                  self->meeting_id, self->item_id, basis, &error);
  else
    ok = sk_edit_set_attachment_closed (sk_view_get_history (self->view), project,
                                        self->meeting_id, self->item_id, place - 1, basis, &error);
  if (!ok)
    sk_view_toast (self->view, error->message, FALSE);
  g_signal_emit (self, signals [EDITED], 0, project, self->meeting_id, self->item_id);
}

static GtkWidget *
row_new (SkItemPublic *self,
         const char   *title,
         guint         place)
{
  GtkWidget *row = sk_closed_row_new (title, place == 0);

  g_object_set_data (G_OBJECT (row), ROW_PLACE, GUINT_TO_POINTER (place));
  g_signal_connect_object (row, "basis-chosen", G_CALLBACK (basis_chosen_cb), self, 0);
  gtk_list_box_append (GTK_LIST_BOX (self->list), row);
  return row;
}

static char *
attachment_title (SkItem *item,
                  guint   k)
{
  SkAttachment *a = g_ptr_array_index (item->attachments, k);

  return g_strdup_printf ("%u. %s", k + 1, a->title ? a->title : "");
}

void
sk_item_public_update (SkItemPublic *self,
                       SkItem       *item)
{
  guint n = 0;
  GtkWidget *child;
  const char *closed;

  g_return_if_fail (SK_IS_ITEM_PUBLIC (self));
  for (child = gtk_widget_get_first_child (self->list); child; child = gtk_widget_get_next_sibling (child))
    n++;
  /* The same attachments: the rows stay (with the focus); else new ones. */
  if (n != item->attachments->len + 1)
    {
      while ((child = gtk_widget_get_first_child (self->list)) != NULL)
        gtk_list_box_remove (GTK_LIST_BOX (self->list), child);
      row_new (self, NULL, 0);
      for (guint k = 0; k < item->attachments->len; k++)
        {
          g_autofree char *title = attachment_title (item, k);

          row_new (self, title, k + 1);
        }
    }
  closed = sk_item_closed_basis (item);
  child = gtk_widget_get_first_child (self->list);
  sk_closed_row_set_basis (SK_CLOSED_ROW (child), closed);
  for (guint k = 0; k < item->attachments->len; k++)
    {
      g_autofree char *title = attachment_title (item, k);
      g_autofree char *escaped = g_markup_escape_text (title, -1);

      child = gtk_widget_get_next_sibling (child);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (child), escaped);
      sk_closed_row_set_basis (SK_CLOSED_ROW (child), sk_attachment_closed_basis (g_ptr_array_index (item->attachments, k)));
      /* A closed case leaves out all its attachments in the public pack. */
      gtk_widget_set_sensitive (child, closed == NULL);
    }
}

const char *
sk_item_public_get_item_id (SkItemPublic *self)
{
  g_return_val_if_fail (SK_IS_ITEM_PUBLIC (self), NULL);
  return self->item_id;
}

GtkWidget *
sk_item_public_new (SkView     *view,
                    const char *meeting_id,
                    const char *item_id)
{
  SkItemPublic *self = g_object_new (SK_TYPE_ITEM_PUBLIC, NULL);

  g_set_weak_pointer (&self->view, view);
  self->meeting_id = g_strdup (meeting_id);
  self->item_id = g_strdup (item_id);
  return GTK_WIDGET (self);
}

static void
sk_item_public_dispose (GObject *object)
{
  SkItemPublic *self = SK_ITEM_PUBLIC (object);

  g_clear_weak_pointer (&self->view);
  G_OBJECT_CLASS (sk_item_public_parent_class)->dispose (object);
}

static void
sk_item_public_finalize (GObject *object)
{
  SkItemPublic *self = SK_ITEM_PUBLIC (object);

  g_free (self->meeting_id);
  g_free (self->item_id);
  G_OBJECT_CLASS (sk_item_public_parent_class)->finalize (object);
}

static void
sk_item_public_class_init (SkItemPublicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_item_public_dispose;
  object_class->finalize = sk_item_public_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-item-public.ui");
  gtk_widget_class_bind_template_child (widget_class, SkItemPublic, list);

  /**
   * SkItemPublic::edited:
   * @project: the project edited
   * @meeting_id: the meeting's id
   * @item_id: the item's id
   *
   * A row's choice was tried (done or refused): the agenda's row shows
   * the item anew (sk_agenda_record_row_changed ()).
   */
  signals [EDITED] =
    g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_OBJECT, G_TYPE_STRING, G_TYPE_STRING);
}

static void
sk_item_public_init (SkItemPublic *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
