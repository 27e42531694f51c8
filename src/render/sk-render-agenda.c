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

/* A text with "2026–2028" and "09.00–09.05" kept on one line: a word
 * joiner after an en dash between digits (Pango breaks after the dash
 * otherwise). */
static char *
keep_ranges (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p; p++)
    {
      g_string_append_c (out, *p);
      if (g_str_has_prefix (p, "–") && p > text && g_ascii_isdigit (p[-1]) &&
          g_ascii_isdigit (p[strlen ("–")]))
        {
          g_string_append_len (out, p + 1, strlen ("–") - 1);
          g_string_append (out, "\u2060");
          p += strlen ("–") - 1;
        }
    }
  return g_string_free (out, FALSE);
}

/* A paragraph, line by line, so that it may run onto the next page. */
static void
flow_paragraph (Flow       *f,
                const char *font,
                const char *text,
                double      indent,
                double      space_after)
{
  /* "§ 16-5", "20. oktober" and "29 215 093 kr" stay on one line, and
   * so does a range such as "2026–2028" */
  g_autofree char *together = sk_format_keep_together (text);
  g_autofree char *kept = keep_ranges (together);
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

static double
row_height (Flow         *f,
            const char  **cells,
            const double *stops,
            guint         n,
            const char   *font)
{
  double width = PAGE_W - 2 * MARGIN, height = 0;

  for (guint c = 0; c < n; c++)
    {
      g_autofree char *text = keep_ranges (cells[c]);
      PangoLayout *l = layout_new (f, font, text, width * (stops[c + 1] - stops[c]) - 6);
      int w, h;

      pango_layout_get_pixel_size (l, &w, &h);
      height = MAX (height, h);
      g_object_unref (l);
    }
  return height + 3;
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
  double width = PAGE_W - 2 * MARGIN, height = row_height (f, cells, stops, n, font);

  ensure_space (f, height);
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *text = keep_ranges (cells[c]);

      draw_at (f, font, text, MARGIN + width * stops[c], f->y, width * (stops[c + 1] - stops[c]) - 6,
               c >= right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
    }
  f->y += height;
}

static void flow_rule (Flow *f);

/* A table: its heading row, a rule, and its rows (of GStrv), with
 * `foot` (may be NULL) under a second rule.  Kept on one page when it
 * fits on one; else the heading row is repeated on each page it runs
 * onto.  `before` is the height of what goes just before it (its title),
 * kept with it. */
typedef struct
{
  const char  **head;
  const double *stops;
  guint         n;
  guint         right;
} Table;

static void
keep_table (Flow        *f,
            const Table *t,
            GPtrArray   *rows,
            const char **foot,
            double       before)
{
  double total = before + row_height (f, t->head, t->stops, t->n, FONT_H3) + 4;

  for (guint i = 0; i < rows->len; i++)
    total += row_height (f, g_ptr_array_index (rows, i), t->stops, t->n, FONT_BODY);
  if (foot)
    total += 4 + row_height (f, foot, t->stops, t->n, FONT_H3);
  if (total <= PAGE_H - 2 * MARGIN)
    ensure_space (f, total);
}

static void
flow_table (Flow        *f,
                 const Table *t,
                 GPtrArray   *rows,
                 const char **foot)
{
  flow_row (f, t->head, t->stops, t->n, t->right, FONT_H3);
  flow_rule (f);
  for (guint i = 0; i < rows->len; i++)
    {
      const char **cells = g_ptr_array_index (rows, i);

      if (f->y + row_height (f, cells, t->stops, t->n, FONT_BODY) > PAGE_H - MARGIN)
        {
          new_page (f);
          flow_row (f, t->head, t->stops, t->n, t->right, FONT_H3);
          flow_rule (f);
        }
      flow_row (f, cells, t->stops, t->n, t->right, FONT_BODY);
    }
  if (foot)
    {
      flow_rule (f);
      flow_row (f, foot, t->stops, t->n, t->right, FONT_H3);
    }
}

/* A text's width on one line, or (`word`) the width of its longest
 * word (the longest run a line cannot break). */
static double
text_width (Flow       *f,
            const char *font,
            const char *text,
            gboolean    word)
{
  g_autofree char *kept = keep_ranges (text);
  g_autoptr(PangoLayout) layout = sk_render_layout_new (f->cr, font, kept, FALSE);
  int w, h;

  if (word)
    {
      pango_layout_set_width (layout, 1);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
    }
  pango_layout_get_pixel_size (layout, &w, &h);
  return w;
}

/* Stops for flow_row () from the columns' cells: `widest` on one line,
 * `narrowest` their longest word.  Column `flexible` (the item's title)
 * is as wide as its longest cell when the page allows: the others give
 * way first, each down to its longest word, in proportion to what it
 * would give; then the title wraps.  No word breaks in the middle
 * ("Orienteri-ng") where the page has room. */
static void
fit_stops (const double *widest,
           const double *narrowest,
           guint         n,
           guint         flexible,
           double       *stops)
{
  double total = PAGE_W - 2 * MARGIN, others = 0, slack = 0, need;
  double width[8];

  g_assert (n < G_N_ELEMENTS (width));
  for (guint c = 0; c < n; c++)
    if (c != flexible)
      {
        width[c] = widest[c] + 8;
        others += width[c];
        slack += MAX (widest[c] - narrowest[c], 0);
      }
  need = widest[flexible] + 8 - (total - others);
  if (need > 0 && slack > 0)
    for (guint c = 0; c < n; c++)
      if (c != flexible)
        {
          double give = MIN (need, slack) * MAX (widest[c] - narrowest[c], 0) / slack;

          width[c] -= give;
          others -= give;
        }
  width[flexible] = MAX (total - others, 0.2 * total);
  stops[0] = 0;
  for (guint c = 0; c < n; c++)
    stops[c + 1] = stops[c] + width[c] / total;
  /* Rounding, or a title column held at a fifth: the last stop is the edge. */
  stops[n] = MAX (stops[n], 1.0);
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

static void
flow_cost_table (Flow      *f,
                 SkProject *project,
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
  const Table table = { head, stops, 3, 1 };

  r = sk_cost_model_compute (project, model, NULL, &error);
  if (r == NULL)
    {
      flow_heading (f, FONT_H3, model->title, 10, 60);
      flow_paragraph (f, FONT_BODY, error->message, 0, 4);
      return;
    }
  for (guint i = 0; i < r->rows->len; i++)
    {
      const SkCostRow *row = &g_array_index (r->rows, SkCostRow, i);
      SkMunicipality *m = sk_project_find_municipality (project, row->municipality);
      char **cells = g_new0 (char *, 4);

      cells[0] = g_strdup (m ? m->name : row->municipality);
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
  /* The title, the table and the line under it on one page. */
  keep_table (f, &table, rows, foot, TITLE_HEIGHT + 16);
  flow_heading (f, FONT_H3, model->title, 10, 60);
  flow_table (f, &table, rows, foot);
  flow_paragraph (f, FONT_SMALL, split, 0, 4);
}

/* How far each weight can move before another candidate is first, with
 * a tie said in words. */
static void
flow_sensitivity_table (Flow      *f,
                        SkProject *project,
                        SkMatrix  *matrix)
{
  g_autoptr(GPtrArray) rows = sk_sensitivity_table (project, matrix);
  g_autofree char *tie = sk_sensitivity_tie_note (project, matrix);
  double stops[5], widest[4] = { 0 }, narrowest[4] = { 0 };
  Table t = { NULL, stops, 4, 4 };

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
          widest[c] = MAX (widest[c], text_width (f, font, cell, FALSE));
        narrowest[c] = MAX (narrowest[c], text_width (f, font, cell, TRUE));
        widest[c] = MAX (widest[c], narrowest[c]);
      }
  widest[0] = narrowest[0];
  fit_stops (widest, narrowest, 4, 0, stops);
  t.head = (const char **) g_ptr_array_steal_index (rows, 0);
  keep_table (f, &t, rows, NULL, TITLE_HEIGHT + (tie ? 40 : 0) + 16);
  flow_heading (f, FONT_H3, _("How far each weight can move before the leader changes"), 10, 60);
  if (tie)
    flow_paragraph (f, FONT_BODY, tie, 0, 6);
  flow_table (f, &t, rows, NULL);
  flow_paragraph (f, FONT_SMALL, _("Each weight moved on its own, the others as they are."), 0, 4);
  g_strfreev ((char **) t.head);
}

static void
flow_matrix_table (Flow      *f,
                   SkProject *project,
                   SkMatrix  *matrix)
{
  g_autoptr(GArray) results = sk_matrix_compute (matrix);
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  static const double stops[] = { 0, 0.4, 0.6, 0.8, 1.0 };
  const char *head[] = { _("Candidate"), _("Total score"), _("Percent of maximum"), _("Rank") };
  const Table table = { head, stops, 4, 1 };

  sk_matrix_results_by_rank (results);
  for (guint i = 0; i < results->len; i++)
    {
      const SkMatrixResult *r = &g_array_index (results, SkMatrixResult, i);
      const SkCandidate *c = g_ptr_array_index (matrix->candidates, r->candidate);
      SkMunicipality *m = sk_project_find_municipality (project, c->municipality);
      char **cells = g_new0 (char *, 5);

      cells[0] = g_strdup (m ? m->name : c->municipality);
      cells[1] = sk_format_score (r->score);
      cells[2] = sk_format_percent (r->percent, 1);
      cells[3] = g_strdup_printf ("%d", r->rank);
      g_ptr_array_add (rows, cells);
    }
  keep_table (f, &table, rows, NULL, TITLE_HEIGHT);
  flow_heading (f, FONT_H3, matrix->title, 10, 60);
  flow_table (f, &table, rows, NULL);
  flow_sensitivity_table (f, project, matrix);
}

/* "Decision, recorded at 10.42" from the item's decided_at
 * (docs/format-extensions.md); the date too when it is not the
 * meeting's; "Decision" without it. */
static char *
decision_heading (const SkMeeting *meeting,
                  const SkItem    *item)
{
  const char *when = item->extra && json_object_has_member (item->extra, "decided_at")
                     ? json_object_get_string_member_with_default (item->extra, "decided_at", NULL) : NULL;
  g_autofree char *date = NULL;
  int minutes;

  if (when == NULL || strlen (when) != 16 || when[10] != 'T' || !sk_time_parse (when + 11, &minutes))
    return g_strdup (C_("heading", "Decision"));
  date = g_strndup (when, 10);
  if (g_strcmp0 (date, meeting->date) == 0)
    {
      g_autofree char *time = sk_format_time (minutes);

      /* Translators: the heading of a decision in the minutes, "Decision, recorded at 10.42" */
      return g_strdup_printf (_("Decision, recorded at %s"), time);
    }
  else
    {
      g_autofree char *date_time = sk_format_date_time (date, when + 11);

      /* Translators: the heading of a decision in the minutes, "Decision, recorded 4 November 2025, 09.10" */
      return g_strdup_printf (_("Decision, recorded %s"), date_time);
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
      double widest[5], narrowest[5];

      for (guint c = 0; c < 5; c++)
        widest[c] = narrowest[c] = text_width (f, FONT_H3, head[c], FALSE);
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
            {
              widest[c] = MAX (widest[c], text_width (f, FONT_BODY, cells[c], FALSE));
              narrowest[c] = MAX (narrowest[c], text_width (f, FONT_BODY, cells[c], TRUE));
            }
          g_ptr_array_add (rows, cells);
        }
      fit_stops (widest, narrowest, 5, 1, stops);
      /* A long agenda repeats its heading row on the next page. */
      flow_table (f, &(const Table) { head, stops, 5, 4 }, rows, NULL);
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
            {
              g_autofree char *heading = decision_heading (meeting, item);

              flow_framed (f, heading, item->decision);
            }
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
