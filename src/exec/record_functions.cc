// Anonymous record values in exec/ (types/record.h): field selection
// `(record).field`, and the hooks through which sort and hashing order
// records (record_cmp). Records come from set-returning functions with a
// composite result (information_schema._pg_expandarray, array_functions.cc).
#include <cassert>

#include "exec/array_functions.h"
#include "exec/array_internal.h"
#include "exec/function_registry.h"
#include "exec/kernels.h"
#include "types/binary_io.h"
#include "types/record.h"

namespace augur::exec {

namespace t = augur::types;
using t::SqlType;
using t::Value;

namespace {

constexpr std::string_view kRecordFieldName = "$record_field";

std::string_view Bytes(const Vector& v, uint32_t i) { return v.values<std::string_view>()[i]; }

Status WithPosition(Status s, int location) {
  if (location >= 0 && s.position() <= 0) s.SetPosition(location + 1);
  return s;
}

// $record_field(record, int4 index) → the field (the call's result type).
Status RecordFieldKernel(const KernelCall& c) {
  const Vector& records = *c.inputs[0];
  const int32_t* index = c.inputs[1]->values<int32_t>();
  const SqlType type = c.result->type();
  return ForEachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(Value v, t::GetRecordField(Bytes(records, i), static_cast<size_t>(index[i]), type));
    if (v.is_null()) {
      c.result->SetNull(i);
    } else {
      c.result->SetValue(i, v);
    }
    return Status::Ok();
  });
}

// $row(f1, ..., fn) → record: ROW(...) as a value (not strict: NULL fields).
Status RowKernel(const KernelCall& c) {
  std::vector<Value> fields(c.inputs.size());
  return ForEachRow(c, [&](uint32_t i) {
    for (size_t j = 0; j < c.inputs.size(); ++j) {
      const Vector& in = *c.inputs[j];
      fields[j] = in.IsNull(i) ? Value::Null(in.type()) : in.GetValue(i);
    }
    c.result->SetValue(i, t::MakeRecordValue(c.result->type(), fields));
  });
}

enum class CompareOp { kEq, kNe, kLt, kLe, kGt, kGe };

// record = record etc.: record_cmp's order, 42804 for dissimilar records.
template <CompareOp kOp>
Status RecordCompareKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const Vector& b = *c.inputs[1];
  bool* result = c.result->values<bool>();
  return ForEachRow(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(int cmp, t::CompareRecordsForOperator(Bytes(a, i), Bytes(b, i)));
    switch (kOp) {
      case CompareOp::kEq: result[i] = cmp == 0; break;
      case CompareOp::kNe: result[i] = cmp != 0; break;
      case CompareOp::kLt: result[i] = cmp < 0; break;
      case CompareOp::kLe: result[i] = cmp <= 0; break;
      case CompareOp::kGt: result[i] = cmp > 0; break;
      case CompareOp::kGe: result[i] = cmp >= 0; break;
    }
    c.result->SetValid(i);
    return Status::Ok();
  });
}

// record IS [NOT] NULL (not strict): PostgreSQL looks into the fields.
template <bool kNot>
Status RecordNullTestKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  bool* result = c.result->values<bool>();
  return ForEachRow(c, [&](uint32_t i) {
    if (a.IsNull(i)) {
      result[i] = !kNot;
    } else {
      result[i] = kNot ? t::RecordNoFieldNull(Bytes(a, i)) : t::RecordAllFieldsNull(Bytes(a, i));
    }
    c.result->SetValid(i);
  });
}

void Register(FunctionRegistry& registry, std::string name, std::vector<uint32_t> args, uint32_t result,
              ScalarKernel kernel, bool strict, bool is_operator) {
  ScalarFunction f;
  f.name = std::move(name);
  for (uint32_t a : args) f.arg_types.push_back(SqlType::Of(a));
  f.return_type = SqlType::Of(result);
  f.kernel = kernel;
  f.strict = strict;
  f.is_operator = is_operator;
  registry.Register(std::move(f));
}

}  // namespace

namespace internal {

void RegisterRecordFunctions(FunctionRegistry& registry) {
  ScalarFunction f;
  f.name = std::string(kRecordFieldName);
  f.arg_types = {SqlType::Of(t::kRecordOid), SqlType::Of(t::kInt4Oid)};
  f.return_type = SqlType::Of(t::kRecordOid);  // each call carries the field's type
  f.kernel = &RecordFieldKernel;
  f.strict = true;
  registry.Register(std::move(f));
  // The operators live under "$recop<op>" (like arrays' "$arrop"), so that
  // MakeOperator tries them only when a side is a record.
  const uint32_t r = t::kRecordOid, b = t::kBoolOid;
  Register(registry, "$recop=", {r, r}, b, &RecordCompareKernel<CompareOp::kEq>, true, true);
  Register(registry, "$recop<>", {r, r}, b, &RecordCompareKernel<CompareOp::kNe>, true, true);
  Register(registry, "$recop<", {r, r}, b, &RecordCompareKernel<CompareOp::kLt>, true, true);
  Register(registry, "$recop<=", {r, r}, b, &RecordCompareKernel<CompareOp::kLe>, true, true);
  Register(registry, "$recop>", {r, r}, b, &RecordCompareKernel<CompareOp::kGt>, true, true);
  Register(registry, "$recop>=", {r, r}, b, &RecordCompareKernel<CompareOp::kGe>, true, true);
  Register(registry, "$row", {}, r, &RowKernel, false, false);
  Register(registry, "$record_is_null", {r}, b, &RecordNullTestKernel<false>, false, false);
  Register(registry, "$record_is_not_null", {r}, b, &RecordNullTestKernel<true>, false, false);
}

int CompareRecordRows(const Vector& a, uint32_t i, const Vector& b, uint32_t j) {
  return t::CompareRecords(Bytes(a, i), Bytes(b, j));
}

void AppendRecordKeyBytes(const Vector& v, uint32_t i, std::string& key) { t::AppendRecordKey(Bytes(v, i), &key); }

}  // namespace internal

Result<ExprPtr> MakeRowConstructor(std::vector<ExprPtr> fields, int location) {
  std::vector<t::RecordField> names;
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i]->type.oid == t::kUnknownOid) {
      ASSIGN_OR_RETURN(fields[i], CoerceTo(std::move(fields[i]), SqlType::Of(t::kTextOid), CastContext::kImplicit));
    }
    uint32_t oid = fields[i]->type.oid;
    if (oid != t::kRecordOid && !t::HasBinaryFormat(oid)) {
      return WithPosition(Status::NotSupported("ROW() with a field of type " + TypeDisplayName(fields[i]->type)),
                          location);
    }
    names.push_back({"f" + std::to_string(i + 1), fields[i]->type});
  }
  const ScalarFunction* f = nullptr;
  for (const ScalarFunction* candidate : FunctionRegistry::Global().Overloads("$row")) f = candidate;
  assert(f != nullptr);
  ExprPtr call = MakeFunction(f, std::move(fields), SqlType{t::kRecordOid, t::RecordTypmod(names)});
  call->location = location;
  return call;
}

Result<ExprPtr> MakeRecordField(ExprPtr record, std::string_view field, int location) {
  assert(record->type.oid == t::kRecordOid);
  std::vector<t::RecordField> fields = t::RecordFields(record->type.typmod);
  for (size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name != field) continue;
    const ScalarFunction* f = nullptr;
    for (const ScalarFunction* candidate : FunctionRegistry::Global().Overloads(kRecordFieldName)) f = candidate;
    assert(f != nullptr);
    std::vector<ExprPtr> args;
    args.push_back(std::move(record));
    args.push_back(MakeConstant(Value::Int4(static_cast<int32_t>(i)), SqlType::Of(t::kInt4Oid)));
    ExprPtr call = MakeFunction(f, std::move(args), fields[i].type);
    call->location = location;
    return call;
  }
  return WithPosition(Status::Error(sqlstate::kUndefinedColumn,
                                    "could not identify column \"" + std::string(field) + "\" in record data type"),
                      location);
}

}  // namespace augur::exec
