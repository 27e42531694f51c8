/* sk-costs-figures.c — the municipal figures under a cost model: typed
 * in, or imported from SSB's table 07459, each an edit of sk-edit.h
 * (an import is one step); an entry follows its figure in place when it
 * changes, and what is being typed in another stays.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-costs-view"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "sk-costs-view-private.h"
#include "sk-dialog-util.h"
#include "sk-edit.h"
#include "sk-file.h"
#include "sk-format.h"
#include "sk-ssb.h"
#include "sk-view-util.h"

GPtrArray *
sk_costs_figure_keys (SkProject *project)
{
  static const char *builtin[] = {
    "population", "age_0_17", "age_0_24", "forest_productive_daa", "forest_planted_daa",
    "forest_holdings", "caseload",
  };
  GPtrArray *keys = g_ptr_array_new ();
  GPtrArray *municipalities = sk_project_get_municipalities (project);

  for (guint i = 0; i < G_N_ELEMENTS (builtin); i++)
    g_ptr_array_add (keys, (gpointer) builtin[i]);
  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);

      for (guint f = 0; f < m->figures->len; f++)
        {
          const char *key = g_array_index (m->figures, SkFigure, f).key;

          if (!g_ptr_array_find_with_equal_func (keys, key, g_str_equal, NULL))
            g_ptr_array_add (keys, (gpointer) key);
        }
    }
  return keys;
}

/* The text of a figure's entry. */
static char *
figure_text (const SkFigure *f)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (f == NULL)
    return g_strdup ("");
  if (f->integral)
    g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, (gint64) f->value);
  else
    g_ascii_formatd (buf, sizeof buf, "%g", f->value);
  return g_strdup (buf);
}

static void
show_error (GtkWidget  *entry,
            const char *message)
{
  /* The message itself in a toast: the tooltip tells the source. */
  if (message != NULL)
    gtk_widget_add_css_class (entry, "error");
  else
    gtk_widget_remove_css_class (entry, "error");
}

/* Where the figure comes from, in its tooltip; an example value marked. */
static void
show_source (GtkWidget      *entry,
             SkMunicipality *m,
             const char     *key)
{
  const char *source = NULL, *date = NULL;
  gboolean example = FALSE;

  gtk_widget_remove_css_class (entry, "warning");
  if (!sk_municipality_get_figure_source (m, key, &source, &date, &example))
    {
      sk_widget_set_tooltip (entry, NULL);
      return;
    }
  {
    g_autofree char *when = date ? sk_format_date (date) : NULL;
    g_autofree char *tip = when ? g_strdup_printf ("%s, %s", source ? source : "", when)
                                : g_strdup (source ? source : "");

    if (example)
      {
        g_autofree char *ex = g_strdup_printf ("%s (%s)", tip, _("example value"));

        sk_widget_set_tooltip (entry, ex);
        gtk_widget_add_css_class (entry, "warning");
      }
    else
      sk_widget_set_tooltip (entry, tip);
  }
}

static void
figure_apply (SkCostsView *self,
              GtkEntry    *entry)
{
  const char *id = g_object_get_data (G_OBJECT (entry), "sk-municipality");
  const char *key = g_object_get_data (G_OBJECT (entry), "sk-key");
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  g_autoptr(GError) error = NULL;
  SkMunicipality *m;
  const SkFigure *f;
  g_autofree char *clean = NULL;
  char *end = NULL;
  double value;

  /* An entry going with its page applies nothing. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (entry)) || project == NULL)
    return;
  m = sk_project_find_municipality (project, id);
  if (m == NULL)
    return;
  f = sk_municipality_get_figure (m, key);
  clean = g_strdup (text);
  g_strstrip (clean);
  if (clean[0] == '\0' && f == NULL)
    return;
  g_strdelimit (clean, ",", '.');
  {
    /* Grouping spaces as the user may type them. */
    GString *s = g_string_new (NULL);

    for (const char *p = clean; *p; p = g_utf8_next_char (p))
      {
        gunichar c = g_utf8_get_char (p);

        if (c != ' ' && c != 0xA0 && c != 0x202F)
          g_string_append_unichar (s, c);
      }
    g_free (clean);
    clean = g_string_free (s, FALSE);
  }
  value = g_ascii_strtod (clean, &end);
  if (clean[0] == '\0' || *end != '\0' || !isfinite (value) || value < 0 || value > 1e15)
    {
      g_autofree char *msg = g_strdup_printf (_("“%s” is not a figure: use a number of 0 or more"), text);

      show_error (GTK_WIDGET (entry), msg);
      sk_view_toast (SK_VIEW (self), msg, FALSE);
      return;
    }
  show_error (GTK_WIDGET (entry), NULL);
  if (f != NULL && f->value == value)
    return;
  if (!sk_edit_set_municipality_figure (sk_view_get_history (SK_VIEW (self)), project, id, key, value,
                                        _("Entered by hand"), &error))
    {
      show_error (GTK_WIDGET (entry), error->message);
      sk_costs_view_refused (self, error);
    }
}

static void
figure_activate_cb (SkCostsView *self,
                    GtkEntry    *entry)
{
  figure_apply (self, entry);
}

static void
figure_focus_leave_cb (GtkEventControllerFocus *controller,
                       SkCostsView             *self)
{
  figure_apply (self, GTK_ENTRY (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller))));
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkCostsView     *self)
{
  SkProject *project = sk_view_get_project (SK_VIEW (self));
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SkSsbTable) table = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *name = NULL;
  gsize length = 0;
  int updated = -1;

  if (response != GTK_RESPONSE_ACCEPT || project == NULL)
    return;
  file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  name = g_file_get_basename (file);
  /* One step of undo, "Import Figures from SSB" */
  if ((contents = sk_file_read_all (file, SK_PROJECT_MAX_FILE_SIZE, FALSE, NULL, &length, &error)) != NULL &&
      (table = sk_ssb_table_parse (contents, length, &error)) != NULL)
    updated = sk_edit_import_ssb_figures (sk_view_get_history (SK_VIEW (self)), project, table, &notes, &error);
  if (updated < 0)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);

      sk_dialog_tell (GTK_WIDGET (self), heading, error ? error->message : NULL);
      return;
    }
  {
    g_autofree char *msg = g_strdup_printf (ngettext ("Figures for %d municipality imported from SSB (%s)",
                                                      "Figures for %d municipalities imported from SSB (%s)", updated),
                                            updated, table->year ? table->year : "");

    sk_view_toast (SK_VIEW (self), msg, TRUE);
    for (guint i = 0; i < notes->len; i++)
      sk_view_toast (SK_VIEW (self), g_ptr_array_index (notes, i), FALSE);
  }
}

static void
import_cb (SkCostsView *self)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooser *chooser;

  gtk_file_filter_set_name (filter, _("CSV files"));
  gtk_file_filter_add_suffix (filter, "csv");
  gtk_file_filter_add_mime_type (filter, "text/csv");
  chooser = sk_view_file_chooser_new (SK_VIEW (self), _("Import Figures from SSB Table 07459"),
                                      GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), NULL,
                                      G_CALLBACK (import_response_cb), self);
  gtk_file_chooser_add_filter (chooser, filter);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

GtkWidget *
sk_costs_figures_new (SkCostsView *self)
{
  GtkWidget *group = adw_preferences_group_new ();
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *import = gtk_button_new_with_mnemonic (_("_Import from SSB…"));
  GPtrArray *municipalities = sk_project_get_municipalities (sk_view_get_project (SK_VIEW (self)));
  g_autoptr(GPtrArray) keys = sk_costs_figure_keys (sk_view_get_project (SK_VIEW (self)));
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  GPtrArray *entries = g_ptr_array_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), _("Municipal Figures"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group),
                                         _("Press Enter to apply a figure. Hover over one to see its source."));
  gtk_widget_add_css_class (import, "flat");
  g_signal_connect_object (import, "clicked", G_CALLBACK (import_cb), self, G_CONNECT_SWAPPED);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), import);
  /* Beside the button, the description's width is asked for a height. */
  sk_labels_width_for_any_height (group, "heading");

  /* The keys any municipality has, or the model uses. */
  for (guint k = 0; k < keys->len; k++)
    {
      const char *key = g_ptr_array_index (keys, k);
      gboolean used = FALSE;

      for (guint i = 0; i < municipalities->len && !used; i++)
        used = sk_municipality_get_figure (g_ptr_array_index (municipalities, i), key) != NULL;
      if (used || k < 3)
        g_ptr_array_add (shown, (gpointer) key);
    }

  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_row_spacing (GTK_GRID (grid), 4);
  sk_costs_cell (GTK_GRID (grid), _("Municipality"), 0, 0, "heading");
  for (guint k = 0; k < shown->len; k++)
    {
      GtkWidget *head = sk_label_new (sk_figure_label (g_ptr_array_index (shown, k)), "caption-heading");

      sk_label_set_wraps (head);
      /* Between words only: the column widens for a long word
       * ("skogeiendommer") instead of breaking it; the table scrolls. */
      gtk_label_set_wrap_mode (GTK_LABEL (head), PANGO_WRAP_WORD);
      gtk_label_set_max_width_chars (GTK_LABEL (head), 12);
      gtk_grid_attach (GTK_GRID (grid), head, 1 + k, 0, 1, 1);
    }
  for (guint i = 0; i < municipalities->len; i++)
    {
      SkMunicipality *m = g_ptr_array_index (municipalities, i);
      g_autofree char *name = sk_name_shown (m->name);

      sk_costs_cell (GTK_GRID (grid), name, 0, i + 1, NULL);
      for (guint k = 0; k < shown->len; k++)
        {
          const char *key = g_ptr_array_index (shown, k);
          const SkFigure *f = sk_municipality_get_figure (m, key);
          GtkWidget *entry = gtk_entry_new ();
          GtkEventController *focus = gtk_event_controller_focus_new ();
          g_autofree char *label = g_strdup_printf ("%s, %s", sk_figure_label (key), name);

          g_autofree char *text = figure_text (f);
          g_autofree char *entry_name = g_strdup_printf ("%s/%s", m->id, key);

          gtk_editable_set_text (GTK_EDITABLE (entry), text);
          /* Found again by its figure when that changes. */
          g_object_set_data_full (G_OBJECT (entry), "sk-shown", g_steal_pointer (&text), g_free);
          g_object_set_data (G_OBJECT (group), entry_name, entry);
          g_ptr_array_add (entries, entry);
          gtk_editable_set_width_chars (GTK_EDITABLE (entry), 8);
          gtk_entry_set_alignment (GTK_ENTRY (entry), 1);
          gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
          show_source (entry, m, key);
          g_object_set_data_full (G_OBJECT (entry), "sk-municipality", g_strdup (m->id), g_free);
          g_object_set_data_full (G_OBJECT (entry), "sk-key", g_strdup (key), g_free);
          g_signal_connect_object (entry, "activate", G_CALLBACK (figure_activate_cb), self, G_CONNECT_SWAPPED);
          g_signal_connect_object (focus, "leave", G_CALLBACK (figure_focus_leave_cb), self, 0);
          gtk_widget_add_controller (entry, focus);
          gtk_grid_attach (GTK_GRID (grid), entry, 1 + k, i + 1, 1, 1);
        }
    }
  g_object_set_data_full (G_OBJECT (group), "sk-entries", entries, (GDestroyNotify) g_ptr_array_unref);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), sk_sideways_scroller_new (grid, _("Municipal Figures")));
  return group;
}

/* A figure changed (an edit here, an undo, an import): its entry shows
 * the new value, unless it is being typed in and its text is not the
 * value it showed.  With `key` NULL, the sources of the municipality's
 * figures changed. */
void
sk_costs_figures_update (GtkWidget  *group,
                         SkProject  *project,
                         const char *municipality,
                         const char *key)
{
  g_autofree char *entry_name = g_strdup_printf ("%s/%s", municipality, key ? key : "");
  GtkWidget *entry = group ? g_object_get_data (G_OBJECT (group), entry_name) : NULL;
  SkMunicipality *m = sk_project_find_municipality (project, municipality);
  g_autofree char *text = NULL;
  const char *shown;

  if (key == NULL && group != NULL && m != NULL)
    {
      GPtrArray *entries = g_object_get_data (G_OBJECT (group), "sk-entries");

      for (guint i = 0; entries != NULL && i < entries->len; i++)
        {
          GtkWidget *e = g_ptr_array_index (entries, i);

          if (g_strcmp0 (g_object_get_data (G_OBJECT (e), "sk-municipality"), municipality) == 0)
            show_source (e, m, g_object_get_data (G_OBJECT (e), "sk-key"));
        }
      return;
    }
  if (entry == NULL || m == NULL)
    return;
  shown = g_object_get_data (G_OBJECT (entry), "sk-shown");
  text = figure_text (sk_municipality_get_figure (m, key));
  if (g_strcmp0 (shown, text) == 0)
    return;
  if (!sk_widget_has_focus_within (entry) || g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), shown) == 0)
    {
      gtk_editable_set_text (GTK_EDITABLE (entry), text);
      show_error (entry, NULL);
    }
  g_object_set_data_full (G_OBJECT (entry), "sk-shown", g_steal_pointer (&text), g_free);
}
