#!/usr/bin/python3
# Checks that the flatpak manifest parses and builds this app with meson.
# (The GNOME runtime cannot be fetched here, so the build itself is not run.)
import json
import sys

path, app_id = sys.argv[1], sys.argv[2]
with open(path, encoding='utf-8') as f:
    manifest = json.load(f)

errors = []
if manifest.get('id', manifest.get('app-id')) != app_id:
    errors.append('id is %r, expected %r' % (manifest.get('id'), app_id))
if manifest.get('command') != 'sakskart':
    errors.append('command is %r, expected sakskart' % manifest.get('command'))
if manifest.get('runtime') != 'org.gnome.Platform':
    errors.append('runtime is %r, expected org.gnome.Platform' % manifest.get('runtime'))
modules = manifest.get('modules', [])
names = [m.get('name') for m in modules if isinstance(m, dict)]
if not modules or modules[-1].get('name') != 'sakskart' or modules[-1].get('buildsystem') != 'meson':
    errors.append('the last module must be sakskart, built with meson')
if 'gmp' not in names and not any('gmp' in str(m) for m in modules):
    errors.append('GMP is not in the runtime; the manifest must build it')
for e in errors:
    print('%s: %s' % (path, e))
sys.exit(1 if errors else 0)
