// Tests for the memcomparable key encoding: round trips, and randomized
// checks that memcmp order of encodings equals PostgreSQL value order.
#include "common/key_codec.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>
#include <string>
#include <vector>

namespace augur::common {
namespace {

int Sign(int x) { return (x > 0) - (x < 0); }
int CompareKeys(const std::string& a, const std::string& b) { return Sign(a.compare(b)); }

template <typename T>
int Cmp(T a, T b) {
  return (a > b) - (a < b);
}

std::string EncInt64(int64_t v) {
  std::string s;
  AppendKeyInt64(&s, v);
  return s;
}

TEST(KeyCodecTest, IntegersRoundTripAndOrder) {
  std::mt19937_64 rng(42);
  std::vector<int64_t> values = {INT64_MIN, INT64_MIN + 1, -1, 0, 1, INT64_MAX - 1, INT64_MAX};
  for (int i = 0; i < 2000; ++i) values.push_back(static_cast<int64_t>(rng()) >> (rng() % 64));
  for (int64_t a : values) {
    std::string ea = EncInt64(a);
    KeyReader reader(ea);
    ASSERT_FALSE(*reader.ReadNullMarker());
    ASSERT_EQ(*reader.ReadInt64(), a);
    ASSERT_TRUE(reader.AtEnd());
  }
  for (size_t i = 0; i + 1 < values.size(); ++i) {
    ASSERT_EQ(CompareKeys(EncInt64(values[i]), EncInt64(values[i + 1])), Cmp(values[i], values[i + 1]))
        << values[i] << " vs " << values[i + 1];
  }
  for (int i = 0; i < 2000; ++i) {
    int32_t a = static_cast<int32_t>(rng()), b = static_cast<int32_t>(rng() >> (rng() % 32));
    std::string ea, eb;
    AppendKeyInt32(&ea, a);
    AppendKeyInt32(&eb, b);
    ASSERT_EQ(CompareKeys(ea, eb), Cmp(a, b));
    int16_t c = static_cast<int16_t>(rng()), d = static_cast<int16_t>(rng());
    std::string ec, ed;
    AppendKeyInt16(&ec, c);
    AppendKeyInt16(&ed, d);
    ASSERT_EQ(CompareKeys(ec, ed), Cmp(c, d));
    KeyReader r(ec);
    ASSERT_FALSE(*r.ReadNullMarker());
    ASSERT_EQ(*r.ReadInt16(), c);
  }
}

TEST(KeyCodecTest, NullSortsLast) {
  std::string null_key, max_key, text_key;
  AppendKeyNull(&null_key);
  AppendKeyInt64(&max_key, INT64_MAX);
  AppendKeyBytes(&text_key, "\xff\xff\xff");
  EXPECT_GT(null_key, max_key);
  EXPECT_GT(null_key, text_key);
  KeyReader reader(null_key);
  EXPECT_TRUE(*reader.ReadNullMarker());
  EXPECT_TRUE(reader.AtEnd());
}

std::string EncDouble(double v) {
  std::string s;
  AppendKeyFloat64(&s, v);
  return s;
}

// PostgreSQL float comparison: NaN equals NaN and is greater than everything.
int PgCmp(double a, double b) {
  if (std::isnan(a)) return std::isnan(b) ? 0 : 1;
  if (std::isnan(b)) return -1;
  return Cmp(a, b);
}

TEST(KeyCodecTest, FloatsOrderLikePostgres) {
  const double inf = std::numeric_limits<double>::infinity();
  const double nan = std::numeric_limits<double>::quiet_NaN();
  std::vector<double> values = {-inf, -1e308, -1.5, -std::numeric_limits<double>::denorm_min(), -0.0, 0.0,
                                std::numeric_limits<double>::denorm_min(), 1.5, 1e308, inf, nan, -nan};
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> dist(-1e6, 1e6);
  for (int i = 0; i < 500; ++i) values.push_back(dist(rng));
  for (double a : values) {
    for (double b : values) {
      ASSERT_EQ(CompareKeys(EncDouble(a), EncDouble(b)), PgCmp(a, b)) << a << " vs " << b;
    }
    const std::string encoded = EncDouble(a);
    KeyReader reader(encoded);
    (void)*reader.ReadNullMarker();
    double back = *reader.ReadFloat64();
    if (std::isnan(a)) {
      EXPECT_TRUE(std::isnan(back));
    } else {
      EXPECT_EQ(back, a);
    }
  }
  EXPECT_EQ(EncDouble(-0.0), EncDouble(0.0));
  std::string f1, f2;
  AppendKeyFloat32(&f1, -2.5f);
  AppendKeyFloat32(&f2, std::numeric_limits<float>::quiet_NaN());
  EXPECT_LT(f1, f2);
  KeyReader r(f1);
  (void)*r.ReadNullMarker();
  EXPECT_EQ(*r.ReadFloat32(), -2.5f);
}

std::string EncBytes(std::string_view v) {
  std::string s;
  AppendKeyBytes(&s, v);
  return s;
}

std::string RandomBytes(std::mt19937_64& rng) {
  static const char alphabet[] = {'\0', '\1', 'a', 'b', '\xfe', '\xff'};
  std::string s(rng() % 5, ' ');
  for (char& c : s) c = alphabet[rng() % sizeof(alphabet)];
  return s;
}

TEST(KeyCodecTest, BytesRoundTripAndOrder) {
  std::mt19937_64 rng(3);
  std::vector<std::string> values = {"", std::string("\0", 1), std::string("\0\0", 2), "a", "ab",
                                     std::string("a\0", 2), "\xff", "b"};
  for (int i = 0; i < 300; ++i) values.push_back(RandomBytes(rng));
  for (const auto& a : values) {
    std::string decoded;
    const std::string encoded = EncBytes(a);
    KeyReader reader(encoded);
    ASSERT_FALSE(*reader.ReadNullMarker());
    ASSERT_TRUE(reader.ReadBytes(&decoded).ok());
    ASSERT_EQ(decoded, a);
    ASSERT_TRUE(reader.AtEnd());
    for (const auto& b : values) ASSERT_EQ(CompareKeys(EncBytes(a), EncBytes(b)), Sign(a.compare(b)));
  }
}

TEST(KeyCodecTest, CompositeKeysCompareColumnByColumn) {
  // (text, int8, text) tuples: encoded concatenation order == tuple order,
  // even when one text is a prefix of another.
  std::mt19937_64 rng(11);
  struct Tuple {
    std::string a;
    int64_t b;
    std::string c;
    bool b_null;
  };
  std::vector<Tuple> tuples;
  for (int i = 0; i < 400; ++i) {
    tuples.push_back({RandomBytes(rng), static_cast<int64_t>(rng() % 5) - 2, RandomBytes(rng), rng() % 7 == 0});
  }
  auto encode = [](const Tuple& t) {
    std::string s;
    AppendKeyBytes(&s, t.a);
    if (t.b_null) {
      AppendKeyNull(&s);
    } else {
      AppendKeyInt64(&s, t.b);
    }
    AppendKeyBytes(&s, t.c);
    return s;
  };
  auto compare = [](const Tuple& x, const Tuple& y) {
    if (int c = Sign(x.a.compare(y.a))) return c;
    if (x.b_null != y.b_null) return x.b_null ? 1 : -1;  // NULLS LAST
    if (!x.b_null) {
      if (int c = Cmp(x.b, y.b)) return c;
    }
    return Sign(x.c.compare(y.c));
  };
  for (const auto& x : tuples) {
    for (const auto& y : tuples) ASSERT_EQ(CompareKeys(encode(x), encode(y)), compare(x, y));
  }
}

struct Num {
  KeyNumericKind kind;
  key_int128_t coefficient;
  int32_t scale;
};

std::string EncNum(const Num& n) {
  std::string s;
  AppendKeyNumeric(&s, n.kind, n.coefficient, n.scale);
  return s;
}

key_int128_t Pow10(int n) {
  key_int128_t r = 1;
  while (n-- > 0) r *= 10;
  return r;
}

// Reference comparison: NaN > +inf > finite > -inf; finite compared exactly.
int CompareNum(const Num& x, const Num& y) {
  auto rank = [](const Num& n) {
    switch (n.kind) {
      case KeyNumericKind::kNegativeInfinity: return 0;
      case KeyNumericKind::kFinite: return 1;
      case KeyNumericKind::kPositiveInfinity: return 2;
      case KeyNumericKind::kNaN: return 3;
    }
    return -1;
  };
  if (rank(x) != rank(y) || x.kind != KeyNumericKind::kFinite) return Cmp(rank(x), rank(y));
  // Exact: compare sign, then the magnitudes as aligned decimal strings.
  auto sign = [](key_int128_t c) { return (c > 0) - (c < 0); };
  if (sign(x.coefficient) != sign(y.coefficient)) return Cmp(sign(x.coefficient), sign(y.coefficient));
  auto digits = [](key_int128_t c, int scale, int int_width, int frac_width) {
    unsigned __int128 m = c < 0 ? -static_cast<unsigned __int128>(c) : static_cast<unsigned __int128>(c);
    std::string s;
    do {
      s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(m % 10)));
      m /= 10;
    } while (m != 0);
    if (scale < 0) {
      s.append(-scale, '0');
      scale = 0;
    }
    if (static_cast<int>(s.size()) <= scale) s.insert(0, scale - s.size() + 1, '0');
    std::string int_part = s.substr(0, s.size() - scale), frac_part = s.substr(s.size() - scale);
    return std::string(int_width - int_part.size(), '0') + int_part + frac_part + std::string(frac_width - scale, '0');
  };
  const int frac_width = std::max({x.scale, y.scale, 0});
  const int int_width = 45;
  int c = Sign(digits(x.coefficient, x.scale, int_width, frac_width).compare(
      digits(y.coefficient, y.scale, int_width, frac_width)));
  return sign(x.coefficient) < 0 ? -c : c;
}

TEST(KeyCodecTest, NumericOrderAndCanonicalForm) {
  // 1.0, 1.00 and 1 encode identically; order is numeric.
  EXPECT_EQ(EncNum({KeyNumericKind::kFinite, 10, 1}), EncNum({KeyNumericKind::kFinite, 100, 2}));
  EXPECT_EQ(EncNum({KeyNumericKind::kFinite, 10, 1}), EncNum({KeyNumericKind::kFinite, 1, 0}));
  EXPECT_EQ(EncNum({KeyNumericKind::kFinite, 0, 5}), EncNum({KeyNumericKind::kFinite, 0, 0}));
  std::mt19937_64 rng(5);
  std::vector<Num> values = {{KeyNumericKind::kNaN, 0, 0},
                             {KeyNumericKind::kPositiveInfinity, 0, 0},
                             {KeyNumericKind::kNegativeInfinity, 0, 0},
                             {KeyNumericKind::kFinite, 0, 0},
                             {KeyNumericKind::kFinite, 1, 0},
                             {KeyNumericKind::kFinite, -1, 0},
                             {KeyNumericKind::kFinite, 105, 2},
                             {KeyNumericKind::kFinite, 11, 1},
                             {KeyNumericKind::kFinite, Pow10(37) * 9, 0},
                             {KeyNumericKind::kFinite, -(Pow10(38) - 1), 38}};
  for (int i = 0; i < 600; ++i) {
    key_int128_t c = static_cast<int64_t>(rng() >> (rng() % 64));
    if (rng() % 2) c = -c;
    if (rng() % 5 == 0) c *= Pow10(static_cast<int>(rng() % 4));
    values.push_back({KeyNumericKind::kFinite, c, static_cast<int32_t>(rng() % 8)});
  }
  for (const auto& x : values) {
    std::string ex = EncNum(x);
    KeyReader reader(ex);
    ASSERT_FALSE(*reader.ReadNullMarker());
    auto parts = reader.ReadNumeric();
    ASSERT_TRUE(parts.ok()) << parts.status().ToString();
    ASSERT_TRUE(reader.AtEnd());
    Num back{parts->kind, parts->coefficient, parts->scale};
    ASSERT_EQ(CompareNum(back, x), 0);
    ASSERT_EQ(EncNum(back), ex);
    for (const auto& y : values) {
      ASSERT_EQ(CompareKeys(ex, EncNum(y)), CompareNum(x, y))
          << static_cast<int64_t>(x.coefficient) << "e-" << x.scale << " vs " << static_cast<int64_t>(y.coefficient)
          << "e-" << y.scale;
    }
  }
}

TEST(KeyCodecTest, IntervalComparesBySpan) {
  std::string month, thirty_days, day, hours25;
  AppendKeyInterval(&month, 0, 0, 1);
  AppendKeyInterval(&thirty_days, 0, 30, 0);
  AppendKeyInterval(&day, 0, 1, 0);
  AppendKeyInterval(&hours25, 25LL * 3600 * 1000000, 0, 0);
  EXPECT_EQ(month, thirty_days);
  EXPECT_LT(day, hours25);
  std::string negative;
  AppendKeyInterval(&negative, -1, 0, 0);
  EXPECT_LT(negative, day);
  KeyReader reader(hours25);
  (void)*reader.ReadNullMarker();
  auto parts = *reader.ReadInterval();
  EXPECT_EQ(parts.months, 0);
  EXPECT_EQ(parts.days, 1);
  EXPECT_EQ(parts.time_us, 3600LL * 1000000);
}

TEST(KeyCodecTest, UuidBoolCharUint32) {
  uint8_t a[16] = {0}, b[16] = {0};
  b[15] = 1;
  std::string ea, eb;
  AppendKeyUuid(&ea, a);
  AppendKeyUuid(&eb, b);
  EXPECT_LT(ea, eb);
  uint8_t back[16];
  KeyReader reader(eb);
  (void)*reader.ReadNullMarker();
  ASSERT_TRUE(reader.ReadUuid(back).ok());
  EXPECT_EQ(back[15], 1);
  std::string f, t;
  AppendKeyBool(&f, false);
  AppendKeyBool(&t, true);
  EXPECT_LT(f, t);
  std::string c1, c2;
  AppendKeyChar(&c1, 'a');
  AppendKeyChar(&c2, '\xe9');  // "char" compares unsigned
  EXPECT_LT(c1, c2);
  std::string u1, u2;
  AppendKeyUint32(&u1, 5);
  AppendKeyUint32(&u2, 0x80000000u);
  EXPECT_LT(u1, u2);
}

TEST(KeyCodecTest, CorruptInputReturnsStatus) {
  std::string empty;
  KeyReader r0(empty);
  EXPECT_EQ(r0.ReadNullMarker().status().sqlstate(), sqlstate::kDataCorrupted);

  std::string truncated = EncInt64(5).substr(0, 5);
  KeyReader r1(truncated);
  (void)*r1.ReadNullMarker();
  EXPECT_FALSE(r1.ReadInt64().ok());

  std::string bad_marker = "\x07";
  KeyReader r2(bad_marker);
  EXPECT_FALSE(r2.ReadNullMarker().ok());

  std::string unterminated = EncBytes("abc");
  unterminated.pop_back();
  KeyReader r3(unterminated);
  (void)*r3.ReadNullMarker();
  std::string out;
  EXPECT_FALSE(r3.ReadBytes(&out).ok());

  std::string bad_escape = std::string("\x01" "a\0\x05", 4);
  KeyReader r4(bad_escape);
  (void)*r4.ReadNullMarker();
  EXPECT_FALSE(r4.ReadBytes(&out).ok());

  std::string numeric = EncNum({KeyNumericKind::kFinite, 12345, 2});
  const std::string truncated_numeric = numeric.substr(0, numeric.size() - 1);
  KeyReader r5(truncated_numeric);
  (void)*r5.ReadNullMarker();
  EXPECT_FALSE(r5.ReadNumeric().ok());
  std::string bad_class = "\x01\x09";
  KeyReader r6(bad_class);
  (void)*r6.ReadNullMarker();
  EXPECT_FALSE(r6.ReadNumeric().ok());
  // An endless run of continuation digits must stop at the digit limit.
  std::string endless = "\x01\x04" + std::string("\x80\x00\x00\x01", 4) + std::string(60, '\x17');
  KeyReader r7(endless);
  (void)*r7.ReadNullMarker();
  EXPECT_FALSE(r7.ReadNumeric().ok());

  // Random garbage never crashes the skipper.
  std::mt19937_64 rng(9);
  for (int i = 0; i < 2000; ++i) {
    std::string garbage(rng() % 12, ' ');
    for (char& c : garbage) c = static_cast<char>(rng());
    KeyReader r(garbage);
    r.SkipPayload(static_cast<int>(rng() % 3) - 1).IgnoreError();
    EXPECT_LE(r.position(), garbage.size());
  }
}

TEST(KeyCodecTest, PrefixSuccessorAndId) {
  EXPECT_EQ(KeyPrefixSuccessor("ab"), "ac");
  EXPECT_EQ(KeyPrefixSuccessor(std::string("a\xff", 2)), "b");
  EXPECT_EQ(KeyPrefixSuccessor("\xff\xff"), "");
  std::string id;
  AppendKeyId(&id, 16384);
  EXPECT_EQ(DecodeKeyId(id), 16384u);
  std::string id2;
  AppendKeyId(&id2, 16385);
  EXPECT_LT(id, id2);
}

}  // namespace
}  // namespace augur::common
