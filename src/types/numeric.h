// numeric: PostgreSQL's exact decimal type over the fixed 32-byte Numeric
// (type.h): text and binary I/O, typmod (precision, scale) enforcement,
// arithmetic, rounding, comparison and conversions, each with PostgreSQL 15's
// result scales and error texts.
//
// Two forms (type.h): values with at most 38 significant digits and display
// scale 0..38 stay inline in int128 (every operation tries that fast path
// first); anything larger is recomputed with boost::multiprecision::cpp_int
// and returned as NumericKind::kBig, a pointer to an interned immutable big
// decimal. Limits are PostgreSQL's: 131072 digits before the point, display
// scale 16383; beyond them 22003 "value overflows numeric format".
// See docs/types.md.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

// numeric_in with the column typmod applied (-1 = none). Accepts leading and
// trailing spaces, sign, digits with one '.', exponent, NaN, [+-]Infinity, [+-]inf.
Result<Numeric> NumericFromString(std::string_view text, int32_t typmod = -1);
// numeric_out: "12.50", "-0.001", "NaN", "Infinity", "-Infinity".
std::string NumericToString(const Numeric& n);
void AppendNumeric(const Numeric& n, std::string* out);

// Rounds to the typmod's scale and checks its precision (numeric(p,s) columns,
// casts). 22003 "numeric field overflow" with PostgreSQL's DETAIL.
Result<Numeric> NumericApplyTypmod(const Numeric& n, int32_t typmod);

// Arithmetic with PostgreSQL's result scales: + - keep max(s1,s2), * adds
// scales, / uses select_div_scale (at least 16 significant digits) rounded half
// away from zero, % truncates the quotient and keeps max(s1,s2).
Result<Numeric> NumericAddGeneral(const Numeric& a, const Numeric& b);
// Inline fast path for the commonest case (finite, same scale, no overflow),
// e.g. SUM over a numeric(p,s) column.
inline Result<Numeric> NumericAdd(const Numeric& a, const Numeric& b) {
  if (a.kind == NumericKind::kFinite && b.kind == NumericKind::kFinite && a.scale == b.scale) {
    int128_t sum;
    constexpr int128_t kLimit = static_cast<int128_t>(10000000000000000000ULL) * 10000000000000000000ULL;  // 10^38
    if (!__builtin_add_overflow(a.coefficient, b.coefficient, &sum) && sum < kLimit && sum > -kLimit) {
      return Numeric::Finite(sum, a.scale);
    }
  }
  return NumericAddGeneral(a, b);
}
Result<Numeric> NumericSub(const Numeric& a, const Numeric& b);
Result<Numeric> NumericMul(const Numeric& a, const Numeric& b);
Result<Numeric> NumericDiv(const Numeric& a, const Numeric& b);  // 22012 division by zero
Result<Numeric> NumericMod(const Numeric& a, const Numeric& b);
Numeric NumericNegate(const Numeric& a);
Numeric NumericAbs(const Numeric& a);
// sign(): -1, 0 or 1 (scale 0); NaN for NaN, +-1 for infinities.
Numeric NumericSign(const Numeric& a);
// round(n, s) / trunc(n, s): s may be negative; result scale max(s, 0).
Result<Numeric> NumericRound(const Numeric& a, int32_t scale);
Result<Numeric> NumericTrunc(const Numeric& a, int32_t scale);
Result<Numeric> NumericCeil(const Numeric& a);
Result<Numeric> NumericFloor(const Numeric& a);

// Total order used by SQL comparison, sorting and btree: trailing zeros do not
// matter (1.50 = 1.5); -Infinity < finite < +Infinity < NaN; NaN = NaN.
int NumericCompare(const Numeric& a, const Numeric& b);
// Hash consistent with NumericCompare (equal values hash equally).
uint64_t NumericHash(const Numeric& a);
// The same value with trailing fractional zeros removed (1.50 -> 1.5, 0.00 ->
// 0), in the inline form whenever it fits: equal values normalize to
// bitwise-identical Numerics (the big form interns), so the result can be used
// directly as a hash / group key.
Numeric NumericNormalize(const Numeric& a);
// Appends the memcomparable key field (common/key_codec.h) of either form:
// byte order is numeric order, equal values encode identically.
void AppendNumericKey(const Numeric& n, std::string* out);
// Bytes held by the process-wide pool of big-form values (they are interned
// and kept for the process lifetime).
size_t BigNumericPoolBytes();

// Conversions.
Numeric NumericFromInt64(int64_t x);
// int8(numeric) etc.: rounds half away from zero; 22003 "<type> out of range";
// 0A000 "cannot convert NaN to <type>" / "cannot convert infinity to <type>".
Result<int64_t> NumericToInt64(const Numeric& a);
Result<int32_t> NumericToInt32(const Numeric& a);
Result<int16_t> NumericToInt16(const Numeric& a);
// numeric(float8) formats with 15 significant digits (DBL_DIG) as PostgreSQL
// does; numeric(float4) with 6 (FLT_DIG). NaN and infinities map across.
Result<Numeric> NumericFromDouble(double x);
Result<Numeric> NumericFromFloat(float x);
// float8(numeric): correctly rounded (PostgreSQL goes through the text form).
// Only for values of at most 38 digits (big values beyond double's range
// would come out as 0 or infinity): use NumericToFloat8.
double NumericToDouble(const Numeric& a);
// float8(numeric) for either form: 22003 '"<text>" is out of range for type
// double precision' as PostgreSQL's float8in.
Result<double> NumericToFloat8(const Numeric& a);
// float4(numeric); 22003 "value out of range: overflow"/"underflow" as float4in.
Result<float> NumericToFloat(const Numeric& a);

// Binary wire format (numeric_send/numeric_recv): int16 ndigits, int16 weight,
// uint16 sign, uint16 dscale, then ndigits base-10000 int16 digits.
void NumericSend(const Numeric& n, std::string* out);
Result<Numeric> NumericRecv(std::string_view bytes, int32_t typmod = -1);

}  // namespace augur::types
