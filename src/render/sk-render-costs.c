/* sk-render-costs.c — the cost split drawn with cairo and pango
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-render"

#include "config.h"

#include <cairo-pdf.h>
#include "sk-i18n.h"
#include <pango/pangocairo.h>

#include "sk-format.h"
#include "sk-board.h"
#include "sk-render.h"

#define PT_PER_MM (72.0 / 25.4)

void
sk_palette_init_light (SkPalette *palette)
{
  *palette = (SkPalette) {
    .text = { 0.13, 0.13, 0.15 },
    .grid = { 0.80, 0.80, 0.82 },
    .equal = { 0.60, 0.75, 0.93 },
    .variable = { 0.21, 0.52, 0.89 },
    .accent = { 0.11, 0.37, 0.71 },
  };
}

static void
set_rgb (cairo_t     *cr,
         const SkRgb *c)
{
  cairo_set_source_rgb (cr, c->red, c->green, c->blue);
}

static double
show_text (cairo_t         *cr,
           const char      *font,
           const char      *text,
           double           x,
           double           y,
           double           width,
           PangoAlignment   align)
{
  PangoLayout *layout = sk_render_layout_new (cr, font, text, FALSE);
  int w, h;

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, align);
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_get_pixel_size (layout, &w, &h);
  g_object_unref (layout);
  return h;
}

void
sk_render_cost_chart (cairo_t            *cr,
                      SkProject          *project,
                      const SkCostResult *result,
                      const SkPalette    *palette,
                      const char         *font,
                      double              width,
                      double              height)
{
  guint n = result->rows->len;
  gint64 max = 0;
  double label_w = width * 0.22, value_w = width * 0.2;
  double bar_w = width - label_w - value_w - 16;
  double row_h;

  if (n == 0)
    return;
  for (guint i = 0; i < n; i++)
    max = MAX (max, g_array_index (result->rows, SkCostRow, i).amount_kr);
  row_h = height / n;

  for (guint i = 0; i < n; i++)
    {
      const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);
      SkMunicipality *m = sk_project_find_municipality (project, row->municipality);
      g_autofree char *amount = sk_format_kr (row->amount_kr);
      double y = i * row_h;
      double we = max > 0 ? bar_w * row->equal_kr / (double) max : 0;
      double wv = max > 0 ? bar_w * row->variable_kr / (double) max : 0;
      double bar_h = MIN (row_h * 0.6, 28);
      double by = y + (row_h - bar_h) / 2;

      set_rgb (cr, &palette->text);
      show_text (cr, font, m ? m->name : row->municipality, 0, by, label_w - 8, PANGO_ALIGN_LEFT);
      set_rgb (cr, &palette->equal);
      cairo_rectangle (cr, label_w, by, we, bar_h);
      cairo_fill (cr);
      set_rgb (cr, &palette->variable);
      cairo_rectangle (cr, label_w + we, by, wv, bar_h);
      cairo_fill (cr);
      set_rgb (cr, &palette->text);
      show_text (cr, font, amount, label_w + we + wv + 8, by, value_w + 8, PANGO_ALIGN_LEFT);
    }
}

static gboolean
cost_pdf (SkProject          *project,
          const SkCostModel  *model,
          const SkScenario   *scenario,
          const char         *path,
          GError            **error)
{
  const double page_w = 210 * PT_PER_MM, page_h = 297 * PT_PER_MM, margin = 20 * PT_PER_MM;
  const double text_w = page_w - 2 * margin;
  g_autoptr(SkCostResult) result = NULL;
  cairo_surface_t *surface;
  cairo_t *cr;
  SkPalette palette;
  SkCostParams p;
  double y = margin;
  double col[6];

  result = sk_cost_model_compute (project, model, scenario, error);
  if (result == NULL)
    return FALSE;
  sk_cost_params_init (&p, model, scenario);
  sk_palette_init_light (&palette);

  surface = sk_render_pdf_surface_new (page_w, page_h);
  cr = cairo_create (surface);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, model->title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Sakskart");
  if (sk_project_get_organisation (project) != NULL)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, sk_project_get_organisation (project));

  set_rgb (cr, &palette.text);
  y += show_text (cr, "Cantarell Bold 16", model->title, margin, y, text_w, PANGO_ALIGN_LEFT) + 4;
  if (scenario)
    y += show_text (cr, "Cantarell 11", scenario->title, margin, y, text_w, PANGO_ALIGN_LEFT) + 4;
  {
    g_autofree char *total = sk_format_kr (p.total_kr);
    g_autofree char *fixed = sk_format_percent (p.fixed_percent, p.fixed_percent == (int) p.fixed_percent ? 0 : 2);
    GString *crit = g_string_new (NULL);
    g_autofree char *line = NULL;

    for (guint k = 0; k < p.criteria->len && p.fixed_percent < 100; k++)
      g_string_append_printf (crit, "%s%s", k ? ", " : "",
                              sk_figure_phrase (((SkCriterion *) g_ptr_array_index (p.criteria, k))->figure));
    /* Translators: "Total 29 215 093 kr; 25 % shared equally, the rest by: children 0–17" */
    line = crit->len ? g_strdup_printf (_("Total %s; %s shared equally, the rest by: %s"), total, fixed, crit->str)
                     : g_strdup_printf (_("Total %s; %s shared equally"), total, fixed);
    y += show_text (cr, "Cantarell 10", line, margin, y, text_w, PANGO_ALIGN_LEFT) + 14;
    g_string_free (crit, TRUE);
  }

  /* The table */
  col[0] = margin;
  col[1] = margin + text_w * 0.22;
  col[2] = margin + text_w * 0.42;
  col[3] = margin + text_w * 0.62;
  col[4] = margin + text_w * 0.84;
  col[5] = margin + text_w;
  {
    const char *heads[] = { _("Municipality"), _("Equal part"), _("Variable part"), _("Total"), C_("column", "Share") };
    gint64 sums[3] = { 0, 0, 0 };

    for (int c = 0; c < 5; c++)
      show_text (cr, "Cantarell Bold 10", heads[c], col[c], y, col[c + 1] - col[c] - 6,
                 c == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
    y += 18;
    for (guint i = 0; i < result->rows->len; i++)
      {
        const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);
        SkMunicipality *m = sk_project_find_municipality (project, row->municipality);
        g_autofree char *e = sk_format_kr (row->equal_kr);
        g_autofree char *v = sk_format_kr (row->variable_kr);
        g_autofree char *t = sk_format_kr (row->amount_kr);
        g_autofree char *s = sk_format_percent (row->share * 100, 2);
        const char *cells[] = { m ? m->name : row->municipality, e, v, t, s };

        for (int c = 0; c < 5; c++)
          show_text (cr, "Cantarell 10", cells[c], col[c], y, col[c + 1] - col[c] - 6,
                     c == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
        sums[0] += row->equal_kr;
        sums[1] += row->variable_kr;
        sums[2] += row->amount_kr;
        y += 16;
      }
    set_rgb (cr, &palette.grid);
    cairo_rectangle (cr, margin, y + 1, text_w, 0.8);
    cairo_fill (cr);
    set_rgb (cr, &palette.text);
    y += 4;
    {
      g_autofree char *e = sk_format_kr (sums[0]);
      g_autofree char *v = sk_format_kr (sums[1]);
      g_autofree char *t = sk_format_kr (sums[2]);
      g_autofree char *s = sk_format_percent (100, 2);
      const char *cells[] = { _("Total"), e, v, t, s };

      for (int c = 0; c < 5; c++)
        show_text (cr, "Cantarell Bold 10", cells[c], col[c], y, col[c + 1] - col[c] - 6,
                   c == 0 ? PANGO_ALIGN_LEFT : PANGO_ALIGN_RIGHT);
      y += 28;
    }
    /* Where the equal column's whole kroner differ from its exact sum. */
    {
      g_autofree char *note = sk_cost_rounding_note (result);

      if (note != NULL)
        y += show_text (cr, "Cantarell Italic 8", note, margin, y - 8, text_w, PANGO_ALIGN_LEFT) + 8;
    }
  }

  /* The chart */
  cairo_save (cr);
  cairo_translate (cr, margin, y);
  sk_render_cost_chart (cr, project, result, &palette, "Cantarell 9", text_w, 22.0 * result->rows->len);
  cairo_restore (cr);
  y += 22.0 * result->rows->len + 20;

  /* How each share comes about */
  y += show_text (cr, "Cantarell Bold 11", _("How the shares are computed"), margin, y, text_w, PANGO_ALIGN_LEFT) + 6;
  /* All rows at once: row by row, the split was computed again for each. */
  {
    g_autoptr(GPtrArray) explanations = sk_cost_explain_all (project, model, scenario);

    for (guint i = 0; i < result->rows->len && i < explanations->len; i++)
      {
        const SkCostRow *row = &g_array_index (result->rows, SkCostRow, i);
        SkMunicipality *m = sk_project_find_municipality (project, row->municipality);
        const char *why = g_ptr_array_index (explanations, i);
        g_autofree char *line = g_strdup_printf ("%s: %s", m ? m->name : row->municipality, why);

        if (y > page_h - margin - 30)
          {
            cairo_show_page (cr);
            y = margin;
          }
        y += show_text (cr, "Cantarell 9", line, margin, y, text_w, PANGO_ALIGN_LEFT) + 4;
      }
  }
  y += 8;
  show_text (cr, "Cantarell Italic 8",
             _("Whole kroner: each municipality first gets the whole kroner of its exact share; the kroner left over go one each to the largest remainders, so the amounts add up to the total."),
             margin, y, text_w, PANGO_ALIGN_LEFT);

  cairo_show_page (cr);
  cairo_destroy (cr);
  return sk_render_surface_write (surface, path, error);
}

gboolean
sk_render_cost_pdf (SkProject          *project,
                    const SkCostModel  *model,
                    const SkScenario   *scenario,
                    const char         *path,
                    GError            **error)
{
  gboolean ok;

  /* The board's written language, whatever the interface speaks */
  sk_doc_language_push (sk_project_document_language (project, NULL));
  ok = cost_pdf (project, model, scenario, path, error);
  sk_doc_language_pop ();
  return ok;
}
