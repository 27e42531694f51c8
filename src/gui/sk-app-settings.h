/* sk-app-settings.h — the application's settings, for the windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *sk_app_settings (GApplication *app);

G_END_DECLS
