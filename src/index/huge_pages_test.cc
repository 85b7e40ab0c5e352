// HugePageAllocator and the structures' huge-page-backed arrays: large
// allocations are 2 MiB aligned and advised, small ones come from operator
// new, growth keeps contents, and structures whose arrays cross the huge-page
// threshold stay exact (with the setting on and off).
#include "index/huge_pages.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <span>
#include <vector>

#include "index/distributions.h"
#include "index/learned_index.h"

namespace augur::index {
namespace {

TEST(HugePagesTest, LargeAllocationsAreAlignedAndGrowthKeepsContents) {
  HugeVector<uint64_t> v;
  for (uint64_t i = 0; i < 1000000; ++i) v.push_back(i * 3);  // grows through the 2 MiB threshold
  EXPECT_EQ(reinterpret_cast<uintptr_t>(v.data()) % kHugePageBytes, 0u);
  for (uint64_t i = 0; i < v.size(); i += 4099) ASSERT_EQ(v[i], i * 3);
  HugeVector<uint64_t> small(10, 7);
  EXPECT_EQ(small[9], 7u);
  HugeVector<uint64_t> copy = v;
  EXPECT_EQ(copy[999999], 999999u * 3);
}

void CheckStructuresExact(bool huge_pages) {
  SetIndexHugePages(huge_pages);
  const auto keys = testing::GenerateKeys(testing::Distribution::kBooksLike, 400000, 5);
  const std::span<const uint64_t> span(keys);
  // Leaf and spline arrays above 2 MiB (2^17 leaves x 32 bytes, an ε = 1
  // spline with a 2^20-entry table); PGM ε = 1 below it.
  for (const IndexConfig& config : {IndexConfig::RmiOf(RmiRoot::kLinear, 1u << 17), IndexConfig::RadixSplineOf(1, 20),
                                    IndexConfig::Pgm(1, 1)}) {
    auto index = LearnedIndex::Build(keys, config);
    ASSERT_TRUE(index.ok());
    if (config.kind != IndexKind::kPgm) {
      EXPECT_GE(index->size_bytes(), kHugePageBytes) << config.ToString();
    }
    testing::Random rng(11);
    for (int i = 0; i < 20000; ++i) {
      const uint64_t probe = keys[rng.Below(keys.size())] + rng.Below(3);
      const size_t expected = std::lower_bound(keys.begin(), keys.end(), probe) - keys.begin();
      ASSERT_EQ(index->LowerBound(span, probe), expected) << config.ToString() << " probe " << probe;
    }
    auto loaded = LearnedIndex::Deserialize(index->Serialize(), span);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->Serialize(), index->Serialize());
  }
  SetIndexHugePages(true);
}

TEST(HugePagesTest, StructuresStayExactWithHugePages) { CheckStructuresExact(true); }
TEST(HugePagesTest, StructuresStayExactWithoutHugePages) { CheckStructuresExact(false); }

}  // namespace
}  // namespace augur::index
