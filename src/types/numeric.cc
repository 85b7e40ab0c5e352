// numeric implementation. Finite values are coefficient * 10^-scale with
// |coefficient| < 10^38; intermediate products and quotients use a 512-bit
// integer (boost::multiprecision) so nothing overflows before the final check
// (the largest intermediate is a 38-digit dividend scaled by 10^76).
#include "types/numeric.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace augur::types {

namespace {

using Wide = boost::multiprecision::int512_t;
constexpr int kWidePow10Max = 150;  // 10^150 < 2^511

// 10^k as int128 for k in 0..38.
constexpr int128_t Pow10(int k) {
  int128_t r = 1;
  for (int i = 0; i < k; ++i) r *= 10;
  return r;
}
constexpr int128_t kMaxCoefficient = Pow10(38);  // exclusive bound

Wide WidePow10(int k) {
  assert(k >= 0 && k <= kWidePow10Max);
  Wide r = 1;
  for (int i = 0; i < k; ++i) r *= 10;
  return r;
}

Wide ToWide(int128_t x) {
  // boost constructs from __int128 directly.
  return Wide(x);
}

Status Overflow() {
  return Status::Error(sqlstate::kNumericValueOutOfRange, "value overflows numeric format");
}

Status DivisionByZero() { return Status::Error(sqlstate::kDivisionByZero, "division by zero"); }

// Builds a finite Numeric from a wide coefficient; errors when it does not fit.
Result<Numeric> MakeFinite(const Wide& coefficient, int scale) {
  if (scale < 0 || scale > kNumericMaxScale) return Overflow();
  Wide magnitude = coefficient < 0 ? Wide(-coefficient) : coefficient;
  if (magnitude >= ToWide(kMaxCoefficient)) return Overflow();
  return Numeric::Finite(static_cast<int128_t>(coefficient), static_cast<int16_t>(scale));
}

// Divides by 10^k rounding half away from zero (round) or toward zero (trunc).
Wide DivPow10(const Wide& x, int k, bool round) {
  if (k <= 0) return x * WidePow10(-k);
  if (k > kWidePow10Max) return 0;  // |x| < 10^150: rounds to 0 either way
  Wide divisor = WidePow10(k);
  Wide q = x / divisor;  // truncates toward zero
  if (round) {
    Wide r = x % divisor;
    if (r < 0) r = -r;
    if (r * 2 >= divisor) q += (x < 0 ? -1 : 1);
  }
  return q;
}

// Number of decimal digits of |x| (0 for 0).
int DigitCount(uint128_t x) {
  int n = 0;
  while (x != 0) {
    x /= 10;
    ++n;
  }
  return n;
}

uint128_t Magnitude(int128_t x) { return x < 0 ? -static_cast<uint128_t>(x) : static_cast<uint128_t>(x); }

// PostgreSQL's base-10000 weight and first digit of a finite nonzero value.
void Base10000WeightAndFirstDigit(const Numeric& n, int* weight, int* first_digit) {
  uint128_t mag = Magnitude(n.coefficient);
  if (mag == 0) {
    *weight = 0;
    *first_digit = 0;
    return;
  }
  // Position (power of ten) of the most significant decimal digit.
  int msd_exponent = DigitCount(mag) - 1 - n.scale;
  // Group g covers exponents 4g..4g+3.
  int w = msd_exponent >= 0 ? msd_exponent / 4 : -((-msd_exponent + 3) / 4);
  // First digit = floor(|value| / 10000^w) mod 10000 = floor(mag / 10^(4w + scale)).
  int shift = 4 * w + n.scale;
  Wide v = ToWide(static_cast<int128_t>(mag));
  Wide d = shift >= 0 ? v / WidePow10(shift) : v * WidePow10(-shift);
  *weight = w;
  *first_digit = static_cast<int>(d % 10000);
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool EqualsIgnoreCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

Status BadNumericSyntax(std::string_view text) {
  return Status::Error(sqlstate::kInvalidTextRepresentation,
                       "invalid input syntax for type numeric: \"" + std::string(text) + "\"");
}

// Rounds a wide (coefficient, scale) pair to `target_scale` digits.
void RoundWideTo(Wide* coefficient, int* scale, int target_scale, bool round) {
  if (target_scale >= *scale) {
    *coefficient *= WidePow10(target_scale - *scale);
  } else {
    *coefficient = DivPow10(*coefficient, *scale - target_scale, round);
  }
  *scale = target_scale;
}

// Applies numeric(p, s) to a wide value already parsed.
Result<Numeric> ApplyTypmodWide(Wide coefficient, int scale, int32_t typmod) {
  if (!NumericTypmodValid(typmod)) return MakeFinite(coefficient, scale);
  const int precision = NumericTypmodPrecision(typmod);
  const int typmod_scale = NumericTypmodScale(typmod);
  // Results with more than 38 decimals cannot be represented (see numeric.h).
  if (typmod_scale > kNumericMaxScale) return Overflow();
  // Round at the typmod scale (may be negative: round to tens, hundreds...).
  int s = scale;
  RoundWideTo(&coefficient, &s, typmod_scale, /*round=*/true);
  // Integer digits allowed: precision - scale.
  const int max_digits = precision - typmod_scale;
  if (coefficient != 0 && precision <= kWidePow10Max) {
    // |value| must be < 10^max_digits, i.e. |coef| < 10^(max_digits + typmod_scale) = 10^precision.
    Wide mag = coefficient < 0 ? Wide(-coefficient) : coefficient;
    if (mag >= WidePow10(precision)) {
      std::string detail = "A field with precision " + std::to_string(precision) + ", scale " +
                           std::to_string(typmod_scale) + " must round to an absolute value less than " +
                           (max_digits != 0 ? "10^" + std::to_string(max_digits) : std::string("1")) + ".";
      return Status::Error(sqlstate::kNumericValueOutOfRange, "numeric field overflow").WithDetail(detail);
    }
  }
  // Negative typmod scale: the stored display scale is 0.
  if (typmod_scale < 0) {
    if (coefficient != 0) {
      if (-typmod_scale > kNumericMaxDigits) return Overflow();
      coefficient *= WidePow10(-typmod_scale);
    }
    s = 0;
  }
  return MakeFinite(coefficient, s);
}

// Fast path: x * 10^k in 128 bits; false on overflow.
bool ScaleUp128(int128_t x, int k, int128_t* out) {
  static constexpr int128_t kPow[] = {Pow10(0),  Pow10(1),  Pow10(2),  Pow10(3),  Pow10(4),  Pow10(5),  Pow10(6),
                                      Pow10(7),  Pow10(8),  Pow10(9),  Pow10(10), Pow10(11), Pow10(12), Pow10(13),
                                      Pow10(14), Pow10(15), Pow10(16), Pow10(17), Pow10(18), Pow10(19), Pow10(20),
                                      Pow10(21), Pow10(22), Pow10(23), Pow10(24), Pow10(25), Pow10(26), Pow10(27),
                                      Pow10(28), Pow10(29), Pow10(30), Pow10(31), Pow10(32), Pow10(33), Pow10(34),
                                      Pow10(35), Pow10(36), Pow10(37), Pow10(38)};
  if (k < 0 || k > 38) return false;
  return !__builtin_mul_overflow(x, kPow[k], out);
}

bool FitsNumeric(int128_t x) { return x < kMaxCoefficient && x > -kMaxCoefficient; }

Numeric Nan() { return Numeric::Special(NumericKind::kNaN); }
Numeric PosInf() { return Numeric::Special(NumericKind::kPositiveInfinity); }
Numeric NegInf() { return Numeric::Special(NumericKind::kNegativeInfinity); }
bool IsInf(const Numeric& n) {
  return n.kind == NumericKind::kPositiveInfinity || n.kind == NumericKind::kNegativeInfinity;
}
// -1, 0, 1 for finite or infinite values (not NaN).
int SignOf(const Numeric& n) {
  if (n.kind == NumericKind::kPositiveInfinity) return 1;
  if (n.kind == NumericKind::kNegativeInfinity) return -1;
  return n.coefficient > 0 ? 1 : (n.coefficient < 0 ? -1 : 0);
}
Numeric InfOfSign(int sign) { return sign > 0 ? PosInf() : NegInf(); }

}  // namespace

// ---------------------------------------------------------------------------
// Text I/O

Result<Numeric> NumericFromString(std::string_view text, int32_t typmod) {
  std::string_view s = text;
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  if (s.empty()) return BadNumericSyntax(text);
  if (EqualsIgnoreCase(s, "nan")) return Nan();
  if (EqualsIgnoreCase(s, "infinity") || EqualsIgnoreCase(s, "+infinity") || EqualsIgnoreCase(s, "inf") ||
      EqualsIgnoreCase(s, "+inf")) {
    if (NumericTypmodValid(typmod)) {
      return Status::Error(sqlstate::kNumericValueOutOfRange, "numeric field overflow")
          .WithDetail("A field with precision " + std::to_string(NumericTypmodPrecision(typmod)) + ", scale " +
                      std::to_string(NumericTypmodScale(typmod)) + " cannot hold an infinite value.");
    }
    return PosInf();
  }
  if (EqualsIgnoreCase(s, "-infinity") || EqualsIgnoreCase(s, "-inf")) {
    if (NumericTypmodValid(typmod)) {
      return Status::Error(sqlstate::kNumericValueOutOfRange, "numeric field overflow")
          .WithDetail("A field with precision " + std::to_string(NumericTypmodPrecision(typmod)) + ", scale " +
                      std::to_string(NumericTypmodScale(typmod)) + " cannot hold an infinite value.");
    }
    return NegInf();
  }
  size_t i = 0;
  bool negative = false;
  if (s[i] == '+' || s[i] == '-') {
    negative = s[i] == '-';
    ++i;
  }
  // Collect significant digits (leading zeros dropped) and count fraction digits.
  std::string digits;
  int fraction_digits = 0;
  bool seen_point = false;
  bool seen_digit = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c >= '0' && c <= '9') {
      seen_digit = true;
      if (!(digits.empty() && c == '0')) digits.push_back(c);
      if (seen_point) ++fraction_digits;
    } else if (c == '.' && !seen_point) {
      seen_point = true;
    } else {
      break;
    }
  }
  if (!seen_digit) return BadNumericSyntax(text);
  int64_t exponent = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool exp_negative = false;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) {
      exp_negative = s[i] == '-';
      ++i;
    }
    if (i >= s.size() || s[i] < '0' || s[i] > '9') return BadNumericSyntax(text);
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      exponent = exponent * 10 + (s[i] - '0');
      if (exponent > 100000) return BadNumericSyntax(text);
    }
    if (exp_negative) exponent = -exponent;
  }
  if (i != s.size()) return BadNumericSyntax(text);
  // value = digits * 10^(exponent - fraction_digits); display scale per PostgreSQL.
  int64_t scale = fraction_digits - exponent;
  int64_t display_scale = scale < 0 ? 0 : scale;
  if (digits.empty()) {
    // Zero: only the display scale matters.
    if (NumericTypmodValid(typmod)) return ApplyTypmodWide(0, static_cast<int>(std::min<int64_t>(display_scale, 1000)), typmod);
    if (display_scale > kNumericMaxScale) return Overflow();
    return Numeric::Finite(0, static_cast<int16_t>(display_scale));
  }
  // Too many digits for a 256-bit intermediate (~76 digits) can only succeed if a typmod
  // rounds them away; keep the leading 60 significant digits and rely on rounding below.
  // Digits beyond that are folded into a sticky flag to preserve half-away rounding.
  int dropped = 0;
  bool sticky = false;
  if (digits.size() > 60) {
    dropped = static_cast<int>(digits.size()) - 60;
    for (size_t k = 60; k < digits.size(); ++k) sticky |= digits[k] != '0';
    digits.resize(60);
  }
  Wide coefficient = 0;
  for (char c : digits) coefficient = coefficient * 10 + (c - '0');
  // coefficient * 10^dropped * 10^-scale
  int64_t effective_scale = scale - dropped;
  if (effective_scale > 1000 || effective_scale < -1000) return Overflow();
  if (sticky) {
    // Make room for one guard digit so a trailing nonzero tail rounds correctly.
    coefficient = coefficient * 10 + 1;
    effective_scale += 1;
  }
  if (negative) coefficient = -coefficient;
  int cur_scale = static_cast<int>(effective_scale);
  if (NumericTypmodValid(typmod)) {
    if (cur_scale < 0) {
      if (-cur_scale > 40) return Overflow();
      coefficient *= WidePow10(-cur_scale);
      cur_scale = 0;
    }
    return ApplyTypmodWide(coefficient, cur_scale, typmod);
  }
  if (sticky) return Overflow();
  // Bring to the display scale.
  if (cur_scale < display_scale) {
    if (display_scale - cur_scale > 40) return Overflow();
    coefficient *= WidePow10(static_cast<int>(display_scale - cur_scale));
  } else if (cur_scale > display_scale) {
    return Overflow();  // cannot happen: display_scale >= scale
  }
  if (display_scale > kNumericMaxScale) return Overflow();
  return MakeFinite(coefficient, static_cast<int>(display_scale));
}

void AppendNumeric(const Numeric& n, std::string* out) {
  switch (n.kind) {
    case NumericKind::kNaN: out->append("NaN"); return;
    case NumericKind::kPositiveInfinity: out->append("Infinity"); return;
    case NumericKind::kNegativeInfinity: out->append("-Infinity"); return;
    case NumericKind::kFinite: break;
  }
  uint128_t mag = Magnitude(n.coefficient);
  char buf[48];
  int len = 0;
  do {
    buf[len++] = static_cast<char>('0' + static_cast<int>(mag % 10));
    mag /= 10;
  } while (mag != 0);
  // Pad so there is at least one digit before the point.
  while (len <= n.scale) buf[len++] = '0';
  if (n.coefficient < 0) out->push_back('-');
  for (int k = len - 1; k >= 0; --k) {
    out->push_back(buf[k]);
    if (k == n.scale && k != 0) out->push_back('.');
  }
}

std::string NumericToString(const Numeric& n) {
  std::string out;
  AppendNumeric(n, &out);
  return out;
}

Result<Numeric> NumericApplyTypmod(const Numeric& n, int32_t typmod) {
  if (!NumericTypmodValid(typmod) || n.is_nan()) return n;
  if (IsInf(n)) {
    return Status::Error(sqlstate::kNumericValueOutOfRange, "numeric field overflow")
        .WithDetail("A field with precision " + std::to_string(NumericTypmodPrecision(typmod)) + ", scale " +
                    std::to_string(NumericTypmodScale(typmod)) + " cannot hold an infinite value.");
  }
  return ApplyTypmodWide(ToWide(n.coefficient), n.scale, typmod);
}

// ---------------------------------------------------------------------------
// Arithmetic

Result<Numeric> NumericAddGeneral(const Numeric& a, const Numeric& b) {
  if (a.is_nan() || b.is_nan()) return Nan();
  if (IsInf(a) || IsInf(b)) {
    if (IsInf(a) && IsInf(b)) return SignOf(a) == SignOf(b) ? a : Nan();
    return IsInf(a) ? a : b;
  }
  int scale = std::max(a.scale, b.scale);
  int128_t x128, y128, sum;
  if (ScaleUp128(a.coefficient, scale - a.scale, &x128) && ScaleUp128(b.coefficient, scale - b.scale, &y128) &&
      !__builtin_add_overflow(x128, y128, &sum)) {
    if (!FitsNumeric(sum)) return Overflow();
    return Numeric::Finite(sum, static_cast<int16_t>(scale));
  }
  Wide x = ToWide(a.coefficient) * WidePow10(scale - a.scale);
  Wide y = ToWide(b.coefficient) * WidePow10(scale - b.scale);
  return MakeFinite(x + y, scale);
}

Result<Numeric> NumericSub(const Numeric& a, const Numeric& b) { return NumericAdd(a, NumericNegate(b)); }

Result<Numeric> NumericMul(const Numeric& a, const Numeric& b) {
  if (a.is_nan() || b.is_nan()) return Nan();
  if (IsInf(a) || IsInf(b)) {
    int sign = SignOf(a) * SignOf(b);
    if (sign == 0) return Nan();
    return InfOfSign(sign);
  }
  int scale = a.scale + b.scale;
  int128_t product128;
  if (!__builtin_mul_overflow(a.coefficient, b.coefficient, &product128)) {
    if (!FitsNumeric(product128) || scale > kNumericMaxScale) return Overflow();
    return Numeric::Finite(product128, static_cast<int16_t>(scale));
  }
  Wide product = ToWide(a.coefficient) * ToWide(b.coefficient);
  if (scale > kNumericMaxScale && product == 0) return Overflow();
  return MakeFinite(product, scale);
}

Result<Numeric> NumericDiv(const Numeric& a, const Numeric& b) {
  if (a.is_nan() || b.is_nan()) return Nan();
  if (IsInf(a)) {
    if (IsInf(b)) return Nan();
    int sign = SignOf(b);
    if (sign == 0) return DivisionByZero();
    return InfOfSign(SignOf(a) * sign);
  }
  if (IsInf(b)) return Numeric::Finite(0, 0);
  if (b.coefficient == 0) return DivisionByZero();
  // select_div_scale.
  int weight1, first1, weight2, first2;
  Base10000WeightAndFirstDigit(a, &weight1, &first1);
  Base10000WeightAndFirstDigit(b, &weight2, &first2);
  int qweight = weight1 - weight2;
  if (first1 <= first2) --qweight;
  int rscale = 16 - qweight * 4;
  rscale = std::max<int>(rscale, a.scale);
  rscale = std::max<int>(rscale, b.scale);
  rscale = std::max(rscale, 0);
  rscale = std::min(rscale, 1000);
  if (rscale > kNumericMaxScale) return Overflow();
  // q = a / b at rscale = round(ca * 10^(rscale - sa + sb) / cb).
  int shift = rscale - a.scale + b.scale;
  Wide numerator = ToWide(a.coefficient);
  Wide denominator = ToWide(b.coefficient);
  if (shift >= 0) {
    numerator *= WidePow10(shift);
  } else {
    denominator *= WidePow10(-shift);
  }
  Wide q = numerator / denominator;
  Wide r = numerator % denominator;
  if (r != 0) {
    Wide r2 = (r < 0 ? Wide(-r) : r) * 2;
    Wide d = denominator < 0 ? Wide(-denominator) : denominator;
    if (r2 >= d) q += ((numerator < 0) != (denominator < 0)) ? -1 : 1;
  }
  return MakeFinite(q, rscale);
}

Result<Numeric> NumericMod(const Numeric& a, const Numeric& b) {
  if (a.is_nan() || b.is_nan()) return Nan();
  if (IsInf(a)) {
    if (SignOf(b) == 0) return DivisionByZero();
    return Nan();
  }
  if (IsInf(b)) return a;
  if (b.coefficient == 0) return DivisionByZero();
  int scale = std::max(a.scale, b.scale);
  Wide x = ToWide(a.coefficient) * WidePow10(scale - a.scale);
  Wide y = ToWide(b.coefficient) * WidePow10(scale - b.scale);
  return MakeFinite(x % y, scale);  // C++ % truncates: sign follows the dividend
}

Numeric NumericNegate(const Numeric& a) {
  if (a.kind == NumericKind::kPositiveInfinity) return NegInf();
  if (a.kind == NumericKind::kNegativeInfinity) return PosInf();
  if (!a.is_finite()) return a;
  Numeric r = a;
  r.coefficient = -a.coefficient;
  return r;
}

Numeric NumericAbs(const Numeric& a) {
  if (a.kind == NumericKind::kNegativeInfinity) return PosInf();
  if (!a.is_finite()) return a;
  Numeric r = a;
  if (r.coefficient < 0) r.coefficient = -r.coefficient;
  return r;
}

Numeric NumericSign(const Numeric& a) {
  if (a.is_nan()) return a;
  return Numeric::Finite(SignOf(a), 0);
}

namespace {

Result<Numeric> RoundOrTrunc(const Numeric& a, int32_t scale, bool round) {
  if (!a.is_finite()) return a;
  scale = std::clamp(scale, -2000, 2000);
  int result_scale = std::max(scale, 0);
  if (result_scale > kNumericMaxScale) return Overflow();  // more than 38 decimals
  Wide c = ToWide(a.coefficient);
  if (scale >= a.scale) return MakeFinite(c * WidePow10(scale - a.scale), result_scale);
  // Drop digits below 10^-scale.
  int drop = a.scale - scale;
  if (drop > 60) return Numeric::Finite(0, static_cast<int16_t>(result_scale));
  Wide q = DivPow10(c, drop, round);  // value in units of 10^-scale
  if (scale < 0) q *= WidePow10(-scale);
  return MakeFinite(q, result_scale);
}

Result<Numeric> CeilOrFloor(const Numeric& a, bool ceil) {
  if (!a.is_finite()) return a;
  Wide c = ToWide(a.coefficient);
  Wide divisor = WidePow10(a.scale);
  Wide q = c / divisor;
  Wide r = c % divisor;
  if (r != 0) {
    if (ceil && c > 0) q += 1;
    if (!ceil && c < 0) q -= 1;
  }
  return MakeFinite(q, 0);
}

}  // namespace

Result<Numeric> NumericRound(const Numeric& a, int32_t scale) { return RoundOrTrunc(a, scale, true); }
Result<Numeric> NumericTrunc(const Numeric& a, int32_t scale) { return RoundOrTrunc(a, scale, false); }
Result<Numeric> NumericCeil(const Numeric& a) { return CeilOrFloor(a, true); }
Result<Numeric> NumericFloor(const Numeric& a) { return CeilOrFloor(a, false); }

int NumericCompare(const Numeric& a, const Numeric& b) {
  auto rank = [](const Numeric& n) {
    switch (n.kind) {
      case NumericKind::kNegativeInfinity: return 0;
      case NumericKind::kFinite: return 1;
      case NumericKind::kPositiveInfinity: return 2;
      case NumericKind::kNaN: return 3;
    }
    return 3;
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (!a.is_finite()) return 0;
  if (a.scale == b.scale) return a.coefficient < b.coefficient ? -1 : (a.coefficient > b.coefficient ? 1 : 0);
  int scale = std::max(a.scale, b.scale);
  int128_t x128, y128;
  if (ScaleUp128(a.coefficient, scale - a.scale, &x128) && ScaleUp128(b.coefficient, scale - b.scale, &y128)) {
    return x128 < y128 ? -1 : (x128 > y128 ? 1 : 0);
  }
  Wide x = ToWide(a.coefficient) * WidePow10(scale - a.scale);
  Wide y = ToWide(b.coefficient) * WidePow10(scale - b.scale);
  return x < y ? -1 : (x > y ? 1 : 0);
}

uint64_t NumericHash(const Numeric& a) {
  if (!a.is_finite()) return 0x9e3779b97f4a7c15ULL * (static_cast<uint64_t>(a.kind) + 1);
  // Normalize: strip trailing zeros so 1.50 and 1.5 hash alike.
  int128_t c = a.coefficient;
  int scale = a.scale;
  while (scale > 0 && c % 10 == 0) {
    c /= 10;
    --scale;
  }
  if (c == 0) scale = 0;
  uint128_t u = static_cast<uint128_t>(c);
  uint64_t h = static_cast<uint64_t>(u) ^ (static_cast<uint64_t>(u >> 64) * 0xff51afd7ed558ccdULL);
  h ^= static_cast<uint64_t>(scale) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

// ---------------------------------------------------------------------------
// Conversions

Numeric NumericFromInt64(int64_t x) { return Numeric::Finite(x, 0); }

namespace {

Result<int128_t> RoundToInteger(const Numeric& a, std::string_view type_name) {
  if (a.is_nan()) {
    return Status::Error(sqlstate::kFeatureNotSupported, "cannot convert NaN to " + std::string(type_name));
  }
  if (!a.is_finite()) {
    return Status::Error(sqlstate::kFeatureNotSupported, "cannot convert infinity to " + std::string(type_name));
  }
  return static_cast<int128_t>(DivPow10(ToWide(a.coefficient), a.scale, /*round=*/true));
}

}  // namespace

Result<int64_t> NumericToInt64(const Numeric& a) {
  ASSIGN_OR_RETURN(int128_t v, RoundToInteger(a, "bigint"));
  if (v < INT64_MIN || v > INT64_MAX) return Status::Error(sqlstate::kNumericValueOutOfRange, "bigint out of range");
  return static_cast<int64_t>(v);
}

Result<int32_t> NumericToInt32(const Numeric& a) {
  ASSIGN_OR_RETURN(int128_t v, RoundToInteger(a, "integer"));
  if (v < INT32_MIN || v > INT32_MAX) return Status::Error(sqlstate::kNumericValueOutOfRange, "integer out of range");
  return static_cast<int32_t>(v);
}

Result<int16_t> NumericToInt16(const Numeric& a) {
  ASSIGN_OR_RETURN(int128_t v, RoundToInteger(a, "smallint"));
  if (v < INT16_MIN || v > INT16_MAX) return Status::Error(sqlstate::kNumericValueOutOfRange, "smallint out of range");
  return static_cast<int16_t>(v);
}

namespace {
Result<Numeric> FromFloating(double x, int digits) {
  if (std::isnan(x)) return Nan();
  if (std::isinf(x)) return x > 0 ? PosInf() : NegInf();
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.*g", digits, x);
  return NumericFromString(buf);
}
}  // namespace

Result<Numeric> NumericFromDouble(double x) { return FromFloating(x, 15); }
Result<Numeric> NumericFromFloat(float x) { return FromFloating(x, 6); }

double NumericToDouble(const Numeric& a) {
  switch (a.kind) {
    case NumericKind::kNaN: return std::nan("");
    case NumericKind::kPositiveInfinity: return HUGE_VAL;
    case NumericKind::kNegativeInfinity: return -HUGE_VAL;
    case NumericKind::kFinite: break;
  }
  std::string s = NumericToString(a);
  double d = 0;
  std::from_chars(s.data(), s.data() + s.size(), d);
  return d;
}

Result<float> NumericToFloat(const Numeric& a) {
  switch (a.kind) {
    case NumericKind::kNaN: return std::nanf("");
    case NumericKind::kPositiveInfinity: return HUGE_VALF;
    case NumericKind::kNegativeInfinity: return -HUGE_VALF;
    case NumericKind::kFinite: break;
  }
  std::string s = NumericToString(a);
  float f = 0;
  auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), f);
  (void)ptr;
  if (ec == std::errc::result_out_of_range) {
    // float4in: out-of-range values are errors, reported with the input text.
    return Status::Error(sqlstate::kNumericValueOutOfRange,
                         "\"" + s + "\" is out of range for type real");
  }
  return f;
}

// ---------------------------------------------------------------------------
// Binary

namespace {
void PutU16(std::string* out, uint16_t v) {
  out->push_back(static_cast<char>(v >> 8));
  out->push_back(static_cast<char>(v & 0xff));
}
uint16_t GetU16(std::string_view b, size_t at) {
  return static_cast<uint16_t>((static_cast<uint8_t>(b[at]) << 8) | static_cast<uint8_t>(b[at + 1]));
}
constexpr uint16_t kSignPos = 0x0000;
constexpr uint16_t kSignNeg = 0x4000;
constexpr uint16_t kSignNaN = 0xC000;
constexpr uint16_t kSignPinf = 0xD000;
constexpr uint16_t kSignNinf = 0xF000;

Status BadBinary(std::string_view what) {
  return Status::Error(sqlstate::kInvalidBinaryRepresentation,
                       "invalid " + std::string(what) + " in external \"numeric\" value");
}
}  // namespace

void NumericSend(const Numeric& n, std::string* out) {
  if (!n.is_finite()) {
    PutU16(out, 0);
    PutU16(out, 0);
    PutU16(out, n.kind == NumericKind::kNaN ? kSignNaN
                                            : (n.kind == NumericKind::kPositiveInfinity ? kSignPinf : kSignNinf));
    // PostgreSQL sends dscale 32 for infinities (bits of its header word), 0 for NaN.
    PutU16(out, n.kind == NumericKind::kNaN ? 0 : 0x20);
    return;
  }
  // Split |coefficient| * 10^-scale into base-10000 groups aligned at the point:
  // pad the fraction to a multiple of 4 digits.
  uint128_t mag = Magnitude(n.coefficient);
  int frac_groups = (n.scale + 3) / 4;
  int pad = frac_groups * 4 - n.scale;
  // mag * 10^pad fits in 128 bits unsigned: mag < 10^38, pad <= 3 -> < 10^41 > 2^128? 10^41 > 3.4e38.
  // Use Wide for safety.
  Wide v = ToWide(static_cast<int128_t>(mag)) * WidePow10(pad);
  int16_t groups[16];
  int count = 0;
  while (v != 0) {
    groups[count++] = static_cast<int16_t>(v % 10000);
    v /= 10000;
  }
  // groups[0] is the least significant; its weight is -frac_groups.
  int low = 0;
  while (low < count && groups[low] == 0) ++low;  // strip trailing zero groups
  int ndigits = count - low;
  int weight = count == 0 ? 0 : count - 1 - frac_groups;
  PutU16(out, static_cast<uint16_t>(ndigits));
  PutU16(out, static_cast<uint16_t>(ndigits == 0 ? 0 : weight));
  PutU16(out, n.coefficient < 0 ? kSignNeg : kSignPos);
  PutU16(out, static_cast<uint16_t>(n.scale));
  for (int k = count - 1; k >= low; --k) PutU16(out, static_cast<uint16_t>(groups[k]));
}

Result<Numeric> NumericRecv(std::string_view b, int32_t typmod) {
  if (b.size() < 8) return BadBinary("length");
  int ndigits = GetU16(b, 0);
  int weight = static_cast<int16_t>(GetU16(b, 2));
  uint16_t sign = GetU16(b, 4);
  int dscale = GetU16(b, 6);
  if (b.size() < 8 + 2 * static_cast<size_t>(ndigits)) {
    // PostgreSQL: pq_getmsgint past the end of the value.
    return Status::Error(sqlstate::kProtocolViolation, "insufficient data left in message");
  }
  if (b.size() > 8 + 2 * static_cast<size_t>(ndigits)) {
    return Status::Error(sqlstate::kInvalidBinaryRepresentation, "incorrect binary data format");
  }
  if (sign != kSignPos && sign != kSignNeg && sign != kSignNaN && sign != kSignPinf && sign != kSignNinf) {
    return BadBinary("sign");
  }
  if (sign == kSignNaN) return Nan();
  if (sign == kSignPinf || sign == kSignNinf) {
    return NumericApplyTypmod(sign == kSignPinf ? PosInf() : NegInf(), typmod);
  }
  if ((dscale & 0x3FFF) != dscale) return BadBinary("scale");
  Wide v = 0;
  for (int k = 0; k < ndigits; ++k) {
    int d = static_cast<int16_t>(GetU16(b, 8 + 2 * k));
    if (d < 0 || d >= 10000) return BadBinary("digit");
    v = v * 10000 + d;
    if (v > WidePow10(70)) return Overflow();
  }
  // value = v * 10000^(weight - ndigits + 1); v < 10^71 here.
  int exp10 = 4 * (weight - ndigits + 1);
  int scale = -exp10;  // v * 10^-scale
  if (scale < 0) {
    if (v != 0 && -scale > 76) return Overflow();
    if (v != 0) v *= WidePow10(-scale);
    scale = 0;
  }
  // PostgreSQL truncates digits hidden by the given dscale (trunc_var).
  if (scale > dscale) {
    v = DivPow10(v, scale - dscale, false);
    scale = dscale;
  } else if (scale < dscale) {
    if (dscale > kNumericMaxScale) return Overflow();
    v *= WidePow10(dscale - scale);
    scale = dscale;
  }
  if (sign == kSignNeg) v = -v;
  if (NumericTypmodValid(typmod)) return ApplyTypmodWide(v, scale, typmod);
  return MakeFinite(v, scale);
}

}  // namespace augur::types
