#!/usr/bin/env bash
# node-postgres end-to-end: installs npm `pg` at the version pinned by
# tests/e2e/node/package-lock.json (`npm ci` from the npm registry into
# tests/e2e/node/node_modules, which is not committed) and runs
# tests/e2e/node/test_pg.js against the server (see its header for what it checks).
#
# Run:   AUGUR_BIN=build/src/server/augurdb tests/e2e/test_node.sh
#        AUGUR_PORT=5445 tests/e2e/test_node.sh        (any running server)
#        AUGUR_PG=1 tests/e2e/test_node.sh             (throw-away PostgreSQL 15)
# Exit 77 (skipped) when node or npm is not installed.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "test_node: SKIP (needs node and npm)"
  exit 77
fi
if [ ! -d "$HERE/node/node_modules/pg" ] || \
   [ "$HERE/node/package-lock.json" -nt "$HERE/node/node_modules/.package-lock.json" ]; then
  if ! (cd "$HERE/node" && npm ci --no-audit --no-fund --loglevel=error); then
    echo "test_node: FAIL (npm ci)"; exit 1
  fi
fi
augur_ensure_target || { echo "test_node: FAIL (no server)"; exit 1; }
node "$HERE/node/test_pg.js"
rc=$?
[ $rc -eq 0 ] && echo "test_node: PASS" || echo "test_node: FAIL"
exit $rc
