/* sk-font-warmup.c — the first window's fonts, made ready in a thread
 *
 * The first frame of a window spends much of its time on fonts, once
 * for each size and weight: fontconfig finding the font (with Debian's
 * rules some 1 M instructions a size), its metrics, each glyph's extents
 * for the layout, and each glyph's image for the drawing (FreeType runs
 * the font's hinting program for every glyph: half the instructions of
 * the example's first frame were that).  This does the same work in a
 * thread while libadwaita starts and the window is built, in a font map
 * of its own (a font map is not to be used by two threads at once),
 * which becomes the main thread's default before the window first
 * measures its text.  The glyph images are kept by cairo for its fonts,
 * so they are made as the window will draw them: with the display's
 * font options.
 *
 * The sizes are libadwaita's type scale as the views use it: body text,
 * bold (buttons), .caption (9 pt), .heading (11 pt bold), .title-4
 * (13 pt bold) and .title-1 (20 pt, 800).  A size not made here is
 * made as the window needs it, as without this.
 *
 * A start that shows the timeline first makes its chart's font too, as
 * the chart draws it: on the recording surface GTK gives a widget's
 * cairo drawing, with the options that surface has (not the widgets'),
 * regular and bold.  That font needs nothing of GTK's settings, so the
 * thread begins with it before GTK starts (sk_font_warmup_begin ()),
 * beside the display's opening, when the second core has little else to
 * do; it then waits for the widgets' settings (sk_font_warmup_start ()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-font-warmup"

#include "config.h"

#include <math.h>
#include <gtk/gtk.h>
#ifdef HAVE_X11
#include <gdk/x11/gdkx.h>
#include <cairo-xlib.h>
#endif

#include "sk-font-warmup.h"
#include "sk-startup-thread.h"

typedef struct
{
  GMutex                mutex;
  GCond                 cond;
  gboolean              settled;       /* the fields below are set */
  PangoFontMap         *map;
  char                 *chart_font;    /* or NULL */
  PangoFontDescription *base;
  PangoLanguage        *language;
  cairo_font_options_t *options;       /* the widgets' */
  cairo_font_options_t *draw_options;  /* the window's surface's */
  GArray               *scales;        /* the monitors' (int) */
  double                resolution;
  gboolean              round_positions;
  gboolean              x11;
} Warmup;

static GThread *warmup_thread;
/* Begun, its settings not yet given. */
static Warmup *waiting;

/* Letters, digits and signs of English and Norwegian text and figures. */
static const char sample[] =
  "abcdefghijklmnopqrstuvwxyz æøåéü ABCDEFGHIJKLMNOPQRSTUVWXYZ ÆØÅÉ "
  "0123456789 .,:;!?\"'()[]/&+-–—=·…%§“”‘’«»";

/* Draws a layout's glyphs as a window would: each run's font with the
 * window surface's options merged in (which is what cairo does when it
 * draws on that surface), at the window's scale, at each of the
 * quarter-pixel offsets cairo keeps glyph images for. */
static void
draw_glyphs (PangoLayout          *layout,
             cairo_font_options_t *draw_options,
             int                   scale)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_A8, 1, 1);
  cairo_t *cr;
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  cairo_surface_set_device_scale (surface, scale, scale);
  cr = cairo_create (surface);

  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      cairo_scaled_font_t *font, *drawn;
      cairo_font_options_t *options;
      cairo_matrix_t font_matrix, ctm;
      g_autofree cairo_glyph_t *glyphs = NULL;
      int n;

      if (run == NULL)
        continue;
      font = pango_cairo_font_get_scaled_font (PANGO_CAIRO_FONT (run->item->analysis.font));
      if (font == NULL)
        continue;
      options = cairo_font_options_copy (draw_options);
      {
        cairo_font_options_t *own = cairo_font_options_create ();

        cairo_scaled_font_get_font_options (font, own);
        cairo_font_options_merge (options, own);
        cairo_font_options_destroy (own);
      }
      cairo_scaled_font_get_font_matrix (font, &font_matrix);
      cairo_matrix_init_identity (&ctm);
      drawn = cairo_scaled_font_create (cairo_scaled_font_get_font_face (font), &font_matrix, &ctm, options);
      cairo_font_options_destroy (options);
      cairo_set_scaled_font (cr, drawn);

      n = run->glyphs->num_glyphs;
      glyphs = g_new (cairo_glyph_t, n);
      for (int phase = 0; phase < 4; phase++)
        {
          for (int i = 0; i < n; i++)
            {
              glyphs[i].index = run->glyphs->glyphs[i].glyph;
              glyphs[i].x = phase / 4.0;
              glyphs[i].y = 0;
            }
          cairo_show_glyphs (cr, glyphs, n);
        }
      cairo_scaled_font_destroy (drawn);
    }
  while (pango_layout_iter_next_run (iter));

  pango_layout_iter_free (iter);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The chart's font as sk_render_layout_new () makes it on the surface
 * gtk_snapshot_append_cairo () draws on, and its glyphs as that surface
 * is then drawn onto the window's. */
static void
warm_chart_font (Warmup *w,
                 int     scale)
{
  cairo_surface_t *recording = cairo_recording_surface_create (CAIRO_CONTENT_COLOR_ALPHA, NULL);
  cairo_t *cr = cairo_create (recording);
  PangoContext *context = pango_font_map_create_context (w->map);
  /* Replayed, the recording draws with the fonts it was given, whose
   * options nothing is merged into. */
  cairo_font_options_t *none = cairo_font_options_create ();
  PangoLayout *layout;

  pango_cairo_update_context (cr, context);
  layout = pango_layout_new (context);
  pango_layout_set_text (layout, sample, -1);
  for (int bold = 0; bold < 2; bold++)
    {
      PangoFontDescription *desc = pango_font_description_from_string (w->chart_font);

      if (bold)
        pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
      pango_layout_set_font_description (layout, desc);
      pango_font_description_free (desc);
      pango_layout_get_size (layout, NULL, NULL);
      draw_glyphs (layout, none, scale);
    }
  cairo_font_options_destroy (none);
  g_object_unref (layout);
  g_object_unref (context);
  cairo_destroy (cr);
  cairo_surface_destroy (recording);
}

static gpointer
warmup_thread_func (gpointer data)
{
  static const struct { PangoWeight weight; int points; } faces[] = {
    { PANGO_WEIGHT_NORMAL, 0 }, { PANGO_WEIGHT_BOLD, 0 }, { PANGO_WEIGHT_NORMAL, 9 },
    { PANGO_WEIGHT_BOLD, 11 }, { PANGO_WEIGHT_BOLD, 13 }, { PANGO_WEIGHT_ULTRABOLD, 20 },
  };
  Warmup *w = data;
  PangoContext *context;
  PangoLayout *layout;
  PangoFontMap *map;

  /* At the scale of most screens before the display is open; at the
   * monitors' other scales below. */
  if (w->chart_font != NULL)
    warm_chart_font (w, 1);
  g_mutex_lock (&w->mutex);
  while (!w->settled)
    g_cond_wait (&w->cond, &w->mutex);
  g_mutex_unlock (&w->mutex);

#ifdef HAVE_X11
  /* A window's title that is not Latin-1 ("… – Sakskart") goes to the X
   * server in the locale's encoding too, and Xlib reads its locale's data
   * for that the first time (~2 M instructions of the main thread's, as
   * the window was realized): read here.  The main thread calls nothing
   * of Xlib's locale before it joins this thread (as the window realizes,
   * before its title is set). */
  if (w->x11)
    XSupportsLocale ();
#endif
  context = pango_font_map_create_context (w->map);
  pango_cairo_context_set_font_options (context, w->options);
  pango_cairo_context_set_resolution (context, w->resolution);
  pango_context_set_round_glyph_positions (context, w->round_positions);
  pango_context_set_language (context, w->language);
  layout = pango_layout_new (context);
  pango_layout_set_text (layout, sample, -1);
  for (guint i = 0; i < G_N_ELEMENTS (faces); i++)
    {
      PangoFontDescription *desc = pango_font_description_copy (w->base);

      pango_font_description_set_weight (desc, faces[i].weight);
      /* GTK gives sizes in pixels, as CSS does (a point is 96/72 px),
       * rounded to Pango units: the same size finds the same fonts. */
      if (faces[i].points > 0)
        pango_font_description_set_absolute_size (desc, round (faces[i].points * 96.0 / 72.0 * PANGO_SCALE));
      pango_layout_set_font_description (layout, desc);
      pango_layout_get_size (layout, NULL, NULL);
      for (guint j = 0; j < w->scales->len; j++)
        draw_glyphs (layout, w->draw_options, g_array_index (w->scales, int, j));
      pango_font_description_free (desc);
    }
  g_object_unref (layout);
  g_object_unref (context);
  for (guint j = 0; w->chart_font != NULL && j < w->scales->len; j++)
    if (g_array_index (w->scales, int, j) != 1)
      warm_chart_font (w, g_array_index (w->scales, int, j));

  map = w->map;
  g_mutex_clear (&w->mutex);
  g_cond_clear (&w->cond);
  g_free (w->chart_font);
  pango_font_description_free (w->base);
  cairo_font_options_destroy (w->options);
  cairo_font_options_destroy (w->draw_options);
  g_array_unref (w->scales);
  g_free (w);
  return map;
}

/* The font options of what a window draws on: on X11 an Xlib surface,
 * whose options come from the X resources (Xft.*); elsewhere an image,
 * whose own options cairo merges in when it draws. */
static cairo_font_options_t *
window_surface_font_options (void)
{
  cairo_font_options_t *options = cairo_font_options_create ();
#ifdef HAVE_X11
  GdkDisplay *display = gdk_display_get_default ();

  if (GDK_IS_X11_DISPLAY (display))
    {
      Display *xdisplay = gdk_x11_display_get_xdisplay (display);
      int screen = DefaultScreen (xdisplay);
      cairo_surface_t *surface = cairo_xlib_surface_create (xdisplay, RootWindow (xdisplay, screen),
                                                            DefaultVisual (xdisplay, screen), 1, 1);

      cairo_surface_get_font_options (surface, options);
      cairo_surface_destroy (surface);
    }
#endif
  return options;
}

/* The scales windows are drawn at: each monitor's, once. */
static GArray *
monitor_scales (void)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  GArray *scales = g_array_new (FALSE, FALSE, sizeof (int));

  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);
      int scale = gdk_monitor_get_scale_factor (monitor);
      gboolean seen = FALSE;

      for (guint j = 0; j < scales->len; j++)
        seen |= g_array_index (scales, int, j) == scale;
      if (!seen)
        g_array_append_val (scales, scale);
    }
  if (scales->len == 0)
    g_array_append_val (scales, (int) { 1 });
  return scales;
}

/**
 * sk_font_warmup_begin:
 * @chart_font: (nullable): the timeline chart's font (SkGanttStyle), for
 *   a start that shows the timeline first
 *
 * Starts the thread that makes the fonts ready, before GTK starts: it
 * makes the chart's font, then waits for sk_font_warmup_start ().
 */
void
sk_font_warmup_begin (const char *chart_font)
{
  Warmup *w;

  if (warmup_thread != NULL)
    return;
  w = g_new0 (Warmup, 1);
  g_mutex_init (&w->mutex);
  g_cond_init (&w->cond);
  w->map = pango_cairo_font_map_new ();
  w->chart_font = g_strdup (chart_font);
  waiting = w;
  warmup_thread = sk_startup_thread_new ("sk-fonts", warmup_thread_func, w);
}

/**
 * sk_font_warmup_start:
 *
 * Gives the thread the widgets' font settings, for the window's text: the
 * thread's text is set as a label's is, from GTK's settings.  Call it
 * after gtk_init (); it begins the thread (without a chart font) when
 * sk_font_warmup_begin () did not.
 */
void
sk_font_warmup_start (void)
{
  GtkWidget *probe;
  PangoContext *context;
  Warmup *w;

  if (waiting == NULL && warmup_thread == NULL)
    sk_font_warmup_begin (NULL);
  if (waiting == NULL)
    return;
  w = g_steal_pointer (&waiting);
  probe = g_object_ref_sink (gtk_label_new (NULL));
  context = gtk_widget_create_pango_context (probe);
  g_mutex_lock (&w->mutex);
  w->base = pango_font_description_copy (pango_context_get_font_description (context));
  w->language = pango_context_get_language (context);
  w->options = cairo_font_options_copy (pango_cairo_context_get_font_options (context));
  w->draw_options = window_surface_font_options ();
  w->scales = monitor_scales ();
  w->resolution = pango_cairo_context_get_resolution (context);
  w->round_positions = pango_context_get_round_glyph_positions (context);
#ifdef HAVE_X11
  w->x11 = GDK_IS_X11_DISPLAY (gdk_display_get_default ());
#endif
  w->settled = TRUE;
  g_cond_signal (&w->cond);
  g_mutex_unlock (&w->mutex);
  g_object_unref (context);
  g_object_unref (probe);
}

/**
 * sk_font_warmup_finish:
 *
 * Waits for the thread, whose font map becomes the default one of the
 * calling (main) thread.  Call it before a window is first shown; it
 * does nothing when there is nothing to wait for.
 */
void
sk_font_warmup_finish (void)
{
  PangoFontMap *map;

  /* Begun and never given the settings: given now (GTK has started). */
  if (waiting != NULL)
    sk_font_warmup_start ();
  if (warmup_thread == NULL)
    return;
  map = g_thread_join (g_steal_pointer (&warmup_thread));
  pango_cairo_font_map_set_default (PANGO_CAIRO_FONT_MAP (map));
  g_object_unref (map);
}
