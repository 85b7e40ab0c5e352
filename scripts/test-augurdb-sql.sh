#!/usr/bin/env bash
# Runs the SQL logic tests (tests/sql) against a fresh augurdb and compares the
# failures with the recorded baseline tests/sql/augurdb-known-failures.txt:
#   - a failure not in the baseline (a regression, or a new test augurdb fails) fails the run;
#   - baseline entries that now pass are listed so the baseline can shrink.
#   scripts/test-augurdb-sql.sh AUGURDB_BINARY [--update-baseline]
# Every expectation in tests/sql comes from PostgreSQL 15 (scripts/run-sql-tests.sh --postgres).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="${1:?usage: test-augurdb-sql.sh AUGURDB_BINARY [--update-baseline]}"
UPDATE="${2:-}"
BASELINE="$ROOT/tests/sql/augurdb-known-failures.txt"
PORT="${AUGUR_SQL_TEST_PORT:-55433}"
WORK=$(mktemp -d /tmp/augurdb-sqltest.XXXXXX)
cleanup() {
  if [ -n "${SERVER_PID:-}" ]; then kill "$SERVER_PID" 2>/dev/null; wait "$SERVER_PID" 2>/dev/null; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

"$BIN" --port "$PORT" --listen 127.0.0.1 --data-dir "$WORK/data" >"$WORK/server.log" 2>&1 &
SERVER_PID=$!
for _ in $(seq 1 100); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.1
done
if ! pg_isready -q -h 127.0.0.1 -p "$PORT"; then
  echo "augurdb did not start"; cat "$WORK/server.log"; exit 1
fi

cd "$ROOT"
"$ROOT/scripts/run-sql-tests.sh" --augurdb "$PORT" >"$WORK/out.txt" 2>"$WORK/err.txt"
summary=$(tail -n 1 "$WORK/out.txt")
grep -o '^FAIL [^ ]*' "$WORK/err.txt" | sed 's/^FAIL //' | LC_ALL=C sort -u >"$WORK/failures.txt"
if ! kill -0 "$SERVER_PID" 2>/dev/null; then
  echo "augurdb exited during the SQL tests; last log lines:"; tail -n 30 "$WORK/server.log"
  exit 1
fi
if [ "$UPDATE" = "--update-baseline" ]; then
  cp "$WORK/failures.txt" "$BASELINE"
  echo "baseline updated: $(wc -l <"$BASELINE") known failures"
fi
touch "$BASELINE"
LC_ALL=C comm -23 "$WORK/failures.txt" <(LC_ALL=C sort -u "$BASELINE") >"$WORK/new.txt"
LC_ALL=C comm -13 "$WORK/failures.txt" <(LC_ALL=C sort -u "$BASELINE") >"$WORK/fixed.txt"
echo "augurdb SQL logic tests: $summary"
echo "known failures (baseline): $(wc -l <"$BASELINE"); now passing: $(wc -l <"$WORK/fixed.txt"); new failures: $(wc -l <"$WORK/new.txt")"
if [ -s "$WORK/fixed.txt" ]; then
  echo "baseline entries that now pass (run with --update-baseline to record):"; head -n 50 "$WORK/fixed.txt"
fi
if [ -s "$WORK/new.txt" ]; then
  echo "NEW failures:"
  while read -r where; do
    grep -A 12 "^FAIL $where" "$WORK/err.txt" | head -n 14
  done < <(head -n 40 "$WORK/new.txt")
  exit 1
fi
exit 0
