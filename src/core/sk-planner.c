/* sk-planner.c — GNOME Planner files as a timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-planner"

#include "config.h"

#include <math.h>

#include "sk-i18n.h"
#include <stdio.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-planner.h"
#include "sk-planner-calendar.h"

typedef struct
{
  SkTask  *task;
  char    *predecessor;    /* Planner's id */
  gboolean lag;            /* the file gives it a lag */
} Link;

/* A task without "work-start": its work begins at the first working time
 * after its "start", once the calendars are known. */
typedef struct
{
  SkTask  *task;
  guint32  julian;
  int      minute;
} Pending;

typedef struct
{
  SkTimeline *timeline;
  GPtrArray  *stack;        /* of SkTask: the tasks open around the parser */
  GHashTable *by_planner_id;
  GHashTable *parent_of;    /* SkTask → SkTask */
  GHashTable *has_children; /* of SkTask */
  GArray     *links;        /* of Link */
  GArray     *pending;      /* of Pending */
  SkPlannerCalendars *calendars;
  gboolean    in_calendars;
  guint       skipped;
  gboolean    seen_project;
  gboolean    seen_root;
  /* values Planner would not have written, made good: how many, and the
   * first task's name */
  guint       ends_before_start;
  char       *end_example;
  guint       progress_changed;
  char       *progress_example;
  char       *progress_text;
  double      progress_made;
} Import;

static void
link_clear (Link *link)
{
  g_free (link->predecessor);
}

/* "20250903T080000Z" → "2025-09-03"; an end at midnight ends the day
 * before. */
static char *
planner_date (const char *value,
              gboolean    is_end)
{
  int y, m, d, hh = 0, mm = 0;
  GDate date;

  if (value == NULL || sscanf (value, "%4d%2d%2dT%2d%2d", &y, &m, &d, &hh, &mm) < 3 ||
      !g_date_valid_dmy (d, m, y))
    return NULL;
  /* Out of range before any arithmetic: GDate has no day before 1 January
   * of the year 1. */
  if (y < SK_DATE_MIN_YEAR || y > SK_DATE_MAX_YEAR)
    return NULL;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  if (is_end && hh == 0 && mm == 0)
    g_date_subtract_days (&date, 1);
  /* Only dates a project file may hold (FORMAT.md). */
  if (g_date_get_year (&date) < SK_DATE_MIN_YEAR || g_date_get_year (&date) > SK_DATE_MAX_YEAR)
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                          g_date_get_day (&date));
}

/* Whether `value` is a date ("20250903T170000Z") of a year that a
 * project file cannot hold. */
static gboolean
planner_year_outside (const char *value)
{
  int y, m, d;

  return value != NULL && sscanf (value, "%4d%2d%2d", &y, &m, &d) == 3 && g_date_valid_dmy (d, m, y) &&
         (y < SK_DATE_MIN_YEAR || y > SK_DATE_MAX_YEAR);
}

/* "20250903T170000Z" → the julian day and the minute of that day. */
static gboolean
planner_moment (const char *value,
                guint32    *julian,
                int        *minute)
{
  int y, m, d, hh = 0, mm = 0;
  GDate date;

  if (value == NULL || sscanf (value, "%4d%2d%2dT%2d%2d", &y, &m, &d, &hh, &mm) < 3 ||
      y < SK_DATE_MIN_YEAR || y > SK_DATE_MAX_YEAR || !g_date_valid_dmy (d, m, y) ||
      hh < 0 || hh > 23 || mm < 0 || mm > 59)
    return FALSE;
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, d, m, y);
  *julian = g_date_get_julian (&date);
  *minute = hh * 60 + mm;
  return TRUE;
}

/* "50", "-5", "12.5", " 40": digits, with a sign and a decimal point,
 * white space around them. */
static gboolean
planner_decimal (const char *text)
{
  const char *c = text;

  while (g_ascii_isspace (*c))
    c++;
  if (*c == '-')
    c++;
  if (!g_ascii_isdigit (*c))
    return FALSE;
  while (g_ascii_isdigit (*c))
    c++;
  if (*c == '.')
    {
      c++;
      if (!g_ascii_isdigit (*c))
        return FALSE;
      while (g_ascii_isdigit (*c))
        c++;
    }
  while (g_ascii_isspace (*c))
    c++;
  return *c == '\0';
}

/* Planner writes task ids as numbers; anything that makes an id of ours
 * ("t" and 1–63 of a–z, 0–9, "_", "-") is taken. */
static gboolean
planner_id_ok (const char *pid)
{
  gsize n = strlen (pid);

  if (n == 0 || n > 63)
    return FALSE;
  for (const char *c = pid; *c; c++)
    if (!(g_ascii_isdigit (*c) || (*c >= 'a' && *c <= 'z') || *c == '_' || *c == '-'))
      return FALSE;
  return TRUE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Import *im = user_data;

  /* One document, as libxml2 (Planner) reads it: a second root element
   * is an error there, not a second project whose tasks join the first */
  if (g_slist_length ((GSList *) g_markup_parse_context_get_element_stack (context)) == 1)
    {
      if (im->seen_root)
        {
          int line, col;

          g_markup_parse_context_get_position (context, &line, &col);
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("Line %d: more follows the end of the document"), line);
          return;
        }
      im->seen_root = TRUE;
    }
  if (g_str_equal (element, "calendars"))
    im->in_calendars = TRUE;
  else if (im->in_calendars)
    sk_planner_calendars_start (im->calendars, element, names, values);
  else if (g_str_equal (element, "project"))
    {
      const char *name = _sk_planner_attribute (names, values, "name");
      const char *calendar = _sk_planner_attribute (names, values, "calendar");

      if (calendar != NULL)
        sk_planner_calendars_use (im->calendars, calendar);
      im->seen_project = TRUE;
      g_free (im->timeline->title);
      im->timeline->title = g_strdup (name && name[0] ? name : _("Imported from Planner"));
    }
  else if (g_str_equal (element, "task"))
    {
      SkTask *task = sk_task_new ();
      const char *pid = _sk_planner_attribute (names, values, "id");
      const char *name = _sk_planner_attribute (names, values, "name");
      const char *type = _sk_planner_attribute (names, values, "type");
      const char *percent = _sk_planner_attribute (names, values, "percent-complete");
      const char *note = _sk_planner_attribute (names, values, "note");
      const char *start = _sk_planner_attribute (names, values, "work-start");

      if (pid == NULL)
        {
          int line, col;

          g_markup_parse_context_get_position (context, &line, &col);
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_MISSING_ATTRIBUTE,
                       _("Line %d: a task without an id"), line);
          sk_task_free (task);
          return;
        }
      /* Planner numbers its tasks; our id is "t" and that number. */
      if (!planner_id_ok (pid) || g_hash_table_contains (im->by_planner_id, pid))
        {
          int line, col;
          g_autofree char *shown = g_utf8_make_valid (pid, -1);

          g_markup_parse_context_get_position (context, &line, &col);
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       planner_id_ok (pid) ? _("Line %d: two tasks have the id “%s”")
                                           : _("Line %d: “%s” is not a task id Planner writes"),
                       line, shown);
          sk_task_free (task);
          return;
        }
      task->id = g_strdup_printf ("t%s", pid);
      task->name = g_strdup (name && name[0] ? name : _("Untitled task"));
      task->milestone = g_strcmp0 (type, "milestone") == 0;
      task->has_milestone = task->milestone;
      /* Planner's "start" of a chained task is its predecessor's end;
       * "work-start" is when the work begins.  Without it (older files,
       * MrProject's), the work begins at the next working time of the
       * project's calendar, as Planner schedules it. */
      if (!task->milestone && start == NULL)
        {
          Pending pending = { task, 0, 0 };

          if (planner_moment (_sk_planner_attribute (names, values, "start"), &pending.julian, &pending.minute))
            g_array_append_val (im->pending, pending);
        }
      if (task->milestone || start == NULL)
        start = _sk_planner_attribute (names, values, "start");
      task->start = planner_date (start, FALSE);
      task->end = task->milestone ? g_strdup (task->start)
                                  : planner_date (_sk_planner_attribute (names, values, "end"), TRUE);
      if (task->start == NULL || task->end == NULL)
        {
          int line, col;

          g_markup_parse_context_get_position (context, &line, &col);
          if (planner_year_outside (start) ||
              planner_year_outside (_sk_planner_attribute (names, values, "end")))
            g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                         _("Line %d: task “%s” lies outside the years %d–%d that a timeline holds"),
                         line, task->name, SK_DATE_MIN_YEAR, SK_DATE_MAX_YEAR);
          else
            g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                         _("Line %d: task “%s” has no valid start or end"), line, task->name);
          sk_task_free (task);
          return;
        }
      if (strcmp (task->end, task->start) < 0)
        {
          g_free (task->end);
          task->end = g_strdup (task->start);
          if (im->ends_before_start++ == 0)
            im->end_example = g_strdup (task->name);
        }
      if (percent != NULL)
        {
          /* Planner writes whole numbers: what is not a decimal number
           * ("0x10", "1e2", "inf", which strtod takes) is none */
          double p = planner_decimal (percent) ? g_ascii_strtod (percent, NULL) : NAN;

          task->progress = isfinite (p) ? CLAMP (p, 0, 100) : 0;
          if (task->progress != p && im->progress_changed++ == 0)
            {
              im->progress_example = g_strdup (task->name);
              im->progress_text = g_utf8_make_valid (percent, MIN (strlen (percent), 40));
              im->progress_made = task->progress;
            }
        }
      if (note != NULL && note[0])
        task->note = g_strdup (note);
      if (im->stack->len > 0)
        {
          SkTask *parent = g_ptr_array_index (im->stack, im->stack->len - 1);

          task->parent = g_strdup (parent->id);
          g_hash_table_insert (im->parent_of, task, parent);
          g_hash_table_add (im->has_children, parent);
        }
      g_ptr_array_add (im->timeline->tasks, task);
      g_ptr_array_add (im->stack, task);
      g_hash_table_insert (im->by_planner_id, g_strdup (pid), task);
    }
  else if (g_str_equal (element, "predecessor") && im->stack->len > 0)
    {
      SkTask *task = g_ptr_array_index (im->stack, im->stack->len - 1);
      const char *pred = _sk_planner_attribute (names, values, "predecessor-id");
      const char *type = _sk_planner_attribute (names, values, "type");
      const char *lag = _sk_planner_attribute (names, values, "lag");
      Link link = { task, NULL, FALSE };

      if (pred == NULL)
        return;
      if (type != NULL && !g_str_equal (type, "FS"))
        {
          im->skipped++;
          return;
        }
      link.predecessor = g_strdup (pred);
      link.lag = lag != NULL && g_ascii_strtoll (lag, NULL, 10) != 0;
      g_array_append_val (im->links, link);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Import *im = user_data;

  if (g_str_equal (element, "calendars"))
    im->in_calendars = FALSE;
  else if (im->in_calendars)
    sk_planner_calendars_end (im->calendars, element);
  else if (g_str_equal (element, "task") && im->stack->len > 0)
    g_ptr_array_remove_index (im->stack, im->stack->len - 1);
}

/* The file as UTF-8, as libxml2 reads it: a byte order mark is skipped
 * and another encoding the XML declaration names is converted. */
static char *
planner_text (const char  *data,
              gsize        length,
              gsize       *text_length,
              GError     **error)
{
  g_autofree char *declared = NULL;
  gsize written = 0;
  const char *from = NULL;
  gboolean bom = FALSE;
  char *text;

  /* A byte order mark says more than the declaration (as in libxml2). */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      length -= 3;
      bom = TRUE;
    }
  else if (length >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    from = "UTF-16LE";
  else if (length >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    from = "UTF-16BE";
  if (from != NULL)
    {
      data += 2;
      length -= 2;
    }
  else if (length >= 5 && memcmp (data, "<?xml", 5) == 0)
    {
      /* <?xml version="1.0" encoding="ISO-8859-1"?> */
      g_autofree char *decl = g_strndup (data, MIN (length, 256));
      char *end = strstr (decl, "?>");
      char *enc;

      if (end != NULL)
        *end = '\0';
      if (end != NULL && (enc = strstr (decl, "encoding")) != NULL)
        {
          enc += strlen ("encoding");
          while (*enc == ' ' || *enc == '=')
            enc++;
          if (*enc == '"' || *enc == '\'')
            {
              char quote = *enc++;
              char *close = strchr (enc, quote);

              if (close != NULL)
                declared = g_strndup (enc, close - enc);
            }
        }
      if (!bom && declared != NULL && g_ascii_strcasecmp (declared, "UTF-8") != 0 &&
          g_ascii_strcasecmp (declared, "UTF8") != 0)
        from = declared;
    }
  if (from == NULL)
    {
      /* As it is, NUL bytes included: the parser reports them. */
      text = g_malloc (length + 1);
      memcpy (text, data, length);
      text[length] = '\0';
      *text_length = length;
      return text;
    }
  text = g_convert (data, length, "UTF-8", from, NULL, &written, NULL);
  if (text == NULL)
    {
      g_autofree char *shown = g_utf8_make_valid (from, -1);

      g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING,
                   _("The file says it is written in the encoding “%s”, but it cannot be read as such"),
                   shown);
      return NULL;
    }
  *text_length = written;
  return text;
}

static void
add_note (GPtrArray  *notes,
          const char *format,
          ...) G_GNUC_PRINTF (2, 3);

static void
add_note (GPtrArray  *notes,
          const char *format,
          ...)
{
  va_list args;

  va_start (args, format);
  g_ptr_array_add (notes, g_strdup_vprintf (format, args));
  va_end (args);
}

/* Finish-to-start links, now that every task is known: each once, none
 * to a task the file lacks or to the task itself. */
static void
resolve_links (Import    *im,
               GPtrArray *notes)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint twice = 0, missing = 0, self = 0, lags = 0;
  const char *missing_example = NULL, *missing_from = NULL;

  for (guint i = 0; i < im->links->len; i++)
    {
      const Link *link = &g_array_index (im->links, Link, i);
      SkTask *pred = g_hash_table_lookup (im->by_planner_id, link->predecessor);
      char *key;

      if (pred == NULL)
        {
          if (missing++ == 0)
            {
              missing_example = link->predecessor;
              missing_from = link->task->name;
            }
          continue;
        }
      if (pred == link->task)
        {
          self++;
          continue;
        }
      key = g_strdup_printf ("%s\t%s", link->task->id, pred->id);
      if (!g_hash_table_add (seen, key))
        {
          twice++;
          continue;
        }
      lags += link->lag;
      g_ptr_array_add (link->task->depends_on, g_strdup (pred->id));
    }

  if (im->skipped > 0)
    add_note (notes, g_dngettext (GETTEXT_PACKAGE, "%u link that is not finish-to-start was left out",
                                  "%u links that are not finish-to-start were left out", im->skipped),
              im->skipped);
  if (twice > 0)
    add_note (notes, g_dngettext (GETTEXT_PACKAGE, "%u link was listed twice and is kept once",
                                  "%u links were listed twice and are kept once", twice), twice);
  if (missing > 0)
    {
      g_autofree char *shown = g_utf8_make_valid (missing_example, -1);

      add_note (notes, g_dngettext (GETTEXT_PACKAGE, "%u link to a task that is not in the file was left out (“%s” was to follow task %s)",
                                    "%u links to tasks that are not in the file were left out (“%s” was to follow task %s, and more)",
                                    missing),
                missing, missing_from, shown);
    }
  if (self > 0)
    add_note (notes, g_dngettext (GETTEXT_PACKAGE, "%u link from a task to itself was left out",
                                  "%u links from a task to itself were left out", self), self);
  if (im->ends_before_start > 0)
    add_note (notes, g_dngettext (GETTEXT_PACKAGE, "%u task ended before it started (“%s”); it now ends the day it starts",
                                  "%u tasks ended before they started (“%s” and more); they now end the day they start",
                                  im->ends_before_start),
              im->ends_before_start, im->end_example);
  if (im->progress_changed > 0)
    add_note (notes, g_dngettext (GETTEXT_PACKAGE, "%u task had a progress that is not a number from 0 to 100 (“%s”: “%s”, imported as %g)",
                                  "%u tasks had a progress that is not a number from 0 to 100 (“%s”: “%s”, imported as %g, and more)",
                                  im->progress_changed),
              im->progress_changed, im->progress_example, im->progress_text, im->progress_made);
  if (lags > 0)
    add_note (notes, g_dngettext (GETTEXT_PACKAGE, "%u link has a lag, a wait between the tasks; the link is kept without it, the dates stay as in Planner",
                                  "%u links have a lag, a wait between the tasks; the links are kept without it, the dates stay as in Planner",
                                  lags), lags);
}

/* Work starts at the first working time after "start" (tasks without
 * "work-start"); a task still ends where the file says, or on its first
 * day. */
static void
place_pending (Import *im)
{
  for (guint i = 0; i < im->pending->len; i++)
    {
      Pending *p = &g_array_index (im->pending, Pending, i);
      guint32 julian = p->julian;
      int minute = p->minute;
      GDate date;

      if (!sk_planner_calendars_next_work (im->calendars, &julian, &minute) || julian == p->julian)
        continue;
      g_date_clear (&date, 1);
      g_date_set_julian (&date, julian);
      if (g_date_get_year (&date) > SK_DATE_MAX_YEAR)
        continue;
      g_free (p->task->start);
      p->task->start = g_strdup_printf ("%04d-%02d-%02d", g_date_get_year (&date), g_date_get_month (&date),
                                        g_date_get_day (&date));
      if (strcmp (p->task->end, p->task->start) < 0)
        {
          g_free (p->task->end);
          p->task->end = g_strdup (p->task->start);
        }
    }
}

/* Planner lets a milestone hold tasks and treats it as a normal task;
 * here it becomes a phase that spans them. */
static void
demote_milestones (Import    *im,
                   GPtrArray *notes)
{
  GPtrArray *tasks = im->timeline->tasks;
  g_autoptr(GHashTable) demoted = g_hash_table_new (NULL, NULL);

  for (guint i = 0; i < tasks->len; i++)
    {
      SkTask *task = g_ptr_array_index (tasks, i);

      if (task->milestone && g_hash_table_contains (im->has_children, task))
        {
          task->milestone = task->has_milestone = FALSE;
          g_hash_table_add (demoted, task);
          add_note (notes, _("“%s” is a milestone with tasks under it; it was imported as a phase that spans them"),
                    task->name);
        }
    }
  /* Children come after their parent: from the last task back, each
   * widens a demoted parent to its own span. */
  for (guint i = tasks->len; g_hash_table_size (demoted) > 0 && i-- > 0;)
    {
      SkTask *task = g_ptr_array_index (tasks, i);
      SkTask *parent = g_hash_table_lookup (im->parent_of, task);

      if (parent == NULL || !g_hash_table_contains (demoted, parent))
        continue;
      if (strcmp (task->start, parent->start) < 0)
        {
          g_free (parent->start);
          parent->start = g_strdup (task->start);
        }
      if (strcmp (task->end, parent->end) > 0)
        {
          g_free (parent->end);
          parent->end = g_strdup (task->end);
        }
    }
}

static void
import_clear (Import *im)
{
  g_ptr_array_unref (im->stack);
  g_hash_table_unref (im->by_planner_id);
  g_hash_table_unref (im->parent_of);
  g_hash_table_unref (im->has_children);
  g_array_unref (im->links);
  g_array_unref (im->pending);
  sk_planner_calendars_free (im->calendars);
  g_free (im->end_example);
  g_free (im->progress_example);
  g_free (im->progress_text);
}

SkTimeline *
sk_planner_import (const char  *data,
                   gsize        length,
                   const char  *id,
                   GPtrArray  **notes_out,
                   GError     **error)
{
  static const GMarkupParser parser = { start_element, end_element, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local = NULL;
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *text = NULL;
  gsize text_length = 0;
  Import im = { 0 };

  im.timeline = sk_timeline_new ();
  im.timeline->id = g_strdup (id ? id : "planner");
  im.timeline->title = g_strdup (_("Imported from Planner"));
  im.stack = g_ptr_array_new ();
  im.by_planner_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  im.parent_of = g_hash_table_new (NULL, NULL);
  im.has_children = g_hash_table_new (NULL, NULL);
  im.links = g_array_new (FALSE, FALSE, sizeof (Link));
  g_array_set_clear_func (im.links, (GDestroyNotify) link_clear);
  im.pending = g_array_new (FALSE, FALSE, sizeof (Pending));
  im.calendars = sk_planner_calendars_new ();

  if ((text = planner_text (data, length, &text_length, error)) == NULL)
    goto failed;
  context = g_markup_parse_context_new (&parser, 0, &im, NULL);
  if (!g_markup_parse_context_parse (context, text, text_length, &local) ||
      !g_markup_parse_context_end_parse (context, &local))
    {
      g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_SYNTAX,
                   _("This is not a Planner file that can be read: %s"), local->message);
      goto failed;
    }
  if (!im.seen_project)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_SAKSKART,
                           _("This XML is not a GNOME Planner project (no <project> element)"));
      goto failed;
    }

  place_pending (&im);
  demote_milestones (&im, notes);
  resolve_links (&im, notes);

  /* Planner itself keeps links acyclic, but a file may say anything: the
   * timeline must pass the same checks as one read from a project file. */
  {
    g_autoptr(SkProject) probe = sk_project_new ();
    g_autoptr(GPtrArray) problems = NULL;
    GPtrArray *timelines = sk_project_get_timelines (probe);

    sk_project_set_title (probe, "Planner");
    g_ptr_array_add (timelines, im.timeline);
    problems = sk_project_check (probe);
    g_ptr_array_steal_index (timelines, 0);
    if (problems != NULL && problems->len > 0)
      {
        const SkProblem *first = g_ptr_array_index (problems, 0);

        g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID,
                     _("The tasks of this Planner file cannot be imported: %s"), first->message);
        goto failed;
      }
  }

  if (notes_out)
    *notes_out = g_steal_pointer (&notes);
  import_clear (&im);
  return im.timeline;

failed:
  /* GMarkup quotes the file, bytes that are not UTF-8 included. */
  sk_error_make_readable (error ? *error : NULL);
  sk_timeline_free (im.timeline);
  import_clear (&im);
  return NULL;
}

void
sk_project_add_timeline (SkProject  *project,
                         SkTimeline *timeline)
{
  GPtrArray *timelines = sk_project_get_timelines (project);

  if (sk_project_find_timeline (project, timeline->id) != NULL)
    {
      g_free (timeline->id);
      timeline->id = sk_unique_id (timelines, "timeline");
    }
  g_ptr_array_add (timelines, timeline);
}
