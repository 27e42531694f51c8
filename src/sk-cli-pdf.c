/* sk-cli-pdf.c — sakskart-cli export-pdf: the board pack (the members' or
 * the public version), the minutes, or the extract of one case
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sakskart-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <stdlib.h>

#include "sk-cli-output.h"
#include "sk-project.h"
#include "sk-render.h"

enum {
  EXIT_OK = 0,
  EXIT_INVALID = 1,
};

int
cli_export_pdf (int    argc,
                char **argv)
{
  g_autoptr(SkProject) project = NULL;
  g_autoptr(GError) error = NULL;
  const char *file = NULL, *meeting_id = NULL, *output = NULL, *extract = NULL;
  gboolean minutes = FALSE, public = FALSE;
  SkMeeting *meeting = NULL;
  SkMeetingDoc kind = SK_MEETING_DOC_PACK;
  static const char * const pdf[] = { ".pdf", NULL };

  const CliOption options[] = {
    { "--meeting", &meeting_id, NULL },
    { "-o", &output, NULL },
    { "--minutes", NULL, &minutes },
    { "--extract", &extract, NULL },
    { "--public", NULL, &public },
    { NULL, NULL, NULL },
  };
  int status = EXIT_OK;

  if (!cli_scan_args (argc, argv, options, FALSE, &file, &status))
    return status;
  if (file == NULL || output == NULL)
    return cli_usage_error (_("export-pdf needs a file and -o OUT.pdf"));
  if ((minutes ? 1 : 0) + (extract ? 1 : 0) + (public ? 1 : 0) > 1)
    return cli_usage_error (_("--minutes, --extract and --public each make another document; give one of them"));
  if (!cli_check_output (output, file, pdf, FALSE, &status))
    return status;
  if ((project = sk_cli_load (file)) == NULL)
    return EXIT_INVALID;
  if (meeting_id != NULL)
    meeting = sk_project_find_meeting (project, meeting_id);
  else
    {
      /* The meeting with an agenda that comes first by date. */
      GPtrArray *meetings = sk_project_get_meetings (project);

      for (guint i = 0; i < meetings->len; i++)
        {
          SkMeeting *m = g_ptr_array_index (meetings, i);

          if (m->items->len > 0 && (meeting == NULL || g_strcmp0 (m->date, meeting->date) < 0))
            meeting = m;
        }
    }
  if (meeting == NULL)
    {
      if (meeting_id)
        g_printerr (_("sakskart-cli: %s: no meeting has the id “%s”\n"), file, meeting_id);
      else
        g_printerr (_("sakskart-cli: %s: the project has no meeting with an agenda\n"), file);
      return EXIT_INVALID;
    }
  if (extract != NULL)
    {
      gboolean found = FALSE;

      for (guint i = 0; i < meeting->items->len && !found; i++)
        found = g_strcmp0 (((SkItem *) g_ptr_array_index (meeting->items, i))->id, extract) == 0;
      if (!found)
        {
          g_printerr (_("sakskart-cli: %s: the meeting “%s” has no item with the id “%s”\n"),
                      file, meeting->id, extract);
          return EXIT_INVALID;
        }
      kind = SK_MEETING_DOC_EXTRACT;
    }
  else if (minutes)
    kind = SK_MEETING_DOC_MINUTES;
  else if (public)
    kind = SK_MEETING_DOC_PUBLIC_PACK;
  if (!sk_render_meeting_document (project, meeting, kind, extract, output, &error))
    return cli_error (NULL, error);
  return EXIT_OK;
}
