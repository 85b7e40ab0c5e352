#!/usr/bin/env bash
# End-to-end test through psql: DDL, DML, queries, errors with caret (LINE 1: / ^),
# NOTICE forwarding, \x expanded output, SQLSTATE variables, transactions, savepoints.
# The output of tests/e2e/psql/script.sql must match tests/e2e/psql/expected.out
# byte for byte; that file is psql's output against PostgreSQL 15.
#
# Run:         AUGUR_PORT=5445 tests/e2e/test_psql.sh        (any running server)
#              AUGUR_BIN=build/src/server/augurdb tests/e2e/test_psql.sh
# Regenerate:  AUGUR_PG=1 tests/e2e/test_psql.sh --regenerate  (throw-away PostgreSQL 15)
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
augur_psql_test_begin test_psql "$@"
out="$(mktemp /tmp/augur-psql-out.XXXXXX)"

# Leftovers from an aborted earlier run would change the script's NOTICE lines.
"$PSQL" -X -q -h "$AUGUR_HOST" -p "$AUGUR_PORT" -U "$AUGUR_USER" -d "$AUGUR_DB" \
  -c 'DROP TABLE IF EXISTS e2e_orders' -c 'DROP TABLE IF EXISTS e2e_items' >/dev/null 2>&1

"$PSQL" -X -a -v ON_ERROR_STOP=1 -P pager=off -h "$AUGUR_HOST" -p "$AUGUR_PORT" \
  -U "$AUGUR_USER" -d "$AUGUR_DB" -f - <"$HERE/psql/script.sql" >"$out" 2>&1
rc=$?

[ $regenerate -eq 1 ] && augur_psql_test_regenerate test_psql "$out" "$HERE/psql/expected.out" $rc

failures=()
[ $rc -eq 0 ] || failures+=("psql exited with status $rc (ON_ERROR_STOP hit an unexpected error?)")
carets=$(grep -c '^ *\^$' "$out")
lines=$(grep -c '^LINE 1: ' "$out")
[ "$lines" -ge 5 ] || failures+=("expected >= 5 'LINE 1:' error context lines, got $lines")
[ "$carets" -ge 5 ] || failures+=("expected >= 5 caret (^) lines, got $carets")
# The caret must sit under the offending token: check the first error precisely.
if ! grep -A1 '^LINE 1: SELECT nosuchcolumn FROM e2e_items;$' "$out" | grep -qx '               ^'; then
  failures+=("caret for 'nosuchcolumn' missing or not under column 16")
fi
augur_psql_test_compare "$out" "$HERE/psql/expected.out"
augur_psql_test_end test_psql "$out" "$(wc -l <"$out") lines of psql output match PostgreSQL 15"
