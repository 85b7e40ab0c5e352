// Date/time input and output. The input side follows the shape of
// PostgreSQL's ParseDateTime/DecodeDateTime: the string is split into typed
// fields (numbers, strings, dates, times, zone offsets) which are then decoded
// into year/month/day/hour/minute/second and a zone. Only DateStyle ISO, MDY
// is supported. Interval input follows DecodeInterval/DecodeISO8601Interval.
#include "types/datetime.h"

#include <chrono>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "types/timezone.h"

namespace augur::types {

namespace {

// PostgreSQL's limits: Julian day 0 (4713-11-24 BC) .. 5874897-12-31 for date,
// .. 294276-12-31 for timestamps. Days since 2000-01-01.
constexpr int64_t kMinDateDays = -2451545;
constexpr int64_t kMaxDateDays = 2145031948;       // DaysFromCivil(5874897, 12, 31), checked in tests
constexpr int64_t kMaxTimestampDays = 106751982;   // DaysFromCivil(294276, 12, 31), checked in tests

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

int64_t FloorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

// ---------------------------------------------------------------------------
// Calendar

int64_t DaysFromCivil(int64_t y, int m, int d) {
  // Howard Hinnant's days_from_civil, shifted to the 2000-01-01 epoch.
  y -= m <= 2;
  const int64_t era = FloorDiv(y, 400);
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468 - 10957;
}

void CivilFromDays(int64_t days, int64_t* year, int* month, int* day) {
  int64_t z = days + 10957 + 719468;
  const int64_t era = FloorDiv(z, 146097);
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  *day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  *month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  *year = yoe + era * 400 + (*month <= 2);
}

bool IsLeapYear(int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int DaysInMonth(int64_t year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return month == 2 && IsLeapYear(year) ? 29 : kDays[month - 1];
}

bool DateInRange(int64_t days) { return days >= kMinDateDays && days <= kMaxDateDays; }

bool TimestampInRange(int64_t micros) {
  return micros >= kMinDateDays * kMicrosPerDay && micros < (kMaxTimestampDays + 1) * kMicrosPerDay;
}

int64_t CurrentTimestamp() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return std::chrono::duration_cast<std::chrono::microseconds>(now).count() - kUnixEpochMicros;
}

namespace {
thread_local const DateTimeContext* tls_context = nullptr;
}  // namespace

const DateTimeContext* CurrentDateTimeContext() { return tls_context; }
ScopedDateTimeContext::ScopedDateTimeContext(const DateTimeContext* context) : previous_(tls_context) {
  tls_context = context;
}
ScopedDateTimeContext::~ScopedDateTimeContext() { tls_context = previous_; }

int64_t NowFor(const DateTimeContext* context) {
  if (context == nullptr) context = tls_context;
  if (context != nullptr && context->now_us != kTimestampNegInfinity) return context->now_us;
  return CurrentTimestamp();
}

const TimeZone* ZoneOf(const DateTimeContext* context) {
  if (context == nullptr) context = tls_context;
  return context != nullptr && context->time_zone != nullptr ? context->time_zone : TimeZone::Utc();
}

int64_t UtcToLocalMicros(int64_t utc, const TimeZone* zone, int32_t* offset) {
  *offset = zone->OffsetAtUtc(FloorDiv(utc, kMicrosPerSecond) - kUnixEpochMicros / kMicrosPerSecond);
  return utc + int64_t{*offset} * kMicrosPerSecond;
}

int32_t OffsetForLocalMicros(int64_t local, const TimeZone* zone) {
  return zone->OffsetForLocal(FloorDiv(local, kMicrosPerSecond) - kUnixEpochMicros / kMicrosPerSecond);
}

Result<int64_t> LocalToUtcMicros(int64_t local, const TimeZone* zone) {
  if (local == kTimestampInfinity || local == kTimestampNegInfinity) return local;
  int64_t r = local - int64_t{OffsetForLocalMicros(local, zone)} * kMicrosPerSecond;
  if (!TimestampInRange(r)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range");
  return r;
}

namespace {

int64_t UtcToLocal(int64_t utc, const TimeZone* zone, int32_t* offset) { return UtcToLocalMicros(utc, zone, offset); }

// ---------------------------------------------------------------------------
// Output helpers

void AppendPadded(int64_t v, int width, std::string* out) {
  char buf[32];
  int n = std::snprintf(buf, sizeof(buf), "%0*lld", width, static_cast<long long>(v));
  out->append(buf, n);
}

// "SS" or "SS.ffffff" with trailing zeros trimmed.
void AppendSecondsAndFraction(int64_t sec, int64_t usec, std::string* out) {
  AppendPadded(sec, 2, out);
  if (usec != 0) {
    char buf[8];
    std::snprintf(buf, sizeof(buf), "%06lld", static_cast<long long>(usec));
    int len = 6;
    while (len > 0 && buf[len - 1] == '0') --len;
    out->push_back('.');
    out->append(buf, len);
  }
}

void AppendYmd(int64_t year, int month, int day, std::string* out) {
  AppendPadded(year > 0 ? year : 1 - year, 4, out);
  out->push_back('-');
  AppendPadded(month, 2, out);
  out->push_back('-');
  AppendPadded(day, 2, out);
}

void AppendTimeOfDay(int64_t micros, std::string* out) {
  int64_t hour = micros / (3600 * kMicrosPerSecond);
  micros -= hour * 3600 * kMicrosPerSecond;
  int64_t min = micros / (60 * kMicrosPerSecond);
  micros -= min * 60 * kMicrosPerSecond;
  AppendPadded(hour, 2, out);
  out->push_back(':');
  AppendPadded(min, 2, out);
  out->push_back(':');
  AppendSecondsAndFraction(micros / kMicrosPerSecond, micros % kMicrosPerSecond, out);
}

void AppendOffset(int32_t offset_east, std::string* out) {
  out->push_back(offset_east < 0 ? '-' : '+');
  int32_t a = std::abs(offset_east);
  AppendPadded(a / 3600, 2, out);
  int mins = (a / 60) % 60;
  int secs = a % 60;
  if (mins != 0 || secs != 0) {
    out->push_back(':');
    AppendPadded(mins, 2, out);
  }
  if (secs != 0) {
    out->push_back(':');
    AppendPadded(secs, 2, out);
  }
}

// ---------------------------------------------------------------------------
// Tokenizer

enum class FieldKind { kNumber, kString, kDate, kTime, kTz, kJulian };

struct Field {
  FieldKind kind;
  std::string text;  // lower-cased
};

bool Tokenize(std::string_view s, std::vector<Field>* fields) {
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    char c = s[i];
    if (IsSpace(c)) {
      ++i;
      continue;
    }
    std::string text;
    if (IsDigit(c)) {
      size_t start = i;
      while (i < n && IsDigit(s[i])) ++i;
      if (i < n && s[i] == ':') {
        while (i < n && (IsDigit(s[i]) || s[i] == ':' || s[i] == '.')) ++i;
        fields->push_back({FieldKind::kTime, std::string(s.substr(start, i - start))});
        continue;
      }
      if (i < n && (s[i] == '-' || s[i] == '/' || s[i] == '.')) {
        char delim = s[i];
        if (delim == '.' && (i + 1 >= n || IsDigit(s[i + 1]))) {
          // "1.5" is a number; "2024.01.31" is a date (two dots).
          size_t j = i + 1;
          while (j < n && IsDigit(s[j])) ++j;
          if (j >= n || s[j] != '.') {
            i = j;
            fields->push_back({FieldKind::kNumber, std::string(s.substr(start, i - start))});
            continue;
          }
        }
        bool text_month = i + 1 < n && IsAlpha(s[i + 1]);
        while (i < n && (IsDigit(s[i]) || s[i] == delim || (text_month && IsAlpha(s[i])))) ++i;
        fields->push_back({FieldKind::kDate, Lower(s.substr(start, i - start))});
        continue;
      }
      fields->push_back({FieldKind::kNumber, std::string(s.substr(start, i - start))});
      continue;
    }
    if (c == '.') {
      size_t start = i++;
      while (i < n && IsDigit(s[i])) ++i;
      fields->push_back({FieldKind::kNumber, std::string(s.substr(start, i - start))});
      continue;
    }
    if ((c == 'j' || c == 'J') && i + 1 < n && IsDigit(s[i + 1])) {
      // Julian day number: "J2451545".
      size_t start = ++i;
      while (i < n && IsDigit(s[i])) ++i;
      fields->push_back({FieldKind::kJulian, std::string(s.substr(start, i - start))});
      continue;
    }
    if (IsAlpha(c)) {
      size_t start = i;
      while (i < n && IsAlpha(s[i])) ++i;
      // Zone names ("america/new_york", "etc/gmt+5") and text-month dates ("jan-31-2024").
      if (i < n && (s[i] == '/' || s[i] == '_')) {
        while (i < n && (IsAlpha(s[i]) || IsDigit(s[i]) || s[i] == '/' || s[i] == '_' || s[i] == '-' ||
                         s[i] == '+')) {
          ++i;
        }
        fields->push_back({FieldKind::kString, std::string(s.substr(start, i - start))});
        continue;
      }
      if (i + 1 < n && (s[i] == '-' || s[i] == '/' || s[i] == '.') && IsDigit(s[i + 1])) {
        char delim = s[i];
        while (i < n && (IsDigit(s[i]) || IsAlpha(s[i]) || s[i] == delim)) ++i;
        fields->push_back({FieldKind::kDate, Lower(s.substr(start, i - start))});
        continue;
      }
      fields->push_back({FieldKind::kString, Lower(s.substr(start, i - start))});
      continue;
    }
    if (c == '+' || c == '-') {
      size_t start = i++;
      while (i < n && IsSpace(s[i])) ++i;
      if (i < n && IsDigit(s[i])) {
        while (i < n && (IsDigit(s[i]) || s[i] == ':' || s[i] == '.' || s[i] == '-')) ++i;
        std::string t(1, c);
        for (size_t k = start + 1; k < i; ++k) {
          if (!IsSpace(s[k])) t.push_back(s[k]);
        }
        fields->push_back({FieldKind::kTz, t});
        continue;
      }
      if (i < n && IsAlpha(s[i])) {
        size_t a = i;
        while (i < n && IsAlpha(s[i])) ++i;
        fields->push_back({FieldKind::kString, std::string(1, c) + Lower(s.substr(a, i - a))});
        continue;
      }
      return false;
    }
    if (c == ',' || c == '@') {  // other punctuation is a delimiter in PostgreSQL
      ++i;
      continue;
    }
    return false;
  }
  return true;
}

int MonthFromName(std::string_view s) {
  static constexpr std::string_view kShort[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                "jul", "aug", "sep", "oct", "nov", "dec"};
  static constexpr std::string_view kLong[] = {"january", "february", "march",     "april",   "may",      "june",
                                               "july",    "august",   "september", "october", "november", "december"};
  for (int m = 0; m < 12; ++m) {
    if (s == kShort[m] || s == kLong[m]) return m + 1;
  }
  if (s == "sept") return 9;
  return 0;
}

bool IsWeekdayName(std::string_view s) {
  static constexpr std::string_view kNames[] = {"sun",    "mon",     "tue",       "tues",     "wed",    "wednesday",
                                                "thu",    "thur",    "thurs",     "thursday", "fri",    "friday",
                                                "sat",    "saturday", "sunday",   "monday",   "tuesday"};
  for (std::string_view n : kNames) {
    if (s == n) return true;
  }
  return false;
}

// Parsed date/time fields.
struct Tm {
  bool has_date = false;
  bool has_time = false;
  int64_t year = 0;
  int year_digits = 4;
  int month = 0;
  int day = 0;
  int64_t hour = 0, minute = 0, second = 0, usec = 0;
  bool has_zone = false;
  bool zone_is_named = false;
  int32_t zone_offset = 0;  // when !zone_is_named
  const TimeZone* zone = nullptr;
  std::string zone_abbreviation;  // dynamic abbreviation ("MSK"), upper case
  bool bc = false;
  int ampm = 0;  // 1 am, 2 pm
  bool time_only = false;
  bool julian = false;  // date came from a Julian day number (year may be <= 0)  // parsing for the time type (DecodeTimeOnly)
  std::string special;  // epoch, infinity, -infinity, now, today, tomorrow, yesterday
  std::vector<std::string> pending_numbers;
};

enum class DtError { kNone, kSyntax, kRange, kRangeHint, kZoneRange, kBadZone };

struct DtResult {
  DtError error = DtError::kNone;
  std::string bad_zone;
};

// Microseconds from a fraction string ".123456789" (rint as PostgreSQL).
int64_t FractionToMicros(std::string_view frac) {
  std::string s = "0" + std::string(frac);
  double d = std::strtod(s.c_str(), nullptr);
  return static_cast<int64_t>(std::rint(d * 1e6));
}

bool ParseAllDigits(std::string_view s, int64_t* v) {
  if (s.empty() || s.size() > 18) return false;
  int64_t x = 0;
  for (char c : s) {
    if (!IsDigit(c)) return false;
    x = x * 10 + (c - '0');
  }
  *v = x;
  return true;
}

// "hh:mm[:ss[.frac]]"
DtError DecodeTime(std::string_view s, Tm* tm) {
  if (tm->has_time) return DtError::kSyntax;
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t colon = s.find(':', start);
    parts.push_back(s.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (parts.size() < 2 || parts.size() > 3) return DtError::kSyntax;
  int64_t h, m, sec = 0, usec = 0;
  if (!ParseAllDigits(parts[0], &h)) return DtError::kSyntax;
  std::string_view minute_part = parts[1];
  std::string_view frac;
  if (parts.size() == 2) {
    // "mm.frac" is not allowed in hh:mm form... PostgreSQL treats hh:mm.ss as mm:ss.frac; keep simple.
    size_t dot = minute_part.find('.');
    if (dot != std::string_view::npos) return DtError::kSyntax;
  }
  if (!ParseAllDigits(minute_part, &m)) return DtError::kSyntax;
  if (parts.size() == 3) {
    std::string_view sp = parts[2];
    size_t dot = sp.find('.');
    if (dot != std::string_view::npos) {
      frac = sp.substr(dot);
      sp = sp.substr(0, dot);
      for (char c : frac.substr(1)) {
        if (!IsDigit(c)) return DtError::kSyntax;
      }
    }
    if (!ParseAllDigits(sp, &sec)) return DtError::kSyntax;
    if (!frac.empty()) usec = FractionToMicros(frac);
  }
  tm->hour = h;
  tm->minute = m;
  tm->second = sec;
  tm->usec = usec;
  tm->has_time = true;
  return DtError::kNone;
}

void SetYear(Tm* tm, int64_t year, size_t digits) {
  tm->year = year;
  tm->year_digits = static_cast<int>(digits);
}

DtError DecodeDateField(std::string_view s, Tm* tm) {
  if (tm->has_date) return DtError::kSyntax;
  char delim = 0;
  for (char c : s) {
    if (c == '-' || c == '/' || c == '.') {
      delim = c;
      break;
    }
  }
  std::vector<std::string_view> parts;
  size_t start = 0;
  while (true) {
    size_t d = s.find(delim, start);
    parts.push_back(s.substr(start, d == std::string_view::npos ? std::string_view::npos : d - start));
    if (d == std::string_view::npos) break;
    start = d + 1;
  }
  if (parts.size() != 3) return DtError::kSyntax;
  int text_month_index = -1;
  for (int k = 0; k < 3; ++k) {
    if (!parts[k].empty() && IsAlpha(parts[k][0])) {
      int m = MonthFromName(parts[k]);
      if (m == 0 || text_month_index >= 0) return DtError::kSyntax;
      tm->month = m;
      text_month_index = k;
    }
  }
  int64_t v[3] = {0, 0, 0};
  for (int k = 0; k < 3; ++k) {
    if (k == text_month_index) continue;
    if (!ParseAllDigits(parts[k], &v[k])) return DtError::kSyntax;
  }
  if (text_month_index >= 0) {
    int a = text_month_index == 0 ? 1 : 0;
    int b = text_month_index == 2 ? 1 : 2;
    // "2024-jan-31": year first when it has more than two digits; else day first.
    if (parts[a].size() > 2) {
      SetYear(tm, v[a], parts[a].size());
      tm->day = static_cast<int>(v[b]);
    } else {
      tm->day = static_cast<int>(v[a]);
      SetYear(tm, v[b], parts[b].size());
    }
  } else if (parts[0].size() > 2) {
    SetYear(tm, v[0], parts[0].size());  // ISO: y-m-d
    tm->month = static_cast<int>(v[1]);
    tm->day = static_cast<int>(v[2]);
  } else {
    tm->month = static_cast<int>(v[0]);  // MDY
    tm->day = static_cast<int>(v[1]);
    SetYear(tm, v[2], parts[2].size());
    if (tm->month > 12) return DtError::kRangeHint;
  }
  tm->has_date = true;
  return DtError::kNone;
}

DtError DecodeNumber(const std::string& s, Tm* tm, bool iso_time_next) {
  size_t dot = s.find('.');
  std::string_view whole = std::string_view(s).substr(0, dot);
  std::string_view frac = dot == std::string::npos ? std::string_view() : std::string_view(s).substr(dot);
  int64_t v;
  if (!whole.empty() && !ParseAllDigits(whole, &v)) return DtError::kSyntax;
  auto set_time = [&](std::string_view w) {
    tm->hour = (w[0] - '0') * 10 + (w[1] - '0');
    tm->minute = (w[2] - '0') * 10 + (w[3] - '0');
    tm->second = w.size() == 6 ? (w[4] - '0') * 10 + (w[5] - '0') : 0;
    tm->usec = frac.empty() ? 0 : FractionToMicros(frac);
    tm->has_time = true;
  };
  // Concatenated hhmm[ss] after 'T', after a date, or alone for the time type.
  bool time_position = iso_time_next || (tm->has_date && !tm->has_time) ||
                       (tm->time_only && !tm->has_time && tm->month == 0);
  if (time_position && (whole.size() == 6 || whole.size() == 4)) {
    if (tm->has_time) return DtError::kSyntax;
    set_time(whole);
    return DtError::kNone;
  }
  if (iso_time_next || (tm->time_only && tm->has_time)) return DtError::kSyntax;
  if (!frac.empty()) return DtError::kSyntax;
  if (!tm->has_date && tm->month == 0 && (whole.size() == 8 || whole.size() == 6)) {
    // yyyymmdd or yymmdd
    size_t ylen = whole.size() - 4;
    SetYear(tm, std::stoll(std::string(whole.substr(0, ylen))), ylen);
    tm->month = (whole[ylen] - '0') * 10 + (whole[ylen + 1] - '0');
    tm->day = (whole[ylen + 2] - '0') * 10 + (whole[ylen + 3] - '0');
    tm->has_date = true;
    return DtError::kNone;
  }
  if (tm->has_date) return DtError::kSyntax;
  tm->pending_numbers.push_back(std::string(whole));
  return DtError::kNone;
}

DtResult DecodeFields(const std::vector<Field>& fields, Tm* tm) {
  DtResult r;
  bool iso_time_next = false;
  for (const Field& f : fields) {
    DtError e = DtError::kNone;
    switch (f.kind) {
      case FieldKind::kDate:
        e = DecodeDateField(f.text, tm);
        break;
      case FieldKind::kTime:
        e = DecodeTime(f.text, tm);
        iso_time_next = false;
        break;
      case FieldKind::kNumber:
        e = DecodeNumber(f.text, tm, iso_time_next);
        iso_time_next = false;
        break;
      case FieldKind::kJulian: {
        int64_t jd;
        if (tm->has_date || !ParseAllDigits(f.text, &jd)) {
          e = DtError::kSyntax;
          break;
        }
        int64_t y;
        int m, d;
        CivilFromDays(jd - 2451545, &y, &m, &d);
        SetYear(tm, y, 4);
        tm->month = m;
        tm->day = d;
        tm->has_date = true;
        tm->julian = true;
        break;
      }
      case FieldKind::kTz: {
        int32_t off;
        if (tm->has_zone) {
          e = DtError::kSyntax;
          break;
        }
        std::string_view t = f.text;
        // Only whole-second offsets; fractional parts are a syntax error.
        if (t.find('.') != std::string_view::npos || !ParseIsoOffset(t, &off)) {
          e = DtError::kSyntax;
          break;
        }
        if (std::abs(off) > 15 * 3600 + 59 * 60 + 59) {
          e = DtError::kZoneRange;
          break;
        }
        tm->has_zone = true;
        tm->zone_offset = off;
        break;
      }
      case FieldKind::kString: {
        const std::string& s = f.text;
        if (int m = MonthFromName(s); m != 0) {
          if (tm->month != 0) e = DtError::kSyntax;
          tm->month = m;
        } else if (IsWeekdayName(s)) {
          // ignored
        } else if (s == "am" || s == "a.m." || s == "pm" || s == "p.m.") {
          tm->ampm = s[0] == 'a' ? 1 : 2;
        } else if (s == "ad") {
          tm->bc = false;
        } else if (s == "bc") {
          tm->bc = true;
        } else if (s == "t") {
          iso_time_next = true;
        } else if (s == "epoch" || s == "infinity" || s == "-infinity" || s == "now" ||
                   s == "today" || s == "tomorrow" || s == "yesterday" || s == "allballs") {
          if (!tm->special.empty()) e = DtError::kSyntax;
          tm->special = s;
        } else if (s == "z" || s == "zulu" || s == "utc" || s == "gmt" || s == "ut") {
          if (tm->has_zone) e = DtError::kSyntax;
          tm->has_zone = true;
          tm->zone_offset = 0;
        } else {
          auto zone = ResolveLiteralZone(f.text);
          if (!zone.ok()) {
            if (s.find('/') != std::string::npos) {
              r.error = DtError::kBadZone;
              r.bad_zone = Lower(s);
              return r;
            }
            e = DtError::kSyntax;
          } else if (tm->has_zone) {
            e = DtError::kSyntax;
          } else {
            tm->has_zone = true;
            tm->zone_is_named = true;
            tm->zone = zone->zone;
            tm->zone_abbreviation = zone->abbreviation;
          }
        }
        break;
      }
    }
    if (e != DtError::kNone) {
      r.error = e;
      return r;
    }
  }
  // Pending numbers fill in a text-month date: "jan 31 2024", "31 jan 2024".
  if (!tm->pending_numbers.empty()) {
    if (tm->has_date || tm->month == 0 || tm->pending_numbers.size() != 2) {
      r.error = DtError::kSyntax;
      return r;
    }
    const std::string& a = tm->pending_numbers[0];
    const std::string& b = tm->pending_numbers[1];
    if (a.size() > 2) {
      SetYear(tm, std::stoll(a), a.size());
      tm->day = std::stoi(b);
    } else {
      tm->day = std::stoi(a);
      SetYear(tm, std::stoll(b), b.size());
    }
    tm->has_date = true;
  } else if (tm->month != 0 && !tm->has_date) {
    r.error = DtError::kSyntax;
    return r;
  }
  return r;
}

// Validates fields and applies BC, two-digit years and AM/PM.
DtError FinishFields(Tm* tm) {
  if (tm->has_date && !tm->julian) {
    if (tm->year_digits <= 2 && !tm->bc) tm->year += tm->year < 70 ? 2000 : 1900;
    if (tm->bc) {
      if (tm->year <= 0) return DtError::kRange;
      tm->year = 1 - tm->year;
    } else if (tm->year == 0) {
      return DtError::kRange;
    }
    if (tm->month < 1 || tm->month > 12) return DtError::kRangeHint;
    if (tm->day < 1 || tm->day > DaysInMonth(tm->year, tm->month)) return DtError::kRange;
  }
  if (tm->has_time) {
    if (tm->ampm != 0) {
      if (tm->hour < 0 || tm->hour > 12) return DtError::kRange;
      if (tm->ampm == 1 && tm->hour == 12) tm->hour = 0;
      if (tm->ampm == 2 && tm->hour != 12) tm->hour += 12;
    }
    if (tm->minute < 0 || tm->minute > 59 || tm->second < 0 || tm->second > 60 || tm->usec < 0 ||
        tm->usec > kMicrosPerSecond || tm->hour < 0 || tm->hour > 24 ||
        (tm->hour == 24 && (tm->minute > 0 || tm->second > 0 || tm->usec > 0))) {
      return DtError::kRange;
    }
  } else if (tm->ampm != 0) {
    return DtError::kSyntax;
  }
  return DtError::kNone;
}

int64_t TimeOfDayMicros(const Tm& tm) {
  return ((tm.hour * 60 + tm.minute) * 60 + tm.second) * kMicrosPerSecond + tm.usec;
}

Status DtStatus(DtResult r, std::string_view type_name, std::string_view text) {
  switch (r.error) {
    case DtError::kNone: return Status::Ok();
    case DtError::kSyntax:
      return Status::Error(sqlstate::kInvalidDatetimeFormat,
                           "invalid input syntax for type " + std::string(type_name) + ": \"" + std::string(text) + "\"");
    case DtError::kRange:
      return Status::Error(sqlstate::kDatetimeFieldOverflow,
                           "date/time field value out of range: \"" + std::string(text) + "\"");
    case DtError::kRangeHint:
      return Status::Error(sqlstate::kDatetimeFieldOverflow,
                           "date/time field value out of range: \"" + std::string(text) + "\"")
          .WithHint("Perhaps you need a different \"datestyle\" setting.");
    case DtError::kZoneRange:
      return Status::Error("22009", "time zone displacement out of range: \"" + std::string(text) + "\"");
    case DtError::kBadZone:
      return Status::Error(sqlstate::kInvalidParameterValue, "time zone \"" + r.bad_zone + "\" not recognized");
  }
  return Status::Ok();
}

// Tokenize + decode + finish.
Status ParseFields(std::string_view text, std::string_view type_name, Tm* tm, bool time_only = false) {
  tm->time_only = time_only;
  std::vector<Field> fields;
  if (!Tokenize(text, &fields) || fields.empty()) return DtStatus({DtError::kSyntax, ""}, type_name, text);
  DtResult r = DecodeFields(fields, tm);
  if (r.error == DtError::kNone) r.error = FinishFields(tm);
  return DtStatus(r, type_name, text);
}

int64_t RoundToPrecision(int64_t micros, int32_t typmod) {
  if (typmod < 0 || typmod >= 6) return micros;
  static constexpr int64_t kScales[] = {1000000, 100000, 10000, 1000, 100, 10};
  int64_t scale = kScales[typmod];
  int64_t offset = scale / 2;
  if (micros >= 0) return ((micros + offset) / scale) * scale;
  return -((((-micros) + offset) / scale) * scale);
}

// Local midnight of "today" +/- days, in the context's zone, as local micros.
int64_t LocalToday(const DateTimeContext* context) {
  int32_t off;
  int64_t local = UtcToLocal(NowFor(context), ZoneOf(context), &off);
  return FloorDiv(local, kMicrosPerDay) * kMicrosPerDay;
}

// The offset (seconds east of UTC) of a parsed value's zone for the local
// wall-clock time `local`: the literal's numeric offset, else its named zone's
// (or, without a zone, the session zone's) offset then, an abbreviation
// resolved as DetermineTimeZoneAbbrevOffset does.
int32_t OffsetEastFor(const Tm& tm, int64_t local, const TimeZone* session_zone) {
  if (tm.has_zone && !tm.zone_is_named) return tm.zone_offset;
  const TimeZone* zone = tm.has_zone ? tm.zone : session_zone;
  int32_t offset = OffsetForLocalMicros(local, zone);
  if (!tm.zone_abbreviation.empty()) {
    // DetermineTimeZoneAbbrevOffset: the abbreviation's meaning around that instant.
    int64_t utc_seconds = FloorDiv(local, kMicrosPerSecond) - kUnixEpochMicros / kMicrosPerSecond - offset;
    int32_t abbreviation_offset;
    if (zone->OffsetForAbbreviation(tm.zone_abbreviation, utc_seconds, &abbreviation_offset)) {
      offset = abbreviation_offset;
    }
  }
  return offset;
}

}  // namespace

// ---------------------------------------------------------------------------
// date

Result<int32_t> ParseDate(std::string_view text, const DateTimeContext* context) {
  Tm tm;
  RETURN_IF_ERROR(ParseFields(text, "date", &tm));
  if (!tm.special.empty()) {
    if (tm.has_date || tm.has_time) return DtStatus({DtError::kSyntax, ""}, "date", text);
    if (tm.special == "infinity") return kDateInfinity;
    if (tm.special == "-infinity") return kDateNegInfinity;
    if (tm.special == "epoch") return kUnixEpochDays;
    if (tm.special == "allballs") return DtStatus({DtError::kSyntax, ""}, "date", text);
    int64_t today = LocalToday(context) / kMicrosPerDay;
    if (tm.special == "tomorrow") ++today;
    if (tm.special == "yesterday") --today;
    return static_cast<int32_t>(today);
  }
  if (!tm.has_date) return DtStatus({DtError::kSyntax, ""}, "date", text);
  int64_t days = DaysFromCivil(tm.year, tm.month, tm.day);
  if (!DateInRange(days)) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "date out of range: \"" + std::string(text) + "\"");
  }
  return static_cast<int32_t>(days);
}

void AppendDate(int32_t days, std::string* out) {
  if (days == kDateInfinity) {
    out->append("infinity");
    return;
  }
  if (days == kDateNegInfinity) {
    out->append("-infinity");
    return;
  }
  int64_t y;
  int m, d;
  CivilFromDays(days, &y, &m, &d);
  AppendYmd(y, m, d, out);
  if (y <= 0) out->append(" BC");
}

// ---------------------------------------------------------------------------
// time

Result<int64_t> ParseTime(std::string_view text, int32_t typmod, const DateTimeContext* context) {
  Tm tm;
  RETURN_IF_ERROR(ParseFields(text, "time", &tm, /*time_only=*/true));
  if (!tm.special.empty()) {
    if (tm.has_time) return DtStatus({DtError::kSyntax, ""}, "time", text);
    if (tm.special == "allballs") return int64_t{0};
    if (tm.special == "now") {
      int32_t off;
      int64_t local = UtcToLocal(NowFor(context), ZoneOf(context), &off);
      return TimeApplyTypmod(local - FloorDiv(local, kMicrosPerDay) * kMicrosPerDay, typmod);
    }
    return DtStatus({DtError::kSyntax, ""}, "time", text);
  }
  if (!tm.has_time) return DtStatus({DtError::kSyntax, ""}, "time", text);
  int64_t t = TimeOfDayMicros(tm);
  if (t > kMicrosPerDay) {
    return DtStatus({DtError::kRange, ""}, "time", text);
  }
  return TimeApplyTypmod(t, typmod);
}

int64_t TimeApplyTypmod(int64_t micros, int32_t typmod) { return RoundToPrecision(micros, typmod); }

void AppendTime(int64_t micros, std::string* out) { AppendTimeOfDay(micros, out); }

// ---------------------------------------------------------------------------
// time with time zone

Result<int64_t> ParseTimeTz(std::string_view text, int32_t typmod, const DateTimeContext* context) {
  constexpr std::string_view kTypeName = "time with time zone";
  Tm tm;
  RETURN_IF_ERROR(ParseFields(text, kTypeName, &tm, /*time_only=*/true));
  const TimeZone* session_zone = ZoneOf(context);
  if (!tm.special.empty()) {
    if (tm.has_time) return DtStatus({DtError::kSyntax, ""}, kTypeName, text);
    if (tm.special == "allballs") return PackTimeTz({0, 0});
    if (tm.special == "now") return TimeTzApplyTypmod(TimestampTzToTimeTz(NowFor(context), context), typmod);
    return DtStatus({DtError::kSyntax, ""}, kTypeName, text);
  }
  if (!tm.has_time) return DtStatus({DtError::kSyntax, ""}, kTypeName, text);
  int64_t time = TimeOfDayMicros(tm);
  if (time > kMicrosPerDay) return DtStatus({DtError::kRange, ""}, kTypeName, text);
  // A zone with daylight-saving rules needs the date to know its offset
  // (DecodeTimeOnly); a fixed one, an abbreviation or the session zone
  // without a date take today's.
  if (tm.has_zone && tm.zone_is_named && tm.zone_abbreviation.empty() && !tm.zone->is_fixed() && !tm.has_date) {
    return DtStatus({DtError::kSyntax, ""}, kTypeName, text);
  }
  int64_t day = tm.has_date ? DaysFromCivil(tm.year, tm.month, tm.day) * kMicrosPerDay : LocalToday(context);
  int32_t offset_east = OffsetEastFor(tm, day + time, session_zone);
  return PackTimeTz({TimeApplyTypmod(time, typmod), -offset_east});
}

void AppendTimeTz(int64_t packed, std::string* out) {
  TimeTz t = UnpackTimeTz(packed);
  AppendTimeOfDay(t.time_us, out);
  AppendOffset(-t.zone_west_s, out);
}

int64_t TimeTzApplyTypmod(int64_t packed, int32_t typmod) {
  TimeTz t = UnpackTimeTz(packed);
  t.time_us = TimeApplyTypmod(t.time_us, typmod);
  return PackTimeTz(t);
}

int64_t TimeToTimeTz(int64_t time_us, const DateTimeContext* context) {
  return PackTimeTz({time_us, -OffsetForLocalMicros(LocalToday(context) + time_us, ZoneOf(context))});
}

int64_t TimestampTzToTimeTz(int64_t utc, const DateTimeContext* context) {
  int32_t offset_east;
  int64_t local = UtcToLocal(utc, ZoneOf(context), &offset_east);
  return PackTimeTz({local - FloorDiv(local, kMicrosPerDay) * kMicrosPerDay, -offset_east});
}

// ---------------------------------------------------------------------------
// timestamp / timestamptz

namespace {

Result<int64_t> ParseTimestampCommon(std::string_view text, int32_t typmod, const DateTimeContext* context,
                                     bool with_zone) {
  const std::string_view type_name = with_zone ? "timestamp with time zone" : "timestamp";
  Tm tm;
  RETURN_IF_ERROR(ParseFields(text, type_name, &tm));
  const TimeZone* session_zone = ZoneOf(context);
  int64_t local;
  if (!tm.special.empty()) {
    const std::string& sp = tm.special;
    if (sp == "infinity" || sp == "-infinity" || sp == "epoch" || sp == "now") {
      if (tm.has_date || tm.has_time) return DtStatus({DtError::kSyntax, ""}, type_name, text);
      if (sp == "infinity") return kTimestampInfinity;
      if (sp == "-infinity") return kTimestampNegInfinity;
      if (sp == "epoch") return kUnixEpochMicros;
      int64_t now = NowFor(context);
      if (with_zone) return now;
      int32_t off;
      return UtcToLocal(now, session_zone, &off);
    }
    if (sp == "allballs" || tm.has_date) return DtStatus({DtError::kSyntax, ""}, type_name, text);
    local = LocalToday(context);
    if (sp == "tomorrow") local += kMicrosPerDay;
    if (sp == "yesterday") local -= kMicrosPerDay;
    local += TimeOfDayMicros(tm);
  } else {
    if (!tm.has_date) return DtStatus({DtError::kSyntax, ""}, type_name, text);
    int64_t days = DaysFromCivil(tm.year, tm.month, tm.day);
    if (days < kMinDateDays - 1 || days > kMaxTimestampDays + 1) {
      return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range: \"" + std::string(text) + "\"");
    }
    local = days * kMicrosPerDay + TimeOfDayMicros(tm);
  }
  int64_t result = local;
  if (with_zone) result = local - int64_t{OffsetEastFor(tm, local, session_zone)} * kMicrosPerSecond;
  result = RoundToPrecision(result, typmod);
  if (!TimestampInRange(result)) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range: \"" + std::string(text) + "\"");
  }
  return result;
}

void AppendTimestampFields(int64_t local, std::string* out, const int32_t* offset) {
  int64_t days = FloorDiv(local, kMicrosPerDay);
  int64_t tod = local - days * kMicrosPerDay;
  int64_t y;
  int m, d;
  CivilFromDays(days, &y, &m, &d);
  AppendYmd(y, m, d, out);
  out->push_back(' ');
  AppendTimeOfDay(tod, out);
  if (offset != nullptr) AppendOffset(*offset, out);
  if (y <= 0) out->append(" BC");
}

}  // namespace

Result<int64_t> ParseTimestamp(std::string_view text, int32_t typmod, const DateTimeContext* context) {
  return ParseTimestampCommon(text, typmod, context, false);
}

Result<int64_t> ParseTimestampTz(std::string_view text, int32_t typmod, const DateTimeContext* context) {
  return ParseTimestampCommon(text, typmod, context, true);
}

void AppendTimestamp(int64_t micros, std::string* out) {
  if (micros == kTimestampInfinity) {
    out->append("infinity");
    return;
  }
  if (micros == kTimestampNegInfinity) {
    out->append("-infinity");
    return;
  }
  AppendTimestampFields(micros, out, nullptr);
}

void AppendTimestampTz(int64_t micros, std::string* out, const DateTimeContext* context) {
  if (micros == kTimestampInfinity || micros == kTimestampNegInfinity) {
    AppendTimestamp(micros, out);
    return;
  }
  int32_t offset;
  int64_t local = UtcToLocal(micros, ZoneOf(context), &offset);
  AppendTimestampFields(local, out, &offset);
}

Result<int64_t> TimestampApplyTypmod(int64_t micros, int32_t typmod) {
  if (micros == kTimestampInfinity || micros == kTimestampNegInfinity) return micros;
  int64_t r = RoundToPrecision(micros, typmod);
  if (!TimestampInRange(r)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range");
  return r;
}

// ---------------------------------------------------------------------------
// conversions

Result<int64_t> DateToTimestamp(int32_t days) {
  if (days == kDateInfinity) return kTimestampInfinity;
  if (days == kDateNegInfinity) return kTimestampNegInfinity;
  if (days > kMaxTimestampDays) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "date out of range for timestamp");
  }
  return int64_t{days} * kMicrosPerDay;
}

Result<int32_t> TimestampToDate(int64_t micros) {
  if (micros == kTimestampInfinity) return kDateInfinity;
  if (micros == kTimestampNegInfinity) return kDateNegInfinity;
  return static_cast<int32_t>(FloorDiv(micros, kMicrosPerDay));
}

Result<int64_t> TimestampToTimestampTz(int64_t local, const DateTimeContext* context) {
  if (local == kTimestampInfinity || local == kTimestampNegInfinity) return local;
  int32_t offset = OffsetForLocalMicros(local, ZoneOf(context));
  int64_t r = local - int64_t{offset} * kMicrosPerSecond;
  if (!TimestampInRange(r)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range");
  return r;
}

Result<int64_t> TimestampTzToTimestamp(int64_t utc, const DateTimeContext* context) {
  if (utc == kTimestampInfinity || utc == kTimestampNegInfinity) return utc;
  int32_t offset;
  int64_t r = UtcToLocal(utc, ZoneOf(context), &offset);
  if (!TimestampInRange(r)) return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range");
  return r;
}

int64_t TimestampToTime(int64_t micros) { return micros - FloorDiv(micros, kMicrosPerDay) * kMicrosPerDay; }

}  // namespace augur::types
