#!/bin/sh
# Runs a test program against a real SMB share: a Samba server of its own
# on 127.0.0.1 (a free port, a guest share of a name of its own in a
# temporary folder, its own smb.conf and state folders, no system
# service), a session bus of its own and GVfs's daemon, with the share
# mounted as smb://127.0.0.1:PORT/SHARE/.  Several run side by side
# without meeting: nothing of one is another's, drafts and GVfs's
# metadata included (XDG_DATA_HOME).  Everything it started is stopped at
# the end, also on failure.  Fails, never skips, when the share cannot be
# had.
#
#   smb-share.sh PROGRAM [ARGUMENT…]
#
# The program finds, in its environment:
#   SK_SHARE_URI      smb://127.0.0.1:PORT/SHARE/ (the share, mounted)
#   SK_SHARE_DIR      the folder the server shares (to write as a colleague)
#   SK_SHARE_CONTROL  this script: "$SK_SHARE_CONTROL stop" stops the server
#                   (the share goes away), "$SK_SHARE_CONTROL start" starts
#                   it again on the same port
set -eu

tests=$(cd "$(dirname "$0")" && pwd)

bail() {
  echo "Bail out! smb-share.sh: $*" >&2
  exit 1
}

# The server's configuration, for the port $1.
write_conf() {
  cat >"$SK_SMB_STATE/smb.conf" <<EOF
[global]
  server role = standalone server
  smb ports = $1
  interfaces = 127.0.0.1
  bind interfaces only = yes
  disable netbios = yes
  server min protocol = SMB2
  map to guest = Bad User
  guest account = $SK_SMB_GUEST
  lock directory = $SK_SMB_STATE/lock
  state directory = $SK_SMB_STATE/state
  cache directory = $SK_SMB_STATE/cache
  private dir = $SK_SMB_STATE/private
  pid directory = $SK_SMB_STATE/pid
  ncalrpc dir = $SK_SMB_STATE/ncalrpc
  binddns dir = $SK_SMB_STATE/binddns
  log file = $SK_SMB_STATE/smbd.log
  load printers = no
  printing = bsd
  printcap name = /dev/null
  disable spoolss = yes
[$SK_SMB_SHARE]
  path = $SK_SHARE_DIR
  guest ok = yes
  guest only = yes
  read only = no
  force user = $SK_SMB_GUEST
EOF
}

stop_smbd() {
  [ -f "$SK_SMB_STATE/smbd.pid" ] || return 0
  pid=$(cat "$SK_SMB_STATE/smbd.pid")
  rm -f "$SK_SMB_STATE/smbd.pid"
  kill -TERM "-$pid" 2>/dev/null || true
  for _ in $(seq 100); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.05
  done
  kill -KILL "-$pid" 2>/dev/null || true
}

# Starts smbd on the port in $SK_SMB_STATE/port.  Fails when smbd itself
# does not listen there within five seconds: another program may have
# taken the port since it was found free, and a connection would reach
# that one instead.
start_smbd() {
  # A process group of its own, so that stopping it also ends the
  # processes it forked for each connection.
  setsid smbd --foreground --no-process-group --debug-stdout -d 1 \
    --configfile="$SK_SMB_STATE/smb.conf" >>"$SK_SMB_STATE/smbd.log" 2>&1 &
  smbd_pid=$!
  echo "$smbd_pid" >"$SK_SMB_STATE/smbd.pid"
  port=$(cat "$SK_SMB_STATE/port")
  for _ in $(seq 100); do
    "$tests/listens.py" "$port" "$smbd_pid" && return 0
    kill -0 "$smbd_pid" 2>/dev/null || break
    sleep 0.05
  done
  stop_smbd
  return 1
}

case "${1:-}" in
  stop)
    stop_smbd
    exit 0
    ;;
  start)
    start_smbd || { cat "$SK_SMB_STATE/smbd.log" >&2; bail "smbd did not listen again on port $(cat "$SK_SMB_STATE/port")"; }
    exit 0
    ;;
  "")
    echo "usage: $0 PROGRAM [ARGUMENT…]" >&2
    exit 2
    ;;
esac

# Inside the session bus: the server, GVfs, the mount, the program.
if [ "${SK_SMB_INSIDE:-}" = 1 ]; then
  cleanup() {
    status=$?
    [ -n "${gvfsd_pid:-}" ] && kill "$gvfsd_pid" 2>/dev/null
    stop_smbd
    rm -rf "$SK_SMB_STATE"
    exit $status
  }
  trap cleanup EXIT
  trap 'exit 1' INT TERM

  # GVfs's daemon, without its FUSE bridge: the files are reached through
  # GIO only, as the application reaches them.
  /usr/libexec/gvfsd --no-fuse >"$SK_SMB_STATE/gvfsd.log" 2>&1 &
  gvfsd_pid=$!
  # A port nothing listens on; another one when it was taken before smbd
  # had it.
  for attempt in 1 2 3 4 5; do
    python3 -c "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])" \
      >"$SK_SMB_STATE/port"
    write_conf "$(cat "$SK_SMB_STATE/port")"
    start_smbd && break
    if [ "$attempt" = 5 ]; then
      cat "$SK_SMB_STATE/smbd.log" >&2
      bail "smbd did not listen on a port of its own"
    fi
  done
  SK_SHARE_URI="smb://127.0.0.1:$(cat "$SK_SMB_STATE/port")/$SK_SMB_SHARE/"
  export SK_SHARE_URI
  # A guest share: "-a" asks for an anonymous login, without questions.
  if ! timeout 20 gio mount -a "$SK_SHARE_URI" </dev/null >"$SK_SMB_STATE/mount.log" 2>&1; then
    cat "$SK_SMB_STATE/mount.log" "$SK_SMB_STATE/gvfsd.log" "$SK_SMB_STATE/smbd.log" >&2
    bail "gio mount -a $SK_SHARE_URI failed"
  fi
  status=0
  "$@" || status=$?
  timeout 10 gio mount -u "$SK_SHARE_URI" >/dev/null 2>&1 || true
  exit $status
fi

for tool in smbd dbus-run-session gio python3 setsid; do
  command -v "$tool" >/dev/null || bail "$tool is missing (Debian packages samba, dbus-daemon, libglib2.0-bin, python3, util-linux)"
done
[ -x /usr/libexec/gvfsd ] && [ -x /usr/libexec/gvfsd-smb ] || \
  bail "GVfs's SMB backend is missing (Debian packages gvfs-daemons, gvfs-backends)"

SK_SMB_STATE=$(mktemp -d "${TMPDIR:-/tmp}/sakskart-smb.XXXXXX")
export SK_SMB_STATE
SK_SHARE_DIR="$SK_SMB_STATE/share"
mkdir -p "$SK_SHARE_DIR" "$SK_SMB_STATE/lock" "$SK_SMB_STATE/state" "$SK_SMB_STATE/cache" \
         "$SK_SMB_STATE/private" "$SK_SMB_STATE/pid" "$SK_SMB_STATE/ncalrpc" "$SK_SMB_STATE/binddns" \
         "$SK_SMB_STATE/data"
chmod 0777 "$SK_SHARE_DIR"
chmod 0755 "$SK_SMB_STATE"
# The guest is the user who runs the tests when that is not root, so that
# the files written through the share are theirs; as root, "nobody".
SK_SMB_GUEST=nobody
[ "$(id -u)" != 0 ] && SK_SMB_GUEST=$(id -un)
# A share name of this run's own: a mount that reached another run's
# server would fail rather than show another folder.
SK_SMB_SHARE="felles-${SK_SMB_STATE##*.}"
SK_SHARE_CONTROL="$tests/$(basename "$0")"
export SK_SMB_GUEST SK_SMB_SHARE SK_SHARE_DIR SK_SHARE_CONTROL SK_SMB_INSIDE=1 GIO_USE_VFS=gvfs
# Drafts, recent files and GVfs's metadata of this run's own.
export XDG_DATA_HOME="$SK_SMB_STATE/data"
# Only the mount is needed, not the monitors of disks, phones and cameras.
export GVFS_REMOTE_VOLUME_MONITOR_IGNORE=1
# A session bus of its own (CI has none), ended when the program is done.
exec dbus-run-session -- "$0" "$@"
