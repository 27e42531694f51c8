/* sk-window.c — a window showing one project: open, save, views
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-window"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-agenda-view.h"
#include "sk-costs-view.h"
#include "sk-document-share.h"
#include "sk-drafts.h"
#include "sk-font-warmup.h"
#include "sk-format.h"
#include "sk-matrix-view.h"
#include "sk-properties.h"
#include "sk-timeline-view.h"
#include "sk-undo-menu.h"
#include "sk-window.h"

#define EXAMPLE_RESOURCE "/io/github/sakskart/Sakskart/example.sakskart"
#define MIME_TYPE "application/x-sakskart+json"
#define MAX_RECENT 8

typedef void (*ThenFunc) (SkWindow *self, gpointer data);

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
  SkAgendaView         *agenda_view;
  AdwBin               *matrix_page;
  AdwBin               *timeline_page;
  AdwBin               *costs_page;
  /* Made when first shown (page_view) */
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

static void save_to (SkWindow *self, GFile *file, gboolean force,
                     ThenFunc then, gpointer data, GDestroyNotify destroy);
static void save_as (SkWindow *self, ThenFunc then, gpointer data, GDestroyNotify destroy);

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
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->file_label), title);
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

static void
toast (SkWindow   *self,
       const char *message)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (message));
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

static void reload_action (GtkWidget *widget, const char *action_name, GVariant *param);

/* Undo and redo are there when there is something to undo or redo, and
 * the menu names it: "Undo Change Weight «Nærleik til brukarane»". */
static void
history_cb (SkWindow *self)
{
  sk_undo_menu_update (GTK_WIDGET (self), "win", self->undo_section, sk_document_get_history (self->document));
}

/* Someone else saved, moved or deleted the open file (sk-document-watch.c). */
static void
document_changed_cb (SkWindow *self,
                     gboolean  gone)
{
  g_autofree char *name = NULL;
  g_autofree char *msg = NULL;
  AdwToast *t;

  name = g_file_get_basename (doc_file (self));
  msg = !gone ? g_strdup_printf (_("“%s” was changed by someone else"), name)
              : g_strdup_printf (_("“%s” was moved or deleted"), name);
  t = adw_toast_new (msg);
  if (!gone)
    {
      adw_toast_set_button_label (t, _("_Reload"));
      adw_toast_set_action_name (t, "win.reload");
    }
  adw_toast_set_timeout (t, 0);
  adw_toast_overlay_add_toast (self->toast_overlay, t);
}

/* A share has no file monitor: the file is read again when the focus
 * comes or goes (a colleague's save in the same second as ours too). */
static void
active_cb (SkWindow *self)
{
  sk_document_check_on_disk (self->document);
}

/* The view a page of the view stack holds.  The matrix, timeline and
 * costs views are made here, the first time their page is shown (or a
 * link from the agenda asks for them): made with the window they were
 * built and styled at every start-up, ~130 widgets most starts never
 * show.  A view made later takes the window's project then; until it
 * exists nothing but it can change what it shows (the matrix view's
 * values "as prepared" are the project's as loaded or saved). */
static SkView *
page_view (SkWindow  *self,
           GtkWidget *page)
{
  struct { AdwBin *page; gpointer *view; GType type; } lazy[] = {
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
static void
set_document (SkWindow   *self,
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
  self->modified = is_modified (self);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (project_changed_cb), self);
  g_signal_connect_swapped (document, "notify::modified", G_CALLBACK (project_changed_cb), self);
  g_signal_connect_swapped (document, "changed-on-disk", G_CALLBACK (document_changed_cb), self);
  g_signal_connect_swapped (sk_document_get_history (document), "notify", G_CALLBACK (history_cb), self);
  history_cb (self);

  /* The views not made yet take the document when they are. */
  sk_agenda_view_set_document (self->agenda_view, document);
  if (self->matrix_view != NULL)
    sk_matrix_view_set_document (self->matrix_view, document);
  if (self->timeline_view != NULL)
    sk_timeline_view_set_document (self->timeline_view, document);
  if (self->costs_view != NULL)
    sk_costs_view_set_document (self->costs_view, document);
  /* The view in front is built at once, also before the window is first
   * shown: the window then measures its content once, where building it
   * as it maps measured the window twice.  Not for the empty placeholder
   * a new window holds until it opens its document. */
  if (self->has_document)
    sk_view_ensure_built (page_view (self, adw_view_stack_get_visible_child (self->stack)));
  update_title (self);
}

static void
remember_file (SkWindow *self,
               GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = { 0 };
  char *groups[] = { (char *) "sakskart", NULL };

  data.display_name = NULL;
  data.mime_type = (char *) MIME_TYPE;
  data.app_name = (char *) g_get_application_name ();
  data.app_exec = (char *) "sakskart %u";
  data.groups = groups;
  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);

  if (SK_IS_APPLICATION (app))
    g_settings_set_string (sk_application_get_settings (SK_APPLICATION (app)), "last-file", uri);
}

/* Newest first. */
static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  return g_date_time_compare (gtk_recent_info_get_modified ((GtkRecentInfo *) b),
                              gtk_recent_info_get_modified ((GtkRecentInfo *) a));
}

static void
rebuild_recent_menu (SkWindow *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  guint n = 0;

  /* The manager lists files in the order they were first added. */
  items = g_list_sort (items, compare_recent);

  g_menu_remove_all (self->recent_menu);
  for (GList *l = items; l && n < MAX_RECENT; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      const char *uri = gtk_recent_info_get_uri (info);
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_group (info, "sakskart") && !g_str_has_suffix (uri, ".sakskart"))
        continue;
      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-uri", "s", uri);
      g_menu_append_item (self->recent_menu, item);
      n++;
    }
  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Projects"), "win.none");

      g_menu_append_item (self->recent_menu, item);
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

/* Unsaved changes: ask, then run `then` unless the user cancels. */
typedef struct
{
  SkWindow       *self;
  ThenFunc        then;
  gpointer        data;
  GDestroyNotify  destroy;
} Pending;

static void
discard_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     Pending          *p)
{
  if (g_str_equal (response, "discard"))
    p->then (p->self, p->data);
  else if (g_str_equal (response, "save"))
    {
      SkDocument *document = p->self->document;

      if (sk_document_get_file (document) != NULL && !sk_document_get_is_example (document) &&
          !sk_document_get_read_only (document))
        save_to (p->self, sk_document_get_file (document), FALSE, p->then, p->data, p->destroy);
      else
        save_as (p->self, p->then, p->data, p->destroy);
    }
  else if (p->destroy != NULL)
    p->destroy (p->data);
  g_free (p);
}

/* `then` takes over `data`; when the user cancels, `destroy` frees it. */
static void
confirm_discard (SkWindow       *self,
                 ThenFunc        then,
                 gpointer        data,
                 GDestroyNotify  destroy)
{
  g_autofree char *name = NULL;
  GtkWidget *dialog;
  Pending *p;

  if (!is_modified (self))
    {
      then (self, data);
      return;
    }

  name = display_name (self);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("“%s” has unsaved changes. Changes which are not saved will be lost."),
                                  name);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");

  p = g_new0 (Pending, 1);
  p->self = self;
  p->then = then;
  p->data = data;
  p->destroy = destroy;
  g_signal_connect (dialog, "response", G_CALLBACK (discard_response_cb), p);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_error (SkWindow   *self,
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

static void
set_busy (SkWindow *self,
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

static void
load_progress_cb (GObject *target,
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

/* Opening */

typedef struct
{
  SkWindow *self;
  GFile    *file;
  gboolean  example_on_failure;
} OpenData;

static void
open_data_free (OpenData *od)
{
  g_object_unref (od->file);
  g_object_unref (od->self);
  g_free (od);
}

static void
load_cb (GObject      *source,
         GAsyncResult *result,
         gpointer      user_data)
{
  OpenData *od = user_data;
  SkWindow *self = od->self;
  SkDocument *document;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  document = sk_document_load_finish (result, &problems, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    goto out;
  set_busy (self, FALSE);

  if (document == NULL)
    {
      g_autofree char *name = g_file_get_basename (od->file);
      g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);

      /* The current document stays as it was. */
      g_signal_emit (self, signals [LOAD_FAILED], 0, error->message);
      if (sk_share_unreachable (error))
        sk_share_offer_last_draft (self, od->file, heading, error);
      else if (od->example_on_failure)
        {
          sk_window_open_example (self);
          toast (self, heading);
        }
      else
        show_error (self, heading, error->message, problems);
      goto out;
    }

  set_document (self, document);
  remember_file (self, od->file);
  /* Someone else has it open: ours to read, not to save over. */
  if (sk_document_get_read_only (document))
    toast (self, _("Opened read-only: save a copy with Save As"));
  if (problems != NULL && problems->len > 0)
    {
      const SkProblem *first = g_ptr_array_index (problems, 0);

      /* Only figures a cost model cannot use yet: the view shows them. */
      toast (self, first->message);
    }
  g_signal_emit (self, signals [LOADED], 0);

out:
  open_data_free (od);
}

static void
share_answer_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  OpenData *od = user_data;
  SkWindow *self = od->self;
  SkShareOpen answer = sk_share_ask_finish (result);

  if (answer == SK_SHARE_CANCELLED)
    {
      set_busy (self, FALSE);
      open_data_free (od);
      return;
    }
  sk_document_load_async (od->file,
                          answer == SK_SHARE_OPEN_READ_ONLY ? SK_DOCUMENT_LOAD_READ_ONLY : SK_DOCUMENT_LOAD_NONE,
                          self->cancellable, load_progress_cb, G_OBJECT (self), load_cb, od);
}

static void
open_file_now (SkWindow *self,
               gpointer  data)
{
  OpenData *od = data;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  set_busy (self, TRUE);
  /* Whether someone else has it open (a lock beside it) is asked first. */
  sk_share_ask_async (GTK_WINDOW (self), od->file, self->cancellable, share_answer_cb, od);
}

void
sk_window_open_file (SkWindow *self,
                     GFile    *file,
                     gboolean  example_on_failure)
{
  OpenData *od;

  g_return_if_fail (SK_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  od = g_new0 (OpenData, 1);
  od->self = g_object_ref (self);
  od->file = g_object_ref (file);
  od->example_on_failure = example_on_failure;
  /* Open replaces this window's project, after asking about changes. */
  confirm_discard (self, open_file_now, od, (GDestroyNotify) open_data_free);
}

/* The example, parsed from the resource (it needs nothing of GTK). */
static SkProject *
parse_example (GError **error)
{
  g_autoptr(GBytes) bytes = g_resources_lookup_data (EXAMPLE_RESOURCE, 0, error);
  gsize size;
  const char *text;

  if (bytes == NULL)
    return NULL;
  text = g_bytes_get_data (bytes, &size);
  return sk_project_new_from_data (text, size, NULL, error);
}

static gpointer
parse_example_thread (gpointer data)
{
  return parse_example (NULL);
}

static GThread *example_thread;

/* Starts parsing the example in a thread, for a start-up that will show
 * it: it is ready by the time GTK has started and the window is built,
 * instead of being parsed between the two (~3 ms in the start-up
 * benchmark). The first window to open the example takes it. */
void
sk_window_prefetch_example (void)
{
  if (example_thread == NULL)
    example_thread = g_thread_new ("sk-example", parse_example_thread, NULL);
}

/* For a start-up that opened files instead. */
void
sk_window_discard_example_prefetch (void)
{
  SkProject *project;

  if (example_thread == NULL)
    return;
  project = g_thread_join (g_steal_pointer (&example_thread));
  g_clear_object (&project);
}

static void
open_example_now (SkWindow *self,
                  gpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SkProject) project = NULL;

  if (example_thread != NULL)
    project = g_thread_join (g_steal_pointer (&example_thread));
  /* Parsed here when there was no prefetch, and again if it failed, for
   * the message. */
  if (project == NULL)
    project = parse_example (&error);
  if (project == NULL)
    {
      /* The tests make sure this cannot happen; say so if it does. */
      show_error (self, _("Could Not Open the Example"), error->message, NULL);
      return;
    }
  set_document (self, sk_document_new_for_file (project, NULL, NULL, TRUE));
  g_signal_emit (self, signals [LOADED], 0);
}

void
sk_window_open_example (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  confirm_discard (self, open_example_now, NULL, NULL);
}

static void
new_project_now (SkWindow *self,
                 gpointer  data)
{
  g_autoptr(SkProject) project = sk_project_new ();

  sk_project_set_title (project, _("Untitled Project"));
  set_document (self, sk_document_new (project));
}

void
sk_window_new_project (SkWindow *self)
{
  g_return_if_fail (SK_IS_WINDOW (self));
  confirm_discard (self, new_project_now, NULL, NULL);
}

/* Saving */

typedef struct
{
  SkWindow       *self;
  GFile          *file;
  ThenFunc        then;
  gpointer        data;
  GDestroyNotify  destroy;
} SaveData;

/* Frees what a save that did not go through still holds. */
static void
save_data_free (SaveData *sd)
{
  if (sd->destroy != NULL && sd->data != NULL)
    sd->destroy (sd->data);
  g_object_unref (sd->self);
  g_object_unref (sd->file);
  g_free (sd);
}

static void
overwrite_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       SaveData         *sd)
{
  if (g_str_equal (response, "overwrite"))
    {
      save_to (sd->self, sd->file, TRUE, sd->then, sd->data, sd->destroy);
      sd->data = NULL;
    }
  save_data_free (sd);
}

static void
replace_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  SaveData *sd = user_data;
  SkWindow *self = sd->self;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = g_file_get_basename (sd->file);

  set_busy (self, FALSE);
  if (!sk_document_save_finish (SK_DOCUMENT (source), result, &error))
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
        {
          GtkWidget *dialog;

          dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Changed on Disk"), NULL);
          adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                          _("Someone else saved “%s” after you opened it. Saving now replaces their version."),
                                          name);
          adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                            "cancel", _("_Cancel"),
                                            "overwrite", _("_Replace"),
                                            NULL);
          adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                                      ADW_RESPONSE_DESTRUCTIVE);
          g_signal_connect (dialog, "response", G_CALLBACK (overwrite_response_cb), sd);
          gtk_window_present (GTK_WINDOW (dialog));
          return;
        }
      else
        {
          g_autofree char *heading = g_strdup_printf (_("Could Not Save “%s”"), name);
          g_autofree char *text = sk_share_unreachable (error)
                                  ? sk_share_save_failed_text (sd->file, error) : NULL;

          /* The message names the file; the draft keeps the changes. */
          show_error (self, heading, text ? text : error->message, NULL);
        }
      save_data_free (sd);
      return;
    }

  /* Edited while it was being written: still unsaved. */
  self->modified = is_modified (self);
  update_title (self);
  remember_file (self, sd->file);
  g_signal_emit (self, signals [SAVED], 0);
  if (sd->then)
    {
      sd->then (self, sd->data);
      sd->data = NULL;
    }
  save_data_free (sd);
}

static void
write_to (SkWindow       *self,
          GFile          *file,
          gboolean        force,
          ThenFunc        then,
          gpointer        data,
          GDestroyNotify  destroy)
{
  SaveData *sd = g_new0 (SaveData, 1);

  sd->self = g_object_ref (self);
  sd->file = g_object_ref (file);
  sd->then = then;
  sd->data = data;
  sd->destroy = destroy;
  set_busy (self, TRUE);
  /* Someone else's newer version is not replaced unless `force`. */
  sk_document_save_async (self->document, file, force, NULL, replace_cb, sd);
}

typedef struct
{
  SkWindow       *self;
  GFile          *file;
  gboolean        force;
  ThenFunc        then;
  gpointer        data;
  GDestroyNotify  destroy;
} SaveCheck;

static void
save_anyway_cb (AdwMessageDialog *dialog,
                const char       *response,
                SaveCheck        *sc)
{
  if (g_str_equal (response, "save"))
    write_to (sc->self, sc->file, sc->force, sc->then, sc->data, sc->destroy);
  else if (sc->destroy != NULL && sc->data != NULL)
    sc->destroy (sc->data);
  g_object_unref (sc->self);
  g_object_unref (sc->file);
  g_free (sc);
}

/* Saving checks the project first: a file with a problem the reader
 * refuses (all but a cost model's figures) would not open again, which is
 * as good as lost. The edits keep the project valid; this is the net
 * under them. The user may still save, to mend the file by hand. */
static void
save_to (SkWindow       *self,
         GFile          *file,
         gboolean        force,
         ThenFunc        then,
         gpointer        data,
         GDestroyNotify  destroy)
{
  g_autoptr(GPtrArray) problems = sk_project_check (doc_project (self));
  const SkProblem *hard = NULL;
  g_autofree char *body = NULL;
  SaveCheck *sc;
  GtkWidget *dialog;

  for (guint i = 0; i < problems->len && hard == NULL; i++)
    if (!((SkProblem *) g_ptr_array_index (problems, i))->soft)
      hard = g_ptr_array_index (problems, i);
  if (hard == NULL)
    {
      write_to (self, file, force, then, data, destroy);
      return;
    }
  sc = g_new0 (SaveCheck, 1);
  sc->self = g_object_ref (self);
  sc->file = g_object_ref (file);
  sc->force = force;
  sc->then = then;
  sc->data = data;
  sc->destroy = destroy;
  /* Translators: the problem's JSON path and what is wrong, then why it matters */
  body = g_strdup_printf (_("%s: %s\n\nSakskart does not open a file with this problem. Save it anyway only to mend it by hand."),
                          hard->path, hard->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("The File Would Not Open Again"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("Save _Anyway"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (save_anyway_cb), sc);
  gtk_window_present (GTK_WINDOW (dialog));
}

typedef struct
{
  SkWindow       *self;
  ThenFunc        then;
  gpointer        data;
  GDestroyNotify  destroy;
} SaveAsData;

static void
save_as_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SaveAsData      *sa)
{
  SkWindow *self = sa->self;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) chosen = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = g_file_get_path (chosen);
      g_autoptr(GFile) file = NULL;

      /* Give the file its extension, so that it opens with Sakskart. */
      if (path != NULL && !g_str_has_suffix (path, ".sakskart"))
        {
          g_autofree char *with = g_strconcat (path, ".sakskart", NULL);

          file = g_file_new_for_path (with);
        }
      else
        file = g_object_ref (chosen);
      /* The chooser asked whether to replace a file there. */
      save_to (self, file, TRUE, sa->then, sa->data, sa->destroy);
    }
  else if (sa->destroy != NULL)
    sa->destroy (sa->data);
  g_clear_object (&self->chooser);
  g_object_unref (self);
  g_free (sa);
}

static GtkFileFilter *
project_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Sakskart Projects"));
  gtk_file_filter_add_mime_type (filter, MIME_TYPE);
  gtk_file_filter_add_suffix (filter, "sakskart");
  return filter;
}

/* A new file's name, from the project's title as the user wrote it
 * ("Styremøte 3. november 2025.sakskart"), without what a file name
 * cannot hold; "project.sakskart" in the user's language without one. */
static char *
proposed_file_name (SkProject *project)
{
  const char *title = sk_project_get_title (project);
  GString *name = g_string_new (NULL);

  for (const char *p = title ? title : ""; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '/' || c == '\\' || c == ':' || c < 0x20)
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  g_strstrip (name->str);
  g_string_set_size (name, strlen (name->str));
  /* Not hidden, and not too long for the file system. */
  while (name->len > 0 && name->str[0] == '.')
    g_string_erase (name, 0, 1);
  if (name->len > 200)
    {
      const char *end = g_utf8_find_prev_char (name->str, name->str + 200);

      g_string_truncate (name, end ? (gsize) (end - name->str) : 0);
    }
  if (name->len == 0)
    {
      g_string_free (name, TRUE);
      return g_strdup (_("project.sakskart"));
    }
  g_string_append (name, ".sakskart");
  return g_string_free (name, FALSE);
}

static void
save_as (SkWindow       *self,
         ThenFunc        then,
         gpointer        data,
         GDestroyNotify  destroy)
{
  g_autoptr(GtkFileFilter) filter = project_filter ();
  SaveAsData *sa = g_new0 (SaveAsData, 1);

  sa->self = g_object_ref (self);
  sa->then = then;
  sa->data = data;
  sa->destroy = destroy;
  g_clear_object (&self->chooser);
  self->chooser = sk_window_file_chooser_new (self, GTK_WINDOW (self), _("Save Project"),
                                              GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  if (doc_file (self) != NULL)
    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (self->chooser), doc_file (self), NULL);
  else
    {
      g_autofree char *name = proposed_file_name (doc_project (self));

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
    }
  g_signal_connect (self->chooser, "response", G_CALLBACK (save_as_response_cb), sa);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* Actions */

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);

  if (sk_document_get_read_only (self->document))
    toast (self, _("Opened read-only: save a copy with Save As"));
  else if (doc_file (self) != NULL && !sk_document_get_is_example (self->document))
    save_to (self, doc_file (self), FALSE, NULL, NULL, NULL);
  else
    save_as (self, NULL, NULL, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  save_as (SK_WINDOW (widget), NULL, NULL, NULL);
}

static void
open_response_cb (GtkNativeDialog *chooser,
                  int              response,
                  SkWindow        *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      sk_window_open_file (self, file, FALSE);
    }
  g_clear_object (&self->chooser);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);
  g_autoptr(GtkFileFilter) filter = project_filter ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_clear_object (&self->chooser);
  self->chooser = sk_window_file_chooser_new (self, GTK_WINDOW (self), _("Open Project"),
                                              GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), all);
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
open_uri_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  sk_window_open_file (SK_WINDOW (widget), file, FALSE);
}

static void
open_example_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  sk_window_open_example (SK_WINDOW (widget));
}

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *param)
{
  sk_window_new_project (SK_WINDOW (widget));
}

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
  sk_agenda_view_start_meeting_mode (self->agenda_view);
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
reload_now (SkWindow *self,
            gpointer  data)
{
  g_autoptr(GFile) file = doc_file (self) ? g_object_ref (doc_file (self)) : NULL;

  if (file == NULL)
    return;
  self->discarded = TRUE;
  sk_window_open_file (self, file, FALSE);
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  confirm_discard (SK_WINDOW (widget), reload_now, NULL, NULL);
}

static void
properties_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  SkWindow *self = SK_WINDOW (widget);

  gtk_window_present (sk_properties_new (GTK_WINDOW (self), doc_project (self)));
}

/* The shortcuts window is built when it is first asked for, not with every
 * window as GtkApplication would for gtk/help-overlay.ui. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/sakskart/Sakskart/help-overlay.ui");
  GtkWindow *shortcuts = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));

  /* The application knows the accelerators of the actions listed. */
  gtk_window_set_application (shortcuts, gtk_window_get_application (GTK_WINDOW (widget)));
  gtk_window_set_transient_for (shortcuts, GTK_WINDOW (widget));
  gtk_window_present (shortcuts);
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         SkWindow      *self)
{
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  if (files == NULL)
    return FALSE;
  sk_window_open_file (self, files->data, FALSE);
  g_slist_free (files);
  return TRUE;
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

static gboolean
sk_window_close_request (GtkWindow *window)
{
  SkWindow *self = SK_WINDOW (window);
  GtkApplication *app = gtk_window_get_application (window);

  if (SK_IS_APPLICATION (app))
    {
      GSettings *settings = sk_application_get_settings (SK_APPLICATION (app));
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set (settings, "window-size", "(ii)", width, height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }

  if (is_modified (self))
    {
      /* Whatever the answer, or if none comes: the work is on disk. */
      sk_document_flush_draft (self->document);
      confirm_discard (self, close_now, NULL, NULL);
      return TRUE;
    }
  return GTK_WINDOW_CLASS (sk_window_parent_class)->close_request (window);
}

static void
recent_changed_cb (SkWindow *self)
{
  rebuild_recent_menu (self);
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
                           G_CALLBACK (recent_changed_cb), self, G_CONNECT_SWAPPED);
  rebuild_recent_menu (self);
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
  gtk_widget_class_bind_template_child (widget_class, SkWindow, agenda_view);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, matrix_page);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, timeline_page);
  gtk_widget_class_bind_template_child (widget_class, SkWindow, costs_page);

  gtk_widget_class_install_action (widget_class, "win.new", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", open_uri_action);
  gtk_widget_class_install_action (widget_class, "win.open-example", NULL, open_example_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.show-view", "s", show_view_action);
  gtk_widget_class_install_action (widget_class, "win.meeting-mode", NULL, meeting_mode_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.properties", NULL, properties_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.jump", "(ss)", jump_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
}

static void
sk_window_init (SkWindow *self)
{
  GtkDropTarget *target;

  gtk_widget_init_template (GTK_WIDGET (self));

  target = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (target, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (target));

  gtk_menu_button_set_create_popup_func (self->menu_button, create_menu_cb, self, NULL);
  g_signal_connect_swapped (self->stack, "notify::visible-child", G_CALLBACK (visible_page_cb), self);
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_cb), NULL);
  visible_page_cb (self);

  {
    g_autoptr(SkProject) empty = sk_project_new ();

    set_document (self, sk_document_new (empty));
    self->has_document = TRUE;
  }
}

SkWindow *
sk_window_new (SkApplication *application)
{
  SkWindow *self = g_object_new (SK_TYPE_WINDOW, "application", application, NULL);
  GSettings *settings = sk_application_get_settings (application);
  int width = 0, height = 0;

  g_settings_get (settings, "window-size", "(ii)", &width, &height);
  if (width > 0 && height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  return self;
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

/* A modal file chooser over `parent` (this window, or one of its own),
 * starting in this document's folder (sk_window_get_folder ()).  `self`
 * may be NULL, for a window that belongs to no project window (meeting
 * mode alone on a projector): GTK chooses where it starts. */
GtkFileChooserNative *
sk_window_file_chooser_new (SkWindow             *self,
                            GtkWindow            *parent,
                            const char           *title,
                            GtkFileChooserAction  action,
                            const char           *accept_label)
{
  GtkFileChooserNative *chooser;

  g_return_val_if_fail (self == NULL || SK_IS_WINDOW (self), NULL);

  chooser = gtk_file_chooser_native_new (title, parent, action, accept_label, _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  if (self != NULL)
    {
      g_autoptr(GFile) folder = sk_window_get_folder (self);

      gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
    }
  return chooser;
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

/* Opens a draft left by a window that is gone, as unsaved changes to the
 * file it belonged to; the draft goes on being kept until saved. */
gboolean
sk_window_recover (SkWindow       *self,
                   const SkDraft  *draft,
                   GError        **error)
{
  SkDocument *document;

  g_return_val_if_fail (SK_IS_WINDOW (self), FALSE);

  document = sk_document_new_from_draft (draft, error);
  if (document == NULL)
    return FALSE;
  /* The file on disk, still loading, is not put over the draft. */
  g_cancellable_cancel (self->cancellable);
  set_busy (self, FALSE);
  set_document (self, document);
  g_signal_emit (self, signals [LOADED], 0);
  return TRUE;
}

typedef struct
{
  SkWindow  *self;
  GFile     *opening;
  GPtrArray *drafts;
} Recovery;

static void
recovery_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      Recovery         *r)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (r->self));
  gboolean self_taken = FALSE;

  for (guint i = 0; i < r->drafts->len; i++)
    {
      SkDraft *draft = g_ptr_array_index (r->drafts, i);

      if (g_str_equal (response, "recover"))
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(GFile) of = draft->uri ? g_file_new_for_uri (draft->uri) : NULL;
          /* The draft of the file being opened takes its place; any other
           * gets a window of its own. */
          gboolean here = !self_taken && (r->opening == NULL || (of && g_file_equal (of, r->opening)));
          SkWindow *window = here ? r->self : sk_window_new (SK_APPLICATION (app));

          self_taken |= here;
          if (!here)
            gtk_window_present (GTK_WINDOW (window));
          if (!sk_window_recover (window, draft, &error))
            show_error (window, _("Could Not Recover the Changes"), error->message, NULL);
        }
      else
        sk_draft_remove (draft->id);
    }
  g_ptr_array_unref (r->drafts);
  g_object_unref (r->self);
  g_clear_object (&r->opening);
  g_free (r);
}

void
sk_window_offer_recovery (SkWindow *self)
{
  sk_window_offer_recovery_for (self, NULL);
}

void
sk_window_offer_recovery_for (SkWindow *self,
                              GFile    *opening)
{
  g_autoptr(GPtrArray) drafts = sk_drafts_recoverable ();
  GString *list;
  GtkWidget *dialog;
  Recovery *r;

  if (drafts->len == 0)
    return;
  list = g_string_new (NULL);
  for (guint i = 0; i < drafts->len; i++)
    {
      SkDraft *d = g_ptr_array_index (drafts, i);
      g_autoptr(GDateTime) when = g_date_time_new_from_unix_local (d->time);
      g_autofree char *day = g_date_time_format (when, "%Y-%m-%d");
      g_autofree char *clock = g_date_time_format (when, "%H:%M");
      /* As dates and times read elsewhere in the app: "28. november 2026, kl. 04.05". */
      g_autofree char *time = sk_format_date_time (day, clock);
      g_autoptr(GFile) file = d->uri ? g_file_new_for_uri (d->uri) : NULL;
      g_autofree char *name = file ? g_file_get_parse_name (file) : g_strdup (_("not saved yet"));

      g_string_append_printf (list, "%s• %s (%s), %s", i ? "\n" : "", d->title, name, time);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Recover Unsaved Changes?"), NULL);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog),
                                  _("Sakskart was stopped before these changes were saved:\n\n%s"), list->str);
  g_string_free (list, TRUE);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "discard", _("_Discard"), "recover", _("_Recover"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "recover");
  r = g_new0 (Recovery, 1);
  r->self = g_object_ref (self);
  r->opening = opening ? g_object_ref (opening) : NULL;
  r->drafts = g_steal_pointer (&drafts);
  g_signal_connect (dialog, "response", G_CALLBACK (recovery_response_cb), r);
  gtk_window_present (GTK_WINDOW (dialog));
}
