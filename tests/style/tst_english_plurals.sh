#!/bin/bash
# Every message with %n has its English singular and plural in
# resources/translations/plurals/d360-exporter_en.ts, so a writer reads
# "1 file" and "2 files", never "file(s)". lupdate -pluralonly is run on a
# copy of that file against the sources: a message added or changed since
# the file was last updated comes out unfinished, and is named here.
#
# Usage: tst_english_plurals.sh LUPDATE SOURCE_DIR
set -euo pipefail
lupdate=$1
source_dir=$2
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp "$source_dir/resources/translations/plurals/d360-exporter_en.ts" "$scratch/en.ts"
(cd "$source_dir" && "$lupdate" -pluralonly -no-obsolete -locations none app ui \
    -ts "$scratch/en.ts" >"$scratch/lupdate.log" 2>&1) \
    || { cat "$scratch/lupdate.log" >&2; exit 1; }
unfinished=$(grep -c 'type="unfinished"' "$scratch/en.ts" || true)
if [ "$unfinished" != 0 ]; then
    echo "tst_english_plurals: $unfinished message(s) with %n have no English forms:" >&2
    grep -B2 'type="unfinished"' "$scratch/en.ts" | sed -n 's/ *<source>\(.*\)<\/source>/  \1/p' >&2
    echo "Run: lupdate -pluralonly -no-obsolete -locations none app ui -ts" \
        "resources/translations/plurals/d360-exporter_en.ts, and fill in both forms." >&2
    exit 1
fi
# A form that still says "(s)" (or holds markup pasted in by mistake) is no
# English form.
wrong=$(grep '<numerusform>' "$scratch/en.ts" | grep -e '(s)' -e '&lt;' || true)
if [ -n "$wrong" ]; then
    echo "tst_english_plurals: these English forms are not singular or plural forms:" >&2
    echo "$wrong" | head -n 20 >&2
    exit 1
fi
messages=$(grep -c '<message numerus="yes">' "$scratch/en.ts")
echo "tst_english_plurals: all $messages messages with %n have English singular and plural forms"
