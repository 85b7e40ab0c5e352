// Comparison, hashing and numeric sort-key tests (orderings as PostgreSQL's
// btree operator classes give them).
#include "types/compare.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <random>

#include "types/numeric.h"
#include "types/text_io.h"

namespace augur::types {
namespace {

Value V(std::string_view text, uint32_t oid, int32_t typmod = -1) {
  auto v = ParseText(text, SqlType{oid, typmod});
  EXPECT_TRUE(v.ok()) << v.status().ToString();
  return *v;
}

TEST(CompareTest, Values) {
  EXPECT_EQ(CompareValues(V("1.5", kNumericOid), V("1.50", kNumericOid)), 0);
  EXPECT_EQ(HashValue(V("1.5", kNumericOid)), HashValue(V("1.50", kNumericOid)));
  EXPECT_EQ(CompareValues(V("ab", kBpcharOid, CharTypmod(4)), V("ab", kBpcharOid, CharTypmod(2))), 0);
  EXPECT_EQ(HashValue(V("ab", kBpcharOid, CharTypmod(4))), HashValue(V("ab", kBpcharOid, CharTypmod(2))));
  EXPECT_LT(CompareValues(V("ab", kTextOid), V("ab ", kTextOid)), 0);
  EXPECT_LT(CompareValues(V("B", kTextOid), V("a", kTextOid)), 0);  // C collation
  EXPECT_EQ(CompareValues(V("-0", kFloat8Oid), V("0", kFloat8Oid)), 0);
  EXPECT_EQ(HashValue(V("-0", kFloat8Oid)), HashValue(V("0", kFloat8Oid)));
  EXPECT_GT(CompareValues(V("NaN", kFloat8Oid), V("Infinity", kFloat8Oid)), 0);
  EXPECT_EQ(CompareValues(V("1 mon", kIntervalOid), V("30 days", kIntervalOid)), 0);
  EXPECT_EQ(HashValue(V("1 mon", kIntervalOid)), HashValue(V("30 days", kIntervalOid)));
  EXPECT_LT(CompareValues(V("f", kBoolOid), V("t", kBoolOid)), 0);
  EXPECT_GT(CompareValues(Value::Null(SqlType::Of(kInt4Oid)), Value::Int4(5)), 0);
}

TEST(CompareTest, NumericSortKeyOrdersLikeNumericCompare) {
  std::vector<std::string> texts = {"-Infinity", "-1e30", "-100", "-12.5", "-12.45", "-1.5", "-1.25", "-1", "-0.5",
                                    "-0.05", "0", "0.000", "0.001", "0.01", "0.1", "0.10", "1", "1.0", "1.05",
                                    "1.5", "9.99", "10", "99", "100", "1e20", "Infinity", "NaN"};
  std::mt19937 rng(7);
  for (int i = 0; i < 300; ++i) {
    std::uniform_int_distribution<int64_t> c(-1000000, 1000000);
    std::uniform_int_distribution<int> s(0, 6);
    texts.push_back(NumericToString(Numeric::Finite(c(rng), static_cast<int16_t>(s(rng)))));
  }
  for (const auto& x : texts) {
    for (const auto& y : texts) {
      Numeric a = *NumericFromString(x), b = *NumericFromString(y);
      std::string ka, kb;
      AppendNumericSortKey(a, &ka);
      AppendNumericSortKey(b, &kb);
      int key_order = ka < kb ? -1 : (ka > kb ? 1 : 0);
      ASSERT_EQ(key_order, NumericCompare(a, b)) << x << " vs " << y;
    }
  }
}

}  // namespace
}  // namespace augur::types
