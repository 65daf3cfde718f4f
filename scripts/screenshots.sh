#!/usr/bin/env bash
# Screenshots of the desktop on a stormy night, for the README: the dashboard (light and
# dark, German, Japanese), a task's page with its chart and attempt timeline, the tray menu
# and the "while you were away" summary. Runs everything on a
# private X display (Xvfb with the trayer tray host), a private D-Bus session bus (with the
# dunst notification daemon) and vigil-sim; writes docs/screenshots/*.png. Takes ~3 min.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${VIGIL_BUILD_DIR:-$root/build}
out=$root/docs/screenshots

if [ -z "${VIGIL_SCREENSHOTS_BUS:-}" ]; then
    "$root/scripts/build.sh"
    VIGIL_SCREENSHOTS_BUS=1 exec dbus-run-session -- "$0" "$@"
fi

work=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    rm -rf "$work"
}
trap cleanup EXIT

Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
pids+=($!)
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
export XDG_RUNTIME_DIR=$work/run HOME=$work/home XDG_CONFIG_HOME=$work/home/config
mkdir -p -m 700 "$XDG_RUNTIME_DIR" && mkdir -p "$XDG_CONFIG_HOME"
trayer --edge top --align right --widthtype request --height 32 --transparent false \
    --tint 0x333333 >/dev/null 2>&1 &
pids+=($!)
dunst >/dev/null 2>&1 &
pids+=($!)

"$build/src/sim/vigil-sim" --profile stormy-night --port 8399 >"$work/sim.log" 2>&1 &
pids+=($!)
for _ in $(seq 50); do grep -q "http://127.0.0.1:" "$work/sim.log" 2>/dev/null && break; sleep 0.1; done
cp "$root/examples/night.json" "$root/examples/night-batch.json" \
    "$root/examples/night-batch-items.jsonl" "$work/"
# Priced as the demo prices them, so that the charts show what the night cost.
cat >"$work/settings.json" <<'JSON'
{"prices": {"vigil-large": {"input": 2.5, "cached": 1.25, "output": 10},
            "vigil-small": {"input": 0.15, "cached": 0.075, "output": 0.6}}}
JSON

shot() { # name: the window's part of the screen
    import -window root -crop 1200x760+0+0 "$out/$1.png"
    echo "wrote $out/$1.png"
}
start_app() {
    "$build/src/app/vigil-desktop" "$@" --db "$work/vigil.db" --socket "$work/vigil.sock" \
        --settings "$work/settings.json" >>"$work/app.log" 2>&1 &
    app_pid=$!
    pids+=($app_pid)
    xdotool search --sync --onlyvisible --name '^Vigil' windowfocus --sync >/dev/null 2>&1 || true
}

start_app "$work/night.json" "$work/night-batch.json"
echo "Letting the night begin (40 s: the outage starts after 5 s)..."
sleep 40
shot dashboard-light
# The batch's page (opened when it was added) half a minute later, its timeline longer.
sleep 30
shot task-detail
# The tray menu: a right click on the tray icon at the top right of the screen.
xdotool mousemove 1268 12 click 3
sleep 1
import -window root -crop 420x300+860+0 "$out/tray-menu.png"
echo "wrote $out/tray-menu.png"
xdotool key Escape

kill -TERM "$app_pid" && wait "$app_pid" || true
QT_QPA_PLATFORMTHEME=gtk3 GTK_THEME=Adwaita:dark start_app
sleep 6
xdotool key Escape # the "while you were away" summary, if any
sleep 1
shot dashboard-dark

# The same dashboard in German and in Japanese, as the system's language picks them.
for language in de:de_DE ja:ja_JP; do
    kill -TERM "$app_pid" && wait "$app_pid" || true
    LANGUAGE=${language%%:*} LANG=${language#*:}.UTF-8 start_app
    sleep 6
    xdotool key Escape
    sleep 1
    shot "dashboard-${language%%:*}"
done

# "While you were away": Vigil in the tray while a short task and the night go on, then
# brought up as a second start does it.
kill -TERM "$app_pid" && wait "$app_pid" || true
cat >"$work/briefing.json" <<'TASK'
{"name": "Morning briefing",
 "provider": {"base_url": "http://127.0.0.1:8399/v1", "protocol": "openai-chat"},
 "model": "vigil-small", "turns": ["What happened overnight?", "And what is next?"]}
TASK
"$build/src/app/vigil-desktop" --minimized --db "$work/vigil.db" --socket "$work/vigil.sock" \
    --settings "$work/settings.json" >>"$work/app.log" 2>&1 &
app_pid=$!
pids+=($app_pid)
sleep 3
"$build/src/cli/vigil" add "$work/briefing.json" --socket "$work/vigil.sock" >>"$work/app.log" 2>&1
echo "Away for a minute..."
sleep 60
"$build/src/app/vigil-desktop" --socket "$work/vigil.sock" >>"$work/app.log" 2>&1 || true
sleep 4
shot away-summary
