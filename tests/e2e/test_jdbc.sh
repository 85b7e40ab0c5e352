#!/usr/bin/env bash
# JDBC end-to-end: compiles tests/e2e/jdbc/JdbcTest.java with javac against Debian's
# PostgreSQL JDBC driver (libpostgresql-jdbc-java, /usr/share/java/postgresql.jar) and
# runs it against the server (see the program's header for what it checks).
# DatabaseMetaData checks are reported "skip" while the server has no pg_catalog.
#
# Run:   AUGUR_BIN=build/src/server/augurdb tests/e2e/test_jdbc.sh
#        AUGUR_PORT=5445 tests/e2e/test_jdbc.sh        (any running server)
#        AUGUR_PG=1 tests/e2e/test_jdbc.sh             (throw-away PostgreSQL 15)
# Exit 77 (skipped) when javac or the driver is not installed (scripts/setup.sh installs them).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/lib.sh"
JDBC_JAR="${JDBC_JAR:-/usr/share/java/postgresql.jar}"
if ! command -v javac >/dev/null || [ ! -r "$JDBC_JAR" ]; then
  echo "test_jdbc: SKIP (needs javac and $JDBC_JAR: default-jdk-headless, libpostgresql-jdbc-java)"
  exit 77
fi
augur_ensure_target || { echo "test_jdbc: FAIL (no server)"; exit 1; }
classes="$(mktemp -d /tmp/augur-jdbc.XXXXXX)"
if ! javac -encoding UTF-8 -d "$classes" -cp "$JDBC_JAR" "$HERE/jdbc/JdbcTest.java"; then
  rm -rf "$classes"; echo "test_jdbc: FAIL (javac)"; exit 1
fi
java -cp "$classes:$JDBC_JAR" JdbcTest \
  "jdbc:postgresql://$AUGUR_HOST:$AUGUR_PORT/$AUGUR_DB" "$AUGUR_USER"
rc=$?
rm -rf "$classes"
[ $rc -eq 0 ] && echo "test_jdbc: PASS" || echo "test_jdbc: FAIL"
exit $rc
