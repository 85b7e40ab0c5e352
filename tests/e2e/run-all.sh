#!/usr/bin/env bash
# Runs the end-to-end, concurrency and crash tests against one server and prints
# a final line "N passed, M failed" (", K skipped" if any); exits non-zero on failure.
#
#   psql      tests/e2e/test_psql.sh       psql output vs PostgreSQL 15's
#   describe  tests/e2e/test_psql_describe.sh  psql \d family over pg_catalog vs PostgreSQL 15's
#   copy      tests/e2e/test_copy.sh       COPY via psql (vs PostgreSQL 15's output) and raw protocol
#   portals   tests/e2e/test_portals.py    two portals of one statement, row limits, tags
#   psycopg2  tests/e2e/test_psycopg2.py   psycopg2 + psycopg 3 drivers, types, errors
#   sqlalchemy tests/e2e/test_sqlalchemy.py SQLAlchemy 1.4: create_all/drop_all, ORM, Inspector
#   django    tests/e2e/test_django.py     Django 3.2: migrate, ORM, iterator(), manage.py test
#   databases tests/e2e/test_databases.sh  createdb/dropdb/psql -d, 3D000, 55006
#   jdbc      tests/e2e/test_jdbc.sh       PostgreSQL JDBC driver (javac at test time)
#   node      tests/e2e/test_node.sh       node-postgres (npm ci of tests/e2e/node at test time)
#   pgbench   tests/e2e/test_pgbench.sh    pgbench -i (dtgvp, dtGvp) and 9 runs; balances agree
#             ($PGBENCH_DURATION s per run, default 30; $PGBENCH_SCALE, default 10)
#   settings  tests/e2e/test_settings.py   PGOPTIONS/PGTZ, ParameterStatus, statement_timeout
#   notify    tests/e2e/test_notify.py     LISTEN/NOTIFY to an idle psycopg2 listener, pg_notify
#   auth      tests/e2e/test_auth.py       rules file, password/md5/SCRAM, TLS (require, verify-full),
#                                          client certificates (cert, clientcert=verify-ca/-full),
#                                          CVE-2021-23214, authentication_timeout; starts its own
#                                          augurdb (AUGUR_BIN) and PostgreSQL 15; else skipped
#   bank      tests/stress/bank.py         REPEATABLE READ transfers, 8 writers ($BANK_DURATION s)
#   skew      tests/stress/write_skew.py   SERIALIZABLE prevents write skew (40001)
#   fk        tests/stress/fk_orphans.py   concurrent referencing inserts and parent deletes
#                                          (READ COMMITTED, REPEATABLE READ) never leave orphans
#   crash     tests/stress/crash.py        kill -9 under write load ($CRASH_ROUNDS rounds);
#                                          needs AUGUR_BIN or AUGUR_PG=1, else skipped
#   copy_crash tests/stress/copy_crash.py  kill -9 during bulk COPY loads ($COPY_CRASH_ROUNDS
#                                          rounds): atomic, acknowledged loads kept; as crash
# Server (see tests/e2e/lib.sh):
#   AUGUR_BIN=build/.../augurdb tests/e2e/run-all.sh      start augurdb (CI)
#   AUGUR_HOST=h AUGUR_PORT=p tests/e2e/run-all.sh        a running server (crash skipped
#                                                         unless AUGUR_BIN is also set)
#   tests/e2e/run-all.sh --pg                             throw-away PostgreSQL 15
# Optional test names select a subset: tests/e2e/run-all.sh --pg psql bank
# --results DIR keeps each test's output (DIR/<test>.log) and outcome (DIR/<test>.status:
# PASS, FAIL or SKIP) for scripts/compat-table.py, which builds docs/compatibility.md from them.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
export LC_ALL=C

selected=()
results_dir=""
expect_results_dir=0
for arg in "$@"; do
  if [ $expect_results_dir -eq 1 ]; then results_dir="$arg"; expect_results_dir=0; continue; fi
  case "$arg" in
    --pg) export AUGUR_PG=1; unset AUGUR_BIN AUGUR_PORT ;;
    --results) expect_results_dir=1 ;;
    --results=*) results_dir="${arg#--results=}" ;;
    psql|describe|copy|portals|psycopg2|sqlalchemy|django|databases|jdbc|node|pgbench|settings|notify|auth|bank|skew|fk|crash|copy_crash) selected+=("$arg") ;;
    -h|--help) sed -n '2,35p' "$0"; exit 0 ;;
    *) echo "run-all.sh: unknown argument $arg" >&2; exit 2 ;;
  esac
done
[ ${#selected[@]} -eq 0 ] && selected=(psql describe copy portals psycopg2 sqlalchemy django databases jdbc node pgbench settings notify auth bank skew fk crash copy_crash)
if [ -n "$results_dir" ]; then  # only the selected tests' results are replaced
  mkdir -p "$results_dir"
  for t in "${selected[@]}"; do rm -f "$results_dir/$t.log" "$results_dir/$t.status"; done
fi
BANK_DURATION="${BANK_DURATION:-20}"
CRASH_ROUNDS="${CRASH_ROUNDS:-20}"
COPY_CRASH_ROUNDS="${COPY_CRASH_ROUNDS:-4}"

# AUGUR_BIN / AUGUR_PG=1 as given by the caller: crash.py starts its own server from them.
crash_bin="${AUGUR_BIN:-}" crash_pg="${AUGUR_PG:-}"
if ! augur_ensure_target; then
  echo "0 passed, 1 failed"
  exit 1
fi
echo "run-all: server $AUGUR_HOST:$AUGUR_PORT ($("$PSQL" -X -A -t -h "$AUGUR_HOST" -p "$AUGUR_PORT" \
  -U "$AUGUR_USER" -d "$AUGUR_DB" -c 'SELECT version()' 2>&1 | head -n1))"

passed=0 failed=0 skipped=0
results=()
run_test() {  # name timeout_s command...
  local name="$1" limit="$2"; shift 2
  local t0=$SECONDS rc
  echo
  echo "=== $name ==="
  if [ -n "$results_dir" ]; then
    timeout --kill-after=10 "$limit" "$@" 2>&1 | tee "$results_dir/$name.log"
    rc=${PIPESTATUS[0]}
  else
    timeout --kill-after=10 "$limit" "$@"
    rc=$?
  fi
  local took=$((SECONDS - t0))
  if [ $rc -eq 0 ]; then
    passed=$((passed + 1)); results+=("PASS  $name (${took} s)")
    [ -n "$results_dir" ] && echo PASS >"$results_dir/$name.status"
  elif [ $rc -eq 77 ]; then
    skipped=$((skipped + 1)); results+=("SKIP  $name")
    [ -n "$results_dir" ] && echo SKIP >"$results_dir/$name.status"
  else
    [ $rc -eq 124 ] && echo "$name: timed out after $limit s"
    failed=$((failed + 1)); results+=("FAIL  $name (exit $rc, ${took} s)")
    [ -n "$results_dir" ] && echo FAIL >"$results_dir/$name.status"
  fi
}

for t in "${selected[@]}"; do
  case "$t" in
    psql) run_test psql 180 "$HERE/test_psql.sh" ;;
    describe) run_test describe 120 "$HERE/test_psql_describe.sh" ;;
    copy) run_test copy 180 "$HERE/test_copy.sh" ;;
    portals) run_test portals 120 "$AUGUR_PY" "$HERE/test_portals.py" ;;
    psycopg2) run_test psycopg2 300 "$AUGUR_PY" "$HERE/test_psycopg2.py" ;;
    sqlalchemy) run_test sqlalchemy 300 "$AUGUR_PY" "$HERE/test_sqlalchemy.py" ;;
    django) run_test django 600 "$AUGUR_PY" "$HERE/test_django.py" ;;
    databases) run_test databases 180 "$HERE/test_databases.sh" ;;
    jdbc) run_test jdbc 300 "$HERE/test_jdbc.sh" ;;
    node) run_test node 300 "$HERE/test_node.sh" ;;
    pgbench) run_test pgbench $((9 * ${PGBENCH_DURATION:-30} + 600)) "$HERE/test_pgbench.sh" ;;
    settings) run_test settings 180 "$AUGUR_PY" "$HERE/test_settings.py" ;;
    notify) run_test notify 120 "$AUGUR_PY" "$HERE/test_notify.py" ;;
    auth) run_test auth 300 env -u AUGUR_PORT AUGUR_BIN="$crash_bin" AUGUR_PG="$crash_pg" \
            "$AUGUR_PY" "$HERE/test_auth.py" ;;
    bank) run_test bank $((BANK_DURATION + 120)) "$AUGUR_PY" "$HERE/../stress/bank.py" \
            --duration "$BANK_DURATION" ;;
    skew) run_test skew 300 "$AUGUR_PY" "$HERE/../stress/write_skew.py" --rounds 20 ;;
    fk) run_test fk 300 "$AUGUR_PY" "$HERE/../stress/fk_orphans.py" --rounds 20 ;;
    crash) run_test crash 900 env -u AUGUR_PORT AUGUR_BIN="$crash_bin" AUGUR_PG="$crash_pg" \
             "$AUGUR_PY" "$HERE/../stress/crash.py" --rounds "$CRASH_ROUNDS" ;;
    copy_crash) run_test copy_crash 600 env -u AUGUR_PORT AUGUR_BIN="$crash_bin" AUGUR_PG="$crash_pg" \
             "$AUGUR_PY" "$HERE/../stress/copy_crash.py" --rounds "$COPY_CRASH_ROUNDS" ;;
  esac
done

echo
echo "=== summary ==="
for r in "${results[@]}"; do echo "$r"; done
if [ $skipped -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ $failed -eq 0 ]
