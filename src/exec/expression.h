// Expr: the bound, typed scalar expression tree sql/ hands to exec/.
//
// sql/'s binder builds Expr trees with the factory functions below (or the
// registry helpers MakeFunctionCall / MakeOperator in function_registry.h,
// which resolve overloads and insert implicit casts the PostgreSQL way).
// Every node carries its result SqlType. Column references are positions in
// the input DataChunk of the operator evaluating the expression; $n
// parameters and correlated outer-row values are slots in
// ExecContext::parameters.
//
// Semantics follow PostgreSQL 15: NULL propagation for strict functions,
// three-valued AND/OR/NOT, IN/ANY/ALL with NULL rules, CASE evaluating a
// branch only for the rows that reach it, AND/OR evaluating the right side
// only for rows the left side did not decide (so `x <> 0 AND 1/x > 0` never
// divides by zero).
//
// Ownership: a tree owns its children (unique_ptr). Function handles point
// into the process-wide FunctionRegistry (immortal). A subquery node shares
// ownership of its child plan. Trees are immutable once built and may be
// evaluated by several ExpressionExecutors (one per thread) at once, except
// subquery nodes, whose plans are stateful: one executor per plan.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "types/type.h"

namespace augur::exec {

struct ScalarFunction;
class PhysicalOperator;

enum class ExprKind : uint8_t {
  kConstant,           // constant
  kColumnRef,          // index = input column
  kParameter,          // index = ExecContext::parameters slot
  kCast,               // children[0] cast to type (cast_context)
  kFunction,           // function(children...)
  kAnd,                // children[0] AND children[1] AND ... (3VL)
  kOr,                 // children[0] OR ... (3VL)
  kNot,                // NOT children[0]
  kIsNull,             // children[0] IS NULL
  kIsNotNull,          // children[0] IS NOT NULL
  kIsTrue,             // children[0] IS TRUE (negated: IS NOT TRUE)
  kIsFalse,            // children[0] IS FALSE (negated: IS NOT FALSE)
  kIsDistinctFrom,     // children[0] IS DISTINCT FROM children[1]; function = "="
                       // (negated: IS NOT DISTINCT FROM)
  kCase,               // searched CASE: children = when0, then0, when1, then1, ...,
                       // [else]; has_else says whether the last child is ELSE
  kCoalesce,           // COALESCE(children...)
  kNullIf,             // NULLIF(children[0], children[1]); function = "="
  kGreatest,           // GREATEST(children...); function = ">" (NULLs ignored)
  kLeast,              // LEAST(children...); function = "<"
  kInList,             // children[0] IN (children[1..]); function = "="; negated: NOT IN
  kLike,               // children[0] LIKE children[1] [ESCAPE children[2]];
                       // case_insensitive = ILIKE; negated = NOT LIKE
  kSubquery,           // see SubqueryKind
};

enum class CastContext : uint8_t {
  kImplicit,    // inserted by resolution
  kAssignment,  // INSERT/UPDATE target column (varchar(n) overflow is an error)
  kExplicit,    // CAST(x AS t) / x::t (varchar(n) silently truncates)
};

enum class SubqueryKind : uint8_t {
  kScalar,  // (SELECT x ...): one column; NULL on no rows; 21000 if >1 row
  kExists,  // EXISTS (SELECT ...)    (negated: NOT EXISTS)
  kAny,     // children[0] op ANY (SELECT x ...) — also IN (op "=")
  kAll,     // children[0] op ALL (SELECT x ...) — also NOT IN is NOT(= ANY)
};

struct Expr {
  ExprKind kind = ExprKind::kConstant;
  types::SqlType type{};  // result type of this node
  std::vector<std::unique_ptr<Expr>> children;

  types::Value constant{};                // kConstant
  int index = -1;                         // kColumnRef / kParameter
  const ScalarFunction* function = nullptr;  // kFunction, comparison for kInList,
                                             // kNullIf, kIsDistinctFrom, kGreatest,
                                             // kLeast, kSubquery ANY/ALL
  CastContext cast_context = CastContext::kExplicit;  // kCast
  bool negated = false;           // NOT IN / NOT LIKE / IS NOT DISTINCT FROM / NOT EXISTS /
                                  // IS NOT TRUE / IS NOT FALSE
  bool case_insensitive = false;  // ILIKE
  bool has_else = false;          // kCase

  // kSubquery: the child plan (first output column is the value for
  // scalar/ANY/ALL) and how outer-row values reach it: before each run,
  // outer_values[i] (evaluated over the outer row) is stored into
  // ExecContext::parameters[outer_param_slots[i]], where the plan's
  // kParameter nodes read it. With no outer values the subquery is
  // uncorrelated and runs once per statement.
  SubqueryKind subquery_kind = SubqueryKind::kScalar;
  std::shared_ptr<PhysicalOperator> subquery_plan;
  std::vector<std::unique_ptr<Expr>> outer_values;
  std::vector<int> outer_param_slots;

  int location = -1;  // 0-based byte offset in the query text, for errors; -1 unknown

  // Deep copy (subquery plans are shared, not copied).
  std::unique_ptr<Expr> Clone() const;
  // Compact text for EXPLAIN and test output, e.g. "(#0 + $1)".
  std::string ToString() const;
};

using ExprPtr = std::unique_ptr<Expr>;

// ---- Factories: the way sql/ builds trees. They do not resolve anything;
// ---- pass children already cast to the types the node needs.
ExprPtr MakeConstant(types::Value value, types::SqlType type);
ExprPtr MakeNullConstant(types::SqlType type);
ExprPtr MakeColumnRef(int column_index, types::SqlType type);
ExprPtr MakeParameter(int slot, types::SqlType type);
// Cast child to `target`. A constant child is NOT folded here; use
// function_registry.h's CoerceTo for that (unknown literals).
ExprPtr MakeCast(ExprPtr child, types::SqlType target, CastContext context);
// `function` must have been resolved for exactly the children's types.
ExprPtr MakeFunction(const ScalarFunction* function, std::vector<ExprPtr> args, types::SqlType result_type);
ExprPtr MakeAnd(std::vector<ExprPtr> args);
ExprPtr MakeOr(std::vector<ExprPtr> args);
ExprPtr MakeNot(ExprPtr arg);
ExprPtr MakeIsNull(ExprPtr arg, bool negated);
// IS [NOT] TRUE / IS [NOT] FALSE (never NULL).
ExprPtr MakeIsTrue(ExprPtr arg, bool negated);
ExprPtr MakeIsFalse(ExprPtr arg, bool negated);
// `equals` is the resolved "=" for the two (already unified) argument types.
ExprPtr MakeIsDistinctFrom(ExprPtr left, ExprPtr right, const ScalarFunction* equals, bool negated);
// whens_thens = when0, then0, when1, then1, ...; else_result may be null.
ExprPtr MakeCase(std::vector<ExprPtr> whens_thens, ExprPtr else_result, types::SqlType type);
ExprPtr MakeCoalesce(std::vector<ExprPtr> args, types::SqlType type);
ExprPtr MakeNullIf(ExprPtr left, ExprPtr right, const ScalarFunction* equals);
// `compare` is ">" for GREATEST, "<" for LEAST, over the common type.
ExprPtr MakeGreatestLeast(bool greatest, std::vector<ExprPtr> args, const ScalarFunction* compare,
                          types::SqlType type);
ExprPtr MakeInList(ExprPtr needle, std::vector<ExprPtr> list, const ScalarFunction* equals, bool negated);
// escape may be null (default backslash). Children must be text-like.
ExprPtr MakeLike(ExprPtr input, ExprPtr pattern, ExprPtr escape, bool case_insensitive, bool negated);
// Scalar / EXISTS subquery. value_type: type of the subquery's first column
// (scalar); bool for EXISTS.
ExprPtr MakeSubquery(SubqueryKind kind, std::shared_ptr<PhysicalOperator> plan, types::SqlType value_type,
                     std::vector<ExprPtr> outer_values, std::vector<int> outer_param_slots,
                     bool negated = false);
// left op ANY/ALL (subquery); `compare` resolved for (left type, column type).
ExprPtr MakeQuantifiedSubquery(SubqueryKind kind, ExprPtr left, const ScalarFunction* compare,
                               std::shared_ptr<PhysicalOperator> plan, std::vector<ExprPtr> outer_values,
                               std::vector<int> outer_param_slots);

}  // namespace augur::exec
