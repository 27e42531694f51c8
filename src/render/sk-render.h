/* sk-render.h — drawing without a window: charts and tables on any cairo
 * surface, for the views, PDF/PNG export and sakskart-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>
#include <pango/pango.h>

#include "sk-costs.h"
#include "sk-matrix.h"

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue;
} SkRgb;

typedef struct
{
  SkRgb  text;
  SkRgb  grid;
  SkRgb  equal;      /* the equal part of a cost bar */
  SkRgb  variable;   /* the variable part */
  SkRgb  accent;
} SkPalette;

void sk_palette_init_light (SkPalette *palette);

/* A surface for an export file by its extension: PDF, SVG, or PNG at
 * `png_scale` pixels per point; NULL with an error for any other. */
cairo_surface_t *sk_render_surface_new   (const char       *path,
                                          double            width,
                                          double            height,
                                          double            png_scale,
                                          GError          **error);
/* A PDF surface whose document is kept in memory until
 * sk_render_surface_write (). */
cairo_surface_t *sk_render_pdf_surface_new (double        width,
                                            double        height);
/* Writes the file (PNG for an image surface, else finishes it) through a
 * temporary file and a rename (sk_file_write (), as an export: never over
 * a project file), destroys the surface, and names the file in the
 * error. */
gboolean         sk_render_surface_write (cairo_surface_t  *surface,
                                          const char       *path,
                                          GError          **error);

/* `text` with a zero width space, a place to break the line, every so
 * many characters of a run longer than any word (Pango lays out such a
 * run in time that grows with its square); `text` itself otherwise. */
char            *sk_render_breakable     (const char       *text);
/* Whether `text` has such a run. */
gboolean         sk_render_has_long_run  (const char       *text);
/* Sets `text` on `layout` so. */
void             sk_render_set_text      (PangoLayout      *layout,
                                          const char       *text);
/* A layout of `text` in `font` ("Cantarell 10"), for `cr`. */
PangoLayout     *sk_render_layout_new    (cairo_t          *cr,
                                          const char       *font,
                                          const char       *text,
                                          gboolean          bold);
/* The same, `width` wide (when above 0), aligned so and cut at the end
 * with an ellipsis where longer. */
PangoLayout     *sk_render_layout_fit_new (cairo_t         *cr,
                                           const char      *font,
                                           const char      *text,
                                           gboolean         bold,
                                           double           width,
                                           PangoAlignment   align);

/* A horizontal stacked bar per participant: equal part, then variable
 * part, with the municipality's name and amount.  Fills width × height. */
void sk_render_cost_chart   (cairo_t            *cr,
                             SkProject          *project,
                             const SkCostResult *result,
                             const SkPalette    *palette,
                             const char         *font,
                             double              width,
                             double              height);

/* A whole cost model as an A4 PDF: parameters, table, chart, and how each
 * share comes about. */
gboolean sk_render_cost_pdf (SkProject          *project,
                             const SkCostModel  *model,
                             const SkScenario   *scenario,
                             const char         *path,
                             GError            **error);


/* A horizontal bar per candidate, stacked by each factor's contribution
 * (weight × score), best first; `prepared` (may be NULL) draws the scores
 * as prepared as outlines behind the bars.  The leader's name is bold; a
 * tie is written out.  The places are sk_score_chart_layout_new ()'s. */
void     sk_render_matrix_chart   (cairo_t        *cr,
                                   SkProject      *project,
                                   const SkMatrix *matrix,
                                   GArray         *prepared,
                                   const SkPalette *palette,
                                   const char     *font,
                                   double          width,
                                   double          height);

/* Where that chart puts each thing in width × height, for the export
 * (cairo) and the matrix view (render nodes) alike.  A text is placed
 * with its left at x and its middle at text_y, ellipsized to its
 * width. */
typedef struct
{
  guint  factor;                   /* in matrix->factors; its colour sk_factor_colour () */
  double x, width;                 /* the width may be 0 */
} SkScoreChartSegment;

typedef struct
{
  guint     candidate;             /* in matrix->candidates */
  gboolean  leader;                /* ranked first: its texts bold */
  char     *label;                 /* the name, with "(tie)" when tied for first */
  char     *value;                 /* the percentage */
  double    text_y;
  double    value_x;               /* after the bar and after its outline */
  double    bar_y, bar_height;
  guint     first_segment, n_segments;  /* in the layout's segments */
  gboolean  outlined;              /* the score as prepared, a dashed outline: */
  double    outline_x, outline_y, outline_width, outline_height;
} SkScoreChartRow;

typedef struct
{
  double  label_width;             /* the names', from x 0 */
  double  value_width;             /* the percentages' */
  GArray *rows;                    /* of SkScoreChartRow, best first; none when nothing fits */
  GArray *segments;                /* of SkScoreChartSegment */
} SkScoreChartLayout;

/* The names and percentages follow the document's language while one is
 * pushed (sk-doc-language.h). */
SkScoreChartLayout *sk_score_chart_layout_new  (SkProject          *project,
                                                const SkMatrix     *matrix,
                                                GArray             *prepared,
                                                double              width,
                                                double              height);
void                sk_score_chart_layout_free (SkScoreChartLayout *layout);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkScoreChartLayout, sk_score_chart_layout_free)

/* A tornado chart: per factor, the range of its weight over which the
 * candidate first now stays first, on the scale 0 … weight_max, with the
 * weight now; under it an axis and a legend of up to two lines
 * (SK_TORNADO_FOOT high).  `sensitivity` is sk_matrix_sensitivity ()'s,
 * or NULL to compute it. */
#define SK_TORNADO_FOOT 64
void     sk_render_matrix_tornado (cairo_t        *cr,
                                   SkProject      *project,
                                   const SkMatrix *matrix,
                                   GArray         *sensitivity,
                                   const SkPalette *palette,
                                   const char     *font,
                                   double          width,
                                   double          height);

/* The chart to a file; the format follows the name: .png, .svg or .pdf.
 * Its words in the board's written language. */
gboolean sk_render_matrix_file    (SkProject      *project,
                                   const SkMatrix *matrix,
                                   const char     *path,
                                   GError        **error);

/* The sensitivity in words (sk-render-sensitivity.c), in the language of
 * the user interface, as every document string.
 *
 * A number as the papers write it: at most two decimals, none that are
 * 0 ("2,25", "5"). */
char      *sk_sensitivity_number     (double               value);
/* "Sogndal, Vik and Årdal": the names of candidates (of guint). */
char      *sk_sensitivity_names      (SkProject           *project,
                                      const SkMatrix      *matrix,
                                      GArray              *candidates);
/* Who is first now, naming the others tied with it: "Sogndal (tied with
 * Årdal)". */
char      *sk_sensitivity_first_name (SkProject           *project,
                                      const SkMatrix      *matrix);
/* The line under a weight's slider: "Sogndal stays first from 2,25 to 5;
 * below: Årdal, …", `first` from sk_sensitivity_first_name (). */
char      *sk_sensitivity_text       (SkProject           *project,
                                      const SkMatrix      *matrix,
                                      const SkSensitivity *s,
                                      const char          *first);
/* With two or more tied for first place, a sentence that names them and
 * says which one the table follows; NULL otherwise. */
char      *sk_sensitivity_tie_note   (SkProject           *project,
                                      const SkMatrix      *matrix);
/* The table: a heading row and a row per factor (of GStrv, four cells:
 * factor, weight now, range, who is first outside it); NULL with fewer
 * than two candidates. */
GPtrArray *sk_sensitivity_table      (SkProject           *project,
                                      const SkMatrix      *matrix);

/* The colour of factor i of n, the same in the view and in exports. */
void     sk_factor_colour         (guint           i,
                                   SkRgb          *rgb);


/* The board pack of a meeting (cover, agenda table, each item with its
 * case text, proposal, linked results and attachments), or with
 * `minutes` the minutes (proposals and the decisions recorded), as an A4
 * PDF with a running header and "page N of M". */
/* The same pages as cairo recording surfaces of A4 in points, for
 * printing (GtkPrintOperation) and export. */
GPtrArray *sk_render_meeting_pages (SkProject *project,
                                    SkMeeting *meeting,
                                    gboolean   minutes);
/* Which document of a meeting: the members' board pack, the public one
 * (closed cases' texts and attachments left out, their titles and legal
 * basis kept), the minutes, or the extract of one item's record. */
typedef enum
{
  SK_MEETING_DOC_PACK,
  SK_MEETING_DOC_PUBLIC_PACK,
  SK_MEETING_DOC_MINUTES,
  SK_MEETING_DOC_EXTRACT,
} SkMeetingDoc;

/* The document as a tagged A4 PDF, in the board's written language
 * (sk_project_document_language ()), with its title, author (the
 * organisation) and subject; `item_id` names the item of an extract. */
gboolean sk_render_meeting_document (SkProject    *project,
                                     SkMeeting    *meeting,
                                     SkMeetingDoc  kind,
                                     const char   *item_id,
                                     const char   *path,
                                     GError      **error);
/* A file name for the document, in the same language: "møtebok-2025-11-03.pdf",
 * "særutskrift-sak-45-25.pdf" for the extract of `item_id`. */
char    *sk_render_meeting_document_name (SkProject    *project,
                                          SkMeeting    *meeting,
                                          SkMeetingDoc  kind,
                                          const char   *item_id);
gboolean sk_render_meeting_pdf (SkProject   *project,
                                SkMeeting   *meeting,
                                gboolean     minutes,
                                const char  *path,
                                GError     **error);

G_END_DECLS
