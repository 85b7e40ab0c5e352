// Internal to exec/: typed building blocks shared by the function kernels,
// the expression executor, aggregates and operators — value comparison with
// PostgreSQL semantics per physical type, key normalization for hashing, and
// loop templates for vectorized kernels.
//
// Not part of the public API (sql/ should not include it).
#pragma once

#include <cmath>
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "exec/function_registry.h"
#include "exec/vector.h"
#include "types/numeric.h"
#include "types/type.h"

namespace augur::exec::internal {

// The "any" pseudo-type (pg_type OID 2276): a function argument declared
// "any" accepts every type without a cast (concat, concat_ws).
inline constexpr uint32_t kAnyOid = 2276;

// ---- Comparison with PostgreSQL semantics -----------------------------------

template <typename T>
inline int Compare3(const T& a, const T& b) {
  return a < b ? -1 : (b < a ? 1 : 0);
}
// float4/float8: NaN equals NaN and sorts above everything (float8_cmp_internal).
inline int CompareFloat(double a, double b) {
  if (std::isnan(a)) return std::isnan(b) ? 0 : 1;
  if (std::isnan(b)) return -1;
  return a < b ? -1 : (a > b ? 1 : 0);
}
inline types::int128_t IntervalSpan(const types::Interval& v) {
  return (static_cast<types::int128_t>(v.months) * 30 + v.days) * types::kMicrosPerDay + v.time_us;
}
inline int CompareInterval(const types::Interval& a, const types::Interval& b) {
  return Compare3(IntervalSpan(a), IntervalSpan(b));
}
inline int CompareBytes(std::string_view a, std::string_view b) {
  size_t n = a.size() < b.size() ? a.size() : b.size();
  int c = n == 0 ? 0 : std::memcmp(a.data(), b.data(), n);
  if (c != 0) return c < 0 ? -1 : 1;
  return Compare3(a.size(), b.size());
}
// character(n): trailing spaces are insignificant.
inline std::string_view StripTrailingSpaces(std::string_view s) {
  size_t n = s.size();
  while (n > 0 && s[n - 1] == ' ') n--;
  return s.substr(0, n);
}

// Comparator over one physical kind. kBpchar selects blank-padded semantics.
template <typename T, bool kBpchar = false>
struct ValueOps {
  static int Compare(const T& a, const T& b) { return Compare3(a, b); }
};
template <>
struct ValueOps<float> {
  static int Compare(float a, float b) { return CompareFloat(a, b); }
};
template <>
struct ValueOps<double> {
  static int Compare(double a, double b) { return CompareFloat(a, b); }
};
template <>
struct ValueOps<types::Numeric> {
  static int Compare(const types::Numeric& a, const types::Numeric& b) { return types::NumericCompare(a, b); }
};
template <>
struct ValueOps<types::Interval> {
  static int Compare(const types::Interval& a, const types::Interval& b) { return CompareInterval(a, b); }
};
template <>
struct ValueOps<types::Uuid> {
  static int Compare(const types::Uuid& a, const types::Uuid& b) {
    int c = std::memcmp(a.bytes, b.bytes, 16);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
  }
};
template <>
struct ValueOps<std::string_view, false> {
  static int Compare(std::string_view a, std::string_view b) { return CompareBytes(a, b); }
};
template <>
struct ValueOps<std::string_view, true> {
  static int Compare(std::string_view a, std::string_view b) {
    return CompareBytes(StripTrailingSpaces(a), StripTrailingSpaces(b));
  }
};

// Calls f.template operator()<T, kBpchar>() for the physical type of `type`.
template <typename F>
decltype(auto) DispatchComparable(const types::SqlType& type, F&& f) {
  switch (types::PhysicalKindOf(type.oid)) {
    case types::PhysicalKind::kBool: return f.template operator()<bool, false>();
    case types::PhysicalKind::kChar: return f.template operator()<char, false>();
    case types::PhysicalKind::kInt16: return f.template operator()<int16_t, false>();
    case types::PhysicalKind::kInt32: return f.template operator()<int32_t, false>();
    case types::PhysicalKind::kUint32: return f.template operator()<uint32_t, false>();
    case types::PhysicalKind::kInt64: return f.template operator()<int64_t, false>();
    case types::PhysicalKind::kFloat32: return f.template operator()<float, false>();
    case types::PhysicalKind::kFloat64: return f.template operator()<double, false>();
    case types::PhysicalKind::kNumeric: return f.template operator()<types::Numeric, false>();
    case types::PhysicalKind::kInterval: return f.template operator()<types::Interval, false>();
    case types::PhysicalKind::kUuid: return f.template operator()<types::Uuid, false>();
    case types::PhysicalKind::kBytes:
    case types::PhysicalKind::kNone:
      if (type.oid == types::kBpcharOid) return f.template operator()<std::string_view, true>();
      return f.template operator()<std::string_view, false>();
  }
  return f.template operator()<std::string_view, false>();
}

// Compares a[i] with b[j] (both non-NULL) of the same SQL type.
using RowCompareFn = int (*)(const Vector& a, uint32_t i, const Vector& b, uint32_t j);
RowCompareFn GetRowCompare(const types::SqlType& type);

// Appends a normalized, equality-preserving encoding of v[i] (NULL included)
// to `key`: equal SQL values (1.0 = 1.00, -0 = 0, NaN = NaN, 'a ' = 'a' for
// character(n), 1 day = 24 hours for interval) encode identically.
void AppendKeyBytes(const Vector& v, uint32_t i, std::string& key);
uint64_t HashBytes(std::string_view bytes);

// ---- Result writing ----

// Writes `value` into every row the call computes: for results that do not
// depend on the row (pg_backend_pid(), has_*_privilege(), ...).
template <typename T>
void SetEveryRow(const KernelCall& c, T value) {
  T* out = c.result->values<T>();
  (void)ForEachRow(c, [&](uint32_t i) {
    out[i] = value;
    c.result->SetValid(i);
  });
}
// Row i's text result: `text`, or NULL without one.
inline void SetTextOrNull(const KernelCall& c, uint32_t i, const std::optional<std::string>& text) {
  if (text) {
    c.result->SetString(i, *text);
  } else {
    c.result->SetNull(i);
  }
}

// ---- Errors ----
Status IntegerOutOfRange(const types::SqlType& type);  // 22003 "integer out of range"...
Status DivisionByZero();

// ---- Registration helpers (builtin_functions.cc) ----
void RegisterBuiltins(FunctionRegistry& registry);
void RegisterDatetimeBuiltins(FunctionRegistry& registry);  // builtin_datetime.cc
void RegisterMoreBuiltins(FunctionRegistry& registry);      // builtin_more.cc
void RegisterSessionBuiltins(FunctionRegistry& registry);   // builtin_session.cc
void RegisterCatalogBuiltins(FunctionRegistry& registry);   // builtin_catalog.cc
// Casts, implemented in cast.cc.
// With an exec_context, conversions to text use the session's
// extra_float_digits.
Status CastVector(const Vector& input, const uint32_t* sel, uint32_t count, Vector& result, CastContext context,
                  const ExecContext* exec_context = nullptr);

}  // namespace augur::exec::internal

namespace augur::exec::internal {
// Text output of a Value (PostgreSQL's output function; "NULL" for NULL).
std::string ValueText(const types::Value& value);
// Text output of v[i] (non-NULL) appended to out. With a context, the
// session's extra_float_digits applies (else 1).
Status AppendText(const Vector& v, uint32_t i, std::string& out, const ExecContext* context = nullptr);
}  // namespace augur::exec::internal
