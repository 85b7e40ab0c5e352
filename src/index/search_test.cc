// Tests for the last-mile searches in search.h against std::lower_bound.
#include "index/search.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "index/distributions.h"

namespace augur::index {
namespace {

TEST(SearchTest, BranchlessMatchesStdOnAllSizes) {
  testing::Random rng(7);
  for (size_t n = 0; n < 70; ++n) {
    std::vector<uint64_t> keys(n);
    for (auto& k : keys) k = rng.Below(40);
    std::sort(keys.begin(), keys.end());
    for (uint64_t probe = 0; probe < 42; ++probe) {
      const size_t expected = std::lower_bound(keys.begin(), keys.end(), probe) - keys.begin();
      EXPECT_EQ(BranchlessLowerBound(keys.data(), n, probe), expected) << n << " " << probe;
      EXPECT_EQ(LinearLowerBound(keys.data(), n, probe), expected);
      EXPECT_EQ(BranchlessUpperBound(keys.data(), n, probe),
                static_cast<size_t>(std::upper_bound(keys.begin(), keys.end(), probe) - keys.begin()));
      EXPECT_EQ(WindowLowerBound(keys.data(), SearchWindow{0, n}, probe), expected);
    }
  }
}

TEST(SearchTest, VerifiedWindowRepairsWrongWindows) {
  testing::Random rng(11);
  std::vector<uint64_t> keys(5000);
  for (auto& k : keys) k = rng.Below(3000);  // many duplicates
  std::sort(keys.begin(), keys.end());
  for (int trial = 0; trial < 20000; ++trial) {
    const uint64_t probe = rng.Below(3100);
    size_t lo = rng.Below(keys.size() + 1);
    size_t hi = lo + rng.Below(keys.size() + 1 - lo);
    const size_t expected = std::lower_bound(keys.begin(), keys.end(), probe) - keys.begin();
    ASSERT_EQ(VerifiedWindowLowerBound(keys.data(), keys.size(), SearchWindow{lo, hi}, probe), expected)
        << "window [" << lo << "," << hi << ") probe " << probe;
  }
}

TEST(SearchTest, ExtremeKeys) {
  const std::vector<uint64_t> keys = {0, 0, 1, UINT64_MAX - 1, UINT64_MAX, UINT64_MAX};
  EXPECT_EQ(BranchlessLowerBound(keys.data(), keys.size(), 0), 0u);
  EXPECT_EQ(BranchlessLowerBound(keys.data(), keys.size(), UINT64_MAX), 4u);
  EXPECT_EQ(BranchlessUpperBound(keys.data(), keys.size(), UINT64_MAX), 6u);
  EXPECT_EQ(ExponentialLowerBoundUp(keys.data(), keys.size(), 0, UINT64_MAX), 4u);
  EXPECT_EQ(ExponentialLowerBoundDown(keys.data(), 5, 0), 0u);
}

}  // namespace
}  // namespace augur::index
