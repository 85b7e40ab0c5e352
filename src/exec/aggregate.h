// Aggregate functions: count, sum, avg, min, max, bool_and, bool_or, every,
// string_agg — with PostgreSQL 15's result types:
//   count(*) / count(x)            → int8 (0 on empty input)
//   sum(int2|int4) → int8, sum(int8|numeric) → numeric, sum(float4) → float4,
//   sum(float8) → float8, sum(interval) → interval   (NULL on empty input)
//   avg(int2|int4|int8|numeric) → numeric, avg(float4|float8) → float8,
//   avg(interval) → interval
//   min/max(any comparable type) → that type (text bytewise, C collation)
//   bool_and / bool_or / every(bool) → bool
//   string_agg(text, text) → text, string_agg(bytea, bytea) → bytea
//   array_agg(E) → E[] for every element type with an array type (NULLs kept)
// DISTINCT is supported for every aggregate (hash set per group).
//
// Aggregates run inside HashAggregateOperator (operators.h). Each function
// keeps a fixed-size state per group in an arena; Update() is vectorized
// over a chunk with one state pointer per row.
//
// Ownership/thread-safety: AggregateFunction objects are immutable and live
// for the process (registry); states belong to one operator instance.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "exec/exec_context.h"
#include "exec/expression.h"
#include "exec/vector.h"
#include "types/type.h"

namespace augur::exec {

struct AggregateFunction {
  std::string name;
  std::vector<types::SqlType> arg_types;  // empty for count(*)
  types::SqlType return_type;
  size_t state_bytes = 0;  // per group, 16-byte aligned
  // Constructs an empty state in `state`.
  void (*initialize)(void* state) = nullptr;
  // For each i < count: row r = sel ? sel[i] : i of `inputs` is added to
  // states[i]. Rows with a NULL argument are filtered out before the call
  // (all built-ins ignore NULL inputs), except count(*) which has no input.
  Status (*update)(std::span<const Vector* const> inputs, const uint32_t* sel, uint32_t count,
                   void* const* states, ExecContext* context) = nullptr;
  // Writes the final value of `state` to result[index] (may set NULL).
  Status (*finalize)(void* state, Vector& result, uint32_t index) = nullptr;
  // Destroys the state (frees owned heap memory); null when trivial.
  void (*destroy)(void* state) = nullptr;
  // Folds `other` (the state of rows that follow state's rows) into
  // `state`, as if those rows had been passed to update(). Null when the
  // aggregate cannot combine exactly (float sums, string_agg, array_agg).
  // Window frames that slide use it to build segment trees.
  Status (*combine)(void* state, const void* other) = nullptr;
  // True when rows whose argument is NULL reach update() (array_agg).
  bool keeps_nulls = false;
};

// ORDER BY inside an aggregate call: each group's rows reach update()
// sorted by these keys (stable: ties keep input order). See
// ordered_aggregate.h.
struct AggregateOrderKey {
  ExprPtr expr;  // over the aggregate operator's input chunk
  bool descending = false;
  bool nulls_first = false;  // PostgreSQL default: NULLS LAST for ASC, FIRST for DESC
};

// One aggregate computed by a HashAggregateOperator.
struct BoundAggregate {
  const AggregateFunction* function = nullptr;
  // Argument expressions, evaluated over the aggregate operator's input
  // chunk; already cast to function->arg_types.
  std::vector<ExprPtr> args;
  bool distinct = false;
  ExprPtr filter;  // FILTER (WHERE ...) or null
  std::vector<AggregateOrderKey> order_by;  // ORDER BY inside the call (empty: input order)
  // count((a, b)) / count(DISTINCT (a, b)): `args` are the row's fields (the
  // function is count(*)); a row value is never NULL, so NULL fields do not
  // skip the row, and DISTINCT compares whole rows (NULL fields equal).
  bool row_argument = false;
  types::SqlType type;  // == function->return_type

  BoundAggregate Clone() const;
  std::string ToString() const;  // "sum(#1)", "string_agg(#1, ',' ORDER BY #2 DESC)" for EXPLAIN
};

// Resolves name(args) — `args` may be empty for count(*) (pass star=true).
// Inserts implicit casts (e.g. sum(int2) → argument cast int2→int2 is a
// no-op; avg of an unknown literal → text error as PostgreSQL).
// Errors: 42883 "function foo(integer) does not exist" with PG's hint.
Result<BoundAggregate> MakeAggregate(std::string_view name, std::vector<ExprPtr> args, bool star, bool distinct,
                                     ExprPtr filter, int location = -1);
// True if `name` is an aggregate function name (sql/ uses it to tell
// aggregates from scalar calls while binding).
bool IsAggregateName(std::string_view name);

}  // namespace augur::exec
