// Dates, times, timestamps and intervals in PostgreSQL's representation
// (type.h): text input with PostgreSQL's grammar subset (ISO 8601 and SQL
// forms, MDY order, special values), ISO output, calendar arithmetic helpers.
//
// Input accepted (DateStyle ISO, MDY):
//   date:      2024-01-31, 20240131, 01/31/2024, 1/31/24, Jan 31 2024, 31-Jan-2024,
//              2024-Jan-31, January 31, 2024, with AD/BC; epoch, infinity, -infinity,
//              now, today, yesterday, tomorrow
//   time:      04:05, 04:05:06.789, 040506, 4:05 PM, allballs, now, with a zone (ignored)
//   timestamp: date + time separated by ' ' or 'T', zone suffix Z, UTC, +05, +05:30,
//              -0800, or a name (America/New_York); epoch, infinity, -infinity, now,
//              today, yesterday, tomorrow, allballs-free forms
//   interval:  '1 day 2 hours', '1-2', '01:02:03', '@ 1 minute ago', 'P1D',
//              'P1Y2M3DT4H5M6S', 'P0001-02-03T04:05:06', fractional units
// Output is ISO: "2024-01-31", "04:05:06.789", "2024-01-31 04:05:06",
// "2024-01-31 04:05:06+00", "0044-03-15 BC", "infinity";
// interval in IntervalStyle postgres: "1 year 2 mons 3 days 04:05:06.789".
//
// Thread-safety: pure functions; TimeZone objects are immutable and shared.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "common/status.h"
#include "types/type.h"

namespace augur::types {

class TimeZone;  // timezone.h

// Session state the date/time input and output functions need.
struct DateTimeContext {
  // Session TimeZone; nullptr means UTC.
  const TimeZone* time_zone = nullptr;
  // Transaction start (what 'now', 'today', ... mean), µs since 2000-01-01 UTC.
  // kTimestampNegInfinity means "read the clock".
  int64_t now_us = kTimestampNegInfinity;
  // Start of the current statement (statement_timestamp()); same convention.
  int64_t statement_us = kTimestampNegInfinity;
};

// The session context of the calling thread: what a nullptr context means in
// every function of this header and in the date/time kernels. The SQL session
// installs its own (ScopedDateTimeContext) around each statement it binds and
// runs on its connection thread, so TimeZone is per session, never global.
// A worker thread evaluating a session's expressions must install it too.
// Without one: UTC and the clock.
const DateTimeContext* CurrentDateTimeContext();
class ScopedDateTimeContext {
 public:
  explicit ScopedDateTimeContext(const DateTimeContext* context);
  ~ScopedDateTimeContext();
  ScopedDateTimeContext(const ScopedDateTimeContext&) = delete;
  ScopedDateTimeContext& operator=(const ScopedDateTimeContext&) = delete;

 private:
  const DateTimeContext* previous_;
};
// The zone of `context` (nullptr: the thread's session context); never null.
const TimeZone* ZoneOf(const DateTimeContext* context = nullptr);
// UTC µs -> local wall-clock µs in `zone`; *offset_east gets the offset (seconds).
int64_t UtcToLocalMicros(int64_t utc_us, const TimeZone* zone, int32_t* offset_east);
// Local wall clock µs in `zone` -> offset (seconds east) PostgreSQL picks for
// it (DetermineTimeZoneOffset: a time in a DST gap uses the offset before the
// transition, an ambiguous time the one after it).
int32_t OffsetForLocalMicros(int64_t local_us, const TimeZone* zone);
// Local -> UTC with that offset; 22008 "timestamp out of range".
Result<int64_t> LocalToUtcMicros(int64_t local_us, const TimeZone* zone);

inline constexpr int32_t kUnixEpochDays = -10957;  // 1970-01-01 as days since 2000-01-01
inline constexpr int64_t kUnixEpochMicros = int64_t{kUnixEpochDays} * kMicrosPerDay;

// Current wall clock as a timestamp (µs since 2000-01-01 UTC).
int64_t CurrentTimestamp();
// The context's transaction time, or the clock.
int64_t NowFor(const DateTimeContext* context);

// --- calendar (proleptic Gregorian, year 0 = 1 BC, as PostgreSQL) ----------
int64_t DaysFromCivil(int64_t year, int month, int day);  // days since 2000-01-01
void CivilFromDays(int64_t days, int64_t* year, int* month, int* day);
bool IsLeapYear(int64_t year);
int DaysInMonth(int64_t year, int month);
// PostgreSQL's valid ranges.
bool DateInRange(int64_t days);        // 4713-11-24 BC .. 5874897-12-31
bool TimestampInRange(int64_t micros);  // 4713-11-24 BC .. 294276-12-31 23:59:59.999999

// --- date -------------------------------------------------------------------
Result<int32_t> ParseDate(std::string_view text, const DateTimeContext* context = nullptr);
void AppendDate(int32_t days, std::string* out);

// --- time -------------------------------------------------------------------
// typmod = fractional-second precision 0..6 (-1: 6).
Result<int64_t> ParseTime(std::string_view text, int32_t typmod = -1, const DateTimeContext* context = nullptr);
void AppendTime(int64_t micros, std::string* out);

// --- time with time zone (timetz) ---------------------------------------------
// PostgreSQL's TimeTzADT: a time of day (0..24:00:00 in µs) and the zone's
// offset in seconds WEST of UTC (PostgreSQL's sign: '+02' is -7200), at most
// 15:59:59. It is what the binary wire format carries (int64 time, int32 zone).
struct TimeTz {
  int64_t time_us = 0;
  int32_t zone_west_s = 0;
};
inline constexpr int32_t kMaxZoneSeconds = 15 * 3600 + 59 * 60 + 59;
// In vectors, rows and keys a timetz is one int64 (PhysicalKind::kInt64),
// packed so int64 order is PostgreSQL's timetz_cmp_internal: the UTC instant
// (time + zone) first, then the zone; equal only when both parts are equal.
// (UTC instant + 15:59:59 needs 38 bits, zone + 2^16 needs 17.)
inline int64_t PackTimeTz(TimeTz t) {
  const int64_t utc = t.time_us + int64_t{t.zone_west_s} * 1000000 + int64_t{kMaxZoneSeconds} * 1000000;
  return (utc << 17) | (t.zone_west_s + 65536);
}
inline TimeTz UnpackTimeTz(int64_t packed) {
  TimeTz t;
  t.zone_west_s = static_cast<int32_t>(packed & 0x1FFFF) - 65536;
  t.time_us = (packed >> 17) - int64_t{kMaxZoneSeconds} * 1000000 - int64_t{t.zone_west_s} * 1000000;
  return t;
}
// timetz_in: a time with an optional zone ('12:34:56+05:30', '04:05 PST');
// without one, the session zone's offset today. A full zone name with
// daylight-saving rules needs a date ('2024-01-01 12:00 America/New_York').
// Returns the packed value.
Result<int64_t> ParseTimeTz(std::string_view text, int32_t typmod = -1, const DateTimeContext* context = nullptr);
// "12:34:56.5+05:30" (timetz_out).
void AppendTimeTz(int64_t packed, std::string* out);
// Rounds the time part to typmod fractional digits (no wrap past 24:00:00).
int64_t TimeTzApplyTypmod(int64_t packed, int32_t typmod);
// time -> timetz: the session zone's offset for that time today (time_timetz).
int64_t TimeToTimeTz(int64_t time_us, const DateTimeContext* context = nullptr);
// timestamptz -> timetz: the wall clock and offset in the session zone. The
// caller handles infinite timestamps (PostgreSQL's result is NULL).
int64_t TimestampTzToTimeTz(int64_t utc_micros, const DateTimeContext* context = nullptr);

// --- timestamp / timestamptz -----------------------------------------------
Result<int64_t> ParseTimestamp(std::string_view text, int32_t typmod = -1, const DateTimeContext* context = nullptr);
Result<int64_t> ParseTimestampTz(std::string_view text, int32_t typmod = -1,
                                 const DateTimeContext* context = nullptr);
void AppendTimestamp(int64_t micros, std::string* out);
// Shown in the context's time zone with its offset: "2024-01-31 04:05:06+00".
void AppendTimestampTz(int64_t micros, std::string* out, const DateTimeContext* context = nullptr);
// Rounds to typmod fractional digits (AdjustTimestampForTypmod); 22008 when out of range.
Result<int64_t> TimestampApplyTypmod(int64_t micros, int32_t typmod);
int64_t TimeApplyTypmod(int64_t micros, int32_t typmod);

// --- interval -----------------------------------------------------------------
Result<Interval> ParseInterval(std::string_view text, int32_t typmod = -1);
void AppendInterval(const Interval& interval, std::string* out);
// Applies interval typmod (field restriction and precision), as AdjustIntervalForTypmod.
Result<Interval> IntervalApplyTypmod(const Interval& interval, int32_t typmod);
// SQL comparison: months as 30 days, days as 24 hours (interval_cmp).
int IntervalCompare(const Interval& a, const Interval& b);

// --- conversions between the date/time types (UTC-based, zone-aware) -------
// date -> timestamp: midnight. 22008 "date out of range for timestamp".
Result<int64_t> DateToTimestamp(int32_t days);
// timestamp -> date: truncates toward -infinity.
Result<int32_t> TimestampToDate(int64_t micros);
// timestamp (local wall clock in the zone) <-> timestamptz.
Result<int64_t> TimestampToTimestampTz(int64_t local_micros, const DateTimeContext* context = nullptr);
Result<int64_t> TimestampTzToTimestamp(int64_t utc_micros, const DateTimeContext* context = nullptr);
int64_t TimestampToTime(int64_t micros);  // time of day

}  // namespace augur::types
