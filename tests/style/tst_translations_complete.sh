#!/bin/bash
# The window and the command line are whole in every language the program
# ships (issue #18): German, French, Japanese and Arabic. lupdate is run on a
# copy of each translation against the sources, so a message added or changed
# since the translators' last pass comes out unfinished, and is named here;
# lrelease then compiles the copy, and must call every message finished. Every
# translation must also keep the placeholders (%1, %n) of its source, or
# Qt would fill in the wrong value, or none.
#
# Usage: tst_translations_complete.sh LUPDATE LRELEASE SOURCE_DIR
set -euo pipefail
lupdate=$1
lrelease=$2
source_dir=$3
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
for language in de fr ja ar; do
    file="$source_dir/resources/translations/d360-exporter_$language.ts"
    if [ ! -f "$file" ]; then
        echo "tst_translations_complete: $file is missing" >&2
        failed=1
        continue
    fi
    cp "$file" "$scratch/$language.ts"
    (cd "$source_dir" && "$lupdate" -no-obsolete -locations none app ui \
        -ts "$scratch/$language.ts" >"$scratch/lupdate-$language.log" 2>&1) \
        || { cat "$scratch/lupdate-$language.log" >&2; exit 1; }
    report=$("$lrelease" "$scratch/$language.ts" -qm "$scratch/$language.qm" 2>&1)
    unfinished=$(grep -c 'type="unfinished"' "$scratch/$language.ts" || true)
    if [ "$unfinished" != 0 ]; then
        echo "tst_translations_complete: $language has $unfinished unfinished message(s):" >&2
        grep -A1 '<source>' "$scratch/$language.ts" | grep -B1 'type="unfinished"' \
            | sed -n 's/ *<source>\(.*\)<\/source>/  \1/p' | head -n 20 >&2
        failed=1
    fi
    placeholders=$(python3 - "$scratch/$language.ts" <<'PY'
import re, sys, xml.etree.ElementTree as ET
marks = re.compile(r'%(?:L?\d+|n)')
for message in ET.parse(sys.argv[1]).getroot().iter('message'):
    source = message.findtext('source') or ''
    translation = message.find('translation')
    forms = [f.text or '' for f in translation.findall('numerusform')] or [translation.text or '']
    for form in forms:
        if sorted(marks.findall(form)) != sorted(marks.findall(source)):
            print('  ' + source.replace('\n', '\\n')[:100])
            break
PY
)
    if [ -n "$placeholders" ]; then
        echo "tst_translations_complete: $language changes the placeholders of:" >&2
        echo "$placeholders" | head -n 20 >&2
        failed=1
    fi
    echo "tst_translations_complete: $language: ${report##*$'\n'}"
done
exit $failed
