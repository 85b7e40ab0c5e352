// Randomized property tests: every structure's LowerBound equals
// std::lower_bound on every distribution, for present, absent, below-minimum
// and above-maximum probes; PGM and RadixSpline windows always contain the
// answer (their ε guarantee); plus the edge cases (empty, single key, all
// duplicates, huge outliers, keys near 2^64).
#include "index/learned_index.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <limits>
#include <string>
#include <vector>

#include "index/distributions.h"

namespace augur::index {
namespace {

constexpr uint64_t kMax = std::numeric_limits<uint64_t>::max();

std::vector<IndexConfig> AllConfigs() {
  return {
      IndexConfig::BinarySearch(),
      IndexConfig::Pgm(1, 1),
      IndexConfig::Pgm(4),
      IndexConfig::Pgm(64, 16),
      IndexConfig::Pgm(4096),
      IndexConfig::RadixSplineOf(1, 4),
      IndexConfig::RadixSplineOf(16, 12),
      IndexConfig::RadixSplineOf(256, 20),
      IndexConfig::RmiOf(RmiRoot::kLinear, 1),
      IndexConfig::RmiOf(RmiRoot::kLinear, 1024),
      IndexConfig::RmiOf(RmiRoot::kCubic, 4096),
  };
}

// Probes: present keys, their neighbours, random values in and around the
// range, and the extremes.
std::vector<uint64_t> Probes(const std::vector<uint64_t>& keys, size_t count, uint64_t seed) {
  testing::Random rng(seed);
  std::vector<uint64_t> probes = {0, 1, kMax, kMax - 1};
  if (!keys.empty()) {
    const uint64_t lo = keys.front(), hi = keys.back();
    for (uint64_t delta : {uint64_t{1}, uint64_t{2}, uint64_t{1000}}) {
      if (lo >= delta) probes.push_back(lo - delta);
      if (hi <= kMax - delta) probes.push_back(hi + delta);
    }
    probes.push_back(lo);
    probes.push_back(hi);
    for (size_t i = 0; i < count; ++i) {
      const uint64_t key = keys[rng.Below(keys.size())];
      switch (rng.Below(5)) {
        case 0:
        case 1: probes.push_back(key); break;
        case 2: probes.push_back(key + 1); break;  // wraps at 2^64: fine, still a probe
        case 3: probes.push_back(key - 1); break;
        default: probes.push_back(lo + rng.Below(hi - lo + (hi - lo < kMax ? 1 : 0))); break;
      }
    }
  }
  for (size_t i = 0; i < count / 10; ++i) probes.push_back(rng.Next());
  return probes;
}

// Checks one index against std::lower_bound; returns the number of failures.
void CheckIndex(const std::vector<uint64_t>& keys, const LearnedIndex& index, const std::vector<uint64_t>& probes,
                const std::string& label) {
  const std::span<const uint64_t> span(keys);
  const bool window_guaranteed = index.kind() == IndexKind::kPgm || index.kind() == IndexKind::kRadixSpline;
  size_t failures = 0;
  for (uint64_t probe : probes) {
    const size_t expected = std::lower_bound(keys.begin(), keys.end(), probe) - keys.begin();
    const size_t got = index.LowerBound(span, probe);
    if (got != expected) {
      ADD_FAILURE() << label << ": LowerBound(" << probe << ") = " << got << ", expected " << expected;
      if (++failures > 5) return;
    }
    if (window_guaranteed) {
      const SearchWindow w = index.Search(probe);
      if (!(w.lo <= expected && expected <= w.hi && w.hi <= keys.size())) {
        ADD_FAILURE() << label << ": window [" << w.lo << "," << w.hi << ") misses " << expected << " for "
                      << probe;
        if (++failures > 5) return;
      }
    }
    const size_t upper = std::upper_bound(keys.begin(), keys.end(), probe) - keys.begin();
    if (index.UpperBound(span, probe) != upper) {
      ADD_FAILURE() << label << ": UpperBound(" << probe << ") wrong";
      if (++failures > 5) return;
    }
  }
}

void CheckAllConfigs(const std::vector<uint64_t>& keys, size_t probe_count, const std::string& label) {
  ASSERT_TRUE(std::is_sorted(keys.begin(), keys.end()));
  const auto probes = Probes(keys, probe_count, keys.size() + 17);
  for (const IndexConfig& config : AllConfigs()) {
    auto index = LearnedIndex::Build(keys, config);
    ASSERT_TRUE(index.ok()) << index.status().ToString();
    EXPECT_EQ(index->key_count(), keys.size());
    CheckIndex(keys, *index, probes, label + " " + config.ToString());
  }
  ChooserReport report;
  auto chosen = LearnedIndex::BuildAuto(keys, ChooserOptions{}, &report);
  ASSERT_TRUE(chosen.ok());
  CheckIndex(keys, *chosen, probes, label + " auto:" + chosen->config().ToString());
}

class DistributionTest : public ::testing::TestWithParam<testing::Distribution> {};

TEST_P(DistributionTest, MatchesStdLowerBound) {
  const auto keys = testing::GenerateKeys(GetParam(), 300000, 42);
  CheckAllConfigs(keys, 30000, std::string(testing::DistributionName(GetParam())));
}

TEST_P(DistributionTest, MatchesStdLowerBoundOnSmallPrefix) {
  auto keys = testing::GenerateKeys(GetParam(), 2000, 9);
  CheckAllConfigs(keys, 3000, std::string(testing::DistributionName(GetParam())) + " small");
}

INSTANTIATE_TEST_SUITE_P(AllDistributions, DistributionTest, ::testing::ValuesIn(testing::kAllDistributions),
                         [](const auto& info) { return std::string(testing::DistributionName(info.param)); });

TEST(EdgeCaseTest, EmptyArray) {
  const std::vector<uint64_t> keys;
  CheckAllConfigs(keys, 10, "empty");
  auto index = LearnedIndex::Build(keys, IndexConfig::Pgm(8));
  ASSERT_TRUE(index.ok());
  EXPECT_EQ(index->Find(keys, 5), 0u);
  EXPECT_EQ(index->Range(keys, 0, kMax).begin, 0u);
  EXPECT_EQ(index->Range(keys, 0, kMax).end, 0u);
}

TEST(EdgeCaseTest, SingleElement) {
  for (uint64_t value : {uint64_t{0}, uint64_t{1}, uint64_t{12345}, kMax - 1, kMax}) {
    CheckAllConfigs({value}, 50, "single " + std::to_string(value));
  }
}

TEST(EdgeCaseTest, AllDuplicates) {
  CheckAllConfigs(std::vector<uint64_t>(10000, 77), 2000, "all 77");
  CheckAllConfigs(std::vector<uint64_t>(10000, 0), 2000, "all 0");
  CheckAllConfigs(std::vector<uint64_t>(10000, kMax), 2000, "all max");
}

TEST(EdgeCaseTest, LongDuplicateRuns) {
  std::vector<uint64_t> keys;
  testing::Random rng(3);
  uint64_t value = 100;
  while (keys.size() < 100000) {
    const size_t run = rng.Below(4) == 0 ? rng.Below(5000) + 1 : 1;
    for (size_t i = 0; i < run; ++i) keys.push_back(value);
    value += 1 + rng.Below(3);
  }
  CheckAllConfigs(keys, 20000, "long runs");
}

TEST(EdgeCaseTest, HugeOutliers) {
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 100000; ++i) keys.push_back(i * 3);
  keys.push_back(uint64_t{1} << 50);
  keys.push_back(uint64_t{1} << 62);
  keys.push_back(kMax - 5);
  CheckAllConfigs(keys, 20000, "outliers high");
  std::vector<uint64_t> low = {0, 1};
  for (uint64_t i = 0; i < 100000; ++i) low.push_back((uint64_t{1} << 63) + i * 1000);
  CheckAllConfigs(low, 20000, "outliers low");
}

TEST(EdgeCaseTest, KeysNearTwoToTheSixtyFour) {
  std::vector<uint64_t> keys;
  for (uint64_t i = 0; i < 50000; ++i) keys.push_back(kMax - 200000 + i * 4);
  keys.push_back(kMax - 1);
  keys.push_back(kMax);
  keys.push_back(kMax);
  CheckAllConfigs(keys, 20000, "near 2^64");
  std::vector<uint64_t> sparse;
  testing::Random rng(8);
  for (int i = 0; i < 50000; ++i) sparse.push_back(kMax - rng.Below(uint64_t{1} << 20));
  std::sort(sparse.begin(), sparse.end());
  CheckAllConfigs(sparse, 20000, "random near 2^64");
}

TEST(EdgeCaseTest, TwoExtremes) { CheckAllConfigs({0, kMax}, 100, "0 and max"); }

TEST(LearnedIndexTest, RangeReturnsScanBounds) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kBooksLike, 100000, 4);
  auto index = LearnedIndex::Build(keys, IndexConfig::Pgm(32));
  ASSERT_TRUE(index.ok());
  testing::Random rng(1);
  for (int i = 0; i < 2000; ++i) {
    uint64_t a = keys[rng.Below(keys.size())], b = keys[rng.Below(keys.size())] + rng.Below(3);
    if (a > b) std::swap(a, b);
    const auto range = index->Range(keys, a, b);
    EXPECT_EQ(range.begin, static_cast<size_t>(std::lower_bound(keys.begin(), keys.end(), a) - keys.begin()));
    EXPECT_EQ(range.end, static_cast<size_t>(std::upper_bound(keys.begin(), keys.end(), b) - keys.begin()));
  }
  const auto empty = index->Range(keys, 10, 5);
  EXPECT_EQ(empty.begin, empty.end);
  const size_t found = index->Find(keys, keys[500]);
  EXPECT_EQ(keys[found], keys[500]);
  EXPECT_EQ(index->Find(keys, keys.back() + 1), keys.size());
}

TEST(LearnedIndexTest, RejectsBadOptions) {
  const std::vector<uint64_t> keys = {1, 2, 3};
  EXPECT_EQ(LearnedIndex::Build(keys, IndexConfig::Pgm(0)).status().sqlstate(), "22023");
  EXPECT_EQ(LearnedIndex::Build(keys, IndexConfig::RadixSplineOf(8, 40)).status().sqlstate(), "22023");
  EXPECT_EQ(LearnedIndex::Build(keys, IndexConfig::RmiOf(RmiRoot::kLinear, 0)).status().sqlstate(), "22023");
}

TEST(LearnedIndexTest, PgmBoundsAndSizes) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kLognormal, 300000, 2);
  auto small_eps = LearnedIndex::Build(keys, IndexConfig::Pgm(8));
  auto large_eps = LearnedIndex::Build(keys, IndexConfig::Pgm(512));
  ASSERT_TRUE(small_eps.ok() && large_eps.ok());
  EXPECT_GT(small_eps->model_entries(), large_eps->model_entries());
  EXPECT_GT(small_eps->size_bytes(), large_eps->size_bytes());
  for (size_t i = 0; i < keys.size(); i += 97) {
    const SearchWindow w = small_eps->Search(keys[i]);
    EXPECT_LE(w.hi - w.lo, 2u * 8 + 4);
  }
}

TEST(ChooserTest, CostModelAlonePicksTheCheapestEstimate) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kUniformDense, 500000, 1);
  ChooserOptions options;
  options.timed_candidates = 0;  // deterministic: cost model only
  ChooserReport report;
  auto index = LearnedIndex::BuildAuto(keys, options, &report);
  ASSERT_TRUE(index.ok());
  EXPECT_FALSE(report.timed);
  ASSERT_GT(report.candidates.size(), 5u);
  ASSERT_LT(report.chosen, report.candidates.size());
  EXPECT_NE(index->kind(), IndexKind::kBinarySearch);  // near-linear data: a model must win
  double best = 1e300;
  for (const auto& c : report.candidates) {
    best = std::min(best, c.estimated_lookup_ns);
    EXPECT_EQ(c.measured_lookup_ns, 0);
  }
  EXPECT_LE(report.candidates[report.chosen].estimated_lookup_ns, best * 1.05);
  EXPECT_EQ(index->config().ToString(), report.candidates[report.chosen].config.ToString());
  // Tiny arrays: binary search over a couple of cache lines beats any model.
  std::vector<uint64_t> tiny = {1, 5, 9, 12, 30, 31, 32, 100};
  auto tiny_index = LearnedIndex::BuildAuto(tiny);
  ASSERT_TRUE(tiny_index.ok());
  EXPECT_EQ(tiny_index->kind(), IndexKind::kBinarySearch);
}

TEST(ChooserTest, TimedProbePicksTheFastestMeasured) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kLognormal, 300000, 3);
  ChooserReport report;
  auto index = LearnedIndex::BuildAuto(keys, ChooserOptions{}, &report);
  ASSERT_TRUE(index.ok());
  EXPECT_TRUE(report.timed);
  ASSERT_LT(report.chosen, report.candidates.size());
  // Every structure kind was measured, plus binary search; the rest not.
  bool measured_kind[4] = {false, false, false, false};
  size_t measured = 0;
  double fastest = 1e300;
  for (const auto& c : report.candidates) {
    if (c.measured_lookup_ns <= 0) continue;
    ++measured;
    measured_kind[static_cast<size_t>(c.config.kind)] = true;
    fastest = std::min(fastest, c.measured_lookup_ns);
  }
  EXPECT_EQ(measured, ChooserOptions{}.timed_candidates + 1);
  for (bool kind : measured_kind) EXPECT_TRUE(kind);
  const auto& chosen = report.candidates[report.chosen];
  EXPECT_GT(chosen.measured_lookup_ns, 0);
  EXPECT_LE(chosen.measured_lookup_ns, fastest * 1.03);
  EXPECT_EQ(index->config().ToString(), chosen.config.ToString());
  // The shortlist is the cheapest estimate of each kind, then the next cheapest.
  double best_rs = 1e300;
  for (const auto& c : report.candidates) {
    if (c.config.kind == IndexKind::kRadixSpline) best_rs = std::min(best_rs, c.estimated_lookup_ns);
  }
  for (const auto& c : report.candidates) {
    if (c.config.kind == IndexKind::kRadixSpline && c.estimated_lookup_ns == best_rs) {
      EXPECT_GT(c.measured_lookup_ns, 0) << c.config.ToString();
    }
  }
  // Below min_timed_keys the cost model decides alone.
  const auto small = testing::GenerateKeys(testing::Distribution::kLognormal, 2000, 3);
  ChooserReport small_report;
  ASSERT_TRUE(LearnedIndex::BuildAuto(small, ChooserOptions{}, &small_report).ok());
  EXPECT_FALSE(small_report.timed);
}

}  // namespace
}  // namespace augur::index
