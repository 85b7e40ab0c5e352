#!/usr/bin/env bash
# Runs the SQL logic tests (tests/sql/**/*.test) with the sqllogic runner.
#
#   scripts/run-sql-tests.sh --postgres [--port P]     prove every expectation against a
#                                                      throw-away PostgreSQL 15 (default port 5440)
#   scripts/run-sql-tests.sh --complete [--port P]     regenerate expectations from PostgreSQL 15
#   scripts/run-sql-tests.sh --augurdb PORT [--host H] test an augurdb server already running
#   ... [--extended] [--per-file] [--verbose] [files...]
#                                    extended query protocol; per-file summaries; a subset of files
#
# --postgres checks the corpus twice, with the extended query protocol first
# (summary prefixed "extended protocol:") and then with the simple protocol;
# --augurdb and --complete use the simple protocol unless --extended is given.
#
# The PostgreSQL server is created with initdb --locale=C --encoding=UTF8 and
# TimeZone=UTC in a temporary directory and removed on exit. When run as root,
# PostgreSQL runs as user postgres. The runner is built into build-sqltests
# (override with SQLLOGIC_BUILD_DIR, or point SQLLOGIC_BIN at a built binary).
# The last line printed is the runner's summary "N passed, M failed"; the exit
# status is non-zero if anything failed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
BUILD_DIR="${SQLLOGIC_BUILD_DIR:-$ROOT/build-sqltests}"

mode=""
port=""
host="127.0.0.1"
verbose=()
protocol=()
files=()
while [ $# -gt 0 ]; do
  case "$1" in
    --postgres) mode="postgres" ;;
    --complete) mode="complete" ;;
    --augurdb) mode="augurdb"; port="${2:?--augurdb needs a port}"; shift ;;
    --port) port="${2:?--port needs a value}"; shift ;;
    --host) host="${2:?--host needs a value}"; shift ;;
    --verbose|-v) verbose+=(--verbose) ;;
    --per-file) verbose+=(--per-file) ;;
    --extended) protocol=(--extended) ;;
    -h|--help) sed -n '2,21p' "$0"; exit 0 ;;
    -*) echo "run-sql-tests.sh: unknown option $1" >&2; exit 2 ;;
    *) files+=("$1") ;;
  esac
  shift
done
if [ -z "$mode" ]; then
  echo "usage: scripts/run-sql-tests.sh --postgres | --complete | --augurdb PORT [files...]" >&2
  exit 2
fi

# Build the runner unless a binary was given.
BIN="${SQLLOGIC_BIN:-}"
if [ -z "$BIN" ]; then
  if [ ! -f "$BUILD_DIR/build.ninja" ] && [ ! -f "$BUILD_DIR/Makefile" ]; then
    cmake -S "$ROOT" -B "$BUILD_DIR" -G Ninja -DAUGUR_MODULES="common" >/dev/null
  fi
  cmake --build "$BUILD_DIR" --target sqllogic -- -j2 >/dev/null
  BIN="$BUILD_DIR/tests/sqllogic/sqllogic"
fi
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"

if [ ${#files[@]} -eq 0 ]; then
  cd "$ROOT"  # so that reports name files as tests/sql/...
  mapfile -t files < <(find tests/sql -name '*.test' | LC_ALL=C sort)
fi

# The session settings every expectation assumes (TimeZone UTC, DateStyle ISO,
# extra_float_digits 1) are SET by the runner on each connection it opens.
if [ "$mode" = "augurdb" ]; then
  exec "$BIN" --engine augurdb --conn "host=$host port=$port user=postgres dbname=postgres" \
    "${protocol[@]}" "${verbose[@]}" "${files[@]}"
fi

# A throw-away PostgreSQL 15.
port="${port:-5440}"
as_pg() {
  if [ "$(id -u)" -eq 0 ]; then
    su postgres -s /bin/sh -c "$*"
  else
    sh -c "$*"
  fi
}
datadir="$(mktemp -d /tmp/augur-sqltests-pg.XXXXXX)"
if [ "$(id -u)" -eq 0 ]; then chown postgres "$datadir"; fi
cleanup() {
  as_pg "'$PG_BIN/pg_ctl' -D '$datadir/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$datadir"
}
trap cleanup EXIT
as_pg "'$PG_BIN/initdb' -D '$datadir/data' -U postgres --locale=C --encoding=UTF8 -A trust" \
  >"$datadir/initdb.log" 2>&1 || { cat "$datadir/initdb.log" >&2; exit 1; }
as_pg "'$PG_BIN/pg_ctl' -D '$datadir/data' -w -l '$datadir/server.log' \
  -o \"-p $port -k '$datadir' -c listen_addresses=127.0.0.1 -c TimeZone=UTC -c DateStyle=ISO,MDY \
        -c fsync=off -c lc_messages=C -c max_connections=20\" start" >/dev/null \
  || { cat "$datadir/server.log" >&2; exit 1; }

args=(--engine postgresql --conn "host=127.0.0.1 port=$port user=postgres dbname=postgres")

# The runner must be able to fail: its self-test file has deliberately wrong
# expectations, each marked "# expect: FAIL" on the line before the record.
if [ "$mode" = "postgres" ]; then
  selftest="$ROOT/tests/sqllogic/runner_selftest.test"
  want="$(grep -n -A1 '^# expect: FAIL' "$selftest" | sed -n 's/^\([0-9][0-9]*\)-.*/\1/p' | sort -n || true)"
  got="$("$BIN" "${args[@]}" "$selftest" 2>&1 >/dev/null | sed -n 's/^FAIL .*:\([0-9]*\)$/\1/p' | sort -n || true)"
  if [ -z "$want" ] || [ "$want" != "$got" ]; then
    echo "run-sql-tests.sh: runner self-test failed: expected failures at lines" $want \
      "but the runner reported" $got >&2
    exit 1
  fi
  echo "runner self-test: all $(echo "$want" | wc -l) deliberate mismatches detected" >&2
fi
if [ "$mode" = "complete" ]; then args+=(--complete); fi
status=0
if [ "$mode" = "postgres" ]; then
  # Every expectation must hold under both protocols; the extended pass reports
  # its mismatches and a prefixed summary, the simple pass ends the output.
  extended_output="$("$BIN" "${args[@]}" --extended "${verbose[@]}" "${files[@]}" 2>&1)" || status=$?
  printf '%s\n' "$extended_output" | sed '$d' >&2
  echo "extended protocol: $(printf '%s\n' "$extended_output" | tail -n 1)"
  "$BIN" "${args[@]}" "${verbose[@]}" "${files[@]}" || status=$?
else
  "$BIN" "${args[@]}" "${protocol[@]}" "${verbose[@]}" "${files[@]}" || status=$?
fi

# Every file must drop what it creates: anything left behind is a defect.
leftover="$("$PG_BIN/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -Atq -c \
  "SELECT string_agg(relname, ' ' ORDER BY relname) FROM pg_class
   WHERE relnamespace = 'public'::regnamespace" 2>/dev/null || true)"
if [ -n "$leftover" ]; then
  echo "run-sql-tests.sh: objects left behind by the test files: $leftover" >&2
  status=1
fi
exit $status
