#!/usr/bin/env bash
# COPY benchmark: bulk load and dump through the wire protocol, augurdb vs PostgreSQL 15,
# side by side, same machine, same run.
#
# Data: N rows shaped like pgbench_accounts (aid int, bid int, abalance int,
# filler char(84)) in COPY text format, generated once into a file. Each server gets:
#   load-pk    CREATE TABLE with PRIMARY KEY (aid), then psql \copy ... from FILE
#   load-heap  the same table without a primary key
#   dump       psql \copy (the pk table) to /dev/null   (COPY TO STDOUT)
# Each step runs on PostgreSQL then on the candidate, alternating, so drift on a
# shared machine hits both alike. Prints seconds, rows/s and candidate/PostgreSQL
# ratios (> 1: the candidate is faster), and augurdb's peak RSS (VmHWM) after the loads.
#
# Servers are chosen as in bench/wire/run.sh:
#   AUGUR_BIN=path/to/augurdb   start augurdb on a temporary data directory
#   AUGUR_PORT=P [AUGUR_HOST=H] an already running server
#   --candidate-pg              a second fresh PostgreSQL 15 (proves the harness)
# The reference PostgreSQL 15 is started fresh (scripts/start-postgres.sh --bench) on
# port $BENCH_PG_PORT (default 5446).
#
# Usage: bench/copy/run.sh [--rows N] [--steps load-pk,load-heap,dump]
# Default --rows 10000000 (the report); --rows 1000000 for a quick look.
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/../../tests/e2e/lib.sh"
export LC_ALL=C

ROWS="${BENCH_ROWS:-10000000}"
PG_PORT="${BENCH_PG_PORT:-5446}"
PG_DIR="${BENCH_PG_DIR:-/tmp/augur-bench-copy-pg}"
STEPS="load-pk,load-heap,dump"
candidate_mode="augurdb"
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --steps) STEPS="$2"; shift 2 ;;
    --candidate-pg) candidate_mode="pg2"; shift ;;
    -h|--help) sed -n '2,24p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
OUT="${BENCH_OUT:-/tmp/augur-bench-copy-$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"
DATA="$OUT/accounts.txt"

if "$PSQL" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'SELECT 1' >/dev/null 2>&1; then
  echo "run.sh: port $PG_PORT is in use; set BENCH_PG_PORT to a free port" >&2
  exit 1
fi
echo "starting reference PostgreSQL 15 on port $PG_PORT ($PG_DIR, --bench profile)"
"$AUGUR_REPO_ROOT/scripts/start-postgres.sh" start --port "$PG_PORT" --data-dir "$PG_DIR" \
  --fresh --bench >/dev/null || exit 1
REF_HOST=127.0.0.1 REF_PORT="$PG_PORT"
case "$candidate_mode" in
  pg2)
    unset AUGUR_PORT AUGUR_BIN
    export AUGUR_PG=1 AUGUR_PG_ARGS="--bench"
    augur_ensure_target || exit 1
    CAND_LABEL="postgres-2" ;;
  augurdb)
    if [ -z "${AUGUR_BIN:-}" ] && [ -z "${AUGUR_PORT:-}" ]; then
      echo "run.sh: no candidate: set AUGUR_BIN or AUGUR_PORT, or pass --candidate-pg" >&2
      "$AUGUR_REPO_ROOT/scripts/start-postgres.sh" stop --data-dir "$PG_DIR"
      exit 2
    fi
    unset AUGUR_PG
    augur_ensure_target || exit 1
    CAND_LABEL="augurdb" ;;
esac
CAND_HOST="$AUGUR_HOST" CAND_PORT="$AUGUR_PORT"
cleanup() {
  augur_stop_target
  "$AUGUR_REPO_ROOT/scripts/start-postgres.sh" stop --data-dir "$PG_DIR" || true
  rm -rf "$PG_DIR" "$PG_DIR.initdb.log" "$DATA"
}
trap cleanup EXIT

sql() {  # host port sql...
  local h="$1" p="$2"; shift 2
  "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -h "$h" -p "$p" -U "$AUGUR_USER" -d "$AUGUR_DB" "$@"
}

echo "generating $ROWS rows into $DATA"
awk -v n="$ROWS" 'BEGIN {
  filler = "account-filler-0123456789-0123456789-0123456789-0123456789-0123456789-01234"
  for (i = 1; i <= n; i++) printf "%d\t%d\t%d\t%s\n", i, int((i - 1) / 100000) + 1, (i * 7) % 10000 - 5000, filler
}' >"$DATA"
echo "  $(du -h "$DATA" | cut -f1) of COPY text"

# CPU seconds (user + system) used so far by server process `pid` and all its
# descendants, including exited children it has waited for (PostgreSQL's
# backends end with each psql session): /proc/PID/stat utime+stime+cutime+cstime.
server_cpu_s() {  # pid
  local root="$1"
  [ -n "$root" ] && [ -r "/proc/$root/stat" ] || { echo 0; return; }
  # cat skips processes that exit meanwhile (awk would stop at the first).
  cat /proc/[0-9]*/stat 2>/dev/null | awk -v root="$root" -v hz="$(getconf CLK_TCK)" '
    {
      pid = $1; line = $0; sub(/^[0-9]+ \(.*\) /, "", line); split(line, f, " ")
      parent[pid] = f[2]; ticks[pid] = f[12] + f[13] + f[14] + f[15]
    }
    END {
      for (p in parent) {
        q = p; n = 0
        while (q != "" && q != root && q in parent && n++ < 64) q = parent[q]
        if (q == root) total += ticks[p]
      }
      printf "%.2f\n", total / hz
    }'
}
ref_pid() { head -n1 "$PG_DIR/postmaster.pid" 2>/dev/null; }
cand_pid() {
  case "$candidate_mode" in
    pg2) [ -n "${_augur_started_pg:-}" ] && head -n1 "$_augur_started_pg/postmaster.pid" 2>/dev/null ;;
    *) echo "${_augur_started_pid:-}" ;;
  esac
}

# Runs one timed step; prints and records "label step seconds cpu_seconds"
# (cpu: the server's processes, 0 when unknown, e.g. a server given by AUGUR_PORT).
timed() {  # label step server_pid command...
  local label="$1" step="$2" pid="$3"; shift 3
  local t0 t1 c0 c1
  c0=$(server_cpu_s "$pid")
  t0=$(date +%s.%N)
  "$@" >/dev/null || { echo "  $label $step FAILED"; echo "$label $step fail" >>"$OUT/times.txt"; return 1; }
  t1=$(date +%s.%N)
  c1=$(server_cpu_s "$pid")
  awk -v l="$label" -v s="$step" -v t0="$t0" -v t1="$t1" -v n="$ROWS" -v c="$(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')" \
    'BEGIN { printf "  %-10s %-10s %7.2f s  %10.0f rows/s   server CPU %6.2f s   load avg %s\n", l, s, t1 - t0, n / (t1 - t0), c, "'"$(cut -d' ' -f1-3 /proc/loadavg)"'" }'
  echo "$label $step $(awk -v t0="$t0" -v t1="$t1" 'BEGIN { print t1 - t0 }') $(awk -v a="$c0" -v b="$c1" 'BEGIN { print b - a }')" >>"$OUT/times.txt"
}

run_step() {  # host port label step server_pid
  local h="$1" p="$2" label="$3" step="$4" pid="$5"
  case "$step" in
    load-pk|load-heap)
      local table=copy_bench_pk ddl="aid int PRIMARY KEY"
      [ "$step" = "load-heap" ] && table=copy_bench_heap ddl="aid int"
      sql "$h" "$p" -c "DROP TABLE IF EXISTS $table" >/dev/null 2>&1
      sql "$h" "$p" -c "CREATE TABLE $table ($ddl, bid int, abalance int, filler char(84))" >/dev/null || return 1
      sql "$h" "$p" -c "CHECKPOINT" >/dev/null 2>&1 || true
      timed "$label" "$step" "$pid" sql "$h" "$p" -c "\\copy $table from '$DATA'"
      local count
      count=$(sql "$h" "$p" -c "SELECT count(*) FROM $table")
      [ "$count" = "$ROWS" ] || echo "  $label $step: count(*) = $count, expected $ROWS"
      ;;
    dump)
      timed "$label" "$step" "$pid" sql "$h" "$p" -c "\\copy copy_bench_pk to '/dev/null'"
      ;;
  esac
}

echo "steps: $STEPS ($ROWS rows); reference postgres, candidate $CAND_LABEL"
IFS=',' read -r -a steps <<<"$STEPS"
for step in "${steps[@]}"; do
  run_step "$REF_HOST" "$REF_PORT" postgres "$step" "$(ref_pid)"
  run_step "$CAND_HOST" "$CAND_PORT" "$CAND_LABEL" "$step" "$(cand_pid)"
done
if [ -n "${_augur_started_pid:-}" ] && [ -r "/proc/$_augur_started_pid/status" ]; then
  echo "  augurdb peak RSS: $(grep VmHWM "/proc/$_augur_started_pid/status" | awk '{ printf "%.0f MB", $2 / 1024 }')"
fi

echo
echo "=== summary ($ROWS rows; ratio = postgres / $CAND_LABEL time, > 1: $CAND_LABEL faster; load average $(cut -d' ' -f1-3 /proc/loadavg) at the end) ==="
awk -v cand="$CAND_LABEL" -v n="$ROWS" '
  $3 == "fail" { fail[$2] = 1; next }
  $1 == "postgres" { ref[$2] = $3; refc[$2] = $4 } $1 == cand { c[$2] = $3; cc[$2] = $4; order[++k] = $2 }
  END {
    for (i = 1; i <= k; i++) { s = order[i]
      if (s in fail) { printf "%-10s FAILED\n", s; continue }
      cpu = (refc[s] > 0 && cc[s] > 0) ? sprintf("   CPU postgres %6.2f s %s %6.2f s ratio %.2f", refc[s], cand, cc[s], refc[s] / cc[s]) : ""
      printf "%-10s wall postgres %8.0f rows/s %s %8.0f rows/s ratio %.2f%s\n", s, n / ref[s], cand, n / c[s], ref[s] / c[s], cpu }
  }' "$OUT/times.txt" | tee "$OUT/summary.txt"
