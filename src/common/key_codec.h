// Memcomparable key encoding: turns typed scalars into byte strings whose
// memcmp order equals PostgreSQL's ascending sort order for the type, so that
// RocksDB's bytewise comparator orders rows and index entries correctly, and
// composite keys (a, b, c) compare column by column.
//
// Every field starts with a one-byte marker: kKeyNotNull (0x01) followed by
// the payload, or kKeyNull (0x02) with no payload. NULL therefore sorts after
// every non-NULL value, which is where PostgreSQL puts NULLs in ascending
// order (NULLS LAST). Payloads are self-delimiting, so a field never needs a
// length prefix. Full format: docs/storage-format.md.
//
// This layer knows only physical values (it sits below types/); storage/
// maps types::Value and row fields onto these calls.
//
// Thread-safety: pure functions; KeyReader is a cursor used by one thread.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"

namespace augur::common {

inline constexpr uint8_t kKeyNotNull = 0x01;
inline constexpr uint8_t kKeyNull = 0x02;

// numeric special values; the same numbering as types::NumericKind.
enum class KeyNumericKind : uint8_t { kFinite = 0, kNaN = 1, kPositiveInfinity = 2, kNegativeInfinity = 3 };

__extension__ typedef __int128 key_int128_t;

// --- Encoding: each call appends one complete field (marker + payload). ---
void AppendKeyNull(std::string* out);
void AppendKeyBool(std::string* out, bool value);
void AppendKeyInt16(std::string* out, int16_t value);
void AppendKeyInt32(std::string* out, int32_t value);  // int4, date
void AppendKeyInt64(std::string* out, int64_t value);  // int8, time, timestamp(tz)
void AppendKeyUint32(std::string* out, uint32_t value);  // oid
void AppendKeyChar(std::string* out, char value);  // "char": compared as unsigned byte
// -0.0 encodes as +0.0; every NaN encodes as one NaN that sorts above +Infinity
// (PostgreSQL: NaN = NaN and NaN > all non-NaN).
void AppendKeyFloat32(std::string* out, float value);
void AppendKeyFloat64(std::string* out, double value);
// PostgreSQL compares intervals by their span with 30-day months and 24-hour
// days, so '1 mon' = '30 days'. The key holds that 128-bit span; decoding
// gives the justified form {time_us < 1 day, days, months = 0}.
void AppendKeyInterval(std::string* out, int64_t time_us, int32_t days, int32_t months);
void AppendKeyUuid(std::string* out, const uint8_t bytes[16]);
// value = coefficient * 10^-scale. Equal numbers encode identically whatever
// their scale (1.0 and 1.00), ordering is numeric; NaN sorts above +Infinity.
void AppendKeyNumeric(std::string* out, KeyNumericKind kind, key_int128_t coefficient, int32_t scale);
// The same encoding for a finite numeric of any size: `digits` are its
// significant digits (ASCII, no leading or trailing zeros; empty for zero),
// value = ±0.d1d2... * 10^exponent.
void AppendKeyNumericDigits(std::string* out, bool negative, std::string_view digits, int64_t exponent);
// text/bytea/varchar/...: bytes with 0x00 escaped as 0x00 0xFF, terminated by
// 0x00 0x01. Byte order (collation "C").
void AppendKeyBytes(std::string* out, std::string_view bytes);

// Fixed 4-byte big-endian id (table or index id) that prefixes every row and
// index key; not a field (no marker).
void AppendKeyId(std::string* out, uint32_t id);
uint32_t DecodeKeyId(std::string_view key);  // requires key.size() >= 4

// The smallest string greater than every string starting with `prefix`
// (increment the last byte that is not 0xFF and drop what follows). Returns
// an empty string when no such string exists (prefix all 0xFF or empty).
std::string KeyPrefixSuccessor(std::string_view prefix);

// --- Decoding: a cursor over an encoded key. Every Read/Skip returns XX001
// ("invalid key encoding ...") on truncated or malformed input instead of
// reading out of bounds. ---
class KeyReader {
 public:
  explicit KeyReader(std::string_view key) : data_(key) {}
  // The reader borrows the bytes: reading a temporary would dangle.
  explicit KeyReader(std::string&&) = delete;

  bool AtEnd() const { return pos_ >= data_.size(); }
  size_t position() const { return pos_; }
  std::string_view remaining() const { return data_.substr(pos_); }

  Result<uint32_t> ReadId();
  // If the next field is NULL, consumes it and returns true; if it is a
  // non-NULL field, consumes only its marker and returns false.
  Result<bool> ReadNullMarker();

  // Payload readers; call after ReadNullMarker() returned false.
  Result<bool> ReadBool();
  Result<int16_t> ReadInt16();
  Result<int32_t> ReadInt32();
  Result<int64_t> ReadInt64();
  Result<uint32_t> ReadUint32();
  Result<char> ReadChar();
  Result<float> ReadFloat32();
  Result<double> ReadFloat64();
  struct IntervalParts {
    int64_t time_us;
    int32_t days;
    int32_t months;
  };
  Result<IntervalParts> ReadInterval();
  Status ReadUuid(uint8_t out[16]);
  struct NumericParts {
    KeyNumericKind kind;
    key_int128_t coefficient;  // trailing zeros stripped: 1.50 -> {15, 1}
    int32_t scale;             // may be negative for 1e3 -> {1, -3}
  };
  Result<NumericParts> ReadNumeric();
  // Appends the unescaped bytes to `out` (cleared first).
  Status ReadBytes(std::string* out);

  // Skips a payload of the given shape without decoding it; `fixed_size` > 0
  // for fixed-width payloads, 0 for bytes, -1 for numeric.
  Status SkipPayload(int fixed_size);

 private:
  Status Corrupt(const char* what) const;
  Result<uint64_t> ReadBigEndian(int size);

  std::string_view data_;
  size_t pos_ = 0;
};

// Payload sizes for KeyReader::SkipPayload.
inline constexpr int kKeySkipBytes = 0;
inline constexpr int kKeySkipNumeric = -1;

}  // namespace augur::common
