/* sk-startup-thread.c — the threads that work beside the first window
 *
 * A start reads the project, makes the fonts ready and reads the icon
 * theme in threads of their own while GTK and libadwaita start and the
 * window is built.  On a laptop of two cores those threads and the
 * window's own share the cores with the display server, and the window
 * waited for them: the threads run at a lower priority than the window,
 * so that they take what the window leaves.  The window still waits for
 * what it needs of them (the file, the fonts); a thread waited for runs
 * alone then.
 *
 * Measured on the dense 2,000-task project's start (README, "Where the
 * dense project's start goes"): 0.015–0.03 of the bare window's time
 * sooner than at one priority, in three runs of 100–150 alternating
 * rounds (each within the machine's noise, all three the same way).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-startup-thread"

#include "config.h"

#include <errno.h>
#ifdef __linux__
#include <sys/resource.h>
#endif

#include "sk-startup-thread.h"

/* Nice 10: a tenth of a core's time against the window's thread when
 * both want the same core, all of it when the window waits. */
#define STARTUP_NICE 10

typedef struct
{
  GThreadFunc func;
  gpointer    data;
} Start;

static gpointer
startup_thread_func (gpointer data)
{
  Start start = *(Start *) data;

  g_free (data);
#ifdef __linux__
  /* On Linux a thread's nice value is its own (PRIO_PROCESS with 0 is
   * the calling thread).  Only lowered: nothing is lost where it fails. */
  if (setpriority (PRIO_PROCESS, 0, STARTUP_NICE) != 0)
    g_debug ("The start-up thread keeps its priority: %s", g_strerror (errno));
#endif
  return start.func (start.data);
}

/**
 * sk_startup_thread_new:
 * @name: the thread's name (for a debugger)
 * @func: what it does
 * @data: for @func
 *
 * Starts a thread, as g_thread_new () does, that runs at a lower priority
 * than the window's: for the work a start does beside the first window.
 *
 * Returns: (transfer full): the thread; join it, or unref it
 */
GThread *
sk_startup_thread_new (const char *name,
                       GThreadFunc func,
                       gpointer    data)
{
  Start *start;

  g_return_val_if_fail (func != NULL, NULL);

  start = g_new (Start, 1);
  start->func = func;
  start->data = data;
  return g_thread_new (name, startup_thread_func, start);
}
