#!/usr/bin/env python3
# check-desktop-words.py — the desktop file and the metainfo in the board's words
#
# The built desktop file's nn and nb keywords carry the words a board
# secretary searches for, and its comment and the metainfo's summary and
# description are translated into both.
# Usage: check-desktop-words.py DESKTOP_FILE METAINFO_FILE
#
# SPDX-License-Identifier: GPL-3.0-or-later

import sys
import xml.etree.ElementTree as ET

WORDS = {
    'nn': ['vedtak', 'protokoll', 'møtebok', 'sakliste', 'sakskart', 'møteplan', 'interkommunalt',
           'vertskommune', 'framlegg til vedtak', 'fordelingsmodell'],
    'nb': ['vedtak', 'protokoll', 'møtebok', 'sakliste', 'sakskart', 'møteplan', 'interkommunalt',
           'vertskommune', 'forslag til vedtak', 'fordelingsmodell'],
}
XML_LANG = '{http://www.w3.org/XML/1998/namespace}lang'


def desktop_entries(path):
    entries = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            if '=' in line and not line.startswith('#'):
                key, value = line.rstrip('\n').split('=', 1)
                entries[key] = value
    return entries


def main():
    if len(sys.argv) != 3:
        raise SystemExit('usage: check-desktop-words.py DESKTOP_FILE METAINFO_FILE')
    problems = []
    entries = desktop_entries(sys.argv[1])
    root = ET.parse(sys.argv[2]).getroot()
    for lang, words in WORDS.items():
        keywords = entries.get('Keywords[%s]' % lang, '').split(';')
        for word in words:
            if word not in keywords:
                problems.append('Keywords[%s] lacks “%s”' % (lang, word))
        for key in ('GenericName', 'Comment'):
            if entries.get('%s[%s]' % (key, lang), entries.get(key)) == entries.get(key):
                problems.append('%s[%s] is not translated' % (key, lang))
        summary = [e for e in root.findall('summary') if e.get(XML_LANG) == lang]
        paragraphs = [e for e in root.findall('description/p') if e.get(XML_LANG) == lang]
        english = [e for e in root.findall('description/p') if e.get(XML_LANG) is None]
        if not summary:
            problems.append('the metainfo has no %s summary' % lang)
        if len(paragraphs) != len(english):
            problems.append('the metainfo has %d %s paragraphs for %d English ones'
                            % (len(paragraphs), lang, len(english)))
        text = ' '.join(p.text or '' for p in paragraphs)
        for word in ('vedtak', 'interkommunalt', 'møtebok', 'møteplan'):
            if word not in text:
                problems.append('the %s description does not say “%s”' % (lang, word))
    for p in problems:
        print(p)
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
