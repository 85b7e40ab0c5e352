#!/usr/bin/env bash
# Runs the learned-index benchmark the way docs/learned-index.md reports it:
# pinned to one core (core 1, or $CPU), median of 5 runs, machine load recorded before and after.
#   bench/index/run.sh [build-dir] [sizes] [dists] [hugepages] [baselines] [runs] [tag]
# e.g. bench/index/run.sh build 100000000 lognormal,books_like,osm_like,fb_like 1
# hugepages=1 (default): keys, index arrays and baselines all on 2 MiB
# transparent huge pages (madvise mode); 0: all on 4 KiB pages.
# Output: results/index-<sizes>.md (tables) and .csv (every run), in the cwd.
set -euo pipefail
build_dir=${1:-build}
sizes=${2:-10000000,50000000,100000000}
dists=${3:-all}
hugepages=${4:-1}
baselines=${5:-1}   # 1 = absl::btree_map, std::map and absl::flat_hash_map; or a list, e.g. btree
runs=${6:-5}        # median of this many runs (at least 5 for the reported tables)
tag=${7:-}          # appended to the output file names (to keep repeated runs apart)
cpu=${CPU:-1}       # the core to pin to (CPU=0 bench/index/run.sh ... for a second, concurrent run)
bench="$build_dir/bench/index/index_bench"
[ -x "$bench" ] || { echo "build $bench first: ninja -C $build_dir index_bench" >&2; exit 1; }
mkdir -p results
out="results/index-${sizes//,/_}-${dists//,/_}-hp${hugepages}-${baselines//,/_}${tag:+-$tag}"
{
  echo "host: $(nproc) cores, $(grep MemTotal /proc/meminfo | awk '{print $2/1048576 " GiB"}'), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2)"
  echo "transparent hugepages: $(cat /sys/kernel/mm/transparent_hugepage/enabled)"
  echo "uptime before: $(uptime)"
} | tee "$out.md"
taskset -c "$cpu" "$bench" --sizes="$sizes" --dists="$dists" --runs="$runs" --cpu="$cpu" --hugepages="$hugepages" --baselines="$baselines" --csv="$out.csv" 2>"$out.stderr.txt" | tee -a "$out.md"
echo "uptime after: $(uptime)" | tee -a "$out.md"
