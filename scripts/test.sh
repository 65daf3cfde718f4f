#!/usr/bin/env bash
# Installs what is missing, builds with warnings as errors and runs the whole test suite.
# ctest's summary is the last thing printed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIL_BUILD_DIR:-$root/build}
"$root/scripts/build.sh" -DVIGIL_WARNINGS_AS_ERRORS=ON
cd "$build"
exec ctest --output-on-failure --timeout 600
