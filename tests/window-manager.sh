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
cleanup() {
  [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# The server picks a free display number itself and writes it: no race
# with another server starting at the same time.
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$tmp/display" >"$tmp/Xvfb.out" 2>&1 &
x_pid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
if [ ! -s "$tmp/display" ] || ! kill -0 "$x_pid" 2>/dev/null; then
  echo "window-manager.sh: Xvfb did not start:" >&2
  cat "$tmp/Xvfb.out" >&2
  exit 1
fi
export DISPLAY=":$(cat "$tmp/display")"
openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
wm_pid=$!
up=
for _ in $(seq 100); do
  if xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window; then up=1; break; fi
  sleep 0.1
done
if [ -z "$up" ] || ! kill -0 "$wm_pid" 2>/dev/null; then
  echo "window-manager.sh: openbox did not start on $DISPLAY:" >&2
  xprop -root _NET_SUPPORTING_WM_CHECK >&2 || true
  cat "$tmp/openbox.log" >&2
  exit 1
fi

SAKSKART_TEST_WINDOW_MANAGER=1 "$program" --tap > "$tmp/out" 2> "$tmp/err" || status=$?
cat "$tmp/out"
cat "$tmp/err" >&2
# A run in which no test ran is a failure, not a pass.
grep -q "^ok .* $prefix" "$tmp/out" || exit 1
exit "${status:-0}"
