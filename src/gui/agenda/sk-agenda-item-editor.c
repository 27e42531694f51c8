/* sk-agenda-item-editor.c — an agenda item's editor: its fields, texts,
 * attachments and links, each change one edit of the core (sk-edit.h)
 * in the document's history; shown again from the project's change
 * signals without being made anew
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-agenda-view"

#include "config.h"

#include <glib/gi18n.h>

#include "sk-agenda-item.h"
#include "sk-agenda-record.h"
#include "sk-agenda-view-private.h"
#include "sk-edit.h"
#include "sk-link-menu.h"
#include "sk-open-link.h"
#include "sk-render.h"

typedef struct
{
  SkAgendaView  *view;
  GtkWidget     *row;
  GtkWidget     *box;
  SkItem        *item;
  GtkWidget     *title;
  GtkWidget     *number;
  GtkWidget     *kind;
  GtkWidget     *presenter;
  GtkWidget     *minutes;
  GtkTextBuffer *texts[3];   /* body, proposal, decision */
  GtkWidget     *attachments;
  GtkWidget     *links;
  GtkWidget     *up;
  GtkWidget     *down;
  gboolean       showing;    /* the editor shows the model: not an edit */
} Editor;

static const char *text_fields[] = { "body", "proposal", "decision" };
static const SkItemField text_field_ids[] = { SK_ITEM_FIELD_BODY, SK_ITEM_FIELD_PROPOSAL, SK_ITEM_FIELD_DECISION };

static Editor *
editor_of (GtkWidget *box)
{
  return g_object_get_data (G_OBJECT (box), "sk-item-editor");
}

static const char *
meeting_id (Editor *ed)
{
  SkMeeting *m = ed->view->meeting;

  return m ? m->id : NULL;
}

/* A refused edit: the control says why, in its error style. */
static void
show_refusal (GtkWidget    *control,
              const GError *error)
{
  if (error != NULL)
    {
      gtk_widget_add_css_class (control, "error");
      sk_widget_set_tooltip (control, error->message);
    }
  else if (gtk_widget_has_css_class (control, "error"))
    {
      gtk_widget_remove_css_class (control, "error");
      gtk_widget_set_tooltip_text (control, NULL);
    }
}

/* Typing into one field comes in a burst: one step of undo. */
static void
set_text_field (Editor      *ed,
                GtkWidget   *control,
                SkItemField  field,
                const char  *value)
{
  g_autoptr(GError) error = NULL;

  if (ed->showing || meeting_id (ed) == NULL)
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (ed->view)));
  sk_edit_set_item_field (sk_view_get_history (SK_VIEW (ed->view)), sk_view_get_project (SK_VIEW (ed->view)),
                          meeting_id (ed), ed->item->id, field, value, &error);
  show_refusal (control, error);
}

static void
entry_changed_cb (GtkEditable *editable,
                  Editor      *ed)
{
  SkItemField field = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (editable), "sk-field"));

  set_text_field (ed, GTK_WIDGET (editable), field, gtk_editable_get_text (editable));
}

static void
buffer_changed_cb (GtkTextBuffer *buffer,
                   Editor        *ed)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;
  guint i = 0;

  while (ed->texts[i] != buffer)
    i++;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  set_text_field (ed, g_object_get_data (G_OBJECT (buffer), "sk-view"), text_field_ids[i], text);
}

static void
kind_changed_cb (GtkDropDown *dropdown,
                 GParamSpec  *pspec,
                 Editor      *ed)
{
  guint kind = gtk_drop_down_get_selected (dropdown);
  g_autoptr(GError) error = NULL;

  if (ed->showing || kind > SK_ITEM_DISCUSSION || meeting_id (ed) == NULL)
    return;
  if (!sk_edit_set_item_kind (sk_view_get_history (SK_VIEW (ed->view)), sk_view_get_project (SK_VIEW (ed->view)),
                              meeting_id (ed), ed->item->id, kind, &error))
    sk_view_toast (SK_VIEW (ed->view), error->message, FALSE);
}

static void
minutes_changed_cb (GtkSpinButton *spin,
                    Editor        *ed)
{
  int value = gtk_spin_button_get_value_as_int (spin);
  g_autoptr(GError) error = NULL;

  if (ed->showing || meeting_id (ed) == NULL || (value == 0 && ed->item->duration_min < 0))
    return;
  sk_document_begin_burst (sk_view_get_document (SK_VIEW (ed->view)));
  sk_edit_set_item_duration (sk_view_get_history (SK_VIEW (ed->view)), sk_view_get_project (SK_VIEW (ed->view)),
                             meeting_id (ed), ed->item->id, value, &error);
  show_refusal (GTK_WIDGET (spin), error);
}

static void
adopt_proposal_cb (GtkButton *button,
                   Editor    *ed)
{
  if (ed->item->proposal == NULL)
    return;
  gtk_text_buffer_set_text (ed->texts[2], ed->item->proposal, -1);
}

static GtkWidget *
text_area (Editor     *ed,
           guint       i,
           const char *text,
           const char *label)
{
  GtkWidget *view = gtk_text_view_new ();
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  /* A run of letters longer than any word (a pasted blob, a hostile
   * file) is not broken within: Pango lays a run out again for each line
   * it breaks it into, and 200 000 letters held the window for minutes */
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (view),
                               sk_render_has_long_run (text) ? GTK_WRAP_WORD : GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_view_set_right_margin (GTK_TEXT_VIEW (view), 6);
  gtk_text_buffer_set_text (buffer, text ? text : "", -1);
  gtk_widget_set_size_request (view, -1, 60);
  gtk_accessible_update_property (GTK_ACCESSIBLE (view), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  ed->texts[i] = buffer;
  g_object_set_data (G_OBJECT (buffer), "sk-view", view);
  g_signal_connect (buffer, "changed", G_CALLBACK (buffer_changed_cb), ed);
  gtk_frame_set_child (GTK_FRAME (frame), view);
  return frame;
}

static GtkWidget *
text_entry (Editor      *ed,
            GtkWidget   *grid,
            int          row,
            const char  *label,
            SkItemField  field,
            const char  *text)
{
  GtkWidget *entry = _sk_agenda_labelled (grid, row, label, _sk_agenda_entry_with (text));

  g_object_set_data (G_OBJECT (entry), "sk-field", GUINT_TO_POINTER (field));
  g_signal_connect (entry, "changed", G_CALLBACK (entry_changed_cb), ed);
  return entry;
}

/* Attachments and links */

static void
open_attachment_cb (GtkButton *button,
                    Editor    *ed)
{
  /* A link from the file, which may be anyone's: asked first where it
   * would start a program (sk-open-link.c). */
  sk_open_link (_sk_agenda_window_of (ed->view), g_object_get_data (G_OBJECT (button), "sk-title"),
                g_object_get_data (G_OBJECT (button), "sk-uri"));
}

static void
remove_attachment_cb (GtkButton *button,
                      Editor    *ed)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sk-index"));
  g_autoptr(GError) error = NULL;

  if (meeting_id (ed) == NULL)
    return;
  if (!sk_edit_remove_attachment (sk_view_get_history (SK_VIEW (ed->view)), sk_view_get_project (SK_VIEW (ed->view)),
                                  meeting_id (ed), ed->item->id, i, &error))
    sk_view_toast (SK_VIEW (ed->view), error->message, FALSE);
  else
    sk_view_toast (SK_VIEW (ed->view), _("Attachment removed"), TRUE);
}

static void
attach_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SkAgendaView    *view)
{
  /* The item by id: the editor may have gone meanwhile. */
  const char *item_id = g_object_get_data (G_OBJECT (chooser), "sk-item");
  const char *meeting = g_object_get_data (G_OBJECT (chooser), "sk-meeting");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *title = g_file_get_basename (file);
      g_autofree char *uri = g_file_get_uri (file);
      g_autoptr(GError) error = NULL;

      if (!sk_edit_add_attachment (sk_view_get_history (SK_VIEW (view)), sk_view_get_project (SK_VIEW (view)),
                                   meeting, item_id, title, uri, &error))
        sk_view_toast (SK_VIEW (view), error->message, FALSE);
    }
}

static void
add_attachment_cb (GtkButton *button,
                   Editor    *ed)
{
  GtkFileChooser *chooser = sk_view_file_chooser_new (SK_VIEW (ed->view), _("Add an Attachment"),
                                                      GTK_FILE_CHOOSER_ACTION_OPEN, _("_Add"), NULL,
                                                      G_CALLBACK (attach_response_cb), ed->view);

  g_object_set_data_full (G_OBJECT (chooser), "sk-item", g_strdup (ed->item->id), g_free);
  g_object_set_data_full (G_OBJECT (chooser), "sk-meeting", g_strdup (meeting_id (ed)), g_free);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static const char *
link_title (SkProject    *project,
            const SkLink *link)
{
  gpointer record = NULL;

  switch (link->kind)
    {
    case SK_LINK_MATRIX:
      record = sk_project_find_matrix (project, link->id);
      return record ? ((SkMatrix *) record)->title : link->id;
    case SK_LINK_COST_MODEL:
      record = sk_project_find_cost_model (project, link->id);
      return record ? ((SkCostModel *) record)->title : link->id;
    case SK_LINK_TIMELINE:
      record = sk_project_find_timeline (project, link->id);
      return record ? ((SkTimeline *) record)->title : link->id;
    default:
      return link->id;
    }
}

static const char *
link_kind_label (SkLinkKind kind)
{
  return kind == SK_LINK_MATRIX ? _("Matrix") : kind == SK_LINK_COST_MODEL ? _("Cost model") : _("Timeline");
}

static void
jump_cb (GtkButton *button,
         Editor    *ed)
{
  SkLink *l = g_object_get_data (G_OBJECT (button), "sk-link");

  gtk_widget_activate_action (GTK_WIDGET (ed->view), "win.jump", "(ss)", sk_link_kind_to_string (l->kind), l->id);
}

static void
remove_link_cb (GtkButton *button,
                Editor    *ed)
{
  guint i = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "sk-index"));
  g_autoptr(GError) error = NULL;

  if (meeting_id (ed) != NULL &&
      !sk_edit_remove_item_link (sk_view_get_history (SK_VIEW (ed->view)), sk_view_get_project (SK_VIEW (ed->view)),
                                 meeting_id (ed), ed->item->id, i, &error))
    sk_view_toast (SK_VIEW (ed->view), error->message, FALSE);
}

/* "Link to…" chose a matrix, cost model or timeline: (kind, id). */
static void
link_chosen_cb (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  Editor *ed = user_data;
  guint32 kind;
  const char *id;
  g_autoptr(GError) error = NULL;

  g_variant_get (parameter, "(u&s)", &kind, &id);
  if (meeting_id (ed) != NULL &&
      !sk_edit_add_item_link (sk_view_get_history (SK_VIEW (ed->view)), sk_view_get_project (SK_VIEW (ed->view)),
                              meeting_id (ed), ed->item->id, kind, id, &error))
    sk_view_toast (SK_VIEW (ed->view), error->message, FALSE);
}

static GtkWidget *
attachments_box (Editor *ed)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *add;

  for (guint i = 0; i < ed->item->attachments->len; i++)
    {
      SkAttachment *a = g_ptr_array_index (ed->item->attachments, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *text = g_strdup_printf ("%u. %s", i + 1, a->title);
      GtkWidget *label = sk_label_new (text, NULL);
      GtkWidget *remove = sk_flat_icon_button_new ("user-trash-symbolic", _("Remove the Attachment"), NULL);

      gtk_widget_set_hexpand (label, TRUE);
      /* As a link's: a long title is cut, and shown whole in the tooltip,
       * not setting the page's width.  Where it leads is under it: a
       * title is the file's word, the place what Open opens. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      if (a->uri != NULL)
        {
          g_autoptr(GFile) target = g_file_new_for_uri (a->uri);
          g_autofree char *where = g_file_get_parse_name (target);
          g_autofree char *tip = g_strdup_printf ("%s\n%s", text, where);

          sk_widget_set_tooltip (label, tip);
        }
      else
        sk_widget_set_tooltip (label, text);
      gtk_box_append (GTK_BOX (line), label);
      if (a->uri != NULL)
        {
          g_autoptr(GFile) file = g_file_new_for_uri (a->uri);

          if (g_file_is_native (file) && !g_file_query_exists (file, NULL))
            {
              /* The file was moved or deleted: say so, do not offer to open it. */
              GtkWidget *missing = sk_label_new (_("missing"), "error");

              sk_widget_set_tooltip (missing, a->uri);
              gtk_box_append (GTK_BOX (line), missing);
            }
          else
            {
              GtkWidget *open = sk_flat_icon_button_new ("document-open-symbolic", _("Open the Attachment"), NULL);

              g_object_set_data_full (G_OBJECT (open), "sk-uri", g_strdup (a->uri), g_free);
              g_object_set_data_full (G_OBJECT (open), "sk-title", g_strdup (a->title), g_free);
              g_signal_connect (open, "clicked", G_CALLBACK (open_attachment_cb), ed);
              gtk_box_append (GTK_BOX (line), open);
            }
        }
      g_object_set_data (G_OBJECT (remove), "sk-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_attachment_cb), ed);
      gtk_box_append (GTK_BOX (line), remove);
      gtk_box_append (GTK_BOX (box), line);
    }
  add = gtk_button_new_with_mnemonic (_("Add A_ttachment…"));
  gtk_widget_set_halign (add, GTK_ALIGN_START);
  g_signal_connect (add, "clicked", G_CALLBACK (add_attachment_cb), ed);
  gtk_box_append (GTK_BOX (box), add);
  return box;
}

static GtkWidget *
links_box (Editor *ed)
{
  SkProject *project = sk_view_get_project (SK_VIEW (ed->view));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

  for (guint i = 0; i < ed->item->links->len; i++)
    {
      SkLink *l = g_ptr_array_index (ed->item->links, i);
      GtkWidget *line = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      g_autofree char *text = g_strdup_printf ("%s: %s", link_kind_label (l->kind), link_title (project, l));
      GtkWidget *label = sk_label_new (text, NULL);
      GtkWidget *go = sk_flat_icon_button_new ("go-next-symbolic", _("Go to It"), NULL);
      GtkWidget *remove = sk_flat_icon_button_new ("user-trash-symbolic", _("Remove the Link"), NULL);

      gtk_widget_set_hexpand (label, TRUE);
      /* A long title does not set the page's width (half a laptop's
       * screen): it is cut, and shown whole in the tooltip. */
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      sk_widget_set_tooltip (label, text);
      g_object_set_data (G_OBJECT (go), "sk-link", l);
      g_signal_connect (go, "clicked", G_CALLBACK (jump_cb), ed);
      g_object_set_data (G_OBJECT (remove), "sk-index", GUINT_TO_POINTER (i));
      g_signal_connect (remove, "clicked", G_CALLBACK (remove_link_cb), ed);
      gtk_box_append (GTK_BOX (line), label);
      gtk_box_append (GTK_BOX (line), go);
      gtk_box_append (GTK_BOX (line), remove);
      gtk_box_append (GTK_BOX (box), line);
    }
  /* A menu of what to link, not a drop-down. */
  gtk_box_append (GTK_BOX (box), sk_link_menu_button_new (SK_VIEW (ed->view), "item.link"));
  return box;
}

/* Puts `fresh` in the place of the editor's part `*part`.  The rest of
 * the editor stays as it is, and with it the page's scroll position; the
 * focus, if it was in the part, goes to its last control ("Add
 * Attachment…", "Link to…"). */
static void
replace_part (Editor     *ed,
              GtkWidget **part,
              GtkWidget  *fresh)
{
  gboolean had_focus = sk_widget_has_focus_within (*part);
  GtkWidget *viewport = gtk_widget_get_ancestor (*part, GTK_TYPE_VIEWPORT);

  /* The viewport scrolls to a widget taking the focus, by where it is;
   * one not laid out yet is at the top of its parent: the page jumped to
   * the item's title. */
  if (viewport != NULL)
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), FALSE);
  gtk_box_insert_child_after (GTK_BOX (ed->box), fresh, *part);
  gtk_box_remove (GTK_BOX (ed->box), *part);
  *part = fresh;
  if (had_focus)
    gtk_widget_grab_focus (gtk_widget_get_last_child (fresh));
  if (viewport != NULL)
    gtk_viewport_set_scroll_to_focus (GTK_VIEWPORT (viewport), TRUE);
}

void
_sk_agenda_item_editor_update_parts (GtkWidget    *editor,
                                     SkRecordKind  kind)
{
  Editor *ed = editor_of (editor);

  if (kind == SK_RECORD_ATTACHMENT)
    replace_part (ed, &ed->attachments, attachments_box (ed));
  else
    replace_part (ed, &ed->links, links_box (ed));
}

static void
entry_show (Editor     *ed,
            GtkWidget  *entry,
            const char *value)
{
  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (entry)), value ? value : "") == 0)
    return;
  ed->showing = TRUE;
  gtk_editable_set_text (GTK_EDITABLE (entry), value ? value : "");
  ed->showing = FALSE;
  show_refusal (entry, NULL);
}

void
_sk_agenda_item_editor_update_field (GtkWidget  *editor,
                                     const char *field)
{
  Editor *ed = editor_of (editor);
  SkItem *item = ed->item;

  if (g_str_equal (field, "title"))
    entry_show (ed, ed->title, item->title);
  else if (g_str_equal (field, "number"))
    entry_show (ed, ed->number, item->number);
  else if (g_str_equal (field, "presenter"))
    entry_show (ed, ed->presenter, item->presenter);
  else if (g_str_equal (field, "kind") && gtk_drop_down_get_selected (GTK_DROP_DOWN (ed->kind)) != (guint) item->kind)
    {
      ed->showing = TRUE;
      gtk_drop_down_set_selected (GTK_DROP_DOWN (ed->kind), item->kind);
      ed->showing = FALSE;
    }
  else if (g_str_equal (field, "duration_min") &&
           gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (ed->minutes)) != MAX (item->duration_min, 0))
    {
      ed->showing = TRUE;
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (ed->minutes), MAX (item->duration_min, 0));
      ed->showing = FALSE;
    }
  else
    for (guint i = 0; i < G_N_ELEMENTS (text_fields); i++)
      if (g_str_equal (field, text_fields[i]))
        {
          const char *value = i == 0 ? item->body : i == 1 ? item->proposal : item->decision;
          GtkTextIter start, end;
          g_autofree char *text = NULL;

          gtk_text_buffer_get_bounds (ed->texts[i], &start, &end);
          text = gtk_text_buffer_get_text (ed->texts[i], &start, &end, FALSE);
          if (g_strcmp0 (text, value ? value : "") != 0)
            {
              ed->showing = TRUE;
              gtk_text_buffer_set_text (ed->texts[i], value ? value : "", -1);
              ed->showing = FALSE;
            }
        }
}

GtkWidget *
_sk_agenda_item_editor_get_title (GtkWidget *editor)
{
  return editor_of (editor)->title;
}

/* "Move Up" on the first item and "Move Down" on the last do nothing:
 * they are off.  The focus on one of them going off goes to the other. */
void
_sk_agenda_item_editor_set_position (GtkWidget *editor,
                                     guint      index,
                                     guint      n)
{
  Editor *ed = editor_of (editor);
  GtkWidget *buttons[] = { ed->up, ed->down };
  gboolean on[] = { index > 0, index + 1 < n };

  for (guint b = 0; b < 2; b++)
    {
      if (!on[b] && gtk_widget_has_focus (buttons[b]) && on[1 - b])
        gtk_widget_grab_focus (buttons[1 - b]);
      gtk_widget_set_sensitive (buttons[b], on[b]);
    }
}

static void
move_up_cb (GtkButton *button,
            Editor    *ed)
{
  gtk_widget_activate_action (GTK_WIDGET (ed->view), "agenda.move-item", "(si)", ed->item->id, -1);
}

static void
move_down_cb (GtkButton *button,
              Editor    *ed)
{
  gtk_widget_activate_action (GTK_WIDGET (ed->view), "agenda.move-item", "(si)", ed->item->id, 1);
}

static void
remove_cb (GtkButton *button,
           Editor    *ed)
{
  gtk_widget_activate_action (GTK_WIDGET (ed->view), "agenda.remove-item", "s", ed->item->id);
}

static GtkWidget *
button_bar (Editor *ed)
{
  GtkWidget *bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *remove = gtk_button_new_with_mnemonic (_("_Remove Item"));

  gtk_widget_set_margin_top (bar, 8);
  ed->up = gtk_button_new_with_mnemonic (_("Move _Up"));
  ed->down = gtk_button_new_with_mnemonic (_("Move _Down"));
  sk_widget_set_tooltip (ed->up, _("Alt+Up"));
  sk_widget_set_tooltip (ed->down, _("Alt+Down"));
  gtk_widget_add_css_class (remove, "destructive-action");
  g_signal_connect (ed->up, "clicked", G_CALLBACK (move_up_cb), ed);
  g_signal_connect (ed->down, "clicked", G_CALLBACK (move_down_cb), ed);
  g_signal_connect (remove, "clicked", G_CALLBACK (remove_cb), ed);
  gtk_box_append (GTK_BOX (bar), ed->up);
  gtk_box_append (GTK_BOX (bar), ed->down);
  gtk_box_append (GTK_BOX (bar), remove);
  return bar;
}

GtkWidget *
_sk_agenda_item_editor_new (GtkWidget    *row,
                            SkAgendaView *view,
                            SkItem       *item)
{
  Editor *ed = g_new0 (Editor, 1);
  SkMeeting *meeting = view->meeting;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *decision, *adopt;
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GSimpleActionGroup) actions = g_simple_action_group_new ();
  g_autoptr(GSimpleAction) link = g_simple_action_new ("link", G_VARIANT_TYPE ("(us)"));

  ed->view = view;
  ed->row = row;
  ed->box = box;
  ed->item = item;
  g_object_set_data_full (G_OBJECT (box), "sk-item-editor", ed, g_free);
  gtk_widget_add_css_class (box, "sk-agenda-item-editor");
  gtk_grid_set_row_spacing (GTK_GRID (grid), 6);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 12);

  g_signal_connect (link, "activate", G_CALLBACK (link_chosen_cb), ed);
  g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (link));
  gtk_widget_insert_action_group (box, "item", G_ACTION_GROUP (actions));
  gtk_box_append (GTK_BOX (box), sk_agenda_record_head_new (row, view, meeting, item));
  ed->title = text_entry (ed, grid, 0, _("Title"), SK_ITEM_FIELD_TITLE, item->title);
  ed->number = text_entry (ed, grid, 1, _("Number (empty: by position)"), SK_ITEM_FIELD_NUMBER, item->number);
  for (guint k = 0; k <= SK_ITEM_DISCUSSION; k++)
    gtk_string_list_append (kinds, sk_item_kind_label (k));
  ed->kind = _sk_agenda_labelled (grid, 2, _("Kind"), gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kinds)), NULL));
  gtk_drop_down_set_selected (GTK_DROP_DOWN (ed->kind), item->kind);
  g_signal_connect (ed->kind, "notify::selected", G_CALLBACK (kind_changed_cb), ed);
  ed->presenter = text_entry (ed, grid, 3, _("Presenter"), SK_ITEM_FIELD_PRESENTER, item->presenter);
  ed->minutes = _sk_agenda_labelled (grid, 4, _("Planned minutes"), gtk_spin_button_new_with_range (0, 1440, 5));
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (ed->minutes), MAX (item->duration_min, 0));
  gtk_widget_set_hexpand (ed->minutes, FALSE);
  gtk_widget_set_halign (ed->minutes, GTK_ALIGN_START);
  g_signal_connect (ed->minutes, "value-changed", G_CALLBACK (minutes_changed_cb), ed);
  gtk_box_append (GTK_BOX (box), grid);

  gtk_box_append (GTK_BOX (box), _sk_agenda_section_title (_("Case text")));
  gtk_box_append (GTK_BOX (box), text_area (ed, 0, item->body, _("Case text")));
  gtk_box_append (GTK_BOX (box), _sk_agenda_section_title (_("Proposal")));
  gtk_box_append (GTK_BOX (box), text_area (ed, 1, item->proposal, _("Proposal")));
  gtk_box_append (GTK_BOX (box), _sk_agenda_section_title (C_("heading", "Decision")));
  decision = text_area (ed, 2, item->decision, C_("heading", "Decision"));
  gtk_box_append (GTK_BOX (box), decision);
  adopt = gtk_button_new_with_mnemonic (_("Adopted as _Proposed"));
  gtk_widget_set_halign (adopt, GTK_ALIGN_START);
  g_signal_connect (adopt, "clicked", G_CALLBACK (adopt_proposal_cb), ed);
  gtk_box_append (GTK_BOX (box), adopt);

  gtk_box_append (GTK_BOX (box), _sk_agenda_section_title (_("Attachments")));
  ed->attachments = attachments_box (ed);
  gtk_box_append (GTK_BOX (box), ed->attachments);
  gtk_box_append (GTK_BOX (box), sk_agenda_record_public_new (row, view, meeting, item));
  gtk_box_append (GTK_BOX (box), _sk_agenda_section_title (_("Linked")));
  ed->links = links_box (ed);
  gtk_box_append (GTK_BOX (box), ed->links);
  gtk_box_append (GTK_BOX (box), button_bar (ed));
  return box;
}
