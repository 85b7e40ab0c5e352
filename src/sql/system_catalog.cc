// SystemCatalog: the per-statement catalog snapshot, the source that produces
// a system relation's rows, reg* name resolution and the catalog functions.
#include "sql/system_catalog.h"
#include "sql/foreign_keys.h"

#include "sql/role.h"

#include <algorithm>

#include "sql/binder.h"
#include "sql/views.h"
#include "types/type.h"

namespace augur::sql {

using types::SqlType;
using types::Value;

// ---------------------------------------------------------------------------
// Oids derived from names (docs/catalog.md, "OIDs").

namespace {

uint32_t Fnv1a(uint32_t seed, std::string_view bytes) {
  uint32_t h = 2166136261u;
  for (int i = 0; i < 4; ++i) {
    h ^= (seed >> (8 * i)) & 0xff;
    h *= 16777619u;
  }
  for (char c : bytes) {
    h ^= static_cast<uint8_t>(c);
    h *= 16777619u;
  }
  return h;
}

}  // namespace

uint32_t CheckConstraintOid(uint32_t table_oid, std::string_view name) {
  return 0x40000000u + (Fnv1a(table_oid, name) & 0x1fffffffu);
}

uint32_t AttrDefOid(uint32_t table_oid, int16_t attnum) {
  std::string bytes(reinterpret_cast<const char*>(&attnum), sizeof(attnum));
  return 0x60000000u + (Fnv1a(table_oid, bytes) & 0x1fffffffu);
}

// ---------------------------------------------------------------------------
// CatalogSnapshot

namespace {
// pg_auth_members as `txn` sees it; a storage error shows no memberships
// rather than failing every catalog query.
std::vector<catalog::RoleMembership> MembershipsOrNone(catalog::Catalog& catalog, storage::Transaction* txn) {
  auto memberships = catalog.ListMemberships(txn);
  if (!memberships.ok()) return {};
  return std::move(*memberships);
}
}  // namespace

CatalogSnapshot::CatalogSnapshot(catalog::Catalog& catalog, storage::Transaction* txn, std::vector<std::string> path)
    : catalog(&catalog),
      tables(catalog.ListTables(txn)),
      sequences(catalog.ListSequences(txn)),
      views(catalog.ListViews(txn)),
      schemas(catalog.ListSchemas(txn)),
      roles(catalog.ListRoles()),
      databases(catalog.ListDatabases()),
      memberships(MembershipsOrNone(catalog, txn)) {
  for (const auto& name : path) {
    if (SchemaOid(name)) search_path.push_back(name);
  }
  // One pg_class entry per relation, keyed by oid.
  auto add = [this](uint32_t oid, uint32_t schema_oid, std::string_view name, char relkind) -> RelationEntry& {
    RelationEntry& e = relations[oid];
    e.oid = oid;
    e.schema_oid = schema_oid;
    e.name = std::string(name);
    e.relkind = relkind;
    return e;
  };
  for (const auto& relation : SystemRelations()) {
    add(relation.oid, catalog::kPgCatalogNamespaceOid, relation.name, relation.relkind).system = &relation;
  }
  schemas.push_back(catalog::SchemaInfo{kInformationSchemaNamespaceOid, "information_schema", catalog::kPostgresRoleOid});
  for (const auto& view : InformationSchemaViews()) {
    add(view.oid, kInformationSchemaNamespaceOid, view.name, 'v').view = &view;
  }
  for (const auto& table : tables) {
    add(table->oid, table->schema_oid, table->name, 'r').table = table;
    for (const auto& index : table->indexes) {
      RelationEntry& i = add(index.oid, table->schema_oid, index.name, 'i');
      i.table = table;
      i.index = &index;
    }
  }
  for (const auto& view : views) add(view->oid, view->schema_oid, view->name, 'v').user_view = view;
  for (const auto& sequence : sequences) {
    add(sequence->oid, sequence->schema_oid, sequence->name, 'S').sequence = sequence;
  }
}

const RelationEntry* CatalogSnapshot::FindRelation(uint32_t oid) const {
  auto it = relations.find(oid);
  return it == relations.end() ? nullptr : &it->second;
}

const RelationEntry* CatalogSnapshot::FindRelation(std::string_view schema, std::string_view name) const {
  auto in_schema = [&](uint32_t schema_oid) -> const RelationEntry* {
    for (const auto& [oid, e] : relations) {
      if (e.schema_oid == schema_oid && e.name == name) return &e;
    }
    return nullptr;
  };
  if (!schema.empty()) {
    auto oid = SchemaOid(schema);
    return oid ? in_schema(*oid) : nullptr;
  }
  bool catalog_listed = std::find(search_path.begin(), search_path.end(), "pg_catalog") != search_path.end();
  if (!catalog_listed) {
    if (const auto* e = in_schema(catalog::kPgCatalogNamespaceOid)) return e;
  }
  for (const auto& schema_name : search_path) {
    if (const auto* e = in_schema(*SchemaOid(schema_name))) return e;
  }
  return nullptr;
}

std::optional<std::string> CatalogSnapshot::SchemaName(uint32_t schema_oid) const {
  for (const auto& schema : schemas) {
    if (schema.oid == schema_oid) return schema.name;
  }
  return std::nullopt;
}

std::optional<uint32_t> CatalogSnapshot::SchemaOid(std::string_view name) const {
  for (const auto& schema : schemas) {
    if (schema.name == name) return schema.oid;
  }
  return std::nullopt;
}

std::optional<std::string> CatalogSnapshot::RoleName(uint32_t role_oid) const {
  for (const auto& role : roles) {
    if (role.oid == role_oid) return role.name;
  }
  if (role_oid == kDatabaseOwnerRoleOid) return "pg_database_owner";
  return std::nullopt;
}

bool CatalogSnapshot::RelationVisible(uint32_t oid) const {
  const RelationEntry* e = FindRelation(oid);
  if (e == nullptr) return false;
  return FindRelation("", e->name) == e;
}

// ---------------------------------------------------------------------------
// The source of a system relation's rows.

namespace {

class SystemRelationSource final : public exec::ChunkSource {
 public:
  SystemRelationSource(const SystemRelation& relation, StatementContext* statement)
      : relation_(relation), statement_(statement) {
    for (const auto& column : relation.columns) types_.push_back(column.type);
  }
  std::vector<SqlType> types() const override { return types_; }
  Status Open(exec::ExecContext& context) override {
    if (statement_->system_catalog == nullptr) return Status::Internal("system catalog read without a session");
    SystemRows rows(relation_);
    relation_.build(statement_->system_catalog->Snapshot(), context, rows);
    rows_ = std::move(rows.rows);
    next_ = 0;
    return Status::Ok();
  }
  Result<bool> Fill(exec::DataChunk& out) override {
    if (next_ >= rows_.size()) return false;
    uint32_t n = 0;
    while (next_ < rows_.size() && n < exec::kVectorSize) {
      const auto& row = rows_[next_++];
      for (size_t c = 0; c < row.size(); ++c) out.column(c).SetValue(n, row[c]);
      ++n;
    }
    out.SetSize(n);
    return true;
  }
  void Close() override { rows_.clear(); }
  std::string ExplainText() const override { return "Function Scan on " + std::string(relation_.name); }

 private:
  const SystemRelation& relation_;
  StatementContext* statement_;
  std::vector<SqlType> types_;
  std::vector<std::vector<Value>> rows_;
  size_t next_ = 0;
};

}  // namespace

std::vector<std::string> ParseSearchPath(std::string_view text) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',')) ++i;
    if (i >= text.size()) break;
    std::string name;
    if (text[i] == '"') {
      ++i;
      while (i < text.size()) {
        if (text[i] == '"') {
          if (i + 1 < text.size() && text[i + 1] == '"') {
            name.push_back('"');
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        name.push_back(text[i++]);
      }
    } else {
      while (i < text.size() && text[i] != ',' && text[i] != ' ') {
        char c = text[i++];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        name.push_back(c);
      }
    }
    out.push_back(std::move(name));
  }
  return out;
}

exec::OperatorPtr PlanSystemRelation(const SystemRelation& relation, StatementContext* statement) {
  return std::make_unique<exec::SourceOperator>(std::make_unique<SystemRelationSource>(relation, statement));
}

// ---------------------------------------------------------------------------
// SystemCatalog

SystemCatalog::SystemCatalog(catalog::Catalog& catalog, StatementContext* statement)
    : catalog_(catalog), statement_(statement) {}

void SystemCatalog::SetSearchPath(const std::vector<std::string>& schemas, bool implicit_temp) {
  if (schemas == search_path_ && implicit_temp == implicit_temp_) return;
  snapshot_.reset();
  search_path_ = schemas;
  implicit_temp_ = implicit_temp;
}

const CatalogSnapshot& SystemCatalog::Snapshot() {
  if (!snapshot_) {
    snapshot_ = std::make_unique<CatalogSnapshot>(catalog_, statement_->txn, search_path_);
  }
  return *snapshot_;
}

namespace {

std::string Qualified(const CatalogSnapshot& s, const RelationEntry& e) {
  std::string name = types::QuoteIdentifier(e.name);
  if (s.RelationVisible(e.oid)) return name;
  return types::QuoteIdentifier(s.SchemaName(e.schema_oid).value_or("")) + "." + name;
}

}  // namespace

std::optional<std::string> SystemCatalog::NameOf(uint32_t reg_type, uint32_t oid) {
  const CatalogSnapshot& s = Snapshot();
  switch (reg_type) {
    case types::kRegclassOid: {
      const RelationEntry* e = s.FindRelation(oid);
      if (e == nullptr) return std::nullopt;
      return Qualified(s, *e);
    }
    case types::kRegnamespaceOid: {
      auto name = s.SchemaName(oid);
      if (!name) return std::nullopt;
      return types::QuoteIdentifier(*name);
    }
    case types::kRegroleOid: {
      auto name = s.RoleName(oid);
      if (!name) return std::nullopt;
      return types::QuoteIdentifier(*name);
    }
    case types::kRegprocOid:
    case types::kRegprocedureOid:
      return ProcedureName(oid);
    case types::kRegtypeOid:
      if (types::TypeName(oid) == "???") return std::nullopt;
      return types::FormatType(SqlType::Of(oid));
    default:
      return std::nullopt;
  }
}

Result<uint32_t> SystemCatalog::Lookup(uint32_t reg_type, std::string_view text) {
  const CatalogSnapshot& s = Snapshot();
  switch (reg_type) {
    case types::kRegclassOid: {
      ASSIGN_OR_RETURN(auto parts, types::ParseQualifiedName(text));
      if (parts.size() > 2) {
        if (parts.size() == 3 && parts[0] == "postgres") {
          parts.erase(parts.begin());
        } else {
          return Status::Error(sqlstate::kFeatureNotSupported, "cross-database references are not implemented: " +
                                                                   std::string(text));
        }
      }
      std::string schema = parts.size() == 2 ? parts[0] : "";
      if (!schema.empty() && !s.SchemaOid(schema)) {
        return Status::Error(sqlstate::kInvalidSchemaName, "schema \"" + schema + "\" does not exist");
      }
      const RelationEntry* e = s.FindRelation(schema, parts.back());
      if (e == nullptr) {
        std::string shown = schema.empty() ? parts.back() : schema + "." + parts.back();
        return Status::Error(sqlstate::kUndefinedTable, "relation \"" + shown + "\" does not exist");
      }
      return e->oid;
    }
    case types::kRegnamespaceOid: {
      ASSIGN_OR_RETURN(auto parts, types::ParseQualifiedName(text));
      if (parts.size() != 1) return Status::Error("42602", "invalid name syntax");
      auto oid = s.SchemaOid(parts[0]);
      if (!oid) return Status::Error(sqlstate::kUndefinedObject, "schema \"" + parts[0] + "\" does not exist");
      return *oid;
    }
    case types::kRegroleOid: {
      ASSIGN_OR_RETURN(auto parts, types::ParseQualifiedName(text));
      if (parts.size() != 1) return Status::Error("42602", "invalid name syntax");
      for (const auto& role : s.roles) {
        if (role.name == parts[0]) return role.oid;
      }
      if (parts[0] == "pg_database_owner") return kDatabaseOwnerRoleOid;
      return Status::Error(sqlstate::kUndefinedObject, "role \"" + parts[0] + "\" does not exist");
    }
    case types::kRegprocOid: {
      ASSIGN_OR_RETURN(auto parts, types::ParseQualifiedName(text));
      if (parts.size() == 2 && parts[0] != "pg_catalog") {
        return Status::Error(sqlstate::kUndefinedFunction, "function \"" + std::string(text) + "\" does not exist");
      }
      auto oid = ProcedureOid(parts.back());
      if (!oid) {
        return Status::Error(sqlstate::kUndefinedFunction, "function \"" + std::string(text) + "\" does not exist");
      }
      return *oid;
    }
    case types::kRegtypeOid: {
      std::string lowered;
      for (char c : text) lowered.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
      auto type = types::TypeFromName(lowered);
      if (!type.ok()) {
        return Status::Error(sqlstate::kUndefinedObject, "type \"" + std::string(text) + "\" does not exist");
      }
      return type->oid;
    }
    default:
      return Status::NotSupported("input of type " + std::string(types::TypeName(reg_type)) + " by name");
  }
}

std::optional<std::string> SystemCatalog::RoleName(uint32_t role_oid) { return Snapshot().RoleName(role_oid); }

Result<uint32_t> SystemCatalog::RoleOid(std::string_view name) {
  for (const auto& role : Snapshot().roles) {
    if (role.name == name) return role.oid;
  }
  return Status::Error(sqlstate::kUndefinedObject, "role \"" + std::string(name) + "\" does not exist");
}

// Sizes are RocksDB's estimates of the keys' bytes (docs/catalog.md "Sizes").
// A primary key is the row key itself (no separate entries), so its index
// has no size of its own; sequences, views and system relations have none.
std::optional<int64_t> SystemCatalog::RelationSize(uint32_t oid, SizeOf what) {
  const RelationEntry* entry = Snapshot().FindRelation(oid);
  if (entry == nullptr) return std::nullopt;
  auto index_bytes = [&](const catalog::Index& index) -> int64_t {
    return index.primary ? 0 : static_cast<int64_t>(catalog_.StorageBytes(index.oid, true));
  };
  if (entry->relkind == 'i') return what == SizeOf::kIndexes ? 0 : index_bytes(*entry->index);
  if (entry->relkind != 'r' || entry->table == nullptr) return 0;
  const catalog::Table& table = *entry->table;
  int64_t rows = static_cast<int64_t>(catalog_.StorageBytes(table.storage_id, false));
  int64_t indexes = 0;
  for (const auto& index : table.indexes) indexes += index_bytes(index);
  switch (what) {
    case SizeOf::kRelation:
    case SizeOf::kTable: return rows;
    case SizeOf::kIndexes: return indexes;
    case SizeOf::kTotal: return rows + indexes;
  }
  return rows;
}

Result<std::optional<int64_t>> SystemCatalog::DatabaseSize(uint32_t database_oid) {
  ASSIGN_OR_RETURN(auto bytes, catalog_.DatabaseStorageBytes(database_oid));
  if (!bytes) return std::optional<int64_t>();
  return std::optional<int64_t>(static_cast<int64_t>(*bytes));
}

Result<uint32_t> SystemCatalog::DatabaseOid(std::string_view name) {
  for (const auto& database : Snapshot().databases) {
    if (database.name == name) return database.oid;
  }
  return Status::Error(sqlstate::kUndefinedDatabase, "database \"" + std::string(name) + "\" does not exist");
}

// pg_role_aclcheck (acl.c): ADMIN, then MEMBER, then USAGE.
bool SystemCatalog::RoleHasPrivilege(uint32_t member, uint32_t role, int mode) {
  const CatalogSnapshot& s = Snapshot();
  RoleGraph graph(s.roles, s.memberships);
  if ((mode & kRoleAdmin) != 0 && graph.IsAdmin(member, role, session_user_oid_)) return true;
  if ((mode & kRoleMember) != 0 && graph.IsMember(member, role)) return true;
  if ((mode & kRoleUsage) != 0 && graph.HasPrivileges(member, role)) return true;
  return false;
}

bool SystemCatalog::IsVisible(uint32_t reg_type, uint32_t oid) {
  switch (reg_type) {
    case types::kRegclassOid: return Snapshot().RelationVisible(oid);
    case types::kRegtypeOid: return types::TypeName(oid) != "???";
    default: return true;
  }
}

std::optional<std::string> SystemCatalog::Description(uint32_t oid, std::string_view catalog_name, int32_t attnum) {
  if (!catalog_name.empty() && catalog_name != "pg_class") return std::nullopt;
  const RelationEntry* e = Snapshot().FindRelation(oid);
  if (e == nullptr || e->relkind != 'r' || e->table == nullptr) return std::nullopt;
  if (attnum == 0) return e->table->comment;
  for (const auto& column : e->table->columns) {
    if (column.attnum == attnum) return column.comment;
  }
  return std::nullopt;
}

uint32_t SystemCatalog::MyTempSchema() {
  const CatalogSnapshot& s = Snapshot();
  for (const auto& name : s.search_path) {
    if (catalog::IsTempSchemaName(name)) return s.SchemaOid(name).value_or(0);
  }
  return 0;
}

std::vector<std::string> SystemCatalog::CurrentSchemas(bool include_implicit) {
  const CatalogSnapshot& s = Snapshot();
  std::vector<std::string> out;
  bool catalog_listed = std::find(s.search_path.begin(), s.search_path.end(), "pg_catalog") != s.search_path.end();
  auto it = s.search_path.begin();
  bool temp_first = implicit_temp_ && it != s.search_path.end() && catalog::IsTempSchemaName(*it);
  if (temp_first) {
    if (include_implicit) out.push_back(*it);  // PostgreSQL: {pg_temp_3,pg_catalog,public}
    ++it;
  }
  if (include_implicit && !catalog_listed) out.push_back("pg_catalog");
  for (; it != s.search_path.end(); ++it) out.push_back(*it);
  return out;
}

Result<std::optional<std::string>> SystemCatalog::SerialSequence(std::string_view table, std::string_view column) {
  ASSIGN_OR_RETURN(uint32_t table_oid, Lookup(types::kRegclassOid, table));
  const CatalogSnapshot& s = Snapshot();
  const RelationEntry* e = s.FindRelation(table_oid);
  int16_t attnum = 0;
  if (e != nullptr && e->relkind == 'r' && e->table != nullptr) {
    for (const auto& c : e->table->columns) {
      if (c.name == column) attnum = c.attnum;
    }
  } else if (e != nullptr && e->system != nullptr) {
    int16_t n = 0;
    for (const auto& c : e->system->columns) {
      ++n;
      if (c.name == column) attnum = n;
    }
  }
  if (attnum == 0) {
    return Status::Error(sqlstate::kUndefinedColumn, "column \"" + std::string(column) + "\" of relation \"" +
                                                         (e ? e->name : std::string(table)) + "\" does not exist");
  }
  for (const auto& seq : s.sequences) {
    if (seq->owned_by_table == table_oid && seq->owned_by_attnum == attnum) {
      return std::optional<std::string>(types::QuoteIdentifier(seq->schema_name) + "." +
                                        types::QuoteIdentifier(seq->name));
    }
  }
  return std::optional<std::string>();
}

std::string ViewDefinitionText(const RelationEntry& entry) {
  if (entry.user_view != nullptr) return " " + entry.user_view->query + ";";
  return entry.view != nullptr ? std::string(entry.view->sql) : std::string();
}

std::optional<std::string> SystemCatalog::ViewDefinition(uint32_t oid) {
  const RelationEntry* e = Snapshot().FindRelation(oid);
  if (e == nullptr || (e->user_view == nullptr && e->view == nullptr)) return std::nullopt;
  return ViewDefinitionText(*e);
}

std::string IndexDefinitionText(const catalog::Table& table, const catalog::Index& index, int32_t column) {
  if (column > 0) {
    if (column > static_cast<int32_t>(index.attnums.size())) return "";
    return types::QuoteIdentifier(table.columns[index.attnums[column - 1] - 1].name);
  }
  std::string out = index.unique || index.primary ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
  out += types::QuoteIdentifier(index.name) + " ON " + types::QuoteIdentifier(table.schema_name) + "." +
         types::QuoteIdentifier(table.name) + " USING btree (";
  for (size_t i = 0; i < index.attnums.size(); ++i) {
    if (i) out += ", ";
    out += types::QuoteIdentifier(table.columns[index.attnums[i] - 1].name);
  }
  out += ")";
  return out;
}

Result<std::optional<std::string>> SystemCatalog::IndexDefinition(uint32_t index_oid, int32_t column, bool) {
  const RelationEntry* e = Snapshot().FindRelation(index_oid);
  if (e == nullptr || e->relkind != 'i') return std::optional<std::string>();
  return std::optional<std::string>(IndexDefinitionText(*e->table, *e->index, column));
}

Result<std::optional<std::string>> SystemCatalog::ConstraintDefinition(uint32_t constraint_oid, bool) {
  const CatalogSnapshot& s = Snapshot();
  for (const auto& table : s.tables) {
    for (const auto& index : table->indexes) {
      if (index.oid != constraint_oid || !(index.primary || index.is_constraint)) continue;
      std::string out = index.primary ? "PRIMARY KEY (" : "UNIQUE (";
      for (size_t i = 0; i < index.attnums.size(); ++i) {
        if (i) out += ", ";
        out += types::QuoteIdentifier(table->columns[index.attnums[i] - 1].name);
      }
      return std::optional<std::string>(out + ")");
    }
    for (const auto& check : table->checks) {
      if (CheckConstraintOid(table->oid, check.name) != constraint_oid) continue;
      return std::optional<std::string>("CHECK (" +
                                        DeparseStoredExpression(catalog_, table.get(), check.expression_sql,
                                                                std::nullopt) +
                                        ")");
    }
    for (const auto& fk : table->foreign_keys) {
      if (fk.oid != constraint_oid) continue;
      const catalog::Table* referenced = nullptr;
      for (const auto& other : s.tables) {
        if (other->oid == fk.referenced_table_oid) referenced = other.get();
      }
      return std::optional<std::string>(ForeignKeyDefinitionText(*table, fk, referenced));
    }
  }
  return std::optional<std::string>();
}

Result<std::optional<std::string>> SystemCatalog::ExpressionText(std::string_view stored, uint32_t relation_oid,
                                                                 bool) {
  const RelationEntry* e = Snapshot().FindRelation(relation_oid);
  const catalog::Table* table = e != nullptr && e->relkind == 'r' ? e->table.get() : nullptr;
  std::optional<SqlType> column_type;
  if (table != nullptr) {
    for (const auto& column : table->columns) {
      if (column.default_sql && *column.default_sql == stored) {
        column_type = column.type;
        break;
      }
    }
  }
  return std::optional<std::string>(DeparseStoredExpression(catalog_, table, std::string(stored), column_type));
}

}  // namespace augur::sql
