/* sk-window.c — a window showing one document: its title, views,
 * progress, toasts and actions.  The document (sk-document.h) keeps the
 * file, its draft, lock and watch, and loads and saves; the window asks
 * for that and shows it: opening in sk-window-open.c, saving and "Save
 * Changes?" in sk-window-save.c, recovering drafts in
 * sk-window-recovery.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda-view.h"
#include "sk-app-settings.h"
#include "sk-costs-view.h"
#include "sk-dialog-util.h"
#include "sk-file-chooser.h"
#include "sk-font-warmup.h"
#include "sk-matrix-view.h"
#include "sk-properties.h"
#include "sk-recent-menu.h"
#include "sk-timeline-view.h"
#include "sk-undo-menu.h"
#include "sk-view-util.h"
#include "sk-disk-note.h"
#include "sk-window-private.h"

struct _SkWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  GtkBox               *main_box;
  AdwSqueezer          *title_squeezer;
  AdwWindowTitle       *window_title;
  AdwViewSwitcherBar   *switcher_bar;  /* made when the window first narrows */
  GtkToggleButton      *list_button;
  GBinding             *list_binding;  /* of the view in front */
  GtkLabel             *file_label;
  guint                 fold_id;
  AdwViewStack         *stack;
  GtkSpinner           *spinner;
  GtkProgressBar       *progress_bar;
  guint                 progress_delay_id;
  GtkMenuButton        *menu_button;
  GMenuModel           *primary_menu;
  GMenu                *recent_menu;
  AdwBin               *agenda_page;
  AdwBin               *matrix_page;
  AdwBin               *timeline_page;
  AdwBin               *costs_page;
  /* Made when first shown (page_view) */
  SkAgendaView         *agenda_view;
  SkMatrixView         *matrix_view;
  SkTimelineView       *timeline_view;
  SkCostsView          *costs_view;

  /* The document */
  /* The document: the project, its history and its file (sk-document.h) */
  SkDocument           *document;
  gboolean              has_document;  /* past the placeholder a window starts with */
  gboolean              modified;    /* as the title shows it */
  gboolean              discarded;   /* the changes are given up: close or reload */
  GMenu                *undo_section;

  GCancellable         *cancellable;
  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (SkWindow, sk_window, ADW_TYPE_APPLICATION_WINDOW)

static SkProject *
doc_project (SkWindow *self)
{
  return self->document ? sk_document_get_project (self->document) : NULL;
}

static GFile *
doc_file (SkWindow *self)
{
  return self->document ? sk_document_get_file (self->document) : NULL;
}

static gboolean
is_modified (SkWindow *self)
{
  return !self->discarded && self->document != NULL && sk_document_get_modified (self->document);
}

enum {
  LOADED,
  LOAD_FAILED,
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];


static char *
display_name (SkWindow *self)
{
  if (doc_file (self) != NULL)
    return g_file_get_basename (doc_file (self));
  if (sk_document_get_is_example (self->document))
    return g_strdup (_("Example Project"));
  return g_strdup (_("New Project"));
}

/* Whether the header shows the file's name instead of the view switcher. */
static gboolean
title_visible (SkWindow *self)
{
  return adw_squeezer_get_visible_child (self->title_squeezer) == GTK_WIDGET (self->window_title);
}

static const char *
subtitle_of (SkProject *project)
{
  const char *organisation = sk_project_get_organisation (project);

  return organisation != NULL && organisation[0] != '\0' ? organisation : sk_project_get_title (project);
}

static void
update_title (SkWindow *self)
{
  g_autofree char *name = display_name (self);
  g_autofree char *title = NULL;
  g_autofree char *window_title = NULL;

  /* "•" marks unsaved changes, as in the GNOME text editor. */
  title = self->modified ? g_strdup_printf ("• %s", name) : g_strdup (name);
  adw_window_title_set_title (self->window_title, title);
  gtk_label_set_text (self->file_label, title);
  sk_widget_set_tooltip (GTK_WIDGET (self->file_label), title);
  /* Whose project it is shows under the file name when the window is too
   * narrow for the view switcher (not laid out while it is hidden): the
   * organisation, else the project's title.  A title such as "Styremøte
   * 3. november 2025" read as the meeting shown, whatever meeting was. */
  adw_window_title_set_subtitle (self->window_title, doc_project (self) && title_visible (self) ? subtitle_of (doc_project (self)) : "");
  /* Translators: the window title, "• board.sakskart — Sakskart" */
  window_title = g_strdup_printf (_("%s — Sakskart"), title);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

/* Too narrow for the view switcher, too narrow for the side lists too:
 * they fold away, and the header's list button shows the one in front. */
static gboolean
fold_cb (gpointer data)
{
  SkWindow *self = data;
  gboolean narrow = title_visible (self);
  SkView *views[] = { SK_VIEW (self->agenda_view), SK_VIEW (self->matrix_view),
                      SK_VIEW (self->timeline_view), SK_VIEW (self->costs_view) };

  self->fold_id = 0;
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    if (views[i] != NULL)
      sk_view_set_folded (views[i], narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->list_button), narrow);
  gtk_widget_set_visible (GTK_WIDGET (self->file_label), !narrow);
  return G_SOURCE_REMOVE;
}

/* The switcher at the bottom is made the first time the window is too
 * narrow for the one in the header: most windows never need it, and
 * made at start-up it is built, styled and measured for nothing. */
static void
title_squeezer_cb (SkWindow *self)
{
  gboolean narrow = title_visible (self);

  if (narrow && self->switcher_bar == NULL)
    {
      self->switcher_bar = ADW_VIEW_SWITCHER_BAR (adw_view_switcher_bar_new ());
      adw_view_switcher_bar_set_stack (self->switcher_bar, self->stack);
      gtk_box_append (self->main_box, GTK_WIDGET (self->switcher_bar));
    }
  if (self->switcher_bar != NULL)
    adw_view_switcher_bar_set_reveal (self->switcher_bar, narrow);
  /* Not while the squeezer is being allocated. */
  if (self->fold_id == 0)
    self->fold_id = g_idle_add (fold_cb, self);
  update_title (self);
}

void
_sk_window_toast (SkWindow   *self,
                  const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, sk_toast_new (message));
}

/* Someone else saved, moved or deleted the open file (sk-document-watch.c). */
static void
document_changed_cb (SkWindow *self,
                     gboolean  gone)
{
  sk_disk_note_show (GTK_WIDGET (self), self->toast_overlay, doc_file (self), gone);
}

void
sk_window_flush_draft (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));

  sk_document_flush_draft (self->document);
}

/* An edit, undo or redo; or undone back to the contents on disk, which
 * is as saved. */
static void
project_changed_cb (SkWindow *self)
{
  gboolean modified = is_modified (self);

  if (modified != self->modified ||
      (title_visible (self) &&
       g_strcmp0 (adw_window_title_get_subtitle (self->window_title), subtitle_of (doc_project (self))) != 0))
    {
      self->modified = modified;
      update_title (self);
    }
}

/* Undo and redo are there when there is something to undo or redo, and
 * the menu names it: "Undo Change Weight «Nærleik til brukarane»". */
static void
history_cb (SkWindow *self)
{
  sk_undo_menu_update (GTK_WIDGET (self), "win", self->undo_section, sk_document_get_history (self->document));
}

/* A share has no file monitor: the file is read again when the focus
 * comes or goes (a colleague's save in the same second as ours too). */
static void
active_cb (SkWindow *self)
{
  sk_document_check_on_disk (self->document);
}

/* The view a page of the view stack holds, made the first time its page
 * is shown (or a link from the agenda, or meeting mode, asks for it):
 * made with the window, they were built and styled at every start-up,
 * ~130 widgets most starts never show.  A view made later takes the
 * window's project; until then nothing but it can change what it shows
 * (the matrix view's values "as prepared" are as loaded or saved). */
static SkView *
page_view (SkWindow  *self,
           GtkWidget *page)
{
  struct { AdwBin *page; gpointer *view; GType type; } lazy[] = {
    { self->agenda_page, (gpointer *) &self->agenda_view, SK_TYPE_AGENDA_VIEW },
    { self->matrix_page, (gpointer *) &self->matrix_view, SK_TYPE_MATRIX_VIEW },
    { self->timeline_page, (gpointer *) &self->timeline_view, SK_TYPE_TIMELINE_VIEW },
    { self->costs_page, (gpointer *) &self->costs_view, SK_TYPE_COSTS_VIEW },
  };

  for (guint i = 0; i < G_N_ELEMENTS (lazy); i++)
    {
      if (page != GTK_WIDGET (lazy[i].page))
        continue;
      if (*lazy[i].view == NULL)
        {
          *lazy[i].view = g_object_new (lazy[i].type, NULL);
          sk_view_set_folded (*lazy[i].view, title_visible (self));
          adw_bin_set_child (lazy[i].page, *lazy[i].view);
          if (SK_IS_MATRIX_VIEW (*lazy[i].view))
            sk_matrix_view_set_document (*lazy[i].view, self->document);  /* and its values as prepared */
          else
            sk_view_set_document (*lazy[i].view, self->document);
        }
      return SK_VIEW (*lazy[i].view);
    }
  return SK_VIEW (page);
}

static void
visible_page_cb (SkWindow *self)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->stack);

  if (page == NULL)
    return;
  /* The header's list button shows the side list of the view in front. */
  g_clear_pointer (&self->list_binding, g_binding_unbind);
  self->list_binding = g_object_bind_property (page_view (self, page), "sidebar-shown", self->list_button, "active",
                                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

/* Shows `document` (the window takes it) in place of the one before,
 * whose changes were saved or given up. */
void
_sk_window_set_document (SkWindow   *self,
                         SkDocument *document)
{
  g_assert (SK_IS_DOCUMENT (document));

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (sk_document_get_history (self->document), self);
      sk_document_discard (self->document);
      sk_document_close (self->document);
      g_object_unref (self->document);
    }
  self->document = document;
  self->discarded = FALSE;
  sk_disk_note_forget (GTK_WIDGET (self));
  self->modified = is_modified (self);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (project_changed_cb), self);
  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (project_changed_cb), self);
  g_signal_connect_swapped (document, "changed-on-disk", G_CALLBACK (document_changed_cb), self);
  g_signal_connect_swapped (sk_document_get_history (document), "notify", G_CALLBACK (history_cb), self);
  history_cb (self);
  if (_sk_window_parts != NULL)
    _sk_window_parts->document_shown (self, document);

  /* The views not made yet take the document when they are. */
  if (self->agenda_view != NULL)
    sk_agenda_view_set_document (self->agenda_view, document);
  if (self->matrix_view != NULL)
    sk_matrix_view_set_document (self->matrix_view, document);
  if (self->timeline_view != NULL)
    sk_timeline_view_set_document (self->timeline_view, document);
  if (self->costs_view != NULL)
    sk_costs_view_set_document (self->costs_view, document);
  /* The view in front is built at once, also before the window is shown
   * (its content is measured in the window's first layout); not for the
   * empty placeholder a new window holds until it opens its document. */
  if (self->has_document)
    sk_view_ensure_built (page_view (self, adw_view_stack_get_visible_child (self->stack)));
  update_title (self);
}

void
_sk_window_show_error (SkWindow   *self,
                       const char *heading,
                       const char *message,
                       GPtrArray  *problems)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, message);

  /* Every problem with its JSON path, so that the file can be mended. */
  if (problems != NULL && problems->len > 1)
    {
      GString *text = g_string_new (NULL);
      GtkWidget *label, *scroller;

      for (guint i = 0; i < problems->len && i < 200; i++)
        {
          const SkProblem *problem = g_ptr_array_index (problems, i);

          g_string_append_printf (text, "%s%s: %s", i ? "\n" : "", problem->path, problem->message);
        }
      label = gtk_label_new (text->str);
      gtk_label_set_selectable (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "monospace");
      scroller = gtk_scrolled_window_new ();
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
      gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 240);
      gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
      adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
      g_string_free (text, TRUE);
    }
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A file that opens at once shows no bar; one that takes longer than a
 * blink shows how much of it is read. */
static gboolean
show_progress_cb (gpointer data)
{
  SkWindow *self = data;

  self->progress_delay_id = 0;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  return G_SOURCE_REMOVE;
}

void
_sk_window_set_busy (SkWindow *self,
                     gboolean  busy)
{
  gtk_widget_set_visible (GTK_WIDGET (self->spinner), busy);
  gtk_spinner_set_spinning (self->spinner, busy);
  g_clear_handle_id (&self->progress_delay_id, g_source_remove);
  gtk_progress_bar_set_fraction (self->progress_bar, 0);
  if (busy)
    self->progress_delay_id = g_timeout_add (150, show_progress_cb, self);
  else
    gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
}

void
_sk_window_set_chooser (SkWindow             *self,
                        GtkFileChooserNative *chooser)
{
  g_clear_object (&self->chooser);
  self->chooser = chooser;
}

void
_sk_window_saved (SkWindow *self,
                  GFile    *file)
{
  self->modified = is_modified (self);
  update_title (self);
  /* What is on disk now is ours. */
  sk_disk_note_forget (GTK_WIDGET (self));
  sk_recent_menu_remember (GTK_WINDOW (self), file);
  g_signal_emit (self, signals [SAVED], 0);
}

void
_sk_window_load_progress (GObject *target,
                          double   fraction)
{
  SkWindow *self = SK_WINDOW (target);

  /* Reports may arrive after the window was closed. */
  if (self->spinner != NULL && gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
    gtk_progress_bar_set_fraction (self->progress_bar, fraction);
}

double
sk_window_get_load_progress (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), -1);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->spinner)))
    return -1;
  return gtk_progress_bar_get_fraction (self->progress_bar);
}

gboolean
_sk_window_get_modified (SkWindow *self)
{
  return is_modified (self);
}

char *
_sk_window_display_name (SkWindow *self)
{
  return display_name (self);
}

/* A new load, in place of one under way (whose result is not wanted). */
GCancellable *
_sk_window_restart_load (SkWindow *self,
                         gboolean  start)
{
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  if (start)
    self->cancellable = g_cancellable_new ();
  return self->cancellable;
}

void
_sk_window_emit_loaded (SkWindow   *self,
                        const char *failure)
{
  if (failure != NULL)
    g_signal_emit (self, signals [LOAD_FAILED], 0, failure);
  else
    g_signal_emit (self, signals [LOADED], 0);
}

void
_sk_window_set_discarded (SkWindow *self,
                          gboolean  discarded)
{
  self->discarded = discarded;
}

/* Actions */

static void
show_view_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, g_variant_get_string (param, NULL));
}

static void
meeting_mode_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->stack, "agenda");
  sk_agenda_view_start_meeting_mode (SK_AGENDA_VIEW (page_view (self, GTK_WIDGET (self->agenda_page))));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  if (g_str_equal (action_name, "win.redo"))
    sk_document_redo (self->document);
  else
    sk_document_undo (self->document);
}

/* From an agenda item to the matrix, cost model or timeline it links. */
static void
jump_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  const char *kind, *id;

  g_variant_get (param, "(&s&s)", &kind, &id);
  if (g_str_equal (kind, "matrix"))
    {
      adw_view_stack_set_visible_child_name (self->stack, "matrix");
      sk_matrix_view_select (SK_MATRIX_VIEW (page_view (self, GTK_WIDGET (self->matrix_page))), id);
    }
  else if (g_str_equal (kind, "cost_model"))
    {
      adw_view_stack_set_visible_child_name (self->stack, "costs");
      sk_costs_view_select (SK_COSTS_VIEW (page_view (self, GTK_WIDGET (self->costs_page))), id);
    }
  else if (g_str_equal (kind, "timeline"))
    {
      adw_view_stack_set_visible_child_name (self->stack, "timeline");
      sk_timeline_view_select (SK_TIMELINE_VIEW (page_view (self, GTK_WIDGET (self->timeline_page))), id);
    }
}

static void
properties_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);

  gtk_window_present (sk_properties_new (GTK_WINDOW (self), doc_project (self)));
}

static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  gtk_window_present (sk_shortcuts_window_new (GTK_WINDOW (widget)));
}

static gboolean
destroy_idle_cb (gpointer data)
{
  gtk_window_destroy (GTK_WINDOW (data));
  return G_SOURCE_REMOVE;
}

static void
close_now (SkWindow *self,
           gpointer  data)
{
  self->discarded = TRUE;
  sk_document_discard (self->document);
  /* Called from the question's response: the dialog, which is this
   * window's, lets go of it when it goes; destroying the window under it
   * crashed. */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, destroy_idle_cb, g_object_ref (self), g_object_unref);
}

/* The parts' work (SkWindowParts) */

const SkWindowParts *_sk_window_parts;

static void
part_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  for (guint i = 0; _sk_window_parts != NULL && _sk_window_parts->actions[i].name != NULL; i++)
    if (g_str_equal (_sk_window_parts->actions[i].name, action_name))
      {
        _sk_window_parts->actions[i].activate (widget, action_name, param);
        return;
      }
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SkWindow      *self)
{
  return _sk_window_parts != NULL && _sk_window_parts->drop (target, value, x, y, self);
}

static gboolean
sk_window_close_request (GtkWindow *window)
{
  SkWindow *self = SK_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);

  GSettings *settings = sk_app_settings (G_APPLICATION (app));

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }

  /* A save on its way (a slow share): closed when it is done, or kept to
   * say why not (sk-window-save.c), not asked about changes under way. */
  if (self->document != NULL && sk_document_get_saving (self->document))
    {
      g_object_set_data (G_OBJECT (self), SK_WINDOW_CLOSE_WHEN_SAVED, GINT_TO_POINTER (TRUE));
      _sk_window_toast (self, _("The window closes when the save is done"));
      return TRUE;
    }
  if (is_modified (self))
    {
      /* Whatever the answer, or if none comes: the work is on disk. */
      sk_document_flush_draft (self->document);
      if (_sk_window_parts != NULL)
        _sk_window_parts->confirm_discard (self, close_now, NULL, NULL);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (sk_window_parent_class)->close_request (window);
}

/* GTK 4.8 on X11: a submenu ("Style") opened and the menu closed with
 * Esc left the window's focus on a scrolled window inside the hidden
 * menu; every key went there, and no shortcut or Tab worked until a
 * restart.  The focus goes back to the menu's button, as it does when no
 * submenu was opened. */
static void
main_menu_closed_cb (SkWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (self->menu_button));

  if (focus != NULL && (!gtk_widget_get_mapped (focus) || (popover != NULL && gtk_widget_is_ancestor (focus, popover))))
    {
      if (!gtk_widget_grab_focus (GTK_WIDGET (self->menu_button)))
        gtk_window_set_focus (GTK_WINDOW (self), NULL);
    }
}

/* The main menu is made when it is first opened: its popover and the
 * recent files (read from disk) were a tenth of what the window cost
 * before its first frame. */
static void
create_menu_cb (GtkMenuButton *button,
                gpointer       user_data)
{
  SkWindow *self = user_data;

  if (gtk_menu_button_get_menu_model (button) != NULL)
    return;
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (sk_recent_menu_rebuild), self->recent_menu, G_CONNECT_SWAPPED);
  sk_recent_menu_rebuild (self->recent_menu);
  gtk_menu_button_set_menu_model (button, self->primary_menu);
  g_signal_connect_object (gtk_menu_button_get_popover (button), "closed",
                           G_CALLBACK (main_menu_closed_cb), self, G_CONNECT_SWAPPED | G_CONNECT_AFTER);
}

static void
sk_window_dispose (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (sk_document_get_history (self->document), self);
      /* A draft not discarded stays, for recovery. */
      sk_document_close (self->document);
    }
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->chooser);
  g_clear_handle_id (&self->progress_delay_id, g_source_remove);
  g_clear_handle_id (&self->fold_id, g_source_remove);
  /* Pages going away must not make their views. */
  if (self->stack != NULL)
    g_signal_handlers_disconnect_by_func (self->stack, visible_page_cb, self);
  g_clear_pointer (&self->list_binding, g_binding_unbind);
  gtk_widget_dispose_template (GTK_WIDGET (self), SK_TYPE_WINDOW);
  self->agenda_view = NULL;
  self->matrix_view = NULL;
  self->timeline_view = NULL;
  self->costs_view = NULL;
  G_OBJECT_CLASS (sk_window_parent_class)->dispose (object);
}

static void
sk_window_finalize (GObject *object)
{
  SkWindow *self = SK_WINDOW (object);

  g_clear_object (&self->document);
  G_OBJECT_CLASS (sk_window_parent_class)->finalize (object);
}

static void
sk_window_realize (GtkWidget *widget)
{
  /* Before the window first measures its text: the fonts made ready while
   * the application started (later windows find nothing to wait for). */
  sk_font_warmup_finish ();
  if (SK_WINDOW (widget)->list_binding == NULL)  /* the list button's view */
    visible_page_cb (SK_WINDOW (widget));
  GTK_WIDGET_CLASS (sk_window_parent_class)->realize (widget);
}

static void
sk_window_class_init (SkWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = sk_window_dispose;
  object_class->finalize = sk_window_finalize;
  window_class->close_request = sk_window_close_request;
  widget_class->realize = sk_window_realize;

  /**
   * SkWindow::loaded:
   *
   * A project was opened and is shown.
   */
  signals [LOADED] = g_signal_new ("loaded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SkWindow::load-failed:
   * @message: the error, with file name and JSON path
   */
  signals [LOAD_FAILED] = g_signal_new ("load-failed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                        0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals [SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SK_TYPE_AGENDA_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SkWindow, toast_overlay);
  gtk_widget_class_bind_template_child_full (widget_class, "open_button", FALSE, 0);
  gtk_widget_class_bind_template_child_full (widget_class, "save_button", FALSE, 0);
  gtk_widget_class_bind_template_callback (widget_class, title_squeezer_cb);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, title_squeezer);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, list_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, file_label);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, spinner);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, undo_section);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, recent_menu);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, agenda_page);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, matrix_page);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, costs_page);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, part_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, part_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", part_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, part_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, part_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, part_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.meeting-mode", NULL, meeting_mode_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.properties", NULL, properties_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.jump", "(ss)", jump_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, part_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
}

/* Where file choosers over this window, or over a window of its own,
 * start (sk_file_chooser_new ()). */
static GFile *
window_folder (GtkWindow *window)
{
  return sk_window_get_folder (SK_WINDOW (window));
}

static void
sk_window_init (SkWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));
  sk_widget_set_tooltip (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), SK_TYPE_WINDOW, "open_button")),
                         _("Open a Project (Ctrl+O)"));
  sk_widget_set_tooltip (GTK_WIDGET (self->menu_button), _("Main Menu"));
  sk_widget_set_tooltip (GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (self), SK_TYPE_WINDOW, "save_button")),
                         _("Save the Project (Ctrl+S)"));
  sk_window_show_in_first_layout (GTK_WIDGET (self), GTK_WIDGET (self->main_box));
  sk_file_chooser_set_folder_func (GTK_WINDOW (self), window_folder);

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (visible_page_cb), self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_cb), NULL);
  /* The view in front is made as the document opens or the window is
   * realized: a start with --view switches pages before either. */
  {
    g_autoptr(SkProject) empty = sk_project_new ();

    _sk_window_set_document (self, sk_document_new_for_file (empty, NULL, NULL, FALSE));
    self->has_document = TRUE;
  }
}

SkProject *
sk_window_get_project (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return doc_project (self);
}

SkDocument *
sk_window_get_document (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return self->document;
}

GFile *
sk_window_get_file (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return doc_file (self);
}

/* Where a file chooser for this document starts: the project's folder,
 * else the user's documents, else home. */
GFile *
sk_window_get_folder (SkWindow *self)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);

  if (doc_file (self) != NULL && g_file_has_parent (doc_file (self), NULL))
    return g_file_get_parent (doc_file (self));
  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
}

/* Opened read-only because someone else had it open: Save is refused. */
gboolean
sk_window_get_read_only (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  return sk_document_get_read_only (self->document);
}

gboolean
sk_window_get_modified (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);
  return is_modified (self);
}

const char *
sk_window_get_visible_view (SkWindow *self)
{
  g_return_val_if_fail (SK_IS_WINDOW (self), NULL);
  return adw_view_stack_get_visible_child_name (self->stack);
}
