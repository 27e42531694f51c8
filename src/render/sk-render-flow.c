/* sk-render-flow.c — text that flows over A4 pages, tagged for the
 * PDF's structure
 *
 * The text flows line by line.  A document is laid out twice: once to
 * count the pages (for "page N of M"), then for real, onto recording
 * surfaces (for printing) or straight onto a PDF (the tags of a recording
 * surface lose their text on the way into a PDF).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-render"

#include "config.h"

#include <string.h>

#include "sk-format.h"
#include "sk-i18n.h"
#include "sk-render.h"
#include "sk-render-flow.h"

void
sk_flow_tag_begin (SkFlow     *f,
                   const char *tag)
{
  g_assert (f->n_tags < G_N_ELEMENTS (f->tags));
  f->tags[f->n_tags++] = tag;
  if (!f->dry && f->cr != NULL)
    cairo_tag_begin (f->cr, tag, "");
}

void
sk_flow_tag_end (SkFlow *f)
{
  g_assert (f->n_tags > 0);
  f->n_tags--;
  if (!f->dry && f->cr != NULL)
    cairo_tag_end (f->cr, f->tags[f->n_tags]);
}
/* Sets `text` on `layout` with plain spaces for its no-break spaces, and
 * no word joiners: each place that one of them keeps together (from the
 * character before to the one after) gets an attribute that allows no
 * line break instead.  A PDF draws a no-break space with the space's
 * glyph marked up as another character (ActualText), and a reader of the
 * tagged structure (pdfinfo -struct-text) lost the rest of the paragraph
 * or heading after it. */
static void
set_kept_text (PangoLayout *layout,
               const char  *unbroken)
{
  g_autofree char *text = sk_render_breakable (unbroken);
  GString *plain = g_string_sized_new (strlen (text));
  PangoAttrList *attrs = pango_attr_list_new ();
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (guint));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *before, *next;
      guint range[2];

      if (c != 0x00a0 && c != 0x2060)
        {
          g_string_append_unichar (plain, c);
          continue;
        }
      before = g_utf8_find_prev_char (plain->str, plain->str + plain->len);
      range[0] = before != NULL ? (guint) (before - plain->str) : 0;
      next = g_utf8_next_char (p);
      if (c == 0x00a0)
        g_string_append_c (plain, ' ');
      range[1] = (guint) plain->len + (guint) (*next ? g_utf8_next_char (next) - next : 0);
      g_array_append_vals (kept, range, 2);
    }
  /* Within the text: Pango reads up to an attribute's end */
  for (guint i = 0; i + 1 < kept->len; i += 2)
    {
      PangoAttribute *keep = pango_attr_allow_breaks_new (FALSE);

      keep->start_index = g_array_index (kept, guint, i);
      keep->end_index = MIN (g_array_index (kept, guint, i + 1), (guint) plain->len);
      pango_attr_list_insert (attrs, keep);
    }
  g_array_unref (kept);
  /* No ligatures: "fl" in "offl." drawn as one glyph is marked up as
   * its letters (ActualText) the same way, and the structure lost the
   * rest of the text after it */
  pango_attr_list_insert (attrs, pango_attr_font_features_new ("liga=0"));
  pango_layout_set_text (layout, plain->str, (int) plain->len);
  pango_layout_set_attributes (layout, attrs);
  pango_attr_list_unref (attrs);
  g_string_free (plain, TRUE);
}

/* Draws `line` of `layout` at the current point.  Where the paragraph
 * wraps at a space, Pango gives that space no glyph and cairo draws it as
 * an empty span marked up as a space (ActualText): a reader of the tagged
 * structure (pdfinfo -struct-text) lost the paragraph's text after its
 * first line.  Such a line is laid out alone, where its last space is a
 * space glyph like any other. */
static void
show_line (cairo_t         *cr,
           PangoLayout     *layout,
           PangoLayoutLine *line)
{
  const char *text = pango_layout_get_text (layout);
  int start = line->start_index, end = line->start_index + line->length;
  PangoAttrList *attrs = pango_layout_get_attributes (layout);
  PangoLayout *alone;

  if (end == start || text[end - 1] != ' ')
    {
      pango_cairo_show_layout_line (cr, line);
      return;
    }
  /* The same words laid out alone, their attributes moved along */
  alone = pango_layout_copy (layout);
  pango_layout_set_width (alone, -1);
  pango_layout_set_text (alone, text + start, end - start);
  if (attrs != NULL)
    {
      PangoAttrList *moved = pango_attr_list_copy (attrs);

      /* None may reach past the text (Pango reads there) */
      pango_attr_list_update (moved, end, (int) strlen (text) - end, 0);
      pango_attr_list_update (moved, 0, start, 0);
      pango_layout_set_attributes (alone, moved);
      pango_attr_list_unref (moved);
    }
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (alone, 0));
  g_object_unref (alone);
}

/* pango_cairo_show_layout () line by line, with show_line (): the
 * layout's top left corner at (x, y). */
static void
show_layout (cairo_t     *cr,
             PangoLayout *layout,
             double       x,
             double       y)
{
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  do
    {
      PangoRectangle logical;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      cairo_move_to (cr, x + logical.x / (double) PANGO_SCALE,
                     y + pango_layout_iter_get_baseline (iter) / (double) PANGO_SCALE);
      show_line (cr, layout, pango_layout_iter_get_line_readonly (iter));
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
}

static PangoLayout *
layout_new (SkFlow     *f,
            const char *font,
            const char *text,
            double      width)
{
  PangoLayout *layout = sk_render_layout_new (f->cr, font, "", FALSE);

  set_kept_text (layout, text);

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  return layout;
}

void
sk_flow_draw_at (SkFlow         *f,
                 const char     *font,
                 const char     *text,
                 double          x,
                 double          y,
                 double          width,
                 PangoAlignment  align)
{
  PangoLayout *layout;

  if (f->dry)
    return;
  layout = layout_new (f, font, text, width);
  pango_layout_set_alignment (layout, align);
  show_layout (f->cr, layout, x, y);
  g_object_unref (layout);
}

static void
close_frame (SkFlow *f)
{
  if (!f->framing || f->dry)
    return;
  cairo_set_line_width (f->cr, 0.8);
  cairo_rectangle (f->cr, MARGIN - 6, f->frame_top - 6, PAGE_W - 2 * MARGIN + 12, f->y - f->frame_top + 10);
  cairo_stroke (f->cr);
}

void
sk_flow_start (SkFlow *f)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  if (f->pdf != NULL && !f->dry)
    f->cr = cairo_reference (f->pdf);
  else
    {
      cairo_rectangle_t extents = { 0, 0, PAGE_W, PAGE_H };
      cairo_surface_t *surface = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, &extents);

      g_ptr_array_add (f->surfaces, surface);
      f->cr = cairo_create (surface);
    }
  /* Unhinted metrics: the page lays out the same on paper and in PDF. */
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  cairo_set_font_options (f->cr, options);
  cairo_font_options_destroy (options);
  /* What was open on the page before goes on here */
  for (guint i = 0; !f->dry && i < f->n_tags; i++)
    cairo_tag_begin (f->cr, f->tags[i], "");
}

void
sk_flow_finish_page (SkFlow *f)
{
  if (!f->dry)
    {
      g_autofree char *footer = g_strdup_printf (_("page %d of %d"), f->page, f->pages);

      close_frame (f);
      for (guint i = f->n_tags; i > 0; i--)
        cairo_tag_end (f->cr, f->tags[i - 1]);
      cairo_set_source_rgb (f->cr, 0.35, 0.35, 0.38);
      sk_flow_draw_at (f, FONT_SMALL, footer, MARGIN, PAGE_H - MARGIN + 16, PAGE_W - 2 * MARGIN, PANGO_ALIGN_CENTER);
      cairo_set_source_rgb (f->cr, 0, 0, 0);
      if (f->pdf != NULL)
        cairo_show_page (f->cr);
    }
  g_clear_pointer (&f->cr, cairo_destroy);
}

void
sk_flow_new_page (SkFlow *f)
{
  sk_flow_finish_page (f);
  sk_flow_start (f);
  f->page++;
  f->y = MARGIN;
  if (f->header != NULL && !f->dry)
    {
      cairo_set_source_rgb (f->cr, 0.35, 0.35, 0.38);
      sk_flow_draw_at (f, FONT_SMALL, f->header, MARGIN, MARGIN - 22, PAGE_W - 2 * MARGIN, PANGO_ALIGN_LEFT);
      cairo_rectangle (f->cr, MARGIN, MARGIN - 8, PAGE_W - 2 * MARGIN, 0.5);
      cairo_fill (f->cr);
      cairo_set_source_rgb (f->cr, 0, 0, 0);
    }
  if (f->framing)
    f->frame_top = f->y;
}

void
sk_flow_ensure_space (SkFlow *f,
                      double  height)
{
  if (f->y + height > PAGE_H - MARGIN)
    sk_flow_new_page (f);
}

/* A text with "§ 16-5", "20. oktober", "29 215 093 kr" (no-break
 * spaces, sk_format_keep_together ()) and "2026–2028", "09.00–09.05" kept
 * on one line: a word joiner after an en dash between digits (Pango
 * breaks after the dash otherwise).  For every text the flow sets, in a
 * paragraph, a heading or a table's cell, and for measuring it. */
static char *
keep_ranges (const char *plain)
{
  g_autofree char *text = sk_format_keep_together (plain);
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
void
sk_flow_paragraph (SkFlow     *f,
                   const char *font,
                   const char *text,
                   double      indent,
                   double      space_after)
{
  /* "§ 16-5", "20. oktober" and "29 215 093 kr" stay on one line, and
   * so does a range such as "2026–2028" */
  g_autofree char *kept = keep_ranges (text);
  PangoLayout *layout = layout_new (f, font, kept, PAGE_W - 2 * MARGIN - indent);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);
  gboolean tagged = !f->in_leaf;

  if (tagged)
    sk_flow_tag_begin (f, "P");

  do
    {
      PangoLayoutLine *line = pango_layout_iter_get_line_readonly (iter);
      PangoRectangle logical;
      int baseline = pango_layout_iter_get_baseline (iter);
      int y0, y1;

      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      pango_layout_iter_get_line_yrange (iter, &y0, &y1);
      sk_flow_ensure_space (f, (y1 - y0) / (double) PANGO_SCALE);
      if (!f->dry)
        {
          cairo_move_to (f->cr, MARGIN + indent + logical.x / (double) PANGO_SCALE,
                         f->y + (baseline - y0) / (double) PANGO_SCALE);
          show_line (f->cr, layout, line);
        }
      f->y += (y1 - y0) / (double) PANGO_SCALE;
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  g_object_unref (layout);
  if (tagged)
    sk_flow_tag_end (f);
  f->y += space_after;
}

/* A case text: paragraphs split by blank lines; "• " and "- " lines are
 * bullets with a hanging indent. */
void
sk_flow_body (SkFlow     *f,
              const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text ? text : "", "\n", -1);
  gboolean in_list = FALSE;

  for (guint i = 0; lines[i]; i++)
    {
      const char *line = lines[i];
      gboolean bullet;

      g_strstrip (lines[i]);
      bullet = g_str_has_prefix (line, "• ") || g_str_has_prefix (line, "- ") || g_str_has_prefix (line, "o ");
      if (in_list && !bullet)
        {
          sk_flow_tag_end (f);
          in_list = FALSE;
        }
      if (line[0] == '\0')
        {
          f->y += 5;
          continue;
        }
      if (bullet)
        {
          const char *rest = line + (g_str_has_prefix (line, "• ") ? strlen ("• ") : 2);

          if (!in_list)
            sk_flow_tag_begin (f, "L");
          in_list = TRUE;
          /* The bullet goes on the page of the first line. */
          sk_flow_ensure_space (f, 14);
          sk_flow_tag_begin (f, "LI");
          sk_flow_tag_begin (f, "Lbl");
          sk_flow_draw_at (f, FONT_BODY, "•", MARGIN + 3, f->y, 10, PANGO_ALIGN_LEFT);
          sk_flow_tag_end (f);
          sk_flow_tag_begin (f, "LBody");
          f->in_leaf = TRUE;
          sk_flow_paragraph (f, FONT_BODY, rest, 14, 1);
          f->in_leaf = FALSE;
          sk_flow_tag_end (f);
          sk_flow_tag_end (f);
        }
      else
        sk_flow_paragraph (f, FONT_BODY, line, 0, 2);
    }
  if (in_list)
    sk_flow_tag_end (f);
}

/* A heading's text as an H1, H2 or H3 by its font. */
static void
flow_heading_text (SkFlow     *f,
                   const char *font,
                   const char *text,
                   double      space_after)
{
  sk_flow_tag_begin (f, g_str_equal (font, FONT_H1) ? "H1" : g_str_equal (font, FONT_H2) ? "H2" : "H3");
  f->in_leaf = TRUE;
  sk_flow_paragraph (f, font, text, 0, space_after);
  f->in_leaf = FALSE;
  sk_flow_tag_end (f);
}

void
sk_flow_heading (SkFlow     *f,
                 const char *font,
                 const char *text,
                 double      space_before,
                 double      keep_with_next)
{
  f->y += space_before;
  sk_flow_ensure_space (f, keep_with_next);
  flow_heading_text (f, font, text, 4);
}

void
sk_flow_framed (SkFlow     *f,
                const char *heading,
                const char *text)
{
  f->y += 8;
  sk_flow_ensure_space (f, 60);
  f->framing = TRUE;
  f->frame_top = f->y;
  flow_heading_text (f, FONT_H3, heading, 4);
  sk_flow_body (f, text);
  close_frame (f);
  f->framing = FALSE;
  f->y += 14;
}

static double
row_height (SkFlow        *f,
            const char   **cells,
            const double  *stops,
            guint          n,
            const char    *font)
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

#define TABLE_FONT(t) ((t)->font != NULL ? (t)->font : FONT_BODY)

/* SkFlowTable rows: cells at fractions of the width; right-aligned from `right`. */
static void
flow_row (SkFlow        *f,
          const char   **cells,
          const double  *stops,
          guint          n,
          guint          right,
          const char    *font)
{
  double width = PAGE_W - 2 * MARGIN, height = row_height (f, cells, stops, n, font);

  sk_flow_ensure_space (f, height);
  sk_flow_tag_begin (f, "TR");
  for (guint c = 0; c < n; c++)
    {
      g_autofree char *text = keep_ranges (cells[c]);

      sk_flow_tag_begin (f, g_str_equal (font, FONT_H3) ? "TH" : "TD");
      sk_flow_draw_at (f, font, text, MARGIN + width * stops[c], f->y, width * (stops[c + 1] - stops[c]) - 6,
               c >= right ? PANGO_ALIGN_RIGHT : PANGO_ALIGN_LEFT);
      sk_flow_tag_end (f);
    }
  sk_flow_tag_end (f);
  f->y += height;
}

void
sk_flow_keep_table (SkFlow             *f,
                    const SkFlowTable  *t,
                    GPtrArray          *rows,
                    const char        **foot,
                    double              before)
{
  double total = before + row_height (f, t->head, t->stops, t->n, FONT_H3) + 4;

  for (guint i = 0; i < rows->len; i++)
    total += row_height (f, g_ptr_array_index (rows, i), t->stops, t->n, TABLE_FONT (t));
  if (foot)
    total += 4 + row_height (f, foot, t->stops, t->n, FONT_H3);
  if (total <= PAGE_H - 2 * MARGIN)
    sk_flow_ensure_space (f, total);
}

void
sk_flow_table (SkFlow             *f,
               const SkFlowTable  *t,
               GPtrArray          *rows,
               const char        **foot)
{
  sk_flow_tag_begin (f, "Table");
  flow_row (f, t->head, t->stops, t->n, t->right, FONT_H3);
  sk_flow_rule (f);
  for (guint i = 0; i < rows->len; i++)
    {
      const char **cells = g_ptr_array_index (rows, i);

      if (f->y + row_height (f, cells, t->stops, t->n, TABLE_FONT (t)) > PAGE_H - MARGIN)
        {
          sk_flow_new_page (f);
          flow_row (f, t->head, t->stops, t->n, t->right, FONT_H3);
          sk_flow_rule (f);
        }
      flow_row (f, cells, t->stops, t->n, t->right, TABLE_FONT (t));
    }
  if (foot)
    {
      sk_flow_rule (f);
      flow_row (f, foot, t->stops, t->n, t->right, FONT_H3);
    }
  sk_flow_tag_end (f);
}

/* A text's width on one line, or (`word`) the width of its longest
 * word (the longest run a line cannot break). */
double
sk_flow_text_width (SkFlow     *f,
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
gboolean
sk_flow_fit_stops (const double *widest,
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
  /* A cell is drawn 6 pt narrower than its column (flow_row ()). */
  return width[flexible] - 6 >= narrowest[flexible];
}

void
sk_flow_rule (SkFlow *f)
{
  if (!f->dry)
    {
      cairo_rectangle (f->cr, MARGIN, f->y, PAGE_W - 2 * MARGIN, 0.6);
      cairo_fill (f->cr);
    }
  f->y += 4;
}

