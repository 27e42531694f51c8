/* sk-startup-thread.h — the threads that work beside the first window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

GThread *sk_startup_thread_new (const char *name,
                                GThreadFunc func,
                                gpointer    data);

G_END_DECLS
