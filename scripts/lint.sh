#!/usr/bin/env bash
# Static analysis of Vigil's own sources, over the compile commands of a configured build
# (default: build/): cppcheck (warning, performance and portability checks), clang-tidy
# (the checks in .clang-tidy), clang-format (.clang-format) and qmllint over the window's QML
# module. Any finding fails the run; the findings are printed.
# Usage: scripts/lint.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$root/build}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# One entry per source file of ours: not the generated ones in the build tree.
python3 - "$build/compile_commands.json" "$root" "$work/compile_commands.json" <<'PY'
import json, sys
commands, root, out = sys.argv[1], sys.argv[2], sys.argv[3]
ours, seen = [], set()
for entry in json.load(open(commands)):
    path = entry['file']
    if path in seen or not any(path.startswith(f'{root}/{d}/') for d in ('src', 'tests', 'fuzz', 'bench')):
        continue
    seen.add(path)
    ours.append(entry)
json.dump(ours, open(out, 'w'))
print(f'{len(ours)} source files', file=sys.stderr)
PY

echo "== cppcheck =="
cppcheck --project="$work/compile_commands.json" --library=qt \
    --library="$root/scripts/cppcheck-qt-quick.cfg" \
    --enable=warning,performance,portability --inline-suppr --error-exitcode=1 -q \
    -j "$(nproc)" '--suppress=*:*_autogen/*'

echo "== clang-tidy =="
run-clang-tidy -p "$work" -quiet -j "$(nproc)" >"$work/tidy.log" 2>&1 || {
    grep -E 'error:|warning:' -A3 "$work/tidy.log" | grep -v '^--$' | head -200
    echo "clang-tidy found problems (the checks are in .clang-tidy)" >&2
    exit 1
}
echo "== clang-format =="
find "$root"/{src,tests,fuzz,bench,installer} \( -name '*.cpp' -o -name '*.h' \) -print0 |
    xargs -0 clang-format --dry-run --Werror

echo "== qmllint =="
# Qt 6.4's qmllint misreads a few things the runtime gets right: JavaScript's array methods
# on a QVariantList, DialogButtonBox's roles, QUrl.toString(), Qt.application.font,
# StandardKey, qint64 properties, and a delegate's use of its file's ids (6.5's
# `pragma ComponentBehavior: Bound` says that is meant). Those lines carry a
# `// qmllint disable <category>` comment; anything else fails here.
if ! cmake --build "$build" --target all_qmllint >"$work/qmllint.log" 2>&1; then
    grep -vE '^Info:|^\[' "$work/qmllint.log" | head -100
    echo "qmllint found problems in qml/" >&2
    exit 1
fi

echo "static analysis: no findings"
