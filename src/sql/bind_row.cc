// Row constructors in predicates: (a, b) = (1, 2), ROW(a, b) < ROW(c, d),
// ROW(...) IS [NOT] NULL, (a, b) IS [NOT] DISTINCT FROM (c, d),
// (a, b) [NOT] IN ((1, 2), (3, 4)), (a, b) [NOT] IN (SELECT x, y ...),
// (a, b) op ANY/ALL (SELECT ...) and (a, b) = (SELECT x, y).
//
// Rows compared with each other never become values (a record value
// against a row is record_eq and friends, types/record.h): every row
// predicate is rewritten into scalar comparisons with PostgreSQL's row
// semantics (parse_expr.c make_row_comparison_op / make_row_distinct_op):
//   =   all pairs equal: AND of a_i = b_i (NULL if undecided)
//   <>  OR of a_i <> b_i
//   < <= > >=  lexicographic: the first pair that is unequal or NULL
//       decides; a1 < b1 OR (a1 = b1 AND (... OR (an-1 = bn-1 AND an op bn)))
//       gives exactly that three-valued result.
//   IS NULL: every field NULL; IS NOT NULL: every field non-NULL.
//   IS DISTINCT FROM: OR of field-wise IS DISTINCT FROM.
// A row compared with a subquery becomes a subquery over a projection that
// computes the row comparison per subquery row, the left row's values being
// passed in parameter slots like correlated outer references; then
// a bool_or/count aggregation per outer row applies the SQL quantifier
// rules (a scalar subquery for ROWCOMPARE: 21000 beyond one row). Such a
// subquery re-runs for every outer row, but an uncorrelated query under the
// comparison runs once per execution (MaterializeOperator). A top-level
// WHERE conjunct (a, b) IN (uncorrelated SELECT) is a hash semi join instead.
#include <algorithm>

#include "sql/binder.h"

namespace augur::sql {

using exec::Expr;
using exec::ExprKind;
using exec::ExprPtr;
using types::SqlType;

namespace {

bool IsOrderingOperator(std::string_view op) { return op == "<" || op == "<=" || op == ">" || op == ">="; }

}  // namespace

Result<std::vector<ExprPtr>> Binder::BindRowFields(PgNode row, Frame& frame) {
  std::vector<ExprPtr> out;
  for (PgNode field : row.List("args")) {
    if (field.Is("RowExpr")) return WithLocation(Status::NotSupported("nested row constructors"), field.Location());
    ASSIGN_OR_RETURN(ExprPtr e, BindExpr(field, frame));
    out.push_back(std::move(e));
  }
  return out;
}

Result<ExprPtr> Binder::MakeRowComparison(std::string_view op, std::vector<ExprPtr> left, std::vector<ExprPtr> right,
                                          int location) {
  if (left.size() != right.size()) {
    return WithLocation(Status::Error(sqlstate::kSyntaxError, "unequal number of entries in row expressions"), location);
  }
  if (left.empty()) return WithLocation(Status::NotSupported("cannot compare rows of zero length"), location);
  const size_t n = left.size();
  // Pairwise operators; each must yield boolean.
  std::vector<ExprPtr> last_ops;  // op applied to each pair (used for the last pair / = / <>)
  std::vector<ExprPtr> strict_ops, equal_ops;
  bool ordering = IsOrderingOperator(op);
  std::string strict(op.substr(0, 1));
  for (size_t i = 0; i < n; ++i) {
    bool last = i + 1 == n;
    ExprPtr l = std::move(left[i]), r = std::move(right[i]);
    if (ordering && !last) {
      ASSIGN_OR_RETURN(ExprPtr lt, MakeOperatorInferring(strict, l->Clone(), r->Clone(), location));
      ASSIGN_OR_RETURN(ExprPtr eq, MakeOperatorInferring("=", std::move(l), std::move(r), location));
      strict_ops.push_back(std::move(lt));
      equal_ops.push_back(std::move(eq));
      continue;
    }
    ASSIGN_OR_RETURN(ExprPtr cmp, MakeOperatorInferring(op, std::move(l), std::move(r), location));
    if (cmp->type.oid != types::kBoolOid) {
      return WithLocation(Status::Error(sqlstate::kDatatypeMismatch, "row comparison operator must yield type boolean, not type " +
                                                                         exec::TypeDisplayName(cmp->type)),
                          location);
    }
    last_ops.push_back(std::move(cmp));
  }
  if (op == "=") return exec::MakeAnd(std::move(last_ops));
  if (op == "<>") return exec::MakeOr(std::move(last_ops));
  if (!ordering) {
    return WithLocation(Status::Error(sqlstate::kUndefinedFunction,
                                      "could not determine interpretation of row comparison operator " + std::string(op))
                            .WithHint("Row comparison operators must be associated with btree operator families."),
                        location);
  }
  ExprPtr result = std::move(last_ops.back());
  for (size_t i = n - 1; i-- > 0;) {
    std::vector<ExprPtr> both;
    both.push_back(std::move(equal_ops[i]));
    both.push_back(std::move(result));
    std::vector<ExprPtr> either;
    either.push_back(std::move(strict_ops[i]));
    either.push_back(exec::MakeAnd(std::move(both)));
    result = exec::MakeOr(std::move(either));
  }
  return result;
}

Result<ExprPtr> Binder::BindRowOperator(std::string_view op, PgNode left, PgNode right, Frame& frame, int location) {
  if (left && left.Is("RowExpr") && right && right.Is("SubLink") && right.Str("subLinkType") == "EXPR_SUBLINK") {
    // (a, b) op (SELECT x, y): PostgreSQL's ROWCOMPARE sublink.
    return BindRowSubquery(left, right.Field("subselect"), "ROWCOMPARE_SUBLINK", op, frame, location);
  }
  if (!left || !right || !left.Is("RowExpr") || !right.Is("RowExpr")) {
    static constexpr std::string_view kRecordOps[] = {"=", "<>", "<", "<=", ">", ">="};
    if (left && right && std::find(std::begin(kRecordOps), std::end(kRecordOps), op) != std::end(kRecordOps)) {
      // A row against a record value (types/record.h): record_eq and friends.
      ASSIGN_OR_RETURN(ExprPtr l, BindExpr(left, frame));
      ASSIGN_OR_RETURN(ExprPtr r, BindExpr(right, frame));
      if (l->type.oid == types::kRecordOid && r->type.oid == types::kRecordOid) {
        return exec::MakeOperator(op, std::move(l), std::move(r), location);
      }
    }
    // A row against a scalar: no such operator, as PostgreSQL reports it.
    std::string ltype = "record", rtype = "record";
    if (left && !left.Is("RowExpr")) {
      ASSIGN_OR_RETURN(ExprPtr l, BindExpr(left, frame));
      ltype = exec::TypeDisplayName(l->type);
    }
    if (right && !right.Is("RowExpr")) {
      ASSIGN_OR_RETURN(ExprPtr r, BindExpr(right, frame));
      rtype = exec::TypeDisplayName(r->type);
    }
    std::string text = left ? "operator does not exist: " + ltype + " " + std::string(op) + " " + rtype
                            : "operator does not exist: " + std::string(op) + " " + rtype;
    return WithLocation(Status::Error(sqlstate::kUndefinedFunction, text)
                            .WithHint("No operator matches the given name and argument types. You might need to add "
                                      "explicit type casts."),
                        location);
  }
  ASSIGN_OR_RETURN(auto l, BindRowFields(left, frame));
  ASSIGN_OR_RETURN(auto r, BindRowFields(right, frame));
  return MakeRowComparison(op, std::move(l), std::move(r), location);
}

Result<ExprPtr> Binder::BindRowDistinct(PgNode left, PgNode right, bool not_distinct, Frame& frame, int location) {
  if (!left.Is("RowExpr") || !right.Is("RowExpr")) {
    return BindRowOperator(not_distinct ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM", left, right, frame, location);
  }
  ASSIGN_OR_RETURN(auto l, BindRowFields(left, frame));
  ASSIGN_OR_RETURN(auto r, BindRowFields(right, frame));
  if (l.size() != r.size()) {
    return WithLocation(Status::Error(sqlstate::kSyntaxError, "unequal number of entries in row expressions"), location);
  }
  if (l.empty()) return WithLocation(Status::NotSupported("cannot compare rows of zero length"), location);
  std::vector<ExprPtr> parts;
  for (size_t i = 0; i < l.size(); ++i) {
    ASSIGN_OR_RETURN(ExprPtr eq, MakeOperatorInferring("=", std::move(l[i]), std::move(r[i]), location));
    if (eq->kind != ExprKind::kFunction || eq->children.size() != 2) return Status::Internal("unexpected = shape");
    parts.push_back(exec::MakeIsDistinctFrom(std::move(eq->children[0]), std::move(eq->children[1]), eq->function,
                                             not_distinct));
  }
  return not_distinct ? exec::MakeAnd(std::move(parts)) : exec::MakeOr(std::move(parts));
}

Result<ExprPtr> Binder::BindRowInList(PgNode needle, PgNode list, bool negated, Frame& frame, int location) {
  std::vector<ExprPtr> alternatives;
  for (PgNode item : list.List("items")) {
    if (!item.Is("RowExpr")) return BindRowOperator(negated ? "<>" : "=", needle, item, frame, location);
    ASSIGN_OR_RETURN(auto l, BindRowFields(needle, frame));
    ASSIGN_OR_RETURN(auto r, BindRowFields(item, frame));
    ASSIGN_OR_RETURN(ExprPtr cmp, MakeRowComparison(negated ? "<>" : "=", std::move(l), std::move(r), location));
    alternatives.push_back(std::move(cmp));
  }
  if (alternatives.size() == 1) return std::move(alternatives[0]);
  return negated ? exec::MakeAnd(std::move(alternatives)) : exec::MakeOr(std::move(alternatives));
}

Result<ExprPtr> Binder::BindRowNullTest(PgNode row, bool is_not_null, Frame& frame) {
  ASSIGN_OR_RETURN(auto fields, BindRowFields(row, frame));
  if (fields.empty()) return exec::MakeConstant(types::Value::Bool(true), SqlType::Of(types::kBoolOid));
  std::vector<ExprPtr> tests;
  for (auto& f : fields) {
    if (f->kind == ExprKind::kParameter && f->type.oid == types::kUnknownOid) {
      InferParameterType(*f, SqlType::Of(types::kTextOid));
    }
    tests.push_back(exec::MakeIsNull(std::move(f), is_not_null));
  }
  if (tests.size() == 1) return std::move(tests[0]);
  return exec::MakeAnd(std::move(tests));
}

Result<ExprPtr> Binder::BindRowSubLink(PgNode node, Frame& frame) {
  std::string op = "=";
  if (auto names = node.List("operName"); !names.empty()) op = std::string(names.back().StringValue());
  return BindRowSubquery(node.Field("testexpr"), node.Field("subselect"), node.Str("subLinkType"), op, frame,
                         node.Location());
}

Result<ExprPtr> Binder::BindRowSubquery(PgNode testexpr, PgNode subselect, std::string_view type, std::string_view op,
                                        Frame& frame, int location) {
  Binder sub(state_);
  ASSIGN_OR_RETURN(BoundQuery query, sub.BindSelect(subselect, &frame));
  std::vector<ExprPtr> outer_values = std::move(sub.last_outer_values);
  std::vector<int> outer_slots = std::move(sub.last_outer_slots);
  const bool inner_correlated = !outer_values.empty();
  std::vector<SqlType> columns = query.plan->output_types();
  ASSIGN_OR_RETURN(auto left, BindRowFields(testexpr, frame));
  if (columns.size() != left.size()) {
    return WithLocation(Status::Error(sqlstate::kSyntaxError, columns.size() > left.size()
                                                                  ? "subquery has too many columns"
                                                                  : "subquery has too few columns"),
                        location);
  }
  // Left fields: constants stay inline; anything else is evaluated over the
  // outer row and passed in a fresh parameter slot.
  std::vector<ExprPtr> left_in_sub, right;
  for (size_t i = 0; i < left.size(); ++i) {
    ExprPtr& l = left[i];
    right.push_back(exec::MakeColumnRef(static_cast<int>(i), columns[i]));
    if (l->kind == ExprKind::kParameter && l->type.oid == types::kUnknownOid) InferParameterType(*l, columns[i]);
    std::vector<int> refs;
    CollectColumnRefs(*l, &refs);
    bool inline_value = refs.empty() && !HasSubquery(*l) && !IsVolatile(*l) &&
                        (l->kind == ExprKind::kConstant || l->kind == ExprKind::kCast);
    if (inline_value) {
      left_in_sub.push_back(std::move(l));
      continue;
    }
    int slot = state_.next_slot++;
    left_in_sub.push_back(exec::MakeParameter(slot, l->type));
    outer_values.push_back(std::move(l));
    outer_slots.push_back(slot);
  }
  ASSIGN_OR_RETURN(ExprPtr comparison, MakeRowComparison(op, std::move(left_in_sub), std::move(right), location));
  const bool is_all = type == "ALL_SUBLINK";
  SqlType boolean = SqlType::Of(types::kBoolOid);
  SqlType int8 = SqlType::Of(types::kInt8Oid);
  std::vector<ExprPtr> projection;
  projection.push_back(is_all ? exec::MakeNot(std::move(comparison)) : std::move(comparison));
  // The comparison makes the subquery correlated (it re-runs per outer row);
  // an uncorrelated query underneath runs only once per execution.
  exec::OperatorPtr plan = std::move(query.plan);
  if (!inner_correlated) plan = std::make_unique<exec::MaterializeOperator>(std::move(plan));
  plan = std::make_unique<exec::ProjectionOperator>(std::move(plan), std::move(projection));
  if (type == "ROWCOMPARE_SUBLINK") {
    return exec::MakeSubquery(exec::SubqueryKind::kScalar, std::shared_ptr<exec::PhysicalOperator>(std::move(plan)),
                              boolean, std::move(outer_values), std::move(outer_slots));
  }
  // ANY/ALL reduced by one vectorized aggregation per outer row, with SQL's
  // quantifier rules (x = the comparison for ANY, NOT comparison for ALL):
  //   ANY: bool_or(x) → true; else a NULL x (count(*) > count(x)) → NULL; else false
  //   ALL: bool_or(x) → false; else a NULL x → NULL; else true (also when empty)
  std::vector<exec::BoundAggregate> aggregates;
  {
    std::vector<ExprPtr> args;
    args.push_back(exec::MakeColumnRef(0, boolean));
    ASSIGN_OR_RETURN(exec::BoundAggregate any_true, exec::MakeAggregate("bool_or", std::move(args), false, false, nullptr));
    aggregates.push_back(std::move(any_true));
  }
  {
    ASSIGN_OR_RETURN(exec::BoundAggregate rows, exec::MakeAggregate("count", {}, true, false, nullptr));
    aggregates.push_back(std::move(rows));
  }
  {
    std::vector<ExprPtr> args;
    args.push_back(exec::MakeColumnRef(0, boolean));
    ASSIGN_OR_RETURN(exec::BoundAggregate non_null, exec::MakeAggregate("count", std::move(args), false, false, nullptr));
    aggregates.push_back(std::move(non_null));
  }
  plan = std::make_unique<exec::HashAggregateOperator>(std::move(plan), std::vector<ExprPtr>{}, std::move(aggregates));
  ASSIGN_OR_RETURN(ExprPtr has_null, exec::MakeOperator(">", exec::MakeColumnRef(1, int8), exec::MakeColumnRef(2, int8)));
  std::vector<ExprPtr> whens_thens;
  whens_thens.push_back(exec::MakeColumnRef(0, boolean));
  whens_thens.push_back(exec::MakeConstant(types::Value::Bool(!is_all), boolean));
  whens_thens.push_back(std::move(has_null));
  whens_thens.push_back(exec::MakeNullConstant(boolean));
  std::vector<ExprPtr> result;
  result.push_back(exec::MakeCase(std::move(whens_thens), exec::MakeConstant(types::Value::Bool(is_all), boolean), boolean));
  plan = std::make_unique<exec::ProjectionOperator>(std::move(plan), std::move(result));
  return exec::MakeSubquery(exec::SubqueryKind::kScalar, std::shared_ptr<exec::PhysicalOperator>(std::move(plan)),
                            boolean, std::move(outer_values), std::move(outer_slots));
}

}  // namespace augur::sql

namespace augur::sql {

Result<ExprPtr> Binder::BindMultiAssign(PgNode multi_assign, Frame& frame, PgNode* value) {
  PgNode source = multi_assign.Field("source");
  int64_t column = multi_assign.Int("colno");
  int64_t columns = multi_assign.Int("ncolumns");
  if (column < 1 || columns < column) return Status::Internal("malformed multiple-column assignment");
  auto mismatch = [&]() {
    return WithLocation(Status::Error(sqlstate::kSyntaxError, "number of columns does not match number of values"),
                        source.Location());
  };
  if (source.Is("RowExpr")) {
    auto fields = source.List("args");
    if (static_cast<int64_t>(fields.size()) != columns) return mismatch();
    *value = fields[column - 1];
    return ExprPtr();
  }
  if (source.Is("SubLink") && (source.Str("subLinkType") == "MULTIEXPR_SUBLINK" ||
                               source.Str("subLinkType") == "EXPR_SUBLINK")) {
    // One scalar subquery per assigned column: no row gives NULL, more than
    // one row fails with 21000, as PostgreSQL's MULTIEXPR sublink.
    Binder sub(state_);
    ASSIGN_OR_RETURN(BoundQuery query, sub.BindSelect(source.Field("subselect"), &frame));
    std::vector<SqlType> types = query.plan->output_types();
    if (static_cast<int64_t>(types.size()) != columns) return mismatch();
    std::vector<ExprPtr> pick;
    pick.push_back(exec::MakeColumnRef(static_cast<int>(column - 1), types[column - 1]));
    auto plan = std::make_shared<exec::ProjectionOperator>(std::move(query.plan), std::move(pick));
    return exec::MakeSubquery(exec::SubqueryKind::kScalar, std::move(plan), types[column - 1],
                              std::move(sub.last_outer_values), std::move(sub.last_outer_slots));
  }
  return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                    "source for a multiple-column UPDATE item must be a sub-SELECT or ROW() expression"),
                      source.Location());
}

}  // namespace augur::sql

namespace augur::sql {

namespace {

// Top-level AND items of a WHERE clause.
void CollectAndItems(PgNode node, std::vector<PgNode>* out) {
  if (node.Is("BoolExpr") && node.Str("boolop") == "AND_EXPR") {
    for (PgNode arg : node.List("args")) CollectAndItems(arg, out);
    return;
  }
  out->push_back(node);
}

bool IsRowInSubquery(PgNode node) {
  if (!node.Is("SubLink") || node.Str("subLinkType") != "ANY_SUBLINK") return false;
  if (!node.Field("testexpr").Is("RowExpr")) return false;
  auto names = node.List("operName");
  return names.empty() || (names.size() == 1 && names[0].StringValue() == "=");
}

}  // namespace

Result<ExprPtr> Binder::BindWhereWithRowSemiJoins(PgNode where, Frame& frame, std::vector<RowSemiJoin>* semi_joins) {
  std::vector<PgNode> items;
  CollectAndItems(where, &items);
  bool any = false;
  for (PgNode item : items) any |= IsRowInSubquery(item);
  if (!any) return BindCondition(where, frame, "WHERE");
  std::vector<ExprPtr> rest;
  for (PgNode item : items) {
    if (IsRowInSubquery(item)) {
      Binder sub(state_);
      ASSIGN_OR_RETURN(BoundQuery query, sub.BindSelect(item.Field("subselect"), &frame));
      std::vector<SqlType> columns = query.plan->output_types();
      auto fields = item.Field("testexpr").List("args");
      if (sub.last_outer_values.empty() && columns.size() == fields.size()) {
        // Uncorrelated: a semi join keeps the rows whose fields all equal
        // some subquery row's. Rows where the IN would be NULL (a NULL
        // field, or only NULL-containing candidates) are dropped, exactly
        // as WHERE drops NULL.
        ASSIGN_OR_RETURN(auto left, BindRowFields(item.Field("testexpr"), frame));
        RowSemiJoin semi;
        bool keys_ok = true;
        for (size_t i = 0; i < left.size() && keys_ok; ++i) {
          ExprPtr l = std::move(left[i]);
          if (l->kind == ExprKind::kParameter && l->type.oid == types::kUnknownOid) InferParameterType(*l, columns[i]);
          ExprPtr r = exec::MakeColumnRef(static_cast<int>(i), columns[i]);
          // The key type: the one "=" resolves to (errors as PostgreSQL's).
          ASSIGN_OR_RETURN(ExprPtr probe, MakeOperatorInferring("=", l->Clone(), r->Clone(), item.Location()));
          if (probe->kind != ExprKind::kFunction || probe->children.size() != 2 ||
              !(probe->children[0]->type == probe->children[1]->type)) {
            keys_ok = false;
            break;
          }
          SqlType key_type = probe->children[0]->type;
          ASSIGN_OR_RETURN(l, exec::CoerceTo(std::move(l), key_type, exec::CastContext::kImplicit));
          ASSIGN_OR_RETURN(r, exec::CoerceTo(std::move(r), key_type, exec::CastContext::kImplicit));
          semi.left_keys.push_back(std::move(l));
          semi.right_keys.push_back(std::move(r));
        }
        if (keys_ok) {
          semi.plan = std::move(query.plan);
          semi_joins->push_back(std::move(semi));
          continue;
        }
      }
    }
    ASSIGN_OR_RETURN(ExprPtr e, BindCondition(item, frame, items.size() > 1 ? "AND" : "WHERE"));
    rest.push_back(std::move(e));
  }
  if (rest.empty()) return ExprPtr();
  return CombineConjuncts(std::move(rest));
}

}  // namespace augur::sql
