/* sk-render-agenda.c — the board pack (notice, agenda and case papers) and
 * the minutes, as PDF, through cairo and pango
 *
 * The text flows line by line over A4 pages.  The document is laid out
 * twice: once to count the pages (for "page N of M"), then for real.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-render"

#include "config.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-board.h"
#include "sk-date.h"
#include "sk-doc-language.h"
#include "sk-format.h"
#include "sk-i18n.h"
#include "sk-matrix.h"
#include "sk-render.h"
#include "sk-record.h"
#include "sk-render-flow.h"
#include "sk-render-meeting.h"

/* How a model splits its cost, as a line under its table: "25 % equally,
 * 75 % by population". */
static char *
split_text (const SkCostModel *model)
{
  SkCostParams p;
  GString *text = g_string_new (NULL);
  double sum = 0;

  sk_cost_params_init (&p, model, NULL);
  if (p.fixed_percent > 0 || p.criteria == NULL || p.criteria->len == 0)
    {
      g_autofree char *part = sk_format_percent (p.fixed_percent, p.fixed_percent == (int) p.fixed_percent ? 0 : 2);

      /* Translators: the part of a cost shared equally, "25 % equally" */
      g_string_append_printf (text, _("%s equally"), part);
    }
  for (guint k = 0; p.fixed_percent < 100 && p.criteria && k < p.criteria->len; k++)
    sum += ((SkCriterion *) g_ptr_array_index (p.criteria, k))->weight;
  for (guint k = 0; p.fixed_percent < 100 && sum > 0 && k < p.criteria->len; k++)
    {
      SkCriterion *c = g_ptr_array_index (p.criteria, k);
      double value = (100 - p.fixed_percent) * c->weight / sum;
      g_autofree char *part = sk_format_percent (value, value == (int) value ? 0 : 2);

      if (text->len)
        g_string_append (text, ", ");
      /* Translators: a share of the cost and what it follows, "75 % by children 0–17" */
      g_string_append_printf (text, _("%s by %s"), part, sk_figure_phrase (c->figure));
    }
  return g_string_free (text, FALSE);
}

/* A table's title and the table, kept together. */
#define TITLE_HEIGHT 34
/* The line on rounding under a cost table: two or three small lines. */
#define ROUNDING_HEIGHT 40

static void
flow_cost_table (SkFlow      *f,
                 SkProject   *project,
                 SkCostModel *model)
{
  g_autoptr(SkCostResult) r = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  g_autofree char *total = NULL;
  g_autofree char *all = NULL;
  g_autofree char *split = NULL;
  static const double stops[] = { 0, 0.4, 0.7, 1.0 };
  const char *head[] = { _("Municipality"), _("Total"), C_("column", "Share") };
  const char *foot[3];
  const SkFlowTable table = { head, stops, 3, 1 };

  r = sk_cost_model_compute (project, model, NULL, &error);
  if (r == NULL)
    {
      sk_flow_heading (f, FONT_H3, model->title, 10, 60);
      sk_flow_paragraph (f, FONT_BODY, error->message, 0, 4);
      return;
    }
  for (guint i = 0; i < r->rows->len; i++)
    {
      const SkCostRow *row = &g_array_index (r->rows, SkCostRow, i);
      char **cells = g_new0 (char *, 4);

      cells[0] = g_strdup (sk_project_municipality_name (project, row->municipality));
      cells[1] = sk_format_kr (row->amount_kr);
      cells[2] = sk_format_percent (row->share * 100, 2);
      g_ptr_array_add (rows, cells);
    }
  total = sk_format_kr (r->total_kr);
  all = sk_format_percent (100, 2);
  foot[0] = _("Total");
  foot[1] = total;
  foot[2] = all;
  split = split_text (model);
  /* The title, the table and the lines under it on one page. */
  sk_flow_keep_table (f, &table, rows, foot, TITLE_HEIGHT + 16 + ROUNDING_HEIGHT);
  sk_flow_heading (f, FONT_H3, model->title, 10, 60);
  sk_flow_table (f, &table, rows, foot);
  sk_flow_paragraph (f, FONT_SMALL, split, 0, 2);
  /* How the amounts are rounded, as the cost model's own PDF says it. */
  sk_flow_paragraph (f, FONT_SMALL,
                     _("Whole kroner: each municipality first gets the whole kroner of its exact share; the kroner left over go one each to the largest remainders, so the amounts add up to the total."),
                     0, 4);
}

/* How far each weight can move before another candidate is first, with
 * a tie said in words. */
static void
flow_sensitivity_table (SkFlow    *f,
                        SkProject *project,
                        SkMatrix  *matrix)
{
  g_autoptr(GPtrArray) rows = sk_sensitivity_table (project, matrix);
  g_autofree char *tie = sk_sensitivity_tie_note (project, matrix);
  double stops[5], widest[4] = { 0 }, narrowest[4] = { 0 };
  SkFlowTable t = { NULL, stops, 4, 4 };

  if (rows == NULL)
    return;
  /* The range and who is first outside it on one line each (the
   * headings wrap); the factor's name takes the rest, down to its longest
   * word. */
  for (guint r = 0; r < rows->len; r++)
    for (guint c = 0; c < 4; c++)
      {
        const char *cell = ((char **) g_ptr_array_index (rows, r))[c];
        const char *font = r == 0 ? FONT_H3 : FONT_BODY;

        if (r > 0)
          widest[c] = MAX (widest[c], sk_flow_text_width (f, font, cell, FALSE));
        narrowest[c] = MAX (narrowest[c], sk_flow_text_width (f, font, cell, TRUE));
        widest[c] = MAX (widest[c], narrowest[c]);
      }
  widest[0] = narrowest[0];
  sk_flow_fit_stops (widest, narrowest, 4, 0, stops);
  t.head = (const char **) g_ptr_array_steal_index (rows, 0);
  sk_flow_keep_table (f, &t, rows, NULL, TITLE_HEIGHT + (tie ? 40 : 0) + 16);
  sk_flow_heading (f, FONT_H3, _("How far each weight can move before the leader changes"), 10, 60);
  if (tie)
    sk_flow_paragraph (f, FONT_BODY, tie, 0, 6);
  sk_flow_table (f, &t, rows, NULL);
  sk_flow_paragraph (f, FONT_SMALL, _("Each weight moved on its own, the others as they are."), 0, 4);
  g_strfreev ((char **) t.head);
}

static void
flow_matrix_table (SkFlow    *f,
                   SkProject *project,
                   SkMatrix  *matrix)
{
  g_autoptr(GArray) results = sk_matrix_compute (matrix);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  static const double stops[] = { 0, 0.4, 0.6, 0.8, 1.0 };
  const char *head[] = { _("Candidate"), _("Total score"), _("Percent of maximum"), _("Rank") };
  const SkFlowTable table = { head, stops, 4, 1 };

  sk_matrix_results_by_rank (results);
  for (guint i = 0; i < results->len; i++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
      const SkCandidate *c = g_ptr_array_index (matrix->candidates, r->candidate);
      char **cells = g_new0 (char *, 5);

      cells[0] = g_strdup (sk_project_municipality_name (project, c->municipality));
      cells[1] = sk_format_score (r->score);
      cells[2] = sk_format_percent (r->percent, 1);
      cells[3] = g_strdup_printf ("%d", r->rank);
      g_ptr_array_add (rows, cells);
    }
  sk_flow_keep_table (f, &table, rows, NULL, TITLE_HEIGHT);
  sk_flow_heading (f, FONT_H3, matrix->title, 10, 60);
  sk_flow_table (f, &table, rows, NULL);
  flow_sensitivity_table (f, project, matrix);
}

static char *
item_time (const SkMeeting *meeting,
           const int       *starts,
           gboolean         timed,
           guint            i)
{
  const SkItem *item = g_ptr_array_index (meeting->items, i);

  if (!timed)
    return g_strdup ("");
  if (item->duration_min > 0)
    {
      g_autofree char *a = sk_format_time (starts[i]);
      g_autofree char *b = sk_format_time (starts[i] + item->duration_min);

      return g_strdup_printf ("%s–%s", a, b);
    }
  return sk_format_time (starts[i]);
}

void
sk_render_meeting_cover (SkFlow     *f,
                         SkProject  *project,
                         SkMeeting  *meeting,
                         const char *title,
                         const char *more)
{
  g_autofree char *when = sk_format_date_time (meeting->date, meeting->start_time);

  f->page = 1;
  f->y = MARGIN;
  f->header = NULL;
  sk_flow_start (f);

  /* Cover: who meets, when and where */
  if (sk_project_get_organisation (project))
    sk_flow_paragraph (f, FONT_BODY, sk_project_get_organisation (project), 0, 6);
  sk_flow_heading (f, FONT_H1, meeting->body, 0, 0);
  sk_flow_tag_begin (f, "H2");
  f->in_leaf = TRUE;
  sk_flow_paragraph (f, FONT_H2, title, 0, 10);
  f->in_leaf = FALSE;
  sk_flow_tag_end (f);
  {
    GString *info = g_string_new (NULL);

    g_string_append_printf (info, "%s: %s", _("Time"), when);
    if (meeting->location)
      g_string_append_printf (info, "\n%s: %s", _("Place"), meeting->location);
    if (meeting->mode != SK_MODE_UNSET)
      g_string_append_printf (info, "\n%s: %s", _("Form"), sk_meeting_mode_label (meeting->mode));
    if (more != NULL)
      g_string_append_printf (info, "\n%s", more);
    sk_flow_paragraph (f, FONT_BODY, info->str, 0, 16);
    g_string_free (info, TRUE);
  }
}

char *
sk_render_item_heading (SkProject *project,
                        SkMeeting *meeting,
                        guint      index)
{
  SkItem *item = g_ptr_array_index (meeting->items, index);
  g_autofree char *number = sk_meeting_item_number (meeting, index);
  g_autofree char *case_number = sk_item_case_number (project, meeting, item);
  const char *title = item->title[0] ? item->title : _("(no title)");

  /* "Sak 41/25: Felles barnevern i Sogn" with a case number */
  if (case_number != NULL)
    return g_strdup_printf ("%s: %s", case_number, title);
  /* Translators: the heading of an item in the board papers, "Sak 7: Felles barnevern i Sogn" */
  return g_strdup_printf (_("Item %s: %s"), number, title);
}

static void
render (SkFlow       *f,
        SkProject    *project,
        SkMeeting    *meeting,
        SkMeetingDoc  kind,
        SkItem       *only)
{
  g_autofree int *starts = g_new0 (int, meeting->items->len + 1);
  g_autofree char *when = sk_format_date_time (meeting->date, meeting->start_time);
  gboolean timed = sk_meeting_item_times (meeting, starts, NULL);
  /* No., item, kind, presenter, time: the item takes what the others leave. */
  double stops[6];
  gboolean public = kind == SK_MEETING_DOC_PUBLIC_PACK;

  if (kind == SK_MEETING_DOC_MINUTES || kind == SK_MEETING_DOC_EXTRACT)
    {
      sk_render_minutes (f, project, meeting, only);
      return;
    }
  sk_render_meeting_cover (f, project, meeting,
                           public ? _("Notice and agenda, public version") : _("Notice and agenda"), NULL);

  /* The agenda table */
  if (meeting->items->len == 0)
    sk_flow_paragraph (f, FONT_BODY, _("This meeting has no agenda items yet."), 0, 8);
  else
    {
      const char *head[] = { _("No."), _("Item"), _("Kind"), _("Presenter"), _("Time") };
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      /* A word of a title too long for its column at the body's size
       * ("Vertskommunesamarbeid" beside "Orienteringssak" and
       * "Administrasjonen") is not broken in the middle: the table's
       * rows are set a size smaller. */
      static const char * const fonts[] = { FONT_BODY, FONT_TABLE_SMALL, FONT_TABLE_SMALLER };
      const char *font = FONT_BODY;

      for (guint i = 0; i < meeting->items->len; i++)
        {
          SkItem *item = g_ptr_array_index (meeting->items, i);
          char **cells = g_new0 (char *, 6);
          const char *title = item->title[0] ? item->title : _("(no title)");
          const char *closed = sk_item_closed_basis (item);

          cells[0] = sk_item_case_number (project, meeting, item);
          if (cells[0] == NULL)
            cells[0] = sk_meeting_item_number (meeting, i);
          else
            {
              /* "Sak 41/25" on one line */
              g_auto(GStrv) words = g_strsplit (cells[0], " ", -1);

              g_free (cells[0]);
              cells[0] = g_strjoinv ("\u00a0", words);
            }
          /* A closed case says so on its line, with the basis: the
           * public may ask for access, the members know it is handled
           * behind closed doors. */
          if (closed != NULL)
            {
              g_autofree char *exempt = g_strdup_printf (_("Exempt from public access, see %s"), closed);

              cells[1] = g_strdup_printf ("%s\n%s", title, exempt);
            }
          else
            cells[1] = g_strdup (title);
          cells[2] = g_strdup (sk_item_kind_label (item->kind));
          cells[3] = g_strdup (item->presenter ? item->presenter : "");
          cells[4] = item_time (meeting, starts, timed, i);
          g_ptr_array_add (rows, cells);
        }
      for (guint k = 0; k < G_N_ELEMENTS (fonts); k++)
        {
          double widest[5], narrowest[5];

          font = fonts[k];
          for (guint c = 0; c < 5; c++)
            widest[c] = narrowest[c] = sk_flow_text_width (f, FONT_H3, head[c], FALSE);
          for (guint i = 0; i < rows->len; i++)
            for (guint c = 0; c < 5; c++)
              {
                const char *cell = ((char **) g_ptr_array_index (rows, i))[c];

                widest[c] = MAX (widest[c], sk_flow_text_width (f, font, cell, FALSE));
                narrowest[c] = MAX (narrowest[c], sk_flow_text_width (f, font, cell, TRUE));
              }
          if (sk_flow_fit_stops (widest, narrowest, 5, 1, stops))
            break;
        }
      /* A long agenda repeats its heading row on the next page. */
      sk_flow_table (f, &(const SkFlowTable) { head, stops, 5, 4, font }, rows, NULL);
    }

  /* The case papers */
  f->header = g_strdup_printf ("%s – %s", meeting->body, when);
  for (guint i = 0; i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      g_autofree char *heading = sk_render_item_heading (project, meeting, i);
      const char *closed = sk_item_closed_basis (item);
      g_autofree char *time = item_time (meeting, starts, timed, i);
      GString *meta = g_string_new (sk_item_kind_label (item->kind));

      if (item->presenter)
        g_string_append_printf (meta, " · %s", item->presenter);
      if (time[0])
        g_string_append_printf (meta, " · %s", time);
      sk_flow_heading (f, FONT_H2, heading, i == 0 ? 24 : 18, 80);
      sk_flow_paragraph (f, FONT_SMALL, meta->str, 0, 6);
      g_string_free (meta, TRUE);

      if (closed != NULL)
        {
          g_autofree char *line = g_strdup_printf (_("Exempt from public access, see %s"), closed);

          sk_flow_paragraph (f, FONT_H3, line, 0, 6);
          /* The public version keeps the title and the legal basis only */
          if (public)
            continue;
        }
      if (item->body && item->body[0])
        sk_flow_body (f, item->body);
      if (item->proposal && item->proposal[0])
        sk_flow_framed (f, _("Proposal"), item->proposal);
      for (guint k = 0; k < item->links->len; k++)
        {
          SkLink *l = g_ptr_array_index (item->links, k);

          if (l->kind == SK_LINK_COST_MODEL && sk_project_find_cost_model (project, l->id))
            flow_cost_table (f, project, sk_project_find_cost_model (project, l->id));
          else if (l->kind == SK_LINK_MATRIX && sk_project_find_matrix (project, l->id))
            flow_matrix_table (f, project, sk_project_find_matrix (project, l->id));
        }
      if (item->attachments->len > 0)
        {
          GString *list = g_string_new (NULL);

          for (guint k = 0; k < item->attachments->len; k++)
            {
              SkAttachment *a = g_ptr_array_index (item->attachments, k);
              const char *basis = sk_attachment_closed_basis (a);
              g_autofree char *exempt = basis ? g_strdup_printf (_("Exempt from public access, see %s"), basis) : NULL;

              /* The public version names a closed attachment by its basis only */
              if (basis && public)
                g_string_append_printf (list, "%s%u. %s", k ? "\n" : "", k + 1, exempt);
              else if (basis)
                g_string_append_printf (list, "%s%u. %s (%s)", k ? "\n" : "", k + 1, a->title, exempt);
              else
                g_string_append_printf (list, "%s%u. %s", k ? "\n" : "", k + 1, a->title);
            }
          sk_flow_heading (f, FONT_H3, _("Attachments"), 6, 40);
          sk_flow_paragraph (f, FONT_BODY, list->str, 0, 4);
          g_string_free (list, TRUE);
        }
    }
  g_free ((char *) f->header);
  f->header = NULL;
  sk_flow_finish_page (f);
}

/* Both passes, onto recording surfaces or (`pdf`) a PDF. */
static GPtrArray *
render_document (SkProject    *project,
                 SkMeeting    *meeting,
                 SkMeetingDoc  kind,
                 SkItem       *only,
                 cairo_t      *pdf)
{
  SkFlow f = { 0 };

  /* The board's written language, whatever the interface speaks */
  sk_doc_language_push (sk_project_document_language (project, meeting->body));
  /* First pass: count the pages, for "page N of M". */
  f.surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  f.dry = TRUE;
  render (&f, project, meeting, kind, only);
  f.pages = f.page;
  g_ptr_array_unref (f.surfaces);

  f.surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  f.dry = FALSE;
  f.pdf = pdf;
  if (pdf != NULL)
    cairo_tag_begin (pdf, "Document", "");
  render (&f, project, meeting, kind, only);
  if (pdf != NULL)
    cairo_tag_end (pdf, "Document");
  sk_doc_language_pop ();
  return f.surfaces;
}

GPtrArray *
sk_render_meeting_pages (SkProject *project,
                         SkMeeting *meeting,
                         gboolean   minutes)
{
  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (meeting != NULL, NULL);

  return render_document (project, meeting, minutes ? SK_MEETING_DOC_MINUTES : SK_MEETING_DOC_PACK, NULL, NULL);
}

/* The document's title, as a PDF reader shows it: what it is, the body
 * and the date ("Møtebok – Styret i Sogn KO – 3. november 2025"). */
static char *
document_title (SkMeeting    *meeting,
                SkMeetingDoc  kind,
                const char   *item_title)
{
  g_autofree char *date = sk_format_date (meeting->date);
  const char *what;

  switch (kind)
    {
    case SK_MEETING_DOC_MINUTES:
      what = _("Minutes");
      break;
    case SK_MEETING_DOC_EXTRACT:
      /* Translators: the title of a PDF: an extract of the minutes, with the item's title */
      return g_strdup_printf (_("Extract of the minutes: %s – %s – %s"), item_title, meeting->body, date);
    case SK_MEETING_DOC_PUBLIC_PACK:
      what = _("Notice and agenda, public version");
      break;
    case SK_MEETING_DOC_PACK:
    default:
      what = _("Notice and agenda");
      break;
    }
  return g_strdup_printf ("%s – %s – %s", what, meeting->body, date);
}

gboolean
sk_render_meeting_document (SkProject     *project,
                            SkMeeting     *meeting,
                            SkMeetingDoc   kind,
                            const char    *item_id,
                            const char    *path,
                            GError       **error)
{
  g_autoptr(GPtrArray) pages = NULL;
  g_autofree char *title = NULL;
  const char *organisation;
  cairo_surface_t *surface;
  cairo_t *cr;
  SkItem *item = NULL;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (meeting != NULL, FALSE);

  for (guint i = 0; item_id != NULL && i < meeting->items->len; i++)
    if (g_strcmp0 (((SkItem *) g_ptr_array_index (meeting->items, i))->id, item_id) == 0)
      item = g_ptr_array_index (meeting->items, i);
  if (kind == SK_MEETING_DOC_EXTRACT && item == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   _("The meeting “%s” has no item with the id “%s”"), meeting->id, item_id ? item_id : "");
      return FALSE;
    }
  surface = sk_render_pdf_surface_new (PAGE_W, PAGE_H);
  cr = cairo_create (surface);
  sk_doc_language_push (sk_project_document_language (project, meeting->body));
  title = document_title (meeting, kind, item ? item->title : NULL);
  /* Plain spaces in the metadata, where nothing breaks lines */
  {
    g_auto(GStrv) parts = g_strsplit (title, "\u00a0", -1);

    g_free (title);
    title = g_strjoinv (" ", parts);
  }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  if ((organisation = sk_project_get_organisation (project)) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, organisation);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT,
                                  meeting->title ? meeting->title : meeting->body);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sakskart");
  pages = render_document (project, meeting, kind, kind == SK_MEETING_DOC_EXTRACT ? item : NULL, cr);
  sk_doc_language_pop ();
  cairo_destroy (cr);
  return sk_render_surface_write (surface, path, error);
}

/* Lower case, and what is not a letter or a digit a hyphen: "sak-45-25". */
static char *
file_name_part (const char *text)
{
  g_autofree char *down = g_utf8_strdown (text, -1);
  GString *part = g_string_new (NULL);

  for (const char *p = down; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (part, c);
      else if (part->len > 0 && part->str[part->len - 1] != '-')
        g_string_append_c (part, '-');
    }
  while (part->len > 0 && part->str[part->len - 1] == '-')
    g_string_truncate (part, part->len - 1);
  return g_string_free (part, FALSE);
}

char *
sk_render_meeting_document_name (SkProject    *project,
                                 SkMeeting    *meeting,
                                 SkMeetingDoc  kind,
                                 const char   *item_id)
{
  g_autofree char *what = NULL;
  g_autofree char *which = NULL;
  char *name;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (meeting != NULL, NULL);

  sk_doc_language_push (sk_project_document_language (project, meeting->body));
  switch (kind)
    {
    case SK_MEETING_DOC_MINUTES:
      /* Translators: a file name, "minutes-2025-11-03.pdf": lower case, no spaces */
      what = g_strdup (_("minutes"));
      break;
    case SK_MEETING_DOC_PUBLIC_PACK:
      /* Translators: a file name, "board-pack-public-2025-11-03.pdf": lower case, no spaces */
      what = g_strdup (_("board-pack-public"));
      break;
    case SK_MEETING_DOC_EXTRACT:
      for (guint i = 0; i < meeting->items->len && which == NULL; i++)
        {
          SkItem *item = g_ptr_array_index (meeting->items, i);
          g_autofree char *number = NULL;

          if (g_strcmp0 (item->id, item_id) != 0)
            continue;
          number = sk_item_case_number (project, meeting, item);
          which = file_name_part (number ? number : item->id);
        }
      /* Translators: a file name, "extract-sak-45-25.pdf": lower case, no spaces */
      what = g_strdup (_("extract"));
      break;
    case SK_MEETING_DOC_PACK:
    default:
      /* Translators: a file name, "board-pack-2025-11-03.pdf": lower case, no spaces */
      what = g_strdup (_("board-pack"));
      break;
    }
  sk_doc_language_pop ();
  if (which != NULL)
    name = g_strdup_printf ("%s-%s-%s.pdf", what, which, meeting->date ? meeting->date : "");
  else
    name = g_strdup_printf ("%s-%s.pdf", what, meeting->date ? meeting->date : "");
  return name;
}

gboolean
sk_render_meeting_pdf (SkProject   *project,
                       SkMeeting   *meeting,
                       gboolean     minutes,
                       const char  *path,
                       GError     **error)
{
  return sk_render_meeting_document (project, meeting,
                                     minutes ? SK_MEETING_DOC_MINUTES : SK_MEETING_DOC_PACK,
                                     NULL, path, error);
}
