/* crash-trace.c — a test program that stops on a signal says where
 *
 * The tests run with G_DEBUG=fatal-criticals: a critical warning stops
 * the program with SIGTRAP, and the log then shows the warning alone.
 * A rare one (seen once in many runs, on a CI machine, never again
 * here) is only found with the calls that led to it.  Linked whole into
 * the test programs, this prints them (glibc's backtrace (); the
 * programs are linked with -rdynamic, so that the project's own functions
 * are named too) before the signal does what it did before.
 *
 * A handler the sanitizers set already (SIGSEGV, SIGBUS) is kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <execinfo.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static void
say (const char *text)
{
  ssize_t ignored = write (STDERR_FILENO, text, strlen (text));

  (void) ignored;
}

static void
crash_trace_handler (int sig)
{
  void *frames[64];
  int n;

  say ("\n-- the calls that led to signal ");
  say (sig == SIGTRAP ? "SIGTRAP (a fatal warning)" : sig == SIGABRT ? "SIGABRT" :
       sig == SIGSEGV ? "SIGSEGV" : "SIGBUS");
  say (":\n");
  n = backtrace (frames, (int) (sizeof frames / sizeof frames[0]));
  backtrace_symbols_fd (frames, n, STDERR_FILENO);
  say ("--\n");
  signal (sig, SIG_DFL);
  raise (sig);
}

__attribute__((constructor)) static void
crash_trace_install (void)
{
  static const int signals[] = { SIGTRAP, SIGABRT, SIGSEGV, SIGBUS };
  void *frame;

  /* The first backtrace () loads libgcc_s: not in the handler. */
  backtrace (&frame, 1);
  for (unsigned i = 0; i < sizeof signals / sizeof signals[0]; i++)
    {
      struct sigaction old, action;

      if (sigaction (signals[i], NULL, &old) != 0 || old.sa_handler != SIG_DFL)
        continue;
      memset (&action, 0, sizeof action);
      action.sa_handler = crash_trace_handler;
      sigemptyset (&action.sa_mask);
      action.sa_flags = SA_RESETHAND;
      sigaction (signals[i], &action, NULL);
    }
}
