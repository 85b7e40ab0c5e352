#!/usr/bin/env bash
# Databases end-to-end (issue 3): createdb / dropdb / psql -d and what a client sees.
#   - createdb makes a database, psql -d connects to it, current_database() names it;
#   - tables of the same name in two databases are separate (data and definitions);
#   - connecting to a missing database fails with FATAL 3D000;
#   - DROP DATABASE of a database another session uses: 55006 with PostgreSQL's DETAIL;
#     of the current database: 55006; inside BEGIN: 25001; dropdb --if-exists of a missing one;
#   - ALTER DATABASE ... RENAME TO, then connecting by the new name only;
#   - createdb of an existing name fails (42P04); dropdb removes it, its name is free again;
#   - DROP DATABASE ... WITH (FORCE) terminates the other session (FATAL 57P01) and drops;
#   - template0/template1: pg_database rows, template1 connectable, template0 not (55000),
#     neither droppable (42809), CREATE DATABASE ... TEMPLATE template0|template1.
# Every check compares psql's output (with VERBOSITY=verbose SQLSTATEs, LOCATION lines
# removed) against the same steps on PostgreSQL 15, so the test also runs there.
#
# Run:   AUGUR_BIN=build/src/server/augurdb tests/e2e/test_databases.sh
#        AUGUR_PORT=5445 tests/e2e/test_databases.sh        (any running server)
#        AUGUR_PG=1 tests/e2e/test_databases.sh             (throw-away PostgreSQL 15)
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
export LC_ALL=C
unset PGOPTIONS PGPASSWORD PGDATABASE 2>/dev/null || true
augur_ensure_target || { echo "test_databases: FAIL (no server)"; exit 1; }
CONN=(-h "$AUGUR_HOST" -p "$AUGUR_PORT" -U "$AUGUR_USER")
failures=()
checks=0

# expect <description> <expected output> <command...>: output (stdout+stderr, LOCATION lines
# dropped) must equal the expected text.
expect() {
  local what="$1" want="$2"; shift 2
  local got
  got="$("$@" 2>&1 | grep -v '^LOCATION:' | sed 's/^psql: error: connection to server at "[^"]*", port [0-9]* failed: //')"
  checks=$((checks + 1))
  if [ "$got" = "$want" ]; then
    echo "ok - $what"
  else
    echo "not ok - $what"
    echo "  expected: $(printf '%q' "$want")"
    echo "  got:      $(printf '%q' "$got")"
    failures+=("$what")
  fi
}
q() {  # q <db> <sql>...: psql -X -A -t with verbose errors
  local db="$1"; shift
  local args=()
  for s in "$@"; do args+=(-c "$s"); done
  "$PSQL" -X -A -t -q -v VERBOSITY=verbose "${CONN[@]}" -d "$db" "${args[@]}"
}

# Leftovers of an interrupted run.
for d in e2e_db_a e2e_db_b e2e_db_c; do
  "$PG_BIN/dropdb" "${CONN[@]}" --if-exists "$d" >/dev/null 2>&1
done

expect "createdb e2e_db_a" "" "$PG_BIN/createdb" "${CONN[@]}" e2e_db_a
expect "createdb e2e_db_b" "" "$PG_BIN/createdb" "${CONN[@]}" e2e_db_b
expect "createdb of an existing name fails" \
  'createdb: error: database creation failed: ERROR:  database "e2e_db_a" already exists' \
  "$PG_BIN/createdb" "${CONN[@]}" e2e_db_a
expect "psql -d e2e_db_a: current_database()" "e2e_db_a" q e2e_db_a "SELECT current_database()"
expect "same table name in two databases, separate rows" "1" \
  q e2e_db_a "CREATE TABLE e2e_t (id int PRIMARY KEY, v text)" "INSERT INTO e2e_t VALUES (1, 'a')" \
  "SELECT count(*) FROM e2e_t" 
expect "second database: own definition and rows" "2" \
  q e2e_db_b "CREATE TABLE e2e_t (id int PRIMARY KEY, w int, x int)" "INSERT INTO e2e_t VALUES (1, 2, 3), (4, 5, 6)" \
  "SELECT count(*) FROM e2e_t"
expect "first database unchanged" "1|a" q e2e_db_a "SELECT * FROM e2e_t"
expect "a table of another database is not visible" \
  'ERROR:  42P01: relation "e2e_t" does not exist
LINE 1: SELECT * FROM e2e_t
                      ^' q "$AUGUR_DB" "SELECT * FROM e2e_t"
expect "connecting to a missing database: FATAL 3D000" \
  'FATAL:  database "e2e_db_nosuch" does not exist' q e2e_db_nosuch "SELECT 1"
expect "DROP DATABASE of the current database: 55006" \
  'ERROR:  55006: cannot drop the currently open database' q e2e_db_a "DROP DATABASE e2e_db_a"
expect "DROP DATABASE inside a transaction block: 25001" \
  'ERROR:  25001: DROP DATABASE cannot run inside a transaction block' \
  q "$AUGUR_DB" "BEGIN" "DROP DATABASE e2e_db_a"

# A second session holds e2e_db_a open (idle) until its stdin closes. PostgreSQL waits
# up to 5 s for other sessions to leave before it answers 55006; augurdb answers at once.
fifo="$(mktemp -u /tmp/augur-e2e-db.XXXXXX)"
mkfifo "$fifo"
"$PSQL" -X -q "${CONN[@]}" -d e2e_db_a <"$fifo" >/dev/null 2>&1 &
holder=$!
exec 3>"$fifo"
echo "SELECT 1;" >&3
sleep 1
expect "DROP DATABASE of a database another session uses: 55006 and DETAIL" \
  'ERROR:  55006: database "e2e_db_a" is being accessed by other users
DETAIL:  There is 1 other session using the database.' q "$AUGUR_DB" "DROP DATABASE e2e_db_a"
expect "ALTER DATABASE RENAME of a database in use: 55006" \
  'ERROR:  55006: database "e2e_db_a" is being accessed by other users
DETAIL:  There is 1 other session using the database.' \
  q "$AUGUR_DB" "ALTER DATABASE e2e_db_a RENAME TO e2e_db_c"
exec 3>&-
wait "$holder"
rm -f "$fifo"
sleep 0.5
expect "ALTER DATABASE RENAME TO once unused" "" q "$AUGUR_DB" "ALTER DATABASE e2e_db_a RENAME TO e2e_db_c"
expect "old name is gone" 'FATAL:  database "e2e_db_a" does not exist' q e2e_db_a "SELECT 1"
expect "new name has the data" "e2e_db_c|1|a" q e2e_db_c "SELECT current_database(), * FROM e2e_t"
expect "dropdb e2e_db_c" "" "$PG_BIN/dropdb" "${CONN[@]}" e2e_db_c
expect "dropdb of a missing database" \
  'dropdb: error: database removal failed: ERROR:  database "e2e_db_c" does not exist' \
  "$PG_BIN/dropdb" "${CONN[@]}" e2e_db_c
expect "dropdb --if-exists of a missing database" 'NOTICE:  database "e2e_db_c" does not exist, skipping' \
  "$PG_BIN/dropdb" "${CONN[@]}" --if-exists e2e_db_c
expect "dropped database: connecting fails" 'FATAL:  database "e2e_db_c" does not exist' q e2e_db_c "SELECT 1"
expect "createdb of the dropped name: a new, empty database" \
  'ERROR:  42P01: relation "e2e_t" does not exist
LINE 1: SELECT * FROM e2e_t
                      ^' bash -c "'$PG_BIN/createdb' -h '$AUGUR_HOST' -p '$AUGUR_PORT' -U '$AUGUR_USER' e2e_db_c &&
    '$PSQL' -X -A -t -q -v VERBOSITY=verbose -h '$AUGUR_HOST' -p '$AUGUR_PORT' -U '$AUGUR_USER' -d e2e_db_c \
      -c 'SELECT * FROM e2e_t'"
expect "the other database is intact" "1|2|3
4|5|6" q e2e_db_b "SELECT * FROM e2e_t ORDER BY id"
expect "DROP DATABASE with an unknown option: 42601" \
  'ERROR:  42601: syntax error at or near "nosuch"
LINE 1: DROP DATABASE e2e_db_b WITH (nosuch)
                                     ^' q "$AUGUR_DB" "DROP DATABASE e2e_db_b WITH (nosuch)"
# WITH (FORCE) ends the other session of e2e_db_b and drops the database.
mkfifo "$fifo"
"$PSQL" -X -q "${CONN[@]}" -d e2e_db_b <"$fifo" >"$fifo.out" 2>&1 &
holder=$!
exec 3>"$fifo"
echo "SELECT 1;" >&3
sleep 1
expect "DROP DATABASE ... WITH (FORCE) while another session is connected" "" \
  q "$AUGUR_DB" "DROP DATABASE e2e_db_b WITH (FORCE)"
echo "SELECT 1;" >&3 2>/dev/null
exec 3>&-
wait "$holder"
expect "the forced-out session was terminated" "yes" \
  bash -c "grep -q 'terminating connection due to administrator command' '$fifo.out' && echo yes || cat '$fifo.out'"
rm -f "$fifo" "$fifo.out"
expect "dropped by force: connecting fails" 'FATAL:  database "e2e_db_b" does not exist' q e2e_db_b "SELECT 1"
expect "dropdb e2e_db_c" "" "$PG_BIN/dropdb" "${CONN[@]}" e2e_db_c

# The template databases initdb makes.
expect "pg_database: template0 and template1 as initdb makes them" \
  "postgres|f|t|
template0|t|f|{=c/postgres,postgres=CTc/postgres}
template1|t|t|{=c/postgres,postgres=CTc/postgres}" \
  q "$AUGUR_DB" "SELECT datname, datistemplate, datallowconn, datacl FROM pg_database
    WHERE datname IN ('postgres', 'template0', 'template1') ORDER BY 1"
expect "psql -d template1 connects" "template1" q template1 "SELECT current_database()"
expect "template0 does not accept connections: FATAL 55000" \
  'FATAL:  database "template0" is not currently accepting connections' q template0 "SELECT 1"
expect "DROP DATABASE template1: 42809" 'ERROR:  42809: cannot drop a template database' \
  q "$AUGUR_DB" "DROP DATABASE template1"
expect "DROP DATABASE IF EXISTS template0: 42809" 'ERROR:  42809: cannot drop a template database' \
  q "$AUGUR_DB" "DROP DATABASE IF EXISTS template0"
expect "CREATE DATABASE ... TEMPLATE template0 and TEMPLATE template1" "e2e_db_c" \
  bash -c "'$PSQL' -X -A -t -q -h '$AUGUR_HOST' -p '$AUGUR_PORT' -U '$AUGUR_USER' -d '$AUGUR_DB' \
      -c 'CREATE DATABASE e2e_db_b TEMPLATE template0' -c 'CREATE DATABASE e2e_db_c TEMPLATE = template1' \
      -c 'DROP DATABASE e2e_db_b' &&
    '$PSQL' -X -A -t -q -h '$AUGUR_HOST' -p '$AUGUR_PORT' -U '$AUGUR_USER' -d e2e_db_c -c 'SELECT current_database()'"
expect "CREATE DATABASE with a missing template: 3D000" \
  'ERROR:  3D000: template database "e2e_nosuch" does not exist' \
  q "$AUGUR_DB" "CREATE DATABASE e2e_db_b TEMPLATE e2e_nosuch"
expect "dropdb e2e_db_c" "" "$PG_BIN/dropdb" "${CONN[@]}" e2e_db_c

if [ ${#failures[@]} -eq 0 ]; then
  echo "test_databases: PASS ($checks checks)"
  exit 0
fi
echo "test_databases: FAIL (${#failures[@]} of $checks checks)"
exit 1
