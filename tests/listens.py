#!/usr/bin/env python3
"""Whether process PID itself listens on TCP port PORT of this machine.

    listens.py PORT PID    exit 0: it does; 1: it does not (yet)

A test server started on a port found free may lose it to another
program that found the same port free in the same moment: a connection
to the port then reaches the other program.  This tells the two apart by
the socket's inode, in /proc/net/tcp and among the process's descriptors.
"""
import os
import sys


def listening_inodes(port):
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        try:
            with open(table, encoding="ascii") as f:
                rows = f.read().splitlines()[1:]
        except OSError:
            continue
        for row in rows:
            fields = row.split()
            # 0A: LISTEN
            if fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(fields[9])
    return inodes


def main():
    port, pid = int(sys.argv[1]), int(sys.argv[2])
    inodes = listening_inodes(port)
    if not inodes:
        return 1
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return 1
    for fd in fds:
        try:
            target = os.readlink(f"/proc/{pid}/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            return 0
    return 1


if __name__ == "__main__":
    sys.exit(main())
