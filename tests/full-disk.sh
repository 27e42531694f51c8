#!/bin/sh
# Runs a test program with a small file system of its own that it can fill:
# a tmpfs of 1 MB in a mount namespace of its own (as root; as a user,
# through a user namespace), whose folder is in SK_FULL_DISK_DIR.  Fails,
# never skips, when no such file system can be had.
#
#   full-disk.sh PROGRAM [ARGUMENT…]
set -eu

if [ "${SK_FULL_DISK_INSIDE:-}" = 1 ]; then
  dir=$(mktemp -d)
  if ! mount -t tmpfs -o size=1m,mode=0755 sakskart-full-disk "$dir"; then
    echo "Bail out! full-disk.sh: cannot mount a tmpfs on $dir" >&2
    rmdir "$dir"
    exit 1
  fi
  export SK_FULL_DISK_DIR="$dir"
  status=0
  "$@" || status=$?
  umount "$dir" || true
  rmdir "$dir" || true
  exit $status
fi

if [ "$(id -u)" = 0 ]; then
  namespace="unshare --mount --propagation private"
else
  namespace="unshare --user --map-root-user --mount --propagation private"
fi
if ! $namespace true; then
  echo "Bail out! full-disk.sh: “$namespace” failed; a mount namespace (root, or user namespaces enabled) is needed for a small file system to fill" >&2
  exit 1
fi
SK_FULL_DISK_INSIDE=1 exec $namespace "$0" "$@"
