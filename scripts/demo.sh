#!/usr/bin/env bash
# The stormy night: vigil-sim plays a backend with a two-minute capacity outage, 5xx,
# stalls, truncated streams, resets and 429s; `vigil run` supervises a twelve-turn
# conversation through it and shows its live progress. Takes about three minutes.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIL_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"

work=$(mktemp -d)
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/src/sim/vigil-sim" --profile stormy-night --port 8399 >"$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 50); do
    grep -q listening "$work/sim.log" 2>/dev/null && break
    if ! kill -0 "$sim_pid" 2>/dev/null; then
        echo "vigil-sim could not start:" >&2; cat "$work/sim.log" >&2; exit 1
    fi
    sleep 0.1
done
cat "$work/sim.log"
echo "Running examples/night.json; the event log goes to $work/events.jsonl"
status=0
"$build/src/cli/vigil" run "$root/examples/night.json" --db "$work/vigil.db" --events "$work/events.jsonl" || status=$?

echo
echo "What the night looked like (attempt outcomes by class):"
grep '"event":"attempt_end"' "$work/events.jsonl" | sed 's/.*"class":"\([^"]*\)".*/\1/' | sort | uniq -c
echo "The simulator's view: $(curl -s http://127.0.0.1:8399/sim/stats 2>/dev/null | head -c 400 || true)"
exit "$status"
