#!/bin/sh
# Fails when po/nn.po or po/nb.po has an untranslated or fuzzy message
# against today's sources.
set -eu
top=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$top"
grep -v '^#' po/POTFILES.in | sed '/^\s*$/d' > "$tmp/files"
xgettext --from-code=UTF-8 --keyword=_ --keyword=N_ --keyword=C_:1c,2 \
  --keyword=ngettext:1,2 --keyword=g_dngettext:2,3 --add-comments=Translators -f "$tmp/files" -o "$tmp/sakskart.pot"
sed -i "s/charset=CHARSET/charset=UTF-8/" "$tmp/sakskart.pot"
status=0
# Every source with a translatable string is in POTFILES.in: one left out
# is never extracted, and its strings stay English with nothing failing.
for f in $(grep -l -e '_("' -e 'ngettext (' src/*/*.c) $(grep -l 'translatable="yes"' ui/*.ui); do
  if ! grep -qx "$f" "$tmp/files"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done
for lang in $(cat po/LINGUAS); do
  msgmerge -q --no-fuzzy-matching "po/$lang.po" "$tmp/sakskart.pot" -o "$tmp/$lang.po"
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$tmp/$lang.po" 2>&1)
  echo "$lang: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*) status=1
      LC_ALL=C msgattrib --untranslated --only-fuzzy "$tmp/$lang.po" 2>/dev/null | head -40 || true
      LC_ALL=C msgattrib --untranslated "$tmp/$lang.po" | grep '^msgid' | head -40 ;;
  esac
done
exit $status
