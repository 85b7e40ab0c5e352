// Text input/output functions for the scalar types. See text_io.h.
#include "types/text_io.h"

#include "types/reg_types.h"
#include "types/array.h"
#include "types/record.h"

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <type_traits>

#include "types/numeric.h"

#include <boost/multiprecision/cpp_int.hpp>

namespace augur::types {

namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

Status InvalidSyntax(std::string_view type_name, std::string_view text) {
  return Status::Error(sqlstate::kInvalidTextRepresentation,
                       "invalid input syntax for type " + std::string(type_name) + ": \"" + std::string(text) + "\"");
}

Status OutOfRange(std::string_view type_name, std::string_view text) {
  return Status::Error(sqlstate::kNumericValueOutOfRange,
                       "value \"" + std::string(text) + "\" is out of range for type " + std::string(type_name));
}

// pg_strtoint64-style parse with bounds; type_name for messages.
Result<int64_t> ParseBoundedInt(std::string_view text, int64_t min, int64_t max, std::string_view type_name) {
  std::string_view s = text;
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  bool negative = false;
  if (!s.empty() && (s.front() == '+' || s.front() == '-')) {
    negative = s.front() == '-';
    s.remove_prefix(1);
  }
  if (s.empty() || s.front() < '0' || s.front() > '9') return InvalidSyntax(type_name, text);
  uint64_t magnitude = 0;
  bool overflow = false;
  while (!s.empty() && s.front() >= '0' && s.front() <= '9') {
    uint64_t digit = static_cast<uint64_t>(s.front() - '0');
    if (magnitude > (UINT64_MAX - digit) / 10) {
      overflow = true;
    } else {
      magnitude = magnitude * 10 + digit;
    }
    s.remove_prefix(1);
  }
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  if (!s.empty()) return InvalidSyntax(type_name, text);
  const uint64_t limit = negative ? static_cast<uint64_t>(-(min + 1)) + 1 : static_cast<uint64_t>(max);
  if (overflow || magnitude > limit) return OutOfRange(type_name, text);
  return negative ? static_cast<int64_t>(0 - magnitude) : static_cast<int64_t>(magnitude);
}

bool EqualsNoCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (x != b[i]) return false;
  }
  return true;
}

// Recognizes NaN/Infinity spellings accepted by float4in/float8in.
bool ParseFloatSpecial(std::string_view s, double* out) {
  if (EqualsNoCase(s, "nan") || EqualsNoCase(s, "+nan") || EqualsNoCase(s, "-nan")) {
    *out = std::nan("");
    return true;
  }
  if (EqualsNoCase(s, "infinity") || EqualsNoCase(s, "+infinity") || EqualsNoCase(s, "inf") ||
      EqualsNoCase(s, "+inf")) {
    *out = HUGE_VAL;
    return true;
  }
  if (EqualsNoCase(s, "-infinity") || EqualsNoCase(s, "-inf")) {
    *out = -HUGE_VAL;
    return true;
  }
  return false;
}

template <typename T>
Result<T> ParseFloating(std::string_view text, std::string_view type_name) {
  std::string_view s = Trim(text);
  double special;
  if (ParseFloatSpecial(s, &special)) return static_cast<T>(special);
  if (s.empty()) return InvalidSyntax(type_name, text);
  // Like PostgreSQL, whatever strtod accepts is accepted (including hex floats).
  std::string buf(s);
  errno = 0;
  char* end = nullptr;
  T value;
  if constexpr (std::is_same_v<T, float>) {
    value = std::strtof(buf.c_str(), &end);
  } else {
    value = std::strtod(buf.c_str(), &end);
  }
  if (end == buf.c_str() || *end != '\0') return InvalidSyntax(type_name, text);
  if (errno == ERANGE && (value == 0 || std::isinf(value))) {
    return Status::Error(sqlstate::kNumericValueOutOfRange,
                         "\"" + std::string(text) + "\" is out of range for type " + std::string(type_name));
  }
  return value;
}

// Exact sign of (decimal digits·10^exp10 − (a + b) / 2) for finite positive
// doubles a and b; big integers, so no rounding can fake a tie.
int CompareDecimalToMidpoint(const std::string& digits, int exp10, double a, double b) {
  using Big = boost::multiprecision::cpp_int;
  auto dyadic = [](double v, Big* mantissa, int* exp2) {
    int e;
    double m = std::frexp(v, &e);                       // v = m·2^e, m in [0.5, 1)
    *mantissa = Big(static_cast<uint64_t>(std::ldexp(m, 64)));
    *exp2 = e - 64;
  };
  Big ma, mb;
  int ea, eb;
  dyadic(a, &ma, &ea);
  dyadic(b, &mb, &eb);
  Big lhs(digits);  // 2·D·10^exp10
  lhs *= 2;
  Big rhs = 0;
  const int min_exp2 = std::min(ea, eb);
  // Scale both sides by 2^(-min_exp2) and 10^(-exp10) when negative.
  rhs = (ma << (ea - min_exp2)) + (mb << (eb - min_exp2));
  if (min_exp2 > 0) {
    rhs <<= min_exp2;
  } else {
    lhs <<= -min_exp2;
  }
  Big ten = 10;
  if (exp10 >= 0) {
    lhs *= boost::multiprecision::pow(ten, static_cast<unsigned>(exp10));
  } else {
    rhs *= boost::multiprecision::pow(ten, static_cast<unsigned>(-exp10));
  }
  return lhs < rhs ? -1 : (lhs > rhs ? 1 : 0);
}

// Shortest digits of x (> 0, finite) in PostgreSQL's Ryu sense: the shortest
// decimal strictly inside x's rounding interval (PostgreSQL builds Ryu without
// STRICTLY_SHORTEST, so a decimal exactly halfway to a neighbour is never
// chosen), closest to x among those. Returns the digits and the decimal
// exponent of the first digit.
template <typename T>
void ShortestDigits(T x, std::string* digits, int* exponent) {
  auto split = [&](std::string_view sci) {
    size_t e = sci.find('e');
    digits->clear();
    for (char c : sci.substr(0, e)) {
      if (c != '.') digits->push_back(c);
    }
    *exponent = std::atoi(std::string(sci.substr(e + 1)).c_str());
  };
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof(buf), x, std::chars_format::scientific);
  std::string fast(buf, res.ptr - buf);
  // A midpoint (2m±1)·2^(q-1) below these magnitudes has more significant
  // decimal digits than the type ever prints (it ends in 5 after at least
  // 17 / 9 digits), so no candidate can sit on a bound: skip the check.
  constexpr T kTieThreshold = std::is_same_v<T, float> ? T(1 << 20) : T(4503599627370496.0);  // 2^20, 2^52
  split(fast);
  if (x < kTieThreshold) return;
  const double wx = x;
  const double below = std::nextafter(x, T(0));
  const double above = std::nextafter(x, std::numeric_limits<T>::infinity());
  auto strictly_inside = [&](const std::string& d, int first_exp) {
    int exp10 = first_exp - static_cast<int>(d.size()) + 1;
    return CompareDecimalToMidpoint(d, exp10, wx, below) > 0 &&
           (std::isinf(above) || CompareDecimalToMidpoint(d, exp10, wx, above) < 0);
  };
  if (strictly_inside(*digits, *exponent)) return;
  // Rare: the shortest candidate sits exactly on a bound. Search longer
  // lengths for the closest decimal strictly inside.
  const int max_digits = std::is_same_v<T, float> ? 9 : 17;
  for (int p = static_cast<int>(digits->size()); p <= max_digits; ++p) {
    std::snprintf(buf, sizeof(buf), "%.*e", p - 1, wx);
    std::string nearest(buf);
    size_t e = nearest.find('e');
    std::string mantissa;
    for (char c : std::string_view(nearest).substr(0, e)) {
      if (c != '.') mantissa.push_back(c);
    }
    int first_exp = std::atoi(nearest.c_str() + e + 1);
    std::string best;
    int best_exp = 0;
    long double best_distance = 0;
    for (int delta = -1; delta <= 1; ++delta) {
      long long m = std::atoll(mantissa.c_str()) + delta;
      if (m <= 0) continue;
      std::string candidate = std::to_string(m);
      int cand_exp = first_exp + static_cast<int>(candidate.size()) - p;  // carry changes the length
      if (!strictly_inside(candidate, cand_exp)) continue;
      long double v = std::strtold((candidate + "e" + std::to_string(cand_exp - static_cast<int>(candidate.size()) + 1)).c_str(), nullptr);
      long double distance = std::fabs(v - static_cast<long double>(wx));
      if (best.empty() || distance < best_distance) {
        best = candidate;
        best_exp = cand_exp;
        best_distance = distance;
      }
    }
    if (!best.empty()) {
      while (best.size() > 1 && best.back() == '0') best.pop_back();
      *digits = best;
      *exponent = best_exp;
      return;
    }
  }
}

// Shortest round-trip formatting with PostgreSQL's layout.
template <typename T>
void AppendShortest(T x, int fixed_max_exponent, std::string* out) {
  if (std::isnan(x)) {
    out->append("NaN");
    return;
  }
  if (std::isinf(x)) {
    out->append(x > 0 ? "Infinity" : "-Infinity");
    return;
  }
  if (x == 0) {
    out->append(std::signbit(x) ? "-0" : "0");
    return;
  }
  if (x < 0) out->push_back('-');
  // Common case without allocation: to_chars' shortest digits are PostgreSQL's
  // below the tie threshold (see ShortestDigits).
  char buf[64];
  std::string_view digits;
  int exponent;
  std::string slow_digits;
  const T ax = std::fabs(x);
  constexpr T kTieThreshold = std::is_same_v<T, float> ? T(1 << 20) : T(4503599627370496.0);
  if (ax < kTieThreshold) {
    auto res = std::to_chars(buf, buf + sizeof(buf), ax, std::chars_format::scientific);
    char* e = std::find(buf, res.ptr, 'e');
    exponent = 0;
    std::from_chars(e + 1 + (e[1] == '+'), res.ptr, exponent);
    // Drop the '.' in place: "d.ddd" -> "dddd".
    char* end = e;
    if (end - buf > 1) {
      std::memmove(buf + 1, buf + 2, static_cast<size_t>(end - buf - 2));
      --end;
    }
    digits = std::string_view(buf, static_cast<size_t>(end - buf));
  } else {
    ShortestDigits<T>(ax, &slow_digits, &exponent);
    digits = slow_digits;
  }
  if (exponent < -4 || exponent >= fixed_max_exponent) {
    out->push_back(digits[0]);
    if (digits.size() > 1) {
      out->push_back('.');
      out->append(digits.substr(1));
    }
    char eb[16];
    int n = std::snprintf(eb, sizeof(eb), "e%c%02d", exponent < 0 ? '-' : '+', std::abs(exponent));
    out->append(eb, n);
    return;
  }
  if (exponent < 0) {
    out->append("0.");
    out->append(static_cast<size_t>(-exponent - 1), '0');
    out->append(digits);
    return;
  }
  // exponent >= 0: integer part is digits[0..exponent]
  if (static_cast<int>(digits.size()) <= exponent + 1) {
    out->append(digits);
    out->append(static_cast<size_t>(exponent + 1 - static_cast<int>(digits.size())), '0');
  } else {
    out->append(digits.substr(0, exponent + 1));
    out->push_back('.');
    out->append(digits.substr(exponent + 1));
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

// Validates, trims trailing spaces as needed and checks the length.
Result<std::string> CharInput(std::string_view text, int32_t typmod, bool pad, std::string_view type_label) {
  int64_t max_chars = CharLengthFromTypmod(typmod);
  if (max_chars < 0) return std::string(text);
  int64_t chars = Utf8Length(text);
  if (chars <= max_chars) {
    std::string out(text);
    if (pad) out.append(static_cast<size_t>(max_chars - chars), ' ');
    return out;
  }
  size_t keep = Utf8PrefixBytes(text, max_chars);
  for (size_t i = keep; i < text.size(); ++i) {
    if (text[i] != ' ') {
      return Status::Error(sqlstate::kStringDataRightTruncation,
                           "value too long for type " + std::string(type_label) + "(" + std::to_string(max_chars) + ")");
    }
  }
  return std::string(text.substr(0, keep));
}

}  // namespace

// ---------------------------------------------------------------------------

Result<bool> ParseBool(std::string_view text) {
  std::string_view s = Trim(text);
  auto prefix_of = [&](std::string_view word) {
    if (s.empty() || s.size() > word.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c != word[i]) return false;
    }
    return true;
  };
  if (!s.empty()) {
    switch (s[0]) {
      case 't': case 'T': if (prefix_of("true")) return true; break;
      case 'f': case 'F': if (prefix_of("false")) return false; break;
      case 'y': case 'Y': if (prefix_of("yes")) return true; break;
      case 'n': case 'N': if (prefix_of("no")) return false; break;
      case 'o': case 'O':
        if (s.size() >= 2 && prefix_of("on")) return true;
        if (s.size() >= 2 && prefix_of("off")) return false;
        break;
      case '1': if (s.size() == 1) return true; break;
      case '0': if (s.size() == 1) return false; break;
      default: break;
    }
  }
  return Status::Error(sqlstate::kInvalidTextRepresentation,
                       "invalid input syntax for type boolean: \"" + std::string(text) + "\"");
}

Result<int16_t> ParseInt2(std::string_view text) {
  ASSIGN_OR_RETURN(int64_t v, ParseBoundedInt(text, INT16_MIN, INT16_MAX, "smallint"));
  return static_cast<int16_t>(v);
}

Result<int32_t> ParseInt4(std::string_view text) {
  ASSIGN_OR_RETURN(int64_t v, ParseBoundedInt(text, INT32_MIN, INT32_MAX, "integer"));
  return static_cast<int32_t>(v);
}

Result<int64_t> ParseInt8(std::string_view text) { return ParseBoundedInt(text, INT64_MIN, INT64_MAX, "bigint"); }

Result<uint32_t> ParseOid(std::string_view text) {
  // oidin accepts -4294967295..4294967295 and wraps negatives, as strtoul does.
  ASSIGN_OR_RETURN(int64_t v, ParseBoundedInt(text, -int64_t{UINT32_MAX}, UINT32_MAX, "oid"));
  return static_cast<uint32_t>(v);
}

void AppendInt64(int64_t x, std::string* out) {
  char buf[24];
  auto res = std::to_chars(buf, buf + sizeof(buf), x);
  out->append(buf, res.ptr - buf);
}

Result<float> ParseFloat4(std::string_view text) { return ParseFloating<float>(text, "real"); }
Result<double> ParseFloat8(std::string_view text) { return ParseFloating<double>(text, "double precision"); }
void AppendFloat4(float x, std::string* out) { AppendShortest(x, 6, out); }
void AppendFloat8(double x, std::string* out) { AppendShortest(x, 15, out); }

namespace {
void AppendPrintfFloat(double x, int digits, std::string* out) {
  if (std::isnan(x)) {
    out->append("NaN");
    return;
  }
  if (std::isinf(x)) {
    out->append(x > 0 ? "Infinity" : "-Infinity");
    return;
  }
  char buf[64];
  int n = std::snprintf(buf, sizeof(buf), "%.*g", digits < 1 ? 1 : digits, x);
  out->append(buf, n);
}
}  // namespace

void AppendFloat4(float x, std::string* out, int extra_float_digits) {
  if (extra_float_digits > 0) return AppendFloat4(x, out);
  AppendPrintfFloat(x, 6 + extra_float_digits, out);
}
void AppendFloat8(double x, std::string* out, int extra_float_digits) {
  if (extra_float_digits > 0) return AppendFloat8(x, out);
  AppendPrintfFloat(x, 15 + extra_float_digits, out);
}

char ParseChar(std::string_view text) { return text.empty() ? '\0' : text[0]; }

void AppendChar(char c, std::string* out) {
  unsigned char u = static_cast<unsigned char>(c);
  if (u == 0) return;
  if (u & 0x80) {
    // charout shows non-ASCII bytes as \ooo.
    out->push_back('\\');
    out->push_back(static_cast<char>('0' + ((u >> 6) & 7)));
    out->push_back(static_cast<char>('0' + ((u >> 3) & 7)));
    out->push_back(static_cast<char>('0' + (u & 7)));
    return;
  }
  out->push_back(c);
}

Result<Uuid> ParseUuid(std::string_view text) {
  Uuid u;
  std::string_view s = text;
  bool braces = false;
  if (!s.empty() && s.front() == '{') {
    braces = true;
    s.remove_prefix(1);
  }
  for (int i = 0; i < 16; ++i) {
    if (s.size() < 2) return InvalidSyntax("uuid", text);
    int hi = HexValue(s[0]), lo = HexValue(s[1]);
    if (hi < 0 || lo < 0) return InvalidSyntax("uuid", text);
    u.bytes[i] = static_cast<uint8_t>(hi * 16 + lo);
    s.remove_prefix(2);
    if (!s.empty() && s.front() == '-' && (i % 2) == 1 && i < 15) s.remove_prefix(1);
  }
  if (braces) {
    if (s.empty() || s.front() != '}') return InvalidSyntax("uuid", text);
    s.remove_prefix(1);
  }
  if (!s.empty()) return InvalidSyntax("uuid", text);
  return u;
}

void AppendUuid(const Uuid& u, std::string* out) {
  static const char* kHex = "0123456789abcdef";
  for (int i = 0; i < 16; ++i) {
    if (i == 4 || i == 6 || i == 8 || i == 10) out->push_back('-');
    out->push_back(kHex[u.bytes[i] >> 4]);
    out->push_back(kHex[u.bytes[i] & 15]);
  }
}

Result<std::string> ParseBytea(std::string_view text) {
  std::string out;
  if (text.size() >= 2 && text[0] == '\\' && text[1] == 'x') {
    size_t i = 2;
    while (i < text.size()) {
      char c = text[i];
      if (IsSpace(c)) {
        ++i;
        continue;
      }
      int hi = HexValue(c);
      if (hi < 0) {
        return Status::Error(sqlstate::kInvalidParameterValue, "invalid hexadecimal digit: \"" + std::string(1, c) + "\"");
      }
      if (i + 1 >= text.size()) {
        return Status::Error(sqlstate::kInvalidParameterValue, "invalid hexadecimal data: odd number of digits");
      }
      int lo = HexValue(text[i + 1]);
      if (lo < 0) {
        return Status::Error(sqlstate::kInvalidParameterValue,
                             "invalid hexadecimal digit: \"" + std::string(1, text[i + 1]) + "\"");
      }
      out.push_back(static_cast<char>(hi * 16 + lo));
      i += 2;
    }
    return out;
  }
  for (size_t i = 0; i < text.size();) {
    if (text[i] != '\\') {
      out.push_back(text[i++]);
      continue;
    }
    if (i + 1 < text.size() && text[i + 1] == '\\') {
      out.push_back('\\');
      i += 2;
      continue;
    }
    if (i + 3 < text.size() + 0 && text[i + 1] >= '0' && text[i + 1] <= '3' && text[i + 2] >= '0' &&
        text[i + 2] <= '7' && text[i + 3] >= '0' && text[i + 3] <= '7') {
      out.push_back(static_cast<char>(((text[i + 1] - '0') << 6) | ((text[i + 2] - '0') << 3) | (text[i + 3] - '0')));
      i += 4;
      continue;
    }
    return Status::Error(sqlstate::kInvalidTextRepresentation, "invalid input syntax for type bytea");
  }
  return out;
}

void AppendByteaHex(std::string_view bytes, std::string* out) {
  static const char* kHex = "0123456789abcdef";
  out->reserve(out->size() + 2 + 2 * bytes.size());
  out->append("\\x");
  for (unsigned char c : bytes) {
    out->push_back(kHex[c >> 4]);
    out->push_back(kHex[c & 15]);
  }
}

Status ValidateUtf8(std::string_view s) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int len;
    if (c < 0x80) {
      if (c == 0) len = -1;
      else len = 1;
    } else if ((c & 0xE0) == 0xC0) {
      len = 2;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
    } else {
      len = -1;
    }
    bool ok = len > 0 && i + len <= n;
    if (ok && len > 1) {
      for (int k = 1; k < len; ++k) ok &= (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
      if (ok) {
        unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
        if (len == 2) ok = c >= 0xC2;
        if (len == 3) ok = !(c == 0xE0 && c1 < 0xA0) && !(c == 0xED && c1 > 0x9F);
        if (len == 4) ok = c <= 0xF4 && !(c == 0xF0 && c1 < 0x90) && !(c == 0xF4 && c1 > 0x8F);
      }
    }
    if (!ok) {
      // PostgreSQL prints the offending bytes (up to the sequence length) in hex.
      std::string bytes;
      int show = len > 0 ? std::min<size_t>(len, n - i) : 1;
      char buf[8];
      for (int k = 0; k < show; ++k) {
        std::snprintf(buf, sizeof(buf), "%s0x%02x", k == 0 ? "" : " ", static_cast<unsigned char>(s[i + k]));
        bytes += buf;
      }
      return Status::Error(sqlstate::kCharacterNotInRepertoire,
                           "invalid byte sequence for encoding \"UTF8\": " + bytes);
    }
    i += len;
  }
  return Status::Ok();
}

int64_t Utf8Length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

size_t Utf8PrefixBytes(std::string_view s, int64_t chars) {
  size_t i = 0;
  int64_t seen = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == chars) return i;
      ++seen;
    }
    ++i;
  }
  return i;
}

std::string_view ClipUtf8(std::string_view s, size_t max_bytes) {
  if (s.size() <= max_bytes) return s;
  size_t end = max_bytes;
  while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
  return s.substr(0, end);
}

Result<std::string> ParseVarchar(std::string_view text, int32_t typmod) {
  return CharInput(text, typmod, false, "character varying");
}

Result<std::string> ParseBpchar(std::string_view text, int32_t typmod) {
  return CharInput(text, typmod, true, "character");
}

// ---------------------------------------------------------------------------
// Dispatch

Result<Value> ParseText(std::string_view text, SqlType type, const DateTimeContext* context) {
  if (IsArrayOid(type.oid)) return ParseArrayText(text, type, context);
  if (type.oid == kRecordOid) return RecordInputNotSupported();
  switch (type.oid) {
    case kBoolOid: {
      ASSIGN_OR_RETURN(bool b, ParseBool(text));
      return Value::Bool(b);
    }
    case kInt2Oid: {
      ASSIGN_OR_RETURN(int16_t v, ParseInt2(text));
      return Value::Int2(v);
    }
    case kInt4Oid: {
      ASSIGN_OR_RETURN(int32_t v, ParseInt4(text));
      return Value::Int4(v);
    }
    case kInt8Oid: {
      ASSIGN_OR_RETURN(int64_t v, ParseInt8(text));
      return Value::Int8(v);
    }
    case kOidOid:
    case kXidOid: {
      ASSIGN_OR_RETURN(uint32_t v, ParseOid(text));
      return Value::FromInt64(type, v);
    }
    case kRegprocOid: case kRegprocedureOid: case kRegoperOid: case kRegoperatorOid: case kRegclassOid:
    case kRegtypeOid: case kRegconfigOid: case kRegdictionaryOid: case kRegnamespaceOid: case kRegroleOid:
    case kRegcollationOid: {
      ASSIGN_OR_RETURN(uint32_t v, ParseRegText(type.oid, text));
      return Value::FromInt64(type, v);
    }
    case kPgNodeTreeOid:
      return Status::Error(sqlstate::kFeatureNotSupported, "cannot accept a value of type pg_node_tree");
    case kFloat4Oid: {
      ASSIGN_OR_RETURN(float v, ParseFloat4(text));
      return Value::Float4(v);
    }
    case kFloat8Oid: {
      ASSIGN_OR_RETURN(double v, ParseFloat8(text));
      return Value::Float8(v);
    }
    case kNumericOid: {
      ASSIGN_OR_RETURN(Numeric n, NumericFromString(text, type.typmod));
      return Value::MakeNumeric(n, type.typmod);
    }
    case kCharOid: return Value::FromInt64(type, ParseChar(text));
    case kTextOid:
    case kNameOid:
    case kUnknownOid: {
      RETURN_IF_ERROR(ValidateUtf8(text));
      std::string s(text);
      if (type.oid == kNameOid) s.resize(ClipUtf8(s, 63).size());
      return Value::Bytes(type, std::move(s));
    }
    case kVarcharOid: {
      RETURN_IF_ERROR(ValidateUtf8(text));
      ASSIGN_OR_RETURN(std::string s, ParseVarchar(text, type.typmod));
      return Value::Bytes(type, std::move(s));
    }
    case kBpcharOid: {
      RETURN_IF_ERROR(ValidateUtf8(text));
      ASSIGN_OR_RETURN(std::string s, ParseBpchar(text, type.typmod));
      return Value::Bytes(type, std::move(s));
    }
    case kByteaOid: {
      ASSIGN_OR_RETURN(std::string s, ParseBytea(text));
      return Value::Bytes(type, std::move(s));
    }
    case kUuidOid: {
      ASSIGN_OR_RETURN(Uuid u, ParseUuid(text));
      return Value::MakeUuid(u);
    }
    case kDateOid: {
      ASSIGN_OR_RETURN(int32_t d, ParseDate(text, context));
      return Value::Date(d);
    }
    case kTimeOid: {
      ASSIGN_OR_RETURN(int64_t t, ParseTime(text, type.typmod, context));
      return Value::FromInt64(type, t);
    }
    case kTimeTzOid: {
      ASSIGN_OR_RETURN(int64_t t, ParseTimeTz(text, type.typmod, context));
      return Value::FromInt64(type, t);
    }
    case kTimestampOid: {
      ASSIGN_OR_RETURN(int64_t t, ParseTimestamp(text, type.typmod, context));
      return Value::FromInt64(type, t);
    }
    case kTimestampTzOid: {
      ASSIGN_OR_RETURN(int64_t t, ParseTimestampTz(text, type.typmod, context));
      return Value::FromInt64(type, t);
    }
    case kIntervalOid: {
      ASSIGN_OR_RETURN(Interval iv, ParseInterval(text, type.typmod));
      Value v = Value::MakeInterval(iv);
      v.Relabel(type);
      return v;
    }
    default:
      return Status::Error(sqlstate::kFeatureNotSupported,
                           "text input for type " + FormatType(type) + " is not supported");
  }
}

void AppendText(const Value& v, std::string* out, const DateTimeContext* context) {
  if (v.is_null()) return;
  if (IsArrayOid(v.oid())) return AppendArrayText(v.GetBytes(), v.type(), out, context);
  if (v.oid() == kRecordOid) return AppendRecordText(v.GetBytes(), out, context);
  switch (v.oid()) {
    case kBoolOid: AppendBool(v.GetBool(), out); return;
    case kInt2Oid:
    case kInt4Oid:
    case kInt8Oid:
    case kOidOid:
    case kXidOid: AppendInt64(v.AsInt64(), out); return;
    case kRegprocOid: case kRegprocedureOid: case kRegoperOid: case kRegoperatorOid: case kRegclassOid:
    case kRegtypeOid: case kRegconfigOid: case kRegdictionaryOid: case kRegnamespaceOid: case kRegroleOid:
    case kRegcollationOid:
      AppendRegText(v.oid(), static_cast<uint32_t>(v.AsInt64()), out);
      return;
    case kFloat4Oid: AppendFloat4(v.GetFloat4(), out); return;
    case kFloat8Oid: AppendFloat8(v.GetFloat8(), out); return;
    case kNumericOid: AppendNumeric(v.GetNumeric(), out); return;
    case kCharOid: AppendChar(v.GetChar(), out); return;
    case kByteaOid: AppendByteaHex(v.GetBytes(), out); return;
    case kUuidOid: AppendUuid(v.GetUuid(), out); return;
    case kDateOid: AppendDate(v.GetDate(), out); return;
    case kTimeOid: AppendTime(v.GetInt8(), out); return;
    case kTimeTzOid: AppendTimeTz(v.GetInt8(), out); return;
    case kTimestampOid: AppendTimestamp(v.GetInt8(), out); return;
    case kTimestampTzOid: AppendTimestampTz(v.GetInt8(), out, context); return;
    case kIntervalOid: AppendInterval(v.GetInterval(), out); return;
    default:
      if (v.kind() == PhysicalKind::kBytes) out->append(v.GetBytes());
      return;
  }
}

std::string FormatText(const Value& v, const DateTimeContext* context) {
  std::string out;
  AppendText(v, &out, context);
  return out;
}

}  // namespace augur::types
