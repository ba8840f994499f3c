#!/usr/bin/env bash
# Checks that every C++ file under a source tree is laid out the way the
# tree's own .clang-format says, and names each file that is not.
#
# A formatter's layout changes between major versions, so the check pins the
# version the tree was formatted with (clang-format 14, Debian 12's): another
# version would fail files that are right, or pass files that are not.
#
# Usage: tests/style/check-format.sh SOURCE_ROOT
# Exit 0 when all files are formatted, 1 when one is not, 2 when the check
# cannot run (no clang-format 14, no files).
set -euo pipefail

readonly root=${1:?usage: check-format.sh SOURCE_ROOT}
readonly formatter=${D360_CLANG_FORMAT:-clang-format-14}

command -v "$formatter" >/dev/null \
    || { echo "check-format: $formatter is not installed; run installer/install-deps.sh" >&2; exit 2; }
[ -f "$root/.clang-format" ] || { echo "check-format: no .clang-format in $root" >&2; exit 2; }

# The tracked files when the tree is a Git checkout (a build folder inside it
# holds generated sources that are not ours), every file otherwise.
cd "$root"
if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- 'app/*.cpp' 'app/*.h' 'tests/*.cpp' 'tests/*.h')
else
    mapfile -t files < <(find app tests -type f \( -name '*.cpp' -o -name '*.h' \) -not -path '*/build/*' | sort)
fi
[ ${#files[@]} -gt 0 ] || { echo "check-format: no C++ files under $root" >&2; exit 2; }

misformatted=()
for file in "${files[@]}"; do
    [ -f "$file" ] || continue # deleted in the work tree, not yet in the index
    "$formatter" --dry-run --Werror --style=file "$file" >/dev/null 2>&1 || misformatted+=("$file")
done

if [ ${#misformatted[@]} -gt 0 ]; then
    echo "check-format: ${#misformatted[@]} of ${#files[@]} files differ from .clang-format:" >&2
    printf '  %s\n' "${misformatted[@]}" >&2
    echo "Fix them with: $formatter -i --style=file FILE..." >&2
    exit 1
fi
echo "check-format: all ${#files[@]} files follow .clang-format"
