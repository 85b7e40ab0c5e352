// Binder: turns PostgreSQL parse-tree nodes (sql/parse_tree.h) into exec/'s
// typed expression trees and physical operator trees, resolving names
// against the catalog and types through exec::FunctionRegistry.
//
// augurdb binds straight to physical operators; the "planning" decisions
// (predicate pushdown into scans, access path: point lookup / primary-key
// range / secondary index / full scan, hash vs nested-loop join, top-N) are
// taken while binding, in bind_select.cc and access_path.cc. See docs/sql.md.
//
// Ownership: a Binder lives for one statement's binding; the plan it returns
// owns everything it needs except the catalog Table objects (shared_ptr) and
// the Transaction, which the caller supplies again at execution through
// StatementContext.
// Thread-safety: single-threaded.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "common/status.h"
#include "exec/array_functions.h"
#include "exec/exec.h"
#include "sql/parse_tree.h"
#include "sql/session.h"
#include "storage/storage.h"
#include "types/type.h"
#include "types/types.h"

namespace augur::sql {

// Where execution-time state comes from. Plans hold a pointer to the
// session's StatementContext; the session points `txn` at the current
// transaction before each execution (plans outlive transactions when
// prepared).
class SystemCatalog;
class DeferredConstraints;
struct StatementContext {
  storage::Transaction* txn = nullptr;
  // The transaction's deferred foreign-key checks (foreign_keys.h); null
  // outside a session.
  DeferredConstraints* deferred = nullptr;
  // pg_catalog relations and reg* names (sql/system_catalog.h); null outside a session.
  SystemCatalog* system_catalog = nullptr;
};

// A column visible to expressions: position = input column index.
struct ScopeColumn {
  std::string name;
  std::string table_alias;  // alias or table name; empty for unnamed derived columns
  types::SqlType type;
  uint32_t table_oid = 0;
  int16_t attnum = 0;
  bool hidden = false;  // not visible by bare name (USING duplicates)
  bool base_relation = false;  // a column of a table (user or system) in FROM: has tableoid
  bool unreachable = false;    // a table column the view a DML statement targets does not show
  // For a merged JOIN ... USING column: its value (over physical columns).
  std::shared_ptr<const exec::Expr> computed;
};

struct Scope {
  std::vector<ScopeColumn> columns;  // physical: index = input column
  std::vector<ScopeColumn> merged;   // JOIN USING/NATURAL merged columns (computed)
};

struct Grouping;

// One level of query nesting, for correlated subqueries.
struct Frame {
  const Scope* scope = nullptr;
  Frame* parent = nullptr;
  // Outer references used by this frame's query: outer_values[i] is evaluated
  // in the parent frame and lands in parameter slot outer_slots[i].
  std::vector<exec::ExprPtr> outer_values;
  std::vector<int> outer_slots;
  // Set while this frame binds grouped output (SELECT list/HAVING/ORDER BY of
  // a GROUP BY query): outer references from subqueries must then name group
  // keys, which live at the aggregate's output positions.
  Grouping* grouping = nullptr;
};

// GROUP BY / aggregate state while binding a grouped query's SELECT list,
// HAVING and ORDER BY: expressions are rewritten to columns of the
// aggregate's output (keys, then aggregates).
struct Grouping {
  const Scope* input_scope = nullptr;  // scope the keys/aggregate args are bound in
  std::vector<exec::ExprPtr> keys;
  std::vector<std::string> key_texts;
  std::vector<exec::BoundAggregate> aggregates;
  std::vector<std::string> aggregate_texts;
  // GROUPING SETS / ROLLUP / CUBE (has_sets): each set lists the indices of
  // the keys it groups by; the other keys are NULL in its rows.
  bool has_sets = false;
  std::vector<std::vector<int>> sets;
  // GROUPING(...) calls under grouping sets: each is a key column of its own
  // (constant per set), at `position`, over the keys `arguments`.
  struct GroupingCall {
    int position = 0;
    std::vector<int> arguments;
  };
  std::vector<GroupingCall> grouping_calls;
};

// Window function calls of one SELECT while binding its SELECT list and
// ORDER BY (bind_window.cc): each call becomes ColumnRef(kWindowRefBase + j)
// and, once the FROM/GROUP BY plan is known, a column of the
// WindowOperator placed on top of it (RenumberWindowRefs).
struct Windowing {
  std::vector<exec::WindowFunction> functions;
  std::vector<std::string> texts;
  std::vector<PgNode> definitions;  // WINDOW name AS (...)
};

// Result of binding a query.
struct BoundQuery {
  exec::OperatorPtr plan;
  std::vector<ResultColumn> columns;  // names/types as the client sees them
  std::vector<types::SqlType> types() const;
};

// A WITH query visible to the query being bound (bind_cte.cc, docs/sql.md
// "WITH queries"). Each reference binds the query again, like a derived
// table; the first reference takes the plan bound at the WITH clause.
struct CteBinding {
  std::string name;
  PgNode definition;                   // the CommonTableExpr
  std::shared_ptr<CteBinding> outer;   // the WITH queries its own body sees
  // The query owning the WITH clause: its body is bound as a subquery of
  // `parent_frame` (the owner's parent), and the outer values it reads are
  // passed in by the owner (`owner_frame`), as for the owner's own.
  Frame* parent_frame = nullptr;
  Frame* owner_frame = nullptr;
  std::optional<BoundQuery> first;     // bound at the WITH clause, not yet used
  bool volatile_body = false;          // calls a volatile function
  // Evaluated once per execution and shared by every reference (volatile or
  // AS MATERIALIZED); its rows and their columns once the first reference
  // made it.
  bool materialized = false;
  bool correlated = false;  // reads columns of an enclosing query
  std::shared_ptr<exec::Materialization> shared;
  std::vector<ResultColumn> shared_columns;
  // WITH RECURSIVE query naming itself: while its recursive term is bound,
  // the work table its self-reference reads (else null) and the columns.
  bool recursive = false;
  std::shared_ptr<exec::WorkTable> work_table;
  std::vector<types::SqlType> work_types;
  std::vector<ResultColumn> work_columns;
  int self_references = 0;
  // INSERT/UPDATE/DELETE in WITH: runs once per execution whether referenced
  // or not (BindState::data_modifying); its RETURNING rows are `shared`.
  bool data_modifying = false;
  bool has_returning = false;
};

// Per-statement binding state shared by nested binders.
struct BindState {
  const ParseTree* tree = nullptr;
  catalog::Catalog* catalog = nullptr;
  StatementContext* statement = nullptr;
  // $n types; oid 0 = not yet inferred.
  std::vector<types::SqlType> parameter_types;
  // Slots after the $n parameters: [now_slot] = transaction timestamp, then
  // correlated outer values.
  int now_slot = 0;
  int next_slot = 0;
  bool uses_now = false;
  std::string session_user = "postgres";
  // WITH queries in scope, innermost first (a chain through CteBinding::outer).
  std::shared_ptr<CteBinding> ctes;
  // WITH queries not visible from here because they come later in their
  // WITH list (for the DETAIL of 42P01), and whether that list is RECURSIVE
  // (PostgreSQL allows the forward reference there: 0A000 here).
  struct LaterCte {
    std::string name;
    bool recursive_list = false;
  };
  std::vector<LaterCte> later_ctes;
  // Set whenever a volatile function call is bound.
  bool saw_volatile = false;
  // User views being expanded (a view naming itself through OR REPLACE).
  int view_depth = 0;
  // When set, the oids of the tables and views the statement names directly
  // (CREATE VIEW records them as its dependencies).
  std::vector<uint32_t>* named_relations = nullptr;

  // Data-modifying WITH queries (docs/sql.md "Data-modifying WITH queries").
  // Only the WITH clause of the statement itself may hold them.
  PgNode top_with_clause;
  // Each runs to completion once per execution, before the main plan.
  std::vector<std::shared_ptr<exec::Materialization>> data_modifying;
  // The tables each part of the statement reads or writes: part 0 is the
  // main statement (with its read-only WITH queries), part k the k-th
  // data-modifying WITH query. A table written by one part may not be
  // touched by another (the parts would see each other's writes).
  struct TableUse {
    uint32_t oid = 0;
    std::string name;
    int part = 0;
    bool write = false;
  };
  std::vector<TableUse> table_uses;
  int current_part = 0;
  int part_count = 0;
  void NoteTableUse(uint32_t oid, const std::string& name, bool write) {
    table_uses.push_back({oid, name, current_part, write});
  }
};

// Restores BindState::ctes when the query that owns a WITH clause is bound.
class CteScope {
 public:
  explicit CteScope(BindState& state) : state_(&state), saved_(state.ctes) {}
  CteScope(CteScope&& other) noexcept : state_(other.state_), saved_(std::move(other.saved_)) { other.state_ = nullptr; }
  CteScope(const CteScope&) = delete;
  CteScope& operator=(const CteScope&) = delete;
  CteScope& operator=(CteScope&&) = delete;
  ~CteScope() {
    if (state_ != nullptr) state_->ctes = std::move(saved_);
  }

 private:
  BindState* state_;
  std::shared_ptr<CteBinding> saved_;
};

// UPDATE ... FROM / DELETE ... USING: the target table joined with the
// other FROM items and filtered by WHERE (bind_select.cc). Columns of
// `plan` and positions of `scope`: the target's columns, its row key
// (bytea, hidden), then the FROM items' columns.
struct JoinedTarget {
  exec::OperatorPtr plan;
  std::unique_ptr<Scope> scope;
  std::unique_ptr<Frame> frame;  // over `scope`, for SET and RETURNING expressions
  std::vector<int> star;         // RETURNING * order (target columns, then FROM items')
  exec::ExprPtr where;           // WHERE over `scope` (re-checked on the locked row), or null
};

// WHERE ... AND (a, b) IN (SELECT x, y ...) with an uncorrelated subquery:
// planned as a hash semi join of the FROM result with the subquery
// (bind_row.cc). Keys are over the statement scope / the subquery output.
struct RowSemiJoin {
  exec::OperatorPtr plan;
  std::vector<exec::ExprPtr> left_keys, right_keys;
};

class Binder {
 public:
  explicit Binder(BindState& state) : state_(state) {}

  // SELECT (incl. VALUES, set operations) → plan.
  Result<BoundQuery> BindSelect(PgNode select_stmt, Frame* parent_frame);
  // WHERE of a SELECT: top-level `(a, b) IN (SELECT ...)` conjuncts with an
  // uncorrelated subquery become semi joins; the rest is returned (null when
  // nothing is left).
  Result<exec::ExprPtr> BindWhereWithRowSemiJoins(PgNode where, Frame& frame, std::vector<RowSemiJoin>* semi_joins);
  // UPDATE ... SET (a, b) = ROW(...) | (SELECT ...) (bind_row.cc): for a
  // ROW() source, *value becomes that column's source node and null is
  // returned; for a sub-SELECT, the scalar subquery yielding the column.
  Result<exec::ExprPtr> BindMultiAssign(PgNode multi_assign, Frame& frame, PgNode* value);
  // UPDATE ... FROM / DELETE ... USING source (bind_select.cc).
  Result<JoinedTarget> BindJoinedTarget(std::shared_ptr<const catalog::Table> table, const std::string& alias,
                                        int location, const std::vector<PgNode>& from_items, PgNode where);

  // Expression in `frame` (its scope gives ColumnRef positions).
  Result<exec::ExprPtr> BindExpr(PgNode node, Frame& frame);
  // GROUPING(args) in a grouped query's output (42803 elsewhere).
  Result<exec::ExprPtr> BindGroupingFunc(PgNode node, Frame& frame);
  // Boolean condition (WHERE/ON/HAVING): 42804 if not boolean.
  Result<exec::ExprPtr> BindCondition(PgNode node, Frame& frame, std::string_view clause);

  // WITH clause of a SELECT, INSERT, UPDATE or DELETE (bind_cte.cc): binds
  // each query once (errors, columns) and makes them visible to the rest of
  // the statement until the returned scope ends. `owner_frame` is the frame
  // of the query owning the clause (null for DML); its parent is where a
  // WITH query's outer references resolve.
  Result<CteScope> BindWithClause(PgNode with_clause, Frame* owner_frame);
  // The plan and columns of a reference to `cte` in FROM.
  Result<BoundQuery> BindCteReference(CteBinding& cte, int location);
  // INSERT/UPDATE/DELETE as a WITH query (only in the statement's own WITH).
  Status BindDataModifyingCte(PgNode with_clause, CteBinding& cte);

  // Resolves a (possibly qualified) type name node to an SqlType.
  Result<types::SqlType> BindTypeName(PgNode type_name);

  // Assigns a type to an untyped $n parameter expression (inference).
  void InferParameterType(exec::Expr& expr, types::SqlType type);
  // Coerces for assignment to a column type (INSERT/UPDATE), inferring $n.
  Result<exec::ExprPtr> CoerceToColumn(exec::ExprPtr expr, types::SqlType type, std::string_view column_name,
                                       int location);

  // SELECT ... INTO: the top-level query may carry an intoClause (ddl.cc
  // creates the table); anywhere else it is 42601.
  bool allow_into = false;
  Grouping* grouping = nullptr;       // set while binding grouped output expressions
  std::string clause_name = "this context";  // for "aggregate functions are not allowed in WHERE"
  // Types the SELECT list's untyped literals should take (INSERT ... SELECT
  // assigns them to the target columns); null = resolve them to text.
  const std::vector<types::SqlType>* output_type_hints = nullptr;
  // Set-operation branches leave untyped literals in their SELECT list
  // unknown, so the set operation resolves them together with the other
  // branch (SELECT 1 UNION SELECT NULL is integer, as in PostgreSQL).
  bool keep_unknown_outputs = false;
  // Outer references of the last BindSelect called with a parent frame.
  std::vector<exec::ExprPtr> last_outer_values;
  std::vector<int> last_outer_slots;
  bool allow_aggregates = false;      // aggregates allowed here (SELECT list/HAVING/ORDER BY)
  Windowing* windowing = nullptr;     // set while binding a SELECT's output expressions
  bool allow_windows = false;         // window functions allowed here (SELECT list/ORDER BY)

  // Binds every WINDOW clause entry, used or not, for PostgreSQL's errors.
  Status BindWindowDefinitions(Frame& frame);
  // Set-returning function calls of the SELECT list (and ORDER BY) being
  // bound at this query level, run by a ProjectSet (bind_select.cc); null
  // where set-returning functions are not allowed.
  std::vector<exec::TableFunctionCall>* set_functions = nullptr;
  // unnest(a), generate_series(...), generate_subscripts(a, d) and
  // information_schema._pg_expandarray(a) with `field` "x" or "n" (its
  // composite result's fields; "" = the bare call, 0A000): the call is added
  // to set_functions and its value is ColumnRef(kSetFunctionRefBase + k).
  Result<exec::ExprPtr> BindSetReturningCall(PgNode call, Frame& frame, std::string_view field);

  BindState& state() { return state_; }

 private:
  Result<exec::ExprPtr> BindExprInner(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindColumnRef(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindConstant(PgNode node);
  Result<exec::ExprPtr> BindAExpr(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindFuncCall(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindAggregate(PgNode node, Frame& frame);
  // f(...) OVER (...) (bind_window.cc).
  Result<exec::ExprPtr> BindWindowFunction(PgNode node, Frame& frame);
  // PARTITION BY, ORDER BY and frame of a window (an OVER clause, or a
  // WINDOW clause entry when is_definition) into f.
  Status BindWindowSpec(PgNode def, bool is_definition, const std::vector<PgNode>& definitions,
                        exec::WindowFunction& f, Frame& frame);
  // Row constructors in predicates (bind_row.cc).
  Result<std::vector<exec::ExprPtr>> BindRowFields(PgNode row, Frame& frame);
  Result<exec::ExprPtr> MakeRowComparison(std::string_view op, std::vector<exec::ExprPtr> left,
                                          std::vector<exec::ExprPtr> right, int location);
  Result<exec::ExprPtr> BindRowOperator(std::string_view op, PgNode left, PgNode right, Frame& frame, int location);
  Result<exec::ExprPtr> BindRowDistinct(PgNode left, PgNode right, bool not_distinct, Frame& frame, int location);
  Result<exec::ExprPtr> BindRowInList(PgNode needle, PgNode list, bool negated, Frame& frame, int location);
  Result<exec::ExprPtr> BindRowNullTest(PgNode row, bool is_not_null, Frame& frame);
  Result<exec::ExprPtr> BindRowSubLink(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindRowSubquery(PgNode row, PgNode subselect, std::string_view sublink_type,
                                        std::string_view op, Frame& frame, int location);
  // ORDER BY inside an aggregate call (bind_aggregate_order.cc).
  Status BindAggregateOrder(PgNode call, const std::vector<exec::ExprPtr>& args, Frame& frame,
                            std::vector<exec::AggregateOrderKey>* out);
  Result<exec::ExprPtr> BindSubLink(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindTypeCast(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindCase(PgNode node, Frame& frame);
  Result<exec::ExprPtr> BindParamRef(PgNode node);
  Result<exec::ExprPtr> BindSqlValueFunction(PgNode node, Frame& frame);
  Result<exec::ExprPtr> MakeOperatorInferring(std::string_view op, exec::ExprPtr left, exec::ExprPtr right,
                                              int location);
  Result<std::vector<exec::ExprPtr>> BindList(const std::vector<PgNode>& nodes, Frame& frame);
  // Unifies the types of `exprs` (CASE/COALESCE/IN…) and casts them.
  Status UnifyTypes(std::vector<exec::ExprPtr>& exprs, std::string_view context, types::SqlType* out);
  // Resolves a column by name in frame or its parents (outer reference).
  Result<exec::ExprPtr> ResolveColumn(std::string_view table, std::string_view column, Frame& frame,
                                      int location);

  // True if `column` is determined by GROUP BY keys covering its table's primary key.
  bool FunctionallyDependent(int column, Frame& frame);

  // A WITH RECURSIVE query that names itself: base UNION [ALL] recursive
  // term over a work table (bind_cte.cc).
  Result<BoundQuery> BindRecursiveCte(CteBinding& cte);
  // A WITH query's body in its own scope (the WITH queries before it).
  Result<BoundQuery> BindCteBody(CteBinding& cte);

  BindState& state_;
  bool inside_aggregate_ = false;
  // Non-empty while binding a window call's arguments or window definition:
  // the error a window call met there raises.
  std::string window_nesting_error_;
};

// Helpers shared by the binder files.
// `status` with the 1-based cursor position of parse-tree `location` (-1: none).
Status WithLocation(Status status, int location);
std::string NameListToString(PgNode list_owner, std::string_view field);
// Walks an Expr tree calling fn on every node (not into subquery plans).
void VisitExpr(exec::Expr& expr, const std::function<void(exec::Expr&)>& fn);
// Column indexes referenced by `expr` (ColumnRef).
void CollectColumnRefs(const exec::Expr& expr, std::vector<int>* columns);
bool HasSubquery(const exec::Expr& expr);
bool IsVolatile(const exec::Expr& expr);
// Aggregate results are ColumnRef(kAggregateRefBase + j) while binding a
// grouped query; RenumberAggregateRefs maps them to key_count + j.
inline constexpr int kAggregateRefBase = 1 << 24;
// Set-returning calls' results while binding a SELECT list (below the
// aggregate refs; renumbered to the ProjectSet's output columns).
inline constexpr int kSetFunctionRefBase = 1 << 23;
void RenumberAggregateRefs(exec::Expr& expr, int key_count);
// Window results are ColumnRef(kWindowRefBase + j) while binding;
// RenumberWindowRefs maps them to first_column + j.
inline constexpr int kWindowRefBase = 1 << 25;
void RenumberWindowRefs(exec::Expr& expr, int first_column);
// Applies RenumberAggregateRefs to every expression of a window function.
void RenumberAggregateRefs(exec::WindowFunction& function, int key_count);
// Adds `delta` to every ColumnRef index.
void ShiftColumns(exec::Expr& expr, int delta);
// Splits a tree of ANDs into conjuncts.
void SplitConjuncts(exec::ExprPtr expr, std::vector<exec::ExprPtr>* out);
exec::ExprPtr CombineConjuncts(std::vector<exec::ExprPtr> conjuncts);
// The SelectStmt of a CREATE VIEW view's text, parsed once per distinct text
// for the life of the process (bind_select.cc).
Result<PgNode> UserViewSelect(const std::string& text);
// nextval/currval/setval/lastval calls: BindFuncCall hands them to
// sequence.cc, which resolves the sequence name like regclass input.
bool IsSequenceFunction(std::string_view name);
Result<exec::ExprPtr> BindSequenceFunction(Binder& binder, std::string_view name, PgNode call, Frame& frame);
// Max $n used in the statement (to size parameter slots before binding).
int MaxParameterNumber(PgNode node);
// Whether a node tagged `tag` ("SubLink", ...) occurs anywhere under `node`.
bool ContainsNode(PgNode node, std::string_view tag);

}  // namespace augur::sql
