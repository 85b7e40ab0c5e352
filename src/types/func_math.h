// Scalar math function kernels: PostgreSQL 15 mathematical functions.
//
// What is here:
//   float8: abs, round (rint: half to even), trunc, floor, ceil/ceiling, sign,
//           power/pow, sqrt, cbrt, exp, ln, log (base 10), degrees, radians,
//           pi, width_bucket.
//   integers (int2/int4/int8): abs, mod, gcd, lcm.
//   numeric: sqrt, exp, ln, log (base 10), log(base, x), power/pow, div —
//           with PostgreSQL's result scales. abs, sign, round, trunc, ceil,
//           floor and mod for numeric are in types/numeric.h (helper TYPES).
//   random() / setseed(): per-session generator state (SessionRandom).
//
// Conventions: plain functions over physical values (double, int16/32/64_t,
// Numeric); strict, so the caller handles NULL. Errors are Status/Result with
// PostgreSQL's SQLSTATE and message ("value out of range: overflow" 22003,
// "cannot take logarithm of zero" 2201E, ...).
//
// Numeric limits: Numeric holds at most 38 significant digits and scale 0..38
// (type.h). A transcendental result whose PostgreSQL scale exceeds 38, or whose
// rounded value needs more than 38 digits (exp(100), power(2, 200), exp(-100)),
// is 22003 "value overflows numeric format" here, while PostgreSQL returns it.
// Results are computed with 60 significant digits and rounded half away from
// zero to PostgreSQL's scale, which matches PostgreSQL for all tested inputs.
//
// Thread-safety: everything is pure except SessionRandom, which belongs to one
// session (not shared between threads).
#pragma once

#include <cstdint>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

// ---- float8
inline double Float8Abs(double x) { return x < 0 ? -x : (x == 0 ? 0.0 : x); }
double Float8Round(double x);  // round(float8): rint, half to even (round(2.5) = 2)
double Float8Trunc(double x);
double Float8Floor(double x);
double Float8Ceil(double x);
double Float8Sign(double x);  // -1, 0 or 1; NaN gives 0 as in PostgreSQL
Result<double> Float8Power(double base, double exponent);
Result<double> Float8Sqrt(double x);
Result<double> Float8Cbrt(double x);
Result<double> Float8Exp(double x);
Result<double> Float8Ln(double x);
Result<double> Float8Log10(double x);  // log(float8), log10(float8)
Result<double> Float8Degrees(double radians);
Result<double> Float8Radians(double degrees);
inline constexpr double kPi = 3.14159265358979323846;
inline double Pi() { return kPi; }
// width_bucket(operand, low, high, count): 2201G errors as PostgreSQL.
Result<int32_t> Float8WidthBucket(double operand, double bound1, double bound2, int32_t count);

// ---- integers. abs: 22003 "smallint/integer/bigint out of range" for the
// minimum value; mod: 22012 "division by zero"; gcd/lcm: 22003 on overflow.
Result<int16_t> Int2Abs(int16_t x);
Result<int32_t> Int4Abs(int32_t x);
Result<int64_t> Int8Abs(int64_t x);
Result<int16_t> Int2Mod(int16_t a, int16_t b);
Result<int32_t> Int4Mod(int32_t a, int32_t b);
Result<int64_t> Int8Mod(int64_t a, int64_t b);
Result<int32_t> Int4Gcd(int32_t a, int32_t b);
Result<int64_t> Int8Gcd(int64_t a, int64_t b);
Result<int32_t> Int4Lcm(int32_t a, int32_t b);
Result<int64_t> Int8Lcm(int64_t a, int64_t b);

// ---- numeric (see the scale notes above)
Result<Numeric> NumericSqrt(const Numeric& x);
Result<Numeric> NumericExp(const Numeric& x);
Result<Numeric> NumericLn(const Numeric& x);
Result<Numeric> NumericLog10(const Numeric& x);                         // log(numeric)
Result<Numeric> NumericLog(const Numeric& base, const Numeric& x);      // log(b, x)
Result<Numeric> NumericPower(const Numeric& base, const Numeric& exponent);
Result<Numeric> NumericDivTrunc(const Numeric& a, const Numeric& b);    // div(a, b)

// ---- random() and setseed(), one per session.
// PostgreSQL's own generator (pg_prng: xoroshiro128**, splitmix64 seeding),
// so setseed(x) followed by random() gives the same numbers as PostgreSQL 15.
class SessionRandom {
 public:
  SessionRandom();  // seeded from std::random_device
  // random(): uniform in [0, 1) with 52 random bits (pg_prng_double).
  double Next();
  // setseed(seed): 22023 "setseed parameter <seed> is out of allowed range [-1,1]".
  Status SetSeed(double seed);

 private:
  void Seed(uint64_t seed);
  uint64_t state_[2];
};
// The calling thread's generator: one per connection thread, so per session.
SessionRandom& ThreadSessionRandom();

// ---- trigonometry (float8; 22003 "input is out of range" outside the domain)
Result<double> Float8Sin(double x);
Result<double> Float8Cos(double x);
Result<double> Float8Tan(double x);
Result<double> Float8Cot(double x);
Result<double> Float8Asin(double x);
Result<double> Float8Acos(double x);
Result<double> Float8Atan(double x);
Result<double> Float8Atan2(double y, double x);
// Degree variants with PostgreSQL's exact results at multiples of 30/45 degrees.
Result<double> Float8Sind(double x);
Result<double> Float8Cosd(double x);
Result<double> Float8Tand(double x);
Result<double> Float8Cotd(double x);
Result<double> Float8Asind(double x);
Result<double> Float8Acosd(double x);
Result<double> Float8Atand(double x);
Result<double> Float8Atan2d(double y, double x);

// ---- numeric extras
// factorial(n): 22003 "factorial of a negative number is undefined"; beyond 38 digits 22003.
Result<Numeric> NumericFactorial(int64_t n);
// gcd/lcm(numeric, numeric): on the values scaled to the larger scale, which
// the result keeps; NaN when either is NaN or infinite; lcm beyond 38 digits 22003.
Result<Numeric> NumericGcd(const Numeric& a, const Numeric& b);
Result<Numeric> NumericLcm(const Numeric& a, const Numeric& b);
int32_t NumericScale(const Numeric& x);      // scale(numeric); NULL for NaN/Inf -> -1
int32_t NumericMinScale(const Numeric& x);   // min_scale(numeric)
Numeric NumericTrimScale(const Numeric& x);  // trim_scale(numeric)

}  // namespace augur::types
