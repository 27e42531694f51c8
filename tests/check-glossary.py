#!/usr/bin/env python3
# check-glossary.py — every glossary term translated the same way everywhere
#
# Reads po/GLOSSARY.md and po/nn.po, po/nb.po.  Fails when a message whose
# English text has a glossary term as a word is translated without the
# glossary's form, or when a Bokmål-only form is in nn.po or a Nynorsk-only
# form in nb.po.  Usage: check-glossary.py SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import po_read  # noqa: E402

LANGS = ('nn', 'nb')

# A line of forbidden forms: words and commas, nothing else.
WORD_LIST = re.compile(r'^\w+(?:, \w+)*,?$')

# A label that opens a dialog ends in " …" (a space, as the others), not
# "word…"; a synopsis' "FIL…" (a placeholder repeated) is upper case.
WORD_ELLIPSIS = re.compile(r'[a-zæøå]…$')

# Nynorsk's object form after a preposition is "henne": "frå henne", not
# "frå ho".
PREPOSITION_HO = re.compile(r'(?<![\w-])(?:av|etter|for|frå|gjennom|hos|i|med|mellom|mot|om|'
                            r'over|på|til|under|utan|ved) ho(?![\w-])')


# The first word of a message: a command's verb in a label ("Open …").
FIRST_WORD = re.compile(r'^\W*(\w+)')


def first_word(text):
    m = FIRST_WORD.match(norm(text))
    return m.group(1) if m else ''


def norm(text):
    """Lower case, access keys and no-break spaces gone."""
    text = re.sub(r'_(?=\w)', '', text)
    text = text.replace('\u00a0', ' ').replace('\u202f', ' ')
    return text.lower()


def forms(cell):
    return [f.strip().lower() for f in re.split(r'[,;]', cell.replace('*', '')) if f.strip()]


def read_glossary(path):
    terms = []
    forbidden = {}
    section = None
    with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    for line in lines:
        if line.startswith('## '):
            section = line[3:].strip()
            continue
        if section == 'Terms' and line.startswith('|') and not line.startswith('|---'):
            cells = [c.strip() for c in line.strip().strip('|').split('|')]
            if cells[0] == 'English':
                continue
            if len(cells) != 4:
                raise SystemExit('%s: a row needs 4 cells: %s' % (path, line))
            terms.append({'en': forms(cells[0]), 'nn': forms(cells[1]),
                          'nb': forms(cells[2]), 'not': forms(cells[3])})
        elif section in ('Not in nn.po', 'Not in nb.po') and WORD_LIST.match(line):
            lang = section.split()[2][:2]
            forbidden.setdefault(lang, []).extend(forms(line))
    if not terms or set(forbidden) != set(LANGS):
        raise SystemExit('%s: no terms or no lists of forbidden forms' % path)
    return terms, forbidden


def has_word(text, word):
    return re.search(r'(?<![\w-])' + re.escape(word) + r'(?![\w-])', text) is not None


def check(root):
    terms, forbidden = read_glossary(os.path.join(root, 'po', 'GLOSSARY.md'))
    problems = []
    # Nynorsk's infinitive and imperative end in -e here (Opne, Lagre,
    # Kople): a label whose verb ends in -a where another label has the
    # -e form is an a-infinitive slipped in ("Opna" beside "Opne"). An
    # English participle ("Opened", "Linked") is a past form, where -a is
    # right ("Opna skriveverna", "Kopla til"), and after an article the
    # word is a noun ("Møta").
    nn_entries = po_read.read(os.path.join(root, 'po', 'nn.po'))
    e_verbs = {first_word(t) for e in nn_entries for t in e.strings() if first_word(t).endswith('e')}
    for entry in nn_entries:
        english = first_word(entry.msgid)
        if english.endswith('ed') or english in ('the', 'a', 'an'):
            continue
        for translation in entry.strings():
            verb = first_word(translation)
            if verb.endswith('a') and verb[:-1] + 'e' in e_verbs:
                problems.append('po/nn.po:%d: “%s”: “%s” is an a-infinitive among e-infinitives (%se): %s'
                                % (entry.line, entry.msgid, verb, verb[:-1], translation))
    for lang in LANGS:
        path = os.path.join(root, 'po', lang + '.po')
        for entry in po_read.read(path):
            english = norm(entry.msgid + '\n' + (entry.msgid_plural or ''))
            for n, translation in enumerate(entry.strings()):
                text = norm(translation)
                where = '%s:%d: “%s”' % (path, entry.line, entry.msgid)
                for term in terms:
                    if any(x in english for x in term['not']):
                        continue
                    hit = next((w for w in term['en'] if has_word(english, w)), None)
                    if hit is None:
                        continue
                    if not any(f in text for f in term[lang]):
                        problems.append('%s has “%s” but the translation “%s” has none of: %s'
                                        % (where, hit, translation, ', '.join(term[lang])))
                for word in forbidden[lang]:
                    if has_word(text, word):
                        problems.append('%s: “%s” is not %s: %s'
                                        % (where, word, 'Nynorsk' if lang == 'nn' else 'Bokmål',
                                           translation))
                if WORD_ELLIPSIS.search(translation.strip()):
                    problems.append('%s: “%s” ends in “…” without a space before it'
                                    % (where, translation))
                if lang == 'nn':
                    for m in PREPOSITION_HO.finditer(text):
                        problems.append('%s: “%s”: after a preposition Nynorsk has “henne”: %s'
                                        % (where, m.group(0), translation))
    return problems


def main():
    if len(sys.argv) != 2:
        raise SystemExit('usage: check-glossary.py SOURCE_ROOT')
    problems = check(sys.argv[1])
    for p in problems:
        print(p)
    print('%d problem%s' % (len(problems), '' if len(problems) == 1 else 's'))
    sys.exit(1 if problems else 0)


if __name__ == '__main__':
    main()
