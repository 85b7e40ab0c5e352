"""COPY at the protocol level, against any server (augurdb or PostgreSQL 15).

A raw-socket client checks the exact message sequences PostgreSQL 15 sends for
COPY FROM STDIN / TO STDOUT in the simple and extended protocols: CopyInResponse
and CopyOutResponse with their formats, CopyFail (57014), an error in the middle
of the stream (the rest of the stream is discarded, up to Sync in extended
mode), several statements in one Query, a protocol violation during COPY; then
the client libraries: psycopg2's copy_expert and psycopg 3's cursor.copy (text
and binary, which go through the extended protocol).

Every expectation here was checked by running this file against PostgreSQL 15
(`tests/e2e/run-all.sh --pg copy`). Target: AUGUR_HOST / AUGUR_PORT (see
augur_target.py). Exit status 0 when every check passes.
"""

import os
import socket
import struct
import sys

sys.path.insert(0, os.path.dirname(__file__))
from augur_target import conn_params, conninfo  # noqa: E402

TABLE = "copy_proto"


class Raw:
    """A minimal v3 protocol client: messages in, (type, body) out."""

    def __init__(self):
        p = conn_params()
        self.sock = socket.create_connection((p["host"], p["port"]), timeout=30)
        params = b"user\0" + p["user"].encode() + b"\0database\0" + p["dbname"].encode() + b"\0\0"
        self.sock.sendall(struct.pack("!ii", 8 + len(params), 196608) + params)
        self.buffer = b""
        self.until_ready()

    def send(self, kind, body=b""):
        self.sock.sendall(kind + struct.pack("!i", 4 + len(body)) + body)

    def query(self, text):
        self.send(b"Q", text.encode() + b"\0")

    def read(self):
        while len(self.buffer) < 5 or len(self.buffer) < 1 + struct.unpack("!i", self.buffer[1:5])[0]:
            chunk = self.sock.recv(65536)
            if not chunk:
                return None
            self.buffer += chunk
        length = struct.unpack("!i", self.buffer[1:5])[0]
        kind, body = self.buffer[0:1], self.buffer[5:1 + length]
        self.buffer = self.buffer[1 + length:]
        return kind, body

    def until_ready(self):
        """Messages up to and including ReadyForQuery (or the connection's end)."""
        out = []
        while True:
            m = self.read()
            if m is None:
                out.append(("EOF",))
                return out
            out.append(describe(m))
            if m[0] == b"Z":
                return out

    def until(self, kinds):
        """Messages up to and including the first of `kinds`."""
        out = []
        while True:
            m = self.read()
            if m is None:
                out.append(("EOF",))
                return out
            out.append(describe(m))
            if m[0].decode() in kinds:
                return out

    def close(self):
        try:
            self.send(b"X")
        except OSError:
            pass
        self.sock.close()


def describe(message):
    """A comparable summary of one backend message."""
    kind, body = message
    k = kind.decode()
    if k in "EN":
        fields = {}
        for part in body.split(b"\0"):
            if part:
                fields[part[:1].decode()] = part[1:].decode()
        return (k, fields.get("S"), fields.get("C"), fields.get("M"), fields.get("W"))
    if k in "GH":
        overall, count = struct.unpack("!bh", body[:3])
        formats = list(struct.unpack("!%dh" % count, body[3:3 + 2 * count]))
        return (k, overall, formats)
    if k == "C":
        return (k, body.rstrip(b"\0").decode())
    if k == "d":
        return (k, body)
    if k == "Z":
        return (k, body.decode())
    if k in "SKD":  # ParameterStatus, BackendKeyData, DataRow: content not compared
        return (k,)
    return (k,)


def parse_bind_execute(sql):
    return [(b"P", b"\0" + sql.encode() + b"\0\0\0"),
            (b"B", b"\0\0" + b"\0\0" + b"\0\0" + b"\0\0"),
            (b"D", b"P\0"),
            (b"E", b"\0\0\0\0\0"),
            (b"S", b"")]


failures = []


def check(name, got, expected):
    if got != expected:
        failures.append(name)
        print("FAIL %s\n  got:      %r\n  expected: %r" % (name, got, expected))
    else:
        print("ok   %s" % name)


def verdict(test_name):
    """Prints the test's last line from `failures`; returns its exit status."""
    if failures:
        print("%s: FAIL (%d): %s" % (test_name, len(failures), ", ".join(failures)))
        return 1
    print("%s: PASS" % test_name)
    return 0


def count_rows(c):
    c.query("SELECT count(*) FROM %s" % TABLE)
    msgs = []
    while True:
        m = c.read()
        msgs.append(m)
        if m[0] == b"Z":
            break
    for kind, body in msgs:
        if kind == b"D":
            n = struct.unpack("!h", body[:2])[0]
            assert n == 1
            length = struct.unpack("!i", body[2:6])[0]
            return int(body[6:6 + length])
    return None


def main():
    c = Raw()
    c.query("DROP TABLE IF EXISTS %s; CREATE TABLE %s (a int PRIMARY KEY, b text)" % (TABLE, TABLE))
    c.until_ready()

    # 1. Simple protocol: CopyInResponse, data, CopyDone.
    c.query("COPY %s FROM STDIN" % TABLE)
    check("simple: CopyInResponse", c.until("G"), [("G", 0, [0, 0])])
    c.send(b"d", b"1\tone\n2\t")
    c.send(b"d", b"two\n")
    c.send(b"c")
    check("simple: COPY 2", c.until_ready(), [("C", "COPY 2"), ("Z", "I")])

    # 2. CopyFail: 57014 and nothing stays.
    c.query("COPY %s FROM STDIN" % TABLE)
    c.until("G")
    c.send(b"d", b"3\tthree\n")
    c.send(b"f", b"client gave up\0")
    check("simple: CopyFail", c.until_ready(),
          [("E", "ERROR", "57014", "COPY from stdin failed: client gave up", "COPY %s, line 2" % TABLE),
           ("Z", "I")])
    check("simple: CopyFail left no rows", count_rows(c), 2)

    # 3. An error in the middle of the stream; the rest is discarded.
    c.query("COPY %s FROM STDIN" % TABLE)
    c.until("G")
    c.send(b"d", b"3\tthree\nbad\tfour\n")
    c.send(b"d", b"5\tfive\n")
    c.send(b"c")
    check("simple: error mid-stream", c.until_ready(),
          [("E", "ERROR", "22P02", 'invalid input syntax for type integer: "bad"',
            'COPY %s, line 2, column a: "bad"' % TABLE), ("Z", "I")])
    check("simple: error left no rows", count_rows(c), 2)

    # 4. "\." ends the data; what follows it up to CopyDone is ignored.
    c.query("COPY %s FROM STDIN" % TABLE)
    c.until("G")
    c.send(b"d", b"6\tsix\n\\.\n")
    c.send(b"d", b"garbage after the end marker\n")
    c.send(b"c")
    check("simple: end marker", c.until_ready(), [("C", "COPY 1"), ("Z", "I")])

    # 5. COPY among other statements of one Query.
    c.query("COPY %s FROM STDIN; SELECT 1 AS x" % TABLE)
    c.until("G")
    c.send(b"d", b"7\tseven\n")
    c.send(b"c")
    check("simple: COPY then SELECT in one Query", c.until_ready(),
          [("C", "COPY 1"), ("T",), ("D",), ("C", "SELECT 1"), ("Z", "I")])

    # 6. COPY TO STDOUT.
    c.query("COPY (SELECT a, b FROM %s WHERE a <= 2 ORDER BY a) TO STDOUT (FORMAT csv)" % TABLE)
    check("simple: COPY TO", c.until_ready(),
          [("H", 0, [0, 0]), ("d", b"1,one\n"), ("d", b"2,two\n"), ("c",), ("C", "COPY 2"), ("Z", "I")])
    c.query("COPY (SELECT 1::int4 AS n) TO STDOUT (FORMAT binary)")
    check("simple: COPY TO binary", c.until_ready(),
          [("H", 1, [1]),
           ("d", b"PGCOPY\n\xff\r\n\x00" + b"\0\0\0\0" + b"\0\0\0\0" + b"\x00\x01\x00\x00\x00\x04\x00\x00\x00\x01"),
           ("d", b"\xff\xff"), ("c",), ("C", "COPY 1"), ("Z", "I")])

    # 7. Extended protocol: Parse/Bind/Describe/Execute/Sync, then the data, CopyDone, Sync.
    for kind, body in parse_bind_execute("COPY %s FROM STDIN" % TABLE):
        c.send(kind, body)
    check("extended: CopyInResponse", c.until("G"), [("1",), ("2",), ("n",), ("G", 0, [0, 0])])
    c.send(b"d", b"8\teight\n")
    c.send(b"c")
    c.send(b"S")
    check("extended: COPY 1", c.until_ready(), [("C", "COPY 1"), ("Z", "I")])

    # 8. Extended protocol, error mid-stream: everything up to the client's Sync is skipped.
    for kind, body in parse_bind_execute("COPY %s FROM STDIN" % TABLE):
        c.send(kind, body)
    c.until("G")
    c.send(b"d", b"1\tduplicate\n")
    c.send(b"d", b"9\tnine\n")
    c.send(b"c")
    c.send(b"S")
    check("extended: error mid-stream", c.until_ready(),
          [("E", "ERROR", "23505", 'duplicate key value violates unique constraint "%s_pkey"' % TABLE,
            "COPY %s, line 1" % TABLE), ("Z", "I")])

    # 9. Extended protocol, CopyFail.
    for kind, body in parse_bind_execute("COPY %s FROM STDIN" % TABLE):
        c.send(kind, body)
    c.until("G")
    c.send(b"f", b"stop\0")
    c.send(b"S")
    check("extended: CopyFail", c.until_ready(),
          [("E", "ERROR", "57014", "COPY from stdin failed: stop", "COPY %s, line 1" % TABLE), ("Z", "I")])

    # 10. Extended protocol COPY TO.
    for kind, body in parse_bind_execute("COPY (SELECT 1 AS a, 'x' AS b) TO STDOUT"):
        c.send(kind, body)
    check("extended: COPY TO", c.until_ready(),
          [("1",), ("2",), ("n",), ("H", 0, [0, 0]), ("d", b"1\tx\n"), ("c",), ("C", "COPY 1"), ("Z", "I")])

    # 11. Inside a transaction block a failed COPY fails the block.
    c.query("BEGIN")
    c.until_ready()
    c.query("COPY %s FROM STDIN" % TABLE)
    c.until("G")
    c.send(b"d", b"10\tten\n")
    c.send(b"c")
    check("block: COPY", c.until_ready(), [("C", "COPY 1"), ("Z", "T")])
    c.query("COPY %s FROM STDIN" % TABLE)
    c.until("G")
    c.send(b"d", b"11\n")
    c.send(b"c")
    check("block: failed COPY", c.until_ready(),
          [("E", "ERROR", "22P04", 'missing data for column "b"', 'COPY %s, line 1: "11"' % TABLE), ("Z", "E")])
    c.query("ROLLBACK")
    c.until_ready()
    check("block: rolled back", count_rows(c), 5)
    c.close()

    # 12. Any other message during COPY FROM: ERROR 08P01, then FATAL (synchronization lost).
    v = Raw()
    v.query("COPY %s FROM STDIN" % TABLE)
    v.until("G")
    v.query("SELECT 1")
    check("violation: 08P01 then FATAL", v.until_ready(),
          [("E", "ERROR", "08P01", "unexpected message type 0x51 during COPY from stdin", "COPY %s, line 1" % TABLE),
           ("E", "FATAL", "08P01", "terminating connection because protocol synchronization was lost", None),
           ("EOF",)])
    v.sock.close()

    # 13. Client libraries.
    import io
    import psycopg2
    conn = psycopg2.connect(**conn_params())
    cur = conn.cursor()
    cur.copy_expert("COPY %s FROM STDIN WITH (FORMAT csv)" % TABLE, io.StringIO("20,\"twenty, quoted\"\n21,\n"))
    conn.commit()
    out = io.StringIO()
    cur.copy_expert("COPY (SELECT * FROM %s WHERE a >= 20 ORDER BY a) TO STDOUT WITH CSV HEADER" % TABLE, out)
    check("psycopg2 copy_expert", out.getvalue(), 'a,b\n20,"twenty, quoted"\n21,\n')
    try:
        cur.copy_expert("COPY %s FROM STDIN" % TABLE, io.StringIO("22\tx\nnope\ty\n"))
        check("psycopg2 copy_expert error", "no error", "error")
    except psycopg2.Error as e:
        check("psycopg2 copy_expert error", (e.pgcode, e.diag.context),
              ("22P02", 'COPY %s, line 2, column a: "nope"' % TABLE))
    conn.rollback()
    conn.close()

    import psycopg
    with psycopg.connect(conninfo()) as pconn:
        with pconn.cursor() as pcur:
            with pcur.copy("COPY %s (a, b) FROM STDIN" % TABLE) as copy:
                copy.write_row((30, "thirty"))
                copy.write_row((31, None))
            with pcur.copy("COPY %s (a, b) FROM STDIN (FORMAT BINARY)" % TABLE) as copy:
                copy.set_types(["int4", "text"])
                copy.write_row((32, "binary"))
            rows = []
            with pcur.copy("COPY (SELECT a, b FROM %s WHERE a >= 30 ORDER BY a) TO STDOUT (FORMAT BINARY)"
                           % TABLE) as copy:
                copy.set_types(["int4", "text"])
                rows = list(copy.rows())
            check("psycopg 3 copy text and binary", rows, [(30, "thirty"), (31, None), (32, "binary")])
        pconn.rollback()

    c = Raw()
    c.query("DROP TABLE %s" % TABLE)
    c.until_ready()
    c.close()
    return verdict("test_copy_protocol")


if __name__ == "__main__":
    sys.exit(main())
