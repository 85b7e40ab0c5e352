#!/usr/bin/env bash
# Starts, stops or kills a throw-away PostgreSQL 15 used as the reference server
# for augurdb's end-to-end tests, stress tests and wire benchmarks.
#
# Settings match augurdb's defaults (collation "C", UTF8, TimeZone UTC, trust
# auth on 127.0.0.1), so output from the two servers can be compared byte for byte.
# Works as root (runs the server as user "postgres" via runuser) or as any user.
#
# Usage:
#   scripts/start-postgres.sh start --port 5445 --data-dir /tmp/pg-e2e [--fresh] [--bench] [-c name=value]...
#   scripts/start-postgres.sh stop  --data-dir /tmp/pg-e2e [--mode fast|immediate]
#   scripts/start-postgres.sh status --data-dir /tmp/pg-e2e
#
#   --fresh   delete the data directory first (initdb runs whenever it holds no cluster)
#   --bench   benchmark profile: shared_buffers=1GB, synchronous_commit=on, fsync=on,
#             max_wal_size=4GB, checkpoint_timeout=15min (sane for a 2-core, 24 GB machine)
#   -c k=v    any extra server setting (repeatable)
#   --mode immediate  like a crash: no shutdown checkpoint, crash recovery on next start
#
# On success "start" prints one line: "postgres ready: host=127.0.0.1 port=P user=postgres".
# The server log is DATA_DIR/server.log.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
action="${1:-}"
[ -n "$action" ] && shift || true
port=""
data_dir=""
fresh=0
bench=0
mode="fast"
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --port) port="$2"; shift 2 ;;
    --data-dir) data_dir="$2"; shift 2 ;;
    --fresh) fresh=1; shift ;;
    --bench) bench=1; shift ;;
    --mode) mode="$2"; shift 2 ;;
    -c) extra+=("-c" "$2"); shift 2 ;;
    *) echo "start-postgres.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
if [ -z "$data_dir" ]; then
  echo "usage: $0 start|stop|status --data-dir DIR [--port P] [--fresh] [--bench] [-c k=v]" >&2
  exit 2
fi
case "$data_dir" in /*) ;; *) data_dir="$PWD/$data_dir" ;; esac

# Run a command as the cluster owner. PostgreSQL refuses to run as root.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

case "$action" in
  start)
    if [ -z "$port" ]; then echo "start-postgres.sh: --port is required" >&2; exit 2; fi
    if [ "$fresh" -eq 1 ] && [ -d "$data_dir" ]; then
      if [ -f "$data_dir/postmaster.pid" ]; then
        as_owner "$PG_BIN/pg_ctl" -D "$data_dir" -m immediate stop >/dev/null 2>&1 || true
      fi
      rm -rf "$data_dir"
    fi
    mkdir -p "$data_dir"
    if [ "$(id -u)" -eq 0 ]; then chown postgres:postgres "$data_dir"; fi
    chmod 700 "$data_dir"
    if [ ! -f "$data_dir/PG_VERSION" ]; then
      as_owner "$PG_BIN/initdb" -D "$data_dir" -U postgres --locale=C --encoding=UTF8 \
        -A trust >"$data_dir.initdb.log" 2>&1 || { cat "$data_dir.initdb.log" >&2; exit 1; }
    fi
    opts="-p $port -k /tmp -c listen_addresses=127.0.0.1 -c TimeZone=UTC -c log_timezone=UTC"
    opts="$opts -c lc_messages=C -c max_connections=100"
    if [ "$bench" -eq 1 ]; then
      opts="$opts -c shared_buffers=1GB -c synchronous_commit=on -c fsync=on"
      opts="$opts -c max_wal_size=4GB -c checkpoint_timeout=15min -c wal_buffers=16MB"
    fi
    for ((i = 0; i < ${#extra[@]}; i += 2)); do opts="$opts -c ${extra[i+1]}"; done
    if as_owner "$PG_BIN/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
      echo "start-postgres.sh: a server is already running on $data_dir" >&2
      exit 1
    fi
    if ! as_owner "$PG_BIN/pg_ctl" -D "$data_dir" -o "$opts" -l "$data_dir/server.log" \
        -w -t 60 start >/dev/null; then
      echo "start-postgres.sh: PostgreSQL failed to start; log follows" >&2
      tail -n 30 "$data_dir/server.log" >&2 || true
      exit 1
    fi
    echo "postgres ready: host=127.0.0.1 port=$port user=postgres"
    ;;
  stop)
    if as_owner "$PG_BIN/pg_ctl" -D "$data_dir" status >/dev/null 2>&1; then
      as_owner "$PG_BIN/pg_ctl" -D "$data_dir" -m "$mode" -w -t 60 stop >/dev/null
    fi
    ;;
  status)
    as_owner "$PG_BIN/pg_ctl" -D "$data_dir" status
    ;;
  *)
    echo "usage: $0 start|stop|status --data-dir DIR [options]" >&2
    exit 2
    ;;
esac
