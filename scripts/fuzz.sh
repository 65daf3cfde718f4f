#!/usr/bin/env bash
# Builds the fuzz targets with clang and libFuzzer (ASan and UBSan on) and runs each for
# SECONDS (default 30), starting from its seed corpus in fuzz/corpus and what earlier runs
# found in fuzz/grown. Exits non-zero on the first fault, leaving the input that found it in
# the work folder: copy it into fuzz/regressions/<target>/ so that ctest replays it from
# then on.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
#   VIGIL_FUZZ_RUNS=N           run N executions of each target instead of SECONDS
#   VIGIL_FUZZ_SANITIZERS=LIST  sanitizers of the build (default address,undefined); a long
#                               run goes about twice as fast with "undefined" alone
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
sanitizers=${VIGIL_FUZZ_SANITIZERS:-address,undefined}
if [ "$sanitizers" = address,undefined ]; then
    build=${VIGIL_FUZZ_BUILD_DIR:-$root/build-fuzz}
else
    build=${VIGIL_FUZZ_BUILD_DIR:-$root/build-fuzz-${sanitizers//,/-}}
fi
seconds=${1:-30}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(sse json classifier serverdelay taskfile batch control)
fi

"$root/scripts/install-deps.sh"
CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DVIGIL_FUZZ=ON -DVIGIL_FUZZ_SANITIZERS="$sanitizers" -DVIGIL_BUILD_TESTS=OFF -DVIGIL_BUILD_BENCH=OFF -DVIGIL_BUILD_DESKTOP=OFF \
    >/dev/null
cmake --build "$build" --target fuzzers --parallel "$(nproc)"

work=${VIGIL_FUZZ_WORK_DIR:-$build/runs}
if [ -n "${VIGIL_FUZZ_RUNS:-}" ]; then
    limit=(-runs="$VIGIL_FUZZ_RUNS")
    span="$VIGIL_FUZZ_RUNS executions"
else
    limit=(-max_total_time="$seconds")
    span="${seconds}s"
fi
status=0
for target in "${targets[@]}"; do
    corpus="$work/$target/corpus"
    mkdir -p "$corpus" "$work/$target/faults"
    cp -n "$root/fuzz/corpus/$target/"* "$corpus/"
    if [ -d "$root/fuzz/grown/$target" ]; then
        cp -n "$root/fuzz/grown/$target/"* "$corpus/"
    fi
    if [ -d "$root/fuzz/regressions/$target" ]; then
        cp -n "$root/fuzz/regressions/$target/"* "$corpus/"
    fi
    echo "== fuzz_$target for $span =="
    (cd "$work/$target" && LC_ALL=C.UTF-8 LANGUAGE= \
        ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/fuzz/fuzz_$target" "${limit[@]}" -max_len=65536 -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$work/$target/faults/" \
        "$corpus" >"$work/$target/log" 2>&1) || status=$?
    grep -E '^(#[0-9]+[[:space:]]+DONE|stat::number_of_executed_units|stat::peak_rss_mb)' \
        "$work/$target/log" || true
    if [ "$status" -ne 0 ]; then
        tail -60 "$work/$target/log"
        echo "fuzz_$target found a fault: $(ls "$work/$target/faults")" >&2
        exit "$status"
    fi
done
echo "fuzzing: no faults in ${#targets[@]} targets ($span each)"
