// Views: relations defined by a SELECT stored as SQL text and expanded by
// the binder like a derived table (FROM (SELECT ...) AS name) each time a
// statement names them. Design: docs/catalog.md ("Views").
//
// The built-in views are the information_schema relations: augurdb's own
// SQL over the pg_catalog relations (sql/system_catalog.h), compiled into
// the binary (information_schema.cc). Each declares its output columns
// with PostgreSQL 15's names and the base types of PostgreSQL's domains
// (sql_identifier → name, character_data → varchar, cardinal_number →
// int4, yes_or_no → varchar(3)): RowDescription carries a domain's base
// type, so clients see the same types as on PostgreSQL.
//
// Thread-safety: the definitions are immutable; ViewParseTree() parses a
// view's text once per process (thread-safe) and the tree is immutable.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "catalog/catalog.h"
#include "common/status.h"
#include "sql/parse_tree.h"
#include "types/type.h"

namespace augur::sql {

inline constexpr uint32_t kInformationSchemaNamespaceOid = catalog::kInformationSchemaNamespaceOid;

struct ViewColumn {
  std::string_view name;
  types::SqlType type;
};

struct BuiltinView {
  uint32_t oid = 0;  // PostgreSQL 15's pg_class oid of the view
  std::string_view name;
  std::vector<ViewColumn> columns;
  std::string_view sql;  // one SELECT whose i-th output becomes columns[i]
};

// The views of schema information_schema.
const std::vector<BuiltinView>& InformationSchemaViews();
const BuiltinView* FindInformationSchemaView(std::string_view name);
const BuiltinView* FindInformationSchemaView(uint32_t oid);

// The SelectStmt node of `view`'s text, parsed on first use.
Result<PgNode> ViewSelect(const BuiltinView& view);

}  // namespace augur::sql
