// numeric implementation. Finite values are coefficient * 10^-scale with
// |coefficient| < 10^38; intermediate products and quotients use a 512-bit
// integer (boost::multiprecision) so nothing overflows before the final check
// (the largest intermediate is a 38-digit dividend scaled by 10^76).
#include "types/numeric.h"
#include "types/numeric_big.h"

#include "common/key_codec.h"

#include <boost/multiprecision/cpp_int.hpp>
#include <cassert>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iterator>
#include <memory>
#include <mutex>
#include <unordered_map>

namespace augur::types {

using Wide = boost::multiprecision::cpp_int;

// The out-of-line form of a kBig Numeric: an immutable decimal
// coefficient * 10^-scale. Instances are interned in BigNumericPool and never
// freed, so a Numeric holding a pointer to one stays valid wherever it is
// copied (vectors, Values, plan constants, other threads).
struct BigNumeric {
  Wide coefficient;
  int32_t scale = 0;
};

namespace {

// Interns big decimals by exact (coefficient, scale): equal pairs share one
// instance, so repeated scans of the same values do not grow the pool.
// Thread-safe (one mutex; only the big path ever takes it).
class BigNumericPool {
 public:
  const BigNumeric* Intern(const Wide& coefficient, int32_t scale) {
    std::string key;
    key.append(reinterpret_cast<const char*>(&scale), sizeof(scale));
    key.push_back(coefficient < 0 ? '-' : '+');
    boost::multiprecision::export_bits(coefficient, std::back_inserter(key), 8);
    std::lock_guard<std::mutex> lock(mutex_);
    auto [it, inserted] = map_.try_emplace(std::move(key));
    if (inserted) {
      auto big = std::make_unique<BigNumeric>();
      big->coefficient = coefficient;
      big->scale = scale;
      bytes_ += it->first.size() * 2 + sizeof(BigNumeric) + 64;
      it->second = std::move(big);
    }
    return it->second.get();
  }
  size_t bytes() {
    std::lock_guard<std::mutex> lock(mutex_);
    return bytes_;
  }

 private:
  std::mutex mutex_;
  std::unordered_map<std::string, std::unique_ptr<BigNumeric>> map_;
  size_t bytes_ = 0;
};

BigNumericPool& Pool() {
  static BigNumericPool* pool = new BigNumericPool();  // never destroyed: values may outlive statics
  return *pool;
}

const BigNumeric* BigOf(const Numeric& n) {
  assert(n.is_big());
  const BigNumeric* p;
  std::memcpy(&p, &n.coefficient, sizeof(p));
  return p;
}

Numeric MakeBig(const Wide& coefficient, int scale) {
  const BigNumeric* p = Pool().Intern(coefficient, scale);
  Numeric n;
  n.kind = NumericKind::kBig;
  n.scale = static_cast<int16_t>(scale);
  std::memcpy(&n.coefficient, &p, sizeof(p));
  return n;
}

// 10^k as int128 for k in 0..38.
constexpr int128_t Pow10(int k) {
  int128_t r = 1;
  for (int i = 0; i < k; ++i) r *= 10;
  return r;
}
constexpr int128_t kMaxCoefficient = Pow10(38);  // exclusive bound of the inline form

Wide WidePow10(int k) {
  assert(k >= 0);
  static const Wide kSmall[] = {Wide(1), Wide(10), Wide(100), Wide(1000), Wide(10000)};
  if (k <= 4) return kSmall[k];
  return boost::multiprecision::pow(Wide(10), static_cast<unsigned>(k));
}

Wide ToWide(int128_t x) { return Wide(x); }

// The coefficient of a finite Numeric in either form.
Wide CoefficientOf(const Numeric& n) { return n.is_big() ? BigOf(n)->coefficient : Wide(n.coefficient); }

// Upper bound of the number of decimal digits of |x| (exact or one more).
int64_t DigitCountUpperBound(const Wide& x) {
  if (x == 0) return 0;
  Wide mag = x < 0 ? Wide(-x) : x;
  return static_cast<int64_t>(boost::multiprecision::msb(mag)) * 30103 / 100000 + 2;
}

Status Overflow() {
  return Status::Error(sqlstate::kNumericValueOutOfRange, "value overflows numeric format");
}

Status DivisionByZero() { return Status::Error(sqlstate::kDivisionByZero, "division by zero"); }

// Builds a finite Numeric from a wide coefficient: the inline form when it fits,
// else the big form; 22003 beyond PostgreSQL's limits (131072 digits before
// the point, display scale 16383).
Result<Numeric> MakeFinite(const Wide& coefficient, int scale) {
  assert(scale >= 0);
  if (scale <= kNumericMaxScale) {
    Wide magnitude = coefficient < 0 ? Wide(-coefficient) : coefficient;
    if (magnitude < ToWide(kMaxCoefficient)) {
      return Numeric::Finite(static_cast<int128_t>(coefficient), static_cast<int16_t>(scale));
    }
  }
  if (scale > kNumericMaxDisplayScale) return Overflow();
  if (coefficient != 0) {
    const int64_t limit = int64_t{kNumericMaxIntegerDigits} + scale;  // |coefficient| < 10^limit
    const int64_t digits = DigitCountUpperBound(coefficient);
    if (digits > limit) {
      Wide magnitude = coefficient < 0 ? Wide(-coefficient) : coefficient;
      if (digits > limit + 2 || magnitude >= WidePow10(static_cast<int>(limit))) return Overflow();
    }
  }
  return MakeBig(coefficient, scale);
}

// Divides by 10^k rounding half away from zero (round) or toward zero (trunc).
Wide DivPow10(const Wide& x, int k, bool round) {
  if (k <= 0) return x * WidePow10(-k);
  if (k > DigitCountUpperBound(x) + 1) return 0;  // |x| < 10^(k-1): rounds to 0 either way
  Wide divisor = WidePow10(k);
  Wide q = x / divisor;  // truncates toward zero
  if (round) {
    Wide r = x % divisor;
    if (r < 0) r = -r;
    if (r * 2 >= divisor) q += (x < 0 ? -1 : 1);
  }
  return q;
}

uint128_t Magnitude(int128_t x) { return x < 0 ? -static_cast<uint128_t>(x) : static_cast<uint128_t>(x); }

// Decimal digits of |coefficient| of a finite Numeric ("0" for zero).
std::string MagnitudeDigits(const Numeric& n) {
  if (n.is_big()) {
    const Wide& c = BigOf(n)->coefficient;
    return c < 0 ? Wide(-c).str() : c.str();
  }
  uint128_t mag = Magnitude(n.coefficient);
  char buf[48];
  int len = 0;
  do {
    buf[len++] = static_cast<char>('0' + static_cast<int>(mag % 10));
    mag /= 10;
  } while (mag != 0);
  std::string out(len, '0');
  for (int k = 0; k < len; ++k) out[k] = buf[len - 1 - k];
  return out;
}

bool IsNegative(const Numeric& n) { return n.is_big() ? BigOf(n)->coefficient < 0 : n.coefficient < 0; }
bool IsZero(const Numeric& n) { return n.is_big() ? BigOf(n)->coefficient == 0 : n.coefficient == 0; }

// PostgreSQL's base-10000 weight and first digit of a finite value.
void Base10000WeightAndFirstDigit(const Numeric& n, int* weight, int* first_digit) {
  if (IsZero(n)) {
    *weight = 0;
    *first_digit = 0;
    return;
  }
  if (n.is_small()) {
    uint128_t mag = Magnitude(n.coefficient);
    int digit_count = 0;
    for (uint128_t m = mag; m != 0; m /= 10) ++digit_count;
    int msd_exponent = digit_count - 1 - n.scale;
    int w = msd_exponent >= 0 ? msd_exponent / 4 : -((-msd_exponent + 3) / 4);
    // floor(mag / 10^shift) mod 10000; for shift < 0 the product is below 10000.
    int shift = 4 * w + n.scale;
    uint128_t d = mag;
    for (int k = 0; k < shift; ++k) d /= 10;
    for (int k = 0; k < -shift; ++k) d *= 10;
    *weight = w;
    *first_digit = static_cast<int>(d % 10000);
    return;
  }
  std::string digits = MagnitudeDigits(n);
  // Position (power of ten) of the most significant decimal digit.
  int msd_exponent = static_cast<int>(digits.size()) - 1 - n.scale;
  // Group g covers exponents 4g..4g+3.
  int w = msd_exponent >= 0 ? msd_exponent / 4 : -((-msd_exponent + 3) / 4);
  // First digit = floor(|value| / 10000^w) mod 10000: the digits at exponents 4w+3..4w.
  int first = 0;
  for (int e = 4 * w + 3; e >= 4 * w; --e) {
    int index = static_cast<int>(digits.size()) - 1 - n.scale - e;  // digit at exponent e
    int d = index >= 0 && index < static_cast<int>(digits.size()) ? digits[index] - '0' : 0;
    first = first * 10 + d;
  }
  *weight = w;
  *first_digit = first;
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
constexpr int128_t kPow[] = {Pow10(0),  Pow10(1),  Pow10(2),  Pow10(3),  Pow10(4),  Pow10(5),  Pow10(6),
                             Pow10(7),  Pow10(8),  Pow10(9),  Pow10(10), Pow10(11), Pow10(12), Pow10(13),
                             Pow10(14), Pow10(15), Pow10(16), Pow10(17), Pow10(18), Pow10(19), Pow10(20),
                             Pow10(21), Pow10(22), Pow10(23), Pow10(24), Pow10(25), Pow10(26), Pow10(27),
                             Pow10(28), Pow10(29), Pow10(30), Pow10(31), Pow10(32), Pow10(33), Pow10(34),
                             Pow10(35), Pow10(36), Pow10(37), Pow10(38)};

// Fast path: x * 10^k in 128 bits; false on overflow.
bool ScaleUp128(int128_t x, int k, int128_t* out) {
  if (k < 0 || k > 38) return false;
  return !__builtin_mul_overflow(x, kPow[k], out);
}

// numeric(p, s) on an inline value entirely in int128 (p <= 38, 0 <= s <= 38):
// false when the fast path does not apply or the value does not fit, and the
// wide path then produces the result or PostgreSQL's error.
bool ApplyTypmod128(int128_t c, int scale, int32_t typmod, Numeric* out) {
  const int precision = NumericTypmodPrecision(typmod);
  const int typmod_scale = NumericTypmodScale(typmod);
  if (typmod_scale < 0 || typmod_scale > 38 || precision > 38 || scale < 0 || scale > 38) return false;
  if (scale <= typmod_scale) {
    if (!ScaleUp128(c, typmod_scale - scale, &c)) return false;
  } else {
    const int128_t divisor = kPow[scale - typmod_scale];
    int128_t q = c / divisor;
    int128_t r = c % divisor;
    if (r < 0) r = -r;
    if (r >= divisor - r) q += c < 0 ? -1 : 1;  // half away from zero
    c = q;
  }
  if (c >= kPow[precision] || c <= -kPow[precision]) return false;
  *out = Numeric::Finite(c, static_cast<int16_t>(typmod_scale));
  return true;
}

Result<Numeric> ApplyTypmodWide(Wide coefficient, int scale, int32_t typmod) {
  if (!NumericTypmodValid(typmod)) return MakeFinite(coefficient, scale);
  const int precision = NumericTypmodPrecision(typmod);
  const int typmod_scale = NumericTypmodScale(typmod);
  // Round at the typmod scale (may be negative: round to tens, hundreds...).
  int s = scale;
  RoundWideTo(&coefficient, &s, typmod_scale, /*round=*/true);
  // Integer digits allowed: precision - scale.
  const int max_digits = precision - typmod_scale;
  if (coefficient != 0) {
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
      coefficient *= WidePow10(-typmod_scale);
    }
    s = 0;
  }
  return MakeFinite(coefficient, s);
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
  if (n.is_big()) return BigOf(n)->coefficient > 0 ? 1 : (BigOf(n)->coefficient < 0 ? -1 : 0);
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
    bool huge = false;
    for (; i < s.size() && s[i] >= '0' && s[i] <= '9'; ++i) {
      exponent = exponent * 10 + (s[i] - '0');
      if (exponent >= INT32_MAX / 2) huge = true, exponent = INT32_MAX / 2;
    }
    if (i != s.size()) return BadNumericSyntax(text);
    // PostgreSQL: exponents beyond INT_MAX/2 are "value overflows numeric format".
    if (huge) return Overflow();
    if (exp_negative) exponent = -exponent;
  }
  if (i != s.size()) return BadNumericSyntax(text);
  // value = digits * 10^(exponent - fraction_digits); display scale per PostgreSQL.
  int64_t scale = fraction_digits - exponent;
  int64_t display_scale = scale < 0 ? 0 : scale;
  // PostgreSQL refuses a literal whose own display scale or integer digits
  // exceed its limits, whatever the typmod.
  if (display_scale > kNumericMaxDisplayScale) return Overflow();
  if (digits.empty()) {
    // Zero: only the display scale matters.
    if (NumericTypmodValid(typmod)) return ApplyTypmodWide(0, static_cast<int>(display_scale), typmod);
    return MakeFinite(0, static_cast<int>(display_scale));
  }
  const int64_t integer_digits = static_cast<int64_t>(digits.size()) - scale;
  if (integer_digits > kNumericMaxIntegerDigits) return Overflow();
  if (NumericTypmodValid(typmod)) {
    // Digits far below the typmod's scale only matter through rounding: keep
    // the ones down to two places below it, and a sticky digit for the rest.
    const int64_t keep_scale = std::max<int64_t>(NumericTypmodScale(typmod), 0) + 2;
    if (scale > keep_scale) {
      int64_t drop = scale - keep_scale;
      bool sticky = false;
      if (drop >= static_cast<int64_t>(digits.size())) {
        digits.clear();  // all kept digits are zero: the sticky 1 alone remains
        sticky = true;
      } else {
        for (size_t k = digits.size() - drop; k < digits.size(); ++k) sticky |= digits[k] != '0';
        digits.resize(digits.size() - drop);
      }
      // A nonzero tail below the kept digits: append a 1 one place further down.
      if (sticky) {
        digits.push_back('1');
        scale = keep_scale + 1;
      } else {
        scale = keep_scale;
      }
    }
  }
  if (digits.size() <= 38 && scale >= 0 && scale <= 38) {
    // Fast path: the digits fit the inline form.
    int128_t c = 0;
    for (char ch : digits) c = c * 10 + (ch - '0');
    if (negative) c = -c;
    if (!NumericTypmodValid(typmod)) return Numeric::Finite(c, static_cast<int16_t>(scale));
    Numeric fast;
    if (ApplyTypmod128(c, static_cast<int>(scale), typmod, &fast)) return fast;
  }
  Wide coefficient = digits.empty() ? Wide(0) : Wide(digits);
  if (negative) coefficient = -coefficient;
  int cur_scale = static_cast<int>(scale);
  if (cur_scale < 0) {
    coefficient *= WidePow10(-cur_scale);
    cur_scale = 0;
  }
  if (NumericTypmodValid(typmod)) return ApplyTypmodWide(coefficient, cur_scale, typmod);
  return MakeFinite(coefficient, cur_scale);
}

void AppendNumeric(const Numeric& n, std::string* out) {
  switch (n.kind) {
    case NumericKind::kNaN: out->append("NaN"); return;
    case NumericKind::kPositiveInfinity: out->append("Infinity"); return;
    case NumericKind::kNegativeInfinity: out->append("-Infinity"); return;
    case NumericKind::kBig: {
      std::string digits = MagnitudeDigits(n);
      if (IsNegative(n)) out->push_back('-');
      // At least one digit before the point.
      if (static_cast<int>(digits.size()) <= n.scale) digits.insert(0, n.scale + 1 - digits.size(), '0');
      const size_t integer_digits = digits.size() - n.scale;
      out->append(digits, 0, integer_digits);
      if (n.scale > 0) {
        out->push_back('.');
        out->append(digits, integer_digits, std::string::npos);
      }
      return;
    }
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
  Numeric fast;
  if (n.is_small() && ApplyTypmod128(n.coefficient, n.scale, typmod, &fast)) return fast;
  return ApplyTypmodWide(CoefficientOf(n), n.scale, typmod);
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
  if (a.is_small() && b.is_small() && ScaleUp128(a.coefficient, scale - a.scale, &x128) && ScaleUp128(b.coefficient, scale - b.scale, &y128) &&
      !__builtin_add_overflow(x128, y128, &sum)) {
    if (FitsNumeric(sum)) return Numeric::Finite(sum, static_cast<int16_t>(scale));
  }
  Wide x = CoefficientOf(a) * WidePow10(scale - a.scale);
  Wide y = CoefficientOf(b) * WidePow10(scale - b.scale);
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
  if (a.is_small() && b.is_small() && !__builtin_mul_overflow(a.coefficient, b.coefficient, &product128) &&
      FitsNumeric(product128) && scale <= kNumericMaxScale) {
    return Numeric::Finite(product128, static_cast<int16_t>(scale));
  }
  Wide product = CoefficientOf(a) * CoefficientOf(b);
  // PostgreSQL (numeric_mul) rounds an exact product's scale down to NUMERIC_DSCALE_MAX.
  if (scale > kNumericMaxDisplayScale) {
    product = DivPow10(product, scale - kNumericMaxDisplayScale, /*round=*/true);
    scale = kNumericMaxDisplayScale;
  }
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
  if (IsZero(b)) return DivisionByZero();
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
  // q = a / b at rscale = round(ca * 10^(rscale - sa + sb) / cb).
  int shift = rscale - a.scale + b.scale;
  if (a.is_small() && b.is_small() && rscale <= kNumericMaxScale) {
    int128_t n128 = a.coefficient, d128 = b.coefficient;
    if (shift >= 0 ? ScaleUp128(n128, shift, &n128) : ScaleUp128(d128, -shift, &d128)) {
      int128_t q = n128 / d128;
      int128_t r = n128 % d128;
      uint128_t r_mag = Magnitude(r), d_mag = Magnitude(d128);
      if (r_mag != 0 && r_mag >= d_mag - r_mag) q += ((n128 < 0) != (d128 < 0)) ? -1 : 1;
      if (FitsNumeric(q)) return Numeric::Finite(q, static_cast<int16_t>(rscale));
    }
  }
  Wide numerator = CoefficientOf(a);
  Wide denominator = CoefficientOf(b);
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
  if (IsZero(b)) return DivisionByZero();
  int scale = std::max(a.scale, b.scale);
  Wide x = CoefficientOf(a) * WidePow10(scale - a.scale);
  Wide y = CoefficientOf(b) * WidePow10(scale - b.scale);
  return MakeFinite(x % y, scale);  // C++ % truncates: sign follows the dividend
}

Numeric NumericNegate(const Numeric& a) {
  if (a.kind == NumericKind::kPositiveInfinity) return NegInf();
  if (a.kind == NumericKind::kNegativeInfinity) return PosInf();
  if (!a.is_finite()) return a;
  if (a.is_big()) return MakeBig(-BigOf(a)->coefficient, a.scale);
  Numeric r = a;
  r.coefficient = -a.coefficient;
  return r;
}

Numeric NumericAbs(const Numeric& a) {
  if (a.kind == NumericKind::kNegativeInfinity) return PosInf();
  if (!a.is_finite()) return a;
  if (a.is_big()) return IsNegative(a) ? MakeBig(-BigOf(a)->coefficient, a.scale) : a;
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
  // PostgreSQL clamps the scale to +-NUMERIC_MAX_RESULT_SCALE.
  scale = std::clamp(scale, -2000, 2000);
  int result_scale = std::max(scale, 0);
  Wide c = CoefficientOf(a);
  if (scale >= a.scale) return MakeFinite(c * WidePow10(scale - a.scale), result_scale);
  // Drop digits below 10^-scale.
  int drop = a.scale - scale;
  Wide q = DivPow10(c, drop, round);  // value in units of 10^-scale
  if (scale < 0) q *= WidePow10(-scale);
  return MakeFinite(q, result_scale);
}

Result<Numeric> CeilOrFloor(const Numeric& a, bool ceil) {
  if (!a.is_finite()) return a;
  Wide c = CoefficientOf(a);
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
      case NumericKind::kFinite:
      case NumericKind::kBig: return 1;
      case NumericKind::kPositiveInfinity: return 2;
      case NumericKind::kNaN: return 3;
    }
    return 3;
  };
  int ra = rank(a), rb = rank(b);
  if (ra != rb) return ra < rb ? -1 : 1;
  if (!a.is_finite()) return 0;
  if (a.is_small() && b.is_small()) {
    if (a.scale == b.scale) return a.coefficient < b.coefficient ? -1 : (a.coefficient > b.coefficient ? 1 : 0);
    int scale = std::max(a.scale, b.scale);
    int128_t x128, y128;
    if (ScaleUp128(a.coefficient, scale - a.scale, &x128) && ScaleUp128(b.coefficient, scale - b.scale, &y128)) {
      return x128 < y128 ? -1 : (x128 > y128 ? 1 : 0);
    }
  }
  if (a.is_big() && b.is_big() && BigOf(a) == BigOf(b)) return 0;
  int sa = SignOf(a), sb = SignOf(b);
  if (sa != sb) return sa < sb ? -1 : 1;
  int scale = std::max(a.scale, b.scale);
  Wide x = CoefficientOf(a) * WidePow10(scale - a.scale);
  Wide y = CoefficientOf(b) * WidePow10(scale - b.scale);
  return x < y ? -1 : (x > y ? 1 : 0);
}

Numeric NumericNormalize(const Numeric& a) {
  if (!a.is_finite()) return a;
  if (a.is_small()) {
    Numeric n = a;
    while (n.scale > 0 && n.coefficient % 10 == 0) {
      n.coefficient /= 10;
      --n.scale;
    }
    if (n.coefficient == 0) n.scale = 0;
    return n;
  }
  Wide c = BigOf(a)->coefficient;
  int scale = a.scale;
  if (c == 0) return Numeric::Finite(0, 0);
  // Strip trailing zeros, several at a time while possible.
  static const Wide kTenTo8 = WidePow10(8);
  while (scale >= 8 && c % kTenTo8 == 0) {
    c /= kTenTo8;
    scale -= 8;
  }
  while (scale > 0 && c % 10 == 0) {
    c /= 10;
    --scale;
  }
  Result<Numeric> r = MakeFinite(c, scale);
  assert(r.ok());  // no larger than `a`
  return *r;
}

uint64_t NumericHash(const Numeric& input) {
  if (!input.is_finite()) return 0x9e3779b97f4a7c15ULL * (static_cast<uint64_t>(input.kind) + 1);
  // Normalize: strip trailing zeros so 1.50 and 1.5 hash alike (and a big value
  // that normalizes to the inline form hashes as that form).
  Numeric a = input;
  if (a.is_small()) {
    while (a.scale > 0 && a.coefficient % 10 == 0) {
      a.coefficient /= 10;
      --a.scale;
    }
    if (a.coefficient == 0) a.scale = 0;
  } else {
    a = NumericNormalize(input);
  }
  uint64_t h;
  if (a.is_big()) {
    std::string digits = MagnitudeDigits(a);
    h = std::hash<std::string>()(digits) ^ (IsNegative(a) ? 0x5bd1e9955bd1e995ULL : 0);
  } else {
    uint128_t u = static_cast<uint128_t>(a.coefficient);
    h = static_cast<uint64_t>(u) ^ (static_cast<uint64_t>(u >> 64) * 0xff51afd7ed558ccdULL);
  }
  h ^= static_cast<uint64_t>(a.scale) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 33;
  h *= 0xff51afd7ed558ccdULL;
  h ^= h >> 33;
  return h;
}

void AppendNumericKey(const Numeric& n, std::string* out) {
  switch (n.kind) {
    case NumericKind::kNaN: common::AppendKeyNumeric(out, common::KeyNumericKind::kNaN, 0, 0); return;
    case NumericKind::kPositiveInfinity:
      common::AppendKeyNumeric(out, common::KeyNumericKind::kPositiveInfinity, 0, 0);
      return;
    case NumericKind::kNegativeInfinity:
      common::AppendKeyNumeric(out, common::KeyNumericKind::kNegativeInfinity, 0, 0);
      return;
    case NumericKind::kFinite:
      common::AppendKeyNumeric(out, common::KeyNumericKind::kFinite, n.coefficient, n.scale);
      return;
    case NumericKind::kBig: break;
  }
  std::string digits = MagnitudeDigits(n);
  if (digits == "0") {
    common::AppendKeyNumericDigits(out, false, std::string_view(), 0);
    return;
  }
  // value = 0.d1d2... * 10^(len - scale); then drop trailing zeros.
  const int64_t exponent = static_cast<int64_t>(digits.size()) - n.scale;
  while (digits.back() == '0') digits.pop_back();
  common::AppendKeyNumericDigits(out, IsNegative(n), digits, exponent);
}

size_t BigNumericPoolBytes() { return Pool().bytes(); }

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
  Wide v = DivPow10(CoefficientOf(a), a.scale, /*round=*/true);
  // Anything beyond int64 is out of range for every caller; clamp into int128.
  static const Wide kClamp = Wide(1) << 100;
  if (v > kClamp) return static_cast<int128_t>(1) << 100;
  if (v < -kClamp) return -(static_cast<int128_t>(1) << 100);
  return static_cast<int128_t>(v);
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
    case NumericKind::kFinite:
    case NumericKind::kBig: break;
  }
  std::string s = NumericToString(a);
  double d = 0;
  std::from_chars(s.data(), s.data() + s.size(), d);
  return d;
}

Result<double> NumericToFloat8(const Numeric& a) {
  if (!a.is_big()) return NumericToDouble(a);  // at most 38 digits: always in range
  // PostgreSQL goes through numeric_out and float8in: out of range (overflow,
  // or a nonzero value underflowing to zero) is an error naming the text.
  std::string s = NumericToString(a);
  errno = 0;
  double d = std::strtod(s.c_str(), nullptr);
  if (errno == ERANGE && (d == 0 || std::isinf(d))) {
    return Status::Error(sqlstate::kNumericValueOutOfRange,
                         "\"" + s + "\" is out of range for type double precision");
  }
  return d;
}

Result<float> NumericToFloat(const Numeric& a) {
  switch (a.kind) {
    case NumericKind::kNaN: return std::nanf("");
    case NumericKind::kPositiveInfinity: return HUGE_VALF;
    case NumericKind::kNegativeInfinity: return -HUGE_VALF;
    case NumericKind::kFinite:
    case NumericKind::kBig: break;
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
  // Split |coefficient| * 10^-scale into base-10000 groups aligned at the
  // point: pad the fraction with zeros to a multiple of 4 digits and the
  // integer part on the left to a multiple of 4.
  std::string digits = MagnitudeDigits(n);
  if (digits == "0") digits.clear();
  const int frac_groups = (n.scale + 3) / 4;
  digits.append(static_cast<size_t>(frac_groups * 4 - n.scale), '0');
  if (digits.size() % 4 != 0) digits.insert(0, 4 - digits.size() % 4, '0');
  const int count = static_cast<int>(digits.size() / 4);
  auto group = [&digits](int g) {  // g-th group from the most significant
    const char* p = digits.data() + 4 * static_cast<size_t>(g);
    return (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
  };
  int first = 0;
  while (first < count && group(first) == 0) ++first;  // leading zero groups
  int last = count;
  while (last > first && group(last - 1) == 0) --last;  // trailing zero groups
  const int ndigits = last - first;
  // The group at index g has weight count - 1 - frac_groups - g.
  const int weight = count - 1 - frac_groups - first;
  PutU16(out, static_cast<uint16_t>(ndigits));
  PutU16(out, static_cast<uint16_t>(ndigits == 0 ? 0 : weight));
  PutU16(out, IsNegative(n) ? kSignNeg : kSignPos);
  PutU16(out, static_cast<uint16_t>(n.scale));
  for (int g = first; g < last; ++g) PutU16(out, static_cast<uint16_t>(group(g)));
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
  std::string digits;
  digits.reserve(4 * static_cast<size_t>(ndigits));
  for (int k = 0; k < ndigits; ++k) {
    int d = static_cast<int16_t>(GetU16(b, 8 + 2 * k));
    if (d < 0 || d >= 10000) return BadBinary("digit");
    char group[4] = {static_cast<char>('0' + d / 1000), static_cast<char>('0' + d / 100 % 10),
                     static_cast<char>('0' + d / 10 % 10), static_cast<char>('0' + d % 10)};
    digits.append(group, 4);
  }
  size_t nonzero = digits.find_first_not_of('0');
  Wide v = nonzero == std::string::npos ? Wide(0) : Wide(digits.substr(nonzero));
  // value = v * 10000^(weight - ndigits + 1).
  int exp10 = 4 * (weight - ndigits + 1);
  int scale = -exp10;  // v * 10^-scale
  if (scale < 0) {
    if (v != 0) v *= WidePow10(-scale);
    scale = 0;
  }
  // PostgreSQL truncates digits hidden by the given dscale (trunc_var).
  if (scale > dscale) {
    v = DivPow10(v, scale - dscale, false);
    scale = dscale;
  } else if (scale < dscale) {
    v *= WidePow10(dscale - scale);
    scale = dscale;
  }
  if (sign == kSignNeg) v = -v;
  if (NumericTypmodValid(typmod)) return ApplyTypmodWide(v, scale, typmod);
  return MakeFinite(v, scale);
}

boost::multiprecision::cpp_int NumericCoefficient(const Numeric& n) {
  assert(n.is_finite());
  return CoefficientOf(n);
}

Result<Numeric> NumericFromCoefficient(const boost::multiprecision::cpp_int& coefficient, int scale) {
  assert(scale >= 0);
  return MakeFinite(coefficient, scale);
}

}  // namespace augur::types
