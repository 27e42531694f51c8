/* sk-view.c — what the four views share
 *
 * A view lists the project's objects of one kind on the left and shows
 * the one selected.  It follows the project's "changed" signal, but only
 * pays for it when shown: a hidden view is marked stale and rebuilt when
 * it is mapped.  Before the records it points into go (another project,
 * an undo of everything), its page goes as when nothing is selected and
 * what was shown is kept by its id.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-dialog-util.h"
#include "sk-page.h"
#include "sk-view.h"
#include "sk-view-util.h"
#include "sk-file-chooser.h"

typedef struct
{
  GtkPaned          *paned;
  GtkListBox        *sidebar;
  GtkStack          *content_stack;
  AdwStatusPage     *empty_page;
  GtkScrolledWindow *scroller;
  AdwClamp          *clamp;
  GtkBox            *content;

  char              *empty_icon;
  char              *empty_title;
  char              *empty_description;
  GPtrArray         *empty_actions;  /* label, action name, … for its buttons */
  SkDocument        *document;
  SkProject         *project;   /* the document's */
  char              *kept_id;   /* what was shown, while the records are away */
  gboolean           stale;     /* rebuild when next shown */
  gboolean           dropping;  /* in drop_page (): no empty page made */
  gboolean           presenting;
  gboolean           editing;   /* our own edit: no rebuild */
  GtkFileChooserNative *chooser;  /* the last one, kept until the next */
  int                sidebar_width;  /* as the user left it */
  GtkListBoxRow     *shown_row;      /* weak: the row whose page is shown */
  guint              restore_id;
  gboolean           folded;         /* the window is narrow: the side list is away */
  gboolean           sidebar_shown;  /* …unless asked for */
} SkViewPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (SkView, sk_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SIDEBAR_SHOWN,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/* GTK 4.8's GtkPaned keeps the place of its handle from when both
 * children were shown, and its drag gesture claims a press there even
 * with the side list hidden: a strip of the page (an item's header under
 * it) took no clicks.  Without a handle, the paned's gestures are off. */
static void
paned_set_draggable (GtkPaned *paned,
                     gboolean  draggable)
{
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (paned));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_GESTURE (controller))
        continue;
      /* Its own phase kept, to give back */
      if (g_object_get_data (G_OBJECT (controller), "sk-phase") == NULL)
        g_object_set_data (G_OBJECT (controller), "sk-phase",
                           GINT_TO_POINTER (gtk_event_controller_get_propagation_phase (controller) + 1));
      gtk_event_controller_set_propagation_phase (controller, draggable
                                                  ? GPOINTER_TO_INT (g_object_get_data (G_OBJECT (controller), "sk-phase")) - 1
                                                  : GTK_PHASE_NONE);
    }
  g_object_unref (controllers);
}

static void
update_sidebar (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  gboolean shown;

  if (priv->paned == NULL || priv->presenting)
    return;
  shown = !priv->folded || priv->sidebar_shown;
  gtk_widget_set_visible (gtk_paned_get_start_child (priv->paned), shown);
  paned_set_draggable (priv->paned, shown);
}

static void row_selected_cb (SkView *self, GtkListBoxRow *row);

/* The project is changed or replaced as a whole (another file opened, a
 * recovered draft, an undo across everything): what was shown is kept by
 * its id, and the page goes by the ordinary way of nothing selected, which
 * drops the view's pointers into the records before they may go. */
static void
drop_page (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);
  const char *id = klass->shown_id ? klass->shown_id (self) : NULL;

  if (id != NULL)
    {
      g_free (priv->kept_id);
      priv->kept_id = g_strdup (id);
    }
  /* The rows carry records too (and the headers read them). */
  priv->dropping = TRUE;
  if (priv->sidebar != NULL)
    sk_list_box_clear (priv->sidebar);
  row_selected_cb (self, NULL);
  priv->dropping = FALSE;
}

static void
rebuild (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  priv->stale = FALSE;
  SK_VIEW_GET_CLASS (self)->rebuild (self);
}

/* The project changed: now if shown, else when shown. */
static void
project_changed_cb (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);
  gboolean mapped = gtk_widget_get_mapped (GTK_WIDGET (self));

  if (priv->editing)
    return;
  if (mapped && klass->refresh && klass->refresh (self))
    return;
  drop_page (self);
  priv->stale = TRUE;
  if (mapped)
    rebuild (self);
}

/* An edit through sk-edit.h, its undo or redo: the view brings what
 * shows that record up to date itself, or is rebuilt as above.  Its own
 * edit (sk_view_set_editing ()) it shows already. */
static void
record_cb (SkView       *self,
           SkRecordKind  kind,
           const char   *id,
           const char   *field)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);

  if (priv->editing)
    return;
  if (field != NULL && gtk_widget_get_mapped (GTK_WIDGET (self)) &&
      klass->record_changed && klass->record_changed (self, kind, id, field))
    return;
  project_changed_cb (self);
}

static void
record_changed_cb (SkProject    *project,
                   SkRecordKind  kind,
                   const char   *id,
                   const char   *field,
                   SkView       *self)
{
  record_cb (self, kind, id, field);
}

/* Whether the view shows an inserted, removed or moved record itself. */
static gboolean
in_place (SkView   *self,
          gpointer  vfunc)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  return vfunc != NULL && !priv->editing && !priv->stale && gtk_widget_get_mapped (GTK_WIDGET (self));
}

static void
record_inserted_cb (SkProject *project, SkRecordKind kind, const char *id, guint position, SkView *self)
{
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);

  if (!in_place (self, klass->record_listed) || !klass->record_listed (self, kind, id, position, TRUE))
    record_cb (self, kind, id, NULL);
}

static void
record_removed_cb (SkProject *project, SkRecordKind kind, const char *id, guint position, SkView *self)
{
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);

  if (!in_place (self, klass->record_listed) || !klass->record_listed (self, kind, id, position, FALSE))
    record_cb (self, kind, id, NULL);
}

static void
record_moved_cb (SkProject *project, SkRecordKind kind, const char *id, guint from, guint to, SkView *self)
{
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);

  if (!in_place (self, klass->record_moved) || !klass->record_moved (self, kind, id, from, to))
    record_cb (self, kind, id, NULL);
}

/* A record moved, as the view says; by default as one put in at `to`. */
static gboolean
record_moved_default (SkView       *self,
                      SkRecordKind  kind,
                      const char   *id,
                      guint         from,
                      guint         to)
{
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);

  return klass->record_listed != NULL && klass->record_listed (self, kind, id, to, TRUE);
}

static void
row_selected_cb (SkView        *self,
                 GtkListBoxRow *row)
{
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  /* A list box in browse mode selects the selected row again when it
   * gets the focus or a click: the page it shows stays as it is (made
   * anew, it lost its scroll position and the focus). */
  if (row != NULL && row == priv->shown_row)
    return;
  /* Folded away, the list was shown to choose from it: chosen, it goes. */
  if (priv->folded && priv->sidebar_shown && row != NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
      GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

      if (focus != NULL && (focus == GTK_WIDGET (priv->sidebar) || gtk_widget_is_ancestor (focus, GTK_WIDGET (priv->sidebar))))
        sk_view_set_sidebar_shown (self, FALSE);
    }
  g_set_weak_pointer (&priv->shown_row, row);
  if (klass->row_selected)
    klass->row_selected (self, row);
}

static void
sk_view_map (GtkWidget *widget)
{
  SkView *self = SK_VIEW (widget);
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  GTK_WIDGET_CLASS (sk_view_parent_class)->map (widget);
  if (priv->stale)
    rebuild (self);
}

static void
sk_view_dispose (GObject *object)
{
  SkView *self = SK_VIEW (object);
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_clear_weak_pointer (&priv->shown_row);
  /* The rows point into the project: remove them while it lives. */
  if (priv->sidebar != NULL)
    gtk_list_box_set_header_func (priv->sidebar, NULL, NULL, NULL);
  /* Not gtk_widget_dispose_template (): GTK 4.8 looks for the template of
   * the instance's own class, which a subclass of this one does not have. */
  sk_widget_unparent_children (GTK_WIDGET (self));
  g_clear_handle_id (&priv->restore_id, g_source_remove);
  priv->paned = NULL;
  priv->sidebar = NULL;
  priv->content_stack = NULL;
  priv->empty_page = NULL;
  priv->scroller = NULL;
  priv->clamp = NULL;
  priv->content = NULL;
  if (priv->project)
    g_signal_handlers_disconnect_by_func (priv->project, project_changed_cb, self);
  g_clear_object (&priv->project);
  g_clear_object (&priv->document);
  g_clear_pointer (&priv->kept_id, g_free);
  g_clear_pointer (&priv->empty_icon, g_free);
  g_clear_pointer (&priv->empty_title, g_free);
  g_clear_pointer (&priv->empty_description, g_free);
  g_clear_pointer (&priv->empty_actions, g_ptr_array_unref);
  g_clear_object (&priv->chooser);
  G_OBJECT_CLASS (sk_view_parent_class)->dispose (object);
}

/* A window made narrow (half a laptop's screen) pushes the sidebar down
 * to its own width, since the page does not shrink; widened again, the
 * sidebar gets back the width the user gave it. */
static void
position_cb (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  int max;

  g_object_get (priv->paned, "max-position", &max, NULL);
  /* At the maximum it was pushed, not chosen. */
  if (gtk_paned_get_position (priv->paned) < max)
    priv->sidebar_width = gtk_paned_get_position (priv->paned);
}

static gboolean
restore_sidebar (gpointer data)
{
  SkView *self = data;
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  int max;

  priv->restore_id = 0;
  g_object_get (priv->paned, "max-position", &max, NULL);
  if (gtk_paned_get_position (priv->paned) < MIN (priv->sidebar_width, max))
    gtk_paned_set_position (priv->paned, MIN (priv->sidebar_width, max));
  return G_SOURCE_REMOVE;
}

static void
max_position_cb (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  /* Not while GTK allocates the paned. */
  if (priv->restore_id == 0 && gtk_paned_get_position (priv->paned) < priv->sidebar_width)
    priv->restore_id = g_idle_add (restore_sidebar, self);
}

static void
sk_view_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  SkView *self = SK_VIEW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_SHOWN:
      g_value_set_boolean (value, sk_view_get_sidebar_shown (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_view_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  SkView *self = SK_VIEW (object);

  switch (prop_id)
    {
    case PROP_SIDEBAR_SHOWN:
      sk_view_set_sidebar_shown (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_view_class_init (SkViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = sk_view_dispose;
  klass->record_moved = record_moved_default;
  object_class->get_property = sk_view_get_property;
  object_class->set_property = sk_view_set_property;

  g_type_ensure (SK_TYPE_PAGE);

  /**
   * SkView:sidebar-shown:
   *
   * Whether the side list is shown while the view is folded (a narrow
   * window); unfolded it always is.
   */
  properties [PROP_SIDEBAR_SHOWN] =
    g_param_spec_boolean ("sidebar-shown", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  widget_class->map = sk_view_map;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/sakskart/Sakskart/sk-view.ui");
  gtk_widget_class_bind_template_child_private (widget_class, SkView, paned);
  gtk_widget_class_bind_template_child_private (widget_class, SkView, sidebar);
  gtk_widget_class_bind_template_child_private (widget_class, SkView, content_stack);
  gtk_widget_class_bind_template_child_private (widget_class, SkView, scroller);
  gtk_widget_class_bind_template_child_private (widget_class, SkView, clamp);
  gtk_widget_class_bind_template_child_private (widget_class, SkView, content);
  gtk_widget_class_bind_template_callback (widget_class, row_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, position_cb);
  gtk_widget_class_bind_template_callback (widget_class, max_position_cb);
}

/* Tab leaves the side list in one step, to the page or back to the
 * header.  A GtkListBox steps through its rows on Tab, and the side list
 * shows the record in focus: Tab walked through every meeting and came
 * out on the last one's page, so the page of any other was out of reach
 * of Tab.  Up and Down still move through the list. */
static gboolean
sidebar_key_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                gpointer               user_data)
{
  GtkWidget *list = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (list));
  GtkDirectionType direction;

  if (keyval == GDK_KEY_ISO_Left_Tab)
    direction = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = state & GDK_SHIFT_MASK ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;
  else
    return FALSE;
  if (root == NULL || (state & (GDK_CONTROL_MASK | GDK_ALT_MASK)))
    return FALSE;

  /* The window moves the focus as for Tab, with the list out of it. */
  gtk_widget_set_can_focus (list, FALSE);
  if (!gtk_widget_child_focus (root, direction))
    {
      /* Past the end: round again from the other end, as GTK does. */
      gtk_window_set_focus (GTK_WINDOW (root), NULL);
      gtk_widget_child_focus (root, direction);
    }
  gtk_widget_set_can_focus (list, TRUE);
  return TRUE;
}

static void
sk_view_init (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  GtkEventController *keys;
  GtkWidget *list_scroller;

  gtk_widget_init_template (GTK_WIDGET (self));
  sk_widget_unblur_shadows (GTK_WIDGET (self));
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (sidebar_key_cb), NULL);
  gtk_widget_add_controller (GTK_WIDGET (priv->sidebar), keys);
  sk_page_wheel_passes_controls (GTK_WIDGET (priv->scroller));
  /* The side list scrolls down only: its other bar hidden, as the page's
   * (sk_view_setup ()). */
  list_scroller = gtk_widget_get_ancestor (GTK_WIDGET (priv->sidebar), GTK_TYPE_SCROLLED_WINDOW);
  gtk_widget_set_visible (gtk_scrolled_window_get_hscrollbar (GTK_SCROLLED_WINDOW (list_scroller)), FALSE);
  /* The template's width, until the user moves the divider. */
  priv->sidebar_width = gtk_paned_get_position (priv->paned);
}

void
sk_view_setup (SkView        *self,
               const char    *empty_icon,
               const char    *empty_title,
               const char    *empty_description,
               const char    *list_name,
               GtkPolicyType  hscroll,
               GtkPolicyType  vscroll,
               int            clamp)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_free (priv->empty_icon);
  priv->empty_icon = g_strdup (empty_icon);
  g_free (priv->empty_title);
  priv->empty_title = g_strdup (empty_title);
  g_free (priv->empty_description);
  priv->empty_description = g_strdup (empty_description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (priv->sidebar), GTK_ACCESSIBLE_PROPERTY_LABEL, list_name, -1);
  gtk_scrolled_window_set_policy (priv->scroller, hscroll, vscroll);
  /* A page that scrolls neither way (the timeline's: its chart scrolls
   * itself) has its scroller's bars hidden, not styled for nothing. */
  gtk_widget_set_visible (gtk_scrolled_window_get_hscrollbar (priv->scroller), hscroll != GTK_POLICY_NEVER);
  gtk_widget_set_visible (gtk_scrolled_window_get_vscrollbar (priv->scroller), vscroll != GTK_POLICY_NEVER);
  adw_clamp_set_maximum_size (priv->clamp, clamp);
  adw_clamp_set_tightening_threshold (priv->clamp, clamp);
}

SkProject *
sk_view_get_project (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  return priv->project;
}

SkDocument *
sk_view_get_document (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  return priv->document;
}

SkHistory *
sk_view_get_history (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  return priv->document ? sk_document_get_history (priv->document) : NULL;
}

void
sk_view_set_document (SkView     *self,
                      SkDocument *document)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_if_fail (SK_IS_VIEW (self));

  /* While the old records still live. */
  drop_page (self);
  if (priv->project)
    g_signal_handlers_disconnect_by_data (priv->project, self);
  g_set_object (&priv->document, document);
  g_clear_object (&priv->project);
  if (document != NULL)
    priv->project = g_object_ref (sk_document_get_project (document));
  if (priv->project)
    {
      g_signal_connect_object (priv->project, "changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (priv->project, "record-changed", G_CALLBACK (record_changed_cb), self, 0);
      g_signal_connect_object (priv->project, "record-inserted", G_CALLBACK (record_inserted_cb), self, 0);
      g_signal_connect_object (priv->project, "record-removed", G_CALLBACK (record_removed_cb), self, 0);
      g_signal_connect_object (priv->project, "record-moved", G_CALLBACK (record_moved_cb), self, 0);
    }
  priv->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
}

GtkListBox *
sk_view_get_sidebar (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  return priv->sidebar;
}

GtkStack *
sk_view_get_content_stack (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  return priv->content_stack;
}

GtkBox *
sk_view_get_content (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  return priv->content;
}

char *
sk_view_take_shown_id (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);
  SkViewClass *klass = SK_VIEW_GET_CLASS (self);
  const char *id = klass->shown_id ? klass->shown_id (self) : NULL;

  if (id != NULL)
    {
      g_clear_pointer (&priv->kept_id, g_free);
      return g_strdup (id);
    }
  return g_steal_pointer (&priv->kept_id);
}

/* The empty page is made when it is first shown: most views of a
 * project never show it, and made with the view it was built and styled
 * at start-up for every view (17 widgets each). */
void
sk_view_show_empty (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  /* The page only goes: a rebuild shows what comes next. */
  if (priv->dropping)
    return;
  if (priv->empty_page == NULL)
    {
      priv->empty_page = ADW_STATUS_PAGE (adw_status_page_new ());
      adw_status_page_set_icon_name (priv->empty_page, priv->empty_icon);
      adw_status_page_set_title (priv->empty_page, priv->empty_title);
      adw_status_page_set_description (priv->empty_page, priv->empty_description);
      if (priv->empty_actions != NULL)
        {
          GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

          gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
          for (guint i = 0; i + 1 < priv->empty_actions->len; i += 2)
            {
              GtkWidget *button = gtk_button_new_with_mnemonic (g_ptr_array_index (priv->empty_actions, i));

              gtk_actionable_set_action_name (GTK_ACTIONABLE (button), g_ptr_array_index (priv->empty_actions, i + 1));
              gtk_widget_add_css_class (button, "pill");
              if (i == 0)
                gtk_widget_add_css_class (button, "suggested-action");
              gtk_box_append (GTK_BOX (box), button);
            }
          adw_status_page_set_child (priv->empty_page, box);
        }
      gtk_stack_add_named (priv->content_stack, GTK_WIDGET (priv->empty_page), "empty");
    }
  gtk_stack_set_visible_child_name (priv->content_stack, "empty");
}

void
sk_view_add_empty_action (SkView     *self,
                          const char *label,
                          const char *action_name)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_if_fail (SK_IS_VIEW (self));
  g_return_if_fail (priv->empty_page == NULL);
  if (priv->empty_actions == NULL)
    priv->empty_actions = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (priv->empty_actions, g_strdup (label));
  g_ptr_array_add (priv->empty_actions, g_strdup (action_name));
}

typedef struct
{
  SkView          *self;
  GtkWidget       *entry;
  SkViewTitleFunc  done;
} AskTitle;

static void
ask_title_changed_cb (GtkEditable      *entry,
                      AdwMessageDialog *dialog)
{
  g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "accept", text[0] != '\0');
}

static void
ask_title_response_cb (AdwMessageDialog *dialog,
                       const char       *response,
                       AskTitle         *at)
{
  if (g_str_equal (response, "accept"))
    {
      g_autofree char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (at->entry))));

      if (text[0] != '\0' && sk_view_get_project (at->self) != NULL)
        at->done (at->self, text);
    }
  g_object_unref (at->self);
  g_free (at);
}

void
sk_view_ask_title (SkView          *self,
                   const char      *heading,
                   const char      *body,
                   const char      *placeholder,
                   const char      *initial,
                   const char      *accept_label,
                   SkViewTitleFunc  done)
{
  AskTitle *at = g_new0 (AskTitle, 1);
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), heading, body);

  at->self = g_object_ref (self);
  at->done = done;
  at->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (at->entry), placeholder);
  /* Enter presses Add (the default), once there is a title. */
  gtk_entry_set_activates_default (GTK_ENTRY (at->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (at->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, placeholder, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), at->entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "accept", accept_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "accept", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "accept");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (at->entry, "changed", G_CALLBACK (ask_title_changed_cb), dialog);
  gtk_editable_set_text (GTK_EDITABLE (at->entry), initial ? initial : "");
  ask_title_changed_cb (GTK_EDITABLE (at->entry), ADW_MESSAGE_DIALOG (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (ask_title_response_cb), at);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
sk_view_toast (SkView     *self,
               const char *message,
               gboolean    undo)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *t;

  if (overlay == NULL)
    return;
  t = sk_toast_new (message);
  if (undo)
    {
      adw_toast_set_button_label (t, _("_Undo"));
      adw_toast_set_action_name (t, "win.undo");
      /* Undo undoes the latest edit: its toast shows at once, not after
       * the ones before it. */
      adw_toast_set_priority (t, ADW_TOAST_PRIORITY_HIGH);
    }
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), t);
}

void
sk_view_toast_exported (SkView     *self,
                        const char *path)
{
  g_autofree char *name = g_path_get_basename (path);
  g_autofree char *message = g_strdup_printf (_("Exported “%s”"), name);

  sk_view_toast (self, message, FALSE);
}

/* A file chooser over the view's window, for export and import.  It is
 * modal: the records it was opened for stay as they are until it answers.
 * The view keeps it until the next one; `response` is called as
 * (GtkNativeDialog *chooser, int response, gpointer data).  Add filters
 * or choices, then gtk_native_dialog_show () it. */
GtkFileChooser *
sk_view_file_chooser_new (SkView               *self,
                          const char           *title,
                          GtkFileChooserAction  action,
                          const char           *accept_label,
                          const char           *current_name,
                          GCallback             response,
                          gpointer              data)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_val_if_fail (SK_IS_VIEW (self), NULL);

  g_clear_object (&priv->chooser);
  /* In the project's folder: exports land beside the project.  In meeting
   * mode the view's window belongs to the project's window. */
  priv->chooser = sk_file_chooser_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                       title, action, accept_label);
  if (current_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (priv->chooser), current_name);
  g_signal_connect (priv->chooser, "response", response, data);
  return GTK_FILE_CHOOSER (priv->chooser);
}

void
sk_view_changed (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  priv->editing = TRUE;
  sk_project_changed (priv->project);
  priv->editing = FALSE;
}

void
sk_view_set_editing (SkView   *self,
                     gboolean  editing)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  priv->editing = editing;
}

void
sk_view_ensure_built (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_if_fail (SK_IS_VIEW (self));
  if (priv->stale)
    rebuild (self);
}

void
sk_view_select (SkView        *self,
                const char    *id,
                gconstpointer  skip)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_if_fail (SK_IS_VIEW (self));
  sk_view_ensure_built (self);
  sk_sidebar_select_id (priv->sidebar, id, skip);
}

void
sk_view_set_presenting (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_if_fail (SK_IS_VIEW (self));
  priv->presenting = TRUE;
  gtk_widget_set_visible (gtk_paned_get_start_child (GTK_PANED (gtk_widget_get_first_child (GTK_WIDGET (self)))), FALSE);
}

gboolean
sk_view_get_presenting (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_val_if_fail (SK_IS_VIEW (self), FALSE);
  return priv->presenting;
}

/* A narrow window (half a laptop's screen) folds the side list away: the
 * page gets the whole width.  sk_view_set_sidebar_shown () brings it back
 * until a record is chosen from it. */
void
sk_view_set_folded (SkView   *self,
                    gboolean  folded)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_if_fail (SK_IS_VIEW (self));
  folded = !!folded;
  if (priv->folded == folded)
    return;
  priv->folded = folded;
  if (!folded)
    sk_view_set_sidebar_shown (self, FALSE);
  update_sidebar (self);
}

gboolean
sk_view_get_folded (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_val_if_fail (SK_IS_VIEW (self), FALSE);
  return priv->folded;
}

void
sk_view_set_sidebar_shown (SkView   *self,
                           gboolean  shown)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_if_fail (SK_IS_VIEW (self));
  shown = !!shown;
  if (priv->sidebar_shown == shown)
    return;
  priv->sidebar_shown = shown;
  update_sidebar (self);
  /* To choose from it at once, from the one shown. */
  if (shown && priv->sidebar != NULL)
    {
      GtkListBoxRow *selected = gtk_list_box_get_selected_row (priv->sidebar);

      gtk_widget_grab_focus (selected ? GTK_WIDGET (selected) : GTK_WIDGET (priv->sidebar));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties [PROP_SIDEBAR_SHOWN]);
}

gboolean
sk_view_get_sidebar_shown (SkView *self)
{
  SkViewPrivate *priv = sk_view_get_instance_private (self);

  g_return_val_if_fail (SK_IS_VIEW (self), FALSE);
  return priv->sidebar_shown;
}
