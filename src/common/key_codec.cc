// Memcomparable key encoding; see key_codec.h and docs/storage-format.md.
#include "common/key_codec.h"

#include <bit>
#include <cassert>
#include <cmath>
#include <cstring>
#include <limits>

namespace augur::common {
namespace {

__extension__ typedef unsigned __int128 key_uint128_t;

constexpr int64_t kMicrosPerDay = 86400LL * 1000000LL;
constexpr int64_t kMicrosPerMonth = 30 * kMicrosPerDay;

// numeric classes (first payload byte)
constexpr uint8_t kNumNegInf = 0x01;
constexpr uint8_t kNumNegative = 0x02;
constexpr uint8_t kNumZero = 0x03;
constexpr uint8_t kNumPositive = 0x04;
constexpr uint8_t kNumPosInf = 0x05;
constexpr uint8_t kNumNaN = 0x06;

constexpr int kMaxNumericDigits = 39;  // |coefficient| < 2^127 has at most 39 digits

void AppendBigEndian(std::string* out, uint64_t value, int size) {
  char buffer[8];
  for (int i = size - 1; i >= 0; --i) {
    buffer[i] = static_cast<char>(value & 0xff);
    value >>= 8;
  }
  out->append(buffer, size);
}

void AppendMarker(std::string* out) { out->push_back(static_cast<char>(kKeyNotNull)); }

}  // namespace

void AppendKeyNull(std::string* out) { out->push_back(static_cast<char>(kKeyNull)); }

void AppendKeyBool(std::string* out, bool value) {
  AppendMarker(out);
  out->push_back(value ? 1 : 0);
}

void AppendKeyInt16(std::string* out, int16_t value) {
  AppendMarker(out);
  AppendBigEndian(out, static_cast<uint16_t>(value) ^ 0x8000u, 2);
}

void AppendKeyInt32(std::string* out, int32_t value) {
  AppendMarker(out);
  AppendBigEndian(out, static_cast<uint32_t>(value) ^ 0x80000000u, 4);
}

void AppendKeyInt64(std::string* out, int64_t value) {
  AppendMarker(out);
  AppendBigEndian(out, static_cast<uint64_t>(value) ^ (1ull << 63), 8);
}

void AppendKeyUint32(std::string* out, uint32_t value) {
  AppendMarker(out);
  AppendBigEndian(out, value, 4);
}

void AppendKeyChar(std::string* out, char value) {
  AppendMarker(out);
  out->push_back(value);
}

void AppendKeyFloat32(std::string* out, float value) {
  AppendMarker(out);
  if (value == 0.0f) value = 0.0f;  // -0 -> +0
  uint32_t bits = std::isnan(value) ? 0x7fc00000u : std::bit_cast<uint32_t>(value);
  bits = (bits & 0x80000000u) ? ~bits : (bits | 0x80000000u);
  AppendBigEndian(out, bits, 4);
}

void AppendKeyFloat64(std::string* out, double value) {
  AppendMarker(out);
  if (value == 0.0) value = 0.0;
  uint64_t bits = std::isnan(value) ? 0x7ff8000000000000ull : std::bit_cast<uint64_t>(value);
  bits = (bits & (1ull << 63)) ? ~bits : (bits | (1ull << 63));
  AppendBigEndian(out, bits, 8);
}

void AppendKeyInterval(std::string* out, int64_t time_us, int32_t days, int32_t months) {
  AppendMarker(out);
  key_int128_t span = static_cast<key_int128_t>(months) * kMicrosPerMonth +
                      static_cast<key_int128_t>(days) * kMicrosPerDay + time_us;
  key_uint128_t bits = static_cast<key_uint128_t>(span) ^ (static_cast<key_uint128_t>(1) << 127);
  AppendBigEndian(out, static_cast<uint64_t>(bits >> 64), 8);
  AppendBigEndian(out, static_cast<uint64_t>(bits), 8);
}

void AppendKeyUuid(std::string* out, const uint8_t bytes[16]) {
  AppendMarker(out);
  out->append(reinterpret_cast<const char*>(bytes), 16);
}

// Class byte, exponent and digit pairs of a nonzero finite numeric whose
// significant digits (ASCII, no leading or trailing zeros) are `digits` and
// whose value is 0.d1d2... * 10^exponent.
static void AppendNumericDigitsBody(std::string* out, bool negative, std::string_view digits, int64_t exponent) {
  assert(!digits.empty() && digits.front() != '0' && digits.back() != '0');
  assert(exponent >= INT32_MIN && exponent <= INT32_MAX);
  const uint8_t invert = negative ? 0xff : 0x00;
  out->push_back(static_cast<char>(negative ? kNumNegative : kNumPositive));
  uint32_t exponent_bits = static_cast<uint32_t>(static_cast<int32_t>(exponent)) ^ 0x80000000u;
  AppendBigEndian(out, negative ? ~exponent_bits : exponent_bits, 4);
  const size_t digit_count = digits.size();
  for (size_t i = 0; i < digit_count; i += 2) {
    int pair = (digits[i] - '0') * 10 + (i + 1 < digit_count ? digits[i + 1] - '0' : 0);
    bool last = i + 2 >= digit_count;
    uint8_t byte = static_cast<uint8_t>(2 * pair + (last ? 0 : 1));
    out->push_back(static_cast<char>(byte ^ invert));
  }
}

void AppendKeyNumeric(std::string* out, KeyNumericKind kind, key_int128_t coefficient, int32_t scale) {
  AppendMarker(out);
  switch (kind) {
    case KeyNumericKind::kNaN:
      out->push_back(kNumNaN);
      return;
    case KeyNumericKind::kPositiveInfinity:
      out->push_back(kNumPosInf);
      return;
    case KeyNumericKind::kNegativeInfinity:
      out->push_back(kNumNegInf);
      return;
    case KeyNumericKind::kFinite:
      break;
  }
  if (coefficient == 0) {
    out->push_back(kNumZero);
    return;
  }
  const bool negative = coefficient < 0;
  key_uint128_t magnitude = negative ? -static_cast<key_uint128_t>(coefficient) : static_cast<key_uint128_t>(coefficient);
  int64_t exponent_scale = scale;
  while (magnitude % 10 == 0) {
    magnitude /= 10;
    --exponent_scale;
  }
  char digits[kMaxNumericDigits + 1];
  int digit_count = 0;
  while (magnitude != 0) {
    digits[digit_count++] = static_cast<char>('0' + magnitude % 10);
    magnitude /= 10;
  }
  // digits[] holds least significant first; reverse to d1..dn.
  for (int i = 0; i < digit_count / 2; ++i) std::swap(digits[i], digits[digit_count - 1 - i]);
  AppendNumericDigitsBody(out, negative, std::string_view(digits, digit_count), digit_count - exponent_scale);
}

void AppendKeyNumericDigits(std::string* out, bool negative, std::string_view digits, int64_t exponent) {
  AppendMarker(out);
  if (digits.empty()) {
    out->push_back(kNumZero);
    return;
  }
  AppendNumericDigitsBody(out, negative, digits, exponent);
}

void AppendKeyBytes(std::string* out, std::string_view bytes) {
  AppendMarker(out);
  size_t start = 0;
  for (size_t i = 0; i < bytes.size(); ++i) {
    if (bytes[i] == '\0') {
      out->append(bytes.data() + start, i - start);
      out->push_back('\0');
      out->push_back(static_cast<char>(0xff));
      start = i + 1;
    }
  }
  out->append(bytes.data() + start, bytes.size() - start);
  out->push_back('\0');
  out->push_back('\1');
}

void AppendKeyId(std::string* out, uint32_t id) { AppendBigEndian(out, id, 4); }

uint32_t DecodeKeyId(std::string_view key) {
  assert(key.size() >= 4);
  const auto* p = reinterpret_cast<const uint8_t*>(key.data());
  return (uint32_t{p[0]} << 24) | (uint32_t{p[1]} << 16) | (uint32_t{p[2]} << 8) | uint32_t{p[3]};
}

std::string KeyPrefixSuccessor(std::string_view prefix) {
  std::string result(prefix);
  while (!result.empty()) {
    auto& last = reinterpret_cast<uint8_t&>(result.back());
    if (last != 0xff) {
      ++last;
      return result;
    }
    result.pop_back();
  }
  return result;
}

// ---------------------------------------------------------------------------
// KeyReader

Status KeyReader::Corrupt(const char* what) const {
  return Status::Error(sqlstate::kDataCorrupted,
                       std::string("invalid key encoding: ") + what + " at byte " + std::to_string(pos_));
}

Result<uint64_t> KeyReader::ReadBigEndian(int size) {
  if (data_.size() - pos_ < static_cast<size_t>(size)) return Corrupt("truncated field");
  uint64_t value = 0;
  for (int i = 0; i < size; ++i) value = (value << 8) | static_cast<uint8_t>(data_[pos_ + i]);
  pos_ += size;
  return value;
}

Result<uint32_t> KeyReader::ReadId() {
  ASSIGN_OR_RETURN(uint64_t id, ReadBigEndian(4));
  return static_cast<uint32_t>(id);
}

Result<bool> KeyReader::ReadNullMarker() {
  if (AtEnd()) return Corrupt("missing field");
  uint8_t marker = static_cast<uint8_t>(data_[pos_]);
  if (marker != kKeyNull && marker != kKeyNotNull) return Corrupt("bad null marker");
  ++pos_;
  return marker == kKeyNull;
}

Result<bool> KeyReader::ReadBool() {
  ASSIGN_OR_RETURN(uint64_t v, ReadBigEndian(1));
  if (v > 1) return Corrupt("bad bool");
  return v == 1;
}

Result<int16_t> KeyReader::ReadInt16() {
  ASSIGN_OR_RETURN(uint64_t v, ReadBigEndian(2));
  return static_cast<int16_t>(static_cast<uint16_t>(v ^ 0x8000u));
}

Result<int32_t> KeyReader::ReadInt32() {
  ASSIGN_OR_RETURN(uint64_t v, ReadBigEndian(4));
  return static_cast<int32_t>(static_cast<uint32_t>(v ^ 0x80000000u));
}

Result<int64_t> KeyReader::ReadInt64() {
  ASSIGN_OR_RETURN(uint64_t v, ReadBigEndian(8));
  return static_cast<int64_t>(v ^ (1ull << 63));
}

Result<uint32_t> KeyReader::ReadUint32() {
  ASSIGN_OR_RETURN(uint64_t v, ReadBigEndian(4));
  return static_cast<uint32_t>(v);
}

Result<char> KeyReader::ReadChar() {
  ASSIGN_OR_RETURN(uint64_t v, ReadBigEndian(1));
  return static_cast<char>(v);
}

Result<float> KeyReader::ReadFloat32() {
  ASSIGN_OR_RETURN(uint64_t v, ReadBigEndian(4));
  uint32_t bits = static_cast<uint32_t>(v);
  bits = (bits & 0x80000000u) ? (bits & ~0x80000000u) : ~bits;
  return std::bit_cast<float>(bits);
}

Result<double> KeyReader::ReadFloat64() {
  ASSIGN_OR_RETURN(uint64_t bits, ReadBigEndian(8));
  bits = (bits & (1ull << 63)) ? (bits & ~(1ull << 63)) : ~bits;
  return std::bit_cast<double>(bits);
}

Result<KeyReader::IntervalParts> KeyReader::ReadInterval() {
  ASSIGN_OR_RETURN(uint64_t high, ReadBigEndian(8));
  ASSIGN_OR_RETURN(uint64_t low, ReadBigEndian(8));
  key_uint128_t bits = (static_cast<key_uint128_t>(high) << 64) | low;
  key_int128_t span = static_cast<key_int128_t>(bits ^ (static_cast<key_uint128_t>(1) << 127));
  key_int128_t months = span / kMicrosPerMonth;
  span -= months * kMicrosPerMonth;
  key_int128_t days = span / kMicrosPerDay;
  span -= days * kMicrosPerDay;
  if (months < INT32_MIN || months > INT32_MAX) return Corrupt("interval out of range");
  return IntervalParts{static_cast<int64_t>(span), static_cast<int32_t>(days), static_cast<int32_t>(months)};
}

Status KeyReader::ReadUuid(uint8_t out[16]) {
  if (data_.size() - pos_ < 16) return Corrupt("truncated uuid");
  std::memcpy(out, data_.data() + pos_, 16);
  pos_ += 16;
  return Status::Ok();
}

Result<KeyReader::NumericParts> KeyReader::ReadNumeric() {
  ASSIGN_OR_RETURN(uint64_t cls, ReadBigEndian(1));
  switch (cls) {
    case kNumNaN:
      return NumericParts{KeyNumericKind::kNaN, 0, 0};
    case kNumPosInf:
      return NumericParts{KeyNumericKind::kPositiveInfinity, 0, 0};
    case kNumNegInf:
      return NumericParts{KeyNumericKind::kNegativeInfinity, 0, 0};
    case kNumZero:
      return NumericParts{KeyNumericKind::kFinite, 0, 0};
    case kNumPositive:
    case kNumNegative:
      break;
    default:
      return Corrupt("bad numeric class");
  }
  const bool negative = cls == kNumNegative;
  const uint8_t invert = negative ? 0xff : 0x00;
  ASSIGN_OR_RETURN(uint64_t exponent_raw, ReadBigEndian(4));
  uint32_t exponent_bits = static_cast<uint32_t>(exponent_raw);
  if (negative) exponent_bits = ~exponent_bits;
  const int64_t exponent = static_cast<int32_t>(exponent_bits ^ 0x80000000u);
  key_uint128_t magnitude = 0;
  int digit_count = 0;
  for (;;) {
    if (AtEnd()) return Corrupt("unterminated numeric");
    uint8_t byte = static_cast<uint8_t>(data_[pos_++]) ^ invert;
    int pair = byte >> 1;
    if (pair > 99) return Corrupt("bad numeric digits");
    bool last = (byte & 1) == 0;
    if (digit_count + 2 > kMaxNumericDigits + 1) return Corrupt("numeric too long");
    if (digit_count == 0 && pair < 10) return Corrupt("numeric leading zero");
    if (last && pair == 0) return Corrupt("numeric trailing zero");
    if (last && pair % 10 == 0) {
      magnitude = magnitude * 10 + pair / 10;
      digit_count += 1;
      break;
    }
    magnitude = magnitude * 100 + pair;
    digit_count += 2;
    if (last) break;
  }
  if (digit_count > kMaxNumericDigits) return Corrupt("numeric too long");
  if (magnitude > static_cast<key_uint128_t>(std::numeric_limits<key_int128_t>::max())) {
    return Corrupt("numeric too large");
  }
  const int64_t scale = digit_count - exponent;
  if (scale < INT32_MIN || scale > INT32_MAX) return Corrupt("numeric scale out of range");
  key_int128_t coefficient = static_cast<key_int128_t>(magnitude);
  return NumericParts{KeyNumericKind::kFinite, negative ? -coefficient : coefficient, static_cast<int32_t>(scale)};
}

Status KeyReader::ReadBytes(std::string* out) {
  out->clear();
  for (;;) {
    size_t zero = data_.find('\0', pos_);
    if (zero == std::string_view::npos || zero + 1 >= data_.size()) return Corrupt("unterminated bytes");
    out->append(data_.data() + pos_, zero - pos_);
    uint8_t next = static_cast<uint8_t>(data_[zero + 1]);
    pos_ = zero + 2;
    if (next == 0x01) return Status::Ok();
    if (next != 0xff) return Corrupt("bad escape in bytes");
    out->push_back('\0');
  }
}

Status KeyReader::SkipPayload(int fixed_size) {
  if (fixed_size > 0) {
    if (data_.size() - pos_ < static_cast<size_t>(fixed_size)) return Corrupt("truncated field");
    pos_ += fixed_size;
    return Status::Ok();
  }
  if (fixed_size == kKeySkipNumeric) {
    // Not ReadNumeric: keys may hold numerics with more digits than int128.
    ASSIGN_OR_RETURN(uint64_t cls, ReadBigEndian(1));
    if (cls != kNumPositive && cls != kNumNegative) return Status::Ok();
    ASSIGN_OR_RETURN(uint64_t exponent_raw, ReadBigEndian(4));
    (void)exponent_raw;
    const uint8_t invert = cls == kNumNegative ? 0xff : 0x00;
    for (;;) {
      if (AtEnd()) return Corrupt("unterminated numeric");
      uint8_t byte = static_cast<uint8_t>(data_[pos_++]) ^ invert;
      if ((byte & 1) == 0) return Status::Ok();
    }
  }
  for (;;) {
    size_t zero = data_.find('\0', pos_);
    if (zero == std::string_view::npos || zero + 1 >= data_.size()) return Corrupt("unterminated bytes");
    uint8_t next = static_cast<uint8_t>(data_[zero + 1]);
    pos_ = zero + 2;
    if (next == 0x01) return Status::Ok();
    if (next != 0xff) return Corrupt("bad escape in bytes");
  }
}

}  // namespace augur::common
