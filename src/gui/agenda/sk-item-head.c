/* sk-item-head.c — the head of an agenda item's editor: the case number
 * ("Sak 45/25") once the papers are sent, how many can vote in the case
 * when the attendance is recorded, and the extract of the minutes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-item-head"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-item-head.h"
#include "sk-record.h"

struct _SkItemHead
{
  GtkBox     parent_instance;

  GtkWidget *case_label;
  GtkWidget *extract;
  GtkWidget *quorum;
  char      *item_id;
};

G_DEFINE_FINAL_TYPE (SkItemHead, sk_item_head, GTK_TYPE_BOX)

static void
set_class (GtkWidget  *widget,
           const char *css_class,
           gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, css_class);
  else
    gtk_widget_remove_css_class (widget, css_class);
}

void
sk_item_head_update (SkItemHead *self,
                       SkProject    *project,
                       SkMeeting    *meeting,
                       guint         index)
{
  SkItem *item;
  g_autofree char *number = NULL;
  int present = 0, members = 0;
  gboolean quorate = FALSE, known;

  g_return_if_fail (SK_IS_ITEM_HEAD (self));
  if (index >= meeting->items->len)
    return;
  item = g_ptr_array_index (meeting->items, index);
  number = sk_item_case_number (project, meeting, item);
  gtk_label_set_text (GTK_LABEL (self->case_label),
                      number ? number : _("No case number yet: the items get theirs when the papers are sent."));
  set_class (self->case_label, "title-4", number != NULL);
  set_class (self->case_label, "dim-label", number == NULL);

  /* Only once the attendance is recorded */
  known = sk_record_quorum (project, meeting, index, &present, &members, &quorate);
  if (known)
    {
      g_autofree char *text = NULL;

      if (quorate)
        /* Translators: an item's quorum (kommunelova § 11-9), "5 of 7 members can vote: there is a quorum" */
        text = g_strdup_printf (ngettext ("%d of %d member can vote: there is a quorum",
                                          "%d of %d members can vote: there is a quorum", members),
                                present, members);
      else
        /* Translators: an item's quorum (kommunelova § 11-9), "3 of 7 members can vote: …" */
        text = g_strdup_printf (ngettext ("%d of %d member can vote: no quorum, the case cannot be decided",
                                          "%d of %d members can vote: no quorum, the case cannot be decided", members),
                                present, members);
      gtk_label_set_text (GTK_LABEL (self->quorum), text);
      set_class (self->quorum, "warning", !quorate);
      set_class (self->quorum, "dim-label", quorate);
    }
  gtk_widget_set_visible (self->quorum, known);
}

const char *
sk_item_head_get_item_id (SkItemHead *self)
{
  g_return_val_if_fail (SK_IS_ITEM_HEAD (self), NULL);
  return self->item_id;
}

GtkWidget *
sk_item_head_new (const char *item_id)
{
  SkItemHead *self = g_object_new (SK_TYPE_ITEM_HEAD, NULL);

  self->item_id = g_strdup (item_id);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->extract), "s", item_id);
  return GTK_WIDGET (self);
}

static void
sk_item_head_finalize (GObject *object)
{
  SkItemHead *self = SK_ITEM_HEAD (object);

  g_free (self->item_id);
  G_OBJECT_CLASS (sk_item_head_parent_class)->finalize (object);
}

static void
sk_item_head_class_init (SkItemHeadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_item_head_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-item-head.ui");
  gtk_widget_class_bind_template_child (widget_class, SkItemHead, case_label);
  gtk_widget_class_bind_template_child (widget_class, SkItemHead, extract);
  gtk_widget_class_bind_template_child (widget_class, SkItemHead, quorum);
}

static void
sk_item_head_init (SkItemHead *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
