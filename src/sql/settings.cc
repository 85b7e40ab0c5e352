// The settings registry and SessionSettings; see settings.h and
// docs/settings.md. Parsing and error texts follow PostgreSQL 15's guc.c
// (parse_bool, parse_int with units, parse_real, enums) and the check hooks
// of the string settings (check_datestyle, check_timezone, ...).
#include "sql/settings.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdlib>
#include <span>
#include <unordered_map>

#include "types/timezone.h"

namespace augur::sql {

namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\n' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\n' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

Status InvalidValue(std::string_view name, std::string_view value) {
  return Status::Error(sqlstate::kInvalidParameterValue,
                       "invalid value for parameter \"" + std::string(name) + "\": \"" + std::string(value) + "\"");
}

// ---- check hooks for string settings -------------------------------------

// check_datestyle: a list of style and order keywords; unspecified parts keep
// the current value. Only what augurdb prints and parses is accepted: ISO
// output with MDY input order (other styles would print ISO under another
// name, other orders would read '01/02/03' wrongly): 0A000 otherwise.
Result<std::string> CheckDateStyle(const SettingDefinition& definition, std::string_view value) {
  std::string style;
  std::string order;
  bool have_style = false;
  bool have_order = false;
  std::string text(value);
  size_t position = 0;
  while (position <= text.size()) {
    size_t end = text.find_first_of(", ", position);
    if (end == std::string::npos) end = text.size();
    std::string word = Lower(Trim(std::string_view(text).substr(position, end - position)));
    position = end + 1;
    if (word.empty()) {
      if (end == text.size()) break;
      continue;
    }
    std::string new_style;
    std::string new_order;
    if (word == "iso") {
      new_style = "ISO";
    } else if (word == "sql") {
      new_style = "SQL";
    } else if (word == "postgres") {
      new_style = "Postgres";
    } else if (word == "german") {
      new_style = "German";
      if (!have_order) order = "DMY";
    } else if (word == "ymd") {
      new_order = "YMD";
    } else if (word == "dmy" || word == "euro" || word == "european") {
      new_order = "DMY";
    } else if (word == "mdy" || word == "us" || word == "noneuro" || word == "noneuropean") {
      new_order = "MDY";
    } else if (word == "default") {
      new_style = "ISO";
      new_order = "MDY";
    } else {
      return InvalidValue(definition.name, value).WithDetail("Unrecognized key word: \"" + word + "\".");
    }
    if (!new_style.empty()) {
      if (have_style && style != new_style) {
        return InvalidValue(definition.name, value).WithDetail("Conflicting \"datestyle\" specifications.");
      }
      style = new_style;
      have_style = true;
    }
    if (!new_order.empty()) {
      if (have_order && order != new_order) {
        return InvalidValue(definition.name, value).WithDetail("Conflicting \"datestyle\" specifications.");
      }
      order = new_order;
      have_order = true;
    }
    if (end == text.size()) break;
  }
  if (style.empty()) style = "ISO";
  if (order.empty()) order = "MDY";
  std::string canonical = style + ", " + order;
  if (canonical != "ISO, MDY") {
    return Status::NotSupported("DateStyle \"" + canonical + "\" (augurdb reads and prints dates as \"ISO, MDY\")");
  }
  return canonical;
}

Result<std::string> CheckTimeZone(const SettingDefinition& definition, std::string_view value) {
  std::string_view text = Trim(value);
  if (Lower(text) == "local" || Lower(text) == "default") text = "UTC";
  auto zone = types::TimeZone::Find(text);
  if (!zone.ok()) return InvalidValue(definition.name, value);
  const std::string& name = (*zone)->name();
  return name.empty() ? std::string(text) : name;
}

// PostgreSQL's encoding names (pg_enc2name_tbl) and their aliases, squeezed
// (lower case without '-' and '_'). augurdb speaks UTF8 only.
Result<std::string> CheckClientEncoding(const SettingDefinition& definition, std::string_view value) {
  std::string squeezed;
  for (char c : Lower(Trim(value))) {
    if (c != '-' && c != '_') squeezed.push_back(c);
  }
  if (squeezed == "utf8" || squeezed == "unicode") return std::string("UTF8");
  static const char* const kKnown[] = {
      "sqlascii", "eucjp", "euccn", "euckr", "euctw", "eucjis2004", "muleinternal", "latin1", "latin2", "latin3",
      "latin4", "latin5", "latin6", "latin7", "latin8", "latin9", "latin10", "win1256", "win1258", "win866",
      "win874", "koi8r", "koi8", "win1251", "win1252", "iso88595", "iso88596", "iso88597", "iso88598", "win1250",
      "win1253", "win1254", "win1255", "win1257", "koi8u", "sjis", "big5", "gbk", "uhc", "gb18030", "johab",
      "shiftjis2004", "windows1251", "windows1252", "windows866", "iso88591", "iso88592", "alt", "mskanji",
      "shiftjis", "tcvn", "tcvn5712", "vscii", "abc", "win", "unicode"};
  for (const char* known : kKnown) {
    if (squeezed == known) {
      return Status::NotSupported("client_encoding \"" + std::string(Trim(value)) + "\" (augurdb speaks UTF8 only)");
    }
  }
  return InvalidValue(definition.name, value);
}

// check_application_name: non-printable-ASCII bytes become '?'.
Result<std::string> CheckApplicationName(const SettingDefinition&, std::string_view value) {
  std::string out;
  for (char c : value) {
    unsigned char u = static_cast<unsigned char>(c);
    out.push_back(u < 32 || u > 126 ? '?' : c);
  }
  return out;
}

// check_search_path: a list of (possibly double-quoted) identifiers.
Result<std::string> CheckSearchPath(const SettingDefinition& definition, std::string_view value) {
  size_t i = 0;
  std::string_view s = value;
  auto skip_spaces = [&] {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
  };
  skip_spaces();
  if (i == s.size()) return std::string(value);
  for (;;) {
    if (i < s.size() && s[i] == '"') {
      ++i;
      bool closed = false;
      while (i < s.size()) {
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            i += 2;
            continue;
          }
          closed = true;
          ++i;
          break;
        }
        ++i;
      }
      if (!closed) return InvalidValue(definition.name, value).WithDetail("List syntax is invalid.");
    } else {
      size_t start = i;
      while (i < s.size() && s[i] != ',' && s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r') ++i;
      if (i == start) return InvalidValue(definition.name, value).WithDetail("List syntax is invalid.");
    }
    skip_spaces();
    if (i == s.size()) break;
    if (s[i] != ',') return InvalidValue(definition.name, value).WithDetail("List syntax is invalid.");
    ++i;
    skip_spaces();
  }
  return std::string(value);
}

// ---- the registry ---------------------------------------------------------

constexpr std::string_view kStatementBehavior = "Client Connection Defaults / Statement Behavior";
constexpr std::string_view kLocale = "Client Connection Defaults / Locale and Formatting";
constexpr std::string_view kPreset = "Preset Options";
constexpr std::string_view kCompatibility = "Version and Platform Compatibility / Previous PostgreSQL Versions";
constexpr std::string_view kConnection = "Connections and Authentication / Connection Settings";
constexpr std::string_view kPlanner = "Query Tuning / Other Planner Options";
constexpr std::string_view kPlannerMethod = "Query Tuning / Planner Method Configuration";
constexpr std::string_view kMemory = "Resource Usage / Memory";

// The fields every kind of setting has.
SettingDefinition Base(std::string_view name, SettingType type, std::string_view boot, SettingContext context,
                       std::string_view category, std::string_view description, bool report = false) {
  SettingDefinition d;
  d.name = name;
  d.type = type;
  d.context = context;
  d.boot_value = boot;
  d.category = category;
  d.description = description;
  d.report = report;
  return d;
}

SettingDefinition Bool(std::string_view name, std::string_view boot, SettingContext context,
                       std::string_view category, std::string_view description, bool report = false) {
  return Base(name, SettingType::kBool, boot, context, category, description, report);
}

SettingDefinition Int(std::string_view name, std::string_view boot, std::string_view unit, int64_t min, int64_t max,
                      SettingContext context, std::string_view category, std::string_view description) {
  SettingDefinition d = Base(name, SettingType::kInt, boot, context, category, description);
  d.unit = unit;
  d.min = min;
  d.max = max;
  return d;
}

SettingDefinition Real(std::string_view name, std::string_view boot, double min, double max,
                       std::string_view category, std::string_view description) {
  SettingDefinition d = Base(name, SettingType::kReal, boot, SettingContext::kUser, category, description);
  d.real_min = min;
  d.real_max = max;
  return d;
}

SettingDefinition String(std::string_view name, std::string_view boot, SettingContext context,
                         std::string_view category, std::string_view description, SettingCheck check = nullptr,
                         bool report = false) {
  SettingDefinition d = Base(name, SettingType::kString, boot, context, category, description, report);
  d.check = check;
  return d;
}

SettingDefinition Enum(std::string_view name, std::string_view boot, std::vector<std::string_view> values,
                       std::vector<std::string_view> hidden, SettingContext context, std::string_view category,
                       std::string_view description, bool report = false) {
  SettingDefinition d = Base(name, SettingType::kEnum, boot, context, category, description, report);
  d.enum_values = std::move(values);
  d.hidden_enum_values = std::move(hidden);
  return d;
}

std::vector<SettingDefinition> BuildRegistry() {
  using C = SettingContext;
  const std::vector<std::string_view> kIsolations = {"serializable", "repeatable read", "read committed",
                                                     "read uncommitted"};
  std::vector<SettingDefinition> all = {
      String("application_name", "", C::kUser, "Reporting and Logging / What to Log",
             "Sets the application name to be reported in statistics and logs.", CheckApplicationName, true),
      Bool("array_nulls", "on", C::kUser, kCompatibility, "Enable input of NULL elements in arrays."),
      Enum("backslash_quote", "safe_encoding", {"safe_encoding", "on", "off"}, {"true", "false", "yes", "no", "1", "0"},
           C::kUser, kCompatibility, "Sets whether \"\\'\" is allowed in string literals."),
      Int("block_size", "8192", "", 8192, 8192, C::kInternal, kPreset, "Shows the size of a disk block."),
      Enum("bytea_output", "hex", {"escape", "hex"}, {}, C::kUser, kStatementBehavior,
           "Sets the output format for bytea."),
      Bool("check_function_bodies", "on", C::kUser, kStatementBehavior,
           "Check routine bodies during CREATE FUNCTION and CREATE PROCEDURE."),
      String("client_encoding", "UTF8", C::kUser, kLocale, "Sets the client's character set encoding.",
             CheckClientEncoding, true),
      Enum("client_min_messages", "notice",
           {"debug5", "debug4", "debug3", "debug2", "debug1", "log", "notice", "warning", "error"}, {"info", "debug"},
           C::kUser, kStatementBehavior, "Sets the message levels that are sent to the client."),
      Real("cursor_tuple_fraction", "0.1", 0, 1, kPlanner,
           "Sets the planner's estimate of the fraction of a cursor's rows that will be retrieved."),
      Bool("data_checksums", "off", C::kInternal, kPreset, "Shows whether data checksums are turned on for this cluster."),
      String("DateStyle", "ISO, MDY", C::kUser, kLocale, "Sets the display format for date and time values.",
             CheckDateStyle, true),
      Bool("default_transaction_deferrable", "off", C::kUser, kStatementBehavior,
           "Sets the default deferrable status of new transactions."),
      Enum("default_transaction_isolation", "read committed", kIsolations, {}, C::kUser, kStatementBehavior,
           "Sets the transaction isolation level of each new transaction."),
      Bool("default_transaction_read_only", "off", C::kUser, kStatementBehavior,
           "Sets the default read-only status of new transactions.", true),
      Bool("enable_seqscan", "on", C::kUser, kPlannerMethod, "Enables the planner's use of sequential-scan plans."),
      Bool("escape_string_warning", "on", C::kUser, kCompatibility,
           "Warn about backslash escapes in ordinary string literals."),
      Int("extra_float_digits", "1", "", -15, 3, C::kUser, kLocale,
          "Sets the number of digits displayed for floating-point values."),
      Int("idle_in_transaction_session_timeout", "0", "ms", 0, 2147483647, C::kUser, kStatementBehavior,
          "Sets the maximum allowed idle time between queries, when in a transaction."),
      Int("idle_session_timeout", "0", "ms", 0, 2147483647, C::kUser, kStatementBehavior,
          "Sets the maximum allowed idle time between queries, when not in a transaction."),
      Bool("in_hot_standby", "off", C::kInternal, kPreset, "Shows whether hot standby is currently active.", true),
      Bool("integer_datetimes", "on", C::kInternal, kPreset, "Shows whether datetimes are integer based.", true),
      Enum("IntervalStyle", "postgres", {"postgres", "postgres_verbose", "sql_standard", "iso_8601"}, {}, C::kUser,
           kLocale, "Sets the display format for interval values.", true),
      Bool("is_superuser", "on", C::kInternal, "Ungrouped", "Shows whether the current user is a superuser.", true),
      Int("join_collapse_limit", "8", "", 1, 2147483647, C::kUser, kPlanner,
          "Sets the FROM-list size beyond which JOIN constructs are not flattened."),
      String("lc_collate", "C", C::kInternal, kPreset, "Shows the collation order locale."),
      String("lc_ctype", "C", C::kInternal, kPreset, "Shows the character classification and case conversion locale."),
      String("lc_messages", "C", C::kSuperuser, kLocale, "Sets the language in which messages are displayed."),
      String("lc_monetary", "C", C::kUser, kLocale, "Sets the locale for formatting monetary amounts."),
      String("lc_numeric", "C", C::kUser, kLocale, "Sets the locale for formatting numbers."),
      String("lc_time", "C", C::kUser, kLocale, "Sets the locale for formatting date and time values."),
      Int("lock_timeout", "0", "ms", 0, 2147483647, C::kUser, kStatementBehavior,
          "Sets the maximum allowed duration of any wait for a lock."),
      Int("maintenance_work_mem", "64MB", "kB", 1024, 2147483647, C::kUser, kMemory,
          "Sets the maximum memory to be used for maintenance operations."),
      Int("max_connections", "100", "", 1, 262143, C::kPostmaster, kConnection,
          "Sets the maximum number of concurrent connections."),
      Int("max_function_args", "100", "", 100, 100, C::kInternal, kPreset,
          "Shows the maximum number of function arguments."),
      Int("max_identifier_length", "63", "", 63, 63, C::kInternal, kPreset, "Shows the maximum identifier length."),
      Int("max_index_keys", "32", "", 32, 32, C::kInternal, kPreset, "Shows the maximum number of index keys."),
      Enum("password_encryption", "scram-sha-256", {"md5", "scram-sha-256"}, {}, C::kUser,
           "Connections and Authentication / Authentication", "Chooses the algorithm for encrypting passwords."),
      Enum("plan_cache_mode", "auto", {"auto", "force_generic_plan", "force_custom_plan"}, {}, C::kUser, kPlanner,
           "Controls the planner's selection of custom or generic plan."),
      Bool("quote_all_identifiers", "off", C::kUser, kCompatibility,
           "When generating SQL fragments, quote all identifiers."),
      Bool("row_security", "on", C::kUser, kStatementBehavior, "Enable row security."),
      String("search_path", "\"$user\", public", C::kUser, kStatementBehavior,
             "Sets the schema search order for names that are not schema-qualified.", CheckSearchPath),
      Int("segment_size", "1GB", "8kB", 131072, 131072, C::kInternal, kPreset,
          "Shows the number of pages per disk file."),
      String("server_encoding", "UTF8", C::kInternal, kPreset, "Shows the server (database) character set encoding.",
             nullptr, true),
      String("server_version", kServerVersion, C::kInternal, kPreset, "Shows the server version.", nullptr, true),
      Int("server_version_num", "150004", "",
          kServerVersionNum, kServerVersionNum, C::kInternal, kPreset, "Shows the server version as an integer."),
      String("session_authorization", "postgres", C::kInternal, "Ungrouped",
             "Sets the session user name.", nullptr, true),
      Bool("standard_conforming_strings", "on", C::kUser, kCompatibility,
           "Causes '...' strings to treat backslashes literally.", true),
      Int("statement_timeout", "0", "ms", 0, 2147483647, C::kUser, kStatementBehavior,
          "Sets the maximum allowed duration of any statement."),
      Enum("synchronous_commit", "on", {"local", "remote_write", "remote_apply", "on", "off"},
           {"true", "false", "yes", "no", "1", "0"}, C::kUser, "Write-Ahead Log / Settings",
           "Sets the current transaction's synchronization level."),
      String("TimeZone", "UTC", C::kUser, kLocale, "Sets the time zone for displaying and interpreting time stamps.",
             CheckTimeZone, true),
      String("timezone_abbreviations", "Default", C::kUser, kLocale, "Selects a file of time zone abbreviations."),
      Bool("transaction_deferrable", "off", C::kUser, kStatementBehavior,
           "Whether to defer a read-only serializable transaction until it can be executed with no possible "
           "serialization failures."),
      Enum("transaction_isolation", "read committed", kIsolations, {}, C::kUser, kStatementBehavior,
           "Sets the current transaction's isolation level."),
      Bool("transaction_read_only", "off", C::kUser, kStatementBehavior,
           "Sets the current transaction's read-only status."),
      Bool("transform_null_equals", "off", C::kUser, "Version and Platform Compatibility / Other Platforms and Clients",
           "Treats \"expr=NULL\" as \"expr IS NULL\"."),
      Int("wal_block_size", "8192", "", 8192, 8192, C::kInternal, kPreset,
          "Shows the block size in the write ahead log."),
      Int("work_mem", "4MB", "kB", 64, 2147483647, C::kUser, kMemory,
          "Sets the maximum memory to be used for query workspaces."),
      Enum("xmloption", "content", {"content", "document"}, {}, C::kUser, kStatementBehavior,
           "Sets whether XML data in implicit parsing and serialization operations is to be considered as documents "
           "or content fragments."),
  };
  // Values SHOW prints differ from the raw boot values for unit settings.
  for (SettingDefinition& d : all) {
    if (d.name == "is_superuser" || d.name == "session_authorization") d.show_all = false;
  }
  std::sort(all.begin(), all.end(),
            [](const SettingDefinition& a, const SettingDefinition& b) { return Lower(a.name) < Lower(b.name); });
  return all;
}

// ---- value parsing -----------------------------------------------------------

// parse_bool_with_len.
bool ParseBoolValue(std::string_view value, bool* result) {
  std::string v = Lower(value);
  if (v.empty()) return false;
  auto prefix_of = [&](std::string_view word, size_t min_length) {
    return v.size() >= min_length && v.size() <= word.size() && word.substr(0, v.size()) == v;
  };
  if (prefix_of("true", 1) || prefix_of("yes", 1) || prefix_of("on", 2) || v == "1") {
    *result = true;
    return true;
  }
  if (prefix_of("false", 1) || prefix_of("no", 1) || prefix_of("off", 2) || v == "0") {
    *result = false;
    return true;
  }
  return false;
}

struct UnitFactor {
  std::string_view unit;
  double factor;  // in the smallest unit of the family (us or B)
};
constexpr UnitFactor kTimeUnits[] = {{"us", 1}, {"ms", 1e3}, {"s", 1e6}, {"min", 60e6}, {"h", 3600e6}, {"d", 86400e6}};
constexpr UnitFactor kMemoryUnits[] = {{"B", 1}, {"kB", 1024}, {"MB", 1048576}, {"GB", 1073741824.0},
                                       {"TB", 1099511627776.0}};

bool IsTimeUnit(std::string_view unit) { return unit == "ms" || unit == "s" || unit == "min"; }
double BaseFactor(std::string_view unit) {
  if (unit == "ms") return 1e3;
  if (unit == "s") return 1e6;
  if (unit == "min") return 60e6;
  if (unit == "kB") return 1024;
  if (unit == "8kB") return 8192;
  return 1;
}

// parse_int: decimal (possibly fractional, rounded) or hex, optional unit.
Result<std::string> NormalizeInt(const SettingDefinition& d, std::string_view value) {
  std::string text(Trim(value));
  const char* start = text.c_str();
  char* end = nullptr;
  double number;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    number = static_cast<double>(std::strtoll(start, &end, 16));
  } else {
    number = std::strtod(start, &end);
  }
  auto invalid = [&]() {
    Status status = InvalidValue(d.name, value);
    if (IsTimeUnit(d.unit)) {
      return std::move(status).WithHint(
          "Valid units for this parameter are \"us\", \"ms\", \"s\", \"min\", \"h\", and \"d\".");
    }
    if (d.unit == "kB" || d.unit == "8kB") {
      return std::move(status).WithHint(
          "Valid units for this parameter are \"B\", \"kB\", \"MB\", \"GB\", and \"TB\".");
    }
    return status;
  };
  if (end == start || std::isnan(number)) return invalid();
  std::string_view rest = Trim(std::string_view(end));
  if (!rest.empty()) {
    if (d.unit.empty()) return invalid();
    bool found = false;
    std::span<const UnitFactor> units = IsTimeUnit(d.unit) ? std::span<const UnitFactor>(kTimeUnits)
                                                           : std::span<const UnitFactor>(kMemoryUnits);
    for (const UnitFactor& u : units) {
      if (rest == u.unit) {
        number = number * u.factor / BaseFactor(d.unit);
        found = true;
        break;
      }
    }
    if (!found) return invalid();
  }
  number = std::rint(number);
  if (number < -9.2e18 || number > 9.2e18) number = number < 0 ? -9.2e18 : 9.2e18;
  int64_t x = static_cast<int64_t>(number);
  if (x < d.min || x > d.max) {
    std::string unit_text = d.unit.empty() ? "" : " " + std::string(d.unit);
    return Status::Error(sqlstate::kInvalidParameterValue,
                         std::to_string(x) + unit_text + " is outside the valid range for parameter \"" +
                             std::string(d.name) + "\" (" + std::to_string(d.min) + " .. " + std::to_string(d.max) +
                             ")");
  }
  // SHOW prints the largest unit that divides the value evenly.
  if (d.unit.empty() || x == 0) return std::to_string(x);
  double base = BaseFactor(d.unit);
  std::span<const UnitFactor> units = IsTimeUnit(d.unit) ? std::span<const UnitFactor>(kTimeUnits)
                                                         : std::span<const UnitFactor>(kMemoryUnits);
  for (size_t i = units.size(); i-- > 0;) {
    double factor = units[i].factor / base;
    if (factor < 1) break;
    int64_t f = static_cast<int64_t>(factor);
    if (x % f == 0) return std::to_string(x / f) + std::string(units[i].unit);
  }
  return std::to_string(x) + std::string(d.unit);
}

std::string FormatReal(double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%g", x);
  return buffer;
}

Result<std::string> NormalizeReal(const SettingDefinition& d, std::string_view value) {
  std::string text(Trim(value));
  char* end = nullptr;
  double x = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || *Trim(std::string_view(end)).data() != '\0' || std::isnan(x)) {
    return InvalidValue(d.name, value);
  }
  if (x < d.real_min || x > d.real_max) {
    return Status::Error(sqlstate::kInvalidParameterValue,
                         FormatReal(x) + " is outside the valid range for parameter \"" + std::string(d.name) +
                             "\" (" + FormatReal(d.real_min) + " .. " + FormatReal(d.real_max) + ")");
  }
  return FormatReal(x);
}

Result<std::string> NormalizeEnum(const SettingDefinition& d, std::string_view value) {
  std::string v = Lower(value);
  for (std::string_view candidate : d.enum_values) {
    if (v == candidate) return std::string(candidate);
  }
  for (std::string_view candidate : d.hidden_enum_values) {
    if (v != candidate) continue;
    // Boolean spellings of on/off enums map to their on/off values.
    bool b = false;
    if (ParseBoolValue(candidate, &b)) return std::string(b ? "on" : "off");
    if (candidate == "debug") return std::string("debug2");
    return std::string(candidate);
  }
  std::string hint = "Available values: ";
  for (size_t i = 0; i < d.enum_values.size(); ++i) {
    if (i > 0) hint += ", ";
    hint += d.enum_values[i];
  }
  hint += ".";
  return InvalidValue(d.name, value).WithHint(std::move(hint));
}

}  // namespace

const std::string& VersionString() {
  static const std::string version = "PostgreSQL " + std::string(kServerVersion) +
                                     " on x86_64-pc-linux-gnu, compiled by g++ " __VERSION__ ", 64-bit (augurdb " +
                                     std::string(kAugurVersion) + ")";
  return version;
}

const std::vector<SettingDefinition>& AllSettings() {
  static const std::vector<SettingDefinition> all = BuildRegistry();
  return all;
}

const SettingDefinition* FindSetting(std::string_view name) {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string, const SettingDefinition*>();
    for (const SettingDefinition& d : AllSettings()) (*map)[Lower(d.name)] = &d;
    return map;
  }();
  auto it = index->find(Lower(name));
  return it == index->end() ? nullptr : it->second;
}

Status UnrecognizedSetting(std::string_view name) {
  return Status::Error(sqlstate::kUndefinedObject, "unrecognized configuration parameter \"" + std::string(name) + "\"");
}

Result<std::string> NormalizeSettingValue(const SettingDefinition& d, std::string_view value) {
  switch (d.type) {
    case SettingType::kBool: {
      bool b = false;
      if (!ParseBoolValue(Trim(value), &b)) {
        return Status::Error(sqlstate::kInvalidParameterValue,
                             "parameter \"" + std::string(d.name) + "\" requires a Boolean value");
      }
      return std::string(b ? "on" : "off");
    }
    case SettingType::kInt: return NormalizeInt(d, value);
    case SettingType::kReal: return NormalizeReal(d, value);
    case SettingType::kEnum: return NormalizeEnum(d, value);
    case SettingType::kString:
      if (d.check != nullptr) return d.check(d, value);
      return std::string(value);
  }
  return std::string(value);
}

int64_t SettingIntValue(const SettingDefinition& d, std::string_view canonical) {
  char* end = nullptr;
  std::string text(canonical);
  double number = std::strtod(text.c_str(), &end);
  std::string_view unit = Trim(std::string_view(end));
  if (!unit.empty()) {
    std::span<const UnitFactor> units = IsTimeUnit(d.unit) ? std::span<const UnitFactor>(kTimeUnits)
                                                           : std::span<const UnitFactor>(kMemoryUnits);
    for (const UnitFactor& u : units) {
      if (unit == u.unit) number = number * u.factor / BaseFactor(d.unit);
    }
  }
  return static_cast<int64_t>(std::rint(number));
}

// ---- SessionSettings ----------------------------------------------------------

SessionSettings::SessionSettings() {
  const auto& all = AllSettings();
  slots_.resize(all.size());
  for (size_t i = 0; i < all.size(); ++i) {
    slots_[i].value = std::string(all[i].boot_value);
    slots_[i].reset_value = slots_[i].value;
    slots_[i].last_reported.clear();
    slots_[i].report_pending = all[i].report;
    Cache(i);
  }
  any_report_pending_ = true;
}

size_t SessionSettings::IndexOf(const SettingDefinition& definition) const {
  const auto& all = AllSettings();
  assert(&definition >= all.data() && &definition < all.data() + all.size());
  return static_cast<size_t>(&definition - all.data());
}

std::optional<std::string> SessionSettings::Get(std::string_view name) const {
  const SettingDefinition* d = FindSetting(name);
  if (d == nullptr) {
    auto it = custom_.find(Lower(name));
    if (it == custom_.end()) return std::nullopt;
    return it->second.value;
  }
  return slots_[IndexOf(*d)].value;
}

const std::string& SessionSettings::Get(const SettingDefinition& definition) const {
  return slots_[IndexOf(definition)].value;
}

const std::string& SessionSettings::default_transaction_isolation() const {
  static const SettingDefinition* d = FindSetting("default_transaction_isolation");
  return Get(*d);
}

void SessionSettings::Cache(size_t index) {
  const SettingDefinition& d = AllSettings()[index];
  const std::string& v = slots_[index].value;
  std::string_view name = d.name;
  if (name == "statement_timeout") {
    statement_timeout_ms_ = SettingIntValue(d, v);
  } else if (name == "lock_timeout") {
    lock_timeout_ms_ = SettingIntValue(d, v);
  } else if (name == "idle_in_transaction_session_timeout") {
    idle_in_transaction_timeout_ms_ = SettingIntValue(d, v);
  } else if (name == "extra_float_digits") {
    extra_float_digits_ = static_cast<int>(SettingIntValue(d, v));
  } else if (name == "synchronous_commit") {
    synchronous_commit_ = v != "off";
  } else if (name == "default_transaction_read_only") {
    default_read_only_ = v == "on";
  } else if (name == "TimeZone") {
    auto zone = types::TimeZone::Find(v);
    time_zone_ = zone.ok() ? *zone : nullptr;
  }
}

void SessionSettings::Assign(size_t index, std::string value) {
  Slot& slot = slots_[index];
  if (slot.value == value) return;
  slot.value = std::move(value);
  if (AllSettings()[index].report) {
    slot.report_pending = true;
    any_report_pending_ = true;
  }
  Cache(index);
}

// push_old_value: remember the value to restore at the end of this nesting
// level (guc.c's stack states SAVE / SET / LOCAL / SET+LOCAL).
void SessionSettings::Push(size_t index, Action action) { PushSlot(slots_[index], action); }

void SessionSettings::PushSlot(Slot& slot, Action action) {
  if (nest_level_ == 0) return;  // outside any transaction: nothing to undo
  any_stacked_ = true;
  if (!slot.stack.empty() && slot.stack.back().nest_level >= nest_level_) {
    StackEntry& top = slot.stack.back();
    if (action == Action::kSet) {
      top.masked.clear();
      top.state = StackState::kSet;
    } else if (top.state == StackState::kSet) {
      top.masked = slot.value;
      top.state = StackState::kSetLocal;
    }
    return;
  }
  slot.stack.push_back(
      {nest_level_, action == Action::kSet ? StackState::kSet : StackState::kLocal, slot.value, std::string()});
}

Status SessionSettings::Set(std::string_view name, std::optional<std::string_view> value, Action action,
                            Source source) {
  const SettingDefinition* d = FindSetting(name);
  if (d == nullptr) {
    // "prefix.name": a custom placeholder setting, any string value.
    if (name.find('.') == std::string_view::npos || name.front() == '.' || name.back() == '.') {
      return UnrecognizedSetting(name);
    }
    Slot& slot = custom_[Lower(name)];
    std::string canonical = value.has_value() ? std::string(*value) : slot.reset_value;
    if (source == Source::kStartup) slot.reset_value = canonical;
    else PushSlot(slot, action);
    slot.value = std::move(canonical);
    return Status::Ok();
  }
  size_t index = IndexOf(*d);
  if (d->context == SettingContext::kInternal) {
    return Status::Error("55P02", "parameter \"" + std::string(d->name) + "\" cannot be changed");
  }
  if (d->context == SettingContext::kPostmaster) {
    return Status::Error("55P02", "parameter \"" + std::string(d->name) +
                                      "\" cannot be changed without restarting the server");
  }
  if (d->context == SettingContext::kSighup) {
    return Status::Error("55P02", "parameter \"" + std::string(d->name) + "\" cannot be changed now");
  }
  std::string canonical;
  if (value.has_value()) {
    ASSIGN_OR_RETURN(canonical, NormalizeSettingValue(*d, *value));
    // Values augurdb cannot honour are refused rather than ignored.
    if (d->name == "standard_conforming_strings" && canonical == "off") {
      return Status::NotSupported("standard_conforming_strings = off");
    }
    if (d->name == "IntervalStyle" && canonical != "postgres") {
      return Status::NotSupported("IntervalStyle \"" + canonical + "\"");
    }
  } else {
    canonical = slots_[index].reset_value;
  }
  if (source == Source::kStartup) {
    slots_[index].reset_value = canonical;
    Assign(index, std::move(canonical));
    return Status::Ok();
  }
  Push(index, action);
  Assign(index, std::move(canonical));
  return Status::Ok();
}

void SessionSettings::SetInternal(std::string_view name, std::string value) {
  const SettingDefinition* d = FindSetting(name);
  assert(d != nullptr);
  size_t index = IndexOf(*d);
  slots_[index].reset_value = value;
  Assign(index, std::move(value));
}

void SessionSettings::ResetAll() {
  const auto& all = AllSettings();
  for (size_t i = 0; i < all.size(); ++i) {
    const SettingDefinition& d = all[i];
    if (d.context != SettingContext::kUser && d.context != SettingContext::kSuperuser) continue;
    // Per-transaction settings are not touched by RESET ALL.
    if (d.name == "transaction_isolation" || d.name == "transaction_read_only" ||
        d.name == "transaction_deferrable") {
      continue;
    }
    if (slots_[i].value == slots_[i].reset_value) continue;
    Push(i, Action::kSet);
    Assign(i, slots_[i].reset_value);
  }
  for (auto& [name, slot] : custom_) {
    if (slot.value == slot.reset_value) continue;
    PushSlot(slot, Action::kSet);
    slot.value = slot.reset_value;
  }
}

void SessionSettings::BeginTransaction() {
  assert(nest_level_ == 0);
  nest_level_ = 1;
}

void SessionSettings::EndTransaction(bool commit) {
  if (nest_level_ == 0) return;
  while (nest_level_ > 1) EndSubtransaction(commit);
  EndLevel(commit);
  nest_level_ = 0;
}

void SessionSettings::BeginSubtransaction() {
  assert(nest_level_ >= 1);
  ++nest_level_;
}

void SessionSettings::EndSubtransaction(bool commit) {
  assert(nest_level_ >= 2);
  EndLevel(commit);
  --nest_level_;
}

// AtEOXact_GUC for the current nesting level.
void SessionSettings::EndLevel(bool commit) {
  if (!any_stacked_) return;  // nothing was SET in the transaction (the usual case)
  bool stacked = false;
  for (size_t i = 0; i < slots_.size(); ++i) {
    std::optional<std::string> restored = EndLevelSlot(slots_[i], commit);
    if (restored) Assign(i, std::move(*restored));
    stacked = stacked || !slots_[i].stack.empty();
  }
  for (auto& [name, slot] : custom_) {
    std::optional<std::string> restored = EndLevelSlot(slot, commit);
    if (restored) slot.value = std::move(*restored);
    stacked = stacked || !slot.stack.empty();
  }
  any_stacked_ = stacked;
}

// One setting's stack at the end of the current level; returns the value to
// restore, if any.
std::optional<std::string> SessionSettings::EndLevelSlot(Slot& slot, bool commit) {
  const int level = nest_level_;
  std::optional<std::string> restored;
  while (!slot.stack.empty() && slot.stack.back().nest_level >= level) {
    StackEntry entry = std::move(slot.stack.back());
    StackEntry* previous = slot.stack.size() >= 2 ? &slot.stack[slot.stack.size() - 2] : nullptr;
    bool restore_prior = false;
    bool restore_masked = false;
    if (!commit || entry.state == StackState::kSave) {
      restore_prior = true;
    } else if (entry.nest_level == 1) {
      if (entry.state == StackState::kSetLocal) {
        restore_masked = true;
      } else if (entry.state == StackState::kLocal) {
        restore_prior = true;
      }
      // kSet: keep the current value.
    } else if (previous == nullptr || previous->nest_level < entry.nest_level - 1) {
      // Nothing saved at the enclosing level yet: this entry moves down.
      slot.stack.back() = std::move(entry);
      slot.stack.back().nest_level--;
      break;
    } else {
      switch (entry.state) {
        case StackState::kSave: break;
        case StackState::kSet:
          previous->masked.clear();
          previous->state = StackState::kSet;
          break;
        case StackState::kLocal:
          if (previous->state == StackState::kSet) {
            previous->masked = entry.prior;
            previous->state = StackState::kSetLocal;
          }
          break;
        case StackState::kSetLocal:
          previous->masked = entry.masked;
          previous->state = StackState::kSetLocal;
          break;
      }
    }
    slot.stack.pop_back();
    if (restore_prior) {
      restored = std::move(entry.prior);
    } else if (restore_masked) {
      restored = std::move(entry.masked);
    }
  }
  return restored;
}

std::vector<std::pair<std::string, std::string>> SessionSettings::TakeAllReports() {
  std::vector<std::pair<std::string, std::string>> out;
  const auto& all = AllSettings();
  for (size_t i = 0; i < all.size(); ++i) {
    if (!all[i].report) continue;
    out.emplace_back(std::string(all[i].name), slots_[i].value);
    slots_[i].last_reported = slots_[i].value;
    slots_[i].report_pending = false;
  }
  any_report_pending_ = false;
  return out;
}

std::vector<std::pair<std::string, std::string>> SessionSettings::TakeChangedReports() {
  std::vector<std::pair<std::string, std::string>> out;
  if (!any_report_pending_) return out;
  any_report_pending_ = false;
  const auto& all = AllSettings();
  for (size_t i = 0; i < all.size(); ++i) {
    Slot& slot = slots_[i];
    if (!slot.report_pending) continue;
    slot.report_pending = false;
    if (slot.value == slot.last_reported) continue;
    out.emplace_back(std::string(all[i].name), slot.value);
    slot.last_reported = slot.value;
  }
  return out;
}

}  // namespace augur::sql
