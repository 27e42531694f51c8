/* sk-presenter-keys.c — meeting mode's keys
 *
 * A presenter's clicker sends Page Down and Page Up (some send → and ←,
 * or space).  Those keys always move between the items, whatever has
 * the focus: they are taken at the window, before the focused widget
 * (a live cost model's equal-part field would otherwise take Page Down
 * as "−10").  Text is typed in meeting mode only in its dialogs (the
 * decision, the name of a kept what-if), which are windows of their
 * own, where space is a space.  The other keys (↑ and ↓, Home, End, O,
 * S, Esc, Ctrl+D, the record's A, I, P, V, R…) go to the focused
 * widget first, so that a slider still moves with ↑ and ↓ and a list
 * still scrolls with Home and End (and the attendance page has its own
 * space and arrows while meeting mode's moves are off).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-presenter"

#include "config.h"

#include "sk-presenter-private.h"

typedef struct
{
  guint            keyval;
  GdkModifierType  modifiers;
  const char      *action;
} Key;

static const Key clicker_keys[] = {
  { GDK_KEY_Page_Down, 0, "mm.next" },
  { GDK_KEY_KP_Page_Down, 0, "mm.next" },
  { GDK_KEY_Right, 0, "mm.next" },
  { GDK_KEY_KP_Right, 0, "mm.next" },
  { GDK_KEY_space, 0, "mm.next" },
  { GDK_KEY_Page_Up, 0, "mm.previous" },
  { GDK_KEY_KP_Page_Up, 0, "mm.previous" },
  { GDK_KEY_Left, 0, "mm.previous" },
  { GDK_KEY_KP_Left, 0, "mm.previous" },
};

static const Key other_keys[] = {
  { GDK_KEY_Down, 0, "mm.next" },
  { GDK_KEY_BackSpace, 0, "mm.previous" },
  { GDK_KEY_Up, 0, "mm.previous" },
  { GDK_KEY_Home, 0, "mm.first" },
  { GDK_KEY_End, 0, "mm.last" },
  { GDK_KEY_o, 0, "mm.overview" },
  { GDK_KEY_s, 0, "mm.style" },
  { GDK_KEY_Escape, 0, "mm.leave" },
  { GDK_KEY_F5, 0, "mm.leave" },
  { GDK_KEY_d, GDK_CONTROL_MASK, "mm.record" },
  { GDK_KEY_e, GDK_CONTROL_MASK, "mm.edit-decision" },
  { GDK_KEY_z, GDK_CONTROL_MASK, "mm.undo" },
  { GDK_KEY_z, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "mm.redo" },
  /* The record (sk-presenter-record.c) */
  { GDK_KEY_a, 0, "mr.attendance" },
  { GDK_KEY_i, 0, "mr.disqualify" },
  { GDK_KEY_i, GDK_CONTROL_MASK, "mr.disqualify" },
  { GDK_KEY_p, 0, "mr.proposal" },
  { GDK_KEY_v, 0, "mr.vote" },
  { GDK_KEY_r, 0, "mr.remark" },
};

static GtkEventController *
shortcuts_new (GtkPropagationPhase phase)
{
  GtkEventController *shortcuts = gtk_shortcut_controller_new ();

  gtk_shortcut_controller_set_scope (GTK_SHORTCUT_CONTROLLER (shortcuts), GTK_SHORTCUT_SCOPE_LOCAL);
  gtk_event_controller_set_propagation_phase (shortcuts, phase);
  gtk_event_controller_set_name (shortcuts, phase == GTK_PHASE_CAPTURE ? "mm-clicker" : "mm-keys");
  return shortcuts;
}

static void
add_keys (GtkEventController *shortcuts,
          const Key          *keys,
          guint               n_keys)
{
  for (guint i = 0; i < n_keys; i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                          gtk_shortcut_new (gtk_keyval_trigger_new (keys[i].keyval, keys[i].modifiers),
                                                            gtk_named_action_new (keys[i].action)));
}

void
sk_presenter_add_shortcuts (GtkWidget *window,
                            gboolean   all_first)
{
  GtkEventController *first = shortcuts_new (GTK_PHASE_CAPTURE);
  GtkEventController *then = all_first ? first : shortcuts_new (GTK_PHASE_BUBBLE);

  add_keys (first, clicker_keys, G_N_ELEMENTS (clicker_keys));
  add_keys (then, other_keys, G_N_ELEMENTS (other_keys));
  gtk_widget_add_controller (window, first);
  if (then != first)
    gtk_widget_add_controller (window, then);
}
