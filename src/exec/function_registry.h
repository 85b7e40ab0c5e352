// FunctionRegistry: every built-in scalar function and operator, and
// PostgreSQL-style overload resolution over them.
//
// A ScalarFunction is one overload: name ("+", "=", "||", "lower", ...),
// declared argument types, result type and a vectorized kernel. Operators
// are functions whose name is the operator symbol. Resolution
// (ResolveFunction / ResolveOperator) follows PostgreSQL's
// func_select_candidate / oper_select_candidate for the types augurdb has:
//   1. exact match (an `unknown` literal argument of a binary operator is
//      first assumed to have the other argument's type);
//   2. otherwise candidates reachable by implicit casts; ties broken by
//      most exact matches, then preferred types of each category (float8,
//      text, timestamptz, interval), then unknowns resolved to the string
//      category.
// Errors: 42883 "function foo(integer) does not exist" / "operator does not
// exist: integer + text" with PostgreSQL's hints; 42725 for ambiguity.
//
// Kernels see only non-NULL rows for strict functions: the executor removes
// rows with a NULL argument from the selection and marks them NULL in the
// result before calling the kernel. A kernel writes result positions sel[i]
// (or i when sel is null) for i < count and may set a result NULL itself.
//
// Ownership/thread-safety: the registry is built once (Global()) and then
// immutable; ScalarFunction pointers stay valid for the process lifetime and
// may be used from any thread.
#pragma once

#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "common/status.h"
#include "exec/exec_context.h"
#include "exec/expression.h"
#include "exec/vector.h"
#include "types/type.h"

namespace augur::exec {

// Arguments of one kernel call.
struct KernelCall {
  std::span<const Vector* const> inputs;  // one per argument, same positions as the chunk
  const uint32_t* sel;                    // rows to compute (null = 0..count-1)
  uint32_t count;
  Vector* result;                         // writable; type = the call's result type
  ExecContext* context;                   // may be null in tests

  // Position of the k-th row to compute.
  uint32_t row(uint32_t k) const { return sel ? sel[k] : k; }
};
using ScalarKernel = Status (*)(const KernelCall& call);

// The loop every kernel runs: calls f(i) with the position i of each row the
// call computes, in order. f returns nothing, or a Status whose first error
// ends the loop and is returned.
template <typename F>
Status ForEachRow(const KernelCall& call, F&& f) {
  for (uint32_t k = 0; k < call.count; ++k) {
    if constexpr (std::is_void_v<std::invoke_result_t<F&, uint32_t>>) {
      f(call.row(k));
    } else {
      RETURN_IF_ERROR(f(call.row(k)));
    }
  }
  return Status::Ok();
}

enum class Volatility : uint8_t { kImmutable, kStable, kVolatile };

struct ScalarFunction {
  std::string name;                    // lower case; operators by symbol
  std::vector<types::SqlType> arg_types;
  types::SqlType return_type;
  ScalarKernel kernel = nullptr;
  bool strict = true;                  // NULL in any argument → NULL result
  Volatility volatility = Volatility::kImmutable;
  bool variadic = false;               // last arg type repeats (concat, ...)
  bool is_operator = false;
  // Parameter names (named notation `f(days => 2)`) and defaults for the
  // last defaults.size() parameters, as the PostgreSQL catalog declares them.
  std::vector<std::string> arg_names;
  std::vector<types::Value> defaults;

  // "int4pl(integer, integer)" style signature text for messages/EXPLAIN.
  std::string Signature() const;
};

// Outcome of resolution: the function and the argument types to cast to.
struct ResolvedFunction {
  const ScalarFunction* function = nullptr;
  std::vector<types::SqlType> arg_types;  // cast each argument to this
  types::SqlType return_type;
};

class FunctionRegistry {
 public:
  // The process-wide registry with every built-in registered.
  static const FunctionRegistry& Global();

  // Registers an overload (during setup only). Returns the stored function.
  const ScalarFunction* Register(ScalarFunction function);

  // name(arg_types...). `unknown` (OID 705) marks untyped literals.
  Result<ResolvedFunction> ResolveFunction(std::string_view name, std::span<const types::SqlType> arg_types) const;
  // Binary (left op right) when both given; prefix (op right) when left is
  // nullptr.
  Result<ResolvedFunction> ResolveOperator(std::string_view op, const types::SqlType* left,
                                           const types::SqlType& right) const;

  // All overloads with this name (empty span when none).
  std::span<const ScalarFunction* const> Overloads(std::string_view name) const;
  // True if a function with this name exists (for "function ... does not
  // exist" vs wrong-arguments hints).
  bool HasFunction(std::string_view name) const { return !Overloads(name).empty(); }

 private:
  std::vector<std::unique_ptr<ScalarFunction>> storage_;
  std::unordered_map<std::string, std::vector<const ScalarFunction*>> by_name_;
};

// ---- Builders for sql/: resolve, insert implicit casts, fold unknown
// ---- literals, and return the finished node.

// name(args...) — scalar function call. (Aggregates: see aggregate.h.)
Result<ExprPtr> MakeFunctionCall(std::string_view name, std::vector<ExprPtr> args, int location = -1);
// name(args...) with PostgreSQL's named and mixed notation: `names[i]` is
// the parameter name of args[i] ("" = positional; positional ones come
// first). Missing trailing parameters take the overload's defaults. 42883
// "function make_interval(dayz => integer) does not exist" when no overload
// with those names, defaults and types fits.
Result<ExprPtr> MakeFunctionCallNamed(std::string_view name, std::vector<ExprPtr> args,
                                      const std::vector<std::string>& names, int location = -1);
// left op right (binary) or op right (prefix, left == nullptr).
Result<ExprPtr> MakeOperator(std::string_view op, ExprPtr left, ExprPtr right, int location = -1);
// x BETWEEN lo AND hi → x >= lo AND x <= hi (negated: x < lo OR x > hi).
Result<ExprPtr> MakeBetween(ExprPtr x, ExprPtr lo, ExprPtr hi, bool negated, int location = -1);
// Simple CASE operand WHEN v THEN r ... → searched CASE with operand = v.
Result<ExprPtr> MakeSimpleCase(ExprPtr operand, std::vector<ExprPtr> whens_thens, ExprPtr else_result,
                               int location = -1);

// Casts `expr` to `target` in `context`: no-op when the type already
// matches; an `unknown` (or any) constant is converted right away with the
// type's input function (22P02 etc. on bad text, as PostgreSQL does at bind
// time); otherwise wraps a kCast. Fails with 42846 "cannot cast type x to y"
// when no cast exists in that context.
Result<ExprPtr> CoerceTo(ExprPtr expr, types::SqlType target, CastContext context);
// True if PostgreSQL has an implicit (resp. assignment, explicit) cast.
bool CanCast(const types::SqlType& from, const types::SqlType& to, CastContext context);

// Common type for UNION / CASE / COALESCE / IN lists / VALUES columns
// (PostgreSQL's select_common_type): fails with 42804 "<context> types X
// and Y cannot be matched". `context_name` e.g. "CASE", "UNION", "COALESCE".
Result<types::SqlType> CommonType(std::span<const types::SqlType> types, std::string_view context_name);

// PostgreSQL's display name of a type ("integer", "text", "timestamp
// without time zone", "character varying", ...).
std::string TypeDisplayName(const types::SqlType& type);

}  // namespace augur::exec
