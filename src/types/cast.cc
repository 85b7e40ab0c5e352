// Cast implementation. The table below is pg_cast for the types in type.h
// (PostgreSQL 15: SELECT castsource, casttarget, castcontext FROM pg_cast).
#include "types/cast.h"
#include "types/array.h"

#include <cmath>

#include "types/arith.h"
#include "types/numeric.h"
#include "types/text_io.h"

namespace augur::types {

namespace {

struct CastEntry {
  uint32_t from;
  uint32_t to;
  char context;  // 'i', 'a', 'e'
};

constexpr CastEntry kCasts[] = {
    {16, 23, 'e'},     {16, 25, 'a'},     {16, 1042, 'a'},   {16, 1043, 'a'},   {18, 23, 'e'},
    {18, 25, 'i'},     {18, 1042, 'a'},   {18, 1043, 'a'},   {19, 25, 'i'},     {19, 1042, 'a'},
    {19, 1043, 'a'},   {20, 21, 'a'},     {20, 23, 'a'},     {20, 24, 'i'},     {20, 26, 'i'},
    {20, 700, 'i'},    {20, 701, 'i'},    {20, 1700, 'i'},   {21, 20, 'i'},     {21, 23, 'i'},
    {21, 24, 'i'},     {21, 26, 'i'},     {21, 700, 'i'},    {21, 701, 'i'},    {21, 1700, 'i'},
    {23, 16, 'e'},     {23, 18, 'e'},     {23, 20, 'i'},     {23, 21, 'a'},     {23, 24, 'i'},
    {23, 26, 'i'},     {23, 700, 'i'},    {23, 701, 'i'},    {23, 1700, 'i'},   {24, 20, 'a'},
    {24, 23, 'a'},     {24, 26, 'i'},     {25, 18, 'a'},     {25, 19, 'i'},     {25, 1042, 'i'},
    {25, 1043, 'i'},   {26, 20, 'a'},     {26, 23, 'a'},     {26, 24, 'i'},     {700, 20, 'a'},
    {700, 21, 'a'},    {700, 23, 'a'},    {700, 701, 'i'},   {700, 1700, 'a'},  {701, 20, 'a'},
    {701, 21, 'a'},    {701, 23, 'a'},    {701, 700, 'a'},   {701, 1700, 'a'},  {1042, 18, 'a'},
    {1042, 19, 'i'},   {1042, 25, 'i'},   {1042, 1043, 'i'}, {1043, 18, 'a'},   {1043, 19, 'i'},
    {1043, 25, 'i'},   {1043, 1042, 'i'}, {1082, 1114, 'i'}, {1082, 1184, 'i'}, {1083, 1186, 'i'}, {1083, 1266, 'i'},
    {1114, 1082, 'a'}, {1114, 1083, 'a'}, {1114, 1184, 'i'}, {1184, 1082, 'a'}, {1184, 1083, 'a'},
    {1184, 1114, 'a'}, {1184, 1266, 'a'}, {1186, 1083, 'a'}, {1700, 20, 'a'},   {1700, 21, 'a'},   {1700, 23, 'a'},
    {1700, 700, 'i'},  {1700, 701, 'i'},  {1266, 1083, 'a'},
};

int ContextRank(char c) { return c == 'i' ? 0 : (c == 'a' ? 1 : 2); }
int ContextRank(CastContext c) { return static_cast<int>(c); }

// TYPCATEGORY_STRING types.
bool IsStringType(uint32_t oid) {
  return oid == kTextOid || oid == kVarcharOid || oid == kBpcharOid || oid == kNameOid;
}

bool IsIntType(uint32_t oid) { return oid == kInt2Oid || oid == kInt4Oid || oid == kInt8Oid; }

Status Unsupported(uint32_t from, uint32_t to) {
  return Status::Error(sqlstate::kCannotCoerce, "cannot cast type " + FormatType(SqlType::Of(from)) + " to " +
                                                    FormatType(SqlType::Of(to)));
}

Result<Value> IntToInt(int64_t x, SqlType target) {
  switch (target.oid) {
    case kInt2Oid: {
      ASSIGN_OR_RETURN(int16_t v, Int8ToInt2(x));
      return Value::Int2(v);
    }
    case kInt4Oid: {
      ASSIGN_OR_RETURN(int32_t v, Int8ToInt4(x));
      return Value::Int4(v);
    }
    default: return Value::Int8(x);
  }
}

Result<Value> FloatToInt(double x, SqlType target) {
  switch (target.oid) {
    case kInt2Oid: {
      ASSIGN_OR_RETURN(int16_t v, Float8ToInt2(x));
      return Value::Int2(v);
    }
    case kInt4Oid: {
      ASSIGN_OR_RETURN(int32_t v, Float8ToInt4(x));
      return Value::Int4(v);
    }
    default: {
      ASSIGN_OR_RETURN(int64_t v, Float8ToInt8(x));
      return Value::Int8(v);
    }
  }
}

Result<Value> NumericToTarget(const Numeric& n, SqlType target) {
  switch (target.oid) {
    case kInt2Oid: {
      ASSIGN_OR_RETURN(int16_t v, NumericToInt16(n));
      return Value::Int2(v);
    }
    case kInt4Oid: {
      ASSIGN_OR_RETURN(int32_t v, NumericToInt32(n));
      return Value::Int4(v);
    }
    case kInt8Oid: {
      ASSIGN_OR_RETURN(int64_t v, NumericToInt64(n));
      return Value::Int8(v);
    }
    case kFloat4Oid: {
      ASSIGN_OR_RETURN(float v, NumericToFloat(n));
      return Value::Float4(v);
    }
    case kFloat8Oid: {
      ASSIGN_OR_RETURN(double v, NumericToFloat8(n));
      return Value::Float8(v);
    }
    case kNumericOid: {
      ASSIGN_OR_RETURN(Numeric v, NumericApplyTypmod(n, target.typmod));
      return Value::MakeNumeric(v, target.typmod);
    }
    default: return Unsupported(kNumericOid, target.oid);
  }
}

// The text a value becomes when cast to a string type.
std::string CastSourceText(const Value& v, uint32_t target_oid, const DateTimeContext* dt) {
  switch (v.oid()) {
    case kBoolOid: return v.GetBool() ? "true" : "false";
    case kBpcharOid:
      if (target_oid != kBpcharOid) return std::string(BpcharStripTrailingBlanks(v.GetBytes()));
      return std::string(v.GetBytes());
    default:
      if (v.kind() == PhysicalKind::kBytes && v.oid() != kByteaOid && !IsArrayOid(v.oid()) && v.oid() != kRecordOid) {
        return std::string(v.GetBytes());
      }
      return FormatText(v, dt);
  }
}

Result<Value> ToStringType(const Value& v, SqlType target, CastContext context, const DateTimeContext* dt) {
  std::string s = CastSourceText(v, target.oid, dt);
  bool is_explicit = context == CastContext::kExplicit;
  switch (target.oid) {
    case kVarcharOid: {
      ASSIGN_OR_RETURN(std::string r, CoerceVarchar(s, target.typmod, is_explicit));
      return Value::Bytes(target, std::move(r));
    }
    case kBpcharOid: {
      ASSIGN_OR_RETURN(std::string r, CoerceBpchar(s, target.typmod, is_explicit));
      return Value::Bytes(target, std::move(r));
    }
    case kNameOid:
      s.resize(ClipUtf8(s, 63).size());
      return Value::Bytes(target, std::move(s));
    default: return Value::Bytes(target, std::move(s));
  }
}

Result<Value> DateTimeCast(const Value& v, SqlType target, const DateTimeContext* dt) {
  const uint32_t from = v.oid();
  switch (target.oid) {
    case kTimestampOid: {
      int64_t r;
      if (from == kDateOid) {
        ASSIGN_OR_RETURN(r, DateToTimestamp(v.GetDate()));
      } else if (from == kTimestampTzOid) {
        ASSIGN_OR_RETURN(r, TimestampTzToTimestamp(v.GetInt8(), dt));
      } else {
        r = v.GetInt8();
      }
      ASSIGN_OR_RETURN(r, TimestampApplyTypmod(r, target.typmod));
      return Value::FromInt64(target, r);
    }
    case kTimestampTzOid: {
      int64_t r;
      if (from == kDateOid) {
        ASSIGN_OR_RETURN(int64_t local, DateToTimestamp(v.GetDate()));
        ASSIGN_OR_RETURN(r, TimestampToTimestampTz(local, dt));
      } else if (from == kTimestampOid) {
        ASSIGN_OR_RETURN(r, TimestampToTimestampTz(v.GetInt8(), dt));
      } else {
        r = v.GetInt8();
      }
      ASSIGN_OR_RETURN(r, TimestampApplyTypmod(r, target.typmod));
      return Value::FromInt64(target, r);
    }
    case kDateOid: {
      int64_t local = v.GetInt8();
      if (from == kTimestampTzOid) {
        ASSIGN_OR_RETURN(local, TimestampTzToTimestamp(local, dt));
      }
      ASSIGN_OR_RETURN(int32_t d, TimestampToDate(local));
      return Value::Date(d);
    }
    case kTimeOid: {
      int64_t t;
      if (from == kIntervalOid) {
        t = IntervalToTime(v.GetInterval());
      } else if (from == kTimeOid) {
        t = v.GetInt8();
      } else if (from == kTimeTzOid) {
        t = UnpackTimeTz(v.GetInt8()).time_us;  // timetz_time: the zone is dropped
      } else {
        int64_t local = v.GetInt8();
        // timestamp_time: an infinite timestamp has no time of day; the result is NULL.
        if (local == kTimestampInfinity || local == kTimestampNegInfinity) return Value::Null(target);
        if (from == kTimestampTzOid) {
          ASSIGN_OR_RETURN(local, TimestampTzToTimestamp(local, dt));
        }
        t = TimestampToTime(local);
      }
      return Value::FromInt64(target, TimeApplyTypmod(t, target.typmod));
    }
    case kTimeTzOid: {
      int64_t packed;
      if (from == kTimeTzOid) {
        packed = v.GetInt8();
      } else if (from == kTimeOid) {
        packed = TimeToTimeTz(v.GetInt8(), dt);
      } else {
        // timestamptz_timetz: an infinite timestamp has no time of day; NULL.
        if (v.GetInt8() == kTimestampInfinity || v.GetInt8() == kTimestampNegInfinity) return Value::Null(target);
        packed = TimestampTzToTimeTz(v.GetInt8(), dt);
      }
      return Value::FromInt64(target, TimeTzApplyTypmod(packed, target.typmod));
    }
    case kIntervalOid: {
      Interval iv = from == kTimeOid ? Interval{v.GetInt8(), 0, 0} : v.GetInterval();
      ASSIGN_OR_RETURN(Interval r, IntervalApplyTypmod(iv, target.typmod));
      Value out = Value::MakeInterval(r);
      out.Relabel(target);
      return out;
    }
    default: return Unsupported(from, target.oid);
  }
}

}  // namespace

bool CanCast(uint32_t from, uint32_t to, CastContext context) {
  if (from == to) return true;
  if (IsArrayOid(from) && IsArrayOid(to)) return CanCastArray(from, to, context);
  if (from == kUnknownOid) return true;  // literals: coerced by the input function
  for (const CastEntry& e : kCasts) {
    if (e.from == from && e.to == to) return ContextRank(e.context) <= ContextRank(context);
  }
  if (IsStringType(to) && context != CastContext::kImplicit) return true;
  if (IsStringType(from) && context == CastContext::kExplicit) return true;
  return false;
}

Result<Value> CastValue(const Value& v, SqlType target, CastContext context, const DateTimeContext* dt) {
  const uint32_t from = v.oid();
  if (!CanCast(from, target.oid, context)) return Unsupported(from, target.oid);
  if (v.is_null()) return Value::Null(target);
  const uint32_t to = target.oid;
  if (IsArrayOid(from) && IsArrayOid(to)) return CastArray(v, target, context, dt);

  if (IsStringType(to)) return ToStringType(v, target, context, dt);
  if (to == kCharOid) {
    if (from == kInt4Oid) {
      ASSIGN_OR_RETURN(char c, Int4ToChar(v.GetInt4()));
      return Value::FromInt64(target, c);
    }
    if (v.kind() == PhysicalKind::kBytes) {
      std::string_view s = v.GetBytes();
      return Value::FromInt64(target, s.empty() ? 0 : s[0]);
    }
  }
  if (from == kUnknownOid || IsStringType(from)) return ParseText(v.GetBytes(), target, dt);

  if ((from == kOidOid || from == kRegprocOid) && to == kInt4Oid) {
    return Value::Int4(static_cast<int32_t>(static_cast<uint32_t>(v.AsInt64())));  // binary: 4294967295 → -1
  }
  if (IsIntType(from) || from == kOidOid || from == kRegprocOid) {
    int64_t x = v.AsInt64();
    if (IsIntType(to)) return IntToInt(x, target);
    switch (to) {
      case kFloat4Oid: return Value::Float4(static_cast<float>(x));
      case kFloat8Oid: return Value::Float8(static_cast<double>(x));
      case kNumericOid: return NumericToTarget(NumericFromInt64(x), target);
      case kBoolOid: return Value::Bool(x != 0);
      case kOidOid:
      case kRegprocOid: {
        if (from == kInt8Oid) {
          ASSIGN_OR_RETURN(uint32_t o, Int8ToOid(x));
          return Value::FromInt64(target, o);
        }
        return Value::FromInt64(target, static_cast<uint32_t>(x));
      }
      default: break;
    }
    if (to == kInt4Oid && (from == kOidOid || from == kRegprocOid)) {
      return Value::Int4(static_cast<int32_t>(static_cast<uint32_t>(x)));
    }
  }
  if (from == kOidOid || from == kRegprocOid) {
    if (to == kInt4Oid) return Value::Int4(static_cast<int32_t>(v.GetOid()));
  }
  if (from == kFloat4Oid || from == kFloat8Oid) {
    double x = from == kFloat4Oid ? static_cast<double>(v.GetFloat4()) : v.GetFloat8();
    if (IsIntType(to)) return FloatToInt(x, target);
    switch (to) {
      case kFloat4Oid: {
        if (from == kFloat4Oid) return Value::Float4(v.GetFloat4());
        ASSIGN_OR_RETURN(float f, Float8ToFloat4(x));
        return Value::Float4(f);
      }
      case kFloat8Oid: return Value::Float8(x);
      case kNumericOid: {
        Result<Numeric> n = from == kFloat4Oid ? NumericFromFloat(v.GetFloat4()) : NumericFromDouble(x);
        if (!n.ok()) return n.status();
        return NumericToTarget(*n, target);
      }
      default: break;
    }
  }
  if (from == kNumericOid) return NumericToTarget(v.GetNumeric(), target);
  if (from == kBoolOid && to == kInt4Oid) return Value::Int4(v.GetBool() ? 1 : 0);
  if (from == kBoolOid && to == kBoolOid) return v;
  if (from == kCharOid && to == kInt4Oid) return Value::Int4(static_cast<signed char>(v.GetChar()));
  if (from == kCharOid && to == kCharOid) return v;
  if (from == kDateOid || from == kTimeOid || from == kTimeTzOid || from == kTimestampOid || from == kTimestampTzOid ||
      from == kIntervalOid) {
    return DateTimeCast(v, target, dt);
  }
  if (from == to) {
    Value out = v;
    out.Relabel(target);
    return out;
  }
  return Unsupported(from, to);
}

// ---------------------------------------------------------------------------

Result<int16_t> Int4ToInt2(int32_t x) {
  if (x < INT16_MIN || x > INT16_MAX) return IntOutOfRange(2);
  return static_cast<int16_t>(x);
}
Result<int16_t> Int8ToInt2(int64_t x) {
  if (x < INT16_MIN || x > INT16_MAX) return IntOutOfRange(2);
  return static_cast<int16_t>(x);
}
Result<int32_t> Int8ToInt4(int64_t x) {
  if (x < INT32_MIN || x > INT32_MAX) return IntOutOfRange(4);
  return static_cast<int32_t>(x);
}
Result<int16_t> Float8ToInt2(double x) {
  x = std::rint(x);
  if (std::isnan(x) || !(x >= -32768.0 && x < 32768.0)) return IntOutOfRange(2);
  return static_cast<int16_t>(x);
}
Result<int32_t> Float8ToInt4(double x) {
  x = std::rint(x);
  if (std::isnan(x) || !(x >= -2147483648.0 && x < 2147483648.0)) return IntOutOfRange(4);
  return static_cast<int32_t>(x);
}
Result<int64_t> Float8ToInt8(double x) {
  x = std::rint(x);
  if (std::isnan(x) || !(x >= -9223372036854775808.0 && x < 9223372036854775808.0)) return IntOutOfRange(8);
  return static_cast<int64_t>(x);
}
Result<float> Float8ToFloat4(double x) {
  float f = static_cast<float>(x);
  if (std::isinf(f) && !std::isinf(x)) return FloatOverflowError();
  if (f == 0.0f && x != 0.0) return FloatUnderflowError();
  return f;
}
Result<char> Int4ToChar(int32_t x) {
  if (x < -128 || x > 127) return Status::Error(sqlstate::kNumericValueOutOfRange, "\"char\" out of range");
  return static_cast<char>(x);
}
Result<uint32_t> Int8ToOid(int64_t x) {
  if (x < 0 || x > UINT32_MAX) return Status::Error(sqlstate::kNumericValueOutOfRange, "OID out of range");
  return static_cast<uint32_t>(x);
}

int64_t IntervalToTime(const Interval& iv) {
  int64_t t = iv.time_us;
  if (t >= kMicrosPerDay) {
    t -= (t / kMicrosPerDay) * kMicrosPerDay;
  } else if (t < 0) {
    int64_t days = (-t + kMicrosPerDay - 1) / kMicrosPerDay;
    t += days * kMicrosPerDay;
  }
  return t;
}

namespace {
Result<std::string> Coerce(std::string_view s, int32_t typmod, bool is_explicit, bool pad,
                           std::string_view type_label) {
  int64_t max_chars = CharLengthFromTypmod(typmod);
  if (max_chars < 0) return std::string(s);
  int64_t chars = Utf8Length(s);
  if (chars <= max_chars) {
    std::string out(s);
    if (pad) out.append(static_cast<size_t>(max_chars - chars), ' ');
    return out;
  }
  size_t keep = Utf8PrefixBytes(s, max_chars);
  if (!is_explicit) {
    for (size_t i = keep; i < s.size(); ++i) {
      if (s[i] != ' ') {
        return Status::Error(sqlstate::kStringDataRightTruncation, "value too long for type " +
                                                                       std::string(type_label) + "(" +
                                                                       std::to_string(max_chars) + ")");
      }
    }
  }
  return std::string(s.substr(0, keep));
}
}  // namespace

Result<std::string> CoerceVarchar(std::string_view s, int32_t typmod, bool is_explicit) {
  return Coerce(s, typmod, is_explicit, false, "character varying");
}
Result<std::string> CoerceBpchar(std::string_view s, int32_t typmod, bool is_explicit) {
  return Coerce(s, typmod, is_explicit, true, "character");
}

std::string_view BpcharStripTrailingBlanks(std::string_view s) {
  while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
  return s;
}

// ---------------------------------------------------------------------------
// arith.h error builders

Status IntOutOfRange(int size_bytes) {
  const char* name = size_bytes == 2 ? "smallint" : (size_bytes == 4 ? "integer" : "bigint");
  return Status::Error(sqlstate::kNumericValueOutOfRange, std::string(name) + " out of range");
}
Status DivisionByZeroError() { return Status::Error(sqlstate::kDivisionByZero, "division by zero"); }
Status FloatOverflowError() { return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: overflow"); }
Status FloatUnderflowError() {
  return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: underflow");
}

}  // namespace augur::types
