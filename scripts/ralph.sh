#!/usr/bin/env bash
# A local Ralph LRS (xAPI 1.0.3) for the integration test and the throughput measurement.
#
#   scripts/ralph.sh start STATE_DIR   # install (once), make a user, start on 127.0.0.1, wait
#   source STATE_DIR/env               # KEY_ACCOUNT_TEST_LRS, _USER, _PASSWORD
#   scripts/ralph.sh stop STATE_DIR    # stop the server started there
#
# Ralph is the Python package ralph-malph with its cli and lrs extras, plus requests, in a virtual
# environment under ~/.cache/key-account (reused between runs). The server uses the filesystem
# backend: its statements live in STATE_DIR/data. Ralph 5.1.0's fs backend takes only one POST
# that stores anything (it writes its file with "create"; every later write is an HTTP 500), so
# the server runs the same backend with appending writes, from scripts/ralph-fs-append (a Ralph
# backend plugin, "fsappend"). A user with every scope is made with `ralph auth` and a random
# password. The port is a free one, so it never meets another server.
set -euo pipefail

RALPH_VERSION="5.1.0"
here=$(cd "$(dirname "$0")" && pwd)
venv="${KEY_ACCOUNT_RALPH_VENV:-$HOME/.cache/key-account/ralph-venv}"
cmd="${1:-}"
state="${2:-}"
if [ -z "$cmd" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

stop() {
    if [ -f "$state/pid" ]; then
        pid=$(cat "$state/pid")
        # The reloader process; it stops its server process on SIGTERM.
        if kill -0 "$pid" 2>/dev/null; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 50); do
                kill -0 "$pid" 2>/dev/null || break
                sleep 0.1
            done
            kill -9 "$pid" 2>/dev/null || true
        fi
        rm -f "$state/pid"
        echo "ralph: stopped (pid $pid)"
    fi
}

if [ "$cmd" = "stop" ]; then
    stop
    exit 0
fi
if [ "$cmd" != "start" ]; then
    echo "usage: $0 start|stop STATE_DIR" >&2
    exit 2
fi

mkdir -p "$state"
state=$(cd "$state" && pwd)

# Install into a virtual environment, once per version.
if ! "$venv/bin/ralph" --version 2>/dev/null | grep -q "$RALPH_VERSION"; then
    echo "ralph: installing ralph-malph[cli,lrs]==$RALPH_VERSION and requests into $venv"
    if ! python3 -m venv --help >/dev/null 2>&1; then
        sudo=""
        [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends python3-venv
    fi
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        "ralph-malph[cli,lrs]==$RALPH_VERSION" requests
fi
if ! "$venv/bin/ralph" runserver --help 2>/dev/null | grep -q fsappend; then
    echo "ralph: installing the appending fs backend (scripts/ralph-fs-append)"
    "$venv/bin/pip" install --quiet --disable-pip-version-check "$here/ralph-fs-append"
fi

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
user="key-account-ci"
password=$(python3 -c 'import secrets; print(secrets.token_urlsafe(18))')

# Ralph's settings come from RALPH_* variables; its auth file lives in RALPH_APP_DIR.
export RALPH_APP_DIR="$state/app"
# Pages of up to 10,000 statements: the fs backend scans its file for every page.
export RALPH_RUNSERVER_MAX_SEARCH_HITS_COUNT=10000
rm -f "$RALPH_APP_DIR/auth.json"
# (`ralph auth` loads the API, which needs a backend name; runserver sets its own.)
RALPH_RUNSERVER_BACKEND=fs "$venv/bin/ralph" auth --username "$user" --password "$password" --scope all \
    --agent-ifi-account "$user" "https://key-account.invalid" --write-to-disk >"$state/auth.log" 2>&1

# runserver reloads on file changes in its working folder: start it in an empty one.
mkdir -p "$state/run" "$state/data"
(
    cd "$state/run"
    exec "$venv/bin/ralph" runserver --backend fsappend --host 127.0.0.1 --port "$port" \
        --fsappend-default-directory-path "$state/data"
) >"$state/server.log" 2>&1 &
echo $! >"$state/pid"

url="http://127.0.0.1:$port/xAPI"
for _ in $(seq 1 300); do
    if python3 -c "import urllib.request,sys; urllib.request.urlopen('http://127.0.0.1:$port/__heartbeat__', timeout=1)" 2>/dev/null; then
        cat >"$state/env" <<EOF
export KEY_ACCOUNT_TEST_LRS=$url
export KEY_ACCOUNT_TEST_LRS_USER=$user
export KEY_ACCOUNT_TEST_LRS_PASSWORD=$password
EOF
        echo "ralph: $url (fs backend in $state/data), user $user"
        exit 0
    fi
    if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
        break
    fi
    sleep 0.2
done
echo "ralph: the server did not start; its log:" >&2
tail -n 30 "$state/server.log" >&2
stop
exit 1
