#!/usr/bin/env python3
"""Builds docs/compatibility.md from the results of one run of tests/e2e/run-all.sh,
or checks that the committed file is what that run produces.

    tests/e2e/run-all.sh --results DIR [tests...]      # writes DIR/<test>.log and DIR/<test>.status
    scripts/compat-table.py build DIR > docs/compatibility.md
    scripts/compat-table.py check DIR docs/compatibility.md   # exit 1 and a diff when they differ

Nothing in the table is written by hand, so it cannot drift from the tests:
  * the tests and what they cover come from the header of tests/e2e/run-all.sh (the
    "name  file  description" lines every test adds there anyway);
  * the checks of a test come from its own output, whichever of these forms it prints:
      ok - <check> / not ok - <check>[: reason] / skip - <check>: reason / xfail - <check>: reason
      PASS  <check> / FAIL  <check>                      (test_auth.py)
      test_x (module.Class.test_x) ... ok|FAIL|ERROR|skipped '...'|expected failure   (unittest -v)
    a test that prints none of them is one check, passed or failed as its exit status says;
  * the known gaps are every check that did not pass (with the test's own reason), followed
    by tests/e2e/compatibility-notes.md (gaps that no test exercises yet, kept beside the tests).
A new test in run-all.sh appears in the table on the next run without editing this script.
Timings and counts that vary between runs are left out, so the same passing run always gives
the same file.
"""
import difflib
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUN_ALL = os.path.join(ROOT, "tests", "e2e", "run-all.sh")
NOTES = os.path.join(ROOT, "tests", "e2e", "compatibility-notes.md")

TAP = re.compile(r"^(ok|not ok|skip|xfail) - (.+)$")
PASS_FAIL = re.compile(r"^(PASS|FAIL)  (\S.*)$")
UNITTEST = re.compile(
    r"^(test_\w+) \(([\w.]+)\)(?:\n(?!test_)[^\n]*?)? \.\.\. "
    r"(ok|FAIL|ERROR|skipped[^\n]*|expected failure|unexpected success)$",
    re.M)


def read_catalog():
    """The tests run-all.sh knows, in its order: [(name, file, description)]."""
    tests = []
    entry = re.compile(r"^#   ([a-z0-9_]+) +(tests/\S+) +(.*)$")
    more = re.compile(r"^# {10,}(\S.*)$")
    with open(RUN_ALL, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line.startswith("#") or line.startswith("# Server"):
                break
            m = entry.match(line)
            if m:
                tests.append([m.group(1), m.group(2), m.group(3).strip()])
                continue
            m = more.match(line)
            if m and tests and not m.group(1).startswith(("AUGUR_", "tests/", "--")):
                tests[-1][2] += " " + m.group(1).strip()
    return [tuple(t) for t in tests]


def split_reason(text):
    name, sep, reason = text.partition(": ")
    return (name, reason) if sep else (text, "")


def parse_checks(log):
    """[(check, status, reason)] with status in pass, FAIL, skip, xfail."""
    checks = []
    for line in log.splitlines():
        m = TAP.match(line)
        if m:
            kind, text = m.groups()
            if kind == "ok":
                checks.append((text.strip(), "pass", ""))
            else:
                name, reason = split_reason(text.strip())
                checks.append((name, {"not ok": "FAIL", "skip": "skip", "xfail": "xfail"}[kind], reason))
    if checks:
        return checks
    for line in log.splitlines():
        m = PASS_FAIL.match(line)
        if m:
            checks.append((m.group(2).strip(), "pass" if m.group(1) == "PASS" else "FAIL", ""))
    if checks:
        return checks
    for m in UNITTEST.finditer(log):
        method, where, outcome = m.groups()
        parts = where.split(".")
        cls = parts[-2] if parts[-1] == method and len(parts) >= 2 else parts[-1]
        if outcome == "ok":
            status, reason = "pass", ""
        elif outcome.startswith("skipped"):
            status, reason = "skip", outcome[len("skipped"):].strip().strip("'\"")
        elif outcome == "expected failure":
            status, reason = "xfail", ""
        else:
            status, reason = "FAIL", outcome
        checks.append(("%s.%s" % (cls, method), status, reason))
    return checks


def load_results(results_dir):
    results = {}
    for name, _, _ in read_catalog():
        status_path = os.path.join(results_dir, name + ".status")
        if not os.path.exists(status_path):
            continue
        with open(status_path, encoding="utf-8") as f:
            status = f.read().split()[0]
        log_path = os.path.join(results_dir, name + ".log")
        log = ""
        if os.path.exists(log_path):
            with open(log_path, encoding="utf-8", errors="replace") as f:
                log = f.read()
        checks = parse_checks(log)
        whole = {"PASS": "pass", "FAIL": "FAIL", "SKIP": "skip"}.get(status, "FAIL")
        if not checks:
            checks = [("the whole test", whole, "")]
        elif whole == "FAIL" and all(c[1] != "FAIL" for c in checks):
            checks.append(("the whole test (exit status)", "FAIL", ""))
        elif whole == "skip" and all(c[1] == "pass" for c in checks):
            checks.append(("the whole test", "skip", ""))
        results[name] = (whole, checks)
    return results


def cell(text):
    return text.replace("|", "\\|").replace("\n", " ")


def build(results_dir):
    catalog = read_catalog()
    results = load_results(results_dir)
    out = []
    w = out.append
    w("# Compatibility: clients and features")
    w("")
    w("<!-- Generated by scripts/compat-table.py from a run of tests/e2e/run-all.sh; do not edit.")
    w("     Regenerate: AUGUR_BIN=build/src/server/augurdb \\")
    w("       tests/e2e/run-all.sh --results /tmp/e2e-results && \\")
    w("       scripts/compat-table.py build /tmp/e2e-results > docs/compatibility.md")
    w("     scripts/test.sh (CI) runs the same, writes the file it would produce to")
    w("     build/compatibility.md and reports a difference; AUGUR_COMPAT_GATE=1 makes it fail. -->")
    w("")
    w("Every row is a check of an end-to-end test (tests/e2e, tests/stress) run against augurdb")
    w("with the client itself: psql 15, libpq, psycopg2 / psycopg 3, the PostgreSQL JDBC driver,")
    w("node-postgres, pgbench 15. Each test is written so that it also passes against PostgreSQL 15")
    w("(`tests/e2e/run-all.sh --pg`): outputs and errors are compared with PostgreSQL's, not with")
    w("expectations written by hand. `xfail` is a known gap the test expects to fail with augurdb's")
    w("documented error; `skip` did not run in this configuration. The SQL dialect itself is")
    w("covered by the sqllogictest corpus (tests/sql, docs/testing.md), not by this table.")
    w("")
    w("## Summary")
    w("")
    w("| test | client / feature | checks | pass | xfail | skip | fail |")
    w("|---|---|---|---|---|---|---|")
    for name, path, description in catalog:
        if name not in results:
            w("| %s | %s | not run | | | | |" % (name, cell(description)))
            continue
        _, checks = results[name]
        count = {s: sum(1 for c in checks if c[1] == s) for s in ("pass", "xfail", "skip", "FAIL")}
        w("| [%s](#%s) | %s | %d | %d | %d | %d | %d |" % (
            name, name.replace("_", "-"), cell(description), len(checks), count["pass"], count["xfail"],
            count["skip"], count["FAIL"]))
    w("")
    w("## Checks")
    for name, path, description in catalog:
        if name not in results:
            continue
        _, checks = results[name]
        w("")
        w("### %s" % name)
        w("")
        w("`%s`: %s" % (path, description))
        w("")
        w("| check | augurdb |")
        w("|---|---|")
        for check, status, reason in checks:
            w("| %s | %s |" % (cell(check), status))
    w("")
    w("## Known gaps")
    w("")
    w("Checks above that did not pass, with the reason the test gives:")
    w("")
    gaps = 0
    for name, _, _ in catalog:
        for check, status, reason in results.get(name, (None, []))[1]:
            if status != "pass":
                gaps += 1
                w("- %s / %s: %s%s" % (name, cell(check), status, (" — " + cell(reason)) if reason else ""))
    if gaps == 0:
        w("- none")
    if os.path.exists(NOTES):
        w("")
        with open(NOTES, encoding="utf-8") as f:
            w(f.read().rstrip("\n"))
    return "\n".join(out) + "\n"


def main(argv):
    if len(argv) < 3 or argv[1] not in ("build", "check"):
        sys.stderr.write(__doc__)
        return 2
    text = build(argv[2])
    if argv[1] == "build":
        sys.stdout.write(text)
        return 0
    doc = argv[3] if len(argv) > 3 else os.path.join(ROOT, "docs", "compatibility.md")
    with open(doc, encoding="utf-8") as f:
        current = f.read()
    if current == text:
        print("compat-table: %s matches the e2e run in %s" % (doc, argv[2]))
        return 0
    print("compat-table: %s differs from what the e2e run in %s produces:" % (doc, argv[2]))
    sys.stdout.writelines(difflib.unified_diff(current.splitlines(True), text.splitlines(True), doc, "run"))
    print("regenerate with: scripts/compat-table.py build %s > %s" % (argv[2], doc))
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
