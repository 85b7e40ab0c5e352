// INSERT, UPDATE and DELETE: binding and the operators that write rows.
//
// Every write goes through storage::Transaction, which enforces primary-key
// and unique-index uniqueness (23505) and row locking. NOT NULL (23502) and
// CHECK (23514) are verified here, per chunk, before any row of the chunk is
// written. UPDATE and DELETE lock each candidate row with GetForUpdate and
// re-evaluate the WHERE clause and the SET expressions on the version that
// lock returned: under READ COMMITTED that is the latest committed version
// (PostgreSQL's EvalPlanQual behaviour: concurrent increments are never
// lost); under REPEATABLE READ a row changed since the snapshot fails with
// 40001 instead.
#include <optional>
#include <unordered_set>

#include "sql/engine_impl.h"
#include "sql/foreign_keys.h"
#include "sql/table_source.h"
#include "types/datetime.h"
#include "types/text_io.h"

namespace augur::sql {

using exec::DataChunk;
using exec::ExprKind;
using exec::ExprPtr;
using exec::OperatorPtr;
using types::SqlType;

namespace {

std::string FailingRow(const DataChunk& chunk, uint32_t row, size_t columns) {
  std::string out = "Failing row contains (";
  for (size_t c = 0; c < columns; ++c) {
    if (c > 0) out += ", ";
    types::Value v = chunk.column(c).GetValue(row);
    out += v.is_null() ? "null" : types::FormatText(v);
  }
  return out + ").";
}

// Encodes physical row `row` of `chunk` (table column order) into `writer`.
std::string_view EncodeRow(const DataChunk& chunk, uint32_t row, const catalog::Table& table,
                           storage::RowWriter& writer) {
  const auto& layout = table.storage->layout;
  writer.Begin(table.storage->schema_version, layout);
  for (size_t c = 0; c < table.columns.size(); ++c) {
    const exec::Vector& v = chunk.column(c);
    if (v.IsNull(row)) {
      writer.AppendNull();
      continue;
    }
    switch (layout[c]) {
      case types::PhysicalKind::kBool: writer.AppendBool(v.values<bool>()[row]); break;
      case types::PhysicalKind::kChar: writer.AppendChar(v.values<std::string_view>()[row].empty() ? '\0' : v.values<std::string_view>()[row][0]); break;
      case types::PhysicalKind::kInt16: writer.AppendInt16(v.values<int16_t>()[row]); break;
      case types::PhysicalKind::kInt32: writer.AppendInt32(v.values<int32_t>()[row]); break;
      case types::PhysicalKind::kUint32: writer.AppendUint32(v.values<uint32_t>()[row]); break;
      case types::PhysicalKind::kInt64: writer.AppendInt64(v.values<int64_t>()[row]); break;
      case types::PhysicalKind::kFloat32: writer.AppendFloat32(v.values<float>()[row]); break;
      case types::PhysicalKind::kFloat64: writer.AppendFloat64(v.values<double>()[row]); break;
      case types::PhysicalKind::kNumeric: writer.AppendNumeric(v.values<types::Numeric>()[row]); break;
      case types::PhysicalKind::kInterval: writer.AppendInterval(v.values<types::Interval>()[row]); break;
      case types::PhysicalKind::kUuid: writer.AppendUuid(v.values<types::Uuid>()[row]); break;
      case types::PhysicalKind::kBytes: writer.AppendBytes(v.values<std::string_view>()[row]); break;
      case types::PhysicalKind::kNone: writer.AppendNull(); break;
    }
  }
  return writer.Finish();
}

// NOT NULL and CHECK verification shared by INSERT and UPDATE.
class ConstraintChecker {
 public:
  ConstraintChecker() = default;
  ConstraintChecker(std::shared_ptr<const catalog::Table> table, std::vector<ExprPtr> checks,
                    std::vector<std::string> check_names)
      : table_(std::move(table)), checks_(std::move(checks)), check_names_(std::move(check_names)) {}

  // WITH CHECK OPTION conditions of the view a statement writes through:
  // a row must make each true (NULL fails, unlike CHECK), else 44000.
  void AddViewChecks(std::vector<std::pair<ExprPtr, std::string>> view_checks) {
    view_checks_ = std::move(view_checks);
  }

  void Open(exec::ExecContext& context) {
    executors_.clear();
    for (auto& check : checks_) executors_.emplace_back(*check, &context);
    view_executors_.clear();
    for (auto& [check, view] : view_checks_) view_executors_.emplace_back(*check, &context);
  }

  // On error, *failed_row (if given) receives the physical row that failed.
  Status Verify(const DataChunk& chunk, uint32_t* failed_row = nullptr) {
    const catalog::Table& table = *table_;
    for (size_t c = 0; c < table.columns.size(); ++c) {
      if (!table.columns[c].not_null) continue;
      const exec::Vector& v = chunk.column(c);
      for (uint32_t i = 0; i < chunk.count(); ++i) {
        uint32_t row = chunk.RowIndex(i);
        if (v.IsNull(row)) {
          if (failed_row != nullptr) *failed_row = row;
          return Status::Error(sqlstate::kNotNullViolation, "null value in column \"" + table.columns[c].name +
                                                                "\" of relation \"" + table.name +
                                                                "\" violates not-null constraint")
              .WithDetail(FailingRow(chunk, row, table.columns.size()));
        }
      }
    }
    for (size_t k = 0; k < executors_.size(); ++k) {
      exec::Vector result(SqlType::Of(types::kBoolOid));
      RETURN_IF_ERROR(executors_[k].Execute(chunk, result));
      for (uint32_t i = 0; i < chunk.count(); ++i) {
        uint32_t row = chunk.RowIndex(i);
        if (result.IsValid(row) && !result.values<bool>()[row]) {
          if (failed_row != nullptr) *failed_row = row;
          return Status::Error(sqlstate::kCheckViolation, "new row for relation \"" + table.name +
                                                              "\" violates check constraint \"" + check_names_[k] + "\"")
              .WithDetail(FailingRow(chunk, row, table.columns.size()));
        }
      }
    }
    for (size_t k = 0; k < view_executors_.size(); ++k) {
      exec::Vector result(SqlType::Of(types::kBoolOid));
      RETURN_IF_ERROR(view_executors_[k].Execute(chunk, result));
      for (uint32_t i = 0; i < chunk.count(); ++i) {
        uint32_t row = chunk.RowIndex(i);
        if (!result.IsValid(row) || !result.values<bool>()[row]) {
          if (failed_row != nullptr) *failed_row = row;
          return Status::Error("44000", "new row violates check option for view \"" + view_checks_[k].second + "\"")
              .WithDetail(FailingRow(chunk, row, table.columns.size()));
        }
      }
    }
    return Status::Ok();
  }

 private:
  std::shared_ptr<const catalog::Table> table_;
  std::vector<ExprPtr> checks_;
  std::vector<std::string> check_names_;
  std::vector<exec::ExpressionExecutor> executors_;
  std::vector<std::pair<ExprPtr, std::string>> view_checks_;
  std::vector<exec::ExpressionExecutor> view_executors_;
};

std::vector<SqlType> TableTypes(const catalog::Table& table) {
  std::vector<SqlType> types;
  for (const auto& c : table.columns) types.push_back(c.type);
  return types;
}

// Names no SQL identifier can spell: the table columns a view target does
// not show (ViewTarget::shaped).
constexpr std::string_view kUnreachablePrefix = "\x01";

void MarkUnreachable(Scope& scope) {
  for (ScopeColumn& column : scope.columns) column.unreachable = column.name.starts_with(kUnreachablePrefix);
}

Scope TableScope(const catalog::Table& table, const std::string& alias) {
  Scope scope;
  for (const auto& column : table.columns) {
    ScopeColumn c;
    c.name = column.name;
    c.table_alias = alias;
    c.type = column.type;
    c.table_oid = table.oid;
    c.attnum = column.attnum;
    c.base_relation = true;
    scope.columns.push_back(std::move(c));
  }
  return scope;
}

// INSERT, UPDATE and DELETE through a view (docs/sql.md "DML through
// views"): a view over one table stands for the table. `shaped` is the table
// under the view's names (its other columns renamed out of reach), in the
// table's column order, so the statement's names bind to the table's
// columns; `columns` lists, per view column, the table column it is, or -1
// for a computed column, whose expression over the table's columns is in
// `computed` (readable in WHERE and RETURNING, never assigned).
struct ViewTarget {
  std::shared_ptr<const catalog::View> view;
  catalog::Table shaped;
  std::vector<int> columns;
  std::vector<std::shared_ptr<const exec::Expr>> computed;  // per view column; null for table columns
  // The WHERE conditions of the view and of the views it reads, over the
  // table's columns, with the view each comes from: UPDATE and DELETE see
  // only the rows the view shows.
  struct Condition {
    std::shared_ptr<const exec::Expr> expr;
    std::string view_name;
  };
  std::vector<Condition> conditions;
  // WITH CHECK OPTION: the conditions a new or updated row must meet
  // (PostgreSQL's rules: CASCADED takes the conditions of every view below,
  // LOCAL only its own; a view below with a check option of its own adds
  // its checks either way).
  std::vector<Condition> checks;
  std::vector<std::pair<ExprPtr, std::string>> CheckExprs() const {
    std::vector<std::pair<ExprPtr, std::string>> out;
    for (const auto& check : checks) out.emplace_back(check.expr->Clone(), check.view_name);
    return out;
  }

  // The view's computed columns, as columns of a scope over `shaped`.
  void AddComputed(Scope& scope, const std::string& alias) const {
    MarkUnreachable(scope);
    for (size_t i = 0; i < computed.size(); ++i) {
      if (computed[i] == nullptr) continue;
      ScopeColumn column;
      column.name = view->columns[i].name;
      column.table_alias = alias;
      column.type = computed[i]->type;
      column.computed = computed[i];
      scope.merged.push_back(std::move(column));
    }
  }
  bool IsComputed(std::string_view name) const {
    for (size_t i = 0; i < computed.size(); ++i) {
      if (computed[i] != nullptr && view->columns[i].name == name) return true;
    }
    return false;
  }
  // 0A000 for a value given to a computed column, as PostgreSQL.
  Status ReadOnlyColumn(std::string_view name, bool insert, int location) const {
    return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                      std::string(insert ? "cannot insert into column \"" : "cannot update column \"") +
                                          std::string(name) + "\" of view \"" + view->name + "\"")
                            .WithDetail("View columns that are not columns of their base relation are not updatable."),
                        location);
  }
};

// Parses and binds a stored expression (DEFAULT / CHECK text of `table`)
// over `scope`. Names in it (nextval('t_id_seq')) are looked up in the
// table's schema, then public, whatever the session's search_path: the
// text was written for the table (PostgreSQL keeps oids; docs/catalog.md
// "Schemas").
Result<ExprPtr> BindStoredExpression(Binder& binder, const catalog::Table& table, const std::string& sql,
                                     const Scope& scope, std::vector<std::shared_ptr<ParseTree>>* keep_alive) {
  std::vector<std::string> path = {table.schema_name};
  if (table.schema_name != "public") path.push_back("public");
  catalog::ScopedSearchPath search_path(&path);
  ASSIGN_OR_RETURN(auto parsed, ParseTree::Parse("SELECT (" + sql + ")"));
  std::shared_ptr<ParseTree> tree(std::move(parsed));
  keep_alive->push_back(tree);
  PgNode expr = tree->statements()[0].node.List("targetList")[0].Field("val");
  BindState state = binder.state();
  state.tree = tree.get();
  Binder sub(state);
  Frame frame;
  frame.scope = &scope;
  auto bound = sub.BindExpr(expr, frame);
  binder.state().next_slot = std::max(binder.state().next_slot, state.next_slot);
  binder.state().uses_now |= state.uses_now;
  return bound;
}

Result<ConstraintChecker> MakeChecker(Binder& binder, std::shared_ptr<const catalog::Table> table,
                                      std::vector<std::shared_ptr<ParseTree>>* keep_alive) {
  Scope scope = TableScope(*table, table->name);
  std::vector<ExprPtr> checks;
  std::vector<std::string> names;
  for (const auto& check : table->checks) {
    ASSIGN_OR_RETURN(ExprPtr e, BindStoredExpression(binder, *table, check.expression_sql, scope, keep_alive));
    if (e->type.oid != types::kBoolOid) {
      SqlType type = e->type;
      auto coerced = exec::CoerceTo(std::move(e), SqlType::Of(types::kBoolOid), exec::CastContext::kImplicit);
      if (!coerced.ok() || (*coerced)->type.oid != types::kBoolOid) {
        return Status::Error(sqlstate::kDatatypeMismatch,
                             "argument of CHECK must be type boolean, not type " + exec::TypeDisplayName(type));
      }
      e = std::move(coerced).value();
    }
    checks.push_back(std::move(e));
    names.push_back(check.name);
  }
  return ConstraintChecker(std::move(table), std::move(checks), std::move(names));
}

Result<ExprPtr> DefaultFor(Binder& binder, const catalog::Table& table, size_t column,
                           std::vector<std::shared_ptr<ParseTree>>* keep_alive) {
  const catalog::Column& c = table.columns[column];
  if (!c.default_sql) return exec::MakeNullConstant(c.type);
  Scope empty;
  ASSIGN_OR_RETURN(ExprPtr e, BindStoredExpression(binder, table, *c.default_sql, empty, keep_alive));
  return binder.CoerceToColumn(std::move(e), c.type, c.name, -1);
}

// ---- Operators ---------------------------------------------------------------

// Physical row `row` of `chunk` (table column order) as values, for foreign
// keys. (DataChunk::GetValue takes a logical row: through a selection it
// would read another row.)
void TableRowValues(const DataChunk& chunk, uint32_t row, const catalog::Table& table, std::vector<types::Value>* out) {
  out->resize(table.columns.size());
  for (size_t c = 0; c < out->size(); ++c) (*out)[c] = chunk.column(c).GetValue(row);
}

// The next batch of rows to insert from `child`, NOT NULL and CHECK verified
// (*failed_row: the physical row that failed); false at the end, after the
// foreign keys' end-of-statement checks.
Result<bool> NextProposedRows(exec::PhysicalOperator& child, DataChunk& chunk, ConstraintChecker& checker,
                              ForeignKeyEnforcer* foreign_keys, int64_t* failed_row) {
  ASSIGN_OR_RETURN(bool more, child.Next(chunk));
  if (!more) {
    if (foreign_keys != nullptr) RETURN_IF_ERROR(foreign_keys->Finish());
    return false;
  }
  uint32_t failed = 0;
  Status verified = checker.Verify(chunk, &failed);
  if (!verified.ok()) {
    *failed_row = failed;
    return verified;
  }
  return true;
}

class InsertOperator final : public ModifyOperator {
 public:
  InsertOperator(OperatorPtr child, std::shared_ptr<const catalog::Table> table, ConstraintChecker checker,
                 StatementContext* statement, std::vector<std::shared_ptr<ParseTree>> keep_alive,
                 std::unique_ptr<ForeignKeyEnforcer> foreign_keys)
      : ModifyOperator(TableTypes(*table)),
        child_(std::move(child)),
        table_(std::move(table)),
        checker_(std::move(checker)),
        statement_(statement),
        keep_alive_(std::move(keep_alive)),
        foreign_keys_(std::move(foreign_keys)) {}

  Status Open(exec::ExecContext& context) override {
    rows_ = 0;
    finished_ = false;
    checker_.Open(context);
    if (foreign_keys_) foreign_keys_->Open(&context);
    return child_->Open(context);
  }
  Result<bool> Next(DataChunk& out) override {
    failed_row_ = -1;
    if (finished_) return false;
    ASSIGN_OR_RETURN(bool more, NextProposedRows(*child_, out, checker_, foreign_keys_.get(), &failed_row_));
    if (!more) {
      finished_ = true;
      return false;
    }
    const storage::TableDescriptor& descriptor = *table_->storage;
    for (uint32_t i = 0; i < out.count(); ++i) {
      std::string_view row = EncodeRow(out, out.RowIndex(i), *table_, writer_);
      Status inserted = statement_->txn->Insert(descriptor, row);
      if (inserted.ok() && foreign_keys_) {
        TableRowValues(out, out.RowIndex(i), *table_, &values_);
        inserted = foreign_keys_->RowInserted(values_);
      }
      if (!inserted.ok()) {
        failed_row_ = out.RowIndex(i);
        return inserted;
      }
    }
    if (foreign_keys_) RETURN_IF_ERROR(foreign_keys_->FlushChecks());
    rows_ += out.count();
    return true;
  }
  int64_t failed_row() const override { return failed_row_; }
  void Close() override { child_->Close(); }
  std::string ExplainText() const override { return "Insert on " + table_->name; }
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }
  int64_t rows_affected() const override { return rows_; }

 private:
  OperatorPtr child_;
  std::shared_ptr<const catalog::Table> table_;
  ConstraintChecker checker_;
  StatementContext* statement_;
  std::vector<std::shared_ptr<ParseTree>> keep_alive_;
  storage::RowWriter writer_;
  int64_t rows_ = 0;
  int64_t failed_row_ = -1;
  std::unique_ptr<ForeignKeyEnforcer> foreign_keys_;
  std::vector<types::Value> values_;
  bool finished_ = false;
};

// INSERT ... ON CONFLICT (docs/sql.md "ON CONFLICT"). The child yields full
// rows in table column order. Each row passes NOT NULL and CHECK first (as in
// PostgreSQL, even one that then conflicts), then is looked up on the arbiter
// keys, which stay locked (Transaction::FindConflict): no conflict, it is
// inserted; a conflict, it is skipped (DO NOTHING) or, for DO UPDATE, the
// existing row and the proposed one (EXCLUDED) form one row of 2n columns
// over which WHERE and the SET values are evaluated, and the result replaces
// the existing row. Output: the inserted and updated rows, for RETURNING.
class UpsertOperator final : public ModifyOperator {
 public:
  struct Action {
    bool update = false;                      // DO UPDATE (else DO NOTHING)
    bool primary_key = false;                 // arbiters: the primary key,
    std::vector<std::string> unique_indexes;  // and these unique indexes
    std::vector<ExprPtr> set_values;          // over existing ‖ excluded, one per column
    ExprPtr where;                            // over existing ‖ excluded; may be null
  };

  UpsertOperator(OperatorPtr child, std::shared_ptr<const catalog::Table> table, ConstraintChecker checker,
                 Action action, StatementContext* statement, std::vector<std::shared_ptr<ParseTree>> keep_alive,
                 std::unique_ptr<ForeignKeyEnforcer> foreign_keys)
      : ModifyOperator(TableTypes(*table)),
        child_(std::move(child)),
        table_(std::move(table)),
        checker_(std::move(checker)),
        action_(std::move(action)),
        statement_(statement),
        keep_alive_(std::move(keep_alive)),
        foreign_keys_(std::move(foreign_keys)) {}

  Status Open(exec::ExecContext& context) override {
    rows_ = 0;
    finished_ = false;
    affected_.clear();
    checker_.Open(context);
    set_executors_.clear();
    for (auto& e : action_.set_values) set_executors_.emplace_back(*e, &context);
    where_executor_.reset();
    if (action_.where) where_executor_ = std::make_unique<exec::ExpressionExecutor>(*action_.where, &context);
    std::vector<SqlType> both = output_types_;
    both.insert(both.end(), output_types_.begin(), output_types_.end());
    combined_.Initialize(both);
    updated_.Initialize(output_types_);
    result_.Initialize(output_types_);
    if (foreign_keys_) foreign_keys_->Open(&context);
    return child_->Open(context);
  }

  Result<bool> Next(DataChunk& out) override {
    failed_row_ = -1;
    for (exec::Vector& column : out.columns()) column = exec::Vector();
    out.SetSize(0);
    out.ClearSelection();
    while (!finished_) {
      DataChunk& input = input_;
      ASSIGN_OR_RETURN(bool more, NextProposedRows(*child_, input, checker_, foreign_keys_.get(), &failed_row_));
      if (!more) {
        finished_ = true;
        return false;
      }
      result_.Reset();
      uint32_t produced = 0;
      for (uint32_t i = 0; i < input.count(); ++i) {
        uint32_t row = input.RowIndex(i);
        Status status = Upsert(input, row, &produced);
        if (!status.ok()) {
          failed_row_ = row;
          return status;
        }
      }
      if (foreign_keys_) RETURN_IF_ERROR(foreign_keys_->FlushChecks());
      if (produced == 0) continue;
      result_.SetSize(produced);
      rows_ += produced;
      out.Reference(result_);
      return true;
    }
    return false;
  }
  int64_t failed_row() const override { return failed_row_; }
  void Close() override { child_->Close(); }
  std::string ExplainText() const override { return "Insert on " + table_->name + " (ON CONFLICT)"; }
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }
  int64_t rows_affected() const override { return rows_; }

 private:
  Status Upsert(const DataChunk& input, uint32_t row, uint32_t* produced) {
    const storage::TableDescriptor& descriptor = *table_->storage;
    storage::Transaction& txn = *statement_->txn;
    proposed_.assign(EncodeRow(input, row, *table_, writer_));
    ASSIGN_OR_RETURN(auto conflict,
                     txn.FindConflict(descriptor, proposed_, action_.primary_key, action_.unique_indexes, &existing_));
    const size_t n = table_->columns.size();
    if (!conflict) {
      std::string key;
      RETURN_IF_ERROR(txn.Insert(descriptor, proposed_, &key));
      if (foreign_keys_) {
        TableRowValues(input, row, *table_, &new_values_);
        RETURN_IF_ERROR(foreign_keys_->RowInserted(new_values_));
      }
      if (action_.update) affected_.insert(std::move(key));
      for (size_t c = 0; c < n; ++c) result_.column(c).CopyValue(input.column(c), row, *produced);
      ++*produced;
      return Status::Ok();
    }
    if (!action_.update) return Status::Ok();
    if (affected_.count(*conflict) != 0) {
      return Status::Error(sqlstate::kCardinalityViolation,
                           "ON CONFLICT DO UPDATE command cannot affect row a second time")
          .WithHint(
              "Ensure that no rows proposed for insertion within the same command have duplicate constrained "
              "values.");
    }
    // existing ‖ excluded, one row.
    combined_.Reset();
    RETURN_IF_ERROR(view_.Reset(existing_, descriptor.layout));
    DecodeRowInto(view_, *table_, combined_, 0);
    for (size_t c = 0; c < n; ++c) combined_.column(n + c).CopyValue(input.column(c), row, 0);
    combined_.SetSize(1);
    if (where_executor_) {
      ASSIGN_OR_RETURN(uint32_t selected, where_executor_->Select(combined_, sel_.data()));
      if (selected == 0) return Status::Ok();
    }
    updated_.Reset();
    for (size_t c = 0; c < n; ++c)
      RETURN_IF_ERROR(set_executors_[c].Execute(combined_, nullptr, 1, updated_.column(c)));
    updated_.SetSize(1);
    RETURN_IF_ERROR(checker_.Verify(updated_));
    std::string_view new_row = EncodeRow(updated_, 0, *table_, writer_);
    RETURN_IF_ERROR(txn.Update(descriptor, *conflict, existing_, new_row));
    affected_.insert(*conflict);
    if (!table_->storage->has_hidden_row_id()) {
      // A changed primary key is the same row under its new key.
      std::vector<types::Value> key_values;
      for (int column : descriptor.primary_key) key_values.push_back(updated_.GetValue(column, 0));
      std::string new_key;
      storage::Transaction::EncodeRowKey(descriptor, key_values, &new_key);
      affected_.insert(std::move(new_key));
    }
    if (foreign_keys_) {
      TableRowValues(combined_, 0, *table_, &old_values_);
      TableRowValues(updated_, 0, *table_, &new_values_);
      RETURN_IF_ERROR(foreign_keys_->RowUpdated(old_values_, new_values_));
    }
    for (size_t c = 0; c < n; ++c) result_.column(c).CopyValue(updated_.column(c), 0, *produced);
    ++*produced;
    return Status::Ok();
  }

  OperatorPtr child_;
  std::shared_ptr<const catalog::Table> table_;
  ConstraintChecker checker_;
  Action action_;
  StatementContext* statement_;
  std::vector<std::shared_ptr<ParseTree>> keep_alive_;
  std::unique_ptr<ForeignKeyEnforcer> foreign_keys_;
  std::vector<exec::ExpressionExecutor> set_executors_;
  std::unique_ptr<exec::ExpressionExecutor> where_executor_;
  DataChunk input_;
  DataChunk combined_;  // existing ‖ excluded
  DataChunk updated_;
  DataChunk result_;
  exec::SelectionVector sel_;
  storage::RowView view_;
  storage::RowWriter writer_;
  std::string proposed_;
  std::string existing_;
  std::unordered_set<std::string> affected_;  // rows this command inserted or updated (DO UPDATE)
  std::vector<types::Value> old_values_, new_values_;
  int64_t rows_ = 0;
  int64_t failed_row_ = -1;
  bool finished_ = false;
};

// UPDATE and DELETE: the child yields table columns + the row key (bytea),
// then (UPDATE ... FROM / DELETE ... USING) the joined FROM items' columns.
// Output: the new (UPDATE) or deleted (DELETE) table columns, the key and the
// joined columns, for RETURNING. With joined rows a target row is changed at
// most once (its first joined row wins, as in PostgreSQL).
class LockedRowModifier final : public ModifyOperator {
 public:
  LockedRowModifier(bool is_delete, OperatorPtr child, std::shared_ptr<const catalog::Table> table, ExprPtr recheck,
                    std::vector<ExprPtr> new_values, ConstraintChecker checker, StatementContext* statement,
                    std::vector<std::shared_ptr<ParseTree>> keep_alive,
                    std::unique_ptr<ForeignKeyEnforcer> foreign_keys)
      : ModifyOperator(child->output_types()),
        is_delete_(is_delete),
        child_(std::move(child)),
        table_(std::move(table)),
        recheck_(std::move(recheck)),
        new_values_(std::move(new_values)),
        checker_(std::move(checker)),
        statement_(statement),
        keep_alive_(std::move(keep_alive)),
        foreign_keys_(std::move(foreign_keys)) {}

  Status Open(exec::ExecContext& context) override {
    rows_ = 0;
    context_ = &context;
    checker_.Open(context);
    if (executors_context_ == &context) {
      // Next execution of a cached plan: reuse the executors.
      if (recheck_executor_) recheck_executor_->ResetForExecution();
      for (auto& executor : value_executors_) executor.ResetForExecution();
    } else {
      recheck_executor_.reset();
      if (recheck_) recheck_executor_ = std::make_unique<exec::ExpressionExecutor>(*recheck_, &context);
      value_executors_.clear();
      for (auto& e : new_values_) value_executors_.emplace_back(*e, &context);
      executors_context_ = &context;
    }
    for (exec::Vector& column : input_.columns()) column = exec::Vector();  // drop references to the child's chunks
    input_.SetSize(0);
    input_.ClearSelection();
    ReleaseReferencesToLatest();
    latest_.Initialize(output_types_);
    joined_ = output_types_.size() > table_->columns.size() + 1;
    seen_keys_.clear();
    seen_memory_.Bind(&context.memory);
    finished_ = false;
    if (foreign_keys_) foreign_keys_->Open(&context);
    return child_->Open(context);
  }

  Result<bool> Next(DataChunk& out) override {
    if (finished_) return false;
    while (true) {
      DataChunk& input = input_;
      ASSIGN_OR_RETURN(bool more, child_->Next(input));
      if (!more) {
        finished_ = true;
        if (foreign_keys_) RETURN_IF_ERROR(foreign_keys_->Finish());
        return false;
      }
      const storage::TableDescriptor& descriptor = *table_->storage;
      size_t key_column = table_->columns.size();
      // Drop the references to the previous batch so latest_ keeps its storage.
      for (exec::Vector& column : out.columns()) column = exec::Vector();
      out.SetSize(0);
      out.ClearSelection();
      ReleaseReferencesToLatest();
      latest_.Reset();
      uint32_t n = 0;
      for (uint32_t i = 0; i < input.count(); ++i) {
        uint32_t row = input.RowIndex(i);
        std::string_view key = input.column(key_column).values<std::string_view>()[row];
        if (joined_) {
          // Several joined rows may name one target row: only the first counts.
          if (!seen_keys_.emplace(key).second) continue;
          RETURN_IF_ERROR(seen_memory_.Grow(static_cast<int64_t>(key.size()) + 64));
        }
        ASSIGN_OR_RETURN(bool found, statement_->txn->GetForUpdate(descriptor, key, &old_rows_[n]));
        if (!found) continue;  // deleted concurrently: PostgreSQL skips it too
        keys_[n].assign(key);
        RETURN_IF_ERROR(view_.Reset(old_rows_[n], descriptor.layout));
        DecodeRowInto(view_, *table_, latest_, n);
        for (size_t c = key_column; c < output_types_.size(); ++c) latest_.column(c).CopyValue(input.column(c), row, n);
        ++n;
      }
      if (n == 0) continue;
      latest_.SetSize(n);
      uint32_t selected = n;
      const uint32_t* sel = nullptr;
      if (recheck_executor_) {
        ASSIGN_OR_RETURN(selected, recheck_executor_->Select(latest_, sel_.data()));
        sel = sel_.data();
        if (selected == 0) continue;
        latest_.SetSelection(sel, selected);
      }
      if (is_delete_) {
        for (uint32_t i = 0; i < selected; ++i) {
          uint32_t row = latest_.RowIndex(i);
          RETURN_IF_ERROR(statement_->txn->Delete(descriptor, keys_[row], old_rows_[row]));
          if (foreign_keys_) {
            RowValues(latest_, row, &old_values_);
            RETURN_IF_ERROR(foreign_keys_->RowDeleted(old_values_));
          }
        }
        rows_ += selected;
        out.Reference(latest_);
        return true;
      }
      // New row values, evaluated over the locked (latest) versions, into a
      // chunk of ours that later executions reuse (out references it).
      // (Evaluation gives each computed column private storage; the other
      // columns become references to latest_'s.)
      DataChunk& updated = updated_;
      if (updated.column_count() != output_types_.size()) updated.Initialize(output_types_);
      for (size_t c = 0; c < new_values_.size(); ++c) {
        RETURN_IF_ERROR(value_executors_[c].Execute(latest_, sel, selected, updated.column(c)));
      }
      for (size_t c = new_values_.size(); c < output_types_.size(); ++c) {
        updated.column(c).Reference(latest_.column(c));
      }
      updated.SetSize(n);
      if (sel) {
        updated.SetSelection(sel, selected);
      } else {
        updated.ClearSelection();
      }
      out.Reference(updated);
      RETURN_IF_ERROR(checker_.Verify(out));
      for (uint32_t i = 0; i < selected; ++i) {
        uint32_t row = out.RowIndex(i);
        std::string_view new_row = EncodeRow(out, row, *table_, writer_);
        RETURN_IF_ERROR(statement_->txn->Update(descriptor, keys_[row], old_rows_[row], new_row));
        if (foreign_keys_) {
          RowValues(latest_, row, &old_values_);
          RowValues(out, row, &new_values_row_);
          RETURN_IF_ERROR(foreign_keys_->RowUpdated(old_values_, new_values_row_));
        }
      }
      rows_ += selected;
      return true;
    }
  }
  void Close() override { child_->Close(); }
  std::string ExplainText() const override { return std::string(is_delete_ ? "Delete on " : "Update on ") + table_->name; }
  std::vector<const PhysicalOperator*> children() const override { return {child_.get()}; }
  int64_t rows_affected() const override { return rows_; }

 private:
  // Drops updated_'s columns that are references to latest_'s (copied
  // columns and plain column references in SET), which would otherwise make
  // latest_'s storage shared and its Reset() allocate fresh arrays.
  void ReleaseReferencesToLatest() {
    for (size_t c = 0; c < updated_.column_count(); ++c) {
      if (c >= new_values_.size() || new_values_[c]->kind == exec::ExprKind::kColumnRef) {
        updated_.column(c) = exec::Vector();
      }
    }
  }

  bool is_delete_;
  OperatorPtr child_;
  std::shared_ptr<const catalog::Table> table_;
  ExprPtr recheck_;
  std::vector<ExprPtr> new_values_;
  ConstraintChecker checker_;
  StatementContext* statement_;
  std::vector<std::shared_ptr<ParseTree>> keep_alive_;
  exec::ExecContext* context_ = nullptr;
  std::unique_ptr<exec::ExpressionExecutor> recheck_executor_;
  std::vector<exec::ExpressionExecutor> value_executors_;
  exec::ExecContext* executors_context_ = nullptr;  // the executors were built for
  DataChunk input_;
  DataChunk latest_;
  DataChunk updated_;
  std::vector<std::string> old_rows_ = std::vector<std::string>(exec::kVectorSize);
  std::vector<std::string> keys_ = std::vector<std::string>(exec::kVectorSize);
  exec::SelectionVector sel_;
  storage::RowView view_;
  storage::RowWriter writer_;
  int64_t rows_ = 0;
  bool joined_ = false;
  std::unordered_set<std::string> seen_keys_;
  exec::MemoryReservation seen_memory_;
  std::unique_ptr<ForeignKeyEnforcer> foreign_keys_;
  std::vector<types::Value> old_values_;
  std::vector<types::Value> new_values_row_;
  bool finished_ = false;

  void RowValues(const DataChunk& chunk, uint32_t row, std::vector<types::Value>* out) const {
    TableRowValues(chunk, row, *table_, out);
  }
};

// RETURNING * / RETURNING x.* of UPDATE ... FROM / DELETE ... USING: the
// target's columns, then the FROM items' (PostgreSQL's order).
Status ExpandJoinedStar(const JoinedTarget& joined, PgNode star, std::vector<ExprPtr>* exprs,
                        std::vector<ResultColumn>* columns) {
  auto fields = star.List("fields");
  std::string_view qualifier = fields.size() >= 2 ? fields[fields.size() - 2].StringValue() : "";
  bool any = false;
  for (int idx : joined.star) {
    const ScopeColumn& c = idx >= 0 ? joined.scope->columns[idx] : joined.scope->merged[-1 - idx];
    if (!qualifier.empty() && (idx < 0 || c.table_alias != qualifier)) continue;
    exprs->push_back(idx >= 0 ? exec::MakeColumnRef(idx, c.type) : c.computed->Clone());
    ResultColumn column;
    column.name = c.name;
    column.table_oid = c.table_oid;
    column.column_attnum = c.attnum;
    column.type_oid = c.type.oid;
    column.type_size = types::TypeLength(column.type_oid);
    column.type_modifier = c.type.typmod;
    columns->push_back(std::move(column));
    any = true;
  }
  if (!qualifier.empty() && !any) {
    return WithLocation(Status::Error(sqlstate::kUndefinedTable,
                                      "missing FROM-clause entry for table \"" + std::string(qualifier) + "\""),
                        star.Location());
  }
  return Status::Ok();
}

// RETURNING list over the table's columns (or, for UPDATE ... FROM /
// DELETE ... USING, over `joined`'s scope: the FROM items' columns too).
Result<BoundQuery> BindReturning(Binder& binder, PgNode stmt, const catalog::Table& table, const std::string& alias,
                                 OperatorPtr plan, const JoinedTarget* joined = nullptr,
                                 const ViewTarget* view = nullptr) {
  BoundQuery result;
  auto targets = stmt.List("returningList");
  if (targets.empty()) {
    result.plan = std::move(plan);
    return result;
  }
  Scope table_scope = TableScope(table, alias);
  if (view != nullptr) view->AddComputed(table_scope, alias);
  Frame table_frame;
  table_frame.scope = &table_scope;
  Frame& frame = joined ? *joined->frame : table_frame;
  std::vector<ExprPtr> exprs;
  for (PgNode target : targets) {
    PgNode val = target.Field("val");
    if (joined && val.Is("ColumnRef") && val.List("fields").back().Is("A_Star")) {
      RETURN_IF_ERROR(ExpandJoinedStar(*joined, val, &exprs, &result.columns));
      continue;
    }
    if (val.Is("ColumnRef") && val.List("fields").back().Is("A_Star")) {
      // A view's * is its columns, in its order.
      std::vector<int> all;
      if (view == nullptr) {
        for (size_t c = 0; c < table.columns.size(); ++c) all.push_back(static_cast<int>(c));
      }
      const std::vector<int>& star = view != nullptr ? view->columns : all;
      for (size_t i = 0; i < star.size(); ++i) {
        int c = star[i];
        if (c < 0) {
          exprs.push_back(view->computed[i]->Clone());
          ResultColumn column;
          column.name = view->view->columns[i].name;
          column.type_oid = view->computed[i]->type.oid;
          column.type_size = types::TypeLength(column.type_oid);
          column.type_modifier = view->computed[i]->type.typmod;
          result.columns.push_back(column);
          continue;
        }
        exprs.push_back(exec::MakeColumnRef(c, table.columns[c].type));
        ResultColumn column;
        column.name = table.columns[c].name;
        column.table_oid = table.oid;
        column.column_attnum = table.columns[c].attnum;
        column.type_oid = table.columns[c].type.oid;
        column.type_size = types::TypeLength(column.type_oid);
        column.type_modifier = table.columns[c].type.typmod;
        result.columns.push_back(column);
      }
      continue;
    }
    ASSIGN_OR_RETURN(ExprPtr e, binder.BindExpr(val, frame));
    if (e->type.oid == types::kUnknownOid) {
      ASSIGN_OR_RETURN(e, exec::CoerceTo(std::move(e), SqlType::Of(types::kTextOid), exec::CastContext::kImplicit));
    }
    ResultColumn column;
    if (!target.Str("name").empty()) {
      column.name = target.Str("name");
    } else if (val.Is("ColumnRef")) {
      column.name = val.List("fields").back().StringValue();
    } else if (val.Is("FuncCall")) {
      column.name = val.List("funcname").back().StringValue();
    } else {
      column.name = "?column?";
    }
    if (e->kind == ExprKind::kColumnRef) {
      const ScopeColumn& c = frame.scope->columns[e->index];
      column.table_oid = c.table_oid;
      column.column_attnum = c.attnum;
    }
    column.type_oid = e->type.oid;
    column.type_size = types::TypeLength(column.type_oid);
    column.type_modifier = e->type.typmod;
    result.columns.push_back(column);
    exprs.push_back(std::move(e));
  }
  result.plan = std::make_unique<exec::ProjectionOperator>(std::move(plan), std::move(exprs));
  return result;
}

enum class DmlVerb { kInsert, kUpdate, kDelete };

Result<std::shared_ptr<const catalog::Table>> ViewBaseTable(Binder& binder, PgNode relation,
                                                            std::shared_ptr<const catalog::View> view, DmlVerb verb,
                                                            ViewTarget* out) {
  const char* message = verb == DmlVerb::kInsert   ? "cannot insert into view \""
                        : verb == DmlVerb::kUpdate ? "cannot update view \""
                                                   : "cannot delete from view \"";
  const char* hint =
      verb == DmlVerb::kInsert
          ? "To enable inserting into the view, provide an INSTEAD OF INSERT trigger or an unconditional ON INSERT "
            "DO INSTEAD rule."
      : verb == DmlVerb::kUpdate
          ? "To enable updating the view, provide an INSTEAD OF UPDATE trigger or an unconditional ON UPDATE DO "
            "INSTEAD rule."
          : "To enable deleting from the view, provide an INSTEAD OF DELETE trigger or an unconditional ON DELETE DO "
            "INSTEAD rule.";
  auto refuse = [&](const std::string& detail) {
    return WithLocation(Status::Error("55000", message + view->name + "\"").WithDetail(detail).WithHint(hint),
                        relation.Location());
  };
  auto not_done = [&](const std::string& what) {
    return WithLocation(Status::NotSupported("INSERT, UPDATE and DELETE on a view " + what), relation.Location());
  };
  ASSIGN_OR_RETURN(PgNode select, UserViewSelect(view->query));
  if (select.Str("op") != "SETOP_NONE" && !select.Str("op").empty()) {
    return refuse("Views containing UNION, INTERSECT, or EXCEPT are not automatically updatable.");
  }
  if (select.Field("withClause")) return refuse("Views containing WITH are not automatically updatable.");
  if (!select.List("distinctClause").empty())
    return refuse("Views containing DISTINCT are not automatically updatable.");
  if (!select.List("groupClause").empty()) return refuse("Views containing GROUP BY are not automatically updatable.");
  if (select.Field("havingClause")) return refuse("Views containing HAVING are not automatically updatable.");
  if (select.Field("limitCount") || select.Field("limitOffset")) {
    return refuse("Views containing LIMIT or OFFSET are not automatically updatable.");
  }
  auto from = select.List("fromClause");
  if (!select.List("valuesLists").empty() || from.size() != 1 || !from[0].Is("RangeVar")) {
    return refuse("Views that do not select from a single table or view are not automatically updatable.");
  }
  if (!select.List("windowClause").empty() || !select.List("lockingClause").empty()) {
    return not_done("with WINDOW or FOR UPDATE");
  }
  PgNode from_relation = from[0];
  // The view's names mean what they meant when it was created.
  static const std::vector<std::string> kPublicOnly = {"public"};
  catalog::ScopedSearchPath written_path(view->search_path.empty() ? &kPublicOnly : &view->search_path, &view->schemas);
  const std::string source_alias = from_relation.Field("alias")
                                       ? std::string(from_relation.Field("alias").Str("aliasname"))
                                       : std::string(from_relation.Str("relname"));
  // What the view reads: a table, or a view that is itself updatable (its
  // columns and conditions already over that table's columns).
  std::shared_ptr<const catalog::Table> table;
  std::optional<ViewTarget> inner;
  {
    auto found = binder.state().catalog->LookupTable(binder.state().statement->txn, from_relation.Str("schemaname"),
                                                     from_relation.Str("relname"));
    if (!found.ok() && found.status().Is(sqlstate::kWrongObjectType)) {
      auto inner_view = binder.state().catalog->LookupView(
          binder.state().statement->txn, from_relation.Str("schemaname"), from_relation.Str("relname"));
      if (inner_view.ok() && *inner_view) {
        if (binder.state().view_depth >= 64) {
          return WithLocation(
              Status::Error("42P17", "infinite recursion detected in rules for relation \"" + view->name + "\""),
              relation.Location());
        }
        ++binder.state().view_depth;
        inner.emplace();
        found = ViewBaseTable(binder, relation, *inner_view, verb, &*inner);
        --binder.state().view_depth;
      }
    }
    if (!found.ok()) return WithLocation(found.TakeStatus(), relation.Location());
    table = *found;
  }
  Scope source_scope = TableScope(inner ? inner->shaped : *table, source_alias);
  if (inner) inner->AddComputed(source_scope, source_alias);
  Frame source_frame;
  source_frame.scope = &source_scope;
  out->view = view;
  if (inner) out->conditions = inner->conditions;
  if (PgNode where = select.Field("whereClause")) {
    Binder sub(binder.state());
    auto bound = sub.BindCondition(where, source_frame, "WHERE");
    if (!bound.ok()) {
      Status status = bound.TakeStatus();
      status.ClearPosition();
      return WithLocation(std::move(status), relation.Location());
    }
    out->conditions.push_back({std::shared_ptr<const exec::Expr>(std::move(bound).value()), view->name});
  }
  if (view->check_option == 'c') {
    out->checks = out->conditions;
  } else {
    if (inner) out->checks = inner->checks;
    if (view->check_option == 'l' && select.Field("whereClause")) out->checks.push_back(out->conditions.back());
  }
  std::vector<int> outputs;  // the query's output columns as table columns, -1: computed
  std::vector<std::shared_ptr<const exec::Expr>> computed;
  auto add = [&](exec::ExprPtr e) {
    if (e->kind == ExprKind::kColumnRef) {
      outputs.push_back(e->index);
      computed.push_back(nullptr);
    } else {
      outputs.push_back(-1);
      computed.push_back(std::shared_ptr<const exec::Expr>(std::move(e)));
    }
  };
  for (PgNode target : select.List("targetList")) {
    PgNode val = target.Field("val");
    auto fields = val.Is("ColumnRef") ? val.List("fields") : std::vector<PgNode>{};
    if (!fields.empty() && fields.back().Is("A_Star")) {
      if (fields.size() == 2 && fields[0].StringValue() != source_alias) {
        return not_done("with columns it cannot compute per row");
      }
      if (inner) {
        for (size_t i = 0; i < inner->columns.size(); ++i) {
          add(inner->columns[i] >= 0 ? exec::MakeColumnRef(inner->columns[i], table->columns[inner->columns[i]].type)
                                     : inner->computed[i]->Clone());
        }
      } else {
        for (size_t c = 0; c < table->columns.size(); ++c) {
          add(exec::MakeColumnRef(static_cast<int>(c), table->columns[c].type));
        }
      }
      continue;
    }
    if (val.Is("FuncCall") && val.Field("over")) {
      return refuse("Views that return window functions are not automatically updatable.");
    }
    Binder sub(binder.state());
    sub.clause_name = "SELECT";
    auto bound = sub.BindExpr(val, source_frame);
    if (!bound.ok()) {
      if (bound.status().Is(sqlstate::kGroupingError)) {
        return refuse("Views that return aggregate functions are not automatically updatable.");
      }
      if (val.Is("FuncCall") && exec::IsTableFunctionName(val.List("funcname").back().StringValue())) {
        return refuse("Views that return set-returning functions are not automatically updatable.");
      }
      return not_done("with a column it cannot compute per row");
    }
    add(std::move(bound).value());
  }
  if (outputs.size() < view->columns.size()) return not_done("whose columns changed");
  outputs.resize(view->columns.size());
  computed.resize(view->columns.size());
  out->computed = std::move(computed);
  out->shaped = *table;
  out->shaped.name = view->name;
  for (auto& column : out->shaped.columns) {
    column.name.insert(0, kUnreachablePrefix);  // out of reach
    // A view's columns have no defaults of their own: UPDATE ... SET c =
    // DEFAULT through it writes NULL, as PostgreSQL (INSERT leaves such
    // columns to the table's defaults).
    column.default_sql.reset();
  }
  for (size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i] < 0) continue;
    catalog::Column& column = out->shaped.columns[outputs[i]];
    if (!column.name.starts_with(kUnreachablePrefix)) {
      // The same table column twice: the second is read-only, as a
      // computed column.
      out->computed[i] = exec::MakeColumnRef(outputs[i], column.type);
      outputs[i] = -1;
      continue;
    }
    column.name = view->columns[i].name;
  }
  out->columns = std::move(outputs);
  return table;
}

}  // namespace

namespace {

// A BindState for binding outside a statement's own binder (stored
// expressions, a view's updatability): slot 0 is now().
void InitStandaloneBindState(BindState& state, catalog::Catalog& catalog, StatementContext* statement) {
  state.catalog = &catalog;
  state.statement = statement;
  state.now_slot = 0;
  state.next_slot = 1;
}

}  // namespace

bool ViewIsAutoUpdatable(catalog::Catalog& catalog, StatementContext* statement,
                         std::shared_ptr<const catalog::View> view) {
  BindState state;
  InitStandaloneBindState(state, catalog, statement);
  Binder binder(state);
  ViewTarget target;
  return ViewBaseTable(binder, PgNode(), std::move(view), DmlVerb::kInsert, &target).ok();
}

Status CheckViewAcceptsCheckOption(Binder& binder, std::shared_ptr<const catalog::View> view, PgNode relation) {
  ViewTarget target;
  auto table = ViewBaseTable(binder, relation, std::move(view), DmlVerb::kInsert, &target);
  if (table.ok()) return Status::Ok();
  Status status = table.TakeStatus();
  if (!status.Is("55000")) return status;
  return Status::Error(sqlstate::kFeatureNotSupported,
                       "WITH CHECK OPTION is supported only on automatically updatable views")
      .WithHint(status.detail());
}

namespace {

Result<std::shared_ptr<const catalog::Table>> LookupTarget(Binder& binder, PgNode relation, DmlVerb verb,
                                                           std::optional<ViewTarget>* view_target) {
  auto table = binder.state().catalog->LookupTable(binder.state().statement->txn, relation.Str("schemaname"),
                                                   relation.Str("relname"));
  if (!table.ok()) {
    if (table.status().Is(sqlstate::kWrongObjectType)) {
      auto view = binder.state().catalog->LookupView(binder.state().statement->txn, relation.Str("schemaname"),
                                                     relation.Str("relname"));
      if (view.ok() && *view) {
        view_target->emplace();
        table = ViewBaseTable(binder, relation, *view, verb, &**view_target);
        if (!table.ok()) return table.TakeStatus();
        binder.state().NoteTableUse((*table)->oid, (*table)->name, /*write=*/true);
        return table;
      }
    }
    return WithLocation(table.TakeStatus(), relation.Location());
  }
  RETURN_IF_ERROR(WithLocation(catalog::CheckTemporaryAccess((*table)->schema_name), relation.Location()));
  binder.state().NoteTableUse((*table)->oid, (*table)->name, /*write=*/true);
  return table;
}

}  // namespace

Result<RowVerifier> MakeRowVerifier(catalog::Catalog& catalog, StatementContext* statement,
                                    std::shared_ptr<const catalog::Table> table) {
  struct State {
    std::vector<std::shared_ptr<ParseTree>> keep_alive;
    ConstraintChecker checker;
    exec::ExecContext context;
    std::vector<SqlType> types;
  };
  auto shared = std::make_shared<State>();
  BindState bind_state;
  InitStandaloneBindState(bind_state, catalog, statement);
  Binder binder(bind_state);
  ASSIGN_OR_RETURN(shared->checker, MakeChecker(binder, table, &shared->keep_alive));
  shared->context.parameters.resize(std::max(bind_state.next_slot, 1));
  shared->context.parameters[0] = types::Value::TimestampTz(types::CurrentTimestamp());
  shared->checker.Open(shared->context);
  shared->types = TableTypes(*table);
  return RowVerifier([shared](std::span<const types::Value> row) -> Status {
    DataChunk chunk;
    chunk.Initialize(shared->types);
    for (size_t c = 0; c < row.size(); ++c) chunk.column(c).SetValue(0, row[c]);
    chunk.SetSize(1);
    return shared->checker.Verify(chunk);
  });
}

Result<types::Value> EvaluateColumnDefault(catalog::Catalog& catalog, StatementContext* statement,
                                           exec::ExecContext* context, const catalog::Table& table, int column) {
  BindState bind_state;
  bind_state.catalog = &catalog;
  bind_state.statement = statement;
  bind_state.now_slot = 0;
  bind_state.next_slot = 1;
  Binder binder(bind_state);
  std::vector<std::shared_ptr<ParseTree>> keep_alive;
  ASSIGN_OR_RETURN(ExprPtr e, DefaultFor(binder, table, static_cast<size_t>(column), &keep_alive));
  exec::ExecContext evaluation;
  evaluation.parameters.resize(std::max(bind_state.next_slot, 1));
  evaluation.parameters[0] = types::Value::TimestampTz(types::CurrentTimestamp());
  if (context != nullptr) evaluation.sequences = context->sequences;
  return exec::EvaluateConstant(*e, &evaluation);
}

Status ValidateTableExpressions(std::shared_ptr<const catalog::Table> table, catalog::Catalog& catalog,
                                storage::Transaction* txn) {
  StatementContext statement{txn};
  BindState state;
  state.catalog = &catalog;
  state.statement = &statement;
  state.now_slot = 0;
  state.next_slot = 1;
  Binder binder(state);
  std::vector<std::shared_ptr<ParseTree>> keep_alive;
  ASSIGN_OR_RETURN(ConstraintChecker checker, MakeChecker(binder, table, &keep_alive));
  Scope empty;
  for (const catalog::Column& column : table->columns) {
    if (!column.default_sql) continue;
    ASSIGN_OR_RETURN(ExprPtr d, BindStoredExpression(binder, *table, *column.default_sql, empty, &keep_alive));
    // As in PostgreSQL, an untyped literal is converted now (22P02 at CREATE);
    // other values are cast when a row is inserted (e.g. smallint overflow).
    if (d->kind == ExprKind::kConstant && d->type.oid == types::kUnknownOid) {
      ASSIGN_OR_RETURN(d, binder.CoerceToColumn(std::move(d), column.type, column.name, -1));
    } else if (!(d->type == column.type) &&
               !exec::CanCast(d->type, column.type, exec::CastContext::kAssignment)) {
      return Status::Error(sqlstate::kDatatypeMismatch,
                           "column \"" + column.name + "\" is of type " + exec::TypeDisplayName(column.type) +
                               " but default expression is of type " + exec::TypeDisplayName(d->type))
          .WithHint("You will need to rewrite or cast the expression.");
    }
  }
  return Status::Ok();
}

namespace {
Result<std::unique_ptr<ModifyOperator>> BindUpsert(Binder& binder, PgNode clause,
                                                   std::shared_ptr<const catalog::Table> table,
                                                   const std::string& alias, const std::vector<int>& targets,
                                                   OperatorPtr source,
                                                   std::vector<std::shared_ptr<ParseTree>> keep_alive);
}  // namespace

Result<BoundQuery> BindInsert(Binder& binder, PgNode stmt, ModifyOperator** modify) {
  std::optional<CteScope> cte_scope;
  if (PgNode with_clause = stmt.Field("withClause")) {
    ASSIGN_OR_RETURN(CteScope scope, binder.BindWithClause(with_clause, nullptr));
    cte_scope.emplace(std::move(scope));
  }
  PgNode relation = stmt.Field("relation");
  std::optional<ViewTarget> view;
  ASSIGN_OR_RETURN(auto table, LookupTarget(binder, relation, DmlVerb::kInsert, &view));
  // Names resolve against the view's columns when the target is a view.
  const catalog::Table& names = view ? view->shaped : *table;
  std::string alias = relation.Field("alias") ? std::string(relation.Field("alias").Str("aliasname")) : names.name;
  std::vector<std::shared_ptr<ParseTree>> keep_alive;
  if (view && stmt.Field("onConflictClause")) {
    return WithLocation(Status::NotSupported("INSERT ... ON CONFLICT on a view"), relation.Location());
  }

  // Target columns.
  std::vector<int> targets;
  for (PgNode col : stmt.List("cols")) {
    std::string name(col.Str("name"));
    if (!col.List("indirection").empty()) return Status::NotSupported("INSERT into subscripted or field columns");
    if (view && view->IsComputed(name)) return view->ReadOnlyColumn(name, /*insert=*/true, col.Location());
    int index = names.FindColumn(name);
    if (index < 0) {
      return WithLocation(Status::Error(sqlstate::kUndefinedColumn,
                                        "column \"" + name + "\" of relation \"" + names.name + "\" does not exist"),
                          col.Location());
    }
    if (std::find(targets.begin(), targets.end(), index) != targets.end()) {
      return WithLocation(Status::Error(sqlstate::kDuplicateColumn, "column \"" + name + "\" specified more than once"),
                          col.Location());
    }
    targets.push_back(index);
  }
  bool explicit_columns = !targets.empty();
  if (!explicit_columns) {
    if (view) {
      // The view's columns up to its first computed one: a value for that
      // one is refused below.
      for (int c : view->columns) {
        if (c < 0) break;
        targets.push_back(c);
      }
    } else {
      for (size_t c = 0; c < table->columns.size(); ++c) targets.push_back(static_cast<int>(c));
    }
  }
  // GENERATED ALWAYS AS IDENTITY columns take only DEFAULT (428C9).
  auto identity_violation = [&](size_t column) -> Status {
    if (table->columns[column].identity != 'a' || stmt.Str("override") == "OVERRIDING_SYSTEM_VALUE") return Status::Ok();
    return Status::Error("428C9", "cannot insert a non-DEFAULT value into column \"" + table->columns[column].name + "\"")
        .WithDetail("Column \"" + table->columns[column].name + "\" is an identity column defined as GENERATED ALWAYS.")
        .WithHint("Use OVERRIDING SYSTEM VALUE to override.");
  };

  // Source rows, each value already of its target column's type.
  OperatorPtr source;
  PgNode select = stmt.Field("selectStmt");
  Scope empty_scope;
  Frame frame;
  frame.scope = &empty_scope;
  if (!select) {
    // INSERT ... DEFAULT VALUES
    std::vector<std::vector<ExprPtr>> rows(1);
    source = std::make_unique<exec::ValuesOperator>(std::vector<SqlType>{}, std::move(rows));
    targets.clear();
  } else if (!select.List("valuesLists").empty() && select.List("sortClause").empty() &&
             !select.Field("limitCount") && !select.Field("limitOffset")) {
    std::vector<std::vector<ExprPtr>> rows;
    for (PgNode row : select.List("valuesLists")) {
      auto items = row.Is("List") ? row.List("items") : row.Items();
      if (view && !explicit_columns && items.size() > targets.size() && targets.size() < view->columns.size()) {
        return view->ReadOnlyColumn(view->view->columns[targets.size()].name, /*insert=*/true,
                                    items[targets.size()].Location());
      }
      if (items.size() > targets.size()) {
        return WithLocation(Status::Error(sqlstate::kSyntaxError, "INSERT has more expressions than target columns"),
                            items[targets.size()].Location());
      }
      if (explicit_columns && items.size() < targets.size()) {
        return WithLocation(Status::Error(sqlstate::kSyntaxError, "INSERT has more target columns than expressions"),
                            stmt.List("cols")[items.size()].Location());
      }
      std::vector<ExprPtr> exprs;
      for (size_t i = 0; i < items.size(); ++i) {
        size_t column = static_cast<size_t>(targets[i]);
        if (items[i].Is("SetToDefault")) {
          ASSIGN_OR_RETURN(ExprPtr d, DefaultFor(binder, *table, column, &keep_alive));
          exprs.push_back(std::move(d));
          continue;
        }
        RETURN_IF_ERROR(identity_violation(column));
        binder.clause_name = "VALUES";
        ASSIGN_OR_RETURN(ExprPtr e, binder.BindExpr(items[i], frame));
        ASSIGN_OR_RETURN(e, binder.CoerceToColumn(std::move(e), table->columns[column].type,
                                                  table->columns[column].name, items[i].Location()));
        exprs.push_back(std::move(e));
      }
      // Rows shorter than the implicit column list get defaults.
      for (size_t i = items.size(); i < targets.size(); ++i) {
        ASSIGN_OR_RETURN(ExprPtr d, DefaultFor(binder, *table, static_cast<size_t>(targets[i]), &keep_alive));
        exprs.push_back(std::move(d));
      }
      rows.push_back(std::move(exprs));
    }
    std::vector<SqlType> types;
    for (int t : targets) types.push_back(table->columns[t].type);
    source = std::make_unique<exec::ValuesOperator>(types, std::move(rows));
  } else {
    std::vector<SqlType> hints;
    for (int t : targets) hints.push_back(table->columns[t].type);
    binder.output_type_hints = &hints;
    auto bound_select = binder.BindSelect(select, nullptr);
    binder.output_type_hints = nullptr;
    if (!bound_select.ok()) return bound_select.TakeStatus();
    BoundQuery query = std::move(bound_select).value();
    std::vector<SqlType> types = query.plan->output_types();
    if (view && !explicit_columns && types.size() > targets.size() && targets.size() < view->columns.size()) {
      return view->ReadOnlyColumn(view->view->columns[targets.size()].name, /*insert=*/true, -1);
    }
    if (types.size() > targets.size()) {
      return Status::Error(sqlstate::kSyntaxError, "INSERT has more expressions than target columns");
    }
    if (explicit_columns && types.size() < targets.size()) {
      return Status::Error(sqlstate::kSyntaxError, "INSERT has more target columns than expressions");
    }
    targets.resize(types.size());
    for (int t : targets) RETURN_IF_ERROR(identity_violation(static_cast<size_t>(t)));
    std::vector<ExprPtr> casts;
    for (size_t i = 0; i < types.size(); ++i) {
      const catalog::Column& column = table->columns[targets[i]];
      ASSIGN_OR_RETURN(ExprPtr e, binder.CoerceToColumn(exec::MakeColumnRef(static_cast<int>(i), types[i]), column.type,
                                                        column.name, -1));
      casts.push_back(std::move(e));
    }
    source = std::make_unique<exec::ProjectionOperator>(std::move(query.plan), std::move(casts));
  }

  std::unique_ptr<ModifyOperator> insert;
  if (PgNode on_conflict = stmt.Field("onConflictClause")) {
    ASSIGN_OR_RETURN(insert,
                     BindUpsert(binder, on_conflict, table, alias, targets, std::move(source), std::move(keep_alive)));
  } else {
    ASSIGN_OR_RETURN(insert,
                     BindInsertFromSource(binder, table, targets, std::move(source), std::move(keep_alive),
                                          view ? view->CheckExprs() : std::vector<std::pair<ExprPtr, std::string>>{}));
  }
  *modify = insert.get();
  return BindReturning(binder, stmt, names, alias, std::move(insert), nullptr, view ? &*view : nullptr);
}

namespace {

// Full rows in table column order: `targets` from `source`, the rest defaults.
Result<OperatorPtr> FullRows(Binder& binder, const catalog::Table& table, const std::vector<int>& targets,
                             OperatorPtr source, std::vector<std::shared_ptr<ParseTree>>* keep_alive) {
  std::vector<ExprPtr> row;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    auto it = std::find(targets.begin(), targets.end(), static_cast<int>(c));
    if (it != targets.end()) {
      row.push_back(exec::MakeColumnRef(static_cast<int>(it - targets.begin()), table.columns[c].type));
    } else {
      ASSIGN_OR_RETURN(ExprPtr d, DefaultFor(binder, table, c, keep_alive));
      row.push_back(std::move(d));
    }
  }
  return OperatorPtr(std::make_unique<exec::ProjectionOperator>(std::move(source), std::move(row)));
}

Result<std::vector<ExprPtr>> BindSetList(Binder& binder, const std::vector<PgNode>& targets,
                                         const catalog::Table& table, Frame& frame,
                                         std::vector<std::shared_ptr<ParseTree>>* keep_alive);

// ON CONFLICT's arbiters (PostgreSQL's inference): without a target every
// unique constraint and index (DO NOTHING only); ON CONSTRAINT name; or the
// unique constraints and indexes whose columns are exactly the target's.
Status ChooseArbiters(PgNode clause, const catalog::Table& table, UpsertOperator::Action* action) {
  PgNode infer = clause.Field("infer");
  const storage::TableDescriptor& descriptor = *table.storage;
  bool has_key = !descriptor.has_hidden_row_id();
  if (!infer) {
    if (action->update) {
      return WithLocation(Status::Error(sqlstate::kSyntaxError,
                                        "ON CONFLICT DO UPDATE requires inference specification or constraint name")
                              .WithHint("For example, ON CONFLICT (column_name)."),
                          clause.Location());
    }
    action->primary_key = has_key;
    for (const auto& index : descriptor.indexes) {
      if (index.unique) action->unique_indexes.push_back(index.name);
    }
    return Status::Ok();
  }
  std::string constraint(infer.Str("conname"));
  if (!constraint.empty()) {
    if (has_key && constraint == descriptor.primary_key_name) {
      action->primary_key = true;
      return Status::Ok();
    }
    // A unique constraint (not a bare unique index, as in PostgreSQL).
    for (const auto& index : table.indexes) {
      if (index.name != constraint || !index.is_constraint) continue;
      action->unique_indexes.push_back(index.name);
      return Status::Ok();
    }
    return Status::Error(sqlstate::kUndefinedObject,
                         "constraint \"" + constraint + "\" for table \"" + table.name + "\" does not exist");
  }
  std::vector<int> columns;
  for (PgNode element : infer.List("indexElems")) {
    if (element.Field("expr"))
      return WithLocation(Status::NotSupported("ON CONFLICT on an expression"), infer.Location());
    std::string name(element.Str("name"));
    int column = table.FindColumn(name);
    if (column < 0) {
      return WithLocation(Status::Error(sqlstate::kUndefinedColumn, "column \"" + name + "\" does not exist"),
                          infer.Location());
    }
    columns.push_back(column);
  }
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  auto same = [&](std::vector<int> key) {
    std::sort(key.begin(), key.end());
    return key == columns;
  };
  if (has_key && same(descriptor.primary_key)) action->primary_key = true;
  for (const auto& index : descriptor.indexes) {
    if (index.unique && same(index.columns)) action->unique_indexes.push_back(index.name);
  }
  if (!action->primary_key && action->unique_indexes.empty()) {
    return Status::Error(sqlstate::kInvalidColumnReference,
                         "there is no unique or exclusion constraint matching the ON CONFLICT specification");
  }
  return Status::Ok();
}

// INSERT ... ON CONFLICT over `source` (the target columns' values).
Result<std::unique_ptr<ModifyOperator>> BindUpsert(Binder& binder, PgNode clause,
                                                   std::shared_ptr<const catalog::Table> table,
                                                   const std::string& alias, const std::vector<int>& targets,
                                                   OperatorPtr source,
                                                   std::vector<std::shared_ptr<ParseTree>> keep_alive) {
  UpsertOperator::Action action;
  action.update = clause.Str("action") == "ONCONFLICT_UPDATE";
  RETURN_IF_ERROR(ChooseArbiters(clause, *table, &action));
  if (action.update) {
    // The existing row by the table's name (or alias), the proposed one as
    // EXCLUDED: columns 0..n-1 and n..2n-1 of the operator's combined row.
    Scope scope = TableScope(*table, alias);
    Scope excluded = TableScope(*table, "excluded");
    for (auto& column : excluded.columns) scope.columns.push_back(std::move(column));
    Frame frame;
    frame.scope = &scope;
    ASSIGN_OR_RETURN(action.set_values, BindSetList(binder, clause.List("targetList"), *table, frame, &keep_alive));
    if (PgNode where = clause.Field("whereClause")) {
      binder.clause_name = "WHERE";
      ASSIGN_OR_RETURN(action.where, binder.BindCondition(where, frame, "WHERE"));
    }
  }
  ASSIGN_OR_RETURN(OperatorPtr full, FullRows(binder, *table, targets, std::move(source), &keep_alive));
  ASSIGN_OR_RETURN(ConstraintChecker checker, MakeChecker(binder, table, &keep_alive));
  ASSIGN_OR_RETURN(auto foreign_keys,
                   ForeignKeyEnforcer::ForTable(binder.state().catalog, binder.state().statement, table));
  return std::unique_ptr<ModifyOperator>(
      std::make_unique<UpsertOperator>(std::move(full), table, std::move(checker), std::move(action),
                                       binder.state().statement, std::move(keep_alive), std::move(foreign_keys)));
}

}  // namespace

Result<std::unique_ptr<ModifyOperator>> BindInsertFromSource(Binder& binder,
                                                             std::shared_ptr<const catalog::Table> table,
                                                             const std::vector<int>& targets, OperatorPtr source,
                                                             std::vector<std::shared_ptr<ParseTree>> keep_alive,
                                                             std::vector<std::pair<ExprPtr, std::string>> view_checks) {
  ASSIGN_OR_RETURN(OperatorPtr full, FullRows(binder, *table, targets, std::move(source), &keep_alive));
  ASSIGN_OR_RETURN(ConstraintChecker checker, MakeChecker(binder, table, &keep_alive));
  checker.AddViewChecks(std::move(view_checks));
  ASSIGN_OR_RETURN(auto foreign_keys,
                   ForeignKeyEnforcer::ForTable(binder.state().catalog, binder.state().statement, table));
  return std::unique_ptr<ModifyOperator>(std::make_unique<InsertOperator>(std::move(full), table, std::move(checker),
                                                                          binder.state().statement,
                                                                          std::move(keep_alive), std::move(foreign_keys)));
}

namespace {

// UPDATE's SET list (and ON CONFLICT DO UPDATE's) over `frame`: one value
// per column of `table`, the column itself where SET does not assign it.
Result<std::vector<ExprPtr>> BindSetList(Binder& binder, const std::vector<PgNode>& targets,
                                         const catalog::Table& table, Frame& frame,
                                         std::vector<std::shared_ptr<ParseTree>>* keep_alive) {
  std::vector<ExprPtr> new_values;
  for (size_t c = 0; c < table.columns.size(); ++c) {
    new_values.push_back(exec::MakeColumnRef(static_cast<int>(c), table.columns[c].type));
  }
  std::vector<bool> assigned(table.columns.size(), false);
  for (PgNode target : targets) {
    std::string name(target.Str("name"));
    if (!target.List("indirection").empty()) return Status::NotSupported("UPDATE of subscripted or field columns");
    PgNode val = target.Field("val");
    ExprPtr multi_value;  // SET (a, b) = (SELECT ...): column colno of the subquery
    if (val.Is("MultiAssignRef")) {
      ASSIGN_OR_RETURN(multi_value, binder.BindMultiAssign(val, frame, &val));
    }
    int index = table.FindColumn(name);
    if (index < 0) {
      return WithLocation(Status::Error(sqlstate::kUndefinedColumn,
                                        "column \"" + name + "\" of relation \"" + table.name + "\" does not exist"),
                          target.Location());
    }
    if (assigned[index]) {
      return WithLocation(Status::Error(sqlstate::kSyntaxError, "multiple assignments to same column \"" + name + "\""),
                          target.Location());
    }
    assigned[index] = true;
    const catalog::Column& column = table.columns[index];
    if (column.identity == 'a' && !val.Is("SetToDefault")) {
      return WithLocation(Status::Error("428C9", "column \"" + name + "\" can only be updated to DEFAULT")
                              .WithDetail("Column \"" + name + "\" is an identity column defined as GENERATED ALWAYS."),
                          target.Location());
    }
    if (val.Is("SetToDefault")) {
      ASSIGN_OR_RETURN(new_values[index], DefaultFor(binder, table, index, keep_alive));
      continue;
    }
    binder.clause_name = "UPDATE";
    ExprPtr e;
    if (multi_value) {
      e = std::move(multi_value);
    } else {
      ASSIGN_OR_RETURN(e, binder.BindExpr(val, frame));
    }
    ASSIGN_OR_RETURN(new_values[index], binder.CoerceToColumn(std::move(e), column.type, column.name, val.Location()));
  }
  return new_values;
}

Result<BoundQuery> BindUpdateOrDelete(Binder& binder, PgNode stmt, bool is_delete, ModifyOperator** modify) {
  std::optional<CteScope> cte_scope;
  if (PgNode with_clause = stmt.Field("withClause")) {
    ASSIGN_OR_RETURN(CteScope scope, binder.BindWithClause(with_clause, nullptr));
    cte_scope.emplace(std::move(scope));
  }
  PgNode relation = stmt.Field("relation");
  if (!relation.Bool("inh") && relation.Field("inh")) {
    // ONLY t: no inheritance here, same meaning.
  }
  std::optional<ViewTarget> view;
  ASSIGN_OR_RETURN(auto table, LookupTarget(binder, relation, is_delete ? DmlVerb::kDelete : DmlVerb::kUpdate, &view));
  // Names resolve against the view's columns when the target is a view.
  const catalog::Table& names = view ? view->shaped : *table;
  std::string alias = relation.Field("alias") ? std::string(relation.Field("alias").Str("aliasname")) : names.name;
  std::vector<std::shared_ptr<ParseTree>> keep_alive;
  Scope scope = TableScope(names, alias);
  if (view) view->AddComputed(scope, alias);
  Frame table_frame;
  table_frame.scope = &scope;

  // UPDATE ... FROM / DELETE ... USING: the target joined with other tables.
  auto from_items = stmt.List(is_delete ? "usingClause" : "fromClause");
  if (view && !from_items.empty()) {
    return WithLocation(Status::NotSupported(is_delete ? "DELETE ... USING on a view" : "UPDATE ... FROM on a view"),
                        relation.Location());
  }
  std::optional<JoinedTarget> joined;
  if (!from_items.empty()) {
    PgNode where = stmt.Field("whereClause");
    if (where && where.Is("CurrentOfExpr")) return Status::NotSupported("WHERE CURRENT OF");
    ASSIGN_OR_RETURN(joined, binder.BindJoinedTarget(table, alias, relation.Location(), from_items, where));
  }
  Frame& frame = joined ? *joined->frame : table_frame;

  std::vector<ExprPtr> conjuncts;
  ExprPtr recheck;
  if (joined) {
    recheck = std::move(joined->where);
  } else if (PgNode where = stmt.Field("whereClause")) {
    if (where.Is("CurrentOfExpr")) return Status::NotSupported("WHERE CURRENT OF");
    binder.clause_name = "WHERE";
    ASSIGN_OR_RETURN(ExprPtr condition, binder.BindCondition(where, frame, "WHERE"));
    recheck = condition->Clone();
    SplitConjuncts(std::move(condition), &conjuncts);
  }
  if (view) {
    // Only the rows the view shows.
    for (const auto& condition : view->conditions) {
      if (recheck) {
        std::vector<ExprPtr> both;
        both.push_back(condition.expr->Clone());
        both.push_back(std::move(recheck));
        recheck = CombineConjuncts(std::move(both));
      } else {
        recheck = condition.expr->Clone();
      }
      SplitConjuncts(condition.expr->Clone(), &conjuncts);
    }
  }
  std::vector<ExprPtr> new_values;
  if (!is_delete) {
    if (view) {
      for (PgNode target : stmt.List("targetList")) {
        if (view->IsComputed(target.Str("name"))) {
          return view->ReadOnlyColumn(target.Str("name"), /*insert=*/false, target.Location());
        }
      }
    }
    ASSIGN_OR_RETURN(new_values, BindSetList(binder, stmt.List("targetList"), names, frame, &keep_alive));
  }
  OperatorPtr scan = joined ? std::move(joined->plan)
                            : PlanTableAccess(table, std::move(conjuncts), binder.state().statement,
                                              /*with_row_key=*/true);
  ConstraintChecker checker;
  if (!is_delete) {
    ASSIGN_OR_RETURN(checker, MakeChecker(binder, table, &keep_alive));
    if (view) checker.AddViewChecks(view->CheckExprs());
  }
  ASSIGN_OR_RETURN(auto foreign_keys,
                   ForeignKeyEnforcer::ForTable(binder.state().catalog, binder.state().statement, table));
  auto modifier = std::make_unique<LockedRowModifier>(is_delete, std::move(scan), table, std::move(recheck),
                                                      std::move(new_values), std::move(checker),
                                                      binder.state().statement, std::move(keep_alive),
                                                      std::move(foreign_keys));
  *modify = modifier.get();
  return BindReturning(binder, stmt, names, alias, std::move(modifier), joined ? &*joined : nullptr,
                       view ? &*view : nullptr);
}

}  // namespace

Result<BoundQuery> BindUpdate(Binder& binder, PgNode stmt, ModifyOperator** modify) {
  return BindUpdateOrDelete(binder, stmt, false, modify);
}

Result<BoundQuery> BindDelete(Binder& binder, PgNode stmt, ModifyOperator** modify) {
  return BindUpdateOrDelete(binder, stmt, true, modify);
}

}  // namespace augur::sql
