// ExpressionExecutor: evaluates a bound Expr over DataChunks, vectorized.
//
// Build one executor per expression per operator instance (it owns the
// intermediate vectors and precompiled state such as LIKE patterns), then
// call Execute() per chunk. Results are written at the input's physical
// positions: for input rows sel[0..count), result position sel[i] holds the
// value of row sel[i]; other positions are undefined. ColumnRef results
// are zero-copy references to the input column.
//
// Hot paths are typed loops (templates per physical type) with no virtual
// call or allocation per row. Runtime errors (22003 overflow, 22012
// division by zero, 22P02 bad cast input, 21000 subquery returning more than
// one row, ...) abort evaluation with the Status.
//
// Thread-safety: an executor is used by one thread; the Expr it evaluates
// must outlive it.
#pragma once

#include <cstdint>
#include <memory>

#include "common/status.h"
#include "exec/exec_context.h"
#include "exec/expression.h"
#include "exec/vector.h"

namespace augur::exec {

class ExpressionExecutor {
 public:
  // `context` may be null only for expressions without parameters or
  // subqueries (tests, constant folding).
  ExpressionExecutor(const Expr& expr, ExecContext* context);
  ~ExpressionExecutor();
  ExpressionExecutor(ExpressionExecutor&&) noexcept;
  ExpressionExecutor& operator=(ExpressionExecutor&&) noexcept;

  // Evaluates for the logical rows of `input`.
  Status Execute(const DataChunk& input, Vector& result);
  // Evaluates for rows sel[0..count) (sel == nullptr: 0..count).
  Status Execute(const DataChunk& input, const uint32_t* sel, uint32_t count, Vector& result);
  // Boolean predicates: writes the positions of input's logical rows where
  // the expression is TRUE (not FALSE, not NULL) to out_sel, in order, and
  // returns how many.
  Result<uint32_t> Select(const DataChunk& input, uint32_t* out_sel);

  const Expr& expr() const;
  ExecContext* context() const { return context_; }

  // Forgets what one execution of the plan computed once (uncorrelated
  // subquery results), so the executor can be reused for the next execution
  // of a cached plan (new parameters) instead of being rebuilt.
  void ResetForExecution();

  struct Node;  // implementation detail (expression_executor.cc)

 private:
  std::unique_ptr<Node> root_;
  ExecContext* context_;
  Vector select_result_;
};

// Evaluates an expression that references no columns (constants,
// parameters, uncorrelated subqueries) to one Value.
Result<types::Value> EvaluateConstant(const Expr& expr, ExecContext* context);

// EvaluateConstant for an expression evaluated once per execution of a
// cached plan (a VALUES cell such as `$1 + 1`): the executor it needs is
// built at the first Evaluate() and reused while the context stays the same.
class ConstantEvaluator {
 public:
  explicit ConstantEvaluator(const Expr& expr) : expr_(&expr) {}
  Result<types::Value> Evaluate(ExecContext* context);

 private:
  const Expr* expr_;
  std::unique_ptr<ExpressionExecutor> executor_;
  Vector result_;
};

}  // namespace augur::exec
