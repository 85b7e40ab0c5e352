# Shell helpers shared by tests/e2e/*.sh and bench/wire/run.sh (source, don't run).
#
# augur_ensure_target picks the server under test from the environment, the same
# way tests/e2e/augur_target.py does for the Python tests:
#   AUGUR_PORT set   -> use the running server at AUGUR_HOST (default 127.0.0.1):AUGUR_PORT
#   AUGUR_BIN set    -> start `augurdb --port P --listen 127.0.0.1 --data-dir TMP` and use it
#   AUGUR_PG=1       -> start a throw-away PostgreSQL 15 (scripts/start-postgres.sh;
#                       AUGUR_PG_ARGS adds options to it, e.g. "--bench")
# Whatever it starts it stops on exit (augur_stop_target is installed as an EXIT trap).

AUGUR_REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
AUGUR_PY="${AUGUR_PY:-/usr/bin/python3}"
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PSQL="${PSQL:-$PG_BIN/psql}"
export AUGUR_USER="${AUGUR_USER:-postgres}" AUGUR_DB="${AUGUR_DB:-postgres}"
_augur_started_pid=""
_augur_started_pg=""
_augur_tmp=""

augur_free_port() {
  "$AUGUR_PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'
}

# Waits until a login succeeds; $1 = timeout in seconds.
augur_wait_ready() {
  local deadline=$((SECONDS + ${1:-60}))
  while [ $SECONDS -lt $deadline ]; do
    if "$PSQL" -X -q -h "$AUGUR_HOST" -p "$AUGUR_PORT" -U "$AUGUR_USER" -d "$AUGUR_DB" \
        -c 'SELECT 1' >/dev/null 2>&1; then
      return 0
    fi
    if [ -n "$_augur_started_pid" ] && ! kill -0 "$_augur_started_pid" 2>/dev/null; then
      echo "augurdb exited during startup; log:" >&2
      tail -n 30 "$_augur_tmp/augurdb.log" >&2 || true
      return 1
    fi
    sleep 0.1
  done
  echo "server $AUGUR_HOST:$AUGUR_PORT not ready after ${1:-60} s" >&2
  return 1
}

augur_stop_target() {
  if [ -n "$_augur_started_pid" ]; then
    kill -TERM "$_augur_started_pid" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$_augur_started_pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$_augur_started_pid" 2>/dev/null || true
    _augur_started_pid=""
  fi
  if [ -n "$_augur_started_pg" ]; then
    "$AUGUR_REPO_ROOT/scripts/start-postgres.sh" stop --data-dir "$_augur_started_pg" --mode fast || true
    _augur_started_pg=""
  fi
  if [ -n "$_augur_tmp" ]; then rm -rf "$_augur_tmp"; _augur_tmp=""; fi
}

augur_ensure_target() {
  export AUGUR_HOST="${AUGUR_HOST:-127.0.0.1}"
  if [ -n "${AUGUR_PORT:-}" ]; then
    return 0
  fi
  _augur_tmp="$(mktemp -d /tmp/augur-e2e.XXXXXX)"
  chmod 755 "$_augur_tmp"
  trap augur_stop_target EXIT
  export AUGUR_PORT
  AUGUR_PORT="$(augur_free_port)"
  if [ -n "${AUGUR_BIN:-}" ]; then
    "$AUGUR_BIN" --port "$AUGUR_PORT" --listen 127.0.0.1 --data-dir "$_augur_tmp/data" \
      >"$_augur_tmp/augurdb.log" 2>&1 </dev/null &
    _augur_started_pid=$!
    augur_wait_ready 60
  elif [ "${AUGUR_PG:-}" = "1" ]; then
    _augur_started_pg="$_augur_tmp/pg"
    "$AUGUR_REPO_ROOT/scripts/start-postgres.sh" start --port "$AUGUR_PORT" \
      --data-dir "$_augur_started_pg" ${AUGUR_PG_ARGS:-} >/dev/null
    augur_wait_ready 60
  else
    echo "no server: set AUGUR_HOST/AUGUR_PORT, AUGUR_BIN (augurdb binary) or AUGUR_PG=1" >&2
    return 2
  fi
}

# The common start of the tests that compare psql output with PostgreSQL's
# (test_psql.sh, test_psql_describe.sh, test_copy.sh): C locale, none of the
# client environment that would change psql's output, `--regenerate` as the
# first script argument (sets $regenerate), and a reachable target (else the
# script ends with "<name>: FAIL (no server)").
augur_psql_test_begin() {  # name [script arguments...]
  local name="$1"
  shift
  export LC_ALL=C
  unset PGTZ PGDATESTYLE PGOPTIONS PGCLIENTENCODING PGPASSWORD 2>/dev/null || true
  regenerate=0
  [ "${1:-}" = "--regenerate" ] && regenerate=1
  augur_ensure_target || { echo "$name: FAIL (no server)"; exit 1; }
}

# --regenerate: copies psql's output $2 to the expected file $3 and ends the
# script; a non-zero psql status $4 (when given) refuses instead.
augur_psql_test_regenerate() {  # name out expected [psql status]
  local name="$1" out="$2" expected="$3" rc="${4:-0}"
  if [ "$rc" -ne 0 ]; then echo "psql exited $rc; not regenerating"; cat "$out"; exit 1; fi
  cp "$out" "$expected"
  rm -f "$out"
  echo "$name: regenerated $expected"
  exit 0
}

# Adds to the caller's `failures` array when psql's output $1 differs from
# the expected file $2 (the diff is kept in $1.diff); $3 names the output.
augur_psql_test_compare() {  # out expected [what]
  if ! diff -u "$2" "$1" >"$1.diff"; then
    failures+=("${3:-output} differs from expected.out ($(grep -c '^[-+][^-+]' "$1.diff") lines); diff follows")
  fi
}

# Ends the script: PASS with "$3" when `failures` is empty (removing the
# output files), else FAIL with the failures, the diff's head and the lines
# of the extra report $4 (when given) that do not start with "ok".
augur_psql_test_end() {  # name out pass-summary [extra report]
  local name="$1" out="$2" summary="$3" report="${4:-}"
  if [ ${#failures[@]} -eq 0 ]; then
    echo "$name: PASS ($summary)"
    rm -f "$out" "$out.diff" ${report:+"$report"}
    exit 0
  fi
  echo "$name: FAIL"
  for f in "${failures[@]}"; do echo "  - $f"; done
  [ -s "$out.diff" ] && head -n 200 "$out.diff"
  [ -n "$report" ] && grep -v '^ok' "$report" | head -n 60
  echo "  (full output kept in $out)"
  exit 1
}
