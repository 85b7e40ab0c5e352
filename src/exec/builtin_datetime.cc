// Date/time operators and functions: vectorized adapters over FUNCS' scalar
// kernels in types/func_datetime.h (and a few time-of-day operators that
// have no scalar kernel there).
#include <optional>
#include <type_traits>

#include "exec/kernels.h"
#include "types/datetime.h"
#include "types/func_datetime.h"

namespace augur::exec::internal {

using types::Interval;
using types::Numeric;
namespace t = types;

namespace {

template <typename T>
struct ResultTraits {
  using Value = T;
  static constexpr bool kResult = false;
};
template <typename T>
struct ResultTraits<Result<T>> {
  using Value = T;
  static constexpr bool kResult = true;
};
template <typename T>
struct OptionalTraits {
  using Value = T;
  static constexpr bool kOptional = false;
};
template <typename T>
struct OptionalTraits<std::optional<T>> {
  using Value = T;
  static constexpr bool kOptional = true;
};

// Reads argument k of row i as the parameter type P.
template <typename P>
inline P ReadArg(const KernelCall& c, size_t k, uint32_t i) {
  using D = std::remove_cvref_t<P>;
  return c.inputs[k]->values<D>()[i];
}

// Wraps `R F(A...)` (R = T, Result<T> or Result<optional<T>>) as a kernel.
template <auto F>
struct Adapter;
template <typename R, typename... A, R (*F)(A...)>
struct Adapter<F> {
  using Inner = typename ResultTraits<R>::Value;
  using Out = typename OptionalTraits<Inner>::Value;

  template <size_t... I>
  static Status Row(const KernelCall& c, uint32_t i, std::index_sequence<I...>) {
    if constexpr (ResultTraits<R>::kResult) {
      auto r = F(ReadArg<A>(c, I, i)...);
      if (!r.ok()) return r.TakeStatus();
      if constexpr (OptionalTraits<Inner>::kOptional) {
        if (!r->has_value()) {
          c.result->SetNull(i);
        } else {
          c.result->values<Out>()[i] = **r;
        }
      } else {
        c.result->values<Out>()[i] = *r;
      }
    } else {
      c.result->values<Out>()[i] = F(ReadArg<A>(c, I, i)...);
    }
    return Status::Ok();
  }
  static Status Kernel(const KernelCall& c) {
    for (uint32_t k = 0; k < c.count; k++) {
      RETURN_IF_ERROR(Row(c, c.sel ? c.sel[k] : k, std::index_sequence_for<A...>{}));
    }
    return Status::Ok();
  }
};
template <auto F>
constexpr ScalarKernel K = &Adapter<F>::Kernel;

// int + date (argument order swapped).
Result<int32_t> IntPlusDate(int32_t days, int32_t date) { return t::DatePlusDays(date, days); }
Result<int64_t> IntervalPlusTimestamp(Interval span, int64_t ts) { return t::TimestampPlusInterval(ts, span); }
Result<Interval> FloatTimesInterval(double f, Interval span) { return t::IntervalMultiply(span, f); }
Result<int64_t> DatePlusTime(int32_t date, int64_t time) {
  ASSIGN_OR_RETURN(int64_t ts, t::DateToTimestamp(date));
  if (ts == t::kTimestampInfinity || ts == t::kTimestampNegInfinity) return ts;
  int64_t out = ts + time;
  if (!t::TimestampInRange(out)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range");
  return out;
}
Interval TimeMinusTime(int64_t a, int64_t b) { return Interval{a - b, 0, 0}; }
int64_t TimePlusInterval(int64_t time, Interval span) {
  int64_t v = (time + span.time_us % t::kMicrosPerDay) % t::kMicrosPerDay;
  return v < 0 ? v + t::kMicrosPerDay : v;
}
int64_t TimeMinusInterval(int64_t time, Interval span) {
  int64_t v = (time - span.time_us % t::kMicrosPerDay) % t::kMicrosPerDay;
  return v < 0 ? v + t::kMicrosPerDay : v;
}
Result<Interval> AgeNow(int64_t ts) {
  ASSIGN_OR_RETURN(int32_t today, t::TimestampToDate(t::CurrentTimestamp()));
  return t::AgeFromCurrentDate(ts, today);
}
Result<std::optional<Numeric>> ExtractDateArg(std::string_view unit, int32_t date) { return t::ExtractDate(unit, date); }

Status NowKernel(const KernelCall& c) {
  int64_t now = t::CurrentTimestamp();
  for (uint32_t k = 0; k < c.count; k++) c.result->values<int64_t>()[c.sel ? c.sel[k] : k] = now;
  return Status::Ok();
}
Status CurrentDateKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(int32_t today, t::TimestampToDate(t::CurrentTimestamp()));
  for (uint32_t k = 0; k < c.count; k++) c.result->values<int32_t>()[c.sel ? c.sel[k] : k] = today;
  return Status::Ok();
}

// to_char(value, format) → text; NULL when FUNCS says PostgreSQL returns NULL.
template <typename T, Result<bool> (*F)(T, std::string_view, std::string*)>
Status ToCharDateTime(const KernelCall& c) {
  std::string buf;
  for (uint32_t k = 0; k < c.count; k++) {
    uint32_t i = c.sel ? c.sel[k] : k;
    buf.clear();
    ASSIGN_OR_RETURN(bool has, F(ReadArg<T>(c, 0, i), c.inputs[1]->values<std::string_view>()[i], &buf));
    if (has) c.result->SetString(i, buf);
    else c.result->SetNull(i);
  }
  return Status::Ok();
}
template <typename T, typename As, Status (*F)(As, std::string_view, std::string*)>
Status ToCharNumber(const KernelCall& c) {
  std::string buf;
  for (uint32_t k = 0; k < c.count; k++) {
    uint32_t i = c.sel ? c.sel[k] : k;
    buf.clear();
    RETURN_IF_ERROR(F(static_cast<As>(c.inputs[0]->values<T>()[i]), c.inputs[1]->values<std::string_view>()[i], &buf));
    c.result->SetString(i, buf);
  }
  return Status::Ok();
}
Result<bool> ToCharIntervalByValue(Interval v, std::string_view format, std::string* out) {
  return t::ToCharInterval(v, format, out);
}
Status ToCharNumericByValue(Numeric v, std::string_view format, std::string* out) {
  return t::ToCharNumeric(v, format, out);
}

void Op(FunctionRegistry& r, const char* name, std::initializer_list<uint32_t> args, uint32_t ret, ScalarKernel k) {
  ScalarFunction f;
  f.name = name;
  for (uint32_t a : args) f.arg_types.push_back(types::SqlType::Of(a));
  f.return_type = types::SqlType::Of(ret);
  f.kernel = k;
  f.is_operator = true;
  r.Register(std::move(f));
}
void Fn(FunctionRegistry& r, const char* name, std::initializer_list<uint32_t> args, uint32_t ret, ScalarKernel k,
        Volatility volatility = Volatility::kImmutable) {
  ScalarFunction f;
  f.name = name;
  for (uint32_t a : args) f.arg_types.push_back(types::SqlType::Of(a));
  f.return_type = types::SqlType::Of(ret);
  f.kernel = k;
  f.volatility = volatility;
  r.Register(std::move(f));
}

}  // namespace

void RegisterDatetimeBuiltins(FunctionRegistry& r) {
  constexpr uint32_t kDate = t::kDateOid, kTime = t::kTimeOid, kTs = t::kTimestampOid, kTsTz = t::kTimestampTzOid,
                     kIv = t::kIntervalOid, kInt4 = t::kInt4Oid, kF8 = t::kFloat8Oid, kText = t::kTextOid,
                     kNum = t::kNumericOid;
  // Operators.
  Op(r, "+", {kDate, kInt4}, kDate, K<t::DatePlusDays>);
  Op(r, "+", {kInt4, kDate}, kDate, K<IntPlusDate>);
  Op(r, "-", {kDate, kInt4}, kDate, K<t::DateMinusDays>);
  Op(r, "-", {kDate, kDate}, kInt4, K<t::DateMinusDate>);
  Op(r, "+", {kDate, kIv}, kTs, K<t::DatePlusInterval>);
  Op(r, "-", {kDate, kIv}, kTs, K<t::DateMinusInterval>);
  Op(r, "+", {kDate, kTime}, kTs, K<DatePlusTime>);
  for (uint32_t ts : {kTs, kTsTz}) {
    Op(r, "+", {ts, kIv}, ts, K<t::TimestampPlusInterval>);
    Op(r, "-", {ts, kIv}, ts, K<t::TimestampMinusInterval>);
    Op(r, "+", {kIv, ts}, ts, K<IntervalPlusTimestamp>);
    Op(r, "-", {ts, ts}, kIv, K<t::TimestampMinusTimestamp>);
  }
  Op(r, "-", {kTime, kTime}, kIv, K<TimeMinusTime>);
  Op(r, "+", {kTime, kIv}, kTime, K<TimePlusInterval>);
  Op(r, "-", {kTime, kIv}, kTime, K<TimeMinusInterval>);
  Op(r, "+", {kIv, kIv}, kIv, K<t::IntervalPlus>);
  Op(r, "-", {kIv, kIv}, kIv, K<t::IntervalMinus>);
  Op(r, "-", {kIv}, kIv, K<t::IntervalNegate>);
  Op(r, "*", {kIv, kF8}, kIv, K<t::IntervalMultiply>);
  Op(r, "*", {kF8, kIv}, kIv, K<FloatTimesInterval>);
  Op(r, "/", {kIv, kF8}, kIv, K<t::IntervalDivide>);

  // Functions.
  Fn(r, "date_trunc", {kText, kTs}, kTs, K<t::DateTruncTimestamp>);
  Fn(r, "date_trunc", {kText, kTsTz}, kTsTz, K<t::DateTruncTimestampTz>, Volatility::kStable);
  Fn(r, "date_trunc", {kText, kIv}, kIv, K<t::DateTruncInterval>);
  Fn(r, "extract", {kText, kTs}, kNum, K<t::ExtractTimestamp>);
  Fn(r, "extract", {kText, kTsTz}, kNum, K<t::ExtractTimestampTz>, Volatility::kStable);
  Fn(r, "extract", {kText, kDate}, kNum, K<ExtractDateArg>);
  Fn(r, "extract", {kText, kTime}, kNum, K<t::ExtractTime>);
  Fn(r, "extract", {kText, kIv}, kNum, K<t::ExtractInterval>);
  Fn(r, "date_part", {kText, kTs}, kF8, K<t::DatePartTimestamp>);
  Fn(r, "date_part", {kText, kTsTz}, kF8, K<t::DatePartTimestampTz>, Volatility::kStable);
  Fn(r, "date_part", {kText, kDate}, kF8, K<t::DatePartDate>);
  Fn(r, "date_part", {kText, kTime}, kF8, K<t::DatePartTime>);
  Fn(r, "date_part", {kText, kIv}, kF8, K<t::DatePartInterval>);
  Fn(r, "age", {kTs, kTs}, kIv, K<t::Age>);
  Fn(r, "age", {kTsTz, kTsTz}, kIv, K<t::Age>, Volatility::kStable);
  Fn(r, "age", {kTs}, kIv, K<AgeNow>, Volatility::kStable);
  Fn(r, "age", {kTsTz}, kIv, K<AgeNow>, Volatility::kStable);
  Fn(r, "make_date", {kInt4, kInt4, kInt4}, kDate, K<t::MakeDate>);
  Fn(r, "make_time", {kInt4, kInt4, kF8}, kTime, K<t::MakeTime>);
  Fn(r, "make_timestamp", {kInt4, kInt4, kInt4, kInt4, kInt4, kF8}, kTs, K<t::MakeTimestamp>);
  Fn(r, "make_timestamptz", {kInt4, kInt4, kInt4, kInt4, kInt4, kF8}, kTsTz, K<t::MakeTimestamp>,
     Volatility::kStable);
  Fn(r, "make_interval", {kInt4, kInt4, kInt4, kInt4, kInt4, kInt4, kF8}, kIv, K<t::MakeInterval>);
  Fn(r, "to_timestamp", {kF8}, kTsTz, K<t::ToTimestampFromEpoch>);
  Fn(r, "to_timestamp", {kText, kText}, kTsTz, K<t::ToTimestamp>, Volatility::kStable);
  Fn(r, "to_date", {kText, kText}, kDate, K<t::ToDate>, Volatility::kStable);
  Fn(r, "justify_days", {kIv}, kIv, K<t::JustifyDays>);
  Fn(r, "justify_hours", {kIv}, kIv, K<t::JustifyHours>);
  Fn(r, "justify_interval", {kIv}, kIv, K<t::JustifyInterval>);
  Fn(r, "to_char", {kTs, kText}, kText, ToCharDateTime<int64_t, t::ToCharTimestamp>, Volatility::kStable);
  Fn(r, "to_char", {kTsTz, kText}, kText, ToCharDateTime<int64_t, t::ToCharTimestampTz>, Volatility::kStable);
  Fn(r, "to_char", {kIv, kText}, kText, ToCharDateTime<Interval, ToCharIntervalByValue>, Volatility::kStable);
  Fn(r, "to_char", {kNum, kText}, kText, ToCharNumber<Numeric, Numeric, ToCharNumericByValue>, Volatility::kStable);
  Fn(r, "to_char", {t::kInt8Oid, kText}, kText, ToCharNumber<int64_t, int64_t, t::ToCharInt64>, Volatility::kStable);
  Fn(r, "to_char", {kInt4, kText}, kText, ToCharNumber<int32_t, int64_t, t::ToCharInt64>, Volatility::kStable);
  Fn(r, "to_char", {kF8, kText}, kText, ToCharNumber<double, double, t::ToCharFloat8>, Volatility::kStable);
  Fn(r, "now", {}, kTsTz, NowKernel, Volatility::kStable);
  Fn(r, "current_timestamp", {}, kTsTz, NowKernel, Volatility::kStable);
  Fn(r, "current_date", {}, kDate, CurrentDateKernel, Volatility::kStable);
}

}  // namespace augur::exec::internal
