// Synthetic sorted key sets for tests and benchmarks (not part of the index
// library proper; linked by index tests and bench/ only).
//
// Each generator draws random samples (never quantiles) from a seeded
// generator and returns them sorted, duplicates kept where the distribution
// produces them. The shapes mirror the SOSD benchmark's data sets:
//   uniform_dense   consecutive integers with ~10% randomly missing
//   uniform_sparse  uniform over [0, 2^64)
//   normal          N(0,1) samples scaled onto [0, 2^64)
//   lognormal       exp(N(0, 2)) * 1e9, truncated to integers (duplicates)
//   zipf_gaps       gaps drawn from a Zipf-like (Pareto, α = 1.1) law
//   osm_like        Morton (Z-order) codes of 2-D points from a Gaussian
//                   mixture of "cities" with Zipf-distributed sizes
//   fb_like         uniform over [0, 2^40) plus 0.01% huge outliers near 2^64
//   books_like      bursty timestamps (seconds): a two-state Poisson process
//                   alternating quiet and burst periods; ~half duplicates
//
// Thread-safety: pure functions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace augur::index::testing {

enum class Distribution {
  kUniformDense,
  kUniformSparse,
  kNormal,
  kLognormal,
  kZipfGaps,
  kOsmLike,
  kFbLike,
  kBooksLike,
};

inline constexpr Distribution kAllDistributions[] = {
    Distribution::kUniformDense, Distribution::kUniformSparse, Distribution::kNormal, Distribution::kLognormal,
    Distribution::kZipfGaps,     Distribution::kOsmLike,       Distribution::kFbLike, Distribution::kBooksLike,
};

std::string_view DistributionName(Distribution distribution);
bool ParseDistribution(std::string_view name, Distribution* out);

// `count` sorted keys.
std::vector<uint64_t> GenerateKeys(Distribution distribution, size_t count, uint64_t seed);

// A small, fast, seedable generator (SplitMix64 seeding xoshiro256**).
class Random {
 public:
  explicit Random(uint64_t seed);
  uint64_t Next();
  double NextDouble();         // [0, 1)
  double NextNormal();         // N(0, 1), Box–Muller
  uint64_t Below(uint64_t n);  // [0, n)

 private:
  uint64_t state_[4];
  double spare_normal_ = 0;
  bool has_spare_ = false;
};

}  // namespace augur::index::testing
