// Binary send/recv for the scalar types. See binary_io.h.
#include "types/binary_io.h"

#include "types/reg_types.h"
#include "types/array.h"
#include "types/record.h"

#include <cassert>
#include <cstring>

#include "types/datetime.h"
#include "types/numeric.h"
#include "types/text_io.h"

namespace augur::types {

namespace {

template <typename T>
void PutBigEndian(T v, std::string* out) {
  using U = std::make_unsigned_t<T>;
  U u = static_cast<U>(v);
  for (int shift = (sizeof(T) - 1) * 8; shift >= 0; shift -= 8) out->push_back(static_cast<char>((u >> shift) & 0xff));
}

template <typename T>
T GetBigEndian(std::string_view b) {
  using U = std::make_unsigned_t<T>;
  U u = 0;
  for (size_t i = 0; i < sizeof(T); ++i) u = static_cast<U>((u << 8) | static_cast<uint8_t>(b[i]));
  return static_cast<T>(u);
}

Status Insufficient() {
  return Status::Error(sqlstate::kProtocolViolation, "insufficient data left in message");
}
Status LeftOver() { return Status::Error(sqlstate::kInvalidBinaryRepresentation, "incorrect binary data format"); }

Status CheckSize(std::string_view b, size_t size) {
  if (b.size() < size) return Insufficient();
  if (b.size() > size) return LeftOver();
  return Status::Ok();
}

}  // namespace

void AppendTimeTzBinary(int64_t packed, std::string* out) {
  TimeTz t = UnpackTimeTz(packed);
  PutBigEndian<int64_t>(t.time_us, out);
  PutBigEndian<int32_t>(t.zone_west_s, out);
}

Result<int64_t> ReadTimeTzBinary(std::string_view bytes) {
  RETURN_IF_ERROR(CheckSize(bytes, 12));
  TimeTz t{GetBigEndian<int64_t>(bytes), GetBigEndian<int32_t>(bytes.substr(8))};
  if (t.time_us < 0 || t.time_us > kMicrosPerDay) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "time out of range");
  }
  if (t.zone_west_s < -kMaxZoneSeconds || t.zone_west_s > kMaxZoneSeconds) {
    return Status::Error("22009", "time zone displacement out of range");
  }
  return PackTimeTz(t);
}

bool HasBinaryFormat(uint32_t oid) {
  if (IsArrayOid(oid) || oid == kRecordOid) return true;
  switch (oid) {
    case kBoolOid: case kByteaOid: case kCharOid: case kNameOid: case kInt8Oid: case kInt2Oid: case kInt4Oid:
    case kRegprocOid: case kTextOid: case kOidOid: case kFloat4Oid: case kFloat8Oid: case kUnknownOid:
    case kBpcharOid: case kVarcharOid: case kDateOid: case kTimeOid: case kTimeTzOid: case kTimestampOid:
    case kTimestampTzOid:
    case kIntervalOid: case kNumericOid: case kUuidOid: case kPgNodeTreeOid: case kJsonOid:
    case kXidOid: case kRegprocedureOid: case kRegoperOid: case kRegoperatorOid: case kRegclassOid:
    case kRegtypeOid: case kRegconfigOid: case kRegdictionaryOid: case kRegnamespaceOid: case kRegroleOid:
    case kRegcollationOid:
      return true;
    default:
      return false;
  }
}

void AppendBinary(const Value& v, std::string* out) {
  if (v.is_null()) return;
  if (IsArrayOid(v.oid()) || v.oid() == kRecordOid) {
    out->append(v.GetBytes());  // the representation is the send format
    return;
  }
  switch (v.oid()) {
    case kBoolOid: out->push_back(v.GetBool() ? 1 : 0); return;
    case kCharOid: out->push_back(v.GetChar()); return;
    case kInt2Oid: PutBigEndian<int16_t>(v.GetInt2(), out); return;
    case kInt4Oid: PutBigEndian<int32_t>(v.GetInt4(), out); return;
    case kDateOid: PutBigEndian<int32_t>(v.GetDate(), out); return;
    case kInt8Oid:
    case kTimeOid:
    case kTimestampOid:
    case kTimestampTzOid: PutBigEndian<int64_t>(v.GetInt8(), out); return;
    case kTimeTzOid: AppendTimeTzBinary(v.GetInt8(), out); return;
    case kOidOid:
    case kXidOid: case kRegprocedureOid: case kRegoperOid: case kRegoperatorOid: case kRegclassOid:
    case kRegtypeOid: case kRegconfigOid: case kRegdictionaryOid: case kRegnamespaceOid: case kRegroleOid:
    case kRegcollationOid:
    case kRegprocOid: PutBigEndian<uint32_t>(static_cast<uint32_t>(v.AsInt64()), out); return;
    case kFloat4Oid: {
      uint32_t bits;
      float f = v.GetFloat4();
      std::memcpy(&bits, &f, 4);
      PutBigEndian(bits, out);
      return;
    }
    case kFloat8Oid: {
      uint64_t bits;
      double d = v.GetFloat8();
      std::memcpy(&bits, &d, 8);
      PutBigEndian(bits, out);
      return;
    }
    case kNumericOid: NumericSend(v.GetNumeric(), out); return;
    case kIntervalOid: {
      const Interval& iv = v.GetInterval();
      PutBigEndian<int64_t>(iv.time_us, out);
      PutBigEndian<int32_t>(iv.days, out);
      PutBigEndian<int32_t>(iv.months, out);
      return;
    }
    case kUuidOid: out->append(reinterpret_cast<const char*>(v.GetUuid().bytes), 16); return;
    default:
      assert(v.kind() == PhysicalKind::kBytes && "type without a binary format");
      if (v.kind() == PhysicalKind::kBytes) out->append(v.GetBytes());
      return;
  }
}

Result<Value> ParseBinary(std::string_view b, SqlType type) {
  if (IsArrayOid(type.oid)) return ParseArrayBinary(b, type);
  if (type.oid == kRecordOid) return RecordInputNotSupported();
  switch (type.oid) {
    case kBoolOid:
      RETURN_IF_ERROR(CheckSize(b, 1));
      return Value::Bool(b[0] != 0);
    case kCharOid:
      RETURN_IF_ERROR(CheckSize(b, 1));
      return Value::FromInt64(type, b[0]);
    case kInt2Oid:
      RETURN_IF_ERROR(CheckSize(b, 2));
      return Value::Int2(GetBigEndian<int16_t>(b));
    case kInt4Oid:
      RETURN_IF_ERROR(CheckSize(b, 4));
      return Value::Int4(GetBigEndian<int32_t>(b));
    case kInt8Oid:
      RETURN_IF_ERROR(CheckSize(b, 8));
      return Value::Int8(GetBigEndian<int64_t>(b));
    case kOidOid:
    case kXidOid: case kRegprocedureOid: case kRegoperOid: case kRegoperatorOid: case kRegclassOid:
    case kRegtypeOid: case kRegconfigOid: case kRegdictionaryOid: case kRegnamespaceOid: case kRegroleOid:
    case kRegcollationOid:
    case kRegprocOid:
      RETURN_IF_ERROR(CheckSize(b, 4));
      return Value::FromInt64(type, GetBigEndian<uint32_t>(b));
    case kFloat4Oid: {
      RETURN_IF_ERROR(CheckSize(b, 4));
      uint32_t bits = GetBigEndian<uint32_t>(b);
      float f;
      std::memcpy(&f, &bits, 4);
      return Value::Float4(f);
    }
    case kFloat8Oid: {
      RETURN_IF_ERROR(CheckSize(b, 8));
      uint64_t bits = GetBigEndian<uint64_t>(b);
      double d;
      std::memcpy(&d, &bits, 8);
      return Value::Float8(d);
    }
    case kNumericOid: {
      ASSIGN_OR_RETURN(Numeric n, NumericRecv(b, type.typmod));
      return Value::MakeNumeric(n, type.typmod);
    }
    case kDateOid: {
      RETURN_IF_ERROR(CheckSize(b, 4));
      int32_t d = GetBigEndian<int32_t>(b);
      if (d != kDateInfinity && d != kDateNegInfinity && !DateInRange(d)) {
        return Status::Error(sqlstate::kDatetimeFieldOverflow, "date out of range");
      }
      return Value::Date(d);
    }
    case kTimeOid: {
      RETURN_IF_ERROR(CheckSize(b, 8));
      int64_t t = GetBigEndian<int64_t>(b);
      if (t < 0 || t > kMicrosPerDay) return Status::Error(sqlstate::kDatetimeFieldOverflow, "time out of range");
      return Value::FromInt64(type, TimeApplyTypmod(t, type.typmod));
    }
    case kTimeTzOid: {
      ASSIGN_OR_RETURN(int64_t packed, ReadTimeTzBinary(b));
      return Value::FromInt64(type, TimeTzApplyTypmod(packed, type.typmod));
    }
    case kTimestampOid:
    case kTimestampTzOid: {
      RETURN_IF_ERROR(CheckSize(b, 8));
      int64_t t = GetBigEndian<int64_t>(b);
      if (t != kTimestampInfinity && t != kTimestampNegInfinity && !TimestampInRange(t)) {
        return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range");
      }
      ASSIGN_OR_RETURN(int64_t adjusted, TimestampApplyTypmod(t, type.typmod));
      return Value::FromInt64(type, adjusted);
    }
    case kIntervalOid: {
      RETURN_IF_ERROR(CheckSize(b, 16));
      Interval iv;
      iv.time_us = GetBigEndian<int64_t>(b);
      iv.days = GetBigEndian<int32_t>(b.substr(8));
      iv.months = GetBigEndian<int32_t>(b.substr(12));
      ASSIGN_OR_RETURN(Interval adjusted, IntervalApplyTypmod(iv, type.typmod));
      Value v = Value::MakeInterval(adjusted);
      v.Relabel(type);
      return v;
    }
    case kUuidOid: {
      RETURN_IF_ERROR(CheckSize(b, 16));
      Uuid u;
      std::memcpy(u.bytes, b.data(), 16);
      return Value::MakeUuid(u);
    }
    case kByteaOid: return Value::Bytes(type, std::string(b));
    case kTextOid:
    case kNameOid:
    case kUnknownOid:
      RETURN_IF_ERROR(ValidateUtf8(b));
      return Value::Bytes(type, std::string(b));
    case kVarcharOid: {
      RETURN_IF_ERROR(ValidateUtf8(b));
      ASSIGN_OR_RETURN(std::string s, ParseVarchar(b, type.typmod));
      return Value::Bytes(type, std::move(s));
    }
    case kBpcharOid: {
      RETURN_IF_ERROR(ValidateUtf8(b));
      ASSIGN_OR_RETURN(std::string s, ParseBpchar(b, type.typmod));
      return Value::Bytes(type, std::move(s));
    }
    default:
      return Status::Error(sqlstate::kFeatureNotSupported,
                           "no binary input function available for type " + FormatType(type));
  }
}

}  // namespace augur::types
