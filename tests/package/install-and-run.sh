#!/bin/sh
# Run by tst_package inside a fresh Debian 12 root: installs vigil.deb with apt (which
# brings what the package declares), runs an example to its end against the packaged
# vigil-sim on port $1, checks every binary finds its libraries, and starts the desktop
# app offscreen for a few seconds. Prints what tst_package checks.
set -e
port=$1
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq /tmp/vigil.deb >/tmp/apt.log 2>&1 || { tail -30 /tmp/apt.log; exit 10; }
cd /tmp
vigil --version
vigil-sim --profile calm --port "$port" >/tmp/sim.log 2>&1 &
sim=$!
for _ in $(seq 50); do grep -q "http://127.0.0.1:" /tmp/sim.log && break; sleep 0.1; done
sed "s/127.0.0.1:8399/127.0.0.1:$port/" /usr/share/doc/vigil/examples/night.json >/tmp/night.json
vigil run /tmp/night.json --db /tmp/vigil.db --events /tmp/events.jsonl
echo "run: exit $?"
echo "steps done: $(grep -c step_done /tmp/events.jsonl)"
kill "$sim"
if ldd /usr/bin/vigil /usr/bin/vigil-desktop /usr/bin/vigil-sim | grep 'not found'; then
    exit 11
fi
# Help in a terminal without a display, as over ssh.
if vigil-desktop --help | grep -q -- --minimized; then echo "desktop help: ok"; fi
status=0
QT_QPA_PLATFORM=offscreen timeout 8 vigil-desktop --db /tmp/desk.db --socket /tmp/desk.sock \
    --settings /tmp/settings.json >/tmp/desktop.log 2>&1 || status=$?
cat /tmp/desktop.log
echo "desktop: status $status"
