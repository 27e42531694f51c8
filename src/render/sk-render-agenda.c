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
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-format.h"
#include "sk-matrix.h"
#include "sk-render.h"

#define PT_PER_MM (72.0 / 25.4)
#define PAGE_W (210 * PT_PER_MM)
#define PAGE_H (297 * PT_PER_MM)
#define MARGIN (20 * PT_PER_MM)

#define FONT_BODY   "Cantarell 10"
#define FONT_SMALL  "Cantarell 8"
#define FONT_H1     "Cantarell Bold 20"
#define FONT_H2     "Cantarell Bold 13"
#define FONT_H3     "Cantarell Bold 10"

typedef struct
{
  cairo_t    *cr;
  GPtrArray  *surfaces;     /* of cairo_surface_t: one recording per page */
  gboolean    dry;          /* counting pages only */
  int         page;
  int         pages;        /* total, known in the second pass */
  double      y;
  const char *header;       /* running header from page 2 on */
  /* The open frame of a proposal box, drawn around its lines page by page. */
  gboolean    framing;
  double      frame_top;
} Flow;

static PangoLayout *
layout_new (Flow       *f,
            const char *font,
            const char *text,
            double      width)
{
  PangoLayout *layout = sk_render_layout_new (f->cr, font, text, FALSE);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

static void
draw_at (Flow       *f,
         const char *font,
         const char *text,
         double      x,
         double      y,
         double      width,
         PangoAlignment align)
{
  PangoLayout *layout;

  if (f->dry)
    return;
  layout = layout_new (f, font, text, width);
  pango_layout_set_alignment (layout, align);
  cairo_move_to (f->cr, x, y);
  pango_cairo_show_layout (f->cr, layout);
  g_object_unref (layout);
}

static void
close_frame (Flow *f)
{
  if (!f->framing || f->dry)
    return;
  cairo_set_line_width (f->cr, 0.8);
  cairo_rectangle (f->cr, MARGIN - 6, f->frame_top - 6, PAGE_W - 2 * MARGIN + 12, f->y - f->frame_top + 10);
  cairo_stroke (f->cr);
}

static void
start_surface (Flow *f)
{
  cairo_rectangle_t extents = { 0, 0, PAGE_W, PAGE_H };
  cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);
  cairo_font_options_t *options = cairo_font_options_create ();

  g_ptr_array_add (f->surfaces, surface);
  f->cr = cairo_create (surface);
  /* Unhinted metrics: the page lays out the same on paper and in PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (f->cr, options);
  cairo_font_options_destroy (options);
}

static void
finish_page (Flow *f)
{
  if (!f->dry)
    {
      g_autofree char *footer = g_strdup_printf (_("page %d of %d"), f->page, f->pages);

      close_frame (f);
      cairo_set_source_rgb (f->cr, 0.35, 0.35, 0.38);
      draw_at (f, FONT_SMALL, footer, MARGIN, PAGE_H - MARGIN + 16, PAGE_W - 2 * MARGIN, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (f->cr, 0, 0, 0);
    }
  g_clear_pointer (&f->cr, cairo_destroy);
}

static void
new_page (Flow *f)
{
  finish_page (f);
  start_surface (f);
  f->page++;
  f->y = MARGIN;
  if (f->header != NULL && !f->dry)
    {
      cairo_set_source_rgb (f->cr, 0.35, 0.35, 0.38);
      draw_at (f, FONT_SMALL, f->header, MARGIN, MARGIN - 22, PAGE_W - 2 * MARGIN, PANGO_ALIGN_LEFT);
      cairo_rectangle (f->cr, MARGIN, MARGIN - 8, PAGE_W - 2 * MARGIN, 0.5);
      cairo_fill (f->cr);
      cairo_set_source_rgb (f->cr, 0, 0, 0);
    }
  if (f->framing)
    f->frame_top = f->y;
}

static void
ensure_space (Flow   *f,
              double  height)
{
  if (f->y + height > PAGE_H - MARGIN)
    new_page (f);
}

/* A paragraph, line by line, so that it may run onto the next page. */
static void
flow_paragraph (Flow       *f,
                const char *font,
                const char *text,
                double      indent,
                double      space_after)
{
  /* "§ 16-5", "20. oktober" and "29 215 093 kr" stay on one line */
  g_autofree char *kept = sk_format_keep_together (text);
  PangoLayout *layout = layout_new (f, font, kept, PAGE_W - 2 * MARGIN - indent);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);
      int y0, y1;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      ensure_space (f, (y1 - y0) / (double) PANGO_SCALE);
      if (!f->dry)
        {
          cairo_move_to (f->cr, MARGIN + indent + logical.x / (double) PANGO_SCALE,
                         f->y + (baseline - y0) / (double) PANGO_SCALE);
          pango_cairo_show_layout_line (f->cr, line);
        }
      f->y += (y1 - y0) / (double) PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_object_unref (layout);
  f->y += space_after;
}

/* A case text: paragraphs split by blank lines; "• " and "- " lines are
 * bullets with a hanging indent. */
static void
flow_body (Flow       *f,
           const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);

  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i];

      if (g_strstrip (lines[i])[0] == '\0')
        {
          f->y += 5;
          continue;
        }
      if (g_str_has_prefix (line, "• ") || g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "o "))
        {
          const char *rest = line + (g_str_has_prefix (line, "• ") ? strlen ("• ") : 2);

          /* The bullet goes on the page of the first line. */
          ensure_space (f, 14);
          draw_at (f, FONT_BODY, "•", MARGIN + 3, f->y, 10, PANGO_ALIGN_LEFT);
          flow_paragraph (f, FONT_BODY, rest, 14, 1);
        }
      else
        flow_paragraph (f, FONT_BODY, line, 0, 2);
    }
}

static void
flow_heading (Flow       *f,
              const char *font,
              const char *text,
              double      space_before,
              double      keep_with_next)
{
  f->y += space_before;
  ensure_space (f, keep_with_next);
  flow_paragraph (f, font, text, 0, 4);
}

static void
flow_framed (Flow       *f,
             const char *heading,
             const char *text)
{
  f->y += 8;
  ensure_space (f, 60);
  f->framing = TRUE;
  f->frame_top = f->y;
  flow_paragraph (f, FONT_H3, heading, 0, 4);
  flow_body (f, text);
  close_frame (f);
  f->framing = FALSE;
  f->y += 14;
}

/* Table rows: cells at fractions of the width; right-aligned from `right`. */
static void
flow_row (Flow        *f,
          const char **cells,
          const double *stops,
          guint        n,
          guint        right,
          const char  *font)
{
  double width = PAGE_W - 2 * MARGIN, height = 0;

  for (guint c = 0; c < n; c++)
    {
      PangoLayout *l = layout_new (f, font, cells[c], width * (stops[c + 1] - stops[c]) - 6);
      int w, h;

      pango_layout_get_pixel_size (l, &w, &h);
      height = MAX (height, h);
      g_object_unref (l);
    }
  ensure_space (f, height + 3);
  for (guint c = 0; c < n; c++)
    draw_at (f, font, cells[c], MARGIN + width * stops[c], f->y, width * (stops[c + 1] - stops[c]) - 6,
             c >= right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
  f->y += height + 3;
}

/* A text's width on one line. */
static double
text_width (Flow       *f,
            const char *font,
            const char *text)
{
  g_autoptr(PangoLayout) layout = sk_render_layout_new (f->cr, font, text, FALSE);
  int w, h;

  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

/* Stops for flow_row () from the columns' widest cells: each column as
 * wide as its widest word-run, up to its share of the page in `caps`;
 * column `flexible` takes what is left and wraps.  A word no longer
 * breaks in the middle ("Orienteri-ng") where the page has room. */
static void
fit_stops (const double *widest,
           const double *caps,
           guint         n,
           guint         flexible,
           double       *stops)
{
  double total = PAGE_W - 2 * MARGIN, fixed = 0;
  double share[8];

  g_assert (n < G_N_ELEMENTS (share));
  for (guint c = 0; c < n; c++)
    if (c != flexible)
      {
        share[c] = MIN ((widest[c] + 8) / total, caps[c]);
        fixed += share[c];
      }
  share[flexible] = MAX (1 - fixed, 0.2);
  stops[0] = 0;
  for (guint c = 0; c < n; c++)
    stops[c + 1] = stops[c] + share[c];
}

static void
flow_rule (Flow *f)
{
  if (!f->dry)
    {
      cairo_rectangle (f->cr, MARGIN, f->y, PAGE_W - 2 * MARGIN, 0.6);
      cairo_fill (f->cr);
    }
  f->y += 4;
}

static void
flow_cost_table (Flow      *f,
                 SkProject *project,
                 SkCostModel *model)
{
  g_autoptr(SkCostResult) r = NULL;
  g_autoptr(GError) error = NULL;
  static const double stops[] = { 0, 0.4, 0.7, 1.0 };
  const char *head[] = { _("Municipality"), _("Total"), C_("column", "Share") };

  flow_heading (f, FONT_H3, model->title, 10, 60);
  r = sk_cost_model_compute (project, model, NULL, &error);
  if (r == NULL)
    {
      flow_paragraph (f, FONT_BODY, error->message, 0, 4);
      return;
    }
  flow_row (f, head, stops, 3, 1, FONT_H3);
  flow_rule (f);
  for (guint i = 0; i < r->rows->len; i++)
    {
      const SkCostRow *row = &g_array_index (r->rows, SkCostRow, i);
      SkMunicipality *m = sk_project_find_municipality (project, row->municipality);
      g_autofree char *amount = sk_format_kr (row->amount_kr);
      g_autofree char *share = sk_format_percent (row->share * 100, 2);
      const char *cells[] = { m ? m->name : row->municipality, amount, share };

      flow_row (f, cells, stops, 3, 1, FONT_BODY);
    }
  flow_rule (f);
  {
    g_autofree char *total = sk_format_kr (r->total_kr);
    g_autofree char *all = sk_format_percent (100, 2);
    const char *cells[] = { _("Total"), total, all };

    flow_row (f, cells, stops, 3, 1, FONT_H3);
  }
}

static void
flow_matrix_table (Flow      *f,
                   SkProject *project,
                   SkMatrix  *matrix)
{
  g_autoptr(GArray) results = sk_matrix_compute (matrix);
  static const double stops[] = { 0, 0.4, 0.6, 0.8, 1.0 };
  const char *head[] = { _("Candidate"), _("Total score"), _("Percent of maximum"), _("Rank") };

  flow_heading (f, FONT_H3, matrix->title, 10, 60);
  flow_row (f, head, stops, 4, 1, FONT_H3);
  flow_rule (f);
  sk_matrix_results_by_rank (results);
  for (guint i = 0; i < results->len; i++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
      const SkCandidate *c = g_ptr_array_index (matrix->candidates, r->candidate);
      SkMunicipality *m = sk_project_find_municipality (project, c->municipality);
      g_autofree char *score = sk_format_score (r->score);
      g_autofree char *pct = sk_format_percent (r->percent, 1);
      g_autofree char *rank = g_strdup_printf ("%d", r->rank);
      const char *cells[] = { m ? m->name : c->municipality, score, pct, rank };

      flow_row (f, cells, stops, 4, 1, FONT_BODY);
    }
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

static void
render (Flow      *f,
        SkProject *project,
        SkMeeting *meeting,
        gboolean   minutes)
{
  g_autofree int *starts = g_new0 (int, meeting->items->len + 1);
  g_autofree char *when = sk_format_date_time (meeting->date, meeting->start_time);
  gboolean timed = sk_meeting_item_times (meeting, starts, NULL);
  /* No., item, kind, presenter, time: the item takes what the others leave. */
  static const double caps[] = { 0.1, 1, 0.25, 0.25, 0.2 };
  double stops[6];

  f->page = 1;
  f->y = MARGIN;
  f->header = NULL;
  start_surface (f);

  /* Cover: who meets, when and where */
  if (sk_project_get_organisation (project))
    flow_paragraph (f, FONT_BODY, sk_project_get_organisation (project), 0, 6);
  flow_paragraph (f, FONT_H1, meeting->body, 0, 4);
  flow_paragraph (f, FONT_H2, minutes ? _("Minutes") : _("Notice and agenda"), 0, 10);
  {
    GString *info = g_string_new (NULL);

    g_string_append_printf (info, "%s: %s", _("Time"), when);
    if (meeting->location)
      g_string_append_printf (info, "\n%s: %s", _("Place"), meeting->location);
    if (meeting->mode != SK_MODE_UNSET)
      g_string_append_printf (info, "\n%s: %s", _("Form"), sk_meeting_mode_label (meeting->mode));
    flow_paragraph (f, FONT_BODY, info->str, 0, 16);
    g_string_free (info, TRUE);
  }

  /* The agenda table */
  if (meeting->items->len == 0)
    flow_paragraph (f, FONT_BODY, _("This meeting has no agenda items yet."), 0, 8);
  else
    {
      const char *head[] = { _("No."), _("Item"), _("Kind"), _("Presenter"), _("Time") };
      g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
      double widest[5];

      for (guint c = 0; c < 5; c++)
        widest[c] = text_width (f, FONT_H3, head[c]);
      for (guint i = 0; i < meeting->items->len; i++)
        {
          SkItem *item = g_ptr_array_index (meeting->items, i);
          char **cells = g_new0 (char *, 6);

          cells[0] = sk_meeting_item_number (meeting, i);
          cells[1] = g_strdup (item->title[0] ? item->title : _("(no title)"));
          cells[2] = g_strdup (sk_item_kind_label (item->kind));
          cells[3] = g_strdup (item->presenter ? item->presenter : "");
          cells[4] = item_time (meeting, starts, timed, i);
          for (guint c = 0; c < 5; c++)
            widest[c] = MAX (widest[c], text_width (f, FONT_BODY, cells[c]));
          g_ptr_array_add (rows, cells);
        }
      fit_stops (widest, caps, 5, 1, stops);
      flow_row (f, head, stops, 5, 4, FONT_H3);
      flow_rule (f);
      for (guint i = 0; i < rows->len; i++)
        flow_row (f, (const char **) g_ptr_array_index (rows, i), stops, 5, 4, FONT_BODY);
    }

  /* The case papers */
  f->header = g_strdup_printf ("%s – %s", meeting->body, when);
  for (guint i = 0; i < meeting->items->len; i++)
    {
      SkItem *item = g_ptr_array_index (meeting->items, i);
      g_autofree char *number = sk_meeting_item_number (meeting, i);
      /* Translators: the heading of an item in the board papers, "Sak 7: Felles barnevern i Sogn" */
      g_autofree char *heading = g_strdup_printf (_("Item %s: %s"), number, item->title[0] ? item->title : _("(no title)"));
      g_autofree char *time = item_time (meeting, starts, timed, i);
      GString *meta = g_string_new (sk_item_kind_label (item->kind));

      if (item->presenter)
        g_string_append_printf (meta, " · %s", item->presenter);
      if (time[0])
        g_string_append_printf (meta, " · %s", time);
      flow_heading (f, FONT_H2, heading, i == 0 ? 24 : 18, 80);
      flow_paragraph (f, FONT_SMALL, meta->str, 0, 6);
      g_string_free (meta, TRUE);

      if (!minutes && item->body && item->body[0])
        flow_body (f, item->body);
      if (item->proposal && item->proposal[0])
        flow_framed (f, _("Proposal"), item->proposal);
      if (minutes)
        {
          if (item->decision && item->decision[0])
            flow_framed (f, C_("heading", "Decision"), item->decision);
          else if (item->kind == SK_ITEM_DECISION)
            flow_paragraph (f, FONT_BODY, _("No decision recorded."), 0, 6);
        }
      if (!minutes)
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
            g_string_append_printf (list, "%s%u. %s", k ? "\n" : "",
                                    k + 1, ((SkAttachment *) g_ptr_array_index (item->attachments, k))->title);
          flow_heading (f, FONT_H3, _("Attachments"), 6, 40);
          flow_paragraph (f, FONT_BODY, list->str, 0, 4);
          g_string_free (list, TRUE);
        }
    }
  g_free ((char *) f->header);
  f->header = NULL;
  finish_page (f);
}

GPtrArray *
sk_render_meeting_pages (SkProject *project,
                         SkMeeting *meeting,
                         gboolean   minutes)
{
  Flow f = { 0 };

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (meeting != NULL, NULL);

  /* First pass: count the pages, for "page N of M". */
  f.surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  f.dry = TRUE;
  render (&f, project, meeting, minutes);
  f.pages = f.page;
  g_ptr_array_unref (f.surfaces);

  f.surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  f.dry = FALSE;
  render (&f, project, meeting, minutes);
  return f.surfaces;
}

gboolean
sk_render_meeting_pdf (SkProject   *project,
                       SkMeeting   *meeting,
                       gboolean     minutes,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(GPtrArray) pages = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;

  g_return_val_if_fail (SK_IS_PROJECT (project), FALSE);
  g_return_val_if_fail (meeting != NULL, FALSE);

  pages = sk_render_meeting_pages (project, meeting, minutes);
  surface = sk_render_pdf_surface_new (PAGE_W, PAGE_H);
  {
    g_autofree char *title = g_strdup_printf ("%s – %s", meeting->body, meeting->date);

    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sakskart");
  }
  cr = cairo_create (surface);
  for (guint i = 0; i < pages->len; i++)
    {
      cairo_set_source_surface (cr, g_ptr_array_index (pages, i), 0, 0);
      cairo_paint (cr);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  return sk_render_surface_write (surface, path, error);
}
