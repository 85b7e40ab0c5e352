// CREATE SCHEMA, DROP SCHEMA, ALTER SCHEMA ... RENAME TO / OWNER TO, with
// PostgreSQL 15's rules and messages (docs/catalog.md "Schemas").
#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "sql/engine_impl.h"

namespace augur::sql {
namespace {

std::string Quoted(std::string_view name) { return "\"" + std::string(name) + "\""; }

Result<catalog::RoleInfo> RoleOf(const DdlContext& context, PgNode spec) {
  std::string name = spec.Str("roletype") == "ROLESPEC_CSTRING" ? std::string(spec.Str("rolename"))
                                                                : std::string(context.session_user);
  ASSIGN_OR_RETURN(auto role, context.catalog.FindRole(context.txn, name));
  if (!role) return Status::Error(sqlstate::kUndefinedObject, "role " + Quoted(name) + " does not exist");
  return std::move(*role);
}

// The relation a schema element creates, and the order PostgreSQL runs the
// elements in (sequences, tables, views, indexes), whatever order they were
// written in.
PgNode ElementRelation(PgNode element) {
  if (element.Is("CreateStmt") || element.Is("IndexStmt")) return element.Field("relation");
  if (element.Is("ViewStmt")) return element.Field("view");
  if (element.Is("CreateSeqStmt")) return element.Field("sequence");
  return PgNode();
}

int ElementRank(PgNode element) {
  if (element.Is("CreateSeqStmt")) return 0;
  if (element.Is("CreateStmt")) return 1;
  if (element.Is("ViewStmt")) return 2;
  if (element.Is("IndexStmt")) return 3;
  return 4;
}

Status RunSchemaElement(const ParseTree& tree, PgNode element, DdlContext& context) {
  if (element.Is("CreateStmt")) return ExecuteCreateTable(tree, element, context.catalog, context.txn, context.sink);
  if (element.Is("ViewStmt")) return ExecuteCreateView(tree, element, context);
  if (element.Is("IndexStmt")) return ExecuteCreateIndex(element, context.catalog, context.txn, context.sink);
  if (element.Is("CreateSeqStmt")) return ExecuteCreateSequence(tree, element, context);
  return Status::NotSupported(UnsupportedStatementName(element.Tag()) + " in CREATE SCHEMA");
}

// A relation as PostgreSQL's messages name it: qualified unless its schema
// is on the search path.
std::string Described(std::string_view kind, std::string_view schema, std::string_view name) {
  const auto& path = catalog::ActiveSearchPath();
  bool visible = std::find(path.begin(), path.end(), schema) != path.end();
  return std::string(kind) + " " + (visible ? "" : std::string(schema) + ".") + std::string(name);
}

}  // namespace

Status ExecuteCreateSchema(const ParseTree& tree, PgNode stmt, DdlContext& context) {
  std::string name(stmt.Str("schemaname"));
  uint32_t owner = catalog::kPostgresRoleOid;
  PgNode authrole = stmt.Field("authrole");
  if (authrole) {
    ASSIGN_OR_RETURN(catalog::RoleInfo role, RoleOf(context, authrole));
    owner = role.oid;
    if (name.empty()) name = role.name;
  } else {
    ASSIGN_OR_RETURN(auto role, context.catalog.FindRole(context.txn, context.session_user));
    if (role) owner = role->oid;
  }
  if (stmt.Bool("if_not_exists")) {
    ASSIGN_OR_RETURN(auto existing, context.catalog.FindSchema(context.txn, name));
    if (existing || name == "information_schema") {
      context.sink.SendNotice("NOTICE", Status::Error("42P06", "schema " + Quoted(name) + " already exists, skipping"));
      return Status::Ok();
    }
  }
  ASSIGN_OR_RETURN(catalog::SchemaInfo schema, context.catalog.CreateSchema(context.txn, name, owner));
  std::vector<PgNode> elements = stmt.List("schemaElts");
  std::stable_sort(elements.begin(), elements.end(),
                   [](PgNode a, PgNode b) { return ElementRank(a) < ElementRank(b); });
  // Elements create in the new schema and find its relations first.
  std::vector<std::string> path = {schema.name};
  for (const auto& listed : catalog::ActiveSearchPath()) path.push_back(listed);
  catalog::ScopedSearchPath scope(&path);
  for (PgNode element : elements) {
    PgNode relation = ElementRelation(element);
    std::string_view named = relation ? relation.Str("schemaname") : std::string_view();
    if (!named.empty() && named != schema.name) {
      return Status::Error("42P15", "CREATE specifies a schema (" + std::string(named) +
                                        ") different from the one being created (" + schema.name + ")");
    }
    RETURN_IF_ERROR(RunSchemaElement(tree, element, context));
  }
  return Status::Ok();
}

Status ExecuteDropSchema(PgNode stmt, catalog::Catalog& catalog, storage::Transaction* txn, ResultSink& sink) {
  const bool cascade = stmt.Str("behavior") == "DROP_CASCADE";
  std::vector<catalog::SchemaInfo> targets;
  for (PgNode object : stmt.List("objects")) {
    std::string name(object.StringValue());
    ASSIGN_OR_RETURN(auto schema, catalog.FindSchema(txn, name));
    if (!schema) {
      if (!stmt.Bool("missing_ok")) {
        return Status::Error(sqlstate::kInvalidSchemaName, "schema " + Quoted(name) + " does not exist");
      }
      sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                              "schema " + Quoted(name) + " does not exist, skipping"));
      continue;
    }
    if (schema->oid == catalog::kPgCatalogNamespaceOid) {
      return Status::Error("2BP01", "cannot drop schema " + name + " because it is required by the database system");
    }
    if (schema->oid == catalog::kPublicNamespaceOid) return Status::NotSupported("DROP SCHEMA public");
    targets.push_back(std::move(*schema));
  }
  return DropSchemas(catalog, txn, targets, cascade, sink);
}

Status DropSchemas(catalog::Catalog& catalog, storage::Transaction* txn,
                   const std::vector<catalog::SchemaInfo>& targets, bool cascade, ResultSink& sink) {
  auto in_targets = [&](uint32_t schema_oid) {
    return std::any_of(targets.begin(), targets.end(), [&](const auto& s) { return s.oid == schema_oid; });
  };

  // What the schemas hold, by oid (creation order): tables (their indexes and
  // owned sequences go with them), views, other sequences; and the views
  // elsewhere that read any of them.
  struct Held {
    std::string described;  // "table s.t"
    std::string depends;    // "table s.t depends on schema s"
    std::shared_ptr<const catalog::Table> table;
    std::shared_ptr<const catalog::View> view;
    std::shared_ptr<const catalog::Sequence> sequence;
    uint32_t oid = 0;
  };
  std::vector<Held> held;
  std::set<uint32_t> dropped;
  for (const auto& table : catalog.ListTables(txn)) {
    if (!in_targets(table->schema_oid)) continue;
    held.push_back({Described("table", table->schema_name, table->name), "", table, nullptr, nullptr, table->oid});
  }
  for (const auto& view : catalog.ListViews(txn)) {
    if (!in_targets(view->schema_oid)) continue;
    held.push_back({Described("view", view->schema_name, view->name), "", nullptr, view, nullptr, view->oid});
  }
  for (const auto& sequence : catalog.ListSequences(txn)) {
    if (!in_targets(sequence->schema_oid) || sequence->owned_by_table != 0) continue;
    held.push_back(
        {Described("sequence", sequence->schema_name, sequence->name), "", nullptr, nullptr, sequence, sequence->oid});
  }
  std::sort(held.begin(), held.end(), [](const Held& a, const Held& b) { return a.oid < b.oid; });
  for (auto& h : held) {
    std::string_view schema = h.table ? h.table->schema_name : h.view ? h.view->schema_name : h.sequence->schema_name;
    h.depends = h.described + " depends on schema " + std::string(schema);
    dropped.insert(h.oid);
  }
  std::vector<std::string> details;
  std::vector<std::string> cascades;
  std::vector<std::shared_ptr<const catalog::View>> outside;
  for (const auto& h : held) {
    details.push_back(h.depends);
    cascades.push_back("drop cascades to " + h.described);
    if (h.sequence) continue;
    std::string_view kind = h.table ? "table" : "view";
    const std::string& name = h.table ? h.table->name : h.view->name;
    for (const auto& reader : ViewsReading(catalog, txn, h.oid, kind, name, dropped)) {
      if (in_targets(reader.view->schema_oid) || !dropped.insert(reader.view->oid).second) continue;
      details.push_back(reader.reason);
      cascades.push_back("drop cascades to " + Described("view", reader.view->schema_name, reader.view->name));
      outside.push_back(reader.view);
    }
  }
  auto join = [](const std::vector<std::string>& lines) {
    std::string text;
    for (const auto& line : lines) text += (text.empty() ? "" : "\n") + line;
    return text;
  };
  if (!held.empty() && !cascade) {
    return Status::Error("2BP01", "cannot drop schema " + targets.front().name + " because other objects depend on it")
        .WithDetail(join(details))
        .WithHint("Use DROP ... CASCADE to drop the dependent objects too.");
  }
  if (cascades.size() == 1) {
    sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion, cascades[0]));
  } else if (!cascades.empty()) {
    sink.SendNotice("NOTICE", Status::Error(sqlstate::kSuccessfulCompletion,
                                            "drop cascades to " + std::to_string(cascades.size()) + " other objects")
                                  .WithDetail(join(cascades)));
  }
  for (auto it = outside.rbegin(); it != outside.rend(); ++it) {
    RETURN_IF_ERROR(catalog.DropView(txn, (*it)->schema_name, (*it)->name, /*if_exists=*/false, nullptr));
  }
  for (const auto& h : held) {
    if (h.view) RETURN_IF_ERROR(catalog.DropView(txn, h.view->schema_name, h.view->name, false, nullptr));
  }
  for (const auto& h : held) {
    if (!h.table) continue;
    RETURN_IF_ERROR(DropReferencingForeignKeys(catalog, txn, *h.table, dropped, /*cascade=*/true, sink));
    RETURN_IF_ERROR(catalog.DropTable(txn, h.table->schema_name, h.table->name, false, nullptr));
  }
  for (const auto& h : held) {
    if (h.sequence)
      RETURN_IF_ERROR(catalog.DropSequence(txn, h.sequence->schema_name, h.sequence->name, false, nullptr));
  }
  for (const auto& schema : targets) RETURN_IF_ERROR(catalog.DropSchema(txn, schema.oid));
  return Status::Ok();
}

Status ExecuteAlterSchema(PgNode stmt, DdlContext& context, std::string* command_tag) {
  *command_tag = "ALTER SCHEMA";
  if (stmt.Is("RenameStmt")) return context.catalog.RenameSchema(context.txn, stmt.Str("subname"), stmt.Str("newname"));
  ASSIGN_OR_RETURN(catalog::RoleInfo role, RoleOf(context, stmt.Field("newowner")));
  return context.catalog.SetSchemaOwner(context.txn, stmt.Field("object").StringValue(), role.oid);
}

}  // namespace augur::sql
