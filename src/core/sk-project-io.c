/* sk-project-io.c — reading a project from text or a file, writing it
 * back, and a copy of a project
 *
 * The object itself (sk-project.c) knows nothing of files: this unit sits
 * above the reader, the checks and the writer and calls each of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-project"

#include "config.h"

#include "sk-i18n.h"
#include <string.h>

#include "sk-command.h"
#include "sk-file.h"
#include "sk-fingerprint.h"
#include "sk-index.h"
#include "sk-json.h"
#include "sk-project-private.h"

static void
set_problems_error (GError    **error,
                    GPtrArray  *problems)
{
  const SkProblem *first;
  g_autofree char *more = NULL;

  g_assert (problems->len > 0);

  first = g_ptr_array_index (problems, 0);
  if (problems->len > 1)
    {
      guint n = problems->len - 1;

      /* Translators: added after the first problem of a file */
      more = g_strdup_printf (ngettext (" (and %u more problem)",
                                        " (and %u more problems)", n), n);
    }
  g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_INVALID,
               "%s: %s%s", first->path, first->message, more ? more : "");
}

SkProject *
sk_project_new_from_data (const char  *data,
                          gsize        length,
                          GPtrArray  **problems_out,
                          GError     **error)
{
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GHashTable) numbers = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(SkProject) project = NULL;
  const char *end = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  problems = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_problem_free);

  if (length > SK_PROJECT_MAX_FILE_SIZE)
    {
      g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_TOO_LARGE,
                   _("The file is %.1f MB; Sakskart opens project files of at most %d MB"),
                   length / (1024.0 * 1024.0),
                   SK_PROJECT_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }

  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING,
                           _("The file starts with a byte order mark; a project file is plain UTF-8 without one"));
      return NULL;
    }

  if (!g_utf8_validate_len (data, length, &end))
    {
      g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING,
                   _("The file is not valid UTF-8 (at byte %lu)"),
                   (unsigned long) (end - data));
      return NULL;
    }

  if (memchr (data, '\0', length) != NULL)
    {
      g_set_error_literal (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_ENCODING,
                           _("The file contains a NUL character and is not a project file"));
      return NULL;
    }

  /* Strict RFC 8259, and the text of every number that is not a plain
   * 64-bit integer, so that the reader can check it exactly. */
  root = _sk_json_parse (data, length, &numbers, error);
  if (root == NULL)
    {
      /* A member's name quoted in the message may be very long. */
      sk_error_make_readable (error ? *error : NULL);
      return NULL;
    }

  project = _sk_project_read (root, numbers, problems);

  if (project != NULL && problems->len == 0)
    {
      g_autoptr(GPtrArray) checks = sk_project_check (project);

      g_ptr_array_extend_and_steal (problems, g_steal_pointer (&checks));
    }

  if (project != NULL && problems->len > 0)
    {
      gboolean all_soft = TRUE;

      for (guint i = 0; i < problems->len && all_soft; i++)
        all_soft = ((SkProblem *) g_ptr_array_index (problems, i))->soft;
      /* Figures that do not yet fit a cost model: open the file, and let
       * the caller show the problems, so that they can be mended. */
      if (all_soft)
        {
          if (problems_out)
            *problems_out = g_steal_pointer (&problems);
          return g_steal_pointer (&project);
        }
    }

  if (problems->len > 0)
    {
      const SkProblem *first = g_ptr_array_index (problems, 0);

      /* A file that is not a project file, or is from a newer version, gets
       * its own code so that the user reads the one sentence that matters. */
      if (g_str_equal (first->path, "$.format") || g_str_equal (first->path, "$"))
        g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_NOT_SAKSKART,
                     "%s: %s", first->path, first->message);
      else if (g_str_equal (first->path, "$.version"))
        g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_VERSION,
                     "%s: %s", first->path, first->message);
      else
        set_problems_error (error, problems);

      if (problems_out)
        *problems_out = g_steal_pointer (&problems);
      return NULL;
    }

  if (problems_out)
    *problems_out = g_steal_pointer (&problems);
  return g_steal_pointer (&project);
}

static void
prefix_error_with_file (GError **error,
                        GFile   *file)
{
  g_autofree char *name = NULL;

  if (error == NULL || *error == NULL)
    return;
  name = g_file_get_parse_name (file);
  g_prefix_error (error, "%s: ", name);
}

/* Progress from the loading thread, delivered in the caller's context. */
typedef struct
{
  SkLoadProgressFunc  func;
  GObject            *target;
  double              fraction;
} ProgressCall;

typedef struct
{
  SkLoadProgressFunc  func;
  GObject            *target;
  GMainContext       *context;
  double              last;
} Progress;

/* Calls `func` in the thread that runs `context` (the window's), always
 * from its loop.  Not g_main_context_invoke (): from another thread it
 * calls at once, in that thread, whenever the context is free (between
 * two iterations of a loop run by hand, as the tests run theirs). */
static void
in_context (GMainContext   *context,
            GSourceFunc     func,
            gpointer        data,
            GDestroyNotify  notify)
{
  GSource *source = g_idle_source_new ();

  g_source_set_priority (source, G_PRIORITY_DEFAULT);
  g_source_set_callback (source, func, data, notify);
  g_source_attach (source, context);
  g_source_unref (source);
}

static gboolean
progress_call_cb (gpointer data)
{
  ProgressCall *call = data;

  call->func (call->target, call->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_call_free (gpointer data)
{
  ProgressCall *call = data;

  g_object_unref (call->target);
  g_free (call);
}

static void
report_progress (Progress *progress,
                 double    fraction)
{
  ProgressCall *call;

  /* Every step of 2 %, and the end of each stage. */
  if (progress == NULL || progress->func == NULL ||
      (fraction - progress->last < 0.02 && fraction < 1.0))
    return;
  progress->last = fraction;
  call = g_new0 (ProgressCall, 1);
  call->func = progress->func;
  call->target = g_object_ref (progress->target);
  call->fraction = fraction;
  in_context (progress->context, progress_call_cb, call, progress_call_free);
}

#define READ_CHUNK (256 * 1024)

/* Reads the whole file through GIO in chunks, refusing it as soon as it is
 * larger than the limit (a remote file may not tell its size first). */
static char *
read_file (GFile         *file,
           GCancellable  *cancellable,
           Progress      *progress,
           gsize         *length_out,
           char         **etag_out,
           GError       **error)
{
  g_autoptr(GFileInputStream) in = NULL;
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  g_autoptr(GError) query_error = NULL;
  g_autoptr(GError) read_error = NULL;
  goffset size = -1;

  /* The etag as the file's information gives it, before it is read: the
   * one a save and the window's watch compare with (a GVfs stream may
   * give another form of it, as WebDAV's GET and PROPFIND do). */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_ETAG_VALUE ","
                            G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE, cancellable, &query_error);
  /* Not opened at all: a FIFO would wait for a writer, a folder fails. */
  if (info != NULL && !sk_file_type_readable (g_file_info_get_file_type (info), error))
    return NULL;
  in = g_file_read (file, cancellable, &read_error);
  if (in == NULL)
    {
      /* GVfs's WebDAV read says only "HTTP Error" when the server cannot
       * be reached; the query said why. */
      if (query_error != NULL && g_error_matches (read_error, G_IO_ERROR, G_IO_ERROR_FAILED))
        g_propagate_error (error, g_steal_pointer (&query_error));
      else
        g_propagate_error (error, g_steal_pointer (&read_error));
      sk_file_error_in_words (error);
      return NULL;
    }
  if (info == NULL)
    info = g_file_input_stream_query_info (in, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_ETAG_VALUE,
                                           cancellable, NULL);
  if (info != NULL && g_file_info_has_attribute (info, G_FILE_ATTRIBUTE_STANDARD_SIZE))
    size = g_file_info_get_size (info);

  bytes = g_byte_array_sized_new (size > 0 && size <= SK_PROJECT_MAX_FILE_SIZE ? (guint) size + 1 : READ_CHUNK);
  for (;;)
    {
      guint at = bytes->len;
      gssize n;

      if (size > SK_PROJECT_MAX_FILE_SIZE || bytes->len > SK_PROJECT_MAX_FILE_SIZE)
        {
          double mb = MAX (size, (goffset) bytes->len) / (1024.0 * 1024.0);

          if (size > SK_PROJECT_MAX_FILE_SIZE)
            g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_TOO_LARGE,
                         _("The file is %.1f MB; Sakskart opens project files of at most %d MB"),
                         mb, SK_PROJECT_MAX_FILE_SIZE / (1024 * 1024));
          else
            g_set_error (error, SK_PROJECT_ERROR, SK_PROJECT_ERROR_TOO_LARGE,
                         _("The file is larger than %d MB, the most Sakskart opens"),
                         SK_PROJECT_MAX_FILE_SIZE / (1024 * 1024));
          return NULL;
        }
      g_byte_array_set_size (bytes, at + READ_CHUNK);
      n = g_input_stream_read (G_INPUT_STREAM (in), bytes->data + at, READ_CHUNK, cancellable, error);
      if (n < 0)
        return NULL;
      g_byte_array_set_size (bytes, at + n);
      if (n == 0)
        break;
      if (size > 0)
        report_progress (progress, 0.7 * MIN (1.0, (double) bytes->len / size));
    }
  if (!g_input_stream_close (G_INPUT_STREAM (in), cancellable, error))
    return NULL;

  /* The etag of the file as it was opened: if it changed while it was
   * read, a save sees a conflict rather than overwriting the change. */
  if (etag_out)
    *etag_out = info ? g_strdup (g_file_info_get_etag (info)) : NULL;

  *length_out = bytes->len;
  g_byte_array_append (bytes, (const guint8 *) "", 1);  /* a NUL after the text */
  return (char *) g_byte_array_free (g_steal_pointer (&bytes), FALSE);
}

static SkProject *
load_file (GFile         *file,
           GCancellable  *cancellable,
           Progress      *progress,
           char         **etag_out,
           GPtrArray    **problems,
           GError       **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *etag = NULL;
  SkProject *project;
  gsize length = 0;

  for (int attempt = 1; contents == NULL; attempt++)
    {
      g_autoptr(GError) local = NULL;

      contents = read_file (file, cancellable, progress, &length, &etag, &local);
      /* A share that came back after a dropped connection says so once
       * (sk_file_error_dropped ()): read again on the new one. */
      if (contents == NULL && (attempt > 1 || !sk_file_error_dropped (local)))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          prefix_error_with_file (error, file);
          return NULL;
        }
    }
  report_progress (progress, 0.7);

  project = sk_project_new_from_data (contents, length, problems, error);
  if (project == NULL)
    {
      prefix_error_with_file (error, file);
      return NULL;
    }
  report_progress (progress, 1.0);

  /* With the size and the hash of what was read: a save then sees a
   * change that left the etag as it was (sk-fingerprint.h). */
  if (etag_out)
    *etag_out = sk_fingerprint_new (etag, contents, length);
  return project;
}

SkProject *
sk_project_new_from_file (GFile         *file,
                          GCancellable  *cancellable,
                          char         **etag_out,
                          GPtrArray    **problems,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  return load_file (file, cancellable, NULL, etag_out, problems, error);
}

typedef struct
{
  SkProject *project;
  GPtrArray *problems;
  char      *etag;
} LoadResult;

static void
load_result_free (LoadResult *r)
{
  g_clear_object (&r->project);
  g_clear_pointer (&r->problems, g_ptr_array_unref);
  g_free (r->etag);
  g_free (r);
}

typedef struct
{
  GFile    *file;
  Progress  progress;
} LoadData;

static gboolean
unref_cb (gpointer object)
{
  g_object_unref (object);
  return G_SOURCE_REMOVE;
}

/* May run in the loading thread (a task run in a thread can be finalized
 * there): the progress target (a window) is let go in its own thread,
 * where its last reference, if this is it, finalizes it. */
static void
load_data_free (LoadData *d)
{
  g_object_unref (d->file);
  if (d->progress.target != NULL)
    in_context (d->progress.context, unref_cb, g_steal_pointer (&d->progress.target), NULL);
  g_clear_pointer (&d->progress.context, g_main_context_unref);
  g_free (d);
}

static void
load_file_thread (GTask        *task,
                  gpointer      source_object,
                  gpointer      task_data,
                  GCancellable *cancellable)
{
  LoadData *d = task_data;
  LoadResult *r = g_new0 (LoadResult, 1);
  GError *error = NULL;

  r->project = load_file (d->file, cancellable, &d->progress, &r->etag, &r->problems, &error);
  if (r->project == NULL)
    {
      /* Keep the list of problems for the caller even on failure. */
      g_object_set_data_full (G_OBJECT (task), "problems",
                              g_steal_pointer (&r->problems),
                              (GDestroyNotify) g_ptr_array_unref);
      load_result_free (r);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, r, (GDestroyNotify) load_result_free);
}

void
sk_project_load_file_async (GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  sk_project_load_file_with_progress_async (file, cancellable, NULL, NULL, callback, user_data);
}

void
sk_project_load_file_with_progress_async (GFile               *file,
                                          GCancellable        *cancellable,
                                          SkLoadProgressFunc   progress_func,
                                          GObject             *progress_target,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  LoadData *d;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (progress_func == NULL || G_IS_OBJECT (progress_target));

  d = g_new0 (LoadData, 1);
  d->file = g_object_ref (file);
  if (progress_func != NULL)
    {
      d->progress.func = progress_func;
      d->progress.target = g_object_ref (progress_target);
      d->progress.context = g_main_context_ref_thread_default ();
    }
  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, sk_project_load_file_async);
  g_task_set_task_data (task, d, (GDestroyNotify) load_data_free);
  g_task_run_in_thread (task, load_file_thread);
}

SkProject *
sk_project_load_file_finish (GAsyncResult  *result,
                             char         **etag_out,
                             GPtrArray    **problems,
                             GError       **error)
{
  LoadResult *r;
  SkProject *project;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  r = g_task_propagate_pointer (G_TASK (result), error);
  if (r == NULL)
    {
      GPtrArray *p = g_object_get_data (G_OBJECT (result), "problems");

      if (problems && p)
        *problems = g_ptr_array_ref (p);
      return NULL;
    }
  project = g_steal_pointer (&r->project);
  if (etag_out)
    *etag_out = g_steal_pointer (&r->etag);
  if (problems)
    *problems = g_steal_pointer (&r->problems);
  load_result_free (r);
  return project;
}

/* The text of the project, with two mends to what json-glib 1.6 writes:
 * it escapes the usual control characters (\n, \t …) but writes the others
 * as they are, and it writes some doubles as "1e+40.0" (neither is JSON,
 * and our reader refuses both) and others with more digits than they
 * were read with. */
static char *
generate (SkProject *self,
          gboolean   pretty,
          gsize     *length)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = _sk_project_write (self);
  g_autofree char *text = NULL;
  GString *out;

  json_generator_set_pretty (generator, pretty);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, root);
  text = json_generator_to_data (generator, NULL);

  out = g_string_sized_new (strlen (text) + 2);
  for (const char *c = text; *c; c++)
    {
      if (*c == '"')
        {
          /* A string, whole: escaped characters kept, raw control
           * characters escaped. */
          g_string_append_c (out, *c++);
          for (; *c && *c != '"'; c++)
            {
              if (*c == '\\' && c[1])
                g_string_append_c (out, *c++);
              if ((guchar) *c < 0x20)
                g_string_append_printf (out, "\\u%04x", (guchar) *c);
              else
                g_string_append_c (out, *c);
            }
          if (*c == '\0')
            break;
          g_string_append_c (out, *c);
        }
      else if (*c == '-' || g_ascii_isdigit (*c))
        {
          /* A number.  json-glib 1.6 writes a double with 17 digits (0.1
           * as 0.10000000000000001) and 1e40 as "1e+40.0", which is not
           * JSON: a double is written as the shortest text that reads
           * back as it. */
          const char *start = c;
          gboolean integer = TRUE;

          for (; *c && strchr ("+-.eE0123456789", *c) != NULL; c++)
            integer = integer && *c != '.' && *c != 'e' && *c != 'E';
          if (integer)
            g_string_append_len (out, start, c - start);
          else
            _sk_json_append_double (out, g_ascii_strtod (start, NULL), TRUE);
          c--;
        }
      else
        g_string_append_c (out, *c);
    }
  if (pretty)
    g_string_append_c (out, '\n');
  if (length)
    *length = out->len;
  return g_string_free (out, FALSE);
}

char *
sk_project_to_data (SkProject *self,
                    gsize     *length)
{
  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);

  return generate (self, TRUE, length);
}

gboolean
sk_project_save_file (SkProject     *self,
                      GFile         *file,
                      const char    *etag,
                      char         **new_etag,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autofree char *data = NULL;
  gsize length = 0;

  g_return_val_if_fail (SK_IS_PROJECT (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  data = sk_project_to_data (self, &length);

  /* Written to a temporary file and renamed over the old one, which
   * becomes the backup: a failed save (a full disk) leaves the file and
   * its backup as they were.  With an etag, a file changed by someone else
   * since we read it is not overwritten (G_IO_ERROR_WRONG_ETAG). */
  return sk_file_write (file, data, length, etag, SK_FILE_WRITE_BACKUP, new_etag,
                        cancellable, error);
}

static char *
snapshot (SkProject *self)
{
  return generate (self, FALSE, NULL);
}

/* A separate project with the same contents (no undo history): the
 * sandbox of meeting mode. */
SkProject *
sk_project_copy (SkProject *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  SkProject *copy;

  g_return_val_if_fail (SK_IS_PROJECT (self), NULL);

  text = snapshot (self);
  copy = sk_project_new_from_data (text, strlen (text), NULL, &error);
  if (copy == NULL)
    {
      /* What we wrote ourselves reads back unless an edit broke a rule;
       * keep the edit possible on an unchecked copy all the same. */
      g_warning ("Could not copy the project: %s", error->message);
      return NULL;
    }
  return copy;
}

