// Array operators, functions, array_agg, the expression builders for
// ARRAY[...], subscripts and ANY/ALL (array), and the table functions
// unnest / generate_series. See array_functions.h.
//
// Kernels work on decoded arrays (types::ArrayContents, one Value per
// element): arrays are not on the hot path of any benchmark, and decoding
// through the types library keeps every element type's semantics (numeric
// scale, bpchar blanks, float NaN) in one place.
#include "exec/array_functions.h"

#include <algorithm>
#include <cassert>

#include "exec/array_internal.h"
#include "exec/expression_executor.h"
#include "exec/function_registry.h"
#include "exec/kernels.h"
#include "types/array.h"
#include "types/binary_io.h"
#include "types/compare.h"
#include "types/func_datetime.h"
#include "types/numeric.h"
#include "types/record.h"
#include "types/reg_types.h"
#include "types/text_io.h"

namespace augur::exec {

namespace t = types;
using t::SqlType;
using t::Value;

namespace internal {

namespace {

constexpr uint32_t kTextArrayOid = 1009;
constexpr uint32_t kInt4ArrayOid = 1007;

// Element types that have array types (types/array.h's table).
constexpr uint32_t kElementOids[] = {
    t::kBoolOid,   t::kByteaOid,     t::kCharOid,        t::kNameOid,     t::kInt2Oid, t::kInt4Oid,
    t::kRegprocOid, t::kTextOid,     t::kBpcharOid,      t::kVarcharOid,  t::kInt8Oid, t::kFloat4Oid,
    t::kFloat8Oid, t::kOidOid,       t::kDateOid,        t::kTimeOid,     t::kTimeTzOid,   t::kTimestampOid,
    t::kTimestampTzOid, t::kIntervalOid, t::kNumericOid, t::kUuidOid,
};

template <typename F>
Status Rows(const KernelCall& c, F&& f) {
  for (uint32_t k = 0; k < c.count; k++) {
    uint32_t i = c.sel ? c.sel[k] : k;
    RETURN_IF_ERROR(f(i));
  }
  return Status::Ok();
}

std::string_view Bytes(const Vector& v, uint32_t i) { return v.values<std::string_view>()[i]; }

Result<t::ArrayContents> Decode(const Vector& v, uint32_t i) { return t::DecodeArray(Bytes(v, i), v.type()); }

t::ArrayContents Empty(const SqlType& array_type) {
  t::ArrayContents c;
  c.element_type = SqlType::Of(t::ArrayElementOid(array_type.oid));
  return c;
}

void SetArray(Vector& out, uint32_t i, const t::ArrayContents& c) { out.SetString(i, t::EncodeArray(c)); }

// Element value for an array of `array_type` from v[i] (which may be NULL).
Value ElementFrom(const Vector& v, uint32_t i, const SqlType& array_type) {
  SqlType element = SqlType::Of(t::ArrayElementOid(array_type.oid));
  if (v.IsNull(i)) return Value::Null(element);
  Value x = v.GetValue(i);
  x.Relabel(element);
  return x;
}

enum CmpOp { kEq, kNe, kLt, kLe, kGt, kGe };
bool ApplyCmp(int op, int c) {
  switch (op) {
    case kEq: return c == 0;
    case kNe: return c != 0;
    case kLt: return c < 0;
    case kLe: return c <= 0;
    case kGt: return c > 0;
    default: return c >= 0;
  }
}

template <int kOp>
Status CompareKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const Vector& b = *c.inputs[1];
  bool* r = c.result->values<bool>();
  return Rows(c, [&](uint32_t i) {
    r[i] = ApplyCmp(kOp, t::CompareArrays(Bytes(a, i), Bytes(b, i), a.type()));
    return Status::Ok();
  });
}

bool ContainsAll(const t::ArrayContents& big, const t::ArrayContents& small) {
  for (const Value& x : small.elements) {
    if (x.is_null()) return false;
    bool found = false;
    for (const Value& y : big.elements) {
      if (!y.is_null() && t::CompareValues(x, y) == 0) {
        found = true;
        break;
      }
    }
    if (!found) return false;
  }
  return true;
}

// @> (kind 0), <@ (kind 1), && (kind 2).
template <int kKind>
Status ContainmentKernel(const KernelCall& c) {
  bool* r = c.result->values<bool>();
  return Rows(c, [&](uint32_t i) -> Status {
    ASSIGN_OR_RETURN(t::ArrayContents a, Decode(*c.inputs[0], i));
    ASSIGN_OR_RETURN(t::ArrayContents b, Decode(*c.inputs[1], i));
    if (kKind == 0) r[i] = ContainsAll(a, b);
    if (kKind == 1) r[i] = ContainsAll(b, a);
    if (kKind == 2) {
      bool overlap = false;
      for (const Value& x : a.elements) {
        if (x.is_null()) continue;
        for (const Value& y : b.elements) {
          if (!y.is_null() && t::CompareValues(x, y) == 0) overlap = true;
        }
      }
      r[i] = overlap;
    }
    return Status::Ok();
  });
}

// array_cat / A || A (not strict: a NULL side yields the other side).
Status CatKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const Vector& b = *c.inputs[1];
  return Rows(c, [&](uint32_t i) -> Status {
    if (a.IsNull(i) && b.IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    if (a.IsNull(i) || b.IsNull(i)) {
      c.result->SetString(i, Bytes(a.IsNull(i) ? b : a, i));
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(t::ArrayContents x, Decode(a, i));
    ASSIGN_OR_RETURN(t::ArrayContents y, Decode(b, i));
    if (x.elements.empty()) x.lower_bound = y.lower_bound;
    for (Value& v : y.elements) x.elements.push_back(std::move(v));
    SetArray(*c.result, i, x);
    return Status::Ok();
  });
}

// array_append / A || E (not strict).
Status AppendKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  return Rows(c, [&](uint32_t i) -> Status {
    t::ArrayContents x = Empty(a.type());
    if (!a.IsNull(i)) { ASSIGN_OR_RETURN(x, Decode(a, i)); }
    x.elements.push_back(ElementFrom(*c.inputs[1], i, a.type()));
    SetArray(*c.result, i, x);
    return Status::Ok();
  });
}

// array_prepend / E || A (not strict).
Status PrependKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[1];
  return Rows(c, [&](uint32_t i) -> Status {
    t::ArrayContents x = Empty(a.type());
    if (!a.IsNull(i)) { ASSIGN_OR_RETURN(x, Decode(a, i)); }
    x.elements.insert(x.elements.begin(), ElementFrom(*c.inputs[0], i, a.type()));
    SetArray(*c.result, i, x);
    return Status::Ok();
  });
}

// array_length / array_lower / array_upper (kind 0/1/2) (A, int4) → int4.
template <int kKind>
Status DimensionKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const int32_t* dim = c.inputs[1]->values<int32_t>();
  int32_t* r = c.result->values<int32_t>();
  return Rows(c, [&](uint32_t i) {
    t::ArrayHeader h = t::ReadArrayHeader(Bytes(a, i));
    if (h.count == 0 || dim[i] != 1) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    r[i] = kKind == 0 ? h.count : (kKind == 1 ? h.lower_bound : h.lower_bound + h.count - 1);
    return Status::Ok();
  });
}

Status CardinalityKernel(const KernelCall& c) {
  int32_t* r = c.result->values<int32_t>();
  return Rows(c, [&](uint32_t i) {
    r[i] = t::ReadArrayHeader(Bytes(*c.inputs[0], i)).count;
    return Status::Ok();
  });
}

Status NdimsKernel(const KernelCall& c) {
  int32_t* r = c.result->values<int32_t>();
  return Rows(c, [&](uint32_t i) {
    if (t::ReadArrayHeader(Bytes(*c.inputs[0], i)).count == 0) {
      c.result->SetNull(i);
    } else {
      r[i] = 1;
    }
    return Status::Ok();
  });
}

Status DimsKernel(const KernelCall& c) {
  return Rows(c, [&](uint32_t i) {
    t::ArrayHeader h = t::ReadArrayHeader(Bytes(*c.inputs[0], i));
    if (h.count == 0) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    std::string s = "[" + std::to_string(h.lower_bound) + ":" +
                    std::to_string(static_cast<int64_t>(h.lower_bound) + h.count - 1) + "]";
    c.result->SetString(i, s);
    return Status::Ok();
  });
}

// array_to_string(A, delimiter [, null_string]). The 3-argument form is not
// strict in null_string (NULL: skip NULL elements).
Status ToStringKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const Vector& delimiter = *c.inputs[1];
  const Vector* null_string = c.inputs.size() > 2 ? c.inputs[2] : nullptr;
  std::string out;
  return Rows(c, [&](uint32_t i) -> Status {
    if (a.IsNull(i) || delimiter.IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(t::ArrayContents x, Decode(a, i));
    out.clear();
    bool first = true;
    for (const Value& v : x.elements) {
      if (v.is_null() && (null_string == nullptr || null_string->IsNull(i))) continue;
      if (!first) out.append(Bytes(delimiter, i));
      first = false;
      if (v.is_null()) {
        out.append(Bytes(*null_string, i));
      } else {
        t::AppendText(v, &out);
      }
    }
    c.result->SetString(i, out);
    return Status::Ok();
  });
}

// string_to_array(text, delimiter [, null_string]): not strict in delimiter
// (NULL splits into characters) and null_string.
Status StringToArrayKernel(const KernelCall& c) {
  const Vector& s = *c.inputs[0];
  const Vector& delimiter = *c.inputs[1];
  const Vector* null_string = c.inputs.size() > 2 ? c.inputs[2] : nullptr;
  const SqlType text = SqlType::Of(t::kTextOid);
  return Rows(c, [&](uint32_t i) -> Status {
    if (s.IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    std::string_view input = Bytes(s, i);
    t::ArrayContents x;
    x.element_type = text;
    auto add = [&](std::string_view piece) {
      if (null_string != nullptr && !null_string->IsNull(i) && piece == Bytes(*null_string, i)) {
        x.elements.push_back(Value::Null(text));
      } else {
        x.elements.push_back(Value::Text(std::string(piece)));
      }
    };
    if (!input.empty()) {
      if (delimiter.IsNull(i)) {
        // One element per character (UTF-8 aware).
        size_t p = 0;
        while (p < input.size()) {
          size_t len = t::Utf8PrefixBytes(input.substr(p), 1);
          if (len == 0) len = 1;
          add(input.substr(p, len));
          p += len;
        }
      } else if (Bytes(delimiter, i).empty()) {
        add(input);
      } else {
        std::string_view d = Bytes(delimiter, i);
        size_t start = 0;
        while (true) {
          size_t hit = input.find(d, start);
          if (hit == std::string_view::npos) {
            add(input.substr(start));
            break;
          }
          add(input.substr(start, hit - start));
          start = hit + d.size();
        }
      }
    }
    SetArray(*c.result, i, x);
    return Status::Ok();
  });
}

// array_position(A, E [, start]) and array_positions(A, E): IS NOT
// DISTINCT FROM search; strict in the array only.
template <bool kAll>
Status PositionKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const Vector* start = c.inputs.size() > 2 ? c.inputs[2] : nullptr;
  return Rows(c, [&](uint32_t i) -> Status {
    if (a.IsNull(i) || (start != nullptr && start->IsNull(i))) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(t::ArrayContents x, Decode(a, i));
    Value needle = ElementFrom(*c.inputs[1], i, a.type());
    size_t from = 0;
    if (start != nullptr) {
      int64_t s = static_cast<int64_t>(start->values<int32_t>()[i]) - x.lower_bound;
      from = s < 0 ? 0 : static_cast<size_t>(s);
    }
    t::ArrayContents positions;
    positions.element_type = SqlType::Of(t::kInt4Oid);
    for (size_t k = from; k < x.elements.size(); k++) {
      const Value& e = x.elements[k];
      bool match = e.is_null() ? needle.is_null() : (!needle.is_null() && t::CompareValues(e, needle) == 0);
      if (!match) continue;
      int32_t position = x.lower_bound + static_cast<int32_t>(k);
      if (!kAll) {
        c.result->values<int32_t>()[i] = position;
        return Status::Ok();
      }
      positions.elements.push_back(Value::Int4(position));
    }
    if (!kAll) {
      c.result->SetNull(i);
    } else {
      SetArray(*c.result, i, positions);
    }
    return Status::Ok();
  });
}

// array_remove(A, E) / array_replace(A, E, E): strict in the array only.
template <bool kReplace>
Status RemoveReplaceKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  return Rows(c, [&](uint32_t i) -> Status {
    if (a.IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(t::ArrayContents x, Decode(a, i));
    Value needle = ElementFrom(*c.inputs[1], i, a.type());
    t::ArrayContents out = Empty(a.type());
    out.lower_bound = x.lower_bound;
    for (Value& e : x.elements) {
      bool match = e.is_null() ? needle.is_null() : (!needle.is_null() && t::CompareValues(e, needle) == 0);
      if (!match) {
        out.elements.push_back(std::move(e));
      } else if (kReplace) {
        out.elements.push_back(ElementFrom(*c.inputs[2], i, a.type()));
      }
    }
    if (!kReplace && out.elements.size() != x.elements.size()) out.lower_bound = 1;
    SetArray(*c.result, i, out);
    return Status::Ok();
  });
}

// $array(E...) → A: ARRAY[...] (not strict: NULL elements stay).
Status ConstructKernel(const KernelCall& c) {
  const SqlType array_type = c.result->type();
  return Rows(c, [&](uint32_t i) {
    t::ArrayContents x = Empty(array_type);
    for (const Vector* in : c.inputs) x.elements.push_back(ElementFrom(*in, i, array_type));
    SetArray(*c.result, i, x);
    return Status::Ok();
  });
}

// $subscript(A, int4) → E.
Status SubscriptKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const int32_t* index = c.inputs[1]->values<int32_t>();
  return Rows(c, [&](uint32_t i) -> Status {
    t::ArrayHeader h = t::ReadArrayHeader(Bytes(a, i));
    int64_t k = static_cast<int64_t>(index[i]) - h.lower_bound;
    if (k < 0 || k >= h.count) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(t::ArrayContents x, Decode(a, i));
    const Value& e = x.elements[static_cast<size_t>(k)];
    if (e.is_null()) {
      c.result->SetNull(i);
    } else {
      Value v = e;
      v.Relabel(c.result->type());
      c.result->SetValue(i, v);
    }
    return Status::Ok();
  });
}

// $slice(A, int4, int4) → A; NULL bounds mean open ends (not strict in them).
Status SliceKernel(const KernelCall& c) {
  const Vector& a = *c.inputs[0];
  const Vector& lo = *c.inputs[1];
  const Vector& hi = *c.inputs[2];
  return Rows(c, [&](uint32_t i) -> Status {
    if (a.IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(t::ArrayContents x, Decode(a, i));
    int64_t first = x.lower_bound, last = static_cast<int64_t>(x.lower_bound) + x.elements.size() - 1;
    if (!lo.IsNull(i)) first = std::max<int64_t>(first, lo.values<int32_t>()[i]);
    if (!hi.IsNull(i)) last = std::min<int64_t>(last, hi.values<int32_t>()[i]);
    t::ArrayContents out = Empty(a.type());
    for (int64_t k = first; k <= last; k++) out.elements.push_back(x.elements[static_cast<size_t>(k - x.lower_bound)]);
    SetArray(*c.result, i, out);
    return Status::Ok();
  });
}

// $any<op>(E, A) / $all<op>(E, A) → bool with ScalarArrayOpExpr's NULL rules.
template <int kOp, bool kAll>
Status QuantifiedKernel(const KernelCall& c) {
  const Vector& left = *c.inputs[0];
  const Vector& a = *c.inputs[1];
  bool* r = c.result->values<bool>();
  return Rows(c, [&](uint32_t i) -> Status {
    if (a.IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    ASSIGN_OR_RETURN(t::ArrayContents x, Decode(a, i));
    if (x.elements.empty()) {
      r[i] = kAll;
      return Status::Ok();
    }
    if (left.IsNull(i)) {
      c.result->SetNull(i);
      return Status::Ok();
    }
    Value l = ElementFrom(left, i, a.type());
    bool saw_null = false;
    for (const Value& e : x.elements) {
      if (e.is_null()) {
        saw_null = true;
        continue;
      }
      bool match = ApplyCmp(kOp, t::CompareValues(l, e));
      if (!kAll && match) {
        r[i] = true;
        return Status::Ok();
      }
      if (kAll && !match) {
        r[i] = false;
        return Status::Ok();
      }
    }
    if (saw_null) {
      c.result->SetNull(i);
    } else {
      r[i] = kAll;
    }
    return Status::Ok();
  });
}

constexpr std::string_view kArrayOpPrefix = "$arrop";
constexpr const char* kCmpNames[] = {"=", "<>", "<", "<=", ">", ">="};

struct ArrayRegistrar {
  FunctionRegistry& registry;

  void Add(const std::string& name, std::vector<uint32_t> args, uint32_t ret, ScalarKernel kernel, bool strict,
           bool is_operator = false, bool variadic = false) {
    ScalarFunction f;
    f.name = name;
    for (uint32_t a : args) f.arg_types.push_back(SqlType::Of(a));
    f.return_type = SqlType::Of(ret);
    f.kernel = kernel;
    f.strict = strict;
    f.is_operator = is_operator;
    f.variadic = variadic;
    registry.Register(std::move(f));
  }

  template <int kOp>
  void Quantified(uint32_t e, uint32_t a) {
    Add(std::string("$any") + kCmpNames[kOp], {e, a}, t::kBoolOid, &QuantifiedKernel<kOp, false>, false);
    Add(std::string("$all") + kCmpNames[kOp], {e, a}, t::kBoolOid, &QuantifiedKernel<kOp, true>, false);
  }

  void ForArray(uint32_t e) {
    const uint32_t a = t::ArrayOidOf(e);
    const uint32_t b = t::kBoolOid, i4 = t::kInt4Oid, text = t::kTextOid;
    Add(std::string(kArrayOpPrefix) + std::string("="), {a, a}, b, &CompareKernel<kEq>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string("<>"), {a, a}, b, &CompareKernel<kNe>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string("<"), {a, a}, b, &CompareKernel<kLt>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string("<="), {a, a}, b, &CompareKernel<kLe>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string(">"), {a, a}, b, &CompareKernel<kGt>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string(">="), {a, a}, b, &CompareKernel<kGe>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string("@>"), {a, a}, b, &ContainmentKernel<0>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string("<@"), {a, a}, b, &ContainmentKernel<1>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string("&&"), {a, a}, b, &ContainmentKernel<2>, true, true);
    Add(std::string(kArrayOpPrefix) + std::string("||"), {a, a}, a, &CatKernel, false, true);
    Add(std::string(kArrayOpPrefix) + std::string("||"), {a, e}, a, &AppendKernel, false, true);
    Add(std::string(kArrayOpPrefix) + std::string("||"), {e, a}, a, &PrependKernel, false, true);
    Add("array_cat", {a, a}, a, &CatKernel, false);
    Add("array_append", {a, e}, a, &AppendKernel, false);
    Add("array_prepend", {e, a}, a, &PrependKernel, false);
    Add("array_length", {a, i4}, i4, &DimensionKernel<0>, true);
    Add("array_lower", {a, i4}, i4, &DimensionKernel<1>, true);
    Add("array_upper", {a, i4}, i4, &DimensionKernel<2>, true);
    Add("cardinality", {a}, i4, &CardinalityKernel, true);
    Add("array_ndims", {a}, i4, &NdimsKernel, true);
    Add("array_dims", {a}, text, &DimsKernel, true);
    Add("array_to_string", {a, text}, text, &ToStringKernel, true);
    Add("array_to_string", {a, text, text}, text, &ToStringKernel, false);
    Add("array_position", {a, e}, i4, &PositionKernel<false>, false);
    Add("array_position", {a, e, i4}, i4, &PositionKernel<false>, false);
    Add("array_positions", {a, e}, kInt4ArrayOid, &PositionKernel<true>, false);
    Add("array_remove", {a, e}, a, &RemoveReplaceKernel<false>, false);
    Add("array_replace", {a, e, e}, a, &RemoveReplaceKernel<true>, false);
    Add("$array", {e}, a, &ConstructKernel, false, false, true);
    Add("$subscript", {a, i4}, e, &SubscriptKernel, true);
    Add("$slice", {a, i4, i4}, a, &SliceKernel, false);
    Quantified<kEq>(e, a);
    Quantified<kNe>(e, a);
    Quantified<kLt>(e, a);
    Quantified<kLe>(e, a);
    Quantified<kGt>(e, a);
    Quantified<kGe>(e, a);
  }
};

}  // namespace

void RegisterArrayFunctions(FunctionRegistry& registry) {
  ArrayRegistrar r{registry};
  for (uint32_t e : kElementOids) r.ForArray(e);
  for (uint32_t v : {t::kInt2VectorOid, t::kOidVectorOid}) {
    const uint32_t e = t::ArrayElementOid(v);
    r.Add(std::string(kArrayOpPrefix) + "=", {v, v}, t::kBoolOid, &CompareKernel<kEq>, true, true);
    r.Add(std::string(kArrayOpPrefix) + "<>", {v, v}, t::kBoolOid, &CompareKernel<kNe>, true, true);
    r.Add("$subscript", {v, t::kInt4Oid}, e, &SubscriptKernel, true);
  }
  r.Add("string_to_array", {t::kTextOid, t::kTextOid}, kTextArrayOid, &StringToArrayKernel, false);
  r.Add("string_to_array", {t::kTextOid, t::kTextOid, t::kTextOid}, kTextArrayOid, &StringToArrayKernel, false);
}

int CompareArrayRows(const Vector& a, uint32_t i, const Vector& b, uint32_t j) {
  return t::CompareArrays(Bytes(a, i), Bytes(b, j), a.type());
}

void AppendArrayKeyBytes(const Vector& v, uint32_t i, std::string& key) {
  t::AppendArrayKey(Bytes(v, i), v.type(), &key);
}

Status CastArrayVector(const Vector& in, const uint32_t* sel, uint32_t count, Vector& out, CastContext context) {
  t::CastContext types_context = context == CastContext::kExplicit     ? t::CastContext::kExplicit
                                 : context == CastContext::kAssignment ? t::CastContext::kAssignment
                                                                       : t::CastContext::kImplicit;
  const bool from_text = !t::IsArrayOid(in.type().oid);
  std::string text;
  for (uint32_t k = 0; k < count; k++) {
    uint32_t i = sel ? sel[k] : k;
    if (in.IsNull(i)) {
      out.SetNull(i);
      continue;
    }
    Value source;
    if (from_text) {
      // Text input without the typmod, then the typmod as a cast in this
      // context (explicit casts truncate varchar(n) elements).
      text.clear();
      RETURN_IF_ERROR(AppendText(in, i, text));
      ASSIGN_OR_RETURN(source, t::ParseText(text, SqlType::Of(out.type().oid)));
    } else {
      source = in.GetValue(i);
    }
    ASSIGN_OR_RETURN(Value v, t::CastArray(source, out.type(), types_context, nullptr));
    out.SetString(i, v.GetBytes());
  }
  return Status::Ok();
}

bool CanCastArray(uint32_t from, uint32_t to, CastContext context) {
  if (!t::IsArrayOid(from) || !t::IsArrayOid(to)) return false;
  // int2vector → int2[] and oidvector → oid[] are binary coercible (implicit).
  if (t::IsVectorOid(from) && t::ArrayOidOf(t::ArrayElementOid(from)) == to) return true;
  if (context == CastContext::kImplicit) return false;
  return exec::CanCast(SqlType::Of(t::ArrayElementOid(from)), SqlType::Of(t::ArrayElementOid(to)), context);
}

// ---- array_agg ----

void ArrayAggInitialize(void* state) { new (state) ArrayAggState(); }

void ArrayAggDestroy(void* state) {
  auto* s = static_cast<ArrayAggState*>(state);
  delete s->elements;
  s->~ArrayAggState();
}

Status ArrayAggUpdate(std::span<const Vector* const> inputs, const uint32_t* sel, uint32_t count,
                      void* const* states, ExecContext* context) {
  const Vector& in = *inputs[0];
  std::string element;
  for (uint32_t k = 0; k < count; k++) {
    uint32_t r = sel ? sel[k] : k;
    auto* s = static_cast<ArrayAggState*>(states[k]);
    if (s->elements == nullptr) s->elements = new std::string();
    if (in.IsNull(r)) {
      s->elements->append("\xff\xff\xff\xff", 4);
      s->has_null = true;
    } else {
      element.clear();
      t::AppendBinary(in.GetValue(r), &element);
      uint32_t n = static_cast<uint32_t>(element.size());
      char len[4] = {static_cast<char>(n >> 24), static_cast<char>(n >> 16), static_cast<char>(n >> 8),
                     static_cast<char>(n)};
      s->elements->append(len, 4);
      s->elements->append(element);
    }
    s->count++;
  }
  return Status::Ok();
}

Status ArrayAggFinalize(void* state, Vector& result, uint32_t index) {
  auto* s = static_cast<ArrayAggState*>(state);
  if (s->count == 0) {
    result.SetNull(index);
    return Status::Ok();
  }
  // Header as types/array.h: ndim 1, has-null, element oid, length, lower bound 1.
  std::string out;
  auto put = [&](uint32_t x) {
    char b[4] = {static_cast<char>(x >> 24), static_cast<char>(x >> 16), static_cast<char>(x >> 8),
                 static_cast<char>(x)};
    out.append(b, 4);
  };
  put(1);
  put(s->has_null ? 1 : 0);
  put(t::ArrayElementOid(result.type().oid));
  put(static_cast<uint32_t>(s->count));
  put(1);
  out.append(*s->elements);
  result.SetString(index, out);
  return Status::Ok();
}

void ArrayMinMaxInitialize(void* state) { new (state) ArrayMinMaxState(); }

void ArrayMinMaxDestroy(void* state) {
  auto* s = static_cast<ArrayMinMaxState*>(state);
  delete s->value;
  s->~ArrayMinMaxState();
}

template <bool kMax>
Status ArrayMinMaxUpdate(std::span<const Vector* const> inputs, const uint32_t* sel, uint32_t count,
                         void* const* states, ExecContext*) {
  const Vector& in = *inputs[0];
  for (uint32_t k = 0; k < count; k++) {
    uint32_t r = sel ? sel[k] : k;
    auto* s = static_cast<ArrayMinMaxState*>(states[k]);
    std::string_view x = Bytes(in, r);
    if (s->value == nullptr) {
      s->value = new std::string(x);
      continue;
    }
    int c = t::CompareArrays(x, *s->value, in.type());
    if (kMax ? c > 0 : c < 0) s->value->assign(x);
  }
  return Status::Ok();
}
template Status ArrayMinMaxUpdate<true>(std::span<const Vector* const>, const uint32_t*, uint32_t, void* const*,
                                        ExecContext*);
template Status ArrayMinMaxUpdate<false>(std::span<const Vector* const>, const uint32_t*, uint32_t, void* const*,
                                         ExecContext*);

Status ArrayMinMaxFinalize(void* state, Vector& result, uint32_t index) {
  auto* s = static_cast<ArrayMinMaxState*>(state);
  if (s->value == nullptr) {
    result.SetNull(index);
  } else {
    result.SetString(index, *s->value);
  }
  return Status::Ok();
}

}  // namespace internal

// ---- Expression builders ----

namespace {

Status WithPosition(Status s, int location) {
  if (location >= 0 && s.position() <= 0) s.SetPosition(location + 1);
  return s;
}

const ScalarFunction* FindOverload(std::string_view name, std::span<const SqlType> args) {
  for (const ScalarFunction* f : FunctionRegistry::Global().Overloads(name)) {
    if (f->variadic) {
      if (f->arg_types[0].oid == args[0].oid) return f;
      continue;
    }
    if (f->arg_types.size() != args.size()) continue;
    bool same = true;
    for (size_t i = 0; i < args.size(); i++) same &= f->arg_types[i].oid == args[i].oid;
    if (same) return f;
  }
  return nullptr;
}

}  // namespace

Result<ExprPtr> MakeArrayConstructor(std::vector<ExprPtr> elements, const SqlType* target_array_type, int location) {
  SqlType element_type;
  CastContext context = CastContext::kImplicit;
  for (const ExprPtr& e : elements) {
    if (t::IsArrayOid(e->type.oid)) {
      return WithPosition(Status::NotSupported("multidimensional arrays"), location);
    }
  }
  if (target_array_type != nullptr) {
    element_type = t::ArrayElementType(*target_array_type);
    context = CastContext::kExplicit;
  } else {
    if (elements.empty()) {
      return WithPosition(Status::Error(sqlstate::kIndeterminateDatatype, "cannot determine type of empty array")
                              .WithHint("Explicitly cast to the desired type, for example ARRAY[]::integer[]."),
                          location);
    }
    std::vector<SqlType> types;
    for (const ExprPtr& e : elements) types.push_back(e->type);
    auto common = CommonType(types, "ARRAY");
    if (!common.ok()) return WithPosition(common.TakeStatus(), location);
    element_type = *common;
  }
  const SqlType array_type = t::ArrayTypeOf(element_type);
  if (array_type.oid == t::kInvalidOid) {
    return WithPosition(Status::Error(sqlstate::kUndefinedObject,
                                      "could not find array type for data type " + TypeDisplayName(element_type)),
                        location);
  }
  if (elements.empty()) {
    t::ArrayContents empty;
    empty.element_type = SqlType::Of(element_type.oid);
    ExprPtr c = MakeConstant(t::MakeArrayValue(array_type, empty), array_type);
    c->location = location;
    return c;
  }
  for (ExprPtr& e : elements) {
    ASSIGN_OR_RETURN(e, CoerceTo(std::move(e), element_type, context));
  }
  SqlType element = SqlType::Of(element_type.oid);
  const ScalarFunction* f = FindOverload("$array", std::span<const SqlType>(&element, 1));
  assert(f != nullptr);
  ExprPtr call = MakeFunction(f, std::move(elements), array_type);
  call->location = location;
  return call;
}

Result<ExprPtr> MakeArraySubscript(ExprPtr array, ExprPtr index, int location) {
  if (!t::IsArrayOid(array->type.oid)) {
    return WithPosition(Status::Error(sqlstate::kDatatypeMismatch,
                                      "cannot subscript type " + TypeDisplayName(array->type) +
                                          " because it does not support subscripting"),
                        location);
  }
  // PostgreSQL coerces subscripts like an assignment (numeric 1.6 → 2).
  if (!CanCast(index->type, SqlType::Of(t::kInt4Oid), CastContext::kAssignment)) {
    return WithPosition(Status::Error(sqlstate::kDatatypeMismatch, "array subscript must have type integer"),
                        index->location >= 0 ? index->location : location);
  }
  ASSIGN_OR_RETURN(ExprPtr idx, CoerceTo(std::move(index), SqlType::Of(t::kInt4Oid), CastContext::kAssignment));
  SqlType args[] = {SqlType::Of(array->type.oid), SqlType::Of(t::kInt4Oid)};
  const ScalarFunction* f = FindOverload("$subscript", args);
  assert(f != nullptr);
  std::vector<ExprPtr> children;
  children.push_back(std::move(array));
  children.push_back(std::move(idx));
  SqlType result = f->return_type;
  ExprPtr call = MakeFunction(f, std::move(children), result);
  call->location = location;
  return call;
}

Result<ExprPtr> MakeArraySlice(ExprPtr array, ExprPtr lower, ExprPtr upper, int location) {
  if (!t::IsArrayOid(array->type.oid)) {
    return WithPosition(Status::Error(sqlstate::kDatatypeMismatch,
                                      "cannot subscript type " + TypeDisplayName(array->type) +
                                          " because it does not support subscripting"),
                        location);
  }
  const SqlType int4 = SqlType::Of(t::kInt4Oid);
  if (!lower) lower = MakeNullConstant(int4);
  if (!upper) upper = MakeNullConstant(int4);
  if (!CanCast(lower->type, int4, CastContext::kAssignment) || !CanCast(upper->type, int4, CastContext::kAssignment)) {
    return WithPosition(Status::Error(sqlstate::kDatatypeMismatch, "array subscript must have type integer"), location);
  }
  auto lo = CoerceTo(std::move(lower), int4, CastContext::kAssignment);
  if (!lo.ok()) return lo.TakeStatus();
  auto hi = CoerceTo(std::move(upper), int4, CastContext::kAssignment);
  if (!hi.ok()) return hi.TakeStatus();
  SqlType args[] = {SqlType::Of(array->type.oid), int4, int4};
  const ScalarFunction* f = FindOverload("$slice", args);
  assert(f != nullptr);
  SqlType type = array->type;
  std::vector<ExprPtr> children;
  children.push_back(std::move(array));
  children.push_back(std::move(*lo));
  children.push_back(std::move(*hi));
  ExprPtr call = MakeFunction(f, std::move(children), type);
  call->location = location;
  return call;
}

Result<ExprPtr> MakeQuantifiedArray(std::string_view op, bool all, ExprPtr left, ExprPtr array, int location) {
  const char* name = all ? "ALL" : "ANY";
  if (array->type.oid == t::kUnknownOid) {
    SqlType element = left->type.oid == t::kUnknownOid ? SqlType::Of(t::kTextOid) : left->type;
    SqlType array_type = t::ArrayTypeOf(element);
    if (array_type.oid == t::kInvalidOid) {
      return WithPosition(Status::NotSupported(std::string("op ") + name + " with this element type"), location);
    }
    ASSIGN_OR_RETURN(array, CoerceTo(std::move(array), SqlType::Of(array_type.oid), CastContext::kImplicit));
  }
  if (!t::IsArrayOid(array->type.oid)) {
    return WithPosition(Status::Error(sqlstate::kWrongObjectType,
                                      std::string("op ANY/ALL (array) requires array on right side")),
                        location);
  }
  SqlType element = t::ArrayElementType(array->type);
  element.typmod = -1;
  // Resolve the operator as PostgreSQL does (left type, element type); then
  // compare both sides in one common type.
  auto resolved = FunctionRegistry::Global().ResolveOperator(op, &left->type, element);
  if (!resolved.ok()) return WithPosition(resolved.TakeStatus(), location);
  if (resolved->return_type.oid != t::kBoolOid) {
    return WithPosition(Status::Error(sqlstate::kWrongObjectType,
                                      std::string("op ANY/ALL (array) requires operator to yield boolean")),
                        location);
  }
  int op_index = -1;
  for (int k = 0; k < 6; k++) {
    if (op == internal::kCmpNames[k]) op_index = k;
  }
  if (op_index < 0) return WithPosition(Status::NotSupported(std::string("operator ") + std::string(op) + " with " + name + " (array)"), location);
  SqlType common = resolved->arg_types[0];
  if (resolved->arg_types[0].oid != resolved->arg_types[1].oid) {
    SqlType both[] = {resolved->arg_types[0], resolved->arg_types[1]};
    auto c = CommonType(both, name);
    if (!c.ok()) return WithPosition(c.TakeStatus(), location);
    common = *c;
  }
  common.typmod = -1;
  SqlType array_type = t::ArrayTypeOf(common);
  if (array_type.oid == t::kInvalidOid) {
    return WithPosition(Status::NotSupported(std::string("op ") + name + " (array) over " + TypeDisplayName(common)),
                        location);
  }
  ASSIGN_OR_RETURN(left, CoerceTo(std::move(left), common, CastContext::kImplicit));
  if (array->type.oid != array_type.oid) {
    if (array->kind == ExprKind::kConstant) {
      ASSIGN_OR_RETURN(array, CoerceTo(std::move(array), array_type, CastContext::kExplicit));
    } else {
      array = MakeCast(std::move(array), array_type, CastContext::kImplicit);
    }
  }
  std::string fname = std::string(all ? "$all" : "$any") + internal::kCmpNames[op_index];
  SqlType args[] = {common, array_type};
  const ScalarFunction* f = FindOverload(fname, args);
  assert(f != nullptr);
  std::vector<ExprPtr> children;
  children.push_back(std::move(left));
  children.push_back(std::move(array));
  ExprPtr call = MakeFunction(f, std::move(children), SqlType::Of(t::kBoolOid));
  call->location = location;
  return call;
}

// ---- Table functions ----

bool IsTableFunctionName(std::string_view name) {
  return name == "unnest" || name == "generate_series" || name == "generate_subscripts" ||
         name == "pg_partition_ancestors" || name == "pg_listening_channels";
}

Result<TableFunctionCall> MakeTableFunction(std::string_view name, std::vector<ExprPtr> args, int location,
                                            bool in_from) {
  TableFunctionCall call;
  call.name = std::string(name);
  auto no_function = [&] {
    std::string sig = std::string(name) + "(";
    for (size_t i = 0; i < args.size(); i++) sig += (i ? ", " : "") + TypeDisplayName(args[i]->type);
    sig += ")";
    return WithPosition(
        Status::Error(sqlstate::kUndefinedFunction, "function " + sig + " does not exist")
            .WithHint("No function matches the given name and argument types. You might need to add explicit type casts."),
        location);
  };
  if (name == "unnest") {
    if (args.size() > 1 && in_from) {
      // unnest(a, b, ...) — FROM only, as ROWS FROM (unnest(a), unnest(b),
      // ...): one column per array, shorter ones padded with NULL. A record
      // of the elements, which the FROM item splits into columns.
      // Fields unnest1, unnest2, ... (the FROM item names every column "unnest").
      std::vector<t::RecordField> fields;
      for (const ExprPtr& a : args) {
        if (!t::IsArrayOid(a->type.oid)) return no_function();
        fields.push_back({"unnest" + std::to_string(fields.size() + 1), t::ArrayElementType(a->type)});
      }
      call.kind = TableFunctionKind::kUnnestZip;
      call.result_type = SqlType{t::kRecordOid, t::RecordTypmod(fields)};
      call.args = std::move(args);
      return call;
    }
    if (args.size() != 1) return no_function();
    if (args[0]->type.oid == t::kUnknownOid) {
      return WithPosition(
          Status::Error(sqlstate::kAmbiguousFunction, "function unnest(unknown) is not unique")
              .WithHint("Could not choose a best candidate function. You might need to add explicit type casts."),
          location);
    }
    if (!t::IsArrayOid(args[0]->type.oid)) return no_function();
    call.kind = TableFunctionKind::kUnnest;
    call.result_type = t::ArrayElementType(args[0]->type);
    call.args = std::move(args);
    return call;
  }
  if (name == "pg_partition_ancestors" && args.size() == 1) {
    ASSIGN_OR_RETURN(ExprPtr a, CoerceTo(std::move(args[0]), SqlType::Of(t::kRegclassOid), CastContext::kImplicit));
    call.kind = TableFunctionKind::kPartitionAncestors;
    call.result_type = SqlType::Of(t::kRegclassOid);
    call.args.push_back(std::move(a));
    return call;
  }
  if (name == "pg_listening_channels") {
    if (!args.empty()) return no_function();
    call.kind = TableFunctionKind::kListeningChannels;
    call.result_type = SqlType::Of(t::kTextOid);
    return call;
  }
  if (name == "_pg_expandarray") {
    // information_schema._pg_expandarray(anyarray) → SETOF record (x anyelement, n int4).
    if (args.size() != 1 || !t::IsArrayOid(args[0]->type.oid)) return no_function();
    call.kind = TableFunctionKind::kExpandArray;
    int32_t typmod = t::RecordTypmod({{"x", t::ArrayElementType(args[0]->type)}, {"n", SqlType::Of(t::kInt4Oid)}});
    call.result_type = SqlType{t::kRecordOid, typmod};
    call.args = std::move(args);
    return call;
  }
  if (name == "generate_subscripts" || name == "_pg_expandarray_n") {
    bool subscripts = name == "generate_subscripts";
    if (args.size() != (subscripts ? 2u : 1u)) return no_function();
    if (!t::IsArrayOid(args[0]->type.oid)) return no_function();
    if (subscripts) {
      ASSIGN_OR_RETURN(args[1], CoerceTo(std::move(args[1]), SqlType::Of(t::kInt4Oid), CastContext::kImplicit));
      if (args[1]->type.oid != t::kInt4Oid) return no_function();
    }
    call.kind = subscripts ? TableFunctionKind::kGenerateSubscripts : TableFunctionKind::kArrayOrdinals;
    call.result_type = SqlType::Of(t::kInt4Oid);
    call.args = std::move(args);
    return call;
  }
  if (name == "generate_series" && (args.size() == 2 || args.size() == 3)) {
    std::vector<SqlType> types;
    for (const auto& a : args) types.push_back(a->type);
    struct Candidate {
      TableFunctionKind kind;
      uint32_t value, step;
    };
    static constexpr Candidate kCandidates[] = {
        {TableFunctionKind::kGenerateSeriesInt4, t::kInt4Oid, t::kInt4Oid},
        {TableFunctionKind::kGenerateSeriesInt8, t::kInt8Oid, t::kInt8Oid},
        {TableFunctionKind::kGenerateSeriesNumeric, t::kNumericOid, t::kNumericOid},
        {TableFunctionKind::kGenerateSeriesTimestamp, t::kTimestampOid, t::kIntervalOid},
        {TableFunctionKind::kGenerateSeriesTimestampTz, t::kTimestampTzOid, t::kIntervalOid},
    };
    // Resolve through a scratch registry of signatures so PostgreSQL's
    // candidate rules (exact, implicit casts, preferred types) apply.
    static const FunctionRegistry* signatures = [] {
      auto* r = new FunctionRegistry();
      for (const Candidate& c : kCandidates) {
        for (int arity = 2; arity <= 3; arity++) {
          if (arity == 2 && c.step == t::kIntervalOid) continue;
          ScalarFunction f;
          f.name = "generate_series";
          f.arg_types = {SqlType::Of(c.value), SqlType::Of(c.value)};
          if (arity == 3) f.arg_types.push_back(SqlType::Of(c.step));
          f.return_type = SqlType::Of(c.value);
          r->Register(std::move(f));
        }
      }
      return r;
    }();
    auto resolved = signatures->ResolveFunction("generate_series", types);
    if (!resolved.ok()) return WithPosition(resolved.TakeStatus(), location);
    for (const Candidate& c : kCandidates) {
      if (c.value == resolved->return_type.oid) call.kind = c.kind;
    }
    call.result_type = resolved->return_type;
    for (size_t i = 0; i < args.size(); i++) {
      ASSIGN_OR_RETURN(ExprPtr a, CoerceTo(std::move(args[i]), resolved->arg_types[i], CastContext::kImplicit));
      call.args.push_back(std::move(a));
    }
    return call;
  }
  return no_function();
}

TableFunctionOperator::TableFunctionOperator(TableFunctionCall call, bool with_ordinality)
    : PhysicalOperator([&] {
        std::vector<SqlType> types{call.result_type};
        if (with_ordinality) types.push_back(SqlType::Of(t::kInt8Oid));
        return types;
      }()),
      call_(std::move(call)),
      with_ordinality_(with_ordinality) {}

Status TableFunctionOperator::Open(ExecContext& context) {
  context_ = &context;
  arguments_.clear();
  for (const ExprPtr& a : call_.args) {
    ASSIGN_OR_RETURN(Value v, EvaluateConstant(*a, &context));
    arguments_.push_back(std::move(v));
  }
  elements_.clear();
  next_element_ = 0;
  ordinality_ = 0;
  done_ = false;
  if (call_.kind == TableFunctionKind::kUnnestZip) {
    // Each array unnested on its own (a NULL one is empty); row i holds
    // element i of each, NULL past an array's end.
    std::vector<std::vector<Value>> columns;
    size_t rows = 0;
    for (const Value& v : arguments_) {
      std::vector<Value>& column = columns.emplace_back();
      if (!v.is_null()) {
        ASSIGN_OR_RETURN(t::ArrayContents c, t::DecodeArray(v.GetBytes(), v.type()));
        column = std::move(c.elements);
      }
      rows = std::max(rows, column.size());
    }
    const std::vector<t::RecordField> fields = t::RecordFields(call_.result_type.typmod);
    elements_.reserve(rows);
    for (size_t i = 0; i < rows; ++i) {
      std::vector<Value> row;
      for (size_t j = 0; j < columns.size(); ++j) {
        row.push_back(i < columns[j].size() ? std::move(columns[j][i]) : Value::Null(fields[j].type));
      }
      elements_.push_back(t::MakeRecordValue(call_.result_type, std::move(row)));
    }
    return Status::Ok();
  }
  for (const Value& v : arguments_) {
    if (v.is_null()) done_ = true;  // strict: no rows
  }
  if (done_) return Status::Ok();
  if (call_.kind == TableFunctionKind::kUnnest) {
    ASSIGN_OR_RETURN(t::ArrayContents c, t::DecodeArray(arguments_[0].GetBytes(), arguments_[0].type()));
    elements_ = std::move(c.elements);
    return Status::Ok();
  }
  if (call_.kind == TableFunctionKind::kPartitionAncestors) {
    elements_ = {arguments_[0]};
    return Status::Ok();
  }
  if (call_.kind == TableFunctionKind::kListeningChannels) {
    if (context.session != nullptr) {
      for (std::string& channel : context.session->ListeningChannels()) elements_.push_back(Value::Text(channel));
    }
    return Status::Ok();
  }
  if (call_.kind == TableFunctionKind::kExpandArray) {
    // Records (element, 1-based position), as _pg_expandarray's SQL body.
    ASSIGN_OR_RETURN(t::ArrayContents c, t::DecodeArray(arguments_[0].GetBytes(), arguments_[0].type()));
    elements_.reserve(c.elements.size());
    for (size_t i = 0; i < c.elements.size(); ++i) {
      elements_.push_back(
          t::MakeRecordValue(call_.result_type, {std::move(c.elements[i]), Value::Int4(static_cast<int32_t>(i + 1))}));
    }
    return Status::Ok();
  }
  if (call_.kind == TableFunctionKind::kGenerateSubscripts || call_.kind == TableFunctionKind::kArrayOrdinals) {
    // The subscripts (or 1-based positions) of a one-dimensional array as
    // int4 elements; generate_subscripts of another dimension is empty.
    ASSIGN_OR_RETURN(t::ArrayContents c, t::DecodeArray(arguments_[0].GetBytes(), arguments_[0].type()));
    bool other_dimension = call_.kind == TableFunctionKind::kGenerateSubscripts && arguments_[1].AsInt64() != 1;
    int64_t first = call_.kind == TableFunctionKind::kGenerateSubscripts ? c.lower_bound : 1;
    if (!other_dimension) {
      for (size_t i = 0; i < c.elements.size(); ++i) elements_.push_back(Value::Int4(static_cast<int32_t>(first + i)));
    }
    return Status::Ok();
  }
  current_ = arguments_[0];
  stop_ = arguments_[1];
  switch (call_.kind) {
    case TableFunctionKind::kGenerateSeriesInt4:
    case TableFunctionKind::kGenerateSeriesInt8:
      step_ = arguments_.size() > 2 ? arguments_[2] : Value::Int8(1);
      if (step_.AsInt64() == 0) {
        return Status::Error(sqlstate::kInvalidParameterValue, "step size cannot equal zero");
      }
      break;
    case TableFunctionKind::kGenerateSeriesNumeric: {
      step_ = arguments_.size() > 2 ? arguments_[2] : Value::MakeNumeric(t::Numeric::Finite(1, 0));
      const t::Numeric& s = step_.GetNumeric();
      if (s.is_finite() && t::NumericCompare(s, t::Numeric::Finite(0, 0)) == 0) {
        return Status::Error(sqlstate::kInvalidParameterValue, "step size cannot equal zero");
      }
      if (s.is_nan()) return Status::Error(sqlstate::kInvalidParameterValue, "step size cannot be NaN");
      if (!current_.GetNumeric().is_finite()) {
        return Status::Error(sqlstate::kInvalidParameterValue,
                             current_.GetNumeric().is_nan() ? "start value cannot be NaN"
                                                            : "start value cannot be infinity");
      }
      if (!stop_.GetNumeric().is_finite()) {
        return Status::Error(sqlstate::kInvalidParameterValue,
                             stop_.GetNumeric().is_nan() ? "stop value cannot be NaN" : "stop value cannot be infinity");
      }
      break;
    }
    default: {
      step_ = arguments_[2];
      const t::Interval& s = step_.GetInterval();
      if (s.months == 0 && s.days == 0 && s.time_us == 0) {
        return Status::Error(sqlstate::kInvalidParameterValue, "step size cannot equal zero");
      }
      break;
    }
  }
  return Status::Ok();
}

Result<bool> TableFunctionOperator::Next(DataChunk& out) {
  if (done_) return false;
  RETURN_IF_ERROR(context_->CheckCancel());
  out.Initialize(output_types_);
  Vector& values = out.column(0);
  uint32_t n = 0;
  bool listed = call_.kind == TableFunctionKind::kUnnest || call_.kind == TableFunctionKind::kUnnestZip ||
                call_.kind == TableFunctionKind::kGenerateSubscripts ||
                call_.kind == TableFunctionKind::kArrayOrdinals ||
                call_.kind == TableFunctionKind::kPartitionAncestors || call_.kind == TableFunctionKind::kExpandArray ||
                call_.kind == TableFunctionKind::kListeningChannels;
  while (n < kVectorSize && !done_) {
    if (listed) {
      if (next_element_ >= elements_.size()) {
        done_ = true;
        break;
      }
      Value v = std::move(elements_[next_element_++]);
      if (v.is_null()) {
        values.SetNull(n);
      } else {
        v.Relabel(call_.result_type);
        values.SetValue(n, v);
      }
    } else if (call_.kind == TableFunctionKind::kGenerateSeriesInt4 ||
               call_.kind == TableFunctionKind::kGenerateSeriesInt8) {
      int64_t cur = current_.AsInt64(), stop = stop_.AsInt64(), step = step_.AsInt64();
      if ((step > 0 && cur > stop) || (step < 0 && cur < stop)) {
        done_ = true;
        break;
      }
      if (call_.kind == TableFunctionKind::kGenerateSeriesInt4) {
        values.values<int32_t>()[n] = static_cast<int32_t>(cur);
      } else {
        values.values<int64_t>()[n] = cur;
      }
      values.SetValid(n);
      int64_t next;
      bool overflow = __builtin_add_overflow(cur, step, &next);
      if (call_.kind == TableFunctionKind::kGenerateSeriesInt4 && (next > INT32_MAX || next < INT32_MIN)) {
        overflow = true;
      }
      if (overflow) {
        done_ = true;
      } else {
        current_ = Value::FromInt64(current_.type(), next);
      }
    } else if (call_.kind == TableFunctionKind::kGenerateSeriesNumeric) {
      const t::Numeric& cur = current_.GetNumeric();
      const t::Numeric& step = step_.GetNumeric();
      int c = t::NumericCompare(cur, stop_.GetNumeric());
      bool positive = t::NumericCompare(step, t::Numeric::Finite(0, 0)) > 0;
      if ((positive && c > 0) || (!positive && c < 0)) {
        done_ = true;
        break;
      }
      values.values<t::Numeric>()[n] = cur;
      values.SetValid(n);
      ASSIGN_OR_RETURN(t::Numeric next, t::NumericAdd(cur, step));
      current_ = Value::MakeNumeric(next);
    } else {
      int64_t cur = current_.GetInt8(), stop = stop_.GetInt8();
      const t::Interval& step = step_.GetInterval();
      // Direction from the step's sign as PostgreSQL (compare step with 0).
      t::int128_t span = (static_cast<t::int128_t>(step.months) * 30 + step.days) * t::kMicrosPerDay + step.time_us;
      if ((span > 0 && cur > stop) || (span < 0 && cur < stop)) {
        done_ = true;
        break;
      }
      values.values<int64_t>()[n] = cur;
      values.SetValid(n);
      auto next = t::TimestampPlusInterval(cur, step);
      if (!next.ok()) {
        done_ = true;
      } else {
        current_ = Value::FromInt64(current_.type(), *next);
      }
    }
    if (with_ordinality_) {
      out.column(1).values<int64_t>()[n] = ++ordinality_;
      out.column(1).SetValid(n);
    }
    n++;
  }
  out.SetSize(n);
  return n > 0;
}

std::string TableFunctionOperator::ExplainText() const {
  std::string s = "Function Scan on " + call_.name + "(";
  for (size_t i = 0; i < call_.args.size(); i++) s += (i ? ", " : "") + call_.args[i]->ToString();
  s += ")";
  if (with_ordinality_) s += " WITH ORDINALITY";
  return s;
}

}  // namespace augur::exec

namespace augur::exec {

// ---- ProjectSet ----

namespace {

std::vector<SqlType> ProjectSetTypes(const PhysicalOperator& child, const std::vector<TableFunctionCall>& calls) {
  std::vector<SqlType> types = child.output_types();
  for (const auto& call : calls) types.push_back(call.result_type);
  return types;
}

}  // namespace

ProjectSetOperator::ProjectSetOperator(OperatorPtr child, std::vector<TableFunctionCall> calls)
    : PhysicalOperator(ProjectSetTypes(*child, calls)), child_(std::move(child)), calls_(std::move(calls)) {
  for (const auto& call : calls_) {
    argument_base_.push_back(arguments_.size());
    for (const auto& a : call.args) arguments_.emplace_back(a->type);
  }
}

Status ProjectSetOperator::Open(ExecContext& context) {
  context_ = &context;
  input_.Initialize(child_->output_types());
  input_.SetSize(0);
  next_row_ = 0;
  input_done_ = false;
  row_active_ = false;
  return child_->Open(context);
}

void ProjectSetOperator::Close() {
  child_->Close();
  if (context_ != nullptr) context_->memory.Release(reserved_bytes_);
  reserved_bytes_ = 0;
  results_.clear();
  row_values_.clear();
}

Status ProjectSetOperator::ExpandRow(uint32_t row) {
  uint32_t physical = input_.RowIndex(row);
  context_->memory.Release(reserved_bytes_);
  reserved_bytes_ = 0;
  row_values_.clear();
  for (size_t c = 0; c < input_.column_count(); ++c) row_values_.push_back(input_.column(c).GetValue(physical));
  results_.assign(calls_.size(), {});
  row_length_ = 0;
  for (size_t k = 0; k < calls_.size(); ++k) {
    // One TableFunctionOperator over this row's argument values.
    TableFunctionCall call;
    call.kind = calls_[k].kind;
    call.result_type = calls_[k].result_type;
    call.name = calls_[k].name;
    for (size_t a = 0; a < calls_[k].args.size(); ++a) {
      const Vector& v = arguments_[argument_base_[k] + a];
      call.args.push_back(MakeConstant(v.GetValue(physical), calls_[k].args[a]->type));
    }
    TableFunctionOperator function(std::move(call), false);
    RETURN_IF_ERROR(function.Open(*context_));
    DataChunk chunk;
    while (true) {
      ASSIGN_OR_RETURN(bool more, function.Next(chunk));
      if (!more) break;
      for (uint32_t i = 0; i < chunk.count(); ++i) results_[k].push_back(chunk.GetValue(0, i));
      int64_t bytes = static_cast<int64_t>(chunk.count() * sizeof(Value));
      RETURN_IF_ERROR(context_->memory.Reserve(bytes));
      reserved_bytes_ += bytes;
    }
    row_length_ = std::max(row_length_, results_[k].size());
  }
  emitted_ = 0;
  row_active_ = true;
  return Status::Ok();
}

Result<bool> ProjectSetOperator::Next(DataChunk& out) {
  RETURN_IF_ERROR(context_->CheckCancel());
  out.Initialize(output_types_);
  uint32_t n = 0;
  while (n < kVectorSize) {
    if (row_active_ && emitted_ < row_length_) {
      for (size_t c = 0; c < row_values_.size(); ++c) out.column(c).SetValue(n, row_values_[c]);
      for (size_t k = 0; k < calls_.size(); ++k) {
        Vector& column = out.column(row_values_.size() + k);
        if (emitted_ < results_[k].size() && !results_[k][emitted_].is_null()) {
          column.SetValue(n, results_[k][emitted_]);
        } else {
          column.SetNull(n);
        }
      }
      ++emitted_;
      ++n;
      continue;
    }
    row_active_ = false;
    if (next_row_ >= input_.count()) {
      if (input_done_) break;
      ASSIGN_OR_RETURN(bool more, child_->Next(input_));
      if (!more) {
        input_done_ = true;
        break;
      }
      next_row_ = 0;
      for (size_t k = 0; k < calls_.size(); ++k) {
        for (size_t a = 0; a < calls_[k].args.size(); ++a) {
          ExpressionExecutor executor(*calls_[k].args[a], context_);
          RETURN_IF_ERROR(executor.Execute(input_, arguments_[argument_base_[k] + a]));
        }
      }
      continue;
    }
    RETURN_IF_ERROR(ExpandRow(next_row_++));
  }
  out.SetSize(n);
  return n > 0;
}

std::string ProjectSetOperator::ExplainText() const {
  std::string s = "ProjectSet";
  for (size_t k = 0; k < calls_.size(); ++k) {
    s += (k ? ", " : " ") + calls_[k].name + "(";
    for (size_t i = 0; i < calls_[k].args.size(); i++) s += (i ? ", " : "") + calls_[k].args[i]->ToString();
    s += ")";
  }
  return s;
}

}  // namespace augur::exec
