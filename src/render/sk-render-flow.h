/* sk-render-flow.h — text that flows over A4 pages, for the meeting
 * documents (board pack, minutes, extract): paragraphs, headings, bullet
 * lists, framed boxes and tables, each tagged for the PDF's structure
 * (H1–H3, P, L/LI/LBody, Table/TR/TH/TD) so that a screen reader and
 * `pdfinfo -struct` see it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

G_BEGIN_DECLS

#define PT_PER_MM (72.0 / 25.4)
#define PAGE_W (210 * PT_PER_MM)
#define PAGE_H (297 * PT_PER_MM)
#define MARGIN (20 * PT_PER_MM)

#define FONT_BODY   "Cantarell 10"
#define FONT_SMALL  "Cantarell 8"
#define FONT_TABLE_SMALL "Cantarell 9"
#define FONT_TABLE_SMALLER "Cantarell 8.5"
#define FONT_H1     "Cantarell Bold 20"
#define FONT_H2     "Cantarell Bold 13"
#define FONT_H3     "Cantarell Bold 10"

typedef struct
{
  cairo_t    *cr;
  GPtrArray  *surfaces;     /* of cairo_surface_t: one recording per page */
  cairo_t    *pdf;          /* or, when not NULL, straight onto this PDF */
  gboolean    dry;          /* counting pages only */
  int         page;
  int         pages;        /* total, known in the second pass */
  double      y;
  const char *header;       /* running header from page 2 on */
  /* The open frame of a proposal box, drawn around its lines page by page. */
  gboolean    framing;
  double      frame_top;
  /* The structure elements open now, outermost first: closed at the end
   * of a page and opened again on the next, so that each page's tags
   * are whole. */
  const char *tags[8];
  guint       n_tags;
  gboolean    in_leaf;      /* inside a heading or a cell: no "P" */
} SkFlow;

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
  const char   *font;   /* the rows' font; NULL: FONT_BODY */
} SkFlowTable;

void   sk_flow_tag_begin   (SkFlow       *f,
                            const char   *tag);
void   sk_flow_tag_end     (SkFlow       *f);

void   sk_flow_start       (SkFlow       *f);
void   sk_flow_finish_page (SkFlow       *f);
void   sk_flow_new_page    (SkFlow       *f);
void   sk_flow_ensure_space (SkFlow      *f,
                            double        height);
void   sk_flow_draw_at     (SkFlow       *f,
                            const char   *font,
                            const char   *text,
                            double        x,
                            double        y,
                            double        width,
                            PangoAlignment align);
/* A paragraph ("P"), line by line, so that it may run onto the next page. */
void   sk_flow_paragraph   (SkFlow       *f,
                            const char   *font,
                            const char   *text,
                            double        indent,
                            double        space_after);
/* A case text: paragraphs split by blank lines; "• " and "- " lines are
 * a bulleted list with a hanging indent. */
void   sk_flow_body        (SkFlow       *f,
                            const char   *text);
/* A heading: H1, H2 or H3 by its font. */
void   sk_flow_heading     (SkFlow       *f,
                            const char   *font,
                            const char   *text,
                            double        space_before,
                            double        keep_with_next);
/* A heading and a text in a box (a proposal, a decision). */
void   sk_flow_framed      (SkFlow       *f,
                            const char   *heading,
                            const char   *text);
void   sk_flow_keep_table  (SkFlow       *f,
                            const SkFlowTable *t,
                            GPtrArray    *rows,
                            const char  **foot,
                            double        before);
void   sk_flow_table       (SkFlow       *f,
                            const SkFlowTable *t,
                            GPtrArray    *rows,
                            const char  **foot);
/* A text's width on one line, or (`word`) the width of its longest word. */
double sk_flow_text_width  (SkFlow       *f,
                            const char   *font,
                            const char   *text,
                            gboolean      word);
/* Stops for a table from the columns' cells: `widest` on one line,
 * `narrowest` their longest word; column `flexible` takes the rest.
 * FALSE when even so its longest word does not fit (a word would break
 * in the middle): a smaller font may. */
gboolean sk_flow_fit_stops (const double *widest,
                            const double *narrowest,
                            guint         n,
                            guint         flexible,
                            double       *stops);
void   sk_flow_rule        (SkFlow       *f);

G_END_DECLS
