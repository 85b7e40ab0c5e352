#!/usr/bin/env bash
# Wire-protocol benchmark: augurdb vs PostgreSQL 15, side by side, same machine, same run.
#
# Both servers get the same tables, loaded with plain multi-row INSERTs through psql
# (no `pgbench -i`), and the same pgbench custom scripts (bench/wire/*.sql):
#   a  primary-key point SELECT          8 clients, -M simple and -M prepared
#   b  single-row UPDATE transaction     8 clients, -M prepared, synchronous commit
#   c  multi-row INSERT (100 rows/txn)   8 clients, -M prepared
#   d  filter+sum, GROUP BY over N rows  1 client,  -M simple (N = --rows)
# Workloads alternate reference / candidate. Prints TPS and mean latency for both and
# the ratio candidate/PostgreSQL (TPS: > 1 means the candidate is faster).
#
# The reference PostgreSQL 15 is started fresh by this script (scripts/start-postgres.sh
# --bench: shared_buffers=1GB, synchronous_commit=on, fsync=on) on port $BENCH_PG_PORT.
# The candidate is chosen like the e2e tests choose their server:
#   AUGUR_BIN=path/to/augurdb   start augurdb on a temporary data directory, with a
#                               1 GiB block cache (AUGURDB_CACHE_SIZE, MiB) like the
#                               reference's shared_buffers
#   AUGUR_PORT=P [AUGUR_HOST=H] an already running server
#   --candidate-pg              a second fresh PostgreSQL 15 (proves the harness)
#   --same-pg                   the reference itself, measured twice
#
# Usage: bench/wire/run.sh [--rows N] [--accounts N] [--duration S] [--clients N]
#                          [--repeat R] [--candidate-pg | --same-pg] [--workloads a,b,c,d]
#                          [--server-gen]   (fact rows made by INSERT … SELECT generate_series)
# Defaults: --rows 1000000 --accounts 100000 --duration 10 --clients 8 --repeat 1.
# --repeat R runs each workload R times per server, alternating, and reports the median.
# The real report uses --rows 10000000 (loading takes a few minutes per server).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
. "$HERE/../../tests/e2e/lib.sh"
export LC_ALL=C

ROWS="${BENCH_ROWS:-1000000}"
ACCOUNTS="${BENCH_ACCOUNTS:-100000}"
DURATION="${BENCH_DURATION:-10}"
CLIENTS="${BENCH_CLIENTS:-8}"
REPEAT="${BENCH_REPEAT:-1}"
ANALYTIC_CLIENTS="${BENCH_ANALYTIC_CLIENTS:-1}"
PG_PORT="${BENCH_PG_PORT:-5445}"
PG_DIR="${BENCH_PG_DIR:-/tmp/augur-bench-pg}"
PGBENCH="${PGBENCH:-$PG_BIN/pgbench}"
WORKLOADS="a,b,c,d"
SERVER_GEN=0
candidate_mode="augurdb"
while [ $# -gt 0 ]; do
  case "$1" in
    --rows) ROWS="$2"; shift 2 ;;
    --accounts) ACCOUNTS="$2"; shift 2 ;;
    --duration) DURATION="$2"; shift 2 ;;
    --clients) CLIENTS="$2"; shift 2 ;;
    --repeat) REPEAT="$2"; shift 2 ;;
    --workloads) WORKLOADS="$2"; shift 2 ;;
    --server-gen) SERVER_GEN=1; shift ;;
    --candidate-pg) candidate_mode="pg2"; shift ;;
    --same-pg) candidate_mode="same"; shift ;;
    -h|--help) sed -n '2,31p' "$0"; exit 0 ;;
    *) echo "run.sh: unknown argument $1" >&2; exit 2 ;;
  esac
done
OUT="${BENCH_OUT:-/tmp/augur-bench-wire-$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"

# ---- servers ---------------------------------------------------------------
if "$PSQL" -X -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -c 'SELECT 1' >/dev/null 2>&1; then
  echo "run.sh: port $PG_PORT is in use; set BENCH_PG_PORT to a free port" >&2
  exit 1
fi
echo "starting reference PostgreSQL 15 on port $PG_PORT ($PG_DIR, --bench profile)"
"$AUGUR_REPO_ROOT/scripts/start-postgres.sh" start --port "$PG_PORT" --data-dir "$PG_DIR" \
  --fresh --bench >/dev/null || exit 1
REF_HOST=127.0.0.1 REF_PORT="$PG_PORT" REF_LABEL="postgres"

case "$candidate_mode" in
  same) CAND_HOST=127.0.0.1 CAND_PORT="$PG_PORT" CAND_LABEL="postgres(same)" ;;
  pg2)
    unset AUGUR_PORT AUGUR_BIN
    export AUGUR_PG=1 AUGUR_PG_ARGS="--bench"
    augur_ensure_target || exit 1
    CAND_HOST="$AUGUR_HOST" CAND_PORT="$AUGUR_PORT" CAND_LABEL="postgres-2" ;;
  augurdb)
    if [ -z "${AUGUR_BIN:-}" ] && [ -z "${AUGUR_PORT:-}" ]; then
      echo "run.sh: no candidate: set AUGUR_BIN or AUGUR_PORT, or pass --candidate-pg/--same-pg" >&2
      "$AUGUR_REPO_ROOT/scripts/start-postgres.sh" stop --data-dir "$PG_DIR"
      exit 2
    fi
    unset AUGUR_PG
    # Like for like with the reference's shared_buffers=1GB (--bench profile).
    export AUGURDB_CACHE_SIZE="${AUGURDB_CACHE_SIZE:-1024}"
    augur_ensure_target || exit 1
    CAND_HOST="$AUGUR_HOST" CAND_PORT="$AUGUR_PORT" CAND_LABEL="augurdb" ;;
esac
cleanup() {
  augur_stop_target
  "$AUGUR_REPO_ROOT/scripts/start-postgres.sh" stop --data-dir "$PG_DIR" || true
  [ "${BENCH_KEEP_PG:-0}" = "1" ] || rm -rf "$PG_DIR" "$PG_DIR.initdb.log"
}
trap cleanup EXIT

sql() {  # host port sql...
  local h="$1" p="$2"; shift 2
  "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -h "$h" -p "$p" -U "$AUGUR_USER" -d "$AUGUR_DB" "$@"
}

# ---- load ------------------------------------------------------------------
. "$HERE/accounts.sh"
gen_facts() {
  batched_inserts bench_facts "$ROWS" \
    'printf "(%d,%d,%d,%d,%.2f)", j, (j * 17) % 1000, (j * 31) % 100, (j * 7919) % 1000, ((j * 13) % 10000) / 100'
}
# The same rows as gen_facts, generated by the server itself (INSERT … SELECT
# over generate_series, one transaction per million rows): much faster than
# shipping 10M rows of SQL text through psql, and identical data.
server_gen_facts() {  # host port
  local from to
  for ((from = 1; from <= ROWS; from += 1000000)); do
    to=$((from + 999999)); [ "$to" -gt "$ROWS" ] && to=$ROWS
    sql "$1" "$2" -c "INSERT INTO bench_facts SELECT j, (j * 17) % 1000, (j * 31) % 100, (j * 7919) % 1000,
      (((j * 13) % 10000) / 100.0)::float8 FROM generate_series($from::bigint, $to::bigint) AS g(j)" >/dev/null || return 1
  done
}
load() {  # host port label
  local h="$1" p="$2" label="$3" t0 t1
  echo "loading $label: $ACCOUNTS accounts, $ROWS fact rows ($([ "$SERVER_GEN" = 1 ] && echo "facts by INSERT … SELECT generate_series" || echo "1000-row INSERTs via psql"))"
  sql "$h" "$p" -c "DROP TABLE IF EXISTS bench_accounts" -c "DROP TABLE IF EXISTS bench_facts" \
    -c "DROP TABLE IF EXISTS bench_inserts" >/dev/null 2>&1
  sql "$h" "$p" -c "CREATE TABLE bench_accounts (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL, filler text)" \
    -c "CREATE TABLE bench_facts (id bigint PRIMARY KEY, grp int NOT NULL, cat int NOT NULL, val int NOT NULL, price float8 NOT NULL)" \
    -c "CREATE TABLE bench_inserts (k bigint NOT NULL, n int NOT NULL, s text)" >/dev/null || return 1
  t0=$(date +%s.%N)
  bench_accounts_inserts "$ACCOUNTS" | sql "$h" "$p" >/dev/null || return 1
  if [ "$SERVER_GEN" = 1 ]; then
    server_gen_facts "$h" "$p" || return 1
  else
    gen_facts | sql "$h" "$p" >/dev/null || return 1
  fi
  t1=$(date +%s.%N)
  awk -v a="$ACCOUNTS" -v r="$ROWS" -v t0="$t0" -v t1="$t1" -v l="$label" \
    'BEGIN { printf "  %s: loaded %d rows in %.1f s (%.0f rows/s)\n", l, a + r, t1 - t0, (a + r) / (t1 - t0) }' \
    | tee -a "$OUT/load.txt"
  # Statistics and a checkpoint where supported; a server without them just skips this.
  for stmt in "VACUUM ANALYZE bench_accounts" "VACUUM ANALYZE bench_facts" "CHECKPOINT"; do
    sql "$h" "$p" -c "$stmt" >/dev/null 2>&1 || echo "  $label: '$stmt' not supported (skipped)"
  done
}
load "$REF_HOST" "$REF_PORT" "$REF_LABEL" || { echo "load into $REF_LABEL failed"; exit 1; }
if [ "$candidate_mode" != "same" ]; then
  load "$CAND_HOST" "$CAND_PORT" "$CAND_LABEL" || { echo "load into $CAND_LABEL failed"; exit 1; }
fi

# Both servers must compute the same answers before their speed means anything.
check_sql="SELECT count(*), sum(val), sum(cat) FROM bench_facts WHERE cat < 10;
SELECT grp, count(*), sum(val) FROM bench_facts GROUP BY grp ORDER BY grp;
SELECT count(*), sum(aid), sum(bid) FROM bench_accounts;"
sql "$REF_HOST" "$REF_PORT" -c "$check_sql" >"$OUT/check-ref.txt" 2>&1
sql "$CAND_HOST" "$CAND_PORT" -c "$check_sql" >"$OUT/check-cand.txt" 2>&1
if cmp -s "$OUT/check-ref.txt" "$OUT/check-cand.txt"; then
  results_match="yes"
else
  results_match="NO (see $OUT/check-*.txt)"
fi
echo "query results identical on both servers: $results_match"

# ---- run -------------------------------------------------------------------
declare -a rows=()
run_one() {  # label host port name script mode clients -> echoes "tps lat"
  local label="$1" h="$2" p="$3" name="$4" script="$5" mode="$6" clients="$7"
  local log="$OUT/$name-$label.log" threads=2
  [ "$clients" -lt 2 ] && threads=1
  "$PGBENCH" -n -h "$h" -p "$p" -U "$AUGUR_USER" -M "$mode" -c "$clients" -j "$threads" \
    -T "$DURATION" -D accounts="$ACCOUNTS" -f "$HERE/$script" "$AUGUR_DB" >"$log" 2>&1
  local rc=$? tps lat failed
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$log" | head -n1)
  lat=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$log" | head -n1)
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$log" | head -n1)
  if [ $rc -ne 0 ] || [ -z "$tps" ] || [ "${failed:-0}" != "0" ]; then
    echo "ERR ERR"
  else
    echo "$tps $lat"
  fi
}
median() {  # lines "tps lat" on stdin -> the line with the median tps (ERR if any failed)
  local lines
  lines=$(cat)
  if grep -q ERR <<<"$lines"; then echo "ERR ERR"; return; fi
  sort -n <<<"$lines" | awk '{ a[NR] = $0 } END { print a[int((NR + 1) / 2)] }'
}
bench() {  # id name script mode clients
  local id="$1" name="$2" script="$3" mode="$4" clients="$5" r="" c="" i
  case ",$WORKLOADS," in *",${id:0:1},"*) ;; *) return ;; esac
  echo "running $id $name ($mode, $clients clients, $REPEAT x $DURATION s each)"
  for ((i = 1; i <= REPEAT; i++)); do  # alternate servers so drift hits both alike
    r+="$(run_one ref "$REF_HOST" "$REF_PORT" "$id.$i" "$script" "$mode" "$clients")"$'\n'
    c+="$(run_one cand "$CAND_HOST" "$CAND_PORT" "$id.$i" "$script" "$mode" "$clients")"$'\n'
  done
  rows+=("$id|$name|$mode|$clients|$(printf '%s' "$r" | median)|$(printf '%s' "$c" | median)")
}
bench a1 "PK point SELECT" point_select.sql simple "$CLIENTS"
bench a2 "PK point SELECT" point_select.sql prepared "$CLIENTS"
bench b "1-row UPDATE txn" update.sql prepared "$CLIENTS"
bench c "INSERT 100 rows/txn" insert_100.sql prepared "$CLIENTS"
bench d1 "filter+sum $ROWS rows" filter_sum.sql simple "$ANALYTIC_CLIENTS"
bench d2 "GROUP BY $ROWS rows" group_by.sql simple "$ANALYTIC_CLIENTS"

# ---- report ----------------------------------------------------------------
fmt_tps() {  # 3 significant digits at least, no exponent
  awk -v t="$1" 'BEGIN { if (t == "ERR") print t; else if (t < 10) printf "%.3f", t; else printf "%.1f", t }'
}
{
  echo
  echo "Wire benchmark $(date -u +%Y-%m-%dT%H:%MZ): $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo)," \
       "duration ${DURATION}s per run, median of $REPEAT, accounts $ACCOUNTS, fact rows $ROWS"
  echo "reference: $REF_LABEL ($(sql "$REF_HOST" "$REF_PORT" -c 'SHOW server_version' 2>/dev/null)); candidate: $CAND_LABEL ($(sql "$CAND_HOST" "$CAND_PORT" -c 'SHOW server_version' 2>/dev/null || echo '?'))"
  echo "query results identical: $results_match"
  printf '%-3s %-26s %-8s %3s | %18s %9s | %18s %9s | %7s\n' id workload mode cl \
    "$REF_LABEL tps" "lat ms" "$CAND_LABEL tps" "lat ms" "ratio"
  printf '%s\n' "--------------------------------------------------------------------------------------------------------------------"
  for row in "${rows[@]}"; do
    IFS='|' read -r id name mode cl r c <<<"$row"
    read -r rt rl <<<"$r"; read -r ct cl2 <<<"$c"
    ratio=$(awk -v a="$rt" -v b="$ct" 'BEGIN { if (a+0 > 0 && b+0 > 0) printf "%.2f", b / a; else print "n/a" }')
    rt=$(fmt_tps "$rt") ct=$(fmt_tps "$ct")
    printf '%-3s %-26s %-8s %3s | %18s %9s | %18s %9s | %7s\n' "$id" "$name" "$mode" "$cl" "$rt" "$rl" "$ct" "$cl2" "$ratio"
    if [ "$id" = "c" ]; then
      c_note=$(awk -v a="$rt" -v b="$ct" 'BEGIN { printf "c: rows/s = tps x 100: %.0f vs %.0f", a * 100, b * 100 }')
    fi
  done
  echo "ratio = candidate tps / $REF_LABEL tps (> 1: candidate faster). ERR: pgbench failed, see $OUT/*.log"
  [ -n "${c_note:-}" ] && echo "$c_note"
  cat "$OUT/load.txt"
} | tee "$OUT/results.txt"
echo "logs and results in $OUT"
