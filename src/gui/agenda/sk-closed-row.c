/* sk-closed-row.c — a row that closes a case or an attachment to the
 * public: its switch, and under it the legal basis, typed or chosen from
 * the common ones
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-closed-row"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-closed-row.h"
#include "sk-view-util.h"

struct _SkClosedRow
{
  AdwExpanderRow  parent_instance;

  AdwEntryRow    *basis;
  GtkWidget      *choices;
  GtkWidget      *lock;
  char           *shown;      /* the basis it was told, or NULL: open */
  gboolean        is_case;    /* the case's row, titled "Closed to the public" */
  gboolean        updating;   /* told, not chosen */
};

G_DEFINE_FINAL_TYPE (SkClosedRow, sk_closed_row, ADW_TYPE_EXPANDER_ROW)

enum {
  BASIS_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_basis (SkClosedRow *self,
                        const char  *basis,
                        gboolean     force);

static void
choose (SkClosedRow *self,
        const char  *basis)
{
  g_autofree char *trimmed = basis ? g_strstrip (g_strdup (basis)) : NULL;

  g_signal_emit (self, signals[BASIS_CHOSEN], 0, trimmed);
  /* The owner has told the row what it is now; refused, it shows what
   * it was. */
  show_basis (self, self->shown, TRUE);
}

static void
enable_cb (SkClosedRow *self)
{
  const char *typed;

  if (self->updating)
    return;
  if (!adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (self)))
    {
      choose (self, NULL);
      return;
    }
  /* Closed at once on the basis typed, else on the one most used: the
   * row opens to show it and to change it. */
  typed = gtk_editable_get_text (GTK_EDITABLE (self->basis));
  choose (self, typed[0] ? typed : SK_CLOSED_BASIS_DEFAULT);
  if (self->shown != NULL)
    {
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), TRUE);
      gtk_widget_grab_focus (GTK_WIDGET (self->basis));
    }
}

static void
apply_cb (SkClosedRow *self)
{
  choose (self, gtk_editable_get_text (GTK_EDITABLE (self->basis)));
}

static void
choose_action (GtkWidget  *widget,
               const char *name,
               GVariant   *parameter)
{
  choose (SK_CLOSED_ROW (widget), g_variant_get_string (parameter, NULL));
}

/* The basis typed and not yet applied stays while the basis is the same
 * (the item changed otherwise: a link, a field); a new basis (an undo),
 * or `force`, shows it instead. */
static void
show_basis (SkClosedRow *self,
            const char  *basis,
            gboolean     force)
{
  g_autofree char *subtitle = NULL;
  g_autofree char *escaped = NULL;
  g_autofree char *old = NULL;

  old = self->shown;
  self->shown = g_strdup (basis);
  self->updating = TRUE;
  if (adw_expander_row_get_enable_expansion (ADW_EXPANDER_ROW (self)) != (basis != NULL))
    {
      gboolean expanded = adw_expander_row_get_expanded (ADW_EXPANDER_ROW (self));

      adw_expander_row_set_enable_expansion (ADW_EXPANDER_ROW (self), basis != NULL);
      /* Turning it on opens the row: told, it stays as it was. */
      adw_expander_row_set_expanded (ADW_EXPANDER_ROW (self), basis != NULL && expanded);
    }
  if (basis != NULL && (force || g_strcmp0 (old, basis) != 0) &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->basis)), basis) != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->basis), basis);
  self->updating = FALSE;
  if (self->is_case)
    /* Under "Closed to the public": the basis, or what the public sees */
    subtitle = g_strdup (basis ? basis : _("Open: the public board pack has the case in full"));
  else if (basis)
    /* Translators: under an attachment's name; %s is the legal basis, "offl. § 14" */
    subtitle = g_strdup_printf (_("Closed to the public, see %s"), basis);
  else
    subtitle = g_strdup (_("Open to the public"));
  escaped = g_markup_escape_text (subtitle, -1);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (self), escaped);
  /* Hidden, it keeps its place: the titles of the rows stay in line. */
  gtk_widget_set_opacity (self->lock, basis != NULL ? 1.0 : 0.0);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->lock), GTK_ACCESSIBLE_STATE_HIDDEN, basis == NULL, -1);
}

void
sk_closed_row_set_basis (SkClosedRow *self,
                         const char  *basis)
{
  g_return_if_fail (SK_IS_CLOSED_ROW (self));
  show_basis (self, basis, FALSE);
}

const char *
sk_closed_row_get_basis (SkClosedRow *self)
{
  g_return_val_if_fail (SK_IS_CLOSED_ROW (self), NULL);
  return self->shown;
}

GtkWidget *
sk_closed_row_new (const char *title,
                   gboolean    is_case)
{
  SkClosedRow *self = g_object_new (SK_TYPE_CLOSED_ROW, NULL);
  g_autofree char *escaped = g_markup_escape_text (title ? title : _("Closed to the public"), -1);

  self->is_case = is_case;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self), escaped);
  sk_closed_row_set_basis (self, NULL);
  return GTK_WIDGET (self);
}

static void
sk_closed_row_finalize (GObject *object)
{
  SkClosedRow *self = SK_CLOSED_ROW (object);

  g_free (self->shown);
  G_OBJECT_CLASS (sk_closed_row_parent_class)->finalize (object);
}

static void
sk_closed_row_class_init (SkClosedRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = sk_closed_row_finalize;
  signals[BASIS_CHOSEN] = g_signal_new ("basis-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-closed-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SkClosedRow, basis);
  gtk_widget_class_bind_template_child (widget_class, SkClosedRow, choices);
  gtk_widget_class_bind_template_callback (widget_class, enable_cb);
  gtk_widget_class_bind_template_callback (widget_class, apply_cb);
  gtk_widget_class_install_action (widget_class, "closed.choose", "s", choose_action);
}

static void
sk_closed_row_init (SkClosedRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* Closed: a lock before the title, as in the agenda's list. */
  self->lock = gtk_image_new_from_icon_name ("changes-prevent-symbolic");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->lock), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Closed to the public"), -1);
  adw_expander_row_add_prefix (ADW_EXPANDER_ROW (self), self->lock);
  sk_widget_set_tooltip (self->choices, _("Common Legal Bases"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->choices), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Common Legal Bases"), -1);
}
