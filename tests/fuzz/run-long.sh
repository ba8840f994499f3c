#!/usr/bin/env bash
# Runs the fuzz targets for longer than CTest does, and writes what each run
# reached (executions, seconds, executions per second, coverage, result) as a
# Markdown table, for the README.
#
#   tests/fuzz/run-long.sh [seconds] [target...]
#
# seconds: the time limit per target (default 1800); each run also stops after
# FUZZ_RUNS executions (default 10,000,000), whichever comes first. Targets
# default to all of them. FUZZ_JOBS targets run side by side (default 1), at
# the lowest priority; FUZZ_TIMEOUT is the seconds one input may take before
# it counts as a hang (default 120: at the lowest priority on a busy machine a
# 20 ms input was once starved for 14 s). Needs a built fuzz preset:
#   cmake --preset fuzz && cmake --build --preset fuzz --target d360-fuzzers
# What each run found is added to build/fuzz/tests/fuzz/corpus/<target>; a
# crash leaves its input in build/fuzz/tests/fuzz/artifacts/ and its log in
# the output folder. The table goes to build/fuzz/long-run/figures.md
# (FUZZ_OUT overrides the folder; FUZZ_BIN runs copies of the targets from
# elsewhere, so a rebuild does not replace them under a long run).
set -euo pipefail
# One compound command, read whole before it starts: bash reads a script as it
# runs, and an edit during a half-hour run would otherwise break its end.
{
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

seconds=${1:-1800}
shift || true
runs=${FUZZ_RUNS:-10000000}
jobs=${FUZZ_JOBS:-1}
bin=${FUZZ_BIN:-build/fuzz/tests/fuzz}
out=${FUZZ_OUT:-build/fuzz/long-run}
mkdir -p "$out"

if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(find "$bin" -maxdepth 1 -type f -executable -name 'fuzz_*' -printf '%f\n' | sort)
fi
[ ${#targets[@]} -gt 0 ] || { echo "run-long: no fuzz targets in $bin; build the fuzz preset first" >&2; exit 1; }

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/support/lsan.supp}
export QT_QPA_PLATFORM=offscreen

# The options CTest uses for this target (dictionary, input size limit).
options_of() {
    ctest --test-dir build/fuzz -N -V -R "^$1\$" 2>/dev/null \
        | sed -n 's/.*Test command: //p' | tr ' ' '\n' | grep -E '^"?-(dict|max_len)=' | tr -d '"' || true
}

run_one() {
    local target=$1 log="$out/$1.log" started ended status
    mkdir -p "$bin/corpus/$target" "$bin/artifacts"
    started=$(date +%s)
    set +e
    # shellcheck disable=SC2046
    nice -n 19 "$bin/$target" $(options_of "$target") -max_total_time="$seconds" -runs="$runs" \
        -timeout="${FUZZ_TIMEOUT:-120}" -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$bin/artifacts/$target-" \
        "$bin/corpus/$target" "tests/fuzz/corpus/$target" >"$log" 2>&1
    status=$?
    set -e
    ended=$(date +%s)
    echo "$status $((ended - started))" >"$out/$target.result"
}

running=0
for target in "${targets[@]}"; do
    run_one "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$jobs" ]; then
        wait -n || true
        running=$((running - 1))
    fi
done
wait

figures="$out/figures.md"
{
    echo "| Target | Executions | Seconds | Exec/s | Coverage (edges) | Features | Corpus | Result |"
    echo "|---|---:|---:|---:|---:|---:|---:|---|"
    for target in "${targets[@]}"; do
        log="$out/$target.log"
        read -r status elapsed <"$out/$target.result"
        executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
        last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
        coverage=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
        features=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
        corpus=$(sed -n 's/.* corp: \([0-9]*\).*/\1/p' <<<"$last")
        if [ "$status" -eq 0 ]; then result="clean"; else result="FAILED (exit $status, see $log)"; fi
        echo "| $target | ${executions:-?} | $elapsed | ${rate:-?} | ${coverage:-?} | ${features:-?} | ${corpus:-?} | $result |"
    done
} >"$figures"
cat "$figures"
! grep -q FAILED "$figures"
exit
}
