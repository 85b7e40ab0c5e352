#!/usr/bin/env bash
# The pgbench ceiling of this machine: PostgreSQL 15 vs a server that does no work.
#
# bench/wire/null_server answers every query with one int4 row and does nothing
# else (no parser, no storage, no augurdb code). The TPS pgbench reaches against
# it is the most any server can reach here with the same client, kernel and
# cores; its ratio to PostgreSQL is the highest ratio any server can show.
# Servers, measured alternately in the same run (point SELECT,
# bench/wire/point_select.sql, -M simple and -M prepared):
#   postgres       a fresh PostgreSQL 15 (scripts/start-postgres.sh --bench) with
#                  bench_accounts loaded as bench/wire/run.sh loads it
#   null-threads   null_server --io-model threads (a thread per connection)
#   null-epoll1    null_server --io-model epoll --workers 1
#   null-epoll2    null_server --io-model epoll --workers 2
#   augurdb        only with --augur-port: an already running augurdb (the script
#                  loads bench_accounts into it like into PostgreSQL)
# Each run is pgbench -T DURATION with perf stat counting task-clock and context
# switches of the server (all its processes/threads) and of pgbench, so every
# line also gives CPU µs per transaction: server, pgbench and other (the rest of
# the machine's busy time: other users' processes, perf), and the softirq time
# (/proc/stat; loopback TCP delivery; already part of the three). The table
# reports the median of each column over the rounds; "vs PG" is the ratio of
# median TPS to PostgreSQL's in the same mode.
#
# Usage: bench/wire/ceiling.sh [--pg-port 56330] [--null-port 56321] [--duration 10]
#          [--repeat 3] [--clients 8] [--threads 2] [--modes simple,prepared]
#          [--accounts 100000] [--pg-dir /tmp/pg-ceiling] [--augur-port P]
# --null-port N uses ports N, N+1, N+2. The script builds nothing: the binary is
# $NULL_SERVER_BIN, default build/bench/wire/null_server
# (ninja -C build null_server; needs AUGUR_BUILD_BENCH=ON, the default).
# Raw per-run lines and pgbench logs go to $BENCH_OUT (default /tmp/augur-ceiling-<time>).
set -uo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
export LC_ALL=C
PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
PSQL="$PG_BIN/psql"
PGBENCH="${PGBENCH:-$PG_BIN/pgbench}"
NULL_BIN="${NULL_SERVER_BIN:-$ROOT/build/bench/wire/null_server}"

pg_port=56330 null_port=56321 duration=10 repeat=3 clients=8 threads=2
modes="simple,prepared" accounts=100000 pg_dir=/tmp/pg-ceiling augur_port=""
while [ $# -gt 0 ]; do
  case "$1" in
    --pg-port) pg_port=$2; shift ;;
    --null-port) null_port=$2; shift ;;
    --duration) duration=$2; shift ;;
    --repeat) repeat=$2; shift ;;
    --clients) clients=$2; shift ;;
    --threads) threads=$2; shift ;;
    --modes) modes=$2; shift ;;
    --accounts) accounts=$2; shift ;;
    --pg-dir) pg_dir=$2; shift ;;
    --augur-port) augur_port=$2; shift ;;
    -h|--help) sed -n '2,30p' "$0"; exit 0 ;;
    *) echo "ceiling.sh: unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ -x "$NULL_BIN" ] || { echo "ceiling.sh: no null_server at $NULL_BIN (set NULL_SERVER_BIN)" >&2; exit 2; }
OUT="${BENCH_OUT:-/tmp/augur-ceiling-$(date -u +%Y%m%dT%H%M%S)}"
mkdir -p "$OUT"

# ---- servers ---------------------------------------------------------------
null_pids=()
cleanup() {
  for pid in "${null_pids[@]}"; do kill "$pid" 2>/dev/null; done
  "$ROOT/scripts/start-postgres.sh" stop --data-dir "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$pg_dir" "$pg_dir.initdb.log"
}
trap cleanup EXIT

for p in "$pg_port" $((null_port)) $((null_port + 1)) $((null_port + 2)); do
  if ss -ltnH "sport = :$p" | grep -q .; then
    echo "ceiling.sh: port $p is in use" >&2; exit 1
  fi
done

echo "starting PostgreSQL 15 on port $pg_port ($pg_dir, --bench profile)"
"$ROOT/scripts/start-postgres.sh" start --port "$pg_port" --data-dir "$pg_dir" --fresh --bench >/dev/null || exit 1

sql() {  # port sql...
  local p=$1; shift
  "$PSQL" -X -q -A -t -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$p" -U postgres -d postgres "$@"
}
. "$HERE/accounts.sh"
load() {  # port label
  echo "loading $accounts bench_accounts rows into $2"
  sql "$1" -c "DROP TABLE IF EXISTS bench_accounts" >/dev/null 2>&1
  sql "$1" -c "CREATE TABLE bench_accounts (aid int PRIMARY KEY, bid int NOT NULL, abalance int NOT NULL, filler text)" \
    >/dev/null || return 1
  bench_accounts_inserts "$accounts" | sql "$1" >/dev/null || return 1
  for stmt in "VACUUM ANALYZE bench_accounts" "CHECKPOINT"; do
    sql "$1" -c "$stmt" >/dev/null 2>&1 || echo "  $2: '$stmt' not supported (skipped)"
  done
}
load "$pg_port" postgres || { echo "ceiling.sh: load into postgres failed" >&2; exit 1; }
[ -z "$augur_port" ] || load "$augur_port" augurdb || { echo "ceiling.sh: load into augurdb failed" >&2; exit 1; }

start_null() {  # port args...
  local p=$1; shift
  "$NULL_BIN" --port "$p" "$@" >"$OUT/null-$p.log" 2>&1 &
  null_pids+=($!)
}
start_null "$null_port" --io-model threads
start_null $((null_port + 1)) --io-model epoll --workers 1
start_null $((null_port + 2)) --io-model epoll --workers 2
sleep 0.5

# label port pid, one server a line
servers="postgres $pg_port $(head -n1 "$pg_dir/postmaster.pid")
null-threads $null_port ${null_pids[0]}
null-epoll1 $((null_port + 1)) ${null_pids[1]}
null-epoll2 $((null_port + 2)) ${null_pids[2]}"
if [ -n "$augur_port" ]; then
  augur_pid=$(ss -ltnpH "sport = :$augur_port" | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2)
  servers="$servers
augurdb $augur_port $augur_pid"
fi

# ---- measure ---------------------------------------------------------------
cpu_jiffies() {  # all CPUs, /proc/stat: "busy softirq steal total" (busy includes softirq)
  awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8; print busy, $8, $9, busy + $5 + $6 + $9 }' /proc/stat
}
perf_value() {  # file event -> the count (ms for task-clock)
  awk -v e="$2" '$0 ~ e { gsub(",", "", $1); print $1; exit }' "$1"
}

RESULTS="$OUT/runs.txt"
: >"$RESULTS"
measure() {  # round mode label port pid
  local round=$1 mode=$2 label=$3 port=$4 pid=$5
  local log="$OUT/$label-$mode-$round" load b0 q0 s0 t0 b1 q1 s1 t1 perf_pid
  load=$(cut -d' ' -f1 /proc/loadavg)
  perf stat -e task-clock,context-switches -p "$pid" -o "$log.server" &
  perf_pid=$!
  sleep 0.3
  read -r b0 q0 s0 t0 < <(cpu_jiffies)
  perf stat -e task-clock,context-switches -o "$log.client" \
    "$PGBENCH" -n -h 127.0.0.1 -p "$port" -U postgres -M "$mode" -c "$clients" -j "$threads" \
    -T "$duration" -D accounts="$accounts" -f "$HERE/point_select.sql" postgres >"$log.pgbench" 2>&1
  read -r b1 q1 s1 t1 < <(cpu_jiffies)
  kill -INT "$perf_pid"; wait "$perf_pid" 2>/dev/null
  local tps txns failed srv_ms srv_cs cli_ms cli_cs
  tps=$(sed -n 's/^tps = \([0-9.]*\) .*/\1/p' "$log.pgbench" | head -n1)
  txns=$(sed -n 's/^number of transactions actually processed: \([0-9]*\).*/\1/p' "$log.pgbench")
  failed=$(sed -n 's/^number of failed transactions: \([0-9]*\).*/\1/p' "$log.pgbench")
  if [ -z "$tps" ] || [ -z "$txns" ] || [ "${failed:-0}" != 0 ]; then
    echo "  $label $mode: pgbench failed, see $log.pgbench" >&2
    return
  fi
  srv_ms=$(perf_value "$log.server" task-clock) srv_cs=$(perf_value "$log.server" context-switches)
  cli_ms=$(perf_value "$log.client" task-clock) cli_cs=$(perf_value "$log.client" context-switches)
  # Busy time of the whole machine over pgbench's run (jiffies of 10 ms) per
  # transaction, split into server and pgbench (perf task-clock: time on CPU,
  # interrupts and softirqs that ran in their context included) and other
  # (busy - server - pgbench: other users' processes, perf, softirqs run on an
  # otherwise idle CPU). softirq is /proc/stat's softirq time (loopback TCP
  # delivery runs there): a part of the three, shown for information.
  awk -v r="$round" -v m="$mode" -v l="$label" -v tps="$tps" -v n="$txns" -v load="$load" \
      -v sms="$srv_ms" -v scs="$srv_cs" -v cms="$cli_ms" -v ccs="$cli_cs" -v busy=$((b1 - b0)) \
      -v sirq=$((q1 - q0)) -v steal=$((s1 - s0)) -v total=$((t1 - t0)) 'BEGIN {
    s = sms * 1000 / n; c = cms * 1000 / n; q = sirq * 10000 / n; o = busy * 10000 / n - s - c
    printf "%s %s %s %.0f %.1f %.1f %.1f %.1f %.2f %.2f %.0f %.0f %s\n", m, l, r, tps, s, c, q, o, scs / n, ccs / n,
      100 * busy / total, 100 * steal / total, load }' | tee -a "$RESULTS" | awk '{
    printf "  round %s %-8s %-13s %6d tps  us/txn: server %5.1f pgbench %5.1f (softirq %4.1f) other %5.1f  cs/txn %4.2f / %4.2f  busy %3d%% steal %d%%  load %s\n",
      $3, $1, $2, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13 }'
}

IFS=, read -r -a mode_list <<<"$modes"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for ((round = 1; round <= repeat; round++)); do
  for mode in "${mode_list[@]}"; do
    while read -r label port pid; do
      measure "$round" "$mode" "$label" "$port" "$pid"
    done <<<"$servers"
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"

# ---- report ----------------------------------------------------------------
median() {  # values on stdin -> their median
  sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2];
    else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
echo
echo "median of $repeat runs of ${duration} s, $clients clients, -j $threads; µs of CPU and context switches"
echo "per transaction; busy = whole machine (both cores) during the run"
printf "| %-8s | %-13s | %6s | %5s | %6s | %7s | %9s | %5s | %6s | %7s | %4s |\n" mode server tps "vs PG" \
  "server" "pgbench" "(softirq)" other "srv cs" "pgb cs" busy
echo "|---|---|---|---|---|---|---|---|---|---|---|"
for mode in "${mode_list[@]}"; do
  pg_tps=$(awk -v m="$mode" '$1 == m && $2 == "postgres" { print $4 }' "$RESULTS" | median)
  while read -r label port pid; do
    col() { awk -v m="$mode" -v l="$label" -v c="$1" '$1 == m && $2 == l { print $c }' "$RESULTS" | median; }
    tps=$(col 4)
    ratio=$(awk -v a="$tps" -v b="$pg_tps" 'BEGIN { if (a == "-" || b == "-" || b == 0) print "-"; else printf "%.2f", a / b }')
    printf "| %-8s | %-13s | %6s | %5s | %6s | %7s | %9s | %5s | %6s | %7s | %3s%% |\n" "$mode" "$label" "$tps" "$ratio" \
      "$(col 5)" "$(col 6)" "$(col 7)" "$(col 8)" "$(col 9)" "$(col 10)" "$(col 11)"
  done <<<"$servers"
done
echo "raw runs: $RESULTS"
