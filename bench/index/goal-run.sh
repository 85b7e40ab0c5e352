#!/usr/bin/env bash
# The issue-4 goal run: the four goal data sets at 100M keys, the chooser's
# pick (through LearnedIndex and direct) against std::lower_bound, the
# library's binary search and absl::btree_map, all on 2 MiB huge pages,
# median of 5 runs, pinned to one core. No fixed learned configurations, no
# std::map / hash map (not needed for the goal table). Finishes in about
# 8-12 minutes on the 2-core VM (measured: docs/learned-index.md).
#
#   bench/index/goal-run.sh [build-dir]        # from the repository root
#
# Configures build-dir (default build-goal, index module only) if needed and
# brings index_bench up to date. Writes bench/index/results/index-goal-<UTC time>.{md,csv,stderr.txt}
# and prints the goal table (summarize.py) at the end.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build_dir=${1:-$root/build-goal}
cpu=${CPU:-1}
bench="$build_dir/bench/index/index_bench"
if [ ! -f "$build_dir/build.ninja" ]; then
  cmake -S "$root" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAUGUR_MODULES="common;index" >/dev/null
fi
ninja -C "$build_dir" -j2 index_bench   # no-op when up to date; never runs a stale binary
mkdir -p "$root/bench/index/results"
out="$root/bench/index/results/index-goal-$(date -u +%Y%m%d-%H%M)"
start=$(date +%s)
{
  echo "host: $(nproc) cores, $(grep MemTotal /proc/meminfo | awk '{print $2/1048576 " GiB"}'), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
  echo "transparent hugepages: $(cat /sys/kernel/mm/transparent_hugepage/enabled)"
  echo "commit: $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
  echo "uptime before: $(uptime)"
} | tee "$out.md"
taskset -c "$cpu" "$bench" --sizes=100000000 --dists=books_like,lognormal,osm_like,fb_like --runs=5 \
  --cpu="$cpu" --hugepages=1 --baselines=btree --fixed=0 --csv="$out.csv" 2>"$out.stderr.txt" | tee -a "$out.md"
echo "uptime after: $(uptime); wall time $(( $(date +%s) - start )) s" | tee -a "$out.md"
echo
echo "Goal table (pick = auto: row, through LearnedIndex; ratios of present-key ns within the run):"
python3 "$root/bench/index/summarize.py" --full "$out.md" | head -6
echo
echo "raw: $out.md, chooser candidates: $out.stderr.txt"
