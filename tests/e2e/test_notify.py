#!/usr/bin/python3
"""LISTEN / NOTIFY end-to-end with psycopg2: notifications reach an idle
listener (it only waits on its socket), carry the sender's pid, channel and
payload, come once per distinct (channel, payload) of a transaction, never
from a rolled-back one, stop after UNLISTEN; pg_notify() and NOTIFY's errors.

Every test passes against PostgreSQL 15 too (AUGUR_PG=1).

  AUGUR_PORT=5445 /usr/bin/python3 tests/e2e/test_notify.py        (running server)
  AUGUR_BIN=path/to/augurdb /usr/bin/python3 tests/e2e/test_notify.py
  AUGUR_PG=1 /usr/bin/python3 tests/e2e/test_notify.py              (throw-away PG 15)
"""

import os
import select
import sys
import time
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import augur_target  # noqa: E402

import psycopg2  # noqa: E402


def connect():
    conn = psycopg2.connect(**augur_target.conn_params())
    conn.autocommit = True
    return conn


def wait_for(conn, count, seconds=3.0):
    """Notifications received while `conn` only waits on its socket."""
    got = []
    deadline = time.time() + seconds
    while time.time() < deadline and len(got) < count:
        if select.select([conn], [], [], 0.2)[0]:
            conn.poll()
            while conn.notifies:
                n = conn.notifies.pop(0)
                got.append((n.channel, n.payload, n.pid))
    return got


class NotifyTests(unittest.TestCase):
    def setUp(self):
        self.listener = connect()
        self.sender = connect()
        self.sender_pid = self.sender.get_backend_pid()

    def tearDown(self):
        self.listener.close()
        self.sender.close()

    def test_idle_listener_receives_in_order(self):
        self.listener.cursor().execute('LISTEN nt_a; LISTEN "Nt B"')
        cur = self.sender.cursor()
        cur.execute("NOTIFY nt_a, 'hello'")
        cur.execute("SELECT pg_notify('Nt B', 'second')")
        cur.execute("NOTIFY nt_a")
        self.assertEqual(wait_for(self.listener, 3),
                         [("nt_a", "hello", self.sender_pid), ("Nt B", "second", self.sender_pid),
                          ("nt_a", "", self.sender_pid)])

    def test_transactions_commit_once_and_rollback_nothing(self):
        self.listener.cursor().execute("LISTEN nt_c")
        cur = self.sender.cursor()
        cur.execute("BEGIN")
        cur.execute("NOTIFY nt_c, 'x'")
        cur.execute("NOTIFY nt_c, 'x'")
        cur.execute("NOTIFY nt_c, 'y'")
        self.assertEqual(wait_for(self.listener, 1, 0.6), [])  # not before COMMIT
        cur.execute("COMMIT")
        cur.execute("BEGIN")
        cur.execute("NOTIFY nt_c, 'rolled back'")
        cur.execute("ROLLBACK")
        self.assertEqual(wait_for(self.listener, 3, 1.5),
                         [("nt_c", "x", self.sender_pid), ("nt_c", "y", self.sender_pid)])

    def test_listen_in_rolled_back_transaction_and_unlisten(self):
        cur = self.listener.cursor()
        cur.execute("BEGIN")
        cur.execute("LISTEN nt_d")
        cur.execute("ROLLBACK")
        self.sender.cursor().execute("NOTIFY nt_d, 'lost'")
        self.assertEqual(wait_for(self.listener, 1, 0.6), [])
        cur.execute("LISTEN nt_d")
        cur.execute("UNLISTEN nt_d")
        self.sender.cursor().execute("NOTIFY nt_d, 'lost too'")
        cur.execute("LISTEN nt_e")
        cur.execute("UNLISTEN *")
        self.sender.cursor().execute("NOTIFY nt_e, 'lost as well'")
        self.assertEqual(wait_for(self.listener, 1, 0.6), [])

    def test_own_notifications_arrive_after_the_command(self):
        cur = self.listener.cursor()
        cur.execute("LISTEN nt_f")
        cur.execute("NOTIFY nt_f, 'self'")
        self.listener.poll()
        got = [(n.channel, n.payload) for n in self.listener.notifies]
        self.assertEqual(got, [("nt_f", "self")])

    def test_errors(self):
        cur = self.sender.cursor()
        with self.assertRaises(psycopg2.Error) as raised:
            cur.execute("SELECT pg_notify('', 'x')")
        self.assertEqual(raised.exception.pgcode, "22023")
        with self.assertRaises(psycopg2.Error) as raised:
            cur.execute("NOTIFY nt_g, %s", ("x" * 8000,))
        self.assertEqual(raised.exception.pgcode, "22023")


if __name__ == "__main__":
    augur_target.ensure_target()
    result = unittest.main(verbosity=2, exit=False).result
    failed = len(result.failures) + len(result.errors)
    passed = result.testsRun - failed - len(result.skipped)
    print("test_notify: %s (%d of %d tests ok)" % ("FAIL" if failed else "PASS", passed, result.testsRun))
    sys.exit(1 if failed else 0)
