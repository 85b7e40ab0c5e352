// WITH queries (common table expressions): docs/sql.md "WITH queries".
//
// A non-recursive WITH query that only reads is bound like a derived table
// at each reference (PostgreSQL 12+ inlines such a query too, unless it is
// referenced twice or marked MATERIALIZED — which changes nothing in the
// results as long as the query calls no volatile function). PostgreSQL never
// inlines a volatile query, not even one marked NOT MATERIALIZED: referenced
// twice, it must be evaluated once and shared, which is 0A000 here.
#include <algorithm>

#include "common/status.h"
#include "sql/binder.h"

namespace augur::sql {

namespace {

Status At(Status status, int location) {
  if (location >= 0) status.SetPosition(location + 1);
  return status;
}

}  // namespace

Result<CteScope> Binder::BindWithClause(PgNode with_clause, Frame* parent_frame) {
  CteScope scope(state_);
  if (with_clause.Bool("recursive")) return At(Status::NotSupported("WITH RECURSIVE"), with_clause.Location());
  std::vector<PgNode> definitions = with_clause.List("ctes");
  std::vector<std::string> names;
  for (PgNode definition : definitions) {
    std::string name(definition.Str("ctename"));
    if (std::find(names.begin(), names.end(), name) != names.end()) {
      return At(Status::Error("42712", "WITH query name \"" + name + "\" specified more than once"),
                definition.Location());
    }
    names.push_back(name);
  }
  for (size_t i = 0; i < definitions.size(); ++i) {
    PgNode definition = definitions[i];
    PgNode query = definition.Field("ctequery");
    if (!query.Is("SelectStmt")) {
      return At(Status::NotSupported("data-modifying statements in WITH"), definition.Location());
    }
    auto cte = std::make_shared<CteBinding>();
    cte->name = names[i];
    cte->definition = definition;
    cte->outer = state_.ctes;

    // The query sees the WITH queries before it, not those after it.
    size_t later_mark = state_.later_ctes.size();
    state_.later_ctes.insert(state_.later_ctes.end(), names.begin() + static_cast<long>(i), names.end());
    bool saved_volatile = state_.saw_volatile;
    state_.saw_volatile = false;
    Binder sub(state_);
    auto bound = sub.BindSelect(query, nullptr);
    cte->volatile_body = state_.saw_volatile;
    state_.saw_volatile = saved_volatile || cte->volatile_body;
    if (!bound.ok() && parent_frame != nullptr &&
        (bound.status().Is(sqlstate::kUndefinedColumn) || bound.status().Is(sqlstate::kUndefinedTable))) {
      // PostgreSQL lets a WITH query read the columns of an enclosing query.
      Binder correlated(state_);
      if (correlated.BindSelect(query, parent_frame).ok()) {
        state_.later_ctes.resize(later_mark);
        return At(Status::NotSupported("a WITH query referencing columns of an outer query"),
                  definition.Location());
      }
    }
    state_.later_ctes.resize(later_mark);
    if (!bound.ok()) return bound.TakeStatus();
    BoundQuery first = std::move(bound).value();

    std::vector<PgNode> column_names = definition.List("aliascolnames");
    if (column_names.size() > first.columns.size()) {
      return At(Status::Error("42P10", "WITH query \"" + cte->name + "\" has " + std::to_string(first.columns.size()) +
                                           " columns available but " + std::to_string(column_names.size()) +
                                           " columns specified"),
                definition.Location());
    }
    cte->first = std::move(first);
    state_.ctes = std::move(cte);
  }
  return scope;
}

Result<BoundQuery> Binder::BindCteReference(CteBinding& cte, int location) {
  ++cte.references;
  if (cte.references > 1 && cte.volatile_body) {
    return At(Status::NotSupported("a volatile WITH query (\"" + cte.name + "\") referenced more than once"),
              location);
  }
  BoundQuery query;
  if (cte.first) {
    query = std::move(*cte.first);
    cte.first.reset();
  } else {
    // Bind again in the WITH query's own scope.
    std::shared_ptr<CteBinding> saved = std::move(state_.ctes);
    state_.ctes = cte.outer;
    Binder sub(state_);
    auto bound = sub.BindSelect(cte.definition.Field("ctequery"), nullptr);
    state_.ctes = std::move(saved);
    if (!bound.ok()) return bound.TakeStatus();
    query = std::move(bound).value();
  }
  std::vector<PgNode> column_names = cte.definition.List("aliascolnames");
  for (size_t i = 0; i < column_names.size(); ++i) query.columns[i].name = column_names[i].StringValue();
  return query;
}

}  // namespace augur::sql
