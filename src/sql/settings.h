// Session settings (PostgreSQL's GUCs): the registry of every setting augurdb
// knows, and one session's values with PostgreSQL 15's transactional rules.
//
// The registry (AllSettings / FindSetting) is a static table: PostgreSQL's
// name, type, unit, boot value, context, allowed values, whether the setting is
// GUC_REPORT (sent as ParameterStatus), and the category and description that
// SHOW ALL and pg_settings print. Names are matched case-insensitively.
//
// SessionSettings holds one session's values and implements guc.c's stack
// discipline: SET inside a transaction is kept at COMMIT and undone by
// ROLLBACK; SET LOCAL lasts until the end of the transaction; ROLLBACK TO
// SAVEPOINT undoes the SETs made after the savepoint; RELEASE merges them into
// the enclosing level. RESET returns to the session's reset value (the boot
// value, or what the startup packet set). Values reported to the client
// (GUC_REPORT) are collected and sent as ParameterStatus before the next
// ReadyForQuery, only when they differ from what the client saw last — as
// PostgreSQL 15's ReportChangedGUCOptions does.
//
// Values are kept as the text SHOW prints (canonical form); typed accessors
// below return the parsed form for the settings the engine acts on.
//
// Thread-safety: the registry is immutable after first use and may be read
// from any thread; a SessionSettings belongs to one session (one thread).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/status.h"

namespace augur::types {
class TimeZone;
}

namespace augur::sql {

// The PostgreSQL version augurdb presents itself as. Clients (psql, pgbench,
// JDBC) choose their queries from server_version, so it must be 15.x.
inline constexpr std::string_view kServerVersion = "15.4";
inline constexpr int kServerVersionNum = 150004;
inline constexpr std::string_view kAugurVersion = "0.1";
// version(): "PostgreSQL 15.4 on x86_64-pc-linux-gnu, compiled by g++ 12.2.0,
// 64-bit (augurdb 0.1)". Tools match /PostgreSQL (\d+)\.(\d+)/ at the start.
const std::string& VersionString();

enum class SettingType : uint8_t { kBool, kInt, kReal, kString, kEnum };

// PostgreSQL's GucContext (the subset that matters to a client): kInternal
// settings can never be changed, kPostmaster/kSighup only by the server's
// configuration, kSuperuser and kUser by SET.
enum class SettingContext : uint8_t { kInternal, kPostmaster, kSighup, kSuperuser, kBackend, kUser };

struct SettingDefinition;
// Validates a string setting's value and returns its canonical text (what SHOW
// prints), or 22023 / 0A000.
using SettingCheck = Result<std::string> (*)(const SettingDefinition& definition, std::string_view value);

struct SettingDefinition {
  std::string_view name;  // PostgreSQL's spelling ("DateStyle", "search_path")
  SettingType type = SettingType::kString;
  SettingContext context = SettingContext::kUser;
  std::string_view boot_value;  // canonical text
  std::string_view unit;        // "ms", "s", "min", "kB", "8kB" or ""
  int64_t min = 0;              // kInt (in `unit`)
  int64_t max = 0;
  double real_min = 0;
  double real_max = 0;
  std::vector<std::string_view> enum_values;  // kEnum, in PostgreSQL's hint order
  std::vector<std::string_view> hidden_enum_values;  // accepted, never listed (e.g. "true")
  bool report = false;     // GUC_REPORT: ParameterStatus when it changes
  bool show_all = true;    // false: GUC_NO_SHOW_ALL (hidden from SHOW ALL)
  std::string_view category;
  std::string_view description;
  SettingCheck check = nullptr;  // kString only
};

// Every setting, sorted by lower-case name (SHOW ALL's order).
const std::vector<SettingDefinition>& AllSettings();
// Case-insensitive lookup; nullptr when unknown.
const SettingDefinition* FindSetting(std::string_view name);
// 42704 unrecognized configuration parameter "name".
Status UnrecognizedSetting(std::string_view name);

// Parses `value` for `definition` and returns the canonical text: booleans
// "on"/"off", integers with their unit ("1s", "1500ms"), enums lower case,
// strings through their check hook. Errors with PostgreSQL's texts (22023).
Result<std::string> NormalizeSettingValue(const SettingDefinition& definition, std::string_view value);

// Integer value of a canonical integer setting text, in its base unit.
int64_t SettingIntValue(const SettingDefinition& definition, std::string_view canonical);

class SessionSettings {
 public:
  // Where a value comes from: kStartup values also become the reset value.
  enum class Source { kStartup, kSession };
  enum class Action { kSet, kLocal };

  SessionSettings();

  // Value text as SHOW prints it. nullopt when the name is unknown.
  std::optional<std::string> Get(std::string_view name) const;
  const std::string& Get(const SettingDefinition& definition) const;

  // SET name = value (value nullopt: SET name TO DEFAULT / RESET name).
  // 42704 unknown; 55P02 internal settings; 22023 invalid values.
  Status Set(std::string_view name, std::optional<std::string_view> value, Action action,
             Source source = Source::kSession);
  // Sets an internal setting (is_superuser, session_authorization) at
  // session start; it becomes its boot and reset value too.
  void SetInternal(std::string_view name, std::string value);
  // RESET ALL: every user-settable setting back to its reset value.
  void ResetAll();

  // Transaction nesting: Begin/EndTransaction around every transaction
  // (implicit ones too); Begin/EndSubtransaction around each savepoint.
  void BeginTransaction();
  void EndTransaction(bool commit);
  void BeginSubtransaction();
  void EndSubtransaction(bool commit);
  int nest_level() const { return nest_level_; }

  // ParameterStatus: every GUC_REPORT setting (at startup), or those whose
  // value differs from what was reported last (before ReadyForQuery).
  std::vector<std::pair<std::string, std::string>> TakeAllReports();
  std::vector<std::pair<std::string, std::string>> TakeChangedReports();

  // Typed values of the settings the engine acts on.
  int64_t statement_timeout_ms() const { return statement_timeout_ms_; }
  int64_t lock_timeout_ms() const { return lock_timeout_ms_; }
  int64_t idle_in_transaction_session_timeout_ms() const { return idle_in_transaction_timeout_ms_; }
  int extra_float_digits() const { return extra_float_digits_; }
  bool synchronous_commit() const { return synchronous_commit_; }
  bool default_transaction_read_only() const { return default_read_only_; }
  const std::string& default_transaction_isolation() const;
  const types::TimeZone* time_zone() const { return time_zone_; }

 private:
  enum class StackState : uint8_t { kSave, kSet, kLocal, kSetLocal };
  struct StackEntry {
    int nest_level;
    StackState state;
    std::string prior;
    std::string masked;
  };
  struct Slot {
    std::string value;
    std::string reset_value;
    std::string last_reported;
    bool report_pending = false;
    std::vector<StackEntry> stack;
  };

  size_t IndexOf(const SettingDefinition& definition) const;
  void Push(size_t index, Action action);
  void PushSlot(Slot& slot, Action action);
  std::optional<std::string> EndLevelSlot(Slot& slot, bool commit);
  void Assign(size_t index, std::string value);
  void EndLevel(bool commit);
  void Cache(size_t index);

  std::vector<Slot> slots_;  // parallel to AllSettings()
  // Fast paths for the per-transaction calls: false = no slot (custom ones
  // included) has a stack entry / no slot has report_pending set.
  bool any_stacked_ = false;
  bool any_report_pending_ = false;
  std::map<std::string, Slot> custom_;  // "prefix.name" placeholders, lower case
  int nest_level_ = 0;
  int64_t statement_timeout_ms_ = 0;
  int64_t lock_timeout_ms_ = 0;
  int64_t idle_in_transaction_timeout_ms_ = 0;
  int extra_float_digits_ = 1;
  bool synchronous_commit_ = true;
  bool default_read_only_ = false;
  const types::TimeZone* time_zone_ = nullptr;  // nullptr = UTC
};

}  // namespace augur::sql
