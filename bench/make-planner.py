#!/usr/bin/python3
"""Writes a GNOME Planner project of PHASES phases of TASKS tasks each
(every 7th a milestone, tasks chained finish-to-start), in the format
Planner 0.14 saves (see shared/data/planner/): 100 × 19 = 1,900 tasks and
100 phases make the 2,000 of the benchmark."""
import datetime
import sys

out, phases, per = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
day = datetime.date(2025, 9, 3)


def stamp(d, h):
    return '%04d%02d%02dT%02d0000Z' % (d.year, d.month, d.day, h)


def next_workday(d):
    d += datetime.timedelta(days=1)
    while d.weekday() >= 5:
        d += datetime.timedelta(days=1)
    return d


lines = ['<?xml version="1.0"?>',
         '<project name="Bench 2000" company="" manager="" phase="" project-start="%s" mrproject-version="2" calendar="1">'
         % stamp(day, 0),
         '  <properties/>', '  <phases/>',
         '  <calendars><day-types><day-type id="0" name="Working" description="A default working day"/>'
         '<day-type id="1" name="Nonworking" description="A default non working day"/>'
         '<day-type id="2" name="Use base" description="Use day from base calendar"/></day-types>'
         '<calendar id="1" name="Default"><default-week mon="0" tue="0" wed="0" thu="0" fri="0" sat="1" sun="1"/>'
         '<overridden-day-types><overridden-day-type id="0"><interval start="0800" end="1200"/>'
         '<interval start="1300" end="1700"/></overridden-day-type></overridden-day-types><days/></calendar></calendars>',
         '  <tasks>']
tid = 1
prev = None
for p in range(phases):
    phase_id = tid
    tid += 1
    body = []
    start = day
    for t in range(per):
        milestone = (t + 1) % 7 == 0
        length = 0 if milestone else 1 + t % 4
        s = day
        e = s
        for _ in range(max(length - 1, 0)):
            e = next_workday(e)
        attrs = ('id="%d" name="Task %d" note="" work="%d" duration="%d" start="%s" end="%s" work-start="%s" '
                 'percent-complete="%d" priority="0" type="%s" scheduling="fixed-work"'
                 % (tid, tid, length * 28800, length * 28800, stamp(s, 0 if prev is None else 17), stamp(e, 17),
                    stamp(s, 8), (t * 5) % 100, 'milestone' if milestone else 'normal'))
        if prev is not None:
            body.append('      <task %s>' % attrs)
            body.append('        <predecessors><predecessor id="1" predecessor-id="%d" type="FS"/></predecessors>' % prev)
            body.append('      </task>')
        else:
            body.append('      <task %s/>' % attrs)
        prev = tid
        tid += 1
        day = e if milestone else next_workday(e)
    lines.append('    <task id="%d" name="Phase %d" note="" work="0" duration="0" start="%s" end="%s" work-start="%s" '
                 'percent-complete="0" priority="0" type="normal" scheduling="fixed-work">'
                 % (phase_id, p + 1, stamp(start, 0), stamp(day, 17), stamp(start, 8)))
    lines.extend(body)
    lines.append('    </task>')
lines += ['  </tasks>', '  <resource-groups/>', '  <resources/>', '  <allocations/>', '</project>']
open(out, 'w').write('\n'.join(lines) + '\n')
