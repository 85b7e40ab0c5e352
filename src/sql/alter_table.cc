// ALTER TABLE and ALTER TABLE ... RENAME.
//
// Every ALTER TABLE works the same way (docs/sql.md, "ALTER TABLE"):
//   1. Catalog::LockTableForAlter takes the table lock exclusively (DML and
//      other DDL on the table wait, as for PostgreSQL's AccessExclusiveLock)
//      and returns the current definition.
//   2. Each action edits a working copy of the definition (AlterState); the
//      actions of one statement apply in order.
//   3. Catalog::ReplaceTable stores the result. When the rows must change —
//      a new or dropped primary key (the row key changes), a dropped column,
//      a changed column type, or a new column with a non-NULL default — the
//      table is *rewritten*: its rows move to a fresh storage id, re-encoded
//      for the new layout, and the old keys are deleted after commit. A new
//      nullable column without default needs no rewrite (rows written before
//      it are shorter; missing trailing columns read as NULL).
//   4. New NOT NULL and CHECK constraints are validated with one scan.
// All of it happens inside the statement's transaction, so a failure (23505
// duplicates for a new key, 23502, 23514) or a ROLLBACK leaves the table as
// it was.
#include <functional>
#include <set>

#include "sql/engine_impl.h"
#include "sql/foreign_keys.h"
#include "sql/table_source.h"
#include "types/text_io.h"

namespace augur::sql {

using exec::ExprPtr;
using types::SqlType;

namespace {

// An identifier as PostgreSQL's quote_identifier prints it.
std::string QuoteIdent(std::string_view name) {
  bool safe = !name.empty() && ((name[0] >= 'a' && name[0] <= 'z') || name[0] == '_');
  for (char c : name) safe = safe && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (safe) return std::string(name);
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  return quoted + "\"";
}

// Renames identifier tokens `from` to `to` in stored expression text
// (CHECK / DEFAULT), keeping quotes, strings and comments intact.
std::string RenameIdentifier(const std::string& sql, const std::string& from, const std::string& to) {
  std::string out;
  size_t pos = 0;
  while (pos < sql.size()) {
    char c = sql[pos];
    if (c == '\'') {
      size_t end = pos + 1;
      while (end < sql.size()) {
        if (sql[end] == '\'' && end + 1 < sql.size() && sql[end + 1] == '\'') {
          end += 2;
          continue;
        }
        if (sql[end] == '\'') break;
        ++end;
      }
      end = std::min(end + 1, sql.size());
      out.append(sql, pos, end - pos);
      pos = end;
      continue;
    }
    if (c == '"') {
      size_t end = pos + 1;
      std::string name;
      while (end < sql.size()) {
        if (sql[end] == '"' && end + 1 < sql.size() && sql[end + 1] == '"') {
          name.push_back('"');
          end += 2;
          continue;
        }
        if (sql[end] == '"') break;
        name.push_back(sql[end++]);
      }
      end = std::min(end + 1, sql.size());
      if (name == from) {
        out += QuoteIdent(to);
      } else {
        out.append(sql, pos, end - pos);
      }
      pos = end;
      continue;
    }
    bool ident_start = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || static_cast<unsigned char>(c) >= 0x80;
    if (ident_start && (pos == 0 || !(std::isalnum(static_cast<unsigned char>(sql[pos - 1])) || sql[pos - 1] == '_'))) {
      size_t end = pos;
      while (end < sql.size() && (std::isalnum(static_cast<unsigned char>(sql[end])) || sql[end] == '_' ||
                                  sql[end] == '$' || static_cast<unsigned char>(sql[end]) >= 0x80)) {
        ++end;
      }
      std::string word = sql.substr(pos, end - pos);
      std::string folded = word;
      for (char& ch : folded) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      // Not a function name (followed by '(') and not after '.'/'::'.
      size_t next = end;
      while (next < sql.size() && sql[next] == ' ') ++next;
      bool is_call = next < sql.size() && sql[next] == '(';
      bool after_cast = pos >= 2 && sql[pos - 1] == ':' && sql[pos - 2] == ':';
      if (folded == from && !is_call && !after_cast) {
        out += QuoteIdent(to);
      } else {
        out += word;
      }
      pos = end;
      continue;
    }
    out.push_back(c);
    ++pos;
  }
  return out;
}

bool Mentions(const std::string& sql, const std::string& column) {
  return RenameIdentifier(sql, column, column + "\x01") != sql;
}

Scope ScopeOf(const catalog::Table& table) {
  Scope scope;
  for (const auto& column : table.columns) {
    ScopeColumn c;
    c.name = column.name;
    c.table_alias = table.name;
    c.type = column.type;
    c.table_oid = table.oid;
    c.attnum = column.attnum;
    scope.columns.push_back(std::move(c));
  }
  return scope;
}

// Expression binding over a table, with the parse trees kept alive.
class ExpressionBinder {
 public:
  ExpressionBinder(DdlContext& context) : statement_{context.txn} {
    state_.catalog = &context.catalog;
    state_.statement = &statement_;
    state_.now_slot = 0;
    state_.next_slot = 1;
  }
  Result<ExprPtr> Bind(const std::string& sql, const Scope& scope) {
    ASSIGN_OR_RETURN(auto parsed, ParseTree::Parse("SELECT (" + sql + ")"));
    std::shared_ptr<ParseTree> tree(std::move(parsed));
    trees_.push_back(tree);
    PgNode expr = tree->statements()[0].node.List("targetList")[0].Field("val");
    state_.tree = tree.get();
    Binder binder(state_);
    Frame frame;
    frame.scope = &scope;
    return binder.BindExpr(expr, frame);
  }
  Result<ExprPtr> CoerceToColumn(ExprPtr expr, const catalog::Column& column) {
    Binder binder(state_);
    return binder.CoerceToColumn(std::move(expr), column.type, column.name, -1);
  }
  Result<ExprPtr> BindCheck(const std::string& sql, const Scope& scope) {
    ASSIGN_OR_RETURN(ExprPtr e, Bind(sql, scope));
    if (e->type.oid != types::kBoolOid) {
      SqlType type = e->type;
      auto coerced = exec::CoerceTo(std::move(e), SqlType::Of(types::kBoolOid), exec::CastContext::kImplicit);
      if (!coerced.ok() || (*coerced)->type.oid != types::kBoolOid) {
        return Status::Error(sqlstate::kDatatypeMismatch,
                             "argument of CHECK must be type boolean, not type " + exec::TypeDisplayName(type));
      }
      e = std::move(coerced).value();
    }
    return e;
  }
  // An ExecContext for running plans that use these expressions.
  void Prepare(exec::ExecContext& context, DdlContext& ddl) {
    context.parameters.resize(std::max(state_.next_slot, 1));
    context.parameters[0] = types::Value::TimestampTz(ddl.transaction_start_us);
    context.sequences = ddl.sequences;
  }
  StatementContext* statement() { return &statement_; }

 private:
  StatementContext statement_;
  BindState state_;
  std::vector<std::shared_ptr<ParseTree>> trees_;
};

// The working copy an ALTER TABLE's actions edit.
struct AlterState {
  std::shared_ptr<const catalog::Table> current;
  catalog::Table updated;
  std::vector<int> old_position_of;  // per column of `updated`
  // Per column of `updated`: SQL computing its value from the old row when
  // the table is rewritten (USING / new column default); empty = the old
  // column (cast to the new type if it changed) or NULL for a new column.
  std::vector<std::optional<std::string>> value_sql;
  std::vector<bool> type_changed;
  bool rewrite = false;         // the rows move to new storage
  bool reencode = false;        // ... and must be re-encoded (layout changed)
  std::set<std::string> validate_not_null;  // column names
  bool validate_all_checks = false;
  std::vector<std::string> validate_checks;  // names of new CHECK constraints
  std::vector<std::string> validate_foreign_keys;  // names of new or validated FOREIGN KEYs
  // New serial/identity columns: the sequence is made owned after ReplaceTable.
  std::vector<std::pair<std::shared_ptr<const catalog::Sequence>, std::string>> new_owned_sequences;
  std::vector<std::string> taken_names;  // names chosen in this statement
};

std::string Relation(const AlterState& state) { return state.updated.name; }

int FindColumn(const AlterState& state, std::string_view name) { return state.updated.FindColumn(name); }

Status NoSuchColumn(const AlterState& state, const std::string& name) {
  return Status::Error(sqlstate::kUndefinedColumn,
                       "column \"" + name + "\" of relation \"" + Relation(state) + "\" does not exist");
}

// Index-backed constraints and checks named `name` on the table.
bool HasConstraint(const AlterState& state, const std::string& name) {
  for (const auto& index : state.updated.indexes) {
    if (index.is_constraint && index.name == name) return true;
  }
  for (const auto& check : state.updated.checks) {
    if (check.name == name) return true;
  }
  for (const auto& fk : state.updated.foreign_keys) {
    if (fk.name == name) return true;
  }
  return false;
}

// Foreign keys of other tables that depend on `index` of the table (its
// columns are their referenced columns).
std::vector<std::pair<std::shared_ptr<const catalog::Table>, const catalog::ForeignKey*>> IndexDependents(
    const AlterState& state, DdlContext& context, const catalog::Index& index) {
  std::vector<std::pair<std::shared_ptr<const catalog::Table>, const catalog::ForeignKey*>> out;
  std::vector<int16_t> columns = index.attnums;
  std::sort(columns.begin(), columns.end());
  for (const auto& entry : context.catalog.ReferencingForeignKeys(context.txn, state.current->oid)) {
    if (entry.first->oid == state.current->oid) continue;
    std::vector<int16_t> referenced = entry.second->referenced_attnums;
    std::sort(referenced.begin(), referenced.end());
    if (referenced == columns) out.push_back(entry);
  }
  return out;
}

// 2BP01 "cannot drop <what> because other objects depend on it", or with
// CASCADE the dependent foreign keys of other tables are dropped (NOTICE).
Status DropDependents(
    DdlContext& context, const std::string& what, const std::string& depends_on,
    const std::vector<std::pair<std::shared_ptr<const catalog::Table>, const catalog::ForeignKey*>>& dependents,
    bool cascade) {
  if (dependents.empty()) return Status::Ok();
  std::string detail;
  for (const auto& [child, fk] : dependents) {
    if (!detail.empty()) detail += "\n";
    detail += (cascade ? "drop cascades to constraint " : "constraint ") + fk->name + " on table " + child->name +
              (cascade ? "" : " depends on " + depends_on);
  }
  if (!cascade) {
    return Status::Error("2BP01",
                         "cannot drop " + what + " because other objects depend on it")
        .WithDetail(detail)
        .WithHint("Use DROP ... CASCADE to drop the dependent objects too.");
  }
  if (dependents.size() == 1) {
    context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion, detail));
  } else {
    context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                    "drop cascades to " + std::to_string(dependents.size()) +
                                                        " other objects")
                                          .WithDetail(detail));
  }
  for (const auto& [child, fk] : dependents) {
    ASSIGN_OR_RETURN(auto current, context.catalog.LockTableForAlterByOid(context.txn, child->oid));
    if (!current) continue;
    catalog::Table updated = *current;
    const uint32_t fk_oid = fk->oid;
    std::erase_if(updated.foreign_keys, [&](const catalog::ForeignKey& other) { return other.oid == fk_oid; });
    std::vector<int> positions;
    for (size_t i = 0; i < updated.columns.size(); ++i) positions.push_back(static_cast<int>(i));
    auto stored = context.catalog.ReplaceTable(context.txn, *current, std::move(updated), positions, false);
    if (!stored.ok()) return stored.TakeStatus();
  }
  return Status::Ok();
}

Status AddKey(AlterState& state, DdlContext& context, PgNode constraint, bool primary) {
  catalog::Table& table = state.updated;
  if (constraint.Bool("deferrable")) {
    return WithLocation(Status::NotSupported("DEFERRABLE constraints other than FOREIGN KEY"), constraint.Location());
  }
  if (primary && table.primary_key() != nullptr) {
    return WithLocation(Status::Error(sqlstate::kInvalidTableDefinition,
                                      "multiple primary keys for table \"" + table.name + "\" are not allowed"),
                        constraint.Location());
  }
  if (!constraint.List("including").empty()) return Status::NotSupported("INCLUDE columns");
  if (!constraint.Str("indexname").empty()) return Status::NotSupported("constraints USING INDEX");
  std::vector<int16_t> attnums;
  std::vector<std::string> names;
  for (PgNode key : constraint.List("keys")) {
    std::string name(key.StringValue());
    int position = FindColumn(state, name);
    if (position < 0) {
      return WithLocation(Status::Error(sqlstate::kUndefinedColumn, "column \"" + name + "\" named in key does not exist"),
                          constraint.Location());
    }
    int16_t attnum = static_cast<int16_t>(position + 1);
    if (std::find(attnums.begin(), attnums.end(), attnum) != attnums.end()) {
      return WithLocation(Status::Error(sqlstate::kDuplicateColumn, "column \"" + name + "\" appears twice in " +
                                                                        (primary ? "primary key" : "unique") +
                                                                        " constraint"),
                          constraint.Location());
    }
    attnums.push_back(attnum);
    names.push_back(name);
  }
  catalog::Index index;
  index.attnums = attnums;
  index.unique = true;
  index.primary = primary;
  index.is_constraint = true;
  if (!constraint.Str("conname").empty()) {
    index.name = constraint.Str("conname");
    // The index's relation name is checked first (42P07), then the
    // constraint name (42710), as PostgreSQL does.
    ASSIGN_OR_RETURN(bool relation_exists, context.catalog.RelationNameInUse(context.txn, table.schema_oid, index.name));
    bool own_dropped = relation_exists;
    for (const auto& old_index : state.current->indexes) {
      if (old_index.name == index.name) {
        for (const auto& kept : table.indexes) own_dropped = own_dropped && kept.name != index.name;
      }
    }
    bool own_index = false;
    for (const auto& old_index : state.current->indexes) own_index = own_index || old_index.name == index.name;
    if ((relation_exists && !(own_index && own_dropped)) ||
        std::find(state.taken_names.begin(), state.taken_names.end(), index.name) != state.taken_names.end()) {
      return Status::Error(sqlstate::kDuplicateTable, "relation \"" + index.name + "\" already exists");
    }
    if (HasConstraint(state, index.name)) {
      return Status::Error(sqlstate::kDuplicateObject,
                           "constraint \"" + index.name + "\" for relation \"" + table.name + "\" already exists");
    }
  } else {
    std::string addition;
    if (!primary) {
      for (const auto& name : names) {
        if (!addition.empty()) addition.push_back('_');
        addition += name;
      }
    }
    ASSIGN_OR_RETURN(index.name, context.catalog.ChooseConstraintName(context.txn, table.schema_oid, table.name,
                                                                      addition, primary ? "pkey" : "key",
                                                                      state.taken_names));
  }
  state.taken_names.push_back(index.name);
  if (primary) {
    for (int16_t attnum : attnums) {
      catalog::Column& column = table.columns[attnum - 1];
      if (!column.not_null) {
        column.not_null = true;
        state.validate_not_null.insert(column.name);
      }
    }
    state.rewrite = true;
    table.indexes.insert(table.indexes.begin(), std::move(index));
  } else {
    table.indexes.push_back(std::move(index));
  }
  return Status::Ok();
}

Status AddCheck(AlterState& state, DdlContext& context, const ParseTree& tree, PgNode constraint) {
  catalog::Table& table = state.updated;
  if (constraint.Bool("is_no_inherit")) return Status::NotSupported("NO INHERIT constraints");
  catalog::CheckConstraint check;
  int location = constraint.Location();
  check.expression_sql = CheckExpressionTextAt(tree.text(), location >= 0 ? static_cast<size_t>(location) : 0);
  if (check.expression_sql.empty()) return Status::Internal("could not extract the CHECK expression");
  if (!constraint.Str("conname").empty()) {
    check.name = constraint.Str("conname");
    if (HasConstraint(state, check.name)) {
      return Status::Error(sqlstate::kDuplicateObject,
                           "constraint \"" + check.name + "\" for relation \"" + table.name + "\" already exists");
    }
  } else {
    std::vector<std::string> columns;
    CollectReferencedColumns(constraint.Field("raw_expr"), &columns);
    std::string column = columns.size() == 1 ? columns[0] : std::string();
    std::vector<std::string> taken = state.taken_names;
    for (const auto& other : table.checks) taken.push_back(other.name);
    ASSIGN_OR_RETURN(check.name, context.catalog.ChooseConstraintName(context.txn, table.schema_oid, table.name,
                                                                      column, "check", taken));
  }
  state.taken_names.push_back(check.name);
  // Bind now so that a bad expression fails before any row is touched.
  ExpressionBinder binder(context);
  Scope scope = ScopeOf(table);
  auto bound = binder.BindCheck(check.expression_sql, scope);
  if (!bound.ok()) return bound.TakeStatus();
  if (!constraint.Bool("skip_validation")) state.validate_checks.push_back(check.name);
  table.checks.push_back(std::move(check));
  return Status::Ok();
}

Status DropConstraint(AlterState& state, PgNode cmd, DdlContext& context) {
  catalog::Table& table = state.updated;
  std::string name(cmd.Str("name"));
  const bool cascade = cmd.Str("behavior") == "DROP_CASCADE";
  for (auto it = table.indexes.begin(); it != table.indexes.end(); ++it) {
    if (it->is_constraint && it->name == name) {
      RETURN_IF_ERROR(DropDependents(context, "constraint " + name + " on table " + table.name, "index " + name,
                                     IndexDependents(state, context, *it), cascade));
      // The table's own foreign keys over the key go with it.
      std::vector<int16_t> columns = it->attnums;
      std::sort(columns.begin(), columns.end());
      std::erase_if(table.foreign_keys, [&](const catalog::ForeignKey& fk) {
        std::vector<int16_t> referenced = fk.referenced_attnums;
        std::sort(referenced.begin(), referenced.end());
        return fk.referenced_table_oid == table.oid && referenced == columns;
      });
      if (it->primary) state.rewrite = true;
      table.indexes.erase(it);
      return Status::Ok();
    }
  }
  for (auto it = table.foreign_keys.begin(); it != table.foreign_keys.end(); ++it) {
    if (it->name == name) {
      table.foreign_keys.erase(it);
      return Status::Ok();
    }
  }
  for (auto it = table.checks.begin(); it != table.checks.end(); ++it) {
    if (it->name == name) {
      table.checks.erase(it);
      return Status::Ok();
    }
  }
  if (cmd.Bool("missing_ok")) {
    context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                    "constraint \"" + name + "\" of relation \"" + table.name +
                                                        "\" does not exist, skipping"));
    return Status::Ok();
  }
  return Status::Error(sqlstate::kUndefinedObject,
                       "constraint \"" + name + "\" of relation \"" + table.name + "\" does not exist");
}

Status AddColumn(AlterState& state, DdlContext& context, const ParseTree& tree, PgNode cmd) {
  catalog::Table& table = state.updated;
  PgNode def = cmd.Field("def");
  BindState bind_state;
  bind_state.tree = &tree;
  Binder type_binder(bind_state);
  ParsedColumn parsed;
  parsed.table_name = table.name;
  RETURN_IF_ERROR(ParseColumnDef(tree, def, type_binder, &parsed));
  catalog::ColumnDefinition& definition = parsed.column;
  if (FindColumn(state, definition.name) >= 0) {
    Status status = Status::Error(sqlstate::kDuplicateColumn, "column \"" + definition.name + "\" of relation \"" +
                                                                  table.name + "\" already exists");
    if (cmd.Bool("missing_ok")) {
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kDuplicateColumn,
                                                      status.message() + ", skipping"));
      return Status::Ok();
    }
    return status;
  }
  if (types::PhysicalKindOf(definition.type.oid) == types::PhysicalKind::kNone ||
      definition.type.oid == types::kRecordOid) {
    return Status::Error(sqlstate::kInvalidTableDefinition, "column \"" + definition.name + "\" has pseudo-type " +
                                                             std::string(types::TypeName(definition.type.oid)));
  }
  catalog::Column column;
  column.name = definition.name;
  column.type = definition.type;
  column.not_null = definition.not_null;
  column.default_sql = definition.default_sql;
  column.identity = definition.identity;
  const int16_t attnum = static_cast<int16_t>(table.columns.size() + 1);
  if (definition.serial || definition.identity != 0) {
    std::vector<std::string> taken = state.taken_names;
    ASSIGN_OR_RETURN(auto sequence,
                     context.catalog.CreateOwnedSequence(context.txn, table.schema_oid, table.name, 0, column.name,
                                                         0, column.type,
                                                         definition.identity != 0 ? &parsed.identity_options : nullptr,
                                                         taken));
    state.taken_names.push_back(sequence->name);
    column.not_null = true;
    column.default_sql = "nextval('" + QuoteIdent(sequence->name) + "'::regclass)";
    state.new_owned_sequences.emplace_back(sequence, column.name);
  }
  if (column.default_sql) {
    // Existing rows get the default: rewrite (the value may be volatile,
    // e.g. nextval(), so it is computed per row).
    ExpressionBinder binder(context);
    Scope empty;
    ASSIGN_OR_RETURN(ExprPtr d, binder.Bind(*column.default_sql, empty));
    auto coerced = binder.CoerceToColumn(std::move(d), column);
    if (!coerced.ok()) return coerced.TakeStatus();
    state.rewrite = true;
    state.reencode = true;
  }
  if (column.not_null) state.validate_not_null.insert(column.name);
  table.columns.push_back(column);
  state.old_position_of.push_back(-1);
  state.value_sql.push_back(column.default_sql);
  state.type_changed.push_back(false);
  (void)attnum;
  for (auto& check : parsed.checks) {
    catalog::CheckConstraint stored;
    if (check.name) {
      stored.name = *check.name;
      if (HasConstraint(state, stored.name)) {
        return Status::Error(sqlstate::kDuplicateObject,
                             "constraint \"" + stored.name + "\" for relation \"" + table.name + "\" already exists");
      }
    } else {
      std::vector<std::string> taken = state.taken_names;
      for (const auto& other : table.checks) taken.push_back(other.name);
      std::set<std::string> distinct(check.referenced_columns.begin(), check.referenced_columns.end());
      ASSIGN_OR_RETURN(stored.name,
                       context.catalog.ChooseConstraintName(context.txn, table.schema_oid, table.name,
                                                            distinct.size() == 1 ? *distinct.begin() : "", "check",
                                                            taken));
    }
    stored.expression_sql = check.expression_sql;
    state.taken_names.push_back(stored.name);
    state.validate_checks.push_back(stored.name);
    table.checks.push_back(std::move(stored));
  }
  // Column REFERENCES: a foreign key on this column, checked against the rows.
  for (const auto& reference : parsed.foreign_keys) {
    ASSIGN_OR_RETURN(catalog::ForeignKey fk, ResolveForeignKey(context.catalog, context.txn, table, reference.node,
                                                               {column.name}, &state.taken_names, reference.timing));
    if (fk.validated) state.validate_foreign_keys.push_back(fk.name);
    table.foreign_keys.push_back(std::move(fk));
  }
  // Column PRIMARY KEY / UNIQUE: as table constraints on this column.
  for (PgNode constraint : def.List("constraints")) {
    std::string_view contype = constraint.Str("contype");
    if (contype != "CONSTR_PRIMARY" && contype != "CONSTR_UNIQUE") continue;
    // AddKey reads "keys"; a column constraint has none, so build the index here.
    bool primary = contype == "CONSTR_PRIMARY";
    if (primary && table.primary_key() != nullptr) {
      return Status::Error(sqlstate::kInvalidTableDefinition,
                           "multiple primary keys for table \"" + table.name + "\" are not allowed");
    }
    catalog::Index index;
    index.attnums = {static_cast<int16_t>(table.columns.size())};
    index.unique = true;
    index.primary = primary;
    index.is_constraint = true;
    if (!constraint.Str("conname").empty()) {
      index.name = constraint.Str("conname");
    } else {
      ASSIGN_OR_RETURN(index.name, context.catalog.ChooseConstraintName(
                                       context.txn, table.schema_oid, table.name, primary ? "" : column.name,
                                       primary ? "pkey" : "key", state.taken_names));
    }
    state.taken_names.push_back(index.name);
    if (primary) {
      table.columns.back().not_null = true;
      state.validate_not_null.insert(column.name);
      state.rewrite = true;
      table.indexes.insert(table.indexes.begin(), std::move(index));
    } else {
      table.indexes.push_back(std::move(index));
    }
  }
  return Status::Ok();
}

Status DropColumn(AlterState& state, PgNode cmd, DdlContext& context) {
  catalog::Table& table = state.updated;
  std::string name(cmd.Str("name"));
  int position = FindColumn(state, name);
  if (position < 0) {
    if (cmd.Bool("missing_ok")) {
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                      "column \"" + name + "\" of relation \"" + table.name +
                                                          "\" does not exist, skipping"));
      return Status::Ok();
    }
    return NoSuchColumn(state, name);
  }
  const int16_t attnum = static_cast<int16_t>(position + 1);
  // Indexes and constraints over the column go with it (PostgreSQL drops
  // them automatically); the remaining ones are renumbered.
  std::vector<catalog::Index> indexes;
  for (auto& index : table.indexes) {
    if (std::find(index.attnums.begin(), index.attnums.end(), attnum) != index.attnums.end()) {
      if (index.primary) state.rewrite = true;
      continue;
    }
    for (int16_t& a : index.attnums) {
      if (a > attnum) --a;
    }
    indexes.push_back(std::move(index));
  }
  table.indexes = std::move(indexes);
  // Foreign keys of other tables referencing the column: 2BP01 (CASCADE
  // drops them); the table's own foreign keys over it go with it.
  {
    std::vector<std::pair<std::shared_ptr<const catalog::Table>, const catalog::ForeignKey*>> dependents;
    const int old_attnum = state.old_position_of[position] + 1;
    for (const auto& entry : context.catalog.ReferencingForeignKeys(context.txn, state.current->oid)) {
      if (entry.first->oid == state.current->oid) continue;
      const auto& referenced = entry.second->referenced_attnums;
      if (old_attnum > 0 && std::find(referenced.begin(), referenced.end(), old_attnum) != referenced.end()) {
        dependents.push_back(entry);
      }
    }
    RETURN_IF_ERROR(DropDependents(context, "column " + name + " of table " + table.name,
                                   "column " + name + " of table " + table.name, dependents,
                                   cmd.Str("behavior") == "DROP_CASCADE"));
  }
  std::erase_if(table.foreign_keys, [&](const catalog::ForeignKey& fk) {
    bool uses = std::find(fk.attnums.begin(), fk.attnums.end(), attnum) != fk.attnums.end();
    if (fk.referenced_table_oid == table.oid) {
      // Existing self-references still use the old numbering (ReplaceTable maps it).
      const int16_t old_attnum = static_cast<int16_t>(state.old_position_of[position] + 1);
      const auto& referenced = fk.referenced_attnums;
      uses = uses || std::find(referenced.begin(), referenced.end(), fk.oid != 0 ? old_attnum : attnum) !=
                         referenced.end();
    }
    return uses;
  });
  for (auto& fk : table.foreign_keys) {
    for (int16_t& a : fk.attnums) {
      if (a > attnum) --a;
    }
    for (int16_t& a : fk.delete_set_attnums) {
      if (a > attnum) --a;
    }
  }
  std::vector<catalog::CheckConstraint> checks;
  for (auto& check : table.checks) {
    if (!Mentions(check.expression_sql, name)) checks.push_back(std::move(check));
  }
  table.checks = std::move(checks);
  table.columns.erase(table.columns.begin() + position);
  state.old_position_of.erase(state.old_position_of.begin() + position);
  state.value_sql.erase(state.value_sql.begin() + position);
  state.type_changed.erase(state.type_changed.begin() + position);
  for (size_t i = 0; i < table.columns.size(); ++i) table.columns[i].attnum = static_cast<int16_t>(i + 1);
  state.rewrite = true;
  state.reencode = true;
  return Status::Ok();
}

Status AlterColumnType(AlterState& state, DdlContext& context, const ParseTree& tree, PgNode cmd) {
  catalog::Table& table = state.updated;
  std::string name(cmd.Str("name"));
  int position = FindColumn(state, name);
  if (position < 0) return NoSuchColumn(state, name);
  PgNode def = cmd.Field("def");
  if (def.Field("collClause")) return Status::NotSupported("ALTER COLUMN TYPE ... COLLATE");
  BindState bind_state;
  bind_state.tree = &tree;
  Binder type_binder(bind_state);
  ASSIGN_OR_RETURN(SqlType type, type_binder.BindTypeName(def.Field("typeName")));
  if (types::PhysicalKindOf(type.oid) == types::PhysicalKind::kNone || type.oid == types::kRecordOid) {
    return Status::Error(sqlstate::kInvalidTableDefinition,
                         "column \"" + name + "\" has pseudo-type " + std::string(types::TypeName(type.oid)));
  }
  catalog::Column& column = table.columns[position];
  {
    const int16_t attnum = static_cast<int16_t>(position + 1);
    bool in_foreign_key = false;
    for (const auto& fk : table.foreign_keys) {
      in_foreign_key = in_foreign_key || std::find(fk.attnums.begin(), fk.attnums.end(), attnum) != fk.attnums.end();
    }
    const int old_attnum = state.old_position_of[position] + 1;
    for (const auto& entry : context.catalog.ReferencingForeignKeys(context.txn, state.current->oid)) {
      const auto& referenced = entry.second->referenced_attnums;
      in_foreign_key = in_foreign_key || (old_attnum > 0 && std::find(referenced.begin(), referenced.end(),
                                                                       old_attnum) != referenced.end());
    }
    if (in_foreign_key) return Status::NotSupported("ALTER COLUMN TYPE of a column in a foreign key constraint");
  }
  if (column.identity != 0 && type.oid != types::kInt2Oid && type.oid != types::kInt4Oid &&
      type.oid != types::kInt8Oid) {
    return Status::Error(sqlstate::kInvalidParameterValue, "identity column type must be smallint, integer, or bigint");
  }
  const int old_position = state.old_position_of[position];
  std::optional<std::string> using_sql;
  if (PgNode using_expr = def.Field("raw_default")) {
    using_sql = ExpressionTextAfterKeyword(tree.text(), using_expr, "using");
    if (using_sql->empty()) return Status::Internal("could not extract the USING expression");
  }
  // Check now that the old values cast (PostgreSQL: assignment casts only,
  // else 42804 with a USING hint).
  if (old_position < 0 && !using_sql) {
    // A column added by this statement: its value expression is re-cast.
  } else {
    ExpressionBinder binder(context);
    Scope scope = ScopeOf(*state.current);
    ExprPtr source;
    if (using_sql) {
      ASSIGN_OR_RETURN(source, binder.Bind(*using_sql, scope));
    } else {
      const catalog::Column& old_column = state.current->columns[old_position];
      source = exec::MakeColumnRef(old_position, old_column.type);
    }
    SqlType source_type = source->type;
    if (!(source_type == type) && !exec::CanCast(source_type, type, exec::CastContext::kAssignment)) {
      if (using_sql) {
        return Status::Error(sqlstate::kDatatypeMismatch, "result of USING clause for column \"" + name +
                                                              "\" cannot be cast automatically to type " +
                                                              exec::TypeDisplayName(type))
            .WithHint("You might need to add an explicit cast.");
      }
      return Status::Error(sqlstate::kDatatypeMismatch, "column \"" + name + "\" cannot be cast automatically to type " +
                                                            exec::TypeDisplayName(type))
          .WithHint("You might need to specify \"USING " + QuoteIdent(name) + "::" + exec::TypeDisplayName(type) +
                    "\".");
    }
  }
  // The default must still fit the new type.
  if (column.default_sql) {
    ExpressionBinder binder(context);
    Scope empty;
    ASSIGN_OR_RETURN(ExprPtr d, binder.Bind(*column.default_sql, empty));
    if (!(d->type == type) && d->type.oid != types::kUnknownOid &&
        !exec::CanCast(d->type, type, exec::CastContext::kAssignment)) {
      return Status::Error(sqlstate::kDatatypeMismatch, "default for column \"" + name +
                                                            "\" cannot be cast automatically to type " +
                                                            exec::TypeDisplayName(type));
    }
  }
  column.type = type;
  if (using_sql) state.value_sql[position] = using_sql;
  state.type_changed[position] = true;
  state.rewrite = true;
  state.reencode = true;
  state.validate_all_checks = true;
  return Status::Ok();
}

Status ApplyCommand(AlterState& state, DdlContext& context, const ParseTree& tree, PgNode cmd) {
  std::string_view subtype = cmd.Str("subtype");
  catalog::Table& table = state.updated;
  auto column_named = [&](int* position) -> Status {
    std::string name(cmd.Str("name"));
    *position = FindColumn(state, name);
    if (*position < 0) return NoSuchColumn(state, name);
    return Status::Ok();
  };
  if (subtype == "AT_AddColumn") return AddColumn(state, context, tree, cmd);
  if (subtype == "AT_DropColumn") return DropColumn(state, cmd, context);
  if (subtype == "AT_AlterColumnType") return AlterColumnType(state, context, tree, cmd);
  if (subtype == "AT_DropConstraint") return DropConstraint(state, cmd, context);
  if (subtype == "AT_ColumnDefault") {
    int position = 0;
    RETURN_IF_ERROR(column_named(&position));
    catalog::Column& column = table.columns[position];
    if (column.identity != 0) {
      return Status::Error(sqlstate::kSyntaxError, "column \"" + column.name + "\" of relation \"" + table.name +
                                                       "\" is an identity column")
          .WithHint(cmd.Field("def") ? "Use ALTER TABLE ... ALTER COLUMN ... DROP IDENTITY instead." : "");
    }
    if (PgNode def = cmd.Field("def")) {
      std::string sql = ExpressionTextAfterKeyword(tree.text(), def, "default");
      if (sql.empty()) return Status::Internal("could not extract the DEFAULT expression");
      std::vector<std::string> refs;
      CollectReferencedColumns(def, &refs);
      if (!refs.empty()) {
        return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                          "cannot use column reference in DEFAULT expression"),
                            def.Location());
      }
      ExpressionBinder binder(context);
      Scope empty;
      ASSIGN_OR_RETURN(ExprPtr d, binder.Bind(sql, empty));
      if (d->kind == exec::ExprKind::kConstant && d->type.oid == types::kUnknownOid) {
        ASSIGN_OR_RETURN(d, binder.CoerceToColumn(std::move(d), column));
      } else if (!(d->type == column.type) && !exec::CanCast(d->type, column.type, exec::CastContext::kAssignment)) {
        return Status::Error(sqlstate::kDatatypeMismatch,
                             "column \"" + column.name + "\" is of type " + exec::TypeDisplayName(column.type) +
                                 " but default expression is of type " + exec::TypeDisplayName(d->type))
            .WithHint("You will need to rewrite or cast the expression.");
      }
      column.default_sql = sql;
    } else {
      column.default_sql.reset();
    }
    return Status::Ok();
  }
  if (subtype == "AT_SetNotNull") {
    int position = 0;
    RETURN_IF_ERROR(column_named(&position));
    if (!table.columns[position].not_null) {
      table.columns[position].not_null = true;
      state.validate_not_null.insert(table.columns[position].name);
    }
    return Status::Ok();
  }
  if (subtype == "AT_DropNotNull") {
    int position = 0;
    RETURN_IF_ERROR(column_named(&position));
    catalog::Column& column = table.columns[position];
    if (const catalog::Index* pk = table.primary_key()) {
      if (std::find(pk->attnums.begin(), pk->attnums.end(), position + 1) != pk->attnums.end()) {
        return Status::Error(sqlstate::kInvalidTableDefinition, "column \"" + column.name + "\" is in a primary key");
      }
    }
    if (column.identity != 0) {
      return Status::Error(sqlstate::kSyntaxError, "column \"" + column.name + "\" of relation \"" + table.name +
                                                       "\" is an identity column");
    }
    column.not_null = false;
    state.validate_not_null.erase(column.name);
    return Status::Ok();
  }
  if (subtype == "AT_ValidateConstraint") {
    std::string name(cmd.Str("name"));
    for (auto& fk : table.foreign_keys) {
      if (fk.name != name) continue;
      if (!fk.validated) {
        fk.validated = true;
        state.validate_foreign_keys.push_back(name);
      }
      return Status::Ok();
    }
    if (HasConstraint(state, name)) return Status::Ok();  // CHECKs are always validated here
    return Status::Error(sqlstate::kUndefinedObject,
                         "constraint \"" + name + "\" of relation \"" + table.name + "\" does not exist");
  }
  if (subtype == "AT_AddConstraint") {
    PgNode constraint = cmd.Field("def");
    std::string_view contype = constraint.Str("contype");
    if (contype == "CONSTR_PRIMARY") return AddKey(state, context, constraint, true);
    if (contype == "CONSTR_UNIQUE") return AddKey(state, context, constraint, false);
    if (contype == "CONSTR_CHECK") return AddCheck(state, context, tree, constraint);
    if (contype == "CONSTR_FOREIGN") {
      std::vector<std::string> columns;
      for (PgNode attr : constraint.List("fk_attrs")) columns.emplace_back(attr.StringValue());
      ASSIGN_OR_RETURN(catalog::ForeignKey fk,
                       ResolveForeignKey(context.catalog, context.txn, table, constraint, columns, &state.taken_names));
      if (fk.validated) state.validate_foreign_keys.push_back(fk.name);
      table.foreign_keys.push_back(std::move(fk));
      return Status::Ok();
    }
    if (contype == "CONSTR_EXCLUSION") return Status::NotSupported("EXCLUDE constraints");
    return Status::NotSupported("ALTER TABLE ADD CONSTRAINT " + std::string(contype));
  }
  static const std::pair<std::string_view, std::string_view> kNames[] = {
      {"AT_AddIdentity", "ALTER COLUMN ... ADD GENERATED AS IDENTITY"},
      {"AT_SetIdentity", "ALTER COLUMN ... SET GENERATED"},
      {"AT_DropIdentity", "ALTER COLUMN ... DROP IDENTITY"},
      {"AT_SetStatistics", "ALTER COLUMN ... SET STATISTICS"},
      {"AT_SetStorage", "ALTER COLUMN ... SET STORAGE"},
      {"AT_SetRelOptions", "ALTER TABLE ... SET (...)"},
      {"AT_ChangeOwner", "ALTER TABLE ... OWNER TO"},
      {"AT_EnableTrig", "ALTER TABLE ... ENABLE TRIGGER"},
      {"AT_DisableTrig", "ALTER TABLE ... DISABLE TRIGGER"},
      {"AT_AddIndex", "ALTER TABLE ... ADD CONSTRAINT USING INDEX"},
      {"AT_ClusterOn", "ALTER TABLE ... CLUSTER ON"},
      {"AT_SetLogged", "ALTER TABLE ... SET LOGGED"},
      {"AT_SetUnLogged", "ALTER TABLE ... SET UNLOGGED"},
      {"AT_AttachPartition", "ALTER TABLE ... ATTACH PARTITION"},
      {"AT_DetachPartition", "ALTER TABLE ... DETACH PARTITION"},
      {"AT_AddInherit", "ALTER TABLE ... INHERIT"},
      {"AT_ReplicaIdentity", "ALTER TABLE ... REPLICA IDENTITY"},
      {"AT_EnableRowSecurity", "ALTER TABLE ... ENABLE ROW LEVEL SECURITY"},
  };
  for (const auto& [tag, text] : kNames) {
    if (tag == subtype) return Status::NotSupported(std::string(text));
  }
  return Status::NotSupported("ALTER TABLE " + std::string(subtype));
}

// "duplicate key value violates unique constraint "x"" from an insert into
// the rewritten table → PostgreSQL's index-build wording.
Status AsIndexBuildError(Status status) {
  if (!status.Is(sqlstate::kUniqueViolation)) return status;
  const std::string& message = status.message();
  size_t open = message.find('"');
  size_t close = message.rfind('"');
  if (open == std::string::npos || close <= open) return status;
  std::string name = message.substr(open + 1, close - open - 1);
  std::string detail = status.detail();
  const std::string suffix = " already exists.";
  if (detail.size() >= suffix.size() && detail.compare(detail.size() - suffix.size(), suffix.size(), suffix) == 0) {
    detail = detail.substr(0, detail.size() - suffix.size()) + " is duplicated.";
  }
  return Status::Error(sqlstate::kUniqueViolation, "could not create unique index \"" + name + "\"").WithDetail(detail);
}

Status NullsFound(const std::string& column, const std::string& table) {
  return Status::Error(sqlstate::kNotNullViolation,
                       "column \"" + column + "\" of relation \"" + table + "\" contains null values");
}

// Copies the rows of `old_table` into `new_table`'s storage. Same layout:
// the encoded rows are copied as they are; otherwise every row is computed
// by projecting the old row through the new columns' value expressions.
Status RewriteRows(AlterState& state, DdlContext& context, const catalog::Table& old_table,
                   const catalog::Table& new_table) {
  storage::Transaction* txn = context.txn;
  const storage::TableDescriptor& target = *new_table.storage;
  // Primary key columns must not be NULL; checked per row so that
  // duplicates are reported first, as PostgreSQL's index build does.
  std::vector<int> key_columns = target.primary_key;
  std::optional<std::string> null_column;
  if (!state.reencode) {
    storage::RowView view;
    auto it = txn->Scan(*old_table.storage);
    for (; it->Valid(); it->Next()) {
      RETURN_IF_ERROR(view.Reset(it->value(), old_table.storage->layout));
      bool has_null = false;
      for (int c : key_columns) {
        if (view.IsNull(c)) {
          has_null = true;
          if (!null_column) null_column = new_table.columns[c].name;
        }
      }
      if (has_null) continue;
      Status status = txn->Insert(target, it->value());
      if (!status.ok()) return AsIndexBuildError(std::move(status));
    }
    RETURN_IF_ERROR(it->status());
    if (null_column) return NullsFound(*null_column, new_table.name);
    return Status::Ok();
  }
  ExpressionBinder binder(context);
  Scope scope = ScopeOf(old_table);
  std::vector<ExprPtr> exprs;
  for (size_t i = 0; i < new_table.columns.size(); ++i) {
    const catalog::Column& column = new_table.columns[i];
    ExprPtr e;
    if (state.value_sql[i]) {
      ASSIGN_OR_RETURN(e, binder.Bind(*state.value_sql[i], state.old_position_of[i] < 0 ? Scope() : scope));
    } else if (state.old_position_of[i] >= 0) {
      int old = state.old_position_of[i];
      e = exec::MakeColumnRef(old, old_table.columns[old].type);
    } else {
      e = exec::MakeNullConstant(column.type);
    }
    if (!(e->type == column.type)) {
      ASSIGN_OR_RETURN(e, binder.CoerceToColumn(std::move(e), column));
    }
    exprs.push_back(std::move(e));
  }
  auto old_shared = std::make_shared<catalog::Table>(old_table);
  exec::OperatorPtr scan = PlanTableAccess(old_shared, {}, binder.statement(), /*with_row_key=*/false);
  exec::ProjectionOperator projection(std::move(scan), std::move(exprs));
  exec::ExecContext exec_context;
  binder.Prepare(exec_context, context);
  RETURN_IF_ERROR(projection.Open(exec_context));
  exec::DataChunk chunk;
  std::vector<types::Value> values(new_table.columns.size());
  Status failure;
  while (failure.ok()) {
    auto more = projection.Next(chunk);
    if (!more.ok()) {
      failure = more.TakeStatus();
      break;
    }
    if (!*more) break;
    for (uint32_t r = 0; r < chunk.count() && failure.ok(); ++r) {
      bool has_null = false;
      for (size_t c = 0; c < values.size(); ++c) values[c] = chunk.GetValue(c, r);
      for (int c : key_columns) {
        if (values[c].is_null()) {
          has_null = true;
          if (!null_column) null_column = new_table.columns[c].name;
        }
      }
      if (has_null) continue;
      Status status = txn->InsertValues(target, values);
      if (!status.ok()) failure = AsIndexBuildError(std::move(status));
    }
  }
  projection.Close();
  RETURN_IF_ERROR(failure);
  if (null_column) return NullsFound(*null_column, new_table.name);
  return Status::Ok();
}

// One scan of the (new) table checking new NOT NULL columns and CHECKs.
Status ValidateRows(AlterState& state, DdlContext& context, std::shared_ptr<const catalog::Table> table) {
  std::vector<int> not_null;
  for (const auto& name : state.validate_not_null) {
    int position = table->FindColumn(name);
    if (position >= 0) not_null.push_back(position);
  }
  ExpressionBinder binder(context);
  Scope scope = ScopeOf(*table);
  std::vector<ExprPtr> checks;
  std::vector<std::string> check_names;
  for (const auto& check : table->checks) {
    bool wanted = state.validate_all_checks ||
                  std::find(state.validate_checks.begin(), state.validate_checks.end(), check.name) !=
                      state.validate_checks.end();
    if (!wanted) continue;
    ASSIGN_OR_RETURN(ExprPtr e, binder.BindCheck(check.expression_sql, scope));
    checks.push_back(std::move(e));
    check_names.push_back(check.name);
  }
  if (not_null.empty() && checks.empty()) return Status::Ok();
  exec::OperatorPtr scan = PlanTableAccess(table, {}, binder.statement(), /*with_row_key=*/false);
  exec::ExecContext exec_context;
  binder.Prepare(exec_context, context);
  RETURN_IF_ERROR(scan->Open(exec_context));
  std::vector<exec::ExpressionExecutor> executors;
  for (auto& check : checks) executors.emplace_back(*check, &exec_context);
  exec::DataChunk chunk;
  Status failure;
  while (failure.ok()) {
    auto more = scan->Next(chunk);
    if (!more.ok()) {
      failure = more.TakeStatus();
      break;
    }
    if (!*more) break;
    for (int c : not_null) {
      const exec::Vector& v = chunk.column(c);
      for (uint32_t i = 0; i < chunk.count(); ++i) {
        if (v.IsNull(chunk.RowIndex(i))) {
          failure = NullsFound(table->columns[c].name, table->name);
          break;
        }
      }
      if (!failure.ok()) break;
    }
    for (size_t k = 0; k < executors.size() && failure.ok(); ++k) {
      exec::Vector result(SqlType::Of(types::kBoolOid));
      Status status = executors[k].Execute(chunk, result);
      if (!status.ok()) {
        failure = std::move(status);
        break;
      }
      for (uint32_t i = 0; i < chunk.count(); ++i) {
        uint32_t row = chunk.RowIndex(i);
        if (result.IsValid(row) && !result.values<bool>()[row]) {
          failure = Status::Error(sqlstate::kCheckViolation, "check constraint \"" + check_names[k] +
                                                                 "\" of relation \"" + table->name +
                                                                 "\" is violated by some row");
          break;
        }
      }
    }
  }
  scan->Close();
  return failure;
}

// Stores the working copy, moves the rows if needed, validates.
Status Finish(AlterState& state, DdlContext& context) {
  ASSIGN_OR_RETURN(auto stored, context.catalog.ReplaceTable(context.txn, *state.current, state.updated,
                                                             state.old_position_of, state.rewrite));
  for (const auto& [sequence, column_name] : state.new_owned_sequences) {
    int position = stored->FindColumn(column_name);
    if (position < 0) continue;  // added and dropped again in one statement
    RETURN_IF_ERROR(context.catalog.SetSequenceOwner(context.txn, *sequence, stored->oid,
                                                     static_cast<int16_t>(position + 1)));
  }
  if (state.rewrite) RETURN_IF_ERROR(RewriteRows(state, context, *state.current, *stored));
  RETURN_IF_ERROR(ValidateRows(state, context, stored));
  for (const auto& fk : stored->foreign_keys) {
    if (std::find(state.validate_foreign_keys.begin(), state.validate_foreign_keys.end(), fk.name) ==
        state.validate_foreign_keys.end()) {
      continue;
    }
    RETURN_IF_ERROR(ValidateForeignKey(context.catalog, context.txn, *stored, fk));
  }
  return Status::Ok();
}

Result<std::shared_ptr<const catalog::Table>> LockForAlter(DdlContext& context, PgNode relation, bool missing_ok,
                                                           bool* skipped) {
  *skipped = false;
  auto table = context.catalog.LockTableForAlter(context.txn, relation.Str("schemaname"), relation.Str("relname"));
  if (!table.ok()) {
    if (missing_ok && table.status().Is(sqlstate::kUndefinedTable)) {
      context.sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                                      "relation \"" + std::string(relation.Str("relname")) +
                                                          "\" does not exist, skipping"));
      *skipped = true;
      return std::shared_ptr<const catalog::Table>();
    }
    return table.TakeStatus();
  }
  return table;
}

AlterState StartAlter(std::shared_ptr<const catalog::Table> table) {
  AlterState state;
  state.current = table;
  state.updated = *table;
  for (size_t i = 0; i < table->columns.size(); ++i) {
    state.old_position_of.push_back(static_cast<int>(i));
    state.value_sql.push_back(std::nullopt);
    state.type_changed.push_back(false);
  }
  return state;
}

}  // namespace

Status ExecuteAlterTable(const ParseTree& tree, PgNode stmt, DdlContext& context) {
  std::string_view objtype = stmt.Str("objtype");
  if (objtype != "OBJECT_TABLE") {
    std::string kind(objtype.substr(objtype.find('_') + 1));
    return Status::NotSupported("ALTER " + kind);
  }
  PgNode relation = stmt.Field("relation");
  bool skipped = false;
  ASSIGN_OR_RETURN(auto table, LockForAlter(context, relation, stmt.Bool("missing_ok"), &skipped));
  if (skipped) return Status::Ok();
  AlterState state = StartAlter(table);
  for (PgNode cmd : stmt.List("cmds")) RETURN_IF_ERROR(ApplyCommand(state, context, tree, cmd));
  return Finish(state, context);
}

Status ExecuteRename(const ParseTree& tree, PgNode stmt, DdlContext& context) {
  (void)tree;
  std::string_view type = stmt.Str("renameType");
  if (type != "OBJECT_TABLE" && type != "OBJECT_COLUMN" && type != "OBJECT_TABCONSTRAINT") {
    std::string kind(type.substr(type.find('_') + 1));
    return Status::NotSupported("ALTER " + kind + " ... RENAME");
  }
  if (type == "OBJECT_COLUMN" && stmt.Str("relationType") != "OBJECT_TABLE") {
    return Status::NotSupported("ALTER ... RENAME COLUMN on this kind of relation");
  }
  PgNode relation = stmt.Field("relation");
  bool skipped = false;
  ASSIGN_OR_RETURN(auto table, LockForAlter(context, relation, stmt.Bool("missing_ok"), &skipped));
  if (skipped) return Status::Ok();
  AlterState state = StartAlter(table);
  catalog::Table& updated = state.updated;
  std::string from(stmt.Str("subname"));
  std::string to(stmt.Str("newname"));
  if (type == "OBJECT_TABLE") {
    ASSIGN_OR_RETURN(bool taken, context.catalog.RelationNameInUse(context.txn, table->schema_oid, to));
    if (taken) return Status::Error(sqlstate::kDuplicateTable, "relation \"" + to + "\" already exists");
    updated.name = to;
  } else if (type == "OBJECT_COLUMN") {
    int position = updated.FindColumn(from);
    if (position < 0) return Status::Error(sqlstate::kUndefinedColumn, "column \"" + from + "\" does not exist");
    if (updated.FindColumn(to) >= 0) {
      return Status::Error(sqlstate::kDuplicateColumn,
                           "column \"" + to + "\" of relation \"" + updated.name + "\" already exists");
    }
    updated.columns[position].name = to;
    for (auto& check : updated.checks) check.expression_sql = RenameIdentifier(check.expression_sql, from, to);
  } else {
    bool found = false;
    for (auto& index : updated.indexes) {
      if (index.is_constraint && index.name == from) {
        index.name = to;
        found = true;
      }
    }
    for (auto& check : updated.checks) {
      if (check.name == from) {
        check.name = to;
        found = true;
      }
    }
    for (auto& fk : updated.foreign_keys) {
      if (fk.name == from) {
        fk.name = to;
        found = true;
      }
    }
    if (!found) {
      return Status::Error(sqlstate::kUndefinedObject,
                           "constraint \"" + from + "\" for table \"" + updated.name + "\" does not exist");
    }
    for (const auto& index : table->indexes) {
      if (index.name == to) {
        return Status::Error(sqlstate::kDuplicateTable, "relation \"" + to + "\" already exists");
      }
    }
    for (const auto& fk : table->foreign_keys) {
      if (fk.name == to) {
        return Status::Error(sqlstate::kDuplicateObject,
                             "constraint \"" + to + "\" for relation \"" + updated.name + "\" already exists");
      }
    }
    for (const auto& check : table->checks) {
      if (check.name == to) {
        return Status::Error(sqlstate::kDuplicateObject,
                             "constraint \"" + to + "\" for relation \"" + updated.name + "\" already exists");
      }
    }
  }
  return Finish(state, context);
}

}  // namespace augur::sql
