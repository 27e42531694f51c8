/* sk-planner.c — GNOME Planner files as a timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-planner"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>
#include <stdio.h>
#include <string.h>

#include "sk-agenda.h"
#include "sk-date.h"
#include "sk-planner.h"

typedef struct
{
  SkTimeline *timeline;
  GPtrArray  *stack;        /* of SkTask: the tasks open around the parser */
  GHashTable *by_planner_id;
  GPtrArray  *links;        /* of char*: "task id\tpredecessor planner id" */
  guint       skipped;
  gboolean    seen_project;
} Import;

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

static const char *
attribute (const char  **names,
           const char  **values,
           const char   *name)
{
  for (guint i = 0; names[i]; i++)
    if (g_str_equal (names[i], name))
      return values[i];
  return NULL;
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

  if (g_str_equal (element, "project"))
    {
      const char *name = attribute (names, values, "name");

      im->seen_project = TRUE;
      g_free (im->timeline->title);
      im->timeline->title = g_strdup (name && name[0] ? name : _("Imported from Planner"));
    }
  else if (g_str_equal (element, "task"))
    {
      SkTask *task = sk_task_new ();
      const char *pid = attribute (names, values, "id");
      const char *name = attribute (names, values, "name");
      const char *type = attribute (names, values, "type");
      const char *percent = attribute (names, values, "percent-complete");
      const char *note = attribute (names, values, "note");
      const char *start = attribute (names, values, "work-start");

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
       * "work-start" is when the work begins. */
      if (task->milestone || start == NULL)
        start = attribute (names, values, "start");
      task->start = planner_date (start, FALSE);
      task->end = task->milestone ? g_strdup (task->start)
                                  : planner_date (attribute (names, values, "end"), TRUE);
      if (task->start == NULL || task->end == NULL)
        {
          int line, col;

          g_markup_parse_context_get_position (context, &line, &col);
          g_set_error (error, G_MARKUP_ERROR, G_MARKUP_ERROR_INVALID_CONTENT,
                       _("Line %d: task “%s” has no valid start or end"), line, task->name);
          sk_task_free (task);
          return;
        }
      if (strcmp (task->end, task->start) < 0)
        {
          g_free (task->end);
          task->end = g_strdup (task->start);
        }
      if (percent != NULL)
        {
          double p = g_ascii_strtod (percent, NULL);

          task->progress = isfinite (p) ? CLAMP (p, 0, 100) : 0;
        }
      if (note != NULL && note[0])
        task->note = g_strdup (note);
      if (im->stack->len > 0)
        task->parent = g_strdup (((SkTask *) g_ptr_array_index (im->stack, im->stack->len - 1))->id);
      g_ptr_array_add (im->timeline->tasks, task);
      g_ptr_array_add (im->stack, task);
      g_hash_table_insert (im->by_planner_id, g_strdup (pid), task);
    }
  else if (g_str_equal (element, "predecessor") && im->stack->len > 0)
    {
      SkTask *task = g_ptr_array_index (im->stack, im->stack->len - 1);
      const char *pred = attribute (names, values, "predecessor-id");
      const char *type = attribute (names, values, "type");

      if (pred == NULL)
        return;
      if (type != NULL && !g_str_equal (type, "FS"))
        {
          im->skipped++;
          return;
        }
      g_ptr_array_add (im->links, g_strdup_printf ("%s\t%s", task->id, pred));
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Import *im = user_data;

  if (g_str_equal (element, "task") && im->stack->len > 0)
    g_ptr_array_remove_index (im->stack, im->stack->len - 1);
}

SkTimeline *
sk_planner_import (const char  *data,
                   gsize        length,
                   const char  *id,
                   guint       *skipped,
                   GError     **error)
{
  static const GMarkupParser parser = { start_element, end_element, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) local = NULL;
  Import im = { 0 };

  im.timeline = sk_timeline_new ();
  im.timeline->id = g_strdup (id ? id : "planner");
  im.timeline->title = g_strdup (_("Imported from Planner"));
  im.stack = g_ptr_array_new ();
  im.by_planner_id = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  im.links = g_ptr_array_new_with_free_func (g_free);

  context = g_markup_parse_context_new (&parser, 0, &im, NULL);
  if (!g_markup_parse_context_parse (context, data, length, &local) ||
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

  /* Links, now that every task is known. */
  for (guint i = 0; i < im.links->len; i++)
    {
      g_auto(GStrv) parts = g_strsplit (g_ptr_array_index (im.links, i), "\t", 2);
      SkTask *pred = g_hash_table_lookup (im.by_planner_id, parts[1]);

      for (guint k = 0; pred && k < im.timeline->tasks->len; k++)
        {
          SkTask *task = g_ptr_array_index (im.timeline->tasks, k);

          if (g_str_equal (task->id, parts[0]) && task != pred)
            g_ptr_array_add (task->depends_on, g_strdup (pred->id));
        }
    }
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

  if (skipped)
    *skipped = im.skipped;
  g_ptr_array_unref (im.stack);
  g_hash_table_unref (im.by_planner_id);
  g_ptr_array_unref (im.links);
  return im.timeline;

failed:
  /* GMarkup quotes the file, bytes that are not UTF-8 included. */
  sk_error_make_readable (error ? *error : NULL);
  sk_timeline_free (im.timeline);
  g_ptr_array_unref (im.stack);
  g_hash_table_unref (im.by_planner_id);
  g_ptr_array_unref (im.links);
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
