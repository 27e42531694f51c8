#!/bin/bash
# Runs a window test on an X server of its own (Xvfb, which picks a free
# display itself).  The window tests run side by side; on one display a
# window mapped by one takes the keyboard focus from another's, and a
# spin button being typed into then commits on losing it.
#   own-display.sh PROGRAM [ARGS...]
set -u
tmp=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null; wait "$xvfb" 2>/dev/null; rm -rf "$tmp"' EXIT
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset 3>"$tmp/display" >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 200); do
  [ -s "$tmp/display" ] && break
  kill -0 "$xvfb" 2>/dev/null || { echo "own-display.sh: Xvfb did not start" >&2; exit 1; }
  sleep 0.05
done
[ -s "$tmp/display" ] || { echo "own-display.sh: Xvfb gave no display" >&2; exit 1; }
DISPLAY=":$(cat "$tmp/display")" "$@"
