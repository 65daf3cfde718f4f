#!/usr/bin/env bash
# Installs what is missing, then runs the whole test suite twice: first built with
# AddressSanitizer, UndefinedBehaviorSanitizer and LeakSanitizer (any report fails the
# run), then the normal build with warnings as errors; between them each fuzz target runs
# for a short while under libFuzzer, and cppcheck, clang-tidy and clang-format must find
# nothing. The package test and the typed keyboard audit run in the normal build only.
# ctest's summary of the normal build is the last thing printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIL_BUILD_DIR:-$root/build}
sanitize_build=${VIGIL_SANITIZE_BUILD_DIR:-$root/build-sanitize}

"$root/scripts/install-deps.sh"

echo "== sanitizer build (ASan, UBSan, LSan) =="
cmake -S "$root" -B "$sanitize_build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DVIGIL_BUILD_BENCH=OFF \
      -DVIGIL_WARNINGS_AS_ERRORS=ON \
      -DCMAKE_CXX_FLAGS="-fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
      -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" >/dev/null
cmake --build "$sanitize_build" --parallel "$(nproc)"
(cd "$sanitize_build" && ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --output-on-failure --timeout 600 --label-exclude "package|keyboard")

echo "== fuzzing (libFuzzer, ${VIGIL_FUZZ_SECONDS:-20} s per target) =="
"$root/scripts/fuzz.sh" "${VIGIL_FUZZ_SECONDS:-20}"

echo "== normal build =="
"$root/scripts/build.sh" -DVIGIL_WARNINGS_AS_ERRORS=ON

echo "== static analysis (cppcheck, clang-tidy, clang-format) =="
"$root/scripts/lint.sh" "$build"

cd "$build"
exec ctest --output-on-failure --timeout 2400
