#!/usr/bin/env bash
# Installs the Debian packages, builds everything and runs the whole test
# suite — what CI runs (.ci/run calls this). Steps:
#   1. unit tests (ctest)
#   2. SQL logic tests against a throw-away PostgreSQL 15: proves every expectation
#   3. SQL logic tests against augurdb (queries listed in tests/sql/augurdb-known-failures.txt
#      are reported, not gated; any other failure fails the step)
#   4. end-to-end client, concurrency and crash tests against augurdb (tests/e2e/run-all.sh)
# Prints "N passed, M failed" over the steps and exits non-zero if any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD_DIR=${AUGUR_BUILD_DIR:-build}
export AUGUR_BUILD_DIR=$BUILD_DIR

bash scripts/build.sh || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

passed=0
failed=0
failed_steps=()
step() {
  local name=$1
  shift
  echo
  echo "=== $name"
  if "$@"; then
    echo "--- $name: ok"
    passed=$((passed + 1))
  else
    echo "--- $name: FAILED"
    failed=$((failed + 1))
    failed_steps+=("$name")
  fi
}

step "unit tests" ctest --test-dir "$BUILD_DIR" --output-on-failure -j2 --timeout 600

export SQLLOGIC_BIN="$ROOT/$BUILD_DIR/tests/sqllogic/sqllogic"
step "SQL logic tests against PostgreSQL 15" scripts/run-sql-tests.sh --postgres

AUGUR_BIN="$ROOT/$BUILD_DIR/src/server/augurdb"
if [ -x "$AUGUR_BIN" ] && [ -x scripts/test-augurdb-sql.sh ]; then
  step "SQL logic tests against augurdb" scripts/test-augurdb-sql.sh "$AUGUR_BIN"
fi
if [ -x "$AUGUR_BIN" ] && [ -x tests/e2e/run-all.sh ]; then
  # --results keeps each test's checks for docs/compatibility.md (scripts/compat-table.py).
  step "end-to-end, concurrency and crash tests" env AUGUR_BIN="$AUGUR_BIN" \
    tests/e2e/run-all.sh --results "$BUILD_DIR/e2e-results"
  # docs/compatibility.md must be what this run produces. The generated file is left in
  # $BUILD_DIR/compatibility.md; a difference is printed, and fails the run when
  # AUGUR_COMPAT_GATE=1 (report-only otherwise while tests are still being added daily).
  /usr/bin/python3 scripts/compat-table.py build "$BUILD_DIR/e2e-results" >"$BUILD_DIR/compatibility.md"
  if [ "${AUGUR_COMPAT_GATE:-0}" = "1" ]; then
    step "docs/compatibility.md matches the end-to-end run" \
      /usr/bin/python3 scripts/compat-table.py check "$BUILD_DIR/e2e-results" docs/compatibility.md
  else
    /usr/bin/python3 scripts/compat-table.py check "$BUILD_DIR/e2e-results" docs/compatibility.md ||
      echo "note: docs/compatibility.md is stale (report only; AUGUR_COMPAT_GATE=1 makes it fail)"
  fi
fi

echo
if [ $failed -gt 0 ]; then echo "failed steps: ${failed_steps[*]}"; fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
