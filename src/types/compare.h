// SQL comparison and hashing of Values, consistent with PostgreSQL's btree
// and hash operator classes for these types: text and varchar compare
// bytewise (the "C" collation), bpchar ignores trailing blanks, floats and
// numeric put NaN above everything (NaN = NaN, -0 = 0), numeric ignores
// trailing zeros, interval compares normalized spans (1 mon = 30 days).
// Also an order-preserving byte encoding of numeric for index keys.
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <string>

#include "types/type.h"

namespace augur::types {

// -1, 0, 1. Both values non-NULL and of the same physical kind (callers cast
// to a common type first). NULLs, if passed, sort last (NULLS LAST, as ASC).
int CompareValues(const Value& a, const Value& b);
// Equal under CompareValues => equal hashes.
uint64_t HashValue(const Value& v);

// Appends a byte string whose memcmp order is NumericCompare's order, and
// which is equal for equal values (1.5 and 1.50 encode alike).
void AppendNumericSortKey(const Numeric& n, std::string* out);

}  // namespace augur::types
