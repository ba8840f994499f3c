# What the suite's shell-script tests share, sourced at their top:
#   pass TEXT / fail TEXT  print a PASS or FAIL line; fail counts in $failures
#   skip TEXT              prints SKIP and exits 77, which CTest reports as skipped
#   wait_until S CMD...    polls CMD until it succeeds or S seconds pass
# A test ends with `[ "$failures" -eq 0 ]`, so one failed check fails it.
# shellcheck source=tests/support/wait-until.sh
source "$(dirname "${BASH_SOURCE[0]}")/wait-until.sh"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
skip() { echo "SKIP: $*"; exit 77; }
