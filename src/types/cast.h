// Casts between the scalar types with PostgreSQL 15 semantics: which casts
// exist in which context (pg_cast plus the automatic I/O conversion casts),
// and the conversions themselves with PostgreSQL's rounding and errors.
//
// Contexts, as pg_cast.castcontext: an implicit cast may be inserted anywhere,
// an assignment cast only when storing into a column (INSERT/UPDATE), an
// explicit one only for CAST(x AS t) / x::t. Casting to a string type works in
// assignment context through the output function; casting from a string type
// to anything else is explicit only, through the input function.
//
// Length coercion: varchar(n)/char(n) targets error with 22001 in implicit and
// assignment context (unless only spaces are cut) and silently truncate in an
// explicit cast. numeric(p,s), timestamp(p), time(p) and interval typmods round.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>

#include "common/status.h"
#include "types/datetime.h"
#include "types/type.h"

namespace augur::types {

enum class CastContext : uint8_t { kImplicit, kAssignment, kExplicit };

// True when a cast from `from` to `to` exists in `context` (same-type
// length coercions always exist). Mirrors pg_cast for the types here.
bool CanCast(uint32_t from_oid, uint32_t to_oid, CastContext context);

// Converts a value (NULL stays NULL, relabelled). 42846 "cannot cast type X to Y"
// when CanCast is false; otherwise the conversion's own errors.
Result<Value> CastValue(const Value& value, SqlType target, CastContext context,
                        const DateTimeContext* datetime = nullptr);

// --- typed per-element helpers for vectorized casts -----------------------
Result<int16_t> Int4ToInt2(int32_t x);
Result<int16_t> Int8ToInt2(int64_t x);
Result<int32_t> Int8ToInt4(int64_t x);
// float -> int: rint (round half to even), 22003 "<type> out of range" (also NaN).
Result<int16_t> Float8ToInt2(double x);
Result<int32_t> Float8ToInt4(double x);
Result<int64_t> Float8ToInt8(double x);
inline Result<int16_t> Float4ToInt2(float x) { return Float8ToInt2(x); }
inline Result<int32_t> Float4ToInt4(float x) { return Float8ToInt4(x); }
inline Result<int64_t> Float4ToInt8(float x) { return Float8ToInt8(x); }
// 22003 "value out of range: overflow" / "value out of range: underflow".
Result<float> Float8ToFloat4(double x);
// int4 -> "char": 22003 "\"char\" out of range" outside -128..127.
Result<char> Int4ToChar(int32_t x);
// int8 -> oid: 22003 "OID out of range".
Result<uint32_t> Int8ToOid(int64_t x);
// interval -> time (time of day of the interval's time part).
int64_t IntervalToTime(const Interval& interval);
// varchar/bpchar length coercion; `is_explicit` truncates instead of failing.
Result<std::string> CoerceVarchar(std::string_view s, int32_t typmod, bool is_explicit);
Result<std::string> CoerceBpchar(std::string_view s, int32_t typmod, bool is_explicit);
// bpchar -> text/varchar: trailing blanks removed.
std::string_view BpcharStripTrailingBlanks(std::string_view s);

}  // namespace augur::types
