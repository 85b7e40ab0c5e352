// Scalar date/time function kernels; see func_datetime.h for the contract.
//
// The calendar code follows PostgreSQL's Julian-day routines (date2j, j2date,
// timestamp2tm, tm2timestamp, date2isoweek) so that edge cases — BC years,
// ISO weeks, month-end clamping, the borrowing in age() — come out the same.
#include "types/func_datetime.h"

#include <array>
#include <cmath>
#include <cstdio>
#include <limits>
#include <string>

#include "types/datetime.h"
#include "types/numeric.h"
#include "types/timezone.h"

namespace augur::types {
namespace {

constexpr int64_t kMicrosPerMinute = 60 * kMicrosPerSecond;
constexpr int64_t kMicrosPerHour = 60 * kMicrosPerMinute;
constexpr int32_t kSecondsPerDay = 86400;
constexpr int32_t kDaysPerMonth = 30;
constexpr int32_t kMonthsPerYear = 12;

// PostgreSQL's validity limits (datatype/timestamp.h).
constexpr int64_t kMinTimestamp = -211813488000000000;  // 4714-11-24 BC
constexpr int64_t kEndTimestamp = 9223371331200000000;  // 294277-01-01
constexpr int32_t kDateEndJulian = 2147483494;
constexpr int32_t kTimestampEndJulian = 109203528;

bool IsValidDate(int64_t date) { return date >= -kPostgresEpochJulianDay && date < kDateEndJulian - kPostgresEpochJulianDay; }
bool IsValidTimestamp(int64_t ts) { return ts >= kMinTimestamp && ts < kEndTimestamp; }
bool IsValidJulian(int64_t y, int64_t m) {
  return (y > -4713 || (y == -4713 && m >= 11)) && (y < 5874898 || (y == 5874898 && m < 6));
}
bool IsFiniteTimestamp(int64_t ts) { return ts != kTimestampInfinity && ts != kTimestampNegInfinity; }
bool IsFiniteDate(int32_t d) { return d != kDateInfinity && d != kDateNegInfinity; }

bool IsLeap(int64_t y) { return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0); }
constexpr int kDayTab[2][12] = {{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
                                {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};
int DaysIn(int64_t year, int month) { return kDayTab[IsLeap(year) ? 1 : 0][month - 1]; }

// Day of week of a Julian day, 0 = Sunday (j2day).
int JulianDayOfWeek(int64_t julian) {
  int64_t d = (julian + 1) % 7;
  return static_cast<int>(d < 0 ? d + 7 : d);
}

Status TimestampOutOfRange() { return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range"); }
Status DateOutOfRange() { return Status::Error(sqlstate::kDatetimeFieldOverflow, "date out of range"); }
Status IntervalOutOfRange() { return Status::Error(sqlstate::kDatetimeFieldOverflow, "interval out of range"); }

int IsoWeek(int32_t year, int32_t month, int32_t day) {
  int dayn = DateToJulianDay(year, month, day);
  int day4 = DateToJulianDay(year, 1, 4);
  int day0 = JulianDayOfWeek(day4 - 1);
  if (dayn < day4 - day0) {
    day4 = DateToJulianDay(year - 1, 1, 4);
    day0 = JulianDayOfWeek(day4 - 1);
  }
  int result = (dayn - (day4 - day0)) / 7 + 1;
  if (result >= 52) {
    day4 = DateToJulianDay(year + 1, 1, 4);
    day0 = JulianDayOfWeek(day4 - 1);
    if (dayn >= day4 - day0) result = (dayn - (day4 - day0)) / 7 + 1;
  }
  return result;
}

int IsoYear(int32_t year, int32_t month, int32_t day) {
  int dayn = DateToJulianDay(year, month, day);
  int day4 = DateToJulianDay(year, 1, 4);
  int day0 = JulianDayOfWeek(day4 - 1);
  if (dayn < day4 - day0) {
    day4 = DateToJulianDay(year - 1, 1, 4);
    day0 = JulianDayOfWeek(day4 - 1);
    --year;
  }
  int result = (dayn - (day4 - day0)) / 7 + 1;
  if (result >= 52) {
    day4 = DateToJulianDay(year + 1, 1, 4);
    day0 = JulianDayOfWeek(day4 - 1);
    if (dayn >= day4 - day0) ++year;
  }
  return year;
}

int IsoWeekToJulian(int year, int week) {
  int day4 = DateToJulianDay(year, 1, 4);
  int day0 = JulianDayOfWeek(day4 - 1);
  return (week - 1) * 7 + (day4 - day0);
}

// ---- unit parsing -------------------------------------------------------------

struct UnitName {
  std::string_view name;
  DateTimeUnit unit;
  bool reserved;  // PostgreSQL RESERV token (only epoch is a usable unit)
};

// PostgreSQL's deltatktbl (UNITS) plus the unit-like entries of datetktbl.
constexpr UnitName kUnitNames[] = {
    {"c", DateTimeUnit::kCentury, false},        {"cent", DateTimeUnit::kCentury, false},
    {"centuries", DateTimeUnit::kCentury, false}, {"century", DateTimeUnit::kCentury, false},
    {"d", DateTimeUnit::kDay, false},            {"day", DateTimeUnit::kDay, false},
    {"days", DateTimeUnit::kDay, false},         {"dec", DateTimeUnit::kDecade, false},
    {"decade", DateTimeUnit::kDecade, false},    {"decades", DateTimeUnit::kDecade, false},
    {"decs", DateTimeUnit::kDecade, false},      {"h", DateTimeUnit::kHour, false},
    {"hour", DateTimeUnit::kHour, false},        {"hours", DateTimeUnit::kHour, false},
    {"hr", DateTimeUnit::kHour, false},          {"hrs", DateTimeUnit::kHour, false},
    {"m", DateTimeUnit::kMinute, false},         {"microsecon", DateTimeUnit::kMicroseconds, false},
    {"mil", DateTimeUnit::kMillennium, false},   {"millennia", DateTimeUnit::kMillennium, false},
    {"millennium", DateTimeUnit::kMillennium, false}, {"millisecon", DateTimeUnit::kMilliseconds, false},
    {"mils", DateTimeUnit::kMillennium, false},  {"min", DateTimeUnit::kMinute, false},
    {"mins", DateTimeUnit::kMinute, false},      {"minute", DateTimeUnit::kMinute, false},
    {"minutes", DateTimeUnit::kMinute, false},   {"mon", DateTimeUnit::kMonth, false},
    {"mons", DateTimeUnit::kMonth, false},       {"month", DateTimeUnit::kMonth, false},
    {"months", DateTimeUnit::kMonth, false},     {"ms", DateTimeUnit::kMilliseconds, false},
    {"msec", DateTimeUnit::kMilliseconds, false}, {"msecond", DateTimeUnit::kMilliseconds, false},
    {"mseconds", DateTimeUnit::kMilliseconds, false}, {"msecs", DateTimeUnit::kMilliseconds, false},
    {"qtr", DateTimeUnit::kQuarter, false},      {"quarter", DateTimeUnit::kQuarter, false},
    {"s", DateTimeUnit::kSecond, false},         {"sec", DateTimeUnit::kSecond, false},
    {"second", DateTimeUnit::kSecond, false},    {"seconds", DateTimeUnit::kSecond, false},
    {"secs", DateTimeUnit::kSecond, false},      {"timezone", DateTimeUnit::kTimezone, false},
    {"timezone_h", DateTimeUnit::kTimezoneHour, false}, {"timezone_m", DateTimeUnit::kTimezoneMinute, false},
    {"us", DateTimeUnit::kMicroseconds, false},  {"usec", DateTimeUnit::kMicroseconds, false},
    {"usecond", DateTimeUnit::kMicroseconds, false}, {"useconds", DateTimeUnit::kMicroseconds, false},
    {"usecs", DateTimeUnit::kMicroseconds, false}, {"w", DateTimeUnit::kWeek, false},
    {"week", DateTimeUnit::kWeek, false},        {"weeks", DateTimeUnit::kWeek, false},
    {"y", DateTimeUnit::kYear, false},           {"year", DateTimeUnit::kYear, false},
    {"years", DateTimeUnit::kYear, false},       {"yr", DateTimeUnit::kYear, false},
    {"yrs", DateTimeUnit::kYear, false},
    // datetktbl
    {"dow", DateTimeUnit::kDayOfWeek, false},    {"doy", DateTimeUnit::kDayOfYear, false},
    {"isodow", DateTimeUnit::kIsoDayOfWeek, false}, {"isoyear", DateTimeUnit::kIsoYear, false},
    {"j", DateTimeUnit::kJulian, false},         {"jd", DateTimeUnit::kJulian, false},
    {"julian", DateTimeUnit::kJulian, false},    {"epoch", DateTimeUnit::kEpoch, true},
    {"infinity", DateTimeUnit::kOtherReserved, true}, {"-infinity", DateTimeUnit::kOtherReserved, true},
    {"now", DateTimeUnit::kOtherReserved, true}, {"today", DateTimeUnit::kOtherReserved, true},
    {"tomorrow", DateTimeUnit::kOtherReserved, true}, {"yesterday", DateTimeUnit::kOtherReserved, true},
    {"allballs", DateTimeUnit::kOtherReserved, true},
};

std::string LowerUnit(std::string_view name) {
  std::string lower(name);
  for (char& c : lower) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return lower;
}

// What PostgreSQL's three checks report for one unit and type.
enum class UnitCheck { kOk, kNotSupported, kNotRecognized };

Status UnitError(UnitCheck check, std::string_view unit, std::string_view type_name) {
  std::string lower = LowerUnit(unit);
  if (check == UnitCheck::kNotRecognized) {
    return Status::Error(sqlstate::kInvalidParameterValue,
                         "unit \"" + lower + "\" not recognized for type " + std::string(type_name));
  }
  return Status::Error(sqlstate::kFeatureNotSupported,
                       "unit \"" + lower + "\" not supported for type " + std::string(type_name));
}

// True when the unit is a plain UNITS token (not epoch or another RESERV word).
bool IsPlainUnit(DateTimeUnit u) {
  return u != DateTimeUnit::kUnknown && u != DateTimeUnit::kEpoch && u != DateTimeUnit::kOtherReserved;
}

// date_trunc looks units up only in PostgreSQL's deltatktbl, so the words that
// come from datetktbl (dow, doy, isodow, isoyear, julian) are "not recognized".
bool IsTruncUnit(DateTimeUnit u) {
  switch (u) {
    case DateTimeUnit::kDayOfWeek: case DateTimeUnit::kIsoDayOfWeek: case DateTimeUnit::kDayOfYear:
    case DateTimeUnit::kIsoYear: case DateTimeUnit::kJulian:
      return false;
    default: return IsPlainUnit(u);
  }
}

constexpr std::string_view kTimestampName = "timestamp without time zone";
constexpr std::string_view kTimestampTzName = "timestamp with time zone";
constexpr std::string_view kIntervalName = "interval";
constexpr std::string_view kDateName = "date";
constexpr std::string_view kTimeName = "time without time zone";

// int64_div_fast_to_numeric(value, scale): value / 10^scale with that scale.
Numeric ScaledNumeric(int64_t value, int scale) { return Numeric::Finite(value, static_cast<int16_t>(scale)); }
Numeric IntegerNumeric(int64_t value) { return Numeric::Finite(value, 0); }

// ---- year-based field computations shared by extract and date_part ----------
int64_t YearField(int32_t y) { return y > 0 ? y : y - 1; }
int64_t DecadeField(int32_t y) { return y >= 0 ? y / 10 : -((8 - (y - 1)) / 10); }
int64_t CenturyField(int32_t y) { return y > 0 ? (y + 99) / 100 : -((99 - (y - 1)) / 100); }
int64_t MillenniumField(int32_t y) { return y > 0 ? (y + 999) / 1000 : -((999 - (y - 1)) / 1000); }

// Result of one timestamp field: an integer, or a fixed-point value
// (value / 10^scale) for second/millisecond/epoch, or a julian day + fraction.
struct FieldValue {
  enum Kind { kInteger, kFixed, kJulian } kind = kInteger;
  int64_t value = 0;
  int scale = 0;
  int32_t julian_day = 0;   // kJulian
  int64_t time_of_day = 0;  // kJulian: µs since midnight
};

Numeric FieldToNumeric(const FieldValue& f) {
  switch (f.kind) {
    case FieldValue::kInteger: return IntegerNumeric(f.value);
    case FieldValue::kFixed: return ScaledNumeric(f.value, f.scale);
    case FieldValue::kJulian: break;
  }
  // date2j + time / 86400000000, with numeric division's result scale.
  Result<Numeric> fraction = NumericDiv(IntegerNumeric(f.time_of_day), IntegerNumeric(kMicrosPerDay));
  if (!fraction.ok()) return IntegerNumeric(f.julian_day);
  Result<Numeric> sum = NumericAdd(IntegerNumeric(f.julian_day), *fraction);
  return sum.ok() ? *sum : IntegerNumeric(f.julian_day);
}

double FieldToDouble(const FieldValue& f) {
  switch (f.kind) {
    case FieldValue::kInteger: return static_cast<double>(f.value);
    case FieldValue::kFixed: {
      // PostgreSQL computes these as sec + fsec / 1e6 (or * 1000.0 + fsec / 1000.0).
      if (f.scale == 6) {
        return static_cast<double>(f.value / kMicrosPerSecond) +
               static_cast<double>(f.value % kMicrosPerSecond) / 1000000.0;
      }
      return static_cast<double>(f.value / kMicrosPerSecond) * 1000.0 +
             static_cast<double>(f.value % kMicrosPerSecond) / 1000.0;
    }
    case FieldValue::kJulian: break;
  }
  int64_t seconds = f.time_of_day / kMicrosPerSecond;
  int64_t fsec = f.time_of_day % kMicrosPerSecond;
  return f.julian_day + (static_cast<double>(seconds) + static_cast<double>(fsec) / 1000000.0) / kSecondsPerDay;
}

// timestamp_part_common for a finite timestamp (UTC), unit already parsed.
Result<FieldValue> TimestampField(DateTimeUnit unit, int64_t ts, bool with_zone, std::string_view unit_text) {
  std::string_view type_name = with_zone ? kTimestampTzName : kTimestampName;
  FieldValue f;
  if (unit == DateTimeUnit::kEpoch) {
    f.kind = FieldValue::kFixed;
    f.scale = 6;
    f.value = ts - int64_t{kUnixEpochJulianDay - kPostgresEpochJulianDay} * kMicrosPerDay;
    return f;
  }
  if (!IsPlainUnit(unit)) {
    return UnitError(unit == DateTimeUnit::kUnknown ? UnitCheck::kNotRecognized : UnitCheck::kNotSupported,
                     unit_text, type_name);
  }
  // timestamptz fields are those of the session time zone's wall clock.
  int32_t offset = 0;
  if (with_zone) ts = UtcToLocalMicros(ts, ZoneOf(), &offset);
  ASSIGN_OR_RETURN(DateTimeFields tm, TimestampToFields(ts));
  int64_t sec_us = int64_t{tm.second} * kMicrosPerSecond + tm.microsecond;
  switch (unit) {
    case DateTimeUnit::kMicroseconds: f.value = sec_us; break;
    case DateTimeUnit::kMilliseconds: f.kind = FieldValue::kFixed; f.value = sec_us; f.scale = 3; break;
    case DateTimeUnit::kSecond: f.kind = FieldValue::kFixed; f.value = sec_us; f.scale = 6; break;
    case DateTimeUnit::kMinute: f.value = tm.minute; break;
    case DateTimeUnit::kHour: f.value = tm.hour; break;
    case DateTimeUnit::kDay: f.value = tm.day; break;
    case DateTimeUnit::kMonth: f.value = tm.month; break;
    case DateTimeUnit::kQuarter: f.value = (tm.month - 1) / 3 + 1; break;
    case DateTimeUnit::kWeek: f.value = IsoWeek(tm.year, tm.month, tm.day); break;
    case DateTimeUnit::kYear: f.value = YearField(tm.year); break;
    case DateTimeUnit::kDecade: f.value = DecadeField(tm.year); break;
    case DateTimeUnit::kCentury: f.value = CenturyField(tm.year); break;
    case DateTimeUnit::kMillennium: f.value = MillenniumField(tm.year); break;
    case DateTimeUnit::kJulian:
      f.kind = FieldValue::kJulian;
      f.julian_day = DateToJulianDay(tm.year, tm.month, tm.day);
      f.time_of_day = ((int64_t{tm.hour} * 60 + tm.minute) * 60) * kMicrosPerSecond + sec_us;
      break;
    case DateTimeUnit::kIsoYear: f.value = IsoYear(tm.year, tm.month, tm.day); if (f.value <= 0) f.value -= 1; break;
    case DateTimeUnit::kDayOfWeek:
    case DateTimeUnit::kIsoDayOfWeek:
      f.value = JulianDayOfWeek(DateToJulianDay(tm.year, tm.month, tm.day));
      if (unit == DateTimeUnit::kIsoDayOfWeek && f.value == 0) f.value = 7;
      break;
    case DateTimeUnit::kDayOfYear:
      f.value = DateToJulianDay(tm.year, tm.month, tm.day) - DateToJulianDay(tm.year, 1, 1) + 1;
      break;
    case DateTimeUnit::kTimezone:
    case DateTimeUnit::kTimezoneHour:
    case DateTimeUnit::kTimezoneMinute:
      if (with_zone) {
        if (unit == DateTimeUnit::kTimezone) f.value = offset;
        else if (unit == DateTimeUnit::kTimezoneHour) f.value = offset / 3600;
        else f.value = (offset / 60) % 60;
        break;
      }
      return UnitError(UnitCheck::kNotSupported, unit_text, type_name);
    default: return UnitError(UnitCheck::kNotSupported, unit_text, type_name);
  }
  return f;
}

// NonFiniteTimestampTzPart: +-1 for monotonic units (result +-Infinity), 0 for
// NULL; errors as the finite path would.
Result<int> NonFiniteTimestampPart(DateTimeUnit unit, bool negative, bool with_zone, std::string_view unit_text) {
  std::string_view type_name = with_zone ? kTimestampTzName : kTimestampName;
  if (unit == DateTimeUnit::kUnknown) return UnitError(UnitCheck::kNotRecognized, unit_text, type_name);
  switch (unit) {
    case DateTimeUnit::kMicroseconds: case DateTimeUnit::kMilliseconds: case DateTimeUnit::kSecond:
    case DateTimeUnit::kMinute: case DateTimeUnit::kHour: case DateTimeUnit::kDay: case DateTimeUnit::kMonth:
    case DateTimeUnit::kQuarter: case DateTimeUnit::kWeek: case DateTimeUnit::kDayOfWeek:
    case DateTimeUnit::kIsoDayOfWeek: case DateTimeUnit::kDayOfYear:
      return 0;
    case DateTimeUnit::kTimezone: case DateTimeUnit::kTimezoneHour: case DateTimeUnit::kTimezoneMinute:
      if (with_zone) return 0;
      return UnitError(UnitCheck::kNotSupported, unit_text, type_name);
    case DateTimeUnit::kYear: case DateTimeUnit::kDecade: case DateTimeUnit::kCentury:
    case DateTimeUnit::kMillennium: case DateTimeUnit::kJulian: case DateTimeUnit::kIsoYear:
    case DateTimeUnit::kEpoch:
      return negative ? -1 : 1;
    default: return UnitError(UnitCheck::kNotSupported, unit_text, type_name);
  }
}

Result<std::optional<Numeric>> ExtractTimestampCommon(std::string_view unit_text, int64_t ts, bool with_zone) {
  DateTimeUnit unit = ParseDateTimeUnit(unit_text);
  if (!IsFiniteTimestamp(ts)) {
    ASSIGN_OR_RETURN(int sign, NonFiniteTimestampPart(unit, ts == kTimestampNegInfinity, with_zone, unit_text));
    if (sign == 0) return std::optional<Numeric>();
    return std::optional<Numeric>(
        Numeric::Special(sign > 0 ? NumericKind::kPositiveInfinity : NumericKind::kNegativeInfinity));
  }
  ASSIGN_OR_RETURN(FieldValue f, TimestampField(unit, ts, with_zone, unit_text));
  return std::optional<Numeric>(FieldToNumeric(f));
}

Result<std::optional<double>> DatePartTimestampCommon(std::string_view unit_text, int64_t ts, bool with_zone) {
  DateTimeUnit unit = ParseDateTimeUnit(unit_text);
  if (!IsFiniteTimestamp(ts)) {
    ASSIGN_OR_RETURN(int sign, NonFiniteTimestampPart(unit, ts == kTimestampNegInfinity, with_zone, unit_text));
    if (sign == 0) return std::optional<double>();
    return std::optional<double>(sign * std::numeric_limits<double>::infinity());
  }
  ASSIGN_OR_RETURN(FieldValue f, TimestampField(unit, ts, with_zone, unit_text));
  if (unit == DateTimeUnit::kEpoch) return std::optional<double>(static_cast<double>(f.value) / 1000000.0);
  return std::optional<double>(FieldToDouble(f));
}

Result<int64_t> DateTruncLocal(DateTimeUnit unit, std::string_view unit_text, std::string_view type_name, int64_t ts);

// `zone` (timestamptz only): truncate the wall clock there; units of a day and
// more then pick the offset anew for the truncated time (PostgreSQL's redotz),
// smaller units keep the original offset.
Result<int64_t> DateTruncTimestampCommon(std::string_view unit_text, int64_t ts, bool with_zone,
                                         const TimeZone* zone = nullptr) {
  DateTimeUnit unit = ParseDateTimeUnit(unit_text);
  std::string_view type_name = with_zone ? kTimestampTzName : kTimestampName;
  if (!IsTruncUnit(unit)) return UnitError(UnitCheck::kNotRecognized, unit_text, type_name);
  if (!IsFiniteTimestamp(ts)) return ts;
  int32_t offset = 0;
  if (with_zone) {
    if (zone == nullptr) zone = ZoneOf();
    ts = UtcToLocalMicros(ts, zone, &offset);
  }
  ASSIGN_OR_RETURN(int64_t truncated, DateTruncLocal(unit, unit_text, type_name, ts));
  if (!with_zone) return truncated;
  bool redo_offset = static_cast<int>(unit) >= static_cast<int>(DateTimeUnit::kDay);
  if (redo_offset) offset = OffsetForLocalMicros(truncated, zone);
  int64_t result = truncated - int64_t{offset} * kMicrosPerSecond;
  if (!IsValidTimestamp(result)) return TimestampOutOfRange();
  return result;
}

Result<int64_t> DateTruncLocal(DateTimeUnit unit, std::string_view unit_text, std::string_view type_name, int64_t ts) {
  ASSIGN_OR_RETURN(DateTimeFields tm, TimestampToFields(ts));
  switch (unit) {
    case DateTimeUnit::kWeek: {
      int week = IsoWeek(tm.year, tm.month, tm.day);
      if (week >= 52 && tm.month == 1) --tm.year;
      if (week <= 1 && tm.month == kMonthsPerYear) ++tm.year;
      JulianDayToDate(IsoWeekToJulian(tm.year, week), &tm.year, &tm.month, &tm.day);
      tm.hour = tm.minute = tm.second = tm.microsecond = 0;
      break;
    }
    case DateTimeUnit::kMillennium:
    case DateTimeUnit::kCentury:
    case DateTimeUnit::kDecade:
    case DateTimeUnit::kYear:
    case DateTimeUnit::kQuarter:
    case DateTimeUnit::kMonth:
    case DateTimeUnit::kDay:
    case DateTimeUnit::kHour:
    case DateTimeUnit::kMinute:
    case DateTimeUnit::kSecond: {
      // PostgreSQL's fall-through chain, spelled as ordered conditions.
      auto at_least = [unit](DateTimeUnit u) { return static_cast<int>(unit) >= static_cast<int>(u); };
      if (unit == DateTimeUnit::kMillennium) {
        tm.year = tm.year > 0 ? ((tm.year + 999) / 1000) * 1000 - 999 : -((999 - (tm.year - 1)) / 1000) * 1000 + 1;
      }
      if (unit == DateTimeUnit::kMillennium || unit == DateTimeUnit::kCentury) {
        tm.year = tm.year > 0 ? ((tm.year + 99) / 100) * 100 - 99 : -((99 - (tm.year - 1)) / 100) * 100 + 1;
      }
      if (unit == DateTimeUnit::kDecade) {
        tm.year = tm.year > 0 ? (tm.year / 10) * 10 : -((8 - (tm.year - 1)) / 10) * 10;
      }
      if (at_least(DateTimeUnit::kYear)) tm.month = 1;
      if (at_least(DateTimeUnit::kQuarter)) tm.month = 3 * ((tm.month - 1) / 3) + 1;
      if (at_least(DateTimeUnit::kMonth)) tm.day = 1;
      if (at_least(DateTimeUnit::kDay)) tm.hour = 0;
      if (at_least(DateTimeUnit::kHour)) tm.minute = 0;
      if (at_least(DateTimeUnit::kMinute)) tm.second = 0;
      tm.microsecond = 0;
      break;
    }
    case DateTimeUnit::kMilliseconds: tm.microsecond = (tm.microsecond / 1000) * 1000; break;
    case DateTimeUnit::kMicroseconds: break;
    default: return UnitError(UnitCheck::kNotSupported, unit_text, type_name);
  }
  return FieldsToTimestamp(tm);
}

// interval2itm: C-truncating breakdown (signs follow the fields).
struct IntervalFields {
  int64_t year, month, day, hour, minute, second, microsecond;
};
IntervalFields SplitInterval(const Interval& v) {
  IntervalFields f;
  f.year = v.months / kMonthsPerYear;
  f.month = v.months % kMonthsPerYear;
  f.day = v.days;
  int64_t time = v.time_us;
  f.hour = time / kMicrosPerHour;
  time -= f.hour * kMicrosPerHour;
  f.minute = time / kMicrosPerMinute;
  time -= f.minute * kMicrosPerMinute;
  f.second = time / kMicrosPerSecond;
  f.microsecond = time - f.second * kMicrosPerSecond;
  return f;
}

Result<FieldValue> IntervalField(std::string_view unit_text, const Interval& v) {
  DateTimeUnit unit = ParseDateTimeUnit(unit_text);
  FieldValue f;
  if (unit == DateTimeUnit::kEpoch) {
    f.kind = FieldValue::kFixed;
    f.scale = 6;
    int64_t secs_from_day_month = (int64_t{4 * 36525 / 100} * (v.months / kMonthsPerYear) +
                                   int64_t{4 * kDaysPerMonth} * (v.months % kMonthsPerYear) + int64_t{4} * v.days) *
                                  (kSecondsPerDay / 4);
    int64_t value;
    if (__builtin_mul_overflow(secs_from_day_month, kMicrosPerSecond, &value) ||
        __builtin_add_overflow(value, v.time_us, &value)) {
      return IntervalOutOfRange();
    }
    f.value = value;
    return f;
  }
  if (!IsPlainUnit(unit)) {
    return UnitError(unit == DateTimeUnit::kUnknown ? UnitCheck::kNotRecognized : UnitCheck::kNotSupported,
                     unit_text, kIntervalName);
  }
  IntervalFields tm = SplitInterval(v);
  int64_t sec_us = tm.second * kMicrosPerSecond + tm.microsecond;
  switch (unit) {
    case DateTimeUnit::kMicroseconds: f.value = sec_us; break;
    case DateTimeUnit::kMilliseconds: f.kind = FieldValue::kFixed; f.value = sec_us; f.scale = 3; break;
    case DateTimeUnit::kSecond: f.kind = FieldValue::kFixed; f.value = sec_us; f.scale = 6; break;
    case DateTimeUnit::kMinute: f.value = tm.minute; break;
    case DateTimeUnit::kHour: f.value = tm.hour; break;
    case DateTimeUnit::kDay: f.value = tm.day; break;
    case DateTimeUnit::kMonth: f.value = tm.month; break;
    case DateTimeUnit::kQuarter: f.value = tm.month / 3 + 1; break;
    case DateTimeUnit::kYear: f.value = tm.year; break;
    case DateTimeUnit::kDecade: f.value = tm.year / 10; break;
    case DateTimeUnit::kCentury: f.value = tm.year / 100; break;
    case DateTimeUnit::kMillennium: f.value = tm.year / 1000; break;
    default: return UnitError(UnitCheck::kNotSupported, unit_text, kIntervalName);
  }
  return f;
}

Result<FieldValue> TimeField(std::string_view unit_text, int64_t time_us) {
  DateTimeUnit unit = ParseDateTimeUnit(unit_text);
  FieldValue f;
  if (unit == DateTimeUnit::kEpoch) {
    f.kind = FieldValue::kFixed;
    f.scale = 6;
    f.value = time_us;
    return f;
  }
  if (!IsPlainUnit(unit)) {
    return UnitError(unit == DateTimeUnit::kUnknown ? UnitCheck::kNotRecognized : UnitCheck::kNotSupported,
                     unit_text, kTimeName);
  }
  int64_t hour = time_us / kMicrosPerHour;
  int64_t minute = (time_us / kMicrosPerMinute) % 60;
  int64_t sec_us = time_us % kMicrosPerMinute;
  switch (unit) {
    case DateTimeUnit::kMicroseconds: f.value = sec_us; break;
    case DateTimeUnit::kMilliseconds: f.kind = FieldValue::kFixed; f.value = sec_us; f.scale = 3; break;
    case DateTimeUnit::kSecond: f.kind = FieldValue::kFixed; f.value = sec_us; f.scale = 6; break;
    case DateTimeUnit::kMinute: f.value = minute; break;
    case DateTimeUnit::kHour: f.value = hour; break;
    default: return UnitError(UnitCheck::kNotSupported, unit_text, kTimeName);
  }
  return f;
}

Result<Interval> AddIntervals(const Interval& a, const Interval& b) {
  Interval r;
  if (__builtin_add_overflow(a.months, b.months, &r.months) || __builtin_add_overflow(a.days, b.days, &r.days) ||
      __builtin_add_overflow(a.time_us, b.time_us, &r.time_us)) {
    return IntervalOutOfRange();
  }
  return r;
}

// TSROUND: round to microsecond precision.
double RoundToMicros(double x) { return std::rint(x * 1000000.0) / 1000000.0; }

bool FitsInt32(double x) { return !std::isnan(x) && x <= INT32_MAX && x >= INT32_MIN; }
bool FitsInt64(double x) { return !std::isnan(x) && x >= -9223372036854775808.0 && x < 9223372036854775808.0; }

// The shared tail of interval_mul and interval_div: fractional months and
// days cascade down into days and seconds.
Result<Interval> CascadeFractions(double month_exact, double day_exact, double time_exact, Interval result) {
  double month_remainder_days = RoundToMicros((month_exact - result.months) * kDaysPerMonth);
  double sec_remainder =
      RoundToMicros((day_exact - result.days + month_remainder_days - static_cast<int>(month_remainder_days)) *
                    kSecondsPerDay);
  if (std::fabs(sec_remainder) >= kSecondsPerDay) {
    int whole_days = static_cast<int>(sec_remainder / kSecondsPerDay);
    result.days += whole_days;
    sec_remainder -= static_cast<double>(whole_days) * kSecondsPerDay;
  }
  result.days += static_cast<int32_t>(month_remainder_days);
  double time = std::rint(time_exact + sec_remainder * 1000000.0);
  if (!FitsInt64(time)) return IntervalOutOfRange();
  result.time_us = static_cast<int64_t>(time);
  return result;
}

Status DateFieldOutOfRange(int32_t year, int32_t month, int32_t day) {
  char text[96];
  std::snprintf(text, sizeof text, "date field value out of range: %d-%02d-%02d", year, month, day);
  return Status::Error(sqlstate::kDatetimeFieldOverflow, text);
}

// ValidateDate for make_date/make_timestamp: negative years are BC. Returns
// the astronomical year.
Result<int32_t> ValidateMadeDate(int32_t year, int32_t month, int32_t day) {
  bool bc = year < 0;
  int32_t shown_year = bc ? -year : year;
  if (shown_year <= 0) return DateFieldOutOfRange(shown_year, month, day);
  int32_t astronomical = bc ? -(shown_year - 1) : shown_year;
  if (month < 1 || month > 12 || day < 1 || day > 31) return DateFieldOutOfRange(astronomical, month, day);
  if (day > DaysIn(astronomical, month)) return DateFieldOutOfRange(astronomical, month, day);
  if (!IsValidJulian(astronomical, month)) {
    char text[96];
    std::snprintf(text, sizeof text, "date out of range: %d-%02d-%02d", astronomical, month, day);
    return Status::Error(sqlstate::kDatetimeFieldOverflow, text);
  }
  return astronomical;
}

bool TimeOverflows(int32_t hour, int32_t minute, double second) {
  if (hour < 0 || hour > 24 || minute < 0 || minute >= 60) return true;
  if (std::isnan(second)) return true;
  double sec_us = std::rint(second * kMicrosPerSecond);
  if (sec_us < 0 || sec_us > 60.0 * kMicrosPerSecond) return true;
  return ((int64_t{hour} * 60 + minute) * 60) * kMicrosPerSecond + sec_us > static_cast<double>(kMicrosPerDay);
}

Status TimeFieldOutOfRange(int32_t hour, int32_t minute, double second) {
  char text[96];
  std::snprintf(text, sizeof text, "time field value out of range: %d:%02d:%02g", hour, minute, second);
  return Status::Error(sqlstate::kDatetimeFieldOverflow, text);
}

}  // namespace

// ---- calendar -----------------------------------------------------------------

int32_t DateToJulianDay(int32_t year, int32_t month, int32_t day) {
  int32_t y = year, m = month;
  if (m > 2) {
    m += 1;
    y += 4800;
  } else {
    m += 13;
    y += 4799;
  }
  int32_t century = y / 100;
  int32_t julian = y * 365 - 32167;
  julian += y / 4 - century + century / 4;
  julian += 7834 * m / 256 + day;
  return julian;
}

void JulianDayToDate(int32_t julian_day, int32_t* year, int32_t* month, int32_t* day) {
  uint32_t julian = static_cast<uint32_t>(julian_day);
  julian += 32044;
  uint32_t quad = julian / 146097;
  uint32_t extra = (julian - quad * 146097) * 4 + 3;
  julian += 60 + quad * 3 + extra / 146097;
  quad = julian / 1461;
  julian -= quad * 1461;
  int32_t y = static_cast<int32_t>(julian * 4 / 1461);
  julian = ((y != 0) ? ((julian + 305) % 365) : ((julian + 306) % 366)) + 123;
  y += static_cast<int32_t>(quad * 4);
  *year = y - 4800;
  quad = julian * 2141 / 65536;
  *day = static_cast<int32_t>(julian - 7834 * quad / 256);
  *month = static_cast<int32_t>((quad + 10) % kMonthsPerYear + 1);
}

Result<DateTimeFields> TimestampToFields(int64_t ts) {
  if (!IsFiniteTimestamp(ts) || !IsValidTimestamp(ts)) return TimestampOutOfRange();
  int64_t date = ts / kMicrosPerDay;
  int64_t time = ts - date * kMicrosPerDay;
  if (time < 0) {
    time += kMicrosPerDay;
    date -= 1;
  }
  DateTimeFields f;
  JulianDayToDate(static_cast<int32_t>(date + kPostgresEpochJulianDay), &f.year, &f.month, &f.day);
  f.hour = static_cast<int32_t>(time / kMicrosPerHour);
  time -= int64_t{f.hour} * kMicrosPerHour;
  f.minute = static_cast<int32_t>(time / kMicrosPerMinute);
  time -= int64_t{f.minute} * kMicrosPerMinute;
  f.second = static_cast<int32_t>(time / kMicrosPerSecond);
  f.microsecond = static_cast<int32_t>(time - int64_t{f.second} * kMicrosPerSecond);
  return f;
}

Result<int64_t> FieldsToTimestamp(const DateTimeFields& f) {
  if (!IsValidJulian(f.year, f.month)) return TimestampOutOfRange();
  int64_t date = int64_t{DateToJulianDay(f.year, f.month, f.day)} - kPostgresEpochJulianDay;
  int64_t time = ((int64_t{f.hour} * 60 + f.minute) * 60 + f.second) * kMicrosPerSecond + f.microsecond;
  int64_t result;
  if (__builtin_mul_overflow(date, kMicrosPerDay, &result) || __builtin_add_overflow(result, time, &result)) {
    return TimestampOutOfRange();
  }
  if ((result < 0 && date > 0) || (result > 0 && date < -1)) return TimestampOutOfRange();
  if (!IsValidTimestamp(result)) return TimestampOutOfRange();
  return result;
}

DateTimeUnit ParseDateTimeUnit(std::string_view name) {
  std::string lower = LowerUnit(name);
  // PostgreSQL compares only the first TOKMAXLEN (10) characters.
  std::string_view key = lower;
  if (key.size() > 10) key = key.substr(0, 10);
  for (const UnitName& u : kUnitNames) {
    if (u.name == key) return u.unit;
  }
  return DateTimeUnit::kUnknown;
}

// ---- date_trunc ------------------------------------------------------------------

Result<int64_t> DateTruncTimestamp(std::string_view unit, int64_t ts) {
  return DateTruncTimestampCommon(unit, ts, false);
}
Result<int64_t> DateTruncTimestampTz(std::string_view unit, int64_t ts) {
  return DateTruncTimestampCommon(unit, ts, true);
}

Result<Interval> DateTruncInterval(std::string_view unit_text, const Interval& v) {
  DateTimeUnit unit = ParseDateTimeUnit(unit_text);
  if (!IsTruncUnit(unit)) return UnitError(UnitCheck::kNotRecognized, unit_text, kIntervalName);
  IntervalFields tm = SplitInterval(v);
  switch (unit) {
    case DateTimeUnit::kMillennium: case DateTimeUnit::kCentury: case DateTimeUnit::kDecade:
    case DateTimeUnit::kYear: case DateTimeUnit::kQuarter: case DateTimeUnit::kMonth: case DateTimeUnit::kDay:
    case DateTimeUnit::kHour: case DateTimeUnit::kMinute: case DateTimeUnit::kSecond: {
      auto at_least = [unit](DateTimeUnit u) { return static_cast<int>(unit) >= static_cast<int>(u); };
      if (unit == DateTimeUnit::kMillennium) tm.year = (tm.year / 1000) * 1000;
      if (unit == DateTimeUnit::kMillennium || unit == DateTimeUnit::kCentury) tm.year = (tm.year / 100) * 100;
      if (at_least(DateTimeUnit::kDecade)) tm.year = (tm.year / 10) * 10;
      if (at_least(DateTimeUnit::kYear)) tm.month = 0;
      if (at_least(DateTimeUnit::kQuarter)) tm.month = 3 * (tm.month / 3);
      if (at_least(DateTimeUnit::kMonth)) tm.day = 0;
      if (at_least(DateTimeUnit::kDay)) tm.hour = 0;
      if (at_least(DateTimeUnit::kHour)) tm.minute = 0;
      if (at_least(DateTimeUnit::kMinute)) tm.second = 0;
      tm.microsecond = 0;
      break;
    }
    case DateTimeUnit::kMilliseconds: tm.microsecond = (tm.microsecond / 1000) * 1000; break;
    case DateTimeUnit::kMicroseconds: break;
    default: {
      Status s = UnitError(UnitCheck::kNotSupported, unit_text, kIntervalName);
      if (unit == DateTimeUnit::kWeek) s = std::move(s).WithDetail("Months usually have fractional weeks.");
      return s;
    }
  }
  Interval r;
  r.months = static_cast<int32_t>(tm.year * kMonthsPerYear + tm.month);
  r.days = static_cast<int32_t>(tm.day);
  r.time_us = ((tm.hour * 60 + tm.minute) * 60 + tm.second) * kMicrosPerSecond + tm.microsecond;
  return r;
}

// ---- extract / date_part ---------------------------------------------------------

Result<std::optional<Numeric>> ExtractTimestamp(std::string_view unit, int64_t ts) {
  return ExtractTimestampCommon(unit, ts, false);
}
Result<std::optional<Numeric>> ExtractTimestampTz(std::string_view unit, int64_t ts) {
  return ExtractTimestampCommon(unit, ts, true);
}
Result<std::optional<double>> DatePartTimestamp(std::string_view unit, int64_t ts) {
  return DatePartTimestampCommon(unit, ts, false);
}
Result<std::optional<double>> DatePartTimestampTz(std::string_view unit, int64_t ts) {
  return DatePartTimestampCommon(unit, ts, true);
}

Result<std::optional<double>> DatePartDate(std::string_view unit, int32_t date) {
  int64_t ts;
  if (date == kDateInfinity) {
    ts = kTimestampInfinity;
  } else if (date == kDateNegInfinity) {
    ts = kTimestampNegInfinity;
  } else {
    ts = int64_t{date} * kMicrosPerDay;
    if (!IsValidTimestamp(ts)) {
      return Status::Error(sqlstate::kDatetimeFieldOverflow, "date out of range for timestamp");
    }
  }
  return DatePartTimestampCommon(unit, ts, false);
}

Result<std::optional<Numeric>> ExtractDate(std::string_view unit_text, int32_t date) {
  DateTimeUnit unit = ParseDateTimeUnit(unit_text);
  bool plain = IsPlainUnit(unit);
  if (!IsFiniteDate(date) && (plain || unit == DateTimeUnit::kEpoch || unit == DateTimeUnit::kOtherReserved)) {
    switch (unit) {
      case DateTimeUnit::kDay: case DateTimeUnit::kMonth: case DateTimeUnit::kQuarter: case DateTimeUnit::kWeek:
      case DateTimeUnit::kDayOfWeek: case DateTimeUnit::kIsoDayOfWeek: case DateTimeUnit::kDayOfYear:
        return std::optional<Numeric>();
      case DateTimeUnit::kYear: case DateTimeUnit::kDecade: case DateTimeUnit::kCentury:
      case DateTimeUnit::kMillennium: case DateTimeUnit::kJulian: case DateTimeUnit::kIsoYear:
      case DateTimeUnit::kEpoch:
        return std::optional<Numeric>(Numeric::Special(date == kDateNegInfinity ? NumericKind::kNegativeInfinity
                                                                                : NumericKind::kPositiveInfinity));
      default: return UnitError(UnitCheck::kNotSupported, unit_text, kDateName);
    }
  }
  if (unit == DateTimeUnit::kEpoch) {
    return std::optional<Numeric>(
        IntegerNumeric((int64_t{date} + kPostgresEpochJulianDay - kUnixEpochJulianDay) * kSecondsPerDay));
  }
  if (!plain) {
    return UnitError(unit == DateTimeUnit::kUnknown ? UnitCheck::kNotRecognized : UnitCheck::kNotSupported,
                     unit_text, kDateName);
  }
  int32_t year, month, day;
  JulianDayToDate(date + kPostgresEpochJulianDay, &year, &month, &day);
  int64_t v;
  switch (unit) {
    case DateTimeUnit::kDay: v = day; break;
    case DateTimeUnit::kMonth: v = month; break;
    case DateTimeUnit::kQuarter: v = (month - 1) / 3 + 1; break;
    case DateTimeUnit::kWeek: v = IsoWeek(year, month, day); break;
    case DateTimeUnit::kYear: v = YearField(year); break;
    case DateTimeUnit::kDecade: v = DecadeField(year); break;
    case DateTimeUnit::kCentury: v = CenturyField(year); break;
    case DateTimeUnit::kMillennium: v = MillenniumField(year); break;
    case DateTimeUnit::kJulian: v = int64_t{date} + kPostgresEpochJulianDay; break;
    case DateTimeUnit::kIsoYear: v = IsoYear(year, month, day); if (v <= 0) v -= 1; break;
    case DateTimeUnit::kDayOfWeek:
    case DateTimeUnit::kIsoDayOfWeek:
      v = JulianDayOfWeek(int64_t{date} + kPostgresEpochJulianDay);
      if (unit == DateTimeUnit::kIsoDayOfWeek && v == 0) v = 7;
      break;
    case DateTimeUnit::kDayOfYear: v = DateToJulianDay(year, month, day) - DateToJulianDay(year, 1, 1) + 1; break;
    default: return UnitError(UnitCheck::kNotSupported, unit_text, kDateName);
  }
  return std::optional<Numeric>(IntegerNumeric(v));
}

Result<Numeric> ExtractTime(std::string_view unit, int64_t time_us) {
  ASSIGN_OR_RETURN(FieldValue f, TimeField(unit, time_us));
  return FieldToNumeric(f);
}

Result<double> DatePartTime(std::string_view unit, int64_t time_us) {
  ASSIGN_OR_RETURN(FieldValue f, TimeField(unit, time_us));
  if (ParseDateTimeUnit(unit) == DateTimeUnit::kEpoch) return static_cast<double>(time_us) / 1000000.0;
  return FieldToDouble(f);
}

Result<Numeric> ExtractInterval(std::string_view unit, const Interval& v) {
  ASSIGN_OR_RETURN(FieldValue f, IntervalField(unit, v));
  return FieldToNumeric(f);
}

Result<double> DatePartInterval(std::string_view unit, const Interval& v) {
  if (ParseDateTimeUnit(unit) == DateTimeUnit::kEpoch) {
    double result = static_cast<double>(v.time_us) / 1000000.0;
    result += (365.25 * kSecondsPerDay) * (v.months / kMonthsPerYear);
    result += (static_cast<double>(kDaysPerMonth) * kSecondsPerDay) * (v.months % kMonthsPerYear);
    result += static_cast<double>(kSecondsPerDay) * v.days;
    return result;
  }
  ASSIGN_OR_RETURN(FieldValue f, IntervalField(unit, v));
  return FieldToDouble(f);
}

// ---- age -----------------------------------------------------------------------

Result<Interval> Age(int64_t dt1, int64_t dt2) {
  ASSIGN_OR_RETURN(DateTimeFields tm1, TimestampToFields(dt1));
  ASSIGN_OR_RETURN(DateTimeFields tm2, TimestampToFields(dt2));
  int64_t fsec = tm1.microsecond - tm2.microsecond;
  int64_t sec = tm1.second - tm2.second;
  int64_t min = tm1.minute - tm2.minute;
  int64_t hour = tm1.hour - tm2.hour;
  int64_t mday = tm1.day - tm2.day;
  int64_t mon = tm1.month - tm2.month;
  int64_t year = int64_t{tm1.year} - tm2.year;
  bool flip = dt1 < dt2;
  if (flip) {
    fsec = -fsec, sec = -sec, min = -min, hour = -hour, mday = -mday, mon = -mon, year = -year;
  }
  while (fsec < 0) fsec += kMicrosPerSecond, --sec;
  while (sec < 0) sec += 60, --min;
  while (min < 0) min += 60, --hour;
  while (hour < 0) hour += 24, --mday;
  while (mday < 0) {
    const DateTimeFields& ref = flip ? tm1 : tm2;
    mday += DaysIn(ref.year, ref.month);
    --mon;
  }
  while (mon < 0) mon += kMonthsPerYear, --year;
  if (flip) {
    fsec = -fsec, sec = -sec, min = -min, hour = -hour, mday = -mday, mon = -mon, year = -year;
  }
  int64_t months = year * kMonthsPerYear + mon;
  if (months > INT32_MAX || months < INT32_MIN) return IntervalOutOfRange();
  Interval r;
  r.months = static_cast<int32_t>(months);
  r.days = static_cast<int32_t>(mday);
  r.time_us = ((hour * 60 + min) * 60 + sec) * kMicrosPerSecond + fsec;
  return r;
}

Result<Interval> AgeFromCurrentDate(int64_t ts, int32_t current_date) {
  return Age(int64_t{current_date} * kMicrosPerDay, ts);
}

// ---- constructors ------------------------------------------------------------------

Result<int32_t> MakeDate(int32_t year, int32_t month, int32_t day) {
  ASSIGN_OR_RETURN(int32_t astronomical, ValidateMadeDate(year, month, day));
  int64_t date = int64_t{DateToJulianDay(astronomical, month, day)} - kPostgresEpochJulianDay;
  if (!IsValidDate(date)) {
    char text[96];
    std::snprintf(text, sizeof text, "date out of range: %d-%02d-%02d", astronomical, month, day);
    return Status::Error(sqlstate::kDatetimeFieldOverflow, text);
  }
  return static_cast<int32_t>(date);
}

Result<int64_t> MakeTime(int32_t hour, int32_t minute, double second) {
  if (TimeOverflows(hour, minute, second)) return TimeFieldOutOfRange(hour, minute, second);
  return ((int64_t{hour} * 60 + minute) * 60) * kMicrosPerSecond +
         static_cast<int64_t>(std::rint(second * kMicrosPerSecond));
}

Result<int64_t> MakeTimestamp(int32_t year, int32_t month, int32_t day, int32_t hour, int32_t minute,
                              double second) {
  ASSIGN_OR_RETURN(int32_t astronomical, ValidateMadeDate(year, month, day));
  int64_t date = int64_t{DateToJulianDay(astronomical, month, day)} - kPostgresEpochJulianDay;
  if (TimeOverflows(hour, minute, second)) return TimeFieldOutOfRange(hour, minute, second);
  int64_t time = ((int64_t{hour} * 60 + minute) * 60) * kMicrosPerSecond +
                 static_cast<int64_t>(std::rint(second * kMicrosPerSecond));
  int64_t result;
  bool overflow = __builtin_mul_overflow(date, kMicrosPerDay, &result) || __builtin_add_overflow(result, time, &result);
  if (overflow || (result < 0 && date > 0) || (result > 0 && date < -1) || !IsValidTimestamp(result)) {
    char text[128];
    std::snprintf(text, sizeof text, "timestamp out of range: %d-%02d-%02d %d:%02d:%02g", astronomical, month, day,
                  hour, minute, second);
    return Status::Error(sqlstate::kDatetimeFieldOverflow, text);
  }
  return result;
}

Result<Interval> MakeInterval(int32_t years, int32_t months, int32_t weeks, int32_t days, int32_t hours,
                              int32_t minutes, double seconds) {
  if (std::isinf(seconds) || std::isnan(seconds)) return IntervalOutOfRange();
  Interval r;
  int32_t year_months;
  int32_t week_days;
  if (__builtin_mul_overflow(years, kMonthsPerYear, &year_months) ||
      __builtin_add_overflow(year_months, months, &r.months) || __builtin_mul_overflow(weeks, 7, &week_days) ||
      __builtin_add_overflow(week_days, days, &r.days)) {
    return IntervalOutOfRange();
  }
  double secs_us = std::rint(seconds * kMicrosPerSecond);
  if (!FitsInt64(secs_us)) return IntervalOutOfRange();
  int64_t time = int64_t{hours} * kMicrosPerHour;
  if (__builtin_add_overflow(time, int64_t{minutes} * kMicrosPerMinute, &time) ||
      __builtin_add_overflow(time, static_cast<int64_t>(secs_us), &time)) {
    return IntervalOutOfRange();
  }
  r.time_us = time;
  return r;
}

Result<int64_t> ToTimestampFromEpoch(double seconds) {
  if (std::isnan(seconds)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp cannot be NaN");
  if (std::isinf(seconds)) return seconds < 0 ? kTimestampNegInfinity : kTimestampInfinity;
  auto out_of_range = [seconds]() {
    char text[96];
    std::snprintf(text, sizeof text, "timestamp out of range: \"%g\"", seconds);
    return Status::Error(sqlstate::kDatetimeFieldOverflow, text);
  };
  if (seconds < static_cast<double>(kSecondsPerDay) * (0 - kUnixEpochJulianDay) ||
      seconds >= static_cast<double>(kSecondsPerDay) * (kTimestampEndJulian - kUnixEpochJulianDay)) {
    return out_of_range();
  }
  seconds -= static_cast<double>(kPostgresEpochJulianDay - kUnixEpochJulianDay) * kSecondsPerDay;
  int64_t result = static_cast<int64_t>(std::rint(seconds * kMicrosPerSecond));
  if (!IsValidTimestamp(result)) return out_of_range();
  return result;
}

// ---- arithmetic ------------------------------------------------------------------------

Result<int32_t> DatePlusDays(int32_t date, int32_t days) {
  if (!IsFiniteDate(date)) return date;
  int64_t result = int64_t{date} + days;
  if (!IsValidDate(result)) return DateOutOfRange();
  return static_cast<int32_t>(result);
}

Result<int32_t> DateMinusDays(int32_t date, int32_t days) {
  if (!IsFiniteDate(date)) return date;
  int64_t result = int64_t{date} - days;
  if (!IsValidDate(result)) return DateOutOfRange();
  return static_cast<int32_t>(result);
}

Result<int32_t> DateMinusDate(int32_t a, int32_t b) {
  if (!IsFiniteDate(a) || !IsFiniteDate(b)) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "cannot subtract infinite dates");
  }
  return static_cast<int32_t>(a - b);
}

namespace {
Result<int64_t> DateToTimestampForArithmetic(int32_t date) {
  if (date == kDateInfinity) return kTimestampInfinity;
  if (date == kDateNegInfinity) return kTimestampNegInfinity;
  int64_t ts = int64_t{date} * kMicrosPerDay;
  if (!IsValidTimestamp(ts)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "date out of range for timestamp");
  return ts;
}
}  // namespace

Result<int64_t> DatePlusInterval(int32_t date, const Interval& interval) {
  ASSIGN_OR_RETURN(int64_t ts, DateToTimestampForArithmetic(date));
  return TimestampPlusInterval(ts, interval);
}

Result<int64_t> DateMinusInterval(int32_t date, const Interval& interval) {
  ASSIGN_OR_RETURN(int64_t ts, DateToTimestampForArithmetic(date));
  return TimestampMinusInterval(ts, interval);
}

Result<int64_t> TimestampPlusInterval(int64_t ts, const Interval& span) {
  if (!IsFiniteTimestamp(ts)) return ts;
  if (span.months != 0) {
    ASSIGN_OR_RETURN(DateTimeFields tm, TimestampToFields(ts));
    int64_t month = int64_t{tm.month} + span.months;
    int64_t year = tm.year;
    if (month > kMonthsPerYear) {
      year += (month - 1) / kMonthsPerYear;
      month = ((month - 1) % kMonthsPerYear) + 1;
    } else if (month < 1) {
      year += month / kMonthsPerYear - 1;
      month = month % kMonthsPerYear + kMonthsPerYear;
    }
    if (year > INT32_MAX || year < INT32_MIN) return TimestampOutOfRange();
    tm.year = static_cast<int32_t>(year);
    tm.month = static_cast<int32_t>(month);
    if (tm.day > DaysIn(tm.year, tm.month)) tm.day = DaysIn(tm.year, tm.month);
    ASSIGN_OR_RETURN(ts, FieldsToTimestamp(tm));
  }
  if (span.days != 0) {
    ASSIGN_OR_RETURN(DateTimeFields tm, TimestampToFields(ts));
    int64_t julian = int64_t{DateToJulianDay(tm.year, tm.month, tm.day)} + span.days;
    if (julian < 0 || julian > INT32_MAX) return TimestampOutOfRange();
    JulianDayToDate(static_cast<int32_t>(julian), &tm.year, &tm.month, &tm.day);
    ASSIGN_OR_RETURN(ts, FieldsToTimestamp(tm));
  }
  if (__builtin_add_overflow(ts, span.time_us, &ts) || !IsValidTimestamp(ts)) return TimestampOutOfRange();
  return ts;
}

Result<int64_t> TimestampMinusInterval(int64_t ts, const Interval& span) {
  ASSIGN_OR_RETURN(Interval negated, IntervalNegate(span));
  return TimestampPlusInterval(ts, negated);
}

Result<Interval> TimestampMinusTimestamp(int64_t a, int64_t b) {
  if (!IsFiniteTimestamp(a) || !IsFiniteTimestamp(b)) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "cannot subtract infinite timestamps");
  }
  Interval r;
  if (__builtin_sub_overflow(a, b, &r.time_us)) return IntervalOutOfRange();
  return JustifyHours(r);
}

Result<Interval> IntervalPlus(const Interval& a, const Interval& b) { return AddIntervals(a, b); }

Result<Interval> IntervalMinus(const Interval& a, const Interval& b) {
  Interval r;
  if (__builtin_sub_overflow(a.months, b.months, &r.months) || __builtin_sub_overflow(a.days, b.days, &r.days) ||
      __builtin_sub_overflow(a.time_us, b.time_us, &r.time_us)) {
    return IntervalOutOfRange();
  }
  return r;
}

Result<Interval> IntervalNegate(const Interval& a) {
  if (a.months == INT32_MIN || a.days == INT32_MIN || a.time_us == INT64_MIN) return IntervalOutOfRange();
  return Interval{-a.time_us, -a.days, -a.months};
}

Result<Interval> IntervalMultiply(const Interval& span, double factor) {
  double months = span.months * factor;
  if (!FitsInt32(months)) return IntervalOutOfRange();
  double days = span.days * factor;
  if (!FitsInt32(days)) return IntervalOutOfRange();
  Interval r;
  r.months = static_cast<int32_t>(months);
  r.days = static_cast<int32_t>(days);
  return CascadeFractions(span.months * factor, span.days * factor, static_cast<double>(span.time_us) * factor, r);
}

Result<Interval> IntervalDivide(const Interval& span, double divisor) {
  if (divisor == 0.0) return Status::Error(sqlstate::kDivisionByZero, "division by zero");
  double months = span.months / divisor;
  double days = span.days / divisor;
  if (!FitsInt32(months) || !FitsInt32(days)) return IntervalOutOfRange();
  Interval r;
  r.months = static_cast<int32_t>(months);
  r.days = static_cast<int32_t>(days);
  return CascadeFractions(months, days, static_cast<double>(span.time_us) / divisor, r);
}

Result<Interval> JustifyDays(const Interval& span) {
  Interval r = span;
  int32_t whole_month = r.days / kDaysPerMonth;
  r.days -= whole_month * kDaysPerMonth;
  if (__builtin_add_overflow(r.months, whole_month, &r.months)) return IntervalOutOfRange();
  if (r.months > 0 && r.days < 0) {
    r.days += kDaysPerMonth;
    r.months--;
  } else if (r.months < 0 && r.days > 0) {
    r.days -= kDaysPerMonth;
    r.months++;
  }
  return r;
}

Result<Interval> JustifyHours(const Interval& span) {
  Interval r = span;
  int64_t whole_day = r.time_us / kMicrosPerDay;
  r.time_us -= whole_day * kMicrosPerDay;
  int64_t days = int64_t{r.days} + whole_day;
  if (days > INT32_MAX || days < INT32_MIN) return IntervalOutOfRange();
  r.days = static_cast<int32_t>(days);
  if (r.days > 0 && r.time_us < 0) {
    r.time_us += kMicrosPerDay;
    r.days--;
  } else if (r.days < 0 && r.time_us > 0) {
    r.time_us -= kMicrosPerDay;
    r.days++;
  }
  return r;
}

Result<Interval> JustifyInterval(const Interval& span) {
  Interval r = span;
  if ((r.days > 0 && r.time_us > 0) || (r.days < 0 && r.time_us < 0)) {
    int32_t whole_month = r.days / kDaysPerMonth;
    r.days -= whole_month * kDaysPerMonth;
    if (__builtin_add_overflow(r.months, whole_month, &r.months)) return IntervalOutOfRange();
  }
  int64_t whole_day = r.time_us / kMicrosPerDay;
  r.time_us -= whole_day * kMicrosPerDay;
  int64_t days = int64_t{r.days} + whole_day;
  if (days > INT32_MAX || days < INT32_MIN) return IntervalOutOfRange();
  r.days = static_cast<int32_t>(days);
  int32_t whole_month = r.days / kDaysPerMonth;
  r.days -= whole_month * kDaysPerMonth;
  if (__builtin_add_overflow(r.months, whole_month, &r.months)) return IntervalOutOfRange();
  if (r.months > 0 && (r.days < 0 || (r.days == 0 && r.time_us < 0))) {
    r.days += kDaysPerMonth;
    r.months--;
  } else if (r.months < 0 && (r.days > 0 || (r.days == 0 && r.time_us > 0))) {
    r.days -= kDaysPerMonth;
    r.months++;
  }
  if (r.days > 0 && r.time_us < 0) {
    r.time_us += kMicrosPerDay;
    r.days--;
  } else if (r.days < 0 && r.time_us > 0) {
    r.time_us -= kMicrosPerDay;
    r.days++;
  }
  return r;
}

}  // namespace augur::types

namespace augur::types {

// ---- time zones ------------------------------------------------------------------

namespace {

// ts (UTC) -> wall clock in `zone` + interval months/days there -> UTC again
// with the offset PostgreSQL picks for the new wall-clock time.
Result<int64_t> AddCalendarInZone(int64_t ts, const Interval& calendar, const TimeZone* zone) {
  int32_t offset;
  int64_t local = UtcToLocalMicros(ts, zone, &offset);
  ASSIGN_OR_RETURN(local, TimestampPlusInterval(local, calendar));
  return LocalToUtcMicros(local, zone);
}

Result<const TimeZone*> AtZone(std::string_view name) {
  ASSIGN_OR_RETURN(LiteralZone zone, ResolveAtTimeZone(name));
  return zone.zone;
}

// The offset of a zone named in AT TIME ZONE for a wall-clock time: a
// dynamic abbreviation ("MSK") means what it meant around then.
int32_t AtZoneOffsetForLocal(const LiteralZone& zone, int64_t local) {
  int32_t offset = OffsetForLocalMicros(local, zone.zone);
  if (!zone.abbreviation.empty()) {
    int64_t utc_seconds = (local - int64_t{offset} * kMicrosPerSecond) / kMicrosPerSecond - kUnixEpochMicros / kMicrosPerSecond;
    int32_t abbreviation_offset;
    if (zone.zone->OffsetForAbbreviation(zone.abbreviation, utc_seconds, &abbreviation_offset)) {
      offset = abbreviation_offset;
    }
  }
  return offset;
}

Result<int32_t> IntervalZoneOffset(const Interval& zone) {
  if (zone.months != 0 || zone.days != 0) {
    std::string text;
    AppendInterval(zone, &text);
    return Status::Error(sqlstate::kInvalidParameterValue,
                         "interval time zone \"" + text + "\" must not include months or days");
  }
  return static_cast<int32_t>(zone.time_us / kMicrosPerSecond);
}

}  // namespace

Result<int64_t> TimestampTzPlusInterval(int64_t ts, const Interval& span) {
  if (!IsFiniteTimestamp(ts)) return ts;
  const TimeZone* zone = ZoneOf();
  if (span.months != 0) { ASSIGN_OR_RETURN(ts, AddCalendarInZone(ts, Interval{0, 0, span.months}, zone)); }
  if (span.days != 0) { ASSIGN_OR_RETURN(ts, AddCalendarInZone(ts, Interval{0, span.days, 0}, zone)); }
  if (__builtin_add_overflow(ts, span.time_us, &ts) || !IsValidTimestamp(ts)) return TimestampOutOfRange();
  return ts;
}

Result<int64_t> TimestampTzMinusInterval(int64_t ts, const Interval& span) {
  ASSIGN_OR_RETURN(Interval negated, IntervalNegate(span));
  return TimestampTzPlusInterval(ts, negated);
}

Result<Interval> AgeTz(int64_t a, int64_t b) {
  if (!IsFiniteTimestamp(a) || !IsFiniteTimestamp(b)) return Age(a, b);
  const TimeZone* zone = ZoneOf();
  int32_t offset;
  int64_t la = UtcToLocalMicros(a, zone, &offset);
  int64_t lb = UtcToLocalMicros(b, zone, &offset);
  return Age(la, lb);
}

Result<int64_t> DateTruncTimestampTzAt(std::string_view unit, int64_t ts, std::string_view zone_name) {
  ASSIGN_OR_RETURN(const TimeZone* zone, AtZone(zone_name));
  return DateTruncTimestampCommon(unit, ts, true, zone);
}

Result<int64_t> MakeTimestampTz(int32_t year, int32_t month, int32_t day, int32_t hour, int32_t minute,
                                double second) {
  ASSIGN_OR_RETURN(int64_t local, MakeTimestamp(year, month, day, hour, minute, second));
  return LocalToUtcMicros(local, ZoneOf());
}

Result<int64_t> MakeTimestampTzAt(int32_t year, int32_t month, int32_t day, int32_t hour, int32_t minute,
                                  double second, std::string_view zone_name) {
  ASSIGN_OR_RETURN(int64_t local, MakeTimestamp(year, month, day, hour, minute, second));
  // parse_sane_timezone: a numeric zone needs its sign and is ISO (east positive).
  if (!zone_name.empty() && zone_name.front() >= '0' && zone_name.front() <= '9') {
    return Status::Error(sqlstate::kInvalidParameterValue,
                         "invalid input syntax for type numeric time zone: \"" + std::string(zone_name) + "\"")
        .WithHint("Numeric time zones must have \"-\" or \"+\" as first character.");
  }
  int32_t east;
  if (ParseIsoOffset(zone_name, &east)) return local - int64_t{east} * kMicrosPerSecond;
  ASSIGN_OR_RETURN(LiteralZone zone, ResolveLiteralZone(zone_name));
  int64_t r = local - int64_t{AtZoneOffsetForLocal(zone, local)} * kMicrosPerSecond;
  if (!IsValidTimestamp(r)) return TimestampOutOfRange();
  return r;
}

Result<int64_t> TimestampAtZone(std::string_view zone_name, int64_t local) {
  ASSIGN_OR_RETURN(LiteralZone zone, ResolveAtTimeZone(zone_name));
  if (!IsFiniteTimestamp(local)) return local;
  int64_t r = local - int64_t{AtZoneOffsetForLocal(zone, local)} * kMicrosPerSecond;
  if (!IsValidTimestamp(r)) return TimestampOutOfRange();
  return r;
}

Result<int64_t> TimestampTzAtZone(std::string_view zone_name, int64_t ts) {
  ASSIGN_OR_RETURN(LiteralZone zone, ResolveAtTimeZone(zone_name));
  if (!IsFiniteTimestamp(ts)) return ts;
  int32_t offset;
  int64_t local = UtcToLocalMicros(ts, zone.zone, &offset);
  if (!zone.abbreviation.empty()) {
    int64_t utc_seconds = ts / kMicrosPerSecond - kUnixEpochMicros / kMicrosPerSecond;
    int32_t abbreviation_offset;
    if (zone.zone->OffsetForAbbreviation(zone.abbreviation, utc_seconds, &abbreviation_offset)) {
      local = ts + int64_t{abbreviation_offset} * kMicrosPerSecond;
    }
  }
  if (!IsValidTimestamp(local)) return TimestampOutOfRange();
  return local;
}

Result<int64_t> TimestampAtIntervalZone(const Interval& zone, int64_t local) {
  ASSIGN_OR_RETURN(int32_t east, IntervalZoneOffset(zone));
  if (!IsFiniteTimestamp(local)) return local;
  int64_t r = local - int64_t{east} * kMicrosPerSecond;
  if (!IsValidTimestamp(r)) return TimestampOutOfRange();
  return r;
}

Result<int64_t> TimestampTzAtIntervalZone(const Interval& zone, int64_t ts) {
  ASSIGN_OR_RETURN(int32_t east, IntervalZoneOffset(zone));
  if (!IsFiniteTimestamp(ts)) return ts;
  int64_t r = ts + int64_t{east} * kMicrosPerSecond;
  if (!IsValidTimestamp(r)) return TimestampOutOfRange();
  return r;
}

// ---- isfinite / date_bin / overlaps --------------------------------------------

bool DateIsFinite(int32_t date) { return IsFiniteDate(date); }
bool TimestampIsFinite(int64_t ts) { return IsFiniteTimestamp(ts); }
bool IntervalIsFinite(const Interval&) { return true; }

Result<int64_t> DateBin(const Interval& stride, int64_t source, int64_t origin) {
  if (!IsFiniteTimestamp(source)) return source;
  if (!IsFiniteTimestamp(origin)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "origin out of range");
  if (stride.months != 0) {
    return Status::Error(sqlstate::kFeatureNotSupported,
                         "timestamps cannot be binned into intervals containing months or years");
  }
  int64_t stride_us;
  if (__builtin_mul_overflow(int64_t{stride.days}, kMicrosPerDay, &stride_us) ||
      __builtin_add_overflow(stride_us, stride.time_us, &stride_us)) {
    return IntervalOutOfRange();
  }
  if (stride_us <= 0) return Status::Error(sqlstate::kDatetimeFieldOverflow, "stride must be greater than zero");
  int64_t diff;
  if (__builtin_sub_overflow(source, origin, &diff)) return IntervalOutOfRange();
  int64_t delta = diff - diff % stride_us;
  // The start of the bin even when the origin lies after the source.
  if (origin > source && stride_us > 1 && diff % stride_us != 0) delta -= stride_us;
  int64_t result;
  if (__builtin_add_overflow(origin, delta, &result) || !IsValidTimestamp(result)) return TimestampOutOfRange();
  return result;
}

std::optional<bool> Overlaps(std::optional<int64_t> start1, std::optional<int64_t> end1,
                             std::optional<int64_t> start2, std::optional<int64_t> end2) {
  // PostgreSQL's timestamp_overlaps, NULL handling included.
  bool has_s1 = start1.has_value(), has_e1 = end1.has_value();
  bool has_s2 = start2.has_value(), has_e2 = end2.has_value();
  int64_t s1 = start1.value_or(0), e1 = end1.value_or(0), s2 = start2.value_or(0), e2 = end2.value_or(0);
  if (!has_s1) {
    if (!has_e1) return std::nullopt;
    s1 = e1;
    has_e1 = false;
  } else if (has_e1 && s1 > e1) {
    std::swap(s1, e1);
  }
  if (!has_s2) {
    if (!has_e2) return std::nullopt;
    s2 = e2;
    has_e2 = false;
  } else if (has_e2 && s2 > e2) {
    std::swap(s2, e2);
  }
  if (s1 > s2) {
    if (!has_e2) return std::nullopt;
    if (s1 < e2) return true;
    if (!has_e1) return std::nullopt;
    return false;
  }
  if (s1 < s2) {
    if (!has_e1) return std::nullopt;
    if (s2 < e1) return true;
    if (!has_e2) return std::nullopt;
    return false;
  }
  if (!has_e1 || !has_e2) return std::nullopt;
  return true;
}

}  // namespace augur::types
