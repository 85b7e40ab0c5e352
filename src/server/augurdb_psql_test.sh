#!/usr/bin/env bash
# Smoke test of the augurdb binary with psql: starts it on an ephemeral port
# with a fresh data directory, runs queries through psql, then checks that
# SIGTERM stops it cleanly (exit status 0). Usage: augurdb_psql_test.sh <augurdb>
set -euo pipefail
augurdb="$1"
work="$(mktemp -d)"
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT

"$augurdb" --port 0 --data-dir "$work/data" --unix-socket-dir "$work" >"$work/log" 2>&1 &
pid=$!
port=""
for _ in $(seq 100); do
  port="$(sed -n 's/.*augurdb ready: .* port \([0-9]*\).*/\1/p' "$work/log")"
  [ -n "$port" ] && break
  sleep 0.05
done
[ -n "$port" ] || { echo "augurdb did not start:"; cat "$work/log"; exit 1; }
[ -d "$work/data" ] || { echo "data directory not created"; exit 1; }

got="$(psql -X -h 127.0.0.1 -p "$port" -U smoke -d smoke -At -c 'SELECT 1' -c 'SELECT 42')"
[ "$got" = $'1\n42' ] || { echo "unexpected psql output: $got"; exit 1; }
got="$(psql -X -h "$work" -p "$port" -U smoke -d smoke -At -c 'SELECT 3')"
[ "$got" = "3" ] || { echo "unexpected psql output over the Unix socket: $got"; exit 1; }
# A failing statement: psql reports the error and exits with status 1.
if psql -X -h 127.0.0.1 -p "$port" -U smoke -d smoke -c 'SELECT * FROM nothing' 2>"$work/err"; then
  echo "expected an error"; exit 1
fi
grep -q "ERROR:" "$work/err" || { echo "no ERROR from psql:"; cat "$work/err"; exit 1; }

kill -TERM "$pid"
status=0
wait "$pid" || status=$?
[ "$status" -eq 0 ] || { echo "augurdb exited with $status"; cat "$work/log"; exit 1; }
grep -q "augurdb stopped" "$work/log" || { echo "no clean stop in log"; cat "$work/log"; exit 1; }
[ ! -e "$work/.s.PGSQL.$port" ] || { echo "Unix socket file left behind"; exit 1; }
echo "ok: psql against augurdb on port $port"
