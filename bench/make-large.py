#!/usr/bin/python3
"""Writes a large, valid project file: the example's municipalities and
cost models, and as many meetings of 40 items as it takes to reach SIZE MB."""
import json
import sys

example, out, size_mb = sys.argv[1], sys.argv[2], float(sys.argv[3])
project = json.load(open(example, encoding='utf-8'))
template = project['meetings'][0]
body = '\n\n'.join(i.get('body', '') for i in template['items'] if i.get('body'))
meetings = []
n = 0
while True:
    items = []
    for j in range(40):
        items.append({"id": "i%d" % j, "title": "Sak %d/%d" % (j + 1, n), "kind": ["formal", "orientation", "decision", "discussion"][j % 4],
                      "duration_min": 10, "body": body[: 200 + (j * 97) % 2500], "proposal": "Styret tek saka til vitande."})
    meetings.append({"id": "m%d" % n, "body": "Styret", "date": "2026-%02d-%02d" % (n % 12 + 1, n % 28 + 1), "start_time": "09:00", "items": items})
    n += 1
    if n % 10 == 0:
        project['meetings'] = meetings
        if len(json.dumps(project, ensure_ascii=False).encode()) >= size_mb * 1024 * 1024:
            break
project['plan'] = [p for p in project['plan'] if not p.get('meeting')]
json.dump(project, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
