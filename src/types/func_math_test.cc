// Tests for func_math.h. Expected values were produced by PostgreSQL 15.18 for
// the SQL expression quoted above each line (float8 results compare exactly,
// bit for bit after parsing PostgreSQL's shortest-round-trip output).
#include "types/func_math.h"
#include "types/numeric.h"

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

TEST(FuncMathTest, NumericBeyond38Digits) {
  // Values from PostgreSQL 15 (the big numeric form; this file's Text() reads only the inline form).
  auto ExpectNumeric = [](const Result<Numeric>& r, std::string_view expected) {
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    EXPECT_EQ(NumericToString(*r), expected);
  };
  ExpectNumeric(NumericExp(N("100")), "26881171418161354484126255515800135873611119");
  ExpectNumeric(NumericPower(N("2"), N("200")),
                "1606938044258990275541962092341162602522202993782792835301376.0000000000000000");
  ExpectNumeric(NumericExp(N("-100")), "0.00000000000000000000000000000000000000000003720075976020836");
  // select exp(-50::numeric) (scale 37)
  ExpectNumeric(NumericExp(N("-50")), "0.0000000000000000000001928749847963918");
  // More significant digits than the 60-digit transcendental path carries: an error, not wrong digits.
  ExpectError(NumericSqrt(*NumericRound(N("2"), 80)),  // 2::numeric(81,80)
              "0A000",
              "numeric function result needs more than 55 significant digits, which augurdb does not support for "
              "sqrt, exp, ln, log and non-integer power");
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

// Random numeric sqrt/exp/ln/log/power/div cases computed by PostgreSQL 15.18
// (results with more than 38 digits, which Numeric cannot hold, were dropped).
struct RandomNumericCase {
  const char* function;
  const char* a;
  const char* b;
  const char* expected;  // PostgreSQL's text, or "error <sqlstate>"
};
constexpr RandomNumericCase kRandomNumericCases[] = {
    {"sqrt", "54.42", "", "7.376991256603196"},
    {"sqrt", "0.9740535365", "", "0.98694150611877703"},
    {"sqrt", "1.316799", "", "1.147518627299792"},
    {"sqrt", "0.5508", "", "0.74215901261117890"},
    {"sqrt", "0.970263508", "", "0.98501954701416966"},
    {"sqrt", "0.639", "", "0.79937475566845367"},
    {"sqrt", "15.1622", "", "3.893866972560824"},
    {"sqrt", "0.02", "", "0.14142135623730950"},
    {"sqrt", "96", "", "9.797958971132712"},
    {"sqrt", "0.03101", "", "0.17609656441850307"},
    {"sqrt", "0.7188239", "", "0.84783483061266125"},
    {"sqrt", "1.4210987", "", "1.192098443921474"},
    {"sqrt", "1.077", "", "1.037786105129569"},
    {"sqrt", "0.597", "", "0.77265775088327432"},
    {"sqrt", "0.2579812", "", "0.50791849739894293"},
    {"sqrt", "1.3552256", "", "1.164141572146618"},
    {"sqrt", "404610", "", "636.0896163277624"},
    {"sqrt", "560047", "", "748.3628798918343"},
    {"sqrt", "612632", "", "782.7081192884101"},
    {"sqrt", "34", "", "5.830951894845300"},
    {"sqrt", "1.491", "", "1.221065108829173"},
    {"sqrt", "342245", "", "585.0170937673531"},
    {"sqrt", "1.4046959845", "", "1.185198710976349"},
    {"sqrt", "65.55112", "", "8.096364616295390"},
    {"sqrt", "1.07353", "", "1.036112928208118"},
    {"sqrt", "48.20014", "", "6.942632065722625"},
    {"sqrt", "0.59", "", "0.76811457478686082"},
    {"sqrt", "0.15077", "", "0.38829112789246164"},
    {"sqrt", "0.42", "", "0.64807406984078602"},
    {"sqrt", "61", "", "7.810249675906654"},
    {"sqrt", "0.58638", "", "0.76575452985927547"},
    {"sqrt", "37762", "", "194.3244709242765"},
    {"sqrt", "0.1", "", "0.31622776601683793"},
    {"sqrt", "1.47143", "", "1.213025144009802"},
    {"sqrt", "163786", "", "404.7048307099879"},
    {"sqrt", "909932", "", "953.9035590666386"},
    {"sqrt", "0.360", "", "0.60000000000000000"},
    {"sqrt", "0.87778924", "", "0.93690407193052587"},
    {"sqrt", "0.8861929450", "", "0.94137821570291290"},
    {"sqrt", "107555", "", "327.9557897034294"},
    {"sqrt", "986312", "", "993.1324181598343"},
    {"sqrt", "0.7713", "", "0.87823687009826683"},
    {"sqrt", "0.93745", "", "0.96822001631860514"},
    {"sqrt", "575071", "", "758.3343589736654"},
    {"sqrt", "0.788396", "", "0.88791666275613952"},
    {"sqrt", "61.57979", "", "7.847279146302876"},
    {"sqrt", "63.35", "", "7.959271323431561"},
    {"sqrt", "0.679281", "", "0.82418505203625235"},
    {"sqrt", "292473", "", "540.8077292347069"},
    {"sqrt", "0.5", "", "0.70710678118654752"},
    {"sqrt", "0.521253", "", "0.72197853153677638"},
    {"sqrt", "45.6312", "", "6.755086972052988"},
    {"sqrt", "186039", "", "431.3223852294244"},
    {"sqrt", "0.312671", "", "0.55916992050717463"},
    {"sqrt", "0.7641372", "", "0.87414941514594632"},
    {"sqrt", "81.3057", "", "9.016967339410740"},
    {"sqrt", "137804", "", "371.2196115508985"},
    {"sqrt", "0.22254", "", "0.47174145461258755"},
    {"sqrt", "18.739", "", "4.328856661983624"},
    {"sqrt", "101735", "", "318.9592450455073"},
    {"sqrt", "32.20", "", "5.674504383644443"},
    {"sqrt", "235363", "", "485.1422471811747"},
    {"sqrt", "0.856", "", "0.92520268049763021"},
    {"sqrt", "74.2", "", "8.613942186943212"},
    {"sqrt", "0.9511", "", "0.97524355932249048"},
    {"sqrt", "0.5339", "", "0.73068461048526265"},
    {"sqrt", "0.836", "", "0.91433035605299685"},
    {"sqrt", "0.84", "", "0.91651513899116800"},
    {"sqrt", "0.845", "", "0.91923881554251178"},
    {"sqrt", "0.51840", "", "0.72000000000000000"},
    {"sqrt", "0.63418", "", "0.79635419255504645"},
    {"sqrt", "0.4095221", "", "0.63993913773108142"},
    {"sqrt", "0.466179", "", "0.68277302231415090"},
    {"sqrt", "1.4869137", "", "1.219390708509787"},
    {"sqrt", "972425", "", "986.1161189231215"},
    {"sqrt", "0.53231815", "", "0.72960136375969035"},
    {"sqrt", "1.162987201", "", "1.078418843028997"},
    {"sqrt", "1.0439", "", "1.021714245765419"},
    {"sqrt", "1.35798", "", "1.165323989283667"},
    {"sqrt", "24", "", "4.898979485566356"},
    {"sqrt", "1.1937", "", "1.092565787492909"},
    {"sqrt", "1.3996748360", "", "1.183078541771424"},
    {"sqrt", "48", "", "6.928203230275509"},
    {"sqrt", "29.98881", "", "5.476203977209030"},
    {"sqrt", "54", "", "7.348469228349534"},
    {"sqrt", "1.112164", "", "1.054591864182538"},
    {"sqrt", "97.1990", "", "9.858955319910929"},
    {"sqrt", "0.782325", "", "0.88449137926833408"},
    {"sqrt", "12.222103", "", "3.496012442769619"},
    {"sqrt", "23.95", "", "4.893873721296862"},
    {"sqrt", "1.3", "", "1.140175425099138"},
    {"sqrt", "0.5708953", "", "0.75557613779155308"},
    {"sqrt", "27.14", "", "5.209606511052442"},
    {"sqrt", "544915", "", "738.1835815025961"},
    {"sqrt", "0.5", "", "0.70710678118654752"},
    {"sqrt", "1.3", "", "1.140175425099138"},
    {"sqrt", "7", "", "2.645751311064591"},
    {"sqrt", "0.586128008", "", "0.76558997381104724"},
    {"sqrt", "0.16", "", "0.40000000000000000"},
    {"sqrt", "0.64691", "", "0.80430715525848705"},
    {"sqrt", "0.191082", "", "0.43712927149757427"},
    {"sqrt", "0.1", "", "0.31622776601683793"},
    {"sqrt", "0.88", "", "0.93808315196468591"},
    {"sqrt", "45048", "", "212.2451412871447"},
    {"sqrt", "0.6044349", "", "0.77745411440161534"},
    {"sqrt", "45549", "", "213.4221169419889"},
    {"sqrt", "452558", "", "672.7243120327970"},
    {"sqrt", "62.744429", "", "7.921138112670426"},
    {"sqrt", "0.9205139", "", "0.95943415615663798"},
    {"sqrt", "0.24508", "", "0.49505555243830969"},
    {"sqrt", "75058", "", "273.9671513156276"},
    {"sqrt", "0.724", "", "0.85088189544730589"},
    {"sqrt", "1.436484", "", "1.198534104646172"},
    {"sqrt", "1.05908", "", "1.029116125614597"},
    {"sqrt", "69.055539", "", "8.309966245418810"},
    {"sqrt", "1.349791772", "", "1.161805393342620"},
    {"sqrt", "1.167562", "", "1.080537829046258"},
    {"sqrt", "108143", "", "328.8510301032977"},
    {"sqrt", "1.21658201", "", "1.102987765118000"},
    {"sqrt", "77", "", "8.774964387392122"},
    {"exp", "27.9927", "", "1435737829642.7417"},
    {"exp", "-19.077", "", "0.000000005187572373338374"},
    {"exp", "-10", "", "0.00004539992976248485"},
    {"exp", "8", "", "2980.9579870417283"},
    {"exp", "-27", "", "0.000000000001879528816539083"},
    {"exp", "44.08882", "", "14045307105020881445.20870"},
    {"exp", "74.7652", "", "295198263477030111336059764752050.0079"},
    {"exp", "3", "", "20.085536923187668"},
    {"exp", "-26.0104", "", "0.000000000005056229846352926"},
    {"exp", "26.24583", "", "250275963497.54568"},
    {"exp", "-3.7864", "", "0.02267709261314755"},
    {"exp", "52.3861", "", "56363007455167799897981.0653"},
    {"exp", "-23.27", "", "0.00000000007833708484194242"},
    {"exp", "65.6", "", "30882895568197334361735356833.1"},
    {"exp", "61.1", "", "343077979958002856541230745.1"},
    {"exp", "-2.5037", "", "0.08178184530847124"},
    {"exp", "47.012", "", "261247524100588278024.879"},
    {"exp", "-2.1814", "", "0.1128833832265737"},
    {"exp", "13.63", "", "830680.06524417214"},
    {"exp", "31", "", "29048849665247.425"},
    {"exp", "11.3", "", "80821.637540313552"},
    {"exp", "77.036", "", "2859629100255319244237156552923486.279"},
    {"exp", "62.8", "", "1877990813550146251092489373.2"},
    {"exp", "15.6798", "", "6451350.1987218356"},
    {"exp", "53.17276", "", "123775946372112150240414.76517"},
    {"exp", "71.63253", "", "12871006326244639788262810122807.89006"},
    {"exp", "23.20930", "", "12013537789.771639"},
    {"exp", "14.1", "", "1329083.2808120934"},
    {"exp", "-12.116", "", "0.000005471268867317027"},
    {"exp", "52.29703", "", "51559838568679740596927.00638"},
    {"exp", "26.898", "", "480455284176.85691"},
    {"exp", "34.5", "", "961965785544776.41"},
    {"exp", "-15.0", "", "0.0000003059023205018258"},
    {"exp", "-13.8789", "", "0.0000009385778808245436"},
    {"exp", "4.6", "", "99.484315641933809"},
    {"exp", "63.6640", "", "4455781601355732660249826894.4094"},
    {"exp", "74.88", "", "331108862217180369442713707478899.79"},
    {"exp", "43.852", "", "11083619815416216956.964"},
    {"exp", "35.4748", "", "2549822133296935.2295"},
    {"exp", "34.31", "", "795506392897254.51"},
    {"exp", "67.84", "", "290093269187576062799864558335.88"},
    {"exp", "-27.456", "", "0.000000000001191271371147931"},
    {"exp", "58.5", "", "25481629178026396623408518.7"},
    {"exp", "-11.05", "", "0.00001588714923088850"},
    {"exp", "-3.729", "", "0.02401684067296361"},
    {"exp", "55.2", "", "939843194629469347223578.1"},
    {"exp", "16.02586", "", "9118902.3641574867"},
    {"exp", "22.7549", "", "7626539189.6010857"},
    {"exp", "-7.3667", "", "0.0006319501774965411"},
    {"exp", "61.80729", "", "695929086647524617682750700.63905"},
    {"exp", "31.283", "", "38550878335600.456"},
    {"exp", "79", "", "20382810665126687668323137537172632"},
    {"exp", "64.231", "", "7855410178803898060681016798.571"},
    {"exp", "56", "", "2091659496012996153907071"},
    {"exp", "21.4", "", "1967441884.3399716"},
    {"exp", "68.00875", "", "343419416624393767603178025144.37102"},
    {"exp", "48.94572", "", "1806575469052314086235.80824"},
    {"exp", "-22.4", "", "0.0000000001869836380426845"},
    {"exp", "63.9", "", "5641796195350870064298249490.3"},
    {"exp", "67.92", "", "314254286930451679532329293749.10"},
    {"exp", "-14.8772", "", "0.0000003458709874718252"},
    {"exp", "48", "", "701673591209763173865"},
    {"exp", "68.97", "", "898029114402947522004172850189.46"},
    {"exp", "-11", "", "0.00001670170079024566"},
    {"exp", "4.476", "", "87.882438922100853"},
    {"exp", "-20", "", "0.000000002061153622438558"},
    {"exp", "-17.02", "", "0.00000004057961459525815"},
    {"exp", "61.73", "", "644166844681786447046694082.86"},
    {"exp", "-26.026", "", "0.000000000004977964715977158"},
    {"exp", "33.83301", "", "493730037032534.83854"},
    {"exp", "7", "", "1096.6331584284586"},
    {"exp", "6.828", "", "923.34228000275413"},
    {"exp", "12", "", "162754.79141900392"},
    {"exp", "-6.8894", "", "0.001018524772561177"},
    {"exp", "51.661", "", "27295259628308347603039.090"},
    {"exp", "13.0012", "", "442944.60674442674"},
    {"exp", "5.07", "", "159.17432734329710"},
    {"exp", "-21.613", "", "0.0000000004107649347353428"},
    {"exp", "-17.6218", "", "0.00000002223051371834563"},
    {"exp", "70", "", "2515438670919167006265781174252"},
    {"exp", "28.04574", "", "1513945086786.96192"},
    {"exp", "11.16", "", "70262.956194088871"},
    {"exp", "53.31", "", "141983811435227271459735.92"},
    {"exp", "42.91919", "", "4360812207375659859.16635"},
    {"exp", "41.95", "", "1654449501671059224.39"},
    {"exp", "-18.21", "", "0.00000001234518164750911"},
    {"exp", "44.0108", "", "12991149606433161530.1312"},
    {"exp", "27.82485", "", "1213888549517.18514"},
    {"exp", "24.33", "", "36845524633.596880"},
    {"exp", "-23.45", "", "0.00000000006543263341727200"},
    {"exp", "44.6398", "", "24367939810002465424.0783"},
    {"exp", "51.64897", "", "26968864855871943849395.33692"},
    {"exp", "41.02346", "", "655031682758643840.05256"},
    {"exp", "-13.55", "", "0.000001304096622755157"},
    {"exp", "67.89112", "", "305308423166100562453811469889.27833"},
    {"exp", "20", "", "485165195.40979028"},
    {"exp", "72.5", "", "30644316416992723992150341645338.5"},
    {"exp", "71.28915", "", "9130287741704247576035988778984.30328"},
    {"exp", "49.2525", "", "2455211840971167504424.9919"},
    {"exp", "16.22", "", "11072775.545032579"},
    {"exp", "41.224", "", "800489651725250578.831"},
    {"exp", "23.1", "", "10769673371.157635"},
    {"exp", "48", "", "701673591209763173865"},
    {"exp", "48.7419", "", "1473459514566205427348.0998"},
    {"exp", "29.74486", "", "8279966181852.12932"},
    {"exp", "13", "", "442413.39200892050"},
    {"exp", "-0.757", "", "0.4690715328959387"},
    {"exp", "-24.1", "", "0.00000000003415882993783858"},
    {"exp", "-25.3678", "", "0.000000000009614007176438154"},
    {"exp", "-0.16051", "", "0.8517093064363011"},
    {"exp", "54.58", "", "505583418762132085721678.45"},
    {"exp", "66.277", "", "60776456730915759280766356817.293"},
    {"exp", "19", "", "178482300.96318726"},
    {"exp", "9", "", "8103.0839275753840"},
    {"exp", "-13.3259", "", "0.000001631680651170365"},
    {"exp", "-19", "", "0.000000005602796437537268"},
    {"exp", "32.07944", "", "85491664851318.25861"},
    {"exp", "-17.66979", "", "0.00000002118886561664192"},
    {"exp", "-9.191", "", "0.0001019528608533604"},
    {"ln", "410186", "", "12.924365994345153"},
    {"ln", "1.2487004185", "", "0.2221033452874607"},
    {"ln", "901274", "", "13.711564596907731"},
    {"ln", "0.194", "", "-1.6398971199188089"},
    {"ln", "211892", "", "12.263831989886318"},
    {"ln", "0.86960", "", "-0.1397219431751374"},
    {"ln", "80.316", "", "4.3859688539065055"},
    {"ln", "0.883146303", "", "-0.1242644035412894"},
    {"ln", "0.80960501", "", "-0.2112087922269763"},
    {"ln", "1.18663", "", "0.1711173568420448"},
    {"ln", "1.2", "", "0.1823215567939546"},
    {"ln", "762141", "", "13.543886856921189"},
    {"ln", "112703", "", "11.632511319016969"},
    {"ln", "1.16193757", "", "0.1500889306525013"},
    {"ln", "62.5", "", "4.1351665567423558"},
    {"ln", "53", "", "3.9702919135521218"},
    {"ln", "1.42604798", "", "0.3549069679898861"},
    {"ln", "28.32531", "", "3.3437557512495910"},
    {"ln", "0.64", "", "-0.4462871026284195"},
    {"ln", "53065", "", "10.879272856195923"},
    {"ln", "61.8343", "", "4.1244582266803600"},
    {"ln", "53.89", "", "3.9869449319454053"},
    {"ln", "0.871", "", "-0.1381133021296343"},
    {"ln", "83.909362", "", "4.4297371924684935"},
    {"ln", "1.215952", "", "0.1955273090806584"},
    {"ln", "0.71", "", "-0.3424903089467759"},
    {"ln", "0.9370", "", "-0.065071996743714864"},
    {"ln", "0.1", "", "-2.3025850929940457"},
    {"ln", "0.845", "", "-0.1684186516249632"},
    {"ln", "0.47", "", "-0.7550225842780328"},
    {"ln", "442615", "", "13.000455596670993"},
    {"ln", "49", "", "3.8918202981106266"},
    {"ln", "0.7570988", "", "-0.2782615188695093"},
    {"ln", "0.5", "", "-0.6931471805599453"},
    {"ln", "0.866933", "", "-0.1427935831577029"},
    {"ln", "0.3615290", "", "-1.0174130193007358"},
    {"ln", "0.3", "", "-1.2039728043259360"},
    {"ln", "36.963007", "", "3.6099176016891907"},
    {"ln", "0.1953", "", "-1.6332184410995038"},
    {"ln", "58.4529", "", "4.0682213017428943"},
    {"ln", "3", "", "1.0986122886681097"},
    {"ln", "464247", "", "13.048172017158532"},
    {"ln", "0.1", "", "-2.3025850929940457"},
    {"ln", "0.3", "", "-1.2039728043259360"},
    {"ln", "0.5511161", "", "-0.5958097842210013"},
    {"ln", "49.3", "", "3.8979240810486444"},
    {"ln", "38.9", "", "3.6609942506244006"},
    {"ln", "62.25", "", "4.1311585353448170"},
    {"ln", "1.09441", "", "0.090215405271303517"},
    {"ln", "78.784", "", "4.3667099305619883"},
    {"ln", "1.46166450", "", "0.3795758548288263"},
    {"ln", "26.581416", "", "3.2802123250038336"},
    {"ln", "0.992799", "", "-0.0072270523444628322"},
    {"ln", "68", "", "4.2195077051761067"},
    {"ln", "3833", "", "8.2514030653805551"},
    {"ln", "68", "", "4.2195077051761067"},
    {"ln", "4", "", "1.3862943611198906"},
    {"ln", "50.97", "", "3.9312372243519503"},
    {"ln", "97.385", "", "4.5786721946818631"},
    {"ln", "0.478635", "", "-0.7368169762193391"},
    {"ln", "0.53421", "", "-0.6269662589008043"},
    {"ln", "1.1314995", "", "0.1235437442000626"},
    {"ln", "29.343353", "", "3.3790660470305398"},
    {"ln", "0.507478", "", "-0.6783019187595170"},
    {"ln", "816144", "", "13.612346088965377"},
    {"ln", "0.6746310", "", "-0.3935894042529746"},
    {"ln", "1.053", "", "0.051643233151838450"},
    {"ln", "0.4147", "", "-0.8801999117298014"},
    {"ln", "0.702739", "", "-0.3527697221106025"},
    {"ln", "16.97431", "", "2.8317010246068250"},
    {"ln", "1.4150582", "", "0.3471706609914046"},
    {"ln", "0.543", "", "-0.6106459590482016"},
    {"ln", "0.52295364", "", "-0.6482624612936068"},
    {"ln", "69.18592", "", "4.2367973737130673"},
    {"ln", "23.717094", "", "3.1661960539766825"},
    {"ln", "0.5564423790", "", "-0.5861916554063333"},
    {"ln", "0.949904", "", "-0.051394352125290652"},
    {"ln", "0.5017", "", "-0.6897529474919298"},
    {"ln", "0.96", "", "-0.040821994520255130"},
    {"ln", "0.31132305", "", "-1.1669241599454926"},
    {"ln", "64.9", "", "4.1728476237100443"},
    {"ln", "160089", "", "11.983485189566279"},
    {"ln", "0.6", "", "-0.5108256237659907"},
    {"ln", "28.8", "", "3.3603753871419002"},
    {"ln", "56.245", "", "4.0297171482447892"},
    {"ln", "951268", "", "13.765551110449439"},
    {"ln", "826950", "", "13.625499512685939"},
    {"ln", "1.28217217", "", "0.2485556474532319"},
    {"ln", "7.912808", "", "2.0684827124631022"},
    {"ln", "1.10", "", "0.09531017980432486"},
    {"ln", "89", "", "4.4886363697321398"},
    {"ln", "39.912795", "", "3.6866969491817663"},
    {"ln", "1.11542141", "", "0.1092322796967528"},
    {"ln", "1.371700", "", "0.3160508465022243"},
    {"ln", "0.66", "", "-0.4155154439616658"},
    {"ln", "94.507", "", "4.5486739058304224"},
    {"ln", "0.705987514", "", "-0.3481577271976941"},
    {"ln", "29.92806", "", "3.3987965018553831"},
    {"ln", "34.615", "", "3.5442871141299887"},
    {"ln", "1.423932", "", "0.3534220590405936"},
    {"ln", "0.6484", "", "-0.4332474891206160"},
    {"ln", "84", "", "4.4308167988433136"},
    {"ln", "0.43", "", "-0.8439700702945289"},
    {"ln", "32.32300", "", "3.4757790511273978"},
    {"ln", "1.2263629378", "", "0.2040528277991896"},
    {"ln", "0.7112612", "", "-0.3407155467411491"},
    {"ln", "0.1911440", "", "-1.6547282082939075"},
    {"ln", "0.7734584", "", "-0.2568833919278987"},
    {"ln", "0.6", "", "-0.5108256237659907"},
    {"ln", "93.4", "", "4.5368913452347969"},
    {"ln", "0.528", "", "-0.6386589952758756"},
    {"ln", "51.94568", "", "3.9501985572058943"},
    {"ln", "0.1948", "", "-1.6357818877737023"},
    {"ln", "43.24", "", "3.7667659927710075"},
    {"ln", "0.19674", "", "-1.6258722188975252"},
    {"ln", "44.407", "", "3.7933971146691743"},
    {"ln", "0.20560761", "", "-1.5817857324674370"},
    {"ln", "1.2004240", "", "0.1826748277197657"},
    {"ln", "1.376144", "", "0.3192853851983917"},
    {"ln", "0.93129397", "", "-0.071180294295630543"},
    {"log10", "0.9986", "", "-0.0006084382809090680"},
    {"log10", "0.85269", "", "-0.0692088302151108"},
    {"log10", "37.35", "", "1.5722906061514176"},
    {"log10", "0.7974", "", "-0.0983237686736244"},
    {"log10", "1.0", "", "0.0000000000000000"},
    {"log10", "53.0863", "", "1.7249824570122796"},
    {"log10", "95", "", "1.9777236052888478"},
    {"log10", "77.000", "", "1.8864907251724819"},
    {"log10", "0.965634", "", "-0.015187451120705329"},
    {"log10", "0.535", "", "-0.2716462179787716"},
    {"log10", "27.68", "", "1.4421660857847202"},
    {"log10", "1.10", "", "0.04139268515822504"},
    {"log10", "0.26172172", "", "-0.5821602342392781"},
    {"log10", "0.3", "", "-0.5228787452803376"},
    {"log10", "3.73151", "", "0.5718846098151840"},
    {"log10", "76.1380", "", "1.8816014645407099"},
    {"log10", "13.566543", "", "1.1324691956852345"},
    {"log10", "0.912426", "", "-0.039802347797353670"},
    {"log10", "293174", "", "5.467125452472459"},
    {"log10", "4.536", "", "0.6566730458848502"},
    {"log10", "940545", "", "5.973379579029575"},
    {"log10", "0.960077498", "", "-0.017693709048642221"},
    {"log10", "973727", "", "5.988437212512659"},
    {"log10", "1.477461067", "", "0.1695160454857188"},
    {"log10", "0.518", "", "-0.2856702402547670"},
    {"log10", "7.4", "", "0.8692317197309762"},
    {"log10", "1.0470665", "", "0.019974264931863453"},
    {"log10", "0.94411", "", "-0.024977402301638242"},
    {"log10", "0.952516074", "", "-0.021127686738327554"},
    {"log10", "31.4907", "", "1.4981823145825097"},
    {"log10", "48.6", "", "1.6866362692622934"},
    {"log10", "1.4313258796", "", "0.1557385237664419"},
    {"log10", "31.6503", "", "1.5003778308692379"},
    {"log10", "511272", "", "5.708652009080014"},
    {"log10", "78.552023", "", "1.8951573741808745"},
    {"log10", "0.60", "", "-0.2218487496163564"},
    {"log10", "0.51479298", "", "-0.2883673840055104"},
    {"log10", "92.1", "", "1.9642596301968489"},
    {"log10", "987260", "", "5.994431541418786"},
    {"log10", "0.81620", "", "-0.0882034095627479"},
    {"log10", "3.79", "", "0.5786392099680723"},
    {"log10", "0.39254", "", "-0.4061160818635693"},
    {"log10", "41.736", "", "1.6205108237143185"},
    {"log10", "0.5793", "", "-0.2370964715009429"},
    {"log10", "1.237467722", "", "0.0925338796540027"},
    {"log10", "63", "", "1.7993405494535817"},
    {"log10", "857534", "", "5.933251348212948"},
    {"log10", "1.44", "", "0.1583624920952497"},
    {"log10", "0.98397880", "", "-0.007014258420487074"},
    {"log10", "55", "", "1.7403626894942438"},
    {"log10", "48.7", "", "1.6875289612146343"},
    {"log10", "90.5", "", "1.9566485792052033"},
    {"log10", "490036", "", "5.690227986206155"},
    {"log10", "678356", "", "5.831457670650604"},
    {"log10", "39.2", "", "1.5932860670204572"},
    {"log10", "0.6762", "", "-0.1699248335702498"},
    {"log10", "137109", "", "5.137065963338383"},
    {"log10", "0.549", "", "-0.2604276555499081"},
    {"log10", "400960", "", "5.603101049314056"},
    {"log10", "0.933", "", "-0.030118356253500057"},
    {"log10", "0.781", "", "-0.1073489661226997"},
    {"log10", "29.503", "", "1.4698661792731423"},
    {"log10", "0.91", "", "-0.040958607678906400"},
    {"log10", "0.507425", "", "-0.2946281396082161"},
    {"log10", "1.4799", "", "0.1702323701818037"},
    {"log10", "54.604", "", "1.7372244579849173"},
    {"log10", "84.687", "", "1.9278167484466683"},
    {"log10", "34.53708", "", "1.5382856165697654"},
    {"log10", "0.9424415", "", "-0.025745598167997744"},
    {"log10", "0.53813126", "", "-0.2691117790905048"},
    {"log10", "45.625", "", "1.6592028774645311"},
    {"log10", "59.43108", "", "1.7740136224638073"},
    {"log10", "0.679", "", "-0.1681302257194983"},
    {"log10", "0.840", "", "-0.0757207139381183"},
    {"log10", "97.837", "", "1.9905031273538543"},
    {"log10", "186524", "", "5.270734720310766"},
    {"log10", "1.392309", "", "0.1437356304630508"},
    {"log10", "40.3398", "", "1.6057337407009485"},
    {"log10", "550745", "", "5.740950563049739"},
    {"log10", "288497", "", "5.460141301407799"},
    {"log10", "54.038", "", "1.7326992669777266"},
    {"log10", "0.5905", "", "-0.2287800980504664"},
    {"log10", "0.506388", "", "-0.2955165944510723"},
    {"log10", "619765", "", "5.792227046675671"},
    {"log10", "0.601037", "", "-0.2210987918887455"},
    {"log10", "1.33523", "", "0.1255560815262606"},
    {"log10", "0.798", "", "-0.0979971086492706"},
    {"log10", "50.08068", "", "1.6996702171321405"},
    {"log10", "1.2289", "", "0.0895165442248208"},
    {"log10", "96.693", "", "1.9853950348750195"},
    {"log10", "33.452426", "", "1.5244276186720997"},
    {"log10", "1.486530979", "", "0.1721739642429845"},
    {"log10", "647810", "", "5.811447647766932"},
    {"log10", "41.7436", "", "1.6205899002329310"},
    {"log10", "1.3", "", "0.1139433523068368"},
    {"log10", "38.2", "", "1.5820633629117087"},
    {"log10", "0.8666", "", "-0.0621813153016440"},
    {"log10", "49", "", "1.6901960800285137"},
    {"log10", "0.867473", "", "-0.0617440336938540"},
    {"log10", "37.21", "", "1.5706596700215341"},
    {"log", "0.37", "153299", "-12.009170973805624"},
    {"log", "0.00", "146295", "error 2201E"},
    {"log", "0.7091254", "2.9490", "-3.1463313388809633"},
    {"log", "0.81382366", "1.3284", "-1.3784430167269677"},
    {"log", "0.68", "972867", "-35.751475311126953"},
    {"log", "0.47535", "18.991108", "-3.9585255006530332"},
    {"log", "88.255", "35", "0.7935636747679365"},
    {"log", "0.98565518", "38.8774", "-253.33855000815741"},
    {"log", "614533", "691895", "1.0088960146544507"},
    {"log", "28.69309", "1.19", "0.0518233891603640"},
    {"log", "87.71672", "0.6", "-0.1141736199546866"},
    {"log", "0.91", "0.8315745", "1.95560447961068"},
    {"log", "0.726007", "39", "-11.4416356459354328"},
    {"log", "51.8034", "601781", "3.371196435960376"},
    {"log", "0.67998712", "1.4182093", "-0.9059161250511144"},
    {"log", "98.20751", "0.7265889958", "-0.0696290705328997"},
    {"log", "90.0", "382126", "2.856455409855378"},
    {"log", "372096", "0.8601", "-0.01174925611390207"},
    {"log", "0.72133", "517497", "-40.276793785679800"},
    {"log", "0.72", "0.619730524", "1.4565132740843336"},
    {"log", "0.212", "0.8270", "0.1224564076710167"},
    {"log", "0.9", "36.7", "-34.194752489263336"},
    {"log", "25.07", "96.57257", "1.4186096135921421"},
    {"log", "22.042", "16.830", "0.9127736497138286"},
    {"log", "225882", "0.8648", "-0.01178291256332613"},
    {"log", "75.106", "445158", "3.011457362292070"},
    {"log", "658646", "0.37", "-0.07420933088612020"},
    {"log", "1.35963253", "17.6466", "9.3437759611582641"},
    {"log", "1.1857", "0.50063754", "-4.0618765783015853"},
    {"log", "0.99552729", "0.6148079", "108.5151374181891"},
    {"log", "0.732333", "52.807640", "-12.7332322431200364"},
    {"log", "62.9", "0.94665417", "-0.013236949467512170"},
    {"log", "34.73091", "9.355806", "0.6302791074459475"},
    {"log", "1.0928842895", "1.384602102", "3.66371951219410"},
    {"log", "0.41016", "0.922967245", "0.089947057265465871"},
    {"log", "0.85066688", "0.18149", "10.5515700367152335"},
    {"log", "589833", "1.213059", "0.01453575854118293"},
    {"log", "335205", "0.985934758", "-0.0011133894783256547"},
    {"log", "0.1962161", "383482", "-7.894837347927692"},
    {"log", "5.480", "0.666", "-0.2389420901814836"},
    {"log", "55", "1.368539814", "0.0782925521140314"},
    {"log", "0.27419339", "31.42", "-2.6643380736318192"},
    {"log", "94.797", "0.147470", "-0.4205274146499913"},
    {"log", "0.6860832443", "1.4473", "-0.9812702286062079"},
    {"log", "25.84", "1.40", "0.1034686757265897"},
    {"log", "0.64", "46", "-8.5788752888896224"},
    {"log", "0.762", "49.0886", "-14.3248781032820900"},
    {"log", "89.989", "1.0041514528", "0.0009206993485559077"},
    {"log", "0.80428", "27.231", "-15.1709711605261933"},
    {"log", "3.147", "221615", "10.736360959049001"},
    {"log", "0.6311", "1.227371", "-0.4450977872579869"},
    {"log", "62.8239", "1.4211", "0.0848798879480073"},
    {"log", "21.74491", "42.77", "1.2196732067525626"},
    {"log", "54.40453", "1.23076", "0.0519541089377412"},
    {"log", "62.48298", "1", "0.0000000000000000"},
    {"log", "543749", "0.45578171", "-0.05949771550451523"},
    {"log", "70", "68.245", "0.9940235143751856"},
    {"log", "3.2675", "1.334249", "0.2435493728527533"},
    {"log", "80.218", "53.56118", "0.9078799093531368"},
    {"log", "1.12724732", "0.800206", "-1.8608162996807460"},
    {"log", "15.772", "31.5729", "1.2516328868665644"},
    {"log", "66.6", "2", "0.1650859611001757"},
    {"log", "234149", "56.90", "0.32686745150833573"},
    {"log", "630584", "0.8981", "-0.00804782281504932"},
    {"log", "447292", "838864", "1.0483313019726707"},
    {"log", "79.4429", "297910", "2.881013878060622"},
    {"log", "1.0820023711", "51.94", "50.11953066696079"},
    {"log", "0.668177", "309596", "-31.356536314131808"},
    {"log", "49.949", "1.2404114", "0.0550864131687044"},
    {"log", "2.3025", "70.849735", "5.1086142326612366"},
    {"log", "0.013389", "319528", "-2.938477757949564"},
    {"log", "0.99142", "0.8090086849", "24.5961624777920"},
    {"log", "96", "68.1", "0.9247710814538131"},
    {"log", "74.4806", "1.223", "0.0467010903367000"},
    {"log", "86696", "0.800934959", "-0.01952263432469116"},
    {"log", "6.83021", "0.085805", "-1.2780966883073485"},
    {"log", "409888", "0.3", "-0.09316050864932451"},
    {"log", "0.48119", "1.2478", "-0.3026440137487464"},
    {"log", "0.65054367", "0.9768", "0.054595948705781677"},
    {"log", "1.1000", "0.5485936", "-6.299404406102050"},
    {"log", "18", "957947", "4.764974503437751"},
    {"log", "267571", "0.421431", "-0.06914375609615857"},
    {"log", "0.819011", "1.251088", "-1.1219877855831814"},
    {"log", "0.891421484", "22.8", "-27.2039080587415838"},
    {"log", "0.5309834", "0.6037670", "0.7970732588092865"},
    {"log", "0.3784793", "497363", "-13.500574117496719"},
    {"log", "0.646", "0.69", "0.8492019157348048"},
    {"log", "0.637881029", "0.6220362939", "1.0559456284268708"},
    {"log", "91.8648", "1.4063176", "0.0754315652425336"},
    {"log", "0.6576500", "0.6", "1.2189145113424936"},
    {"log", "1.83", "0.39", "-1.5581394361651509"},
    {"log", "8.574", "22.16", "1.4419133922586451"},
    {"log", "90.11", "811486", "3.023001168328059"},
    {"log", "54.2305", "0.50166", "-0.1727499670152893"},
    {"log", "0.740", "1.32", "-0.9220426464108761"},
    {"log", "0.84390", "96.8", "-26.9420966769202516"},
    {"log", "1.06", "0.2510782", "-23.71746578205831"},
    {"log", "28.8142", "92.26", "1.3462624077261300"},
    {"log", "0.0886517", "0.898628", "0.0441124043174220"},
    {"log", "1.2786", "12.4180", "10.2501965575115470"},
    {"power", "-531160", "-2.85", "error 2201F"},
    {"power", "-0.33157", "5", "-0.0040075241339610"},
    {"power", "0.7", "-0.081", "1.0293120541088666"},
    {"power", "69.5", "1.70", "1353.2379475939694"},
    {"power", "1.433958", "-0.75", "0.7631285060584131"},
    {"power", "-85.18", "0.386", "error 2201F"},
    {"power", "-636310", "0", "1.0000000000000000"},
    {"power", "8.135693", "1.42", "19.622767766092644"},
    {"power", "0.665070028", "2", "0.4423181421439208"},
    {"power", "1.176852520", "9", "4.3301044724791368"},
    {"power", "-79", "-3", "-0.0000020282371171"},
    {"power", "0.537655980", "5", "0.0449285500087415"},
    {"power", "1.2", "-1.04", "0.8272780550998530"},
    {"power", "17.4", "1", "17.4000000000000000"},
    {"power", "-713684", "-0.329", "error 2201F"},
    {"power", "-67.01", "4", "20163154.2136680100000000"},
    {"power", "-31.038130", "1.8", "error 2201F"},
    {"power", "1.2297040396", "0", "1.0000000000000000"},
    {"power", "1.421442", "-0.572", "0.8177846036272591"},
    {"power", "1.14981528", "0.60", "1.0873687445521991"},
    {"power", "38543", "0.962", "25803.557487005775"},
    {"power", "1.50", "12", "129.7463378906250000"},
    {"power", "0.70241", "1.88", "0.5147430474918922"},
    {"power", "-64.4", "2.758", "error 2201F"},
    {"power", "31.938821", "2", "1020.0882868700410000"},
    {"power", "-0.0", "1.0", "0.0000000000000000"},
    {"power", "41100", "1.7", "69747893.732295482"},
    {"power", "-0.9", "2.156", "error 2201F"},
    {"power", "0.67909350", "2.3", "0.4106180339798797"},
    {"power", "-499808", "-1.0", "-0.0000020007682950"},
    {"power", "9.07062", "10", "3770246384.0265819859259220"},
    {"power", "0.569212", "5", "0.0597544476167722"},
    {"power", "84.187221", "-2.11", "0.00008664241985338242"},
    {"power", "0.76691", "-5", "3.7694500818352683"},
    {"power", "-0.9120470", "6", "0.5755768458511851"},
    {"power", "1.442", "2", "2.0793640000000000"},
    {"power", "1.4286977666", "2.45", "2.3966460307936549"},
    {"power", "-0.289", "2.8", "error 2201F"},
    {"power", "-68.58", "2", "4703.2164000000000000"},
    {"power", "0.6651738", "-2.18", "2.4322118838815918"},
    {"power", "-24", "2.945", "error 2201F"},
    {"power", "0.85650", "2.236", "0.7072588544838933"},
    {"power", "0.6932244", "-1.29", "1.6042525774111614"},
    {"power", "0.17790269", "1", "0.1779026900000000"},
    {"power", "982647", "2", "965595126609.0000000000000000"},
    {"power", "0.5313302350", "0.942", "0.5511799196084309"},
    {"power", "-737082", "0.51", "error 2201F"},
    {"power", "1.17259", "-2.2", "0.7044957710710421"},
    {"power", "64", "-1.560", "0.001521805819649414"},
    {"power", "-0.7680614", "2.227", "error 2201F"},
    {"power", "228464", "-0.53", "0.001444862696486193"},
    {"power", "-49.386821", "7", "-716601152836.1023092008280598"},
    {"power", "-269927", "-2", "0.0000000000137248"},
    {"power", "0.55", "1.5", "0.4078909167902615"},
    {"power", "-777285", "-5", "0.0000000000000000"},
    {"power", "95.475", "1", "95.4750000000000000"},
    {"power", "0.8026", "-5", "3.0026466179804480"},
    {"power", "-364205", "-2", "0.0000000000075389"},
    {"power", "-848072", "1", "-848072.0000000000000000"},
    {"power", "28.87", "10", "402223868656411.4724575343417912"},
    {"power", "24.126", "6", "197202284.1268629577342854"},
    {"power", "1.337429875", "-2", "0.5590594074230251"},
    {"power", "0.79461385", "1.186", "0.7613514351870550"},
    {"power", "0.707", "2", "0.4998490000000000"},
    {"power", "-6.290590", "0.968", "error 2201F"},
    {"power", "1.044", "8", "1.4112501117736027"},
    {"power", "0.675769", "-3", "3.2404491020460887"},
    {"power", "67", "-0.179", "0.4711211596514533"},
    {"power", "0.82", "6", "0.3040066714240000"},
    {"power", "302055", "-1.4", "0.00000002127548941390192"},
    {"power", "-31.277220", "0.79", "error 2201F"},
    {"power", "0.1585256", "12", "0.0000000002518795"},
    {"power", "0.02", "-1", "50.0000000000000000"},
    {"power", "-590567", "-1.2", "error 2201F"},
    {"power", "0.31993", "0.107", "0.8851989321782678"},
    {"power", "1.225", "-1", "0.8163265306122449"},
    {"power", "1.01323", "1.43", "1.0189725792908894"},
    {"power", "1.104642", "7", "2.0070161247369395"},
    {"power", "-7", "-2.52", "error 2201F"},
    {"power", "-78.365", "-0.276", "error 2201F"},
    {"power", "75.31", "-1.73", "0.0005662978589418631"},
    {"power", "0.5420537", "4", "0.0863314932539840"},
    {"power", "0.7", "-0.67", "1.2699432474680214"},
    {"power", "-64.45808", "2.76", "error 2201F"},
    {"power", "1.410296", "0.9", "1.3626340803262582"},
    {"power", "231082", "-5", "0.0000000000000000"},
    {"power", "0.4", "3", "0.0640000000000000"},
    {"power", "-35.667", "3", "-45373.2350859630000000"},
    {"power", "-0.96190659", "-3", "-1.1235730139477125"},
    {"power", "52", "12", "390877006486250192896.0000000000000000"},
    {"power", "0.747074", "-3", "2.3983310689262527"},
    {"power", "0.894239", "5", "0.5718314444021128"},
    {"power", "0.674112", "-2", "2.2005735249220894"},
    {"power", "885131", "2.35", "94507820039143.825"},
    {"power", "67.47", "2.4", "24539.499704917318"},
    {"power", "310107", "-2.4", "0.00000000000006612599697803874"},
    {"power", "-0.62", "9", "-0.0135370865462636"},
    {"power", "95.08284", "2", "9040.7464624656000000"},
    {"power", "0.9766", "11", "0.7706974453632797"},
    {"power", "0.74587", "1.0", "0.7458700000000000"},
    {"power", "-0.39411112", "-2.71", "error 2201F"},
    {"power", "-453955", "-2", "0.0000000000048526"},
    {"power", "1.192560", "-1.64", "0.7491562532154005"},
    {"power", "-288663", "-0.1", "error 2201F"},
    {"power", "-52.98", "-2.7", "error 2201F"},
    {"power", "0.815136", "3", "0.5416144240252355"},
    {"power", "0.92", "0.094", "0.9921927647798735"},
    {"power", "99", "8", "9227446944279201.0000000000000000"},
    {"power", "-35.8", "0.09", "error 2201F"},
    {"power", "0.6186007", "4", "0.1464338997519026"},
    {"power", "0.95304", "-3", "1.1552250927375390"},
    {"power", "-0.97872", "5", "-0.8980330409378301"},
    {"power", "0.8517", "4", "0.5261948448625521"},
    {"power", "-0.11394379", "-3", "-675.9709265706140121"},
    {"power", "-945620", "-2.447", "error 2201F"},
    {"power", "356127", "0.512", "695.69952916355701"},
    {"power", "-649064", "1.47", "error 2201F"},
    {"power", "6.48", "5", "11425.4951251968000000"},
    {"power", "89", "0.6", "14.778624139441148"},
    {"power", "0.02763", "-0.33", "3.2684685315067684"},
    {"power", "1.152", "-4", "0.5677930648471139"},
    {"power", "-96.9512", "-0.142", "error 2201F"},
    {"power", "-210002", "0.59", "error 2201F"},
    {"power", "0.92", "3", "0.7786880000000000"},
    {"power", "-0.61504", "0.5", "error 2201F"},
    {"power", "-0.3548", "0.13", "error 2201F"},
    {"power", "18.12", "0.027", "1.0813599263844365"},
    {"power", "-0.778", "8", "0.1342260394751142"},
    {"power", "801902", "0.334", "93.751130434526397"},
    {"power", "-259294", "-1.2", "error 2201F"},
    {"power", "-0.27519", "6", "0.0004343060601206"},
    {"power", "0.39", "1.40", "0.2676026746556285"},
    {"power", "0.70104803", "2.25", "0.4497099429562239"},
    {"power", "-48.817859", "-1.24", "error 2201F"},
    {"power", "0.059779", "-2.7", "2010.5674923890139"},
    {"power", "0.25063", "-5", "1011.1945714738169508"},
    {"power", "1.2769", "-1.61", "0.6746638059989034"},
    {"power", "0.957", "-2.2", "1.1015234239813496"},
    {"power", "468902", "1.9", "59573890352.828051"},
    {"power", "-48.1", "-1.3", "error 2201F"},
    {"power", "-22.81545", "2.376", "error 2201F"},
    {"power", "1.4149925", "1.919", "1.9466917605192575"},
    {"power", "-45.4648", "5", "-194256887.0009408674179157"},
    {"power", "-84.6238", "1.3", "error 2201F"},
    {"power", "0.832365", "0.9", "0.8477785601451041"},
    {"power", "0.21920705", "0.6", "0.4022654289565138"},
    {"div", "2.089485", "-218935", "0"},
    {"div", "0.5855345491", "680462", "0"},
    {"div", "47.229188", "1.0", "47"},
    {"div", "1.264143309", "1.224378702", "1"},
    {"div", "0.2", "0.7055558231", "0"},
    {"div", "-0.167660", "0.4661360", "0"},
    {"div", "90.954", "0.5111293", "177"},
    {"div", "0.516965", "1.3", "0"},
    {"div", "0.84", "46.3", "0"},
    {"div", "-35.51", "0.7094831", "-50"},
    {"div", "900008", "-151790", "-5"},
    {"div", "0.87555", "1.04548660", "0"},
    {"div", "909828", "-85.4447", "-10648"},
    {"div", "-788130", "96.22", "-8190"},
    {"div", "-0.48628", "1.06", "0"},
    {"div", "1.3050760984", "0.49600", "2"},
    {"div", "0.9924386140", "76.5", "0"},
    {"div", "-108587", "0.25219061", "-430575"},
    {"div", "-682368", "-0.423740", "1610345"},
    {"div", "1.40179", "-17.839852", "0"},
    {"div", "-85.9", "0.5992", "-143"},
    {"div", "1.3", "37.692409", "0"},
    {"div", "38.4369", "1.1137459303", "34"},
    {"div", "-773131", "21.26139", "-36363"},
    {"div", "-0.06", "0.970226364", "0"},
    {"div", "1.3", "7.4427", "0"},
    {"div", "0.98", "-12.39", "0"},
    {"div", "-0.710359", "759335", "0"},
    {"div", "-0.34573", "1.363560", "0"},
    {"div", "1.2", "0.14", "8"},
    {"div", "0.869", "62.8", "0"},
    {"div", "78.37", "0.63950266", "122"},
    {"div", "3.74716", "-738754", "0"},
    {"div", "315990", "63.1580", "5003"},
    {"div", "1.4153", "76.3800", "0"},
    {"div", "1.674", "0.76", "2"},
    {"div", "-0.249246", "1.4692", "0"},
    {"div", "0.6172", "-82", "0"},
    {"div", "78.3826", "-0.8032", "-97"},
    {"div", "1.1878067045", "-85.11", "0"},
    {"div", "-0.700100", "1.4859", "0"},
    {"div", "1.3481131341", "-0.09889", "-13"},
    {"div", "-0.9", "-0.9934641", "0"},
    {"div", "0.582", "-722291", "0"},
    {"div", "-0.84", "-53.088", "0"},
    {"div", "69", "52.157348", "1"},
    {"div", "0.41961", "551413", "0"},
    {"div", "-51.08629", "491005", "0"},
    {"div", "0.538", "0.1028", "5"},
    {"div", "-614074", "0.43266034", "-1419298"},
    {"div", "-0.6824", "82.003", "0"},
    {"div", "0.7023052278", "0.72848", "0"},
    {"div", "-0.4", "-42.3677", "0"},
    {"div", "1.014212040", "1.4318613", "0"},
    {"div", "-334341", "1.2247099", "-272996"},
    {"div", "-246506", "1.156258", "-213192"},
    {"div", "-40.50", "1.40", "-28"},
    {"div", "97.4", "22.0", "4"},
    {"div", "1.22312", "0.5898", "2"},
    {"div", "1.470", "68.664068", "0"},
    {"div", "-299975", "0.494236", "-606946"},
    {"div", "433706", "332007", "1"},
    {"div", "-75.002", "0.129880", "-577"},
    {"div", "1.25772427", "-202441", "0"},
    {"div", "-284651", "0.53897593", "-528133"},
    {"div", "1.25076", "0.363", "3"},
    {"div", "-58388", "1.203716299", "-48506"},
    {"div", "93.0", "1.49319", "62"},
    {"div", "-41.7", "-0.62758", "66"},
    {"div", "0.859745", "-66.588967", "0"},
    {"div", "0.816371051", "0.8", "1"},
    {"div", "-0.15900518", "75.554454", "0"},
    {"div", "-92.317", "0.66264087", "-139"},
    {"div", "961929", "0.51", "1886135"},
    {"div", "7.5", "0.8383102", "8"},
    {"div", "0.937", "1.0", "0"},
    {"div", "1.11307394", "25445", "0"},
    {"div", "659833", "90.7", "7274"},
    {"div", "86.460", "218723", "0"},
    {"div", "1.19508", "-43.36739", "0"},
};

TEST(FuncMathTest, RandomNumericCasesMatchPostgres) {
  for (const RandomNumericCase& c : kRandomNumericCases) {
    std::string_view f = c.function;
    Numeric a = N(c.a);
    Result<Numeric> r = f == "sqrt"    ? NumericSqrt(a)
                        : f == "exp"   ? NumericExp(a)
                        : f == "ln"    ? NumericLn(a)
                        : f == "log10" ? NumericLog10(a)
                        : f == "log"   ? NumericLog(a, N(c.b))
                        : f == "power" ? NumericPower(a, N(c.b))
                                       : NumericDivTrunc(a, N(c.b));
    std::string got = r.ok() ? Text(*r) : "error " + std::string(r.status().sqlstate());
    EXPECT_EQ(got, c.expected) << c.function << "(" << c.a << ", " << c.b << ")";
  }
}

}  // namespace
}  // namespace augur::types
