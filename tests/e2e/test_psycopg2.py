#!/usr/bin/python3
"""Client-driver end-to-end tests: psycopg2 (simple protocol, client-side binding) and
psycopg 3 (extended protocol: server-side binding, prepared statements, binary
parameters and results, pipeline mode in executemany).

Checks type round-trips for int2/4/8, float4/8, numeric, text, varchar, bool, bytea,
date, time, timestamp, timestamptz, interval, uuid and NULL, the type OIDs in
RowDescription, the text form of values, transactions, errors mapped to the
exception class of their SQLSTATE with PostgreSQL 15's message text, executemany.

Run with Debian's Python (psycopg2 and psycopg are Debian packages):
  AUGUR_PORT=5445 /usr/bin/python3 tests/e2e/test_psycopg2.py        (running server)
  AUGUR_BIN=path/to/augurdb /usr/bin/python3 tests/e2e/test_psycopg2.py
  AUGUR_PG=1 /usr/bin/python3 tests/e2e/test_psycopg2.py              (throw-away PG 15)
"""

import datetime as dt
import os
import sys
import unittest
import uuid
from decimal import Decimal

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import augur_target  # noqa: E402

import psycopg2  # noqa: E402
import psycopg2.errors  # noqa: E402
import psycopg2.extras  # noqa: E402
import psycopg  # noqa: E402
import psycopg.errors  # noqa: E402

psycopg2.extras.register_uuid()

UTC = dt.timezone.utc
IST = dt.timezone(dt.timedelta(hours=5, minutes=30))

# (column type, type OID, values that must round-trip exactly). Each value is
# checked through a table column and as a bare parameter.
TYPE_CASES = [
    ("int2", 21, [0, 32767, -32768]),
    ("int4", 23, [0, 2147483647, -2147483648]),
    ("int8", 20, [0, 9223372036854775807, -9223372036854775808]),
    ("float4", 700, [1.5, -0.25, 0.0, float("inf")]),
    ("float8", 701, [3.141592653589793, -1e-300, 1e308, float("-inf")]),
    ("numeric", 1700, [Decimal("12345678901234567890.123456789"), Decimal("-0.001"),
                       Decimal("0"), Decimal("1E+5")]),
    ("text", 25, ["", "héllo wörld ✓", "quote ' and \\ backslash", "x" * 10000]),
    ("varchar(20)", 1043, ["abc", ""]),
    ("bool", 16, [True, False]),
    ("bytea", 17, [b"", bytes(range(256))]),
    ("date", 1082, [dt.date(2024, 2, 29), dt.date(1999, 12, 31), dt.date(2000, 1, 1)]),
    ("time", 1083, [dt.time(13, 45, 30, 123456), dt.time(0, 0), dt.time(23, 59, 59, 999999)]),
    ("timestamp", 1114, [dt.datetime(2024, 2, 29, 23, 59, 59, 999999),
                         dt.datetime(1970, 1, 1), dt.datetime(1900, 6, 15, 12, 0, 1)]),
    ("timestamptz", 1184, [dt.datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
                           dt.datetime(2001, 9, 9, 1, 46, 40, tzinfo=IST)]),
    ("interval", 1186, [dt.timedelta(days=3, hours=4, minutes=5, seconds=6, microseconds=7),
                        dt.timedelta(0), dt.timedelta(days=-1, seconds=1)]),
    ("uuid", 2950, [uuid.UUID("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"), uuid.UUID(int=0)]),
]


def same(a, b):
    """Equal value and same Python type; NaN equals NaN."""
    if isinstance(a, float) and isinstance(b, float) and a != a and b != b:
        return True
    return type(a) is type(b) and a == b


class Psycopg2Tests(unittest.TestCase):
    """psycopg2: simple query protocol, parameters interpolated by the client."""

    def setUp(self):
        self.conn = psycopg2.connect(**augur_target.conn_params())

    def tearDown(self):
        self.conn.close()

    def test_connect_reports_postgres_15(self):
        self.assertGreaterEqual(self.conn.server_version, 150000)
        self.assertLess(self.conn.server_version, 160000)
        cur = self.conn.cursor()
        cur.execute("SELECT 1")
        self.assertEqual(cur.fetchall(), [(1,)])
        self.assertEqual(self.conn.get_parameter_status("server_encoding"), "UTF8")
        self.assertEqual(self.conn.get_parameter_status("client_encoding"), "UTF8")
        self.assertEqual(self.conn.get_parameter_status("TimeZone"), "UTC")
        self.assertEqual(self.conn.get_parameter_status("integer_datetimes"), "on")
        self.assertEqual(self.conn.get_parameter_status("standard_conforming_strings"), "on")

    def test_named_server_side_cursor(self):
        # DECLARE / FETCH FORWARD itersize / CLOSE under the hood.
        cur = self.conn.cursor()
        cur.execute("DROP TABLE IF EXISTS e2e_named")
        cur.execute("CREATE TABLE e2e_named (id int PRIMARY KEY, v text)")
        cur.execute("INSERT INTO e2e_named SELECT g, 'v' || g FROM generate_series(1, 3000) g")
        self.conn.commit()
        named = self.conn.cursor(name="e2e_stream")
        named.itersize = 700
        named.execute("SELECT id, v FROM e2e_named WHERE id > %s ORDER BY id", (100,))
        ids = [row[0] for row in named]
        self.assertEqual(ids, list(range(101, 3001)))
        named.close()
        named = self.conn.cursor(name="e2e_many")
        named.execute("SELECT id FROM e2e_named ORDER BY id")
        self.assertEqual(named.fetchmany(3), [(1,), (2,), (3,)])
        self.assertEqual(named.fetchone(), (4,))
        self.assertEqual(len(named.fetchall()), 2996)
        named.close()
        self.conn.rollback()

    def test_scrollable_named_cursor(self):
        # scrollable=True declares SCROLL; scroll() sends MOVE n / MOVE ABSOLUTE n.
        cur = self.conn.cursor()
        cur.execute("DROP TABLE IF EXISTS e2e_scroll")
        cur.execute("CREATE TABLE e2e_scroll (id int PRIMARY KEY)")
        cur.execute("INSERT INTO e2e_scroll SELECT generate_series(1, 50)")
        self.conn.commit()
        named = self.conn.cursor(name="e2e_scroll_c", scrollable=True)
        named.execute("SELECT id FROM e2e_scroll ORDER BY id")
        self.assertEqual(named.fetchmany(5), [(1,), (2,), (3,), (4,), (5,)])
        named.scroll(-3)
        self.assertEqual(named.fetchone(), (3,))
        named.scroll(40, mode="absolute")
        self.assertEqual(named.fetchone(), (41,))
        named.scroll(0, mode="absolute")
        rows = named.fetchall()
        self.assertEqual(len(rows), 50)
        self.assertEqual(rows[:2], [(1,), (2,)])
        named.scroll(-50)  # from after the last row: onto row 1, so the next is 2
        self.assertEqual(named.fetchone(), (2,))
        named.close()
        cur.execute("DROP TABLE e2e_scroll")
        self.conn.commit()

    def test_parameterised_queries(self):
        cur = self.conn.cursor()
        cur.execute("SELECT %s::int + %s::int, %s::text, %s::text IS NULL", (40, 2, "it's", None))
        self.assertEqual(cur.fetchone(), (42, "it's", True))
        cur.execute("SELECT %(a)s::text || %(b)s::text, %(a)s::text", {"a": "x'y", "b": "\\z"})
        self.assertEqual(cur.fetchone(), ("x'y\\z", "x'y"))

    def test_type_round_trip_through_table(self):
        cur = self.conn.cursor()
        cur.execute("DROP TABLE IF EXISTS e2e_types2")
        cols = ", ".join("c%d %s" % (i, t) for i, (t, _, _) in enumerate(TYPE_CASES))
        cur.execute("CREATE TABLE e2e_types2 (id int PRIMARY KEY, %s)" % cols)
        width = max(len(v) for _, _, v in TYPE_CASES)
        rows = []
        for r in range(width):
            rows.append(tuple([r] + [vals[r % len(vals)] for _, _, vals in TYPE_CASES]))
        rows.append(tuple([width] + [None] * len(TYPE_CASES)))
        ph = ", ".join(["%s"] * (len(TYPE_CASES) + 1))
        cur.executemany("INSERT INTO e2e_types2 VALUES (%s)" % ph, rows)
        self.conn.commit()
        cur.execute("SELECT * FROM e2e_types2 ORDER BY id")
        got = cur.fetchall()
        oids = [d.type_code for d in cur.description]
        self.assertEqual(oids, [23] + [oid for _, oid, _ in TYPE_CASES])
        self.assertEqual(len(got), len(rows))
        for want_row, got_row in zip(rows, got):
            for (t, _, _), w, g in zip([("id", 0, 0)] + TYPE_CASES, want_row, got_row):
                if isinstance(g, memoryview):
                    g = bytes(g)
                self.assertTrue(same(w, g), "%s: sent %r, got back %r" % (t, w, g))
        cur.execute("DROP TABLE e2e_types2")
        self.conn.commit()

    def test_type_round_trip_as_parameters(self):
        cur = self.conn.cursor()
        for t, oid, vals in TYPE_CASES:
            for v in vals + [None]:
                cur.execute("SELECT CAST(%%s AS %s)" % t, (v,))
                g = cur.fetchone()[0]
                if isinstance(g, memoryview):
                    g = bytes(g)
                self.assertTrue(same(v, g), "%s: sent %r, got %r" % (t, v, g))
                self.assertEqual(cur.description[0].type_code, oid, t)

    def test_special_float_and_numeric_values(self):
        cur = self.conn.cursor()
        cur.execute("SELECT 'NaN'::float8, 'Infinity'::float8, 'NaN'::numeric, '-0'::float8")
        nan, inf, nnan, negzero = cur.fetchone()
        self.assertTrue(nan != nan)
        self.assertEqual(inf, float("inf"))
        self.assertTrue(nnan.is_nan())
        self.assertEqual(str(negzero), "-0.0")

    def test_transactions_commit_and_rollback(self):
        cur = self.conn.cursor()
        cur.execute("DROP TABLE IF EXISTS e2e_tx2")
        cur.execute("CREATE TABLE e2e_tx2 (id int PRIMARY KEY, v text)")
        self.conn.commit()
        other = psycopg2.connect(**augur_target.conn_params())
        try:
            ocur = other.cursor()
            cur.execute("INSERT INTO e2e_tx2 VALUES (1, 'a')")
            ocur.execute("SELECT count(*) FROM e2e_tx2")
            self.assertEqual(ocur.fetchone()[0], 0, "uncommitted row visible to another session")
            other.rollback()
            self.conn.commit()
            ocur.execute("SELECT v FROM e2e_tx2 WHERE id = 1")
            self.assertEqual(ocur.fetchall(), [("a",)])
            other.rollback()
            cur.execute("INSERT INTO e2e_tx2 VALUES (2, 'b')")
            cur.execute("UPDATE e2e_tx2 SET v = 'changed' WHERE id = 1")
            self.conn.rollback()
            cur.execute("SELECT id, v FROM e2e_tx2 ORDER BY id")
            self.assertEqual(cur.fetchall(), [(1, "a")])
            self.assertEqual(self.conn.get_transaction_status(),
                             psycopg2.extensions.TRANSACTION_STATUS_INTRANS)
            self.conn.rollback()
            self.assertEqual(self.conn.get_transaction_status(),
                             psycopg2.extensions.TRANSACTION_STATUS_IDLE)
        finally:
            other.close()
            cur.execute("DROP TABLE e2e_tx2")
            self.conn.commit()

    def test_errors_map_to_sqlstate_classes(self):
        cur = self.conn.cursor()
        cur.execute("DROP TABLE IF EXISTS e2e_err2")
        cur.execute("CREATE TABLE e2e_err2 (id int PRIMARY KEY, v varchar(3) NOT NULL)")
        cur.execute("INSERT INTO e2e_err2 VALUES (1, 'a')")
        self.conn.commit()
        cases = [
            ("INSERT INTO e2e_err2 VALUES (1, 'b')", psycopg2.errors.UniqueViolation, "23505",
             'duplicate key value violates unique constraint "e2e_err2_pkey"'),
            ("INSERT INTO e2e_err2 VALUES (2, NULL)", psycopg2.errors.NotNullViolation, "23502",
             'null value in column "v" of relation "e2e_err2" violates not-null constraint'),
            ("INSERT INTO e2e_err2 VALUES (3, 'abcd')", psycopg2.errors.StringDataRightTruncation,
             "22001", "value too long for type character varying(3)"),
            ("SELECT * FROM e2e_nope", psycopg2.errors.UndefinedTable, "42P01",
             'relation "e2e_nope" does not exist'),
            ("SELECT nope FROM e2e_err2", psycopg2.errors.UndefinedColumn, "42703",
             'column "nope" does not exist'),
            ("SELEC 1", psycopg2.errors.SyntaxError, "42601", 'syntax error at or near "SELEC"'),
            ("SELECT 1/0", psycopg2.errors.DivisionByZero, "22012", "division by zero"),
            ("SELECT 'x'::int", psycopg2.errors.InvalidTextRepresentation, "22P02",
             'invalid input syntax for type integer: "x"'),
            ("SELECT 32767::int2 + 1::int2", psycopg2.errors.NumericValueOutOfRange, "22003",
             "smallint out of range"),
            ("SELECT nosuchfunc(1)", psycopg2.errors.UndefinedFunction, "42883",
             "function nosuchfunc(integer) does not exist"),
        ]
        for sql, cls, code, message in cases:
            with self.subTest(sql=sql):
                with self.assertRaises(cls) as ctx:
                    cur.execute(sql)
                e = ctx.exception
                self.assertEqual(e.pgcode, code)
                self.assertEqual(e.diag.severity, "ERROR")
                self.assertEqual(e.diag.message_primary, message)
                self.conn.rollback()
        # Error position (drives psql's caret) counts characters from 1.
        with self.assertRaises(psycopg2.errors.UndefinedColumn) as ctx:
            cur.execute("SELECT nope FROM e2e_err2")
        self.assertEqual(ctx.exception.diag.statement_position, "8")
        self.conn.rollback()
        # After an error inside a transaction block everything fails with 25P02.
        cur.execute("SELECT 1")
        with self.assertRaises(psycopg2.errors.DivisionByZero):
            cur.execute("SELECT 1/0")
        with self.assertRaises(psycopg2.errors.InFailedSqlTransaction) as ctx:
            cur.execute("SELECT 1")
        self.assertEqual(ctx.exception.pgcode, "25P02")
        self.conn.rollback()
        cur.execute("SELECT count(*) FROM e2e_err2")
        self.assertEqual(cur.fetchone()[0], 1)
        cur.execute("DROP TABLE e2e_err2")
        self.conn.commit()

    def test_executemany(self):
        cur = self.conn.cursor()
        cur.execute("DROP TABLE IF EXISTS e2e_many2")
        cur.execute("CREATE TABLE e2e_many2 (id int PRIMARY KEY, v text)")
        cur.executemany("INSERT INTO e2e_many2 VALUES (%s, %s)",
                        [(i, "v%d" % i) for i in range(200)])
        self.conn.commit()
        cur.execute("SELECT count(*), sum(id), max(v) FROM e2e_many2")
        self.assertEqual(cur.fetchone(), (200, sum(range(200)), "v99"))
        psycopg2.extras.execute_values(cur, "INSERT INTO e2e_many2 VALUES %s",
                                       [(i, None) for i in range(200, 1200)], page_size=500)
        self.conn.commit()
        cur.execute("SELECT count(*), count(v) FROM e2e_many2")
        self.assertEqual(cur.fetchone(), (1200, 200))
        cur.execute("DROP TABLE e2e_many2")
        self.conn.commit()

    def test_multiple_statements_in_one_query(self):
        cur = self.conn.cursor()
        cur.execute("SELECT 1; SELECT 2, 3")
        self.assertEqual(cur.fetchall(), [(2, 3)])
        self.conn.rollback()


class Psycopg3Tests(unittest.TestCase):
    """psycopg 3: extended protocol, server-side binding, prepared statements, binary."""

    def setUp(self):
        p = augur_target.conn_params()
        self.conn = psycopg.connect(host=p["host"], port=p["port"], user=p["user"],
                                    dbname=p["dbname"], autocommit=True)

    def tearDown(self):
        self.conn.close()

    def test_named_server_side_cursor(self):
        # psycopg 3 declares the cursor, then describes it as a portal and
        # fetches through the extended protocol (text and binary rows).
        self.conn.execute("DROP TABLE IF EXISTS e2e_named3")
        self.conn.execute("CREATE TABLE e2e_named3 (id int PRIMARY KEY, v text, n numeric(10,2))")
        self.conn.execute("INSERT INTO e2e_named3 SELECT g, 'v' || g, g / 4.0 FROM generate_series(1, 2500) g")
        for binary in (False, True):
            with self.conn.transaction():
                with self.conn.cursor(name="e2e_n3", binary=binary) as cur:
                    cur.itersize = 400
                    cur.execute("SELECT id, v, n FROM e2e_named3 WHERE id > %s ORDER BY id", [2000])
                    self.assertEqual([d.name for d in cur.description], ["id", "v", "n"])
                    self.assertEqual(cur.fetchmany(2), [(2001, "v2001", Decimal("500.25")),
                                                        (2002, "v2002", Decimal("500.50"))])
                    cur.scroll(10)
                    self.assertEqual(cur.fetchone(), (2013, "v2013", Decimal("503.25")))
                    self.assertEqual(len(list(cur)), 487)

    def test_scrollable_named_cursor(self):
        # psycopg 3: SCROLL cursor, scroll() back and to absolute positions,
        # rows through the extended protocol in text and binary.
        self.conn.execute("DROP TABLE IF EXISTS e2e_scroll3")
        self.conn.execute("CREATE TABLE e2e_scroll3 (id int PRIMARY KEY, v text)")
        self.conn.execute("INSERT INTO e2e_scroll3 SELECT g, 'v' || g FROM generate_series(1, 30) g")
        for binary in (False, True):
            with self.conn.transaction():
                with self.conn.cursor(name="e2e_s3", binary=binary, scrollable=True) as cur:
                    cur.execute("SELECT id, v FROM e2e_scroll3 ORDER BY id")
                    self.assertEqual(cur.fetchmany(4), [(i, "v%d" % i) for i in range(1, 5)])
                    cur.scroll(-2)
                    self.assertEqual(cur.fetchone(), (3, "v3"))
                    cur.scroll(29, mode="absolute")
                    self.assertEqual(cur.fetchall(), [(30, "v30")])
                    cur.scroll(-30)  # from after the last row: onto row 1
                    self.assertEqual(cur.fetchone(), (2, "v2"))
        self.conn.execute("DROP TABLE e2e_scroll3")

    def check_values(self, binary_results, placeholder, prepare):
        cur = self.conn.cursor(binary=binary_results)
        for t, oid, vals in TYPE_CASES:
            for v in vals + [None]:
                cur.execute("SELECT %s::%s" % (placeholder, t), [v], prepare=prepare)
                g = cur.fetchone()[0]
                self.assertTrue(same(v, g), "%s (binary=%s, %s): sent %r, got %r"
                                % (t, binary_results, placeholder, v, g))
                self.assertEqual(cur.description[0].type_code, oid, t)
                if binary_results:
                    self.assertEqual(cur.pgresult.fformat(0), 1, "%s not in binary" % t)

    def test_prepared_text_params_text_results(self):
        self.check_values(False, "%t", True)

    def test_prepared_binary_params_binary_results(self):
        self.check_values(True, "%b", True)

    def test_unprepared_binary_params_text_results(self):
        self.check_values(False, "%b", False)

    def test_prepared_statement_is_reused(self):
        cur = self.conn.cursor()
        for i in range(10):
            cur.execute("SELECT %s::int8 * 2, %s::text", [i, "p%d" % i], prepare=True)
            self.assertEqual(cur.fetchone(), (2 * i, "p%d" % i))
        # The server lists the statement psycopg prepared (once, not per execution).
        names = self.conn.execute(
            "SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE '%$1::int8 * 2%'"
        ).fetchone()[0]
        self.assertEqual(names, 1)

    def test_binary_round_trip_through_table(self):
        cur = self.conn.cursor(binary=True)
        cur.execute("DROP TABLE IF EXISTS e2e_types3")
        cols = ", ".join("c%d %s" % (i, t) for i, (t, _, _) in enumerate(TYPE_CASES))
        cur.execute("CREATE TABLE e2e_types3 (id int PRIMARY KEY, %s)" % cols)
        width = max(len(v) for _, _, v in TYPE_CASES)
        rows = [tuple([r] + [vals[r % len(vals)] for _, _, vals in TYPE_CASES])
                for r in range(width)]
        rows.append(tuple([width] + [None] * len(TYPE_CASES)))
        ph = ", ".join(["%b"] * (len(TYPE_CASES) + 1))
        cur.executemany("INSERT INTO e2e_types3 VALUES (%s)" % ph, rows)  # pipeline mode
        cur.execute("SELECT * FROM e2e_types3 WHERE id >= %b ORDER BY id", [0], prepare=True)
        got = cur.fetchall()
        self.assertEqual(len(got), len(rows))
        for want_row, got_row in zip(rows, got):
            for (t, _, _), w, g in zip([("id", 0, 0)] + TYPE_CASES, want_row, got_row):
                self.assertTrue(same(w, g), "%s: sent %r, got back %r" % (t, w, g))
        cur.execute("DROP TABLE e2e_types3")

    def test_text_form_of_values(self):
        # What every text-protocol client sees: must match PostgreSQL 15 exactly.
        row = self.conn.execute(
            "SELECT 0.1::float8::text, 1.5::float4::text, 1e20::float8::text, "
            "'12.50'::numeric(10,3)::text, '\\x00ff'::bytea::text, true::text, "
            "'2024-02-29 23:59:59.5+00'::timestamptz::text, "
            "'2024-02-29 23:59:59.5'::timestamp::text, "
            "'1 day 02:03:04.5'::interval::text, '-3 hours'::interval::text, "
            "'A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11'::uuid::text").fetchone()
        self.assertEqual(row, ("0.1", "1.5", "1e+20", "12.500", "\\x00ff", "true",
                               "2024-02-29 23:59:59.5+00", "2024-02-29 23:59:59.5",
                               "1 day 02:03:04.5", "-03:00:00",
                               "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"))

    def test_errors_in_extended_protocol(self):
        with self.assertRaises(psycopg.errors.UndefinedColumn) as ctx:
            self.conn.execute("SELECT nope FROM (SELECT 1 AS a) s WHERE a = %s", [1], prepare=True)
        self.assertEqual(ctx.exception.sqlstate, "42703")
        self.assertEqual(ctx.exception.diag.message_primary, 'column "nope" does not exist')
        with self.assertRaises(psycopg.errors.DivisionByZero):
            self.conn.execute("SELECT 1 / %s::int", [0], prepare=True)
        with self.assertRaises(psycopg.errors.InvalidTextRepresentation):
            self.conn.execute("SELECT %s::int", ["zz"])
        # The connection is usable after errors in Parse, Bind and Execute.
        self.assertEqual(self.conn.execute("SELECT %s::int + 1", [1]).fetchone(), (2,))

    def test_transactions(self):
        self.conn.execute("DROP TABLE IF EXISTS e2e_tx3")
        self.conn.execute("CREATE TABLE e2e_tx3 (id int PRIMARY KEY)")
        try:
            with self.conn.transaction():
                self.conn.execute("INSERT INTO e2e_tx3 VALUES (%s)", [1])
            with self.assertRaises(psycopg.errors.UniqueViolation):
                with self.conn.transaction():
                    self.conn.execute("INSERT INTO e2e_tx3 VALUES (%s)", [2])
                    self.conn.execute("INSERT INTO e2e_tx3 VALUES (%s)", [1])
            rows = self.conn.execute("SELECT id FROM e2e_tx3 ORDER BY id").fetchall()
            self.assertEqual(rows, [(1,)])
            self.assertEqual(self.conn.info.transaction_status, psycopg.pq.TransactionStatus.IDLE)
        finally:
            self.conn.execute("DROP TABLE e2e_tx3")

    def test_large_binary_result(self):
        cur = self.conn.cursor(binary=True)
        cur.execute("DROP TABLE IF EXISTS e2e_big3")
        cur.execute("CREATE TABLE e2e_big3 (id int8 PRIMARY KEY, v float8, s text)")
        cur.executemany("INSERT INTO e2e_big3 VALUES (%b, %b, %b)",
                        [(i, i / 4, "row %d" % i) for i in range(5000)])
        cur.execute("SELECT id, v, s FROM e2e_big3 ORDER BY id", prepare=True)
        rows = cur.fetchall()
        self.assertEqual(len(rows), 5000)
        self.assertEqual(rows[4999], (4999, 4999 / 4, "row 4999"))
        self.assertEqual(sum(r[0] for r in rows), sum(range(5000)))
        cur.execute("DROP TABLE e2e_big3")


if __name__ == "__main__":
    augur_target.ensure_target()
    result = unittest.main(verbosity=2, exit=False).result
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("test_psycopg2: %s (%d of %d tests ok)" % ("FAIL" if failed else "PASS", passed, result.testsRun))
    sys.exit(1 if failed else 0)
