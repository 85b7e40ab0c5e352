#!/usr/bin/python3
"""Foreign keys under concurrency: a referencing INSERT and a DELETE of the
referenced row must never both commit.

Each round fills a parent table with a few keys, then runs, at the same time,
sessions that insert child rows referencing random parent keys and sessions
that delete random parent keys (and some that update a parent key), each in
its own transaction that waits a few milliseconds before COMMIT so that the
transactions overlap. Half the rounds run in READ COMMITTED, half in
REPEATABLE READ. Two child tables are used: one with an index on the foreign
key column (referencing rows are found by an index lookup) and one without
(a scan). After every round no child row may reference a missing parent key.

Failures a client must expect and may retry: 23503 (the key is gone, or is
still referenced), 40001 (REPEATABLE READ: changed since the snapshot) and
40P01 (deadlock). Anything else fails the test. The server never retries;
this client does not retry either — it only counts the outcomes.

--without-fk creates the same tables without the constraints and expects
orphans to appear (a check that the test can fail).

Run:
  AUGUR_PORT=5445 /usr/bin/python3 tests/stress/fk_orphans.py [--rounds 20]
  AUGUR_PORT=55424 /usr/bin/python3 tests/stress/fk_orphans.py   # against PostgreSQL 15
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

EXPECTED = {"23503", "40001", "40P01"}


def connect():
    conn = psycopg2.connect(**augur_target.conn_params())
    conn.autocommit = True  # BEGIN/COMMIT sent explicitly
    return conn


def run_txn(cur, isolation, statements, hold_s):
    """One transaction; returns 'commit' or the SQLSTATE it failed with."""
    try:
        cur.execute("BEGIN ISOLATION LEVEL " + isolation)
        for sql, args in statements:
            cur.execute(sql, args)
        time.sleep(hold_s)
        cur.execute("COMMIT")
        return "commit"
    except psycopg2.Error as e:
        try:
            cur.execute("ROLLBACK")
        except psycopg2.Error:
            pass
        return e.pgcode or "error: " + str(e).strip()


def worker(kind, conn, isolation, keys, ops, start, outcomes, lock, rng, next_child):
    cur = conn.cursor()
    start.wait(timeout=60)
    for _ in range(ops):
        key = rng.randrange(keys)
        hold = rng.uniform(0.0, 0.004)
        if kind == "insert":
            with lock:
                child_id = next_child[0]
                next_child[0] += 1
            table = "fk_ci" if child_id % 2 == 0 else "fk_cs"
            result = run_txn(cur, isolation, [("INSERT INTO " + table + " VALUES (%s, %s)", (child_id, key))], hold)
        elif kind == "delete":
            result = run_txn(cur, isolation, [("DELETE FROM fk_p WHERE id = %s", (key,))], hold)
        else:
            result = run_txn(cur, isolation, [("UPDATE fk_p SET id = id + 1000 WHERE id = %s", (key,))], hold)
        with lock:
            outcomes[(kind, result)] += 1


def orphans(cur):
    total = 0
    for table in ("fk_ci", "fk_cs"):
        cur.execute("SELECT count(*) FROM " + table + " c LEFT JOIN fk_p p ON p.id = c.pid "
                    "WHERE c.pid IS NOT NULL AND p.id IS NULL")
        total += cur.fetchone()[0]
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=20)
    parser.add_argument("--inserters", type=int, default=4)
    parser.add_argument("--deleters", type=int, default=2)
    parser.add_argument("--ops", type=int, default=25, help="transactions per session per round")
    parser.add_argument("--keys", type=int, default=8, help="parent keys per round")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--without-fk", action="store_true")
    args = parser.parse_args()
    augur_target.ensure_target()
    rng = random.Random(args.seed)
    admin = connect()
    cur = admin.cursor()
    cur.execute("DROP TABLE IF EXISTS fk_ci, fk_cs, fk_p")
    cur.execute("CREATE TABLE fk_p (id int PRIMARY KEY)")
    ref = "" if args.without_fk else " REFERENCES fk_p"
    cur.execute("CREATE TABLE fk_ci (id int PRIMARY KEY, pid int" + ref + ")")
    cur.execute("CREATE INDEX fk_ci_pid ON fk_ci (pid)")
    cur.execute("CREATE TABLE fk_cs (id int PRIMARY KEY, pid int" + ref + ")")
    sessions = [connect() for _ in range(args.inserters + args.deleters + 1)]
    outcomes = collections.Counter()
    lock = threading.Lock()
    next_child = [1]
    bad_rounds = 0
    started = time.monotonic()
    for round_number in range(args.rounds):
        isolation = "READ COMMITTED" if round_number % 2 == 0 else "REPEATABLE READ"
        cur.execute("DELETE FROM fk_ci")
        cur.execute("DELETE FROM fk_cs")
        cur.execute("DELETE FROM fk_p")
        cur.execute("INSERT INTO fk_p SELECT g FROM generate_series(0, %s) g", (args.keys - 1,))
        start = threading.Barrier(len(sessions))
        kinds = ["insert"] * args.inserters + ["delete"] * args.deleters + ["update"]
        threads = [threading.Thread(target=worker,
                                    args=(kind, conn, isolation, args.keys, args.ops, start, outcomes, lock,
                                          random.Random(rng.random()), next_child))
                   for kind, conn in zip(kinds, sessions)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(300)
        left = orphans(cur)
        if left:
            bad_rounds += 1
            print(f"round {round_number} ({isolation}): {left} orphan rows")
    elapsed = time.monotonic() - started
    unexpected = {k: v for k, v in outcomes.items() if k[1] != "commit" and k[1] not in EXPECTED}
    summary = ", ".join(f"{kind} {result}: {count}" for (kind, result), count in sorted(outcomes.items()))
    print(f"{args.rounds} rounds in {elapsed:.1f} s; {summary}")
    for (kind, result), count in unexpected.items():
        print(f"unexpected outcome of {kind}: {result} ({count}x)")
    cur.execute("DROP TABLE IF EXISTS fk_ci, fk_cs, fk_p")
    if args.without_fk:
        ok = bad_rounds > 0 and not unexpected
        print(f"without foreign keys: {bad_rounds} rounds left orphans (expected some)")
    else:
        inserts_ok = outcomes[("insert", "commit")] > 0
        deletes_ok = outcomes[("delete", "commit")] > 0
        ok = bad_rounds == 0 and not unexpected and inserts_ok and deletes_ok
        print(f"{bad_rounds} rounds left orphans")
    print("PASS" if ok else "FAIL")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
