/* sk-view.h — what the four views share: a side list of the project's
 * objects of one kind, the one selected, and rebuilding when shown
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-document.h"

G_BEGIN_DECLS

#define SK_TYPE_VIEW (sk_view_get_type ())

G_DECLARE_DERIVABLE_TYPE (SkView, sk_view, SK, VIEW, GtkWidget)

struct _SkViewClass
{
  GtkWidgetClass parent_class;

  /* Fills the side list from the project and shows an object. */
  void     (*rebuild)      (SkView        *self);
  /* The id of the object shown, or NULL: kept while the records go. */
  const char *(*shown_id)  (SkView        *self);
  /* The project changed while shown: bring the view up to date in place
   * and return TRUE, or FALSE to have it rebuilt.  Optional. */
  gboolean (*refresh)      (SkView        *self);
  /* A field changed through sk-edit.h (an undo, an edit elsewhere)
   * while shown: show the new value in place and return TRUE, or FALSE
   * to be refreshed or rebuilt.  Optional. */
  gboolean (*record_changed) (SkView      *self,
                              SkRecordKind kind,
                              const char  *id,
                              const char  *field);
  /* A record was inserted or removed (`inserted` FALSE) at `position`
   * of its list, or moved, through sk-edit.h while shown: show it in
   * place and return TRUE, or FALSE to be refreshed or rebuilt.
   * Optional; a move is by default a record_listed () of one inserted
   * at `to`. */
  gboolean (*record_listed) (SkView      *self,
                             SkRecordKind kind,
                             const char  *id,
                             guint        position,
                             gboolean     inserted);
  gboolean (*record_moved)  (SkView      *self,
                             SkRecordKind kind,
                             const char  *id,
                             guint        from,
                             guint        to);
  /* A row of the side list was selected; NULL when none is, and when
   * the project is replaced: the page goes with every pointer the view
   * holds into the records. */
  void     (*row_selected) (SkView        *self,
                            GtkListBoxRow *row);
};

/* Called from a subclass's init. */
void           sk_view_setup             (SkView        *self,
                                          const char    *empty_icon,
                                          const char    *empty_title,
                                          const char    *empty_description,
                                          const char    *list_name,
                                          GtkPolicyType  hscroll,
                                          GtkPolicyType  vscroll,
                                          int            clamp);

SkProject     *sk_view_get_project       (SkView        *self);
SkDocument    *sk_view_get_document      (SkView        *self);
SkHistory     *sk_view_get_history       (SkView        *self);
/* The document shown; its project is sk_view_get_project (). */
void           sk_view_set_document      (SkView        *self,
                                          SkDocument    *document);
GtkListBox    *sk_view_get_sidebar       (SkView        *self);
GtkStack      *sk_view_get_content_stack (SkView        *self);
GtkBox        *sk_view_get_content       (SkView        *self);

/* The id of the object to show again when rebuilding: the one shown, or
 * the one shown before the records went. */
char          *sk_view_take_shown_id     (SkView        *self);
/* The empty page, instead of an object; with a button for each action
 * added that makes a first object (the first one suggested). */
void           sk_view_show_empty        (SkView        *self);
void           sk_view_add_empty_action  (SkView        *self,
                                          const char    *label,
                                          const char    *action_name);
/* Asks for the title of a new object (or a new one for an object, as
 * `initial`); `done` gets it (trimmed, never empty) when the user
 * accepts. */
typedef void (*SkViewTitleFunc) (SkView     *self,
                                 const char *title);
void           sk_view_ask_title         (SkView          *self,
                                          const char      *heading,
                                          const char      *body,
                                          const char      *placeholder,
                                          const char      *initial,
                                          const char      *accept_label,
                                          SkViewTitleFunc  done);
/* The one shown deleted through sk-edit.h, with the agenda's links to
 * it, and a toast with Undo: one edit that can be undone. */
void           sk_view_delete_record     (SkView        *self,
                                          SkLinkKind     kind,
                                          gpointer      *shown);
/* Asks for a new title for the record shown, and gives it. */
void           sk_view_rename_record     (SkView        *self,
                                          SkLinkKind     kind,
                                          const char    *heading,
                                          gpointer      *shown);
/* A toast in the window's overlay, with Undo if asked. */
void           sk_view_toast             (SkView        *self,
                                          const char    *message,
                                          gboolean       undo);
/* "Exported “name”", for the file at `path` (or a file's name). */
void           sk_view_toast_exported    (SkView        *self,
                                          const char    *path);
GtkFileChooser *sk_view_file_chooser_new (SkView               *self,
                                          const char           *title,
                                          GtkFileChooserAction  action,
                                          const char           *accept_label,
                                          const char           *current_name,
                                          GCallback             response,
                                          gpointer              data);
/* Tells the other views about an edit made in this one, which is up to
 * date already and is not rebuilt. */
void           sk_view_changed           (SkView        *self);
/* Around the view's own edit through sk-edit.h, which it shows already:
 * the change signals do not rebuild it. */
void           sk_view_set_editing       (SkView        *self,
                                          gboolean       editing);
/* Builds the view now if it is waiting to be shown to be (for selecting
 * in it before it is shown). */
void           sk_view_ensure_built      (SkView        *self);
/* Builds it, and selects the object with that id in the side list. */
void           sk_view_select            (SkView        *self,
                                          const char    *id,
                                          gconstpointer  skip);
/* The one object, without the list of the others, what it comes to
 * first: meeting mode. */
void           sk_view_set_folded        (SkView        *self,
                                          gboolean       folded);
gboolean       sk_view_get_folded        (SkView        *self);
void           sk_view_set_sidebar_shown (SkView        *self,
                                          gboolean       shown);
gboolean       sk_view_get_sidebar_shown (SkView        *self);
void           sk_view_set_presenting    (SkView        *self);
gboolean       sk_view_get_presenting    (SkView        *self);

G_END_DECLS
