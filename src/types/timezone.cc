// Time zone loading: TZif (RFC 8536) version 2+ files, their POSIX TZ footer
// rule expanded into 400 years of transitions (after which the Gregorian
// calendar, and so the rule, repeats), and PostgreSQL's abbreviation file.
// See timezone.h.
#include "types/timezone.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <map>
#include <memory>
#include <mutex>
#include <sstream>

#include "types/datetime.h"

namespace augur::types {

namespace {

constexpr const char* kZoneInfoDir = "/usr/share/zoneinfo";
constexpr const char* kAbbreviationFile = "/usr/share/postgresql/15/timezonesets/Default";

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

int64_t FloorDivSeconds(int64_t seconds) { return seconds / 86400 - ((seconds % 86400 != 0) && seconds < 0); }

int64_t ReadBigEndian(const std::string& data, size_t at, int bytes) {
  uint64_t v = 0;
  for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<uint8_t>(data[at + i]);
  if (bytes == 4) return static_cast<int32_t>(static_cast<uint32_t>(v));
  return static_cast<int64_t>(v);
}

// --- POSIX TZ strings ("EST5EDT,M3.2.0,M11.1.0") ----------------------------

struct PosixRule {
  std::string std_name, dst_name;
  int32_t std_offset_east = 0;
  bool has_dst = false;
  int32_t dst_offset_east = 0;
  // Mm.w.d/time for start and end (only the M form; J/n forms are rare).
  int start_month = 0, start_week = 0, start_wday = 0;
  int32_t start_time = 7200;
  int end_month = 0, end_week = 0, end_wday = 0;
  int32_t end_time = 7200;
};

bool ParsePosixName(std::string_view* s, std::string* name) {
  if (s->empty()) return false;
  if (s->front() == '<') {
    size_t close = s->find('>');
    if (close == std::string_view::npos) return false;
    *name = std::string(s->substr(1, close - 1));
    s->remove_prefix(close + 1);
    return true;
  }
  size_t n = 0;
  while (n < s->size() && (((*s)[n] >= 'A' && (*s)[n] <= 'Z') || ((*s)[n] >= 'a' && (*s)[n] <= 'z'))) ++n;
  if (n < 3) return false;
  *name = std::string(s->substr(0, n));
  s->remove_prefix(n);
  return true;
}

// [+-]hh[:mm[:ss]] in seconds (sign as written).
bool ParsePosixTime(std::string_view* s, int32_t* seconds) {
  int sign = 1;
  if (!s->empty() && (s->front() == '+' || s->front() == '-')) {
    if (s->front() == '-') sign = -1;
    s->remove_prefix(1);
  }
  int parts[3] = {0, 0, 0};
  for (int p = 0; p < 3; ++p) {
    if (s->empty() || s->front() < '0' || s->front() > '9') {
      if (p == 0) return false;
      break;
    }
    int v = 0;
    while (!s->empty() && s->front() >= '0' && s->front() <= '9') {
      v = v * 10 + (s->front() - '0');
      s->remove_prefix(1);
    }
    parts[p] = v;
    if (p < 2 && !s->empty() && s->front() == ':') {
      s->remove_prefix(1);
    } else {
      break;
    }
  }
  *seconds = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
  return true;
}

bool ParsePosixDate(std::string_view* s, int* month, int* week, int* wday, int32_t* time) {
  if (s->empty() || s->front() != 'M') return false;
  s->remove_prefix(1);
  int vals[3];
  for (int i = 0; i < 3; ++i) {
    int v = 0;
    if (s->empty() || s->front() < '0' || s->front() > '9') return false;
    while (!s->empty() && s->front() >= '0' && s->front() <= '9') {
      v = v * 10 + (s->front() - '0');
      s->remove_prefix(1);
    }
    vals[i] = v;
    if (i < 2) {
      if (s->empty() || s->front() != '.') return false;
      s->remove_prefix(1);
    }
  }
  *month = vals[0];
  *week = vals[1];
  *wday = vals[2];
  *time = 7200;
  if (!s->empty() && s->front() == '/') {
    s->remove_prefix(1);
    if (!ParsePosixTime(s, time)) return false;
  }
  return *month >= 1 && *month <= 12 && *week >= 1 && *week <= 5 && *wday >= 0 && *wday <= 6;
}

bool ParsePosixRule(std::string_view s, PosixRule* rule) {
  if (!ParsePosixName(&s, &rule->std_name)) return false;
  int32_t off = 0;
  if (!ParsePosixTime(&s, &off)) return false;
  rule->std_offset_east = -off;
  if (s.empty()) return true;
  if (!ParsePosixName(&s, &rule->dst_name)) return false;
  rule->has_dst = true;
  rule->dst_offset_east = rule->std_offset_east + 3600;
  if (!s.empty() && s.front() != ',') {
    if (!ParsePosixTime(&s, &off)) return false;
    rule->dst_offset_east = -off;
  }
  if (s.empty()) {
    // US default rules when none are given.
    rule->start_month = 3, rule->start_week = 2, rule->start_wday = 0;
    rule->end_month = 11, rule->end_week = 1, rule->end_wday = 0;
    return true;
  }
  if (s.front() != ',') return false;
  s.remove_prefix(1);
  if (!ParsePosixDate(&s, &rule->start_month, &rule->start_week, &rule->start_wday, &rule->start_time)) return false;
  if (s.empty() || s.front() != ',') return false;
  s.remove_prefix(1);
  if (!ParsePosixDate(&s, &rule->end_month, &rule->end_week, &rule->end_wday, &rule->end_time)) return false;
  return s.empty();
}

// Seconds since 1970 (local) of the rule's day at 00:00.
int64_t RuleDayLocalSeconds(int64_t year, int month, int week, int wday) {
  int64_t first = DaysFromCivil(year, month, 1) - kUnixEpochDays;  // days since 1970
  // 1970-01-01 was a Thursday (4).
  int first_wday = static_cast<int>(((first % 7) + 7 + 4) % 7);
  int day = 1 + ((wday - first_wday + 7) % 7) + (week - 1) * 7;
  int dim = DaysInMonth(year, month);
  while (day > dim) day -= 7;
  return (first + day - 1) * 86400;
}

// Index of (offset, abbreviation) in types, added when missing.
int32_t TypeIndex(std::vector<TimeZone::LocalType>* types, int32_t offset, const std::string& abbreviation) {
  for (size_t i = 0; i < types->size(); ++i) {
    if ((*types)[i].offset == offset && (*types)[i].abbreviation == abbreviation) return static_cast<int32_t>(i);
  }
  types->push_back({offset, abbreviation});
  return static_cast<int32_t>(types->size() - 1);
}

// Appends the rule's transitions after from_utc for 401 years; returns the
// UTC start of the first generated year (the start of the 400-year cycle).
int64_t ExpandRule(const PosixRule& rule, int64_t from_utc, std::vector<TimeZone::Transition>* out,
                   std::vector<TimeZone::LocalType>* types) {
  int64_t year;
  int m, d;
  CivilFromDays(FloorDivSeconds(from_utc) + kUnixEpochDays, &year, &m, &d);
  ++year;
  const int64_t cycle_start = (DaysFromCivil(year, 1, 1) - kUnixEpochDays) * 86400 - rule.std_offset_east;
  const int32_t std_type = TypeIndex(types, rule.std_offset_east, rule.std_name);
  const int32_t dst_type = TypeIndex(types, rule.dst_offset_east, rule.dst_name);
  for (int64_t y = year - 1; y <= year + 400; ++y) {
    int64_t start = RuleDayLocalSeconds(y, rule.start_month, rule.start_week, rule.start_wday) + rule.start_time -
                    rule.std_offset_east;
    int64_t end = RuleDayLocalSeconds(y, rule.end_month, rule.end_week, rule.end_wday) + rule.end_time -
                  rule.dst_offset_east;
    TimeZone::Transition a{start, rule.dst_offset_east, dst_type};
    TimeZone::Transition b{end, rule.std_offset_east, std_type};
    if (start > end) std::swap(a, b);  // southern hemisphere
    if (a.at_utc_seconds > from_utc) out->push_back(a);
    if (b.at_utc_seconds > from_utc) out->push_back(b);
  }
  return cycle_start;
}

// --- TZif ---------------------------------------------------------------------

std::unique_ptr<TimeZone> LoadTzif(const std::string& name, const std::string& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0 || !S_ISREG(st.st_mode) || st.st_size > (1 << 20)) return nullptr;
  std::ifstream in(path, std::ios::binary);
  if (!in) return nullptr;
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string data = buffer.str();
  if (data.size() < 44 || data.compare(0, 4, "TZif") != 0) return nullptr;
  auto counts_at = [&](size_t at, int64_t c[6]) {
    for (int i = 0; i < 6; ++i) c[i] = ReadBigEndian(data, at + 20 + 4 * i, 4);
  };
  int64_t c[6];  // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
  counts_at(0, c);
  size_t at = 44;
  int time_size = 4;
  if (data[4] >= '2') {
    // Skip the v1 block and use the 64-bit one.
    at += c[3] * 4 + c[3] + c[4] * 6 + c[5] + c[2] * 8 + c[1] + c[0];
    if (data.size() < at + 44) return nullptr;
    counts_at(at, c);
    at += 44;
    time_size = 8;
  }
  const int64_t timecnt = c[3], typecnt = c[4];
  const size_t need = at + timecnt * time_size + timecnt + typecnt * 6 + c[5] + c[2] * (time_size + 4) + c[1] + c[0];
  if (data.size() < need || typecnt < 1) return nullptr;
  std::vector<int64_t> times(timecnt);
  for (int64_t i = 0; i < timecnt; ++i) times[i] = ReadBigEndian(data, at + i * time_size, time_size);
  size_t idx_at = at + timecnt * time_size;
  size_t types_at = idx_at + timecnt;
  size_t chars_at = types_at + typecnt * 6;
  std::vector<TimeZone::LocalType> types(typecnt);
  for (int64_t i = 0; i < typecnt; ++i) {
    types[i].offset = static_cast<int32_t>(ReadBigEndian(data, types_at + i * 6, 4));
    size_t desig = static_cast<uint8_t>(data[types_at + i * 6 + 5]);
    if (desig < static_cast<size_t>(c[5])) {
      types[i].abbreviation = std::string(data.c_str() + chars_at + desig);
      if (types[i].abbreviation.size() > static_cast<size_t>(c[5]) - desig) types[i].abbreviation.clear();
    }
  }
  auto zone = std::make_unique<TimeZone>(name, types[0].offset, types[0].abbreviation);
  std::vector<TimeZone::Transition> transitions;
  for (int64_t i = 0; i < timecnt; ++i) {
    uint8_t type = static_cast<uint8_t>(data[idx_at + i]);
    if (type >= typecnt) return nullptr;
    transitions.push_back({times[i], types[type].offset, type});
  }
  const size_t explicit_count = transitions.size();
  int64_t cycle_start = INT64_MAX;
  // Footer: "\n<POSIX TZ>\n" after the v2 data.
  if (time_size == 8 && data.size() > need + 1 && data[need] == '\n') {
    size_t end = data.find('\n', need + 1);
    if (end != std::string::npos) {
      PosixRule rule;
      if (ParsePosixRule(std::string_view(data).substr(need + 1, end - need - 1), &rule)) {
        if (rule.has_dst) {
          cycle_start = ExpandRule(rule, transitions.empty() ? 0 : transitions.back().at_utc_seconds, &transitions,
                                   &types);
        } else if (transitions.empty()) {
          zone = std::make_unique<TimeZone>(name, rule.std_offset_east, rule.std_name);
        }
      }
    }
  }
  zone->SetTransitions(std::move(transitions), std::move(types), explicit_count, cycle_start);
  return zone;
}

bool SafeZoneName(std::string_view name) {
  if (name.empty() || name.front() == '/' || name.find("..") != std::string_view::npos) return false;
  for (char ch : name) {
    if (!(std::isalnum(static_cast<unsigned char>(ch)) || ch == '/' || ch == '_' || ch == '-' || ch == '+')) {
      return false;
    }
  }
  return true;
}

// Resolves each path component case-insensitively, as PostgreSQL does.
std::string ResolveZonePath(std::string_view name) {
  std::string path = kZoneInfoDir;
  std::string canonical;
  size_t start = 0;
  while (start <= name.size()) {
    size_t slash = name.find('/', start);
    std::string_view part = name.substr(start, slash == std::string_view::npos ? std::string_view::npos : slash - start);
    DIR* dir = opendir(path.c_str());
    if (dir == nullptr) return "";
    std::string found;
    std::string want = Lower(part);
    while (dirent* e = readdir(dir)) {
      if (Lower(e->d_name) == want) {
        found = e->d_name;
        if (found == part) break;
      }
    }
    closedir(dir);
    if (found.empty()) return "";
    path += "/" + found;
    if (slash == std::string_view::npos) break;
    start = slash + 1;
  }
  return path;
}

struct Registry {
  std::mutex mu;
  std::map<std::string, std::unique_ptr<TimeZone>> zones;            // by lower-case name
  std::map<int32_t, std::unique_ptr<TimeZone>> fixed;                // by offset
  std::map<std::string, std::unique_ptr<TimeZone>> posix;            // fixed zones by setting text
  bool abbreviations_loaded = false;
  std::map<std::string, std::pair<int32_t, std::string>> abbreviations;  // lower -> (offset, zone or "")
};

Registry& GetRegistry() {
  static Registry* registry = new Registry();
  return *registry;
}

const TimeZone* LoadNamedLocked(Registry& r, std::string_view name) {
  std::string key = Lower(name);
  auto it = r.zones.find(key);
  if (it != r.zones.end()) return it->second.get();
  if (!SafeZoneName(name)) return nullptr;
  std::string path = ResolveZonePath(name);
  if (path.empty()) return nullptr;
  // The name as the file system spells it ("america/new_york" -> "America/New_York").
  std::string canonical = path.substr(std::string_view(kZoneInfoDir).size() + 1);
  std::unique_ptr<TimeZone> zone = LoadTzif(canonical, path);
  if (zone == nullptr) return nullptr;
  const TimeZone* result = zone.get();
  r.zones.emplace(key, std::move(zone));
  return result;
}

// A fixed-offset zone shown as `name` with abbreviation `abbreviation`.
const TimeZone* NamedFixedLocked(Registry& r, const std::string& name, int32_t seconds_east,
                                 const std::string& abbreviation) {
  auto it = r.posix.find(name);
  if (it != r.posix.end()) return it->second.get();
  auto zone = std::make_unique<TimeZone>(name, seconds_east, abbreviation);
  const TimeZone* result = zone.get();
  r.posix.emplace(name, std::move(zone));
  return result;
}

// "+05", "-05:30", "+05:30:15": PostgreSQL's abbreviation for a numeric zone.
std::string OffsetAbbreviation(int32_t seconds_east) {
  std::string out = seconds_east < 0 ? "-" : "+";
  int32_t v = seconds_east < 0 ? -seconds_east : seconds_east;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%02d", v / 3600);
  out += buf;
  if (v % 3600 != 0) {
    std::snprintf(buf, sizeof buf, ":%02d", (v / 60) % 60);
    out += buf;
  }
  if (v % 60 != 0) {
    std::snprintf(buf, sizeof buf, ":%02d", v % 60);
    out += buf;
  }
  return out;
}

const TimeZone* FixedLocked(Registry& r, int32_t seconds_east) {
  auto it = r.fixed.find(seconds_east);
  if (it != r.fixed.end()) return it->second.get();
  auto zone = std::make_unique<TimeZone>("fixed", seconds_east, OffsetAbbreviation(seconds_east));
  const TimeZone* result = zone.get();
  r.fixed.emplace(seconds_east, std::move(zone));
  return result;
}

void LoadAbbreviationsLocked(Registry& r) {
  if (r.abbreviations_loaded) return;
  r.abbreviations_loaded = true;
  std::ifstream in(kAbbreviationFile);
  std::string line;
  while (std::getline(in, line)) {
    size_t hash = line.find('#');
    if (hash != std::string::npos) line.resize(hash);
    std::istringstream fields(line);
    std::string abbrev, value;
    if (!(fields >> abbrev >> value) || abbrev[0] == '@') continue;
    char* end = nullptr;
    long offset = std::strtol(value.c_str(), &end, 10);
    if (end != nullptr && *end == '\0') {
      r.abbreviations[Lower(abbrev)] = {static_cast<int32_t>(offset), ""};
    } else {
      r.abbreviations[Lower(abbrev)] = {0, value};
    }
  }
  // Always known, even without the file.
  for (const char* utc : {"utc", "gmt", "z", "zulu", "ut"}) r.abbreviations.emplace(utc, std::make_pair(0, ""));
}

}  // namespace

bool ParseIsoOffset(std::string_view s, int32_t* seconds_east) {
  if (s.size() < 2 || (s[0] != '+' && s[0] != '-')) return false;
  int sign = s[0] == '-' ? -1 : 1;
  s.remove_prefix(1);
  int parts[3] = {0, 0, 0};
  int count = 0;
  if (s.find(':') == std::string_view::npos) {
    // hh, hhmm, hhmmss
    for (char ch : s) {
      if (ch < '0' || ch > '9') return false;
    }
    if (s.size() == 1 || s.size() == 2) {
      parts[0] = std::stoi(std::string(s));
    } else if (s.size() == 3 || s.size() == 4) {
      parts[0] = std::stoi(std::string(s.substr(0, s.size() - 2)));
      parts[1] = std::stoi(std::string(s.substr(s.size() - 2)));
    } else if (s.size() == 5 || s.size() == 6) {
      parts[0] = std::stoi(std::string(s.substr(0, s.size() - 4)));
      parts[1] = std::stoi(std::string(s.substr(s.size() - 4, 2)));
      parts[2] = std::stoi(std::string(s.substr(s.size() - 2)));
    } else {
      return false;
    }
  } else {
    size_t start = 0;
    while (true) {
      if (count == 3) return false;
      size_t colon = s.find(':', start);
      std::string_view part = s.substr(start, colon == std::string_view::npos ? std::string_view::npos : colon - start);
      if (part.empty() || part.size() > 2) return false;
      for (char ch : part) {
        if (ch < '0' || ch > '9') return false;
      }
      parts[count++] = std::stoi(std::string(part));
      if (colon == std::string_view::npos) break;
      start = colon + 1;
    }
  }
  *seconds_east = sign * (parts[0] * 3600 + parts[1] * 60 + parts[2]);
  return parts[1] < 60 && parts[2] < 60;
}

const TimeZone* TimeZone::Utc() {
  static const TimeZone* utc = new TimeZone("UTC", 0, "UTC");
  return utc;
}

const TimeZone* TimeZone::FixedOffset(int32_t seconds_east) {
  if (seconds_east == 0) return Utc();
  Registry& r = GetRegistry();
  std::lock_guard<std::mutex> lock(r.mu);
  return FixedLocked(r, seconds_east);
}

Result<const TimeZone*> TimeZone::Find(std::string_view name) {
  auto invalid = [&] {
    return Status::Error(sqlstate::kInvalidParameterValue,
                         "invalid value for parameter \"TimeZone\": \"" + std::string(name) + "\"");
  };
  if (name.empty()) return invalid();
  Registry& r = GetRegistry();
  std::lock_guard<std::mutex> lock(r.mu);
  // A plain number: hours east (SQL convention), shown as the POSIX spec
  // PostgreSQL makes of it ("-5" -> "<-05>+05").
  {
    std::string s(name);
    char* end = nullptr;
    double hours = std::strtod(s.c_str(), &end);
    if (end != s.c_str() && *end == '\0') {
      if (!(std::fabs(hours) <= 15)) return invalid();
      int32_t east = static_cast<int32_t>(std::lround(hours * 3600));
      std::string abbreviation = OffsetAbbreviation(east);
      return NamedFixedLocked(r, "<" + abbreviation + ">" + OffsetAbbreviation(-east),
                              east, abbreviation);
    }
  }
  if (const TimeZone* zone = LoadNamedLocked(r, name)) return zone;
  if (Lower(name) == "utc") return Utc();
  // POSIX "STDoffset" without DST rules, e.g. "<+05>-5", "UTC+3"; a bare
  // offset ("+05:30") is POSIX too: west positive, no abbreviation.
  PosixRule rule;
  if (ParsePosixRule(name, &rule) && !rule.has_dst) {
    return NamedFixedLocked(r, std::string(name), rule.std_offset_east, rule.std_name);
  }
  std::string_view rest = name;
  int32_t west = 0;
  if (!rest.empty() && (rest.front() == '+' || rest.front() == '-' || (rest.front() >= '0' && rest.front() <= '9')) &&
      ParsePosixTime(&rest, &west) && rest.empty() && std::abs(west) <= 24 * 3600) {
    return NamedFixedLocked(r, std::string(name), -west, "");
  }
  return invalid();
}

Result<const TimeZone*> TimeZone::FindForLiteral(std::string_view name) {
  ASSIGN_OR_RETURN(LiteralZone literal, ResolveLiteralZone(name));
  return literal.zone;
}

int64_t TimeZone::FoldIntoRange(int64_t seconds) const {
  constexpr int64_t kCycleSeconds = int64_t{146097} * 86400;  // 400 Gregorian years
  if (cycle_start_ == INT64_MAX || seconds < cycle_start_ + kCycleSeconds) return seconds;
  return seconds - ((seconds - cycle_start_) / kCycleSeconds) * kCycleSeconds;
}

int32_t TimeZone::OffsetAtUtc(int64_t utc_seconds) const {
  utc_seconds = FoldIntoRange(utc_seconds);
  if (transitions_.empty() || utc_seconds < transitions_.front().at_utc_seconds) return initial_offset_;
  auto it = std::upper_bound(transitions_.begin(), transitions_.end(), utc_seconds,
                             [](int64_t t, const Transition& x) { return t < x.at_utc_seconds; });
  return std::prev(it)->offset_after;
}

int32_t TimeZone::OffsetForLocal(int64_t local_seconds) const {
  if (transitions_.empty()) return initial_offset_;
  local_seconds = FoldIntoRange(local_seconds);
  // PostgreSQL's DetermineTimeZoneOffset: find the first boundary after
  // (local - 1 day) read as UTC, and compare both candidate interpretations.
  int64_t prec = local_seconds - 86400;
  auto it = std::upper_bound(transitions_.begin(), transitions_.end(), prec,
                             [](int64_t t, const Transition& x) { return t < x.at_utc_seconds; });
  if (it == transitions_.end()) return OffsetAtUtc(prec);
  int32_t before = it == transitions_.begin() ? initial_offset_ : std::prev(it)->offset_after;
  int32_t after = it->offset_after;
  int64_t boundary = it->at_utc_seconds;
  int64_t before_time = local_seconds - before;
  int64_t after_time = local_seconds - after;
  if (before_time < boundary && after_time < boundary) return before;
  if (before_time >= boundary && after_time >= boundary) return after;
  return before_time > after_time ? before : after;
}

const std::string& TimeZone::AbbreviationAtUtc(int64_t utc_seconds) const {
  utc_seconds = FoldIntoRange(utc_seconds);
  if (transitions_.empty() || utc_seconds < transitions_.front().at_utc_seconds) return initial_abbreviation_;
  auto it = std::upper_bound(transitions_.begin(), transitions_.end(), utc_seconds,
                             [](int64_t t, const Transition& x) { return t < x.at_utc_seconds; });
  return types_[std::prev(it)->type].abbreviation;
}

bool TimeZone::OffsetForAbbreviation(std::string_view abbreviation, int64_t utc_seconds, int32_t* offset) const {
  // Only the file's own transitions, as PostgreSQL's table (newest or oldest
  // meaning is what extrapolation would repeat anyway).
  size_t cutoff = std::upper_bound(transitions_.begin(), transitions_.begin() + explicit_count_, utc_seconds,
                                   [](int64_t t, const Transition& x) { return t < x.at_utc_seconds; }) -
                  transitions_.begin();
  for (size_t i = cutoff; i-- > 0;) {
    if (types_[transitions_[i].type].abbreviation == abbreviation) {
      *offset = transitions_[i].offset_after;
      return true;
    }
  }
  for (size_t i = cutoff; i < explicit_count_; ++i) {
    if (types_[transitions_[i].type].abbreviation == abbreviation) {
      *offset = transitions_[i].offset_after;
      return true;
    }
  }
  return false;
}

Result<LiteralZone> ResolveLiteralZone(std::string_view name) {
  std::string lower = Lower(name);
  LiteralZone result;
  if (lower == "utc" || lower == "gmt" || lower == "z" || lower == "zulu" || lower == "ut") {
    result.zone = TimeZone::Utc();
    return result;
  }
  Registry& r = GetRegistry();
  {
    std::lock_guard<std::mutex> lock(r.mu);
    LoadAbbreviationsLocked(r);
    auto it = r.abbreviations.find(lower);
    if (it != r.abbreviations.end()) {
      if (it->second.second.empty()) {
        result.zone = FixedLocked(r, it->second.first);
        return result;
      }
      if (const TimeZone* zone = LoadNamedLocked(r, it->second.second)) {
        result.zone = zone;
        for (char ch : lower) result.abbreviation.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
        return result;
      }
    }
    if (const TimeZone* zone = LoadNamedLocked(r, name)) {
      result.zone = zone;
      return result;
    }
  }
  return Status::Error(sqlstate::kInvalidParameterValue, "time zone \"" + lower + "\" not recognized");
}

Result<LiteralZone> ResolveAtTimeZone(std::string_view name) {
  auto not_recognized = [&] {
    return Status::Error(sqlstate::kInvalidParameterValue, "time zone \"" + std::string(name) + "\" not recognized");
  };
  std::string lower = Lower(name);
  LiteralZone result;
  Registry& r = GetRegistry();
  std::lock_guard<std::mutex> lock(r.mu);
  LoadAbbreviationsLocked(r);
  auto it = r.abbreviations.find(lower);
  if (it != r.abbreviations.end()) {
    if (it->second.second.empty()) {
      result.zone = FixedLocked(r, it->second.first);
      return result;
    }
    if (const TimeZone* zone = LoadNamedLocked(r, it->second.second)) {
      result.zone = zone;
      for (char ch : lower) result.abbreviation.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
      return result;
    }
  }
  if (name.empty()) return not_recognized();
  if (const TimeZone* zone = LoadNamedLocked(r, name)) {
    result.zone = zone;
    return result;
  }
  PosixRule rule;
  if (ParsePosixRule(name, &rule) && !rule.has_dst) {
    result.zone = NamedFixedLocked(r, std::string(name), rule.std_offset_east, rule.std_name);
    return result;
  }
  std::string_view rest = name;
  int32_t west = 0;
  if ((rest.front() == '+' || rest.front() == '-' || (rest.front() >= '0' && rest.front() <= '9')) &&
      ParsePosixTime(&rest, &west) && rest.empty() && std::abs(west) <= 24 * 3600) {
    result.zone = NamedFixedLocked(r, std::string(name), -west, "");
    return result;
  }
  return not_recognized();
}

}  // namespace augur::types
