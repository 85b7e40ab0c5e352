// Vectorized casts between SQL types, and text output of vector values.
// Fast paths for numeric widening/narrowing and string relabeling; other
// pairs go through the types' text I/O (PostgreSQL's I/O-conversion cast).
#include <cmath>

#include "exec/kernels.h"
#include "exec/array_internal.h"
#include "types/array.h"
#include "types/datetime.h"
#include "types/numeric.h"
#include "types/text_io.h"

namespace augur::exec::internal {

using types::Interval;
using types::Numeric;
using types::PhysicalKind;
using types::SqlType;
namespace t = types;

Status AppendText(const Vector& v, uint32_t i, std::string& out, const ExecContext* context) {
  // (Arrays and records, checked in the default case below: the scalar
  // types switched on here are neither, and IsArrayOid is a table scan.)
  if (context != nullptr) {
    switch (v.type().oid) {
      case t::kFloat4Oid: t::AppendFloat4(v.values<float>()[i], &out, context->extra_float_digits); return Status::Ok();
      case t::kFloat8Oid: t::AppendFloat8(v.values<double>()[i], &out, context->extra_float_digits); return Status::Ok();
      default: break;
    }
  }
  switch (v.type().oid) {
    case t::kBoolOid: t::AppendBool(v.values<bool>()[i], &out); return Status::Ok();
    case t::kInt2Oid: t::AppendInt64(v.values<int16_t>()[i], &out); return Status::Ok();
    case t::kInt4Oid: t::AppendInt64(v.values<int32_t>()[i], &out); return Status::Ok();
    case t::kInt8Oid: t::AppendInt64(v.values<int64_t>()[i], &out); return Status::Ok();
    case t::kOidOid: t::AppendInt64(v.values<uint32_t>()[i], &out); return Status::Ok();
    case t::kFloat4Oid: t::AppendFloat4(v.values<float>()[i], &out); return Status::Ok();
    case t::kFloat8Oid: t::AppendFloat8(v.values<double>()[i], &out); return Status::Ok();
    case t::kNumericOid: t::AppendNumeric(v.values<Numeric>()[i], &out); return Status::Ok();
    case t::kDateOid: t::AppendDate(v.values<int32_t>()[i], &out); return Status::Ok();
    case t::kTimeOid: t::AppendTime(v.values<int64_t>()[i], &out); return Status::Ok();
    case t::kTimeTzOid: t::AppendTimeTz(v.values<int64_t>()[i], &out); return Status::Ok();
    case t::kTimestampOid: t::AppendTimestamp(v.values<int64_t>()[i], &out); return Status::Ok();
    case t::kTimestampTzOid: t::AppendTimestampTz(v.values<int64_t>()[i], &out); return Status::Ok();
    case t::kIntervalOid: t::AppendInterval(v.values<Interval>()[i], &out); return Status::Ok();
    case t::kUuidOid: t::AppendUuid(v.values<t::Uuid>()[i], &out); return Status::Ok();
    case t::kByteaOid: t::AppendByteaHex(v.values<std::string_view>()[i], &out); return Status::Ok();
    default:
      if (t::IsArrayOid(v.type().oid) || v.type().oid == t::kRecordOid) {
        t::AppendText(v.GetValue(i), &out);
        return Status::Ok();
      }
      if (v.physical() == PhysicalKind::kBytes) {
        out.append(v.values<std::string_view>()[i]);
        return Status::Ok();
      }
      t::AppendText(v.GetValue(i), &out);
      return Status::Ok();
  }
}

std::string ValueText(const types::Value& value) {
  if (value.is_null()) return "NULL";
  return t::FormatText(value);
}

namespace {

template <typename F>
inline Status ForRows(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out, F&& f) {
  for (uint32_t k = 0; k < count; k++) {
    uint32_t i = sel ? sel[k] : k;
    if (in.IsNull(i)) {
      out.SetNull(i);
      continue;
    }
    out.SetValid(i);
    RETURN_IF_ERROR(f(i));
  }
  return Status::Ok();
}

bool IsStringType(uint32_t oid) {
  return oid == t::kTextOid || oid == t::kVarcharOid || oid == t::kBpcharOid || oid == t::kNameOid ||
         oid == t::kUnknownOid;
}

template <typename From, typename To>
Status IntToInt(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out) {
  const From* a = in.values<From>();
  To* r = out.values<To>();
  return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
    if (a[i] < std::numeric_limits<To>::min() || a[i] > std::numeric_limits<To>::max()) {
      return IntegerOutOfRange(out.type());
    }
    r[i] = static_cast<To>(a[i]);
    return Status::Ok();
  });
}

template <typename From, typename To>
Status Convert(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out) {
  const From* a = in.values<From>();
  To* r = out.values<To>();
  return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
    r[i] = static_cast<To>(a[i]);
    return Status::Ok();
  });
}

template <typename From, typename To>
Status FloatToInt(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out) {
  const From* a = in.values<From>();
  To* r = out.values<To>();
  return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
    double x = std::rint(static_cast<double>(a[i]));
    // PostgreSQL: FLOAT8_FITS_IN_INT*, NaN is out of range too.
    if (std::isnan(x) || x < static_cast<double>(std::numeric_limits<To>::min()) ||
        x >= -static_cast<double>(std::numeric_limits<To>::min())) {
      return IntegerOutOfRange(out.type());
    }
    r[i] = static_cast<To>(x);
    return Status::Ok();
  });
}

Status Float8ToFloat4(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out) {
  const double* a = in.values<double>();
  float* r = out.values<float>();
  return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
    float f = static_cast<float>(a[i]);
    if (std::isinf(f) && !std::isinf(a[i])) {
      return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: overflow");
    }
    if (f == 0 && a[i] != 0) return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: underflow");
    r[i] = f;
    return Status::Ok();
  });
}

template <typename From>
Status IntToNumeric(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out) {
  const From* a = in.values<From>();
  Numeric* r = out.values<Numeric>();
  int32_t typmod = out.type().typmod;
  return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
    Numeric n = t::NumericFromInt64(a[i]);
    if (typmod >= 0) { ASSIGN_OR_RETURN(n, t::NumericApplyTypmod(n, typmod)); }
    r[i] = n;
    return Status::Ok();
  });
}

// Generic path: output function of the source, input function of the target.
Status ViaText(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out, CastContext context,
               const ExecContext* exec_context) {
  std::string text;
  // bool → text-like casts spell the value out (PostgreSQL's booltext), unlike boolout's 't'/'f'.
  bool bool_to_string = in.type().oid == t::kBoolOid && out.physical() == PhysicalKind::kBytes;
  return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
    text.clear();
    if (bool_to_string) {
      text = in.values<bool>()[i] ? "true" : "false";
    } else {
      RETURN_IF_ERROR(AppendText(in, i, text, exec_context));
    }
    SqlType target = out.type();
    // Explicit casts to varchar(n)/char(n) truncate instead of failing.
    if (context == CastContext::kExplicit && (target.oid == t::kVarcharOid || target.oid == t::kBpcharOid) &&
        target.typmod >= 0) {
      int32_t n = t::CharLengthFromTypmod(target.typmod);
      size_t bytes = t::Utf8PrefixBytes(text, n);
      if (bytes < text.size()) text.resize(bytes);
    }
    ASSIGN_OR_RETURN(types::Value v, t::ParseText(text, target));
    out.SetValue(i, v);
    return Status::Ok();
  });
}

// String to string: relabel (zero-copy) with length rules for varchar(n)/char(n).
Status StringToString(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out, CastContext context) {
  SqlType target = out.type();
  const auto* a = in.values<std::string_view>();
  auto* r = out.values<std::string_view>();
  auto& mutable_in = const_cast<Vector&>(in);
  out.heap().KeepAlive(mutable_in.shared_heap());
  bool bounded = (target.oid == t::kVarcharOid || target.oid == t::kBpcharOid) && target.typmod >= 0;
  bool from_bpchar = in.type().oid == t::kBpcharOid;
  if (!bounded && !from_bpchar) {
    return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
      r[i] = a[i];
      return Status::Ok();
    });
  }
  std::string buf;
  return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
    std::string_view s = a[i];
    // bpchar → text/varchar drops trailing spaces (rtrim1 semantics).
    if (from_bpchar && target.oid != t::kBpcharOid) s = StripTrailingSpaces(s);
    if (!bounded) {
      r[i] = s;
      return Status::Ok();
    }
    int32_t n = t::CharLengthFromTypmod(target.typmod);
    size_t prefix = t::Utf8PrefixBytes(s, n);
    if (prefix < s.size()) {
      if (context != CastContext::kExplicit) {
        // Only trailing spaces may be cut on assignment.
        for (size_t k = prefix; k < s.size(); k++) {
          if (s[k] != ' ') {
            return Status::Error(sqlstate::kStringDataRightTruncation,
                                 std::string("value too long for type ") +
                                     (target.oid == t::kVarcharOid ? "character varying(" : "character(") +
                                     std::to_string(n) + ")");
          }
        }
      }
      s = s.substr(0, prefix);
    }
    if (target.oid == t::kBpcharOid) {
      int64_t chars = t::Utf8Length(s);
      if (chars < n) {
        buf.assign(s);
        buf.append(static_cast<size_t>(n - chars), ' ');
        r[i] = out.heap().Add(buf);
        return Status::Ok();
      }
    }
    r[i] = s;
    return Status::Ok();
  });
}

}  // namespace

Status CastVector(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out, CastContext context,
                  const ExecContext* exec_context) {
  uint32_t from = in.type().oid, to = out.type().oid;
  int32_t typmod = out.type().typmod;
  if (from == to && typmod < 0 && from != t::kBpcharOid) {
    // Relabel: copy values.
    for (uint32_t k = 0; k < count; k++) out.CopyValue(in, sel ? sel[k] : k, sel ? sel[k] : k);
    return Status::Ok();
  }
  if (IsStringType(from) && IsStringType(to)) return StringToString(in, sel, count, out, context);
  // oid and its aliases (regclass, regtype, ..., xid): the same 4-byte value.
  if (in.physical() == PhysicalKind::kUint32) {
    if (out.physical() == PhysicalKind::kUint32) {
      for (uint32_t k = 0; k < count; k++) out.CopyValue(in, sel ? sel[k] : k, sel ? sel[k] : k);
      return Status::Ok();
    }
    if (to == t::kInt8Oid) return Convert<uint32_t, int64_t>(in, sel, count, out);
    if (to == t::kInt4Oid) return Convert<uint32_t, int32_t>(in, sel, count, out);
  }
  if ((from == t::kInt4Oid || from == t::kInt2Oid) && out.physical() == PhysicalKind::kUint32) {
    if (from == t::kInt2Oid) return Convert<int16_t, uint32_t>(in, sel, count, out);
    return Convert<int32_t, uint32_t>(in, sel, count, out);
  }
  if (t::IsArrayOid(to) && (t::IsArrayOid(from) || typmod >= 0)) return CastArrayVector(in, sel, count, out, context);
  switch (from) {
    case t::kInt2Oid:
      if (to == t::kInt4Oid) return Convert<int16_t, int32_t>(in, sel, count, out);
      if (to == t::kInt8Oid) return Convert<int16_t, int64_t>(in, sel, count, out);
      if (to == t::kFloat4Oid) return Convert<int16_t, float>(in, sel, count, out);
      if (to == t::kFloat8Oid) return Convert<int16_t, double>(in, sel, count, out);
      if (to == t::kNumericOid) return IntToNumeric<int16_t>(in, sel, count, out);
      break;
    case t::kInt4Oid:
      if (to == t::kInt2Oid) return IntToInt<int32_t, int16_t>(in, sel, count, out);
      if (to == t::kInt8Oid) return Convert<int32_t, int64_t>(in, sel, count, out);
      if (to == t::kFloat4Oid) return Convert<int32_t, float>(in, sel, count, out);
      if (to == t::kFloat8Oid) return Convert<int32_t, double>(in, sel, count, out);
      if (to == t::kNumericOid) return IntToNumeric<int32_t>(in, sel, count, out);
      if (to == t::kOidOid) return Convert<int32_t, uint32_t>(in, sel, count, out);
      if (to == t::kBoolOid) {
        const int32_t* a = in.values<int32_t>();
        bool* r = out.values<bool>();
        return ForRows(in, sel, count, out, [&](uint32_t i) { r[i] = a[i] != 0; return Status::Ok(); });
      }
      break;
    case t::kInt8Oid:
      if (to == t::kInt2Oid) return IntToInt<int64_t, int16_t>(in, sel, count, out);
      if (to == t::kInt4Oid) return IntToInt<int64_t, int32_t>(in, sel, count, out);
      if (to == t::kFloat4Oid) return Convert<int64_t, float>(in, sel, count, out);
      if (to == t::kFloat8Oid) return Convert<int64_t, double>(in, sel, count, out);
      if (to == t::kNumericOid) return IntToNumeric<int64_t>(in, sel, count, out);
      break;
    case t::kFloat4Oid:
      if (to == t::kFloat8Oid) return Convert<float, double>(in, sel, count, out);
      if (to == t::kInt2Oid) return FloatToInt<float, int16_t>(in, sel, count, out);
      if (to == t::kInt4Oid) return FloatToInt<float, int32_t>(in, sel, count, out);
      if (to == t::kInt8Oid) return FloatToInt<float, int64_t>(in, sel, count, out);
      if (to == t::kNumericOid) {
        const float* a = in.values<float>();
        Numeric* r = out.values<Numeric>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(Numeric n, t::NumericFromFloat(a[i]));
          if (typmod >= 0) { ASSIGN_OR_RETURN(n, t::NumericApplyTypmod(n, typmod)); }
          r[i] = n;
          return Status::Ok();
        });
      }
      break;
    case t::kFloat8Oid:
      if (to == t::kFloat4Oid) return Float8ToFloat4(in, sel, count, out);
      if (to == t::kInt2Oid) return FloatToInt<double, int16_t>(in, sel, count, out);
      if (to == t::kInt4Oid) return FloatToInt<double, int32_t>(in, sel, count, out);
      if (to == t::kInt8Oid) return FloatToInt<double, int64_t>(in, sel, count, out);
      if (to == t::kNumericOid) {
        const double* a = in.values<double>();
        Numeric* r = out.values<Numeric>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(Numeric n, t::NumericFromDouble(a[i]));
          if (typmod >= 0) { ASSIGN_OR_RETURN(n, t::NumericApplyTypmod(n, typmod)); }
          r[i] = n;
          return Status::Ok();
        });
      }
      break;
    case t::kNumericOid: {
      const Numeric* a = in.values<Numeric>();
      if (to == t::kNumericOid) {
        Numeric* r = out.values<Numeric>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::NumericApplyTypmod(a[i], typmod));
          return Status::Ok();
        });
      }
      if (to == t::kInt2Oid) {
        int16_t* r = out.values<int16_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::NumericToInt16(a[i]));
          return Status::Ok();
        });
      }
      if (to == t::kInt4Oid) {
        int32_t* r = out.values<int32_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::NumericToInt32(a[i]));
          return Status::Ok();
        });
      }
      if (to == t::kInt8Oid) {
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::NumericToInt64(a[i]));
          return Status::Ok();
        });
      }
      if (to == t::kFloat8Oid) {
        double* r = out.values<double>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::NumericToFloat8(a[i]));
          return Status::Ok();
        });
      }
      if (to == t::kFloat4Oid) {
        float* r = out.values<float>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::NumericToFloat(a[i]));
          return Status::Ok();
        });
      }
      break;
    }
    case t::kBoolOid:
      if (to == t::kInt4Oid) return Convert<bool, int32_t>(in, sel, count, out);
      break;
    case t::kDateOid:
      if (to == t::kTimestampOid || to == t::kTimestampTzOid) {
        const int32_t* a = in.values<int32_t>();
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::DateToTimestamp(a[i]));
          // date -> timestamptz: midnight in the session time zone.
          if (to == t::kTimestampTzOid) { ASSIGN_OR_RETURN(r[i], t::TimestampToTimestampTz(r[i])); }
          return Status::Ok();
        });
      }
      break;
    case t::kTimestampOid:
    case t::kTimestampTzOid: {
      const int64_t* a = in.values<int64_t>();
      if (to == t::kDateOid) {
        int32_t* r = out.values<int32_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          int64_t local = a[i];
          // timestamptz -> date/time: the wall clock in the session time zone.
          if (from == t::kTimestampTzOid) { ASSIGN_OR_RETURN(local, t::TimestampTzToTimestamp(local)); }
          ASSIGN_OR_RETURN(r[i], t::TimestampToDate(local));
          return Status::Ok();
        });
      }
      if (to == t::kTimeOid) {
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          int64_t local = a[i];
          if (local == t::kTimestampInfinity || local == t::kTimestampNegInfinity) {
            out.SetNull(i);  // timestamp_time: no time of day
            return Status::Ok();
          }
          if (from == t::kTimestampTzOid) { ASSIGN_OR_RETURN(local, t::TimestampTzToTimestamp(local)); }
          r[i] = t::TimeApplyTypmod(t::TimestampToTime(local), typmod);
          return Status::Ok();
        });
      }
      if (from == t::kTimestampTzOid && to == t::kTimeTzOid) {
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) {
          if (a[i] == t::kTimestampInfinity || a[i] == t::kTimestampNegInfinity) {
            out.SetNull(i);  // timestamptz_timetz: no time of day
            return Status::Ok();
          }
          r[i] = t::TimeTzApplyTypmod(t::TimestampTzToTimeTz(a[i]), typmod);
          return Status::Ok();
        });
      }
      if (to == t::kTimestampOid || to == t::kTimestampTzOid) {
        // Same instant representation in UTC; apply precision typmod.
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          int64_t v = a[i];
          if (from == t::kTimestampOid && to == t::kTimestampTzOid) { ASSIGN_OR_RETURN(v, t::TimestampToTimestampTz(v)); }
          if (from == t::kTimestampTzOid && to == t::kTimestampOid) { ASSIGN_OR_RETURN(v, t::TimestampTzToTimestamp(v)); }
          if (typmod >= 0) { ASSIGN_OR_RETURN(v, t::TimestampApplyTypmod(v, typmod)); }
          r[i] = v;
          return Status::Ok();
        });
      }
      break;
    }
    case t::kTimeOid:
      if (to == t::kIntervalOid) {
        const int64_t* a = in.values<int64_t>();
        Interval* r = out.values<Interval>();
        return ForRows(in, sel, count, out, [&](uint32_t i) { r[i] = Interval{a[i], 0, 0}; return Status::Ok(); });
      }
      if (to == t::kTimeOid || to == t::kTimeTzOid) {
        const int64_t* a = in.values<int64_t>();
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) {
          // time_timetz: the session zone's offset for that time today.
          r[i] = to == t::kTimeOid ? t::TimeApplyTypmod(a[i], typmod)
                                   : t::TimeTzApplyTypmod(t::TimeToTimeTz(a[i]), typmod);
          return Status::Ok();
        });
      }
      break;
    case t::kTimeTzOid:
      if (to == t::kTimeOid || to == t::kTimeTzOid) {
        const int64_t* a = in.values<int64_t>();
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) {
          // timetz_time drops the zone.
          r[i] = to == t::kTimeTzOid ? t::TimeTzApplyTypmod(a[i], typmod)
                                     : t::TimeApplyTypmod(t::UnpackTimeTz(a[i]).time_us, typmod);
          return Status::Ok();
        });
      }
      break;
    case t::kIntervalOid:
      if (to == t::kIntervalOid) {
        const Interval* a = in.values<Interval>();
        Interval* r = out.values<Interval>();
        return ForRows(in, sel, count, out, [&](uint32_t i) -> Status {
          ASSIGN_OR_RETURN(r[i], t::IntervalApplyTypmod(a[i], typmod));
          return Status::Ok();
        });
      }
      if (to == t::kTimeOid) {
        const Interval* a = in.values<Interval>();
        int64_t* r = out.values<int64_t>();
        return ForRows(in, sel, count, out, [&](uint32_t i) {
          int64_t v = a[i].time_us % t::kMicrosPerDay;
          if (v < 0) v += t::kMicrosPerDay;
          r[i] = v;
          return Status::Ok();
        });
      }
      break;
    default: break;
  }
  return ViaText(in, sel, count, out, context, exec_context);
}

}  // namespace augur::exec::internal
