#!/usr/bin/python3
"""Writes a dense timeline project of 2,000 tasks over two years: 20 phases
of 99 tasks each, in 9 chains of 11 tasks a phase, each task after the one
before it in its chain (finish to start: 9 × 10 links a phase, 1,800 in
all), every tenth task of a phase a milestone (200 in all).  The project
has the example's municipalities and no meetings; the app opens it with
`--view timeline`."""
import datetime
import json
import sys

example, out = sys.argv[1], sys.argv[2]
PHASES, CHAINS, LENGTH = 20, 9, 11          # 20 × (1 + 9 × 11) = 2,000 tasks
start = datetime.date(2027, 1, 4)


def day(n):
    return (start + datetime.timedelta(days=n)).isoformat()


tasks = []
links = milestones = 0
for p in range(PHASES):
    first = p * 36                            # 20 × 36 days: two years
    phase = 'p%d' % p
    tasks.append({'id': phase, 'name': 'Fase %d' % (p + 1), 'start': day(first), 'end': day(first + 3 * LENGTH - 1)})
    for i in range(CHAINS * LENGTH):
        chain, k = i % CHAINS, i // CHAINS
        s = first + 3 * k
        task = {'id': '%s-t%d' % (phase, i), 'name': 'Oppgåve %d.%d' % (p + 1, i + 1), 'start': day(s),
                'end': day(s + 1), 'parent': phase, 'progress': (i * 7) % 101}
        if i % 10 == 0:
            task['milestone'] = True
            task['end'] = task['start']
            milestones += 1
        if k > 0:
            task['depends_on'] = ['%s-t%d' % (phase, i - CHAINS)]
            links += 1
        tasks.append(task)
assert (len(tasks), milestones, links) == (2000, 200, 1800), (len(tasks), milestones, links)

project = json.load(open(example, encoding='utf-8'))
dense = {'format': project['format'], 'version': project['version'], 'title': 'Tett tidslinje, 2 000 oppgåver',
         'organisation': project.get('organisation', ''), 'municipalities': project['municipalities'],
         'timelines': [{'id': 'tett', 'title': 'Tett tidslinje', 'tasks': tasks}]}
json.dump(dense, open(out, 'w', encoding='utf-8'), ensure_ascii=False, indent=1)
