// The SQL engine behind sql::Engine / sql::Session: owns the storage and
// catalog, runs statements with PostgreSQL's transaction semantics.
//
// Statement lifecycle: text → ParseTree → BoundStatement (plan, result
// columns, parameter types) → execution against the session's current
// transaction. Prepared statements keep their BoundStatement and re-bind only
// when the catalog version changes; the simple protocol caches bound
// statements by exact query text (PlanCache) for the same reason.
//
// Transactions (see docs/sql.md): outside a block every simple-query message
// and every extended-protocol sequence up to Sync runs in one implicit
// transaction; BEGIN opens a block; after an error in a block the session is
// "failed" (25P02) until ROLLBACK / ROLLBACK TO SAVEPOINT; COMMIT of a failed
// block answers ROLLBACK.
//
// Thread-safety: AugurEngine is shared by all sessions (thread-safe);
// EngineSession is used by one connection thread, except RequestCancel().
#pragma once

#include <atomic>
#include <functional>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "catalog/catalog.h"
#include "exec/exec.h"
#include "exec/result_encoder.h"
#include "sql/advisory_locks.h"
#include "sql/binder.h"
#include "sql/foreign_keys.h"
#include "sql/notify.h"
#include "sql/parse_tree.h"
#include "sql/session.h"
#include "sql/settings.h"
#include "sql/table_source.h"
#include "storage/storage.h"

namespace augur::sql {

class AugurEngine;
class EngineSession;

// A statement ready to execute.
struct BoundStatement {
  enum class Kind { kQuery, kModify, kUtility };
  Kind kind = Kind::kUtility;
  std::shared_ptr<ParseTree> tree;  // keeps PgNodes valid
  PgNode node;                      // the statement (utility statements run from it)
  std::string text;                 // the statement's own text
  // Execution state of `plan` (parameters, memory accounting). Declared before
  // `plan` so it outlives the operators, which keep pointers into it.
  exec::ExecContext context;
  exec::OperatorPtr plan;           // kQuery / kModify
  // The runner of the last execution that ran `plan` to its end, for the
  // next one (QueryRunner::Restart). Declared after `plan`: destroyed first.
  std::unique_ptr<exec::QueryRunner> spare_runner;
  // `plan` run without its operators when it reads one row by primary key
  // (PointRead::Match); points into `plan`, so declared after it.
  std::unique_ptr<PointRead> point_read;
  // Portal::description_cache of the portals running this statement.
  mutable Portal::DescriptionCache description;
  std::vector<ResultColumn> columns;
  std::vector<types::SqlType> parameter_types;  // $1..$n
  int slot_count = 0;               // ExecContext::parameters size
  int now_slot = -1;
  uint64_t catalog_version = 0;
  uint64_t search_path_generation = 0;  // the session's search_path it was bound under
  std::string tag;                  // "SELECT", "INSERT", "UPDATE", "DELETE", or the utility's tag
  bool writes = false;              // needs a read-write transaction
  class ModifyOperator* modify = nullptr;  // kModify: the operator that counts rows
  // Whether running it counts as DDL for the transaction (IsDdl()); worked
  // out at the first execution, since a prepared statement runs many times.
  std::optional<bool> ddl;
};

// CREATE TABLE / INDEX, DROP, TRUNCATE and the schema statements of
// IsSchemaStatement: the transaction did DDL once one of them ran. IsDdl
// remembers the answer in the bound statement.
bool IsDdlStatement(PgNode stmt);
bool IsDdl(BoundStatement& bound);

// A sink that drops everything: rows (MOVE), notices and tags of work the
// session does on its own (set_config, dropping its temporary schema).
class DiscardSink final : public ResultSink {
 public:
  void SendRowDescription(std::span<const ResultColumn>, std::span<const int16_t>) override {}
  std::string& RowBuffer() override { return buffer_; }
  void RowsAppended() override { buffer_.clear(); }
  void SendCommandComplete(std::string_view) override {}
  void SendEmptyQueryResponse() override {}
  void SendNotice(std::string_view, const Status&) override {}
  void SendParameterStatus(std::string_view, std::string_view) override {}

 private:
  std::string buffer_;
};

// DML operators implement this to report the affected row count.
class ModifyOperator : public exec::PhysicalOperator {
 public:
  using PhysicalOperator::PhysicalOperator;
  virtual int64_t rows_affected() const = 0;
  // After Next() failed: the physical row of the child's chunk that caused
  // the error (COPY's "line N" context), or -1 when unknown.
  virtual int64_t failed_row() const { return -1; }
};

class AugurEngine final : public Engine {
 public:
  static Result<std::unique_ptr<AugurEngine>> Open(const std::string& data_dir,
                                                    const storage::DatabaseOptions& options = {});
  ~AugurEngine() override;

  // 3D000 when `database` does not exist. The session holds the database
  // (counted, for DROP DATABASE's 55006) until it is destroyed.
  Result<std::unique_ptr<Session>> NewSession(std::string_view user, std::string_view database) override;
  Result<std::optional<LoginRole>> LookupLoginRole(std::string_view user) override;

  storage::Database& database() { return *database_; }
  // The catalog of database "postgres"; cluster-wide functions (databases)
  // work on any database's catalog.
  catalog::Catalog& catalog() { return *catalog_; }

  // CREATE / DROP / ALTER DATABASE ... RENAME for a session connected to
  // `current_oid` (docs/sql.md "Databases"): 42P04, 3D000, 55006 as PostgreSQL.
  // `template_name`: TEMPLATE's value ("" = template1). The new database is
  // empty, which equals a copy only while the template holds no tables or
  // sequences (else 0A000).
  Status CreateDatabase(const catalog::DatabaseDefinition& definition, std::string_view template_name,
                        uint32_t current_oid);
  // `force` (WITH (FORCE)): first terminates the other sessions of the
  // database through `directory` and waits up to 5 s for them to end.
  Status DropDatabase(std::string_view name, bool if_exists, bool force, uint32_t current_oid,
                      BackendDirectory* directory, Status* notice);
  Status RenameDatabase(std::string_view name, std::string_view new_name, uint32_t current_oid);
  // A session of database `oid` got its process id / ended.
  void RegisterBackend(uint32_t oid, int32_t process_id);
  void ReleaseDatabase(uint32_t oid, int32_t process_id);
  // A session of role `role_oid` ended (CONNECTION LIMIT accounting).
  void ReleaseRole(uint32_t role_oid);
  // The number n of a session's temporary schema pg_temp_<n>: the smallest
  // not held by a live session (docs/catalog.md "Temporary tables").
  int AcquireTempSlot();
  void ReleaseTempSlot(int slot);
  AdvisoryLockTable& advisory_locks() { return advisory_locks_; }
  NotificationHub& notifications() { return notifications_; }

 private:
  AugurEngine() = default;
  // The catalog of `oid`, opened on first use; null if it does not exist.
  // Requires databases_mutex_.
  Result<catalog::Catalog*> CatalogLocked(uint32_t oid);
  Status DropLeftoverTempSchemas();
  // 55006 if sessions other than the caller's use `oid`. Requires databases_mutex_.
  Status CheckUnusedLocked(const std::string& name, uint32_t oid, uint32_t current_oid);
  std::unique_ptr<storage::Database> database_;
  std::unique_ptr<catalog::Catalog> catalog_;
  std::mutex databases_mutex_;
  std::map<uint32_t, std::unique_ptr<catalog::Catalog>> other_catalogs_;  // databases other than postgres
  std::map<uint32_t, int> sessions_per_database_;
  std::map<uint32_t, std::set<int32_t>> backends_per_database_;  // process ids, for WITH (FORCE)
  std::map<uint32_t, int> sessions_per_role_;  // guarded by databases_mutex_
  std::set<int> temp_slots_;                   // guarded by databases_mutex_
  AdvisoryLockTable advisory_locks_;
  NotificationHub notifications_;
};

// Binds one parsed statement (any kind) into a BoundStatement.
Result<std::unique_ptr<BoundStatement>> BindStatement(std::shared_ptr<ParseTree> tree, const RawStatement& raw,
                                                      catalog::Catalog& catalog, StatementContext* statement,
                                                      std::vector<types::SqlType> parameter_types,
                                                      const std::string& user);

// DML planning (dml.cc).
Result<BoundQuery> BindInsert(Binder& binder, PgNode stmt, ModifyOperator** modify);
Result<BoundQuery> BindUpdate(Binder& binder, PgNode stmt, ModifyOperator** modify);
Result<BoundQuery> BindDelete(Binder& binder, PgNode stmt, ModifyOperator** modify);
// INSERT's write path over any row source (COPY FROM): `source` yields the
// `targets` columns, each already of its column's type; the operator adds
// defaults, checks NOT NULL/CHECK (and a view's CHECK OPTION conditions,
// named by view) and inserts (uniqueness in storage).
Result<std::unique_ptr<ModifyOperator>> BindInsertFromSource(
    Binder& binder, std::shared_ptr<const catalog::Table> table, const std::vector<int>& targets,
    exec::OperatorPtr source, std::vector<std::shared_ptr<ParseTree>> keep_alive = {},
    std::vector<std::pair<exec::ExprPtr, std::string>> view_checks = {});

// NOT NULL and CHECK of one row of `table` (values in column order), for rows
// that foreign-key actions change (dml.cc). Errors as INSERT/UPDATE's.
using RowVerifier = std::function<Status(std::span<const types::Value>)>;
Result<RowVerifier> MakeRowVerifier(catalog::Catalog& catalog, StatementContext* statement,
                                    std::shared_ptr<const catalog::Table> table);
// The DEFAULT of column `column` (0-based) of `table`, evaluated now (NULL
// without one); for ON DELETE/UPDATE SET DEFAULT.
Result<types::Value> EvaluateColumnDefault(catalog::Catalog& catalog, StatementContext* statement,
                                           exec::ExecContext* context, const catalog::Table& table, int column);

// Binds a table's CHECK and DEFAULT expressions once, so CREATE TABLE rejects
// what INSERT could never evaluate (42703, 22P02, ...) (dml.cc).
Status ValidateTableExpressions(std::shared_ptr<const catalog::Table> table, catalog::Catalog& catalog,
                                storage::Transaction* txn);

// DDL execution (ddl.cc). Notices go to `sink`.
Status ExecuteCreateTable(const ParseTree& tree, PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn,
                          ResultSink& sink);
Status ExecuteCreateIndex(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink);
Status ExecuteDrop(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink,
                   std::string* tag);
Status ExecuteTruncate(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink);

// nextval/currval/setval/lastval for one session (sequence.cc): values come
// from Catalog::NextVal (shared, non-transactional); currval/lastval are
// this session's, as in PostgreSQL.
class SessionSequences final : public exec::SequenceAccess {
 public:
  SessionSequences(catalog::Catalog& catalog, StatementContext* statement)
      : catalog_(catalog), statement_(statement) {}
  Result<int64_t> NextVal(std::string_view name) override;
  Result<int64_t> CurrVal(std::string_view name) override;
  Result<int64_t> SetVal(std::string_view name, int64_t value, bool is_called) override;
  Result<int64_t> LastVal() override;

 private:
  Result<std::shared_ptr<const catalog::Sequence>> Lookup(std::string_view name);
  catalog::Catalog& catalog_;
  StatementContext* statement_;
  std::map<uint32_t, int64_t> current_;  // sequence oid -> last nextval/setval in this session
  uint32_t last_oid_ = 0;                // sequence of the last nextval (lastval)
};

// What DDL beyond CREATE/DROP needs from the session (ddl.cc, alter_table.cc,
// sequence.cc).
struct DdlContext {
  catalog::Catalog& catalog;
  storage::Transaction* txn;
  ResultSink& sink;
  exec::SequenceAccess* sequences;  // for defaults evaluated while rewriting rows
  int64_t transaction_start_us = 0;  // now() of the transaction
  StatementContext* statement = nullptr;
  std::string_view session_user;  // CURRENT_USER in role specifications
};

// ALTER TABLE / ALTER ... RENAME / CREATE SEQUENCE / ALTER SEQUENCE / COMMENT
// / CREATE TABLE AS: true if ExecuteSchemaStatement runs this statement tag.
bool IsSchemaStatement(std::string_view tag);
// The same, also true for SELECT ... INTO (a CREATE TABLE AS).
bool IsSchemaStatement(PgNode stmt);
bool IsSelectInto(PgNode stmt);
// Runs one of them; `command_tag` receives the CommandComplete tag.
Status ExecuteSchemaStatement(const ParseTree& tree, PgNode stmt, DdlContext& context, std::string* command_tag);
Status ExecuteAlterTable(const ParseTree& tree, PgNode stmt, DdlContext& context);
Status ExecuteRename(const ParseTree& tree, PgNode stmt, DdlContext& context);
Status ExecuteCreateSequence(const ParseTree& tree, PgNode stmt, DdlContext& context);
Status ExecuteCreateView(const ParseTree& tree, PgNode stmt, DdlContext& context);
// The schema a CREATE puts `relation` (a RangeVar) in: as written, or for
// TEMPORARY the session's temporary schema, which the session made first
// (42P16 for a temporary relation named in another schema).
Result<std::string> CreationSchemaName(PgNode relation);
// DROP TABLE of a table other tables reference: 2BP01 naming the dependent
// constraints, or with CASCADE their removal (NOTICE). Tables in `dropped`
// and self-references do not count (ddl.cc).
Status DropReferencingForeignKeys(catalog::Catalog& catalog, storage::Transaction* txn, const catalog::Table& table,
                                  const std::set<uint32_t>& dropped, bool cascade, ResultSink& sink);
// A view reading a relation, and the line PostgreSQL's DETAIL gives for it.
struct DependentView {
  std::shared_ptr<const catalog::View> view;
  std::string reason;  // "view v depends on table t"
};
// The views that read relation `oid` (a `kind` named `name`), directly or
// through other views, except those in `dropped` (ddl.cc).
std::vector<DependentView> ViewsReading(catalog::Catalog& catalog, storage::Transaction* txn, uint32_t oid,
                                        std::string_view kind, std::string_view name,
                                        const std::set<uint32_t>& dropped);
// CREATE SCHEMA / DROP SCHEMA / ALTER SCHEMA (schema.cc).
Status ExecuteCreateSchema(const ParseTree& tree, PgNode stmt, DdlContext& context);
Status ExecuteDropSchema(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink);
// Drops `targets` with what they hold (and, with `cascade`, the views
// elsewhere reading it); 2BP01 without `cascade` when they hold anything.
Status DropSchemas(catalog::Catalog& catalog, storage::Transaction* txn,
                   const std::vector<catalog::SchemaInfo>& targets, bool cascade, ResultSink& sink);
Status ExecuteAlterSchema(PgNode stmt, DdlContext& context, std::string* command_tag);
Status ExecuteAlterSequence(const ParseTree& tree, PgNode stmt, DdlContext& context);

// A column definition (CREATE TABLE element / ALTER TABLE ADD COLUMN) with
// its column constraints.
struct ParsedColumn {
  std::string table_name;  // for messages
  catalog::ColumnDefinition column;
  catalog::SequenceDefinition identity_options;
  std::optional<catalog::KeyConstraintDefinition> primary_key;
  std::vector<catalog::KeyConstraintDefinition> uniques;
  std::vector<catalog::CheckDefinition> checks;
  // REFERENCES constraints (foreign_keys.h resolves them), each with the
  // DEFERRABLE / INITIALLY DEFERRED clauses that follow it.
  struct ColumnForeignKey {
    PgNode node;
    ConstraintTiming timing;
  };
  std::vector<ColumnForeignKey> foreign_keys;
};
Status ParseColumnDef(const ParseTree& tree, PgNode element, Binder& type_binder, ParsedColumn* out);

// CREATE VIEW ... WITH CHECK OPTION: 0A000 unless `view` is automatically
// updatable (dml.cc).
Status CheckViewAcceptsCheckOption(Binder& binder, std::shared_ptr<const catalog::View> view, PgNode relation);
// Whether INSERT, UPDATE and DELETE can go through `view` (pg_relation_is_updatable).
bool ViewIsAutoUpdatable(catalog::Catalog& catalog, StatementContext* statement,
                         std::shared_ptr<const catalog::View> view);

// Helpers shared by the DDL files (ddl.cc).
// Text of the expression after the last `keyword` token (DEFAULT, USING)
// that precedes `expression`, up to the next top-level ',' / ')' / ';'.
std::string ExpressionTextAfterKeyword(const std::string& text, PgNode expression, std::string_view keyword);
// Text inside the parentheses of `CHECK (...)`, scanning from `pos`.
std::string CheckExpressionTextAt(const std::string& text, size_t pos);
// Column names an expression references (distinct, in order).
void CollectReferencedColumns(PgNode node, std::vector<std::string>* out);
// Sequence options (CREATE/ALTER SEQUENCE, identity) into a definition.
Status ParseSequenceOptions(const ParseTree& tree, const std::vector<PgNode>& options, Binder* type_binder,
                            catalog::SequenceDefinition* definition, bool* owned_by_none);

// The command tag PostgreSQL uses for a statement node (e.g. "CREATE TABLE").
std::string CommandTagFor(PgNode stmt);
// "CREATE TRIGGER is not supported" style names for unsupported statements.
std::string UnsupportedStatementName(std::string_view tag);

}  // namespace augur::sql
