#!/usr/bin/env bash
# End-to-end test of psql's describe commands over the system catalogs
# (docs/catalog.md): \dn, \du (with role memberships: GRANT/REVOKE role and
# their errors), \l, \dt, \di, \ds, \d, \d <table> (columns,
# types, defaults, not null, indexes, primary key, unique and check
# constraints, foreign keys and "Referenced by"), patterns, \x and \timing. tests/e2e/psql_describe/script.sql
# creates a schema and describes it; psql's output must match
# tests/e2e/psql_describe/expected.out, which is psql 15's output against
# PostgreSQL 15 for the same script, after masking what legitimately differs
# between servers: \timing's "Time: n ms". \l lists the whole (fresh)
# cluster: postgres, template0 and template1 with their access privileges.
#
# Run:         AUGUR_PORT=5445 tests/e2e/test_psql_describe.sh        (any running server)
#              AUGUR_BIN=build/src/server/augurdb tests/e2e/test_psql_describe.sh
# Regenerate:  AUGUR_PG=1 tests/e2e/test_psql_describe.sh --regenerate  (throw-away PostgreSQL 15)
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
augur_psql_test_begin test_psql_describe "$@"
out="$(mktemp /tmp/augur-psql-describe.XXXXXX)"

# Leftovers from an aborted earlier run would change the output.
"$PSQL" -X -q -h "$AUGUR_HOST" -p "$AUGUR_PORT" -U "$AUGUR_USER" -d "$AUGUR_DB" \
  -c 'DROP TABLE IF EXISTS pd_customers' -c 'DROP TABLE IF EXISTS pd_orders' \
  -c 'DROP TABLE IF EXISTS "Pd Mixed"' -c 'DROP SEQUENCE IF EXISTS pd_seq' \
  -c 'DROP TABLE IF EXISTS pd_child, pd_parent' \
  -c 'DROP ROLE IF EXISTS pd_user, pd_group, pd_admins' >/dev/null 2>&1

"$PSQL" -X -a -P pager=off -h "$AUGUR_HOST" -p "$AUGUR_PORT" -U "$AUGUR_USER" -d "$AUGUR_DB" \
  -f - <"$HERE/psql_describe/script.sql" 2>&1 | sed -E 's/^Time: [0-9.]+ ms$/Time: (masked) ms/' >"$out"

[ $regenerate -eq 1 ] && augur_psql_test_regenerate test_psql_describe "$out" "$HERE/psql_describe/expected.out"

failures=()
grep -q 'PRIMARY KEY, btree' "$out" || failures+=("no primary key line in \\d output")
augur_psql_test_compare "$out" "$HERE/psql_describe/expected.out"
augur_psql_test_end test_psql_describe "$out" "$(wc -l <"$out") lines of psql output match PostgreSQL 15"
