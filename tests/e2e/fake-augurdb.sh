#!/usr/bin/env bash
# A stand-in for the augurdb binary that runs PostgreSQL 15 behind augurdb's command
# line (--port P --listen ADDR --data-dir DIR), in the foreground like augurdb.
# It lets the AUGUR_BIN code path of tests/e2e and tests/stress (start, SIGKILL,
# restart on the same data directory) be proven before augurdb can run them:
#   AUGUR_BIN=tests/e2e/fake-augurdb.sh tests/e2e/run-all.sh
set -euo pipefail
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
port="" listen="127.0.0.1" dir=""
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --listen) listen="$2"; shift 2 ;;
    --data-dir) dir="$2"; shift 2 ;;
    *) echo "fake-augurdb: unknown flag $1" >&2; exit 2 ;;
  esac
done
[ -n "$port" ] && [ -n "$dir" ] || { echo "usage: $0 --port P --listen A --data-dir D" >&2; exit 2; }
as_owner=()
if [ "$(id -u)" -eq 0 ]; then
  # setpriv execs in place (no fork), so our pid stays the postmaster's.
  as_owner=(setpriv --reuid=postgres --regid=postgres --init-groups)
  mkdir -p "$dir" && chown postgres:postgres "$dir"
fi
mkdir -p "$dir" && chmod 700 "$dir"
if [ ! -f "$dir/PG_VERSION" ]; then
  "${as_owner[@]}" "$PG_BIN/initdb" -D "$dir" -U postgres --locale=C --encoding=UTF8 -A trust >/dev/null
fi
exec "${as_owner[@]}" "$PG_BIN/postgres" -D "$dir" -p "$port" -k /tmp \
  -c listen_addresses="$listen" -c TimeZone=UTC -c log_timezone=UTC -c lc_messages=C
