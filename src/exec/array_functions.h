// Array functions, operators and set-returning table functions.
//
// Every array type (types/array.h) gets concrete overloads in the
// FunctionRegistry, so PostgreSQL's polymorphic anyarray/anyelement
// signatures resolve through the ordinary overload machinery:
//   A = A, A <> A, A < A, A <= A, A > A, A >= A, A @> A, A <@ A, A && A,
//   A || A, A || E, E || A, array_cat, array_append, array_prepend,
//   array_length, array_lower, array_upper, array_ndims, array_dims,
//   cardinality, array_to_string (2 and 3 args), array_position (2 and 3
//   args), array_positions, array_remove, array_replace; string_to_array
//   (2 and 3 args) for text. A is an array type, E its element type.
// The operators are registered as "$arrop" + symbol, so that they are
// candidates only when one side is an array (exec::MakeOperator routes
// there); otherwise `bpchar || unknown` would resolve to array_prepend.
// Internal overloads (names starting with '$') back the expression forms
// built by the helpers below: ARRAY[...], a[i], x op ANY/ALL (array).
//
// Table functions (FROM unnest(a) / generate_series(...)) are operators:
// TableFunctionOperator evaluates its argument expressions once per Open()
// (constants, parameters and outer references; not columns) and streams
// the rows.
//
// Thread-safety: the builders are pure; operators belong to one thread.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "common/status.h"
#include "exec/expression.h"
#include "exec/operators.h"
#include "types/type.h"

namespace augur::exec {

// ARRAY[e1, e2, ...]. Element type: PostgreSQL's select_common_type over the
// elements (unknown literals alone → text). With `target_array_type` (the
// ARRAY[...]::t[] form) every element is cast to its element type instead,
// and ARRAY[] is allowed. Errors: 42P18 cannot determine type of empty
// array; 0A000 for nested ARRAY (multidimensional).
Result<ExprPtr> MakeArrayConstructor(std::vector<ExprPtr> elements, const types::SqlType* target_array_type,
                                     int location);
// array[index] (1-based by default; outside the bounds → NULL).
Result<ExprPtr> MakeArraySubscript(ExprPtr array, ExprPtr index, int location);
// array[lower:upper] (either bound may be null = open).
Result<ExprPtr> MakeArraySlice(ExprPtr array, ExprPtr lower, ExprPtr upper, int location);
// left op ANY (array) / left op ALL (array), op one of = <> < <= > >=.
// An unknown right side is read as an array of the left side's type.
// Errors: 42809 op ANY/ALL (array) requires array on right side; 0A000 for
// other operators.
Result<ExprPtr> MakeQuantifiedArray(std::string_view op, bool all, ExprPtr left, ExprPtr array, int location);

// ROW(f1, ..., fn) / (f1, ..., fn) as a value: a record whose fields are
// named f1..fn (unknown literals become text). 0A000 for a field type
// without a binary form.
Result<ExprPtr> MakeRowConstructor(std::vector<ExprPtr> fields, int location);
// (record).field of an anonymous record (types/record.h) whose typmod names
// its fields. Errors: 42703 could not identify column "f" in record data type.
Result<ExprPtr> MakeRecordField(ExprPtr record, std::string_view field, int location);

// ---- Set-returning functions in FROM ----

enum class TableFunctionKind : uint8_t {
  kUnnest,                     // unnest(anyarray) → element type
  kUnnestZip,                  // unnest(anyarray, anyarray, ...) in FROM → a record of the elements, NULL-padded
  kGenerateSeriesInt4,         // generate_series(int4, int4 [, int4])
  kGenerateSeriesInt8,         // generate_series(int8, int8 [, int8])
  kGenerateSeriesNumeric,      // generate_series(numeric, numeric [, numeric])
  kGenerateSeriesTimestamp,    // generate_series(timestamp, timestamp, interval)
  kGenerateSeriesTimestampTz,  // generate_series(timestamptz, timestamptz, interval)
  kGenerateSubscripts,         // generate_subscripts(anyarray, int4) → int4 (one dimension)
  kArrayOrdinals,              // 1..cardinality(anyarray) → int4 (_pg_expandarray's n)
  kExpandArray,                // information_schema._pg_expandarray(anyarray) → record (x, n)
  kPartitionAncestors,         // pg_partition_ancestors(regclass): the relation itself (no partitions)
  kListeningChannels,          // pg_listening_channels() → text: the session's LISTEN channels
};

struct TableFunctionCall {
  TableFunctionKind kind = TableFunctionKind::kUnnest;
  std::vector<ExprPtr> args;    // already cast to the function's argument types
  types::SqlType result_type;   // the one output column (before ordinality)
  std::string name;             // "unnest", "generate_series"
};

// Resolves name(args) to a table function. Errors: 42883 as for scalar
// functions when no overload matches.
Result<TableFunctionCall> MakeTableFunction(std::string_view name, std::vector<ExprPtr> args, int location,
                                            bool in_from = false);
// True for the names MakeTableFunction knows.
bool IsTableFunctionName(std::string_view name);

// Set-returning functions in a SELECT list (PostgreSQL's ProjectSet): for
// each input row the calls' arguments are evaluated over that row and the
// calls run in lockstep; the row is emitted once per position up to the
// longest call's result, shorter results padded with NULL, and not at all
// when every call returns no rows. Output: the input's columns, then one
// column per call.
class ProjectSetOperator final : public PhysicalOperator {
 public:
  ProjectSetOperator(OperatorPtr child, std::vector<TableFunctionCall> calls);
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  // Computes the calls' results for input row `row` of input_.
  Status ExpandRow(uint32_t row);

  OperatorPtr child_;
  std::vector<TableFunctionCall> calls_;
  ExecContext* context_ = nullptr;
  DataChunk input_;
  std::vector<Vector> arguments_;      // per call and argument, over input_
  std::vector<size_t> argument_base_;  // first arguments_ entry of each call
  uint32_t next_row_ = 0;              // next logical row of input_ to expand
  bool input_done_ = false;
  std::vector<types::Value> row_values_;                // the current input row
  std::vector<std::vector<types::Value>> results_;      // per call, for the current row
  size_t emitted_ = 0, row_length_ = 0;                 // position within the current row's output
  bool row_active_ = false;
  int64_t reserved_bytes_ = 0;  // charged to context_->memory for results_
};

// Emits the rows of one table function call, plus an int8 ordinality
// column when `with_ordinality`.
class TableFunctionOperator final : public PhysicalOperator {
 public:
  TableFunctionOperator(TableFunctionCall call, bool with_ordinality);
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  std::string ExplainText() const override;

 private:
  TableFunctionCall call_;
  bool with_ordinality_;
  ExecContext* context_ = nullptr;
  std::vector<types::Value> arguments_;
  // unnest: the decoded elements; generate_series: current/stop/step.
  std::vector<types::Value> elements_;
  size_t next_element_ = 0;
  bool done_ = true;
  types::Value current_, stop_, step_;
  int64_t ordinality_ = 0;
};

}  // namespace augur::exec
