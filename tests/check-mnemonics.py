#!/usr/bin/env python3
# check-mnemonics.py — no two controls of one place share an access key
#
# A place is a menu (each level of a GMenu in a .ui file; a menu built in
# C), a dialog or a group of buttons.  In C, the controls a function makes
# with an access key (an underscore in the label: buttons, labels, dialog
# responses, menu items, empty-page actions) are one place; PLACES below
# joins the functions that build one place together.  A message dialog a
# function makes, from adw_message_dialog_new () to gtk_window_present (),
# is a place of its own, and the two labels of "a ? _(x) : _(y)" are never
# shown together.  In a .ui file, each menu and submenu is a place, and so
# are the other labels of the file.
#
# The window test (test-mnemonics-window.c) reads what is shown together
# in each window; this reads menus and dialogs, which it does not open.
#
# Every place is checked in English, Nynorsk and Bokmål, with the
# translations of po/nn.po and po/nb.po.  Fails when two different labels
# of a place have the same access key, or a translation loses the key.
# Usage: check-mnemonics.py SOURCE_ROOT
#
# SPDX-License-Identifier: GPL-3.0-or-later

import os
import re
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import po_read  # noqa: E402

LANGS = ('nn', 'nb')

# Functions that build one place between them: file, functions.
PLACES = [
    # The item editor: its fields, buttons, attachments and links
    ('src/gui/agenda/sk-agenda-item-editor.c', ['_sk_agenda_item_editor_new', 'attachments_box',
                                         'links_box', 'button_bar']),
    # Meeting mode's screen, and the toast shown on it
    ('src/gui/meeting/sk-presenter.c', ['sk_presenter_new', 'set_decision']),
    # The chair's console and its buttons
    ('src/gui/meeting/sk-meeting-console.c', ['build', 'pill_button']),
]

STRING = r'"((?:[^"\\]|\\.)*)"'
CALL_C = re.compile(r'\bC_\s*\(\s*' + STRING + r'\s*,\s*((?:' + STRING + r'\s*)+)\)')
CALL_ = re.compile(r'(?<![\w])_\s*\(\s*((?:' + STRING + r'\s*)+)\)')
FUNCTION = re.compile(r'^([a-z_][a-z0-9_]*) \(', re.M)


def c_unescape(s):
    return re.sub(r'\\(.)', lambda m: {'n': '\n', 't': '\t'}.get(m.group(1), m.group(1)), s)


def literal(concatenated):
    return ''.join(c_unescape(m) for m in re.findall(STRING, concatenated))


def access_key(label):
    """The letter after the first underscore that marks one, or None."""
    for i, ch in enumerate(label[:-1]):
        if ch == '_' and label[i + 1].isalnum():
            return label[i + 1].casefold()
    return None


def c_functions(path):
    """(name, body) of each function: GNU style, braces in column 0."""
    with open(path, encoding='utf-8') as f:
        text = f.read()
    for m in FUNCTION.finditer(text):
        start = text.find('\n{\n', m.end())
        end = text.find('\n}\n', start)
        if start < 0 or end < 0:
            continue
        # Not a prototype: no ";" between the name and the body
        if ';' in text[m.end():start]:
            continue
        yield m.group(1), text[start:end]


def c_labels(body):
    """The labels with an access key, each with the start of the label it
    is the alternative of (or its own start), in the order of the text."""
    labels = []
    for m in CALL_C.finditer(body):
        labels.append((m.start(), c_unescape(m.group(1)), literal(m.group(2))))
    for m in CALL_.finditer(body):
        labels.append((m.start(), None, literal(m.group(1))))
    labels.sort()
    result = []
    for i, (pos, ctx, msgid) in enumerate(labels):
        if not access_key(msgid):
            continue
        group = pos
        # "cond ? _(x) : _(y)": y stands in for x
        if i > 0 and re.fullmatch(r'\)\s*:\s*', body[labels[i - 1][0]:pos].split('"')[-1] or '') \
                and re.search(r'\?\s*$', body[:labels[i - 1][0]]):
            group = labels[i - 1][0]
        result.append((pos, group, ctx, msgid))
    return result


def split_dialogs(body):
    """The function's own part, and each message dialog it makes."""
    own = []
    dialogs = []
    pos = 0
    for m in re.finditer(r'adw_message_dialog_new\s*\(', body):
        if m.start() < pos:
            continue
        end = body.find('gtk_window_present', m.end())
        end = len(body) if end < 0 else end
        own.append(body[pos:m.start()])
        dialogs.append(body[m.start():end])
        pos = end
    own.append(body[pos:])
    return '\n'.join(own), dialogs


def c_places(root):
    places = []
    joined = {(f, fn): f + ':' + '+'.join(fns) for f, fns in PLACES for fn in fns}
    groups = {}
    gui = os.path.join(root, 'src', 'gui')
    folders = sorted(d for d in os.listdir(gui) if os.path.isdir(os.path.join(gui, d)))
    for directory in ['src/gui'] + ['src/gui/' + d for d in folders] + ['src']:
        full = os.path.join(root, directory)
        for name in sorted(os.listdir(full)):
            if not name.endswith('.c'):
                continue
            rel = directory + '/' + name
            for function, body in c_functions(os.path.join(full, name)):
                own, dialogs = split_dialogs(body)
                key = joined.get((rel, function), rel + ':' + function)
                groups.setdefault(key, []).extend(c_labels(own))
                for n, dialog in enumerate(dialogs):
                    groups.setdefault('%s:%s: dialog %d' % (rel, function, n + 1), []).extend(c_labels(dialog))
    for f, fns in PLACES:
        for fn in fns:
            if not any(k == joined[(f, fn)] for k in groups) or \
                    not any(fn == name for name, _ in c_functions(os.path.join(root, f))):
                places.append(('%s: no function %s' % (f, fn), None))
    for key, labels in groups.items():
        if labels:
            places.append((key, [(key + ':%d' % group, ctx, msgid) for _, group, ctx, msgid in labels]))
    return places


def ui_places(root):
    places = []
    directory = os.path.join(root, 'ui')
    for name in sorted(os.listdir(directory)):
        if not name.endswith('.ui'):
            continue
        tree = ET.parse(os.path.join(directory, name))
        rel = 'ui/' + name

        def menu_labels(menu):
            labels = []
            for child in menu:
                if child.tag == 'section':
                    labels += menu_labels(child)
                elif child.tag in ('item', 'submenu'):
                    for attr in child.findall('attribute'):
                        if attr.get('name') == 'label' and attr.get('translatable') == 'yes':
                            labels.append((attr.get('context'), attr.text or ''))
            return [x for x in labels if access_key(x[1])]

        for menu in list(tree.iter('menu')) + list(tree.iter('submenu')):
            labels = menu_labels(menu)
            if labels:
                places.append(('%s: menu %s' % (rel, menu.get('id', '')),
                               [(msgid, ctx, msgid) for ctx, msgid in labels]))
        others = []
        for prop in tree.iter('property'):
            if prop.get('name') in ('label', 'title') and prop.get('translatable') == 'yes' \
                    and access_key(prop.text or ''):
                others.append((prop.get('context'), prop.text))
        if others:
            places.append(('%s: widgets' % rel, [(msgid, ctx, msgid) for ctx, msgid in others]))
    return places


def check(root):
    translations = {'en': None}
    for lang in LANGS:
        translations[lang] = {(e.msgctxt, e.msgid): e.msgstr[0] for e in
                              po_read.read(os.path.join(root, 'po', lang + '.po')) if e.msgstr}
    problems = []
    places = ui_places(root) + c_places(root)
    for place, labels in places:
        if labels is None:
            problems.append('PLACES names what is not there: ' + place)
            continue
        for lang, table in translations.items():
            seen = {}
            for group, ctx, msgid in labels:
                shown = msgid if table is None else table.get((ctx, msgid))
                if shown is None:
                    continue            # untranslated: the po check reports it
                key = access_key(shown)
                if key is None:
                    problems.append('%s [%s]: “%s” has no access key' % (place, lang, shown))
                    continue
                other = seen.get(key)
                # The same label twice (one button per row) or the other
                # side of a "? :" is no clash.
                if other is not None and other[1] != shown and other[0] != group:
                    problems.append('%s [%s]: “%s” and “%s” share the access key %s'
                                    % (place, lang, other[1], shown, key.upper()))
                seen.setdefault(key, (group, shown))
    return places, problems


def main():
    if len(sys.argv) != 2:
        raise SystemExit('usage: check-mnemonics.py SOURCE_ROOT')
    places, problems = check(sys.argv[1])
    for p in problems:
        print(p)
    print('%d places, %d problem%s' % (len(places), len(problems), '' if len(problems) == 1 else 's'))
    sys.exit(1 if problems or not places else 0)


if __name__ == '__main__':
    main()
