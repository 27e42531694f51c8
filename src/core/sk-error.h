/* sk-error.h — the error domain of the Sakskart core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SK_PROJECT_ERROR (sk_project_error_quark ())

typedef enum
{
  SK_PROJECT_ERROR_TOO_LARGE,     /* over the size limit */
  SK_PROJECT_ERROR_ENCODING,      /* not UTF-8, or a byte order mark */
  SK_PROJECT_ERROR_SYNTAX,        /* not JSON */
  SK_PROJECT_ERROR_NOT_SAKSKART,  /* JSON, but no "format": "sakskart" */
  SK_PROJECT_ERROR_VERSION,       /* a newer version than we read */
  SK_PROJECT_ERROR_INVALID,       /* breaks a rule of FORMAT.md */
  SK_PROJECT_ERROR_COSTS,         /* a cost model cannot be computed */
  SK_PROJECT_ERROR_NOT_FOUND,     /* no object with that id */
} SkProjectError;

GQuark sk_project_error_quark (void);

G_END_DECLS
