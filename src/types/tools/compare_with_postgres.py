#!/usr/bin/env python3
"""Compares augurdb's type I/O and casts with a real PostgreSQL 15.

Usage: compare_with_postgres.py PROBE_BINARY CASES_FILE [PSQL_ARGS...]
  CASES_FILE lines: TYPE<TAB>TEXT or FROM>TO<TAB>TEXT ('#' lines are comments).
  PSQL_ARGS default to: -h 127.0.0.1 -p 5441 -U postgres
The server should run with TimeZone=UTC and extra_float_digits=1 (the augurdb
defaults). Prints each differing case and exits 1 if any differ.
"""
import subprocess
import sys


def sql_literal(s):
    return "'" + s.replace("'", "''") + "'"


def main():
    probe, cases_file = sys.argv[1], sys.argv[2]
    psql_args = sys.argv[3:] or ["-h", "127.0.0.1", "-p", "5441", "-U", "postgres"]
    cases = []
    with open(cases_file, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#") or "\t" not in line:
                continue
            cases.append(tuple(line.split("\t", 1)))
    ours = subprocess.run([probe], input="".join(f"{t}\t{v}\n" for t, v in cases),
                          capture_output=True, text=True, check=True).stdout.split("\n")
    setup = r"""
create or replace function pg_temp.probe(t text, v text) returns text language plpgsql as $$
declare r text; parts text[];
begin
  parts := string_to_array(t, '>');
  if array_length(parts, 1) = 2 then
    execute format('select format(''%%s'', %L::%s::%s)', v, parts[1], parts[2]) into r;
  else
    execute format('select format(''%%s'', %L::%s)', v, t) into r;
  end if;
  return coalesce(r, 'NULL');
exception when others then
  return 'ERROR: ' || sqlstate || ' ' || sqlerrm;
end $$;
"""
    rows = ",\n".join(f"({i}, {sql_literal(t)}, {sql_literal(v)})" for i, (t, v) in enumerate(cases))
    query = setup + f"select pg_temp.probe(t, v) from (values {rows}) as c(i, t, v) order by i;\n"
    theirs = subprocess.run(["psql", "-X", "-q", "-A", "-t", "-v", "ON_ERROR_STOP=1", "-c", "set extra_float_digits=1",
                             "-c", "set timezone='UTC'", "-f", "-"] + psql_args,
                            input=query, capture_output=True, text=True, check=True).stdout.split("\n")
    differ = 0
    for i, (t, v) in enumerate(cases):
        if ours[i] != theirs[i]:
            differ += 1
            print(f"{t}\t{v!r}\n  augurdb:    {ours[i]}\n  postgresql: {theirs[i]}")
    print(f"{len(cases) - differ} passed, {differ} failed")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
