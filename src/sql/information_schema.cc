// The information_schema views: augurdb's own SQL over pg_catalog (see
// views.h). Each SELECT yields the view's columns in order; the binder casts
// them to the declared types. The definitions follow the SQL standard's
// meaning as PostgreSQL 15 presents it (same rows for the objects augurdb
// has), simplified for what augurdb's catalog can contain: no domains, no
// typed tables, no temporary schemas, no privileges (everything is visible).
#include <map>
#include <memory>
#include <mutex>

#include "sql/views.h"

namespace augur::sql {

namespace {

using types::SqlType;

const SqlType kIdentifier = SqlType::Of(types::kNameOid);       // sql_identifier
const SqlType kCharacterData = SqlType::Of(types::kVarcharOid);  // character_data
const SqlType kCardinal = SqlType::Of(types::kInt4Oid);          // cardinal_number
const SqlType kYesOrNo{types::kVarcharOid, 7};                   // yes_or_no: varchar(3)

constexpr std::string_view kSchemataSql = R"SQL(
SELECT current_database(), n.nspname, u.rolname, NULL, NULL, NULL, NULL
FROM pg_namespace n JOIN pg_authid u ON n.nspowner = u.oid
)SQL";

constexpr std::string_view kTablesSql = R"SQL(
SELECT current_database(), nc.nspname, c.relname,
       CASE WHEN nc.oid = pg_my_temp_schema() THEN 'LOCAL TEMPORARY'
            WHEN c.relkind IN ('r', 'p') THEN 'BASE TABLE'
            WHEN c.relkind = 'v' THEN 'VIEW'
            WHEN c.relkind = 'f' THEN 'FOREIGN' END,
       NULL, NULL, NULL, NULL, NULL,
       CASE WHEN c.relkind IN ('r', 'p')
                 OR c.relkind = 'v' AND pg_relation_is_updatable(c.oid, false) & 8 = 8 THEN 'YES' ELSE 'NO' END,
       'NO', NULL
FROM pg_namespace nc JOIN pg_class c ON nc.oid = c.relnamespace
WHERE c.relkind IN ('r', 'v', 'f', 'p')
)SQL";

// Type facts as PostgreSQL's _pg_char_max_length, _pg_numeric_precision,
// ... compute them from (atttypid, atttypmod); the character octet length
// assumes UTF8 (4 bytes per character), augurdb's only encoding.
constexpr std::string_view kColumnsSql = R"SQL(
SELECT current_database(), nc.nspname, c.relname, a.attname, a.attnum,
       pg_get_expr(ad.adbin, ad.adrelid),
       CASE WHEN a.attnotnull THEN 'NO' ELSE 'YES' END,
       CASE WHEN t.typelem <> 0 AND t.typlen = -1 THEN 'ARRAY'
            WHEN nt.nspname = 'pg_catalog' OR t.oid IS NULL THEN format_type(a.atttypid, NULL)
            ELSE 'USER-DEFINED' END,
       CASE WHEN a.atttypmod = -1 THEN NULL
            WHEN a.atttypid IN (1042, 1043) THEN a.atttypmod - 4
            WHEN a.atttypid IN (1560, 1562) THEN a.atttypmod END,
       CASE WHEN a.atttypid IN (25, 1042, 1043) THEN
              CASE WHEN a.atttypmod = -1 THEN 1073741824 ELSE (a.atttypmod - 4) * 4 END END,
       CASE a.atttypid WHEN 21 THEN 16 WHEN 23 THEN 32 WHEN 20 THEN 64
            WHEN 1700 THEN CASE WHEN a.atttypmod = -1 THEN NULL ELSE ((a.atttypmod - 4) >> 16) & 65535 END
            WHEN 700 THEN 24 WHEN 701 THEN 53 END,
       CASE WHEN a.atttypid IN (21, 23, 20, 700, 701) THEN 2 WHEN a.atttypid = 1700 THEN 10 END,
       CASE WHEN a.atttypid IN (21, 23, 20) THEN 0
            WHEN a.atttypid = 1700 THEN CASE WHEN a.atttypmod = -1 THEN NULL ELSE (a.atttypmod - 4) & 65535 END END,
       CASE WHEN a.atttypid = 1082 THEN 0
            WHEN a.atttypid IN (1083, 1114, 1184, 1266) THEN CASE WHEN a.atttypmod < 0 THEN 6 ELSE a.atttypmod END
            WHEN a.atttypid = 1186 THEN
              CASE WHEN a.atttypmod < 0 OR a.atttypmod & 65535 = 65535 THEN 6 ELSE a.atttypmod & 65535 END END,
       CASE WHEN a.atttypid = 1186 AND strpos(format_type(a.atttypid, a.atttypmod), ' ') > 0
            THEN upper(substr(format_type(a.atttypid, a.atttypmod), strpos(format_type(a.atttypid, a.atttypmod), ' ') + 1)) END,
       NULL,
       NULL, NULL, NULL,
       CASE WHEN co.collname IS NOT NULL THEN current_database() END,
       CASE WHEN co.collname IS NOT NULL THEN 'pg_catalog' END,
       co.collname,
       NULL, NULL, NULL,
       current_database(), nt.nspname, t.typname,
       NULL, NULL, NULL,
       NULL,
       a.attnum::text,
       'NO',
       CASE WHEN a.attidentity IN ('a', 'd') THEN 'YES' ELSE 'NO' END,
       CASE a.attidentity WHEN 'a' THEN 'ALWAYS' WHEN 'd' THEN 'BY DEFAULT' END,
       CASE WHEN a.attidentity IN ('a', 'd') THEN seq.seqstart::text END,
       CASE WHEN a.attidentity IN ('a', 'd') THEN seq.seqincrement::text END,
       CASE WHEN a.attidentity IN ('a', 'd') THEN seq.seqmax::text END,
       CASE WHEN a.attidentity IN ('a', 'd') THEN seq.seqmin::text END,
       CASE WHEN a.attidentity IN ('a', 'd') AND seq.seqcycle THEN 'YES' ELSE 'NO' END,
       'NEVER',
       NULL,
       CASE WHEN c.relkind IN ('r', 'p') THEN 'YES' ELSE 'NO' END
FROM pg_attribute a
     JOIN pg_class c ON a.attrelid = c.oid
     JOIN pg_namespace nc ON c.relnamespace = nc.oid
     LEFT JOIN pg_attrdef ad ON a.attrelid = ad.adrelid AND a.attnum = ad.adnum
     LEFT JOIN pg_type t ON a.atttypid = t.oid
     LEFT JOIN pg_namespace nt ON t.typnamespace = nt.oid
     LEFT JOIN pg_collation co ON a.attcollation = co.oid AND co.oid <> 100
     LEFT JOIN pg_depend dep ON dep.refobjid = c.oid AND dep.refobjsubid = a.attnum AND dep.deptype = 'i'
                                AND dep.classid = 1259 AND dep.refclassid = 1259
     LEFT JOIN pg_sequence seq ON dep.objid = seq.seqrelid
WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'v', 'f', 'p')
)SQL";

constexpr std::string_view kViewsSql = R"SQL(
SELECT current_database(), nc.nspname, c.relname, pg_get_viewdef(c.oid),
       CASE WHEN 'check_option=cascaded' = ANY (c.reloptions) THEN 'CASCADED'
            WHEN 'check_option=local' = ANY (c.reloptions) THEN 'LOCAL' ELSE 'NONE' END,
       CASE WHEN pg_relation_is_updatable(c.oid, false) & 20 = 20 THEN 'YES' ELSE 'NO' END,
       CASE WHEN pg_relation_is_updatable(c.oid, false) & 8 = 8 THEN 'YES' ELSE 'NO' END,
       'NO', 'NO', 'NO'
FROM pg_namespace nc JOIN pg_class c ON c.relnamespace = nc.oid
WHERE c.relkind = 'v'
)SQL";

// One row per key column of a PRIMARY KEY, UNIQUE or FOREIGN KEY
// constraint; for a foreign key, position_in_unique_constraint is the
// referenced column's position in the referenced key (its index).
constexpr std::string_view kKeyColumnUsageSql = R"SQL(
SELECT current_database(), nc.nspname, c.conname,
       current_database(), nr.nspname, r.relname, a.attname, k.n,
       CASE WHEN c.contype = 'f' THEN
         (SELECT array_position(i.indkey::int2[], c.confkey[k.n]) - array_lower(i.indkey::int2[], 1) + 1
            FROM pg_index i WHERE i.indexrelid = c.conindid)
       END
FROM pg_constraint c
     JOIN pg_namespace nc ON nc.oid = c.connamespace
     JOIN pg_class r ON r.oid = c.conrelid
     JOIN pg_namespace nr ON nr.oid = r.relnamespace
     CROSS JOIN generate_series(1, array_length(c.conkey, 1)) AS k(n)
     JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum = c.conkey[k.n]
WHERE c.contype IN ('p', 'u', 'f') AND r.relkind IN ('r', 'p')
)SQL";

// Constraints, then PostgreSQL's pseudo CHECK constraints for NOT NULL
// columns (named <schema oid>_<table oid>_<attnum>_not_null).
constexpr std::string_view kTableConstraintsSql = R"SQL(
SELECT current_database(), nc.nspname, c.conname,
       current_database(), nr.nspname, r.relname,
       CASE c.contype WHEN 'c' THEN 'CHECK' WHEN 'f' THEN 'FOREIGN KEY'
                      WHEN 'p' THEN 'PRIMARY KEY' WHEN 'u' THEN 'UNIQUE' END,
       CASE WHEN c.condeferrable THEN 'YES' ELSE 'NO' END,
       CASE WHEN c.condeferred THEN 'YES' ELSE 'NO' END,
       'YES',
       CASE WHEN c.contype = 'u' THEN 'YES' END
FROM pg_constraint c
     JOIN pg_namespace nc ON nc.oid = c.connamespace
     JOIN pg_class r ON c.conrelid = r.oid
     JOIN pg_namespace nr ON nr.oid = r.relnamespace
WHERE c.contype NOT IN ('t', 'x') AND r.relkind IN ('r', 'p')
UNION ALL
SELECT current_database(), nr.nspname,
       nr.oid::text || '_' || r.oid::text || '_' || a.attnum::text || '_not_null',
       current_database(), nr.nspname, r.relname,
       'CHECK', 'NO', 'NO', 'YES', NULL
FROM pg_namespace nr
     JOIN pg_class r ON nr.oid = r.relnamespace
     JOIN pg_attribute a ON r.oid = a.attrelid
WHERE a.attnotnull AND a.attnum > 0 AND NOT a.attisdropped AND r.relkind IN ('r', 'p')
)SQL";

// A foreign key's unique constraint is the PRIMARY KEY / UNIQUE constraint
// of the referenced table implemented by the index the foreign key uses
// (pg_constraint.conindid).
constexpr std::string_view kReferentialConstraintsSql = R"SQL(
SELECT current_database(), ncon.nspname, con.conname,
       CASE WHEN npkc.nspname IS NULL THEN NULL ELSE current_database() END,
       npkc.nspname, pkc.conname,
       CASE con.confmatchtype WHEN 'f' THEN 'FULL' WHEN 'p' THEN 'PARTIAL' WHEN 's' THEN 'NONE' END,
       CASE con.confupdtype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'
                            WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' END,
       CASE con.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT'
                            WHEN 'r' THEN 'RESTRICT' WHEN 'a' THEN 'NO ACTION' END
FROM pg_constraint con
     JOIN pg_namespace ncon ON ncon.oid = con.connamespace
     JOIN pg_class c ON con.conrelid = c.oid
     LEFT JOIN pg_constraint pkc ON pkc.conindid = con.conindid AND pkc.conrelid = con.confrelid
                                    AND pkc.contype IN ('p', 'u')
     LEFT JOIN pg_namespace npkc ON pkc.connamespace = npkc.oid
WHERE con.contype = 'f'
)SQL";

// Columns used by constraints: a CHECK's referenced columns, a key's
// columns, and for a foreign key the referenced table's columns.
constexpr std::string_view kConstraintColumnUsageSql = R"SQL(
SELECT current_database(), nr.nspname, r.relname, a.attname,
       current_database(), nc.nspname, c.conname
FROM pg_constraint c
     JOIN pg_namespace nc ON nc.oid = c.connamespace
     JOIN pg_class r ON r.oid = CASE c.contype WHEN 'f' THEN c.confrelid ELSE c.conrelid END
     JOIN pg_namespace nr ON nr.oid = r.relnamespace
     JOIN pg_attribute a ON a.attrelid = r.oid
WHERE c.contype IN ('c', 'p', 'u', 'f') AND r.relkind IN ('r', 'p') AND NOT a.attisdropped
      AND a.attnum = ANY (CASE c.contype WHEN 'f' THEN c.confkey ELSE c.conkey END)
)SQL";

std::vector<BuiltinView>* MakeViews() {
  const SqlType I = kIdentifier, D = kCharacterData, N = kCardinal, Y = kYesOrNo;
  auto* views = new std::vector<BuiltinView>{
      {13382, "schemata",
       {{"catalog_name", I}, {"schema_name", I}, {"schema_owner", I}, {"default_character_set_catalog", I},
        {"default_character_set_schema", I}, {"default_character_set_name", I}, {"sql_path", D}},
       kSchemataSql},
      {13425, "tables",
       {{"table_catalog", I}, {"table_schema", I}, {"table_name", I}, {"table_type", D},
        {"self_referencing_column_name", I}, {"reference_generation", D}, {"user_defined_type_catalog", I},
        {"user_defined_type_schema", I}, {"user_defined_type_name", I}, {"is_insertable_into", Y},
        {"is_typed", Y}, {"commit_action", D}},
       kTablesSql},
      {13295, "columns",
       {{"table_catalog", I},          {"table_schema", I},           {"table_name", I},
        {"column_name", I},            {"ordinal_position", N},       {"column_default", D},
        {"is_nullable", Y},            {"data_type", D},              {"character_maximum_length", N},
        {"character_octet_length", N}, {"numeric_precision", N},      {"numeric_precision_radix", N},
        {"numeric_scale", N},          {"datetime_precision", N},     {"interval_type", D},
        {"interval_precision", N},     {"character_set_catalog", I},  {"character_set_schema", I},
        {"character_set_name", I},     {"collation_catalog", I},      {"collation_schema", I},
        {"collation_name", I},         {"domain_catalog", I},         {"domain_schema", I},
        {"domain_name", I},            {"udt_catalog", I},            {"udt_schema", I},
        {"udt_name", I},               {"scope_catalog", I},          {"scope_schema", I},
        {"scope_name", I},             {"maximum_cardinality", N},    {"dtd_identifier", I},
        {"is_self_referencing", Y},    {"is_identity", Y},            {"identity_generation", D},
        {"identity_start", D},         {"identity_increment", D},     {"identity_maximum", D},
        {"identity_minimum", D},       {"identity_cycle", Y},         {"is_generated", D},
        {"generation_expression", D},  {"is_updatable", Y}},
       kColumnsSql},
      {13483, "views",
       {{"table_catalog", I}, {"table_schema", I}, {"table_name", I}, {"view_definition", D}, {"check_option", D},
        {"is_updatable", Y}, {"is_insertable_into", Y}, {"is_trigger_updatable", Y}, {"is_trigger_deletable", Y},
        {"is_trigger_insertable_into", Y}},
       kViewsSql},
      {13329, "key_column_usage",
       {{"constraint_catalog", I}, {"constraint_schema", I}, {"constraint_name", I}, {"table_catalog", I},
        {"table_schema", I}, {"table_name", I}, {"column_name", I}, {"ordinal_position", N},
        {"position_in_unique_constraint", N}},
       kKeyColumnUsageSql},
      {13411, "table_constraints",
       {{"constraint_catalog", I}, {"constraint_schema", I}, {"constraint_name", I}, {"table_catalog", I},
        {"table_schema", I}, {"table_name", I}, {"constraint_type", D}, {"is_deferrable", Y},
        {"initially_deferred", Y}, {"enforced", Y}, {"nulls_distinct", Y}},
       kTableConstraintsSql},
      {13339, "referential_constraints",
       {{"constraint_catalog", I}, {"constraint_schema", I}, {"constraint_name", I},
        {"unique_constraint_catalog", I}, {"unique_constraint_schema", I}, {"unique_constraint_name", I},
        {"match_option", D}, {"update_rule", D}, {"delete_rule", D}},
       kReferentialConstraintsSql},
      {13300, "constraint_column_usage",
       {{"table_catalog", I}, {"table_schema", I}, {"table_name", I}, {"column_name", I},
        {"constraint_catalog", I}, {"constraint_schema", I}, {"constraint_name", I}},
       kConstraintColumnUsageSql},
  };
  return views;
}

}  // namespace

const std::vector<BuiltinView>& InformationSchemaViews() {
  static const std::vector<BuiltinView>* views = MakeViews();
  return *views;
}

const BuiltinView* FindInformationSchemaView(std::string_view name) {
  for (const auto& view : InformationSchemaViews()) {
    if (view.name == name) return &view;
  }
  return nullptr;
}

const BuiltinView* FindInformationSchemaView(uint32_t oid) {
  for (const auto& view : InformationSchemaViews()) {
    if (view.oid == oid) return &view;
  }
  return nullptr;
}

Result<PgNode> ViewSelect(const BuiltinView& view) {
  static std::mutex mutex;
  static auto* trees = new std::map<const BuiltinView*, std::unique_ptr<ParseTree>>();
  std::lock_guard<std::mutex> lock(mutex);
  auto it = trees->find(&view);
  if (it == trees->end()) {
    ASSIGN_OR_RETURN(auto tree, ParseTree::Parse(view.sql));
    if (tree->statements().size() != 1 || !tree->statements()[0].node.Is("SelectStmt")) {
      return Status::Internal("view " + std::string(view.name) + " is not one SELECT");
    }
    it = trees->emplace(&view, std::move(tree)).first;
  }
  return it->second->statements()[0].node;
}

}  // namespace augur::sql
