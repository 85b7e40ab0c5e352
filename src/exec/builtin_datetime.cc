// Date/time operators and functions: vectorized adapters over FUNCS' scalar
// kernels in types/func_datetime.h (and a few time-of-day operators that
// have no scalar kernel there).
#include <cstdio>
#include <optional>
#include <type_traits>

#include "exec/kernels.h"
#include "types/datetime.h"
#include "types/func_datetime.h"
#include "types/timezone.h"

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
Result<int64_t> IntervalPlusDate(Interval span, int32_t date) { return t::DatePlusInterval(date, span); }
Result<int64_t> IntervalPlusTimestampTz(Interval span, int64_t ts) { return t::TimestampTzPlusInterval(ts, span); }
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
// timetz ± interval: the time part wraps as for time; the zone stays.
int64_t TimeTzPlusInterval(int64_t packed, Interval span) {
  t::TimeTz v = t::UnpackTimeTz(packed);
  v.time_us = TimePlusInterval(v.time_us, span);
  return t::PackTimeTz(v);
}
int64_t TimeTzMinusInterval(int64_t packed, Interval span) {
  t::TimeTz v = t::UnpackTimeTz(packed);
  v.time_us = TimeMinusInterval(v.time_us, span);
  return t::PackTimeTz(v);
}
// The session's current date (transaction start, session time zone).
Result<int32_t> SessionToday() {
  ASSIGN_OR_RETURN(int64_t local, t::TimestampTzToTimestamp(t::NowFor(nullptr)));
  return t::TimestampToDate(local);
}
Result<Interval> AgeNow(int64_t ts) {
  ASSIGN_OR_RETURN(int32_t today, SessionToday());
  return t::AgeFromCurrentDate(ts, today);
}
// age(timestamptz) = age(current_date::timestamptz, $1).
Result<Interval> AgeNowTz(int64_t ts) {
  ASSIGN_OR_RETURN(int32_t today, SessionToday());
  ASSIGN_OR_RETURN(int64_t midnight, t::TimestampToTimestampTz(int64_t{today} * t::kMicrosPerDay));
  return t::AgeTz(midnight, ts);
}
Result<int64_t> DateBinTz(Interval stride, int64_t source, int64_t origin) { return t::DateBin(stride, source, origin); }
Result<std::optional<Numeric>> ExtractDateArg(std::string_view unit, int32_t date) { return t::ExtractDate(unit, date); }

Status NowKernel(const KernelCall& c) {
  int64_t now = t::NowFor(nullptr);
  for (uint32_t k = 0; k < c.count; k++) c.result->values<int64_t>()[c.sel ? c.sel[k] : k] = now;
  return Status::Ok();
}
// clock_timestamp(): the clock, read for every row.
Status ClockTimestampKernel(const KernelCall& c) {
  for (uint32_t k = 0; k < c.count; k++) c.result->values<int64_t>()[c.sel ? c.sel[k] : k] = t::CurrentTimestamp();
  return Status::Ok();
}
// statement_timestamp(): when the current statement started (the session
// context's statement_us), else the transaction start.
Status StatementTimestampKernel(const KernelCall& c) {
  const t::DateTimeContext* dt = t::CurrentDateTimeContext();
  int64_t at = dt != nullptr && dt->statement_us != t::kTimestampNegInfinity ? dt->statement_us : t::NowFor(nullptr);
  for (uint32_t k = 0; k < c.count; k++) c.result->values<int64_t>()[c.sel ? c.sel[k] : k] = at;
  return Status::Ok();
}
// timeofday(): the clock as text, "Sat Nov 28 10:27:16.123456 2026 UTC".
Status TimeOfDayKernel(const KernelCall& c) {
  static constexpr const char* kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                            "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  for (uint32_t k = 0; k < c.count; k++) {
    uint32_t i = c.sel ? c.sel[k] : k;
    int64_t now = t::CurrentTimestamp();
    const t::TimeZone* zone = t::ZoneOf();
    int32_t offset;
    int64_t local = t::UtcToLocalMicros(now, zone, &offset);
    int64_t days = local / t::kMicrosPerDay - (local % t::kMicrosPerDay < 0 ? 1 : 0);
    int64_t tod = local - days * t::kMicrosPerDay;
    int64_t year;
    int month, day;
    t::CivilFromDays(days, &year, &month, &day);
    int weekday = static_cast<int>(((days % 7) + 7 + 6) % 7);  // 2000-01-01 was a Saturday
    std::string abbreviation = zone->AbbreviationAtUtc(now / t::kMicrosPerSecond - t::kUnixEpochMicros / t::kMicrosPerSecond);
    char buf[128];
    std::snprintf(buf, sizeof buf, "%s %s %02d %02lld:%02lld:%02lld.%06lld %lld %s", kDays[weekday], kMonths[month - 1],
                  day, static_cast<long long>(tod / 3600000000LL), static_cast<long long>(tod / 60000000LL % 60),
                  static_cast<long long>(tod / 1000000LL % 60), static_cast<long long>(tod % 1000000LL),
                  static_cast<long long>(year), abbreviation.c_str());
    c.result->SetString(i, buf);
  }
  return Status::Ok();
}
Status CurrentDateKernel(const KernelCall& c) {
  ASSIGN_OR_RETURN(int32_t today, SessionToday());
  for (uint32_t k = 0; k < c.count; k++) c.result->values<int32_t>()[c.sel ? c.sel[k] : k] = today;
  return Status::Ok();
}
// (s1, e1) OVERLAPS (s2, e2): not strict (NULL ends have meaning).
// kInterval1/kInterval2: that end is an interval added to its start.
template <bool kInterval1, bool kInterval2, bool kWithZone>
Status OverlapsKernel(const KernelCall& c) {
  for (uint32_t k = 0; k < c.count; k++) {
    uint32_t i = c.sel ? c.sel[k] : k;
    std::optional<int64_t> v[4];
    for (int a = 0; a < 4; a++) {
      if (c.inputs[a]->IsNull(i)) continue;
      bool is_interval = (a == 1 && kInterval1) || (a == 3 && kInterval2);
      if (!is_interval) {
        v[a] = c.inputs[a]->values<int64_t>()[i];
        continue;
      }
      if (c.inputs[a - 1]->IsNull(i)) continue;  // NULL start + interval is NULL
      int64_t start = c.inputs[a - 1]->values<int64_t>()[i];
      Interval span = c.inputs[a]->values<Interval>()[i];
      if constexpr (kWithZone) {
        ASSIGN_OR_RETURN(v[a], t::TimestampTzPlusInterval(start, span));
      } else {
        ASSIGN_OR_RETURN(v[a], t::TimestampPlusInterval(start, span));
      }
    }
    std::optional<bool> r = t::Overlaps(v[0], v[1], v[2], v[3]);
    if (r) {
      c.result->SetValid(i);
      c.result->values<bool>()[i] = *r;
    } else {
      c.result->SetNull(i);
    }
  }
  return Status::Ok();
}
template <bool kWithZone>
void RegisterOverlaps(FunctionRegistry& r, uint32_t ts) {
  constexpr uint32_t kIv = t::kIntervalOid;
  auto add = [&](std::initializer_list<uint32_t> args, ScalarKernel kernel) {
    ScalarFunction f;
    f.name = "overlaps";
    for (uint32_t a : args) f.arg_types.push_back(t::SqlType::Of(a));
    f.return_type = t::SqlType::Of(t::kBoolOid);
    f.kernel = kernel;
    f.strict = false;
    f.volatility = kWithZone ? Volatility::kStable : Volatility::kImmutable;
    r.Register(std::move(f));
  };
  add({ts, ts, ts, ts}, OverlapsKernel<false, false, kWithZone>);
  if (ts == t::kTimeOid) return;  // time + interval wraps; only the four-point form
  add({ts, kIv, ts, kIv}, OverlapsKernel<true, true, kWithZone>);
  add({ts, ts, ts, kIv}, OverlapsKernel<false, true, kWithZone>);
  add({ts, kIv, ts, ts}, OverlapsKernel<true, false, kWithZone>);
}
// timezone(zone text, value) / AT TIME ZONE.
Result<int64_t> TimezoneOfTimestamp(std::string_view zone, int64_t ts) { return t::TimestampAtZone(zone, ts); }
Result<int64_t> TimezoneOfTimestampTz(std::string_view zone, int64_t ts) { return t::TimestampTzAtZone(zone, ts); }
Result<int64_t> IntervalZoneOfTimestamp(Interval zone, int64_t ts) { return t::TimestampAtIntervalZone(zone, ts); }
Result<int64_t> IntervalZoneOfTimestampTz(Interval zone, int64_t ts) { return t::TimestampTzAtIntervalZone(zone, ts); }
Result<int64_t> MakeTimestampTzAtKernel(int32_t y, int32_t m, int32_t d, int32_t h, int32_t mi, double s,
                                        std::string_view zone) {
  return t::MakeTimestampTzAt(y, m, d, h, mi, s, zone);
}
Result<int64_t> DateTruncAt(std::string_view unit, int64_t ts, std::string_view zone) {
  return t::DateTruncTimestampTzAt(unit, ts, zone);
}
bool IntervalIsFiniteByValue(Interval v) { return t::IntervalIsFinite(v); }

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
        Volatility volatility = Volatility::kImmutable, std::initializer_list<const char*> arg_names = {},
        std::vector<types::Value> defaults = {}) {
  ScalarFunction f;
  f.name = name;
  for (uint32_t a : args) f.arg_types.push_back(types::SqlType::Of(a));
  f.return_type = types::SqlType::Of(ret);
  f.kernel = k;
  f.volatility = volatility;
  for (const char* n : arg_names) f.arg_names.push_back(n);
  f.defaults = std::move(defaults);
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
  Op(r, "+", {kIv, kDate}, kTs, K<IntervalPlusDate>);
  Op(r, "+", {kTs, kIv}, kTs, K<t::TimestampPlusInterval>);
  Op(r, "-", {kTs, kIv}, kTs, K<t::TimestampMinusInterval>);
  Op(r, "+", {kIv, kTs}, kTs, K<IntervalPlusTimestamp>);
  Op(r, "-", {kTs, kTs}, kIv, K<t::TimestampMinusTimestamp>);
  Op(r, "+", {kTsTz, kIv}, kTsTz, K<t::TimestampTzPlusInterval>);
  Op(r, "-", {kTsTz, kIv}, kTsTz, K<t::TimestampTzMinusInterval>);
  Op(r, "+", {kIv, kTsTz}, kTsTz, K<IntervalPlusTimestampTz>);
  Op(r, "-", {kTsTz, kTsTz}, kIv, K<t::TimestampMinusTimestamp>);
  Op(r, "-", {kTime, kTime}, kIv, K<TimeMinusTime>);
  Op(r, "+", {kTime, kIv}, kTime, K<TimePlusInterval>);
  Op(r, "-", {kTime, kIv}, kTime, K<TimeMinusInterval>);
  Op(r, "+", {t::kTimeTzOid, kIv}, t::kTimeTzOid, K<TimeTzPlusInterval>);
  Op(r, "-", {t::kTimeTzOid, kIv}, t::kTimeTzOid, K<TimeTzMinusInterval>);
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
  Fn(r, "age", {kTsTz, kTsTz}, kIv, K<t::AgeTz>, Volatility::kStable);
  Fn(r, "age", {kTs}, kIv, K<AgeNow>, Volatility::kStable);
  Fn(r, "age", {kTsTz}, kIv, K<AgeNowTz>, Volatility::kStable);
  Fn(r, "make_date", {kInt4, kInt4, kInt4}, kDate, K<t::MakeDate>, Volatility::kImmutable, {"year", "month", "day"});
  Fn(r, "make_time", {kInt4, kInt4, kF8}, kTime, K<t::MakeTime>, Volatility::kImmutable, {"hour", "min", "sec"});
  Fn(r, "make_timestamp", {kInt4, kInt4, kInt4, kInt4, kInt4, kF8}, kTs, K<t::MakeTimestamp>, Volatility::kImmutable,
     {"year", "month", "mday", "hour", "min", "sec"});
  Fn(r, "make_timestamptz", {kInt4, kInt4, kInt4, kInt4, kInt4, kF8}, kTsTz, K<t::MakeTimestampTz>,
     Volatility::kStable, {"year", "month", "mday", "hour", "min", "sec"});
  Fn(r, "make_timestamptz", {kInt4, kInt4, kInt4, kInt4, kInt4, kF8, kText}, kTsTz, K<MakeTimestampTzAtKernel>,
     Volatility::kStable, {"year", "month", "mday", "hour", "min", "sec", "timezone"});
  Fn(r, "date_trunc", {kText, kTsTz, kText}, kTsTz, K<DateTruncAt>, Volatility::kStable);
  Fn(r, "timezone", {kText, kTs}, kTsTz, K<TimezoneOfTimestamp>, Volatility::kStable);
  Fn(r, "timezone", {kText, kTsTz}, kTs, K<TimezoneOfTimestampTz>, Volatility::kStable);
  Fn(r, "timezone", {kIv, kTs}, kTsTz, K<IntervalZoneOfTimestamp>);
  Fn(r, "timezone", {kIv, kTsTz}, kTs, K<IntervalZoneOfTimestampTz>);
  Fn(r, "isfinite", {kDate}, t::kBoolOid, K<t::DateIsFinite>);
  Fn(r, "isfinite", {kTs}, t::kBoolOid, K<t::TimestampIsFinite>);
  Fn(r, "isfinite", {kTsTz}, t::kBoolOid, K<t::TimestampIsFinite>);
  Fn(r, "isfinite", {kIv}, t::kBoolOid, K<IntervalIsFiniteByValue>);
  Fn(r, "date_bin", {kIv, kTs, kTs}, kTs, K<t::DateBin>);
  Fn(r, "date_bin", {kIv, kTsTz, kTsTz}, kTsTz, K<DateBinTz>);
  RegisterOverlaps<false>(r, kTs);
  RegisterOverlaps<true>(r, kTsTz);
  RegisterOverlaps<false>(r, kTime);
  Fn(r, "clock_timestamp", {}, kTsTz, ClockTimestampKernel, Volatility::kVolatile);
  Fn(r, "statement_timestamp", {}, kTsTz, StatementTimestampKernel, Volatility::kStable);
  Fn(r, "timeofday", {}, kText, TimeOfDayKernel, Volatility::kVolatile);
  {
    // make_interval(years, months, weeks, days, hours, mins, secs), each DEFAULT 0.
    std::vector<types::Value> zeros(6, types::Value::Int4(0));
    zeros.push_back(types::Value::Float8(0.0));
    Fn(r, "make_interval", {kInt4, kInt4, kInt4, kInt4, kInt4, kInt4, kF8}, kIv, K<t::MakeInterval>,
       Volatility::kImmutable, {"years", "months", "weeks", "days", "hours", "mins", "secs"}, std::move(zeros));
  }
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
