// to_char / to_timestamp / to_date: PostgreSQL's formatting.c templates.
//
// Date/time templates are parsed into nodes (keyword with FM/TH modifiers, or
// a literal character) and then rendered or matched. Number templates follow
// PostgreSQL's NUM_processor closely, because its padding and sign placement
// rules ("  .50", " <12>", "-12" vs " 12-") are hard to reproduce otherwise.
// Locale-dependent pieces use the C locale: decimal point ".", group
// separator ",", currency symbol " ", English month and day names.
#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "types/datetime.h"
#include "types/func_datetime.h"
#include "types/numeric.h"
#include "types/timezone.h"

namespace augur::types {
namespace {

// ---------------------------------------------------------------- date/time

enum class Key : uint8_t {
  kAD_dots, kAM_dots, kAD, kAM, kBC_dots, kBC, kCC, kDAY, kDDD, kDD, kDY, kDay, kDy, kD, kFF1, kFF2, kFF3, kFF4,
  kFF5, kFF6, kFX, kHH24, kHH12, kHH, kIDDD, kID, kIW, kIYYY, kIYY, kIY, kI, kJ, kMI, kMM, kMONTH, kMON, kMS,
  kMonth, kMon, kOF, kPM_dots, kPM, kQ, kRM, kSSSSS, kSSSS, kSS, kTZH, kTZM, kTZ, kUS, kWW, kW, kY_YYY, kYYYY,
  kYYY, kYY, kY, kad_dots, kam_dots, kad, kam, kbc_dots, kbc, kday, kdy, kmonth, kmon, kpm_dots, kpm, krm, ktz,
};

struct KeyWord {
  std::string_view text;
  Key key;
};

// Order matters: at each position the first match wins, so longer keywords
// come before their prefixes (as in PostgreSQL's DCH_keywords). Keywords whose
// case matters (Month, Day, AM, ...) are listed per spelling; the others also
// match in lower case.
constexpr KeyWord kKeywords[] = {
    {"A.D.", Key::kAD_dots}, {"A.M.", Key::kAM_dots}, {"AD", Key::kAD}, {"AM", Key::kAM},
    {"B.C.", Key::kBC_dots}, {"BC", Key::kBC}, {"CC", Key::kCC}, {"DAY", Key::kDAY}, {"DDD", Key::kDDD},
    {"DD", Key::kDD}, {"DY", Key::kDY}, {"Day", Key::kDay}, {"Dy", Key::kDy}, {"D", Key::kD}, {"FF1", Key::kFF1},
    {"FF2", Key::kFF2}, {"FF3", Key::kFF3}, {"FF4", Key::kFF4}, {"FF5", Key::kFF5}, {"FF6", Key::kFF6},
    {"FX", Key::kFX}, {"HH24", Key::kHH24}, {"HH12", Key::kHH12}, {"HH", Key::kHH}, {"IDDD", Key::kIDDD},
    {"ID", Key::kID}, {"IW", Key::kIW}, {"IYYY", Key::kIYYY}, {"IYY", Key::kIYY}, {"IY", Key::kIY},
    {"I", Key::kI}, {"J", Key::kJ}, {"MI", Key::kMI}, {"MM", Key::kMM}, {"MONTH", Key::kMONTH},
    {"MON", Key::kMON}, {"MS", Key::kMS}, {"Month", Key::kMonth}, {"Mon", Key::kMon}, {"OF", Key::kOF},
    {"P.M.", Key::kPM_dots}, {"PM", Key::kPM}, {"Q", Key::kQ}, {"RM", Key::kRM}, {"SSSSS", Key::kSSSSS},
    {"SSSS", Key::kSSSS}, {"SS", Key::kSS}, {"TZH", Key::kTZH}, {"TZM", Key::kTZM}, {"TZ", Key::kTZ},
    {"US", Key::kUS}, {"WW", Key::kWW}, {"W", Key::kW}, {"Y,YYY", Key::kY_YYY}, {"YYYY", Key::kYYYY},
    {"YYY", Key::kYYY}, {"YY", Key::kYY}, {"Y", Key::kY}, {"a.d.", Key::kad_dots}, {"a.m.", Key::kam_dots},
    {"ad", Key::kad}, {"am", Key::kam}, {"b.c.", Key::kbc_dots}, {"bc", Key::kbc}, {"cc", Key::kCC},
    {"day", Key::kday}, {"ddd", Key::kDDD}, {"dd", Key::kDD}, {"dy", Key::kdy}, {"d", Key::kD},
    {"ff1", Key::kFF1}, {"ff2", Key::kFF2}, {"ff3", Key::kFF3}, {"ff4", Key::kFF4}, {"ff5", Key::kFF5},
    {"ff6", Key::kFF6}, {"fx", Key::kFX}, {"hh24", Key::kHH24}, {"hh12", Key::kHH12}, {"hh", Key::kHH},
    {"iddd", Key::kIDDD}, {"id", Key::kID}, {"iw", Key::kIW}, {"iyyy", Key::kIYYY}, {"iyy", Key::kIYY},
    {"iy", Key::kIY}, {"i", Key::kI}, {"j", Key::kJ}, {"mi", Key::kMI}, {"mm", Key::kMM},
    {"month", Key::kmonth}, {"mon", Key::kmon}, {"ms", Key::kMS}, {"of", Key::kOF}, {"p.m.", Key::kpm_dots},
    {"pm", Key::kpm}, {"q", Key::kQ}, {"rm", Key::krm}, {"sssss", Key::kSSSSS}, {"ssss", Key::kSSSS},
    {"ss", Key::kSS}, {"tz", Key::ktz}, {"us", Key::kUS}, {"ww", Key::kWW}, {"w", Key::kW},
    {"y,yyy", Key::kY_YYY}, {"yyyy", Key::kYYYY}, {"yyy", Key::kYYY}, {"yy", Key::kYY}, {"y", Key::kY},
};

struct FormatNode {
  bool is_keyword = false;
  Key key{};
  bool fill_mode = false;   // FM prefix
  int ordinal_suffix = 0;   // 1: TH, 2: th
  std::string text;         // literal character(s)
  bool is_space = false;
  bool is_separator = false;
};

bool IsSeparatorChar(char c) {
  // PostgreSQL's is_separator_char: ASCII punctuation that is not a letter/digit.
  return c != '\0' && static_cast<unsigned char>(c) < 0x80 && !std::isalnum(static_cast<unsigned char>(c)) &&
         !std::isspace(static_cast<unsigned char>(c));
}

int Utf8Length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if ((lead & 0xe0) == 0xc0) return 2;
  if ((lead & 0xf0) == 0xe0) return 3;
  if ((lead & 0xf8) == 0xf0) return 4;
  return 1;
}

std::vector<FormatNode> ParseDateTimeFormat(std::string_view format) {
  std::vector<FormatNode> nodes;
  size_t i = 0;
  while (i < format.size()) {
    std::string_view rest = format.substr(i);
    bool fill_mode = false;
    if (rest.starts_with("FM") || rest.starts_with("fm")) {
      fill_mode = true;
      rest.remove_prefix(2);
    } else if (rest.starts_with("TM") || rest.starts_with("tm")) {
      rest.remove_prefix(2);  // translation mode: English names anyway
    }
    const KeyWord* match = nullptr;
    for (const KeyWord& k : kKeywords) {
      if (rest.starts_with(k.text)) {
        match = &k;
        break;
      }
    }
    if (match != nullptr) {
      FormatNode node;
      node.is_keyword = true;
      node.key = match->key;
      node.fill_mode = fill_mode;
      rest.remove_prefix(match->text.size());
      if (rest.starts_with("TH")) {
        node.ordinal_suffix = 1;
        rest.remove_prefix(2);
      } else if (rest.starts_with("th")) {
        node.ordinal_suffix = 2;
        rest.remove_prefix(2);
      }
      nodes.push_back(std::move(node));
      i = format.size() - rest.size();
      continue;
    }
    // Not a keyword: literal text (a lone FM/TM prefix is dropped, as in PostgreSQL).
    if (fill_mode || format.substr(i).starts_with("TM") || format.substr(i).starts_with("tm")) {
      i += 2;
      continue;
    }
    char c = format[i];
    if (c == '"') {
      ++i;
      while (i < format.size()) {
        if (format[i] == '"') {
          ++i;
          break;
        }
        if (format[i] == '\\' && i + 1 < format.size()) ++i;
        int len = Utf8Length(static_cast<unsigned char>(format[i]));
        FormatNode node;
        node.text = std::string(format.substr(i, len));
        nodes.push_back(std::move(node));
        i += len;
      }
      continue;
    }
    if (c == '\\' && i + 1 < format.size() && format[i + 1] == '"') ++i;
    int len = Utf8Length(static_cast<unsigned char>(format[i]));
    FormatNode node;
    node.text = std::string(format.substr(i, len));
    node.is_space = std::isspace(static_cast<unsigned char>(format[i])) != 0;
    node.is_separator = IsSeparatorChar(format[i]);
    nodes.push_back(std::move(node));
    i += len;
  }
  return nodes;
}

constexpr const char* kMonthNames[] = {"January", "February", "March",     "April",   "May",      "June",
                                       "July",    "August",   "September", "October", "November", "December"};
constexpr const char* kDayNames[] = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
constexpr const char* kRomanMonths[] = {"XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"};

std::string Upper(std::string s) {
  for (char& c : s) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return s;
}
std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

void AppendOrdinal(std::string* s, int which) {
  // str_numth: suffix from the last digits of the number just written.
  size_t end = s->size();
  if (end == 0) return;
  char last = (*s)[end - 1];
  bool teen = end >= 2 && (*s)[end - 2] == '1';
  const char* suffix = "th";
  if (!teen) {
    if (last == '1') suffix = "st";
    if (last == '2') suffix = "nd";
    if (last == '3') suffix = "rd";
  }
  s->append(which == 1 ? Upper(suffix) : std::string(suffix));
}

std::string Printf(const char* format, long long width, long long value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, format, static_cast<int>(width), value);
  return buf;
}

// The broken-down value to_char renders (PostgreSQL's struct pg_tm + fsec).
struct ToCharInput {
  int64_t year = 0;  // astronomical (intervals: plain years)
  int64_t month = 0;
  int64_t day = 0;
  int64_t hour = 0;
  int64_t minute = 0;
  int64_t second = 0;
  int64_t fsec = 0;
  int64_t year_day = 0;
  int week_day = 0;  // 0 = Sunday
  bool is_interval = false;
  bool has_zone = false;  // timestamptz: TZ prints the zone's abbreviation
  int32_t zone_offset = 0;  // seconds east (TZH, TZM, OF)
  std::string zone_abbreviation;
};

int64_t AdjustYear(int64_t year, bool is_interval) { return is_interval ? year : (year <= 0 ? -(year - 1) : year); }

Status InvalidForInterval() {
  return Status::Error(sqlstate::kInvalidDatetimeFormat, "invalid format specification for an interval value")
      .WithHint("Intervals are not tied to specific calendar dates.");
}

Status RenderDateTime(const std::vector<FormatNode>& nodes, const ToCharInput& in, std::string* out) {
  for (const FormatNode& n : nodes) {
    if (!n.is_keyword) {
      out->append(n.text);
      continue;
    }
    std::string s;
    bool fm = n.fill_mode;
    // Fields that may be negative in an interval widen by one for the sign;
    // the others (DD, DDD, WW, IW, IDDD) print as PostgreSQL's plain %0*d.
    auto num = [&](int width, int64_t v) { s = Printf("%0*lld", fm ? 0 : (v >= 0 ? width : width + 1), v); };
    auto num_plain = [&](int width, int64_t v) { s = Printf("%0*lld", fm ? 0 : width, v); };
    auto is_pm = in.hour % 24 >= 12;
    bool bc = in.year <= 0;
    switch (n.key) {
      case Key::kAM: case Key::kPM: s = is_pm ? "PM" : "AM"; break;
      case Key::kam: case Key::kpm: s = is_pm ? "pm" : "am"; break;
      case Key::kAM_dots: case Key::kPM_dots:
        s = is_pm ? "P.M." : "A.M.";
        break;
      case Key::kam_dots: case Key::kpm_dots:
        s = is_pm ? "p.m." : "a.m.";
        break;
      case Key::kAD: case Key::kBC: if (in.is_interval) return InvalidForInterval(); s = bc ? "BC" : "AD"; break;
      case Key::kad: case Key::kbc: if (in.is_interval) return InvalidForInterval(); s = bc ? "bc" : "ad"; break;
      case Key::kAD_dots: case Key::kBC_dots:
        if (in.is_interval) return InvalidForInterval();
        s = bc ? "B.C." : "A.D.";
        break;
      case Key::kad_dots: case Key::kbc_dots:
        if (in.is_interval) return InvalidForInterval();
        s = bc ? "b.c." : "a.d.";
        break;
      case Key::kHH: case Key::kHH12: num(2, in.hour % 12 == 0 ? 12 : in.hour % 12); break;
      case Key::kHH24: num(2, in.hour); break;
      case Key::kMI: num(2, in.minute); break;
      case Key::kSS: num(2, in.second); break;
      case Key::kFF1: s = Printf("%0*lld", 1, in.fsec / 100000); break;
      case Key::kFF2: s = Printf("%0*lld", 2, in.fsec / 10000); break;
      case Key::kFF3: case Key::kMS: s = Printf("%0*lld", 3, in.fsec / 1000); break;
      case Key::kFF4: s = Printf("%0*lld", 4, in.fsec / 100); break;
      case Key::kFF5: s = Printf("%0*lld", 5, in.fsec / 10); break;
      case Key::kFF6: case Key::kUS: s = Printf("%0*lld", 6, in.fsec); break;
      case Key::kSSSS: case Key::kSSSSS: s = std::to_string(in.hour * 3600 + in.minute * 60 + in.second); break;
      case Key::kTZ: case Key::ktz:
        if (in.is_interval) return InvalidForInterval();
        if (in.has_zone) s = n.key == Key::kTZ ? Upper(in.zone_abbreviation) : Lower(in.zone_abbreviation);
        break;
      case Key::kTZH: {
        if (in.is_interval) return InvalidForInterval();
        int32_t a = std::abs(in.zone_offset);
        s = (in.zone_offset >= 0 ? "+" : "-") + Printf("%0*lld", 2, a / 3600);
        break;
      }
      case Key::kTZM: {
        if (in.is_interval) return InvalidForInterval();
        s = Printf("%0*lld", 2, (std::abs(in.zone_offset) % 3600) / 60);
        break;
      }
      case Key::kOF: {
        if (in.is_interval) return InvalidForInterval();
        int32_t a = std::abs(in.zone_offset);
        s = (in.zone_offset >= 0 ? "+" : "-") + Printf("%0*lld", fm ? 0 : 2, a / 3600);
        if (a % 3600 != 0) s += ":" + Printf("%0*lld", 2, (a % 3600) / 60);
        break;
      }
      case Key::kMONTH: case Key::kMonth: case Key::kmonth: {
        if (in.is_interval) return InvalidForInterval();
        if (in.month == 0) break;
        std::string name = kMonthNames[in.month - 1];
        if (n.key == Key::kMONTH) name = Upper(name);
        if (n.key == Key::kmonth) name = Lower(name);
        char buf[32];
        std::snprintf(buf, sizeof buf, "%*s", fm ? 0 : -9, name.c_str());
        s = buf;
        break;
      }
      case Key::kMON: case Key::kMon: case Key::kmon: {
        if (in.is_interval) return InvalidForInterval();
        if (in.month == 0) break;
        std::string name = std::string(kMonthNames[in.month - 1]).substr(0, 3);
        if (n.key == Key::kMON) name = Upper(name);
        if (n.key == Key::kmon) name = Lower(name);
        s = name;
        break;
      }
      case Key::kMM: num(2, in.month); break;
      case Key::kDAY: case Key::kDay: case Key::kday: {
        if (in.is_interval) return InvalidForInterval();
        std::string name = kDayNames[in.week_day];
        if (n.key == Key::kDAY) name = Upper(name);
        if (n.key == Key::kday) name = Lower(name);
        char buf[32];
        std::snprintf(buf, sizeof buf, "%*s", fm ? 0 : -9, name.c_str());
        s = buf;
        break;
      }
      case Key::kDY: case Key::kDy: case Key::kdy: {
        if (in.is_interval) return InvalidForInterval();
        std::string name = std::string(kDayNames[in.week_day]).substr(0, 3);
        if (n.key == Key::kDY) name = Upper(name);
        if (n.key == Key::kdy) name = Lower(name);
        s = name;
        break;
      }
      case Key::kDDD: num_plain(3, in.year_day); break;
      case Key::kIDDD: {
        int32_t date = DateToJulianDay(static_cast<int32_t>(in.year), static_cast<int32_t>(in.month),
                                       static_cast<int32_t>(in.day)) - kPostgresEpochJulianDay;
        Result<std::optional<Numeric>> week = ExtractDate("week", date);
        int64_t week_number = week.ok() && week->has_value() ? static_cast<int64_t>((*week)->coefficient) : 1;
        int week_day = static_cast<int>(((int64_t{date} + kPostgresEpochJulianDay + 1) % 7 + 7) % 7);
        num_plain(3, (week_number - 1) * 7 + (week_day == 0 ? 7 : week_day));
        break;
      }
      case Key::kDD: num_plain(2, in.day); break;
      case Key::kD: if (in.is_interval) return InvalidForInterval(); s = std::to_string(in.week_day + 1); break;
      case Key::kID: if (in.is_interval) return InvalidForInterval(); s = std::to_string(in.week_day == 0 ? 7 : in.week_day); break;
      case Key::kWW: num_plain(2, (in.year_day - 1) / 7 + 1); break;
      case Key::kIW: {
        int32_t date = DateToJulianDay(static_cast<int32_t>(in.year), static_cast<int32_t>(in.month),
                                       static_cast<int32_t>(in.day)) - kPostgresEpochJulianDay;
        Result<std::optional<Numeric>> week = ExtractDate("week", date);
        num_plain(2, week.ok() && week->has_value() ? static_cast<int64_t>((*week)->coefficient) : 0);
        break;
      }
      case Key::kQ: if (in.month == 0) break; s = std::to_string((in.month - 1) / 3 + 1); break;
      case Key::kCC: {
        int64_t c = in.is_interval ? in.year / 100 : (in.year > 0 ? (in.year - 1) / 100 + 1 : in.year / 100 - 1);
        if (c <= 99 && c >= -99) {
          num(2, c);
        } else {
          s = std::to_string(c);
        }
        break;
      }
      case Key::kY_YYY: {
        int64_t y = AdjustYear(in.year, in.is_interval);
        int64_t thousands = y / 1000;
        char buf[48];
        std::snprintf(buf, sizeof buf, "%lld,%03lld", static_cast<long long>(thousands),
                      static_cast<long long>(y - thousands * 1000));
        s = buf;
        break;
      }
      case Key::kYYYY: case Key::kIYYY: {
        int64_t y = in.year;
        if (n.key == Key::kIYYY) {
          int32_t date = DateToJulianDay(static_cast<int32_t>(in.year), static_cast<int32_t>(in.month),
                                         static_cast<int32_t>(in.day)) - kPostgresEpochJulianDay;
          Result<std::optional<Numeric>> iso = ExtractDate("isoyear", date);
          y = iso.ok() && iso->has_value() ? static_cast<int64_t>((*iso)->coefficient) : y;
          if (y < 0) y += 1;  // back to astronomical
        }
        int64_t shown = AdjustYear(y, in.is_interval);
        if (y <= 9999 && y >= -9998) {
          s = Printf("%0*lld", fm ? 0 : (shown >= 0 ? 4 : 5), shown);
        } else {
          s = std::to_string(shown);
        }
        break;
      }
      case Key::kYYY: case Key::kIYY: case Key::kYY: case Key::kIY: case Key::kY: case Key::kI: {
        int64_t y = in.year;
        bool iso = n.key == Key::kIYY || n.key == Key::kIY || n.key == Key::kI;
        if (iso) {
          int32_t date = DateToJulianDay(static_cast<int32_t>(in.year), static_cast<int32_t>(in.month),
                                         static_cast<int32_t>(in.day)) - kPostgresEpochJulianDay;
          Result<std::optional<Numeric>> r = ExtractDate("isoyear", date);
          y = r.ok() && r->has_value() ? static_cast<int64_t>((*r)->coefficient) : y;
          if (y < 0) y += 1;
        }
        int64_t shown = AdjustYear(y, in.is_interval);
        if (n.key == Key::kYYY || n.key == Key::kIYY) {
          s = Printf("%0*lld", fm ? 0 : (shown >= 0 ? 3 : 4), shown % 1000);
        } else if (n.key == Key::kYY || n.key == Key::kIY) {
          s = Printf("%0*lld", fm ? 0 : (shown >= 0 ? 2 : 3), shown % 100);
        } else {
          s = Printf("%*lld", 1, shown % 10);
        }
        break;
      }
      case Key::kRM: case Key::krm: {
        if (in.month == 0) break;
        std::string roman = kRomanMonths[12 - in.month];
        if (n.key == Key::krm) roman = Lower(roman);
        char buf[16];
        std::snprintf(buf, sizeof buf, "%*s", fm ? 0 : -4, roman.c_str());
        s = buf;
        break;
      }
      case Key::kW: s = std::to_string((in.day - 1) / 7 + 1); break;
      case Key::kJ: {
        s = std::to_string(DateToJulianDay(static_cast<int32_t>(in.year), static_cast<int32_t>(in.month),
                                           static_cast<int32_t>(in.day)));
        break;
      }
      case Key::kFX: break;
    }
    if (n.ordinal_suffix != 0 && !s.empty() && std::isdigit(static_cast<unsigned char>(s.back()))) {
      AppendOrdinal(&s, n.ordinal_suffix);
    }
    out->append(s);
  }
  return Status::Ok();
}

Result<bool> ToCharTimestampCommon(int64_t ts, std::string_view format, bool has_zone, std::string* out) {
  if (format.empty() || ts == kTimestampInfinity || ts == kTimestampNegInfinity) return false;  // NULL
  ToCharInput in;
  if (has_zone) {
    // The session time zone's wall clock, offset and abbreviation.
    const TimeZone* zone = ZoneOf();
    ts = UtcToLocalMicros(ts, zone, &in.zone_offset);
    int64_t utc_us = ts - int64_t{in.zone_offset} * kMicrosPerSecond;
    int64_t utc_seconds = utc_us / kMicrosPerSecond - (utc_us % kMicrosPerSecond < 0 ? 1 : 0);
    in.zone_abbreviation = zone->AbbreviationAtUtc(utc_seconds - kUnixEpochMicros / kMicrosPerSecond);
  }
  ASSIGN_OR_RETURN(DateTimeFields f, TimestampToFields(ts));
  in.year = f.year;
  in.month = f.month;
  in.day = f.day;
  in.hour = f.hour;
  in.minute = f.minute;
  in.second = f.second;
  in.fsec = f.microsecond;
  int32_t jd = DateToJulianDay(f.year, f.month, f.day);
  in.year_day = jd - DateToJulianDay(f.year, 1, 1) + 1;
  in.week_day = (jd + 1) % 7;
  in.has_zone = has_zone;
  RETURN_IF_ERROR(RenderDateTime(ParseDateTimeFormat(format), in, out));
  return true;
}

}  // namespace

Result<bool> ToCharTimestamp(int64_t ts, std::string_view format, std::string* out) {
  return ToCharTimestampCommon(ts, format, false, out);
}

Result<bool> ToCharTimestampTz(int64_t ts, std::string_view format, std::string* out) {
  return ToCharTimestampCommon(ts, format, true, out);
}

Result<bool> ToCharInterval(const Interval& v, std::string_view format, std::string* out) {
  if (format.empty()) return false;
  ToCharInput in;
  in.is_interval = true;
  in.year = v.months / 12;
  in.month = v.months % 12;
  in.day = v.days;
  int64_t time = v.time_us;
  in.hour = time / (3600 * kMicrosPerSecond);
  time -= in.hour * 3600 * kMicrosPerSecond;
  in.minute = time / (60 * kMicrosPerSecond);
  time -= in.minute * 60 * kMicrosPerSecond;
  in.second = time / kMicrosPerSecond;
  in.fsec = time - in.second * kMicrosPerSecond;
  in.year_day = (in.year * 12 + in.month) * 30 + in.day;
  RETURN_IF_ERROR(RenderDateTime(ParseDateTimeFormat(format), in, out));
  return true;
}

// ---------------------------------------------------------------- numbers

namespace {

enum class NumKey : uint8_t { kComma, kDec, k0, k9, kB, kD, kFM, kG, kL, kMI, kPL, kPR, kS, kSG, kTH, kth, kV };

struct NumNode {
  bool is_keyword = false;
  NumKey key{};
  std::string text;
};

struct NumDesc {
  int pre = 0;
  int post = 0;
  int lsign = 0;  // 0 none, 1 pre, 2 post
  int pre_lsign_num = 0;
  int zero_start = 0;
  int zero_end = 0;
  bool decimal = false, zero = false, fill_mode = false, bracket = false, minus = false, plus = false,
       lsign_flag = false, multi = false;
  int multi_count = 0;
};

struct NumKeyWord {
  std::string_view text;
  NumKey key;
};
constexpr NumKeyWord kNumKeywords[] = {
    {",", NumKey::kComma}, {".", NumKey::kDec}, {"0", NumKey::k0}, {"9", NumKey::k9}, {"B", NumKey::kB},
    {"D", NumKey::kD},     {"FM", NumKey::kFM}, {"G", NumKey::kG}, {"L", NumKey::kL}, {"MI", NumKey::kMI},
    {"PL", NumKey::kPL},   {"PR", NumKey::kPR}, {"SG", NumKey::kSG}, {"S", NumKey::kS}, {"TH", NumKey::kTH},
    {"V", NumKey::kV},     {"b", NumKey::kB},   {"d", NumKey::kD}, {"fm", NumKey::kFM}, {"g", NumKey::kG},
    {"l", NumKey::kL},     {"mi", NumKey::kMI}, {"pl", NumKey::kPL}, {"pr", NumKey::kPR}, {"sg", NumKey::kSG},
    {"s", NumKey::kS},     {"th", NumKey::kth}, {"v", NumKey::kV},
};

Status NumFormatError(std::string message) { return Status::Error(sqlstate::kSyntaxError, std::move(message)); }

Result<std::vector<NumNode>> ParseNumberFormat(std::string_view format, NumDesc* d) {
  std::vector<NumNode> nodes;
  size_t i = 0;
  while (i < format.size()) {
    std::string_view rest = format.substr(i);
    // Scientific notation and Roman numerals are not implemented; refuse them
    // rather than print something PostgreSQL would not.
    if (rest.starts_with("EEEE") || rest.starts_with("eeee") || rest.starts_with("RN") || rest.starts_with("rn")) {
      return Status::NotSupported(std::string("to_char format \"") + std::string(rest.substr(0, rest[0] == 'E' || rest[0] == 'e' ? 4 : 2)) + "\"");
    }
    const NumKeyWord* match = nullptr;
    for (const NumKeyWord& k : kNumKeywords) {
      if (rest.starts_with(k.text)) {
        match = &k;
        break;
      }
    }
    if (match == nullptr) {
      if (format[i] == '"') {
        ++i;
        while (i < format.size() && format[i] != '"') {
          if (format[i] == '\\' && i + 1 < format.size()) ++i;
          int len = Utf8Length(static_cast<unsigned char>(format[i]));
          nodes.push_back(NumNode{false, {}, std::string(format.substr(i, len))});
          i += len;
        }
        if (i < format.size()) ++i;
        continue;
      }
      if (format[i] == '\\' && i + 1 < format.size() && format[i + 1] == '"') ++i;
      int len = Utf8Length(static_cast<unsigned char>(format[i]));
      nodes.push_back(NumNode{false, {}, std::string(format.substr(i, len))});
      i += len;
      continue;
    }
    i += match->text.size();
    switch (match->key) {
      case NumKey::k9:
        if (d->bracket) return NumFormatError("\"9\" must be ahead of \"PR\"");
        if (d->multi) {
          ++d->multi_count;
          break;
        }
        if (d->decimal) ++d->post; else ++d->pre;
        break;
      case NumKey::k0:
        if (d->bracket) return NumFormatError("\"0\" must be ahead of \"PR\"");
        if (!d->zero && !d->decimal) {
          d->zero = true;
          d->zero_start = d->pre + 1;
        }
        if (!d->decimal) ++d->pre; else ++d->post;
        d->zero_end = d->pre + d->post;
        break;
      case NumKey::kD:
      case NumKey::kDec:
        if (d->decimal) return NumFormatError("multiple decimal points");
        d->decimal = true;
        break;
      case NumKey::kFM: d->fill_mode = true; break;
      case NumKey::kS:
        if (d->lsign_flag) return NumFormatError("cannot use \"S\" twice");
        if (d->plus || d->minus || d->bracket) {
          return NumFormatError("cannot use \"S\" and \"PL\"/\"MI\"/\"SG\"/\"PR\" together");
        }
        if (!d->decimal) {
          d->lsign = 1;
          d->pre_lsign_num = d->pre;
          d->lsign_flag = true;
        } else if (d->lsign == 0) {
          d->lsign = 2;
          d->lsign_flag = true;
        }
        break;
      case NumKey::kMI:
        if (d->lsign_flag) return NumFormatError("cannot use \"S\" and \"MI\" together");
        d->minus = true;
        break;
      case NumKey::kPL:
        if (d->lsign_flag) return NumFormatError("cannot use \"S\" and \"PL\" together");
        d->plus = true;
        break;
      case NumKey::kSG:
        if (d->lsign_flag) return NumFormatError("cannot use \"S\" and \"SG\" together");
        d->minus = true;
        d->plus = true;
        break;
      case NumKey::kPR:
        if (d->lsign_flag || d->plus || d->minus) {
          return NumFormatError("cannot use \"PR\" and \"S\"/\"PL\"/\"MI\"/\"SG\" together");
        }
        d->bracket = true;
        break;
      case NumKey::kV:
        if (d->decimal) return NumFormatError("cannot use \"V\" and decimal point together");
        d->multi = true;
        break;
      default: break;
    }
    nodes.push_back(NumNode{true, match->key, {}});
  }
  return nodes;
}

// PostgreSQL's NUM_processor (to_char direction) over a prepared digit string
// `number` ("123.45" without sign, or "###.##" on overflow).
std::string NumProcess(const std::vector<NumNode>& nodes, NumDesc d, const std::string& number, char sign,
                       int out_pre_spaces) {
  std::string out;
  bool sign_wrote;
  if (d.plus || d.minus) {
    sign_wrote = !(d.plus && !d.minus);
  } else {
    if (sign != '-' && d.fill_mode) d.bracket = false;
    sign_wrote = sign == '+' && d.fill_mode && !d.lsign_flag;
    if (d.lsign == 1 && d.pre == d.pre_lsign_num) d.lsign = 2;
  }
  if (d.zero_start > 0) --d.zero_start;
  int num_count = d.post + d.pre - 1;
  long last_relevant = -1;  // index into number
  if (d.fill_mode && d.decimal) {
    size_t point = number.find('.');
    if (point != std::string::npos) {
      last_relevant = static_cast<long>(point);
      for (size_t p = point + 1; p < number.size(); ++p) {
        if (number[p] != '0') last_relevant = static_cast<long>(p);
      }
      if (d.zero_end > out_pre_spaces) {
        long last_zero = std::min(static_cast<long>(number.size()) - 1, static_cast<long>(d.zero_end - out_pre_spaces));
        if (last_relevant < last_zero) last_relevant = last_zero;
      }
    }
  }
  if (!sign_wrote && out_pre_spaces == 0) ++num_count;
  bool num_in = false;
  int num_curr = 0;
  size_t number_p = 0;
  auto at = [&](long i) -> char { return i >= 0 && static_cast<size_t>(i) < number.size() ? number[i] : '\0'; };
  auto predec_space = [&]() {
    return !d.zero && number_p == 0 && !number.empty() && number[0] == '0' && d.post != 0;
  };

  auto numpart = [&](NumKey id) {
    num_in = false;
    if (!sign_wrote && (num_curr >= out_pre_spaces || (d.zero && d.zero_start == num_curr)) &&
        (!predec_space() || (last_relevant >= 0 && at(last_relevant) == '.'))) {
      if (d.lsign_flag) {
        if (d.lsign == 1) {
          out.push_back(sign == '-' ? '-' : '+');
          sign_wrote = true;
        }
      } else if (d.bracket) {
        out.push_back(sign == '+' ? ' ' : '<');
        sign_wrote = true;
      } else if (sign == '+') {
        if (!d.fill_mode) out.push_back(' ');
        sign_wrote = true;
      } else if (sign == '-') {
        out.push_back('-');
        sign_wrote = true;
      }
    }
    if (num_curr < out_pre_spaces && (d.zero_start > num_curr || !d.zero)) {
      if (!d.fill_mode) out.push_back(' ');
    } else if (d.zero && num_curr < out_pre_spaces && d.zero_start <= num_curr) {
      out.push_back('0');
      num_in = true;
    } else {
      if (at(static_cast<long>(number_p)) == '.') {
        if (last_relevant < 0 || at(last_relevant) != '.') {
          out.push_back('.');
        } else if (d.fill_mode && last_relevant >= 0 && at(last_relevant) == '.') {
          out.push_back('.');
        }
      } else {
        if (last_relevant >= 0 && static_cast<long>(number_p) > last_relevant && id != NumKey::k0) {
          // trailing zero suppressed by FM
        } else if (predec_space()) {
          if (!d.fill_mode) {
            out.push_back(' ');
          } else if (last_relevant >= 0 && at(last_relevant) == '.') {
            out.push_back('0');
          }
        } else {
          out.push_back(at(static_cast<long>(number_p)));
          num_in = true;
        }
      }
      if (number_p < number.size()) ++number_p;
    }
    int end = num_count + (out_pre_spaces ? 1 : 0) + (d.decimal ? 1 : 0);
    if (last_relevant >= 0 && static_cast<size_t>(last_relevant) == number_p) end = num_curr;
    if (num_curr + 1 == end) {
      if (sign_wrote && d.bracket) {
        out.push_back(sign == '+' ? ' ' : '>');
      } else if (d.lsign_flag && d.lsign == 2) {
        out.push_back(sign == '-' ? '-' : '+');
      }
    }
    ++num_curr;
  };

  for (const NumNode& n : nodes) {
    if (!n.is_keyword) {
      out.append(n.text);
      continue;
    }
    switch (n.key) {
      case NumKey::k9: case NumKey::k0: case NumKey::kDec: case NumKey::kD: numpart(n.key); break;
      case NumKey::kComma:
        if (!num_in) {
          if (!d.fill_mode) out.push_back(' ');
        } else {
          out.push_back(',');
        }
        break;
      case NumKey::kG:
        if (!num_in) {
          if (!d.fill_mode) out.push_back(' ');
        } else {
          out.push_back(',');
        }
        break;
      case NumKey::kL: out.push_back(' '); break;
      case NumKey::kMI:
        if (sign == '-') out.push_back('-');
        else if (!d.fill_mode) out.push_back(' ');
        break;
      case NumKey::kPL:
        if (sign == '+') out.push_back('+');
        else if (!d.fill_mode) out.push_back(' ');
        break;
      case NumKey::kSG: out.push_back(sign); break;
      case NumKey::kTH: case NumKey::kth: {
        // Ordinal suffix of the integer digits (get_th); not for negatives,
        // decimals or overflowed ('#') numbers.
        if (number.empty() || number[0] == '#' || sign == '-' || d.decimal) break;
        size_t len = number.size();
        char last = number[len - 1];
        if (len > 1 && number[len - 2] == '1') last = '0';
        const char* suffix = last == '1' ? "st" : last == '2' ? "nd" : last == '3' ? "rd" : "th";
        std::string th = suffix;
        if (n.key == NumKey::kTH) {
          for (char& c : th) c = static_cast<char>(c - ('a' - 'A'));
        }
        out.append(th);
        break;
      }
      default: break;
    }
  }
  // PostgreSQL writes the digit string's terminating NUL when the template
  // has more positions than the number has digits, which ends its C string.
  size_t nul = out.find('\0');
  if (nul != std::string::npos) out.resize(nul);
  return out;
}

// Shared tail: given the unsigned digit string "123.45" (already rounded to
// d.post digits) and the sign, pad or overflow, then run the processor.
Status FinishNumber(const std::vector<NumNode>& nodes, const NumDesc& d, std::string digits, char sign,
                    std::string* out) {
  size_t point = digits.find('.');
  int pre_len = static_cast<int>(point == std::string::npos ? digits.size() : point);
  int out_pre_spaces = 0;
  if (pre_len < d.pre) {
    out_pre_spaces = d.pre - pre_len;
  } else if (pre_len > d.pre) {
    digits.assign(static_cast<size_t>(d.pre + d.post + 1), '#');
    digits[static_cast<size_t>(d.pre)] = '.';
  }
  out->append(NumProcess(nodes, d, digits, sign, out_pre_spaces));
  return Status::Ok();
}

}  // namespace

namespace {

// A format that is only Roman numerals ("RN", "FMRN", "rn"): PostgreSQL's
// int_to_roman, 15 characters wide unless FM, '#' x 15 outside 1..3999.
bool RomanOnlyFormat(std::string_view format, bool* fill_mode, bool* lower) {
  *fill_mode = false;
  if (format.size() >= 2 && (format.substr(0, 2) == "FM" || format.substr(0, 2) == "fm")) {
    *fill_mode = true;
    format.remove_prefix(2);
  }
  if (format != "RN" && format != "rn") return false;
  *lower = format == "rn";
  return true;
}
void AppendRoman(int64_t number, bool fill_mode, bool lower, std::string* out) {
  std::string roman;
  if (number < 1 || number > 3999) {
    roman.assign(15, '#');
  } else {
    static constexpr const char* kThousands[] = {"", "M", "MM", "MMM"};
    static constexpr const char* kHundreds[] = {"", "C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};
    static constexpr const char* kTens[] = {"", "X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    static constexpr const char* kOnes[] = {"", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    roman = std::string(kThousands[number / 1000]) + kHundreds[number / 100 % 10] + kTens[number / 10 % 10] +
            kOnes[number % 10];
    if (lower) roman = Lower(roman);
  }
  if (!fill_mode && roman.size() < 15) out->append(15 - roman.size(), ' ');
  out->append(roman);
}
Status RomanIntegerOutOfRange() { return Status::Error(sqlstate::kNumericValueOutOfRange, "integer out of range"); }

}  // namespace

Status ToCharNumeric(const Numeric& value, std::string_view format, std::string* out) {
  bool roman_fm, roman_lower;
  if (RomanOnlyFormat(format, &roman_fm, &roman_lower)) {
    ASSIGN_OR_RETURN(Numeric rounded, NumericRound(value, 0));
    if (!rounded.is_small()) return RomanIntegerOutOfRange();  // NaN, infinite, or beyond 38 digits
    int128_t c = rounded.coefficient;
    for (int k = 0; k < rounded.scale; ++k) c /= 10;
    if (c > INT32_MAX || c < INT32_MIN) return RomanIntegerOutOfRange();
    AppendRoman(static_cast<int64_t>(c), roman_fm, roman_lower, out);
    return Status::Ok();
  }
  NumDesc d;
  ASSIGN_OR_RETURN(std::vector<NumNode> nodes, ParseNumberFormat(format, &d));
  Numeric v = value;
  if (d.multi && d.multi_count > 0 && v.is_finite()) {
    Numeric factor = Numeric::Finite(1, 0);
    for (int i = 0; i < d.multi_count; ++i) factor.coefficient *= 10;
    ASSIGN_OR_RETURN(v, NumericMul(v, factor));
  }
  d.pre += d.multi_count;
  std::string text;
  if (v.is_finite()) {
    ASSIGN_OR_RETURN(Numeric rounded, NumericRound(v, d.post));
    text = NumericToString(rounded);
  } else {
    text = NumericToString(v);
  }
  char sign = '+';
  if (!text.empty() && text[0] == '-') {
    sign = '-';
    text.erase(0, 1);
  }
  if (!v.is_finite()) text = std::string(static_cast<size_t>(d.pre) + 1, '9');  // forces '#' overflow
  return FinishNumber(nodes, d, std::move(text), sign, out);
}

Status ToCharInt64(int64_t value, std::string_view format, std::string* out) {
  bool roman_fm, roman_lower;
  if (RomanOnlyFormat(format, &roman_fm, &roman_lower)) {
    if (value > INT32_MAX || value < INT32_MIN) return RomanIntegerOutOfRange();
    AppendRoman(value, roman_fm, roman_lower, out);
    return Status::Ok();
  }
  NumDesc d;
  ASSIGN_OR_RETURN(std::vector<NumNode> nodes, ParseNumberFormat(format, &d));
  char sign = value < 0 ? '-' : '+';
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  std::string digits = std::to_string(magnitude);
  if (d.multi) digits.append(static_cast<size_t>(d.multi_count), '0');
  d.pre += d.multi_count;
  if (d.post > 0) {
    digits.push_back('.');
    digits.append(static_cast<size_t>(d.post), '0');
  }
  return FinishNumber(nodes, d, std::move(digits), sign, out);
}

Status ToCharFloat8(double value, std::string_view format, std::string* out) {
  bool roman_fm, roman_lower;
  if (RomanOnlyFormat(format, &roman_fm, &roman_lower)) {
    double r = std::rint(value);
    if (!(r >= INT32_MIN && r <= INT32_MAX)) return RomanIntegerOutOfRange();
    AppendRoman(static_cast<int64_t>(r), roman_fm, roman_lower, out);
    return Status::Ok();
  }
  NumDesc d;
  ASSIGN_OR_RETURN(std::vector<NumNode> nodes, ParseNumberFormat(format, &d));
  if (std::isnan(value) || std::isinf(value)) {
    std::string digits(static_cast<size_t>(d.pre + d.post + 1), '#');
    if (d.decimal || d.post > 0) digits[static_cast<size_t>(d.pre)] = '.';
    return FinishNumber(nodes, d, std::string(static_cast<size_t>(d.pre) + 1, '9'),
                        std::signbit(value) ? '-' : '+', out);
  }
  if (d.multi) value *= std::pow(10.0, d.multi_count);
  d.pre += d.multi_count;
  char buf[512];
  std::snprintf(buf, sizeof buf, "%.0f", std::fabs(value));
  int pre_len = static_cast<int>(std::strlen(buf));
  constexpr int kDoubleDigits = 15;  // DBL_DIG
  int post = d.post;
  if (pre_len >= kDoubleDigits) {
    post = 0;
  } else if (pre_len + post > kDoubleDigits) {
    post = kDoubleDigits - pre_len;
  }
  std::snprintf(buf, sizeof buf, "%.*f", post, value);
  std::string text = buf;
  char sign = '+';
  if (text[0] == '-') {
    sign = '-';
    text.erase(0, 1);
  }
  NumDesc adjusted = d;
  return FinishNumber(nodes, adjusted, std::move(text), sign, out);
}

// ---------------------------------------------------------------- to_timestamp

namespace {

// adjust_partial_year_to_2020: years given with fewer than 4 digits.
int64_t AdjustPartialYearTo2020(int64_t year) {
  if (year < 70) return year + 2000;
  if (year < 100) return year + 1900;
  if (year < 520) return year + 2000;
  if (year < 1000) return year + 1000;
  return year;
}

struct ParsedFields {
  int64_t year = 0;
  bool has_year = false;
  int64_t month = 0, day = 0, hour = 0, minute = 0, second = 0, fsec = 0;
  int64_t day_of_year = 0;
  bool pm = false, has_ampm = false, clock12 = false;
  bool bc = false;
  int64_t julian = 0;
  bool has_julian = false;
  int64_t century = 0;
};

Status InvalidValue(std::string_view value, std::string_view key_text, std::string detail) {
  return Status::Error(sqlstate::kInvalidDatetimeFormat,
                       "invalid value \"" + std::string(value) + "\" for \"" + std::string(key_text) + "\"")
      .WithDetail(std::move(detail));
}

std::string_view KeyText(Key key) {
  for (const KeyWord& k : kKeywords) {
    if (k.key == key) return k.text;
  }
  return "?";
}

// Reads an integer field of at most `width` digits (all digits when the next
// node is not a digit field, as PostgreSQL's from_char_parse_int_len).
Result<int64_t> ReadInt(std::string_view text, size_t* pos, int width, bool greedy, Key key) {
  while (*pos < text.size() && text[*pos] == ' ') ++*pos;
  size_t start = *pos;
  size_t i = start;
  if (i < text.size() && (text[i] == '-' || text[i] == '+')) ++i;
  size_t digits_start = i;
  while (i < text.size() && std::isdigit(static_cast<unsigned char>(text[i])) &&
         (greedy || static_cast<int>(i - digits_start) < width)) {
    ++i;
  }
  if (i == digits_start) {
    std::string shown(text.substr(start, std::min<size_t>(text.size() - start, static_cast<size_t>(width))));
    return InvalidValue(shown, KeyText(key), "Value must be an integer.");
  }
  *pos = i;
  return std::stoll(std::string(text.substr(start, i - start)));
}

// Matches one of `names` (case-insensitive) at the position; returns the index.
Result<int> ReadName(std::string_view text, size_t* pos, const char* const* names, int count, size_t prefix_len,
                     Key key) {
  for (int i = 0; i < count; ++i) {
    std::string_view name = names[i];
    if (prefix_len != 0) name = name.substr(0, prefix_len);
    if (text.size() - *pos >= name.size()) {
      bool equal = true;
      for (size_t k = 0; k < name.size() && equal; ++k) {
        equal = std::tolower(static_cast<unsigned char>(text[*pos + k])) ==
                std::tolower(static_cast<unsigned char>(name[k]));
      }
      if (equal) {
        *pos += name.size();
        return i;
      }
    }
  }
  size_t shown_len = prefix_len != 0 ? prefix_len : 9;
  std::string shown(text.substr(*pos, std::min(shown_len, text.size() - *pos)));
  return InvalidValue(shown, KeyText(key), "The given value did not match any of the allowed values for this field.");
}

bool IsDigitKey(Key k) {
  switch (k) {
    case Key::kCC: case Key::kDDD: case Key::kDD: case Key::kD: case Key::kFF1: case Key::kFF2: case Key::kFF3:
    case Key::kFF4: case Key::kFF5: case Key::kFF6: case Key::kHH24: case Key::kHH12: case Key::kHH:
    case Key::kIDDD: case Key::kID: case Key::kIW: case Key::kIYYY: case Key::kIYY: case Key::kIY: case Key::kI:
    case Key::kJ: case Key::kMI: case Key::kMM: case Key::kMS: case Key::kQ: case Key::kSSSSS: case Key::kSSSS:
    case Key::kSS: case Key::kUS: case Key::kWW: case Key::kW: case Key::kY_YYY: case Key::kYYYY: case Key::kYYY:
    case Key::kYY: case Key::kY:
      return true;
    default: return false;
  }
}

Status ParseWithFormat(std::string_view text, std::string_view format, ParsedFields* f) {
  std::vector<FormatNode> nodes = ParseDateTimeFormat(format);
  size_t pos = 0;
  for (size_t idx = 0; idx < nodes.size(); ++idx) {
    const FormatNode& n = nodes[idx];
    if (pos >= text.size()) break;
    if (!n.is_keyword) {
      if (n.is_space) {
        while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
      } else if (n.is_separator) {
        if (pos < text.size() && !std::isalnum(static_cast<unsigned char>(text[pos]))) ++pos;
      } else {
        pos += Utf8Length(static_cast<unsigned char>(text[pos]));
      }
      continue;
    }
    bool greedy = n.fill_mode || idx + 1 >= nodes.size() || !nodes[idx + 1].is_keyword ||
                  !IsDigitKey(nodes[idx + 1].key);
    auto read = [&](int width) { return ReadInt(text, &pos, width, greedy, n.key); };
    switch (n.key) {
      case Key::kYYYY: case Key::kIYYY: { ASSIGN_OR_RETURN(f->year, read(4)); f->has_year = true; break; }
      case Key::kY_YYY: {
        ASSIGN_OR_RETURN(int64_t thousands, ReadInt(text, &pos, 9, false, n.key));
        if (pos < text.size() && text[pos] == ',') ++pos;
        ASSIGN_OR_RETURN(int64_t rest, ReadInt(text, &pos, 3, false, n.key));
        f->year = thousands * 1000 + rest;
        f->has_year = true;
        break;
      }
      case Key::kYYY: case Key::kIYY: case Key::kYY: case Key::kIY: case Key::kY: case Key::kI: {
        int width = (n.key == Key::kYYY || n.key == Key::kIYY) ? 3 : (n.key == Key::kYY || n.key == Key::kIY) ? 2 : 1;
        while (pos < text.size() && text[pos] == ' ') ++pos;
        size_t before = pos;
        ASSIGN_OR_RETURN(f->year, read(width));
        f->has_year = true;
        if (pos - before < 4) f->year = AdjustPartialYearTo2020(f->year);
        break;
      }
      case Key::kMM: { ASSIGN_OR_RETURN(f->month, read(2)); break; }
      case Key::kDD: { ASSIGN_OR_RETURN(f->day, read(2)); break; }
      case Key::kDDD: case Key::kIDDD: { ASSIGN_OR_RETURN(f->day_of_year, read(3)); break; }
      case Key::kHH: case Key::kHH12: { ASSIGN_OR_RETURN(f->hour, read(2)); f->clock12 = true; break; }
      case Key::kHH24: { ASSIGN_OR_RETURN(f->hour, read(2)); break; }
      case Key::kMI: { ASSIGN_OR_RETURN(f->minute, read(2)); break; }
      case Key::kSS: { ASSIGN_OR_RETURN(f->second, read(2)); break; }
      case Key::kSSSS: case Key::kSSSSS: {
        ASSIGN_OR_RETURN(int64_t seconds, read(5));
        f->hour = seconds / 3600;
        f->minute = seconds / 60 % 60;
        f->second = seconds % 60;
        break;
      }
      case Key::kMS: case Key::kFF1: case Key::kFF2: case Key::kFF3: case Key::kFF4: case Key::kFF5: case Key::kFF6:
      case Key::kUS: {
        int width = n.key == Key::kMS ? 3 : n.key == Key::kUS ? 6 : static_cast<int>(n.key) - static_cast<int>(Key::kFF1) + 1;
        while (pos < text.size() && text[pos] == ' ') ++pos;
        size_t before = pos;
        ASSIGN_OR_RETURN(int64_t v, ReadInt(text, &pos, width, false, n.key));
        // "25" for MS means 250 ms, for US 250000 µs: scale by the digits read.
        for (int i = static_cast<int>(pos - before); i < 6; ++i) v *= 10;
        f->fsec = v;
        break;
      }
      case Key::kAM: case Key::kPM: case Key::kam: case Key::kpm: {
        static const char* const kNames[] = {"AM", "PM"};
        ASSIGN_OR_RETURN(int which, ReadName(text, &pos, kNames, 2, 0, n.key));
        f->pm = which == 1;
        f->has_ampm = true;
        f->clock12 = true;
        break;
      }
      case Key::kAM_dots: case Key::kPM_dots: case Key::kam_dots: case Key::kpm_dots: {
        static const char* const kNames[] = {"A.M.", "P.M."};
        ASSIGN_OR_RETURN(int which, ReadName(text, &pos, kNames, 2, 0, n.key));
        f->pm = which == 1;
        f->has_ampm = true;
        f->clock12 = true;
        break;
      }
      case Key::kAD: case Key::kBC: case Key::kad: case Key::kbc: {
        static const char* const kNames[] = {"AD", "BC"};
        ASSIGN_OR_RETURN(int which, ReadName(text, &pos, kNames, 2, 0, n.key));
        f->bc = which == 1;
        break;
      }
      case Key::kAD_dots: case Key::kBC_dots: case Key::kad_dots: case Key::kbc_dots: {
        static const char* const kNames[] = {"A.D.", "B.C."};
        ASSIGN_OR_RETURN(int which, ReadName(text, &pos, kNames, 2, 0, n.key));
        f->bc = which == 1;
        break;
      }
      case Key::kMONTH: case Key::kMonth: case Key::kmonth: {
        ASSIGN_OR_RETURN(int m, ReadName(text, &pos, kMonthNames, 12, 0, n.key));
        f->month = m + 1;
        break;
      }
      case Key::kMON: case Key::kMon: case Key::kmon: {
        ASSIGN_OR_RETURN(int m, ReadName(text, &pos, kMonthNames, 12, 3, n.key));
        f->month = m + 1;
        break;
      }
      case Key::kDAY: case Key::kDay: case Key::kday: {
        ASSIGN_OR_RETURN(int ignored, ReadName(text, &pos, kDayNames, 7, 0, n.key));
        (void)ignored;
        break;
      }
      case Key::kDY: case Key::kDy: case Key::kdy: {
        ASSIGN_OR_RETURN(int ignored, ReadName(text, &pos, kDayNames, 7, 3, n.key));
        (void)ignored;
        break;
      }
      case Key::kD: case Key::kID: case Key::kQ: case Key::kW: case Key::kWW: case Key::kIW: {
        ASSIGN_OR_RETURN(int64_t ignored, read(n.key == Key::kWW || n.key == Key::kIW ? 2 : 1));
        (void)ignored;
        break;
      }
      case Key::kCC: { ASSIGN_OR_RETURN(f->century, read(2)); break; }
      case Key::kJ: { ASSIGN_OR_RETURN(f->julian, read(7)); f->has_julian = true; break; }
      case Key::kTZ: case Key::ktz: case Key::kTZH: case Key::kTZM: case Key::kOF:
        return Status::Error(sqlstate::kFeatureNotSupported, "formatting field \"" + std::string(KeyText(n.key)) +
                                                                  "\" is only supported in to_char");
      case Key::kRM: case Key::krm: {
        static const char* const kRoman[] = {"XII", "XI", "X", "IX", "VIII", "VII", "VI", "V", "IV", "III", "II", "I"};
        ASSIGN_OR_RETURN(int m, ReadName(text, &pos, kRoman, 12, 0, n.key));
        f->month = 12 - m;
        break;
      }
      case Key::kFX: break;
    }
  }
  return Status::Ok();
}

Status FieldOutOfRange(std::string_view text) {
  return Status::Error(sqlstate::kDatetimeFieldOverflow,
                       "date/time field value out of range: \"" + std::string(text) + "\"");
}

// do_to_timestamp's validation and assembly; returns the fields.
Result<DateTimeFields> AssembleFields(std::string_view text, const ParsedFields& p) {
  DateTimeFields f;
  // Without a year field PostgreSQL uses year 0, i.e. 1 BC (0001-01-01 BC).
  int64_t year = p.has_year ? p.year : (p.century != 0 ? (p.century - 1) * 100 + 1 : 0);
  if (p.bc && p.has_year) year = -(year - 1);
  int64_t hour = p.hour;
  if (p.clock12) {
    if (hour < 1 || hour > 12) {
      return Status::Error(sqlstate::kInvalidDatetimeFormat,
                           "hour \"" + std::to_string(hour) + "\" is invalid for the 12-hour clock")
          .WithHint("Use the 24-hour clock, or give an hour between 1 and 12.");
    }
    if (p.pm && hour < 12) hour += 12;
    else if (!p.pm && hour == 12) hour = 0;
  }
  f.year = static_cast<int32_t>(year);
  if (p.has_julian) {
    JulianDayToDate(static_cast<int32_t>(p.julian), &f.year, &f.month, &f.day);
  } else if (p.day_of_year != 0 && p.month == 0) {
    int32_t jd = DateToJulianDay(f.year, 1, 1) + static_cast<int32_t>(p.day_of_year) - 1;
    JulianDayToDate(jd, &f.year, &f.month, &f.day);
  } else {
    f.month = p.month == 0 ? 1 : static_cast<int32_t>(p.month);
    f.day = p.day == 0 ? 1 : static_cast<int32_t>(p.day);
  }
  if (f.month < 1 || f.month > 12 || f.day < 1) return FieldOutOfRange(text);
  static constexpr int kDays[2][12] = {{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31},
                                       {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31}};
  bool leap = f.year % 4 == 0 && (f.year % 100 != 0 || f.year % 400 == 0);
  if (f.day > kDays[leap ? 1 : 0][f.month - 1]) return FieldOutOfRange(text);
  if (hour < 0 || hour > 23 || p.minute < 0 || p.minute > 59 || p.second < 0 || p.second > 59) {
    return FieldOutOfRange(text);
  }
  f.hour = static_cast<int32_t>(hour);
  f.minute = static_cast<int32_t>(p.minute);
  f.second = static_cast<int32_t>(p.second);
  f.microsecond = static_cast<int32_t>(p.fsec);
  return f;
}

}  // namespace

Result<int64_t> ToTimestamp(std::string_view text, std::string_view format) {
  ParsedFields p;
  RETURN_IF_ERROR(ParseWithFormat(text, format, &p));
  ASSIGN_OR_RETURN(DateTimeFields f, AssembleFields(text, p));
  Result<int64_t> ts = FieldsToTimestamp(f);
  if (!ts.ok()) return Status::Error(sqlstate::kDatetimeFieldOverflow, "timestamp out of range");
  // The fields are a wall-clock time in the session time zone.
  return LocalToUtcMicros(*ts, ZoneOf());
}

Result<int32_t> ToDate(std::string_view text, std::string_view format) {
  ParsedFields p;
  RETURN_IF_ERROR(ParseWithFormat(text, format, &p));
  ASSIGN_OR_RETURN(DateTimeFields f, AssembleFields(text, p));
  int64_t date = int64_t{DateToJulianDay(f.year, f.month, f.day)} - kPostgresEpochJulianDay;
  if (date < -kPostgresEpochJulianDay || date >= 2147483494 - kPostgresEpochJulianDay) {
    return Status::Error(sqlstate::kDatetimeFieldOverflow, "date out of range: \"" + std::string(text) + "\"");
  }
  return static_cast<int32_t>(date);
}

}  // namespace augur::types
