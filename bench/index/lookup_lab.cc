// lookup_lab: A/B timing of last-mile and layout variants of the learned
// indexes' lookup path, interleaved in one run against std::lower_bound.
//
// index_bench measures the library as shipped; this tool measures *variants*
// of one lookup step side by side (same keys, same queries, same load), to
// decide what the library should ship. Each round times every variant once
// (200K independent random lookups by default, present keys, or a 20%-absent
// mix with --absent=1) in a rotated order; the report is the median ns and
// the median over rounds of (variant ns / std::lower_bound ns in that round).
// Every variant's answers are checksummed against std::lower_bound.
//
// Usage: lookup_lab --n=50000000 --dist=lognormal [--rounds=7] [--queries=200000]
//                   [--rmi=2097152,524288] [--rs=16,64] [--pgm=16] [--absent=0|1] [--cpu=1]
// Numbers and conclusions: docs/learned-index.md ("Lookup path").
#include <sched.h>
#include <time.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "index/distributions.h"
#include "index/index.h"
#include "bench_clock.h"

namespace augur::index {
namespace {

using bench::LoadAverage;
using bench::Median;
using bench::ThreadCpuNs;

// ---- The last mile as it was before this lab (search.h of 2026-11-28 15:30):
// `base += cond ? half : 0` (GCC 12 -O2 emits a branch, not cmov; the
// library keeps it as BranchyLowerBound) and a __builtin_prefetch loop that
// GCC 12 deletes once inlined.
constexpr size_t kPrefetchMaxKeys = 512;
// Prefetches that survive inlining (index::Prefetch is an asm volatile).
inline void PrefetchKeys(const uint64_t* base, size_t count) {
  for (size_t i = 0; i < count; i += 8) Prefetch(base + i);
  Prefetch(base + count - 1);
}
inline void OldPrefetch(const uint64_t* base, size_t count) {
  for (size_t i = 0; i < count; i += 8) __builtin_prefetch(base + i);
  __builtin_prefetch(base + count - 1);
}

// Branchless search that prefetches both possible next probes at every step
// (Khuong and Morin's layout-free variant): the line of the probe after next
// is requested while this probe's line is still on its way.
inline size_t CmovPrefetchNextLowerBound(const uint64_t* keys, size_t count, uint64_t key) {
  if (count == 0) return 0;
  const uint64_t* base = keys;
  size_t len = count;
  while (len > 1) {
    const size_t half = len / 2;
    const size_t next_half = (len - half) / 2;
    Prefetch(base + next_half);
    Prefetch(base + half + next_half);
    base += half & Mask(base[half - 1] < key);
    len -= half;
  }
  return static_cast<size_t>(base - keys) + (*base < key ? 1 : 0);
}

enum class Mile { kOld, kPfBranch, kCmov, kPfCmov, kPfSmallCmov, kCmovNext, kPfSmallCmovNext, kOldNoVerify, kPfBranchNoVerify, kPfCmovNoVerify };

template <Mile kMile>
inline size_t LastMile(const uint64_t* keys, size_t count, SearchWindow window, uint64_t key) {
  const size_t width = window.hi - window.lo;
  const uint64_t* base = keys + window.lo;
  size_t found;
  if constexpr (kMile == Mile::kPfCmovNoVerify) {
    if (width - 1 < kPrefetchMaxKeys) PrefetchKeys(base, width);
    return window.lo + BranchlessLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kOldNoVerify) {
    return window.lo + BranchyLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kPfBranchNoVerify) {
    if (width - 1 < kPrefetchMaxKeys) PrefetchKeys(base, width);
    return window.lo + BranchyLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kOld) {
    if (width - 1 < kPrefetchMaxKeys) OldPrefetch(base, width);
    found = BranchyLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kPfBranch) {
    if (width - 1 < kPrefetchMaxKeys) PrefetchKeys(base, width);
    found = BranchyLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kCmov) {
    found = BranchlessLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kPfCmov) {
    if (width - 1 < kPrefetchMaxKeys) PrefetchKeys(base, width);
    found = BranchlessLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kPfSmallCmov) {
    if (width - 1 < 64) PrefetchKeys(base, width);
    found = BranchlessLowerBound(base, width, key);
  } else if constexpr (kMile == Mile::kCmovNext) {
    found = CmovPrefetchNextLowerBound(base, width, key);
  } else {
    if (width - 1 < 64) {
      PrefetchKeys(base, width);
      found = BranchlessLowerBound(base, width, key);
    } else {
      found = CmovPrefetchNextLowerBound(base, width, key);
    }
  }
  const size_t pos = window.lo + found;
  if (count == 0) return 0;
  const size_t after = pos < count ? pos : count - 1;
  const size_t before = pos > 0 ? pos - 1 : 0;
  const bool missed_right = (pos == window.hi) & (pos < count) & (keys[after] < key);
  const bool missed_left = (pos == window.lo) & (pos > 0) & (keys[before] >= key);
  if (missed_right | missed_left) [[unlikely]] {
    return missed_right ? ExponentialLowerBoundUp(keys, count, pos, key)
                        : ExponentialLowerBoundDown(keys, pos - 1, key);
  }
  return pos;
}

struct Variant {
  std::string name;
  std::function<uint64_t(const std::vector<uint64_t>&)> run;
  std::vector<double> ns, ratio;
  bool correct = true;
};

template <typename Lookup>
Variant MakeVariant(std::string name, Lookup lookup) {
  Variant v;
  v.name = std::move(name);
  v.run = [lookup](const std::vector<uint64_t>& queries) {
    uint64_t sum = 0;
    for (uint64_t q : queries) sum += lookup(q);
    return sum;
  };
  return v;
}

std::vector<std::string> Split(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (start < s.size()) {
    const size_t comma = s.find(',', start);
    out.push_back(s.substr(start, comma == std::string::npos ? std::string::npos : comma - start));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return out;
}

uint32_t RadixBitsFor(size_t spline_points) {
  const int bits = static_cast<int>(std::ceil(std::log2(static_cast<double>(std::max<size_t>(2, spline_points))))) - 1;
  return static_cast<uint32_t>(std::clamp(bits, 8, 24));
}

int Main(int argc, char** argv) {
  size_t n = 10000000, queries_count = 200000;
  int rounds = 7, cpu = 1;
  bool absent = false;
  std::string dist = "lognormal";
  std::string miles = ",old,pfbranch,pfcmov,lib,";
  std::vector<std::string> rmi_list, rs_list, pgm_list;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    auto value = [&](const char* flag) -> const char* {
      const size_t len = std::strlen(flag);
      return arg.compare(0, len, flag) == 0 ? argv[i] + len : nullptr;
    };
    if (const char* v = value("--n=")) n = std::stoull(v);
    else if (const char* v = value("--dist=")) dist = v;
    else if (const char* v = value("--rounds=")) rounds = std::stoi(v);
    else if (const char* v = value("--queries=")) queries_count = std::stoull(v);
    else if (const char* v = value("--rmi=")) rmi_list = Split(v);
    else if (const char* v = value("--rs=")) rs_list = Split(v);
    else if (const char* v = value("--pgm=")) pgm_list = Split(v);
    else if (const char* v = value("--absent=")) absent = std::string(v) != "0";
    else if (const char* v = value("--cpu=")) cpu = std::stoi(v);
    else if (const char* v = value("--miles=")) miles = std::string(",") + v + ",";
    else {
      std::fprintf(stderr, "unknown flag %s\n", arg.c_str());
      return 2;
    }
  }
  if (cpu >= 0) {
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    if (sched_setaffinity(0, sizeof(set), &set) != 0) std::perror("sched_setaffinity");
  }
  testing::Distribution distribution;
  if (!testing::ParseDistribution(dist, &distribution)) {
    std::fprintf(stderr, "unknown distribution %s\n", dist.c_str());
    return 2;
  }
  SetIndexHugePages(true);
  HugeVector<uint64_t> keys;
  {
    std::vector<uint64_t> generated = testing::GenerateKeys(distribution, n, 2026);
    keys.assign(generated.begin(), generated.end());
  }
  const std::span<const uint64_t> span(keys.data(), keys.size());
  const uint64_t* data = keys.data();
  testing::Random rng(7);
  // Timed queries, and a different set to warm with (running the timed set
  // twice would leave its own key lines in the caches).
  std::vector<uint64_t> queries, warm;
  for (size_t i = 0; i < 2 * queries_count; ++i) {
    uint64_t q = keys[rng.Below(n)];
    if (absent && i % 5 == 0) q += 1;
    (i % 2 ? warm : queries).push_back(q);
  }
  uint64_t expected = 0;
  for (uint64_t q : queries) expected += std::lower_bound(data, data + n, q) - data;

  std::vector<Variant> variants;
  variants.push_back(MakeVariant("std::lower_bound", [data, n](uint64_t q) {
    return static_cast<uint64_t>(std::lower_bound(data, data + n, q) - data);
  }));
  variants.push_back(MakeVariant("bs(branch, old)", [data, n](uint64_t q) {
    return static_cast<uint64_t>(BranchyLowerBound(data, n, q));
  }));
  variants.push_back(MakeVariant("bs(cmov)", [data, n](uint64_t q) {
    return static_cast<uint64_t>(BranchlessLowerBound(data, n, q));
  }));
  variants.push_back(MakeVariant("bs(cmov+next)", [data, n](uint64_t q) {
    return static_cast<uint64_t>(CmovPrefetchNextLowerBound(data, n, q));
  }));
  std::vector<std::unique_ptr<void, void (*)(void*)>> owners;
  auto own = [&](auto* object) {
    using T = std::remove_pointer_t<decltype(object)>;
    owners.emplace_back(object, [](void* p) { delete static_cast<T*>(p); });
    return object;
  };
  auto add_last_mile_variants = [&](const std::string& label, auto* structure) {
    auto add = [&]<Mile kMile>(const char* suffix) {
      variants.push_back(MakeVariant(label + suffix, [structure, data, n](uint64_t q) {
        return static_cast<uint64_t>(LastMile<kMile>(data, n, structure->Search(q), q));
      }));
    };
    auto wanted = [&](const char* m) { return miles.find(std::string(",") + m + ",") != std::string::npos; };
    if (wanted("old")) add.template operator()<Mile::kOld>(" old");
    if (wanted("pfbranch")) add.template operator()<Mile::kPfBranch>(" pf+branch");
    if (wanted("pfcmov")) add.template operator()<Mile::kPfCmov>(" pf+cmov");
    if (wanted("pf64cmov")) add.template operator()<Mile::kPfSmallCmov>(" pf<=64+cmov");
    if (wanted("cmovnext")) add.template operator()<Mile::kCmovNext>(" cmov+next");
    if (wanted("pf64next")) add.template operator()<Mile::kPfSmallCmovNext>(" pf<=64|cmov+next");
    if (wanted("oldnv")) add.template operator()<Mile::kOldNoVerify>(" old-noverify");
    if (wanted("pfbranchnv")) add.template operator()<Mile::kPfBranchNoVerify>(" pf+branch-noverify");
    if (wanted("pfcmovnv")) add.template operator()<Mile::kPfCmovNoVerify>(" pf+cmov-noverify");
    if (!wanted("lib")) return;
    variants.push_back(MakeVariant(label + " lib", [structure, span](uint64_t q) {
      return static_cast<uint64_t>(structure->LowerBound(span, q));
    }));
  };
  for (const auto& s : rmi_list) {
    const uint32_t leaves = static_cast<uint32_t>(std::stoul(s));
    const Rmi* rmi = own(new Rmi(Rmi::Build(span, RmiOptions{RmiRoot::kLinear, leaves}).value()));
    add_last_mile_variants("rmi(" + s + ")", rmi);
  }
  for (const auto& s : rs_list) {
    const int64_t eps = std::stoll(s);
    auto probe = RadixSpline::Build(span, RadixSplineOptions{eps, 8});
    const uint32_t bits = RadixBitsFor(probe->spline_point_count());
    const RadixSpline* rs = own(new RadixSpline(RadixSpline::Build(span, RadixSplineOptions{eps, bits}).value()));
    add_last_mile_variants("rs(" + s + "," + std::to_string(bits) + ")", rs);
  }
  for (const auto& s : pgm_list) {
    const int64_t eps = std::stoll(s);
    const PgmIndex* pgm = own(new PgmIndex(PgmIndex::Build(span, PgmOptions{eps, 8}).value()));
    add_last_mile_variants("pgm(" + s + ")", pgm);
  }

  const std::string load_before = LoadAverage();
  for (int r = 0; r < rounds; ++r) {
    std::vector<double> ns(variants.size());
    for (size_t k = 0; k < variants.size(); ++k) {
      const size_t v = (k + static_cast<size_t>(r)) % variants.size();
      variants[v].run(warm);  // warm: the structure into the caches as a stream of lookups has it
      const double start = ThreadCpuNs();
      const uint64_t sum = variants[v].run(queries);
      ns[v] = (ThreadCpuNs() - start) / static_cast<double>(queries.size());
      if (sum != expected) variants[v].correct = false;
    }
    for (size_t v = 0; v < variants.size(); ++v) {
      variants[v].ns.push_back(ns[v]);
      variants[v].ratio.push_back(ns[v] / ns[0]);
    }
  }
  std::printf("%s n=%zu %s queries=%zu rounds=%d load %s -> %s\n", dist.c_str(), n, absent ? "20%-absent" : "present",
              queries.size(), rounds, load_before.c_str(), LoadAverage().c_str());
  for (const auto& v : variants) {
    std::printf("  %-28s %8.1f ns  x%.3f of std::lower_bound  (%.2fx faster)%s\n", v.name.c_str(), Median(v.ns),
                Median(v.ratio), 1.0 / Median(v.ratio), v.correct ? "" : "  WRONG");
  }
  return 0;
}

}  // namespace
}  // namespace augur::index

int main(int argc, char** argv) { return augur::index::Main(argc, argv); }
