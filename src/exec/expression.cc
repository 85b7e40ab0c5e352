// Expr factories, deep copy and debug text. See expression.h.
#include "exec/expression.h"

#include <cassert>

#include "exec/function_registry.h"
#include "exec/kernels.h"
#include "exec/operators.h"

namespace augur::exec {

namespace {
ExprPtr NewExpr(ExprKind kind, types::SqlType type) {
  auto e = std::make_unique<Expr>();
  e->kind = kind;
  e->type = type;
  return e;
}
const types::SqlType kBool = types::SqlType::Of(types::kBoolOid);
}  // namespace

ExprPtr MakeConstant(types::Value value, types::SqlType type) {
  auto e = NewExpr(ExprKind::kConstant, type);
  e->constant = std::move(value);
  return e;
}
ExprPtr MakeNullConstant(types::SqlType type) { return MakeConstant(types::Value::Null(type), type); }
ExprPtr MakeColumnRef(int column_index, types::SqlType type) {
  auto e = NewExpr(ExprKind::kColumnRef, type);
  e->index = column_index;
  return e;
}
ExprPtr MakeParameter(int slot, types::SqlType type) {
  auto e = NewExpr(ExprKind::kParameter, type);
  e->index = slot;
  return e;
}
ExprPtr MakeCast(ExprPtr child, types::SqlType target, CastContext context) {
  auto e = NewExpr(ExprKind::kCast, target);
  e->cast_context = context;
  e->location = child->location;
  e->children.push_back(std::move(child));
  return e;
}
ExprPtr MakeFunction(const ScalarFunction* function, std::vector<ExprPtr> args, types::SqlType result_type) {
  assert(function != nullptr);
  auto e = NewExpr(ExprKind::kFunction, result_type);
  e->function = function;
  e->children = std::move(args);
  return e;
}
static ExprPtr MakeNary(ExprKind kind, std::vector<ExprPtr> args) {
  auto e = NewExpr(kind, kBool);
  e->children = std::move(args);
  return e;
}
ExprPtr MakeAnd(std::vector<ExprPtr> args) { return MakeNary(ExprKind::kAnd, std::move(args)); }
ExprPtr MakeOr(std::vector<ExprPtr> args) { return MakeNary(ExprKind::kOr, std::move(args)); }
ExprPtr MakeNot(ExprPtr arg) {
  auto e = NewExpr(ExprKind::kNot, kBool);
  e->children.push_back(std::move(arg));
  return e;
}
ExprPtr MakeIsNull(ExprPtr arg, bool negated) {
  auto e = NewExpr(negated ? ExprKind::kIsNotNull : ExprKind::kIsNull, kBool);
  e->children.push_back(std::move(arg));
  return e;
}
ExprPtr MakeIsTrue(ExprPtr arg, bool negated) {
  auto e = NewExpr(ExprKind::kIsTrue, kBool);
  e->negated = negated;
  e->children.push_back(std::move(arg));
  return e;
}
ExprPtr MakeIsFalse(ExprPtr arg, bool negated) {
  auto e = NewExpr(ExprKind::kIsFalse, kBool);
  e->negated = negated;
  e->children.push_back(std::move(arg));
  return e;
}
ExprPtr MakeIsDistinctFrom(ExprPtr left, ExprPtr right, const ScalarFunction* equals, bool negated) {
  auto e = NewExpr(ExprKind::kIsDistinctFrom, kBool);
  e->function = equals;
  e->negated = negated;
  e->children.push_back(std::move(left));
  e->children.push_back(std::move(right));
  return e;
}
ExprPtr MakeCase(std::vector<ExprPtr> whens_thens, ExprPtr else_result, types::SqlType type) {
  auto e = NewExpr(ExprKind::kCase, type);
  e->children = std::move(whens_thens);
  if (else_result) {
    e->has_else = true;
    e->children.push_back(std::move(else_result));
  }
  return e;
}
ExprPtr MakeCoalesce(std::vector<ExprPtr> args, types::SqlType type) {
  auto e = NewExpr(ExprKind::kCoalesce, type);
  e->children = std::move(args);
  return e;
}
ExprPtr MakeNullIf(ExprPtr left, ExprPtr right, const ScalarFunction* equals) {
  auto e = NewExpr(ExprKind::kNullIf, left->type);
  e->function = equals;
  e->children.push_back(std::move(left));
  e->children.push_back(std::move(right));
  return e;
}
ExprPtr MakeGreatestLeast(bool greatest, std::vector<ExprPtr> args, const ScalarFunction* compare,
                          types::SqlType type) {
  auto e = NewExpr(greatest ? ExprKind::kGreatest : ExprKind::kLeast, type);
  e->function = compare;
  e->children = std::move(args);
  return e;
}
ExprPtr MakeInList(ExprPtr needle, std::vector<ExprPtr> list, const ScalarFunction* equals, bool negated) {
  auto e = NewExpr(ExprKind::kInList, kBool);
  e->function = equals;
  e->negated = negated;
  e->children.push_back(std::move(needle));
  for (auto& x : list) e->children.push_back(std::move(x));
  return e;
}
ExprPtr MakeLike(ExprPtr input, ExprPtr pattern, ExprPtr escape, bool case_insensitive, bool negated) {
  auto e = NewExpr(ExprKind::kLike, kBool);
  e->case_insensitive = case_insensitive;
  e->negated = negated;
  e->children.push_back(std::move(input));
  e->children.push_back(std::move(pattern));
  if (escape) e->children.push_back(std::move(escape));
  return e;
}
ExprPtr MakeSubquery(SubqueryKind kind, std::shared_ptr<PhysicalOperator> plan, types::SqlType value_type,
                     std::vector<ExprPtr> outer_values, std::vector<int> outer_param_slots, bool negated) {
  auto e = NewExpr(ExprKind::kSubquery, kind == SubqueryKind::kExists ? kBool : value_type);
  e->subquery_kind = kind;
  e->subquery_plan = std::move(plan);
  e->outer_values = std::move(outer_values);
  e->outer_param_slots = std::move(outer_param_slots);
  e->negated = negated;
  return e;
}
ExprPtr MakeQuantifiedSubquery(SubqueryKind kind, ExprPtr left, const ScalarFunction* compare,
                               std::shared_ptr<PhysicalOperator> plan, std::vector<ExprPtr> outer_values,
                               std::vector<int> outer_param_slots) {
  auto e = NewExpr(ExprKind::kSubquery, kBool);
  e->subquery_kind = kind;
  e->function = compare;
  e->children.push_back(std::move(left));
  e->subquery_plan = std::move(plan);
  e->outer_values = std::move(outer_values);
  e->outer_param_slots = std::move(outer_param_slots);
  return e;
}

std::unique_ptr<Expr> Expr::Clone() const {
  auto e = std::make_unique<Expr>();
  e->kind = kind;
  e->type = type;
  for (const auto& c : children) e->children.push_back(c->Clone());
  e->constant = constant;
  e->index = index;
  e->function = function;
  e->cast_context = cast_context;
  e->negated = negated;
  e->case_insensitive = case_insensitive;
  e->has_else = has_else;
  e->subquery_kind = subquery_kind;
  e->subquery_plan = subquery_plan;
  for (const auto& c : outer_values) e->outer_values.push_back(c->Clone());
  e->outer_param_slots = outer_param_slots;
  e->location = location;
  return e;
}

namespace {
std::string Join(const std::vector<std::unique_ptr<Expr>>& xs, size_t from, const char* sep) {
  std::string s;
  for (size_t i = from; i < xs.size(); i++) {
    if (i > from) s += sep;
    s += xs[i]->ToString();
  }
  return s;
}
}  // namespace

std::string Expr::ToString() const {
  switch (kind) {
    case ExprKind::kConstant: {
      if (constant.is_null()) return "NULL";
      std::string text = internal::ValueText(constant);
      if (types::PhysicalKindOf(type.oid) == types::PhysicalKind::kBytes) return "'" + text + "'";
      return text;
    }
    case ExprKind::kColumnRef: return "#" + std::to_string(index);
    case ExprKind::kParameter: return "$" + std::to_string(index + 1);
    case ExprKind::kCast: return children[0]->ToString() + "::" + types::FormatType(type);
    case ExprKind::kFunction: {
      const auto& name = function->name;
      if (function->is_operator && children.size() == 2) {
        return "(" + children[0]->ToString() + " " + name + " " + children[1]->ToString() + ")";
      }
      if (function->is_operator && children.size() == 1) return "(" + name + children[0]->ToString() + ")";
      return name + "(" + Join(children, 0, ", ") + ")";
    }
    case ExprKind::kAnd: return "(" + Join(children, 0, " AND ") + ")";
    case ExprKind::kOr: return "(" + Join(children, 0, " OR ") + ")";
    case ExprKind::kNot: return "(NOT " + children[0]->ToString() + ")";
    case ExprKind::kIsNull: return "(" + children[0]->ToString() + " IS NULL)";
    case ExprKind::kIsNotNull: return "(" + children[0]->ToString() + " IS NOT NULL)";
    case ExprKind::kIsTrue: return "(" + children[0]->ToString() + (negated ? " IS NOT TRUE)" : " IS TRUE)");
    case ExprKind::kIsFalse: return "(" + children[0]->ToString() + (negated ? " IS NOT FALSE)" : " IS FALSE)");
    case ExprKind::kIsDistinctFrom:
      return "(" + children[0]->ToString() + (negated ? " IS NOT DISTINCT FROM " : " IS DISTINCT FROM ") +
             children[1]->ToString() + ")";
    case ExprKind::kCase: {
      std::string s = "CASE";
      size_t pairs = (children.size() - (has_else ? 1 : 0)) / 2;
      for (size_t i = 0; i < pairs; i++) {
        s += " WHEN " + children[2 * i]->ToString() + " THEN " + children[2 * i + 1]->ToString();
      }
      if (has_else) s += " ELSE " + children.back()->ToString();
      return s + " END";
    }
    case ExprKind::kCoalesce: return "COALESCE(" + Join(children, 0, ", ") + ")";
    case ExprKind::kNullIf: return "NULLIF(" + Join(children, 0, ", ") + ")";
    case ExprKind::kGreatest: return "GREATEST(" + Join(children, 0, ", ") + ")";
    case ExprKind::kLeast: return "LEAST(" + Join(children, 0, ", ") + ")";
    case ExprKind::kInList:
      return "(" + children[0]->ToString() + (negated ? " NOT IN (" : " IN (") + Join(children, 1, ", ") + "))";
    case ExprKind::kLike:
      return "(" + children[0]->ToString() + (negated ? " NOT" : "") + (case_insensitive ? " ~~* " : " ~~ ") +
             children[1]->ToString() + ")";
    case ExprKind::kSubquery:
      switch (subquery_kind) {
        case SubqueryKind::kScalar: return "(SubPlan)";
        case SubqueryKind::kExists: return negated ? "(NOT EXISTS(SubPlan))" : "EXISTS(SubPlan)";
        case SubqueryKind::kAny: return "(" + children[0]->ToString() + " " + function->name + " ANY (SubPlan))";
        case SubqueryKind::kAll: return "(" + children[0]->ToString() + " " + function->name + " ALL (SubPlan))";
      }
  }
  return "?";
}

}  // namespace augur::exec
