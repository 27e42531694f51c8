/* sk-ssb.h — population figures from a CSV file of Statistics Norway's
 * table 07459 (Befolkning, etter region, alder, år)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-history.h"

G_BEGIN_DECLS

typedef struct
{
  char   *number;      /* kommunenummer, "4640" */
  char   *region;      /* as written, "4640 Sogndal" or "K-4640 Sogndal" */
  gint64  population;  /* -1 when the file has no total and its groups leave
                        * ages out */
  gint64  age_0_17;    /* -1 when the age groups do not separate 17 and 18 */
  gint64  age_0_24;    /* -1 likewise for 24 and 25 */
  guint   missing_line; /* the first line giving "." (category not in use)
                         * or another of SSB's symbols for no figure
                         * ("..", "...", ":") instead of a figure, or 0 */
  const char *missing_symbol; /* that symbol (static), or NULL */
} SkSsbRegion;

typedef struct
{
  char      *year;     /* the year the figures are for, "2025" */
  GPtrArray *regions;  /* of SkSsbRegion */
} SkSsbTable;

/* Reads the statbank's CSV (semicolons) and its API's (commas), in UTF-8,
 * UTF-16 with a byte order mark, or Windows-1252/Latin-1 as spreadsheets
 * save it; regions as "4640 Sogndal" or "K-4640 Sogndal"; sex as a column
 * or in the column headings, summed.  Refuses, naming the line, what would
 * give a wrong figure: a row without a figure, a quoted field over two
 * lines, a region that is not a municipality (a city district's six
 * digits), a total that is not the sum of age groups that cover every
 * age, a year that is not one ("2O25"). */
SkSsbTable *sk_ssb_table_parse (const char  *data,
                                gsize        length,
                                GError     **error);
void        sk_ssb_table_free  (SkSsbTable  *table);

/* Writes the figures into the municipalities with the same kommunenummer,
 * with their source.  Fails, changing nothing, when no municipality of the
 * project is in the table, or the table gives "." for one of them.  Returns
 * the number of municipalities updated;  one step of `history` (which may
 * be NULL), "Import Figures from SSB". `notes` (if not NULL) receives
 * sentences for the user: municipalities the table did not have, and
 * figures that could not be computed from its age groups. */
int         sk_edit_import_ssb_figures (SkHistory   *history,
                                        SkProject   *project,
                                        SkSsbTable  *table,
                                        GPtrArray  **notes,
                                        GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SkSsbTable, sk_ssb_table_free)

G_END_DECLS
