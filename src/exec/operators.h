// Physical operators: pull-based, chunk at a time.
//
// A plan is a tree of PhysicalOperator built by sql/'s planner with the
// constructors below. Driving it:
//   ExecContext ctx;  ctx.parameters = ...;  ctx.cancel = &flag;
//   RETURN_IF_ERROR(root->Open(ctx));
//   DataChunk chunk;
//   while (true) {
//     ASSIGN_OR_RETURN(bool more, root->Next(chunk));
//     if (!more) break;
//     ... chunk.count() logical rows (respect chunk.selection()) ...
//   }
//   root->Close();
// Next() returns true with at least one row, false at end (then `chunk` is
// empty). The chunk's contents may reference the operator's buffers and stay
// valid only until the next Next()/Open()/Close() on that operator. Open()
// may be called again to restart from the beginning (correlated subqueries
// re-run their plan per outer row with new parameter values).
//
// Every operator checks ExecContext::cancel once per chunk (57014) and
// charges what it keeps (hash tables, sort buffers, group states) to
// ExecContext::memory (53200 when over the limit).
//
// Column numbering: an operator's output columns are numbered from 0.
// Expressions given to an operator refer to its input chunk's columns
// (ColumnRef index); joins evaluate residual predicates over the
// concatenation left columns ++ right columns.
//
// Ownership: an operator owns its children (unique_ptr) and expressions.
// Thread-safety: one thread per plan instance.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "common/status.h"
#include "exec/aggregate.h"
#include "exec/exec_context.h"
#include "exec/expression.h"
#include "exec/expression_executor.h"
#include "exec/vector.h"
#include "types/type.h"

namespace augur::exec {

class PhysicalOperator {
 public:
  explicit PhysicalOperator(std::vector<types::SqlType> output_types) : output_types_(std::move(output_types)) {}
  virtual ~PhysicalOperator() = default;
  PhysicalOperator(const PhysicalOperator&) = delete;
  PhysicalOperator& operator=(const PhysicalOperator&) = delete;

  // (Re)starts the operator and its children. `context` must outlive use.
  virtual Status Open(ExecContext& context) = 0;
  // Produces the next chunk (≥1 row) and returns true, or false at the end.
  virtual Result<bool> Next(DataChunk& out) = 0;
  // Releases buffers early (also done by the destructor). Idempotent.
  virtual void Close() {}

  const std::vector<types::SqlType>& output_types() const { return output_types_; }
  // One line describing this node, PostgreSQL-EXPLAIN style, e.g.
  // "Hash Join (inner) keys: #0 = #0".
  virtual std::string ExplainText() const = 0;
  // Children in display order (EXPLAIN).
  virtual std::vector<const PhysicalOperator*> children() const { return {}; }
  // The whole tree, one node per line, children indented by "  ->  ".
  std::string Explain() const;

 protected:
  std::vector<types::SqlType> output_types_;
};

using OperatorPtr = std::unique_ptr<PhysicalOperator>;

// ---- Sources -------------------------------------------------------------

// What storage/column/sql implement to feed rows in (table scans, index
// point/range lookups, system views, COPY input...).
class ChunkSource {
 public:
  virtual ~ChunkSource() = default;
  // Column types of the chunks produced.
  virtual std::vector<types::SqlType> types() const = 0;
  // (Re)starts the source. Called before the first Fill and on every rescan.
  virtual Status Open(ExecContext& context) = 0;
  // `out` arrives initialized with types() and empty (size 0, no selection).
  // Fill it with up to kVectorSize rows (Vector::values<T>()/SetValid/
  // SetString, then out.SetSize(n); a selection may be set to skip rows,
  // e.g. deleted ones) and return true; return false when exhausted.
  // Returning true with zero rows is allowed (the operator calls again).
  virtual Result<bool> Fill(DataChunk& out) = 0;
  virtual void Close() {}
  // e.g. "Seq Scan on t" / "Index Scan using t_pkey on t".
  virtual std::string ExplainText() const = 0;
};

// Adapts a ChunkSource into the operator tree.
class SourceOperator final : public PhysicalOperator {
 public:
  explicit SourceOperator(std::unique_ptr<ChunkSource> source);
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  ChunkSource& source() { return *source_; }

 private:
  std::unique_ptr<ChunkSource> source_;
  ExecContext* context_ = nullptr;
  DataChunk chunk_;
};

// VALUES (...), (...) / SELECT without FROM: each row is a list of
// expressions evaluated once per Open() (they may use parameters, not
// columns). Zero rows allowed. A single empty row (no columns) represents
// "SELECT <exprs>" without FROM when wrapped by a Projection.
class ValuesOperator final : public PhysicalOperator {
 public:
  ValuesOperator(std::vector<types::SqlType> types, std::vector<std::vector<ExprPtr>> rows);
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  std::string ExplainText() const override;

 private:
  std::vector<std::vector<ExprPtr>> rows_;
  // One per cell, row-major: executors kept for the next execution of a
  // cached plan (built at the first Open()).
  std::vector<ConstantEvaluator> cells_;
  ExecContext* context_ = nullptr;
  std::vector<DataChunk> chunks_;
  size_t next_chunk_ = 0;
};

// ---- Row-at-a-time-free transforms ---------------------------------------

// WHERE / HAVING: keeps rows where predicate is TRUE (not NULL). Produces a
// selection vector; no copying.
class FilterOperator final : public PhysicalOperator {
 public:
  FilterOperator(OperatorPtr child, ExprPtr predicate);
  ~FilterOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  struct State;
  OperatorPtr child_;
  ExprPtr predicate_;
  std::unique_ptr<State> state_;
};

// SELECT list: output column i = exprs[i] over the child's chunk. Column
// references are zero-copy; the child's selection is kept.
class ProjectionOperator final : public PhysicalOperator {
 public:
  ProjectionOperator(OperatorPtr child, std::vector<ExprPtr> exprs);
  ~ProjectionOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }
  PhysicalOperator& child() { return *child_; }
  const std::vector<ExprPtr>& exprs() const { return exprs_; }

 private:
  struct State;
  OperatorPtr child_;
  std::vector<ExprPtr> exprs_;
  std::unique_ptr<State> state_;
};

// LIMIT / OFFSET (either may be absent). Values are fixed at plan time; a
// planner with LIMIT $1 evaluates it before building the operator.
class LimitOperator final : public PhysicalOperator {
 public:
  LimitOperator(OperatorPtr child, std::optional<int64_t> limit, int64_t offset);
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  std::optional<int64_t> limit_;
  int64_t offset_;
  int64_t skipped_ = 0;
  int64_t produced_ = 0;
  SelectionVector sel_;
};

// ---- Joins -----------------------------------------------------------------

enum class JoinType : uint8_t {
  kInner,
  kLeft,   // left outer
  kRight,  // right outer
  kFull,   // full outer
  kSemi,   // left rows with a match (EXISTS / IN); outputs left columns only
  kAnti,   // left rows without a match (NOT EXISTS); left columns only
  // NOT IN (subquery) semantics: a left row is kept iff the right side is
  // empty, or (its key is not NULL, has no match, and no right key is NULL).
  // Single key, no residual predicate. Left columns only.
  kAntiNullAware,
};
std::string_view JoinTypeName(JoinType type);
// Output types of a join of these input types.
std::vector<types::SqlType> JoinOutputTypes(JoinType type, const std::vector<types::SqlType>& left,
                                            const std::vector<types::SqlType>& right);

// Equi-join: left_keys[i] = right_keys[i] (evaluated over each side's chunk;
// same types pairwise — the planner casts to a common type). NULL keys never
// match. The right side is the build side (kept in memory). `residual` (or
// null) is evaluated over left ++ right columns for key-matched pairs; only
// pairs where it is TRUE join. Output: left ++ right columns (outer-joined
// side NULL-filled), or left only for semi/anti.
class HashJoinOperator final : public PhysicalOperator {
 public:
  HashJoinOperator(JoinType type, OperatorPtr left, OperatorPtr right, std::vector<ExprPtr> left_keys,
                   std::vector<ExprPtr> right_keys, ExprPtr residual);
  ~HashJoinOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {left_.get(), right_.get()}; }

 private:
  struct State;
  JoinType type_;
  OperatorPtr left_, right_;
  std::vector<ExprPtr> left_keys_, right_keys_;
  ExprPtr residual_;
  std::unique_ptr<State> state_;
};

// Any predicate (null = CROSS JOIN), all join types (kAntiNullAware: the
// predicate is the `left = right` comparison whose NULL result counts as
// "unknown", i.e. the row is dropped). The right side is materialized and
// rescanned per left chunk. Predicate over left ++ right columns.
class NestedLoopJoinOperator final : public PhysicalOperator {
 public:
  NestedLoopJoinOperator(JoinType type, OperatorPtr left, OperatorPtr right, ExprPtr predicate);
  ~NestedLoopJoinOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {left_.get(), right_.get()}; }

 private:
  struct State;
  JoinType type_;
  OperatorPtr left_, right_;
  ExprPtr predicate_;
  std::unique_ptr<State> state_;
};

// LATERAL (dependent) join: for each left row, outer_values[i] (over the
// left columns) is stored in ExecContext::parameters[outer_slots[i]] and
// the right plan is re-run (Open) with them. Output: left ++ right columns
// for pairs where `predicate` (over left ++ right, null = true) holds; kLeft
// also emits an unmatched left row with NULL right columns. kInner and kLeft
// only. Output is batched into chunks of up to kVectorSize rows.
class LateralJoinOperator final : public PhysicalOperator {
 public:
  LateralJoinOperator(JoinType type, OperatorPtr left, OperatorPtr right, std::vector<ExprPtr> outer_values,
                      std::vector<int> outer_slots, ExprPtr predicate);
  ~LateralJoinOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {left_.get(), right_.get()}; }

 private:
  struct State;
  JoinType type_;
  OperatorPtr left_, right_;
  std::vector<ExprPtr> outer_values_;
  std::vector<int> outer_slots_;
  ExprPtr predicate_;
  std::unique_ptr<State> state_;
};

// ---- Aggregation -------------------------------------------------------------

// One grouping set of GROUP BY GROUPING SETS / ROLLUP / CUBE: the value of
// every output key column for the set's rows — the key expression, or a
// constant (NULL for a key outside the set; GROUPING() results). `total`: the
// set groups by no input column, so even empty input gives its one row.
struct GroupingSetKeys {
  std::vector<ExprPtr> keys;
  bool total = false;
};

// GROUP BY group_keys with aggregates. Output: group key columns, then one
// column per aggregate. With no group keys: exactly one row, even on empty
// input (count = 0, others NULL). Group keys compare with SQL equality except
// that NULLs group together (and numeric 1.0 = 1.00, float -0 = 0, NaN = NaN).
// Output order is unspecified.
//
// With grouping sets, each input row is aggregated once per set, in one pass
// over the input; groups of different sets never merge (docs/exec.md
// "Grouping sets").
class HashAggregateOperator final : public PhysicalOperator {
 public:
  HashAggregateOperator(OperatorPtr child, std::vector<ExprPtr> group_keys, std::vector<BoundAggregate> aggregates);
  // Grouping sets; every set has the same key count and types.
  struct WithGroupingSets {};
  HashAggregateOperator(WithGroupingSets, OperatorPtr child, std::vector<GroupingSetKeys> sets,
                        std::vector<BoundAggregate> aggregates);
  ~HashAggregateOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  struct State;
  OperatorPtr child_;
  std::vector<GroupingSetKeys> sets_;
  std::vector<BoundAggregate> aggregates_;
  std::unique_ptr<State> state_;
};

// SELECT DISTINCT (all columns), hash based; first occurrence kept.
// With `key_columns` it is DISTINCT ON (those columns): the first row of each
// key combination in input order is kept (the planner sorts the input).
class DistinctOperator final : public PhysicalOperator {
 public:
  explicit DistinctOperator(OperatorPtr child, std::vector<int> key_columns = {});
  ~DistinctOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  struct State;
  OperatorPtr child_;
  std::vector<int> key_columns_;
  std::unique_ptr<State> state_;
};

// ---- Ordering ------------------------------------------------------------------

struct SortKey {
  ExprPtr expr;  // over the child's columns
  bool descending = false;
  bool nulls_first = false;
  // PostgreSQL defaults: NULLS LAST for ASC, NULLS FIRST for DESC.
  static SortKey Make(ExprPtr expr, bool descending, std::optional<bool> nulls_first = std::nullopt) {
    SortKey k;
    k.expr = std::move(expr);
    k.descending = descending;
    k.nulls_first = nulls_first.value_or(descending);
    return k;
  }
};

// ORDER BY, fully materializing; stable. Text compares bytewise (C
// collation), float NaN sorts above every other value, numeric by value.
// With `limit` set it is a top-N (ORDER BY ... LIMIT n [OFFSET m]: keeps
// only limit + offset rows in a heap and applies the offset itself).
class SortOperator final : public PhysicalOperator {
 public:
  SortOperator(OperatorPtr child, std::vector<SortKey> keys, std::optional<int64_t> limit = std::nullopt,
               int64_t offset = 0);
  ~SortOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  struct State;
  OperatorPtr child_;
  std::vector<SortKey> keys_;
  std::optional<int64_t> limit_;
  int64_t offset_;
  std::unique_ptr<State> state_;
};

// ---- Window functions (window.cc) -------------------------------------------

enum class WindowFunctionKind : uint8_t {
  kAggregate,  // any aggregate of aggregate.h with OVER
  kRowNumber,
  kRank,
  kDenseRank,
  kPercentRank,
  kCumeDist,
  kNtile,
  kLag,
  kLead,
  kFirstValue,
  kLastValue,
  kNthValue,
};
enum class WindowFrameMode : uint8_t { kRows, kRange, kGroups };
enum class WindowFrameBound : uint8_t {
  kUnboundedPreceding,
  kOffsetPreceding,
  kCurrentRow,
  kOffsetFollowing,
  kUnboundedFollowing,
};
enum class WindowExclusion : uint8_t { kNoOthers, kCurrentRow, kGroup, kTies };

// The frame clause. Defaults are PostgreSQL's: RANGE BETWEEN UNBOUNDED
// PRECEDING AND CURRENT ROW (with peers), EXCLUDE NO OTHERS.
struct WindowFrame {
  WindowFrameMode mode = WindowFrameMode::kRange;
  WindowFrameBound start = WindowFrameBound::kUnboundedPreceding;
  WindowFrameBound end = WindowFrameBound::kCurrentRow;
  // ROWS / GROUPS: int8 counts (constants or $n, evaluated at Open: 22004
  // when NULL, 22013 when negative).
  // RANGE with offsets: `range_key` is the single ORDER BY key (cast to the
  // type the bounds compare in) and `start_bound` / `end_bound` are
  // per-row expressions for key ∓ offset (the planner builds them with the
  // direction applied: for ASC, n PRECEDING is key - n); `start_offset` /
  // `end_offset` are the offsets themselves, checked for NULL / negative.
  ExprPtr start_offset, end_offset;
  ExprPtr range_key, start_bound, end_bound;
  WindowExclusion exclusion = WindowExclusion::kNoOthers;

  WindowFrame Clone() const;
  std::string ToString() const;
};

// One window function call. Expressions are over the operator's input.
struct WindowFunction {
  WindowFunctionKind kind = WindowFunctionKind::kRowNumber;
  // kAggregate: the aggregate (args, FILTER; no DISTINCT/ORDER BY).
  BoundAggregate aggregate;
  // Other kinds: ntile(n), lag/lead(value, offset int4, default),
  // first/last_value(value), nth_value(value, n int4). lag/lead's missing
  // offset is 1 and default NULL (the planner may leave them out).
  std::vector<ExprPtr> args;
  std::vector<ExprPtr> partition_by;
  std::vector<SortKey> order_by;
  WindowFrame frame;
  types::SqlType type;  // result type

  WindowFunction Clone() const;
  std::string ToString() const;  // for EXPLAIN
};

// Window functions (PostgreSQL 15 semantics). Materializes its input, then
// for each distinct (PARTITION BY, ORDER BY) sorts the rows by the
// normalized keys (sort_key.h) and evaluates that window's functions per
// partition, peer group and frame. Output: the input columns followed by
// one column per function; rows come out in the order of the last window
// evaluated (the planner sorts for ORDER BY). Frames: ROWS, RANGE (with
// offsets over one ORDER BY key), GROUPS, every bound and EXCLUDE option.
// Aggregates over frames that only grow (UNBOUNDED PRECEDING start) update
// one state incrementally; other frames use a segment tree of states when
// the aggregate can combine (AggregateFunction::combine), else recompute
// each distinct frame.
class WindowOperator final : public PhysicalOperator {
 public:
  WindowOperator(OperatorPtr child, std::vector<WindowFunction> functions);
  ~WindowOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  struct State;
  OperatorPtr child_;
  std::vector<WindowFunction> functions_;
  std::unique_ptr<State> state_;
};

// FETCH FIRST n ROWS WITH TIES over sorted input: skips `offset` rows,
// passes `limit` rows, then every following row whose `tie_columns` equal
// those of the last row passed (NULLs equal each other, as PostgreSQL's
// peer test). The counts are expressions evaluated at Open() (constants or
// $n): 2201W for a NULL or negative count, 2201X for a negative offset.
class LimitWithTiesOperator final : public PhysicalOperator {
 public:
  LimitWithTiesOperator(OperatorPtr child, ExprPtr limit, ExprPtr offset, std::vector<int> tie_columns);
  ~LimitWithTiesOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  ExprPtr limit_expr_, offset_expr_;
  std::vector<int> tie_columns_;
  int64_t limit_ = 0, offset_ = 0, produced_ = 0, skipped_ = 0;
  bool done_ = false;
  std::string last_key_;
  SelectionVector sel_;
};

// The rows of one plan, computed once per execution and shared by every
// MaterializeOperator made from it (a WITH query that PostgreSQL evaluates
// once although it is referenced twice).
struct Materialization;
std::shared_ptr<Materialization> NewMaterialization(OperatorPtr child);

// Runs `child` to the end once per execution (ExecContext::execution_id)
// and replays the kept rows on every later Open() of the same execution.
// Used under a correlated wrapper that re-opens an uncorrelated input per
// outer row (row-valued IN / ANY / ALL subqueries), and for WITH queries
// that must be evaluated once. With execution_id 0 it re-runs the child on
// every Open() (never share a Materialization under such a context: a
// re-run replaces rows another reader may still be reading).
class MaterializeOperator final : public PhysicalOperator {
 public:
  explicit MaterializeOperator(OperatorPtr child);
  // Replays rows shared with other MaterializeOperators of `shared`.
  explicit MaterializeOperator(std::shared_ptr<Materialization> shared);
  ~MaterializeOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override { return "Materialize"; }
  std::vector<const PhysicalOperator*> children() const override;

 private:
  std::shared_ptr<Materialization> shared_;
  size_t next_chunk_ = 0;
};

// Data-modifying WITH queries: runs each of `first` to completion (once per
// execution; their rows stay for the MaterializeOperators that read them),
// then streams `child`. Needs a context with an execution id.
class PrologueOperator final : public PhysicalOperator {
 public:
  PrologueOperator(OperatorPtr child, std::vector<std::shared_ptr<Materialization>> first);
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override { return child_->Next(out); }
  void Close() override { child_->Close(); }
  std::string ExplainText() const override { return "Prologue (data-modifying WITH queries first)"; }
  std::vector<const PhysicalOperator*> children() const override;

 private:
  OperatorPtr child_;
  std::vector<std::shared_ptr<Materialization>> first_;
};

// ---- Set operations ---------------------------------------------------------------

// WITH RECURSIVE (docs/exec.md "Recursive queries"). The rows a round of the
// recursive term reads: those the previous round produced (the base term's
// rows for the first round). Shared by a RecursiveUnionOperator and the
// WorkTableScanOperators of its recursive term.
struct WorkTable;
std::shared_ptr<WorkTable> NewWorkTable(std::vector<types::SqlType> types);

// The base term's rows, then rounds of the recursive term, each run again
// over the rows the previous round produced, until a round produces none.
// With `all` false (UNION), rows seen before are dropped and so do not
// start another round. Rows stream out as they are produced, so a LIMIT
// above ends an unbounded recursion.
class RecursiveUnionOperator final : public PhysicalOperator {
 public:
  RecursiveUnionOperator(bool all, OperatorPtr base, OperatorPtr recursive, std::shared_ptr<WorkTable> work_table);
  ~RecursiveUnionOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override { return all_ ? "Recursive Union (all)" : "Recursive Union"; }
  std::vector<const PhysicalOperator*> children() const override { return {base_.get(), recursive_.get()}; }

 private:
  struct State;
  bool all_;
  OperatorPtr base_, recursive_;
  std::shared_ptr<WorkTable> work_table_;
  std::unique_ptr<State> state_;
};

// Reads the work table of the enclosing RecursiveUnionOperator.
class WorkTableScanOperator final : public PhysicalOperator {
 public:
  WorkTableScanOperator(std::vector<types::SqlType> types, std::shared_ptr<WorkTable> work_table)
      : PhysicalOperator(std::move(types)), work_table_(std::move(work_table)) {}
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  std::string ExplainText() const override { return "WorkTable Scan"; }

 private:
  std::shared_ptr<WorkTable> work_table_;
  size_t next_chunk_ = 0;
};

// UNION ALL of children with identical column types (planner casts).
class UnionAllOperator final : public PhysicalOperator {
 public:
  explicit UnionAllOperator(std::vector<OperatorPtr> inputs);
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override;

 private:
  std::vector<OperatorPtr> inputs_;
  size_t current_ = 0;
  ExecContext* context_ = nullptr;
};

enum class SetOpKind : uint8_t { kUnion, kIntersect, kExcept };

// UNION / INTERSECT / EXCEPT [ALL] with SQL duplicate semantics (NULLs equal).
// UNION ALL should use UnionAllOperator. Output order unspecified.
class SetOperationOperator final : public PhysicalOperator {
 public:
  SetOperationOperator(SetOpKind kind, bool all, OperatorPtr left, OperatorPtr right);
  ~SetOperationOperator() override;
  Status Open(ExecContext& context) override;
  Result<bool> Next(DataChunk& out) override;
  void Close() override;
  std::string ExplainText() const override;
  std::vector<const PhysicalOperator*> children() const override { return {left_.get(), right_.get()}; }

 private:
  struct State;
  SetOpKind kind_;
  bool all_;
  OperatorPtr left_, right_;
  std::unique_ptr<State> state_;
};

// ---- Helpers -------------------------------------------------------------------

// Runs `plan` to the end and returns all rows as Values (tests, small
// results, subqueries' slow path).
Result<std::vector<std::vector<types::Value>>> CollectRows(PhysicalOperator& plan, ExecContext& context);

}  // namespace augur::exec
