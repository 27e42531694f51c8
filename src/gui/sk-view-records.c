/* sk-view-records.c — what the views of matrices, timelines and cost
 * models share: adding, renaming and deleting the record shown, each one
 * step of undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-edit.h"
#include "sk-view.h"

/* The record being renamed while the dialog asks for its title. */
typedef struct
{
  gpointer   *shown;   /* the view's pointer to it */
  SkLinkKind  kind;
} Renaming;

/* The record's own edit functions, by kind. */
static gboolean
remove_record (SkHistory   *history,
               SkProject   *project,
               SkLinkKind   kind,
               const char  *id,
               GError     **error)
{
  switch (kind)
    {
    case SK_LINK_MATRIX:
      return sk_edit_remove_matrix (history, project, id, error);
    case SK_LINK_TIMELINE:
      return sk_edit_remove_timeline (history, project, id, error);
    case SK_LINK_COST_MODEL:
      return sk_edit_remove_cost_model (history, project, id, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
rename_record (SkHistory   *history,
               SkProject   *project,
               SkLinkKind   kind,
               const char  *id,
               const char  *title,
               GError     **error)
{
  switch (kind)
    {
    case SK_LINK_MATRIX:
      return sk_edit_set_matrix_title (history, project, id, title, error);
    case SK_LINK_TIMELINE:
      return sk_edit_set_timeline_title (history, project, id, title, error);
    case SK_LINK_COST_MODEL:
      return sk_edit_set_cost_title (history, project, id, NULL, title, error);
    default:
      g_return_val_if_reached (FALSE);
    }
}

void
sk_view_delete_record (SkView     *self,
                       SkLinkKind  kind,
                       gpointer   *shown)
{
  /* Matrices, timelines and cost models start with their id and title. */
  char **record = *shown;
  g_autofree char *id = g_strdup (record[0]);
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;

  /* Translators: a toast, with Undo */
  message = g_strdup_printf (_("“%s” was deleted"), record[1]);
  /* The view lets go of it before it goes (with the agenda's links to
   * it, in one step of undo). */
  *shown = NULL;
  if (!remove_record (sk_view_get_history (self), sk_view_get_project (self), kind, id, &error))
    {
      sk_view_toast (self, error->message, FALSE);
      return;
    }
  sk_view_toast (self, message, TRUE);
}

static void
rename_done (SkView     *self,
             const char *title)
{
  Renaming *renaming = g_object_get_data (G_OBJECT (self), "sk-renaming");
  /* Matrices, timelines and cost models start with their id and title. */
  char **record = renaming ? *renaming->shown : NULL;
  g_autoptr(GError) error = NULL;

  if (record == NULL || g_strcmp0 (record[1], title) == 0)
    return;
  if (!rename_record (sk_view_get_history (self), sk_view_get_project (self), renaming->kind,
                      record[0], title, &error))
    sk_view_toast (self, error->message, FALSE);
}

void
sk_view_rename_record (SkView     *self,
                       SkLinkKind  kind,
                       const char *heading,
                       gpointer   *shown)
{
  char **record = *shown;
  Renaming *renaming = g_new (Renaming, 1);

  g_return_if_fail (record != NULL);
  /* The dialog is modal: the record shown stays the one renamed. */
  renaming->shown = shown;
  renaming->kind = kind;
  g_object_set_data_full (G_OBJECT (self), "sk-renaming", renaming, g_free);
  sk_view_ask_title (self, heading, NULL, _("Title"), record[1], _("_Rename"), rename_done);
}
