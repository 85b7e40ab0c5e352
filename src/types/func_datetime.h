// Scalar date/time function kernels: PostgreSQL 15 date/time functions and
// operators over the physical representation of type.h.
//
// What is here:
//   date_trunc(unit, timestamp|timestamptz|interval)
//   extract(unit from date|time|timestamp|timestamptz|interval) -> numeric,
//   date_part(unit, ...) -> float8; both NULL (nullopt) where PostgreSQL
//   returns NULL (e.g. extract(day from 'infinity'::timestamp))
//   age(ts, ts), age(ts) (against the current date's midnight, passed in)
//   make_date, make_time, make_timestamp, make_timestamptz (UTC), make_interval
//   date + int, date - int, date - date, date ± interval, timestamp ± interval,
//   timestamp - timestamp, interval ± interval, -interval, interval * float8,
//   interval / float8, justify_days, justify_hours, justify_interval
//   to_char(timestamp|timestamptz|interval|numeric|int8|float8, format),
//   to_timestamp(text, format), to_date(text, format), to_timestamp(float8)
// (to_char/to_timestamp/to_date live in func_datetime_format.cc.)
//
// Conventions: plain strict functions over physical values; timestamptz
// kernels work on the wall clock of the session TimeZone (see "session time
// zone" below). Unit names are parsed as PostgreSQL does
// (case-insensitive; "years", "yrs", "y", "microseconds", "us", ...).
// Errors carry PostgreSQL's SQLSTATE and message, e.g.
//   22023 unit "foo" not recognized for type timestamp without time zone
//   0A000 unit "dow" not supported for type interval
//   22008 date field value out of range: 2023-02-30
//
// Thread-safety: pure functions.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

// ---- units -----------------------------------------------------------------
enum class DateTimeUnit : uint8_t {
  kUnknown,
  kMicroseconds,
  kMilliseconds,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury,
  kMillennium,
  kDayOfWeek,     // dow
  kIsoDayOfWeek,  // isodow
  kDayOfYear,     // doy
  kIsoYear,
  kJulian,
  kEpoch,
  kTimezone,
  kTimezoneHour,
  kTimezoneMinute,
  kOtherReserved,  // 'infinity', 'now', ...: recognized words that are never a valid unit
};
// Unit name as date_trunc/extract/date_part accept it.
DateTimeUnit ParseDateTimeUnit(std::string_view name);

// ---- date_trunc ----------------------------------------------------------------
Result<int64_t> DateTruncTimestamp(std::string_view unit, int64_t timestamp_us);
Result<int64_t> DateTruncTimestampTz(std::string_view unit, int64_t timestamp_us);
Result<Interval> DateTruncInterval(std::string_view unit, const Interval& interval);

// ---- extract (numeric) and date_part (float8) -------------------------------
Result<std::optional<Numeric>> ExtractTimestamp(std::string_view unit, int64_t timestamp_us);
Result<std::optional<Numeric>> ExtractTimestampTz(std::string_view unit, int64_t timestamp_us);
Result<std::optional<Numeric>> ExtractDate(std::string_view unit, int32_t date);
Result<Numeric> ExtractTime(std::string_view unit, int64_t time_us);
Result<Numeric> ExtractInterval(std::string_view unit, const Interval& interval);
Result<std::optional<double>> DatePartTimestamp(std::string_view unit, int64_t timestamp_us);
Result<std::optional<double>> DatePartTimestampTz(std::string_view unit, int64_t timestamp_us);
// date_part(text, date) is date_part(text, date::timestamp) in PostgreSQL.
Result<std::optional<double>> DatePartDate(std::string_view unit, int32_t date);
Result<double> DatePartTime(std::string_view unit, int64_t time_us);
Result<double> DatePartInterval(std::string_view unit, const Interval& interval);

// ---- age ---------------------------------------------------------------------
// age(a, b): symbolic years/months/days difference with PostgreSQL's borrowing.
Result<Interval> Age(int64_t a_us, int64_t b_us);
// age(ts) = age(current_date::timestamp, ts); the caller passes current_date.
Result<Interval> AgeFromCurrentDate(int64_t timestamp_us, int32_t current_date);

// ---- constructors ------------------------------------------------------------
// Negative years are BC. 22008 "date field value out of range: Y-MM-DD".
Result<int32_t> MakeDate(int32_t year, int32_t month, int32_t day);
// 22008 "time field value out of range: H:MM:SS".
Result<int64_t> MakeTime(int32_t hour, int32_t minute, double second);
Result<int64_t> MakeTimestamp(int32_t year, int32_t month, int32_t day, int32_t hour, int32_t minute,
                              double second);
Result<Interval> MakeInterval(int32_t years, int32_t months, int32_t weeks, int32_t days, int32_t hours,
                              int32_t minutes, double seconds);
// to_timestamp(double precision): Unix epoch seconds -> timestamptz.
Result<int64_t> ToTimestampFromEpoch(double seconds);

// ---- arithmetic ----------------------------------------------------------------
Result<int32_t> DatePlusDays(int32_t date, int32_t days);   // date + int, int + date
Result<int32_t> DateMinusDays(int32_t date, int32_t days);  // date - int
Result<int32_t> DateMinusDate(int32_t a, int32_t b);        // date - date
Result<int64_t> DatePlusInterval(int32_t date, const Interval& interval);   // -> timestamp
Result<int64_t> DateMinusInterval(int32_t date, const Interval& interval);  // -> timestamp
// Month arithmetic clamps the day of month (Jan 31 + 1 month = Feb 28/29).
// Also timestamptz ± interval under UTC.
Result<int64_t> TimestampPlusInterval(int64_t timestamp_us, const Interval& interval);
Result<int64_t> TimestampMinusInterval(int64_t timestamp_us, const Interval& interval);
// timestamp - timestamp: days + time, normalized as justify_hours (no months).
Result<Interval> TimestampMinusTimestamp(int64_t a_us, int64_t b_us);
Result<Interval> IntervalPlus(const Interval& a, const Interval& b);
Result<Interval> IntervalMinus(const Interval& a, const Interval& b);
Result<Interval> IntervalNegate(const Interval& a);
Result<Interval> IntervalMultiply(const Interval& a, double factor);
Result<Interval> IntervalDivide(const Interval& a, double divisor);  // 22012 division by zero
Result<Interval> JustifyDays(const Interval& a);
Result<Interval> JustifyHours(const Interval& a);
Result<Interval> JustifyInterval(const Interval& a);

// ---- formatting (func_datetime_format.cc) --------------------------------------
// to_char for date/time values. Patterns: YYYY YYY YY Y Y,YYY IYYY IY I IW WW
// MM Mon MON mon Month MONTH month DD D ID DDD J Q CC HH HH12 HH24 MI SS SSSS
// MS US FF1..FF6 AM PM A.M. P.M. am pm BC AD TZ tz OF Day DAY day Dy DY dy,
// FM prefix, TH/th suffix, "quoted text", backslash escapes. date values are
// formatted as timestamps at midnight (date::timestamp). The result is false
// when PostgreSQL returns NULL (empty format, infinite timestamp); nothing is
// appended then.
Result<bool> ToCharTimestamp(int64_t timestamp_us, std::string_view format, std::string* out);
Result<bool> ToCharTimestampTz(int64_t timestamp_us, std::string_view format, std::string* out);
Result<bool> ToCharInterval(const Interval& interval, std::string_view format, std::string* out);
// to_char for numbers. Patterns: 9 0 . , D G S PR MI PL SG L V TH FM (plus
// literal text), C locale. EEEE and RN are 0A000 (not implemented).
// int2/int4 widen to int64; float4 to float8.
Status ToCharNumeric(const Numeric& value, std::string_view format, std::string* out);
Status ToCharInt64(int64_t value, std::string_view format, std::string* out);
Status ToCharFloat8(double value, std::string_view format, std::string* out);
// to_timestamp(text, format) -> timestamptz (UTC) and to_date(text, format).
// Fields: the to_char patterns above except TZ/TZH/TZM/OF (0A000); FX is
// accepted but not enforced. Missing year means year 0 (1 BC), as PostgreSQL.
Result<int64_t> ToTimestamp(std::string_view text, std::string_view format);
Result<int32_t> ToDate(std::string_view text, std::string_view format);

// ---- session time zone ------------------------------------------------------------
// The timestamptz kernels above (date_trunc, extract, date_part, to_char,
// to_timestamp) and these read the zone of the thread's session context
// (datetime.h: CurrentDateTimeContext; UTC without one).
// timestamptz ± interval: months and days move the wall clock in the session
// zone (so '1 day' across a DST change is 23 or 25 hours), the time part is exact.
Result<int64_t> TimestampTzPlusInterval(int64_t timestamp_us, const Interval& interval);
Result<int64_t> TimestampTzMinusInterval(int64_t timestamp_us, const Interval& interval);
// age(timestamptz, timestamptz): on the session zone's wall clock.
Result<Interval> AgeTz(int64_t a_us, int64_t b_us);
// date_trunc(unit, timestamptz, zone).
Result<int64_t> DateTruncTimestampTzAt(std::string_view unit, int64_t timestamp_us, std::string_view zone);
// make_timestamptz(...): the fields in the session zone, or in `zone`.
Result<int64_t> MakeTimestampTz(int32_t year, int32_t month, int32_t day, int32_t hour, int32_t minute,
                                double second);
Result<int64_t> MakeTimestampTzAt(int32_t year, int32_t month, int32_t day, int32_t hour, int32_t minute,
                                  double second, std::string_view zone);
// timezone(zone, timestamp) -> timestamptz and timezone(zone, timestamptz) ->
// timestamp (AT TIME ZONE); zone names as ResolveAtTimeZone (timezone.h), or
// an interval (east positive; 22023 with months or days).
Result<int64_t> TimestampAtZone(std::string_view zone, int64_t local_us);
Result<int64_t> TimestampTzAtZone(std::string_view zone, int64_t timestamp_us);
Result<int64_t> TimestampAtIntervalZone(const Interval& zone, int64_t local_us);
Result<int64_t> TimestampTzAtIntervalZone(const Interval& zone, int64_t timestamp_us);

// ---- isfinite, date_bin, OVERLAPS ---------------------------------------------------
bool DateIsFinite(int32_t date);
bool TimestampIsFinite(int64_t timestamp_us);
bool IntervalIsFinite(const Interval& interval);  // always true in PostgreSQL 15
// date_bin(stride, source, origin): 0A000 for months, 22008 for stride <= 0.
Result<int64_t> DateBin(const Interval& stride, int64_t source_us, int64_t origin_us);
// (s1, e1) OVERLAPS (s2, e2) with PostgreSQL's NULL rules (nullopt = NULL).
std::optional<bool> Overlaps(std::optional<int64_t> s1, std::optional<int64_t> e1, std::optional<int64_t> s2,
                             std::optional<int64_t> e2);

// ---- calendar helpers shared by the kernels (PostgreSQL's Julian-day routines) --
inline constexpr int32_t kPostgresEpochJulianDay = 2451545;  // 2000-01-01
inline constexpr int32_t kUnixEpochJulianDay = 2440588;      // 1970-01-01
int32_t DateToJulianDay(int32_t year, int32_t month, int32_t day);  // astronomical year (0 = 1 BC)
void JulianDayToDate(int32_t julian_day, int32_t* year, int32_t* month, int32_t* day);
// Broken-down timestamp as PostgreSQL's timestamp2tm (no time zone).
struct DateTimeFields {
  int32_t year = 0;  // astronomical: 0 = 1 BC
  int32_t month = 1;
  int32_t day = 1;
  int32_t hour = 0;
  int32_t minute = 0;
  int32_t second = 0;
  int32_t microsecond = 0;
};
// 22008 "timestamp out of range" for infinite or out-of-range input.
Result<DateTimeFields> TimestampToFields(int64_t timestamp_us);
Result<int64_t> FieldsToTimestamp(const DateTimeFields& fields);

}  // namespace augur::types
