#!/usr/bin/env bash
# The stormy night: vigil-sim plays a backend with a two-minute capacity outage, 5xx,
# stalls, truncated streams, resets and 429s. Two `vigil run`s supervise work through
# it at the same time: a twelve-turn conversation, whose live progress is shown, and a
# 200-item batch with 16 requests in flight. Takes about four minutes.
# With a display (and VIGIL_DEMO_HEADLESS unset) the desktop app supervises both instead:
# watch the dashboard, close the window to the tray, quit from the tray when you are done.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIL_BUILD_DIR:-$root/build}
"$root/scripts/build.sh"

work=$(mktemp -d)
trap 'kill "$sim_pid" 2>/dev/null || true; rm -rf "$work"' EXIT
"$build/src/sim/vigil-sim" --profile stormy-night --port 8399 >"$work/sim.log" 2>&1 &
sim_pid=$!
for _ in $(seq 50); do
    grep -q "http://127.0.0.1:" "$work/sim.log" 2>/dev/null && break
    if ! kill -0 "$sim_pid" 2>/dev/null; then
        echo "vigil-sim could not start:" >&2; cat "$work/sim.log" >&2; exit 1
    fi
    sleep 0.1
done
cat "$work/sim.log"
# The batch writes its results beside its task file: run a copy, so that every demo
# starts from nothing.
cp "$root/examples/night-batch.json" "$root/examples/night-batch-items.jsonl" "$work/"
# The simulator's models priced as if they were a large and a small hosted model, so that
# the night shows what it cost.
cat >"$work/settings.json" <<'JSON'
{"prices": {"vigil-large": {"input": 2.5, "cached": 1.25, "output": 10},
            "vigil-small": {"input": 0.15, "cached": 0.075, "output": 0.6}}}
JSON
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${VIGIL_DEMO_HEADLESS:-}" ] &&
    [ -x "$build/src/app/vigil-desktop" ]; then
    echo "Opening Vigil's window on the stormy night (quit from the window or the tray)"
    status=0
    "$build/src/app/vigil-desktop" "$root/examples/night.json" "$work/night-batch.json" \
        --db "$work/desktop.db" --socket "$work/vigil.sock" \
        --settings "$work/settings.json" || status=$?
    echo "The batch wrote $(wc -l <"$work/night-batch.out.jsonl" 2>/dev/null || echo 0) result lines"
    exit "$status"
fi
echo "Running examples/night-batch.json in the background (progress in $work/batch.log)"
batch_status=0
"$build/src/cli/vigil" run "$work/night-batch.json" --db "$work/batch.db" \
    --events "$work/batch-events.jsonl" --settings "$work/settings.json" 2>"$work/batch.log" &
batch_pid=$!
echo "Running examples/night.json; the event log goes to $work/events.jsonl"
status=0
"$build/src/cli/vigil" run "$root/examples/night.json" --db "$work/vigil.db" --events "$work/events.jsonl" \
    --settings "$work/settings.json" || status=$?
echo "Waiting for the batch to finish..."
wait "$batch_pid" || batch_status=$?

outcomes() {
    grep '"event":"attempt_end"' "$1" | sed 's/.*"class":"\([^"]*\)".*/\1/' | sort | uniq -c
}
echo
echo "The conversation (exit $status): attempt outcomes by class"
outcomes "$work/events.jsonl"
echo
echo "The batch (exit $batch_status): $(tail -n 1 "$work/batch.log")"
echo "  $(wc -l <"$work/night-batch.out.jsonl") result lines, $(sed 's/^{"id":"\([^"]*\)".*/\1/' "$work/night-batch.out.jsonl" | sort -u | wc -l) distinct items"
echo "  what it cost at the demo's prices: $(grep -o '[$][0-9.,]* spent' "$work/batch.log" | tail -n 1 || true)"
echo "  backend cool-downs: $(grep -c '"state":"open"' "$work/batch-events.jsonl" || true); attempt outcomes by class:"
outcomes "$work/batch-events.jsonl"
echo
echo "The simulator's view: $(curl -s http://127.0.0.1:8399/sim/stats 2>/dev/null | head -c 400 || true)"
[ "$status" -eq 0 ] || exit "$status"
exit "$batch_status"
