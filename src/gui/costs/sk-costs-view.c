/* sk-costs-view.c — cost models: edit, compare and export the exact split
 *
 * The page of a model: its heading and scenario, the parameters
 * (SkCostsParams), the split (sk-costs-results.c), the side-by-side table
 * (sk-costs-compare.c) and the municipal figures (sk-costs-figures.c).
 * Every edit is a call of sk-edit.h with the document's history; the view
 * shows it when the project's change signals come: a changed field (a
 * total, an equal part, a weight, a figure) in place, with the tables
 * recomputed once the edit's signals are in (what of them is out of
 * sight, under the split and side by side, when it comes into sight); a
 * criterion, participant or scenario added or removed makes the page anew.
 * Undo and redo come the same way.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "sk-clipboard.h"
#include "sk-costs.h"
#include "sk-costs-params.h"
#include "sk-costs-view.h"
#include "sk-costs-view-private.h"
#include "sk-dialog-util.h"
#include "sk-edit.h"
#include "sk-format.h"
#include "sk-view-util.h"


G_DEFINE_FINAL_TYPE (SkCostsView, sk_costs_view, SK_TYPE_VIEW)

static void show_model (SkCostsView *self, SkCostModel *model, gboolean lower_later);
static void make_lower (SkCostsView *self);
static void show_scenario_action (GtkWidget *widget, const char *name, GVariant *param);
static void reshow_later (SkCostsView *self);

static SkScenario *
current_scenario (SkCostsView *self)
{
  if (self->model == NULL || self->scenario_id == NULL)
    return NULL;
  return sk_cost_model_find_scenario (self->model, self->scenario_id);
}

static void
drop_page (SkCostsView *self)
{
  g_clear_handle_id (&self->update_id, g_source_remove);
  g_clear_handle_id (&self->reshow_id, g_source_remove);
  g_clear_handle_id (&self->lower_id, g_source_remove);
  self->lower = NULL;
  self->heading = NULL;
  self->params = NULL;
  self->results_box = NULL;
  self->compare_names = NULL;
  self->compare_box = NULL;
  self->compare_stale = FALSE;
  self->figures = NULL;
}

/* The tables: the split, the side by side. */

/* The side by side, its amounts shown or (out of sight) waiting: then
 * nothing of it is computed until it comes into sight or is copied. */
static void
update_compare (SkCostsView *self,
                gboolean     amounts)
{
  SkExportTable *table;

  if (!amounts)
    {
      if (!self->compare_stale)
        sk_costs_compare_wait (self->compare_names, self->compare_box);
      self->compare_stale = TRUE;
      return;
    }
  self->compare_stale = FALSE;
  table = sk_costs_compare_update (self, self->compare_names, self->compare_box, self->what_if);
  g_clear_pointer (&self->compare_table, sk_export_table_free);
  self->compare_table = table;
}

/* With `all` FALSE (a change of the model shown), the parts out of sight
 * wait until they come into it (catch_up ()). */
static void
update_tables (SkCostsView *self,
               gboolean     all)
{
  g_clear_handle_id (&self->update_id, g_source_remove);
  if (self->model == NULL || self->results_box == NULL)
    return;
  sk_costs_results_update (self, self->results_box, all);
  if (self->compare_names != NULL)
    update_compare (self, all || sk_costs_view_in_sight (self, gtk_widget_get_parent (GTK_WIDGET (self->compare_names))));
}

static void
update_results (SkCostsView *self)
{
  update_tables (self, TRUE);
}

static gboolean
update_idle (gpointer data)
{
  SkCostsView *self = data;

  self->update_id = 0;
  update_tables (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* Whether the top of what is under the split is where the page is shown,
 * the page laid out. */
static gboolean
lower_in_sight (SkCostsView *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_rect_t bounds;

  if (!gtk_widget_get_mapped (self->scroller) || gtk_widget_get_height (GTK_WIDGET (self->results_box)) == 0 ||
      !gtk_widget_compute_bounds (GTK_WIDGET (self->lower), gtk_widget_get_parent (GTK_WIDGET (self->content)),
                                  &bounds))
    return FALSE;
  return bounds.origin.y < gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment);
}

/* What waited out of sight, if it has come into it. */
static void
catch_up (SkCostsView *self)
{
  if (self->model == NULL || self->results_box == NULL)
    return;
  if (self->lower_id != 0 && lower_in_sight (self))
    make_lower (self);
  sk_costs_results_catch_up (self, self->results_box);
  if (self->compare_stale &&
      sk_costs_view_in_sight (self, gtk_widget_get_parent (GTK_WIDGET (self->compare_names))))
    update_compare (self, TRUE);
}

/* In the frame's layout phase: what came into sight is brought up to date
 * and laid out in the same frame (the frame clock lays out again).  Not
 * while the scroller is allocated, where the adjustment changes: a widget
 * queued for resizing there would be drawn without a size. */
static void
layout_cb (SkCostsView *self)
{
  if (!self->look_pending)
    return;
  self->look_pending = FALSE;
  catch_up (self);
}

/* The page scrolled, or its scroller or content changed size. */
static void
scrolled_cb (SkCostsView *self)
{
  if (self->look_pending || self->clock == NULL)
    return;
  self->look_pending = TRUE;
  gdk_frame_clock_request_phase (self->clock, GDK_FRAME_CLOCK_PHASE_LAYOUT);
}

/* Once for all the signals of one edit (a step of the equal part pins
 * the scenarios that follow it), before the frame is drawn. */
static void
update_later (SkCostsView *self)
{
  if (self->update_id == 0 && self->results_box != NULL)
    self->update_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, update_idle, self, NULL);
}

static void
update_sidebar (SkCostsView *self,
                SkCostModel *model)
{
  g_autofree char *total = sk_format_kr (model->total_kr);

  sk_sidebar_update_record (self->sidebar, model, model->title, total);
}

/* Controls */

static void
copy_cb (SkCostsView *self)
{
  sk_costs_copy_table (self);
}

static void
copy_comparison_cb (SkCostsView *self)
{
  make_lower (self);
  if (self->compare_stale)
    update_compare (self, TRUE);
  if (self->compare_table == NULL)
    return;
  sk_clipboard_set_table (GTK_WIDGET (self), self->compare_table);
  sk_view_toast (SK_VIEW (self), _("The table was copied"), FALSE);
}

static void
scenario_selected_cb (SkCostsView *self,
                      GParamSpec  *pspec,
                      GtkDropDown *dropdown)
{
  guint selected = gtk_drop_down_get_selected (dropdown);
  SkScenario *s;

  if (selected == GTK_INVALID_LIST_POSITION || self->model == NULL || self->params == NULL)
    return;
  s = selected > 0 && selected <= self->model->scenarios->len
      ? g_ptr_array_index (self->model->scenarios, selected - 1) : NULL;
  if (s == current_scenario (self))
    return;
  /* The page anew once the drop-down is done with its choice. */
  g_free (self->scenario_id);
  self->scenario_id = s ? g_strdup (s->id) : NULL;
  reshow_later (self);
}

static void
what_if_action (GtkWidget  *widget,
                const char *name,
                GVariant   *parameter)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  g_clear_pointer (&self->what_if, g_free);
  if (id[0] != '\0' && sk_project_find_municipality (sk_view_get_project (SK_VIEW (self)), id) != NULL)
    self->what_if = g_strdup (id);
  if (self->what_if_button != NULL)
    {
      g_autofree char *label = sk_costs_what_if_label (self, self->what_if);

      gtk_menu_button_set_label (self->what_if_button, label);
    }
  update_results (self);
}

/* The page */

static GtkWidget *
scenario_bar_new (SkCostsView *self,
                  SkCostModel *model)
{
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dropdown, *spacer;
  SkScenario *scenario = current_scenario (self);
  guint selected = 0;

  gtk_string_list_append (names, _("As prepared"));
  for (guint i = 0; i < model->scenarios->len; i++)
    {
      SkScenario *s = g_ptr_array_index (model->scenarios, i);

      gtk_string_list_append (names, s->title);
      if (s == scenario)
        selected = i + 1;
    }
  gtk_box_append (GTK_BOX (bar), sk_label_new (_("Scenario"), NULL));
  dropdown = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (dropdown), selected);
  gtk_accessible_update_property (GTK_ACCESSIBLE (dropdown), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Scenario"), -1);
  g_signal_connect_object (dropdown, "notify::selected", G_CALLBACK (scenario_selected_cb), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (bar), dropdown);
  spacer = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_set_hexpand (spacer, TRUE);
  gtk_box_append (GTK_BOX (bar), spacer);
  gtk_box_append (GTK_BOX (bar), sk_icon_button_new ("edit-copy-symbolic", _("Copy the Table"),
                                                     G_CALLBACK (copy_cb), self));
  if (!sk_view_get_presenting (SK_VIEW (self)))
    {
      g_autoptr(GMenu) menu = g_menu_new ();
      g_autoptr(GMenu) exports = g_menu_new ();
      g_autoptr(GMenu) models = g_menu_new ();

      /* One icon each looked alike: the exports are named in the menu */
      g_menu_append (exports, _("Export PDF…"), "costs.export-pdf");
      g_menu_append (exports, _("Export CSV…"), "costs.export-csv");
      g_menu_append (exports, _("Export CSV for Spreadsheets…"), "costs.export-csv-no");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (exports));
      g_menu_append (models, _("New Cost Model…"), "costs.new");
      g_menu_append (models, _("Delete the Cost Model"), "costs.delete");
      g_menu_append_section (menu, NULL, G_MENU_MODEL (models));
      sk_costs_scenarios_add_menu (self, menu);
      gtk_box_append (GTK_BOX (bar), sk_more_button_new (_("Cost Model Menu"), G_MENU_MODEL (menu)));
    }
  return bar;
}

/* "Side by Side", with its what-if and a copy button, and the table. */
static void
add_comparison (SkCostsView *self)
{
  GPtrArray *municipalities = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));
  GtkWidget *head = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) members = g_menu_new ();
  g_autofree char *label = sk_costs_what_if_label (self, self->what_if);
  GtkWidget *what_if, *table, *scroller;

  gtk_widget_set_margin_top (head, 18);
  gtk_box_append (GTK_BOX (head), sk_label_new (_("Side by Side"), "title-4"));
  g_menu_append (menu, _("No What-If"), "costs.what-if::");
  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      g_autofree char *text = sk_costs_what_if_label (self, m->id);
      g_autoptr(GMenuItem) item = g_menu_item_new (text, NULL);

      g_menu_item_set_action_and_target_value (item, "costs.what-if", g_variant_new_string (m->id));
      g_menu_append_item (members, item);
    }
  g_menu_append_section (menu, NULL, G_MENU_MODEL (members));
  what_if = gtk_menu_button_new ();
  gtk_menu_button_set_label (GTK_MENU_BUTTON (what_if), label);
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (what_if), G_MENU_MODEL (menu));
  gtk_accessible_update_property (GTK_ACCESSIBLE (what_if), GTK_ACCESSIBLE_PROPERTY_LABEL, _("What if"), -1);
  self->what_if_button = GTK_MENU_BUTTON (what_if);
  g_object_add_weak_pointer (G_OBJECT (what_if), (gpointer *) &self->what_if_button);
  gtk_box_append (GTK_BOX (head), what_if);
  gtk_box_append (GTK_BOX (head), sk_icon_button_new ("edit-copy-symbolic", _("Copy the Comparison"),
                                                      G_CALLBACK (copy_comparison_cb), self));
  gtk_box_append (self->lower, head);
  self->compare_names = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  self->compare_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  table = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 18);
  scroller = sk_sideways_scroller_new (GTK_WIDGET (self->compare_box), _("Side by Side"));
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_box_append (GTK_BOX (table), GTK_WIDGET (self->compare_names));
  gtk_box_append (GTK_BOX (table), scroller);
  gtk_box_append (self->lower, table);
}

/* What is under the split: the side by side and the municipal figures. */
static void
make_lower (SkCostsView *self)
{
  g_clear_handle_id (&self->lower_id, g_source_remove);
  if (self->lower == NULL || self->figures != NULL)
    return;
  add_comparison (self);
  update_compare (self, TRUE);
  self->figures = sk_costs_figures_new (self);
  gtk_widget_set_margin_top (self->figures, 18);
  gtk_box_append (self->lower, self->figures);
}

static gboolean
lower_idle (gpointer data)
{
  SkCostsView *self = data;

  self->lower_id = 0;
  make_lower (self);
  return G_SOURCE_REMOVE;
}

/* The page of `model`.  With `lower_later` (a model chosen, or the view
 * first shown), what is under the split is made once the page is drawn,
 * unless the page is laid out with it in sight: the first frame comes
 * sooner.  Made anew in place, the page is made whole at once, so that
 * where it was scrolled to stays. */
static void
show_model (SkCostsView *self,
            SkCostModel *model,
            gboolean     lower_later)
{
  gboolean presenting = sk_view_get_presenting (SK_VIEW (self));

  sk_box_clear (self->content);
  drop_page (self);
  if (self->model != model)
    {
      g_clear_pointer (&self->scenario_id, g_free);
      g_clear_pointer (&self->what_if, g_free);
    }
  self->model = model;
  if (current_scenario (self) == NULL)
    g_clear_pointer (&self->scenario_id, g_free);

  self->heading = sk_heading_new (model->title);
  /* At its narrowest fifteen characters a line, not one: laid out a
   * character a line, the title cost Pango most of what showing it did
   * (the tables under it want more width than that anyway). */
  gtk_label_set_width_chars (GTK_LABEL (self->heading), 15);
  gtk_box_append (self->content, self->heading);
  gtk_box_append (self->content, scenario_bar_new (self, model));
  if (current_scenario (self) == NULL && !presenting)
    gtk_box_append (self->content, sk_costs_scenarios_note_new (self));

  self->params = SK_COSTS_PARAMS (sk_costs_params_new (self));
  gtk_box_append (self->content, GTK_WIDGET (self->params));

  self->results_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 6));
  gtk_widget_set_margin_top (GTK_WIDGET (self->results_box), 12);
  if (presenting)
    /* In the meeting: the kroner right under the equal part's slider. */
    gtk_box_append (sk_costs_params_get_slot (self->params), GTK_WIDGET (self->results_box));
  else
    gtk_box_append (self->content, GTK_WIDGET (self->results_box));

  /* Under the split, 12 pixels apart as the page's parts are. */
  self->lower = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 12));
  gtk_box_append (self->content, GTK_WIDGET (self->lower));
  update_results (self);
  if (lower_later)
    /* After the frame: the frame clock's sources come before a low idle. */
    self->lower_id = g_idle_add_full (G_PRIORITY_LOW, lower_idle, self, NULL);
  else
    make_lower (self);
}

/* The figure being typed in, and its text, kept across a new page. */
static GtkWidget *
typing_in (SkCostsView  *self,
           char        **text)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL && !GTK_IS_ENTRY (focus); focus = gtk_widget_get_parent (focus))
    ;
  if (focus == NULL || self->figures == NULL || !gtk_widget_is_ancestor (focus, self->figures))
    return NULL;
  *text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (focus)));
  return focus;
}

static gboolean
reshow_idle (gpointer data)
{
  SkCostsView *self = data;
  g_autofree char *text = NULL;
  g_autofree char *name = NULL;
  GtkWidget *entry;

  self->reshow_id = 0;
  if (self->model == NULL || self->content == NULL)
    return G_SOURCE_REMOVE;
  if ((entry = typing_in (self, &text)) != NULL)
    name = g_strdup_printf ("%s/%s", (char *) g_object_get_data (G_OBJECT (entry), "sk-municipality"),
                            (char *) g_object_get_data (G_OBJECT (entry), "sk-key"));
  show_model (self, self->model, FALSE);
  if (name != NULL && (entry = g_object_get_data (G_OBJECT (self->figures), name)) != NULL)
    {
      gtk_widget_grab_focus (entry);
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      gtk_editable_set_position (GTK_EDITABLE (entry), -1);
    }
  return G_SOURCE_REMOVE;
}

/* Once for all the signals of one edit, and not while a menu that asked
 * for it is still closing. */
static void
reshow_later (SkCostsView *self)
{
  if (self->reshow_id == 0 && self->params != NULL)
    self->reshow_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, reshow_idle, self, NULL);
}

static void
row_selected_cb (SkCostsView   *self,
                 GtkListBoxRow *row)
{
  SkCostModel *model = sk_sidebar_row_get_record (row);

  /* Rows are removed while the view is torn down. */
  if (self->content == NULL)
    return;
  sk_box_clear (self->content);
  drop_page (self);
  if (model == NULL)
    {
      self->model = NULL;
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  show_model (self, model, TRUE);
  gtk_stack_set_visible_child_name (self->content_stack, "content");
}

static void
rebuild (SkCostsView *self)
{
  GPtrArray *models;
  g_autofree char *keep = sk_view_take_shown_id (SK_VIEW (self));

  self->model = NULL;
  drop_page (self);
  sk_list_box_clear (self->sidebar);
  if (sk_view_get_project (SK_VIEW (self)) == NULL)
    return;
  models = sk_project_get_cost_models (sk_view_get_project (SK_VIEW (self)));
  for (guint i = 0; i < models->len; i++)
    {
      SkCostModel *m = g_ptr_array_index (models, i);
      g_autofree char *total = sk_format_kr (m->total_kr);

      gtk_list_box_append (self->sidebar, sk_sidebar_row_new (m->title, total, m));
    }
  if (models->len == 0)
    {
      sk_view_show_empty (SK_VIEW (self));
      return;
    }
  /* After an undo, stay on the model (and scenario) the user was on: the
   * page shows it as the model it had, its scenario kept. */
  self->model = keep ? sk_project_find_cost_model (sk_view_get_project (SK_VIEW (self)), keep) : NULL;
  if (!sk_sidebar_select_id (self->sidebar, keep, NULL))
    sk_select_first_row (self->sidebar);
}

/* SkView */

static void
rebuild_vfunc (SkView *view)
{
  rebuild (SK_COSTS_VIEW (view));
}

static const char *
shown_id_vfunc (SkView *view)
{
  SkCostsView *self = SK_COSTS_VIEW (view);

  return self->model ? self->model->id : NULL;
}

static void
row_selected_vfunc (SkView        *view,
                    GtkListBoxRow *row)
{
  row_selected_cb (SK_COSTS_VIEW (view), row);
}

/* The model of a path "model", "model/scenario", "model/0" … */
static SkCostModel *
model_of_path (SkCostsView  *self,
               const char   *id)
{
  const char *slash = strchr (id, '/');
  g_autofree char *model_id = slash ? g_strndup (id, slash - id) : g_strdup (id);

  return sk_project_find_cost_model (sk_view_get_project (SK_VIEW (self)), model_id);
}

/* A field changed through sk-edit.h: the view's own edit, another's, an
 * undo or a redo.  The controls showing it and the tables follow in
 * place; text typed in the other controls stays. */
static gboolean
record_changed_vfunc (SkView       *view,
                      SkRecordKind  kind,
                      const char   *id,
                      const char   *field)
{
  SkCostsView *self = SK_COSTS_VIEW (view);
  SkCostModel *m;

  if (kind == SK_RECORD_MUNICIPALITY)
    {
      gboolean figure = g_str_has_prefix (field, "figures.");

      if (!figure && !g_str_equal (field, "figure_sources") && !g_str_equal (field, "extra"))
        return FALSE;
      sk_costs_figures_update (self->figures, sk_view_get_project (view), id,
                               figure ? field + strlen ("figures.") : NULL);
      update_later (self);
      return TRUE;
    }
  if (kind != SK_RECORD_COST_MODEL && kind != SK_RECORD_SCENARIO && kind != SK_RECORD_CRITERION)
    return FALSE;
  if ((m = model_of_path (self, id)) == NULL)
    return FALSE;
  if (kind == SK_RECORD_COST_MODEL)
    update_sidebar (self, m);
  if (m != self->model || self->params == NULL)
    return TRUE;
  if (kind == SK_RECORD_COST_MODEL && g_str_equal (field, "title"))
    gtk_label_set_text (GTK_LABEL (self->heading), m->title);
  if (kind == SK_RECORD_SCENARIO && g_str_equal (field, "title"))
    {
      /* Its name in the drop-down and the menu. */
      reshow_later (self);
      return TRUE;
    }
  sk_costs_params_sync (self->params);
  update_later (self);
  return TRUE;
}

/* A criterion, participant or scenario added, removed or moved: the page
 * anew, once the edit's signals are in. */
static gboolean
record_listed_vfunc (SkView       *view,
                     SkRecordKind  kind,
                     const char   *id,
                     guint         position,
                     gboolean      inserted)
{
  SkCostsView *self = SK_COSTS_VIEW (view);
  SkCostModel *m;

  if (kind != SK_RECORD_CRITERION && kind != SK_RECORD_PARTICIPANT && kind != SK_RECORD_SCENARIO)
    return FALSE;
  if ((m = model_of_path (self, id)) == NULL)
    return FALSE;
  if (m == self->model)
    reshow_later (self);
  return TRUE;
}

static void
sk_costs_view_dispose (GObject *object)
{
  SkCostsView *self = SK_COSTS_VIEW (object);

  drop_page (self);
  /* The rows go with SkView's dispose: nothing of ours to show them in. */
  self->content = NULL;
  g_clear_pointer (&self->what_if, g_free);
  g_clear_pointer (&self->scenario_id, g_free);
  g_clear_pointer (&self->compare_table, sk_export_table_free);
  G_OBJECT_CLASS (sk_costs_view_parent_class)->dispose (object);
}

static void
new_model_done (SkView     *view,
                const char *title)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (!sk_edit_add_cost_model (sk_view_get_history (view), sk_view_get_project (view), title, &id, &error))
    {
      sk_view_toast (view, error->message, FALSE);
      return;
    }
  sk_view_select (view, id, NULL);
}

static void
costs_action (GtkWidget  *widget,
              const char *name,
              GVariant   *parameter)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);
  SkProject *project = sk_view_get_project (SK_VIEW (self));

  if (project == NULL)
    return;
  if (g_str_equal (name, "costs.new"))
    {
      if (sk_project_get_municipalities (project)->len == 0)
        {
          sk_dialog_tell (GTK_WIDGET (self), _("No Member Municipalities"),
                          _("A cost model splits a budget between the project's "
                            "member municipalities, and this project has none yet."));
          return;
        }
      sk_view_ask_title (SK_VIEW (self), _("New Cost Model"),
                         _("Every member municipality takes part and the budget is split equally until you change it."),
                         _("Title, such as “Joint child welfare service 2026”"), NULL, _("_Add"), new_model_done);
    }
  else if (self->model == NULL)
    return;
  else if (g_str_equal (name, "costs.export-csv-no"))
    sk_costs_export (self, SK_COSTS_EXPORT_CSV_NO);
  else if (g_str_equal (name, "costs.export-csv"))
    sk_costs_export (self, SK_COSTS_EXPORT_CSV);
  else if (g_str_equal (name, "costs.export-pdf"))
    sk_costs_export (self, SK_COSTS_EXPORT_PDF);
  else
    sk_view_delete_record (SK_VIEW (self), SK_LINK_COST_MODEL, (gpointer *) &self->model);
}

static void
sk_costs_view_map (GtkWidget *widget)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);

  GTK_WIDGET_CLASS (sk_costs_view_parent_class)->map (widget);
  self->clock = g_object_ref (gtk_widget_get_frame_clock (widget));
  self->layout_id = g_signal_connect_swapped (self->clock, "layout", G_CALLBACK (layout_cb), self);
  /* Shown again: what came into sight while away. */
  scrolled_cb (self);
}

static void
sk_costs_view_unmap (GtkWidget *widget)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);

  g_clear_signal_handler (&self->layout_id, self->clock);
  g_clear_object (&self->clock);
  self->look_pending = FALSE;
  GTK_WIDGET_CLASS (sk_costs_view_parent_class)->unmap (widget);
}

static void
sk_costs_view_class_init (SkCostsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  SkViewClass *view_class = SK_VIEW_CLASS (klass);

  object_class->dispose = sk_costs_view_dispose;
  GTK_WIDGET_CLASS (klass)->map = sk_costs_view_map;
  GTK_WIDGET_CLASS (klass)->unmap = sk_costs_view_unmap;
  view_class->rebuild = rebuild_vfunc;
  view_class->shown_id = shown_id_vfunc;
  view_class->row_selected = row_selected_vfunc;
  view_class->record_changed = record_changed_vfunc;
  view_class->record_listed = record_listed_vfunc;
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.new", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.export-csv-no", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.export-csv", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.export-pdf", NULL, costs_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.what-if", "s", what_if_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.show-scenario", "s", show_scenario_action);
  gtk_widget_class_install_action (GTK_WIDGET_CLASS (klass), "costs.delete", NULL, costs_action);
  sk_costs_scenarios_install (GTK_WIDGET_CLASS (klass));
}

static void
sk_costs_view_init (SkCostsView *self)
{
  SkView *view = SK_VIEW (self);

  self->sidebar = sk_view_get_sidebar (view);
  self->content_stack = sk_view_get_content_stack (view);
  self->content = sk_view_get_content (view);
  self->scroller = gtk_widget_get_ancestor (GTK_WIDGET (self->content), GTK_TYPE_SCROLLED_WINDOW);
  {
    GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

    g_signal_connect_object (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
    g_signal_connect_object (adjustment, "changed", G_CALLBACK (scrolled_cb), self, G_CONNECT_SWAPPED);
  }
  sk_view_setup (view, "accessories-calculator-symbolic", _("No Cost Models"),
                 _("Cost models split a budget between the member municipalities."),
                 _("Cost models"), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC, 1000);
  sk_view_add_empty_action (view, _("_New Cost Model…"), "costs.new");
}

void
sk_costs_view_set_document (SkCostsView *self,
                            SkDocument  *document)
{
  g_return_if_fail (SK_IS_COSTS_VIEW (self));
  sk_view_set_document (SK_VIEW (self), document);
}

void
sk_costs_view_select (SkCostsView *self,
                      const char  *id)
{
  g_return_if_fail (SK_IS_COSTS_VIEW (self));
  sk_view_select (SK_VIEW (self), id, NULL);
}

/* costs.show-scenario ("s"): the scenario of that id of the model
 * shown, or with "" the model as prepared (the scenarios' menu). */
static void
show_scenario_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  SkCostsView *self = SK_COSTS_VIEW (widget);
  const char *id = g_variant_get_string (param, NULL);

  if (self->model == NULL)
    return;
  g_free (self->scenario_id);
  self->scenario_id = *id ? g_strdup (id) : NULL;
  show_model (self, self->model, FALSE);
}
