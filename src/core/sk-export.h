/* sk-export.h — tables for files and the clipboard: CSV, spreadsheet CSV,
 * tab-separated text, HTML and JSON, the same for the CLI and the window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "sk-costs.h"
#include "sk-matrix.h"

G_BEGIN_DECLS

typedef enum
{
  SK_EXPORT_TEXT,
  SK_EXPORT_INTEGER,            /* a whole number */
  SK_EXPORT_KR,                 /* whole kroner */
  SK_EXPORT_DECIMAL,            /* a number with a fixed count of decimals */
  SK_EXPORT_PERCENT,            /* a number of percent, with decimals */
} SkExportKind;

typedef enum
{
  /* RFC 4180 fields, "," between them, the columns' keys as the header,
   * "." as the decimal sign: for programs. */
  SK_EXPORT_CSV,
  /* For a spreadsheet on a Norwegian desktop: UTF-8 with a byte order
   * mark, ";" between the fields, the decimal comma, translated headings,
   * the notes above the table, CRLF line ends. */
  SK_EXPORT_CSV_NO,
  /* Tab-separated plain text for the clipboard: the notes, the headings,
   * numbers in the locale's decimal sign without units or grouping. */
  SK_EXPORT_TSV,
  /* An HTML table for the clipboard, numbers formatted for reading. */
  SK_EXPORT_HTML,
} SkExportFormat;

typedef struct _SkExportTable SkExportTable;

SkExportTable *sk_export_table_new        (void);
void           sk_export_table_free       (SkExportTable  *table);
/* A line said above the table: what it shows. */
void           sk_export_table_add_note   (SkExportTable  *table,
                                           const char     *note);
/* `key` heads the column in CSV and names it in JSON; `heading` is the
 * translated heading of the other formats.  `decimals` of -1 keeps a
 * double as it is (the shortest text that reads back the same). */
void           sk_export_table_add_column (SkExportTable  *table,
                                           const char     *key,
                                           const char     *heading,
                                           SkExportKind    kind,
                                           int             decimals);
/* Starts a row; a sum row is set apart in HTML. */
void           sk_export_table_add_row    (SkExportTable  *table,
                                           gboolean        is_sum);
void           sk_export_table_add_text   (SkExportTable  *table,
                                           const char     *text);
void           sk_export_table_add_integer (SkExportTable *table,
                                            gint64         value);
/* A number written with "." and digits only, "15.8053" (exact). */
void           sk_export_table_add_number (SkExportTable  *table,
                                           const char     *ascii);
/* A finite double, rounded to the column's decimals. */
void           sk_export_table_add_double (SkExportTable  *table,
                                           double          value);
void           sk_export_table_add_empty  (SkExportTable  *table);

char          *sk_export_table_to_string  (SkExportTable  *table,
                                           SkExportFormat  format,
                                           gsize          *length);
/* An array of one object per row, members named by the columns' keys;
 * integers and kroner as JSON integers, numbers given exactly (with
 * sk_export_table_add_number ()) as their text, other numbers as doubles. */
JsonNode      *sk_export_table_to_json    (SkExportTable  *table);

/* Parses "csv", "csv-no"; FALSE for anything else. */
gboolean       sk_export_format_parse     (const char     *name,
                                           SkExportFormat *format);

/* The split of a cost model.  With `full`, the table says which model,
 * scenario and percentages it shows, has the equal and variable parts
 * and a sum row; without, it is the three columns for programs
 * (municipality, amount_kr, share_percent). */
SkExportTable *sk_export_cost_table       (SkProject          *project,
                                           const SkCostModel  *model,
                                           const SkScenario   *scenario,
                                           const SkCostResult *result,
                                           gboolean            full);
/* The ranking of a matrix (results by rank).  Without `full`: candidate,
 * score (2 decimals), percent (1 decimal), rank; with: translated, and a
 * whole-number score without decimals. */
SkExportTable *sk_export_matrix_table     (SkProject          *project,
                                           const SkMatrix     *matrix,
                                           GArray             *results,
                                           gboolean            full);

/* A meeting's agenda: which meeting, then number, title, kind, presenter
 * and start time of each item. */
SkExportTable *sk_export_agenda_table     (SkProject          *project,
                                           const SkMeeting    *meeting);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkExportTable, sk_export_table_free)

G_END_DECLS
