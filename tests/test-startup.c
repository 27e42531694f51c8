/* test-startup.c — what building and showing the first window costs the
 * main thread
 *
 * The program stands between GTK, pango and cairo and the libraries they
 * call (it exports FcConfigSubstitute, FT_Load_Glyph and XIQueryPointer,
 * which the dynamic linker then binds their calls to) and counts the
 * calls the main thread makes: fontconfig finding a font for a size,
 * FreeType loading a glyph, a round trip to the X server to ask where the
 * pointer is.  It runs alone, so that no other test has loaded a font
 * before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <dlfcn.h>
#include <adwaita.h>
#include <fontconfig/fontconfig.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include <X11/extensions/XInput2.h>

#include "sk-font-warmup.h"
#include "sk-gantt.h"
#include "sk-render.h"
#include "sk-view-util.h"

static GThread *main_thread;
static guint main_substitutions;
static guint main_glyph_loads;
static guint main_pointer_queries;

FcBool FcConfigSubstitute (FcConfig *config, FcPattern *pattern, FcMatchKind kind);
FT_Error FT_Load_Glyph (FT_Face face, FT_UInt glyph_index, FT_Int32 load_flags);
Bool XIQueryPointer (Display *display, int deviceid, Window win, Window *root, Window *child,
                     double *root_x, double *root_y, double *win_x, double *win_y,
                     XIButtonState *buttons, XIModifierState *mods, XIGroupState *group);

FcBool
FcConfigSubstitute (FcConfig    *config,
                    FcPattern   *pattern,
                    FcMatchKind  kind)
{
  static FcBool (*real) (FcConfig *, FcPattern *, FcMatchKind);

  if (real == NULL)
    real = (FcBool (*) (FcConfig *, FcPattern *, FcMatchKind)) dlsym (RTLD_NEXT, "FcConfigSubstitute");
  if (g_thread_self () == main_thread)
    main_substitutions++;
  return real (config, pattern, kind);
}

FT_Error
FT_Load_Glyph (FT_Face  face,
               FT_UInt  glyph_index,
               FT_Int32 load_flags)
{
  static FT_Error (*real) (FT_Face, FT_UInt, FT_Int32);

  if (real == NULL)
    real = (FT_Error (*) (FT_Face, FT_UInt, FT_Int32)) dlsym (RTLD_NEXT, "FT_Load_Glyph");
  if (g_thread_self () == main_thread)
    main_glyph_loads++;
  return real (face, glyph_index, load_flags);
}

Bool
XIQueryPointer (Display         *display,
                int              deviceid,
                Window           win,
                Window          *root,
                Window          *child,
                double          *root_x,
                double          *root_y,
                double          *win_x,
                double          *win_y,
                XIButtonState   *buttons,
                XIModifierState *mods,
                XIGroupState    *group)
{
  static Bool (*real) (Display *, int, Window, Window *, Window *, double *, double *, double *, double *,
                       XIButtonState *, XIModifierState *, XIGroupState *);

  if (real == NULL)
    real = (Bool (*) (Display *, int, Window, Window *, Window *, double *, double *, double *, double *,
                      XIButtonState *, XIModifierState *, XIGroupState *)) dlsym (RTLD_NEXT, "XIQueryPointer");
  if (g_thread_self () == main_thread)
    main_pointer_queries++;
  return real (display, deviceid, win, root, child, root_x, root_y, win_x, win_y, buttons, mods, group);
}

static void
painted_cb (GdkFrameClock *clock,
            gboolean      *painted)
{
  *painted = TRUE;
}

/* Shows `child` in a window of its own until its first frame is drawn. */
static GtkWidget *
show_until_drawn (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();
  gboolean painted = FALSE;
  gint64 deadline = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_widget_realize (window);
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (painted_cb), &painted);
  gtk_window_present (GTK_WINDOW (window));
  while (!painted && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (painted);
  g_signal_handlers_disconnect_by_func (gtk_widget_get_frame_clock (window), painted_cb, &painted);
  return window;
}

static void
test_first_window (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *window, *other;
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  /* The views' text in each size and weight of the type scale. */
  gtk_box_append (GTK_BOX (box), sk_label_new ("Styremøte", "title-1"));
  gtk_box_append (GTK_BOX (box), sk_label_new ("Styret i Sogn KO", "title-4"));
  gtk_box_append (GTK_BOX (box), sk_label_new ("Arbeidsutvalet · 2026", "heading"));
  gtk_box_append (GTK_BOX (box), sk_label_new ("3. november 2025, kl. 09.00 – Sogndal (fysisk)", NULL));
  gtk_box_append (GTK_BOX (box), sk_label_new ("09.00–09.05 · Formell · Styreleiar", "caption"));
  gtk_box_append (GTK_BOX (box), gtk_button_new_with_label ("Start møtet"));
  gtk_box_append (GTK_BOX (box), sk_label_new ("29 215 093 kr, 25,5 % … «Framlegg til vedtak»", NULL));

  main_substitutions = main_glyph_loads = 0;
  window = show_until_drawn (box);
  g_test_message ("main thread: %u font lookups, %u glyph loads", main_substitutions, main_glyph_loads);
  g_assert_cmpuint (main_substitutions, ==, 0);
  g_assert_cmpuint (main_glyph_loads, ==, 0);

  /* A size the warm-up does not make is found and drawn by the main
   * thread, as before: the counts see it. */
  gtk_css_provider_load_from_data (css, ".odd-size { font-size: 17pt; }", -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  other = show_until_drawn (sk_label_new ("Styremøte", "odd-size"));
  g_test_message ("main thread: %u font lookups, %u glyph loads", main_substitutions, main_glyph_loads);
  g_assert_cmpuint (main_substitutions, >, 0);
  g_assert_cmpuint (main_glyph_loads, >, 0);

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

static const char *
chart_font (void)
{
  SkGanttStyle style;

  sk_gantt_style_init_light (&style);
  return style.font;
}

/* Text as the timeline chart draws it: with sk_render_layout_new () on
 * the surface of a widget's cairo drawing, regular and bold. */
static void
draw_chart_text (GtkDrawingArea *area,
                 cairo_t        *cr,
                 int             width,
                 int             height,
                 gpointer        data)
{
  const char *font = data;

  for (int bold = 0; bold < 2; bold++)
    {
      g_autoptr(PangoLayout) layout = sk_render_layout_new (cr, font, "Utgreiing – «Kart og GIS» 2026", bold);

      cairo_move_to (cr, 4, 4 + bold * 20);
      pango_cairo_show_layout (cr, layout);
    }
}

static GtkWidget *
chart_text_new (const char *font)
{
  GtkWidget *area = gtk_drawing_area_new ();

  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (area), 300);
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (area), 50);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (area), draw_chart_text, (gpointer) font, NULL);
  return area;
}

/* A start that shows the timeline first has its chart's font made ready
 * too: the chart's first frame neither finds the font nor loads a glyph
 * in the main thread.  Another size is found and loaded there. */
static void
test_chart_fonts_ready (void)
{
  GtkWidget *window, *other;

  main_substitutions = main_glyph_loads = 0;
  window = show_until_drawn (chart_text_new (chart_font ()));
  g_test_message ("chart, main thread: %u font lookups, %u glyph loads", main_substitutions, main_glyph_loads);
  g_assert_cmpuint (main_substitutions, ==, 0);
  g_assert_cmpuint (main_glyph_loads, ==, 0);

  other = show_until_drawn (chart_text_new ("Cantarell 15"));
  g_test_message ("other size, main thread: %u font lookups, %u glyph loads", main_substitutions, main_glyph_loads);
  g_assert_cmpuint (main_substitutions, >, 0);
  g_assert_cmpuint (main_glyph_loads, >, 0);

  gtk_window_destroy (GTK_WINDOW (other));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A view's rows get their tooltips before they are shown: no round trip
 * to the X server for each (GTK asks where the pointer is when a tooltip
 * is set on a visible widget). */
static void
test_tooltips_without_round_trips (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *entry = gtk_entry_new ();
  GtkWidget *button, *focus;

  main_pointer_queries = 0;
  for (int i = 0; i < 20; i++)
    {
      button = gtk_button_new_with_label ("Sak");
      sk_widget_set_tooltip (button, "Vedtak");
      gtk_box_append (GTK_BOX (box), button);
    }
  /* In a window not shown yet, too, on the widget that will have the
   * focus, which keeps it. */
  gtk_box_append (GTK_BOX (box), entry);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_focus (GTK_WINDOW (window), entry);
  focus = gtk_window_get_focus (GTK_WINDOW (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, entry));
  sk_widget_set_tooltip (button, "Drøfting");
  sk_widget_set_tooltip (entry, "Namn");
  g_assert_cmpuint (main_pointer_queries, ==, 0);
  g_assert_true (gtk_window_get_focus (GTK_WINDOW (window)) == focus);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (entry), ==, "Namn");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Drøfting");
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_get_visible (entry));
  gtk_window_destroy (GTK_WINDOW (window));

  /* GTK's own call, on a visible widget: the count sees the query. */
  gtk_widget_set_tooltip_text (gtk_button_new (), "Vedtak");
  g_assert_cmpuint (main_pointer_queries, >, 0);

  /* On a shown window the tooltip is set as GTK sets it, the query
   * included: a tooltip under the pointer then shows the new text. */
  gtk_window_destroy (GTK_WINDOW (show_until_drawn (gtk_label_new (NULL))));
  window = show_until_drawn (box = gtk_button_new_with_label ("Sak"));
  main_pointer_queries = 0;
  sk_widget_set_tooltip (box, "Vedtak");
  g_assert_cmpuint (main_pointer_queries, >, 0);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (box), ==, "Vedtak");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Finishing again, or with nothing started, changes nothing. */
static void
test_finish_twice (void)
{
  PangoFontMap *map = pango_cairo_font_map_get_default ();

  sk_font_warmup_finish ();
  g_assert_true (pango_cairo_font_map_get_default () == map);
}

/* Begun and never given the widgets' settings (a start that ends before
 * its window): the window that then waits for the fonts gives them,
 * and does not wait for ever. */
static void
test_begun_then_finished (void)
{
  PangoFontMap *before;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 60 * G_USEC_PER_SEC, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }
  before = pango_cairo_font_map_get_default ();
  sk_font_warmup_begin ("Cantarell 12");
  sk_font_warmup_finish ();
  g_assert_true (pango_cairo_font_map_get_default () != before);
  /* Begun again after it finished: a new thread, which a start gives its
   * settings to. */
  before = pango_cairo_font_map_get_default ();
  sk_font_warmup_begin (NULL);
  sk_font_warmup_start ();
  sk_font_warmup_finish ();
  g_assert_true (pango_cairo_font_map_get_default () != before);
}

int
main (int    argc,
      char **argv)
{
  PangoFontMap *before;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("LC_ALL", "nn_NO.UTF-8", TRUE);
  /* No accessibility bus to look for (there is no session bus). */
  g_setenv ("GTK_A11Y", "none", TRUE);
  g_test_init (&argc, &argv, NULL);
  main_thread = g_thread_self ();

  /* As the application starts: the chart's font begun before GTK starts,
   * the widgets' fonts after gtk_init (), all ready before the first
   * window is realized. */
  sk_font_warmup_begin (chart_font ());
  adw_init ();
  before = g_object_ref (pango_cairo_font_map_get_default ());
  sk_font_warmup_start ();
  sk_font_warmup_finish ();
  g_assert_true (pango_cairo_font_map_get_default () != before);
  g_object_unref (before);

  g_test_add_func ("/startup/fonts-ready", test_first_window);
  g_test_add_func ("/startup/chart-fonts-ready", test_chart_fonts_ready);
  g_test_add_func ("/startup/fonts-finish-twice", test_finish_twice);
  g_test_add_func ("/startup/fonts-begun-then-finished", test_begun_then_finished);
  g_test_add_func ("/startup/tooltips-without-round-trips", test_tooltips_without_round_trips);
  return g_test_run ();
}
