// Array syntax and FROM-clause table functions. See bind_array.h.
#include "sql/bind_array.h"

#include "exec/operators.h"
#include "types/array.h"
#include "types/record.h"

namespace augur::sql {

using exec::ExprKind;
using exec::ExprPtr;
using types::SqlType;

namespace {

bool IsUnknownParameter(const exec::Expr& e) {
  return e.kind == ExprKind::kParameter && e.type.oid == types::kUnknownOid;
}

}  // namespace

Result<SqlType> ArrayTypeFor(SqlType element, int location) {
  if (types::IsArrayOid(element.oid)) return element;
  SqlType array = types::ArrayTypeOf(element);
  if (array.oid == types::kInvalidOid) {
    return WithLocation(Status::Error(sqlstate::kUndefinedObject,
                                      "could not find array type for data type " + types::FormatType(element)),
                        location);
  }
  return array;
}

Result<ExprPtr> BindArrayConstructor(Binder& binder, PgNode node, Frame& frame, const SqlType* target) {
  std::vector<ExprPtr> elements;
  for (PgNode e : node.List("elements")) {
    if (e.Is("A_ArrayExpr")) return WithLocation(Status::NotSupported("multidimensional arrays"), e.Location());
    ASSIGN_OR_RETURN(ExprPtr x, binder.BindExpr(e, frame));
    if (IsUnknownParameter(*x)) {
      if (target != nullptr) {
        binder.InferParameterType(*x, types::ArrayElementType(*target));
      }
    }
    elements.push_back(std::move(x));
  }
  if (target == nullptr) {
    // $n among typed elements takes their type (select_common_type).
    SqlType known = SqlType::Of(types::kUnknownOid);
    for (const ExprPtr& e : elements) {
      if (e->type.oid != types::kUnknownOid) known = e->type;
    }
    for (ExprPtr& e : elements) {
      if (IsUnknownParameter(*e)) binder.InferParameterType(*e, known);
    }
  }
  return exec::MakeArrayConstructor(std::move(elements), target, node.Location());
}

Result<ExprPtr> BindIndirection(Binder& binder, PgNode node, Frame& frame) {
  auto indirection = node.List("indirection");
  // (f(x)).field of a set-returning function with a composite result.
  if (indirection.size() == 1 && indirection[0].Is("String") && node.Field("arg").Is("FuncCall")) {
    PgNode call = node.Field("arg");
    auto names = call.List("funcname");
    if (!names.empty() && names.back().StringValue() == "_pg_expandarray") {
      return binder.BindSetReturningCall(call, frame, indirection[0].StringValue());
    }
  }
  ASSIGN_OR_RETURN(ExprPtr base, binder.BindExpr(node.Field("arg"), frame));
  if (indirection.size() == 1 && indirection[0].Is("String")) {
    // (expr).field: only anonymous records (types/record.h) have fields.
    std::string_view field = indirection[0].StringValue();
    if (base->type.oid == types::kRecordOid) {
      return exec::MakeRecordField(std::move(base), field, node.Field("arg").Location());
    }
    return WithLocation(Status::Error(sqlstate::kWrongObjectType,
                                      "column notation ." + std::string(field) + " applied to type " +
                                          exec::TypeDisplayName(base->type) + ", which is not a composite type"),
                        node.Field("arg").Location());
  }
  if (indirection.size() != 1 || !indirection[0].Is("A_Indices")) {
    if (!indirection.empty() && indirection.back().Is("A_Star")) {
      return WithLocation(Status::NotSupported("(expression).* expansion of a record"), node.Field("arg").Location());
    }
    if (!indirection.empty() && !indirection[0].Is("A_Indices")) {
      return WithLocation(Status::NotSupported("this kind of field selection"), node.Field("arg").Location());
    }
    return WithLocation(Status::NotSupported("subscripts of multidimensional arrays"), node.Field("arg").Location());
  }
  PgNode indices = indirection[0];
  int location = node.Field("arg").Location();
  if (indices.Bool("is_slice")) {
    ExprPtr lower, upper;
    if (PgNode l = indices.Field("lidx")) {
      ASSIGN_OR_RETURN(lower, binder.BindExpr(l, frame));
      if (IsUnknownParameter(*lower)) binder.InferParameterType(*lower, SqlType::Of(types::kInt4Oid));
    }
    if (PgNode u = indices.Field("uidx")) {
      ASSIGN_OR_RETURN(upper, binder.BindExpr(u, frame));
      if (IsUnknownParameter(*upper)) binder.InferParameterType(*upper, SqlType::Of(types::kInt4Oid));
    }
    return exec::MakeArraySlice(std::move(base), std::move(lower), std::move(upper), location);
  }
  ASSIGN_OR_RETURN(ExprPtr index, binder.BindExpr(indices.Field("uidx"), frame));
  if (IsUnknownParameter(*index)) binder.InferParameterType(*index, SqlType::Of(types::kInt4Oid));
  return exec::MakeArraySubscript(std::move(base), std::move(index), location);
}

Result<ExprPtr> BindQuantifiedArray(Binder& binder, PgNode node, Frame& frame) {
  auto names = node.List("name");
  std::string op = names.empty() ? std::string() : std::string(names.back().StringValue());
  bool all = node.Str("kind") == "AEXPR_OP_ALL";
  ASSIGN_OR_RETURN(ExprPtr left, binder.BindExpr(node.Field("lexpr"), frame));
  ASSIGN_OR_RETURN(ExprPtr right, binder.BindExpr(node.Field("rexpr"), frame));
  if (IsUnknownParameter(*right) && !IsUnknownParameter(*left) && left->type.oid != types::kUnknownOid) {
    SqlType array = types::ArrayTypeOf(left->type);
    if (array.oid != types::kInvalidOid) binder.InferParameterType(*right, array);
  }
  if (IsUnknownParameter(*left) && types::IsArrayOid(right->type.oid)) {
    binder.InferParameterType(*left, types::ArrayElementType(right->type));
  }
  if (IsUnknownParameter(*left) || IsUnknownParameter(*right)) {
    const exec::Expr& p = IsUnknownParameter(*left) ? *left : *right;
    return Status::Error(sqlstate::kIndeterminateDatatype,
                         "could not determine data type of parameter $" + std::to_string(p.index + 1));
  }
  return exec::MakeQuantifiedArray(op, all, std::move(left), std::move(right), node.Location());
}

Result<BoundTableFunction> BindRangeFunction(Binder& binder, PgNode node, Frame& frame) {
  auto functions = node.List("functions");
  if (node.Bool("is_rowsfrom") || functions.size() != 1) return Status::NotSupported("ROWS FROM");
  if (!node.List("coldeflist").empty()) return Status::NotSupported("column definition lists");
  auto pair = functions[0].List("items");
  if (pair.empty() || !pair[0].Is("FuncCall")) return Status::NotSupported("this kind of function in FROM");
  PgNode call = pair[0];
  auto names = call.List("funcname");
  std::string name = names.empty() ? std::string() : std::string(names.back().StringValue());
  bool expand_array = names.size() == 2 && names[0].StringValue() == "information_schema" && name == "_pg_expandarray";
  if (names.size() == 2 && names[0].StringValue() != "pg_catalog" && !expand_array) {
    return WithLocation(Status::Error(sqlstate::kInvalidSchemaName,
                                      "schema \"" + std::string(names[0].StringValue()) + "\" does not exist"),
                        call.Location());
  }
  if (!exec::IsTableFunctionName(name) && !expand_array) {
    return WithLocation(Status::NotSupported("function " + name + "() in FROM"), call.Location());
  }
  if (call.Bool("agg_star") || call.Bool("agg_distinct") || call.Field("over") || !call.List("agg_order").empty()) {
    return WithLocation(Status::NotSupported("this form of " + name + "() in FROM"), call.Location());
  }
  // The arguments are bound in a frame of their own whose parent is the FROM
  // clause's: every column reference becomes a parameter slot (lateral).
  Scope no_columns;
  Frame arguments_frame;
  arguments_frame.scope = &no_columns;
  arguments_frame.parent = &frame;
  std::vector<ExprPtr> args;
  for (PgNode a : call.List("args")) {
    ASSIGN_OR_RETURN(ExprPtr x, binder.BindExpr(a, arguments_frame));
    args.push_back(std::move(x));
  }
  // generate_series($1, $2): parameters default to the other arguments' type, else int4.
  SqlType known = SqlType::Of(types::kUnknownOid);
  for (const ExprPtr& a : args) {
    if (!IsUnknownParameter(*a) && a->type.oid != types::kUnknownOid) known = a->type;
  }
  for (ExprPtr& a : args) {
    if (IsUnknownParameter(*a)) {
      binder.InferParameterType(*a, known.oid != types::kUnknownOid ? known : SqlType::Of(types::kInt4Oid));
    }
  }
  ASSIGN_OR_RETURN(exec::TableFunctionCall bound,
                   exec::MakeTableFunction(name, std::move(args), call.Location(), /*in_from=*/true));
  BoundTableFunction result;
  bool ordinality = node.Bool("ordinality");
  PgNode alias = node.Field("alias");
  result.alias = alias ? std::string(alias.Str("aliasname")) : name;
  // A record result (_pg_expandarray) gives one column per field, named
  // after it; a scalar function's column takes the alias when no column
  // names are given.
  std::vector<ExprPtr> fields;
  if (bound.result_type.oid == types::kRecordOid) {
    for (const types::RecordField& f : types::RecordFields(bound.result_type.typmod)) {
      ASSIGN_OR_RETURN(ExprPtr field, exec::MakeRecordField(exec::MakeColumnRef(0, bound.result_type), f.name,
                                                            call.Location()));
      fields.push_back(std::move(field));
      result.column_names.push_back(bound.kind == exec::TableFunctionKind::kUnnestZip ? "unnest" : f.name);
      result.types.push_back(f.type);
    }
    if (fields.empty()) {
      return WithLocation(Status::NotSupported("record results of " + name + "() in FROM"), call.Location());
    }
    if (ordinality) fields.push_back(exec::MakeColumnRef(1, SqlType::Of(types::kInt8Oid)));
  } else {
    result.column_names.push_back(alias ? result.alias : name);
    result.types.push_back(bound.result_type);
  }
  if (ordinality) {
    result.column_names.push_back("ordinality");
    result.types.push_back(SqlType::Of(types::kInt8Oid));
  }
  if (alias) {
    auto colnames = alias.List("colnames");
    if (colnames.size() > result.types.size()) {
      return WithLocation(
          Status::Error(sqlstate::kInvalidColumnReference,
                        "table \"" + result.alias + "\" has " + std::to_string(result.types.size()) +
                            " columns available but " + std::to_string(colnames.size()) + " columns specified"),
          node.Location());
    }
    for (size_t i = 0; i < colnames.size(); i++) result.column_names[i] = std::string(colnames[i].StringValue());
  }
  result.plan = std::make_unique<exec::TableFunctionOperator>(std::move(bound), ordinality);
  if (!fields.empty()) {
    result.plan = std::make_unique<exec::ProjectionOperator>(std::move(result.plan), std::move(fields));
  }
  result.lateral_values = std::move(arguments_frame.outer_values);
  result.lateral_slots = std::move(arguments_frame.outer_slots);
  return result;
}

}  // namespace augur::sql
