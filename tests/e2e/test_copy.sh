#!/usr/bin/env bash
# COPY end-to-end: tests/e2e/copy/script.sql through psql (COPY FROM STDIN / TO STDOUT in
# text, CSV and binary, options, errors with CONTEXT lines, transactions, \copy both ways,
# binary files compared by md5); its output must match tests/e2e/copy/expected.out byte
# for byte — psql's output against PostgreSQL 15. Then tests/e2e/test_copy_protocol.py
# (raw protocol message sequences, extended protocol, psycopg2 and psycopg 3).
#
# Run:         AUGUR_PORT=5445 tests/e2e/test_copy.sh        (any running server)
#              AUGUR_BIN=build/src/server/augurdb tests/e2e/test_copy.sh
# Regenerate:  AUGUR_PG=1 tests/e2e/test_copy.sh --regenerate  (throw-away PostgreSQL 15)
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
augur_psql_test_begin test_copy "$@"
out="$(mktemp /tmp/augur-copy-out.XXXXXX)"

# Leftovers from an aborted earlier run would change the script's NOTICE lines.
"$PSQL" -X -q -h "$AUGUR_HOST" -p "$AUGUR_PORT" -U "$AUGUR_USER" -d "$AUGUR_DB" \
  -c 'DROP TABLE IF EXISTS copy_t' -c 'DROP TABLE IF EXISTS copy_u' -c 'DROP TABLE IF EXISTS copy_c' \
  -c 'DROP TABLE IF EXISTS copy_proto' -c 'DROP TABLE IF EXISTS copy_big' -c 'DROP TABLE IF EXISTS copy_big_u' >/dev/null 2>&1

# The script's psql errors are expected (no ON_ERROR_STOP); it runs from the
# script's directory so psql's "<stdin>:N" prefixes do not depend on paths.
"$PSQL" -X -a -P pager=off -h "$AUGUR_HOST" -p "$AUGUR_PORT" \
  -U "$AUGUR_USER" -d "$AUGUR_DB" -f - <"$HERE/copy/script.sql" >"$out" 2>&1
rc=$?

[ $regenerate -eq 1 ] && augur_psql_test_regenerate test_copy "$out" "$HERE/copy/expected.out" $rc

failures=()
[ $rc -eq 0 ] || failures+=("psql exited with status $rc")
augur_psql_test_compare "$out" "$HERE/copy/expected.out" "psql output"
if ! "$AUGUR_PY" "$HERE/test_copy_protocol.py" >"$out.protocol" 2>&1; then
  failures+=("test_copy_protocol.py failed; its output follows the diff")
fi

augur_psql_test_end test_copy "$out" \
  "$(wc -l <"$out") lines of psql output match PostgreSQL 15; $(grep -c '^ok' "$out.protocol") protocol checks" \
  "$out.protocol"
