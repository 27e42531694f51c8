#!/usr/bin/python3
"""Fails when the compilation units of a static library call one another in
a circle: each unit may use the ones below it, never one that uses it back.
Reads the symbols of the archive's members with nm.

    check-layers.py LIBRARY.a"""
import re
import subprocess
import sys

lib = sys.argv[1]
out = subprocess.check_output(['nm', '-A', lib], text=True)
defined, used = {}, {}
for line in out.splitlines():
    # "lib.a:dir/unit.c.o:0000000000000040 T name" or "lib.a:dir/unit.c.o:                 U name"
    m = re.match(r'^(?:.*?):(.*?\.o):\s*[0-9a-f]*\s+([A-Za-z])\s+(\S+)$', line)
    if not m:
        continue
    unit = m.group(1).split('/')[-1].replace('.c.o', '.c')
    kind, name = m.group(2), m.group(3)
    if kind in 'TDBRG':
        defined[name] = unit
    elif kind == 'U':
        used.setdefault(unit, set()).add(name)
calls = {u: sorted({defined[s] for s in syms if s in defined and defined[s] != u}) for u, syms in used.items()}

# Tarjan's strongly connected components: any with more than one unit is a circle.
index, low, stack, on, circles, counter = {}, {}, [], set(), [], [0]


def visit(u):
    index[u] = low[u] = counter[0]
    counter[0] += 1
    stack.append(u)
    on.add(u)
    for v in calls.get(u, []):
        if v not in index:
            visit(v)
            low[u] = min(low[u], low[v])
        elif v in on:
            low[u] = min(low[u], index[v])
    if low[u] == index[u]:
        component = []
        while True:
            v = stack.pop()
            on.discard(v)
            component.append(v)
            if v == u:
                break
        if len(component) > 1:
            circles.append(sorted(component))


for u in sorted(set(calls) | set(defined.values())):
    if u not in index:
        visit(u)
for c in circles:
    print('these units call one another in a circle: ' + ', '.join(c))
    for u in c:
        print('  %s -> %s' % (u, ', '.join(v for v in calls.get(u, []) if v in c)))
print('%d units, %d circles' % (len(set(calls) | set(defined.values())), len(circles)))
sys.exit(1 if circles else 0)
