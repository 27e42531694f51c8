/* sk-drafts.c — unsaved work kept on disk, and recovered after a crash
 *
 * Each window with unsaved changes writes its project to
 * $XDG_DATA_HOME/io.github.sakskart.Sakskart/drafts/<id>.sakskart a few
 * seconds after a change, beside <id>.json saying which file it belongs to
 * and which process wrote it (its number, and when it started).  A clean
 * save or a discard removes both.  A draft whose process is gone is
 * offered for recovery at the next start.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-drafts"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

#include "sk-drafts.h"

char *
sk_drafts_dir (void)
{
  return g_build_filename (g_get_user_data_dir (), APP_ID, "drafts", NULL);
}

static char *
draft_path (const char *id,
            const char *suffix)
{
  g_autofree char *dir = sk_drafts_dir ();
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_build_filename (dir, name, NULL);
}

/* What tells one run of a process from another given the same number
 * later: after a restart, or in a sandbox with processes of its own
 * (Flatpak), where every run of the app gets the same small number.  The
 * boot, and when since it the process started; NULL where /proc does not
 * say. */
static char *
process_start (gint64 pid)
{
  g_autofree char *stat_path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/stat", pid);
  g_autofree char *stat = NULL;
  g_autofree char *boot = NULL;
  g_auto(GStrv) fields = NULL;
  const char *after;

  if (!g_file_get_contents (stat_path, &stat, NULL, NULL))
    return NULL;
  /* The command's name, in parentheses, may hold spaces and parentheses:
   * the fields are counted from after its last ")", where the third
   * begins; the start time is the 22nd. */
  after = strrchr (stat, ')');
  if (after == NULL || after[1] != ' ')
    return NULL;
  fields = g_strsplit (after + 2, " ", 0);
  if (g_strv_length (fields) < 20)
    return NULL;
  if (g_file_get_contents ("/proc/sys/kernel/random/boot_id", &boot, NULL, NULL))
    g_strstrip (boot);
  return g_strdup_printf ("%s/%s", boot ? boot : "", fields[19]);
}

static const char *
this_process_start (void)
{
  static char *start;
  static gsize done;

  if (g_once_init_enter (&done))
    {
      start = process_start (getpid ());
      g_once_init_leave (&done, 1);
    }
  return start;
}

gboolean
sk_draft_write (const char  *id,
                SkProject   *project,
                GFile       *file,
                const char  *etag,
                gboolean     is_example,
                GError     **error)
{
  g_autofree char *dir = sk_drafts_dir ();
  g_autofree char *path = draft_path (id, ".sakskart");
  g_autofree char *meta = draft_path (id, ".json");
  g_autofree char *data = NULL;
  g_autofree char *meta_text = NULL;
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gsize length;

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errno), "%s: %s", dir, g_strerror (errno));
      return FALSE;
    }
  data = sk_project_to_data (project, &length);
  /* g_file_set_contents() writes a temporary file and renames it. */
  if (!g_file_set_contents_full (path, data, length, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error))
    return FALSE;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "pid");
  json_builder_add_int_value (b, getpid ());
  if (this_process_start () != NULL)
    {
      json_builder_set_member_name (b, "started");
      json_builder_add_string_value (b, this_process_start ());
    }
  json_builder_set_member_name (b, "time");
  json_builder_add_int_value (b, g_get_real_time () / G_USEC_PER_SEC);
  json_builder_set_member_name (b, "title");
  json_builder_add_string_value (b, sk_project_get_title (project));
  json_builder_set_member_name (b, "example");
  json_builder_add_boolean_value (b, is_example);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      json_builder_set_member_name (b, "uri");
      json_builder_add_string_value (b, uri);
    }
  if (etag != NULL)
    {
      json_builder_set_member_name (b, "etag");
      json_builder_add_string_value (b, etag);
    }
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  json_generator_set_root (gen, root);
  meta_text = json_generator_to_data (gen, NULL);
  return g_file_set_contents_full (meta, meta_text, -1, G_FILE_SET_CONTENTS_CONSISTENT, 0600, error);
}

void
sk_draft_remove (const char *id)
{
  g_autofree char *path = draft_path (id, ".sakskart");
  g_autofree char *meta = draft_path (id, ".json");

  g_unlink (path);
  g_unlink (meta);
}

/* A process of ours that still runs owns its drafts: the one that wrote
 * them (`started`, where the draft says), not another given its number
 * since. */
static gboolean
process_alive (gint64      pid,
               const char *started)
{
  g_autofree char *cmdline_path = NULL;
  g_autofree char *cmdline = NULL;
  g_autofree char *now = NULL;

  if (pid <= 0 || (kill ((pid_t) pid, 0) != 0 && errno == ESRCH))
    return FALSE;
  if (started != NULL && (now = process_start (pid)) != NULL && !g_str_equal (now, started))
    return FALSE;
  cmdline_path = g_strdup_printf ("/proc/%" G_GINT64_FORMAT "/cmdline", pid);
  if (!g_file_get_contents (cmdline_path, &cmdline, NULL, NULL))
    return TRUE;   /* no /proc: trust kill() */
  return strstr (cmdline, "sakskart") != NULL || strstr (cmdline, "test-") != NULL;
}

void
sk_draft_free (SkDraft *draft)
{
  if (draft == NULL)
    return;
  g_free (draft->id);
  g_free (draft->path);
  g_free (draft->uri);
  g_free (draft->etag);
  g_free (draft->title);
  g_free (draft);
}

GPtrArray *
sk_drafts_recoverable (void)
{
  GPtrArray *out = g_ptr_array_new_with_free_func ((GDestroyNotify) sk_draft_free);
  g_autofree char *dir_path = sk_drafts_dir ();
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;

  if (dir == NULL)
    return out;
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autofree char *id = NULL;
      g_autofree char *meta = NULL;
      g_autofree char *path = NULL;
      JsonObject *o;
      SkDraft *draft;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      id = g_strndup (name, strlen (name) - 5);
      meta = g_build_filename (dir_path, name, NULL);
      path = draft_path (id, ".sakskart");
      if (!g_file_test (path, G_FILE_TEST_EXISTS) ||
          !json_parser_load_from_file (parser, meta, NULL) ||
          !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
        continue;
      o = json_node_get_object (json_parser_get_root (parser));
      if (process_alive (json_object_get_int_member_with_default (o, "pid", 0),
                         json_object_get_string_member_with_default (o, "started", NULL)))
        continue;
      draft = g_new0 (SkDraft, 1);
      draft->id = g_steal_pointer (&id);
      draft->path = g_steal_pointer (&path);
      draft->uri = g_strdup (json_object_get_string_member_with_default (o, "uri", NULL));
      draft->etag = g_strdup (json_object_get_string_member_with_default (o, "etag", NULL));
      draft->title = g_strdup (json_object_get_string_member_with_default (o, "title", ""));
      draft->is_example = json_object_get_boolean_member_with_default (o, "example", FALSE);
      draft->time = json_object_get_int_member_with_default (o, "time", 0);
      g_ptr_array_add (out, draft);
    }
  return out;
}

SkProject *
sk_draft_load (const SkDraft  *draft,
               GError        **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (draft->path);

  return sk_project_new_from_file (file, NULL, NULL, NULL, error);
}
