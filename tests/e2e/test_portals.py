"""Portals at the protocol level, against any server (augurdb or PostgreSQL 15).

Two portals of one prepared statement, one suspended by an Execute row limit
while the other runs: both return the right rows, and each CommandComplete
counts the rows of its own Execute (PostgreSQL's PortalRun: a portal resumed
after PortalSuspended reports only the rest). Then a prepared UPDATE run
three times and the SELECT again.

Every expectation here was checked by running this file against PostgreSQL 15
(`tests/e2e/run-all.sh --pg portals`). Target: AUGUR_HOST / AUGUR_PORT (see
augur_target.py). Exit status 0 when every check passes.
"""

import os
import struct
import sys

sys.path.insert(0, os.path.dirname(__file__))
from test_copy_protocol import Raw, check, verdict  # noqa: E402

TABLE = "portal_rows"


def cstr(text):
    return text.encode() + b"\0"


def bind(portal, statement, *values):
    body = cstr(portal) + cstr(statement) + struct.pack("!hh", 0, len(values))
    for value in values:
        body += struct.pack("!i", len(value)) + value.encode()
    return body + struct.pack("!h", 0)


def execute(portal, max_rows):
    return cstr(portal) + struct.pack("!i", max_rows)


def summary(c):
    """Messages up to ReadyForQuery: DataRows as their text values,
    CommandComplete tags, s, Z; errors by SQLSTATE."""
    out = []
    while True:
        message = c.read()
        if message is None:
            return out + ["EOF"]
        kind, body = message
        k = kind.decode()
        if k == "D":
            count, pos, values = struct.unpack("!h", body[:2])[0], 2, []
            for _ in range(count):
                length = struct.unpack("!i", body[pos:pos + 4])[0]
                pos += 4
                values.append(body[pos:pos + length].decode())
                pos += length
            out.append("D " + ",".join(values))
        elif k == "C":
            out.append("C " + body.rstrip(b"\0").decode())
        elif k == "E":
            fields = {p[:1].decode(): p[1:].decode() for p in body.split(b"\0") if p}
            out.append("E " + fields.get("C", ""))
        elif k in "sZ":
            out.append(k)
        if k == "Z":
            return out


def main():
    c = Raw()
    c.query("DROP TABLE IF EXISTS %s; CREATE TABLE %s (id int PRIMARY KEY, v int NOT NULL);"
            " INSERT INTO %s SELECT g, 10 * g FROM generate_series(1, 10) g" % (TABLE, TABLE, TABLE))
    c.until_ready()

    c.send(b"P", cstr("s1") + cstr("SELECT id, v + 1 FROM %s WHERE id <= $1 ORDER BY id" % TABLE) + b"\0\0")
    c.send(b"B", bind("p1", "s1", "3"))
    c.send(b"E", execute("p1", 1))
    c.send(b"B", bind("p2", "s1", "2"))
    c.send(b"E", execute("p2", 0))
    c.send(b"E", execute("p1", 0))
    c.send(b"S")
    check("two portals of one statement, one suspended",
          summary(c),
          ["D 1,11", "s", "D 1,11", "D 2,21", "C SELECT 2", "D 2,21", "D 3,31", "C SELECT 2", "Z"])

    c.send(b"P", cstr("u1") + cstr("UPDATE %s SET v = v + $1 WHERE id = $2" % TABLE) + b"\0\0")
    c.send(b"S")
    c.until_ready()
    for delta, key in (("5", "1"), ("7", "2"), ("1", "1")):
        c.send(b"B", bind("", "u1", delta, key))
        c.send(b"E", execute("", 0))
        c.send(b"S")
        check("prepared UPDATE (+%s on %s)" % (delta, key), summary(c), ["C UPDATE 1", "Z"])
    c.send(b"B", bind("p3", "s1", "3"))
    c.send(b"E", execute("p3", 2))
    c.send(b"E", execute("p3", 2))
    c.send(b"S")
    check("the statement again after the updates, in two fetches",
          summary(c),
          ["D 1,17", "D 2,28", "s", "D 3,31", "C SELECT 1", "Z"])

    # A read of one row by primary key (augurdb runs it as a PointRead):
    # executed again after its end, with a row limit, for a missing key.
    c.send(b"P", cstr("s2") + cstr("SELECT v FROM %s WHERE id = $1" % TABLE) + b"\0\0")
    c.send(b"B", bind("p4", "s2", "4"))
    c.send(b"E", execute("p4", 0))
    c.send(b"E", execute("p4", 0))
    c.send(b"B", bind("p5", "s2", "5"))
    c.send(b"E", execute("p5", 1))
    c.send(b"E", execute("p5", 1))
    c.send(b"B", bind("p6", "s2", "99"))
    c.send(b"E", execute("p6", 0))
    c.send(b"S")
    check("a primary-key read executed again, with a row limit, and for a missing key",
          summary(c),
          ["D 40", "C SELECT 1", "C SELECT 0", "D 50", "s", "C SELECT 0", "C SELECT 0", "Z"])

    c.query("DROP TABLE %s" % TABLE)
    c.until_ready()
    c.close()
    return verdict("test_portals")


if __name__ == "__main__":
    sys.exit(main())
