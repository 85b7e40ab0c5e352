// Serialization round trips, and corrupt, truncated or mismatched input
// rejected with SQLSTATE XX001 (never a crash).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "index/distributions.h"
#include "index/learned_index.h"

namespace augur::index {
namespace {

std::vector<IndexConfig> Configs() {
  return {IndexConfig::BinarySearch(), IndexConfig::Pgm(16), IndexConfig::RadixSplineOf(16, 12),
          IndexConfig::RmiOf(RmiRoot::kLinear, 512), IndexConfig::RmiOf(RmiRoot::kCubic, 512)};
}

TEST(SerializationTest, RoundTripAnswersIdentically) {
  for (auto distribution : {testing::Distribution::kLognormal, testing::Distribution::kBooksLike,
                            testing::Distribution::kFbLike}) {
    const auto keys = testing::GenerateKeys(distribution, 50000, 6);
    for (const auto& config : Configs()) {
      auto built = LearnedIndex::Build(keys, config);
      ASSERT_TRUE(built.ok());
      const std::string bytes = built->Serialize();
      auto loaded = LearnedIndex::Deserialize(bytes, keys);
      ASSERT_TRUE(loaded.ok()) << loaded.status().ToString();
      EXPECT_EQ(loaded->kind(), built->kind());
      EXPECT_EQ(loaded->config().ToString(), built->config().ToString());
      EXPECT_EQ(loaded->Serialize(), bytes);  // canonical
      // Loaded indexes verify every lookup (the bytes may be damaged); built
      // ones only where the window is not guaranteed (cubic RMI root).
      EXPECT_EQ(loaded->verified_lookups(), config.kind != IndexKind::kBinarySearch) << config.ToString();
      EXPECT_EQ(built->verified_lookups(), built->config().kind == IndexKind::kRmi &&
                                               built->config().rmi.root == RmiRoot::kCubic)
          << config.ToString();
      testing::Random rng(2);
      for (int i = 0; i < 20000; ++i) {
        const uint64_t probe = i % 2 ? keys[rng.Below(keys.size())] : rng.Next() >> rng.Below(64);
        ASSERT_EQ(loaded->LowerBound(keys, probe), built->LowerBound(keys, probe)) << config.ToString();
        ASSERT_EQ(loaded->LowerBound(keys, probe),
                  static_cast<size_t>(std::lower_bound(keys.begin(), keys.end(), probe) - keys.begin()));
      }
    }
  }
}

TEST(SerializationTest, EmptyAndSingleKeyRoundTrip) {
  for (const std::vector<uint64_t>& keys : {std::vector<uint64_t>{}, std::vector<uint64_t>{42}}) {
    for (const auto& config : Configs()) {
      auto built = LearnedIndex::Build(keys, config);
      ASSERT_TRUE(built.ok());
      auto loaded = LearnedIndex::Deserialize(built->Serialize(), keys);
      ASSERT_TRUE(loaded.ok()) << config.ToString() << ": " << loaded.status().ToString();
      EXPECT_EQ(loaded->LowerBound(keys, 42), 0u);
      EXPECT_EQ(loaded->LowerBound(keys, 43), keys.size());
    }
  }
}

TEST(SerializationTest, TruncatedInputIsRejectedAtEveryLength) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kNormal, 3000, 1);
  for (const auto& config : Configs()) {
    auto built = LearnedIndex::Build(keys, config);
    ASSERT_TRUE(built.ok());
    const std::string bytes = built->Serialize();
    for (size_t length = 0; length < bytes.size(); ++length) {
      auto loaded = LearnedIndex::Deserialize(std::string_view(bytes).substr(0, length), keys);
      ASSERT_FALSE(loaded.ok()) << config.ToString() << " length " << length;
      EXPECT_EQ(loaded.status().sqlstate(), "XX001");
    }
    auto extended = LearnedIndex::Deserialize(bytes + "x", keys);
    EXPECT_FALSE(extended.ok());
  }
}

TEST(SerializationTest, CorruptBytesAreRejected) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kOsmLike, 3000, 1);
  testing::Random rng(77);
  for (const auto& config : Configs()) {
    auto built = LearnedIndex::Build(keys, config);
    ASSERT_TRUE(built.ok());
    const std::string bytes = built->Serialize();
    for (int trial = 0; trial < 2000; ++trial) {
      std::string damaged = bytes;
      const size_t flips = 1 + rng.Below(3);
      for (size_t f = 0; f < flips; ++f) damaged[rng.Below(damaged.size())] ^= static_cast<char>(1 + rng.Below(255));
      auto loaded = LearnedIndex::Deserialize(damaged, keys);
      ASSERT_FALSE(loaded.ok()) << config.ToString() << " trial " << trial;
      EXPECT_EQ(loaded.status().sqlstate(), "XX001");
    }
  }
}

// Payload corruption that keeps a valid checksum (as if written by a buggy
// writer): structural validation must still reject it or yield a usable
// index, never crash. Re-checksums after damaging the payload.
TEST(SerializationTest, StructurallyInvalidPayloadIsRejectedOrSafe) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kLognormal, 3000, 1);
  testing::Random rng(78);
  for (const auto& config : Configs()) {
    auto built = LearnedIndex::Build(keys, config);
    ASSERT_TRUE(built.ok());
    const std::string bytes = built->Serialize();
    const size_t header = 8 + 4 + 1 + 8 * 4;
    if (bytes.size() <= header + 8) continue;
    for (int trial = 0; trial < 3000; ++trial) {
      std::string damaged = bytes;
      const size_t pos = header + rng.Below(bytes.size() - 8 - header);
      damaged[pos] ^= static_cast<char>(1 + rng.Below(255));
      damaged.resize(damaged.size() - 8);
      const std::string resealed = LearnedIndex::ResealForTesting(damaged);
      auto loaded = LearnedIndex::Deserialize(resealed, keys);
      if (!loaded.ok()) {
        EXPECT_EQ(loaded.status().sqlstate(), "XX001");
        continue;
      }
      // Accepted: lookups must stay in bounds and exact (the verified
      // last-mile search repairs bad predictions).
      for (int i = 0; i < 200; ++i) {
        const uint64_t probe = rng.Below(2) ? keys[rng.Below(keys.size())] : rng.Next();
        ASSERT_EQ(loaded->LowerBound(keys, probe),
                  static_cast<size_t>(std::lower_bound(keys.begin(), keys.end(), probe) - keys.begin()));
      }
    }
  }
}

TEST(SerializationTest, MismatchedKeysAreRejected) {
  const auto keys = testing::GenerateKeys(testing::Distribution::kUniformSparse, 1000, 1);
  auto built = LearnedIndex::Build(keys, IndexConfig::Pgm(8));
  ASSERT_TRUE(built.ok());
  const std::string bytes = built->Serialize();
  std::vector<uint64_t> shorter(keys.begin(), keys.end() - 1);
  auto a = LearnedIndex::Deserialize(bytes, shorter);
  ASSERT_FALSE(a.ok());
  EXPECT_EQ(a.status().sqlstate(), "XX001");
  EXPECT_NE(a.status().message().find("built over 1000 keys"), std::string::npos) << a.status().message();
  std::vector<uint64_t> other = keys;
  other.back() += 1;
  EXPECT_FALSE(LearnedIndex::Deserialize(bytes, other).ok());
  EXPECT_FALSE(LearnedIndex::Deserialize("not an index at all", keys).ok());
  EXPECT_FALSE(LearnedIndex::Deserialize("", keys).ok());
}

}  // namespace
}  // namespace augur::index
