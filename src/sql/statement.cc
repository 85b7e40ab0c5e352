// Statement classification and binding entry point, command tags, and the
// engine factory the server links against.
#include "sql/engine_impl.h"
#include "server/engine_factory.h"

namespace augur::sql {

using types::SqlType;

std::string CommandTagFor(PgNode stmt) {
  std::string_view tag = stmt.Tag();
  if (tag == "SelectStmt") return IsSelectInto(stmt) ? "SELECT INTO" : "SELECT";
  if (tag == "InsertStmt") return "INSERT";
  if (tag == "UpdateStmt") return "UPDATE";
  if (tag == "DeleteStmt") return "DELETE";
  if (tag == "CreateStmt") return "CREATE TABLE";
  if (tag == "IndexStmt") return "CREATE INDEX";
  if (tag == "TruncateStmt") return "TRUNCATE TABLE";
  if (tag == "RenameStmt" && stmt.Str("renameType") == "OBJECT_DATABASE") return "ALTER DATABASE";
  if (tag == "RenameStmt" && stmt.Str("renameType") == "OBJECT_ROLE") return "ALTER ROLE";
  if (tag == "AlterTableStmt" || tag == "RenameStmt") return "ALTER TABLE";
  if (tag == "CreatedbStmt") return "CREATE DATABASE";
  if (tag == "DropdbStmt") return "DROP DATABASE";
  if (tag == "CreateRoleStmt") return "CREATE ROLE";
  if (tag == "AlterRoleStmt" || tag == "AlterRoleSetStmt") return "ALTER ROLE";
  if (tag == "DropRoleStmt") return "DROP ROLE";
  if (tag == "GrantRoleStmt") return stmt.Bool("is_grant") ? "GRANT ROLE" : "REVOKE ROLE";
  if (tag == "CreateSeqStmt") return "CREATE SEQUENCE";
  if (tag == "AlterSeqStmt") return "ALTER SEQUENCE";
  if (tag == "CommentStmt") return "COMMENT";
  if (tag == "VariableSetStmt") return stmt.Str("kind") == "VAR_RESET" ? "RESET" : "SET";
  if (tag == "VariableShowStmt") return "SHOW";
  if (tag == "ExplainStmt") return "EXPLAIN";
  if (tag == "DeclareCursorStmt") return "DECLARE CURSOR";
  if (tag == "ClosePortalStmt") return stmt.Str("portalname").empty() ? "CLOSE CURSOR ALL" : "CLOSE CURSOR";
  if (tag == "FetchStmt") return stmt.Bool("ismove") ? "MOVE" : "FETCH";
  if (tag == "VacuumStmt") return stmt.Bool("is_vacuumcmd") ? "VACUUM" : "ANALYZE";
  if (tag == "DropStmt") return stmt.Str("removeType") == "OBJECT_INDEX" ? "DROP INDEX" : "DROP TABLE";
  return std::string(tag);
}

std::string UnsupportedStatementName(std::string_view tag) {
  static const std::pair<std::string_view, std::string_view> kNames[] = {
      {"CreateTrigStmt", "CREATE TRIGGER"},
      {"CreateFunctionStmt", "CREATE FUNCTION"},
      {"ViewStmt", "CREATE VIEW"},
      {"CreateSeqStmt", "CREATE SEQUENCE"},
      {"AlterTableStmt", "ALTER TABLE"},
      {"CreatedbStmt", "CREATE DATABASE"},
      {"DropdbStmt", "DROP DATABASE"},
      {"CreateRoleStmt", "CREATE ROLE"},
      {"AlterRoleStmt", "ALTER ROLE"},
      {"DropRoleStmt", "DROP ROLE"},
      {"GrantStmt", "GRANT/REVOKE"},
      {"CreateSchemaStmt", "CREATE SCHEMA"},
      {"CopyStmt", "COPY"},
      {"PrepareStmt", "PREPARE"},
      {"ExecuteStmt", "EXECUTE"},
      {"DeallocateStmt", "DEALLOCATE"},
      {"DeclareCursorStmt", "DECLARE CURSOR"},
      {"FetchStmt", "FETCH"},
      {"ClosePortalStmt", "CLOSE"},
      {"ListenStmt", "LISTEN"},
      {"NotifyStmt", "NOTIFY"},
      {"UnlistenStmt", "UNLISTEN"},
      {"LockStmt", "LOCK"},
      {"VacuumStmt", "VACUUM/ANALYZE"},
      {"DoStmt", "DO"},
      {"CreateTableAsStmt", "CREATE TABLE AS"},
      {"RuleStmt", "CREATE RULE"},
      {"CreateExtensionStmt", "CREATE EXTENSION"},
      {"CommentStmt", "COMMENT"},
      {"RenameStmt", "ALTER ... RENAME"},
      {"CreateEnumStmt", "CREATE TYPE"},
      {"CompositeTypeStmt", "CREATE TYPE"},
      {"DiscardStmt", "DISCARD"},
      {"CallStmt", "CALL"},
      {"MergeStmt", "MERGE"},
      {"CheckPointStmt", "CHECKPOINT"},
      {"ReindexStmt", "REINDEX"},
      {"ClusterStmt", "CLUSTER"},
      {"CreatePolicyStmt", "CREATE POLICY"},
      {"CreatePublicationStmt", "CREATE PUBLICATION"},
      {"CreateStatsStmt", "CREATE STATISTICS"},
      {"AlterSeqStmt", "ALTER SEQUENCE"},
  };
  for (const auto& [t, name] : kNames) {
    if (t == tag) return std::string(name);
  }
  return std::string(tag);
}

Result<std::unique_ptr<BoundStatement>> BindStatement(std::shared_ptr<ParseTree> tree, const RawStatement& raw,
                                                      catalog::Catalog& catalog, StatementContext* statement,
                                                      std::vector<SqlType> parameter_types, const std::string& user) {
  auto bound = std::make_unique<BoundStatement>();
  bound->tree = tree;
  bound->node = raw.node;
  bound->text = std::string(raw.Text(tree->text()));
  bound->catalog_version = catalog.version();
  bound->tag = CommandTagFor(raw.node);
  std::string_view tag = raw.node.Tag();

  BindState state;
  state.tree = tree.get();
  state.catalog = &catalog;
  state.statement = statement;
  state.session_user = user;
  // PREPARE's $n belong to the statement it prepares, not to PREPARE.
  int max_parameter = tag == "PrepareStmt" ? 0 : MaxParameterNumber(raw.node);
  if (tag == "ViewStmt" && max_parameter > 0) {
    // A view's query cannot take parameters (PostgreSQL says so at Parse too).
    return Status::Error("42P02", "there is no parameter $" + std::to_string(max_parameter));
  }
  state.parameter_types = std::move(parameter_types);
  if (static_cast<int>(state.parameter_types.size()) < max_parameter) state.parameter_types.resize(max_parameter);
  state.now_slot = static_cast<int>(state.parameter_types.size());
  state.next_slot = state.now_slot + 1;
  if (tag == "SelectStmt" || tag == "InsertStmt" || tag == "UpdateStmt" || tag == "DeleteStmt") {
    state.top_with_clause = raw.node.Field("withClause");
  }
  Binder binder(state);

  Result<BoundQuery> query = Status::Internal("unbound");
  ModifyOperator* modify = nullptr;
  if (tag == "SelectStmt" && !IsSelectInto(raw.node)) {
    bound->kind = BoundStatement::Kind::kQuery;
    query = binder.BindSelect(raw.node, nullptr);
  } else if (tag == "InsertStmt") {
    bound->kind = BoundStatement::Kind::kModify;
    query = BindInsert(binder, raw.node, &modify);
  } else if (tag == "UpdateStmt") {
    bound->kind = BoundStatement::Kind::kModify;
    query = BindUpdate(binder, raw.node, &modify);
  } else if (tag == "DeleteStmt") {
    bound->kind = BoundStatement::Kind::kModify;
    query = BindDelete(binder, raw.node, &modify);
  } else {
    bound->kind = BoundStatement::Kind::kUtility;
    if (tag == "DeclareCursorStmt") {
      // Bound here for its errors and parameter types; DECLARE binds the
      // query again for the cursor to own.
      ASSIGN_OR_RETURN(BoundQuery inner, binder.BindSelect(raw.node.Field("query"), nullptr));
      (void)inner;
    }
    if (tag == "ExplainStmt") {
      ResultColumn column;
      column.name = "QUERY PLAN";
      column.type_oid = types::kTextOid;
      column.type_size = -1;
      bound->columns.push_back(column);
    } else if (tag == "VariableShowStmt") {
      // SHOW name: one text column named as the setting is spelled
      // (DateStyle, TimeZone); SHOW ALL: name, setting, description.
      std::string name(raw.node.Str("name"));
      std::vector<std::string> names;
      if (name == "all") {
        names = {"name", "setting", "description"};
      } else if (const SettingDefinition* d = FindSetting(name)) {
        names = {std::string(d->name)};
      } else {
        names = {name == "transaction isolation level" ? "transaction_isolation" : name};
      }
      for (std::string& column_name : names) {
        ResultColumn column;
        column.name = std::move(column_name);
        column.type_oid = types::kTextOid;
        column.type_size = -1;
        bound->columns.push_back(column);
      }
    }
    if (tag == "CopyStmt") bound->writes = raw.node.Bool("is_from");
    bound->parameter_types = state.parameter_types;
    bound->slot_count = state.next_slot;
    return bound;
  }
  if (!query.ok()) return query.TakeStatus();
  if (!state.data_modifying.empty()) {
    // Each data-modifying WITH query runs first, to completion. The parts of
    // the statement would see each other's writes (reads see the
    // transaction's own writes), so a table one of them writes may not be
    // touched by another part (PostgreSQL runs them all on one snapshot).
    for (const BindState::TableUse& write : state.table_uses) {
      if (!write.write || write.part == 0) continue;
      for (const BindState::TableUse& other : state.table_uses) {
        if (other.oid == write.oid && other.part != write.part) {
          return Status::NotSupported("table \"" + write.name +
                                      "\" in a data-modifying WITH query and elsewhere in the same statement");
        }
      }
    }
    query->plan = std::make_unique<exec::PrologueOperator>(std::move(query->plan), std::move(state.data_modifying));
    bound->writes = true;
  }
  bound->plan = std::move(query->plan);
  bound->columns = std::move(query->columns);
  bound->modify = modify;
  bound->writes = bound->writes || modify != nullptr;
  if (bound->kind == BoundStatement::Kind::kQuery && !bound->writes) {
    bound->point_read = PointRead::Match(*bound->plan);
  }
  bound->parameter_types = state.parameter_types;
  bound->slot_count = state.next_slot;
  bound->now_slot = state.now_slot;
  return bound;
}

std::unique_ptr<Engine> CreateEngine(const std::string& data_dir, const EngineOptions& options,
                                     Status* status) {
  storage::DatabaseOptions database_options;
  database_options.block_cache_size_bytes = options.cache_size_bytes;
  database_options.wal_zero_fill_bytes = options.wal_zero_fill_bytes;
  database_options.max_transaction_bytes = options.max_transaction_bytes;
  auto engine = AugurEngine::Open(data_dir, database_options);
  if (!engine.ok()) {
    *status = engine.TakeStatus();
    return nullptr;
  }
  *status = Status::Ok();
  return std::move(engine).value();
}

}  // namespace augur::sql
