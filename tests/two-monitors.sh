#!/bin/sh
# Runs test-ui's two-monitor test on an X server of its own with two
# monitors, a laptop's (1280 × 800) and a projector (1920 × 1080), and a
# window manager (openbox) so that "full screen" means what it does on a
# desktop.  Xvfb has one monitor only; Xorg's dummy driver has outputs
# that xrandr switches on and off, which is also how the test unplugs the
# projector.  Fails, never skips, when that cannot be set up.
#
#   two-monitors.sh TEST-UI XORG-CONF
set -eu
test_ui=$1
conf=$2
tmp=$(mktemp -d)
n=71
while [ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ]; do n=$((n + 1)); done
display=":$n"
cleanup() {
  [ -n "${wm_pid:-}" ] && kill "$wm_pid" 2>/dev/null || true
  [ -n "${x_pid:-}" ] && kill "$x_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$tmp"
}
trap cleanup EXIT

Xorg "$display" -config "$conf" -noreset -nolisten tcp -logfile "$tmp/Xorg.log" >"$tmp/Xorg.out" 2>&1 &
x_pid=$!
export DISPLAY="$display"
for _ in $(seq 100); do xdpyinfo >/dev/null 2>&1 && break; sleep 0.1; done
if ! xdpyinfo >/dev/null 2>&1; then
  echo "two-monitors.sh: Xorg with the dummy driver did not start:" >&2
  tail -20 "$tmp/Xorg.log" "$tmp/Xorg.out" >&2 || true
  exit 1
fi
xrandr --newmode 1920x1080_60 173.00 1920 2048 2248 2576 1080 1083 1088 1120 -hsync +vsync
xrandr --addmode DUMMY1 1920x1080_60
export SAKSKART_TEST_PROJECTOR_ON="xrandr --output DUMMY1 --mode 1920x1080_60 --pos 1280x0"
export SAKSKART_TEST_PROJECTOR_OFF="xrandr --output DUMMY1 --off"
export SAKSKART_TEST_ACTIVATE_CONSOLE="xdotool search --name ^Meeting.Console$ windowactivate --sync"
export SAKSKART_TEST_KEY_NEXT="xdotool key Page_Down"
export SAKSKART_TEST_KEY_PREVIOUS="xdotool key Page_Up"
xrandr --output DUMMY0 --mode 1280x800 --pos 0x0 --primary
$SAKSKART_TEST_PROJECTOR_ON
for _ in $(seq 50); do xrandr --listmonitors | grep -q "^Monitors: 2" && break; sleep 0.1; done
xrandr --listmonitors >&2
openbox --sm-disable >"$tmp/openbox.log" 2>&1 &
wm_pid=$!
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q window && break; sleep 0.1; done

SAKSKART_TEST_TWO_MONITORS=1 "$test_ui" --tap -p /ui/meeting-mode-two-monitors > "$tmp/out" 2> "$tmp/err" || status=$?
# TAP on standard output; what the libraries say (Mesa on this X server) on standard error.
cat "$tmp/out"
cat "$tmp/err" >&2
# A run in which the test did not run is a failure, not a pass.
grep -q "^ok .* /ui/meeting-mode-two-monitors" "$tmp/out" || exit 1
exit "${status:-0}"
