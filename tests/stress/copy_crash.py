#!/usr/bin/python3
"""COPY crash test: bulk loads are atomic and every acknowledged one survives kill -9.

One client loads batches of rows with COPY FROM STDIN, each batch in its own
transaction (BEGIN; COPY; COMMIT), keys ascending so augurdb's SST bulk path
is taken (docs/storage-format.md "Bulk loading"); a second client does the
same into a table without a primary key. Between them the clients also run
COPYs that must leave nothing: one that fails on a duplicate key (23505) and
one followed by ROLLBACK. At a random moment the server is killed
(augurdb: SIGKILL; PostgreSQL: `pg_ctl stop -m immediate`), restarted, and
each batch's rows are counted:

  - a batch whose COMMIT was acknowledged has all its rows, with the right
    payload sum;
  - a failed or rolled-back batch has none;
  - a batch whose COMMIT was in flight has all or none (never part), and
    what recovery decided is final in every later round;
  - the restarted server accepts another COPY.

Needs AUGUR_BIN or AUGUR_PG=1 (it owns the server), else skips (exit 77).

  AUGUR_BIN=path/to/augurdb /usr/bin/python3 tests/stress/copy_crash.py [--rounds 6]
  AUGUR_PG=1 /usr/bin/python3 tests/stress/copy_crash.py
"""

import argparse
import functools
import io
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "e2e"))
import augur_target  # noqa: E402

import psycopg2  # noqa: E402

SKIP_EXIT = 77
TABLES = ("copy_crash_pk", "copy_crash_heap")


def connect(server):
    conn = psycopg2.connect(host=server.host, port=server.port, user=os.environ.get("AUGUR_USER", "postgres"),
                            dbname=os.environ.get("AUGUR_DB", "postgres"), connect_timeout=5)
    conn.autocommit = True
    return conn


def batch_text(batch, first, rows):
    """COPY text of one batch: keys first..first+rows-1, the batch number and a payload."""
    out = io.StringIO()
    for k in range(first, first + rows):
        out.write("%d\t%d\tpayload-%d-0123456789abcdefghij\n" % (k, batch, k % 1000))
    return out.getvalue()


class Ledger:
    def __init__(self):
        self.lock = threading.Lock()
        self.batches = {}  # (table, batch) -> [first, rows, state] state: acked/absent/doubt
        self.unexpected = []

    def set(self, key, first, rows, state):
        with self.lock:
            self.batches[key] = [first, rows, state]


def loader(server, table, ledger, stop, rng, next_batch, counts):
    """Loads batches into `table` until the server dies or `stop` is set."""
    try:
        conn = connect(server)
    except psycopg2.Error:
        return
    cur = conn.cursor()
    while not stop.is_set():
        with ledger.lock:
            batch = next_batch[0]
            next_batch[0] += 1
        rows = rng.choice((20000, 40000))
        first = batch * 100000
        kind = rng.random()
        key = (table, batch)
        committing = False
        try:
            cur.execute("BEGIN")
            if kind < 0.15 and table == "copy_crash_pk":
                # A duplicate key in the middle: 23505, and the block is aborted.
                text = batch_text(batch, first, rows) + batch_text(batch, first + 5, 1)
                ledger.set(key, first, rows, "absent")
                try:
                    cur.copy_expert("COPY %s FROM STDIN" % table, io.StringIO(text))
                    ledger.unexpected.append("duplicate COPY into %s succeeded" % table)
                except psycopg2.Error as e:
                    if e.pgcode != "23505":
                        raise
                cur.execute("ROLLBACK")
                counts["failed"] += 1
                continue
            ledger.set(key, first, rows, "absent")
            cur.copy_expert("COPY %s FROM STDIN" % table, io.StringIO(batch_text(batch, first, rows)))
            if kind < 0.3:
                cur.execute("ROLLBACK")
                counts["rolled_back"] += 1
                continue
            ledger.set(key, first, rows, "doubt")
            committing = True
            cur.execute("COMMIT")
            if cur.statusmessage != "COMMIT":
                ledger.unexpected.append("COMMIT of %s answered %r" % (key, cur.statusmessage))
                ledger.set(key, first, rows, "absent")
                continue
            ledger.set(key, first, rows, "acked")
            counts["acked"] += 1
        except psycopg2.Error as e:
            code = getattr(e, "pgcode", None)
            if committing and (code is None or code[:2] in ("08", "57", "58", "XX")):
                pass  # in doubt: resolved at the next verification
            elif code is None or code[:2] in ("08", "57"):
                ledger.set(key, first, rows, "absent")  # connection lost before COMMIT
            else:
                ledger.unexpected.append("%s batch %d: %s %s" % (table, batch, code, e))
                ledger.set(key, first, rows, "absent")
            break
    try:
        conn.close()
    except psycopg2.Error:
        pass


def verify(server, ledger):
    conn = connect(server)
    cur = conn.cursor()
    problems = []
    resolved = 0
    for table in TABLES:
        cur.execute("SELECT batch, count(*), sum(k) FROM %s GROUP BY batch" % table)
        present = {b: (n, s) for b, n, s in cur.fetchall()}
        for (t, batch), (first, rows, state) in sorted(ledger.batches.items()):
            if t != table:
                continue
            n, s = present.pop(batch, (0, 0))
            full_sum = rows * first + rows * (rows - 1) // 2
            whole = n == rows and s == full_sum
            if state == "acked" and not whole:
                problems.append("%s batch %d acknowledged but has %d of %d rows" % (table, batch, n, rows))
            elif state == "absent" and n != 0:
                problems.append("%s batch %d failed/rolled back but has %d rows" % (table, batch, n))
            elif state == "doubt":
                if n != 0 and not whole:
                    problems.append("%s batch %d (commit in doubt) is partial: %d of %d rows"
                                    % (table, batch, n, rows))
                ledger.batches[(t, batch)][2] = "acked" if whole else "absent"
                resolved += 1
        for batch, (n, _) in present.items():
            problems.append("%s has %d rows of batch %d that no client loaded" % (table, n, batch))
    conn.close()
    return problems, resolved


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=6)
    ap.add_argument("--min-kill-s", type=float, default=1.0)
    ap.add_argument("--max-kill-s", type=float, default=6.0)
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the data directory")
    ap.add_argument("--port", type=int, default=None, help="server port (default: a free one)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    tmp = tempfile.mkdtemp(prefix="augur-copy-crash.")
    os.chmod(tmp, 0o755)
    server = augur_target.managed_server_from_env(os.path.join(tmp, "data"), args.port)
    if server is None:
        print("copy_crash: SKIP (needs AUGUR_BIN or AUGUR_PG=1: the test must start and kill the server)")
        sys.exit(SKIP_EXIT)
    print("copy_crash: %s, %d rounds, kill after %.1f-%.1f s, seed %d, data %s"
          % (server.name, args.rounds, args.min_kill_s, args.max_kill_s, seed, tmp))
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    failures = []
    try:
        failures = run_rounds(args, rng, server)
    finally:
        try:
            server.kill()
        except Exception:  # noqa: BLE001 - best effort on the way out
            pass
    if failures or args.keep:
        print("copy_crash: data directory kept: %s" % tmp)
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("copy_crash: FAIL")
        for f in failures:
            print("  - " + f)
        sys.exit(1)
    print("copy_crash: PASS")


def run_rounds(args, rng, server):
    ledger = Ledger()
    failures = []
    server.start()
    conn = connect(server)
    conn.cursor().execute("CREATE TABLE copy_crash_pk (k bigint PRIMARY KEY, batch int NOT NULL, payload text)")
    conn.cursor().execute("CREATE TABLE copy_crash_heap (k bigint, batch int NOT NULL, payload text)")
    conn.close()
    next_batch = {t: [1] for t in TABLES}
    total = {"acked": 0, "failed": 0, "rolled_back": 0}
    for round_no in range(1, args.rounds + 1):
        counts = {"acked": 0, "failed": 0, "rolled_back": 0}
        workers = [functools.partial(loader, server, t, ledger, rng=random.Random(rng.random()),
                                     next_batch=next_batch[t], counts=counts)
                   for t in TABLES]
        kill_after = rng.uniform(args.min_kill_s, args.max_kill_s)
        problem, restart_s = server.kill_during(workers, kill_after, join_timeout_s=60)
        if problem:
            failures.append("round %d: %s" % (round_no, problem))
            break
        try:
            problems, resolved = verify(server, ledger)
        except psycopg2.Error as e:
            problems, resolved = ["verification failed: %s %s" % (e.pgcode, e)], 0
        for k in total:
            total[k] += counts[k]
        print("  round %d: killed after %.2f s; %d COPY commits acked, %d failed (23505), %d rolled back, "
              "%d in doubt resolved; restart %.2f s; %s"
              % (round_no, kill_after, counts["acked"], counts["failed"], counts["rolled_back"], resolved,
                 restart_s, "ok" if not problems else "FAIL"))
        sys.stdout.flush()
        failures += ["round %d: %s" % (round_no, p) for p in problems]
        if problems:
            break
    failures += ledger.unexpected[:10]
    if total["acked"] == 0:
        failures.append("no COPY was ever acknowledged")
    try:
        server.stop()
    except RuntimeError as e:
        failures.append("final stop failed: %s" % e)
    print("copy_crash: %d COPY commits acked, %d duplicate COPYs failed, %d rolled back"
          % (total["acked"], total["failed"], total["rolled_back"]))
    return failures


if __name__ == "__main__":
    main()
