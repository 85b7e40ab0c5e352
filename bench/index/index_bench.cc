// index_bench: learned indexes against B-trees and binary search, in one run.
//
// For each distribution and size: generates the keys in-process (random
// samples, sorted), measures the data set's hardness (ε-PLA segments at
// ε = 32 and ε = 4096), builds every structure, and times independent random
// lookups of (a) present keys and (b) a mix with 20% absent keys (drawn
// between neighbouring keys, so they follow the distribution). Each timing
// is the median of --runs runs; the runs of the small structures are
// interleaved so drift on a shared machine hits all of them alike. Big
// baselines (absl::btree_map, std::map, absl::flat_hash_map) are built, timed
// and freed one at a time to bound memory. Every structure's answers are
// checked against std::lower_bound (a checksum over all lookups).
//
// Times are thread CPU time (CLOCK_THREAD_CPUTIME_ID), so time slices lost
// to other processes on a shared machine are not counted; cache pollution by
// them still is. Pin with --cpu=1 (or taskset -c 1).
//
// Usage: index_bench [--sizes=10000000,50000000] [--dists=all|name,name] [--fixed=0|1]
//                    [--queries=200000] [--runs=5] [--cpu=1] [--csv=path]
//                    [--baselines=1|0|btree,map,hash] [--profile=<structure name>] [--hugepages=0|1]
#include <sched.h>
#include <time.h>

#include <absl/container/btree_map.h>
#include <absl/container/flat_hash_map.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "index/distributions.h"
#include "index/index.h"
#include "bench_clock.h"

namespace augur::index {
namespace {

using testing::Distribution;

using bench::LoadAverage;
using bench::Median;
using bench::ThreadCpuNs;

struct Options {
  std::vector<size_t> sizes = {10000000};
  std::vector<Distribution> distributions;
  size_t queries = 200000;
  int runs = 5;
  int cpu = -1;
  // Which big baselines to run: absl::btree_map, std::map, absl::flat_hash_map.
  bool btree = true, std_map = true, hash = true;
  std::string csv;
  std::string profile;  // run only this structure's lookups, many times (for perf)
  bool huge_pages = false;
  // --fixed=0: skip the six fixed learned configurations (PGM, RS, RMI);
  // std::lower_bound, binary search and the chooser's pick are always run.
  bool fixed = true;
};

// --hugepages=1: every large array (keys, the indexes' arrays, the hash
// map's table) is backed by 2 MiB transparent huge pages, and the nodes of
// absl::btree_map and std::map come from huge-page-backed arena chunks, so
// every structure and baseline runs with the same memory setup. Set once at
// startup, before any allocation through BenchAllocator.
bool g_huge_pages = false;

// Bump allocator over 64 MiB huge-page chunks for tree nodes; freed all at
// once by Release() after a baseline is deleted.
class NodeArena {
 public:
  void* Allocate(size_t bytes, size_t align) {
    size_t offset = (used_ + align - 1) & ~(align - 1);
    if (chunks_.empty() || offset + bytes > kChunk) {
      chunks_.push_back(AllocateMaybeHuge(kChunk));
      offset = 0;
    }
    used_ = offset + bytes;
    return static_cast<char*>(chunks_.back()) + offset;
  }
  void Release() {
    for (void* chunk : chunks_) DeallocateMaybeHuge(chunk, kChunk);
    chunks_.clear();
    used_ = 0;
  }

 private:
  static constexpr size_t kChunk = size_t{64} << 20;
  std::vector<void*> chunks_;
  size_t used_ = 0;
};
NodeArena g_arena;

template <typename T>
struct BenchAllocator {
  using value_type = T;
  BenchAllocator() = default;
  template <typename U>
  BenchAllocator(const BenchAllocator<U>&) {}  // NOLINT(google-explicit-constructor)
  T* allocate(size_t count) {
    const size_t bytes = count * sizeof(T);
    if (!g_huge_pages) return static_cast<T*>(::operator new(bytes));
    if (bytes >= kHugePageBytes) return static_cast<T*>(AllocateMaybeHuge(bytes));
    return static_cast<T*>(g_arena.Allocate(bytes, alignof(T)));
  }
  void deallocate(T* p, size_t count) {
    const size_t bytes = count * sizeof(T);
    if (!g_huge_pages) {
      ::operator delete(p);
    } else if (bytes >= kHugePageBytes) {
      DeallocateMaybeHuge(p, bytes);
    }  // arena memory is released with the arena
  }
  template <typename U>
  bool operator==(const BenchAllocator<U>&) const {
    return true;
  }
};

using KeyVector = std::vector<uint64_t, BenchAllocator<uint64_t>>;
using Pair = std::pair<const uint64_t, uint64_t>;
using BtreeMap = absl::btree_map<uint64_t, uint64_t, std::less<uint64_t>, BenchAllocator<Pair>>;
using StdMap = std::map<uint64_t, uint64_t, std::less<uint64_t>, BenchAllocator<Pair>>;
using HashMap = absl::flat_hash_map<uint64_t, uint64_t, absl::Hash<uint64_t>, std::equal_to<uint64_t>,
                                    BenchAllocator<Pair>>;

// One structure under test. RunLoop does all lookups of a query set through
// one virtual call, so the per-lookup code is a direct, inlinable call.
struct Candidate {
  virtual ~Candidate() = default;
  virtual uint64_t RunLoop(const std::vector<uint64_t>& queries) const = 0;
  std::string name;
  double build_ns_per_key = 0;
  double bytes_per_key = 0;
  bool point_only = false;  // hash map: answers "position if present, else n"
  std::vector<double> present_ns, mix_ns;
  bool correct = true;
};

template <typename Lookup>
struct LoopCandidate : Candidate {
  explicit LoopCandidate(Lookup l) : lookup(std::move(l)) {}
  uint64_t RunLoop(const std::vector<uint64_t>& queries) const override {
    uint64_t sum = 0;
    for (uint64_t q : queries) sum += lookup(q);
    return sum;
  }
  Lookup lookup;
};

template <typename Lookup>
std::unique_ptr<Candidate> MakeCandidate(std::string name, Lookup lookup) {
  auto c = std::make_unique<LoopCandidate<Lookup>>(std::move(lookup));
  c->name = std::move(name);
  return c;
}

struct QuerySets {
  std::vector<uint64_t> present, mix;
  uint64_t expected_present = 0, expected_mix = 0, expected_find_mix = 0;
};

QuerySets MakeQueries(std::span<const uint64_t> keys, size_t count, uint64_t seed) {
  testing::Random rng(seed);
  QuerySets q;
  const size_t n = keys.size();
  q.present.reserve(count);
  for (size_t i = 0; i < count; ++i) q.present.push_back(keys[rng.Below(n)]);
  q.mix.reserve(count);
  const size_t absent = count / 5;
  for (size_t i = 0; i < count - absent; ++i) q.mix.push_back(keys[rng.Below(n)]);
  for (size_t i = 0; i < absent; ++i) {
    uint64_t probe = 0;
    bool found = false;
    for (int attempt = 0; attempt < 64 && !found; ++attempt) {
      const size_t j = rng.Below(n - 1);
      if (keys[j + 1] - keys[j] > 1) {
        probe = keys[j] + 1 + rng.Below(keys[j + 1] - keys[j] - 1);
        found = true;
      }
    }
    if (!found) probe = keys.back() + 1;  // only if the keys are (nearly) all consecutive
    q.mix.push_back(probe);
  }
  for (size_t i = q.mix.size(); i > 1; --i) std::swap(q.mix[i - 1], q.mix[rng.Below(i)]);
  for (uint64_t p : q.present) q.expected_present += std::lower_bound(keys.begin(), keys.end(), p) - keys.begin();
  for (uint64_t p : q.mix) {
    const size_t pos = std::lower_bound(keys.begin(), keys.end(), p) - keys.begin();
    q.expected_mix += pos;
    q.expected_find_mix += pos < n && keys[pos] == p ? pos : n;
  }
  return q;
}

void MeasureOnce(Candidate& c, const QuerySets& q) {
  double start = ThreadCpuNs();
  const uint64_t present_sum = c.RunLoop(q.present);
  c.present_ns.push_back((ThreadCpuNs() - start) / static_cast<double>(q.present.size()));
  start = ThreadCpuNs();
  const uint64_t mix_sum = c.RunLoop(q.mix);
  c.mix_ns.push_back((ThreadCpuNs() - start) / static_cast<double>(q.mix.size()));
  if (present_sum != q.expected_present) c.correct = false;
  if (mix_sum != (c.point_only ? q.expected_find_mix : q.expected_mix)) c.correct = false;
}

struct Output {
  std::FILE* csv = nullptr;
  void Row(const std::string& dataset, size_t n, const Candidate& c, const std::string& extra) {
    std::printf("| %s | %zu | %s | %.1f | %.1f | %.1f | %.2f |%s%s\n", dataset.c_str(), n, c.name.c_str(),
                Median(c.present_ns), Median(c.mix_ns), c.build_ns_per_key, c.bytes_per_key,
                c.correct ? "" : " WRONG ANSWERS |", extra.c_str());
    std::fflush(stdout);
    if (csv != nullptr) {
      std::fprintf(csv, "%s,%zu,\"%s\",%.2f,%.2f,%.2f,%.3f,%d", dataset.c_str(), n, c.name.c_str(), Median(c.present_ns),
                   Median(c.mix_ns), c.build_ns_per_key, c.bytes_per_key, c.correct ? 1 : 0);
      for (double v : c.present_ns) std::fprintf(csv, ",%.2f", v);
      for (double v : c.mix_ns) std::fprintf(csv, ",%.2f", v);
      std::fprintf(csv, "\n");
      std::fflush(csv);
    }
  }
};

// Same rule as the chooser: about two spline points per radix bucket.
uint32_t RadixBitsFor(size_t spline_points) {
  const int bits = static_cast<int>(std::ceil(std::log2(static_cast<double>(std::max<size_t>(2, spline_points))))) - 1;
  return static_cast<uint32_t>(std::clamp(bits, 8, 24));
}

uint32_t LeavesFor(size_t n, size_t keys_per_leaf) {
  return static_cast<uint32_t>(std::clamp<size_t>(std::bit_ceil(n / keys_per_leaf + 1), 1, size_t{1} << 24));
}

// Builds the learned structures and the binary searches (all kept alive).
std::vector<std::unique_ptr<Candidate>> BuildSmallCandidates(std::span<const uint64_t> keys,
                                                             std::vector<std::unique_ptr<void, void (*)(void*)>>* owners,
                                                             std::string* chooser_note, bool fixed) {
  std::vector<std::unique_ptr<Candidate>> out;
  const double n = static_cast<double>(keys.size());
  const uint64_t* data = keys.data();
  const size_t size = keys.size();
  const std::span<const uint64_t> span(keys);

  out.push_back(MakeCandidate("std::lower_bound", [data, size](uint64_t q) {
    return static_cast<uint64_t>(std::lower_bound(data, data + size, q) - data);
  }));
  // The library's own binary search (BinarySearchIndex, the chooser's
  // reference). Called "branchless_bs" in results before 2026-11-28 17:00: the
  // same code, which GCC 12 compiles with a branch (src/index/search.h); a
  // truly branchless (cmov) search is 1.8-2.2x slower at 100M keys.
  out.push_back(MakeCandidate("binary_search", [data, size](uint64_t q) {
    return static_cast<uint64_t>(BranchyLowerBound(data, size, q));
  }));

  auto own = [&](auto* object) {
    using T = std::remove_pointer_t<decltype(object)>;
    owners->emplace_back(object, [](void* p) { delete static_cast<T*>(p); });
    return object;
  };

  for (auto [epsilon, epsilon_internal] : {std::pair<int64_t, int64_t>{16, 8}, {64, 8}}) {
    if (!fixed) break;
    const double start = ThreadCpuNs();
    auto built = PgmIndex::Build(keys, PgmOptions{epsilon, epsilon_internal});
    const double build = ThreadCpuNs() - start;
    const PgmIndex* pgm = own(new PgmIndex(std::move(built).value()));
    auto c = MakeCandidate("pgm(eps=" + std::to_string(epsilon) + ",ei=" + std::to_string(epsilon_internal) + ")",
                           [pgm, span](uint64_t q) { return static_cast<uint64_t>(pgm->LowerBound(span, q)); });
    c->build_ns_per_key = build / n;
    c->bytes_per_key = static_cast<double>(pgm->size_bytes()) / n;
    out.push_back(std::move(c));
  }
  for (int64_t epsilon : {16, 64}) {
    if (!fixed) break;
    // Radix bits from the spline size (a first build with a tiny table counts
    // the points; only the final build is timed).
    auto probe = RadixSpline::Build(keys, RadixSplineOptions{epsilon, 8});
    const uint32_t bits = RadixBitsFor(probe->spline_point_count());
    const double start = ThreadCpuNs();
    auto built = RadixSpline::Build(keys, RadixSplineOptions{epsilon, bits});
    const double build = ThreadCpuNs() - start;
    const RadixSpline* rs = own(new RadixSpline(std::move(built).value()));
    auto c = MakeCandidate("rs(eps=" + std::to_string(epsilon) + ",bits=" + std::to_string(bits) + ")",
                           [rs, span](uint64_t q) { return static_cast<uint64_t>(rs->LowerBound(span, q)); });
    c->build_ns_per_key = build / n;
    c->bytes_per_key = static_cast<double>(rs->size_bytes()) / n;
    out.push_back(std::move(c));
  }
  for (auto [root, per_leaf] : {std::pair{RmiRoot::kLinear, size_t{64}}, std::pair{RmiRoot::kLinear, size_t{16}}}) {
    if (!fixed) break;
    const uint32_t leaves = LeavesFor(size, per_leaf);
    const double start = ThreadCpuNs();
    auto built = Rmi::Build(keys, RmiOptions{root, leaves});
    const double build = ThreadCpuNs() - start;
    const Rmi* rmi = own(new Rmi(std::move(built).value()));
    auto c = MakeCandidate(std::string("rmi(") + (rmi->root() == RmiRoot::kCubic ? "cubic" : "linear") +
                               ",leaves=2^" + std::to_string(std::countr_zero(leaves)) + ")",
                           [rmi, span](uint64_t q) { return static_cast<uint64_t>(rmi->LowerBound(span, q)); });
    c->build_ns_per_key = build / n;
    c->bytes_per_key = static_cast<double>(rmi->size_bytes()) / n;
    out.push_back(std::move(c));
  }
  {
    ChooserReport report;
    const double start = ThreadCpuNs();
    auto built = LearnedIndex::BuildAuto(keys, ChooserOptions{}, &report);
    const double build = ThreadCpuNs() - start;
    const LearnedIndex* chosen = own(new LearnedIndex(std::move(built).value()));
    auto c = MakeCandidate("auto:" + chosen->config().ToString(),
                           [chosen, span](uint64_t q) { return static_cast<uint64_t>(chosen->LowerBound(span, q)); });
    c->build_ns_per_key = build / n;  // includes the sample builds
    c->bytes_per_key = static_cast<double>(chosen->size_bytes()) / n;
    *chooser_note = chosen->config().ToString();
    out.push_back(std::move(c));
    // The same object without LearnedIndex's dispatch (to separate the cost
    // of the interface from the structure).
    auto direct = [&](auto lookup) {
      auto d = MakeCandidate("direct:" + chosen->config().ToString(), lookup);
      d->bytes_per_key = static_cast<double>(chosen->size_bytes()) / n;
      out.push_back(std::move(d));
    };
    if (const auto* s = chosen->structure<PgmIndex>()) {
      direct([s, span](uint64_t q) { return static_cast<uint64_t>(s->LowerBound(span, q)); });
    } else if (const auto* s = chosen->structure<RadixSpline>()) {
      direct([s, span](uint64_t q) { return static_cast<uint64_t>(s->LowerBound(span, q)); });
    } else if (const auto* s = chosen->structure<Rmi>()) {
      direct([s, span](uint64_t q) { return static_cast<uint64_t>(s->LowerBound(span, q)); });
    }
    for (const auto& candidate : report.candidates) {
      std::fprintf(stderr,
                   "  chooser: %-32s est %.1f ns, measured %.1f ns (x%.3f of binary search), %.2f B/key, log2 window "
                   "%.1f%s\n",
                   candidate.config.ToString().c_str(), candidate.estimated_lookup_ns,
                   candidate.measured_lookup_ns, candidate.measured_vs_binary_search, candidate.size_bytes / n,
                   candidate.mean_log2_window,
                   &candidate == &report.candidates[report.chosen] ? "  <- chosen" : "");
    }
  }
  return out;
}

void RunDataset(Distribution distribution, size_t n, const Options& options, Output* output) {
  const std::string name(testing::DistributionName(distribution));
  const std::string load_before = LoadAverage();
  // The key array: with --hugepages=1 in 2 MiB pages (advised before the copy
  // touches it), shared by every structure and baseline.
  KeyVector keys;
  {
    std::vector<uint64_t> generated = testing::GenerateKeys(distribution, n, 2026);
    keys.assign(generated.begin(), generated.end());
  }
  size_t distinct = 1;
  for (size_t i = 1; i < keys.size(); ++i) distinct += keys[i] != keys[i - 1];
  const size_t segments_32 = CountPlaSegments(keys, 32);
  const size_t segments_4096 = CountPlaSegments(keys, 4096);
  const QuerySets queries = MakeQueries(keys, options.queries, 7);
  std::fprintf(stderr, "%s n=%zu distinct=%zu segments(eps=32)=%zu segments(eps=4096)=%zu load=%s\n", name.c_str(),
               n, distinct, segments_32, segments_4096, load_before.c_str());
  std::printf("\n### %s, n = %zu (distinct %zu): PLA segments eps=32: %zu, eps=4096: %zu; load before: %s\n\n",
              name.c_str(), n, distinct, segments_32, segments_4096, load_before.c_str());
  std::printf("| data | n | structure | present ns | 20%%-absent ns | build ns/key | bytes/key |\n");
  std::printf("|---|---|---|---|---|---|---|\n");

  {
    std::vector<std::unique_ptr<void, void (*)(void*)>> owners;
    std::string chooser_note;
    auto candidates = BuildSmallCandidates(keys, &owners, &chooser_note, options.fixed);
    if (!options.profile.empty()) {
      for (auto& c : candidates) {
        if (c->name.rfind(options.profile, 0) != 0) continue;
        for (int r = 0; r < options.runs; ++r) MeasureOnce(*c, queries);
        output->Row(name, n, *c, "");
      }
      return;
    }
    for (int r = 0; r < options.runs; ++r) {
      for (auto& c : candidates) MeasureOnce(*c, queries);
    }
    for (auto& c : candidates) output->Row(name, n, *c, "");
  }
  if (options.btree || options.std_map || options.hash) {
    if (options.btree) {
      const double start = ThreadCpuNs();
      auto* btree = new BtreeMap();
      for (size_t i = 0; i < n; ++i) btree->emplace_hint(btree->end(), keys[i], i);  // first of duplicates kept
      auto c = MakeCandidate("absl::btree_map", [btree, n](uint64_t q) {
        auto it = btree->lower_bound(q);
        return it == btree->end() ? uint64_t{n} : it->second;
      });
      c->build_ns_per_key = (ThreadCpuNs() - start) / static_cast<double>(n);
      // Leaf nodes hold up to 256 bytes of values (16 pairs); measured size
      // is not exposed, so estimate from node fill: sizeof(pair) / 0.8 fill.
      c->bytes_per_key = 16.0 / 0.8 * static_cast<double>(btree->size()) / static_cast<double>(n);
      for (int r = 0; r < options.runs; ++r) MeasureOnce(*c, queries);
      output->Row(name, n, *c, "");
      delete btree;
      g_arena.Release();
    }
    if (options.std_map) {
      const double start = ThreadCpuNs();
      auto* map = new StdMap();
      for (size_t i = 0; i < n; ++i) map->emplace_hint(map->end(), keys[i], i);
      auto c = MakeCandidate("std::map", [map, n](uint64_t q) {
        auto it = map->lower_bound(q);
        return it == map->end() ? uint64_t{n} : it->second;
      });
      c->build_ns_per_key = (ThreadCpuNs() - start) / static_cast<double>(n);
      // Red-black node: 32 bytes of links/colour + 16 of payload; 64 with
      // malloc's overhead, 48 in the huge-page arena (no per-node header).
      c->bytes_per_key = (g_huge_pages ? 48.0 : 64.0) * static_cast<double>(map->size()) / static_cast<double>(n);
      for (int r = 0; r < options.runs; ++r) MeasureOnce(*c, queries);
      output->Row(name, n, *c, "");
      delete map;
      g_arena.Release();
    }
    if (options.hash) {
      const double start = ThreadCpuNs();
      auto* hash = new HashMap();
      hash->reserve(distinct);
      for (size_t i = 0; i < n; ++i) hash->try_emplace(keys[i], i);
      auto c = MakeCandidate("absl::flat_hash_map (point only)", [hash, n](uint64_t q) {
        auto it = hash->find(q);
        return it == hash->end() ? uint64_t{n} : it->second;
      });
      c->point_only = true;
      c->build_ns_per_key = (ThreadCpuNs() - start) / static_cast<double>(n);
      c->bytes_per_key = static_cast<double>(hash->capacity()) * 17.0 / static_cast<double>(n);
      for (int r = 0; r < options.runs; ++r) MeasureOnce(*c, queries);
      output->Row(name, n, *c, "");
      delete hash;
      g_arena.Release();
    }
  }
  std::printf("\nload after: %s; AnonHugePages of the process at the end: %zu MiB\n", LoadAverage().c_str(),
              HugePageBytesOfProcess() >> 20);
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start <= s.size()) {
    const size_t comma = s.find(',', start);
    out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

int Main(int argc, char** argv) {
  Options options;
  for (Distribution d : testing::kAllDistributions) options.distributions.push_back(d);
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](const char* flag) -> const char* {
      const size_t len = std::strlen(flag);
      return arg.compare(0, len, flag) == 0 ? argv[i] + len : nullptr;
    };
    if (const char* v = value("--sizes=")) {
      options.sizes.clear();
      for (const auto& s : Split(v)) options.sizes.push_back(std::stoull(s));
    } else if (const char* v = value("--dists=")) {
      if (std::string(v) != "all") {
        options.distributions.clear();
        for (const auto& s : Split(v)) {
          Distribution d;
          if (!testing::ParseDistribution(s, &d)) {
            std::fprintf(stderr, "unknown distribution %s\n", s.c_str());
            return 2;
          }
          options.distributions.push_back(d);
        }
      }
    } else if (const char* v = value("--queries=")) {
      options.queries = std::stoull(v);
    } else if (const char* v = value("--runs=")) {
      options.runs = std::stoi(v);
    } else if (const char* v = value("--cpu=")) {
      options.cpu = std::stoi(v);
    } else if (const char* v = value("--csv=")) {
      options.csv = v;
    } else if (const char* v = value("--baselines=")) {
      // 1 (all), 0 (none), or a list of btree,map,hash.
      const std::string list = v;
      const bool all = list == "1";
      options.btree = all || list.find("btree") != std::string::npos;
      options.std_map = all || list.find("map") != std::string::npos;
      options.hash = all || list.find("hash") != std::string::npos;
    } else if (const char* v = value("--fixed=")) {
      options.fixed = std::string(v) != "0";
    } else if (const char* v = value("--hugepages=")) {
      options.huge_pages = std::string(v) != "0";
    } else if (const char* v = value("--profile=")) {
      options.profile = v;
      options.btree = options.std_map = options.hash = false;
    } else {
      std::fprintf(stderr, "unknown flag %s\n", arg.c_str());
      return 2;
    }
  }
  if (options.cpu >= 0) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(options.cpu, &set);
    if (sched_setaffinity(0, sizeof(set), &set) != 0) std::perror("sched_setaffinity");
  }
  g_huge_pages = options.huge_pages;
  SetIndexHugePages(options.huge_pages);
  Output output;
  if (!options.csv.empty()) output.csv = std::fopen(options.csv.c_str(), "a");
  std::printf("index_bench: %zu queries per set, median of %d runs, thread CPU time; cpu pin %d; huge pages %s\n",
              options.queries, options.runs, options.cpu, options.huge_pages ? "on (keys, indexes, baselines)" : "off");
  for (size_t n : options.sizes) {
    for (Distribution d : options.distributions) RunDataset(d, n, options, &output);
  }
  if (output.csv != nullptr) std::fclose(output.csv);
  return 0;
}

}  // namespace
}  // namespace augur::index

int main(int argc, char** argv) { return augur::index::Main(argc, argv); }
