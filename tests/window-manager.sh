#!/bin/sh
# Runs a test program on an X server of its own (Xvfb, one 1366 × 768
# monitor, a laptop's) with a window manager (openbox), so that windows
# are activated and real key presses (xdotool, through XTEST) reach the
# window that has the keyboard, as on a desktop.  Fails, never skips,
# when that cannot be set up.
#
#   window-manager.sh TEST-PROGRAM TAP-TEST-PATH-PREFIX
set -eu
program=$1
prefix=$2
tmp=$(mktemp -d)
n=91
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
display=":$n"
cleanup() {
  [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

Xvfb "$display" -screen 0 1366x768x24 -nolisten tcp >"$tmp/Xvfb.out" 2>&1 &
x_pid=$!
export DISPLAY="$display"
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
if ! xdpyinfo >/dev/null 2>&1; then
  echo "window-manager.sh: Xvfb did not start:" >&2
  cat "$tmp/Xvfb.out" >&2
  exit 1
fi
openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
wm_pid=$!
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done
if ! xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window; then
  echo "window-manager.sh: openbox did not start:" >&2
  cat "$tmp/openbox.log" >&2
  exit 1
fi

SAKSKART_TEST_WINDOW_MANAGER=1 "$program" --tap > "$tmp/out" 2> "$tmp/err" || status=$?
cat "$tmp/out"
cat "$tmp/err" >&2
# A run in which no test ran is a failure, not a pass.
grep -q "^ok .* $prefix" "$tmp/out" || exit 1
exit "${status:-0}"
