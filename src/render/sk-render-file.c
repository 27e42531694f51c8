/* sk-render-file.c — a cairo surface for an export file, and writing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <math.h>
#include <glib/gi18n-lib.h>

#include <pango/pangocairo.h>

#include "sk-render.h"

cairo_surface_t *
sk_render_surface_new (const char  *path,
                       double       width,
                       double       height,
                       double       png_scale,
                       GError     **error)
{
  if (g_str_has_suffix (path, ".pdf"))
    return cairo_pdf_surface_create (path, width, height);
  if (g_str_has_suffix (path, ".svg"))
    return cairo_svg_surface_create (path, width, height);
  if (g_str_has_suffix (path, ".png"))
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * png_scale),
                                       (int) ceil (height * png_scale));
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("%s: the file name must end in .png, .svg or .pdf"), path);
  return NULL;
}

gboolean
sk_render_surface_write (cairo_surface_t  *surface,
                         const char       *path,
                         GError          **error)
{
  cairo_status_t status;

  /* An image surface is written as PNG; PDF and SVG surfaces write their
   * file as they go and finish it here. */
  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    status = cairo_surface_write_to_png (surface, path);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

PangoLayout *
sk_render_layout_new (cairo_t    *cr,
                      const char *font,
                      const char *text,
                      gboolean    bold)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *desc = pango_font_description_from_string (font);

  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_font_description_free (desc);
  pango_layout_set_text (layout, text, -1);
  return layout;
}
