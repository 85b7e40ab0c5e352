// Tests for func_math.h. Expected values were produced by PostgreSQL 15.18 for
// the SQL expression quoted above each line (float8 results compare exactly,
// bit for bit after parsing PostgreSQL's shortest-round-trip output).
#include "types/func_math.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>
#include <string>

namespace augur::types {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

// A test-only numeric literal parser ("-12.50", "1e-10", "NaN", "Infinity").
Numeric N(std::string_view text) {
  if (text == "NaN") return Numeric::Special(NumericKind::kNaN);
  if (text == "Infinity") return Numeric::Special(NumericKind::kPositiveInfinity);
  if (text == "-Infinity") return Numeric::Special(NumericKind::kNegativeInfinity);
  bool negative = !text.empty() && text[0] == '-';
  if (negative) text.remove_prefix(1);
  int128_t coefficient = 0;
  int scale = 0;
  bool after_point = false;
  size_t i = 0;
  for (; i < text.size() && text[i] != 'e'; ++i) {
    if (text[i] == '.') {
      after_point = true;
      continue;
    }
    coefficient = coefficient * 10 + (text[i] - '0');
    scale += after_point;
  }
  if (i < text.size()) {
    int exponent = std::atoi(std::string(text.substr(i + 1)).c_str());
    scale -= exponent;
    while (scale < 0) {
      coefficient *= 10;
      ++scale;
    }
  }
  return Numeric::Finite(negative ? -coefficient : coefficient, static_cast<int16_t>(scale));
}

// A test-only numeric formatter with PostgreSQL's output rules.
std::string Text(const Numeric& n) {
  if (n.kind == NumericKind::kNaN) return "NaN";
  if (n.kind == NumericKind::kPositiveInfinity) return "Infinity";
  if (n.kind == NumericKind::kNegativeInfinity) return "-Infinity";
  uint128_t v = n.coefficient < 0 ? -static_cast<uint128_t>(n.coefficient) : static_cast<uint128_t>(n.coefficient);
  std::string digits;
  do {
    digits.insert(digits.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
    v /= 10;
  } while (v != 0);
  while (static_cast<int>(digits.size()) <= n.scale) digits.insert(digits.begin(), '0');
  if (n.scale > 0) digits.insert(digits.end() - n.scale, '.');
  return (n.coefficient < 0 ? "-" : "") + digits;
}

void ExpectNumeric(const Result<Numeric>& r, std::string_view expected) {
  ASSERT_TRUE(r.ok()) << r.status().ToString() << " expected " << expected;
  EXPECT_EQ(Text(*r), expected);
}

void ExpectFloat8(double actual, const std::string& expected_text) {
  double expected = std::strtod(expected_text.c_str(), nullptr);
  if (std::isnan(expected)) {
    EXPECT_TRUE(std::isnan(actual)) << actual;
  } else {
    EXPECT_EQ(actual, expected) << expected_text;
  }
}
void ExpectFloat8(const Result<double>& r, const std::string& expected_text) {
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ExpectFloat8(*r, expected_text);
}
template <typename T>
void ExpectInt(const Result<T>& r, int64_t expected) {
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(static_cast<int64_t>(*r), expected);
}
template <typename T>
void ExpectError(const Result<T>& r, std::string_view code, std::string_view message) {
  EXPECT_EQ(r.status().sqlstate(), code) << r.status().ToString();
  EXPECT_EQ(r.status().message(), message);
}

TEST(FuncMathTest, MatchesPostgres) {
  // float8 rounding family
  // round(2.5::float8)
  ExpectFloat8(Float8Round(2.5), "2");
  // round(3.5::float8)
  ExpectFloat8(Float8Round(3.5), "4");
  // round(-2.5::float8)
  ExpectFloat8(Float8Round(-2.5), "-2");
  // round(-0.4::float8)
  ExpectFloat8(Float8Round(-0.4), "-0");
  // trunc(-2.7::float8)
  ExpectFloat8(Float8Trunc(-2.7), "-2");
  // trunc(2.7::float8)
  ExpectFloat8(Float8Trunc(2.7), "2");
  // floor(-2.5::float8)
  ExpectFloat8(Float8Floor(-2.5), "-3");
  // ceil(-2.5::float8)
  ExpectFloat8(Float8Ceil(-2.5), "-2");
  // ceiling(2.1::float8)
  ExpectFloat8(Float8Ceil(2.1), "3");
  // sign(-3::float8)
  ExpectFloat8(Float8Sign(-3.0), "-1");
  // sign(0::float8)
  ExpectFloat8(Float8Sign(0.0), "0");
  // sign('NaN'::float8)
  ExpectFloat8(Float8Sign(kNaN), "0");
  // abs(-1.5::float8)
  ExpectFloat8(Float8Abs(-1.5), "1.5");
  // power
  // power(2::float8, 10::float8)
  ExpectFloat8(Float8Power(2, 10), "1024");
  // pow(2::float8, 0.5::float8)
  ExpectFloat8(Float8Power(2, 0.5), "1.4142135623730951");
  // power(-2::float8, 3::float8)
  ExpectFloat8(Float8Power(-2, 3), "-8");
  // power(0::float8, 0::float8)
  ExpectFloat8(Float8Power(0, 0), "1");
  // power(0::float8, -1::float8)
  ExpectError(Float8Power(0, -1), "2201F", "zero raised to a negative power is undefined");
  // power(-2::float8, 0.5::float8)
  ExpectError(Float8Power(-2, 0.5), "2201F", "a negative number raised to a non-integer power yields a complex result");
  // power(10::float8, 400::float8)
  ExpectError(Float8Power(10, 400), "22003", "value out of range: overflow");
  // power(10::float8, -400::float8)
  ExpectError(Float8Power(10, -400), "22003", "value out of range: underflow");
  // power('NaN'::float8, 0::float8)
  ExpectFloat8(Float8Power(kNaN, 0), "1");
  // power(1::float8, 'NaN'::float8)
  ExpectFloat8(Float8Power(1, kNaN), "1");
  // power(2::float8, 'NaN'::float8)
  ExpectFloat8(Float8Power(2, kNaN), "NaN");
  // power(0.5::float8, 'Infinity'::float8)
  ExpectFloat8(Float8Power(0.5, kInf), "0");
  // power(0.5::float8, '-Infinity'::float8)
  ExpectFloat8(Float8Power(0.5, -kInf), "Infinity");
  // power('-Infinity'::float8, 3::float8)
  ExpectFloat8(Float8Power(-kInf, 3), "-Infinity");
  // power('-Infinity'::float8, 2::float8)
  ExpectFloat8(Float8Power(-kInf, 2), "Infinity");
  // power('-Infinity'::float8, -3::float8)
  ExpectFloat8(Float8Power(-kInf, -3), "-0");
  // power(-1::float8, 'Infinity'::float8)
  ExpectFloat8(Float8Power(-1, kInf), "1");
  // sqrt cbrt exp ln log
  // sqrt(2::float8)
  ExpectFloat8(Float8Sqrt(2), "1.4142135623730951");
  // sqrt(-1::float8)
  ExpectError(Float8Sqrt(-1), "2201F", "cannot take square root of a negative number");
  // |/ 'Infinity'::float8
  ExpectFloat8(Float8Sqrt(kInf), "Infinity");
  // cbrt(27::float8)
  ExpectFloat8(Float8Cbrt(27), "3.0000000000000004");
  // ||/ -8::float8
  ExpectFloat8(Float8Cbrt(-8), "-2");
  // exp(1::float8)
  ExpectFloat8(Float8Exp(1), "2.718281828459045");
  // exp(1000::float8)
  ExpectError(Float8Exp(1000), "22003", "value out of range: overflow");
  // exp(-1000::float8)
  ExpectError(Float8Exp(-1000), "22003", "value out of range: underflow");
  // exp(-709::float8)
  ExpectFloat8(Float8Exp(-709), "1.216780750623423e-308");
  // exp('-Infinity'::float8)
  ExpectFloat8(Float8Exp(-kInf), "0");
  // ln(2::float8)
  ExpectFloat8(Float8Ln(2), "0.6931471805599453");
  // ln(0::float8)
  ExpectError(Float8Ln(0), "2201E", "cannot take logarithm of zero");
  // ln(-1::float8)
  ExpectError(Float8Ln(-1), "2201E", "cannot take logarithm of a negative number");
  // ln('NaN'::float8)
  ExpectFloat8(Float8Ln(kNaN), "NaN");
  // log(1000::float8)
  ExpectFloat8(Float8Log10(1000), "3");
  // log10(0.001::float8)
  ExpectFloat8(Float8Log10(0.001), "-3");
  // log(0::float8)
  ExpectError(Float8Log10(0), "2201E", "cannot take logarithm of zero");
  // log(-5::float8)
  ExpectError(Float8Log10(-5), "2201E", "cannot take logarithm of a negative number");
  // degrees(pi())
  ExpectFloat8(Float8Degrees(kPi), "180");
  // degrees(1::float8)
  ExpectFloat8(Float8Degrees(1), "57.29577951308232");
  // radians(180::float8)
  ExpectFloat8(Float8Radians(180), "3.141592653589793");
  // radians(45::float8)
  ExpectFloat8(Float8Radians(45), "0.7853981633974483");
  // pi()
  ExpectFloat8(Pi(), "3.141592653589793");
  // width_bucket(5.35::float8, 0.024, 10.06, 5)
  ExpectInt(Float8WidthBucket(5.35, 0.024, 10.06, 5), 3);
  // width_bucket(-1::float8, 10, 0, 3)
  ExpectInt(Float8WidthBucket(-1, 10, 0, 3), 4);
  // width_bucket(10.5::float8, 10, 0, 3)
  ExpectInt(Float8WidthBucket(10.5, 10, 0, 3), 0);
  // width_bucket(0::float8, 10, 0, 3)
  ExpectInt(Float8WidthBucket(0, 10, 0, 3), 4);
  // width_bucket(10::float8, 0, 10, 3)
  ExpectInt(Float8WidthBucket(10, 0, 10, 3), 4);
  // width_bucket(5::float8, 0, 0, 3)
  ExpectError(Float8WidthBucket(5, 0, 0, 3), "2201G", "lower bound cannot equal upper bound");
  // width_bucket(5::float8, 0, 10, 0)
  ExpectError(Float8WidthBucket(5, 0, 10, 0), "2201G", "count must be greater than zero");
  // width_bucket('NaN'::float8, 0, 10, 3)
  ExpectError(Float8WidthBucket(kNaN, 0, 10, 3), "2201G", "operand, lower bound, and upper bound cannot be NaN");
  // width_bucket(5::float8, 0, 'Infinity', 3)
  ExpectError(Float8WidthBucket(5, 0, kInf, 3), "2201G", "lower and upper bounds must be finite");
  // integers
  // abs(-5)
  ExpectInt(Int4Abs(-5), 5);
  // abs(-2147483648)
  ExpectError(Int4Abs(INT32_MIN), "22003", "integer out of range");
  // abs((-32768)::int2)
  ExpectError(Int2Abs(INT16_MIN), "22003", "smallint out of range");
  // abs(-9223372036854775808)
  ExpectError(Int8Abs(INT64_MIN), "22003", "bigint out of range");
  // mod(7, 3)
  ExpectInt(Int4Mod(7, 3), 1);
  // mod(-7, 3)
  ExpectInt(Int4Mod(-7, 3), -1);
  // 7 % -3
  ExpectInt(Int4Mod(7, -3), 1);
  // mod(-2147483648, -1)
  ExpectInt(Int4Mod(INT32_MIN, -1), 0);
  // mod(5, 0)
  ExpectError(Int4Mod(5, 0), "22012", "division by zero");
  // mod(5::int2, 0::int2)
  ExpectError(Int2Mod(5, 0), "22012", "division by zero");
  // mod(-9223372036854775808, -1)
  ExpectInt(Int8Mod(int64_t{-9223372036854775807} - 1, -1), 0);
  // mod(17::int8, 5::int8)
  ExpectInt(Int8Mod(17, 5), 2);
  // gcd(12, -18)
  ExpectInt(Int4Gcd(12, -18), 6);
  // gcd(0, 0)
  ExpectInt(Int4Gcd(0, 0), 0);
  // gcd(-2147483648, 0)
  ExpectError(Int4Gcd(INT32_MIN, 0), "22003", "integer out of range");
  // gcd(-2147483648, -1)
  ExpectInt(Int4Gcd(INT32_MIN, -1), 1);
  // gcd(-2147483648, 6)
  ExpectInt(Int4Gcd(INT32_MIN, 6), 2);
  // gcd(-9223372036854775808, -9223372036854775808)
  ExpectError(Int8Gcd(INT64_MIN, INT64_MIN), "22003", "bigint out of range");
  // lcm(4, -6)
  ExpectInt(Int4Lcm(4, -6), 12);
  // lcm(0, 6)
  ExpectInt(Int4Lcm(0, 6), 0);
  // lcm(65536, 65537)
  ExpectError(Int4Lcm(65536, 65537), "22003", "integer out of range");
  // lcm(65536::int8, 65537::int8)
  ExpectInt(Int8Lcm(65536, 65537), 4295032832);
  // numeric
  // sqrt(2::numeric)
  ExpectNumeric(NumericSqrt(N("2")), "1.414213562373095");
  // sqrt(100::numeric)
  ExpectNumeric(NumericSqrt(N("100")), "10.000000000000000");
  // sqrt(0.0001::numeric)
  ExpectNumeric(NumericSqrt(N("0.0001")), "0.01000000000000000");
  // sqrt(0::numeric)
  ExpectNumeric(NumericSqrt(N("0")), "0.000000000000000");
  // sqrt(12345678.9::numeric)
  ExpectNumeric(NumericSqrt(N("12345678.9")), "3513.6418286444622");
  // sqrt(2.00000000000000000000::numeric)
  ExpectNumeric(NumericSqrt(N("2.00000000000000000000")), "1.41421356237309504880");
  // sqrt(-1::numeric)
  ExpectError(NumericSqrt(N("-1")), "2201F", "cannot take square root of a negative number");
  // sqrt('NaN'::numeric)
  ExpectNumeric(NumericSqrt(N("NaN")), "NaN");
  // sqrt('Infinity'::numeric)
  ExpectNumeric(NumericSqrt(N("Infinity")), "Infinity");
  // exp(1::numeric)
  ExpectNumeric(NumericExp(N("1")), "2.7182818284590452");
  // exp(0::numeric)
  ExpectNumeric(NumericExp(N("0")), "1.0000000000000000");
  // exp(10::numeric)
  ExpectNumeric(NumericExp(N("10")), "22026.465794806717");
  // exp(-10::numeric)
  ExpectNumeric(NumericExp(N("-10")), "0.00004539992976248485");
  // exp(2.5::numeric)
  ExpectNumeric(NumericExp(N("2.5")), "12.182493960703473");
  // exp(0.001::numeric)
  ExpectNumeric(NumericExp(N("0.001")), "1.0010005001667083");
  // exp('-Infinity'::numeric)
  ExpectNumeric(NumericExp(N("-Infinity")), "0");
  // ln(2::numeric)
  ExpectNumeric(NumericLn(N("2")), "0.6931471805599453");
  // ln(1.05::numeric)
  ExpectNumeric(NumericLn(N("1.05")), "0.048790164169432003");
  // ln(1::numeric)
  ExpectNumeric(NumericLn(N("1")), "0.0000000000000000");
  // ln(10::numeric)
  ExpectNumeric(NumericLn(N("10")), "2.3025850929940457");
  // ln(0.5::numeric)
  ExpectNumeric(NumericLn(N("0.5")), "-0.6931471805599453");
  // ln(123456789::numeric)
  ExpectNumeric(NumericLn(N("123456789")), "18.631401766168018");
  // ln(1e-10::numeric)
  ExpectNumeric(NumericLn(N("1e-10")), "-23.025850929940457");
  // ln(0.99999::numeric)
  ExpectNumeric(NumericLn(N("0.99999")), "-0.000010000050000333336");
  // ln(0::numeric)
  ExpectError(NumericLn(N("0")), "2201E", "cannot take logarithm of zero");
  // ln(-1::numeric)
  ExpectError(NumericLn(N("-1")), "2201E", "cannot take logarithm of a negative number");
  // log(100::numeric)
  ExpectNumeric(NumericLog10(N("100")), "2.0000000000000000");
  // log(2::numeric)
  ExpectNumeric(NumericLog10(N("2")), "0.3010299956639812");
  // log(0.001::numeric)
  ExpectNumeric(NumericLog10(N("0.001")), "-3.0000000000000000");
  // log(12.345::numeric)
  ExpectNumeric(NumericLog10(N("12.345")), "1.0914910942679511");
  // log(2::numeric, 8::numeric)
  ExpectNumeric(NumericLog(N("2"), N("8")), "3.0000000000000000");
  // log(2::numeric, 1024.5::numeric)
  ExpectNumeric(NumericLog(N("2"), N("1024.5")), "10.0007042690112466");
  // log(1::numeric, 10::numeric)
  ExpectError(NumericLog(N("1"), N("10")), "22012", "division by zero");
  // log(0::numeric, 10::numeric)
  ExpectError(NumericLog(N("0"), N("10")), "2201E", "cannot take logarithm of zero");
  // log(10::numeric, -10::numeric)
  ExpectError(NumericLog(N("10"), N("-10")), "2201E", "cannot take logarithm of a negative number");
  // log('Infinity'::numeric, 10::numeric)
  ExpectNumeric(NumericLog(N("Infinity"), N("10")), "0");
  // power(2::numeric, 10::numeric)
  ExpectNumeric(NumericPower(N("2"), N("10")), "1024.0000000000000000");
  // power(2.5::numeric, 2::numeric)
  ExpectNumeric(NumericPower(N("2.5"), N("2")), "6.2500000000000000");
  // power(2::numeric, 0.5::numeric)
  ExpectNumeric(NumericPower(N("2"), N("0.5")), "1.4142135623730950");
  // power(4::numeric, -1::numeric)
  ExpectNumeric(NumericPower(N("4"), N("-1")), "0.2500000000000000");
  // power(5::numeric, 0::numeric)
  ExpectNumeric(NumericPower(N("5"), N("0")), "1.0000000000000000");
  // power(-2::numeric, 3::numeric)
  ExpectNumeric(NumericPower(N("-2"), N("3")), "-8.0000000000000000");
  // power(0::numeric, 0::numeric)
  ExpectNumeric(NumericPower(N("0"), N("0")), "1.0000000000000000");
  // power(0::numeric, 2.5::numeric)
  ExpectNumeric(NumericPower(N("0"), N("2.5")), "0.0000000000000000");
  // power(1.5::numeric, 2.0::numeric)
  ExpectNumeric(NumericPower(N("1.5"), N("2.0")), "2.2500000000000000");
  // power(10::numeric, -3.5::numeric)
  ExpectNumeric(NumericPower(N("10"), N("-3.5")), "0.0003162277660168379");
  // power(1.0001::numeric, 1000::numeric)
  ExpectNumeric(NumericPower(N("1.0001"), N("1000")), "1.1051653926032327");
  // power(0.12345::numeric, 2::numeric)
  ExpectNumeric(NumericPower(N("0.12345"), N("2")), "0.0152399025000000");
  // power(0::numeric, -1::numeric)
  ExpectError(NumericPower(N("0"), N("-1")), "2201F", "zero raised to a negative power is undefined");
  // power(-2::numeric, 0.5::numeric)
  ExpectError(NumericPower(N("-2"), N("0.5")), "2201F", "a negative number raised to a non-integer power yields a complex result");
  // power('NaN'::numeric, 0::numeric)
  ExpectNumeric(NumericPower(N("NaN"), N("0")), "1");
  // power('-Infinity'::numeric, 3::numeric)
  ExpectNumeric(NumericPower(N("-Infinity"), N("3")), "-Infinity");
  // power(0.5::numeric, '-Infinity'::numeric)
  ExpectNumeric(NumericPower(N("0.5"), N("-Infinity")), "Infinity");
  // div(7::numeric, 2::numeric)
  ExpectNumeric(NumericDivTrunc(N("7"), N("2")), "3");
  // div(-7.5::numeric, 2::numeric)
  ExpectNumeric(NumericDivTrunc(N("-7.5"), N("2")), "-3");
  // div(10::numeric, 0.3::numeric)
  ExpectNumeric(NumericDivTrunc(N("10"), N("0.3")), "33");
  // div(1::numeric, 0::numeric)
  ExpectError(NumericDivTrunc(N("1"), N("0")), "22012", "division by zero");
  // div('Infinity'::numeric, -2::numeric)
  ExpectNumeric(NumericDivTrunc(N("Infinity"), N("-2")), "-Infinity");
}

TEST(FuncMathTest, NumericBeyond38DigitsIsAnError) {
  // PostgreSQL returns these; a Numeric cannot hold them (see func_math.h).
  ExpectError(NumericExp(N("100")), "22003", "value overflows numeric format");
  ExpectError(NumericPower(N("2"), N("200")), "22003", "value overflows numeric format");
  ExpectError(NumericExp(N("-100")), "22003", "value overflows numeric format");
  // select exp(-50::numeric) still fits (scale 37)
  ExpectNumeric(NumericExp(N("-50")), "0.0000000000000000000001928749847963918");
}

TEST(FuncMathTest, RandomIsInRangeAndSeedable) {
  SessionRandom random;
  std::set<double> seen;
  for (int i = 0; i < 1000; ++i) {
    double x = random.Next();
    EXPECT_GE(x, 0.0);
    EXPECT_LT(x, 1.0);
    seen.insert(x);
  }
  EXPECT_GT(seen.size(), 990u);
  ASSERT_TRUE(random.SetSeed(0.5).ok());
  double first = random.Next();
  ASSERT_TRUE(random.SetSeed(0.5).ok());
  EXPECT_EQ(random.Next(), first);
  // select setseed(2)
  Status s = random.SetSeed(2);
  EXPECT_EQ(s.sqlstate(), "22023");
  EXPECT_EQ(s.message(), "setseed parameter 2 is out of allowed range [-1,1]");
  EXPECT_FALSE(random.SetSeed(kNaN).ok());
}

}  // namespace
}  // namespace augur::types
