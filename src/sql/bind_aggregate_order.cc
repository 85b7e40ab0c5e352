// ORDER BY inside aggregate calls: string_agg(x, ',' ORDER BY y DESC),
// array_agg(x ORDER BY y NULLS FIRST), string_agg(DISTINCT x, ',' ORDER BY x).
//
// The keys are bound like the arguments (over the aggregate's input scope)
// and travel in exec::BoundAggregate::order_by; HashAggregateOperator sorts
// each group's rows before they reach the transition function
// (exec/ordered_aggregate.h). With DISTINCT, PostgreSQL requires every
// ORDER BY expression to be one of the arguments (42P10).
#include "sql/binder.h"

namespace augur::sql {

using exec::ExprKind;
using exec::ExprPtr;
using types::SqlType;

Status Binder::BindAggregateOrder(PgNode call, const std::vector<ExprPtr>& args, Frame& frame,
                                  std::vector<exec::AggregateOrderKey>* out) {
  bool distinct = call.Bool("agg_distinct");
  for (PgNode sort : call.List("agg_order")) {
    PgNode node = sort.Field("node");
    if (sort.Str("sortby_dir") == "SORTBY_USING") return Status::NotSupported("ORDER BY ... USING in aggregates");
    ASSIGN_OR_RETURN(ExprPtr key, BindExpr(node, frame));
    if (key->type.oid == types::kUnknownOid) {
      if (key->kind == ExprKind::kParameter) {
        InferParameterType(*key, SqlType::Of(types::kTextOid));
      } else {
        ASSIGN_OR_RETURN(key, exec::CoerceTo(std::move(key), SqlType::Of(types::kTextOid), exec::CastContext::kImplicit));
      }
    }
    if (distinct) {
      std::string text = key->ToString();
      bool in_arguments = false;
      for (const auto& a : args) in_arguments |= a->ToString() == text;
      if (!in_arguments) {
        Status error = Status::Error(sqlstate::kInvalidColumnReference,
                                     "in an aggregate with DISTINCT, ORDER BY expressions must appear in argument list");
        if (node.Location() >= 0) error.SetPosition(node.Location() + 1);
        return error;
      }
    }
    std::string_view nulls = sort.Str("sortby_nulls");
    exec::AggregateOrderKey k;
    k.expr = std::move(key);
    k.descending = sort.Str("sortby_dir") == "SORTBY_DESC";
    k.nulls_first = nulls == "SORTBY_NULLS_FIRST" ? true : (nulls == "SORTBY_NULLS_LAST" ? false : k.descending);
    out->push_back(std::move(k));
  }
  return Status::Ok();
}

}  // namespace augur::sql
