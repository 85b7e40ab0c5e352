// Built-in aggregate functions and their resolution. See aggregate.h.
#include "exec/aggregate.h"

#include "exec/array_internal.h"
#include "types/array.h"

#include <cmath>
#include <new>
#include <unordered_map>

#include "exec/function_registry.h"
#include "exec/kernels.h"
#include "types/func_datetime.h"
#include "types/numeric.h"

namespace augur::exec {

using types::Interval;
using types::Numeric;
using types::SqlType;
namespace t = types;


namespace {

template <typename F>
inline Status ForRows(const uint32_t* sel, uint32_t count, F&& f) {
  for (uint32_t i = 0; i < count; i++) RETURN_IF_ERROR(f(i, sel ? sel[i] : i));
  return Status::Ok();
}

template <typename S>
void InitState(void* p) {
  new (p) S();
}
template <typename S>
void DestroyState(void* p) {
  static_cast<S*>(p)->~S();
}

// ---- count ----
Status CountUpdate(std::span<const Vector* const>, const uint32_t*, uint32_t count, void* const* states,
                   ExecContext*) {
  for (uint32_t i = 0; i < count; i++) ++*static_cast<int64_t*>(states[i]);
  return Status::Ok();
}
Status CountFinalize(void* state, Vector& out, uint32_t index) {
  out.values<int64_t>()[index] = *static_cast<int64_t*>(state);
  out.SetValid(index);
  return Status::Ok();
}

// ---- sum/avg over integers ----
struct IntSumState {
  t::int128_t sum = 0;
  int64_t count = 0;
};
template <typename T>
Status IntSumUpdate(std::span<const Vector* const> in, const uint32_t* sel, uint32_t count, void* const* states,
                    ExecContext*) {
  const T* v = in[0]->values<T>();
  return ForRows(sel, count, [&](uint32_t i, uint32_t r) {
    auto* s = static_cast<IntSumState*>(states[i]);
    s->sum += v[r];
    s->count++;
    return Status::Ok();
  });
}
// sum(int2/int4) → int8.
Status SumToInt8Finalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<IntSumState*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  if (s->sum > INT64_MAX || s->sum < INT64_MIN) return internal::IntegerOutOfRange(SqlType::Of(t::kInt8Oid));
  out.values<int64_t>()[index] = static_cast<int64_t>(s->sum);
  out.SetValid(index);
  return Status::Ok();
}
// sum(int8) → numeric.
Status SumToNumericFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<IntSumState*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  // The int128 accumulator cannot wrap (2^63 rows of INT64_MAX stay below
  // 2^127) but may pass the inline form's 38 digits: build that through the
  // numeric operations, which switch to the big form.
  constexpr t::int128_t kTenTo19 = static_cast<t::int128_t>(10000000000000000000ULL);
  if (s->sum >= kTenTo19 * kTenTo19 || s->sum <= -kTenTo19 * kTenTo19) {
    ASSIGN_OR_RETURN(Numeric high, t::NumericMul(Numeric::Finite(s->sum / kTenTo19, 0), Numeric::Finite(kTenTo19, 0)));
    ASSIGN_OR_RETURN(out.values<Numeric>()[index], t::NumericAdd(high, Numeric::Finite(s->sum % kTenTo19, 0)));
  } else {
    out.values<Numeric>()[index] = Numeric::Finite(s->sum, 0);
  }
  out.SetValid(index);
  return Status::Ok();
}
// avg(int*) → numeric: sum / count with numeric division scale.
Status IntAvgFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<IntSumState*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(Numeric avg, t::NumericDiv(Numeric::Finite(s->sum, 0), t::NumericFromInt64(s->count)));
  out.values<Numeric>()[index] = avg;
  out.SetValid(index);
  return Status::Ok();
}

// ---- numeric ----
struct NumericSumState {
  Numeric sum = Numeric::Finite(0, 0);
  int64_t count = 0;
};
Status NumericSumUpdate(std::span<const Vector* const> in, const uint32_t* sel, uint32_t count, void* const* states,
                        ExecContext*) {
  const Numeric* v = in[0]->values<Numeric>();
  return ForRows(sel, count, [&](uint32_t i, uint32_t r) -> Status {
    auto* s = static_cast<NumericSumState*>(states[i]);
    if (s->count == 0) {
      s->sum = v[r];
    } else {
      ASSIGN_OR_RETURN(s->sum, t::NumericAdd(s->sum, v[r]));
    }
    s->count++;
    return Status::Ok();
  });
}
Status NumericSumFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<NumericSumState*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  out.values<Numeric>()[index] = s->sum;
  out.SetValid(index);
  return Status::Ok();
}
Status NumericAvgFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<NumericSumState*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(Numeric avg, t::NumericDiv(s->sum, t::NumericFromInt64(s->count)));
  out.values<Numeric>()[index] = avg;
  out.SetValid(index);
  return Status::Ok();
}

// ---- floats ----
template <typename Acc>
struct FloatSumState {
  Acc sum = 0;
  int64_t count = 0;
};
template <typename T, typename Acc>
Status FloatSumUpdate(std::span<const Vector* const> in, const uint32_t* sel, uint32_t count, void* const* states,
                      ExecContext*) {
  const T* v = in[0]->values<T>();
  return ForRows(sel, count, [&](uint32_t i, uint32_t r) -> Status {
    auto* s = static_cast<FloatSumState<Acc>*>(states[i]);
    Acc next = s->sum + static_cast<Acc>(v[r]);
    if (std::isinf(next) && !std::isinf(s->sum) && !std::isinf(v[r])) {
      return Status::Error(sqlstate::kNumericValueOutOfRange, "value out of range: overflow");
    }
    s->sum = next;
    s->count++;
    return Status::Ok();
  });
}
template <typename Acc>
Status FloatSumFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<FloatSumState<Acc>*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  out.values<Acc>()[index] = s->sum;
  out.SetValid(index);
  return Status::Ok();
}
Status FloatAvgFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<FloatSumState<double>*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  out.values<double>()[index] = s->sum / static_cast<double>(s->count);
  out.SetValid(index);
  return Status::Ok();
}

// ---- interval ----
struct IntervalSumState {
  Interval sum;
  int64_t count = 0;
};
Status IntervalSumUpdate(std::span<const Vector* const> in, const uint32_t* sel, uint32_t count, void* const* states,
                         ExecContext*) {
  const Interval* v = in[0]->values<Interval>();
  return ForRows(sel, count, [&](uint32_t i, uint32_t r) -> Status {
    auto* s = static_cast<IntervalSumState*>(states[i]);
    Interval n;
    if (__builtin_add_overflow(s->sum.months, v[r].months, &n.months) |
        __builtin_add_overflow(s->sum.days, v[r].days, &n.days) |
        __builtin_add_overflow(s->sum.time_us, v[r].time_us, &n.time_us)) {
      return Status::Error(sqlstate::kDatetimeFieldOverflow, "interval out of range");
    }
    s->sum = n;
    s->count++;
    return Status::Ok();
  });
}
Status IntervalSumFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<IntervalSumState*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  out.values<Interval>()[index] = s->sum;
  out.SetValid(index);
  return Status::Ok();
}
Status IntervalAvgFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<IntervalSumState*>(state);
  if (s->count == 0) {
    out.SetNull(index);
    return Status::Ok();
  }
  ASSIGN_OR_RETURN(Interval avg, t::IntervalDivide(s->sum, static_cast<double>(s->count)));
  out.values<Interval>()[index] = avg;
  out.SetValid(index);
  return Status::Ok();
}

// ---- min / max ----
template <typename T>
struct MinMaxState {
  T value{};
  bool has = false;
};
struct StringMinMaxState {
  std::string value;
  bool has = false;
};
template <typename T, bool kBpchar, bool kMax>
Status MinMaxUpdate(std::span<const Vector* const> in, const uint32_t* sel, uint32_t count, void* const* states,
                    ExecContext*) {
  const T* v = in[0]->values<T>();
  return ForRows(sel, count, [&](uint32_t i, uint32_t r) {
    if constexpr (std::is_same_v<T, std::string_view>) {
      auto* s = static_cast<StringMinMaxState*>(states[i]);
      int c = s->has ? internal::ValueOps<T, kBpchar>::Compare(v[r], s->value) : 0;
      if (!s->has || (kMax ? c > 0 : c < 0)) {
        s->value.assign(v[r]);
        s->has = true;
      }
    } else {
      // A tie takes the new value, as PostgreSQL's float8/numeric/interval
      // smaller/larger do: min(-0.0, 0.0) is 0, and of two equal intervals
      // ('1 day', '24 hours') the later one is shown.
      auto* s = static_cast<MinMaxState<T>*>(states[i]);
      int c = s->has ? internal::ValueOps<T>::Compare(v[r], s->value) : 0;
      if (!s->has || (kMax ? c >= 0 : c <= 0)) {
        s->value = v[r];
        s->has = true;
      }
    }
    return Status::Ok();
  });
}
template <typename T>
Status MinMaxFinalize(void* state, Vector& out, uint32_t index) {
  if constexpr (std::is_same_v<T, std::string_view>) {
    auto* s = static_cast<StringMinMaxState*>(state);
    if (!s->has) {
      out.SetNull(index);
    } else {
      out.SetString(index, s->value);
    }
  } else {
    auto* s = static_cast<MinMaxState<T>*>(state);
    if (!s->has) {
      out.SetNull(index);
    } else {
      out.values<T>()[index] = s->value;
      out.SetValid(index);
    }
  }
  return Status::Ok();
}

// ---- bool_and / bool_or ----
struct BoolState {
  bool value = false;
  bool has = false;
};
template <bool kAnd>
Status BoolUpdate(std::span<const Vector* const> in, const uint32_t* sel, uint32_t count, void* const* states,
                  ExecContext*) {
  const bool* v = in[0]->values<bool>();
  return ForRows(sel, count, [&](uint32_t i, uint32_t r) {
    auto* s = static_cast<BoolState*>(states[i]);
    if (!s->has) {
      s->value = v[r];
      s->has = true;
    } else {
      s->value = kAnd ? (s->value && v[r]) : (s->value || v[r]);
    }
    return Status::Ok();
  });
}
Status BoolFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<BoolState*>(state);
  if (!s->has) {
    out.SetNull(index);
  } else {
    out.values<bool>()[index] = s->value;
    out.SetValid(index);
  }
  return Status::Ok();
}

// ---- string_agg ----
struct StringAggState {
  std::string value;
  bool has = false;
};
Status StringAggUpdate(std::span<const Vector* const> in, const uint32_t* sel, uint32_t count, void* const* states,
                       ExecContext*) {
  const auto* v = in[0]->values<std::string_view>();
  const Vector& delim = *in[1];
  const auto* d = delim.values<std::string_view>();
  return ForRows(sel, count, [&](uint32_t i, uint32_t r) {
    auto* s = static_cast<StringAggState*>(states[i]);
    if (s->has && delim.IsValid(r)) s->value.append(d[r]);
    s->value.append(v[r]);
    s->has = true;
    return Status::Ok();
  });
}
Status StringAggFinalize(void* state, Vector& out, uint32_t index) {
  auto* s = static_cast<StringAggState*>(state);
  if (!s->has) {
    out.SetNull(index);
  } else {
    out.SetString(index, s->value);
  }
  return Status::Ok();
}


// ---- combine (window frames: segment-tree nodes) ----
// combine(state, other) folds `other` — the state of rows that come after
// state's rows — into `state`, with the same result as updating `state`
// with those rows. Float sums have none: a different association rounds
// differently from PostgreSQL's row-by-row sum.
Status CountCombine(void* state, const void* other) {
  *static_cast<int64_t*>(state) += *static_cast<const int64_t*>(other);
  return Status::Ok();
}
Status IntSumCombine(void* state, const void* other) {
  auto* s = static_cast<IntSumState*>(state);
  const auto* o = static_cast<const IntSumState*>(other);
  s->sum += o->sum;
  s->count += o->count;
  return Status::Ok();
}
Status NumericSumCombine(void* state, const void* other) {
  auto* s = static_cast<NumericSumState*>(state);
  const auto* o = static_cast<const NumericSumState*>(other);
  if (o->count == 0) return Status::Ok();
  if (s->count == 0) {
    s->sum = o->sum;
  } else {
    ASSIGN_OR_RETURN(s->sum, t::NumericAdd(s->sum, o->sum));
  }
  s->count += o->count;
  return Status::Ok();
}
Status IntervalSumCombine(void* state, const void* other) {
  auto* s = static_cast<IntervalSumState*>(state);
  const auto* o = static_cast<const IntervalSumState*>(other);
  Interval n;
  if (__builtin_add_overflow(s->sum.months, o->sum.months, &n.months) |
      __builtin_add_overflow(s->sum.days, o->sum.days, &n.days) |
      __builtin_add_overflow(s->sum.time_us, o->sum.time_us, &n.time_us)) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "interval out of range");
  }
  s->sum = n;
  s->count += o->count;
  return Status::Ok();
}
template <typename T, bool kBpchar, bool kMax>
Status MinMaxCombine(void* state, const void* other) {
  if constexpr (std::is_same_v<T, std::string_view>) {
    auto* s = static_cast<StringMinMaxState*>(state);
    const auto* o = static_cast<const StringMinMaxState*>(other);
    if (!o->has) return Status::Ok();
    int c = s->has ? internal::ValueOps<T, kBpchar>::Compare(o->value, s->value) : 0;
    if (!s->has || (kMax ? c > 0 : c < 0)) {
      s->value = o->value;
      s->has = true;
    }
  } else {
    auto* s = static_cast<MinMaxState<T>*>(state);
    const auto* o = static_cast<const MinMaxState<T>*>(other);
    if (!o->has) return Status::Ok();
    int c = s->has ? internal::ValueOps<T>::Compare(o->value, s->value) : 0;
    if (!s->has || (kMax ? c >= 0 : c <= 0)) {
      s->value = o->value;
      s->has = true;
    }
  }
  return Status::Ok();
}
template <bool kAnd>
Status BoolCombine(void* state, const void* other) {
  auto* s = static_cast<BoolState*>(state);
  const auto* o = static_cast<const BoolState*>(other);
  if (!o->has) return Status::Ok();
  s->value = !s->has ? o->value : (kAnd ? (s->value && o->value) : (s->value || o->value));
  s->has = true;
  return Status::Ok();
}

// ---- registry ----

struct AggregateCatalog {
  FunctionRegistry signatures;  // ScalarFunction shells used only for resolution
  std::unordered_map<const ScalarFunction*, std::unique_ptr<AggregateFunction>> by_signature;

  template <typename S>
  void Add(const char* name, std::initializer_list<uint32_t> args, uint32_t ret,
           decltype(AggregateFunction::update) update, decltype(AggregateFunction::finalize) finalize,
           decltype(AggregateFunction::combine) combine = nullptr) {
    auto agg = std::make_unique<AggregateFunction>();
    agg->name = name;
    for (uint32_t a : args) agg->arg_types.push_back(SqlType::Of(a));
    agg->return_type = SqlType::Of(ret);
    agg->state_bytes = (sizeof(S) + 15) / 16 * 16;
    agg->initialize = &InitState<S>;
    agg->update = update;
    agg->finalize = finalize;
    agg->combine = combine;
    if constexpr (!std::is_trivially_destructible_v<S>) agg->destroy = &DestroyState<S>;
    ScalarFunction sig;
    sig.name = name;
    sig.arg_types = agg->arg_types;
    sig.return_type = agg->return_type;
    const ScalarFunction* key = signatures.Register(std::move(sig));
    by_signature[key] = std::move(agg);
  }

  // array_agg(E) → E[] (array_functions.cc), one overload per array type.
  void ArrayAggregates() {
    for (uint32_t array_oid = 1000; array_oid < 3000; array_oid++) {
      uint32_t element = t::ArrayElementOid(array_oid);
      if (element == t::kInvalidOid) continue;
      auto agg = std::make_unique<AggregateFunction>();
      agg->name = "array_agg";
      agg->arg_types.push_back(SqlType::Of(element));
      agg->return_type = SqlType::Of(array_oid);
      agg->state_bytes = (sizeof(internal::ArrayAggState) + 15) / 16 * 16;
      agg->initialize = &internal::ArrayAggInitialize;
      agg->update = &internal::ArrayAggUpdate;
      agg->finalize = &internal::ArrayAggFinalize;
      agg->destroy = &internal::ArrayAggDestroy;
      agg->keeps_nulls = true;
      ScalarFunction sig;
      sig.name = "array_agg";
      sig.arg_types = agg->arg_types;
      sig.return_type = agg->return_type;
      by_signature[signatures.Register(std::move(sig))] = std::move(agg);
      for (bool is_max : {false, true}) {
        auto mm = std::make_unique<AggregateFunction>();
        mm->name = is_max ? "max" : "min";
        mm->arg_types.push_back(SqlType::Of(array_oid));
        mm->return_type = SqlType::Of(array_oid);
        mm->state_bytes = (sizeof(internal::ArrayMinMaxState) + 15) / 16 * 16;
        mm->initialize = &internal::ArrayMinMaxInitialize;
        mm->update = is_max ? &internal::ArrayMinMaxUpdate<true> : &internal::ArrayMinMaxUpdate<false>;
        mm->finalize = &internal::ArrayMinMaxFinalize;
        mm->destroy = &internal::ArrayMinMaxDestroy;
        ScalarFunction mm_sig;
        mm_sig.name = mm->name;
        mm_sig.arg_types = mm->arg_types;
        mm_sig.return_type = mm->return_type;
        by_signature[signatures.Register(std::move(mm_sig))] = std::move(mm);
      }
    }
  }

  template <typename T, bool kBpchar = false>
  void MinMax(uint32_t oid) {
    using S = std::conditional_t<std::is_same_v<T, std::string_view>, StringMinMaxState, MinMaxState<T>>;
    Add<S>("min", {oid}, oid, &MinMaxUpdate<T, kBpchar, false>, &MinMaxFinalize<T>,
           &MinMaxCombine<T, kBpchar, false>);
    Add<S>("max", {oid}, oid, &MinMaxUpdate<T, kBpchar, true>, &MinMaxFinalize<T>, &MinMaxCombine<T, kBpchar, true>);
  }

  AggregateCatalog() {
    constexpr uint32_t kI2 = t::kInt2Oid, kI4 = t::kInt4Oid, kI8 = t::kInt8Oid, kF4 = t::kFloat4Oid,
                       kF8 = t::kFloat8Oid, kNum = t::kNumericOid, kIv = t::kIntervalOid;
    Add<int64_t>("count", {}, kI8, &CountUpdate, &CountFinalize, &CountCombine);
    Add<int64_t>("count", {internal::kAnyOid}, kI8, &CountUpdate, &CountFinalize, &CountCombine);
    Add<IntSumState>("sum", {kI2}, kI8, &IntSumUpdate<int16_t>, &SumToInt8Finalize, &IntSumCombine);
    Add<IntSumState>("sum", {kI4}, kI8, &IntSumUpdate<int32_t>, &SumToInt8Finalize, &IntSumCombine);
    Add<IntSumState>("sum", {kI8}, kNum, &IntSumUpdate<int64_t>, &SumToNumericFinalize, &IntSumCombine);
    Add<NumericSumState>("sum", {kNum}, kNum, &NumericSumUpdate, &NumericSumFinalize, &NumericSumCombine);
    Add<FloatSumState<float>>("sum", {kF4}, kF4, &FloatSumUpdate<float, float>, &FloatSumFinalize<float>);
    Add<FloatSumState<double>>("sum", {kF8}, kF8, &FloatSumUpdate<double, double>, &FloatSumFinalize<double>);
    Add<IntervalSumState>("sum", {kIv}, kIv, &IntervalSumUpdate, &IntervalSumFinalize, &IntervalSumCombine);
    Add<IntSumState>("avg", {kI2}, kNum, &IntSumUpdate<int16_t>, &IntAvgFinalize, &IntSumCombine);
    Add<IntSumState>("avg", {kI4}, kNum, &IntSumUpdate<int32_t>, &IntAvgFinalize, &IntSumCombine);
    Add<IntSumState>("avg", {kI8}, kNum, &IntSumUpdate<int64_t>, &IntAvgFinalize, &IntSumCombine);
    Add<NumericSumState>("avg", {kNum}, kNum, &NumericSumUpdate, &NumericAvgFinalize, &NumericSumCombine);
    Add<FloatSumState<double>>("avg", {kF4}, kF8, &FloatSumUpdate<float, double>, &FloatAvgFinalize);
    Add<FloatSumState<double>>("avg", {kF8}, kF8, &FloatSumUpdate<double, double>, &FloatAvgFinalize);
    Add<IntervalSumState>("avg", {kIv}, kIv, &IntervalSumUpdate, &IntervalAvgFinalize, &IntervalSumCombine);
    MinMax<int16_t>(kI2);
    MinMax<int32_t>(kI4);
    MinMax<int64_t>(kI8);
    MinMax<float>(kF4);
    MinMax<double>(kF8);
    MinMax<Numeric>(kNum);
    MinMax<std::string_view>(t::kTextOid);
    MinMax<std::string_view, true>(t::kBpcharOid);
    MinMax<int32_t>(t::kDateOid);
    MinMax<int64_t>(t::kTimeOid);
    MinMax<int64_t>(t::kTimeTzOid);
    MinMax<int64_t>(t::kTimestampOid);
    MinMax<int64_t>(t::kTimestampTzOid);
    MinMax<Interval>(kIv);
    MinMax<uint32_t>(t::kOidOid);
    for (const char* name : {"bool_and", "every"}) {
      Add<BoolState>(name, {t::kBoolOid}, t::kBoolOid, &BoolUpdate<true>, &BoolFinalize, &BoolCombine<true>);
    }
    Add<BoolState>("bool_or", {t::kBoolOid}, t::kBoolOid, &BoolUpdate<false>, &BoolFinalize, &BoolCombine<false>);
    Add<StringAggState>("string_agg", {t::kTextOid, t::kTextOid}, t::kTextOid, &StringAggUpdate, &StringAggFinalize);
    Add<StringAggState>("string_agg", {t::kByteaOid, t::kByteaOid}, t::kByteaOid, &StringAggUpdate,
                        &StringAggFinalize);
    ArrayAggregates();
  }
};

const AggregateCatalog& Catalog() {
  static const AggregateCatalog* catalog = new AggregateCatalog();
  return *catalog;
}

}  // namespace

bool IsAggregateName(std::string_view name) { return Catalog().signatures.HasFunction(name); }

BoundAggregate BoundAggregate::Clone() const {
  BoundAggregate b;
  b.function = function;
  for (const auto& a : args) b.args.push_back(a->Clone());
  b.distinct = distinct;
  b.row_argument = row_argument;
  if (filter) b.filter = filter->Clone();
  for (const auto& k : order_by) b.order_by.push_back(AggregateOrderKey{k.expr->Clone(), k.descending, k.nulls_first});
  b.type = type;
  return b;
}

std::string BoundAggregate::ToString() const {
  std::string s = function->name + "(";
  if (distinct) s += "DISTINCT ";
  if (args.empty()) s += "*";
  for (size_t i = 0; i < args.size(); i++) {
    if (i) s += ", ";
    s += args[i]->ToString();
  }
  for (size_t i = 0; i < order_by.size(); i++) {
    s += i ? ", " : " ORDER BY ";
    s += order_by[i].expr->ToString();
    if (order_by[i].descending) s += " DESC";
    if (order_by[i].nulls_first != order_by[i].descending) s += order_by[i].nulls_first ? " NULLS FIRST" : " NULLS LAST";
  }
  s += ")";
  if (filter) s += " FILTER (WHERE " + filter->ToString() + ")";
  return s;
}

Result<BoundAggregate> MakeAggregate(std::string_view name, std::vector<ExprPtr> args, bool star, bool distinct,
                                     ExprPtr filter, int location) {
  const AggregateCatalog& catalog = Catalog();
  std::vector<SqlType> types;
  for (const auto& a : args) types.push_back(a->type);
  Result<ResolvedFunction> resolved = catalog.signatures.ResolveFunction(name, types);
  if (star && name == "count" && args.empty()) resolved = catalog.signatures.ResolveFunction("count", {});
  if (!resolved.ok()) {
    Status s = resolved.TakeStatus();
    if (star) {
      s = Status::Error(sqlstate::kUndefinedFunction, std::string(name) + "(*) specified, but " + std::string(name) +
                                                          " is not an aggregate function");
    }
    if (location >= 0) s.SetPosition(location + 1);
    return s;
  }
  BoundAggregate b;
  b.function = catalog.by_signature.at(resolved->function).get();
  for (size_t i = 0; i < args.size(); i++) {
    ASSIGN_OR_RETURN(ExprPtr arg, CoerceTo(std::move(args[i]), resolved->arg_types[i], CastContext::kImplicit));
    b.args.push_back(std::move(arg));
  }
  b.distinct = distinct;
  b.filter = std::move(filter);
  b.type = b.function->return_type;
  return b;
}

}  // namespace augur::exec
