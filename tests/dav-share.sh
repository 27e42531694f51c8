#!/bin/sh
# Runs a test program against a real WebDAV folder: Apache's mod_dav of its
# own on 127.0.0.1 (a free port, a folder in a temporary folder that asks
# for a login, its own configuration, no system service), a session bus of
# its own and GVfs's daemon, with the folder mounted as
# dav://sakskart@127.0.0.1:PORT/FOLDER/ (the password given on standard
# input, as a user types it; a folder name of its own).  The same environment as smb-share.sh:
# SK_SHARE_URI, SK_SHARE_DIR, SK_SHARE_CONTROL (stop, start).  Everything it
# started is stopped at the end, also on failure.  Fails, never skips, when
# the folder cannot be had: a GVfs that cannot mount it fails the test.
#
#   dav-share.sh PROGRAM [ARGUMENT…]
set -eu

tests=$(cd "$(dirname "$0")" && pwd)

bail() {
  echo "Bail out! dav-share.sh: $*" >&2
  exit 1
}

apache() {
  APACHE_RUN_DIR="$SK_DAV_STATE/run" APACHE_LOG_DIR="$SK_DAV_STATE" \
    apache2 -f "$SK_DAV_STATE/httpd.conf" -k "$1" 2>>"$SK_DAV_STATE/apache.log"
}

# Starts Apache on the port in $SK_DAV_STATE/port.  Fails when Apache
# itself does not listen there within five seconds: another program may
# have taken the port since it was found free, and a connection would
# reach that one instead.
start_apache() {
  sed "s/@PORT@/$(cat "$SK_DAV_STATE/port")/" "$SK_DAV_STATE/httpd.conf.in" >"$SK_DAV_STATE/httpd.conf"
  apache start || return 1
  port=$(cat "$SK_DAV_STATE/port")
  for _ in $(seq 100); do
    if [ -s "$SK_DAV_STATE/run/httpd.pid" ] &&
       "$tests/listens.py" "$port" "$(cat "$SK_DAV_STATE/run/httpd.pid")"; then
      return 0
    fi
    sleep 0.05
  done
  stop_apache
  return 1
}

stop_apache() {
  [ -f "$SK_DAV_STATE/run/httpd.pid" ] || return 0
  pid=$(cat "$SK_DAV_STATE/run/httpd.pid")
  apache stop || kill "$pid" 2>/dev/null || true
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.05
  done
  kill -KILL "$pid" 2>/dev/null || true
}

case "${1:-}" in
  stop) stop_apache; exit 0 ;;
  start)
    start_apache || { cat "$SK_DAV_STATE/apache.log" "$SK_DAV_STATE/error.log" >&2 || true;
                      bail "Apache did not listen again on port $(cat "$SK_DAV_STATE/port")"; }
    exit 0 ;;
  "") echo "usage: $0 PROGRAM [ARGUMENT…]" >&2; exit 2 ;;
esac

if [ "${SK_DAV_INSIDE:-}" = 1 ]; then
  cleanup() {
    status=$?
    [ -n "${gvfsd_pid:-}" ] && kill "$gvfsd_pid" 2>/dev/null
    stop_apache
    rm -rf "$SK_DAV_STATE"
    exit $status
  }
  trap cleanup EXIT
  trap 'exit 1' INT TERM

  /usr/libexec/gvfsd --no-fuse >"$SK_DAV_STATE/gvfsd.log" 2>&1 &
  gvfsd_pid=$!
  # A port nothing listens on; another one when it was taken before
  # Apache had it.
  for attempt in 1 2 3 4 5; do
    python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])" \
      >"$SK_DAV_STATE/port"
    start_apache && break
    if [ "$attempt" = 5 ]; then
      cat "$SK_DAV_STATE/apache.log" "$SK_DAV_STATE/error.log" >&2 || true
      bail "Apache did not listen on a port of its own"
    fi
  done
  SK_SHARE_URI="dav://sakskart@127.0.0.1:$(cat "$SK_DAV_STATE/port")/$SK_DAV_FOLDER/"
  export SK_SHARE_URI
  # "gio mount" asks for the password on standard input.
  if ! printf '%s\n' "$SK_DAV_PASSWORD" | timeout 20 gio mount "$SK_SHARE_URI" \
         >"$SK_DAV_STATE/mount.log" 2>&1; then
    cat "$SK_DAV_STATE/mount.log" "$SK_DAV_STATE/gvfsd.log" "$SK_DAV_STATE/error.log" >&2 || true
    bail "gio mount $SK_SHARE_URI failed (Debian 12's GVfs is known to fail some WebDAV mounts with \"Message is already in session queue\")"
  fi
  status=0
  "$@" || status=$?
  timeout 10 gio mount -u "$SK_SHARE_URI" >/dev/null 2>&1 || true
  exit $status
fi

for tool in apache2 htpasswd dbus-run-session gio python3; do
  command -v "$tool" >/dev/null || bail "$tool is missing (Debian packages apache2, apache2-utils, dbus-daemon, libglib2.0-bin, python3)"
done
[ -x /usr/libexec/gvfsd ] && [ -x /usr/libexec/gvfsd-dav ] || \
  bail "GVfs's WebDAV backend is missing (Debian packages gvfs-daemons, gvfs-backends)"

SK_DAV_STATE=$(mktemp -d "${TMPDIR:-/tmp}/sakskart-dav.XXXXXX")
export SK_DAV_STATE
SK_SHARE_DIR="$SK_DAV_STATE/felles"
mkdir -p "$SK_SHARE_DIR" "$SK_DAV_STATE/run"
# Apache serves as "nobody" (it refuses root), which writes the folder.
chmod 0777 "$SK_SHARE_DIR" "$SK_DAV_STATE/run"
chmod 0755 "$SK_DAV_STATE"
# A folder name of this run's own: a mount that reached another run's
# server would fail rather than show another folder.
SK_DAV_FOLDER="felles-${SK_DAV_STATE##*.}"
SK_DAV_PASSWORD=sakskart-test
htpasswd -bc "$SK_DAV_STATE/htpasswd" sakskart "$SK_DAV_PASSWORD" 2>/dev/null
chmod 0644 "$SK_DAV_STATE/htpasswd"
user=nobody group=nogroup
if [ "$(id -u)" != 0 ]; then user=$(id -un) group=$(id -gn); fi
modules=/usr/lib/apache2/modules
# The port is filled in as Apache starts (start_apache).
cat >"$SK_DAV_STATE/httpd.conf.in" <<EOF
ServerRoot $SK_DAV_STATE
ServerName 127.0.0.1
Listen 127.0.0.1:@PORT@
PidFile $SK_DAV_STATE/run/httpd.pid
ErrorLog $SK_DAV_STATE/error.log
LoadModule mpm_event_module $modules/mod_mpm_event.so
LoadModule authz_core_module $modules/mod_authz_core.so
LoadModule authz_user_module $modules/mod_authz_user.so
LoadModule authn_core_module $modules/mod_authn_core.so
LoadModule authn_file_module $modules/mod_authn_file.so
LoadModule auth_basic_module $modules/mod_auth_basic.so
LoadModule alias_module $modules/mod_alias.so
LoadModule dav_module $modules/mod_dav.so
LoadModule dav_fs_module $modules/mod_dav_fs.so
DavLockDB $SK_DAV_STATE/run/davlock
Mutex file:$SK_DAV_STATE/run
DefaultRuntimeDir $SK_DAV_STATE/run
User $user
Group $group
Alias /$SK_DAV_FOLDER $SK_SHARE_DIR
<Directory $SK_SHARE_DIR>
  Dav On
  AuthType Basic
  AuthName "Sakskart"
  AuthUserFile $SK_DAV_STATE/htpasswd
  Require valid-user
</Directory>
EOF

SK_SHARE_CONTROL="$tests/$(basename "$0")"
export SK_SHARE_DIR SK_DAV_PASSWORD SK_DAV_FOLDER SK_SHARE_CONTROL SK_DAV_INSIDE=1 GIO_USE_VFS=gvfs
export GVFS_REMOTE_VOLUME_MONITOR_IGNORE=1
# Drafts, recent files and GVfs's metadata of this run's own.
mkdir -p "$SK_DAV_STATE/data"
export XDG_DATA_HOME="$SK_DAV_STATE/data"
exec dbus-run-session -- "$0" "$@"
