// The pg_catalog relations: PostgreSQL 15's column names and types (taken
// from a PostgreSQL 15 server's pg_attribute) and the row builders that
// compute their rows from a CatalogSnapshot. See docs/catalog.md for what
// each relation contains and which are always empty.
#include <algorithm>
#include <cstring>
#include <set>

#include "sql/settings.h"
#include "sql/system_catalog.h"
#include "sql/views.h"
#include "types/array.h"

namespace augur::sql {

using types::SqlType;
using types::Value;
namespace t = types;

namespace {

constexpr uint32_t kXidOid = 28;
constexpr uint32_t kCharArrayOid = 1002;
constexpr uint32_t kInt2ArrayOid = 1005;
constexpr uint32_t kTextArrayOid = 1009;
constexpr uint32_t kOidArrayOid = 1028;
constexpr uint32_t kRegtypeArrayOid = 2211;
constexpr uint32_t kInt2VectorOid = t::kInt2VectorOid;
constexpr uint32_t kOidVectorOid = t::kOidVectorOid;
constexpr uint32_t kPgNodeTreeOid = t::kPgNodeTreeOid;
constexpr uint32_t kRegtypeOid = t::kRegtypeOid;
using t::kBoolOid, t::kByteaOid, t::kCharOid, t::kNameOid, t::kInt8Oid, t::kInt2Oid, t::kInt4Oid, t::kRegprocOid,
    t::kTextOid, t::kOidOid, t::kFloat4Oid, t::kTimestampTzOid;

constexpr SqlType T(uint32_t oid) { return SqlType::Of(oid); }

// ---- Value helpers.
Value Name(std::string_view s) { return Value::Bytes(T(kNameOid), std::string(s)); }
Value Text(std::string_view s) { return Value::Text(std::string(s)); }
Value Oid(uint32_t x) { return Value::Oid(x); }
Value Reg(uint32_t type, uint32_t x) { return Value::FromInt64(T(type), x); }
Value Bool(bool b) { return Value::Bool(b); }
Value Char(char c) { return Value::Char(c); }
Value Int2(int64_t x) { return Value::Int2(static_cast<int16_t>(x)); }
Value Int4(int64_t x) { return Value::Int4(static_cast<int32_t>(x)); }
Value Int8(int64_t x) { return Value::Int8(x); }

Value Vector16(uint32_t vector_oid, const std::vector<int16_t>& values) {
  t::ArrayContents contents;
  contents.element_type = T(kInt2Oid);
  contents.lower_bound = vector_oid == kInt2VectorOid ? 0 : 1;
  for (int16_t v : values) contents.elements.push_back(Value::Int2(v));
  return t::MakeArrayValue(T(vector_oid), contents);
}
Value OidVector(uint32_t vector_oid, const std::vector<uint32_t>& values) {
  t::ArrayContents contents;
  contents.element_type = T(kOidOid);
  contents.lower_bound = vector_oid == kOidVectorOid ? 0 : 1;
  for (uint32_t v : values) contents.elements.push_back(Value::Oid(v));
  return t::MakeArrayValue(T(vector_oid), contents);
}
Value RegtypeArray(const std::vector<uint32_t>& types) {
  t::ArrayContents contents;
  contents.element_type = T(kRegtypeOid);
  for (uint32_t type : types) contents.elements.push_back(Reg(kRegtypeOid, type));
  return t::MakeArrayValue(T(kRegtypeArrayOid), contents);
}
Value TextArray(const std::vector<std::string>& values) {
  t::ArrayContents contents;
  contents.element_type = T(kTextOid);
  for (const auto& v : values) contents.elements.push_back(Value::Text(v));
  return t::MakeArrayValue(T(kTextArrayOid), contents);
}

// ---- Built-in types (pg_type rows, from PostgreSQL 15's postgres.bki).
struct TypeRow {
  uint32_t oid;
  const char* name;
  int16_t len;
  bool byval;
  char type;
  char category;
  bool preferred;
  char delim;
  uint32_t elem;
  uint32_t array;
  uint32_t input, output, receive, send, modin, modout;
  char align;
  char storage;
  uint32_t collation;
};
constexpr TypeRow kTypeRows[] = {
#include "sql/system_types.inc"
};

// ---- Functions (pg_proc rows: the ones issue 3 names and the types' I/O
// functions, from a PostgreSQL 15 server).
struct ProcRow {
  uint32_t oid;
  const char* name;
  uint32_t lang;
  float cost;
  float rows;
  char kind;
  bool strict;
  bool retset;
  char volatility;
  char parallel;
  int16_t nargs;
  uint32_t rettype;
  const char* argtypes;  // oidvector text
  const char* argnames;  // text[] text or ""
  const char* src;
};
constexpr ProcRow kProcRows[] = {
#include "sql/system_procs.inc"
};

// proargnames of a row ("{a,b}" text; empty when the row has none).
std::vector<std::string> ArgumentNames(const ProcRow& proc) {
  std::vector<std::string> names;
  std::string_view text(proc.argnames);
  if (text.size() < 2) return names;
  text.remove_prefix(1);
  text.remove_suffix(1);
  size_t start = 0;
  while (start <= text.size()) {
    size_t comma = text.find(',', start);
    if (comma == std::string_view::npos) comma = text.size();
    names.emplace_back(text.substr(start, comma - start));
    start = comma + 1;
  }
  return names;
}

std::vector<uint32_t> ParseOids(std::string_view text) {
  std::vector<uint32_t> out;
  uint32_t v = 0;
  bool any = false;
  for (char c : text) {
    if (c >= '0' && c <= '9') {
      v = v * 10 + static_cast<uint32_t>(c - '0');
      any = true;
    } else if (any) {
      out.push_back(v);
      v = 0;
      any = false;
    }
  }
  if (any) out.push_back(v);
  return out;
}

}  // namespace


// ---------------------------------------------------------------------------
// SystemRows

SystemRows::SystemRows(const SystemRelation& relation) : relation_(relation) {}

void SystemRows::Begin() {
  std::vector<Value> row;
  row.reserve(relation_.columns.size());
  for (const auto& column : relation_.columns) {
    switch (column.type.oid) {
      case kBoolOid: row.push_back(Bool(false)); break;
      case kInt2Oid: row.push_back(Int2(0)); break;
      case kInt4Oid: row.push_back(Int4(0)); break;
      case kInt8Oid: row.push_back(Int8(0)); break;
      case kFloat4Oid: row.push_back(Value::Float4(0)); break;
      case kOidOid: case kRegprocOid: case kXidOid: case kRegtypeOid:
        row.push_back(Value::FromInt64(column.type, 0));
        break;
      default: row.push_back(Value::Null(column.type)); break;
    }
  }
  rows.push_back(std::move(row));
}

void SystemRows::Set(std::string_view column, Value value) {
  for (size_t i = 0; i < relation_.columns.size(); ++i) {
    if (relation_.columns[i].name != column) continue;
    SqlType type = relation_.columns[i].type;
    if (!value.is_null() && value.type() != type) value.Relabel(type);
    if (value.is_null()) value = Value::Null(type);
    rows.back()[i] = std::move(value);
    return;
  }
  assert(false && "unknown system column");
}

namespace {

// ---------------------------------------------------------------------------
// Row builders.

void Build_pg_namespace(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& schema : s.schemas) {
    r.Begin();
    r.Set("oid", Oid(schema.oid));
    r.Set("nspname", Name(schema.name));
    // PostgreSQL 15: public belongs to pg_database_owner.
    r.Set("nspowner", Oid(schema.oid == catalog::kPublicNamespaceOid ? kDatabaseOwnerRoleOid : schema.owner_oid));
  }
}

const TypeRow* TypeRowOf(uint32_t oid) {
  for (const TypeRow& row : kTypeRows) {
    if (row.oid == oid) return &row;
  }
  return nullptr;
}

bool IsSharedRelation(std::string_view name) {
  return name == "pg_database" || name == "pg_authid" || name == "pg_auth_members" || name == "pg_tablespace" ||
         name == "pg_shdescription";
}

void Build_pg_class(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  // relhastriggers: PostgreSQL's foreign keys are triggers on both tables
  // (psql's \d lists them only when it is set).
  std::set<uint32_t> with_foreign_keys;
  for (const auto& table : s.tables) {
    for (const auto& fk : table->foreign_keys) {
      with_foreign_keys.insert(table->oid);
      with_foreign_keys.insert(fk.referenced_table_oid);
    }
  }
  for (const auto& [oid, rel] : s.relations) {
    r.Begin();
    r.Set("oid", Oid(oid));
    r.Set("relname", Name(rel.name));
    r.Set("relnamespace", Oid(rel.schema_oid));
    r.Set("relowner", Oid(catalog::kPostgresRoleOid));
    r.Set("relkind", Char(rel.relkind));
    r.Set("relpersistence", Char(catalog::IsTempSchemaName(s.SchemaName(rel.schema_oid).value_or("")) ? 't' : 'p'));
    r.Set("relispopulated", Bool(true));
    r.Set("reltuples", Value::Float4(-1));
    r.Set("relreplident", Char(rel.relkind == 'r' ? 'd' : 'n'));
    if (rel.system != nullptr) {
      bool shared = IsSharedRelation(rel.name);
      r.Set("relam", Oid(rel.relkind == 'r' ? kHeapAmOid : 0));
      r.Set("relnatts", Int2(static_cast<int64_t>(rel.system->columns.size())));
      r.Set("relisshared", Bool(shared));
      r.Set("reltablespace", Oid(shared ? 1664 : 0));
      r.Set("relhasindex", Bool(rel.relkind == 'r'));
      r.Set("relfilenode", Oid(rel.relkind == 'r' ? oid : 0));
    } else if (rel.view != nullptr) {
      r.Set("relnatts", Int2(static_cast<int64_t>(rel.view->columns.size())));
    } else if (rel.user_view != nullptr) {
      r.Set("relnatts", Int2(static_cast<int64_t>(rel.user_view->columns.size())));
      r.Set("relowner", Oid(rel.user_view->owner_oid));
      if (rel.user_view->check_option != 0) {
        r.Set("reloptions",
              TextArray({rel.user_view->check_option == 'c' ? "check_option=cascaded" : "check_option=local"}));
      }
    } else if (rel.relkind == 'r') {
      const auto& table = *rel.table;
      r.Set("relam", Oid(kHeapAmOid));
      r.Set("relfilenode", Oid(table.storage_id));
      r.Set("relnatts", Int2(static_cast<int64_t>(table.columns.size())));
      r.Set("relchecks", Int2(static_cast<int64_t>(table.checks.size())));
      r.Set("relhasindex", Bool(!table.indexes.empty()));
      r.Set("relhastriggers", Bool(with_foreign_keys.count(oid) != 0));
      r.Set("relowner", Oid(table.owner_oid));
    } else if (rel.relkind == 'i') {
      r.Set("relam", Oid(kBtreeAmOid));
      r.Set("relfilenode", Oid(oid));
      r.Set("relnatts", Int2(static_cast<int64_t>(rel.index->attnums.size())));
      r.Set("reltuples", Value::Float4(0));
      r.Set("relowner", Oid(rel.table->owner_oid));
    } else if (rel.relkind == 'S') {
      r.Set("relfilenode", Oid(oid));
      r.Set("relnatts", Int2(3));
      r.Set("reltuples", Value::Float4(1));
    }
  }
}

// One pg_attribute row.
void AttributeRow(SystemRows& r, uint32_t relid, std::string_view name, SqlType type, int16_t attnum,
                  bool not_null, bool has_default, char identity) {
  r.Begin();
  const TypeRow* info = TypeRowOf(type.oid);
  r.Set("attrelid", Oid(relid));
  r.Set("attname", Name(name));
  r.Set("atttypid", Oid(type.oid));
  r.Set("attstattarget", Int4(-1));
  r.Set("attlen", Int2(info ? info->len : -1));
  r.Set("attnum", Int2(attnum));
  r.Set("attndims", Int4(t::IsArrayOid(type.oid) && !t::IsVectorOid(type.oid) ? 1 : 0));
  r.Set("attcacheoff", Int4(-1));
  r.Set("atttypmod", Int4(type.typmod));
  r.Set("attbyval", Bool(info ? info->byval : false));
  r.Set("attalign", Char(info ? info->align : 'i'));
  r.Set("attstorage", Char(info ? info->storage : 'p'));
  r.Set("attcompression", Char('\0'));
  r.Set("attnotnull", Bool(not_null));
  r.Set("atthasdef", Bool(has_default));
  r.Set("attidentity", Char(identity));
  r.Set("attgenerated", Char('\0'));
  r.Set("attislocal", Bool(true));
  r.Set("attcollation", Oid(info ? info->collation : 0));
}

void Build_pg_attribute(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& [oid, rel] : s.relations) {
    if (rel.system != nullptr) {
      int16_t attnum = 0;
      for (const auto& column : rel.system->columns) {
        AttributeRow(r, oid, column.name, column.type, ++attnum, rel.relkind == 'r', false, '\0');
      }
    } else if (rel.view != nullptr) {
      int16_t attnum = 0;
      for (const auto& column : rel.view->columns) {
        AttributeRow(r, oid, column.name, column.type, ++attnum, false, false, '\0');
      }
    } else if (rel.user_view != nullptr) {
      int16_t attnum = 0;
      for (const auto& column : rel.user_view->columns) {
        AttributeRow(r, oid, column.name, column.type, ++attnum, false, false, '\0');
      }
    } else if (rel.relkind == 'r') {
      for (const auto& column : rel.table->columns) {
        // An identity column's nextval() is not a default in PostgreSQL (no pg_attrdef row).
        AttributeRow(r, oid, column.name, column.type, column.attnum, column.not_null,
                     column.default_sql.has_value() && column.identity == 0, column.identity);
      }
    } else if (rel.relkind == 'i') {
      int16_t attnum = 0;
      for (int16_t key : rel.index->attnums) {
        const auto& column = rel.table->columns[key - 1];
        AttributeRow(r, oid, column.name, column.type, ++attnum, false, false, '\0');
      }
    } else if (rel.relkind == 'S') {
      AttributeRow(r, oid, "last_value", T(kInt8Oid), 1, true, false, '\0');
      AttributeRow(r, oid, "log_cnt", T(kInt8Oid), 2, true, false, '\0');
      AttributeRow(r, oid, "is_called", T(kBoolOid), 3, true, false, '\0');
    }
  }
}

void Build_pg_type(const CatalogSnapshot&, exec::ExecContext&, SystemRows& r) {
  for (const TypeRow& type : kTypeRows) {
    r.Begin();
    r.Set("oid", Oid(type.oid));
    r.Set("typname", Name(type.name));
    r.Set("typnamespace", Oid(catalog::kPgCatalogNamespaceOid));
    r.Set("typowner", Oid(catalog::kPostgresRoleOid));
    r.Set("typlen", Int2(type.len));
    r.Set("typbyval", Bool(type.byval));
    r.Set("typtype", Char(type.type));
    r.Set("typcategory", Char(type.category));
    r.Set("typispreferred", Bool(type.preferred));
    r.Set("typisdefined", Bool(true));
    r.Set("typdelim", Char(type.delim));
    r.Set("typsubscript", Reg(kRegprocOid, type.elem != 0 && type.category == 'A' ? 6179 : 0));
    r.Set("typelem", Oid(type.elem));
    r.Set("typarray", Oid(type.array));
    r.Set("typinput", Reg(kRegprocOid, type.input));
    r.Set("typoutput", Reg(kRegprocOid, type.output));
    r.Set("typreceive", Reg(kRegprocOid, type.receive));
    r.Set("typsend", Reg(kRegprocOid, type.send));
    r.Set("typmodin", Reg(kRegprocOid, type.modin));
    r.Set("typmodout", Reg(kRegprocOid, type.modout));
    r.Set("typalign", Char(type.align));
    r.Set("typstorage", Char(type.storage));
    r.Set("typtypmod", Int4(-1));
    r.Set("typcollation", Oid(type.collation));
  }
}

void Build_pg_index(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& table : s.tables) {
    for (const auto& index : table->indexes) {
      r.Begin();
      r.Set("indexrelid", Oid(index.oid));
      r.Set("indrelid", Oid(table->oid));
      r.Set("indnatts", Int2(static_cast<int64_t>(index.attnums.size())));
      r.Set("indnkeyatts", Int2(static_cast<int64_t>(index.attnums.size())));
      r.Set("indisunique", Bool(index.unique || index.primary));
      r.Set("indisprimary", Bool(index.primary));
      r.Set("indimmediate", Bool(true));
      r.Set("indisvalid", Bool(true));
      r.Set("indisready", Bool(true));
      r.Set("indislive", Bool(true));
      std::vector<uint32_t> collations, classes;
      std::vector<int16_t> options;
      for (int16_t key : index.attnums) {
        const TypeRow* info = TypeRowOf(table->columns[key - 1].type.oid);
        collations.push_back(info ? info->collation : 0);
        classes.push_back(0);
        options.push_back(0);
      }
      r.Set("indkey", Vector16(kInt2VectorOid, index.attnums));
      r.Set("indcollation", OidVector(kOidVectorOid, collations));
      r.Set("indclass", OidVector(kOidVectorOid, classes));
      r.Set("indoption", Vector16(kInt2VectorOid, options));
    }
  }
}

void ConstraintCommon(SystemRows& r, uint32_t oid, std::string_view name, const catalog::Table& table, char type) {
  r.Begin();
  r.Set("oid", Oid(oid));
  r.Set("conname", Name(name));
  r.Set("connamespace", Oid(table.schema_oid));
  r.Set("contype", Char(type));
  r.Set("convalidated", Bool(true));
  r.Set("conrelid", Oid(table.oid));
  r.Set("confupdtype", Char(' '));
  r.Set("confdeltype", Char(' '));
  r.Set("confmatchtype", Char(' '));
  r.Set("conislocal", Bool(true));
  r.Set("connoinherit", Bool(type == 'p' || type == 'u'));
}

// pg_operator oid of "=" for two values of `type` (0 if not listed).
uint32_t EqualityOperatorOid(uint32_t type) {
  switch (type) {
    case types::kBoolOid: return 91;
    case types::kInt2Oid: return 94;
    case types::kInt4Oid: return 96;
    case types::kInt8Oid: return 410;
    case types::kTextOid: return 98;
    case types::kVarcharOid: return 98;
    case types::kBpcharOid: return 1054;
    case types::kFloat4Oid: return 620;
    case types::kFloat8Oid: return 670;
    case types::kNumericOid: return 1752;
    case types::kDateOid: return 1093;
    case types::kTimestampOid: return 2060;
    case types::kTimestampTzOid: return 1320;
    case types::kUuidOid: return 2972;
    case types::kByteaOid: return 1955;
    default: return 0;
  }
}

void Build_pg_constraint(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& table : s.tables) {
    for (const auto& index : table->indexes) {
      if (!index.primary && !index.is_constraint) continue;
      ConstraintCommon(r, index.oid, index.name, *table, index.primary ? 'p' : 'u');
      r.Set("conindid", Oid(index.oid));
      r.Set("conkey", Vector16(kInt2ArrayOid, index.attnums));
    }
    for (const auto& check : table->checks) {
      ConstraintCommon(r, CheckConstraintOid(table->oid, check.name), check.name, *table, 'c');
      r.Set("conkey", Vector16(kInt2ArrayOid, CheckColumns(*s.catalog, *table, check.expression_sql)));
      r.Set("conbin", Value::Bytes(T(kPgNodeTreeOid), check.expression_sql));
    }
    for (const auto& fk : table->foreign_keys) {
      ConstraintCommon(r, fk.oid, fk.name, *table, 'f');
      r.Set("convalidated", Bool(fk.validated));
      r.Set("condeferrable", Bool(fk.deferrable));
      r.Set("condeferred", Bool(fk.initially_deferred));
      r.Set("confrelid", Oid(fk.referenced_table_oid));
      r.Set("confupdtype", Char(fk.update_action));
      r.Set("confdeltype", Char(fk.delete_action));
      r.Set("confmatchtype", Char(fk.match_type));
      r.Set("connoinherit", Bool(true));
      r.Set("conkey", Vector16(kInt2ArrayOid, fk.attnums));
      r.Set("confkey", Vector16(kInt2ArrayOid, fk.referenced_attnums));
      if (!fk.delete_set_attnums.empty()) r.Set("confdelsetcols", Vector16(kInt2ArrayOid, fk.delete_set_attnums));
      // conpfeqop/conppeqop/conffeqop: the "=" operators (same-type ones only;
      // a cross-type pair is left NULL).
      std::vector<uint32_t> pf, pp, ff;
      const catalog::Table* referenced_table = nullptr;
      for (const auto& candidate : s.tables) {
        if (candidate->oid == fk.referenced_table_oid) referenced_table = candidate.get();
      }
      bool all_known = referenced_table != nullptr;
      for (size_t i = 0; all_known && i < fk.attnums.size(); ++i) {
        uint32_t fk_type = table->columns[fk.attnums[i] - 1].type.oid;
        uint32_t pk_type = referenced_table->columns[fk.referenced_attnums[i] - 1].type.oid;
        uint32_t op = EqualityOperatorOid(pk_type);
        all_known = op != 0 && (fk_type == pk_type || (pk_type == types::kTextOid && fk_type == types::kVarcharOid));
        pf.push_back(op);
        pp.push_back(op);
        ff.push_back(op);
      }
      if (all_known) {
        r.Set("conpfeqop", OidVector(kOidArrayOid, pf));
        r.Set("conppeqop", OidVector(kOidArrayOid, pp));
        r.Set("conffeqop", OidVector(kOidArrayOid, ff));
      }
      // conindid: the referenced table's unique index over the referenced
      // columns (the primary key first, as PostgreSQL picks it).
      for (const auto& referenced : s.tables) {
        if (referenced->oid != fk.referenced_table_oid) continue;
        std::vector<int16_t> wanted = fk.referenced_attnums;
        std::sort(wanted.begin(), wanted.end());
        for (const auto& index : referenced->indexes) {
          std::vector<int16_t> have = index.attnums;
          std::sort(have.begin(), have.end());
          if ((index.unique || index.primary) && have == wanted) {
            r.Set("conindid", Oid(index.oid));
            break;
          }
        }
      }
    }
  }
}

void Build_pg_attrdef(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& table : s.tables) {
    for (const auto& column : table->columns) {
      if (!column.default_sql || column.identity != 0) continue;
      r.Begin();
      r.Set("oid", Oid(AttrDefOid(table->oid, column.attnum)));
      r.Set("adrelid", Oid(table->oid));
      r.Set("adnum", Int2(column.attnum));
      r.Set("adbin", Value::Bytes(T(kPgNodeTreeOid), *column.default_sql));
    }
  }
}

void Build_pg_description(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  constexpr uint32_t kPgClassOid = 1259;
  for (const auto& table : s.tables) {
    if (table->comment) {
      r.Begin();
      r.Set("objoid", Oid(table->oid));
      r.Set("classoid", Oid(kPgClassOid));
      r.Set("objsubid", Int4(0));
      r.Set("description", Text(*table->comment));
    }
    for (const auto& column : table->columns) {
      if (!column.comment) continue;
      r.Begin();
      r.Set("objoid", Oid(table->oid));
      r.Set("classoid", Oid(kPgClassOid));
      r.Set("objsubid", Int4(column.attnum));
      r.Set("description", Text(*column.comment));
    }
  }
}

void Build_pg_database(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& database : s.databases) {
    r.Begin();
    r.Set("oid", Oid(database.oid));
    r.Set("datname", Name(database.name));
    r.Set("datdba", Oid(database.owner_oid));
    r.Set("encoding", Int4(6));  // UTF8
    r.Set("datlocprovider", Char('c'));
    r.Set("datistemplate", Bool(database.is_template));
    r.Set("datallowconn", Bool(database.allow_connections));
    r.Set("datconnlimit", Int4(-1));
    r.Set("dattablespace", Oid(kDefaultTablespaceOid));
    r.Set("datcollate", Text(database.collate));
    r.Set("datctype", Text(database.collate));
    if (database.is_template) {
      // initdb revokes CONNECT and TEMPORARY from PUBLIC on the templates.
      std::string owner = s.RoleName(database.owner_oid).value_or(std::to_string(database.owner_oid));
      r.Set("datacl", TextArray({"=c/" + owner, owner + "=CTc/" + owner}));
    }
  }
}

// Every role of the catalog, plus pg_database_owner (owner of public).
std::vector<catalog::RoleInfo> AllRoles(const CatalogSnapshot& s) {
  std::vector<catalog::RoleInfo> roles = s.roles;
  bool owner_listed = false;
  for (const auto& role : roles) owner_listed |= role.oid == kDatabaseOwnerRoleOid;
  if (!owner_listed) {
    catalog::RoleInfo owner;
    owner.oid = kDatabaseOwnerRoleOid;
    owner.name = "pg_database_owner";
    owner.can_login = false;
    roles.push_back(std::move(owner));
  }
  return roles;
}

Value ValidUntil(const catalog::RoleInfo& role) {
  if (!role.valid_until) return Value::Null(T(kTimestampTzOid));
  return Value::TimestampTz(*role.valid_until);
}

// Columns pg_roles and pg_authid share.
void RoleColumns(SystemRows& r, const catalog::RoleInfo& role) {
  r.Set("oid", Oid(role.oid));
  r.Set("rolname", Name(role.name));
  r.Set("rolsuper", Bool(role.superuser));
  r.Set("rolinherit", Bool(role.inherit));
  r.Set("rolcreaterole", Bool(role.create_role));
  r.Set("rolcreatedb", Bool(role.create_db));
  r.Set("rolcanlogin", Bool(role.can_login));
  r.Set("rolreplication", Bool(role.replication));
  r.Set("rolbypassrls", Bool(role.bypass_rls));
  r.Set("rolconnlimit", Int4(role.connection_limit));
  r.Set("rolvaliduntil", ValidUntil(role));
}

void Build_pg_roles(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& role : AllRoles(s)) {
    r.Begin();
    RoleColumns(r, role);
    r.Set("rolpassword", Text("********"));
  }
}

// rolpassword stays NULL: the stored verifiers are never shown.
void Build_pg_authid(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& role : AllRoles(s)) {
    r.Begin();
    RoleColumns(r, role);
  }
}

void Build_pg_user(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& role : AllRoles(s)) {
    if (!role.can_login) continue;
    r.Begin();
    r.Set("usename", Name(role.name));
    r.Set("usesysid", Oid(role.oid));
    r.Set("usecreatedb", Bool(role.create_db));
    r.Set("usesuper", Bool(role.superuser));
    r.Set("userepl", Bool(role.replication));
    r.Set("usebypassrls", Bool(role.bypass_rls));
    r.Set("passwd", Text("********"));
    r.Set("valuntil", ValidUntil(role));
  }
}

void Build_pg_am(const CatalogSnapshot&, exec::ExecContext&, SystemRows& r) {
  r.Begin();
  r.Set("oid", Oid(kHeapAmOid));
  r.Set("amname", Name("heap"));
  r.Set("amhandler", Reg(kRegprocOid, 3));
  r.Set("amtype", Char('t'));
  r.Begin();
  r.Set("oid", Oid(kBtreeAmOid));
  r.Set("amname", Name("btree"));
  r.Set("amhandler", Reg(kRegprocOid, 330));
  r.Set("amtype", Char('i'));
}

// The built-in languages every PostgreSQL database has (pg_proc.prolang);
// no PL/pgSQL: augurdb runs no procedural code.
void Build_pg_language(const CatalogSnapshot&, exec::ExecContext&, SystemRows& r) {
  struct Language {
    uint32_t oid;
    const char* name;
    bool trusted;
    uint32_t validator;
  };
  for (const Language& language : {Language{12, "internal", false, 2246}, Language{13, "c", false, 2247},
                                   Language{14, "sql", true, 2248}}) {
    r.Begin();
    r.Set("oid", Oid(language.oid));
    r.Set("lanname", Name(language.name));
    r.Set("lanowner", Oid(catalog::kPostgresRoleOid));
    r.Set("lanispl", Bool(false));
    r.Set("lanpltrusted", Bool(language.trusted));
    r.Set("lanplcallfoid", Oid(0));
    r.Set("laninline", Oid(0));
    r.Set("lanvalidator", Oid(language.validator));
  }
}

void Build_pg_proc(const CatalogSnapshot&, exec::ExecContext&, SystemRows& r) {
  for (const ProcRow& proc : kProcRows) {
    r.Begin();
    r.Set("oid", Oid(proc.oid));
    r.Set("proname", Name(proc.name));
    r.Set("pronamespace", Oid(catalog::kPgCatalogNamespaceOid));
    r.Set("proowner", Oid(catalog::kPostgresRoleOid));
    r.Set("prolang", Oid(proc.lang));
    r.Set("procost", Value::Float4(proc.cost));
    r.Set("prorows", Value::Float4(proc.rows));
    r.Set("prokind", Char(proc.kind));
    r.Set("proisstrict", Bool(proc.strict));
    r.Set("proretset", Bool(proc.retset));
    r.Set("provolatile", Char(proc.volatility));
    r.Set("proparallel", Char(proc.parallel));
    r.Set("pronargs", Int2(proc.nargs));
    r.Set("prorettype", Oid(proc.rettype));
    r.Set("proargtypes", OidVector(kOidVectorOid, ParseOids(proc.argtypes)));
    if (proc.argnames[0] != '\0') r.Set("proargnames", TextArray(ArgumentNames(proc)));
    r.Set("prosrc", Text(proc.src));
  }
}

const char* ContextName(SettingContext context) {
  switch (context) {
    case SettingContext::kInternal: return "internal";
    case SettingContext::kPostmaster: return "postmaster";
    case SettingContext::kSighup: return "sighup";
    case SettingContext::kSuperuser: return "superuser";
    case SettingContext::kBackend: return "backend";
    case SettingContext::kUser: return "user";
  }
  return "user";
}

const char* TypeNameOf(SettingType type) {
  switch (type) {
    case SettingType::kBool: return "bool";
    case SettingType::kInt: return "integer";
    case SettingType::kReal: return "real";
    case SettingType::kString: return "string";
    case SettingType::kEnum: return "enum";
  }
  return "string";
}

// pg_settings.setting: integers in the unit's base, without the unit.
std::string SettingColumn(const SettingDefinition& definition, const std::string& shown) {
  if (definition.type == SettingType::kInt) {
    int64_t value = SettingIntValue(definition, shown);
    if (definition.unit == "8kB") value /= 8;
    return std::to_string(value);
  }
  return shown;
}

void Build_pg_settings(const CatalogSnapshot&, exec::ExecContext& context, SystemRows& r) {
  for (const SettingDefinition& definition : AllSettings()) {
    if (!definition.show_all) continue;
    std::string shown(definition.boot_value);
    if (context.session != nullptr) {
      auto value = context.session->GetSetting(definition.name, true);
      if (value.ok() && *value) shown = **value;
    }
    r.Begin();
    r.Set("name", Text(definition.name));
    r.Set("setting", Text(SettingColumn(definition, shown)));
    if (!definition.unit.empty()) r.Set("unit", Text(definition.unit));
    r.Set("category", Text(definition.category));
    r.Set("short_desc", Text(definition.description));
    r.Set("context", Text(ContextName(definition.context)));
    r.Set("vartype", Text(TypeNameOf(definition.type)));
    bool is_default = shown == definition.boot_value;
    r.Set("source", Text(is_default ? "default" : "session"));
    if (definition.type == SettingType::kInt) {
      r.Set("min_val", Text(std::to_string(definition.min)));
      r.Set("max_val", Text(std::to_string(definition.max)));
    } else if (definition.type == SettingType::kReal) {
      r.Set("min_val", Text(std::to_string(definition.real_min)));
      r.Set("max_val", Text(std::to_string(definition.real_max)));
    }
    if (definition.type == SettingType::kEnum) {
      std::vector<std::string> values(definition.enum_values.begin(), definition.enum_values.end());
      r.Set("enumvals", TextArray(values));
    }
    r.Set("boot_val", Text(SettingColumn(definition, std::string(definition.boot_value))));
    r.Set("reset_val", Text(SettingColumn(definition, shown)));
    r.Set("pending_restart", Bool(false));
  }
}

void Build_pg_stat_activity(const CatalogSnapshot& s, exec::ExecContext& context, SystemRows& r) {
  r.Begin();
  uint32_t database_oid = s.catalog->database_oid();
  r.Set("datid", Oid(database_oid));
  for (const auto& database : s.databases) {
    if (database.oid == database_oid) r.Set("datname", Name(database.name));
  }
  std::string user = "postgres";
  std::string application;
  if (context.session != nullptr) {
    r.Set("pid", Int4(context.session->BackendPid()));
    auto u = context.session->GetSetting("session_authorization", true);
    if (u.ok() && *u) user = **u;
    auto a = context.session->GetSetting("application_name", true);
    if (a.ok() && *a) application = **a;
  }
  uint32_t user_oid = catalog::kPostgresRoleOid;
  for (const auto& role : s.roles) {
    if (role.name == user) user_oid = role.oid;
  }
  r.Set("usesysid", Oid(user_oid));
  r.Set("usename", Name(user));
  r.Set("application_name", Text(application));
  r.Set("state", Text("active"));
  r.Set("backend_type", Text("client backend"));
  for (const char* column : {"leader_pid", "client_port", "backend_xid", "backend_xmin", "query_id"}) {
    r.Set(column, Value());
  }
}

// The session's named prepared statements (Parse messages and SQL PREPARE).
// Plans are always kept, so every Bind or EXECUTE counts as a generic plan.
void Build_pg_prepared_statements(const CatalogSnapshot&, exec::ExecContext& context, SystemRows& r) {
  if (context.session == nullptr) return;
  for (const exec::PreparedStatementRow& statement : context.session->PreparedStatements()) {
    r.Begin();
    r.Set("name", Text(statement.name));
    r.Set("statement", Text(statement.statement));
    r.Set("prepare_time", Value::TimestampTz(statement.prepare_time_us));
    r.Set("parameter_types", RegtypeArray(statement.parameter_types));
    r.Set("from_sql", Bool(statement.from_sql));
    r.Set("generic_plans", Int8(statement.executions));
    r.Set("custom_plans", Int8(0));
  }
}

void Build_pg_collation(const CatalogSnapshot&, exec::ExecContext&, SystemRows& r) {
  struct Row {
    uint32_t oid;
    const char* name;
    char provider;
    const char* collate;
  };
  for (const Row& row : {Row{kDefaultCollationOid, "default", 'd', nullptr}, Row{kCCollationOid, "C", 'c', "C"},
                         Row{951, "POSIX", 'c', "POSIX"}}) {
    r.Begin();
    r.Set("oid", Oid(row.oid));
    r.Set("collname", Name(row.name));
    r.Set("collnamespace", Oid(catalog::kPgCatalogNamespaceOid));
    r.Set("collowner", Oid(catalog::kPostgresRoleOid));
    r.Set("collprovider", Char(row.provider));
    r.Set("collisdeterministic", Bool(true));
    r.Set("collencoding", Int4(-1));
    if (row.collate) {
      r.Set("collcollate", Text(row.collate));
      r.Set("collctype", Text(row.collate));
    }
  }
}

void Build_pg_tablespace(const CatalogSnapshot&, exec::ExecContext&, SystemRows& r) {
  r.Begin();
  r.Set("oid", Oid(kDefaultTablespaceOid));
  r.Set("spcname", Name("pg_default"));
  r.Set("spcowner", Oid(catalog::kPostgresRoleOid));
  r.Begin();
  r.Set("oid", Oid(1664));
  r.Set("spcname", Name("pg_global"));
  r.Set("spcowner", Oid(catalog::kPostgresRoleOid));
}

void Build_pg_sequence(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& seq : s.sequences) {
    r.Begin();
    r.Set("seqrelid", Oid(seq->oid));
    r.Set("seqtypid", Oid(seq->type.oid));
    r.Set("seqstart", Int8(seq->start));
    r.Set("seqincrement", Int8(seq->increment));
    r.Set("seqmax", Int8(seq->max_value));
    r.Set("seqmin", Int8(seq->min_value));
    r.Set("seqcache", Int8(1));
    r.Set("seqcycle", Bool(seq->cycle));
  }
}

void Build_pg_sequences(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& seq : s.sequences) {
    r.Begin();
    r.Set("schemaname", Name(seq->schema_name));
    r.Set("sequencename", Name(seq->name));
    r.Set("sequenceowner", Name("postgres"));
    r.Set("data_type", Reg(kRegtypeOid, seq->type.oid));
    r.Set("start_value", Int8(seq->start));
    r.Set("min_value", Int8(seq->min_value));
    r.Set("max_value", Int8(seq->max_value));
    r.Set("increment_by", Int8(seq->increment));
    r.Set("cycle", Bool(seq->cycle));
    r.Set("cache_size", Int8(1));
    r.Set("last_value", Value::Null(T(kInt8Oid)));
  }
}

void Build_pg_tables(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& [oid, rel] : s.relations) {
    if (rel.relkind != 'r') continue;
    r.Begin();
    r.Set("schemaname", Name(s.SchemaName(rel.schema_oid).value_or("")));
    r.Set("tablename", Name(rel.name));
    r.Set("tableowner", Name("postgres"));
    r.Set("hasindexes", Bool(rel.system ? true : !rel.table->indexes.empty()));
  }
}

// Views with a definition: information_schema's and CREATE VIEW ones (the
// pg_catalog views are computed relations here, without SQL text).
void Build_pg_views(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& [oid, rel] : s.relations) {
    if (rel.view == nullptr && rel.user_view == nullptr) continue;
    r.Begin();
    r.Set("schemaname", Name(s.SchemaName(rel.schema_oid).value_or("")));
    r.Set("viewname", Name(rel.name));
    r.Set("viewowner", Name("postgres"));
    r.Set("definition", Text(ViewDefinitionText(rel)));
  }
}

void Build_pg_indexes(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& table : s.tables) {
    for (const auto& index : table->indexes) {
      r.Begin();
      r.Set("schemaname", Name(table->schema_name));
      r.Set("tablename", Name(table->name));
      r.Set("indexname", Name(index.name));
      r.Set("indexdef", Text(IndexDefinitionText(*table, index, 0)));
    }
  }
}

// Only the dependencies clients read: a sequence owned by a column (serial:
// deptype 'a', identity: 'i'), as psql's \d and information_schema.columns
// use them.
void Build_pg_depend(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  constexpr uint32_t kPgClassOid = 1259;
  for (const auto& seq : s.sequences) {
    if (seq->owned_by_table == 0) continue;
    const RelationEntry* owner = s.FindRelation(seq->owned_by_table);
    if (owner == nullptr || owner->table == nullptr) continue;
    char deptype = 'a';
    for (const auto& column : owner->table->columns) {
      if (column.attnum == seq->owned_by_attnum && column.identity != 0) deptype = 'i';
    }
    r.Begin();
    r.Set("classid", Oid(kPgClassOid));
    r.Set("objid", Oid(seq->oid));
    r.Set("objsubid", Int4(0));
    r.Set("refclassid", Oid(kPgClassOid));
    r.Set("refobjid", Oid(seq->owned_by_table));
    r.Set("refobjsubid", Int4(seq->owned_by_attnum));
    r.Set("deptype", Char(deptype));
  }
}

void Build_empty(const CatalogSnapshot&, exec::ExecContext&, SystemRows&) {}

void Build_pg_auth_members(const CatalogSnapshot& s, exec::ExecContext&, SystemRows& r) {
  for (const auto& m : s.memberships) {
    r.Begin();
    r.Set("roleid", Oid(m.role_oid));
    r.Set("member", Oid(m.member_oid));
    r.Set("grantor", Oid(m.grantor_oid));
    r.Set("admin_option", Bool(m.admin_option));
  }
}
#define Build_pg_enum Build_empty
#define Build_pg_event_trigger Build_empty
#define Build_pg_extension Build_empty
#define Build_pg_foreign_table Build_empty
#define Build_pg_inherits Build_empty
#define Build_pg_locks Build_empty
#define Build_pg_matviews Build_empty
#define Build_pg_partitioned_table Build_empty
#define Build_pg_policy Build_empty
#define Build_pg_publication Build_empty
#define Build_pg_publication_namespace Build_empty
#define Build_pg_publication_rel Build_empty
#define Build_pg_rewrite Build_empty
#define Build_pg_shdescription Build_empty
#define Build_pg_statistic_ext Build_empty
#define Build_pg_trigger Build_empty

}  // namespace

const std::vector<SystemRelation>& SystemRelations() {
  static const auto* relations = new std::vector<SystemRelation>{
#include "sql/system_relations.inc"
  };
  return *relations;
}

const SystemRelation* FindSystemRelation(std::string_view name) {
  for (const auto& relation : SystemRelations()) {
    if (relation.name == name) return &relation;
  }
  return nullptr;
}

const SystemRelation* FindSystemRelation(uint32_t oid) {
  for (const auto& relation : SystemRelations()) {
    if (relation.oid == oid) return &relation;
  }
  return nullptr;
}

std::optional<std::string> ProcedureName(uint32_t oid) {
  switch (oid) {
    case 3: return "heap_tableam_handler";
    case 330: return "bthandler";
    case 6179: return "array_subscript_handler";
    default: break;
  }
  for (const ProcRow& proc : kProcRows) {
    if (proc.oid == oid) return std::string(proc.name);
  }
  return std::nullopt;
}

namespace {

// format_type of a pg_proc argument or result type, pseudo-types included.
std::string ProcTypeName(uint32_t oid) {
  switch (oid) {
    case 2249: return "record";
    case 2275: return "cstring";
    case 2276: return "\"any\"";
    case 2277: return "anyarray";
    case 2278: return "void";
    case 2281: return "internal";
    case 2283: return "anyelement";
    case 3614: return "tsvector";
    default: return types::FormatType(types::SqlType::Of(oid));
  }
}

}  // namespace

std::optional<std::string> FunctionSignatureText(uint32_t oid, bool result) {
  for (const ProcRow& proc : kProcRows) {
    if (proc.oid != oid) continue;
    if (result) return std::string(proc.retset ? "SETOF " : "") + ProcTypeName(proc.rettype);
    std::vector<std::string> names = ArgumentNames(proc);
    std::vector<uint32_t> types = ParseOids(proc.argtypes);
    std::string text;
    for (size_t i = 0; i < types.size(); ++i) {
      if (i > 0) text += ", ";
      if (i < names.size() && !names[i].empty()) text += names[i] + " ";
      text += ProcTypeName(types[i]);
    }
    return text;
  }
  return std::nullopt;
}

std::optional<uint32_t> ProcedureOid(std::string_view name) {
  std::optional<uint32_t> found;
  for (const ProcRow& proc : kProcRows) {
    if (proc.name == name) {
      if (found) return std::nullopt;  // ambiguous
      found = proc.oid;
    }
  }
  return found;
}

}  // namespace augur::sql
