// Binding and planning of SELECT: FROM (tables, derived tables, joins),
// WHERE with predicate pushdown into scans and joins, GROUP BY/aggregates/
// HAVING, the SELECT list, DISTINCT, ORDER BY, LIMIT/OFFSET, VALUES and set
// operations.
//
// The FROM clause becomes a tree of RelNodes whose columns occupy
// consecutive positions of one statement-wide scope; WHERE conjuncts are
// pushed as deep as their column references and outer-join semantics allow
// (into a table's access path when they touch one table), equality conjuncts
// between the two sides of a join become hash-join keys, and the rest stays as
// join residuals or filters. Joins are built in the order written.
#include <algorithm>
#include <map>
#include <mutex>

#include "sql/binder.h"
#include "sql/system_catalog.h"
#include "sql/bind_array.h"
#include "sql/table_source.h"
#include "sql/views.h"
#include "types/record.h"
#include "types/text_io.h"

namespace augur::sql {

using exec::Expr;
using exec::ExprKind;
using exec::ExprPtr;
using exec::OperatorPtr;
using types::SqlType;

namespace {

// One item of the FROM tree.
struct RelNode {
  enum class Kind { kBase, kDerived, kJoin };
  Kind kind = Kind::kBase;
  int offset = 0;  // first column in the statement scope
  int width = 0;
  std::shared_ptr<const catalog::Table> table;  // kBase
  OperatorPtr plan;                              // kDerived
  exec::JoinType join_type = exec::JoinType::kInner;
  std::unique_ptr<RelNode> left, right;          // kJoin
  std::vector<ExprPtr> pushed;  // conjuncts over statement-scope columns, evaluated at this node
  std::vector<ExprPtr> quals;   // kJoin: join condition
  std::vector<ExprPtr> filters; // kJoin: applied after the join (outer joins)
  bool with_row_key = false;    // kBase: UPDATE/DELETE target (adds the row key column)
  // kDerived LATERAL subquery: values (over statement-scope columns of the
  // FROM items to its left) stored in parameter slots before each run.
  std::vector<ExprPtr> lateral_values;
  std::vector<int> lateral_slots;

  bool Contains(int column) const { return column >= offset && column < offset + width; }
};

bool AllIn(const std::vector<int>& refs, const RelNode& node) {
  for (int r : refs) {
    if (!node.Contains(r)) return false;
  }
  return true;
}

void Push(RelNode& node, ExprPtr expr) {
  std::vector<int> refs;
  CollectColumnRefs(*expr, &refs);
  if (node.kind != RelNode::Kind::kJoin) {
    node.pushed.push_back(std::move(expr));
    return;
  }
  bool in_left = !refs.empty() && AllIn(refs, *node.left);
  bool in_right = !refs.empty() && AllIn(refs, *node.right);
  switch (node.join_type) {
    case exec::JoinType::kInner:
      if (in_left) return Push(*node.left, std::move(expr));
      if (in_right) return Push(*node.right, std::move(expr));
      node.quals.push_back(std::move(expr));
      return;
    case exec::JoinType::kLeft:
      if (in_left) return Push(*node.left, std::move(expr));
      node.filters.push_back(std::move(expr));
      return;
    case exec::JoinType::kRight:
      if (in_right) return Push(*node.right, std::move(expr));
      node.filters.push_back(std::move(expr));
      return;
    default:
      node.filters.push_back(std::move(expr));
      return;
  }
}

// Places a join's ON conjunct: filters of the nullable side may move into it.
void PlaceJoinQual(RelNode& node, ExprPtr expr) {
  std::vector<int> refs;
  CollectColumnRefs(*expr, &refs);
  bool in_left = !refs.empty() && AllIn(refs, *node.left);
  bool in_right = !refs.empty() && AllIn(refs, *node.right);
  if (node.join_type == exec::JoinType::kInner) {
    if (in_left) return Push(*node.left, std::move(expr));
    if (in_right) return Push(*node.right, std::move(expr));
  } else if (node.join_type == exec::JoinType::kLeft && in_right) {
    return Push(*node.right, std::move(expr));
  } else if (node.join_type == exec::JoinType::kRight && in_left) {
    return Push(*node.left, std::move(expr));
  }
  node.quals.push_back(std::move(expr));
}

OperatorPtr AddFilter(OperatorPtr plan, std::vector<ExprPtr> conjuncts, int shift) {
  if (conjuncts.empty()) return plan;
  for (auto& c : conjuncts) ShiftColumns(*c, shift);
  return std::make_unique<exec::FilterOperator>(std::move(plan), CombineConjuncts(std::move(conjuncts)));
}

Result<OperatorPtr> PlanRel(RelNode& node, StatementContext* statement);

// A join whose right side is a LATERAL subquery: the subquery re-runs for
// every left row with that row's values in its parameter slots; the ON
// condition and pushed filters are evaluated over the joined rows.
Result<OperatorPtr> PlanLateralJoin(RelNode& node, StatementContext* statement) {
  RelNode& right = *node.right;
  std::vector<ExprPtr> values = std::move(right.lateral_values);
  for (auto& v : values) {
    std::vector<int> refs;
    CollectColumnRefs(*v, &refs);
    if (!AllIn(refs, *node.left)) return Status::NotSupported("LATERAL references to FROM items outside the enclosing join");
    ShiftColumns(*v, -node.left->offset);
  }
  ASSIGN_OR_RETURN(OperatorPtr left, PlanRel(*node.left, statement));
  ASSIGN_OR_RETURN(OperatorPtr right_plan, PlanRel(right, statement));
  std::vector<ExprPtr> conditions = std::move(node.quals);
  for (auto& c : conditions) ShiftColumns(*c, -node.offset);
  OperatorPtr join = std::make_unique<exec::LateralJoinOperator>(node.join_type, std::move(left), std::move(right_plan),
                                                                 std::move(values), std::move(right.lateral_slots),
                                                                 CombineConjuncts(std::move(conditions)));
  std::vector<ExprPtr> after = std::move(node.filters);
  for (auto& p : node.pushed) after.push_back(std::move(p));
  return AddFilter(std::move(join), std::move(after), -node.offset);
}

Result<OperatorPtr> PlanRel(RelNode& node, StatementContext* statement) {
  switch (node.kind) {
    case RelNode::Kind::kBase: {
      for (auto& c : node.pushed) ShiftColumns(*c, -node.offset);
      return PlanTableAccess(node.table, std::move(node.pushed), statement, node.with_row_key);
    }
    case RelNode::Kind::kDerived: {
      if (!node.lateral_values.empty()) {
        // LATERAL with only outer-query references (no FROM item to its
        // left): run it under a one-row driver that passes those values.
        for (auto& v : node.lateral_values) {
          std::vector<int> refs;
          CollectColumnRefs(*v, &refs);
          if (!refs.empty()) return Status::NotSupported("LATERAL references to FROM items outside the enclosing join");
        }
        std::vector<std::vector<ExprPtr>> one_row(1);
        auto driver = std::make_unique<exec::ValuesOperator>(std::vector<SqlType>{}, std::move(one_row));
        node.plan = std::make_unique<exec::LateralJoinOperator>(exec::JoinType::kInner, std::move(driver),
                                                                std::move(node.plan), std::move(node.lateral_values),
                                                                std::move(node.lateral_slots), nullptr);
      }
      return AddFilter(std::move(node.plan), std::move(node.pushed), -node.offset);
    }
    case RelNode::Kind::kJoin:
      break;
  }
  if (!node.right->lateral_values.empty()) return PlanLateralJoin(node, statement);
  ASSIGN_OR_RETURN(OperatorPtr left, PlanRel(*node.left, statement));
  ASSIGN_OR_RETURN(OperatorPtr right, PlanRel(*node.right, statement));
  std::vector<ExprPtr> left_keys, right_keys, residual;
  for (auto& qual : node.quals) {
    Expr& e = *qual;
    bool equi = e.kind == ExprKind::kFunction && e.function != nullptr && e.function->name == "=" &&
                e.children.size() == 2 && !HasSubquery(e);
    if (equi) {
      std::vector<int> a, b;
      CollectColumnRefs(*e.children[0], &a);
      CollectColumnRefs(*e.children[1], &b);
      int left_side = -1;
      if (!a.empty() && !b.empty()) {
        if (AllIn(a, *node.left) && AllIn(b, *node.right)) left_side = 0;
        if (AllIn(a, *node.right) && AllIn(b, *node.left)) left_side = 1;
      }
      if (left_side >= 0) {
        ExprPtr lk = std::move(e.children[left_side]);
        ExprPtr rk = std::move(e.children[1 - left_side]);
        if (!(lk->type == rk->type)) {
          std::vector<SqlType> both{lk->type, rk->type};
          ASSIGN_OR_RETURN(SqlType common, exec::CommonType(both, "JOIN"));
          ASSIGN_OR_RETURN(lk, exec::CoerceTo(std::move(lk), common, exec::CastContext::kImplicit));
          ASSIGN_OR_RETURN(rk, exec::CoerceTo(std::move(rk), common, exec::CastContext::kImplicit));
        }
        ShiftColumns(*lk, -node.left->offset);
        ShiftColumns(*rk, -node.right->offset);
        left_keys.push_back(std::move(lk));
        right_keys.push_back(std::move(rk));
        continue;
      }
    }
    ShiftColumns(*qual, -node.offset);
    residual.push_back(std::move(qual));
  }
  OperatorPtr join;
  if (!left_keys.empty()) {
    join = std::make_unique<exec::HashJoinOperator>(node.join_type, std::move(left), std::move(right),
                                                    std::move(left_keys), std::move(right_keys),
                                                    CombineConjuncts(std::move(residual)));
  } else {
    join = std::make_unique<exec::NestedLoopJoinOperator>(node.join_type, std::move(left), std::move(right),
                                                          CombineConjuncts(std::move(residual)));
  }
  std::vector<ExprPtr> after = std::move(node.filters);
  for (auto& p : node.pushed) after.push_back(std::move(p));
  return AddFilter(std::move(join), std::move(after), -node.offset);
}

// A SELECT-list entry.
struct Target {
  ExprPtr expr;
  std::string name;
  uint32_t table_oid = 0;
  int16_t attnum = 0;
};

// PostgreSQL's FigureColnameInternal: sets *name and returns its strength —
// 2 for a real name (a column, a function), 1 for a fallback (a cast's type
// name, "case"), 0 for none. A cast names its column after its type only when
// its argument has no real name: `1::int8::text` is "text", `x::text` is "x".
int FigureColumnName(PgNode node, std::string* name) {
  std::string_view tag = node.Tag();
  if (tag == "ColumnRef") {
    std::string_view last;
    for (PgNode field : node.List("fields")) {
      if (field.Is("String")) last = field.StringValue();
    }
    if (last.empty()) return 0;
    *name = std::string(last);
    return 2;
  }
  if (tag == "A_Indirection") {
    // The last field name selected (not a subscript), else the argument's name.
    std::string_view field;
    for (PgNode i : node.List("indirection")) {
      if (i.Is("String")) field = i.StringValue();
    }
    if (field.empty()) return FigureColumnName(node.Field("arg"), name);
    *name = std::string(field);
    return 2;
  }
  if (tag == "FuncCall") {
    auto names = node.List("funcname");
    if (names.empty()) return 0;
    *name = std::string(names.back().StringValue());
    return 2;
  }
  if (tag == "A_Expr" && node.Str("kind") == "AEXPR_NULLIF") {
    *name = "nullif";
    return 2;
  }
  if (tag == "TypeCast") {
    int strength = FigureColumnName(node.Field("arg"), name);
    auto names = node.Field("typeName").List("names");
    if (strength <= 1 && !names.empty()) {
      *name = std::string(names.back().StringValue());
      return 1;
    }
    return strength;
  }
  if (tag == "CollateClause") return FigureColumnName(node.Field("arg"), name);
  if (tag == "GroupingFunc") {
    *name = "grouping";
    return 2;
  }
  if (tag == "SubLink") {
    std::string_view type = node.Str("subLinkType");
    if (type == "EXISTS_SUBLINK" || type == "ARRAY_SUBLINK") {
      *name = type == "EXISTS_SUBLINK" ? "exists" : "array";
      return 2;
    }
    if (type == "EXPR_SUBLINK") {
      // The subquery's single output column, named as that query names it
      // (a set operation by its leftmost branch): "?column?" counts as a name.
      PgNode select = node.Field("subselect");
      while (select.List("targetList").empty() && !select.Field("larg").IsNull()) select = select.Field("larg");
      auto targets = select.List("targetList");
      if (targets.empty()) return 0;
      if (!targets[0].Str("name").empty()) {
        *name = std::string(targets[0].Str("name"));
      } else if (FigureColumnName(targets[0].Field("val"), name) == 0) {
        *name = "?column?";
      }
      return 2;
    }
    return 0;
  }
  if (tag == "CaseExpr") {
    int strength = FigureColumnName(node.Field("defresult"), name);
    if (strength <= 1) {
      *name = "case";
      return 1;
    }
    return strength;
  }
  if (tag == "A_ArrayExpr" || tag == "RowExpr" || tag == "CoalesceExpr") {
    *name = tag == "A_ArrayExpr" ? "array" : tag == "RowExpr" ? "row" : "coalesce";
    return 2;
  }
  if (tag == "MinMaxExpr") {
    *name = node.Str("op") == "IS_GREATEST" ? "greatest" : "least";
    return 2;
  }
  if (tag == "SQLValueFunction") {
    std::string_view op = node.Str("op");
    const char* value_name = nullptr;
    if (op.starts_with("SVFOP_CURRENT_DATE")) value_name = "current_date";
    else if (op.starts_with("SVFOP_CURRENT_TIMESTAMP")) value_name = "current_timestamp";
    else if (op.starts_with("SVFOP_CURRENT_TIME")) value_name = "current_time";
    else if (op.starts_with("SVFOP_LOCALTIMESTAMP")) value_name = "localtimestamp";
    else if (op.starts_with("SVFOP_LOCALTIME")) value_name = "localtime";
    else if (op == "SVFOP_CURRENT_ROLE") value_name = "current_role";
    else if (op == "SVFOP_CURRENT_USER" || op == "SVFOP_USER") value_name = "current_user";
    else if (op == "SVFOP_SESSION_USER") value_name = "session_user";
    else if (op == "SVFOP_CURRENT_CATALOG") value_name = "current_catalog";
    else if (op == "SVFOP_CURRENT_SCHEMA") value_name = "current_schema";
    if (value_name == nullptr) return 0;
    *name = value_name;
    return 2;
  }
  return 0;
}

std::string FigureColumnName(PgNode node) {
  std::string name;
  if (FigureColumnName(node, &name) == 0) return "?column?";
  return name;
}

// LIMIT/OFFSET values at execution ($n): -1 for no LIMIT (or NULL), 0 for
// no OFFSET; 2201W / 2201X for negative ones.
Status EvaluateLimitOffset(const ExprPtr& limit_expr, const ExprPtr& offset_expr, exec::ExecContext& context,
                           int64_t* limit, int64_t* offset) {
  *limit = -1;
  *offset = 0;
  if (limit_expr) {
    ASSIGN_OR_RETURN(types::Value v, exec::EvaluateConstant(*limit_expr, &context));
    if (!v.is_null()) {
      *limit = v.AsInt64();
      if (*limit < 0) return Status::Error("2201W", "LIMIT must not be negative");
    }
  }
  if (offset_expr) {
    ASSIGN_OR_RETURN(types::Value v, exec::EvaluateConstant(*offset_expr, &context));
    if (!v.is_null()) {
      *offset = v.AsInt64();
      if (*offset < 0) return Status::Error("2201X", "OFFSET must not be negative");
    }
  }
  return Status::Ok();
}

// LIMIT/OFFSET whose values are only known when the plan runs ($n).
class DeferredLimitOperator final : public exec::PhysicalOperator {
 public:
  DeferredLimitOperator(OperatorPtr child, ExprPtr limit, ExprPtr offset)
      : PhysicalOperator(child->output_types()),
        child_(std::move(child)),
        limit_expr_(std::move(limit)),
        offset_expr_(std::move(offset)) {}

  Status Open(exec::ExecContext& context) override {
    produced_ = 0;
    skipped_ = 0;
    RETURN_IF_ERROR(EvaluateLimitOffset(limit_expr_, offset_expr_, context, &limit_, &offset_));
    return child_->Open(context);
  }

  Result<bool> Next(exec::DataChunk& out) override {
    while (true) {
      if (limit_ >= 0 && produced_ >= limit_) return false;
      ASSIGN_OR_RETURN(bool more, child_->Next(out));
      if (!more) return false;
      uint32_t n = out.count();
      uint32_t begin = 0;
      if (skipped_ < offset_) {
        int64_t skip = std::min<int64_t>(offset_ - skipped_, n);
        skipped_ += skip;
        begin = static_cast<uint32_t>(skip);
      }
      uint32_t end = n;
      if (limit_ >= 0) end = static_cast<uint32_t>(std::min<int64_t>(n, begin + (limit_ - produced_)));
      if (begin >= end) continue;
      for (uint32_t i = begin; i < end; ++i) sel_[i - begin] = out.RowIndex(i);
      out.SetSelection(sel_.data(), end - begin);
      produced_ += end - begin;
      return true;
    }
  }
  void Close() override { child_->Close(); }
  std::string ExplainText() const override { return "Limit"; }
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  OperatorPtr child_;
  ExprPtr limit_expr_, offset_expr_;
  int64_t limit_ = -1, offset_ = 0, produced_ = 0, skipped_ = 0;
  exec::SelectionVector sel_;
};

// SELECT ... FOR UPDATE / SHARE over one table (docs/sql.md "Row locks"):
// sits where LIMIT/OFFSET would (it applies them), above ORDER BY, so only
// the rows returned (and skipped by OFFSET) are locked, in order. Its input
// is the query's projection with the row key as the last column; each row is
// locked (Transaction::LockRow) and its latest committed version decoded;
// WHERE is evaluated again and the projection recomputed from that version,
// as PostgreSQL's EvalPlanQual does, so a row updated since the snapshot is
// returned as it is now (or dropped if it no longer qualifies).
class LockRowsOperator final : public exec::PhysicalOperator {
 public:
  struct Spec {
    std::shared_ptr<const catalog::Table> table;
    bool exclusive = true;
    storage::Transaction::LockWait wait = storage::Transaction::LockWait::kBlock;
    std::string strength;             // "FOR UPDATE", for messages
    ExprPtr where;                    // over table columns ‖ key; may be null
    std::vector<ExprPtr> projection;  // the child's columns, over the same
    ExprPtr limit, offset;
  };

  LockRowsOperator(OperatorPtr child, Spec spec, StatementContext* statement)
      : PhysicalOperator(child->output_types()),
        child_(std::move(child)),
        spec_(std::move(spec)),
        statement_(statement) {}

  Status Open(exec::ExecContext& context) override {
    if (statement_->txn->options().read_only) {
      return Status::Error(sqlstate::kReadOnlySqlTransaction,
                           "cannot execute SELECT " + spec_.strength + " in a read-only transaction");
    }
    returned_ = 0;
    skipped_ = 0;
    RETURN_IF_ERROR(EvaluateLimitOffset(spec_.limit, spec_.offset, context, &limit_, &offset_));
    where_.reset();
    if (spec_.where) where_ = std::make_unique<exec::ExpressionExecutor>(*spec_.where, &context);
    projection_.clear();
    for (auto& e : spec_.projection) projection_.emplace_back(*e, &context);
    std::vector<SqlType> base = TableTypesWithKey();
    latest_.Initialize(base);
    result_.Initialize(output_types_);
    input_.Reset();
    position_ = 0;
    return child_->Open(context);
  }

  Result<bool> Next(exec::DataChunk& out) override {
    for (exec::Vector& column : out.columns()) column = exec::Vector();
    out.SetSize(0);
    out.ClearSelection();
    const storage::TableDescriptor& descriptor = *spec_.table->storage;
    const size_t key_column = output_types_.size() - 1;
    const size_t n = spec_.table->columns.size();
    while (limit_ < 0 || returned_ < limit_) {
      if (position_ >= input_.count()) {
        ASSIGN_OR_RETURN(bool more, child_->Next(input_));
        if (!more) return false;
        position_ = 0;
        continue;
      }
      // Lock no more rows than OFFSET and LIMIT still take.
      int64_t wanted = limit_ < 0 ? exec::kVectorSize : (offset_ - skipped_) + (limit_ - returned_);
      latest_.Reset();
      uint32_t locked = 0;
      while (position_ < input_.count() && locked < std::min<int64_t>(wanted, exec::kVectorSize)) {
        uint32_t row = input_.RowIndex(position_++);
        std::string_view key = input_.column(key_column).values<std::string_view>()[row];
        ASSIGN_OR_RETURN(auto outcome, statement_->txn->LockRow(descriptor, key, spec_.exclusive, spec_.wait, &row_));
        if (outcome != storage::Transaction::RowLock::kLocked) continue;  // gone, or SKIP LOCKED
        RETURN_IF_ERROR(view_.Reset(row_, descriptor.layout));
        DecodeRowInto(view_, *spec_.table, latest_, locked);
        latest_.column(n).SetString(locked, key);
        ++locked;
      }
      if (locked == 0) continue;
      latest_.SetSize(locked);
      uint32_t selected = locked;
      const uint32_t* sel = nullptr;
      if (where_) {
        ASSIGN_OR_RETURN(selected, where_->Select(latest_, sel_.data()));
        if (selected == 0) continue;
        sel = sel_.data();
      }
      for (size_t c = 0; c < projection_.size(); ++c) {
        RETURN_IF_ERROR(projection_[c].Execute(latest_, sel, selected, result_.column(c)));
      }
      result_.SetSize(locked);
      // OFFSET, then LIMIT, over the rows that qualified.
      uint32_t emitted = 0;
      for (uint32_t i = 0; i < selected; ++i) {
        uint32_t row = sel ? sel[i] : i;
        if (skipped_ < offset_) {
          ++skipped_;
          continue;
        }
        if (limit_ >= 0 && returned_ >= limit_) break;
        out_sel_[emitted++] = row;
        ++returned_;
      }
      if (emitted == 0) continue;
      out.Reference(result_);
      out.SetSelection(out_sel_.data(), emitted);
      return true;
    }
    return false;
  }
  void Close() override { child_->Close(); }
  std::string ExplainText() const override { return "LockRows " + spec_.strength; }
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }

 private:
  std::vector<SqlType> TableTypesWithKey() const {
    std::vector<SqlType> types;
    for (const auto& c : spec_.table->columns) types.push_back(c.type);
    types.push_back(SqlType::Of(types::kByteaOid));
    return types;
  }

  OperatorPtr child_;
  Spec spec_;
  StatementContext* statement_;
  std::unique_ptr<exec::ExpressionExecutor> where_;
  std::vector<exec::ExpressionExecutor> projection_;
  exec::DataChunk input_;
  exec::DataChunk latest_;
  exec::DataChunk result_;
  uint32_t position_ = 0;
  std::string row_;
  storage::RowView view_;
  exec::SelectionVector sel_, out_sel_;
  int64_t limit_ = -1, offset_ = 0, returned_ = 0, skipped_ = 0;
};

// The lock a SELECT's locking clauses ask for (the strongest of them), with
// PostgreSQL's checks of where they may appear. `strength` gets the first
// clause's words for messages.
struct LockRequest {
  bool exclusive = false;
  storage::Transaction::LockWait wait = storage::Transaction::LockWait::kBlock;
  std::string strength;
  std::vector<PgNode> of;  // OF relations
};

LockRequest ReadLockingClauses(PgNode stmt) {
  LockRequest request;
  for (PgNode clause : stmt.List("lockingClause")) {
    std::string_view strength = clause.Str("strength");
    std::string words = strength == "LCS_FORUPDATE"        ? "FOR UPDATE"
                        : strength == "LCS_FORNOKEYUPDATE" ? "FOR NO KEY UPDATE"
                        : strength == "LCS_FORSHARE"       ? "FOR SHARE"
                                                           : "FOR KEY SHARE";
    if (request.strength.empty()) request.strength = words;
    request.exclusive |= strength == "LCS_FORUPDATE" || strength == "LCS_FORNOKEYUPDATE";
    std::string_view wait = clause.Str("waitPolicy");
    if (wait == "LockWaitError") request.wait = storage::Transaction::LockWait::kNoWait;
    if (wait == "LockWaitSkip" && request.wait == storage::Transaction::LockWait::kBlock) {
      request.wait = storage::Transaction::LockWait::kSkip;
    }
    for (PgNode relation : clause.List("lockedRels")) request.of.push_back(relation);
  }
  return request;
}

bool IsIntegerConstantNode(PgNode node) { return node.Is("A_Const") && node.Field("ival"); }

// ORDER BY <n>: the n-th output column.
Result<ExprPtr> OrdinalSortKey(const ParseTree& tree, PgNode node, const std::vector<Target>& targets) {
  int64_t ordinal = tree.IntegerConstant(node);
  if (ordinal < 1 || ordinal > static_cast<int64_t>(targets.size())) {
    return WithLocation(Status::Error(sqlstate::kInvalidColumnReference,
                                      "ORDER BY position " + std::to_string(ordinal) + " is not in select list"),
                        node.Location());
  }
  return exec::MakeColumnRef(static_cast<int>(ordinal - 1), targets[ordinal - 1].expr->type);
}

// ASC/DESC and NULLS FIRST/LAST of a SortBy node, PostgreSQL's defaults.
exec::SortKey MakeSortKey(PgNode sort, ExprPtr key) {
  std::string_view nulls = sort.Str("sortby_nulls");
  std::optional<bool> nulls_first;
  if (nulls == "SORTBY_NULLS_FIRST") nulls_first = true;
  if (nulls == "SORTBY_NULLS_LAST") nulls_first = false;
  return exec::SortKey::Make(std::move(key), sort.Str("sortby_dir") == "SORTBY_DESC", nulls_first);
}

// LIMIT / OFFSET expressions as int8 (null when absent or LIMIT ALL/NULL).
Status BindLimitOffset(Binder& binder, PgNode stmt, Frame& frame, ExprPtr* limit, ExprPtr* offset) {
  binder.clause_name = "LIMIT";
  if (PgNode n = stmt.Field("limitCount"); n && !(n.Is("A_Const") && n.Bool("isnull"))) {
    ASSIGN_OR_RETURN(ExprPtr e, binder.BindExpr(n, frame));
    ASSIGN_OR_RETURN(*limit, binder.CoerceToColumn(std::move(e), SqlType::Of(types::kInt8Oid), "LIMIT", n.Location()));
  }
  if (PgNode n = stmt.Field("limitOffset")) {
    ASSIGN_OR_RETURN(ExprPtr e, binder.BindExpr(n, frame));
    ASSIGN_OR_RETURN(*offset, binder.CoerceToColumn(std::move(e), SqlType::Of(types::kInt8Oid), "OFFSET", n.Location()));
  }
  return Status::Ok();
}

std::vector<exec::SortKey> CloneSortKeys(const std::vector<exec::SortKey>& keys) {
  std::vector<exec::SortKey> out;
  for (const auto& k : keys) out.push_back(exec::SortKey::Make(k.expr->Clone(), k.descending, k.nulls_first));
  return out;
}

// FETCH FIRST n ROWS WITH TIES: sort (unless DISTINCT ON already did), then
// pass n rows plus the peers of the n-th in the ORDER BY columns.
OperatorPtr PlanWithTies(OperatorPtr plan, std::vector<exec::SortKey> sort_keys, bool already_sorted, ExprPtr limit,
                         ExprPtr offset) {
  std::vector<int> tie_columns;
  for (const auto& k : sort_keys) tie_columns.push_back(k.expr->index);
  if (!limit) limit = exec::MakeNullConstant(SqlType::Of(types::kInt8Oid));
  if (!already_sorted) plan = std::make_unique<exec::SortOperator>(std::move(plan), std::move(sort_keys));
  return std::make_unique<exec::LimitWithTiesOperator>(std::move(plan), std::move(limit), std::move(offset),
                                                       std::move(tie_columns));
}

// SELECT DISTINCT ON (exprs): resolves each expression to an output (or
// junk) column like ORDER BY items, and applies PostgreSQL's rule
// (transformDistinctOnClause): the DISTINCT ON expressions must be the
// leading ORDER BY items, in any order (42P10 otherwise). DISTINCT ON keys
// missing from ORDER BY are appended to the sort, ascending.
Result<std::vector<int>> BindDistinctOn(const std::vector<PgNode>& items,
                                        const std::function<Result<ExprPtr>(PgNode)>& resolve_key,
                                        std::vector<exec::SortKey>& sort_keys) {
  std::vector<int> columns;
  std::vector<int> locations;
  std::vector<SqlType> types;
  for (PgNode item : items) {
    ASSIGN_OR_RETURN(ExprPtr key, resolve_key(item));
    columns.push_back(key->index);
    types.push_back(key->type);
    locations.push_back(item.Location());
  }
  auto mismatch = [](int location) {
    return WithLocation(Status::Error(sqlstate::kInvalidColumnReference,
                                      "SELECT DISTINCT ON expressions must match initial ORDER BY expressions"),
                        location);
  };
  auto position_of = [&](int column) {
    return static_cast<size_t>(std::find(columns.begin(), columns.end(), column) - columns.begin());
  };
  bool skipped = false;
  std::vector<int> covered;
  for (const auto& k : sort_keys) {
    size_t p = position_of(k.expr->index);
    if (p == columns.size()) {
      skipped = true;
      continue;
    }
    if (skipped) return mismatch(locations[p]);
    covered.push_back(k.expr->index);
  }
  for (size_t i = 0; i < columns.size(); ++i) {
    if (std::find(covered.begin(), covered.end(), columns[i]) != covered.end()) continue;
    if (skipped) return mismatch(locations[i]);
    sort_keys.push_back(exec::SortKey::Make(exec::MakeColumnRef(columns[i], types[i]), false));
    covered.push_back(columns[i]);
  }
  return columns;
}

}  // namespace

// ---------------------------------------------------------------------------

namespace {

constexpr int kMaxViewDepth = 64;

}  // namespace

// The SelectStmt of a user view's text. Trees are parsed once per distinct
// text and kept for the life of the process (plans may point into them).
Result<PgNode> UserViewSelect(const std::string& text) {
  static std::mutex mutex;
  static std::map<std::string, std::shared_ptr<ParseTree>, std::less<>> trees;
  std::lock_guard lock(mutex);
  auto it = trees.find(text);
  if (it == trees.end()) {
    ASSIGN_OR_RETURN(auto parsed, ParseTree::Parse(text));
    if (parsed->statements().size() != 1 || !parsed->statements()[0].node.Is("SelectStmt")) {
      return Status::Error(sqlstate::kDataCorrupted, "invalid view query text");
    }
    it = trees.emplace(text, std::shared_ptr<ParseTree>(std::move(parsed))).first;
  }
  return it->second->statements()[0].node;
}

namespace {

// FROM-clause binder state: the statement scope grows as items are bound.
class FromBinder {
 public:
  FromBinder(Binder& binder, Scope& scope, Frame& frame) : binder_(binder), scope_(scope), frame_(frame) {}

  // SELECT ... FOR UPDATE/SHARE: a user table gets a hidden row-key column
  // after its columns, and is remembered here with its alias.
  bool lock_rows = false;
  std::shared_ptr<const catalog::Table> locked_table;
  std::string locked_alias;

  Result<std::unique_ptr<RelNode>> Bind(PgNode item) {
    std::string_view tag = item.Tag();
    if (tag == "RangeVar") return BindRangeVar(item);
    if (tag == "RangeSubselect") return BindSubselect(item);
    if (tag == "JoinExpr") return BindJoin(item);
    if (tag == "RangeFunction") return BindFunction(item);
    return Status::NotSupported("FROM item " + std::string(tag));
  }

  // Columns in * order per alias-less expansion.
  std::vector<int> star;  // physical (>= 0) or virtual (-1 - index into scope_.merged)

  // The UPDATE/DELETE target: its columns, then a hidden row-key column.
  Result<std::unique_ptr<RelNode>> BindTarget(std::shared_ptr<const catalog::Table> table, const std::string& alias,
                                              int location) {
    RETURN_IF_ERROR(RegisterAlias(alias, location));
    auto node = std::make_unique<RelNode>();
    node->kind = RelNode::Kind::kBase;
    node->table = table;
    node->with_row_key = true;
    node->offset = static_cast<int>(scope_.columns.size());
    for (const auto& column : table->columns) {
      ScopeColumn c;
      c.name = column.name;
      c.table_alias = alias;
      c.type = column.type;
      c.table_oid = table->oid;
      c.attnum = column.attnum;
      c.base_relation = true;
      star.push_back(static_cast<int>(scope_.columns.size()));
      scope_.columns.push_back(std::move(c));
    }
    ScopeColumn key;
    key.type = SqlType::Of(types::kByteaOid);
    key.hidden = true;
    scope_.columns.push_back(std::move(key));
    node->width = static_cast<int>(table->columns.size()) + 1;
    return node;
  }

 private:
  void ApplyColumnAliases(PgNode alias, int first, int count, int location, Status* status) {
    auto names = alias.List("colnames");
    if (static_cast<int>(names.size()) > count) {
      *status = WithLocation(Status::Error(sqlstate::kInvalidColumnReference,
                                           "table \"" + std::string(alias.Str("aliasname")) + "\" has " +
                                               std::to_string(count) + " columns available but " +
                                               std::to_string(names.size()) + " columns specified"),
                             location);
      return;
    }
    for (size_t i = 0; i < names.size(); ++i) scope_.columns[first + i].name = names[i].StringValue();
  }

  // `schema_oid`: the schema of an unaliased table reference (0 otherwise).
  // PostgreSQL lets `FROM a.t, b.t` through (columns then need a schema-
  // qualified `a.t.c`); scopes here know tables by name only: 0A000.
  Status RegisterAlias(const std::string& alias, int location, uint32_t schema_oid = 0) {
    for (const auto& [seen, seen_schema] : aliases_) {
      if (seen != alias) continue;
      if (schema_oid != 0 && seen_schema != 0 && seen_schema != schema_oid) {
        return WithLocation(Status::NotSupported("the same table name from two schemas in one FROM clause "
                                                 "without aliases"),
                            location);
      }
      return WithLocation(Status::Error("42712", "table name \"" + alias + "\" specified more than once"), location);
    }
    aliases_.emplace_back(alias, schema_oid);
    return Status::Ok();
  }

  Result<std::unique_ptr<RelNode>> BindRangeVar(PgNode item) {
    std::string schema(item.Str("schemaname"));
    std::string name(item.Str("relname"));
    if (!item.Str("catalogname").empty() && item.Str("catalogname") != binder_.state().catalog->database_name()) {
      return WithLocation(Status::NotSupported("cross-database references"), item.Location());
    }
    if (schema == "information_schema") {
      if (const BuiltinView* view = FindInformationSchemaView(name)) return BindBuiltinView(item, *view);
      return WithLocation(
          Status::Error(sqlstate::kUndefinedTable, "relation \"information_schema." + name + "\" does not exist"),
          item.Location());
    }
    // pg_catalog is implicitly first on the search path (docs/catalog.md).
    if (schema.empty() || schema == "pg_catalog") {
      if (const SystemRelation* relation = FindSystemRelation(name)) return BindSystemRelation(item, *relation);
      if (schema == "pg_catalog") {
        return WithLocation(Status::Error(sqlstate::kUndefinedTable, "relation \"pg_catalog." + name + "\" does not exist"),
                            item.Location());
      }
    }
    if (schema.empty() && item.Str("catalogname").empty()) {
      for (CteBinding* cte = binder_.state().ctes.get(); cte != nullptr; cte = cte->outer.get()) {
        if (cte->name == name) return BindCteReference(item, *cte);
      }
    }
    auto table = binder_.state().catalog->LookupTable(binder_.state().statement->txn, schema, name);
    if (!table.ok() && table.status().Is(sqlstate::kWrongObjectType)) {
      // Not a table: a view? (Tables first: the common case, one lookup.)
      ASSIGN_OR_RETURN(auto view, binder_.state().catalog->LookupView(binder_.state().statement->txn, schema, name));
      if (view) {
        NoteRelation(view->oid);
        return BindUserView(item, *view);
      }
    }
    if (!table.ok()) {
      Status status = WithLocation(table.TakeStatus(), item.Location());
      const auto& later = binder_.state().later_ctes;
      auto it = std::find_if(later.begin(), later.end(), [&](const auto& cte) { return cte.name == name; });
      if (schema.empty() && status.Is(sqlstate::kUndefinedTable) && it != later.end()) {
        if (it->recursive_list) {
          return WithLocation(Status::NotSupported("a reference to a later item of a WITH RECURSIVE list"),
                              item.Location());
        }
        return std::move(status)
            .WithDetail("There is a WITH item named \"" + name +
                        "\", but it cannot be referenced from this part of the query.")
            .WithHint("Use WITH RECURSIVE, or re-order the WITH items to remove forward references.");
      }
      return status;
    }
    RETURN_IF_ERROR(WithLocation(catalog::CheckTemporaryAccess((*table)->schema_name), item.Location()));
    NoteRelation((*table)->oid);
    binder_.state().NoteTableUse((*table)->oid, (*table)->name, /*write=*/false);
    auto node = std::make_unique<RelNode>();
    node->kind = RelNode::Kind::kBase;
    node->table = *table;
    node->offset = static_cast<int>(scope_.columns.size());
    PgNode alias = item.Field("alias");
    std::string alias_name = alias ? std::string(alias.Str("aliasname")) : name;
    RETURN_IF_ERROR(RegisterAlias(alias_name, item.Location(), alias ? 0 : (*table)->schema_oid));
    for (const auto& column : (*table)->columns) {
      ScopeColumn c;
      c.name = column.name;
      c.table_alias = alias_name;
      c.type = column.type;
      c.table_oid = (*table)->oid;
      c.attnum = column.attnum;
      c.base_relation = true;
      star.push_back(static_cast<int>(scope_.columns.size()));
      scope_.columns.push_back(std::move(c));
    }
    node->width = static_cast<int>((*table)->columns.size());
    if (alias) {
      Status status;
      ApplyColumnAliases(alias, node->offset, node->width, item.Location(), &status);
      RETURN_IF_ERROR(status);
    }
    if (lock_rows) {
      node->with_row_key = true;
      ScopeColumn key;
      key.type = SqlType::Of(types::kByteaOid);
      key.hidden = true;
      scope_.columns.push_back(std::move(key));
      ++node->width;
      locked_table = *table;
      locked_alias = alias_name;
    }
    return node;
  }

  // FROM unnest(...) / generate_series(...): see bind_array.h.
  Result<std::unique_ptr<RelNode>> BindFunction(PgNode item) {
    ASSIGN_OR_RETURN(BoundTableFunction function, BindRangeFunction(binder_, item, frame_));
    auto node = std::make_unique<RelNode>();
    node->kind = RelNode::Kind::kDerived;
    node->offset = static_cast<int>(scope_.columns.size());
    node->width = static_cast<int>(function.types.size());
    RETURN_IF_ERROR(RegisterAlias(function.alias, item.Location()));
    for (size_t i = 0; i < function.types.size(); ++i) {
      ScopeColumn c;
      c.name = function.column_names[i];
      c.table_alias = function.alias;
      c.type = function.types[i];
      star.push_back(static_cast<int>(scope_.columns.size()));
      scope_.columns.push_back(std::move(c));
    }
    node->plan = std::move(function.plan);
    node->lateral_values = std::move(function.lateral_values);
    node->lateral_slots = std::move(function.lateral_slots);
    return node;
  }

  // A derived FROM item over a catalog relation or built-in view: registers
  // its alias (the relation's name by default), adds its columns to the scope
  // with the relation's oid and attnums, and applies AS alias(column, ...).
  template <typename Column>
  Result<std::unique_ptr<RelNode>> BindCatalogDerived(PgNode item, std::string_view name, uint32_t oid,
                                                      const std::vector<Column>& columns, OperatorPtr plan) {
    auto node = std::make_unique<RelNode>();
    node->kind = RelNode::Kind::kDerived;
    node->offset = static_cast<int>(scope_.columns.size());
    node->width = static_cast<int>(columns.size());
    PgNode alias = item.Field("alias");
    std::string alias_name = alias ? std::string(alias.Str("aliasname")) : std::string(name);
    RETURN_IF_ERROR(RegisterAlias(alias_name, item.Location()));
    int16_t attnum = 0;
    for (const auto& column : columns) {
      ScopeColumn c;
      c.name = std::string(column.name);
      c.table_alias = alias_name;
      c.type = column.type;
      c.table_oid = oid;
      c.attnum = ++attnum;
      c.base_relation = true;
      star.push_back(static_cast<int>(scope_.columns.size()));
      scope_.columns.push_back(std::move(c));
    }
    node->plan = std::move(plan);
    if (alias) {
      Status status;
      ApplyColumnAliases(alias, node->offset, node->width, item.Location(), &status);
      RETURN_IF_ERROR(status);
    }
    return node;
  }

  // A pg_catalog relation: a derived node whose rows are computed when the
  // plan opens (sql/system_catalog.h).
  Result<std::unique_ptr<RelNode>> BindSystemRelation(PgNode item, const SystemRelation& relation) {
    return BindCatalogDerived(item, relation.name, relation.oid, relation.columns,
                              PlanSystemRelation(relation, binder_.state().statement));
  }

  // A view: its SELECT bound like a derived table (sql/views.h), each output
  // cast to the view's declared column type.
  Result<std::unique_ptr<RelNode>> BindBuiltinView(PgNode item, const BuiltinView& view) {
    ASSIGN_OR_RETURN(PgNode select, ViewSelect(view));
    Binder sub(binder_.state());
    auto bound = sub.BindSelect(select, nullptr);
    if (!bound.ok()) {
      Status status = bound.TakeStatus();
      status.SetPosition(item.Location() + 1);
      return status;
    }
    BoundQuery query = std::move(bound).value();
    std::vector<SqlType> types = query.plan->output_types();
    if (types.size() != view.columns.size()) {
      return Status::Internal("view " + std::string(view.name) + " yields " + std::to_string(types.size()) +
                              " columns, declares " + std::to_string(view.columns.size()));
    }
    std::vector<ExprPtr> casts;
    for (size_t i = 0; i < types.size(); ++i) {
      ExprPtr column = exec::MakeColumnRef(static_cast<int>(i), types[i]);
      ASSIGN_OR_RETURN(column, exec::CoerceTo(std::move(column), view.columns[i].type, exec::CastContext::kExplicit));
      casts.push_back(std::move(column));
    }
    return BindCatalogDerived(item, view.name, view.oid, view.columns,
                              std::make_unique<exec::ProjectionOperator>(std::move(query.plan), std::move(casts)));
  }

  // Records a table or view the statement itself names (not those named
  // inside the views it reads).
  void NoteRelation(uint32_t oid) {
    BindState& state = binder_.state();
    if (state.named_relations == nullptr || state.view_depth > 0) return;
    auto& oids = *state.named_relations;
    if (std::find(oids.begin(), oids.end(), oid) == oids.end()) oids.push_back(oid);
  }

  // A CREATE VIEW view: its text bound like a derived table, outside the
  // statement's WITH queries; the columns must still be those the view was
  // created with (docs/catalog.md "Views").
  Result<std::unique_ptr<RelNode>> BindUserView(PgNode item, const catalog::View& view) {
    BindState& state = binder_.state();
    if (state.view_depth >= kMaxViewDepth) {
      return WithLocation(
          Status::Error("42P17", "infinite recursion detected in rules for relation \"" + view.name + "\""),
          item.Location());
    }
    ASSIGN_OR_RETURN(PgNode select, UserViewSelect(view.query));
    std::shared_ptr<CteBinding> saved_ctes = std::move(state.ctes);
    ++state.view_depth;
    Binder sub(state);
    static const std::vector<std::string> kPublicOnly = {"public"};
    std::optional<catalog::ScopedSearchPath> written_path;
    written_path.emplace(view.search_path.empty() ? &kPublicOnly : &view.search_path, &view.schemas);
    auto bound = sub.BindSelect(select, nullptr);
    written_path.reset();
    --state.view_depth;
    state.ctes = std::move(saved_ctes);
    if (!bound.ok()) {
      Status status = bound.TakeStatus();
      status.ClearPosition();
      status.SetPosition(item.Location() + 1);
      return status;
    }
    BoundQuery query = std::move(bound).value();
    std::vector<SqlType> types = query.plan->output_types();
    auto changed = [&] {
      return WithLocation(Status::Error("55000",
                                        "view \"" + view.name + "\" no longer matches the relations it reads")
                              .WithHint("Recreate the view with CREATE OR REPLACE VIEW."),
                          item.Location());
    };
    if (types.size() < view.columns.size()) return changed();
    std::vector<ExprPtr> columns;
    for (size_t i = 0; i < view.columns.size(); ++i) {
      const catalog::ViewColumn& column = view.columns[i];
      SqlType type = types[i].oid == types::kUnknownOid ? SqlType::Of(types::kTextOid) : types[i];
      if (query.columns[i].name != column.query_name || type.oid != column.type.oid ||
          type.typmod != column.type.typmod) {
        return changed();
      }
      ExprPtr value = exec::MakeColumnRef(static_cast<int>(i), types[i]);
      if (!(types[i] == type)) {
        ASSIGN_OR_RETURN(value, exec::CoerceTo(std::move(value), type, exec::CastContext::kExplicit));
      }
      columns.push_back(std::move(value));
    }
    OperatorPtr plan = std::move(query.plan);
    if (types.size() != view.columns.size() || !(types == plan->output_types())) {
      plan = std::make_unique<exec::ProjectionOperator>(std::move(plan), std::move(columns));
    }
    return BindCatalogDerived(item, view.name, view.oid, view.columns, std::move(plan));
  }

  Result<std::unique_ptr<RelNode>> BindSubselect(PgNode item) {
    PgNode alias = item.Field("alias");
    if (!alias) {
      return Status::Error(sqlstate::kSyntaxError, "subquery in FROM must have an alias")
          .WithHint("For example, FROM (SELECT ...) [AS] foo.");
    }
    Binder sub(binder_.state());
    bool lateral = item.Bool("lateral");
    // A LATERAL subquery sees the FROM items bound so far (and the outer
    // query's) through the statement frame.
    ASSIGN_OR_RETURN(BoundQuery query, sub.BindSelect(item.Field("subquery"), lateral ? &frame_ : nullptr));
    auto node = std::make_unique<RelNode>();
    if (lateral) {
      node->lateral_values = std::move(sub.last_outer_values);
      node->lateral_slots = std::move(sub.last_outer_slots);
    }
    return AddDerived(item, std::string(alias.Str("aliasname")), std::move(query), std::move(node));
  }

  // A reference to a WITH query: a derived table named after it.
  Result<std::unique_ptr<RelNode>> BindCteReference(PgNode item, CteBinding& cte) {
    ASSIGN_OR_RETURN(BoundQuery query, binder_.BindCteReference(cte, item.Location()));
    PgNode alias = item.Field("alias");
    return AddDerived(item, alias ? std::string(alias.Str("aliasname")) : cte.name, std::move(query),
                      std::make_unique<RelNode>());
  }

  // Registers `alias_name`, adds the columns of a derived FROM item to the
  // scope and applies AS alias(column, ...).
  Result<std::unique_ptr<RelNode>> AddDerived(PgNode item, const std::string& alias_name, BoundQuery query,
                                              std::unique_ptr<RelNode> node) {
    PgNode alias = item.Field("alias");
    node->kind = RelNode::Kind::kDerived;
    node->offset = static_cast<int>(scope_.columns.size());
    node->width = static_cast<int>(query.columns.size());
    RETURN_IF_ERROR(RegisterAlias(alias_name, item.Location()));
    std::vector<SqlType> types = query.plan->output_types();
    for (size_t i = 0; i < query.columns.size(); ++i) {
      ScopeColumn c;
      c.name = query.columns[i].name;
      c.table_alias = alias_name;
      c.type = types[i];
      c.table_oid = query.columns[i].table_oid;
      c.attnum = query.columns[i].column_attnum;
      star.push_back(static_cast<int>(scope_.columns.size()));
      scope_.columns.push_back(std::move(c));
    }
    node->plan = std::move(query.plan);
    if (alias) {
      Status status;
      ApplyColumnAliases(alias, node->offset, node->width, item.Location(), &status);
      RETURN_IF_ERROR(status);
    }
    return node;
  }

  Result<std::unique_ptr<RelNode>> BindJoin(PgNode item) {
    if (item.Field("alias")) return Status::NotSupported("aliases on JOIN clauses");
    std::string_view join_type = item.Str("jointype");
    auto node = std::make_unique<RelNode>();
    node->kind = RelNode::Kind::kJoin;
    if (join_type == "JOIN_INNER") node->join_type = exec::JoinType::kInner;
    else if (join_type == "JOIN_LEFT") node->join_type = exec::JoinType::kLeft;
    else if (join_type == "JOIN_RIGHT") node->join_type = exec::JoinType::kRight;
    else if (join_type == "JOIN_FULL") node->join_type = exec::JoinType::kFull;
    else return Status::NotSupported("join type " + std::string(join_type));
    node->offset = static_cast<int>(scope_.columns.size());

    std::vector<int> saved_star = std::move(star);
    star.clear();
    ASSIGN_OR_RETURN(node->left, Bind(item.Field("larg")));
    std::vector<int> left_star = std::move(star);
    star.clear();
    ASSIGN_OR_RETURN(node->right, Bind(item.Field("rarg")));
    std::vector<int> right_star = std::move(star);
    star = std::move(saved_star);
    node->width = node->left->width + node->right->width;
    if (node->join_type == exec::JoinType::kRight || node->join_type == exec::JoinType::kFull) {
      for (const auto& v : node->right->lateral_values) {
        std::vector<int> refs;
        CollectColumnRefs(*v, &refs);
        if (refs.empty()) continue;
        return Status::Error(sqlstate::kInvalidColumnReference, "invalid reference to FROM-clause entry for table \"" +
                                                                    scope_.columns[refs[0]].table_alias + "\"")
            .WithDetail("The combining JOIN type must be INNER or LEFT for a LATERAL reference.");
      }
    }

    std::vector<std::string> using_names;
    if (item.Bool("isNatural")) {
      for (int l : left_star) {
        if (l < 0) continue;
        for (int r : right_star) {
          if (r >= 0 && scope_.columns[r].name == scope_.columns[l].name) {
            using_names.push_back(scope_.columns[l].name);
            break;
          }
        }
      }
    } else {
      for (PgNode name : item.List("usingClause")) using_names.emplace_back(name.StringValue());
    }

    std::vector<int> merged_left, merged_right;
    for (const std::string& name : using_names) {
      auto find = [&](const std::vector<int>& side, const char* which) -> Result<int> {
        int found = -1;
        for (int idx : side) {
          std::string_view n = idx >= 0 ? std::string_view(scope_.columns[idx].name)
                                        : std::string_view(scope_.merged[-1 - idx].name);
          if (n != name) continue;
          if (found != -1) {
            return Status::Error(sqlstate::kAmbiguousColumn, "common column name \"" + name +
                                                                 "\" appears more than once in " + which + " table");
          }
          found = idx;
        }
        if (found == -1) {
          return Status::Error(sqlstate::kUndefinedColumn, "column \"" + name + "\" specified in USING clause does not exist in " +
                                                               which + " table");
        }
        return found;
      };
      ASSIGN_OR_RETURN(int l, find(left_star, "left"));
      ASSIGN_OR_RETURN(int r, find(right_star, "right"));
      ExprPtr le = ColumnExpr(l);
      ExprPtr re = ColumnExpr(r);
      ASSIGN_OR_RETURN(ExprPtr eq, exec::MakeOperator("=", le->Clone(), re->Clone(), item.Location()));
      node->quals.push_back(std::move(eq));
      // The merged column: left's for INNER/LEFT, right's for RIGHT,
      // COALESCE(left, right) for FULL.
      ScopeColumn merged;
      merged.name = name;
      ExprPtr value;
      if (node->join_type == exec::JoinType::kFull) {
        std::vector<ExprPtr> both;
        both.push_back(std::move(le));
        both.push_back(std::move(re));
        std::vector<SqlType> types{both[0]->type, both[1]->type};
        ASSIGN_OR_RETURN(SqlType common, exec::CommonType(types, "JOIN/USING"));
        for (auto& b : both) {
          ASSIGN_OR_RETURN(b, exec::CoerceTo(std::move(b), common, exec::CastContext::kImplicit));
        }
        value = exec::MakeCoalesce(std::move(both), common);
      } else {
        value = node->join_type == exec::JoinType::kRight ? std::move(re) : std::move(le);
        int source = node->join_type == exec::JoinType::kRight ? r : l;
        if (source >= 0) {
          merged.table_oid = scope_.columns[source].table_oid;
          merged.attnum = scope_.columns[source].attnum;
        }
      }
      merged.type = value->type;
      merged.computed = std::shared_ptr<const Expr>(std::move(value));
      scope_.merged.push_back(std::move(merged));
      star.push_back(-static_cast<int>(scope_.merged.size()));
      merged_left.push_back(l);
      merged_right.push_back(r);
      // Hide the originals from unqualified lookup.
      if (l >= 0) scope_.columns[l].hidden = true;
      else scope_.merged[-1 - l].hidden = true;
      if (r >= 0) scope_.columns[r].hidden = true;
      else scope_.merged[-1 - r].hidden = true;
    }
    for (int l : left_star) {
      if (std::find(merged_left.begin(), merged_left.end(), l) == merged_left.end()) star.push_back(l);
    }
    for (int r : right_star) {
      if (std::find(merged_right.begin(), merged_right.end(), r) == merged_right.end()) star.push_back(r);
    }

    if (PgNode quals = item.Field("quals")) {
      ASSIGN_OR_RETURN(ExprPtr on, binder_.BindCondition(quals, frame_, "JOIN/ON"));
      std::vector<ExprPtr> conjuncts;
      SplitConjuncts(std::move(on), &conjuncts);
      for (auto& c : conjuncts) node->quals.push_back(std::move(c));
    }
    // Move single-side conjuncts down where legal.
    std::vector<ExprPtr> quals = std::move(node->quals);
    node->quals.clear();
    for (auto& q : quals) PlaceJoinQual(*node, std::move(q));
    return node;
  }

  ExprPtr ColumnExpr(int idx) {
    if (idx >= 0) return exec::MakeColumnRef(idx, scope_.columns[idx].type);
    return scope_.merged[-1 - idx].computed->Clone();
  }

  Binder& binder_;
  Scope& scope_;
  Frame& frame_;
  std::vector<std::pair<std::string, uint32_t>> aliases_;  // name, schema (RegisterAlias)
};

}  // namespace

// ---------------------------------------------------------------------------

Result<JoinedTarget> Binder::BindJoinedTarget(std::shared_ptr<const catalog::Table> table, const std::string& alias,
                                              int location, const std::vector<PgNode>& from_items, PgNode where) {
  JoinedTarget result;
  result.scope = std::make_unique<Scope>();
  result.frame = std::make_unique<Frame>();
  result.frame->scope = result.scope.get();
  FromBinder from(*this, *result.scope, *result.frame);
  ASSIGN_OR_RETURN(std::unique_ptr<RelNode> root, from.BindTarget(table, alias, location));
  for (PgNode item : from_items) {
    ASSIGN_OR_RETURN(std::unique_ptr<RelNode> node, from.Bind(item));
    auto join = std::make_unique<RelNode>();
    join->kind = RelNode::Kind::kJoin;
    join->join_type = exec::JoinType::kInner;
    join->offset = root->offset;
    join->width = root->width + node->width;
    join->left = std::move(root);
    join->right = std::move(node);
    root = std::move(join);
  }
  result.star = std::move(from.star);
  std::vector<ExprPtr> top_filters;
  if (where) {
    clause_name = "WHERE";
    ASSIGN_OR_RETURN(ExprPtr condition, BindCondition(where, *result.frame, "WHERE"));
    result.where = condition->Clone();
    std::vector<ExprPtr> conjuncts;
    SplitConjuncts(std::move(condition), &conjuncts);
    for (auto& c : conjuncts) {
      std::vector<int> refs;
      CollectColumnRefs(*c, &refs);
      if (!refs.empty()) {
        Push(*root, std::move(c));
      } else {
        top_filters.push_back(std::move(c));
      }
    }
  }
  ASSIGN_OR_RETURN(result.plan, PlanRel(*root, state_.statement));
  result.plan = AddFilter(std::move(result.plan), std::move(top_filters), 0);
  return result;
}

namespace {

// GROUP BY with GROUPING SETS / ROLLUP / CUBE (docs/exec.md "Grouping sets").
// A set is the sorted key indices it groups by.
using KeySet = std::vector<int>;
using BindKey = std::function<Result<int>(PgNode)>;

KeySet UnionOf(KeySet a, const KeySet& b) {
  a.insert(a.end(), b.begin(), b.end());
  std::sort(a.begin(), a.end());
  a.erase(std::unique(a.begin(), a.end()), a.end());
  return a;
}

// The keys of one ROLLUP/CUBE element or GROUPING SETS item: a parenthesized
// list `(a, b)` (an implicit ROW) is one unit of several keys.
Result<KeySet> UnitKeys(PgNode item, const BindKey& bind_key) {
  KeySet keys;
  if (item.Is("RowExpr") && item.Str("row_format") == "COERCE_IMPLICIT_CAST") {
    for (PgNode arg : item.List("args")) {
      ASSIGN_OR_RETURN(int k, bind_key(arg));
      keys = UnionOf(std::move(keys), {k});
    }
    return keys;
  }
  ASSIGN_OR_RETURN(int k, bind_key(item));
  return KeySet{k};
}

Result<std::vector<KeySet>> ExpandGroupingElement(PgNode node, const BindKey& bind_key) {
  if (!node.Is("GroupingSet")) {
    ASSIGN_OR_RETURN(KeySet keys, UnitKeys(node, bind_key));
    return std::vector<KeySet>{std::move(keys)};
  }
  std::string_view kind = node.Str("kind");
  std::vector<PgNode> content = node.List("content");
  std::vector<KeySet> out;
  if (kind == "GROUPING_SET_EMPTY") return std::vector<KeySet>{KeySet{}};
  if (kind == "GROUPING_SET_SETS") {
    for (PgNode item : content) {
      ASSIGN_OR_RETURN(std::vector<KeySet> sets, ExpandGroupingElement(item, bind_key));
      out.insert(out.end(), sets.begin(), sets.end());
    }
    return out;
  }
  std::vector<KeySet> units;
  for (PgNode item : content) {
    ASSIGN_OR_RETURN(KeySet keys, UnitKeys(item, bind_key));
    units.push_back(std::move(keys));
  }
  if (kind == "GROUPING_SET_SIMPLE") {
    KeySet all;
    for (const KeySet& unit : units) all = UnionOf(std::move(all), unit);
    return std::vector<KeySet>{std::move(all)};
  }
  if (kind == "GROUPING_SET_ROLLUP") {
    // ROLLUP(a, b, c): (a, b, c), (a, b), (a), ().
    for (size_t n = units.size() + 1; n-- > 0;) {
      KeySet set;
      for (size_t i = 0; i < n; ++i) set = UnionOf(std::move(set), units[i]);
      out.push_back(std::move(set));
    }
    return out;
  }
  if (kind == "GROUPING_SET_CUBE") {
    if (units.size() > 12) {
      return WithLocation(Status::Error("54001", "CUBE is limited to 12 elements"), node.Location());
    }
    // Every subset, the whole first and () last.
    for (uint32_t mask = (1u << units.size()); mask-- > 0;) {
      KeySet set;
      for (size_t i = 0; i < units.size(); ++i) {
        if (mask & (1u << (units.size() - 1 - i))) set = UnionOf(std::move(set), units[i]);
      }
      out.push_back(std::move(set));
    }
    return out;
  }
  return Status::NotSupported("grouping set " + std::string(kind));
}

// The grouping sets of a GROUP BY list: the cross product of its elements'
// sets (GROUP BY a, ROLLUP(b) is (a, b), (a)); GROUP BY DISTINCT drops
// repeated sets (without it they give repeated rows, as in PostgreSQL).
Result<std::vector<KeySet>> ExpandGroupingSets(PgNode stmt, const BindKey& bind_key) {
  std::vector<KeySet> sets = {KeySet{}};
  for (PgNode element : stmt.List("groupClause")) {
    ASSIGN_OR_RETURN(std::vector<KeySet> element_sets, ExpandGroupingElement(element, bind_key));
    std::vector<KeySet> product;
    for (const KeySet& left : sets) {
      for (const KeySet& right : element_sets) product.push_back(UnionOf(left, right));
    }
    if (product.size() > 4096) return Status::Error("54001", "too many grouping sets present (maximum 4096)");
    sets = std::move(product);
  }
  if (stmt.Bool("groupDistinct")) {
    std::vector<KeySet> distinct;
    for (KeySet& set : sets) {
      if (std::find(distinct.begin(), distinct.end(), set) == distinct.end()) distinct.push_back(std::move(set));
    }
    sets = std::move(distinct);
  }
  return sets;
}

// Per set, the value of every key column: the key, NULL outside the set, or
// a GROUPING() call's bits (1 for each argument outside the set, the first
// argument the most significant).
std::vector<exec::GroupingSetKeys> MakeGroupingSetKeys(const Grouping& grouping) {
  std::vector<exec::GroupingSetKeys> out;
  for (const KeySet& set : grouping.sets) {
    exec::GroupingSetKeys keys;
    keys.total = set.empty();
    auto in_set = [&](int k) { return std::binary_search(set.begin(), set.end(), k); };
    for (size_t p = 0; p < grouping.keys.size(); ++p) {
      const ExprPtr& key = grouping.keys[p];
      auto call = std::find_if(grouping.grouping_calls.begin(), grouping.grouping_calls.end(),
                               [&](const Grouping::GroupingCall& c) { return c.position == static_cast<int>(p); });
      if (call != grouping.grouping_calls.end()) {
        int32_t bits = 0;
        for (int argument : call->arguments) bits = (bits << 1) | (in_set(argument) ? 0 : 1);
        keys.keys.push_back(exec::MakeConstant(types::Value::Int4(bits), key->type));
      } else if (in_set(static_cast<int>(p))) {
        keys.keys.push_back(key->Clone());
      } else {
        keys.keys.push_back(exec::MakeNullConstant(key->type));
      }
    }
    out.push_back(std::move(keys));
  }
  return out;
}

}  // namespace

Result<BoundQuery> Binder::BindSelect(PgNode select, Frame* parent_frame) {
  PgNode stmt = select.Body();
  if (stmt.Field("intoClause") && !allow_into) {
    return Status::Error(sqlstate::kSyntaxError, "SELECT ... INTO is not allowed here");
  }
  // Not in its subqueries; in a set operation, in its first SELECT.
  const bool into_allowed = allow_into;
  allow_into = false;
  const bool locking = !stmt.List("lockingClause").empty();
  LockRequest lock_request;
  if (locking) {
    lock_request = ReadLockingClauses(stmt);
    auto refuse = [&](std::string_view what) {
      return Status::Error(sqlstate::kFeatureNotSupported,
                           lock_request.strength + " is not allowed with " + std::string(what));
    };
    std::string_view op = stmt.Str("op");
    if (!op.empty() && op != "SETOP_NONE") return refuse("UNION/INTERSECT/EXCEPT");
    if (!stmt.List("valuesLists").empty()) {
      return Status::Error(sqlstate::kFeatureNotSupported, lock_request.strength + " cannot be applied to VALUES");
    }
    if (!stmt.List("distinctClause").empty()) return refuse("DISTINCT clause");
    if (!stmt.List("groupClause").empty()) return refuse("GROUP BY clause");
    if (stmt.Field("havingClause")) return refuse("HAVING clause");
    if (!stmt.List("windowClause").empty()) return refuse("window functions");
    for (PgNode relation : lock_request.of) {
      if (!relation.Str("schemaname").empty()) {
        return WithLocation(
            Status::Error(sqlstate::kSyntaxError, lock_request.strength + " must specify unqualified relation names"),
            relation.Location());
      }
    }
    auto from = stmt.List("fromClause");
    if (from.size() > 1 || (from.size() == 1 && !from[0].Is("RangeVar"))) {
      return Status::NotSupported("SELECT " + lock_request.strength + " over more than one table or a subquery");
    }
  }
  const bool with_ties = stmt.Str("limitOption") == "LIMIT_OPTION_WITH_TIES";
  if (with_ties && stmt.List("sortClause").empty()) {
    return Status::Error(sqlstate::kSyntaxError, "WITH TIES cannot be specified without ORDER BY clause");
  }

  auto scope = std::make_unique<Scope>();
  Frame frame;
  frame.scope = scope.get();
  frame.parent = parent_frame;
  std::optional<CteScope> cte_scope;
  if (PgNode with_clause = stmt.Field("withClause")) {
    ASSIGN_OR_RETURN(CteScope scope, BindWithClause(with_clause, &frame));
    cte_scope.emplace(std::move(scope));
  }

  std::vector<Target> targets;
  OperatorPtr plan;
  std::vector<std::string> output_names;
  std::string_view set_op = stmt.Str("op");

  if (!set_op.empty() && set_op != "SETOP_NONE") {
    // ---- UNION / INTERSECT / EXCEPT
    Binder left_binder(state_), right_binder(state_);
    left_binder.allow_into = into_allowed;
    left_binder.keep_unknown_outputs = right_binder.keep_unknown_outputs = true;
    ASSIGN_OR_RETURN(BoundQuery left, left_binder.BindSelect(stmt.Field("larg"), parent_frame));
    ASSIGN_OR_RETURN(BoundQuery right, right_binder.BindSelect(stmt.Field("rarg"), parent_frame));
    for (auto* b : {&left_binder, &right_binder}) {
      for (auto& v : b->last_outer_values) frame.outer_values.push_back(std::move(v));
      for (int s : b->last_outer_slots) frame.outer_slots.push_back(s);
    }
    std::string op_name = set_op == "SETOP_UNION" ? "UNION" : (set_op == "SETOP_INTERSECT" ? "INTERSECT" : "EXCEPT");
    if (left.columns.size() != right.columns.size()) {
      return Status::Error(sqlstate::kSyntaxError, "each " + op_name + " query must have the same number of columns");
    }
    std::vector<SqlType> lt = left.plan->output_types(), rt = right.plan->output_types();
    std::vector<ExprPtr> left_casts, right_casts;
    bool need_cast = false;
    std::vector<SqlType> common_types;
    for (size_t i = 0; i < lt.size(); ++i) {
      std::vector<SqlType> pair{lt[i], rt[i]};
      ASSIGN_OR_RETURN(SqlType common, exec::CommonType(pair, op_name));
      if (common.oid == types::kUnknownOid && !keep_unknown_outputs) common = SqlType::Of(types::kTextOid);
      common_types.push_back(common);
      ASSIGN_OR_RETURN(ExprPtr l, exec::CoerceTo(exec::MakeColumnRef(static_cast<int>(i), lt[i]), common,
                                                 exec::CastContext::kImplicit));
      ASSIGN_OR_RETURN(ExprPtr r, exec::CoerceTo(exec::MakeColumnRef(static_cast<int>(i), rt[i]), common,
                                                 exec::CastContext::kImplicit));
      need_cast |= !(lt[i] == common) || !(rt[i] == common);
      left_casts.push_back(std::move(l));
      right_casts.push_back(std::move(r));
    }
    if (need_cast) {
      left.plan = std::make_unique<exec::ProjectionOperator>(std::move(left.plan), std::move(left_casts));
      right.plan = std::make_unique<exec::ProjectionOperator>(std::move(right.plan), std::move(right_casts));
    }
    bool all = stmt.Bool("all");
    if (set_op == "SETOP_UNION" && all) {
      std::vector<OperatorPtr> inputs;
      inputs.push_back(std::move(left.plan));
      inputs.push_back(std::move(right.plan));
      plan = std::make_unique<exec::UnionAllOperator>(std::move(inputs));
    } else {
      exec::SetOpKind kind = set_op == "SETOP_UNION"       ? exec::SetOpKind::kUnion
                             : set_op == "SETOP_INTERSECT" ? exec::SetOpKind::kIntersect
                                                           : exec::SetOpKind::kExcept;
      plan = std::make_unique<exec::SetOperationOperator>(kind, all, std::move(left.plan), std::move(right.plan));
    }
    // The result acts as a derived table for ORDER BY/LIMIT.
    for (size_t i = 0; i < left.columns.size(); ++i) {
      ScopeColumn c;
      c.name = left.columns[i].name;
      c.type = common_types[i];
      scope->columns.push_back(c);
      Target t;
      t.expr = exec::MakeColumnRef(static_cast<int>(i), common_types[i]);
      t.name = c.name;
      targets.push_back(std::move(t));
    }
  } else if (!stmt.List("valuesLists").empty()) {
    // ---- VALUES (...), (...)
    std::vector<std::vector<ExprPtr>> rows;
    size_t width = 0;
    for (PgNode row : stmt.List("valuesLists")) {
      auto items = row.Items();
      if (row.Is("List")) items = row.List("items");
      ASSIGN_OR_RETURN(auto exprs, BindList(items, frame));
      if (!rows.empty() && exprs.size() != width) {
        return WithLocation(Status::Error(sqlstate::kSyntaxError, "VALUES lists must all be the same length"),
                            items.empty() ? -1 : items[0].Location());
      }
      width = exprs.size();
      rows.push_back(std::move(exprs));
    }
    std::vector<SqlType> types;
    for (size_t c = 0; c < width; ++c) {
      std::vector<ExprPtr> column;
      for (auto& row : rows) column.push_back(std::move(row[c]));
      SqlType common;
      RETURN_IF_ERROR(UnifyTypes(column, "VALUES", &common));
      for (size_t r = 0; r < rows.size(); ++r) rows[r][c] = std::move(column[r]);
      types.push_back(common);
    }
    plan = std::make_unique<exec::ValuesOperator>(types, std::move(rows));
    for (size_t c = 0; c < width; ++c) {
      ScopeColumn col;
      col.name = "column" + std::to_string(c + 1);
      col.type = types[c];
      scope->columns.push_back(col);
      Target t;
      t.expr = exec::MakeColumnRef(static_cast<int>(c), types[c]);
      t.name = col.name;
      targets.push_back(std::move(t));
    }
  } else {
    // ---- SELECT ... FROM ... WHERE ... GROUP BY ... HAVING ...
    std::vector<int> star;
    std::unique_ptr<RelNode> root;
    FromBinder from(*this, *scope, frame);
    from.lock_rows = locking;
    for (PgNode item : stmt.List("fromClause")) {
      ASSIGN_OR_RETURN(std::unique_ptr<RelNode> node, from.Bind(item));
      if (!root) {
        root = std::move(node);
      } else {
        auto join = std::make_unique<RelNode>();
        join->kind = RelNode::Kind::kJoin;
        join->join_type = exec::JoinType::kInner;
        join->offset = root->offset;
        join->width = root->width + node->width;
        join->left = std::move(root);
        join->right = std::move(node);
        root = std::move(join);
      }
    }
    star = std::move(from.star);
    if (locking && root && !from.locked_table) {
      return Status::NotSupported("SELECT " + lock_request.strength + " over a view, a WITH query or a system catalog");
    }
    for (PgNode relation : lock_request.of) {
      if (relation.Str("relname") != from.locked_alias) {
        return WithLocation(
            Status::Error(sqlstate::kUndefinedTable, "relation \"" + std::string(relation.Str("relname")) + "\" in " +
                                                         lock_request.strength + " clause not found in FROM clause"),
            relation.Location());
      }
    }
    ExprPtr lock_where;  // FOR UPDATE: WHERE again, over the locked row's latest version
    std::vector<ExprPtr> top_filters;
    std::vector<RowSemiJoin> semi_joins;
    if (PgNode where = stmt.Field("whereClause")) {
      clause_name = "WHERE";
      ASSIGN_OR_RETURN(ExprPtr condition, BindWhereWithRowSemiJoins(where, frame, &semi_joins));
      if (locking && from.locked_table) {
        if (!semi_joins.empty()) {
          return Status::NotSupported("SELECT " + lock_request.strength + " with a row IN (SELECT ...) condition");
        }
        if (condition) lock_where = condition->Clone();
      }
      std::vector<ExprPtr> conjuncts;
      if (condition) SplitConjuncts(std::move(condition), &conjuncts);
      for (auto& c : conjuncts) {
        std::vector<int> refs;
        CollectColumnRefs(*c, &refs);
        if (root && !refs.empty()) {
          Push(*root, std::move(c));
        } else {
          top_filters.push_back(std::move(c));
        }
      }
    }
    if (root) {
      ASSIGN_OR_RETURN(plan, PlanRel(*root, state_.statement));
    } else {
      // SELECT without FROM: one row with no columns.
      std::vector<std::vector<ExprPtr>> rows(1);
      plan = std::make_unique<exec::ValuesOperator>(std::vector<SqlType>{}, std::move(rows));
    }
    plan = AddFilter(std::move(plan), std::move(top_filters), 0);
    for (RowSemiJoin& semi : semi_joins) {
      plan = std::make_unique<exec::HashJoinOperator>(exec::JoinType::kSemi, std::move(plan), std::move(semi.plan),
                                                      std::move(semi.left_keys), std::move(semi.right_keys), nullptr);
    }

    // Grouping?
    auto target_nodes = stmt.List("targetList");
    std::function<bool(PgNode)> has_aggregate = [&](PgNode n) -> bool {
      switch (n.kind()) {
        case PgNode::Kind::kObject: {
          if (n.Is("SubLink")) return has_aggregate(n.Field("testexpr"));
          if (n.Is("FuncCall")) {
            auto names = n.List("funcname");
            if (!names.empty() && !n.Field("over") &&
                (exec::IsAggregateName(names.back().StringValue()) || n.Bool("agg_star"))) {
              return true;
            }
          }
          for (PgNode m : n.Members()) {
            if (has_aggregate(m)) return true;
          }
          return false;
        }
        case PgNode::Kind::kArray:
          for (PgNode m : n.Items()) {
            if (has_aggregate(m)) return true;
          }
          return false;
        default:
          return false;
      }
    };
    bool grouped = !stmt.List("groupClause").empty() || stmt.Field("havingClause") ||
                   has_aggregate(stmt.Field("targetList")) || has_aggregate(stmt.Field("sortClause"));

    // Expand the SELECT list (with * resolved against the scope).
    struct PendingTarget {
      PgNode node;              // expression node, or null for a star item
      ExprPtr star_expr;        // star item expression (pre-aggregation scope)
      std::string record_field;  // (_pg_expandarray(a)).*: node is the call, this its field
      std::string name;
      uint32_t table_oid = 0;
      int16_t attnum = 0;
    };
    std::vector<PendingTarget> pending;
    // (r).* in the SELECT list: a record column (or outer reference) gives
    // one target per field; (information_schema._pg_expandarray(a)).* its
    // two set-returning fields x and n.
    auto expand_record_star = [&](PgNode val, std::vector<PendingTarget>& out) -> Status {
      PgNode arg = val.Field("arg");
      if (grouped) return WithLocation(Status::NotSupported("(expression).* in a grouped query"), arg.Location());
      if (arg.Is("FuncCall")) {
        auto names = arg.List("funcname");
        if (names.size() == 2 && names[0].StringValue() == "information_schema" &&
            names[1].StringValue() == "_pg_expandarray") {
          for (const char* field : {"x", "n"}) {
            PendingTarget p;
            p.node = arg;
            p.record_field = field;
            p.name = field;
            out.push_back(std::move(p));
          }
          return Status::Ok();
        }
      }
      if (!arg.Is("ColumnRef")) {
        return WithLocation(Status::NotSupported("(expression).* expansion of a record"), arg.Location());
      }
      ASSIGN_OR_RETURN(ExprPtr base, BindExpr(arg, frame));
      if (base->type.oid != types::kRecordOid) {
        return Status::Error(sqlstate::kWrongObjectType, "type " + exec::TypeDisplayName(base->type) + " is not composite");
      }
      std::vector<types::RecordField> fields = types::RecordFields(base->type.typmod);
      if (fields.empty()) {
        return WithLocation(Status::NotSupported("(expression).* of a record whose fields are not known"),
                            arg.Location());
      }
      for (const types::RecordField& f : fields) {
        PendingTarget p;
        ASSIGN_OR_RETURN(p.star_expr, exec::MakeRecordField(base->Clone(), f.name, arg.Location()));
        p.name = f.name;
        out.push_back(std::move(p));
      }
      return Status::Ok();
    };
    for (PgNode target : target_nodes) {
      PgNode val = target.Field("val");
      if (val.Is("A_Indirection") && val.List("indirection").size() == 1 &&
          val.List("indirection")[0].Is("A_Star")) {
        // (record).*: one column per field of the record (types/record.h).
        RETURN_IF_ERROR(expand_record_star(val, pending));
        continue;
      }
      if (val.Is("ColumnRef")) {
        auto fields = val.List("fields");
        if (!fields.empty() && fields.back().Is("A_Star")) {
          std::string_view qualifier = fields.size() >= 2 ? fields[fields.size() - 2].StringValue() : "";
          bool any = false;
          for (int idx : star) {
            const ScopeColumn& c = idx >= 0 ? scope->columns[idx] : scope->merged[-1 - idx];
            if (!qualifier.empty()) {
              if (idx < 0 || c.table_alias != qualifier) continue;
            }
            PendingTarget p;
            p.star_expr = idx >= 0 ? exec::MakeColumnRef(idx, c.type) : c.computed->Clone();
            p.name = c.name;
            p.table_oid = c.table_oid;
            p.attnum = c.attnum;
            pending.push_back(std::move(p));
            any = true;
          }
          if (!qualifier.empty() && !any) {
            bool known = false;
            for (const auto& c : scope->columns) known |= c.table_alias == qualifier;
            if (!known) {
              return WithLocation(Status::Error(sqlstate::kUndefinedTable, "missing FROM-clause entry for table \"" +
                                                                               std::string(qualifier) + "\""),
                                  val.Location());
            }
          }
          if (qualifier.empty() && star.empty() && !root) {
            return WithLocation(Status::Error(sqlstate::kSyntaxError, "SELECT * with no tables specified is not valid"),
                                val.Location());
          }
          continue;
        }
      }
      PendingTarget p;
      p.node = val;
      p.name = target.Str("name").empty() ? FigureColumnName(val) : std::string(target.Str("name"));
      pending.push_back(std::move(p));
    }

    Grouping grouping_state;
    grouping_state.input_scope = scope.get();
    if (grouped) {
      // GROUP BY keys, bound over the FROM scope; the index of each key.
      auto bind_key = [&](PgNode key) -> Result<int> {
        ExprPtr expr;
        if (IsIntegerConstantNode(key)) {
          int64_t ordinal = key.tree()->IntegerConstant(key);
          if (ordinal < 1 || ordinal > static_cast<int64_t>(pending.size())) {
            return WithLocation(Status::Error(sqlstate::kInvalidColumnReference,
                                              "GROUP BY position " + std::to_string(ordinal) + " is not in select list"),
                                key.Location());
          }
          PendingTarget& t = pending[ordinal - 1];
          if (t.star_expr) {
            expr = t.star_expr->Clone();
          } else {
            clause_name = "GROUP BY";
            ASSIGN_OR_RETURN(expr, BindExpr(t.node, frame));
          }
        } else {
          clause_name = "GROUP BY";
          auto bound = BindExpr(key, frame);
          if (!bound.ok() && bound.status().Is(sqlstate::kUndefinedColumn) && key.Is("ColumnRef") &&
              key.List("fields").size() == 1) {
            // GROUP BY an output column alias.
            std::string_view alias = key.List("fields")[0].StringValue();
            for (PendingTarget& t : pending) {
              if (t.node && t.name == alias) {
                bound = BindExpr(t.node, frame);
                break;
              }
            }
          }
          if (!bound.ok()) return bound.TakeStatus();
          expr = std::move(bound).value();
        }
        std::string text = expr->ToString();
        auto it = std::find(grouping_state.key_texts.begin(), grouping_state.key_texts.end(), text);
        if (it != grouping_state.key_texts.end()) return static_cast<int>(it - grouping_state.key_texts.begin());
        grouping_state.key_texts.push_back(text);
        grouping_state.keys.push_back(std::move(expr));
        return static_cast<int>(grouping_state.keys.size() - 1);
      };
      bool has_sets = false;
      for (PgNode key : stmt.List("groupClause")) has_sets |= key.Is("GroupingSet");
      if (!has_sets) {
        for (PgNode key : stmt.List("groupClause")) {
          ASSIGN_OR_RETURN(int index, bind_key(key));
          (void)index;
        }
      } else {
        ASSIGN_OR_RETURN(grouping_state.sets, ExpandGroupingSets(stmt, bind_key));
        grouping_state.has_sets = true;
      }
      grouping = &grouping_state;
      frame.grouping = &grouping_state;
      allow_aggregates = true;
    }

    // Window functions: allowed in the SELECT list and ORDER BY.
    Windowing windowing_state;
    for (PgNode def : stmt.List("windowClause")) {
      for (PgNode earlier : windowing_state.definitions) {
        if (earlier.Str("name") == def.Str("name")) {
          return WithLocation(Status::Error("42P20", "window \"" + std::string(def.Str("name")) + "\" is already defined"),
                              def.Location());
        }
      }
      windowing_state.definitions.push_back(def);
    }
    windowing = &windowing_state;
    allow_windows = true;

    // SELECT list.
    clause_name = "SELECT";
    std::vector<exec::TableFunctionCall> target_set_functions;
    set_functions = &target_set_functions;
    for (PendingTarget& p : pending) {
      Target t;
      t.name = p.name;
      t.table_oid = p.table_oid;
      t.attnum = p.attnum;
      if (!p.record_field.empty()) {
        ASSIGN_OR_RETURN(t.expr, BindSetReturningCall(p.node, frame, p.record_field));
      } else if (p.star_expr) {
        if (grouped) {
          std::string text = p.star_expr->ToString();
          auto it = std::find(grouping_state.key_texts.begin(), grouping_state.key_texts.end(), text);
          if (it == grouping_state.key_texts.end()) {
            return Status::Error(sqlstate::kGroupingError,
                                 "column \"" + p.name + "\" must appear in the GROUP BY clause or be used in an aggregate function");
          }
          t.expr = exec::MakeColumnRef(static_cast<int>(it - grouping_state.key_texts.begin()), p.star_expr->type);
        } else {
          t.expr = std::move(p.star_expr);
        }
      } else {
        ASSIGN_OR_RETURN(t.expr, BindExpr(p.node, frame));
        if (t.expr->type.oid == types::kUnknownOid && t.expr->kind == ExprKind::kParameter && !keep_unknown_outputs) {
          // An untyped $n as an output column is text, or the INSERT target's
          // type (PostgreSQL's resolveTargetListUnknowns).
          size_t position = targets.size();
          bool hinted = output_type_hints != nullptr && position < output_type_hints->size();
          InferParameterType(*t.expr, hinted ? (*output_type_hints)[position] : SqlType::Of(types::kTextOid));
        }
        if (t.expr->type.oid == types::kUnknownOid && t.expr->kind == ExprKind::kConstant && !keep_unknown_outputs) {
          size_t position = targets.size();
          bool hinted = output_type_hints != nullptr && position < output_type_hints->size();
          SqlType target = hinted ? (*output_type_hints)[position] : SqlType::Of(types::kTextOid);
          ASSIGN_OR_RETURN(t.expr, exec::CoerceTo(std::move(t.expr), target,
                                                  hinted ? exec::CastContext::kAssignment
                                                         : exec::CastContext::kImplicit));
        }
        if (t.expr->kind == ExprKind::kColumnRef && !grouped && t.expr->index < static_cast<int>(scope->columns.size())) {
          const ScopeColumn& c = scope->columns[t.expr->index];
          t.table_oid = c.table_oid;
          t.attnum = c.attnum;
        }
      }
      targets.push_back(std::move(t));
    }
    set_functions = nullptr;
    ExprPtr having;
    if (PgNode having_node = stmt.Field("havingClause")) {
      clause_name = "HAVING";
      allow_windows = false;
      ASSIGN_OR_RETURN(having, BindCondition(having_node, frame, "HAVING"));
      allow_windows = true;
    }
    output_names.clear();
    for (auto& t : targets) output_names.push_back(t.name);

    // ORDER BY is bound below, after which the aggregate node is built (ORDER
    // BY may add aggregates). Keep `plan` as the pre-aggregation input.
    std::vector<exec::SortKey> sort_keys;
    std::vector<ExprPtr> junk;
    clause_name = "ORDER BY";
    // An ORDER BY / DISTINCT ON item: an output column (by ordinal, name or
    // equal expression) or a junk column appended after the targets.
    auto resolve_key = [&](PgNode node) -> Result<ExprPtr> {
      ExprPtr key;
      if (IsIntegerConstantNode(node)) {
        ASSIGN_OR_RETURN(key, OrdinalSortKey(*node.tree(), node, targets));
      } else {
        if (node.Is("ColumnRef") && node.List("fields").size() == 1 && !node.List("fields")[0].Is("A_Star")) {
          std::string_view name = node.List("fields")[0].StringValue();
          int match = -1;
          for (size_t i = 0; i < targets.size(); ++i) {
            if (targets[i].name != name) continue;
            if (match >= 0 && targets[match].expr->ToString() != targets[i].expr->ToString()) {
              return WithLocation(Status::Error(sqlstate::kAmbiguousColumn,
                                                "ORDER BY \"" + std::string(name) + "\" is ambiguous"),
                                  node.Location());
            }
            if (match < 0) match = static_cast<int>(i);
          }
          if (match >= 0) key = exec::MakeColumnRef(match, targets[match].expr->type);
        }
        if (!key) {
          ASSIGN_OR_RETURN(ExprPtr expr, BindExpr(node, frame));
          std::string text = expr->ToString();
          for (size_t i = 0; i < targets.size() && !key; ++i) {
            if (targets[i].expr->ToString() == text) key = exec::MakeColumnRef(static_cast<int>(i), expr->type);
          }
          for (size_t j = 0; j < junk.size() && !key; ++j) {
            if (junk[j]->ToString() == text) key = exec::MakeColumnRef(static_cast<int>(targets.size() + j), expr->type);
          }
          if (!key) {
            key = exec::MakeColumnRef(static_cast<int>(targets.size() + junk.size()), expr->type);
            junk.push_back(std::move(expr));
          }
        }
      }
      return key;
    };
    set_functions = &target_set_functions;
    for (PgNode sort : stmt.List("sortClause")) {
      if (sort.Str("sortby_dir") == "SORTBY_USING") return Status::NotSupported("ORDER BY ... USING");
      ASSIGN_OR_RETURN(ExprPtr key, resolve_key(sort.Field("node")));
      sort_keys.push_back(MakeSortKey(sort, std::move(key)));
    }
    set_functions = nullptr;
    auto distinct = stmt.List("distinctClause");
    bool is_distinct = !distinct.empty();
    bool distinct_on = is_distinct && !(distinct.size() == 1 && distinct[0].Size() == 0);
    std::vector<int> distinct_on_columns;
    if (distinct_on) {
      clause_name = "DISTINCT ON";
      ASSIGN_OR_RETURN(distinct_on_columns, BindDistinctOn(distinct, resolve_key, sort_keys));
    }
    clause_name = "window definition";
    RETURN_IF_ERROR(BindWindowDefinitions(frame));
    grouping = nullptr;
    frame.grouping = nullptr;
    allow_aggregates = false;
    windowing = nullptr;
    allow_windows = false;
    const int group_key_count = static_cast<int>(grouping_state.keys.size());

    if (locking) {
      auto refuse = [&](std::string_view what) {
        return Status::Error(sqlstate::kFeatureNotSupported,
                             lock_request.strength + " is not allowed with " + std::string(what));
      };
      if (grouped) return refuse("aggregate functions");
      if (!windowing_state.functions.empty()) return refuse("window functions");
      if (!target_set_functions.empty()) return refuse("set-returning functions in the target list");
    }
    int key_count = static_cast<int>(grouping_state.keys.size());
    if (grouped) {
      for (auto& t : targets) RenumberAggregateRefs(*t.expr, key_count);
      for (auto& j : junk) RenumberAggregateRefs(*j, key_count);
      if (having) RenumberAggregateRefs(*having, key_count);
      if (grouping_state.has_sets) {
        plan = std::make_unique<exec::HashAggregateOperator>(exec::HashAggregateOperator::WithGroupingSets{},
                                                             std::move(plan), MakeGroupingSetKeys(grouping_state),
                                                             std::move(grouping_state.aggregates));
      } else {
        plan = std::make_unique<exec::HashAggregateOperator>(std::move(plan), std::move(grouping_state.keys),
                                                             std::move(grouping_state.aggregates));
      }
      if (having) plan = std::make_unique<exec::FilterOperator>(std::move(plan), std::move(having));
    }
    if (!windowing_state.functions.empty()) {
      // Windows evaluate after grouping, over its output (or the FROM rows).
      if (grouped) {
        for (auto& f : windowing_state.functions) RenumberAggregateRefs(f, group_key_count);
      }
      int first = static_cast<int>(plan->output_types().size());
      for (auto& t : targets) RenumberWindowRefs(*t.expr, first);
      for (auto& j : junk) RenumberWindowRefs(*j, first);
      plan = std::make_unique<exec::WindowOperator>(std::move(plan), std::move(windowing_state.functions));
    }
    if (!target_set_functions.empty()) {
      // Set-returning functions in the SELECT list: a ProjectSet over the
      // (grouped) input appends their results after its columns.
      int width = static_cast<int>(plan->output_types().size());
      auto renumber = [width](Expr& expr) {
        VisitExpr(expr, [width](Expr& e) {
          if (e.kind == ExprKind::kColumnRef && e.index >= kSetFunctionRefBase && e.index < kAggregateRefBase) {
            e.index = width + (e.index - kSetFunctionRefBase);
          }
        });
      };
      for (auto& f : target_set_functions) {
        for (auto& a : f.args) {
          if (grouped) RenumberAggregateRefs(*a, key_count);
        }
      }
      for (auto& t : targets) renumber(*t.expr);
      for (auto& j : junk) renumber(*j);
      plan = std::make_unique<exec::ProjectSetOperator>(std::move(plan), std::move(target_set_functions));
    }

    // FOR UPDATE / SHARE: the row key rides along as the last column.
    const bool lock_rows = locking && from.locked_table != nullptr;
    if (lock_rows) {
      junk.push_back(
          exec::MakeColumnRef(static_cast<int>(from.locked_table->columns.size()), SqlType::Of(types::kByteaOid)));
    }

    // DISTINCT
    if (is_distinct && !distinct_on && !junk.empty()) {
      return Status::Error(sqlstate::kInvalidColumnReference,
                           "for SELECT DISTINCT, ORDER BY expressions must appear in select list");
    }
    size_t visible = targets.size();
    std::vector<ExprPtr> projection;
    for (auto& t : targets) projection.push_back(t.expr->Clone());
    for (auto& j : junk) projection.push_back(std::move(j));
    std::vector<ExprPtr> lock_projection;  // LockRows recomputes the rows from the locked versions
    if (lock_rows) {
      for (const auto& e : projection) lock_projection.push_back(e->Clone());
    }
    bool trivial = !grouped && projection.size() == plan->output_types().size();
    for (size_t i = 0; trivial && i < projection.size(); ++i) {
      trivial = projection[i]->kind == ExprKind::kColumnRef && projection[i]->index == static_cast<int>(i) &&
                projection[i]->type == plan->output_types()[i];
    }
    if (!trivial) plan = std::make_unique<exec::ProjectionOperator>(std::move(plan), std::move(projection));
    if (distinct_on) {
      // Sorted by ORDER BY (+ the DISTINCT ON keys it lacks); the first row of
      // each key combination survives; LIMIT applies after DISTINCT ON.
      plan = std::make_unique<exec::SortOperator>(std::move(plan), CloneSortKeys(sort_keys));
      plan = std::make_unique<exec::DistinctOperator>(std::move(plan), distinct_on_columns);
      if (!with_ties) sort_keys.clear();
    } else if (is_distinct) {
      plan = std::make_unique<exec::DistinctOperator>(std::move(plan));
    }

    // LIMIT/OFFSET (constant → top-N sort or exec limit; $n → deferred).
    ExprPtr limit_expr, offset_expr;
    RETURN_IF_ERROR(BindLimitOffset(*this, stmt, frame, &limit_expr, &offset_expr));
    auto constant_of = [](const ExprPtr& e, std::optional<int64_t>* out) -> Result<bool> {
      if (!e) return true;
      std::vector<int> refs;
      CollectColumnRefs(*e, &refs);
      bool has_param = false;
      VisitExpr(*e, [&](Expr& x) { has_param |= x.kind == ExprKind::kParameter || x.kind == ExprKind::kSubquery; });
      if (has_param) return false;
      ASSIGN_OR_RETURN(types::Value v, exec::EvaluateConstant(*e, nullptr));
      if (!v.is_null()) *out = v.AsInt64();
      return true;
    };
    if (with_ties) {
      plan = PlanWithTies(std::move(plan), std::move(sort_keys), distinct_on, std::move(limit_expr),
                          std::move(offset_expr));
      sort_keys.clear();
      limit_expr.reset();
      offset_expr.reset();
    }
    if (lock_rows) {
      // Sort, then lock in order; LockRows applies OFFSET and LIMIT itself so
      // that it locks only the rows they take.
      if (!sort_keys.empty()) plan = std::make_unique<exec::SortOperator>(std::move(plan), std::move(sort_keys));
      sort_keys.clear();
      LockRowsOperator::Spec spec;
      spec.table = from.locked_table;
      spec.exclusive = lock_request.exclusive;
      spec.wait = lock_request.wait;
      spec.strength = lock_request.strength;
      spec.where = std::move(lock_where);
      for (const auto& e : lock_projection) spec.projection.push_back(e->Clone());
      spec.limit = std::move(limit_expr);
      spec.offset = std::move(offset_expr);
      plan = std::make_unique<LockRowsOperator>(std::move(plan), std::move(spec), state_.statement);
    }
    std::optional<int64_t> limit_value, offset_value;
    ASSIGN_OR_RETURN(bool limit_constant, constant_of(limit_expr, &limit_value));
    ASSIGN_OR_RETURN(bool offset_constant, constant_of(offset_expr, &offset_value));
    bool constant_limits = limit_constant && offset_constant;
    if (constant_limits) {
      if (limit_value && *limit_value < 0) return Status::Error("2201W", "LIMIT must not be negative");
      if (offset_value && *offset_value < 0) return Status::Error("2201X", "OFFSET must not be negative");
    }
    if (!sort_keys.empty()) {
      if (constant_limits && limit_value) {
        plan = std::make_unique<exec::SortOperator>(std::move(plan), std::move(sort_keys), limit_value,
                                                    offset_value.value_or(0));
      } else {
        plan = std::make_unique<exec::SortOperator>(std::move(plan), std::move(sort_keys));
        if (constant_limits && offset_value && *offset_value > 0) {
          plan = std::make_unique<exec::LimitOperator>(std::move(plan), std::nullopt, *offset_value);
        } else if (!constant_limits) {
          plan = std::make_unique<DeferredLimitOperator>(std::move(plan), std::move(limit_expr), std::move(offset_expr));
        }
      }
    } else if (constant_limits) {
      if (limit_value || (offset_value && *offset_value > 0)) {
        plan = std::make_unique<exec::LimitOperator>(std::move(plan), limit_value, offset_value.value_or(0));
      }
    } else {
      plan = std::make_unique<DeferredLimitOperator>(std::move(plan), std::move(limit_expr), std::move(offset_expr));
    }
    if (plan->output_types().size() != visible) {
      std::vector<ExprPtr> keep;
      for (size_t i = 0; i < visible; ++i) keep.push_back(exec::MakeColumnRef(static_cast<int>(i), targets[i].expr->type));
      plan = std::make_unique<exec::ProjectionOperator>(std::move(plan), std::move(keep));
    }
    BoundQuery result;
    result.plan = std::move(plan);
    for (auto& t : targets) {
      ResultColumn c;
      c.name = t.name;
      c.table_oid = t.table_oid;
      c.column_attnum = t.attnum;
      c.type_oid = t.expr->type.oid == types::kUnknownOid ? types::kTextOid : t.expr->type.oid;
      c.type_size = types::TypeLength(c.type_oid);
      // A record's typmod names its fields inside augurdb only (types/record.h).
      c.type_modifier = c.type_oid == types::kRecordOid ? -1 : t.expr->type.typmod;
      result.columns.push_back(std::move(c));
    }
    last_outer_values = std::move(frame.outer_values);
    last_outer_slots = std::move(frame.outer_slots);
    return result;
  }

  // ---- ORDER BY / LIMIT over VALUES or a set operation.
  std::vector<exec::SortKey> sort_keys;
  for (PgNode sort : stmt.List("sortClause")) {
    PgNode node = sort.Field("node");
    ExprPtr key;
    if (IsIntegerConstantNode(node)) {
      ASSIGN_OR_RETURN(key, OrdinalSortKey(*node.tree(), node, targets));
    } else {
      ASSIGN_OR_RETURN(key, BindExpr(node, frame));
      std::vector<int> refs;
      CollectColumnRefs(*key, &refs);
      if (key->kind != ExprKind::kColumnRef) {
        return WithLocation(Status::NotSupported("ORDER BY expressions on UNION/INTERSECT/EXCEPT results"),
                            node.Location());
      }
    }
    sort_keys.push_back(MakeSortKey(sort, std::move(key)));
  }
  ExprPtr limit_expr, offset_expr;
  RETURN_IF_ERROR(BindLimitOffset(*this, stmt, frame, &limit_expr, &offset_expr));
  if (with_ties) {
    plan = PlanWithTies(std::move(plan), std::move(sort_keys), false, std::move(limit_expr), std::move(offset_expr));
  }
  if (!sort_keys.empty()) plan = std::make_unique<exec::SortOperator>(std::move(plan), std::move(sort_keys));
  if (limit_expr || offset_expr) {
    plan = std::make_unique<DeferredLimitOperator>(std::move(plan), std::move(limit_expr), std::move(offset_expr));
  }
  BoundQuery result;
  result.plan = std::move(plan);
  std::vector<SqlType> types = result.plan->output_types();
  for (size_t i = 0; i < targets.size(); ++i) {
    ResultColumn c;
    c.name = targets[i].name;
    c.type_oid = types[i].oid == types::kUnknownOid ? types::kTextOid : types[i].oid;
    c.type_size = types::TypeLength(c.type_oid);
    c.type_modifier = c.type_oid == types::kRecordOid ? -1 : types[i].typmod;
    result.columns.push_back(std::move(c));
  }
  last_outer_values = std::move(frame.outer_values);
  last_outer_slots = std::move(frame.outer_slots);
  return result;
}

}  // namespace augur::sql
