/* bench-load.c — load (and save) a project file N times; prints the median
 * milliseconds of parsing alone with json-glib (the baseline), of a full
 * load with validation, of serialising, of a plain write of the bytes
 * (g_file_set_contents, the baseline of saving) and of Sakskart's save
 * (serialise, atomic replace through GIO with etag and backup).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "sk-project.h"
#include "bench-util.h"

int
main (int    argc,
      char **argv)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gsize length;
  int runs = argc > 2 ? atoi (argv[2]) : 7;
  g_autofree double *parse = g_new (double, runs);
  g_autofree double *load = g_new (double, runs);
  g_autofree double *save = g_new (double, runs);
  g_autofree double *write = g_new (double, runs);
  g_autofree double *file_save = g_new (double, runs);
  g_autofree char *dir = g_dir_make_tmp ("sakskart-bench-XXXXXX", NULL);
  g_autofree char *plain = g_build_filename (dir, "plain.sakskart", NULL);
  g_autofree char *target = g_build_filename (dir, "saved.sakskart", NULL);
  g_autofree char *backup = g_strconcat (target, "~", NULL);
  g_autoptr(GFile) target_file = g_file_new_for_path (target);

  if (argc < 2 || !g_file_get_contents (argv[1], &text, &length, &error))
    {
      g_printerr ("usage: bench-load FILE [RUNS]%s%s\n", error ? ": " : "", error ? error->message : "");
      return 2;
    }
  for (int i = 0; i < runs; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new_immutable ();
      g_autoptr(SkProject) project = NULL;
      g_autofree char *out = NULL;
      gsize out_length;
      gint64 t0 = g_get_monotonic_time ();

      json_parser_load_from_data (parser, text, length, NULL);
      parse[i] = (g_get_monotonic_time () - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      project = sk_project_new_from_data (text, length, NULL, &error);
      load[i] = (g_get_monotonic_time () - t0) / 1000.0;
      if (project == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      t0 = g_get_monotonic_time ();
      out = sk_project_to_data (project, &out_length);
      save[i] = (g_get_monotonic_time () - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      if (!g_file_set_contents (plain, out, out_length, &error))
        g_error ("%s", error->message);
      write[i] = (g_get_monotonic_time () - t0) / 1000.0;

      t0 = g_get_monotonic_time ();
      if (!sk_project_save_file (project, target_file, NULL, NULL, NULL, &error))
        g_error ("%s", error->message);
      file_save[i] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  g_print ("%.1f %.1f %.1f %.1f %.1f\n", bench_median (parse, runs), bench_median (load, runs), bench_median (save, runs),
           bench_median (write, runs), bench_median (file_save, runs));
  g_unlink (plain);
  g_unlink (target);
  g_unlink (backup);
  g_rmdir (dir);
  return 0;
}
