#!/usr/bin/env bash
# Builds D360 Exporter with its tests (compiler warnings are errors) and runs
# the whole suite inside the private test session (tests/support/
# test-session.sh), ending with CTest's pass/fail summary. Then builds the
# fuzz preset (d360core and its libFuzzer targets, clang with ASan + UBSan)
# and runs each target for a few seconds on its corpus (tests/fuzz).
#
# Extra arguments go to the suite's ctest, e.g. `tests/run-tests.sh -R
# keychain`, and then the fuzz step is left out: a chosen test is run alone.
#
# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer is a
# command of its own, since a third full build would not fit CI's time:
#   cmake --preset asan && cmake --build --preset asan &&
#   bash tests/support/test-session.sh ctest --preset asan
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmake --preset test
cmake --build --preset test
bash tests/support/test-session.sh ctest --preset test "$@"
[ $# -eq 0 ] || exit 0

cmake --preset fuzz
cmake --build --preset fuzz
ctest --preset fuzz
