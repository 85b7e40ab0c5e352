#!/usr/bin/env bash
# Server CPU time per transaction, PostgreSQL 15 vs augurdb, in the same run.
#
# TPS on a shared 2-core machine swings with whatever else runs; the CPU time
# the server itself spends per transaction (perf stat task-clock over all the
# server's threads/processes, kernel time included) is much steadier, and it is
# what decides throughput once the cores are saturated. This measures it for
# pgbench scripts against two running servers.
#
#   bench/wire/cpu_per_txn.sh --pg-port 5449 --augur-port 55500 [--txns 20000] [--clients 4] [--threads 1]
#                             [--modes simple,prepared] [--scripts bench/wire/point_select.sql,...]
#
# Both servers must already hold the benchmark tables (bench/wire/run.sh loads
# them, or by hand). Prints one line per script × mode × server: µs of server
# CPU and of pgbench's own CPU per transaction, the server's context switches per
# transaction (each is a sleep + wake-up, expensive on this VM), and the TPS
# pgbench saw. With
# both cores saturated, tps ≈ 2 cores / (server + pgbench CPU per transaction).
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
pg_port="" augur_port="" txns=20000 clients=4 threads=1 modes="simple,prepared"
scripts="$HERE/point_select.sql"
accounts=100000
while [ $# -gt 0 ]; do
  case "$1" in
    --pg-port) pg_port=$2; shift ;;
    --augur-port) augur_port=$2; shift ;;
    --txns) txns=$2; shift ;;
    --clients) clients=$2; shift ;;
    --threads) threads=$2; shift ;;
    --modes) modes=$2; shift ;;
    --scripts) scripts=$2; shift ;;
    --accounts) accounts=$2; shift ;;
    *) echo "unknown argument $1" >&2; exit 2 ;;
  esac
  shift
done
[ -n "$pg_port" ] && [ -n "$augur_port" ] || { echo "need --pg-port and --augur-port" >&2; exit 2; }

server_pid() {  # port -> pid of the process listening on it (postmaster or augurdb)
  ss -ltnpH "sport = :$1" | grep -o 'pid=[0-9]*' | head -n1 | cut -d= -f2
}

measure() {  # port script mode
  local port=$1 script=$2 mode=$3 pid out
  pid=$(server_pid "$port")
  out=$(mktemp)
  perf stat -e task-clock,context-switches -p "$pid" -o "$out.perf" &
  local perf_pid=$!
  sleep 0.3
  perf stat -e task-clock -o "$out.client" \
    pgbench -n -h 127.0.0.1 -p "$port" -U postgres -c "$clients" -j "$threads" -t $((txns / clients)) \
    -M "$mode" -D accounts="$accounts" -f "$script" postgres >"$out.pgb" 2>&1 || true
  kill -INT "$perf_pid"; wait "$perf_pid" 2>/dev/null || true
  local ms client_ms tps switches
  ms=$(awk '/task-clock/ {gsub(",", "", $1); print $1}' "$out.perf")
  switches=$(awk '/context-switches/ {gsub(",", "", $1); print $1}' "$out.perf")
  client_ms=$(awk '/task-clock/ {gsub(",", "", $1); print $1}' "$out.client")
  tps=$(awk '/^tps/ {print $3}' "$out.pgb")
  awk -v ms="$ms" -v cms="$client_ms" -v n="$txns" -v tps="$tps" -v cs="$switches" -v name="$(basename "$script") $mode port $port" \
    'BEGIN { printf "%-40s %8.1f us server CPU/txn %6.1f us pgbench CPU/txn %5.2f server cs/txn %10.0f tps\n", name, ms * 1000 / n, cms * 1000 / n, cs / n, tps }'
  rm -f "$out" "$out.perf" "$out.pgb" "$out.client"
}

IFS=, read -r -a mode_list <<<"$modes"
IFS=, read -r -a script_list <<<"$scripts"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
for script in "${script_list[@]}"; do
  for mode in "${mode_list[@]}"; do
    measure "$pg_port" "$script" "$mode"
    measure "$augur_port" "$script" "$mode"
  done
done
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
