/* sk-meeting-state.c — where a meeting in meeting mode stands, observed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define G_LOG_DOMAIN "sk-meeting-state"

#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "sk-agenda.h"
#include "sk-format.h"
#include "sk-meeting-session.h"
#include "sk-meeting-state.h"

struct _SkMeetingState
{
  GObject           parent_instance;

  SkProject        *project;
  char             *meeting_id;
  SkMeetingSession *session;     /* the project's: kept for the next time */
  gboolean          resumed;
  guint             position;
  GArray           *elapsed;     /* gint64 µs per item, the shown one's up to shown_since */
  gint64            shown_since; /* monotonic µs */
  guint             tick_id;
  SkProject        *sandbox;
  char             *linked;
  GFile            *store;       /* the session kept outside the project, or NULL */
  guint             ticks;
};

enum {
  PROP_0,
  PROP_POSITION,
  PROP_SANDBOX,
  PROP_LINKED,
  N_PROPS
};

enum {
  TICK,
  ITEMS_CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SkMeetingState, sk_meeting_state, G_TYPE_OBJECT)

SkMeeting *
sk_meeting_state_get_meeting (SkMeetingState *self)
{
  g_return_val_if_fail (SK_IS_MEETING_STATE (self), NULL);
  return sk_project_find_meeting (self->project, self->meeting_id);
}

static guint
n_items (SkMeetingState *self)
{
  SkMeeting *m = sk_meeting_state_get_meeting (self);

  return m ? m->items->len : 0;
}

/* The session into its store, if it has one: a small file written
 * whole.  A failure costs only the resuming after a crash, so it is
 * told in the log, not to the chair in the meeting. */
static void
write_store (SkMeetingState *self)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;

  if (self->store == NULL)
    return;
  sk_meeting_state_save (self);
  data = sk_meeting_session_to_data (self->session, self->meeting_id, now);
  folder = g_file_get_parent (self->store);
  if ((!g_file_make_directory_with_parents (folder, NULL, &error) &&
       !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS)))
    {
      g_info ("Could not keep where the meeting stands: %s", error->message);
      return;
    }
  g_clear_error (&error);
  if (!g_file_replace_contents (self->store, data, strlen (data), NULL, FALSE, G_FILE_CREATE_PRIVATE,
                                NULL, NULL, &error))
    g_info ("Could not keep where the meeting stands: %s", error->message);
}

static gboolean
tick_cb (gpointer data)
{
  SkMeetingState *self = data;

  g_signal_emit (self, signals[TICK], 0);
  /* The times, every half minute. */
  if (++self->ticks % 30 == 0)
    write_store (self);
  return G_SOURCE_CONTINUE;
}

/* An edit or an undo of the papers: the item shown may read otherwise. */
static void
project_changed_cb (SkMeetingState *self)
{
  /* Items added or removed: a time for each. */
  if (self->elapsed->len < n_items (self))
    g_array_set_size (self->elapsed, n_items (self));
  g_signal_emit (self, signals[ITEMS_CHANGED], 0);
}

/* Position and times from the session. */
static void
read_session (SkMeetingState *self,
              SkMeeting      *m)
{
  self->resumed = sk_meeting_session_is_started (self->session);
  g_array_set_size (self->elapsed, m->items->len);
  for (guint i = 0; i < m->items->len; i++)
    g_array_index (self->elapsed, gint64, i) =
      sk_meeting_session_get_elapsed (self->session, ((SkItem *) g_ptr_array_index (m->items, i))->id);
  self->position = sk_meeting_session_get_position (self->session, m);
  self->shown_since = g_get_monotonic_time ();
}

SkMeetingState *
sk_meeting_state_new (SkProject  *project,
                      const char *meeting_id)
{
  SkMeetingState *self;
  SkMeeting *m;

  g_return_val_if_fail (SK_IS_PROJECT (project), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);
  m = sk_project_find_meeting (project, meeting_id);
  g_return_val_if_fail (m != NULL, NULL);

  self = g_object_new (SK_TYPE_MEETING_STATE, NULL);
  self->project = g_object_ref (project);
  self->meeting_id = g_strdup (meeting_id);
  self->session = sk_meeting_session_get (project, meeting_id);
  read_session (self, m);
  self->tick_id = g_timeout_add_seconds (1, tick_cb, self);
  g_signal_connect_object (project, "changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-changed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-inserted", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-removed", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (project, "record-moved", G_CALLBACK (project_changed_cb), self, G_CONNECT_SWAPPED);
  return self;
}

GFile *
sk_meeting_state_store_for (GFile      *project_file,
                            const char *meeting_id)
{
  g_autofree char *uri = NULL, *key = NULL, *name = NULL;

  g_return_val_if_fail (G_IS_FILE (project_file), NULL);
  g_return_val_if_fail (meeting_id != NULL, NULL);

  uri = g_file_get_uri (project_file);
  key = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  name = g_strdup_printf ("%.32s-%s.json", key, meeting_id);
  return g_file_new_build_filename (g_get_user_state_dir (), "sakskart", "meetings", name, NULL);
}

gboolean
sk_meeting_state_keep_in (SkMeetingState *self,
                          GFile          *store)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *data = NULL;
  gsize length = 0;
  gboolean taken = FALSE;
  SkMeeting *m;

  g_return_val_if_fail (SK_IS_MEETING_STATE (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (store), FALSE);

  g_set_object (&self->store, store);
  m = sk_meeting_state_get_meeting (self);
  if (m != NULL && !self->resumed &&
      g_file_load_contents (store, NULL, &data, &length, NULL, NULL) &&
      sk_meeting_session_take_data (self->session, self->meeting_id, data, length, now, SK_MEETING_STATE_KEPT))
    {
      guint before = self->position;

      read_session (self, m);
      taken = self->resumed;
      if (self->position != before)
        g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
      g_signal_emit (self, signals[TICK], 0);
    }
  return taken;
}

SkProject *
sk_meeting_state_get_project (SkMeetingState *self)
{
  g_return_val_if_fail (SK_IS_MEETING_STATE (self), NULL);
  return self->project;
}

const char *
sk_meeting_state_get_meeting_id (SkMeetingState *self)
{
  g_return_val_if_fail (SK_IS_MEETING_STATE (self), NULL);
  return self->meeting_id;
}

gboolean
sk_meeting_state_get_resumed (SkMeetingState *self)
{
  g_return_val_if_fail (SK_IS_MEETING_STATE (self), FALSE);
  return self->resumed;
}

guint
sk_meeting_state_get_position (SkMeetingState *self)
{
  g_return_val_if_fail (SK_IS_MEETING_STATE (self), 0);
  return self->position;
}

SkItem *
sk_meeting_state_get_item (SkMeetingState *self)
{
  SkMeeting *m;

  g_return_val_if_fail (SK_IS_MEETING_STATE (self), NULL);
  m = sk_meeting_state_get_meeting (self);
  if (m == NULL || self->position >= m->items->len)
    return NULL;
  return g_ptr_array_index (m->items, self->position);
}

void
sk_meeting_state_set_position (SkMeetingState *self,
                               guint           position)
{
  gint64 now = g_get_monotonic_time ();
  guint n;

  g_return_if_fail (SK_IS_MEETING_STATE (self));
  n = n_items (self);
  if (n == 0)
    return;
  position = MIN (position, n - 1);
  if (position == self->position)
    return;
  if (self->position < self->elapsed->len)
    g_array_index (self->elapsed, gint64, self->position) += now - self->shown_since;
  self->position = position;
  self->shown_since = now;
  write_store (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

gint64
sk_meeting_state_get_elapsed (SkMeetingState *self,
                              guint           position)
{
  gint64 us;

  g_return_val_if_fail (SK_IS_MEETING_STATE (self), 0);
  if (position >= self->elapsed->len)
    return 0;
  us = g_array_index (self->elapsed, gint64, position);
  if (position == self->position)
    us += g_get_monotonic_time () - self->shown_since;
  return us;
}

void
sk_meeting_state_restart (SkMeetingState *self)
{
  g_return_if_fail (SK_IS_MEETING_STATE (self));

  sk_meeting_state_set_position (self, 0);
  for (guint i = 0; i < self->elapsed->len; i++)
    g_array_index (self->elapsed, gint64, i) = 0;
  self->shown_since = g_get_monotonic_time ();
  sk_meeting_session_reset (self->session);
  write_store (self);
  g_signal_emit (self, signals[TICK], 0);
}

void
sk_meeting_state_save (SkMeetingState *self)
{
  SkMeeting *m;
  SkItem *item;

  g_return_if_fail (SK_IS_MEETING_STATE (self));
  m = sk_meeting_state_get_meeting (self);
  item = sk_meeting_state_get_item (self);
  for (guint i = 0; m != NULL && i < m->items->len && i < self->elapsed->len; i++)
    sk_meeting_session_set_elapsed (self->session, ((SkItem *) g_ptr_array_index (m->items, i))->id,
                                    sk_meeting_state_get_elapsed (self, i));
  sk_meeting_session_set_item (self->session, item ? item->id : NULL);
}

SkProject *
sk_meeting_state_get_sandbox (SkMeetingState *self)
{
  g_return_val_if_fail (SK_IS_MEETING_STATE (self), NULL);
  return self->sandbox;
}

void
sk_meeting_state_set_sandbox (SkMeetingState *self,
                              SkProject      *sandbox)
{
  g_return_if_fail (SK_IS_MEETING_STATE (self));
  if (g_set_object (&self->sandbox, sandbox))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SANDBOX]);
}

const char *
sk_meeting_state_get_linked (SkMeetingState *self)
{
  g_return_val_if_fail (SK_IS_MEETING_STATE (self), NULL);
  return self->linked;
}

void
sk_meeting_state_set_linked (SkMeetingState *self,
                             const char     *title)
{
  g_return_if_fail (SK_IS_MEETING_STATE (self));
  if (g_strcmp0 (self->linked, title) == 0)
    return;
  g_free (self->linked);
  self->linked = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LINKED]);
}

static char *
format_minutes_seconds (gint64 us)
{
  gint64 s = us / G_USEC_PER_SEC;

  return g_strdup_printf ("%" G_GINT64_FORMAT ":%02d", s / 60, (int) (s % 60));
}

void
sk_meeting_state_describe_time (SkMeetingState *self,
                                char          **clock,
                                char          **timer,
                                gboolean       *over,
                                char          **schedule)
{
  SkMeeting *m;
  SkItem *item;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int now_min = g_date_time_get_hour (now) * 60 + g_date_time_get_minute (now);
  g_autofree char *spent = NULL;
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  g_autofree int *starts = NULL;
  gint64 elapsed;
  int end = 0;

  g_return_if_fail (SK_IS_MEETING_STATE (self));
  m = sk_meeting_state_get_meeting (self);
  item = sk_meeting_state_get_item (self);
  *clock = sk_format_time (now_min);
  *timer = NULL;
  *over = FALSE;
  *schedule = NULL;
  if (item == NULL)
    return;

  elapsed = sk_meeting_state_get_elapsed (self, self->position);
  spent = format_minutes_seconds (elapsed);
  if (item->duration_min > 0)
    {
      *over = elapsed > (gint64) item->duration_min * 60 * G_USEC_PER_SEC;
      /* Translators: time spent on an item, and the minutes planned for it */
      *timer = g_strdup_printf (ngettext ("%s of %d minute", "%s of %d minutes", item->duration_min),
                                spent, item->duration_min);
    }
  else
    *timer = g_strdup (spent);

  /* Where the meeting stands against its plan: the item was planned to
   * start at a time; it is later (or earlier) than that now.  Only on the
   * day of the meeting: a rehearsal the day before is not "a thousand
   * minutes ahead". */
  starts = g_new0 (int, m->items->len + 1);
  if (g_strcmp0 (today, m->date) == 0 && sk_meeting_item_times (m, starts, &end))
    {
      int planned_start = starts[self->position];
      int started = now_min - (int) (elapsed / (60 * G_USEC_PER_SEC));
      int behind = started - planned_start;

      if (behind > 0)
        *schedule = g_strdup_printf (ngettext ("%d minute behind the plan", "%d minutes behind the plan", behind), behind);
      else if (behind < 0)
        *schedule = g_strdup_printf (ngettext ("%d minute ahead of the plan", "%d minutes ahead of the plan", -behind),
                                     -behind);
      else
        *schedule = g_strdup (_("On time"));
    }
}

static void
sk_meeting_state_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SkMeetingState *self = SK_MEETING_STATE (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;
    case PROP_SANDBOX:
      g_value_set_object (value, self->sandbox);
      break;
    case PROP_LINKED:
      g_value_set_string (value, self->linked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_meeting_state_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SkMeetingState *self = SK_MEETING_STATE (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      sk_meeting_state_set_position (self, g_value_get_uint (value));
      break;
    case PROP_SANDBOX:
      sk_meeting_state_set_sandbox (self, g_value_get_object (value));
      break;
    case PROP_LINKED:
      sk_meeting_state_set_linked (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
sk_meeting_state_dispose (GObject *object)
{
  SkMeetingState *self = SK_MEETING_STATE (object);

  g_clear_handle_id (&self->tick_id, g_source_remove);
  if (self->session != NULL && self->project != NULL)
    {
      sk_meeting_state_save (self);
      write_store (self);
    }
  self->session = NULL;
  g_clear_object (&self->store);
  g_clear_object (&self->sandbox);
  g_clear_object (&self->project);
  G_OBJECT_CLASS (sk_meeting_state_parent_class)->dispose (object);
}

static void
sk_meeting_state_finalize (GObject *object)
{
  SkMeetingState *self = SK_MEETING_STATE (object);

  g_free (self->meeting_id);
  g_free (self->linked);
  g_array_unref (self->elapsed);
  G_OBJECT_CLASS (sk_meeting_state_parent_class)->finalize (object);
}

static void
sk_meeting_state_class_init (SkMeetingStateClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = sk_meeting_state_get_property;
  object_class->set_property = sk_meeting_state_set_property;
  object_class->dispose = sk_meeting_state_dispose;
  object_class->finalize = sk_meeting_state_finalize;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SANDBOX] =
    g_param_spec_object ("sandbox", NULL, NULL, SK_TYPE_PROJECT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LINKED] =
    g_param_spec_string ("linked", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Every second: the timer of the item shown, and the clock. */
  signals[TICK] = g_signal_new ("tick", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                NULL, NULL, NULL, G_TYPE_NONE, 0);
  /* The papers changed (an edit, an undo): the items may read otherwise. */
  signals[ITEMS_CHANGED] = g_signal_new ("items-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
sk_meeting_state_init (SkMeetingState *self)
{
  self->elapsed = g_array_new (FALSE, TRUE, sizeof (gint64));
}
