// Scalar math function kernels; see func_math.h for the contract.
//
// float8 functions follow PostgreSQL's float.c checks one for one: it does
// not trust libm with special values, so neither do we, and overflow or
// underflow of a finite input is an error, not Infinity or 0.
//
// numeric transcendental functions evaluate in 60-digit decimal floating point
// (boost::multiprecision::cpp_dec_float) and round half away from zero to the
// result scale that PostgreSQL's numeric.c would choose (its rscale rules are
// reproduced below, including estimate_ln_dweight on base-10000 digits).
#include "types/func_math.h"
#include "types/numeric.h"
#include "types/numeric_big.h"

#include <boost/multiprecision/cpp_dec_float.hpp>
#include <boost/multiprecision/cpp_int.hpp>

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <limits>
#include <random>
#include <string>

namespace augur::types {
namespace {

// ---------------------------------------------------------------- float8

Status Float8Overflow() { return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: overflow"); }
Status Float8Underflow() { return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: underflow"); }
Status LogOfZero() { return Status::Error("2201E", "cannot take logarithm of zero"); }
Status LogOfNegative() { return Status::Error("2201E", "cannot take logarithm of a negative number"); }
Status SqrtOfNegative() { return Status::Error("2201F", "cannot take square root of a negative number"); }
Status ZeroToNegativePower() { return Status::Error("2201F", "zero raised to a negative power is undefined"); }
Status ComplexPower() {
  return Status::Error("2201F", "a negative number raised to a non-integer power yields a complex result");
}
Status DivisionByZero() { return Status::Error(sqlstate::kDivisionByZero, "division by zero"); }
Status NumericOverflow() { return Status::Error(sqlstate::kNumericValueOutOfRange, "value overflows numeric format"); }

// PostgreSQL's RADIANS_PER_DEGREE.
constexpr double kRadiansPerDegree = 0.0174532925199432957692;

}  // namespace

double Float8Round(double x) { return std::rint(x); }
double Float8Trunc(double x) { return x >= 0 ? std::floor(x) : -std::floor(-x); }
double Float8Floor(double x) { return std::floor(x); }
double Float8Ceil(double x) { return std::ceil(x); }
double Float8Sign(double x) { return x > 0 ? 1.0 : (x < 0 ? -1.0 : 0.0); }

Result<double> Float8Power(double x, double y) {
  if (std::isnan(x)) return (std::isnan(y) || y != 0.0) ? x : 1.0;
  if (std::isnan(y)) return x != 1.0 ? y : 1.0;
  if (x == 0 && y < 0) return ZeroToNegativePower();
  if (x < 0 && std::floor(y) != y) return ComplexPower();
  if (std::isinf(y)) {
    double abs_x = std::fabs(x);
    if (abs_x == 1.0) return 1.0;
    if (y > 0) return abs_x > 1.0 ? y : 0.0;
    return abs_x > 1.0 ? 0.0 : -y;
  }
  if (std::isinf(x)) {
    if (y == 0.0) return 1.0;
    if (x > 0) return y > 0 ? x : 0.0;
    double half_y = y / 2;
    bool y_is_odd_integer = std::floor(half_y) != half_y;
    if (y > 0) return y_is_odd_integer ? x : -x;
    return y_is_odd_integer ? -0.0 : 0.0;
  }
  errno = 0;
  double result = std::pow(x, y);
  if (errno == EDOM || std::isnan(result)) {
    if (x == 0.0) return 0.0;
    double abs_x = std::fabs(x);
    if (abs_x == 1.0) return 1.0;
    if (y >= 0.0 ? (abs_x > 1.0) : (abs_x < 1.0)) return Float8Overflow();
    return Float8Underflow();
  }
  if (errno == ERANGE) return result != 0.0 ? Float8Overflow() : Float8Underflow();
  if (std::isinf(result)) return Float8Overflow();
  if (result == 0.0 && x != 0.0) return Float8Underflow();
  return result;
}

Result<double> Float8Sqrt(double x) {
  if (x < 0) return SqrtOfNegative();
  double result = std::sqrt(x);
  if (std::isinf(result) && !std::isinf(x)) return Float8Overflow();
  if (result == 0.0 && x != 0.0) return Float8Underflow();
  return result;
}

Result<double> Float8Cbrt(double x) {
  double result = std::cbrt(x);
  if (std::isinf(result) && !std::isinf(x)) return Float8Overflow();
  if (result == 0.0 && x != 0.0) return Float8Underflow();
  return result;
}

Result<double> Float8Exp(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return x > 0 ? x : 0.0;
  errno = 0;
  double result = std::exp(x);
  if (errno == ERANGE) return result != 0.0 ? Float8Overflow() : Float8Underflow();
  if (std::isinf(result)) return Float8Overflow();
  if (result == 0.0) return Float8Underflow();
  return result;
}

Result<double> Float8Ln(double x) {
  if (x == 0.0) return LogOfZero();
  if (x < 0) return LogOfNegative();
  double result = std::log(x);
  if (std::isinf(result) && !std::isinf(x)) return Float8Overflow();
  if (result == 0.0 && x != 1.0) return Float8Underflow();
  return result;
}

Result<double> Float8Log10(double x) {
  if (x == 0.0) return LogOfZero();
  if (x < 0) return LogOfNegative();
  double result = std::log10(x);
  if (std::isinf(result) && !std::isinf(x)) return Float8Overflow();
  if (result == 0.0 && x != 1.0) return Float8Underflow();
  return result;
}

Result<double> Float8Degrees(double radians) {
  double result = radians / kRadiansPerDegree;
  if (std::isinf(result) && !std::isinf(radians)) return Float8Overflow();
  if (result == 0.0 && radians != 0.0) return Float8Underflow();
  return result;
}

Result<double> Float8Radians(double degrees) {
  double result = degrees * kRadiansPerDegree;
  if (std::isinf(result) && !std::isinf(degrees)) return Float8Overflow();
  if (result == 0.0 && degrees != 0.0) return Float8Underflow();
  return result;
}

Result<int32_t> Float8WidthBucket(double operand, double bound1, double bound2, int32_t count) {
  constexpr std::string_view kWidthBucketError = "2201G";
  if (count <= 0) return Status::Error(kWidthBucketError, "count must be greater than zero");
  if (std::isnan(operand) || std::isnan(bound1) || std::isnan(bound2)) {
    return Status::Error(kWidthBucketError, "operand, lower bound, and upper bound cannot be NaN");
  }
  if (std::isinf(bound1) || std::isinf(bound2)) {
    return Status::Error(kWidthBucketError, "lower and upper bounds must be finite");
  }
  auto past_end = [count]() -> Result<int32_t> {
    if (count == INT32_MAX) return Status::Error(sqlstate::kNumericValueOutOfRange, "integer out of range");
    return count + 1;
  };
  if (bound1 < bound2) {
    if (operand < bound1) return 0;
    if (operand >= bound2) return past_end();
    return static_cast<int32_t>((static_cast<double>(count) * (operand - bound1) / (bound2 - bound1)) + 1);
  }
  if (bound1 > bound2) {
    if (operand > bound1) return 0;
    if (operand <= bound2) return past_end();
    return static_cast<int32_t>((static_cast<double>(count) * (bound1 - operand) / (bound1 - bound2)) + 1);
  }
  return Status::Error(kWidthBucketError, "lower bound cannot equal upper bound");
}

// ---------------------------------------------------------------- integers

namespace {

template <typename T>
constexpr std::string_view OutOfRangeMessage() {
  if constexpr (sizeof(T) == 2) return "smallint out of range";
  if constexpr (sizeof(T) == 4) return "integer out of range";
  return "bigint out of range";
}

template <typename T>
Status IntOutOfRange() {
  return Status::Error(sqlstate::kNumericValueOutOfRange, std::string(OutOfRangeMessage<T>()));
}

template <typename T>
Result<T> IntAbs(T x) {
  if (x == std::numeric_limits<T>::min()) return IntOutOfRange<T>();
  return static_cast<T>(x < 0 ? -x : x);
}

template <typename T>
Result<T> IntMod(T a, T b) {
  if (b == 0) return DivisionByZero();
  if (b == -1) return T{0};  // INT_MIN % -1 traps on x86
  return static_cast<T>(a % b);
}

// PostgreSQL's int4gcd_internal/int8gcd_internal: works in negative space so
// that INT_MIN is handled.
template <typename T>
Result<T> IntGcd(T a, T b) {
  T neg_a = a < 0 ? a : static_cast<T>(-a);
  T neg_b = b < 0 ? b : static_cast<T>(-b);
  if (neg_a > neg_b) std::swap(a, b);
  if (a == std::numeric_limits<T>::min()) {
    if (b == 0 || b == std::numeric_limits<T>::min()) return IntOutOfRange<T>();
    if (b == -1) return T{1};
  }
  while (b != 0) {
    T r = static_cast<T>(a % b);
    a = b;
    b = r;
  }
  return static_cast<T>(a < 0 ? -a : a);
}

template <typename T>
Result<T> IntLcm(T a, T b) {
  if (a == 0 || b == 0) return T{0};
  ASSIGN_OR_RETURN(T gcd, IntGcd<T>(a, b));
  T reduced = static_cast<T>(a / gcd);
  T result;
  if (__builtin_mul_overflow(reduced, b, &result) || result == std::numeric_limits<T>::min()) {
    return IntOutOfRange<T>();
  }
  return static_cast<T>(result < 0 ? -result : result);
}

}  // namespace

Result<int16_t> Int2Abs(int16_t x) { return IntAbs(x); }
Result<int32_t> Int4Abs(int32_t x) { return IntAbs(x); }
Result<int64_t> Int8Abs(int64_t x) { return IntAbs(x); }
Result<int16_t> Int2Mod(int16_t a, int16_t b) { return IntMod(a, b); }
Result<int32_t> Int4Mod(int32_t a, int32_t b) { return IntMod(a, b); }
Result<int64_t> Int8Mod(int64_t a, int64_t b) { return IntMod(a, b); }
Result<int32_t> Int4Gcd(int32_t a, int32_t b) { return IntGcd(a, b); }
Result<int64_t> Int8Gcd(int64_t a, int64_t b) { return IntGcd(a, b); }
Result<int32_t> Int4Lcm(int32_t a, int32_t b) { return IntLcm(a, b); }
Result<int64_t> Int8Lcm(int64_t a, int64_t b) { return IntLcm(a, b); }

// ---------------------------------------------------------------- numeric

namespace {

using Big = boost::multiprecision::number<boost::multiprecision::cpp_dec_float<60>>;
using BigInt = boost::multiprecision::cpp_int;

// PostgreSQL numeric.c constants.
constexpr int kMinSigDigits = 16;         // NUMERIC_MIN_SIG_DIGITS
constexpr int kMaxDisplayScale = 1000;    // NUMERIC_MAX_DISPLAY_SCALE
constexpr int kMaxResultScale = 2000;     // NUMERIC_MAX_RESULT_SCALE

// Transcendental functions compute in cpp_dec_float<60>: results needing more
// significant digits than that carries reliably are refused rather than
// returned with wrong trailing digits.
constexpr int kMaxTranscendentalDigits = 55;

Big ToBig(const Numeric& n) { return Big(NumericToString(n)); }

BigInt ToBigInt(const Numeric& n) { return NumericCoefficient(n); }

BigInt BigPow10(int k) { return boost::multiprecision::pow(BigInt(10), static_cast<unsigned>(k)); }

std::string AbsDigits(const Numeric& n) {
  BigInt c = NumericCoefficient(n);
  return (c < 0 ? BigInt(-c) : c).str();
}

Result<Numeric> FromBigInt(const BigInt& v, int scale) { return NumericFromCoefficient(v, scale); }

Status TooPreciseForTranscendental() {
  return Status::Error(sqlstate::kFeatureNotSupported,
                       "numeric function result needs more than " + std::to_string(kMaxTranscendentalDigits) +
                           " significant digits, which augurdb does not support for sqrt, exp, ln, log and "
                           "non-integer power");
}

// Rounds `v` half away from zero to `scale` digits after the point.
Result<Numeric> FromBig(const Big& v, int scale) {
  if (v != 0) {
    // Significant digits of the result: its decimal weight + 1 + scale.
    int weight = static_cast<int>(std::floor(std::log10(boost::multiprecision::abs(v).convert_to<double>())));
    if (boost::multiprecision::abs(v) >= Big("1e300")) return NumericOverflow();
    if (weight + 1 + scale > kMaxTranscendentalDigits) return TooPreciseForTranscendental();
  }
  Big scaled = v * boost::multiprecision::pow(Big(10), scale);
  Big rounded = boost::multiprecision::round(scaled);
  std::string text = rounded.str(0, std::ios_base::fixed);
  size_t point = text.find('.');
  if (point != std::string::npos) text.resize(point);
  if (text == "-0") text = "0";
  BigInt as_int(text);
  return FromBigInt(as_int, scale);
}

// The leading base-10000 digits of |n|, as PostgreSQL's NumericVar holds them.
struct NbaseDigits {
  int weight = 0;   // base-10000 exponent of the first digit
  int ndigits = 0;  // digits after stripping leading and trailing zero groups
  int first = 0;
  int second = 0;
};

NbaseDigits ToNbase(const Numeric& n) {
  NbaseDigits r;
  std::string digits = AbsDigits(n);
  if (digits == "0") return r;
  int length = static_cast<int>(digits.size());
  int scale = n.scale;
  std::string int_part = length > scale ? digits.substr(0, length - scale) : "";
  std::string frac_part = length > scale ? digits.substr(length - scale) : std::string(scale - length, '0') + digits;
  int_part.insert(0, (4 - int_part.size() % 4) % 4, '0');
  frac_part.append((4 - frac_part.size() % 4) % 4, '0');
  std::string all = int_part + frac_part;
  int groups = static_cast<int>(all.size() / 4);
  int begin = 0;
  int end = groups;
  r.weight = static_cast<int>(int_part.size() / 4) - 1;
  auto group = [&all](int i) { return std::stoi(all.substr(static_cast<size_t>(i) * 4, 4)); };
  while (begin < end && group(begin) == 0) {
    ++begin;
    --r.weight;
  }
  while (end > begin && group(end - 1) == 0) --end;
  r.ndigits = end - begin;
  r.first = group(begin);
  r.second = r.ndigits > 1 ? group(begin + 1) : 0;
  return r;
}


int Sign(const Numeric& n) {
  switch (n.kind) {
    case NumericKind::kPositiveInfinity: return 1;
    case NumericKind::kNegativeInfinity: return -1;
    case NumericKind::kNaN: return 0;
    case NumericKind::kFinite:
    case NumericKind::kBig: break;
  }
  BigInt c = NumericCoefficient(n);
  return c > 0 ? 1 : (c < 0 ? -1 : 0);
}

// PostgreSQL's estimate_ln_dweight: the decimal weight of ln(x).
int EstimateLnDecimalWeight(const Numeric& x) {
  if (Sign(x) <= 0) return 0;
  Big value = ToBig(x);
  if (value >= Big("0.9") && value <= Big("1.1")) {
    // ln(1 + d) ~= d: use the weight of d = x - 1.
    BigInt d = NumericCoefficient(x) - BigPow10(x.scale);
    if (d == 0) return 0;
    return static_cast<int>((d < 0 ? BigInt(-d) : d).str().size()) - 1 - x.scale;
  }
  NbaseDigits nb = ToNbase(x);
  int digits = nb.first;
  int decimal_weight = nb.weight * 4;
  if (nb.ndigits > 1) {
    digits = digits * 10000 + nb.second;
    decimal_weight -= 4;
  }
  double ln_var = std::log(static_cast<double>(digits)) + decimal_weight * 2.302585092994046;
  return static_cast<int>(std::log10(std::fabs(ln_var)));
}

int ClampScale(int rscale) {
  if (rscale < 0) rscale = 0;
  if (rscale > kMaxDisplayScale) rscale = kMaxDisplayScale;
  return rscale;
}

Numeric NaN() { return Numeric::Special(NumericKind::kNaN); }
Numeric PositiveInfinity() { return Numeric::Special(NumericKind::kPositiveInfinity); }
Numeric NegativeInfinity() { return Numeric::Special(NumericKind::kNegativeInfinity); }
Numeric Integer(int128_t v) { return Numeric::Finite(v, 0); }

bool IsIntegral(const Numeric& n) {
  if (!n.is_finite()) return false;
  return NumericCoefficient(n) % BigPow10(n.scale) == 0;
}

bool EqualsInteger(const Numeric& n, int v) {
  if (!n.is_finite()) return false;
  return NumericCompare(n, Numeric::Finite(v, 0)) == 0;
}

Numeric TruncToInteger(const Numeric& n) {
  Result<Numeric> r = NumericTrunc(n, 0);
  assert(r.ok());  // never larger than n
  return *r;
}

// power() when an argument is NaN or infinite (PostgreSQL's POSIX rules).
Result<Numeric> NumericPowerSpecial(const Numeric& x, const Numeric& y) {
  if (x.is_nan()) return EqualsInteger(y, 0) ? Integer(1) : NaN();
  if (y.is_nan()) return EqualsInteger(x, 1) ? Integer(1) : NaN();
  int sign_x = Sign(x);
  int sign_y = Sign(y);
  if (sign_x == 0 && sign_y < 0) return ZeroToNegativePower();
  if (sign_x < 0 && !IsIntegral(y)) return ComplexPower();
  if (EqualsInteger(x, 1)) return Integer(1);
  if (sign_y == 0) return Integer(1);
  if (sign_x == 0 && sign_y > 0) return Integer(0);
  if (!y.is_finite()) {
    bool abs_x_gt_one = true;
    if (x.is_finite()) {
      if (EqualsInteger(x, -1)) return Integer(1);
      abs_x_gt_one = boost::multiprecision::abs(ToBig(x)) > 1;
    }
    return abs_x_gt_one == (sign_y > 0) ? PositiveInfinity() : Integer(0);
  }
  if (x.kind == NumericKind::kPositiveInfinity) return sign_y > 0 ? PositiveInfinity() : Integer(0);
  // x is -Infinity, y finite.
  if (sign_y < 0) return Integer(0);
  bool odd_integer = IsIntegral(y) && (ToBigInt(TruncToInteger(y)) % 2 != 0);
  return odd_integer ? NegativeInfinity() : PositiveInfinity();
}

}  // namespace

Result<Numeric> NumericSqrt(const Numeric& x) {
  if (x.is_nan()) return NaN();
  if (x.kind == NumericKind::kPositiveInfinity) return PositiveInfinity();
  if (Sign(x) < 0) return SqrtOfNegative();
  int weight = ToNbase(x).weight;
  int sweight = (weight + 1) * 4 / 2 - 1;
  int rscale = kMinSigDigits - sweight;
  rscale = std::max(rscale, static_cast<int>(x.scale));
  rscale = ClampScale(rscale);
  return FromBig(boost::multiprecision::sqrt(ToBig(x)), rscale);
}

Result<Numeric> NumericExp(const Numeric& x) {
  if (x.is_nan()) return NaN();
  if (x.kind == NumericKind::kPositiveInfinity) return PositiveInfinity();
  if (x.kind == NumericKind::kNegativeInfinity) return Integer(0);
  Big value = ToBig(x);
  double approx = value.convert_to<double>() * 0.434294481903252;
  approx = std::max(approx, -static_cast<double>(kMaxResultScale));
  approx = std::min(approx, static_cast<double>(kMaxResultScale));
  int rscale = kMinSigDigits - static_cast<int>(approx);
  rscale = ClampScale(std::max(rscale, static_cast<int>(x.scale)));
  if (approx > kNumericMaxIntegerDigits) return NumericOverflow();
  return FromBig(boost::multiprecision::exp(value), rscale);
}

Result<Numeric> NumericLn(const Numeric& x) {
  if (x.is_nan()) return NaN();
  if (x.kind == NumericKind::kPositiveInfinity) return PositiveInfinity();
  int sign = Sign(x);
  if (sign == 0) return LogOfZero();
  if (sign < 0) return LogOfNegative();
  int rscale = kMinSigDigits - EstimateLnDecimalWeight(x);
  rscale = ClampScale(std::max(rscale, static_cast<int>(x.scale)));
  return FromBig(boost::multiprecision::log(ToBig(x)), rscale);
}

Result<Numeric> NumericLog(const Numeric& base, const Numeric& x) {
  if (!base.is_finite() || !x.is_finite()) {
    if (base.is_nan() || x.is_nan()) return NaN();
    if (Sign(base) < 0 || Sign(x) < 0) return LogOfNegative();
    if (Sign(base) == 0 || Sign(x) == 0) return LogOfZero();
    if (base.kind == NumericKind::kPositiveInfinity) {
      return x.kind == NumericKind::kPositiveInfinity ? NaN() : Integer(0);
    }
    return PositiveInfinity();
  }
  int sign_base = Sign(base);
  int sign_x = Sign(x);
  if (sign_base == 0 || sign_x == 0) return LogOfZero();
  if (sign_base < 0 || sign_x < 0) return LogOfNegative();
  int result_dweight = EstimateLnDecimalWeight(x) - EstimateLnDecimalWeight(base);
  int rscale = kMinSigDigits - result_dweight;
  rscale = std::max({rscale, static_cast<int>(base.scale), static_cast<int>(x.scale)});
  rscale = ClampScale(rscale);
  Big ln_base = boost::multiprecision::log(ToBig(base));
  if (ln_base == 0) return DivisionByZero();
  return FromBig(boost::multiprecision::log(ToBig(x)) / ln_base, rscale);
}

Result<Numeric> NumericLog10(const Numeric& x) { return NumericLog(Integer(10), x); }

namespace {

// base^exponent for a nonzero finite base and an integer exponent, computed
// exactly with cpp_int and rounded half away from zero to `rscale` digits
// (PostgreSQL's power_var_int result at its rscale).
Result<Numeric> PowerInteger(const Numeric& base, int64_t exponent, int rscale) {
  const BigInt c = NumericCoefficient(base);
  const int s = base.scale;
  const uint64_t n = exponent < 0 ? static_cast<uint64_t>(-exponent) : static_cast<uint64_t>(exponent);
  // Decimal weight of the result, from doubles: n * log10|base|.
  if (exponent == 0) return FromBigInt(BigPow10(rscale), rscale);
  // log10|base| from the digits: (digit count - scale) + log10(0.d1d2...).
  const std::string digits = AbsDigits(base);
  const double log10_base = static_cast<double>(static_cast<int64_t>(digits.size()) - s) +
                            std::log10(std::stod("0." + digits.substr(0, 17)));
  const double weight = static_cast<double>(exponent) * log10_base;
  if (weight > kNumericMaxIntegerDigits + 1.0) return NumericOverflow();
  if (weight < -(rscale + 2.0)) return FromBigInt(0, rscale);  // rounds to zero
  // |c|^n has about n * digits(c) digits: bounded by the checks above unless
  // |base| is near 1 with many digits; refuse beyond ~1M digits of work.
  const double coefficient_digits = static_cast<double>(n) * std::log10(std::fabs(c.convert_to<double>()) + 1);
  if (coefficient_digits > 1000000) {
    return Status::Error(sqlstate::kFeatureNotSupported,
                         "power() with this many digits in the intermediate result is not supported");
  }
  const BigInt power = boost::multiprecision::pow(c, static_cast<unsigned>(n));
  BigInt numerator, denominator;
  if (exponent >= 0) {
    // c^n * 10^(-s*n) at rscale: c^n * 10^(rscale - s*n).
    const int64_t shift = static_cast<int64_t>(rscale) - static_cast<int64_t>(s) * static_cast<int64_t>(n);
    if (shift >= 0) return FromBigInt(power * BigPow10(static_cast<int>(shift)), rscale);
    numerator = power;
    denominator = BigPow10(static_cast<int>(-shift));
  } else {
    // 10^(s*n) / c^n at rscale: 10^(s*n + rscale) / c^n.
    numerator = BigPow10(static_cast<int>(static_cast<int64_t>(s) * static_cast<int64_t>(n) + rscale));
    denominator = power;
  }
  BigInt q = numerator / denominator;
  BigInt r = numerator % denominator;
  if (r != 0) {
    BigInt r2 = (r < 0 ? BigInt(-r) : r) * 2;
    BigInt d = denominator < 0 ? BigInt(-denominator) : denominator;
    if (r2 >= d) q += ((numerator < 0) != (denominator < 0)) ? -1 : 1;
  }
  return FromBigInt(q, rscale);
}

}  // namespace

Result<Numeric> NumericPower(const Numeric& base, const Numeric& exponent) {
  if (!base.is_finite() || !exponent.is_finite()) return NumericPowerSpecial(base, exponent);
  int sign_base = Sign(base);
  if (sign_base == 0 && Sign(exponent) < 0) return ZeroToNegativePower();
  if (sign_base < 0 && !IsIntegral(exponent)) return ComplexPower();
  Big b = ToBig(base);
  Big e = ToBig(exponent);
  if (IsIntegral(exponent) && e >= INT32_MIN && e <= INT32_MAX) {
    int rscale = ClampScale(std::max(kMinSigDigits, static_cast<int>(base.scale)));
    if (sign_base == 0) return FromBig(Big(e == 0 ? 1 : 0), rscale);
    return PowerInteger(base, e.convert_to<int64_t>(), rscale);
  }
  if (sign_base == 0) return Numeric::Finite(0, kMinSigDigits);
  Big ln_num = boost::multiprecision::log(boost::multiprecision::abs(b)) * e;
  double approx = ln_num.convert_to<double>();
  if (std::fabs(approx) > kMaxResultScale * 3.01) {
    return NumericOverflow();  // PostgreSQL: overflow, or 0 at scale 1000
  }
  approx *= 0.434294481903252;
  int rscale = kMinSigDigits - static_cast<int>(approx);
  rscale = std::max({rscale, static_cast<int>(base.scale), static_cast<int>(exponent.scale)});
  rscale = ClampScale(rscale);
  return FromBig(boost::multiprecision::exp(ln_num), rscale);
}

Result<Numeric> NumericDivTrunc(const Numeric& a, const Numeric& b) {
  if (!a.is_finite() || !b.is_finite()) {
    if (a.is_nan() || b.is_nan()) return NaN();
    if (!a.is_finite()) {
      if (!b.is_finite()) return NaN();
      int sign_b = Sign(b);
      if (sign_b == 0) return DivisionByZero();
      bool positive = (a.kind == NumericKind::kPositiveInfinity) == (sign_b > 0);
      return positive ? PositiveInfinity() : NegativeInfinity();
    }
    return Integer(0);
  }
  if (NumericCoefficient(b) == 0) return DivisionByZero();
  BigInt numerator = ToBigInt(a) * boost::multiprecision::pow(BigInt(10), b.scale);
  BigInt denominator = ToBigInt(b) * boost::multiprecision::pow(BigInt(10), a.scale);
  return FromBigInt(numerator / denominator, 0);  // cpp_int division truncates toward zero
}

// ---------------------------------------------------------------- random

namespace {
inline uint64_t RotateLeft(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
}  // namespace

SessionRandom::SessionRandom() {
  std::random_device device;
  Seed((static_cast<uint64_t>(device()) << 32) ^ device());
}

void SessionRandom::Seed(uint64_t seed) {
  // pg_prng_seed: two splitmix64 outputs; never all zero.
  auto splitmix = [&seed]() {
    uint64_t v = (seed += 0x9E3779B97f4A7C15ULL);
    v = (v ^ (v >> 30)) * 0xBF58476D1CE4E5B9ULL;
    v = (v ^ (v >> 27)) * 0x94D049BB133111EBULL;
    return v ^ (v >> 31);
  };
  state_[0] = splitmix();
  state_[1] = splitmix();
  if (state_[0] == 0 && state_[1] == 0) {
    state_[0] = 0x5851F42D4C957F2DULL;
    state_[1] = 0x14057B7EF767814FULL;
  }
}

double SessionRandom::Next() {
  // xoroshiro128** (pg_prng.c), top 52 bits.
  uint64_t s0 = state_[0], sx = state_[1] ^ s0;
  uint64_t value = RotateLeft(s0 * 5, 7) * 9;
  state_[0] = RotateLeft(s0, 24) ^ sx ^ (sx << 16);
  state_[1] = RotateLeft(sx, 37);
  return std::ldexp(static_cast<double>(value >> 12), -52);
}

Status SessionRandom::SetSeed(double seed) {
  if (!(seed >= -1 && seed <= 1)) {
    char text[64];
    std::snprintf(text, sizeof text, "%g", seed);
    return Status::Error(sqlstate::kInvalidParameterValue,
                         std::string("setseed parameter ") + text + " is out of allowed range [-1,1]");
  }
  // pg_prng_fseed: about 52 mantissa bits, the sign contributes too.
  int64_t mixed = static_cast<int64_t>(static_cast<double>((uint64_t{1} << 52) - 1) * seed);
  Seed(static_cast<uint64_t>(mixed));
  return Status::Ok();
}

SessionRandom& ThreadSessionRandom() {
  static thread_local SessionRandom random;
  return random;
}

// ---- trigonometry ---------------------------------------------------------------

namespace {

Status InputOutOfRange() { return Status::Error(sqlstate::kNumericValueOutOfRange, "input is out of range"); }

Result<double> CheckFloatResult(double r, bool inf_ok) {
  if (std::isinf(r) && !inf_ok) return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: overflow");
  return r;
}

// PostgreSQL computes these once at run time (init_degree_constants); so do we.
struct DegreeConstants {
  double sin_30, one_minus_cos_60, asin_0_5, acos_0_5, atan_1_0, tan_45, cot_45;
};
double SindZeroTo30(const DegreeConstants& k, double x) {
  volatile double sin_x = std::sin(x * kRadiansPerDegree);
  return (sin_x / k.sin_30) / 2.0;
}
double CosdZeroTo60(const DegreeConstants& k, double x) {
  volatile double one_minus_cos_x = 1.0 - std::cos(x * kRadiansPerDegree);
  return 1.0 - (one_minus_cos_x / k.one_minus_cos_60) / 2.0;
}
double SindQ1(const DegreeConstants& k, double x) {
  if (x <= 30.0) return SindZeroTo30(k, x);
  return CosdZeroTo60(k, 90.0 - x);
}
double CosdQ1(const DegreeConstants& k, double x) {
  if (x <= 60.0) return CosdZeroTo60(k, x);
  return SindZeroTo30(k, 90.0 - x);
}
const DegreeConstants& Degrees() {
  static const DegreeConstants k = [] {
    DegreeConstants c{};
    volatile double v = 30.0;
    c.sin_30 = std::sin(v * kRadiansPerDegree);
    v = 60.0;
    c.one_minus_cos_60 = 1.0 - std::cos(v * kRadiansPerDegree);
    v = 0.5;
    c.asin_0_5 = std::asin(v);
    c.acos_0_5 = std::acos(v);
    v = 1.0;
    c.atan_1_0 = std::atan(v);
    c.tan_45 = SindQ1(c, 45.0) / CosdQ1(c, 45.0);
    c.cot_45 = CosdQ1(c, 45.0) / SindQ1(c, 45.0);
    return c;
  }();
  return k;
}
double AsindQ1(const DegreeConstants& k, double x) {
  if (x <= 0.5) {
    volatile double asin_x = std::asin(x);
    return (asin_x / k.asin_0_5) * 30.0;
  }
  volatile double acos_x = std::acos(x);
  return 90.0 - (acos_x / k.acos_0_5) * 60.0;
}
double AcosdQ1(const DegreeConstants& k, double x) {
  if (x <= 0.5) {
    volatile double asin_x = std::asin(x);
    return 90.0 - (asin_x / k.asin_0_5) * 30.0;
  }
  volatile double acos_x = std::acos(x);
  return (acos_x / k.acos_0_5) * 60.0;
}

}  // namespace

Result<double> Float8Sin(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  return CheckFloatResult(std::sin(x), true);
}
Result<double> Float8Cos(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  return CheckFloatResult(std::cos(x), true);
}
Result<double> Float8Tan(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  return std::tan(x);
}
Result<double> Float8Cot(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  return 1.0 / std::tan(x);
}
Result<double> Float8Asin(double x) {
  if (std::isnan(x)) return x;
  if (x < -1.0 || x > 1.0) return InputOutOfRange();
  return std::asin(x);
}
Result<double> Float8Acos(double x) {
  if (std::isnan(x)) return x;
  if (x < -1.0 || x > 1.0) return InputOutOfRange();
  return std::acos(x);
}
Result<double> Float8Atan(double x) {
  if (std::isnan(x)) return x;
  return std::atan(x);
}
Result<double> Float8Atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return std::nan("");
  return std::atan2(y, x);
}

Result<double> Float8Sind(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  const DegreeConstants& k = Degrees();
  double sign = 1.0;
  x = std::fmod(x, 360.0);
  if (x < 0.0) {
    x = -x;
    sign = -sign;
  }
  if (x > 180.0) {
    x = 360.0 - x;
    sign = -sign;
  }
  if (x > 90.0) x = 180.0 - x;
  return sign * SindQ1(k, x);
}
Result<double> Float8Cosd(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  const DegreeConstants& k = Degrees();
  double sign = 1.0;
  x = std::fmod(x, 360.0);
  if (x < 0.0) x = -x;
  if (x > 180.0) x = 360.0 - x;
  if (x > 90.0) {
    x = 180.0 - x;
    sign = -sign;
  }
  return sign * CosdQ1(k, x);
}
namespace {

// tand and cotd: the angle folded into [0, 90] with the sign of the result,
// then the ratio of the exact first-quadrant sine and cosine, normalised so
// tand(45) and cotd(45) are exactly 1 (PostgreSQL's dtand/dcotd).
struct FoldedAngle {
  double x;
  double sign;
};
FoldedAngle FoldForTangent(double x) {
  double sign = 1.0;
  x = std::fmod(x, 360.0);
  if (x < 0.0) {
    x = -x;
    sign = -sign;
  }
  if (x > 180.0) {
    x = 360.0 - x;
    sign = -sign;
  }
  if (x > 90.0) {
    x = 180.0 - x;
    sign = -sign;
  }
  return {x, sign};
}

}  // namespace

Result<double> Float8Tand(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  const DegreeConstants& k = Degrees();
  FoldedAngle a = FoldForTangent(x);
  volatile double tan_x = SindQ1(k, a.x) / CosdQ1(k, a.x);
  double r = a.sign * (tan_x / k.tan_45);
  if (r == 0.0) r = 0.0;  // no "-0"
  return r;
}
Result<double> Float8Cotd(double x) {
  if (std::isnan(x)) return x;
  if (std::isinf(x)) return InputOutOfRange();
  const DegreeConstants& k = Degrees();
  FoldedAngle a = FoldForTangent(x);
  volatile double cot_x = CosdQ1(k, a.x) / SindQ1(k, a.x);
  double r = a.sign * (cot_x / k.cot_45);
  if (r == 0.0) r = 0.0;
  return r;
}
Result<double> Float8Asind(double x) {
  if (std::isnan(x)) return x;
  if (x < -1.0 || x > 1.0) return InputOutOfRange();
  const DegreeConstants& k = Degrees();
  return x >= 0.0 ? AsindQ1(k, x) : -AsindQ1(k, -x);
}
Result<double> Float8Acosd(double x) {
  if (std::isnan(x)) return x;
  if (x < -1.0 || x > 1.0) return InputOutOfRange();
  const DegreeConstants& k = Degrees();
  return x >= 0.0 ? AcosdQ1(k, x) : 90.0 + AsindQ1(k, -x);
}
Result<double> Float8Atand(double x) {
  if (std::isnan(x)) return x;
  volatile double atan_x = std::atan(x);
  return (atan_x / Degrees().atan_1_0) * 45.0;
}
Result<double> Float8Atan2d(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return std::nan("");
  volatile double atan2_yx = std::atan2(y, x);
  return (atan2_yx / Degrees().atan_1_0) * 45.0;
}

// ---- numeric extras -----------------------------------------------------------------

Result<Numeric> NumericFactorial(int64_t n) {
  if (n < 0) {
    return Status::Error(sqlstate::kNumericValueOutOfRange, "factorial of a negative number is undefined");
  }
  // PostgreSQL (numeric_fac): 32177! is the largest that fits 131072 digits.
  if (n > 32177) return NumericOverflow();
  int128_t small = 1;
  int64_t i = 2;
  for (; i <= n && i <= 33; ++i) small *= i;  // 33! < 2^127
  if (n <= 33) return NumericFromCoefficient(BigInt(small), 0);
  // Multiply the remaining factors pairwise in a balanced tree (fast for big n).
  std::vector<BigInt> factors;
  factors.emplace_back(small);
  for (; i <= n; ++i) factors.emplace_back(i);
  while (factors.size() > 1) {
    std::vector<BigInt> next;
    next.reserve((factors.size() + 1) / 2);
    for (size_t k = 0; k + 1 < factors.size(); k += 2) next.push_back(factors[k] * factors[k + 1]);
    if (factors.size() % 2 == 1) next.push_back(std::move(factors.back()));
    factors = std::move(next);
  }
  return NumericFromCoefficient(factors[0], 0);
}

namespace {

// a and b as coefficients at the larger of their scales.
void AlignScales(const Numeric& a, const Numeric& b, BigInt* ca, BigInt* cb, int* scale) {
  *scale = std::max(a.scale, b.scale);
  *ca = NumericCoefficient(a) * BigPow10(*scale - a.scale);
  *cb = NumericCoefficient(b) * BigPow10(*scale - b.scale);
}

}  // namespace

Result<Numeric> NumericGcd(const Numeric& a, const Numeric& b) {
  if (!a.is_finite() || !b.is_finite()) return Numeric::Special(NumericKind::kNaN);
  BigInt ca, cb;
  int scale;
  AlignScales(a, b, &ca, &cb, &scale);
  return NumericFromCoefficient(boost::multiprecision::gcd(ca, cb), scale);
}

Result<Numeric> NumericLcm(const Numeric& a, const Numeric& b) {
  if (!a.is_finite() || !b.is_finite()) return Numeric::Special(NumericKind::kNaN);
  BigInt ca, cb;
  int scale;
  AlignScales(a, b, &ca, &cb, &scale);
  if (ca == 0 || cb == 0) return NumericFromCoefficient(0, scale);
  BigInt g = boost::multiprecision::gcd(ca, cb);
  BigInt r = (ca < 0 ? BigInt(-ca) : ca) / g * (cb < 0 ? BigInt(-cb) : cb);
  return NumericFromCoefficient(r, scale);
}

int32_t NumericScale(const Numeric& x) { return x.is_finite() ? x.scale : -1; }

int32_t NumericMinScale(const Numeric& x) {
  if (!x.is_finite()) return -1;
  return NumericNormalize(x).scale;
}

Numeric NumericTrimScale(const Numeric& x) {
  if (!x.is_finite()) return x;
  return NumericNormalize(x);
}

}  // namespace augur::types
