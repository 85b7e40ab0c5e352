// Internal to exec/: normalized sort keys, shared by SortOperator (sort.cc)
// and WindowOperator (window.cc). A row's keys become one byte string whose
// memcmp order is the SQL order: per key a marker byte placing NULLs first
// or last, then common/key_codec's ascending encoding (bpchar without
// trailing blanks, numeric by value), bit-inverted for DESC. Equal strings
// mean equal keys (peers), so the window operator also finds partitions and
// peer groups by comparing these bytes.
#pragma once

#include <cstdint>
#include <string>

#include "exec/vector.h"

namespace augur::exec::internal {

// Appends the normalized form of v[r] for one sort key to `out`.
void AppendSortKey(const Vector& v, uint32_t r, bool descending, bool nulls_first, std::string& out);

}  // namespace augur::exec::internal
