#!/usr/bin/python3
"""Bank-transfer stress test of REPEATABLE READ (snapshot isolation).

Writers (default 8 threads) move random amounts between N accounts. Each transfer
is one REPEATABLE READ transaction that reads both balances and writes back the
ABSOLUTE new values computed from its snapshot, so a lost update (two transfers
both based on the same old balance) changes the total and is caught. The server
must refuse the second writer with SQLSTATE 40001 (or 40P01 on deadlock); the
client retries, the server never does.

A reader thread opens REPEATABLE READ snapshots and checks that the total is the
initial total, read two different ways twice inside the same snapshot.

At the end: total unchanged, no balance negative, and every account equals its
initial balance plus the transfers the client saw COMMIT acknowledge (a ledger).

Run (default 20 s):
  AUGUR_PORT=5445 /usr/bin/python3 tests/stress/bank.py [--duration 20] [--accounts 50]
  AUGUR_BIN=path/to/augurdb /usr/bin/python3 tests/stress/bank.py
Prints counts of commits and retries; exits non-zero on any violation.
"""

import argparse
import collections
import os
import random
import sys
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import augur_target  # noqa: E402

import psycopg2  # noqa: E402
import psycopg2.errorcodes  # noqa: E402

RETRYABLE = {"40001", "40P01"}  # serialization_failure, deadlock_detected


def connect():
    conn = psycopg2.connect(**augur_target.conn_params())
    conn.autocommit = True  # we send BEGIN/COMMIT ourselves, exactly as written
    return conn


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.commits = 0
        self.noop_commits = 0
        self.retries = collections.Counter()
        self.errors = []
        self.snapshots = 0
        self.violations = []

    def error(self, msg):
        with self.lock:
            if len(self.errors) < 20:
                self.errors.append(msg)


def writer(args, stats, ledger, stop_at, seed):
    rng = random.Random(seed)
    conn = connect()
    cur = conn.cursor()
    while time.monotonic() < stop_at:
        a, b = rng.sample(range(args.accounts), 2)
        attempts = 0
        while time.monotonic() < stop_at:
            attempts += 1
            try:
                cur.execute("BEGIN ISOLATION LEVEL " + args.isolation)
                cur.execute("SELECT balance FROM stress_bank WHERE id = %s", (a,))
                bal_a = cur.fetchone()[0]
                cur.execute("SELECT balance FROM stress_bank WHERE id = %s", (b,))
                bal_b = cur.fetchone()[0]
                if bal_a <= 0:
                    cur.execute("COMMIT")
                    with stats.lock:
                        stats.noop_commits += 1
                    break
                amount = rng.randint(1, bal_a)
                cur.execute("UPDATE stress_bank SET balance = %s WHERE id = %s", (bal_a - amount, a))
                cur.execute("UPDATE stress_bank SET balance = %s WHERE id = %s", (bal_b + amount, b))
                cur.execute("COMMIT")
                if cur.statusmessage != "COMMIT":
                    stats.error("COMMIT answered %r" % cur.statusmessage)
                    break
                # Acknowledged: the ledger is what the database must now reflect.
                with stats.lock:
                    stats.commits += 1
                    ledger[a] -= amount
                    ledger[b] += amount
                break
            except psycopg2.Error as e:
                code = e.pgcode
                if code in RETRYABLE:
                    with stats.lock:
                        stats.retries[code] += 1
                    try:
                        cur.execute("ROLLBACK")
                    except psycopg2.Error as e2:
                        stats.error("ROLLBACK after %s failed: %s" % (code, e2))
                        return
                    time.sleep(rng.random() * 0.002 * min(attempts, 10))
                    continue
                stats.error("transfer %d->%d: unexpected error %s: %s"
                            % (a, b, code, str(e).strip()))
                try:
                    conn.close()
                except psycopg2.Error:
                    pass
                conn = connect()
                cur = conn.cursor()
                break
    conn.close()


def reader(args, stats, stop_at, total):
    conn = connect()
    cur = conn.cursor()
    while time.monotonic() < stop_at:
        try:
            cur.execute("BEGIN ISOLATION LEVEL REPEATABLE READ")
            cur.execute("SELECT sum(balance), count(*) FROM stress_bank")
            sum1, count1 = cur.fetchone()
            cur.execute("SELECT id, balance FROM stress_bank")
            rows = cur.fetchall()
            time.sleep(0.005)  # let writers commit in between: the snapshot must not move
            cur.execute("SELECT sum(balance) FROM stress_bank")
            sum2 = cur.fetchone()[0]
            cur.execute("COMMIT")
            sum_rows = sum(r[1] for r in rows)
            problems = []
            if sum1 != total or sum2 != total or sum_rows != total:
                problems.append("sums %s / %s / %s != %d" % (sum1, sum_rows, sum2, total))
            if count1 != args.accounts or len(rows) != args.accounts:
                problems.append("row counts %s / %d != %d" % (count1, len(rows), args.accounts))
            negative = [r for r in rows if r[1] < 0]
            if negative:
                problems.append("negative balances %s" % negative[:5])
            with stats.lock:
                stats.snapshots += 1
                if problems and len(stats.violations) < 20:
                    stats.violations.append("snapshot %d: %s" % (stats.snapshots, "; ".join(problems)))
        except psycopg2.Error as e:
            if e.pgcode in RETRYABLE:
                with stats.lock:
                    stats.retries["reader " + e.pgcode] += 1
                cur.execute("ROLLBACK")
                continue
            stats.error("reader: unexpected error %s: %s" % (e.pgcode, str(e).strip()))
            try:
                conn.close()
            except psycopg2.Error:
                pass
            conn = connect()
            cur = conn.cursor()
    conn.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--duration", type=float, default=20.0, help="seconds of load")
    ap.add_argument("--accounts", type=int, default=50)
    ap.add_argument("--threads", type=int, default=8, help="writer threads")
    ap.add_argument("--initial", type=int, default=1000, help="initial balance per account")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--isolation", default="REPEATABLE READ",
                    help="writers' isolation level; 'READ COMMITTED' must make this test "
                         "fail with lost updates (a self-check of the harness)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    augur_target.ensure_target()
    total = args.accounts * args.initial
    print("bank: %d writers + 1 reader, %d accounts, %.0f s, seed %d, server %s"
          % (args.threads, args.accounts, args.duration, seed, augur_target.conninfo()))

    conn = connect()
    cur = conn.cursor()
    cur.execute("DROP TABLE IF EXISTS stress_bank")
    cur.execute("CREATE TABLE stress_bank (id int PRIMARY KEY, balance bigint NOT NULL)")
    values = ", ".join("(%d, %d)" % (i, args.initial) for i in range(args.accounts))
    cur.execute("INSERT INTO stress_bank VALUES " + values)

    stats = Stats()
    ledger = collections.Counter()
    stop_at = time.monotonic() + args.duration
    threads = [threading.Thread(target=writer, args=(args, stats, ledger, stop_at, seed + i),
                                daemon=True) for i in range(args.threads)]
    threads.append(threading.Thread(target=reader, args=(args, stats, stop_at, total), daemon=True))
    t0 = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=max(0.0, stop_at - time.monotonic()) + 30)
    hung = [t for t in threads if t.is_alive()]
    elapsed = time.monotonic() - t0

    failures = []
    if hung:
        failures.append("%d client threads still blocked 30 s after the deadline (server hang?)"
                        % len(hung))
    cur.execute("SELECT id, balance FROM stress_bank ORDER BY id")
    final = dict(cur.fetchall())
    final_total = sum(final.values())
    if final_total != total:
        failures.append("final total %d != initial total %d" % (final_total, total))
    if len(final) != args.accounts:
        failures.append("final row count %d != %d" % (len(final), args.accounts))
    if not hung:
        mismatched = [(i, final.get(i), args.initial + ledger[i]) for i in range(args.accounts)
                      if final.get(i) != args.initial + ledger[i]]
        if mismatched:
            failures.append("%d accounts differ from the acknowledged-commit ledger "
                            "(id, db, expected): %s" % (len(mismatched), mismatched[:5]))
    negative = {i: v for i, v in final.items() if v < 0}
    if negative:
        failures.append("negative balances (lost update): %s" % list(negative.items())[:5])
    failures += stats.violations
    failures += stats.errors
    if stats.commits == 0:
        failures.append("no transfer committed")
    if stats.snapshots == 0:
        failures.append("reader checked no snapshot")
    cur.execute("DROP TABLE stress_bank")
    conn.close()

    retries = sum(v for k, v in stats.retries.items())
    print("bank: %d transfers committed (%.0f/s), %d no-op commits, %d retries %s, "
          "%d reader snapshots checked, %.1f s"
          % (stats.commits, stats.commits / elapsed, stats.noop_commits, retries,
             dict(stats.retries), stats.snapshots, elapsed))
    if stats.retries.get("40001", 0) == 0:
        print("bank: note: no 40001 seen; the conflict path was not exercised")
    if failures:
        print("bank: FAIL")
        for f in failures:
            print("  - " + f)
        sys.stdout.flush()
        os._exit(1)  # daemon threads may still be blocked in the server
    print("bank: PASS (total %d unchanged; ledger matches every account)" % total)


if __name__ == "__main__":
    try:
        main()
    except (psycopg2.Error, RuntimeError, OSError) as e:
        print("%s: FAIL (%s: %s%s)" % ("bank", type(e).__name__,
              getattr(e, "pgcode", None) and e.pgcode + " " or "", str(e).strip()))
        sys.stdout.flush()
        os._exit(1)
