#!/usr/bin/env bash
# The style check must fail on a misformatted file and pass once it is
# formatted, or a green style test would prove nothing. Runs the check on a
# throw-away tree with the project's .clang-format and one small file.
set -euo pipefail

readonly source_root=${1:?usage: tst_format_check_catches.sh SOURCE_ROOT}
readonly check="$source_root/tests/style/check-format.sh"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/d360-style.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

mkdir -p "$scratch/app"
cp "$source_root/.clang-format" "$scratch/"
printf 'int  answer( ) {return 42;}\n' >"$scratch/app/Misformatted.cpp"

if bash "$check" "$scratch" >"$scratch/out" 2>&1; then
    echo "FAIL: the check passed a misformatted file" >&2
    exit 1
fi
grep -q 'app/Misformatted.cpp' "$scratch/out" \
    || { echo "FAIL: the check did not name the misformatted file:" >&2; cat "$scratch/out" >&2; exit 1; }

"${D360_CLANG_FORMAT:-clang-format-14}" -i --style=file "$scratch/app/Misformatted.cpp"
bash "$check" "$scratch" >"$scratch/out" 2>&1 \
    || { echo "FAIL: the check failed a formatted file:" >&2; cat "$scratch/out" >&2; exit 1; }
echo "PASS: the check fails a misformatted file, names it, and passes it once formatted"
