/* sk-link-menu.h — "Link to…": a menu of the project's matrices, cost
 * models and timelines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "sk-view.h"

G_BEGIN_DECLS

GtkWidget *sk_link_menu_button_new (SkView     *view,
                                    const char *action);

G_END_DECLS
