// Binding of array syntax and set-returning functions in FROM:
//   ARRAY[...]                       (A_ArrayExpr)
//   x[i], x[lo:hi]                   (A_Indirection with A_Indices)
//   x op ANY (array), x op ALL (...)  (A_Expr AEXPR_OP_ANY/ALL)
//   type[] in type names
//   FROM unnest(a) / generate_series(...) [WITH ORDINALITY] [AS t(c, ...)]
// The expression semantics live in exec/array_functions.h; this file only
// walks the parse tree, binds the children and infers $n parameter types.
#pragma once

#include <string>
#include <vector>

#include "common/status.h"
#include "exec/array_functions.h"
#include "sql/binder.h"

namespace augur::sql {

// ARRAY[...]; `target` is the array type of an enclosing ::t[] cast, if any.
Result<exec::ExprPtr> BindArrayConstructor(Binder& binder, PgNode node, Frame& frame, const types::SqlType* target);
// x[i] / x[lo:hi]. Field selection ((x).f) and several subscripts: 0A000.
Result<exec::ExprPtr> BindIndirection(Binder& binder, PgNode node, Frame& frame);
// x op ANY/ALL (array expression).
Result<exec::ExprPtr> BindQuantifiedArray(Binder& binder, PgNode node, Frame& frame);
// t[] for a resolved element type t (t[] of an array type is that type).
Result<types::SqlType> ArrayTypeFor(types::SqlType element, int location);

struct BoundTableFunction {
  exec::OperatorPtr plan;
  std::string alias;                       // table alias (the function name by default)
  std::vector<std::string> column_names;   // one per output column
  std::vector<types::SqlType> types;
  // Function calls in FROM are implicitly LATERAL: arguments that use
  // columns of earlier FROM items (or of an outer query) read them from
  // parameter slots, filled per row by the lateral join (bind_select.cc).
  std::vector<exec::ExprPtr> lateral_values;
  std::vector<int> lateral_slots;
};
// A RangeFunction node in FROM. `frame` is the FROM clause's frame.
Result<BoundTableFunction> BindRangeFunction(Binder& binder, PgNode node, Frame& frame);

}  // namespace augur::sql
