#!/usr/bin/python3
"""Crash-durability test: every acknowledged COMMIT survives a kill -9.

Each round: the server runs on one data directory; 4 client threads insert rows
with unique ids in small transactions; at a random moment the server is killed
(augurdb: SIGKILL; PostgreSQL: `pg_ctl stop -m immediate`, its equivalent);
it is restarted on the same data directory and the table is checked:

  - every id whose COMMIT returned "COMMIT" is present, with the right payload;
  - no id is present whose transaction failed definitely: an error with a
    SQLSTATE in the transaction (the test provokes unique violations on purpose,
    then sends COMMIT, which must answer ROLLBACK), an explicit ROLLBACK, or a
    connection lost before COMMIT was sent;
  - an id whose COMMIT was in flight (sent, no answer, or a connection-class
    error 08xxx/57xxx) may be present or absent; whichever recovery decides is
    final and is checked in every later round;
  - no row exists that no client ever wrote, and no id appears twice;
  - the restarted server accepts and commits a write.

The test owns its server, so it needs AUGUR_BIN (augurdb binary; started as
`augurdb --port P --listen 127.0.0.1 --data-dir DIR`) or AUGUR_PG=1 (throw-away
PostgreSQL 15, to prove the harness). With only AUGUR_PORT it skips (exit 77).

  AUGUR_BIN=path/to/augurdb /usr/bin/python3 tests/stress/crash.py [--rounds 20]
  AUGUR_PG=1 /usr/bin/python3 tests/stress/crash.py
"""

import argparse
import functools
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
CLIENT_ID_SPAN = 10 ** 12  # ids of client c are c * CLIENT_ID_SPAN + sequence


def payload(i):
    return "row-%d-%s" % (i, "x" * (i % 97))


def indefinite(e):
    """True if the error leaves the transaction's outcome unknown."""
    code = getattr(e, "pgcode", None)
    return code is None or code[:2] in ("08", "57", "58", "XX")


class Ledger:
    """What the clients know about every id they ever tried to write."""

    def __init__(self):
        self.lock = threading.Lock()
        self.acked = set()      # COMMIT acknowledged: must be present forever
        self.absent = set()     # definitely not committed: must never be present
        self.in_doubt = set()   # COMMIT sent, outcome unknown until the next check
        self.next_seq = {}      # client -> next sequence number (ids never reused)
        self.unexpected = []    # errors the test did not provoke

    def record(self, kind, ids, counts=None, outcome=None):
        with self.lock:
            getattr(self, kind).update(ids)
            if counts is not None:
                counts[outcome] += 1


def client(server_port, ledger, client_no, stop, rng, counts):
    try:
        conn = psycopg2.connect(host="127.0.0.1", port=server_port,
                                user=os.environ.get("AUGUR_USER", "postgres"),
                                dbname=os.environ.get("AUGUR_DB", "postgres"), connect_timeout=5)
        conn.autocommit = True
        cur = conn.cursor()
    except psycopg2.Error:
        return  # killed before we got in
    while not stop.is_set():
        with ledger.lock:
            seq = ledger.next_seq.get(client_no, 0)
            n = rng.randint(1, 5)
            ledger.next_seq[client_no] = seq + n
        ids = [client_no * CLIENT_ID_SPAN + seq + k for k in range(n)]
        mode = rng.random()
        commit_sent = False
        try:
            cur.execute("BEGIN")
            values = ", ".join(cur.mogrify("(%s, %s, %s)", (i, client_no, payload(i))).decode()
                               for i in ids)
            cur.execute("INSERT INTO crash_rows (id, client, payload) VALUES " + values)
            if mode < 0.08:
                # Provoke a unique violation: the whole transaction must vanish.
                try:
                    cur.execute("INSERT INTO crash_rows (id, client, payload) VALUES (%s, %s, %s)",
                                (ids[0], client_no, payload(ids[0])))
                    ledger.unexpected.append("duplicate id %d accepted" % ids[0])
                except psycopg2.Error as e:
                    if indefinite(e):
                        raise
                    if e.pgcode != "23505":
                        ledger.unexpected.append("duplicate insert gave %s: %s" % (e.pgcode, e))
                cur.execute("COMMIT")
                if cur.statusmessage != "ROLLBACK":
                    ledger.unexpected.append("COMMIT of a failed transaction answered %r"
                                             % cur.statusmessage)
                ledger.record("absent", ids, counts, "failed")
                continue
            if mode < 0.13:
                cur.execute("ROLLBACK")
                ledger.record("absent", ids, counts, "rolled_back")
                continue
            commit_sent = True
            cur.execute("COMMIT")
            if cur.statusmessage == "COMMIT":
                ledger.record("acked", ids, counts, "acked")
            else:
                ledger.unexpected.append("COMMIT answered %r" % cur.statusmessage)
                ledger.record("in_doubt", ids)
                return
        except psycopg2.Error as e:
            if commit_sent and indefinite(e):
                ledger.record("in_doubt", ids, counts, "in_doubt")
            else:
                # Error before COMMIT was sent, or a definite error on COMMIT.
                ledger.record("absent", ids)
                if not indefinite(e):
                    ledger.unexpected.append("client %d: %s %s" % (client_no, e.pgcode, e))
            return
    try:
        conn.close()
    except psycopg2.Error:
        pass


def verify(server, ledger, round_no):
    """Checks the table against the ledger; resolves in-doubt ids. Returns problems."""
    conn = psycopg2.connect(host=server.host, port=server.port, user=os.environ.get("AUGUR_USER", "postgres"),
                            dbname=os.environ.get("AUGUR_DB", "postgres"))
    conn.autocommit = True
    cur = conn.cursor()
    cur.execute("SELECT id, payload FROM crash_rows")
    rows = cur.fetchall()
    cur.execute("SELECT count(*) FROM crash_rows")
    count = cur.fetchone()[0]
    present = {r[0] for r in rows}
    problems = []
    if len(present) != len(rows) or count != len(rows):
        problems.append("duplicate ids: %d rows, %d distinct ids, count(*) %d"
                        % (len(rows), len(present), count))
    bad_payload = [r[0] for r in rows if r[1] != payload(r[0])]
    if bad_payload:
        problems.append("%d rows with a wrong payload, e.g. %s" % (len(bad_payload), bad_payload[:5]))
    lost = ledger.acked - present
    if lost:
        problems.append("%d acknowledged ids lost, e.g. %s" % (len(lost), sorted(lost)[:5]))
    zombies = ledger.absent & present
    if zombies:
        problems.append("%d ids of failed/rolled-back transactions present, e.g. %s"
                        % (len(zombies), sorted(zombies)[:5]))
    strays = present - ledger.acked - ledger.absent - ledger.in_doubt
    if strays:
        problems.append("%d ids no client wrote, e.g. %s" % (len(strays), sorted(strays)[:5]))
    doubt_present = ledger.in_doubt & present
    ledger.acked |= doubt_present
    ledger.absent |= ledger.in_doubt - present
    ledger.in_doubt = set()
    # The recovered server must accept writes.
    marker = 999 * CLIENT_ID_SPAN + round_no
    cur.execute("BEGIN")
    cur.execute("INSERT INTO crash_rows (id, client, payload) VALUES (%s, %s, %s)",
                (marker, 999, payload(marker)))
    cur.execute("COMMIT")
    if cur.statusmessage != "COMMIT":
        problems.append("write after restart: COMMIT answered %r" % cur.statusmessage)
    else:
        ledger.acked.add(marker)
    conn.close()
    return problems, len(doubt_present)


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--min-kill-s", type=float, default=0.3)
    ap.add_argument("--max-kill-s", type=float, default=2.0)
    ap.add_argument("--max-seconds", type=float, default=600, help="overall time limit")
    ap.add_argument("--seed", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the data directory")
    ap.add_argument("--pg-setting", action="append", default=[], metavar="NAME=VALUE",
                    help="extra PostgreSQL setting with AUGUR_PG=1; synchronous_commit=off "
                         "must make this test fail (a self-check of the harness)")
    args = ap.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)

    tmp = tempfile.mkdtemp(prefix="augur-crash.")
    os.chmod(tmp, 0o755)
    server = augur_target.managed_server_from_env(os.path.join(tmp, "data"))
    if args.pg_setting and isinstance(server, augur_target.PostgresServer):
        server = augur_target.PostgresServer(server.data_dir, server.port, args.pg_setting)
    if server is None:
        print("crash: SKIP (needs AUGUR_BIN or AUGUR_PG=1: the test must start and kill the server)")
        sys.exit(SKIP_EXIT)
    print("crash: %s, %d rounds x %d clients, kill after %.1f-%.1f s, seed %d, data %s"
          % (server.name, args.rounds, args.clients, args.min_kill_s, args.max_kill_s, seed, tmp))

    # `timeout` and CI send SIGTERM: leave through the finally below, which kills the server.
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(128 + signum))
    try:
        run_rounds(args, rng, server, tmp)
    finally:
        if getattr(server, "proc", None) is not None or isinstance(server, augur_target.PostgresServer):
            try:
                server.kill()
            except Exception:  # noqa: BLE001 - best effort on the way out
                pass


def run_rounds(args, rng, server, tmp):
    deadline = time.monotonic() + args.max_seconds
    ledger = Ledger()
    failures = []
    startup_s = server.start()
    conn = psycopg2.connect(host=server.host, port=server.port, user=os.environ.get("AUGUR_USER", "postgres"),
                            dbname=os.environ.get("AUGUR_DB", "postgres"))
    conn.autocommit = True
    conn.cursor().execute("CREATE TABLE crash_rows (id bigint PRIMARY KEY, client int NOT NULL, "
                          "payload text NOT NULL)")
    conn.close()
    rounds_done = 0
    total = {"acked": 0, "failed": 0, "rolled_back": 0, "in_doubt": 0}
    for round_no in range(1, args.rounds + 1):
        if time.monotonic() > deadline:
            failures.append("time limit of %.0f s reached after %d rounds"
                            % (args.max_seconds, rounds_done))
            break
        counts = {"acked": 0, "failed": 0, "rolled_back": 0, "in_doubt": 0}
        workers = [functools.partial(client, server.port, ledger, c, rng=random.Random(rng.random()),
                                     counts=counts)
                   for c in range(args.clients)]
        kill_after = rng.uniform(args.min_kill_s, args.max_kill_s)
        problem, restart_s = server.kill_during(workers, kill_after, join_timeout_s=30)
        if problem:
            failures.append("round %d: %s" % (round_no, problem))
            break
        doubt_ids = len(ledger.in_doubt)
        try:
            problems, doubt_present = verify(server, ledger, round_no)
        except psycopg2.Error as e:
            problems, doubt_present = ["verification query failed: %s %s" % (e.pgcode, e)], 0
        rounds_done += 1
        for k in total:
            total[k] += counts[k]
        print("  round %2d: killed after %.2f s; %4d commits acked, %3d failed, %3d rolled back, "
              "%d in doubt (%d of %d ids present); restart %.2f s; %s"
              % (round_no, kill_after, counts["acked"], counts["failed"], counts["rolled_back"],
                 counts["in_doubt"], doubt_present, doubt_ids, restart_s, "ok" if not problems else "FAIL"))
        sys.stdout.flush()
        failures += ["round %d: %s" % (round_no, p) for p in problems]
        if problems:
            break
    failures += ledger.unexpected[:10]
    try:
        server.stop()
    except RuntimeError as e:
        failures.append("final stop failed: %s" % e)
    if total["acked"] == 0:
        failures.append("no transaction was ever acknowledged")
    summary = ("%d rounds, %d commits acked (%d ids present), %d failed and %d rolled-back "
               "transactions absent, %d in-doubt commits resolved, first start %.1f s"
               % (rounds_done, total["acked"], len(ledger.acked), total["failed"],
                  total["rolled_back"], total["in_doubt"], startup_s))
    if failures or args.keep:
        print("crash: data directory kept: %s" % tmp)
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    if failures:
        print("crash: FAIL (%s)" % summary)
        for f in failures:
            print("  - " + f)
        sys.stdout.flush()
        os._exit(1)
    print("crash: PASS (%s)" % summary)


if __name__ == "__main__":
    try:
        main()
    except (psycopg2.Error, RuntimeError, OSError) as e:
        print("%s: FAIL (%s: %s%s)" % ("crash", type(e).__name__,
              getattr(e, "pgcode", None) and e.pgcode + " " or "", str(e).strip()))
        sys.stdout.flush()
        os._exit(1)
