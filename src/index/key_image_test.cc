// Tests for the order-preserving key images and exact tie resolution.
#include "index/key_image.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>
#include <vector>

#include "index/distributions.h"
#include "index/learned_index.h"

namespace augur::index {
namespace {

TEST(KeyImageTest, SignedIntegersKeepOrder) {
  const std::vector<int64_t> values = {INT64_MIN, INT64_MIN + 1, -1000000, -1, 0, 1, 42, INT64_MAX - 1, INT64_MAX};
  for (size_t i = 1; i < values.size(); ++i) {
    EXPECT_LT(ImageOfInt64(values[i - 1]), ImageOfInt64(values[i]));
    EXPECT_EQ(Int64OfImage(ImageOfInt64(values[i])), values[i]);
  }
  EXPECT_LT(ImageOfInt32(-5), ImageOfInt32(3));
  EXPECT_LT(ImageOfInt16(INT16_MIN), ImageOfInt16(INT16_MAX));
  EXPECT_LT(ImageOfTimestampMicros(-1), ImageOfTimestampMicros(0));
}

TEST(KeyImageTest, FloatsInPostgresOrder) {
  const double inf = std::numeric_limits<double>::infinity();
  const std::vector<double> values = {-inf, -1e300, -1.5, -1e-300, 0.0, 1e-300, 2.0, 1e300, inf};
  for (size_t i = 1; i < values.size(); ++i) EXPECT_LT(ImageOfFloat64(values[i - 1]), ImageOfFloat64(values[i]));
  EXPECT_EQ(ImageOfFloat64(-0.0), ImageOfFloat64(0.0));
  EXPECT_GT(ImageOfFloat64(std::nan("")), ImageOfFloat64(inf));
  EXPECT_EQ(ImageOfFloat64(std::nan("1")), ImageOfFloat64(-std::nan("2")));
}

TEST(KeyImageTest, BytesArePrefixImages) {
  EXPECT_LT(ImageOfBytes("a"), ImageOfBytes("b"));
  EXPECT_LT(ImageOfBytes("ab"), ImageOfBytes("ac"));
  EXPECT_LT(ImageOfBytes(""), ImageOfBytes(std::string("\0", 1) + "x"));  // "" < "\0x"
  EXPECT_EQ(ImageOfBytes("abcdefgh1"), ImageOfBytes("abcdefgh2"));        // tie: same prefix
  EXPECT_LE(ImageOfBytes("ab"), ImageOfBytes(std::string("ab\0", 3)));
}

// Text keys with long shared prefixes: many image ties, resolved exactly.
TEST(KeyImageTest, ImageLowerBoundResolvesTies) {
  testing::Random rng(5);
  std::vector<std::string> keys;
  const char* prefixes[] = {"customer", "customer_archive", "order", "orders#", "zz"};
  for (int i = 0; i < 20000; ++i) {
    keys.push_back(std::string(prefixes[rng.Below(5)]) + std::to_string(rng.Below(100000)));
  }
  std::sort(keys.begin(), keys.end());
  std::vector<uint64_t> images;
  for (const auto& k : keys) images.push_back(ImageOfBytes(k));
  ASSERT_TRUE(std::is_sorted(images.begin(), images.end()));
  for (auto config : {IndexConfig::Pgm(8), IndexConfig::RadixSplineOf(8, 10), IndexConfig::RmiOf(RmiRoot::kLinear, 64),
                      IndexConfig::BinarySearch()}) {
    auto index = LearnedIndex::Build(images, config);
    ASSERT_TRUE(index.ok());
    for (int trial = 0; trial < 5000; ++trial) {
      std::string probe = trial % 2 == 0 ? keys[rng.Below(keys.size())]
                                         : std::string(prefixes[rng.Below(5)]) + std::to_string(rng.Below(100000));
      if (trial % 7 == 0) probe += "~";
      const size_t expected = std::lower_bound(keys.begin(), keys.end(), probe) - keys.begin();
      const size_t got = ImageLowerBound(*index, std::span<const uint64_t>(images), ImageOfBytes(probe),
                                         [&](size_t pos) { return keys[pos] < probe; });
      ASSERT_EQ(got, expected) << config.ToString() << " probe " << probe;
    }
  }
}

}  // namespace
}  // namespace augur::index
