#!/bin/sh
# Runs test-pointer on an X server of its own with a laptop's screen
# (1366 × 768) and a window manager (openbox): the pointer's clicks, the
# wheel and the keys go through the X server (xdotool), as a user's do.
# Xorg's dummy driver gives the screen its size.  Fails, never skips, when
# that cannot be set up; a run in which a test did not run fails too.
#
#   pointer.sh TEST-POINTER XORG-CONF
set -eu
test_pointer=$1
conf=$2
tmp=$(mktemp -d)
cleanup() {
  [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# The server picks a free display number itself and writes it: no race
# with another server starting at the same time (the other tests'
# servers start beside this one).
Xorg -displayfd 3 -config "$conf" -noreset -nolisten tcp -logfile "$tmp/Xorg.log" 3>"$tmp/display" >"$tmp/Xorg.out" 2>&1 &
x_pid=$!
for _ in $(seq 100); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$tmp/display")"
if [ ! -s "$tmp/display" ] || ! xdpyinfo >/dev/null 2>&1; then
  echo "pointer.sh: Xorg with the dummy driver did not start:" >&2
  tail -20 "$tmp/Xorg.log" "$tmp/Xorg.out" >&2 || true
  exit 1
fi
xrandr --newmode 1366x768_60 85.25 1366 1440 1576 1784 768 771 781 798 -hsync +vsync
xrandr --addmode DUMMY0 1366x768_60
xrandr --output DUMMY1 --off
xrandr --output DUMMY0 --mode 1366x768_60 --pos 0x0 --primary
openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
wm_pid=$!
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done

"$test_pointer" --tap > "$tmp/out" 2> "$tmp/err" || status=$?
cat "$tmp/out"
cat "$tmp/err" >&2
# Every test that the program lists ran and passed.
expected=$("$test_pointer" -l | grep -c '^/')
ran=$(grep -c '^ok ' "$tmp/out" || true)
if [ "$ran" != "$expected" ]; then
  echo "pointer.sh: $ran of $expected tests passed" >&2
  exit 1
fi
exit "${status:-0}"
