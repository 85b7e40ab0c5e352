// interval input (PostgreSQL's DecodeInterval and DecodeISO8601Interval),
// output in IntervalStyle postgres (EncodeInterval), typmod and comparison.
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "types/datetime.h"

namespace augur::types {

namespace {

constexpr int64_t kMicrosPerMinute = 60 * kMicrosPerSecond;
constexpr int64_t kMicrosPerHour = 60 * kMicrosPerMinute;

// Interval range bits (PostgreSQL datetime.h field numbers).
constexpr int32_t kMonthBit = 1 << 1;
constexpr int32_t kYearBit = 1 << 2;
constexpr int32_t kDayBit = 1 << 3;
constexpr int32_t kHourBit = 1 << 10;
constexpr int32_t kMinuteBit = 1 << 11;
constexpr int32_t kSecondBit = 1 << 12;
constexpr int32_t kFullRange = 0x7FFF;
constexpr int32_t kFullPrecision = 0xFFFF;

enum class Unit { kNone, kMicro, kMilli, kSecond, kMinute, kHour, kDay, kWeek, kMonth, kYear, kDecade, kCentury,
                  kMillennium, kAgo, kIgnore };

Unit UnitFromName(std::string_view name) {
  // PostgreSQL compares at most TOKMAXLEN (10) characters.
  std::string s(name.substr(0, 10));
  struct Entry {
    std::string_view name;
    Unit unit;
  };
  static constexpr Entry kUnits[] = {
      {"@", Unit::kIgnore},       {"ago", Unit::kAgo},          {"c", Unit::kCentury},
      {"cent", Unit::kCentury},   {"centuries", Unit::kCentury}, {"century", Unit::kCentury},
      {"d", Unit::kDay},          {"day", Unit::kDay},          {"days", Unit::kDay},
      {"dec", Unit::kDecade},     {"decade", Unit::kDecade},    {"decades", Unit::kDecade},
      {"decs", Unit::kDecade},    {"h", Unit::kHour},           {"hour", Unit::kHour},
      {"hours", Unit::kHour},     {"hr", Unit::kHour},          {"hrs", Unit::kHour},
      {"m", Unit::kMinute},       {"microsecon", Unit::kMicro}, {"mil", Unit::kMillennium},
      {"millennia", Unit::kMillennium}, {"millennium", Unit::kMillennium}, {"millisecon", Unit::kMilli},
      {"mils", Unit::kMillennium}, {"min", Unit::kMinute},      {"mins", Unit::kMinute},
      {"minute", Unit::kMinute},  {"minutes", Unit::kMinute},   {"mon", Unit::kMonth},
      {"mons", Unit::kMonth},     {"month", Unit::kMonth},      {"months", Unit::kMonth},
      {"ms", Unit::kMilli},       {"msec", Unit::kMilli},       {"msecond", Unit::kMilli},
      {"mseconds", Unit::kMilli}, {"msecs", Unit::kMilli},      {"s", Unit::kSecond},
      {"sec", Unit::kSecond},     {"second", Unit::kSecond},    {"seconds", Unit::kSecond},
      {"secs", Unit::kSecond},    {"us", Unit::kMicro},         {"usec", Unit::kMicro},
      {"usecond", Unit::kMicro},  {"useconds", Unit::kMicro},   {"usecs", Unit::kMicro},
      {"w", Unit::kWeek},         {"week", Unit::kWeek},        {"weeks", Unit::kWeek},
      {"y", Unit::kYear},         {"year", Unit::kYear},        {"years", Unit::kYear},
      {"yr", Unit::kYear},        {"yrs", Unit::kYear},
  };
  for (const Entry& e : kUnits) {
    if (e.name == s) return e.unit;
  }
  return Unit::kNone;
}

enum class IvError { kNone, kBadFormat, kFieldOverflow, kIntervalOverflow };

// Accumulated fields (pg_itm_in).
struct Itm {
  int64_t usec = 0;
  int32_t days = 0;
  int32_t months = 0;
  int32_t years = 0;
};

bool AdjustFractMicros(double frac, int64_t scale, Itm* itm) {
  if (frac == 0) return true;
  frac *= static_cast<double>(scale);
  if (std::isnan(frac) || frac < -9.2e18 || frac > 9.2e18) return false;
  int64_t usec = static_cast<int64_t>(frac);
  frac -= static_cast<double>(usec);
  usec += static_cast<int64_t>(std::rint(frac));
  return !__builtin_add_overflow(itm->usec, usec, &itm->usec);
}

bool AdjustFractDays(double frac, int scale, Itm* itm) {
  if (frac == 0) return true;
  frac *= scale;
  int extra = static_cast<int>(frac);
  if (__builtin_add_overflow(itm->days, extra, &itm->days)) return false;
  frac -= extra;
  return AdjustFractMicros(frac, kMicrosPerDay, itm);
}

bool AdjustFractYears(double frac, int scale, Itm* itm) {
  if (frac == 0) return true;
  frac *= scale * 12;
  // PostgreSQL 15 rounds fractional years to whole months (rint).
  return !__builtin_add_overflow(itm->months, static_cast<int>(std::rint(frac)), &itm->months);
}

bool AdjustMicros(int64_t val, double fval, int64_t scale, Itm* itm) {
  int64_t product;
  if (__builtin_mul_overflow(val, scale, &product)) return false;
  if (__builtin_add_overflow(itm->usec, product, &itm->usec)) return false;
  return AdjustFractMicros(fval, scale, itm);
}

bool AdjustDays(int64_t val, int scale, Itm* itm) {
  int64_t d;
  if (__builtin_mul_overflow(val, scale, &d) || d > INT32_MAX || d < INT32_MIN) return false;
  return !__builtin_add_overflow(itm->days, static_cast<int32_t>(d), &itm->days);
}

bool AdjustYears(int64_t val, int scale, Itm* itm) {
  int64_t y;
  if (__builtin_mul_overflow(val, scale, &y) || y > INT32_MAX || y < INT32_MIN) return false;
  return !__builtin_add_overflow(itm->years, static_cast<int32_t>(y), &itm->years);
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

enum class FieldKind { kNumber, kString, kDate, kTime, kSigned };
struct Field {
  FieldKind kind;
  std::string text;
};

// Splits like PostgreSQL's ParseDateTime does for interval input.
bool TokenizeInterval(std::string_view s, std::vector<Field>* fields) {
  size_t i = 0, n = s.size();
  while (i < n) {
    char c = s[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    size_t start = i;
    if (IsDigit(c)) {
      while (i < n && IsDigit(s[i])) ++i;
      if (i < n && s[i] == ':') {
        while (i < n && (IsDigit(s[i]) || s[i] == ':' || s[i] == '.')) ++i;
        fields->push_back({FieldKind::kTime, std::string(s.substr(start, i - start))});
      } else if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        char delim = s[i];
        if (delim == '.') {
          ++i;
          while (i < n && IsDigit(s[i])) ++i;
          fields->push_back({FieldKind::kNumber, std::string(s.substr(start, i - start))});
        } else {
          while (i < n && (IsDigit(s[i]) || s[i] == delim)) ++i;
          fields->push_back({FieldKind::kDate, std::string(s.substr(start, i - start))});
        }
      } else {
        fields->push_back({FieldKind::kNumber, std::string(s.substr(start, i - start))});
      }
      continue;
    }
    if (c == '.') {
      ++i;
      while (i < n && IsDigit(s[i])) ++i;
      fields->push_back({FieldKind::kNumber, std::string(s.substr(start, i - start))});
      continue;
    }
    if (IsAlpha(c)) {
      while (i < n && IsAlpha(s[i])) ++i;
      std::string t(s.substr(start, i - start));
      for (char& ch : t) {
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
      }
      fields->push_back({FieldKind::kString, t});
      continue;
    }
    if (c == '+' || c == '-') {
      ++i;
      while (i < n && IsSpace(s[i])) ++i;
      if (i < n && IsDigit(s[i])) {
        std::string t(1, c);
        while (i < n && (IsDigit(s[i]) || s[i] == ':' || s[i] == '.' || s[i] == '-')) t.push_back(s[i++]);
        fields->push_back({FieldKind::kSigned, t});
        continue;
      }
      return false;
    }
    if (c == '@') {
      ++i;
      continue;
    }
    if (c == ',' || c == '/' || c == ';') {
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

// "hh:mm[:ss[.frac]]" or "mm:ss.frac" into microseconds (DecodeTime).
IvError DecodeTimeField(std::string_view s, int32_t range, int64_t* usec_out) {
  auto read_int = [&](size_t* at, int64_t* v) {
    size_t start = *at;
    int64_t x = 0;
    while (*at < s.size() && IsDigit(s[*at])) {
      x = x * 10 + (s[*at] - '0');
      if (x > INT32_MAX) return false;
      ++*at;
    }
    *v = x;
    return *at > start;
  };
  size_t at = 0;
  int64_t hour = 0, min = 0, sec = 0;
  int64_t fsec = 0;
  if (!read_int(&at, &hour) || at >= s.size() || s[at] != ':') return IvError::kBadFormat;
  ++at;
  if (!read_int(&at, &min)) return IvError::kBadFormat;
  auto fraction = [&](size_t from) -> bool {
    for (size_t k = from + 1; k < s.size(); ++k) {
      if (!IsDigit(s[k])) return false;
    }
    std::string f = "0" + std::string(s.substr(from));
    fsec = static_cast<int64_t>(std::rint(std::strtod(f.c_str(), nullptr) * 1e6));
    return true;
  };
  if (at == s.size()) {
    if (range == (kMinuteBit | kSecondBit)) {
      sec = min;
      min = hour;
      hour = 0;
    }
  } else if (s[at] == '.') {
    if (!fraction(at)) return IvError::kBadFormat;
    sec = min;
    min = hour;
    hour = 0;
  } else if (s[at] == ':') {
    ++at;
    if (!read_int(&at, &sec)) return IvError::kBadFormat;
    if (at < s.size()) {
      if (s[at] != '.' || !fraction(at)) return IvError::kBadFormat;
    }
  } else {
    return IvError::kBadFormat;
  }
  if (min > 59 || sec > 60 || fsec > kMicrosPerSecond) return IvError::kFieldOverflow;
  *usec_out = hour * kMicrosPerHour + min * kMicrosPerMinute + sec * kMicrosPerSecond + fsec;
  return IvError::kNone;
}

Unit DefaultUnitForRange(int32_t range) {
  switch (range) {
    case kYearBit: return Unit::kYear;
    case kMonthBit:
    case kYearBit | kMonthBit: return Unit::kMonth;
    case kDayBit: return Unit::kDay;
    case kHourBit:
    case kDayBit | kHourBit: return Unit::kHour;
    case kMinuteBit:
    case kHourBit | kMinuteBit:
    case kDayBit | kHourBit | kMinuteBit: return Unit::kMinute;
    default: return Unit::kSecond;
  }
}

// Field-presence bits to reject repeats ("1 day 1 day"), as DTK_M(...) in
// PostgreSQL: a fractional second also claims milli- and microseconds, and an
// hh:mm:ss field claims hours, minutes and all second units.
int UnitMask(Unit u) { return 1 << static_cast<int>(u); }
const int kAllSecondsMask = UnitMask(Unit::kSecond) | UnitMask(Unit::kMilli) | UnitMask(Unit::kMicro);
const int kTimeMask = UnitMask(Unit::kHour) | UnitMask(Unit::kMinute) | kAllSecondsMask;

IvError DecodeInterval(const std::vector<Field>& fields, int32_t range, Itm* itm) {
  Unit type = Unit::kNone;
  bool is_before = false;
  int fmask = 0;
  for (int i = static_cast<int>(fields.size()) - 1; i >= 0; --i) {
    const Field& f = fields[i];
    int tmask = 0;
    FieldKind kind = f.kind;
    if (kind == FieldKind::kTime) {
      int64_t usec;
      IvError e = DecodeTimeField(f.text, range, &usec);
      if (e != IvError::kNone) return e;
      itm->usec = usec;
      tmask = kTimeMask;
      type = Unit::kDay;
    } else if (kind == FieldKind::kSigned && f.text.find(':', 1) != std::string::npos) {
      int64_t usec;
      IvError e = DecodeTimeField(std::string_view(f.text).substr(1), range, &usec);
      if (e != IvError::kNone) return e;
      itm->usec = f.text[0] == '-' ? -usec : usec;
      tmask = kTimeMask;
      type = Unit::kDay;
    } else if (kind == FieldKind::kNumber || kind == FieldKind::kDate || kind == FieldKind::kSigned) {
      if (type == Unit::kNone) type = DefaultUnitForRange(range);
      const char* str = f.text.c_str();
      char* cp = nullptr;
      errno = 0;
      long long val = std::strtoll(str, &cp, 10);
      if (errno == ERANGE) return IvError::kFieldOverflow;
      double fval = 0;
      if (*cp == '-') {
        // SQL "years-months".
        char* cp2 = nullptr;
        long val2 = std::strtol(cp + 1, &cp2, 10);
        if (val2 < 0 || val2 >= 12) return IvError::kFieldOverflow;
        if (*cp2 != '\0') return IvError::kBadFormat;
        type = Unit::kMonth;
        if (str[0] == '-') val2 = -val2;
        double total = static_cast<double>(val) * 12 + val2;
        if (total > INT32_MAX || total < INT32_MIN) return IvError::kFieldOverflow;
        val = val * 12 + val2;
      } else if (*cp == '.') {
        for (const char* p = cp + 1; *p; ++p) {
          if (!IsDigit(*p)) return IvError::kBadFormat;
        }
        std::string frac = "0" + std::string(cp);
        fval = std::strtod(frac.c_str(), nullptr);
        if (str[0] == '-') fval = -fval;
      } else if (*cp != '\0') {
        return IvError::kBadFormat;
      }
      bool ok = true;
      switch (type) {
        case Unit::kMicro: ok = AdjustMicros(val, fval, 1, itm); break;
        case Unit::kMilli: ok = AdjustMicros(val, fval, 1000, itm); break;
        case Unit::kSecond: ok = AdjustMicros(val, fval, kMicrosPerSecond, itm); break;
        case Unit::kMinute: ok = AdjustMicros(val, fval, kMicrosPerMinute, itm); break;
        case Unit::kHour: ok = AdjustMicros(val, fval, kMicrosPerHour, itm); break;
        case Unit::kDay: ok = AdjustDays(val, 1, itm) && AdjustFractMicros(fval, kMicrosPerDay, itm); break;
        case Unit::kWeek: ok = AdjustDays(val, 7, itm) && AdjustFractDays(fval, 7, itm); break;
        case Unit::kMonth:
          ok = val <= INT32_MAX && val >= INT32_MIN &&
               !__builtin_add_overflow(itm->months, static_cast<int32_t>(val), &itm->months) &&
               AdjustFractDays(fval, 30, itm);
          break;
        case Unit::kYear: ok = AdjustYears(val, 1, itm) && AdjustFractYears(fval, 1, itm); break;
        case Unit::kDecade: ok = AdjustYears(val, 10, itm) && AdjustFractYears(fval, 10, itm); break;
        case Unit::kCentury: ok = AdjustYears(val, 100, itm) && AdjustFractYears(fval, 100, itm); break;
        case Unit::kMillennium: ok = AdjustYears(val, 1000, itm) && AdjustFractYears(fval, 1000, itm); break;
        default: return IvError::kBadFormat;
      }
      if (!ok) return IvError::kFieldOverflow;
      tmask = UnitMask(type);
      if (type == Unit::kSecond && fval != 0) tmask = kAllSecondsMask;
      if (type == Unit::kHour) type = Unit::kDay;
    } else {  // string
      // PostgreSQL 15 lets a later unit word override an earlier one ("1 day hour" = 1 day).
      Unit u = UnitFromName(f.text);
      if (u == Unit::kIgnore) continue;
      if (u == Unit::kNone) return IvError::kBadFormat;
      if (u == Unit::kAgo) {
        is_before = true;
      } else {
        type = u;
      }
    }
    if (tmask & fmask) return IvError::kBadFormat;
    fmask |= tmask;
  }
  if (fmask == 0) return IvError::kBadFormat;
  if (is_before) {
    itm->usec = -itm->usec;
    itm->days = -itm->days;
    itm->months = -itm->months;
    itm->years = -itm->years;
  }
  return IvError::kNone;
}

// ISO 8601 "P1Y2M3DT4H5M6S" and "P0001-02-03T04:05:06".
IvError DecodeIso8601(std::string_view s, Itm* itm) {
  s.remove_prefix(1);  // 'P'
  if (s.empty()) return IvError::kBadFormat;
  bool in_time = false;
  while (!s.empty()) {
    if (s.front() == 'T' || s.front() == 't') {
      if (in_time) return IvError::kBadFormat;
      in_time = true;
      s.remove_prefix(1);
      continue;
    }
    // number: [+-]digits[.digits]
    size_t k = 0;
    if (k < s.size() && (s[k] == '+' || s[k] == '-')) ++k;
    size_t digits_start = k;
    while (k < s.size() && (IsDigit(s[k]) || s[k] == '.')) ++k;
    if (k == digits_start) return IvError::kBadFormat;
    std::string num(s.substr(0, k));
    s.remove_prefix(k);
    if (s.empty()) return IvError::kBadFormat;
    char unit = s.front();
    if (unit == '-' || unit == ':') {
      // Alternative format: Pyyyy-mm-dd or Thh:mm:ss.
      std::string_view rest = s;
      std::string whole = num;
      while (!rest.empty() && rest.front() != 'T' && rest.front() != 't') {
        whole.push_back(rest.front());
        rest.remove_prefix(1);
      }
      s = rest;
      if (!in_time) {
        int y = 0, m = 0, d = 0;
        if (std::sscanf(whole.c_str(), "%d-%d-%d", &y, &m, &d) < 1) return IvError::kBadFormat;
        if (!AdjustYears(y, 1, itm)) return IvError::kFieldOverflow;
        itm->months += m;
        itm->days += d;
      } else {
        int64_t usec;
        IvError e = DecodeTimeField(whole, kFullRange, &usec);
        if (e != IvError::kNone) return e;
        itm->usec += usec;
      }
      continue;
    }
    s.remove_prefix(1);
    double v = std::strtod(num.c_str(), nullptr);
    long long whole = static_cast<long long>(v);
    double frac = v - static_cast<double>(whole);
    bool ok = true;
    if (!in_time) {
      switch (unit) {
        case 'Y': case 'y': ok = AdjustYears(whole, 1, itm) && AdjustFractYears(frac, 1, itm); break;
        case 'M': case 'm':
          ok = !__builtin_add_overflow(itm->months, static_cast<int32_t>(whole), &itm->months) &&
               AdjustFractDays(frac, 30, itm);
          break;
        case 'W': case 'w': ok = AdjustDays(whole, 7, itm) && AdjustFractDays(frac, 7, itm); break;
        case 'D': case 'd': ok = AdjustDays(whole, 1, itm) && AdjustFractMicros(frac, kMicrosPerDay, itm); break;
        default: return IvError::kBadFormat;
      }
    } else {
      switch (unit) {
        case 'H': case 'h': ok = AdjustMicros(whole, frac, kMicrosPerHour, itm); break;
        case 'M': case 'm': ok = AdjustMicros(whole, frac, kMicrosPerMinute, itm); break;
        case 'S': case 's': ok = AdjustMicros(whole, frac, kMicrosPerSecond, itm); break;
        default: return IvError::kBadFormat;
      }
    }
    if (!ok) return IvError::kFieldOverflow;
  }
  return IvError::kNone;
}

void AppendInt(int64_t v, std::string* out) { out->append(std::to_string(v)); }

void AppendPostgresPart(int64_t value, const char* units, bool* is_zero, bool* is_before, std::string* out) {
  if (value == 0) return;
  if (!*is_zero) out->push_back(' ');
  if (*is_before && value > 0) out->push_back('+');
  AppendInt(value, out);
  out->push_back(' ');
  out->append(units);
  if (value != 1) out->push_back('s');
  *is_before = value < 0;
  *is_zero = false;
}

}  // namespace

Result<Interval> ParseInterval(std::string_view text, int32_t typmod) {
  auto error = [&](IvError e) -> Status {
    switch (e) {
      case IvError::kFieldOverflow:
        return Status::Error("22015", "interval field value out of range: \"" + std::string(text) + "\"");
      case IvError::kIntervalOverflow: return Status::Error(sqlstate::kDatetimeFieldOverflow, "interval out of range");
      default:
        return Status::Error(sqlstate::kInvalidDatetimeFormat,
                             "invalid input syntax for type interval: \"" + std::string(text) + "\"");
    }
  };
  int32_t range = typmod >= 0 ? (typmod >> 16) & 0x7FFF : kFullRange;
  Itm itm;
  std::string_view trimmed = text;
  while (!trimmed.empty() && IsSpace(trimmed.front())) trimmed.remove_prefix(1);
  while (!trimmed.empty() && IsSpace(trimmed.back())) trimmed.remove_suffix(1);
  IvError e;
  if (!trimmed.empty() && (trimmed.front() == 'P' || trimmed.front() == 'p')) {
    e = DecodeIso8601(trimmed, &itm);
  } else {
    std::vector<Field> fields;
    if (!TokenizeInterval(text, &fields) || fields.empty()) return error(IvError::kBadFormat);
    e = DecodeInterval(fields, range, &itm);
  }
  if (e != IvError::kNone) return error(e);
  Interval result;
  int64_t months = int64_t{itm.years} * 12 + itm.months;
  if (months > INT32_MAX || months < INT32_MIN) return error(IvError::kIntervalOverflow);
  result.months = static_cast<int32_t>(months);
  result.days = itm.days;
  result.time_us = itm.usec;
  return IntervalApplyTypmod(result, typmod);
}

void AppendInterval(const Interval& iv, std::string* out) {
  int64_t year = iv.months / 12;
  int64_t mon = iv.months % 12;
  int64_t mday = iv.days;
  int64_t time = iv.time_us;
  int64_t hour = time / kMicrosPerHour;
  time -= hour * kMicrosPerHour;
  int64_t min = time / kMicrosPerMinute;
  time -= min * kMicrosPerMinute;
  int64_t sec = time / kMicrosPerSecond;
  int64_t fsec = time - sec * kMicrosPerSecond;
  bool is_zero = true, is_before = false;
  AppendPostgresPart(year, "year", &is_zero, &is_before, out);
  AppendPostgresPart(mon, "mon", &is_zero, &is_before, out);
  AppendPostgresPart(mday, "day", &is_zero, &is_before, out);
  if (is_zero || hour != 0 || min != 0 || sec != 0 || fsec != 0) {
    bool minus = hour < 0 || min < 0 || sec < 0 || fsec < 0;
    if (!is_zero) out->push_back(' ');
    if (minus) {
      out->push_back('-');
    } else if (is_before) {
      out->push_back('+');
    }
    char buf[48];
    int n = std::snprintf(buf, sizeof(buf), "%02lld:%02lld:%02lld", static_cast<long long>(std::llabs(hour)),
                          static_cast<long long>(std::llabs(min)), static_cast<long long>(std::llabs(sec)));
    out->append(buf, n);
    if (fsec != 0) {
      n = std::snprintf(buf, sizeof(buf), "%06lld", static_cast<long long>(std::llabs(fsec)));
      while (n > 0 && buf[n - 1] == '0') --n;
      out->push_back('.');
      out->append(buf, n);
    }
  }
}

Result<Interval> IntervalApplyTypmod(const Interval& in, int32_t typmod) {
  if (typmod < 0) return in;
  Interval iv = in;
  int32_t range = (typmod >> 16) & 0x7FFF;
  int32_t precision = typmod & 0xFFFF;
  if (range != kFullRange) {
    switch (range) {
      case kYearBit:
        iv.months = (iv.months / 12) * 12;
        iv.days = 0;
        iv.time_us = 0;
        break;
      case kMonthBit:
      case kYearBit | kMonthBit:
        iv.days = 0;
        iv.time_us = 0;
        break;
      case kDayBit: iv.time_us = 0; break;
      case kHourBit:
      case kDayBit | kHourBit: iv.time_us = (iv.time_us / kMicrosPerHour) * kMicrosPerHour; break;
      case kMinuteBit:
      case kHourBit | kMinuteBit:
      case kDayBit | kHourBit | kMinuteBit:
        iv.time_us = (iv.time_us / kMicrosPerMinute) * kMicrosPerMinute;
        break;
      default: break;
    }
  }
  if (precision != kFullPrecision && precision >= 0 && precision < 6) {
    static constexpr int64_t kScales[] = {1000000, 100000, 10000, 1000, 100, 10};
    int64_t scale = kScales[precision];
    int64_t offset = scale / 2;
    if (iv.time_us >= 0) {
      iv.time_us = ((iv.time_us + offset) / scale) * scale;
    } else {
      iv.time_us = -(((-iv.time_us + offset) / scale) * scale);
    }
  }
  return iv;
}

int IntervalCompare(const Interval& a, const Interval& b) {
  auto span = [](const Interval& x) {
    return static_cast<int128_t>(x.time_us) +
           (static_cast<int128_t>(x.days) + static_cast<int128_t>(x.months) * 30) * kMicrosPerDay;
  };
  int128_t sa = span(a), sb = span(b);
  return sa < sb ? -1 : (sa > sb ? 1 : 0);
}

}  // namespace augur::types
