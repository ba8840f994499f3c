#!/usr/bin/env bash
# Builds D360 Exporter with its tests (compiler warnings are errors) and runs
# the whole suite inside the private test session (tests/support/
# test-session.sh), ending with CTest's pass/fail summary. Extra arguments go
# to ctest, e.g. `tests/run-tests.sh -R keychain`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

cmake --preset test
cmake --build --preset test
exec bash tests/support/test-session.sh ctest --preset test "$@"
