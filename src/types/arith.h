// Integer and float arithmetic with PostgreSQL's overflow and division
// checks, as inline kernels the vectorized engine can call per element.
//
//   int2/int4/int8 + - * / %  -> 22003 "smallint/integer/bigint out of range",
//                               22012 "division by zero"
//   float4/float8 + - * /     -> 22003 "value out of range: overflow" / "underflow",
//                               22012 "division by zero"
// Integer division truncates toward zero; INT_MIN / -1 overflows; INT_MIN % -1 = 0.
// Float results that are infinite from finite inputs are overflow; zero from
// nonzero inputs (multiply, divide) is underflow, as float.h in PostgreSQL.
//
// Thread-safety: pure functions.
#pragma once

#include <cmath>
#include <cstdint>
#include <limits>
#include <type_traits>

#include "common/status.h"

namespace augur::types {

// Error builders (out of line; cold path).
Status IntOutOfRange(int size_bytes);  // 2 -> smallint, 4 -> integer, 8 -> bigint
Status DivisionByZeroError();
Status FloatOverflowError();
Status FloatUnderflowError();

template <typename T>
inline constexpr int kIntBytes = sizeof(T);

template <typename T>
Result<T> IntAdd(T a, T b) {
  static_assert(std::is_integral_v<T>);
  T r;
  if (__builtin_add_overflow(a, b, &r)) return IntOutOfRange(sizeof(T));
  return r;
}
template <typename T>
Result<T> IntSub(T a, T b) {
  T r;
  if (__builtin_sub_overflow(a, b, &r)) return IntOutOfRange(sizeof(T));
  return r;
}
template <typename T>
Result<T> IntMul(T a, T b) {
  T r;
  if (__builtin_mul_overflow(a, b, &r)) return IntOutOfRange(sizeof(T));
  return r;
}
template <typename T>
Result<T> IntDiv(T a, T b) {
  if (b == 0) return DivisionByZeroError();
  if (b == -1) {
    if (a == std::numeric_limits<T>::min()) return IntOutOfRange(sizeof(T));
    return static_cast<T>(-a);
  }
  return static_cast<T>(a / b);
}
template <typename T>
Result<T> IntMod(T a, T b) {
  if (b == 0) return DivisionByZeroError();
  if (b == -1) return T{0};
  return static_cast<T>(a % b);
}
template <typename T>
Result<T> IntNegate(T a) {
  if (a == std::numeric_limits<T>::min()) return IntOutOfRange(sizeof(T));
  return static_cast<T>(-a);
}
template <typename T>
Result<T> IntAbs(T a) {
  if (a == std::numeric_limits<T>::min()) return IntOutOfRange(sizeof(T));
  return static_cast<T>(a < 0 ? -a : a);
}

// Float arithmetic (T = float or double).
template <typename T>
Result<T> FloatCheck(T result, bool inf_is_ok, bool zero_is_ok) {
  if (std::isinf(result) && !inf_is_ok) return FloatOverflowError();
  if (result == 0 && !zero_is_ok) return FloatUnderflowError();
  return result;
}
template <typename T>
Result<T> FloatAdd(T a, T b) {
  return FloatCheck<T>(a + b, std::isinf(a) || std::isinf(b), true);
}
template <typename T>
Result<T> FloatSub(T a, T b) {
  return FloatCheck<T>(a - b, std::isinf(a) || std::isinf(b), true);
}
template <typename T>
Result<T> FloatMul(T a, T b) {
  return FloatCheck<T>(a * b, std::isinf(a) || std::isinf(b), a == 0 || b == 0);
}
template <typename T>
Result<T> FloatDiv(T a, T b) {
  if (b == 0 && !std::isnan(a) && !std::isnan(b)) return DivisionByZeroError();
  return FloatCheck<T>(a / b, std::isinf(a), a == 0 || std::isinf(b));
}

// SQL ordering of floats: NaN is greater than everything and equal to itself;
// -0 = 0 (float8_cmp_internal).
template <typename T>
int FloatCompare(T a, T b) {
  if (std::isnan(a)) return std::isnan(b) ? 0 : 1;
  if (std::isnan(b)) return -1;
  return a < b ? -1 : (a > b ? 1 : 0);
}

}  // namespace augur::types
