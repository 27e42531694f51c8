/* sk-render-file.c — a cairo surface for an export file, and writing it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <gio/gio.h>
#include <math.h>
#include "sk-i18n.h"

#include <pango/pangocairo.h>
#include <string.h>

#include "sk-file.h"
#include "sk-render.h"

/* What cairo writes goes to memory; the file is written from there at
 * once, so that a failure (a full disk) is reported as GIO saw it and the
 * previous file stays until the new one is complete. */
static const cairo_user_data_key_t bytes_key;

static cairo_status_t
append_cb (void                *closure,
           const unsigned char *data,
           unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
keep_bytes (cairo_surface_t *surface,
            GByteArray      *bytes)
{
  cairo_surface_set_user_data (surface, &bytes_key, bytes,
                               (cairo_destroy_func_t) g_byte_array_unref);
  return surface;
}

cairo_surface_t *
sk_render_pdf_surface_new (double width,
                           double height)
{
  GByteArray *bytes = g_byte_array_new ();

  return keep_bytes (cairo_pdf_surface_create_for_stream (append_cb, bytes, width, height), bytes);
}

cairo_surface_t *
sk_render_surface_new (const char  *path,
                       double       width,
                       double       height,
                       double       png_scale,
                       GError     **error)
{
  if (g_str_has_suffix (path, ".pdf"))
    return sk_render_pdf_surface_new (width, height);
  if (g_str_has_suffix (path, ".svg"))
    {
      GByteArray *bytes = g_byte_array_new ();

      return keep_bytes (cairo_svg_surface_create_for_stream (append_cb, bytes, width, height),
                         bytes);
    }
  if (g_str_has_suffix (path, ".png"))
    return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width * png_scale),
                                       (int) ceil (height * png_scale));
  sk_doc_language_push (NULL);   /* told in the user's language */
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("%s: the file name must end in .png, .svg or .pdf"), path);
  sk_doc_language_pop ();
  return NULL;
}

gboolean
sk_render_surface_write (cairo_surface_t  *surface,
                         const char       *path,
                         GError          **error)
{
  g_autoptr(GByteArray) png = NULL;
  g_autoptr(GFile) file = NULL;
  cairo_status_t status;
  GByteArray *bytes;
  gboolean ok;

  /* An image surface is written as PNG; PDF and SVG surfaces are
   * finished, which writes the end of the document. */
  cairo_surface_flush (surface);
  if (cairo_surface_get_type (surface) == CAIRO_SURFACE_TYPE_IMAGE)
    {
      png = g_byte_array_new ();
      status = cairo_surface_status (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_write_to_png_stream (surface, append_cb, png);
      bytes = png;
    }
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
      bytes = cairo_surface_get_user_data (surface, &bytes_key);
    }
  if (status != CAIRO_STATUS_SUCCESS || bytes == NULL)
    {
      if (status == CAIRO_STATUS_SUCCESS)
        status = CAIRO_STATUS_WRITE_ERROR;
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s: %s", path,
                   cairo_status_to_string (status));
      cairo_surface_destroy (surface);
      return FALSE;
    }
  /* Written atomically; never over a project file. */
  file = g_file_new_for_path (path);
  ok = sk_file_write (file, bytes->data, bytes->len, NULL, SK_FILE_WRITE_EXPORT, NULL, NULL, error);
  cairo_surface_destroy (surface);
  return ok;
}

/* The longest run of characters without a place to break a line that is
 * laid out as it is.  Pango shapes the rest of such a run again for each
 * line it breaks into: a word of 200 000 letters took a minute. */
#define LONGEST_UNBROKEN 128
#define BROKEN_EVERY 64

char *
sk_render_breakable (const char *text)
{
  GString *out;
  guint run = 0;

  if (text == NULL)
    return g_strdup ("");
  if (strlen (text) <= LONGEST_UNBROKEN)
    return g_strdup (text);
  out = g_string_sized_new (strlen (text) + 16);
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == '/' || c == 0x200B)
        run = 0;
      else if (++run > LONGEST_UNBROKEN && run % BROKEN_EVERY == 1)
        g_string_append_unichar (out, 0x200B);  /* zero width space */
      g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

gboolean
sk_render_has_long_run (const char *text)
{
  guint run = 0;

  if (text == NULL || strlen (text) <= LONGEST_UNBROKEN)
    return FALSE;
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == '-' || c == '/' || c == 0x200B)
        run = 0;
      else if (++run > LONGEST_UNBROKEN)
        return TRUE;
    }
  return FALSE;
}

void
sk_render_set_text (PangoLayout *layout,
                    const char  *text)
{
  g_autofree char *breakable = sk_render_breakable (text);

  pango_layout_set_text (layout, breakable, -1);
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
  sk_render_set_text (layout, text);
  return layout;
}

PangoLayout *
sk_render_layout_fit_new (cairo_t        *cr,
                          const char     *font,
                          const char     *text,
                          gboolean        bold,
                          double          width,
                          PangoAlignment  align)
{
  PangoLayout *layout = sk_render_layout_new (cr, font, text, bold);

  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_alignment (layout, align);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
    }
  return layout;
}
