// numeric tests; every expected string was produced by PostgreSQL 15.
#include "types/numeric.h"

#include <gtest/gtest.h>

#include <boost/multiprecision/cpp_int.hpp>
#include <cstring>
#include <random>

#include "types/text_io.h"

namespace augur::types {
namespace {

Numeric N(std::string_view s, int32_t typmod = -1) {
  auto r = NumericFromString(s, typmod);
  EXPECT_TRUE(r.ok()) << s << ": " << r.status().ToString();
  return r.ok() ? *r : Numeric();
}
std::string S(const Result<Numeric>& r) { return r.ok() ? NumericToString(*r) : r.status().ToString(); }
std::string Hex(std::string_view b) {
  std::string out;
  AppendByteaHex(b, &out);
  return out;
}

TEST(NumericTest, ParseAndFormat) {
  EXPECT_EQ(S(NumericFromString(" +1.50e2 ")), "150");
  EXPECT_EQ(S(NumericFromString("1e-3")), "0.001");
  EXPECT_EQ(S(NumericFromString("-0.00")), "0.00");
  EXPECT_EQ(S(NumericFromString(".5")), "0.5");
  EXPECT_EQ(S(NumericFromString("5.")), "5");
  EXPECT_EQ(S(NumericFromString("inf")), "Infinity");
  EXPECT_EQ(S(NumericFromString("-INFINITY")), "-Infinity");
  EXPECT_EQ(S(NumericFromString(" NaN ")), "NaN");
  EXPECT_EQ(S(NumericFromString("12345678901234567890123456789012345678")),
            "12345678901234567890123456789012345678");
  EXPECT_EQ(S(NumericFromString("1 2")), "22P02: invalid input syntax for type numeric: \"1 2\"");
  EXPECT_EQ(S(NumericFromString("")), "22P02: invalid input syntax for type numeric: \"\"");
  EXPECT_EQ(S(NumericFromString("1e")), "22P02: invalid input syntax for type numeric: \"1e\"");
  EXPECT_EQ(S(NumericFromString("123456789012345678901234567890123456789")),
            "123456789012345678901234567890123456789");
  EXPECT_EQ(S(NumericFromString("1e131072")), "22003: value overflows numeric format");
  EXPECT_EQ(S(NumericFromString("1e-16384")), "22003: value overflows numeric format");
  EXPECT_EQ(S(NumericFromString("1e-16384", NumericTypmod(10, 2))), "22003: value overflows numeric format");
  EXPECT_EQ(S(NumericFromString("1e131072", NumericTypmod(10, 2))), "22003: value overflows numeric format");
  EXPECT_EQ(S(NumericFromString("1e1000000000")), "22003: value overflows numeric format");
  EXPECT_EQ(S(NumericFromString("1e-16383")), "0." + std::string(16382, '0') + "1");
  EXPECT_EQ(NumericToString(N("1e131071")), "1" + std::string(131071, '0'));
  EXPECT_EQ(S(NumericFromString("-0.0000000000000000000000000000000000000000")),
            "0.0000000000000000000000000000000000000000");
}

TEST(NumericTest, Typmod) {
  EXPECT_EQ(S(NumericFromString("12.345", NumericTypmod(4, 2))), "12.35");
  EXPECT_EQ(S(NumericFromString("150", NumericTypmod(2, -1))), "150");
  EXPECT_EQ(S(NumericFromString("155", NumericTypmod(2, -1))), "160");
  auto inf = NumericFromString("Infinity", NumericTypmod(4, 2));
  EXPECT_EQ(inf.status().ToString(), "22003: numeric field overflow");
  EXPECT_EQ(inf.status().detail(), "A field with precision 4, scale 2 cannot hold an infinite value.");
  auto small = NumericFromString("1.5", NumericTypmod(3, 5));
  EXPECT_EQ(small.status().detail(), "A field with precision 3, scale 5 must round to an absolute value less than 10^-2.");
  auto big = NumericFromString("123.4", NumericTypmod(4, 2));
  EXPECT_EQ(big.status().detail(), "A field with precision 4, scale 2 must round to an absolute value less than 10^2.");
  auto one = NumericFromString("1", NumericTypmod(2, 2));
  EXPECT_EQ(one.status().detail(), "A field with precision 2, scale 2 must round to an absolute value less than 1.");
  // Exponents far beyond the 512-bit intermediate round to zero (found by fuzzing).
  EXPECT_EQ(S(NumericFromString("1.5e-308", NumericTypmod(10, 3))), "0.000");
  EXPECT_EQ(S(NumericFromString("1", NumericTypmod(1000, -900))), "0");
  EXPECT_EQ(S(NumericFromString("1", NumericTypmod(1000, 500))), "1." + std::string(500, '0'));
  EXPECT_EQ(S(NumericFromString("1e-16383", NumericTypmod(10, 3))), "0.000");
  EXPECT_EQ(NumericFromString("1e131071", NumericTypmod(10, 2)).status().detail(),
            "A field with precision 10, scale 2 must round to an absolute value less than 10^8.");
  // Many digits that the typmod rounds away are fine.
  EXPECT_EQ(S(NumericFromString("1.23456789012345678901234567890123456789012", NumericTypmod(10, 2))), "1.23");
}

TEST(NumericTest, Arithmetic) {
  EXPECT_EQ(S(NumericAdd(N("1.50"), N("2.1"))), "3.60");
  EXPECT_EQ(S(NumericMul(N("1.5"), N("2.25"))), "3.375");
  EXPECT_EQ(S(NumericDiv(N("1"), N("3"))), "0.33333333333333333333");
  EXPECT_EQ(S(NumericDiv(N("10"), N("4"))), "2.5000000000000000");
  EXPECT_EQ(S(NumericDiv(N("1.0"), N("3"))), "0.33333333333333333333");
  EXPECT_EQ(S(NumericDiv(N("100000000000000000000"), N("3"))), "33333333333333333333");
  EXPECT_EQ(S(NumericDiv(N("2"), N("3000000"))), "0.000000666666666666666667");
  EXPECT_EQ(S(NumericMod(N("7.5"), N("2"))), "1.5");
  EXPECT_EQ(S(NumericMod(N("-7.5"), N("2"))), "-1.5");
  EXPECT_EQ(S(NumericMod(N("7"), N("-2.25"))), "0.25");
  EXPECT_EQ(S(NumericMul(N("0.00"), N("5"))), "0.00");
  EXPECT_EQ(S(NumericAdd(N("12345678901234567890123456789012345678"), N("1"))),
            "12345678901234567890123456789012345679");
  EXPECT_EQ(S(NumericMul(N("0.1"), N("0.001"))), "0.0001");
  EXPECT_EQ(S(NumericMul(N("99999999999999999999999999999999999999"), N("10"))),
            "999999999999999999999999999999999999990");
  EXPECT_EQ(S(NumericDiv(N("1"), N("0"))), "22012: division by zero");
  EXPECT_EQ(S(NumericDiv(N("1e37"), N("1e-38"))), "1" + std::string(75, '0') + "." + std::string(38, '0'));
  EXPECT_EQ(S(NumericDiv(N("1"), N("0.00000000000000000000000000000000000001"))),
            "1" + std::string(38, '0') + "." + std::string(38, '0'));
  EXPECT_EQ(S(NumericDiv(N("0.00000000000000000001"), N("0.00000000000000000003"))),
            "0.33333333333333333333");
  EXPECT_EQ(S(NumericDiv(N("inf"), N("0"))), "22012: division by zero");
  EXPECT_EQ(S(NumericMod(N("5.5"), N("0"))), "22012: division by zero");
  EXPECT_EQ(S(NumericSub(N("inf"), N("inf"))), "NaN");
  EXPECT_EQ(S(NumericMul(N("inf"), N("0"))), "NaN");
  EXPECT_EQ(S(NumericDiv(N("1"), N("inf"))), "0");
  EXPECT_EQ(S(NumericMod(N("5"), N("inf"))), "5");
  EXPECT_EQ(S(NumericMod(N("inf"), N("5"))), "NaN");
}

TEST(NumericTest, RoundingFunctions) {
  EXPECT_EQ(S(NumericRound(N("1.5"), 3)), "1.500");
  EXPECT_EQ(S(NumericRound(N("1255"), -1)), "1260");
  EXPECT_EQ(S(NumericRound(N("-2.5"), 0)), "-3");
  EXPECT_EQ(S(NumericRound(N("2.5"), 0)), "3");
  EXPECT_EQ(S(NumericRound(N("0.5"), -1)), "0");
  EXPECT_EQ(S(NumericRound(N("5"), -1)), "10");
  EXPECT_EQ(S(NumericTrunc(N("-2.57"), 1)), "-2.5");
  EXPECT_EQ(S(NumericTrunc(N("1255.5"), -2)), "1200");
  EXPECT_EQ(S(NumericCeil(N("1.01"))), "2");
  EXPECT_EQ(S(NumericFloor(N("-1.01"))), "-2");
  EXPECT_EQ(S(NumericCeil(N("-0.5"))), "0");
  EXPECT_EQ(S(NumericCeil(N("inf"))), "Infinity");
  EXPECT_EQ(S(NumericRound(N("nan"), 2)), "NaN");
  EXPECT_EQ(NumericToString(NumericSign(N("-3.50"))), "-1");
  EXPECT_EQ(NumericToString(NumericSign(N("0.0"))), "0");
  EXPECT_EQ(NumericToString(NumericSign(N("-inf"))), "-1");
  EXPECT_EQ(NumericToString(NumericAbs(N("-1.50"))), "1.50");
  EXPECT_EQ(NumericToString(NumericAbs(N("-inf"))), "Infinity");
}

TEST(NumericTest, Compare) {
  EXPECT_EQ(NumericCompare(N("1.5"), N("1.50")), 0);
  EXPECT_EQ(NumericHash(N("1.5")), NumericHash(N("1.50")));
  EXPECT_EQ(NumericHash(N("0")), NumericHash(N("0.000")));
  EXPECT_LT(NumericCompare(N("1.49"), N("1.5")), 0);
  EXPECT_GT(NumericCompare(N("nan"), N("inf")), 0);
  EXPECT_EQ(NumericCompare(N("nan"), N("nan")), 0);
  EXPECT_LT(NumericCompare(N("-inf"), N("-99999999999999999999")), 0);
  EXPECT_GT(NumericCompare(N("inf"), N("99999999999999999999")), 0);
  EXPECT_LT(NumericCompare(N("-1"), N("0.5")), 0);
}

TEST(NumericTest, Conversions) {
  EXPECT_EQ(*NumericToInt32(N("2.5")), 3);
  EXPECT_EQ(*NumericToInt16(N("-2.5")), -3);
  EXPECT_EQ(*NumericToInt64(N("1e10")), 10000000000LL);
  EXPECT_EQ(NumericToInt32(N("1e10")).status().ToString(), "22003: integer out of range");
  EXPECT_EQ(NumericToInt16(N("1e5")).status().ToString(), "22003: smallint out of range");
  EXPECT_EQ(NumericToInt64(N("1e20")).status().ToString(), "22003: bigint out of range");
  EXPECT_EQ(NumericToInt32(N("nan")).status().ToString(), "0A000: cannot convert NaN to integer");
  EXPECT_EQ(NumericToInt64(N("inf")).status().ToString(), "0A000: cannot convert infinity to bigint");
  EXPECT_EQ(S(NumericFromDouble(1.5)), "1.5");
  EXPECT_EQ(S(NumericFromDouble(0.1)), "0.1");
  EXPECT_EQ(S(NumericFromDouble(1.0 / 3)), "0.333333333333333");
  EXPECT_EQ(S(NumericFromFloat(0.1f)), "0.1");
  EXPECT_EQ(S(NumericFromDouble(1e20)), "100000000000000000000");
  EXPECT_DOUBLE_EQ(NumericToDouble(N("0.1")), 0.1);
  EXPECT_EQ(NumericToString(NumericFromInt64(INT64_MIN)), "-9223372036854775808");
}

TEST(NumericTest, BinaryMatchesNumericSend) {
  auto send = [](std::string_view s) {
    std::string out;
    NumericSend(N(s), &out);
    return Hex(out);
  };
  EXPECT_EQ(send("12.50"), "\\x0002000000000002000c1388");
  EXPECT_EQ(send("-0.001"), "\\x0001ffff40000003000a");
  EXPECT_EQ(send("0.00"), "\\x0000000000000002");
  EXPECT_EQ(send("10000"), "\\x00010001000000000001");
  EXPECT_EQ(send("123456789.123456789"), "\\x0006000200000009000109291a8504d2162e2328");
  EXPECT_EQ(send("nan"), "\\x00000000c0000000");
  EXPECT_EQ(send("-inf"), "\\x00000000f0000020");
  EXPECT_EQ(send("inf"), "\\x00000000d0000020");
  EXPECT_EQ(send("1e20"), "\\x00010005000000000001");
  for (std::string_view s : {"12.50", "-0.001", "0.00", "10000", "123456789.123456789", "1e20", "-inf", "nan",
                             "12345678901234567890123456789012345678", "0.00000000000000000000000000000000000001"}) {
    std::string out;
    NumericSend(N(s), &out);
    auto back = NumericRecv(out);
    ASSERT_TRUE(back.ok()) << s;
    EXPECT_EQ(NumericToString(*back), NumericToString(N(s)));
  }
  std::string bad_sign = std::string("\x00\x00\x00\x00\x12\x34\x00\x00", 8);
  EXPECT_EQ(NumericRecv(bad_sign).status().ToString(), "22P03: invalid sign in external \"numeric\" value");
  std::string bad_digit = std::string("\x00\x01\x00\x00\x00\x00\x00\x00\x27\x10", 10);
  EXPECT_EQ(NumericRecv(bad_digit).status().ToString(), "22P03: invalid digit in external \"numeric\" value");
  // dscale smaller than the digits: truncated as PostgreSQL's trunc_var does (12.5 sent as 12.5000 dscale 0).
  std::string hidden = std::string("\x00\x02\x00\x00\x00\x00\x00\x00\x00\x0c\x13\x88", 12);
  EXPECT_EQ(NumericToString(*NumericRecv(hidden)), "12");
}

// Values beyond 38 digits / scale 38 (the big form); expectations from PostgreSQL 15.
TEST(NumericBigTest, ArithmeticAndRounding) {
  EXPECT_TRUE(N("1e40").is_big());
  EXPECT_TRUE(N("0.0000000000000000000000000000000000000000").is_big());
  EXPECT_TRUE(N("12345678901234567890123456789012345678").is_small());
  EXPECT_EQ(S(NumericMod(N("1e40"), N("7"))), "4");
  EXPECT_EQ(S(NumericDiv(*NumericAdd(N("1e40"), N("1")), N("3"))), "3333333333333333333333333333333333333334");
  EXPECT_EQ(S(NumericMul(N("1e-30"), N("1e-30"))), "0." + std::string(59, '0') + "1");
  EXPECT_EQ(S(NumericRound(*NumericAdd(N("1e40"), N("0.5")), 0)), "10000000000000000000000000000000000000001");
  EXPECT_EQ(S(NumericTrunc(*NumericSub(N("-1e40"), N("0.5")), 0)), "-10000000000000000000000000000000000000000");
  EXPECT_EQ(S(NumericCeil(*NumericAdd(N("1e40"), N("0.1")))), "10000000000000000000000000000000000000001");
  EXPECT_EQ(S(NumericFloor(*NumericSub(N("-1e40"), N("0.1")))), "-10000000000000000000000000000000000000001");
  EXPECT_EQ(S(NumericRound(N("123456789012345678901234567890123456789.56789"), 3)),
            "123456789012345678901234567890123456789.568");
  EXPECT_EQ(S(NumericRound(N("123456789012345678901234567890123456789.5"), -5)),
            "123456789012345678901234567890123500000");
  // Results that come back under 38 digits return to the inline form.
  Result<Numeric> back = NumericSub(*NumericAdd(N("1e40"), N("1.5")), N("1e40"));
  ASSERT_TRUE(back.ok());
  EXPECT_TRUE(back->is_small());
  EXPECT_EQ(NumericToString(*back), "1.5");
  EXPECT_EQ(NumericToString(NumericAbs(N("-1e40"))), "1" + std::string(40, '0'));
  EXPECT_EQ(NumericToString(NumericSign(N("-1e40"))), "-1");
  EXPECT_EQ(NumericToString(NumericNegate(N("1e40"))), "-1" + std::string(40, '0'));
  EXPECT_EQ(NumericToInt64(N("1e40")).status().ToString(), "22003: bigint out of range");
  EXPECT_EQ(*NumericToInt64(N("12.000000000000000000000000000000000000000000000")), 12);
  EXPECT_EQ(NumericToFloat8(N("1e400")).status().ToString().substr(0, 10), "22003: \"10");
  EXPECT_DOUBLE_EQ(*NumericToFloat8(N("1e100")), 1e100);
  EXPECT_EQ(S(NumericFromDouble(1e300)), "1" + std::string(300, '0'));
  EXPECT_EQ(S(NumericMul(N("1e131071"), N("10"))), "22003: value overflows numeric format");
}

TEST(NumericBigTest, BinaryMatchesNumericSend) {
  auto send = [](std::string_view s) {
    std::string out;
    NumericSend(N(s), &out);
    return Hex(out);
  };
  EXPECT_EQ(send("1e40"), "\\x0001000a000000000001");
  EXPECT_EQ(send("-123456789012345678901234567890123456789.5"),
            "\\x000b000940000001007b11d722c509291a85007b11d722c509291a851388");
  EXPECT_EQ(send("1e-50"), "\\x0001fff3000000320064");
  EXPECT_EQ(send("0.0000000000000000000000000000000000000000"), "\\x0000000000000028");
  for (std::string_view s : {"1e40", "-123456789012345678901234567890123456789.5", "1e-50",
                             "0.0000000000000000000000000000000000000000", "1e1000", "-1.5e-300"}) {
    std::string out;
    NumericSend(N(s), &out);
    auto back = NumericRecv(out);
    ASSERT_TRUE(back.ok()) << s;
    EXPECT_EQ(NumericToString(*back), NumericToString(N(s)));
    EXPECT_EQ(NumericCompare(*back, N(s)), 0);
  }
}

// Random values of 1..80 digits and scale 0..60 exercise both forms and the
// boundary between them; an independent cpp_int model is the oracle.
TEST(NumericBigTest, RandomizedAgainstIntegerModel) {
  using Big = boost::multiprecision::cpp_int;
  std::mt19937_64 rng(12345);
  struct Model {
    Big coefficient;
    int scale;
    std::string text;
  };
  auto format = [](const Big& c, int scale) {
    std::string digits = (c < 0 ? Big(-c) : c).str();
    if (static_cast<int>(digits.size()) <= scale) digits.insert(0, scale + 1 - digits.size(), '0');
    std::string out = c < 0 ? "-" : "";
    out += digits.substr(0, digits.size() - scale);
    if (scale > 0) out += "." + digits.substr(digits.size() - scale);
    return out;
  };
  auto random_model = [&]() {
    int length = 1 + static_cast<int>(rng() % 80);
    std::string digits;
    for (int i = 0; i < length; ++i) digits.push_back(static_cast<char>('0' + rng() % 10));
    if (rng() % 8 == 0) digits = std::to_string(rng() % 1000);  // small values often
    Big c(digits.find_first_not_of('0') == std::string::npos ? std::string("0")
                                                              : digits.substr(digits.find_first_not_of('0')));
    if (rng() % 2) c = -c;
    int scale = static_cast<int>(rng() % 61);
    return Model{c, scale, format(c, scale)};
  };
  auto pow10 = [](int k) -> Big { return boost::multiprecision::pow(Big(10), static_cast<unsigned>(k)); };
  auto compare = [&](const Model& a, const Model& b) {
    int s = std::max(a.scale, b.scale);
    Big x = a.coefficient * pow10(s - a.scale), y = b.coefficient * pow10(s - b.scale);
    return x < y ? -1 : (x > y ? 1 : 0);
  };
  auto key = [](const Numeric& n) {
    std::string k;
    AppendNumericKey(n, &k);
    return k;
  };
  for (int i = 0; i < 3000; ++i) {
    Model ma = random_model(), mb = random_model();
    Numeric a = N(ma.text), b = N(mb.text);
    ASSERT_EQ(NumericToString(a), ma.text);
    // Inline exactly when it fits.
    Big mag = ma.coefficient < 0 ? Big(-ma.coefficient) : ma.coefficient;
    ASSERT_EQ(a.is_small(), ma.scale <= 38 && mag < pow10(38)) << ma.text;
    int s = std::max(ma.scale, mb.scale);
    Big x = ma.coefficient * pow10(s - ma.scale), y = mb.coefficient * pow10(s - mb.scale);
    ASSERT_EQ(S(NumericAdd(a, b)), format(x + y, s)) << ma.text << " + " << mb.text;
    ASSERT_EQ(S(NumericSub(a, b)), format(x - y, s)) << ma.text << " - " << mb.text;
    ASSERT_EQ(S(NumericMul(a, b)), format(ma.coefficient * mb.coefficient, ma.scale + mb.scale))
        << ma.text << " * " << mb.text;
    if (y != 0) {
      ASSERT_EQ(S(NumericMod(a, b)), format(x % y, s)) << ma.text << " % " << mb.text;
    }
    // Comparison, key order and hashing agree with the model, across forms.
    int expected = compare(ma, mb);
    ASSERT_EQ(NumericCompare(a, b), expected) << ma.text << " vs " << mb.text;
    int key_order = key(a) < key(b) ? -1 : (key(a) > key(b) ? 1 : 0);
    ASSERT_EQ(key_order, expected) << ma.text << " vs " << mb.text;
    // The same value with 0..45 extra trailing zeros (possibly the other form).
    int extra = static_cast<int>(rng() % 46);
    Numeric padded = N(format(ma.coefficient * pow10(extra), ma.scale + extra));
    ASSERT_EQ(NumericCompare(a, padded), 0) << ma.text;
    ASSERT_EQ(NumericHash(a), NumericHash(padded)) << ma.text;
    ASSERT_EQ(key(a), key(padded)) << ma.text;
    Numeric na = NumericNormalize(a), np = NumericNormalize(padded);
    ASSERT_EQ(std::memcmp(&na, &np, sizeof(Numeric)), 0) << ma.text;
    // Binary round trip.
    std::string wire;
    NumericSend(a, &wire);
    auto back = NumericRecv(wire);
    ASSERT_TRUE(back.ok());
    ASSERT_EQ(NumericToString(*back), ma.text);
  }
}

}  // namespace
}  // namespace augur::types
