// System catalogs (pg_catalog): PostgreSQL 15's catalog relations computed
// from augurdb's catalog, and the catalog side of the functions and reg*
// types clients use with them. Design: docs/catalog.md.
//
//  * SystemRelations(): every relation of schema pg_catalog augurdb provides,
//    with PostgreSQL's oid, relkind and column names/types. The binder turns a
//    FROM reference to one into PlanSystemRelation(): a source that computes
//    the rows when it opens.
//  * SystemCatalog: one per session. Holds the per-statement snapshot of the
//    catalog (built lazily, dropped by BeginStatement(), so every relation a
//    statement reads describes one catalog state, the one its transaction
//    sees), and implements types::ObjectNameResolver (regclass & co. text
//    I/O) and exec::CatalogAccess (pg_get_indexdef, pg_table_is_visible, ...).
//
// Thread-safety: a SystemCatalog belongs to its session's thread.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "exec/exec.h"
#include "types/reg_types.h"
#include "types/type.h"

namespace augur::sql {

struct StatementContext;
class CatalogSnapshot;
struct BuiltinView;

struct SystemColumn {
  std::string_view name;
  types::SqlType type;
};

class SystemRows;
// Appends the relation's rows.
using SystemRowBuilder = void (*)(const CatalogSnapshot& snapshot, exec::ExecContext& context, SystemRows& rows);

struct SystemRelation {
  uint32_t oid = 0;
  std::string_view name;
  char relkind = 'r';  // 'r' catalog table, 'v' view
  std::vector<SystemColumn> columns;
  SystemRowBuilder build = nullptr;
};

// Rows of one relation under construction: Begin() starts a row whose
// columns are 0 / false (fixed-width types) or NULL (the others); Set() fills
// a column by name.
class SystemRows {
 public:
  explicit SystemRows(const SystemRelation& relation);
  void Begin();
  void Set(std::string_view column, types::Value value);
  std::vector<std::vector<types::Value>> rows;

 private:
  const SystemRelation& relation_;
};

// Every system relation, by name.
const std::vector<SystemRelation>& SystemRelations();
const SystemRelation* FindSystemRelation(std::string_view name);
const SystemRelation* FindSystemRelation(uint32_t oid);

// pg_proc names of the functions pg_proc lists (regproc output/input).
std::optional<std::string> ProcedureName(uint32_t oid);
std::optional<uint32_t> ProcedureOid(std::string_view name);
// pg_get_function_result (result = true) / pg_get_function_arguments of a
// pg_proc row (argument names, no defaults); nullopt for an unknown oid.
std::optional<std::string> FunctionSignatureText(uint32_t oid, bool result);

// A source producing `relation`'s rows for the statement's snapshot.
exec::OperatorPtr PlanSystemRelation(const SystemRelation& relation, StatementContext* statement);

// One relation (table, index, sequence or system relation) in a snapshot.
struct RelationEntry {
  uint32_t oid = 0;
  uint32_t schema_oid = 0;
  std::string name;
  char relkind = 'r';
  std::shared_ptr<const catalog::Table> table;      // 'r' user table; 'i': the index's table
  const catalog::Index* index = nullptr;            // 'i'
  std::shared_ptr<const catalog::Sequence> sequence;  // 'S'
  const SystemRelation* system = nullptr;           // pg_catalog relation
  const BuiltinView* view = nullptr;                // information_schema view (relkind 'v')
  std::shared_ptr<const catalog::View> user_view;   // CREATE VIEW view (relkind 'v')
};

// The SQL text of a view entry (information_schema or CREATE VIEW; a user
// view's text as written, PostgreSQL prints its own deparsed form).
std::string ViewDefinitionText(const RelationEntry& entry);

// The catalog as one statement sees it.
class CatalogSnapshot {
 public:
  CatalogSnapshot(catalog::Catalog& catalog, storage::Transaction* txn, std::vector<std::string> search_path);

  catalog::Catalog* catalog;

  std::vector<std::shared_ptr<const catalog::Table>> tables;
  std::vector<std::shared_ptr<const catalog::Sequence>> sequences;
  std::vector<std::shared_ptr<const catalog::View>> views;
  std::vector<catalog::SchemaInfo> schemas;
  std::vector<catalog::RoleInfo> roles;
  std::vector<catalog::DatabaseInfo> databases;
  std::vector<catalog::RoleMembership> memberships;  // pg_auth_members
  std::map<uint32_t, RelationEntry> relations;  // by oid
  std::vector<std::string> search_path;          // explicit schemas (existing ones), in order

  const RelationEntry* FindRelation(uint32_t oid) const;
  // By schema name ("" = search path, pg_catalog first) and relation name.
  const RelationEntry* FindRelation(std::string_view schema, std::string_view name) const;
  std::optional<std::string> SchemaName(uint32_t schema_oid) const;
  std::optional<uint32_t> SchemaOid(std::string_view name) const;
  std::optional<std::string> RoleName(uint32_t role_oid) const;
  // pg_table_is_visible: the first relation of that name on the search path is this one.
  bool RelationVisible(uint32_t oid) const;
};

// Oids PostgreSQL gives built-in objects augurdb shows.
inline constexpr uint32_t kHeapAmOid = 2;
inline constexpr uint32_t kBtreeAmOid = 403;
inline constexpr uint32_t kDatabaseOwnerRoleOid = 6171;  // pg_database_owner (owns public)
inline constexpr uint32_t kDefaultCollationOid = 100;
inline constexpr uint32_t kCCollationOid = 950;
inline constexpr uint32_t kDefaultTablespaceOid = 1663;
// pg_constraint oids of CHECK constraints and pg_attrdef oids (docs/catalog.md).
uint32_t CheckConstraintOid(uint32_t table_oid, std::string_view name);
uint32_t AttrDefOid(uint32_t table_oid, int16_t attnum);

// search_path's text (as SHOW prints it) → schema names in order: quoted
// names as written, others lower-cased; "$user" is left for the caller.
std::vector<std::string> ParseSearchPath(std::string_view text);

class SystemCatalog final : public types::ObjectNameResolver, public exec::CatalogAccess {
 public:
  SystemCatalog(catalog::Catalog& catalog, StatementContext* statement);

  // Drops the snapshot: the next use builds a fresh one from the statement's
  // transaction. Called before every bind and every execution.
  void BeginStatement() { snapshot_.reset(); }
  // The session's search_path as schema names, "$user" replaced (the session
  // sets it before each statement).
  // `implicit_temp`: schemas[0] is the session's temporary schema, searched
  // first without being listed (current_schemas(false) leaves it out).
  void SetSearchPath(const std::vector<std::string>& schemas, bool implicit_temp = false);
  const CatalogSnapshot& Snapshot();

  // types::ObjectNameResolver
  std::optional<std::string> NameOf(uint32_t reg_type, uint32_t oid) override;
  Result<uint32_t> Lookup(uint32_t reg_type, std::string_view text) override;

  // exec::CatalogAccess
  Result<std::optional<std::string>> IndexDefinition(uint32_t index_oid, int32_t column, bool pretty) override;
  Result<std::optional<std::string>> ConstraintDefinition(uint32_t constraint_oid, bool pretty) override;
  Result<std::optional<std::string>> ExpressionText(std::string_view stored, uint32_t relation_oid,
                                                    bool pretty) override;
  std::optional<std::string> RoleName(uint32_t role_oid) override;
  bool IsVisible(uint32_t reg_type, uint32_t oid) override;
  std::optional<std::string> Description(uint32_t oid, std::string_view catalog_name, int32_t attnum) override;
  uint32_t MyTempSchema() override;
  std::vector<std::string> CurrentSchemas(bool include_implicit) override;
  Result<std::optional<std::string>> SerialSequence(std::string_view table, std::string_view column) override;
  std::optional<std::string> ViewDefinition(uint32_t oid) override;
  Result<uint32_t> RoleOid(std::string_view name) override;
  std::optional<int64_t> RelationSize(uint32_t oid, SizeOf what) override;
  Result<std::optional<int64_t>> DatabaseSize(uint32_t database_oid) override;
  Result<uint32_t> DatabaseOid(std::string_view name) override;
  std::optional<std::string> FunctionText(uint32_t oid, bool result) override {
    return FunctionSignatureText(oid, result);
  }
  uint32_t SessionUserOid() override { return session_user_oid_; }
  bool RoleHasPrivilege(uint32_t member, uint32_t role, int mode) override;
  void SetSessionUser(uint32_t oid) { session_user_oid_ = oid; }

 private:
  uint32_t session_user_oid_ = catalog::kPostgresRoleOid;
  catalog::Catalog& catalog_;
  StatementContext* statement_;
  std::vector<std::string> search_path_ = {"public"};
  bool implicit_temp_ = false;
  std::unique_ptr<CatalogSnapshot> snapshot_;
};

// pg_get_indexdef(index, column, pretty): column 0 = the whole CREATE INDEX.
std::string IndexDefinitionText(const catalog::Table& table, const catalog::Index& index, int32_t column);
// Attnums a CHECK expression references (pg_constraint.conkey), in order of first use.
std::vector<int16_t> CheckColumns(catalog::Catalog& catalog, const catalog::Table& table, const std::string& sql);

// PostgreSQL's pg_get_expr for an expression stored as SQL text over
// `table` (null: no columns), in pretty mode (docs/catalog.md).
// `column_type`: for a DEFAULT, the column's type (an untyped literal takes it).
std::string DeparseStoredExpression(catalog::Catalog& catalog, const catalog::Table* table,
                                    const std::string& sql, std::optional<types::SqlType> column_type);

}  // namespace augur::sql
