// WITH queries (common table expressions): docs/sql.md "WITH queries".
//
// A WITH query that only reads is bound like a derived table at each
// reference (PostgreSQL 12+ inlines such a query too, unless it is
// referenced twice or marked MATERIALIZED — which changes nothing in the
// results as long as the query calls no volatile function). A volatile
// query (PostgreSQL never inlines those, not even NOT MATERIALIZED) and one
// marked MATERIALIZED are evaluated once per execution and shared by their
// references (exec::Materialization). A WITH RECURSIVE query that names itself becomes a
// RecursiveUnionOperator whose recursive term reads a work table.
#include <algorithm>

#include "common/status.h"
#include "exec/exec.h"
#include "sql/binder.h"
#include "sql/engine_impl.h"

namespace augur::sql {

namespace {

constexpr std::string_view kInvalidRecursion = "42P19";

// True if `node` contains an unqualified FROM reference to `name`.
bool ReferencesName(PgNode node, std::string_view name) {
  if (!node) return false;
  if (node.Is("RangeVar")) return node.Str("relname") == name && node.Str("schemaname").empty();
  if (node.kind() == PgNode::Kind::kArray) {
    for (PgNode item : node.Items()) {
      if (ReferencesName(item, name)) return true;
    }
    return false;
  }
  if (node.kind() != PgNode::Kind::kObject) return false;
  for (PgNode member : node.Members()) {
    if (ReferencesName(member, name)) return true;
  }
  return false;
}

std::string TypeName(const types::SqlType& type) { return types::FormatType(type); }

// 42P10 for WITH name(a, b, ...) naming more columns than the query has.
Status TooManyColumnNames(const CteBinding& cte, size_t available) {
  return WithLocation(
      Status::Error("42P10", "WITH query \"" + cte.name + "\" has " + std::to_string(available) +
                                 " columns available but " +
                                 std::to_string(cte.definition.List("aliascolnames").size()) + " columns specified"),
      cte.definition.Location());
}

// PostgreSQL's "... is not implemented" wording for the parts of a recursive
// query it rejects.
Status NotImplemented(const std::string& what) {
  return Status::Error(sqlstate::kFeatureNotSupported, what + " is not implemented");
}

}  // namespace

Result<CteScope> Binder::BindWithClause(PgNode with_clause, Frame* owner_frame) {
  CteScope scope(state_);
  const bool recursive = with_clause.Bool("recursive");
  std::vector<PgNode> definitions = with_clause.List("ctes");
  std::vector<std::string> names;
  for (PgNode definition : definitions) {
    std::string name(definition.Str("ctename"));
    if (std::find(names.begin(), names.end(), name) != names.end()) {
      return WithLocation(Status::Error("42712", "WITH query name \"" + name + "\" specified more than once"),
                          definition.Location());
    }
    names.push_back(name);
  }
  for (size_t i = 0; i < definitions.size(); ++i) {
    PgNode definition = definitions[i];
    PgNode query = definition.Field("ctequery");
    auto cte = std::make_shared<CteBinding>();
    cte->name = names[i];
    cte->definition = definition;
    cte->outer = state_.ctes;
    if (!query.Is("SelectStmt")) {
      RETURN_IF_ERROR(BindDataModifyingCte(with_clause, *cte));
      state_.ctes = std::move(cte);
      continue;
    }
    cte->owner_frame = owner_frame;
    cte->parent_frame = owner_frame != nullptr ? owner_frame->parent : nullptr;
    cte->materialized = definition.Str("ctematerialized") == "CTEMaterializeAlways";
    cte->recursive = recursive && ReferencesName(query, cte->name);

    // The query sees the WITH queries before it, not those after it.
    size_t later_mark = state_.later_ctes.size();
    for (size_t j = cte->recursive ? i + 1 : i; j < names.size(); ++j) state_.later_ctes.push_back({names[j], recursive});
    bool saved_volatile = state_.saw_volatile;
    state_.saw_volatile = false;
    auto bound = BindCteBody(*cte);
    cte->volatile_body = state_.saw_volatile;
    state_.saw_volatile = saved_volatile || cte->volatile_body;
    state_.later_ctes.resize(later_mark);
    if (!bound.ok()) return bound.TakeStatus();
    // PostgreSQL evaluates a volatile WITH query once even when it is marked
    // NOT MATERIALIZED. A query referenced twice without volatile calls
    // gives the same rows either way, so it is inlined (streamed, with
    // predicates pushed into it) unless MATERIALIZED asks otherwise.
    cte->materialized = cte->materialized || cte->volatile_body;
    if (cte->correlated) {
      // Its rows change with the outer row, so it cannot be kept for the
      // whole execution; inlined it gives the same rows unless volatile.
      if (cte->volatile_body) {
        return WithLocation(Status::NotSupported("a volatile WITH query referencing columns of an outer query"),
                            definition.Location());
      }
      cte->materialized = false;
    }
    cte->first = std::move(bound).value();
    state_.ctes = std::move(cte);
  }
  return scope;
}

Status Binder::BindDataModifyingCte(PgNode with_clause, CteBinding& cte) {
  PgNode query = cte.definition.Field("ctequery");
  const int location = cte.definition.Location();
  if (!query.Is("InsertStmt") && !query.Is("UpdateStmt") && !query.Is("DeleteStmt")) {
    return WithLocation(Status::NotSupported(std::string(query.Tag()) + " in WITH"), location);
  }
  if (!state_.top_with_clause || with_clause.Location() != state_.top_with_clause.Location()) {
    return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                      "WITH clause containing a data-modifying statement must be at the top level"),
                        location);
  }
  if (with_clause.Bool("recursive") && ReferencesName(query, cte.name)) {
    return WithLocation(
        Status::Error(sqlstate::kFeatureNotSupported,
                      "recursive query \"" + cte.name + "\" must not contain data-modifying statements"),
        location);
  }
  // Bound as its own part of the statement, seeing the WITH queries before it.
  std::shared_ptr<CteBinding> saved_ctes = std::move(state_.ctes);
  state_.ctes = cte.outer;
  const int saved_part = state_.current_part;
  state_.current_part = ++state_.part_count;
  ModifyOperator* modify = nullptr;
  Binder sub(state_);
  Result<BoundQuery> bound = query.Is("InsertStmt")   ? BindInsert(sub, query, &modify)
                             : query.Is("UpdateStmt") ? BindUpdate(sub, query, &modify)
                                                      : BindDelete(sub, query, &modify);
  state_.current_part = saved_part;
  state_.ctes = std::move(saved_ctes);
  if (!bound.ok()) return bound.TakeStatus();
  std::vector<PgNode> column_names = cte.definition.List("aliascolnames");
  if (column_names.size() > bound->columns.size()) return TooManyColumnNames(cte, bound->columns.size());
  for (size_t i = 0; i < column_names.size(); ++i) bound->columns[i].name = column_names[i].StringValue();
  cte.data_modifying = true;
  cte.has_returning = !query.List("returningList").empty();
  cte.materialized = true;
  cte.shared = exec::NewMaterialization(std::move(bound->plan));
  cte.shared_columns = std::move(bound->columns);
  state_.data_modifying.push_back(cte.shared);
  return Status::Ok();
}

Result<BoundQuery> Binder::BindCteBody(CteBinding& cte) {
  std::shared_ptr<CteBinding> saved = std::move(state_.ctes);
  state_.ctes = cte.outer;
  auto bind = [&]() -> Result<BoundQuery> {
    if (cte.recursive) return BindRecursiveCte(cte);
    Binder sub(state_);
    // PostgreSQL lets a WITH query read the columns of the queries enclosing
    // its owner: they arrive in parameter slots the owner fills, like the
    // owner's own outer references.
    auto bound = sub.BindSelect(cte.definition.Field("ctequery"), cte.parent_frame);
    if (bound.ok() && !sub.last_outer_values.empty()) {
      cte.correlated = true;
      for (auto& value : sub.last_outer_values) cte.owner_frame->outer_values.push_back(std::move(value));
      for (int slot : sub.last_outer_slots) cte.owner_frame->outer_slots.push_back(slot);
    }
    return bound;
  };
  Result<BoundQuery> bound = bind();
  state_.ctes = std::move(saved);
  if (!bound.ok()) return bound;
  BoundQuery query = std::move(bound).value();
  std::vector<PgNode> column_names = cte.definition.List("aliascolnames");
  if (column_names.size() > query.columns.size()) {
    return TooManyColumnNames(cte, query.columns.size());
  }
  for (size_t i = 0; i < column_names.size(); ++i) query.columns[i].name = column_names[i].StringValue();
  return query;
}

Result<BoundQuery> Binder::BindRecursiveCte(CteBinding& cte) {
  PgNode stmt = cte.definition.Field("ctequery").Body();
  const int location = cte.definition.Location();
  const std::string quoted = "\"" + cte.name + "\"";
  if (stmt.Str("op") != "SETOP_UNION") {
    return WithLocation(Status::Error(kInvalidRecursion, "recursive query " + quoted +
                                                             " does not have the form non-recursive-term UNION [ALL] "
                                                             "recursive-term"),
                        location);
  }
  if (!stmt.List("sortClause").empty()) return WithLocation(NotImplemented("ORDER BY in a recursive query"), location);
  if (stmt.Field("limitOffset")) return WithLocation(NotImplemented("OFFSET in a recursive query"), location);
  if (stmt.Field("limitCount")) return WithLocation(NotImplemented("LIMIT in a recursive query"), location);
  if (!stmt.List("lockingClause").empty()) {
    return WithLocation(NotImplemented("FOR UPDATE/SHARE in a recursive query"), location);
  }
  if (stmt.Field("withClause")) {
    return WithLocation(Status::NotSupported("a WITH clause inside a recursive query"), location);
  }
  PgNode base_node = stmt.Field("larg");
  if (ReferencesName(base_node, cte.name)) {
    return WithLocation(Status::Error(kInvalidRecursion, "recursive reference to query " + quoted +
                                                             " must not appear within its non-recursive term"),
                        location);
  }
  Binder base_binder(state_);
  ASSIGN_OR_RETURN(BoundQuery base, base_binder.BindSelect(base_node, nullptr));
  std::vector<types::SqlType> types = base.plan->output_types();

  // The recursive term sees the query itself as its work table.
  std::vector<ResultColumn> columns = base.columns;
  std::vector<PgNode> column_names = cte.definition.List("aliascolnames");
  if (column_names.size() > columns.size()) {
    return TooManyColumnNames(cte, columns.size());
  }
  for (size_t i = 0; i < columns.size(); ++i) {
    if (i < column_names.size()) columns[i].name = column_names[i].StringValue();
    columns[i].table_oid = 0;
    columns[i].column_attnum = 0;
  }
  auto self = std::make_shared<CteBinding>();
  self->name = cte.name;
  self->definition = cte.definition;
  self->outer = cte.outer;
  self->recursive = true;
  self->work_table = exec::NewWorkTable(types);
  self->work_types = types;
  self->work_columns = columns;
  std::shared_ptr<CteBinding> saved = state_.ctes;
  state_.ctes = self;
  Binder recursive_binder(state_);
  auto recursive_bound = recursive_binder.BindSelect(stmt.Field("rarg"), nullptr);
  state_.ctes = std::move(saved);
  if (!recursive_bound.ok()) return recursive_bound.TakeStatus();
  BoundQuery recursive = std::move(recursive_bound).value();
  if (self->self_references == 0) {
    return WithLocation(Status::Error(kInvalidRecursion, "recursive reference to query " + quoted +
                                                             " must not appear within its non-recursive term"),
                        location);
  }
  if (recursive.columns.size() != types.size()) {
    return Status::Error(sqlstate::kSyntaxError, "each UNION query must have the same number of columns");
  }
  std::vector<types::SqlType> recursive_types = recursive.plan->output_types();
  std::vector<exec::ExprPtr> casts;
  bool need_cast = false;
  for (size_t i = 0; i < types.size(); ++i) {
    std::vector<types::SqlType> pair{types[i], recursive_types[i]};
    ASSIGN_OR_RETURN(types::SqlType common, exec::CommonType(pair, "UNION"));
    if (!(common == types[i])) {
      return WithLocation(
          Status::Error(sqlstate::kDatatypeMismatch,
                        "recursive query " + quoted + " column " + std::to_string(i + 1) + " has type " +
                            TypeName(types[i]) + " in non-recursive term but type " + TypeName(common) + " overall")
              .WithHint("Cast the output of the non-recursive term to the correct type."),
          location);
    }
    ASSIGN_OR_RETURN(exec::ExprPtr cast,
                     exec::CoerceTo(exec::MakeColumnRef(static_cast<int>(i), recursive_types[i]), types[i],
                                    exec::CastContext::kImplicit));
    need_cast |= !(recursive_types[i] == types[i]);
    casts.push_back(std::move(cast));
  }
  exec::OperatorPtr recursive_plan = std::move(recursive.plan);
  if (need_cast) {
    recursive_plan = std::make_unique<exec::ProjectionOperator>(std::move(recursive_plan), std::move(casts));
  }
  BoundQuery query;
  query.plan = std::make_unique<exec::RecursiveUnionOperator>(stmt.Bool("all"), std::move(base.plan),
                                                              std::move(recursive_plan), self->work_table);
  query.columns = std::move(columns);
  return query;
}

Result<BoundQuery> Binder::BindCteReference(CteBinding& cte, int location) {
  if (cte.work_table != nullptr) {
    // The recursive term's reference to its own query.
    if (++cte.self_references > 1) {
      return WithLocation(Status::Error(kInvalidRecursion, "recursive reference to query \"" + cte.name +
                                                               "\" must not appear more than once"),
                          location);
    }
    BoundQuery query;
    query.plan = std::make_unique<exec::WorkTableScanOperator>(cte.work_types, cte.work_table);
    query.columns = cte.work_columns;
    return query;
  }
  if (cte.data_modifying && !cte.has_returning) {
    return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                      "WITH query \"" + cte.name + "\" does not have a RETURNING clause"),
                        location);
  }
  BoundQuery query;
  if (cte.first) {
    query = std::move(*cte.first);
    cte.first.reset();
  } else if (!cte.materialized) {
    return BindCteBody(cte);
  }
  if (!cte.materialized) return query;
  if (cte.shared == nullptr) {
    cte.shared = exec::NewMaterialization(std::move(query.plan));
    cte.shared_columns = std::move(query.columns);
  }
  BoundQuery reference;
  reference.plan = std::make_unique<exec::MaterializeOperator>(cte.shared);
  reference.columns = cte.shared_columns;
  return reference;
}

}  // namespace augur::sql
