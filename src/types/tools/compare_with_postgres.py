#!/usr/bin/env python3
"""Compares augurdb's type I/O and casts with a real PostgreSQL 15.

Usage: compare_with_postgres.py PROBE_BINARY CASES_FILE [PSQL_ARGS...]
  CASES_FILE lines: TYPE<TAB>TEXT or FROM>TO<TAB>TEXT ('#' lines are comments),
  or @OP<TAB>A[<TAB>B] for numeric operations (+ - * / % cmp round trunc abs neg
  sign ceil floor int8 float8) and binary send (@send:TYPE<TAB>TEXT).
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
            cases.append(tuple(line.split("\t", 1)))  # for @ops v keeps "A<TAB>B"
    ours = subprocess.run([probe], input="".join(f"{t}\t{v}\n" for t, v in cases),
                          capture_output=True, text=True, check=True).stdout.split("\n")
    setup = r"""
create or replace function pg_temp.probe(t text, v text) returns text language plpgsql as $$
declare r text; parts text[]; a text; b text; op text;
begin
  if left(t, 1) = '@' then
    op := substr(t, 2);
    parts := string_to_array(v, E'\t');
    a := parts[1]; b := parts[2];
    if op like 'send:%' then
      execute format('select %s(%L::%s)::text', case substr(op, 6)
          when 'numeric' then 'numeric_send' when 'date' then 'date_send' when 'time' then 'time_send'
          when 'timestamp' then 'timestamp_send' when 'timestamptz' then 'timestamptz_send'
          when 'interval' then 'interval_send' when 'uuid' then 'uuid_send'
          else substr(op, 6) || 'send' end, a, substr(op, 6)) into r;
    elsif op in ('+', '-', '*', '/', '%') then
      execute format('select format(''%%s'', %L::numeric %s %L::numeric)', a, op, b) into r;
    elsif op = 'cmp' then
      execute format('select numeric_cmp(%L::numeric, %L::numeric)::text', a, b) into r;
    elsif op in ('round', 'trunc') then
      execute format('select format(''%%s'', %s(%L::numeric, %s))', op, a, b) into r;
    elsif op = 'neg' then
      execute format('select format(''%%s'', -(%L::numeric))', a) into r;
    else
      execute format('select format(''%%s'', %s(%L::numeric))', op, a) into r;
    end if;
    return coalesce(r, 'NULL');
  end if;
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
