// Scalar SQL types: PostgreSQL type OIDs, SqlType (oid + typmod), the fixed
// in-memory (physical) representation of each type, and Value, a tagged
// owning scalar.
//
// The physical representation below is a project-wide contract: exec/,
// storage/, sql/ and net/ all lay values out this way, so it may be extended
// but never changed.
//
//   type                    C++ type          meaning
//   bool                    bool
//   int2 / int4 / int8      int16/32/64_t
//   float4 / float8         float / double
//   oid, regproc            uint32_t
//   "char"                  char              one byte
//   date                    int32_t           days since 2000-01-01 (PostgreSQL DateADT);
//                                             +infinity INT32_MAX, -infinity INT32_MIN
//   time                    int64_t           microseconds since midnight
//   timestamp, timestamptz  int64_t           microseconds since 2000-01-01 00:00 UTC;
//                                             +infinity INT64_MAX, -infinity INT64_MIN
//   interval                Interval          {time_us, days, months}
//   uuid                    Uuid              16 bytes, network order
//   numeric                 Numeric           __int128 coefficient * 10^-scale (32 bytes)
//   text, varchar, bpchar,  bytes             std::string_view when borrowed,
//   bytea, name, unknown                      std::string when owned
//
// Thread-safety: everything here is plain values and pure functions.
#pragma once

#include <cstdint>
#include <cstring>
#include <span>
#include <string>
#include <string_view>

#include "common/status.h"

namespace augur::types {

// ---------------------------------------------------------------------------
// Type OIDs, exactly as in PostgreSQL's pg_type.
inline constexpr uint32_t kInvalidOid = 0;
inline constexpr uint32_t kBoolOid = 16;
inline constexpr uint32_t kByteaOid = 17;
inline constexpr uint32_t kCharOid = 18;  // "char": a single byte
inline constexpr uint32_t kNameOid = 19;
inline constexpr uint32_t kInt8Oid = 20;
inline constexpr uint32_t kInt2Oid = 21;
inline constexpr uint32_t kInt4Oid = 23;
inline constexpr uint32_t kRegprocOid = 24;
inline constexpr uint32_t kTextOid = 25;
inline constexpr uint32_t kOidOid = 26;
inline constexpr uint32_t kFloat4Oid = 700;
inline constexpr uint32_t kFloat8Oid = 701;
inline constexpr uint32_t kUnknownOid = 705;
inline constexpr uint32_t kBpcharOid = 1042;
inline constexpr uint32_t kVarcharOid = 1043;
inline constexpr uint32_t kDateOid = 1082;
inline constexpr uint32_t kTimeOid = 1083;
inline constexpr uint32_t kTimeTzOid = 1266;  // in memory: PackTimeTz (datetime.h)
inline constexpr uint32_t kTimestampOid = 1114;
inline constexpr uint32_t kTimestampTzOid = 1184;
inline constexpr uint32_t kIntervalOid = 1186;
inline constexpr uint32_t kNumericOid = 1700;
inline constexpr uint32_t kRecordOid = 2249;
inline constexpr uint32_t kVoidOid = 2278;
inline constexpr uint32_t kUuidOid = 2950;
inline constexpr uint32_t kJsonOid = 114;  // output only (json_build_object); no input function

// ---------------------------------------------------------------------------
// SqlType: a type OID plus its typmod (-1 = none), as PostgreSQL carries them.
// typmod encodings are PostgreSQL's:
//   varchar(n), bpchar(n)   n + 4           (VARHDRSZ)
//   numeric(p, s)           ((p << 16) | (s & 0xffff)) + 4
//   time/timestamp(tz)(p)   p               (0..6)
//   interval(p)             PostgreSQL's INTERVAL_TYPMOD(p, range)
struct SqlType {
  uint32_t oid = kInvalidOid;
  int32_t typmod = -1;

  friend bool operator==(const SqlType&, const SqlType&) = default;

  static constexpr SqlType Of(uint32_t oid) { return SqlType{oid, -1}; }
};

inline constexpr int32_t kVarHeaderSize = 4;  // PostgreSQL VARHDRSZ, used in typmods

// typmod for varchar(n) / char(n).
constexpr int32_t CharTypmod(int32_t length) { return length + kVarHeaderSize; }
// Declared length of varchar(n)/char(n), or -1 when unconstrained.
constexpr int32_t CharLengthFromTypmod(int32_t typmod) {
  return typmod >= kVarHeaderSize ? typmod - kVarHeaderSize : -1;
}
// typmod for numeric(precision, scale).
constexpr int32_t NumericTypmod(int32_t precision, int32_t scale) {
  return ((precision << 16) | (scale & 0x7ff)) + kVarHeaderSize;
}
constexpr bool NumericTypmodValid(int32_t typmod) { return typmod >= kVarHeaderSize; }
constexpr int32_t NumericTypmodPrecision(int32_t typmod) {
  return ((typmod - kVarHeaderSize) >> 16) & 0xffff;
}
// PostgreSQL 15 allows negative scales (numeric(3,-2)); the 11-bit field is sign-extended.
constexpr int32_t NumericTypmodScale(int32_t typmod) {
  return (((typmod - kVarHeaderSize) & 0x7ff) ^ 1024) - 1024;
}

// pg_type.typlen: > 0 fixed size in PostgreSQL, -1 varlena, -2 C string.
// Returns 0 for an unknown OID.
int16_t TypeLength(uint32_t oid);

// pg_type.typname ("int4", "varchar", "timestamptz"); "???" for an unknown OID.
std::string_view TypeName(uint32_t oid);

// PostgreSQL's format_type(oid, typmod): "integer", "character varying(10)",
// "numeric(10,2)", "timestamp without time zone", "character(1)", "\"char\"".
std::string FormatType(SqlType type);

// Resolves a type name as the parser gives it (already lower-cased unless it
// was quoted; an optional "pg_catalog." prefix is accepted) with its typmod
// arguments, e.g. ("varchar", {10}), ("numeric", {10, 2}), ("double precision", {}),
// ("timestamp with time zone", {3}). Unqualified "char" is the one-byte "char"
// type; the CHAR keyword arrives from the grammar as "bpchar" with {n}.
// interval takes the grammar's arguments: {range_mask} or {range_mask,
// precision}, where interval(3) is {0x7FFF, 3} (PostgreSQL's intervaltypmodin).
// Errors as PostgreSQL:
//   42704 type "foo" does not exist
//   22023 length for type varchar must be at least 1
//   22023 NUMERIC precision 0 must be between 1 and 1000 ...
Result<SqlType> TypeFromName(std::string_view name, std::span<const int32_t> typmod_args = {});

// ---------------------------------------------------------------------------
// Physical representation.

enum class PhysicalKind : uint8_t {
  kNone,      // void, record, unknown-OID: no scalar payload
  kBool,      // bool
  kChar,      // char ("char")
  kInt16,     // int16_t
  kInt32,     // int32_t (int4, date)
  kInt64,     // int64_t (int8, time, timestamp, timestamptz)
  kUint32,    // uint32_t (oid, regproc)
  kFloat32,   // float
  kFloat64,   // double
  kNumeric,   // Numeric
  kInterval,  // Interval
  kUuid,      // Uuid
  kBytes,     // text, varchar, bpchar, bytea, name, unknown
};

PhysicalKind PhysicalKindOf(uint32_t oid);
// True when the in-memory value has a fixed size (everything except bytes).
bool IsFixedWidth(uint32_t oid);
// sizeof() the in-memory C++ type; -1 for variable-width bytes, 0 for kNone.
int32_t PhysicalSize(uint32_t oid);

inline constexpr int32_t kDateInfinity = INT32_MAX;       // DATEVAL_NOEND
inline constexpr int32_t kDateNegInfinity = INT32_MIN;    // DATEVAL_NOBEGIN
inline constexpr int64_t kTimestampInfinity = INT64_MAX;  // DT_NOEND
inline constexpr int64_t kTimestampNegInfinity = INT64_MIN;  // DT_NOBEGIN
inline constexpr int64_t kMicrosPerSecond = 1000000;
inline constexpr int64_t kMicrosPerDay = 86400 * kMicrosPerSecond;

// interval: PostgreSQL's Interval, field for field (same order as its struct).
// Two intervals are equal in SQL when their normalized spans are equal (30-day
// months, 24-hour days); use IntervalCompare for that, not the fields.
struct Interval {
  int64_t time_us = 0;
  int32_t days = 0;
  int32_t months = 0;
};
static_assert(sizeof(Interval) == 16);

// uuid: the 16 bytes in the order they are printed.
struct Uuid {
  uint8_t bytes[16] = {};
  friend bool operator==(const Uuid& a, const Uuid& b) { return std::memcmp(a.bytes, b.bytes, 16) == 0; }
};
static_assert(sizeof(Uuid) == 16);

__extension__ typedef __int128 int128_t;
__extension__ typedef unsigned __int128 uint128_t;

// numeric special values, as PostgreSQL 15 has them, plus kBig: a finite
// value too large for the inline int128 form (see Numeric).
enum class NumericKind : uint8_t {
  kFinite = 0,
  kNaN = 1,
  kPositiveInfinity = 2,
  kNegativeInfinity = 3,
  kBig = 4,
};

// numeric: value = coefficient * 10^-scale, for a finite kind. Two forms:
//   - kFinite (the fast path): |coefficient| < 10^38 and scale 0..38, inline.
//   - kBig: every other finite value PostgreSQL can hold (up to 131072 digits
//     before the point, display scale up to 16383). `coefficient` then holds a
//     pointer (types::BigNumeric*, numeric.h) to an immutable, interned
//     arbitrary-precision decimal that lives for the whole process; `scale` is
//     its display scale. A value that fits the inline form is never kBig, and
//     equal (coefficient, scale) pairs share one pointer, so bitwise equality is
//     exact equality within each form. Numeric stays trivially copyable.
//   - scale is the display scale (PostgreSQL's dscale): trailing zeros are
//     significant for output ("1.50") but not for comparison (1.50 = 1.5).
//   - Non-finite kinds have coefficient 0 and scale 0.
// Code outside numeric.cc must not read `coefficient` without checking
// is_small(); numeric.h has form-independent accessors.
struct alignas(16) Numeric {
  int128_t coefficient = 0;
  int16_t scale = 0;
  NumericKind kind = NumericKind::kFinite;
  uint8_t reserved[13] = {};  // zero; keeps the size fixed at 32 bytes

  // A finite number, in either form.
  bool is_finite() const { return kind == NumericKind::kFinite || kind == NumericKind::kBig; }
  // Finite and in the inline int128 form: `coefficient` is the value's coefficient.
  bool is_small() const { return kind == NumericKind::kFinite; }
  bool is_big() const { return kind == NumericKind::kBig; }
  bool is_nan() const { return kind == NumericKind::kNaN; }
  static Numeric Finite(int128_t coefficient, int16_t scale) {
    Numeric n;
    n.coefficient = coefficient;
    n.scale = scale;
    return n;
  }
  static Numeric Special(NumericKind kind) {
    Numeric n;
    n.kind = kind;
    return n;
  }
};
static_assert(sizeof(Numeric) == 32);

inline constexpr int kNumericMaxDigits = 38;  // significant digits of the inline form
inline constexpr int kNumericMaxScale = 38;   // display scale of the inline form
// PostgreSQL's limits (numeric.c): at most 131072 digits before the point
// (NUMERIC_WEIGHT_MAX), display scale at most 16383 (NUMERIC_DSCALE_MAX).
inline constexpr int kNumericMaxIntegerDigits = 131072;
inline constexpr int kNumericMaxDisplayScale = 16383;

// ---------------------------------------------------------------------------
// Value: one scalar of a given SqlType, or NULL. Owns its bytes. Used for
// constants, bind parameters and row-codec boundaries — not in hot loops
// (exec/ works on typed vectors).
class Value {
 public:
  Value() = default;  // NULL of type unknown (oid 0)
  static Value Null(SqlType type) {
    Value v;
    v.type_ = type;
    return v;
  }
  static Value Bool(bool x) { return Fixed(SqlType::Of(kBoolOid), [&](Payload& p) { p.b = x; }); }
  static Value Int2(int16_t x) { return Fixed(SqlType::Of(kInt2Oid), [&](Payload& p) { p.i64 = x; }); }
  static Value Int4(int32_t x) { return Fixed(SqlType::Of(kInt4Oid), [&](Payload& p) { p.i64 = x; }); }
  static Value Int8(int64_t x) { return Fixed(SqlType::Of(kInt8Oid), [&](Payload& p) { p.i64 = x; }); }
  static Value Oid(uint32_t x) { return Fixed(SqlType::Of(kOidOid), [&](Payload& p) { p.i64 = x; }); }
  static Value Char(char x) { return Fixed(SqlType::Of(kCharOid), [&](Payload& p) { p.i64 = x; }); }
  static Value Float4(float x) { return Fixed(SqlType::Of(kFloat4Oid), [&](Payload& p) { p.f32 = x; }); }
  static Value Float8(double x) { return Fixed(SqlType::Of(kFloat8Oid), [&](Payload& p) { p.f64 = x; }); }
  static Value Date(int32_t days) { return Fixed(SqlType::Of(kDateOid), [&](Payload& p) { p.i64 = days; }); }
  static Value Time(int64_t us) { return Fixed(SqlType::Of(kTimeOid), [&](Payload& p) { p.i64 = us; }); }
  static Value Timestamp(int64_t us) { return Fixed(SqlType::Of(kTimestampOid), [&](Payload& p) { p.i64 = us; }); }
  static Value TimestampTz(int64_t us) {
    return Fixed(SqlType::Of(kTimestampTzOid), [&](Payload& p) { p.i64 = us; });
  }
  static Value MakeInterval(const Interval& x) {
    return Fixed(SqlType::Of(kIntervalOid), [&](Payload& p) { p.interval = x; });
  }
  static Value MakeUuid(const Uuid& x) { return Fixed(SqlType::Of(kUuidOid), [&](Payload& p) { p.uuid = x; }); }
  static Value MakeNumeric(const Numeric& x, int32_t typmod = -1) {
    return Fixed(SqlType{kNumericOid, typmod}, [&](Payload& p) { p.numeric = x; });
  }
  static Value Text(std::string s) { return Bytes(SqlType::Of(kTextOid), std::move(s)); }
  static Value Varchar(std::string s, int32_t typmod = -1) { return Bytes(SqlType{kVarcharOid, typmod}, std::move(s)); }
  static Value Bpchar(std::string s, int32_t typmod = -1) { return Bytes(SqlType{kBpcharOid, typmod}, std::move(s)); }
  static Value Bytea(std::string s) { return Bytes(SqlType::Of(kByteaOid), std::move(s)); }
  // Any bytes-kind type (text, varchar, bpchar, bytea, name, unknown).
  static Value Bytes(SqlType type, std::string s) {
    Value v;
    v.type_ = type;
    v.is_null_ = false;
    v.bytes_ = std::move(s);
    return v;
  }
  // Any fixed-width type from its physical value; the caller names the type
  // (e.g. FromInt64(SqlType::Of(kTimestampTzOid), us)). Asserts the kind matches.
  static Value FromInt64(SqlType type, int64_t x);  // kInt16/kInt32/kInt64/kUint32/kChar
  static Value FromDouble(SqlType type, double x);  // kFloat32/kFloat64

  const SqlType& type() const { return type_; }
  uint32_t oid() const { return type_.oid; }
  bool is_null() const { return is_null_; }
  PhysicalKind kind() const { return PhysicalKindOf(type_.oid); }

  // Typed getters; each asserts non-NULL and the matching physical kind.
  bool GetBool() const;
  int16_t GetInt2() const;
  int32_t GetInt4() const;  // int4 and date
  int64_t GetInt8() const;  // int8, time, timestamp, timestamptz
  uint32_t GetOid() const;
  char GetChar() const;
  float GetFloat4() const;
  double GetFloat8() const;
  int32_t GetDate() const { return GetInt4(); }
  int64_t GetTime() const { return GetInt8(); }
  int64_t GetTimestamp() const { return GetInt8(); }
  const Interval& GetInterval() const;
  const Uuid& GetUuid() const;
  const Numeric& GetNumeric() const;
  std::string_view GetBytes() const;  // text, varchar, bpchar, bytea, name, unknown
  // Any integer-like kind (bool, char, int16/32/64, uint32) widened to int64.
  int64_t AsInt64() const;

  // Same type and same payload (bytes compared exactly; numeric by fields).
  // NULLs of the same type are identical. Not SQL equality.
  bool IdenticalTo(const Value& other) const;
  // Changes the type without touching the payload; asserts the same physical
  // kind (e.g. text -> varchar(10) after a length check, int8 -> timestamp).
  void Relabel(SqlType type);

 private:
  union Payload {
    bool b;
    int64_t i64;
    float f32;
    double f64;
    Interval interval;
    Uuid uuid;
    Numeric numeric;
    Payload() : numeric() {}
  };
  template <typename F>
  static Value Fixed(SqlType type, F&& set) {
    Value v;
    v.type_ = type;
    v.is_null_ = false;
    set(v.payload_);
    return v;
  }

  SqlType type_{};
  bool is_null_ = true;
  Payload payload_;
  std::string bytes_;
};

}  // namespace augur::types
