/* sk-properties.h — the project's own properties: its title, its
 * organisation and its member municipalities
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "sk-project.h"

G_BEGIN_DECLS

#define SK_TYPE_PROPERTIES (sk_properties_get_type ())

G_DECLARE_FINAL_TYPE (SkProperties, sk_properties, SK, PROPERTIES, AdwPreferencesWindow)

GtkWindow *sk_properties_new (GtkWindow *parent,
                              SkProject *project);

G_END_DECLS
