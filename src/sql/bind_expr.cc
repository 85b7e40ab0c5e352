// Binding of scalar expressions: parse-tree nodes → exec::Expr.
//
// Types and overloads are resolved by exec::FunctionRegistry (PostgreSQL's
// rules); this file maps each PostgreSQL node kind onto those builders, infers
// the types of untyped $n parameters from their context, resolves column
// names (including outer references of correlated subqueries) and rewrites
// grouped expressions onto the aggregate's output columns.
#include <algorithm>
#include <functional>

#include "sql/binder.h"
#include "types/reg_types.h"
#include "sql/bind_array.h"
#include "sql/settings.h"
#include "types/array.h"
#include "types/text_io.h"

namespace augur::sql {

Status WithLocation(Status status, int location) {
  if (location >= 0) status.SetPosition(location + 1);
  return status;
}

using exec::Expr;
using exec::ExprKind;
using exec::ExprPtr;
using types::SqlType;

namespace {

SqlType Unknown() { return SqlType::Of(types::kUnknownOid); }
SqlType BoolType() { return SqlType::Of(types::kBoolOid); }

bool IsUnknownParameter(const Expr& expr) {
  return expr.kind == ExprKind::kParameter && expr.type.oid == types::kUnknownOid;
}

bool IsUnknownLiteral(const Expr& expr) {
  return expr.kind == ExprKind::kConstant && expr.type.oid == types::kUnknownOid;
}

std::string LastName(PgNode owner, std::string_view field) {
  auto names = owner.List(field);
  return names.empty() ? std::string() : std::string(names.back().StringValue());
}

// Levenshtein distance (PostgreSQL's varstr_levenshtein with unit costs).
int EditDistance(std::string_view a, std::string_view b) {
  std::vector<int> previous(b.size() + 1), current(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) previous[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); ++i) {
    current[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); ++j) {
      int substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
    }
    std::swap(previous, current);
  }
  return previous[b.size()];
}

}  // namespace

std::string NameListToString(PgNode list_owner, std::string_view field) {
  std::string out;
  for (PgNode name : list_owner.List(field)) {
    if (!out.empty()) out += ".";
    out += name.StringValue();
  }
  return out;
}

void VisitExpr(Expr& expr, const std::function<void(Expr&)>& fn) {
  fn(expr);
  for (auto& child : expr.children) {
    if (child) VisitExpr(*child, fn);
  }
  for (auto& child : expr.outer_values) {
    if (child) VisitExpr(*child, fn);
  }
}

void CollectColumnRefs(const Expr& expr, std::vector<int>* columns) {
  if (expr.kind == ExprKind::kColumnRef) columns->push_back(expr.index);
  for (const auto& child : expr.children) {
    if (child) CollectColumnRefs(*child, columns);
  }
  for (const auto& child : expr.outer_values) {
    if (child) CollectColumnRefs(*child, columns);
  }
}

bool HasSubquery(const Expr& expr) {
  if (expr.kind == ExprKind::kSubquery) return true;
  for (const auto& child : expr.children) {
    if (child && HasSubquery(*child)) return true;
  }
  return false;
}

bool IsVolatile(const Expr& expr) {
  if (expr.kind == ExprKind::kFunction && expr.function != nullptr &&
      expr.function->volatility == exec::Volatility::kVolatile) {
    return true;
  }
  for (const auto& child : expr.children) {
    if (child && IsVolatile(*child)) return true;
  }
  return false;
}

void RenumberAggregateRefs(Expr& expr, int key_count) {
  VisitExpr(expr, [key_count](Expr& e) {
    if (e.kind == ExprKind::kColumnRef && e.index >= kAggregateRefBase && e.index < kWindowRefBase) {
      e.index = key_count + (e.index - kAggregateRefBase);
    }
  });
}

void RenumberWindowRefs(Expr& expr, int first_column) {
  VisitExpr(expr, [first_column](Expr& e) {
    if (e.kind == ExprKind::kColumnRef && e.index >= kWindowRefBase) e.index = first_column + (e.index - kWindowRefBase);
  });
}

void ShiftColumns(Expr& expr, int delta) {
  VisitExpr(expr, [delta](Expr& e) {
    if (e.kind == ExprKind::kColumnRef) e.index += delta;
  });
}

void SplitConjuncts(ExprPtr expr, std::vector<ExprPtr>* out) {
  if (!expr) return;
  if (expr->kind == ExprKind::kAnd) {
    for (auto& child : expr->children) SplitConjuncts(std::move(child), out);
    return;
  }
  out->push_back(std::move(expr));
}

ExprPtr CombineConjuncts(std::vector<ExprPtr> conjuncts) {
  if (conjuncts.empty()) return nullptr;
  if (conjuncts.size() == 1) return std::move(conjuncts[0]);
  return exec::MakeAnd(std::move(conjuncts));
}

int MaxParameterNumber(PgNode node) {
  int max_number = 0;
  std::function<void(PgNode)> walk = [&](PgNode n) {
    switch (n.kind()) {
      case PgNode::Kind::kObject:
        if (n.Tag() == "ParamRef") {
          max_number = std::max(max_number, static_cast<int>(n.Int("number")));
          return;
        }
        for (PgNode member : n.Members()) walk(member);
        break;
      case PgNode::Kind::kArray:
        for (PgNode item : n.Items()) walk(item);
        break;
      default:
        break;
    }
  };
  walk(node);
  return max_number;
}

bool ContainsNode(PgNode node, std::string_view tag) {
  switch (node.kind()) {
    case PgNode::Kind::kObject:
      if (node.Tag() == tag) return true;
      for (PgNode member : node.Members()) {
        if (ContainsNode(member, tag)) return true;
      }
      return false;
    case PgNode::Kind::kArray:
      for (PgNode item : node.Items()) {
        if (ContainsNode(item, tag)) return true;
      }
      return false;
    default:
      return false;
  }
}

std::vector<SqlType> BoundQuery::types() const { return plan->output_types(); }

// ---------------------------------------------------------------------------

void Binder::InferParameterType(Expr& expr, SqlType type) {
  if (!IsUnknownParameter(expr) || type.oid == types::kUnknownOid) return;
  // $n never carries a typmod (PostgreSQL infers the base type).
  SqlType base = SqlType::Of(type.oid);
  expr.type = base;
  if (expr.index >= 0 && expr.index < static_cast<int>(state_.parameter_types.size())) {
    state_.parameter_types[expr.index] = base;
  }
}

// Replaces casts of untyped parameters (inserted by overload resolution) by
// the parameter itself, now typed as the cast's target.
static void ResolveParameterCasts(Binder& binder, ExprPtr& expr) {
  if (!expr) return;
  if (expr->kind == ExprKind::kCast && expr->children.size() == 1 && IsUnknownParameter(*expr->children[0])) {
    SqlType target = expr->type;
    ExprPtr parameter = std::move(expr->children[0]);
    binder.InferParameterType(*parameter, target);
    expr = std::move(parameter);
    return;
  }
  for (auto& child : expr->children) ResolveParameterCasts(binder, child);
}

Result<ExprPtr> Binder::BindExpr(PgNode node, Frame& frame) {
  if (grouping != nullptr && !inside_aggregate_ && !node.Is("A_Const")) {
    // A grouped query's output expression: if it equals a GROUP BY key, it is
    // that key's output column.
    Grouping* saved = grouping;
    bool saved_allow = allow_aggregates;
    Windowing* saved_windowing = windowing;
    grouping = nullptr;
    allow_aggregates = false;
    windowing = nullptr;  // the probe must not register window calls
    auto probe = BindExprInner(node, frame);
    grouping = saved;
    allow_aggregates = saved_allow;
    windowing = saved_windowing;
    if (probe.ok()) {
      std::string text = (*probe)->ToString();
      for (size_t k = 0; k < grouping->key_texts.size(); ++k) {
        if (grouping->key_texts[k] == text) return exec::MakeColumnRef(static_cast<int>(k), (*probe)->type);
      }
    }
  }
  auto result = BindExprInner(node, frame);
  if (!result.ok()) {
    // Data exceptions raised while folding constants (1/0, overflow) are
    // execution errors in PostgreSQL: no cursor position.
    Status status = result.TakeStatus();
    if (status.sqlstate().substr(0, 2) == "22") {
      if (status.position() == node.Location() + 1 && !node.Is("TypeCast") && !node.Is("A_Const")) {
        status.ClearPosition();
        return status;
      }
      return status;
    }
    return WithLocation(std::move(status), node.Location());
  }
  return result;
}

Result<ExprPtr> Binder::BindCondition(PgNode node, Frame& frame, std::string_view clause) {
  ASSIGN_OR_RETURN(ExprPtr expr, BindExpr(node, frame));
  if (IsUnknownParameter(*expr)) InferParameterType(*expr, BoolType());
  if (expr->type.oid != types::kBoolOid) {
    bool unknown_literal = IsUnknownLiteral(*expr);
    auto coerced = exec::CoerceTo(std::move(expr), BoolType(), exec::CastContext::kImplicit);
    if (unknown_literal && !coerced.ok()) return WithLocation(coerced.TakeStatus(), node.Location());
    if (!coerced.ok() || (*coerced)->type.oid != types::kBoolOid) {
      return WithLocation(Status::Error(sqlstate::kDatatypeMismatch,
                                        "argument of " + std::string(clause) + " must be type boolean, not type " +
                                            (coerced.ok() ? exec::TypeDisplayName((*coerced)->type)
                                                          : std::string("unknown"))),
                          node.Location());
    }
    return std::move(coerced).value();
  }
  return expr;
}

Result<std::vector<ExprPtr>> Binder::BindList(const std::vector<PgNode>& nodes, Frame& frame) {
  std::vector<ExprPtr> out;
  out.reserve(nodes.size());
  for (PgNode n : nodes) {
    ASSIGN_OR_RETURN(ExprPtr e, BindExpr(n, frame));
    out.push_back(std::move(e));
  }
  return out;
}

Status Binder::UnifyTypes(std::vector<ExprPtr>& exprs, std::string_view context, SqlType* out) {
  std::vector<SqlType> list;
  for (auto& e : exprs) {
    if (!IsUnknownParameter(*e)) list.push_back(e->type);
  }
  SqlType common = SqlType::Of(types::kTextOid);
  if (!list.empty()) {
    ASSIGN_OR_RETURN(common, exec::CommonType(list, context));
  }
  if (common.oid == types::kUnknownOid) common = SqlType::Of(types::kTextOid);
  for (auto& e : exprs) {
    if (IsUnknownParameter(*e)) {
      InferParameterType(*e, common);
      continue;
    }
    ASSIGN_OR_RETURN(e, exec::CoerceTo(std::move(e), common, exec::CastContext::kImplicit));
  }
  *out = common;
  return Status::Ok();
}

Result<ExprPtr> Binder::MakeOperatorInferring(std::string_view op, ExprPtr left, ExprPtr right, int location) {
  if (left && IsUnknownParameter(*left) && !IsUnknownParameter(*right) && !IsUnknownLiteral(*right)) {
    InferParameterType(*left, right->type);
  }
  if (left && IsUnknownParameter(*right) && !IsUnknownParameter(*left) && !IsUnknownLiteral(*left)) {
    InferParameterType(*right, left->type);
  }
  if (left && IsUnknownParameter(*left) && IsUnknownLiteral(*right)) {
    InferParameterType(*left, SqlType::Of(types::kTextOid));
  }
  if (left && IsUnknownParameter(*right) && IsUnknownLiteral(*left)) {
    InferParameterType(*right, SqlType::Of(types::kTextOid));
  }
  if (IsUnknownParameter(*right) && (!left || IsUnknownParameter(*left))) {
    return Status::Error(sqlstate::kIndeterminateDatatype, "could not determine data type of parameter $" +
                                                               std::to_string(right->index + 1));
  }
  ASSIGN_OR_RETURN(ExprPtr result, exec::MakeOperator(op, std::move(left), std::move(right), location));
  ResolveParameterCasts(*this, result);
  return result;
}

Result<SqlType> Binder::BindTypeName(PgNode type_name) {
  PgNode body = type_name.Body();
  const bool is_array = body.Size() > 0 && !body.List("arrayBounds").empty();
  if (body.Bool("setof")) return Status::NotSupported("SETOF types");
  if (body.Bool("pct_type")) return Status::NotSupported("%TYPE references");
  auto names = body.List("names");
  std::string name;
  if (names.size() == 2 && names[0].StringValue() == "pg_catalog") {
    name = names[1].StringValue();
  } else if (names.size() == 1) {
    name = names[0].StringValue();
  } else {
    name = NameListToString(body, "names");
  }
  std::vector<int32_t> typmods;
  for (PgNode mod : body.List("typmods")) {
    if (!mod.Is("A_Const") || !mod.Field("ival")) {
      return WithLocation(Status::Error(sqlstate::kSyntaxError, "type modifiers must be simple constants or identifiers"),
                          mod.Location());
    }
    typmods.push_back(static_cast<int32_t>(mod.tree()->IntegerConstant(mod)));
  }
  auto type = types::TypeFromName(name, typmods);
  if (!type.ok()) return WithLocation(type.TakeStatus(), body.Location());
  if (is_array) return ArrayTypeFor(*type, body.Location());
  return type;
}

Result<ExprPtr> Binder::CoerceToColumn(ExprPtr expr, SqlType type, std::string_view column_name, int location) {
  if (IsUnknownParameter(*expr)) {
    InferParameterType(*expr, type);
    if (type.typmod < 0) return expr;
  }
  if (expr->type == type) return expr;
  SqlType from = expr->type;
  auto coerced = exec::CoerceTo(std::move(expr), type, exec::CastContext::kAssignment);
  if (!coerced.ok()) {
    Status status = coerced.TakeStatus();
    if (status.Is(sqlstate::kCannotCoerce) || status.Is(sqlstate::kDatatypeMismatch)) {
      status = Status::Error(sqlstate::kDatatypeMismatch,
                             "column \"" + std::string(column_name) + "\" is of type " + exec::TypeDisplayName(type) +
                                 " but expression is of type " + exec::TypeDisplayName(from))
                   .WithHint("You will need to rewrite or cast the expression.");
    }
    return WithLocation(std::move(status), location);
  }
  return coerced;
}

// ---------------------------------------------------------------------------

Result<ExprPtr> Binder::BindGroupingFunc(PgNode node, Frame& frame) {
  if (grouping == nullptr || inside_aggregate_) {
    std::string message = inside_aggregate_ ? "aggregate function calls cannot be nested"
                          : clause_name == "SELECT" || clause_name == "HAVING" || clause_name == "ORDER BY" ||
                                  clause_name == "this context"
                              ? "arguments to GROUPING must be grouping expressions of the associated query level"
                              : "grouping operations are not allowed in " + clause_name;
    return WithLocation(Status::Error(sqlstate::kGroupingError, message), node.Location());
  }
  // Each argument must be one of the GROUP BY keys, bound as the keys were.
  std::vector<int> arguments;
  Grouping* saved = grouping;
  grouping = nullptr;
  for (PgNode arg : node.List("args")) {
    auto bound = BindExprInner(arg, frame);
    int index = -1;
    if (bound.ok()) {
      std::string text = (*bound)->ToString();
      for (size_t k = 0; k < saved->key_texts.size() && index < 0; ++k) {
        if (saved->key_texts[k] == text) index = static_cast<int>(k);
      }
    }
    if (index < 0) {
      grouping = saved;
      return WithLocation(
          Status::Error(sqlstate::kGroupingError,
                        "arguments to GROUPING must be grouping expressions of the associated query level"),
          arg.Location());
    }
    arguments.push_back(index);
  }
  grouping = saved;
  // Without grouping sets every key is in the one set: GROUPING is 0.
  if (!grouping->has_sets) return exec::MakeConstant(types::Value::Int4(0), SqlType::Of(types::kInt4Oid));
  std::string text = "GROUPING(";
  for (int a : arguments) text += std::to_string(a) + ",";
  text += ")";
  for (const Grouping::GroupingCall& call : grouping->grouping_calls) {
    if (grouping->key_texts[call.position] == text)
      return exec::MakeColumnRef(call.position, SqlType::Of(types::kInt4Oid));
  }
  // A key column of its own; HashAggregate gets its per-set constant.
  int position = static_cast<int>(grouping->keys.size());
  grouping->keys.push_back(exec::MakeConstant(types::Value::Int4(0), SqlType::Of(types::kInt4Oid)));
  grouping->key_texts.push_back(text);
  grouping->grouping_calls.push_back({position, std::move(arguments)});
  return exec::MakeColumnRef(position, SqlType::Of(types::kInt4Oid));
}

Result<ExprPtr> Binder::BindExprInner(PgNode node, Frame& frame) {
  std::string_view tag = node.Tag();
  if (tag == "ColumnRef") return BindColumnRef(node, frame);
  if (tag == "A_Const") return BindConstant(node);
  if (tag == "A_Expr") return BindAExpr(node, frame);
  if (tag == "FuncCall") {
    auto bound = BindFuncCall(node, frame);
    if (bound.ok() && *bound != nullptr && IsVolatile(**bound)) state_.saw_volatile = true;
    return bound;
  }
  if (tag == "TypeCast") return BindTypeCast(node, frame);
  if (tag == "ParamRef") return BindParamRef(node);
  if (tag == "SubLink") return BindSubLink(node, frame);
  if (tag == "CaseExpr") return BindCase(node, frame);
  if (tag == "SQLValueFunction") return BindSqlValueFunction(node, frame);
  if (tag == "BoolExpr") {
    std::string_view op = node.Str("boolop");
    std::string_view clause = op == "AND_EXPR" ? "AND" : (op == "OR_EXPR" ? "OR" : "NOT");
    std::vector<ExprPtr> args;
    for (PgNode arg : node.List("args")) {
      ASSIGN_OR_RETURN(ExprPtr e, BindCondition(arg, frame, clause));
      args.push_back(std::move(e));
    }
    if (op == "AND_EXPR") return exec::MakeAnd(std::move(args));
    if (op == "OR_EXPR") return exec::MakeOr(std::move(args));
    return exec::MakeNot(std::move(args[0]));
  }
  if (tag == "NullTest") {
    if (node.Field("arg").Is("RowExpr")) {
      return BindRowNullTest(node.Field("arg"), node.Str("nulltesttype") == "IS_NOT_NULL", frame);
    }
    ASSIGN_OR_RETURN(ExprPtr arg, BindExpr(node.Field("arg"), frame));
    if (IsUnknownParameter(*arg)) InferParameterType(*arg, SqlType::Of(types::kTextOid));
    bool is_not_null = node.Str("nulltesttype") == "IS_NOT_NULL";
    if (arg->type.oid == types::kRecordOid) {
      // A record IS NULL when every field is, IS NOT NULL when none is.
      std::vector<ExprPtr> args;
      args.push_back(std::move(arg));
      return exec::MakeFunctionCall(is_not_null ? "$record_is_not_null" : "$record_is_null", std::move(args),
                                    node.Location());
    }
    return exec::MakeIsNull(std::move(arg), is_not_null);
  }
  if (tag == "BooleanTest") {
    ASSIGN_OR_RETURN(ExprPtr arg, BindCondition(node.Field("arg"), frame, "IS TRUE"));
    std::string_view test = node.Str("booltesttype");
    if (test == "IS_TRUE") return exec::MakeIsTrue(std::move(arg), false);
    if (test == "IS_NOT_TRUE") return exec::MakeIsTrue(std::move(arg), true);
    if (test == "IS_FALSE") return exec::MakeIsFalse(std::move(arg), false);
    if (test == "IS_NOT_FALSE") return exec::MakeIsFalse(std::move(arg), true);
    if (test == "IS_UNKNOWN") return exec::MakeIsNull(std::move(arg), false);
    return exec::MakeIsNull(std::move(arg), true);
  }
  if (tag == "CoalesceExpr") {
    ASSIGN_OR_RETURN(auto args, BindList(node.List("args"), frame));
    SqlType common;
    RETURN_IF_ERROR(UnifyTypes(args, "COALESCE", &common));
    return exec::MakeCoalesce(std::move(args), common);
  }
  if (tag == "MinMaxExpr") {
    bool greatest = node.Str("op") == "IS_GREATEST";
    ASSIGN_OR_RETURN(auto args, BindList(node.List("args"), frame));
    SqlType common;
    RETURN_IF_ERROR(UnifyTypes(args, greatest ? "GREATEST" : "LEAST", &common));
    ASSIGN_OR_RETURN(ExprPtr probe, exec::MakeOperator(greatest ? ">" : "<", exec::MakeNullConstant(common),
                                                       exec::MakeNullConstant(common), node.Location()));
    return exec::MakeGreatestLeast(greatest, std::move(args), probe->function, common);
  }
  if (tag == "CollateClause") {
    std::string collation = LastName(node, "collname");
    if (collation != "C" && collation != "POSIX" && collation != "default") {
      return Status::NotSupported("collation \"" + collation + "\"");
    }
    return BindExpr(node.Field("arg"), frame);
  }
  if (tag == "SetToDefault") {
    return Status::Error(sqlstate::kFeatureNotSupported, "DEFAULT is not allowed in this context");
  }
  if (tag == "A_ArrayExpr") return BindArrayConstructor(*this, node, frame, nullptr);
  if (tag == "RowExpr") {
    // A row value outside comparisons (those are bind_row.cc's): a record.
    ASSIGN_OR_RETURN(auto fields, BindList(node.List("args"), frame));
    for (ExprPtr& f : fields) {
      if (IsUnknownParameter(*f)) InferParameterType(*f, SqlType::Of(types::kTextOid));
    }
    return exec::MakeRowConstructor(std::move(fields), node.Location());
  }
  if (tag == "A_Indirection") return BindIndirection(*this, node, frame);
  if (tag == "GroupingFunc") return BindGroupingFunc(node, frame);
  if (tag == "XmlExpr" || tag == "XmlSerialize") return Status::NotSupported("XML expressions");
  return Status::NotSupported("expression " + std::string(tag));
}

Result<ExprPtr> Binder::BindConstant(PgNode node) {
  PgNode body = node.Body();
  if (body.Bool("isnull")) return exec::MakeNullConstant(Unknown());
  if (body.Field("ival")) {
    int64_t value = node.tree()->IntegerConstant(node);
    if (value >= INT32_MIN && value <= INT32_MAX) {
      return exec::MakeConstant(types::Value::Int4(static_cast<int32_t>(value)), SqlType::Of(types::kInt4Oid));
    }
    return exec::MakeConstant(types::Value::Int8(value), SqlType::Of(types::kInt8Oid));
  }
  if (PgNode fval = body.Field("fval")) {
    std::string_view text = fval.Str("fval");
    // Integer-looking literals too big for int4 are int8 if they fit, else numeric.
    bool integral = !text.empty() && text.find_first_not_of("-0123456789") == std::string_view::npos;
    if (integral) {
      auto as_int8 = types::ParseInt8(text);
      if (as_int8.ok()) return exec::MakeConstant(types::Value::Int8(*as_int8), SqlType::Of(types::kInt8Oid));
    }
    auto numeric = types::ParseText(text, SqlType::Of(types::kNumericOid));
    if (!numeric.ok() && numeric.status().Is(sqlstate::kNumericValueOutOfRange)) {
      // Beyond augurdb's 38-digit numeric (docs/types.md): keep the literal
      // usable as double precision rather than failing.
      ASSIGN_OR_RETURN(types::Value as_float, types::ParseText(text, SqlType::Of(types::kFloat8Oid)));
      return exec::MakeConstant(std::move(as_float), SqlType::Of(types::kFloat8Oid));
    }
    if (!numeric.ok()) return numeric.TakeStatus();
    return exec::MakeConstant(std::move(numeric).value(), SqlType::Of(types::kNumericOid));
  }
  if (PgNode sval = body.Field("sval")) {
    return exec::MakeConstant(types::Value::Bytes(Unknown(), std::string(sval.Str("sval"))), Unknown());
  }
  if (PgNode boolval = body.Field("boolval")) {
    return exec::MakeConstant(types::Value::Bool(boolval.Bool("boolval")), BoolType());
  }
  if (body.Field("bsval")) return Status::NotSupported("bit string literals");
  // "ival": {} with no value is handled above; anything else is unexpected.
  return Status::Internal("unrecognized constant");
}

Result<ExprPtr> Binder::BindParamRef(PgNode node) {
  int number = static_cast<int>(node.Int("number"));
  if (number <= 0 || number > 65535) {
    return Status::Error(sqlstate::kUndefinedParameter, "there is no parameter $" + std::to_string(number));
  }
  auto& parameter_types = state_.parameter_types;
  if (static_cast<size_t>(number) > parameter_types.size()) {
    return Status::Error(sqlstate::kUndefinedParameter, "there is no parameter $" + std::to_string(number));
  }
  SqlType type = parameter_types[number - 1];
  if (type.oid == types::kInvalidOid) type = Unknown();
  return exec::MakeParameter(number - 1, type);
}

Result<ExprPtr> Binder::ResolveColumn(std::string_view table, std::string_view column, Frame& frame, int location) {
  const Scope& scope = *frame.scope;
  {
    // Merged USING columns by bare name; a DML target view's computed
    // columns also by the view's name.
    for (const ScopeColumn& m : scope.merged) {
      if (!table.empty() && (m.table_alias.empty() || m.table_alias != table)) continue;
      if (!m.hidden && m.name == column) {
        if (grouping != nullptr && !inside_aggregate_) {
          return WithLocation(Status::Error(sqlstate::kGroupingError,
                                            "column \"" + m.name +
                                                "\" must appear in the GROUP BY clause or be used in an aggregate function"),
                              location);
        }
        return m.computed->Clone();
      }
    }
  }
  int found = -1;
  bool table_seen = table.empty();
  for (size_t i = 0; i < scope.columns.size(); ++i) {
    const ScopeColumn& c = scope.columns[i];
    if (!table.empty()) {
      if (c.table_alias != table) continue;
      table_seen = true;
    } else if (c.hidden) {
      continue;
    }
    if (c.name != column) continue;
    if (found >= 0) {
      return WithLocation(Status::Error(sqlstate::kAmbiguousColumn,
                                        "column reference \"" + std::string(column) + "\" is ambiguous"),
                          location);
    }
    found = static_cast<int>(i);
  }
  if (found >= 0) {
    if (grouping != nullptr && !inside_aggregate_ && !grouping->has_sets && FunctionallyDependent(found, frame)) {
      // Grouped by the table's primary key: its other columns are determined
      // (PostgreSQL's functional-dependency rule); group by them too.
      const ScopeColumn& c = scope.columns[found];
      grouping->key_texts.push_back(exec::MakeColumnRef(found, c.type)->ToString());
      grouping->keys.push_back(exec::MakeColumnRef(found, c.type));
      return exec::MakeColumnRef(static_cast<int>(grouping->keys.size() - 1), c.type);
    }
    if (grouping != nullptr && !inside_aggregate_) {
      const ScopeColumn& c = scope.columns[found];
      std::string qualified = c.table_alias.empty() ? c.name : c.table_alias + "." + c.name;
      return WithLocation(Status::Error(sqlstate::kGroupingError,
                                        "column \"" + qualified +
                                            "\" must appear in the GROUP BY clause or be used in an aggregate function"),
                          location);
    }
    return exec::MakeColumnRef(found, scope.columns[found].type);
  }
  if (column == "tableoid") {
    // The system column every table has: the oid of the row's table, a
    // constant per FROM item (no inheritance or partitions here). Qualified,
    // it names that item's table; unqualified, only when the FROM clause is
    // that one table (PostgreSQL does not find it through a JOIN: 42703,
    // and calls it ambiguous in a comma list, 42702, where this says 42703).
    std::string alias;
    uint32_t oid = 0;
    bool single = true;
    for (const ScopeColumn& c : scope.columns) {
      if (!table.empty() && c.table_alias != table) continue;
      if (!c.base_relation || (oid != 0 && (c.table_alias != alias || c.table_oid != oid))) {
        single = false;
        break;
      }
      alias = c.table_alias;
      oid = c.table_oid;
    }
    if (single && oid != 0) return exec::MakeConstant(types::Value::Oid(oid), types::SqlType::Of(types::kOidOid));
  }
  if (frame.parent != nullptr) {
    // Outer reference: bind in the parent frame, pass the value in a slot.
    Grouping* saved_grouping = grouping;
    grouping = nullptr;
    auto outer = ResolveColumn(table, column, *frame.parent, location);
    grouping = saved_grouping;
    if (outer.ok() && frame.parent->grouping != nullptr && (*outer)->kind == ExprKind::kColumnRef) {
      const Grouping& g = *frame.parent->grouping;
      std::string text = (*outer)->ToString();
      size_t k = 0;
      while (k < g.key_texts.size() && g.key_texts[k] != text) ++k;
      if (k == g.key_texts.size()) {
        std::string shown = table.empty() ? std::string(column) : std::string(table) + "." + std::string(column);
        return WithLocation(Status::Error(sqlstate::kGroupingError,
                                          "subquery uses ungrouped column \"" + shown + "\" from outer query"),
                            location);
      }
      outer = exec::MakeColumnRef(static_cast<int>(k), (*outer)->type);
    }
    if (outer.ok()) {
      SqlType type = (*outer)->type;
      int slot = state_.next_slot++;
      frame.outer_values.push_back(std::move(outer).value());
      frame.outer_slots.push_back(slot);
      return exec::MakeParameter(slot, type);
    }
    if (!outer.status().Is(sqlstate::kUndefinedColumn) && !outer.status().Is(sqlstate::kUndefinedTable)) {
      return outer;
    }
  }
  if (!table_seen) {
    return WithLocation(Status::Error(sqlstate::kUndefinedTable,
                                      "missing FROM-clause entry for table \"" + std::string(table) + "\""),
                        location);
  }
  std::string shown = table.empty() ? "\"" + std::string(column) + "\"" : std::string(table) + "." + std::string(column);
  Status error = Status::Error(sqlstate::kUndefinedColumn, "column " + shown + " does not exist");
  // PostgreSQL's "Perhaps you meant" hint: the unique closest column name.
  int best = -1, best_distance = 1 << 30, ties = 0;
  for (size_t i = 0; i < scope.columns.size(); ++i) {
    const ScopeColumn& c = scope.columns[i];
    if (!table.empty() && c.table_alias != table) continue;
    if (c.unreachable) continue;
    int distance = EditDistance(column, c.name);
    if (distance > static_cast<int>(c.name.size()) / 2 || distance == 0) continue;
    if (distance < best_distance) {
      best = static_cast<int>(i);
      best_distance = distance;
      ties = 0;
    } else if (distance == best_distance) {
      ++ties;
    }
  }
  if (best >= 0 && ties == 0) {
    const ScopeColumn& c = scope.columns[best];
    std::string name = c.table_alias.empty() ? c.name : c.table_alias + "." + c.name;
    error = std::move(error).WithHint("Perhaps you meant to reference the column \"" + name + "\".");
  }
  return WithLocation(std::move(error), location);
}

bool Binder::FunctionallyDependent(int column, Frame& frame) {
  const Scope& scope = *frame.scope;
  const ScopeColumn& c = scope.columns[column];
  if (c.table_oid == 0 || state_.catalog == nullptr) return false;
  auto table = state_.catalog->FindTable(state_.statement ? state_.statement->txn : nullptr, c.table_oid);
  if (!table || table->primary_key() == nullptr) return false;
  for (int16_t attnum : table->primary_key()->attnums) {
    bool grouped = false;
    for (size_t i = 0; i < scope.columns.size() && !grouped; ++i) {
      const ScopeColumn& k = scope.columns[i];
      if (k.table_alias != c.table_alias || k.table_oid != c.table_oid || k.attnum != attnum) continue;
      std::string text = exec::MakeColumnRef(static_cast<int>(i), k.type)->ToString();
      for (const auto& key : grouping->key_texts) grouped |= key == text;
    }
    if (!grouped) return false;
  }
  return true;
}

Result<ExprPtr> Binder::BindColumnRef(PgNode node, Frame& frame) {
  auto fields = node.List("fields");
  std::vector<std::string_view> names;
  for (PgNode f : fields) {
    if (f.Is("A_Star")) {
      return WithLocation(Status::NotSupported("* in this position"), node.Location());
    }
    names.push_back(f.StringValue());
  }
  if (names.size() == 1) return ResolveColumn("", names[0], frame, node.Location());
  if (names.size() == 2) return ResolveColumn(names[0], names[1], frame, node.Location());
  if (names.size() == 3) return ResolveColumn(names[1], names[2], frame, node.Location());
  return WithLocation(Status::Error(sqlstate::kSyntaxError, "improper qualified name (too many dotted names)"),
                      node.Location());
}

Result<ExprPtr> Binder::BindTypeCast(PgNode node, Frame& frame) {
  ASSIGN_OR_RETURN(SqlType target, BindTypeName(node.Field("typeName")));
  ExprPtr arg;
  if (node.Field("arg").Is("A_ArrayExpr") && types::IsArrayOid(target.oid)) {
    ASSIGN_OR_RETURN(arg, BindArrayConstructor(*this, node.Field("arg"), frame, &target));
  } else {
    ASSIGN_OR_RETURN(arg, BindExpr(node.Field("arg"), frame));
  }
  if (IsUnknownParameter(*arg)) {
    InferParameterType(*arg, target);
    if (target.typmod < 0) return arg;
  }
  // A literal that fails its type's input function is reported at the
  // literal, as PostgreSQL does; other cast failures have no position.
  PgNode arg_node = node.Field("arg");
  bool literal = arg_node.Is("A_Const");
  auto cast = exec::CoerceTo(std::move(arg), target, exec::CastContext::kExplicit);
  if (!cast.ok()) {
    Status status = cast.TakeStatus();
    if (literal) return WithLocation(std::move(status), arg_node.Location());
    if (status.sqlstate().substr(0, 2) != "22") return WithLocation(std::move(status), node.Location());
    return status;
  }
  return cast;
}

Result<ExprPtr> Binder::BindAExpr(PgNode node, Frame& frame) {
  std::string_view kind = node.Str("kind");
  std::string op = LastName(node, "name");
  int location = node.Location();
  PgNode lexpr = node.Field("lexpr");
  PgNode rexpr = node.Field("rexpr");

  bool row_operand = (lexpr && lexpr.Is("RowExpr")) || (rexpr && rexpr.Is("RowExpr"));
  if (row_operand && (kind == "AEXPR_OP" || kind == "AEXPR_DISTINCT" || kind == "AEXPR_NOT_DISTINCT")) {
    if (kind == "AEXPR_OP") return BindRowOperator(op, lexpr, rexpr, frame, location);
    return BindRowDistinct(lexpr, rexpr, kind == "AEXPR_NOT_DISTINCT", frame, location);
  }
  if (kind == "AEXPR_IN" && lexpr.Is("RowExpr")) return BindRowInList(lexpr, rexpr, op == "<>", frame, location);
  bool like_operator = op == "~~" || op == "!~~" || op == "~~*" || op == "!~~*";
  if (kind == "AEXPR_OP" && like_operator && lexpr) {
    kind = (op == "~~*" || op == "!~~*") ? "AEXPR_ILIKE" : "AEXPR_LIKE";
  }
  if (kind == "AEXPR_OP") {
    ExprPtr left;
    if (lexpr) {
      ASSIGN_OR_RETURN(left, BindExpr(lexpr, frame));
    }
    ASSIGN_OR_RETURN(ExprPtr right, BindExpr(rexpr, frame));
    return MakeOperatorInferring(op, std::move(left), std::move(right), location);
  }
  if (kind == "AEXPR_DISTINCT" || kind == "AEXPR_NOT_DISTINCT" || kind == "AEXPR_NULLIF") {
    ASSIGN_OR_RETURN(ExprPtr left, BindExpr(lexpr, frame));
    ASSIGN_OR_RETURN(ExprPtr right, BindExpr(rexpr, frame));
    ASSIGN_OR_RETURN(ExprPtr eq, MakeOperatorInferring("=", std::move(left), std::move(right), location));
    if (eq->kind != ExprKind::kFunction || eq->children.size() != 2) return Status::Internal("unexpected = shape");
    if (kind == "AEXPR_NULLIF") {
      return exec::MakeNullIf(std::move(eq->children[0]), std::move(eq->children[1]), eq->function);
    }
    return exec::MakeIsDistinctFrom(std::move(eq->children[0]), std::move(eq->children[1]), eq->function,
                                    kind == "AEXPR_NOT_DISTINCT");
  }
  if (kind == "AEXPR_IN") {
    ASSIGN_OR_RETURN(ExprPtr needle, BindExpr(lexpr, frame));
    ASSIGN_OR_RETURN(auto list, BindList(rexpr.List("items"), frame));
    std::vector<ExprPtr> all;
    all.push_back(std::move(needle));
    for (auto& e : list) all.push_back(std::move(e));
    SqlType common;
    RETURN_IF_ERROR(UnifyTypes(all, "IN", &common));
    ASSIGN_OR_RETURN(ExprPtr probe, exec::MakeOperator("=", exec::MakeNullConstant(common),
                                                       exec::MakeNullConstant(common), location));
    ExprPtr first = std::move(all[0]);
    std::vector<ExprPtr> items;
    for (size_t i = 1; i < all.size(); ++i) items.push_back(std::move(all[i]));
    return exec::MakeInList(std::move(first), std::move(items), probe->function, op == "<>");
  }
  if (kind == "AEXPR_LIKE" || kind == "AEXPR_ILIKE") {
    bool negated = !op.empty() && op[0] == '!';
    ASSIGN_OR_RETURN(ExprPtr input, BindExpr(lexpr, frame));
    ExprPtr pattern, escape;
    if (rexpr.Is("FuncCall") && LastName(rexpr, "funcname") == "like_escape") {
      auto args = rexpr.List("args");
      ASSIGN_OR_RETURN(pattern, BindExpr(args[0], frame));
      ASSIGN_OR_RETURN(escape, BindExpr(args[1], frame));
    } else {
      ASSIGN_OR_RETURN(pattern, BindExpr(rexpr, frame));
    }
    SqlType text = SqlType::Of(types::kTextOid);
    auto to_text = [&](ExprPtr e) -> Result<ExprPtr> {
      if (!e) return e;
      if (IsUnknownParameter(*e)) {
        InferParameterType(*e, text);
        return e;
      }
      uint32_t oid = e->type.oid;
      if (oid == types::kTextOid || oid == types::kVarcharOid || oid == types::kBpcharOid ||
          oid == types::kNameOid) {
        return e;
      }
      if (oid == types::kUnknownOid) return exec::CoerceTo(std::move(e), text, exec::CastContext::kImplicit);
      return Status::Error(sqlstate::kUndefinedFunction,
                           "operator does not exist: " + exec::TypeDisplayName(e->type) + " " + op + " " +
                               exec::TypeDisplayName(text))
          .WithHint("No operator matches the given name and argument types. You might need to add explicit type casts.");
    };
    ASSIGN_OR_RETURN(input, to_text(std::move(input)));
    ASSIGN_OR_RETURN(pattern, to_text(std::move(pattern)));
    if (escape) {
      ASSIGN_OR_RETURN(escape, to_text(std::move(escape)));
    }
    return exec::MakeLike(std::move(input), std::move(pattern), std::move(escape), kind == "AEXPR_ILIKE", negated);
  }
  if (kind == "AEXPR_BETWEEN" || kind == "AEXPR_NOT_BETWEEN") {
    ASSIGN_OR_RETURN(ExprPtr x, BindExpr(lexpr, frame));
    auto bounds = rexpr.List("items");
    ASSIGN_OR_RETURN(ExprPtr lo, BindExpr(bounds[0], frame));
    ASSIGN_OR_RETURN(ExprPtr hi, BindExpr(bounds[1], frame));
    for (ExprPtr* bound : {&lo, &hi}) {
      if (IsUnknownParameter(**bound)) InferParameterType(**bound, x->type);
    }
    if (IsUnknownParameter(*x)) InferParameterType(*x, lo->type);
    ASSIGN_OR_RETURN(ExprPtr result,
                     exec::MakeBetween(std::move(x), std::move(lo), std::move(hi), kind == "AEXPR_NOT_BETWEEN", location));
    ResolveParameterCasts(*this, result);
    return result;
  }
  if (kind == "AEXPR_OP_ANY" || kind == "AEXPR_OP_ALL") return BindQuantifiedArray(*this, node, frame);
  if (kind == "AEXPR_SIMILAR") {
    // x [NOT] SIMILAR TO p [ESCAPE e] arrives as x ~ similar_to_escape(p[, e]).
    ASSIGN_OR_RETURN(ExprPtr left, BindExpr(lexpr, frame));
    ASSIGN_OR_RETURN(ExprPtr right, BindExpr(rexpr, frame));
    return MakeOperatorInferring(op, std::move(left), std::move(right), location);
  }
  if (kind == "AEXPR_BETWEEN_SYM" || kind == "AEXPR_NOT_BETWEEN_SYM") {
    // x BETWEEN SYMMETRIC a AND b  =  x BETWEEN a AND b OR x BETWEEN b AND a
    bool negated = kind == "AEXPR_NOT_BETWEEN_SYM";
    auto bounds = rexpr.List("items");
    ASSIGN_OR_RETURN(ExprPtr x, BindExpr(lexpr, frame));
    ASSIGN_OR_RETURN(ExprPtr lo, BindExpr(bounds[0], frame));
    ASSIGN_OR_RETURN(ExprPtr hi, BindExpr(bounds[1], frame));
    ASSIGN_OR_RETURN(ExprPtr forward, exec::MakeBetween(x->Clone(), lo->Clone(), hi->Clone(), negated, location));
    ASSIGN_OR_RETURN(ExprPtr backward, exec::MakeBetween(std::move(x), std::move(hi), std::move(lo), negated, location));
    std::vector<ExprPtr> both;
    both.push_back(std::move(forward));
    both.push_back(std::move(backward));
    return negated ? exec::MakeAnd(std::move(both)) : exec::MakeOr(std::move(both));
  }
  return Status::NotSupported("expression kind " + std::string(kind));
}

Result<ExprPtr> Binder::BindCase(PgNode node, Frame& frame) {
  std::vector<ExprPtr> whens;
  std::vector<ExprPtr> results;
  ExprPtr operand;
  if (PgNode arg = node.Field("arg")) {
    ASSIGN_OR_RETURN(operand, BindExpr(arg, frame));
  }
  for (PgNode when : node.List("args")) {
    if (operand) {
      ASSIGN_OR_RETURN(ExprPtr w, BindExpr(when.Field("expr"), frame));
      whens.push_back(std::move(w));
    } else {
      ASSIGN_OR_RETURN(ExprPtr w, BindCondition(when.Field("expr"), frame, "CASE/WHEN"));
      whens.push_back(std::move(w));
    }
    ASSIGN_OR_RETURN(ExprPtr r, BindExpr(when.Field("result"), frame));
    results.push_back(std::move(r));
  }
  bool has_else = static_cast<bool>(node.Field("defresult"));
  if (has_else) {
    ASSIGN_OR_RETURN(ExprPtr r, BindExpr(node.Field("defresult"), frame));
    results.push_back(std::move(r));
  }
  SqlType common;
  RETURN_IF_ERROR(UnifyTypes(results, "CASE", &common));
  ExprPtr else_result;
  if (has_else) {
    else_result = std::move(results.back());
    results.pop_back();
  }
  std::vector<ExprPtr> whens_thens;
  for (size_t i = 0; i < whens.size(); ++i) {
    whens_thens.push_back(std::move(whens[i]));
    whens_thens.push_back(std::move(results[i]));
  }
  if (operand) {
    ASSIGN_OR_RETURN(ExprPtr result, exec::MakeSimpleCase(std::move(operand), std::move(whens_thens),
                                                          std::move(else_result), node.Location()));
    return result;
  }
  return exec::MakeCase(std::move(whens_thens), std::move(else_result), common);
}

Result<ExprPtr> Binder::BindSqlValueFunction(PgNode node, Frame& frame) {
  std::string_view op = node.Str("op");
  auto now = [&]() {
    state_.uses_now = true;
    return exec::MakeParameter(state_.now_slot, SqlType::Of(types::kTimestampTzOid));
  };
  // The transaction's start time as `oid`; the _N forms (CURRENT_TIME(p),
  // ...) round to p fractional digits, p > 6 meaning 6 (anytime_typmod_check).
  auto now_as = [&](uint32_t oid) -> Result<ExprPtr> {
    // The JSON tree omits a zero typmod (CURRENT_TIME(0)); the plain forms carry -1.
    int32_t precision = static_cast<int32_t>(node.Int("typmod", 0));
    SqlType type{oid, precision > 6 ? 6 : precision};
    if (oid == types::kTimestampTzOid && type.typmod < 0) return now();
    return exec::CoerceTo(now(), type, exec::CastContext::kExplicit);
  };
  if (op == "SVFOP_CURRENT_TIMESTAMP" || op == "SVFOP_CURRENT_TIMESTAMP_N") return now_as(types::kTimestampTzOid);
  if (op == "SVFOP_CURRENT_DATE") return now_as(types::kDateOid);
  if (op == "SVFOP_LOCALTIMESTAMP" || op == "SVFOP_LOCALTIMESTAMP_N") return now_as(types::kTimestampOid);
  if (op == "SVFOP_LOCALTIME" || op == "SVFOP_LOCALTIME_N") return now_as(types::kTimeOid);
  if (op == "SVFOP_CURRENT_TIME" || op == "SVFOP_CURRENT_TIME_N") return now_as(types::kTimeTzOid);
  if (op == "SVFOP_CURRENT_USER" || op == "SVFOP_USER" || op == "SVFOP_SESSION_USER" ||
      op == "SVFOP_CURRENT_ROLE") {
    return exec::MakeConstant(types::Value::Bytes(SqlType::Of(types::kNameOid), state_.session_user),
                              SqlType::Of(types::kNameOid));
  }
  if (op == "SVFOP_CURRENT_CATALOG") {
    return exec::MakeConstant(types::Value::Bytes(SqlType::Of(types::kNameOid), state_.catalog->database_name()),
                              SqlType::Of(types::kNameOid));
  }
  if (op == "SVFOP_CURRENT_SCHEMA") return exec::MakeFunctionCall("current_schema", {}, node.Location());
  return Status::NotSupported(std::string(op));
}

Result<ExprPtr> Binder::BindSetReturningCall(PgNode node, Frame& frame, std::string_view field) {
  std::string name = LastName(node, "funcname");
  if (set_functions == nullptr) {
    return WithLocation(
        Status::Error(sqlstate::kFeatureNotSupported, "set-returning functions are not allowed in " + clause_name),
        node.Location());
  }
  if (inside_aggregate_) {
    return WithLocation(Status::Error(sqlstate::kFeatureNotSupported,
                                      "aggregate function calls cannot contain set-returning function calls")
                            .WithHint("You might be able to move the set-returning function into a LATERAL FROM item."),
                        node.Location());
  }
  if (node.Field("over") || node.Bool("agg_star") || node.Bool("agg_distinct") || !node.List("agg_order").empty() ||
      node.Field("agg_filter") || node.Bool("func_variadic")) {
    return WithLocation(Status::NotSupported("this form of " + name + "()"), node.Location());
  }
  if (name == "_pg_expandarray" && !field.empty()) {
    // (_pg_expandarray(a)).x / .n: the field's own set-returning function
    // (unnest / the 1-based positions) rather than a record per row.
    if (field != "x" && field != "n") {
      return WithLocation(Status::Error(sqlstate::kUndefinedColumn,
                                        "could not identify column \"" + std::string(field) + "\" in record data type"),
                          node.Location());
    }
    name = field == "x" ? "unnest" : "_pg_expandarray_n";
  } else if (!field.empty()) {
    return WithLocation(Status::NotSupported("field selection from " + name + "()"), node.Location());
  }
  ASSIGN_OR_RETURN(auto args, BindList(node.List("args"), frame));
  // generate_series($1, $2): parameters default to the other arguments' type, else int4.
  SqlType known = SqlType::Of(types::kUnknownOid);
  for (const ExprPtr& a : args) {
    if (!IsUnknownParameter(*a) && a->type.oid != types::kUnknownOid) known = a->type;
  }
  for (ExprPtr& a : args) {
    if (IsUnknownParameter(*a)) InferParameterType(*a, known.oid != types::kUnknownOid ? known : SqlType::Of(types::kInt4Oid));
  }
  ASSIGN_OR_RETURN(exec::TableFunctionCall call, exec::MakeTableFunction(name, std::move(args), node.Location()));
  SqlType type = call.result_type;
  set_functions->push_back(std::move(call));
  return exec::MakeColumnRef(kSetFunctionRefBase + static_cast<int>(set_functions->size() - 1), type);
}

Result<ExprPtr> Binder::BindFuncCall(PgNode node, Frame& frame) {
  std::string name = LastName(node, "funcname");
  auto qualifiers = node.List("funcname");
  bool expand_array = name == "_pg_expandarray" && qualifiers.size() == 2 &&
                      qualifiers[0].StringValue() == "information_schema";
  if (exec::IsTableFunctionName(name) || expand_array) {
    if (qualifiers.size() == 1 || qualifiers[0].StringValue() == "pg_catalog" || expand_array) {
      return BindSetReturningCall(node, frame, "");
    }
  }
  if (qualifiers.size() > 1 && qualifiers[0].StringValue() != "pg_catalog") {
    return Status::Error(sqlstate::kUndefinedFunction, "function " + NameListToString(node, "funcname") + " does not exist");
  }
  if (node.Field("over")) return BindWindowFunction(node, frame);
  if (node.Bool("func_variadic")) return Status::NotSupported("VARIADIC arguments");
  if (exec::IsAggregateName(name) || node.Bool("agg_star") || node.Bool("agg_distinct")) {
    return BindAggregate(node, frame);
  }
  if (!node.List("agg_order").empty() || node.Field("agg_filter")) {
    return WithLocation(Status::Error(sqlstate::kWrongObjectType,
                                      "ORDER BY or FILTER specified, but " + name + " is not an aggregate function"),
                        node.Location());
  }
  if (name == "version" && node.List("args").empty()) {
    return exec::MakeConstant(types::Value::Text(VersionString()), SqlType::Of(types::kTextOid));
  }
  if (name == "current_database" && node.List("args").empty()) {
    return exec::MakeConstant(types::Value::Bytes(SqlType::Of(types::kNameOid), state_.catalog->database_name()),
                              SqlType::Of(types::kNameOid));
  }
  if (name == "pg_typeof" && node.List("args").size() == 1) {
    // regtype of the argument's type, known when binding.
    ASSIGN_OR_RETURN(auto typeof_args, BindList(node.List("args"), frame));
    SqlType regtype = SqlType::Of(types::kRegtypeOid);
    return exec::MakeConstant(types::Value::FromInt64(regtype, typeof_args[0]->type.oid), regtype);
  }
  if (name == "now" || name == "transaction_timestamp" || name == "current_timestamp") {
    if (!node.List("args").empty()) {
      return Status::Error(sqlstate::kUndefinedFunction, "function " + name + " with arguments does not exist");
    }
    state_.uses_now = true;
    return exec::MakeParameter(state_.now_slot, SqlType::Of(types::kTimestampTzOid));
  }
  if (IsSequenceFunction(name) && qualifiers.size() <= 2) return BindSequenceFunction(*this, name, node, frame);
  // Named notation (make_interval(days => 2)): bind the inner expressions
  // and let exec/ place them by parameter name.
  std::vector<PgNode> arg_nodes = node.List("args");
  std::vector<std::string> arg_names(arg_nodes.size());
  for (size_t i = 0; i < arg_nodes.size(); ++i) {
    if (arg_nodes[i].Is("NamedArgExpr")) {
      arg_names[i] = std::string(arg_nodes[i].Str("name"));
      arg_nodes[i] = arg_nodes[i].Field("arg");
    }
  }
  ASSIGN_OR_RETURN(auto args, BindList(arg_nodes, frame));
  // Untyped $n arguments: take the type from the only overload of this arity.
  bool has_unknown_parameter = false;
  for (auto& a : args) has_unknown_parameter |= IsUnknownParameter(*a);
  if (has_unknown_parameter) {
    const exec::ScalarFunction* only = nullptr;
    int matches = 0;
    for (const exec::ScalarFunction* f : exec::FunctionRegistry::Global().Overloads(name)) {
      if (f->arg_types.size() == args.size() || (f->variadic && args.size() >= f->arg_types.size())) {
        only = f;
        ++matches;
      }
    }
    if (matches == 1) {
      for (size_t i = 0; i < args.size(); ++i) {
        size_t k = std::min(i, only->arg_types.size() - 1);
        InferParameterType(*args[i], only->arg_types[k]);
      }
    }
  }
  ASSIGN_OR_RETURN(ExprPtr result, exec::MakeFunctionCallNamed(name, std::move(args), arg_names, node.Location()));
  ResolveParameterCasts(*this, result);
  return result;
}

Result<ExprPtr> Binder::BindAggregate(PgNode node, Frame& frame) {
  std::string name = LastName(node, "funcname");
  if (inside_aggregate_) {
    return Status::Error(sqlstate::kGroupingError, "aggregate function calls cannot be nested");
  }
  if (grouping == nullptr || !allow_aggregates) {
    return Status::Error(sqlstate::kGroupingError, "aggregate functions are not allowed in " + clause_name);
  }
  if (node.Bool("agg_within_group")) return Status::NotSupported("WITHIN GROUP");
  inside_aggregate_ = true;
  // count((a, b)): a row argument (bind_row.cc's fields; exec counts rows).
  bool row_argument = name == "count" && node.List("args").size() == 1 && node.List("args")[0].Is("RowExpr");
  if (!row_argument && node.List("args").size() == 1 && node.List("args")[0].Is("RowExpr")) {
    return WithLocation(Status::Error(sqlstate::kUndefinedFunction, "function " + name + "(record) does not exist")
                            .WithHint("No function matches the given name and argument types. You might need to add "
                                      "explicit type casts."),
                        node.Location());
  }
  auto bind_args = [&]() -> Result<std::vector<ExprPtr>> {
    if (row_argument) return BindRowFields(node.List("args")[0], frame);
    return BindList(node.List("args"), frame);
  };
  auto args = bind_args();
  std::vector<exec::AggregateOrderKey> order_by;
  if (args.ok() && !node.List("agg_order").empty()) {
    Status status = BindAggregateOrder(node, *args, frame, &order_by);
    if (!status.ok()) {
      inside_aggregate_ = false;
      return status;
    }
  }
  ExprPtr filter;
  if (args.ok() && node.Field("agg_filter")) {
    auto f = BindCondition(node.Field("agg_filter"), frame, "FILTER");
    if (!f.ok()) {
      inside_aggregate_ = false;
      return f.TakeStatus();
    }
    filter = std::move(f).value();
  }
  inside_aggregate_ = false;
  if (!args.ok()) return args.TakeStatus();
  for (auto& a : *args) {
    if (IsUnknownParameter(*a)) InferParameterType(*a, SqlType::Of(types::kTextOid));
  }
  std::vector<ExprPtr> row_fields;
  if (row_argument) row_fields = std::move(args).value();
  ASSIGN_OR_RETURN(exec::BoundAggregate aggregate,
                   exec::MakeAggregate(name, row_argument ? std::vector<ExprPtr>{} : std::move(args).value(),
                                       node.Bool("agg_star") || row_argument, node.Bool("agg_distinct"),
                                       std::move(filter), node.Location()));
  if (row_argument) {
    aggregate.args = std::move(row_fields);
    aggregate.row_argument = true;
  }
  aggregate.order_by = std::move(order_by);
  std::string text = aggregate.ToString() + (aggregate.distinct ? "/distinct" : "") +
                     (aggregate.row_argument ? "/row" : "") +
                     (aggregate.filter ? "/filter " + aggregate.filter->ToString() : "");
  size_t index = 0;
  for (; index < grouping->aggregate_texts.size(); ++index) {
    if (grouping->aggregate_texts[index] == text) break;
  }
  SqlType type = aggregate.type;
  if (index == grouping->aggregate_texts.size()) {
    grouping->aggregate_texts.push_back(text);
    grouping->aggregates.push_back(std::move(aggregate));
  }
  // Keys may still be added (functional dependency), so aggregate outputs are
  // numbered from kAggregateRefBase and renumbered once grouping is complete.
  return exec::MakeColumnRef(kAggregateRefBase + static_cast<int>(index), type);
}

Result<ExprPtr> Binder::BindSubLink(PgNode node, Frame& frame) {
  std::string_view type = node.Str("subLinkType");
  if (type == "ROWCOMPARE_SUBLINK" || ((type == "ANY_SUBLINK" || type == "ALL_SUBLINK") &&
                                       node.Field("testexpr").Is("RowExpr"))) {
    return BindRowSubLink(node, frame);
  }
  Binder sub(state_);
  ASSIGN_OR_RETURN(BoundQuery query, sub.BindSelect(node.Field("subselect"), &frame));
  // BindSelect with a parent frame reports the outer references it used.
  std::vector<ExprPtr> outer_values = std::move(sub.last_outer_values);
  std::vector<int> outer_slots = std::move(sub.last_outer_slots);
  if (type == "EXISTS_SUBLINK") {
    return exec::MakeSubquery(exec::SubqueryKind::kExists, std::shared_ptr<exec::PhysicalOperator>(std::move(query.plan)),
                              BoolType(), std::move(outer_values), std::move(outer_slots));
  }
  if (query.plan->output_types().size() != 1) {
    return Status::Error(sqlstate::kSyntaxError, query.plan->output_types().size() > 1
                                                     ? "subquery has too many columns"
                                                     : "subquery must return a column");
  }
  SqlType column_type = query.plan->output_types()[0];
  if (type == "EXPR_SUBLINK") {
    return exec::MakeSubquery(exec::SubqueryKind::kScalar, std::shared_ptr<exec::PhysicalOperator>(std::move(query.plan)),
                              column_type, std::move(outer_values), std::move(outer_slots));
  }
  if (type == "ANY_SUBLINK" || type == "ALL_SUBLINK") {
    std::string op = node.List("operName").empty() ? "=" : LastName(node, "operName");
    ASSIGN_OR_RETURN(ExprPtr left, BindExpr(node.Field("testexpr"), frame));
    if (IsUnknownParameter(*left)) InferParameterType(*left, column_type);
    SqlType left_type = left->type;
    if (left_type.oid == types::kUnknownOid) {
      ASSIGN_OR_RETURN(left, exec::CoerceTo(std::move(left), column_type, exec::CastContext::kImplicit));
      left_type = column_type;
    }
    ASSIGN_OR_RETURN(exec::ResolvedFunction resolved,
                     exec::FunctionRegistry::Global().ResolveOperator(op, &left_type, column_type));
    ASSIGN_OR_RETURN(left, exec::CoerceTo(std::move(left), resolved.arg_types[0], exec::CastContext::kImplicit));
    if (!(resolved.arg_types[1] == column_type)) {
      // Cast the subquery's column to the operator's argument type.
      std::vector<ExprPtr> cast;
      ASSIGN_OR_RETURN(ExprPtr c, exec::CoerceTo(exec::MakeColumnRef(0, column_type), resolved.arg_types[1],
                                                 exec::CastContext::kImplicit));
      cast.push_back(std::move(c));
      query.plan = std::make_unique<exec::ProjectionOperator>(std::move(query.plan), std::move(cast));
    }
    return exec::MakeQuantifiedSubquery(type == "ANY_SUBLINK" ? exec::SubqueryKind::kAny : exec::SubqueryKind::kAll,
                                        std::move(left), resolved.function,
                                        std::shared_ptr<exec::PhysicalOperator>(std::move(query.plan)),
                                        std::move(outer_values), std::move(outer_slots));
  }
  if (type == "ARRAY_SUBLINK") {
    // ARRAY(SELECT x ...): array_agg over the subquery's rows in their order,
    // '{}' (not NULL) when there are none.
    SqlType array_type = types::ArrayTypeOf(column_type);
    if (array_type.oid == types::kInvalidOid) {
      return Status::Error(sqlstate::kUndefinedObject,
                           "could not find array type for data type " + exec::TypeDisplayName(column_type));
    }
    std::vector<ExprPtr> agg_args;
    agg_args.push_back(exec::MakeColumnRef(0, column_type));
    ASSIGN_OR_RETURN(exec::BoundAggregate agg, exec::MakeAggregate("array_agg", std::move(agg_args), false, false,
                                                                   nullptr, node.Location()));
    SqlType result_type = agg.type;
    std::vector<exec::BoundAggregate> aggregates;
    aggregates.push_back(std::move(agg));
    auto plan = std::make_unique<exec::HashAggregateOperator>(std::move(query.plan), std::vector<ExprPtr>{},
                                                              std::move(aggregates));
    std::vector<ExprPtr> values;
    values.push_back(exec::MakeSubquery(exec::SubqueryKind::kScalar,
                                        std::shared_ptr<exec::PhysicalOperator>(std::move(plan)), result_type,
                                        std::move(outer_values), std::move(outer_slots)));
    types::ArrayContents empty;
    empty.element_type = types::ArrayElementType(result_type);
    values.push_back(exec::MakeConstant(types::MakeArrayValue(result_type, empty), result_type));
    return exec::MakeCoalesce(std::move(values), result_type);
  }
  return Status::NotSupported("subquery kind " + std::string(type));
}

}  // namespace augur::sql
