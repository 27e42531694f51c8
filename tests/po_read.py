# po_read.py — a small reader of gettext .po files for the po suite
#
# Reads msgctxt, msgid, msgid_plural and msgstr[n] of each entry, with the
# C escapes of the format resolved.  Obsolete (#~) entries and the header
# are left out.
#
# SPDX-License-Identifier: GPL-3.0-or-later

import re

_ESCAPES = {'n': '\n', 't': '\t', '"': '"', '\\': '\\', 'r': '\r'}


def _unquote(s):
    s = s.strip()
    if len(s) < 2 or s[0] != '"' or s[-1] != '"':
        raise ValueError('not a quoted string: ' + s)
    s = s[1:-1]
    return re.sub(r'\\(.)', lambda m: _ESCAPES.get(m.group(1), m.group(1)), s)


class Entry:
    def __init__(self):
        self.msgctxt = None
        self.msgid = None
        self.msgid_plural = None
        self.msgstr = []
        self.flags = []
        self.references = []
        self.line = 0

    def strings(self):
        """Every translation of the entry (one, or one per plural form)."""
        return [s for s in self.msgstr if s]


def read(path):
    entries = []
    cur = None
    field = None

    def finish():
        if cur is not None and cur.msgid:
            entries.append(cur)

    with open(path, encoding='utf-8') as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip('\n')
            if line.startswith('#~'):
                continue
            if not line.strip():
                finish()
                cur = None
                field = None
                continue
            if cur is None:
                cur = Entry()
                cur.line = number
            if line.startswith('#,'):
                cur.flags += [x.strip() for x in line[2:].split(',')]
            elif line.startswith('#:'):
                cur.references += line[2:].split()
            elif line.startswith('#'):
                pass
            elif line.startswith('msgctxt '):
                cur.msgctxt = _unquote(line[8:])
                field = 'msgctxt'
            elif line.startswith('msgid_plural '):
                cur.msgid_plural = _unquote(line[13:])
                field = 'msgid_plural'
            elif line.startswith('msgid '):
                cur.msgid = _unquote(line[6:])
                field = 'msgid'
            elif line.startswith('msgstr['):
                idx = int(line[7:line.index(']')])
                while len(cur.msgstr) <= idx:
                    cur.msgstr.append('')
                cur.msgstr[idx] = _unquote(line[line.index(']') + 1:])
                field = ('msgstr', idx)
            elif line.startswith('msgstr '):
                cur.msgstr = [_unquote(line[7:])]
                field = ('msgstr', 0)
            elif line.startswith('"'):
                text = _unquote(line)
                if field == 'msgctxt':
                    cur.msgctxt += text
                elif field == 'msgid':
                    cur.msgid += text
                elif field == 'msgid_plural':
                    cur.msgid_plural += text
                elif isinstance(field, tuple):
                    cur.msgstr[field[1]] += text
                else:
                    raise ValueError('%s:%d: continuation without a field' % (path, number))
            else:
                raise ValueError('%s:%d: cannot read "%s"' % (path, number, line))
    finish()
    return entries
