#!/bin/sh
# memcheck.sh SUPP PROGRAM EXPECTED-STATUS ARGUMENT...
# Runs PROGRAM under valgrind memcheck; passes when valgrind finds no
# error (invalid access, uninitialised value, definite leak of ours) and
# the program exits with EXPECTED-STATUS.  It runs in a new empty folder,
# where a relative name in ARGUMENT is written (import-planner -o makes
# only a file that does not exist yet).
set -u
supp=$1 program=$2 expected=$3
shift 3
case $program in /*) ;; *) program=$(pwd)/$program ;; esac
case $supp in /*) ;; *) supp=$(pwd)/$supp ;; esac
set -- "$program" "$@"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
valgrind -q --error-exitcode=99 --leak-check=full --show-leak-kinds=definite \
  --errors-for-leak-kinds=definite --num-callers=30 \
  --suppressions=/usr/share/glib-2.0/valgrind/glib.supp --suppressions="$supp" "$@" >/dev/null
status=$?
if [ $status = 99 ]; then
  echo "valgrind found errors in: $*" >&2
  exit 1
fi
if [ $status != "$expected" ]; then
  echo "exit status $status, expected $expected: $*" >&2
  exit 1
fi
exit 0
