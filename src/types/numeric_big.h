// numeric_big: the arbitrary-precision side of numeric (numeric.h) for code in
// types/ that computes with boost::multiprecision (func_math.cc): read any
// finite Numeric's coefficient as a cpp_int and build a Numeric from one. Not
// part of the facade; kept out of numeric.h so most code does not include boost.
//
// Thread-safety: pure functions (the big-value pool is internally locked).
#pragma once

#include <boost/multiprecision/cpp_int.hpp>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

// Coefficient of a finite Numeric (either form): value = coefficient * 10^-scale.
boost::multiprecision::cpp_int NumericCoefficient(const Numeric& n);
// coefficient * 10^-scale (scale >= 0) in the inline form when it fits, else
// the big form; 22003 "value overflows numeric format" beyond PostgreSQL's limits.
Result<Numeric> NumericFromCoefficient(const boost::multiprecision::cpp_int& coefficient, int scale);

}  // namespace augur::types
