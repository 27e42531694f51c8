#!/usr/bin/python3
"""Parses Sakskart's iCalendar export with a real iCalendar library
(Debian's python3-icalendar) and checks what GNOME Calendar and Outlook
need: a VTIMEZONE for Europe/Oslo, events with UID and DTSTAMP, times in
Oslo time, all-day events for meetings without a start time."""
import datetime
import hashlib
import json
import os
import subprocess
import sys
import tempfile

import icalendar

cli, example = sys.argv[1], sys.argv[2]
text = subprocess.check_output([cli, 'export-ical', example], env={'LC_ALL': 'C.UTF-8'})
assert b'\r\n' in text, 'lines must end in CRLF'
for line in text.split(b'\r\n'):
    assert len(line) <= 75, 'a line longer than 75 octets: %r' % line
cal = icalendar.Calendar.from_ical(text)
assert cal['VERSION'] == '2.0'
zones = [c for c in cal.walk('VTIMEZONE')]
assert len(zones) == 1 and str(zones[0]['TZID']) == 'Europe/Oslo', zones
events = cal.walk('VEVENT')
assert len(events) == 16, len(events)
uids = set()
by_uid = {}
for e in events:
    uid = str(e['UID'])
    assert uid not in uids, 'UID twice: ' + uid
    uids.add(uid)
    by_uid[uid] = e
    assert 'DTSTAMP' in e and 'DTSTART' in e and 'DTEND' in e and 'SUMMARY' in e
project = json.load(open(example, encoding='utf-8'))
owner = hashlib.sha256(project['organisation'].encode('utf-8')).hexdigest()[:16]
# The UID is the meeting's id and the organisation's, not its date.
board = by_uid['styret-2025-11-03-%s@sakskart' % owner]
assert int(board['SEQUENCE']) == 0
start = board['DTSTART'].dt
assert isinstance(start, datetime.datetime), start
assert start.hour == 9 and start.minute == 0, start
assert str(board['DTSTART'].params['TZID']) == 'Europe/Oslo'
assert board['DTEND'].dt > start
assert 'Felles barnevern i Sogn' in str(board['DESCRIPTION'])
# The cases as the papers head them: by case number once they have one,
# else by their place on the agenda.
assert 'Sak 47/25: Felles barnevern i Sogn' in str(board['DESCRIPTION']), str(board['DESCRIPTION'])
au_items = [m for m in project['meetings'] if m['id'] == 'au-2026-01-30'][0].get('items', [])
if au_items and not any('case_number' in i for i in au_items):
    assert str(by_uid['au-2026-01-30-%s@sakskart' % owner]['DESCRIPTION']).startswith('1. ')
assert str(board['LOCATION']) == 'Sogndal'
# A meeting without a start time is an all-day event.
au = by_uid['au-2026-01-30-%s@sakskart' % owner]
assert isinstance(au['DTSTART'].dt, datetime.date) and not isinstance(au['DTSTART'].dt, datetime.datetime)
assert au['DTSTART'].dt == datetime.date(2026, 1, 30)
assert au['DTEND'].dt == datetime.date(2026, 1, 31)
# --year keeps one year.
year = icalendar.Calendar.from_ical(subprocess.check_output([cli, 'export-ical', example, '--year', '2026']))
assert len(year.walk('VEVENT')) == 15

def export(changed):
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, 'p.sakskart')
        with open(path, 'w', encoding='utf-8') as f:
            json.dump(changed, f, ensure_ascii=False)
        out = subprocess.check_output([cli, 'export-ical', path], env={'LC_ALL': 'C.UTF-8'})
    return {str(e['UID']): e for e in icalendar.Calendar.from_ical(out).walk('VEVENT')}

# Moved to another day, with the revision counted: the same event, a
# higher SEQUENCE, so a calendar replaces it rather than adding one.
moved = json.loads(json.dumps(project))
meeting = next(m for m in moved['meetings'] if m['id'] == 'styret-2025-11-03')
meeting['date'] = '2025-11-05'
meeting['ical_sequence'] = 2
again = export(moved)
assert set(again) == uids, set(again) ^ uids
e = again['styret-2025-11-03-%s@sakskart' % owner]
assert e['DTSTART'].dt.date() == datetime.date(2025, 11, 5)
assert int(e['SEQUENCE']) == 2
# A sequence beyond iCalendar's INTEGER (32 bits) in the file: the
# largest one, not a number a calendar cannot read.
meeting['ical_sequence'] = 2 ** 63 - 1
e = export(moved)['styret-2025-11-03-%s@sakskart' % owner]
assert int(e['SEQUENCE']) == 2 ** 31 - 1, e['SEQUENCE']
# Another board's meetings with the same ids are other events.
other = json.loads(json.dumps(project))
other['organisation'] = 'Nordfjord Kommunalt Oppgåvefellesskap'
assert not (set(export(other)) & uids)
print('ok: %d events' % len(events))
