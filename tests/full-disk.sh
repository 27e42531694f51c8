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

# As root a mount namespace is enough; a user namespace (also where root
# lacks the right to make one, as in some containers) maps us to root in it.
for namespace in "unshare --mount --propagation private" \
                 "unshare --user --map-root-user --mount --propagation private"; do
  if [ "$(id -u)" != 0 ] && [ "${namespace#*--user}" = "$namespace" ]; then
    continue
  fi
  if $namespace sh -c 'd=$(mktemp -d) && mount -t tmpfs -o size=64k t "$d" && umount "$d"; s=$?; rmdir "$d"; exit $s' \
       2>/dev/null; then
    SK_FULL_DISK_INSIDE=1 exec $namespace "$0" "$@"
  fi
done
echo "Bail out! full-disk.sh: cannot mount a small tmpfs in a namespace of our own (unshare --mount as root, or unshare --user --map-root-user --mount); the full-disk tests need one" >&2
exit 1
