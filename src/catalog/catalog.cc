// Catalog: records in the `catalog` column family, a shared committed cache,
// PostgreSQL's implicit naming rules. Formats: docs/storage-format.md.
#include "catalog/catalog.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cassert>
#include <cstring>
#include <map>
#include <mutex>
#include <set>

#include "common/key_codec.h"

namespace augur::catalog {
namespace {

// Version 1: the original record. Version 2 adds storage_id, attidentity and
// comments; version 3 appends the foreign keys (docs/storage-format.md).
// Older records are still read. A table without foreign keys is written as
// version 2, so a binary without foreign keys can still read it.
constexpr uint8_t kTableRecordVersion = 3;
constexpr uint32_t kOidChunk = 1024;
constexpr size_t kMaxColumns = 1600;
constexpr char kRelkindTable = 'r';
constexpr char kRelkindIndex = 'i';
constexpr char kRelkindSequence = 'S';
constexpr char kRelkindView = 'v';
// A schema's name entry: NameKey(prefix, kSchemaNamesOid, name) (no schema
// has oid 0).
constexpr char kRelkindSchema = 'n';
constexpr uint32_t kSchemaNamesOid = 0;
constexpr int kSequenceLogAhead = 32;  // values handed out per persisted state write, as PostgreSQL's SEQ_LOG_VALS
const char kNextOidKey[] = "next_oid";
constexpr std::string_view kDuplicateDatabaseState = "42P04";  // duplicate_database

// ---------------------------------------------------------------------------
// Record encoding helpers (little-endian, strings as varint32 length + bytes).

class RecordWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { out_.append(reinterpret_cast<const char*>(&v), 4); }
  void I32(int32_t v) { out_.append(reinterpret_cast<const char*>(&v), 4); }
  void I16(int16_t v) { out_.append(reinterpret_cast<const char*>(&v), 2); }
  void Varint(uint32_t v) {
    while (v >= 0x80) {
      out_.push_back(static_cast<char>(v | 0x80));
      v >>= 7;
    }
    out_.push_back(static_cast<char>(v));
  }
  void Str(std::string_view s) {
    Varint(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  std::string& out() { return out_; }

 private:
  std::string out_;
};

class RecordReader {
 public:
  explicit RecordReader(std::string_view data) : data_(data) {}
  bool ok() const { return ok_; }
  uint8_t U8() { return static_cast<uint8_t>(Take(1)[0]); }
  uint32_t U32() { return Load<uint32_t>(); }
  int32_t I32() { return Load<int32_t>(); }
  int16_t I16() { return Load<int16_t>(); }
  uint32_t Varint() {
    uint32_t result = 0;
    for (int shift = 0; shift <= 28; shift += 7) {
      uint8_t byte = U8();
      if (!ok_) return 0;
      result |= static_cast<uint32_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return result;
    }
    ok_ = false;
    return 0;
  }
  std::string Str() {
    uint32_t size = Varint();
    return std::string(Take(size), ok_ ? size : 0);
  }
  bool AtEnd() const { return pos_ == data_.size(); }

 private:
  const char* Take(size_t size) {
    static const char zeros[16] = {};
    if (!ok_ || data_.size() - pos_ < size) {
      ok_ = false;
      return zeros;
    }
    const char* p = data_.data() + pos_;
    pos_ += size;
    return p;
  }
  template <typename T>
  T Load() {
    T v;
    std::memcpy(&v, Take(sizeof(T)), sizeof(T));
    return ok_ ? v : T{};
  }
  std::string_view data_;
  size_t pos_ = 0;
  bool ok_ = true;
};

// Catalog keys of a database start with its key prefix (DatabaseKeyPrefix).
std::string NameKey(std::string_view prefix, uint32_t schema_oid, std::string_view name) {
  std::string key(prefix);
  key.push_back('N');
  common::AppendKeyId(&key, schema_oid);
  key.append(name);
  return key;
}

// A record key under a database's prefix: the kind's letter, then the oid.
std::string RecordKey(std::string_view prefix, char tag, uint32_t oid) {
  std::string key(prefix);
  key.push_back(tag);
  common::AppendKeyId(&key, oid);
  return key;
}

std::string TableKey(std::string_view prefix, uint32_t oid) { return RecordKey(prefix, 'T', oid); }
std::string SequenceKey(std::string_view prefix, uint32_t oid) { return RecordKey(prefix, 'Q', oid); }
std::string ViewKey(std::string_view prefix, uint32_t oid) { return RecordKey(prefix, 'V', oid); }
std::string SchemaKey(std::string_view prefix, uint32_t oid) { return RecordKey(prefix, 'H', oid); }

std::string SequenceStateKey(uint32_t oid) {
  std::string key = "S";
  common::AppendKeyId(&key, oid);
  return key;
}

// Roles are keyed by name ("R" ‖ name): login looks them up by name.
std::string RoleKey(std::string_view name) {
  std::string key = "R";
  key.append(name);
  return key;
}

constexpr uint8_t kRoleRecordVersion = 1;

// Memberships are keyed by oids ('M' ‖ role ‖ member), so renames keep them.
std::string MembershipKey(uint32_t role_oid, uint32_t member_oid) {
  std::string key = "M";
  common::AppendKeyId(&key, role_oid);
  common::AppendKeyId(&key, member_oid);
  return key;
}
constexpr uint8_t kMembershipRecordVersion = 1;

std::string EncodeMembership(const RoleMembership& m) {
  RecordWriter w;
  w.U8(kMembershipRecordVersion);
  w.U32(m.role_oid);
  w.U32(m.member_oid);
  w.U32(m.grantor_oid);
  w.U8(m.admin_option ? 1 : 0);
  return std::move(w.out());
}

Result<RoleMembership> DecodeMembership(std::string_view data) {
  RecordReader r(data);
  RoleMembership m;
  bool version_ok = r.U8() == kMembershipRecordVersion;
  m.role_oid = r.U32();
  m.member_oid = r.U32();
  m.grantor_oid = r.U32();
  m.admin_option = r.U8() != 0;
  if (!version_ok || !r.ok() || !r.AtEnd()) {
    return Status::Error(sqlstate::kDataCorrupted, "invalid catalog role membership record");
  }
  return m;
}

std::string EncodeRole(const RoleInfo& role) {
  RecordWriter w;
  w.U8(kRoleRecordVersion);
  w.U32(role.oid);
  uint8_t flags = (role.superuser ? 1 : 0) | (role.inherit ? 2 : 0) | (role.create_role ? 4 : 0) |
                  (role.create_db ? 8 : 0) | (role.can_login ? 16 : 0) | (role.replication ? 32 : 0) |
                  (role.bypass_rls ? 64 : 0);
  w.U8(flags);
  w.I32(role.connection_limit);
  w.U8(role.password ? 1 : 0);
  if (role.password) w.Str(*role.password);
  w.U8(role.valid_until ? 1 : 0);
  if (role.valid_until) {
    uint64_t v = static_cast<uint64_t>(*role.valid_until);
    w.U32(static_cast<uint32_t>(v));
    w.U32(static_cast<uint32_t>(v >> 32));
  }
  return std::move(w.out());
}

Result<RoleInfo> DecodeRole(std::string_view name, std::string_view data) {
  RecordReader r(data);
  RoleInfo role;
  bool version_ok = r.U8() == kRoleRecordVersion;
  role.name = std::string(name);
  role.oid = r.U32();
  uint8_t flags = r.U8();
  role.superuser = (flags & 1) != 0;
  role.inherit = (flags & 2) != 0;
  role.create_role = (flags & 4) != 0;
  role.create_db = (flags & 8) != 0;
  role.can_login = (flags & 16) != 0;
  role.replication = (flags & 32) != 0;
  role.bypass_rls = (flags & 64) != 0;
  role.connection_limit = r.I32();
  if (r.U8() != 0) role.password = r.Str();
  if (r.U8() != 0) {
    uint64_t low = r.U32();
    uint64_t high = r.U32();
    role.valid_until = static_cast<int64_t>(low | (high << 32));
  }
  if (!version_ok || !r.ok() || !r.AtEnd()) return Status::Error(sqlstate::kDataCorrupted, "invalid catalog role record");
  return role;
}

// The bootstrap superuser as initdb creates it (every privilege, no password).
RoleInfo BuiltinPostgresRole() {
  RoleInfo role;
  role.oid = kPostgresRoleOid;
  role.name = "postgres";
  role.superuser = role.inherit = role.create_role = role.create_db = role.can_login = role.replication =
      role.bypass_rls = true;
  return role;
}

struct NameEntry {
  char relkind = 0;
  uint32_t oid = 0;
  uint32_t table_oid = 0;
};

std::string EncodeNameEntry(const NameEntry& entry) {
  RecordWriter w;
  w.U8(static_cast<uint8_t>(entry.relkind));
  w.U32(entry.oid);
  w.U32(entry.table_oid);
  return std::move(w.out());
}

Result<NameEntry> DecodeNameEntry(std::string_view data) {
  RecordReader r(data);
  NameEntry entry;
  entry.relkind = static_cast<char>(r.U8());
  entry.oid = r.U32();
  entry.table_oid = r.U32();
  if (!r.ok() || !r.AtEnd()) return Status::Error(sqlstate::kDataCorrupted, "invalid catalog name entry");
  return entry;
}

// The built-in schemas' names; a stored schema's name is filled in by
// Catalog::Impl::Named once its records are read.
std::string SchemaName(uint32_t schema_oid) {
  if (schema_oid == kPgCatalogNamespaceOid) return "pg_catalog";
  if (schema_oid == kPublicNamespaceOid) return "public";
  return std::string();
}

bool BuiltinSchema(uint32_t schema_oid) {
  return schema_oid == kPgCatalogNamespaceOid || schema_oid == kPublicNamespaceOid;
}

// Schema record: version 1 ‖ name ‖ owner oid.
std::string EncodeSchema(const SchemaInfo& schema) {
  RecordWriter w;
  w.U8(1);
  w.Str(schema.name);
  w.U32(schema.owner_oid);
  return std::move(w.out());
}

Result<SchemaInfo> DecodeSchema(uint32_t oid, std::string_view data) {
  RecordReader r(data);
  SchemaInfo schema;
  schema.oid = oid;
  uint8_t version = r.U8();
  schema.name = r.Str();
  schema.owner_oid = r.U32();
  if (!r.ok() || !r.AtEnd() || version != 1) return Status::Error(sqlstate::kDataCorrupted, "invalid schema record");
  return schema;
}

Status ReservedSchemaName(std::string_view name) {
  if (name.starts_with("pg_")) {
    return Status::Error("42939", "unacceptable schema name \"" + std::string(name) + "\"")
        .WithDetail("The prefix \"pg_\" is reserved for system schemas.");
  }
  return Status::Ok();
}

Status SchemaNotFound(std::string_view name) {
  return Status::Error(sqlstate::kInvalidSchemaName, "schema \"" + std::string(name) + "\" does not exist");
}

thread_local const std::vector<std::string>* active_search_path = nullptr;
thread_local const PinnedSchemas* active_pinned_schemas = nullptr;

// Builds the storage view of a table from its catalog form.
std::shared_ptr<const storage::TableDescriptor> MakeDescriptor(const Table& table, uint32_t schema_version) {
  auto d = std::make_shared<storage::TableDescriptor>();
  d->table_id = table.storage_id != 0 ? table.storage_id : table.oid;
  d->lock_id = table.oid;
  d->schema_version = schema_version;
  d->name = table.name;
  for (const auto& column : table.columns) d->columns.push_back({column.name, column.type});
  for (const auto& index : table.indexes) {
    std::vector<int> columns;
    for (int16_t attnum : index.attnums) columns.push_back(attnum - 1);
    if (index.primary) {
      d->primary_key = columns;
      d->primary_key_name = index.name;
    } else {
      d->indexes.push_back({index.oid, index.name, columns, index.unique});
    }
  }
  d->Finalize();
  return d;
}

struct StoredTable {
  Table table;
  uint32_t schema_version = 1;
};

std::string EncodeTable(const Table& table, uint32_t schema_version) {
  RecordWriter w;
  w.U8(table.foreign_keys.empty() ? 2 : kTableRecordVersion);
  w.U32(table.oid);
  w.U32(table.schema_oid);
  w.U32(table.owner_oid);
  w.U32(schema_version);
  w.Str(table.name);
  w.U8(table.hidden_row_id ? 1 : 0);
  w.U32(table.storage_id != 0 ? table.storage_id : table.oid);
  w.U8(table.comment ? 1 : 0);
  if (table.comment) w.Str(*table.comment);
  w.Varint(static_cast<uint32_t>(table.columns.size()));
  for (const auto& c : table.columns) {
    w.Str(c.name);
    w.U32(c.type.oid);
    w.I32(c.type.typmod);
    w.I16(c.attnum);
    w.U8(c.not_null ? 1 : 0);
    w.U8(c.default_sql ? 1 : 0);
    if (c.default_sql) w.Str(*c.default_sql);
    w.U8(static_cast<uint8_t>(c.identity));
    w.U8(c.comment ? 1 : 0);
    if (c.comment) w.Str(*c.comment);
  }
  w.Varint(static_cast<uint32_t>(table.indexes.size()));
  for (const auto& index : table.indexes) {
    w.U32(index.oid);
    w.Str(index.name);
    w.U8(index.unique ? 1 : 0);
    w.U8(index.primary ? 1 : 0);
    w.U8(index.is_constraint ? 1 : 0);
    w.Varint(static_cast<uint32_t>(index.attnums.size()));
    for (int16_t attnum : index.attnums) w.I16(attnum);
  }
  w.Varint(static_cast<uint32_t>(table.checks.size()));
  for (const auto& check : table.checks) {
    w.Str(check.name);
    w.Str(check.expression_sql);
  }
  if (!table.foreign_keys.empty()) {
    auto attnums = [&w](const std::vector<int16_t>& list) {
      w.Varint(static_cast<uint32_t>(list.size()));
      for (int16_t attnum : list) w.I16(attnum);
    };
    w.Varint(static_cast<uint32_t>(table.foreign_keys.size()));
    for (const auto& fk : table.foreign_keys) {
      w.U32(fk.oid);
      w.Str(fk.name);
      w.U32(fk.referenced_table_oid);
      w.U8(static_cast<uint8_t>(fk.update_action));
      w.U8(static_cast<uint8_t>(fk.delete_action));
      w.U8(static_cast<uint8_t>(fk.match_type));
      // Bit 0 validated, bit 1 deferrable, bit 2 initially deferred (records
      // written before DEFERRABLE existed hold 0 or 1).
      w.U8((fk.validated ? 1 : 0) | (fk.deferrable ? 2 : 0) | (fk.initially_deferred ? 4 : 0));
      attnums(fk.attnums);
      attnums(fk.referenced_attnums);
      attnums(fk.delete_set_attnums);
    }
  }
  return std::move(w.out());
}

Result<std::shared_ptr<const Table>> DecodeTable(std::string_view data) {
  auto corrupt = [] { return Status::Error(sqlstate::kDataCorrupted, "invalid catalog table record"); };
  RecordReader r(data);
  const uint8_t version = r.U8();
  if (version < 1 || version > kTableRecordVersion) return corrupt();
  auto table = std::make_shared<Table>();
  table->oid = r.U32();
  table->schema_oid = r.U32();
  table->owner_oid = r.U32();
  uint32_t schema_version = r.U32();
  table->name = r.Str();
  table->schema_name = SchemaName(table->schema_oid);
  table->hidden_row_id = r.U8() != 0;
  table->storage_id = table->oid;
  if (version >= 2) {
    table->storage_id = r.U32();
    if (r.U8() != 0) table->comment = r.Str();
  }
  uint32_t column_count = r.Varint();
  if (!r.ok() || column_count > kMaxColumns) return corrupt();
  for (uint32_t i = 0; i < column_count && r.ok(); ++i) {
    Column c;
    c.name = r.Str();
    c.type.oid = r.U32();
    c.type.typmod = r.I32();
    c.attnum = r.I16();
    c.not_null = r.U8() != 0;
    if (r.U8() != 0) c.default_sql = r.Str();
    if (version >= 2) {
      c.identity = static_cast<char>(r.U8());
      if (r.U8() != 0) c.comment = r.Str();
    }
    table->columns.push_back(std::move(c));
  }
  uint32_t index_count = r.Varint();
  if (!r.ok() || index_count > 10000) return corrupt();
  for (uint32_t i = 0; i < index_count && r.ok(); ++i) {
    Index index;
    index.oid = r.U32();
    index.name = r.Str();
    index.unique = r.U8() != 0;
    index.primary = r.U8() != 0;
    index.is_constraint = r.U8() != 0;
    uint32_t n = r.Varint();
    if (n > kMaxColumns) return corrupt();
    for (uint32_t j = 0; j < n && r.ok(); ++j) {
      int16_t attnum = r.I16();
      if (attnum < 1 || static_cast<size_t>(attnum) > table->columns.size()) return corrupt();
      index.attnums.push_back(attnum);
    }
    table->indexes.push_back(std::move(index));
  }
  uint32_t check_count = r.Varint();
  if (!r.ok() || check_count > 10000) return corrupt();
  for (uint32_t i = 0; i < check_count && r.ok(); ++i) {
    CheckConstraint check;
    check.name = r.Str();
    check.expression_sql = r.Str();
    table->checks.push_back(std::move(check));
  }
  if (version >= 3) {
    uint32_t fk_count = r.Varint();
    if (!r.ok() || fk_count > 10000) return corrupt();
    auto attnums = [&r](std::vector<int16_t>* list) {
      uint32_t n = r.Varint();
      if (!r.ok() || n > kMaxColumns) return false;
      for (uint32_t j = 0; j < n && r.ok(); ++j) list->push_back(r.I16());
      return r.ok();
    };
    for (uint32_t i = 0; i < fk_count && r.ok(); ++i) {
      ForeignKey fk;
      fk.oid = r.U32();
      fk.name = r.Str();
      fk.referenced_table_oid = r.U32();
      fk.update_action = static_cast<char>(r.U8());
      fk.delete_action = static_cast<char>(r.U8());
      fk.match_type = static_cast<char>(r.U8());
      const uint8_t flags = r.U8();
      fk.validated = (flags & 1) != 0;
      fk.deferrable = (flags & 2) != 0;
      fk.initially_deferred = (flags & 4) != 0;
      if (!attnums(&fk.attnums) || !attnums(&fk.referenced_attnums) || !attnums(&fk.delete_set_attnums)) {
        return corrupt();
      }
      for (int16_t attnum : fk.attnums) {
        if (attnum < 1 || static_cast<size_t>(attnum) > table->columns.size()) return corrupt();
      }
      if (fk.attnums.empty() || fk.attnums.size() != fk.referenced_attnums.size()) return corrupt();
      table->foreign_keys.push_back(std::move(fk));
    }
  }
  if (!r.ok() || !r.AtEnd()) return corrupt();
  table->storage = MakeDescriptor(*table, schema_version);
  return std::shared_ptr<const Table>(std::move(table));
}

std::string EncodeSequence(const Sequence& seq) {
  RecordWriter w;
  w.U8(1);
  w.U32(seq.oid);
  w.U32(seq.schema_oid);
  w.Str(seq.name);
  w.U32(seq.type.oid);
  for (int64_t v : {seq.start, seq.increment, seq.min_value, seq.max_value}) {
    w.U32(static_cast<uint32_t>(static_cast<uint64_t>(v)));
    w.U32(static_cast<uint32_t>(static_cast<uint64_t>(v) >> 32));
  }
  w.U8(seq.cycle ? 1 : 0);
  w.U32(seq.owned_by_table);
  w.I16(seq.owned_by_attnum);
  return std::move(w.out());
}

Result<std::shared_ptr<const Sequence>> DecodeSequence(std::string_view data) {
  RecordReader r(data);
  auto seq = std::make_shared<Sequence>();
  bool version_ok = r.U8() == 1;
  seq->oid = r.U32();
  seq->schema_oid = r.U32();
  seq->schema_name = SchemaName(seq->schema_oid);
  seq->name = r.Str();
  seq->type = types::SqlType::Of(r.U32());
  int64_t* fields[] = {&seq->start, &seq->increment, &seq->min_value, &seq->max_value};
  for (int64_t* field : fields) {
    uint64_t low = r.U32();
    uint64_t high = r.U32();
    *field = static_cast<int64_t>(low | (high << 32));
  }
  seq->cycle = r.U8() != 0;
  seq->owned_by_table = r.U32();
  seq->owned_by_attnum = r.I16();
  if (!version_ok || !r.ok() || !r.AtEnd()) {
    return Status::Error(sqlstate::kDataCorrupted, "invalid catalog sequence record");
  }
  return std::shared_ptr<const Sequence>(std::move(seq));
}

// View record: version 3 (1 lacks the last three, 2 the last) ‖ oid ‖
// schema ‖ name ‖ owner ‖ query ‖ columns ‖ dependencies ‖ search path ‖
// pinned schemas ‖ check option.
std::string EncodeView(const View& view) {
  RecordWriter w;
  w.U8(3);
  w.U32(view.oid);
  w.U32(view.schema_oid);
  w.Str(view.name);
  w.U32(view.owner_oid);
  w.Str(view.query);
  w.U32(static_cast<uint32_t>(view.columns.size()));
  for (const auto& column : view.columns) {
    w.Str(column.name);
    w.Str(column.query_name);
    w.U32(column.type.oid);
    w.U32(static_cast<uint32_t>(column.type.typmod));
  }
  w.U32(static_cast<uint32_t>(view.depends_on.size()));
  for (uint32_t oid : view.depends_on) w.U32(oid);
  w.U32(static_cast<uint32_t>(view.search_path.size()));
  for (const auto& schema : view.search_path) w.Str(schema);
  w.U32(static_cast<uint32_t>(view.schemas.size()));
  for (const auto& [name, oid] : view.schemas) {
    w.Str(name);
    w.U32(oid);
  }
  w.U8(static_cast<uint8_t>(view.check_option));
  return std::move(w.out());
}

Result<std::shared_ptr<const View>> DecodeView(std::string_view data) {
  RecordReader r(data);
  auto view = std::make_shared<View>();
  uint8_t version = r.U8();
  bool version_ok = version >= 1 && version <= 3;
  view->oid = r.U32();
  view->schema_oid = r.U32();
  view->schema_name = SchemaName(view->schema_oid);
  view->name = r.Str();
  view->owner_oid = r.U32();
  view->query = r.Str();
  uint32_t count = r.U32();
  for (uint32_t i = 0; i < count && r.ok(); ++i) {
    ViewColumn column;
    column.name = r.Str();
    column.query_name = r.Str();
    column.type = types::SqlType::Of(r.U32());
    column.type.typmod = static_cast<int32_t>(r.U32());
    view->columns.push_back(std::move(column));
  }
  uint32_t dependencies = r.U32();
  for (uint32_t i = 0; i < dependencies && r.ok(); ++i) view->depends_on.push_back(r.U32());
  if (version >= 2) {
    uint32_t schemas = r.U32();
    for (uint32_t i = 0; i < schemas && r.ok(); ++i) view->search_path.push_back(r.Str());
    uint32_t pinned = r.U32();
    for (uint32_t i = 0; i < pinned && r.ok(); ++i) {
      std::string name = r.Str();
      view->schemas.emplace_back(std::move(name), r.U32());
    }
  }
  if (version >= 3) view->check_option = static_cast<char>(r.U8());
  if (!version_ok || !r.ok() || !r.AtEnd()) return Status::Error(sqlstate::kDataCorrupted, "invalid catalog view record");
  return std::shared_ptr<const View>(std::move(view));
}

// DROP of a `kind` ("table", "view", ...) that does not exist: `code`, or
// with IF EXISTS nothing but PostgreSQL's "..., skipping" notice.
Status MissingForDrop(std::string_view code, std::string_view kind, std::string_view name, bool if_exists,
                      Status* notice) {
  std::string what = std::string(kind) + " \"" + std::string(name) + "\" does not exist";
  if (!if_exists) return Status::Error(code, what);
  if (notice != nullptr) *notice = Status::Error(sqlstate::kSuccessfulCompletion, what + ", skipping");
  return Status::Ok();
}

// PostgreSQL's hint when DROP names a relation of another kind.
std::string DropHint(char relkind) {
  switch (relkind) {
    case kRelkindIndex: return "Use DROP INDEX to remove an index.";
    case kRelkindSequence: return "Use DROP SEQUENCE to remove a sequence.";
    case kRelkindView: return "Use DROP VIEW to remove a view.";
    default: return "Use DROP TABLE to remove a table.";
  }
}

// An identifier as PostgreSQL's quote_identifier prints it.
std::string QuoteIdentifier(std::string_view name) {
  bool safe = !name.empty() && (std::islower(static_cast<unsigned char>(name[0])) || name[0] == '_');
  for (char c : name) {
    safe = safe && (std::islower(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)) || c == '_');
  }
  if (safe) return std::string(name);
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"') quoted.push_back('"');
    quoted.push_back(c);
  }
  quoted.push_back('"');
  return quoted;
}

// PostgreSQL's pg_mbcliplen for UTF-8: never cut inside a character.
size_t ClipUtf8(std::string_view s, size_t length) {
  while (length > 0 && length < s.size() && (static_cast<uint8_t>(s[length]) & 0xc0) == 0x80) --length;
  return length;
}

// ChooseIndexNameAddition: column names joined by '_', stopping once the
// result reaches NAMEDATALEN.
std::string IndexNameAddition(const std::vector<std::string>& columns) {
  std::string result;
  for (const auto& column : columns) {
    if (!result.empty()) result.push_back('_');
    result.append(column.substr(0, kMaxIdentifierBytes));
    if (result.size() >= kMaxIdentifierBytes + 1) break;
  }
  return result;
}

// The committed catalog: immutable once published.
struct Snapshot {
  uint64_t version = 0;
  std::map<std::pair<uint32_t, std::string>, NameEntry, std::less<>> names;
  std::map<uint32_t, std::shared_ptr<const Table>> tables;
  std::map<uint32_t, std::shared_ptr<const Sequence>> sequences;
  std::map<uint32_t, std::shared_ptr<const View>> views;
  std::map<uint32_t, SchemaInfo> schemas;  // stored schemas only
};

// Runtime state of one sequence (non-transactional).
struct SequenceState {
  bool loaded = false;        // read from the meta column family (or initialised)
  int64_t last_value = 0;
  bool is_called = false;
  bool logged = false;        // a state record covering last_value exists
  int64_t logged_until = 0;   // values up to here (in increment direction) are covered
};

}  // namespace

std::string MakeObjectName(std::string_view name1, std::string_view name2, std::string_view label) {
  size_t overhead = 0;
  size_t name1_chars = name1.size();
  size_t name2_chars = name2.size();
  const bool has_name2 = !name2.empty();
  if (has_name2) ++overhead;
  if (!label.empty()) overhead += label.size() + 1;
  const size_t available = kMaxIdentifierBytes - overhead;
  while (name1_chars + name2_chars > available) {
    if (name1_chars > name2_chars) {
      --name1_chars;
    } else {
      --name2_chars;
    }
  }
  name1_chars = ClipUtf8(name1, name1_chars);
  if (has_name2) name2_chars = ClipUtf8(name2, name2_chars);
  std::string name(name1.substr(0, name1_chars));
  if (has_name2) {
    name.push_back('_');
    name.append(name2.substr(0, name2_chars));
  }
  if (!label.empty()) {
    name.push_back('_');
    name.append(label);
  }
  return name;
}

int Table::FindColumn(std::string_view column_name) const {
  for (size_t i = 0; i < columns.size(); ++i) {
    if (columns[i].name == column_name) return static_cast<int>(i);
  }
  return -1;
}

const Index* Table::primary_key() const {
  for (const auto& index : indexes) {
    if (index.primary) return &index;
  }
  return nullptr;
}

// ---------------------------------------------------------------------------

namespace {

// Key prefix of a database's catalog records: none for the database created
// with the cluster ("postgres", oid 5: its records predate databases), else
// 'D' ‖ database oid (4 BE). docs/storage-format.md "Databases".
std::string DatabaseKeyPrefix(uint32_t database_oid) {
  if (database_oid == kPostgresDatabaseOid) return "";
  std::string prefix = "D";
  common::AppendKeyId(&prefix, database_oid);
  return prefix;
}

// The key prefixes (table rows, secondary index entries) of every table whose
// record is under the database key prefix `prefix`, as `txn` sees them.
Result<std::vector<std::pair<uint32_t, bool>>> StoragePrefixes(storage::Transaction& txn, const std::string& prefix) {
  std::vector<std::pair<uint32_t, bool>> prefixes;
  auto it = txn.ScanRaw(storage::ColumnFamily::kCatalog, prefix + "T");
  for (; it->Valid(); it->Next()) {
    ASSIGN_OR_RETURN(auto table, DecodeTable(it->value()));
    prefixes.emplace_back(table->storage->table_id, false);
    for (const auto& index : table->storage->indexes) prefixes.emplace_back(index.index_id, true);
  }
  RETURN_IF_ERROR(it->status());
  return prefixes;
}

std::string DatabaseRecordKey(uint32_t database_oid) {
  std::string key = "B";
  common::AppendKeyId(&key, database_oid);
  return key;
}

constexpr uint8_t kDatabaseRecordVersion = 1;

// template1 and template0 as initdb makes them (docs/catalog.md "Databases").
void SetTemplateFlags(DatabaseInfo& info) {
  info.is_template = info.oid == kTemplate1DatabaseOid || info.oid == kTemplate0DatabaseOid;
  info.allow_connections = info.oid != kTemplate0DatabaseOid;
}

std::string EncodeDatabase(const DatabaseInfo& info) {
  RecordWriter w;
  w.U8(kDatabaseRecordVersion);
  w.U32(info.oid);
  w.Str(info.name);
  w.U32(info.owner_oid);
  w.Str(info.encoding);
  w.Str(info.collate);
  return std::move(w.out());
}

Result<DatabaseInfo> DecodeDatabase(std::string_view data) {
  RecordReader r(data);
  DatabaseInfo info;
  uint8_t version = r.U8();
  info.oid = r.U32();
  info.name = r.Str();
  info.owner_oid = r.U32();
  info.encoding = r.Str();
  info.collate = r.Str();
  if (!r.ok() || !r.AtEnd() || version != kDatabaseRecordVersion) {
    return Status::Error(sqlstate::kDataCorrupted, "invalid database record");
  }
  SetTemplateFlags(info);
  return info;
}

Status DatabaseNotFound(std::string_view name) {
  return Status::Error(sqlstate::kInvalidCatalogName, "database \"" + std::string(name) + "\" does not exist");
}

}  // namespace

// State shared by the Catalogs of all databases of one data directory: the
// oid counter (oids are unique cluster-wide, so table and index ids never
// collide between databases) and the list of databases. Thread-safe.
struct ClusterState {
  storage::Database* db = nullptr;

  std::mutex oid_mutex;
  uint32_t next_oid = kFirstNormalObjectId;
  uint32_t reserved_until = kFirstNormalObjectId;  // oids below this are persisted as used

  // Roles are cluster-wide (pg_authid): every database's Catalog reads this
  // committed cache; a commit that changed a role reloads it.
  mutable std::mutex roles_mutex;
  std::shared_ptr<const std::map<std::string, RoleInfo, std::less<>>> roles;
  std::shared_ptr<const std::vector<RoleMembership>> memberships;

  Status LoadRoles() {
    auto loaded = std::make_shared<std::map<std::string, RoleInfo, std::less<>>>();
    auto txn = db->Begin({.isolation = storage::IsolationLevel::kRepeatableRead, .read_only = true});
    auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, "R");
    for (; it->Valid(); it->Next()) {
      std::string_view name = it->key().substr(1);
      ASSIGN_OR_RETURN(RoleInfo role, DecodeRole(name, it->value()));
      loaded->emplace(std::string(name), std::move(role));
    }
    RETURN_IF_ERROR(it->status());
    auto loaded_memberships = std::make_shared<std::vector<RoleMembership>>();
    it = txn->ScanRaw(storage::ColumnFamily::kCatalog, "M");
    for (; it->Valid(); it->Next()) {
      ASSIGN_OR_RETURN(RoleMembership m, DecodeMembership(it->value()));
      loaded_memberships->push_back(m);
    }
    RETURN_IF_ERROR(it->status());
    it.reset();
    txn->Rollback();
    std::lock_guard<std::mutex> guard(roles_mutex);
    roles = std::move(loaded);
    memberships = std::move(loaded_memberships);
    return Status::Ok();
  }
  std::shared_ptr<const std::vector<RoleMembership>> Memberships() const {
    std::lock_guard<std::mutex> guard(roles_mutex);
    return memberships;
  }
  std::shared_ptr<const std::map<std::string, RoleInfo, std::less<>>> Roles() const {
    std::lock_guard<std::mutex> guard(roles_mutex);
    return roles;
  }

  // Serialises CREATE / DROP / ALTER DATABASE (they are not transactional).
  std::mutex ddl_mutex;
  mutable std::mutex databases_mutex;
  std::map<uint32_t, DatabaseInfo> databases;  // by oid

  Result<uint32_t> AllocateOid() {
    std::lock_guard<std::mutex> guard(oid_mutex);
    if (next_oid >= reserved_until) {
      uint32_t new_limit = next_oid + kOidChunk;
      std::string value(reinterpret_cast<const char*>(&new_limit), 4);
      RETURN_IF_ERROR(db->PutMetaSync(kNextOidKey, value));
      reserved_until = new_limit;
    }
    return next_oid++;
  }

  // Reads next_oid and the database records; a data directory without
  // database records (created before databases existed, or new) gets the
  // record of "postgres".
  Status Load() {
    std::string value;
    ASSIGN_OR_RETURN(bool found, db->GetMeta(kNextOidKey, &value));
    if (found) {
      if (value.size() != 4) return Status::Error(sqlstate::kDataCorrupted, "invalid next_oid record");
      std::memcpy(&next_oid, value.data(), 4);
      reserved_until = next_oid;
    }
    auto txn = db->Begin({.isolation = storage::IsolationLevel::kRepeatableRead, .read_only = true});
    std::map<uint32_t, DatabaseInfo> loaded;
    auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, "B");
    for (; it->Valid(); it->Next()) {
      ASSIGN_OR_RETURN(DatabaseInfo info, DecodeDatabase(it->value()));
      loaded.emplace(info.oid, std::move(info));
    }
    RETURN_IF_ERROR(it->status());
    it.reset();
    txn->Rollback();
    if (loaded.empty()) {
      DatabaseInfo postgres{kPostgresDatabaseOid, "postgres", kPostgresRoleOid, "UTF8", "C"};
      RETURN_IF_ERROR(WriteDatabase(postgres));
      loaded.emplace(postgres.oid, postgres);
    }
    // template1 and template0, also for data directories made before they
    // existed (a database a user created under one of these names keeps it;
    // the template then stays absent, as after DROP DATABASE).
    for (auto [oid, name] : {std::pair<uint32_t, const char*>{kTemplate1DatabaseOid, "template1"},
                             std::pair<uint32_t, const char*>{kTemplate0DatabaseOid, "template0"}}) {
      if (loaded.count(oid) != 0) continue;
      bool name_taken = false;
      for (const auto& [other_oid, other] : loaded) name_taken |= other.name == name;
      if (name_taken) continue;
      DatabaseInfo info{oid, name, kPostgresRoleOid, "UTF8", "C"};
      SetTemplateFlags(info);
      RETURN_IF_ERROR(WriteDatabase(info));
      loaded.emplace(oid, info);
    }
    {
      std::lock_guard<std::mutex> guard(databases_mutex);
      databases = std::move(loaded);
    }
    return LoadRoles();
  }

  Status WriteDatabase(const DatabaseInfo& info) {
    auto txn = db->Begin({});
    RETURN_IF_ERROR(txn->PutRaw(storage::ColumnFamily::kCatalog, DatabaseRecordKey(info.oid), EncodeDatabase(info)));
    return txn->Commit();
  }

  std::optional<DatabaseInfo> Find(std::string_view name) const {
    std::lock_guard<std::mutex> guard(databases_mutex);
    for (const auto& [oid, info] : databases) {
      if (info.name == name) return info;
    }
    return std::nullopt;
  }
  std::optional<DatabaseInfo> Find(uint32_t oid) const {
    std::lock_guard<std::mutex> guard(databases_mutex);
    auto it = databases.find(oid);
    if (it == databases.end()) return std::nullopt;
    return it->second;
  }
};

struct Catalog::Impl {
  storage::Database* db = nullptr;
  std::shared_ptr<ClusterState> cluster;
  uint32_t database_oid = kPostgresDatabaseOid;
  std::string prefix;  // DatabaseKeyPrefix(database_oid)

  mutable std::mutex snapshot_mutex;
  std::shared_ptr<const Snapshot> committed;
  // committed->version, readable without the mutex and the shared_ptr's
  // reference count (every execution of a cached plan checks it).
  std::atomic<uint64_t> committed_version{0};

  std::mutex sequence_mutex;
  std::map<uint32_t, SequenceState> sequence_states;

  std::shared_ptr<const Snapshot> Committed() const {
    std::lock_guard<std::mutex> guard(snapshot_mutex);
    return committed;
  }

  Result<uint32_t> AllocateOid() { return cluster->AllocateOid(); }

  // Reads every record through `txn` (the committed state when it is fresh).
  Result<std::shared_ptr<Snapshot>> Load(storage::Transaction* txn) {
    auto snapshot = std::make_shared<Snapshot>();
    ASSIGN_OR_RETURN(std::vector<SchemaInfo> stored, ScanSchemas(txn));
    for (auto& schema : stored) snapshot->schemas.emplace(schema.oid, std::move(schema));
    auto named = [&snapshot](auto object) {
      if (!BuiltinSchema(object->schema_oid)) object = Named(object, snapshot->schemas);
      return object;
    };
    for (auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, prefix + "N"); it->Valid(); it->Next()) {
      std::string_view key = it->key().substr(prefix.size());
      if (key.size() < 5) return Status::Error(sqlstate::kDataCorrupted, "invalid catalog name key");
      ASSIGN_OR_RETURN(NameEntry entry, DecodeNameEntry(it->value()));
      snapshot->names.emplace(std::make_pair(common::DecodeKeyId(key.substr(1)), std::string(key.substr(5))), entry);
    }
    for (auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, prefix + "T"); it->Valid(); it->Next()) {
      ASSIGN_OR_RETURN(auto table, DecodeTable(it->value()));
      uint32_t oid = table->oid;
      snapshot->tables.emplace(oid, named(std::move(table)));
    }
    for (auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, prefix + "Q"); it->Valid(); it->Next()) {
      ASSIGN_OR_RETURN(auto seq, DecodeSequence(it->value()));
      uint32_t oid = seq->oid;
      snapshot->sequences.emplace(oid, named(std::move(seq)));
    }
    for (auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, prefix + "V"); it->Valid(); it->Next()) {
      ASSIGN_OR_RETURN(auto view, DecodeView(it->value()));
      uint32_t oid = view->oid;
      snapshot->views.emplace(oid, named(std::move(view)));
    }
    return snapshot;
  }

  Status Refresh() {
    auto txn = db->Begin({.isolation = storage::IsolationLevel::kRepeatableRead, .read_only = true});
    ASSIGN_OR_RETURN(auto snapshot, Load(txn.get()));
    std::lock_guard<std::mutex> guard(snapshot_mutex);
    snapshot->version = (committed ? committed->version : 0) + 1;
    committed = std::move(snapshot);
    committed_version.store(committed->version, std::memory_order_release);
    return Status::Ok();
  }

  // Called before the first catalog write of a transaction.
  // Before a role write: the cluster's role cache is reloaded at commit.
  void WatchRoleCommit(storage::Transaction* txn) {
    WatchCommit(txn);
    txn->OnCommit([cluster = cluster] {
      if (!cluster->LoadRoles().ok()) cluster->LoadRoles().IgnoreError();
    });
  }

  void WatchCommit(storage::Transaction* txn) {
    if (txn->catalog_changed()) return;
    txn->OnCommit([this] {
      // The commit is durable; a failed reload would leave a stale cache, so
      // retry once and otherwise keep the previous snapshot (next DDL reloads).
      if (!Refresh().ok()) Refresh().IgnoreError();
    });
  }

  // ---- Schemas.
  Result<std::vector<SchemaInfo>> ScanSchemas(storage::Transaction* txn) {
    std::vector<SchemaInfo> schemas;
    auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, prefix + "H");
    for (; it->Valid(); it->Next()) {
      std::string_view key = it->key().substr(prefix.size());
      if (key.size() != 5) return Status::Error(sqlstate::kDataCorrupted, "invalid schema key");
      ASSIGN_OR_RETURN(SchemaInfo schema, DecodeSchema(common::DecodeKeyId(key.substr(1)), it->value()));
      schemas.push_back(std::move(schema));
    }
    RETURN_IF_ERROR(it->status());
    return schemas;
  }

  // The stored schemas as `txn` sees them, by oid.
  Result<std::map<uint32_t, SchemaInfo>> Schemas(storage::Transaction* txn) {
    if (txn == nullptr || !txn->catalog_changed()) return Committed()->schemas;
    ASSIGN_OR_RETURN(std::vector<SchemaInfo> stored, ScanSchemas(txn));
    std::map<uint32_t, SchemaInfo> schemas;
    for (auto& schema : stored) schemas.emplace(schema.oid, std::move(schema));
    return schemas;
  }

  // A copy of `object` naming its stored schema.
  template <typename T>
  static std::shared_ptr<const T> Named(const std::shared_ptr<const T>& object,
                                        const std::map<uint32_t, SchemaInfo>& schemas) {
    auto it = schemas.find(object->schema_oid);
    if (it == schemas.end() || object->schema_name == it->second.name) return object;
    auto copy = std::make_shared<T>(*object);
    copy->schema_name = it->second.name;
    return copy;
  }

  template <typename T>
  Result<std::shared_ptr<const T>> NamedThrough(storage::Transaction* txn, std::shared_ptr<const T> object) {
    if (object == nullptr || BuiltinSchema(object->schema_oid)) return object;
    ASSIGN_OR_RETURN(auto schemas, Schemas(txn));
    return Named(object, schemas);
  }

  Result<std::string> SchemaNameOf(storage::Transaction* txn, uint32_t schema_oid) {
    if (BuiltinSchema(schema_oid)) return SchemaName(schema_oid);
    ASSIGN_OR_RETURN(auto schemas, Schemas(txn));
    auto it = schemas.find(schema_oid);
    if (it == schemas.end()) return Status::Error(sqlstate::kDataCorrupted, "relation in a missing schema");
    return it->second.name;
  }

  Result<std::optional<SchemaInfo>> FindSchema(storage::Transaction* txn, std::string_view name) {
    if (active_pinned_schemas != nullptr) {
      for (const auto& [pinned_name, oid] : *active_pinned_schemas) {
        if (pinned_name != name || BuiltinSchema(oid)) continue;
        ASSIGN_OR_RETURN(auto schemas, Schemas(txn));
        auto it = schemas.find(oid);
        if (it != schemas.end()) return std::optional<SchemaInfo>(it->second);
      }
    }
    if (name == "pg_temp") {
      std::string_view temp = ActiveTempSchema();
      if (temp.empty()) return std::optional<SchemaInfo>();
      name = temp;
    }
    if (name == "pg_catalog") {
      return std::optional<SchemaInfo>(SchemaInfo{kPgCatalogNamespaceOid, "pg_catalog", kPostgresRoleOid});
    }
    if (name == "public") return std::optional<SchemaInfo>(SchemaInfo{kPublicNamespaceOid, "public", kPostgresRoleOid});
    ASSIGN_OR_RETURN(auto entry, FindName(txn, kSchemaNamesOid, name));
    if (!entry) return std::optional<SchemaInfo>();
    ASSIGN_OR_RETURN(auto schemas, Schemas(txn));
    auto it = schemas.find(entry->oid);
    if (it == schemas.end()) return Status::Error(sqlstate::kDataCorrupted, "schema name entry without record");
    return std::optional<SchemaInfo>(it->second);
  }

  // The schema an unqualified `name` is found in: the first schema of the
  // search path holding a relation of that name; when none does, the first
  // schema of the path that exists (public if none), where the lookup then
  // reports the missing relation.
  Result<uint32_t> SchemaOfName(storage::Transaction* txn, std::string_view schema_name, std::string_view name) {
    if (!schema_name.empty()) {
      ASSIGN_OR_RETURN(auto schema, FindSchema(txn, schema_name));
      if (!schema) return SchemaNotFound(schema_name);
      return schema->oid;
    }
    std::optional<uint32_t> first;
    for (const auto& listed : ActiveSearchPath()) {
      ASSIGN_OR_RETURN(auto schema, FindSchema(txn, listed));
      if (!schema || schema->oid == kPgCatalogNamespaceOid) continue;
      ASSIGN_OR_RETURN(auto entry, FindName(txn, schema->oid, name));
      if (entry) return schema->oid;
      if (!first) first = schema->oid;
    }
    return first.value_or(kPublicNamespaceOid);
  }

  // ---- Reads that honour the transaction's own DDL.
  Result<std::optional<NameEntry>> FindName(storage::Transaction* txn, uint32_t schema_oid, std::string_view name) {
    if (txn == nullptr || !txn->catalog_changed()) {
      auto snapshot = Committed();
      auto it = snapshot->names.find(std::make_pair(schema_oid, std::string(name)));
      if (it == snapshot->names.end()) return std::optional<NameEntry>();
      return std::optional<NameEntry>(it->second);
    }
    std::string value;
    ASSIGN_OR_RETURN(bool found, txn->GetRaw(storage::ColumnFamily::kCatalog, NameKey(prefix, schema_oid, name), &value));
    if (!found) return std::optional<NameEntry>();
    ASSIGN_OR_RETURN(NameEntry entry, DecodeNameEntry(value));
    return std::optional<NameEntry>(entry);
  }

  // Locks the name (serialising concurrent DDL on it) and reads it.
  Result<std::optional<NameEntry>> LockName(storage::Transaction* txn, uint32_t schema_oid, std::string_view name) {
    std::string value;
    ASSIGN_OR_RETURN(bool found,
                     txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, NameKey(prefix, schema_oid, name), &value));
    if (!found) return std::optional<NameEntry>();
    ASSIGN_OR_RETURN(NameEntry entry, DecodeNameEntry(value));
    return std::optional<NameEntry>(entry);
  }

  // Catalog objects of one kind (tables, sequences), read from the committed
  // snapshot when `txn` has not changed the catalog, else through `txn` (its
  // own uncommitted DDL included). `Snapshot::*committed` is the kind's map,
  // `key_of` its record key, `tag` the key letter, `decode` its decoder.
  template <typename T>
  using ObjectMap = std::map<uint32_t, std::shared_ptr<const T>>;
  template <typename T>
  using Decoder = Result<std::shared_ptr<const T>> (*)(std::string_view);

  template <typename T>
  Result<std::shared_ptr<const T>> FindObjectByOid(storage::Transaction* txn, uint32_t oid,
                                                   ObjectMap<T> Snapshot::*committed,
                                                   std::string (*key_of)(std::string_view, uint32_t),
                                                   Decoder<T> decode) {
    if (txn == nullptr || !txn->catalog_changed()) {
      auto snapshot = Committed();
      const ObjectMap<T>& objects = (*snapshot).*committed;
      auto it = objects.find(oid);
      if (it == objects.end()) return std::shared_ptr<const T>();
      return it->second;
    }
    std::string value;
    ASSIGN_OR_RETURN(bool found, txn->GetRaw(storage::ColumnFamily::kCatalog, key_of(prefix, oid), &value));
    if (!found) return std::shared_ptr<const T>();
    ASSIGN_OR_RETURN(auto object, decode(value));
    return NamedThrough(txn, std::move(object));
  }

  template <typename T>
  Result<std::vector<std::shared_ptr<const T>>> AllObjects(storage::Transaction* txn, ObjectMap<T> Snapshot::*committed,
                                                           char tag, Decoder<T> decode) {
    std::vector<std::shared_ptr<const T>> objects;
    if (txn == nullptr || !txn->catalog_changed()) {
      auto snapshot = Committed();
      for (const auto& [oid, object] : (*snapshot).*committed) objects.push_back(object);
      return objects;
    }
    ASSIGN_OR_RETURN(auto schemas, Schemas(txn));
    auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, prefix + tag);
    for (; it->Valid(); it->Next()) {
      ASSIGN_OR_RETURN(auto object, decode(it->value()));
      objects.push_back(Named(object, schemas));
    }
    RETURN_IF_ERROR(it->status());
    return objects;
  }

  Result<std::shared_ptr<const Table>> FindTableByOid(storage::Transaction* txn, uint32_t oid) {
    return FindObjectByOid<Table>(txn, oid, &Snapshot::tables, TableKey, DecodeTable);
  }

  Result<std::vector<std::shared_ptr<const Table>>> AllTables(storage::Transaction* txn) {
    return AllObjects<Table>(txn, &Snapshot::tables, 'T', DecodeTable);
  }

  Result<std::shared_ptr<const Sequence>> FindSequenceByOid(storage::Transaction* txn, uint32_t oid) {
    return FindObjectByOid<Sequence>(txn, oid, &Snapshot::sequences, SequenceKey, DecodeSequence);
  }

  Result<std::vector<std::shared_ptr<const Sequence>>> AllSequences(storage::Transaction* txn) {
    return AllObjects<Sequence>(txn, &Snapshot::sequences, 'Q', DecodeSequence);
  }

  Result<std::shared_ptr<const View>> FindViewByOid(storage::Transaction* txn, uint32_t oid) {
    return FindObjectByOid<View>(txn, oid, &Snapshot::views, ViewKey, DecodeView);
  }

  Result<std::vector<std::shared_ptr<const View>>> AllViews(storage::Transaction* txn) {
    return AllObjects<View>(txn, &Snapshot::views, 'V', DecodeView);
  }

  // Validates a definition, fills PostgreSQL's defaults and writes the
  // sequence (name entry + record) in `txn`.
  Result<std::shared_ptr<const Sequence>> WriteNewSequence(storage::Transaction* txn, uint32_t schema_oid,
                                                           const std::string& name, const SequenceDefinition& def,
                                                           uint32_t owned_by_table, int16_t owned_by_attnum) {
    auto seq = std::make_shared<Sequence>();
    seq->schema_oid = schema_oid;
    ASSIGN_OR_RETURN(seq->schema_name, SchemaNameOf(txn, schema_oid));
    seq->name = name;
    seq->type = def.type;
    int64_t type_max = INT64_MAX, type_min = INT64_MIN;
    if (def.type.oid == types::kInt4Oid) {
      type_max = INT32_MAX;
      type_min = INT32_MIN;
    } else if (def.type.oid == types::kInt2Oid) {
      type_max = INT16_MAX;
      type_min = INT16_MIN;
    } else if (def.type.oid != types::kInt8Oid) {
      return Status::Error(sqlstate::kInvalidParameterValue, "sequence type must be smallint, integer, or bigint");
    }
    seq->increment = def.increment.value_or(1);
    if (seq->increment == 0) return Status::Error(sqlstate::kInvalidParameterValue, "INCREMENT must not be zero");
    seq->max_value = def.max_value.value_or(seq->increment > 0 ? type_max : -1);
    seq->min_value = def.min_value.value_or(seq->increment > 0 ? 1 : type_min);
    const char* type_name = def.type.oid == types::kInt2Oid   ? "smallint"
                            : def.type.oid == types::kInt4Oid ? "integer"
                                                              : "bigint";
    if (seq->max_value < type_min || seq->max_value > type_max) {
      return Status::Error(sqlstate::kInvalidParameterValue, "MAXVALUE (" + std::to_string(seq->max_value) +
                                                                 ") is out of range for sequence data type " +
                                                                 type_name);
    }
    if (seq->min_value < type_min || seq->min_value > type_max) {
      return Status::Error(sqlstate::kInvalidParameterValue, "MINVALUE (" + std::to_string(seq->min_value) +
                                                                 ") is out of range for sequence data type " +
                                                                 type_name);
    }
    if (seq->min_value >= seq->max_value) {
      return Status::Error(sqlstate::kInvalidParameterValue,
                           "MINVALUE (" + std::to_string(seq->min_value) + ") must be less than MAXVALUE (" +
                               std::to_string(seq->max_value) + ")");
    }
    seq->start = def.start.value_or(seq->increment > 0 ? seq->min_value : seq->max_value);
    if (seq->start < seq->min_value) {
      return Status::Error(sqlstate::kInvalidParameterValue, "START value (" + std::to_string(seq->start) +
                                                                 ") cannot be less than MINVALUE (" +
                                                                 std::to_string(seq->min_value) + ")");
    }
    if (seq->start > seq->max_value) {
      return Status::Error(sqlstate::kInvalidParameterValue, "START value (" + std::to_string(seq->start) +
                                                                 ") cannot be greater than MAXVALUE (" +
                                                                 std::to_string(seq->max_value) + ")");
    }
    seq->cycle = def.cycle;
    seq->owned_by_table = owned_by_table;
    seq->owned_by_attnum = owned_by_attnum;
    ASSIGN_OR_RETURN(seq->oid, AllocateOid());
    RETURN_IF_ERROR(WriteName(txn, schema_oid, name, {kRelkindSequence, seq->oid, owned_by_table}));
    WatchCommit(txn);
    RETURN_IF_ERROR(txn->PutRaw(storage::ColumnFamily::kCatalog, SequenceKey(prefix, seq->oid), EncodeSequence(*seq)));
    return std::shared_ptr<const Sequence>(std::move(seq));
  }

  Status PersistSequenceState(uint32_t oid, int64_t value, bool is_called) {
    std::string record(reinterpret_cast<const char*>(&value), 8);
    record.push_back(is_called ? 1 : 0);
    // Unsynced: any transaction that commits a value from this range syncs
    // the WAL after this write.
    return db->PutMeta(SequenceStateKey(oid), record, /*sync=*/false);
  }

  // Constraint names in use in a schema (pg_constraint.conname per namespace).
  Result<std::set<std::string>> ConstraintNames(storage::Transaction* txn, uint32_t schema_oid) {
    std::set<std::string> names;
    ASSIGN_OR_RETURN(auto tables, AllTables(txn));
    for (const auto& table : tables) {
      if (table->schema_oid != schema_oid) continue;
      for (const auto& index : table->indexes) {
        if (index.is_constraint) names.insert(index.name);
      }
      for (const auto& check : table->checks) names.insert(check.name);
      for (const auto& fk : table->foreign_keys) names.insert(fk.name);
    }
    return names;
  }

  // ChooseRelationName: name1_name2_label, then label1, label2, ... until free
  // among relations (and, for constraints, constraint names) and `taken`.
  Result<std::string> ChooseRelationName(storage::Transaction* txn, std::string_view name1, std::string_view name2,
                                         std::string_view label, uint32_t schema_oid, bool is_constraint,
                                         const std::set<std::string>& constraint_names,
                                         const std::set<std::string>& taken) {
    for (int pass = 0;; ++pass) {
      std::string modlabel(label);
      if (pass > 0) modlabel += std::to_string(pass);
      std::string name = MakeObjectName(name1, name2, modlabel);
      if (taken.count(name) != 0) continue;
      if (is_constraint && constraint_names.count(name) != 0) continue;
      ASSIGN_OR_RETURN(auto existing, FindName(txn, schema_oid, name));
      if (!existing) return name;
    }
  }

  // After a commit: removes the keys of row/index prefixes the committed
  // catalog no longer uses. The check matters when the DDL that abandoned
  // them was undone by ROLLBACK TO SAVEPOINT (the callback still runs).
  void DropUnusedPrefixes(const std::vector<std::pair<uint32_t, bool>>& prefixes) {
    auto snapshot = Committed();
    for (const auto& [id, is_index] : prefixes) {
      bool used = false;
      for (const auto& [oid, table] : snapshot->tables) {
        if (!is_index && table->storage->table_id == id) used = true;
        for (const auto& index : table->storage->indexes) used = used || (is_index && index.index_id == id);
      }
      if (!used) db->DropKeyPrefix(id, is_index).IgnoreError();
    }
  }

  Status WriteTable(storage::Transaction* txn, const Table& table, uint32_t schema_version) {
    WatchCommit(txn);
    return txn->PutRaw(storage::ColumnFamily::kCatalog, TableKey(prefix, table.oid), EncodeTable(table, schema_version));
  }
  Status WriteName(storage::Transaction* txn, uint32_t schema_oid, std::string_view name, const NameEntry& entry) {
    WatchCommit(txn);
    return txn->PutRaw(storage::ColumnFamily::kCatalog, NameKey(prefix, schema_oid, name), EncodeNameEntry(entry));
  }
  Status DeleteName(storage::Transaction* txn, uint32_t schema_oid, std::string_view name) {
    WatchCommit(txn);
    return txn->DeleteRaw(storage::ColumnFamily::kCatalog, NameKey(prefix, schema_oid, name));
  }
};

Catalog::Catalog(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Catalog::~Catalog() = default;

Result<std::unique_ptr<Catalog>> Catalog::Open(storage::Database* database) {
  auto cluster = std::make_shared<ClusterState>();
  cluster->db = database;
  RETURN_IF_ERROR(cluster->Load());
  auto impl = std::make_unique<Impl>();
  impl->db = database;
  impl->cluster = std::move(cluster);
  impl->database_oid = kPostgresDatabaseOid;
  impl->prefix = DatabaseKeyPrefix(kPostgresDatabaseOid);
  RETURN_IF_ERROR(impl->Refresh());
  return std::unique_ptr<Catalog>(new Catalog(std::move(impl)));
}

Result<std::unique_ptr<Catalog>> Catalog::OpenDatabase(uint32_t database_oid) const {
  auto impl = std::make_unique<Impl>();
  impl->db = impl_->db;
  impl->cluster = impl_->cluster;
  impl->database_oid = database_oid;
  impl->prefix = DatabaseKeyPrefix(database_oid);
  RETURN_IF_ERROR(impl->Refresh());
  return std::unique_ptr<Catalog>(new Catalog(std::move(impl)));
}

uint64_t Catalog::version() const { return impl_->committed_version.load(std::memory_order_acquire); }

uint32_t Catalog::database_oid() const { return impl_->database_oid; }

std::string Catalog::database_name() const {
  auto info = impl_->cluster->Find(impl_->database_oid);
  return info ? info->name : std::string();
}

Result<DatabaseInfo> Catalog::LookupDatabase(std::string_view name) const {
  auto info = impl_->cluster->Find(name);
  if (!info) return DatabaseNotFound(name);
  return *info;
}

Result<RoleInfo> Catalog::LookupRole(std::string_view name) const {
  ASSIGN_OR_RETURN(std::optional<RoleInfo> role, FindRole(nullptr, name));
  if (role) return std::move(*role);
  return Status::Error(sqlstate::kInvalidAuthorizationSpecification,
                       "role \"" + std::string(name) + "\" does not exist");
}

Result<std::optional<RoleInfo>> Catalog::FindRole(storage::Transaction* txn, std::string_view name) const {
  if (txn == nullptr || !txn->catalog_changed()) {
    auto roles = impl_->cluster->Roles();
    auto it = roles->find(name);
    if (it != roles->end()) return std::optional<RoleInfo>(it->second);
  } else {
    std::string value;
    ASSIGN_OR_RETURN(bool found, txn->GetRaw(storage::ColumnFamily::kCatalog, RoleKey(name), &value));
    if (found) {
      ASSIGN_OR_RETURN(RoleInfo role, DecodeRole(name, value));
      return std::optional<RoleInfo>(std::move(role));
    }
  }
  // The built-in superuser has no record until ALTER ROLE changes it; a
  // rename moves it to a record under the new name, which this check sees.
  if (name == "postgres") {
    ASSIGN_OR_RETURN(bool renamed, BuiltinRoleRenamed(txn));
    if (!renamed) return std::optional<RoleInfo>(BuiltinPostgresRole());
  }
  return std::optional<RoleInfo>();
}

Result<bool> Catalog::BuiltinRoleRenamed(storage::Transaction* txn) const {
  if (txn == nullptr || !txn->catalog_changed()) {
    for (const auto& [name, role] : *impl_->cluster->Roles()) {
      if (role.oid == kPostgresRoleOid) return true;
    }
    return false;
  }
  auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, "R");
  for (; it->Valid(); it->Next()) {
    ASSIGN_OR_RETURN(RoleInfo role, DecodeRole(it->key().substr(1), it->value()));
    if (role.oid == kPostgresRoleOid) return true;
  }
  RETURN_IF_ERROR(it->status());
  return false;
}

Result<RoleInfo> Catalog::CreateRole(storage::Transaction* txn, RoleInfo role) {
  assert(txn != nullptr);
  std::string value;
  ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, RoleKey(role.name), &value));
  ASSIGN_OR_RETURN(std::optional<RoleInfo> builtin, FindRole(txn, role.name));
  if (found || builtin) {
    return Status::Error(sqlstate::kDuplicateObject, "role \"" + role.name + "\" already exists");
  }
  ASSIGN_OR_RETURN(role.oid, impl_->AllocateOid());
  impl_->WatchRoleCommit(txn);
  RETURN_IF_ERROR(txn->PutRaw(storage::ColumnFamily::kCatalog, RoleKey(role.name), EncodeRole(role)));
  return role;
}

Status Catalog::UpdateRole(storage::Transaction* txn, std::string_view current_name, const RoleInfo& role) {
  assert(txn != nullptr);
  std::string value;
  ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, RoleKey(current_name), &value));
  (void)found;  // the built-in role has no record until it is first changed
  if (role.name != current_name) {
    ASSIGN_OR_RETURN(bool taken, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, RoleKey(role.name), &value));
    ASSIGN_OR_RETURN(std::optional<RoleInfo> existing, FindRole(txn, role.name));
    if (taken || existing) {
      return Status::Error(sqlstate::kDuplicateObject, "role \"" + role.name + "\" already exists");
    }
    impl_->WatchRoleCommit(txn);
    RETURN_IF_ERROR(txn->DeleteRaw(storage::ColumnFamily::kCatalog, RoleKey(current_name)));
  }
  impl_->WatchRoleCommit(txn);
  return txn->PutRaw(storage::ColumnFamily::kCatalog, RoleKey(role.name), EncodeRole(role));
}

Status Catalog::DropRole(storage::Transaction* txn, std::string_view name) {
  assert(txn != nullptr);
  std::string value;
  ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, RoleKey(name), &value));
  if (!found) {
    return Status::Error(sqlstate::kUndefinedObject, "role \"" + std::string(name) + "\" does not exist");
  }
  ASSIGN_OR_RETURN(RoleInfo role, DecodeRole(name, value));
  impl_->WatchRoleCommit(txn);
  ASSIGN_OR_RETURN(std::vector<RoleMembership> memberships, ListMemberships(txn));
  for (const auto& m : memberships) {
    if (m.role_oid == role.oid || m.member_oid == role.oid) {
      RETURN_IF_ERROR(txn->DeleteRaw(storage::ColumnFamily::kCatalog, MembershipKey(m.role_oid, m.member_oid)));
    }
  }
  return txn->DeleteRaw(storage::ColumnFamily::kCatalog, RoleKey(name));
}

Result<std::vector<RoleMembership>> Catalog::ListMemberships(storage::Transaction* txn) const {
  if (txn == nullptr || !txn->catalog_changed()) return *impl_->cluster->Memberships();
  std::vector<RoleMembership> list;
  auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, "M");
  for (; it->Valid(); it->Next()) {
    ASSIGN_OR_RETURN(RoleMembership m, DecodeMembership(it->value()));
    list.push_back(m);
  }
  RETURN_IF_ERROR(it->status());
  return list;
}

Status Catalog::PutMembership(storage::Transaction* txn, const RoleMembership& membership) {
  assert(txn != nullptr);
  std::string key = MembershipKey(membership.role_oid, membership.member_oid);
  std::string value;
  ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, key, &value));
  (void)found;
  impl_->WatchRoleCommit(txn);
  return txn->PutRaw(storage::ColumnFamily::kCatalog, key, EncodeMembership(membership));
}

Status Catalog::DeleteMembership(storage::Transaction* txn, uint32_t role_oid, uint32_t member_oid) {
  assert(txn != nullptr);
  std::string key = MembershipKey(role_oid, member_oid);
  std::string value;
  ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, key, &value));
  (void)found;
  impl_->WatchRoleCommit(txn);
  return txn->DeleteRaw(storage::ColumnFamily::kCatalog, key);
}

std::vector<DatabaseInfo> Catalog::ListDatabases() const {
  std::lock_guard<std::mutex> guard(impl_->cluster->databases_mutex);
  std::vector<DatabaseInfo> list;
  for (const auto& [oid, info] : impl_->cluster->databases) list.push_back(info);
  return list;
}

Result<DatabaseInfo> Catalog::CreateDatabase(const DatabaseDefinition& definition) {
  ClusterState& cluster = *impl_->cluster;
  std::lock_guard<std::mutex> ddl(cluster.ddl_mutex);
  if (definition.name.empty()) {
    return Status::Error(sqlstate::kInvalidParameterValue, "database name must not be empty");
  }
  if (cluster.Find(definition.name)) {
    return Status::Error(kDuplicateDatabaseState, "database \"" + definition.name + "\" already exists");
  }
  DatabaseInfo info{0, definition.name, definition.owner_oid, "UTF8", "C"};
  ASSIGN_OR_RETURN(info.oid, cluster.AllocateOid());
  RETURN_IF_ERROR(cluster.WriteDatabase(info));
  std::lock_guard<std::mutex> guard(cluster.databases_mutex);
  cluster.databases.emplace(info.oid, info);
  return info;
}

Status Catalog::RenameDatabase(std::string_view name, std::string_view new_name) {
  ClusterState& cluster = *impl_->cluster;
  std::lock_guard<std::mutex> ddl(cluster.ddl_mutex);
  auto info = cluster.Find(name);
  if (!info) return DatabaseNotFound(name);
  if (cluster.Find(new_name)) {
    return Status::Error(kDuplicateDatabaseState, "database \"" + std::string(new_name) + "\" already exists");
  }
  info->name = std::string(new_name);
  RETURN_IF_ERROR(cluster.WriteDatabase(*info));
  std::lock_guard<std::mutex> guard(cluster.databases_mutex);
  cluster.databases[info->oid] = *info;
  return Status::Ok();
}

uint64_t Catalog::StorageBytes(uint32_t storage_id, bool is_index) const {
  return impl_->db->ApproximateKeyPrefixBytes(storage_id, is_index);
}

Result<std::optional<uint64_t>> Catalog::DatabaseStorageBytes(uint32_t database_oid) const {
  if (!impl_->cluster->Find(database_oid)) return std::optional<uint64_t>();
  auto txn = impl_->db->Begin({});
  ASSIGN_OR_RETURN(auto prefixes, StoragePrefixes(*txn, DatabaseKeyPrefix(database_oid)));
  uint64_t bytes = 0;
  for (const auto& [id, is_index] : prefixes) bytes += StorageBytes(id, is_index);
  return std::optional<uint64_t>(bytes);
}

Status Catalog::DropDatabase(uint32_t database_oid) {
  ClusterState& cluster = *impl_->cluster;
  std::lock_guard<std::mutex> ddl(cluster.ddl_mutex);
  auto info = cluster.Find(database_oid);
  if (!info) return DatabaseNotFound(std::to_string(database_oid));
  // One transaction removes the database record and every catalog record of
  // the database; the rows and index entries of its tables go after commit
  // (their ids are never reused, as after DROP TABLE).
  std::string prefix = DatabaseKeyPrefix(database_oid);
  auto txn = impl_->db->Begin({});
  std::vector<std::string> keys;
  for (const char* kind : {"N", "T", "Q"}) {
    auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, prefix + kind);
    for (; it->Valid(); it->Next()) keys.emplace_back(it->key());
    RETURN_IF_ERROR(it->status());
  }
  ASSIGN_OR_RETURN(auto prefixes, StoragePrefixes(*txn, prefix));
  for (const auto& key : keys) RETURN_IF_ERROR(txn->DeleteRaw(storage::ColumnFamily::kCatalog, key));
  RETURN_IF_ERROR(txn->DeleteRaw(storage::ColumnFamily::kCatalog, DatabaseRecordKey(database_oid)));
  RETURN_IF_ERROR(txn->Commit());
  {
    std::lock_guard<std::mutex> guard(cluster.databases_mutex);
    cluster.databases.erase(database_oid);
  }
  for (const auto& [id, is_index] : prefixes) impl_->db->DropKeyPrefix(id, is_index).IgnoreError();
  // A Catalog of this database that is still open (the engine's, now unused)
  // must not show the dropped tables.
  if (database_oid == impl_->database_oid) RETURN_IF_ERROR(impl_->Refresh());
  return Status::Ok();
}

std::vector<RoleInfo> Catalog::ListRoles() const {
  std::vector<RoleInfo> roles;
  bool builtin_stored = false;
  for (const auto& [name, role] : *impl_->cluster->Roles()) {
    builtin_stored = builtin_stored || role.oid == kPostgresRoleOid;
    roles.push_back(role);
  }
  if (!builtin_stored) roles.push_back(BuiltinPostgresRole());
  std::sort(roles.begin(), roles.end(), [](const RoleInfo& a, const RoleInfo& b) { return a.oid < b.oid; });
  return roles;
}

const std::vector<std::string>& ActiveSearchPath() {
  static const std::vector<std::string> kPublicOnly = {"public"};
  return active_search_path != nullptr ? *active_search_path : kPublicOnly;
}

bool IsTempSchemaName(std::string_view name) {
  if (!name.starts_with("pg_temp_") || name.size() == 8) return false;
  return std::all_of(name.begin() + 8, name.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string_view ActiveTempSchema() {
  for (const auto& name : ActiveSearchPath()) {
    if (IsTempSchemaName(name)) return name;
  }
  return {};
}

Status CheckTemporaryAccess(std::string_view schema_name) {
  if (!IsTempSchemaName(schema_name) || schema_name == ActiveTempSchema()) return Status::Ok();
  return Status::Error(sqlstate::kFeatureNotSupported, "cannot access temporary tables of other sessions");
}

ScopedSearchPath::ScopedSearchPath(const std::vector<std::string>* schemas, const PinnedSchemas* pinned)
    : previous_(active_search_path), previous_pinned_(active_pinned_schemas) {
  active_search_path = schemas;
  active_pinned_schemas = pinned;
}

ScopedSearchPath::~ScopedSearchPath() {
  active_search_path = previous_;
  active_pinned_schemas = previous_pinned_;
}

std::vector<SchemaInfo> Catalog::ListSchemas(storage::Transaction* txn) const {
  std::vector<SchemaInfo> schemas = {SchemaInfo{kPgCatalogNamespaceOid, "pg_catalog", kPostgresRoleOid},
                                     SchemaInfo{kPublicNamespaceOid, "public", kPostgresRoleOid}};
  auto stored = impl_->Schemas(txn);
  if (stored.ok()) {
    for (const auto& [oid, schema] : *stored) schemas.push_back(schema);
  }
  return schemas;
}

Result<std::optional<SchemaInfo>> Catalog::FindSchema(storage::Transaction* txn, std::string_view name) const {
  return impl_->FindSchema(txn, name);
}

Result<SchemaInfo> Catalog::CreateSchema(storage::Transaction* txn, std::string_view name, uint32_t owner_oid,
                                         bool temporary) {
  assert(txn != nullptr);
  if (!temporary) RETURN_IF_ERROR(ReservedSchemaName(name));
  if (name.size() > kMaxIdentifierBytes) return Status::Internal("schema name longer than NAMEDATALEN");
  ASSIGN_OR_RETURN(auto taken, impl_->LockName(txn, kSchemaNamesOid, name));
  if (taken || name == "public" || name == "information_schema") {
    return Status::Error("42P06", "schema \"" + std::string(name) + "\" already exists");
  }
  SchemaInfo schema{0, std::string(name), owner_oid};
  ASSIGN_OR_RETURN(schema.oid, impl_->AllocateOid());
  RETURN_IF_ERROR(impl_->WriteName(txn, kSchemaNamesOid, name, {kRelkindSchema, schema.oid, 0}));
  RETURN_IF_ERROR(
      txn->PutRaw(storage::ColumnFamily::kCatalog, SchemaKey(impl_->prefix, schema.oid), EncodeSchema(schema)));
  return schema;
}

namespace {
Status BuiltinSchemaChange(std::string_view name, std::string_view what) {
  return Status::NotSupported(std::string(what) + " schema " + std::string(name));
}
}  // namespace

Status Catalog::RenameSchema(storage::Transaction* txn, std::string_view name, std::string_view new_name) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, kSchemaNamesOid, name));
  if (!entry) {
    if (name == "public" || name == "pg_catalog") return BuiltinSchemaChange(name, "renaming");
    return SchemaNotFound(name);
  }
  RETURN_IF_ERROR(ReservedSchemaName(new_name));
  ASSIGN_OR_RETURN(auto taken, impl_->LockName(txn, kSchemaNamesOid, new_name));
  if (taken || new_name == "public" || new_name == "information_schema") {
    return Status::Error("42P06", "schema \"" + std::string(new_name) + "\" already exists");
  }
  ASSIGN_OR_RETURN(auto schema, impl_->FindSchema(txn, name));
  if (!schema) return SchemaNotFound(name);
  schema->name = std::string(new_name);
  RETURN_IF_ERROR(impl_->DeleteName(txn, kSchemaNamesOid, name));
  RETURN_IF_ERROR(impl_->WriteName(txn, kSchemaNamesOid, new_name, *entry));
  return txn->PutRaw(storage::ColumnFamily::kCatalog, SchemaKey(impl_->prefix, schema->oid), EncodeSchema(*schema));
}

Status Catalog::SetSchemaOwner(storage::Transaction* txn, std::string_view name, uint32_t owner_oid) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, kSchemaNamesOid, name));
  if (!entry) {
    if (name == "public" || name == "pg_catalog") return BuiltinSchemaChange(name, "changing the owner of");
    return SchemaNotFound(name);
  }
  ASSIGN_OR_RETURN(auto schema, impl_->FindSchema(txn, name));
  if (!schema) return SchemaNotFound(name);
  schema->owner_oid = owner_oid;
  impl_->WatchCommit(txn);
  return txn->PutRaw(storage::ColumnFamily::kCatalog, SchemaKey(impl_->prefix, schema->oid), EncodeSchema(*schema));
}

Status Catalog::DropSchema(storage::Transaction* txn, uint32_t schema_oid) {
  assert(txn != nullptr);
  if (BuiltinSchema(schema_oid)) return BuiltinSchemaChange(SchemaName(schema_oid), "dropping");
  ASSIGN_OR_RETURN(std::string name, impl_->SchemaNameOf(txn, schema_oid));
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, kSchemaNamesOid, name));
  if (!entry || entry->oid != schema_oid) return SchemaNotFound(name);
  std::string names = impl_->prefix + "N";
  common::AppendKeyId(&names, schema_oid);
  auto it = txn->ScanRaw(storage::ColumnFamily::kCatalog, names);
  if (it->Valid()) {
    return Status::Error("2BP01", "cannot drop schema " + name + " because other objects depend on it");
  }
  RETURN_IF_ERROR(it->status());
  RETURN_IF_ERROR(impl_->DeleteName(txn, kSchemaNamesOid, name));
  return txn->DeleteRaw(storage::ColumnFamily::kCatalog, SchemaKey(impl_->prefix, schema_oid));
}

Result<uint32_t> Catalog::CreationSchema(storage::Transaction* txn, std::string_view schema_name,
                                         std::string_view object_name) const {
  std::optional<uint32_t> oid;
  std::string name(schema_name);
  if (!schema_name.empty()) {
    ASSIGN_OR_RETURN(oid, LookupSchema(txn, schema_name));
  } else {
    for (const auto& listed : ActiveSearchPath()) {
      if (IsTempSchemaName(listed) || listed == "pg_temp") continue;
      ASSIGN_OR_RETURN(auto schema, impl_->FindSchema(txn, listed));
      if (!schema) continue;
      oid = schema->oid;
      name = schema->name;
      break;
    }
    if (!oid) return Status::Error(sqlstate::kInvalidSchemaName, "no schema has been selected to create in");
  }
  if (*oid == kPgCatalogNamespaceOid) {
    return Status::Error("42501", "permission denied to create \"" + name + "." + std::string(object_name) + "\"")
        .WithDetail("System catalog modifications are currently disallowed.");
  }
  return *oid;
}

Result<uint32_t> Catalog::LookupSchema(storage::Transaction* txn, std::string_view schema_name) const {
  ASSIGN_OR_RETURN(auto schema, impl_->FindSchema(txn, schema_name));
  if (!schema) return SchemaNotFound(schema_name);
  return schema->oid;
}

Result<std::shared_ptr<const Table>> Catalog::LookupTable(storage::Transaction* txn, std::string_view schema_name,
                                                          std::string_view table_name) const {
  auto not_found = [&] {
    std::string shown = schema_name.empty() ? std::string(table_name)
                                            : std::string(schema_name) + "." + std::string(table_name);
    return Status::Error(sqlstate::kUndefinedTable, "relation \"" + shown + "\" does not exist");
  };
  auto schema = impl_->SchemaOfName(txn, schema_name, table_name);
  if (!schema.ok()) return not_found();
  uint32_t schema_oid = *schema;
  ASSIGN_OR_RETURN(auto entry, impl_->FindName(txn, schema_oid, table_name));
  if (!entry) return not_found();
  if (entry->relkind != kRelkindTable) {
    return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(table_name) + "\" is not a table");
  }
  ASSIGN_OR_RETURN(auto table, impl_->FindTableByOid(txn, entry->oid));
  if (!table) return Status::Error(sqlstate::kDataCorrupted, "catalog name entry without table record");
  return table;
}

std::shared_ptr<const Table> Catalog::FindTable(storage::Transaction* txn, uint32_t table_oid) const {
  auto table = impl_->FindTableByOid(txn, table_oid);
  return table.ok() ? *table : nullptr;
}

std::shared_ptr<const View> Catalog::FindView(storage::Transaction* txn, uint32_t view_oid) const {
  auto view = impl_->FindViewByOid(txn, view_oid);
  return view.ok() ? *view : nullptr;
}

std::vector<std::shared_ptr<const Table>> Catalog::ListTables(storage::Transaction* txn) const {
  auto tables = impl_->AllTables(txn);
  return tables.ok() ? *tables : std::vector<std::shared_ptr<const Table>>();
}

std::vector<std::shared_ptr<const Sequence>> Catalog::ListSequences(storage::Transaction* txn) const {
  auto sequences = impl_->AllSequences(txn);
  return sequences.ok() ? *sequences : std::vector<std::shared_ptr<const Sequence>>();
}

Result<std::shared_ptr<const Table>> Catalog::CreateTable(storage::Transaction* txn, const TableDefinition& definition,
                                                          Status* notice) {
  assert(txn != nullptr);
  const std::string& name = definition.name;
  ASSIGN_OR_RETURN(uint32_t schema_oid, CreationSchema(txn, definition.schema_name, name));
  ASSIGN_OR_RETURN(auto existing, impl_->LockName(txn, schema_oid, name));
  if (existing) {
    if (!definition.if_not_exists) {
      return Status::Error(sqlstate::kDuplicateTable, "relation \"" + name + "\" already exists");
    }
    if (notice != nullptr) {
      *notice = Status::Error(sqlstate::kDuplicateTable, "relation \"" + name + "\" already exists, skipping");
    }
    if (existing->relkind == kRelkindTable) {
      ASSIGN_OR_RETURN(auto table, impl_->FindTableByOid(txn, existing->oid));
      if (table) return table;
    }
    return std::shared_ptr<const Table>();
  }
  if (definition.columns.size() > kMaxColumns) {
    return Status::Error("54011", "tables can have at most 1600 columns");
  }

  auto table = std::make_shared<Table>();
  table->schema_oid = schema_oid;
  ASSIGN_OR_RETURN(table->schema_name, impl_->SchemaNameOf(txn, schema_oid));
  table->name = name;
  for (size_t i = 0; i < definition.columns.size(); ++i) {
    const auto& def = definition.columns[i];
    if (table->FindColumn(def.name) >= 0) {
      return Status::Error(sqlstate::kDuplicateColumn, "column \"" + def.name + "\" specified more than once");
    }
    if (types::PhysicalKindOf(def.type.oid) == types::PhysicalKind::kNone || def.type.oid == types::kRecordOid) {
      return Status::Error(sqlstate::kInvalidTableDefinition,
                           "column \"" + def.name + "\" has pseudo-type " + std::string(types::TypeName(def.type.oid)));
    }
    Column column;
    column.name = def.name;
    column.type = def.type;
    column.attnum = static_cast<int16_t>(i + 1);
    column.not_null = def.not_null;
    column.default_sql = def.default_sql;
    table->columns.push_back(std::move(column));
  }

  // Key constraints: the primary key first, then UNIQUE constraints; a UNIQUE
  // with the same columns as an earlier one is redundant (PostgreSQL drops it,
  // passing its name on if the earlier one had none).
  struct KeySpec {
    std::optional<std::string> name;
    std::vector<int16_t> attnums;
    std::vector<std::string> columns;
    bool primary;
  };
  std::vector<KeySpec> keys;
  auto add_key = [&](const KeyConstraintDefinition& def, bool primary) -> Status {
    KeySpec spec{def.name, {}, def.columns, primary};
    for (const auto& column_name : def.columns) {
      int position = table->FindColumn(column_name);
      if (position < 0) {
        return Status::Error(sqlstate::kUndefinedColumn, "column \"" + column_name + "\" named in key does not exist");
      }
      int16_t attnum = static_cast<int16_t>(position + 1);
      if (std::find(spec.attnums.begin(), spec.attnums.end(), attnum) != spec.attnums.end()) {
        return Status::Error(sqlstate::kDuplicateColumn, "column \"" + column_name + "\" appears twice in " +
                                                             (primary ? "primary key" : "unique") + " constraint");
      }
      spec.attnums.push_back(attnum);
      if (primary) table->columns[position].not_null = true;
    }
    for (auto& prior : keys) {
      if (prior.attnums == spec.attnums) {
        if (!prior.name) prior.name = spec.name;
        prior.primary = prior.primary || primary;
        return Status::Ok();
      }
    }
    keys.push_back(std::move(spec));
    return Status::Ok();
  };
  if (definition.primary_key) RETURN_IF_ERROR(add_key(*definition.primary_key, true));
  for (const auto& unique : definition.unique_constraints) RETURN_IF_ERROR(add_key(unique, false));
  table->hidden_row_id = std::none_of(keys.begin(), keys.end(), [](const KeySpec& k) { return k.primary; });

  ASSIGN_OR_RETURN(std::set<std::string> constraint_names, impl_->ConstraintNames(txn, schema_oid));
  std::set<std::string> taken_relations = {name};
  // CHECK constraints are named first (PostgreSQL adds them with the table).
  for (const auto& check : definition.checks) {
    std::string check_name;
    if (check.name) {
      check_name = *check.name;
      for (const auto& other : table->checks) {
        if (other.name == check_name) {
          return Status::Error(sqlstate::kDuplicateObject,
                               "constraint \"" + check_name + "\" for relation \"" + name + "\" already exists");
        }
      }
    } else {
      // PostgreSQL names a check after its column only when the expression
      // references exactly one distinct column ("t_b_check"), else "t_check".
      std::set<std::string> distinct(check.referenced_columns.begin(), check.referenced_columns.end());
      std::string column = distinct.size() == 1 ? *distinct.begin() : std::string();
      for (int pass = 0;; ++pass) {
        check_name = MakeObjectName(name, column, pass == 0 ? "check" : "check" + std::to_string(pass));
        if (constraint_names.count(check_name) == 0) break;
      }
    }
    constraint_names.insert(check_name);
    table->checks.push_back({check_name, check.expression_sql});
  }

  ASSIGN_OR_RETURN(table->oid, impl_->AllocateOid());
  table->storage_id = table->oid;
  for (size_t i = 0; i < definition.columns.size(); ++i) {
    const ColumnDefinition& def = definition.columns[i];
    if (!def.serial && def.identity == 0) continue;
    Column& column = table->columns[i];
    if (def.identity != 0 && column.default_sql) {
      return Status::Error(sqlstate::kSyntaxError, "both default and identity specified for column \"" + column.name +
                                                       "\" of table \"" + name + "\"");
    }
    std::vector<std::string> taken(taken_relations.begin(), taken_relations.end());
    ASSIGN_OR_RETURN(auto sequence,
                     CreateOwnedSequence(txn, schema_oid, name, table->oid, column.name, column.attnum, column.type,
                                         def.identity != 0 ? def.identity_options : nullptr, taken));
    taken_relations.insert(sequence->name);
    column.not_null = true;
    column.identity = def.identity;
    column.default_sql = "nextval('" + QuoteIdentifier(sequence->name) + "'::regclass)";
  }
  for (auto& key : keys) {
    Index index;
    ASSIGN_OR_RETURN(index.oid, impl_->AllocateOid());
    if (key.name) {
      index.name = *key.name;
      ASSIGN_OR_RETURN(auto clash, impl_->FindName(txn, schema_oid, index.name));
      if (clash || taken_relations.count(index.name) != 0) {
        return Status::Error(sqlstate::kDuplicateTable, "relation \"" + index.name + "\" already exists");
      }
    } else {
      ASSIGN_OR_RETURN(index.name,
                       impl_->ChooseRelationName(txn, name, key.primary ? "" : IndexNameAddition(key.columns),
                                                 key.primary ? "pkey" : "key", schema_oid, true, constraint_names,
                                                 taken_relations));
    }
    taken_relations.insert(index.name);
    constraint_names.insert(index.name);
    index.attnums = key.attnums;
    index.unique = true;
    index.primary = key.primary;
    index.is_constraint = true;
    if (key.primary) {
      table->indexes.insert(table->indexes.begin(), std::move(index));
    } else {
      table->indexes.push_back(std::move(index));
    }
  }
  table->storage = MakeDescriptor(*table, 1);

  RETURN_IF_ERROR(impl_->WriteName(txn, schema_oid, name, {kRelkindTable, table->oid, table->oid}));
  for (const auto& index : table->indexes) {
    RETURN_IF_ERROR(impl_->WriteName(txn, schema_oid, index.name, {kRelkindIndex, index.oid, table->oid}));
  }
  RETURN_IF_ERROR(impl_->WriteTable(txn, *table, 1));
  return std::shared_ptr<const Table>(std::move(table));
}

Status Catalog::DropTable(storage::Transaction* txn, std::string_view schema_name, std::string_view table_name,
                          bool if_exists, Status* notice) {
  assert(txn != nullptr);
  auto schema = impl_->SchemaOfName(txn, schema_name, table_name);
  if (!schema.ok()) {
    if (!if_exists) return schema.TakeStatus();
    if (notice != nullptr) {
      *notice = Status::Error(sqlstate::kSuccessfulCompletion,
                              "schema \"" + std::string(schema_name) + "\" does not exist, skipping");
    }
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, *schema, table_name));
  if (!entry) return MissingForDrop(sqlstate::kUndefinedTable, "table", table_name, if_exists, notice);
  if (entry->relkind != kRelkindTable) {
    return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(table_name) + "\" is not a table")
        .WithHint(DropHint(entry->relkind));
  }
  RETURN_IF_ERROR(txn->LockTable(entry->oid, true));
  // Sequences owned by the table's columns go with it.
  ASSIGN_OR_RETURN(auto sequences, impl_->AllSequences(txn));
  for (const auto& sequence : sequences) {
    if (sequence->owned_by_table != entry->oid) continue;
    RETURN_IF_ERROR(impl_->DeleteName(txn, sequence->schema_oid, sequence->name));
    RETURN_IF_ERROR(txn->DeleteRaw(storage::ColumnFamily::kCatalog, SequenceKey(impl_->prefix, sequence->oid)));
  }
  ASSIGN_OR_RETURN(auto table, impl_->FindTableByOid(txn, entry->oid));
  if (!table) return Status::Error(sqlstate::kDataCorrupted, "catalog name entry without table record");
  RETURN_IF_ERROR(impl_->DeleteName(txn, *schema, table_name));
  for (const auto& index : table->indexes) RETURN_IF_ERROR(impl_->DeleteName(txn, *schema, index.name));
  RETURN_IF_ERROR(txn->DeleteRaw(storage::ColumnFamily::kCatalog, TableKey(impl_->prefix, table->oid)));
  // The data goes once the DROP is committed; oids are never reused, so no
  // later table can see leftovers if this cleanup is interrupted.
  std::vector<std::pair<uint32_t, bool>> prefixes = {{table->storage->table_id, false}};
  for (const auto& index : table->storage->indexes) prefixes.emplace_back(index.index_id, true);
  Impl* impl = impl_.get();
  txn->OnCommit([impl, prefixes] { impl->DropUnusedPrefixes(prefixes); });
  return Status::Ok();
}

Result<std::shared_ptr<const Table>> Catalog::CreateIndex(storage::Transaction* txn, const IndexDefinition& definition,
                                                          Status* notice) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(auto table, LookupTable(txn, definition.schema_name, definition.table_name));
  const uint32_t schema_oid = table->schema_oid;
  std::vector<int16_t> attnums;
  for (const auto& column_name : definition.columns) {
    int position = table->FindColumn(column_name);
    if (position < 0) {
      return Status::Error(sqlstate::kUndefinedColumn, "column \"" + column_name + "\" does not exist");
    }
    attnums.push_back(static_cast<int16_t>(position + 1));
  }
  std::string index_name;
  if (definition.name) {
    index_name = *definition.name;
    ASSIGN_OR_RETURN(auto existing, impl_->LockName(txn, schema_oid, index_name));
    if (existing) {
      if (!definition.if_not_exists) {
        return Status::Error(sqlstate::kDuplicateTable, "relation \"" + index_name + "\" already exists");
      }
      if (notice != nullptr) {
        *notice = Status::Error(sqlstate::kDuplicateTable, "relation \"" + index_name + "\" already exists, skipping");
      }
      return table;
    }
  } else {
    ASSIGN_OR_RETURN(index_name, impl_->ChooseRelationName(txn, table->name, IndexNameAddition(definition.columns),
                                                           "idx", schema_oid, false, {}, {}));
    ASSIGN_OR_RETURN(auto existing, impl_->LockName(txn, schema_oid, index_name));
    if (existing) return Status::Error(sqlstate::kDuplicateTable, "relation \"" + index_name + "\" already exists");
  }
  RETURN_IF_ERROR(txn->LockTable(table->oid, true));
  // Re-read under the lock: the table may have changed since the lookup.
  ASSIGN_OR_RETURN(auto current, impl_->FindTableByOid(txn, table->oid));
  if (!current) return Status::Error(sqlstate::kUndefinedTable, "relation \"" + definition.table_name + "\" does not exist");
  auto updated = std::make_shared<Table>(*current);
  Index index;
  ASSIGN_OR_RETURN(index.oid, impl_->AllocateOid());
  index.name = index_name;
  index.attnums = std::move(attnums);
  index.unique = definition.unique;
  updated->indexes.push_back(index);
  const uint32_t schema_version = current->storage->schema_version + 1;
  updated->storage = MakeDescriptor(*updated, schema_version);
  RETURN_IF_ERROR(txn->BuildIndex(*updated->storage, updated->storage->indexes.back()));
  RETURN_IF_ERROR(impl_->WriteName(txn, schema_oid, index_name, {kRelkindIndex, index.oid, updated->oid}));
  RETURN_IF_ERROR(impl_->WriteTable(txn, *updated, schema_version));
  return std::shared_ptr<const Table>(std::move(updated));
}

Status Catalog::DropIndex(storage::Transaction* txn, std::string_view schema_name, std::string_view index_name,
                          bool if_exists, Status* notice) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(uint32_t schema_oid, impl_->SchemaOfName(txn, schema_name, index_name));
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, schema_oid, index_name));
  if (!entry) return MissingForDrop(sqlstate::kUndefinedObject, "index", index_name, if_exists, notice);
  if (entry->relkind != kRelkindIndex) {
    return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(index_name) + "\" is not an index")
        .WithHint("Use DROP TABLE to remove a table.");
  }
  RETURN_IF_ERROR(txn->LockTable(entry->table_oid, true));
  ASSIGN_OR_RETURN(auto table, impl_->FindTableByOid(txn, entry->table_oid));
  if (!table) return Status::Error(sqlstate::kDataCorrupted, "index name entry without table record");
  auto updated = std::make_shared<Table>(*table);
  auto it = std::find_if(updated->indexes.begin(), updated->indexes.end(),
                         [&](const Index& index) { return index.oid == entry->oid; });
  if (it == updated->indexes.end()) return Status::Error(sqlstate::kDataCorrupted, "index missing from its table");
  if (it->is_constraint) {
    return Status::Error("2BP01", "cannot drop index " + it->name + " because constraint " + it->name + " on table " +
                                      table->name + " requires it")
        .WithHint("You can drop constraint " + it->name + " on table " + table->name + " instead.");
  }
  const uint32_t index_oid = it->oid;
  updated->indexes.erase(it);
  RETURN_IF_ERROR(impl_->DeleteName(txn, schema_oid, index_name));
  RETURN_IF_ERROR(impl_->WriteTable(txn, *updated, table->storage->schema_version + 1));
  Impl* impl = impl_.get();
  txn->OnCommit([impl, index_oid] { impl->DropUnusedPrefixes({{index_oid, true}}); });
  return Status::Ok();
}

Status Catalog::TruncateTable(storage::Transaction* txn, const Table& table) {
  assert(txn != nullptr);
  return txn->Truncate(*table.storage);
}

// ---------------------------------------------------------------------------
// Views

Result<std::shared_ptr<const View>> Catalog::CreateView(storage::Transaction* txn, const ViewDefinition& definition) {
  assert(txn != nullptr);
  const std::string& name = definition.name;
  ASSIGN_OR_RETURN(uint32_t schema_oid, CreationSchema(txn, definition.schema_name, name));
  if (definition.columns.size() > kMaxColumns) return Status::Error("54011", "tables can have at most 1600 columns");
  ASSIGN_OR_RETURN(auto existing, impl_->LockName(txn, schema_oid, name));
  std::shared_ptr<const View> old;
  if (existing) {
    if (!definition.replace) return Status::Error(sqlstate::kDuplicateTable, "relation \"" + name + "\" already exists");
    if (existing->relkind != kRelkindView) {
      return Status::Error(sqlstate::kWrongObjectType, "\"" + name + "\" is not a view");
    }
    ASSIGN_OR_RETURN(old, impl_->FindViewByOid(txn, existing->oid));
    if (!old) return Status::Error(sqlstate::kDataCorrupted, "catalog name entry without view record");
    if (definition.columns.size() < old->columns.size()) {
      return Status::Error(sqlstate::kInvalidTableDefinition, "cannot drop columns from view");
    }
    for (size_t i = 0; i < old->columns.size(); ++i) {
      const ViewColumn& before = old->columns[i];
      const ViewColumn& after = definition.columns[i];
      if (before.name != after.name) {
        return Status::Error(sqlstate::kInvalidTableDefinition,
                             "cannot change name of view column \"" + before.name + "\" to \"" + after.name + "\"")
            .WithHint("Use ALTER VIEW ... RENAME COLUMN ... to change name of view column instead.");
      }
      if (before.type.oid != after.type.oid || before.type.typmod != after.type.typmod) {
        return Status::Error(sqlstate::kInvalidTableDefinition,
                             "cannot change data type of view column \"" + before.name + "\" from " +
                                 types::FormatType(before.type) + " to " + types::FormatType(after.type));
      }
    }
  }
  for (size_t i = 0; i < definition.columns.size(); ++i) {
    for (size_t j = 0; j < i; ++j) {
      if (definition.columns[j].name == definition.columns[i].name) {
        return Status::Error(sqlstate::kDuplicateColumn,
                             "column \"" + definition.columns[i].name + "\" specified more than once");
      }
    }
  }
  auto view = std::make_shared<View>();
  if (old) {
    view->oid = old->oid;
    view->owner_oid = old->owner_oid;
  } else {
    ASSIGN_OR_RETURN(view->oid, impl_->AllocateOid());
  }
  view->schema_oid = schema_oid;
  ASSIGN_OR_RETURN(view->schema_name, impl_->SchemaNameOf(txn, schema_oid));
  view->name = name;
  view->query = definition.query;
  view->columns = definition.columns;
  view->depends_on = definition.depends_on;
  view->search_path = definition.search_path;
  view->schemas = definition.schemas;
  view->check_option = definition.check_option;
  impl_->WatchCommit(txn);
  if (!old) RETURN_IF_ERROR(impl_->WriteName(txn, schema_oid, name, {kRelkindView, view->oid, view->oid}));
  RETURN_IF_ERROR(txn->PutRaw(storage::ColumnFamily::kCatalog, ViewKey(impl_->prefix, view->oid), EncodeView(*view)));
  return std::shared_ptr<const View>(std::move(view));
}

Status Catalog::DropView(storage::Transaction* txn, std::string_view schema_name, std::string_view view_name,
                         bool if_exists, Status* notice) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(uint32_t schema_oid, impl_->SchemaOfName(txn, schema_name, view_name));
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, schema_oid, view_name));
  if (!entry) return MissingForDrop(sqlstate::kUndefinedTable, "view", view_name, if_exists, notice);
  if (entry->relkind != kRelkindView) {
    return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(view_name) + "\" is not a view")
        .WithHint(DropHint(entry->relkind));
  }
  impl_->WatchCommit(txn);
  RETURN_IF_ERROR(impl_->DeleteName(txn, schema_oid, view_name));
  return txn->DeleteRaw(storage::ColumnFamily::kCatalog, ViewKey(impl_->prefix, entry->oid));
}

Result<std::shared_ptr<const View>> Catalog::LookupView(storage::Transaction* txn, std::string_view schema_name,
                                                        std::string_view view_name) const {
  auto schema = impl_->SchemaOfName(txn, schema_name, view_name);
  if (!schema.ok()) return std::shared_ptr<const View>();
  uint32_t schema_oid = *schema;
  ASSIGN_OR_RETURN(auto entry, impl_->FindName(txn, schema_oid, view_name));
  if (!entry || entry->relkind != kRelkindView) return std::shared_ptr<const View>();
  ASSIGN_OR_RETURN(auto view, impl_->FindViewByOid(txn, entry->oid));
  if (!view) return Status::Error(sqlstate::kDataCorrupted, "catalog name entry without view record");
  return view;
}

Status Catalog::RenameView(storage::Transaction* txn, const View& view, std::string_view new_name) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(auto current, impl_->LockName(txn, view.schema_oid, view.name));
  if (!current || current->oid != view.oid) {
    return Status::Error(sqlstate::kUndefinedTable, "relation \"" + view.name + "\" does not exist");
  }
  ASSIGN_OR_RETURN(auto taken, impl_->LockName(txn, view.schema_oid, new_name));
  if (taken) {
    return Status::Error(sqlstate::kDuplicateTable, "relation \"" + std::string(new_name) + "\" already exists");
  }
  View renamed = view;
  renamed.name = std::string(new_name);
  RETURN_IF_ERROR(impl_->DeleteName(txn, view.schema_oid, view.name));
  RETURN_IF_ERROR(impl_->WriteName(txn, view.schema_oid, new_name, *current));
  return txn->PutRaw(storage::ColumnFamily::kCatalog, ViewKey(impl_->prefix, view.oid), EncodeView(renamed));
}

std::vector<std::shared_ptr<const View>> Catalog::ListViews(storage::Transaction* txn) const {
  auto views = impl_->AllViews(txn);
  return views.ok() ? *views : std::vector<std::shared_ptr<const View>>();
}

// ---------------------------------------------------------------------------
// Sequences

Result<std::shared_ptr<const Sequence>> Catalog::CreateSequence(storage::Transaction* txn,
                                                                const SequenceDefinition& definition, Status* notice) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(uint32_t schema_oid, CreationSchema(txn, definition.schema_name, definition.name));
  ASSIGN_OR_RETURN(auto existing, impl_->LockName(txn, schema_oid, definition.name));
  if (existing) {
    if (!definition.if_not_exists) {
      return Status::Error(sqlstate::kDuplicateTable, "relation \"" + definition.name + "\" already exists");
    }
    if (notice != nullptr) {
      *notice =
          Status::Error(sqlstate::kDuplicateTable, "relation \"" + definition.name + "\" already exists, skipping");
    }
    if (existing->relkind == kRelkindSequence) return impl_->FindSequenceByOid(txn, existing->oid);
    return std::shared_ptr<const Sequence>();
  }
  return impl_->WriteNewSequence(txn, schema_oid, definition.name, definition, 0, 0);
}

Status Catalog::DropSequence(storage::Transaction* txn, std::string_view schema_name, std::string_view sequence_name,
                             bool if_exists, Status* notice) {
  assert(txn != nullptr);
  ASSIGN_OR_RETURN(uint32_t schema_oid, impl_->SchemaOfName(txn, schema_name, sequence_name));
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, schema_oid, sequence_name));
  if (!entry) return MissingForDrop(sqlstate::kUndefinedTable, "sequence", sequence_name, if_exists, notice);
  if (entry->relkind != kRelkindSequence) {
    return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(sequence_name) + "\" is not a sequence")
        .WithHint(DropHint(entry->relkind));
  }
  ASSIGN_OR_RETURN(auto sequence, impl_->FindSequenceByOid(txn, entry->oid));
  if (!sequence) return Status::Error(sqlstate::kDataCorrupted, "catalog name entry without sequence record");
  if (sequence->owned_by_table != 0) {
    auto table = impl_->FindTableByOid(txn, sequence->owned_by_table);
    if (table.ok() && *table) {
      const Table& owner = **table;
      std::string column = owner.columns[sequence->owned_by_attnum - 1].name;
      return Status::Error("2BP01", "cannot drop sequence " + sequence->name + " because other objects depend on it")
          .WithDetail("default value for column " + column + " of table " + owner.name + " depends on sequence " +
                      sequence->name)
          .WithHint("Use DROP ... CASCADE to drop the dependent objects too.");
    }
  }
  RETURN_IF_ERROR(impl_->DeleteName(txn, schema_oid, sequence_name));
  return txn->DeleteRaw(storage::ColumnFamily::kCatalog, SequenceKey(impl_->prefix, sequence->oid));
}

Result<std::shared_ptr<const Sequence>> Catalog::LookupSequence(storage::Transaction* txn,
                                                                std::string_view schema_name,
                                                                std::string_view sequence_name) const {
  auto not_found = [&] {
    std::string shown = schema_name.empty() ? std::string(sequence_name)
                                            : std::string(schema_name) + "." + std::string(sequence_name);
    return Status::Error(sqlstate::kUndefinedTable, "relation \"" + shown + "\" does not exist");
  };
  // regclass input: a missing schema is 3F000 (a missing relation 42P01).
  ASSIGN_OR_RETURN(uint32_t schema_oid, impl_->SchemaOfName(txn, schema_name, sequence_name));
  ASSIGN_OR_RETURN(auto entry, impl_->FindName(txn, schema_oid, sequence_name));
  if (!entry) return not_found();
  if (entry->relkind != kRelkindSequence) {
    return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(sequence_name) + "\" is not a sequence");
  }
  ASSIGN_OR_RETURN(auto sequence, impl_->FindSequenceByOid(txn, entry->oid));
  if (!sequence) return Status::Error(sqlstate::kDataCorrupted, "catalog name entry without sequence record");
  return sequence;
}

Result<int64_t> Catalog::NextVal(const Sequence& sequence) {
  std::lock_guard<std::mutex> guard(impl_->sequence_mutex);
  SequenceState& state = impl_->sequence_states[sequence.oid];
  if (!state.loaded) {
    state.loaded = true;
    // First use in this process: the persisted state, or the start value.
    std::string record;
    ASSIGN_OR_RETURN(bool found, impl_->db->GetMeta(SequenceStateKey(sequence.oid), &record));
    if (found && record.size() == 9) {
      std::memcpy(&state.last_value, record.data(), 8);
      state.is_called = record[8] != 0;
      state.logged = true;
      state.logged_until = state.last_value;
    } else {
      state.last_value = sequence.start;
      state.is_called = false;
    }
  }
  int64_t next = state.last_value;
  if (state.is_called) {
    __int128 candidate = static_cast<__int128>(state.last_value) + sequence.increment;
    if (candidate > sequence.max_value || candidate < sequence.min_value) {
      if (!sequence.cycle) {
        bool up = sequence.increment > 0;
        return Status::Error("2200H", std::string("nextval: reached ") + (up ? "maximum" : "minimum") +
                                          " value of sequence \"" + sequence.name + "\" (" +
                                          std::to_string(up ? sequence.max_value : sequence.min_value) + ")");
      }
      candidate = sequence.increment > 0 ? sequence.min_value : sequence.max_value;
    }
    next = static_cast<int64_t>(candidate);
  }
  const bool up = sequence.increment > 0;
  if (!state.logged || (up ? next >= state.logged_until : next <= state.logged_until)) {
    __int128 ahead = static_cast<__int128>(next) + static_cast<__int128>(sequence.increment) * kSequenceLogAhead;
    ahead = std::clamp<__int128>(ahead, sequence.min_value, sequence.max_value);
    RETURN_IF_ERROR(impl_->PersistSequenceState(sequence.oid, static_cast<int64_t>(ahead), true));
    state.logged = true;
    state.logged_until = static_cast<int64_t>(ahead);
  }
  state.last_value = next;
  state.is_called = true;
  return next;
}

Status Catalog::SetVal(const Sequence& sequence, int64_t value, bool is_called) {
  if (value < sequence.min_value || value > sequence.max_value) {
    return Status::Error(sqlstate::kNumericValueOutOfRange,
                         "setval: value " + std::to_string(value) + " is out of bounds for sequence \"" +
                             sequence.name + "\" (" + std::to_string(sequence.min_value) + ".." +
                             std::to_string(sequence.max_value) + ")");
  }
  std::lock_guard<std::mutex> guard(impl_->sequence_mutex);
  RETURN_IF_ERROR(impl_->PersistSequenceState(sequence.oid, value, is_called));
  SequenceState& state = impl_->sequence_states[sequence.oid];
  state.loaded = true;
  state.last_value = value;
  state.is_called = is_called;
  state.logged = true;
  state.logged_until = value;
  return Status::Ok();
}

}  // namespace augur::catalog

// ---------------------------------------------------------------------------
// ALTER TABLE support

namespace augur::catalog {

Result<std::shared_ptr<const Table>> Catalog::LockTableForAlter(storage::Transaction* txn,
                                                                std::string_view schema_name,
                                                                std::string_view table_name) {
  assert(txn != nullptr);
  auto not_found = [&] {
    std::string shown = schema_name.empty() ? std::string(table_name)
                                            : std::string(schema_name) + "." + std::string(table_name);
    return Status::Error(sqlstate::kUndefinedTable, "relation \"" + shown + "\" does not exist");
  };
  auto schema = impl_->SchemaOfName(txn, schema_name, table_name);
  if (!schema.ok()) return not_found();
  uint32_t schema_oid = *schema;
  ASSIGN_OR_RETURN(auto entry, impl_->LockName(txn, schema_oid, table_name));
  if (!entry) return not_found();
  if (entry->relkind != kRelkindTable) {
    return Status::Error(sqlstate::kWrongObjectType, "\"" + std::string(table_name) + "\" is not a table");
  }
  RETURN_IF_ERROR(txn->LockTable(entry->oid, true));
  // The latest committed record (plus this transaction's own changes): the
  // committed cache may not be refreshed yet right after a concurrent DDL
  // released the lock.
  std::string value;
  ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, TableKey(impl_->prefix, entry->oid), &value));
  if (!found) return not_found();
  ASSIGN_OR_RETURN(auto table, DecodeTable(value));
  return impl_->NamedThrough(txn, std::move(table));
}

Result<std::shared_ptr<const Table>> Catalog::LockTableForAlterByOid(storage::Transaction* txn, uint32_t table_oid) {
  assert(txn != nullptr);
  RETURN_IF_ERROR(txn->LockTable(table_oid, true));
  std::string value;
  ASSIGN_OR_RETURN(bool found,
                   txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, TableKey(impl_->prefix, table_oid), &value));
  if (!found) return std::shared_ptr<const Table>();
  ASSIGN_OR_RETURN(auto table, DecodeTable(value));
  return impl_->NamedThrough(txn, std::move(table));
}

std::vector<std::pair<std::shared_ptr<const Table>, const ForeignKey*>> Catalog::ReferencingForeignKeys(
    storage::Transaction* txn, uint32_t table_oid) const {
  std::vector<std::pair<std::shared_ptr<const Table>, const ForeignKey*>> out;
  auto tables = impl_->AllTables(txn);
  if (!tables.ok()) return out;
  for (const auto& table : *tables) {
    for (const auto& fk : table->foreign_keys) {
      if (fk.referenced_table_oid == table_oid) out.emplace_back(table, &fk);
    }
  }
  return out;
}

Result<bool> Catalog::ConstraintNameInUse(storage::Transaction* txn, uint32_t schema_oid, std::string_view name) {
  ASSIGN_OR_RETURN(std::set<std::string> names, impl_->ConstraintNames(txn, schema_oid));
  return names.count(std::string(name)) != 0;
}

Result<bool> Catalog::RelationNameInUse(storage::Transaction* txn, uint32_t schema_oid, std::string_view name) {
  ASSIGN_OR_RETURN(auto entry, impl_->FindName(txn, schema_oid, name));
  return entry.has_value();
}

Result<std::string> Catalog::ChooseConstraintName(storage::Transaction* txn, uint32_t schema_oid,
                                                  std::string_view table_name, std::string_view column_part,
                                                  std::string_view label, const std::vector<std::string>& taken) {
  ASSIGN_OR_RETURN(std::set<std::string> names, impl_->ConstraintNames(txn, schema_oid));
  std::set<std::string> taken_set(taken.begin(), taken.end());
  return impl_->ChooseRelationName(txn, table_name, column_part, label, schema_oid, true, names, taken_set);
}

Result<std::shared_ptr<const Sequence>> Catalog::CreateOwnedSequence(
    storage::Transaction* txn, uint32_t schema_oid, std::string_view table_name, uint32_t table_oid,
    std::string_view column_name, int16_t attnum, types::SqlType type, const SequenceDefinition* options,
    const std::vector<std::string>& taken) {
  if (options != nullptr && type.oid != types::kInt2Oid && type.oid != types::kInt4Oid &&
      type.oid != types::kInt8Oid) {
    return Status::Error(sqlstate::kInvalidParameterValue, "identity column type must be smallint, integer, or bigint");
  }
  std::set<std::string> taken_set(taken.begin(), taken.end());
  taken_set.insert(std::string(table_name));
  ASSIGN_OR_RETURN(std::string sequence_name,
                   impl_->ChooseRelationName(txn, table_name, column_name, "seq", schema_oid, false, {}, taken_set));
  SequenceDefinition definition;
  if (options != nullptr) definition = *options;
  definition.type = type;
  return impl_->WriteNewSequence(txn, schema_oid, sequence_name, definition, table_oid, attnum);
}

Status Catalog::SetSequenceOwner(storage::Transaction* txn, const Sequence& sequence, uint32_t table_oid,
                                 int16_t attnum) {
  Sequence owned = sequence;
  owned.owned_by_table = table_oid;
  owned.owned_by_attnum = attnum;
  impl_->WatchCommit(txn);
  RETURN_IF_ERROR(impl_->WriteName(txn, owned.schema_oid, owned.name, {kRelkindSequence, owned.oid, table_oid}));
  return txn->PutRaw(storage::ColumnFamily::kCatalog, SequenceKey(impl_->prefix, owned.oid), EncodeSequence(owned));
}

Result<std::vector<std::shared_ptr<const Sequence>>> Catalog::OwnedSequences(storage::Transaction* txn,
                                                                               uint32_t table_oid) {
  ASSIGN_OR_RETURN(auto sequences, impl_->AllSequences(txn));
  std::vector<std::shared_ptr<const Sequence>> owned;
  for (auto& sequence : sequences) {
    if (sequence->owned_by_table == table_oid) owned.push_back(std::move(sequence));
  }
  return owned;
}

Result<std::shared_ptr<const Table>> Catalog::ReplaceTable(storage::Transaction* txn, const Table& current,
                                                           Table updated, const std::vector<int>& old_position_of,
                                                           bool rewrite) {
  assert(txn != nullptr);
  assert(updated.oid == current.oid);
  assert(old_position_of.size() == updated.columns.size());
  const uint32_t schema_oid = current.schema_oid;
  if (updated.columns.size() > kMaxColumns) return Status::Error("54011", "tables can have at most 1600 columns");
  impl_->WatchCommit(txn);
  for (size_t i = 0; i < updated.columns.size(); ++i) updated.columns[i].attnum = static_cast<int16_t>(i + 1);

  // RENAME TO moves the relation's name entry.
  if (updated.name != current.name) {
    ASSIGN_OR_RETURN(auto existing, impl_->LockName(txn, schema_oid, updated.name));
    if (existing) return Status::Error(sqlstate::kDuplicateTable, "relation \"" + updated.name + "\" already exists");
    RETURN_IF_ERROR(impl_->DeleteName(txn, schema_oid, current.name));
    RETURN_IF_ERROR(impl_->WriteName(txn, schema_oid, updated.name, {kRelkindTable, updated.oid, updated.oid}));
  }

  // Owned sequences follow their column or go with it.
  ASSIGN_OR_RETURN(auto sequences, OwnedSequences(txn, current.oid));
  for (const auto& sequence : sequences) {
    int new_position = -1;
    for (size_t i = 0; i < old_position_of.size(); ++i) {
      if (old_position_of[i] == sequence->owned_by_attnum - 1) new_position = static_cast<int>(i);
    }
    if (new_position < 0) {
      RETURN_IF_ERROR(impl_->DeleteName(txn, sequence->schema_oid, sequence->name));
      RETURN_IF_ERROR(txn->DeleteRaw(storage::ColumnFamily::kCatalog, SequenceKey(impl_->prefix, sequence->oid)));
    } else if (new_position + 1 != sequence->owned_by_attnum) {
      Sequence moved = *sequence;
      moved.owned_by_attnum = static_cast<int16_t>(new_position + 1);
      RETURN_IF_ERROR(txn->PutRaw(storage::ColumnFamily::kCatalog, SequenceKey(impl_->prefix, moved.oid), EncodeSequence(moved)));
    }
  }

  // Indexes: kept ones keep oid and storage (unless the table is rewritten);
  // the others lose their name entry first, so a replacement may reuse it.
  std::vector<std::pair<uint32_t, bool>> abandoned;
  auto kept = [&](const Index& index) { return index.oid != 0 && !rewrite; };
  for (const Index& old_index : current.indexes) {
    const Index* still = nullptr;
    for (const Index& index : updated.indexes) {
      if (index.oid == old_index.oid && kept(index)) still = &index;
    }
    if (still != nullptr && still->name == old_index.name) continue;
    RETURN_IF_ERROR(impl_->DeleteName(txn, schema_oid, old_index.name));
    if (still == nullptr && !old_index.primary) abandoned.emplace_back(old_index.oid, true);
  }
  std::vector<uint32_t> to_build;
  for (Index& index : updated.indexes) {
    const Index* old_index = nullptr;
    for (const Index& candidate : current.indexes) {
      if (candidate.oid == index.oid && index.oid != 0) old_index = &candidate;
    }
    bool keep = kept(index) && old_index != nullptr;
    if (keep && old_index->name == index.name) continue;
    ASSIGN_OR_RETURN(auto clash, impl_->LockName(txn, schema_oid, index.name));
    if (clash) return Status::Error(sqlstate::kDuplicateTable, "relation \"" + index.name + "\" already exists");
    if (!keep) {
      ASSIGN_OR_RETURN(index.oid, impl_->AllocateOid());
      if (!rewrite) {
        if (index.primary) return Status::Internal("a new primary key needs a table rewrite");
        to_build.push_back(index.oid);
      }
    }
    RETURN_IF_ERROR(impl_->WriteName(txn, schema_oid, index.name, {kRelkindIndex, index.oid, updated.oid}));
  }
  std::stable_partition(updated.indexes.begin(), updated.indexes.end(), [](const Index& i) { return i.primary; });
  updated.hidden_row_id = updated.primary_key() == nullptr;

  // Foreign keys: new ones get an oid; references to this table's columns
  // follow the columns' new positions.
  std::vector<int16_t> new_attnum_of(current.columns.size() + 1, 0);  // old attnum -> new attnum (0 = dropped)
  bool renumbered = false;
  for (size_t i = 0; i < old_position_of.size(); ++i) {
    if (old_position_of[i] >= 0) new_attnum_of[old_position_of[i] + 1] = static_cast<int16_t>(i + 1);
  }
  for (size_t a = 1; a < new_attnum_of.size(); ++a) renumbered = renumbered || new_attnum_of[a] != static_cast<int16_t>(a);
  auto remap = [&](std::vector<int16_t>* attnums) -> Status {
    for (int16_t& attnum : *attnums) {
      if (attnum < 1 || static_cast<size_t>(attnum) >= new_attnum_of.size() || new_attnum_of[attnum] == 0) {
        return Status::Internal("a column referenced by a foreign key was dropped");
      }
      attnum = new_attnum_of[attnum];
    }
    return Status::Ok();
  };
  for (ForeignKey& fk : updated.foreign_keys) {
    if (fk.oid == 0) {
      ASSIGN_OR_RETURN(fk.oid, impl_->AllocateOid());
    } else if (renumbered && fk.referenced_table_oid == updated.oid) {
      RETURN_IF_ERROR(remap(&fk.referenced_attnums));
    }
  }
  if (renumbered) {
    std::set<uint32_t> rewritten;
    for (const auto& [other, fk] : ReferencingForeignKeys(txn, current.oid)) {
      if (other->oid == current.oid || !rewritten.insert(other->oid).second) continue;
      std::string record;
      ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog,
                                                         TableKey(impl_->prefix, other->oid), &record));
      if (!found) continue;
      ASSIGN_OR_RETURN(auto stored, DecodeTable(record));
      Table referencing = *stored;
      for (ForeignKey& other_fk : referencing.foreign_keys) {
        if (other_fk.referenced_table_oid == current.oid) RETURN_IF_ERROR(remap(&other_fk.referenced_attnums));
      }
      RETURN_IF_ERROR(impl_->WriteTable(txn, referencing, stored->storage->schema_version));
    }
  }

  if (rewrite) {
    abandoned.emplace_back(current.storage->table_id, false);
    ASSIGN_OR_RETURN(updated.storage_id, impl_->AllocateOid());
  } else {
    updated.storage_id = current.storage->table_id;
  }
  const uint32_t schema_version = current.storage->schema_version + 1;
  updated.storage = MakeDescriptor(updated, schema_version);
  for (uint32_t oid : to_build) {
    for (const auto& index : updated.storage->indexes) {
      if (index.index_id == oid) RETURN_IF_ERROR(txn->BuildIndex(*updated.storage, index));
    }
  }
  RETURN_IF_ERROR(impl_->WriteTable(txn, updated, schema_version));
  if (!abandoned.empty()) {
    Impl* impl = impl_.get();
    txn->OnCommit([impl, abandoned] { impl->DropUnusedPrefixes(abandoned); });
  }
  return std::shared_ptr<const Table>(std::make_shared<Table>(std::move(updated)));
}

Status Catalog::SetComment(storage::Transaction* txn, const Table& table, int16_t attnum,
                           std::optional<std::string> comment) {
  assert(txn != nullptr);
  std::string value;
  ASSIGN_OR_RETURN(bool found, txn->GetRawForUpdate(storage::ColumnFamily::kCatalog, TableKey(impl_->prefix, table.oid), &value));
  if (!found) return Status::Error(sqlstate::kUndefinedTable, "relation \"" + table.name + "\" does not exist");
  ASSIGN_OR_RETURN(auto stored, DecodeTable(value));
  Table updated = *stored;
  if (attnum == 0) {
    updated.comment = std::move(comment);
  } else {
    if (attnum < 1 || static_cast<size_t>(attnum) > updated.columns.size()) {
      return Status::Internal("comment on a column that does not exist");
    }
    updated.columns[attnum - 1].comment = std::move(comment);
  }
  return impl_->WriteTable(txn, updated, stored->storage->schema_version);
}

Result<std::pair<int64_t, bool>> Catalog::ReadSequenceState(const Sequence& sequence) {
  std::lock_guard<std::mutex> guard(impl_->sequence_mutex);
  auto it = impl_->sequence_states.find(sequence.oid);
  if (it != impl_->sequence_states.end() && it->second.loaded) {
    return std::make_pair(it->second.last_value, it->second.is_called);
  }
  std::string record;
  ASSIGN_OR_RETURN(bool found, impl_->db->GetMeta(SequenceStateKey(sequence.oid), &record));
  if (found && record.size() == 9) {
    int64_t last_value = 0;
    std::memcpy(&last_value, record.data(), 8);
    return std::make_pair(last_value, record[8] != 0);
  }
  return std::make_pair(sequence.start, false);
}

}  // namespace augur::catalog
