#!/usr/bin/python3
"""Session settings end-to-end: psql with PGOPTIONS and PGTZ, psycopg2 and psycopg 3
following ParameterStatus, statement_timeout, SET/RESET semantics seen by drivers,
SHOW ALL's and version()'s shape (they differ from PostgreSQL's by nature).

Every test passes against PostgreSQL 15 too (AUGUR_PG=1), which is how the
expectations were checked.

  AUGUR_PORT=5445 /usr/bin/python3 tests/e2e/test_settings.py        (running server)
  AUGUR_BIN=path/to/augurdb /usr/bin/python3 tests/e2e/test_settings.py
  AUGUR_PG=1 /usr/bin/python3 tests/e2e/test_settings.py              (throw-away PG 15)
"""

import datetime as dt
import os
import re
import subprocess
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import augur_target  # noqa: E402

import psycopg2  # noqa: E402
import psycopg2.errors  # noqa: E402
import psycopg  # noqa: E402
import psycopg.errors  # noqa: E402

PSQL = os.environ.get("PSQL", "/usr/lib/postgresql/15/bin/psql")


def psql(sql, env=None):
    p = augur_target.conn_params()
    full_env = dict(os.environ, PGCONNECT_TIMEOUT="5")
    for name in ("PGOPTIONS", "PGTZ", "PGDATESTYLE", "PGAPPNAME"):
        full_env.pop(name, None)
    full_env.update(env or {})
    r = subprocess.run([PSQL, "-X", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-h", p["host"], "-p", str(p["port"]),
                        "-U", p["user"], "-d", p["dbname"], "-c", sql],
                       capture_output=True, text=True, env=full_env, timeout=60)
    return r.returncode, r.stdout.strip(), r.stderr.strip()


class PsqlTests(unittest.TestCase):
    def test_pgoptions_search_path(self):
        rc, out, err = psql("SHOW search_path", {"PGOPTIONS": "-c search_path=foo,public"})
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "foo,public")

    def test_pgoptions_several_settings(self):
        # The packet's own application_name (psql's "psql") wins over options.
        rc, out, err = psql("SELECT current_setting('statement_timeout') || ' ' || current_setting('lock_timeout')"
                            " || ' ' || current_setting('application_name')",
                            {"PGOPTIONS": "-c statement_timeout=5s --lock-timeout=2s -c application_name=x"})
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "5s 2s psql")

    def test_pgoptions_invalid_fails_connection(self):
        rc, out, err = psql("SELECT 1", {"PGOPTIONS": "-c statement_timeout=abc"})
        self.assertNotEqual(rc, 0)
        self.assertIn('invalid value for parameter "statement_timeout": "abc"', err)
        rc, out, err = psql("SELECT 1", {"PGOPTIONS": "-c no_such_setting=1"})
        self.assertNotEqual(rc, 0)
        self.assertIn('unrecognized configuration parameter "no_such_setting"', err)

    def test_pgtz_sets_timezone(self):
        rc, out, err = psql("SHOW TimeZone", {"PGTZ": "UTC"})
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "UTC")

    def test_pgdatestyle(self):
        rc, out, err = psql("SHOW DateStyle", {"PGDATESTYLE": "ISO"})
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "ISO, MDY")

    def test_pgappname(self):
        rc, out, err = psql("SHOW application_name", {"PGAPPNAME": "e2e-app"})
        self.assertEqual(rc, 0, err)
        self.assertEqual(out, "e2e-app")

    def test_statement_timeout(self):
        rc, out, err = psql("SET statement_timeout = 200; SELECT pg_sleep(5)")
        self.assertNotEqual(rc, 0)
        self.assertIn("canceling statement due to statement timeout", err)


class Psycopg2Tests(unittest.TestCase):
    def setUp(self):
        self.conn = psycopg2.connect(**augur_target.conn_params())
        self.conn.autocommit = True

    def tearDown(self):
        self.conn.close()

    def status(self, name):
        return self.conn.get_parameter_status(name)

    def test_parameter_status_follows_set(self):
        cur = self.conn.cursor()
        self.assertEqual(self.status("server_encoding"), "UTF8")
        self.assertTrue(self.status("server_version").startswith("15."))
        cur.execute("SET application_name = 'psycopg2 e2e'")
        self.assertEqual(self.status("application_name"), "psycopg2 e2e")
        self.conn.autocommit = False
        cur.execute("SET application_name = 'rolled back'")
        self.assertEqual(self.status("application_name"), "rolled back")
        self.conn.rollback()
        cur.execute("SELECT 1")
        self.assertEqual(self.status("application_name"), "psycopg2 e2e")
        self.conn.rollback()

    def test_statement_timeout_is_query_canceled(self):
        cur = self.conn.cursor()
        cur.execute("SET statement_timeout = 100")
        t0 = time.monotonic()
        with self.assertRaises(psycopg2.errors.QueryCanceled) as ctx:
            cur.execute("SELECT pg_sleep(10)")
        self.assertLess(time.monotonic() - t0, 5)
        self.assertIn("canceling statement due to statement timeout", str(ctx.exception))
        self.assertEqual(ctx.exception.pgcode, "57014")
        cur.execute("SELECT 1")
        self.assertEqual(cur.fetchone(), (1,))

    def test_errors_map_to_exception_classes(self):
        cur = self.conn.cursor()
        with self.assertRaises(psycopg2.errors.UndefinedObject):
            cur.execute("SET no_such_setting = 1")
        with self.assertRaises(psycopg2.errors.InvalidParameterValue):
            cur.execute("SET statement_timeout = 'abc'")
        with self.assertRaises(psycopg2.errors.CantChangeRuntimeParam):
            cur.execute("SET server_version = '1'")

    def test_set_local_in_transaction(self):
        self.conn.autocommit = False
        cur = self.conn.cursor()
        cur.execute("SET LOCAL search_path = local_only")
        cur.execute("SHOW search_path")
        self.assertEqual(cur.fetchone()[0], "local_only")
        self.conn.commit()
        cur.execute("SHOW search_path")
        self.assertEqual(cur.fetchone()[0], '"$user", public')
        self.conn.commit()

    def test_show_all_shape(self):
        cur = self.conn.cursor()
        cur.execute("SHOW ALL")
        self.assertEqual([d.name for d in cur.description], ["name", "setting", "description"])
        rows = {r[0]: r[1] for r in cur.fetchall()}
        self.assertGreater(len(rows), 40)
        for name in ("search_path", "DateStyle", "TimeZone", "statement_timeout", "server_version",
                     "client_encoding", "extra_float_digits", "synchronous_commit"):
            self.assertIn(name, rows)
        self.assertEqual(rows["client_encoding"], "UTF8")
        self.assertEqual(list(rows), sorted(rows, key=str.lower))

    def test_version_shape(self):
        cur = self.conn.cursor()
        cur.execute("SELECT version()")
        v = cur.fetchone()[0]
        self.assertRegex(v, r"^PostgreSQL 15\.\d+ ")
        self.assertIn("x86_64-pc-linux-gnu", v)
        # What SQLAlchemy's dialect parses from it.
        m = re.match(r".*(?:PostgreSQL|EnterpriseDB) (\d+)\.?(\d+)?(?:\.(\d+))?(?:\.\d+)?(?:devel|beta)?", v)
        self.assertEqual(m.group(1), "15")

    def test_backend_pid_and_cancel(self):
        cur = self.conn.cursor()
        cur.execute("SELECT pg_backend_pid()")
        self.assertEqual(cur.fetchone()[0], self.conn.get_backend_pid())
        other = psycopg2.connect(**augur_target.conn_params())
        try:
            cur.execute("SELECT pg_terminate_backend(%s)", (other.get_backend_pid(),))
            self.assertTrue(cur.fetchone()[0])
            time.sleep(1.0)
            with self.assertRaises(psycopg2.Error):
                oc = other.cursor()
                oc.execute("SELECT 1")
        finally:
            other.close()


    def test_setseed_sequence_is_per_session(self):
        # Another session's random() calls in between must not disturb this
        # session's seeded sequence (augurdb's epoll model runs sessions on
        # shared worker threads; docs/net.md "Threading").
        other = psycopg2.connect(**augur_target.conn_params())
        other.autocommit = True
        try:
            cur, other_cur = self.conn.cursor(), other.cursor()
            cur.execute("SELECT setseed(0.5)")
            interleaved = []
            for _ in range(6):
                other_cur.execute("SELECT random()")
                cur.execute("SELECT random()")
                interleaved.append(cur.fetchone()[0])
            cur.execute("SELECT setseed(0.5)")
            alone = []
            for _ in range(6):
                cur.execute("SELECT random()")
                alone.append(cur.fetchone()[0])
            self.assertEqual(interleaved, alone)
        finally:
            other.close()

class Psycopg3Tests(unittest.TestCase):
    def setUp(self):
        self.conn = psycopg.connect(augur_target.conninfo(), autocommit=True)

    def tearDown(self):
        self.conn.close()

    def test_parameter_status_follows_set_config(self):
        self.conn.execute("SELECT set_config('application_name', %s, false)", ["psycopg3 e2e"])
        self.assertEqual(self.conn.info.parameter_status("application_name"), "psycopg3 e2e")
        self.conn.execute("RESET application_name")
        self.assertEqual(self.conn.info.parameter_status("application_name"), "")

    def test_timezone_drives_timestamptz_results(self):
        # psycopg 3 builds the tzinfo of timestamptz results from the TimeZone
        # ParameterStatus; the server prints them in that zone.
        self.conn.execute("SET TimeZone = 'UTC'")
        self.assertEqual(self.conn.info.parameter_status("TimeZone"), "UTC")
        value = self.conn.execute("SELECT '2024-01-02 03:04:05+00'::timestamptz").fetchone()[0]
        self.assertEqual(value, dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc))
        self.assertEqual(value.utcoffset(), dt.timedelta(0))

    def test_statement_timeout_in_extended_protocol(self):
        self.conn.execute("SET statement_timeout = 100")
        with self.assertRaises(psycopg.errors.QueryCanceled):
            self.conn.execute("SELECT pg_sleep(%s)", [10.0])
        self.assertEqual(self.conn.execute("SELECT 1").fetchone(), (1,))

    def test_extra_float_digits(self):
        self.conn.execute("SET extra_float_digits = 0")
        cur = self.conn.cursor()
        cur.execute("SELECT (0.1::float8 + 0.2::float8)::text")
        self.assertEqual(cur.fetchone()[0], "0.3")
        self.conn.execute("SET extra_float_digits = 1")
        cur.execute("SELECT (0.1::float8 + 0.2::float8)::text")
        self.assertEqual(cur.fetchone()[0], "0.30000000000000004")


if __name__ == "__main__":
    augur_target.ensure_target()
    result = unittest.main(verbosity=2, exit=False).result
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("test_settings: %s (%d of %d tests ok)" % ("FAIL" if failed else "PASS", passed, result.testsRun))
    sys.exit(1 if failed else 0)
